"""``verify``: is a claimed figure in the database, and do the sources agree?

A claim is either a sentence in any of the four languages, parsed by the same
extractors as the articles (and its period by :mod:`newsscores.periods`), or a
structured :class:`Claim`. Each figure of the claim is compared with the stored facts
of the same unit (type prefixes ignored) and kind:

- **SUPPORTED**: a fact has the claimed value (within the rounding tolerance plus the
  claim's own rounding) and, if the claim states a period, an overlapping period;
- **CONTRADICTED**: no fact has the value, but facts of the same unit, kind, metric
  (and period, if the claim states one) give another value;
- **NOT FOUND**: nothing stored on that unit, kind, metric (and period).

The metric: a claim that names an index or a component (``PCI 2024``, ``Chỉ số
PAPI``, ``satisfaction``) is compared with that metric only. A claim that names none
(``Thua Thien Hue scored 71.13 points``) is compared with every metric of the unit:
any fact with the value supports it (the evidence says which metric), but only facts
on a whole index (``total``, ``pci``, ...; not a component) contradict it.

The period: without one the claim is compared with every period. A day and month
without a year (``week ending December 8``) is that day in any year the database
holds, the nearest before ``as_of`` first; the result names the period it matched.
``as_of`` (default: :func:`newsscores.clock.today`, only at the command line) also
fixes ``last week``. A claim with several figures is CONTRADICTED if any figure is,
else NOT FOUND if any is, else SUPPORTED.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from .errors import ExtractionError, InputError, NewsscoresError, UsageError
from .evidence import FactRow, evidence, half_ulp, load_facts, period_of, unit_keys_match
from .models import Article, Fact, article_id
from .normalize import normalize_text
from .periods import assign_periods, find_periods, monday_week, period_for_text
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
    "check_text",
    "claims_from_facts",
    "parse_claim",
    "parse_period",
    "judge",
    "verify_claim",
    "verify_claims",
    "verify_text",
    "overall",
    "read_article",
    "verify_article",
    "whole_index_metrics",
]

Verdict = str
SUPPORTED: Verdict = "SUPPORTED"
CONTRADICTED: Verdict = "CONTRADICTED"
NOT_FOUND: Verdict = "NOT FOUND"
#: Exit status of ``newsscores verify`` for each verdict (click usage errors also exit 2).
EXIT_CODES: dict[Verdict, int] = {SUPPORTED: 0, CONTRADICTED: 1, NOT_FOUND: 2}

#: Two reference years used to tell a day and month stated without a year (its
#: period moves with the reference date) from one fixed by the text.
_PROBE_YEARS = (2001, 2002)

DateRange = tuple[date, date]


@dataclass(frozen=True)
class Claim:
    """One claimed figure: unit, kind, value, optionally metric and period.

    ``metric`` None: no index or component named (for a streak: streaks have none).
    ``alternatives``: the periods a day and month without a year may mean, nearest
    before ``as_of`` first (empty when the period is fixed or absent).
    """

    unit_key: str
    kind: str
    value: float
    metric: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    written: str | None = None
    text: str | None = None
    alternatives: tuple[DateRange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "unit_key": self.unit_key,
            "kind": self.kind,
            "metric": self.metric,
            "value": self.value,
            "period": (f"{self.period_start}/{self.period_end}" if self.period_start else None),
            "any_year": bool(self.alternatives),
            "periods_tried": [f"{s}/{e}" for s, e in self.alternatives],
            "written": self.written,
            "text": self.text,
        }


@dataclass
class ClaimResult:
    """The verdict on one claimed figure and the evidence behind it.

    ``claim`` carries the period the verdict is about (for a claim without a year:
    the one it matched).
    """

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


def parse_period(text: str) -> DateRange:
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
    except (ValueError, OverflowError) as exc:
        # OverflowError: a period running past year 9999 (9999-W52, 9999-12)
        raise UsageError(
            f"--period {text!r}: not a year, month, ISO week, date or START/END"
        ) from exc


def _detect(text: str) -> str:
    from .langid import canonical_lang, detect_language

    lang, _ = detect_language(text)
    return canonical_lang(lang)


def _clean(text: str, source: str) -> str:
    """The claim in the form articles are stored in (NFC, no invisible characters)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # argv bytes that are not UTF-8 arrive as lone surrogates
        raise UsageError(f"{source}: not valid UTF-8") from None
    return normalize_text(text)


