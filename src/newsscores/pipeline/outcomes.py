"""What one input became (an :class:`Outcome`, or an :class:`ErrorInfo`) and what a
run did (:class:`IngestReport`): the values that pass from workers to the writer."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..models import Article, Fact

__all__ = ["ErrorInfo", "Outcome", "IngestReport"]


@dataclass(frozen=True)
class ErrorInfo:
    """One failure of one input: where, at which stage, why (a short reason key)."""

    source_path: str
    stage: str
    reason: str
    message: str
    detail: str = ""  # the traceback of an unexpected failure, for the errors table


@dataclass
class Outcome:
    """What a worker made of one task: an article and its facts, or an error."""

    source_path: str
    article: Article | None = None
    facts: list[Fact] = field(default_factory=list)
    status: str = "extracted"
    errors: list[ErrorInfo] = field(default_factory=list)
    reextract: bool = False


@dataclass
class IngestReport:
    """Counts of one run, as printed in its summary and kept in its ``runs`` row."""

    run_id: int = 0
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    reextracted: int = 0
    facts: int = 0
    unsupported: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    status: str = "running"
    elapsed: float = 0.0

    @property
    def failed_total(self) -> int:
        """Inputs that failed, whatever the reason."""
        return sum(self.failed.values())

    @property
    def ok(self) -> bool:
        """Whether anything was ingested, or everything asked for was already stored."""
        return self.stored + self.duplicates + self.skipped + self.reextracted > 0

    def counts(self) -> dict[str, int]:
        """The counts kept in the ``runs`` row."""
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "failed": self.failed_total,
            "facts": self.facts,
            "skipped": self.skipped,
            "reextracted": self.reextracted,
        }

    def summary(self) -> str:
        """A few human lines: what was read, stored, skipped, failed and why (after an
        interruption: what was committed)."""
        again = f", re-extracted {self.reextracted}" if self.reextracted else ""
        lines = [
            f"read {self.read}, stored {self.stored}, duplicates skipped {self.duplicates}, "
            f"already ingested {self.skipped}, failed {self.failed_total}, "
            f"facts {self.facts}{again} ({self.elapsed:.1f}s)"
        ]
        if self.failed:
            lines.append("failed: " + ", ".join(f"{r} {n}" for r, n in sorted(self.failed.items())))
        if self.unsupported:
            lines.append(
                "stored without extraction (unsupported language): "
                + ", ".join(f"{lang} {n}" for lang, n in sorted(self.unsupported.items()))
            )
        return "\n".join(lines)
