"""Smoke test of the benchmark corpus builder (the benchmark itself is bench/run.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import trafilatura

from newsscores.models import RawDocument
from newsscores.sources.warc import iter_warc

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def generated(corpus: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The builder as in a clone without ../shared."""
    monkeypatch.setattr(corpus, "SHARED_PAGES", tmp_path / "absent")
    monkeypatch.setattr(corpus, "NEGSET", tmp_path / "absent")
    return corpus


@pytest.mark.parametrize("mix", ["dense", "archive"])
@pytest.mark.parametrize("n", [1, 7])
def test_builder_writes_n_pages_as_files_and_warc(
    generated: ModuleType, tmp_path: Path, n: int, mix: str
) -> None:
    html_dir, warc = generated.write(n, tmp_path / "out", mix)
    files = sorted(html_dir.glob("*.html"))
    docs = [d for d in iter_warc(warc) if isinstance(d, RawDocument)]
    assert len(files) == len(docs) == n
    assert [f.read_bytes() for f in files] == [d.content for d in docs]
    assert len({d.url for d in docs}) == n


def test_without_shared_the_corpus_is_generated_and_says_so(generated: ModuleType) -> None:
    for mix in ("dense", "archive"):
        sources = generated.load_sources(mix)
        assert sources.generated
        assert "GENERATED" in sources.describe()
        assert sources.templates and sources.real_pages and sources.articles
    pages = list(generated.generate(6, "archive"))
    assert [p.article is None for p in pages] == [False, False, True] * 2


def test_unknown_mix_is_refused(corpus: ModuleType) -> None:
    with pytest.raises(ValueError, match="unknown mix"):
        corpus.load_sources("sports")


def _check_templates(corpus: ModuleType, mix: str) -> None:
    sources = corpus.load_sources(mix)
    per_cycle = len(sources.articles) * len(sources.templates)
    pages = [p for p in corpus.generate(per_cycle * 3 // 2, mix, sources) if p.article]
    for page in pages[:: len(sources.articles) + 1]:
        text = trafilatura.extract(page.data.decode("utf-8")) or ""
        found = [p[:50] in text for p in page.article.paragraphs]
        assert all(found), (page.url, found)
        assert f"{page.number:06d}" in text


def test_every_generated_template_yields_the_article_as_main_text(generated: ModuleType) -> None:
    _check_templates(generated, "dense")


def test_every_real_template_yields_the_article_as_main_text(corpus: ModuleType) -> None:
    if not corpus.SHARED_PAGES.is_dir():
        pytest.skip("../shared/bench/pages is absent (real pages are not in the repository)")
    assert not corpus.load_sources("dense").generated
    _check_templates(corpus, "dense")
