"""Settings in one place: limits, defaults and versions every stage reads."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "Settings",
    "SETTINGS",
    "SETTINGS_PROBLEMS",
    "EXTRACTOR_VERSION",
    "read_env",
]

#: Bumped whenever a rule pack or the extraction engine changes what it emits;
#: stored articles are re-extracted when the stored version differs.
EXTRACTOR_VERSION = "rules-0.261.0"


@dataclass(frozen=True)
class Settings:
    """Tunable limits and defaults; override with ``NEWSSCORES_*`` environment variables."""

    max_input_bytes: int = 20 * 1024 * 1024
    max_text_chars: int = 2_000_000
    langdetect_seed: int = 0
    #: characters of an article langdetect reads (numbers and URLs removed first):
    #: 300 take a third of the time of 1,000 raw characters with the same language on
    #: every fixture, devset, negset article and benchmark page (241), and the same
    #: probability on all but one page; less no longer saves time (bench/README.md)
    langdetect_chars: int = 300
    #: an HTML page whose main text (trafilatura's own extractor) is at least this
    #: long and names no governance index skips trafilatura's comparison with
    #: readability and justext, a sixth of its time; shorter texts, and pages that name
    #: an index, are extracted in full (0: every page in full; bench/README.md)
    fast_cascade_min_chars: int = 1000
    #: where compiled rule packs and language profiles are cached ("" turns it off)
    cache_dir: str = field(
        default_factory=lambda: os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsscores"
        )
    )
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    queue_size: int = 64
    batch_size: int = 50
    user_agent: str = "newsscores/0.1 (+https://github.com/newsscores/newsscores)"
    crawl_delay: float = 1.0
    crawl_timeout: float = 20.0
    crawl_retries: int = 3
    crawl_max_bytes: int = 10 * 1024 * 1024
    crawl_max_redirects: int = 5
    rounding_tolerance: float = 0.011
    #: CPU seconds one document may take per 100 KB of input (at least this much per
    #: document); past it the document is recorded as ``timeout`` (0 turns it off).
    document_seconds: float = 5.0

    @classmethod
    def from_env(cls) -> Settings:
        """Settings with any ``NEWSSCORES_<FIELD>`` environment variable applied;
        a malformed value keeps the default (see :func:`read_env` for the problems)."""
        return read_env(cls, os.environ)[0]


#: Settings that must be at least 1 (a 0 batch or queue would stall a run).
_AT_LEAST_ONE = frozenset(
    {"workers", "queue_size", "batch_size", "max_input_bytes", "max_text_chars",
     "langdetect_chars", "crawl_max_bytes"}
)


def read_env(
    cls: type[Settings], environ: Mapping[str, str]
) -> tuple[Settings, list[str]]:
    """Settings from ``NEWSSCORES_*`` variables and one line per malformed one
    (``NEWSSCORES_BATCH_SIZE='x' is not an integer``); malformed ones keep the
    default, so importing newsscores never fails and ``--help`` always works."""
    defaults = cls()
    values: dict[str, object] = {}
    problems: list[str] = []
    for name in cls.__dataclass_fields__:
        var = f"NEWSSCORES_{name.upper()}"
        raw = environ.get(var)
        if raw is None:
            continue
        kind = type(getattr(defaults, name))
        try:
            value: object = kind(raw.strip()) if kind is not str else raw
        except ValueError:
            what = {int: "an integer", float: "a number"}.get(kind, kind.__name__)
            problems.append(f"{var}={raw!r} is not {what}")
            continue
        if isinstance(value, float) and not math.isfinite(value):
            problems.append(f"{var}={raw!r} is not a finite number")
            continue
        if isinstance(value, int | float) and (value < 0 or (name in _AT_LEAST_ONE and value < 1)):
            least = 1 if name in _AT_LEAST_ONE else 0
            problems.append(f"{var}={raw!r} must be at least {least}")
            continue
        values[name] = value
    return cls(**values), problems  # type: ignore[arg-type]


SETTINGS, SETTINGS_PROBLEMS = read_env(Settings, os.environ)
