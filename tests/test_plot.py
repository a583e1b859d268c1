"""plot: a PNG with several units, marker size by sources; no dated facts is an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from _factrows import row
from newsscores.errors import UsageError
from newsscores.plot import plot_series
from newsscores.series import build_series

WEEKS = ["2025-11-17/2025-11-23", "2025-11-24/2025-11-30", "2025-12-01/2025-12-07"]


@pytest.mark.parametrize("kind", ["score", "rank"])
def test_plot_writes_png(tmp_path: Path, kind: str) -> None:
    rows = [
        row(kind, unit, base + i, article=f"{unit}{i}{a}", period=w)
        for unit, base in (("bac_ninh", 91), ("hai_phong", 90))
        for i, w in enumerate(WEEKS)
        for a in range(1 + (i == 1))
    ] + [row(kind, "bac_ninh", 99, article="odd", period=WEEKS[2])]
    out = tmp_path / "chart.png"
    n = plot_series(build_series(rows, 0.011), out)
    assert n == 6
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 10_000


def test_plot_without_dated_points(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="nothing to plot"):
        plot_series(build_series([row("score", "b", 91.7, period=None)], 0.011), tmp_path / "x.png")
