"""Reading inputs: finding files, decoding bytes, .txt conventions, HTML main text."""

from __future__ import annotations

import codecs
import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import newsscores.sources as sources
from newsscores.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    MalformedInputError,
    PathInputError,
    TooLargeInputError,
)
from newsscores.models import RawDocument
from newsscores.normalize import normalize_text
from newsscores.settings import Settings
from newsscores.sources import decode_bytes, iter_documents, iter_input_files, parse
from newsscores.sources.html import canonical_url, parse_html
from newsscores.sources.text import parse_text, split_text


def _raw(content: bytes | str, kind: str = "text", **kw: object) -> RawDocument:
    return RawDocument(source_path="in/doc", content=content, kind=kind, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------- finding files


def test_folders_are_walked_recursively_in_name_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "sub/c.htm", "sub/deeper/d.txt", "README.md", ".hidden.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    assert found == ["a.html", "b.txt", "sub/c.htm", "sub/deeper/d.txt"]


@pytest.mark.parametrize(
    ("make", "reason", "words"),
    [
        (lambda p: p / "missing", "not_found", "no such file"),
        (lambda p: (p / "empty").mkdir() or p / "empty", "no_articles", "no article files"),
        (lambda p: (p / "x.pdf").write_bytes(b"%PDF") and p / "x.pdf", "unsupported", "file type"),
    ],
)
def test_paths_that_are_no_input_give_one_error_naming_them(
    tmp_path: Path, make: object, reason: str, words: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    (error,) = list(iter_input_files([path]))
    assert isinstance(error, PathInputError)
    assert error.reason == reason
    assert str(path) in str(error) and words in str(error)
    assert "\n" not in str(error)


def test_a_file_marked_done_is_not_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Alpha text.\n")
    (tmp_path / "b.txt").write_text("Beta text.\n")
    opened: list[str] = []
    real = sources.read_file

    def spy(path: Path, kind: str) -> RawDocument:
        opened.append(path.name)
        return real(path, kind)

    monkeypatch.setattr(sources, "read_file", spy)
    monkeypatch.setattr("newsscores.sources.text.read_file", spy)
    docs = list(iter_documents([tmp_path], skip=lambda s: s.endswith("a.txt")))
    assert opened == ["b.txt"]
    assert [d.source_path for d in docs if isinstance(d, RawDocument)] == [str(tmp_path / "b.txt")]


# --------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Hà Nội 91,7 điểm".encode(), "Hà Nội 91,7 điểm"),
        (codecs.BOM_UTF8 + "Bắc Ninh".encode(), "Bắc Ninh"),
        (codecs.BOM_UTF16_LE + "Bắc Ninh".encode("utf-16-le"), "Bắc Ninh"),
        (b"line one\r\nline two\rthree", "line one\nline two\nthree"),
    ],
)
def test_decode_accepts_utf8_and_byte_order_marks(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "f.txt") == expected


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInputError, "empty"),
        (b"  \n\t\n ", EmptyInputError, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, BinaryInputError, "binary"),
        (b"Ph\xd2 ngon \xff text", EncodingInputError, "UTF-8"),
        ("café crème".encode("latin-1"), EncodingInputError, "offset 3"),
    ],
)
def test_decode_rejects_bad_bytes_with_a_one_line_error_naming_the_file(
    data: bytes, error: type[InputError], words: str
) -> None:
    with pytest.raises(error) as info:
        decode_bytes(data, "dir/bad.txt")
    message = str(info.value)
    assert message.startswith("dir/bad.txt: ") and words in message and "\n" not in message


def test_decode_refuses_input_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "SETTINGS", Settings(max_input_bytes=10))
    with pytest.raises(TooLargeInputError, match="big.txt: 11 bytes"):
        decode_bytes(b"x" * 11, "big.txt")


def test_html_meta_charset_is_used_when_not_utf8() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body>café</body></html>'
    assert "café" in decode_bytes(html.encode("latin-1"), "p.html", html=True)


# --------------------------------------------------------------- .txt conventions


