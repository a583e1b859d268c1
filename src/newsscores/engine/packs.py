"""Rule packs: the language knowledge in ``extractors/<lang>/*.yaml``, loaded and compiled.

A pack is every YAML file of a language's folder merged by top-level key, each file
validated on load by :mod:`.packs_schema`; the ``common`` folder holds what all
languages share (indices, former provinces, aliases). The languages newsscores
supports are the packs found. Patterns are written with their diacritics and
``{PLACEHOLDERS}`` and are compiled against the diacritic-folded text (see
:func:`numbers.fold`).

The folder is ``$NEWSSCORES_EXTRACTORS`` when set, else the one shipped with the
package; every loader also takes it as a parameter.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .. import cache
from ..errors import ExtractionError, PackError
from .literals import required_literal_sets, required_literals
from .numbers import NUM_RE, fold
from .packs_schema import FACT_KINDS, read_pack_file

#: The key prefix of regions of several provinces and other units (SCHEMA.md ``other/``).
REGION_PREFIX = "other/"
#: What opens a list member in a pack without articles: a comma.
_LIST_MEMBER = regex.compile(r",\s*")
#: What may part a numbered line's number from its unit: spaces, a cell's bar or slash,
#: a dash, a colon.
ITEM_SEPARATORS = r"[\s|/:.)–—-]*"
#: Between a numbered line's number and its unit in a pack without articles.
_ITEM_OPENING = regex.compile(ITEM_SEPARATORS)
#: The key prefix of ministries and national agencies.
MINISTRY_PREFIX = "ministry/"

__all__ = [
    "Pack",
    "Pattern",
    "load_pack",
    "load_common",
    "packs_dir",
    "available_langs",
    "check_packs",
    "borrowed",
    "all_words",
    "WORD_LIST_KEYS",
    "clear_caches",
    "ENV_VAR",
    "EXAMPLES_FILE",
    "MINISTRY_PREFIX",
    "REGION_PREFIX",
]

#: The environment variable that points newsscores at another ``extractors`` folder.
ENV_VAR = "NEWSSCORES_EXTRACTORS"
#: A language's spec file of example sentences per pattern (read by the tests, not the engine).
EXAMPLES_FILE = "examples.yaml"
_COMMON = "common"

_FORBIDDEN_ESCAPES = regex.compile(r"\\[DSWBPNAZG]")
_PLACEHOLDER = regex.compile(r"\{([A-Z_]+)\}")
#: A short opening phrase before a sentence's pronoun ("Dans le détail, elle ...", "Avec un
#: score de 67,18 points, elle ..."): words, and figures whole, up to a comma.
OPENING_PHRASE = r"(?=\w)(?!\d)(?:[^,.;:\d]|\d+(?:[.,]\d+)?(?=\s)){1,50},\s*"


def packs_dir(root: str | Path | None = None) -> Path:
    """The ``extractors`` folder: ``root`` if given, else ``$NEWSSCORES_EXTRACTORS``,
    else the one inside the installed wheel, else the source tree's."""
    chosen = root if root is not None else os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen)
    return _shipped()


@functools.cache
def _shipped() -> Path:
    shipped = resources.files("newsscores") / "extractors"
    if shipped.is_dir():
        return Path(str(shipped))
    return Path(__file__).resolve().parents[3] / "extractors"


def available_langs(root: str | Path | None = None) -> list[str]:
    """The supported languages: every folder of the packs folder holding a YAML file,
    but ``common``."""
    return _langs(packs_dir(root))


def check_packs() -> None:
    """Load every pack found, so that a broken one stops a run before its first
    document (raises :class:`~newsscores.errors.PackError` naming the file)."""
    for lang in available_langs():
        load_pack(lang)


@functools.cache
def _langs(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.is_dir()
        and p.name != _COMMON
        and not p.name.startswith((".", "_"))
        and any(p.glob("*.yaml"))
    )


