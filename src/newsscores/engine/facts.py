"""Fact assembly: rule patterns find figures, units and metrics are linked to them.

Per sentence, the pack's patterns run in order over the folded text; each number (or
cue word) is claimed by the first pattern that reaches it, so veto patterns
(thresholds, gaps, targets, counts) placed first keep later patterns off their
numbers. Each fact is then tied to the unit of its clause and the nearest metric.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar, cast

import regex

from ..models import Fact, FactKind
from ..settings import EXTRACTOR_VERSION
from .literals import PrefilterCache
from .metrics import MetricMention, MetricResolver, find_metrics
from .numbers import SIGNS, fold, parse_word_or_number
from .packs import Pack, Pattern, available_langs, borrowed, load_common, load_pack
from .topic import names_index
from .trace import Decision, Extraction, Outcome
from .units import (
    ANAPHOR_CHARS,
    MINISTRY_PREFIX,
    REGION_PREFIX,
    UnitMention,
    dominant_province,
    find_units,
    marker_before,
    sentence_around,
    title_subject,
    undescribed,
)

__all__ = [
    "extract_facts",
    "extract_document",
    "split_sentences",
    "MAX_RANK",
    "MAX_SCORE",
    "MIN_GROUP",
    "NEXT_UNIT_CHARS",
]

#: Between a figure and a unit alone in the parenthesis after it: at most a unit word
#: and a few words of the unit's own name ("(UBND huyện Lâm Hà)").
_PAREN_OPEN = regex.compile(r"\s*(?:[\w%]+\s*)?\(\s*(?:[\w.'-]+\s+){0,3}$")
#: ... and closes it, or goes on after a comma about that unit ("(Departementet for
#: Industri og Handel, står på førsteplassen i blokken)"), naming no other unit
_PAREN_CLOSE = regex.compile(r"\s*(?:[\w.'-]+\s*){0,3}(?:,[^()\d\n]{1,60})?\)")
#: Between a unit's name and the same unit named again (its original-language name).
_NAMED_AGAIN = regex.compile(r"\s*[,/;]\s*|\s+[-–]\s+")
#: No index score or change reaches this: a larger reading is a misread decimal mark.
MAX_SCORE = 1000.0
#: The largest rank or streak a text can state (larger numbers are counts or years).
MAX_RANK = 1000
#: The country's own names (folded), as the packs' ``national`` phrases write them.
COUNTRY_NAMES = frozenset({"viet nam", "vietnam"})
#: The maximum of a score in per cent.
PERCENT_MAXIMUM = 100.0
#: The country's unit key.
NATIONAL = "vietnam"
#: From how many coordinated units on a rank or streak is a group's, not a unit's.
MIN_GROUP = 3
#: How close after a figure a national phrase stands to be its subject.
NEAR_CHARS = 15
#: The longest gap between figures listed together ("94.37 points and 94.12 points").
LIST_GAP_CHARS = 30
#: How far before the sentence before an anaphor of a province looks for it in a national
#: report, when that sentence names none (a paragraph's length).
ANAPHOR_LOOKBACK = 600
#: How far after a sentence's opening figure ("With 14.23 points, ...") its metric is named
LEADING_METRIC_CHARS = 80
#: How far after a cue ("the leader") the unit it names may start, in characters.
NEXT_UNIT_CHARS = 30
#: A written number, for the trace of numbers no pattern reached.
_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")

_SENT_END = regex.compile(
    # ... but not an ordinal's period before its figure in parentheses ("Byggdepartementet
    # 8. (85,91 %)")
    r"[.!?…](?=[\"”»)]?\s+[\"“«(]?[\p{Lu}0-9])(?!(?<=\d\.)\s+\(\s*\d)"
    # ... nor the dot leaders of a table as text ("Online services ........ 9.03")
    r"(?!(?<=\.{4})\s+\d)"
    # ... nor the periods of a date written with spaces ("Publisert 10. 05. 2024")
    r"(?!(?<=(?<!\d)\d{1,2}\.)\s+\d{1,2}\.\s+(?:19|20)\d\d(?!\d))"
    r"(?!(?<=(?<!\d)\d{1,2}\.\s+\d{1,2}\.)\s+(?:19|20)\d\d(?!\d))"
    # "51e en 2021.Selon le président": a scraped page lost the space after a period
    r"|(?<=(?:\d|\p{Ll}{3})[.!?])(?=\p{Lu}\p{Ll})"
)


@functools.cache
def _abbreviations(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    """A regex for a text ending with one of ``words`` and its period."""
    if not words:
        return None
    return regex.compile(r"(?:\b(?:" + "|".join(words) + r"))\.$", regex.I)


#: A line of text.
_LINE = regex.compile(r"[^\n]+")
#: A line opening with a list number and its period, nothing else yet ("3.", "1st.", "2e.",
#: "Hạng 1.": a place's label, a word before it at most; "* 1.": after a bullet).
_LIST_NUMBER_ONLY = regex.compile(
    r"\s*(?:[-•*–+][ \t]*)?(?:[^\W\d]{1,8}[ \t]+)?\d{1,2}(?:[^\W\d]{1,3})?\."
)
#: A word of three letters or more ending in a period (no abbreviation).
_WORD_AND_PERIOD = regex.compile(r"[a-zà-ỹ]{3,}\.$")


def split_sentences(
    text: str, abbreviations: tuple[str, ...] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each sentence: lines are split at sentence-final punctuation,
    except after one of ``abbreviations`` (regex alternatives: ``no``, ``bl\\.a``;
    default: those of every pack found)."""
    if abbreviations is None:
        packs = (load_pack(lang) for lang in available_langs())
        abbreviations = tuple(a for p in packs if p is not None for a in p.abbreviations)
    abbrev = _abbreviations(abbreviations)
    spans = []
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _SENT_END.finditer(line.group()):
            end = line.start() + m.end()
            before = text[max(start, end - 6) : end]
            # "No. 1", "Mr. Nam": an abbreviation's period ends no sentence
            if (
                abbrev is not None
                and abbrev.search(before)
                and not _WORD_AND_PERIOD.search(before)
            ):
                continue
            # "3. Viet Nam Television;": a list number opening its line ends no sentence
            if _LIST_NUMBER_ONLY.fullmatch(text, start, end):
                continue
            spans.append((start, end))
            start = end
            while start < line.end() and text[start].isspace():
                start += 1
        if start < line.end():
            spans.append((start, line.end()))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@dataclass
class _Hit:
    kind: str
    value: float
    start: int
    end: int
    pattern: Pattern
    match_start: int
    match_end: int
    max_value: float | None = None
    percent: bool = False


#: Where a clause ends for certain (not between two figures of a list, where languages
#: with a decimal comma put a semicolon: "lần lượt là 0,02; 0,05 và 0,09").
_SEMICOLON = regex.compile(r"(?<![\d%]\s*);|;(?!\s*[-+−]?\d+[.,]\d)")


#: A table row whose cells are parted by semicolons ("Frais informels ; 7,74 points ; 2e
#: sur 63"): one clause, its label the metric of its figures.
_SEMICOLON_ROW = regex.compile(r"[^;\n.]{2,60}(?:[ \t]+;[ \t]+[^;\n]{1,40}){2,}")
#: A table row whose cells are parted by semicolons or dashes ("Localities – 83.44 – up 2.66
#: points"), as a table's rows parted by bars are.
_CELL_ROW = regex.compile(r"[^;–—\n.]{2,60}(?:[ \t]+[;–—][ \t]+[^;–—\n]{1,40}){2,}")


#: A labelled line whose cells after the label are parted by semicolons ("- Transparency:
#: 4.5627; down 0.63"): one clause, its label the metric of every figure of it.
_LABEL_ROW = regex.compile(r"[-•*–+]?[ \t]*[^;:\n]{2,60}:[^;:\n]{1,40}(?:;[^;:\n]{1,40})+")


def _clauses(folded: str, s0: int, s1: int, pack: Pack) -> list[tuple[int, int]]:
    cuts = [s0]
    row = any(rx.fullmatch(folded, s0, s1) is not None for rx in (_SEMICOLON_ROW, _LABEL_ROW))
    for m in () if row else _SEMICOLON.finditer(folded[s0:s1]):
        cuts.append(s0 + m.end())
    if pack.clause_breaks is not None:
        for m in pack.clause_breaks.finditer(folded[s0:s1]):
            cuts.append(s0 + m.start())
    cuts = sorted(set(cuts)) + [s1]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _value(written: str, pack: Pack) -> float | None:
    return parse_word_or_number(written, pack.words, pack.decimal)


#: An integer written with a leading zero ("01 cơ quan", "09 organer"): a count on a
#: form, never a score, rank, change or streak.
_ZERO_LED = regex.compile(r"0\d+")

#: A separator followed by digits that are not all zeros.
_NONZERO_FRACTION = regex.compile(r"[.,]\d*[1-9]")


def _other_mark(written: str, pack: Pack, value: float) -> float:
    """``written`` read with the other decimal mark when it has one separator (``5,687``
    as 5.687 in an English text), else ``value`` as read."""
    if sum(written.count(c) for c in ".,") != 1 or not _NONZERO_FRACTION.search(written):
        return value  # "1,000" stays a thousand
    other = "." if pack.decimal == "," else ","
    reread = parse_word_or_number(written, pack.words, other)
    return reread if reread is not None else value


@dataclass(frozen=True)
class _Claim:
    """A span a pattern took without making a fact of it: a veto's, or a fact
    pattern's whose value is out of range (``reason``)."""

    start: int
    end: int
    pattern: Pattern
    reason: str


#: per list of patterns (a pack's), their prefilter by required literals
_PATTERNS: PrefilterCache[Pattern] = PrefilterCache(lambda p: p.literal_sets)


#: The veto kind of a stated aim ("targets for 2024:", "phấn đấu đạt").
_TARGET_CLAIM = "target"

#: A per cent sign right after a figure ("61.5 %").
_PERCENT_AFTER = regex.compile(r"\s?%")


def _fixed_value(pat: Pattern) -> bool:
    """Whether a pattern gives a fact of a value it states itself ("on top" is 1)."""
    return pat.is_fact and pat.value is not None


def _hits(
    folded: str, s0: int, s1: int, pack: Pack, maxima: set[float]
) -> tuple[list[_Hit], list[_Claim]]:
    """The figures the patterns find in one sentence, and the spans vetoes took."""
    seg = folded[s0:s1]
    claimed: list[tuple[int, int]] = []
    hits: list[_Hit] = []
    vetoed: list[_Claim] = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in claimed)

    candidates = _PATTERNS.get((pack.patterns,), lambda: pack.patterns).runnable(seg)
    # a sentence naming no number skips the patterns that name one, unless a pattern of
    # fixed value ("å lede", "on top") matches there: then the rest may veto or state it
    numberless = pack.number_trigger.search(seg) is None
    fixed_found = numberless and any(
        _fixed_value(pat) and pat.regex.search(seg) for pat in candidates
    )
    has_number = not numberless or fixed_found
    for pat in candidates:
        if pat.needs_number and not has_number:
            continue
        if numberless and not fixed_found and _fixed_value(pat):
            continue  # searched just above, and found nowhere
        for m in pat.regex.finditer(seg):
            # the figures in the order they are written ("first and second place":
            # "respectively" pairs them with the units in that order)
            names = sorted(
                (g for g in ("v", "prev") if g in pat.regex.groupindex and m.group(g) is not None),
                key=m.start,
            )
            spans = [m.span(g) for g in names] or [m.span()]
            extra = [m.span("max")] if "max" in pat.regex.groupindex and m.group("max") else []
            if not pat.is_fact:
                # a veto claims its number (group v) if it names one, else all it matched
                span = m.span("v") if "v" in pat.regex.groupindex else m.span()
                claimed.append(span)
                vetoed.append(_Claim(s0 + span[0], s0 + span[1], pat, pat.kind))
                continue
            if not all(free(a, b) for a, b in spans + extra):
                continue
            max_value = None
            if "max" in pat.regex.groupindex and m.group("max") is not None:
                max_value = _value(m.group("max"), pack)
            new: list[_Hit] = []
            groups: list[str | None] = list(names) or [None]
            for g, (a, b) in zip(groups, spans, strict=False):
                if g is None:
                    if pat.value is None:
                        continue
                    value = float(pat.value)
                else:
                    if _ZERO_LED.fullmatch(m.group(g)) and pat.kind != "streak":
                        # "01 organ", "09 cơ quan": a count written as on a form (a streak
                        # so written is one: "xếp hạng thứ nhất 06 năm liên tiếp")
                        vetoed.append(_Claim(s0 + a, s0 + b, pat, "zero_led_count"))
                        continue
                    parsed = _value(m.group(g), pack)
                    if parsed is None:
                        continue
                    value = parsed
                kind = (pat.prev_kind or pat.kind) if g == "prev" else pat.kind
                if kind in ("score", "change") and value >= MAX_SCORE:
                    # "5,687" in machine-translated English keeps the source's decimal
                    # comma: no index score reaches a thousand
                    value = _other_mark(m.group(g), pack, value) if g else value
                    if value >= MAX_SCORE:  # "a 1,000-point scale": no unit's score
                        vetoed.append(_Claim(s0 + a, s0 + b, pat, "score_out_of_range"))
                        continue
                if kind == "change":
                    written = m.group(g) if g else ""
                    value = value if written[:1] in SIGNS else abs(value) * pat.sign
                new.append(
                    _Hit(
                        kind,
                        value,
                        s0 + a,
                        s0 + b,
                        pat,
                        s0 + m.start(),
                        s0 + m.end(),
                        max_value if g == "v" else None,
                        # "- Mekong Delta: 61.5%": a match that ends at its number is a
                        # percentage when a per cent sign follows it
                        percent=pat.percent
                        or "%" in m.group()
                        or _PERCENT_AFTER.match(seg, m.end()) is not None,
                    )
                )
            if not new:
                continue
            if pat.series and len(new) == 1 and 1 < new[0].value <= 10:
                # "the top three positions": ranks 1..3, paired with units by "respectively"
                new = [replace(new[0], value=float(i)) for i in range(1, int(new[0].value) + 1)]
            # X/Y with an unknown maximum Y is a count (88/104 xã) unless X is a decimal
            # (12,36/13 điểm: a sub-index scored out of 13)
            if any(
                h.max_value is not None
                and (
                    h.value > h.max_value or (h.max_value not in maxima and h.value == int(h.value))
                )
                for h in new
            ):
                claimed.extend(spans + extra)
                vetoed.extend(_Claim(h.start, h.end, pat, "count_over_max") for h in new)
                continue
            if any(
                h.kind in ("rank", "streak")
                and (h.value != int(h.value) or h.value < 1 or h.value > MAX_RANK)
                for h in new
            ):
                vetoed.extend(_Claim(h.start, h.end, pat, "rank_out_of_range") for h in new)
                continue
            claimed.extend(spans + extra)
            hits.extend(new)
    return hits, vetoed


