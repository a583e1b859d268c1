"""SQLite storage: the ``articles`` and ``facts`` tables of the data contract, and
the bookkeeping beside them (``runs``, ``errors``, ``fact_evidence``, full-text search).

Writes are idempotent: an article is keyed by the hash of its normalised text and a
fact by (article, kind, unit, metric, value), so re-ingesting adds nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from .errors import StorageError

__all__ = ["open_db", "ARTICLES", "FACTS", "ERRORS", "RUNS", "EVIDENCE"]

ARTICLES = "articles"
FACTS = "facts"
ERRORS = "errors"
RUNS = "runs"
EVIDENCE = "fact_evidence"

_ARTICLE_COLUMNS: dict[str, Any] = {
    "id": str,
    "url": str,
    "source_path": str,
    "lang": str,
    "lang_prob": float,
    "lang_source": str,
    "title": str,
    "published": str,
    "text": str,
    "extractor": str,
    "extract_status": str,
    "ingested_at": str,
}

_FACT_COLUMNS: dict[str, Any] = {
    "id": str,
    "article_id": str,
    "kind": str,
    "unit_key": str,
    "unit_text": str,
    "metric": str,
    "value": float,
    "max_value": float,
    "start": int,
    "end": int,
    "quote": str,
    "extractor": str,
    "period_start": str,
    "period_end": str,
    "period_source": str,
}


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a newsscores database in WAL mode with every table."""
    try:
        p = Path(path)
        if p.exists() and p.is_dir():
            raise StorageError(f"{path}: is a directory, not a database file")
        conn = sqlite3.connect(str(p), timeout=60, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        ensure_schema(db)
    except sqlite3.Error as exc:
        raise StorageError(f"{path}: cannot open database: {exc}") from exc
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables, indexes and full-text index that are missing."""
    tables = set(db.table_names())
    if ARTICLES not in tables:
        db[ARTICLES].create(_ARTICLE_COLUMNS, pk="id", not_null={"text", "source_path", "lang"})
        db[ARTICLES].enable_fts(["title", "text"], create_triggers=True)
        db[ARTICLES].create_index(["url"])
    if FACTS not in tables:
        db[FACTS].create(
            _FACT_COLUMNS,
            pk="id",
            foreign_keys=[("article_id", ARTICLES, "id")],
            not_null={"article_id", "kind", "unit_key", "value", "start", "end", "quote"},
        )
        db[FACTS].create_index(["unit_key", "kind"])
        db[FACTS].create_index(["kind"])
        db[FACTS].create_index(["article_id"])
        db[FACTS].create_index(["metric"])
    if EVIDENCE not in tables:
        db[EVIDENCE].create(
            {"fact_id": str, "start": int, "end": int, "quote": str},
            pk=("fact_id", "start"),
            foreign_keys=[("fact_id", FACTS, "id")],
        )
    if ERRORS not in tables:
        db[ERRORS].create(
            {
                "id": str,
                "source_path": str,
                "stage": str,
                "reason": str,
                "message": str,
                "run_id": int,
                "at": str,
            },
            pk="id",
        )
    if RUNS not in tables:
        db[RUNS].create(
            {
                "id": int,
                "version": str,
                "extractor": str,
                "command": str,
                "started_at": str,
                "finished_at": str,
                "read": int,
                "stored": int,
                "duplicates": int,
                "failed": int,
                "facts": int,
            },
            pk="id",
        )
