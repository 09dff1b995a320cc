"""A saved web page to its article's lines: title, headings, paragraphs, captions.

Scripts, styles, navigation, the site's header and footer, forms and asides are dropped, and so
are blocks named as comments, shares, ads, tags, related or most-read lists (:data:`_NOISE_CLASS`)
and blocks whose every word is a link. The story is the ``<article>`` with the most text outside
links (a teaser card is an ``<article>`` too), else ``<main>``, else ``<body>``; the headline
``<h1>`` is kept wherever it stands, and text written outside paragraphs (a ``<div>`` cut by
``<br>``) is read when it reads as a sentence. The page's publication date comes from
``article:published_time``, JSON-LD ``datePublished``, or ``<time datetime>``.

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

from bs4 import BeautifulSoup, NavigableString, Tag

__all__ = ["html_to_lines", "web_url"]

_DROP_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "select", "template", "object", "embed", "canvas", "input", "menu"]
_BLOCKS = {"h1": "title", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
           "h6": "heading", "p": "body", "figcaption": "caption", "li": "body", "blockquote": "body",
           "pre": "body", "td": "body", "dd": "body", "dt": "body"}
# Class or id words of what is around an article on a news site (one word of the class, between
# spaces, "-" or "_": «comments» and «most-read» are noise, «commentary» and «shared-text» are not)
_NOISE_CLASS = re.compile(r"(^|[\s_-])(nav|navbar|menu|share|sharing|social|related|comments?|footer|header|"
                          r"sidebar|breadcrumbs?|advert|advertisement|advertising|ads?|promo|newsletter|cookies?|"
                          r"subscribe|most-?read|most-?viewed|popular|trending|tags|widget|consent|popup|modal)([\s_-]|$)", re.I)
_SITE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{1,40}$")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
# Elements that flow inside a line of text: text in them, outside any block of _BLOCKS, is part of
# the run of text around them; any other element (a div, a section, a <br>) ends the run
_INLINE = frozenset(["a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "em", "font", "i", "img",
                     "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
                     "time", "u", "var", "wbr"])
# A run of text outside the blocks (a body written as text and <br> in a <div>) is read when it
# reads as a sentence: at least this many words outside links, or two and a full stop at its end;
# not a date, a byline, a label or a menu
_LOOSE_MIN_WORDS = 5
_SENTENCE_END = re.compile(r"[.!?؟…]\W*$")



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


# What a <br> stands for until the text's white space is made one space: no page the reader
# parses holds a NUL (it refuses them)
_BREAK = "\x00"
_ANY_SPACE = re.compile(r"\s+")


def _one_line(text: str) -> str:
    """White space as a browser shows it: a line break in the page's source is a space."""
    return _ANY_SPACE.sub(" ", text).strip()


def _text(tag: Tag) -> str:
    """The text of ``tag``, a line for each line a browser shows: only a <br> breaks a line
    (in a <pre>, its own line breaks too)."""
    for br in [t for t in _tags(tag) if t.name == "br"]:
        br.replace_with(_BREAK)
    text = tag.get_text(" ")
    if tag.name == "pre":
        return _SPACE.sub(" ", text.replace(_BREAK, "\n")).strip()
    return "\n".join(_one_line(piece) for piece in text.split(_BREAK)).strip()


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

    headline = _headline_h1(by_name, page_title)
    # the elements that hold the headline: a <header> or a block named "article-header" around
    # it is the article's own, not the site's
    keep: set[int] = set()
    node = headline
    while node is not None:
        keep.add(id(node))
        node = node.parent
    for tag in [t for name in _DROP_TAGS for t in by_name.get(name, ())]:
        if id(tag) not in keep:
            tag.decompose()
    # (the ids of what was dropped with a noisy block: bs4's Tag.decomposed looks for a child
    # named "_decomposed" on a live tag, a search of its whole subtree)
    gone: set[int] = set()
    for tag in _tags(soup):
        if id(tag) in gone or id(tag) in keep:
            continue
        cls = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
        if tag.name not in ("html", "body", "article", "main") and _NOISE_CLASS.search(cls):
            gone.update(map(id, tag.descendants))
            tag.decompose()
    kept = _tags(soup)
    root = _story_root(soup, kept)

    lines = _read_lines(root)
    if headline is not None and not headline.decomposed and id(root) not in keep:
        # the headline stands outside the element that holds the story («article-header»
        # before «article-body»): it is still the title
        text = _text(headline)
        if text and not (lines and lines[0][0] == text):
            lines.insert(0, (text, "title"))
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


