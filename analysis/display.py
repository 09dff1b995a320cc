"""What the notebooks show: Arabic tables right-to-left, messages, charts, and the files they save.

Browsers (JupyterLab, the HTML report) shape and order Arabic themselves, so nothing here
reshapes text: tables are pandas Stylers with ``dir="rtl"`` and right-aligned cells, and
messages are ``<div dir="rtl">``. Each helper returns an object that Jupyter displays when it
is the last expression of a cell, so the notebooks stay free of function definitions and of
``try``/``except``.

Articles come from the web, and what they say may look like markup (``<script>``, ``<img
onerror=...>``). Every helper here escapes every piece of text it is given, cells, headings and
captions included (a pandas Styler does not escape by default: :func:`rtl_table` builds its
Styler with ``escape="html"``), and makes a link only of an ``http(s)`` URL (:func:`link`), so
that no article can put a tag, an attribute or a ``javascript:`` URL into a notebook or the report.

>>> import pandas as pd
>>> html = rtl_table(pd.DataFrame({"text": ["٢٨ مليار دولار"]}))._repr_html_()
>>> 'dir="rtl"' in html and "٢٨ مليار دولار" in html
True
"""
from __future__ import annotations

import base64
import html
import io
import json
import math
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import AnalysisError, ParameterError
from .html import web_url

__all__ = ["Html", "Chart", "rtl_table", "entity_counts", "message", "summary", "reference_notice", "chart",
           "save_tables", "save_table", "file_list", "link", "HEADERS"]

#: Arabic column headings for the tables as shown (the files keep the English column names).
HEADERS: dict[str, str] = {
    "segment_id": "المقطع", "figure_id": "الرقم", "date_id": "التاريخ", "event_id": "الحدث",
    "entity_id": "الكيان", "kind": "النوع", "type": "النوع", "text": "النص", "start": "من", "end": "إلى",
    "sentence": "الجملة", "value": "القيمة", "value_low": "الحد الأدنى", "value_high": "الحد الأعلى",
    "qualifier": "التقييد", "unit": "الوحدة", "metric": "المؤشر", "metric_key": "رمز المؤشر",
    "period_text": "الفترة", "period_start": "بداية الفترة", "period_end": "نهاية الفترة",
    "status": "الحالة", "is_record": "رقم قياسي", "start_date": "البداية", "end_date": "النهاية",
    "granularity": "الدقة", "anchor": "المرجع", "date_start": "البداية", "date_end": "النهاية",
    "date_text": "نص التاريخ", "actors": "الأشخاص", "places": "الأماكن", "orgs": "المنظمات",
    "label": "الوصف", "canonical": "الاسم الموحد", "role": "الصفة", "is_future": "مستقبلي",
    "mentions": "عدد المرات", "roles": "الصفات", "spellings": "كما كُتب",
    # the values chart's tables (analysis.chart_data)
    "equivalents": "المعادل بعملة أخرى", "conflict": "تعارض", "reason_ar": "السبب", "texts": "النصوص",
}

def _values_ar() -> dict[str, dict[str, str]]:
    """Column -> code -> Arabic (``lang/ar/display_values.tsv``), under the column's name and its
    Arabic heading; «type» reads the list of «kind», and the event types are those of the charts."""
    from . import lang
    from .plots import EVENT_TYPES_AR

    values: dict[str, dict[str, str]] = {}
    for col, code, ar in lang.rows("display_values.tsv"):
        values.setdefault(col, {})[code] = ar
    values["kind"].update(EVENT_TYPES_AR)
    values["type"] = values["kind"]
    for col in list(values):
        values[HEADERS.get(col, col)] = values[col]
    return values


_VALUES_AR: dict[str, dict[str, str]] | None = None


# how the reference date was found (``Extraction.reference_date_source``), for the summary
_REF_SOURCES = {"given": "مُعطى", "metadata": "من بيانات الصفحة", "dateline": "من سطر التاريخ",
                "inferred": "مستنتج من النص", "unknown": "غير معروف"}