#: A parenthesis with the space before it.
_PARENTHESIS = regex.compile(r"\s*\([^()]*\)")
#: A parenthesis with no figure in it: a name's abbreviation ("(PAPI)"), not a value.
_NAME_PARENTHESIS = regex.compile(r"\s*\([^()\d]*\)")


def _crosses(a: UnitMention, b: UnitMention) -> bool:
    """Whether ``a`` and ``b`` are a ministry and a province (ranked side by side)."""
    return {a.level, b.level} == {"ministry", "province"}


#: A decimal figure ("45,7875", "95.1").
_DECIMAL = regex.compile(r"\d[.,]\d")


def _group(
    m: UnitMention,
    mentions: list[UnitMention],
    folded: str,
    pack: Pack,
    skip_parens: bool,
    own_scores: bool = False,
) -> list[UnitMention]:
    """``m`` with the units coordinated with it (``A and B``, ``A, B og C``); with
    ``skip_parens``, members may carry their own parentheses (``A (95,1), B (94,9) và C``),
    but with ``own_scores`` (a score's or change's group) a member whose parentheses hold
    a decimal figure has its own and shares no other ("Thái Nguyên (45,7875 points) et
    Bắc Ninh, ..., créditée de 45,7047 points")."""
    # coordination joins units of one level ("Tại Đắk Lắk, Sở Y tế ..." is no pair), or
    # by a word a ministry and a province ("the Ministry of Justice and Quang Ninh lead")
    level = _LEVEL_CLASS.get(m.level, m.level)
    mentions = [
        u
        for u in mentions
        if _LEVEL_CLASS.get(u.level, u.level) == level or u is m or _crosses(m, u)
    ]
    idx = mentions.index(m)
    group = [m]
    for step in (-1, 1):
        i = idx
        while 0 <= i + step < len(mentions):
            a, b = (
                (mentions[i + step], mentions[i]) if step < 0 else (mentions[i], mentions[i + step])
            )
            gap = folded[a.outer_end : b.outer_start]
            if own_scores and any(_DECIMAL.search(p.group()) for p in _PARENTHESIS.finditer(gap)):
                break
            if skip_parens:
                gap = _PARENTHESIS.sub("", gap)
            gap = undescribed(gap, b, pack)
            if not pack.list_joiners.match(gap) or (
                _crosses(a, b) and pack.joiner_word.search(gap) is None
            ):
                break
            # "công bố tại Hà Nội, thành phố Đà Nẵng tiếp tục đứng đầu": a venue or a
            # compared unit next to the subject is not coordinated with it
            if mentions[i + step].is_object != m.is_object:
                break
            i += step
            group.append(mentions[i])
    group = _closed_list_part(sorted(group, key=lambda u: u.start), m, folded, pack)
    # "Hanoï, la capitale, et Hô-Chi-Minh-Ville": a unit named twice in apposition is one
    # member ("respectively" pairs its figures with two units, not three)
    firsts: dict[str | int, UnitMention] = {}
    for u in group:
        firsts.setdefault(u.key or id(u), u)
    return list(firsts.values())


def _closed_list_part(
    group: list[UnitMention], m: UnitMention, folded: str, pack: Pack
) -> list[UnitMention]:
    """The part of a coordination (in text order) that holds ``m``: a list its
    joiner word closed goes on no further after a comma and another joiner ("nemleg
    Dong Thap, Vinh Long og Can Tho, og Dong Thap har halde på 2. plassen": a new
    clause's subject)."""
    parts: list[list[UnitMention]] = [[group[0]]]
    closed = False
    for a, b in itertools.pairwise(group):
        gap = folded[a.outer_end : b.outer_start]
        joined = pack.joiner_word.search(gap) is not None
        if closed and joined and "," in gap:
            parts.append([])
            closed = False
        parts[-1].append(b)
        closed = closed or joined
    return next(part for part in parts if m in part)


def _country_is_subject(
    hit: _Hit, clause: tuple[int, int], named: list[UnitMention], national: list[UnitMention]
) -> bool:
    """Whether the country itself stands before a figure in its clause, named as a
    country (``Việt Nam``), not as an average or a scope, and no named unit is in it."""
    others = [u for u in named if clause[0] <= u.start and u.end <= clause[1] and not u.is_object]
    country = [
        u
        for u in national
        if clause[0] <= u.start and u.end <= hit.start and fold(u.text) in COUNTRY_NAMES
    ]
    return bool(country) and not others


def _sibling_family(
    mention: MetricMention | None,
    sent: tuple[int, int],
    mentions: list[MetricMention],
    figure_end: int,
    folded: str,
) -> MetricMention | None:
    """A shared component name (``transparency``) listed among the components of one
    index (PCI's market entry, land access, ...) is that index's component. A name after
    the figure counts only as a listed item, with a figure of its own after it (not in
    "satisfaction ... 17.94 points, reflecting ... the resolution of administrative
    procedures")."""
    if mention is None or mention.family != "any" or mention.component in (None, "average"):
        return mention
    families = {
        m.family
        for m in mentions
        if sent[0] <= m.start < sent[1]
        and m.family != "any"
        and m.component is not None
        and (m.start < figure_end or _DIGIT.search(folded, m.end, sent[1]) is not None)
    }
    if len(families) != 1:
        return mention
    return MetricMention(mention.start, mention.end, families.pop(), mention.component)


def _listed_after(
    average: MetricMention, hit: _Hit, units: Sequence[UnitMention], folded: str
) -> bool:
    """Whether a figure is an item of a list of units opened by a colon after an average
    ("the average reached 85.41%, of which, respectively: (1) the Department of Finance
    90.05%"): the item's own figure, not the average."""
    colon = folded.find(":", average.end, hit.start)
    return colon >= 0 and any(
        colon < u.start < hit.start and u.level not in ("national", "region") for u in units
    )


def _list_span(folded: str, sent: tuple[int, int]) -> tuple[int, int]:
    """The lines of the bulleted list an item stands in: its siblings ("- Market entry
    7.43; - Transparency 6.16") settle which index a shared component name is of."""
    start, end = sent
    while (prev_end := folded.rfind("\n", 0, start)) >= 0:
        prev_start = folded.rfind("\n", 0, prev_end) + 1
        if not _BULLET.match(folded, prev_start, prev_end):
            break
        start = prev_start
    while (newline := folded.find("\n", end)) >= 0 and _BULLET.match(folded, newline + 1):
        line_end = folded.find("\n", newline + 1)
        end = len(folded) if line_end < 0 else line_end
    return start, end


def _national_average_before(
    hit: _Hit,
    clause: tuple[int, int],
    units: list[UnitMention],
    metric_opts: list[MetricMention | None],
) -> UnitMention | None:
    """The national phrase that names the figure's average when it is the last unit
    named before the figure in its clause ("The province scored 80.1 points, beating
    the national average of 75.5 points"): the country's, not the subject's."""
    before = [u for u in units if clause[0] <= u.start and u.end <= hit.start]
    if not before or before[-1].level != "national":
        return None
    national = before[-1]
    named_in_it = any(
        m is not None and m.component == "average" and national.start <= m.start < national.end
        for m in metric_opts
    )
    return national if named_in_it else None


def _same_parenthesis(folded: str, a: int, b: int) -> bool:
    """Whether positions ``a`` < ``b`` stand inside one open parenthesis."""
    opened = folded.rfind("(", 0, a)
    return opened > folded.rfind(")", 0, a) and ")" not in folded[a:b] and "(" not in folded[a:b]


#: What may stand between a rank and the national phrase that is its scope ("third
#: place nationwide", "xếp thứ 3 cả nước", "3e du pays"), in any language.
_SCOPE_GAP = regex.compile(r"\s*(?:(?:in|of|du|de|trong|på|i)\s+(?:the\s+)?)?")


def _unscoped(units: list[UnitMention], hits: list[_Hit], folded: str) -> list[UnitMention]:
    """``units`` without the national phrases that only say where a rank holds ("rose to
    third place nationwide with 0.735 points": the country is no subject there)."""
    ends = [h.match_end for h in hits if h.kind == "rank"]
    return [
        u
        for u in units
        if u.level != "national"
        or not any(e <= u.start and _SCOPE_GAP.fullmatch(folded, e, u.start) for e in ends)
    ]


#: What opens a list's item: a dash or bullet sign, or a pictograph used as one ("📈",
#: "✓", "📌" in posts and infographics).
_BULLET_MARK = r"(?:[-–•*+]|[\u2600-\u27bf\U0001f300-\U0001faff])"

#: A line of two cells parted by a dash under a list's heading ("Hanoi, plassering i PCI:\n
#: 2009 – 33. plass"): an item of that list.
_PAIR_ROW = regex.compile(r"[^;–—\n]{2,60}[ \t]+[–—][ \t]+[^;–—\n]{1,40}")
#: Between a unit and its figure: an open parenthesis or a comma ("Hai Phong (72,85"),
#: also after a bracket glossing the unit's name ("Plandepartementet (Sở Kế hoạch và Đầu
#: tư) (85,1 %").
_PARENTHESIS_OR_APPOSITION = regex.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,\s*[\w-]+\s*)?\([^()]*|\s*(?:\([^()]*\)\s*)?,\s*"
)
#: A label and its colon, all that stands between a cue and the unit after it.
_LABEL_THEN_UNIT = regex.compile(r"\s*\w[^:\n]*:\s*")
#: A name, then the bracket that glosses it.
_GLOSSED_NAME = regex.compile(r"[^()\n]{1,80}\(\s*")
#: A digit.
_DIGIT = regex.compile(r"\d")
#: What may precede a line's opening number: spaces, a bullet, a bracket.
_ITEM_PREFIX = regex.compile(r"[ \t]*(?:" + _BULLET_MARK + r"[ \t]*)?\(?")
#: A table row's first cell that is a number ("1 | Publicity and transparency | 13.2/18").
_ROW_NUMBER = regex.compile(r"\d{1,2}[ \t]*\|")
#: A line opening with a number (an item of a numbered list).
_NUMBERED = regex.compile(_ITEM_PREFIX.pattern + r"\d")
#: A line opening with a bullet: an item of a list.
_BULLET = regex.compile(r"\s*" + _BULLET_MARK + r"\s")
_BULLET_OR_SPACE = regex.compile(r"\s*(?:" + _BULLET_MARK + r"\s*)?")
#: A line that is a label, a colon and a figure, or a label and nothing but figures: an
#: item of a list its heading opened, when written without bullets ("gouvernement
#: numérique : 0,7582 (+4,7 %)", "Digital government 0.7582 +4.7%", "Cấp huyện 91,98%
#: tăng 4,09%"), its cells parted by bars or not ("Digital government | 0.7582 | +4.7%"),
#: a word or two of change after its colon ("Thay đổi: tăng 0,02 điểm").
_LABEL_LINE = regex.compile(
    r"(?<=^|\n[ \t]*)(?!\d)[^\n\d:|]{2,60}"
    r"(?::\s*(?:[^\W\d]+\s+){0,2}[-+−]?\d|[\s|]+[-+−]?\d[\d.,%+\-−()\t |]*"
    r"(?:[^\W\d]{1,8}\.?(?:[ \t]+[-+−]?\d[\d.,%]*)?)?"
    r"[ \t|]*$)",
    regex.M,
)
#: A table's header line under a list's heading ("Pilier   Valeur 2024   Évolution"):
#: words and years only, no sentence punctuation; the rows after it are the list's items.
_TABLE_HEADER = regex.compile(
    r"[ \t|;–—]*(?:[^\W\d][\w'’/()-]*|(?:19|20)\d\d)"
    r"(?:[ \t|;–—]+(?:[^\W\d][\w'’/()-]*|(?:19|20)\d\d)){1,12}"
    r"[ \t|;–—]*"
)
#: Between a figure and the unit right after it: its unit word, if any, a comma and a
#: verb, if any ("with 71.25 points, Quang Ninh", "med 71,25 poeng, beholder Quang Ninh").
_FIGURE_THEN_UNIT = regex.compile(r"\s*(?:[^\W\d]+\s*)?,\s*(?:[^\W\d]+\s+)?")
#: Between a unit and its figure: a comma and a word or two (", troisième avec").
_RANKED_APPOSITION = regex.compile(r"\s*,\s*([\w-]+)(?:\s+\w+)?\s*")


