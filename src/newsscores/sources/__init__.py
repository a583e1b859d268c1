"""Sources: find the inputs under the given paths and turn each into documents.

Two steps, so that the cheap one can run in the main process and the costly one in
workers: :func:`iter_documents` walks files and folders lazily and yields one
:class:`~newsscores.models.RawDocument` (or one :class:`~newsscores.errors.InputError`)
per input record; :func:`parse` decodes a raw document and takes out its main text
and metadata (``.txt`` trailers in :mod:`.text`, HTML through trafilatura in
:mod:`.html`).

Readers are chosen by file suffix (:data:`READERS`); container formats (WARC, JSON
Lines) live in their own modules and are imported only when such a file is met.
"""

from __future__ import annotations

import codecs
import importlib
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    MalformedInputError,
    PathInputError,
    TooLargeInputError,
    UnsupportedInputError,
)
from ..models import RawDocument
from ..settings import SETTINGS

__all__ = [
    "READERS",
    "SINGLE_DOCUMENT_SUFFIXES",
    "ParsedDocument",
    "Reader",
    "decode_bytes",
    "source_name",
    "iter_documents",
    "iter_input_files",
    "parse",
    "reader_for",
    "read_file",
]

#: A reader turns one input file into documents, or errors naming the failed record.
Reader = Callable[[Path], Iterable[RawDocument | InputError]]

#: File suffix → ``"module:function"`` of this package that reads it. Longest suffix
#: wins (``.warc.gz`` before ``.gz``); modules are imported on first use.
READERS: dict[str, str] = {
    ".txt": "text:read_text_file",
    ".html": "html:read_html_file",
    ".htm": "html:read_html_file",
    ".warc": "warc:iter_warc",
    ".warc.gz": "warc:iter_warc",
    ".jsonl": "jsonl:iter_jsonl",
    ".jsonl.gz": "jsonl:iter_jsonl",
}

#: Suffixes whose file is exactly one document, whose ``source_path`` is the file's
#: path: a resumed run can skip such a file without opening it.
SINGLE_DOCUMENT_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm")

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


@dataclass(frozen=True)
class ParsedDocument:
    """A document's main text and metadata, before normalisation.

    ``find_date`` looks the page's date up when it is wanted (``extensive``: also in
    its free text, the slow way): an HTML page's date costs more than the rest of its
    metadata, and a page on another topic does not need the slow search.
    """

    source_path: str
    text: str
    url: str | None = None
    published: date | None = None
    title: str | None = None
    find_date: Callable[[bool], date | None] | None = field(
        default=None, compare=False, repr=False
    )

    def dated(self, extensive: bool) -> ParsedDocument:
        """This document with its date looked up (once), by the extensive search
        or the fast one."""
        if self.find_date is None:
            return self
        return replace(self, published=self.find_date(extensive), find_date=None)


def source_name(path: str | Path) -> str:
    """``path`` as a one-line, storable name: bytes that are not UTF-8 (a Latin-1 file
    name) become ``\\xff`` and control characters (a newline in a name) ``\\n``, so
    the name can go into SQLite and onto one error line, and is the same every run."""
    text = str(path)
    if text.isprintable():
        return text
    text = os.fsencode(text).decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    escaped = ch.encode("unicode_escape").decode("ascii")
    return escaped if escaped != ch else f"\\u{ord(ch):04x}"


def _suffix_of(name: str) -> str | None:
    lower = name.lower()
    matches = [s for s in READERS if lower.endswith(s)]
    return max(matches, key=len) if matches else None


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path`` by its suffix, or None when no reader handles it."""
    suffix = _suffix_of(path.name)
    if suffix is None:
        return None
    module_name, func_name = READERS[suffix].split(":")
    # a reader that fails to import is a broken install: let it say so, not skip files
    module = importlib.import_module(f"{__name__}.{module_name}")
    reader: Reader = getattr(module, func_name)
    return reader


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Every readable file under ``paths`` (folders recursively, sorted, lazily).

    A path that does not exist, a file of an unknown kind named explicitly, a folder
    holding no article file, and a subfolder or article file that cannot be looked
    at (no permission, a symlink loop) each yield a :class:`PathInputError` naming
    it; unknown files met inside folders (READMEs, images) are passed over silently.
    """
    for given in paths:
        path = Path(os.path.normpath(str(given)))
        name = source_name(path)
        try:
            info = path.stat()
        except OSError as exc:
            missing = isinstance(exc, FileNotFoundError) and not path.is_symlink()
            if missing:
                yield PathInputError(name, "no such file or folder", "not_found")
            else:
                yield PathInputError(name, f"cannot read: {_why(exc)}", "unreadable")
            continue
        if stat.S_ISDIR(info.st_mode):
            found = False
            for item in _walk(path):
                found = found or isinstance(item, Path)
                yield item
            if not found:
                kinds = ", ".join(sorted(READERS))
                yield PathInputError(
                    name, f"folder holds no article files ({kinds})", "no_articles"
                )
        elif stat.S_ISREG(info.st_mode):
            if _suffix_of(path.name) is None:
                yield PathInputError(
                    name,
                    f"unsupported file type (newsscores reads {', '.join(READERS)})",
                    "unsupported",
                )
            else:
                yield path
        else:
            yield PathInputError(name, "not a regular file or folder", "unsupported")


def _why(exc: OSError) -> str:
    """The reason of an OS error, without the path (the caller names the input)."""
    return str(exc.strerror or type(exc).__name__)


