"""The Spark job of ``spark-ingest``, built the way Common Crawl's cc-pyspark is: a
manifest of file paths is parallelised, ``mapPartitions`` streams the records of each
file through :func:`newsscores.cluster.file_records` (the per-record function of
``ingest``), and the rows are written as Parquet, partitioned by language.

Article ids are content hashes, so an article met in several records is kept once:
the copy ``ingest`` would keep (first file of the manifest, first record), with its
facts; the others count as duplicates in ``sources``. Each dataset is written with
mode ``overwrite``, so a rerun into the same folder replaces the output. Needs the
``spark`` extra (``pip install "newsscores[spark]"``).
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import store
from .cluster import (
    DATASETS,
    MARKER,
    NO_LANG,
    PARTITION_COLUMN,
    Dataset,
    file_records,
    marker_text,
)
from .errors import UsageError

__all__ = ["JobReport", "LOCAL_CONF", "spark_session", "record_schema", "run_job"]

#: Settings for a local-mode session: no web UI, nothing bound beyond 127.0.0.1.
LOCAL_CONF: dict[str, str] = {
    "spark.ui.enabled": "false",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.shuffle.partitions": "8",
}


@dataclass
class JobReport:
    """Counts of one ``spark-ingest`` job, as printed and kept in the marker file."""

    files: int = 0
    records: int = 0
    articles: int = 0
    duplicates: int = 0
    facts: int = 0
    errors: int = 0
    read_seconds: float = 0.0
    elapsed: float = 0.0

    def summary(self) -> str:
        """One human line (``read``: the pass over the records; the rest is writing)."""
        return (
            f"files {self.files}, records {self.records}, articles {self.articles}, "
            f"duplicates {self.duplicates}, facts {self.facts}, errors {self.errors} "
            f"({self.elapsed:.1f}s, read {self.read_seconds:.1f}s)"
        )


def spark_session(master: str | None = None, app_name: str = "newsscores") -> Any:
    """The active SparkSession, or a new one (``master`` ``local[...]`` gets
    :data:`LOCAL_CONF` and this Python for its workers; under spark-submit the master
    comes from the command)."""
    from pyspark.sql import SparkSession

    builder: Any = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            for key, value in LOCAL_CONF.items():
                builder = builder.config(key, value)
            # the Python workers need newsscores: this interpreter, unless told otherwise
            python = os.environ.get("PYSPARK_PYTHON", sys.executable)
            builder = builder.config("spark.pyspark.python", python)
    return builder.getOrCreate()


def _spark_type(python_type: Any) -> Any:
    from pyspark.sql import types as T

    kinds: dict[Any, Any] = {str: T.StringType(), float: T.DoubleType(), int: T.LongType()}
    return kinds[python_type]


def _struct(columns: dict[str, Any]) -> Any:
    from pyspark.sql import types as T

    return T.StructType([T.StructField(c, _spark_type(t), True) for c, t in columns.items()])


def record_schema() -> Any:
    """The Spark schema of :func:`newsscores.cluster.record_row`, from the store's
    table columns."""
    from pyspark.sql import types as T

    tables = {d.name: _struct(d.columns) for d in DATASETS}
    return T.StructType(
        [
            T.StructField("file_index", T.LongType(), False),
            T.StructField("record_index", T.LongType(), False),
            T.StructField("source_path", T.StringType(), False),
            T.StructField(PARTITION_COLUMN, T.StringType(), False),
            T.StructField("source_outcome", T.StringType(), True),
            T.StructField("fingerprint", T.StringType(), True),
            T.StructField("article", tables["articles"], True),
            T.StructField("facts", T.ArrayType(tables["facts"], False), False),
            T.StructField("evidence", T.ArrayType(tables["evidence"], False), False),
            T.StructField("errors", T.ArrayType(tables["errors"], False), False),
        ]
    )


def _partition_records(
    entries: Iterable[tuple[int, str]], at: str, lang: str | None
) -> Iterator[dict[str, Any]]:
    """``mapPartitions`` body: the record rows of every file of one partition."""
    for index, entry in entries:
        yield from file_records(index, entry, at, lang)


def _hadoop_path(spark: Any, path: str) -> tuple[Any, Any]:
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    return hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()), hpath


def _claim_output(spark: Any, out: str, text: str) -> None:
    """Check that ``out`` is absent, empty or newsscores output, then write the marker
    (through Hadoop's file system, so ``s3a://`` and ``hdfs://`` work as local paths)."""
    fs, path = _hadoop_path(spark, out)
    jvm = spark.sparkContext._jvm
    marker = jvm.org.apache.hadoop.fs.Path(path, MARKER)
    if fs.exists(path):
        if not fs.getFileStatus(path).isDirectory():
            raise UsageError(f"{out}: exists and is not a folder")
        if len(fs.listStatus(path)) and not fs.exists(marker):
            raise UsageError(
                f"{out}: folder exists and is not newsscores output (no {MARKER}); "
                "give a new or empty folder"
            )
    _write_marker(fs, marker, text)


def _write_marker(fs: Any, marker: Any, text: str) -> None:
    stream = fs.create(marker, True)
    try:
        stream.write(bytearray(text.encode("utf-8")))
    finally:
        stream.close()


def _datasets(records: Any) -> dict[str, Any]:
    """The output DataFrames from the record rows: the first copy of each article
    (manifest order) with its facts and evidence, every error once, every source."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    order = ("file_index", "record_index")
    lang = F.col(PARTITION_COLUMN)
    # only records with an article are ranked: failed records (often most of a crawl)
    # would all share the null key, and one task would sort them all
    by_article = Window.partitionBy(F.col("article.id")).orderBy(*order)
    ranked = records.where(F.col("article").isNotNull()).withColumn(
        "_first", F.row_number().over(by_article) == 1
    )
    firsts = ranked.where("_first")
    out: dict[str, Any] = {"articles": firsts.select("article.*")}
    for name in ("facts", "evidence"):
        out[name] = firsts.select(lang, F.explode(name).alias("row")).select("row.*", lang)
    errors = records.select(*order, lang, F.explode("errors").alias("row"))
    out["errors"] = _first_by(errors, "row.id", order).select("row.*", lang)
    columns = (
        *order, "source_path", "article_id", "outcome", "run_id", "fingerprint", PARTITION_COLUMN
    )
    read = ranked.select(
        *order,
        "source_path",
        F.col("article.id").alias("article_id"),
        F.when(F.col("_first"), F.lit("stored")).otherwise(F.lit("duplicate")).alias("outcome"),
        F.lit(None).cast("long").alias("run_id"),
        "fingerprint",
        lang,
    )
    failed = records.where(
        F.col("article").isNull() & F.col("source_outcome").isNotNull()
    ).select(
        *order,
        "source_path",
        F.lit(None).cast("string").alias("article_id"),
        F.col("source_outcome").alias("outcome"),
        F.lit(None).cast("long").alias("run_id"),
        "fingerprint",
        lang,
    )
    sources = read.select(*columns).unionByName(failed.select(*columns))
    out["sources"] = _first_by(sources, "source_path", order).drop(*order)
    return out


def _first_by(frame: Any, key: str, order: tuple[str, ...]) -> Any:
    """The first row (in ``order``) of each ``key``: what INSERT OR IGNORE keeps."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    window = Window.partitionBy(F.col(key)).orderBy(*order)
    return frame.withColumn("_n", F.row_number().over(window)).where("_n = 1").drop("_n")


def run_job(
    spark: Any,
    entries: list[str],
    out: str,
    *,
    partitions: int | None = None,
    lang: str | None = None,
) -> JobReport:
    """Read every manifest entry on ``spark`` and write the datasets under ``out``.

    ``partitions`` (default: one per entry) is the number of tasks the entries are
    spread over; a file is never split. Raises :class:`UsageError` when ``out`` is
    not newsscores output; unreadable entries are rows of ``errors``.
    """
    from pyspark import StorageLevel

    if not entries:
        raise UsageError("the manifest lists no input paths")
    start = time.monotonic()
    at = store.now()
    out = out.rstrip("/")
    _claim_output(spark, out, marker_text("running", started_at=at, entries=len(entries)))
    slices = max(1, partitions or len(entries))
    rdd = spark.sparkContext.parallelize(list(enumerate(entries)), slices)
    rows = rdd.mapPartitions(functools.partial(_partition_records, at=at, lang=lang))
    records = spark.createDataFrame(rows, record_schema()).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        report = JobReport(files=len(entries), records=records.count())
        report.read_seconds = time.monotonic() - start
        frames = _datasets(records)
        for dataset in DATASETS:
            _write(frames[dataset.name], f"{out}/{dataset.name}", dataset)
        counts = {name: frames[name].count() for name in ("articles", "facts", "errors")}
        report.articles, report.facts, report.errors = (
            counts["articles"], counts["facts"], counts["errors"]
        )
        report.duplicates = records.where("article is not null").count() - report.articles
    finally:
        records.unpersist()
    report.elapsed = time.monotonic() - start
    fs, path = _hadoop_path(spark, out)
    marker = spark.sparkContext._jvm.org.apache.hadoop.fs.Path(path, MARKER)
    details = {k: v for k, v in vars(report).items() if not k.endswith(("elapsed", "seconds"))}
    _write_marker(
        fs, marker, marker_text("done", started_at=at, finished_at=store.now(), **details)
    )
    return report


def _write(frame: Any, path: str, dataset: Dataset) -> None:
    """One dataset as Parquet partitioned by language, replacing what was there."""
    columns = [c for c in dataset.columns if c != PARTITION_COLUMN]
    frame.select(*columns, PARTITION_COLUMN).fillna(
        {PARTITION_COLUMN: NO_LANG}
    ).write.mode("overwrite").partitionBy(PARTITION_COLUMN).parquet(path)
