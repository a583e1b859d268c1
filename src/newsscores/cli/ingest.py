"""``ingest``, ``reextract``, ``facts``, ``export`` and ``stats``: build a database of
facts from article files and look into it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
import sqlite_utils

from ..errors import NewsscoresError, PackError
from . import main
from .options import (
    db_option,
    filter_options,
    format_option,
    lang_option,
    refuse_database_output,
)

_MAX_SHOWN_ERRORS = 50
#: SQLite's LIMIT is a signed 64-bit integer; a larger --limit was a traceback.
_MAX_LIMIT = 2**63 - 1


def _open_existing(db_path: str) -> sqlite_utils.Database:
    """Open a database that must already exist (reading commands never create one)."""
    from ..store import open_db

    if not Path(db_path).is_file():
        raise click.ClickException(f"{db_path}: no such database (run `newsscores ingest` first)")
    try:
        return open_db(db_path)
    except NewsscoresError as exc:
        raise click.ClickException(str(exc)) from None


class _ErrorPrinter:
    """Print failed inputs one line each, up to a limit, then only count them."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.count = 0

    def __call__(self, message: str) -> None:
        self.count += 1
        if self.quiet or self.count > _MAX_SHOWN_ERRORS:
            return
        click.echo(f"error: {message}", err=True)
        if self.count == _MAX_SHOWN_ERRORS:
            click.echo("error: ... further errors are only counted (see `stats`)", err=True)


def _workers_option(f: Any) -> Any:
    return click.option(
        "--workers",
        "-j",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes (default: all cores; 1 runs in this process).",
    )(f)


def _run(
    paths: list[str],
    db_path: str,
    workers: int | None,
    lang: str | None,
    quiet: bool,
    command: str,
    retry_failed: bool = False,
) -> None:
    from ..pipeline import ingest, reextract
    from .progress import Progress

    progress = None if quiet else Progress()
    printer = _ErrorPrinter(quiet)
    try:
        if command == "reextract":
            report = reextract(db_path, workers=workers, progress=progress, on_error=printer)
        else:
            report = ingest(
                paths,
                db_path,
                workers=workers,
                lang=lang,
                progress=progress,
                on_error=printer,
                command=command,
                retry_failed=retry_failed,
            )
    except PackError:
        raise  # the command group prints it as a broken rule pack (exit 2)
    except NewsscoresError as exc:
        raise click.ClickException(str(exc)) from None
    except RuntimeError as exc:  # a worker process died: what is written stays
        raise click.ClickException(f"{exc}; run the same command again to resume") from None
    click.echo(report.summary())
    if report.status == "interrupted":
        click.echo("interrupted: run the same command again to resume", err=True)
        sys.exit(130)
    if not report.ok and command != "reextract":
        sys.exit(1)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option()
@_workers_option
@lang_option
@click.option("-q", "--quiet", is_flag=True, help="No progress, no per-input errors.")
@click.option(
    "--retry-failed",
    is_flag=True,
    help="Read again every input that failed before (a changed file is retried anyway).",
)
def ingest_command(
    paths: tuple[str, ...],
    db_path: str,
    workers: int | None,
    lang: str | None,
    quiet: bool,
    retry_failed: bool,
) -> None:
    """Read article files and folders into a SQLite database of facts.

    Reads .txt, .html/.htm, .warc/.warc.gz and .jsonl, folders recursively. Each
    input is read once: running the same command again adds nothing, and a run that
    was interrupted resumes where it stopped. Stored articles are re-extracted when
    the extractor version changed. Failed inputs are printed and kept in the
    `errors` table, and read again once their file changes (or with
    --retry-failed); exit status 1 if nothing could be ingested.

    Example:

        newsscores ingest corpus --db newsscores.db

        newsscores ingest crawl.warc.gz more/ --db news.db --workers 4
    """
    _run(list(paths), db_path, workers, lang, quiet, "ingest", retry_failed)


