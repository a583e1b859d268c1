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
"""

from __future__ import annotations

import contextlib
import http.client
import io
import ipaddress
import socket
import ssl
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .errors import CrawlError
from .httpbody import BodyError, BodyTooLarge, BoundedDecoder, decode_body
from .settings import SETTINGS

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

_REDIRECTS = (301, 302, 303, 307, 308)
_RETRY_STATUSES = (429, 500, 502, 503, 504)
_READ_CHUNK = 64 * 1024
_MAX_SITEMAP_DEPTH = 3
_DISALLOW_ALL = ["User-agent: *", "Disallow: /"]
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@dataclass(frozen=True)
class CrawlOptions:
    """How politely and how far to crawl; defaults come from :data:`SETTINGS`."""

    delay: float = SETTINGS.crawl_delay
    timeout: float = SETTINGS.crawl_timeout
    retries: int = SETTINGS.crawl_retries
    backoff: float = 1.0
    max_bytes: int = SETTINGS.crawl_max_bytes
    max_redirects: int = SETTINGS.crawl_max_redirects
    max_pages: int | None = None
    user_agent: str = SETTINGS.user_agent
    allow_private: bool = False
    #: Addresses or networks allowed whatever else says (the only way to reach a
    #: link-local or cloud-metadata address, which ``allow_private`` never opens).
    allow_addresses: tuple[str, ...] = ()


@dataclass
class Fetched:
    """One HTTP exchange as it went over the wire (body still content-encoded)."""

    url: str
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    address: str
    truncated: bool = False

    def header(self, name: str) -> str | None:
        """The first header called ``name`` (case-insensitive)."""
        lower = name.lower()
        return next((v for k, v in self.headers if k.lower() == lower), None)


@dataclass
class CrawlReport:
    """What a crawl did: pages stored, failures by reason, and where the WARC is."""

    warc: Path
    fetched: list[str] = field(default_factory=list)
    failed: Counter[str] = field(default_factory=Counter)
    requests: int = 0

    def summary(self) -> str:
        """One line: pages, requests and failures by reason."""
        reasons = ", ".join(f"{r}: {n}" for r, n in sorted(self.failed.items())) or "none"
        return (
            f"{len(self.fetched)} pages fetched with {self.requests} requests into "
            f"{self.warc}; failed: {reasons}"
        )


#: Cloud instance-metadata services: credentials live there, so they are refused
#: even with ``allow_private`` unless named in ``allow_addresses``.
_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200")
)
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))

_IP = ipaddress.IPv4Address | ipaddress.IPv6Address


def _embedded(ip: _IP) -> list[_IP]:
    """``ip`` and every IPv4 address it carries (IPv4-mapped, NAT64, 6to4, Teredo):
    each must pass the check, or ``64:ff9b::a9fe:a9fe`` would reach 169.254.169.254."""
    found: list[_IP] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            found.append(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            found.append(ip.sixtofour)
        if ip.teredo is not None:
            found.extend(ip.teredo)
        if any(ip in net for net in _NAT64):
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def address_allowed(
    address: str, allow_private: bool, allow_addresses: Iterable[str] = ()
) -> bool:
    """Whether a connection to ``address`` is allowed: public unicast only, by default.

    ``allow_private`` opens private and loopback addresses, never link-local or
    cloud-metadata ones (nor their NAT64/6to4 forms); those, and anything else,
    pass only when ``allow_addresses`` names them (an address or a network)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    forms = _embedded(ip)
    for entry in allow_addresses:
        try:
            net = ipaddress.ip_network(entry.strip(), strict=False)
        except ValueError:
            continue
        if any(form.version == net.version and form in net for form in forms):
            return True
    for form in forms:
        if form.is_multicast or form.is_unspecified or (form.version == 4 and form.is_reserved):
            return False
        if form.is_link_local or form in _METADATA:
            return False
        if not allow_private and not (
            form.is_global and not (form.is_private or form.is_loopback)
        ):
            return False
    return True


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to an address checked beforehand (no second DNS lookup)."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection to a checked address, verifying the certificate of ``host``."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