def _read_folder(folder: Path, common: bool = False) -> dict[str, Any]:
    """Every pack file of ``folder``, validated, merged by top-level key."""
    merged: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == EXAMPLES_FILE:
            continue
        data = read_pack_file(path, common=common)
        for key, value in data.items():
            if key in merged and isinstance(value, dict):
                twice = sorted(set(merged[key]) & set(value))
                if twice:
                    # a name in two files would silently take the later file's value
                    raise PackError(str(path), None, key, f"names another file defines: {twice}")
                merged[key] = {**merged[key], **value}
            elif key in merged and isinstance(value, list):
                merged[key] = merged[key] + value
            else:
                merged[key] = value
    return merged


def load_common(root: str | Path | None = None) -> dict[str, Any]:
    """The data every language shares (``extractors/common``)."""
    return _load_common(packs_dir(root))


@functools.cache
def _load_common(folder: Path) -> dict[str, Any]:
    return _read_folder(folder / _COMMON, common=True)


def clear_caches() -> None:
    """Forget every loaded pack (after a pack file changed on disk)."""
    _langs.cache_clear()
    _load_common.cache_clear()
    _load_pack.cache_clear()


@dataclass(frozen=True)
class Pattern:
    """One compiled rule: a regex over folded text and what its match means."""

    id: str
    kind: str
    regex: regex.Pattern[str]
    value: float | None = None
    sign: float = 1.0
    link: str = "auto"
    prev_kind: str | None = None
    percent: bool = False
    #: a percentage restating points: a fact only as a percent index's own score
    restated: bool = False
    needs_number: bool = True
    series: bool = False
    #: a plural word of place: each coordinated unit holds it (no first two of a pair)
    shared: bool = False
    #: every match contains one of these strings (None: unknown); a sentence with
    #: none of them skips the pattern (literals.required_literals)
    literals: frozenset[str] | None = None
    #: every requirement that could be read (``literals`` among them): a sentence
    #: missing any one of them skips the pattern (literals.required_literal_sets)
    literal_sets: tuple[frozenset[str], ...] = ()

    @property
    def is_fact(self) -> bool:
        """True when matches give facts; False for vetoes (thresholds, gaps, ...)."""
        return self.kind in FACT_KINDS


