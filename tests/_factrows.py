"""Fact rows and databases built by hand, for testing verify, check and series
without the extractor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from newsscores.models import article_id
from newsscores.store import FACT_TABLE_COLUMNS, open_db


def row(
    kind: str,
    unit: str,
    value: float,
    metric: str | None = "total",
    *,
    article: str = "a1",
    period: str | None = "2025-12-01/2025-12-07",
    written: str | None = None,
    source: str | None = None,
    quote: str | None = None,
    max_value: float | None = None,
    after: str = "",
    start: int = 0,
) -> dict[str, Any]:
    """One fact row as :func:`newsscores.evidence.load_facts` returns it."""
    ps, pe = period.split("/") if period else (None, None)
    written = written or (f"{value:g}" if kind in ("rank", "streak") else f"{value:.2f}")
    return {
        "id": f"{article}:{kind}:{unit}:{metric}:{value}",
        "article_id": article,
        "kind": kind,
        "unit_key": unit,
        "unit_text": unit,
        "metric": None if kind == "streak" else metric,
        "value": value,
        "max_value": max_value,
        "start": start,
        "end": start + len(written),
        "quote": quote or f"{unit} {kind} {written}",
        "extractor": "test",
        "period_start": ps,
        "period_end": pe,
        "period_source": source or ("text:week_range" if period else "none"),
        "url": f"https://example.org/{article}",
        "lang": "en",
        "published": "2025-12-09",
        "title": None,
        "written": written,
        "after": after,
    }


def make_db(path: Path, rows: list[dict[str, Any]]) -> sqlite_utils.Database:
    """A database holding ``rows``: one article per ``article_id``, text = the quotes."""
    db = open_db(path)
    by_article: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_article.setdefault(r["article_id"], []).append(r)
    for name, facts in by_article.items():
        text, placed = "", []
        for r in facts:
            written = r["written"]
            start = (
                len(text) + len(r["quote"]) - len(written)
                if r["quote"].endswith(written)
                else len(text)
            )
            text += r["quote"] + "\n"
            placed.append({**r, "start": start, "end": start + len(written)})
        aid = article_id(text)
        db["articles"].insert(
            {
                "id": aid,
                "url": facts[0]["url"],
                "source_path": f"{name}.txt",
                "lang": facts[0]["lang"],
                "published": facts[0]["published"],
                "text": text,
            },
        )
        for r in placed:
            # every stored fact column but the two keys the test sets itself
            fact = {k: r[k] for k in FACT_TABLE_COLUMNS if k not in ("id", "article_id")}
            db["facts"].insert({**fact, "id": f"{aid}:{r['id']}", "article_id": aid})
    return db


ROOT = Path(__file__).resolve().parents[1]


def corpus_db(path: Path, *extra: Path) -> sqlite_utils.Database:
    """The sample corpus (and ``extra`` folders) ingested by the real pipeline."""
    from newsscores.pipeline import ingest

    db = open_db(path)
    ingest([ROOT / "corpus", *extra], db, workers=1)
    return db
