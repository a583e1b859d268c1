"""Units: provinces, communes, wards, departments and ministries named in a text.

Names come from the ``vietnam-provinces`` gazetteer (34 provinces, every 2025
commune and ward), the former provinces and aliases of ``extractors/common``, and
the department lexicons of every pack. They are matched token by token on the
diacritic-folded text, so ``Tân Tiến`` and ``Tan Tien`` are one name; the
type cues around a name (``phường``, ``ward``, ``quartier de``, ``-distriktet``)
decide between a province and a ward of the same name.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

import regex
import vietnam_provinces as vp

from .literals import Prefilter, PrefilterCache, required_literal_sets
from .numbers import fold
from .packs import MINISTRY_PREFIX, REGION_PREFIX, Pack, borrowed, load_common

__all__ = [
    "UnitMention",
    "Gazetteer",
    "gazetteer",
    "find_units",
    "title_subject",
    "dominant_province",
    "ANAPHOR_CHARS",
    "MARKER_WINDOW",
    "department_names",
    "TYPE_PREFIX",
    "MINISTRY_PREFIX",
    "REGION_PREFIX",
    "sentence_around",
    "undescribed",
]

_TOKEN = regex.compile(r"\w+|[^\w\s]")
#: Dashes that stand for the hyphen of a listed name.
_DASHES = frozenset("‐‑‒–—")

#: What a unit mention names: a province, a commune or ward (or a pre-2025 district),
#: a provincial department, a ministry, a region of provinces, or the country.
UnitLevel = Literal["province", "ward", "dept", "ministry", "region", "national"]

#: Unit-type cue → the type prefix of a commune-level key.
TYPE_PREFIX = {
    "ward": "phuong",
    "commune": "xa",
    "special_zone": "dac_khu",
    "district": "huyen",
    "town": "thi_xa",
    "township": "thi_tran",
    "urban_district": "quan",
    "city_district": "thanh_pho",
    "ward_or_district": "phuong",
}
_WARD_CUES = set(TYPE_PREFIX)
#: A cue that names a 2025 ward or a pre-2025 district alike (Norwegian MT's
#: ``-distriktet`` for both ``phường`` and ``huyện``): see :func:`_resolved_cue`.
_AMBIGUOUS_CUE = "ward_or_district"
_PRE_2025_CUES = {"district", "town", "urban_district", "city_district"}
#: Folded words that begin a unit's type ("tỉnh", "xã", "thành phố"): a name starting
#: with one loses a tie against an overlapping name that does not.
_TYPE_WORDS = {"tinh", "thanh", "tp", "phuong", "xa", "dac", "thi", "huyen", "quan"}


@dataclass(frozen=True)
class Candidate:
    """One thing a folded name can denote."""

    kind: str  # "province" (2025), "former" (before 2025) or "ward"
    key: str  # province codename, or ward codename
    province: str  # the province codename (itself, for a province)


@dataclass
class UnitMention:
    """A unit named in the text, with its canonical key once resolved."""

    start: int
    end: int
    text: str
    key: str | None = None
    level: UnitLevel | Literal[""] = ""  # "" until the mention is resolved
    cue: str | None = None
    cue_side: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    is_object: bool = False
    local: bool = False  # "des localités": the province's own units in a provincial index
    outer_start: int = -1  # the span with its type cue ("Tan Tien ward", "phường Tân Tiến")
    outer_end: int = -1

    def __post_init__(self) -> None:
        if self.outer_start < 0:
            self.outer_start = self.start
        if self.outer_end < 0:
            self.outer_end = self.end


#: A word.
_WORD = regex.compile(r"\w+")


def _slug(name: str) -> str:
    return "_".join(_WORD.findall(fold(name)))


def _strip_type(name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ", "Thị trấn "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _tokens(folded: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _TOKEN.finditer(folded)]


class Gazetteer:
    """Every unit name, matched in folded text as a sequence of tokens.

    A name's key is its folded tokens joined by spaces (tokens hold no space); a
    name is found where the key of the tokens from some position, as many as the
    name has, is that key. ``lengths`` lists, per first token, the token counts of
    the names starting with it, so a position costs one lookup per such length.
    """

    def __init__(self) -> None:
        self.names: dict[str, list[Candidate]] = {}
        self.words: set[str] = set()
        self.lengths: dict[str, tuple[int, ...]] = {}
        self.province_names: dict[str, str] = {}  # province key -> display name
        self.wards_by_province: dict[str, dict[str, list[Candidate]]] = {}
        provinces = {p.code: p for p in vp.Province.iter_all()}
        for p in provinces.values():
            name = _strip_type(p.name)
            self.province_names[p.codename] = name
            self._add(name, Candidate("province", p.codename, p.codename))
        common = load_common()
        for key, forms in (common.get("former_provinces") or {}).items():
            for form in forms:
                self._add(form, Candidate("former", key, key))
        for key, forms in (common.get("aliases") or {}).items():
            for form in forms:
                self._add(form, Candidate("province", key, key))
        for w in vp.Ward.iter_all():
            prov = provinces[w.province_code].codename
            cand = Candidate("ward", w.codename, prov)
            name = _strip_type(w.name)
            self._add(name, cand)
            if " - " in name:
                self._add(name.replace(" - ", " "), cand)
            self.wards_by_province.setdefault(prov, {}).setdefault(fold(name), []).append(cand)

    def _add(self, name: str, cand: Candidate) -> None:
        key = " ".join(t for t, _ in _tokens(fold(name)))
        if cand in self.names.get(key, []):
            return
        if key not in self.names:
            words = key.split(" ")
            self.words.update(words)
            known = self.lengths.get(words[0], ())
            if len(words) not in known:
                self.lengths[words[0]] = tuple(sorted((*known, len(words))))
        self.names.setdefault(key, []).append(cand)

    def _spans(self, words: list[str]) -> Iterator[tuple[int, int, str]]:
        """(first token, token after the last, key) of every name in ``words``."""
        count = len(words)
        for i, word in enumerate(words):
            for n in self.lengths.get(word, ()):
                if i + n > count:
                    break
                key = " ".join(words[i : i + n])
                if key in self.names:
                    yield i, i + n, key

    def match(self, folded: str, text: str | None = None) -> list[tuple[int, int, str]]:
        """(start, end, name key) of every longest non-overlapping name in ``folded``.

        With the original ``text``, only capitalised spans count, and of two overlapping
        spans of one length the one not starting with a type word wins (``tỉnh Gia Lai``
        is Gia Lai, not the commune Tĩnh Gia).
        """
        toks = [(self._stem(t), i) for t, i in _tokens(folded)]
        if not toks:
            return []
        spans = []
        for first, after, label in self._spans([t for t, _ in toks]):
            start = toks[first][1]
            last, last_start = toks[after - 1]
            end = last_start + len(last)
            if text is not None and not _capitalised(text[start:end]):
                continue
            typed = toks[first][0] in _TYPE_WORDS
            spans.append((after - first, typed, start, end, label))
        spans.sort(key=lambda x: (-x[0], x[1], x[2]))
        chosen: list[tuple[int, int, str]] = []
        for _n, _typed, start, end, label in spans:
            if all(end <= s or e <= start for s, e, _ in chosen):
                chosen.append((start, end, label))
        return sorted(chosen)

    def _stem(self, token: str) -> str:
        """A genitive name's word without its ``s`` (``Bac Ninhs poengsum``); a dash of
        any width as the hyphen names are listed with (``Ba Ria – Vung Tau``)."""
        if token in _DASHES:
            return "-"
        genitive = len(token) > 3 and token.endswith("s") and token not in self.words
        return token[:-1] if genitive and token[:-1] in self.words else token


@functools.cache
def _counterparts() -> dict[str, str]:
    return dict(load_common().get("ministry_counterparts") or {})


def _counterpart(slug: str) -> str:
    """The ministry a department's name stands for in a national ranking (a province's
    ethnic committee's name, there, is the national committee's)."""
    return _counterparts().get(slug, slug)


@functools.cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once: about a second)."""
    return Gazetteer()