def _walk(folder: Path) -> Iterator[Path | InputError]:
    """Files with a known suffix under ``folder``, depth first in name order; a
    subfolder or article file that cannot be looked at is an error naming it."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield PathInputError(
            source_name(folder), f"cannot read folder: {_why(exc)}", "unreadable"
        )
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path))
                continue
            known = _suffix_of(entry.name) is not None
            if known and entry.is_file():
                yield Path(entry.path)
            elif known and entry.is_symlink():
                os.stat(entry.path)  # a dangling link or a loop: say why
        except OSError as exc:
            if _suffix_of(entry.name) is not None:
                yield PathInputError(
                    source_name(entry.path), f"cannot read: {_why(exc)}", "unreadable"
                )


def iter_documents(
    paths: Iterable[str | Path],
    skip: Callable[[str], bool] | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> Iterator[RawDocument | InputError]:
    """Every document under ``paths``, lazily, in a stable order.

    ``skip(source_path)`` true for a single-document file means it is already done:
    the file is not opened. Records of container files are yielded whatever ``skip``
    says (their ``source_path`` is only known once read); the caller checks them.
    ``on_file(path)`` is told of each file before it is read (for progress).
    """
    for item in iter_input_files(paths):
        if isinstance(item, InputError):
            yield item
            continue
        if on_file is not None:
            on_file(item)
        name = source_name(item)
        single = item.name.lower().endswith(SINGLE_DOCUMENT_SUFFIXES)
        if single and skip is not None and skip(name):
            continue
        reader = reader_for(item)
        if reader is None:
            yield UnsupportedInputError(name, "no reader installed for this file type")
            continue
        try:
            yield from reader(item)
        except InputError as exc:
            yield exc
        except OSError as exc:
            yield InputError(name, f"cannot read: {_why(exc)}")
        except Exception as exc:  # noqa: BLE001 - a reader's bug must not stop the batch
            # (it would stop every rerun at the same file): the file is an error row.
            yield MalformedInputError(name, f"cannot read ({type(exc).__name__}: {exc})")


def read_file(path: Path, kind: str) -> RawDocument:
    """The bytes of a one-document file as a :class:`RawDocument` of ``kind``."""
    source = source_name(path)
    try:
        size = path.stat().st_size
        if size > SETTINGS.max_input_bytes:
            raise TooLargeInputError(
                source, f"{size} bytes, over the {SETTINGS.max_input_bytes}-byte limit"
            )
        with path.open("rb") as fh:
            data = fh.read(SETTINGS.max_input_bytes + 1)
    except OSError as exc:
        raise InputError(source, f"cannot read: {_why(exc)}") from exc
    return RawDocument(source_path=source, content=data, kind=kind)  # type: ignore[arg-type]


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(
    data: bytes | str, source: str, *, declared: str | None = None, html: bool = False
) -> str:
    """Text of an input's bytes: UTF-8 (BOM allowed) or, failing that, the encoding
    the container or an HTML ``<meta charset>`` declares.

    Raises a one-line :class:`InputError` subclass naming ``source`` for input that
    is too large, empty, binary or in no encoding we can trust.
    """
    if isinstance(data, str):
        text = data
    else:
        if len(data) > SETTINGS.max_input_bytes:
            raise TooLargeInputError(
                source, f"{len(data)} bytes, over the {SETTINGS.max_input_bytes}-byte limit"
            )
        text = _decode(data, source, declared=declared, html=html)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError(source, "empty or whitespace only")
    return text


def _decode(data: bytes, source: str, *, declared: str | None, html: bool) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise EncodingInputError(
                    source, f"starts with a {encoding} byte-order mark but is not {encoding}"
                ) from exc
    if not data.strip():
        raise EmptyInputError(source, "empty or whitespace only")
    head = data[:8192]
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise EncodingInputError(
                source, f"looks like {utf16} without a byte-order mark but is not valid {utf16}"
            ) from exc
    if b"\x00" in head or len(_CONTROL.findall(head)) > max(8, len(head) // 20):
        raise BinaryInputError(source, "binary data, not text or HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    candidates: list[str | None] = [declared]
    if html:
        candidates.append(_declared_charset(data))
    for candidate in candidates:
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    raise EncodingInputError(
        source,
        f"not valid UTF-8 (byte 0x{data[first_error.start]:02x} at offset "
        f"{first_error.start}); convert the file to UTF-8",
    )


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``head`` looks like UTF-16 text without a
    byte-order mark (zero bytes on one side of most pairs, never on the other)."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0 : pairs * 2 : 2].count(0) / pairs
    odd = head[1 : pairs * 2 : 2].count(0) / pairs
    encoding = None
    if odd >= 0.3 and even == 0:
        encoding = "utf-16-le"
    elif even >= 0.3 and odd == 0:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    sample = head[: pairs * 2].decode(encoding, "replace")
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v")
    spaces = sum(1 for ch in sample if ch.isspace())
    # Text has words: spaces between them, few control characters.
    looks_like_text = controls <= max(8, len(sample) // 20) and spaces * 25 >= len(sample)
    return encoding if looks_like_text else None


def parse(raw: RawDocument) -> ParsedDocument:
    """Main text and metadata of ``raw``: plain text via :mod:`.text`, HTML via :mod:`.html`."""
    if raw.kind == "html":
        from .html import parse_html

        parsed = parse_html(raw)
    else:
        from .text import parse_text

        parsed = parse_text(raw)
    fetched, finder = raw.fetched, parsed.find_date
    if finder is not None and fetched is not None:
        # the page's own date first, else the day it was fetched
        return replace(parsed, find_date=lambda extensive: finder(extensive) or fetched)
    if parsed.published is None and fetched is not None:
        parsed = replace(parsed, published=fetched)
    return parsed
