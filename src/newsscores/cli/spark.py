"""``spark-ingest`` and ``load``: the cluster path (Apache Spark → Parquet → SQLite)."""

from __future__ import annotations

import sys

import click

from ..errors import NewsscoresError, UsageError
from . import main
from .options import db_option, lang_option

_USAGE_EXIT = 2
_NO_PYSPARK = 'pyspark is not installed: pip install "newsscores[spark]" (needs Java 17+)'


def _usage_error(message: str) -> None:
    """A one-line usage error on standard error, exit status 2."""
    click.echo(f"error: {message}", err=True)
    sys.exit(_USAGE_EXIT)


@main.command("spark-ingest")
@click.argument("manifest", type=click.Path(dir_okay=False))
@click.option("--out", required=True, help="Output folder (local, s3a:// or hdfs://).")
@click.option(
    "--master",
    default=None,
    help="Spark master URL, e.g. local[2] or yarn (default: spark-submit's, else local[*]).",
)
@click.option(
    "--partitions",
    type=click.IntRange(min=1),
    default=None,
    help="Spark tasks the files are spread over (default: one per file).",
)
@lang_option
def spark_ingest_command(
    manifest: str, out: str, master: str | None, partitions: int | None, lang: str | None
) -> None:
    """Extract the facts of the files a MANIFEST lists with Apache Spark, into Parquet.

    MANIFEST lists WARC (.warc, .warc.gz) and .jsonl paths, one a line: local
    paths or s3a:// / hdfs:// URLs. Each record goes through the same function as
    `ingest`; the output folder gets articles/, facts/, evidence/, errors/ and
    sources/ as Parquet partitioned by language. A file that cannot be read is an
    errors row; running again replaces the output. Load it with `newsscores load`.
    Needs `pip install "newsscores[spark]"`.

    Example:

        newsscores spark-ingest warcs.txt --out out/ --master "local[2]"

        newsscores load out/ --db newsscores.db
    """
    from ..cluster import read_manifest

    try:
        entries = read_manifest(manifest)
    except UsageError as exc:
        _usage_error(str(exc))
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise click.ClickException(_NO_PYSPARK) from None
    from ..spark_job import run_job, spark_session

    owned = SparkSession.getActiveSession() is None
    spark = spark_session(master)
    try:
        report = run_job(spark, entries, out, partitions=partitions, lang=lang)
    except UsageError as exc:
        _usage_error(str(exc))
    except NewsscoresError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        if owned:
            spark.stop()
    click.echo(report.summary())


@main.command("load")
@click.argument("directory", type=click.Path(file_okay=False))
@db_option()
def load_command(directory: str, db_path: str) -> None:
    """Load the Parquet output of `spark-ingest` into a SQLite database.

    Streams the datasets in batches (bounded memory) into the tables `ingest`
    fills; loading again adds nothing. Each load is a row of the `runs` table.
    Then `verify`, `check`, `series`, `plot`, `export` and datasette work on it.

    Example:

        newsscores load out/ --db newsscores.db
    """
    from ..load import load_output

    try:
        report = load_output(directory, db_path)
    except UsageError as exc:
        _usage_error(str(exc))
    except NewsscoresError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(report.summary())
