"""Harvest candidate examples for extractors/<lang>/examples.yaml from the project's
own texts (corpus/ and tests/fixtures/articles): for each pattern, sentences where
it gives facts (or, for a veto, claims a number) when read alone, and near misses
(its regex matches, yet it gives nothing). Candidates are to be reviewed by hand.

    .venv/bin/python tools/harvest_examples.py            # prints a summary
    .venv/bin/python tools/harvest_examples.py --write DIR  # writes DIR/<lang>.candidates.yaml
"""

from __future__ import annotations

import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from newsscores.extract.facts import extract_document, split_sentences
from newsscores.extract.numbers import fold
from newsscores.extract.packs import load_pack
from newsscores.pipeline import process_document
from newsscores.sources import iter_documents

ROOT = Path(__file__).resolve().parents[1]
MAX_CHARS = 260
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for doc in iter_documents([ROOT / "corpus", ROOT / "tests" / "fixtures" / "articles"]):
        if isinstance(doc, Exception):
            continue
        o = process_document(doc, None)
        if o.article is None:
            continue
        text = o.article.text
        for s, e in split_sentences(text):
            sent = " ".join(text[s:e].split())
            if 10 < len(sent) <= MAX_CHARS and sent not in out[o.article.lang]:
                out[o.article.lang].append(sent)
    # the (lang, text, ...) cases of the engine's own tests
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple) and len(node.elts) >= 2:
                lang, text = node.elts[0], node.elts[1]
                if (
                    isinstance(lang, ast.Constant)
                    and lang.value in ("en", "fr", "no", "vi")
                    and isinstance(text, ast.Constant)
                    and isinstance(text.value, str)
                ):
                    for s, e in split_sentences(text.value):
                        sent = " ".join(text.value[s:e].split())
                        if 10 < len(sent) <= MAX_CHARS and sent not in out[lang.value]:
                            out[lang.value].append(sent)
    return out


def harvest(lang: str, sents: list[str]) -> dict[str, dict[str, object]]:
    pack = load_pack(lang)
    assert pack is not None
    found: dict[str, list[tuple[str, list[dict[str, object]], list[str]]]] = defaultdict(list)
    fired: dict[str, set[str]] = defaultdict(set)
    for sent in sents:
        ex = extract_document(sent, lang, require_index=False)
        by_rule: dict[str, list[dict[str, object]]] = defaultdict(list)
        for f in ex.facts:
            rule = f.extractor.split("@")[0]
            by_rule[rule].append(
                {"kind": f.kind, "value": f.value, "unit": f.unit_key, "metric": f.metric}
            )
        for rule, facts in by_rule.items():
            found[rule].append((sent, facts, []))
            fired[rule].add(sent)
        fact_spans = [(f.start, f.end) for f in ex.facts]
        for d in ex.decisions:
            if d.outcome != "veto":
                continue
            if any(d.start < e and s < d.end for s, e in fact_spans):
                continue
            blocks = NUMBER.findall(d.written)
            if blocks:
                found[d.rule].append((sent, [], blocks))
                fired[d.rule].add(sent)
    out: dict[str, dict[str, object]] = {}
    for pat in pack.patterns:
        cands = sorted(found.get(pat.id, []), key=lambda c: len(c[0]))
        picked = []
        for sent, facts, blocks in cands:
            if len(picked) == 2:
                break
            if pat.is_fact:
                picked.append({"text": sent, "facts": facts})
            else:
                picked.append({"text": sent, "blocks": [float(b.replace(",", ".")) for b in blocks]})
        near = [
            s for s in sents if s not in fired[pat.id] and pat.regex.search(fold(s))
        ]
        near.sort(key=len)
        out[pat.id.split(".", 1)[1]] = {"examples": picked, "not": near[:1]}
    return out


def main() -> None:
    all_sents = sentences()
    for lang in ("en", "fr", "no", "vi"):
        got = harvest(lang, all_sents[lang])
        missing = [k for k, v in got.items() if not v["examples"]]
        print(lang, len(got), "patterns;", len(missing), "without examples:", missing)
        if "--write" in sys.argv:
            path = Path(sys.argv[-1]) / f"{lang}.candidates.yaml"
            path.write_text(
                yaml.safe_dump({"patterns": got}, allow_unicode=True, sort_keys=False, width=100),
                encoding="utf-8",
            )


if __name__ == "__main__":
    main()
