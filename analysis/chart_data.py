"""What the two charts draw, decided without matplotlib: pure functions from tables to rows.

* :func:`trade_values` — the figures of one metric that can stand as bars by period (amounts of
  money, one bar per period and status), and every other figure of that metric with the reason it
  is not drawn;
* :func:`timeline_rows` — the dated events of a table, each drawn once;
* :func:`time_segments` — where a time axis breaks, so that a cluster of events keeps a readable
  scale when a few others lie years away.

:mod:`analysis.plots` draws what these return; the notebooks show the same rows as tables, so a
reader sees exactly what a chart left out and why.

>>> import pandas as pd
>>> figs = pd.DataFrame([
...     dict(text="28 مليار دولار", kind="money", value=28e9, qualifier="exact", unit="USD",
...          metric_key="trade_volume", period_start="2023-01-01", period_end="2023-12-31", status="actual"),
...     dict(text="12%", kind="percent", value=12.0, qualifier="exact", unit="%",
...          metric_key="trade_volume", period_start="2023-01-01", period_end="2023-12-31", status="actual")])
>>> tv = trade_values(figs)
>>> tv.bars[["value", "unit", "mentions"]].values.tolist()
[[28000000000.0, 'USD', 1]]
>>> tv.left_out[["text", "reason"]].values.tolist()
[['12%', 'percent']]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import lang

__all__ = ["TradeValues", "trade_values", "REASONS_AR", "REASONS_PLURAL_AR", "DEFAULT_KIND", "STATUS_ORDER",
           "BAR_COLUMNS", "LEFT_COLUMNS", "main_unit", "timeline_rows", "time_segments",
           "consistent", "counted"]

#: Why a figure of the chosen metric is not a bar, in Arabic (for the chart's note and the
#: notebook's table), in the order a reader would look for them.
REASONS_AR: dict[str, str] = {
    "percent": "نسبة مئوية",
    "money": "مبلغ مالي",
    "count": "عدد أو كمية",
    "vague": "مبلغ غير محدد",
    "no_value": "بلا قيمة",
    "no_period": "بلا فترة",
    "open_period": "فترة مفتوحة",
    "multi_year": "مجموع عدة سنوات",
    "other_unit": "بعملة أو وحدة أخرى",
}
#: The same, as plural heads for the message of an empty chart: «نسب مئوية (3)».
REASONS_PLURAL_AR = {
    "percent": "نسب مئوية", "money": "مبالغ مالية", "count": "أعداد وكميات", "vague": "أرقام غير محددة",
    "no_value": "أرقام بلا قيمة", "no_period": "أرقام بلا فترة", "open_period": "أرقام عن فترة مفتوحة",
    "multi_year": "مجاميع عدة سنوات", "other_unit": "أرقام بعملة أو وحدة أخرى",
}
#: What a chart of a metric draws by default: amounts of money, except for rates and head counts.
DEFAULT_KIND = {"growth": "percent", "inflation": "percent", "population": "count"}
_KIND_AR = {"money": "مبالغ بالعملة", "percent": "نسب مئوية", "count": "أعداد"}

#: Bars of one period are ordered as a reader compares them: what happened, then what is expected.
STATUS_ORDER = {"actual": 0, "partial": 1, "unknown": 2, "forecast": 3, "target": 4}

_CURRENCY = re.compile(r"[A-Z]{3}")
# A bar's period is at most a year: a longer one is a total over several years (379 bn for
# 2007–2016) and would stand beside yearly values as if it were one of them.
_MAX_BAR_DAYS = 366
# Two amounts for one period agree when they differ by rounding: 28 and 27.9 bn (0.4%), 31.14
# and 31.1 (0.1%); 28 and 24 do not. An approximate amount (نحو 30) is looser.
_ROUNDING = 0.025
_APPROX = 0.10


@dataclass(frozen=True)
class TradeValues:
    """The figures of one metric as a chart of bars by period sees them.

    ``bars``: one row per bar (period, status and, when two amounts disagree, value), in the
    order drawn, with the figure's columns and ``mentions`` (how many figures of the article say
    it), ``texts`` (their texts), ``figure_ids``, ``equivalents`` (the same amount in another
    currency, as written) and ``conflict`` (another amount is given for the same period and
    status). ``left_out``: every other figure of the metric with a ``reason`` (a key of
    :data:`REASONS_AR`) and ``reason_ar``. ``unit``: the currency the bars are in.
    """

    metric_key: str
    kind: str
    unit: str | None
    bars: pd.DataFrame
    left_out: pd.DataFrame

    @property
    def empty(self) -> bool:
        return len(self.bars) == 0

    def why_empty(self, metric_ar: str) -> str:
        """Why there is no bar, in Arabic: «لا مبالغ بالعملة عن سنة أو جزء منها لـ«حجم التبادل التجاري» …: نسب مئوية (3).»

        >>> trade_values(None).why_empty("حجم التبادل التجاري")
        'لا يذكر المقال أرقاما لـ«حجم التبادل التجاري».'
        """
        if len(self.left_out) == 0:
            return f"لا يذكر المقال أرقاما لـ«{metric_ar}»."
        return (f"لا {_KIND_AR[self.kind]} عن سنة أو جزء منها لـ«{metric_ar}» في هذا المقال؛ وجد فيه: "
                + reasons_found(self.left_out) + ".")

    def note(self, limit: int = 4) -> str:
        """The figures left out, as a chart's footnote: «خارج الرسم: 12% (نسبة مئوية)، …»; empty when none."""
        if len(self.left_out) == 0:
            return ""
        items = [f"{t} ({r})" for t, r in zip(self.left_out["text"], self.left_out["reason_ar"])]
        more = len(items) - limit
        shown = "، ".join(items[:limit]) + (f"، و{more} غيرها" if more > 0 else "")
        return "خارج الرسم: " + shown


