"""Figures: the worked examples in examples/figures.tsv, and the period/status logic with
date mentions built by hand (so these tests do not depend on the dates module's coverage)."""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import extract
from analysis.article import read_article
from analysis.dates import DateMention
from analysis.figures import Figure, find_figures
from analysis.numbers import number_mentions
from analysis.tables import columns, frame
from analysis.text import fold

EXAMPLES = Path(__file__).parent / "examples" / "figures.tsv"
FIELDS = ["text", "published", "figure", "kind", "value", "unit", "qualifier", "metric_key", "status", "is_record",
          "period"]


def _rows():
    for n, line in enumerate(EXAMPLES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        parts += [""] * (len(FIELDS) - len(parts))
        yield pytest.param(dict(zip(FIELDS, parts)), id=f"L{n}")


def _close(a, b):
    return a is not None and b is not None and not (isinstance(a, float) and math.isnan(a)) \
        and math.isclose(float(a), float(b), rel_tol=1e-6)


@pytest.mark.parametrize("row", list(_rows()))
def test_example(row):
    text = "عنوان الخبر\n" + row["text"].replace("\\n", "\n")  # (\n in the table: a new paragraph)
    figs = extract(text, published=row["published"]).figures
    if not row["figure"]:
        assert figs.empty, figs[["text", "kind", "value"]].values.tolist()
        return
    hits = figs[figs["text"] == row["figure"]]
    assert len(hits), f"{row['figure']!r} not in {figs[['text', 'kind', 'value']].values.tolist()}"
    f = hits.iloc[0]
    assert text[f["start"]:f["end"]] == f["text"]
    assert f["kind"] == row["kind"]
    if ".." in row["value"]:
        lo, hi = (float(x) for x in row["value"].split(".."))
        assert _close(f["value_low"], lo) and _close(f["value_high"], hi)
    else:
        assert _close(f["value"], float(row["value"])), f["value"]
    for col in ("unit", "qualifier", "metric_key", "status"):
        if row[col] != "*":
            assert f[col] == row[col], (col, f[col])
    if row["is_record"] != "*":
        assert bool(f["is_record"]) == (row["is_record"] == "true")
    if row["period"] not in ("", "*"):
        assert _period(f) == row["period"], (_period(f), f["period_text"])


def _period(f) -> str:
    """A figure's period as the examples write it: ``2023-01-01..2023-12-31``, ``..2017-12-31``
    for an end alone, ``-`` for none."""
    a, b = (None if pd.isna(x) else x.date().isoformat() for x in (f["period_start"], f["period_end"]))
    return "-" if a is None and b is None else f"{a or ''}..{b or ''}"


def test_examples_are_many():
    assert len(list(_rows())) >= 60


def test_figure_fields_are_the_table_columns():
    public = [f for f in Figure.__dataclass_fields__.values() if not f.metadata.get("private")]
    # then the columns relations.py adds (who a figure is between)
    assert [f.name for f in public] + ["parties", "from_code", "to_code"] == columns("figures")
    assert frame("figures", []).columns.tolist() == columns("figures")


# --------------------------------------------------------------------------- periods, by hand

def _date(text: str, sub: str, start: dt.date, end: dt.date, typ: str = "date") -> DateMention:
    s = text.index(sub)
    return DateMention(sub, s, s + len(sub), typ, start, end, "year", "absolute", None,
                       fstart=s, fend=s + len(sub))


def _figures(text: str, dates, ref=dt.date(2024, 11, 27)):
    art = read_article(text)
    folded = fold(art.text)
    return find_figures(folded, art, number_mentions(folded), dates, ref)


SERIES = ("عنوان\nوصل حجم التبادل التجاري في عام 2023 إلى رقم قياسي بلغ 28 مليار دولار أمريكي، "
          "وفي الأشهر التسعة الأولى من عام 2024 وصل إلى أكثر من 20 مليار دولار أمريكي، "
          "ويهدف الجانبان إلى الوصول إلى علامة 30 مليار دولار أمريكي بحلول عام 2025.")


def test_series_takes_the_nearest_period_and_status():
    d = [_date(SERIES, "عام 2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
         _date(SERIES, "الأشهر التسعة الأولى من عام 2024", dt.date(2024, 1, 1), dt.date(2024, 9, 30)),
         _date(SERIES, "بحلول عام 2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))]
    got = [(f.value, f.qualifier, f.period_start, f.period_end, f.status, f.is_record, f.metric_key)
           for f in _figures(SERIES, d)]
    assert got == [
        (28e9, "exact", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "actual", True, "trade_volume"),
        (20e9, "more_than", dt.date(2024, 1, 1), dt.date(2024, 9, 30), "partial", False, "trade_volume"),
        (30e9, "exact", dt.date(2025, 1, 1), dt.date(2025, 12, 31), "target", False, "trade_volume"),
    ]


def test_no_date_no_period():
    (f,) = _figures("عنوان\nبلغت الصادرات 5 مليارات دولار.", [])
    assert f.period_start is None and f.period_end is None and f.status == "actual"


def test_comparison_takes_its_own_period():
    text = "عنوان\nبلغت الصادرات 95 مليار ريال في يونيو 2018 مقابل 58 مليار ريال في يونيو 2017."
    d = [_date(text, "يونيو 2018", dt.date(2018, 6, 1), dt.date(2018, 6, 30)),
         _date(text, "يونيو 2017", dt.date(2017, 6, 1), dt.date(2017, 6, 30))]
    a, b = _figures(text, d)
    assert (a.period_start, b.period_start) == (dt.date(2018, 6, 1), dt.date(2017, 6, 1))
    assert a.status == b.status == "actual"  # a month that is not the start of a year-to-date


def test_first_months_are_partial():
    text = "عنوان\nارتفعت الصادرات 18 بالمائة خلال الشهرين الأولين من سنة 2017."
    d = [_date(text, "الشهرين الأولين من سنة 2017", dt.date(2017, 1, 1), dt.date(2017, 2, 28))]
    (f,) = _figures(text, d)
    assert f.status == "partial" and f.period_end == dt.date(2017, 2, 28)


def test_title_figure_takes_only_title_period():
    text = "الصادرات تبلغ 5 مليارات دولار\nوذكر التقرير أن ذلك تم في عام 2023."
    d = [_date(text, "عام 2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31))]
    (f,) = _figures(text, d)
    assert f.period_start is None


def test_numbers_inside_dates_are_not_figures():
    text = "عنوان\nزار الوفد المدينة يومي 27 و28 نوفمبر."
    d = [_date(text, "يومي 27 و28 نوفمبر", dt.date(2024, 11, 27), dt.date(2024, 11, 28), "daterange")]
    assert _figures(text, d) == []


@pytest.mark.parametrize("sentence,periods", [
    # «respectively»: the figures take the sentence's periods one by one
    ("نما الناتج المحلي 3% و4% في عامي 2022 و2023 على التوالي.", [(2022, 2022), (2023, 2023)]),
    ("سجلت الصادرات 5 مليارات دولار و6 مليارات دولار في 2021 و2022 على التوالي.", [(2021, 2021), (2022, 2022)]),
    # a range written as a list of years: earliest first
    ("قدرت الوزارة نمو القطاع لسنتي 2016/2015 على التوالي بـ12،5 بالمائة و1،8 بالمائة.", [(2015, 2015), (2016, 2016)]),
    # «in a row»: nothing to pair
    ("ارتفع التضخم 2% في مارس 2019 للشهر الخامس على التوالي وبلغ 3% في أبريل 2019.", [(2019, 2019), (2019, 2019)]),
    # one period for two figures: «respectively» pairs the measures, not the periods
    ("بلغت الصادرات والواردات 5 و7 مليارات دولار على التوالي في عام 2023.", [(2023, 2023), (2023, 2023)]),
])
def test_respectively_pairs_figures_with_periods(sentence, periods):
    ex = analysis.extract("عنوان\n" + sentence, published="2024-01-10")
    got = [(s.year, e.year) for s, e in zip(ex.figures["period_start"], ex.figures["period_end"])]
    assert got == periods, ex.figures[["text", "period_start", "period_end"]]


def test_a_stock_counted_at_the_end_of_a_month_takes_those_days():
    ex = analysis.extract("عنوان\nارتفعت الاحتياطيات الأجنبية إلى 35.2 مليار دولار بنهاية يونيو 2024.",
                          published="2024-07-15")
    (f,) = ex.figures.itertuples()
    assert (f.period_start.date(), f.period_end.date(), f.status) == (dt.date(2024, 6, 21), dt.date(2024, 6, 30), "actual")


def test_end_of_month_in_moroccan_usage_is_the_year_to_that_month():
    ex = analysis.extract("عنوان\nبلغ عجز الميزان التجاري 285 مليار درهم عند متم شهر دجنبر 2023.", published="2024-03-04")
    (f,) = ex.figures.itertuples()
    assert (f.period_start.date(), f.period_end.date()) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


@pytest.mark.parametrize("sentence,periods", [
    # the base of the comparison mirrors the year to date, not the month alone
    ("بلغت مداخيل السياحة 90 مليار درهم عند متم غشت 2024 مقابل 81 مليار درهم في الفترة ذاتها من السنة الماضية.",
     [(dt.date(2024, 1, 1), dt.date(2024, 8, 31), "partial"), (dt.date(2023, 1, 1), dt.date(2023, 8, 31), "partial")]),
    # حتى نهاية + a month: the year to that month, and the same period of the year before
    ("ارتفعت الصادرات إلى 40 مليار ريال حتى نهاية سبتمبر الماضي مقارنة بـ 35 مليار ريال في الفترة نفسها من العام السابق.",
     [(dt.date(2024, 1, 1), dt.date(2024, 9, 30), "partial"), (dt.date(2023, 1, 1), dt.date(2023, 9, 30), "partial")]),
    # حتى نهاية + a year: an end with no start, as before
    ("بلغ الدين العام 90 مليار دولار حتى نهاية 2015.", [(None, dt.date(2015, 12, 31), "actual")]),
    # "the same month" is the month, even after a year to date
    ("بلغ العجز 9 مليارات دينار موفى جوان 2019 مقابل 7 مليارات دينار في الشهر نفسه من سنة 2018.",
     [(dt.date(2019, 1, 1), dt.date(2019, 6, 30), "partial"), (dt.date(2018, 6, 21), dt.date(2018, 6, 30), "actual")]),
])
def test_the_same_period_mirrors_a_year_to_date(sentence, periods):
    ex = analysis.extract("عنوان\n" + sentence, published="2024-11-20")
    got = [(None if pd.isna(s) else s.date(), None if pd.isna(e) else e.date(), st)
           for s, e, st in zip(ex.figures["period_start"], ex.figures["period_end"], ex.figures["status"])]
    assert got == periods, ex.figures[["text", "period_start", "period_end", "status"]]


@pytest.mark.parametrize("sentence", [
    "بلغ العجز 9 مليارات موفى جوان 2019.",
    "سجلت المبيعات 5 ملايين متم شتنبر.",
    "ارتفع عدد المشتركين إلى 40 ألفا نهاية العام.",
    "بلغ عدد الزوار 7 آلاف أواخر مارس.",
])
def test_a_month_or_part_of_one_after_an_amount_is_no_counted_noun(sentence):
    ex = analysis.extract("عنوان\n" + sentence, published="2024-11-20")
    (f,) = ex.figures.itertuples()
    assert f.kind == "count" and f.unit is None and f.text.split()[-1] in ("مليارات", "ملايين", "ألفا", "آلاف"), f


@pytest.mark.parametrize("sentence", [
    "وأقنع المبشرون الآلاف يتحولون إلى دينهم.",
    "وقال إن العشرات يعملون في الموقع منذ الصباح.",
])
def test_a_present_verb_of_the_plural_is_no_counted_noun(sentence):
    ex = analysis.extract("عنوان\n" + sentence, published="2024-11-20")
    (f,) = ex.figures.itertuples()
    assert f.kind == "count" and f.unit is None, f


def test_a_record_since_a_date_gives_no_period():
    # 2011 is where the record's span starts (الأدنى منذ ثورة 2011), not the turnout's period
    ex = analysis.extract("عنوان\nبلغت نسبة المشاركة 31.2 بالمائة، وهي الأدنى منذ ثورة 2011، إذ أدلى نحو "
                          "2.8 مليون ناخب بأصواتهم.", published="2024-10-08")
    assert ex.figures["period_start"].isna().all() and ex.figures["period_end"].isna().all(), ex.figures


def test_two_months_in_a_row_joined_by_and_are_one_period():
    ex = analysis.extract("عنوان\nتراجعت الصادرات بنحو 50% خلال شهري أغسطس وسبتمبر الماضيين.", published="2024-11-19")
    (f,) = ex.figures.itertuples()
    assert (f.period_start.date(), f.period_end.date()) == (dt.date(2024, 8, 1), dt.date(2024, 9, 30))
    # months that are not in a row stay apart (the highest rate, in September and in December)
    ex = analysis.extract("عنوان\nبلغ التضخم أعلى مستوياته 5% خلال شهري سبتمبر وديسمبر 2016.", published="2017-01-05")
    (f,) = ex.figures.itertuples()
    assert (f.period_start.date(), f.period_end.date()) == (dt.date(2016, 9, 1), dt.date(2016, 9, 30))


def test_gas_in_cubic_feet_a_day():
    ex = analysis.extract("عنوان\nبلغ إنتاج الغاز 2.1 مليار قدم مكعب يوميا.", published="2024-11-19")
    (f,) = ex.figures.itertuples()
    assert (f.kind, f.value, f.unit) == ("quantity", 2.1e9, "cubic_ft_per_day")


def test_a_clause_opened_by_fima_has_its_own_measure_and_time():
    # ، فيما بلغ التضخم … في نوفمبر: inflation and November are the second clause's
    ex = analysis.extract("عنوان\nوتراجعت الليرة إلى 35 ليرة مقابل الدولار، فيما بلغ التضخم السنوي 47.1% في نوفمبر.",
                          published="2024-12-20")
    lira, rate = ex.figures.itertuples()
    assert lira.metric_key != "inflation" and pd.isna(lira.period_start), lira
    assert rate.metric_key == "inflation" and rate.period_start.date() == dt.date(2024, 11, 1), rate


def test_a_title_that_hopes_gives_no_period_to_the_body():
    """A dated title passes its year to the body's statistics only when it reports it: a year
    hoped for (تستهدف … في 2027) is not the year the body's amounts are about."""
    hoped = "الحكومة تستهدف خفض العجز إلى 3 مليارات دينار في 2027\n\nأعلنت الحكومة برنامجها الجديد. وبلغت الإيرادات 12 مليار دينار."
    told = "الصادرات تقفز 20% في 2023\n\nأعلنت الهيئة نتائجها. وبلغت الإيرادات 12 مليار دينار."
    f = extract(hoped, published="2024-03-01").figures.set_index("text")
    assert f.loc["3 مليارات دينار", "status"] == "target"
    assert pd.isna(f.loc["12 مليار دينار", "period_start"]) and pd.isna(f.loc["12 مليار دينار", "period_end"])
    f = extract(told, published="2024-03-01").figures.set_index("text")
    assert f.loc["12 مليار دينار", "period_start"] == pd.Timestamp("2023-01-01")
    assert f.loc["12 مليار دينار", "period_end"] == pd.Timestamp("2023-12-31")


# a paragraph of one line, repeated: amounts with and without a bracketed aside, commas, a
# fiscal year of two years; no line break after the title, so that nothing before an amount
# stops a scan back to the text's start
_LONG_UNIT = ("ارتفعت إيرادات الموانئ 4.5 مليارات دينار في عام 2021، وتراجع عدد الرحلات 12 بالمائة. "
              "وسجل الفائض (نحو 300 مليون دينار) خلال النصف الأول من 2022. "
              "وتتوقع الحكومة المصرية عجزا بنسبة 3 بالمائة في موازنة مصر 2023/2024. ")


def _by_unit(records, n):
    """Each unit's records as comparable tuples: offsets from the unit's start, no ids."""
    head = len("عنوان\n")
    out = [[] for _ in range(n)]
    for r in records:
        row = {k: v for k, v in vars(r).items() if not k.endswith("_id")}
        k = (row["start"] - head) // len(_LONG_UNIT)
        for key in ("start", "end", "fstart", "fend"):
            if key in row:
                row[key] -= k * len(_LONG_UNIT)
        out[k].append(tuple(sorted(row.items(), key=lambda kv: kv[0])))
    return out


@pytest.mark.parametrize("table", ["figures", "dates"])
def test_a_long_line_of_amounts_reads_as_its_short_paragraphs(table):
    # every amount looks back for an open bracket, a comma, the line's start: the look must
    # not depend on how much text lies behind (a 5 MB line took 41 s), nor change the reading
    from analysis.extract import extract_records

    short = _by_unit(getattr(extract_records("عنوان\n" + _LONG_UNIT * 3, published="2024-03-01"), table), 3)
    n = 600  # (120,000 characters: under the length that warns)
    long = _by_unit(getattr(extract_records("عنوان\n" + _LONG_UNIT * n, published="2024-03-01"), table), n)
    assert all(len(unit) >= 3 for unit in short)
    assert long[0] == short[0]
    assert all(long[k] == short[1] for k in range(1, n - 1))
    assert long[n - 1] == short[2]


def test_against_a_currency_is_no_comparison():
    """مقابل before a currency is the other side of an exchange rate (سعر الدولار مقابل الجنيه):
    the amount after it is no base; مقابل before anything else still opens one."""
    from analysis.figures import _BASE_BEFORE
    from analysis.text import fold
    for s, base in [("قفز سعر صرف الدولار مقابل الجنيه ", False),
                    ("تراجع اليورو مقابل الدولار ", False),
                    ("بلغ النمو 3% مقابل ", True),
                    ("بلغ النمو 3% مقابل نمو قدره ", True)]:
        t = fold(s).text
        assert (_BASE_BEFORE.search(t, 0, len(t)) is not None) == base, s