def _cue(
    pack_list: list[Pack], folded: str, start: int, end: int
) -> tuple[str | None, str | None, int, int]:
    """The type cue around a name: (type, side, outer start, outer end)."""
    lo = max(0, start - 40)
    # "huyện (district) Bau Bang": a type word glossed in brackets before the name
    before = _TYPE_GLOSS_END.sub(" ", folded[lo:start])
    after = folded[end : end + 40]
    for pack in pack_list:
        for utype, sides in pack.unit_cues.items():
            if "before" in sides and (m := sides["before"].search(before)):
                return (
                    utype,
                    "before",
                    lo
                    + m.start()
                    + (1 if m.group()[:1].isspace() or not m.group()[:1].isalnum() else 0),
                    end,
                )
            if "after" in sides and (m := sides["after"].search(after)):
                return utype, "after", start, end + m.end()
    return None, None, start, end


#: A type word's gloss in brackets between it and the name ("huyện (district) Bau Bang").
_TYPE_GLOSS = regex.compile(r"\(\s*[^()\n\d]{1,20}\)\s+")
_TYPE_GLOSS_END = regex.compile(r"\s*\(\s*[^()\n\d]{1,20}\)\s+$")


#: What separates the words of a name.
_WORD_BREAK = regex.compile(r"[\s-]+")


def _capitalised(text: str) -> bool:
    """Every word of a name starts upper case (``Ea H'leo``, ``Móng Cái 1``)."""
    words = [w for w in _WORD_BREAK.split(text) if w and not w.isdigit()]
    return bool(words) and all(w[0].isupper() for w in words if w[0].isalpha())


def _national_report(mentions: list[UnitMention]) -> bool:
    """Whether the article ranks the country rather than reports on one province: nine
    provinces or more are named and none has a third of the mentions (measured on the
    fixtures: national reports name 9–21 provinces with the top one at 10–31 %,
    provincial articles at most 7 with the top one at 40 % or more)."""
    counts = _province_counts(mentions)
    return len(counts) >= 9 and max(counts.values()) < 0.35 * sum(counts.values())


def _province_counts(mentions: list[UnitMention]) -> Counter[str]:
    """How many times each province is named."""
    return Counter(m.key for m in mentions if m.level == "province" and m.key)


#: What follows a dateline's place name: a dash, or a news agency in parentheses first;
#: a date in parentheses and a colon ("HANOI (13. mai 2024):"); a date, the year left out
#: or not, an agency in parentheses or not, and a dash ("HANOÏ, 5 mai 2020 –", "Hanoï,
#: 11 avril –", "HANOI, May 10 —", "HANOI, 13. mai 2024 (VNS) –").
_DATELINE = regex.compile(
    # (not a table's row: "Department Food Safety – 90.71")
    r"\s*(?:\([^()\n]{1,20}\)\s*)?[—–]\s(?![ \t]*\d[\d.,]*[ \t]*(?:[\w%]+[ \t]*)?(?:\n|$))"
    r"|\s*\((?:vna|vnx|ttxvn|vns)\)"
    r"|\s*\([^()\n]{1,20}\)\s*:\s"
    r"|\s*,\s*(?:le\s+)?(?:\d{1,2}\.?\s+\w+\.?|\w+\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?:\s*\([^()\n]{1,20}\))?\s*[—–-]\s"
)
#: A colon or a hyphen after a place in capitals ("HANOI: ...", "HANOI - ..."): a
#: dateline, unlike "Hanoi: 70.5" and unlike an abbreviation, which has no vowel
#: ("HCMV : le Département ...").
_DATELINE_MARK = regex.compile(r"\s*[:-]\s")
_VOWEL = regex.compile(r"[aeiouy]")
#: What a dateline's mark is followed by: a sentence, which opens with a capital or a
#: quote, unlike a fact box's row ("Dong Thap – nr. 2 av 63", "X (regionsnitt) – 64,99").
_SENTENCE_OPENS = regex.compile(r"[\s:—–-]*[\p{Lu}\"“«‘'(\[]")


def _is_dateline(m: UnitMention, text: str, folded: str) -> bool:
    """Whether a mention opening a line is the place a wire was filed from (a place: no
    department, "Cục Thuế (sektor vertikal): 95,16 prosent")."""
    if m.level in ("dept", "ministry") or not _line_start(text, m.start):
        return False
    # "The Mekong Delta – twelve provinces and Can Tho – has led": a dash opening an
    # aside that a second dash closes is no dateline's, unless in capitals
    aside = not m.text.isupper() and _DASH_ASIDE.match(folded, m.end) is not None
    mark = None if aside else _DATELINE.match(folded, m.end)
    return (mark is not None and _SENTENCE_OPENS.match(text, mark.end()) is not None) or (
        m.text.isupper()
        and _VOWEL.search(folded, m.start, m.end) is not None  # HCMV, TPHCM: abbreviations
        and _DATELINE_MARK.match(folded, m.end) is not None
    )


def _line_start(text: str, pos: int) -> bool:
    """Whether only white space stands between the start of its line and ``pos``."""
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip()


#: A URL's scheme.
_SCHEME = regex.compile(r"^[a-z]+://")


def _host_province(url: str) -> str | None:
    """The province whose name, written as one word, the URL's host carries, if one."""
    host = fold(_SCHEME.sub("", url.lower()).split("/", 1)[0])
    if not host:
        return None
    keys = list(gazetteer().province_names) + list(load_common().get("former_provinces") or {})
    joined = {key.replace("_", ""): key for key in keys}
    found = [key for word, key in joined.items() if len(word) >= 5 and word in host]
    return max(found, key=len) if found else None


