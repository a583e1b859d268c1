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
import multiprocessing as mp
import os
import queue
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TextIO

import sqlite_utils

from . import extract as _extract
from . import periods as _periods
from . import settings, store
from .errors import EmptyInputError, InputError, PathInputError, TooLargeInputError, WorkerDiedError
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
    "extract_article",
]


@dataclass(frozen=True)
class ErrorInfo:
    """One failure of one input: where, at which stage, why (a short reason key)."""

    source_path: str
    stage: str
    reason: str
    message: str


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
        """A few human lines: what was read, stored, skipped, failed and why."""
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


def _error(source: str, stage: str, exc: BaseException) -> ErrorInfo:
    if isinstance(exc, InputError):
        return ErrorInfo(source, stage, exc.reason, str(exc))
    reason = f"internal:{type(exc).__name__}"
    return ErrorInfo(source, stage, reason, f"{source}: {type(exc).__name__}: {exc}")


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
    try:
        facts = _extract.extract_facts(article.text, article.lang, article.url)
        facts = _periods.assign_periods(article, facts)
    except Exception as exc:
        out.status = "extract_error"
        out.errors.append(
            ErrorInfo(
                article.source_path,
                "extract",
                "extract_failed",
                f"{article.source_path}: extraction failed: {type(exc).__name__}: {exc}",
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


def _worker_loop(tasks: Any, results: Any, lang: str | None, parent: int) -> None:
    """Worker process: take (seq, task) until None, put (seq, outcome); stop when the
    writer is gone (killed), so no worker outlives it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        if os.getppid() != parent:
            # Nobody will read our results: exit without waiting to flush them.
            results.cancel_join_thread()
            return
        try:
            item = tasks.get(timeout=1.0)
        except queue.Empty:
            continue
        if item is None:
            return
        seq, task = item
        results.put((seq, _run_task(task, lang)))


def _ordered(
    tasks: Iterator[Task], workers: int, lang: str | None, window: int
) -> Iterator[Outcome]:
    """Outcomes of ``tasks`` in input order, computed by ``workers`` processes with at
    most ``window`` tasks in flight (``workers == 1``: in this process)."""
    if workers <= 1:
        for task in tasks:
            yield _run_task(task, lang)
        return
    ctx: Any = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    task_q: Any = ctx.Queue()
    result_q: Any = ctx.Queue()
    procs: list[BaseProcess] = [
        ctx.Process(target=_worker_loop, args=(task_q, result_q, lang, os.getpid()), daemon=True)
        for _ in range(workers)
    ]
    for p in procs:
        p.start()
    pending: dict[int, Outcome] = {}
    sent = written = 0
    exhausted = False
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
                    task_q.put((sent, item))
                    sent += 1
            while written in pending:
                yield pending.pop(written)
                written += 1
            if exhausted and written == sent:
                return
            if sent - written > len(pending):
                try:
                    seq, outcome = result_q.get(timeout=1.0)
                except queue.Empty:
                    dead = [p for p in procs if not p.is_alive()]
                    if dead:
                        raise WorkerDiedError(
                            f"a worker process ended unexpectedly (exit code {dead[0].exitcode})"
                        ) from None
                    continue
                pending[seq] = outcome
    finally:
        for _ in procs:
            task_q.put(None)
        deadline = time.monotonic() + 5
        while any(p.is_alive() for p in procs) and time.monotonic() < deadline:
            with contextlib.suppress(queue.Empty):  # else a worker waits to flush results
                result_q.get(timeout=0.05)
        for p in procs:
            if p.is_alive():
                p.terminate()
            p.join(1)
        task_q.cancel_join_thread()
        result_q.cancel_join_thread()


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


class _Writer:
    """The single writer: outcomes into the database, committed in batches."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        report: IngestReport,
        on_error: Callable[[str], None] | None,
    ) -> None:
        self.db = db
        self.report = report
        self.on_error = on_error
        self.batch = max(1, settings.SETTINGS.batch_size)
        self._pending = 0
        self._since = time.monotonic()

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

    def rollback(self) -> None:
        """Drop the uncommitted batch (a later run redoes it)."""
        if self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")
        self._pending = 0

    def write(self, out: Outcome) -> None:
        """Store one outcome: article and facts, duplicate, or error; count it."""
        conn = self._conn()
        r = self.report
        run = r.run_id
        if not out.reextract:
            if store.source_outcome(self.db, out.source_path) is not None:
                r.skipped += 1
                return
            r.read += 1
        art = out.article
        if art is None:
            for e in out.errors:
                r.failed[e.reason] += 1
                self._error(conn, e)
            if not any(e.stage == "input" for e in out.errors):
                reason = out.errors[0].reason if out.errors else "unknown"
                store.record_source(conn, out.source_path, None, f"error:{reason}", run)
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
                store.record_source(conn, out.source_path, art.id, outcome, run)
            for e in out.errors:
                self._error(conn, e)
        self._pending += 1
        if self._pending >= self.batch or time.monotonic() - self._since > 2.0:
            self.commit()

    def _error(self, conn: Any, e: ErrorInfo) -> None:
        store.record_error(conn, e.source_path, e.stage, e.reason, e.message, self.report.run_id)
        if self.on_error is not None:
            self.on_error(e.message)


def _input_tasks(
    paths: Iterable[str | Path],
    db: sqlite_utils.Database,
    report: IngestReport,
    progress: Progress | None,
) -> Iterator[Task]:
    """Documents under ``paths`` not yet done; errors as ready outcomes."""

    def done(source_path: str) -> bool:
        if store.source_outcome(db, source_path) is None:
            return False
        report.skipped += 1
        return True

    on_file = progress.file_started if progress is not None else None
    for item in iter_documents(paths, skip=done, on_file=on_file):
        source = item.source if isinstance(item, InputError) else item.source_path
        stage = "input" if isinstance(item, PathInputError) else "read"
        if stage == "read" and done(source):
            continue
        if progress is not None:
            progress.document(source)
        if isinstance(item, InputError):
            yield error_outcome(item)
        else:
            yield item


def _run(
    db: sqlite_utils.Database,
    tasks: Iterator[Task],
    report: IngestReport,
    workers: int,
    lang: str | None,
    progress: Progress | None,
    on_error: Callable[[str], None] | None,
) -> None:
    writer = _Writer(db, report, on_error)
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
) -> IngestReport:
    """Ingest every article under ``paths`` into the database ``db``.

    Folders are walked recursively; ``workers`` processes (default: all cores; 1 runs
    in this process) read and extract while this process writes. ``lang`` overrides
    language detection. Stored articles of an older extractor version are
    re-extracted first. ``on_error`` receives each failed input's one-line message.
    Raises :class:`~newsscores.errors.StorageError` if the database cannot be used.
    """
    paths = list(paths)
    n = max(1, workers if workers is not None else settings.SETTINGS.workers)
    database = db if isinstance(db, sqlite_utils.Database) else store.open_db(db)
    report = IngestReport(run_id=store.start_run(database, command, n))
    if progress is not None:
        progress.plan(paths)
    start = time.monotonic()

    def tasks() -> Iterator[Task]:
        yield from store.stale_articles(database)
        yield from _input_tasks(paths, database, report, progress)

    try:
        _run(database, tasks(), report, n, lang, progress, on_error)
    finally:
        report.elapsed = time.monotonic() - start
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
