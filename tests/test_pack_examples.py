"""Every pattern of every pack carries its examples (``extractors/<lang>/examples.yaml``).

Generated from the packs: one test per pattern runs its example sentences through
the real extractor and checks that the facts come out and that the named pattern
gave them (a fact's ``extractor`` is ``<lang>.<pattern id>@<rules version>``); a
veto must claim what its example says, and no fact may come of it; on its ``not:``
sentences the pattern must give nothing. A pattern without examples fails.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from newsscores.extract.facts import extract_document
from newsscores.extract.packs import EXAMPLES_FILE, available_langs, load_pack, packs_dir
from newsscores.extract.packs_schema import ExamplesFile, ExpectedFact, read_examples
from newsscores.extract.trace import Extraction
from newsscores.models import Fact

TOLERANCE = 1e-6


@functools.cache
def _read(lang: str, text: str) -> Extraction:
    return extract_document(text, lang, require_index=False)


@functools.cache
def _examples(lang: str) -> ExamplesFile:
    path = packs_dir() / lang / EXAMPLES_FILE
    return read_examples(path) if path.is_file() else ExamplesFile()


def _cases() -> list[Any]:
    cases = []
    for lang in available_langs():
        pack = load_pack(lang)
        assert pack is not None
        for pattern in pack.patterns:
            cases.append(pytest.param(lang, pattern.id, id=pattern.id))
    return cases


def _by(facts: list[Fact], pattern_id: str) -> list[Fact]:
    return [f for f in facts if f.extractor.split("@", 1)[0] == pattern_id]


def _fits(f: Fact, want: ExpectedFact) -> bool:
    fields = want.model_fields_set
    return (
        f.kind == want.kind
        and abs(f.value - want.value) <= TOLERANCE
        and ("unit" not in fields or f.unit_key == want.unit)
        and ("metric" not in fields or f.metric == want.metric)
    )


def _show(facts: list[Fact]) -> list[str]:
    return [f"{f.kind} {f.unit_key} {f.metric} {f.value:g} by {f.extractor}" for f in facts]


@pytest.mark.parametrize(("lang", "pattern_id"), _cases())
def test_pattern_examples(lang: str, pattern_id: str) -> None:
    pack = load_pack(lang)
    assert pack is not None
    pattern = next(p for p in pack.patterns if p.id == pattern_id)
    spec = _examples(lang).patterns.get(pattern_id.split(".", 1)[1])
    assert spec is not None, (
        f"{pattern_id} has no examples in extractors/{lang}/{EXAMPLES_FILE}: add a sentence "
        "it must read (and one it must not), or remove the pattern"
    )
    for example in spec.examples:
        ex = _read(lang, example.text)
        if pattern.is_fact:
            got = _by(ex.facts, pattern_id)
            assert example.facts, f"{pattern_id}: a fact pattern's example lists its facts"
            missing = [w for w in example.facts if not any(_fits(f, w) for f in got)]
            extra = [f for f in got if not any(_fits(f, w) for w in example.facts)]
            assert not missing and not extra, (
                f"{pattern_id} on {example.text!r}:\n  missing {missing}\n  extra "
                f"{_show(extra)}\n  all facts {_show(ex.facts)}"
            )
        else:
            claimed = [d for d in ex.decisions if d.rule == pattern_id and d.outcome == "veto"]
            assert any(d.written == example.claims for d in claimed), (
                f"veto {pattern_id} on {example.text!r} should claim {example.claims!r}; "
                f"it claimed {[d.written for d in claimed]}"
            )
            d = next(d for d in claimed if d.written == example.claims)
            through = [f for f in ex.facts if f.start < d.end and d.start < f.end]
            assert not through, f"{pattern_id} claimed {d.written!r}, yet {_show(through)}"
    for sentence in spec.not_:
        ex = _read(lang, sentence)
        fired = _show(_by(ex.facts, pattern_id)) + [
            d.written for d in ex.decisions if d.rule == pattern_id and d.outcome == "veto"
        ]
        assert not fired, f"{pattern_id} must give nothing on {sentence!r}, gave {fired}"


@pytest.mark.parametrize("lang", ["en", "fr", "no", "vi"])
def test_examples_name_only_existing_patterns(lang: str) -> None:
    pack = load_pack(lang)
    assert pack is not None
    ids = {p.id.split(".", 1)[1] for p in pack.patterns}
    stale = sorted(set(_examples(lang).patterns) - ids)
    assert not stale, f"extractors/{lang}/{EXAMPLES_FILE} names patterns that are gone: {stale}"
