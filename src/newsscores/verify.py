"""``verify``: is a claimed figure in the database, and do the sources agree?

A claim is either a sentence in any of the four languages, parsed by the same
extractors as the articles (and its period by :mod:`newsscores.periods`), or a
structured :class:`Claim`. Each figure of the claim is compared with the stored facts
of the same unit (type prefixes ignored), kind and metric:

- **SUPPORTED**: a fact has the claimed value (within the rounding tolerance plus the
  claim's own rounding) and, if the claim states a period, an overlapping period;
- **CONTRADICTED**: no fact has the value, but facts of the same unit, kind, metric
  (and period, if the claim states one) give another value;
- **NOT FOUND**: nothing stored on that unit, kind, metric (and period).

Without a stated period the claim is compared with every period. A claim with
several figures is CONTRADICTED if any figure is, else NOT FOUND if any is, else
SUPPORTED.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from .errors import UsageError
from .evidence import FactRow, evidence, half_ulp, load_facts, period_of, unit_keys_match
from .models import Article, Fact, article_id
from .periods import monday_week
from .query import unit_key_core
from .settings import SETTINGS

__all__ = [
    "Claim",
    "ClaimResult",
    "Verdict",
    "SUPPORTED",
    "CONTRADICTED",
    "NOT_FOUND",
    "EXIT_CODES",
    "parse_claim",
    "parse_period",
    "judge",
    "verify_claim",
    "verify_text",
    "overall",
]

Verdict = str
SUPPORTED: Verdict = "SUPPORTED"
CONTRADICTED: Verdict = "CONTRADICTED"
NOT_FOUND: Verdict = "NOT FOUND"
#: Exit status of ``newsscores verify`` for each verdict (click usage errors also exit 2).
EXIT_CODES: dict[Verdict, int] = {SUPPORTED: 0, CONTRADICTED: 1, NOT_FOUND: 2}


@dataclass(frozen=True)
class Claim:
    """One claimed figure: unit, kind, metric, value and, optionally, a period."""

    unit_key: str
    kind: str
    value: float
    metric: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    written: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "unit_key": self.unit_key,
            "kind": self.kind,
            "metric": self.metric,
            "value": self.value,
            "period": (f"{self.period_start}/{self.period_end}" if self.period_start else None),
            "text": self.text,
        }


@dataclass
class ClaimResult:
    """The verdict on one claimed figure and the evidence behind it."""

    claim: Claim
    verdict: Verdict
    supporting: list[dict[str, Any]] = field(default_factory=list)
    contradicting: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "claim": self.claim.to_dict(),
            "verdict": self.verdict,
            "supporting": self.supporting,
            "contradicting": self.contradicting,
        }


def parse_period(text: str) -> tuple[date, date]:
    """A period given on the command line: ``2024`` (a year), ``2025-12``, a date (its
    Monday–Sunday week), ``2025-W49`` (an ISO week) or ``START/END``."""
    t = text.strip()
    try:
        if "/" in t:
            a, b = t.split("/", 1)
            return date.fromisoformat(a), date.fromisoformat(b)
        if re.fullmatch(r"\d{4}", t):
            return date(int(t), 1, 1), date(int(t), 12, 31)
        if m := re.fullmatch(r"(\d{4})-W(\d{1,2})", t):
            start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return start, start + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
            y, mo = int(m.group(1)), int(m.group(2))
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return date(y, mo, 1), nxt - timedelta(days=1)
        week = monday_week(date.fromisoformat(t))
        return week.start, week.end
    except ValueError as exc:
        raise UsageError(
            f"--period {text!r}: not a year, month, ISO week, date or START/END"
        ) from exc


def _detect(text: str) -> str:
    from .langid import canonical_lang, detect_language

    lang, _ = detect_language(text)
    return canonical_lang(lang)


def parse_claim(text: str, lang: str | None = None) -> list[Claim]:
    """The figures a claim sentence states, with its period if it names one (read as
    of today: a day and month without a year is the latest such day).

    A claim is short, and language detection on one sentence is unreliable (a
    Norwegian claim reads as Danish): without ``lang``, the detected language is
    tried first, then every supported one, and the language whose rules find the
    most figures wins.
    """
    from .extract import extract_facts
    from .extract.packs import available_langs
    from .periods import assign_periods

    if lang is None:
        detected = _detect(text)
        order = [detected] + [x for x in available_langs() if x != detected]
        found = [
            (len(extract_facts(text, x, require_index=False)), -i, x)
            for i, x in enumerate(order)
        ]
        lang = max(found)[2]
    facts: list[Fact] = extract_facts(text, lang, require_index=False)
    # a day and month without a year ("week ending December 8") is the latest such
    # day up to today; "last week" is the week before this one
    art = Article(
        id=article_id(text), source_path="<claim>", lang=lang, text=text, published=date.today()
    )
    claims = []
    for f in assign_periods(art, facts):
        stated = str(f.period_source or "").startswith("text:")
        claims.append(
            Claim(
                unit_key=f.unit_key,
                kind=f.kind,
                value=f.value,
                metric=f.metric,
                period_start=f.period_start if stated else None,
                period_end=f.period_end if stated else None,
                written=text[f.start : f.end],
                text=text,
            )
        )
    return claims


def _metric(kind: str, metric: str | None) -> str | None:
    return "total" if kind == "rank" and not metric else metric


def _unit_matches(claimed: str, stored: str) -> bool:
    """Same unit; a claim naming a commune without its province (``other/hop_thinh``)
    matches that commune in any province."""
    if unit_keys_match(claimed, stored):
        return True
    if claimed.startswith("other/") and "/" in stored:
        return unit_key_core("x/" + claimed[6:]) == "x/" + unit_key_core(stored).split("/")[-1]
    return False


def _overlaps(claim: Claim, row: FactRow) -> bool:
    if claim.period_start is None or claim.period_end is None:
        return True
    p = period_of(row)
    if p is None:
        return False
    return p[0] <= claim.period_end.isoformat() and claim.period_start.isoformat() <= p[1]


def judge(claim: Claim, rows: list[FactRow], tolerance: float | None = None) -> ClaimResult:
    """The verdict on ``claim`` given the stored fact rows (any units; filtered here)."""
    tol = SETTINGS.rounding_tolerance if tolerance is None else tolerance
    same = [
        r
        for r in rows
        if r["kind"] == claim.kind
        and _unit_matches(claim.unit_key, r["unit_key"])
        and _metric(r["kind"], r.get("metric")) == _metric(claim.kind, claim.metric)
        and _overlaps(claim, r)
    ]
    slack = 0.0 if claim.kind in ("rank", "streak") else tol
    claimed_hu = half_ulp(claim.written, claim.value) if claim.written else 0.0
    hits: list[FactRow] = []
    misses: list[FactRow] = []
    for r in same:
        row_hu = half_ulp(r.get("written"), float(r["value"])) if slack else 0.0
        allowed = slack + (max(claimed_hu, row_hu) if slack else 0.0)
        (hits if abs(float(r["value"]) - claim.value) <= allowed else misses).append(r)
    verdict = SUPPORTED if hits else CONTRADICTED if misses else NOT_FOUND
    return ClaimResult(claim, verdict, [evidence(r) for r in hits], [evidence(r) for r in misses])


def overall(results: list[ClaimResult]) -> Verdict:
    """One verdict for a claim of several figures."""
    verdicts = {r.verdict for r in results}
    for v in (CONTRADICTED, NOT_FOUND):
        if v in verdicts:
            return v
    return SUPPORTED if verdicts else NOT_FOUND


def verify_claim(
    db: sqlite_utils.Database, claim: Claim, tolerance: float | None = None
) -> ClaimResult:
    """Verdict and evidence for a structured claim."""
    return judge(claim, load_facts(db, kind=claim.kind), tolerance)


def verify_text(
    db: sqlite_utils.Database, text: str, lang: str | None = None, tolerance: float | None = None
) -> list[ClaimResult]:
    """Verdicts for every figure the claim sentence states (empty: nothing recognised)."""
    rows = load_facts(db)
    return [judge(c, rows, tolerance) for c in parse_claim(text, lang)]