def reasons_found(left_out: pd.DataFrame) -> str:
    """What the figures left out of a chart are, with how many of each, in the order of
    :data:`REASONS_AR`: «نسب مئوية (3)، مبالغ بلا رقم (1)» (a reason it does not know: as written).

    >>> reasons_found(pd.DataFrame({"reason": ["percent", "vague", "percent"]})) == "%s (2)، %s (1)" % (
    ...     REASONS_PLURAL_AR["percent"], REASONS_PLURAL_AR["vague"])
    True
    """
    counts = left_out["reason"].value_counts()
    order = [r for r in REASONS_AR if r in counts] + [r for r in counts.index if r not in REASONS_AR]
    return "، ".join(f"{REASONS_PLURAL_AR.get(r, r)} ({counts[r]})" for r in order)

def _dates(df: pd.DataFrame, cols: tuple[str, ...]) -> pd.DataFrame:
    # a table read back from CSV or JSON holds strings
    for col in cols:
        df[col] = pd.to_datetime(df[col], errors="coerce") if col in df else pd.NaT
    return df


def _reason(row, kind: str) -> str | None:
    """Why ``row`` is no bar of a chart of ``kind`` amounts (``None``: it is one)."""
    own, unit = str(row["kind"]), row["unit"]
    own = "count" if own == "quantity" else own
    if own != kind:
        return own if own in ("percent", "money") else "count"
    if pd.isna(row["value"]):
        if pd.isna(row["value_high"]) and pd.isna(row["value_low"]):
            return "no_value"
        if str(row["qualifier"]) != "range":  # «المليارات», «عشرات الملايين»: no number written
            return "vague"
    if kind == "money" and (not isinstance(unit, str) or not _CURRENCY.fullmatch(unit)):
        return "other_unit"
    if kind == "percent" and unit != "%":  # points (pp, bp) are no percentage of a whole
        return "other_unit"
    start, end = row["period_start"], row["period_end"]
    if pd.isna(start) and pd.isna(end):
        return "no_period"
    if pd.isna(start) or pd.isna(end):
        return "open_period"
    if (end - start).days > _MAX_BAR_DAYS:
        return "multi_year"
    return None


def _bounds(row) -> tuple[float, float]:
    """The interval of values a figure allows (a range, ``أكثر من 20``, ``نحو 30``)."""
    v, q = row["value"], str(row["qualifier"])
    if pd.isna(v):
        return float(row["value_low"]) if pd.notna(row["value_low"]) else 0.0, float(row["value_high"])
    v = float(v)
    if q in ("more_than", "at_least"):
        return v, np.inf
    if q in ("less_than", "at_most"):
        return 0.0, v
    tol = _APPROX if q == "approx" else _ROUNDING
    return v * (1 - tol), v * (1 + tol)


def consistent(a, b) -> bool:
    """Whether two figures (rows or mappings with ``value``, ``value_low``, ``value_high``,
    ``qualifier``) can state the same amount: they differ by rounding, or one's bounds hold the other.

    >>> f = lambda v, q="exact": {"value": v, "value_low": None, "value_high": None, "qualifier": q}
    >>> consistent(f(28e9), f(27.9e9)), consistent(f(28e9), f(24e9)), consistent(f(20e9, "more_than"), f(21e9))
    (True, False, True)
    """
    lo_a, hi_a = _bounds(pd.Series(a))
    lo_b, hi_b = _bounds(pd.Series(b))
    return lo_a <= hi_b and lo_b <= hi_a


