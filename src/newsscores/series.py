"""``series``: a tidy period-by-period table of one unit's figures, with the number of
sources behind each point.

One row per (unit, kind, metric, period). When sources disagree, the value stated
by the most articles is kept (ties: the earliest evidence) and the row is flagged, so
a researcher can plot the series and still see which points are contested.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import IO, Any

import sqlite_utils

from .evidence import FactRow, half_ulp, load_facts, period_of, unit_group
from .settings import SETTINGS

__all__ = ["SeriesPoint", "SERIES_COLUMNS", "build_series", "series", "write_series"]

SERIES_COLUMNS = (
    "period_start",
    "period_end",
    "unit",
    "kind",
    "metric",
    "value",
    "n_sources",
    "n_values",
    "disagreement",
    "values",
    "urls",
)


@dataclass(frozen=True)
class SeriesPoint:
    """One point of a series: the value, how many articles state it, and whether any
    article states another value for the same period."""

    period_start: str | None
    period_end: str | None
    unit: str
    kind: str
    metric: str | None
    value: float
    n_sources: int
    n_values: int
    disagreement: bool
    values: str
    urls: str


def _default_metric(kind: str) -> str | None:
    return None if kind == "streak" else "total"


def build_series(
    rows: Iterable[FactRow], tolerance: float | None = None, undated: bool = False
) -> list[SeriesPoint]:
    """Points from fact rows (already filtered to the units, kind and metric wanted).

    Facts that are the previous value of a move count for the earlier period; facts
    without a period are left out unless ``undated`` (then one point per article).
    """
    tol = SETTINGS.rounding_tolerance if tolerance is None else tolerance
    groups: dict[tuple[str, str, str | None, tuple[str, ...]], list[FactRow]] = defaultdict(list)
    for r in rows:
        p = period_of(r)
        if p is None and not undated:
            continue
        slot: tuple[str, ...] = p if p is not None else ("", "", str(r["article_id"]))
        groups[(unit_group(r["unit_key"]), r["kind"], r.get("metric"), slot)].append(r)
    out = []
    for (unit, kind, metric, slot), group in groups.items():
        clusters: list[list[FactRow]] = []
        for r in group:
            slack = 0.0 if kind in ("rank", "streak") else tol
            for c in clusters:
                written = half_ulp(r.get("written"), float(r["value"])) if slack else 0.0
                if abs(float(c[0]["value"]) - float(r["value"])) <= slack + written:
                    c.append(r)
                    break
            else:
                clusters.append([r])

        def n_articles(c: list[FactRow]) -> int:
            return len({x["article_id"] for x in c})

        best = max(clusters, key=n_articles)  # max keeps the first of equals
        urls = sorted({str(x.get("url") or x["article_id"]) for x in best})
        out.append(
            SeriesPoint(
                period_start=slot[0] or None,
                period_end=slot[1] or None,
                unit=unit,
                kind=kind,
                metric=metric,
                value=float(best[0]["value"]),
                n_sources=n_articles(best),
                n_values=len(clusters),
                disagreement=len(clusters) > 1,
                values=";".join(f"{c[0]['value']:g}" for c in clusters),
                urls=" ".join(urls),
            )
        )
    out.sort(key=lambda p: (p.unit, p.kind, str(p.metric), p.period_start or "9999", p.urls))
    return out


def series(
    db: sqlite_utils.Database,
    units: list[str],
    kind: str = "score",
    metric: str | None = None,
    tolerance: float | None = None,
    undated: bool = False,
) -> list[SeriesPoint]:
    """The series of each unit in ``units`` (keys compared without type words)."""
    metric = metric or _default_metric(kind)
    rows: list[FactRow] = []
    for unit in units:
        rows.extend(
            r
            for r in load_facts(db, unit=unit, kind=kind)
            if kind == "streak" or (r.get("metric") or "total") == metric
        )
    return build_series(rows, tolerance, undated)


def _cells(p: SeriesPoint) -> dict[str, Any]:
    return asdict(p)


def write_series(points: list[SeriesPoint], out: IO[str], fmt: str = "table") -> None:
    """Write ``points`` as an aligned table, CSV or JSON Lines."""
    if fmt == "jsonl":
        for p in points:
            out.write(json.dumps(_cells(p), ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        w = csv.DictWriter(out, fieldnames=SERIES_COLUMNS, lineterminator="\n")
        w.writeheader()
        for p in points:
            w.writerow(_cells(p))
        return
    shown = [c for c in SERIES_COLUMNS if c not in ("values", "urls")] + ["values"]
    table = [
        [
            ("" if v is None else f"{v:g}" if isinstance(v, float) else str(v))
            for v in (_cells(p)[c] for c in shown)
        ]
        for p in points
    ]
    widths = [max([len(c), *(len(row[i]) for row in table)]) for i, c in enumerate(shown)]
    buf = io.StringIO()
    buf.write("  ".join(c.ljust(w) for c, w in zip(shown, widths, strict=True)).rstrip() + "\n")
    for row in table:
        buf.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write(buf.getvalue())