def _named_alongside(mentions: list[MetricMention], folded: str, pack: Pack) -> set[str]:
    """The index families of ``mentions`` named right after a word that presents them as
    published beside another ("alongside the Provincial Green Index", "sammen med PGI")."""
    if pack.alongside is None:
        return set()
    beside = set()
    for m in mentions:
        if m.component is not None:
            continue
        window = folded[max(0, m.start - ALONGSIDE_REACH_CHARS) : m.start]
        ends = [x.end() for x in pack.alongside.finditer(window)]
        if ends and len(window) - ends[-1] <= ALONGSIDE_GAP_CHARS:
            beside.add(m.family)
    return beside


def _numbers_a_section(
    hit: _Hit, after: list[UnitMention], folded: str, pack: Pack
) -> bool:
    """Whether a line's opening number (``1.``, ``(1)``) numbers a section, not a place: the
    line states no figure, or is a paragraph's length, and no unit opens it after the number
    (bar a separator and an article): "3. Exchange with Sở Nội vụ", "(1) Provinces and
    cities", "2. The average point of Hai Phong city at the level of departments ... got
    76,59 points"."""
    line_start = folded.rfind("\n", 0, hit.match_start) + 1
    line_end = folded.find("\n", hit.end)
    line_end = len(folded) if line_end < 0 else line_end
    if not (
        folded[hit.start : hit.end].isdigit()
        and _ITEM_PREFIX.fullmatch(folded, line_start, hit.start) is not None
        and (
            _DIGIT.search(folded, hit.end, line_end) is None
            or len(folded[hit.end : line_end].split()) >= SECTION_WORDS
        )
    ):
        return False
    opens_with_unit = bool(after) and (
        pack.item_opening.fullmatch(folded, hit.match_end, after[0].outer_start) is not None
        # "4. Byrået Nyheter Vietnam (Thông tấn xã Việt Nam)": a name the packs do not
        # know, glossed in brackets by one they do
        or _GLOSSED_NAME.fullmatch(folded, hit.match_end, after[0].outer_start) is not None
    )
    # "1. Hà Tĩnh, la bonne surprise" between paragraphs: a heading, no list's item
    return not opens_with_unit or not _in_numbered_list(folded, line_start, line_end)


def _numbered_line(hit: _Hit, folded: str) -> tuple[int, int] | None:
    """The line a rank's bare number opens as a list item (its start and end), or None."""
    if hit.kind != "rank" or not folded[hit.start : hit.end].isdigit():
        return None
    line_start = folded.rfind("\n", 0, hit.match_start) + 1
    if _ITEM_PREFIX.fullmatch(folded, line_start, hit.start) is None:
        return None
    line_end = folded.find("\n", hit.end)
    return line_start, len(folded) if line_end < 0 else line_end


def _numbers_an_item(
    hit: _Hit, line: tuple[int, int] | None, hits: list[_Hit], folded: str
) -> bool:
    """Whether a line's opening number (``line``: its ``_numbered_line``) counts items, not
    places: its line states another rank outside brackets before any score ("2. Long An
    placed 3rd nationally"; a ranking's "1. Quang Ninh – 90.61 (2022: 3rd)" keeps its
    place)."""
    if line is None:
        return False
    line_end = line[1]
    later = sorted((h for h in hits if hit.end <= h.start < line_end), key=lambda h: h.start)
    for h in later:
        if h.kind == "score":
            return False
        if h.kind == "rank" and folded.rfind("(", hit.end, h.start) <= folded.rfind(
            ")", hit.end, h.start
        ):
            return True
    return False


#: The fewest units a numbered line names for its number to count findings, not places.
FINDING_UNITS = 3


def _numbers_a_finding(line: tuple[int, int] | None, units: Sequence[UnitMention]) -> bool:
    """Whether a line's opening number (``line``: its ``_numbered_line``) counts findings,
    not places: the line names three units or more ("2) Nærmest Thua Thien Hue følger Thai
    Nguyen med 45,78 poeng, Bac Ninh ..."), where a ranking's line names the one it places."""
    if line is None:
        return False
    keys = {u.key for u in units if line[0] <= u.start < line[1] and u.key}
    return len(keys) >= FINDING_UNITS


def _in_numbered_list(folded: str, line_start: int, line_end: int) -> bool:
    """Whether the nearest non-empty line before or after a line opens with a number too
    (or the line stands alone: nothing tells it from a one-item list)."""
    before = folded[:line_start].rstrip().rpartition("\n")[2]
    after = folded[line_end:].lstrip().partition("\n")[0]
    if not before and not after:
        return True
    return any(_NUMBERED.match(line) for line in (before, after))


def _group_average_owner(
    hit: _Hit,
    unit: UnitMention,
    metric_opts: list[MetricMention | None],
    folded: str,
    pack: Pack,
) -> str | None:
    """The province whose group's average a figure is, when a department or a district
    is compared with it: "Education stands 20th with 76.53%, much lower than the average
    of the block (85.41%)" (the block's average is the province's, not Education's)."""
    avg = next((m for m in metric_opts if m is not None and m.component == "average"), None)
    if (
        avg is None
        or unit.key is None
        or unit.level in ("ministry", "national", "region", "province")
        or "/" not in unit.key
        or not (unit.end <= avg.start and avg.end <= hit.start)
    ):
        return None
    in_parenthesis = folded.rfind("(", avg.end, hit.start) >= 0
    compared = marker_before(pack.object_markers, folded, avg.start)
    return unit.key.split("/")[0] if in_parenthesis or compared else None


def _closes_unit_list(
    u: UnitMention, in_sent: list[UnitMention], folded: str, pack: Pack
) -> bool:
    """Whether ``u`` closes a list of units ("Dong Thap, An Giang og Tra Vinh")."""
    return any(
        v.outer_end <= u.outer_start
        and pack.list_joiners.match(folded[v.outer_end : u.outer_start]) is not None
        for v in in_sent
    )


def _link(
    hit: _Hit,
    sent: tuple[int, int],
    clause: tuple[int, int],
    units: list[UnitMention],
    folded: str,
    pack: Pack,
    ranked: bool = False,
) -> tuple[UnitMention | None, bool, str]:
    """The unit a figure belongs to, whether it is attached to it directly
    (parentheses, apposition, relative clause) rather than as its clause's subject,
    and the name of the linking rule that decided (shown by the trace). ``ranked``:
    the sentence states a rank."""
    in_sent = [u for u in units if sent[0] <= u.start and u.end <= sent[1]]
    named = [u for u in in_sent if u.level != "national"]
    national = [u for u in in_sent if u.level == "national"]
    # the country is the subject of a score only when no unit is named, nor the
    # article's province by a noun ("the province achieved 74.7 points ... nationwide")
    province_noun = pack.province_noun is not None and any(
        not any(u.start <= m.start() < u.end for u in national)  # "của các tỉnh": the country
        for m in pack.province_noun.finditer(folded, clause[0], hit.start)
    )
    # "Việt Nam ... đứng thứ 71/193 quốc gia": the country's place among countries,
    # nobody's rank here (and not the article's subject's)
    if (
        national
        and hit.kind in ("rank", "streak")
        and _country_is_subject(hit, clause, named, national)
    ):
        return None, True, "country_holds_no_rank"
    # "the 5th year in a row that the localities' average passed 80%": a streak of the
    # country where the country is the only unit its sentence names and no rank is
    # stated (the country holds no rank, so no streak of one)
    # ("the third week in a row that the province stays above the national average":
    # the province's)
    # ("The national average of 86.98%, above 80% for the 5th year running, ... leaders like
    # Quang Ninh": a unit named after the streak is not its subject)
    # ("det 3e året på rad at Đà Nẵng holder toppen ... i hele landet": the country named
    # after both is the scope, and the unit is the subject)
    if (
        national
        and not any(u.start < hit.start for u in named)
        and (not named or any(u.start < hit.start for u in national))
        and hit.kind == "streak"
        and not ranked
        and not (pack.province_noun and pack.province_noun.search(folded, sent[0], sent[1]))
    ):
        return national[0], False, "national_streak"
    # "national average", "au niveau national": the country, never for a rank or streak
    # (the country holds no position), and only when no named unit is the subject
    # before the figure in its clause ("Landsgjennomsnittet ... var 87,65 %, og Ca Mau")
    if national and hit.kind not in ("rank", "streak"):
        subject_before = [
            u for u in named if clause[0] <= u.start and u.end <= hit.start and not u.is_object
        ]
        nat_before = [u for u in national if clause[0] <= u.start and u.end <= hit.start]
        if not nat_before and not named:
            # "* National pillars: digital government 0.7582, up 4.7%; digital economy
            # ..., up 13.3%": a national label opening the line holds all its clauses
            nat_before = [u for u in national[:1] if _opens_line(folded, sent[0], u.start)]
        # "... of the localities in the whole country, with 71.25 points, Quang Ninh ...":
        # a unit right after the figure and a comma holds it
        named_next = any(
            not u.is_object
            and _FIGURE_THEN_UNIT.fullmatch(folded, hit.end, min(u.start, u.outer_start))
            for u in named
            if u.start >= hit.end
        )
        if nat_before and not subject_before and not province_noun and not named_next:
            return nat_before[-1], False, "national_named_before"
        # "Quảng Nam đạt 80,1 điểm (bình quân cả nước 75,5 điểm)": the country's, in
        # its own parenthesis after the unit's figure
        inside = [u for u in nat_before if _same_parenthesis(folded, u.start, hit.start)]
        if inside:
            return inside[-1], True, "national_in_parenthesis"
    everything = in_sent
    in_sent = named or (
        []
        if hit.kind in ("rank", "streak") or province_noun
        # ... and only a national phrase in the figure's clause, before it or right after
        # it ("80.08 per cent nationwide"), not one the sentence goes on to compare with
        # nor the scope of a rank in a clause before ("38/63 ... i hele landet; PAPI ...")
        else [u for u in in_sent if clause[0] <= u.start and u.start <= hit.end + NEAR_CHARS]
    )
    in_clause = [u for u in in_sent if clause[0] <= u.start and u.end <= clause[1]]
    if hit.pattern.link in ("after", "next"):
        after = [u for u in in_sent if u.start >= hit.match_end]
        # "Gia Lai, the second-ranked locality in the Central Highlands": a region that is
        # where the rank holds is no name after the cue; the figure links as any other
        scoped = bool(after) and after[0].level == "region" and after[0].is_object
        # "1. Classement national : Gia Lai occupe la 30e place": a label of its own
        # between an item's number and the unit, so the number counts items, not places
        labelled = bool(after) and _LABEL_THEN_UNIT.fullmatch(
            folded, hit.match_end, after[0].outer_start
        )
        # "3. Exchange with Sở Nội vụ", "(1) Provinces and cities": a numbered line that
        # does not open with a unit (after at most an article) numbers a section, no place
        if _numbers_a_section(hit, after, folded, pack):
            return None, True, "numbered_line_opens_with_no_unit"
        if not after and _ROW_NUMBER.match(folded, hit.start):
            # "No. | Index | Score\n1 | Publicity and transparency | 13.2/18": a table's first
            # cell with no unit on its row numbers the rows
            return None, True, "row_number_naming_no_unit"
        if after and not scoped and not labelled and (
            hit.pattern.link == "after" or after[0].start - hit.match_end < NEXT_UNIT_CHARS
        ):
            return after[0], False, f"unit_{hit.pattern.link}_cue"
        if labelled:
            return None, True, "label_after_cue"
        if hit.pattern.link == "next" and not scoped:
            return None, True, "no_unit_after_cue"  # "the leader" with no name after it
    # "98.63 points, belonging to the Department of Industry and Trade": the unit the
    # owner words name after the figure
    if pack.owner_after is not None:
        owner = next((u for u in in_sent if u.start >= hit.end), None)
        if owner is not None and pack.owner_after.match(folded[hit.end : owner.outer_start]):
            return owner, True, "owner_named_after"
    # a figure in parentheses, or in apposition, right after a unit belongs to it
    # (a figure in parentheses after "the national average" is the country's)
    for u in reversed(everything if hit.kind not in ("rank", "streak") else in_sent):
        if u.level == "region" and u.is_object:
            continue  # "Dong Thap i Mekongdeltaet, som fikk": the scope is no antecedent
        if u.end <= hit.start:
            # measured to the figure itself: "Viet Tri, à Phu Tho, est premier" puts a verb
            # between the locative and the figure, so it is no apposition
            between = folded[max(u.outer_end, u.end) : hit.start]
            # "Hai Phong (72,85)", "Hai Phong, deuxième (72,85 points)", "Dong Nai, cinquième"
            # ... and "Hai Phong (72,85 points), deuxième"
            if _PARENTHESIS_OR_APPOSITION.fullmatch(between):
                return u, True, "parenthesis_or_apposition"
            if (
                pack.relative is not None
                and pack.relative.match(folded[u.outer_end : hit.start])
                and not _province_after_body(u, folded[u.outer_end : hit.start], pack)
            ):
                if hit.kind in ("rank", "streak") and _closes_unit_list(u, in_sent, folded, pack):
                    # "provinser som Dong Thap, An Giang og Tra Vinh som ledet an": the
                    # clause is about the whole list, and a group holds no one place
                    return None, True, "relative_clause_of_list"
                # "le département des Impôts de Quang Nam qui arrive premier": the clause
                # is about the department its province is named in
                return _owned_before(u, in_sent, folded) or u, True, "relative_clause"
            # a compared unit's own ranked apposition: "devant Đồng Nai, troisième avec 91,40"
            appo = _RANKED_APPOSITION.fullmatch(between)
            if u.is_object and appo and _value(appo.group(1), pack) is not None:
                return u, True, "compared_unit_apposition"
            # "higher than Hai Phong city in second place": a place right after the unit
            if (
                hit.kind == "rank"
                and pack.place_word is not None
                and pack.place_word.match(folded[u.outer_end : hit.start])
            ):
                return u, True, "place_after_unit"
            break
    # "98,63 điểm (Sở Công thương)", "90.96 points (Di Linh district People's Committee)":
    # a unit alone in the parenthesis right after the figure is its owner
    for i, u in enumerate(in_sent):
        if (
            u.start >= hit.end
            # "Rang : 19 (1re de Tây Nguyên)": where another rank holds, not who holds this
            and not (u.level == "region" and u.is_object)
            and _PAREN_OPEN.match(folded[hit.end : u.outer_start])
        ):
            end = u.outer_end
            # "(Styret for forvaltning av industriparkene, Ban Quan ly cac khu cong nghiep)":
            # the unit named twice, translated and in the original, is still alone
            for again in in_sent[i + 1 :]:
                if again.key != u.key or not _NAMED_AGAIN.fullmatch(
                    folded[end : again.outer_start]
                ):
                    break
                end = again.outer_end
            close = _PAREN_CLOSE.match(folded, end, sent[1])
            if close and not any(end <= x.start < close.end() for x in in_sent):
                return u, True, "unit_in_parenthesis_after"
    # the unit nearest before the figure itself, even inside the rule's match
    # ("falt Hai Hau kommune kraftig med 2,31 poeng")
    before = [u for u in in_clause if u.end <= hit.start and not u.is_object]
    if before:
        return before[-1], False, "clause_subject_before"
    # (a score not past a colon that opens a list of units with their own: "the average
    # reached 85.41%, with 10 units in the top group, respectively: (1) the Department of
    # Finance ..."; a rank may name its group there: "đứng đầu ..., gồm: Lạng Sơn, ...")
    # ... but "- 5 năm liên tiếp: ĐBSCL dẫn đầu", "- From 59 to 64.99 points: the region's
    # average": a fact box's line that opens with its figure names its one unit after the colon
    headed = _figure_first_line(hit, sent, in_clause, folded)
    after = [
        u
        for u in in_clause
        if u.start >= hit.match_end
        and not u.is_object
        and (hit.kind == "rank" or headed or ":" not in folded[hit.end : u.start])
    ]
    if after:
        return after[0], False, "clause_subject_after"
    earlier = [u for u in in_sent if u.end <= hit.start and not u.is_object]
    if earlier:
        return earlier[-1], False, "sentence_subject_before"
    return None, False, "no_unit_in_sentence"


