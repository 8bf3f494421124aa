"""Where a run's files are redacted: worker processes on this machine, or a Dask cluster.

``redact run --workers N`` uses a spawn :class:`~concurrent.futures.ProcessPoolExecutor`; each
worker builds its :class:`~redact.pipeline.Redactor` (and so the spaCy model) once, in the pool
initializer. ``--executor dask`` starts a throw-away local Dask cluster of N worker processes and
``--cluster tcp://HOST:PORT`` uses an existing one; each Dask worker builds the engine once per
run configuration (a module global keyed by the hash of the pickled configuration).

Small files are spread over the workers whole. A large file (more than :data:`LARGE_CHARS`
characters, several analysis windows) is redacted in the parent, which sends its windows
(:func:`redact.pipeline.windows`) to the workers for analysis and then merges, resolves and
anonymizes them itself: so one 50 MB transcript keeps both cores busy, and identity linking and
numbering see the whole document exactly as in a one-process run.

With Dask the inputs travel to the workers as bytes and the outputs come back as bytes; the
parent writes every output and appends its audit record. Workers therefore need no shared filesystem,
only the same redact version and models (see the README's "Throughput" section). Outputs and audit
records are identical to a local run's; records are appended as files are committed (local workers
append their own), so their order is the order of completion, and each run's records carry its run id.

Local workers ignore Ctrl-C and exit when their parent is gone; on an interruption or error the
parent cancels the queue and terminates them (:mod:`redact.interrupt`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from redact.documents import read_source
from redact.errors import DocumentError, UsageError, error_line, printable
from redact.inputs import special_file
from redact.interrupt import worker_pool
from redact.output import atomic_write, failure_record
from redact.pipeline import analyze_piece
from redact.resolve import Finding
from redact.worker import FileResult, Job, WorkerConfig, commit, current, init_worker, process

__all__ = ["EXECUTORS", "LARGE_CHARS", "run_parallel", "is_large"]

EXECUTORS = ("local", "dask")
# A file longer than this (in bytes on disk, a cheap proxy for characters) is split into windows
# analysed by the workers; below it the per-window overhead is not worth it.
LARGE_CHARS = 100_000


def is_large(job: Job) -> bool:
    """Whether ``job``'s input is big enough to be analysed window by window across the workers."""
    try:
        return job.source.stat().st_size > LARGE_CHARS
    except OSError:
        return False  # the worker reports the unreadable file


# --- worker-side functions (module level, so both pools pickle them by reference) ------------


_Analyzed = tuple[list[list["Finding"]], dict[str, dict[str, str]]]


def _analyze_pieces(pieces: list[tuple[str, str]]) -> _Analyzed:
    """Findings per piece, and which model served each language (the parent's audit names it)."""
    redactor = current().redactor
    found = [analyze_piece(piece, lang, redactor.engines, redactor.policy) for piece, lang in pieces]
    return found, {lang: redactor.engines.info(lang) for _, lang in pieces}


def _merge(parts: Iterable[_Analyzed]) -> list[list[Finding]]:
    engines = current().redactor.engines
    out: list[list[Finding]] = []
    for found, info in parts:
        out.extend(found)
        # The parent never loads the models it lets workers run; its audit still names them.
        for lang, meta in info.items():
            if lang not in engines._info and lang in ("ru", "uk"):
                # Building a ru/uk engine also teaches propagation (run here, in the parent) the case
                # forms of names; the parent builds no engine, so it registers them itself.
                from redact.cyrillic_nlp import register_name_variants

                register_name_variants(lang)
            engines._info.setdefault(lang, meta)
    return out


_DASK_KEY: dict[str, str] = {}


def _dask_ensure(state_key: str, config: WorkerConfig) -> None:
    """Build this worker's Redactor once per run configuration."""
    if _DASK_KEY.get("key") != state_key:
        init_worker(config)
        _DASK_KEY["key"] = state_key


def _dask_file(state_key: str, config: WorkerConfig, job: Job, data: bytes) -> tuple[FileResult, dict[str, bytes]]:
    """Redact one file sent as bytes; return its result and the bytes of every output it wrote."""
    _dask_ensure(state_key, config)
    with tempfile.TemporaryDirectory(prefix="redact-dask-") as tmp:
        name = Path(job.rel).name  # readers choose by suffix; mute files use the name
        src = Path(tmp) / "in" / name
        src.parent.mkdir()
        src.write_bytes(data)
        target = Path(tmp) / "out" / name
        res = process(Job(src, job.rel, target))
        outputs = {p.name: p.read_bytes() for p in sorted(target.parent.glob("*"))} if target.parent.exists() else {}
    return res, outputs


