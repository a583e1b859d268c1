"""Tests for newsscores.httpbody: parsing, de-chunking, bounded decompression."""

from __future__ import annotations

import gzip
import zlib

import pytest

from newsscores.httpbody import (
    BodyError,
    BoundedDecoder,
    classify_content,
    dechunk,
    decode_body,
    parse_http_response,
)

TEXT = b"<html><body>" + b"Quang Ninh scored 90.12 points. " * 50 + b"</body></html>"


def _raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        (None, TEXT),
        ("identity", TEXT),
        ("gzip", gzip.compress(TEXT)),
        ("x-gzip", gzip.compress(TEXT)),
        ("GZIP", gzip.compress(TEXT[:100]) + gzip.compress(TEXT[100:])),
        ("deflate", zlib.compress(TEXT)),
        ("deflate", _raw_deflate(TEXT)),
        ("deflate, gzip", gzip.compress(zlib.compress(TEXT))),
    ],
    ids=["none", "identity", "gzip", "x-gzip", "multi-member", "zlib", "raw-deflate", "two-layers"],
)
def test_decode_body_undoes_content_encoding(coding: str | None, body: bytes) -> None:
    assert decode_body(body, coding, 10_000) == TEXT


@pytest.mark.parametrize("step", [1, 7, 4096])
def test_bounded_decoder_streams_in_any_chunks(step: int) -> None:
    body = gzip.compress(TEXT)
    decoder = BoundedDecoder("gzip", 10_000)
    out = b"".join(decoder.feed(body[i : i + step]) for i in range(0, len(body), step))
    decoder.finish()
    assert out == TEXT


@pytest.mark.parametrize(
    ("coding", "body", "limit", "reason"),
    [
        ("gzip", gzip.compress(b"\0" * 10_000_000), 1_000_000, "too_large"),
        (None, b"x" * 101, 100, "too_large"),
        ("gzip", b"not gzip at all", 1000, "encoding"),
        ("gzip", gzip.compress(TEXT)[:-12], 10_000, "encoding"),
        ("br", b"whatever", 1000, "encoding"),
    ],
    ids=["bomb", "plain-oversize", "corrupt", "truncated", "unsupported"],
)
def test_decode_body_errors(coding: str | None, body: bytes, limit: int, reason: str) -> None:
    with pytest.raises(BodyError) as info:
        decode_body(body, coding, limit)
    assert info.value.reason == reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", b"hello world"),
        (b"5;ext=1\nhello\n0\n\n", b"hello"),
        (b"5\r\nhello\r\n", b"hello"),
    ],
    ids=["crlf", "lf-and-extension", "no-last-chunk"],
)
def test_dechunk(body: bytes, expected: bytes) -> None:
    assert dechunk(body, 100) == expected


@pytest.mark.parametrize(
    ("body", "limit"),
    [
        (b"zz\r\nhello\r\n0\r\n\r\n", 100),
        (b"50\r\nshort\r\n", 100),
        (b"5\r\nhello\r\n0\r\n", 3),
        (b"-4\r\nabc", 100),
        (b"5\r\nhello\r\n-4\r\nabc", 100),
        (b"+4\r\nabcd", 100),
        (b"0x4\r\nabcd", 100),
        (b"4_0\r\nabcd", 100),
    ],
    ids=["bad-size", "short-chunk", "over-limit", "negative", "negative-later", "plus", "0x", "underscore"],
)
def test_dechunk_errors(body: bytes, limit: int) -> None:
    """Every malformed size is an error, never a loop (``-4`` used to hang forever)."""
    with pytest.raises(BodyError):
        dechunk(body, limit)


def test_parse_http_response_joins_repeated_headers() -> None:
    block = b"HTTP/1.1 301 Moved\r\nLocation: /a\r\nX-A: 1\r\nx-a: 2\r\n\r\nbody"
    response = parse_http_response(block)
    assert (response.status, response.headers["location"], response.body) == (301, "/a", b"body")
    assert response.headers["x-a"] == "1, 2"


@pytest.mark.parametrize(
    "block", [b"HTTP/1.1 200 OK\r\nNo-end: yes", b"GARBAGE 200\r\n\r\n", b"\r\n\r\n"]
)
def test_parse_http_response_rejects_bad_framing(block: bytes) -> None:
    with pytest.raises(BodyError):
        parse_http_response(block)


def test_payload_dechunks_then_decompresses() -> None:
    zipped = gzip.compress(TEXT)
    chunks = b"%x\r\n%s\r\n0\r\n\r\n" % (len(zipped), zipped)
    block = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" + chunks
    )
    assert parse_http_response(block).payload(10_000) == TEXT


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/html; charset=UTF-8", b"", ("html", "UTF-8")),
        ('application/xhtml+xml; charset="windows-1258"', b"", ("html", "windows-1258")),
        ("text/plain", b"", ("text", None)),
        ("image/png", b"<html>", (None, None)),
        (None, b"  <!DOCTYPE html><html>", ("html", None)),
        (None, b"%PDF-1.4", (None, None)),
    ],
)
def test_classify_content(
    content_type: str | None, body: bytes, expected: tuple[str | None, str | None]
) -> None:
    assert classify_content(content_type, body) == expected
