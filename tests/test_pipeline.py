"""Ingest end to end: storing, rerunning, bad input, languages, re-extraction, workers,
and a run killed halfway that ends with exactly the facts of a clean run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsscores import settings
from newsscores.cli.progress import Progress
from newsscores.models import Article, Fact, RawDocument, article_id
from newsscores.pipeline import IngestReport, extract_article, ingest, process_document

TESTS = Path(__file__).resolve().parent

#: Columns compared between databases: everything but times and run ids.
COMPARED = {
    "articles": "id, url, source_path, lang, lang_prob, lang_source, title, published, text, "
    "extractor, extract_status",
    "facts": 'id, article_id, kind, unit_key, unit_text, metric, value, max_value, start, "end", '
    "quote, extractor, period_start, period_end, period_source",
    "fact_evidence": 'fact_id, start, "end", quote',
    "sources": "source_path, article_id, outcome",
    "errors": "id, source_path, stage, reason, message",
}


def snapshot(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row that a rerun must not change, table by table."""
    conn = sqlite3.connect(db_path)
    try:
        return {
            table: conn.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2").fetchall()
            for table, cols in COMPARED.items()
        }
    finally:
        conn.close()


def _counts(db_path: Path) -> dict[str, int]:
    return {table: len(rows) for table, rows in snapshot(db_path).items()}


def test_corpus_is_stored_with_url_lang_and_date(
    corpus_dir: Path, tmp_db: Path, fake_extractor: object
) -> None:
    report = ingest([corpus_dir], tmp_db, workers=1)
    assert (report.read, report.stored, report.failed_total, report.status) == (19, 19, 0, "done")
    assert report.facts > 0
    conn = sqlite3.connect(tmp_db)
    rows = {
        Path(r[0]).name: r[1:]
        for r in conn.execute("SELECT source_path, url, lang, published FROM articles")
    }
    assert rows["002_a7208a7ff5152896.txt"][0].endswith("postid430833.bbg")
    assert rows["002_a7208a7ff5152896.txt"][1] == "no"
    assert rows["004_eabcd36e13c846e9.txt"] == (None, "en", "2025-12-16")
    assert {lang for _, lang, _ in rows.values()} == {"en", "fr", "no", "vi"}
    # Every fact's evidence is where its offsets say, in the stored text.
    for text, start, end, value in conn.execute(
        'SELECT a.text, f.start, f."end", f.value FROM facts f '
        "JOIN articles a ON a.id = f.article_id"
    ):
        assert float(text[start:end].replace(",", ".")) == value


def test_a_rerun_adds_nothing_not_even_errors(
    corpus_dir: Path, tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "latin1.txt").write_bytes("Sở Tư pháp".encode()[:-1] + b"\xe9 caf\xe9")
    first = ingest([corpus_dir, bad], tmp_db, workers=1)
    before = snapshot(tmp_db)
    second = ingest([corpus_dir, bad], tmp_db, workers=1)
    assert snapshot(tmp_db) == before
    assert dict(first.failed) == {"binary": 1, "empty": 1, "encoding": 1}
    assert (second.read, second.stored, second.skipped, second.facts) == (0, 0, 22, 0)
    assert second.ok


def test_bad_inputs_are_recorded_and_the_batch_goes_on(
    corpus_dir: Path, tmp_path: Path, tmp_db: Path
) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "huge.txt").write_text("x" * 50)
    messages: list[str] = []
    report = ingest(
        [tmp_path / "missing", tmp_path / "empty", corpus_dir / "000_1c80cfa5dc7b4d2c.txt"],
        tmp_db,
        workers=1,
        on_error=messages.append,
    )
    assert report.stored == 1 and report.ok
    assert dict(report.failed) == {"not_found": 1, "no_articles": 1}
    assert all("\n" not in m for m in messages)
    assert any(str(tmp_path / "missing") in m for m in messages)
    conn = sqlite3.connect(tmp_db)
    reasons = {r[0] for r in conn.execute("SELECT reason FROM errors")}
    assert reasons == {"not_found", "no_articles"}
    # A missing path is looked at again next time, not remembered as done.
    assert conn.execute("SELECT count(*) FROM sources WHERE outcome LIKE 'error%'").fetchone() == (
        0,
    )


def test_nothing_ingestable_is_not_ok(tmp_path: Path, tmp_db: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"")
    report = ingest([tmp_path], tmp_db, workers=1)
    assert not report.ok and report.failed == {"empty": 1}


