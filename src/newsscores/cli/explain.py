"""``explain``: the trace of every extraction decision for one text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..extract import extract_document
from ..extract.trace import as_dict, render_text
from ..langid import canonical_lang, detect_language
from ..normalize import normalize_text
from ..sources import iter_documents, parse
from . import main
from .options import json_option, lang_option


def _read(source: str) -> tuple[str, str | None]:
    """(text, url) of a file (through the ingest readers), of stdin (``-``), or the
    argument itself when it names no file."""
    if source == "-":
        return sys.stdin.read(), None
    path = Path(source)
    try:
        is_file = path.is_file()
    except OSError:  # a text too long to be a file name
        is_file = False
    if not is_file:
        return source, None
    for doc in iter_documents([path]):
        if isinstance(doc, Exception):
            raise click.ClickException(str(doc))
        parsed = parse(doc)
        return parsed.text, parsed.url
    raise click.ClickException(f"{source}: no document in this file")


@main.command("explain")
@lang_option
@json_option
@click.option(
    "--no-gate",
    is_flag=True,
    help="Read the text as a sentence or claim: no governance index need be named.",
)
@click.argument("source")
def explain_command(source: str, lang: str | None, as_json: bool, no_gate: bool) -> None:
    """Show, sentence by sentence, what became of every number of SOURCE and why.

    SOURCE is a file (text or HTML, read as ``ingest`` reads it), ``-`` for standard
    input, or the text itself. Each number is shown with the rule that claimed it (a
    fact pattern or a veto), the unit it was given and the linking rule that chose it,
    the index in force and the metric rule; numbers no rule reached are listed too.

    Example:

        newsscores explain corpus/000_1c80cfa5dc7b4d2c.txt

        newsscores explain --no-gate --lang en "Bac Ninh ranked 3rd with 91.2 points."
    """
    raw, url = _read(source)
    text = normalize_text(raw)
    code = canonical_lang(lang) if lang else detect_language(text)[0]
    result = extract_document(text, code, url, require_index=not no_gate)
    if as_json:
        click.echo(json.dumps({"lang": code, **as_dict(result, text)}, ensure_ascii=False))
        return
    click.echo(f"language: {code}")
    click.echo(render_text(result, text))
