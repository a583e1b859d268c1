"""HTML pages: trafilatura's main text and metadata (title, date, URL).

The page's URL is the container's when it gives one (a WARC target URI), else the
page's canonical link, else its ``og:url`` (as trafilatura finds it). Bytes are UTF-8
unless the container or a ``<meta charset>`` says otherwise.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import EmptyInputError, InputError, MalformedInputError
from ..models import RawDocument
from . import ParsedDocument, decode_bytes, read_file

__all__ = [
    "read_html_file",
    "parse_html",
    "extract_main",
    "main_text",
    "page_metadata",
    "page_date",
    "canonical_url",
    "shrink_attributes",
]

_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_CANONICAL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>]+))""", re.IGNORECASE)

#: Attribute values longer than this (inline base64 images) are emptied before
#: parsing: lxml stops at its ~10 M-character limit and loses the rest of the page.
_MAX_ATTRIBUTE_CHARS = 100_000
_LONG_ATTRIBUTE = re.compile(
    rf"\"[^\"<>]{{{_MAX_ATTRIBUTE_CHARS},}}\"|'[^'<>]{{{_MAX_ATTRIBUTE_CHARS},}}'"
)

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def read_html_file(path: Path) -> Iterator[RawDocument | InputError]:
    """The file at ``path`` as one HTML document (bytes; decoded by the worker)."""
    try:
        yield read_file(path, "html")
    except InputError as exc:
        yield exc


def extract_main(html: str, url: str | None = None) -> Any:
    """trafilatura's document (``.text``, ``.title``, ``.date``, ``.url``) or None,
    as ``bare_extraction(with_metadata=True)`` gives them (``tests/test_sources.py``
    holds newsscores to that); the date by htmldate's extensive search.
    """
    found = main_text(html, url)
    if found is None:
        return None
    tree, doc = found
    doc.date = page_date(tree, doc.url, extensive=True)
    return doc


def main_text(html: str, url: str | None = None) -> tuple[Any, Any] | None:
    """The parsed page and trafilatura's document of it (text, title, URL; no date),
    or None.

    The text is trafilatura's ``bare_extraction`` with the options below; the title
    and URL come from :func:`page_metadata` on the same tree. ``bare_extraction``
    cleans a copy of the tree, so the date can be looked up on it afterwards. The one
    place newsscores calls trafilatura's text extraction, so benchmarks can time it.
    """
    import trafilatura
    from trafilatura.utils import load_html

    options = _gated_options(url)
    tree = load_html(html, options.max_file_size)
    if tree is None:
        return None
    meta = page_metadata(tree, url)
    options.url = url or meta.url
    doc: Any = trafilatura.bare_extraction(tree, options=options)
    rescued = doc is not None and options.fast and doc.body is not options.main_body
    if rescued and _may_hold_facts(doc.text or ""):
        # a later stage (trafilatura's rescue of a short text) replaced the text the
        # gate saw, and that names an index: the page is extracted the full way
        doc = trafilatura.bare_extraction(tree, options=_full_options(options.url))
    if doc is None:
        return None
    doc.title, doc.url, doc.date = meta.title, meta.url, None
    return tree, doc


def _full_options(url: str | None) -> Any:
    """trafilatura's options as newsscores extracts a page: text and tables, no
    comments or images."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", comments=False, tables=True, images=False, url=url)


def _gated_options(url: str | None) -> Any:
    """The options of :func:`_full_options`, of the class that lets the topic gate
    skip trafilatura's comparison stage (see :func:`_gated_class`)."""
    options = _gated_class()(
        output_format="python", comments=False, tables=True, images=False, url=url
    )
    options.main_body = None
    return options


