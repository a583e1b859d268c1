"""The documentation keeps up with the command line (as sqlite-utils' test_docs.py):
every command is in the README's table, every option is documented somewhere, and
every command the README shows still parses."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from newsscores.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = README + "".join(
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))
)
COMMANDS: dict[str, click.Command] = dict(main.commands)


def _options(command: click.Command) -> set[str]:
    return {
        opt
        for param in command.params
        if isinstance(param, click.Option)
        for opt in param.opts + param.secondary_opts
    }


def _readme_command_lines() -> list[str]:
    """Every ``newsscores ...`` line inside the README's code blocks."""
    lines, in_block = [], False
    for line in README.splitlines():
        if line.startswith("```"):
            in_block = not in_block
            continue
        line = line.removeprefix("$ ").strip()
        if in_block and line.startswith("newsscores "):
            lines.append(line.split("  #")[0].split(" > ")[0].strip())
    return lines


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_in_the_readme_table(name: str) -> None:
    assert re.search(rf"^\| `newsscores {re.escape(name)}\b", README, flags=re.M), (
        f"README's command table lacks `newsscores {name}`"
    )


@pytest.mark.parametrize(
    ("name", "option"),
    sorted((n, o) for n, c in COMMANDS.items() for o in _options(c) if o not in ("-h", "--help")),
)
def test_every_option_is_documented(name: str, option: str) -> None:
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", DOCS), (
        f"`newsscores {name} {option}` is in no README or docs/ page"
    )


@pytest.mark.parametrize("line", _readme_command_lines())
def test_every_readme_command_still_parses(line: str) -> None:
    words = shlex.split(line)[1:]
    assert words and words[0] in COMMANDS, f"README runs an unknown command: {line}"
    known = _options(COMMANDS[words[0]])
    used = {w.split("=", 1)[0] for w in words[1:] if w.startswith("-")}
    assert used <= known, f"README uses options {sorted(used - known)} that {words[0]} lacks"


def test_the_cli_reference_is_up_to_date() -> None:
    import subprocess
    import sys

    check = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "cli_reference.py"), "--check"], cwd=ROOT
    )
    assert check.returncode == 0, "docs/cli.md is stale: run tools/cli_reference.py"


def test_the_readme_shows_commands() -> None:
    # the parsing test above must have something to check
    assert len(_readme_command_lines()) >= 8
