"""``newsscores explain`` and the trace behind it: every number's fate and the rule."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsscores.cli import main
from newsscores.engine import extract_document

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


def test_the_one_call_api_is_a_plain_function_with_a_trace() -> None:
    import newsscores

    text = "PCI 2024: Bac Ninh scored 72.5 points, ranking 3rd."
    facts = newsscores.extract(text, lang="en")
    assert [(f.kind, f.value, f.period_start.year if f.period_start else None) for f in facts] == [
        ("rank", 3.0, 2024),
        ("score", 72.5, 2024),
    ]
    traced = newsscores.extract(text, lang="en", trace=True)
    assert traced.status == "extracted" and traced.facts == facts
    assert {d.rule for d in traced.decisions if d.outcome == "fact"} == {
        "en.rank_verb",
        "en.score_points",
    }


def test_extract_imports_neither_the_pipeline_nor_the_store() -> None:
    import subprocess
    import sys

    code = (
        "import sys, newsscores; newsscores.extract('PCI: Hue 70 points.', lang='en');"
        "print(sorted(m for m in ('newsscores.pipeline', 'newsscores.store', 'sqlite_utils')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_pronoun_goes_on_with_the_topic_of_the_sentence_before() -> None:
    text = (
        "In the PCI 2024 Tra Vinh ranked 24th. Tra Vinh's economic growth was 10.27%, the "
        "highest in the region. It also ranked 6th among the 63 provinces."
    )
    ex = extract_document(text, "en", require_index=False)
    by_written = {d.written: d for d in ex.decisions}
    assert (by_written["6th"].outcome, by_written["6th"].reason) == ("dropped", "off_topic_carried")
    assert [(f.kind, f.value) for f in ex.facts] == [("rank", 24.0)]
