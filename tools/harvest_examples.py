"""Keep extractors/<lang>/examples.yaml in step with the rules.

    .venv/bin/python tools/harvest_examples.py                 # report only
    .venv/bin/python tools/harvest_examples.py --update        # rewrite examples.yaml
    .venv/bin/python tools/harvest_examples.py --update --add SENTENCES.yaml
    .venv/bin/python tools/harvest_examples.py --update --fresh --add SENTENCES.yaml

For every pattern it keeps the example sentences already there, re-reads them (each
alone, as tests/test_pack_examples.py does) and writes the facts the pattern gives
now; a sentence on which the pattern no longer fires is dropped and reported. A
pattern with no example left gets candidates: sentences of corpus/,
tests/fixtures/articles and the engine tests' cases where it fires, else those of
``--add`` (``{lang: {pattern id: [sentences]}}``, written by hand). ``not:`` sentences
that still give nothing are kept; else a near miss (the pattern's regex matches, yet
it gives nothing) or a sibling's example is proposed. ``--fresh`` re-chooses every
example (hand-written ``--add`` sentences first, then corpus sentences whose facts
do not depend on a missing article, shortest first). Review the diff like code.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from newsscores.extract.facts import extract_document, split_sentences
from newsscores.extract.numbers import fold
from newsscores.extract.packs import EXAMPLES_FILE, Pattern, available_langs, load_pack, packs_dir
from newsscores.pipeline import process_document
from newsscores.sources import iter_documents

ROOT = Path(__file__).resolve().parents[1]
MAX_CHARS = 260
KEEP = 2
NAMES = {"en": "English", "fr": "French", "no": "Norwegian", "vi": "Vietnamese"}
HEADER = """# Examples of every {name} pattern, keyed by pattern id (tests/test_pack_examples.py).
# Each sentence is read alone (no article around it, no index gate):
#   examples: the sentence and the facts that pattern must give on it (all of them),
#             or for a veto, `claims`: what it claims, so that no fact comes of it;
#   not:      sentences on which the pattern must give nothing (near misses first).
# Sentences are written for the purpose or adapted from corpus/ and tests/fixtures;
# tools/harvest_examples.py --update refreshes the facts (review its diff).
patterns:"""

Facts = list[dict[str, Any]]


def corpus_sentences() -> dict[str, list[str]]:
    """The project's own sentences by language: corpus, fixtures, engine test cases."""
    out: dict[str, list[str]] = defaultdict(list)

    def add(lang: str, text: str) -> None:
        for s, e in split_sentences(text):
            sent = " ".join(text[s:e].split())
            if 10 < len(sent) <= MAX_CHARS and sent not in out[lang]:
                out[lang].append(sent)

    for doc in iter_documents([ROOT / "corpus", ROOT / "tests" / "fixtures" / "articles"]):
        if isinstance(doc, Exception):
            continue
        o = process_document(doc, None)
        if o.article is not None:
            add(o.article.lang, o.article.text)
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple) and len(node.elts) >= 2:
                lang, text = node.elts[0], node.elts[1]
                if (
                    isinstance(lang, ast.Constant)
                    and lang.value in NAMES
                    and isinstance(text, ast.Constant)
                    and isinstance(text.value, str)
                ):
                    add(lang.value, text.value)
    return out


def run(sent: str, lang: str, pat: Pattern) -> tuple[Facts, str | None]:
    """The facts ``pat`` gives on ``sent`` read alone, and what it claims as a veto."""
    ex = extract_document(sent, lang, require_index=False)
    facts = [
        {"kind": f.kind, "value": f.value, "unit": f.unit_key, "metric": f.metric}
        for f in ex.facts
        if f.extractor.split("@")[0] == pat.id
    ]
    spans = [(f.start, f.end) for f in ex.facts]
    claims = [
        d.written
        for d in ex.decisions
        if d.rule == pat.id
        and d.outcome == "veto"
        and not any(d.start < e and s < d.end for s, e in spans)
    ]
    return facts, (claims[0] if claims else None)


