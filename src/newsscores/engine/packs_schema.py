"""The rule-pack schema: what each ``extractors/<lang>/*.yaml`` file may hold.

Every file is read through a pydantic model with ``extra="forbid"``, so a misspelt
key (``list_joinerz``), an unknown option (``lnk: after``) or kind (``kind: scroe``)
stops the load with one :class:`~newsscores.errors.PackError` naming the file, the
line (from the YAML node marks) and the key. Fact kinds and veto kinds are separate
``Literal`` sets: a kind is one or the other, never "anything else is a veto".
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    ValidationError,
    model_validator,
)

from ..errors import PackError

__all__ = [
    "FACT_KINDS",
    "VETO_KINDS",
    "FactKind",
    "VetoKind",
    "PatternSpec",
    "LANG_FILES",
    "COMMON_FILES",
    "ExamplesFile",
    "read_pack_file",
    "read_examples",
]

#: Kinds whose matches become facts.
FactKind = Literal["score", "change", "rank", "streak"]
#: Kinds whose matches claim a number so that no later rule makes it a fact.
VetoKind = Literal[
    "award",
    "biggest_move",
    "component_best",
    "count",
    "date",
    "descriptor",
    "gap",
    "group",
    "hypothetical",
    "occasion",
    "order",
    "penalty",
    "percent",
    "percent_change",
    "range",
    "rank_change",
    "rate",
    "reference",
    "target",
    "threshold",
]
Kind = Literal[FactKind, VetoKind]
FACT_KINDS: frozenset[str] = frozenset(get_args(FactKind))
VETO_KINDS: frozenset[str] = frozenset(get_args(VetoKind))

#: Unit types a cue may give (``TYPE_PREFIX`` in units.py, plus ``province``).
UnitType = Literal[
    "province",
    "ward",
    "commune",
    "special_zone",
    "district",
    "town",
    "township",
    "urban_district",
    "city_district",
    "ward_or_district",
]
#: Pack keys another language's pack may be read for (see ``borrow``).
BorrowKey = Literal[
    "unit_cues",
    "departments",
    "metrics",
    "not_names",
    "name_joiners",
    "name_of",
    "abbreviations",
]
PeriodType = Literal[
    "week_range",
    "week_ending",
    "as_of",
    "week_of_month",
    "last_week_of_month",
    "relative_last_week",
    "year",
    "month",
    "in_month",
]

Words = list[StrictStr]
Slug = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
Component = Annotated[str, Field(pattern=r"^_?[a-z][a-z0-9_]*$")]
Placeholder = Annotated[str, Field(pattern=r"^[A-Z][A-Z_]*$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PatternSpec(_Strict):
    """One rule of ``patterns.yaml``."""

    id: Slug
    kind: Kind
    re: StrictStr
    #: the value of a cue without a number ("topped" is rank 1)
    value: float | None = None
    #: the direction of a change (an explicit +/- in the number wins)
    sign: Literal[1, -1] = 1
    #: where the unit is: ``auto`` (the clause's subject), ``after`` the cue, ``next``
    #: (the unit right after the cue, else nobody)
    link: Literal["auto", "after", "next"] = "auto"
    #: the kind of the ``prev`` group (an earlier value of the same move)
    prev_kind: FactKind | None = None
    #: a percentage score (kept only in percent indices)
    percent: bool = False
    #: a percentage restating the points before it: with ``percent``, a fact only as a
    #: percent index's own score (SIPAS "9,12 điểm, chiếm tỷ lệ 91,17%"), never as a
    #: component's share of its maximum ("10,85 điểm, tương đương 83,5%")
    restated: bool = False
    #: "the top three positions" are ranks 1, 2, 3
    series: bool = False
    #: a plural word of place ("se classent premiers"): each coordinated unit holds it
    shared: bool = False

    @model_validator(mode="after")
    def _coherent(self) -> PatternSpec:
        is_fact = self.kind in FACT_KINDS
        if not is_fact and (
            self.value is not None or self.prev_kind or self.series or self.percent
        ):
            raise ValueError(
                f"veto kind {self.kind!r} takes no value, prev_kind, series or percent"
            )
        if self.restated and not self.percent:
            raise ValueError("restated needs percent: true")
        # (a base pattern's group is checked once the base is expanded, in packs.py)
        if self.prev_kind is not None and "(?P<prev>" not in self.re and "{" not in self.re:
            raise ValueError("prev_kind needs a (?P<prev>...) group in re")
        if (self.series or self.shared) and self.kind != "rank":
            raise ValueError("series and shared apply to rank patterns only")
        if self.sign != 1 and self.kind != "change":
            raise ValueError("sign applies to change patterns only")
        return self


class PatternsFile(_Strict):
    """``patterns.yaml``: the rules, in the order they are tried, and their word lists."""

    lexicon: dict[Placeholder, list[StrictStr | StrictInt]] = {}
    patterns: list[PatternSpec] = []


class NumbersFile(_Strict):
    """``numbers.yaml``: how numbers and ordinals are written."""

    decimal: Literal[".", ","] = ","
    ordinal_regex: StrictStr = r"\d+"
    ordinals: dict[StrictStr, int] = {}
    cardinals: dict[StrictStr, int] = {}
    percent_words: Words = []
    ordinal_compounds: Words = []


class CueSides(_Strict):
    """Type words written before and after a unit's name."""

    before: Words = []
    after: Words = []