class _WarcLog:
    """Writes request/response record pairs to one WARC file."""

    def __init__(self, stream: BinaryIO, compress: bool) -> None:
        self.writer = WARCWriter(stream, gzip=compress)

    def write(
        self, url: str, request: list[tuple[str, str]], method_line: str, fetched: Fetched | None
    ) -> None:
        """Archive one exchange: the request, and the response if one came back."""
        date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        request_headers = StatusAndHeaders(method_line, request, is_http_request=True)
        if fetched is None:
            record = self.writer.create_warc_record(
                url, "request", http_headers=request_headers, warc_headers_dict={"WARC-Date": date}
            )
            self.writer.write_record(record)
            return
        response_headers = StatusAndHeaders(
            f"{fetched.status} {fetched.reason}".strip(),
            [(k, v) for k, v in fetched.headers if k.lower() != "transfer-encoding"],
            protocol="HTTP/1.1",
        )
        warc: dict[str, str] = {"WARC-Date": date, "WARC-IP-Address": fetched.address}
        if fetched.truncated:
            warc["WARC-Truncated"] = "length"
        response = self.writer.create_warc_record(
            fetched.url,
            "response",
            payload=io.BytesIO(fetched.body),
            length=len(fetched.body),
            http_headers=response_headers,
            warc_headers_dict=warc,
        )
        request_record = self.writer.create_warc_record(
            url,
            "request",
            http_headers=request_headers,
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        self.writer.write_record(response)
        self.writer.write_record(request_record)


class Crawler:
    """A polite sequential fetcher that archives every exchange to ``warc``."""

    def __init__(
        self,
        warc: _WarcLog,
        options: CrawlOptions,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.warc = warc
        self.options = options
        self.log = log or (lambda _message: None)
        self.robots: dict[str, RobotFileParser] = {}
        self.last_request: dict[str, float] = {}
        self.requests = 0

    # -- policy ------------------------------------------------------------------

    def resolve(self, host: str, port: int) -> list[str]:
        """Every address ``host`` resolves to (a failure is a CrawlError)."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise CrawlError(host, "dns", f"cannot resolve host ({exc})") from None
        return list(dict.fromkeys(str(info[4][0]) for info in infos))

    def permits(self, host: str, address: str) -> bool:
        """Whether ``host`` may be contacted at ``address`` (the private-address policy)."""
        return address_allowed(
            address, self.options.allow_private, self.options.allow_addresses
        )

    def check_url(self, url: str) -> tuple[str, str, int, str]:
        """Scheme, host, port and a vetted address for ``url``, or a CrawlError."""
        try:
            parts = urlsplit(url)
            hostname = parts.hostname
        except ValueError as exc:
            raise CrawlError(url, "bad_url", f"not a valid URL ({exc})") from None
        if parts.scheme not in ("http", "https"):
            raise CrawlError(url, "scheme", f"only http(s) is fetched, not {parts.scheme!r}")
        if not hostname:
            raise CrawlError(url, "scheme", "URL without host")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise CrawlError(url, "scheme", "bad port") from None
        # IPv4 first: a server on "localhost" often listens on 127.0.0.1 only.
        addresses = sorted(self.resolve(hostname, port), key=lambda a: ":" in a)
        refused = [a for a in addresses if not self.permits(hostname, a)]
        if refused or not addresses:
            raise CrawlError(
                url,
                "private_address",
                f"refused address {', '.join(refused) or 'none'} (--allow-private opens "
                "private and loopback addresses; --allow-address ADDR any one address)",
            )
        return parts.scheme, hostname, port, addresses[0]

    def _wait_for(self, host_key: str) -> None:
        """Sleep until ``host_key`` may be contacted again."""
        delay = self.options.delay
        robots = self.robots.get(host_key)
        if robots is not None:
            stated = robots.crawl_delay(self.options.user_agent)
            if stated is not None:
                delay = max(delay, float(stated))
        last = self.last_request.get(host_key)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self.last_request[host_key] = time.monotonic()

    def allowed_by_robots(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s host lets our user agent fetch it."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self.robots:
            self.robots[key] = self._fetch_robots(key)
        return self.robots[key].can_fetch(self.options.user_agent, url)

    def _fetch_robots(self, key: str) -> RobotFileParser:
        """robots.txt of one host: 401/403 or unreachable forbid all, other 4xx allow all."""
        parser = RobotFileParser(f"{key}/robots.txt")
        try:
            fetched = self._follow(f"{key}/robots.txt", robots=False)
        except CrawlError as exc:
            self.log(f"robots.txt of {key} unreadable ({exc}); not crawling that host")
            parser.parse(_DISALLOW_ALL)
            return parser
        if fetched.status in (401, 403) or fetched.status >= 500:
            parser.parse(_DISALLOW_ALL)
        elif fetched.status >= 300:
            parser.parse([])
        else:
            try:
                body = decode_body(fetched.body, fetched.header("content-encoding"), 500_000)
            except BodyError:
                body = b""
            parser.parse(body.decode("utf-8", "replace").splitlines())
        return parser

    # -- fetching ----------------------------------------------------------------

    def fetch(self, url: str) -> Fetched:
        """GET ``url`` following redirects, each hop re-checked; 200 or a CrawlError."""
        fetched = self._follow(url, robots=True)
        if fetched.status != 200:
            raise CrawlError(fetched.url, f"http_{fetched.status}", f"HTTP {fetched.status}")
        return fetched

    def _follow(self, url: str, robots: bool) -> Fetched:
        """The last response of ``url``'s redirect chain, every hop checked like the first."""
        current = _clean_url(url)
        for _hop in range(self.options.max_redirects + 1):
            fetched = self._get(current, robots=robots)
            location = fetched.header("location")
            if fetched.status not in _REDIRECTS or not location:
                return fetched
            current = _clean_url(_join(current, location.strip()))
        raise CrawlError(
            url, "too_many_redirects", f"more than {self.options.max_redirects} redirects"
        )

    def _get(self, url: str, robots: bool) -> Fetched:
        """One GET with retries on timeouts and 5xx, archived whatever the outcome."""
        scheme, host, port, address = self.check_url(url)
        if robots and not self.allowed_by_robots(url):
            raise CrawlError(url, "robots", "disallowed by robots.txt")
        host_key = f"{scheme}://{urlsplit(url).netloc}"
        attempts = self.options.retries + 1
        for attempt in range(attempts):
            if attempt:
                time.sleep(self.options.backoff * 2 ** (attempt - 1))
            self._wait_for(host_key)
            try:
                fetched = self._exchange(url, scheme, host, port, address)
            except CrawlError as exc:
                if exc.reason in ("timeout", "connection") and attempt + 1 < attempts:
                    self.log(f"{url}: {exc.reason}, retrying")
                    continue
                raise
            if fetched.status in _RETRY_STATUSES and attempt + 1 < attempts:
                self.log(f"{url}: HTTP {fetched.status}, retrying")
                continue
            return fetched
        raise AssertionError("unreachable")  # pragma: no cover

    def _exchange(self, url: str, scheme: str, host: str, port: int, address: str) -> Fetched:
        """Send one request, read the capped body, write both to the WARC."""
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        default_port = 443 if scheme == "https" else 80
        request = [
            ("Host", host if port == default_port else f"{host}:{port}"),
            ("User-Agent", self.options.user_agent),
            ("Accept", _ACCEPT),
            ("Accept-Encoding", "gzip, deflate"),
            ("Connection", "close"),
        ]
        connection_class = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
        conn = connection_class(host, port, address, self.options.timeout)
        deadline = time.monotonic() + self.options.timeout
        self.requests += 1
        method_line = f"GET {target} HTTP/1.1"
        # The timeout is a deadline for the whole exchange: a server that sends one
        # byte a second never lets a per-read socket timeout expire, so at the
        # deadline the socket is shut and every read in progress ends.
        expired = threading.Event()
        timer = threading.Timer(self.options.timeout, _shut, args=(conn, expired))
        timer.daemon = True
        timer.start()
        try:
            conn.putrequest("GET", target, skip_host=True, skip_accept_encoding=True)
            for name, value in request:
                conn.putheader(name, value)
            conn.endheaders()
            response = conn.getresponse()
            fetched = Fetched(
                url, response.status, response.reason, response.getheaders(), b"", address
            )
            fetched.body, fetched.truncated = self._read_capped(response, fetched, deadline)
            if expired.is_set():
                raise TimeoutError
        except TimeoutError:
            self.warc.write(url, request, method_line, None)
            raise CrawlError(url, "timeout", f"no answer within {self.options.timeout}s") from None
        except (OSError, http.client.HTTPException) as exc:
            self.warc.write(url, request, method_line, None)
            if expired.is_set():
                raise CrawlError(
                    url, "timeout", f"no complete answer within {self.options.timeout}s"
                ) from None
            raise CrawlError(url, "connection", f"connection failed ({exc})") from None
        finally:
            timer.cancel()
            conn.close()
        self.warc.write(url, request, method_line, fetched)
        if fetched.truncated:
            raise CrawlError(url, "too_large", f"body over {self.options.max_bytes} bytes")
        return fetched

    def _read_capped(
        self, response: http.client.HTTPResponse, fetched: Fetched, deadline: float
    ) -> tuple[bytes, bool]:
        """The body as sent, stopping past ``max_bytes`` raw or decompressed, or the deadline."""
        limit = self.options.max_bytes
        try:
            decoder: BoundedDecoder | None = BoundedDecoder(
                fetched.header("content-encoding"), limit
            )
        except BodyError:
            decoder = None  # unknown coding: archived as is, only the raw size is capped
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError
            chunk = response.read1(_READ_CHUNK)  # what has arrived, not a full 64 KB
            if not chunk:
                return b"".join(chunks), False
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return b"".join(chunks)[:limit], True
            if decoder is not None:
                try:
                    decoder.feed(chunk)  # only counts: the output is dropped at once
                except BodyTooLarge:
                    return b"".join(chunks), True
                except BodyError:
                    decoder = None


def _shut(conn: http.client.HTTPConnection, expired: threading.Event) -> None:
    """End every read on ``conn`` now (its deadline passed)."""
    expired.set()
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _clean_url(url: str) -> str:
    """``url`` without its fragment; a CrawlError when it does not parse (``http://[::1``)."""
    try:
        return urldefrag(url).url
    except ValueError as exc:
        raise CrawlError(url, "bad_url", f"not a valid URL ({exc})") from None


def _join(base: str, link: str) -> str:
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


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


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
            if _is_url(source):
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
        base = source if _is_url(source) else ""
        for page in pages:
            try:
                yield _join(base, page)
            except CrawlError as exc:
                self.fail(page, exc.reason, str(exc))
        for sitemap in sitemaps:
            if depth + 1 >= _MAX_SITEMAP_DEPTH:
                self.fail(sitemap, "sitemap_depth", f"{sitemap}: sitemaps nested too deep")
                continue
            try:
                nested = _join(base, sitemap)
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
            key = _clean_url(url)
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
        crawler = Crawler(_WarcLog(stream, warc.name.endswith(".gz")), options, log)
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
