"""Metrics: which index and component a figure is about.

Index names (``PCI``, ``Chỉ số PAPI``, ``indice PAR``) set the current index family;
component names (``transparency``, ``thanh toán trực tuyến``) are read within it, so
``transparency`` is ``transparency`` in the weekly service index and
``pci_transparency`` in a PCI article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from .literals import Prefilter, PrefilterCache, required_literal_sets
from .numbers import fold
from .packs import Pack, borrowed, load_common
from .units import sentence_around

__all__ = ["MetricMention", "find_metrics", "metric_names", "MetricResolver", "OPENING_CHARS"]

#: How much of an article counts as its opening (title and lead) for its main index.
OPENING_CHARS = 600
#: How far before an index's name a contrasting word is looked for ("unlike the ...").
CONTRAST_WINDOW = 60


@dataclass(frozen=True)
class MetricMention:
    """A metric named in the text: its family (``any`` = the current one) and component."""

    start: int
    end: int
    family: str
    component: str | None  # None: the index as a whole


#: the metric names of a pack and those it borrows, behind their required literals
#: (a text runs only the names whose words it contains: the same mentions)
_METRIC_NAMES: PrefilterCache[tuple[regex.Pattern[str], str, str | None]] = PrefilterCache(
    lambda name: required_literal_sets(name[0].pattern)
)


def metric_names(packs: tuple[Pack, ...]) -> Prefilter[tuple[regex.Pattern[str], str, str | None]]:
    """The metric names of ``packs`` behind their required literals."""
    return _METRIC_NAMES.get(packs, lambda: [n for p in packs for n in p.metric_names])


def find_metrics(folded: str, pack: Pack) -> list[MetricMention]:
    """Every longest non-overlapping metric name in ``folded``: the language's names,
    then those of the packs it borrows ``metrics`` from (machine translation leaves
    "direction and management" in English)."""
    found: list[MetricMention] = []
    names = metric_names(tuple(borrowed(pack, "metrics")))
    for rx, family, comp in names.runnable(folded):
        for m in rx.finditer(folded):
            found.append(MetricMention(m.start(), m.end(), family, comp))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[MetricMention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    # "this component", "chỉ số này": the component named last before it; "the latter
    # index", "ce dernier indice": the index named last before it (nearest in the text: an
    # anaphor resolved before is appended, not in order)
    for anaphor, is_index in ((pack.metric_anaphor, False), (pack.index_anaphor, True)):
        if anaphor is None:
            continue
        for a in anaphor.finditer(folded):
            named = max(
                (
                    m
                    for m in out
                    if m.end <= a.start()
                    and (m.component is None if is_index else m.component not in (None, "average"))
                ),
                key=lambda m: m.end,
                default=None,
            )
            if (
                named
                and not any(m.start < a.end() and a.start() < m.end for m in out)
                and not (not is_index and _index_named_between(out, named, a.start()))
            ):
                out.append(MetricMention(a.start(), a.end(), named.family, named.component))
        out.sort(key=lambda m: m.start)
    return out


def _index_named_between(mentions: list[MetricMention], named: MetricMention, pos: int) -> bool:
    """Whether another index is named after component ``named`` and before ``pos``: "here"
    after "Satisfaction ... In the PAPI survey, ..." speaks of the PAPI, not of the
    satisfaction component named before it."""
    return any(
        m.component is None and m.family != named.family and named.end <= m.start and m.end <= pos
        for m in mentions
    )


#: A sentence's end (not a decimal point).
_SENTENCE_BREAK = regex.compile(r"(?<!\d)[.!?]\s|\n")


#: A clause break or a decimal figure (not a year) between two index names: they are
#: no list of names.
_STATED_BETWEEN = regex.compile(r";|\d[.,]\d")
#: Parenthesised asides ("(PAR Index)", "(87.61)") inside a list of index names.
_PARENTHESES = regex.compile(r"\([^()]*\)")


def _coordinated(
    folded: str, a: MetricMention, b: MetricMention, joiners: regex.Pattern[str] | None
) -> bool:
    """Whether index ``b`` is named in a list after ``a`` in one sentence ("the PAR Index
    (...) and the index of satisfaction with public services (SIPAS)"): a joining word
    stands between them, and no sentence or clause ends there nor a decimal figure stands
    there outside parentheses ("PCI reached 69.03 points and ranked 9th; SIPAS ...")."""
    if joiners is None:
        return False
    gap = folded[a.end : b.start]
    if _SENTENCE_BREAK.search(gap) or _STATED_BETWEEN.search(_PARENTHESES.sub("", gap)):
        return False
    # "PAR INDEX, SIPAS and DTI": a bare comma between two names lists them too
    return bool(joiners.search(gap)) or _PARENTHESES.sub("", gap).strip() == ","


def _paragraph_end(folded: str, pos: int) -> int:
    """Where the paragraph around ``pos`` ends."""
    end = folded.find("\n", pos)
    return len(folded) if end < 0 else end


class MetricResolver:
    """Resolves metric mentions to SCHEMA.md keys, tracking the current index family."""

    def __init__(
        self,
        mentions: list[MetricMention],
        text: str,
        joiners: regex.Pattern[str] | None = None,
        alongside: regex.Pattern[str] | None = None,
        contrasted: regex.Pattern[str] | None = None,
    ) -> None:
        self.indices: dict[str, Any] = load_common().get("indices", {})
        # the keys of the indices as wholes, and the component names some index takes as
        # its own while in force (`aliases`: SIPAS's "satisfaction")
        self.index_keys = frozenset(
            str(spec.get("metric", family)) for family, spec in self.indices.items()
        )
        self.shared_components = frozenset(
            c for spec in self.indices.values() for c in spec.get("aliases") or {}
        )
        self.mentions = mentions
        folded = fold(text)
        # "Unlike the business-focused PCI, it measures ...": an index set against the one
        # in force puts nothing in force
        named = [
            m
            for m in mentions
            if m.component is None
            and m.family in self.indices
            and not (
                contrasted is not None
                and contrasted.search(folded, max(0, m.start - CONTRAST_WINDOW), m.start)
            )
        ]
        # "the PAR Index and SIPAS": an index coordinated after another does not switch to it
        self.index_mentions: list[MetricMention] = []
        listed = False
        for i, m in enumerate(named):
            # the same index named again in its sentence ("... satisfaction index
            # (SIPAS)") keeps the status of its first name; in a later sentence, it is in
            # force
            again = (
                i > 0
                and m.family == named[i - 1].family
                and not _SENTENCE_BREAK.search(folded, named[i - 1].end, m.start)
            )
            if not again:
                listed = bool(i) and _coordinated(folded, named[i - 1], m, joiners)
            if not listed:
                self.index_mentions.append(m)
        # where each index name stops being in force: "At the same time, the PGI was
        # also released." names an index beside the one in force, for its paragraph only
        self.in_force_until = {
            id(m): _paragraph_end(folded, m.start)
            for m in self.index_mentions
            if alongside is not None
            and alongside.search(folded, *sentence_around(folded, m.start, m.end))
        }
        # the article's main index: the first named in its opening, else the one it
        # names most; "service" only for a text that names none (a sentence, a claim)
        opening = [m for m in self.index_mentions if m.start < min(OPENING_CHARS, len(text))]
        counts: dict[str, int] = {}
        for m in self.index_mentions:
            counts[m.family] = counts.get(m.family, 0) + 1
        if opening:
            self.default_family = opening[0].family
        elif counts:
            self.default_family = max(counts, key=lambda f: counts[f])
        else:
            self.default_family = "service"

    @property
    def scope(self) -> str:
        """``national`` or ``provincial``: how the article's main index ranks units."""
        return self.scope_of(self.default_family)

    def scope_of(self, family: str) -> str:
        """``national`` or ``provincial``: how an index ranks units."""
        return str(self.indices.get(family, {}).get("scope", "provincial"))

    def family_at(self, pos: int) -> str:
        """The index family in force at ``pos``: the last index named before it (an
        index listed after another does not count), else the article's main index."""
        family = self.default_family
        for m in self.index_mentions:
            if m.start > pos:
                break
            if pos < self.in_force_until.get(id(m), pos + 1):
                family = m.family
        return family

    def values(self, family: str) -> str:
        """``points`` or ``percent``."""
        return str(self.indices.get(family, {}).get("values", "points"))

    def family_of(self, mention: MetricMention | None, pos: int) -> str:
        """The index family a figure at ``pos`` named by ``mention`` belongs to: the
        mention's own index when it names one ("86.72 per cent on the SIPAS" after a PCI
        paragraph is a SIPAS figure), else the index in force; and the index in force when
        it takes the mention's component as one of its own ("procédures administratives"
        in a PAPI paragraph)."""
        if mention is None or mention.family not in self.indices:
            return self.family_at(pos)
        if mention.component in self.shared_components:
            here = self.family_at(pos)
            if mention.component in (self.indices.get(here, {}).get("aliases") or {}):
                return here
        return mention.family

    def key(self, mention: MetricMention | None, pos: int) -> str:
        """The metric key of ``mention`` (None: the index in force at ``pos``)."""
        if mention is not None and mention.component == "average":
            return "average"
        family = self.family_of(mention, pos)
        spec = self.indices.get(family, {})
        base = str(spec.get("metric", family))
        comp = mention.component if mention is not None else None
        comp = (spec.get("aliases") or {}).get(comp, comp)
        if comp in (None, "total", "_index"):
            return base
        if spec.get("component_keys") == "bare":
            return str(comp) if comp in (spec.get("max") or {}) else base
        return f"{base}_{comp}"

    def is_index(self, key: str | None) -> bool:
        """Whether metric ``key`` is an index as a whole (``sipas``), not a component."""
        return key in self.index_keys

    def below_province(self, family: str) -> bool:
        """Whether the index scores only units below the province (DDCI)."""
        return bool(self.indices.get(family, {}).get("below_province", False))

    def main_metric(self) -> str:
        """The metric key of the article's main index as a whole."""
        return str(self.indices.get(self.default_family, {}).get("metric", self.default_family))

    def percent_changes(self, family: str) -> bool:
        """Whether the index states its changes in per cent (``up 4.05%`` is a change)."""
        return bool(self.indices.get(family, {}).get("percent_changes", False))

    def maxima(self, key: str) -> tuple[float, ...]:
        """The maxima a weekly-index component is stated out of (one per version of the
        index: online public services were out of 12, then of 22 with online payment
        folded in), or none if the key is no such component."""
        for spec in self.indices.values():
            stated = (spec.get("max") or {}).get(key)
            if stated is not None:
                return tuple(float(v) for v in (stated if isinstance(stated, list) else [stated]))
        return ()