def _names_average(phrase: str, pack: Pack) -> bool:
    """Whether a unit's phrase names an average ("trung bình cả nước", "the national
    average")."""
    return any(m.component == "average" for m in find_metrics(fold(phrase), pack))


def _figure_first_line(
    hit: _Hit, sent: tuple[int, int], units: Sequence[UnitMention], folded: str
) -> bool:
    """Whether ``hit`` stands in a list item before its line's first colon, with no unit
    before that colon and one unit after it (a fact box's "- 5,95 points: the region's
    average"), rather than before a list of units with their own figures."""
    if _BULLET.match(folded, sent[0]) is None:
        return False
    colon = folded.find(":", hit.end, sent[1])
    if colon < 0 or ":" in folded[sent[0] : hit.start]:
        return False
    keys = {u.key for u in units if sent[0] <= u.start < sent[1] and not u.is_object}
    return not any(sent[0] <= u.start < colon for u in units) and len(keys) == 1


#: A bracket opening a gloss right after a name.
_GLOSS_OPEN = regex.compile(r"\s*\(\s*")
#: What stands between a component and an aside or a phrase naming its index ("..., a
#: PAR Index ...", "... (a PCI ...", "... på PAR-indeksen").
_APPOSITION_GAP = regex.compile(r"\s*(?:[,(–—]\s*)?(?:[\w'’-]+\s+){0,3}")


def _metric(
    hit: _Hit,
    clause: tuple[int, int],
    sent: tuple[int, int],
    mentions: list[MetricMention],
    folded: str,
    pack: Pack,
    resolver: MetricResolver,
    units: Sequence[UnitMention] = (),
) -> tuple[list[MetricMention | None], str]:
    """The metric mentions a figure is about (None: the index in force), and the name
    of the rule that chose them. ``units``: the units named in the figure's sentence."""
    family = resolver.family_at(hit.start)
    # a component of a named index ("market entry": PCI) names its index itself, even
    # where another index is in force (a PGI paragraph after the PCI's)
    mentions = [
        m
        for m in mentions
        if m.family in ("any", family) or m.component is None or m.family in resolver.indices
    ]
    in_clause = [m for m in mentions if clause[0] <= m.start and m.end <= clause[1]]
    in_sent = [m for m in mentions if clause[0] <= m.start and m.end <= hit.start]
    if pack.metric_after is not None:
        # "17,86 av 18 poeng for tilfredshet", "7.95 points on transparency"
        nxt = [m for m in in_clause if m.start >= hit.match_end]
        # "fikk i snitt 76,59 poeng på DDCI": an average named before the figure, the
        # index after it: the figure is the index's average
        averaged = nxt and nxt[0].component is None and any(
            m.component == "average" and not _average_compared(m, hit, folded, pack)
            for m in in_sent
        )
        if nxt and not averaged and pack.metric_after.match(folded[hit.match_end : nxt[0].start]):
            # "third on both the digital government and digital economy pillars"
            return [*_listed(nxt, 0, 1, folded, pack)], "metric_after_figure"
    # "below the average, scoring 41.6 points": an average compared with is no metric of
    # the figure after it (one in brackets after it is: "lower than the average (85.41%)")
    compared = {id(m) for m in in_clause if _average_compared(m, hit, folded, pack)}
    in_sent = [m for m in in_sent if id(m) not in compared]
    in_clause = [m for m in in_clause if id(m) not in compared]
    average = next((m for m in in_sent if m.component == "average"), None)
    if (
        hit.kind != "rank"
        and average is not None
        and not _listed_after(average, hit, units, folded)
        # "Les trois piliers de cette moyenne ... : le pilier gouvernement numérique atteint
        # 0,7582": a component named between the average and the figure is the figure's
        and not any(
            average.end <= m.start and m.component not in (None, "average") for m in in_sent
        )
    ):
        return [average], "average_before"
    before = [
        m
        for m in in_clause
        if m.end <= hit.start
        and not (
            m.component == "average"
            and (hit.kind == "rank" or _listed_after(m, hit, units, folded))
        )
    ]
    # "The 2023 PCI, released alongside the Provincial Green Index (PGI), kept Quang Ninh at
    # No. 1, posting 71.25 points": an index named as published beside another is no metric
    # of the figures after it
    beside = _named_alongside(before, folded, pack)
    before = [m for m in before if not (m.component is None and m.family in beside)]
    if before:
        chosen = before[-1]
        if (
            chosen.component is None
            and len(before) > 1
            and before[-2].component is not None
            and before[-2].family == chosen.family
            and _APPOSITION_GAP.fullmatch(folded, before[-2].end, chosen.start) is not None
            and pack.joiner_word.search(folded, before[-2].end, chosen.start) is None
        ):
            # "Administrative procedure reform, a PAR Index component, fell 0.52 points",
            # "Delindeksen for reform av administrative prosedyrar på PAR-indeksen fall": the
            # index named right after a component is the component's, not the figure's
            chosen = before[-2]
        elif (
            len(before) > 1
            and chosen.component is not None
            and before[-2].component is not None
            and before[-2].family == family != chosen.family
            and _GLOSS_OPEN.fullmatch(folded, before[-2].end, chosen.start) is not None
        ):
            # "E-forvaltning (digital forvaltning): 3,4825" in a PAPI article: a gloss in
            # brackets that names another index's component is no metric of its own
            chosen = before[-2]
        described = _described_index(chosen, hit, sent, mentions, resolver)
        if described is not None:
            if described.family == family:
                return [None], "index_in_force_described"
            return [described], "index_described"
        # "A, B and C rose": names listed before it, of its own kind ("In the PAR Index,
        # administrative procedures lost": an index ahead of a component introduces it),
        # each with its abbreviation or not ("l'indice de ... (PAPI) et l'indice ICT": the
        # name in the parenthesis is the one read)
        group = _listed(mentions, mentions.index(chosen), -1, folded, pack, names_bracketed=True)
        return [*group], "metric_named_before"
    # "With 14.23 points, the civil service component rose to 2nd": a figure in a
    # sentence's opening phrase belongs to the metric named next (not to an average it
    # is then compared with: "With 80.1 points, the locality is above the average")
    if (
        pack.leading_with is not None
        and not any(sent[0] <= m.start and m.end <= hit.start for m in mentions)
        and pack.leading_with.match(folded[sent[0] : hit.start])
    ):
        after = [
            m
            for m in mentions
            if hit.match_end <= m.start < min(sent[1], hit.match_end + LEADING_METRIC_CHARS)
            and m.component != "average"
        ]
        if after:
            return [after[0]], "metric_after_opening"
    # "Bac Giang's results on the three pillars were 0.4455, 0.3019 and 0.3092
    # respectively": the components listed last before the sentence, paired in order
    # (_respectively; unpaired, the index in force)
    if (
        pack.components_named is not None
        and pack.respectively is not None
        and pack.components_named.search(folded, sent[0], hit.start) is not None
        and pack.respectively.search(folded, sent[0], sent[1]) is not None
    ):
        listed = _components_listed_before(sent[0], mentions, folded, pack)
        if len(listed) > 1:
            return list(listed), COMPONENTS_LISTED_BEFORE
    # "scores of 15.4; 19.35 and 9.03 points were recorded for transparency; progress;
    # and online services, respectively": the components listed after the figures
    later = _components_listed_after(hit, sent, mentions, folded, pack)
    if len(later) > 1:
        return list(later), COMPONENTS_LISTED_AFTER
    # "With 90.1 points, Quang Ninh also ranked first in the PAR Index": the one index a
    # sentence names is what its figures before the name are about
    named = {m.family: m for m in mentions if m.component is None and sent[0] <= m.start < sent[1]}
    if len(named) == 1:
        return list(named.values()), "index_named_in_sentence"
    return [None], "index_in_force"


def _average_compared(m: MetricMention, hit: _Hit, folded: str, pack: Pack) -> bool:
    """Whether ``m`` is an average a comparison word stands before ("below the average,
    scoring 41.6", "au-dessous du point moyen, obtenant"), the figure in a clause after it:
    not its value ("above the average of 75.5", "over snittet for heile landet, som er
    75,5") nor in its brackets."""
    gap = folded[m.end : hit.start]
    return (
        m.component == "average"
        and m.end <= hit.start
        and marker_before(pack.object_markers, folded, m.start)
        and "," in gap  # not "above the average of 75.5"
        and folded.rfind("(", m.end, hit.start) < 0
        and not (pack.relative is not None and pack.relative.match(gap[gap.rfind(",") :]))
    )


def _components_listed_before(
    start: int, mentions: list[MetricMention], folded: str, pack: Pack
) -> list[MetricMention]:
    """The last list of components ("digital government, digital economy and digital
    society") named before ``start``, in its order; empty when none."""
    comps = [m for m in mentions if m.end <= start and m.component not in (None, "average")]
    return _listed(comps, len(comps) - 1, -1, folded, pack) if comps else []


def _components_listed_after(
    hit: _Hit, sent: tuple[int, int], mentions: list[MetricMention], folded: str, pack: Pack
) -> list[MetricMention]:
    """The list of components (items parted by commas, semicolons or list words) that
    follows ``hit`` in a sentence saying "respectively" and naming no component before
    it; empty when there is none."""
    if pack.respectively is None or pack.respectively.search(folded, sent[0], sent[1]) is None:
        return []
    comps = [m for m in mentions if sent[0] <= m.start < sent[1] and m.component is not None]
    if not comps or comps[0].start < hit.match_end or "average" in {m.component for m in comps}:
        return []
    return _listed(comps, 0, 1, folded, pack, semicolons=True)


def _listed(
    seq: list[MetricMention],
    i: int,
    step: int,
    folded: str,
    pack: Pack,
    *,
    names_bracketed: bool = False,
    semicolons: bool = False,
) -> list[MetricMention]:
    """``seq[i]`` with the mentions of its own kind (index or component) listed with it
    going one way (``step`` 1 or -1): each joined to the next by the pack's list words
    (with ``names_bracketed``, an abbreviation in brackets between them is skipped), in
    text order."""
    group = [seq[i]]
    while 0 <= i + step < len(seq):
        a, b = (seq[i + step], seq[i]) if step < 0 else (seq[i], seq[i + step])
        gap = folded[a.end : b.start]
        if names_bracketed:
            gap = _NAME_PARENTHESIS.sub("", gap).lstrip(")")
        if semicolons:  # "transparency; progress; and online services"
            gap = gap.replace(";", ",")
        if (a.component is None) != (b.component is None) or not pack.list_joiners.match(gap):
            break
        i += step
        group.append(seq[i])
    return sorted(group, key=lambda m: m.start)


