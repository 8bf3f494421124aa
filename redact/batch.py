"""Batch runs: plan which files go where, redact each, keep going past failures.

Every file is processed by the same :func:`redact.worker.process`; a file that fails
gets no output and one failure record, the others still run. With several
workers (:mod:`redact.executors`) each process builds its :class:`~redact.pipeline.Redactor` once.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from redact.errors import UsageError, no_such_path
from redact.executors import is_large, run_parallel
from redact.inputs import discover, is_annotation, walk
from redact.output import append_audit, new_run_id, run_start_record, run_summary_record
from redact.policy import LoadedPolicy
from redact.worker import FileResult, Job, WorkerConfig, init_worker, process

if TYPE_CHECKING:
    from redact.casefile import CaseRegistry
    from redact.decisions import Decisions
    from redact.keys import Key

__all__ = ["Job", "FileResult", "BatchResult", "plan", "run_batch", "AUDIT_NAME", "is_annotation", "walk"]

AUDIT_NAME = "audit.jsonl"


@dataclass
class BatchResult:
    """The outcome of a run."""

    results: list[FileResult]
    audit_error: str | None = None  # the run's summary record could not be appended (the files' records were)

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


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def _overlap(raw: Path, src: Path, out_dir: Path, out_abs: Path) -> None:
    """Refuse an input and ``--out`` that overlap either way round, as written and resolved (symlinks count)."""
    hint = "choose an output folder outside every input"
    for a, o in ((src, out_abs), (Path(os.path.abspath(raw)), Path(os.path.abspath(out_dir)))):
        if a == o:
            raise UsageError(f"--out {out_dir} is the input {raw}", hint=hint)
        if src.is_dir() and _inside(o, a):
            raise UsageError(f"--out {out_dir} is inside the input folder {raw}", hint=hint)
        if _inside(a, o):
            raise UsageError(f"{raw}: input is inside the output folder {out_dir}", hint=hint)


def _no_input_written(jobs: Sequence[Job], roots: Sequence[Path], out_dir: Path) -> None:
    """Refuse a run whose output path leads into an input: through a symlink under --out, or a hard link."""
    inodes: dict[tuple[int, int], str] = {}
    for j in jobs:
        try:
            st = j.source.stat()
        except OSError:
            continue
        inodes[(st.st_dev, st.st_ino)] = j.rel
    for j in jobs:
        target = j.target.resolve()
        if any(_inside(target, r) for r in roots):
            raise UsageError(f"--out {out_dir}: the output for {j.rel} would be written into an input")
        try:
            st = os.stat(target)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in inodes:
            raise UsageError(
                f"--out {out_dir}: the output for {j.rel} is a hard link to the input {inodes[(st.st_dev, st.st_ino)]}",
                hint="choose an output folder outside every input",
            )


def plan(inputs: Sequence[Path], out_dir: Path, *, follow_symlinks: bool = False) -> list[Job]:
    """Map input files and folders to output paths that mirror their relative paths.

    One input folder maps onto ``out_dir`` directly; with several inputs each
    keeps its own name as a sub-folder. Raises :class:`UsageError` for missing
    inputs, ``--out`` that is not a folder, any overlap of an input and the output folder
    (either way round, through symlinks or hard links), or two inputs that would write the same output.
    Special files and symlinks out of their folder become jobs that fail without being opened.
    """
    if not inputs:
        raise UsageError("no input paths given")
    out_abs = out_dir.resolve()
    if out_abs.exists() and not out_abs.is_dir():
        raise UsageError(f"--out {out_dir} exists and is not a folder")
    roots: list[Path] = []
    for raw in inputs:  # every input is checked, in order, before any folder is walked
        if not raw.exists():
            raise no_such_path(raw)
        src = raw.resolve()
        _overlap(raw, src, out_dir, out_abs)
        roots.append(src)
    prefix_with_name = len(inputs) > 1
    jobs: list[Job] = []
    for found in discover(inputs, follow_symlinks=follow_symlinks):
        if found.folder is None:
            jobs.append(Job(found.path, found.rel, out_abs / found.rel, found.refused))
            continue
        rel = Path(found.folder.name) / found.rel if prefix_with_name else Path(found.rel)
        jobs.append(Job(found.path, rel.as_posix(), out_abs / rel, found.refused))
    seen: dict[Path, str] = {}
    for j in jobs:
        if j.target in seen:
            raise UsageError(f"inputs {seen[j.target]} and {j.rel} would both be written to {j.target}")
        seen[j.target] = j.rel
    _no_input_written(jobs, roots, out_dir)
    return jobs


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
    key: Key | None = None,
    case: CaseRegistry | None = None,
    decisions: Decisions | None = None,
    executor: str = "local",
    cluster: str | None = None,
) -> BatchResult:
    """Redact every job, write outputs and append to the audit; never stop at a failing file.

    The audit (``out_dir/audit.jsonl``) gets a ``run_start`` record, one record per file as its output is
    committed (appended by whichever process wrote the output), and a ``run_summary`` record; every
    record carries the run's id. A second run into the same folder appends its own records.

    ``executor`` is ``local`` (``workers`` processes on this machine) or ``dask`` (a local Dask
    cluster of ``workers`` processes); ``cluster`` is the address of an existing Dask scheduler.
    """
    audit = out_dir / AUDIT_NAME
    run_id = new_run_id()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        append_audit(audit, run_start_record(run_id, policy, files=len(jobs), key=_key_block(key)))
    except OSError as exc:
        raise UsageError(
            f"--out {out_dir}: cannot write there ({exc.strerror or type(exc).__name__})",
            hint="choose a writable output folder",
        ) from None
    config = WorkerConfig(policy, model, language, mute_spans, key, case, decisions, audit=audit, run_id=run_id)
    done: list[FileResult] = []

    def finished(res: FileResult) -> None:
        done.append(res)
        if on_done:
            on_done(res)

    def summary(interrupted: bool) -> None:
        batch = BatchResult(done)
        failed = len(batch.failures)
        record = run_summary_record(
            run_id,
            files=len(jobs),
            ok=len(done) - failed,
            failed=failed,
            counts=batch.totals(),
            interrupted=interrupted,
        )
        append_audit(audit, record)

    try:
        results = _run(jobs, config, workers=workers, executor=executor, cluster=cluster, on_done=finished)
    except KeyboardInterrupt:
        # Ctrl-C / SIGTERM: every committed output already has its line; the summary says the run stopped.
        with contextlib.suppress(OSError):
            summary(interrupted=True)
        raise
    try:
        summary(interrupted=False)
    except OSError as exc:  # the per-file records are in; report this after the files' own lines
        return BatchResult(results, f"{audit}: cannot append the run summary ({exc.strerror or type(exc).__name__})")
    return BatchResult(results)


def _key_block(key: Key | None) -> dict[str, str] | None:
    return None if key is None else {"source": key.source, "fingerprint": key.fingerprint}


def _run(
    jobs: Sequence[Job],
    config: WorkerConfig,
    *,
    workers: int,
    executor: str,
    cluster: str | None,
    on_done: Callable[[FileResult], None],
) -> list[FileResult]:
    results: list[FileResult] = []
    if executor != "local" or cluster is not None or (workers > 1 and (len(jobs) > 1 or any(map(is_large, jobs)))):
        # Worker processes (or a Dask cluster); a large file's windows are spread over them too.
        n = workers if any(map(is_large, jobs)) else min(workers, len(jobs))
        return run_parallel(jobs, config, workers=max(1, n), executor=executor, cluster=cluster, on_done=on_done)
    init_worker(config)
    for job in jobs:
        res = process(job)
        results.append(res)
        on_done(res)
    return results
