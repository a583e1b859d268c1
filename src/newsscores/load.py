"""``load``: the Parquet output of ``spark-ingest`` into a newsscores SQLite database.

The datasets are read as a stream of record batches (pyarrow datasets), so memory
stays bounded whatever their size, and written with INSERT OR IGNORE into the same
tables ``ingest`` fills: loading twice, or loading output that overlaps what is
stored, adds nothing twice. Each load is a ``runs`` row (command ``load``), and the
``errors`` and ``sources`` rows it adds point to it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from . import store
from .cluster import DATASETS, PARTITION_COLUMN, Dataset, read_marker

__all__ = ["LoadReport", "BATCH_ROWS", "load_output"]

#: Rows read and inserted at a time (articles carry their whole text).
BATCH_ROWS = 500


@dataclass
class LoadReport:
    """What one load read and added, per dataset."""

    run_id: int = 0
    read: dict[str, int] = field(default_factory=dict)
    added: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0

    def counts(self) -> dict[str, int]:
        """The counts kept in the ``runs`` row."""
        articles = self.read.get("articles", 0)
        return {
            "read": self.read.get("sources", 0),
            "stored": self.added.get("articles", 0),
            "duplicates": articles - self.added.get("articles", 0),
            "failed": self.added.get("errors", 0),
            "facts": self.added.get("facts", 0),
        }

    def summary(self) -> str:
        """One human line: rows read and added per dataset."""
        parts = [
            f"{d.name} {self.added.get(d.name, 0)}/{self.read.get(d.name, 0)}" for d in DATASETS
        ]
        return f"loaded (added/read): {', '.join(parts)} ({self.elapsed:.1f}s)"


def _dataset(folder: Path) -> Any:
    """The Parquet dataset under ``folder`` (language partitions as a string column),
    or None if Spark wrote no data file there (an empty dataset)."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    if not folder.is_dir():
        return None
    partitioning = ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.string())]), flavor="hive")
    data = ds.dataset(folder, format="parquet", partitioning=partitioning)
    return data if data.files else None


def _load_dataset(
    db: sqlite_utils.Database, folder: Path, dataset: Dataset, run_id: int, batch_rows: int
) -> tuple[int, int]:
    """Stream one dataset into its table; ``(rows read, rows added)``."""
    data = _dataset(folder / dataset.name)
    if data is None:
        return 0, 0
    columns = list(dataset.columns)
    present = [c for c in columns if c in data.schema.names]
    sql = (
        f"INSERT OR IGNORE INTO {dataset.table} ("
        + ", ".join(f'"{c}"' for c in columns)
        + ") VALUES ("
        + ", ".join("?" for _ in columns)
        + ")"
    )
    read = added = 0
    for batch in data.to_batches(columns=present, batch_size=batch_rows):
        values = {c: batch.column(c).to_pylist() for c in present}
        if "run_id" in columns:
            values["run_id"] = [run_id] * batch.num_rows
        rows = list(zip(*(values.get(c, [None] * batch.num_rows) for c in columns), strict=True))
        with store.transaction(db) as conn:
            # rowcount, not total_changes: the full-text index triggers count there too
            added += max(0, conn.executemany(sql, rows).rowcount)
        read += batch.num_rows
    return read, added


def load_output(
    directory: str | Path,
    db: str | Path | sqlite_utils.Database,
    *,
    batch_rows: int = BATCH_ROWS,
) -> LoadReport:
    """Load the output folder of ``spark-ingest`` into the database ``db``.

    Raises :class:`~newsscores.errors.UsageError` for a folder that is not finished
    newsscores output, :class:`~newsscores.errors.StorageError` if the database
    cannot be used.
    """
    folder = Path(directory)
    read_marker(folder)
    database = db if isinstance(db, sqlite_utils.Database) else store.open_db(db)
    report = LoadReport(run_id=store.start_run(database, "load", 1))
    start = time.monotonic()
    status = "failed"
    try:
        for dataset in DATASETS:
            n_read, n_added = _load_dataset(database, folder, dataset, report.run_id, batch_rows)
            report.read[dataset.name] = n_read
            report.added[dataset.name] = n_added
        status = "done"
    finally:
        report.elapsed = time.monotonic() - start
        store.finish_run(database, report.run_id, status, report.counts())
    return report
