"""Extraction: numbers, units, metrics and facts from an article's text.

The engine is language-agnostic; what it knows of each language lives in the rule
packs under ``extractors/<lang>/``.
"""

from __future__ import annotations

from ..models import Fact

__all__ = ["extract_facts"]


def extract_facts(text: str, lang: str, url: str | None = None) -> list[Fact]:
    """Every score, change, rank and streak stated in ``text`` (language ``lang``).

    Facts come back with offsets into ``text`` and an empty ``article_id``; the
    caller fills it in. Unsupported languages give an empty list.
    """
    from .facts import extract_facts as _extract

    return _extract(text, lang, url)
