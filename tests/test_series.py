"""series: one point per period, the number of sources behind it, disagreements."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from _factrows import make_db, row
from newsscores.series import SERIES_COLUMNS, build_series, series, write_series

W1, W0 = "2025-12-01/2025-12-07", "2025-11-24/2025-11-30"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # two articles agree on a week (91.7 and 91.70 are one value), one week alone
        (
            [
                row("score", "bac_ninh", 91.7, article="en", written="91.7"),
                row("score", "bac_ninh", 91.70, article="fr", written="91,70"),
                row("score", "bac_ninh", 91.5, article="en", period=W0),
            ],
            [("2025-11-24", 91.5, 1, 1, False), ("2025-12-01", 91.7, 2, 1, False)],
        ),
        # disagreement: the value most articles state wins, the point is flagged
        (
            [
                row("score", "bac_ninh", 91.7, article="a"),
                row("score", "bac_ninh", 91.7, article="b"),
                row("score", "bac_ninh", 91.9, article="c"),
            ],
            [("2025-12-01", 91.7, 2, 2, True)],
        ),
        # type words of a commune do not split a series
        (
            [
                row("score", "bac_ninh/phuong_tan_tien", 93.94, article="a"),
                row("score", "bac_ninh/tan_tien", 93.94, article="b"),
            ],
            [("2025-12-01", 93.94, 2, 1, False)],
        ),
        # undated facts are left out
        ([row("score", "bac_ninh", 91.7, period=None)], []),
    ],
)
def test_build_series(rows: list[dict[str, object]], expected: list[tuple[object, ...]]) -> None:
    points = build_series(rows, 0.011)
    assert [
        (p.period_start, p.value, p.n_sources, p.n_values, p.disagreement) for p in points
    ] == expected


def test_undated_points_one_per_article() -> None:
    rows = [
        row("score", "b", 91.7, article="a", period=None),
        row("score", "b", 91.9, article="c", period=None),
    ]
    assert len(build_series(rows, 0.011, undated=True)) == 2


def test_series_from_db_filters_kind_and_metric(tmp_path: Path) -> None:
    db = make_db(
        tmp_path / "t.db",
        [
            row("score", "bac_ninh", 91.7),
            row("score", "bac_ninh", 17.86, "satisfaction"),
            row("rank", "bac_ninh", 1),
            row("score", "hai_phong", 91.3),
        ],
    )
    assert [p.value for p in series(db, ["bac_ninh"])] == [91.7]
    assert [p.value for p in series(db, ["bac_ninh"], metric="satisfaction")] == [17.86]
    assert [p.value for p in series(db, ["bac_ninh"], kind="rank")] == [1]
    assert [p.unit for p in series(db, ["bac_ninh", "hai_phong"])] == ["bac_ninh", "hai_phong"]


@pytest.mark.parametrize("fmt", ["table", "csv", "jsonl"])
def test_write_series(fmt: str) -> None:
    points = build_series(
        [row("score", "b", 91.7, article="a"), row("score", "b", 91.9, article="c")], 0.011
    )
    out = io.StringIO()
    write_series(points, out, fmt)
    text = out.getvalue()
    if fmt == "csv":
        (rec,) = list(csv.DictReader(io.StringIO(text)))
        assert tuple(rec) == SERIES_COLUMNS and rec["disagreement"] == "True"
    elif fmt == "jsonl":
        rec = json.loads(text)
        assert rec["n_values"] == 2 and rec["values"] == "91.7;91.9"
    else:
        assert text.splitlines()[0].startswith("period_start") and "91.7" in text
