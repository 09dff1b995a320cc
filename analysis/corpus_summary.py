"""A corpus at a glance: what the corpus notebook shows, as plain tables (pandas, no drawing).

Each function takes a :class:`~analysis.corpus.Corpus` or one of its tables and returns a
DataFrame with English column names (the files keep them); :func:`show` displays one
right-to-left with Arabic headings.

* :func:`overview` — articles, files not read, outlets, dates, rows per table;
* :func:`by_outlet`, :func:`by_month` — articles per outlet and per month of their reference date;
* :func:`trade_values` — the bars of every article's values chart (``chart_data.trade_values``
  article by article), with the article and its outlet, and what was left out and why;
* :func:`events_by_month` — dated events per month and per type;
* :func:`top_entities` — the people, places or organisations named most often, in how many articles.

>>> ents = pd.DataFrame({"article": ["a", "a", "b"], "type": ["person"] * 3,
...                      "canonical": ["بوتين", "بوتين", "بوتين"], "text": ["بوتين", "بوتن", "بوتين"]})
>>> top_entities(ents, "person").to_dict("records")
[{'canonical': 'بوتين', 'mentions': 3, 'articles': 2, 'spellings': ['بوتين', 'بوتن']}]
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from . import chart_data
from .corpus import Corpus, extract_corpus, read_corpus

__all__ = ["HEADERS", "open_corpus", "overview", "by_outlet", "by_month", "trade_values", "CorpusValues",
           "events_by_month", "top_entities", "entity_title", "show", "series_label", "source_note"]

#: Arabic headings of the columns these tables add to :data:`analysis.display.HEADERS`.
HEADERS: dict[str, str] = {
    "article": "المقال", "outlet": "الوسيلة", "articles": "عدد المقالات", "month": "الشهر",
    "first": "أول تاريخ", "last": "آخر تاريخ", "item": "البند", "count": "العدد", "error": "الخطأ",
    "message": "الرسالة", "reference_date": "التاريخ المرجعي", "reference_date_source": "مصدر التاريخ",
    "title": "العنوان", "total": "المجموع", "series": "السلسلة",
}
_SOURCES_AR = {"given": "مُعطى", "metadata": "من بيانات الصفحة", "dateline": "من سطر التاريخ",
               "inferred": "مستنتج من النص", "unknown": "غير معروف"}
_TYPES_AR = {"person": "الأشخاص", "place": "الأماكن", "org": "المنظمات"}


def open_corpus(p: Any) -> Corpus:
    """The corpus a notebook's parameters name: a corpus output folder as it is, or a folder of
    articles read first into ``p.run_dir`` (a rerun reads only what changed)."""
    folder = Path(p.corpus)
    if (folder / "articles.parquet").exists():
        return read_corpus(folder)
    return extract_corpus(folder, published=p.published_from, out=p.run_dir / "corpus", progress=False)


def _month(dates: pd.Series) -> pd.Series:
    return pd.to_datetime(dates).dt.strftime("%Y-%m")


def overview(corpus: Corpus) -> pd.DataFrame:
    """The corpus in a few lines (``item``, ``count``), in Arabic.

    >>> import analysis
    >>> c = analysis.extract_corpus("tests/articles/corpus", published="tests/articles/corpus/manifest.json")
    >>> overview(c).set_index("item").loc["المقالات المقروءة", "count"]
    '4'
    """
    arts, errs = corpus.articles, corpus.errors
    outlets = arts["outlet"].dropna().unique()
    dates = pd.to_datetime(arts["reference_date"]).dropna()
    sources = arts["reference_date_source"].value_counts()
    rows = [
        ("المقالات المقروءة", f"{len(arts):,}"),
        ("ملفات تعذرت قراءتها", f"{len(errs):,}"),
        ("الوسائل الإعلامية", f"{len(outlets):,}" + ("" if len(outlets) else " (لا يذكرها بيان المقالات)")),
        ("التواريخ المرجعية", f"{dates.min().date()} – {dates.max().date()} ({dates.dt.normalize().nunique():,} يوماً)"
         if len(dates) else "غير معروفة"),
        ("مصدر التاريخ المرجعي", "، ".join(f"{_SOURCES_AR.get(k, k)}: {v:,}" for k, v in sources.items())),
    ]
    names = {"figures": "الأرقام", "dates": "التعبيرات الزمنية", "events": "الأحداث", "entities": "الكيانات"}
    rows += [(label, f"{int(arts[f'n_{t}'].sum()):,}") for t, label in names.items()]
    if corpus.skipped:
        rows.append(("مقالات لم تتغير منذ القراءة السابقة", f"{corpus.skipped:,}"))
    return pd.DataFrame(rows, columns=["item", "count"])


def by_outlet(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet (``outlet``, ``articles``, ``first``, ``last``), the largest first;
    articles no manifest names are counted under «غير معروفة»."""
    df = articles.assign(outlet=articles["outlet"].fillna("غير معروفة"),
                         reference_date=pd.to_datetime(articles["reference_date"]))
    out = (df.groupby("outlet", sort=False)
             .agg(articles=("article", "size"), first=("reference_date", "min"), last=("reference_date", "max"))
             .reset_index())
    return out.sort_values(["articles", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


def by_month(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per month of their reference date (``month``, ``articles``), in time order."""
    months = _month(articles["reference_date"]).dropna()
    out = months.value_counts().rename_axis("month").reset_index(name="articles")
    return out.sort_values("month").reset_index(drop=True)


def series_label(article: str, limit: int = 40) -> str:
    """How a chart names an article: its file name without the extension, cut at ``limit``.

    >>> series_label("2024/05/jordan_egypt_visit.txt")
    'jordan_egypt_visit'
    """
    stem = Path(article).stem
    return stem if len(stem) <= limit else stem[: limit - 1] + "…"


@dataclass(frozen=True)
class CorpusValues:
    """The bars of every article's values chart of one metric, and the figures left out.

    ``bars``: the columns of :func:`analysis.chart_data.trade_values`'s bars, after ``article``,
    ``outlet`` and ``reference_date``; amounts in a currency other than the one most bars share
    move to ``left_out`` (reason ``other_unit``). ``left_out``: its columns, after the same three.
    """

    metric_key: str
    unit: str | None
    bars: pd.DataFrame
    left_out: pd.DataFrame

    @property
    def empty(self) -> bool:
        return len(self.bars) == 0

    def why_empty(self, metric_ar: str) -> str:
        """Why there is nothing to draw, in Arabic (what the articles give instead, if anything).

        >>> CorpusValues("exports", None, pd.DataFrame(), pd.DataFrame({"reason": ["percent"]})).why_empty("الصادرات")
        'لا تذكر المقالات مبالغ لـ«الصادرات» بفترة محددة يمكن رسمها؛ وجد فيها: نسب مئوية (1).'
        """
        if len(self.left_out) == 0:
            return f"لا تذكر المقالات أرقاما لـ«{metric_ar}»."
        found = chart_data.reasons_found(self.left_out)
        return f"لا تذكر المقالات مبالغ لـ«{metric_ar}» بفترة محددة يمكن رسمها؛ وجد فيها: {found}."


_PREFIX = ["article", "outlet", "reference_date"]


def trade_values(figures: pd.DataFrame, metric_key: str = "trade_volume", kind: str | None = None) -> CorpusValues:
    """Every article's bars of ``metric_key`` (as its own values chart draws them), in one table.

    Each article is read alone, so that one article's restatement of an amount stays one bar
    and two articles that give the same amount are two rows (a reader sees who said what).
    """
    bars, left = [], []
    df = figures[figures["metric_key"].astype("object") == metric_key] if len(figures) else figures
    for article, group in df.groupby("article", sort=True):
        tv = chart_data.trade_values(group.reset_index(drop=True), metric_key, kind)
        first = group.iloc[0]
        prefix = {c: first[c] if c in group else None for c in _PREFIX}
        if len(tv.bars):
            bars.append(tv.bars.assign(**prefix)[_PREFIX + list(tv.bars.columns)])
        if len(tv.left_out):
            left.append(tv.left_out.assign(**prefix)[_PREFIX + list(tv.left_out.columns)])
    bar_cols = _PREFIX + chart_data.BAR_COLUMNS
    left_cols = _PREFIX + chart_data.LEFT_COLUMNS
    all_bars = pd.concat(bars, ignore_index=True) if bars else pd.DataFrame(columns=bar_cols)
    all_left = pd.concat(left, ignore_index=True) if left else pd.DataFrame(columns=left_cols)
    unit = chart_data.main_unit(all_bars) if len(all_bars) else None
    if len(all_bars):
        other = all_bars["unit"] != unit
        if other.any():
            moved = all_bars[other].assign(kind="money", reason="other_unit",
                                           reason_ar=chart_data.REASONS_AR["other_unit"])
            moved["figure_id"] = [ids[0] if len(ids) else None for ids in moved["figure_ids"]]
            all_left = pd.concat([all_left, moved.reindex(columns=left_cols)], ignore_index=True)
            all_bars = all_bars[~other]
        order = all_bars["status"].map(chart_data.STATUS_ORDER).fillna(2)
        all_bars = (all_bars.assign(_o=order)
                    .sort_values(["period_start", "period_end", "_o", "article"], kind="stable")
                    .drop(columns="_o").reset_index(drop=True))
    return CorpusValues(metric_key, unit, all_bars, all_left.reset_index(drop=True))


def events_by_month(events: pd.DataFrame) -> pd.DataFrame:
    """Dated events per month of their start (rows, ``month``) and type (columns, in Arabic),
    with a ``total``; undated events are not counted."""
    from .plots import EVENT_TYPES_AR

    dated = events[pd.to_datetime(events["date_start"]).notna()]
    if len(dated) == 0:
        return pd.DataFrame(columns=["month", "total"])
    table = pd.crosstab(_month(dated["date_start"]), dated["type"].astype("object"))
    table = table[[t for t in EVENT_TYPES_AR if t in table.columns]]
    table["total"] = table.sum(axis=1)
    table = table.rename(columns=EVENT_TYPES_AR).rename_axis(None, axis=1)
    return table.rename_axis("month").reset_index()


def top_entities(entities: pd.DataFrame, type: str, n: int = 15) -> pd.DataFrame:
    """The ``n`` entities of ``type`` (``person``, ``place``, ``org``) named most often:
    ``canonical``, ``mentions`` (over the corpus), ``articles`` (how many name it), ``spellings``."""
    cols = ["canonical", "mentions", "articles", "spellings"]
    df = entities[entities["type"].astype("object") == type]
    if len(df) == 0:
        return pd.DataFrame(columns=cols)
    df = df.assign(canonical=df["canonical"].fillna(df["text"]))
    out = (df.groupby("canonical", sort=False)
             .agg(mentions=("text", "size"), articles=("article", "nunique"),
                  spellings=("text", lambda s: list(dict.fromkeys(s.dropna()))))
             .reset_index())
    out = out.sort_values(["mentions", "articles", "canonical"], ascending=[False, False, True], kind="stable")
    return out.head(n).reset_index(drop=True)[cols]


def entity_title(type: str) -> str:
    """The Arabic heading of a type of entity (``person`` → الأشخاص)."""
    return _TYPES_AR.get(type, type)


def show(df: pd.DataFrame, columns: list[str] | None = None, *, empty: str = "الجدول فارغ",
         caption: str | None = None) -> Any:
    """``df`` right-to-left with Arabic headings (those of :mod:`analysis.display` and :data:`HEADERS`)."""
    from . import display

    headers = {**display.HEADERS, **HEADERS}
    cols = [c for c in (columns or list(df.columns)) if c in df.columns]
    shown = df[cols].rename(columns={c: headers.get(c, c) for c in cols})
    return display.rtl_table(shown, empty=empty, caption=caption, arabic_headers=False)


def source_note(corpus: Corpus) -> str:
    """A chart's footnote: how many articles, from which folder."""
    src = corpus.meta.get("source")
    name = Path(src).name if src else Path(corpus.folder).name
    from .chart_data import counted

    return f"{counted(len(corpus.articles), 'article')} من {name}"
