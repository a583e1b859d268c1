"""Fetching: one polite, sequential HTTP client that archives every exchange.

Each host gets ``delay`` seconds between requests (or robots.txt's Crawl-delay),
timeouts and 5xx answers are retried with exponential backoff, every hop of a
redirect chain is checked again (scheme, address, robots), and bodies are capped on
their compressed and decompressed size within a deadline for the whole response.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import CrawlError
from ..httpbody import BodyError, BodyTooLarge, BoundedDecoder
from .addresses import PinnedHTTPConnection, PinnedHTTPSConnection, address_allowed
from .listings import clean_url, join_url
from .options import CrawlOptions, Fetched
from .robots import parse_robots
from .warcout import WarcLog

__all__ = ["Crawler"]

_REDIRECTS = (301, 302, 303, 307, 308)
_RETRY_STATUSES = (429, 500, 502, 503, 504)
_READ_CHUNK = 64 * 1024
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


class Crawler:
    """A polite sequential fetcher that archives every exchange to ``warc``."""

    def __init__(
        self,
        warc: WarcLog,
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
        """robots.txt of one host, read as :func:`.robots.parse_robots` says."""
        try:
            fetched = self._follow(f"{key}/robots.txt", robots=False)
        except CrawlError as exc:
            self.log(f"robots.txt of {key} unreadable ({exc}); not crawling that host")
            return parse_robots(key, None)
        return parse_robots(key, fetched)

    # -- fetching ----------------------------------------------------------------

    def fetch(self, url: str) -> Fetched:
        """GET ``url`` following redirects, each hop re-checked; 200 or a CrawlError."""
        fetched = self._follow(url, robots=True)
        if fetched.status != 200:
            raise CrawlError(fetched.url, f"http_{fetched.status}", f"HTTP {fetched.status}")
        return fetched

    def _follow(self, url: str, robots: bool) -> Fetched:
        """The last response of ``url``'s redirect chain, every hop checked like the first."""
        current = clean_url(url)
        for _hop in range(self.options.max_redirects + 1):
            fetched = self._get(current, robots=robots)
            location = fetched.header("location")
            if fetched.status not in _REDIRECTS or not location:
                return fetched
            current = clean_url(join_url(current, location.strip()))
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
        connection_class = PinnedHTTPSConnection if scheme == "https" else PinnedHTTPConnection
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
