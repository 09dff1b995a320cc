"""A relationship across many articles: its figures as one series, its events as one timeline.

Pure functions over a corpus's combined tables (DataFrames with an ``article`` column, as
``analysis.extract_corpus`` writes them; ``outlet`` and ``reference_date`` are used when there):

* :func:`figure_series` — the figures of trade, exports, imports, investment and aid between two
  countries (their ``parties``), merged across articles: one row per country pair, direction,
  metric, period, status and amount, with the articles that state it. Amounts of one period that
  agree up to rounding (28 and 27.9 bn) are one row; amounts that do not (28 and 24 bn) are each a
  row, marked ``conflict``, with their own sources. A year-to-date figure is linked to the later
  figure of the same year that covers more of it (``superseded_by``), never added to it.
* :func:`merge_events` — the events of all articles as one timeline: the same event (same type,
  dates that overlap, give or take a day, and the same people, the same countries, or the same
  label) told by several articles is one row with all its sources.
* :func:`relationship_timeline`, :func:`pairs` — the merged events of two countries, and which
  pairs of countries a corpus speaks of most.

>>> import pandas as pd
>>> figs = pd.DataFrame([
...     dict(article="a", figure_id=1, text="28 مليار دولار", kind="money", value=28e9, unit="USD",
...          qualifier="exact", metric_key="trade_volume", period_start="2023-01-01",
...          period_end="2023-12-31", status="actual", parties=["EG", "MA"]),
...     dict(article="b", figure_id=4, text="27.9 مليار دولار", kind="money", value=27.9e9, unit="USD",
...          qualifier="exact", metric_key="trade_volume", period_start="2023-01-01",
...          period_end="2023-12-31", status="actual", parties=["MA", "EG"])])
>>> s = figure_series(figs).rows
>>> s[["pair", "values", "sources", "articles", "conflict"]].values.tolist()
[['EG-MA', [28000000000.0, 27900000000.0], 2, ['a', 'b'], False]]
"""
from __future__ import annotations

import ast
import json
import math
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd

from . import lang
from .chart_data import STATUS_ORDER, TradeValues, consistent, counted, trade_values
from .errors import ParameterError
from .relations import DIRECTED_METRICS, RELATION_METRICS, country_code
from .text import fold_plain

__all__ = ["RelationSeries", "figure_series", "series_values", "series_chart", "merge_events", "relationship_timeline",
           "pairs", "choose_pair", "pair_title", "show", "HEADERS", "resolve_country", "country_name", "SERIES_COLUMNS", "TIMELINE_COLUMNS",
           "PAIR_COLUMNS"]

#: The columns of :func:`figure_series`'s rows, in order.
SERIES_COLUMNS = ["series_id", "pair", "country_a", "country_b", "from_code", "to_code", "metric_key",
                  "period_start", "period_end", "status", "value", "value_low", "value_high", "qualifier", "unit",
                  "values", "sources", "articles", "outlets", "texts", "figure_ids", "mentions", "conflict",
                  "superseded_by", "first_reported", "last_reported"]
#: The columns of :func:`merge_events`'s rows, in order.
TIMELINE_COLUMNS = ["timeline_id", "type", "cameo", "date_start", "date_end", "dates_agree", "label", "labels",
                    "actors", "places", "orgs", "countries", "sources", "articles", "outlets", "event_ids",
                    "is_future", "first_reported", "last_reported"]
#: The columns of :func:`pairs`.
PAIR_COLUMNS = ["country_a", "country_b", "name_a", "name_b", "events", "reported_by_several", "figures", "articles"]

_LEFT_COLUMNS = ["article", "outlet", "pair", "from_code", "to_code", "metric_key", "figure_id", "text", "kind", "value",
                 "unit", "period_start", "period_end", "status", "reason", "reason_ar"]


# --------------------------------------------------------------------------- countries


def resolve_country(name: Any) -> str:
    """The ISO 3166-1 alpha-2 code of a country given by its code or its Arabic name (or a
    nationality adjective); a :class:`ParameterError` otherwise.

    >>> resolve_country("sa"), resolve_country("فرنسا"), resolve_country("الروسية")
    ('SA', 'FR', 'RU')
    """
    code = country_code(str(name)) if isinstance(name, str) else None
    if not code:
        raise ParameterError(f"{name!r} is no country: give an ISO 3166 code (SA, FR) or an Arabic name (السعودية)")
    return code


def _names() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, name, *_ in lang.rows("countries.tsv"):
        out.setdefault(code, name)
    return out


_NAMES: dict[str, str] = {}


def country_name(code: str | None) -> str:
    """The Arabic name of a country by its code (CLDR's), or the code itself when unknown.

    >>> country_name("MA"), country_name("EG")
    ('المغرب', 'مصر')
    """
    if not _NAMES:
        _NAMES.update(_names())
    return _NAMES.get(code or "", code or "")