_RTL_STYLE = "direction: rtl; text-align: right; unicode-bidi: isolate;"


def _esc(text: object) -> str:
    # quote=True: the text may end up in an attribute too
    return html.escape(str(text), quote=True)


def link(url: object, text: object = None) -> str:
    """An ``<a>`` to ``url`` (escaped, ``rel="noopener noreferrer"``) when it is a web address
    (:func:`web_url`), else ``text`` (default: the URL itself), escaped, with no link.

    >>> link("https://example.org/a?b=1&c=2")
    '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer" dir="ltr">https://example.org/a?b=1&amp;c=2</a>'
    >>> link("javascript:alert('x')")
    'javascript:alert(&#x27;x&#x27;)'
    """
    shown = _esc(url if text is None else text)
    good = web_url(url)
    if good is None:
        return shown
    return f'<a href="{_esc(good)}" rel="noopener noreferrer" dir="ltr">{shown}</a>'


class Html:
    """A piece of right-to-left HTML that Jupyter displays as such (``_repr_html_``).

    ``body`` is taken as markup: build it only from escaped text (the helpers of this module do).
    """

    def __init__(self, body: str) -> None:
        self.body = body

    def _repr_html_(self) -> str:
        return self.body

    def __repr__(self) -> str:  # what a plain console (and papermill's text/plain) shows
        return f"Html({self.body[:60]!r}...)" if len(self.body) > 60 else f"Html({self.body!r})"


def message(text: str, *, kind: str = "info") -> Html:
    """A short Arabic message, right-to-left (``kind``: ``"info"`` or ``"warning"``).

    >>> "dir=\\"rtl\\"" in message("لا توجد أرقام في هذا المقال")._repr_html_()
    True
    """
    colour = {"info": "#31708f", "warning": "#8a6d3b"}.get(kind, "#31708f")
    return Html(f'<div dir="rtl" lang="ar" class="analysis-message" style="{_RTL_STYLE} '
                f'border-right: 4px solid {colour}; padding: 0.4em 0.8em; margin: 0.4em 0;">'
                f"{_esc(text)}</div>")


def _cell(value: Any) -> str:
    if value is None or value is pd.NaT:
        return ""
    if isinstance(value, (list, tuple)):
        return "، ".join(_cell(v) for v in value)
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, bool):
        return "نعم" if value else ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return f"{value:,.0f}"
        return f"{value:,.3f}".rstrip("0").rstrip(".")
    return str(value)


def rtl_table(df: pd.DataFrame, columns: Sequence[str] | None = None, *, empty: str = "الجدول فارغ",
              caption: str | None = None, arabic_headers: bool = True) -> Any:
    """``df`` as a right-to-left table (a pandas Styler), or ``empty`` as a message when it has no rows.

    ``columns`` picks and orders the columns shown (those missing from ``df`` are skipped). Lists
    are joined with ``،``, dates shown as ``YYYY-MM-DD``, missing values left blank, headings
    put in Arabic (:data:`HEADERS`) unless ``arabic_headers=False``. Cells, headings and the
    caption are escaped: a cell holding ``<script>`` shows the text ``<script>``.

    >>> rtl_table(pd.DataFrame({"text": []}), empty="لا توجد أحداث")._repr_html_().count("لا توجد أحداث")
    1
    """
    if len(df) == 0:
        return message(empty)
    cols = [c for c in (columns or df.columns) if c in df.columns]
    shown = pd.DataFrame({c: [_cell(v) for v in df[c].tolist()] for c in cols})
    global _VALUES_AR
    if _VALUES_AR is None:
        _VALUES_AR = _values_ar()
    for c in cols:  # codes (actual, more_than, place …) in Arabic; the files keep the codes
        names = _VALUES_AR.get(c)
        if names:
            shown[c] = [names.get(v, v) for v in shown[c]]
    # dates and amounts must not break at their hyphens and commas in narrow columns
    keep_whole = [c for c in cols if pd.api.types.is_datetime64_any_dtype(df[c])
                  or pd.api.types.is_numeric_dtype(df[c])]
    if arabic_headers:
        shown = shown.rename(columns={c: HEADERS.get(c, c) for c in cols})
        keep_whole = [HEADERS.get(c, c) for c in keep_whole]
    styler = (shown.style
              # pandas does not escape cells or headings unless told: an article's text is not markup
              .format(escape="html")
              .format_index(escape="html", axis=1)
              .hide(axis="index")
              .set_table_attributes('dir="rtl" lang="ar" class="analysis-table"')
              .set_properties(**{"text-align": "right", "vertical-align": "top"})
              .set_table_styles([{"selector": "th", "props": [("text-align", "right")]},
                                 {"selector": "caption", "props": [("text-align", "right"),
                                                                   ("font-weight", "bold")]}]))
    if keep_whole:
        styler = styler.set_properties(subset=keep_whole, **{"white-space": "nowrap"})
    if caption:
        styler = styler.set_caption(_esc(caption))
    return styler


