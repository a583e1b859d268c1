"""A content-keyed disk cache for what every process would otherwise rebuild at start.

Compiling the rule packs (some 1,100 regexes, ~2 s) and loading langdetect's 55
language profiles (~1 s) cost more than a hundred pages of extraction; a run pays
them in every process. The results are pickled under ``settings.cache_dir`` in a
file named after a hash of everything they are built from (the YAML files, the
compiling code's source, library and Python versions), so a changed input can never
load a stale entry. The cache only ever saves time: a missing, unreadable or corrupt
entry is rebuilt, and a failed write is ignored. ``NEWSSCORES_CACHE_DIR=""`` turns
it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import settings

__all__ = ["cache_key", "load", "store", "cache_path"]

#: Bumped when the layout of cached entries changes.
CACHE_FORMAT = "1"


def cache_key(*parts: bytes | str) -> str:
    """A hash of ``parts`` (and the cache format and Python version)."""
    digest = hashlib.sha256()
    for part in (CACHE_FORMAT, sys.version, *parts):
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:32]


def cache_path(name: str, key: str) -> Path | None:
    """Where the entry ``name`` with ``key`` lives, or None when caching is off."""
    folder = settings.SETTINGS.cache_dir
    if not folder:
        return None
    return Path(folder).expanduser() / f"{name}-{key}.pickle"


def load(name: str, key: str) -> Any | None:
    """The cached entry, or None when there is none (or it cannot be read)."""
    path = cache_path(name, key)
    if path is None:
        return None
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except Exception:  # missing, truncated, from another library version: rebuild
        return None


def store(name: str, key: str, value: Any) -> None:
    """Write the entry atomically (a temporary file renamed); failures are ignored."""
    path = cache_path(name, key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
