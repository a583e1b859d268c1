"""A datasette ``metadata.json`` for browsing a newsscores database.

``datasette newsscores.db -m metadata.json`` then shows described tables and
columns, facts faceted by kind, unit, metric and language (through the
``fact_sources`` view, which adds each fact's URL, language and date, and which
:func:`newsscores.store.ensure_schema` creates in every database), sorted by
period. Datasette renders the ``url`` cells, plain ``http(s)://`` strings, as links.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .store import FACT_SOURCES

__all__ = ["VIEW", "build_metadata", "write_metadata"]

#: The browse view (created by :func:`newsscores.store.ensure_schema`).
VIEW = FACT_SOURCES

_FACT_COLUMNS = {
    "id": "Stable id of the fact.",
    "article_id": "The article stating it (articles.id).",
    "kind": "score, change, rank or streak (others: percent, gap, rank_change, ...).",
    "unit_key": "Canonical unit key, e.g. bac_ninh, bac_ninh/phuong_tan_tien, "
    "bac_ninh/dept/home_affairs.",
    "unit_text": "The unit as written in the article.",
    "metric": "Canonical metric: total, document_digitization, ..., pci, par_index; "
    "empty for a streak.",
    "value": "The figure: points for a score, signed points for a change, a position "
    "for a rank, a count of periods for a streak.",
    "max_value": "The stated maximum of a score (20.78/22 → 22).",
    "start": "Character offset of the evidence in articles.text.",
    "end": "End offset of the evidence in articles.text.",
    "quote": "The sentence stating the figure, verbatim.",
    "extractor": "Rule or model that produced the fact, with its version.",
    "period_start": "First day of the period the figure refers to (a Monday for a week).",
    "period_end": "Last day of the period.",
    "period_source": "How the period was found: text:<expression type>, published "
    "(the week before the article's date) or none; :previous marks the earlier value "
    "of a move.",
    "url": "Source URL of the article (a link).",
    "lang": "Language of the article (vi, en, fr, no).",
    "published": "Date of the article, when known.",
    "title": "Title of the article, when known.",
}

_ARTICLE_COLUMNS = {
    "id": "sha256 of the normalised text (first 32 hex digits).",
    "url": "Source URL (page, WARC target URI or a Source:/Kilde:/Nguồn: line).",
    "source_path": "Where it was read from (file, warc#offset, ...).",
    "lang": "Detected language.",
    "lang_prob": "Probability of the detected language.",
    "title": "Title, when known.",
    "published": "Publication date, when known.",
    "text": "Normalised text; facts' offsets point into it.",
}


def build_metadata(db_name: str = "newsscores") -> dict[str, Any]:
    """The metadata dict for a database served under the name ``db_name``."""
    facets = ["kind", "unit_key", "metric"]
    return {
        "title": "newsscores: Vietnam's public-service index figures, from the news",
        "description": "Every score, change, rank and streak that news articles (vi, en, "
        "fr, no) report for Vietnam's weekly public-service index and the PCI, PAR "
        "Index, PAPI, SIPAS and DTI, each tied to a unit and period and pointing to "
        "the exact sentence of its source.",
        "source": "newsscores",
        "databases": {
            db_name: {
                "description": "Articles, the facts extracted from them, and the runs "
                "and errors of ingestion.",
                "tables": {
                    VIEW: {
                        "title": "Facts with their sources",
                        "description": "One row per fact with the URL, language and date "
                        "of its article. Facet by kind, unit, metric and language.",
                        "columns": {c: d for c, d in _FACT_COLUMNS.items()},
                        "facets": [*facets, "lang"],
                        "sort": "period_start",
                        "size": 50,
                    },
                    "facts": {
                        "description": "One row per extracted figure (docs/SCHEMA.md).",
                        "columns": {
                            c: d
                            for c, d in _FACT_COLUMNS.items()
                            if c not in ("url", "lang", "published", "title")
                        },
                        "facets": facets,
                        "sort": "period_start",
                        "label_column": "unit_key",
                    },
                    "articles": {
                        "description": "One row per distinct article text.",
                        "columns": _ARTICLE_COLUMNS,
                        "facets": ["lang"],
                        "sort_desc": "published",
                        "label_column": "title",
                    },
                    "fact_evidence": {
                        "description": "Further evidence of a fact stated "
                        "more than once in one article."
                    },
                    "errors": {
                        "description": "Inputs that could not be read, one line each.",
                        "facets": ["stage", "reason"],
                    },
                    "runs": {"description": "One row per ingest run, with its counts."},
                },
            }
        },
    }


def write_metadata(out: str | Path, db_name: str = "newsscores") -> dict[str, Any]:
    """Write the metadata JSON to ``out`` and return it."""
    meta = build_metadata(db_name)
    Path(out).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return meta