@functools.cache
def whole_index_metrics() -> frozenset[str]:
    """The metric keys of indices as a whole (``total``, ``pci``, ``par_index``, ...)."""
    from .extract.packs import load_common

    indices: dict[str, Any] = load_common().get("indices", {})
    return frozenset(str(spec.get("metric", name)) for name, spec in indices.items())


def _metric_names(text: str, lang: str) -> int:
    """How many index or component names ``text`` has in ``lang``'s rule pack
    (``total score`` does not count: it is the whole of whatever index is meant)."""
    from .extract.metrics import find_metrics
    from .extract.numbers import fold
    from .extract.packs import load_pack

    pack = load_pack(lang)
    if pack is None:
        return 0
    return sum(
        not (m.family == "any" and m.component in (None, "total"))
        for m in find_metrics(fold(text), pack)
    )


def _periods_by_year(text: str, lang: str, fact: Fact, years: list[int]) -> dict[int, DateRange]:
    """The period of ``fact`` with the text's yearless dates read in each of ``years``."""
    out: dict[int, DateRange] = {}
    for y in years:
        ref = date(y, 12, 31)
        s, e, source = period_for_text(
            text, ref, fact.start, fact.end, find_periods(text, ref, lang)
        )
        if s and e and source.startswith("text:") and "relative" not in source:
            out[y] = (s, e)
    return out


def _ordered(periods: set[DateRange], as_of: date) -> tuple[DateRange, ...]:
    """Periods starting on or before ``as_of``, latest first, then later ones, earliest first."""
    before = sorted((p for p in periods if p[0] <= as_of), reverse=True)
    after = sorted(p for p in periods if p[0] > as_of)
    return tuple(before + after)


def parse_claim(
    text: str,
    lang: str | None = None,
    as_of: date | None = None,
    years: tuple[int, ...] = (),
) -> list[Claim]:
    """The figures a claim sentence states, with its period if it names one.

    ``as_of`` is the date the claim is read on: it fixes ``last week`` and orders
    the readings of a day and month without a year. Such a claim gets
    ``alternatives``: that day in each of ``years`` (the years the database holds)
    and in the latest year that puts it at most a week after ``as_of``, nearest
    before ``as_of`` first. The claim is normalised as articles are (NFC, no
    invisible characters); not valid UTF-8 is a :class:`UsageError`, an extractor
    failure an :class:`ExtractionError`.

    A claim is short, and language detection on one sentence is unreliable (a
    Norwegian claim reads as Danish): without ``lang``, every supported language is
    tried, and the one whose rules find the most figures wins, then the one whose
    pack names the most metrics, then the detected one.
    """
    text = _clean(text, "claim")
    try:
        return _parse_clean_claim(text, lang, as_of, years)
    except NewsscoresError:
        raise
    except Exception as exc:  # an extractor bug must not end a batch of claims
        raise ExtractionError(f"claim: extraction failed: {type(exc).__name__}: {exc}") from exc