@dataclass
class Pack:
    """A language's compiled rules and lexicons."""

    lang: str
    decimal: str
    #: "92,18 pst.": a word for per cent after a figure, read as "%" (same length)
    percent_word: regex.Pattern[str] | None
    words: dict[str, int]
    patterns: list[Pattern]
    unit_cues: dict[str, dict[str, regex.Pattern[str]]]
    departments: list[tuple[regex.Pattern[str], str, bool]]
    national: list[regex.Pattern[str]]
    #: "des localités": the country in a national index, the province in a provincial one
    localities: list[regex.Pattern[str]]
    #: "ministère": a department so named is a ministry in a national index's paragraph
    ministry_noun: regex.Pattern[str] | None
    national_possessive: regex.Pattern[str] | None
    ministry_context: regex.Pattern[str] | None
    metric_names: list[tuple[regex.Pattern[str], str, str | None]]
    clause_breaks: regex.Pattern[str] | None
    list_joiners: regex.Pattern[str]
    pronoun: regex.Pattern[str] | None
    #: "These record 38.97 points": a sentence about a group of units named before
    group_pronoun: regex.Pattern[str] | None
    #: an article and up to two words closing a gap before a typed unit ("and the northern")
    described: regex.Pattern[str] | None
    #: a comma and at most an article: what opens a list member ("A, the State Bank, B")
    list_member: regex.Pattern[str]
    #: what may stand between a numbered line's number and its unit: at most an article
    item_opening: regex.Pattern[str]
    #: "All three pillars rose": the components of the unit of the sentence before
    component_anaphor: regex.Pattern[str] | None
    #: the same words anywhere in a sentence ("results on the three pillars were ...")
    components_named: regex.Pattern[str] | None
    province_anaphor: regex.Pattern[str] | None
    #: the same words anywhere in a clause: "the province achieved ..."
    province_noun: regex.Pattern[str] | None
    capital: list[regex.Pattern[str]]
    #: "Bộ này", "this ministry", "the regional PCI" (pack key ``regional``, level
    #: ``region``): (regex, level) naming the last unit of that level named before it
    demonstratives: list[tuple[regex.Pattern[str], str]]
    #: regions of several provinces, as (regex, other/<slug> key)
    regions: list[tuple[regex.Pattern[str], str]]
    each: regex.Pattern[str] | None
    #: "98.63 points, belonging to the Department of ...": the unit after these holds
    #: the figure before them
    owner_after: regex.Pattern[str] | None
    same_score: regex.Pattern[str] | None
    metric_anaphor: regex.Pattern[str] | None
    index_anaphor: regex.Pattern[str] | None
    local_departments: regex.Pattern[str] | None
    #: the units a province's average is over ("departments", "cấp xã"); none named in
    #: its sentence, a province's "average value" is its own score
    average_groups: regex.Pattern[str] | None
    joiner_word: regex.Pattern[str]
    object_markers: regex.Pattern[str] | None
    venue_markers: regex.Pattern[str] | None
    #: right after a ministry or department: it published the ranking, it is not ranked
    publisher_verbs: regex.Pattern[str] | None
    excluded_after: regex.Pattern[str] | None
    #: words right before a region that make it where a figure holds ("2nd in the
    #: Central Highlands"), not who holds it
    region_scope: regex.Pattern[str] | None
    relative: regex.Pattern[str] | None
    insertion: regex.Pattern[str] | None
    locative: regex.Pattern[str] | None
    #: a place word ending a stretch of text ("... the top spot in"): what names a place next
    place_word_after: regex.Pattern[str] | None
    place_word: regex.Pattern[str] | None
    number_trigger: regex.Pattern[str]
    respectively: regex.Pattern[str] | None
    metric_after: regex.Pattern[str] | None
    #: "With 14.23 points, the component ...": a sentence's opening words before its figure
    leading_with: regex.Pattern[str] | None
    #: between a rank and the score it comes with ("29e sur 63 avec 25,24 points")
    score_joiner: regex.Pattern[str] | None
    #: words that put a clause on another topic (growth, exports, a club, an exam)
    off_topic: regex.Pattern[str] | None = None
    #: an index named beside the one in force governs its own paragraph only
    alongside: regex.Pattern[str] | None = None
    #: an index named after these ("unlike the PCI") is set aside, not in force
    contrasted: regex.Pattern[str] | None = None
    #: what the pack reads of other packs: key -> languages ("*" every pack)
    borrow: dict[str, list[str]] = field(default_factory=dict)
    #: folded words that never start a unit's name ("the", "le", "det")
    not_names: frozenset[str] = frozenset()
    #: a unit's governing body named before it ("UBND huyện Lâm Hà", "the People's
    #: Committee of Lam Ha district"): part of the unit's mention, so that two such units
    #: joined by "and" are a list
    unit_heads: regex.Pattern[str] | None = None
    #: a landmark's noun before or after a place name ("vịnh Hạ Long", "Ha Long Bay"):
    #: the name is the landmark's, no unit
    landmark_before: regex.Pattern[str] | None = None
    landmark_after: regex.Pattern[str] | None = None
    #: words that join two names under one type cue, as regex alternatives
    name_joiners: tuple[str, ...] = ()
    #: folded words that tie a type cue to a name ("communes de", "ward of")
    name_of: tuple[str, ...] = ()
    #: abbreviations whose period ends no sentence, as regex alternatives
    abbreviations: tuple[str, ...] = ()
    #: the raw ``periods`` block (read by :mod:`newsscores.periods`)
    periods: dict[str, Any] = field(default_factory=dict)
    #: text.yaml's page labels and check.yaml's words, as written (see :func:`all_words`)
    word_lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the folder the pack was read from
    root: Path = Path()


