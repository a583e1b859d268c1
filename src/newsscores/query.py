"""Select facts with their article's URL, language, date and title.

Unit keys compare the way ``docs/SCHEMA.md`` says: the type word of each commune,
ward or district part (``phuong_``, ``xa_``, ``huyen_``, ...) is ignored, so
``bac_ninh/tan_tien`` matches ``bac_ninh/phuong_tan_tien``, while ``bac_giang`` (a
former province) never matches ``bac_ninh/phuong_bac_giang`` (a ward).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlite_utils

from .store import ARTICLES, ERRORS, FACTS, RUNS

__all__ = [
    "FACT_COLUMNS",
    "TYPE_PREFIXES",
    "unit_key_core",
    "unit_keys_match",
    "select_facts",
    "database_stats",
]

#: Type words that may prefix a sub-province part of a unit key, longest first.
TYPE_PREFIXES: tuple[str, ...] = (
    "thanh_pho",
    "thi_tran",
    "dac_khu",
    "thi_xa",
    "phuong",
    "huyen",
    "quan",
    "xa",
)

#: Columns of a selected fact, in output order.
FACT_COLUMNS: tuple[str, ...] = (
    "id",
    "article_id",
    "kind",
    "unit_key",
    "unit_text",
    "metric",
    "value",
    "max_value",
    "start",
    "end",
    "quote",
    "extractor",
    "period_start",
    "period_end",
    "period_source",
    "url",
    "lang",
    "published",
    "title",
    "source_path",
)


def _strip_type(part: str) -> str:
    for prefix in TYPE_PREFIXES:
        if part.startswith(prefix + "_") and len(part) > len(prefix) + 1:
            return part[len(prefix) + 1 :]
    return part


def unit_key_core(key: str) -> str:
    """``key`` with the type word of each part after the first removed
    (``bac_ninh/phuong_tan_tien`` → ``bac_ninh/tan_tien``)."""
    parts = key.strip().lower().split("/")
    return "/".join([parts[0], *(_strip_type(p) for p in parts[1:])])


def unit_keys_match(a: str, b: str) -> bool:
    """Whether two unit keys name the same unit, ignoring type words of sub-units."""
    return unit_key_core(a) == unit_key_core(b)


def select_facts(
    db: sqlite_utils.Database,
    *,
    unit: str | None = None,
    kind: str | None = None,
    lang: str | None = None,
    metric: str | None = None,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Facts matching every filter given, each with its article's url, lang,
    published, title and source path; in article then text order."""
    where: list[str] = []
    params: list[Any] = []
    if unit:
        db.conn.create_function("ns_unit_core", 1, unit_key_core, deterministic=True)
        first = unit.strip().lower().split("/")[0]
        where.append("(f.unit_key = ? OR f.unit_key LIKE ?) AND ns_unit_core(f.unit_key) = ?")
        params += [first, first + "/%", unit_key_core(unit)]
    for column, value in (("f.kind", kind), ("a.lang", lang), ("f.metric", metric)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    sql = (
        "SELECT f.id, f.article_id, f.kind, f.unit_key, f.unit_text, f.metric, f.value, "
        'f.max_value, f.start, f."end", f.quote, f.extractor, f.period_start, f.period_end, '
        "f.period_source, a.url, a.lang, a.published, a.title, a.source_path "
        f"FROM {FACTS} f JOIN {ARTICLES} a ON a.id = f.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.source_path, f.article_id, f.start, f.kind, f.id"
        + (f" LIMIT {int(limit)}" if limit is not None else "")
    )
    cursor = db.conn.execute(sql, params)
    for row in cursor:
        yield dict(zip(FACT_COLUMNS, row, strict=True))


def _group(db: sqlite_utils.Database, table: str, column: str) -> dict[str, int]:
    """Row counts of ``table`` per value of ``column``, largest first."""
    sql = f"SELECT coalesce({column}, '?'), count(*) FROM {table} GROUP BY 1 ORDER BY 2 DESC, 1"
    return {str(k): int(n) for k, n in db.conn.execute(sql)}


_RUN_COLUMNS = (
    "id",
    "started_at",
    "finished_at",
    "status",
    "extractor",
    "read",
    "stored",
    "duplicates",
    "skipped",
    "failed",
    "facts",
)


def database_stats(db: sqlite_utils.Database, runs: int = 5) -> dict[str, Any]:
    """What a database holds: articles per language and per extraction status, facts
    per kind, errors per reason, and the last ``runs`` runs."""
    run_rows = db.conn.execute(
        f"SELECT {', '.join(_RUN_COLUMNS)} FROM {RUNS} ORDER BY id DESC LIMIT ?", (runs,)
    )
    return {
        "articles": _group(db, ARTICLES, "lang"),
        "extract_status": _group(db, ARTICLES, "extract_status"),
        "facts": _group(db, FACTS, "kind"),
        "errors": _group(db, ERRORS, "reason"),
        "runs": [dict(zip(_RUN_COLUMNS, row, strict=True)) for row in run_rows],
    }
