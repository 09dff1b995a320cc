"""The article reader: decoding, web pages, segments, sentences, folding, bad input."""
from __future__ import annotations

import datetime as dt
import html
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis.article import split_sentences
from analysis.errors import BinaryInputError
from analysis.text import fold

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_502adc14d8395391.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_URL = ("https://baoquocte.vn/tong-thong-putin-tham-kazakhstan-nhung-chan-troi-moi-cua-quan-he-doi-tac-"
            "chien-luoc-295356.html")


def kinds(art):
    return {k: [t.strip() for t in art.segments.loc[art.segments["kind"] == k, "text"]]
            for k in ("title", "heading", "caption", "body", "boilerplate", "source")}


def assert_tiles(art):
    seg = art.segments
    assert seg["start"].iloc[0] == 0
    assert seg["end"].iloc[-1] == len(art.text)
    assert (seg["start"].iloc[1:].to_numpy() == seg["end"].iloc[:-1].to_numpy()).all()
    assert "".join(seg["text"]) == art.text
    for row in seg.itertuples():
        assert art.text[row.start:row.end] == row.text


# --------------------------------------------------------------------------- the seed

def test_seed_segments():
    art = analysis.read_article(SEED)
    k = kinds(art)
    assert k["heading"] == ["مشهد متقلب", "حلفاء طبيعيون", "رياح جديدة تعزز علاقات التحالف"]
    assert len(k["caption"]) == 2 and all(c.endswith("(المصدر: وكالة ريا نوفوستي) |") for c in k["caption"])
    assert k["boilerplate"] == ["[إعلان رقم 2]", "تعليق (0)"]
    assert len(k["source"]) == 1
    assert len(k["title"]) == 1 and k["title"][0].startswith("بدعوة من نظيره")
    assert art.source_url == SEED_URL
    assert_tiles(art)


def test_seed_text_is_kept_byte_for_byte():
    art = analysis.read_article(str(SEED))
    assert art.text == SEED_TEXT
    assert art.path == str(SEED)


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig", "utf-8"])
def test_seed_in_other_encodings_reads_the_same(encoding, tmp_path):
    raw = SEED_TEXT.encode(encoding)
    path = tmp_path / "seed.txt"
    path.write_bytes(raw)
    for source in (raw, path):
        art = analysis.read_article(source)
        assert art.text == SEED_TEXT
        assert art.segments.equals(analysis.read_article(SEED).segments)


def _as_html(text: str, published: str = "2024-11-27T08:00:00+07:00") -> str:
    lines = text.split("\n")
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<meta property="article:published_time" content="{published}">
<title>{html.escape(lines[0])} | صحيفة المثال</title>
<style>p {{ color: black; }}</style>
<script>var tracking = "لا تقرأ هذا";</script>
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
<article>
{body}
</article>
<footer>جميع الحقوق محفوظة</footer>
</body></html>"""


def test_seed_as_web_page_reads_the_same():
    page = _as_html(SEED_TEXT)
    plain = analysis.read_article(SEED)
    for source in (page, page.encode("utf-8"), page.encode("cp1256", errors="strict")):
        art = analysis.read_article(source)
        assert art.is_html
        assert art.text == SEED_TEXT
        assert art.segments.equals(plain.segments)
        assert art.published == dt.date(2024, 11, 27)
        assert "لا تقرأ هذا" not in art.text and "الرئيسية" not in art.text


def test_short_page_in_windows_1256_without_a_charset_is_read():
    # the tags' Latin letters outnumber the Arabic ones: they do not count against the text
    page = "<html><head><title>خبر</title></head><body><p>زار الوزير عمان اليوم.</p></body></html>"
    art = analysis.read_article(page.encode("cp1256"))
    assert art.encoding == "cp1256" and art.is_html
    assert art.text.strip().endswith("زار الوزير عمان اليوم.")


def test_web_page_markup_gives_kinds_and_dates():
    page = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "datePublished": "2023-05-04T10:00:00Z"}</script></head><body>
    <header>موقع الأخبار</header>
    <article><h1>افتتاح معرض الكتاب</h1>
    <figure><img src="a.jpg"><figcaption>زوار المعرض في يومه الأول</figcaption></figure>
    <p>افتتح الوزير المعرض صباح اليوم.</p><h2>أرقام المعرض</h2><p>شارك 500 ناشر.</p>
    <div class="share-buttons">شارك على فيسبوك</div></article></body></html>"""
    art = analysis.read_article(page)
    k = kinds(art)
    assert k["title"] == ["افتتاح معرض الكتاب"]
    assert k["caption"] == ["زوار المعرض في يومه الأول"]
    assert k["heading"] == ["أرقام المعرض"]
    assert "شارك على فيسبوك" not in art.text and "موقع الأخبار" not in art.text
    assert art.published == dt.date(2023, 5, 4)


