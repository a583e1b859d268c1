"""Read ``.warc`` / ``.warc.gz`` archives as a stream of documents (FastWARC).

Each HTML (or plain-text) ``response``/``resource`` record becomes a
:class:`~newsscores.models.RawDocument` whose ``source_path`` is ``FILE#OFFSET`` (the
record's byte offset, so a fact leads back to the exact record) and whose ``url`` is
the ``WARC-Target-URI``. Records that cannot become an article are yielded as
:class:`~newsscores.errors.InputError` instances with a reason, so the batch goes on:
non-HTML payloads, revisits and non-200 responses (``unsupported``), truncated or
broken records (``malformed``), undecodable Content-Encoding (``encoding``), oversize
bodies (``too_large``). ``request``, ``metadata`` and ``warcinfo`` records are only
counted. FastWARC was measured faster than warcio on the same archive (see
``bench/README.md``); the HTTP body is decoded here, not by FastWARC, because
FastWARC's auto-decoding aborts the whole iteration on one corrupt gzip body.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from ..errors import (
    EmptyInputError,
    EncodingInputError,
    InputError,
    MalformedInputError,
    TooLargeInputError,
    UnsupportedInputError,
)
from ..httpbody import BodyError, classify_content, parse_http_response
from ..models import RawDocument
from ..settings import SETTINGS
from . import source_name

__all__ = ["iter_warc", "warc_date"]

_ERRORS: dict[str, type[InputError]] = {
    "too_large": TooLargeInputError,
    "encoding": EncodingInputError,
    "malformed": MalformedInputError,
}
_DOCUMENT_TYPES = WarcRecordType.response | WarcRecordType.resource
#: Slack over the payload limit for the HTTP headers stored in the same block.
_HEADER_SLACK = 64 * 1024


def warc_date(value: str | None) -> date | None:
    """The calendar date of a ``WARC-Date`` value (``2024-05-01T10:00:00Z``), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def iter_warc(
    path: Path, *, max_bytes: int | None = None, counts: Counter[str] | None = None
) -> Iterator[RawDocument | InputError]:
    """Yield one document or one error per content record of the archive at ``path``.

    ``max_bytes`` caps a decoded payload (default ``SETTINGS.max_input_bytes``);
    ``counts`` (if given) receives ``skipped <type>`` counts for records not yielded.
    A stretch that cannot be read (a corrupt gzip member, a record whose
    Content-Length is wrong) is one error, ``FILE#START-END``, and reading goes on at
    the next record after it, so no later record is lost.
    """
    limit = max_bytes if max_bytes is not None else SETTINGS.max_input_bytes
    tally: Counter[str] = counts if counts is not None else Counter()
    name = source_name(path)
    try:
        size = path.stat().st_size
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(name, f"cannot open: {exc.strerror or exc}")
        return
    if size == 0:
        stream.close()
        yield EmptyInputError(name, "empty file (0 bytes), not a WARC archive")
        return
    with stream:
        compressed = stream.read(2) == _GZIP_MAGIC or path.name.lower().endswith(".gz")
        seen = 0
        pos = 0
        gap: tuple[int, str] | None = None  # (start, why) of an unreadable stretch
        while True:
            stream.seek(pos)
            records = iter(ArchiveIterator(stream, parse_http=False))
            held: RawDocument | InputError | None = None
            last = -1
            last_length: int | None = None
            failure: Exception | None = None
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    break
                except Exception as exc:  # noqa: BLE001 - FastWARC raises plain OSError/ValueError
                    failure = exc
                    break
                seen += 1
                last = int(record.stream_pos)
                declared = (record.headers.get("Content-Length") or "").strip()
                last_length = int(declared) if declared.isascii() and declared.isdigit() else None
                if gap is not None:
                    if gap[0] < last:
                        yield _gap_error(name, gap[0], last, gap[1])
                    gap = None
                if held is not None:
                    yield held
                    held = None
                held = _item(record, f"{name}#{last}", limit, tally)
            if failure is None:
                # FastWARC may also stop quietly at bytes it cannot read (a member cut
                # short): records after it are still looked for.
                end = _record_end(stream, last, last_length, compressed) if last >= 0 else None
                after = end if end is not None else max(last + 1, pos + 1)
                if _next_record(stream, after, compressed) is None:
                    if held is not None:
                        yield held
                    if gap is not None:
                        yield _gap_error(name, gap[0], size, gap[1])
                    break
                failure = ValueError("no record could be read here")
            why = _one_line(failure)
            # Where the last good record ends, if it ends where its Content-Length
            # says and a record (or the end of the file) follows: then the failure is
            # the next record's, else this record's length is wrong and so is it.
            end = _record_end(stream, last, last_length, compressed) if last >= 0 else None
            suspect = held is not None and end is None
            if suspect:
                yield MalformedInputError(
                    f"{name}#{last}",
                    f"Content-Length does not match the record (next record not found "
                    f"where it says: {why}); skipped",
                )
            elif held is not None:
                yield held
            held = None
            # Scan from just after the last record's start, not from its end: when
            # its header swallowed the next record's, that record is found again.
            resume = _next_record(stream, max(last + 1, pos + 1), compressed)
            stop = size if resume is None else resume
            start = end if end is not None and end <= stop else max(last + 1, pos)
            if gap is None and not suspect and start < stop:
                gap = (start, why)
            if resume is None:
                if seen == 0:
                    yield MalformedInputError(name, f"not a WARC file ({why})")
                elif gap is not None:
                    yield _gap_error(name, gap[0], size, gap[1])
                break
            pos = resume
    if seen == 0 and failure is None:
        yield MalformedInputError(name, "not a WARC file (no records found)")


