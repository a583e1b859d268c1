"""What the cluster path writes, without Spark: the manifest, one row per input record,
and the layout of the output folder.

``spark-ingest`` maps :func:`file_records` over the manifest's files; each record goes
through :func:`newsscores.pipeline.process_record` (``process_document`` within its
CPU budget), what ``ingest`` runs, and becomes one :func:`record_row` holding its
article, facts, evidence and errors in the columns of the SQLite tables
(:mod:`newsscores.store`). ``load`` reads the datasets of :data:`DATASETS` back into
those tables. Everything here is plain Python on picklable values, so it runs
unchanged in a Spark executor and in tests.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from . import settings, store
from .errors import InputError, PathInputError, UsageError
from .models import Article, Fact
from .pipeline import Outcome, error_outcome, file_fingerprint, process_record
from .sources import iter_documents, reader_for

__all__ = [
    "Dataset",
    "DATASETS",
    "PARTITION_COLUMN",
    "NO_LANG",
    "MARKER",
    "OUTPUT_FORMAT",
    "read_manifest",
    "is_remote",
    "file_records",
    "record_row",
    "outcome_rows",
    "read_marker",
    "marker_text",
]

#: The column Parquet datasets are partitioned by (``lang=vi/``, ...).
PARTITION_COLUMN = "lang"
#: Partition of rows without a language (inputs that never became an article).
NO_LANG = "und"
#: The file that marks a folder as newsscores' cluster output.
MARKER = "_NEWSSCORES.json"
#: The value of the marker's ``format`` key (bumped when the layout changes).
OUTPUT_FORMAT = "newsscores-spark/1"
#: URL schemes read through pyarrow's file systems (``s3a`` is Hadoop's name for S3).
_REMOTE_SCHEMES: dict[str, str] = {
    "s3a": "s3",
    "s3n": "s3",
    "s3": "s3",
    "gs": "gs",
    "hdfs": "hdfs",
    "file": "file",
}


@dataclass(frozen=True)
class Dataset:
    """One Parquet dataset under the output folder and the SQLite table it loads into."""

    name: str
    table: str
    columns: dict[str, Any]


#: The datasets, in the order ``load`` writes them (articles before their facts).
DATASETS: tuple[Dataset, ...] = (
    Dataset("articles", store.ARTICLES, store.ARTICLE_TABLE_COLUMNS),
    Dataset("facts", store.FACTS, store.FACT_TABLE_COLUMNS),
    Dataset("evidence", store.EVIDENCE, store.EVIDENCE_TABLE_COLUMNS),
    Dataset("errors", store.ERRORS, store.ERROR_TABLE_COLUMNS),
    Dataset("sources", store.SOURCES, store.SOURCE_TABLE_COLUMNS),
)


def read_manifest(path: str | Path) -> list[str]:
    """The input paths a manifest lists, one a line (blank lines and ``#`` comments
    skipped). Raises :class:`UsageError` if it cannot be read or lists nothing."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise UsageError(f"{path}: cannot read manifest ({reason})") from None
    entries = [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]
    if not entries:
        raise UsageError(f"{path}: manifest lists no input paths (one WARC or .jsonl a line)")
    return entries


def is_remote(entry: str) -> bool:
    """Whether a manifest entry is a URL (``s3a://``, ``hdfs://``, ...) not a local path."""
    return urlsplit(entry).scheme.lower() in _REMOTE_SCHEMES


