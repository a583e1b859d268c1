"""export --format parquet: typed columns researchers can load directly."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from _factrows import make_db, row
from newsscores.cli import main
from newsscores.export import export_facts


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    make_db(
        path,
        [
            row("score", "bac_ninh", 91.7, article="a"),
            row("rank", "bac_ninh", 1, article="a"),
            row("streak", "bac_ninh", 4, period=None, article="b"),
        ],
    )
    return path


def test_parquet_file(db_path: Path, tmp_path: Path) -> None:
    from newsscores.store import open_db

    out = tmp_path / "facts.parquet"
    assert export_facts(open_db(db_path), "parquet", out) == 3
    table = pq.read_table(out)
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("start").type) == "int64"
    recs = sorted(table.to_pylist(), key=lambda r: r["kind"])
    assert [r["kind"] for r in recs] == ["rank", "score", "streak"]
    assert recs[1]["period_start"] == date(2025, 12, 1) and recs[2]["period_start"] is None
    assert recs[1]["url"] == "https://example.org/a"


def test_parquet_to_stdout(db_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["export", "--db", str(db_path), "--format", "parquet", "--kind", "score"]
    )
    assert result.exit_code == 0, result.output
    assert pq.read_table(io.BytesIO(result.stdout_bytes)).num_rows == 1
