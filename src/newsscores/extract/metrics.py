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

from .numbers import fold
from .packs import Pack, load_common

__all__ = ["MetricMention", "find_metrics", "MetricResolver"]


@dataclass(frozen=True)
class MetricMention:
    """A metric named in the text: its family (``any`` = the current one) and component."""

    start: int
    end: int
    family: str
    component: str | None  # None: the index as a whole


def find_metrics(folded: str, pack: Pack) -> list[MetricMention]:
    """Every longest non-overlapping metric name in ``folded``."""
    found: list[MetricMention] = []
    for rx, family, comp in pack.metric_names:
        for m in rx.finditer(folded):
            found.append(MetricMention(m.start(), m.end(), family, comp))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[MetricMention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _coordinated(
    folded: str, a: MetricMention, b: MetricMention, joiners: regex.Pattern[str] | None
) -> bool:
    """Whether index ``b`` is named in a list right after ``a`` ("the PAR Index (…) and
    the satisfaction index SIPAS"): brackets and one describing word may stand between."""
    if joiners is None:
        return False
    gap = regex.sub(r"[()]", " ", folded[a.end : b.start])
    return bool(joiners.match(gap) or joiners.match(regex.sub(r"\S+\s*$", "", gap)))


class MetricResolver:
    """Resolves metric mentions to SCHEMA.md keys, tracking the current index family."""

    def __init__(
        self, mentions: list[MetricMention], text: str, joiners: regex.Pattern[str] | None = None
    ) -> None:
        self.indices: dict[str, Any] = load_common().get("indices", {})
        self.mentions = mentions
        named = [m for m in mentions if m.component is None and m.family in self.indices]
        # "the PAR Index and SIPAS": an index coordinated after another does not switch to it
        folded = fold(text)
        self.index_mentions = [
            m
            for i, m in enumerate(named)
            if not (i and _coordinated(folded, named[i - 1], m, joiners))
        ]
        opening = [m for m in self.index_mentions if m.start < min(600, len(text))]
        self.default_family = opening[0].family if opening else "service"
        self.text = text

    @property
    def scope(self) -> str:
        """``national`` or ``provincial``: how the article's main index ranks units."""
        return self.scope_of(self.default_family)

    def scope_of(self, family: str) -> str:
        """``national`` or ``provincial``: how an index ranks units."""
        return str(self.indices.get(family, {}).get("scope", "provincial"))

    def family_at(self, pos: int) -> str:
        """The index family in force at ``pos``: the last index named before it in its
        paragraph, else the article's main index (the first one named in its opening)."""
        paragraph_start = self.text.rfind("\n", 0, pos) + 1
        family = self.default_family
        for m in self.index_mentions:
            if m.start > pos:
                break
            if m.start >= paragraph_start:
                family = m.family
        return family

    def values(self, family: str) -> str:
        """``points`` or ``percent``."""
        return str(self.indices.get(family, {}).get("values", "points"))

    def key(self, mention: MetricMention | None, pos: int) -> str:
        """The metric key of ``mention`` (None: the index in force at ``pos``)."""
        if mention is not None and mention.component == "average":
            return "average"
        family = self.family_at(pos)
        if mention is not None and mention.family in self.indices:
            family = mention.family
        spec = self.indices.get(family, {})
        base = str(spec.get("metric", family))
        comp = mention.component if mention is not None else None
        comp = (spec.get("aliases") or {}).get(comp, comp)
        if comp in (None, "total", "_index"):
            return base
        if spec.get("component_keys") == "bare":
            return str(comp) if comp in (spec.get("max") or {}) else base
        return f"{base}_{comp}"

    def maximum(self, key: str) -> float | None:
        """The stated maximum of a weekly-index component, if the key is one."""
        for spec in self.indices.values():
            if key in (spec.get("max") or {}):
                return float(spec["max"][key])
        return None
