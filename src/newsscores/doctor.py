"""Health of a newsscores database in one report: SQLite integrity, runs left
``running``, and the inputs that failed and why.

Opens the database read-only: looking never changes it (no WAL switch, no tables
added, stale runs are reported, not marked).
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import store
from .errors import StorageError

__all__ = ["DoctorReport", "FailedSource", "StaleRun", "diagnose"]

#: Failed inputs listed one by one per reason; the rest are only counted.
_LISTED_PER_REASON = 20


@dataclass(frozen=True)
class StaleRun:
    """A run whose row still says ``running``; ``alive`` if its process still exists."""

    id: int
    command: str
    started_at: str
    pid: int | None
    alive: bool


@dataclass(frozen=True)
class FailedSource:
    """An input whose last reading failed, with the message recorded for it."""

    source_path: str
    reason: str
    message: str


@dataclass
class DoctorReport:
    """What :func:`diagnose` found; ``healthy`` when SQLite finds no corruption."""

    path: str
    schema_version: str | None = None
    integrity: list[str] = field(default_factory=list)
    foreign_keys: int = 0
    stale_runs: list[StaleRun] = field(default_factory=list)
    failed: dict[str, int] = field(default_factory=dict)
    failed_sources: list[FailedSource] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        """No corruption and no dangling facts."""
        return self.integrity == ["ok"] and self.foreign_keys == 0

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        data = asdict(self)
        data["healthy"] = self.healthy
        return data

    def lines(self) -> list[str]:
        """The report for people, one finding a line."""
        out = [
            f"database: {self.path} (schema {self.schema_version or 'before meta'})",
            "integrity: " + ("ok" if self.integrity == ["ok"] else "; ".join(self.integrity)),
            f"facts without their article: {self.foreign_keys}",
        ]
        dead = [r for r in self.stale_runs if not r.alive]
        live = [r for r in self.stale_runs if r.alive]
        out.append(
            f"runs left running: {len(dead)} whose process is gone (the next ingest marks "
            f"them interrupted), {len(live)} still in progress"
        )
        for run in self.stale_runs:
            state = "in progress" if run.alive else "process gone"
            out.append(f"  #{run.id} {run.command} started {run.started_at} ({state})")
        total = sum(self.failed.values())
        out.append(f"failed inputs: {total}")
        for reason, n in sorted(self.failed.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"  {reason}: {n}")
            for item in (s for s in self.failed_sources if s.reason == reason):
                out.append(f"    {item.message}")
            if n > _LISTED_PER_REASON:
                out.append(f"    ... and {n - _LISTED_PER_REASON} more")
        if total:
            out.append("fix them and ingest again (changed files are retried), or --retry-failed")
        return out


def diagnose(path: str | Path) -> DoctorReport:
    """Check the database at ``path`` without changing it.

    Raises :class:`StorageError` for a missing file, a file that is not SQLite, or
    another application's database.
    """
    p = Path(path)
    if not p.is_file():
        raise StorageError(f"{path}: no such database")
    try:
        conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(f"{path}: cannot open database: {exc}") from exc
    try:
        store.check_owner(conn, str(path))
        return _diagnose(conn, str(path))
    except sqlite3.Error as exc:
        raise StorageError(f"{path}: cannot read database: {exc}") from exc
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _diagnose(conn: sqlite3.Connection, path: str) -> DoctorReport:
    report = DoctorReport(path)
    tables = _tables(conn)
    if store.META in tables:
        row = conn.execute(
            f"SELECT value FROM {store.META} WHERE key = 'schema_version'"
        ).fetchone()
        report.schema_version = None if row is None else str(row[0])
    report.integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
    report.foreign_keys = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    if store.RUNS in tables:
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({store.RUNS})")}
        pid = "pid" if "pid" in columns else "NULL"
        for run_id, command, started, run_pid in conn.execute(
            f"SELECT id, command, started_at, {pid} FROM {store.RUNS} "
            "WHERE status = 'running' ORDER BY id"
        ):
            alive = store.process_alive(run_pid)
            report.stale_runs.append(
                StaleRun(run_id, command or "", started or "", run_pid, alive)
            )
    if store.SOURCES in tables:
        report.failed = {
            str(outcome).removeprefix("error:"): int(n)
            for outcome, n in conn.execute(
                f"SELECT outcome, count(*) FROM {store.SOURCES} "
                "WHERE outcome LIKE 'error:%' GROUP BY outcome"
            )
        }
        for reason in report.failed:
            rows = conn.execute(
                f"SELECT s.source_path, coalesce(e.message, s.source_path) "
                f"FROM {store.SOURCES} s LEFT JOIN {store.ERRORS} e "
                "ON e.source_path = s.source_path AND e.reason = ? "
                "WHERE s.outcome = ? ORDER BY s.source_path LIMIT ?",
                (reason, f"error:{reason}", _LISTED_PER_REASON),
            )
            report.failed_sources.extend(
                FailedSource(str(source), reason, str(message)) for source, message in rows
            )
    return report
