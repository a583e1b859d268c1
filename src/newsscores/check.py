"""``check``: statcheck for news figures.

Recompute what the stored facts imply and report every inconsistency with the
evidence on both sides. Each check is a function of a list of fact rows (see
:mod:`newsscores.evidence`) and a rounding tolerance, so it can be tested without a
database; :func:`check_db` runs them all on a database.

Two figures disagree when they differ by more than the tolerance plus the rounding
each of them may hide as written (``91,7`` may be 91.65 to 91.75). Figures whose
period is unknown are compared only with figures of the same article.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import regex
import sqlite_utils

from .evidence import FactRow, evidence, half_ulp, is_previous, load_facts, period_of, unit_group
from .settings import SETTINGS

__all__ = [
    "Finding",
    "CHECKS",
    "COMPONENT_MAX",
    "check_facts",
    "check_db",
    "components_sum",
    "score_above_max",
    "percent_restatement",
    "change_vs_scores",
    "rank_vs_scores",
    "conflicting_values",
    "streak_vs_ranks",
]

#: The six components of the weekly service index and their maxima (Decision 766).
COMPONENT_MAX: dict[str, float] = {
    "document_digitization": 22,
    "processing_progress": 20,
    "online_payment": 10,
    "satisfaction": 18,
    "transparency": 18,
    "online_public_services": 12,
}
_MAXIMA: dict[str, float] = {**COMPONENT_MAX, "total": 100}

Slot = tuple[str, ...]


@dataclass
class Finding:
    """One inconsistency: which check, what is wrong, and the evidence on each side."""

    check: str
    message: str
    unit_key: str
    metric: str | None
    period: str | None
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)


def _slot(row: FactRow) -> Slot:
    """The period a fact belongs to; an unknown period is private to its article."""
    p = period_of(row)
    if p is not None:
        return p
    return ("article-previous" if is_previous(row) else "article", str(row["article_id"]))


def _slot_label(slot: Slot) -> str | None:
    return f"{slot[0]}/{slot[1]}" if slot[0] not in ("article", "article-previous") else None


def _previous_slot(slot: Slot) -> Slot | None:
    """The slot one period before ``slot`` (a week, month or year earlier)."""
    if slot[0] == "article":
        return ("article-previous", slot[1])
    if slot[0] == "article-previous":
        return None
    start, end = date.fromisoformat(slot[0]), date.fromisoformat(slot[1])
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return (f"{start.year - 1}-01-01", f"{start.year - 1}-12-31")
    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        prev_end = start - timedelta(days=1)
        return (prev_end.replace(day=1).isoformat(), prev_end.isoformat())
    days = timedelta(days=(end - start).days + 1)
    return ((start - days).isoformat(), (end - days).isoformat())


def _metric(row: FactRow) -> str | None:
    """A rank without a metric ranks the whole index (``total``)."""
    if row["kind"] == "rank" and not row.get("metric"):
        return "total"
    return row.get("metric")


def _hu(row: FactRow) -> float:
    if row["kind"] in ("rank", "streak"):
        return 0.0  # counts are exact
    return half_ulp(row.get("written"), float(row["value"]))


def _differ(a: FactRow, b: FactRow, tol: float) -> bool:
    return abs(float(a["value"]) - float(b["value"])) > tol + _hu(a) + _hu(b)


def _unique(rows: list[FactRow], tol: float) -> FactRow | None:
    """The one value ``rows`` agree on (first evidence), or None if they disagree."""
    if not rows or any(_differ(rows[0], r, tol) for r in rows[1:]):
        return None
    return rows[0]


def _groups(
    rows: Iterable[FactRow], kinds: tuple[str, ...]
) -> dict[tuple[str, str | None, Slot], list[FactRow]]:
    """Facts of ``kinds`` grouped by (unit, metric, period slot)."""
    out: dict[tuple[str, str | None, Slot], list[FactRow]] = defaultdict(list)
    for r in rows:
        if r["kind"] in kinds:
            out[(unit_group(r["unit_key"]), _metric(r), _slot(r))].append(r)
    return out


def components_sum(rows: list[FactRow], tol: float) -> list[Finding]:
    """The six components of a unit's weekly score must add up to its stated total:
    within each article (its own figures), and across articles where they agree."""
    by_article: dict[str, list[FactRow]] = defaultdict(list)
    for r in rows:
        by_article[str(r.get("article_id"))].append(r)
    out: list[Finding] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    for subset in [*by_article.values(), rows]:
        for f in _components_sum(subset, tol):
            key = (f.unit_key, f.period, f.message)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _components_sum(rows: list[FactRow], tol: float) -> list[Finding]:
    scores = _groups(rows, ("score",))
    units = {(u, s) for (u, m, s) in scores if m == "total"}
    out = []
    for unit, slot in sorted(units):
        picked = {m: _unique(scores.get((unit, m, slot), []), tol) for m in _MAXIMA}
        if any(v is None for v in picked.values()):
            continue
        chosen = {m: r for m, r in picked.items() if r is not None}
        total = float(chosen["total"]["value"])
        parts = sum(float(chosen[m]["value"]) for m in COMPONENT_MAX)
        allowed = tol + sum(_hu(r) for r in chosen.values())
        if abs(parts - total) > allowed:
            out.append(
                Finding(
                    "components_sum",
                    f"the six components add up to {parts:.2f}, the stated total is "
                    f"{total:g} (difference {parts - total:+.2f}, allowed {allowed:.3f})",
                    unit,
                    "total",
                    _slot_label(slot),
                    [evidence(r) for r in chosen.values()],
                )
            )
    return out


def score_above_max(rows: list[FactRow], tol: float) -> list[Finding]:
    """A score above its stated maximum, or a component above its fixed maximum."""
    out = []
    for r in rows:
        if r["kind"] != "score":
            continue
        cap = r.get("max_value") or COMPONENT_MAX.get(str(r.get("metric")))
        if cap and float(r["value"]) > float(cap) + tol:
            out.append(
                Finding(
                    "score_above_max",
                    f"score {r['value']:g} exceeds its maximum {float(cap):g}",
                    r["unit_key"],
                    r.get("metric"),
                    _slot_label(_slot(r)),
                    [evidence(r)],
                )
            )
    return out


_NUM = r"(\d+(?:[.,]\d+)?)"


@functools.cache
def _percent_after() -> regex.Pattern[str]:
    """``/ 18 points, or 99.2 %`` after a score, from the packs' ``check.yaml`` words."""
    from .extract.packs import all_words

    def alt(key: str) -> str:
        return "|".join(all_words(key)) or "(?!)"

    return regex.compile(
        rf"^(?:\s*(?:/|{alt('out_of')})\s*(\d+))?\s*(?:{alt('points')})?\s*"
        rf"(?:[,(–—-]\s*)?(?:{alt('restatement')})?\s*"
        rf"{_NUM}\s*(?:{alt('percent')})",
        regex.IGNORECASE,
    )