def test_time_element_and_given_date():
    page = "<html><body><article><h1>خبر</h1><time datetime='2022-02-03'>3 فبراير</time><p>نص الخبر.</p></article></body></html>"
    assert analysis.read_article(page).published == dt.date(2022, 2, 3)
    assert analysis.read_article(page, published="2020-01-01").published == dt.date(2020, 1, 1)


# --------------------------------------------------------------------------- segments and sentences

@pytest.mark.parametrize("line,kind", [
    ("[إعلان رقم 2]", "boilerplate"),
    ("تعليق (0)", "boilerplate"),
    ("اقرأ أيضاً:", "boilerplate"),
    ("المصدر: https://example.com/news/1", "source"),
    ("الوزير في مؤتمر صحفي. (المصدر: وكالة الأنباء) |", "caption"),
    ("مشهد جديد", "heading"),
    ("وقال الوزير إن الحكومة ستعلن الخطة قريبا.", "body"),
    ("وقال الوزير إن الحكومة ستعلن الخطة قريبا، وإن", "body"),
])
def test_line_kinds(line, kind):
    art = analysis.read_article(f"عنوان الخبر\n{line}\nنص الخبر هنا.")
    assert art.segments["kind"].tolist()[1] == kind


@pytest.mark.parametrize("text,expected", [
    ("ارتفع النمو إلى 1.5 بالمئة. وقال الوزير ذلك.", ["ارتفع النمو إلى 1.5 بالمئة.", "وقال الوزير ذلك."]),
    ("هل ستتم الزيارة؟ نعم! قالها بوضوح؛ ثم غادر", ["هل ستتم الزيارة؟", "نعم!", "قالها بوضوح؛", "ثم غادر"]),
    ("التقى د. محمد بالسفير. ثم عاد", ["التقى د. محمد بالسفير.", "ثم عاد"]),
    ('قال: "سنعود." وغادر', ['قال: "سنعود."', "وغادر"]),
    ("السطر الأول بلا نقطة\nالسطر الثاني", ["السطر الأول بلا نقطة", "السطر الثاني"]),
    ("بلغت النسبة ٢٫٥ في المائة. انتهى", ["بلغت النسبة ٢٫٥ في المائة.", "انتهى"]),
    ("زار U.S. وفد. ثم", ["زار U.S. وفد.", "ثم"]),
])
def test_sentences(text, expected):
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    for s in got:
        assert text[s.start:s.end] == s.text


# --------------------------------------------------------------------------- folding keeps offsets

@pytest.mark.parametrize("original,folded", [
    ("٢٨ مليار", "28 مليار"),
    ("۱۲۳", "123"),
    ("١٢٫٥٪", "12.5%"),
    ("١٬٠٠٠", "1,000"),
    ("مليـــار", "مليار"),
    ("مُحَمَّد", "محمد"),
    ("أإآى ة", "اااي ه"),
    ("\u200fنص\u202b", "نص"),
])
def test_fold(original, folded):
    assert fold(original).text == folded