#: The most words of a sentence's opening adverbial before a fronted phrase ("Nhìn chung,
#: với ...", "Overall, with ...").
OPENING_WORDS = 3


def _fronted(opening: str, pack: Pack) -> bool:
    """Whether ``opening`` (a sentence up to a figure) is a fronted phrase ("Với điểm PCI
    bình quân", "With 14.23 points"), perhaps after a short adverbial and a comma."""
    if pack.leading_with is None:
        return False
    head, comma, rest = opening.partition(",")
    starts = [opening]
    if comma and len(head.split()) <= OPENING_WORDS:
        starts.append(rest)
    return any(pack.leading_with.match(s) is not None for s in starts)


def _described_index(
    chosen: MetricMention,
    hit: _Hit,
    sent: tuple[int, int],
    mentions: list[MetricMention],
    resolver: MetricResolver,
) -> MetricMention | None:
    """The index whose description names ``chosen``, another index's component: the last
    index the sentence names before it ("SIPAS, thước đo chất lượng cung ứng dịch vụ công
    ...: đạt 95,26%": PAPI's "public service delivery" describes SIPAS; "Cùng với PAR
    Index, SIPAS ... – chỉ số đo lường chất lượng cung ứng dịch vụ công": SIPAS, not the
    PAR Index in force). None when ``chosen`` is no such component."""
    family = resolver.family_at(hit.start)
    if chosen.component in (None, "average") or chosen.family in (family, "any"):
        return None
    in_sent = [m for m in mentions if sent[0] <= m.start < sent[1] and m.component is None]
    if any(m.family == chosen.family for m in in_sent):
        return None
    before = [m for m in in_sent if m.start < chosen.start and m.family != "any"]
    return before[-1] if before else None


#: The metric rule that pairs a sentence's figures with the components listed before it.
COMPONENTS_LISTED_BEFORE = "components_listed_before"
#: The metric rule that pairs a sentence's figures with the components listed after them.
COMPONENTS_LISTED_AFTER = "components_listed_after"
#: The rules whose components go to the figures in order, or, unpaired, to none of them.
_LISTED_RULES = (COMPONENTS_LISTED_BEFORE, COMPONENTS_LISTED_AFTER)
Target = tuple[str, str]
_LEVEL_CLASS = {"ministry": "dept"}
T = TypeVar("T")
Plan = tuple[_Hit, list[Target], list[MetricMention | None]]


def _percent_signs(folded: str, pack: Pack) -> str:
    """``folded`` with the pack's words for per cent after a figure ("92,18 pst.") written
    as "%" and spaces to the same length, so the rules read one sign and offsets hold."""
    if pack.percent_word is None:
        return folded
    return str(pack.percent_word.sub(lambda m: "%".ljust(len(m[0])), folded))


def extract_facts(
    text: str, lang: str, url: str | None = None, *, require_index: bool = True
) -> list[Fact]:
    """Every score, change, rank and streak in ``text``; see :mod:`newsscores.engine`."""
    return extract_document(text, lang, url, require_index=require_index).facts


def _off_topic(
    hit: _Hit, clause: tuple[int, int], folded: str, pack: Pack, mentions: list[MetricMention]
) -> bool:
    """Whether a figure is about something other than a governance index: its clause
    names another topic (growth, exports, a club, an exam) and no index or component."""
    return _off_topic_span(clause, folded, pack, mentions)


def _off_topic_span(
    span: tuple[int, int],
    folded: str,
    pack: Pack,
    mentions: list[MetricMention],
    cue_needed: bool = True,
) -> bool:
    """Whether ``span`` names another topic and no index or index component (with
    ``cue_needed`` False: only that it names no index or component)."""
    if cue_needed and (
        pack.off_topic is None or not pack.off_topic.search(folded, span[0], span[1])
    ):
        return False
    return not any(span[0] <= m.start and m.end <= span[1] and m.family != "any" for m in mentions)


