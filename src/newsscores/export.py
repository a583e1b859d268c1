"""Export facts, joined with their article's URL, language, date and title.

Each format is a writer in :data:`EXPORTERS` taking the rows and a binary stream, so
a new format is one function and one entry.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

import sqlite_utils

from .errors import UsageError
from .query import FACT_COLUMNS, select_facts

__all__ = [
    "EXPORTERS",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_table",
    "write_text",
    "export_facts",
]

Rows = Iterable[dict[str, Any]]


def write_csv(rows: Rows, out: IO[bytes]) -> int:
    """Rows as UTF-8 CSV with a header line; the number of rows written."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=list(FACT_COLUMNS), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    text.flush()
    text.detach()
    return n


def write_jsonl(rows: Rows, out: IO[bytes]) -> int:
    """Rows as JSON Lines (one object a line, UTF-8); the number of rows written."""
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
        n += 1
    return n


_TABLE = ("kind", "unit_key", "metric", "value", "max_value", "lang", "quote", "url")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def write_table(rows: Rows, out: IO[str], quote_width: int = 60) -> int:
    """Rows as an aligned text table for a terminal (quotes shortened); rows written."""
    cells: list[list[str]] = []
    for row in rows:
        quote = " ".join(str(row.get("quote") or "").split())
        if len(quote) > quote_width:
            quote = quote[: quote_width - 1] + "…"
        cells.append([_cell(quote if col == "quote" else row.get(col)) for col in _TABLE])
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(_TABLE)]
    for line in [list(_TABLE), *cells]:
        out.write("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() + "\n")
    return len(cells)


_FLOATS, _INTS, _DATES = (
    {"value", "max_value"},
    {"start", "end"},
    {"period_start", "period_end", "published"},
)


def write_text(rows: Rows, out: IO[str]) -> int:
    """Rows as readable blocks: the fact, its quote in full, its URL; rows written."""
    n = 0
    for row in rows:
        metric = f" {row['metric']}" if row.get("metric") else ""
        top = f" / {_cell(row['max_value'])}" if row.get("max_value") is not None else ""
        url = row.get("url") or row.get("source_path")
        out.write(
            f"{row['kind']} {row['unit_key']}{metric} = {_cell(row['value'])}{top}"
            f"  [{row.get('lang')}]\n  \"{row.get('quote')}\"\n  {url}\n"
        )
        n += 1
    return n


def write_parquet(rows: Rows, out: IO[bytes]) -> int:
    """Rows as a Parquet file (typed columns: floats, integer offsets, dates); rows written."""
    from datetime import date

    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(c: str) -> Any:
        return (
            pa.float64()
            if c in _FLOATS
            else pa.int64()
            if c in _INTS
            else (pa.date32() if c in _DATES else pa.string())
        )

    schema = pa.schema([(c, kind(c)) for c in FACT_COLUMNS])
    data: list[dict[str, Any]] = []
    for row in rows:
        rec = {c: row.get(c) for c in FACT_COLUMNS}
        for c in _DATES:
            rec[c] = date.fromisoformat(str(rec[c])[:10]) if rec[c] else None
        data.append(rec)
    pq.write_table(pa.Table.from_pylist(data, schema=schema), out)
    return len(data)


#: Format name → writer.
EXPORTERS: dict[str, Callable[[Rows, IO[bytes]], int]] = {
    "csv": write_csv,
    "jsonl": write_jsonl,
    "parquet": write_parquet,
}


def export_facts(
    db: sqlite_utils.Database, fmt: str, out: IO[bytes] | str | Path, **filters: Any
) -> int:
    """Write the facts selected by ``filters`` (see :func:`select_facts`) in format
    ``fmt`` to a binary stream or a file path; the number of facts written."""
    try:
        writer = EXPORTERS[fmt]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r} (known: {', '.join(EXPORTERS)})") from None
    rows = select_facts(db, **filters)
    if isinstance(out, str | Path):
        with open(out, "wb") as fh:
            return writer(rows, fh)
    return writer(rows, out)
