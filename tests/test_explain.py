"""``newsscores explain`` and the trace behind it: every number's fate and the rule."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsscores.cli import main
from newsscores.extract import extract_document

TEXT = (
    "Hai Phong FC climbed to third place with 18 points; "
    "Bac Ninh ranked 3rd in the PCI with 72.5 points, above the 70-point mark."
)


def test_trace_names_the_rule_of_every_number() -> None:
    ex = extract_document(TEXT, "en", require_index=False)
    by_written = {d.written: d for d in ex.decisions}
    assert by_written["3rd"].outcome == "fact" and by_written["3rd"].rule == "en.rank_verb"
    assert by_written["3rd"].units == ("bac_ninh",)
    assert by_written["3rd"].reason == "clause_subject_before"
    assert by_written["72.5"].metric == "pci" and by_written["72.5"].index == "pci"
    # the club's standing: a clause on another topic
    assert (by_written["third"].outcome, by_written["third"].reason) == ("dropped", "off_topic")
    veto = next(d for d in ex.decisions if d.outcome == "veto")
    assert veto.rule == "en.threshold_before" and "70" in veto.written
    assert [(f.kind, f.unit_key, f.value) for f in ex.facts] == [
        ("rank", "bac_ninh", 3.0),
        ("score", "bac_ninh", 72.5),
    ]


def test_an_article_naming_no_index_says_so() -> None:
    ex = extract_document("Ha Noi FC climbed to third place with 18 points.", "en")
    assert (ex.status, ex.facts, ex.decisions) == ("no_index", [], [])


def test_explain_prints_each_sentence_and_decision() -> None:
    out = CliRunner().invoke(main, ["explain", "--no-gate", "--lang", "en", TEXT])
    assert out.exit_code == 0, out.output
    assert "indices named: pci" in out.output
    assert "by en.rank_verb" in out.output and "(off_topic)" in out.output


def test_explain_reads_a_long_text_as_text() -> None:
    long_text = " ".join([TEXT] * 5)  # longer than any file name may be
    out = CliRunner().invoke(main, ["explain", "--no-gate", "--lang", "en", long_text])
    assert out.exit_code == 0, out.output
    assert "by en.rank_verb" in out.output


def test_explain_json_and_files(tmp_path: Path) -> None:
    article = tmp_path / "football.txt"
    article.write_text("Ha Noi FC climbed to third place in the V-League with 18 points.\n")
    out = CliRunner().invoke(main, ["explain", "--json", "--lang", "en", str(article)])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert (data["status"], data["facts"], data["sentences"]) == ("no_index", 0, [])
    out = CliRunner().invoke(main, ["explain", "--json", "--no-gate", "--lang", "en", TEXT])
    rows = [n for s in json.loads(out.output)["sentences"] for n in s["numbers"]]
    assert {"written": "72.5", "outcome": "fact", "rule": "en.score_points"}.items() <= next(
        r for r in rows if r["written"] == "72.5"
    ).items()
