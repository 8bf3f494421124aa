"""A small on-disk cache for data structures that are slow to build and quick to unpickle.

Used for the gazetteer automata (:mod:`recognizers.nlp.gazetteer`). Files live in ``$REDACT_CACHE_DIR``,
else ``$XDG_CACHE_HOME/redact``, else ``~/.cache/redact``; ``REDACT_CACHE_DIR=off`` disables the cache.
Only public reference data (place and name lists) is cached, never document text.

A file is written atomically (temporary file + rename) and starts with a SHA-256 digest of its payload,
so a truncated or corrupted file is detected and rebuilt instead of being half-read. Every failure
(read-only home, full disk, bad file) falls back to building in memory: the cache can only make
start-up faster, never change a result or stop a run.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["cache_dir", "key", "load", "store"]

log = logging.getLogger("redact.cache")

_FORMAT = b"redact-cache-1\n"


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is switched off."""
    configured = os.environ.get("REDACT_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "none") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "redact"


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


def load(key: str) -> object | None:
    """The object stored under ``key``, or None (missing, unreadable or corrupt)."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"{key}.pickle"
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head = len(_FORMAT) + 32
    intact = raw.startswith(_FORMAT) and hashlib.sha256(raw[head:]).digest() == raw[len(_FORMAT) : head]
    if len(raw) < head or not intact:
        log.info("cache file %s is damaged; rebuilding", path.name)
        return None
    try:
        value: object = pickle.loads(raw[head:])  # noqa: S301 - our own digest-checked file in the user's cache
        return value
    except Exception:  # noqa: BLE001 - any unpickling failure means "rebuild"
        log.info("cache file %s could not be read; rebuilding", path.name)
        return None


def store(key: str, value: object) -> None:
    """Write ``value`` under ``key``; failures are logged and ignored."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_FORMAT + hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, folder / f"{key}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError) as exc:
        log.info("could not write cache file for %s: %s", key, type(exc).__name__)
