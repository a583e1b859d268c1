"""``newsscores doctor``: integrity, runs left running, failed inputs and why; read-only."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import start_dead_run
from newsscores import store
from newsscores.cli import main
from newsscores.doctor import diagnose
from newsscores.errors import StorageError
from newsscores.pipeline import ingest


@pytest.fixture
def troubled(tmp_path: Path, tmp_db: Path, fake_extractor: object) -> Path:
    """A database with one stored article, two failed inputs and a run a killed
    process left ``running``."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Bac Ninh reached 61.25 points.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01" * 50)
    (folder / "bad.jsonl").write_text('{"text": 1}\n', encoding="utf-8")
    ingest([folder], tmp_db, workers=1)
    db = store.open_db(tmp_db)
    start_dead_run(db, 2)
    db.conn.close()
    return tmp_db


def test_report_names_stale_runs_and_failed_inputs(troubled: Path) -> None:
    report = diagnose(troubled)
    assert report.healthy and report.integrity == ["ok"]
    assert [(r.command, r.alive) for r in report.stale_runs] == [("ingest", False)]
    assert report.failed == {"binary": 1, "malformed": 1}
    messages = {s.reason: s.message for s in report.failed_sources}
    assert "binary.txt" in messages["binary"] and "bad.jsonl#line 1" in messages["malformed"]


def test_doctor_changes_nothing(troubled: Path) -> None:
    def content() -> list[str]:
        # the logical content: a checkpoint of another connection's WAL may move bytes
        with contextlib.closing(sqlite3.connect(troubled)) as conn:
            return list(conn.iterdump())

    before = content()
    code = CliRunner().invoke(main, ["doctor", "--db", str(troubled)]).exit_code
    assert code == 0
    assert content() == before
    statuses = sqlite3.connect(troubled).execute("SELECT status FROM runs").fetchall()
    assert ("running",) in statuses, "a stale run is reported, not marked"


def test_cli_text_and_json(troubled: Path) -> None:
    result = CliRunner().invoke(main, ["doctor", "--db", str(troubled)])
    assert result.exit_code == 0
    assert "integrity: ok" in result.output
    assert "runs left running: 1 whose process is gone" in result.output
    assert "binary: 1" in result.output and "binary.txt" in result.output
    result = CliRunner().invoke(main, ["doctor", "--db", str(troubled), "--json"])
    data = json.loads(result.output)
    assert data["healthy"] is True and data["failed"] == {"binary": 1, "malformed": 1}


def test_corruption_exits_one(troubled: Path) -> None:
    data = bytearray(troubled.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # scramble every page after the schema
        data[offset + 100 : offset + 400] = b"\xa5" * 300
    troubled.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{troubled}{suffix}").unlink(missing_ok=True)
    result = CliRunner().invoke(main, ["doctor", "--db", str(troubled)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_foreign_or_missing_database_is_a_one_line_error(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for path in (other, tmp_path / "missing.db"):
        result = CliRunner().invoke(main, ["doctor", "--db", str(path)])
        assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    with pytest.raises(StorageError, match="not a newsscores database"):
        diagnose(other)
