"""Build benchmark corpora: the sample articles inside real page furniture.

Each template is a real news page from ``bench/pages/`` (navigation, ads, scripts,
related links, comment widgets kept) whose main-text paragraphs are replaced by one
of the sample articles (``corpus/*.txt``, ``corpus/constructed/*.txt``). Copy ``i``
gets its own URL and a reference line in the text, so every page is a distinct
article. Written as ``html/NNNNN.html`` files and as one ``pages.warc.gz``
(a request and a response record per page).

    .venv/bin/python bench/corpus.py --n 1000 --out bench/_corpus/1000
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from pathlib import Path

import lxml.html
from lxml import etree
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "bench" / "pages"
sys.path.insert(0, str(ROOT / "src"))

from newsscores.sources.text import split_text  # noqa: E402

_SITE = re.compile(r"^[a-z]{2}-(.+)-[^-.]+\.html$")
_DATE_META = re.compile(r"date|time|modified|published", re.IGNORECASE)
WARC_DATE = "2025-11-20T00:00:00Z"


@dataclass(frozen=True)
class Article:
    """A sample article: headline, paragraphs, date and language."""

    name: str
    lang: str
    title: str
    paragraphs: list[str]
    date: str


@dataclass(frozen=True)
class Page:
    """One generated page."""

    number: int
    url: str
    html: str
    article: Article


def load_articles(root: Path = ROOT / "corpus") -> list[Article]:
    """The sample articles, split into headline and paragraphs by the text reader."""
    articles = []
    for path in sorted([*root.glob("*.txt"), *root.glob("constructed/*.txt")]):
        body, _url, published = split_text(path.read_text(encoding="utf-8"))
        lines = [line.strip() for line in body.split("\n") if line.strip()]
        lang = _language(body)
        articles.append(
            Article(
                path.stem,
                lang,
                lines[0],
                lines[1:],
                published.isoformat() if published else "2025-11-18",
            )
        )
    return articles


def _language(text: str) -> str:
    """The article's language (for its URL and reference line), by seeded langdetect."""
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    return detect(text)


def _content_node(doc: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element whose direct ``<p>`` children hold the most text: the article body."""

    def weight(el: lxml.html.HtmlElement) -> int:
        return sum(len(p.text_content()) for p in el if p.tag == "p")

    return max(doc.iter(tag=etree.Element), key=weight)


def make_template(html: str) -> str:
    """A real page with placeholders ``@@TITLE@@``, ``@@URL@@``, ``@@DATE@@``, ``@@BODY@@``."""
    doc = lxml.html.fromstring(html)
    body = _content_node(doc)
    paragraphs = [p for p in body if p.tag == "p"]
    position = body.index(paragraphs[0])
    for p in paragraphs:
        body.remove(p)
    marker = etree.SubElement(body, "p")
    marker.text = "@@BODY@@"
    body.insert(position, marker)
    for meta in doc.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if _DATE_META.search(key):
            meta.getparent().remove(meta)
        elif key in ("og:url", "twitter:url"):
            meta.set("content", "@@URL@@")
        elif key in ("og:title", "twitter:title"):
            meta.set("content", "@@TITLE@@")
    for link in doc.iter("link"):
        if link.get("rel") == "canonical":
            link.set("href", "@@URL@@")
    for time_el in list(doc.iter("time")):
        time_el.getparent().remove(time_el)
    head = doc.find("head")
    if head is not None:
        title = head.find("title")
        if title is not None:
            title.text = "@@TITLE@@"
        meta = etree.SubElement(head, "meta")
        meta.set("property", "article:published_time")
        meta.set("content", "@@DATE@@")
    h1 = next(doc.iter("h1"), None)
    if h1 is not None:
        for child in list(h1):
            h1.remove(child)
        h1.text = "@@TITLE@@"
    out = lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>")
    return out.replace("<p>@@BODY@@</p>", "@@BODY@@")


def load_templates(pages: Path = PAGES) -> list[tuple[str, str]]:
    """``(site, template)`` for every page in ``bench/pages``."""
    templates = []
    for path in sorted(pages.glob("*.html")):
        match = _SITE.match(path.name)
        site = match.group(1) if match else path.stem
        templates.append((site, make_template(path.read_text(encoding="utf-8"))))
    return templates


REFERENCE = {
    "vi": "Mã tin: {n}.",
    "fr": "Référence : {n}.",
    "no": "Referanse: {n}.",
    "en": "Ref. {n}.",
}


def generate(n: int) -> Iterator[Page]:
    """``n`` distinct pages, cycling through articles and templates."""
    articles = load_articles()
    templates = load_templates()
    for i in range(n):
        article = articles[i % len(articles)]
        site, template = templates[(i // len(articles)) % len(templates)]
        url = f"https://{site}/{article.lang}/{article.name}-{i}.html"
        paragraphs = [*article.paragraphs, REFERENCE[article.lang].format(n=f"{i:06d}")]
        body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        html = (
            template.replace("@@TITLE@@", escape(article.title))
            .replace("@@URL@@", url)
            .replace("@@DATE@@", article.date)
            .replace("@@BODY@@", body)
        )
        yield Page(i, url, html, article)


def write(n: int, out: Path) -> tuple[Path, Path]:
    """Write ``out/html/*.html`` and ``out/pages.warc.gz``; return both paths."""
    html_dir = out / "html"
    html_dir.mkdir(parents=True, exist_ok=True)
    warc_path = out / "pages.warc.gz"
    with warc_path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for page in generate(n):
            data = page.html.encode("utf-8")
            (html_dir / f"{page.number:05d}.html").write_bytes(data)
            _write_record(writer, page.url, data, page.number)
    return html_dir, warc_path


def _write_record(writer: WARCWriter, url: str, data: bytes, number: int) -> None:
    """A request record and the response record holding ``data``."""
    response_id = f"<urn:uuid:{uuid.UUID(int=2 * number + 1)}>"
    http = StatusAndHeaders(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(data)))],
        protocol="HTTP/1.1",
    )
    response = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(data),
        length=len(data),
        http_headers=http,
        warc_headers_dict={"WARC-Date": WARC_DATE, "WARC-Record-ID": response_id},
    )
    path = "/" + url.split("/", 3)[3]
    request = writer.create_warc_record(
        url,
        "request",
        http_headers=StatusAndHeaders(
            f"GET {path} HTTP/1.1",
            [("Host", url.split("/")[2]), ("User-Agent", "newsscores-bench")],
            is_http_request=True,
        ),
        warc_headers_dict={
            "WARC-Date": WARC_DATE,
            "WARC-Record-ID": f"<urn:uuid:{uuid.UUID(int=2 * number + 2)}>",
            "WARC-Concurrent-To": response_id,
        },
    )
    writer.write_record(request)
    writer.write_record(response)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of pages")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    args = parser.parse_args()
    html_dir, warc_path = write(args.n, args.out)
    print(f"{args.n} pages in {html_dir} and {warc_path}")


if __name__ == "__main__":
    main()
