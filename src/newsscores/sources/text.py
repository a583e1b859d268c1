"""Plain-text articles: the text, with the conventions of saved news pages taken out.

A first line `` date YYYY-MM-DD`` is the publication date (only that prefix is
removed: text after it on the same line is kept); a final ``Source:`` / ``Source :``
/ ``Kilde:`` / ``Nguồn:`` line is the URL; comment counters at the end (``Comment
(0)``, ``Kommentar (0)``, ``Bình luận (0)``, ``Commentaire (0)``) and markdown image
placeholders (``![]() |``, with the `` |`` that closes the caption after them) are
site furniture, not text (the labels are the packs' ``text.yaml`` words). A short
first line that reads like a headline becomes the title and stays in the text, so
offsets are unchanged by it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..errors import EmptyInputError, InputError
from ..models import RawDocument
from . import ParsedDocument, decode_bytes, read_file

__all__ = ["read_text_file", "parse_text", "split_text"]

_DATE_PREFIX = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|$)")


@functools.cache
def _trailers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ``Source: URL`` line and the comment counters, from the packs' ``text.yaml``."""
    from ..extract.packs import all_words

    def alt(key: str) -> str:
        return "|".join(map(re.escape, all_words(key))) or "(?!)"

    source = re.compile(rf"^\s*(?:{alt('source_labels')})\s*:\s*(\S+)\s*$", re.IGNORECASE)
    furniture = re.compile(rf"^\s*(?:{alt('comment_labels')})\s*\(\d+\)\s*$", re.IGNORECASE)
    return source, furniture


_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*\|?\s*")
_CAPTION_PIPE = re.compile(r"\s*\|\s*$")
_HEADLINE_MAX_CHARS = 160
_HEADLINE_MAX_WORDS = 25


def read_text_file(path: Path) -> Iterator[RawDocument | InputError]:
    """The file at ``path`` as one plain-text document (bytes; decoded by the worker)."""
    try:
        yield read_file(path, "text")
    except InputError as exc:
        yield exc


def parse_text(raw: RawDocument) -> ParsedDocument:
    """Text, URL, date and title of a plain-text document."""
    text = decode_bytes(raw.content, raw.source_path, declared=raw.encoding)
    body, url, published = split_text(text)
    if not body.strip():
        raise EmptyInputError(raw.source_path, "no article text besides date and source lines")
    return ParsedDocument(
        source_path=raw.source_path,
        text=body,
        url=raw.url or url,
        published=raw.published or published,
        title=raw.title or _headline(body),
    )


def split_text(text: str) -> tuple[str, str | None, date | None]:
    """``(body, url, published)`` of a saved article's text (newlines already ``\\n``)."""
    lines = text.split("\n")
    published = _take_date(lines)
    url = _take_trailer(lines)
    return "\n".join(_drop_images(lines)), url, published


def _take_date(lines: list[str]) -> date | None:
    """Remove a leading `` date YYYY-MM-DD`` prefix from the first non-blank line."""
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = _DATE_PREFIX.match(line)
        if match is None:
            return None
        try:
            published = date.fromisoformat(match.group(1))
        except ValueError:
            return None
        rest = line[match.end() :]
        if rest.strip():
            lines[i] = rest
        else:
            del lines[i]
        return published
    return None


def _take_trailer(lines: list[str]) -> str | None:
    """Remove trailing furniture and a final source line; return the source URL."""
    url: str | None = None
    while lines:
        last = lines[-1]
        if not last.strip() or _trailers()[1].match(last):
            lines.pop()
            continue
        match = _trailers()[0].match(last)
        if match is not None and url is None:
            url = match.group(1)
            lines.pop()
            continue
        break
    return url


def _drop_images(lines: list[str]) -> list[str]:
    """Lines without image placeholders; a caption after one loses its closing pipe."""
    out: list[str] = []
    caption_next = False
    for line in lines:
        match = _IMAGE.match(line)
        if match is not None:
            rest = line[match.end() :]
            if rest.strip():
                out.append(_CAPTION_PIPE.sub("", rest))
                caption_next = False
            else:
                caption_next = True
            continue
        if caption_next and line.strip():
            line = _CAPTION_PIPE.sub("", line)
            caption_next = False
        out.append(line)
    return out


def _headline(body: str) -> str | None:
    """The first line when it reads like a headline: short, several words, no final stop."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    first = lines[0]
    words = first.split()
    if (
        len(first) > _HEADLINE_MAX_CHARS
        or not 2 <= len(words) <= _HEADLINE_MAX_WORDS
        or first[-1] in ".!?:;,|"
    ):
        return None
    return first