def main_unit(drawable: pd.DataFrame) -> str | None:
    """The unit (a currency, %, a counted noun) most drawable figures share (ties: the first met)."""
    if len(drawable) == 0:
        return None
    units = drawable["unit"].astype("object")
    counts = units.value_counts()
    order = list(dict.fromkeys(units))
    return max(order, key=lambda u: (counts[u], -order.index(u)))


BAR_COLUMNS = ["period_start", "period_end", "status", "value", "value_low", "value_high", "qualifier", "unit",
                "is_record", "text", "mentions", "texts", "figure_ids", "equivalents", "conflict"]
LEFT_COLUMNS = ["figure_id", "text", "kind", "value", "value_low", "value_high", "unit", "period_start", "period_end",
                 "status", "reason", "reason_ar"]


def trade_values(figures: pd.DataFrame | None, metric_key: str = "trade_volume",
                 kind: str | None = None) -> TradeValues:
    """The bars a chart of ``metric_key`` by period draws, and the figures it leaves out (with why).

    A bar is an amount of ``kind`` (default :data:`DEFAULT_KIND` of the metric, else ``"money"``:
    an ISO currency unit; ``"percent"``; ``"count"``) with a period of at most a year. Left out:
    figures of another kind (a percentage or a count is never a bar of money), vague amounts with
    no number (المليارات، عشرات الملايين), figures with no period or an open one (منذ 2011), totals
    over several years (2007–2016), and amounts in a unit other than the one most bars share,
    unless they restate a bar's amount (glossed right after it, or the only bar of the same period
    and status: one bar, the other currency kept in ``equivalents``). Figures of one period and
    status that agree up to rounding are one bar (``mentions`` counts them); those that do not are
    each a bar, marked ``conflict``.
    """
    kind = kind or DEFAULT_KIND.get(metric_key, "money")
    if kind not in _KIND_AR:
        from .errors import ParameterError

        raise ParameterError(f'kind must be "money", "percent" or "count", not {kind!r}')
    id_col = "figure_id"
    if figures is None or len(figures) == 0 or "metric_key" not in figures:
        return TradeValues(metric_key, kind, None, pd.DataFrame(columns=BAR_COLUMNS),
                           pd.DataFrame(columns=LEFT_COLUMNS))
    df = figures[figures["metric_key"].astype("object") == metric_key].copy()
    df = _dates(df, ("period_start", "period_end"))
    if id_col not in df:
        df[id_col] = range(1, len(df) + 1)
    for col, default in (("value_low", np.nan), ("value_high", np.nan), ("qualifier", "exact"),
                         ("is_record", False), ("text", ""), ("kind", "money"), ("unit", None)):
        if col not in df:
            df[col] = default
    df["status"] = df["status"].astype("object").where(df["status"].notna(), "unknown") if "status" in df else "unknown"
    df["reason"] = [_reason(r, kind) for _, r in df.iterrows()] if len(df) else []
    drawable = df[df["reason"].isna()]
    unit = main_unit(drawable)

    main = drawable[drawable["unit"] == unit]
    bars: list[dict] = []
    groups: dict[tuple, list[int]] = {}
    for _, row in main.iterrows():
        key = (row["period_start"], row["period_end"], row["status"])
        for i in groups.setdefault(key, []):
            if consistent(bars[i], row):
                bars[i]["mentions"] += 1
                bars[i]["texts"].append(row["text"])
                bars[i]["figure_ids"].append(row[id_col])
                bars[i]["is_record"] = bool(bars[i]["is_record"] or row["is_record"])
                break
        else:
            groups[key].append(len(bars))
            bars.append({**{c: row[c] for c in BAR_COLUMNS[:10]}, "is_record": bool(row["is_record"]),
                         "mentions": 1, "texts": [row["text"]], "figure_ids": [row[id_col]],
                         "equivalents": [], "conflict": False})
    for members in groups.values():
        if len(members) > 1:
            for i in members:
                bars[i]["conflict"] = True

    # An amount in another currency restates a bar's when it is glossed right after it
    # («31.1 مليار ريال (8.3 مليار دولار)») or when the bar is the only one of its period and status.
    bar_of = {fid: i for i, b in enumerate(bars) for fid in b["figure_ids"]}
    ends = dict(zip(main[id_col], main["end"])) if "end" in main else {}
    other = drawable[drawable["unit"] != unit]
    restated = []
    for idx, row in other.iterrows():
        members = groups.get((row["period_start"], row["period_end"], row["status"]), [])
        glossed = [bar_of[f] for f, e in ends.items()
                   if "start" in row and pd.notna(e) and 0 <= row["start"] - e <= 3 and bar_of[f] in members]
        target = glossed[0] if glossed else (members[0] if len(members) == 1 else None)
        if target is not None:
            bars[target]["equivalents"].append(row["text"])
            restated.append(idx)
    df.loc[df.index.isin(other.index) & ~df.index.isin(restated), "reason"] = "other_unit"

    bars_df = pd.DataFrame(bars, columns=BAR_COLUMNS)
    if len(bars_df):
        bars_df = (bars_df.assign(_o=bars_df["status"].map(STATUS_ORDER).fillna(2))
                   .sort_values(["period_start", "period_end", "_o"], kind="stable")
                   .drop(columns="_o").reset_index(drop=True))
        bars_df["mentions"] = bars_df["mentions"].astype(int)
        bars_df["conflict"] = bars_df["conflict"].astype(bool)
    left = df[df["reason"].notna()].copy()
    left["reason_ar"] = left["reason"].map(REASONS_AR)
    left = left.reindex(columns=LEFT_COLUMNS).reset_index(drop=True)
    return TradeValues(metric_key, kind, unit, bars_df, left)