def _parse_clean_claim(
    text: str, lang: str | None, as_of: date | None, years: tuple[int, ...]
) -> list[Claim]:
    """:func:`parse_claim` on a normalised claim."""
    from .extract import extract_facts
    from .extract.packs import available_langs

    if lang is None:
        detected = _detect(text)
        order = [detected] + [x for x in available_langs() if x != detected]
        # most figures, then most metric names ("indice PAR" is French only), then order
        found = [
            (len(extract_facts(text, x, require_index=False)), _metric_names(text, x), -i, x)
            for i, x in enumerate(order)
        ]
        lang = max(found)[3]
    facts: list[Fact] = extract_facts(text, lang, require_index=False)
    named = _metric_names(text, lang) > 0
    art = Article(id=article_id(text), source_path="<claim>", lang=lang, text=text, published=as_of)
    claims = []
    for f in assign_periods(art, facts):
        stated = str(f.period_source or "").startswith("text:")
        start, end = (f.period_start, f.period_end) if stated else (None, None)
        alternatives: tuple[DateRange, ...] = ()
        probes = _periods_by_year(text, lang, f, list(_PROBE_YEARS))
        if len(set(probes.values())) > 1:  # the period moves with the year: none stated
            cands = set(_periods_by_year(text, lang, f, sorted(set(years))).values())
            if start and end:
                cands.add((start, end))
            alternatives = _ordered(cands, as_of or date.max)
            start, end = alternatives[0] if alternatives else (start, end)
        claims.append(
            Claim(
                unit_key=f.unit_key,
                kind=f.kind,
                value=f.value,
                metric=f.metric if named or f.kind == "streak" else None,
                period_start=start,
                period_end=end,
                written=text[f.start : f.end],
                text=text,
                alternatives=alternatives,
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
    """Whether the fact is about the claim's period: the periods overlap and the fact's
    is no longer (a PAR Index 2024 figure says nothing about one week of 2024)."""
    if claim.period_start is None or claim.period_end is None:
        return True
    p = period_of(row)
    if p is None:
        return False
    if not (p[0] <= claim.period_end.isoformat() and claim.period_start.isoformat() <= p[1]):
        return False
    fact_days = (date.fromisoformat(p[1]) - date.fromisoformat(p[0])).days
    return fact_days <= (claim.period_end - claim.period_start).days


def _any_index(claim: Claim) -> bool:
    """True when the claim names no metric and so is checked against every index."""
    return claim.metric is None and claim.kind != "streak"


def _judge_period(claim: Claim, rows: list[FactRow], tol: float) -> ClaimResult:
    """The verdict on ``claim`` in its own period (or every period)."""
    same = [
        r
        for r in rows
        if r["kind"] == claim.kind
        and _unit_matches(claim.unit_key, r["unit_key"])
        and (
            _any_index(claim)
            or _metric(r["kind"], r.get("metric")) == _metric(claim.kind, claim.metric)
        )
        and _overlaps(claim, r)
    ]
    slack = 0.0 if claim.kind in ("rank", "streak") else tol
    claimed_hu = half_ulp(claim.written, claim.value) if claim.written else 0.0
    hits: list[FactRow] = []
    misses: list[FactRow] = []
    whole = whole_index_metrics()
    for r in same:
        row_hu = half_ulp(r.get("written"), float(r["value"])) if slack else 0.0
        allowed = slack + (max(claimed_hu, row_hu) if slack else 0.0)
        if abs(float(r["value"]) - claim.value) <= allowed:
            hits.append(r)
        elif not _any_index(claim) or _metric(r["kind"], r.get("metric")) in whole:
            # an unnamed figure is contradicted only by a whole index, not a component
            misses.append(r)
    if hits and _any_index(claim):
        # supported on one index: other indices' values are not disagreement
        found = {_metric(r["kind"], r.get("metric")) for r in hits}
        misses = [r for r in misses if _metric(r["kind"], r.get("metric")) in found]
    verdict = SUPPORTED if hits else CONTRADICTED if misses else NOT_FOUND
    return ClaimResult(claim, verdict, [evidence(r) for r in hits], [evidence(r) for r in misses])


def judge(claim: Claim, rows: list[FactRow], tolerance: float | None = None) -> ClaimResult:
    """The verdict on ``claim`` given the stored fact rows (any units; filtered here).

    A claim with ``alternatives`` is judged in each of them, nearest first: the first
    that supports it wins, else the first that contradicts it, else NOT FOUND in the
    nearest.
    """
    tol = SETTINGS.rounding_tolerance if tolerance is None else tolerance
    if not claim.alternatives:
        return _judge_period(claim, rows, tol)
    results = [
        _judge_period(dataclasses.replace(claim, period_start=s, period_end=e), rows, tol)
        for s, e in claim.alternatives
    ]
    for verdict in (SUPPORTED, CONTRADICTED):
        for r in results:
            if r.verdict == verdict:
                return r
    return results[0]


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


def _years(rows: list[FactRow]) -> tuple[int, ...]:
    """The years the stored facts' periods start in."""
    return tuple(sorted({int(str(r["period_start"])[:4]) for r in rows if r.get("period_start")}))


def check_text(
    rows: list[FactRow],
    text: str,
    as_of: date,
    lang: str | None = None,
    tolerance: float | None = None,
) -> list[ClaimResult]:
    """Verdicts for every figure of a claim sentence, given the stored fact rows."""
    claims = parse_claim(text, lang, as_of, _years(rows))
    return [judge(c, rows, tolerance) for c in claims]


def verify_text(
    db: sqlite_utils.Database,
    text: str,
    lang: str | None = None,
    tolerance: float | None = None,
    as_of: date | None = None,
) -> list[ClaimResult]:
    """Verdicts for every figure the claim sentence states (empty: nothing recognised).

    ``as_of`` defaults to today (:func:`newsscores.clock.today`).
    """
    from .clock import today

    return check_text(load_facts(db), text, as_of or today(), lang, tolerance)


def claims_from_facts(facts: list[Fact], text: str) -> list[Claim]:
    """An article's extracted facts as claims, metric and period as the article gives
    them (an article names its index; its period comes from its text or date)."""
    out = []
    for f in facts:
        known = f.period_start is not None and not str(f.period_source or "").startswith("none")
        out.append(
            Claim(
                unit_key=f.unit_key,
                kind=f.kind,
                value=f.value,
                metric=_metric(f.kind, f.metric) if f.kind != "streak" else None,
                period_start=f.period_start if known else None,
                period_end=f.period_end if known else None,
                written=text[f.start : f.end],
                text=f.quote,
            )
        )
    return out


def verify_claims(
    db: sqlite_utils.Database, claims: list[Claim], tolerance: float | None = None
) -> list[ClaimResult]:
    """Verdicts for structured claims (an article's figures), reading the facts once."""
    rows = load_facts(db)
    return [judge(c, rows, tolerance) for c in claims]


def read_article(path: str, lang: str | None = None) -> tuple[Article, list[Fact]]:
    """The article in ``path`` (.txt, .html, ... read as ``ingest`` reads it) and its
    facts with periods; nothing is stored. Raises :class:`InputError` naming the file
    when it cannot be read or holds no single article."""
    from .pipeline import process_document
    from .sources import iter_documents

    docs = list(iter_documents([path]))
    if len(docs) != 1:
        raise InputError(path, f"{len(docs)} documents in the file; give one article")
    [doc] = docs
    if isinstance(doc, InputError):
        raise doc
    out = process_document(doc, lang)
    if out.errors:
        raise InputError(path, out.errors[0].message.removeprefix(f"{path}: "))
    if out.article is None:  # pragma: no cover - process_document records an error then
        raise InputError(path, "no article read")
    return out.article, out.facts


def verify_article(
    db: sqlite_utils.Database,
    path: str,
    lang: str | None = None,
    tolerance: float | None = None,
) -> tuple[Article, list[ClaimResult]]:
    """The article in ``path`` and a verdict for each figure it states, in text order."""
    article, facts = read_article(path, lang)
    facts = sorted(facts, key=lambda f: (f.start, f.end))
    return article, verify_claims(db, claims_from_facts(facts, article.text), tolerance)