@main.command("reextract")
@db_option()
@_workers_option
@click.option("-q", "--quiet", is_flag=True, help="No progress, no per-article errors.")
def reextract_command(db_path: str, workers: int | None, quiet: bool) -> None:
    """Re-extract stored articles whose facts come from an older extractor version.

    `ingest` does the same before reading new inputs; this runs it alone.

    Example:

        newsscores reextract --db newsscores.db
    """
    if not Path(db_path).is_file():
        raise click.ClickException(f"{db_path}: no such database")
    _run([], db_path, workers, None, quiet, "reextract")


@main.command("facts")
@db_option()
@filter_options
@lang_option
@format_option("table", "text", "csv", "jsonl", default="table")
@click.option(
    "--limit",
    type=click.IntRange(min=1, max=_MAX_LIMIT),
    default=None,
    help="At most this many.",
)
def facts_command(
    db_path: str,
    unit: str | None,
    kind: str | None,
    metric: str | None,
    lang: str | None,
    fmt: str,
    limit: int | None,
) -> None:
    """List stored facts, filtered by unit, kind, metric and language.

    A unit key matches ignoring type words: bac_ninh/tan_tien finds
    bac_ninh/phuong_tan_tien. `table` is one line a fact; `text` shows each
    fact with its whole quote and URL; csv and jsonl have every column.

    Example:

        newsscores facts --db newsscores.db --unit bac_ninh --kind rank

        newsscores facts --db newsscores.db --lang fr --format jsonl
    """
    from ..export import EXPORTERS, write_table, write_text
    from ..query import select_facts

    db = _open_existing(db_path)
    rows = select_facts(db, unit=unit, kind=kind, lang=lang, metric=metric, limit=limit)
    if fmt == "table":
        write_table(rows, sys.stdout)
    elif fmt == "text":
        write_text(rows, sys.stdout)
    else:
        EXPORTERS[fmt](rows, sys.stdout.buffer)
        sys.stdout.buffer.flush()


@main.command("export")
@db_option()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet"]),
    required=True,
    help="Output format.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    default=None,
    help="Output file (default: standard output).",
)
@filter_options
@lang_option
def export_command(
    db_path: str,
    fmt: str,
    out: str | None,
    unit: str | None,
    kind: str | None,
    metric: str | None,
    lang: str | None,
) -> None:
    """Export facts with their article's URL, language, date and title.

    Example:

        newsscores export --db newsscores.db --format csv --out facts.csv
    """
    from ..export import EXPORTERS, export_facts

    if fmt not in EXPORTERS:
        raise click.ClickException(f"format {fmt} is not available in this installation")
    refuse_database_output(out, db_path)
    db = _open_existing(db_path)
    filters = {"unit": unit, "kind": kind, "metric": metric, "lang": lang}
    try:
        if out is None:
            n = export_facts(db, fmt, sys.stdout.buffer, **filters)
            sys.stdout.buffer.flush()
        else:
            n = export_facts(db, fmt, out, **filters)
    except OSError as exc:
        raise click.ClickException(f"{out}: cannot write ({exc.strerror or exc})") from None
    if out is not None:
        click.echo(f"{n} facts written to {out}", err=True)


@main.command("stats")
@db_option()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats_command(db_path: str, as_json: bool) -> None:
    """Summarise a database: articles per language, facts per kind, errors, runs.

    Example:

        newsscores stats --db newsscores.db
    """
    from ..query import database_stats

    stats = database_stats(_open_existing(db_path))
    if as_json:
        click.echo(json.dumps(stats, indent=2, ensure_ascii=False))
        return
    for title, key in (
        ("articles per language", "articles"),
        ("articles per extraction status", "extract_status"),
        ("facts per kind", "facts"),
        ("errors per reason", "errors"),
    ):
        counts = stats[key]
        click.echo(f"{title}: {sum(counts.values())}")
        for name, n in counts.items():
            click.echo(f"  {name:<32} {n}")
    click.echo("last runs:")
    for run in stats["runs"]:
        click.echo(
            f"  #{run['id']} {run['started_at']} {run['status'] or ''} {run['extractor']}: "
            f"read {run['read'] or 0}, stored {run['stored'] or 0}, "
            f"duplicates {run['duplicates'] or 0}, skipped {run['skipped'] or 0}, "
            f"failed {run['failed'] or 0}, facts {run['facts'] or 0}"
        )
