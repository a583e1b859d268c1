"""``newsscores crawl``: fetch pages into a WARC (and optionally ingest it)."""

from __future__ import annotations

from pathlib import Path

import click

from ..crawl import CrawlOptions, crawl, read_url_list
from ..errors import NewsscoresError
from ..settings import SETTINGS
from . import main


@main.command("crawl")
@click.argument("urls", nargs=-1)
@click.option(
    "--urls",
    "url_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="File of page URLs, one per line (# comments allowed).",
)
@click.option("--sitemap", "sitemaps", multiple=True, help="Sitemap URL or file (repeatable).")
@click.option("--feed", "feeds", multiple=True, help="RSS or Atom feed URL or file (repeatable).")
@click.option(
    "--warc",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    required=True,
    help="WARC file to write; a .gz suffix compresses it.",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also ingest the WARC into this SQLite database when the crawl ends.",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=SETTINGS.crawl_delay,
    show_default=True,
    help="Seconds between two requests to one host (robots.txt Crawl-delay wins if longer).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.01),
    default=SETTINGS.crawl_timeout,
    show_default=True,
    help="Seconds allowed for one whole request and response.",
)
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=SETTINGS.crawl_retries,
    show_default=True,
    help="Retries after a timeout or a 5xx answer.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=SETTINGS.crawl_max_bytes,
    show_default=True,
    help="Cap on a body, compressed and decompressed.",
)
@click.option(
    "--max-redirects",
    type=click.IntRange(min=0),
    default=SETTINGS.crawl_max_redirects,
    show_default=True,
    help="Redirects followed per page.",
)
@click.option(
    "--max-pages", type=click.IntRange(min=1), default=None, help="Stop after this many pages."
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Allow private and loopback addresses (refused by default; link-local and "
    "cloud-metadata addresses stay refused).",
)
@click.option(
    "--allow-address",
    "allow_addresses",
    multiple=True,
    metavar="ADDR",
    help="Allow this address or network even if link-local or metadata (repeatable).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
def crawl_command(
    urls: tuple[str, ...],
    url_file: Path | None,
    sitemaps: tuple[str, ...],
    feeds: tuple[str, ...],
    warc: Path,
    db_path: Path | None,
    delay: float,
    timeout: float,
    retries: int,
    max_bytes: int,
    max_redirects: int,
    max_pages: int | None,
    allow_private: bool,
    allow_addresses: tuple[str, ...],
    quiet: bool,
) -> None:
    """Fetch news pages politely into a WARC, from URLs, a sitemap or a feed.

    robots.txt is obeyed, each host gets DELAY seconds between requests, every
    request and response is archived, and nothing on a private or loopback
    address is fetched unless --allow-private is given. Link-local and
    cloud-metadata addresses (169.254.169.254, also in NAT64 or 6to4 form) are
    fetched only when named with --allow-address. --timeout is a deadline for
    the whole response.

    Example:

        newsscores crawl --feed https://example.org/rss.xml --warc news.warc.gz --db news.db

        newsscores crawl https://example.org/a.html --urls more.txt --warc out.warc.gz
    """
    seeds = [*urls, *(read_url_list(url_file) if url_file else [])]
    if not (seeds or sitemaps or feeds):
        raise click.UsageError("give URLs, --urls FILE, --sitemap or --feed")
    options = CrawlOptions(
        delay=delay,
        timeout=timeout,
        retries=retries,
        max_bytes=max_bytes,
        max_redirects=max_redirects,
        max_pages=max_pages,
        allow_private=allow_private,
        allow_addresses=allow_addresses,
    )

    def log(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    try:
        report = crawl(warc, seeds, sitemaps=sitemaps, feeds=feeds, options=options, log=log)
    except OSError as exc:
        raise click.ClickException(f"{warc}: cannot write WARC ({exc.strerror or exc})") from None
    click.echo(report.summary())
    if db_path is not None and report.fetched:
        from .. import ingest

        try:
            click.echo(ingest([warc], db_path, on_error=log).summary())
        except NewsscoresError as exc:
            raise click.ClickException(str(exc)) from None
    if not report.fetched:
        raise SystemExit(1)