arabic_chars = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي أإآىةـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩٫٬٪.،؛؟\n0123456789") + ["\u200f", "\u2067", "\u00a0"])


@settings(max_examples=200, deadline=None)
@given(st.text(arabic_chars, min_size=1, max_size=80), st.data())
def test_fold_spans_map_back(text, data):
    f = fold(text)
    assert len(f.text) <= len(text)
    i = data.draw(st.integers(0, len(f.text)))
    j = data.draw(st.integers(i, len(f.text)))
    s, e = f.span(i, j)
    assert 0 <= s <= e <= len(text)
    # what the original span holds folds back to what was matched
    assert fold(text[s:e]).text == f.text[i:j]


line = st.lists(st.sampled_from(list("ابتثجحخدسشصعفقلمنهوي ٠١٢3.؟!؛|[]():") + ["المصدر: http://a.b/c", "تعليق (0)"]),
                max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(line, min_size=1, max_size=12), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_segments_cover_every_character(lines, sep):
    text = "خبر " + sep.join(lines)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        art = analysis.read_article(text)
    assert_tiles(art)
    # sentences lie inside the text, in order, and drop only white space
    last = 0
    for s in art.sentences:
        assert s.start >= last and art.text[s.start:s.end] == s.text and s.text.strip() == s.text
        assert not art.text[last:s.start].strip() or art.text[last:s.start].strip() in art.text
        last = s.end


# --------------------------------------------------------------------------- bad input

@pytest.mark.parametrize("make,exc,words", [
    (lambda p: p / "missing.txt", analysis.ArticleNotFoundError, "no file at"),
    (lambda p: p, analysis.NotAFileError, "is a directory"),
    (lambda p: _write(p / "empty.txt", b""), analysis.EmptyInputError, "is empty"),
    (lambda p: _write(p / "blank.txt", b"  \n\t \n"), analysis.EmptyInputError, "is empty"),
    (lambda p: _write(p / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), analysis.BinaryInputError, "is an image"),
    (lambda p: _write(p / "data.bin", b"\x00\x01\x02binary\x00" * 8), analysis.BinaryInputError, "binary file"),
    (lambda p: _write(p / "big.txt", "خبر طويل ".encode() * 3_000_000), analysis.InputTooLargeError, "over the 10 MB limit"),
])
def test_bad_files(tmp_path, make, exc, words):
    with pytest.raises(exc, match=words):
        analysis.read_article(make(tmp_path))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_undecodable_bytes():
    with pytest.raises(analysis.DecodingError, match="no encoding this reader knows"):
        analysis.read_article(b"\xff\xfe"[:1] + bytes(range(0x80, 0xa0)) * 3 + b"\x81\x8d\x8f\x90\x9d")


def test_non_arabic_text_warns_and_reads_only_signs():
    with pytest.warns(analysis.NonArabicTextWarning, match="no Arabic text"):
        ex = analysis.extract("The minister visited Cairo and Paris on Monday.")
    assert ex.figures.empty and ex.events.empty and ex.entities.empty and ex.dates.empty
    # what needs no Arabic words (a sign, a currency symbol) is still read
    with pytest.warns(analysis.NonArabicTextWarning):
        ex = analysis.extract("Growth 5%, exports $10")
    assert sorted(ex.figures["unit"]) == ["%", "USD"]
    with pytest.raises(analysis.NoArabicTextError):
        analysis.read_article("Just English.", on_non_arabic="error")


def test_long_text_warns_but_reads():
    text = "عنوان\n" + ("وقال الوزير إن المشروع يسير وفق الخطة.\n" * 9000)
    with pytest.warns(analysis.LongTextWarning):
        art = analysis.read_article(text)
    assert len(art.sentences) == 9001


def test_bad_published_date():
    with pytest.raises(analysis.ParameterError, match="YYYY-MM-DD"):
        analysis.read_article("نص عربي", published="27/11/2024")


def test_bad_source_type():
    with pytest.raises(analysis.ParameterError, match="takes a path, a str or bytes"):
        analysis.read_article(12345)  # type: ignore[arg-type]


def test_exception_tree():
    for name in ("ArticleNotFoundError", "NotAFileError", "EmptyInputError", "BinaryInputError",
                 "DecodingError", "InputTooLargeError", "NoArabicTextError"):
        assert issubclass(getattr(analysis, name), analysis.InputError)
    assert issubclass(analysis.InputError, analysis.AnalysisError)
    assert issubclass(analysis.ParameterError, analysis.AnalysisError)


def test_segment_kinds_of_an_article_made_by_hand_come_from_its_table():
    import dataclasses

    from analysis.article import segment_kinds

    art = analysis.read_article("عنوان الخبر\nنص الخبر هنا.\nالمصدر: وكالة الأنباء")
    by_hand = dataclasses.replace(art, segment_kinds=())
    assert segment_kinds(by_hand) == segment_kinds(art) == {1: "title", 2: "body", 3: "heading"}


def test_an_article_pasted_as_one_line_is_body_not_a_title():
    one_line = ("وقع وزيرا الطاقة في البلدين، يوم الاثنين 22 أبريل 2024، مذكرة تفاهم للربط الكهربائي. "
                "ويبلغ طول الخط 300 كيلومتر بكلفة 1.2 مليار دولار. وقال الوزير إن المشروع سينجز بحلول 2027. ") * 2
    art = analysis.read_article(one_line)
    assert art.segments["kind"].tolist() == ["body"]
    # a headline-long first line stays the title, one sentence with a final stop included
    art = analysis.read_article("وزير الطاقة يوقع مذكرة تفاهم للربط الكهربائي.\nوقع الوزير المذكرة أمس.")
    assert art.segments["kind"].tolist() == ["title", "body"]


# --------------------------------------------------------------------------- web pages as news sites make them

def _page_lines(page: str) -> list[tuple[str, str]]:
    from analysis.html import html_to_lines

    return html_to_lines(page)[0]


def test_page_headline_in_the_articles_own_header_is_the_title():
    # HTML5 news pages put the headline in the <article>'s <header>; the site's header is outside
    page = ("<html><head><title>شبكة المثال</title></head><body><header><a>الرئيسية</a></header>"
            "<article><header><h1>وزير الخارجية يزور بغداد</h1><p>زيارة رسمية تستمر يومين</p></header>"
            "<p>وصل وزير الخارجية إلى بغداد صباح اليوم.</p></article></body></html>")
    assert _page_lines(page) == [("وزير الخارجية يزور بغداد", "title"), ("زيارة رسمية تستمر يومين", "body"),
                                 ("وصل وزير الخارجية إلى بغداد صباح اليوم.", "body")]


def test_page_headline_in_a_block_named_header_is_kept():
    page = ("<html><body><div class='site-header'><a>شعار الموقع</a></div>"
            "<div class='article-header'><h1>افتتاح معرض الكتاب</h1></div>"
            "<div class='article-body'><p>افتتح الوزير المعرض صباح اليوم.</p></div></body></html>")
    assert _page_lines(page) == [("افتتاح معرض الكتاب", "title"), ("افتتح الوزير المعرض صباح اليوم.", "body")]


def test_page_story_is_the_longest_article_not_the_first_teaser():
    teaser = "<article class='card'><h2><a>خبر آخر عن أسعار النفط</a></h2><p>ملخص قصير لخبر آخر.</p></article>"
    page = ("<html><head><title>العنوان الحقيقي | موقع</title></head><body><div class='top'>" + teaser * 3
            + "</div><main><article class='story'><h1>العنوان الحقيقي</h1><p>الفقرة الأولى من الخبر وفيها تفاصيل.</p>"
            "<p>الفقرة الثانية من الخبر وفيها تفاصيل أخرى.</p></article></main></body></html>")
    assert [line for line, _ in _page_lines(page)] == [
        "العنوان الحقيقي", "الفقرة الأولى من الخبر وفيها تفاصيل.", "الفقرة الثانية من الخبر وفيها تفاصيل أخرى."]


def test_page_paragraphs_written_as_text_and_line_breaks_in_a_div_are_read():
    # older Arabic news sites write the body as text in a <div>, paragraphs cut by <br>
    page = ("<html><body><article><h1>مصر والسودان</h1><div class='text'>زار الرئيس المصري الخرطوم يوم الأحد "
            "وبحث مع نظيره مشروعات مشتركة.<br><br>وقال إن حجم التجارة بين البلدين بلغ مليار دولار.<br>وتستمر الزيارة يومين."
            "</div><p>وتستمر الزيارة يومين.</p></article></body></html>")
    assert _page_lines(page) == [("مصر والسودان", "title"),
                                 ("زار الرئيس المصري الخرطوم يوم الأحد وبحث مع نظيره مشروعات مشتركة.", "body"),
                                 ("وقال إن حجم التجارة بين البلدين بلغ مليار دولار.", "body"),
                                 ("وتستمر الزيارة يومين.", "body"), ("وتستمر الزيارة يومين.", "body")]


def test_page_loose_links_dates_and_labels_are_not_read_as_text():
    # near-misses of the rule above: a run of links (a menu, a ticker), a date shown beside the
    # headline, a one-word label: none of them is a sentence of the article
    page = ("<html><body><div class='bar'><a>سياسة</a> <a>اقتصاد</a> <a>رياضة</a> <a>ثقافة</a> <a>منوعات</a></div>"
            "<div class='ticker'>عاجل: <a>ارتفاع أسعار النفط في التعاملات المبكرة اليوم</a></div>"
            "<article><h1>مصر والسودان</h1><span class='date'>الأحد 3 مارس 2024</span>"
            "<div class='byline'>بقلم: سامي الكاتب — القاهرة</div>"
            "<p>زار الرئيس المصري الخرطوم.</p></article></body></html>")
    assert _page_lines(page) == [("مصر والسودان", "title"), ("زار الرئيس المصري الخرطوم.", "body")]


@pytest.mark.parametrize("block", [
    "<div class='comments'><p>زائر: زار الرئيس موسكو أمس.</p></div>",
    "<section id='comments'><p>زائر: زار الرئيس موسكو أمس.</p></section>",
    "<div class='advertisement'><p>اشتر شقتك الآن بخصم 20%</p></div>",
    "<div class='most-read'><ul><li><a>البنك المركزي يرفع الفائدة</a></li></ul></div>",
    "<div class='trending-box'><ul><li><a>خبر رائج عن الذهب</a></li></ul></div>",
    "<div class='tags'><ul><li><a>الأردن</a></li><li><a>العراق</a></li></ul></div>",
    "<div class='sharing'><ul><li>فيسبوك</li><li>واتساب</li></ul></div>",
    "<div class='widget popular'><ul><li><a>الإمارات تستثمر في مصر</a></li></ul></div>",
    "<div id='privacy-consent'>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع.</div>",
    "<div class='modal-box'>اشترك في النشرة البريدية لتصلك أهم الأخبار كل صباح.</div>",
])
def test_page_comments_ads_tags_and_popular_lists_are_left_out(block):
    page = (f"<html><body><article><h1>عنوان الخبر</h1><p>نص الخبر.</p>{block}</article>{block}</body></html>")
    assert _page_lines(page) == [("عنوان الخبر", "title"), ("نص الخبر.", "body")]


@pytest.mark.parametrize("cls", ["story-body", "article-content", "commentary", "adsense-free text", "shared-text"])
def test_page_blocks_named_like_noise_but_not_noise_are_read(cls):
    # near-misses: «commentary» is not «comments», «shared-text» not «share»
    page = f"<html><body><article><h1>عنوان الخبر</h1><div class='{cls}'><p>نص الخبر.</p></div></article></body></html>"
    assert _page_lines(page) == [("عنوان الخبر", "title"), ("نص الخبر.", "body")]


def test_page_line_breaks_of_the_source_inside_a_paragraph_are_spaces():
    # a browser shows a paragraph wrapped in the page's source as one paragraph; only <br> (and
    # the lines of a <pre>) break it
    page = ("<html><body><article><h1>عنوان\nالخبر</h1><p>وصل وزير الخارجية\nإلى بغداد صباح اليوم،\n"
            "    واجتمع بنظيره.</p><p>السطر الأول<br>السطر الثاني</p></article></body></html>")
    assert _page_lines(page) == [("عنوان الخبر", "title"), ("وصل وزير الخارجية إلى بغداد صباح اليوم، واجتمع بنظيره.", "body"),
                                 ("السطر الأول", "body"), ("السطر الثاني", "body")]


# --------------------------------------------------------------------------- documents that are not articles

@pytest.mark.parametrize("head,kind", [
    (b"%PDF-1.7\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<</Type/Catalog>>\nendobj\n", "a PDF document"),  # no NUL in it
    (b"%PDF-1.4\n\x00\x01\x02binary\x00", "a PDF document"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an old Office document"),
    (b"{\\rtf1\\ansi\\ansicpg1256 {\\fonttbl} \\'c7\\'e1\\'e6\\'d2\\'ed\\'d1}", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "an image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "an image"),
    (b"GIF89a\x01\x00\x01\x00", "an image"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip-compressed file"),
])
def test_a_document_renamed_as_an_article_is_named_for_what_it_is(tmp_path, head, kind):
    # a PDF or a Word file saved as .html or .txt is a mistake a user makes: the message names
    # the format and what to do, rather than «no encoding» or «no Arabic text»
    path = tmp_path / "article.html"
    path.write_bytes(head + bytes(range(0x80, 0x100)) * 4)
    with pytest.raises(BinaryInputError) as err:
        analysis.read_article(path)
    assert f"'{path}' is {kind}" in str(err.value) and "\n" not in str(err.value)


def test_an_article_that_only_mentions_a_file_format_is_read():
    # near-miss: the signatures count at the start of the file only
    text = "عنوان الخبر\nقال الخبير إن ملفات %PDF-1.7 وPK تنتشر على الإنترنت.\n"
    assert analysis.read_article(text.encode("utf-8")).text == text
    rtf_words = "{\\rtf} عنوان يبدأ برمز\nنص الخبر هنا.\n"
    assert analysis.read_article(rtf_words.encode("utf-8")).text == rtf_words


def test_page_lists_of_links_inside_the_article_are_left_out():
    # a list of links under the story (related stories, tags) with no class to name it: every
    # word of each item is a link. Near-misses: a sentence with a link in it, a headline that is
    # a link to the page itself, a caption
    page = ("<html><body><article><h1><a href='/a'>وزير الخارجية يزور بغداد</a></h1>"
            "<p>قال <a href='/p'>وزير الخارجية</a> إن الزيارة تستمر يومين.</p>"
            "<figure><figcaption><a href='/i'>الوزير في بغداد</a></figcaption></figure>"
            "<h3>أخبار ذات صلة</h3><ul><li><a href='/1'>قمة عربية في الرياض الشهر المقبل</a></li>"
            "<li><a href='/2'>ارتفاع أسعار النفط 3% في التعاملات المبكرة</a></li></ul>"
            "<p><a href='/3'>اقرأ أيضا: البنك المركزي يرفع الفائدة</a></p></article></body></html>")
    assert _page_lines(page) == [("وزير الخارجية يزور بغداد", "title"),
                                 ("قال وزير الخارجية إن الزيارة تستمر يومين.", "body"),
                                 ("الوزير في بغداد", "caption"), ("أخبار ذات صلة", "heading")]