def _as_float(s: str) -> float:
    return float(s.replace(",", "."))


def percent_restatement(rows: list[FactRow], tol: float) -> list[Finding]:
    """A percentage stated beside a score (``17.86/18 points, or 99.2 per cent``) must
    be 100 × value / max. Read from ``percent`` facts and from the text after a score."""
    out = []
    percents = [r for r in rows if r["kind"] == "percent"]
    for r in rows:
        if r["kind"] != "score":
            continue
        m = _percent_after().match(str(r.get("after") or ""))
        cap = r.get("max_value") or (float(m.group(1)) if m and m.group(1) else None)
        if not cap or float(r["value"]) > float(cap):
            continue
        stated: FactRow | None = None
        if m is not None:
            off = int(r["end"]) + m.start(2)
            stated = {
                **r,
                "kind": "percent",
                "value": _as_float(m.group(2)),
                "start": off,
                "end": off + len(m.group(2)),
                "written": m.group(2),
                "period_source": r.get("period_source"),
            }
        else:
            near = [
                p
                for p in percents
                if p["article_id"] == r["article_id"]
                and unit_group(p["unit_key"]) == unit_group(r["unit_key"])
                and p.get("metric") == r.get("metric")
                and 0 <= int(p["start"]) - int(r["end"]) <= 60
            ]
            stated = near[0] if near else None
        if stated is None:
            continue
        expected = 100.0 * float(r["value"]) / float(cap)
        allowed = tol + _hu(stated) + 100.0 * _hu(r) / float(cap)
        if abs(expected - float(stated["value"])) > allowed:
            out.append(
                Finding(
                    "percent_restatement",
                    f"{r['value']:g}/{float(cap):g} is {expected:.2f} %, the text says "
                    f"{stated['value']:g} %",
                    r["unit_key"],
                    r.get("metric"),
                    _slot_label(_slot(r)),
                    [evidence(r), evidence(stated)],
                )
            )
    return out


