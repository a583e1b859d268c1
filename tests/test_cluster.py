"""The cluster path without Spark: manifests, record rows, remote entries, markers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from _warcset import write_warcs
from newsscores import cluster, store
from newsscores.errors import UsageError
from newsscores.models import Fact, RawDocument
from newsscores.pipeline import process_document

AT = "2025-01-01T00:00:00+00:00"


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return write_warcs(tmp_path_factory.mktemp("warcs"))


def test_manifest_skips_blank_lines_and_comments(tmp_path: Path) -> None:
    manifest = tmp_path / "m.txt"
    manifest.write_text("# CC-NEWS, November\n\n a.warc.gz \ns3a://bucket/b.warc.gz\n")
    assert cluster.read_manifest(manifest) == ["a.warc.gz", "s3a://bucket/b.warc.gz"]


@pytest.mark.parametrize("content", ["", "\n  \n# only a comment\n"])
def test_empty_manifest_is_a_usage_error(tmp_path: Path, content: str) -> None:
    manifest = tmp_path / "m.txt"
    manifest.write_text(content)
    with pytest.raises(UsageError, match="m.txt: manifest lists no input paths"):
        cluster.read_manifest(manifest)


def test_missing_manifest_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="nope.txt: cannot read manifest"):
        cluster.read_manifest(tmp_path / "nope.txt")


def test_remote_entries() -> None:
    assert cluster.is_remote("s3a://commoncrawl/crawl-data/x.warc.gz")
    assert cluster.is_remote("hdfs://nn/warcs/x.warc.gz")
    assert not cluster.is_remote("/data/x.warc.gz")
    assert not cluster.is_remote("relative/x.warc.gz")


def test_file_records_one_row_per_record(warcs: tuple[Path, Path]) -> None:
    rows = list(cluster.file_records(7, str(warcs[0]), AT))
    assert [(r["file_index"], r["record_index"]) for r in rows] == [(7, 0), (7, 1), (7, 2)]
    article, corrupt, vietnamese = rows
    assert article["lang"] == "en" and article["article"]["lang"] == "en"
    assert article["source_outcome"] == "article" and article["facts"]
    assert {f["article_id"] for f in article["facts"]} == {article["article"]["id"]}
    assert list(article["facts"][0]) == list(store.FACT_TABLE_COLUMNS)
    assert list(article["article"]) == list(store.ARTICLE_TABLE_COLUMNS)
    assert corrupt["article"] is None and corrupt["lang"] == cluster.NO_LANG
    assert corrupt["source_outcome"] == "error:encoding"
    assert [e["reason"] for e in corrupt["errors"]] == ["encoding"]
    assert vietnamese["article"]["lang"] == "vi" and vietnamese["facts"]


def test_records_are_what_process_document_gives(warcs: tuple[Path, Path]) -> None:
    from newsscores.sources import iter_documents

    raws = [d for d in iter_documents([warcs[1]]) if isinstance(d, RawDocument)]
    rows = list(cluster.file_records(0, str(warcs[1]), AT))
    for raw, row in zip(raws, rows, strict=True):
        expected = cluster.outcome_rows(process_document(raw), AT)
        assert row["article"] == expected["articles"][0]
        assert row["facts"] == expected["facts"]


def test_missing_entry_is_one_error_row_without_source(tmp_path: Path) -> None:
    (row,) = cluster.file_records(0, str(tmp_path / "gone.warc.gz"), AT)
    assert row["article"] is None and row["source_outcome"] is None
    (error,) = row["errors"]
    assert (error["stage"], error["reason"]) == ("input", "not_found")
    assert "gone.warc.gz: no such file" in error["message"]


def test_garbage_file_is_one_error_row(tmp_path: Path) -> None:
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"\x00\x01 not a warc at all" * 10)
    rows = list(cluster.file_records(0, str(junk), AT))
    assert len(rows) == 1 and rows[0]["source_outcome"] == "error:malformed"


def test_remote_entry_is_copied_and_named_by_its_url(warcs: tuple[Path, Path]) -> None:
    url = warcs[0].as_uri()
    rows = list(cluster.file_records(0, url, AT))
    local = list(cluster.file_records(0, str(warcs[0]), AT))
    assert len(rows) == len(local) == 3
    assert all(r["source_path"].startswith(url + "#") for r in rows)
    assert rows[0]["article"]["source_path"] == rows[0]["source_path"]
    assert rows[0]["article"]["id"] == local[0]["article"]["id"]
    (error,) = rows[1]["errors"]
    assert error["message"].startswith(url + "#")
    assert error["id"] == store.error_id(rows[1]["source_path"], "encoding")


def test_missing_remote_entry_is_not_found(tmp_path: Path) -> None:
    url = (tmp_path / "gone.warc.gz").as_uri()
    (row,) = cluster.file_records(0, url, AT)
    assert [(e["source_path"], e["reason"]) for e in row["errors"]] == [(url, "not_found")]


def test_repeated_facts_become_evidence(fake_extractor: Callable[..., list[Fact]]) -> None:
    raw = RawDocument(
        source_path="x.txt",
        content="In the PCI, Bac Ninh scored 91.70 points. Again: 91.70 points, then 92.10 points.",
        kind="text",
    )
    rows = cluster.outcome_rows(process_document(raw, "en"), AT)
    assert sorted(f["value"] for f in rows["facts"]) == [91.7, 92.1]
    (evidence,) = rows["evidence"]
    first = next(f for f in rows["facts"] if f["value"] == 91.7)
    assert evidence["fact_id"] == first["id"] and evidence["start"] > first["start"]


def test_marker_is_required_and_finished(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such folder"):
        cluster.read_marker(tmp_path / "absent")
    with pytest.raises(UsageError, match="not newsscores spark-ingest output"):
        cluster.read_marker(tmp_path)
    (tmp_path / cluster.MARKER).write_text(cluster.marker_text("running"))
    with pytest.raises(UsageError, match="did not finish"):
        cluster.read_marker(tmp_path)
    (tmp_path / cluster.MARKER).write_text(cluster.marker_text("done", records=3))
    data = cluster.read_marker(tmp_path)
    assert data["records"] == 3 and json.loads(cluster.marker_text("done"))["status"] == "done"


def test_the_per_record_function_takes_and_gives_picklable_values(
    warcs: tuple[Path, Path],
) -> None:
    import pickle

    from newsscores.sources import iter_documents

    raw = next(d for d in iter_documents([warcs[0]]) if isinstance(d, RawDocument))
    outcome = process_document(raw)
    assert outcome.article is not None and outcome.facts
    assert pickle.loads(pickle.dumps(raw)) == raw
    assert pickle.loads(pickle.dumps(outcome)) == outcome
