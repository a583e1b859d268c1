"""HTTP message bodies as archives and crawls hold them: parse, de-chunk, decompress.

Shared by the WARC reader (``sources/warc.py``) and the crawler (``crawl.py``) so both
undo ``Transfer-Encoding`` and ``Content-Encoding`` the same way, and both stop at a
byte limit while decompressing (a gzip bomb never gets inflated in memory).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from .errors import BodyError, BodyMalformed, BodyTooLarge, BodyUndecodable
from .models import ContentKind

__all__ = [
    "BodyError",
    "BodyTooLarge",
    "BodyUndecodable",
    "BodyMalformed",
    "BoundedDecoder",
    "HttpResponse",
    "parse_http_response",
    "dechunk",
    "decode_body",
    "classify_content",
]


_GZIP = ("gzip", "x-gzip")
#: A chunk size: hex digits only (``int()`` would also take ``-4``, ``+4``, ``0x4``,
#: ``4_0`` and spaces; a negative size sent the parser backwards forever).
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")
_DEFLATE = ("deflate",)


class _Stage:
    """One zlib layer that never emits more than ``limit`` bytes in total."""

    def __init__(self, coding: str, limit: int) -> None:
        self.coding = coding
        self.limit = limit
        self.out = 0
        self.started = False
        self.d: zlib._Decompress | None = None

    def _start(self, first: bytes) -> zlib._Decompress:
        if self.coding in _GZIP:
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
        wrapped = len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bytes:
        if not data:
            return b""
        if self.d is None:
            self.d = self._start(data)
        chunks: list[bytes] = []
        while data:
            remaining = self.limit - self.out
            try:
                out = self.d.decompress(data, remaining + 1)
            except zlib.error as exc:
                raise BodyUndecodable(f"corrupt {self.coding} data ({exc})") from None
            self.out += len(out)
            if self.out > self.limit:
                raise BodyTooLarge(f"decompressed body exceeds {self.limit} bytes")
            chunks.append(out)
            # A gzip stream may hold several members; start the next one.
            if self.d.eof and self.d.unused_data and self.coding in _GZIP:
                data = self.d.unused_data
                self.d = self._start(data)
            else:
                data = b""
        return b"".join(chunks)

    def finish(self) -> bytes:
        if self.d is None:
            return b""
        if not self.d.eof:
            raise BodyUndecodable(f"truncated {self.coding} data")
        return b""


@dataclass
class BoundedDecoder:
    """Undo a ``Content-Encoding`` incrementally, failing once output passes ``limit``.

    Feed compressed chunks as they arrive; each call returns the bytes decoded so far.
    """

    content_encoding: str | None
    limit: int
    _stages: list[_Stage] = field(init=False)
    _out: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        codings = [
            c.strip().lower()
            for c in (self.content_encoding or "").split(",")
            if c.strip() and c.strip().lower() != "identity"
        ]
        for coding in codings:
            if coding not in _GZIP + _DEFLATE:
                raise BodyUndecodable(f"unsupported content-encoding {coding!r}")
        # Codings are listed in the order applied; undo them in reverse.
        self._stages = [_Stage(c, self.limit) for c in reversed(codings)]

    def feed(self, data: bytes) -> bytes:
        """Decode the next chunk of the body."""
        for stage in self._stages:
            data = stage.feed(data)
        self._out += len(data)
        if self._out > self.limit:
            raise BodyTooLarge(f"body exceeds {self.limit} bytes")
        return data

    def finish(self) -> bytes:
        """Check the compressed stream ended cleanly."""
        for stage in self._stages:
            stage.finish()
        return b""


def decode_body(body: bytes, content_encoding: str | None, limit: int) -> bytes:
    """Whole-body form of :class:`BoundedDecoder`."""
    decoder = BoundedDecoder(content_encoding, limit)
    out = decoder.feed(body)
    decoder.finish()
    return out


def dechunk(body: bytes, limit: int) -> bytes:
    """Undo ``Transfer-Encoding: chunked`` (a missing last chunk is tolerated)."""
    out: list[bytes] = []
    total = 0
    pos = 0
    while pos < len(body):
        eol = body.find(b"\n", pos)
        if eol < 0:
            raise BodyMalformed("chunk size line without end")
        size_text = body[pos:eol].split(b";", 1)[0].strip()
        if _CHUNK_SIZE.fullmatch(size_text) is None:
            raise BodyMalformed(f"bad chunk size {size_text[:20]!r}")
        size = int(size_text, 16)
        if size == 0:
            break
        start = eol + 1
        if start + size > len(body):
            raise BodyMalformed("chunk shorter than its stated size")
        total += size
        if total > limit:
            raise BodyTooLarge(f"body exceeds {limit} bytes")
        out.append(body[start : start + size])
        pos = start + size
        if body.startswith(b"\r\n", pos):
            pos += 2
        elif body.startswith(b"\n", pos):
            pos += 1
    return b"".join(out)


@dataclass(frozen=True)
class HttpResponse:
    """A parsed HTTP response: status, headers (lower-cased names) and raw body."""

    status: int
    headers: dict[str, str]
    body: bytes

    def payload(self, limit: int) -> bytes:
        """The body with transfer and content codings undone, at most ``limit`` bytes."""
        body = self.body
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            body = dechunk(body, limit)
        return decode_body(body, self.headers.get("content-encoding"), limit)


def parse_http_response(block: bytes) -> HttpResponse:
    """Split an HTTP response block (status line, headers, body) as a WARC stores it."""
    end = block.find(b"\r\n\r\n")
    sep = 4
    lf_end = block.find(b"\n\n")
    if end < 0 or (0 <= lf_end < end):
        end, sep = lf_end, 2
    if end < 0:
        raise BodyMalformed("HTTP headers without end")
    lines = block[:end].decode("iso-8859-1").splitlines()
    parts = lines[0].split(None, 2) if lines else []
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        raise BodyMalformed(f"bad HTTP status line {lines[0][:60]!r}" if lines else "empty")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon:
            continue
        key = name.strip().lower()
        value = value.strip()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return HttpResponse(int(parts[1]), headers, block[end + sep :])


_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)


def classify_content(
    content_type: str | None, body: bytes
) -> tuple[ContentKind | None, str | None]:
    """The document kind (``html``, ``text`` or None if unsupported) and declared charset.

    Without a Content-Type the first bytes are sniffed for an HTML tag.
    """
    charset: str | None = None
    mime = ""
    if content_type:
        mime, *params = (p.strip() for p in content_type.split(";"))
        mime = mime.lower()
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                charset = value.strip().strip("\"'")
    if mime in _HTML_TYPES:
        return "html", charset
    if mime in _TEXT_TYPES:
        return "text", charset
    if not mime:
        head = body[:1024].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            return "html", charset
    return None, charset
