"""load: Parquet output of spark-ingest into SQLite, streamed and idempotent. The
Parquet here is written with pyarrow from the cluster rows (no Spark needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from _warcset import write_warcs
from newsscores import cluster, store
from newsscores.cli import main
from newsscores.errors import UsageError
from newsscores.load import load_output

AT = "2025-01-01T00:00:00+00:00"
_ARROW = {str: pa.string(), float: pa.float64(), int: pa.int64()}


def _write_output(folder: Path, rows: dict[str, list[dict[str, Any]]], status: str = "done") -> None:
    """The datasets as spark-ingest lays them out: Parquet partitioned by language."""
    folder.mkdir(parents=True, exist_ok=True)
    for dataset in cluster.DATASETS:
        target = folder / dataset.name
        target.mkdir()
        (target / "_SUCCESS").write_bytes(b"")
        if not rows.get(dataset.name):
            continue  # Spark writes no data file for an empty dataset
        fields = [(c, _ARROW[t]) for c, t in dataset.columns.items()]
        if cluster.PARTITION_COLUMN not in dataset.columns:
            fields.append((cluster.PARTITION_COLUMN, pa.string()))
        table = pa.Table.from_pylist(rows[dataset.name], schema=pa.schema(fields))
        pq.write_to_dataset(table, target, partition_cols=[cluster.PARTITION_COLUMN])
    (folder / cluster.MARKER).write_text(cluster.marker_text(status))


def _rows_of(paths: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """Rows of files without repeated articles (no Spark: no deduplication needed)."""
    out: dict[str, list[dict[str, Any]]] = {d.name: [] for d in cluster.DATASETS}
    for i, path in enumerate(paths):
        for rec in cluster.file_records(i, str(path), AT):
            lang = {cluster.PARTITION_COLUMN: rec[cluster.PARTITION_COLUMN]}
            if rec["article"] is not None:
                out["articles"].append(rec["article"])
            for name in ("facts", "evidence", "errors"):
                out[name] += [{**r, **lang} for r in rec[name]]
            if rec["source_outcome"] is not None:
                outcome = rec["source_outcome"].replace("article", "stored")
                article_id = rec["article"]["id"] if rec["article"] else None
                out["sources"].append(
                    {"source_path": rec["source_path"], "article_id": article_id,
                     "outcome": outcome, "run_id": None,
                     "fingerprint": rec["fingerprint"], **lang}
                )
    return out


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("load")
    first, _ = write_warcs(base)
    folder = base / "out"
    _write_output(folder, _rows_of([first]))
    return folder


def _count(db: Path, table: str, where: str = "1") -> int:
    return int(store.open_db(db).conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])


def test_load_fills_the_tables_and_a_runs_row(output: Path, tmp_db: Path) -> None:
    report = load_output(output, tmp_db)
    assert report.read == report.added
    assert report.added["articles"] == 2 and report.added["errors"] == 1
    assert report.added["facts"] == _count(tmp_db, "facts") > 0
    assert _count(tmp_db, "articles", "lang = 'vi'") == 1
    db = store.open_db(tmp_db)
    (run,) = db.conn.execute("SELECT id, command, status, stored, failed FROM runs").fetchall()
    assert run == (report.run_id, "load", "done", 2, 1)
    run_ids = db.conn.execute("SELECT DISTINCT run_id FROM errors UNION SELECT run_id FROM sources")
    assert [r[0] for r in run_ids] == [report.run_id]
    hits = db.conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Ninh'")
    assert hits.fetchone()[0] == 2


def test_load_again_adds_nothing(output: Path, tmp_db: Path) -> None:
    load_output(output, tmp_db)
    before = {t: _count(tmp_db, t) for t in ("articles", "facts", "errors", "sources")}
    again = load_output(output, tmp_db)
    assert set(again.added.values()) == {0}
    assert {t: _count(tmp_db, t) for t in before} == before
    assert _count(tmp_db, "runs", "command = 'load'") == 2


def test_small_batches_give_the_same_database(output: Path, tmp_path: Path) -> None:
    whole, batched = tmp_path / "whole.db", tmp_path / "batched.db"
    load_output(output, whole)
    load_output(output, batched, batch_rows=1)
    for table in ("articles", "facts", "errors", "sources"):
        sql = f"SELECT * FROM {table} ORDER BY 1"
        drop = {"run_id"}
        rows = []
        for path in (whole, batched):
            cur = store.open_db(path).conn.execute(sql)
            keep = [i for i, d in enumerate(cur.description) if d[0] not in drop]
            rows.append([tuple(r[i] for i in keep) for r in cur.fetchall()])
        assert rows[0] == rows[1]


def test_load_of_a_folder_that_is_not_output_is_refused(tmp_path: Path, tmp_db: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match="not newsscores spark-ingest output"):
        load_output(tmp_path, tmp_db)
    assert not tmp_db.exists()


def test_load_of_unfinished_output_is_refused(tmp_path: Path, tmp_db: Path) -> None:
    _write_output(tmp_path / "out", {}, status="running")
    result = CliRunner().invoke(main, ["load", str(tmp_path / "out"), "--db", str(tmp_db)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "did not finish" in result.output


def test_load_cli_of_empty_output(tmp_path: Path, tmp_db: Path) -> None:
    _write_output(tmp_path / "out", {})
    result = CliRunner().invoke(main, ["load", str(tmp_path / "out"), "--db", str(tmp_db)])
    assert result.exit_code == 0, result.output
    assert "articles 0/0" in result.output