#: Word lists read before an article's language is known (a page's last lines) or
#: across languages (the consistency checks): :func:`all_words` unites them.
WORD_LIST_KEYS = ("source_labels", "comment_labels", "out_of", "points", "restatement", "percent")


def all_words(key: str, root: str | Path | None = None) -> list[str]:
    """The words of ``key`` (one of :data:`WORD_LIST_KEYS`) in every pack found,
    longest first."""
    folder = packs_dir(root)
    words = {
        w
        for lang in _langs(folder)
        for pack in (_load_pack(lang, folder),)
        if pack is not None
        for w in pack.word_lists.get(key, ())
    }
    return sorted(words, key=lambda w: (-len(w), w))


#: What may stand between a unit and the verb that leaves it out: another unit joined to
#: it ("Binh Duong and Quang Ninh were not included").
EXCLUDED_GAP = r"(?:\s*(?:,|\s(?:and|et|og|và|&))\s+[^.;,\n]{2,30}?)?\s+"
#: What may stand between a contrasting word and the index it sets aside: a few words
#: ("unlike the business-focused Provincial ...").
CONTRASTED_GAP = r"(?:\s+[\w'’-]+){0,3}(?:\s+|(?<=['’]))$"


def borrowed(pack: Pack, key: str) -> list[Pack]:
    """``pack`` and the packs whose ``key`` it declares it also reads (``borrow:``)."""
    langs = pack.borrow.get(key, [])
    if "*" in langs:
        langs = _langs(pack.root)
    out = [pack]
    for lang in langs:
        other = _load_pack(lang, pack.root) if lang != pack.lang else None
        if other is not None and all(other is not p for p in out):
            out.append(other)
    return out


def _alternation(items: list[str]) -> str:
    """A non-capturing alternation, longest first so the regex prefers long forms."""
    bad = [i for i in items if not isinstance(i, str)]
    if bad:
        # YAML reads on/off/yes/no/true as booleans: such words must be quoted
        raise ExtractionError(f"word list holds non-text {bad!r} (quote it in the YAML): {items}")
    folded = sorted({fold(i) for i in items}, key=len, reverse=True)
    return "(?:" + "|".join(folded) + ")"


