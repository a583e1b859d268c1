"""The topic gate: does a text name a governance index at all?

SCHEMA.md counts figures of governance indices only, so an article that names none
gives no facts. The test is the alternation of the index names (``_index`` forms)
of every pack over the folded text (machine translation leaves names of one language
in another), run cheaply: a text with none of the few literals every name contains
is rejected at once, and otherwise only the names whose own literals all occur in it
are searched, which finds a match exactly when the alternation does.
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from .literals import Prefilter, required_literal_sets, required_literals
from .numbers import fold
from .packs import available_langs, load_pack, packs_dir

__all__ = ["names_index", "index_regex", "index_literals"]


def index_regex() -> regex.Pattern[str]:
    """One alternation of every pack's index names, over folded text."""
    return _index_regex(packs_dir())


def _forms(root: Path) -> list[str]:
    """Every pack's index names (regex sources), each once."""
    forms: list[str] = []
    for lang in available_langs(root):
        pack = load_pack(lang, root)
        if pack is not None:
            forms.extend(rx.pattern for rx, _family, comp in pack.metric_names if comp is None)
    return list(dict.fromkeys(forms))


@functools.cache
def _index_regex(root: Path) -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{f})" for f in _forms(root)) or r"(?!)")


@functools.cache
def _index_forms(root: Path) -> Prefilter[regex.Pattern[str]]:
    """The alternation's branches one by one, behind their required literals: a text
    names an index when one branch matches, and only branches whose literals are all
    in the text can (of ~100 names, a page with the word "index" runs a few)."""
    compiled: dict[str, regex.Pattern[str]] = {}
    for lang in available_langs(root):
        pack = load_pack(lang, root)
        if pack is not None:  # the packs' own compiled names, as _forms lists them
            for rx, _family, comp in pack.metric_names:
                if comp is None:
                    compiled.setdefault(rx.pattern, rx)
    return Prefilter(
        [compiled[f] for f in _forms(root)], lambda rx: required_literal_sets(rx.pattern)
    )


@functools.cache
def index_literals() -> tuple[str, ...] | None:
    """Strings one of which every index name contains (None: unknown), none of them
    inside another: a text with none of them names no index, found by a few substring
    tests instead of the alternation's scan (extract/literals.py)."""
    found = required_literals(index_regex().pattern)
    if found is None:
        return None
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


#: The last folded text tested and the answer: ingest tests an article's text, then
#: the rule engine tests it again before extracting.
_LAST_ANSWER: list[tuple[str, Path, bool]] = []


def names_index(text: str, folded: bool = False) -> bool:
    """Whether ``text`` names a governance index (``folded``: it is already folded)."""
    folded_text = text if folded else fold(text)
    root = packs_dir()
    if _LAST_ANSWER and _LAST_ANSWER[0][1] == root and _LAST_ANSWER[0][0] == folded_text:
        return _LAST_ANSWER[0][2]
    needed = index_literals()
    if needed is not None and not any(w in folded_text for w in needed):
        answer = False
    else:
        forms = _index_forms(root).runnable(folded_text)
        answer = any(rx.search(folded_text) is not None for rx in forms)
    _LAST_ANSWER[:] = [(folded_text, root, answer)]
    return answer