# --------------------------------------------------------------------------- timeline


def _norm_label(s) -> str:
    return " ".join(str(s).split()) if isinstance(s, str) else ""


def timeline_rows(events: pd.DataFrame | None) -> pd.DataFrame:
    """The dated events of ``events``, each once, sorted by date; dates as Timestamps, an open
    or reversed end set to the start.

    The same event found twice (same type, overlapping dates, same label) is one row: an article
    that tells a visit in its lead and again in its body has had one visit.

    >>> ev = pd.DataFrame([
    ...     dict(type="visit", date_start="2024-11-27", date_end="2024-11-28", label="زيارة الرئيس إلى أستانا"),
    ...     dict(type="visit", date_start="2024-11-27", date_end="2024-11-27", label="زيارة الرئيس إلى أستانا"),
    ...     dict(type="summit", date_start=None, date_end=None, label="قمة بلا تاريخ")])
    >>> timeline_rows(ev)[["type", "label"]].values.tolist()
    [['visit', 'زيارة الرئيس إلى أستانا']]
    """
    if events is None or len(events) == 0 or "date_start" not in events:
        return pd.DataFrame(columns=list(getattr(events, "columns", [])))
    df = _dates(events.copy(), ("date_start", "date_end"))
    df = df[df["date_start"].notna()].copy()
    df["date_end"] = df["date_end"].fillna(df["date_start"])
    bad = df["date_end"] < df["date_start"]
    df.loc[bad, "date_end"] = df.loc[bad, "date_start"]
    df = df.sort_values(["date_start", "date_end"], kind="stable")
    keep: list = []
    seen: dict[tuple[str, str], list[tuple[pd.Timestamp, pd.Timestamp]]] = {}
    for idx, row in df.iterrows():
        key = (str(row.get("type")), _norm_label(row.get("label")))
        spans = seen.setdefault(key, [])
        if key[1] and any(s <= row["date_end"] and row["date_start"] <= e for s, e in spans):
            continue
        spans.append((row["date_start"], row["date_end"]))
        keep.append(idx)
    return df.loc[keep].reset_index(drop=True)


