"""Option decorators shared by several commands, so they read the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

#: Exit status when a rule pack is broken (as for a usage error: nothing was read).
PACK_ERROR_EXIT = 2

__all__ = [
    "CheckedGroup",
    "db_option",
    "format_option",
    "json_option",
    "lang_option",
    "filter_options",
    "refuse_database_output",
    "PACK_ERROR_EXIT",
]


class _BrokenPack(click.ClickException):
    """A rule pack that does not load: exit status :data:`PACK_ERROR_EXIT`."""

    exit_code = PACK_ERROR_EXIT


class CheckedGroup(click.Group):
    """The command group: refuses to run any command while a ``NEWSSCORES_*``
    setting is malformed (one line naming it), but ``--help`` always works."""

    def invoke(self, ctx: click.Context) -> Any:
        from ..settings import SETTINGS_PROBLEMS

        wanted = [*getattr(ctx, "_protected_args", []), *ctx.args]
        helping = any(arg in ctx.help_option_names for arg in wanted)
        if SETTINGS_PROBLEMS and not helping and not ctx.resilient_parsing:
            raise click.UsageError(
                "; ".join(SETTINGS_PROBLEMS) + " (fix or unset the variable)", ctx
            )
        from ..errors import PackError

        try:
            return super().invoke(ctx)
        except PackError as exc:
            # a broken rule pack is the installation's fault, not an input's: one line
            raise _BrokenPack(f"rule pack: {exc}") from None


def refuse_database_output(out: str | None, db_path: str | None) -> None:
    """Stop (one line) when ``out`` is the database ``db_path``, its ``-wal`` or
    ``-shm`` file, or any SQLite file: writing there would destroy a database."""
    if out is None or out == "-":
        return
    from pathlib import Path

    target = Path(out)
    if db_path is not None:
        db = Path(db_path)
        for twin in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal")):
            same = target.resolve() == twin.resolve()
            if not same and target.exists() and twin.exists():
                same = target.samefile(twin)
            if same:
                raise click.UsageError(
                    f"--out {out}: that is the database {db_path}; choose another file"
                )
    try:
        with target.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return
    if head == b"SQLite format 3\x00":
        raise click.UsageError(f"--out {out}: that file is a SQLite database; choose another file")


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
