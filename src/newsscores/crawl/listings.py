"""Where page URLs come from: sitemaps, RSS and Atom feeds, URL lists."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urldefrag, urljoin

from ..errors import CrawlError

__all__ = ["clean_url", "join_url", "is_url", "links_from_xml", "read_url_list"]


def clean_url(url: str) -> str:
    """``url`` without its fragment; a CrawlError when it does not parse (``http://[::1``)."""
    try:
        return urldefrag(url).url
    except ValueError as exc:
        raise CrawlError(url, "bad_url", f"not a valid URL ({exc})") from None


def join_url(base: str, link: str) -> str:
    """``link`` resolved against ``base``; a CrawlError when either does not parse."""
    try:
        return urljoin(base, link)
    except ValueError as exc:
        raise CrawlError(link, "bad_url", f"not a valid URL ({exc})") from None


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def links_from_xml(data: bytes) -> tuple[list[str], list[str]]:
    """Page URLs and nested sitemap URLs listed by a sitemap, RSS or Atom document."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ValueError(f"not a sitemap or feed ({exc})") from None
    kind = _local_name(root.tag)
    if kind not in ("urlset", "sitemapindex", "rss", "feed", "rdf"):
        raise ValueError(f"not a sitemap or feed (root element <{kind}>)")
    pages: list[str] = []
    sitemaps: list[str] = []
    for element in root.iter():
        name = _local_name(element.tag)
        if kind in ("urlset", "sitemapindex") and name in ("url", "sitemap"):
            loc = next((c.text for c in element if _local_name(c.tag) == "loc"), None)
            if loc and loc.strip():
                (sitemaps if name == "sitemap" else pages).append(loc.strip())
        elif name in ("item", "entry"):
            link = _feed_link(element)
            if link:
                pages.append(link)
    return pages, sitemaps


def _feed_link(item: ET.Element) -> str | None:
    """The article link of an RSS ``<item>`` or Atom ``<entry>``."""
    fallback = None
    for child in item:
        if _local_name(child.tag) != "link":
            continue
        href = child.get("href")
        if href is None:  # RSS: <link>URL</link>
            return (child.text or "").strip() or None
        if child.get("rel", "alternate") == "alternate":
            return href.strip()
        fallback = fallback or href.strip()
    if fallback:
        return fallback
    guid = next((c for c in item if _local_name(c.tag) == "guid"), None)
    if guid is not None and guid.get("isPermaLink", "true") == "true" and guid.text:
        return guid.text.strip()
    return None


def read_url_list(path: Path) -> list[str]:
    """URLs from a file, one per line; blank lines and ``#`` comments are skipped.
    Bytes that are not UTF-8 become U+FFFD (such a URL then fails as ``bad_url``)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [s for line in lines if (s := line.strip()) and not s.startswith("#")]


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))
