"""Exports: CSV and JSON Lines of facts with their article's metadata."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import sqlite_utils

from newsscores import store
from newsscores.errors import UsageError
from newsscores.export import EXPORTERS, export_facts, write_table, write_text
from newsscores.models import Article, Fact, article_id
from newsscores.query import FACT_COLUMNS

TEXT = 'Bac Ninh đạt 91,7 điểm, "dẫn đầu", cả nước.'


@pytest.fixture
def db(tmp_db: Path) -> sqlite_utils.Database:
    database = store.open_db(tmp_db)
    art = Article(
        id=article_id(TEXT),
        source_path="a.txt",
        lang="vi",
        text=TEXT,
        url="https://x.vn/a",
        title="Tiêu đề",
    )
    fact = Fact(
        kind="score",
        unit_key="bac_ninh",
        unit_text="Bac Ninh",
        metric="total",
        value=91.7,
        max_value=100,
        start=13,
        end=17,
        quote=TEXT,
        extractor="t",
    )
    with store.transaction(database) as conn:
        store.insert_article(conn, art, [fact], "extracted")
    return database


def test_csv_has_a_header_and_survives_quotes_and_unicode(
    db: sqlite_utils.Database, tmp_path: Path
) -> None:
    out = tmp_path / "f.csv"
    assert export_facts(db, "csv", out) == 1
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert list(rows[0]) == list(FACT_COLUMNS)
    assert rows[0]["quote"] == TEXT and rows[0]["url"] == "https://x.vn/a"
    assert rows[0]["title"] == "Tiêu đề" and float(rows[0]["value"]) == 91.7


def test_jsonl_one_object_a_line(db: sqlite_utils.Database) -> None:
    buf = io.BytesIO()
    assert export_facts(db, "jsonl", buf, kind="score") == 1
    (line,) = buf.getvalue().decode("utf-8").splitlines()
    row = json.loads(line)
    assert row["value"] == 91.7 and row["max_value"] == 100 and row["lang"] == "vi"
    assert TEXT[row["start"] : row["end"]] == "91,7"


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_filters_apply_to_every_format(db: sqlite_utils.Database, fmt: str) -> None:
    assert export_facts(db, fmt, io.BytesIO(), kind="rank") == 0


def test_unknown_format_is_a_usage_error(db: sqlite_utils.Database) -> None:
    with pytest.raises(UsageError, match="xml"):
        export_facts(db, "xml", io.BytesIO())


def test_table_aligns_and_shortens_quotes() -> None:
    out = io.StringIO()
    rows = [{"kind": "score", "value": 91.7, "quote": "word " * 40, "url": "u"}]
    assert write_table(rows, out, quote_width=20) == 1
    header, line = out.getvalue().splitlines()
    assert header.split()[:4] == ["kind", "unit_key", "metric", "value"]
    assert "91.7" in line and "…" in line and len(line) < 80


def test_text_blocks_show_the_whole_quote_and_the_url(db: sqlite_utils.Database) -> None:
    from newsscores.query import select_facts

    out = io.StringIO()
    assert write_text(select_facts(db), out) == 1
    assert out.getvalue().splitlines() == [
        "score bac_ninh total = 91.7 / 100  [vi]",
        f'  "{TEXT}"',
        "  https://x.vn/a",
    ]
