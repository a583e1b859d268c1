"""Dump what ingest stores, so that a speed change can be shown to change nothing.

Ingests the given inputs into a new database with one worker and prints every
article (id, language, probability, status) and every fact (all stored columns but
run ids and times), sorted, one tab-separated line each. Run it before and after a
change and ``diff`` the two dumps: speed bought with a different output does not count.

    .venv/bin/python bench/same_output.py corpus tests/fixtures/articles \\
        ../shared/devset ../shared/negset > /tmp/before.tsv
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsscores import pipeline, store  # noqa: E402

#: Columns that depend on the run (ids, clocks, file times), not on the extraction.
RUN_COLUMNS = {
    "run_id",
    "at",
    "started_at",
    "finished_at",
    "ingested_at",
    "created_at",
    "fingerprint",
}


def dump(paths: list[str], workers: int = 1) -> list[str]:
    """Sorted tab-separated lines of every stored article, fact and evidence row."""
    with tempfile.TemporaryDirectory() as tmp:
        db = store.open_db(Path(tmp) / "dump.db")
        pipeline.ingest(paths, db, workers=workers)
        lines = []
        for table in ("articles", "facts", "evidence", "sources"):
            if table not in db.table_names():
                continue
            for row in db[table].rows:
                kept = [
                    f"{k}={v}" for k, v in sorted(row.items()) if k not in RUN_COLUMNS | {"text"}
                ]
                lines.append(f"{table}\t" + "\t".join(kept))
        return sorted(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="files or folders to ingest")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    for line in dump(args.paths, args.workers):
        print(line)


if __name__ == "__main__":
    main()