# --------------------------------------------------------------------------- reading tables back


def _as_list(v: Any) -> list:
    """A list column's cell as a list, whether it came as a list, an array (Parquet), a JSON
    string (CSV) or a missing value."""
    if isinstance(v, list):
        return v
    if isinstance(v, (tuple, np.ndarray)):
        return list(v)
    if isinstance(v, str):
        v = v.strip()
        if v.startswith("["):
            try:
                out = json.loads(v)
            except ValueError:  # a list as Python writes it (['a', 'b']: a notebook's saved CSV)
                try:
                    out = ast.literal_eval(v)
                except (ValueError, SyntaxError):
                    return []
            return list(out) if isinstance(out, (list, tuple)) else []
        return [v] if v else []
    return []


def _opt(v: Any) -> Any:
    """None for a missing value (NaN, NaT, pd.NA, None)."""
    if v is None:
        return None
    try:
        return None if pd.isna(v) else v
    except (TypeError, ValueError):
        return v


def _dates(df: pd.DataFrame, cols: tuple[str, ...]) -> pd.DataFrame:
    for col in cols:
        df[col] = pd.to_datetime(df[col], errors="coerce") if col in df else pd.NaT
    return df


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class RelationSeries:
    """Figures between countries merged across articles.

    ``rows``: one row per amount (columns :data:`SERIES_COLUMNS`); ``left_out``: the figures with
    two parties that no row holds, with the reason (``chart_data.REASONS_AR``: a percentage, a
    total over several years, no period …).
    """

    rows: pd.DataFrame
    left_out: pd.DataFrame

    @property
    def empty(self) -> bool:
        return len(self.rows) == 0


def _pair_of(parties: list, a: str | None, b: str | None) -> tuple[str, str] | None:
    codes = [c for c in dict.fromkeys(str(p) for p in parties) if c]
    if len(codes) < 2:
        return None
    pair = tuple(sorted(codes[:2]))
    if a is not None and b is not None and set(pair) != {a, b}:
        return None
    if a is not None and b is None and a not in pair:
        return None
    return pair  # type: ignore[return-value]


def figure_series(figures: pd.DataFrame | None, country_a: Any = None, country_b: Any = None,
                  metric_key: str | None = None) -> RelationSeries:
    """The figures between two countries (``parties``), merged across articles into series.

    ``country_a``/``country_b`` (codes or Arabic names) keep one pair (or, one of them alone,
    every pair it is in); ``metric_key`` one metric. Each article's figures of one pair,
    direction and metric are first read as its values chart reads them
    (:func:`analysis.chart_data.trade_values`: amounts of money by period of at most a year, one
    per period, status and amount); across articles, amounts of one period, status and currency
    that agree up to rounding (:func:`analysis.chart_data.consistent`) are one row, whose
    ``value`` is the one most articles give (the most precise one on a tie), with every value
    in ``values``; two rows of one period and status that disagree are both ``conflict``. A
    partial (year-to-date) row has ``superseded_by``: the ``series_id`` of the full year's
    actual figure of the same year, else of the partial row that covers the most of it.
    """
    a = resolve_country(country_a) if country_a is not None else None
    b = resolve_country(country_b) if country_b is not None else None
    if a is None and b is not None:
        a, b = b, None
    empty = RelationSeries(pd.DataFrame(columns=SERIES_COLUMNS), pd.DataFrame(columns=_LEFT_COLUMNS))
    if figures is None or len(figures) == 0 or "parties" not in figures:
        return empty
    keep = figures["metric_key"].astype("object").isin(RELATION_METRICS if metric_key is None else {metric_key})
    df = figures[keep].copy()
    if len(df) == 0:
        return empty
    df["_pair"] = [_pair_of(_as_list(p), a, b) for p in df["parties"]]
    df = df[df["_pair"].notna()].copy()
    if len(df) == 0:
        return empty
    for col in ("article", "outlet", "reference_date", "from_code", "to_code"):
        if col not in df:
            df[col] = None
    df = _dates(df, ("period_start", "period_end", "reference_date"))
    directed = df["metric_key"].astype("object").isin(DIRECTED_METRICS)
    flows = [_flow(pair, _opt(f), _opt(t)) if d else ("", "")
             for pair, f, t, d in zip(df["_pair"], df["from_code"], df["to_code"], directed)]
    df["_from"] = [f for f, _t in flows]
    df["_to"] = [t for _f, t in flows]
    df["_article"] = df["article"].astype("object").where(df["article"].notna(), "")
    df["_pair_key"] = ["-".join(p) for p in df["_pair"]]
    df["_metric"] = df["metric_key"].astype("object")
    if "figure_id" not in df:
        df["figure_id"] = range(1, len(df) + 1)

    bars, left = [], []
    helper = ["_pair", "_from", "_to", "_article", "_pair_key", "_metric"]
    for (article, pair_key, src, dst, mk), g in df.groupby(["_article", "_pair_key", "_from", "_to", "_metric"],
                                                             sort=False):
        meta = {"article": g["article"].iloc[0], "outlet": _opt(g["outlet"].iloc[0]),
                "reference_date": g["reference_date"].iloc[0], "pair": g["_pair"].iloc[0],
                "from_code": src or None, "to_code": dst or None, "metric_key": mk}
        tv = trade_values(g.drop(columns=helper), mk)
        for bar in tv.bars.to_dict("records"):
            bars.append({**meta, **bar})
        for row in tv.left_out.to_dict("records"):
            left.append({**meta, **row})
    left_df = pd.DataFrame(left).reindex(columns=_LEFT_COLUMNS) if left else pd.DataFrame(columns=_LEFT_COLUMNS)
    if left:
        left_df["pair"] = ["-".join(p) for p in left_df["pair"]]
    if not bars:
        return RelationSeries(pd.DataFrame(columns=SERIES_COLUMNS), left_df)
    return RelationSeries(_merge_bars(bars), left_df)


