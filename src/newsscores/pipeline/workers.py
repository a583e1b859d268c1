"""Worker processes: one task at a time each, results handed back in input order.

A worker past its hard time limit is replaced and its input recorded as ``timeout``;
one that dies records the input it held (``worker_died``).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from ..errors import DocumentTimeout
from ..models import Article
from . import document as _document
from .document import (
    Task,
    budgeted,
    document_budget,
    task_size,
    task_source,
    warm_up,
)
from .outcomes import ErrorInfo, Outcome

__all__ = ["ordered"]


def _worker_loop(conn: Connection, lang: str | None, parent: int) -> None:
    """Worker process: take ``(seq, task)`` from the writer, answer ``("start", seq)``
    then ``("done", seq, outcome)``; stop on None, or when the writer is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        if os.getppid() != parent:
            return
        try:
            if not conn.poll(1.0):
                continue
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        seq, task = item
        try:
            conn.send(("start", seq))
            conn.send(("done", seq, budgeted(task, lang)))
        except (BrokenPipeError, OSError):
            return


class _Worker:
    """One worker process, its pipe, and the task it holds (at most one at a time,
    so the writer knows which input a worker that dies was reading)."""

    def __init__(self, ctx: Any, lang: str | None) -> None:
        self.conn, child = ctx.Pipe()
        self.proc: BaseProcess = ctx.Process(
            target=_worker_loop, args=(child, lang, os.getpid()), daemon=True
        )
        self.proc.start()
        child.close()
        self.seq: int | None = None
        self.started: float | None = None

    def give(self, seq: int, task: Task) -> None:
        self.conn.send((seq, task))
        self.seq, self.started = seq, None

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
        self.proc.join(0.0 if kill else 2.0)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(1.0)
        self.conn.close()


def lost_outcome(task: Task, reason: str, message: str) -> Outcome:
    """The outcome of a task whose worker died or was killed: an error naming it."""
    source = task_source(task)
    return Outcome(
        source,
        errors=[ErrorInfo(source, "read", reason, f"{source}: {message}")],
        status=reason,
        reextract=isinstance(task, Article),
    )


def ordered(
    tasks: Iterator[Task], workers: int, lang: str | None, window: int
) -> Iterator[Outcome]:
    """Outcomes of ``tasks`` in input order, computed by ``workers`` processes with at
    most ``window`` tasks in flight (``workers == 1``: in this process).

    A worker that dies (killed, out of memory, crashed) or runs a document far past
    its budget is replaced; that document becomes an error naming it
    (``worker_died`` or ``timeout``) and the run goes on."""
    first = next(tasks, None)
    if first is None:
        return
    tasks = itertools.chain([first], tasks)
    warm_up()
    if workers <= 1:
        for task in tasks:
            yield budgeted(task, lang)
        return
    ctx: Any = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    pool = [_Worker(ctx, lang) for _ in range(workers)]
    payload: dict[int, Task] = {}
    backlog: deque[int] = deque()
    pending: dict[int, Outcome] = {}
    retries: dict[int, int] = {}
    sent = written = 0
    exhausted = False

    def retire(worker: _Worker, outcome: Outcome, kill: bool) -> _Worker:
        if worker.seq is not None and worker.seq in payload:
            pending[worker.seq] = outcome
            del payload[worker.seq]
        worker.stop(kill=kill)
        return _Worker(ctx, lang)

    try:
        while True:
            while not exhausted and sent - written < window:
                item: Task | None = next(tasks, None)
                if item is None:
                    exhausted = True
                elif isinstance(item, Outcome):
                    pending[sent] = item
                    sent += 1
                else:
                    payload[sent] = item
                    backlog.append(sent)
                    sent += 1
            for worker in pool:
                if worker.seq is None and backlog:
                    seq = backlog.popleft()
                    worker.give(seq, payload[seq])
            while written in pending:
                yield pending.pop(written)
                written += 1
            if exhausted and written == sent:
                return
            busy = {w.conn: w for w in pool if w.seq is not None}
            for conn in wait(list(busy), timeout=0.2):
                worker = busy[conn]
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    continue  # the worker is gone: seen below
                if message[0] == "start":
                    worker.started = time.monotonic()
                elif message[1] in payload:
                    pending[message[1]] = message[2]
                    del payload[message[1]]
                    worker.seq, worker.started = None, None
            now = time.monotonic()
            for i, worker in enumerate(pool):
                if worker.seq is None:
                    if not worker.proc.is_alive():
                        pool[i] = retire(worker, Outcome(""), kill=True)
                    continue
                held = payload.get(worker.seq)
                if held is None:
                    worker.seq = None
                    continue
                if not worker.proc.is_alive():
                    code = worker.proc.exitcode
                    how = f"signal {-code}" if code is not None and code < 0 else f"exit {code}"
                    retries[worker.seq] = retries.get(worker.seq, 0) + 1
                    if worker.started is None and retries[worker.seq] <= 1:
                        # it died before taking the task: give the task to another
                        # worker once (twice would mean receiving the task kills it)
                        backlog.appendleft(worker.seq)
                        worker.seq = None
                        pool[i] = retire(worker, Outcome(""), kill=True)
                        continue
                    lost = lost_outcome(
                        held,
                        "worker_died",
                        f"the worker process reading it died ({how}); input skipped "
                        "(rerun with --retry-failed to try it again)",
                    )
                    pool[i] = retire(worker, lost, kill=True)
                    continue
                budget = document_budget(task_size(held))
                hard = budget * _document.HARD_FACTOR + _document.HARD_SLACK
                if budget > 0 and worker.started is not None and now - worker.started > hard:
                    lost = lost_outcome(
                        held,
                        DocumentTimeout.reason,
                        f"still running {hard:g}s after it started (budget {budget:g}s of "
                        "CPU, NEWSSCORES_DOCUMENT_SECONDS); worker replaced, input skipped",
                    )
                    pool[i] = retire(worker, lost, kill=True)
    finally:
        for worker in pool:
            worker.stop(kill=worker.seq is not None)
