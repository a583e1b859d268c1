"""Every exception newsscores raises, in one hierarchy.

Catch :class:`NewsscoresError` for anything of ours; the subclasses say which stage
failed, so a batch can record the failure against the input and go on.
"""

from __future__ import annotations

__all__ = [
    "NewsscoresError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "EncodingInputError",
    "TooLargeInputError",
    "MalformedInputError",
    "UnsupportedInputError",
    "PathInputError",
    "ExtractionError",
    "PackError",
    "StorageError",
    "CrawlError",
    "BodyError",
    "BodyTooLarge",
    "BodyUndecodable",
    "BodyMalformed",
    "WorkerDiedError",
    "DocumentTimeout",
    "UsageError",
]


class NewsscoresError(Exception):
    """Base class of every newsscores error."""


class InputError(NewsscoresError):
    """An input could not be read as an article; names the input in its message."""

    reason = "unreadable"

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


class EmptyInputError(InputError):
    """The input holds no text (empty file, whitespace only, no main text)."""

    reason = "empty"


class BinaryInputError(InputError):
    """The input is binary data, not text or HTML."""

    reason = "binary"


class EncodingInputError(InputError):
    """The input's bytes are not valid in any encoding we accept."""

    reason = "encoding"


class TooLargeInputError(InputError):
    """The input exceeds the configured size limit."""

    reason = "too_large"


class MalformedInputError(InputError):
    """The input's container is broken (truncated WARC, unparseable HTML or JSON)."""

    reason = "malformed"


class UnsupportedInputError(InputError):
    """The input is of a kind we do not read (file type, record type, content type)."""

    reason = "unsupported"


class PathInputError(InputError):
    """A path given as input is no input at all: missing, a folder holding no article
    files, or a file of a type newsscores does not read. Never marks a source as done,
    so the path is looked at again on the next run."""

    def __init__(self, source: str, message: str, reason: str = "not_found") -> None:
        super().__init__(source, message)
        self.reason = reason


class ExtractionError(NewsscoresError):
    """A rule pack is invalid or extraction failed on an article."""


class PackError(ExtractionError):
    """A rule pack file breaks the pack schema: names the file, the line and the key."""

    def __init__(self, path: str, line: int | None, key: str, message: str) -> None:
        self.path = path
        self.line = line
        self.key = key
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


class StorageError(NewsscoresError):
    """The database cannot be opened or written."""


class CrawlError(NewsscoresError):
    """A fetch was refused or failed (robots.txt, private address, size cap, ...)."""

    def __init__(self, url: str, reason: str, message: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {message}")


class BodyError(NewsscoresError, ValueError):
    """An HTTP body (crawled, or in a WARC record) could not be turned into payload
    bytes; ``reason`` is the matching :class:`InputError` reason."""

    reason = "malformed"


class BodyTooLarge(BodyError):
    """The (decompressed) body exceeds the byte limit (a gzip bomb stops here)."""

    reason = "too_large"


class BodyUndecodable(BodyError):
    """The Content-Encoding is unknown or its data is corrupt."""

    reason = "encoding"


class BodyMalformed(BodyError):
    """The HTTP framing (status line, headers, chunks) is broken."""

    reason = "malformed"


class WorkerDiedError(NewsscoresError, RuntimeError):
    """An ingest worker process died (killed, out of memory); rerun to resume."""


class DocumentTimeout(BaseException):  # noqa: N818 - it is a signal, like KeyboardInterrupt
    """A document used up its time budget (``NEWSSCORES_DOCUMENT_SECONDS``).

    A :class:`BaseException`, like :class:`KeyboardInterrupt`, so that the
    ``except Exception`` of a library in the middle of the work (trafilatura, lxml)
    does not swallow it: it reaches the pipeline, which records the input as
    ``timeout`` and goes on."""

    reason = "timeout"

    def __init__(self, source: str, seconds: float) -> None:
        self.source = source
        self.seconds = seconds
        super().__init__(
            f"{source}: took more than its {seconds:g}s budget (NEWSSCORES_DOCUMENT_SECONDS); "
            "skipped, rerun with a larger budget and --retry-failed"
        )


class UsageError(NewsscoresError):
    """The caller asked for something that cannot be done as asked."""
