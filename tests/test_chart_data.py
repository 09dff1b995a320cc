"""analysis.chart_data: which figures become bars, which events become marks, where a time axis
breaks. Tables written by hand for each rule (the charts draw exactly these rows:
tests/test_plots.py checks the drawing)."""
from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis import tables
from analysis.chart_data import REASONS_AR, consistent, time_segments, timeline_rows, trade_values


def fig(value, start="2023-01-01", end="2023-12-31", status="actual", qualifier="exact", *, unit="USD",
        kind="money", metric_key="trade_volume", low=None, high=None, text=None, pos=0, record=False):
    return dict(text=text or f"{value}", start=pos, end=pos + 10, sentence="", kind=kind, value=value,
                value_low=low, value_high=high, qualifier=qualifier, unit=unit, metric="حجم التبادل التجاري",
                metric_key=metric_key, period_text=None, period_start=start, period_end=end, status=status,
                is_record=record)


def table(*rows):
    return tables.frame("figures", list(rows))


def reasons(tv):
    return dict(zip(tv.left_out["text"], tv.left_out["reason"]))


# --------------------------------------------------------------------------- trade values


def test_percentages_and_counts_never_become_bars_of_money():
    tv = trade_values(table(fig(12.0, unit="%", kind="percent", text="12%"),
                            fig(60.0, unit="%", kind="percent", text="60%"),
                            fig(3.5, unit="%", kind="percent", text="3.5%"),
                            fig(40.0, unit="اتفاقية", kind="count", text="40 اتفاقية")))
    assert tv.empty and tv.unit is None
    assert reasons(tv) == {"12%": "percent", "60%": "percent", "3.5%": "percent", "40 اتفاقية": "count"}
    assert tv.why_empty("حجم التبادل التجاري") == (
        "لا مبالغ بالعملة عن سنة أو جزء منها لـ«حجم التبادل التجاري» في هذا المقال؛ "
        "وجد فيه: نسب مئوية (3)، أعداد وكميات (1).")


def test_a_vague_amount_is_never_drawn_but_a_written_range_is():
    tv = trade_values(table(fig(None, qualifier="approx", low=1e9, high=1e10, text="المليارات"),
                            fig(None, qualifier="approx", low=1e7, high=1e8, text="عشرات الملايين", start="2022-01-01",
                                end="2022-12-31"),
                            fig(None, qualifier="range", low=20e9, high=30e9, text="بين 20 و30 مليار دولار",
                                start="2024-01-01", end="2024-12-31")))
    assert reasons(tv) == {"المليارات": "vague", "عشرات الملايين": "vague"}
    assert tv.bars[["value_low", "value_high", "qualifier"]].values.tolist() == [[20e9, 30e9, "range"]]


def test_the_same_amount_said_twice_is_one_bar():
    tv = trade_values(table(fig(28e9, text="28 مليار دولار"), fig(27.9e9, text="27.9 مليار دولار"),
                            fig(28e9, text="28 مليار دولار", record=True)))
    assert len(tv.bars) == 1
    bar = tv.bars.iloc[0]
    assert bar["value"] == 28e9 and bar["mentions"] == 3 and not bar["conflict"] and bar["is_record"]
    assert bar["texts"] == ["28 مليار دولار", "27.9 مليار دولار", "28 مليار دولار"]


def test_two_different_amounts_for_one_period_are_both_bars_marked_as_conflicting():
    tv = trade_values(table(fig(28e9, text="28 مليار دولار"), fig(24e9, text="24 مليار دولار"),
                            fig(30e9, start="2025-01-01", end="2025-12-31", status="target", text="30 مليار دولار")))
    assert tv.bars[["value", "conflict"]].values.tolist() == [[28e9, True], [24e9, True], [30e9, False]]


def test_an_actual_and_a_target_for_one_year_are_no_conflict():
    tv = trade_values(table(fig(28e9), fig(35e9, status="target")))
    assert tv.bars[["status", "conflict"]].values.tolist() == [["actual", False], ["target", False]]


def test_an_amount_restated_in_another_currency_is_one_bar():
    # «31.1 مليار ريال (8.3 مليار دولار)»: the dollars are glossed right after the riyals
    tv = trade_values(table(fig(31.1e9, unit="SAR", text="31.1 مليار ريال", pos=100),
                            fig(8.3e9, unit="USD", text="8.3 مليار دولار", pos=112),
                            fig(28e9, unit="SAR", start="2015-01-01", end="2015-12-31", text="28 مليار ريال",
                                pos=300)))
    assert tv.unit == "SAR" and len(tv.left_out) == 0
    assert tv.bars[["value", "equivalents"]].values.tolist() == [[28e9, []], [31.1e9, ["8.3 مليار دولار"]]]


