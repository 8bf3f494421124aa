"""A small on-disk cache for data structures that are slow to build: plain JSON, never code.

Used for the gazetteer automata (:mod:`redact.recognizers.nlp.gazetteer`), the allow list's lemma keys and the
phone-length floor. Files live in ``$REDACT_CACHE_DIR``, else ``$XDG_CACHE_HOME/redact``, else ``~/.cache/redact``;
``REDACT_CACHE_DIR=off`` disables the cache. Only public reference data (place and name lists) is cached, never
document text.

The cache holds data only: a value is JSON (dicts, lists, strings, numbers), and callers rebuild their objects
from it, so a file written by someone else can at worst cost a rebuild, never run code (no pickle). The folder is
created 0700 and used only when it is owned by the current user and not writable by group or others, and a file
only when it is a regular file owned by the current user; otherwise the cache is ignored (nothing is read or
written) and everything is built in memory.

A file is written atomically (temporary file + rename) and starts with a SHA-256 digest of its payload, so a
truncated or corrupted file is detected and rebuilt instead of being half-read (the digest detects damage; it is
not a signature, the ownership checks are what keep other users out). Every failure (read-only home, full disk,
bad file, unsafe folder) falls back to building in memory: the cache can only make start-up faster, never change
a result or stop a run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["cache_dir", "key", "load", "store", "usable_dir"]

log = logging.getLogger("redact.cache")

_FORMAT = b"redact-cache-json-1\n"
_SUFFIX = ".json"
_warned: set[str] = set()


def cache_dir() -> Path | None:
    """The configured cache folder, or None when caching is switched off (see :func:`usable_dir`)."""
    configured = os.environ.get("REDACT_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "none") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "redact"


def _safe(st: os.stat_result) -> bool:
    """Owned by this user and writable by nobody else."""
    return st.st_uid == os.geteuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _refuse(folder: Path, why: str) -> None:
    if str(folder) not in _warned:
        _warned.add(str(folder))
        log.warning("redact: warning: cache folder %s is %s; not using it (building in memory)", folder, why)


def usable_dir(create: bool = False) -> Path | None:
    """The cache folder if it is safe to use: a real folder owned by this user, not group/world-writable.

    With ``create`` a missing folder is made (mode 0700). None when caching is off, the folder is missing
    (and not created), or it is unsafe: then nothing is read from it or written to it.
    """
    folder = cache_dir()
    if folder is None:
        return None
    try:
        st = os.stat(folder)
    except FileNotFoundError:
        if not create:
            return None
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            folder.mkdir(mode=0o700)
            st = os.stat(folder)
        except OSError as exc:
            log.info("could not create cache folder: %s", type(exc).__name__)
            return None
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode):
        return None
    if not _safe(st):
        _refuse(folder, "not owned by the current user" if st.st_uid != os.geteuid() else "group/world-writable")
        return None
    return folder


def key(prefix: str, parts: Iterable[str] = (), files: Iterable[Path] = ()) -> str:
    """A cache name that changes whenever one of ``parts`` or the bytes of one of ``files`` change.

    Callers list everything the cached value is computed from (the code, the data, library files), so
    a stale file is never read: it is simply no longer asked for.
    """
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0" + (path.read_bytes() if path.is_file() else b"-"))
    return f"{prefix}-{digest.hexdigest()[:32]}"


def _read(path: Path) -> bytes | None:
    """The bytes of a regular file owned by this user and writable only by it (no symlinks), else None."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or not _safe(st):
            log.info("cache file %s is not a private regular file; ignoring it", path.name)
            return None
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    except OSError:
        return None
    finally:
        os.close(fd)


def load(key: str) -> object | None:
    """The JSON value stored under ``key``, or None (missing, unreadable, corrupt or in an unsafe folder)."""
    folder = usable_dir()
    if folder is None:
        return None
    path = folder / f"{key}{_SUFFIX}"
    raw = _read(path)
    if raw is None:
        return None
    head = len(_FORMAT) + 32
    intact = raw.startswith(_FORMAT) and hashlib.sha256(raw[head:]).digest() == raw[len(_FORMAT) : head]
    if len(raw) < head or not intact:
        log.info("cache file %s is damaged; rebuilding", path.name)
        return None
    try:
        value: object = json.loads(raw[head:].decode("utf-8"))
        return value
    except (ValueError, RecursionError):
        log.info("cache file %s could not be read; rebuilding", path.name)
        return None


def store(key: str, value: object) -> None:
    """Write the JSON value ``value`` under ``key``; failures (and an unsafe folder) are logged and ignored."""
    try:
        payload = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError) as exc:
        log.info("could not encode cache value for %s: %s", key, type(exc).__name__)
        return
    folder = usable_dir(create=True)
    if folder is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_FORMAT + hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, folder / f"{key}{_SUFFIX}")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.info("could not write cache file for %s: %s", key, type(exc).__name__)
