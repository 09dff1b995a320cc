"""A saved web page to its article's lines: title, headings, paragraphs, captions.

Scripts, styles, navigation, headers, footers, forms and asides are dropped. When the page has an
``<article>`` (or ``<main>``) element, only its content is read. The page's publication date
comes from ``article:published_time``, JSON-LD ``datePublished``, or ``<time datetime>``.

>>> lines, meta = html_to_lines('<html><head><meta property="article:published_time" '
...     'content="2024-11-27T10:00:00Z"><title>خبر</title></head><body><nav>القائمة</nav>'
...     '<article><h1>زيارة الرئيس</h1><p>وصل الرئيس.</p></article></body></html>')
>>> lines
[('زيارة الرئيس', 'title'), ('وصل الرئيس.', 'body')]
>>> meta["published"]
datetime.date(2024, 11, 27)
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

__all__ = ["html_to_lines", "web_url"]

_DROP_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "select", "template", "object", "embed", "canvas", "input", "menu"]
_BLOCKS = {"h1": "title", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
           "h6": "heading", "p": "body", "figcaption": "caption", "li": "body", "blockquote": "body",
           "pre": "body", "td": "body", "dd": "body", "dt": "body"}
_NOISE_CLASS = re.compile(r"(^|[\s_-])(nav|menu|share|social|related|comment|footer|header|sidebar|"
                          r"breadcrumb|advert|ads?|promo|newsletter|cookie|subscribe)([\s_-]|$)", re.I)
_SITE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{1,40}$")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


# Characters a URL never holds as typed: white space, quotes and angle brackets (they end an
# attribute or a tag) and format characters (bidi overrides make a URL read as another one)
_URL_BAD = frozenset('"<>`\\^{}|')


def web_url(url: object) -> str | None:
    """``url`` when it is a plain web address (``http://`` or ``https://`` and a host), else None.

    Only such a URL is made a link: ``javascript:``, ``data:``, ``file:`` and anything holding
    white space, quotes, angle brackets or invisible (format) characters is shown as text.

    >>> web_url("https://example.org/الأخبار?id=1")
    'https://example.org/الأخبار?id=1'
    >>> web_url("javascript:alert(1)") is None, web_url("https://a.org/\u202egpj.exe") is None
    (True, True)
    """
    if not isinstance(url, str) or not url or len(url) > 2048:
        return None
    if any(c in _URL_BAD or c.isspace() or unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn")
           for c in url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or url[:len(parts.scheme) + 3].lower() \
            not in ("http://", "https://"):
        return None
    return url


def _tags(node: Tag) -> list[Tag]:
    """The elements under ``node``, in document order. One walk of the tree: bs4's find_all
    tests every element against every name asked for, through its filter classes, which made
    most of the time on a page of 10,000 or 100,000 nested elements."""
    return [t for t in node.descendants if isinstance(t, Tag)]


def _published(by_name: dict[str, list[Tag]]) -> dt.date | None:
    candidates: list[str] = []
    metas = [m for m in by_name.get("meta", ()) if m.get("content")]
    for key in ("article:published_time", "og:published_time", "datePublished", "pubdate",
                "publishdate", "publish_date", "date", "DC.date.issued", "dcterms.created",
                "sailthru.date", "parsely-pub-date"):
        for attr in ("property", "name", "itemprop"):
            candidates += [str(m["content"]) for m in metas if m.get(attr) == key]
    for script in by_name.get("script", ()):
        if script.get("type") == "application/ld+json":
            candidates += _json_ld_dates(script.string or script.get_text() or "")
    for t in by_name.get("time", ()):
        if t.get("datetime"):
            candidates.append(str(t["datetime"]))
    for v in candidates:
        try:
            return dt.date.fromisoformat(v.strip()[:10])
        except ValueError:
            continue
    return None


def _json_ld_dates(blob: str) -> list[str]:
    try:
        data = json.loads(blob)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes ([[[[…)
        return []
    found: list[str] = []
    # a stack, not recursion: what json.loads could build, this walks, however deep
    # (a found date is pushed as a 1-tuple, so that dates come out in document order)
    stack: list[object] = [data]
    while stack:
        x = stack.pop()
        if isinstance(x, tuple):
            found.append(x[0])
        elif isinstance(x, dict):
            for k, v in reversed(list(x.items())):
                stack.append((v,) if k in ("datePublished", "dateCreated") and isinstance(v, str) else v)
        elif isinstance(x, list):
            stack.extend(reversed(x))
    return found


def _text(tag: Tag) -> str:
    for br in [t for t in _tags(tag) if t.name == "br"]:
        br.replace_with("\n")
    return _SPACE.sub(" ", tag.get_text(" ")).strip()


def html_to_lines(html: str) -> tuple[list[tuple[str, str]], dict[str, object]]:
    """The article's lines with the kind the markup gives them, and the page's metadata."""
    soup = BeautifulSoup(html, "lxml")
    by_name: dict[str, list[Tag]] = {}
    for t in _tags(soup):
        by_name.setdefault(t.name, []).append(t)
    meta: dict[str, object] = {"published": _published(by_name)}

    def first(name: str, test) -> Tag | None:
        return next((t for t in by_name.get(name, ()) if test(t)), None)

    canon = first("link", lambda t: "canonical" in (t.get("rel") or ())) \
        or first("meta", lambda t: t.get("property") == "og:url")
    if canon is not None:
        # a page's own URL, if it is a web address (a javascript: or data: one is no source)
        meta["url"] = web_url(str(canon.get("href") or canon.get("content") or "").strip())
    page_title = None
    og = first("meta", lambda t: t.get("property") == "og:title")
    title = first("title", lambda t: True)
    if og is not None and og.get("content"):
        page_title = str(og["content"]).strip()
    elif title is not None and title.string:
        page_title = title.string.strip()

    for tag in [t for name in _DROP_TAGS for t in by_name.get(name, ())]:
        tag.decompose()
    # (the ids of what was dropped with a noisy block: bs4's Tag.decomposed looks for a child
    # named "_decomposed" on a live tag, a search of its whole subtree)
    gone: set[int] = set()
    for tag in _tags(soup):
        if id(tag) in gone:
            continue
        cls = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
        if tag.name not in ("html", "body", "article", "main") and _NOISE_CLASS.search(cls):
            gone.update(map(id, tag.descendants))
            tag.decompose()
    kept = _tags(soup)
    root = next((t for name in ("article", "main", "body") for t in kept if t.name == name), soup)

    lines: list[tuple[str, str]] = []
    # the tags inside a block already read: a block inside another (a <p> in an <li>, ...) is
    # read with its parent. Marking each read block's descendants once keeps this linear where
    # testing each block's parents would be quadratic in the depth (10,000 nested <blockquote>)
    inside: set[int] = set()
    for tag in [t for t in (kept if root is soup else _tags(root)) if t.name in _BLOCKS]:
        if id(tag) in inside:
            continue
        inside.update(map(id, tag.descendants))
        # splitlines, as the reader cuts the joined text into lines: a U+2028 or \x85 inside a
        # paragraph would otherwise make one more line than hints, and shift every kind after it
        for piece in _text(tag).splitlines():
            piece = piece.strip()
            if piece:
                lines.append((piece, _BLOCKS[tag.name]))
    if not lines:  # a page of bare text with <br> only
        lines = [(p.strip(), "body") for p in _text(root).splitlines() if p.strip()]
    if lines and lines[0][1] != "title" and page_title:
        # "<title>Headline | Site</title>": the headline is the part before the site's name
        headline = _SITE_SUFFIX.sub("", page_title).strip()
        if headline and (lines[0][0] == headline or lines[0][0].startswith(headline)):
            lines[0] = (lines[0][0], "title")
        elif headline:
            lines.insert(0, (headline, "title"))
    # only the first h1 is the title; later ones are headings
    seen_title = False
    for i, (line, kind) in enumerate(lines):
        if kind == "title":
            if seen_title:
                lines[i] = (line, "heading")
            seen_title = True
    return lines, meta