def test_an_amount_in_another_currency_for_another_period_is_left_out_not_mixed():
    tv = trade_values(table(fig(31.1e9, unit="SAR", text="31.1 مليار ريال"),
                            fig(28e9, unit="SAR", start="2015-01-01", end="2015-12-31", text="28 مليار ريال"),
                            fig(5e9, unit="EUR", start="2010-01-01", end="2010-12-31", text="5 مليارات يورو")))
    assert tv.unit == "SAR" and set(tv.bars["unit"]) == {"SAR"}
    assert reasons(tv) == {"5 مليارات يورو": "other_unit"}


def test_a_total_over_several_years_and_open_periods_are_left_out():
    tv = trade_values(table(fig(379e9, start="2007-01-01", end="2016-12-31", unit="SAR", text="379 مليار ريال"),
                            fig(50e9, start="2011-01-01", end=None, text="50 مليار دولار"),
                            fig(9e9, start=None, end=None, text="9 مليارات دولار"),
                            fig(4e9, start="2024-01-01", end="2024-09-30", status="partial", text="4 مليارات دولار")))
    assert reasons(tv) == {"379 مليار ريال": "multi_year", "50 مليار دولار": "open_period",
                           "9 مليارات دولار": "no_period"}
    assert tv.bars["value"].tolist() == [4e9]
    note = tv.note()
    assert note.startswith("خارج الرسم: 379 مليار ريال (مجموع عدة سنوات)") and "9 مليارات دولار (بلا فترة)" in note


def test_bars_are_ordered_by_period_then_actual_before_target():
    tv = trade_values(table(fig(30e9, start="2025-01-01", end="2025-12-31", status="target"),
                            fig(20e9, start="2024-01-01", end="2024-09-30", status="partial"),
                            fig(28e9), fig(31e9, start="2025-01-01", end="2025-12-31", status="forecast")))
    assert tv.bars["status"].tolist() == ["actual", "partial", "forecast", "target"]


def test_other_metrics_and_kinds():
    figs = table(fig(5e9, metric_key="exports"), fig(4.2, unit="%", kind="percent", metric_key="growth"),
                 fig(2.5, unit="pp", kind="percent", metric_key="growth", start="2022-01-01", end="2022-12-31"))
    assert trade_values(figs, "exports").bars["value"].tolist() == [5e9]
    growth = trade_values(figs, "growth")  # a rate: percentages by default
    assert growth.kind == "percent" and growth.bars["value"].tolist() == [4.2]
    assert reasons(growth) == {"2.5": "other_unit"}  # percentage points are no percentage
    assert trade_values(figs, "growth", kind="money").empty
    with pytest.raises(analysis.ParameterError):
        trade_values(figs, "exports", kind="tons")


def test_a_table_read_back_from_csv(tmp_path):
    path = tmp_path / "figures.csv"
    table(fig(28e9), fig(30e9, start="2025-01-01", end="2025-12-31", status="target")).to_csv(path, index=False)
    tv = trade_values(pd.read_csv(path))
    assert tv.bars["value"].tolist() == [28e9, 30e9]


def test_every_reason_has_its_arabic():
    assert set(REASONS_AR) >= {"percent", "money", "count", "vague", "no_value", "no_period", "open_period",
                               "multi_year", "other_unit"}


@pytest.mark.parametrize("a, b, same", [
    ((28e9, "exact"), (27.9e9, "exact"), True),
    ((28e9, "exact"), (24e9, "exact"), False),
    ((30e9, "approx"), (31.14e9, "exact"), True),
    ((20e9, "more_than"), (21e9, "exact"), True),
    ((20e9, "more_than"), (19e9, "exact"), False),
    ((20e9, "less_than"), (19e9, "exact"), True),
])
def test_consistent(a, b, same):
    f = lambda v, q: {"value": v, "value_low": None, "value_high": None, "qualifier": q}  # noqa: E731
    assert consistent(f(*a), f(*b)) is same and consistent(f(*b), f(*a)) is same