def _compile(source: str, where: str, expand: dict[str, str]) -> regex.Pattern[str]:
    if _FORBIDDEN_ESCAPES.search(source):
        raise ExtractionError(f"{where}: upper-case escapes do not survive folding: {source}")

    def sub(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in expand:
            raise ExtractionError(f"{where}: unknown placeholder {{{name}}}")
        return expand[name]

    parts = _PLACEHOLDER.split(source)
    # split() alternates literal text and placeholder names: fold only the literals
    body = "".join(
        fold(part) if i % 2 == 0 else sub(_PLACEHOLDER.match("{" + part + "}"))
        for i, part in enumerate(parts)
    )
    body = body.replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    try:
        return regex.compile(body)
    except regex.error as exc:
        raise ExtractionError(f"{where}: bad regex {source!r}: {exc}") from exc


def _with_base(source: str, base: dict[str, str]) -> str:
    """``source`` with the shared base patterns it names (``{SCORE_MAX}``, from
    ``common/base.yaml``) written out; their own placeholders (``{NUM}``, ``{PTS}``)
    are then read in the language's terms."""
    return str(_PLACEHOLDER.sub(lambda m: base.get(m.group(1), m.group(0)), source))


def _ordinal_words(data: dict[str, Any]) -> dict[str, int]:
    """The pack's ordinal words, folded, each also with every ``ordinal_compounds``
    ending written onto it ("nittende" + "plass": "nittendeplass", 19th place)."""
    words = {fold(k): int(v) for k, v in (data.get("ordinals") or {}).items()}
    endings = [fold(e) for e in data.get("ordinal_compounds") or []]
    return words | {w + e: v for w, v in words.items() for e in endings}


def _expansions(data: dict[str, Any]) -> dict[str, str]:
    words = _ordinal_words(data)
    cards = {fold(k): int(v) for k, v in (data.get("cardinals") or {}).items()}
    ord_re = data.get("ordinal_regex", r"\d+")
    expand = {
        "NUM": NUM_RE,
        "INT": r"(?<![\d.,])\d+(?![\d\p{L}]|[.,]\d)",
        # the leading (?<!\w) lets the regex skip mid-word positions cheaply
        "ORD": "(?<!\\w)(?:"
        + ord_re
        + ("|" + _alternation(list(words)) if words else "")
        + r")(?!\w)",
        "CARD": r"(?<!\w)(?:\d+" + ("|" + _alternation(list(cards)) if cards else "") + r")(?!\w)",
        # a cardinal written out ("six"), never in digits
        "CARD_WORD": r"(?<!\w)(?:" + (_alternation(list(cards)) if cards else r"(?!)") + r")(?!\w)",
    }
    for name, items in (data.get("lexicon") or {}).items():
        expand[name] = _alternation([str(i) for i in items])
    return expand


def load_pack(lang: str, root: str | Path | None = None) -> Pack | None:
    """The compiled pack for ``lang``, or None when there is none."""
    return _load_pack(lang, packs_dir(root))


#: The modules whose code decides what a compiled pack holds (part of its cache key).
_COMPILER_SOURCES = ("packs.py", "packs_schema.py", "literals.py", "numbers.py")
#: The compiling code as this process loaded it, read once at import: the source on
#: disk may change under a running process (an upgrade), and a pack compiled by the
#: old code must not be stored under the new code's key.
_COMPILER_CODE = tuple(
    (Path(__file__).resolve().parent / name).read_bytes() for name in _COMPILER_SOURCES
)
_PACK_FIELDS = tuple(f.name for f in fields(Pack))


@functools.cache
def _load_pack(lang: str, root: Path) -> Pack | None:
    """The compiled pack, from the disk cache when its sources are unchanged.

    Compiling takes ~0.5 s a language, so the result is kept in the disk cache
    (:mod:`newsscores.cache`) under a hash of the pack's and ``common``'s YAML files
    and of the compiling code: a process loads the regexes already compiled (the
    ``regex`` module pickles their compiled code), and any change recompiles.
    """
    folder = root / lang
    if lang == _COMMON or lang not in _langs(root):
        return None
    # what a pack borrows depends on the languages beside it, so they are in the key too
    parts: list[bytes | str] = [lang, regex.__version__, ",".join(sorted(_langs(root)))]
    for path in sorted([*folder.glob("*.yaml"), *(root / _COMMON).glob("*.yaml")]):
        parts += [str(path.relative_to(root)), path.read_bytes()]
    parts += list(_COMPILER_CODE)
    key = cache.cache_key(*parts)
    cached = cache.load(f"pack-{lang}", key)
    # a pickle of another version of Pack loads without the fields it lacks
    if (
        isinstance(cached, Pack)
        and cached.lang == lang
        and all(hasattr(cached, name) for name in _PACK_FIELDS)
    ):
        # the same sources may lie in another folder: borrowing reads from this one
        return replace(cached, root=root)
    pack = _compile_pack(lang, root)
    cache.store(f"pack-{lang}", key, pack)
    return pack


def _compile_pack(lang: str, root: Path) -> Pack:
    """Read, check and compile the pack of ``lang`` under ``root``."""
    folder = root / lang
    data = _read_folder(folder)
    ids = [spec["id"] for spec in data.get("patterns") or []]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise PackError(str(folder), None, "patterns", f"pattern ids used twice: {twice}")
    expand = _expansions(data)
    base: dict[str, str] = dict(_load_common(root).get("base") or {})
    clash = sorted(set(base) & set(expand))
    if clash:
        raise PackError(str(folder), None, "lexicon", f"names common/base.yaml defines: {clash}")
    words_map = _ordinal_words(data)
    words_map.update({fold(k): int(v) for k, v in (data.get("cardinals") or {}).items()})

    patterns = []
    for i, spec in enumerate(data.get("patterns") or []):
        source = _with_base(spec["re"], base)
        where = f"{folder / 'patterns.yaml'}: patterns[{i}] (id {spec['id']})"
        compiled = _compile(source, where, expand)
        if spec.get("prev_kind") and "prev" not in compiled.groupindex:
            raise PackError(where, None, "prev_kind", "needs a (?P<prev>...) group in re")
        patterns.append(
            Pattern(
                id=f"{lang}.{spec['id']}",
                kind=spec["kind"],
                regex=compiled,
                literals=required_literals(compiled.pattern),
                literal_sets=required_literal_sets(compiled.pattern),
                value=spec.get("value"),
                sign=float(spec.get("sign", 1)),
                link=spec.get("link", "auto"),
                prev_kind=spec.get("prev_kind"),
                percent=bool(spec.get("percent", False)),
                restated=bool(spec.get("restated", False)),
                series=bool(spec.get("series", False)),
                shared=bool(spec.get("shared", False)),
                needs_number=any(f"{{{p}}}" in source for p in ("NUM", "INT", "ORD", "CARD")),
            )
        )

    cues: dict[str, dict[str, regex.Pattern[str]]] = {}
    for utype, sides in (data.get("unit_cues") or {}).items():
        cues[utype] = {}
        if sides.get("before"):
            alt = _alternation(sides["before"])
            cues[utype]["before"] = _compile(r"(?:^|[^\w])" + alt + r"\s+$", lang, expand)
            cues[utype]["find_before"] = _compile(r"(?<!\w)" + alt + r"\s+(?=\w)", lang, expand)
        if sides.get("after"):
            alt = _alternation(sides["after"])
            cues[utype]["after"] = _compile(r"^(?:\s+|\s*-\s*)" + alt + r"(?!\w)", lang, expand)
            cues[utype]["find_after"] = _compile(
                r"(?<=\w)(?:\s+|\s*-\s*)" + alt + r"(?!\w)", lang, expand
            )

    departments = []
    for slug, forms in (data.get("departments") or {}).items():
        for form in forms:
            departments.append((_compile(r"(?<!\w)" + form + r"(?!\w)", lang, expand), slug, False))
    for slug, forms in (data.get("ministries") or {}).items():
        for form in forms:
            departments.append((_compile(r"(?<!\w)" + form + r"(?!\w)", lang, expand), slug, True))

    metric_names = []
    for family, comps in (data.get("metrics") or {}).items():
        for comp, forms in comps.items():
            for form in forms:
                rx = _compile(r"(?<!\w)" + form + r"(?!\w)", lang, expand)
                metric_names.append((rx, family, None if comp == "_index" else comp))

    def words(
        key: str, before: str, after: str, extra: str | None = None
    ) -> regex.Pattern[str] | None:
        """The word list ``key`` (plus ``extra``'s) as one alternation between two regexes."""
        items = list(data.get(key) or []) + list(data.get(extra) or [] if extra else [])
        return _compile(before + _alternation(items) + after, lang, expand) if items else None

    def each_word(key: str) -> list[regex.Pattern[str]]:
        """Each form of the word list ``key`` as a pattern of its own, on word bounds."""
        return [_compile(r"(?<!\w)" + f + r"(?!\w)", lang, expand) for f in data.get(key) or []]

    joiners = list(data.get("list_joiners") or ["and"])
    return Pack(
        lang=lang,
        decimal=data.get("decimal", ","),
        percent_word=words("percent_words", r"(?<=\d[ \t]?)(?:", r")(?!\w)"),
        words=words_map,
        patterns=patterns,
        unit_cues=cues,
        departments=departments,
        ministry_noun=words("ministry_nouns", "", r"(?!\w)"),
        national_possessive=words("national_possessives", r"(?<!\w)", r"\s+$"),
        ministry_context=words("ministry_contexts", r"(?<!\w)", r"(?!\w)"),
        localities=each_word("localities"),
        national=each_word("national"),
        demonstratives=[
            (_compile(r"(?<!\w)" + form + r"(?!\w)", lang, expand), level)
            for level, forms in [
                ("region", data.get("regional") or []),
                *(data.get("demonstratives") or {}).items(),
            ]
            for form in forms
        ],
        regions=[
            (_compile(r"(?<!\w)" + form + r"(?!\w)", lang, expand), f"{REGION_PREFIX}{slug}")
            for slug, forms in (data.get("regions") or {}).items()
            for form in forms
        ],
        capital=each_word("capital"),
        metric_names=metric_names,
        # whole words only ("mais", not the end of "jamais"; ", men", not ", mens")
        clause_breaks=words("clause_breaks", r"(?:(?<!\w)(?=\w)|(?=[^\w]))", r"(?!\w)"),
        local_departments=words("local_departments", r"(?<!\w)", r"(?!\w)"),
        average_groups=words("average_groups", r"(?<!\w)", r"(?!\w)"),
        each=words("each", r"(?<!\w)", r"(?!\w)"),
        # the gap from a figure to its owner: its points word, a comma, these words
        owner_after=words("owner_after", r"^\s*(?:[\w%]+\s*)?,?\s*(?:", r")\s+(?:\w+\s+){0,2}$"),
        same_score=words("same_score", r"^\s*(?:[\w%]+\s*)?,?\s*(?:", r")\s+(?:[\w']+\s+){0,2}$"),
        metric_anaphor=words("metric_anaphors", r"(?<!\w)", r"(?!\w)"),
        index_anaphor=words("index_anaphors", r"(?<!\w)", r"(?!\w)"),
        province_anaphor=words(
            "province_anaphors", r"^[^\w]*(?:" + OPENING_PHRASE + r")?", r"(?!\w)"
        ),
        province_noun=words("province_anaphors", r"(?<!\w)", r"(?!\w)"),
        # "Elle ...", or after a short opening phrase: "Dans le détail, elle ..."
        pronoun=words("pronouns", r"^[^\w]*(?:" + OPENING_PHRASE + r")?", r"(?!\w)"),
        group_pronoun=words("group_pronouns", r"^[^\w]*", r"(?!\w)"),
        described=words("articles", r"(?<=\s)(?:", r")\s+(?:[\w-]+\s+){0,2}$"),
        list_member=words("articles", r",\s*(?:(?:", r")\s+)?") or _LIST_MEMBER,
        # "1. l'Académie ...": an elided article runs into the name
        item_opening=words("articles", ITEM_SEPARATORS + r"(?:(?:", r")(?:\s+|(?<=['’])))?")
        or _ITEM_OPENING,
        component_anaphor=words("component_anaphors", r"^[^\w]*", r"(?!\w)"),
        components_named=words("component_anaphors", r"(?<!\w)", r"(?!\w)"),
        joiner_word=_compile(r"(?<!\w)" + _alternation(joiners) + r"(?!\w)", lang, expand),
        list_joiners=_compile(
            # ", and", ", au": a comma may come before a joiner word; a joiner that
            # starts with a comma (", the") may start the gap
            r"^(?:\s*,\s*|\s*,?\s*(?<![^\s,])" + _alternation(joiners) + r"(?:\s+|(?<=')))$",
            lang,
            expand,
        ),
        number_trigger=regex.compile(
            r"\d|(?<!\w)(?:"
            + "|".join(sorted(map(regex.escape, words_map), key=len, reverse=True))
            + r")(?!\w)"
        )
        if words_map
        else regex.compile(r"\d"),
        respectively=words("respectively", r"(?<!\w)", r"(?!\w)"),
        # "pour l'économie": an elided article runs into the metric's name
        metric_after=words("metric_after", r"^[\s,]*", r"(?:\s+|(?<='))$"),
        leading_with=words("leading_with", r"^[^\w]*", r"\s+(?:[\w'’-]+\s+){0,5}?$"),
        # "29e sur 63 au PGI avec 25,24 points": a place, its field, up to three words
        score_joiner=words(
            "leading_with",
            r"\s*(?:(?:[^\s\d.,;:]+\s+|/)\d+\s*)?,?\s*(?:[^\s\d.,;:]+\s+){0,3}?",
            r"\s+",
        ),
        off_topic=words("off_topic", r"(?<!\w)", r"(?!\w)"),
        alongside=words("alongside", r"(?<!\w)", r"(?!\w)"),
        contrasted=words("contrasted", r"(?<!\w)", CONTRASTED_GAP),
        place_word=words("locative", r"^\s*(?:\([^()]*\)\s*)?", r"\s+$"),
        locative=words("locative", r"^\s*,?\s*(?:", r"\s+)?$"),
        place_word_after=words("locative", r"(?<!\w)", r"\s+$"),
        # ... closed by a comma that is no decimal comma ("là Quảng Ninh với 47,87 điểm"),
        # before any colon ("Vietnam, le message est clair : Da Nang, avec ses 87,14 %")
        insertion=words(
            "relative",
            r",\s*",
            r"(?!\w)(?:(?!(?<!\d)[.!?]\s)(?:[^,;:()\n]|(?<=\d),(?=\d)))*,(?!(?<=\d,)\d)",
            extra="apposition",
        ),
        # "Hai Phong, which ...", "Thừa Thiên Huế – địa phương xếp thứ 6": after a comma or a dash
        # (a decimal comma is no clause break: "địa phương đạt 25,24 điểm và đứng thứ 29")
        relative=words(
            "relative", r"^\s*[,–—-]?\s*", r"(?!\w)(?:[^,;()]|(?<=\d),(?=\d))*$", extra="apposition"
        ),
        object_markers=words("object_markers", r"(?:^|[^\w])", r"\s+(?:[\w-]+\s+)?$"),
        venue_markers=words("venues", r"(?:^|[^\w])", r"\s+(?:[\w-]+\s+)?$"),
        # "the Ministry of Information and Communications (MIC) said": after its acronym
        publisher_verbs=words("publisher_verbs", r"\s*(?:\([^()\n]{1,12}\)\s*)?,?\s*", r"(?!\w)"),
        excluded_after=words("excluded_after", EXCLUDED_GAP, r"(?!\w)"),
        region_scope=words("region_scope", r"(?:^|[^\w])", r"\s+$"),
        borrow=dict(data.get("borrow") or {}),
        not_names=frozenset(fold(w) for w in data.get("not_names") or []),
        unit_heads=words("unit_heads", r"(?<!\w)", r"\s+$"),
        # on the same line as the name (no "$": it also matches before a closing newline)
        landmark_before=words("landmark_before", r"(?<!\w)", r"[ \t]*(?!.|\n)"),
        landmark_after=words("landmark_after", r"[\s-]*", r"(?!\w)"),
        name_joiners=tuple(fold(w) for w in data.get("name_joiners") or []),
        name_of=tuple(fold(w) for w in data.get("name_of") or []),
        abbreviations=tuple(regex.escape(fold(w)) for w in data.get("abbreviations") or []),
        periods=dict(data.get("periods") or {}),
        word_lists={k: tuple(data.get(k) or ()) for k in WORD_LIST_KEYS},
        root=root,
    )
