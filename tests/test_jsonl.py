"""Tests for newsscores.sources.jsonl: good lines become documents, bad lines errors."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsscores.errors import InputError
from newsscores.models import RawDocument
from newsscores.sources.jsonl import iter_jsonl

GOOD = [
    {"url": "https://x.test/1", "html": "<p>Hà Tĩnh đạt 95,38 điểm</p>", "date": "2025-11-18"},
    {"url": "https://x.test/2", "text": "Quang Ninh scored 90.12.", "title": "QN"},
    {"text": "No url.", "html": "  ", "date": "2025-11-18T08:00:00+07:00"},
]


def _write(path: Path, lines: list[bytes]) -> Path:
    data = b"\n".join(lines) + b"\n"
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


@pytest.mark.parametrize("name", ["a.jsonl", "a.jsonl.gz"])
def test_good_lines_become_documents(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, [json.dumps(o, ensure_ascii=False).encode() for o in GOOD])
    docs = list(iter_jsonl(path))
    assert all(isinstance(d, RawDocument) for d in docs)
    got = [(d.kind, d.url, d.title, d.published and d.published.isoformat()) for d in docs]  # type: ignore[union-attr]
    assert got == [
        ("html", "https://x.test/1", None, "2025-11-18"),
        ("text", "https://x.test/2", "QN", None),
        ("text", None, None, "2025-11-18"),
    ]
    assert docs[0].content == GOOD[0]["html"]  # type: ignore[union-attr]
    assert [d.source_path for d in docs] == [f"{path}#line {n}" for n in (1, 2, 3)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "reason", "words"),
    [
        (b"{not json", "malformed", "invalid JSON"),
        (b"[1, 2]", "malformed", "not a JSON object"),
        (b'{"url": "u"}', "malformed", '"html" or "text"'),
        (b'{"text": "t", "date": "18/11/2025"}', "malformed", "ISO date"),
        (b'{"text": "t", "url": 5}', "malformed", '"url" must be a string'),
        (b'{"text": "\xff\xfe"}', "encoding", "UTF-8"),
    ],
    ids=["json", "array", "no-body", "date", "url-type", "utf8"],
)
def test_bad_line_is_an_error_naming_the_line(
    tmp_path: Path, line: bytes, reason: str, words: str
) -> None:
    good = json.dumps(GOOD[1]).encode()
    path = _write(tmp_path / "b.jsonl", [good, b"", line, good])
    items = list(iter_jsonl(path))
    assert [isinstance(i, RawDocument) for i in items] == [True, False, True]
    error = items[1]
    assert isinstance(error, InputError)
    assert error.reason == reason and words in error.message
    assert str(error).startswith(f"{path}#line 3: ")


def test_overlong_line_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    big = json.dumps({"text": "x" * 5000}).encode()
    path = _write(tmp_path / "c.jsonl", [big, json.dumps(GOOD[1]).encode()])
    items = list(iter_jsonl(path, max_bytes=1000))
    assert isinstance(items[0], InputError) and items[0].reason == "too_large"
    assert isinstance(items[1], RawDocument) and items[1].source_path.endswith("#line 2")


def test_missing_file_is_one_error(tmp_path: Path) -> None:
    items = list(iter_jsonl(tmp_path / "none.jsonl"))
    assert len(items) == 1 and isinstance(items[0], InputError)
