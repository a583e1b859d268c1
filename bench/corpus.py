"""Build benchmark corpora: articles inside page furniture, mixed with real pages.

Two mixes of N pages, each written as ``html/NNNNN.html`` files and as one
``pages.warc.gz`` (a request and a response record per page):

- ``dense``: two records in three are the sample articles (``corpus/*.txt``,
  ``corpus/constructed/*.txt``: index articles, dense with figures) inside a page
  template; the third is a real page as it was crawled.
- ``archive``: the same, with the real off-topic news articles of
  ``../shared/negset`` (sport, markets, exams, growth: no index article) in the
  templates instead.

Templates are five real news pages of ``../shared/bench/pages`` (navigation, ads,
scripts, related links, comment widgets kept) whose main-text paragraphs are
replaced by the article; the real pages are all of ``../shared/bench/pages``.
Those are other people's words and are read from ``../shared``, never copied into
the repository. Without ``../shared`` the corpus is generated: templates with
made-up furniture, made-up off-topic news instead of the negset, and generated
pages instead of the real ones (:func:`load_sources` says which).

Copy ``i`` of an article gets its own URL and a reference line in its text, so
every templated page is a distinct article; real pages repeat verbatim.

    .venv/bin/python bench/corpus.py --n 1000 --mix archive --out bench/_corpus/archive-1000
"""

from __future__ import annotations

import argparse
import io
import random
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
SHARED = ROOT.parent / "shared"
SHARED_PAGES = SHARED / "bench" / "pages"
NEGSET = SHARED / "negset"
sys.path.insert(0, str(ROOT / "src"))

from newsscores.sources.text import split_text  # noqa: E402

#: The real pages used as templates (their article paragraphs are replaced).
TEMPLATE_PAGES = (
    "en-guardian.co.tt-massy.html",
    "en-jamaicaobserver.com-attacks.html",
    "en-newsday.co.tt-forex.html",
    "en-tribune242.com-gunned.html",
    "fr-lenouvelliste.com-compagnies.html",
)
MIXES = ("dense", "archive")
#: Every REAL_EVERY-th record is a real page as crawled; the others are templated.
REAL_EVERY = 3
_SITE = re.compile(r"^[a-z]{2}-(.+)-[^-.]+\.html$")
_DATE_META = re.compile(r"date|time|modified|published", re.IGNORECASE)
WARC_DATE = "2025-11-20T00:00:00Z"


@dataclass(frozen=True)
class Article:
    """An article: headline, paragraphs, date and language."""

    name: str
    lang: str
    title: str
    paragraphs: list[str]
    date: str


@dataclass(frozen=True)
class Page:
    """One generated page (``article`` is None for a real page as crawled)."""

    number: int
    url: str
    data: bytes
    article: Article | None


@dataclass(frozen=True)
class Sources:
    """What a mix is made of, and whether it comes from ``../shared`` or is generated."""

    mix: str
    articles: list[Article]
    templates: list[tuple[str, str]]
    real_pages: list[tuple[str, bytes]]
    generated: bool

    def describe(self) -> str:
        """One line: what the mix holds."""
        origin = (
            "GENERATED pages (../shared is absent: no real page, no real off-topic article)"
            if self.generated
            else f"real pages and templates from {SHARED_PAGES}"
        )
        return (
            f"{self.mix} mix: {len(self.articles)} articles in {len(self.templates)} templates, "
            f"{len(self.real_pages)} pages as crawled (1 record in {REAL_EVERY}); {origin}"
        )


def load_articles(root: Path = ROOT / "corpus") -> list[Article]:
    """The sample articles, split into headline and paragraphs by the text reader."""
    return [_article(p) for p in sorted([*root.glob("*.txt"), *root.glob("constructed/*.txt")])]


def load_negset(root: Path | None = None) -> list[Article]:
    """The real off-topic articles of the negset (every language), if present."""
    return [_article(p) for p in sorted((root or NEGSET).glob("*/*.txt"))]


def _article(path: Path) -> Article:
    body, _url, published = split_text(path.read_text(encoding="utf-8"))
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    return Article(
        path.stem,
        _language(body),
        lines[0],
        lines[1:],
        published.isoformat() if published else "2025-11-18",
    )


def _language(text: str) -> str:
    """The article's language (for its URL and reference line), by seeded langdetect."""
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    lang = detect(text)
    return lang if lang in REFERENCE else "en"


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


def _site(name: str) -> str:
    match = _SITE.match(name)
    return match.group(1) if match else Path(name).stem