def _flow(pair: tuple[str, str], src: str | None, dst: str | None) -> tuple[str, str]:
    """The direction of a figure between the two countries of ``pair``: one end known gives the
    other (exports from SA in a figure between SA and FR go to FR); ("", "") when neither is."""
    if src in pair and dst not in pair:
        dst = pair[1] if pair[0] == src else pair[0]
    elif dst in pair and src not in pair:
        src = pair[1] if pair[0] == dst else pair[0]
    if src not in pair or dst not in pair or src == dst:
        return "", ""
    return src, dst  # type: ignore[return-value]


def _precision(v: float) -> int:
    """How many significant digits a value is written with (27.93 bn: 4; 28 bn: 2)."""
    if not v or not math.isfinite(v):
        return 0
    digits = f"{abs(v):.12g}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def _merge_bars(bars: list[dict]) -> pd.DataFrame:
    groups: dict[tuple, list[list[dict]]] = {}
    for bar in sorted(bars, key=lambda x: (x["reference_date"] if pd.notna(x["reference_date"]) else pd.Timestamp.max,
                                           str(x["article"]))):
        key = (bar["pair"], bar["from_code"], bar["to_code"], bar["metric_key"], bar["period_start"],
               bar["period_end"], bar["status"], bar["unit"])
        clusters = groups.setdefault(key, [])
        for cl in clusters:
            if all(consistent(m, bar) for m in cl):
                cl.append(bar)
                break
        else:
            clusters.append([bar])
    rows = []
    for key, clusters in groups.items():
        pair, src, dst, mk, ps, pe, status, unit = key
        for cl in clusters:
            values = [m["value"] if pd.notna(m["value"]) else m["value_high"] for m in cl]
            counts = Counter(values)
            best = max(cl, key=lambda m: (counts[m["value"] if pd.notna(m["value"]) else m["value_high"]],
                                          _precision(m["value"]) if pd.notna(m["value"]) else 0))
            articles = list(dict.fromkeys(m["article"] for m in cl))
            refs = [m["reference_date"] for m in cl if pd.notna(m["reference_date"])]
            rows.append({
                "pair": "-".join(pair), "country_a": pair[0], "country_b": pair[1], "from_code": src, "to_code": dst,
                "metric_key": mk, "period_start": ps, "period_end": pe, "status": status,
                "value": best["value"], "value_low": best["value_low"], "value_high": best["value_high"],
                "qualifier": best["qualifier"], "unit": unit, "values": values,
                "sources": len(articles), "articles": articles,
                "outlets": list(dict.fromkeys(m["outlet"] for m in cl if m["outlet"])),
                "texts": [t for m in cl for t in m["texts"]],
                "figure_ids": [[m["article"], int(f)] for m in cl for f in m["figure_ids"]],
                "mentions": int(sum(m["mentions"] for m in cl)),
                "conflict": len(clusters) > 1, "superseded_by": None,
                "first_reported": min(refs) if refs else pd.NaT, "last_reported": max(refs) if refs else pd.NaT,
                "is_record": any(bool(m.get("is_record")) for m in cl),
            })
    out = pd.DataFrame(rows)
    out["_o"] = out["status"].map(STATUS_ORDER).fillna(2)
    out = out.sort_values(["pair", "metric_key", "from_code", "to_code", "period_start", "period_end", "_o", "value"],
                          kind="stable", na_position="first").drop(columns="_o").reset_index(drop=True)
    out["series_id"] = range(1, len(out) + 1)
    _link_partial(out)
    extra = [c for c in out.columns if c not in SERIES_COLUMNS]
    return out[SERIES_COLUMNS + extra]


