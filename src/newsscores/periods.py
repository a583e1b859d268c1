"""Periods: the week (or month, or year) each fact refers to, and how we know.

The weekly service index is published for Monday–Sunday weeks, so every weekly
period is a Monday–Sunday week. A fact's period comes from, in order:

1. a period expression in the text (``week ending December 8``, ``tuần từ ngày 13
   đến 19/10/2025``, ``la semaine du 3 au 9 novembre 2025``, ``PCI 2024``, ...), chosen
   by :func:`_pick` — the nearest one in the fact's sentence, else the nearest one
   before it in the article, else the article's first one;
2. the article's date (``published``): the Monday–Sunday week *before* the week it was
   published in — weekly results are announced on the Monday or Tuesday after the week
   they score (every dated article in ``corpus/`` that names its week does so);
3. nothing (``period_source = "none"``).

A figure that is the previous value of a move (``from 69.23 to 91.60``, ``up from
70.87``, ``fra 23. til 4. plass``) gets the period one step earlier, with
``:previous`` appended to its source.

Month names, ordinals and the patterns themselves live in each language's rule pack
(``extractors/<lang>/periods.yaml``), read through the pack loader.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .models import Article, Fact

__all__ = [
    "Period",
    "PeriodMention",
    "assign_periods",
    "find_periods",
    "monday_week",
    "period_for_text",
]

#: Expression types that are fixed in time by themselves (a date, a year).
_ANCHORED = {
    "week_range",
    "week_ending",
    "as_of",
    "week_of_month",
    "last_week_of_month",
    "month",
    "year",
}
_SENTENCE_END = re.compile(r"[!?](?=\s)|\.(?=\s+[^a-zà-ỹ\s])|\n")
_CLAUSE_END = re.compile(r",(?=\s)|[;:–—(|]|[!?](?=\s)|\.(?=\s+[^a-zà-ỹ\s])|\n")


@dataclass(frozen=True)
class Period:
    """A closed date range and the kind of span it is (``week``, ``month``, ``year``)."""

    start: date
    end: date
    span: str


@dataclass(frozen=True)
class PeriodMention:
    """A period expression found in a text: where, what it says, which rule found it."""

    start: int
    end: int
    kind: str
    period: Period

    @property
    def anchored(self) -> bool:
        """True when the expression fixes a date by itself (not ``last week``)."""
        return self.kind in _ANCHORED


#: The keys of a pack's ``periods`` block, with their value when a pack has none.
_PERIOD_KEYS: dict[str, Any] = {
    "months": {},
    "ordinals": {},
    "excluded_before": [],
    "patterns": [],
    "previous_before": [],
    "previous_after": "(?!)",
    "previous_strong": [],
    "articles": [],
}


def _data() -> dict[str, Any]:
    """The ``periods`` blocks of every pack found, as ``{key: {lang: value}}``."""
    return _data_in(_root())


@functools.cache
def _data_in(root: Path) -> dict[str, Any]:
    from .extract.packs import available_langs, load_pack

    out: dict[str, Any] = {key: {} for key in _PERIOD_KEYS}
    for lang in available_langs(root):
        pack = load_pack(lang, root)
        block = pack.periods if pack is not None else {}
        for key, default in _PERIOD_KEYS.items():
            out[key][lang] = block.get(key, default)
    return out


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _root() -> Path:
    from .extract.packs import packs_dir

    return packs_dir()


def _compiled() -> list[tuple[str, str, re.Pattern[str]]]:
    """Every (language, type, regex) with the month/ordinal placeholders expanded."""
    return _compiled_in(_root())


@functools.cache
def _compiled_in(root: Path) -> list[tuple[str, str, re.Pattern[str]]]:
    data = _data_in(root)
    out: list[tuple[str, str, re.Pattern[str]]] = []
    for lang, pats in data["patterns"].items():
        subs = {
            "{MONTH}": f"(?:{_alternation(data['months'][lang])})",
            "{ORD}": f"(?:{_alternation(data['ordinals'][lang])})",
            "{D}": r"(?:3[01]|[12]\d|0?[1-9])",
            "{M}": r"(?:1[0-2]|0?[1-9])",
            "{Y}": r"(?:19|20)\d\d",
        }
        for p in pats:
            rx = p["re"]
            for k, v in subs.items():
                rx = rx.replace(k, v)
            out.append((str(lang), str(p["type"]), re.compile(rx, re.IGNORECASE)))
    return out


def _excluded() -> re.Pattern[str]:
    return _excluded_in(_root())


@functools.cache
def _excluded_in(root: Path) -> re.Pattern[str]:
    data = _data_in(root)
    words = [w for ws in data["excluded_before"].values() for w in ws]
    alt = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    arts = sorted({a for ws in data["articles"].values() for a in ws}, key=len, reverse=True)
    art = "".join(re.escape(a) + r"\s+|" for a in arts)
    return re.compile(rf"(?:^|[^\w])(?:{alt})\s*(?:{art[:-1]})?$", re.IGNORECASE)


def monday_week(d: date) -> Period:
    """The Monday–Sunday week that contains ``d``."""
    start = d - timedelta(days=d.weekday())
    return Period(start, start + timedelta(days=6), "week")


def _month_weeks(year: int, month: int) -> list[Period]:
    """The Monday–Sunday weeks of a month: those whose Thursday falls in it (ISO rule)."""
    first = date(year, month, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    weeks = []
    while thursday.month == month:
        weeks.append(monday_week(thursday))
        thursday += timedelta(days=7)
    return weeks


def _shift(p: Period, steps: int) -> Period:
    """``p`` moved by ``steps`` of its own span (negative: earlier)."""
    if p.span == "year":
        y = p.start.year + steps
        return Period(date(y, 1, 1), date(y, 12, 31), "year")
    if p.span == "month":
        m0 = p.start.year * 12 + p.start.month - 1 + steps
        y, m = divmod(m0, 12)
        return Period(date(y, m + 1, 1), date(y, m + 1, calendar.monthrange(y, m + 1)[1]), "month")
    days = (p.end - p.start).days + 1
    delta = timedelta(days=days * steps)
    return Period(p.start + delta, p.end + delta, p.span)


def _month_number(lang: str, raw: str | None) -> int | None:
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    months: dict[str, int] = _data()["months"].get(lang, {})
    return months.get(raw.lower())


def _year_for(month: int, day: int, ref: date | None) -> int | None:
    """The year of a day-and-month stated without one: the latest such day not more than
    a week after ``ref`` (an article's date, or the date a claim is read ``as_of``; never
    the clock, so the answer does not change with the day it is computed)."""
    if ref is None:
        return None
    y = ref.year
    try:
        return y if date(y, month, day) <= ref + timedelta(days=7) else y - 1
    except ValueError:
        return None


def _resolve(lang: str, kind: str, g: dict[str, str | None], ref: date | None) -> Period | None:
    """The period an expression of type ``kind`` with groups ``g`` names, or None."""
    y = int(g.get("y") or 0) or None
    try:
        if kind == "year" and y:
            return Period(date(y, 1, 1), date(y, 12, 31), "year")
        if kind == "week_range":
            m2 = _month_number(lang, g.get("m2")) or _month_number(lang, g.get("m1"))
            m1 = _month_number(lang, g.get("m1")) or m2
            if not (m1 and m2 and y and g.get("d1") and g.get("d2")):
                return None
            d1, d2 = int(g["d1"] or 0), int(g["d2"] or 0)
            start = date(y - 1 if m1 > m2 else y, m1, d1)
            return Period(start, date(y, m2, d2), "week")
        if kind in ("week_ending", "as_of"):
            m, d = _month_number(lang, g.get("m")), int(g.get("d") or 0)
            if not m:
                return None
            y = y or _year_for(m, d, ref)
            if y is None:
                return None
            day = date(y, m, d)
            # "week ending X" names a 7-day range; snap it to the Monday–Sunday week
            # that holds its middle day, so it lines up with other reports' weeks.
            return monday_week(day - timedelta(days=3) if kind == "week_ending" else day)
        if kind in ("week_of_month", "last_week_of_month", "month", "in_month"):
            m = _month_number(lang, g.get("m"))
            if not m:
                return None
            y = y or _year_for(m, 1, ref)
            if y is None:
                return None
            if kind in ("month", "in_month"):
                return Period(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month")
            weeks = _month_weeks(y, m)
            if kind == "last_week_of_month":
                return weeks[-1]
            raw_n = g.get("n") or ""
            ords: dict[str, int] = _data()["ordinals"].get(lang, {})
            n = int(raw_n) if raw_n.isdigit() else ords.get(raw_n.lower(), 0)
            return weeks[n - 1] if 1 <= n <= len(weeks) else None
    except ValueError:
        return None
    return None


def find_periods(
    text: str, published: date | None = None, lang: str | None = None
) -> list[PeriodMention]:
    """Every period expression in ``text``, in order; overlapping matches keep the longest.

    With ``lang``, only that language's expressions are looked for (faster); without
    it, every language's.

    ``last week`` is resolved against ``published`` when known, else against the
    anchored week in force before it; comparisons (``compared to last week``, ``so với
    năm 2023``) and targets (``by the end of November``) are skipped.
    """
    raw: list[tuple[int, int, str, str, dict[str, str | None]]] = []
    excluded = _excluded()
    for rx_lang, kind, rx in _compiled():
        if lang is not None and rx_lang != lang:
            continue
        for m in rx.finditer(text):
            if excluded.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            raw.append((m.start(), m.end(), rx_lang, kind, m.groupdict()))
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    kept: list[tuple[int, int, str, str, dict[str, str | None]]] = []
    for r in raw:
        if kept and r[0] < kept[-1][1]:
            continue
        kept.append(r)
    # a day and month without a year take it from the article's date, else from the
    # first stated year in the text
    ref = published
    if ref is None:
        years = [int(g["y"] or 0) for _, _, _, _, g in kept if g.get("y")]
        ref = date(years[0], 12, 31) if years else None
    out: list[PeriodMention] = []
    for s, e, lang, kind, g in kept:
        if kind == "relative_last_week":
            if published is not None:
                period: Period | None = _shift(monday_week(published), -1)
            else:
                prior = [m for m in out if m.anchored and m.period.span == "week"]
                period = _shift(prior[-1].period, -1) if prior else None
        else:
            period = _resolve(lang, kind, g, ref)
        if period is not None:
            out.append(PeriodMention(s, e, kind, period))
    return out


@functools.lru_cache(maxsize=16)
def _cuts(text: str, rx: re.Pattern[str]) -> tuple[list[int], list[int]]:
    """Starts and ends of every boundary ``rx`` finds in ``text`` (once per text)."""
    found = [(m.start(), m.end()) for m in rx.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


def _bounds(text: str, pos: int, rx: re.Pattern[str]) -> tuple[int, int]:
    """Start and end of the sentence (or clause) of ``text`` around ``pos``."""
    starts, ends = _cuts(text, rx)
    # the last boundary ending at or before pos; the first starting at or after it
    i = bisect.bisect_right(ends, pos) - 1
    while i >= 0 and starts[i] >= pos:  # a boundary must lie wholly before pos
        i -= 1
    j = bisect.bisect_left(starts, pos)
    return (ends[i] if i >= 0 else 0), (starts[j] if j < len(starts) else len(text))


def _pick(text: str, mentions: list[PeriodMention], pos: int) -> PeriodMention | None:
    """The period expression that governs the figure at ``pos``.

    A relative one (``last week``) counts only in its own clause, or for its whole
    sentence when it opens it; an anchored one counts for its sentence and, after it,
    for the rest of the article until the next one; before the first one, the
    article's first anchored expression (a headline or lead) applies.
    """
    s0, s1 = _bounds(text, pos, _SENTENCE_END)
    c0, c1 = _bounds(text, pos, _CLAUSE_END)

    def counts(m: PeriodMention) -> bool:
        if m.anchored:
            return True
        if c0 <= m.start < c1:
            return True
        return m.start <= s0 + 2 and m.end <= pos

    same = [m for m in mentions if s0 <= m.start < s1 and counts(m)]
    if same:
        return min(same, key=lambda m: abs(m.start - pos) if m.start > pos else pos - m.end)
    before = [m for m in mentions if m.anchored and m.end <= pos]
    if before:
        return before[-1]
    anchored = [m for m in mentions if m.anchored]
    return anchored[0] if anchored else None


_PreviousRes = tuple[
    dict[str, list[re.Pattern[str]]], dict[str, re.Pattern[str]], dict[str, list[re.Pattern[str]]]
]


def _previous_res() -> _PreviousRes:
    return _previous_res_in(_root())


@functools.cache
def _previous_res_in(root: Path) -> _PreviousRes:
    d = _data_in(root)

    def comp(v: dict[str, list[str]]) -> dict[str, list[re.Pattern[str]]]:
        return {k: [re.compile(p, re.IGNORECASE) for p in ps] for k, ps in v.items()}

    after = {k: re.compile(p, re.IGNORECASE) for k, p in d["previous_after"].items()}
    return comp(d["previous_before"]), after, comp(d["previous_strong"])


def _is_previous(text: str, start: int, end: int) -> bool:
    """True when the figure at ``text[start:end]`` is the earlier value of a move."""
    before_res, after_res, strong_res = _previous_res()
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    for lang, pats in strong_res.items():
        if any(p.search(before) for p in pats):
            return True
        if any(p.search(before) for p in before_res.get(lang, [])) and after_res[lang].search(
            after
        ):
            return True
    return False


def period_for_text(
    text: str, published: date | None, start: int, end: int, mentions: list[PeriodMention]
) -> tuple[date | None, date | None, str]:
    """(period_start, period_end, period_source) of the figure at ``text[start:end]``."""
    m = _pick(text, mentions, start)
    if m is not None:
        period, source = m.period, f"text:{m.kind}"
    elif published is not None:
        period, source = _shift(monday_week(published), -1), "published"
    else:
        # no period known; still say when the figure is a previous value, so that a
        # check does not take it for the same period as the figures around it
        return None, None, "none:previous" if _is_previous(text, start, end) else "none"
    if _is_previous(text, start, end):
        period, source = _shift(period, -1), f"{source}:previous"
    return period.start, period.end, source


def assign_periods(article: Article, facts: list[Fact]) -> list[Fact]:
    """Facts with ``period_start``, ``period_end`` and ``period_source`` filled in."""
    # the article's language first (cheap); all languages if it states none there
    mentions = find_periods(article.text, article.published, article.lang) or find_periods(
        article.text, article.published
    )
    out = []
    for f in facts:
        start, end, source = period_for_text(
            article.text, article.published, f.start, f.end, mentions
        )
        out.append(
            f.model_copy(update={"period_start": start, "period_end": end, "period_source": source})
        )
    return out
