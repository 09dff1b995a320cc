"""An article written to attack its reader: the report and the notebooks show its text, never run it.

Articles come from the web. This one carries, in its title, its body, its source line and its
file name, the markup a hostile page would: ``<script>``, ``<img onerror=…>``, ``<iframe
src=javascript:…>``, ``"><svg onload=…>``, ``<style>``, ``<meta http-equiv=refresh>``,
``<base>``, ``<form>``, HTML entities and bidi overrides. Each script, if it ran, would set an
attribute ``data-pwned-<where>`` on the page.

The fast tests give such text to each display helper and parse what they make. The slow ones run
``analysis report`` on the article and parse ``report.html`` (html5lib, as a browser parses it):
no element, attribute or URL of the article exists as markup, and the text shows literally; then
open it in headless Chromium, where it is installed (CI installs it), to see that no script ran.
"""
from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

import html5lib
import nbformat
import pandas as pd
import pytest

import analysis
from analysis import display
from analysis.report import CONTENT_SECURITY_POLICY, NOTEBOOKS, build_html

ROOT = Path(__file__).resolve().parent.parent


def _pwn(where: str) -> str:
    return f"document.documentElement.setAttribute('data-pwned-{where}','yes')"


# Each line is text an article could hold; none is markup once read (a .txt is text).
TITLE = f"وزير الاقتصاد يزور عمّان <script>{_pwn('title')}</script>"
IMG = f'<img src=x onerror="{_pwn("img")}">'
IFRAME = f'<iframe src="javascript:parent.{_pwn("iframe")}"></iframe>'
SVG = f'"><svg onload={_pwn("svg")}>'
STYLE = "<style>body{display:none}</style>"
REFRESH = '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'
BASE_FORM = '<base href="https://attacker.example/"><form action="https://attacker.example/"><input name=q></form>'
ENTITIES = "&lt;b&gt;تعاون&lt;/b&gt; و&#60;script&#62; و&amp;amp;"
BIDI = "\u202eedoc\u202c و\u2066عزل\u2069 و\u202dالنص\u202c"
JS_LINE = f"الرابط: javascript:{_pwn('js-link')}"
SOURCE_URL = f'https://example.org/news?id=1"><script>{_pwn("source")}</script>'
LINES = [
    TITLE,
    f"وصل وزير الاقتصاد إلى عمّان أمس الثلاثاء في زيارة رسمية {IMG} تستمر يومين.",
    f"وبلغ حجم التبادل التجاري بين البلدين 2.5 مليار دولار في عام 2023 {IFRAME}.",
    f"وقال الوزير {SVG} إن الهدف هو رفع التبادل التجاري إلى 4 مليارات دولار بحلول عام 2026.",
    f"ونص الاتفاق على {ENTITIES} في التجارة {STYLE}.",
    f"ووقع الجانبان اتفاقية للنقل {BIDI} يوم 20 نوفمبر 2024 {REFRESH}.",
    f"وتلقى الوزير دعوة {BASE_FORM} لزيارة ثانية.",
    JS_LINE,
    f"المصدر: {SOURCE_URL}",
]
# text of the article that must be found, character for character, in what the page shows
LITERALS = [TITLE, IMG, IFRAME, SVG, STYLE, REFRESH, ENTITIES, JS_LINE, SOURCE_URL]
# a file name is the article's too: it is shown in the summary and the list of files
FILE_NAME = f"<img src=x onerror={_pwn('file')}> خبر.txt"

# elements a report never holds (it has no script, frame, form, embedded document or base URL)
FORBIDDEN = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "input",
             "svg", "math", "link", "noscript", "template", "portal"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _elements(markup: str, fragment: bool = False):
    """Every element of ``markup`` as a browser's parser builds them: (name, attributes, element)."""
    parse = html5lib.parseFragment if fragment else html5lib.parse
    tree = parse(markup, treebuilder="etree", namespaceHTMLElements=False)
    roots = list(tree) if fragment else [tree]
    for root in roots:
        if not isinstance(root.tag, str):
            continue
        for el in root.iter():
            if isinstance(el.tag, str):
                yield _local(el.tag), {_local(k): v for k, v in el.attrib.items()}, el