def _link_partial(out: pd.DataFrame) -> None:
    """Set ``superseded_by`` of each partial row: the same year's full actual figure (most
    sources first), else the partial row of the same start that runs the longest past it."""
    link: list[Any] = [None] * len(out)
    keys = list(zip(out["pair"], out["from_code"], out["to_code"], out["metric_key"], out["unit"]))
    for i, row in out.iterrows():
        if row["status"] != "partial" or pd.isna(row["period_start"]) or pd.isna(row["period_end"]):
            continue
        year = row["period_start"].year
        best = None
        for j, other in out.iterrows():
            if j == i or keys[j] != keys[i] or pd.isna(other["period_start"]) or pd.isna(other["period_end"]):
                continue
            s, e = other["period_start"], other["period_end"]
            if other["status"] == "actual" and s == pd.Timestamp(year, 1, 1) and e == pd.Timestamp(year, 12, 31):
                rank = (2, other["sources"], e)
            elif other["status"] == "partial" and s == row["period_start"] and e > row["period_end"] \
                    and e.year == year:
                rank = (1, e, other["sources"])
            else:
                continue
            if best is None or rank > best[0]:
                best = (rank, other["series_id"])
        if best is not None:
            link[i] = int(best[1])
    out["superseded_by"] = pd.array(link, dtype="Int64")


def series_values(rows: pd.DataFrame, metric_key: str = "trade_volume", from_code: str | None = None,
                  to_code: str | None = None, left_out: pd.DataFrame | None = None) -> TradeValues:
    """The rows of one metric (and direction) as a values chart draws them
    (:class:`analysis.chart_data.TradeValues`, for :func:`analysis.plots.trade_values_chart`):
    one bar per row in the currency most rows share, with ``sources`` (articles that state it)
    and ``conflict``; rows in another currency go to ``left_out`` (``other_unit``).
    """
    from .chart_data import BAR_COLUMNS, REASONS_AR

    df = rows if rows is not None else pd.DataFrame(columns=SERIES_COLUMNS)
    df = df[df["metric_key"] == metric_key] if len(df) else df
    if len(df) and metric_key in DIRECTED_METRICS:
        if from_code is not None:
            df = df[df["from_code"] == from_code]
        if to_code is not None:
            df = df[df["to_code"] == to_code]
    left = left_out if left_out is not None else pd.DataFrame(columns=_LEFT_COLUMNS)
    if len(left):
        left = left[left["metric_key"] == metric_key]
    if len(df) == 0:
        return TradeValues(metric_key, "money", None, pd.DataFrame(columns=BAR_COLUMNS + ["sources"]),
                           left.reset_index(drop=True))
    units = df["unit"].value_counts()
    unit = max(units.index, key=lambda u: (units[u], -list(df["unit"]).index(u)))
    main = df[df["unit"] == unit]
    other = df[df["unit"] != unit]
    bars = pd.DataFrame({
        "period_start": main["period_start"], "period_end": main["period_end"], "status": main["status"],
        "value": main["value"], "value_low": main["value_low"], "value_high": main["value_high"],
        "qualifier": main["qualifier"], "unit": main["unit"],
        "is_record": main["is_record"] if "is_record" in main else False,
        "text": [t[0] if t else "" for t in main["texts"]], "mentions": main["mentions"], "texts": main["texts"],
        "figure_ids": main["figure_ids"], "equivalents": [[] for _ in range(len(main))],
        "conflict": main["conflict"].astype(bool), "sources": main["sources"].astype(int),
    }).reset_index(drop=True)
    if len(other):
        moved = pd.DataFrame({"article": [", ".join(a) for a in other["articles"]], "outlet": None,
                              "pair": other["pair"], "from_code": other["from_code"], "to_code": other["to_code"],
                              "metric_key": other["metric_key"], "figure_id": None,
                              "text": [t[0] if t else "" for t in other["texts"]], "kind": "money",
                              "value": other["value"], "unit": other["unit"], "period_start": other["period_start"],
                              "period_end": other["period_end"], "status": other["status"], "reason": "other_unit",
                              "reason_ar": REASONS_AR["other_unit"]})
        left = pd.concat([left, moved], ignore_index=True) if len(left) else moved
    return TradeValues(metric_key, "money", unit, bars, left.reset_index(drop=True))


