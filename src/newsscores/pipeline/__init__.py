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
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol

import sqlite_utils

from .. import settings, store
from ..engine.packs import check_packs
from ..errors import InputError, PathInputError, StorageError, WorkerDiedError
from ..sources import iter_documents
from .document import (
    NO_INDEX,
    Task,
    document_budget,
    error_outcome,
    extract_article,
    process_document,
    process_record,
    warm_up,
)
from .outcomes import ErrorInfo, IngestReport, Outcome
from .workers import ordered
from .writer import Writer, file_fingerprint

__all__ = [
    "IngestReport",
    "Outcome",
    "ErrorInfo",
    "ProgressSink",
    "NO_INDEX",
    "ingest",
    "reextract",
    "process_document",
    "error_outcome",
    "process_record",
    "extract_article",
    "document_budget",
    "warm_up",
    "file_fingerprint",
]


class ProgressSink(Protocol):
    """What a run tells about its progress (the CLI's live line: ``cli.progress``)."""

    live: bool

    def plan(self, paths: list[str | Path]) -> None: ...
    def file_started(self, path: Path) -> None: ...
    def document(self, source_path: str) -> None: ...
    def written(self, source_path: str) -> None: ...
    def update(self, report: IngestReport, final: bool = False) -> None: ...


def _input_tasks(
    paths: Iterable[str | Path],
    db: sqlite_utils.Database,
    report: IngestReport,
    progress: ProgressSink | None,
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
    writer: Writer,
    workers: int,
    lang: str | None,
    progress: ProgressSink | None,
) -> None:
    report = writer.report
    window = max(settings.SETTINGS.queue_size, workers * 4)
    try:
        for outcome in ordered(tasks, workers, lang, window):
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
    progress: ProgressSink | None = None,
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
    database cannot be used (read-only, disk full, not a newsscores database), and
    :class:`~newsscores.errors.PackError` before reading anything if a rule pack is
    broken (no document is to blame for that).
    """
    check_packs()
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
    writer = Writer(database, report, on_error, fingerprints, retrying)

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
    progress: ProgressSink | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestReport:
    """Re-extract the stored articles whose facts come from another extractor version
    (what :func:`ingest` also does before reading new inputs)."""
    return ingest(
        [], db, workers=workers, progress=progress, on_error=on_error, command="reextract"
    )

