"""robots.txt: how an answer (or none) becomes the rules for one host."""

from __future__ import annotations

from urllib.robotparser import RobotFileParser

from ..httpbody import BodyError, decode_body
from .options import Fetched

__all__ = ["parse_robots", "ROBOTS_MAX_BYTES"]

#: How much of a robots.txt is read.
ROBOTS_MAX_BYTES = 500_000
_DISALLOW_ALL = ["User-agent: *", "Disallow: /"]


def parse_robots(key: str, fetched: Fetched | None) -> RobotFileParser:
    """The rules of host ``key`` (``scheme://netloc``): no answer, 401/403 or a 5xx
    forbid all, another 3xx/4xx allows all, a 2xx body is parsed."""
    parser = RobotFileParser(f"{key}/robots.txt")
    if fetched is None or fetched.status in (401, 403) or fetched.status >= 500:
        parser.parse(_DISALLOW_ALL)
    elif fetched.status >= 300:
        parser.parse([])
    else:
        try:
            body = decode_body(fetched.body, fetched.header("content-encoding"), ROBOTS_MAX_BYTES)
        except BodyError:
            body = b""
        parser.parse(body.decode("utf-8", "replace").splitlines())
    return parser
