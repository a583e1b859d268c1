"""The answer commands: exit statuses, evidence on stdout, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from _factrows import make_db, row
from newsscores.cli import main


@pytest.fixture()
def db_path(tmp_path: Path) -> str:
    path = tmp_path / "t.db"
    make_db(
        path,
        [
            row("score", "bac_ninh", 91.7, article="a1"),
            row("score", "bac_ninh", 91.9, article="a2"),
            row("rank", "dong_nai", 3, article="a3"),
        ],
    )
    return str(path)


@pytest.mark.parametrize(
    ("args", "status", "text"),
    [
        (["--unit", "dong_nai", "--kind", "rank", "--value", "3"], 0, "SUPPORTED"),
        (["--unit", "dong_nai", "--kind", "rank", "--value", "5"], 1, "CONTRADICTED"),
        (["--unit", "hai_phong", "--kind", "rank", "--value", "3"], 2, "NOT FOUND"),
        (
            ["--unit", "dong_nai", "--kind", "rank", "--value", "3", "--period", "2024"],
            2,
            "NOT FOUND",
        ),
        (
            ["--unit", "dong_nai", "--kind", "rank", "--value", "3", "--period", "week 3"],
            2,
            "--period",
        ),
        (["--unit", "dong_nai", "--kind", "rank"], 2, "needs --unit, --kind and --value"),
        ([], 2, "give either a CLAIM"),
    ],
)
def test_verify_exit_status(db_path: str, args: list[str], status: int, text: str) -> None:
    result = CliRunner().invoke(main, ["verify", "--db", db_path, *args])
    assert result.exit_code == status, result.output
    assert text in result.output
    if status == 0:
        assert "https://example.org/a3" in result.output and "dong_nai rank 3" in result.output


def test_verify_json(db_path: str) -> None:
    result = CliRunner().invoke(
        main,
        [
            "verify",
            "--db",
            db_path,
            "--json",
            "--unit",
            "bac_ninh",
            "--kind",
            "score",
            "--value",
            "91.7",
        ],
    )
    out = json.loads(result.output)
    assert result.exit_code == 0 and out["verdict"] == "SUPPORTED"
    assert [e["url"] for e in out["claims"][0]["contradicting"]] == ["https://example.org/a2"]


def test_missing_database_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such database" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("tolerance", "status"), [("0.011", 1), ("0.5", 0)])
def test_check_exit_status(db_path: str, tolerance: str, status: int) -> None:
    result = CliRunner().invoke(
        main, ["check", "--db", db_path, "--json", "--tolerance", tolerance]
    )
    assert result.exit_code == status
    findings = json.loads(result.output)
    assert len(findings) == status
    if findings:
        assert findings[0]["check"] == "conflicting_values"
        assert {e["url"] for e in findings[0]["evidence"]} == {
            "https://example.org/a1",
            "https://example.org/a2",
        }


def test_series_and_plot(db_path: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["series", "--db", db_path, "--unit", "bac_ninh", "--format", "csv"]
    )
    assert result.exit_code == 0
    assert result.output.splitlines()[1].startswith("2025-12-01,2025-12-07,bac_ninh,score,total,")
    out = tmp_path / "p.png"
    result = CliRunner().invoke(
        main, ["plot", "--db", db_path, "--unit", "bac_ninh", "--out", str(out)]
    )
    assert result.exit_code == 0 and out.stat().st_size > 0


def test_metadata_command(db_path: str, tmp_path: Path) -> None:
    out = tmp_path / "m.json"
    result = CliRunner().invoke(main, ["metadata", "--out", str(out), "--db", db_path])
    assert result.exit_code == 0
    assert "t" in json.loads(out.read_text())["databases"]
