"""Batch runs: plan which files go where, redact each, keep going past failures.

Every file is processed by the same :meth:`Redactor.redact`; a file that fails
gets no output and one failure record, the others still run. With several
workers each process builds its :class:`Redactor` once.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redact.documents import read, supported_suffixes
from redact.errors import DocumentError, RedactError, UsageError
from redact.output import atomic_write, audit_record, failure_record, write_audit
from redact.policy import LoadedPolicy

__all__ = ["Job", "FileResult", "BatchResult", "plan", "run_batch", "AUDIT_NAME", "is_annotation", "walk"]

AUDIT_NAME = "audit.jsonl"


@dataclass(frozen=True)
class Job:
    """One input file and where its output goes."""

    source: Path
    rel: str
    target: Path


@dataclass(frozen=True)
class FileResult:
    """The outcome for one file: its audit record, counts, or the error line."""

    rel: str
    record: dict[str, Any]
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None


@dataclass
class BatchResult:
    """The outcome of a run."""

    results: list[FileResult]

    @property
    def failures(self) -> list[FileResult]:
        """Files that produced no output."""
        return [r for r in self.results if r.error is not None]

    def totals(self) -> dict[str, int]:
        """Findings per entity type over all files."""
        total: Counter[str] = Counter()
        for r in self.results:
            total.update(r.counts)
        return dict(sorted(total.items()))


def is_annotation(path: Path) -> bool:
    """Gold annotation files (``*.gold.json``) sit beside samples but are never transcripts."""
    return path.name.endswith(".gold.json")


def walk(folder: Path) -> Iterator[Path]:
    """Transcript files under ``folder`` in a stable order (no hidden paths, no gold annotations)."""
    suffixes = set(supported_suffixes())
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            p = Path(root) / name
            if name.startswith(".") or is_annotation(p) or p.suffix.lower() not in suffixes:
                continue
            yield p


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.relative_to(parent)
    except ValueError:
        return False
    return True


def plan(inputs: Sequence[Path], out_dir: Path) -> list[Job]:
    """Map input files and folders to output paths that mirror their relative paths.

    One input folder maps onto ``out_dir`` directly; with several inputs each
    keeps its own name as a sub-folder. Raises :class:`UsageError` for missing
    inputs, an output folder inside an input folder, or two inputs that would
    write the same output.
    """
    if not inputs:
        raise UsageError("no input paths given")
    out_abs = out_dir.resolve()
    jobs: list[Job] = []
    prefix_with_name = len(inputs) > 1
    for raw in inputs:
        if not raw.exists():
            raise UsageError(f"{raw}: no such file or folder")
        src = raw.resolve()
        if src.is_dir():
            if _inside(out_abs, src):
                raise UsageError(
                    f"--out {out_dir} is inside the input folder {raw}",
                    hint="choose an output folder outside every input",
                )
            base = Path(src.name) if prefix_with_name else Path()
            for p in walk(src):
                rel = base / p.relative_to(src)
                jobs.append(Job(p, rel.as_posix(), out_abs / rel))
        else:
            if src.parent == out_abs or _inside(src, out_abs):
                raise UsageError(f"{raw}: input is inside the output folder {out_dir}")
            jobs.append(Job(src, src.name, out_abs / src.name))
    seen: dict[Path, str] = {}
    for j in jobs:
        if j.target in seen:
            raise UsageError(f"inputs {seen[j.target]} and {j.rel} would both be written to {j.target}")
        seen[j.target] = j.rel
    return jobs


# --- the per-file step, shared by the in-process and the worker-process paths --------------

_STATE: dict[str, Any] = {}


def _init_worker(
    policy: LoadedPolicy,
    model: str | None,
    language: str,
    mute_spans: bool = False,
    key: Any = None,
    case: Any = None,
    decisions: Any = None,
) -> None:
    from redact.anonymize import RunContext
    from redact.pipeline import Redactor

    # Every worker builds the same context from the same key and case file: identities are
    # derived from text + key, so no state needs to pass between workers.
    _STATE["ctx"] = RunContext(key, case)
    _STATE["policy"] = policy
    _STATE["mute_spans"] = mute_spans
    _STATE["decisions"] = decisions
    _STATE["redactor"] = Redactor(policy.policy, model=model, language=language, decisions=decisions)


def _process(job: Job) -> FileResult:
    from redact.pipeline import Redactor

    policy: LoadedPolicy = _STATE["policy"]
    redactor: Redactor = _STATE["redactor"]
    try:
        data = job.source.read_bytes()
        doc = read(job.source)
        ctx = _STATE["ctx"]
        redaction = redactor.redact(doc, ctx)
        language = redaction.language
        mute = None
        if _STATE.get("mute_spans"):
            from redact.mute import MUTE_SUFFIX, mute_json

            mute = mute_json(doc, redaction.replacements, Path(job.rel).name)
        atomic_write(job.target, redaction.output)
        if mute is not None:
            atomic_write(job.target.with_name(job.target.name + MUTE_SUFFIX), mute)
        record = audit_record(
            input_rel=job.rel,
            output_rel=job.rel,
            input_bytes=data,
            redaction=redaction,
            policy=policy,
            model=redactor.engines.info(language),
        )
        if ctx.key is not None:
            record["key"] = {"source": ctx.key.source, "fingerprint": ctx.key.fingerprint}
        if ctx.case is not None:  # only the file's hash: its contents never reach the audit
            record["case_registry"] = {"sha256": ctx.case.sha256}
        if _STATE.get("decisions") is not None:  # likewise: which reviewer decisions, never their words
            record["decisions"] = _STATE["decisions"].audit()
        return FileResult(job.rel, record, redaction.counts)
    except DocumentError as exc:
        msg = f"{exc.located(job.rel)}: {exc.reason}" + (f" ({exc.hint})" if exc.hint else "")
    except RedactError as exc:
        msg = f"{job.rel}: {exc}"
    except OSError as exc:
        msg = f"{job.rel}: cannot read or write ({exc.strerror or type(exc).__name__})"
    except Exception as exc:  # noqa: BLE001 - fail closed, and never echo text-bearing messages
        msg = f"{job.rel}: internal error ({type(exc).__name__}); no output written"
    return FileResult(job.rel, failure_record(input_rel=job.rel, error=msg, policy=policy), error=msg)


def run_batch(
    jobs: Sequence[Job],
    policy: LoadedPolicy,
    out_dir: Path,
    *,
    model: str | None = None,
    language: str = "auto",
    workers: int = 1,
    on_done: Callable[[FileResult], None] | None = None,
    mute_spans: bool = False,
    key: Any = None,
    case: Any = None,
    decisions: Any = None,
    executor: str = "local",
    cluster: str | None = None,
) -> BatchResult:
    """Redact every job, write outputs and the audit; never stop at a failing file.

    ``executor`` is ``local`` (``workers`` processes on this machine) or ``dask`` (a local Dask
    cluster of ``workers`` processes); ``cluster`` is the address of an existing Dask scheduler.
    """
    results: list[FileResult] = []
    initargs = (policy, model, language, mute_spans, key, case, decisions)
    from redact.executors import is_large, run_parallel

    if executor != "local" or cluster is not None or (workers > 1 and (len(jobs) > 1 or any(map(is_large, jobs)))):
        # Worker processes (or a Dask cluster); a large file's windows are spread over them too.
        n = workers if any(map(is_large, jobs)) else min(workers, len(jobs))
        results = run_parallel(jobs, initargs, workers=max(1, n), executor=executor, cluster=cluster, on_done=on_done)
    else:
        _init_worker(*initargs)
        for job in jobs:
            res = _process(job)
            results.append(res)
            if on_done:
                on_done(res)
    write_audit(out_dir / AUDIT_NAME, [r.record for r in results])
    return BatchResult(results)
