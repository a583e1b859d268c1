"""datasette: metadata.json opens a described, faceted view of the facts (served on
127.0.0.1 by a real datasette process)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from _factrows import make_db, row
from newsscores.datasette_meta import VIEW, build_metadata, write_metadata

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("table", [VIEW, "facts", "articles"])
def test_metadata_describes_tables(table: str) -> None:
    meta = build_metadata()
    t = meta["databases"]["newsscores"]["tables"][table]
    assert t["description"] and t["columns"] and t["facets"]


def test_committed_metadata_is_current() -> None:
    committed = json.loads((ROOT / "metadata.json").read_text("utf-8"))
    assert committed == build_metadata()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as r:
        return str(r.read().decode("utf-8"))


@pytest.mark.slow
def test_datasette_serves_faceted_facts(tmp_path: Path) -> None:
    db_path = tmp_path / "newsscores.db"
    db = make_db(
        db_path,
        [
            row("score", "bac_ninh", 91.7, article="en"),
            row("rank", "bac_ninh", 1, article="en"),
            row("score", "hai_phong", 91.3, article="fr"),
        ],
    )  # written by newsscores only: no `newsscores metadata --db` needed for the view
    db.conn.close()
    meta = tmp_path / "metadata.json"
    write_metadata(meta)
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            "serve",
            str(db_path),
            "-m",
            str(meta),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}/newsscores"
    try:
        for _ in range(100):
            try:
                _get(base + ".json")
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(proc.stderr.read().decode() if proc.stderr else "datasette died")
                time.sleep(0.2)
        data = json.loads(_get(f"{base}/{VIEW}.json?_shape=objects"))
        facets = data["facet_results"]
        assert {"kind", "unit_key", "metric", "lang"} <= set(facets)
        kinds = {v["value"]: v["count"] for v in facets["kind"]["results"]}
        assert kinds == {"score": 2, "rank": 1}
        assert {r["unit_key"] for r in data["rows"]} == {"bac_ninh", "hai_phong"}
        html = _get(f"{base}/{VIEW}")
        assert "Facts with their sources" in html
        assert 'href="https://example.org/en"' in html  # URLs rendered as links
    finally:
        proc.terminate()
        proc.wait(timeout=10)
