"""Write docs/cli.md: every command's --help, as sqlite-utils keeps its CLI reference.

    .venv/bin/python tools/cli_reference.py          # rewrite docs/cli.md
    .venv/bin/python tools/cli_reference.py --check  # exit 1 if docs/cli.md is stale

tests/test_docs.py fails when docs/cli.md differs from what this writes, so a new
command or option cannot go undocumented.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from newsscores.cli import main

OUT = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
HEADER = """# Command-line reference

Every command's `--help`, written by `tools/cli_reference.py` (do not edit by hand;
`tests/test_docs.py` fails when this page is stale). The README's table says what each
command is for; the walk-throughs show them at work.
"""


def reference() -> str:
    """The whole page: one section per command, its help as the terminal shows it."""
    parts = [HEADER]
    runner = CliRunner()
    for name in sorted(main.commands):
        result = runner.invoke(main, [name, "--help"], prog_name="newsscores", terminal_width=88)
        if result.exit_code != 0:
            raise click.ClickException(f"{name} --help failed: {result.output}")
        parts.append(f"\n## newsscores {name}\n\n```text\n{result.output.rstrip()}\n```\n")
    return "".join(parts)


if __name__ == "__main__":
    text = reference()
    if "--check" in sys.argv[1:]:
        sys.exit(0 if OUT.read_text(encoding="utf-8") == text else 1)
    OUT.write_text(text, encoding="utf-8")