@functools.cache
def _gated_class() -> type:
    """An ``Extractor`` subclass marking a page whose comparison stage follows the
    topic gate, with trafilatura's main extractor wrapped once so it decides.

    trafilatura runs its own extractor, then (unless ``options.fast``) compares its
    text with readability's and justext's, which costs about a sixth of its time
    (bench/README.md). A page whose own text is long and names no governance index can
    hold no fact, whichever text wins: for it the comparison is skipped, as
    ``fast=True`` would, after the main extractor ran as in full mode. A page that
    names an index, or whose text is short (where readability may find the article
    the main extractor missed), is extracted exactly as in full mode.
    """
    import trafilatura.core as core
    from trafilatura.settings import Extractor

    class GatedExtractor(Extractor):
        __slots__ = ("main_body",)
        main_body: Any  # what the main extractor returned, to tell a rescue from it

    main_extractor: Any = core.extract_content  # type: ignore[attr-defined]

    def gated_extract_content(tree: Any, options: Any, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(options, GatedExtractor):
            return main_extractor(tree, options, *args, **kwargs)
        options.fast = False  # the main extractor itself runs as in full mode
        body, text = main_extractor(tree, options, *args, **kwargs)
        options.main_body = body
        options.fast = _skips_comparison(text)
        return body, text

    core.extract_content = gated_extract_content  # type: ignore[attr-defined,assignment]
    return GatedExtractor


def _skips_comparison(text: str) -> bool:
    """Whether a page's main-extractor text is long enough and names no index."""
    from ..settings import SETTINGS

    least = SETTINGS.fast_cascade_min_chars
    return 0 < least <= len(text) and not _may_hold_facts(text)


def _may_hold_facts(text: str) -> bool:
    """The topic gate on a page's text, normalised as the pipeline stores it."""
    from ..engine.topic import names_index
    from ..normalize import normalize_text

    return names_index(normalize_text(text))


def page_metadata(tree: Any, url: str | None) -> Any:
    """The title and URL of a parsed page, step for step as trafilatura's
    ``extract_metadata`` finds them (meta tags, then JSON-LD, then the page's own
    title and links).

    ``extract_metadata`` also looks for authors, site name, categories, tags and
    licence: more than half of its time, and nothing newsscores reads. The
    equivalence is a test (``tests/test_sources.py``), so a trafilatura release
    that changes these steps fails it rather than changing stored titles.
    """
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    meta = examine_meta(tree)
    with contextlib.suppress(Exception):  # as trafilatura: JSON-LD readers fail on odd markup
        meta = extract_meta_json(tree, meta)
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.url:
        meta.url = extract_url(tree, url)
    meta.clean_and_trim()
    return meta


def page_date(tree: Any, url: str | None, extensive: bool) -> str | None:
    """The page's publication date by htmldate with trafilatura's parameters, as
    ``YYYY-MM-DD``, or None.

    ``extensive`` adds htmldate's search of the page's free text, which for a date
    string no format reads calls dateparser over all its locales (seconds, once per
    process, then tens of milliseconds a string); without it, markup, URL and
    timestamps only. The pipeline asks for the extensive search only for articles
    that name an index.
    """
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    found: str | None = find_date(tree, **set_date_params(extensive), url=url)
    return found


def parse_html(raw: RawDocument) -> ParsedDocument:
    """Main text and metadata of an HTML document; a readable error when it has none.

    The date is left to :meth:`ParsedDocument.dated` (``find_date``), which the
    pipeline calls once it knows whether the article names an index.
    """
    html = decode_bytes(raw.content, raw.source_path, declared=raw.encoding, html=True)
    html = shrink_attributes(html)
    try:
        found = main_text(html, raw.url)
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise MalformedInputError(raw.source_path, f"cannot parse HTML: {exc}") from exc
    tree, doc = found if found is not None else (None, None)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise EmptyInputError(raw.source_path, "no main text found in the HTML page")
    page_url = getattr(doc, "url", None)

    def find_date(extensive: bool) -> date | None:
        return _date(page_date(tree, page_url, extensive))

    return ParsedDocument(
        source_path=raw.source_path,
        text=text,
        url=raw.url or canonical_url(html) or page_url or None,
        published=raw.published,
        title=raw.title or getattr(doc, "title", None) or None,
        find_date=None if raw.published else find_date,
    )


def shrink_attributes(html: str) -> str:
    """``html`` with every quoted attribute value over ``_MAX_ATTRIBUTE_CHARS``
    characters emptied (one linear scan; such values are images, never text)."""
    if len(html) <= _MAX_ATTRIBUTE_CHARS:
        return html
    return _LONG_ATTRIBUTE.sub('""', html)


def canonical_url(html: str) -> str | None:
    """The absolute URL of the page's ``<link rel="canonical">``, if any."""
    for tag in _LINK.findall(html[:200_000]):
        if _CANONICAL.search(tag):
            match = _HREF.search(tag)
            href = next((g for g in match.groups() if g), "") if match else ""
            if href.startswith(("http://", "https://")):
                return href.strip()
    return None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