@contextlib.contextmanager
def _local_copy(entry: str) -> Iterator[tuple[Path | None, InputError | None]]:
    """A remote file copied to a temporary local file (as cc-pyspark does), so the
    local readers stream it; or the error saying why it cannot be had."""
    from pyarrow import fs

    parts = urlsplit(entry)
    uri = entry.replace(parts.scheme, _REMOTE_SCHEMES[parts.scheme.lower()], 1)
    name = PurePosixPath(parts.path).name
    try:
        filesystem, path = fs.FileSystem.from_uri(uri)
        info = filesystem.get_file_info(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises OSError, ValueError, ArrowInvalid
        yield None, InputError(entry, f"cannot open: {exc}")
        return
    if info.type == fs.FileType.NotFound:
        yield None, PathInputError(entry, "no such file or folder", "not_found")
        return
    if info.type != fs.FileType.File or reader_for(Path(name)) is None:
        yield None, PathInputError(
            entry, "not a WARC or .jsonl file (list each file in the manifest)", "unsupported"
        )
        return
    with tempfile.TemporaryDirectory(prefix="newsscores-") as tmp:
        local = Path(tmp) / name
        try:
            with filesystem.open_input_stream(path) as src, local.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
        except Exception as exc:  # noqa: BLE001 - network and permission errors alike
            yield None, InputError(entry, f"cannot read: {exc}")
            return
        yield local, None


def file_records(
    index: int, entry: str, at: str, lang: str | None = None
) -> Iterator[dict[str, Any]]:
    """One :func:`record_row` per record of the manifest's ``index``-th entry.

    Local paths are read exactly as ``ingest`` reads them; remote ones are copied to
    a temporary file first and their rows name the URL. A file that cannot be read
    is one error row; the caller goes on with the next file.
    """
    if not is_remote(entry):
        current: list[str | None] = [None]

        def on_file(path: Path) -> None:
            current[0] = file_fingerprint(path)

        for n, item in enumerate(iter_documents([entry], on_file=on_file)):
            yield record_row(index, n, process_record(item, lang), at, fingerprint=current[0])
        return
    with _local_copy(entry) as (local, error):
        if error is not None:
            yield record_row(index, 0, error_outcome(error), at)
            return
        assert local is not None
        rename = _renamer(str(local), entry)
        for n, item in enumerate(iter_documents([local])):
            yield record_row(index, n, process_record(item, lang), at, rename)


def _renamer(local: str, given: str) -> Callable[[str], str]:
    def rename(text: str) -> str:
        return text.replace(local, given)

    return rename


def _same(text: str) -> str:
    return text


def record_row(
    file_index: int,
    record_index: int,
    outcome: Outcome,
    at: str,
    rename: Callable[[str], str] = _same,
    fingerprint: str | None = None,
) -> dict[str, Any]:
    """One record's row: where it is (for ``ingest``'s order), its language, and its
    article, facts, evidence and errors as rows of the SQLite tables; ``fingerprint``
    is that of its local file, as ``ingest`` keeps it in ``sources``.

    ``source_outcome`` is what the ``sources`` table will say: ``error:<reason>``,
    ``article`` (``stored`` or ``duplicate``, known once all files are read), or
    None for a path that is no input at all (``ingest`` keeps no source row for it).
    """
    rows = outcome_rows(outcome, at, rename)
    article = rows["articles"][0] if rows["articles"] else None
    if article is not None:
        source_outcome: str | None = "article"
    elif any(e.stage == "input" for e in outcome.errors):
        source_outcome = None
    else:
        source_outcome = "error:" + (outcome.errors[0].reason if outcome.errors else "unknown")
    return {
        "file_index": file_index,
        "record_index": record_index,
        "source_path": rename(outcome.source_path),
        PARTITION_COLUMN: article[PARTITION_COLUMN] if article else NO_LANG,
        "source_outcome": source_outcome,
        "fingerprint": fingerprint,
        "article": article,
        "facts": rows["facts"],
        "evidence": rows["evidence"],
        "errors": rows["errors"],
    }


def outcome_rows(
    outcome: Outcome, at: str, rename: Callable[[str], str] = _same
) -> dict[str, list[dict[str, Any]]]:
    """An outcome as the rows ``ingest`` would insert for it when its article is new:
    ``articles`` (0 or 1), ``facts`` (deduplicated), ``evidence`` (their repeats),
    ``errors``; keyed like :data:`DATASETS`, in the tables' columns."""
    errors = []
    for e in outcome.errors:
        source = rename(e.source_path)
        errors.append(
            _in_columns(
                store.ERROR_TABLE_COLUMNS,
                id=store.error_id(source, e.reason),
                source_path=source,
                stage=e.stage,
                reason=e.reason,
                message=" ".join(rename(e.message).split()),  # one line, as ingest keeps it
                run_id=None,
                at=at,
                detail=e.detail or None,
            )
        )
    art = outcome.article
    if art is None:
        return {"articles": [], "facts": [], "evidence": [], "errors": errors}
    article = _article_row(art.model_copy(update={"source_path": rename(art.source_path)}))
    article.update(
        extractor=settings.EXTRACTOR_VERSION, extract_status=outcome.status, ingested_at=at
    )
    unique, repeats = store.dedupe_facts(
        [f.model_copy(update={"article_id": art.id}) for f in outcome.facts]
    )
    facts = [_fact_row(f) for f in unique]
    evidence = [
        _in_columns(
            store.EVIDENCE_TABLE_COLUMNS, fact_id=_fact_id(f), start=f.start, end=f.end,
            quote=f.quote,
        )
        for f in repeats
    ]
    return {"articles": [article], "facts": facts, "evidence": evidence, "errors": errors}


def _in_columns(columns: dict[str, Any], **values: Any) -> dict[str, Any]:
    """``values`` in the order of a table's ``columns`` (every column, None if absent)."""
    return {c: values.get(c) for c in columns}


def _article_row(article: Article) -> dict[str, Any]:
    return _in_columns(store.ARTICLE_TABLE_COLUMNS, **article.model_dump(mode="json"))


def _fact_id(fact: Fact) -> str:
    return store.fact_id(fact.article_id, fact.kind, fact.unit_key, fact.metric, fact.value)


def _fact_row(fact: Fact) -> dict[str, Any]:
    return _in_columns(
        store.FACT_TABLE_COLUMNS, **fact.model_dump(mode="json"), id=_fact_id(fact)
    )


def marker_text(status: str, **details: Any) -> str:
    """The marker file's JSON: format, newsscores and extractor versions, ``status``
    (``running`` while the job writes, ``done`` once every dataset is written)."""
    from . import __version__

    data = {
        "format": OUTPUT_FORMAT,
        "version": __version__,
        "extractor": settings.EXTRACTOR_VERSION,
        "status": status,
        **details,
    }
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def read_marker(directory: str | Path) -> dict[str, Any]:
    """The marker of a finished ``spark-ingest`` output folder. Raises
    :class:`UsageError` for a folder that is missing, not newsscores output, or
    output of a job that did not finish."""
    folder = Path(directory)
    if not folder.is_dir():
        raise UsageError(f"{directory}: no such folder (give the --out of spark-ingest)")
    try:
        data = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise UsageError(
            f"{directory}: not newsscores spark-ingest output (no readable {MARKER})"
        ) from None
    if not isinstance(data, dict) or data.get("format") != OUTPUT_FORMAT:
        raise UsageError(f"{directory}: {MARKER} is not of format {OUTPUT_FORMAT}")
    if data.get("status") != "done":
        raise UsageError(
            f"{directory}: spark-ingest did not finish writing it (status "
            f"{data.get('status')!r}); run it again"
        )
    return data