def _text(markup: str, fragment: bool = False) -> str:
    parse = html5lib.parseFragment if fragment else html5lib.parse
    tree = parse(markup, treebuilder="etree", namespaceHTMLElements=False)
    roots = list(tree) if fragment else [tree]
    return (tree.text or "" if fragment else "") + "".join(
        "".join(r.itertext()) + (r.tail or "") for r in roots if isinstance(r.tag, str))


def assert_inert(markup: str, *, fragment: bool = False, page: bool = False) -> None:
    """No element, attribute or URL of the hostile article exists as markup in ``markup``."""
    seen = 0
    for name, attrs, el in _elements(markup, fragment):
        seen += 1
        assert name not in FORBIDDEN, f"<{name} {attrs}> is markup"
        for key, value in attrs.items():
            assert not key.startswith("on"), f"<{name} {key}=…>: an event handler"
            assert "pwned" not in key and "pwned" not in value, f"<{name} {key}={value!r}>"
            assert "javascript:" not in value.lower().replace(" ", ""), f"<{name} {key}={value!r}>"
        if name == "a" and "href" in attrs:
            href = attrs["href"]
            if not href.startswith("#"):  # nbconvert's anchors to its own headings
                assert display.web_url(href) == href, f"a link to {href!r}"
                assert {"noopener", "noreferrer"} <= set(attrs.get("rel", "").split()), attrs
        if name == "img":
            assert attrs.get("src", "").startswith("data:image/png;base64,"), f"<img src={attrs.get('src')!r}>"
        if name == "meta" and "http-equiv" in attrs:
            assert attrs["http-equiv"].lower() == "content-security-policy", attrs
        if name == "style":
            assert "body{display:none}" not in "".join(el.itertext()).replace(" ", ""), "the article's <style>"
    assert seen
    if page:
        csp = [a.get("content") for n, a, _ in _elements(markup) if n == "meta"
               and a.get("http-equiv", "").lower() == "content-security-policy"]
        assert csp == [CONTENT_SECURITY_POLICY]
        assert "script-src 'none'" in csp[0] and "default-src 'none'" in csp[0]


# --------------------------------------------------------------------------- the display helpers, fast


