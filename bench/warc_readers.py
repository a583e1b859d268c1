"""FastWARC vs warcio: time to read every HTML response payload of one WARC.

Both read the same file and hand back the decoded HTTP payload of each response
record; ``newsscores`` is our reader (FastWARC framing plus our own HTTP decoding,
what ``ingest`` runs). Prints records, seconds and MB/s per reader, best of 3.

    .venv/bin/python bench/warc_readers.py bench/_corpus/10000/pages.warc.gz
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def read_fastwarc(path: Path) -> tuple[int, int]:
    """FastWARC's own HTTP parsing; payloads as it returns them."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response):
            size += len(record.reader.read())
            records += 1
    return records, size


def read_warcio(path: Path) -> tuple[int, int]:
    """warcio's ArchiveIterator with its decoded content stream."""
    from warcio.archiveiterator import ArchiveIterator

    records = size = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                size += len(record.content_stream().read())
                records += 1
    return records, size


def read_newsscores(path: Path) -> tuple[int, int]:
    """``newsscores.sources.warc.iter_warc``: the reader ``ingest`` uses."""
    from newsscores.models import RawDocument
    from newsscores.sources.warc import iter_warc

    records = size = 0
    for doc in iter_warc(path):
        if isinstance(doc, RawDocument):
            size += len(doc.content)
            records += 1
    return records, size


READERS: dict[str, Callable[[Path], tuple[int, int]]] = {
    "fastwarc": read_fastwarc,
    "warcio": read_warcio,
    "newsscores (fastwarc)": read_newsscores,
}


def measure(path: Path, repeat: int = 3) -> list[tuple[str, int, float, float]]:
    """``(reader, records, best seconds, payload MB/s)`` for each reader."""
    rows = []
    for name, reader in READERS.items():
        best = float("inf")
        records = size = 0
        for _ in range(repeat):
            start = time.perf_counter()
            records, size = reader(path)
            best = min(best, time.perf_counter() - start)
        rows.append((name, records, best, size / 1e6 / best))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warc", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    size = args.warc.stat().st_size / 1e6
    print(f"{args.warc} ({size:.1f} MB on disk)")
    print(f"{'reader':<24}{'responses':>10}{'seconds':>10}{'payload MB/s':>14}")
    for name, records, seconds, rate in measure(args.warc, args.repeat):
        print(f"{name:<24}{records:>10}{seconds:>10.2f}{rate:>14.1f}")


if __name__ == "__main__":
    main()