def series_chart(rows: pd.DataFrame, ax=None, *, metric_key: str = "trade_volume", from_code: str | None = None,
                 to_code: str | None = None, left_out: pd.DataFrame | None = None, **kwargs: Any):
    """:func:`analysis.plots.trade_values_chart` of the rows of :func:`figure_series` (one metric,
    one direction: :func:`series_values`); ``kwargs`` go to the chart (``title``, ``rtl``,
    ``digits``, ``on_empty`` …). Returns the Axes."""
    from .plots import trade_values_chart

    tv = series_values(rows, metric_key, from_code, to_code, left_out=left_out)
    return trade_values_chart(tv, ax, **kwargs)


# --------------------------------------------------------------------------- events

_REGNAL = frozenset(fold_plain(w) for w in "الأول الثاني الثالث الرابع الخامس السادس".split())
_SON_OF = frozenset({"بن", "بنت", "ابن"})
_BY_LABEL_ONLY = frozenset({"economic", "other"})
# events whose people make them one, however loosely dated (the 2016 election and Trump)
_BY_PEOPLE = frozenset({"summit", "agreement", "election"})
# events whose people make them one when they are dated to the week
_BY_PEOPLE_PRECISE = frozenset({"visit", "meeting", "inauguration"})
_NO_TIME = pd.Timedelta(0)

# acts that their countries define (a visit of X to Y on a day): the same countries, the same act
_BY_COUNTRIES = frozenset({"visit", "meeting", "summit", "agreement", "military"})
_PRECISE_DAYS = 7  # an event dated to a week or less; a month or a year says too little to match on
# labels that say only the type (events.py's default nouns): no event is told apart by them
_GENERIC_LABELS = frozenset(fold_plain(w) for w in (
    "زيارة", "لقاء", "قمة", "تصريح", "توقيع اتفاق", "انتخابات", "تنصيب", "عملية عسكرية", "حدث", "حدث اقتصادي"))
_TOLERANCE_DAYS = 1  # outlets date «أمس» from their own day: a day apart is the same day


def _skeleton(word: str) -> str:
    """A name's letters without its long vowels after the first (بوتين، بوتن → بتن): how the
    press spells a foreign name varies most in its vowels."""
    w = fold_plain(word)
    return w[:1] + "".join(c for c in w[1:] if c not in "اويى")


# the words of a label that say its type or link it (what two labels share besides them tells
# two events apart)
_TYPE_WORDS = frozenset(_skeleton(w) for w in (
    "زيارة زيارته لقاء اجتماع قمة القمة تصريح إعلان توقيع اتفاق الاتفاق اتفاقا اتفاقية الاتفاقية انتخابات "
    "الانتخابات تنصيب حدث على إلى الى بين عن التي الذي").split())


def _person_key(name: str) -> str:
    """One key for the spellings of a person across articles: the surname's skeleton; for a
    name with بن or a regnal number, the given name's and the father's (محمد بن سلمان)."""
    words = fold_plain(str(name)).split()
    if not words:
        return ""
    if _SON_OF.intersection(words):
        k = next(i for i, w in enumerate(words) if w in _SON_OF)
        nxt = words[k + 1] if k + 1 < len(words) else ""
        return _skeleton(words[0]) + "+" + _skeleton(nxt)
    if words[-1] in _REGNAL:
        return _skeleton(words[0]) + "+" + words[-1]
    return _skeleton(words[-1])


def _speaker(rec: dict, actors: list) -> str:
    """Who an event is first about: for a statement, the speaker its label names (تصريح ترمب،
    إعلان مسؤول في الرئاسة الفرنسية), else its first person (a visit's visitor)."""
    if rec.get("type") == "statement":
        words = _norm_label(rec.get("label")).split()
        if len(words) >= 2:
            return _person_key(" ".join(words[1:])) if len(words) == 2 else " ".join(map(_skeleton, words[1:]))
    return _person_key(actors[0]) if actors else ""


def _norm_label(s: Any) -> str:
    return " ".join(fold_plain(s).split()) if isinstance(s, str) else ""


@dataclass
class _Cluster:
    type: str
    start: pd.Timestamp
    end: pd.Timestamp
    members: list[dict]
    articles: set
    tolerance: pd.Timedelta