def _dask_pieces(state_key: str, config: WorkerConfig, pieces: list[tuple[str, str]]) -> _Analyzed:
    _dask_ensure(state_key, config)
    return _analyze_pieces(pieces)


# --- parent side -------------------------------------------------------------------------------


def _state_key(config: WorkerConfig) -> str:
    try:
        return hashlib.sha256(pickle.dumps(config)).hexdigest()
    except Exception:  # noqa: BLE001 - unpicklable extras: a fresh key builds a fresh engine
        import uuid

        return uuid.uuid4().hex


def _batches(pieces: Sequence[tuple[str, str]], n: int) -> Iterator[list[tuple[str, str]]]:
    """One task per window keeps every worker busy to the end; with one worker, one task."""
    if n > 1:
        yield from ([p] for p in pieces)
    else:
        yield list(pieces)


def _bounded_map(pool: ProcessPoolExecutor, tasks: Iterable[list[tuple[str, str]]], limit: int) -> Iterator[_Analyzed]:
    """``pool.map`` that keeps at most ``limit`` tasks in flight, in order.

    ``Executor.map`` submits every task at once, so a huge transcript's windows all sat pickled in the
    parent's queue (another copy of the text); here a window is sliced and sent only when a worker is
    about to need it.
    """
    pending: deque[Future[_Analyzed]] = deque()
    for task in tasks:
        if len(pending) >= limit:
            yield pending.popleft().result()
        pending.append(pool.submit(_analyze_pieces, task))
    while pending:
        yield pending.popleft().result()


class _Pool:
    """What :func:`run_parallel` needs from an executor."""

    workers: int

    def submit_file(self, job: Job) -> Future[Any] | Any:  # pragma: no cover - interface
        raise NotImplementedError

    def file_result(self, job: Job, handle: Any) -> FileResult:  # pragma: no cover - interface
        raise NotImplementedError

    def map_pieces(self, pieces: Sequence[tuple[str, str]]) -> list[list[Finding]]:  # pragma: no cover - interface
        raise NotImplementedError


class _LocalPool(_Pool):
    def __init__(self, pool: ProcessPoolExecutor, workers: int) -> None:
        self.pool = pool
        self.workers = workers

    def submit_file(self, job: Job) -> Future[FileResult]:
        return self.pool.submit(process, job)

    def file_result(self, job: Job, handle: Future[FileResult]) -> FileResult:
        return handle.result()

    def map_pieces(self, pieces: Sequence[tuple[str, str]]) -> list[list[Finding]]:
        return _merge(_bounded_map(self.pool, _batches(pieces, self.workers), limit=3 * self.workers))


class _DaskPool(_Pool):
    def __init__(self, client: Any, config: WorkerConfig, workers: int) -> None:
        self.client = client
        self.workers = workers
        # The parent writes the outputs and so appends their audit records (workers may have no shared disk).
        self.run_config = config
        config = dataclasses.replace(config, audit=None, run_id=None)
        self.key = _state_key(config)
        self.policy = config.policy
        # Sent once to every worker instead of once per task.
        self.config = client.scatter(config, broadcast=True, hash=False)

    def submit_file(self, job: Job) -> Any:
        refused = job.refused or special_file(job.source)
        if refused is not None:  # the parent reads the bytes: a FIFO must never be opened here either
            return DocumentError(job.rel, refused)
        try:
            data = read_source(job.source)  # bounded by size before it is read, as a local run's reader is
        except DocumentError as exc:
            return DocumentError(job.rel, exc.reason)
        except OSError:
            data = None
        if data is None:
            return None
        return self.client.submit(_dask_file, self.key, self.config, job, data, pure=False)

    def file_result(self, job: Job, handle: Any) -> FileResult:
        if isinstance(handle, DocumentError):
            msg = error_line(job.rel, handle)
            failed = FileResult(job.rel, failure_record(input_rel=job.rel, error=msg, policy=self.policy), error=msg)
            return commit(failed, job, self.run_config)
        if handle is None:
            msg = f"{printable(job.rel)}: cannot read the input"
            failed = FileResult(job.rel, failure_record(input_rel=job.rel, error=msg, policy=self.policy), error=msg)
            return commit(failed, job, self.run_config)
        res: FileResult = handle.result()[0]
        outputs: dict[str, bytes] = handle.result()[1]
        if res.error is None:
            name = Path(job.rel).name
            # The main output last, as _process writes it: a reader never sees a side file without it.
            for fname in sorted(outputs, key=lambda f: f == name):
                atomic_write(job.target.with_name(fname), outputs[fname])
        return commit(res, job, self.run_config)

    def map_pieces(self, pieces: Sequence[tuple[str, str]]) -> list[list[Finding]]:
        futs = [
            self.client.submit(_dask_pieces, self.key, self.config, b, pure=False)
            for b in _batches(pieces, self.workers)
        ]
        return _merge(self.client.gather(futs))


