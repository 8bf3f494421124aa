"""Batch runs: plan which files go where, redact each, keep going past failures.

Every file is processed by the same :func:`redact.worker.process`; a file that fails
gets no output and one failure record, the others still run. With several
workers (:mod:`redact.executors`) each process builds its :class:`~redact.pipeline.Redactor` once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from redact.errors import UsageError, no_such_path
from redact.executors import is_large, run_parallel
from redact.inputs import discover, is_annotation, walk
from redact.output import write_audit
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
    for raw in inputs:  # every input is checked, in order, before any folder is walked
        if not raw.exists():
            raise no_such_path(raw)
        src = raw.resolve()
        if src.is_dir():
            if _inside(out_abs, src):
                raise UsageError(
                    f"--out {out_dir} is inside the input folder {raw}",
                    hint="choose an output folder outside every input",
                )
        elif src.parent == out_abs or _inside(src, out_abs):
            raise UsageError(f"{raw}: input is inside the output folder {out_dir}")
    prefix_with_name = len(inputs) > 1
    jobs: list[Job] = []
    for found in discover(inputs):
        if found.folder is None:
            jobs.append(Job(found.path, found.rel, out_abs / found.rel))
            continue
        rel = Path(found.folder.name) / found.rel if prefix_with_name else Path(found.rel)
        jobs.append(Job(found.path, rel.as_posix(), out_abs / rel))
    seen: dict[Path, str] = {}
    for j in jobs:
        if j.target in seen:
            raise UsageError(f"inputs {seen[j.target]} and {j.rel} would both be written to {j.target}")
        seen[j.target] = j.rel
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
    """Redact every job, write outputs and the audit; never stop at a failing file.

    ``executor`` is ``local`` (``workers`` processes on this machine) or ``dask`` (a local Dask
    cluster of ``workers`` processes); ``cluster`` is the address of an existing Dask scheduler.
    """
    results: list[FileResult] = []
    config = WorkerConfig(policy, model, language, mute_spans, key, case, decisions)

    if executor != "local" or cluster is not None or (workers > 1 and (len(jobs) > 1 or any(map(is_large, jobs)))):
        # Worker processes (or a Dask cluster); a large file's windows are spread over them too.
        n = workers if any(map(is_large, jobs)) else min(workers, len(jobs))
        results = run_parallel(jobs, config, workers=max(1, n), executor=executor, cluster=cluster, on_done=on_done)
    else:
        init_worker(config)
        for job in jobs:
            res = process(job)
            results.append(res)
            if on_done:
                on_done(res)
    write_audit(out_dir / AUDIT_NAME, [r.record for r in results])
    return BatchResult(results)
