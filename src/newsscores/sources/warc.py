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

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
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
    """
    limit = max_bytes if max_bytes is not None else SETTINGS.max_input_bytes
    tally: Counter[str] = counts if counts is not None else Counter()
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot open: {exc.strerror or exc}")
        return
    seen = 0
    with stream:
        records = iter(ArchiveIterator(stream, parse_http=False))
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as exc:  # noqa: BLE001 - FastWARC raises plain OSError/ValueError
                where = f"{path}#{stream.tell()}" if seen else str(path)
                yield MalformedInputError(where, f"unreadable WARC ({exc})")
                return
            seen += 1
            if not record.record_type & _DOCUMENT_TYPES:
                if record.record_type == WarcRecordType.revisit:
                    yield UnsupportedInputError(
                        f"{path}#{record.stream_pos}",
                        "revisit record (payload stored in another record)",
                    )
                else:
                    tally[f"skipped {record.record_type}"] += 1
                continue
            yield _document(record, f"{path}#{record.stream_pos}", limit)
    if seen == 0 and path.stat().st_size > 0:
        yield MalformedInputError(str(path), "not a WARC file (no records found)")


def _document(record: WarcRecord, source: str, limit: int) -> RawDocument | InputError:
    """Turn one response/resource record into a document, or the reason it is not one."""
    headers = record.headers
    truncated = headers.get("WARC-Truncated")
    if truncated:
        return MalformedInputError(source, f"record truncated by the archiver ({truncated})")
    declared = headers.get("Content-Length")
    if declared is None or not declared.strip().isdigit():
        return MalformedInputError(source, "record has no valid Content-Length (truncated?)")
    length = int(declared)
    if length > limit + _HEADER_SLACK:
        return TooLargeInputError(source, f"record of {length} bytes exceeds {limit} bytes")
    try:
        block = record.reader.read(length)
    except Exception as exc:  # noqa: BLE001 - a corrupt gzip member surfaces here
        return MalformedInputError(source, f"unreadable record ({exc})")
    if len(block) < length:
        return MalformedInputError(source, f"truncated record ({len(block)} of {length} bytes)")
    url = (headers.get("WARC-Target-URI") or "").strip().strip("<>") or None
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