def extract_document(
    text: str, lang: str, url: str | None = None, *, require_index: bool = True
) -> Extraction:
    """Facts of ``text`` with the trace of every decision behind them.

    With ``require_index`` (articles), a text that names no governance index gives no
    facts (status ``no_index``): SCHEMA.md counts figures of governance indices only.
    Single sentences and claims are read without that gate.
    """
    pack = load_pack(lang)
    if pack is None:
        return Extraction([], f"unsupported_language:{lang}")
    if not text.strip():
        return Extraction([], "empty")
    folded = fold(text)
    if require_index and not names_index(folded, folded=True):
        return Extraction([], "no_index")
    folded = _percent_signs(folded, pack)
    metric_mentions = find_metrics(folded, pack)
    resolver = MetricResolver(
        metric_mentions, text, pack.joiner_word, pack.alongside, pack.contrasted
    )
    named = tuple(dict.fromkeys(m.family for m in resolver.index_mentions))
    units, subject = find_units(
        text,
        folded,
        pack,
        resolver.scope,
        url,
        scope_at=lambda pos: resolver.scope_of(resolver.family_at(pos)),
    )
    # a national report's figures that name no unit belong to the province of its title,
    # or to the one it names far more than any other
    fallback, fallback_rule = subject, "article_subject"
    if fallback is None:
        fallback, fallback_rule = title_subject(units, text), "title_subject"
    if fallback is None:
        fallback, fallback_rule = dominant_province(units), "dominant_province"
    maxima = {float(x) for x in load_common().get("score_maxima", [])}
    facts: list[Fact] = []
    decisions: list[Decision] = []
    seen: set[tuple[str, str, str | None, float]] = set()
    # the metric each unit's score was first stated on, for a sentence that states it again
    # naming no metric ("What it means for investors: Gia Lai at #19 with 83.84%"; not a
    # place: one unit holds the same place on several components)
    first_metric: dict[tuple[str, float], str | None] = {}
    previous: tuple[int, int] = (0, 0)
    # the antecedent a sentence that named no unit was about, for a pronoun after it
    topic: UnitMention | None = None
    # the one unit the figures of the sentence before went to (the country of a national
    # average included), for an anaphor after it that finds no unit named there
    held: Target | None = None
    in_list = False  # from a sentence opening a list to the first line that is no item
    list_owner: UnitMention | None = None  # the unit of a sentence opening a list
    # whether that unit was named before a heading that names none ("En bref"), and the
    # one unit the last item that named one named, for the items after it
    borrowed_owner = False
    item_owner: UnitMention | None = None
    # a list whose heading names targets ("Specific targets for 2024:"): its items are too
    target_list = False
    # the unit of "All three pillars moved", for the sentences that go on to name them
    components_owner: UnitMention | None = None
    list_metric: MetricMention | None = None  # the component a list's heading names
    # the component a table's header row names ("Nivå | Gjennomsnitt 2023 | Endring"), for
    # its rows
    table_metric: MetricMention | None = None
    # the one unit a table's header row names ("År | Gjennomsnittlig PCI for Mekongdeltaet"),
    # for its rows that name none
    table_owner: UnitMention | None = None
    # the one metric the figures of the sentence before were on, for a change in a
    # sentence opening with a pronoun ("Det er 1,1 % høgare enn i 2022")
    held_metric: MetricMention | None = None
    # the one component a sentence with no figure and no unit spoke of, for a pronoun
    # opening the next ("Only local participation fell. It ended at 6.39 points")
    spoken_of: MetricMention | None = None
    abbreviations = tuple(a for p in borrowed(pack, "abbreviations") for a in p.abbreviations)
    for sent in split_sentences(text, abbreviations):
        opening = folded[sent[0] : sent[0] + ANAPHOR_CHARS]
        pronoun, components = _anaphoric_opening(sent, folded, pack)
        antecedent = _antecedent(
            sent, previous, units, folded, pack, subject, fallback, (pronoun, components)
        )
        if antecedent is None and pronoun:
            # "In 2019 it had reached 64.99 points. That is a gain of 5.95 points": a
            # pronoun after a sentence that named no unit goes on with that one's topic
            antecedent = topic
        here = [u for u in units if sent[0] <= u.start and u.end <= sent[1]]
        named_here = bool(here)
        bullet = _BULLET.match(folded, sent[0]) is not None or (
            in_list
            and (
                _LABEL_LINE.match(folded, sent[0]) is not None
                or _PAIR_ROW.fullmatch(folded, sent[0], sent[1]) is not None
            )
        )
        opens_component = _opens_with_component(sent, metric_mentions)
        if antecedent is None and bullet and not named_here:
            # "All three pillars moved:\n- Digital government: 0.7582": the items of a
            # list go on with the unit of the sentence that opened it; under a heading that
            # names none, a component's item goes on with the unit of the item before ("En
            # bref\n– Quang Ngai : 21e\n– Gouvernement numérique : 12e")
            holder = item_owner if borrowed_owner and item_owner and opens_component else list_owner
            # "✅ Chỉ số CCHC trung bình của các huyện: 91,98%": an average over units is no
            # one department's or ward's
            averaged = holder is not None and holder.level != "province" and any(
                m.component == "average" and sent[0] <= m.start < sent[1] for m in metric_mentions
            )
            antecedent = None if averaged else holder
        if antecedent is None and not named_here and opens_component:
            # "All three pillars moved. Digital government came in at 0.7582": the
            # components named after it are the same unit's
            antecedent = components_owner
        topic = antecedent if not named_here else None
        anaphoric = pronoun or components
        components_owner = (
            # "All three pillars of the index moved nationwide": the one unit it names (a
            # counted scope is none: "nummer tre av 63 provinser og byer")
            (antecedent if not named_here else _only_unit(sent, _uncounted(units), country=True))
            if components or opens_component
            else None
        )
        # "Trà Vinh's growth was 10.27 %. It also ranked 6th": a sentence opening with a
        # pronoun goes on with the topic of the sentence before
        carried = (
            pronoun
            and _off_topic_span(previous, folded, pack, metric_mentions)
            and _off_topic_span(sent, folded, pack, metric_mentions, cue_needed=False)
        )
        # "These record 38.97 points": a group named before, none of whom holds the figure
        grouped = (
            pack.group_pronoun is not None and pack.group_pronoun.match(opening) is not None
        )
        before_sent = previous  # for a sentence that is only a figure (elliptic_sentence)
        previous = sent
        row = "|" in folded[sent[0] : sent[1]] or (
            _CELL_ROW.fullmatch(folded, sent[0], sent[1]) is not None
        )
        opens_list = _opens_list(folded, sent) or _one_unit_over_list(folded, sent, here)
        if opens_list:
            in_list = True
            list_owner = next((u for u in here if u.key and not u.is_object), antecedent)
            borrowed_owner, item_owner = list_owner is None and not named_here, None
            if borrowed_owner:
                # "La capitale ne pointe qu'au 24e rang. Le détail par pilier révèle :" a
                # heading that names no unit opens the list of the one unit named before
                list_owner = _only_unit(before_sent, units)
            list_metric = _heading_component(sent, metric_mentions)
        elif not (bullet or row) and not (
            in_list and _TABLE_HEADER.fullmatch(folded, sent[0], sent[1])
        ):
            # a list goes on through its items, bulleted lines or a table's rows
            in_list, list_owner, list_metric, item_owner = False, None, None, None
            target_list = False
        elif bullet and named_here:
            item_owner = _only_unit(sent, units)
        if row and _TABLE_HEADER.fullmatch(folded, sent[0], sent[1]):
            table_metric = _header_component(sent, metric_mentions)
            table_owner = _only_unit(sent, units, country=True)
        elif not row:
            table_metric, table_owner = None, None
        clauses = _clauses(folded, sent[0], sent[1], pack)
        # where a shared component name looks for its siblings: a list item's whole list
        siblings = _list_span(folded, sent) if bullet else sent
        candidates = tuple(u.key for u in here if u.key)
        plans: list[Plan] = []
        rules: dict[int, tuple[str, str]] = {}
        hits, claims = _hits(folded, sent[0], sent[1], pack, maxima)
        if opens_list:
            target_list = any(c.reason == _TARGET_CLAIM for c in claims)
        linkable = _unscoped(units, hits, folded)
        ranked = any(h.kind == "rank" for h in hits)
        in_order = _places_in_order(hits)

        def note(
            hit: _Hit,
            outcome: Outcome,
            reason: str,
            sent: tuple[int, int] = sent,
            candidates: tuple[str, ...] = candidates,
            **more: object,
        ) -> None:
            decisions.append(
                Decision(
                    sent,
                    hit.start,
                    hit.end,
                    text[hit.start : hit.end],
                    outcome,
                    hit.pattern.id,
                    reason,
                    kind=hit.kind,
                    value=hit.value,
                    candidates=candidates,
                    index=resolver.family_at(hit.start),
                    **more,  # type: ignore[arg-type]
                )
            )

        ending = folded[sent[0] : sent[1]].rstrip()[-1:]
        asked = ending == "?"
        announces = opens_list and not named_here and ending == ":"
        for hit in hits:
            clause = next((c for c in clauses if c[0] <= hit.start < c[1]), sent)
            if carried or _off_topic(hit, clause, folded, pack, metric_mentions):
                note(hit, "dropped", "off_topic_carried" if carried else "off_topic")
                continue
            if target_list and bullet:
                # "Specific targets for 2024:\n📈 PCI score of 71.20 points or higher (up 1.54
                # pts vs 2023)": an item of a list of targets states what is aimed at
                note(hit, "dropped", "target_list_item")
                continue
            if announces and _fixed_value(hit.pattern):
                # "Đơn vị dẫn đầu năm 2023:" over a table: a heading that names no unit
                # announces who leads; its items say it
                note(hit, "dropped", "heading_announces_items")
                continue
            if asked and _fixed_value(hit.pattern):
                # "Quelle unité de TPHCM mène ... ?": a question asks who leads, it states
                # no one's place (a figure it writes is stated: "Why did Hanoi fall to 6th?")
                note(hit, "dropped", "question")
                continue
            metric_opts: list[MetricMention | None] = [None]
            metric_rule = "none"
            if hit.kind in ("score", "change", "rank"):
                metric_opts, metric_rule = _metric(
                    hit, clause, sent, metric_mentions, folded, pack, resolver, here
                )
                if (
                    (bullet or (row and table_metric is None))
                    and metric_rule == "index_in_force"
                    and list_metric is not None
                    and not (hit.kind == "rank" and list_metric.component == "average")
                ):
                    # "Điểm trung bình cụ thể như sau:\n- Cấp huyện: 91,98%": the items of
                    # a list that name no metric are on the component its heading names
                    metric_opts = [list_metric]
                    metric_rule = (
                        "list_heading_average"
                        if list_metric.component == "average"
                        else "list_heading_metric"
                    )
                if (
                    row
                    and metric_rule == "index_in_force"
                    and table_metric is not None
                    and not (hit.kind == "rank" and table_metric.component == "average")
                ):
                    # "Departementer | 85,41 % | +1,1 %" under "Nivå | Gjennomsnitt 2023 |
                    # Endring": a row naming no metric is on the one its header names
                    metric_opts, metric_rule = [table_metric], "table_header_metric"
                metric_opts = [
                    _sibling_family(m, siblings, metric_mentions, hit.end, folded)
                    for m in metric_opts
                ]
                if (
                    hit.kind == "change"
                    and (
                        pronoun
                        or (
                            not named_here
                            and (
                                len(folded[sent[0] : sent[1]].split()) <= TELEGRAPHIC_WORDS
                                or _opens_with_change(sent, hits, folded)
                            )
                        )
                    )
                    and metric_rule == "index_in_force"
                    and held_metric is not None
                ):
                    # "The provinces' average reached 85.41%. It is 1.1% higher than in
                    # 2022", "Score moyen : 76,59 points. En hausse de 0,2 point": the change
                    # of the figure before, on its metric
                    metric_opts, metric_rule = [held_metric], "metric_of_figure_before"
                elif (
                    pronoun
                    and not named_here
                    and metric_rule == "index_in_force"
                    and spoken_of is not None
                ):
                    # "Eneste delindeks som gikk tilbake, var innbyggermedvirkning. Den endte
                    # på 6,39 poeng": the pronoun is the component spoken of before
                    metric_opts, metric_rule = [spoken_of], "component_of_sentence_before"
            numbered = _numbered_line(hit, folded)
            if _numbers_an_item(hit, numbered, hits, folded):
                # "3. Thanh Hoa ranked 30th in the PCI": a takeaway's number, the line
                # states its unit's place itself
                note(hit, "dropped", "item_number_of_a_line_stating_a_rank")
                continue
            if _numbers_a_finding(numbered, linkable):
                note(hit, "dropped", "item_number_of_a_line_naming_several_units")
                continue
            unit, attached, link_rule = _link(hit, sent, clause, linkable, folded, pack, ranked)
            if unit is None and attached:
                note(hit, "dropped", link_rule)
                continue
            if unit is None and row and not named_here and table_owner is not None:
                unit, link_rule = table_owner, "table_header_unit"
            # an average in a national index is the country's when the article has no
            # subject or its clause first counts the units averaged ("of the 63
            # provinces"); otherwise the subject's own ("the average of its departments",
            # "Blant de 19 avdelingene og etatene ... endte gjennomsnittet på 85,41")
            counted = any(
                c.reason == "count"
                and clause[0] <= c.start < hit.start
                and not (
                    pack.local_departments is not None
                    and pack.local_departments.search(folded, c.start, hit.start) is not None
                )
                for c in claims
            )
            national_average = (
                (subject is None or (resolver.scope == "national" and counted))
                and hit.kind in ("score", "change")
                and any(m is not None and m.component == "average" for m in metric_opts)
            )
            average_before = (
                unit is None
                and not named_here
                and held is not None
                and held[0] != NATIONAL
                and held_metric is not None
                and held_metric.component == "average"
                and any(m is not None and m.component == "average" for m in metric_opts)
            )
            if average_before and held is not None:
                # "Regionens gjennomsnittlige PCI-skår har økt med 5,95 poeng. Snittet steg fra
                # 59 poeng": the average of the sentence before, whose unit it was
                targets = [held]
                link_rule = "average_of_sentence_before"
            elif (
                national_average
                and (unit is None or (unit.start >= hit.end and not attached))
                # "Với điểm PCI bình quân 64,99 điểm, ..., ĐBSCL đang ...": a figure in the
                # sentence's opening phrase is the subject's named after it
                and not (unit is not None and _fronted(folded[sent[0] : hit.start], pack))
            ):
                # in a national index, an average with no unit named before it is the
                # country's ("the average PCI of the 63 provinces is 66.54, TP.HCM ...")
                targets = [(NATIONAL, "Vietnam")]
                link_rule = "national_average"
            elif (
                hit.kind in ("score", "change")
                and (named_average := _national_average_before(hit, clause, linkable, metric_opts))
                and named_average.key
            ):
                targets = [(named_average.key, named_average.text)]
                link_rule = "national_average_named"
            elif (
                unit is not None
                and hit.kind in ("score", "change")
                and (owner := _group_average_owner(hit, unit, metric_opts, folded, pack))
            ):
                targets = [(owner, _display(owner))]
                link_rule = "group_average_owner"
            elif unit is not None:
                # a figure in a unit's own parentheses is that unit's alone, unless the
                # parenthesis says so ("Hai Phong og Dong Nai (begge når 91,65 poeng)")
                alone = attached and not (
                    pack.each is not None and pack.each.search(folded[unit.end : hit.start])
                )
                group = (
                    [unit]
                    if alone
                    else _group(
                        unit,
                        units,
                        folded,
                        pack,
                        skip_parens=not attached,
                        own_scores=hit.kind in ("score", "change"),
                    )
                )
                targets = [(u.key, u.text) for u in group if u.key]
                if len(group) > 1:
                    link_rule += "+coordinated"
            elif grouped:
                note(hit, "dropped", "group_antecedent")
                continue
            elif hit.pattern.series:
                # "the top five positions went, respectively, to:" with the units on the
                # lines after: the positions are theirs, not the article subject's
                note(hit, "dropped", "series_without_units")
                continue
            elif bullet and in_order and antecedent is not None:
                # "• Services provinciaux : Information et Communications 1er (98,24 %),
                # Intérieur 2e (96,62 %)": an item giving places 1, 2, ... in turn is a
                # ranking's rows, their holders unnamed, none the unit the list goes on with
                note(hit, "dropped", "places_of_unnamed_holders")
                continue
            elif antecedent is not None and antecedent.key:
                targets = [(antecedent.key, antecedent.text)]
                link_rule = "pronoun_antecedent"
            elif (
                not named_here
                and _elliptic(hit, sent, folded)
                and (prior := _first_subject(before_sent, units)) is not None
                and prior.key
            ):
                # "• Can Tho – 65,1 points. Dixième.": a sentence that is only its figure
                # goes on with the subject of the sentence before
                targets = [(prior.key, prior.text)]
                link_rule = "elliptic_sentence"
            elif anaphoric and held is not None and (subject is None or held[0] == NATIONAL):
                # "La valeur DTI moyenne des provinces atteint 0,6961. Tous les trois piliers
                # ...": the components of the figure before, whose unit was not named (in an
                # article about one province, not another province's named in passing)
                targets = [held]
                link_rule = "figures_of_sentence_before"
            elif fallback is not None:
                targets = [(fallback, _display(fallback))]
                link_rule = fallback_rule
            else:
                note(hit, "dropped", "no_unit")
                continue
            # a sentence naming no unit may say what the average is over in the sentence
            # before ("At district level it went better. Here the average was 91.98%")
            # ("Valeur moyenne de l'indice ... de la province : 90,02 %": the sentence names
            # the province by its noun, so it says itself what the average is of)
            province_named = pack.province_noun is not None and (
                pack.province_noun.search(folded, sent[0], sent[1]) is not None
            )
            scope = sent if named_here or province_named else (before_sent[0], sent[1])
            if metric_rule in _AVERAGE_RULES and _own_average(targets, scope, folded, pack):
                # "Son La's ARI ... with an average value of 90.02%": a province's own
                # index, averaged over its criteria, not an average of its units
                metric_opts, metric_rule = [None], "own_average_is_score"
            rules[id(hit)] = (link_rule, metric_rule)
            plans.append((hit, _with_same_score(hit, targets, here, folded, pack), metric_opts))
        plans, rules = _rank_of_score_after(plans, rules)
        plans, rules = _score_of_apposed_rank(plans, rules, here, folded, pack)
        on = {id(m): m for _, _, opts in plans for m in opts}
        held_metric = next(iter(on.values())) if len(on) == 1 else None
        spoken_of = (
            _header_component(sent, metric_mentions) if not (plans or named_here) else None
        )
        if spoken_of is not None and spoken_of.component == "average":
            spoken_of = None
        stated = pack.respectively is not None and pack.respectively.search(
            folded[sent[0] : sent[1]]
        )
        restated = {id(hit) for hit, _, _ in plans if _restated_place(hit, plans)}
        for hit, _, _ in plans:
            if id(hit) in restated:
                note(hit, "dropped", "series_restated")
        plans = [plan for plan in plans if id(plan[0]) not in restated]
        plans = _respectively(plans, None if stated else (folded, pack))
        unpaired = _unpaired_series(plans)
        owners = {t for _, targets, _ in plans for t in targets}
        if plans or named_here:
            held = next(iter(owners)) if len(owners) == 1 else None
        for hit, targets, metric_opts in plans:
            link_rule, metric_rule = rules[id(hit)]
            if hit.kind in ("rank", "streak") and len(targets) >= MIN_GROUP:
                # "the top 10 are A, B, C, ...", "A, B and C lead": a group holds no one
                # position unless "respectively" pairs it out
                note(hit, "dropped", "group_has_no_rank", sent=sent, candidates=candidates)
                continue
            if id(hit) in unpaired:
                # "posisjoner fra 1 til 5 henholdsvis tilhører A (...), B (...), ...": places
                # a series names that were not paired out are nobody's, not all the first's
                note(hit, "dropped", "series_unpaired", sent=sent, candidates=candidates)
                continue
            if _pair_leads(hit, targets, sent, folded, pack):
                note(hit, "dropped", "pair_leads", sent=sent, candidates=candidates)
                continue
            if _pair_numbered(hit, targets, sent, folded, pack):
                # "3. Hà Tĩnh and Bình Phước joined the leading group": a takeaway's number
                note(hit, "dropped", "numbered_line_names_a_pair", sent=sent, candidates=candidates)
                continue
            if metric_rule in _LISTED_RULES and len(metric_opts) > 1:
                metric_opts, metric_rule = [None], "index_in_force"  # not paired out
            made: list[Fact] = []
            whole = resolver.key(None, hit.start)
            family = resolver.family_at(hit.start)
            # a part's name may stand in the sentence before on the same line (a list's
            # lines are items)
            same_line = "\n" not in folded[before_sent[0] : sent[0]]
            part_scope = (before_sent[0] if same_line else sent[0], sent[1])
            for unit_key, unit_text in targets:
                for mm in metric_opts:
                    metric = resolver.key(mm, hit.start) if hit.kind != "streak" else None
                    if metric == whole and (
                        unit_key.startswith(REGION_PREFIX)
                        or (unit_key == NATIONAL and _names_average(unit_text, pack))
                    ):
                        # a region's index: the average of its provinces; the country's
                        # when named as its average ("65 điểm: PCI trung bình cả nước")
                        metric = "average"
                    if metric == whole and _outside_index(unit_key, family, resolver):
                        metric, metric_rule = resolver.main_metric(), "main_index_for_province"
                    if hit.kind == "score" and metric is not None:
                        metric = _fit_maximum(hit, metric, sent, metric_mentions, resolver)
                        if metric == whole:
                            part = _part_out_of(
                                hit, metric, family, part_scope, metric_mentions, resolver
                            )
                            if part != metric:
                                metric, metric_rule = part, "part_out_of"
                    own = resolver.family_of(mm, hit.start)
                    if hit.kind == "score" and hit.percent and resolver.values(own) != "percent":
                        continue
                    if hit.pattern.restated and not resolver.is_index(metric):
                        # a component's share of its maximum, not a score ("9.12 points, or
                        # 91.17%, on the SIPAS index" is the SIPAS's score, named there)
                        continue
                    if (
                        hit.kind == "change"
                        and hit.pattern.percent
                        and not resolver.percent_changes(own)
                    ):
                        continue
                    if hit.kind == "score":
                        first = first_metric.setdefault((unit_key, hit.value), metric)
                        if metric_rule == "index_in_force" and first != metric:
                            metric, metric_rule = first, "restated_score"
                    fact = _fact(text, hit, unit_key, unit_text, metric, sent)
                    made.append(fact)
                    if fact.key in seen:
                        continue
                    seen.add(fact.key)
                    facts.append(fact)
            if made:
                note(
                    hit,
                    "fact",
                    link_rule,
                    units=tuple(dict.fromkeys(f.unit_key for f in made)),
                    metric=made[0].metric,
                    metric_rule=metric_rule,
                )
            else:
                note(hit, "dropped", "percent_restates_points")
        decisions.extend(_unclaimed(text, folded, sent, pack, hits, claims, candidates))
    return Extraction(facts, "extracted", named, subject, decisions)