def entity_counts(entities: pd.DataFrame) -> pd.DataFrame:
    """One row per entity (``canonical`` and ``type``): how often it is named, its spellings and roles.

    The entities table has one row per entity already, with ``mentions`` and ``spellings``; rows
    of mentions (``analysis.entities.entity_mentions``) are counted here. This is the list a
    reader scans first.

    >>> ents = pd.DataFrame({"text": ["بوتن", "بوتين"], "type": ["person", "person"],
    ...                      "canonical": ["بوتين", "بوتين"], "role": ["الرئيس الروسي", None]})
    >>> entity_counts(ents).to_dict("records")
    [{'canonical': 'بوتين', 'type': 'person', 'mentions': 2, 'spellings': ['بوتن', 'بوتين'], 'roles': ['الرئيس الروسي']}]
    """
    cols = ["canonical", "type", "mentions", "spellings", "roles"]
    if len(entities) == 0:
        return pd.DataFrame(columns=cols)
    df = entities.assign(canonical=entities["canonical"].fillna(entities["text"]),
                         type=entities["type"].astype("object"))
    rows = []
    counted = "mentions" in df.columns and "spellings" in df.columns  # the entities table: counted
    for (canonical, kind), g in df.groupby(["canonical", "type"], sort=False):
        spellings = [s for row in g["spellings"] for s in row] if counted else list(g["text"].dropna())
        rows.append({"canonical": canonical, "type": kind,
                     "mentions": int(g["mentions"].sum()) if counted else len(g),
                     "spellings": list(dict.fromkeys(spellings)),
                     "roles": list(dict.fromkeys(g["role"].dropna()))})
    out = pd.DataFrame(rows, columns=cols)
    order = {"person": 0, "org": 1, "place": 2}
    return (out.assign(_o=out["type"].map(order).fillna(3))
               .sort_values(["_o", "mentions"], ascending=[True, False], kind="stable")
               .drop(columns="_o").reset_index(drop=True))


def summary(ex: Any) -> Html:
    """The article at a glance: title, file, reference date (and why), rows per table; right-to-left."""
    art = ex.article
    ref = ex.reference_date.isoformat() if ex.reference_date else "غير معروف"
    rows = [
        ("العنوان", _esc(art.title or "")),
        ("الملف", f'<bdi dir="ltr">{_esc(art.path or "")}</bdi>'),
        ("التاريخ المرجعي", f'<bdi dir="ltr">{ref}</bdi> '
                             f"({_REF_SOURCES.get(ex.reference_date_source, ex.reference_date_source)}: "
                             f'<bdi>{_esc(ex.reference_date_reason)}</bdi>)'),
    ]
    if art.source_url:
        rows.append(("المصدر", f'<bdi dir="ltr">{link(art.source_url)}</bdi>'))
    names = {"segments": "المقاطع", "figures": "الأرقام", "dates": "التواريخ", "events": "الأحداث",
             "entities": "الكيانات"}
    counts = "، ".join(f"{names.get(k, k)}: {len(v)}" for k, v in ex.tables().items())
    rows.append(("عدد الصفوف", counts))
    body = "".join(f'<tr><th style="text-align: right">{k}</th><td style="text-align: right">{v}</td></tr>'
                   for k, v in rows)
    return Html(f'<table dir="rtl" lang="ar" class="analysis-summary">{body}</table>')


