"""Evaluation against gold facts, counted exactly as ``docs/SCHEMA.md`` says.

A predicted fact matches a gold fact of the same document when kind, unit key (type
prefixes ignored), metric (score and change only) and value (to 0.005) agree.
Precision, recall and F1 are counted per kind and per language over the (kind,
unit, metric, value) sets of each document; the lenient variant ignores unit and
metric. A document given as input that the gold does not name is scored as having no
gold facts (every fact it gives is spurious), so an off-topic set cannot score 1.0.

The golden file (``tests/fixtures/golden/facts.jsonl``) is something else: every fact
the extractor gives on the fixtures, with the pattern that gave it and its span, so a
change in any rule shows as a diff (:func:`golden_rows`, :func:`golden_diff`).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from .models import FACT_KINDS
from .query import unit_keys_match

if TYPE_CHECKING:
    from .pipeline import Outcome

__all__ = [
    "GoldFact",
    "Prediction",
    "Counts",
    "Report",
    "load_gold",
    "evaluate",
    "predict_paths",
    "predict_db",
    "golden_rows",
    "golden_diff",
    "read_golden",
    "write_golden",
    "DEFAULT_GOLDEN",
]

#: Where ``newsscores eval --update-golden`` writes by default (relative to the cwd).
DEFAULT_GOLDEN = Path("tests/fixtures/golden/facts.jsonl")
#: The fields of a golden row, in the order they are written and sorted on.
GOLDEN_FIELDS = ("doc", "kind", "unit", "metric", "value", "pattern", "start", "end", "said")

TOLERANCE = 0.005


@dataclass(frozen=True)
class GoldFact:
    """One fact as a gold file or a prediction states it."""

    doc: str
    kind: str
    unit: str
    metric: str | None
    value: float
    quote: str = ""

    def label(self) -> str:
        """A short human-readable form for missed/spurious listings."""
        metric = f" {self.metric}" if self.metric else ""
        return f"{self.kind} {self.unit}{metric} = {self.value:g}"


@dataclass
class Prediction:
    """What the extractor made of one document."""

    doc: str
    lang: str
    facts: list[GoldFact]
    errors: list[str] = field(default_factory=list)


@dataclass
class Counts:
    """True positives, false positives, false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores by variant (strict, lenient) and group (overall, kind, language)."""

    scores: dict[tuple[str, str], Counts] = field(default_factory=dict)
    missed: dict[str, list[GoldFact]] = field(default_factory=lambda: defaultdict(list))
    spurious: dict[str, list[GoldFact]] = field(default_factory=lambda: defaultdict(list))
    docs_without_prediction: list[str] = field(default_factory=list)
    #: input documents the gold does not name: scored as having no gold facts
    docs_without_gold: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def counts(self, variant: str, group: str = "all") -> Counts:
        return self.scores.setdefault((variant, group), Counts())

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form: scores, missed and spurious facts per document."""
        return {
            "scores": [
                {
                    "variant": v,
                    "group": g,
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                    "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4),
                    "f1": round(c.f1, 4),
                }
                for (v, g), c in sorted(self.scores.items())
            ],
            "missed": {d: [f.label() for f in fs] for d, fs in self.missed.items()},
            "spurious": {d: [f.label() for f in fs] for d, fs in self.spurious.items()},
            "docs_without_prediction": self.docs_without_prediction,
            "docs_without_gold": self.docs_without_gold,
            "errors": self.errors,
        }


def load_gold(paths: Iterable[str | Path]) -> list[GoldFact]:
    """Gold facts from JSON Lines files (``doc``, ``kind``, ``unit``, ``metric``, ``value``)."""
    out = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            metric = row.get("metric") if row["kind"] in ("score", "change") else None
            out.append(GoldFact(row["doc"], row["kind"], row["unit"], metric, float(row["value"])))
    return out


def _same(a: GoldFact, b: GoldFact, strict: bool) -> bool:
    if a.kind != b.kind or abs(a.value - b.value) > TOLERANCE + 1e-9:
        return False
    if not strict:
        return True
    if a.kind in ("score", "change") and a.metric != b.metric:
        return False
    return unit_keys_match(a.unit, b.unit)


def _dedupe(facts: Sequence[GoldFact], strict: bool) -> list[GoldFact]:
    out: list[GoldFact] = []
    for f in facts:
        if not any(_same(f, g, strict) for g in out):
            out.append(f)
    return out


def _match(
    gold: list[GoldFact], pred: list[GoldFact], strict: bool
) -> tuple[list[GoldFact], list[GoldFact], list[GoldFact]]:
    """(matched, missed, spurious), each gold fact matched at most once."""
    gold, pred = _dedupe(gold, strict), _dedupe(pred, strict)
    left = list(pred)
    matched, missed = [], []
    for g in gold:
        hit = next((p for p in left if _same(g, p, strict)), None)
        if hit is None:
            missed.append(g)
        else:
            left.remove(hit)
            matched.append(g)
    return matched, missed, left


