"""The live progress line of ``ingest`` and ``reextract`` on a terminal (a log line
every few seconds elsewhere): counts, rate, percent of input bytes and ETA."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from ..pipeline import IngestReport

__all__ = ["Progress"]




def _source_file(source_path: str) -> tuple[str, int]:
    """``(file, byte offset)`` of a source path (``FILE#OFFSET`` for records)."""
    head, sep, tail = source_path.rpartition("#")
    if sep and tail.isdigit():
        return head, int(tail)
    return source_path, 0


class Progress:
    """Progress of a run on a stream: a live line with counts, rate and ETA when it is
    a terminal, a plain log line every ``interval`` seconds otherwise."""

    def __init__(
        self, stream: TextIO | None = None, interval: float = 10.0, live: bool | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.interval = 0.2 if self.live else interval
        self.total_bytes = 0
        self.position = 0
        self._base = 0
        self._file: tuple[str, int] = ("", 0)
        self._in_flight: dict[str, int] = {}
        self._start = time.monotonic()
        self._last = 0.0 if self.live else self._start

    def plan(self, paths: Iterable[str | Path]) -> None:
        """Size the work: the bytes of every input file (a quick walk, no reading)."""
        from ..sources import iter_input_files

        for item in iter_input_files(paths):
            if isinstance(item, Path):
                with contextlib.suppress(OSError):
                    self.total_bytes += item.stat().st_size

    def file_started(self, path: Path) -> None:
        """A new input file is being read; the ones before it are passed."""
        self._base += self._file[1]
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        self._file = (str(path), size)
        if not self._in_flight:  # files skipped as done count as passed
            self.position = max(self.position, self._base)

    def document(self, source_path: str) -> None:
        """A document was sent for processing: remember how far into the input it is."""
        name, offset = _source_file(source_path)
        if name == self._file[0]:
            self._in_flight[source_path] = self._base + (offset or self._file[1])

    def written(self, source_path: str) -> None:
        """A document's outcome is stored: the run is at least that far."""
        position = self._in_flight.pop(source_path, None)
        if position is not None:
            self.position = max(self.position, position)

    def update(self, report: IngestReport, final: bool = False) -> None:
        """Show the report's counts if enough time has passed (always when ``final``)."""
        now = time.monotonic()
        if not final and now - self._last < self.interval:
            return
        self._last = now
        elapsed = max(now - self._start, 1e-9)
        handled = report.read + report.skipped + report.reextracted
        rate = handled / elapsed
        done = self.position
        parts = [
            f"{handled} docs",
            f"stored {report.stored}",
            f"dup {report.duplicates}",
            f"skipped {report.skipped}",
            f"failed {report.failed_total}",
            f"facts {report.facts}",
            f"{rate:.1f} docs/s",
        ]
        if self.total_bytes and not final:
            fraction = min(done / self.total_bytes, 1.0)
            parts.append(f"{fraction:.0%}")
            if fraction > 0:
                parts.append(f"ETA {_duration(elapsed * (1 - fraction) / fraction)}")
        line = "  ".join(parts)
        if self.live:
            end = "\n" if final else ""
            self.stream.write(f"\r\x1b[K{line}{end}")
        else:
            self.stream.write(f"ingest: {line}\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"
