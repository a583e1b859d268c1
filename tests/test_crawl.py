"""Tests for newsscores.crawl against a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from newsscores.cli import main
from newsscores.crawl import (
    Crawler,
    CrawlOptions,
    CrawlReport,
    address_allowed,
    crawl,
    links_from_xml,
)
from newsscores.models import RawDocument
from newsscores.sources.warc import iter_warc

FIXTURES = Path(__file__).parent / "fixtures" / "crawl"
MAX_BYTES = 100_000
BOMB = gzip.compress(b"\0" * 20_000_000, compresslevel=9)


class Site:
    """The fixture site: routes, and every request it received."""

    def __init__(self) -> None:
        self.base = ""
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.hung_up: set[str] = set()

    def fixture(self, name: str, **values: object) -> bytes:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        for key, value in {"base": self.base, **values}.items():
            text = text.replace("{" + key + "}", str(value))
        return text.encode()

    def route(self, path: str) -> tuple[int, list[tuple[str, str]], bytes]:
        """Status, headers and body for ``path``."""
        html = [("Content-Type", "text/html; charset=utf-8")]
        xml = [("Content-Type", "application/xml")]
        if path == "/robots.txt":
            return 200, [("Content-Type", "text/plain")], self.fixture("robots.txt")
        if path.startswith(("/article/", "/private/")):
            return 200, html, self.fixture("article.html", n=path.rsplit("/", 1)[-1].split(".")[0])
        if path in ("/feed.xml", "/atom.xml", "/sitemap.xml", "/sitemap_index.xml"):
            return 200, xml, self.fixture(path[1:])
        if path == "/flaky":
            status = 500 if self.hits[path] == 1 else 200
            return status, html, self.fixture("article.html", n="flaky")
        if path == "/always500":
            return 500, html, b"<html>down</html>"
        if path.startswith("/r/"):
            hop = int(path[3:])
            target = "/article/1.html" if hop >= 3 else f"/r/{hop + 1}"
            return 302, [("Location", target)], b""
        if path.startswith("/loop/"):
            return 301, [("Location", f"/loop/{int(path[6:]) + 1}")], b""
        redirects = {
            "/to-ftp": "ftp://example.org/file",
            "/to-private": "/private/secret.html",
            "/to-localhost": self.base.replace("127.0.0.1", "localhost") + "/article/7.html",
        }
        if path in redirects:
            return 302, [("Location", redirects[path])], b""
        if path == "/slow":
            time.sleep(1.0)
            return 200, html, b"<html>late</html>"
        if path == "/huge":
            return 200, html, b"<html><p>" + b"x" * (3 * MAX_BYTES) + b"</p></html>"
        if path == "/bomb":
            return 200, [*html, ("Content-Encoding", "gzip")], BOMB
        if path == "/gzipped":
            body = gzip.compress(self.fixture("article.html", n="gzipped"))
            return 200, [*html, ("Content-Encoding", "gzip")], body
        if path == "/image.png":
            return 200, [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n" + b"\0" * 64
        return 404, html, b"<html>not found</html>"


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            site.hits[self.path] += 1
            site.agents.append(self.headers.get("User-Agent", ""))
            if self.path == "/trickle":  # one byte at a time, far slower than any timeout
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "400")
                self.end_headers()
                try:
                    for _ in range(400):
                        self.wfile.write(b"x")
                        self.wfile.flush()
                        time.sleep(0.05)
                except OSError:
                    site.hung_up.add(self.path)
                return
            status, headers, body = site.route(self.path)
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the crawler hung up (size cap, timeout)
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler


@pytest.fixture(scope="module")
def server() -> Iterator[Site]:
    site = Site()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    httpd.daemon_threads = True
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield site
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def site(server: Site) -> Site:
    """The running site with its request log cleared."""
    server.hits.clear()
    server.agents.clear()
    return server


OPTIONS = CrawlOptions(
    delay=0, timeout=0.5, retries=1, backoff=0.01, max_bytes=MAX_BYTES, allow_private=True
)

Run = Callable[..., CrawlReport]


@pytest.fixture
def run(site: Site, tmp_path: Path) -> Run:
    def run(*paths: str, options: CrawlOptions = OPTIONS, **listings: list[str]) -> CrawlReport:
        urls = [site.base + p for p in paths]
        kinds = {k: [site.base + p for p in v] for k, v in listings.items()}
        return crawl(tmp_path / "out.warc.gz", urls, options=options, **kinds)

    return run


@pytest.mark.parametrize(
    ("path", "outcome"),
    [
        ("/article/1.html", "fetched"),
        ("/gzipped", "fetched"),
        ("/image.png", "fetched"),
        ("/r/1", "fetched"),
        ("/flaky", "fetched"),
        ("/private/secret.html", "robots"),
        ("/to-private", "robots"),
        ("/to-ftp", "scheme"),
        ("/missing", "http_404"),
        ("/always500", "http_500"),
        ("/loop/1", "too_many_redirects"),
        ("/slow", "timeout"),
        ("/huge", "too_large"),
        ("/bomb", "too_large"),
    ],
)
def test_each_page_gets_its_outcome(run: Run, path: str, outcome: str) -> None:
    report = run(path)
    got = "fetched" if report.fetched else next(iter(report.failed))
    assert got == outcome, report.summary()


@pytest.mark.parametrize(
    ("path", "hits"),
    [("/flaky", 2), ("/always500", 2), ("/slow", 2), ("/missing", 1), ("/private/secret.html", 0)],
)
def test_retries_only_timeouts_and_5xx(run: Run, site: Site, path: str, hits: int) -> None:
    run(path)
    assert site.hits[path] == hits


def test_loopback_is_refused_without_allow_private(run: Run, site: Site) -> None:
    report = run("/article/1.html", options=CrawlOptions(delay=0, allow_private=False))
    assert report.failed == Counter({"private_address": 1}) and not report.fetched
    assert sum(site.hits.values()) == 0


def test_every_redirect_hop_is_rechecked(
    run: Run, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Crawler, "permits", lambda self, host, address: host == "127.0.0.1")
    report = run("/to-localhost")
    assert report.failed == Counter({"private_address": 1})
    assert site.hits["/article/7.html"] == 0


def test_user_agent_names_newsscores(run: Run, site: Site) -> None:
    run("/article/1.html")
    assert site.agents and all("newsscores" in agent for agent in site.agents)


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        ({"feeds": ["/feed.xml"]}, {"/article/1.html", "/article/2.html", "/article/3.html"}),
        ({"feeds": ["/atom.xml"]}, {"/article/4.html", "/article/5.html"}),
        ({"sitemaps": ["/sitemap.xml"]}, {"/article/6.html"}),
        ({"sitemaps": ["/sitemap_index.xml"]}, {"/article/6.html"}),
    ],
    ids=["rss", "atom", "sitemap", "sitemap-index"],
)
def test_feeds_and_sitemaps_list_the_pages(
    run: Run, site: Site, listing: dict[str, list[str]], expected: set[str]
) -> None:
    report = run(**listing)
    assert {url.removeprefix(site.base) for url in report.fetched} == expected


def test_sitemap_failures_are_counted(run: Run) -> None:
    report = run(sitemaps=["/sitemap.xml"])
    assert report.failed == Counter({"robots": 1, "http_404": 1})


def test_max_pages_stops_the_crawl(run: Run) -> None:
    options = CrawlOptions(delay=0, allow_private=True, max_pages=2)
    report = run(feeds=["/feed.xml"], options=options)
    assert len(report.fetched) == 2


def test_per_host_delay_spaces_requests(run: Run) -> None:
    options = CrawlOptions(delay=0.15, allow_private=True)
    start = time.monotonic()
    run("/article/1.html", "/article/2.html", options=options)
    assert time.monotonic() - start >= 0.3  # robots.txt, page 1, page 2


def test_warc_holds_every_exchange_and_ingests(run: Run, site: Site, tmp_path: Path) -> None:
    report = run("/article/1.html", "/r/2", "/missing", "/flaky", "/bomb")
    records: list[tuple[str, str]] = []
    with report.warc.open("rb") as stream:
        for record in ArchiveIterator(stream):
            uri = record.rec_headers.get_header("WARC-Target-URI").removeprefix(site.base)
            records.append((record.rec_type, uri))
            if record.rec_type == "response" and uri == "/bomb":
                assert record.rec_headers.get_header("WARC-Truncated") == "length"
    responses = Counter(uri for kind, uri in records if kind == "response")
    requests = Counter(uri for kind, uri in records if kind == "request")
    assert responses == requests
    assert responses["/flaky"] == 2 and responses["/r/2"] == 1 and responses["/missing"] == 1
    docs = [d for d in iter_warc(report.warc) if isinstance(d, RawDocument)]
    urls = sorted(d.url.removeprefix(site.base) for d in docs if d.url)
    assert urls == ["/article/1.html", "/article/1.html", "/flaky"]
    assert all(b"Quang Ninh" in d.content for d in docs if isinstance(d.content, bytes))


@pytest.mark.parametrize(
    ("address", "allow_private", "allowed"),
    [
        ("8.8.8.8", False, True),
        ("2606:4700::1111", False, True),
        ("127.0.0.1", False, False),
        ("10.1.2.3", False, False),
        ("192.168.0.1", False, False),
        ("169.254.169.254", False, False),
        ("::1", False, False),
        ("fe80::1%eth0", False, False),
        ("::ffff:127.0.0.1", False, False),
        ("100.64.0.1", False, False),
        ("127.0.0.1", True, True),
        ("::ffff:127.0.0.1", True, True),
        ("10.1.2.3", True, True),
        ("0.0.0.0", True, False),
        ("224.0.0.1", True, False),
        # metadata and link-local stay refused with --allow-private, in every form
        ("169.254.169.254", True, False),
        ("169.254.1.1", True, False),
        ("fe80::1%eth0", True, False),
        ("::ffff:169.254.169.254", True, False),
        ("64:ff9b::a9fe:a9fe", True, False),
        ("2002:a9fe:a9fe::1", True, False),
        ("fd00:ec2::254", True, False),
        ("64:ff9b::a9fe:a9fe", False, False),
        ("2002:a9fe:a9fe::1", False, False),
        ("64:ff9b::808:808", False, True),
        ("not an address", True, False),
    ],
)
def test_address_allowed(address: str, allow_private: bool, allowed: bool) -> None:
    assert address_allowed(address, allow_private) is allowed


@pytest.mark.parametrize(
    ("address", "named"),
    [
        ("169.254.169.254", "169.254.169.254"),
        ("64:ff9b::a9fe:a9fe", "169.254.169.254"),
        ("fe80::1%eth0", "fe80::/64"),
    ],
)
def test_named_addresses_are_allowed(address: str, named: str) -> None:
    assert address_allowed(address, False, [named]) is True
    assert address_allowed(address, True, ["10.0.0.0/8"]) is False


def test_timeout_is_a_deadline_for_the_whole_response(run: Run, site: Site) -> None:
    """A server trickling one byte at a time never trips a per-read timeout; the
    crawler hangs up at the deadline instead of waiting for the whole body."""
    report = run("/trickle", options=replace(OPTIONS, retries=0))
    assert report.failed == Counter({"timeout": 1})
    deadline = time.monotonic() + 30
    while "/trickle" not in site.hung_up and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "/trickle" in site.hung_up


def test_bad_urls_are_failures_and_the_crawl_goes_on(site: Site, tmp_path: Path) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text(
        "<urlset><url><loc>http://[::2</loc></url>"
        f"<url><loc>{site.base}/article/2.html</loc></url></urlset>",
        encoding="utf-8",
    )
    report = crawl(
        tmp_path / "out.warc",
        ["http://[::1", "https://[zz]/a", f"{site.base}/article/1.html"],
        sitemaps=[str(sitemap)],
        options=OPTIONS,
    )
    assert sorted(report.fetched) == [f"{site.base}/article/{n}.html" for n in (1, 2)]
    assert report.failed == Counter({"bad_url": 3})


def test_cli_url_file_with_bad_lines(site: Site, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    bad = b"http://[::1\nhttp://x.test/\xff\xfe\n"
    urls.write_bytes(bad + f"{site.base}/article/3.html\n".encode())
    warc = str(tmp_path / "x.warc")
    args = ["crawl", "--urls", str(urls), "--warc", warc, "--allow-private"]
    result = CliRunner().invoke(main, [*args, "--delay", "0", "-q"])
    assert result.exit_code == 0, result.output
    assert "1 pages fetched" in result.output and "bad_url: 1" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("data", "pages", "sitemaps"),
    [
        (
            b"<rss><channel><item><link> https://a/1 </link></item></channel></rss>",
            ["https://a/1"],
            [],
        ),
        (
            b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            b'xmlns="http://purl.org/rss/1.0/"><item><link>https://a/2</link></item></rdf:RDF>',
            ["https://a/2"],
            [],
        ),
        (
            b'<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
            b'<link rel="enclosure" href="https://a/x.mp3"/></entry></feed>',
            ["https://a/x.mp3"],
            [],
        ),
        (
            b"<sitemapindex><sitemap><loc>https://a/s.xml</loc></sitemap></sitemapindex>",
            [],
            ["https://a/s.xml"],
        ),
    ],
    ids=["rss", "rss1-rdf", "atom-fallback-link", "sitemap-index"],
)
def test_links_from_xml(data: bytes, pages: list[str], sitemaps: list[str]) -> None:
    assert links_from_xml(data) == (pages, sitemaps)


@pytest.mark.parametrize("data", [b"<html><body>no</body></html>", b"<rss><unclosed>", b"\xff\xfe"])
def test_links_from_xml_rejects_other_documents(data: bytes) -> None:
    with pytest.raises(ValueError):
        links_from_xml(data)


def test_cli_crawls_a_feed_into_warc_and_db(site: Site, tmp_path: Path) -> None:
    warc, db = tmp_path / "news.warc.gz", tmp_path / "news.db"
    args = ["crawl", "--feed", f"{site.base}/feed.xml", "--warc", str(warc), "--db", str(db)]
    result = CliRunner().invoke(main, [*args, "--allow-private", "--delay", "0", "-q"])
    assert result.exit_code == 0, result.output
    assert "3 pages fetched" in result.output
    urls = {row["url"] for row in sqlite_utils.Database(db)["articles"].rows}
    assert f"{site.base}/article/1.html" in urls


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        ([], 2, "give URLs"),
        (["http://127.0.0.1:9/a"], 1, "private_address: 1"),
        (["--urls", "/nonexistent/list.txt"], 2, "does not exist"),
    ],
    ids=["no-seeds", "nothing-fetched", "missing-url-file"],
)
def test_cli_errors(tmp_path: Path, args: list[str], code: int, words: str) -> None:
    result = CliRunner().invoke(main, ["crawl", "--warc", str(tmp_path / "x.warc"), *args])
    assert result.exit_code == code
    assert words in result.output
    assert "Traceback" not in result.output
