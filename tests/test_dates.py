"""The dates module: worked examples (tests/examples/dates.tsv), the reference date, the table."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import dates as D
from analysis.article import read_article
from analysis.text import fold

EXAMPLES = Path(__file__).parent / "examples" / "dates.tsv"
SCORED = {"date", "daterange", "duration"}


def _examples():
    rows = []
    for n, line in enumerate(EXAMPLES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 7)[:7]
        rows.append(pytest.param(*cells, id=f"L{n}"))
    return rows


def _day(s: str):
    return dt.date.fromisoformat(s) if s else None


@pytest.mark.parametrize("ref,text,span,typ,start,end,value", _examples())
def test_worked_example(ref, text, span, typ, start, end, value):
    reference = None if ref == "-" else dt.date.fromisoformat(ref)
    found = D.date_mentions(fold(text), reference)
    if span == "-":
        assert [m for m in found if m.type in SCORED] == [], f"expected no date in {text!r}"
        return
    for m in found:  # offsets index the original text
        assert text[m.start:m.end] == m.text
    hits = [m for m in found if m.text == span]
    assert hits, f"{span!r} not found in {text!r}: got {[(m.text, m.type) for m in found]}"
    m = hits[0]
    assert m.type == typ
    assert (m.start_date, m.end_date) == (_day(start), _day(end)), m
    if value:
        assert m.value == value


def test_a_pronoun_after_months_inside_a_year_names_no_part_of_the_year():
    # months that neither open nor close a year are no year whose end نهايته could be (the
    # months that close one are: "آخر شهرين من العام … من بدايته", an example in dates.tsv)
    found = D.date_mentions(fold("نمت الصادرات من أبريل إلى يونيو 2019، ثم تباطأت في نهايته"), dt.date(2019, 8, 15))
    assert [(m.text, m.start_date, m.end_date) for m in found if m.type in SCORED] == [
        ("من أبريل إلى يونيو 2019", dt.date(2019, 4, 1), dt.date(2019, 6, 30))]
    found = D.date_mentions(fold("نمت الصادرات من أكتوبر إلى ديسمبر 2019، وبلغت الذروة في نهايته"), dt.date(2020, 2, 1))
    assert [(m.text, m.start_date, m.end_date) for m in found if m.type in SCORED][-1] == (
        "نهايته", dt.date(2019, 12, 1), dt.date(2019, 12, 31))


def test_a_named_day_after_a_noun_whose_first_letter_is_a_clitic(monkeypatch):
    # the noun is looked up as written before its clitics are taken off: a noun of an event that
    # itself starts with ب (and so with و or ل) is found, with and without a clitic of its own
    from analysis.dates import rules
    monkeypatch.setitem(rules._NAMED_DAYS, "بيان 7-3", 2013)
    for text in ("عاد المحلل إلى بيان 3 يوليو في مقاله", "وعاد إلى ما قبل بيان 3 يوليو وبيان 3 يوليو معا"):
        got = [(m.text, m.start_date) for m in D.date_mentions(fold(text), dt.date(2020, 5, 1)) if m.type == "date"]
        assert got and all(d == dt.date(2013, 7, 3) for _, d in got), got
    # the clitics and the article still come off the table's own nouns
    for text in ("احتفلوا بثورة 25 يناير", "شارك في الثورة 25 يناير", "كتب عن حرب 6 أكتوبر"):
        got = [m.start_date for m in D.date_mentions(fold(text), dt.date(2020, 5, 1)) if m.type == "date"]
        assert got[0].year in (2011, 1973), (text, got)
    # with no event noun before it, a day and month are in the reference year
    got = [m.start_date for m in D.date_mentions(fold("افتتح المهرجان 3 يوليو"), dt.date(2020, 8, 1)) if m.type == "date"]
    assert got == [dt.date(2020, 7, 3)], got


def test_a_span_keeps_the_marks_folding_drops_after_its_last_letter_but_no_format_character():
    # the marks are the letter's (the tanween of عاماً, a hamza or a Quranic mark above it); a
    # right-to-left mark or a zero-width space after the word belongs to no letter
    for mark in ("\u064b", "\u0651\u064b", "\u0654", "\u06e1", "\u0640"):
        text = f"استمر البرنامج 20 عاما{mark} كاملة"
        got = [m.text for m in D.date_mentions(fold(text), dt.date(2024, 1, 1)) if m.type == "duration"]
        assert got == [f"20 عاما{mark}"], (mark, got)
    for mark in ("\u200f", "\u200b"):
        got = [m.text for m in D.date_mentions(fold(f"استمر البرنامج 20 عاما{mark} كاملة"), dt.date(2024, 1, 1))]
        assert got == ["20 عاما"], (mark, got)


def test_there_are_enough_examples_and_negatives():
    rows = _examples()
    assert len(rows) >= 150
    assert sum(1 for r in rows if r.values[2] == "-") >= 25


# --------------------------------------------------------------------------- the reference date

def _ref(text: str):
    art = read_article(text)
    return D.reference_date(fold(art.text), art)


def test_dateline_tunis():
    assert _ref("عنوان الخبر\nتونس - 13 فيفري 2017 (وات) - أعلن الوزير عن إجراءات جديدة.\n")[:2] == \
        (dt.date(2017, 2, 13), "dateline")


def test_dateline_hijri_with_gregorian_gloss():
    ref, source, _ = _ref("عنوان\nالرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nقال الوزير إن العمل مستمر.\n")
    assert (ref, source) == (dt.date(2015, 8, 10), "dateline")


def test_today_named_in_the_text():
    ref, source, reason = _ref("عنوان\nأصدرت الوزارة بلاغا اليوم الثلاثاء 14 مارس 2017 حول الصادرات.\n")
    assert (ref, source) == (dt.date(2017, 3, 14), "inferred")
    assert "اليوم" in reason


def test_inferred_from_the_current_month_and_partial_year_figures():
    text = ("زيارة رسمية\nسيزور الرئيس موسكو في 12 ديسمبر/كانون الأول الجاري. وبلغت المبادلات "
            "في الأشهر الستة الأولى من عام 2023 نحو 5 مليارات دولار، ويهدف البلدان إلى مضاعفتها بحلول عام 2030.\n")
    ref, source, reason = _ref(text)
    assert source == "inferred" and ref == dt.date(2023, 12, 12)
    # the reason is Arabic and quotes the article's own words, as written (hamza, taa marbuta)
    assert reason == "«12 ديسمبر/كانون الأول الجاري» (الشهر الجاري)؛ أرقام «الأشهر الستة الأولى من عام 2023»"


def test_unknown_when_nothing_says_when():
    ref, source, reason = _ref("عنوان\nقال الوزير إن التعاون بين البلدين متين.\n")
    assert (ref, source) == (None, "unknown")
    assert reason.startswith("لا سطر تاريخ")


def test_seed_like_text_is_placed_in_its_month():
    text = ("زيارة\nقام الرئيس بزيارة يومي 27 و28 نوفمبر/تشرين الثاني. وبلغ التبادل في الأشهر التسعة الأولى "
            "من عام 2024 أكثر من 20 مليار دولار. والزيارة التي سيقوم بها في 27 نوفمبر/تشرين الثاني الجاري مهمة.\n")
    ref, source, _ = _ref(text)
    assert source == "inferred" and ref == dt.date(2024, 11, 27)


def test_extract_without_date_uses_the_inferred_reference():
    ex = analysis.extract("عنوان\nتونس - 13 فيفري 2017 - وصل الوفد أمس إلى العاصمة.\n")
    assert ex.reference_date_source == "dateline"
    row = ex.dates[ex.dates["text"] == "أمس"].iloc[0]
    assert row["start_date"].date() == dt.date(2017, 2, 12)


# --------------------------------------------------------------------------- the table and the record

def test_find_dates_table_columns_and_reference_kinds():
    cols = analysis.find_dates("وصل الوفد أمس").columns.tolist()
    assert cols[:11] == ["date_id", "text", "start", "end", "type", "start_date", "end_date", "granularity",
                         "anchor", "value", "role"]
    for ref in (dt.date(2024, 11, 27), dt.datetime(2024, 11, 27, 9, 30), "2024-11-27"):
        t = analysis.find_dates("وصل الوفد أمس", reference=ref)
        assert t["start_date"].iloc[0] == dt.datetime(2024, 11, 26)
    t = analysis.find_dates("وصل الوفد أمس")
    assert t["start_date"].isna().all()


def test_offsets_map_back_through_diacritics_and_tatweel():
    text = "وصلَ الوفـدُ في ٢٢ أكتوبـر ٢٠٢٤ إلى القاهرة"
    (m,) = [m for m in D.date_mentions(fold(text), None) if m.type == "date"]
    assert text[m.start:m.end] == m.text == "٢٢ أكتوبـر ٢٠٢٤"
    assert m.start_date == dt.date(2024, 10, 22)


def test_roles_mark_open_ends():
    ms = {m.text: m for m in D.date_mentions(fold("نما الإنتاج منذ عام 2011 حتى نهاية 2015 ويهدف إلى الضعف بحلول عام 2030"), None)}
    assert ms["عام 2011"].role == "since" and ms["عام 2011"].open_end
    assert ms["حتى نهاية 2015"].role == "until" and ms["حتى نهاية 2015"].open_start
    assert ms["بحلول عام 2030"].role == "by"


def test_never_the_clock():
    modules = sorted(Path(D.__file__).parent.glob("*.py"))
    assert len(modules) >= 5   # the package's modules, not only its __init__
    for path in modules:
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(?:today|now|utcnow|time\.time)\(", source), path.name
    assert D.date_mentions(fold("وصل الوفد أمس"), None)[0].start_date is None


def test_dateline_with_publication_time():
    ref, source, _ = _ref("عنوان المقال\nنشر في: 12/03/2023 10:30\nقال الوزير إن العمل مستمر.\n")
    assert (ref, source) == (dt.date(2023, 3, 12), "dateline")


def test_inferred_from_a_month_called_past_beside_its_year():
    ref, source, _ = _ref("عنوان\nارتفع الفائض في يونيو 2018 إلى 5 مليارات. وتراجعت الواردات في يونيو الماضي بنسبة 3%.\n")
    assert source == "inferred" and ref.year == 2018 and ref.month >= 7


# --------------------------------------------------------------------------- no crash, spans exact

from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = ["في", "من", "إلى", "بين", "و", "يوم", "يومي", "أمس", "اليوم", "غدا", "الأحد", "الجمعة", "31", "29", "30",
           "15", "0", "99", "2016", "1436", "هـ", "م", "فبراير", "شباط", "/", "-", "،", "شوال", "رمضان", "ذو الحجة",
           "العام", "الماضي", "المقبل", "الجاري", "السابق", "نفسه", "نهاية", "مطلع", "الربع", "الأول", "الأخير",
           "النصف", "الثاني", "الأشهر", "التسعة", "الأولى", "السنوات", "الثلاث", "قبل", "منذ", "بحلول", "حتى",
           "أسبوع", "شهرين", "ساعة", "ونصف", "الفترة", "ذاتها", "هذه", "ـ", "\u064e", "٢٠١٨", "١٢",
           "المالي", "مصر", "الكويت", "1435/1436", "1436/10/25", "3/2015", "(2014م)", "كل", "واحد", "ليلتان",
           "أول", "ثاني", "أيام", "عيد الفطر", "الذي", "سبقه", "فصل", "الصيف", "الجديد", "جائزة", "الآن", "(", ")"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14),
       st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))))
def test_any_mix_of_date_words_gives_exact_spans_and_valid_intervals(words, ref):
    text = " ".join(words)
    for m in D.date_mentions(fold(text), ref):
        assert text[m.start:m.end] == m.text
        assert m.type in ("date", "daterange", "duration", "time", "set", "vague")
        if m.start_date is not None:
            assert m.end_date is not None and m.start_date <= m.end_date


def test_an_event_date_opening_the_body_is_not_a_dateline():
    ref, source, _ = _ref("عنوان\nفي 12 مارس 2018، أعلن الوزير عن خطة جديدة.\n")
    assert source != "dateline"


def test_a_lead_dated_with_a_weekday_dates_the_article_when_nothing_else_does():
    # 22 April 2024 was a Monday: the report is of that day (inferred, with the words quoted)
    ref, source, why = _ref("عنوان\nوقع الوزيران، يوم الاثنين 22 أبريل 2024، اتفاقية للتعاون. وسيزور الوفد الرباط غدا.\n")
    assert (ref, source) == (dt.date(2024, 4, 22), "inferred") and "22 أبريل 2024" in why
    # a weekday that is not that date's says nothing (22 April 2024 was no Thursday)
    assert _ref("عنوان\nوقع الوزيران، يوم الخميس 22 أبريل 2024، اتفاقية للتعاون.\n")[:2] == (None, "unknown")
    # a date deep in the body is no lead
    assert _ref("عنوان\n" + "كلام عام عن العلاقات بين البلدين. " * 12 + "وفي يوم الاثنين 22 أبريل 2024 وقع الوزيران اتفاقية.\n")[:2] == (None, "unknown")


# --------------------------------------------------------------------------- the paragraph's year

def test_of_the_year_is_the_paragraphs_year_else_the_reference_year():
    ref = dt.date(2024, 10, 18)
    same = "بلغت الصادرات 5 مليارات في عام 2023 منها مليار في الربع الأول من العام."
    other = "بلغت الصادرات 5 مليارات في عام 2023.\nوقال التقرير إن الواردات بلغت مليارين في الربع الأول من العام."
    got = {t: [m for m in D.date_mentions(fold(t), ref) if m.text == "الربع الأول من العام"][0] for t in (same, other)}
    assert (got[same].start_date, got[same].end_date) == (dt.date(2023, 1, 1), dt.date(2023, 3, 31))
    assert (got[other].start_date, got[other].end_date) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))


# --------------------------------------------------------------------------- dates no calendar holds
# A date written in words that no calendar holds (31 فبراير، 30 رمضان 1500، a Hijri year the
# converter does not know) is kept as text with no interval (NaT in the table): the writer named a
# date and the reader should see it. Figures that make no date (31/02/2024، 15/13/1436هـ) are no
# date: they are dropped like any other group of numbers. Years outside 1000..2199 in figures
# (عام 0، 99999) are no year. Nothing raises.

EDGES = [
    ("وقع الحادث في 31 فبراير 2024", "31 فبراير 2024", None),
    ("وقع الحادث في 29 فبراير 2023", "29 فبراير 2023", None),
    ("يبدأ الصيام في 30 رمضان 1500 هـ", "30 رمضان 1500 هـ", None),
    ("أعلن ذلك في 1 محرم 1501", "1 محرم 1501", None),
    ("أسس المسجد عام 1342 هـ", "عام 1342 هـ", None),
    ("وقع الحادث في 32 مارس 2024", "مارس 2024", (dt.date(2024, 3, 1), dt.date(2024, 3, 31))),
    ("وقع الحادث في 29 فبراير 2024", "29 فبراير 2024", (dt.date(2024, 2, 29), dt.date(2024, 2, 29))),
]


@pytest.mark.parametrize("text,span,interval", EDGES)
def test_a_date_no_calendar_holds_is_kept_without_an_interval(text, span, interval):
    (m,) = [m for m in D.date_mentions(fold(text), dt.date(2024, 11, 27)) if m.text == span]
    assert m.type == "date"
    assert ((m.start_date, m.end_date) if m.start_date else None) == interval


@pytest.mark.parametrize("text", ["وصل في 31/02/2024 إلى المطار", "صدر في 15/13/1436هـ", "صدر في 1436/13/01هـ",
                                  "صدر في 31/02/1436هـ الأمر", "ولد عام 0", "في العام 99999", "بلغ 99999 في 2/99999",
                                  "في 13/2015 تقريبا", "في 0/2015 تقريبا"])
def test_figures_that_make_no_date_are_no_date(text):
    found = [m for m in D.date_mentions(fold(text), dt.date(2024, 11, 27)) if m.type in SCORED]
    assert found == []


@pytest.mark.parametrize("reference", [dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 30), dt.date(9999, 12, 31)])
def test_relative_dates_past_the_calendars_edge_stay_unresolved(reference):
    text = ("قبل 999 عاما، والسنوات 99 الماضية، والصيف المقبل، والأحد الخامس، والعام المالي المقبل في الكويت، "
            "ومن الآن حتى نهاية العام، وثاني أيام عيد الفطر، و99999 يناير، وخلال الـ 99 سنة المقبلة، وقبل 999 أسبوع")
    ms = D.date_mentions(fold(text), reference)
    assert len(ms) >= 8
    for m in ms:
        assert text[m.start:m.end] == m.text
        if m.start_date is not None:
            assert dt.date(1, 1, 1) <= m.start_date <= m.end_date <= dt.date(9999, 12, 31)
    table = analysis.find_dates(text, reference=reference)
    assert len(table) == len(ms)
    # at least one end of the calendar is crossed, so at least one mention stays unresolved
    assert table["start_date"].isna().any()


def test_a_part_of_the_year_closing_a_title_ends_at_its_last_word():
    # the pattern looks past the space for a year; the date is only the words before it
    text = "تمديد الإعفاءات حتى آخر السنة\n\nأعلنت الحكومة تمديد الإعفاءات."
    got = analysis.find_dates(text, reference="2018-07-16")
    assert got["text"].tolist() == ["حتى آخر السنة"]
    assert got["end"].tolist() == [text.index("\n")]
    assert (got["start_date"][0].date(), got["end_date"][0].date()) == (dt.date(2018, 12, 1), dt.date(2018, 12, 31))


@pytest.mark.parametrize("text,day", [
    # the body says the day is ahead: so is the title's
    ("الوزير يعود إلى العاصمة الخميس\n\nقال متحدث الأربعاء إن الوزير سيعود إلى العاصمة الخميس.", "2018-04-26"),
    ("اجتماع وزاري الأحد لبحث الأزمة\n\nدعت الرئاسة الأربعاء إلى اجتماع الأحد، وقالت إن الوزراء سيحضرون الأحد.", "2018-06-24"),
    ("الرئيس في باريس السبت\n\nيبدأ الرئيس زيارة إلى فرنسا غدا السبت.", "2018-04-28"),
    # the body tells it as past: the title's present is the report's, not a plan
    ("يزور الرئيس المدينة الثلاثاء\n\nزار الرئيس المدينة الثلاثاء والتقى سكانها.", "2018-04-24"),
])
def test_a_weekday_in_the_title_is_the_body_s_day(text, day):
    ref = dt.date(2018, 4, 25) if "2018-04" in day else dt.date(2018, 6, 20)
    found = D.date_mentions(fold(text), ref)
    title = [m for m in found if m.end <= text.index("\n")]
    assert [str(m.start_date) for m in title] == [day]


def test_a_weekday_in_the_title_the_body_does_not_name_keeps_its_own_reading():
    found = D.date_mentions(fold("الوزير يلتقي نظيره الخميس\n\nالتقى الوزير نظيره في العاصمة."), dt.date(2018, 4, 27))
    assert [(m.text, str(m.start_date)) for m in found] == [("الخميس", "2018-04-26")]


@pytest.mark.parametrize("text", ["تزدحم الأسواق خلال أيام العيد", "عاش الناس قبل سنوات الحرب في رخاء"])
def test_units_of_a_time_named_after_them_are_no_vague_time(text):
    assert [m.text for m in D.date_mentions(fold(text), dt.date(2024, 11, 27))] == []


def test_a_first_paragraph_ending_in_a_stop_is_no_title():
    text = "قال الوزير الأحد إن المفاوضات مستمرة.\nوسيعقد الاجتماع المقبل الأحد."
    found = D.date_mentions(fold(text), dt.date(2018, 4, 25))
    assert [str(m.start_date) for m in found] == ["2018-04-22", "2018-04-29"]


def _resolved(ex, text):
    rows = ex.dates[ex.dates["text"] == text]
    assert len(rows), f"{text!r} not found: {ex.dates['text'].tolist()}"
    r = rows.iloc[0]
    return (None if pd.isna(r.start_date) else r.start_date.date(), None if pd.isna(r.end_date) else r.end_date.date())


def test_a_reference_the_text_gives_to_its_year_only_resolves_only_whole_years():
    # figures for the first four months of 2023: the article is from some day after April 2023. A
    # weekday, "last month" or a year-less month read from 1 May would be a guess: left unresolved
    text = ("الصادرات ترتفع\n\nأعلنت الهيئة الخميس أن الصادرات ارتفعت خلال الأشهر الأربعة الأولى من العام 2023 "
            "بنسبة 5 بالمئة. وكانت الصادرات قد تراجعت في يناير الماضي وفي الشهر الماضي، بعد أن سجلت "
            "العام الماضي أعلى مستوى لها.")
    ex = analysis.extract(text)
    assert ex.reference_date_source == "inferred" and getattr(ex.reference_date, "only_year", False)
    assert ex.reference_date.year == 2023
    assert _resolved(ex, "الخميس") == (None, None)
    assert _resolved(ex, "يناير الماضي") == (None, None)
    assert _resolved(ex, "الشهر الماضي") == (None, None)
    assert _resolved(ex, "العام الماضي") == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert _resolved(ex, "الأشهر الأربعة الأولى من العام 2023") == (dt.date(2023, 1, 1), dt.date(2023, 4, 30))
    # the same text dated by the user resolves them all
    ex = analysis.extract(text, published="2023-06-09")
    assert _resolved(ex, "الخميس") == (dt.date(2023, 6, 8), dt.date(2023, 6, 8))
    assert _resolved(ex, "الشهر الماضي") == (dt.date(2023, 5, 1), dt.date(2023, 5, 31))


def test_a_current_month_in_the_year_the_text_names_most_is_known_to_its_year_only():
    # "من 3 إلى 9 مايو الجاري" gives the month; its year is only the one named most often (an
    # anniversary's 1990, twice): the days are not resolved against it
    text = ("ذكرى الوحدة\n\nتحيي البلاد ذكرى الوحدة التي أعلنت عام 1990، ويقول مؤرخون إن مفاوضات 1990 "
            "كانت شاقة. وتقام الاحتفالات من 3 إلى 9 مايو الجاري، وقال الوزير الأحد إنها ستكون متواضعة.")
    ex = analysis.extract(text)
    assert ex.reference_date_source == "inferred" and getattr(ex.reference_date, "only_year", False)
    assert _resolved(ex, "الأحد") == (None, None)
    assert _resolved(ex, "عام 1990") == (dt.date(1990, 1, 1), dt.date(1990, 12, 31))


def test_a_current_day_with_the_year_the_text_calls_current_stays_a_full_reference():
    text = ("الموازنة\n\nقال الوزير الخميس إن العجز في الأشهر التسعة الأولى من العام الجاري 2024 تراجع، "
            "وإن الموازنة الجديدة ستقدم في 27 نوفمبر الجاري.")
    ex = analysis.extract(text)
    assert ex.reference_date == dt.date(2024, 11, 27) and not getattr(ex.reference_date, "only_year", False)
    assert _resolved(ex, "الخميس") == (dt.date(2024, 11, 21), dt.date(2024, 11, 21))


def test_informed_sources_are_no_start_of_the_year_before_them():
    found = D.date_mentions(fold("في عام 2017 قالت مصادر مطلعة إن الوزير استقال"), dt.date(2018, 5, 1))
    assert [m.text for m in found] == ["عام 2017"]
    found = D.date_mentions(fold("عاد النمو عام 2017 منذ مطلعه"), dt.date(2018, 5, 1))
    assert [(m.text, m.start_date, m.end_date) for m in found][-1] == ("مطلعه", dt.date(2017, 1, 1), dt.date(2017, 1, 31))


def test_that_day_after_a_year_of_another_day_or_a_new_paragraph_is_no_day():
    # "ذلك اليوم" points back at the last day named, unless a year named since then (or a
    # paragraph break) has moved the story on: it is then no day the text gives, and not today
    for text in ("ولد الشاعر في 30 ديسمبر 1950، وفي عام 1975 نشر أول ديوان له، واحتفل في ذلك اليوم مع أصدقائه",
                 "زار الوزير بكين في 8 يونيو.\nوقال مسؤولون إن ذلك اليوم سيبقى في الذاكرة"):
        found = D.date_mentions(fold(text), dt.date(2024, 11, 27))
        assert [m.text for m in found if m.type in SCORED and "ذلك" in m.text] == []
        assert dt.date(2024, 11, 27) not in [m.start_date for m in found]
    found = D.date_mentions(fold("ولد الشاعر في 30 ديسمبر 1950، واحتفل أهله في ذلك اليوم"), dt.date(2024, 11, 27))
    assert [(m.text, m.start_date) for m in found if m.type in SCORED] == [
        ("30 ديسمبر 1950", dt.date(1950, 12, 30)), ("ذلك اليوم", dt.date(1950, 12, 30))]


def test_a_name_right_after_a_verb_of_saying_is_no_verb_in_the_future():
    # "وقال سيلفرز …": right after قال a word like سـ + the imperfect is the speaker, and the same
    # word is a name all through the text; a verb in the future comes after إن or a colon
    ref = dt.date(2024, 9, 25)

    def fut(text):
        return [(m.text, m.start_date, m.is_future) for m in D.date_mentions(fold(text), ref) if m.type in SCORED]

    assert fut("وقال سيلفرز في مارس إن الشركة تنمو. ويشغل سيلفرز منصب المدير في أبريل") == [
        ("مارس", dt.date(2024, 3, 1), False), ("أبريل", dt.date(2024, 4, 1), False)]
    assert fut("ويشغل سيلفرز منصب المدير في أبريل") == [("أبريل", dt.date(2025, 4, 1), True)]
    assert fut("وقال الوزير إن الحكومة ستعمل في مارس على إنهاء الأزمة") == [("مارس", dt.date(2025, 3, 1), True)]
    assert fut("وقال: ستبدأ الأعمال في مارس") == [("مارس", dt.date(2025, 3, 1), True)]
