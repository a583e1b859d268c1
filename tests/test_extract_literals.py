"""Required literals: what the rule engine's prefilter may skip (engine/literals.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex

from newsscores.engine.facts import split_sentences
from newsscores.engine.literals import (
    Prefilter,
    Vocabulary,
    required_literal_sets,
    required_literals,
)
from newsscores.engine.numbers import fold
from newsscores.engine.packs import available_langs, load_pack
from newsscores.sources.text import split_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("abc", {"abc"}),
        (r"ab?c", {"a"}),  # b optional: the run stops before it
        (r"ab+c", {"ab"}),
        (r"\bfoo\s+bar", {"foo"}),
        (r"(?:if|unless|should it)\b.*", {"if", "unless", "should it"}),
        (r"(?:a|b)?xyz", {"xyz"}),
        (r"x(?P<v>\d+)\s+points?", {"point"}),
        (r"top\ ten", {"top ten"}),
        (r"pkt\.?", {"pkt"}),
        (r"p\.", {"p."}),
        (r"[abc]def", {"def"}),
        (r"(?:ab){2}c", {"ab"}),
        (r"(?<=abc)\d+", {"abc"}),  # a positive lookaround's text is in the string
        (r"(?=xyz)\w+", {"xyz"}),
    ],
)
def test_required_literals(source: str, expected: set[str]) -> None:
    assert required_literals(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        r"\d+",  # nothing literal
        r"(?:abc|)",  # an empty branch needs nothing
        r"(?:abc)?",
        r"(?!abc)",  # a negative lookaround requires nothing
        r"(?<!abc)\d",
        r"(?i)abc",  # inline flags: unknown
        r"(?P<x>a)(?P=x)",
        r"abc(",  # broken
        r"a*",
    ],
)
def test_no_requirement_when_unknown(source: str) -> None:
    assert required_literals(source) is None


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("abc", [{"abc"}]),
        (r"ab\s+cd", [{"ab"}, {"cd"}]),
        (r"ab+c", [{"ab"}, {"c"}]),
        (r"(?:if|unless)\b.*x", [{"if", "unless"}, {"x"}]),
        (r"x(?P<v>\d+)\s+points?", [{"x"}, {"point"}]),
        (r"(?<=abc)\d+de", [{"abc"}, {"de"}]),
        (r"a|bc", [{"a", "bc"}]),  # branches: what each requires, once
        (r"ab?c", [{"a"}, {"c"}]),
        (r"(?:a|b)?xyz", [{"xyz"}]),
        (r"(?!abc)de", [{"de"}]),  # a negative lookaround requires nothing
        (r"(?i)abc", []),
        (r"\d+", []),
    ],
)
def test_required_literal_sets(source: str, expected: list[set[str]]) -> None:
    assert list(required_literal_sets(source)) == expected


@pytest.mark.parametrize("lang", available_langs())
def test_every_requirement_holds_in_every_match(lang: str) -> None:
    """A sentence missing any one requirement of a pattern skips it: each must hold
    wherever the pattern matches, on every fixture sentence and on strings made of
    the requirements' own words; the best single one is always among them."""
    import random

    pack = load_pack(lang)
    assert pack is not None
    assert sum(len(p.literal_sets) > 1 for p in pack.patterns) > 5  # more than one each
    texts = [seg for _name, seg in _sentences()]
    words = sorted({w for p in pack.patterns for need in p.literal_sets for w in need})
    pieces = [*words, " ", " 12", " 3,5", " 3.5", ",", " (", ")", "/", "-"]
    rng = random.Random(11)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(3, 25))) for _ in range(300)]
    checked = 0
    for pat in pack.patterns:
        if pat.literals is not None:
            assert pat.literals in pat.literal_sets, pat.id
        for text in texts:
            if pat.literal_sets and pat.regex.search(text) is not None:
                checked += 1
                for need in pat.literal_sets:
                    assert any(w in text for w in need), (pat.id, need, text)
    assert checked > 0