def _same_event(c: _Cluster, ev: dict) -> int:
    """How many members of ``c`` tell the event ``ev``: members whose dates overlap its own
    (give or take the tolerance, for events dated to the week) and that have the same specific
    label, or

    * for an election, a summit or an agreement, the same people; when it is loosely dated
      (told long after: «اتفاق 2015») and shares only one person with the other, a word of
      their labels too (الانتخابات الرئاسية، الاتفاق النووي: Trump's 2016 election is not the
      midterms);
    * for a visit, a meeting or an inauguration dated to the week, the same people, and for a
      visit the same visitor (the first of its people: Merkel's visit is not Macron's, though
      it names him);
    * for a statement dated to the week, the same speaker (the name its label gives, else its
      first person: a French official's statement on Trump's decision is not Trump's), on the
      same day (no slack: one speaker says different things on two days);
    * for an act between countries (a visit, a meeting, a summit, an agreement, a strike) dated
      to the week, two or more of the same countries, all of one's among the other's.

    A figure's event (``economic``) and an ``other`` one (a grab bag: protests, deaths,
    launches) are the same only by their label. Returns 0 unless a third of the members or more
    agree, so that a row does not drift from one event to another through a chain of
    look-alikes."""
    n = 0
    typ = c.type
    for m in c.members:
        precise = m["_precise"] and ev["_precise"]
        # a day's slack for acts dated to the week; none for statements (one speaker says
        # different things on two days) or loosely dated events
        tol = c.tolerance if precise and typ != "statement" else _NO_TIME
        if m["date_end"] + tol < ev["date_start"] or ev["date_end"] + tol < m["date_start"]:
            continue
        if typ == "statement":
            if precise and m["_speaker"] and m["_speaker"] == ev["_speaker"]:
                n += 1
            continue
        if m["_label"] and m["_label"] == ev["_label"]:
            n += 1
            continue
        if typ in _BY_LABEL_ONLY:
            continue
        shared = m["_people"] & ev["_people"]
        if shared and (precise and typ in _BY_PEOPLE_PRECISE and (typ != "visit" or m["_speaker"] == ev["_speaker"])
                       or typ in _BY_PEOPLE and (precise or len(shared) >= 2 or m["_words"] & ev["_words"])):
            n += 1
        elif typ in _BY_COUNTRIES and precise:
            x, y = m["_countries"], ev["_countries"]
            if len(x & y) >= 2 and (x <= y or y <= x):
                n += 1
    return n if 3 * n >= len(c.members) else 0


def merge_events(events: pd.DataFrame | None, tolerance_days: int = _TOLERANCE_DAYS) -> pd.DataFrame:
    """The dated events of a corpus as one timeline (columns :data:`TIMELINE_COLUMNS`).

    Events of several articles are one row when they have the same type, dates that overlap
    (a day apart counts: each outlet dates «أمس» from its own day), and the same people (their
    surnames spelled alike up to long vowels: بوتين، بوتن; for a statement, the same speaker),
    the same label (one that says more than the type: not «تصريح» alone), or, for a visit, a
    meeting, a summit, an agreement or a strike dated to the week, two or more of the same
    countries, all of one's among the other's (the rules in full: ``_same_event``). An event
    joins a row only when it is the same as a third or more of the row's events (no drifting
    through a chain of look-alikes), and one article gives a row at most one event. The row takes the dates, label and CAMEO code most of its sources give, the people,
    places, bodies and countries of all of them (most named first), and lists its
    ``articles``, ``outlets`` and ``event_ids`` (one per article, in the same order);
    ``dates_agree`` is False when its sources date it differently. Undated events are left out.
    """
    if events is None or len(events) == 0 or "date_start" not in events:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    df = _dates(events.copy(), ("date_start", "date_end", "reference_date"))
    df = df[df["date_start"].notna()].copy()
    if len(df) == 0:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    df["date_end"] = df["date_end"].where(df["date_end"].notna() & (df["date_end"] >= df["date_start"]),
                                          df["date_start"])
    if "article" not in df:
        df["article"] = ""
    records = []
    for rec in df.to_dict("records"):
        actors = _as_list(rec.get("actors"))
        rec["_people"] = {k for k in map(_person_key, actors) if k}
        rec["_speaker"] = _speaker(rec, actors)
        rec["_countries"] = frozenset(_as_list(rec.get("countries")))
        label = _norm_label(rec.get("label"))
        rec["_label"] = label if len(label.split()) >= 2 and label not in _GENERIC_LABELS else ""
        rec["_precise"] = (rec["date_end"] - rec["date_start"]).days <= _PRECISE_DAYS
        rec["_words"] = {_skeleton(w) for w in label.split() if len(w) > 2 and not w.isdigit()} - _TYPE_WORDS
        records.append(rec)
    records.sort(key=lambda r: (r["date_start"], str(r["article"]), r.get("event_id") or 0))
    tol = pd.Timedelta(days=tolerance_days)
    clusters: list[_Cluster] = []
    open_by_type: dict[str, list[_Cluster]] = {}
    for ev in records:
        typ = str(ev.get("type"))
        best, best_n = None, 0
        live = []
        for c in open_by_type.get(typ, []):
            if c.end + tol < ev["date_start"]:
                continue  # ended before this one starts: no later event can join it either
            live.append(c)
            if ev["article"] in c.articles:
                continue
            n = _same_event(c, ev)
            if n > best_n:
                best, best_n = c, n
        open_by_type[typ] = live
        if best is None:
            best = _Cluster(typ, ev["date_start"], ev["date_end"], [], set(), tol)
            clusters.append(best)
            open_by_type[typ].append(best)
        best.members.append(ev)
        best.articles.add(ev["article"])
        best.end = max(best.end, ev["date_end"])
    rows = [_timeline_row(c) for c in clusters]
    out = pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
    out = out.sort_values(["date_start", "date_end"], kind="stable").reset_index(drop=True)
    out["timeline_id"] = range(1, len(out) + 1)
    out["sources"] = out["sources"].astype(int)
    return out


