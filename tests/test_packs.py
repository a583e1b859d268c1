"""Rule packs: validated on load, with one clear error; the languages are the packs found."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import newsscores
from newsscores.engine import packs
from newsscores.engine.packs_schema import FACT_KINDS, VETO_KINDS, read_pack_file
from newsscores.errors import PackError

SHIPPED = packs.packs_dir()
LANGS = ["en", "fr", "no", "vi"]


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "extractors"
    shutil.copytree(SHIPPED, root)
    return root


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_packs_are_valid(lang: str) -> None:
    pack = packs.load_pack(lang)
    assert pack is not None and pack.patterns
    assert all(p.kind in FACT_KINDS | VETO_KINDS for p in pack.patterns)


def test_supported_languages_are_the_packs_found() -> None:
    assert packs.available_langs() == LANGS
    assert packs.available_langs(SHIPPED / "common") == []


@pytest.mark.parametrize(
    ("file", "old", "new", "key", "says"),
    [
        ("en/units.yaml", "list_joiners:", "list_joinerz:", "list_joinerz", "unknown key"),
        ("en/patterns.yaml", "kind: hypothetical,", "kind: scroe,", "patterns[1].kind", "scroe"),
        ("en/patterns.yaml", "kind: change, sign: 1,", "kind: change, sing: 1,", "sing", "unknown"),
        ("en/patterns.yaml", "link: next,", "link: nxt,", "link", "'after'"),
        ("en/patterns.yaml", "sign: -1,", "sign: -2,", "sign", "-1"),
        ("fr/patterns.yaml", "series: true,", "series: 'oui',", "series", "boolean"),
        ("en/numbers.yaml", 'decimal: "."', 'decimal: ";"', "decimal", "','"),
        ("vi/units.yaml", "unit_cues:\n  province:", "unit_cues:\n  provence:", "provence", ""),
        ("no/periods.yaml", "{type: week_range,", "{type: week_rnage,", "type", "week_range"),
        ("common/indices.yaml", "scope: provincial", "scope: regional", "scope", "national"),
    ],
)
def test_a_broken_pack_fails_with_file_line_and_key(
    tmp_path: Path, file: str, old: str, new: str, key: str, says: str
) -> None:
    root = _copy(tmp_path)
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    broken = text.replace(old, new, 1)
    path.write_text(broken, encoding="utf-8")
    first_change = next(i for i, (a, b) in enumerate(zip(text, broken, strict=False)) if a != b)
    line = text[:first_change].count("\n") + 1
    with pytest.raises(PackError) as caught:
        read_pack_file(path, common=file.startswith("common"))
    err = caught.value
    assert (err.path, err.line) == (str(path), line), str(err)
    assert key in err.key and says in err.message, str(err)
    assert str(err).startswith(f"{path}:{line}: ") and "\n" not in str(err)
    if not file.startswith("common"):
        packs.clear_caches()
        with pytest.raises(PackError):
            packs.load_pack(file.split("/")[0], root)


def test_a_veto_takes_no_fact_options(tmp_path: Path) -> None:
    path = tmp_path / "patterns.yaml"
    path.write_text("patterns:\n  - {id: x, kind: gap, value: 1, re: 'gap'}\n")
    with pytest.raises(PackError, match=r"patterns\.yaml:2: patterns\[0\] \(id x\): .*veto"):
        read_pack_file(path)


def test_a_pair_pattern_needs_its_prev_group(tmp_path: Path) -> None:
    """prev_kind asks for a (?P<prev>...) group: in the rule itself, or in the base
    pattern it names, checked once the base is expanded."""
    path = tmp_path / "patterns.yaml"
    path.write_text("patterns:\n  - {id: x, kind: rank, prev_kind: rank, re: '(?P<v>\\d+)'}\n")
    with pytest.raises(PackError, match="prev_kind needs"):
        read_pack_file(path)
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "base.yaml").write_text("base:\n  ONE: '(?P<v>\\d+)'\n")
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "patterns.yaml").write_text(
        "patterns:\n  - {id: x, kind: rank, prev_kind: rank, re: '{ONE}'}\n"
    )
    packs.clear_caches()
    with pytest.raises(PackError, match="prev_kind.*needs a"):
        packs.load_pack("xx", tmp_path)


def test_unknown_pack_file_and_twice_used_ids(tmp_path: Path) -> None:
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "unit.yaml").write_text("list_joiners: [and]\n")
    with pytest.raises(PackError, match="unknown pack file"):
        packs.load_pack("xx", tmp_path)
    (tmp_path / "xx" / "unit.yaml").unlink()
    rule = "  - {id: a, kind: score, re: '(?P<v>{NUM}) pts'}\n"
    (tmp_path / "xx" / "patterns.yaml").write_text("patterns:\n" + rule + rule)
    with pytest.raises(PackError, match="used twice"):
        packs.load_pack("xx", tmp_path)


def test_a_lexicon_serves_units_and_a_name_lives_in_one_file(tmp_path: Path) -> None:
    """units.yaml's department names use its lexicon's placeholders; a lexicon name
    defined in two files is an error, not the later file's value."""
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "patterns.yaml").write_text("patterns:\n  - {id: a, kind: score, re: '(?P<v>{NUM}) pts'}\n")
    (folder / "units.yaml").write_text(
        "lexicon:\n  DEPT: [amt, behörde]\ndepartments:\n  justice: ['justiz{DEPT}']\n"
    )
    pack = packs.load_pack("xx", tmp_path)
    assert pack is not None
    found = {slug for rx, slug, _ in pack.departments if rx.search("das justizamt")}
    assert found == {"justice"}
    (folder / "patterns.yaml").write_text("lexicon:\n  DEPT: [amt]\n")
    packs.clear_caches()
    with pytest.raises(PackError, match=r"units\.yaml: lexicon: names another file defines"):
        packs.load_pack("xx", tmp_path)