@pytest.mark.parametrize(
    ("text", "body", "url", "published"),
    [
        (
            " date 2025-12-16 BẮC NINH — Momentum builds.\n\nMore text.",
            "BẮC NINH — Momentum builds.\n\nMore text.",
            None,
            date(2025, 12, 16),
        ),
        (
            " date 2025-11-04\nHeadline here\n\nBody.",
            "Headline here\n\nBody.",
            None,
            date(2025, 11, 4),
        ),
        ("Body.\nSource: https://a.vn/x\n\n\nComment (0)", "Body.", "https://a.vn/x", None),
        ("Corps.\nSource : https://b.vn/y\n\nCommentaire (0)", "Corps.", "https://b.vn/y", None),
        ("Tekst.\nKilde: https://c.vn/z\n\n\n\nKommentar (0)", "Tekst.", "https://c.vn/z", None),
        ("Bài viết.\nNguồn: https://d.vn/w\nBình luận (0)", "Bài viết.", "https://d.vn/w", None),
        ("Text with date 2025-01-01 inside.", "Text with date 2025-01-01 inside.", None, None),
        ("Source: not the last line\nBody.", "Source: not the last line\nBody.", None, None),
    ],
)
def test_txt_date_source_and_furniture_are_not_text(
    text: str, body: str, url: str | None, published: date | None
) -> None:
    assert split_text(text) == (body, url, published)


def test_image_placeholders_go_and_captions_lose_their_pipe() -> None:
    text = "Intro.\n![]() |\nThe office rose to first place with 95.38 points. |\nNext.\n![](x.jpg)"
    body, _, _ = split_text(text)
    assert body == "Intro.\nThe office rose to first place with 95.38 points.\nNext."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Khánh Hòa tụt xuống vị trí thứ 12\n\nKết quả ...", "Khánh Hòa tụt xuống vị trí thứ 12"),
        ("Bac Ninh keeps its lead.\nBody follows.", None),
        ("Only one line without stop", None),
        ("A" + " word" * 40 + "\nBody.", None),
    ],
)
def test_a_headline_first_line_is_the_title_and_stays_in_the_text(
    text: str, title: str | None
) -> None:
    parsed = parse_text(_raw(text.encode()))
    assert parsed.title == title
    assert parsed.text.startswith(text.split("\n")[0])


def test_txt_with_only_trailer_lines_is_empty() -> None:
    with pytest.raises(EmptyInputError, match="in/doc"):
        parse_text(_raw(b" date 2025-01-01\nSource: https://x.org/a\nComment (0)"))


@pytest.mark.parametrize(
    ("name", "url", "published", "starts"),
    [
        (
            "000_1c80cfa5dc7b4d2c.txt",
            "https://doanhnghiepvn.vn/chuyen-doi-so/",
            None,
            "Bac Ninh continues",
        ),
        (
            "001_6d9f936519a1dd9e.txt",
            "https://baobacninhtv.vn/bac-ninh-tiep-tuc-giu-vung",
            None,
            "Pour la quatrième",
        ),
        (
            "002_a7208a7ff5152896.txt",
            "https://baobacninhtv.vn/bac-ninh-tiep-tuc-dan-dau",
            None,
            "Oppretthold stabiliteten",
        ),
        (
            "003_99b3665a789f6501.txt",
            "https://baobacninhtv.vn/bac-ninh-5-tuan",
            None,
            "Compared to last week",
        ),
        ("004_eabcd36e13c846e9.txt", None, date(2025, 12, 16), "BẮC NINH — Momentum"),
        ("vi-constructed-khanh-hoa.txt", None, date(2025, 11, 4), "Khánh Hòa giảm điểm"),
    ],
)
def test_sample_articles_read_with_url_and_date(
    corpus_dir: Path, name: str, url: str | None, published: date | None, starts: str
) -> None:
    path = corpus_dir / name
    (raw,) = list(iter_documents([path]))
    assert isinstance(raw, RawDocument)
    parsed = parse(raw)
    assert (parsed.url or "").startswith(url or "") and (parsed.url is None) == (url is None)
    assert parsed.published == published
    assert parsed.text.strip().startswith(starts)
    for junk in ("Comment (0)", "Kommentar (0)", "![]()", "Source:", "Kilde:", " date "):
        assert junk not in parsed.text


# --------------------------------------------------------------- HTML


