"""spark-ingest in Spark local mode, then load: the same database as ingest.

One SparkSession (``local[2]``, no UI, bound to 127.0.0.1) serves the whole test
session; the tests skip when pyspark or Java is missing.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from _warcset import write_warcs
from newsscores import store
from newsscores.cli import main
from newsscores.load import load_output
from newsscores.pipeline import ingest

#: Columns that say when or in which run a row was written, not what it holds.
_VOLATILE = {"ingested_at", "run_id", "at"}
_TABLES = ("articles", "facts", "fact_evidence", "errors", "sources")


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'newsscores[spark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java on this machine (Spark needs Java 17+)")
    from newsscores.spark_job import LOCAL_CONF, spark_session

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYSPARK_PYTHON", sys.executable)
        mp.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
        mp.setenv("SPARK_LOCAL_IP", "127.0.0.1")
        mp.setitem(LOCAL_CONF, "spark.sql.shuffle.partitions", "2")
        session = spark_session("local[2]", app_name="newsscores-tests")
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


def _spark_ingest(*args: str) -> Any:
    return CliRunner().invoke(main, ["spark-ingest", *args])


def _manifest(path: Path, entries: list[Path]) -> Path:
    path.write_text("".join(f"{e}\n" for e in entries))
    return path


@pytest.fixture(scope="module")
def run(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """spark-ingest of a manifest (two WARCs and a missing path) loaded into one
    database, and ingest of the same paths into another."""
    base = tmp_path_factory.mktemp("spark")
    first, second = write_warcs(base)
    entries = [first, second, base / "missing.warc.gz"]
    out = base / "out"
    result = _spark_ingest(str(_manifest(base / "m.txt", entries)), "--out", str(out))
    assert result.exit_code == 0, result.output
    loaded = base / "loaded.db"
    load_output(out, loaded)
    ingested = base / "ingested.db"
    ingest(entries, ingested, workers=1)
    return {"out": out, "loaded": loaded, "ingested": ingested, "base": base}


def _rows(db: Path, table: str) -> list[tuple[Any, ...]]:
    cur = store.open_db(db).conn.execute(f"SELECT * FROM {table}")
    keep = [i for i, d in enumerate(cur.description) if d[0] not in _VOLATILE]
    return sorted((tuple(r[i] for i in keep) for r in cur.fetchall()), key=repr)


@pytest.mark.slow
def test_same_rows_as_ingest(run: dict[str, Path]) -> None:
    for table in _TABLES:
        assert _rows(run["loaded"], table) == _rows(run["ingested"], table), table
    assert _rows(run["loaded"], "facts")


@pytest.mark.slow
def test_output_content(run: dict[str, Path]) -> None:
    db = store.open_db(run["loaded"])
    langs = dict(db.conn.execute("SELECT lang, count(*) FROM articles GROUP BY lang").fetchall())
    assert langs == {"en": 2, "vi": 1}  # the copy in b.warc.gz is the same article
    off_topic = db.conn.execute(
        "SELECT count(f.id) FROM articles a LEFT JOIN facts f ON f.article_id = a.id "
        "WHERE a.url LIKE '%soup'"
    ).fetchone()[0]
    assert off_topic == 0
    outcomes = sorted(r[0] for r in db.conn.execute("SELECT outcome FROM sources"))
    assert outcomes == ["duplicate", "error:encoding", "stored", "stored", "stored"]
    errors = db.conn.execute("SELECT source_path, reason FROM errors ORDER BY reason").fetchall()
    assert [r[1] for r in errors] == ["encoding", "not_found"]
    assert errors[1][0].endswith("missing.warc.gz")
    parts = {p.name for p in (run["out"] / "articles").iterdir() if p.is_dir()}
    assert parts == {"lang=en", "lang=vi"}
    assert {p.name for p in (run["out"] / "errors").iterdir() if p.is_dir()} == {"lang=und"}


@pytest.mark.slow
def test_rerun_replaces_the_output(run: dict[str, Path]) -> None:
    base = run["base"]
    out = base / "again"
    shutil.copytree(run["out"], out)
    junk = base / "junk.warc.gz"
    junk.write_bytes(b"not a WARC file " * 20)
    manifest = _manifest(base / "m2.txt", [junk, base / "b.warc.gz"])
    result = _spark_ingest(str(manifest), "--out", str(out), "--partitions", "1")
    assert result.exit_code == 0, result.output
    db = base / "again.db"
    load_output(out, db)
    sources = sorted(r[2] for r in _rows(db, "sources"))
    assert sources == ["error:malformed", "stored", "stored"]  # nothing left of a.warc.gz
    assert [r[3] for r in _rows(db, "errors")] == ["malformed"]
    assert len(_rows(db, "articles")) == 2


@pytest.mark.slow
def test_foreign_folder_is_refused(spark: Any, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.tex").write_text("keep me")
    manifest = _manifest(tmp_path / "m.txt", [tmp_path / "a.warc.gz"])
    result = _spark_ingest(str(manifest), "--out", str(mine))
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "is not newsscores output" in result.output
    assert [p.name for p in mine.iterdir()] == ["thesis.tex"]


@pytest.mark.parametrize("content", ["", "\n# nothing yet\n"])
def test_empty_manifest_is_a_one_line_usage_error(tmp_path: Path, content: str) -> None:
    manifest = tmp_path / "m.txt"
    manifest.write_text(content)
    result = _spark_ingest(str(manifest), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.output == f"error: {manifest}: manifest lists no input paths (one WARC or .jsonl a line)\n"
    assert not (tmp_path / "out").exists()


def test_spark_submit_file_runs_spark_ingest(tmp_path: Path) -> None:
    from newsscores import spark_submit

    manifest = tmp_path / "m.txt"
    manifest.write_text("")
    with pytest.raises(SystemExit) as stop:
        spark_submit.run([str(manifest), "--out", str(tmp_path / "o")])
    assert stop.value.code == 2


def test_without_pyspark_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)  # import fails as if not installed
    manifest = _manifest(tmp_path / "m.txt", [tmp_path / "a.warc.gz"])
    result = _spark_ingest(str(manifest), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert 'pip install "newsscores[spark]"' in result.output
    assert not (tmp_path / "out").exists()
