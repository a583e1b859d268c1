"""Rule packs: the language knowledge in ``extractors/<lang>/*.yaml``, loaded and compiled.

A pack is every YAML file of a language's folder merged by top-level key; the
``common`` folder holds what all languages share (indices, former provinces,
aliases). Patterns are written with their diacritics and ``{PLACEHOLDERS}`` and are
compiled against the diacritic-folded text (see :func:`numbers.fold`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import regex
import yaml

from .. import cache
from ..errors import ExtractionError
from .literals import required_literals
from .numbers import NUM_RE, fold

__all__ = ["Pack", "Pattern", "load_pack", "load_common", "packs_dir", "available_langs"]

_FORBIDDEN_ESCAPES = regex.compile(r"\\[DSWBPNAZG]")
_PLACEHOLDER = regex.compile(r"\{([A-Z_]+)\}")


def packs_dir() -> Path:
    """The ``extractors`` folder: inside the installed wheel, else the source tree's."""
    shipped = resources.files("newsscores") / "extractors"
    if shipped.is_dir():
        return Path(str(shipped))
    return Path(__file__).resolve().parents[3] / "extractors"


def available_langs() -> list[str]:
    """Languages that have a pack (every folder but ``common``)."""
    return sorted(p.name for p in packs_dir().iterdir() if p.is_dir() and p.name != "common")


def _read_folder(folder: Path) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ExtractionError(f"{path}: invalid YAML: {exc}") from exc
        for key, value in data.items():
            if key in merged and isinstance(value, dict):
                merged[key] = {**merged[key], **value}
            elif key in merged and isinstance(value, list):
                merged[key] = merged[key] + value
            else:
                merged[key] = value
    return merged


@functools.cache
def load_common() -> dict[str, Any]:
    """The data every language shares (``extractors/common``)."""
    return _read_folder(packs_dir() / "common")


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
    needs_number: bool = True
    series: bool = False
    #: every match contains one of these strings (None: unknown); a sentence with
    #: none of them skips the pattern (literals.required_literals)
    literals: frozenset[str] | None = None

    @property
    def is_fact(self) -> bool:
        """True when matches give facts; False for vetoes (thresholds, gaps, ...)."""
        return self.kind in ("score", "change", "rank", "streak")


@dataclass
class Pack:
    """A language's compiled rules and lexicons."""

    lang: str
    decimal: str
    words: dict[str, int]
    patterns: list[Pattern]
    unit_cues: dict[str, dict[str, regex.Pattern[str]]]
    departments: list[tuple[regex.Pattern[str], str, bool]]
    national: list[regex.Pattern[str]]
    metric_names: list[tuple[regex.Pattern[str], str, str | None]]
    clause_breaks: regex.Pattern[str] | None
    list_joiners: regex.Pattern[str]
    pronoun: regex.Pattern[str] | None
    province_anaphor: regex.Pattern[str] | None
    #: the same words anywhere in a clause: "the province achieved ..."
    province_noun: regex.Pattern[str] | None
    capital: list[regex.Pattern[str]]
    each: regex.Pattern[str] | None
    metric_anaphor: regex.Pattern[str] | None
    local_departments: regex.Pattern[str] | None
    joiner_word: regex.Pattern[str]
    object_markers: regex.Pattern[str] | None
    relative: regex.Pattern[str] | None
    insertion: regex.Pattern[str] | None
    locative: regex.Pattern[str] | None
    place_word: regex.Pattern[str] | None
    number_trigger: regex.Pattern[str]
    respectively: regex.Pattern[str] | None
    metric_after: regex.Pattern[str] | None
    #: words that put a clause on another topic (growth, exports, a club, an exam)
    off_topic: regex.Pattern[str] | None = None


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


def _expansions(data: dict[str, Any]) -> dict[str, str]:
    words = {fold(k): int(v) for k, v in (data.get("ordinals") or {}).items()}
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
    }
    for name, items in (data.get("lexicon") or {}).items():
        expand[name] = _alternation([str(i) for i in items])
    return expand


#: The modules whose code decides what a compiled pack holds (part of its cache key).
_COMPILER_SOURCES = ("packs.py", "literals.py", "numbers.py")


