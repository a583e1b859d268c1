"""Periods: the week (or year) each fact refers to. Placeholder: the article's date."""

from __future__ import annotations

from .models import Article, Fact

__all__ = ["assign_periods"]


def assign_periods(article: Article, facts: list[Fact]) -> list[Fact]:
    """Facts with ``period_*`` filled from the article's publication date, if any."""
    if article.published is None:
        return facts
    return [
        f.model_copy(
            update={
                "period_start": article.published,
                "period_end": article.published,
                "period_source": "published",
            }
        )
        for f in facts
    ]