def reference_notice(ex: Any, *, limit: int = 8) -> Html:
    """A warning at the top when the article's date is unknown (none given, none in the page or a
    dateline, none inferable): it names the expressions left without a date because of it and
    shows how to give the date. Nothing when the date is known.

    >>> import analysis
    >>> html = reference_notice(analysis.extract("زيارة\\nوصل الوزير أمس.")).body
    >>> "«أمس»" in html and 'published="YYYY-MM-DD"' in html and "--published" in html
    True
    >>> reference_notice(analysis.extract("زيارة\\nوصل الوزير أمس.", published="2024-11-27")).body
    ''
    """
    if ex.reference_date is not None:
        return Html("")
    dates = ex.dates
    unresolved = dates[dates["type"].astype("object").isin(["date", "daterange"]) & dates["start_date"].isna()]
    texts = list(dict.fromkeys(unresolved["text"]))
    if texts:
        shown = "، ".join(f"«{html.escape(t)}»" for t in texts[:limit]) + ("…" if len(texts) > limit else "")
        what = (f"فبقيت {len(texts)} من عباراته الزمنية بلا تاريخ (ومعها ما يتصل بها من أحداث وفترات): "
                f"{shown}.")
    else:
        what = "ولا عبارة فيه تحتاج إليه، فلم يتأثر ما استُخرج منه."
    how = ('لتحديده: اكتب التاريخ في الخلية الأولى <bdi dir="ltr"><code>published="YYYY-MM-DD"</code></bdi> '
           'ثم أعد تشغيل الدفتر، أو أضف <bdi dir="ltr"><code>--published YYYY-MM-DD</code></bdi> '
           'إلى الأمر <bdi dir="ltr"><code>python -m analysis report</code></bdi>.')
    colour = "#8a6d3b"
    return Html(f'<div dir="rtl" lang="ar" class="analysis-message analysis-warning" style="{_RTL_STYLE} '
                f'border-right: 4px solid {colour}; padding: 0.4em 0.8em; margin: 0.4em 0;">'
                f"<strong>تاريخ المقال غير معروف:</strong> لم يُعطَ، ولم تذكره الصفحة ولا سطر تاريخ، "
                f"ولم يُستنتج من النص؛ {what}<br>{how}</div>")


class Chart:
    """A drawn chart, or the message that says why there is none.

    Jupyter shows the chart as a PNG, or the message; :meth:`export` writes the chart's files.
    """

    def __init__(self, figure: Any = None, note: str | None = None) -> None:
        self.figure = figure
        self.note = note

    @property
    def drawn(self) -> bool:
        """Whether there is a chart (and not only a message)."""
        return self.figure is not None

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        if self.figure is None:
            return {"text/html": message(self.note or "لا يوجد رسم")._repr_html_(),
                    "text/plain": self.note or ""}
        import matplotlib.pyplot as plt

        from . import fonts

        buf = io.BytesIO()
        with plt.rc_context(fonts.rc()):  # the fonts the chart was drawn with
            self.figure.savefig(buf, format="png", dpi=110, bbox_inches="tight")
        return {"image/png": base64.b64encode(buf.getvalue()).decode("ascii"),
                "text/plain": f"<chart {self.figure.get_size_inches().round(1).tolist()} in>"}

    def export(self, path_stem: str | Path, formats: Sequence[str] = ("png", "svg", "pdf")) -> list[Path]:
        """Write the chart as ``path_stem.png``, ``.svg``, ``.pdf``; nothing when there is no chart."""
        if self.figure is None:
            return []
        from .plots import export_figure

        Path(path_stem).parent.mkdir(parents=True, exist_ok=True)
        return [Path(p) for p in export_figure(self.figure, Path(path_stem), formats=tuple(formats))]