@functools.cache
def load_pack(lang: str) -> Pack | None:
    """The compiled pack for ``lang``, or None when there is none.

    Compiling takes ~0.5 s a language, so the result is kept in the disk cache
    (:mod:`newsscores.cache`) under a hash of the pack's YAML files and of the
    compiling code: a process loads the regexes already compiled (the ``regex``
    module pickles their compiled code), and any change to either recompiles.
    """
    folder = packs_dir() / lang
    if lang == "common" or not folder.is_dir():
        return None
    here = Path(__file__).resolve().parent
    parts: list[bytes | str] = [lang, regex.__version__]
    for path in sorted(folder.glob("*.yaml")):
        parts += [path.name, path.read_bytes()]
    parts += [(here / name).read_bytes() for name in _COMPILER_SOURCES]
    key = cache.cache_key(*parts)
    cached = cache.load(f"pack-{lang}", key)
    if isinstance(cached, Pack) and cached.lang == lang:
        return cached
    pack = _compile_pack(lang, folder)
    cache.store(f"pack-{lang}", key, pack)
    return pack


def _compile_pack(lang: str, folder: Path) -> Pack:
    """Read and compile the pack in ``folder`` (see :func:`load_pack`)."""
    data = _read_folder(folder)
    expand = _expansions(data)
    words_map = {fold(k): int(v) for k, v in (data.get("ordinals") or {}).items()}
    words_map.update({fold(k): int(v) for k, v in (data.get("cardinals") or {}).items()})

    patterns = []
    for i, spec in enumerate(data.get("patterns") or []):
        where = f"{lang}/patterns[{i}] {spec.get('id', '')}"
        if "re" not in spec or "kind" not in spec:
            raise ExtractionError(f"{where}: a pattern needs 're' and 'kind'")
        compiled = _compile(spec["re"], where, expand)
        patterns.append(
            Pattern(
                id=f"{lang}.{spec.get('id', i)}",
                kind=spec["kind"],
                regex=compiled,
                literals=required_literals(compiled.pattern),
                value=spec.get("value"),
                sign=float(spec.get("sign", 1)),
                link=spec.get("link", "auto"),
                prev_kind=spec.get("prev_kind"),
                percent=bool(spec.get("percent", False)),
                series=bool(spec.get("series", False)),
                needs_number=any(f"{{{p}}}" in spec["re"] for p in ("NUM", "INT", "ORD", "CARD")),
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

    joiners = list(data.get("list_joiners") or ["and"])
    return Pack(
        lang=lang,
        decimal=data.get("decimal", ","),
        words=words_map,
        patterns=patterns,
        unit_cues=cues,
        departments=departments,
        national=[
            _compile(r"(?<!\w)" + f + r"(?!\w)", lang, expand) for f in data.get("national") or []
        ],
        capital=[
            _compile(r"(?<!\w)" + f + r"(?!\w)", lang, expand) for f in data.get("capital") or []
        ],
        metric_names=metric_names,
        clause_breaks=words("clause_breaks", "", ""),
        local_departments=words("local_departments", r"(?<!\w)", r"(?!\w)"),
        each=words("each", r"(?<!\w)", r"(?!\w)"),
        metric_anaphor=words("metric_anaphors", r"(?<!\w)", r"(?!\w)"),
        province_anaphor=words("province_anaphors", r"^[^\w]*", r"(?!\w)"),
        province_noun=words("province_anaphors", r"(?<!\w)", r"(?!\w)"),
        pronoun=words("pronouns", r"^[^\w]*", r"(?!\w)"),
        joiner_word=_compile(r"(?<!\w)" + _alternation(joiners) + r"(?!\w)", lang, expand),
        list_joiners=_compile(
            r"^(?:\s*,\s*|\s+" + _alternation(joiners) + r"(?:\s+|(?<=')))$", lang, expand
        ),
        number_trigger=regex.compile(
            r"\d|(?<!\w)(?:"
            + "|".join(sorted(map(regex.escape, words_map), key=len, reverse=True))
            + r")(?!\w)"
        )
        if words_map
        else regex.compile(r"\d"),
        respectively=words("respectively", r"(?<!\w)", r"(?!\w)"),
        metric_after=words("metric_after", r"^[\s,]*", r"\s+$"),
        off_topic=words("off_topic", r"(?<!\w)", r"(?!\w)"),
        place_word=words("locative", r"^\s*(?:\([^()]*\)\s*)?", r"\s+$"),
        locative=words("locative", r"^\s*,?\s*(?:", r"\s+)?$"),
        insertion=words("relative", r",\s*", r"(?!\w)(?:(?!(?<!\d)[.!?]\s)[^,;()\n])*,"),
        relative=words("relative", r"^\s*,?\s*", r"(?!\w)[^,;()]*$", extra="apposition"),
        object_markers=words("object_markers", r"(?:^|[^\w])", r"\s+(?:[\w-]+\s+)?$"),
    )
