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
from .options import db_option, format_option, json_option, lang_option, refuse_database_output


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


def _figure(c: Any) -> str:
    """``score bac_ninh pci = 71.13 in 2024-01-01/2024-12-31`` for a claim."""
    p = f" in {c.period_start}/{c.period_end}" if c.period_start else ""
    metric = c.metric or ("" if c.kind == "streak" else "(any index)")
    return f"{c.kind} {c.unit_key} {metric} = {c.value:g}{p}"


def _matched(r: Any) -> str:
    """For a claim naming no index: the metrics that support it (``pci``)."""
    if r.claim.metric is not None or not r.supporting:
        return ""
    metrics = sorted({str(ev["metric"]) for ev in r.supporting if ev["metric"]})
    return f" [matched {', '.join(metrics)}]" if metrics else ""


def _show_result(r: Any) -> None:
    c = r.claim
    click.echo(f"- {r.verdict}: {_figure(c)}{_matched(r)}")
    for ev in r.supporting:
        _show_evidence(ev, "+")
    for ev in r.contradicting:
        _show_evidence(ev, "x")
    if r.verdict == "NOT FOUND":
        where = " in that period" if c.period_start else ""
        if len(c.alternatives) > 1:  # a day and month without a year: every year tried
            where = (
                " in that period of any stored year (tried "
                + ", ".join(f"{s}/{e}" for s, e in c.alternatives)
                + ")"
            )
        click.echo(f"  no stored fact on this unit, kind and metric{where}")


def _exit_status(verdicts: list[str]) -> int:
    """1 if any CONTRADICTED, 0 if all SUPPORTED (and there is one), else 2."""
    if "CONTRADICTED" in verdicts:
        return 1
    return 0 if verdicts and all(v == "SUPPORTED" for v in verdicts) else 2


def _parse_as_of(as_of: str | None) -> Any:
    from datetime import date

    if as_of is None:
        return None
    try:
        return date.fromisoformat(as_of)
    except ValueError:
        raise _Fail(f"--as-of {as_of!r}: not a date (YYYY-MM-DD)") from None


#: Characters of a quote shown on each side of the figure in ``verify --article``.
QUOTE_CONTEXT = 60


def _around(quote: str, written: str | None) -> str:
    """The part of ``quote`` around the figure (the whole quote if short), with ``…``."""
    at = quote.find(written) if written else -1
    if at < 0 or len(quote) <= 2 * QUOTE_CONTEXT + len(written or ""):
        return quote
    a, b = max(0, at - QUOTE_CONTEXT), min(len(quote), at + len(written or "") + QUOTE_CONTEXT)
    return ("…" if a else "") + quote[a:b] + ("…" if b < len(quote) else "")