def load_templates(pages: Path | None = None) -> list[tuple[str, str]]:
    """``(site, template)`` for the template pages found in ``pages``."""
    pages = pages or SHARED_PAGES
    return [
        (_site(name), make_template((pages / name).read_text(encoding="utf-8")))
        for name in TEMPLATE_PAGES
        if (pages / name).is_file()
    ]


def load_real_pages(pages: Path | None = None) -> list[tuple[str, bytes]]:
    """``(file name, bytes)`` of every real page in ``pages`` (not all are UTF-8)."""
    return [(p.name, p.read_bytes()) for p in sorted((pages or SHARED_PAGES).glob("*.html"))]


# -- generated stand-ins, for a clone without ../shared ----------------------------

_WORDS = [
    "home",
    "news",
    "world",
    "business",
    "sport",
    "culture",
    "opinion",
    "video",
    "podcasts",
    "weather",
    "travel",
    "science",
    "health",
    "markets",
    "politics",
    "region",
    "city",
    "economy",
    "lifestyle",
    "technology",
]


def synthetic_template(k: int) -> str:
    """A made-up news page with the usual furniture around ``@@BODY@@`` (≈ 60 KB)."""
    rng = random.Random(k)
    nav = "".join(
        f'<li><a href="/{w}/{i}">{w.title()}</a></li>'
        for i, w in enumerate(rng.choices(_WORDS, k=60))
    )
    script = "var cfg = " + repr({f"k{i}": rng.random() for i in range(400)}) + ";"
    related = "".join(
        f'<li><a href="/story/{rng.randrange(10**6)}">'
        f"{' '.join(rng.choices(_WORDS, k=8)).capitalize()}</a></li>"
        for _ in range(40)
    )
    comments = "".join(
        f'<div class="comment"><span class="author">user{rng.randrange(999)}</span>'
        f"<p>{' '.join(rng.choices(_WORDS, k=25)).capitalize()}.</p></div>"
        for _ in range(15)
    )
    return (
        "<!DOCTYPE html><html><head><title>@@TITLE@@</title>"
        '<meta property="og:url" content="@@URL@@">'
        '<meta property="article:published_time" content="@@DATE@@">'
        f'<link rel="canonical" href="@@URL@@"><script>{script}</script>'
        f"<style>{'.c{margin:0;padding:0}' * 200}</style></head><body>"
        f'<header><nav><ul class="menu">{nav}</ul></nav></header>'
        '<main><article class="post"><h1>@@TITLE@@</h1><div class="entry-content">'
        "@@BODY@@</div></article>"
        f'<aside class="related"><h3>Related</h3><ul>{related}</ul></aside>'
        f'<section class="comments">{comments}</section></main>'
        f"<footer><ul>{nav}</ul><p>© News Ltd. All rights reserved.</p></footer>"
        "</body></html>"
    )


_OFFTOPIC = {
    "en": [
        "{team} beat {team2} {a}-{b} on Sunday and moved {c} points clear at the top of the table.",
        "The benchmark index rose {x} per cent to {y} points, its highest close in {c} weeks.",
        "Exports reached {y} million dollars in the first {c} months, up {x} per cent.",
        "Some {y} candidates sat the exam; {x} per cent passed, against {z} per cent last year.",
    ],
    "fr": [
        "{team} a battu {team2} {a}-{b} dimanche et compte {c} points d'avance en tête.",
        "L'indice phare a gagné {x} % à {y} points, sa meilleure clôture depuis {c} semaines.",
        "Les exportations ont atteint {y} millions de dollars en {c} mois, en hausse de {x} %.",
    ],
    "no": [
        "{team} slo {team2} {a}-{b} søndag og leder tabellen med {c} poeng.",
        "Hovedindeksen steg {x} prosent til {y} poeng, den høyeste sluttkursen på {c} uker.",
    ],
    "vi": [
        "{team} thắng {team2} {a}-{b} và dẫn đầu bảng xếp hạng với {c} điểm.",
        "Chỉ số chứng khoán tăng {x}% lên {y} điểm, mức cao nhất trong {c} tuần.",
        "Kim ngạch xuất khẩu đạt {y} triệu USD trong {c} tháng, tăng {x}%.",
    ],
}
_TEAMS = ["Arsenal", "Molde", "Hà Nội FC", "Lyon", "Brentford", "Rosenborg", "Nantes"]