@pytest.fixture(scope="module")
def hostile_extraction(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / FILE_NAME
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return analysis.extract(analysis.read_article(path), published="2024-11-21")


def test_the_article_is_read_as_text_with_its_markup_in_it(hostile_extraction):
    art = hostile_extraction.article
    assert not art.is_html  # a .txt with tags in it is text
    assert art.title == TITLE and art.source_url == SOURCE_URL
    assert all(lit in art.text for lit in LITERALS) and BIDI in art.text


@pytest.mark.parametrize("table,columns", [
    ("segments", ["segment_id", "kind", "text"]),
    ("figures", ["text", "value", "unit", "period_text", "status", "sentence"]),
    ("events", ["type", "date_start", "label", "actors", "places", "sentence"]),
    ("dates", ["text", "type", "start_date"]),
])
def test_tables_escape_every_cell(hostile_extraction, table, columns):
    df = getattr(hostile_extraction, table)
    assert len(df)
    markup = display.rtl_table(df, columns).to_html()
    assert_inert(markup, fragment=True)
    shown = _text(markup, fragment=True)
    for col in ("text", "sentence", "label"):
        if col in columns:
            for value in df[col]:
                assert value.strip() in shown or value.strip().replace("\n", " ") in shown


def test_segments_table_shows_every_hostile_line_literally(hostile_extraction):
    shown = _text(display.rtl_table(hostile_extraction.segments, ["text"]).to_html(), fragment=True)
    for lit in LITERALS:
        assert lit in shown, lit
    assert BIDI in shown  # the bidi controls are characters of the text, kept


def test_headings_and_caption_are_escaped_too():
    df = pd.DataFrame({"<b onclick=x>عمود</b>": ["<i>نص</i>"]})
    markup = display.rtl_table(df, arabic_headers=False, caption=f"<script>{_pwn('caption')}</script>").to_html()
    assert_inert(markup, fragment=True)
    text = _text(markup, fragment=True)
    assert "<b onclick=x>عمود</b>" in text and "<i>نص</i>" in text and "<script>" in text


def test_summary_escapes_title_file_and_reason_and_links_only_web_urls(hostile_extraction):
    markup = display.summary(hostile_extraction)._repr_html_()
    assert_inert(markup, fragment=True)
    text = _text(markup, fragment=True)
    assert TITLE in text and FILE_NAME in text and SOURCE_URL in text
    assert not [a for n, a, _ in _elements(markup, True) if n == "a"]  # that URL is no web address


@pytest.mark.parametrize("url,linked", [
    ("https://example.org/news/1?x=1&y=2", True),
    ("http://example.org/الأخبار", True),
    ("javascript:alert(document.cookie)", False),
    ("JaVaScRiPt:alert(1)", False),
    (" javascript:alert(1)", False),
    ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", False),
    ("file:///etc/passwd", False),
    ("vbscript:msgbox(1)", False),
    ("https:/example.org", False),
    ("https://", False),
    ('https://example.org/" onmouseover="alert(1)', False),
    ("https://example.org/\u202egpj.exe", False),
    ("https://exa\nmple.org/", False),
])
def test_the_source_is_a_plain_web_link_or_text(hostile_extraction, url, linked):
    ex = hostile_extraction
    ex = dataclasses.replace(ex, article=dataclasses.replace(ex.article, source_url=url))
    markup = display.summary(ex)._repr_html_()
    assert_inert(markup, fragment=True)
    links = [a for n, a, _ in _elements(markup, True) if n == "a"]
    if linked:
        assert links == [{"href": url, "rel": "noopener noreferrer", "dir": "ltr"}]
    else:
        assert links == [] and url.strip() in _text(markup, fragment=True)


def test_messages_file_lists_and_entity_tables_escape(tmp_path):
    name = tmp_path / '"><svg onload=alert(1)>.csv'
    name.write_text("x", encoding="utf-8")
    for markup in (display.message(SVG + TITLE)._repr_html_(),
                   display.file_list([name], tmp_path)._repr_html_(),
                   display.chart(lambda df, **kw: None, pd.DataFrame(), empty=IMG)._repr_mimebundle_()["text/html"],
                   display.rtl_table(display.entity_counts(pd.DataFrame(
                       {"text": [IMG], "type": ["person"], "canonical": [SVG], "role": [TITLE]})),
                       ["canonical", "spellings", "roles"]).to_html()):
        assert_inert(markup, fragment=True)
    assert name.name in _text(display.file_list([name], tmp_path)._repr_html_(), fragment=True)


def test_a_web_page_with_a_javascript_canonical_url_has_no_source_url():
    page = ("<html><head><link rel='canonical' href='javascript:alert(1)'><title>خبر</title></head>"
            "<body><article><h1>زيارة الوزير</h1><p>وصل الوزير إلى القاهرة.</p><p>ثم عاد.</p></article></body></html>")
    assert analysis.read_article(page).source_url is None
    good = page.replace("javascript:alert(1)", " https://example.org/a ")
    assert analysis.read_article(good).source_url == "https://example.org/a"


def test_build_html_carries_the_policy_and_drops_scripts_of_any_output(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# عنوان"),
                nbformat.v4.new_code_cell("x", outputs=[nbformat.v4.new_output(
                    "display_data", data={"application/javascript": _pwn("js-output"),
                                          "text/plain": "x"})])]
    src = tmp_path / "nb.ipynb"
    nbformat.write(nb, src)
    page = build_html([src], tmp_path / "report.html", title=TITLE).read_text(encoding="utf-8")
    assert_inert(page, page=True)
    assert "js-output" not in page
    title = [el for n, _, el in _elements(page) if n == "title"][0]
    assert title.text == TITLE


# Markup the notebooks never make themselves: what they show goes through the display helpers,
# which escape (a bare df.style, HTML() or Markdown() of an article's text would not)
_RAW_MARKUP = {"style", "HTML", "Markdown", "Html", "to_html", "_repr_html_", "display_html", "display_markdown",
               "Javascript", "IFrame", "SVG", "Latex"}


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebooks_show_html_only_through_the_escaping_helpers(name):
    import ast

    nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        for node in ast.walk(tree):
            used = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else None
            assert used not in _RAW_MARKUP, f"{name}: {used} in\n{cell.source}"
        last = tree.body[-1] if tree.body else None
        if isinstance(last, ast.Expr):  # what Jupyter shows: a display helper's result, or a Chart
            call = last.value
            assert isinstance(call, ast.Name) or (
                isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name) and call.func.value.id == "display"), cell.source