def _verify_article(
    db: sqlite_utils.Database, path: str, lang: str | None, tol: Any, as_json: bool
) -> int:
    from ..verify import overall, verify_article

    try:
        article, results = verify_article(db, path, lang, tol)
    except NewsscoresError as exc:
        raise _Fail(str(exc)) from None
    verdicts = [r.verdict for r in results]
    if as_json:
        click.echo(
            json.dumps(
                {
                    "source": path,
                    "lang": article.lang,
                    "published": str(article.published) if article.published else None,
                    "verdict": overall(results),
                    "figures": [r.to_dict() for r in results],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return _exit_status(verdicts)
    counts = {v: verdicts.count(v) for v in ("SUPPORTED", "CONTRADICTED", "NOT FOUND")}
    click.echo(
        f"{path}: {len(results)} figure(s), " + ", ".join(f"{n} {v}" for v, n in counts.items())
    )
    if not results:
        click.echo("  no figure recognised in the article")
    for r in results:
        quote = _around(" ".join((r.claim.text or "").split()), r.claim.written)
        click.echo(f'{r.verdict:<12} {_figure(r.claim)}{_matched(r)}  "{quote}"')
    if results:
        click.echo("\nEvidence:")
    for r in results:
        _show_result(r)
    return _exit_status(verdicts)


def _claim_lines(path: str) -> list[tuple[int, str | None, str | None]]:
    """(line number, claim, error) for each non-blank line of ``path`` (``-``: stdin)."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise _Fail(f"{path}: cannot read ({exc.strerror or exc})") from None
    out: list[tuple[int, str | None, str | None]] = []
    for n, raw in enumerate(data.splitlines(), 1):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            out.append((n, None, f"{path}:{n}: not valid UTF-8"))
            continue
        if line:
            out.append((n, line, None))
    return out


def _verify_file(
    db: sqlite_utils.Database, path: str, lang: str | None, tol: Any, as_of: Any, as_json: bool
) -> int:
    from ..clock import today
    from ..evidence import load_facts
    from ..verify import check_text, overall

    rows = load_facts(db)
    when = as_of or today()
    verdicts: list[str] = []
    for n, line, error in _claim_lines(path):
        results = []
        if line is not None:
            try:
                results = check_text(rows, line, when, lang, tol)
            except NewsscoresError as exc:
                error = f"{path}:{n}: {exc}"
        verdict = "ERROR" if error else overall(results)
        verdicts.append(verdict)
        if error:
            click.echo(error, err=True)
        if as_json:
            record = {
                "line": n,
                "claim": line,
                "verdict": verdict,
                "error": error,
                "figures": [r.to_dict() for r in results],
            }
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            figures = "; ".join(f"{r.verdict}: {_figure(r.claim)}{_matched(r)}" for r in results)
            detail = figures or error or "no figure recognised"
            click.echo(f"{verdict}\t{line if line is not None else ''}\t{detail}")
    return _exit_status(verdicts)


@main.command()
@click.argument("claim", required=False)
@db_option()
@json_option
@lang_option
@click.option(
    "--article",
    "article_path",
    default=None,
    help="Check every figure of this article (.txt, .html: read as ingest reads it; not stored).",
)
@click.option(
    "--file",
    "claims_path",
    default=None,
    help="Check one claim per line of this file (- for stdin); --json gives JSON Lines.",
)
@click.option(
    "--as-of",
    default=None,
    help="Read the claim on this date (YYYY-MM-DD; default today): it fixes 'last week' "
    "and which year a day and month without one is tried first.",
)
@click.option("--unit", default=None, help="Structured claim: unit key, e.g. bac_ninh.")
@click.option(
    "--kind",
    type=click.Choice(["score", "change", "rank", "streak"]),
    default=None,
    help="Structured claim: fact kind.",
)
@click.option(
    "--metric", default=None, help="Structured claim: metric, e.g. total, pci (default: any index)."
)
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
    article_path: str | None,
    claims_path: str | None,
    as_of: str | None,
    unit: str | None,
    kind: str | None,
    metric: str | None,
    value: float | None,
    period: str | None,
    tolerance: float | None,
) -> None:
    """Is a claimed figure in the database? SUPPORTED, CONTRADICTED or NOT FOUND.

    The claim is a sentence in vi, en, fr or no, read by the same extractors as the
    articles, or given with --unit --kind --value [--metric] [--period]. A claim that
    names no index is checked against every index of the unit; a day and month
    without a year match that day in any stored year, nearest before --as-of first.
    --article checks every figure of an article, --file one claim per line. Every
    piece of evidence is shown: quote, URL, date, language.

    Exit status: 0 SUPPORTED, 1 CONTRADICTED, 2 NOT FOUND (and 2 for usage errors);
    for --article and --file: 1 if any figure is CONTRADICTED, 0 if all are
    SUPPORTED, else 2.

    Example:

        newsscores verify --db newsscores.db \
            "Bac Ninh scored 92.80 points in the week ending December 8"

        newsscores verify --article draft.txt --db newsscores.db

        newsscores verify --unit dong_nai --kind rank --value 3 --db newsscores.db
    """
    from ..verify import (
        EXIT_CODES,
        Claim,
        overall,
        parse_period,
        verify_claim,
        verify_text,
    )

    structured = any(x is not None for x in (unit, kind, value))
    modes = [bool(claim), structured, article_path is not None, claims_path is not None]
    if sum(modes) != 1:
        raise click.UsageError(
            "give either a CLAIM sentence, --unit/--kind/--value, --article FILE or --file FILE"
        )
    when = _parse_as_of(as_of)
    db = _open(db_path)
    if article_path is not None:
        sys.exit(_verify_article(db, article_path, lang, tolerance, as_json))
    if claims_path is not None:
        sys.exit(_verify_file(db, claims_path, lang, tolerance, when, as_json))
    try:
        if claim:
            results = verify_text(db, claim, lang, tolerance, when)
        else:
            if unit is None or kind is None or value is None:
                raise click.UsageError("a structured claim needs --unit, --kind and --value")
            start, end = parse_period(period) if period else (None, None)
            c = Claim(unit, kind, value, metric, start, end, written=None)
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
            _show_result(r)
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

    refuse_database_output(out, db_path)
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

    refuse_database_output(out, db_path)
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