# A fifth language, as data only: no Python is touched.
DE_PACK = {
    "pack.yaml": "borrow: {}\n",
    "numbers.yaml": "decimal: \",\"\nordinal_regex: '\\d+\\.'\n",
    "units.yaml": "unit_cues:\n  province: {before: [Provinz], after: [Provinz]}\n"
    "list_joiners: [und]\n",
    "metrics.yaml": "metrics:\n  pci:\n    _index: [pci, provinzwettbewerbsindex]\n",
    "patterns.yaml": "lexicon:\n  PTS: [Punkte, Punkten, Punkt]\n"
    "patterns:\n"
    "  - {id: score_points, kind: score, re: '(?P<v>{NUM})\\s*{PTS}\\b'}\n"
    "  - {id: rank_place, kind: rank, re: '\\bauf (?:dem |den )?(?P<v>{INT})\\.\\s+Platz'}\n",
}
DE_TEXT = "Die Provinz Bac Ninh erreichte im PCI 2024 einen Wert von 72,5 Punkten.\n"


def _with_german(tmp_path: Path) -> Path:
    root = _copy(tmp_path)
    (root / "de").mkdir()
    for name, text in DE_PACK.items():
        (root / "de" / name).write_text(text, encoding="utf-8")
    return root


def test_a_fifth_language_is_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _with_german(tmp_path)
    monkeypatch.setenv(packs.ENV_VAR, str(root))
    assert "de" in packs.available_langs()
    facts = newsscores.extract(DE_TEXT, lang="de")
    assert [(f.kind, f.unit_key, f.metric, f.value) for f in facts] == [
        ("score", "bac_ninh", "pci", 72.5)
    ]
    assert facts[0].extractor.startswith("de.score_points@")
    monkeypatch.delenv(packs.ENV_VAR)
    assert newsscores.extract(DE_TEXT, lang="de") == []  # the shipped packs have no de


def test_a_fifth_language_through_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _with_german(tmp_path)
    monkeypatch.setenv(packs.ENV_VAR, str(root))
    article = tmp_path / "articles" / "de-bac-ninh.txt"
    article.parent.mkdir()
    article.write_text(DE_TEXT, encoding="utf-8")
    db = tmp_path / "de.db"
    newsscores.ingest(article.parent, db, workers=1, lang="de")
    rows = list(newsscores.open_db(db).query("select kind, unit_key, metric, value from facts"))
    assert rows == [{"kind": "score", "unit_key": "bac_ninh", "metric": "pci", "value": 72.5}]


def test_a_pack_reads_other_packs_only_as_it_declares(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # French articles keep English metric names: fr/pack.yaml says it reads en's
    text = "Hue a obtenu 7,5 points en direction and management dans le PAR Index 2024."
    assert {f.metric for f in newsscores.extract(text, lang="fr")} == {
        "par_index_direction_and_management"
    }
    root = _copy(tmp_path)
    pack_file = root / "fr" / "pack.yaml"
    pack_file.write_text(pack_file.read_text().replace("metrics: [en, vi]", "metrics: []"))
    fr = packs.load_pack("fr", root)
    assert fr is not None
    assert [p.lang for p in packs.borrowed(fr, "metrics")] == ["fr"]
    assert [p.lang for p in packs.borrowed(fr, "departments")] == ["fr", "en", "no", "vi"]
    monkeypatch.setenv(packs.ENV_VAR, str(root))
    assert {f.metric for f in newsscores.extract(text, lang="fr")} == {"par_index"}


@pytest.mark.parametrize(
    "args",
    [
        ["ingest", "ARTICLES", "--db", "DB"],
        ["eval", "--gold", "GOLD", "ARTICLES"],
        ["explain", "--no-gate", "--lang", "en", "Bac Ninh scored 72.5 points."],
    ],
)
def test_a_broken_pack_stops_a_command_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """No document is to blame for a broken pack: one line, exit 2, nothing stored."""
    from click.testing import CliRunner

    from newsscores.cli import main

    root = _copy(tmp_path)
    rule = "  - {id: a, kind: score, re: '(?P<v>{NUM}) pts'}\n"
    (root / "xx").mkdir()
    (root / "xx" / "patterns.yaml").write_text("patterns:\n" + rule + rule)
    monkeypatch.setenv(packs.ENV_VAR, str(root))
    packs.clear_caches()
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Bac Ninh scored 72.5 points in the PCI 2024.\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("")
    db = tmp_path / "n.db"
    given = {"ARTICLES": str(articles), "DB": str(db), "GOLD": str(gold)}
    result = CliRunner().invoke(main, [given.get(a, a) for a in args])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "rule pack:" in lines[0] and "used twice" in lines[0], lines
    assert not db.exists()
