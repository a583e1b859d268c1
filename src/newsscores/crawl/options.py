"""What a crawl is asked to do and what it reports: options, one exchange, the report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..settings import SETTINGS

__all__ = ["CrawlOptions", "Fetched", "CrawlReport"]


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