PAGE = """<html><head><meta charset="utf-8"><title>Bac Ninh leads | Site</title>
<link rel="canonical" href="https://news.example/bac-ninh-leads">
<meta property="og:url" content="https://news.example/og-url">
<meta property="article:published_time" content="2025-10-14T08:00:00+07:00">
</head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Bac Ninh leads the weekly index</h1>
<p>Bac Ninh scored 92.80 points in the week, maintaining its position as the top performer
for the twelfth consecutive week, according to the National Public Service Portal.</p>
<p>The provincial People's Committee Office rose to first place with 95.38 points among the
departments and sectors of the province.</p></article>
<footer>Copyright 2025. All rights reserved.</footer></body></html>"""


def test_html_main_text_and_metadata() -> None:
    parsed = parse_html(_raw(PAGE.encode(), kind="html"))
    assert "92.80 points" in parsed.text and "95.38 points" in parsed.text
    assert "Home" not in parsed.text and "Copyright" not in parsed.text
    assert parsed.url == "https://news.example/bac-ninh-leads"
    assert parsed.published is None  # looked up when wanted
    assert parsed.dated(extensive=False).published == date(2025, 10, 14)
    assert parsed.title and "Bac Ninh leads" in parsed.title


#: A page whose date stands only in its free text ("Posted on ..."): htmldate's
#: extensive search finds it, the fast one (markup, URL, timestamps) does not.
TEXT_DATED_PAGE = PAGE.replace(
    '<meta property="article:published_time" content="2025-10-14T08:00:00+07:00">', ""
).replace("<h1>", "<p>Posted on 14 October 2025 by the desk</p><h1>")


def test_html_date_in_the_text_needs_the_extensive_search() -> None:
    parsed = parse_html(_raw(TEXT_DATED_PAGE.encode(), kind="html"))
    assert parsed.dated(extensive=True).published == date(2025, 10, 14)
    assert parsed.dated(extensive=False).published is None


def test_html_date_falls_back_to_the_fetch_date() -> None:
    parsed = parse(_raw(TEXT_DATED_PAGE.encode(), kind="html", fetched=date(2026, 1, 2)))
    assert parsed.dated(extensive=True).published == date(2025, 10, 14)
    assert parsed.dated(extensive=False).published == date(2026, 1, 2)


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ('<link rel="canonical" href="https://a.example/x">', "https://a.example/x"),
        ("<link href='https://a.example/y' rel=canonical>", "https://a.example/y"),
        ('<link rel="canonical" href="/relative">', None),
        ('<link rel="stylesheet" href="https://a.example/s.css">', None),
    ],
)
def test_canonical_url(head: str, url: str | None) -> None:
    assert canonical_url(f"<html><head>{head}</head></html>") == url


def test_html_container_url_wins_over_the_page() -> None:
    parsed = parse_html(_raw(PAGE.encode(), kind="html", url="https://archive.example/x"))
    assert parsed.url == "https://archive.example/x"


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>x</title></head><body></body></html>",
        "<html><body><script>var a = 1;</script></body></html>",
    ],
)
def test_html_without_main_text_is_a_readable_error(html: str) -> None:
    with pytest.raises((EmptyInputError, MalformedInputError), match="in/doc: .*main text"):
        parse_html(_raw(html.encode(), kind="html"))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded_and_binary_is_still_binary(encoding: str) -> None:
    text = "Điểm PCI của Bắc Ninh đạt 70,5 điểm.\n"
    assert decode_bytes(text.encode(encoding), "in/doc") == text
    for binary in (b"\x00\x01" * 50, b"\x00\xff" * 64, b"\xff\x00" * 64):
        with pytest.raises(BinaryInputError):
            decode_bytes(binary, "in/doc")


# ------------------------------------------- trafilatura's metadata, only what we read

_HEAD_VARIANTS = {
    "title tag only": "<title>PCI 2024: Bac Ninh leads | News</title>",
    "open graph": (
        '<meta property="og:title" content="Bac Ninh leads the PCI">'
        '<meta property="og:url" content="https://news.example/og">'
        '<meta property="article:published_time" content="2024-05-07T08:00:00+07:00">'
    ),
    "json-ld": (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Quang Ninh first again", '
        '"datePublished": "2023-04-19", "url": "https://news.example/ld"}</script>'
    ),
    "broken json-ld": '<script type="application/ld+json">{"@type": "NewsArticle",</script>',
    "canonical, no title": '<link rel="canonical" href="https://news.example/canon">',
    "nothing": "",
    "date in the URL only": '<meta property="og:url" content="https://news.example/2022/03/09/pci">',
}