class UnitsFile(_Strict):
    """``units.yaml``: how the language names units and links them to figures."""

    #: word lists its names share ("{DEPT} for justis"), as under ``patterns.yaml``'s
    lexicon: dict[Placeholder, list[StrictStr | StrictInt]] = {}
    unit_cues: dict[UnitType, CueSides] = {}
    departments: dict[Slug, Words] = {}
    ministries: dict[Slug, Words] = {}
    #: phrases naming the region named before them ("l'ICP régional")
    regional: Words = []
    #: "Bộ này", "this ministry": the last unit of that level named before, by level
    demonstratives: dict[Literal["ministry", "dept", "province"], Words] = {}
    #: regions of several provinces ("the Mekong Delta"), keyed other/<slug> (SCHEMA.md)
    regions: dict[Slug, Words] = {}
    list_joiners: Words = []
    #: words that join two names under one type cue ("xã A và B", "communes de A et de B")
    name_joiners: Words = []
    clause_breaks: Words = []
    relative: Words = []
    apposition: Words = []
    object_markers: Words = []
    #: where an event was held or a ranking made public, right before a unit ("at a
    #: seminar in Vinh Long"): a place, not who is ranked, nor compared with anyone
    venues: Words = []
    #: verbs right after a ministry or department that make it who published the
    #: ranking ("dont le ministère de l'Intérieur vient de dévoiler les résultats")
    publisher_verbs: Words = []
    #: verbs after units that leave them out of the ranking ("Binh Duong and Quang Ninh were
    #: not included"): no subject of a figure, nor of "the province" after them
    excluded_after: Words = []
    region_scope: Words = []
    national: Words = []
    #: phrases naming every unit an index ranks ("des localités"): the country in a
    #: national index, the article's province in a provincial one (DDCI, weekly index)
    localities: Words = []
    #: the noun a department's name opens with when it is a ministry's ("ministère"; MT
    #: also writes it for a province's department): a ministry in a national index
    ministry_nouns: Words = []
    #: the country as a department's possessor ("Vietnams", "Vietnam's"): the ministry
    national_possessives: Words = []
    #: the ministries as the group a department is ranked in ("departementer og etater"):
    #: in a national index, such a department with no owner named is the ministry
    ministry_contexts: Words = []
    respectively: Words = []
    metric_after: Words = []
    #: a sentence opening with one of these and a figure ("With 14.23 points, the civil
    #: service component ..."): the figure is the metric's named next
    leading_with: Words = []
    locative: Words = []
    pronouns: Words = []
    group_pronouns: Words = []
    #: articles before words describing a unit named with its type ("and the
    #: northern province of Quang Ninh")
    articles: Words = []
    component_anaphors: Words = []
    local_departments: Words = []
    #: words naming the units a province's average is taken over ("departments",
    #: "district-level", "cấp sở"): without one, a province's "average value" is its score
    average_groups: Words = []
    capital: Words = []
    each: Words = []
    #: words between a figure and the unit that holds it ("98.63 points, belonging to
    #: the Department of ...", MT of "thuộc về")
    owner_after: Words = []
    #: words between a figure and a second unit that holds it too ("90,02 %, soit le même
    #: score que le Bureau du Comité populaire", "tied with")
    same_score: Words = []
    metric_anaphors: Words = []
    #: "the latter index", "ce dernier indice": the index named last before them
    index_anaphors: Words = []
    province_anaphors: Words = []
    #: words that tie a type cue to a name ("communes de A", "wards of A")
    name_of: Words = []
    #: capitalised words that never start a unit's name ("The", "Le", "Det")
    not_names: Words = []
    #: a unit's governing body before its name ("UBND", "the People's Committee of")
    unit_heads: Words = []
    #: a landmark's noun before a place name ("vịnh Hạ Long", "la baie d'Ha Long") or
    #: after it ("Ha Long Bay", "Ha Long-bukta"): the landmark, not the unit
    landmark_before: Words = []
    landmark_after: Words = []