# --------------------------------------------------------------------------- the report, slow


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    """``analysis report`` on the hostile article, as a user runs it; (process, output folder)."""
    folder = tmp_path_factory.mktemp("hostile_report")
    article = folder / FILE_NAME
    article.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    out = folder / "out"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "analysis", "report", str(article), "--published", "2024-11-21",
                           "--out", str(out), "-q"], cwd=folder, env=env, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc, out


@pytest.mark.slow
def test_report_shows_the_hostile_article_as_text(hostile_report):
    _, out = hostile_report
    page = (out / "report.html").read_text(encoding="utf-8")
    assert_inert(page, page=True)
    shown = _text(page)
    for lit in LITERALS + [FILE_NAME]:
        assert lit in shown, lit
    title = [el for n, _, el in _elements(page) if n == "title"][0]
    assert title.text == f"تقرير: {TITLE}"
    # the tables and charts are there: the page was made, not left empty
    assert "2,500,000,000" in shown and "4,000,000,000" in shown
    assert sum(1 for n, a, _ in _elements(page) if n == "img") >= 2


@pytest.mark.slow
def test_executed_notebooks_hold_only_escaped_html(hostile_report):
    _, out = hostile_report
    found = 0
    for name in NOTEBOOKS:
        nb = nbformat.read(out / name, as_version=4)
        for cell in nb.cells:
            for o in cell.get("outputs", []):
                assert o.get("output_type") != "error", o
                markup = o.get("data", {}).get("text/html")
                if markup:
                    found += 1
                    assert_inert(markup, fragment=True)
                assert not [m for m in o.get("data", {}) if "javascript" in m]
    assert found >= 8


@pytest.mark.slow
def test_svg_charts_hold_no_markup_of_the_article(hostile_report):
    _, out = hostile_report
    svgs = sorted(out.glob("*.svg"))
    assert [p.name for p in svgs] == ["timeline.svg", "trade_values.svg"]
    for path in svgs:
        tree = ElementTree.parse(path)
        for el in tree.iter():
            assert _local(el.tag) not in {"script", "foreignObject", "iframe", "a"}, (path.name, el.tag)
            assert not [k for k in el.attrib if _local(k).startswith("on")], (path.name, el.attrib)


# --------------------------------------------------------------------------- the report in a browser

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
# CI installs Chromium (.ci/run): there, a missing browser is a failure, not a skip
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("CI") != "true",
    reason="headless Chromium is not installed here (Debian: apt-get install chromium; .ci/run installs "
           "it): the same page is checked by its DOM above")


def _dump_dom(page: Path) -> str:
    """The page's DOM after it loaded and ran whatever it runs, from headless Chromium."""
    assert CHROMIUM is not None, "CI=true but no chromium on PATH: .ci/run installs it"
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, encoding="utf-8", timeout=180)
    assert proc.returncode == 0 and "<html" in proc.stdout, proc.stderr[-2000:]
    return proc.stdout


def _pwned(dom: str) -> dict[str, str]:
    return {k: v for name, attrs, _ in _elements(dom) if name in ("html", "body")
            for k, v in attrs.items() if k.startswith("data-pwned")}


@pytest.mark.slow
@needs_chromium
def test_chromium_runs_a_script_that_is_markup(tmp_path):
    # the check below can fail: in this browser, as run here, a page's script does run
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><html><body><p>x</p><img src=x onerror=\"{_pwn('control-img')}\">"
                    f"<script>{_pwn('control')}</script></body></html>", encoding="utf-8")
    assert _pwned(_dump_dom(page)) == {"data-pwned-control": "yes", "data-pwned-control-img": "yes"}


@pytest.mark.slow
@needs_chromium
def test_no_script_of_the_article_runs_in_chromium(hostile_report):
    _, out = hostile_report
    dom = _dump_dom(out / "report.html")
    assert _pwned(dom) == {}
    shown = _text(dom)
    assert "قراءة المقال" in shown and TITLE in shown  # the page loaded, with the article in it
