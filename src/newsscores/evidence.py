"""Facts with their evidence, as ``verify``, ``check`` and ``series`` read them.

A *fact row* is a plain dict: the ``facts`` columns plus the article's ``url``,
``lang``, ``published`` and ``title``, the figure as written (``written``) and the
few characters after it (``after``, for a percentage restating a score). The check
and verify logic takes lists of such dicts, so it can be tested without a database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from .query import unit_key_core, unit_keys_match

__all__ = [
    "FactRow",
    "load_facts",
    "evidence",
    "unit_keys_match",
    "unit_group",
    "half_ulp",
    "period_of",
    "is_previous",
]

FactRow = dict[str, Any]

_SELECT = """
select f.*, a.url as url, a.lang as lang, a.published as published, a.title as title,
       substr(a.text, f."start" + 1, f."end" - f."start") as written,
       substr(a.text, f."end" + 1, 80) as after
from facts f join articles a on a.id = f.article_id
"""


def unit_group(key: str) -> str:
    """The comparable form of a unit key (type words of sub-units dropped)."""
    return unit_key_core(key)


def load_facts(
    db: sqlite_utils.Database,
    unit: str | None = None,
    kind: str | None = None,
    metric: str | None = None,
) -> list[FactRow]:
    """Every fact (optionally of one unit, kind, metric) joined with its article."""
    where, params = [], {}
    if kind:
        where.append("f.kind = :kind")
        params["kind"] = kind
    if metric:
        where.append("f.metric = :metric")
        params["metric"] = metric
    sql = _SELECT + (" where " + " and ".join(where) if where else "")
    sql += ' order by f.period_start, a.published, f.article_id, f."start"'
    rows = [dict(r) for r in db.query(sql, params)]
    if unit:
        rows = [r for r in rows if unit_keys_match(unit, r["unit_key"])]
    return rows


def half_ulp(written: str | None, value: float) -> float:
    """Half a unit in the last stated decimal: the rounding a stated figure may hide.

    ``91,7`` → 0.05, ``20.78`` → 0.005, ``10`` → 0.5; for words (``fourth``) 0.
    """
    m = re.search(r"\d+(?:[.,](\d+))?", written or "")
    if m is None:
        return 0.0 if value == int(value) else 0.005
    decimals = len(m.group(1) or "")
    # "11,000" / "19.000" are thousands separators, not decimals
    if decimals == 3 and value == int(value):
        decimals = 0
    return 0.5 * 10.0**-decimals


def period_of(row: FactRow) -> tuple[str, str] | None:
    """(period_start, period_end) of a fact, or None when its period is unknown."""
    if row.get("period_start") and row.get("period_end"):
        return (str(row["period_start"]), str(row["period_end"]))
    return None


def is_previous(row: FactRow) -> bool:
    """True when the fact is the earlier value of a stated move (``from X to Y``)."""
    return str(row.get("period_source") or "").endswith(":previous")


def evidence(row: FactRow) -> dict[str, Any]:
    """The evidence a reader needs to check a fact at its source."""
    p = period_of(row)
    return {
        "article_id": row.get("article_id"),
        "url": row.get("url"),
        "date": row.get("published"),
        "lang": row.get("lang"),
        "kind": row.get("kind"),
        "unit_key": row.get("unit_key"),
        "metric": row.get("metric"),
        "value": row.get("value"),
        "max_value": row.get("max_value"),
        "period": f"{p[0]}/{p[1]}" if p else None,
        "period_source": row.get("period_source"),
        "start": row.get("start"),
        "end": row.get("end"),
        "written": row.get("written"),
        "quote": row.get("quote"),
    }


def distinct(values: Iterable[float], tol: float) -> list[float]:
    """The values of ``values`` that differ from each other by more than ``tol``."""
    out: list[float] = []
    for v in sorted(values):
        if not out or abs(v - out[-1]) > tol:
            out.append(v)
    return out
