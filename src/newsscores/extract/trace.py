"""The trace of an extraction: what became of every number, and why.

Each :class:`Decision` names the rule that claimed a number (a fact pattern or a
veto), the unit candidates of its sentence and the named linking rule that chose one,
the index in force and the metric rule. ``newsscores explain`` prints them sentence by
sentence, so a wrong fact points at the one rule to change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..models import Fact

__all__ = ["Decision", "Extraction", "Outcome", "render_text", "as_dict"]

#: What became of a number: a fact; claimed by a veto; matched by a fact pattern but
#: dropped (no unit, off-topic, out of range); matched by no pattern at all.
Outcome = Literal["fact", "veto", "dropped", "unclaimed"]


@dataclass(frozen=True)
class Decision:
    """One number (or cue word) of one sentence and what the engine made of it."""

    sentence: tuple[int, int]
    start: int
    end: int
    written: str
    outcome: Outcome
    rule: str  # pattern or veto id; "" when no pattern reached the number
    reason: str  # the veto's kind, the linking rule, or why it was dropped
    kind: str | None = None
    value: float | None = None
    units: tuple[str, ...] = ()  # the unit keys it was given
    candidates: tuple[str, ...] = ()  # the unit keys named in its sentence
    index: str | None = None  # the index family in force at the number
    metric: str | None = None
    metric_rule: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Facts of one text, the article-level status, and the trace behind them."""

    facts: list[Fact]
    status: str  # "extracted", or why nothing was extracted ("no_index", "no_pack")
    indices: tuple[str, ...] = ()  # the governance indices the text names
    subject: str | None = None  # the unit the article is about
    decisions: list[Decision] = field(default_factory=list)


def as_dict(ex: Extraction, text: str) -> dict[str, object]:
    """A JSON-ready form of the trace, sentences in order."""
    sentences: dict[tuple[int, int], list[dict[str, object]]] = {}
    for d in ex.decisions:
        sentences.setdefault(d.sentence, []).append(
            {
                "start": d.start,
                "end": d.end,
                "written": d.written,
                "outcome": d.outcome,
                "rule": d.rule,
                "reason": d.reason,
                "kind": d.kind,
                "value": d.value,
                "units": list(d.units),
                "candidates": list(d.candidates),
                "index": d.index,
                "metric": d.metric,
                "metric_rule": d.metric_rule,
            }
        )
    return {
        "status": ex.status,
        "indices": list(ex.indices),
        "subject": ex.subject,
        "facts": len(ex.facts),
        "sentences": [
            {"start": s, "end": e, "text": text[s:e], "numbers": rows}
            for (s, e), rows in sorted(sentences.items())
        ],
    }


def _line(d: Decision) -> str:
    head = f"  {d.written!r:>12} -> {d.outcome:<9}"
    if d.outcome == "unclaimed":
        return f"{head} no pattern reached it"
    what = f"{d.kind} {d.value:g}" if d.kind and d.value is not None else (d.kind or "")
    parts = [f"{head} {what}", f"by {d.rule}"]
    if d.outcome == "veto":
        return f"{head} veto {d.reason} by {d.rule}"
    if d.units:
        parts.append(f"unit {','.join(d.units)} ({d.reason})")
    else:
        parts.append(f"({d.reason})")
    if d.metric:
        parts.append(f"metric {d.metric} ({d.metric_rule}, index {d.index})")
    if d.candidates:
        parts.append(f"candidates {','.join(d.candidates)}")
    return "  ".join(parts)


def render_text(ex: Extraction, text: str, width: int = 160) -> str:
    """The trace as text: the article's status, then each sentence with a number and
    one line per number: outcome, rule, unit and linking rule, metric and its rule."""
    lines = [
        f"status: {ex.status}; indices named: {', '.join(ex.indices) or 'none'}; "
        f"subject: {ex.subject or 'none'}; facts: {len(ex.facts)}"
    ]
    by_sentence: dict[tuple[int, int], list[Decision]] = {}
    for d in ex.decisions:
        by_sentence.setdefault(d.sentence, []).append(d)
    for (s, e), decisions in sorted(by_sentence.items()):
        sentence = " ".join(text[s:e].split())
        if len(sentence) > width:
            sentence = sentence[: width - 3] + "..."
        lines.append(f"\n[{s}-{e}] {sentence}")
        lines.extend(_line(d) for d in sorted(decisions, key=lambda d: d.start))
    return "\n".join(lines)