def _variant_pages() -> list[str]:
    body = PAGE[PAGE.index("<body>") :]
    pages = [f"<html><head>{head}</head>{body}" for head in _HEAD_VARIANTS.values()]
    crawl = Path(__file__).parent / "fixtures" / "crawl" / "article.html"
    return [PAGE, *pages, crawl.read_text(encoding="utf-8")]


@pytest.mark.parametrize("url", [None, "https://archive.example/a"])
@pytest.mark.parametrize("page", _variant_pages())
def test_extract_main_reads_what_trafilatura_metadata_would(page: str, url: str | None) -> None:
    """Title, URL, date and text as ``bare_extraction(with_metadata=True)`` gives them,
    without the metadata steps newsscores never reads (authors, tags, ...)."""
    import trafilatura

    from newsscores.sources.html import extract_main

    full = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
    )
    ours = extract_main(page, url)
    assert full is not None and ours is not None
    assert (ours.text, ours.title, ours.url, ours.date) == (
        full.text,
        full.title,
        full.url,
        full.date,
    )
    assert ours.text and ours.author is None  # the text is there; the author was not looked for


#: An off-topic page (sport) whose main text is long: it names no governance index.
SPORT_PAGE = (
    "<html><head><title>Derby report</title></head><body><nav>Home | Sport</nav><article>"
    + "".join(
        f"<p>In the {i}th minute the home side pressed again, and the visitors held their"
        " line until the break, when the coach changed two players and the crowd sang.</p>"
        for i in range(1, 12)
    )
    + "</article><footer>Copyright 2025.</footer></body></html>"
)


def _count_comparisons(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A counter of trafilatura's comparison stage (readability, justext) calls."""
    import trafilatura.core as core

    calls: list[int] = []
    compare = core.compare_extraction

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return compare(*args, **kwargs)

    monkeypatch.setattr(core, "compare_extraction", counted)
    return calls


def test_off_topic_page_skips_trafilaturas_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_comparisons(monkeypatch)
    parsed = parse_html(_raw(SPORT_PAGE.encode(), kind="html"))
    assert "the crowd sang" in parsed.text and "Home" not in parsed.text
    assert calls == []


def test_index_page_is_extracted_with_trafilaturas_comparison(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    from newsscores import settings

    calls = _count_comparisons(monkeypatch)
    monkeypatch.setattr(  # however short its text
        settings, "SETTINGS", dataclasses.replace(settings.SETTINGS, fast_cascade_min_chars=1)
    )
    parsed = parse_html(_raw(PAGE.encode(), kind="html"))
    assert calls == [1]
    full = trafilatura.bare_extraction(PAGE, include_comments=False, include_tables=True)
    assert full is not None and normalize_text(full.text) == parsed.text


def test_short_or_ungated_off_topic_page_keeps_the_comparison(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsscores import settings

    calls = _count_comparisons(monkeypatch)
    monkeypatch.setattr(
        settings, "SETTINGS", dataclasses.replace(settings.SETTINGS, fast_cascade_min_chars=10**6)
    )
    parse_html(_raw(SPORT_PAGE.encode(), kind="html"))
    monkeypatch.setattr(
        settings, "SETTINGS", dataclasses.replace(settings.SETTINGS, fast_cascade_min_chars=0)
    )
    parse_html(_raw(SPORT_PAGE.encode(), kind="html"))
    assert calls == [1, 1]


def test_a_rescued_text_that_names_an_index_is_extracted_in_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The gate saw the main extractor's few words; trafilatura's rescue of a short
    text found the index article elsewhere on the page: the page is extracted again,
    comparison included."""
    from newsscores import settings

    calls = _count_comparisons(monkeypatch)
    monkeypatch.setattr(
        settings, "SETTINGS", dataclasses.replace(settings.SETTINGS, fast_cascade_min_chars=1)
    )
    page = (
        "<html><body><article><p>Read more below.</p></article><div><span>"
        "Bac Ninh ranked first in the Provincial Competitiveness Index (PCI) 2023 with"
        " 72.5 points, ahead of Quang Ninh with 70.1 points and Hai Phong.</span></div>"
        "</body></html>"
    )
    parsed = parse_html(_raw(page.encode(), kind="html"))
    assert "72.5 points" in parsed.text
    assert calls == [1]
