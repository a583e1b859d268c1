"""``newsscores doctor``: is a database sound, are runs stuck, which inputs failed."""

from __future__ import annotations

import json

import click

from ..errors import NewsscoresError
from . import main
from .options import db_option, json_option

__all__ = ["doctor_command"]


@main.command("doctor")
@db_option()
@json_option
def doctor_command(db_path: str, as_json: bool) -> None:
    """Check a database: SQLite integrity, runs left running, failed inputs and why.

    Reads only (the database is opened read-only). Exit status 0 when the
    database is sound, 1 when SQLite finds corruption or facts without their
    article; runs left running and failed inputs are reported either way.

    Example:

        newsscores doctor --db newsscores.db
    """
    from ..doctor import diagnose

    try:
        report = diagnose(db_path)
    except NewsscoresError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        for line in report.lines():
            click.echo(line)
    if not report.healthy:
        raise SystemExit(1)