def source_of(ex: Any, limit: int = 70) -> str:
    """How a chart's footnote names the article: its title (else its file name), then its date.

    >>> import analysis
    >>> source_of(analysis.extract("قمة ثنائية في القاهرة\\nبلغ التبادل التجاري 5 مليارات دولار.",
    ...                            published="2024-11-27"))
    'قمة ثنائية في القاهرة، 27 نوفمبر 2024'
    """
    from .plots import period_label

    art = ex.article
    name = art.title or (Path(art.path).stem if art.path else "")
    if len(name) > limit:
        name = name[:limit].rsplit(" ", 1)[0] + "…"
    d = pd.Timestamp(ex.reference_date) if ex.reference_date else None
    when = period_label(d, d) if d is not None else ""
    return "، ".join(x for x in (name, when) if x)


def chart(draw: Callable[..., Any], data: pd.DataFrame, *, empty: str, **kwargs: Any) -> Chart:
    """Call ``draw(data, **kwargs)`` (a chart function of :mod:`analysis.plots`) and keep its figure.

    When ``data`` has no rows, or ``draw`` raises an :class:`~analysis.errors.AnalysisError`
    other than a :class:`~analysis.errors.ParameterError` (``NoDataError``: nothing to draw),
    the chart holds the message ``empty`` instead, so that a notebook shows it rather than a
    traceback, and exports no file. (Pass ``on_empty="raise"`` to the plots functions, which
    otherwise draw a message of their own.)

    >>> chart(lambda df, **kw: None, pd.DataFrame(), empty="لا توجد أرقام للتبادل التجاري").drawn
    False
    """
    if len(data) == 0:
        return Chart(note=empty)
    import matplotlib.pyplot as plt

    before = set(plt.get_fignums())
    try:
        ax = draw(data, **kwargs)
    except AnalysisError as exc:
        # a figure made before the error would be shown, blank, by the inline backend
        for num in set(plt.get_fignums()) - before:
            plt.close(num)
        if isinstance(exc, ParameterError):
            raise
        return Chart(note=empty)
    fig = ax.figure if hasattr(ax, "figure") else ax
    plt.close(fig)  # Jupyter shows the Chart; the inline backend must not show the figure again
    return Chart(figure=fig)


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    from .cli import table_records

    return table_records(df)


def save_table(df: pd.DataFrame, path_stem: str | Path) -> list[Path]:
    """Write ``df`` as ``path_stem.csv`` (UTF-8) and ``path_stem.json`` (records, dates as ISO strings)."""
    stem = Path(path_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    csv_path, json_path = stem.with_name(stem.name + ".csv"), stem.with_name(stem.name + ".json")
    df.to_csv(csv_path, index=False, encoding="utf-8")
    json_path.write_text(json.dumps(_records(df), ensure_ascii=False, indent=1), encoding="utf-8")
    return [csv_path, json_path]


def save_tables(ex: Any, folder: str | Path) -> list[Path]:
    """Write every table of an extraction into ``folder`` as CSV and JSON, plus ``article.json``.

    The files are those of ``python -m analysis extract --out``: ``segments.csv``,
    ``segments.json``, ... and ``article.json`` (title, dates, reference date and its source).
    """
    from .cli import write_tables

    folder = Path(folder)
    written = write_tables(ex, folder, "csv") + write_tables(ex, folder, "json")
    return sorted(set(written))


def file_list(paths: Iterable[str | Path], root: str | Path | None = None) -> Html:
    """The files written, as a right-to-left list with each path kept left-to-right."""
    items = []
    for p in paths:
        p = Path(p)
        shown = p
        if root is not None:
            try:
                shown = p.resolve().relative_to(Path(root).resolve())
            except ValueError:
                pass
        size = p.stat().st_size if p.exists() else 0
        items.append(f'<li><bdi dir="ltr"><code>{_esc(shown)}</code></bdi> '
                     f"({size:,} بايت)</li>")
    if not items:
        return message("لم يُكتب أي ملف")
    return Html(f'<div dir="rtl" lang="ar" style="{_RTL_STYLE}">الملفات المكتوبة:<ul>{"".join(items)}</ul></div>')
