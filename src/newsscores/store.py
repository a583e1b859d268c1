"""SQLite storage: the ``articles`` and ``facts`` tables of the data contract, and
the bookkeeping beside them (``runs``, ``errors``, ``fact_evidence``, full-text search).

Writes are idempotent: an article is keyed by the hash of its normalised text, a
fact by (article, kind, unit, metric, value), an error by (source, reason), and every
source read is remembered in ``sources`` (stored, duplicate or failed), so
re-ingesting adds nothing and a resumed run skips what is done without reading it.
One process writes; callers group writes in :func:`transaction` batches.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from . import settings
from .errors import StorageError
from .models import Article, Fact

__all__ = [
    "open_db",
    "SCHEMA_VERSION",
    "META",
    "check_owner",
    "source_state",
    "forget_source",
    "mark_interrupted",
    "process_alive",
    "FACT_TABLE_COLUMNS",
    "ARTICLE_TABLE_COLUMNS",
    "EVIDENCE_TABLE_COLUMNS",
    "ERROR_TABLE_COLUMNS",
    "SOURCE_TABLE_COLUMNS",
    "ensure_schema",
    "ARTICLES",
    "FACTS",
    "ERRORS",
    "RUNS",
    "EVIDENCE",
    "SOURCES",
    "FACT_SOURCES",
    "ensure_fact_sources_view",
    "transaction",
    "fact_id",
    "error_id",
    "dedupe_facts",
    "source_outcome",
    "article_extractor",
    "insert_article",
    "replace_facts",
    "record_source",
    "record_error",
    "start_run",
    "finish_run",
    "stale_articles",
    "count_stale",
    "now",
]

#: Version of the tables' layout, kept in ``meta``; a database of a newer layout
#: (written by a newer newsscores) is refused rather than written.
SCHEMA_VERSION = 2
#: ``meta(key, value)``: ``application = newsscores`` and ``schema_version``; how a
#: newsscores database is told from any other SQLite file.
META = "meta"
_APPLICATION = "newsscores"
ARTICLES = "articles"
FACTS = "facts"
ERRORS = "errors"
RUNS = "runs"
EVIDENCE = "fact_evidence"
SOURCES = "sources"
#: A view for browsing (datasette): every fact with its article's URL, language, date, title.
FACT_SOURCES = "fact_sources"
_FACT_SOURCES_SQL = """
select f.id, f.kind, f.unit_key, f.unit_text, f.metric, f.value, f.max_value,
       f.period_start, f.period_end, f.period_source, f.quote, a.url, a.lang,
       a.published, a.title, f.article_id, f."start", f."end", f.extractor
from facts f join articles a on a.id = f.article_id
"""

#: The columns of the articles table.
ARTICLE_TABLE_COLUMNS: dict[str, Any] = {
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

#: The columns of the facts table (SCHEMA.md's, then the period columns).
FACT_TABLE_COLUMNS: dict[str, Any] = {
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

#: Later evidence of a fact already stored (``fact_evidence``).
EVIDENCE_TABLE_COLUMNS: dict[str, Any] = {"fact_id": str, "start": int, "end": int, "quote": str}
#: One failed input per (source, reason).
ERROR_TABLE_COLUMNS: dict[str, Any] = {
    "id": str,
    "source_path": str,
    "stage": str,
    "reason": str,
    "message": str,
    "run_id": int,
    "at": str,
    "detail": str,
}
#: Every source read, and what became of it.
SOURCE_TABLE_COLUMNS: dict[str, Any] = {
    "source_path": str,
    "article_id": str,
    "outcome": str,
    "run_id": int,
    "fingerprint": str,
}


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a newsscores database in WAL mode with every table.

    Another application's SQLite file (tables but no newsscores ``meta``) and a file
    that is not SQLite are refused before anything is written to them. A read-only
    database opens for reading (writing to it is then a :class:`StorageError`).
    """
    p = Path(path)
    if p.exists() and p.is_dir():
        raise StorageError(f"{path}: is a directory, not a database file")
    try:
        conn = sqlite3.connect(str(p), timeout=60, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StorageError(f"{path}: cannot open database: {exc}") from exc
    try:
        check_owner(conn, str(path))
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        ensure_schema(db)
    except StorageError:
        conn.close()
        raise
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) and _is_ours(conn):
            return sqlite_utils.Database(conn)
        conn.close()
        raise StorageError(f"{path}: cannot open database: {exc}") from exc
    except sqlite3.Error as exc:
        conn.close()
        raise StorageError(f"{path}: cannot open database: {exc}") from exc
    return db


