"""Two small WARCs for the cluster path's tests: ``a`` holds an article, a corrupt
record (a body that claims gzip and is not) and a Vietnamese article; ``b`` holds an
off-topic page and a second copy of ``a``'s first article (the same text)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from warcio.warcwriter import WARCWriter

FIXTURES = Path(__file__).parent / "fixtures" / "warc"

VI_ARTICLE = (
    "<html><head><title>Bắc Ninh dẫn đầu</title></head><body><article><p>Tuần từ ngày 10 "
    "đến 16/11/2025, tỉnh Bắc Ninh đạt 95,38 điểm, tăng 1,2 điểm so với tuần trước và xếp "
    "thứ nhất cả nước về chỉ số phục vụ người dân và doanh nghiệp.</p></article></body></html>"
)
OFF_TOPIC = (
    "<html><head><title>Autumn soup</title></head><body><article><p>This pumpkin soup takes "
    "forty minutes. Roast the pumpkin with garlic, blend it with stock and cream, and season "
    "to taste before serving it with warm bread.</p></article></body></html>"
)


def builder() -> ModuleType:
    """``tests/fixtures/warc/build.py`` as a module (its record writers)."""
    spec = importlib.util.spec_from_file_location("warc_build", FIXTURES / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_warcs(folder: Path) -> tuple[Path, Path]:
    """Write ``a.warc.gz`` and ``b.warc.gz`` into ``folder``; their paths."""
    b = builder()
    first, second = folder / "a.warc.gz", folder / "b.warc.gz"
    with first.open("wb") as out:
        w = WARCWriter(out, gzip=True)
        b.write_response(w, 1, "https://example.org/news/quang-ninh", b.ARTICLE.encode())
        b.write_response(
            w,
            2,
            "https://example.org/broken",
            b"this is not gzip",
            headers=[("Content-Encoding", "gzip")],
        )
        b.write_response(w, 3, "https://example.org/vi/bac-ninh", VI_ARTICLE.encode())
    with second.open("wb") as out:
        w = WARCWriter(out, gzip=True)
        b.write_response(w, 4, "https://example.org/food/soup", OFF_TOPIC.encode())
        b.write_response(w, 5, "https://mirror.example.net/quang-ninh", b.ARTICLE.encode())
    return first, second