_GZIP_MAGIC = b"\x1f\x8b"
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_HEADER = b"WARC/1."
_SCAN_BLOCK = 1 << 20


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _gap_error(name: str, start: int, end: int, why: str) -> MalformedInputError:
    return MalformedInputError(
        f"{name}#{start}-{end}", f"unreadable WARC data ({why}); reading went on after it"
    )


def _item(
    record: WarcRecord, source: str, limit: int, tally: Counter[str]
) -> RawDocument | InputError | None:
    """What a record becomes: a document, an error, or None (only counted)."""
    if not record.record_type & _DOCUMENT_TYPES:
        if record.record_type == WarcRecordType.revisit:
            return UnsupportedInputError(
                source, "revisit record (payload stored in another record)"
            )
        tally[f"skipped {record.record_type}"] += 1
        return None
    return _document(record, source, limit)


def _record_end(
    stream: BinaryIO, offset: int, length: int | None, compressed: bool
) -> int | None:
    """Where the record at ``offset`` ends when its block is ``length`` bytes then
    ``\\r\\n\\r\\n`` (and its gzip member ends there, for ``compressed``); None
    when the record is not framed like that (its Content-Length is wrong)."""
    if length is None:
        return None
    if compressed:
        end = _member_end(stream, offset)
        if end <= offset + 1:
            return None
        stream.seek(offset)
        try:
            data = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(
                stream.read(end - offset), length + _HEADER_SLACK * 2
            )
        except zlib.error:
            return None
        head = data.find(b"\r\n\r\n")
        return end if head >= 0 and len(data) == head + 4 + length + 4 else None
    stream.seek(offset)
    head = stream.read(_HEADER_SLACK).find(b"\r\n\r\n")
    if head < 0:
        return None
    stream.seek(offset + head + 4 + length)
    if stream.read(4) != b"\r\n\r\n":
        return None
    return offset + head + 4 + length + 4


def _member_end(stream: BinaryIO, offset: int) -> int:
    """Where the gzip member starting at ``offset`` ends (``offset + 1`` if unreadable)."""
    stream.seek(offset)
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    used = 0
    try:
        while not d.eof:
            data = stream.read(_SCAN_BLOCK)
            if not data:
                return offset + 1
            d.decompress(data, 1 << 16)
            while d.unconsumed_tail and not d.eof:
                d.decompress(d.unconsumed_tail, 1 << 16)
            used += len(data)
    except zlib.error:
        return offset + 1
    return offset + used - len(d.unused_data)