#: Tables every newsscores database had before ``meta`` existed.
_LEGACY_TABLES = frozenset({"articles", "facts", "errors", "runs", "sources"})


#: Columns the ``articles`` and ``facts`` of every newsscores version have.
_LEGACY_COLUMNS = {
    "articles": frozenset({"id", "source_path", "lang", "text"}),
    "facts": frozenset({"article_id", "kind", "unit_key", "value", "quote"}),
}


def _is_legacy(conn: sqlite3.Connection, names: set[str]) -> bool:
    """Whether tables ``names`` are those of a newsscores database written before
    ``meta`` existed (same tables, and the contract's columns)."""
    if not names >= _LEGACY_TABLES:
        return False
    for table, needed in _LEGACY_COLUMNS.items():
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if not have >= needed:
            return False
    return True


def _is_ours(conn: sqlite3.Connection) -> bool:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return META in names or _is_legacy(conn, names)


def check_owner(conn: sqlite3.Connection, path: str) -> None:
    """Raise :class:`StorageError` unless ``conn`` is empty or a newsscores database
    of a layout this version knows; reads only."""
    try:
        names = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path}: not a SQLite database ({exc})") from None
    if not names:
        return
    if META in names:
        meta = dict(conn.execute(f"SELECT key, value FROM {META}").fetchall())
        if meta.get("application") != _APPLICATION:
            raise StorageError(
                f"{path}: not a newsscores database (its meta table names "
                f"{meta.get('application')!r}); use another --db file"
            )
        version = str(meta.get("schema_version", "0"))
        if not version.isdigit() or int(version) > SCHEMA_VERSION:
            raise StorageError(
                f"{path}: written by a newer newsscores (schema {version}, this one "
                f"knows {SCHEMA_VERSION}); upgrade newsscores"
            )
        return
    if not _is_legacy(conn, names):
        shown = ", ".join(sorted(names)[:5])
        raise StorageError(
            f"{path}: not a newsscores database (it has tables {shown}); "
            "use another --db file, nothing was changed"
        )


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables, indexes, full-text index and views that are missing, and
    the columns and ``meta`` rows an older newsscores did not write."""
    tables = set(db.table_names())
    if META not in tables:
        db.table(META).create({"key": str, "value": str}, pk="key")
        db.table(META).insert_all(
            [
                {"key": "application", "value": _APPLICATION},
                {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            ]
        )
    if ARTICLES not in tables:
        db.table(ARTICLES).create(
            ARTICLE_TABLE_COLUMNS, pk="id", not_null={"text", "source_path", "lang"}
        )
        db.table(ARTICLES).enable_fts(["title", "text"], create_triggers=True)
        db.table(ARTICLES).create_index(["url"])
    if FACTS not in tables:
        db.table(FACTS).create(
            FACT_TABLE_COLUMNS,
            pk="id",
            foreign_keys=[("article_id", ARTICLES, "id")],
            not_null={"article_id", "kind", "unit_key", "value", "start", "end", "quote"},
        )
        db.table(FACTS).create_index(["unit_key", "kind"])
        db.table(FACTS).create_index(["kind"])
        db.table(FACTS).create_index(["article_id"])
        db.table(FACTS).create_index(["metric"])
    if EVIDENCE not in tables:
        db.table(EVIDENCE).create(
            EVIDENCE_TABLE_COLUMNS,
            pk=("fact_id", "start"),
            foreign_keys=[("fact_id", FACTS, "id")],
        )
    if ERRORS not in tables:
        db.table(ERRORS).create(
            ERROR_TABLE_COLUMNS,
            pk="id",
        )
    if RUNS not in tables:
        db.table(RUNS).create(
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
                "skipped": int,
                "reextracted": int,
                "workers": int,
                "status": str,
            },
            pk="id",
        )
    if SOURCES not in tables:
        db.table(SOURCES).create(
            SOURCE_TABLE_COLUMNS,
            pk="source_path",
        )
        db.table(ERRORS).create_index(["source_path"], if_not_exists=True)
    _add_columns(db, SOURCES, {"fingerprint": str})
    _add_columns(db, ERRORS, {"detail": str})
    _add_columns(db, RUNS, {"pid": int, "host": str})
    if db.conn.execute(
        f"SELECT value FROM {META} WHERE key = 'schema_version'"
    ).fetchone() != (str(SCHEMA_VERSION),):
        db.conn.execute(
            f"INSERT OR REPLACE INTO {META} (key, value) VALUES ('schema_version', ?)",
            (str(SCHEMA_VERSION),),
        )
        db.conn.commit()
    ensure_fact_sources_view(db)


def _add_columns(db: sqlite_utils.Database, table: str, columns: dict[str, Any]) -> None:
    """Add the ``columns`` an older database's ``table`` lacks."""
    have = set(db.table(table).columns_dict)
    for name, kind in columns.items():
        if name not in have:
            db.table(table).add_column(name, kind)


