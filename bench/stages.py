"""Where one worker's time goes: ingest a WARC in this process with every stage timed.

Wraps the stages ``pipeline`` calls (WARC reading, trafilatura, normalisation,
language, the topic gate, fact extraction, periods, the SQLite writer) with timers
and prints the CPU seconds and milliseconds per page of each, plus the start-up
costs (pack compilation, language profiles, the unit engine) measured before the
run. CPU time (``time.process_time``), not wall time, so that other jobs on the
machine change the figures little.

    .venv/bin/python bench/stages.py bench/_corpus/dense-1000/pages.warc.gz
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsscores import pipeline, store  # noqa: E402

SPENT: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` with its CPU time added to ``SPENT[name]``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - start
            CALLS[name] += 1

    return wrapper


def startup() -> dict[str, float]:
    """CPU seconds of each one-time cost, paid before the first page."""
    costs = {}
    start = time.process_time()
    from newsscores.engine.topic import names_index

    names_index("warm up")
    costs["topic gate + packs"] = time.process_time() - start
    start = time.process_time()
    from newsscores.langid import detect_language

    detect_language("warm up the language profiles")
    costs["language profiles"] = time.process_time() - start
    start = time.process_time()
    from newsscores import engine as extract

    for lang in ("vi", "en", "fr", "no"):
        extract.extract_facts("PCI 2024: 70,5 ; 70.5", lang, None, require_index=False)
    costs["engine (units, first use)"] = time.process_time() - start
    return costs


#: Stages timed inside another one (title and URL are read during the parse, the
#: date after the topic gate, commits during writes): shown, but not subtracted
#: twice from the total.
METADATA = "  of which title, URL"
DATE = "date (htmldate)"
NESTED = {METADATA, "commits"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warc", type=Path)
    args = parser.parse_args()
    costs = startup()
    from newsscores import periods
    from newsscores.pipeline import document, writer
    from newsscores.sources import html

    document.parse = timed("trafilatura (parse)", document.parse)  # type: ignore[attr-defined]
    html.page_metadata = timed(METADATA, html.page_metadata)  # type: ignore[method-assign]
    html.page_date = timed(DATE, html.page_date)  # type: ignore[method-assign]
    document.normalize_text = timed("normalise", document.normalize_text)  # type: ignore[attr-defined]
    document.detect_language = timed("language", document.detect_language)  # type: ignore[attr-defined]
    document.names_index = timed("topic gate", document.names_index)  # type: ignore[attr-defined]
    ex = document._extract
    document._extract = type(ex)("timed")  # type: ignore[assignment]
    document._extract.extract_facts = timed("facts", ex.extract_facts)  # type: ignore[attr-defined]
    document._periods = type(document._periods)("timed")  # type: ignore[assignment]
    document._periods.assign_periods = timed("periods", periods.assign_periods)  # type: ignore[attr-defined]
    writer.Writer.write = timed("writes", writer.Writer.write)  # type: ignore[method-assign]
    writer.Writer.commit = timed("commits", writer.Writer.commit)  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp:
        db = store.open_db(Path(tmp) / "s.db")
        start = time.process_time()
        report = pipeline.ingest([args.warc], db, workers=1)
        total = time.process_time() - start
    pages = max(report.read, 1)
    print(report.summary())
    print(f"{'start-up':<28}{'CPU s':>9}")
    for name, sec in costs.items():
        print(f"{name:<28}{sec:>9.2f}")
    print(f"\n{'stage':<28}{'CPU s':>9}{'ms/page':>9}{'calls':>7}")
    for name, sec in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"{name:<28}{sec:>9.2f}{1000 * sec / pages:>9.2f}{CALLS[name]:>7}")
    rest = total - sum(v for k, v in SPENT.items() if k not in NESTED)
    print(f"{'rest (WARC reading, ...)':<28}{rest:>9.2f}{1000 * rest / pages:>9.2f}")
    print(f"{'total':<28}{total:>9.2f}{1000 * total / pages:>9.2f}")


if __name__ == "__main__":
    main()
