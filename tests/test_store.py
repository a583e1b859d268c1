"""Storage: idempotent writes, fact ids and dedup, re-extraction, errors and runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from newsscores import settings, store
from newsscores.errors import StorageError
from newsscores.models import Article, Fact, article_id

TEXT = "Bac Ninh scored 92.80 points. It ranked first. Again: 92.80 points this week."


def _article(text: str = TEXT, source: str = "a.txt") -> Article:
    return Article(id=article_id(text), source_path=source, lang="en", text=text)


def _fact(value: float, start: int, kind: str = "score", unit: str = "bac_ninh") -> Fact:
    return Fact(
        kind=kind,
        unit_key=unit,
        unit_text="Bac Ninh",
        metric="total" if kind in ("score", "change") else None,
        value=value,
        start=start,
        end=start + 5,
        quote="q",
        extractor="test",
    )


@pytest.fixture
def db(tmp_db: Path) -> sqlite_utils.Database:
    return store.open_db(tmp_db)


def _count(db: sqlite_utils.Database, table: str) -> int:
    return int(db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_open_db_creates_every_table_in_wal_mode(db: sqlite_utils.Database) -> None:
    names = set(db.table_names())
    for table in (
        store.ARTICLES,
        store.FACTS,
        store.ERRORS,
        store.RUNS,
        store.EVIDENCE,
        store.SOURCES,
    ):
        assert table in names
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert "articles_fts" in names


def test_every_database_has_the_fact_sources_view(tmp_db: Path) -> None:
    """datasette's metadata.json browses this view, so a plain ingest must create it,
    and an older database gets it when reopened."""
    db = store.open_db(tmp_db)
    url = "https://example.org/a"
    art = Article(
        id=article_id(TEXT),
        source_path="a.txt",
        lang="en",
        text=TEXT,
        url=url,
        published=date(2025, 12, 9),
    )
    with store.transaction(db) as conn:
        store.insert_article(conn, art, [_fact(92.8, 16), _fact(1, 35, kind="rank")], "extracted")
    rows = db.conn.execute(
        f"SELECT kind, value, url, lang, published FROM {store.FACT_SOURCES} ORDER BY kind"
    ).fetchall()
    assert rows == [
        ("rank", 1.0, url, "en", "2025-12-09"),
        ("score", 92.8, url, "en", "2025-12-09"),
    ]
    db.conn.execute(f"DROP VIEW {store.FACT_SOURCES}")
    db.conn.close()
    assert store.FACT_SOURCES in store.open_db(tmp_db).view_names()


@pytest.mark.parametrize("bad", ["dir", "missing/dir/x.db", "not-a-db"])
def test_unusable_database_paths_raise_storage_error(tmp_path: Path, bad: str) -> None:
    (tmp_path / "dir").mkdir()
    (tmp_path / "not-a-db").write_bytes(b"plain text, not SQLite" * 100)
    with pytest.raises(StorageError, match=str(tmp_path / bad)):
        store.open_db(tmp_path / bad)


def test_fact_id_is_stable_and_ignores_float_noise() -> None:
    a = store.fact_id("art", "score", "bac_ninh", "total", 92.8)
    assert a == store.fact_id("art", "score", "bac_ninh", "total", 92.80000000001)
    assert a != store.fact_id("art", "score", "bac_ninh", "total", 92.81)
    assert a != store.fact_id("art", "rank", "bac_ninh", "total", 92.8)
    assert len(a) == 32


def test_dedupe_keeps_the_first_evidence_in_text_order() -> None:
    later, first, other = _fact(92.8, 60), _fact(92.8, 16), _fact(1, 35, kind="rank")
    unique, repeats = store.dedupe_facts([later, other, first])
    assert unique == [first, other]
    assert repeats == [later]


def test_insert_article_is_idempotent_and_moves_repeats_to_evidence(
    db: sqlite_utils.Database,
) -> None:
    art = _article()
    facts = [_fact(92.8, 60), _fact(92.8, 16), _fact(1, 35, kind="rank")]
    with store.transaction(db) as conn:
        assert store.insert_article(conn, art, facts, "extracted") == 2
    with store.transaction(db) as conn:
        assert store.insert_article(conn, art, facts, "extracted") == 0
    assert (_count(db, store.ARTICLES), _count(db, store.FACTS), _count(db, store.EVIDENCE)) == (
        1,
        2,
        1,
    )
    row = db.conn.execute(
        f"SELECT start, article_id FROM {store.FACTS} WHERE kind = 'score'"
    ).fetchone()
    assert row == (16, art.id)
    assert store.article_extractor(db, art.id) == settings.EXTRACTOR_VERSION


def test_replace_facts_swaps_facts_and_version(
    db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    art = _article()
    with store.transaction(db) as conn:
        store.insert_article(conn, art, [_fact(92.8, 16), _fact(92.8, 60)], "extracted")
    monkeypatch.setattr(settings, "EXTRACTOR_VERSION", "rules-9")
    assert store.count_stale(db) == 1
    assert [a.id for a in store.stale_articles(db)] == [art.id]
    with store.transaction(db) as conn:
        assert store.replace_facts(conn, art.id, [_fact(1, 35, kind="rank")], "extracted") == 1
    kinds = [r[0] for r in db.conn.execute(f"SELECT kind FROM {store.FACTS}")]
    assert kinds == ["rank"] and _count(db, store.EVIDENCE) == 0
    assert store.count_stale(db) == 0


def test_stale_articles_pages_through_everything(
    db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.transaction(db) as conn:
        for i in range(7):
            store.insert_article(conn, _article(f"text {i}", f"{i}.txt"), [], "extracted")
    monkeypatch.setattr(settings, "EXTRACTOR_VERSION", "rules-9")
    assert len({a.id for a in store.stale_articles(db, page=3)}) == 7


def test_errors_and_sources_are_recorded_once(db: sqlite_utils.Database) -> None:
    with store.transaction(db) as conn:
        assert store.record_error(conn, "x.txt", "read", "binary", "x.txt: binary", 1)
        assert not store.record_error(conn, "x.txt", "read", "binary", "x.txt: binary", 2)
        assert store.record_error(conn, "x.txt", "extract", "invalid_fact", "x.txt: span", 2)
        store.record_source(conn, "x.txt", None, "error:binary", 1)
        store.record_source(conn, "x.txt", None, "stored", 2)
    assert _count(db, store.ERRORS) == 2
    assert store.source_outcome(db, "x.txt") == "error:binary"
    assert store.source_outcome(db, "y.txt") is None


def test_a_failed_transaction_leaves_nothing(db: sqlite_utils.Database) -> None:
    with pytest.raises(RuntimeError), store.transaction(db) as conn:
        store.insert_article(conn, _article(), [_fact(92.8, 16)], "extracted")
        raise RuntimeError("boom")
    assert _count(db, store.ARTICLES) == 0 and _count(db, store.FACTS) == 0


def test_runs_rows_record_status_and_counts(db: sqlite_utils.Database) -> None:
    run = store.start_run(db, "ingest", 2)
    store.finish_run(db, run, "done", {"read": 3, "stored": 2, "failed": 1, "facts": 5})
    row = db.conn.execute(
        f"SELECT status, read, stored, failed, facts, workers, extractor FROM {store.RUNS}"
    ).fetchone()
    assert row == ("done", 3, 2, 1, 5, 2, settings.EXTRACTOR_VERSION)
