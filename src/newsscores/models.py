"""The records that flow through the pipeline, validated before they are stored.

``RawDocument`` is what a source yields (bytes or text, plus what the container
knows); ``Article`` is the normalised text and its metadata (the ``articles`` row);
``Fact`` is one extracted figure (the ``facts`` row), as ``docs/SCHEMA.md`` defines.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["RawDocument", "Article", "Fact", "FactKind", "FACT_KINDS", "article_id"]

#: The four kinds the data contract defines; other kinds (``rank_change``, ``gap``,
#: ``threshold``, ``percent``) may be stored beside them but are not evaluated.
FactKind = Literal["score", "change", "rank", "streak"]
FACT_KINDS: tuple[FactKind, ...] = ("score", "change", "rank", "streak")

ContentKind = Literal["text", "html"]


def article_id(text: str) -> str:
    """Stable id of an article: sha256 of its normalised text, first 32 hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class RawDocument(BaseModel):
    """One input as a source read it, before normalisation.

    ``content`` is bytes when the source could not know the encoding (files, WARC
    payloads); ``kind`` tells whether it is plain text or HTML. ``published`` is a
    date the container states as the publication date; ``fetched`` is when the page
    was captured (WARC-Date), a fallback only when neither the container nor the page
    gives a publication date.
    """

    model_config = ConfigDict(frozen=True)

    source_path: str
    content: bytes | str
    kind: ContentKind
    url: str | None = None
    published: date | None = None
    title: str | None = None
    encoding: str | None = None
    fetched: date | None = None


class Article(BaseModel):
    """A normalised article: the text every fact's offsets point into."""

    id: str
    url: str | None = None
    source_path: str
    lang: str
    lang_prob: float | None = None
    lang_source: Literal["detected", "override"] = "detected"
    title: str | None = None
    published: date | None = None
    text: str

    @model_validator(mode="after")
    def _id_matches_text(self) -> Article:
        if self.id != article_id(self.text):
            raise ValueError("article id must be article_id(text)")
        return self


class Fact(BaseModel):
    """One reported figure tied to its unit, metric and evidence."""

    article_id: str = ""
    kind: FactKind
    unit_key: str
    unit_text: str
    metric: str | None = None
    value: float
    max_value: float | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    extractor: str
    period_start: date | None = None
    period_end: date | None = None
    period_source: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Fact:
        if self.end <= self.start:
            raise ValueError("evidence span must not be empty")
        if self.kind in ("rank", "streak") and self.value != int(self.value):
            raise ValueError(f"{self.kind} must be an integer")
        if self.kind == "streak" and self.metric is not None:
            raise ValueError("a streak has no metric")
        if self.kind in ("score", "change") and not self.metric:
            raise ValueError(f"a {self.kind} needs a metric")
        return self

    @property
    def key(self) -> tuple[str, str, str | None, float]:
        """Identity within an article: (kind, unit, metric, value)."""
        return (self.kind, self.unit_key, self.metric, round(self.value, 6))
