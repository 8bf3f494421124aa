"""Regular expressions compiled once per machine rather than once per process: the recognizers' long patterns.

``regex`` compiles in pure Python (parsing, optimising and encoding the pattern), which for this code base's
long alternations is seconds of CPU in every process that builds an engine: an editor's ``redact run`` and
every worker. The product of a compile is plain data: the arguments regex's C engine is built from, the same
tuple ``regex`` itself pickles a pattern to (``Pattern._pickled_data``, handed back to ``_regex.compile`` on
unpickling). :func:`pattern` keeps that tuple per (source, flags) in the on-disk cache
(:mod:`redact.recognizers.nlp.cache`: JSON, a digest over the payload, private files, atomic writes) and
rebuilds the pattern from it, so a pattern is exactly the one ``regex.compile(source, flags)`` returns; it only
skips the Python half of the compile.

The cache file is named by a digest of regex's own files (its Python modules and the C engine) and the Python
version, so another regex never reads an encoding it did not write. Patterns compiled in a process and not yet
in the file are added when the process exits (also a multiprocessing worker that ends normally). Every failure
(cache off, read-only or missing folder, damaged file, an entry the engine refuses) falls back to
``regex.compile``: the cache can only make start-up faster, never change a pattern.

Only patterns fixed by the code belong here (recognizer tables); a pattern built from a document's text would
grow the file with every document.
"""

from __future__ import annotations

import atexit
import base64
import importlib
import os
import sys
from pathlib import Path
from typing import Any

import regex

from redact.recognizers.nlp import cache as _cache

__all__ = ["pattern"]

_engine: Any = importlib.import_module("regex._regex")  # the C engine that regex's unpickling calls
_LIMIT = 5000  # entries in the file; past this it is rewritten with this process's patterns alone

_made: dict[tuple[str, int], regex.Pattern[str]] = {}
_table: dict[str, Any] | None = None  # the file's entries, read on first use
_added: dict[str, list[Any]] = {}  # entries compiled here and not yet in the file
_used: set[str] = set()
_exit_hook: list[int] = []  # the process id that registered the exit hook (a forked worker registers its own)


def pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, rebuilt from the on-disk cache when another process compiled it before."""
    made = _made.get((source, flags))
    if made is not None:
        return made
    name = f"{flags}:{source}"
    table = _load()
    made = _rebuild(source, table.get(name)) if table else None
    if made is None:
        made = regex.compile(source, flags)
        entry = _entry(made)
        if entry is not None and table is not None:
            _added[name] = entry
            _register_exit()
    _used.add(name)
    _made[(source, flags)] = made
    return made


def _cache_key() -> str | None:
    folder = Path(regex.__file__ or "").parent
    try:
        files = sorted(p for p in folder.iterdir() if p.is_file() and p.name.startswith(("_regex", "_main")))
    except OSError:
        return None
    version = getattr(regex, "__version__", "")
    return _cache.key("regex", (version, sys.version, sys.platform), [*files, Path(__file__)])


_key: list[str | None] = []


def _name() -> str | None:
    if not _key:
        _key.append(_cache_key())
    return _key[0]


def _load() -> dict[str, Any] | None:
    """The file's entries ({} when there is none yet); None when the cache is off or unusable."""
    global _table
    if _table is None:
        if _cache.usable_dir() is None:
            return None
        name = _name()
        if name is None:
            return None
        value = _cache.load(name)
        _table = value if isinstance(value, dict) else {}
    return _table


def _entry(made: regex.Pattern[str]) -> list[Any] | None:
    """The pattern's engine arguments as JSON data; None for what this module does not keep (named lists)."""
    data: Any = getattr(made, "_pickled_data", None)
    if not isinstance(data, tuple) or len(data) != 11:
        return None
    _, flags, code, group_index, index_group, named_lists, named_list_indexes, req_offset, req_chars, *rest = data
    req_flags, group_count = rest
    if named_lists or named_list_indexes or not isinstance(code, bytes):
        return None
    return [
        flags,
        base64.b64encode(code).decode("ascii"),
        dict(group_index),
        [[int(k), v] for k, v in index_group.items()],
        req_offset,
        None if req_chars is None else list(req_chars),
        req_flags,
        group_count,
    ]


def _rebuild(source: str, entry: object) -> regex.Pattern[str] | None:
    """The pattern built from a cache entry, or None when the entry is missing or malformed."""
    if not isinstance(entry, list) or len(entry) != 8:
        return None
    try:
        flags, code, group_index, index_group, req_offset, req_chars, req_flags, group_count = entry
        made: regex.Pattern[str] = _engine.compile(
            source,
            int(flags),
            base64.b64decode(code.encode("ascii"), validate=True),
            {str(k): int(v) for k, v in group_index.items()},
            {int(k): str(v) for k, v in index_group},
            {},
            [],
            int(req_offset),
            None if req_chars is None else tuple(int(c) for c in req_chars),
            int(req_flags),
            int(group_count),
        )
    except Exception:  # noqa: BLE001 - any refusal by the engine means: compile it instead
        return None
    return made if made.pattern == source else None


def _register_exit() -> None:
    if _exit_hook and _exit_hook[0] == os.getpid():
        return
    _exit_hook[:] = [os.getpid()]
    atexit.register(save)
    try:  # a multiprocessing worker leaves through os._exit: atexit does not run there, its finalizers do
        from multiprocessing import util

        util.Finalize(None, save, exitpriority=0)
    except ImportError:  # pragma: no cover - multiprocessing is part of the standard library
        pass


def save() -> None:
    """Add the patterns compiled in this process to the cache file (the file as it is now, re-read)."""
    if not _added:
        return
    name = _name()
    if name is None:
        return
    current = _cache.load(name)
    table = current if isinstance(current, dict) else {}
    table.update(_added)
    if len(table) > _LIMIT:
        table = {k: v for k, v in table.items() if k in _used or k in _added}
    _added.clear()
    _cache.store(name, table)