def _unclaimed(
    text: str,
    folded: str,
    sent: tuple[int, int],
    pack: Pack,
    hits: list[_Hit],
    claims: list[_Claim],
    candidates: tuple[str, ...],
) -> list[Decision]:
    """Trace entries for the numbers of a sentence that became no fact: the veto that
    took each, or none."""
    taken = [(h.start, h.end) for h in hits]
    out: list[Decision] = []
    for c in claims:
        if not any(a < c.end and c.start < b for a, b in taken):
            outcome: Outcome = "veto" if not c.pattern.is_fact else "dropped"
            out.append(
                Decision(
                    sent, c.start, c.end, text[c.start : c.end], outcome, c.pattern.id, c.reason,
                    candidates=candidates,
                )
            )
            taken.append((c.start, c.end))
    for m in _NUMBER.finditer(folded, sent[0], sent[1]):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(
                Decision(sent, m.start(), m.end(), m.group(), "unclaimed", "", "no_pattern",
                         candidates=candidates)
            )
    return out


def _pairing(
    keys: list[tuple[str, tuple[T, ...]]],
    spans: list[tuple[int, int]],
    listed: tuple[str, Pack] | None = None,
    matches: list[tuple[int, int]] | None = None,
) -> dict[int, T]:
    """Index -> member for the figures of one kind sharing a k-member group, when there
    are exactly k of them (the i-th figure in the text gets the i-th member), or k
    matches of two figures each ("respectively from 16th to 23rd and from 33rd to
    43rd": ``matches`` gives each figure's match). With ``listed`` (the folded text
    and pack), only when the figures are themselves a list ("94.37 points and 94.12
    points"): what stands between them is a joining word."""
    groups: dict[tuple[str, tuple[T, ...]], list[int]] = {}
    for i, key in enumerate(keys):
        if len(key[1]) > 1:
            groups.setdefault(key, []).append(i)
    out: dict[int, T] = {}
    for (_kind, members), idx in groups.items():
        if matches is not None and listed is None and len(idx) == 2 * len(members):
            by_match: dict[tuple[int, int], list[int]] = {}
            for j in sorted(idx, key=lambda j: spans[j][0]):
                by_match.setdefault(matches[j], []).append(j)
            if len(by_match) == len(members) and all(len(v) == 2 for v in by_match.values()):
                for member, pair in zip(members, by_match.values(), strict=True):
                    out.update({j: member for j in pair})
            continue
        if len(idx) != len(members):
            continue
        order = sorted(idx, key=lambda j: spans[j][0])
        if listed is not None:
            folded, pack = listed
            gaps = [
                folded[spans[a][1] : spans[b][0]] for a, b in zip(order, order[1:], strict=False)
            ]
            # "9 and 8", "5th, 6th, 7th and 8th": commas, then a joining word last; or
            # commas before the word that stands before the first ("thứ hai, thứ ba")
            first = spans[order[0]][0]
            marker = folded[max(0, first - LIST_GAP_CHARS) : first].split()[-1:]
            repeated = bool(marker) and all(
                g.lstrip().startswith(",") and g.strip(", ").split() == marker for g in gaps
            )
            if not repeated and (
                not all(
                    len(g) < LIST_GAP_CHARS
                    and not _DIGIT.search(g)
                    and (pack.joiner_word.search(g) or g.strip() == ",")
                    for g in gaps
                )
                or not pack.joiner_word.search(gaps[-1])
            ):
                continue
        out.update(zip(order, members, strict=True))
    return out


#: Nothing but punctuation, bullets and space: what may stand around an elliptic figure.
_NO_WORDS = regex.compile(r"[^\w]*")

#: How far before an index name a word presenting it as published beside another is looked
#: for, and how much (an article) may stand between them.
ALONGSIDE_REACH_CHARS = 40
ALONGSIDE_GAP_CHARS = 5

#: A numbered line this long (in words after its number) is a paragraph, no list's item:
#: its number counts paragraphs unless a unit opens it.
SECTION_WORDS = 20

#: A sentence this short that names no unit is telegraphic ("En hausse de 0,2 point sur
#: 2022."): it goes on with the figure before it.
TELEGRAPHIC_WORDS = 8


def _opens_with_change(sent: tuple[int, int], hits: Sequence[_Hit], folded: str) -> bool:
    """Whether a sentence opens with a change, nothing but bullets or symbols before it
    ("👉 Tăng 1,1% so với năm 2022 và tăng 1,86% so với năm 2021"): it has no subject."""
    first = min(
        (h for h in hits if sent[0] <= h.match_start < sent[1]),
        key=lambda h: h.match_start,
        default=None,
    )
    return (
        first is not None
        and first.kind == "change"
        and _NO_WORDS.fullmatch(folded, sent[0], first.match_start) is not None
    )


#: A bullet opening the next line: the line before is a list's heading.
_NEXT_LINE_BULLET = regex.compile(r"[ \t]*\n[ \t]*" + _BULLET_MARK + r"\s")
#: A labelled item opening the next paragraph, blank lines between ("\n\n- Digital
#: government: 40th of 63"; not a quotation's dash: "\n\n– The gap has narrowed").
_NEXT_PARAGRAPH_LABEL = regex.compile(
    r"[ \t]*\n(?:[ \t]*\n)+[ \t]*" + _BULLET_MARK + r"\s+[^\n:.;]{1,60}:\s"
)


#: How far after a ministry or department a province noun starts a new clause's subject.
PROVINCE_NOUN_WINDOW = 16


def _province_after_body(u: UnitMention, gap: str, pack: Pack) -> bool:
    """Whether a province noun opens what follows a ministry or department ("publiés par le
    ministère de l'Intérieur, la province est en tête"): a new subject, no apposition."""
    return (
        u.level in ("ministry", "dept")
        and pack.province_noun is not None
        and pack.province_noun.search(gap, 0, PROVINCE_NOUN_WINDOW) is not None
    )


#: How far into a sentence a component's name may start and still open it ("The digital
#: economy pillar ...").
COMPONENT_OPENING_CHARS = 6


def _opens_with_component(sent: tuple[int, int], mentions: list[MetricMention]) -> bool:
    """Whether a sentence opens with a component's name ("Digital government came in
    at 0.7582")."""
    return any(
        m.component not in (None, "average")
        and sent[0] <= m.start <= sent[0] + COMPONENT_OPENING_CHARS
        for m in mentions
    )


def _opens_list(folded: str, sent: tuple[int, int]) -> bool:
    """Whether a sentence opens a list: it ends with a colon, or it is a heading line
    (no closing punctuation) with a bulleted line right under it ("Key figures –
    regional PCI, Mekong Delta" over "- 2015: 59 points")."""
    body = folded[sent[0] : sent[1]].rstrip()
    if body.endswith(":"):
        return True
    return (
        "\n" not in body
        and not body.endswith((".", "!", "?", ";", ","))
        and _BULLET.match(folded, sent[0]) is None  # an item over the next, no heading
        and _NEXT_LINE_BULLET.match(folded, sent[0] + len(body)) is not None
    )


def _one_unit_over_list(folded: str, sent: tuple[int, int], here: list[UnitMention]) -> bool:
    """Whether a paragraph's last sentence names one unit and a labelled item follows
    ("Hanoi ended 24th of 63.\n\n- Digital government: 40th of 63"): the items that name
    no unit are that unit's, not the article's subject's."""
    body = folded[sent[0] : sent[1]].rstrip()
    owners = {u.key for u in here if u.key and not u.is_object}
    return (
        len(owners) == 1
        and body.endswith(".")
        and _BULLET.match(folded, sent[0]) is None
        and _NEXT_PARAGRAPH_LABEL.match(folded, sent[0] + len(body)) is not None
    )


def _heading_component(
    sent: tuple[int, int], mentions: list[MetricMention]
) -> MetricMention | None:
    """The last component (or average) a list's heading sentence names, if any."""
    return next(
        (
            m
            for m in reversed(mentions)
            if sent[0] <= m.start and m.end <= sent[1] and m.component is not None
        ),
        None,
    )


