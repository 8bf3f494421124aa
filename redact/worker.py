"""One worker's side of a run: its settings, its one-time set-up, and redacting one file.

The same code serves ``redact run`` in one process and on worker processes (local or Dask):
:func:`init_worker` builds the worker's :class:`~redact.pipeline.Redactor` and run context once from a
:class:`WorkerConfig`, :func:`process` redacts one :class:`Job` into its output and audit record. A
file that fails gets no output and one failure record; the others still run.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redact.anonymize import RunContext
from redact.documents import read, read_source
from redact.errors import DocumentError, error_line, printable
from redact.inputs import special_file
from redact.interrupt import deferred_termination
from redact.output import append_audit, atomic_write, audit_record, failure_record
from redact.pipeline import Redactor
from redact.policy import LoadedPolicy

if TYPE_CHECKING:
    from redact.casefile import CaseRegistry
    from redact.decisions import Decisions
    from redact.keys import Key

__all__ = ["Job", "FileResult", "WorkerConfig", "Worker", "init_worker", "current", "process"]


@dataclass(frozen=True)
class Job:
    """One input file and where its output goes."""

    source: Path
    rel: str
    target: Path
    refused: str | None = None  # why discovery refused the file (special file, symlink out): never opened


@dataclass(frozen=True)
class FileResult:
    """The outcome for one file: its audit record, counts, or the error line."""

    rel: str
    record: dict[str, Any]
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs to redact like every other worker of the run (pickled to each one)."""

    policy: LoadedPolicy
    model: str | None = None
    language: str = "auto"
    mute_spans: bool = False
    key: Key | None = None
    case: CaseRegistry | None = None
    decisions: Decisions | None = None
    audit: Path | None = None  # each file's record is appended here as its output is committed
    run_id: str | None = None  # carried by every record of the run


@dataclass
class Worker:
    """A worker's state, built once by :func:`init_worker`."""

    config: WorkerConfig
    ctx: RunContext
    redactor: Redactor


_CURRENT: list[Worker] = []  # at most one: this process's worker


def init_worker(config: WorkerConfig) -> None:
    """Build this process's worker (a process pool's initializer; also called in-process)."""
    # Every worker builds the same context from the same key and case file: identities are
    # derived from text + key, so no state needs to pass between workers.
    ctx = RunContext(config.key, config.case)
    redactor = Redactor(config.policy.policy, model=config.model, language=config.language, decisions=config.decisions)
    _CURRENT[:] = [Worker(config, ctx, redactor)]


def current() -> Worker:
    """This process's worker; :func:`init_worker` must have run."""
    if not _CURRENT:
        raise RuntimeError("init_worker was not called in this process")
    return _CURRENT[0]


def _outputs(job: Job, config: WorkerConfig) -> list[Path]:
    out = [job.target]
    if config.mute_spans:
        from redact.mute import MUTE_SUFFIX

        out.append(job.target.with_name(job.target.name + MUTE_SUFFIX))
    return out


def commit(result: FileResult, job: Job, config: WorkerConfig) -> FileResult:
    """Append ``result``'s record to the run's audit (after its output was renamed into place).

    When the audit cannot be written the output is removed again and the file fails: an output
    the audit does not name would be checked as if redact had not written it.
    """
    if config.run_id is not None:
        result.record["run"] = config.run_id
    if config.audit is None:
        return result
    try:
        append_audit(config.audit, result.record)
    except OSError as exc:
        if result.error is None:
            for p in _outputs(job, config):
                with contextlib.suppress(OSError):
                    p.unlink()
        msg = f"{printable(job.rel)}: cannot write the audit ({exc.strerror or type(exc).__name__}); no output written"
        return FileResult(job.rel, failure_record(input_rel=job.rel, error=msg, policy=config.policy), error=msg)
    return result


def process(job: Job) -> FileResult:
    """Redact one file into its target and append its audit record (when the run has an audit).

    A SIGTERM from the pool (Ctrl-C in the parent) waits until the file is committed or not started, so the
    audit names exactly the outputs written.
    """
    with deferred_termination():
        return commit(_process(job), job, current().config)


def _process(job: Job) -> FileResult:
    """Redact one file into its target and make its audit record; any failure is one line, no output."""
    worker = current()
    config = worker.config
    policy = config.policy
    redactor = worker.redactor
    try:
        if job.refused is not None:
            raise DocumentError(job.rel, job.refused)
        special = special_file(job.source)  # checked again here: the file may have changed since discovery
        if special is not None:
            raise DocumentError(job.rel, special)
        doc = read(job.source)  # refuses by size (stat) before reading, and anything not a regular file
        data = read_source(job.source)
        ctx = worker.ctx
        redaction = redactor.redact(doc, ctx)
        language = redaction.language
        mute = None
        if config.mute_spans:
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
        if config.decisions is not None:  # likewise: which reviewer decisions, never their words
            record["decisions"] = config.decisions.audit()
        return FileResult(job.rel, record, redaction.counts)
    except Exception as exc:  # noqa: BLE001 - fail closed, and never echo text-bearing messages
        msg = error_line(job.rel, exc, io="read or write", not_done="no output written")
    return FileResult(job.rel, failure_record(input_rel=job.rel, error=msg, policy=policy), error=msg)
