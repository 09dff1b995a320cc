"""The two charts of the notebooks, and a reproducible export.

* :func:`trade_values_chart` — figures of one metric as bars by period, one style per status;
* :func:`timeline_chart` — dated events on a time axis, in lanes so that labels never overlap;
* :func:`export_figure` — PNG (200 dpi), SVG and PDF (TrueType), byte-identical on rerun.

Every function takes logical Arabic strings and passes them through :mod:`analysis.rtl`, the
one module that knows how the installed matplotlib draws Arabic; fonts come from
:mod:`analysis.fonts` through ``plt.rc_context`` (global rcParams are never changed). Plot
functions take ``ax=None`` (a new figure is made) and return the Axes; they never call
``plt.show()``.

When a table has nothing to draw (no figure of the metric, no dated event), the chart says so
in Arabic in the middle of the Axes and returns it; ``on_empty="raise"`` raises
:class:`NoDataError` instead.
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from . import fonts, lang, rtl
from .chart_data import counted
from .errors import AnalysisError, ParameterError

__all__ = ["NoDataError", "trade_values_chart", "corpus_values_chart", "timeline_chart", "export_figure",
           "arabic_date_formatter",
           "date_tick_labels", "period_label", "MONTHS_AR"]

Digits = Literal["western", "arabic"]


class NoDataError(AnalysisError):
    """The table has nothing the chart can draw (``on_empty="raise"``)."""


MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
             "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")

METRICS_AR = {
    "trade_volume": "حجم التبادل التجاري", "exports": "الصادرات", "imports": "الواردات",
    "trade_balance": "الميزان التجاري", "investment": "الاستثمارات", "gdp": "الناتج المحلي الإجمالي",
    "growth": "النمو", "inflation": "التضخم", "budget": "الميزانية", "deficit": "العجز",
    "debt": "الدين", "revenue": "الإيرادات", "spending": "الإنفاق", "aid": "المساعدات",
    "loan": "القروض", "reserves": "الاحتياطيات", "production": "الإنتاج", "price": "الأسعار",
    "tourism": "السياحة", "population": "السكان", "other": "أرقام أخرى",
}

STATUS_AR = {"actual": "فعلي", "partial": "جزئي (منذ بداية العام)", "target": "مستهدف",
             "forecast": "متوقع", "unknown": "غير محدد"}

# one style per status; the projection is drawn apart from every data style
_STATUS_STYLE: dict[str, dict[str, Any]] = {
    "actual": dict(facecolor="#1f5f8b", edgecolor="#1f5f8b", hatch=None, linestyle="-"),
    "partial": dict(facecolor="#7fb3d5", edgecolor="#1f5f8b", hatch="//", linestyle="-"),
    "target": dict(facecolor="none", edgecolor="#c0392b", hatch=None, linestyle="--"),
    "forecast": dict(facecolor="none", edgecolor="#8e44ad", hatch="..", linestyle=":"),
    "unknown": dict(facecolor="#bbbbbb", edgecolor="#777777", hatch=None, linestyle="-"),
}
_PROJECTION_STYLE = dict(facecolor="none", edgecolor="#1f5f8b", hatch=None, linestyle=(0, (2, 2)))

QUALIFIER_SIGN = {"more_than": ">", "less_than": "<", "at_least": "≥", "at_most": "≤", "approx": "≈"}

EVENT_TYPES_AR = {
    "visit": "زيارة", "meeting": "اجتماع ومحادثات", "summit": "قمة ومؤتمر", "statement": "تصريح وإعلان",
    "agreement": "اتفاق", "election": "انتخابات", "inauguration": "تنصيب", "economic": "حدث اقتصادي",
    "military": "عمل عسكري", "other": "حدث آخر",
}
_EVENT_COLOURS = {
    "visit": "#1f77b4", "meeting": "#ff7f0e", "summit": "#2ca02c", "statement": "#d62728",
    "agreement": "#9467bd", "election": "#8c564b", "inauguration": "#e377c2", "economic": "#7f7f7f",
    "military": "#bcbd22", "other": "#17becf",
}
# Words that blur a date. «الماضي، المقبل، الجاري، هذا» are not among them: they place a date
# against the article's («الخميس الماضي» is one day, «من 10 إلى 11 سبتمبر الماضي» two)
_FUZZY_WORDS = re.compile(r"أواخر|أوائل|مطلع|بداية|بدايات|منتصف|نهاية|أواسط|وقت سابق|وقت لاحق")
_DAY_NUMBER = re.compile(r"(?<![0-9٠-٩])([0-9٠-٩]{1,2})(?![0-9٠-٩])")


# --------------------------------------------------------------------------- helpers


def _new_axes(ax, figsize):
    import matplotlib.pyplot as plt

    if ax is not None:
        return ax
    fig = plt.figure(figsize=figsize)
    return fig.add_subplot()


def _text(ax_or_fig, x, y, s, *, digits: Digits = "western", width: int | None = None, **kw):
    """Draw the logical Arabic ``s`` through rtl.label; multi-line text aligned right."""
    kw.setdefault("parse_math", False)
    if "\n" in s or width:
        kw.setdefault("multialignment", "right")
    return ax_or_fig.text(x, y, rtl.label(s, digits=digits, width=width), **kw)


def _message(ax, message: str, *, digits: Digits):
    ax.set_axis_off()
    _text(ax, 0.5, 0.5, message, digits=digits, transform=ax.transAxes, ha="center", va="center",
          fontsize=13, color="#555555", width=55)
    return ax


def _check_digits(digits: str) -> None:
    if digits not in ("western", "arabic"):
        raise ParameterError(f'digits must be "western" or "arabic", not {digits!r}')


def _month_span(start: pd.Timestamp, end: pd.Timestamp) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _is_whole_year(start: pd.Timestamp, end: pd.Timestamp) -> bool:
    return start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31 and start.year == end.year


def period_label(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """Arabic label of a period: ``2023``, ``يناير–سبتمبر 2024``, ``نوفمبر 2024``, ``2023–2024``,
    ``27 نوفمبر 2024`` for a single day.

    >>> period_label(pd.Timestamp("2024-01-01"), pd.Timestamp("2024-09-30"))
    'يناير–سبتمبر 2024'
    """
    if pd.isna(start) and pd.isna(end):
        return "فترة غير محددة"
    if pd.isna(end):
        return f"منذ {start.year}"
    if pd.isna(start):
        return f"حتى {end.year}"
    if start == end:
        return f"{start.day} {MONTHS_AR[start.month - 1]} {start.year}"
    if _is_whole_year(start, end):
        return str(start.year)
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return f"{start.year}–{end.year}"
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and start.year == end.year:
        if start.month == end.month:
            return f"{MONTHS_AR[start.month - 1]} {start.year}"
        return f"{MONTHS_AR[start.month - 1]}–{MONTHS_AR[end.month - 1]} {start.year}"
    if whole_months:
        return f"{MONTHS_AR[start.month - 1]} {start.year}–{MONTHS_AR[end.month - 1]} {end.year}"
    return f"{start.day} {MONTHS_AR[start.month - 1]} {start.year}–{end.day} {MONTHS_AR[end.month - 1]} {end.year}"


# --------------------------------------------------------------------------- trade values


def _currency_names() -> dict[str, str]:
    return {code: name for code, name in lang.rows("currency_names.tsv")}


CURRENCY_NAMES = _currency_names()   # ISO 4217 → مليار «ريال سعودي» on an axis
# the scale a chart writes its values in, by their size: (from, divide by, word)
_SCALES = ((1e9, 1e9, "مليار"), (1e6, 1e6, "مليون"), (1e3, 1e3, "ألف"))


def _unit_scale(df: pd.DataFrame, scale: float | None, scale_label: str | None) -> tuple[float, str]:
    """The scale and the axis label: those given, else from the bars' currency and size (28e9 USD:
    ``(1e9, "مليار دولار")``)."""
    units = df["unit"].astype("object").dropna()
    unit = str(units.iloc[0]) if len(units) else ""
    if unit == "%":
        return (scale or 1.0), (scale_label if scale_label is not None else "%")
    name = CURRENCY_NAMES.get(unit, unit)
    if scale is None:
        top = max(abs(v) for v in pd.concat([df["value"], df["value_high"]]).dropna())
        scale, word = next(((d, w) for lo, d, w in _SCALES if top >= lo), (1.0, ""))
    else:
        word = next((w for _, d, w in _SCALES if d == scale), "")
    return scale, (scale_label if scale_label is not None else " ".join(filter(None, (word, name))))


def trade_values_chart(
    figures: pd.DataFrame,
    ax=None,
    *,
    metric_key: str = "trade_volume",
    kind: str | None = None,
    scale: float | None = None,
    scale_label: str | None = None,
    digits: Digits = "western",
    rtl: bool = False,
    projection: bool = False,
    title: str | None = None,
    source: str | None = None,
    font: str | None = None,
    note: bool = True,
    on_empty: Literal["message", "raise"] = "message",
):
    """Bars of one metric's amounts by period, one style per status, qualifiers, records and
    conflicts marked.

    ``figures`` is the figures table (``analysis.extract(...).figures``), or bars already
    decided (a :class:`analysis.chart_data.TradeValues`: a relationship's series across articles,
    :func:`analysis.relationship.series_values`, whose bars say under each value how many
    articles state it, ``sources``). What is drawn is decided by :func:`analysis.chart_data.trade_values`: amounts of money of ``metric_key``
    (``kind="percent"`` or ``"count"`` for rates and head counts; growth and inflation are
    drawn as percentages by default) with a period of at most a year, one bar per period and status (the same amount said twice,
    or in two currencies, is one bar; two different amounts for one period are both drawn,
    outlined in orange and named in the legend). Percentages, counts, vague amounts
    (المليارات), totals over several years and figures without a period are never bars: with
    ``note=True`` the chart lists them under its axis. Styles: actual (solid), partial (hatched,
    labelled with its months), target (dashed outline), forecast (dotted outline); ``> 20`` for
    أكثر من, a star for a record. ``projection=True`` adds, for a partial year, its linear
    annualisation as a dashed bar labelled «إسقاط سنوي». Values are divided by ``scale`` and
    shown in ``scale_label``, by default from the bars' currency and size (28e9 USD: 28, «مليار
    دولار»; 367e9 SAR: 367, «مليار ريال سعودي»); ``digits="arabic"`` writes them ٢٨; ``rtl=True``
    lays time out from right to left with the value axis on the right; ``source`` (default:
    ``figures.attrs["source"]`` when set) names the article in a footnote; ``font`` names a
    family known to matplotlib (default: the packaged Amiri). With nothing to draw the Axes
    says why in Arabic (``on_empty="raise"`` raises :class:`NoDataError` with the same reason).

    Example::

        ex = analysis.extract(analysis.read_article("seeds/000_502adc14d8395391.txt"))
        ax = trade_values_chart(ex.figures, title="التبادل التجاري بين روسيا وكازاخستان",
                                source="باو كوك تي، 27 نوفمبر 2024", digits="arabic")
    """
    import matplotlib.pyplot as plt

    from .chart_data import TradeValues, trade_values

    _check_digits(digits)
    if scale is not None and scale <= 0:
        raise ParameterError(f"scale must be positive, not {scale!r}")
    if isinstance(figures, TradeValues):
        tv, metric_key, figures = figures, figures.metric_key, None
    else:
        tv = trade_values(figures, metric_key, kind)
    metric_ar = METRICS_AR.get(metric_key, metric_key)
    if tv.empty and on_empty == "raise":
        raise NoDataError(tv.why_empty(metric_ar))
    if source is None and figures is not None:
        source = getattr(figures, "attrs", {}).get("source")
    with plt.rc_context(fonts.rc(font)):
        ax = _new_axes(ax, (7.5, 5.6))
        if tv.empty:
            return _message(ax, tv.why_empty(metric_ar), digits=digits)
        scale, scale_label = _unit_scale(tv.bars, scale, scale_label)
        _draw_values(ax, tv.bars, scale=scale, scale_label=scale_label, digits=digits, projection=projection,
                     metric_ar=metric_ar, title=title, source=source, rtl_layout=rtl, families=fonts.families(font),
                     note=tv.note() if note else "")
    return ax


def _value_text(row, scale: float, digits: Digits) -> str:
    if pd.notna(row["value"]):
        s = rtl.format_number(row["value"] / scale, digits="western")
    else:
        lo = rtl.format_number(row["value_low"] / scale) if pd.notna(row["value_low"]) else "?"
        s = f"{lo}–{rtl.format_number(row['value_high'] / scale)}"
    sign = QUALIFIER_SIGN.get(str(row["qualifier"]), "")
    s = f"{sign} {s}" if sign else s
    return rtl.to_arabic_digits(s) if digits == "arabic" else s


_CONFLICT_COLOUR = "#e67e22"


def _slots(df: pd.DataFrame) -> list[list[int]]:
    """Bars by x position: the conflicting amounts of one period and status share a slot."""
    slots: list[list[int]] = []
    last = None
    for i, row in enumerate(df.itertuples(index=False)):
        key = (row.period_start, row.period_end, row.status)
        if row.conflict and key == last:
            slots[-1].append(i)
        else:
            slots.append([i])
        last = key
    return slots


def _draw_values(ax, df, *, scale, scale_label, digits, projection, metric_ar, title, source, rtl_layout, families,
                 note=""):
    from matplotlib.patches import Patch

    slots = _slots(df)
    n = len(slots)
    xs = np.zeros(len(df))
    widths = np.zeros(len(df))
    for k, members in enumerate(slots):
        w = 0.62 / len(members)
        for j, i in enumerate(members):
            xs[i] = k - 0.31 + w * (j + 0.5)
            widths[i] = w * 0.92 if len(members) > 1 else 0.62
    heights, lows = [], []
    for _, row in df.iterrows():
        v = row["value"] if pd.notna(row["value"]) else row["value_high"]
        heights.append(v / scale)
        lows.append(row["value_low"] / scale if pd.isna(row["value"]) and pd.notna(row["value_low"]) else np.nan)
    top = max(heights)
    proj_values: dict[int, float] = {}
    if projection:
        for i, (_, row) in enumerate(df.iterrows()):
            s, e = row["period_start"], row["period_end"]
            if row["status"] == "partial" and pd.notna(s) and pd.notna(e) and s.month == 1 and s.day == 1:
                months = _month_span(s, e)
                if 0 < months < 12:
                    proj_values[i] = heights[i] * 12 / months
        if proj_values:
            top = max(top, *proj_values.values())

    used: dict[str, bool] = {}
    conflict_used = False
    for i, (_, row) in enumerate(df.iterrows()):
        status = row["status"] if row["status"] in _STATUS_STYLE else "unknown"
        st = _STATUS_STYLE[status]
        used[status] = True
        if i in proj_values:
            ax.bar(xs[i], proj_values[i], width=widths[i], facecolor="none", edgecolor=_PROJECTION_STYLE["edgecolor"],
                   linestyle=_PROJECTION_STYLE["linestyle"], linewidth=1.3, zorder=1)
            qual = QUALIFIER_SIGN.get(str(row["qualifier"]), "")
            ptxt = f"{qual} {rtl.format_number(proj_values[i])}".strip()
            _text(ax, xs[i], proj_values[i] + top * 0.015, f"إسقاط سنوي: {ptxt}", digits=digits,
                  ha="center", va="bottom", fontsize=8.5, color="#1f5f8b", style="italic")
        conflict = bool(row.get("conflict", False))
        conflict_used |= conflict
        ax.bar(xs[i], heights[i], width=widths[i], facecolor=st["facecolor"],
               edgecolor=_CONFLICT_COLOUR if conflict else st["edgecolor"],
               hatch=st["hatch"], linestyle=st["linestyle"], linewidth=2.6 if conflict else 1.6, zorder=2)
        if not np.isnan(lows[i]):  # a range: whisker from low to high
            ax.vlines(xs[i], lows[i], heights[i], colors="#333333", linewidth=2, zorder=3)
        y_lab = heights[i] + top * 0.015
        if i in proj_values and proj_values[i] - heights[i] < top * 0.09:
            y_lab = heights[i] - top * 0.08
        _text(ax, xs[i], y_lab, _value_text(row, scale, digits), digits=digits, ha="center", va="bottom",
              fontsize=13 if widths[i] > 0.5 else 11, color="#111111", zorder=4)
        if "sources" in df.columns and pd.notna(row["sources"]):  # bars merged across articles
            k = int(row["sources"])
            _text(ax, xs[i], y_lab + top * 0.06, counted(k, "source"),
                  digits=digits, ha="center", va="bottom", fontsize=8.5, color="#555555", zorder=4)
        if bool(row.get("is_record", False)):
            ax.plot([xs[i]], [heights[i] * 0.5], marker="*", markersize=16, color="#f1c40f",
                    markeredgecolor="#7d6608", zorder=5)
            _text(ax, xs[i], heights[i] * 0.5 - top * 0.05, "رقم قياسي", digits=digits, ha="center", va="top",
                  fontsize=10, color="white" if status == "actual" else "#222222", zorder=5)

    first = [members[0] for members in slots]
    tick_labels = [rtl.label(period_label(df.iloc[i]["period_start"], df.iloc[i]["period_end"]), digits=digits)
                   for i in first]
    ax.set_xticks(np.arange(n, dtype=float), tick_labels)
    ax.tick_params(axis="both", labelfontfamily=families)
    ax.set_xlim(-0.6, n - 0.4)
    ax.set_ylim(0, top * 1.18)
    _value_axes(ax, metric_ar=metric_ar, scale_label=scale_label, digits=digits, rtl_layout=rtl_layout)
    ax.set_title(rtl.label(title or metric_ar, digits=digits), fontsize=14, loc="center")

    handles = [Patch(facecolor=_STATUS_STYLE[s]["facecolor"], edgecolor=_STATUS_STYLE[s]["edgecolor"],
                     hatch=_STATUS_STYLE[s]["hatch"], linestyle=_STATUS_STYLE[s]["linestyle"], linewidth=1.4,
                     label=rtl.label(STATUS_AR[s], digits=digits)) for s in _STATUS_STYLE if s in used]
    if proj_values:
        handles.append(Patch(facecolor="none", edgecolor=_PROJECTION_STYLE["edgecolor"],
                             linestyle=_PROJECTION_STYLE["linestyle"], linewidth=1.3,
                             label=rtl.label("إسقاط سنوي (تقدير خطي، ليس رقما من المقال)", digits=digits)))
    if conflict_used:
        handles.append(Patch(facecolor="none", edgecolor=_CONFLICT_COLOUR, linewidth=2.6,
                             label=rtl.label("أرقام مختلفة للفترة نفسها", digits=digits)))
    # the legend goes under the x-axis label, never over a bar
    _rtl_legend(ax, handles, ncol=2, loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=9)
    y = -0.2 - 0.075 * math.ceil(len(handles) / 2)
    # the figures left out, then the source, as written (a URL or a date in it keeps its digits)
    for line, size in ((note, 8), (f"المصدر: {source}" if source else "", 8)):
        if line:
            t = _text(ax, 1.0, y, line, digits="western", transform=ax.transAxes, ha="right", va="top",
                      fontsize=size, color="#555555", width=110)
            y -= 0.045 * (t.get_text().count("\n") + 1) + 0.01


def _value_axes(ax, *, metric_ar: str, scale_label: str, digits: Digits, rtl_layout: bool) -> None:
    """The value axis and period axis of a chart of bars by period (one article's or a corpus's)."""
    ax.yaxis.set_major_formatter(_number_formatter(digits))
    ax.set_ylabel(rtl.label(f"{metric_ar} ({scale_label})", digits=digits))
    ax.set_xlabel(rtl.label("الفترة", digits=digits))
    ax.grid(axis="y", color="#dddddd", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    ax.spines["top"].set_visible(False)
    if rtl_layout:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
        ax.spines["left"].set_visible(False)
    else:
        ax.spines["right"].set_visible(False)


def _rtl_legend(ax, handles, *, ncol: int, **kw):
    """A legend read from right to left: the first column on the right, markers after text."""
    from matplotlib.patches import Patch

    ncol = max(1, min(ncol, len(handles)))
    rows = math.ceil(len(handles) / ncol)
    handles = list(handles) + [Patch(alpha=0, label=" ") for _ in range(rows * ncol - len(handles))]
    columns = [handles[i * rows:(i + 1) * rows] for i in range(ncol)]
    ordered = [h for col in reversed(columns) for h in col]
    return ax.legend(handles=ordered, labels=[h.get_label() for h in ordered], ncol=ncol, frameon=False,
                     markerfirst=False, alignment="right", **kw)


def _number_formatter(digits: Digits):
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _pos: rtl.label(rtl.format_number(v), digits=digits))


# --------------------------------------------------------------------------- values across articles

# one colour per article or outlet (colour-blind safe, Okabe–Ito); the statuses keep the single
# chart's fills and outlines, drawn in the series' colour
_SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
_OTHERS_COLOUR = "#999999"


def corpus_values_chart(
    figures: pd.DataFrame,
    ax=None,
    *,
    metric_key: str = "trade_volume",
    by: Literal["outlet", "article"] = "outlet",
    max_series: int = 8,
    kind: str | None = None,
    digits: Digits = "western",
    rtl: bool = False,
    title: str | None = None,
    source: str | None = None,
    font: str | None = None,
    on_empty: Literal["message", "raise"] = "message",
):
    """One metric's amounts by period across the articles of a corpus: one colour per outlet (or
    per article), the status drawn as in :func:`trade_values_chart` (actual filled, partial
    hatched, target a dashed outline, forecast dotted).

    ``figures`` is a corpus's figures table (with its ``article`` and ``outlet`` columns). What
    each article contributes is what its own values chart draws
    (:func:`analysis.corpus_summary.trade_values`); the bars of one period stand side by side.
    Beyond ``max_series`` outlets or articles (those with most bars first), the rest share one
    grey colour («أخرى»). ``by="outlet"`` falls back to articles when no article has an outlet.
    With nothing to draw the Axes says why in Arabic (``on_empty="raise"``: :class:`NoDataError`).

    Example::

        c = analysis.read_corpus("data/corpus")
        ax = corpus_values_chart(c.figures, by="outlet", title="التبادل التجاري في المقالات")
    """
    import matplotlib.pyplot as plt

    from .corpus_summary import series_label, trade_values as corpus_trade_values

    _check_digits(digits)
    if by not in ("outlet", "article"):
        raise ParameterError(f'by must be "outlet" or "article", not {by!r}')
    if max_series < 1:
        raise ParameterError(f"max_series must be at least 1, not {max_series!r}")
    metric_ar = METRICS_AR.get(metric_key, metric_key)
    cv = corpus_trade_values(figures, metric_key, kind)
    if cv.empty:
        why = cv.why_empty(metric_ar)
        if on_empty == "raise":
            raise NoDataError(why)
        with plt.rc_context(fonts.rc(font)):
            return _message(_new_axes(ax, (9, 5.6)), why, digits=digits)
    bars = cv.bars.copy()
    if by == "outlet" and bars["outlet"].notna().any():
        bars["series"] = bars["outlet"].fillna("وسيلة غير معروفة")
    else:
        bars["series"] = [series_label(a) for a in bars["article"]]
    order = bars["series"].value_counts(sort=True)
    order = sorted(order.index, key=lambda s: (-order[s], s))
    named = order[:max_series] if len(order) <= max_series else order[: max_series - 1]
    colours = {s: _SERIES_COLOURS[i % len(_SERIES_COLOURS)] for i, s in enumerate(named)}
    bars["colour"] = [colours.get(s, _OTHERS_COLOUR) for s in bars["series"]]
    with plt.rc_context(fonts.rc(font)):
        ax = _new_axes(ax, (max(8.0, min(16.0, 2.0 + 0.55 * len(bars))), 6.0))
        _draw_corpus_values(ax, bars, named=named, colours=colours, others=len(order) > len(named),
                            digits=digits, metric_ar=metric_ar, title=title, source=source, rtl_layout=rtl,
                            families=fonts.families(font))
    return ax


def _lighter(colour: str, amount: float = 0.5) -> tuple[float, float, float]:
    """``colour`` mixed with white (a partial year's fill: the series' colour, lighter, hatched)."""
    from matplotlib.colors import to_rgb

    return tuple(1 - amount * (1 - c) for c in to_rgb(colour))  # type: ignore[return-value]


def _draw_corpus_values(ax, bars, *, named, colours, others, digits, metric_ar, title, source, rtl_layout,
                        families):
    from matplotlib.patches import Patch

    scale, scale_label = _unit_scale(bars, None, None)
    periods = list(dict.fromkeys(zip(bars["period_start"], bars["period_end"])))
    slot = {p: i for i, p in enumerate(periods)}
    counts = bars.groupby(["period_start", "period_end"], sort=False).size()
    width = min(0.8 / max(counts), 0.35)
    seen: dict[tuple, int] = {}
    heights = [(r.value if pd.notna(r.value) else r.value_high) / scale for r in bars.itertuples()]
    top = max(heights)
    label_values = len(bars) <= 30
    for (i, row), h in zip(bars.iterrows(), heights):
        key = (row["period_start"], row["period_end"])
        k = seen.get(key, 0)
        seen[key] = k + 1
        n = counts[key]
        x = slot[key] + (k - (n - 1) / 2) * width
        colour, status = row["colour"], row["status"] if row["status"] in _STATUS_STYLE else "unknown"
        style = _STATUS_STYLE[status]
        filled = style["facecolor"] != "none"
        face = "none" if not filled else _lighter(colour) if status in ("partial", "unknown") else colour
        ax.bar(x, h, width=width * 0.92, facecolor=face, edgecolor=colour, hatch=style["hatch"],
               linestyle=style["linestyle"], linewidth=1.8 if not filled else 1.0, zorder=2)
        if label_values:
            _text(ax, x, h + top * 0.012, _value_text(row, scale, digits), digits=digits, ha="center",
                  va="bottom", fontsize=8 if width < 0.2 else 9.5, color="#111111", zorder=4)
    ax.set_xticks(np.arange(len(periods), dtype=float),
                  [rtl.label(period_label(s, e), digits=digits) for s, e in periods])
    ax.tick_params(axis="both", labelfontfamily=families)
    ax.set_xlim(-0.6, len(periods) - 0.4)
    ax.set_ylim(0, top * 1.15)
    _value_axes(ax, metric_ar=metric_ar, scale_label=scale_label, digits=digits, rtl_layout=rtl_layout)
    n_articles = bars["article"].nunique()
    ax.set_title(rtl.label(title or f"{metric_ar} في {counted(n_articles, 'article')}", digits=digits),
                 fontsize=14, loc="center")
    handles = [Patch(facecolor=colours[s], edgecolor=colours[s], label=rtl.label(str(s), digits=digits))
               for s in named]
    if others:
        handles.append(Patch(facecolor=_OTHERS_COLOUR, edgecolor=_OTHERS_COLOUR, label=rtl.label("أخرى")))
    used = [s for s in _STATUS_STYLE if s in set(bars["status"])]
    for s in used:
        st = _STATUS_STYLE[s]
        face = "none" if st["facecolor"] == "none" else _lighter("#555555") if s in ("partial", "unknown") else "#555555"
        handles.append(Patch(facecolor=face, edgecolor="#555555",
                             hatch=st["hatch"], linestyle=st["linestyle"], linewidth=1.4,
                             label=rtl.label(STATUS_AR[s], digits=digits)))
    _rtl_legend(ax, handles, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=9)
    if source:
        y = -0.2 - 0.075 * math.ceil(len(handles) / 3)
        _text(ax, 1.0, y, f"المصدر: {source}", digits="western", transform=ax.transAxes, ha="right", va="top",
              fontsize=8, color="#555555", width=110)


# --------------------------------------------------------------------------- timeline


def _event_label(row) -> str:
    lab = row.get("label")
    if isinstance(lab, str) and lab.strip():
        return lab.strip()
    parts = [EVENT_TYPES_AR.get(str(row.get("type")), "حدث")]
    actors = row.get("actors")
    if isinstance(actors, (list, tuple)) and actors:
        parts.append(str(actors[0]))
    return " ".join(parts)


def _is_fuzzy(row, start: pd.Timestamp, end: pd.Timestamp) -> bool:
    """A range the text gives loosely (أواخر أكتوبر, earlier this month, a whole year or month)."""
    text = row.get("date_text")
    text = text if isinstance(text, str) else ""
    if _FUZZY_WORDS.search(text):
        return True
    if start == end:
        return False
    days = [int(d.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
            for d in _DAY_NUMBER.findall(text)]
    days = [d for d in days if 1 <= d <= 31]
    if len(days) >= 2 or (text and len(days) >= 1 and (end - start).days <= 1):
        return False  # both ends named: "يومي 27 و28 نوفمبر", "من 10 إلى 11 سبتمبر"
    return True


def timeline_chart(
    events: pd.DataFrame,
    ax=None,
    *,
    digits: Digits = "western",
    rtl: bool = False,
    title: str | None = None,
    reference: Any = None,
    font: str | None = None,
    on_empty: Literal["message", "raise"] = "message",
):
    """Dated events on a time axis: points, exact ranges, fuzzy ranges, in non-overlapping lanes.

    ``events`` is the events table. A one-day event is a dot; a range named day by day (the
    27–28 Nov visit) a solid span; a range the text gives loosely (أواخر أكتوبر, في وقت سابق
    من هذا الشهر, a whole month or year) a pale hatched span with dotted ends. Colour by event
    type, legend in Arabic. Future or planned events (``is_future`` when the table has it, else
    dates after ``reference``) are drawn hollow and labelled «مرتقب». Undated events are left
    out, and the same event found twice (same type and label, overlapping dates) is drawn once
    (:func:`analysis.chart_data.timeline_rows`). Labels are placed in lanes so none overlaps
    another; the figure made for ``ax=None`` grows with the number of lanes (1–60 events).
    ``rtl=True`` lets time flow from right to left.

    The ticks are matplotlib's ``AutoDateLocator``'s, for any span from a day to centuries
    (days, weeks, months, quarters, years, decades), labelled with Arabic month names. When
    most events cluster and a few lie years away (a 1990 visit recalled beside this week's
    summit), the axis breaks (:func:`analysis.chart_data.time_segments`): each stretch keeps its
    own scale and ticks, and each break is marked on the axis with the time it leaves out
    («28 سنة»). A broken axis rather than an inset or an "earlier" lane keeps every event on
    one left-to-right (or right-to-left) reading line, in order, with the same lanes and labels.

    Example::

        ax = timeline_chart(ex.events, title="زيارة بوتين إلى كازاخستان: التسلسل الزمني",
                            digits="arabic", rtl=True)
    """
    import matplotlib.pyplot as plt

    from .chart_data import timeline_rows

    _check_digits(digits)
    ref = pd.Timestamp(reference) if reference is not None and not pd.isna(reference) else None
    df = timeline_rows(events)
    if len(df) == 0 and on_empty == "raise":
        raise NoDataError("no event with a date: nothing to put on a timeline")
    with plt.rc_context(fonts.rc(font)):
        if len(df) == 0:
            ax = _new_axes(ax, (8, 3))
            return _message(ax, "لا توجد في هذا المقال أحداث مؤرخة، فلا خط زمني لها.", digits=digits)
        if "is_future" in df.columns:
            df["_future"] = df["is_future"].fillna(False).astype(bool)
        elif ref is not None:
            df["_future"] = df["date_start"] > ref
        else:
            df["_future"] = False
        new_fig = ax is None
        ax = _new_axes(ax, (11, 6))
        _draw_timeline(ax, df, digits=digits, rtl_layout=rtl, title=title, ref=ref,
                       families=fonts.families(font), new_fig=new_fig)
    return ax


def date_tick_labels(values: Sequence[float]) -> list[str]:
    """Arabic labels for date ticks (matplotlib day numbers), at the level their spacing shows:
    years (decades too), months with the year at the first tick and at each January, days with
    their month (and the year at the first tick), hours with their day.

    >>> from matplotlib.dates import date2num
    >>> date_tick_labels(date2num([dt.date(2024, 11, 1), dt.date(2024, 12, 1), dt.date(2025, 1, 1)]))
    ['نوفمبر\\n2024', 'ديسمبر', 'يناير\\n2025']
    >>> date_tick_labels(date2num([dt.date(1990, 1, 1), dt.date(2000, 1, 1)]))
    ['1990', '2000']
    >>> date_tick_labels(date2num([dt.date(2024, 11, 25), dt.date(2024, 11, 27)]))
    ['25 نوفمبر\\n2024', '27 نوفمبر']
    """
    from matplotlib.dates import num2date

    values = [float(v) for v in values]
    if not values:
        return []
    dates = [num2date(v) for v in values]
    step = min((b - a for a, b in zip(values, values[1:])), default=1.0)
    out = []
    for i, d in enumerate(dates):
        new_year = i == 0 or d.year != dates[i - 1].year
        if step < 0.99:  # hours, when a chart is zoomed in on one day
            new_day = i == 0 or d.date() != dates[i - 1].date()
            hm = f"{d.hour:02d}:{d.minute:02d}"
            out.append(f"{hm}\n{d.day} {MONTHS_AR[d.month - 1]}" if new_day else hm)
        elif step >= 360 or (len(values) == 1 and d.month == 1 and d.day == 1):
            out.append(str(d.year))
        elif step >= 28 or (len(values) == 1 and d.day == 1):
            out.append(f"{MONTHS_AR[d.month - 1]}\n{d.year}" if new_year else MONTHS_AR[d.month - 1])
        else:
            s = f"{d.day} {MONTHS_AR[d.month - 1]}"
            out.append(f"{s}\n{d.year}" if new_year else s)
    return out


def arabic_date_formatter(digits: Digits = "western"):
    """A ``matplotlib.ticker.Formatter`` that writes date ticks in Arabic (see :func:`date_tick_labels`)."""
    from matplotlib.ticker import Formatter

    class _Formatter(Formatter):
        def __call__(self, x, pos=None):
            return rtl.label(date_tick_labels([x])[0], digits=digits)

        def format_ticks(self, values):
            return [rtl.label(s, digits=digits) for s in date_tick_labels(values)]

    return _Formatter()


class _TimeAxis:
    """Day numbers (matplotlib's) to x on the chart: the identity, or piecewise linear when the
    axis breaks between segments (each segment padded, breaks of a fixed width between them)."""

    def __init__(self, segments: list[tuple[float, float]], counts: list[int]) -> None:
        total_n = max(1, sum(counts))
        padded = []
        for i, (lo, hi) in enumerate(segments):
            pad = max((hi - lo) * 0.04, 3.0 if len(segments) > 1 else 10.0)
            # never into a neighbour's time: segments may abut (a year running up to a cluster)
            before = (lo - segments[i - 1][1]) / 2 if i > 0 else pad
            after = (segments[i + 1][0] - hi) / 2 if i + 1 < len(segments) else pad
            padded.append((lo - min(pad, before), hi + min(pad, after)))
        self.identity = len(segments) == 1
        self.raw = list(segments)
        self.segments = padded
        if self.identity:
            self.x0 = [padded[0][0]]
            self.k = [1.0]
            return
        # widths share 1000 units: a quarter each at least, the rest by the number of events
        self.gap = 40.0
        room = 1000.0 - self.gap * (len(padded) - 1)
        weights = [0.25 + 0.75 * c / total_n for c in counts]
        widths = [room * w / sum(weights) for w in weights]
        self.x0, self.k, x = [], [], 0.0
        for (lo, hi), w in zip(padded, widths):
            self.x0.append(x)
            self.k.append(w / (hi - lo))
            x += w + self.gap

    def __call__(self, d: float) -> float:
        if self.identity:
            return d
        segs = self.segments
        for i, ((lo, hi), x0, k) in enumerate(zip(segs, self.x0, self.k)):
            if d <= hi:
                return x0 + (max(d, lo) - lo) * k
            if i + 1 < len(segs) and d < segs[i + 1][0]:  # in a break: at the end of what it leaves
                return x0 + (hi - lo) * k
        lo, hi = segs[-1]
        return self.x0[-1] + (d - lo) * self.k[-1]

    @property
    def limits(self) -> tuple[float, float]:
        return self(self.segments[0][0]), self(self.segments[-1][1])

    def contains(self, d: float) -> bool:
        return any(lo <= d <= hi for lo, hi in self.segments)

    def breaks(self) -> list[tuple[float, float, float]]:
        """(x of the break, first day left out, last day left out) for each break."""
        return [(x0 - self.gap / 2, hi_a, lo_b)
                for (_lo_a, hi_a), (lo_b, _hi_b), x0 in zip(self.raw, self.raw[1:], self.x0[1:])]


def _gap_text(days: float) -> str:
    """A stretch of time left out by a break, in Arabic with the counted noun's agreement.

    >>> [_gap_text(d) for d in (30, 61, 196, 340, 730, 1100, 10227)]
    ['شهر', 'شهران', '6 أشهر', 'سنة', 'سنتان', '3 سنوات', '28 سنة']
    """
    if days >= 335:  # eleven months and more read as years
        return counted(max(1, round(days / 365.25)), "year")
    return counted(max(1, round(days / 30.44)), "month")


def _draw_timeline(ax, df, *, digits, rtl_layout, title, ref, families, new_fig):
    from matplotlib.dates import AutoDateLocator, date2num, num2date
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import FixedLocator

    from .chart_data import time_segments

    fig = ax.figure
    day_start = date2num(df["date_start"].dt.to_pydatetime())
    day_end = date2num(df["date_end"].dt.to_pydatetime()) + 1.0  # inclusive end: to the end of the day
    segments = time_segments(day_start, day_end)
    counts = [int(((day_start >= lo) & (day_start <= hi)).sum()) for lo, hi in segments]
    taxis = _TimeAxis(segments, counts)
    starts = np.array([taxis(d) for d in day_start])
    ends = np.array([taxis(d) for d in day_end])
    if taxis.identity:  # a short span still shows a few weeks around its events
        lo, hi = float(day_start.min()), float(day_end.max())
        if hi - lo < 20.0:
            lo, hi = (lo + hi) / 2 - 10.0, (lo + hi) / 2 + 10.0
        span = hi - lo
        pad = span * 0.04
        xmin, xmax = lo - pad, hi + pad
    else:
        xmin, xmax = taxis.limits
        span = xmax - xmin
    if new_fig:
        fig.subplots_adjust(left=0.03, right=0.97, top=0.9, bottom=0.16)
    ax.set_xlim(xmin, xmax)
    if rtl_layout:
        ax.invert_xaxis()

    # label widths in data units: draw each label once, measure, then assign lanes greedily;
    # the x limits then grow to hold the labels, which changes the widths: settle in a few passes
    renderer = fig.canvas.get_renderer()
    texts = []
    for i, row in df.iterrows():
        lab = _event_label(row) + ("  (مرتقب)" if row["_future"] else "")
        texts.append(_text(ax, starts[i], 0, lab, digits=digits, fontsize=9, va="bottom",
                           ha="right" if rtl_layout else "left", zorder=4, clip_on=False,
                           bbox=dict(facecolor="white", edgecolor="none", alpha=0.85, pad=0.6)))
    widths_px = [t.get_window_extent(renderer).width for t in texts]
    offset = span * 0.006
    need = xmax
    for _ in range(3):
        x0, x1 = sorted(ax.get_xlim())
        px_per_unit = abs(ax.transData.transform((x1, 0))[0] - ax.transData.transform((x0, 0))[0]) / (x1 - x0)
        unit_span = x1 - x0
        intervals = [(starts[i], max(ends[i], starts[i] + offset + widths_px[i] / max(px_per_unit, 1e-9)))
                     for i in range(len(df))]
        need = max(b for _a, b in intervals) + unit_span * 0.01
        if need <= x1 + 1e-6:
            break
        ax.set_xlim((need, xmin) if rtl_layout else (xmin, need))
    xmax = max(xmax, need)
    # a span narrower than a dot (a day on an axis of years) is widened about its middle, so
    # that it is seen at all
    x0, x1 = sorted(ax.get_xlim())
    px_per_unit = abs(ax.transData.transform((x1, 0))[0] - ax.transData.transform((x0, 0))[0]) / (x1 - x0)
    min_span = 8.0 / max(px_per_unit, 1e-9)
    gap = unit_span * 0.008
    lanes_end: list[float] = []
    lane_of = []
    for (a, b) in intervals:
        for k, last in enumerate(lanes_end):
            if a > last + gap:
                lanes_end[k] = b
                lane_of.append(k)
                break
        else:
            lanes_end.append(b)
            lane_of.append(len(lanes_end) - 1)
    n_lanes = len(lanes_end)
    lane_of = [n_lanes - 1 - k for k in lane_of]  # the earliest events on top

    used_types: dict[str, bool] = {}
    fuzzy_used = exact_used = point_used = future_used = future_point = False
    for i, row in df.iterrows():
        y = lane_of[i]
        typ = str(row["type"]) if str(row["type"]) in _EVENT_COLOURS else "other"
        colour = _EVENT_COLOURS[typ]
        used_types[typ] = True
        future = bool(row["_future"])
        future_used |= future
        s, e = starts[i], ends[i]
        if e - s < min_span:
            s, e = (s + e - min_span) / 2, (s + e + min_span) / 2
        point = row["date_end"] == row["date_start"] and not _is_fuzzy(row, row["date_start"], row["date_end"])
        if point:
            point_used = True
            future_point |= future
            ax.plot([(s + e) / 2], [y], marker="o", markersize=8, linestyle="none", zorder=3,
                    markerfacecolor="white" if future else colour, markeredgecolor=colour, markeredgewidth=2)
        elif _is_fuzzy(row, row["date_start"], row["date_end"]):
            fuzzy_used = True
            ax.barh(y, e - s, left=s, height=0.34, color=colour, alpha=0.22, edgecolor=colour,
                    linestyle=":", linewidth=1.2, hatch="///" if not future else "...", zorder=2)
        else:
            exact_used = True
            ax.barh(y, e - s, left=s, height=0.34, color="white" if future else colour, edgecolor=colour,
                    linewidth=2, linestyle="--" if future else "-", zorder=2)
        texts[i].set_position((starts[i] + offset, y + 0.3))
        texts[i].set_color("#222222" if not future else "#555555")
        if future:
            texts[i].set_style("italic")

    ax.set_ylim(-0.6, n_lanes + 0.25)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    if ref is not None:
        r = date2num(ref.to_pydatetime())
        if taxis.contains(r) or (taxis.identity and xmin <= r <= xmax):
            xr = taxis(r)
            ax.axvline(xr, color="#555555", linestyle="--", linewidth=1, zorder=1)
            # above the lanes, under the title: never on an event's label
            _text(ax, xr, 1.0, "تاريخ المقال", digits=digits, ha="center", va="bottom", fontsize=8, color="#555555",
                  transform=ax.get_xaxis_transform(), clip_on=False)
    formatter = arabic_date_formatter(digits)
    if taxis.identity:
        # matplotlib's own locator: ticks for any span, and they follow a zoom
        ax.xaxis.set_major_locator(AutoDateLocator(minticks=3))
        ax.xaxis.set_major_formatter(formatter)
    else:
        ticks, labels = [], []
        for (lo, hi), (first, last), k in zip(taxis.segments, segments, taxis.k):
            if last - first <= 8:  # a few days on their own: a tick on each day an event starts
                days = sorted({float(d) for d in day_start if first <= d <= last})[:3]
            else:
                most = max(4, int(round(9 * (hi - lo) * k / (xmax - xmin))))
                loc = AutoDateLocator(minticks=3, maxticks=most)
                with warnings.catch_warnings():
                    # few ticks over centuries: it falls back to a coarser step by itself, and says so
                    warnings.filterwarnings("ignore", "AutoDateLocator was unable", UserWarning)
                    days = [v for v in loc.tick_values(num2date(lo), num2date(hi)) if lo <= v <= hi]
            ticks += [taxis(v) for v in days]
            labels += [rtl.label(s, digits=digits) for s in date_tick_labels(days)]
        ax.xaxis.set_major_locator(FixedLocator(ticks))
        ax.set_xticks(ticks, labels)
        for xb, left_out_from, left_out_to in taxis.breaks():
            days = left_out_to - left_out_from
            # under a month left out, the break only changes the scale: no time to name
            _break_mark(ax, xb, _gap_text(days) if days >= 30 else "", digits=digits)
    for t in ax.get_xticklabels():
        t.set_multialignment("center")
    ax.tick_params(axis="x", labelfontfamily=families, labelsize=9)
    ax.grid(axis="x", color="#eeeeee", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    ax.set_title(rtl.label(title or "التسلسل الزمني للأحداث", digits=digits), fontsize=14, pad=16)

    handles = [Patch(facecolor=_EVENT_COLOURS[t], edgecolor=_EVENT_COLOURS[t], label=rtl.label(EVENT_TYPES_AR[t]))
               for t in _EVENT_COLOURS if t in used_types]
    if point_used:
        handles.append(Line2D([], [], marker="o", color="#444444", linestyle="none", label=rtl.label("حدث في يوم واحد")))
    if exact_used:
        handles.append(Patch(facecolor="#444444", edgecolor="#444444", label=rtl.label("مدة محددة باليوم")))
    if fuzzy_used:
        handles.append(Patch(facecolor="#44444438", edgecolor="#444444", linestyle=":", hatch="///",
                             label=rtl.label("تاريخ تقريبي (جزء من شهر أو سنة)")))
    if future_point:
        handles.append(Line2D([], [], marker="o", markerfacecolor="white", markeredgecolor="#444444",
                              linestyle="none", label=rtl.label("حدث مرتقب")))
    elif future_used:  # planned events that are all spans: the legend shows a hollow span
        handles.append(Patch(facecolor="white", edgecolor="#444444", linestyle="--", label=rtl.label("حدث مرتقب")))
    ncol = min(len(handles), 4)
    if new_fig:  # at the foot of the figure, under the date ticks
        _rtl_legend(ax, handles, ncol=ncol, loc="lower center", bbox_to_anchor=(0.5, 0.01),
                    bbox_transform=fig.transFigure, fontsize=9)
    else:
        _rtl_legend(ax, handles, ncol=ncol, loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize=9)
    if new_fig:
        # the height follows the lanes (label widths, measured before, do not change with it);
        # fixed room in inches for the title above and the ticks and legend rows below
        rows = math.ceil(len(handles) / ncol)
        top_in, bottom_in = 0.85, 1.0 + 0.3 * rows
        h = top_in + bottom_in + 0.62 * (n_lanes + 0.85)
        fig.set_figheight(h)
        fig.subplots_adjust(bottom=bottom_in / h, top=1 - top_in / h)


def _break_mark(ax, x: float, gap_text: str, *, digits: Digits) -> None:
    """A break of the time axis at ``x``: a dotted line over the lanes, two slashes on the axis
    line and the time left out («28 سنة») above it, when there is one to name."""
    trans = ax.get_xaxis_transform()  # x in data, y in axes fraction
    ax.axvline(x, color="#bbbbbb", linestyle=(0, (1, 3)), linewidth=1.2, zorder=1)
    w = abs(np.diff(ax.get_xlim())[0])
    for dx in (-0.006 * w, 0.006 * w):
        ax.plot([x + dx - 0.004 * w, x + dx + 0.004 * w], [-0.025, 0.025], transform=trans, color="#333333",
                linewidth=1.3, clip_on=False, zorder=5)
    if gap_text:
        _text(ax, x, 0.03, f"⋯ {gap_text} ⋯", digits=digits, transform=trans, ha="center", va="bottom",
              fontsize=8, color="#777777", clip_on=False, zorder=5,
              bbox=dict(facecolor="white", edgecolor="none", alpha=0.9, pad=0.5))



# --------------------------------------------------------------------------- export


def export_figure(fig, path_stem, formats: Sequence[str] = ("png", "svg", "pdf"), *, dpi: int = 200,
                  font: str | None = None) -> list[Path]:
    """Write ``fig`` as ``path_stem.png`` (``dpi`` ≥ 200), ``.svg`` and ``.pdf``; return the paths.

    PDF embeds TrueType subsets (``pdf.fonttype=42``): with the default font (Amiri) and a
    matplotlib that shapes Arabic itself (3.11+), the text a reader copies or a PDF library
    (pdfium, poppler) extracts is the logical Arabic, word for word (texts are saved without kerning, see
    :func:`analysis.rtl.without_kerning`). SVG draws text as paths with a fixed hash salt; no date
    goes into any file, so a rerun writes the same bytes.

    Example::

        ax = trade_values_chart(ex.figures, title="التبادل التجاري")
        export_figure(ax.figure, "data/outputs/التبادل_التجاري")
    """
    import matplotlib.pyplot as plt

    if dpi < 200:
        raise ParameterError(f"dpi must be at least 200 for export, not {dpi}")
    stem = Path(path_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    metadata = {
        "png": {"Software": "analysis (matplotlib)"},
        "svg": {"Date": None, "Creator": "analysis (matplotlib)"},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": "analysis (matplotlib)", "Producer": "analysis"},
    }
    out: list[Path] = []
    with plt.rc_context(fonts.rc(font)), rtl.without_kerning(fig):
        for fmt in formats:
            fmt = fmt.lower().lstrip(".")
            if fmt not in metadata:
                raise ParameterError(f"format must be one of png, svg, pdf, not {fmt!r}")
            path = stem.with_name(stem.name + "." + fmt)
            fig.savefig(path, format=fmt, dpi=dpi, metadata=metadata[fmt], bbox_inches="tight", pad_inches=0.15)
            out.append(path)
    return out

