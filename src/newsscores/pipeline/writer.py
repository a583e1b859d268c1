"""The one SQLite writer of a run: outcomes stored in batches, sources remembered."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils

from .. import settings, store
from .outcomes import ErrorInfo, IngestReport, Outcome

__all__ = ["Writer", "COUNTS", "file_fingerprint"]




#: Report fields restored when an open batch is rolled back.
COUNTS = ("read", "stored", "duplicates", "skipped", "reextracted", "facts")


class Writer:
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
            *(getattr(r, name) for name in COUNTS),
            Counter(r.unsupported),
            Counter(r.failed),
        )

    def _restore(self, counts: tuple[Any, ...]) -> None:
        r = self.report
        for name, value in zip(COUNTS, counts, strict=False):
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