def change_vs_scores(rows: list[FactRow], tol: float) -> list[Finding]:
    """A stated change must equal the current score minus the previous period's score."""
    changes = _groups(rows, ("change",))
    scores = _groups(rows, ("score",))
    out = []
    for (unit, metric, slot), group in sorted(changes.items(), key=lambda kv: str(kv[0])):
        change = _unique(group, tol)
        prev = _previous_slot(slot)
        if change is None or prev is None:
            continue  # several changes (over different spans) or no earlier period
        cur_score = _unique(scores.get((unit, metric, slot), []), tol)
        prev_score = _unique(scores.get((unit, metric, prev), []), tol)
        if cur_score is None or prev_score is None:
            continue
        implied = float(cur_score["value"]) - float(prev_score["value"])
        allowed = tol + _hu(change) + _hu(cur_score) + _hu(prev_score)
        if abs(implied - float(change["value"])) > allowed:
            out.append(
                Finding(
                    "change_vs_scores",
                    f"stated change {float(change['value']):+g}, but the scores go from "
                    f"{prev_score['value']:g} to {cur_score['value']:g} ({implied:+.2f})",
                    unit,
                    metric,
                    _slot_label(slot),
                    [evidence(change), evidence(cur_score), evidence(prev_score)],
                )
            )
    return out


def _level(key: str) -> tuple[str, ...] | None:
    """Units ranked against each other: provinces, one province's departments, ..."""
    parts = key.split("/")
    if parts[0] in ("vietnam", "other"):
        return None
    if parts[0] == "ministry":
        return ("ministry",)
    if len(parts) == 1:
        return ("province",)
    if len(parts) == 3 and parts[1] == "dept":
        return (parts[0], "dept")
    return (parts[0], "local") if len(parts) == 2 else None


def rank_vs_scores(rows: list[FactRow], tol: float) -> list[Finding]:
    """A unit ranked above another must not have a lower score in the same period."""
    ranks = _groups(rows, ("rank",))
    scores = _groups(rows, ("score",))
    table: dict[tuple[tuple[str, ...], str | None, Slot], list[tuple[FactRow, FactRow]]]
    table = defaultdict(list)
    for (unit, metric, slot), group in ranks.items():
        rank, score = _unique(group, 0), _unique(scores.get((unit, metric, slot), []), tol)
        level = _level(unit)
        if rank is not None and score is not None and level is not None:
            table[(level, metric, slot)].append((rank, score))
    out = []
    for (_, metric, slot), pairs in sorted(table.items(), key=lambda kv: str(kv[0])):
        for (ra, sa), (rb, sb) in itertools.combinations(
            sorted(pairs, key=lambda p: p[0]["value"]), 2
        ):
            if ra["value"] < rb["value"] and float(sa["value"]) < float(sb["value"]) - (
                tol + _hu(sa) + _hu(sb)
            ):
                out.append(
                    Finding(
                        "rank_vs_scores",
                        f"{ra['unit_key']} is ranked {int(ra['value'])} with "
                        f"{sa['value']:g}, {rb['unit_key']} is ranked {int(rb['value'])} with "
                        f"{sb['value']:g}",
                        ra["unit_key"],
                        metric,
                        _slot_label(slot),
                        [evidence(ra), evidence(sa), evidence(rb), evidence(sb)],
                    )
                )
    return out


