"""Extraction: numbers, units, metrics and facts from an article's text.

The engine is language-agnostic; what it knows of each language lives in the rule
packs under ``extractors/<lang>/``.
"""

from __future__ import annotations

from ..models import Fact
from .trace import Extraction

__all__ = ["extract_facts", "extract_document", "Extraction"]


def extract_facts(
    text: str, lang: str, url: str | None = None, *, require_index: bool = True
) -> list[Fact]:
    """Every score, change, rank and streak stated in ``text`` (language ``lang``).

    Facts come back with offsets into ``text`` and an empty ``article_id``; the
    caller fills it in. Unsupported languages give an empty list, and so does a text
    that names no governance index unless ``require_index`` is False (a sentence, a
    claim).
    """
    from .facts import extract_facts as _extract

    return _extract(text, lang, url, require_index=require_index)


def extract_document(
    text: str, lang: str, url: str | None = None, *, require_index: bool = True
) -> Extraction:
    """The facts of ``text`` with the article's status and the trace of every
    decision (which rule claimed each number, which linking rule chose its unit)."""
    from .facts import extract_document as _extract

    return _extract(text, lang, url, require_index=require_index)