def _next_record(stream: BinaryIO, start: int, compressed: bool) -> int | None:
    """Offset of the first record at or after ``start``: a gzip member that inflates
    to a WARC header, or ``WARC/1.``; None when there is none (a false start
    inside a payload fails again and the scan goes on past it)."""
    marker = _GZIP_MEMBER if compressed else _WARC_HEADER
    pos = start
    while True:
        stream.seek(pos)
        block = stream.read(_SCAN_BLOCK + 64)
        if len(block) < len(marker):
            return None
        at = block.find(marker)
        while at >= 0:
            offset = pos + at
            if not compressed or _starts_record(stream, offset):
                return offset
            at = block.find(marker, at + 1)
        if len(block) <= _SCAN_BLOCK:
            return None
        pos += _SCAN_BLOCK


def _starts_record(stream: BinaryIO, offset: int) -> bool:
    """Whether a gzip member at ``offset`` inflates to a WARC header."""
    stream.seek(offset)
    head = stream.read(4096)
    try:
        out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return False
    return out.startswith(_WARC_HEADER)


def _document(record: WarcRecord, source: str, limit: int) -> RawDocument | InputError:
    """Turn one response/resource record into a document, or the reason it is not one."""
    headers = record.headers
    truncated = headers.get("WARC-Truncated")
    if truncated:
        return MalformedInputError(source, f"record truncated by the archiver ({truncated})")
    declared = (headers.get("Content-Length") or "").strip()
    if not (declared.isascii() and declared.isdigit()):  # "²".isdigit() is true
        return MalformedInputError(
            source, f"record has no valid Content-Length ({declared[:20]!r})"
        )
    length = int(declared)
    if length > limit + _HEADER_SLACK:
        return TooLargeInputError(source, f"record of {length} bytes exceeds {limit} bytes")
    try:
        block = record.reader.read(length)
    except Exception as exc:  # noqa: BLE001 - a corrupt gzip member surfaces here
        return MalformedInputError(source, f"unreadable record ({exc})")
    if len(block) < length:
        return MalformedInputError(source, f"truncated record ({len(block)} of {length} bytes)")
    url = _valid_url((headers.get("WARC-Target-URI") or "").strip().strip("<>"))
    fetched = warc_date(headers.get("WARC-Date"))
    content_type = headers.get("Content-Type")
    try:
        if record.record_type == WarcRecordType.response:
            if not (content_type or "").lower().startswith("application/http"):
                return UnsupportedInputError(source, f"response record of type {content_type}")
            response = parse_http_response(block)
            if response.status not in (200, 203):
                where = response.headers.get("location")
                detail = f" to {where}" if where and 300 <= response.status < 400 else ""
                return UnsupportedInputError(source, f"HTTP {response.status}{detail}")
            payload = response.payload(limit)
            content_type = response.headers.get("content-type")
        else:
            payload = block
    except BodyError as exc:
        return _ERRORS.get(exc.reason, MalformedInputError)(source, str(exc))
    kind, charset = classify_content(content_type, payload)
    if url and urlsplit(url).path == "/robots.txt":
        return UnsupportedInputError(source, "robots.txt, not an article")
    if kind is None:
        return UnsupportedInputError(source, f"not HTML or text ({content_type or 'no type'})")
    if not payload.strip():
        return EmptyInputError(source, "empty payload")
    return RawDocument(
        source_path=source,
        content=payload,
        kind=kind,
        url=url,
        fetched=fetched,
        encoding=charset,
    )


def _valid_url(url: str) -> str | None:
    """``url`` if it parses (``http://[::1`` does not: it is dropped), else None."""
    if not url:
        return None
    try:
        urlsplit(url).port  # noqa: B018 - parsing the port is part of the check
    except ValueError:
        return None
    return url