def evaluate(gold: list[GoldFact], predictions: list[Prediction]) -> Report:
    """Score ``predictions`` against ``gold``: every document the gold names (those
    not predicted are listed, not scored) and every predicted document (those the
    gold does not name have no gold facts: all their facts are spurious)."""
    report = Report()
    report.errors = [e for p in predictions for e in p.errors]
    by_doc: dict[str, list[GoldFact]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(g)
    preds = {p.doc: p for p in predictions}
    report.docs_without_gold = sorted(set(preds) - set(by_doc))
    for doc in report.docs_without_gold:
        by_doc[doc] = []
    for doc, gold_facts in sorted(by_doc.items()):
        pred = preds.get(doc)
        if pred is None:
            # not among the inputs (or unreadable): listed, not scored
            report.docs_without_prediction.append(doc)
            continue
        facts = [f for f in pred.facts if f.kind in FACT_KINDS]
        for strict, variant in ((True, "strict"), (False, "lenient")):
            for kind in FACT_KINDS:
                gk = [f for f in gold_facts if f.kind == kind]
                pk = [f for f in facts if f.kind == kind]
                matched, missed, spurious = _match(gk, pk, strict)
                c = Counts(len(matched), len(spurious), len(missed))
                for group in ("all", f"kind:{kind}", f"lang:{pred.lang}"):
                    report.counts(variant, group).add(c)
                if strict:
                    report.missed[doc].extend(missed)
                    report.spurious[doc].extend(spurious)
    return report


def _doc_name(source_path: str) -> str:
    name = Path(source_path.split("#", 1)[0]).name
    for suffix in (".txt", ".html", ".htm"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _outcomes(paths: Iterable[str | Path], lang: str | None) -> Iterator[tuple[str, Outcome]]:
    """(document name, outcome) of every readable article under ``paths``."""
    from .engine.packs import check_packs
    from .pipeline import process_document
    from .sources import iter_documents

    check_packs()
    for doc in iter_documents(paths):
        if isinstance(doc, Exception):
            continue
        outcome = process_document(doc, lang)
        if outcome.article is not None:
            yield _doc_name(doc.source_path), outcome


def predict_paths(paths: Iterable[str | Path], lang: str | None = None) -> list[Prediction]:
    """Read and extract every article under ``paths`` (nothing is stored)."""
    out = []
    for name, outcome in _outcomes(paths, lang):
        assert outcome.article is not None
        errors = [e.message for e in outcome.errors]
        facts = [
            GoldFact(name, f.kind, f.unit_key, f.metric, f.value, f.quote) for f in outcome.facts
        ]
        out.append(Prediction(name, outcome.article.lang, facts, errors))
    return out


def golden_rows(paths: Iterable[str | Path], lang: str | None = None) -> list[dict[str, Any]]:
    """Every fact extracted from the articles under ``paths``, as golden rows: document,
    kind, unit, metric, value, the pattern that gave it (without the rules version) and
    its span in the normalised text, stably sorted."""
    rows = []
    for name, outcome in _outcomes(paths, lang):
        assert outcome.article is not None
        text = outcome.article.text
        for f in outcome.facts:
            rows.append(
                {
                    "doc": name,
                    "kind": f.kind,
                    "unit": f.unit_key,
                    "metric": f.metric,
                    "value": f.value,
                    "pattern": f.extractor.split("@", 1)[0],
                    "start": f.start,
                    "end": f.end,
                    "said": text[f.start : f.end],
                }
            )
    return sorted(rows, key=_golden_key)


def _golden_key(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple((row[k] is None, row[k] if row[k] is not None else "") for k in GOLDEN_FIELDS)


def _golden_line(row: dict[str, Any]) -> str:
    return json.dumps({k: row[k] for k in GOLDEN_FIELDS}, ensure_ascii=False)


def write_golden(rows: list[dict[str, Any]], path: str | Path) -> None:
    """Write golden rows as JSON Lines, one fact per line (a rule change is a line diff)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(_golden_line(r) + "\n" for r in rows), encoding="utf-8")


def read_golden(path: str | Path) -> list[dict[str, Any]]:
    """The rows of a golden file."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def golden_diff(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> list[str]:
    """``- row`` for each golden fact no longer given, ``+ row`` for each new one, in
    golden order: empty when the extraction is unchanged."""
    want = Counter(_golden_line(r) for r in expected)
    got = Counter(_golden_line(r) for r in actual)
    lost, new = want - got, got - want
    out = [("-", line) for line in lost.elements()] + [("+", line) for line in new.elements()]
    out.sort(key=lambda pair: (_golden_key(json.loads(pair[1])), pair[0]))
    return [f"{sign} {line}" for sign, line in out]


def predict_db(db: sqlite_utils.Database) -> list[Prediction]:
    """The facts stored in a database, one prediction per article (named by its file)."""
    preds: dict[str, Prediction] = {}
    for a in db.query("select id, source_path, lang from articles"):
        preds[a["id"]] = Prediction(_doc_name(a["source_path"]), a["lang"], [])
    for f in db.query("select article_id, kind, unit_key, metric, value, quote from facts"):
        p = preds.get(f["article_id"])
        if p is not None:
            p.facts.append(
                GoldFact(p.doc, f["kind"], f["unit_key"], f["metric"], f["value"], f["quote"])
            )
    return list(preds.values())
