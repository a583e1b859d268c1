"""The command line: help with examples, exit codes, one-line errors, output formats."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsscores.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("name", _commands())
def test_every_command_help_has_an_example(name: str) -> None:
    code, out, _ = run(name, "--help")
    assert code == 0 and "Example:" in out
    example = out.split("Example:", 1)[1]
    assert f"newsscores {name}" in example


def test_the_group_help_has_an_example() -> None:
    code, out, _ = run("--help")
    assert code == 0 and "Example:" in out
    for name in ("ingest", "facts", "export", "stats"):
        assert name in out


@pytest.fixture
def ingested(corpus_dir: Path, tmp_db: Path, fake_extractor: object) -> Path:
    code, out, err = run("ingest", str(corpus_dir), "--db", str(tmp_db), "--workers", "1")
    assert code == 0, err
    assert "stored 19" in out and "failed 0" in out
    return tmp_db


def test_ingest_twice_adds_nothing_and_exits_zero(corpus_dir: Path, ingested: Path) -> None:
    code, out, _ = run("ingest", str(corpus_dir), "--db", str(ingested), "-j", "1")
    assert code == 0 and "stored 0" in out and "already ingested 19" in out


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (lambda p: (p / "empty").mkdir() or p / "empty", "folder holds no article files"),
        (lambda p: p / "missing", "no such file or folder"),
        (lambda p: (p / "b.txt").write_bytes(b"\x00" * 9) and p / "b.txt", "binary"),
    ],
)
def test_nothing_ingestable_exits_one_with_a_one_line_error(
    tmp_path: Path, tmp_db: Path, setup: object, words: str
) -> None:
    path = setup(tmp_path)  # type: ignore[operator]
    code, _, err = run("ingest", str(path), "--db", str(tmp_db), "-j", "1")
    assert code == 1
    (line,) = [x for x in err.splitlines() if x.startswith("error:")]
    assert str(path) in line and words in line
    assert "Traceback" not in err


@pytest.mark.parametrize("db", ["missing-dir/x.db", "a-file/x.db", "not-sqlite.db"])
def test_unusable_db_path_is_a_one_line_error(corpus_dir: Path, tmp_path: Path, db: str) -> None:
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "not-sqlite.db").write_text("plain text " * 200)
    target = str(tmp_path / db)
    code, _, err = run("ingest", str(corpus_dir), "--db", target, "-j", "1")
    assert code == 1 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and tmp_path.name in err


@pytest.mark.parametrize(
    "args",
    [
        ["ingest", "corpus"],  # no --db
        ["ingest", "--db", "x.db"],  # no path
        ["facts", "--db", "x.db", "--format", "xml"],
        ["ingest", "corpus", "--db", "x.db", "--workers", "0"],
    ],
)
def test_usage_errors_exit_two(args: list[str]) -> None:
    assert run(*args)[0] == 2


@pytest.mark.parametrize("command", ["facts", "stats", "export --format csv", "reextract"])
def test_reading_a_missing_database_is_an_error(tmp_path: Path, command: str) -> None:
    db = tmp_path / "nope.db"
    code, _, err = run(*command.split(), "--db", str(db))
    assert code == 1 and "nope.db" in err
    assert not db.exists()


def test_facts_table_csv_and_jsonl(ingested: Path) -> None:
    code, table, _ = run("facts", "--db", str(ingested), "--unit", "bac_ninh", "--limit", "3")
    assert code == 0 and table.splitlines()[0].split()[:2] == ["kind", "unit_key"]
    assert len(table.splitlines()) == 4
    code, out, _ = run("facts", "--db", str(ingested), "--lang", "fr", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows and {r["lang"] for r in rows} == {"fr"}
    code, out, _ = run("facts", "--db", str(ingested), "--kind", "rank", "--format", "csv")
    assert code == 0 and out.splitlines() == [out.splitlines()[0]]  # header only


def test_export_to_a_file(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    code, _, err = run("export", "--db", str(ingested), "--format", "jsonl", "--out", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert code == 0 and f"{len(lines)} facts written" in err
    assert lines and all(json.loads(line)["lang"] in ("en", "fr", "no", "vi") for line in lines)


def test_stats(ingested: Path) -> None:
    code, out, _ = run("stats", "--db", str(ingested))
    assert code == 0
    assert "articles per language: 19" in out and "facts per kind:" in out and "#1" in out
    code, out, _ = run("stats", "--db", str(ingested), "--json")
    assert json.loads(out)["articles"] == {"en": 6, "vi": 5, "fr": 4, "no": 4}


def test_reextract_after_a_version_change(ingested: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsscores import settings

    monkeypatch.setattr(settings, "EXTRACTOR_VERSION", "rules-next")
    code, out, _ = run("reextract", "--db", str(ingested), "-j", "1")
    assert code == 0 and "re-extracted 19" in out
    code, out, _ = run("reextract", "--db", str(ingested), "-j", "1")
    assert code == 0 and "re-extracted" not in out


def test_commands_are_click_commands() -> None:
    assert all(isinstance(c, click.Command) for c in main.commands.values())


# --------------------------------------------------------------- issue 13: bad input, exit status


def test_malformed_setting_refuses_commands_but_help_works() -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "NEWSSCORES_BATCH_SIZE": "x"}
    cli = "from newsscores.cli import main; main()"
    for args in (["--help"], ["ingest", "--help"]):
        done = subprocess.run(
            [sys.executable, "-c", cli, *args], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0 and "Usage:" in done.stdout, done.stderr
    done = subprocess.run(
        [sys.executable, "-c", cli, "stats", "--db", "x.db"], env=env, capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "NEWSSCORES_BATCH_SIZE='x' is not an integer" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_export_refuses_to_write_over_the_database(ingested: Path, suffix: str) -> None:
    target = Path(f"{ingested}{suffix}")
    before = target.read_bytes() if target.exists() else None
    code, _, err = run("export", "--db", str(ingested), "--format", "csv", "--out", str(target))
    assert code == 2 and "that is the database" in err
    assert (target.read_bytes() if target.exists() else None) == before


def test_export_refuses_any_sqlite_file(ingested: Path, tmp_path: Path) -> None:
    import shutil

    other = tmp_path / "other.sqlite"
    shutil.copy(ingested, other)
    code, _, err = run("export", "--db", str(ingested), "--format", "csv", "--out", str(other))
    assert code == 2 and "is a SQLite database" in err


def test_ingest_into_a_foreign_database_is_a_one_line_error(
    corpus_dir: Path, tmp_path: Path
) -> None:
    import sqlite3

    other = tmp_path / "app.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE facts (anything)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    code, _, err = run("ingest", str(corpus_dir), "--db", str(other), "-j", "1")
    assert code == 1 and "not a newsscores database" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert other.read_bytes() == before


def test_retry_failed_option(tmp_path: Path, tmp_db: Path, fake_extractor: object) -> None:
    (tmp_path / "a.txt").write_text("Bac Ninh reached 61.25 points.\n", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xfa\xfb not utf-8 " * 10)
    code, out, err = run("ingest", str(tmp_path), "--db", str(tmp_db), "-j", "1")
    assert code == 0 and "failed 1" in out and "b.txt" in err
    code, out, _ = run("ingest", str(tmp_path), "--db", str(tmp_db), "-j", "1")
    assert "already ingested 2" in out and "failed 0" in out
    code, out, _ = run("ingest", str(tmp_path), "--db", str(tmp_db), "-j", "1", "--retry-failed")
    assert "already ingested 1" in out and "failed 1" in out


def test_facts_limit_beyond_sqlite_is_a_usage_error(ingested: Path) -> None:
    code, _, err = run("facts", "--db", str(ingested), "--limit", "99999999999999999999")
    assert code == 2 and "--limit" in err and "Traceback" not in err
    code, out, _ = run("facts", "--db", str(ingested), "--limit", str(2**63 - 1))
    assert code == 0 and out


@pytest.mark.parametrize(
    "args",
    [
        ["plot", "--unit", "bac_ninh", "--out"],
        ["metadata", "--out"],
    ],
    ids=["plot", "metadata"],
)
def test_plot_and_metadata_refuse_to_write_over_the_database(
    ingested: Path, args: list[str]
) -> None:
    import sqlite3

    def facts() -> int:
        return int(sqlite3.connect(ingested).execute("SELECT count(*) FROM facts").fetchone()[0])

    before = facts()
    code, _, err = run(*args, str(ingested), "--db", str(ingested))
    assert code == 2 and "that is the database" in err
    assert before > 0 and facts() == before  # still the same database, not a PNG or JSON