def _prose_length(node: Tag) -> int:
    """Characters of text under ``node`` outside links: a story's paragraphs count, a list of
    teasers (headlines that are links) hardly does."""
    total = len(node.get_text())
    for a in node.find_all("a"):
        total -= len(a.get_text())
    return total


def _story_root(soup: BeautifulSoup, kept: list[Tag]) -> Tag:
    """The element that holds the story: the <article> with the most text outside links (a page
    has teaser cards as <article> too, before the story or after it), else <main>, else <body>.
    An <article> with under a quarter of the text of the <main> (or <body>) around it is a teaser
    of a page whose story is elsewhere."""
    articles = [t for t in kept if t.name == "article"]
    outer = next((t for name in ("main", "body") for t in kept if t.name == name), soup)
    if articles:
        best = max(articles, key=_prose_length)
        if 4 * _prose_length(best) >= _prose_length(outer):
            return best
    return outer


def _headline_h1(by_name: dict[str, list[Tag]], page_title: str | None) -> Tag | None:
    """The page's headline: the <h1> the page's title names, else its only <h1>, else the first
    <h1> inside an <article>."""
    h1s = by_name.get("h1", [])
    if not h1s:
        return None
    if page_title:
        head = _SPACE.sub(" ", _SITE_SUFFIX.sub("", page_title)).strip()
        for h in h1s:
            text = _SPACE.sub(" ", h.get_text(" ")).strip()
            if text and head and (text == head or head.startswith(text) or text.startswith(head)):
                return h
    if len(h1s) == 1:
        return h1s[0]
    return next((h for h in h1s if h.find_parent("article") is not None), None)


# Blocks that are left out when every word in them is a link: list items, paragraphs, subheadings
# and cells (a headline that links to its own page, or a linked caption, is still read)
_LINK_BLOCKS = frozenset(["li", "p", "h2", "h3", "h4", "h5", "h6", "td", "dd", "dt"])


def _all_link(block: Tag) -> bool:
    """Every letter of ``block`` is inside an <a>."""
    links = block.find_all("a")
    if not links:
        return False
    linked = sum(sum(map(str.isalpha, a.get_text())) for a in links)
    return linked > 0 and linked >= sum(map(str.isalpha, block.get_text()))


def _read_lines(root: Tag) -> list[tuple[str, str]]:
    """The lines of ``root`` in document order: each block of _BLOCKS (a block inside another is
    read with it), and each run of text outside the blocks that reads as a sentence."""
    lines: list[tuple[str, str]] = []
    # the tags inside a block already read are skipped. Marking each read block's descendants
    # once keeps this linear where testing each block's parents would be quadratic in the depth
    # (10,000 nested <blockquote>); so are the two maps below, filled parents first
    inside: set[int] = set()
    container: dict[int, int] = {id(root): id(root)}  # the nearest element that is not inline
    in_link: dict[int, bool] = {id(root): False}
    run: list[tuple[str, bool]] = []
    run_in = id(root)

    def flush() -> None:
        if run:
            # words: what white space parts and holds a letter (a number or a dash is no word)
            words = sum(1 for t, link in run if not link for w in t.split() if any(map(str.isalpha, w)))
            link_chars = sum(len(t) for t, link in run if link)
            text = _one_line("".join(t for t, _ in run))
            sentence = words >= _LOOSE_MIN_WORDS or (words >= 2 and _SENTENCE_END.search(text))
            if sentence and 2 * link_chars <= len(text):
                lines.append((text, "body"))
            run.clear()

    for node in root.descendants:
        if isinstance(node, Tag):
            if id(node) in inside:
                continue
            parent = id(node.parent)
            in_link[id(node)] = node.name == "a" or in_link.get(parent, False)
            if node.name in _BLOCKS:
                flush()
                inside.update(map(id, node.descendants))
                if node.name in _LINK_BLOCKS and _all_link(node):
                    continue  # an item of a list of links (related stories, tags), not the story's text
                # splitlines, as the reader cuts the joined text into lines: a U+2028 or \x85
                # inside a paragraph would otherwise make one more line than hints
                for piece in _text(node).splitlines():
                    piece = piece.strip()
                    if piece:
                        lines.append((piece, _BLOCKS[node.name]))
            elif node.name in _INLINE:
                container[id(node)] = container.get(parent, parent)
            else:  # a div, a section, a <br>: the run of text before it ends
                container[id(node)] = id(node)
                flush()
        elif type(node) is NavigableString and id(node) not in inside:
            parent = id(node.parent)
            where = container.get(parent, parent)
            if where != run_in:
                flush()
                run_in = where
            run.append((str(node), in_link.get(parent, False)))
    flush()
    return lines
