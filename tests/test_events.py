"""Events: the worked examples in examples/events.tsv (one per type, negatives included) and the
rules that date, merge and label events. Dates are built here as the dates module gives them,
so these tests do not depend on the dates module."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from analysis import tables
from analysis.article import read_article
from analysis.dates import DateMention
from analysis.entities import entity_mentions
from analysis.events import EVENT_TYPES, Event, find_events
from analysis.text import fold

EXAMPLES = Path(__file__).parent / "examples" / "events.tsv"


def _date(text: str, span: str, start: str, end: str | None = None, typ: str = "date") -> DateMention:
    i = text.index(span)
    s = dt.date.fromisoformat(start) if start else None
    e = dt.date.fromisoformat(end or start) if start else None
    return DateMention(span, i, i + len(span), typ, s, e, "day", "absolute", None, i, i + len(span))


def _events(text: str, dates: list[DateMention], published=None, reference=None) -> list[Event]:
    art = read_article("عنوان\n" + text, published=published)
    shift = len("عنوان\n")
    dates = [DateMention(d.text, d.start + shift, d.end + shift, d.type, d.start_date, d.end_date,
                         d.granularity, d.anchor, d.value, d.fstart + shift, d.fend + shift) for d in dates]
    f = fold(art.text)
    return find_events(f, art, dates, entity_mentions(f, art), reference)


def _rows():
    with EXAMPLES.open(encoding="utf-8") as f:
        for row in csv.reader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t"):
            row = row + [""] * (6 - len(row))
            yield pytest.param(*row, id=f"{row[4]}:{row[0][:20]}")


@pytest.mark.parametrize("sentence,date_text,start,end,kind,label_has", list(_rows()))
def test_worked_example(sentence, date_text, start, end, kind, label_has):
    dates = [] if date_text == "-" else [_date(sentence, date_text, start, end)]
    found = _events(sentence, dates, reference=dt.date(2024, 12, 31))
    if kind.startswith("!"):
        bad = [e for e in found if e.type == kind[1:] and (not dates or e.date_start == dates[0].start_date)]
        assert bad == [], found
        return
    dated = [e for e in found if e.date_start == dates[0].start_date and e.date_end == dates[0].end_date]
    assert [e.type for e in dated] == [kind], found
    ev = dated[0]
    assert ev.type in EVENT_TYPES
    assert ev.date_text == date_text
    assert ev.sentence == sentence and 0 <= ev.start < ev.end
    if label_has:
        assert label_has in ev.label, ev.label


def test_every_type_has_a_worked_example():
    kinds = {row[4] for row in csv.reader((line for line in EXAMPLES.open(encoding="utf-8")
                                            if line.strip() and not line.startswith("#")), delimiter="\t")}
    assert set(EVENT_TYPES) - {"other"} <= kinds | {"other"}
    assert any(k.startswith("!") for k in kinds)


def test_a_statement_inside_another_events_sentence_takes_its_date():
    s = ("وأعلن المتحدث باسم الحكومة سامي العلي، قبيل افتتاح قمة المناخ في شرم الشيخ في 6 نوفمبر 2022، "
         "أن بلاده ستقدم خطة جديدة.")
    found = _events(s, [_date(s, "6 نوفمبر 2022", "2022-11-06")])
    kinds = sorted(e.type for e in found)
    assert kinds == ["statement", "summit"], found
    st = next(e for e in found if e.type == "statement")
    assert st.date_start == dt.date(2022, 11, 6) and st.actors == ["سامي العلي"]
    summit = next(e for e in found if e.type == "summit")
    assert "شرم الشيخ" in summit.places
    assert st.end <= summit.start or summit.end <= st.start  # two pieces of evidence


def test_dates_inside_reported_speech_do_not_date_the_statement():
    s = "وقال وزير المالية أحمد الفلاحي إن العجز سينخفض إلى 3% في عام 2026."
    found = _events(s, [_date(s, "عام 2026", "2026-01-01", "2026-12-31")])
    assert [e.type for e in found] == ["economic"]  # the forecast; the statement has no date


def test_an_undated_statement_takes_the_day_of_the_report():
    s1 = "عقد وزير المالية أحمد الفلاحي مؤتمرا صحفيا اليوم الأحد لعرض الميزانية."
    s2 = "وقال مدير الميزانية سامي العلي إن الإيرادات ارتفعت."
    text = s1 + "\n" + s2
    d = _date(text, "اليوم الأحد", "2024-03-10")
    found = _events(text, [d], published="2024-03-10")
    st = [e for e in found if "سامي العلي" in e.actors]
    assert st and st[0].type == "statement" and st[0].date_start == dt.date(2024, 3, 10)
    # with no publication date the statement has no time: left out
    assert not [e for e in _events(text, [d]) if "سامي العلي" in e.actors]


def test_a_second_mention_of_a_visit_is_not_a_new_event():
    s1 = "قام الرئيس الروسي فلاديمير بوتن بزيارة إلى كازاخستان يومي 27 و28 نوفمبر 2024."
    s2 = "وأكد الوزير أن الزيارة التي سيقوم بها بوتن إلى كازاخستان في 27 نوفمبر 2024 مهمة."
    text = s1 + "\n" + s2
    dates = [_date(text, "يومي 27 و28 نوفمبر 2024", "2024-11-27", "2024-11-28", "daterange"),
             _date(text, "27 نوفمبر 2024", "2024-11-27")]
    dates[1] = DateMention(dates[1].text, text.rindex("27 نوفمبر 2024"), text.rindex("27 نوفمبر 2024") + 14,
                           "date", dt.date(2024, 11, 27), dt.date(2024, 11, 27), "day", "absolute", None)
    visits = [e for e in _events(text, dates) if e.type == "visit"]
    assert len(visits) == 1
    assert visits[0].label == "زيارة بوتن إلى كازاخستان"
    assert visits[0].actors == ["فلاديمير بوتن"]


def test_an_event_with_a_vague_time_is_kept_without_dates():
    s = "ومؤخرا، وقع وزير الطاقة خالد المنصوري اتفاقية مع شركة أرامكو."
    i = s.index("مؤخرا")
    vague = DateMention("مؤخرا", i, i + 5, "vague", None, None, None, "relative", None, i, i + 5)
    found = _events(s, [vague])
    assert [(e.type, e.date_start) for e in found] == [("agreement", None)]
    # no time named at all: not an event
    assert _events("وقع وزير الطاقة خالد المنصوري اتفاقية مع شركة أرامكو.", []) == []


def test_a_figure_sentence_gives_one_event_and_comparisons_none():
    s = "ارتفعت صادرات تونس 5% في عام 2016 مقارنة بعام 2015."
    found = _events(s, [_date(s, "عام 2016", "2016-01-01", "2016-12-31"),
                        _date(s, "بعام 2015", "2015-01-01", "2015-12-31")])
    assert [(e.type, e.date_start.year) for e in found] == [("economic", 2016)]


def test_planned_events_are_marked_future():
    s = "سيزور رئيس الوزراء الهندي ناريندرا مودي القاهرة في 20 يناير 2025."
    found = _events(s, [_date(s, "20 يناير 2025", "2025-01-20")], reference=dt.date(2024, 12, 1))
    assert found[0].type == "visit" and found[0].is_future


def test_events_make_a_table_with_the_schema_columns():
    s = "زار رئيس الوزراء الهندي ناريندرا مودي الإمارات يوم 14 فبراير 2024."
    df = tables.frame("events", _events(s, [_date(s, "14 فبراير 2024", "2024-02-14")]))
    assert list(df.columns) == tables.columns("events")
    assert str(df["date_start"].dtype).startswith("datetime64")
    assert df["actors"].iloc[0] == ["ناريندرا مودي"]
    assert list(tables.frame("events", []).columns) == tables.columns("events")


def test_the_visit_a_dated_signing_took_place_during_is_dated_too():
    s = ("وقعت مصر والمغرب يوم 3 مارس 2024 ثلاث اتفاقيات خلال زيارة رسمية يقوم بها رئيس الحكومة "
         "المغربي إلى القاهرة.")
    found = _events(s, [_date(s, "3 مارس 2024", "2024-03-03")],
                    reference=dt.date(2024, 12, 31))
    assert [(e.type, e.date_start) for e in found] == [("agreement", dt.date(2024, 3, 3)),
                                                       ("visit", dt.date(2024, 3, 3))]


def test_a_date_in_a_relative_clause_is_no_second_meeting_and_a_title_names_no_event():
    # وترقية الصادرات is part of the minister's title, not an economic event; 2023 dates the
    # trade volume of the relative clause (الذي بلغ …), not a second round of talks
    s = ("بحث وزير التجارة وترقية الصادرات سامي الحداد أمس مع نظيره الليبي حجم التبادل "
         "الذي بلغ 3 مليارات دولار في 2023.")
    found = _events(s, [_date(s, "أمس", "2024-05-09"), _date(s, "2023", "2023-01-01", "2023-12-31")])
    assert [(e.type, e.date_start) for e in found] == [("meeting", dt.date(2024, 5, 9))], found
    assert found[0].actors == ["سامي الحداد"]


def test_one_day_written_in_two_calendars_is_one_event():
    # الموافق: the Hijri and the Gregorian date are one day, for one announcement
    s = ("أعلنت الهيئة العامة للإحصاء يوم الخميس 15 جمادى الأولى 1446هـ الموافق 17 نوفمبر 2024م أن الصادرات "
         "ارتفعت بنسبة 3.2%.")
    found = _events(s, [_date(s, "15 جمادى الأولى 1446هـ", "2024-11-17"), _date(s, "17 نوفمبر 2024م", "2024-11-17")])
    assert [(e.type, e.date_start) for e in found] == [("statement", dt.date(2024, 11, 17))], found


@pytest.mark.parametrize("sentence,date_text,start,end,label", [
    # the cut after six words would leave «نحو 20» of «نحو 20 مليار دولار»: the number goes
    ("وبلغ حجم التبادل التجاري بين البلدين نحو 20 مليار دولار في العام الماضي.", "العام الماضي",
     "2023-01-01", "2023-12-31", "التبادل التجاري بين البلدين"),
    # a year stays: it is no amount cut from its unit
    ("ناقش البرلمان في 3 مارس 2024 موازنة 2025.", "3 مارس 2024", "2024-03-03", "2024-03-03",
     "ناقش البرلمان موازنة 2025"),
])
def test_a_label_never_ends_on_a_number_cut_from_its_unit(sentence, date_text, start, end, label):
    found = _events(sentence, [_date(sentence, date_text, start, end)])
    assert [e.label for e in found] == [label], found
