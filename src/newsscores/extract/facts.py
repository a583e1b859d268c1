"""Fact assembly (placeholder until the rule engine lands)."""

from __future__ import annotations

from ..models import Fact


def extract_facts(text: str, lang: str, url: str | None = None) -> list[Fact]:
    """Return no facts; replaced by the rule engine."""
    return []