def ensure_fact_sources_view(db: sqlite_utils.Database) -> None:
    """Create the ``fact_sources`` view if it is missing, so that any database
    newsscores wrote opens in ``datasette DB -m metadata.json``."""
    if FACT_SOURCES not in db.view_names():
        db.create_view(FACT_SOURCES, _FACT_SOURCES_SQL)


def now() -> str:
    """The current UTC time as ISO 8601, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """One write transaction: everything inside commits together or not at all."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _hash(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def fact_id(article_id: str, kind: str, unit_key: str, metric: str | None, value: float) -> str:
    """Stable id of a fact: hash of (article, kind, unit, metric, value to 6 decimals)."""
    return _hash(article_id, kind, unit_key, metric, f"{round(value, 6):.6f}")


def error_id(source_path: str, reason: str) -> str:
    """Stable id of an error row: one per (source, reason), so reruns add none."""
    return _hash(source_path, reason)


def dedupe_facts(facts: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """``(unique, repeats)``: the first evidence (in text order) of each
    (kind, unit, metric, value), and the later evidence of the same facts."""
    seen: set[tuple[str, str, str | None, float]] = set()
    unique: list[Fact] = []
    repeats: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (f.start, f.end)):
        if fact.key in seen:
            repeats.append(fact)
        else:
            seen.add(fact.key)
            unique.append(fact)
    return unique, repeats


def source_outcome(db: sqlite_utils.Database, source_path: str) -> str | None:
    """What became of ``source_path`` in an earlier run (``stored``, ``duplicate``,
    ``error:<reason>``), or None when it was never read."""
    row = db.conn.execute(
        f"SELECT outcome FROM {SOURCES} WHERE source_path = ?", (source_path,)
    ).fetchone()
    return None if row is None else str(row[0])


def source_state(db: sqlite_utils.Database, source_path: str) -> tuple[str | None, str | None]:
    """``(outcome, fingerprint)`` of ``source_path`` from an earlier run; the
    fingerprint (size and times of the file read) tells whether a failed input
    changed since."""
    row = db.conn.execute(
        f"SELECT outcome, fingerprint FROM {SOURCES} WHERE source_path = ?", (source_path,)
    ).fetchone()
    if row is None:
        return None, None
    return str(row[0]), (None if row[1] is None else str(row[1]))


