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


@pytest.mark.parametrize("n", [1, 7])
def test_builder_writes_n_distinct_pages_as_files_and_warc(
    corpus: ModuleType, tmp_path: Path, n: int
) -> None:
    html_dir, warc = corpus.write(n, tmp_path)
    files = sorted(html_dir.glob("*.html"))
    docs = [d for d in iter_warc(warc) if isinstance(d, RawDocument)]
    assert len(files) == len(docs) == n
    assert [f.read_bytes() for f in files] == [d.content for d in docs]
    assert len({d.url for d in docs}) == n


def test_every_template_yields_the_article_as_main_text(corpus: ModuleType) -> None:
    templates = len(corpus.load_templates())
    articles = len(corpus.load_articles())
    assert templates >= 3
    for page in list(corpus.generate(articles * templates))[:: articles + 1]:
        text = trafilatura.extract(page.html) or ""
        found = [p[:50] in text for p in page.article.paragraphs]
        assert all(found), (page.url, found)
        assert f"{page.number:06d}" in text