def _fixture_paths() -> list[Path]:
    """Every fixture and sample article."""
    paths = [*ROOT.glob("corpus/*.txt"), *ROOT.glob("corpus/constructed/*.txt")]
    return sorted([*paths, *ROOT.glob("tests/fixtures/articles/*.txt")])


def _sentences() -> list[tuple[str, str]]:
    """``(file name, folded sentence)`` of every fixture and sample article."""
    out = []
    for path in _fixture_paths():
        text = split_text(path.read_text(encoding="utf-8"))[0]
        folded = fold(text)
        out.extend((path.name, folded[a:b]) for a, b in split_sentences(text))
    return out


@pytest.mark.parametrize("lang", available_langs())
def test_no_pattern_matches_a_sentence_without_its_literals(lang: str) -> None:
    """The prefilter's promise, checked on every pattern and every fixture sentence
    (of all languages: a pattern must never match where its literals are absent)."""
    pack = load_pack(lang)
    assert pack is not None
    with_literals = [p for p in pack.patterns if p.literals]
    assert len(with_literals) > len(pack.patterns) // 2  # the prefilter does something
    checked = 0
    for name, seg in _sentences():
        for pat in with_literals:
            assert pat.literals is not None
            if pat.regex.search(seg) is not None:
                checked += 1
                assert any(w in seg for w in pat.literals), (pat.id, name, seg)
    assert checked > 0


def test_literals_hold_against_random_text() -> None:
    """Generated strings made of the patterns' own words: a match implies a literal."""
    import random

    rng = random.Random(3)
    pack = load_pack("en")
    assert pack is not None
    vocab = sorted({w for p in pack.patterns if p.literals for w in p.literals})
    pieces = [*vocab, " ", " 12", " 3.5", ",", " the ", "th", " (", ")"]
    for _ in range(300):
        seg = "".join(rng.choice(pieces) for _ in range(rng.randrange(3, 25)))
        for pat in pack.patterns:
            if pat.literals and pat.regex.search(seg):
                assert any(w in seg for w in pat.literals), (pat.id, seg)


def test_vocabulary_finds_what_testing_every_literal_finds() -> None:
    """Literals tested only below a shorter one they contain: the same set comes out
    as from one substring test per literal, on every fixture sentence and on strings
    made of the literals themselves."""
    import random

    assert Vocabulary({"plass", "plassen", "ass", "x"}).present("en plassering") == {
        "plass",
        "ass",
    }
    rng = random.Random(5)
    for lang in available_langs():
        pack = load_pack(lang)
        assert pack is not None
        words = {w for p in pack.patterns if p.literals for w in p.literals}
        vocabulary = Vocabulary(words)
        assert set(vocabulary.words) == words
        texts = [seg for _name, seg in _sentences()]
        pieces = [*sorted(words), " ", "12", "e"]
        texts += ["".join(rng.choice(pieces) for _ in range(12)) for _ in range(200)]
        for text in texts:
            assert vocabulary.present(text) == {w for w in words if w in text}, text


@pytest.mark.parametrize("lang", available_langs())
def test_prefilter_runs_exactly_the_patterns_the_literals_allow_in_pack_order(lang: str) -> None:
    """The engine runs, per sentence, only the patterns filed under a word the sentence
    contains and whose every requirement it meets: exactly those a test of every
    pattern's literals allows, in pack order."""
    pack = load_pack(lang)
    assert pack is not None
    prefilter = Prefilter(pack.patterns, lambda p: p.literal_sets)
    skipped = 0
    for _name, seg in _sentences():
        allowed = [
            p for p in pack.patterns if all(any(w in seg for w in need) for need in p.literal_sets)
        ]
        assert prefilter.runnable(seg) == allowed, seg
        skipped += len(pack.patterns) - len(allowed)
    assert skipped > 0  # the prefilter leaves patterns out


