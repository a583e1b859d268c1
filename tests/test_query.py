"""Fact selection and unit-key comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from newsscores import store
from newsscores.models import Article, Fact, article_id
from newsscores.query import database_stats, select_facts, unit_key_core, unit_keys_match


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        ("bac_ninh/tan_tien", "bac_ninh/phuong_tan_tien", True),
        ("bac_ninh/xa_hop_thinh", "bac_ninh/hop_thinh", True),
        ("lao_cai/huyen_bat_xat", "lao_cai/bat_xat", True),
        ("hai_phong/thanh_pho_thuy_nguyen", "hai_phong/thi_xa_thuy_nguyen", True),
        ("bac_ninh", "bac_ninh", True),
        ("bac_giang", "bac_ninh/phuong_bac_giang", False),
        ("bac_ninh/phuong_tan_tien", "bac_ninh/phuong_tan_an", False),
        ("quang_ninh", "ninh", False),
        ("bac_ninh/dept/home_affairs", "bac_ninh/dept/home_affairs", True),
        ("bac_ninh/dept/home_affairs", "bac_ninh/dept/justice", False),
        ("bac_ninh/xa", "bac_ninh/xa", True),
    ],
)
def test_unit_keys_match_ignoring_type_words(a: str, b: str, match: bool) -> None:
    assert unit_keys_match(a, b) is match
    assert unit_keys_match(b, a) is match


def test_the_first_part_keeps_its_words() -> None:
    assert unit_key_core("quan_ninh/phuong_x") == "quan_ninh/x"


def _fact(kind: str, unit: str, value: float, metric: str | None = "total") -> Fact:
    return Fact(
        kind=kind,
        unit_key=unit,
        unit_text=unit,
        metric=metric,
        value=value,
        start=0,
        end=4,
        quote="quote",
        extractor="t",
    )


@pytest.fixture
def db(tmp_db: Path) -> sqlite_utils.Database:
    database = store.open_db(tmp_db)
    texts = {"en": "Text one in English.", "fr": "Texte deux en français."}
    with store.transaction(database) as conn:
        for lang, text in texts.items():
            art = Article(
                id=article_id(text),
                source_path=f"{lang}.txt",
                lang=lang,
                text=text,
                url=f"https://x.org/{lang}",
            )
            facts = [
                _fact("score", "bac_ninh", 91.7),
                _fact("score", "bac_ninh/phuong_tan_tien", 93.94),
                _fact("rank", "bac_ninh", 1, metric=None),
                _fact("score", "bac_giang", 90.1, metric="satisfaction"),
            ]
            store.insert_article(conn, art, facts, "extracted")
    return database


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 8),
        ({"unit": "bac_ninh/tan_tien"}, 2),
        ({"unit": "bac_ninh"}, 4),
        ({"unit": "bac_giang"}, 2),
        ({"kind": "rank"}, 2),
        ({"lang": "fr"}, 4),
        ({"metric": "satisfaction", "lang": "en"}, 1),
        ({"unit": "bac_ninh", "kind": "score", "lang": "en"}, 1),
        ({"unit": "ha_noi"}, 0),
        ({"limit": 3}, 3),
    ],
)
def test_select_facts_filters(
    db: sqlite_utils.Database, filters: dict[str, object], expected: int
) -> None:
    rows = list(select_facts(db, **filters))  # type: ignore[arg-type]
    assert len(rows) == expected
    for row in rows:
        assert row["url"] == f"https://x.org/{row['lang']}"


def test_database_stats(db: sqlite_utils.Database) -> None:
    stats = database_stats(db)
    assert stats["articles"] == {"en": 1, "fr": 1}
    assert stats["facts"] == {"score": 6, "rank": 2}
    assert stats["errors"] == {} and stats["runs"] == []