def fires(sent: str, lang: str, pat: Pattern) -> bool:
    facts, claims = run(sent, lang, pat)
    return bool(facts) if pat.is_fact else claims is not None


_MINISTRY = re.compile(r"ministr|ministère|ministeri|\bbộ\b", re.IGNORECASE)


def context_bound(sent: str, lang: str, pat: Pattern) -> int:
    """How many of the facts ``pat`` gives on ``sent`` alone depend on a missing article:
    a commune with no province (``other/...``), a department read as a ministry."""
    facts, _ = run(sent, lang, pat)
    return sum(
        1
        for f in facts
        if str(f["unit"]).startswith("other/")
        or (str(f["unit"]).startswith("ministry/") and not _MINISTRY.search(sent))
    )


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _fact(f: dict[str, Any]) -> str:
    metric = f["metric"] if f["metric"] is not None else "null"
    return f"{{kind: {f['kind']}, value: {f['value']:g}, unit: {f['unit']}, metric: {metric}}}"


def update(
    lang: str, sents: list[str], added: dict[str, list[str]], fresh_start: bool = False
) -> tuple[str, list[str]]:
    """The new examples.yaml text for ``lang`` and what changed, as report lines."""
    pack = load_pack(lang)
    assert pack is not None
    path = packs_dir() / lang / EXAMPLES_FILE
    old = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.is_file() else {}
    old_specs: dict[str, Any] = old.get("patterns") or {}
    report: list[str] = []
    chosen: dict[str, list[str]] = {}
    for pat in pack.patterns:
        pid = pat.id.split(".", 1)[1]
        kept = [] if fresh_start else [
            e["text"] for e in (old_specs.get(pid) or {}).get("examples", [])
        ]
        ok = [s for s in kept if fires(s, lang, pat)]
        gone = [s for s in kept if s not in ok]
        report += [f"{pat.id}: example dropped, the pattern no longer fires: {s!r}" for s in gone]
        if not ok:
            found = [s for s in sents if fires(s, lang, pat)]
            found.sort(key=lambda s: (context_bound(s, lang, pat), len(s)))
            ok = ([s for s in added.get(pid, []) if fires(s, lang, pat)] + found)[:KEEP]
            report += [f"{pat.id}: example added: {s!r}" for s in ok]
            if not ok:
                report.append(f"{pat.id}: NO EXAMPLE (write one with --add, or remove the pattern)")
        chosen[pid] = ok
    lines = [HEADER.format(name=NAMES.get(lang, lang))]
    for pat in pack.patterns:
        pid = pat.id.split(".", 1)[1]
        if not chosen[pid]:
            continue
        lines += [f"  {pid}:", "    examples:"]
        for s in chosen[pid]:
            facts, claims = run(s, lang, pat)
            lines.append(f"      - text: {_q(s)}")
            if pat.is_fact:
                lines += ["        facts:"] + [f"          - {_fact(f)}" for f in facts]
            else:
                lines.append(f"        claims: {_q(claims or '')}")
        nots = [s for s in (old_specs.get(pid) or {}).get("not", []) if not fires(s, lang, pat)]
        if not nots:
            near = sorted(
                (s for s in sents if pat.regex.search(fold(s)) and not fires(s, lang, pat)), key=len
            )
            sibling = [
                s
                for p in pack.patterns
                if p is not pat
                for s in chosen[p.id.split(".", 1)[1]]
                if not fires(s, lang, pat)
            ]
            nots = (near or sibling)[:1]
        if nots:
            lines += ["    not:"] + [f"      - {_q(s)}" for s in nots]
    return "\n".join(lines) + "\n", report


def main() -> None:
    added: dict[str, dict[str, list[str]]] = {}
    if "--add" in sys.argv:
        added = yaml.safe_load(Path(sys.argv[sys.argv.index("--add") + 1]).read_text("utf-8"))
    sents = corpus_sentences()
    for lang in available_langs():
        text, report = update(lang, sents[lang], added.get(lang) or {}, "--fresh" in sys.argv)
        print("\n".join(report) or f"{lang}: unchanged")
        if "--update" in sys.argv:
            (packs_dir() / lang / EXAMPLES_FILE).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