def forget_source(conn: sqlite3.Connection, source_path: str) -> None:
    """Drop what is remembered of a failed ``source_path`` (its ``sources`` and
    ``errors`` rows), so it is read again as new."""
    conn.execute(f"DELETE FROM {SOURCES} WHERE source_path = ?", (source_path,))
    conn.execute(f"DELETE FROM {ERRORS} WHERE source_path = ?", (source_path,))


def article_extractor(db: sqlite_utils.Database, article_id: str) -> str | None:
    """The extractor version an article's facts come from; None if it is not stored."""
    row = db.conn.execute(
        f"SELECT coalesce(extractor, '') FROM {ARTICLES} WHERE id = ?", (article_id,)
    ).fetchone()
    return None if row is None else str(row[0])


def _fid(fact: Fact) -> str:
    return fact_id(fact.article_id, fact.kind, fact.unit_key, fact.metric, fact.value)


def _fact_row(fact: Fact, fid: str) -> tuple[Any, ...]:
    return (
        fid, fact.article_id, fact.kind, fact.unit_key, fact.unit_text, fact.metric,
        fact.value, fact.max_value, fact.start, fact.end, fact.quote, fact.extractor,
        _iso(fact.period_start), _iso(fact.period_end), fact.period_source,
    )


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _insert_facts(conn: sqlite3.Connection, article_id: str, facts: list[Fact]) -> int:
    unique, repeats = dedupe_facts([f.model_copy(update={"article_id": article_id}) for f in facts])
    rows = [_fact_row(f, _fid(f)) for f in unique]
    before = conn.total_changes
    conn.executemany(
        f"INSERT OR IGNORE INTO {FACTS} (id, article_id, kind, unit_key, unit_text, metric, "
        'value, max_value, start, "end", quote, extractor, period_start, period_end, '
        "period_source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    added = conn.total_changes - before
    conn.executemany(
        f'INSERT OR IGNORE INTO {EVIDENCE} (fact_id, start, "end", quote) VALUES (?,?,?,?)',
        [
            (_fid(f), f.start, f.end, f.quote) for f in repeats
        ],
    )
    return added


def insert_article(
    conn: sqlite3.Connection, article: Article, facts: list[Fact], status: str
) -> int:
    """Store a new article and its facts (deduplicated); the number of facts added.

    An article already stored (same text) is left as it is and adds no facts.
    """
    cur = conn.execute(
        f"INSERT OR IGNORE INTO {ARTICLES} (id, url, source_path, lang, lang_prob, "
        "lang_source, title, published, text, extractor, extract_status, ingested_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            article.id, article.url, article.source_path, article.lang, article.lang_prob,
            article.lang_source, article.title, _iso(article.published), article.text,
            settings.EXTRACTOR_VERSION, status, now(),
        ),
    )
    if cur.rowcount == 0:
        return 0
    return _insert_facts(conn, article.id, facts)


def replace_facts(
    conn: sqlite3.Connection, article_id: str, facts: list[Fact], status: str
) -> int:
    """Re-extraction: drop an article's facts and evidence, store ``facts`` in their
    place and mark it with the current extractor version; the number of facts stored."""
    conn.execute(
        f"DELETE FROM {EVIDENCE} WHERE fact_id IN "
        f"(SELECT id FROM {FACTS} WHERE article_id = ?)",
        (article_id,),
    )
    conn.execute(f"DELETE FROM {FACTS} WHERE article_id = ?", (article_id,))
    conn.execute(
        f"UPDATE {ARTICLES} SET extractor = ?, extract_status = ? WHERE id = ?",
        (settings.EXTRACTOR_VERSION, status, article_id),
    )
    return _insert_facts(conn, article_id, facts)


def record_source(
    conn: sqlite3.Connection, source_path: str, article_id: str | None, outcome: str,
    run_id: int | None, fingerprint: str | None = None,
) -> None:
    """Remember that ``source_path`` was read and what became of it (first time only)."""
    conn.execute(
        f"INSERT OR IGNORE INTO {SOURCES} (source_path, article_id, outcome, run_id, "
        "fingerprint) VALUES (?,?,?,?,?)",
        (source_path, article_id, outcome, run_id, fingerprint),
    )