def test_the_seed_article_draws_its_three_trade_values():
    ex = analysis.extract(analysis.read_article("seeds/000_502adc14d8395391.txt"))
    tv = trade_values(ex.figures)
    assert tv.unit == "USD"
    assert tv.bars[["value", "status", "qualifier"]].values.tolist() == [
        [28e9, "actual", "exact"], [20e9, "partial", "more_than"], [30e9, "target", "exact"]]


# --------------------------------------------------------------------------- timeline


def ev(typ, start, end, label):
    return dict(type=typ, date_start=start, date_end=end, date_text="", actors=[], places=[], orgs=[], label=label,
                sentence="", start=0, end=1)


def test_the_same_event_found_twice_is_one_row_and_undated_ones_go():
    rows = timeline_rows(tables.frame("events", [
        ev("visit", "2024-11-27", "2024-11-28", "زيارة الرئيس إلى أستانا"),
        ev("visit", "2024-11-28", "2024-11-28", " زيارة الرئيس  إلى أستانا"),
        ev("visit", "2025-03-01", "2025-03-01", "زيارة الرئيس إلى أستانا"),   # another visit, later
        ev("statement", "2024-11-27", "2024-11-27", "زيارة الرئيس إلى أستانا"),  # another type
        ev("summit", None, None, "قمة بلا تاريخ"),
    ]))
    assert rows[["type", "date_start", "date_end"]].astype(str).values.tolist() == [
        ["statement", "2024-11-27", "2024-11-27"], ["visit", "2024-11-27", "2024-11-28"],
        ["visit", "2025-03-01", "2025-03-01"]]


def test_an_open_or_reversed_end_is_the_start():
    rows = timeline_rows(tables.frame("events", [ev("visit", "2024-11-27", None, "أ"),
                                                 ev("visit", "2024-11-27", "2024-11-20", "ب")]))
    assert (rows["date_end"] == rows["date_start"]).all()


@pytest.mark.parametrize("starts, ends, expected", [
    ([0, 10, 20], [1, 11, 21], [(0, 21)]),                                   # one month
    ([0, 365, 730, 1095], [1, 366, 731, 1096], [(0, 1096)]),                 # one a year: even
    ([0, 10000, 10010, 10020], [1, 10001, 10011, 10021], [(0, 1), (10000, 10021)]),  # 1990 + now
    ([0, 10000], [3, 10002], [(0, 10002)]),                                  # two visits decades apart
    ([0, 5, 9, 20, 2200], [1, 6, 10, 21, 2231], [(0, 21), (2200, 2231)]),    # a July, then 2024
    ([0, 10200, 10205, 10211, 12400], [1, 10201, 10206, 10212, 12401], [(0, 1), (10200, 10212), (12400, 12401)]),
    ([0, 30, 5000, 5030, 10000], [1, 31, 5001, 5031, 10001], [(0, 31), (5000, 5031), (10000, 10001)]),
    # years of history spread out, then a week of events: the week stands apart
    # (a year that holds the week runs up to it: the week has its own scale)
    ([0, 700, 1500, 2300, 3100, 3300, 3302, 3304, 3306], [365, 1065, 1865, 2665, 3465, 3301, 3303, 3305, 3307],
     [(0, 3299), (3300, 3307)]),
    ([0, 700, 1500, 2300, 3100, 3700, 3702, 3704, 3706], [365, 1065, 1865, 2665, 3465, 3701, 3703, 3705, 3707],
     [(0, 3465), (3700, 3707)]),
])
def test_time_segments(starts, ends, expected):
    assert time_segments(starts, ends) == [(float(a), float(b)) for a, b in expected]


def test_years_in_the_background_do_not_bind_a_cluster_to_them():
    # whole years 2015, 2016, 2017 told in passing, then thirty events in April and May 2018
    years = [0, 365, 730]
    cluster = [1190 + i * 2 for i in range(30)]
    segs = time_segments(years + cluster, [y + 364 for y in years] + [c + 1 for c in cluster])
    assert segs[-1] == (1190.0, 1249.0) and len(segs) >= 2


def test_time_segments_break_at_most_three_times():
    starts = [i * 5000 for i in range(8)] + [i * 5000 + 3 for i in range(8)]
    assert len(time_segments(starts, [s + 1 for s in starts])) == 1  # evenly spread pairs: no break
    clusters = [0, 2, 4, 4000, 4002, 9000, 9002, 15000, 15002, 22000, 22002]
    assert len(time_segments(clusters, [s + 1 for s in clusters])) <= 4
