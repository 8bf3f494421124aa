"""Stopping cleanly: Ctrl-C and SIGTERM end a run or a check within seconds, and no worker outlives its parent.

* The parent turns SIGINT and SIGTERM into :class:`Interrupted` (a :class:`KeyboardInterrupt`) while
  :func:`signals_interrupt` is active; the commands exit with :func:`exit_code` (130 for SIGINT,
  143 for SIGTERM).
* A process pool is stopped with :func:`stop_pool`: queued work is cancelled and the worker processes
  are terminated (killed if they linger), instead of the pool's default of waiting for every task.
* Every worker process calls :func:`guard_worker` first: it ignores SIGINT (a terminal's Ctrl-C reaches
  the whole process group; the parent decides) and a daemon thread ends the worker as soon as its parent
  is gone, also when the parent was killed with SIGKILL and could clean nothing up.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from types import FrameType
from typing import Any

__all__ = ["Interrupted", "exit_code", "signals_interrupt", "guard_worker", "stop_pool", "PARENT_POLL_SECONDS"]

PARENT_POLL_SECONDS = 0.5


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived; ``signum`` says which."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signum)
        self.signum = signum


def exit_code(exc: BaseException) -> int:
    """128 + the signal number: 130 for SIGINT (and a plain KeyboardInterrupt), 143 for SIGTERM."""
    return 128 + (exc.signum if isinstance(exc, Interrupted) else int(signal.SIGINT))


def _raise(signum: int, _frame: FrameType | None) -> None:
    raise Interrupted(signum)


@contextlib.contextmanager
def signals_interrupt() -> Iterator[None]:
    """While active (main thread only), SIGINT and SIGTERM raise :class:`Interrupted` in the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = {s: signal.signal(s, _raise) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def stop_pool(pool: ProcessPoolExecutor, grace: float = 2.0) -> None:
    """Cancel what is queued and end the pool's worker processes now (SIGTERM, then SIGKILL after ``grace``)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        with contextlib.suppress(Exception):
            p.terminate()
    deadline = time.monotonic() + grace
    for p in procs:
        with contextlib.suppress(Exception):
            p.join(max(0.0, deadline - time.monotonic()))
            if p.is_alive():
                p.kill()
                p.join(1.0)
    # The pool's manager thread closes its wake-up pipe when it sees the workers gone. Left running, it can
    # close that pipe while the interpreter's exit hook (concurrent.futures.process._python_exit) is writing
    # to it: "Exception ignored ... OSError: [Errno 9]" and a traceback on stderr after "interrupted".
    if isinstance(manager, threading.Thread) and manager.is_alive():
        manager.join(grace + 1.0)


def _guarded_init(initializer: Callable[..., None], *args: Any) -> None:
    guard_worker()  # ignore Ctrl-C (the parent stops the pool), and exit when the parent is gone
    initializer(*args)


@contextlib.contextmanager
def worker_pool(workers: int, initializer: Callable[..., None], *args: Any) -> Iterator[ProcessPoolExecutor]:
    """The one way redact starts local worker processes (``run --workers`` and ``check``).

    Spawned, not forked (no copy of the parent's loaded models or open files); each worker runs
    ``initializer(*args)`` once after :func:`guard_worker`; on any exception, Ctrl-C or SIGTERM in the
    parent the queue is cancelled and the workers end now (:func:`stop_pool`), else the pool drains.
    """
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=_guarded_init,
        initargs=(initializer, *args),
    )
    try:
        yield pool
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_POLL_SECONDS)
        if os.getppid() != parent:
            os._exit(1)  # the parent is gone (even SIGKILLed): nobody wants this work any more


def guard_worker() -> None:
    """Set up a worker process: ignore SIGINT, and exit as soon as the parent process is gone."""
    with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), name="redact-parent-watch", daemon=True).start()


@contextlib.contextmanager
def deferred_termination() -> Iterator[None]:
    """Hold SIGTERM until the block ends (a worker's file: its output's rename and its audit line).

    The pool stops workers with SIGTERM; arriving between the rename and the append it left an output the audit
    did not name. Held here, it takes effect right after the file is committed (or before it started). SIGKILL,
    two seconds later if the file is still running, cannot be held: the rename comes last, so it almost always
    lands before it (README, "Interruption").
    """
    pending: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        pending.append(signum)

    try:
        previous = signal.signal(signal.SIGTERM, hold)
    except ValueError:  # not the main thread (an in-process executor): nothing to hold
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        if pending:
            os.kill(os.getpid(), signal.SIGTERM)
