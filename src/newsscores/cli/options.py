"""Option decorators shared by several commands, so they read the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["db_option", "format_option", "json_option", "lang_option", "filter_options"]


def db_option(required: bool = True) -> Callable[[F], F]:
    """``--db FILE``: the newsscores SQLite database."""
    if required:  # click 8.5 skips the required check when default=None is passed
        return click.option(
            "--db", "db_path", type=click.Path(dir_okay=False), required=True,
            help="SQLite database file.",
        )
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        default="newsscores.db",
        show_default=True,
        help="SQLite database file.",
    )


def format_option(*choices: str, default: str) -> Callable[[F], F]:
    """``--format``: output format among ``choices``."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="Output format.",
    )


def json_option(f: F) -> F:
    """``--json``: machine-readable output."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(f)


def lang_option(f: F) -> F:
    """``--lang``: an ISO 639-1 language code."""
    return click.option("--lang", default=None, help="Language code (vi, en, fr, no).")(f)


def filter_options(f: F) -> F:
    """``--unit``, ``--kind``, ``--metric``: select facts."""
    f = click.option("--metric", default=None, help="Metric key, e.g. total, satisfaction.")(f)
    f = click.option(
        "--kind",
        default=None,
        help="Fact kind: score, change, rank, streak.",
    )(f)
    f = click.option("--unit", default=None, help="Unit key, e.g. bac_ninh/phuong_tan_tien.")(f)
    return f
