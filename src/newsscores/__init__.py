"""newsscores: news articles in, a SQLite database of the figures they report out.

The public API::

    import newsscores
    facts = newsscores.extract("Bac Ninh scored 92.80 points ...")   # list[Fact]
    report = newsscores.ingest(["corpus"], "newsscores.db")          # IngestReport

Heavier modules (storage, pipeline, trafilatura) load on first use, so importing
the package stays quick.
"""

from __future__ import annotations

__version__ = "0.1.0"

import importlib  # noqa: E402
import types  # noqa: E402
from collections.abc import Iterable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

from .errors import NewsscoresError  # noqa: E402
from .models import Article, Fact, RawDocument  # noqa: E402

if TYPE_CHECKING:
    from .pipeline import IngestReport

__all__ = [
    "__version__",
    "Article",
    "Fact",
    "RawDocument",
    "NewsscoresError",
    "IngestReport",
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


def extract_text(text: str, lang: str | None = None, url: str | None = None) -> list[Fact]:
    """Every score, change, rank and streak stated in ``text``; also callable as
    ``newsscores.extract(text, lang=None, url=None)``.

    ``lang`` (``vi``, ``en``, ``fr``, ``no``) is detected when None; an unsupported
    language gives no facts. Offsets point into ``text`` as given: pass it through
    :func:`normalize_text` first to get the offsets a database would store.
    """
    from .langid import canonical_lang, detect_language
    from .models import article_id
    from .pipeline import extract_article

    code = canonical_lang(lang) if lang else detect_language(text)[0]
    article = Article(
        id=article_id(text),
        url=url,
        source_path="<text>",
        lang=code,
        lang_source="override" if lang else "detected",
        text=text,
    )
    outcome = extract_article(article)
    for error in outcome.errors:
        if error.reason == "extract_failed":
            raise NewsscoresError(error.message)
    return outcome.facts


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


class _CallableExtract(types.ModuleType):
    """The ``newsscores.extract`` package, callable as :func:`extract_text`.

    ``newsscores.extract`` is both the extraction package (``extract.extract_facts``)
    and the one-call API ``newsscores.extract(text)``: a module attribute cannot be
    both a function and a package, so the package is made callable.
    """

    def __call__(self, text: str, lang: str | None = None, url: str | None = None) -> list[Fact]:
        return extract_text(text, lang, url)


extract = importlib.import_module(f"{__name__}.extract")
extract.__class__ = _CallableExtract