def _ranked(lists: list[list]) -> list:
    """The items of several lists, each once, the most often named first (ties: first named)."""
    counts: Counter = Counter()
    first: dict = {}
    for lst in lists:
        for x in dict.fromkeys(lst):
            counts[x] += 1
            first.setdefault(x, len(first))
    return sorted(counts, key=lambda x: (-counts[x], first[x]))


def _mode(values: list, tie=min):
    counts = Counter(values)
    top = max(counts.values())
    return tie([v for v in counts if counts[v] == top])


def _timeline_row(c: _Cluster) -> dict:
    ms = c.members
    starts = [m["date_start"] for m in ms]
    ends = [m["date_end"] for m in ms]
    start = _mode(starts)
    end = max(start, _mode(ends))
    labels = [m.get("label") for m in ms if isinstance(m.get("label"), str) and m.get("label")]
    # the label most sources give, or one that says more and starts like them (زيارة الراشد →
    # زيارة الراشد إلى البرازيل)
    label = max(labels, key=lambda lab: (sum(lab.startswith(x) for x in labels), len(lab))) if labels else ""
    cameos = [m.get("cameo") for m in ms if isinstance(_opt(m.get("cameo")), str)]
    refs = [m["reference_date"] for m in ms if "reference_date" in m and pd.notna(m.get("reference_date"))]
    return {
        "timeline_id": 0, "type": c.type, "cameo": _mode(cameos) if cameos else None,
        "date_start": start, "date_end": end, "dates_agree": len(set(starts)) == 1 and len(set(ends)) == 1,
        "label": label, "labels": list(dict.fromkeys(labels)),
        "actors": _ranked([_as_list(m.get("actors")) for m in ms]),
        "places": _ranked([_as_list(m.get("places")) for m in ms]),
        "orgs": _ranked([_as_list(m.get("orgs")) for m in ms]),
        "countries": _ranked([_as_list(m.get("countries")) for m in ms]),
        "sources": len({m["article"] for m in ms}), "articles": [m["article"] for m in ms],
        "outlets": list(dict.fromkeys(o for o in (_opt(m.get("outlet")) for m in ms) if o)),
        "event_ids": [int(m["event_id"]) if _opt(m.get("event_id")) is not None else None for m in ms],
        "is_future": all(bool(_opt(m.get("is_future"))) for m in ms),
        "first_reported": min(refs) if refs else pd.NaT, "last_reported": max(refs) if refs else pd.NaT,
    }


def relationship_timeline(merged: pd.DataFrame, country_a: Any, country_b: Any,
                          exclude: tuple[str, ...] = ("economic",)) -> pd.DataFrame:
    """The rows of a merged timeline (:func:`merge_events`) that involve both countries, but for
    the types in ``exclude`` (a figure's event by default: the figures have their series), with
    a ``chart_label`` that says how many articles tell each («زيارة … (3 مصادر)»)."""
    a, b = resolve_country(country_a), resolve_country(country_b)
    if merged is None or len(merged) == 0:
        return pd.DataFrame(columns=[*TIMELINE_COLUMNS, "chart_label"])
    keep = [a in set(_as_list(c)) and b in set(_as_list(c)) and t not in exclude
            for c, t in zip(merged["countries"], merged["type"])]
    out = merged[keep].copy().reset_index(drop=True)
    out["chart_label"] = [f"{lab} ({counted(n, 'source')})" if n > 1 else lab for lab, n in zip(out["label"], out["sources"])]
    return out