class MetricsFile(_Strict):
    """``metrics.yaml``: index and component names by family."""

    metrics: dict[Slug, dict[Component, Words]] = {}
    #: a clause naming one of these and no index is on another topic: no facts
    off_topic: Words = []
    #: a sentence presenting an index as published beside the one in force ("At the same
    #: time the PGI was also released"): that index governs its own paragraph only
    alongside: Words = []
    #: words before an index's name that set it against the one in force ("Unlike the
    #: business-focused PCI, it measures ..."): that name puts no index in force
    contrasted: Words = []


class TextFile(_Strict):
    """``text.yaml``: how the language's pages are written around the article."""

    #: abbreviations whose period ends no sentence ("No. 1", "bl.a.")
    abbreviations: Words = []
    #: a last line ``<word>: URL`` names the source ("Source:", "Nguồn:")
    source_labels: Words = []
    #: comment counters at the end of a saved page ("Comments (0)")
    comment_labels: Words = []


class PeriodPattern(_Strict):
    """One period expression (``{MONTH}``, ``{ORD}``, ``{D}``, ``{M}``, ``{Y}`` placeholders)."""

    type: PeriodType
    re: StrictStr


class PeriodsSpec(_Strict):
    """How the language states the period a figure refers to (see periods.py)."""

    months: dict[StrictStr, int] = {}
    ordinals: dict[StrictStr, int] = {}
    excluded_before: Words = []
    #: articles that may stand between an excluding word and the period ("than the")
    articles: Words = []
    patterns: list[PeriodPattern] = []
    previous_before: Words = []
    previous_after: StrictStr = "(?!)"
    previous_strong: Words = []


class PeriodsFile(_Strict):
    """``periods.yaml``."""

    periods: PeriodsSpec


class CheckFile(_Strict):
    """``check.yaml``: words the consistency checks read around a figure."""

    #: "out of" in "17.86 out of 18"
    out_of: Words = []
    #: "points" after a figure
    points: Words = []
    #: "or", "equivalent to" before a restated percentage
    restatement: Words = []
    #: "per cent" after a figure
    percent: Words = []


class PackFile(_Strict):
    """``pack.yaml``: what the language reads from other packs, said openly.

    Machine translation leaves Vietnamese type words and English metric and
    department names in place, so a pack may read those keys of other packs
    (``"*"`` is every pack).
    """

    borrow: dict[BorrowKey, list[StrictStr]] = {}


class IndexSpec(_Strict):
    """An index newsscores knows (``common/indices.yaml``)."""

    metric: Slug
    scope: Literal["national", "provincial"]
    values: Literal["points", "percent"]
    component_keys: Literal["bare"] | None = None
    #: changes are stated in per cent ("up 4.05%" is a change fact)
    percent_changes: bool = False
    #: the index scores units below the province only (DDCI: departments and districts)
    below_province: bool = False
    #: a component's maximum, or its maxima over the index's versions
    max: dict[Slug, float | list[float]] = {}
    aliases: dict[Slug, StrictStr] = {}


class IndicesFile(_Strict):
    """``common/indices.yaml``."""

    indices: dict[Slug, IndexSpec]
    score_maxima: list[float] = []


class ProvincesFile(_Strict):
    """``common/provinces.yaml``: former provinces and other names of provinces."""

    former_provinces: dict[Slug, Words] = {}
    aliases: dict[Slug, Words] = {}
    #: a provincial department's national counterpart, when its name is read as a
    #: ministry's (the provinces' ethnic committees, the national Committee for Ethnic
    #: Minority Affairs): department slug -> ministry slug
    ministry_counterparts: dict[Slug, Slug] = {}


#: The files a language folder may hold, by stem (``examples.yaml`` is read apart).
LANG_FILES: dict[str, type[_Strict]] = {
    "patterns": PatternsFile,
    "numbers": NumbersFile,
    "units": UnitsFile,
    "metrics": MetricsFile,
    "periods": PeriodsFile,
    "text": TextFile,
    "check": CheckFile,
    "pack": PackFile,
}
class BaseFile(_Strict):
    """``common/base.yaml``: regexes every language's patterns use by name
    (``re: '{SCORE_MAX}'``); their placeholders (``{NUM}``, ``{PTS}``) are the language's."""

    base: dict[Placeholder, StrictStr] = {}


