"""Shared fixtures: where the sample corpus is, a fresh database path, a fake extractor,
a run a killed process left behind."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils

from newsscores import store
from newsscores.models import Fact

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus_dir() -> Path:
    """The sample corpus shipped with the repository."""
    return ROOT / "corpus"


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    """A database path in a fresh temporary folder (not created yet)."""
    return tmp_path / "test.db"


def start_dead_run(db: sqlite_utils.Database, inputs: int) -> int:
    """A ``runs`` row left ``running`` by a process that is gone (as after ``kill -9``):
    its id."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    run = store.start_run(db, "ingest", inputs)
    db.conn.execute("UPDATE runs SET pid = ? WHERE id = ?", (gone.pid, run))
    db.conn.commit()
    return run


def number_facts(text: str, lang: str, url: str | None = None) -> list[Fact]:
    """A stand-in extractor: every ``NN.NN points`` is a ``total`` score of ``bac_ninh``.

    Deterministic and independent of the real rule packs, so storage and pipeline
    tests do not change when the extractor does.
    """
    import re

    facts = []
    for m in re.finditer(r"(\d+[.,]\d+) (?:points|poeng|điểm)", text):
        facts.append(
            Fact(
                kind="score",
                unit_key="bac_ninh",
                unit_text="Bac Ninh",
                metric="total",
                value=float(m.group(1).replace(",", ".")),
                start=m.start(1),
                end=m.end(1),
                quote=text[max(0, m.start() - 20) : m.end()],
                extractor="test-numbers",
            )
        )
    return facts


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[Fact]]:
    """Replace ``newsscores.engine.extract_facts`` by :func:`number_facts`."""
    monkeypatch.setattr(sys.modules["newsscores.engine"], "extract_facts", number_facts)
    return number_facts