#: A line that is only a date or a time ("Ngày 06/04/2018", "06/04/2018 13:42").
_DATE_LINE = regex.compile(r"\s*(?:\w{1,6}\.?\s+)?[\d/.:,\s-]*\d[\d/.:,\s-]*")


def _title_end(text: str) -> int:
    """Where an article's title ends: its first line, after any lines that are only a
    date (a page's dateline above its headline)."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            return len(text)
        if text[start:end].strip() and not _DATE_LINE.fullmatch(text, start, end):
            return end
        start = end + 1


def _subject(
    mentions: list[UnitMention], text: str, folded: str, pack: Pack, url: str | None
) -> str | None:
    """The province the article is about: most named, the title and opening counting more,
    a province compared with or where an event was held ("at a seminar in Vinh Long") not
    at all; none for an article whose title names a region and no province, or no unit
    and its text a region first (the Mekong Delta's PCI): its figures that name no unit
    are no province's."""
    score: dict[str, float] = {}
    first_line_end = _title_end(text)
    titled = [m for m in mentions if m.start < first_line_end]
    if any(m.level == "region" for m in titled) and not any(
        m.level == "province" for m in titled
    ):
        return None
    # ... or whose title names no unit and whose text names a region first ("Risfatet som
    # ble best i klassen. Mekongdeltaet er kjent som ...")
    if not titled and mentions and mentions[0].level == "region":
        return None
    first_pos: dict[str, int] = {}
    for m in mentions:
        if m.level != "province" or m.key is None or _after_object_marker(m, folded, pack):
            continue
        weight = 1.0
        if m.start < first_line_end:
            weight += 2
        if m.start < 400:
            weight += 1
        if m.cue == "province":
            weight += 1
        score[m.key] = score.get(m.key, 0.0) + weight
        first_pos.setdefault(m.key, m.start)
    if url:
        for _s, _e, name in gazetteer().match(fold(url.replace("-", " ").replace("/", " "))):
            for cand in gazetteer().names[name]:
                if cand.kind in ("province", "former"):
                    score[cand.key] = score.get(cand.key, 0.0) + 1
        host = _host_province(url)
        if host is not None:
            # a provincial outlet (baobariavungtau.com.vn, sonla.gov.vn) writes about its
            # own province, which its text may name only as "the province" or "BR-VT"
            score[host] = score.get(host, 0.0) + 1
    if not score:
        return None
    return max(score, key=lambda k: (score[k], -first_pos.get(k, 10**9)))


def title_subject(mentions: list[UnitMention], text: str) -> str | None:
    """The only province an article's title names, if one: in an article naming many
    provinces ("Bac Ninh ranks 4th out of 63 provinces" above a list of the other 62),
    the unit of a figure that names none."""
    first_line_end = _title_end(text)
    titled = {
        m.key for m in mentions if m.level == "province" and m.key and m.start < first_line_end
    }
    return titled.pop() if len(titled) == 1 else None


#: How a national report's dominant province stands out: named this many times at least,
#: and this many times as often as any other (measured on the devset: provincial articles
#: that list other provinces once each name theirs 3-5 times to the others' 1; national
#: reports' top province at most 2.7 times the next).
_DOMINANT_MIN = 3
_DOMINANT_RATIO = 3


def dominant_province(mentions: list[UnitMention]) -> str | None:
    """The province an article names far more than any other, if one: the unit of a
    figure naming none when a kicker line ("VIETNAM – GOUVERNANCE LOCALE") stands where
    its title would name it, and a list of other provinces made it look national."""
    ranked = _province_counts(mentions).most_common(2)
    if not ranked or ranked[0][1] < _DOMINANT_MIN:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= _DOMINANT_RATIO * runner_up else None


#: Levels a demonstrative of a level may point back to: "ce ministère" after "le ministère
#: du Plan", a name that is a ministry or a department until its owner is known.
_DEMONSTRATED: dict[str, tuple[str, ...]] = {"ministry": ("ministry", "dept")}


def _demonstrated(
    text: str,
    folded: str,
    pack: Pack,
    mentions: list[UnitMention],
    taken: list[tuple[int, int]],
) -> list[UnitMention]:
    """Mentions for "Bộ này", "this ministry", "l'ICP régional": the last unit of that
    level (or of the levels ``_DEMONSTRATED`` gives it) named before it (ministries and
    departments by their name, their keys set later; regions by their ``other/`` key, the
    title's region if it names one)."""
    out = []
    title_end = _title_end(text)
    for rx, level in pack.demonstratives:
        levels = _DEMONSTRATED.get(level, (level,))
        for m in rx.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            before = [u for u in mentions if u.level in levels and u.end <= m.start() and u.key]
            # "the regional average" in an article whose title names one region is that
            # region's, whatever region it was compared with since
            titled = {u.key for u in before if u.level == "region" and u.start < title_end}
            if len(titled) == 1:
                before = [u for u in before if u.key in titled]
            if before:
                last = max(before, key=lambda u: u.start)
                span = text[m.start() : m.end()]
                out.append(UnitMention(m.start(), m.end(), span, key=last.key, level=last.level))
    return out


#: One department name: its regex, slug and whether it names a ministry.
_Department = tuple[regex.Pattern[str], str, bool]
_DEPARTMENTS: PrefilterCache[_Department] = PrefilterCache(
    lambda d: required_literal_sets(d[0].pattern)
)


def department_names(packs: tuple[Pack, ...]) -> Prefilter[_Department]:
    """The department names of ``packs`` in order, behind their required literals, so
    that a text runs only the regexes whose words it contains (same matches)."""
    return _DEPARTMENTS.get(packs, lambda: [d for p in packs for d in p.departments])


def find_units(
    text: str,
    folded: str,
    pack: Pack,
    scope: str = "provincial",
    url: str | None = None,
    scope_at: Callable[[int], str] | None = None,
) -> tuple[list[UnitMention], str | None]:
    """Every unit mention in ``text`` with its key, and the article's subject province.

    ``scope_at(pos)``, when given, tells the scope of the index in force at a position
    (a DDCI paragraph inside a PCI article is provincial). ``scope`` is ``national``
    for indices that rank provinces and ministries (PCI, PAR Index, ...): there, a
    department name is a ministry.
    """
    gaz = gazetteer()
    # type cues and department names: the article's pack and those it borrows them from
    # (Vietnamese type words and English names survive machine translation)
    packs = borrowed(pack, "unit_cues")
    all_packs = borrowed(pack, "departments")
    mentions: list[UnitMention] = []
    taken: list[tuple[int, int]] = []

    # every name of every department, the longest first where two overlap ("Nghi Son
    # Economic Zone and Industrial Parks Management Board" over "Industrial Parks
    # Management Board", which would leave Nghi Son to be read as a ward)
    found = [
        (m.start(), m.end(), slug, explicit_ministry)
        for rx, slug, explicit_ministry in department_names(tuple(all_packs)).runnable(folded)
        for m in rx.finditer(folded)
    ]
    for start, end, slug, explicit_ministry in sorted(found, key=lambda f: f[0] - f[1]):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        level: UnitLevel = "ministry" if explicit_ministry else "dept"
        mentions.append(UnitMention(start, end, text[start:end], key=slug, level=level))

    # regions of several provinces ("the Mekong Delta": other/dong_bang_song_cuu_long),
    # before the gazetteer so that a ward named like a part of them is not read there
    for rx, key in pack.regions:
        for m in rx.finditer(folded):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append((m.start(), m.end()))
                span = text[m.start() : m.end()]
                mentions.append(UnitMention(m.start(), m.end(), span, key=key, level="region"))

    for start, end, name in gaz.match(folded, text):
        if any(start < e and s < end for s, e in taken):
            continue
        if _landmark(folded, start, end, pack):
            taken.append((start, end))  # nor an unlisted name
            continue
        surface = text[start:end]
        cue, side, o_start, o_end = _cue(packs, folded, start, end)
        if pack.unit_heads is not None and (
            head := pack.unit_heads.search(folded, max(0, o_start - _HEAD_WINDOW), o_start)
        ):
            o_start = head.start()
        mentions.append(
            UnitMention(
                start,
                end,
                surface,
                cue=cue,
                cue_side=side,
                candidates=gaz.names[name],
                outer_start=o_start,
                outer_end=o_end,
            )
        )
    # phrases that name a unit without its name: "the national average", "the capital"
    phrases: list[tuple[regex.Pattern[str], str, UnitLevel, bool]]
    phrases = [(rx, "vietnam", "national", False) for rx in pack.national]
    phrases += [(rx, "vietnam", "national", True) for rx in pack.localities]
    phrases += [(rx, "ha_noi", "province", False) for rx in pack.capital]
    for rx, key, level, local in phrases:
        for m in rx.finditer(folded):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append((m.start(), m.end()))
                span = text[m.start() : m.end()]
                mentions.append(
                    UnitMention(m.start(), m.end(), span, key=key, level=level, local=local)
                )
    mentions.extend(_demonstrated(text, folded, pack, mentions, taken))
    not_names = frozenset(w for p in borrowed(pack, "not_names") for w in p.not_names)
    mentions.extend(
        _unlisted(text, folded, packs, taken + [(m.start, m.end) for m in mentions], not_names)
    )
    mentions.sort(key=lambda m: m.start)
    # a dateline ("HÀ NỘI — Long An province moves up ...", "HANOI: For tredje gang ...")
    # names where the wire was filed, not what the article is about
    mentions = [m for m in mentions if not _is_dateline(m, text, folded)]
    _propagate_list_cues(mentions, folded, pack)

    for m in mentions:
        if m.candidates and m.cue not in _WARD_CUES:
            prov = [c for c in m.candidates if c.kind in ("province", "former")]
            if prov:
                m.key, m.level = prov[0].key, "province"
            elif m.cue == "province":
                # "Thu Dau Mot City", "thành phố Thủ Dầu Một": a city that is no province
                # is a district-level city of the article's province (before 2025)
                m.cue = "city_district"
    mentions = _short_forms(mentions)
    subject = None if _national_report(mentions) else _subject(mentions, text, folded, pack, url)
    # "au niveau des localités" in a DDCI or weekly-index paragraph: the province's units
    for m in mentions:
        if m.local and subject and scope_at is not None and scope_at(m.start) == "provincial":
            m.key, m.level = subject, "province"

    # "Thu Dau Mot arrive en tête ... La ville de Thu Dau Mot": a name the article cues as
    # a commune-level unit is that unit where it stands bare after it, and before it
    # (a headline often names it bare first) unless the name is a province's too
    seen_as_ward: dict[str, tuple[int, str]] = {}
    bare: list[tuple[UnitMention, str]] = []  # with the name's key
    # departments named as ministries so far: "Vietnams justisdepartement ... Justis-
    # departementet oppnådde 91,9 prosent" names the ministry twice
    ministries: set[str] = set()
    # national bodies named by their own names, before any department is read as one
    named_ministries = [x for x in mentions if x.level == "ministry"]
    for m in mentions:
        if m.level in ("dept", "ministry"):
            national = _national_owner(m, folded, pack)
            owner = (
                None
                if national
                else _owner(m, mentions, folded, pack) or _local(m, mentions, subject, folded, pack)
            )
            # a department with no owner is a ministry only in a national report: an
            # article about a province ranks its own departments, whatever the index;
            # but one called a ministry ("le ministère de la Justice") in a paragraph of a
            # national index (PAR Index, SIPAS, DTI) is the ministry
            called_ministry = (
                scope_at is not None
                and scope_at(m.start) == "national"
                and (
                    pack.ministry_noun is not None
                    and pack.ministry_noun.match(folded, m.start) is not None
                    or _among_ministries(m, folded, pack)
                )
            )
            # "Departement Justis og provins Quảng Ninh leder": a department ranked side
            # by side with a province is a ministry, whatever the article's subject
            # ... and one ranked in the sentence of a national body ("Vietnam News Agency kom
            # på fjerdeplass, mens Komiteen for etniske minoriteter kom på femteplass")
            paired = (
                scope_at is not None
                and scope_at(m.start) == "national"
                and (
                    _paired_with_province(m, mentions, folded, pack)
                    or _beside_ministry(m, named_ministries, folded)
                    or _listed_with_ministries(m, named_ministries, folded)
                )
            )
            if (
                m.level == "ministry"
                or national
                or paired
                or (owner is None and (subject is None or called_ministry or m.key in ministries))
            ):
                ministries.add(str(m.key))
                m.key, m.level = f"{MINISTRY_PREFIX}{_counterpart(str(m.key))}", "ministry"
            else:
                m.key = f"{owner or _former_before(m, mentions) or subject}/dept/{m.key}"
            continue
        if not m.candidates and m.level != "ward":
            continue
        name = fold(m.text)
        name_key = " ".join(t for t, _ in _tokens(name))
        if m.cue in _WARD_CUES:
            m.key = _ward_key(m, subject, mentions)
            m.level = "ward"
            seen_as_ward.setdefault(name_key, (m.start, m.key))
        else:
            bare.append((m, name_key))
    for m, name_key in bare:
        cued_at, cued_key = seen_as_ward.get(name_key, (len(text), ""))
        if cued_at < m.start or (cued_key and m.level != "province"):
            m.key, m.level = cued_key, "ward"
        elif m.level != "province" and subject is not None:
            wards = [c for c in m.candidates if c.kind == "ward" and c.province == subject]
            if wards and len(name_key.split()) >= 2:
                m.key, m.level = f"{subject}/{wards[0].key}", "ward"
    # "the Vietnam Chamber of Commerce and Industry": the country's name opening an
    # organisation's is no mention of the country (a phrase naming the country's
    # average is none: "The average provincial Public Administration Reform Index")
    mentions = [
        m
        for m in mentions
        if m.level != "national"
        or not _capitalised(m.text)
        or not _NAME_GOES_ON.match(text, m.end)
    ]
    mentions = _without_glosses([m for m in mentions if m.key is not None], folded)
    _mark_objects(mentions, text, folded, pack)
    return mentions, subject


#: Between a name and its gloss in parentheses ("Viện Hàn lâm ... (Vietnams akademi ...)").
_GLOSS_OPEN = regex.compile(r"\s*\(\s*")


#: How far into a sentence a pronoun or province noun ("the locality") still opens it
#: (after a short opening phrase: "Pour la troisième année consécutive, la ville ...").
ANAPHOR_CHARS = 96
#: characters read before a unit for its governing body ("the People's Committee of")
_HEAD_WINDOW = 40
#: characters read before a name for a landmark's noun ("la baie d'")
_LANDMARK_WINDOW = 24


def _short_forms(mentions: list[UnitMention]) -> list[UnitMention]:
    """``mentions`` with a province named by the last words of another province's name
    in the same text read as that one: "Hue" beside "Thua Thien Hue" is the province the
    text names in full, not the city of 2025."""
    full = {_slug(m.text): m.key for m in mentions if m.level == "province" and m.key}
    out: list[UnitMention] = []
    for m in mentions:
        key = None
        if m.level == "province":
            tail = "_" + _slug(m.text)
            key = next((k for name, k in full.items() if k != m.key and name.endswith(tail)), None)
        out.append(m if key is None else replace(m, key=key))
    return out


def _landmark(folded: str, start: int, end: int, pack: Pack) -> bool:
    """Whether the name at ``start:end`` is a landmark's ("Ha Long Bay", "vịnh Hạ Long"):
    a bay or a river is named after a place and holds no score."""
    before, after = pack.landmark_before, pack.landmark_after
    return bool(
        (before is not None and before.search(folded, max(0, start - _LANDMARK_WINDOW), start))
        or (after is not None and after.match(folded, end))
    )


def _without_glosses(mentions: list[UnitMention], folded: str) -> list[UnitMention]:
    """``mentions`` without a unit's second name in parentheses right after its first
    (a translation or the original of a name), or right after it ("la capitale Hanoï"):
    one unit, not two of a list."""
    kept: list[UnitMention] = []
    for m in mentions:
        prev = kept[-1] if kept else None
        if prev is None or prev.key != m.key:
            kept.append(m)
            continue
        if _GLOSS_OPEN.fullmatch(folded, max(prev.end, prev.outer_end), m.start):
            continue
        gap = folded[max(prev.end, prev.outer_end) : m.outer_start]
        if prev.key is not None and not gap.strip() and "\n" not in gap:
            # "la capitale Hanoï", "the capital Hanoi": one unit named twice in a row (a
            # line ending with a unit and the next opening with it name it twice)
            prev.outer_end = max(prev.outer_end, m.outer_end)
            continue
        kept.append(m)
    return kept


_NAME_WORD = r"(?:\p{Lu}[\w'’]*|\d+)"
_NAME_AFTER = regex.compile(_NAME_WORD + r"(?:[ -]" + _NAME_WORD + r"){0,3}")
_NAME_BEFORE = regex.compile(r"(?:" + _NAME_WORD + r"[ -]){0,3}" + _NAME_WORD + r"$")


def _unlisted(
    text: str,
    folded: str,
    packs: list[Pack],
    taken: list[tuple[int, int]],
    not_names: frozenset[str],
) -> list[UnitMention]:
    """Commune-level names the gazetteer lacks (pre-2025 communes, misspellings), found by
    a type cue next to a capitalised name of two words or more (``Thanh Chuong commune``);
    leading ``not_names`` ("The", "La") are no part of the name."""
    found: list[UnitMention] = []
    for pack in packs:
        for utype, sides in pack.unit_cues.items():
            if utype not in _WARD_CUES:
                continue
            spots = []
            if "find_before" in sides:
                for c in sides["find_before"].finditer(folded):
                    gloss = _TYPE_GLOSS.match(folded, c.end())
                    m = _NAME_AFTER.match(text, gloss.end() if gloss else c.end())
                    # a cue closing a line names nothing on the next ("quán quân\n\nVới 72")
                    if m and "\n" not in folded[c.start() : m.start()]:
                        spots.append((m.start(), m.end(), c.start(), m.end(), "before"))
            if "find_after" in sides:
                for c in sides["find_after"].finditer(folded):
                    m = _NAME_BEFORE.search(text[max(0, c.start() - 60) : c.start()])
                    if m and "\n" not in folded[max(0, c.start() - 60) + m.end() : c.end()]:
                        start = max(0, c.start() - 60) + m.start()
                        spots.append((start, c.start(), start, c.end(), "after"))
            for start, end, o_start, o_end, side in spots:
                words = text[start:end].replace("-", " ").split()
                while words and fold(words[0]) in not_names:
                    start = text.index(words[1], start) if len(words) > 1 else end
                    words = words[1:]
                if len(words) < 2 or any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                found.append(
                    UnitMention(
                        start,
                        end,
                        text[start:end],
                        cue=utype,
                        cue_side=side,
                        outer_start=o_start,
                        outer_end=o_end,
                        level="ward",
                    )
                )
    return found


def _national_owner(m: UnitMention, folded: str, pack: Pack) -> bool:
    """Whether the country owns the department ("Vietnams justisdepartement", "Vietnam's
    Justice Department"): it is the ministry."""
    if pack.national_possessive is None:
        return False
    start = max(0, m.outer_start - MARKER_WINDOW)
    return pack.national_possessive.search(folded, start, m.outer_start) is not None


def _among_ministries(m: UnitMention, folded: str, pack: Pack) -> bool:
    """Whether the department's sentence ranks it among the ministries ("Justis-
    departementet leder årets rangering av departementer og etater")."""
    if pack.ministry_context is None:
        return False
    return (
        pack.ministry_context.search(folded, *sentence_around(folded, m.start, m.end)) is not None
    )


def _beside_ministry(m: UnitMention, named: list[UnitMention], folded: str) -> bool:
    """Whether a national body ``named`` by its own name (a ministry or national agency,
    not a department's noun) stands in the department's sentence, on its line."""
    start, end = sentence_around(folded, m.start, m.end)
    return any(x is not m and start <= x.start < end for x in named)


def _listed_with_ministries(m: UnitMention, named: list[UnitMention], folded: str) -> bool:
    """Whether the department is an item of a list whose items next to it, on the lines
    just before and after (those not blank), are all national bodies named by their own
    names ("4. Vietnam News Agency" over "5. Committee for Ethnic Affairs"); one such
    neighbour among departments makes no list of ministries."""
    first = folded.rfind("\n", 0, m.start) + 1
    last = folded.find("\n", m.end)
    last = len(folded) if last < 0 else last
    neighbours = []
    if first > 0:
        neighbours.append((folded.rfind("\n", 0, first - 1) + 1, first - 1))
    if last < len(folded):
        after = folded.find("\n", last + 1)
        neighbours.append((last + 1, len(folded) if after < 0 else after))
    lines = [(a, b) for a, b in neighbours if folded[a:b].strip()]
    return bool(lines) and all(
        any(x is not m and a <= x.start < b for x in named) for a, b in lines
    )


def _paired_with_province(
    m: UnitMention, mentions: list[UnitMention], folded: str, pack: Pack
) -> bool:
    """Whether a province stands next to the department, joined to it by a word and no
    comma ("Justisdepartementet og Quảng Ninh", "Quang Ninh and the Department of Justice")."""
    i = mentions.index(m)
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions) or mentions[j].level != "province":
            continue
        a, b = (mentions[j], m) if j < i else (m, mentions[j])
        gap = folded[a.outer_end : b.outer_start]
        # a comma sets a place before it ("À Quang Nam, le Département des impôts")
        if "," not in gap and pack.list_joiners.match(gap):
            return True
    return False