#: The files of ``extractors/common``.
COMMON_FILES: dict[str, type[_Strict]] = {
    "indices": IndicesFile,
    "provinces": ProvincesFile,
    "base": BaseFile,
}


class ExpectedFact(_Strict):
    """A fact an example sentence must give (unset fields are not checked)."""

    kind: FactKind
    value: float
    unit: StrictStr | None = None
    metric: StrictStr | None = None


class Example(_Strict):
    """A sentence and every fact the pattern must give on it; for a veto, what it
    claims (its number, or all it matched), of which no fact may come."""

    text: StrictStr
    facts: list[ExpectedFact] = []
    claims: StrictStr | None = None


class PatternExamples(_Strict):
    """A pattern's examples and its negative examples (sentences it must not fire on)."""

    examples: list[Example] = Field(min_length=1)
    not_: list[StrictStr] = Field(default=[], alias="not")


class ExamplesFile(_Strict):
    """``examples.yaml``: per pattern id, sentences and what they must give."""

    patterns: dict[Slug, PatternExamples] = {}


def _mark_line(root: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    """The 1-based line of the YAML node at ``loc`` (the deepest one that exists); for
    a key of a mapping, the key's own line (an unknown key's error points at it)."""
    if root is None:
        return None
    node, line = root, root.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = [(k, v) for k, v in node.value if k.value == str(part)]
            if not found:
                break
            line, node = found[0][0].start_mark.line + 1, found[0][1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _dotted(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _pattern_id(data: Any, loc: tuple[int | str, ...]) -> str:
    """`` (id: x)`` for an error inside ``patterns[i]``: the id says more than the index."""
    if len(loc) >= 2 and loc[0] == "patterns" and isinstance(loc[1], int):
        try:
            return f" (id {data['patterns'][loc[1]]['id']})"
        except (KeyError, IndexError, TypeError):
            return ""
    return ""


def _validate(path: Path, model: type[_Strict], text: str) -> _Strict:
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise PackError(str(path), line, "", f"invalid YAML: {exc}".replace("\n", " ")) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PackError(str(path), 1, "", "a pack file is a mapping of keys")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            allowed = ", ".join(_allowed_keys(model, loc[:-1]))
            msg = f"unknown key (allowed here: {allowed})"
        elif err["type"] == "string_type" and isinstance(err.get("input"), bool):
            msg = f"{err['input']!r} is not text: quote it (YAML reads yes/no/on/off as booleans)"
        elif loc and loc[-1] == "kind" and err["type"] == "literal_error":
            msg = (
                f"{err['input']!r} is neither a fact kind ({', '.join(sorted(FACT_KINDS))})"
                f" nor a veto kind ({', '.join(sorted(VETO_KINDS))})"
            )
        elif isinstance(err.get("input"), str | int | float | bool):
            msg = f"{err['input']!r}: {msg}"
        extra = f" (+{len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise PackError(
            str(path), _mark_line(root, loc), _dotted(loc) + _pattern_id(data, loc), msg + extra
        ) from None


def _allowed_keys(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """The field names of the (sub)model at ``loc``: the one-line hint of an unknown key."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(str(part)) if hasattr(current, "model_fields") else None
        if field is None:
            break
        ann = field.annotation
        for arg in (ann, *get_args(ann), *(a for x in get_args(ann) for a in get_args(x))):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                current = arg
                break
    fields = getattr(current, "model_fields", {})
    return sorted(f.alias or name for name, f in fields.items())


def read_pack_file(path: Path, common: bool = False) -> dict[str, Any]:
    """The validated content of one pack file, as plain data (unset keys left out)."""
    files = COMMON_FILES if common else LANG_FILES
    model = files.get(path.stem)
    if model is None:
        raise PackError(
            str(path), None, "", f"unknown pack file (expected one of: {', '.join(sorted(files))})"
        )
    validated = _validate(path, model, path.read_text(encoding="utf-8"))
    return validated.model_dump(exclude_unset=True, by_alias=True)


def read_examples(path: Path) -> ExamplesFile:
    """A language's ``examples.yaml``, validated."""
    result = _validate(path, ExamplesFile, path.read_text(encoding="utf-8"))
    assert isinstance(result, ExamplesFile)
    return result