def test_duplicate_texts_are_stored_once(tmp_path: Path, tmp_db: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Bac Ninh scored 92.80 points this week.\n")
    report = ingest([tmp_path], tmp_db, workers=1)
    assert (report.stored, report.duplicates) == (1, 1)
    conn = sqlite3.connect(tmp_db)
    assert conn.execute("SELECT source_path FROM articles").fetchall() == [
        (str(tmp_path / "a.txt"),)
    ]
    assert sorted(conn.execute("SELECT outcome FROM sources")) == [("duplicate",), ("stored",)]


def test_html_pages_are_ingested_with_their_metadata(tmp_path: Path, tmp_db: Path) -> None:
    from test_sources import PAGE

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    report = ingest([tmp_path], tmp_db, workers=1)
    assert report.stored == 1
    row = sqlite3.connect(tmp_db).execute("SELECT url, published, lang, text FROM articles")
    url, published, lang, text = row.fetchone()
    assert (url, published, lang) == ("https://news.example/bac-ninh-leads", "2025-10-14", "en")
    assert "92.80 points" in text and "Copyright" not in text



def test_a_page_date_in_free_text_is_searched_only_for_index_articles(
    tmp_path: Path, tmp_db: Path
) -> None:
    """htmldate's extensive search (slow on some pages) is spent only on articles that
    may hold facts; a page on another topic keeps the date its markup gives, if any."""
    from test_sources import TEXT_DATED_PAGE

    off_topic = TEXT_DATED_PAGE.replace(
        "according to the National Public Service Portal", "according to the club"
    )
    (tmp_path / "index.html").write_text(TEXT_DATED_PAGE, encoding="utf-8")
    (tmp_path / "other.html").write_text(off_topic, encoding="utf-8")
    assert ingest([tmp_path], tmp_db, workers=1).stored == 2
    rows = sqlite3.connect(tmp_db).execute(
        "SELECT source_path, published, extract_status FROM articles ORDER BY source_path"
    )
    assert [(Path(p).name, d, s) for p, d, s in rows] == [
        ("index.html", "2025-10-14", "extracted"),
        ("other.html", None, "no_index"),
    ]

GERMAN = (
    "Die Provinz Bac Ninh erreichte in dieser Woche 92,80 Punkte und bleibt damit an der "
    "Spitze der landesweiten Rangliste für die Qualität der öffentlichen Dienstleistungen."
)


def test_unsupported_language_is_stored_not_extracted(
    tmp_path: Path, tmp_db: Path, fake_extractor: object
) -> None:
    (tmp_path / "de.txt").write_text(GERMAN)
    report = ingest([tmp_path], tmp_db, workers=1)
    assert report.stored == 1 and report.facts == 0 and report.unsupported == {"de": 1}
    row = sqlite3.connect(tmp_db).execute("SELECT lang, extract_status FROM articles").fetchone()
    assert row == ("de", "unsupported_language:de")


def test_lang_override(tmp_path: Path, tmp_db: Path) -> None:
    (tmp_path / "de.txt").write_text(GERMAN)
    ingest([tmp_path], tmp_db, workers=1, lang="nb")
    row = sqlite3.connect(tmp_db).execute("SELECT lang, lang_source, lang_prob FROM articles")
    assert row.fetchone() == ("no", "override", None)


def test_extractor_failure_keeps_the_article_and_records_why(
    tmp_path: Path, tmp_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, lang: str, url: str | None = None) -> list[Fact]:
        raise ValueError("rule pack exploded")

    monkeypatch.setattr(sys.modules["newsscores.engine"], "extract_facts", broken)
    (tmp_path / "a.txt").write_text("Bac Ninh scored 92.80 points in the PCI this year.\n")
    report = ingest([tmp_path], tmp_db, workers=1)
    assert report.stored == 1
    conn = sqlite3.connect(tmp_db)
    assert conn.execute("SELECT extract_status FROM articles").fetchone() == ("extract_error",)
    (row,) = conn.execute("SELECT message, detail FROM errors WHERE reason = 'extract_failed'")
    assert "a.txt" in row[0] and "rule pack exploded" in row[0]
    # the traceback is kept, and the failure logged to the package's logger
    assert row[1].startswith("Traceback") and "in broken" in row[1]


def test_extraction_failures_are_logged(
    tmp_path: Path, tmp_db: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(text: str, lang: str, url: str | None = None) -> list[Fact]:
        raise ValueError("rule pack exploded")

    monkeypatch.setattr(sys.modules["newsscores.engine"], "extract_facts", broken)
    (tmp_path / "a.txt").write_text("Bac Ninh scored 92.80 points in the PCI this year.\n")
    with caplog.at_level("WARNING", logger="newsscores"):
        ingest([tmp_path], tmp_db, workers=1)
    assert any("a.txt" in r.getMessage() and r.exc_info for r in caplog.records)


def test_facts_outside_the_text_are_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bac Ninh 92.80 points in the PCI."

    def wild(text: str, lang: str, url: str | None = None) -> list[Fact]:
        return [
            Fact(
                kind="rank",
                unit_key="bac_ninh",
                unit_text="Bac Ninh",
                value=1,
                start=900,
                end=901,
                quote="x",
                extractor="t",
            )
        ]

    monkeypatch.setattr(sys.modules["newsscores.engine"], "extract_facts", wild)
    art = Article(id=article_id(text), source_path="s", lang="en", text=text)
    out = extract_article(art)
    assert out.facts == [] and [e.reason for e in out.errors] == ["invalid_fact"]


def test_an_article_naming_no_index_has_no_facts_and_says_why(tmp_path: Path, tmp_db: Path) -> None:
    # SCHEMA.md: only governance indices count; a club named after a province is a club
    (tmp_path / "football.txt").write_text(
        "Ha Noi FC climbed to third place in the V-League with 18 points after beating Hai Phong.\n"
    )
    (tmp_path / "pci.txt").write_text("Bac Ninh scored 72.5 points in the PCI 2024, ranking 3rd.\n")
    report = ingest([tmp_path], tmp_db, workers=1)
    conn = sqlite3.connect(tmp_db)
    status = dict(conn.execute("SELECT source_path, extract_status FROM articles"))
    assert {Path(k).name: v for k, v in status.items()} == {
        "football.txt": "no_index",
        "pci.txt": "extracted",
    }
    facts = conn.execute("SELECT kind, unit_key, metric, value FROM facts ORDER BY kind").fetchall()
    assert facts == [("rank", "bac_ninh", "pci", 3.0), ("score", "bac_ninh", "pci", 72.5)]
    assert report.facts == 2


def test_process_document_never_raises() -> None:
    out = process_document(RawDocument(source_path="b.txt", content=b"\x00" * 50, kind="text"))
    assert out.article is None and out.errors[0].reason == "binary"


def test_new_extractor_version_reextracts_stored_articles(
    corpus_dir: Path, tmp_db: Path, fake_extractor: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest([corpus_dir], tmp_db, workers=1)
    old = snapshot(tmp_db)["facts"]

    def ranks_only(text: str, lang: str, url: str | None = None) -> list[Fact]:
        return [
            f.model_copy(update={"kind": "rank", "metric": None, "value": round(f.value)})
            for f in fake_extractor(text, lang, url)
        ]  # type: ignore[operator]

    monkeypatch.setattr(sys.modules["newsscores.engine"], "extract_facts", ranks_only)
    monkeypatch.setattr(settings, "EXTRACTOR_VERSION", "rules-test-2")
    report = ingest([corpus_dir], tmp_db, workers=1)
    assert report.reextracted == 19 and report.skipped == 19
    new = snapshot(tmp_db)
    assert {row[2] for row in new["facts"]} == {"rank"}
    assert {row[9] for row in new["articles"]} == {"rules-test-2"}
    assert old and len(new["facts"]) <= len(old)
    again = ingest([corpus_dir], tmp_db, workers=1)
    assert again.reextracted == 0 and snapshot(tmp_db) == new


@pytest.mark.slow
def test_two_workers_give_the_same_database_as_one(
    corpus_dir: Path, tmp_path: Path, fake_extractor: object
) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    ingest([corpus_dir], one, workers=1)
    report = ingest([corpus_dir], two, workers=2)
    assert report.stored == 19 and report.status == "done"
    assert snapshot(one) == snapshot(two)


def test_progress_log_lines_when_not_a_terminal(
    corpus_dir: Path, tmp_db: Path, fake_extractor: object
) -> None:
    import io

    stream = io.StringIO()
    progress = Progress(stream, interval=0.0, live=False)
    ingest([corpus_dir], tmp_db, workers=1, progress=progress)
    lines = stream.getvalue().splitlines()
    assert lines and all(line.startswith("ingest: ") for line in lines)
    assert "19 docs" in lines[-1] and "docs/s" in lines[-1]
    assert "\r" not in stream.getvalue()


def test_progress_live_line_shows_rate_and_eta() -> None:
    import io

    stream = io.StringIO()
    progress = Progress(stream, live=True)
    progress.total_bytes, progress.position = 1000, 250
    progress.update(IngestReport(read=5, stored=5))
    out = stream.getvalue()
    assert out.startswith("\r") and "5 docs" in out and "25%" in out and "ETA" in out


# --------------------------------------------------------------- kill and resume

#: Runs the CLI with the stand-in extractor, slowed down so a kill lands mid-run.
RUNNER = f"""
import sys, time
sys.path.insert(0, {str(TESTS)!r})
from conftest import number_facts
def slow(text, lang, url=None):
    time.sleep(0.04)  # slow enough that an interruption lands mid-run on any machine
    return number_facts(text, lang, url)
import newsscores.engine
newsscores.engine.extract_facts = slow
from newsscores.cli import main
main()
"""


def make_corpus(corpus_dir: Path, out: Path, n: int) -> Path:
    """``n`` distinct small articles varied from the sample corpus (a few duplicates and
    one bad file among them), in nested folders."""
    texts = sorted(corpus_dir.rglob("*.txt"))
    previous = ""
    for i in range(n):
        src = texts[i % len(texts)].read_text(encoding="utf-8")
        body = src.replace("Source: ", f"Source: https://mirror.example/{i}?u=")
        content = f"Edition {i}: {i % 13}.5 points\n{body}"
        if i and i % 50 == 0:
            content = previous  # a duplicate of its predecessor
        previous = content
        folder = out / f"part{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc{i:04d}.txt").write_text(content, encoding="utf-8")
    (out / "part0" / "broken.txt").write_bytes(b"\x00\xff" * 64)
    return out


def _run_cli(db: Path, corpus: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", RUNNER, "ingest", str(corpus), "--db", str(db), "-q", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _stored(db: Path, patience: float = 0.0) -> int:
    """Sources stored in ``db`` (0 before it has any); a database busy with a writer's
    last checkpoint is asked again for up to ``patience`` seconds, not read as empty."""
    deadline = time.monotonic() + patience
    while True:
        try:
            conn = sqlite3.connect(db, timeout=1)
            try:
                return int(conn.execute("SELECT count(*) FROM sources").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error:
            if time.monotonic() >= deadline:
                return 0
            time.sleep(0.2)


def _wait_gone(marker: str, timeout: float = 10.0) -> bool:
    """Whether every process whose command line holds ``marker`` ends within ``timeout``
    (the forked workers share the writer's command line). True where /proc is missing."""
    proc = Path("/proc")
    if not proc.is_dir():
        return True
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = []
        for entry in proc.iterdir():
            try:
                if entry.name.isdigit() and marker.encode() in (entry / "cmdline").read_bytes():
                    alive.append(entry.name)
            except OSError:
                continue
        if not alive:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
@pytest.mark.parametrize(
    "sig",
    [
        signal.SIGKILL,
        signal.SIGINT,
    ],
)
def test_interrupted_run_resumed_equals_a_clean_run(
    corpus_dir: Path, tmp_path: Path, sig: signal.Signals
) -> None:
    corpus = make_corpus(corpus_dir, tmp_path / "gen", 300)
    clean, resumed = tmp_path / "clean.db", tmp_path / "resumed.db"
    proc = _run_cli(clean, corpus, "--workers", "2")
    assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""

    total = _stored(clean, patience=10)
    for _attempt in range(3):
        # the run must still be going when the signal takes effect: on a machine busy
        # with other tests it can finish first, and then the run is simply tried again
        for leftover in tmp_path.glob("resumed.db*"):
            leftover.unlink()
        proc = _run_cli(resumed, corpus, "--workers", "2")
        deadline = time.monotonic() + 120
        while _stored(resumed) < 60 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if proc.poll() is not None:
            continue
        os.kill(proc.pid, sig)
        code = proc.wait(timeout=60)
        done_before = _stored(resumed, patience=10)
        if code == 0 and done_before == total:
            continue  # it had written everything before the signal took effect
        break
    else:
        pytest.fail("the run always ended before it could be interrupted")
    assert code == (-signal.SIGKILL if sig == signal.SIGKILL else 130), (code, done_before)
    assert 0 < done_before < total, "the interruption must land mid-run"
    assert _wait_gone(str(resumed)), "workers must not outlive a killed writer"

    proc = _run_cli(resumed, corpus, "--workers", "2")
    assert proc.wait(timeout=300) == 0
    expected = snapshot(clean)
    assert len(expected["articles"]) == 295 and expected["facts"]
    assert snapshot(resumed) == expected


def test_warm_up_loads_the_packs_and_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    """Warm-up fills the caches a document needs, and a broken extractor does not
    stop it (the failure is met, and recorded, on the document)."""
    from newsscores import pipeline
    from newsscores.engine import packs
    from newsscores.pipeline import document

    packs.clear_caches()
    pipeline.warm_up()
    assert packs._load_pack.cache_info().currsize >= 1

    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise RuntimeError("broken extractor")

    monkeypatch.setattr(document._extract, "extract_facts", broken)
    pipeline.warm_up()  # no exception
