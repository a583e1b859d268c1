"""Read JSON Lines (``.jsonl``, ``.jsonl.gz``): one article object per line.

Each line is ``{"url": ..., "html": ... | "text": ..., "date": "YYYY-MM-DD", "title": ...}``
(``url``, ``date`` and ``title`` optional; ``html`` wins when both bodies are given).
The file is read line by line, so its size does not matter. A bad line is yielded
as a :class:`~newsscores.errors.InputError` naming ``FILE#line N`` and the rest goes on.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import (
    EmptyInputError,
    EncodingInputError,
    InputError,
    MalformedInputError,
    TooLargeInputError,
)
from ..models import ContentKind, RawDocument
from ..settings import SETTINGS
from . import source_name

__all__ = ["iter_jsonl"]


def _open(path: Path) -> io.BufferedIOBase:
    """The file's bytes, gunzipped on the fly for ``.gz``."""
    if path.suffix == ".gz":
        return gzip.open(path, "rb")
    return path.open("rb")


def iter_jsonl(path: Path, *, max_bytes: int | None = None) -> Iterator[RawDocument | InputError]:
    """Yield one document or one error per non-blank line of ``path``."""
    limit = max_bytes if max_bytes is not None else SETTINGS.max_input_bytes
    name = source_name(path)
    try:
        stream = _open(path)
    except OSError as exc:
        yield InputError(name, f"cannot open: {exc.strerror or exc}")
        return
    with stream:
        number = 0
        articles = 0
        while True:
            source = f"{name}#line {number + 1}"
            try:
                line = stream.readline(limit + 1)
                if number == 0 and line.startswith(_BOM):  # the README says a BOM is fine
                    line = line[len(_BOM) :]
            except Exception as exc:  # noqa: BLE001 - gzip raises OSError, EOFError, zlib.error
                yield MalformedInputError(source, f"unreadable ({exc})")
                return
            if not line:
                break
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                yield TooLargeInputError(source, f"line exceeds {limit} bytes")
                while line and not line.endswith(b"\n"):  # skip the rest of the line
                    line = stream.readline(limit + 1)
                continue
            if line.strip():
                articles += 1
                yield _document(line, source)
    if articles == 0:
        yield EmptyInputError(name, "no JSON lines in the file")


_BOM = b"\xef\xbb\xbf"


def _document(line: bytes, source: str) -> RawDocument | InputError:
    """One line's article, or why it is not one."""
    try:
        obj: Any = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return EncodingInputError(source, "line is not valid UTF-8")
    except json.JSONDecodeError as exc:
        return MalformedInputError(source, f"invalid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return MalformedInputError(source, "invalid JSON (nested too deep)")
    except ValueError as exc:  # an integer of more than 4,300 digits
        return MalformedInputError(source, f"invalid JSON ({str(exc).split(';')[0]})")
    if not isinstance(obj, dict):
        return MalformedInputError(source, "line is not a JSON object")
    kind: ContentKind
    if isinstance(obj.get("html"), str) and obj["html"].strip():
        kind, content = "html", obj["html"]
    elif isinstance(obj.get("text"), str) and obj["text"].strip():
        kind, content = "text", obj["text"]
    else:
        return MalformedInputError(source, 'needs a non-empty string "html" or "text"')
    fields: dict[str, str | None] = {}
    for name in ("url", "title", "date"):
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return MalformedInputError(source, f'"{name}" must be a string')
        fields[name] = (value or "").strip() or None
    for name, value in (("html" if kind == "html" else "text", content), *fields.items()):
        if value and not _encodable(value):
            return EncodingInputError(source, f'"{name}" holds a lone surrogate (\\ud800-\\udfff)')
    published: date | None = None
    if fields["date"]:
        try:
            published = date.fromisoformat(fields["date"][:10])
        except ValueError:
            return MalformedInputError(source, f'"date" is not an ISO date: {fields["date"]!r}')
    return RawDocument(
        source_path=source,
        content=content,
        kind=kind,
        url=fields["url"],
        title=fields["title"],
        published=published,
    )


def _encodable(text: str) -> bool:
    """Whether ``text`` is valid Unicode (JSON's ``\\udc80`` escapes make it not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
