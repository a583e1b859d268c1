"""The ``newsscores`` command line: a thin layer over the library.

Each module in this package registers its commands on :data:`main`; every module is
imported here, so adding a command is adding a module.
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from .. import __version__
from .options import CheckedGroup

__all__ = ["main"]


@click.group(cls=CheckedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsscores")
def main() -> None:
    """Turn news articles into a SQLite database of the figures they report.

    Example:

        newsscores ingest corpus --db newsscores.db
    """


for _mod in pkgutil.iter_modules(__path__):
    if not _mod.name.startswith("_") and _mod.name != "options":
        importlib.import_module(f"{__name__}.{_mod.name}")