def record_error(
    conn: sqlite3.Connection,
    source_path: str,
    stage: str,
    reason: str,
    message: str,
    run_id: int | None,
    detail: str = "",
) -> bool:
    """An ``errors`` row for a failed input, once per (source, reason); True if new.
    The message is kept on one line; ``detail`` (a traceback) as it is."""
    message = " ".join(message.split())
    row = (error_id(source_path, reason), source_path, stage, reason, message, run_id, now())
    cur = conn.execute(
        f"INSERT OR IGNORE INTO {ERRORS} (id, source_path, stage, reason, message, run_id, at, "
        "detail) VALUES (?,?,?,?,?,?,?,?)",
        (*row, detail or None),
    )
    return cur.rowcount > 0


def start_run(db: sqlite_utils.Database, command: str, workers: int) -> int:
    """A ``runs`` row for a run starting now; its id."""
    from . import __version__

    with transaction(db) as conn:
        cur = conn.execute(
            f"INSERT INTO {RUNS} (version, extractor, command, started_at, workers, status, "
            "pid, host) VALUES (?,?,?,?,?,?,?,?)",
            (
                __version__, settings.EXTRACTOR_VERSION, command, now(), workers, "running",
                os.getpid(), socket.gethostname(),
            ),
        )
    return int(cur.lastrowid or 0)


def mark_interrupted(db: sqlite_utils.Database) -> int:
    """Mark ``interrupted`` the runs left ``running`` by a process of this host that
    is gone (killed, or the machine stopped); the number marked. Runs of a live
    process (a concurrent ingest) and of other hosts are left alone."""
    host = socket.gethostname()
    rows = db.conn.execute(
        f"SELECT id, pid, host FROM {RUNS} WHERE status = 'running'"
    ).fetchall()
    gone = [
        run_id for run_id, pid, run_host in rows
        if run_host in (host, None) and not process_alive(pid)
    ]
    if gone:
        with transaction(db) as conn:
            conn.executemany(
                f"UPDATE {RUNS} SET status = 'interrupted' WHERE id = ? AND status = 'running'",
                [(run_id,) for run_id in gone],
            )
    return len(gone)


def process_alive(pid: int | None) -> bool:
    """Whether process ``pid`` exists (unknown pid: a run of an older newsscores, gone)."""
    if not pid or pid == os.getpid():
        return bool(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def finish_run(
    db: sqlite_utils.Database, run_id: int, status: str, counts: dict[str, int]
) -> None:
    """Close a ``runs`` row with its status and counts."""
    columns = ("read", "stored", "duplicates", "failed", "facts", "skipped", "reextracted")
    with transaction(db) as conn:
        conn.execute(
            f"UPDATE {RUNS} SET finished_at = ?, status = ?, "
            + ", ".join(f"{c} = ?" for c in columns)
            + " WHERE id = ?",
            (now(), status, *(counts.get(c, 0) for c in columns), run_id),
        )


_STALE = f"FROM {ARTICLES} WHERE coalesce(extractor, '') != ?"


def count_stale(db: sqlite_utils.Database) -> int:
    """How many stored articles were extracted by another extractor version."""
    row = db.conn.execute(f"SELECT count(*) {_STALE}", (settings.EXTRACTOR_VERSION,)).fetchone()
    return int(row[0])


def stale_articles(db: sqlite_utils.Database, page: int = 200) -> Iterator[Article]:
    """Stored articles whose extractor version is not the current one, by id, a page
    at a time (safe while the caller re-extracts them on the same connection)."""
    last = ""
    fields = "id, url, source_path, lang, lang_prob, lang_source, title, published, text"
    while True:
        rows = db.conn.execute(
            f"SELECT {fields} {_STALE} AND id > ? ORDER BY id LIMIT ?",
            (settings.EXTRACTOR_VERSION, last, page),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            data = dict(zip(fields.split(", "), row, strict=True))
            data["lang_source"] = data["lang_source"] or "detected"
            yield Article.model_validate(data)
        last = rows[-1][0]