def _name_prefilters(lang: str) -> list[Prefilter[Any]]:
    """The prefilters find_units and find_metrics put before a pack's department and
    metric names (with the packs each borrows them from)."""
    from newsscores.engine.metrics import metric_names
    from newsscores.engine.packs import borrowed
    from newsscores.engine.units import department_names

    pack = load_pack(lang)
    assert pack is not None
    return [
        department_names(tuple(borrowed(pack, "departments"))),
        metric_names(tuple(borrowed(pack, "metrics"))),
    ]


@pytest.mark.parametrize("lang", available_langs())
def test_names_never_match_without_their_literals(lang: str) -> None:
    """A department or metric name left out for a text (a word its regex needs is
    absent) never matches that text: every name, every fixture text."""
    texts = {p.name: fold(split_text(p.read_text(encoding="utf-8"))[0]) for p in _fixture_paths()}
    for names in _name_prefilters(lang):
        assert sum(bool(needs) for needs in names.needs) > len(names.items) // 2
        matched = skipped = 0
        for name, folded in texts.items():
            runnable = {id(item) for item in names.runnable(folded)}
            skipped += len(names.items) - len(runnable)
            for item in names.items:
                if item[0].search(folded) is not None:
                    matched += 1
                    assert id(item) in runnable, (item[0].pattern, name)
        assert matched > 0 and skipped > 0


def test_pattern_text_matches_what_runs() -> None:
    """The analysis reads the compiled pattern (folded, placeholders expanded)."""
    pack = load_pack("vi")
    assert pack is not None
    for pat in pack.patterns:
        assert pat.literals == required_literals(pat.regex.pattern)
        assert isinstance(pat.regex, regex.Pattern)


def test_gate_prefilter_agrees_with_the_gate_regex() -> None:
    """The topic gate's quick rejection (no index literal) never hides an index name."""
    from newsscores.engine.topic import index_literals, index_regex, names_index

    literals = index_literals()
    assert literals and all(w for w in literals)
    texts = [seg for _name, seg in _sentences()]
    texts += ["the vn-index rose 1.2 %", "arsenal beat wolves 2-0", "PCI 2024", "chỉ số PAR"]
    for text in texts:
        folded = fold(text)
        assert names_index(text) == (index_regex().search(folded) is not None), text
    assert names_index("Bắc Ninh dẫn đầu chỉ số PCI 2024")
    assert not names_index("Arsenal beat Wolves 2-0 on Sunday.")


def test_gate_answer_is_remembered_per_text_and_packs_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate's remembered answer is for the same text under the same packs only."""
    from newsscores.engine.topic import names_index

    naming = "Bắc Ninh dẫn đầu chỉ số PCI 2024. " * 20
    silent = "Arsenal beat Wolves 2-0 on Sunday. " * 20
    assert names_index(naming) and names_index(fold(naming), folded=True)
    assert not names_index(silent)
    assert names_index(naming)
    (tmp_path / "xx").mkdir()  # a packs folder with no pack: no index name at all
    monkeypatch.setenv("NEWSSCORES_EXTRACTORS", str(tmp_path))
    assert not names_index(naming)


def test_gate_agrees_with_the_alternation_on_whole_texts() -> None:
    """Searching only the index names whose literals occur finds an index exactly when
    the alternation of all names does: whole fixture texts, and texts made of the
    names' own literals (which pass the quick test and exercise the per-name one)."""
    import random

    from newsscores.engine.packs import packs_dir
    from newsscores.engine.topic import _index_forms, index_regex, names_index

    paths = sorted(ROOT.glob("tests/fixtures/articles/*.txt")) + sorted(ROOT.glob("corpus/*.txt"))
    texts = [split_text(p.read_text(encoding="utf-8"))[0] for p in paths]
    vocabulary = _index_forms(packs_dir()).vocabulary
    rng = random.Random(7)
    pieces = [*vocabulary.words, " ", " 2024", "-", "(", ")"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(2, 12))) for _ in range(400)]
    agreed = {True: 0, False: 0}
    for text in texts:
        expected = index_regex().search(fold(text)) is not None
        assert names_index(text) == expected, text
        agreed[expected] += 1
    assert agreed[True] > 20 and agreed[False] > 20
