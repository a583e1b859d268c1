"""Fetch news pages politely and archive every exchange in a WARC.

Seeds are URLs, sitemaps (``<urlset>`` / ``<sitemapindex>``) and RSS/Atom feeds; the
pages they list are fetched one at a time with the standard library. The crawler
obeys robots.txt per host, waits ``delay`` seconds between requests to one host,
retries timeouts and 5xx answers with exponential backoff, caps every body on its
compressed and decompressed size (so a gzip bomb is never inflated), names itself
in ``User-Agent``, follows at most ``max_redirects`` redirects and re-checks each hop
(scheme, address, robots), and refuses private, loopback and link-local addresses
unless ``allow_private`` is set (every resolved address is checked and the
connection goes to the checked address). Every request and response, including
failures, is written to the WARC so ``newsscores ingest`` can read it later.

The stages are modules of their own: ``listings`` (sitemaps, feeds, URL lists),
``robots``, ``addresses`` (what may be connected to), ``fetch`` (the HTTP client),
``warcout`` (the WARC written); this module runs one crawl over them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import CrawlError
from ..httpbody import decode_body
from .addresses import address_allowed
from .fetch import Crawler
from .listings import clean_url, is_url, join_url, links_from_xml, read_url_list
from .options import CrawlOptions, CrawlReport, Fetched
from .warcout import WarcLog

__all__ = [
    "CrawlOptions",
    "CrawlReport",
    "Fetched",
    "Crawler",
    "crawl",
    "address_allowed",
    "links_from_xml",
    "read_url_list",
]

_MAX_SITEMAP_DEPTH = 3


class _Run:
    """One crawl: expands seeds, fetches pages once each, tallies the outcome."""

    def __init__(self, crawler: Crawler, report: CrawlReport) -> None:
        self.crawler = crawler
        self.report = report
        self.seen: set[str] = set()

    def fail(self, what: str, reason: str, message: str) -> None:
        self.report.failed[reason] += 1
        self.crawler.log(f"failed {what}: {message}")

    def listing(self, source: str, depth: int = 0) -> Iterator[str]:
        """Page URLs from a sitemap or feed (URL or local file), nested sitemaps followed."""
        try:
            if is_url(source):
                fetched = self.crawler.fetch(source)
                limit = self.crawler.options.max_bytes
                data = decode_body(fetched.body, fetched.header("content-encoding"), limit)
            else:
                data = Path(source).read_bytes()
            if data[:2] == b"\x1f\x8b":  # sitemap.xml.gz
                data = decode_body(data, "gzip", self.crawler.options.max_bytes)
            pages, sitemaps = links_from_xml(data)
        except CrawlError as exc:
            self.fail(source, exc.reason, str(exc))
            return
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "reason", "listing")
            self.fail(source, str(reason), f"{source}: {exc}")
            return
        base = source if is_url(source) else ""
        for page in pages:
            try:
                yield join_url(base, page)
            except CrawlError as exc:
                self.fail(page, exc.reason, str(exc))
        for sitemap in sitemaps:
            if depth + 1 >= _MAX_SITEMAP_DEPTH:
                self.fail(sitemap, "sitemap_depth", f"{sitemap}: sitemaps nested too deep")
                continue
            try:
                nested = join_url(base, sitemap)
            except CrawlError as exc:
                self.fail(sitemap, exc.reason, str(exc))
                continue
            yield from self.listing(nested, depth + 1)

    def page(self, url: str) -> bool:
        """Fetch one page unless seen; False once ``max_pages`` is reached."""
        limit = self.crawler.options.max_pages
        if limit is not None and len(self.report.fetched) >= limit:
            return False
        try:
            key = clean_url(url)
        except CrawlError as exc:
            self.fail(url, exc.reason, str(exc))
            return True
        if key in self.seen:
            return True
        self.seen.add(key)
        try:
            self.crawler.fetch(key)
        except CrawlError as exc:
            self.fail(key, exc.reason, str(exc))
        else:
            self.report.fetched.append(key)
            self.crawler.log(f"fetched {key}")
        return True


def crawl(
    warc: Path,
    urls: Iterable[str] = (),
    *,
    sitemaps: Iterable[str] = (),
    feeds: Iterable[str] = (),
    options: CrawlOptions | None = None,
    log: Callable[[str], None] | None = None,
) -> CrawlReport:
    """Fetch ``urls`` and every page listed by ``sitemaps`` and ``feeds`` into ``warc``.

    A ``.gz`` suffix writes a gzipped WARC. Failures never stop the crawl: each is
    counted by reason in the report (and, when a request was sent, archived).
    """
    options = options or CrawlOptions()
    report = CrawlReport(warc)
    with warc.open("wb") as stream:
        crawler = Crawler(WarcLog(stream, warc.name.endswith(".gz")), options, log)
        run = _Run(crawler, report)
        listed = (page for src in [*sitemaps, *feeds] for page in run.listing(src))
        for url in [*urls]:
            if not run.page(url):
                break
        else:
            for url in listed:
                if not run.page(url):
                    break
    report.requests = crawler.requests
    return report