@contextmanager
def _local(workers: int, config: WorkerConfig) -> Iterator[_Pool]:
    with worker_pool(workers, init_worker, config) as pool:
        yield _LocalPool(pool, workers)


@contextmanager
def _dask(workers: int, config: WorkerConfig, cluster: str | None) -> Iterator[_Pool]:
    try:
        import distributed
    except ImportError as exc:
        raise UsageError(
            "--executor dask and --cluster need Dask",
            hint="pip install 'redact-newsroom[cluster]' (dask and distributed)",
        ) from exc
    Client: Any = distributed.Client  # untyped library: keep strict mypy quiet here only
    LocalCluster: Any = distributed.LocalCluster
    if cluster is not None:
        try:
            client = Client(cluster, timeout=30, set_as_default=False)
        except OSError as exc:
            raise UsageError(f"--cluster {cluster}: cannot reach the Dask scheduler ({type(exc).__name__})") from exc
        try:
            n = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
            yield _DaskPool(client, config, n)
        finally:
            client.close()
        return
    # Loopback only, no dashboard (it would need bokeh and a port), one thread per worker process:
    # spaCy and the recognizers are CPU-bound Python, so threads would only contend for the GIL.
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            worker_dashboard_address=None,
        ) as lc,
        Client(lc, set_as_default=False) as client,
    ):
        yield _DaskPool(client, config, workers)


def _open(kind: str, workers: int, config: WorkerConfig, cluster: str | None) -> AbstractContextManager[_Pool]:
    if cluster is not None or kind == "dask":
        return _dask(workers, config, cluster)
    if kind != "local":
        raise UsageError(f"--executor must be one of {', '.join(EXECUTORS)}, not '{kind}'")
    return _local(workers, config)


def run_parallel(
    jobs: Sequence[Job],
    config: WorkerConfig,
    *,
    workers: int,
    executor: str = "local",
    cluster: str | None = None,
    on_done: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Redact ``jobs`` on worker processes; results in job order.

    Small files go to the workers whole; large ones (:func:`is_large`) are redacted here with
    their windows analysed by the workers. ``config`` is what every worker is built from.
    """
    large = [is_large(j) for j in jobs]
    results: list[FileResult | None] = [None] * len(jobs)
    with _open(executor, workers, config, cluster) as pool:
        handles = {i: pool.submit_file(j) for i, j in enumerate(jobs) if not large[i]}
        if any(large):
            # The parent redacts large files itself; only their analysis runs on the workers.
            init_worker(config)
            redactor = current().redactor
            redactor.piece_mapper = pool.map_pieces
            try:
                for i, j in enumerate(jobs):
                    if large[i]:
                        results[i] = process(j)
                        if on_done:
                            on_done(results[i])  # type: ignore[arg-type]
            finally:
                redactor.piece_mapper = None
        order: Iterable[int] = handles
        if handles and all(isinstance(h, Future) for h in handles.values()):
            # Local workers: as each file completes (its record is already in the audit), so a progress bar
            # and an interrupted run's summary count what was really done.
            index = {h: i for i, h in handles.items()}
            order = (index[h] for h in as_completed(index))
        for i in order:
            results[i] = pool.file_result(jobs[i], handles[i])
            if on_done:
                on_done(results[i])  # type: ignore[arg-type]
    return [r for r in results if r is not None]
