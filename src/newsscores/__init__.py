"""newsscores: news articles in, a SQLite database of the figures they report out."""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import NewsscoresError  # noqa: E402
from .models import Article, Fact, RawDocument  # noqa: E402

__all__ = ["__version__", "Article", "Fact", "RawDocument", "NewsscoresError"]
