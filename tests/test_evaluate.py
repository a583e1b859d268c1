"""Evaluation as SCHEMA.md counts it, and the gold gate on every fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsscores.evaluate import GoldFact, Prediction, evaluate, load_gold, predict_paths

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "tests" / "fixtures" / "gold").glob("*.jsonl"))


def g(kind: str, unit: str, metric: str | None, value: float, doc: str = "d") -> GoldFact:
    return GoldFact(doc, kind, unit, metric, value)


def test_strict_match_needs_unit_metric_and_value_within_tolerance() -> None:
    gold = [g("score", "bac_ninh/phuong_tan_tien", "total", 93.94), g("rank", "bac_ninh", None, 1)]
    pred = Prediction(
        "d",
        "en",
        [
            g(
                "score", "bac_ninh/tan_tien", "total", 93.944
            ),  # type prefix ignored, value within 0.005
            g("rank", "bac_ninh", "total", 1),  # rank metric is not compared
            g("score", "bac_ninh", "total", 91.7),  # spurious
        ],
    )
    report = evaluate(gold, [pred])
    strict = report.counts("strict")
    assert (strict.tp, strict.fp, strict.fn) == (2, 1, 0)
    assert [f.label() for f in report.spurious["d"]] == ["score bac_ninh total = 91.7"]


def test_lenient_ignores_unit_and_metric() -> None:
    gold = [g("change", "bac_ninh", "total", 2.21)]
    pred = Prediction("d", "fr", [g("change", "hai_phong", "satisfaction", 2.21)])
    report = evaluate(gold, [pred])
    assert report.counts("strict").f1 == 0.0
    assert report.counts("lenient").f1 == 1.0
    assert report.counts("strict", "lang:fr").fn == 1


def test_former_province_and_ward_of_same_name_differ() -> None:
    report = evaluate(
        [g("score", "bac_giang", "pci", 70.1)],
        [Prediction("d", "en", [g("score", "bac_ninh/phuong_bac_giang", "pci", 70.1)])],
    )
    assert report.counts("strict").tp == 0


def test_duplicates_in_a_document_count_once() -> None:
    gold = [g("rank", "bac_ninh", None, 1)] * 2
    report = evaluate(gold, [Prediction("d", "en", [g("rank", "bac_ninh", None, 1)] * 3)])
    assert (report.counts("strict").tp, report.counts("strict").fp) == (1, 0)


def test_missing_prediction_is_listed_not_scored() -> None:
    report = evaluate([g("rank", "bac_ninh", None, 1, doc="x")], [])
    assert report.docs_without_prediction == ["x"]
    assert report.counts("strict").fn == 0


def test_input_without_gold_scores_all_its_facts_spurious() -> None:
    # an off-topic document the gold does not name must not score 1.000
    pred = Prediction("offtopic", "en", [g("score", "bac_ninh", "total", 9.5, doc="offtopic")])
    report = evaluate([], [pred])
    assert report.docs_without_gold == ["offtopic"]
    assert (report.counts("strict").fp, report.counts("strict").precision) == (1, 0.0)
    assert report.counts("strict", "lang:en").fp == 1


def test_eval_update_golden_then_diff(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from newsscores.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Bac Ninh ranked first in the PCI 2024 with 72.5 points.\n")
    golden = tmp_path / "golden.jsonl"
    runner = CliRunner()
    wrote = runner.invoke(main, ["eval", "--update-golden", "--golden", str(golden), str(article)])
    assert wrote.exit_code == 0, wrote.output
    rows = [json.loads(line) for line in golden.read_text().splitlines()]
    assert {(r["kind"], r["value"]) for r in rows} >= {("rank", 1.0), ("score", 72.5)}
    same = runner.invoke(main, ["eval", "--golden", str(golden), str(article)])
    assert same.exit_code == 0 and "0 golden facts lost, 0 new" in same.output
    golden.write_text(golden.read_text().replace('"value": 72.5', '"value": 72.4'))
    changed = runner.invoke(main, ["eval", "--golden", str(golden), str(article)])
    assert changed.exit_code == 1
    assert "- {" in changed.output and "+ {" in changed.output and "72.4" in changed.output


@pytest.fixture(scope="module")
def fixture_report():  # type: ignore[no-untyped-def]
    gold = load_gold(GOLD)
    preds = predict_paths([ROOT / "corpus", ROOT / "tests" / "fixtures" / "articles"])
    return evaluate(gold, preds)


def test_every_gold_document_is_read(fixture_report) -> None:  # type: ignore[no-untyped-def]
    assert fixture_report.docs_without_prediction == []
    assert fixture_report.errors == []


def test_gold_strict_f1_overall(fixture_report) -> None:  # type: ignore[no-untyped-def]
    f1 = fixture_report.counts("strict").f1
    assert f1 >= 0.95, f"strict F1 {f1:.3f} < 0.95"


@pytest.mark.parametrize("lang", ["en", "fr", "no", "vi"])
def test_gold_strict_f1_per_language(fixture_report, lang: str) -> None:  # type: ignore[no-untyped-def]
    c = fixture_report.counts("strict", f"lang:{lang}")
    assert c.tp + c.fn > 0, f"no gold facts in {lang}: language detection failed?"
    assert c.f1 >= 0.9, f"{lang}: strict F1 {c.f1:.3f} < 0.9"
