"""Ingest: read → normalise → identify the language → extract → store, for many inputs.

Workers (processes) do everything up to extraction; the calling process is the one
SQLite writer. Inputs are streamed: paths are walked lazily, at most a bounded number
of documents are in flight, and results are written in input order, so a run's
database is the same whatever the number of workers. Writes are committed in
batches; every source read is remembered, so a run that was interrupted (Ctrl-C,
kill -9) and started again skips what is stored and ends with exactly the facts of
an uninterrupted run. Stored articles whose facts come from another extractor version
are re-extracted first.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import signal
import sqlite3
import sys
import threading
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TextIO

import sqlite_utils

from . import engine as _extract
from . import periods as _periods
from . import settings, store
from .engine.topic import names_index
from .errors import (
    DocumentTimeout,
    EmptyInputError,
    InputError,
    PathInputError,
    StorageError,
    TooLargeInputError,
    WorkerDiedError,
)
from .langid import canonical_lang, detect_language, is_supported
from .models import Article, Fact, RawDocument, article_id
from .normalize import normalize_line, normalize_text
from .sources import iter_documents, parse

__all__ = [
    "IngestReport",
    "Outcome",
    "ErrorInfo",
    "Progress",
    "ingest",
    "reextract",
    "process_document",
    "error_outcome",
    "process_record",
    "extract_article",
    "document_budget",
    "file_fingerprint",
]


#: The package's logger: unexpected failures are logged here with their traceback.
_LOG = logging.getLogger("newsscores")


@dataclass(frozen=True)
class ErrorInfo:
    """One failure of one input: where, at which stage, why (a short reason key)."""

    source_path: str
    stage: str
    reason: str
    message: str
    detail: str = ""  # the traceback of an unexpected failure, for the errors table


@dataclass
class Outcome:
    """What a worker made of one task: an article and its facts, or an error."""

    source_path: str
    article: Article | None = None
    facts: list[Fact] = field(default_factory=list)
    status: str = "extracted"
    errors: list[ErrorInfo] = field(default_factory=list)
    reextract: bool = False


@dataclass
class IngestReport:
    """Counts of one run, as printed in its summary and kept in its ``runs`` row."""

    run_id: int = 0
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    reextracted: int = 0
    facts: int = 0
    unsupported: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    status: str = "running"
    elapsed: float = 0.0

    @property
    def failed_total(self) -> int:
        """Inputs that failed, whatever the reason."""
        return sum(self.failed.values())

    @property
    def ok(self) -> bool:
        """Whether anything was ingested, or everything asked for was already stored."""
        return self.stored + self.duplicates + self.skipped + self.reextracted > 0

    def counts(self) -> dict[str, int]:
        """The counts kept in the ``runs`` row."""
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "failed": self.failed_total,
            "facts": self.facts,
            "skipped": self.skipped,
            "reextracted": self.reextracted,
        }

    def summary(self) -> str:
        """A few human lines: what was read, stored, skipped, failed and why (after an
        interruption: what was committed)."""
        again = f", re-extracted {self.reextracted}" if self.reextracted else ""
        lines = [
            f"read {self.read}, stored {self.stored}, duplicates skipped {self.duplicates}, "
            f"already ingested {self.skipped}, failed {self.failed_total}, "
            f"facts {self.facts}{again} ({self.elapsed:.1f}s)"
        ]
        if self.failed:
            lines.append("failed: " + ", ".join(f"{r} {n}" for r, n in sorted(self.failed.items())))
        if self.unsupported:
            lines.append(
                "stored without extraction (unsupported language): "
                + ", ".join(f"{lang} {n}" for lang, n in sorted(self.unsupported.items()))
            )
        return "\n".join(lines)


# ----------------------------------------------------------------- per document

#: The status of an article that names no governance index (and so has no facts).
NO_INDEX = "no_index"


def _error(source: str, stage: str, exc: BaseException) -> ErrorInfo:
    if isinstance(exc, InputError):
        return ErrorInfo(source, stage, exc.reason, str(exc))
    reason = f"internal:{type(exc).__name__}"
    _LOG.warning("%s: %s failed", source, stage, exc_info=exc)
    return ErrorInfo(
        source, stage, reason, f"{source}: {type(exc).__name__}: {exc}", _traceback(exc)
    )


def _traceback(exc: BaseException) -> str:
    """The traceback of ``exc`` as text, kept in the errors table."""
    return "".join(traceback.format_exception(exc))


def error_outcome(error: InputError) -> Outcome:
    """The outcome of an input that a reader could not turn into a document (stage
    ``input`` for a path that is no input at all, else ``read``)."""
    stage = "input" if isinstance(error, PathInputError) else "read"
    return Outcome(error.source, errors=[_error(error.source, stage, error)])


def process_document(raw: RawDocument, lang: str | None = None) -> Outcome:
    """Read, normalise, identify the language of, and extract one document.

    Never raises: a failure becomes an :class:`Outcome` with an error naming the input.
    """
    source = raw.source_path
    try:
        parsed = parse(raw)
        text = normalize_text(parsed.text)
        if not text:
            raise EmptyInputError(source, "no text after normalisation")
        if len(text) > settings.SETTINGS.max_text_chars:
            raise TooLargeInputError(
                source, f"{len(text)} characters, over the {settings.SETTINGS.max_text_chars} limit"
            )
        if lang:
            code, prob, how = canonical_lang(lang), None, "override"
        else:
            code, prob = detect_language(text)
            how = "detected"
        article = Article(
            id=article_id(text),
            url=parsed.url,
            source_path=source,
            lang=code,
            lang_prob=prob,
            lang_source=how,  # type: ignore[arg-type]
            title=normalize_line(parsed.title) if parsed.title else None,
            published=parsed.published,
            text=text,
        )
    except Exception as exc:
        return Outcome(source, errors=[_error(source, "read", exc)])
    return extract_article(article)


def extract_article(article: Article, reextract: bool = False) -> Outcome:
    """Facts of a normalised article, with periods and article id; errors recorded.

    An unsupported language gives no facts and status ``unsupported_language:<lang>``;
    an extractor failure keeps the article (status ``extract_error``) and records why.
    """
    out = Outcome(article.source_path, article=article, reextract=reextract)
    if not is_supported(article.lang):
        out.status = f"unsupported_language:{article.lang}"
        return out
    if not names_index(article.text):
        # SCHEMA.md: an article that names no governance index yields no facts
        out.status = NO_INDEX
        return out
    try:
        facts = _extract.extract_facts(article.text, article.lang, article.url)
        facts = _periods.assign_periods(article, facts)
    except Exception as exc:
        _LOG.warning("%s: extraction failed", article.source_path, exc_info=exc)
        out.status = "extract_error"
        out.errors.append(
            ErrorInfo(
                article.source_path,
                "extract",
                "extract_failed",
                f"{article.source_path}: extraction failed: {type(exc).__name__}: {exc}",
                _traceback(exc),
            )
        )
        return out
    for fact in facts:
        if fact.end > len(article.text) or not article.text[fact.start : fact.end].strip():
            out.errors.append(
                ErrorInfo(
                    article.source_path,
                    "extract",
                    "invalid_fact",
                    f"{article.source_path}: fact span {fact.start}-{fact.end} is not in the text",
                )
            )
            continue
        out.facts.append(fact.model_copy(update={"article_id": article.id}))
    return out


# ----------------------------------------------------------------- tasks


#: A unit of work: a document to process, a stored article to re-extract, or an
#: outcome already known (an input error) that only needs writing.
Task = RawDocument | Article | Outcome


def _run_task(task: Task, lang: str | None) -> Outcome:
    if isinstance(task, Outcome):
        return task
    if isinstance(task, Article):
        return extract_article(task, reextract=True)
    return process_document(task, lang)


def _task_source(task: Task) -> str:
    return task.source_path


def _task_size(task: Task) -> int:
    if isinstance(task, RawDocument):
        return len(task.content)
    if isinstance(task, Article):
        return len(task.text)
    return 0


#: The budget is ``document_seconds`` per started block of this many input bytes.
_BUDGET_BLOCK = 100_000
#: A worker is killed when a document runs this many times its budget in wall-clock
#: time (plus the slack below): its CPU timer could not stop it (stuck in C code).
_HARD_FACTOR = 3.0
_HARD_SLACK = 10.0


def document_budget(size: int, seconds_per_block: float | None = None) -> float:
    """CPU seconds a document of ``size`` bytes may take (0: no budget)."""
    per = settings.SETTINGS.document_seconds if seconds_per_block is None else seconds_per_block
    return per * max(1.0, size / _BUDGET_BLOCK)


def _timeout_outcome(task: Task, exc: DocumentTimeout) -> Outcome:
    source = _task_source(task)
    reextract = isinstance(task, Article)
    return Outcome(
        source,
        errors=[ErrorInfo(source, "read", DocumentTimeout.reason, str(exc))],
        status="timeout",
        reextract=reextract,
    )


def _budgeted(task: Task, lang: str | None) -> Outcome:
    """``_run_task`` within the document's CPU budget: past it, a ``timeout`` outcome.

    The budget is a CPU-time timer (``ITIMER_PROF``), so a busy machine does not
    make a document late; it is only armed in a main thread (signals need one)."""
    if isinstance(task, Outcome):
        return task
    budget = document_budget(_task_size(task))
    if budget <= 0 or threading.current_thread() is not threading.main_thread():
        return _run_task(task, lang)
    source = _task_source(task)

    def expired(_signum: int, _frame: object) -> None:
        raise DocumentTimeout(source, budget)

    previous = signal.signal(signal.SIGPROF, expired)
    try:
        try:
            signal.setitimer(signal.ITIMER_PROF, budget)
            return _run_task(task, lang)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
    except DocumentTimeout as exc:
        return _timeout_outcome(task, exc)


def process_record(item: RawDocument | InputError, lang: str | None = None) -> Outcome:
    """One record of an input as ``ingest`` handles it, for other runners (the Spark
    job): a reader's error as :func:`error_outcome`, a document as
    :func:`process_document` within its CPU budget."""
    if isinstance(item, InputError):
        return error_outcome(item)
    return _budgeted(item, lang)


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
            conn.send(("done", seq, _budgeted(task, lang)))
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


def _lost_outcome(task: Task, reason: str, message: str) -> Outcome:
    """The outcome of a task whose worker died or was killed: an error naming it."""
    source = _task_source(task)
    return Outcome(
        source,
        errors=[ErrorInfo(source, "read", reason, f"{source}: {message}")],
        status=reason,
        reextract=isinstance(task, Article),
    )


def _ordered(
    tasks: Iterator[Task], workers: int, lang: str | None, window: int
) -> Iterator[Outcome]:
    """Outcomes of ``tasks`` in input order, computed by ``workers`` processes with at
    most ``window`` tasks in flight (``workers == 1``: in this process).

    A worker that dies (killed, out of memory, crashed) or runs a document far past
    its budget is replaced; that document becomes an error naming it
    (``worker_died`` or ``timeout``) and the run goes on."""
    if workers <= 1:
        for task in tasks:
            yield _budgeted(task, lang)
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
                    lost = _lost_outcome(
                        held,
                        "worker_died",
                        f"the worker process reading it died ({how}); input skipped "
                        "(rerun with --retry-failed to try it again)",
                    )
                    pool[i] = retire(worker, lost, kill=True)
                    continue
                budget = document_budget(_task_size(held))
                hard = budget * _HARD_FACTOR + _HARD_SLACK
                if budget > 0 and worker.started is not None and now - worker.started > hard:
                    lost = _lost_outcome(
                        held,
                        DocumentTimeout.reason,
                        f"still running {hard:g}s after it started (budget {budget:g}s of "
                        "CPU, NEWSSCORES_DOCUMENT_SECONDS); worker replaced, input skipped",
                    )
                    pool[i] = retire(worker, lost, kill=True)
    finally:
        for worker in pool:
            worker.stop(kill=worker.seq is not None)


# ----------------------------------------------------------------- progress


def _source_file(source_path: str) -> tuple[str, int]:
    """``(file, byte offset)`` of a source path (``FILE#OFFSET`` for records)."""
    head, sep, tail = source_path.rpartition("#")
    if sep and tail.isdigit():
        return head, int(tail)
    return source_path, 0


class Progress:
    """Progress of a run on a stream: a live line with counts, rate and ETA when it is
    a terminal, a plain log line every ``interval`` seconds otherwise."""

    def __init__(
        self, stream: TextIO | None = None, interval: float = 10.0, live: bool | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.interval = 0.2 if self.live else interval
        self.total_bytes = 0
        self.position = 0
        self._base = 0
        self._file: tuple[str, int] = ("", 0)
        self._in_flight: dict[str, int] = {}
        self._start = time.monotonic()
        self._last = 0.0 if self.live else self._start

    def plan(self, paths: Iterable[str | Path]) -> None:
        """Size the work: the bytes of every input file (a quick walk, no reading)."""
        from .sources import iter_input_files

        for item in iter_input_files(paths):
            if isinstance(item, Path):
                with contextlib.suppress(OSError):
                    self.total_bytes += item.stat().st_size

    def file_started(self, path: Path) -> None:
        """A new input file is being read; the ones before it are passed."""
        self._base += self._file[1]
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        self._file = (str(path), size)
        if not self._in_flight:  # files skipped as done count as passed
            self.position = max(self.position, self._base)

    def document(self, source_path: str) -> None:
        """A document was sent for processing: remember how far into the input it is."""
        name, offset = _source_file(source_path)
        if name == self._file[0]:
            self._in_flight[source_path] = self._base + (offset or self._file[1])

    def written(self, source_path: str) -> None:
        """A document's outcome is stored: the run is at least that far."""
        position = self._in_flight.pop(source_path, None)
        if position is not None:
            self.position = max(self.position, position)

    def update(self, report: IngestReport, final: bool = False) -> None:
        """Show the report's counts if enough time has passed (always when ``final``)."""
        now = time.monotonic()
        if not final and now - self._last < self.interval:
            return
        self._last = now
        elapsed = max(now - self._start, 1e-9)
        handled = report.read + report.skipped + report.reextracted
        rate = handled / elapsed
        done = self.position
        parts = [
            f"{handled} docs",
            f"stored {report.stored}",
            f"dup {report.duplicates}",
            f"skipped {report.skipped}",
            f"failed {report.failed_total}",
            f"facts {report.facts}",
            f"{rate:.1f} docs/s",
        ]
        if self.total_bytes and not final:
            fraction = min(done / self.total_bytes, 1.0)
            parts.append(f"{fraction:.0%}")
            if fraction > 0:
                parts.append(f"ETA {_duration(elapsed * (1 - fraction) / fraction)}")
        line = "  ".join(parts)
        if self.live:
            end = "\n" if final else ""
            self.stream.write(f"\r\x1b[K{line}{end}")
        else:
            self.stream.write(f"ingest: {line}\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


# ----------------------------------------------------------------- the run


#: Report fields restored when an open batch is rolled back.
_COUNTS = ("read", "stored", "duplicates", "skipped", "reextracted", "facts")


class _Writer:
    """The single writer: outcomes into the database, committed in batches.

    Each outcome is written inside a savepoint: if storing it fails (a value SQLite
    cannot take), its partial writes are undone and it becomes an error row naming
    it, so a rerun does not stop at the same input again. A database that cannot be
    written at all (read-only, disk full) stops the run with a :class:`StorageError`.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        report: IngestReport,
        on_error: Callable[[str], None] | None,
        fingerprints: dict[str, str | None] | None = None,
        retrying: set[str] | None = None,
    ) -> None:
        self.db = db
        self.report = report
        self.on_error = on_error
        self.fingerprints = fingerprints if fingerprints is not None else {}
        self.retrying = retrying if retrying is not None else set()
        self.batch = max(1, settings.SETTINGS.batch_size)
        self._pending = 0
        self._since = time.monotonic()
        self._committed = self._counts()

    def _counts(self) -> tuple[Any, ...]:
        r = self.report
        return (
            *(getattr(r, name) for name in _COUNTS),
            Counter(r.unsupported),
            Counter(r.failed),
        )

    def _restore(self, counts: tuple[Any, ...]) -> None:
        r = self.report
        for name, value in zip(_COUNTS, counts, strict=False):
            setattr(r, name, value)
        r.unsupported, r.failed = Counter(counts[-2]), Counter(counts[-1])

    def _conn(self) -> Any:
        conn = self.db.conn
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self._since = time.monotonic()
        return conn

    def commit(self) -> None:
        """Commit what is written so far."""
        if self.db.conn.in_transaction:
            self.db.conn.execute("COMMIT")
        self._pending = 0
        self._committed = self._counts()

    def rollback(self) -> None:
        """Drop the uncommitted batch (a later run redoes it); the report goes back
        to what was committed, so it never claims more than is stored."""
        with contextlib.suppress(sqlite3.Error):
            if self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")
        self._pending = 0
        self._restore(self._committed)

    def write(self, out: Outcome) -> None:
        """Store one outcome: article and facts, duplicate, or error; count it."""
        conn = self._conn()
        before = self._counts()
        conn.execute("SAVEPOINT outcome")
        try:
            self._write(conn, out)
        except sqlite3.OperationalError:
            raise  # the database itself: disk full, read-only, locked
        except Exception as exc:  # noqa: BLE001 - one input's values, not the database
            conn.execute("ROLLBACK TO outcome")
            self._restore(before)
            message = f"{out.source_path}: cannot be stored ({type(exc).__name__}: {exc})"
            failed = Outcome(
                out.source_path,
                errors=[ErrorInfo(out.source_path, "store", "store_failed", message)],
                reextract=out.reextract,
            )
            self._write(conn, failed)
        conn.execute("RELEASE outcome")
        self._pending += 1
        if self._pending >= self.batch or time.monotonic() - self._since > 2.0:
            self.commit()

    def _write(self, conn: Any, out: Outcome) -> None:
        r = self.report
        run = r.run_id
        source = out.source_path
        fingerprint = self.fingerprints.pop(source, None)
        if not out.reextract:
            if source in self.retrying:
                self.retrying.discard(source)
                store.forget_source(conn, source)
            elif store.source_outcome(self.db, source) is not None:
                r.skipped += 1
                return
            r.read += 1
        art = out.article
        if art is None:
            for e in out.errors:
                r.failed[e.reason] += 1
                self._error(conn, e)
            if not any(e.stage == "input" for e in out.errors) and not out.reextract:
                reason = out.errors[0].reason if out.errors else "unknown"
                store.record_source(conn, source, None, f"error:{reason}", run, fingerprint)
        else:
            stored_version = store.article_extractor(self.db, art.id)
            if stored_version is None:
                r.facts += store.insert_article(conn, art, out.facts, out.status)
                r.stored += 1
                outcome = "stored"
            else:
                if stored_version != settings.EXTRACTOR_VERSION:
                    r.facts += store.replace_facts(conn, art.id, out.facts, out.status)
                    if out.reextract:
                        r.reextracted += 1
                if not out.reextract:
                    r.duplicates += 1
                outcome = "duplicate"
            if out.status.startswith("unsupported_language:"):
                r.unsupported[art.lang] += 1
            if not out.reextract:
                store.record_source(conn, source, art.id, outcome, run, fingerprint)
            for e in out.errors:
                self._error(conn, e)

    def _error(self, conn: Any, e: ErrorInfo) -> None:
        message = " ".join(e.message.split())
        store.record_error(
            conn, e.source_path, e.stage, e.reason, message, self.report.run_id, e.detail
        )
        if self.on_error is not None:
            self.on_error(message)


def file_fingerprint(path: Path) -> str | None:
    """Size, modification and change time of ``path``: a failed input whose
    fingerprint differs was fixed (rewritten, or its permissions changed) and is
    read again. None when the file cannot be looked at."""
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def _input_tasks(
    paths: Iterable[str | Path],
    db: sqlite_utils.Database,
    report: IngestReport,
    progress: Progress | None,
    *,
    retry_failed: bool = False,
    fingerprints: dict[str, str | None] | None = None,
    retrying: set[str] | None = None,
) -> Iterator[Task]:
    """Documents under ``paths`` not yet done; errors as ready outcomes.

    A source that failed before is read again when its file changed since, or
    when ``retry_failed``; ``fingerprints`` and ``retrying`` are filled for the writer.
    """
    current: list[str | None] = [None]
    prints = fingerprints if fingerprints is not None else {}
    again = retrying if retrying is not None else set()

    def done(source_path: str) -> bool:
        outcome, fingerprint = store.source_state(db, source_path)
        if outcome is None:
            return False
        if outcome.startswith("error:") and (retry_failed or fingerprint != current[0]):
            again.add(source_path)
            return False
        report.skipped += 1
        return True

    def on_file(path: Path) -> None:
        current[0] = file_fingerprint(path)
        if progress is not None:
            progress.file_started(path)

    for item in iter_documents(paths, skip=done, on_file=on_file):
        source = item.source if isinstance(item, InputError) else item.source_path
        stage = "input" if isinstance(item, PathInputError) else "read"
        if stage == "read" and source not in again and done(source):
            continue
        prints[source] = current[0]
        if progress is not None:
            progress.document(source)
        if isinstance(item, InputError):
            yield error_outcome(item)
        else:
            yield item


def _run(
    db: sqlite_utils.Database,
    tasks: Iterator[Task],
    writer: _Writer,
    workers: int,
    lang: str | None,
    progress: Progress | None,
) -> None:
    report = writer.report
    window = max(settings.SETTINGS.queue_size, workers * 4)
    try:
        for outcome in _ordered(tasks, workers, lang, window):
            writer.write(outcome)
            if progress is not None:
                progress.written(outcome.source_path)
                progress.update(report)
        writer.commit()
        report.status = "done"
    except KeyboardInterrupt:
        # The interrupt may have hit in the middle of one outcome's writes: drop the
        # open batch whole; the next run redoes it.
        writer.rollback()
        report.status = "interrupted"
    except BaseException as exc:
        writer.rollback()
        report.status = "worker_died" if isinstance(exc, WorkerDiedError) else "failed"
        raise


def ingest(
    paths: Iterable[str | Path],
    db: str | Path | sqlite_utils.Database,
    *,
    workers: int | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
    command: str = "ingest",
    retry_failed: bool = False,
) -> IngestReport:
    """Ingest every article under ``paths`` into the database ``db``.

    Folders are walked recursively; ``workers`` processes (default: all cores; 1 runs
    in this process) read and extract while this process writes. ``lang`` overrides
    language detection. Stored articles of an older extractor version are
    re-extracted first. ``on_error`` receives each failed input's one-line message.
    Inputs that failed before are read again when their file changed, or all of them
    with ``retry_failed``. Runs a killed process left ``running`` are marked
    ``interrupted`` first. Raises :class:`~newsscores.errors.StorageError` if the
    database cannot be used (read-only, disk full, not a newsscores database).
    """
    paths = list(paths)
    n = max(1, workers if workers is not None else settings.SETTINGS.workers)
    name = db if not isinstance(db, sqlite_utils.Database) else "database"
    database = db if isinstance(db, sqlite_utils.Database) else store.open_db(db)
    try:
        store.mark_interrupted(database)
        report = IngestReport(run_id=store.start_run(database, command, n))
    except sqlite3.Error as exc:
        raise StorageError(f"{name}: cannot write ({exc})") from None
    if progress is not None:
        progress.plan(paths)
    start = time.monotonic()
    fingerprints: dict[str, str | None] = {}
    retrying: set[str] = set()
    writer = _Writer(database, report, on_error, fingerprints, retrying)

    def tasks() -> Iterator[Task]:
        yield from store.stale_articles(database)
        yield from _input_tasks(
            paths,
            database,
            report,
            progress,
            retry_failed=retry_failed,
            fingerprints=fingerprints,
            retrying=retrying,
        )

    try:
        _run(database, tasks(), writer, n, lang, progress)
    except sqlite3.Error as exc:
        raise StorageError(
            f"{name}: cannot write ({exc}); what was committed before stays, "
            "run the same command again once fixed"
        ) from None
    finally:
        report.elapsed = time.monotonic() - start
        with contextlib.suppress(sqlite3.Error):
            store.finish_run(database, report.run_id, report.status, report.counts())
        if progress is not None and progress.live:
            progress.update(report, final=True)
    return report


def reextract(
    db: str | Path | sqlite_utils.Database,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestReport:
    """Re-extract the stored articles whose facts come from another extractor version
    (what :func:`ingest` also does before reading new inputs)."""
    return ingest(
        [], db, workers=workers, progress=progress, on_error=on_error, command="reextract"
    )