def time_segments(starts, ends, *, max_breaks: int = 3, min_gap_days: float = 180.0,
                  share: float = 0.3, resolution: float = 0.01,
                  long_days: float = 60.0) -> list[tuple[float, float]]:
    """Where a time axis over intervals ``[starts[i], ends[i]]`` (days, any origin) should break.

    Returns the segments, in order, as ``(first day, last day)``: each runs from the first day of
    its first event to the last day of its events, cut short before the next segment starts (a
    whole year recalled beside a week of events may run into the next segment's time).

    Events separated by more than ``min_gap_days`` form groups; an event longer than
    ``long_days`` (a whole month or year, given loosely) counts by its first day there, so that a
    year recalled in the background does not bind a cluster to the years before it. A stretch of
    the axis is too coarse when two of its events start closer together than ``resolution`` of
    its length (1% of the axis: a few pixels). A too coarse stretch breaks around its densest
    group (events a day) when that group stands apart (more than twice as dense as any other):
    a visit of 1990 beside this week's summit, a July of meetings beside a plan for 2024, a week
    of events after years of history. Else, with no more gaps between groups than breaks left
    (``max_breaks`` in all), it breaks at its longest stretch that no event covers, if that
    takes more than ``share`` of it (two clusters years apart). Each segment is looked at again,
    and gets its own scale.
    Events spread evenly (one a year for ten years, two visits decades apart, pairs of events
    every ten years) leave the axis whole.

    >>> time_segments([0, 10, 20, 10000], [1, 11, 21, 10001])
    [(0.0, 21.0), (10000.0, 10001.0)]
    >>> time_segments([0, 365, 730, 1095], [0, 365, 730, 1095])
    [(0.0, 1095.0)]
    """
    iv = sorted((float(s), float(max(s, e))) for s, e in zip(starts, ends))
    if not iv:
        return []
    # runs: the events merged where they overlap, a long one by its first day alone
    runs = []
    for s, e in iv:
        e_run = e if e - s <= long_days else s
        if runs and s <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], e_run)
        else:
            runs.append([s, e_run])
    first_days = sorted({s for s, _e in iv})

    def closest(lo: float, hi: float) -> float:
        days = [d for d in first_days if lo <= d <= hi]
        return max(min((b - a for a, b in zip(days, days[1:])), default=np.inf), 1.0)

    def last_day(a: int, b: int) -> float:  # of the events that start in runs a..b
        return max(e for s, e in iv if runs[a][0] <= s <= runs[b][1])

    # covered[k]: the last day any event that starts by the end of runs[k] reaches
    covered, reach, j = [], -np.inf, 0
    for run in runs:
        while j < len(iv) and iv[j][0] <= run[1]:
            reach = max(reach, iv[j][1])
            j += 1
        covered.append(reach)

    cuts: set[int] = set()  # a cut k breaks between runs[k] and runs[k + 1]
    while len(cuts) < max_breaks:
        edges = [-1, *sorted(cuts), len(runs) - 1]
        added = False
        for a, b in zip(edges[:-1], edges[1:]):
            a += 1
            lo, hi = runs[a][0], last_day(a, b)
            if b <= a or closest(lo, hi) >= resolution * (hi - lo):
                continue
            gaps = [k for k in range(a, b) if runs[k + 1][0] - runs[k][1] > min_gap_days]
            if not gaps:
                continue
            left = max_breaks - len(cuts)
            groups = list(zip([a, *(k + 1 for k in gaps)], [*gaps, b]))
            # events a day in each group (a lone event needs no room of its own: 0)
            density = [(sum(runs[ga][0] <= st <= runs[gb][1] for st, _e in iv) - 1)
                       / max(runs[gb][1] - runs[ga][0], 1.0) for ga, gb in groups]
            i = int(np.argmax(density))
            if density[i] > 0 and all(d * 2 < density[i] for j, d in enumerate(density) if j != i):
                ga, gb = groups[i]  # a cluster that stands apart gets a scale of its own
                new = [k for k in (ga - 1, gb) if a <= k < b][:left]
            elif len(gaps) <= left:
                # else the longest stretch that no event covers, while it is a good part of the
                # stretch; one break at a time
                empty = [(runs[k + 1][0] - covered[k], k) for k in gaps]
                gap, k = max(empty)
                if gap <= max(min_gap_days, share * (hi - lo)):
                    continue
                new = [k]
            else:
                continue  # a regular pattern: no group stands apart
            cuts.update(new)
            added = True
            break
        if not added:
            break
    bounds, first = [], 0
    for k in sorted(cuts) + [len(runs) - 1]:
        end = last_day(first, k)
        if k + 1 < len(runs):  # a long event runs up to the next segment, not into it
            end = min(end, max(runs[k][1], runs[k + 1][0] - 1.0))
        bounds.append((runs[first][0], end))
        first = k + 1
    return bounds


@functools.lru_cache(maxsize=1)
def _counted_forms() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1:6]) for row in lang.rows("counted_nouns.tsv")}


def counted(n: int, noun: str) -> str:
    """``n`` of ``noun`` (``article``, ``source``, ``year``, ``month``: ``lang/ar/counted_nouns.tsv``)
    as Arabic counts: 1 and 2 in words, 3 to 10 with the plural, 11 to 99 with the singular.

    >>> [counted(n, "article") for n in (1, 2, 7, 10, 11, 99, 100, 103, 1250)]
    ['مقال واحد', 'مقالان', '7 مقالات', '10 مقالات', '11 مقالاً', '99 مقالاً', '100 مقال', '103 مقالات', '1,250 مقالاً']
    """
    one, two, few, many, hundred = _counted_forms()[noun]
    if n == 1:
        return one
    if n == 2:
        return two
    tail = n % 100
    form = few if 3 <= tail <= 10 or n == 0 else many if tail >= 11 else hundred
    return f"{n:,} {form}"
