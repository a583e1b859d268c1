"""``eval``: precision, recall and F1 of the extractors against gold facts."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..evaluate import (
    DEFAULT_GOLDEN,
    Report,
    evaluate,
    golden_diff,
    golden_rows,
    load_gold,
    predict_db,
    predict_paths,
    read_golden,
    write_golden,
)
from . import main
from .options import json_option, lang_option


def _table(report: Report) -> str:
    groups = sorted({g for _, g in report.scores}, key=lambda g: (g != "all", g))
    lines = [
        f"{'':16}{'strict P':>9}{'R':>7}{'F1':>7}   {'lenient P':>9}{'R':>7}{'F1':>7}   n(gold)"
    ]
    for g in groups:
        s, lz = report.counts("strict", g), report.counts("lenient", g)
        lines.append(
            f"{g:16}{s.precision:>9.3f}{s.recall:>7.3f}{s.f1:>7.3f}   "
            f"{lz.precision:>9.3f}{lz.recall:>7.3f}{lz.f1:>7.3f}   {s.tp + s.fn}"
        )
    return "\n".join(lines)


@main.command("eval")
@click.option(
    "--gold",
    "gold_paths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Gold JSON Lines file (repeatable).",
)
@click.option(
    "--golden",
    "golden_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Golden file of every fact: print how the extraction differs from it "
    f"(exit 1 if it does). Default with --update-golden: {DEFAULT_GOLDEN}.",
)
@click.option(
    "--update-golden",
    is_flag=True,
    help="Write every fact extracted from PATH... to the golden file.",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Evaluate the facts stored in this database instead of extracting.",
)
@click.option(
    "--min-f1", type=float, default=None, help="Exit 1 if strict F1 overall is below this."
)
@lang_option
@json_option
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
def eval_command(
    gold_paths: tuple[str, ...],
    golden_path: str | None,
    update_golden: bool,
    db_path: str | None,
    min_f1: float | None,
    lang: str | None,
    as_json: bool,
    paths: tuple[str, ...],
) -> None:
    """Score the extractors against gold facts (strict and lenient P/R/F1).

    Extracts the articles under PATH... (nothing is stored), or reads the facts of
    --db, and prints scores per kind and language, then each document's missed and
    spurious facts.

    With --golden FILE (or --update-golden), compares every fact extracted, with the
    pattern that gave it and its span, to a golden file instead (or rewrites it):
    review the diff of tests/fixtures/golden/facts.jsonl like code.

    Example:

        newsscores eval --gold tests/fixtures/gold/seeds.jsonl corpus

        newsscores eval --update-golden corpus tests/fixtures/articles
    """
    if bool(db_path) == bool(paths):
        raise click.UsageError("give either --db FILE or PATH..., not both")
    if golden_path or update_golden:
        if db_path:
            raise click.UsageError("--golden and --update-golden read PATH..., not --db")
        _golden(Path(golden_path or DEFAULT_GOLDEN), update_golden, paths, lang)
        return
    if not gold_paths:
        raise click.UsageError("give --gold FILE (or --golden / --update-golden)")
    gold = load_gold(gold_paths)
    if db_path:
        import sqlite_utils

        preds = predict_db(sqlite_utils.Database(db_path))
    else:
        preds = predict_paths([Path(p) for p in paths], lang)
    report = evaluate(gold, preds)
    for message in report.errors:
        click.echo(f"error: {message}", err=True)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(_table(report))
        for doc in sorted(set(report.missed) | set(report.spurious)):
            missed, spurious = report.missed.get(doc, []), report.spurious.get(doc, [])
            if not missed and not spurious:
                continue
            click.echo(f"\n{doc}")
            for f in missed:
                click.echo(f"  missed    {f.label()}")
            for f in spurious:
                click.echo(f"  spurious  {f.label()}    | {f.quote[:110]}")
        if report.docs_without_gold:
            click.echo(
                "\nscored as having no gold facts (inputs the gold does not name): "
                + ", ".join(report.docs_without_gold)
            )
        if report.docs_without_prediction:
            click.echo(
                "\nnot scored (gold documents not among the inputs): "
                + ", ".join(report.docs_without_prediction)
            )
    if min_f1 is not None and report.counts("strict").f1 < min_f1:
        raise SystemExit(1)


def _golden(path: Path, update: bool, paths: tuple[str, ...], lang: str | None) -> None:
    """Write the golden file, or print how the extraction differs from it."""
    rows = golden_rows([Path(p) for p in paths], lang)
    if update:
        write_golden(rows, path)
        click.echo(f"wrote {len(rows)} facts to {path}")
        return
    if not path.is_file():
        raise click.UsageError(f"{path}: no golden file (write one with --update-golden)")
    diff = golden_diff(read_golden(path), rows)
    for line in diff:
        click.echo(line)
    lost = sum(1 for line in diff if line.startswith("-"))
    click.echo(f"{len(rows)} facts; {lost} golden facts lost, {len(diff) - lost} new")
    if diff:
        raise SystemExit(1)