def synthetic_offtopic(count: int = 40) -> list[Article]:
    """Made-up off-topic news (sport, markets, exports, exams), full of numbers."""
    rng = random.Random(7)
    langs = sorted(_OFFTOPIC)
    articles = []
    for i in range(count):
        lang = langs[i % len(langs)]
        paragraphs = []
        for _ in range(rng.randrange(6, 14)):
            line = rng.choice(_OFFTOPIC[lang])
            paragraphs.append(
                line.format(
                    team=rng.choice(_TEAMS),
                    team2=rng.choice(_TEAMS),
                    a=rng.randrange(5),
                    b=rng.randrange(5),
                    c=rng.randrange(2, 40),
                    x=f"{rng.uniform(0, 9):.2f}",
                    y=rng.randrange(100, 9000),
                    z=f"{rng.uniform(0, 99):.1f}",
                )
            )
        articles.append(
            Article(f"generated-{lang}-{i:02d}", lang, paragraphs[0], paragraphs, "2025-11-18")
        )
    return articles


def load_sources(mix: str = "dense") -> Sources:
    """The articles, templates and real pages of ``mix``, from ``../shared`` if present."""
    if mix not in MIXES:
        raise ValueError(f"unknown mix {mix!r}; one of {', '.join(MIXES)}")
    templates = load_templates()
    real = load_real_pages()
    offtopic = load_negset() if mix == "archive" else []
    generated = not templates or not real or (mix == "archive" and not offtopic)
    if generated:
        templates = [(f"generated{k}.example", synthetic_template(k)) for k in range(5)]
        offtopic = synthetic_offtopic()
        real = [
            (
                f"en-generated{k}.example-page.html",
                _fill(templates[k % 5][1], offtopic[k], "", k).encode(),
            )
            for k in range(20)
        ]
    articles = load_articles() if mix == "dense" else offtopic
    return Sources(mix, articles, templates, real, generated)


REFERENCE = {
    "vi": "Mã tin: {n}.",
    "fr": "Référence : {n}.",
    "no": "Referanse: {n}.",
    "en": "Ref. {n}.",
}


def _fill(template: str, article: Article, url: str, i: int) -> str:
    paragraphs = [*article.paragraphs, REFERENCE[article.lang].format(n=f"{i:06d}")]
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        template.replace("@@TITLE@@", escape(article.title))
        .replace("@@URL@@", url)
        .replace("@@DATE@@", article.date)
        .replace("@@BODY@@", body)
    )


def generate(n: int, mix: str = "dense", sources: Sources | None = None) -> Iterator[Page]:
    """``n`` pages of ``mix``: templated articles, every third record a real page."""
    src = sources or load_sources(mix)
    made = 0
    for i in range(n):
        if i % REAL_EVERY == REAL_EVERY - 1:
            name, html = src.real_pages[(i // REAL_EVERY) % len(src.real_pages)]
            yield Page(i, f"https://{_site(name)}/{name}?n={i}", html, None)
            continue
        article = src.articles[made % len(src.articles)]
        site, template = src.templates[(made // len(src.articles)) % len(src.templates)]
        made += 1
        url = f"https://{site}/{article.lang}/{article.name}-{i}.html"
        yield Page(i, url, _fill(template, article, url, i).encode(), article)


def write(
    n: int, out: Path, mix: str = "dense", sources: Sources | None = None
) -> tuple[Path, Path]:
    """Write ``n`` pages of ``mix`` as ``out/html/*.html`` and ``out/pages.warc.gz``."""
    html_dir = out / "html"
    html_dir.mkdir(parents=True, exist_ok=True)
    warc_path = out / "pages.warc.gz"
    with warc_path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for page in generate(n, mix, sources):
            data = page.data
            (html_dir / f"{page.number:05d}.html").write_bytes(data)
            _write_record(writer, page.url, data, page.number, page.article is not None)
    return html_dir, warc_path


def _write_record(writer: WARCWriter, url: str, data: bytes, number: int, utf8: bool) -> None:
    """A request record and the response record holding ``data`` (``utf8``: say so in
    the Content-Type; real pages carry their own charset)."""
    response_id = f"<urn:uuid:{uuid.UUID(int=2 * number + 1)}>"
    http = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", "text/html; charset=utf-8" if utf8 else "text/html"),
            ("Content-Length", str(len(data))),
        ],
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
    parser.add_argument("--mix", choices=MIXES, default="dense", help="which mix")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    args = parser.parse_args()
    sources = load_sources(args.mix)
    print(sources.describe())
    html_dir, warc_path = write(args.n, args.out, args.mix, sources)
    print(f"{args.n} pages in {html_dir} and {warc_path}")


if __name__ == "__main__":
    main()