def sentence_around(folded: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``folded[start:end]`` starts and ends (a rough cut at
    ". " and lines: a table's row or a paragraph ends its sentence)."""
    stop = folded.rfind(". ", 0, start)
    first = max(stop + 2 if stop >= 0 else 0, folded.rfind("\n", 0, start) + 1)
    ends = [i for i in (folded.find(". ", end), folded.find("\n", end)) if i >= 0]
    return first, min(ends, default=len(folded))


def _local(
    m: UnitMention, mentions: list[UnitMention], subject: str | None, folded: str, pack: Pack
) -> str | None:
    """The province whose own departments its paragraph speaks of ("Among 22 departments
    and branches of HCMC, ...", "des départements de la ville", "sở, ngành"): a
    department there is that province's even in a national index or report. The
    province is the last one named before it in the paragraph, else the subject."""
    if pack.local_departments is None:
        return None
    start = folded.rfind("\n", 0, m.start) + 1
    end = folded.find(". ", m.end)
    # up to the end of its sentence ("Justisdepartementet provinsens 22 avdelinger"); the
    # department's own name counts too: a Vietnamese "Sở" is always provincial
    if not pack.local_departments.search(folded[start : len(folded) if end < 0 else end]):
        return None
    named = [
        x.key for x in mentions if x.level == "province" and x.key and start <= x.start < m.start
    ]
    return named[-1] if named else subject


#: How far before a unit (or an average it is compared with) an object marker may
#: start ("according to the announcement of the Ministry": the marker and one word
#: before the name).
MARKER_WINDOW = 60

#: Between a possessor and what it owns ("Da Nang's Department").
_POSSESSIVE = regex.compile(r"\s*(?:'s?|s)?\s*")


def _owner(m: UnitMention, mentions: list[UnitMention], folded: str, pack: Pack) -> str | None:
    """The province a department is said to belong to: ``Da Nang's Department of
    Finance``, ``Hanoi Department of Health``, ``Sở Y tế tỉnh Lào Cai``, ``the Department
    of Health of Lao Cai``, ``avdelingen i Quang Ngai`` (possessor or place, next to it)."""
    i = mentions.index(m)
    prev = mentions[i - 1] if i else None
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if (
        prev is not None
        and prev.level == "province"
        and prev.key
        and _POSSESSIVE.fullmatch(folded[prev.outer_end : m.start])
    ):
        prev.is_object = True  # a possessor, not the subject
        return prev.key
    # ("Ministère de la Justice, province de Quảng Ninh se tiennent en tête": a ministry
    # called so and a province after a comma are a list, the province no owner)
    called_ministry = pack.ministry_noun is not None and pack.ministry_noun.match(folded, m.start)
    # "the department of information in the central Vietnamese province of Quang Nam"
    between = undescribed(folded[m.end : nxt.outer_start], nxt, pack) if nxt is not None else ""
    if (
        nxt is not None
        and nxt.level == "province"
        and nxt.key
        and pack.locative is not None
        and pack.locative.match(between)
        and not (called_ministry and "," in between)
    ):
        nxt.is_object = True  # where the department is, not the subject
        return nxt.key
    return None


def undescribed(gap: str, unit: UnitMention, pack: Pack) -> str:
    """``gap``, the text right before ``unit``, without the words that describe a unit named
    with its type ("and the northern province of Quang Ninh", "in the central Vietnamese
    province of Quang Nam"), so that what joins or places it can be read."""
    if unit.outer_start < unit.start and pack.described is not None:
        return str(pack.described.sub("", gap))
    return gap


def _former_before(m: UnitMention, mentions: list[UnitMention]) -> str | None:
    """A province that existed only before 2025 named shortly before ``m`` in its
    sentence ("l'ancienne province de Long An, le ministère ...", "former Long An's
    Duc Hoa district"): units of a pre-2025 index belong to it, not to the subject."""
    former = [
        x.key
        for x in mentions
        if x.level == "province"
        and x.end <= m.start
        and m.start - x.end < 200
        and any(c.kind == "former" and c.key == x.key for c in x.candidates)
    ]
    return former[-1] if former else None


def _resolved_cue(cue: str | None, wards: list[Candidate], places: list[str]) -> str | None:
    """A ward-or-district cue read as ``ward`` when the name is a 2025 ward (phường)
    of a province the article names (of its only province when it names none), else
    as a pre-2025 ``district``: a name that is a ward only elsewhere, or a commune,
    was a district of the article's province before 2025."""
    if cue != _AMBIGUOUS_CUE:
        return cue
    phuong = [c for c in wards if c.key.startswith(TYPE_PREFIX["ward"] + "_")]
    if places:
        return "ward" if any(c.province in places for c in phuong) else "district"
    return "ward" if phuong and len({c.province for c in wards}) == 1 else "district"


def _ward_key(m: UnitMention, subject: str | None, mentions: list[UnitMention]) -> str:
    """The key of a name cued as a commune-level unit."""
    wards = [c for c in m.candidates if c.kind == "ward"]
    named = [x.key for x in mentions if x.level == "province" and x.key]
    cue = _resolved_cue(m.cue, wards, [p for p in [subject, *named] if p])
    prefix = TYPE_PREFIX.get(cue or "", "xa")
    if cue in _PRE_2025_CUES:
        # districts and towns were abolished in 2025: not a 2025 ward, and their
        # province is the former one named just before them, if any
        return f"{_former_before(m, mentions) or subject or 'other'}/{prefix}_{_slug(m.text)}"
    for province in [subject, *named]:
        local = [c for c in wards if c.province == province]
        if local:
            exact = [c for c in local if c.key.startswith(prefix + "_")]
            chosen = (exact or local)[0]
            return f"{chosen.province}/{chosen.key}"
    if len({c.province for c in wards}) == 1:
        return f"{wards[0].province}/{wards[0].key}"
    base = subject or (named[0] if named else "other")
    return f"{base}/{prefix}_{_slug(m.text)}"


def _propagate_list_cues(mentions: list[UnitMention], folded: str, pack: Pack) -> None:
    """Give the bare names of a list the type cue of the list (``les communes de A, B et C``)."""
    of_words = sorted({w for p in borrowed(pack, "name_of") for w in p.name_of}, key=len)
    of_alt = "|".join(regex.escape(w) for w in reversed(of_words))
    # "les communes de A, B et de C": the genitive around a listed name is no joiner
    name_of = regex.compile(rf"^\s*(?:{of_alt})\s+|\s+(?:{of_alt})\s*$") if of_words else None
    words = sorted({w for p in borrowed(pack, "name_joiners") for w in p.name_joiners}, key=len)
    name_joiners = (
        regex.compile(
            r"\s*(?:" + "|".join(regex.escape(w) for w in reversed(words)) + r")(?:\s+|(?<='))"
        )
        if words
        else None
    )
    for forward in (True, False):
        order = mentions if forward else list(reversed(mentions))
        for prev, cur in zip(order, order[1:], strict=False):
            a, b = (prev, cur) if forward else (cur, prev)
            # only to names with a commune-level sense: "arrondissement de Hoan Kiem,
            # Hanoï" does not make Hanoi a ward
            if not prev.candidates or cur.cue is not None:
                continue
            if not any(c.kind == "ward" for c in cur.candidates):
                continue
            if not _names_lower_units(prev) or prev.cue_side != ("before" if forward else "after"):
                continue
            gap = folded[a.outer_end : b.outer_start]
            if name_of is not None:
                gap = name_of.sub(" ", gap)
            if pack.list_joiners.match(gap) or (
                name_joiners is not None and name_joiners.fullmatch(gap)
            ):
                cur.cue, cur.cue_side = prev.cue, prev.cue_side


def _names_lower_units(m: UnitMention) -> bool:
    """Whether ``m``'s cue makes the names listed with it units below the province: a
    commune-level cue, or a city cue on a name that is no province ("les villes de Thu
    Dau Mot et de Tan Uyen": two district-level cities)."""
    if m.cue in _WARD_CUES:
        return True
    return m.cue == "province" and not any(c.kind in ("province", "former") for c in m.candidates)


#: A capitalised word right after a name: the name goes on ("Vietnam Chamber of ..."); or
#: an acronym in parentheses: the name ended an organisation's ("... du Vietnam (VCCI)").
_NAME_GOES_ON = regex.compile(r"[ ]+\p{Lu}\p{Ll}|\s*\(\p{Lu}{2,}\)")

#: The gap between two cells of a table's row.
_CELL_GAP = regex.compile(r"[ \t]*\|[ \t]*")
#: A parenthesis.
_BRACKETED = regex.compile(r"\([^()]*\)")
#: Brackets in the gap between two units, or the close of one a unit stands in ("(Sở TT&TT)
#: provinsen Quảng Nam").
_GAP_BRACKETS = regex.compile(r"\([^()]*\)|^\s*\)")
#: A capitalised word, then white space to the end ("Communications ").
_CAPITALISED_END = regex.compile(r"\p{Lu}[\w'’&-]*\s*$")


#: An aside between spaced dashes ("Mekongdeltaet – tolv provinser og byen Can Tho – har").
_DASH_ASIDE = regex.compile(r"\s[–—]\s[^–—.;\n]{1,200}?\s[–—]\s")


#: Between a unit and the comma of a clause inserted after it ("Hà Giang (cũ), nay ...").
_UNIT_TO_INSERTION = regex.compile(r"\s*(?:\([^()]*\)\s*)?")


def _after_unit(folded: str, ends: list[int], at: int) -> bool:
    """Whether the comma at ``at`` follows a unit (``ends``: the units' sorted ends)."""
    i = bisect.bisect_right(ends, at)
    return bool(i) and _UNIT_TO_INSERTION.fullmatch(folded, ends[i - 1], at) is not None


def _opens_with_unit(
    folded: str, mentions: list[UnitMention], start: int, end: int, pack: Pack
) -> bool:
    """Whether the clause between commas at ``start``..``end`` opens with a unit, after at
    most an article ("A, the State Bank, B": a list member, not an aside about A like "A,
    the province north of Hanoi," or "Gia Lai, med provinshovedstaden Pleiku,")."""
    first = next((u for u in mentions if start < u.outer_start < end), None)
    if first is None:
        return False
    return pack.list_member.fullmatch(folded, start, first.outer_start) is not None


def _after_object_marker(m: UnitMention, folded: str, pack: Pack) -> bool:
    """Whether an object marker ("ahead of X") or a venue ("at a seminar in X") stands
    right before a unit or before its cue ("devant la province de Bac Giang")."""
    return _after_marker(m, folded, pack.object_markers) or _after_marker(
        m, folded, pack.venue_markers
    )


def _after_marker(m: UnitMention, folded: str, markers: regex.Pattern[str] | None) -> bool:
    """Whether one of ``markers`` stands right before a unit or before its cue."""
    return marker_before(markers, folded, m.start) or (
        m.outer_start < m.start and marker_before(markers, folded, m.outer_start)
    )


#: A blank line: a marker on a heading above does not reach the paragraph under it.
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")


def marker_before(markers: regex.Pattern[str] | None, folded: str, pos: int) -> bool:
    """Whether one of ``markers`` (compiled to end where they are looked for) ends within
    ``MARKER_WINDOW`` characters right before ``pos``, in the same paragraph ("HANOI FAR
    BEHIND\n\nHanoi ended 24th": a heading's last word is no comparison)."""
    if markers is None:
        return False
    start = max(0, pos - MARKER_WINDOW)
    for brk in _PARAGRAPH_BREAK.finditer(folded, start, pos):
        start = brk.end() - 1  # the line break stays, as what precedes a marker
    return markers.search(folded, start, pos) is not None


def _glosses_unnamed(m: UnitMention, opening: int, text: str, mentions: list[UnitMention]) -> bool:
    """Whether a department or ministry opens brackets right after a capitalised name that
    no mention covers: the abbreviation glosses a name the packs do not know ("le Sở
    Information et Communications (Sở TT&TT) est classé premier"), so it stands for the
    clause's subject (not after a figure: "98,63 điểm (Sở Công thương)")."""
    return (
        m.level in ("dept", "ministry")
        and not text[opening + 1 : m.start].strip()
        and _CAPITALISED_END.search(text, max(0, opening - 60), opening) is not None
        and not any(
            not text[max(x.end, x.outer_end) : opening].strip()
            for x in mentions
            if max(x.end, x.outer_end) <= opening
        )
    )


#: The longest stretch between a department and a place named later in its clause.
LOCATED_GAP_CHARS = 120
#: What ends a clause between a department and a place named after it.
_CLAUSE_END = regex.compile(r"[.:!?]\s|[;\n]")


def _same_clause_gap(gap: str) -> bool:
    """Whether ``gap`` (between a department and a place) stays within one clause."""
    return len(gap) <= LOCATED_GAP_CHARS and _CLAUSE_END.search(gap) is None


def _mark_objects(mentions: list[UnitMention], text: str, folded: str, pack: Pack) -> None:
    """Flag units that cannot be a clause's subject: the object of a comparison
    (``passerer Hai Phong``, ``ahead of X``) or a unit inside an inserted relative
    clause (``Bac Lieu-provinsen, som nå er en del av Ca Mau, nådde ...``)."""
    # an inserted clause follows the unit it is about ("X, som nå ..., nådde"); after
    # an opening phrase ("Kết quả ... năm 2022, địa phương dẫn đầu là Quảng Ninh") the
    # comma opens the main clause
    ends = sorted(m.outer_end for m in mentions)
    inserted = (
        [
            m.span()
            for m in pack.insertion.finditer(folded)
            if _after_unit(folded, ends, m.start())
            and not _opens_with_unit(folded, mentions, m.start(), m.end(), pack)
        ]
        if pack.insertion
        else []
    )
    # "(formerly Thua Thien Hue province)", "(tuần trước thứ 24)": a unit inside brackets
    # is no clause subject
    inserted += [m.span() for m in _BRACKETED.finditer(folded)]
    # "the Mekong Delta – twelve provinces and Can Tho city – has led": an aside between
    # dashes after a unit names no subject
    inserted += [
        m.span() for m in _DASH_ASIDE.finditer(folded) if _after_unit(folded, ends, m.start())
    ]
    for prev, m in zip(mentions, mentions[1:], strict=False):
        # "Viet Tri ward in Phu Tho", "phường Việt Trì, tỉnh Phú Thọ", "Dong Thap, dans le
        # delta du Mékong", "Departementet ... (Sở TT&TT) provinsen Quảng Nam": where, not who
        if (
            (
                (m.level == "province" and prev.level in ("ward", "dept"))
                or (m.level == "region" and prev.level == "province")
            )
            and (
                # "Dong Thap | Mekong Delta | 68.8": a table's region cell after the unit's
                _CELL_GAP.fullmatch(folded, prev.outer_end, m.outer_start) is not None
                or (
                    pack.locative is not None
                    and pack.locative.match(
                        _GAP_BRACKETS.sub("", folded[prev.outer_end : m.outer_start])
                    )
                    is not None
                )
            )
        ):
            m.is_object = True
        # "The Department of Information ... clinched the top spot in Quang Nam province's
        # 2019 index": a province after a place word, later in a department's sentence, is
        # where the department's figure holds
        if (
            m.level == "province"
            and prev.level == "dept"
            and pack.place_word_after is not None
            and _same_clause_gap(folded[prev.outer_end : m.outer_start])
            and pack.place_word_after.search(folded, prev.outer_end, m.outer_start) is not None
        ):
            m.is_object = True
    compared: set[int] = set()  # marked by an object marker
    for m in mentions:
        # "This Mekong Delta locality also leads ...", "Địa phương vùng Đồng bằng sông Cửu
        # Long này": a region inside a sentence's opening anaphor of a province describes
        # it; the province is the one named before
        start, end = sentence_around(folded, m.start, m.end)
        if m.level == "region" and pack.province_anaphor is not None:
            opening = pack.province_anaphor.match(folded[start : start + ANAPHOR_CHARS])
            if opening is not None and m.end <= start + opening.end():
                m.is_object = True
        # "I Tay Ninh ledet Justisdepartementet ...", "In Hanoi, the Department of Health ...":
        # a province fronted by a place word, with a department or ward after it in the
        # sentence, is where, not who
        if (
            m.level == "province"
            and pack.place_word is not None
            and pack.place_word.match(folded[start : m.outer_start])
            and any(x.level in ("dept", "ward") and m.end <= x.start < end for x in mentions)
        ):
            m.is_object = True
        before = folded[max(0, m.start - MARKER_WINDOW) : m.start]
        if _after_marker(m, folded, pack.object_markers):
            m.is_object = True
            compared.add(id(m))
        elif _after_marker(m, folded, pack.venue_markers):
            m.is_object = True  # a place: a unit listed after it is not compared
        # "Binh Duong and Quang Ninh were not included in this round": left out
        if pack.excluded_after is not None and pack.excluded_after.match(folded, m.end):
            m.is_object = True
        # "le ministère de l'Intérieur vient de dévoiler les résultats": who published
        if (
            m.level in ("ministry", "dept")
            and pack.publisher_verbs is not None
            and pack.publisher_verbs.match(folded, max(m.end, m.outer_end))
        ):
            m.is_object = True
        # "was 2nd in the Central Highlands", "đứng thứ 2 khu vực Tây Nguyên": the
        # region is where the rank holds
        if (
            m.level == "region"
            and pack.region_scope is not None
            and pack.region_scope.search(before)
        ):
            m.is_object = True
        if any(
            a < m.start and m.end < b and not _glosses_unnamed(m, a, text, mentions)
            for a, b in inserted
        ):
            m.is_object = True
    # "pas disponibles pour Binh Duong et Quang Ninh", "ahead of Hue and Hai Phong": a
    # unit listed right after a compared or excluded one is one too (not after a place:
    # "À Quang Nam, le Département des impôts" is the department)
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if (
            id(prev) in compared
            and m.level == prev.level
            and pack.list_joiners.match(folded[prev.outer_end : m.outer_start])
        ):
            m.is_object = True
            compared.add(id(m))
