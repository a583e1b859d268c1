"""Extraction alone, repeated, for a profiler: what ingest does after trafilatura.

Reads a WARC (or any input ``ingest`` takes) once through ingest itself, keeping
the normalised articles it hands to extraction, then runs ``extract_article`` (the
topic gate, the rule engine, units, metrics, periods) on all of them ``--rounds``
times, and prints the CPU milliseconds a page of the best round. Trafilatura,
language detection and SQLite are out of the loop, so a sampling profiler sees the
extraction code only:

    .venv/bin/py-spy record -r 400 -f raw -o /tmp/extract.txt -- \\
        .venv/bin/python bench/extract_loop.py bench/_corpus/dense-300/pages.warc.gz --rounds 6
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsscores import pipeline, store  # noqa: E402
from newsscores.models import Article  # noqa: E402
from newsscores.pipeline import document  # noqa: E402
from newsscores.pipeline.outcomes import Outcome  # noqa: E402


def articles_of(path: Path) -> list[Article]:
    """The articles ingest extracts from ``path``, as it hands them to extraction."""
    kept: list[Article] = []
    extract = document.extract_article

    def keep(article: Article, reextract: bool = False, indexed: bool | None = None) -> Outcome:
        kept.append(article)
        return extract(article, reextract, indexed)

    document.extract_article = keep  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            pipeline.ingest([path], store.open_db(Path(tmp) / "loop.db"), workers=1)
    finally:
        document.extract_article = extract  # type: ignore[assignment]
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = articles_of(args.input)
    if not articles:
        raise SystemExit(f"{args.input}: no article to extract")
    best = float("inf")
    for _ in range(args.rounds):
        start = time.process_time()
        for article in articles:
            document.extract_article(article)
        best = min(best, time.process_time() - start)
    print(f"{len(articles)} articles: {1000 * best / len(articles):.2f} CPU ms a page (best round)")


if __name__ == "__main__":
    main()
