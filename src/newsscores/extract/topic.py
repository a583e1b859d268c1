"""The topic gate: does a text name a governance index at all?

SCHEMA.md counts figures of governance indices only, so an article that names none
gives no facts. The test is one regex over the folded text, built from the index
names (``_index`` forms) of every pack: machine translation leaves names of one
language in another, and a page that fails it costs no more than this one pass.
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from .numbers import fold
from .packs import available_langs, load_pack, packs_dir

__all__ = ["names_index", "index_regex"]


def index_regex() -> regex.Pattern[str]:
    """One alternation of every pack's index names, over folded text."""
    return _index_regex(packs_dir())


@functools.cache
def _index_regex(root: Path) -> regex.Pattern[str]:
    forms: list[str] = []
    for lang in available_langs(root):
        pack = load_pack(lang, root)
        if pack is not None:
            forms.extend(rx.pattern for rx, _family, comp in pack.metric_names if comp is None)
    return regex.compile("|".join(f"(?:{f})" for f in dict.fromkeys(forms)) or r"(?!)")


def names_index(text: str, folded: bool = False) -> bool:
    """Whether ``text`` names a governance index (``folded``: it is already folded)."""
    return index_regex().search(text if folded else fold(text)) is not None