def _header_component(
    sent: tuple[int, int], mentions: list[MetricMention]
) -> MetricMention | None:
    """The one component (or average) a table's header row names; none when it names
    several, one a column ("Ville – Classement 2022 – Gouvernement numérique – Économie
    numérique – Société numérique")."""
    named = {
        (m.family, m.component): m
        for m in mentions
        if sent[0] <= m.start and m.end <= sent[1] and m.component is not None
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _first_subject(sent: tuple[int, int], units: list[UnitMention]) -> UnitMention | None:
    """The first unit of a sentence that is no object and has a key."""
    return next(
        (u for u in units if sent[0] <= u.start and u.end <= sent[1] and not u.is_object and u.key),
        None,
    )


def _opens_line(folded: str, start: int, at: int) -> bool:
    """Whether only spaces and a bullet stand between a line's ``start`` and ``at``."""
    return _BULLET_OR_SPACE.fullmatch(folded, start, at) is not None


def _uncounted(units: list[UnitMention]) -> list[UnitMention]:
    """``units`` without the national phrases that count units ("of the 63 provinces")."""
    return [u for u in units if not (u.level == "national" and _DIGIT.search(u.text))]


def _owned_before(u: UnitMention, units: list[UnitMention], folded: str) -> UnitMention | None:
    """The unit named right before ``u`` (a preposition or two between) that ``u`` owns
    (a department of the province ``u``), if any."""
    before = [x for x in units if x.end <= u.start]
    last = before[-1] if before else None
    owned = (
        last is not None
        and u.key is not None
        and str(last.key).startswith(f"{u.key}/")
        and _OWNER_GAP.fullmatch(folded, last.outer_end, u.outer_start) is not None
    )
    return last if owned else None


#: Between an owned unit and its owner ("... des Impôts de Quang Nam", "Sở Nội vụ tỉnh").
_OWNER_GAP = regex.compile(r"\s*(?:[\w'’]+\s+){0,2}")


def _only_unit(
    sent: tuple[int, int], units: list[UnitMention], country: bool = False
) -> UnitMention | None:
    """The one unit a sentence names (no object; the country only with ``country``),
    if it names one only."""
    named = {
        u.key: u
        for u in units
        if sent[0] <= u.start and u.end <= sent[1] and u.key and (country or u.key != NATIONAL)
    }
    only = next(iter(named.values()), None)
    return only if len(named) == 1 and only is not None and not only.is_object else None


def _elliptic(hit: _Hit, sent: tuple[int, int], folded: str) -> bool:
    """Whether a sentence is only the figure's match ("Dixième.", "Second!")."""
    return (
        _NO_WORDS.fullmatch(folded, sent[0], hit.match_start) is not None
        and _NO_WORDS.fullmatch(folded, hit.match_end, sent[1]) is not None
    )


def _anaphoric_opening(sent: tuple[int, int], folded: str, pack: Pack) -> tuple[bool, bool]:
    """Whether a sentence opens with a pronoun ("It ranked fourth"), and whether it
    speaks of the components of a figure before it ("All three pillars rose: ..."; read on
    the whole sentence, as "Specifically, the digital government pillar" runs past the
    opening, the patterns being anchored and bounded)."""
    opening = folded[sent[0] : sent[0] + ANAPHOR_CHARS]
    pronoun = pack.pronoun is not None and pack.pronoun.match(opening) is not None
    components = (
        pack.component_anaphor is not None
        and pack.component_anaphor.match(folded[sent[0] : sent[1]]) is not None
    )
    return pronoun, components


def _antecedent(
    sent: tuple[int, int],
    previous: tuple[int, int],
    units: list[UnitMention],
    folded: str,
    pack: Pack,
    subject: str | None,
    own: str | None,
    anaphoric: tuple[bool, bool],
) -> UnitMention | None:
    """For a sentence opening with a pronoun ("It ranked fourth", "Elle se classe 22e"),
    the subject of the sentence before: its first unit that is no object or place. For
    one opening with a province noun ("The city's average ...", "La ville a obtenu"),
    the first province named in the sentence before (the article's own, if among them).
    For one opening with the components of a figure ("All three pillars ..."), the first
    unit of the sentence before, the country included. ``anaphoric``: what
    :func:`_anaphoric_opening` says of the sentence (pronoun, components)."""
    opening = folded[sent[0] : sent[0] + ANAPHOR_CHARS]
    # "La ville a obtenu", or after a short opening phrase: "For the SIPAS, the
    # locality scored ..."
    province = bool(
        pack.province_anaphor is not None and pack.province_anaphor.match(opening)
    ) or bool(
        pack.province_noun is not None
        and pack.province_noun.search(folded, sent[0], min(sent[1], sent[0] + ANAPHOR_CHARS))
    )
    provinces_before = {
        u.key
        for u in units
        if previous[0] <= u.start < previous[1] and u.level == "province" and not u.is_object
    }
    if province and subject is not None and not provinces_before:
        return None  # an article about one province: "the city" is that province
    if province and own is not None and len(provinces_before) > 1 and own not in provinces_before:
        # "Binh Thuan, Cao Bang, Quang Nam, Bac Kan et Lang Son ferment la marche. Avec 90,1
        # points, la province ...": the article's own province, no one of a list of others
        named_before = [u for u in units if u.key == own and u.end <= sent[0] and not u.is_object]
        if named_before:
            return named_before[-1]
    # "All three pillars rose: ...": the components of the figure before, the country's too
    pronoun, components = anaphoric
    if not (province or components or pronoun):
        return None
    before = [
        u
        for u in units
        if previous[0] <= u.start
        and u.end <= previous[1]
        and not u.is_object
        and (u.level == "province" or not province)
        and (components or u.level != "national")
    ]
    if province and own is not None:
        # "Along with Hai Duong, ..., Thanh Hoa is one of the new faces. The province
        # ranks 30th": among the provinces named before, the article's own (its subject,
        # or the province its title names)
        named_own = next((u for u in before if u.key == own), None)
        if named_own is not None:
            return named_own
    if (
        before
        and components
        and not (province or pronoun)
        and subject is not None
        and before[0].level != "national"
        and before[0].key != subject
    ):
        # an article about one province: its components, not another province's named
        # in passing ("Hai Phong remains 0.52 points ahead. Among the six components ...")
        return None
    if province and not before and subject is None:
        # a national report: "The central city led ..." after a sentence naming no
        # province is the province named last before it, within a paragraph's reach
        earlier = [
            u
            for u in units
            if previous[0] - ANAPHOR_LOOKBACK <= u.start
            and u.end <= previous[0]
            and u.level == "province"
            and not u.is_object
        ]
        if earlier and own is not None and earlier[-1].key != own:
            # "Nhóm dẫn đầu còn có thành phố Hải Phòng, ... và thành phố Đà Nẵng. [...]
            # Trước đó, tỉnh đã dẫn đầu PCI": the province its title names, no one of a
            # list of others named last
            first, _ = sentence_around(folded, earlier[-1].start, earlier[-1].end)
            listed = {u.key for u in earlier if u.start >= first}
            mine = [u for u in earlier if u.key == own]
            if len(listed) > 1 and mine:
                return mine[-1]
        return earlier[-1] if earlier else None
    return before[0] if before else None



def _places_in_order(hits: Sequence[_Hit]) -> bool:
    """Whether a sentence's places follow one another (1st, 2nd, ...): a ranking's rows,
    each of its own holder (one unit's places, national and regional, are no such run)."""
    places = [h.value for h in sorted(hits, key=lambda h: h.start) if h.kind == "rank"]
    return len(places) > 1 and all(b == a + 1 for a, b in zip(places, places[1:], strict=False))


def _restated_place(hit: _Hit, plans: list[Plan]) -> bool:
    """Whether ``hit`` is a place of a series whose places the sentence states one by one
    too ("5 leading positions respectively belong to: (1) A, (2) B, ..."): the numbered
    items hold the places, the series counts them."""
    if not hit.pattern.series:
        return False
    places = {other.value for other, _, _ in plans if other.match_start == hit.match_start}
    return any(
        other.kind == "rank" and not other.pattern.series and other.value in places
        for other, _, _ in plans
    )


def _unpaired_series(plans: list[Plan]) -> set[int]:
    """The ids of a series' places ("the top three positions": ranks 1, 2, 3) that one unit
    would hold together: a series needs as many units as places."""
    by_match: dict[int, list[Plan]] = {}
    for plan in plans:
        if plan[0].pattern.series:
            by_match.setdefault(plan[0].match_start, []).append(plan)
    return {
        id(hit)
        for group in by_match.values()
        if len(group) > 1 and len({tuple(targets) for _, targets, _ in group}) < len(group)
        for hit, _, _ in group
    }


def _pair_leads(
    hit: _Hit, targets: list[Target], sent: tuple[int, int], folded: str, pack: Pack
) -> bool:
    """Whether a word of leading (a rank the pattern implies, no figure) has two
    coordinated units for subject: "Thu Dau Mot et Tan Uyen mènent la danse" names the
    first two, not two firsts (unless "both", "cùng" says they share it)."""
    return (
        hit.kind == "rank"
        and hit.pattern.value is not None
        and not hit.pattern.shared
        and len(targets) > 1
        and len({_level(key) for key, _ in targets}) == 1  # a province and a ministry lead two
        and not (pack.each is not None and pack.each.search(folded, sent[0], sent[1]))
    )


def _pair_numbered(
    hit: _Hit, targets: list[Target], sent: tuple[int, int], folded: str, pack: Pack
) -> bool:
    """Whether a line's opening number goes to two coordinated units: it numbers an item
    (no two units share a place unless a bracket says so, "4. A and B (tied)"; not "...,
    with both breaking into the top 10")."""
    if hit.kind != "rank" or len(targets) < 2 or not folded[hit.start : hit.end].isdigit():
        return False
    line_start = folded.rfind("\n", 0, hit.match_start) + 1
    tied = pack.each is not None and any(
        pack.each.search(p.group()) for p in _PARENTHESIS.finditer(folded, hit.end, sent[1])
    )
    return _ITEM_PREFIX.fullmatch(folded, line_start, hit.start) is not None and not tied


def _outside_index(unit_key: str, family: str, resolver: MetricResolver) -> bool:
    """Whether a province's figure falls while ``family``, an index of units below the
    province, is in force (the DDCI named in passing in a PCI article) and the article's
    main index is another: then it is the main index's."""
    return (
        _level(unit_key) == "province"
        and resolver.below_province(family)
        and not resolver.below_province(resolver.default_family)
    )


def _level(key: str) -> str:
    """A unit key's level as rankings group them: the country, ministries, departments,
    units below the province, provinces."""
    if key == NATIONAL or key.startswith(MINISTRY_PREFIX):
        return key.split("/")[0]
    if "/dept/" in key:
        return "dept"
    return "local" if "/" in key else "province"


def _own_average(
    targets: list[Target], scope: tuple[int, int], folded: str, pack: Pack
) -> bool:
    """Whether an "average" figure is a province's own score: its units are provinces
    and ``scope`` (its sentence, or with the one before) names no units the average
    could be over (departments, districts, a level); a pack without such words keeps
    every average."""
    if pack.average_groups is None or not targets:
        return False
    if any("/" in key or key == NATIONAL for key, _ in targets):
        return False
    return pack.average_groups.search(folded, scope[0], scope[1]) is None


#: Metric rules that give a figure an average named in its sentence or its list's heading.
_AVERAGE_RULES = ("average_before", "list_heading_average")

#: Link rules that give a figure the article's province for want of a unit named.
_FALLBACK_RULES = ("article_subject", "title_subject", "dominant_province")


def _rank_of_score_after(
    plans: list[Plan], rules: dict[int, tuple[str, str]]
) -> tuple[list[Plan], dict[int, tuple[str, str]]]:
    """"The highest score is 98.63 points (Department of Industry and Trade)": a rank
    that names no unit belongs to the unit of the score stated right after it, when
    that score's unit stands in parentheses after it. Returns the plans and link rules."""
    out, new_rules = list(plans), dict(rules)
    for i, (hit, _targets, metrics) in enumerate(plans):
        if hit.kind != "rank" or rules[id(hit)][0] not in _FALLBACK_RULES:
            continue
        after = next((p for p in plans[i + 1 :] if p[0].kind == "score"), None)
        if (
            after is not None
            and after[0].start - hit.end <= LIST_GAP_CHARS
            and rules[id(after[0])][0] in ("unit_in_parenthesis_after", "owner_named_after")
        ):
            out[i] = (hit, after[1], metrics)
            new_rules[id(hit)] = ("rank_of_score_after", rules[id(hit)][1])
    return out, new_rules


def _with_same_score(
    hit: _Hit, targets: list[Target], here: Sequence[UnitMention], folded: str, pack: Pack
) -> list[Target]:
    """``targets`` and the unit named right after the figure as holding it too ("90,02 %,
    soit le même score que le Bureau du Comité populaire provincial")."""
    if pack.same_score is None:
        return targets
    after = next((u for u in here if u.start >= hit.end), None)
    if after is None or not after.key or (after.key, after.text) in targets:
        return targets
    if pack.same_score.match(folded[hit.end : after.outer_start]) is None:
        return targets
    return [*targets, (after.key, after.text)]


#: Link rules that give a figure the subject of its clause, named or a pronoun.
_SUBJECT_RULES = ("clause_subject_before", "pronoun_antecedent")


def _score_of_apposed_rank(
    plans: list[Plan],
    rules: dict[int, tuple[str, str]],
    here: Sequence[UnitMention],
    folded: str,
    pack: Pack,
) -> tuple[list[Plan], dict[int, tuple[str, str]]]:
    """"Gia Lai se classe deuxième, juste derrière Dak Nong, 29e sur 63 (au PGI) avec 25,24
    points": a score joined by "with" to a rank in apposition to a unit is that unit's, not
    the clause subject's, unless another unit is named between them. Returns the plans and
    link rules."""
    out, new_rules = list(plans), dict(rules)
    if pack.score_joiner is None:
        return out, new_rules
    apposed = [
        (rank, owners)
        for rank, owners, _ in plans
        if rank.kind == "rank" and rules[id(rank)][0] == "parenthesis_or_apposition"
    ]
    for i, (hit, _targets, metrics) in enumerate(plans):
        # ... whether the clause's subject is named or a pronoun ("Elle occupe la 30e place
        # ..., derrière Dak Nong, 29e sur 63 avec 25,24 points")
        if hit.kind != "score" or rules[id(hit)][0] not in _SUBJECT_RULES:
            continue
        for rank, owners in apposed:
            if (
                rank.end <= hit.start
                and pack.score_joiner.fullmatch(folded, rank.end, hit.start)
                and not any(rank.end <= u.start < hit.start for u in here)
            ):
                out[i] = (hit, owners, metrics)
                new_rules[id(hit)] = ("score_of_apposed_rank", rules[id(hit)][1])
    return out, new_rules


def _respectively(plans: list[Plan], listed: tuple[str, Pack] | None = None) -> list[Plan]:
    """Pair the i-th figure with the i-th of k coordinated units (or metrics) when a
    sentence says "respectively" and states exactly k figures of one kind for them, or,
    without it, when those figures are listed together ("A and B scored 9 and 8")."""
    spans = [(hit.start, hit.end) for hit, _, _ in plans]
    matches = [(hit.match_start, hit.match_end) for hit, _, _ in plans]
    units = _pairing([(h.kind, tuple(t)) for h, t, _ in plans], spans, listed, matches)
    metrics = _pairing([(h.kind, tuple(m)) for h, _, m in plans], spans, listed)
    return [
        (hit, [units[i]] if i in units else targets, [metrics[i]] if i in metrics else mets)
        for i, (hit, targets, mets) in enumerate(plans)
    ]


def _fit_maximum(
    hit: _Hit,
    metric: str,
    sent: tuple[int, int],
    mentions: list[MetricMention],
    resolver: MetricResolver,
) -> str:
    """A stated maximum that is not the metric's (``10 av 10 poeng`` read as satisfaction,
    whose maximum is 18) points to the component in the sentence that has it."""
    stated = resolver.maxima(metric)
    if hit.max_value is None or not stated or hit.max_value in stated:
        return metric
    fitting = [
        m
        for m in mentions
        if sent[0] <= m.start < sent[1]
        and hit.max_value in resolver.maxima(resolver.key(m, hit.start))
    ]
    if not fitting:
        return metric
    nearest = min(fitting, key=lambda m: abs(m.start - hit.start))
    return resolver.key(nearest, hit.start)


def _part_out_of(
    hit: _Hit,
    metric: str,
    family: str,
    scope: tuple[int, int],
    mentions: list[MetricMention],
    resolver: MetricResolver,
) -> str:
    """A score stated out of less than 100 on ``family``, an index scored in per cent, is
    one of its parts ("Avec 10,18 points sur 10,5, Son La ..."): the component named last
    before it in ``scope`` (its sentence or the one before), if any (else ``metric``)."""
    if (
        hit.max_value is None
        or hit.max_value >= PERCENT_MAXIMUM
        or resolver.values(family) != "percent"
    ):
        return metric
    named = [
        m
        for m in mentions
        if scope[0] <= m.start < hit.start
        and m.component not in (None, "average")
        and m.family in (family, "any")
    ]
    return resolver.key(named[-1], hit.start) if named else metric


def _display(key: str) -> str:
    from .units import gazetteer

    return gazetteer().province_names.get(key, key)


def _fact(
    text: str, hit: _Hit, unit_key: str, unit_text: str, metric: str | None, sent: tuple[int, int]
) -> Fact:
    value = float(int(hit.value)) if hit.kind in ("rank", "streak") else round(hit.value, 6)
    return Fact(
        kind=cast(FactKind, hit.kind),  # hits come from fact patterns only (Pattern.is_fact)
        unit_key=unit_key,
        unit_text=unit_text,
        metric=metric,
        value=value,
        max_value=hit.max_value,
        start=hit.start,
        end=hit.end,
        quote=text[sent[0] : sent[1]].strip(),
        extractor=f"{hit.pattern.id}@{EXTRACTOR_VERSION}",
    )
