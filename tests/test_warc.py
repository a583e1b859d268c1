"""Tests for newsscores.sources.warc: every record kind, offsets, truncation, limits."""

from __future__ import annotations

import gzip
import io
from collections import Counter
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from _warcbuild import FIXTURES, build
from newsscores.errors import InputError
from newsscores.models import RawDocument
from newsscores.sources.warc import iter_warc, warc_date

#: What each content record of ``write_sample`` must become, in order.
EXPECTED = [
    ("html", "https://example.org/news/quang-ninh"),
    ("html", "https://example.org/news/zipped"),
    ("unsupported", "image/png"),
    ("unsupported", "revisit"),
    ("unsupported", "HTTP 404"),
    ("encoding", "gzip"),
    ("malformed", "truncated"),
    ("text", "https://example.org/notes.txt"),
    ("text", "https://example.org/plain"),
]


@pytest.fixture(params=[True, False], ids=["warc.gz", "warc"])
def sample(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / ("sample.warc.gz" if request.param else "sample.warc")
    with path.open("wb") as out:
        build.write_sample(out, compress=request.param)
    return path


def _outcome(item: RawDocument | InputError) -> tuple[str, str]:
    if isinstance(item, RawDocument):
        return item.kind, item.url or ""
    return item.reason, item.message


def test_each_record_kind_gives_its_outcome(sample: Path) -> None:
    counts: Counter[str] = Counter()
    items = list(iter_warc(sample, counts=counts))
    assert len(items) == len(EXPECTED)
    for item, (kind, detail) in zip(items, EXPECTED, strict=True):
        got_kind, got_detail = _outcome(item)
        assert got_kind == kind
        assert detail in got_detail
    assert counts == Counter({"skipped warcinfo": 1, "skipped request": 1, "skipped metadata": 1})


def test_robots_txt_response_is_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "robots.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        build.write_response(
            writer, 1, "http://x.test/robots.txt", b"User-agent: *\n", "text/plain"
        )
    [item] = list(iter_warc(path))
    assert isinstance(item, InputError) and "robots.txt" in item.message


def test_committed_fixture_is_the_built_one() -> None:
    built = io.BytesIO()
    build.write_sample(built)
    assert (FIXTURES / "sample.warc.gz").read_bytes() == built.getvalue()


def test_html_payload_is_decoded_and_dated(sample: Path) -> None:
    docs = [d for d in iter_warc(sample) if isinstance(d, RawDocument)]
    plain, zipped = docs[0], docs[1]
    assert plain.content == zipped.content == build.ARTICLE.encode()
    assert plain.encoding == "utf-8"
    assert plain.fetched is not None and plain.fetched.isoformat() == "2025-11-18"
    assert plain.published is None
    assert docs[2].content == "Ghi chú: 95,38 điểm.\n".encode()


def test_source_path_offset_leads_to_the_record(sample: Path) -> None:
    for item in iter_warc(sample):
        source = item.source_path if isinstance(item, RawDocument) else item.source
        name, _, offset = source.rpartition("#")
        assert name == str(sample)
        with sample.open("rb") as stream:
            stream.seek(int(offset))
            record = next(iter(ArchiveIterator(stream)))
        if isinstance(item, RawDocument):
            assert record.rec_headers.get_header("WARC-Target-URI") == item.url
        else:
            assert record.rec_type in ("response", "revisit")


def _archive(tmp_path: Path, body: bytes, headers: list[tuple[str, str]], compress: bool) -> Path:
    path = tmp_path / ("one.warc.gz" if compress else "one.warc")
    with path.open("wb") as out:
        build.write_response(
            WARCWriter(out, gzip=compress), 1, "https://x.test/a", body, headers=headers
        )
    return path


@pytest.mark.parametrize(
    ("body", "headers", "reason"),
    [
        (gzip.compress(b"\0" * 3_000_000), [("Content-Encoding", "gzip")], "too_large"),
        (b"<html>" + b"x" * 2_000_000 + b"</html>", [], "too_large"),
        (
            b"5\r\nhello\r\nZZ\r\nworld\r\n0\r\n\r\n",
            [("Transfer-Encoding", "chunked")],
            "malformed",
        ),
        (b"<html>hi</html>", [("Content-Encoding", "br")], "encoding"),
        (gzip.compress(b"<html>cut</html>")[:-10], [("Content-Encoding", "gzip")], "encoding"),
        (b"   \n", [], "empty"),
    ],
    ids=["gzip-bomb", "oversize", "bad-chunks", "unknown-coding", "truncated-gzip", "empty"],
)
def test_bad_payload_is_an_error_not_an_exception(
    tmp_path: Path, body: bytes, headers: list[tuple[str, str]], reason: str
) -> None:
    items = list(iter_warc(_archive(tmp_path, body, headers, True), max_bytes=1_000_000))
    assert [type(i).__mro__[0].reason for i in items if isinstance(i, InputError)] == [reason]


def sample_path(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "whole.warc"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("cut", [10, 300, 2000])
def test_truncated_archive_yields_malformed_last(tmp_path: Path, cut: int) -> None:
    whole = io.BytesIO()
    build.write_sample(whole, compress=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(whole.getvalue()[:-cut])
    items = list(iter_warc(path))
    assert isinstance(items[-1], InputError)
    assert items[-1].reason == "malformed"
    full = list(iter_warc(sample_path(tmp_path, whole.getvalue())))
    assert [_outcome(i) for i in items[:-1]] == [_outcome(i) for i in full[: len(items) - 1]]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"just some text, not an archive\n", "malformed"), (None, "unreadable")],
    ids=["not-warc", "missing"],
)
def test_unreadable_file_is_one_error(tmp_path: Path, content: bytes | None, reason: str) -> None:
    path = tmp_path / "x.warc"
    if content is not None:
        path.write_bytes(content)
    items = list(iter_warc(path))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].reason == reason and str(path) in str(items[0])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01T10:00:00Z", "2024-05-01"),
        ("2024-05-01", "2024-05-01"),
        ("junk", None),
        (None, None),
    ],
)
def test_warc_date(value: str | None, expected: str | None) -> None:
    got = warc_date(value)
    assert (got.isoformat() if got else None) == expected