def conflicting_values(rows: list[FactRow], tol: float) -> list[Finding]:
    """The same unit, kind, metric and period given different values (one article
    contradicting itself, or two articles — translations, other outlets — disagreeing)."""
    out = []
    for kind in ("score", "rank", "change"):
        for (unit, metric, slot), group in sorted(
            _groups(rows, (kind,)).items(), key=lambda kv: str(kv[0])
        ):
            if metric == "average" and len({r["article_id"] for r in group}) > 1:
                # "the national average" names no index: averages of the PCI and of
                # the PAR Index are both vietnam/average; compare them per article
                by_article: dict[str, list[FactRow]] = defaultdict(list)
                for r in group:
                    by_article[str(r["article_id"])].append(r)
                for sub in by_article.values():
                    out.extend(conflicting_values(sub, tol))
                continue
            if kind == "change":
                # an article stating several changes means several spans ("up 2.21 this
                # week, 3.09 over four weeks"): compare only one change per article
                per_article: dict[str, list[FactRow]] = defaultdict(list)
                for r in group:
                    per_article[str(r["article_id"])].append(r)
                group = [g[0] for g in per_article.values() if _unique(g, tol) is not None]
            t = 0.0 if kind == "rank" else tol
            reps: list[FactRow] = []
            for r in group:
                if all(_differ(r, x, t) for x in reps):
                    reps.append(r)
            if len(reps) < 2:
                continue
            articles = {r["article_id"] for r in reps}
            where = "the same article states" if len(articles) == 1 else "sources state"
            values = ", ".join(f"{r['value']:g}" for r in reps)
            out.append(
                Finding(
                    "conflicting_values",
                    f"{where} different {kind}s for the same period: {values}",
                    unit,
                    metric,
                    _slot_label(slot),
                    [evidence(r) for r in reps],
                )
            )
    return out


def streak_vs_ranks(rows: list[FactRow], tol: float) -> list[Finding]:
    """``n``-th consecutive week at rank ``k`` must agree with the stored weekly ranks:
    rank ``k`` in each of the ``n - 1`` weeks before, and not in the week before those."""
    ranks = _groups(rows, ("rank",))
    out = []
    for s in rows:
        if s["kind"] != "streak" or period_of(s) is None or is_previous(s):
            continue
        held = [
            r
            for r in rows
            if r["kind"] == "rank"
            and r["article_id"] == s["article_id"]
            and r.get("quote") == s.get("quote")
            and unit_group(r["unit_key"]) == unit_group(s["unit_key"])
            and not is_previous(r)
        ]
        if len({r["value"] for r in held}) != 1:
            continue
        k, slot, n = held[0]["value"], _slot(s), int(s["value"])
        start, end = date.fromisoformat(slot[0]), date.fromisoformat(slot[1])
        if (end - start).days != 6:
            continue  # weekly streaks only
        unit, metric = unit_group(s["unit_key"]), _metric(held[0])
        for i in range(1, n + 1):
            week = (
                (start - timedelta(weeks=i)).isoformat(),
                (end - timedelta(weeks=i)).isoformat(),
            )
            other = _unique(ranks.get((unit, metric, week), []), 0)
            if other is None:
                continue
            broken = other["value"] != k if i < n else other["value"] == k
            if broken:
                what = (
                    f"but it was ranked {int(other['value'])} in the week of {week[0]}"
                    if i < n
                    else f"but it was already ranked {int(k)} in the week of {week[0]}"
                )
                out.append(
                    Finding(
                        "streak_vs_ranks",
                        f"a streak of {n} weeks at rank {int(k)}, {what}",
                        s["unit_key"],
                        None,
                        _slot_label(slot),
                        [evidence(s), evidence(held[0]), evidence(other)],
                    )
                )
    return out


#: Every check, by name, in the order they run.
CHECKS: dict[str, Callable[[list[FactRow], float], list[Finding]]] = {
    "components_sum": components_sum,
    "score_above_max": score_above_max,
    "percent_restatement": percent_restatement,
    "change_vs_scores": change_vs_scores,
    "rank_vs_scores": rank_vs_scores,
    "conflicting_values": conflicting_values,
    "streak_vs_ranks": streak_vs_ranks,
}


def check_facts(rows: list[FactRow], tolerance: float | None = None) -> list[Finding]:
    """Every inconsistency among ``rows``, by every check."""
    tol = SETTINGS.rounding_tolerance if tolerance is None else tolerance
    return [f for fn in CHECKS.values() for f in fn(rows, tol)]


def check_db(db: sqlite_utils.Database, tolerance: float | None = None) -> list[Finding]:
    """Every inconsistency among the facts stored in ``db``."""
    return check_facts(load_facts(db), tolerance)
