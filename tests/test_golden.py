"""The golden file: every fact the fixtures give, with its pattern and span.

Any change in what the extractor gives on ``corpus/`` and ``tests/fixtures/articles``
(a rule deleted, a link changed) fails here with a readable diff; when the change is
wanted, ``newsscores eval --update-golden corpus tests/fixtures/articles`` rewrites
the file and the diff is reviewed with the code.
"""

from __future__ import annotations

from pathlib import Path

from newsscores.evaluate import golden_diff, golden_rows, read_golden

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "fixtures" / "golden" / "facts.jsonl"
INPUTS = [ROOT / "corpus", ROOT / "tests" / "fixtures" / "articles"]
SHOWN = 40


def test_extraction_matches_the_golden_file() -> None:
    diff = golden_diff(read_golden(GOLDEN), golden_rows(INPUTS))
    lost = sum(1 for line in diff if line.startswith("-"))
    assert not diff, (
        f"{lost} golden facts lost (-), {len(diff) - lost} new (+); if wanted, run "
        "`newsscores eval --update-golden corpus tests/fixtures/articles`:\n"
        + "\n".join(diff[:SHOWN])
        + (f"\n... {len(diff) - SHOWN} more" if len(diff) > SHOWN else "")
    )


def test_golden_diff_names_lost_and_new_facts() -> None:
    row = {
        "doc": "d",
        "kind": "rank",
        "unit": "hue",
        "metric": "total",
        "value": 2.0,
        "pattern": "en.rank_verb",
        "start": 5,
        "end": 11,
        "said": "second",
    }
    moved = {**row, "pattern": "en.rank_place"}
    assert golden_diff([row], [row]) == []
    diff = golden_diff([row], [moved])
    assert [line[0] for line in diff] == ["+", "-"] or [line[0] for line in diff] == ["-", "+"]
    assert any("en.rank_verb" in line and line.startswith("-") for line in diff)
    assert any("en.rank_place" in line and line.startswith("+") for line in diff)


def test_golden_rows_are_sorted_and_carry_the_pattern() -> None:
    rows = read_golden(GOLDEN)
    assert rows, "the golden file is empty"
    assert all("@" not in r["pattern"] and "." in r["pattern"] for r in rows)
    keys = [(r["doc"], r["kind"], r["unit"]) for r in rows]
    assert keys == sorted(keys)
