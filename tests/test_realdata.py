"""The extractors on real articles: the devset (50 articles, adjudicated gold) and the
off-topic negset (36 articles, one index figure among them), read from ``../shared``.

They are other people's words, so they are never copied into the repository: without
``../shared`` (a user's fresh clone) these tests skip with one line saying why.

The devset gate is the issue's: strict F1 at least 0.95 (the rules stand at the figure
in ``docs/evaluation.md``). The negset gate is the target itself: no fact beyond its
gold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsscores.evaluate import Report, evaluate, load_gold, predict_paths

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEVSET, NEGSET = SHARED / "devset", SHARED / "negset"
DEV_GOLD, NEG_GOLD = SHARED / "gold" / "devset.jsonl", SHARED / "gold" / "negset.jsonl"

#: The floor under the devset's strict F1: the issue's gate (measured 0.983 on the whole
#: set, rules-0.10.0; see docs/evaluation.md). Never lower it.
DEVSET_MIN_F1 = 0.95

pytestmark = pytest.mark.skipif(
    not (DEVSET.is_dir() and NEGSET.is_dir()),
    reason="../shared/devset and ../shared/negset are not here (real articles are not in the repo)",
)


@pytest.fixture(scope="module")
def devset_report() -> Report:
    return evaluate(load_gold([DEV_GOLD]), predict_paths([DEVSET]))


def test_devset_strict_f1_does_not_slip(devset_report: Report) -> None:
    f1 = devset_report.counts("strict").f1
    assert f1 >= DEVSET_MIN_F1, f"devset strict F1 {f1:.3f} < {DEVSET_MIN_F1}"


def test_every_devset_article_is_read(devset_report: Report) -> None:
    assert devset_report.docs_without_prediction == []


def test_off_topic_articles_give_no_fact_beyond_their_gold() -> None:
    gold = load_gold([NEG_GOLD])
    preds = predict_paths([NEGSET])
    assert len(preds) == 36
    by_doc = {g.doc for g in gold}
    stray = {p.doc: [f.label() for f in p.facts] for p in preds if p.facts and p.doc not in by_doc}
    assert stray == {}
    report = evaluate(gold, preds)
    assert report.counts("strict").fp == 0, dict(report.spurious)
    assert report.counts("strict").fn == 0, dict(report.missed)
