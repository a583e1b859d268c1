"""One exception hierarchy: every exception newsscores defines is in ``errors`` and
derives from :class:`NewsscoresError`, so callers can catch all of ours at once."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import newsscores
from newsscores import errors

SRC = Path(newsscores.__file__).parent


def test_no_exception_class_outside_errors_module() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                # the CLI may shape click's own exceptions (exit codes, one-line output)
                bases -= {"ClickException", "BadParameter"}
                if any(b.endswith(("Error", "Exception")) for b in bases):
                    offenders.append(f"{path.relative_to(SRC)}:{node.name}")
    assert offenders == []


@pytest.mark.parametrize(
    "cls", [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, Exception)]
)
def test_every_error_is_a_newsscores_error(cls: type[Exception]) -> None:
    assert issubclass(cls, errors.NewsscoresError)
    assert cls.__doc__, f"{cls.__name__} needs a docstring saying when it is raised"


def test_input_errors_name_their_input() -> None:
    exc = errors.EncodingInputError("corpus/a.txt", "not UTF-8")
    assert str(exc).startswith("corpus/a.txt: ")
    assert exc.reason == "encoding"
