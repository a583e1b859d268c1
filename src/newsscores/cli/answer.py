"""``verify``, ``check``, ``series``, ``plot`` and ``metadata``: answers from the database."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
import sqlite_utils

from ..errors import NewsscoresError
from . import main
from .options import db_option, format_option, json_option, lang_option


class _Fail(click.ClickException):
    """A user error: one line on stderr, exit status 2 (1 means "found something")."""

    exit_code = 2


def _open(db_path: str) -> sqlite_utils.Database:
    from ..store import open_db

    if not Path(db_path).is_file():
        raise _Fail(f"{db_path}: no such database (run `newsscores ingest` first)")
    try:
        return open_db(db_path)
    except NewsscoresError as exc:
        raise _Fail(str(exc)) from None


def _tolerance_option(f: Any) -> Any:
    return click.option(
        "--tolerance",
        type=click.FloatRange(min=0),
        default=None,
        help="Rounding tolerance in points, on top of each figure's stated precision "
        "(default: settings.rounding_tolerance, 0.011).",
    )(f)


def _show_evidence(ev: dict[str, Any], mark: str) -> None:
    where = f"{ev['article_id']}[{ev['start']}:{ev['end']}]"
    click.echo(
        f"  {mark} {ev['kind']} {ev['unit_key']} {ev['metric'] or ''} = {ev['value']:g}"
        f"  period {ev['period'] or 'unknown'}  ({ev['lang']}, {ev['date'] or 'undated'})"
    )
    click.echo(f'      "{(ev["quote"] or "").strip()}"')
    click.echo(f"      {ev['url'] or '(no URL)'}  {where}")


@main.command()
@click.argument("claim", required=False)
@db_option()
@json_option
@lang_option
@click.option("--unit", default=None, help="Structured claim: unit key, e.g. bac_ninh.")
@click.option(
    "--kind",
    type=click.Choice(["score", "change", "rank", "streak"]),
    default=None,
    help="Structured claim: fact kind.",
)
@click.option("--metric", default=None, help="Structured claim: metric (default total).")
@click.option("--value", type=float, default=None, help="Structured claim: the figure.")
@click.option(
    "--period",
    default=None,
    help="Period of the claim: 2024, 2025-12, 2025-W49, 2025-12-03 (its week) or START/END.",
)
@_tolerance_option
def verify(
    claim: str | None,
    db_path: str,
    as_json: bool,
    lang: str | None,
    unit: str | None,
    kind: str | None,
    metric: str | None,
    value: float | None,
    period: str | None,
    tolerance: float | None,
) -> None:
    """Is a claimed figure in the database? SUPPORTED, CONTRADICTED or NOT FOUND.

    The claim is a sentence in vi, en, fr or no, read by the same extractors as the
    articles, or given with --unit --kind --value [--metric] [--period]. Every piece
    of evidence is shown: quote, URL, date, language.

    Exit status: 0 SUPPORTED, 1 CONTRADICTED, 2 NOT FOUND (and 2 for usage errors).

    Example:

        newsscores verify --db newsscores.db \
            "Bac Ninh scored 92.80 points in the week ending December 8"

        newsscores verify --unit dong_nai --kind rank --value 3 --db newsscores.db
    """
    from ..verify import (
        EXIT_CODES,
        NOT_FOUND,
        Claim,
        overall,
        parse_period,
        verify_claim,
        verify_text,
    )

    structured = any(x is not None for x in (unit, kind, value))
    if structured == bool(claim):
        raise click.UsageError("give either a CLAIM sentence or --unit, --kind and --value")
    db = _open(db_path)
    try:
        if claim:
            results = verify_text(db, claim, lang, tolerance)
        else:
            if unit is None or kind is None or value is None:
                raise click.UsageError("a structured claim needs --unit, --kind and --value")
            start, end = parse_period(period) if period else (None, None)
            c = Claim(
                unit,
                kind,
                value,
                metric or (None if kind == "streak" else "total"),
                start,
                end,
                written=None,
            )
            results = [verify_claim(db, c, tolerance)]
    except NewsscoresError as exc:
        raise _Fail(str(exc)) from None
    verdict = overall(results)
    if as_json:
        click.echo(
            json.dumps(
                {"verdict": verdict, "claims": [r.to_dict() for r in results]},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        click.echo(verdict)
        if not results:
            click.echo("  no figure recognised in the claim (try --unit/--kind/--value)")
        for r in results:
            c = r.claim
            p = f" in {c.period_start}/{c.period_end}" if c.period_start else ""
            click.echo(f"- {r.verdict}: {c.kind} {c.unit_key} {c.metric or ''} = {c.value:g}{p}")
            for ev in r.supporting:
                _show_evidence(ev, "+")
            for ev in r.contradicting:
                _show_evidence(ev, "x")
            if r.verdict == NOT_FOUND:
                click.echo(
                    "  no stored fact on this unit, kind and metric"
                    + (" in that period" if c.period_start else "")
                )
    sys.exit(EXIT_CODES[verdict])


@main.command()
@db_option()
@json_option
@_tolerance_option
def check(db_path: str, as_json: bool, tolerance: float | None) -> None:
    """Statcheck for news figures: report every inconsistency with its evidence.

    Components that do not add up to the total (22+20+10+18+18+12 = 100), a stated
    percentage that is not value/max, a stated change that disagrees with the scores
    of the previous and current period, ranks that contradict scores, sources giving
    different values for the same unit, metric and period, streaks that contradict
    weekly ranks. Exit status 1 when anything is found (2 for usage errors).

    Example:

        newsscores check --db newsscores.db --tolerance 0.02
    """
    from ..check import check_db

    findings = check_db(_open(db_path), tolerance)
    if as_json:
        click.echo(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            click.echo(f"{f.check}: {f.unit_key} {f.metric or ''} {f.period or '(undated)'}")
            click.echo(f"  {f.message}")
            for ev in f.evidence:
                _show_evidence(ev, "*")
        click.echo(
            f"{len(findings)} inconsistenc{'y' if len(findings) == 1 else 'ies'} found", err=True
        )
    sys.exit(1 if findings else 0)


def _series_options(f: Any) -> Any:
    f = click.option("--undated", is_flag=True, help="Also list facts with no known period.")(f)
    f = click.option("--metric", default=None, help="Metric key (default total).")(f)
    f = click.option(
        "--kind",
        type=click.Choice(["score", "change", "rank", "streak"]),
        default="score",
        show_default=True,
        help="Fact kind.",
    )(f)
    return click.option(
        "--unit", "units", multiple=True, required=True, help="Unit key (repeatable)."
    )(f)


@main.command()
@db_option()
@_series_options
@format_option("table", "csv", "jsonl", default="table")
def series(
    db_path: str, units: tuple[str, ...], kind: str, metric: str | None, undated: bool, fmt: str
) -> None:
    """A tidy period-by-period table of a unit's figures, with sources per point.

    Columns: period_start, period_end, unit, kind, metric, value, n_sources (articles
    stating that value), n_values (distinct values stated), disagreement, values, urls.

    Example:

        newsscores series --unit bac_ninh --metric total --format csv --db newsscores.db
    """
    from ..series import series as build
    from ..series import write_series

    points = build(_open(db_path), list(units), kind, metric, undated=undated)
    write_series(points, sys.stdout, fmt)
    if not points:
        click.echo("no dated facts for this unit, kind and metric (try --undated)", err=True)


@main.command()
@db_option()
@_series_options
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="PNG file to write.")
@click.option("--title", default=None, help="Chart title.")
def plot(
    db_path: str,
    units: tuple[str, ...],
    kind: str,
    metric: str | None,
    undated: bool,
    out: str,
    title: str | None,
) -> None:
    """Plot several units' series on one chart (PNG); marker size = number of sources.

    Points where sources disagree are ringed in red.

    Example:

        newsscores plot --db newsscores.db --unit bac_ninh --unit hai_phong \
            --metric total --out bac_ninh.png
    """
    from ..plot import plot_series
    from ..series import series as build

    points = build(_open(db_path), list(units), kind, metric)
    try:
        n = plot_series(points, out, title)
    except NewsscoresError as exc:
        raise _Fail(str(exc)) from None
    click.echo(f"{out}: {n} points for {len({p.unit for p in points})} unit(s)", err=True)


@main.command()
@click.option(
    "--out",
    default="metadata.json",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Where to write the datasette metadata.",
)
@click.option(
    "--db",
    "db_path",
    default=None,
    type=click.Path(dir_okay=False),
    help="Name the database after this file (and add the fact_sources view to a "
    "database written by an older newsscores).",
)
def metadata(out: str, db_path: str | None) -> None:
    """Write a datasette metadata.json (descriptions, facets, links) for browsing.

    Then: datasette newsscores.db -m metadata.json

    Example:

        newsscores metadata --out metadata.json --db newsscores.db
    """
    from ..datasette_meta import write_metadata

    name = Path(db_path).stem if db_path else "newsscores"
    try:
        write_metadata(out, name)
    except OSError as exc:
        raise _Fail(f"{out}: cannot write ({exc.strerror or exc})") from None
    if db_path:
        _open(db_path).close()  # its schema check adds the fact_sources view if missing
    click.echo(
        f"{out}: written" + (f"; view fact_sources in {db_path}" if db_path else ""), err=True
    )
