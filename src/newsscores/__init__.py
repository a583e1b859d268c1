"""newsscores: news articles in, a SQLite database of the figures they report out.

The public API::

    import newsscores
    facts = newsscores.extract("PCI 2024: Bac Ninh scored 72.5 points ...")   # list[Fact]
    trace = newsscores.extract(text, trace=True)                           # Extraction
    report = newsscores.ingest(["corpus"], "newsscores.db")          # IngestReport

Heavier modules (storage, pipeline, trafilatura) load on first use, so importing
the package stays quick.
"""

from __future__ import annotations

__version__ = "0.1.0"

import importlib  # noqa: E402
from collections.abc import Iterable  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any, Literal, overload  # noqa: E402

from .errors import NewsscoresError  # noqa: E402
from .models import Article, Fact, RawDocument  # noqa: E402

if TYPE_CHECKING:
    from .engine.trace import Extraction
    from .pipeline import IngestReport

__all__ = [
    "__version__",
    "Article",
    "Fact",
    "RawDocument",
    "NewsscoresError",
    "IngestReport",
    "Extraction",
    "extract",
    "extract_text",
    "ingest",
    "normalize_text",
    "detect_language",
    "open_db",
    "unit_keys_match",
]

_LAZY = {
    "IngestReport": "pipeline",
    "Extraction": "engine.trace",
    "normalize_text": "normalize",
    "detect_language": "langid",
    "open_db": "store",
    "unit_keys_match": "query",
}


def __getattr__(name: str) -> Any:
    """Load the heavier public names on first use."""
    if name in _LAZY:
        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@overload
def extract(
    text: str, lang: str | None = None, url: str | None = None, *, trace: Literal[False] = False
) -> list[Fact]: ...


@overload
def extract(
    text: str, lang: str | None = None, url: str | None = None, *, trace: Literal[True]
) -> Extraction: ...


def extract(
    text: str, lang: str | None = None, url: str | None = None, *, trace: bool = False
) -> list[Fact] | Extraction:
    """Every score, change, rank and streak stated in ``text``, with its period.

    ``lang`` (``vi``, ``en``, ``fr``, ``no``, or any language with a pack) is detected
    when None; an unsupported language, or a text that names no governance index,
    gives no facts. Offsets point into ``text`` as given: pass it through
    :func:`normalize_text` first to get the offsets a database would store. With
    ``trace=True`` the result is the :class:`~newsscores.engine.trace.Extraction`:
    the facts, the article's status and every decision behind them.

    Reads no database: it runs the rule engine and the period finder only.
    """
    from .engine import extract_document
    from .langid import canonical_lang, detect_language
    from .models import article_id
    from .periods import assign_periods

    code = canonical_lang(lang) if lang else detect_language(text)[0]
    result = extract_document(text, code, url)
    article = Article(
        id=article_id(text),
        url=url,
        source_path="<text>",
        lang=code,
        lang_source="override" if lang else "detected",
        text=text,
    )
    facts = [
        f.model_copy(update={"article_id": article.id})
        for f in assign_periods(article, result.facts)
    ]
    if trace:
        return replace(result, facts=facts)
    return facts


#: The one-call API under its earlier name.
extract_text = extract


def ingest(
    paths: str | Path | Iterable[str | Path], db: str | Path, **options: Any
) -> IngestReport:
    """Ingest the articles under ``paths`` (files or folders) into the database ``db``.

    Options: ``workers`` (default all cores), ``lang`` (override detection),
    ``progress`` and ``on_error``; see :func:`newsscores.pipeline.ingest`.
    """
    from .pipeline import ingest as _ingest

    if isinstance(paths, str | Path):
        paths = [paths]
    return _ingest(paths, db, **options)