def pairs(merged: pd.DataFrame | None, figures: pd.DataFrame | None = None,
          exclude: tuple[str, ...] = ("economic",)) -> pd.DataFrame:
    """The pairs of countries a corpus speaks of (columns :data:`PAIR_COLUMNS`): ``events`` (rows
    of the merged timeline that involve both, but for the types in ``exclude``, as
    :func:`relationship_timeline` shows them), ``reported_by_several`` (those told by more than one
    article), ``figures`` (figures between the two) and ``articles`` (articles that give either);
    the pair with the most events first (then the most told by several articles)."""
    counts: dict[tuple[str, str], dict[str, Any]] = {}

    def entry(p):
        return counts.setdefault(p, {"events": 0, "reported_by_several": 0, "figures": 0, "articles": set()})

    if merged is not None and len(merged):
        for cs, n, arts, typ in zip(merged["countries"], merged["sources"], merged["articles"], merged["type"]):
            if typ in exclude:
                continue
            for p in combinations(sorted(set(_as_list(cs))), 2):
                e = entry(p)
                e["events"] += 1
                e["reported_by_several"] += int(n > 1)
                e["articles"].update(_as_list(arts))
    if figures is not None and len(figures) and "parties" in figures:
        arts = figures["article"] if "article" in figures else [""] * len(figures)
        for ps, art in zip(figures["parties"], arts):
            codes = list(dict.fromkeys(_as_list(ps)))
            if len(codes) >= 2:
                e = entry(tuple(sorted(codes[:2])))
                e["figures"] += 1
                e["articles"].add(art)
    rows = [{"country_a": a, "country_b": b, "name_a": country_name(a), "name_b": country_name(b),
             "events": e["events"], "reported_by_several": e["reported_by_several"], "figures": e["figures"],
             "articles": len(e["articles"])} for (a, b), e in counts.items()]
    out = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    return out.sort_values(["events", "reported_by_several", "figures", "country_a", "country_b"],
                           ascending=[False, False, False, True, True], kind="stable").reset_index(drop=True)


def choose_pair(pair_table: pd.DataFrame, country_a: Any = None, country_b: Any = None) -> tuple[str, str]:
    """The two countries to show: ``country_a`` and ``country_b`` when both are given; with one,
    the pair of it that :func:`pairs` puts first; with none, the first pair. A
    :class:`ParameterError` when the corpus has no such pair.

    >>> t = pd.DataFrame({"country_a": ["BR", "EG"], "country_b": ["KW", "FR"]})
    >>> choose_pair(t), choose_pair(t, "fr"), choose_pair(t, "SA", "FR")
    (('BR', 'KW'), ('FR', 'EG'), ('SA', 'FR'))
    """
    a = resolve_country(country_a) if country_a is not None else None
    b = resolve_country(country_b) if country_b is not None else None
    if a is not None and b is not None:
        return a, b
    one = a or b
    for x, y in zip(pair_table["country_a"], pair_table["country_b"]) if pair_table is not None else ():
        if one is None:
            return x, y
        if one in (x, y):
            return one, (y if x == one else x)
    what = f"no pair of countries with {one}" if one else "no pair of countries"
    raise ParameterError(f"the corpus names {what} in its events or figures: give country_a and country_b")


def pair_title(a: str, b: str) -> str:
    """«السعودية وفرنسا»: the two countries' Arabic names, for a chart's title.

    >>> pair_title("KW", "BR")
    'الكويت والبرازيل'
    """
    return f"{country_name(a)} و{country_name(b)}"


#: Arabic headings of this module's columns (the tables' own: ``analysis.display.HEADERS``).
HEADERS: dict[str, str] = {
    "series_id": "الصف", "timeline_id": "الصف", "pair": "الزوج", "country_a": "البلد الأول", "country_b": "البلد الثاني",
    "name_a": "البلد الأول", "name_b": "البلد الثاني", "from_code": "من", "to_code": "إلى", "values": "القيم كما ذُكرت",
    "sources": "عدد المصادر", "articles": "المقالات", "outlets": "الوسائل", "texts": "النصوص", "conflict": "تعارض",
    "superseded_by": "حلّ محله الصف", "first_reported": "أول ذكر", "last_reported": "آخر ذكر", "cameo": "رمز CAMEO",
    "dates_agree": "التواريخ متفقة", "labels": "الأوصاف", "countries": "البلدان", "chart_label": "الوصف",
    "events": "الأحداث", "reported_by_several": "أحداث بعدة مصادر", "figures": "الأرقام", "article": "المقال",
    "outlet": "الوسيلة", "reason_ar": "السبب",
}


def show(df: pd.DataFrame, columns: list[str] | None = None, *, empty: str = "الجدول فارغ") -> Any:
    """``df`` as a right-to-left table with Arabic headings (:data:`HEADERS`, then the tables'), lists
    joined with «، »."""
    from . import display

    headers = {**display.HEADERS, **HEADERS}
    cols = [c for c in (columns or list(df.columns)) if c in df.columns]
    shown = df[cols].copy()
    for c in cols:
        if any(isinstance(v, (list, tuple, np.ndarray)) for v in shown[c]):
            shown[c] = ["، ".join(map(str, _as_list(v))) for v in shown[c]]
    shown = shown.rename(columns={c: headers.get(c, c) for c in cols})
    return display.rtl_table(shown, empty=empty, arabic_headers=False)
