"""Issue 13 end to end: a hostile or messy input beside good ones never stops a run,
loses a good input, hangs, or touches a database it should not.

Each case writes good articles around one bad input and ingests them: every good
input is stored, and the bad one is an ``errors`` row whose one-line message names it.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from warcio.warcwriter import WARCWriter

from _warcbuild import build
from newsscores import settings, store
from newsscores.errors import StorageError
from newsscores.models import Fact
from newsscores.pipeline import ingest


def article(i: int) -> str:
    """A good article: one ``NN.NN points`` score for the stand-in extractor."""
    return f"Edition {i}. Bac Ninh reached {60 + i}.25 points in the PCI (provincial competitiveness index).\n"


def html_page(i: int) -> bytes:
    return f"<html><body><article><p>{article(i)}</p></article></body></html>".encode()


def warc_records(
    compress: bool, n: int = 5, bad: int | None = None, **bad_kw: Any
) -> list[bytes]:
    """``n`` response records, each its own bytes (gzip member when ``compress``);
    record ``bad`` gets ``bad_kw`` (body, headers, url) instead of a good page."""
    out = []
    for i in range(n):
        buf = io.BytesIO()
        kw: dict[str, Any] = {"body": html_page(i)}
        url = f"https://x.test/{i}"
        if i == bad:
            url = bad_kw.pop("url", url)
            kw.update(bad_kw)
        build.write_response(WARCWriter(buf, gzip=compress), i + 1, url, **kw)
        out.append(buf.getvalue())
    return out


def _set_length(record: bytes, delta: int) -> bytes:
    m = re.search(rb"Content-Length: (\d+)", record)
    assert m is not None
    return record.replace(m.group(0), b"Content-Length: %d" % (int(m.group(1)) + delta), 1)


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def stored_sources(db: Path) -> set[str]:
    return {r[0] for r in _rows(db, "SELECT source_path FROM sources WHERE outcome='stored'")}


def errors(db: Path) -> list[tuple[str, str, str]]:
    return [
        (r[0], r[1], r[2])
        for r in _rows(db, "SELECT source_path, reason, message FROM errors ORDER BY 1")
    ]


def check_case(
    db: Path, good: int, bad_name: str, reason: str | None = None, message: str = ""
) -> None:
    """``good`` inputs stored; exactly the error rows that name ``bad_name``, each
    one line, with ``reason`` and ``message`` in it."""
    assert len(stored_sources(db)) == good
    rows = errors(db)
    assert rows, "the bad input must be an errors row"
    for source, why, text in rows:
        assert bad_name in source and bad_name in text
        assert "\n" not in text
        if reason is not None:
            assert why == reason
        assert message in text


# --------------------------------------------------------------- WARC


def _warc_case(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "also.txt").write_text(article(99), encoding="utf-8")
    return folder


def _corrupt_member(records: list[bytes]) -> bytes:
    bad = bytearray(records[2])
    bad[40:60] = b"\0" * 20
    return b"".join([*records[:2], bytes(bad), *records[3:]])


WARC_CASES: dict[str, tuple[str, Callable[[], bytes], int, str, str]] = {
    # id: (file name, bytes, good records stored, reason, words in the message)
    "chunk-size-negative": (
        "a.warc",
        lambda: b"".join(
            warc_records(
                False, bad=2, body=b"-4\r\nabc", headers=[("Transfer-Encoding", "chunked")]
            )
        ),
        4,
        "malformed",
        "bad chunk size",
    ),
    "corrupt-gzip-member": (
        "a.warc.gz",
        lambda: _corrupt_member(warc_records(True)),
        4,
        "malformed",
        "reading went on after it",
    ),
    "content-length-short": (
        "a.warc",
        lambda: b"".join(
            (_set_length(r, -60) if i == 2 else r) for i, r in enumerate(warc_records(False))
        ),
        4,
        "malformed",
        "Content-Length does not match",
    ),
    "content-length-long": (
        "a.warc",
        lambda: b"".join(
            (_set_length(r, 300) if i == 2 else r) for i, r in enumerate(warc_records(False))
        ),
        4,
        "malformed",
        "Content-Length does not match",
    ),
    "content-length-superscript": (
        "a.warc",
        lambda: b"".join(
            (re.sub(rb"Content-Length: \d+", "Content-Length: ²".encode(), r, count=1)
             if i == 2 else r)
            for i, r in enumerate(warc_records(False))
        ),
        4,
        "malformed",
        "Content-Length",
    ),
    "short-member-in-gzip": (
        "a.warc.gz",
        lambda: b"".join(
            gzip.compress(_set_length(gzip.decompress(r), -60) if i == 2 else gzip.decompress(r))
            for i, r in enumerate(warc_records(True))
        ),
        4,
        "malformed",
        "Content-Length does not match",
    ),
}


@pytest.mark.parametrize("case", list(WARC_CASES))
def test_bad_warc_record_is_an_error_and_every_other_record_is_stored(
    tmp_path: Path, tmp_db: Path, fake_extractor: object, case: str
) -> None:
    name, data, good, reason, words = WARC_CASES[case]
    folder = _warc_case(tmp_path, name, data())
    report = ingest([folder], tmp_db, workers=1)
    assert report.status == "done"
    check_case(tmp_db, good + 1, name, reason, words)
    records = [s for s in stored_sources(tmp_db) if s.startswith(f"{folder / name}#")]
    assert len(records) == good, "the records after the bad one are stored too"
    assert ingest([folder], tmp_db, workers=1).read == 0, "a rerun adds nothing"


def test_records_after_a_corrupt_member_are_stored(
    tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    records = warc_records(True)
    folder = _warc_case(tmp_path, "a.warc.gz", _corrupt_member(records))
    ingest([folder], tmp_db, workers=1)
    offsets = sorted(int(s.rsplit("#", 1)[1]) for s in stored_sources(tmp_db) if "#" in s)
    starts = [sum(len(r) for r in records[:i]) for i in range(len(records))]
    assert offsets == [starts[0], starts[1], starts[3], starts[4]]
    [(source, _, _)] = errors(tmp_db)
    assert source.endswith(f"#{starts[2]}-{starts[3]}")


def test_bad_ipv6_target_uri_is_stored_without_its_url(
    tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    data = b"".join(warc_records(False, bad=2, url="http://[::1"))
    folder = _warc_case(tmp_path, "a.warc", data)
    report = ingest([folder], tmp_db, workers=1)
    assert (report.stored, report.failed_total) == (6, 0)
    urls = {r[0] for r in _rows(tmp_db, "SELECT url FROM articles")}
    assert None in urls and "http://[::1" not in urls


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("zero.warc", b"", "empty file"),
        ("empty.jsonl", b"", "no JSON lines"),
        ("blank.jsonl", b"\n  \n", "no JSON lines"),
    ],
)
def test_empty_containers_are_named_errors(
    tmp_path: Path, tmp_db: Path, fake_extractor: object, name: str, data: bytes, words: str
) -> None:
    folder = _warc_case(tmp_path, name, data)
    ingest([folder], tmp_db, workers=1)
    check_case(tmp_db, 1, name, "empty", words)


# --------------------------------------------------------------- JSONL


def test_bad_jsonl_lines_are_errors_and_good_lines_around_them_are_stored(
    tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    good = [json.dumps({"text": article(i)}).encode() for i in range(3)]
    lines = [
        b"\xef\xbb\xbf" + good[0],  # a BOM: line 1 is still read
        b'{"text": ' + b"1" * 5000 + b"}",
        b"[" * 3000 + b"]" * 3000,
        b'{"text": "lone \\udcff surrogate"}',
        good[1],
        good[2],
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    report = ingest([folder], tmp_db, workers=1)
    assert report.status == "done"
    assert stored_sources(tmp_db) == {f"{folder / 'a.jsonl'}#line {n}" for n in (1, 5, 6)}
    rows = errors(tmp_db)
    assert [r[0].rsplit("#", 1)[1] for r in rows] == ["line 2", "line 3", "line 4"]
    assert "4300 digits" in rows[0][2] and "nested too deep" in rows[1][2]
    assert "surrogate" in rows[2][2]


# --------------------------------------------------------------- files and folders


def test_symlink_loop_is_an_error_and_the_good_files_are_stored(
    tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(article(2), encoding="utf-8")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("..", folder / "sub" / "up")  # a folder link: not followed
    os.symlink("self", folder / "self")
    report = ingest([folder], tmp_db, workers=1)
    assert report.status == "done"
    check_case(tmp_db, 2, "loop.txt", "unreadable", "symbolic links")


def test_file_names_that_are_not_utf8_or_hold_a_newline_are_stored_and_named(
    tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(article(1), encoding="utf-8")
    with open(os.fsencode(folder) + b"/latin\xe9.txt", "wb") as fh:
        fh.write(article(2).encode())
    (folder / "new\nline.txt").write_text(article(3), encoding="utf-8")
    with open(os.fsencode(folder) + b"/bad\xff\n.txt", "wb") as fh:
        fh.write(b"\x00\x01\x02" * 100)
    report = ingest([folder], tmp_db, workers=1)
    assert (report.stored, report.failed_total) == (3, 1)
    assert f"{folder}/latin\\xe9.txt" in stored_sources(tmp_db)
    assert f"{folder}/new\\nline.txt" in stored_sources(tmp_db)
    check_case(tmp_db, 3, "bad\\xff\\n.txt", "binary")
    assert ingest([folder], tmp_db, workers=1).skipped == 4, "the names are stable"


def test_unreadable_subfolder_is_an_error_row(
    tmp_path: Path, tmp_db: Path, fake_extractor: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "x.txt").write_text(article(1), encoding="utf-8")
    (folder / "a.txt").write_text(article(2), encoding="utf-8")
    real = os.scandir

    def scandir(path: Any) -> Any:  # root reads any folder: simulate a permission error
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    ingest([folder], tmp_db, workers=1)
    check_case(tmp_db, 1, "locked", "unreadable", "Permission denied")


def test_huge_attribute_does_not_hide_the_page_text(
    tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    image = "A" * 11_000_000
    page = (
        f'<html><body><img src="data:image/png;base64,{image}">'
        f"<article><p>{article(7)}</p></article></body></html>"
    )
    (folder / "big.html").write_text(page, encoding="utf-8")
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    report = ingest([folder], tmp_db, workers=1)
    assert (report.stored, report.failed_total, report.facts) == (2, 0, 2)


def test_utf16_without_bom_is_read(tmp_path: Path, tmp_db: Path, fake_extractor: object) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "le.txt").write_bytes(article(1).encode("utf-16-le"))
    (folder / "be.txt").write_bytes(article(2).encode("utf-16-be"))
    report = ingest([folder], tmp_db, workers=1)
    assert (report.stored, report.failed_total, report.facts) == (2, 0, 2)


def test_a_reader_bug_is_an_error_row_not_the_end_of_the_run(
    tmp_path: Path, tmp_db: Path, fake_extractor: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsscores.sources import jsonl

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"text": article(1)}) + "\n", encoding="utf-8")
    (folder / "b.txt").write_text(article(2), encoding="utf-8")

    def broken(path: Path, **_: Any) -> Any:
        raise RecursionError("maximum recursion depth exceeded")
        yield  # pragma: no cover

    monkeypatch.setattr(jsonl, "iter_jsonl", broken)
    for _ in range(2):  # the rerun does not stop at the same input either
        report = ingest([folder], tmp_db, workers=1)
        assert report.status == "done"
    check_case(tmp_db, 1, "a.jsonl", "malformed", "RecursionError")


def test_a_value_sqlite_cannot_store_is_an_error_row(
    tmp_path: Path, tmp_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import number_facts

    def bad_unit(text: str, lang: str, url: str | None = None) -> list[Fact]:
        facts = number_facts(text, lang, url)
        if "Edition 2." in text:
            facts = [f.model_copy(update={"unit_text": "bad \udcff"}) for f in facts]
        return facts

    monkeypatch.setattr(sys.modules["newsscores.engine"], "extract_facts", bad_unit)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in (1, 2, 3):
        (folder / f"{i}.txt").write_text(article(i), encoding="utf-8")
    report = ingest([folder], tmp_db, workers=1)
    assert (report.stored, report.failed_total, report.facts) == (2, 1, 2)
    check_case(tmp_db, 2, "2.txt", "store_failed", "UnicodeEncodeError")
    assert len(_rows(tmp_db, "SELECT * FROM facts")) == 2, "nothing half-written"


def test_extreme_numbers_are_not_facts_and_do_not_lose_the_article(
    tmp_path: Path, tmp_db: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = (
        "Bac Ninh ranked 1" + "0" * 400 + "th in the PCI 2023 with 70.5 points. "
        "Hai Phong scored " + "9" * 401 + " points in the PCI 2023. "
        "Hai Phong scored 68.2 points in the PCI 2023.\n"
    )
    (folder / "a.txt").write_text(text, encoding="utf-8")
    report = ingest([folder], tmp_db, workers=1)
    assert (report.stored, report.failed_total) == (1, 0)
    assert _rows(tmp_db, "SELECT extract_status FROM articles") == [("extracted",)]
    values = {r[0] for r in _rows(tmp_db, "SELECT value FROM facts")}
    assert values and all(abs(v) < 1e15 for v in values)
    assert 68.2 in values


# --------------------------------------------------------------- failures are retried


def test_a_failed_file_is_read_again_once_fixed(
    tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    bad = folder / "b.txt"
    bad.write_bytes(b"\xfa\xfb not utf-8 " * 10)
    first = ingest([folder], tmp_db, workers=1)
    assert (first.stored, first.failed_total) == (1, 1)
    assert ingest([folder], tmp_db, workers=1).failed_total == 0, "unchanged: not retried"
    bad.write_text(article(2), encoding="utf-8")  # fixed as the message advised
    again = ingest([folder], tmp_db, workers=1)
    assert (again.stored, again.skipped) == (1, 1)
    assert len(stored_sources(tmp_db)) == 2
    assert errors(tmp_db) == [], "the old failure is forgotten once the input is stored"


def test_retry_failed_reads_every_failed_input_again(
    tmp_path: Path, tmp_db: Path, fake_extractor: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsscores.sources as sources

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    (folder / "big.txt").write_text(article(2) * 20, encoding="utf-8")
    monkeypatch.setattr(sources, "SETTINGS", replace(sources.SETTINGS, max_input_bytes=500))
    first = ingest([folder], tmp_db, workers=1)
    assert first.failed == {"too_large": 1}
    monkeypatch.setattr(sources, "SETTINGS", replace(sources.SETTINGS, max_input_bytes=10**6))
    assert ingest([folder], tmp_db, workers=1).stored == 0, "unchanged file: not retried"
    retried = ingest([folder], tmp_db, workers=1, retry_failed=True)
    assert (retried.stored, retried.skipped, retried.failed_total) == (1, 1, 0)


# --------------------------------------------------------------- databases


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE articles (x)")
    conn.execute("INSERT INTO articles VALUES (1)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    with pytest.raises(StorageError, match="not a newsscores database"):
        ingest([tmp_path / "a.txt"], other, workers=1)
    assert other.read_bytes() == before
    assert not Path(f"{other}-wal").exists()


def test_same_table_names_with_other_columns_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "lookalike.db"
    conn = sqlite3.connect(other)
    for table in ("articles", "facts", "errors", "runs", "sources"):
        conn.execute(f"CREATE TABLE {table} (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(StorageError, match="not a newsscores database"):
        store.open_db(other)
    assert other.read_bytes() == before


def test_not_sqlite_at_all_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    other.write_bytes(b"just some notes, " * 100)
    with pytest.raises(StorageError, match="not a SQLite database"):
        store.open_db(other)
    assert other.read_bytes() == b"just some notes, " * 100


def test_newsscores_database_of_an_older_layout_is_adopted(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    store.open_db(db).conn.execute("DROP TABLE meta")
    reopened = store.open_db(db)
    meta = dict(reopened.conn.execute("SELECT key, value FROM meta").fetchall())
    assert meta == {"application": "newsscores", "schema_version": str(store.SCHEMA_VERSION)}


def test_database_of_a_newer_layout_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    conn = store.open_db(db).conn
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    with pytest.raises(StorageError, match="newer newsscores"):
        store.open_db(db)


def test_disk_full_stops_with_a_storage_error_and_keeps_what_was_committed(
    tmp_path: Path, tmp_db: Path, fake_extractor: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "SETTINGS", replace(settings.SETTINGS, batch_size=1))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    (folder / "b.txt").write_text(article(2) + "x" * 400_000, encoding="utf-8")
    db = store.open_db(tmp_db)
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 40}")
    with pytest.raises(StorageError, match="full"):
        ingest([folder], db, workers=1)
    assert stored_sources(tmp_db) == {str(folder / "a.txt")}
    run = _rows(tmp_db, "SELECT status, stored FROM runs")
    assert run == [("failed", 1)]


def test_read_only_database_is_a_storage_error(
    tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    store.open_db(tmp_db).conn.close()
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    conn = sqlite3.connect(f"file:{tmp_db}?mode=ro", uri=True)
    import sqlite_utils

    with pytest.raises(StorageError, match="readonly"):
        ingest([tmp_path / "a.txt"], sqlite_utils.Database(conn), workers=1)


def test_a_killed_run_is_marked_interrupted_at_the_next_start(
    tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    from conftest import start_dead_run

    db = store.open_db(tmp_db)
    run = start_dead_run(db, 1)
    live = store.start_run(db, "ingest", 1)  # this process: alive, left alone
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    ingest([tmp_path / "a.txt"], tmp_db, workers=1)
    statuses = dict(_rows(tmp_db, "SELECT id, status FROM runs"))
    assert statuses[run] == "interrupted" and statuses[live] == "running"


def test_an_interrupted_run_reports_only_what_was_committed(
    tmp_path: Path, tmp_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import number_facts

    def interrupt_on_third(text: str, lang: str, url: str | None = None) -> list[Fact]:
        if "Edition 3." in text:
            raise KeyboardInterrupt
        return number_facts(text, lang, url)

    monkeypatch.setattr(sys.modules["newsscores.engine"], "extract_facts", interrupt_on_third)
    monkeypatch.setattr(settings, "SETTINGS", replace(settings.SETTINGS, batch_size=1000))
    folder = tmp_path / "in"
    folder.mkdir()
    for i in (1, 2, 3):
        (folder / f"{i}.txt").write_text(article(i), encoding="utf-8")
    report = ingest([folder], tmp_db, workers=1)
    assert report.status == "interrupted"
    assert (report.read, report.stored, report.facts) == (0, 0, 0)
    assert _rows(tmp_db, "SELECT status, stored, facts FROM runs") == [("interrupted", 0, 0)]
    assert stored_sources(tmp_db) == set()


# --------------------------------------------------------------- time budget, dying workers


def _hostile_extractor(behaviour: str) -> Callable[..., list[Fact]]:
    """The stand-in extractor, except on ``Edition 2.``: spin on the CPU, sleep (as if
    stuck in C code, where no timer can stop it), or kill its process."""
    from conftest import number_facts

    def extract(text: str, lang: str, url: str | None = None) -> list[Fact]:
        if "Edition 2." in text:
            if behaviour == "spin":
                while True:
                    pass
            if behaviour == "stuck":
                import time

                time.sleep(600)
            if behaviour == "die":
                os._exit(3)
        return number_facts(text, lang, url)

    return extract


@pytest.mark.parametrize(
    ("behaviour", "workers", "reason"),
    [
        ("spin", 1, "timeout"),
        ("spin", 2, "timeout"),
        ("stuck", 2, "timeout"),
        ("die", 2, "worker_died"),
    ],
    ids=["cpu-in-process", "cpu-in-worker", "stuck-worker-replaced", "worker-dies"],
)
def test_a_document_past_its_budget_or_killing_its_worker_is_recorded_and_the_run_goes_on(
    tmp_path: Path,
    tmp_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    behaviour: str,
    workers: int,
    reason: str,
) -> None:

    monkeypatch.setattr(
        sys.modules["newsscores.engine"], "extract_facts", _hostile_extractor(behaviour)
    )
    # a tiny budget through the setting; the hard wall-clock limit scaled down with it
    monkeypatch.setattr(settings, "SETTINGS", replace(settings.SETTINGS, document_seconds=0.3))
    from newsscores.pipeline import document

    monkeypatch.setattr(document, "HARD_SLACK", 1.0)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in (1, 2, 3, 4):
        (folder / f"{i}.txt").write_text(article(i), encoding="utf-8")
    report = ingest([folder], tmp_db, workers=workers, lang="en")
    assert report.status == "done"
    assert (report.stored, dict(report.failed)) == (3, {reason: 1})
    check_case(tmp_db, 3, "2.txt", reason)
    assert _rows(tmp_db, "SELECT outcome FROM sources WHERE source_path LIKE '%2.txt'") == [
        (f"error:{reason}",)
    ]
