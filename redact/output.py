"""Writing results: atomic output files and the audit trail.

Outputs are written to a temporary file in the target folder, fsynced and
moved into place with ``os.replace``, so a reader never sees half a file.
Audit records carry hashes, counts, offsets, types, recognizers, scores and
operators: never transcript text.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import json
import os
import tempfile
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import redact
from redact.fingerprint import emitted_marks
from redact.pipeline import Redaction
from redact.policy import LoadedPolicy

__all__ = [
    "atomic_write",
    "sha256",
    "audit_record",
    "failure_record",
    "write_audit",
    "append_audit",
    "read_audit",
    "file_records",
    "new_run_id",
    "run_start_record",
    "run_summary_record",
    "versions",
]


def sha256(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` atomically (temp file in the same folder, fsync, replace)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@functools.cache
def _version(dist: str) -> str:
    """An installed distribution's version, read once per process (each read scans site-packages: ~10 ms of
    every audit record, four per file)."""
    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def versions() -> dict[str, str]:
    """Versions of redact and the libraries that shape its output."""
    return {
        "redact": redact.__version__,
        "presidio_analyzer": _version("presidio-analyzer"),
        "presidio_anonymizer": _version("presidio-anonymizer"),
        "spacy": _version("spacy"),
        "phonenumbers": _version("phonenumbers"),
    }


def policy_block(policy: LoadedPolicy) -> dict[str, Any]:
    """How an audit record names the policy it applied."""
    meta = policy.policy.metadata
    return {
        "name": meta.name,
        "version": meta.version,
        "sha256": policy.sha256,
        "approved_by": meta.approved_by or None,
        "approved_on": meta.approved_on.isoformat() if meta.approved_on else None,
    }


def audit_record(
    *,
    input_rel: str,
    output_rel: str,
    input_bytes: bytes,
    redaction: Redaction,
    policy: LoadedPolicy,
    model: dict[str, Any],
) -> dict[str, Any]:
    """One audit line for a redacted file."""
    return {
        "status": "ok",
        "input": input_rel,
        "output": output_rel,
        "format": redaction.document.format,
        "language": redaction.language,
        **({"languages": list(redaction.languages)} if len(redaction.languages) > 1 else {}),
        "input_sha256": sha256(input_bytes),
        "output_sha256": sha256(redaction.output),
        "policy": policy_block(policy),
        "versions": versions(),
        "model": model,
        "counts": redaction.counts,
        # How many mentions the public register kept (hook: redact/public.py); counts only, no text.
        **({"kept_public": redaction.kept_public} if redaction.kept_public else {}),
        "findings": _encoded_findings(redaction),
    }


class EncodedJSON(str):
    """A value already encoded as JSON text; :func:`write_audit` writes it as it is.

    A 50 MB transcript has over a million findings: as dicts they took about a gigabyte of the parent's
    memory until the audit was written, as one encoded string about a quarter of that.
    """


def _encoded_findings(redaction: Redaction) -> EncodedJSON:
    out = io.StringIO()
    out.write("[")
    marks = emitted_marks(redaction.document.text, redaction.replacements)
    for i, (r, mark) in enumerate(zip(redaction.replacements, marks, strict=True)):
        finding = {
            "start": r.span.start,
            "end": r.span.end,
            "entity_type": r.span.entity_type,
            "recognizer": r.span.recognizer,
            "score": r.span.score,
            "operator": r.operator,
            # Where redact's own text landed in the output, for `redact check` (no source text).
            **mark,
        }
        out.write((", " if i else "") + json.dumps(finding, ensure_ascii=False, sort_keys=True))
    out.write("]")
    return EncodedJSON(out.getvalue())


def failure_record(*, input_rel: str, error: str, policy: LoadedPolicy) -> dict[str, Any]:
    """One audit line for a file that could not be processed (no output was written)."""
    return {"status": "failed", "input": input_rel, "error": error, "policy": policy_block(policy)}


def new_run_id() -> str:
    """A random id naming one run in the audit (every record of the run carries it as ``run``)."""
    import uuid

    return uuid.uuid4().hex


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def run_start_record(run_id: str, policy: LoadedPolicy, *, files: int, key: dict[str, str] | None) -> dict[str, Any]:
    """The first record a run appends: which run, when, under which policy and key id; no file names, no text."""
    return {
        "record": "run_start",
        "run": run_id,
        "started": _now(),
        "files": files,
        "policy": policy_block(policy),
        **({"key": key} if key is not None else {}),
        "versions": versions(),
    }


def run_summary_record(
    run_id: str, *, files: int, ok: int, failed: int, counts: dict[str, int], interrupted: bool
) -> dict[str, Any]:
    """The last record of a run: counts only. A run killed outright has none; one interrupted says so."""
    return {
        "record": "run_summary",
        "run": run_id,
        "finished": _now(),
        "files": files,
        "ok": ok,
        "failed": failed,
        "not_done": max(0, files - ok - failed),
        "interrupted": interrupted,
        "counts": dict(sorted(counts.items())),
    }


def append_audit(path: Path, record: dict[str, Any]) -> None:
    """Append one record to the audit as one JSON line: O_APPEND, under an exclusive lock, flushed and fsynced.

    Workers of one run, and several runs into the same folder, append to the same file: the lock keeps
    every line whole, and a line is on disk before the caller goes on (a run interrupted at any point
    leaves an audit naming every output it committed).
    """
    import errno
    import fcntl
    import stat

    line = (_dumps(record) + "\n").encode("utf-8")
    # Never through a symlink, never into a file with another name (a hard link to an input): the audit
    # is appended to in place, unlike outputs, which are replaced.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
            raise OSError(errno.EPERM, "the audit file is not a plain file of its own (a hard link?)")
        fcntl.flock(fd, fcntl.LOCK_EX)
        view = memoryview(line)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)  # also releases the lock


def read_audit(path: Path) -> list[dict[str, Any]]:
    """Every record of an audit, of every run, in file order; a torn or foreign line is skipped."""
    out: list[dict[str, Any]] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict):
                out.append(rec)
    return out


def file_records(path: Path) -> list[dict[str, Any]]:
    """The per-file records of an audit (``status`` ok or failed), without the runs' start and summary records."""
    return [r for r in read_audit(path) if "status" in r]


def write_audit(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Write a whole audit trail as JSON Lines, atomically (``redact run`` appends with :func:`append_audit`)."""
    lines = [_dumps(r) for r in records]
    atomic_write(path, ("\n".join(lines) + "\n" if lines else "").encode("utf-8"))


_SPLICE = "\x00redact-encoded\x00"


def _dumps(record: dict[str, Any]) -> str:
    """``json.dumps(record, sort_keys=True)`` with any top-level :class:`EncodedJSON` value spliced in verbatim."""
    encoded = {k: v for k, v in record.items() if isinstance(v, EncodedJSON)}
    if not encoded:
        return json.dumps(record, ensure_ascii=False, sort_keys=True)
    line = json.dumps(
        {k: (f"{_SPLICE}{k}" if k in encoded else v) for k, v in record.items()}, ensure_ascii=False, sort_keys=True
    )
    for k, v in encoded.items():
        line = line.replace(json.dumps(f"{_SPLICE}{k}", ensure_ascii=False), v, 1)
    return line
