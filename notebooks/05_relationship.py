# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     notebook_metadata_filter: kernelspec,jupytext,-jupytext.text_representation.jupytext_version
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% tags=["parameters"]
from typing import Optional  # papermill reads `Optional[str]`, not `str | None`, as a parameter's type

corpus: str = "tests/articles/relations"  # a corpus output folder (python -m analysis corpus FOLDER --out OUT), or a folder of articles, read first
published_from: Optional[str] = "tests/articles/relations/manifest.json"  # for a folder of articles: its JSON manifest (dates, outlets), or None
out_dir: str = "data/outputs"  # the charts and tables go into <out_dir>/<run_name>/, from the repository root
run_name: Optional[str] = None  # None: the corpus folder's name and _relationship
country_a: Optional[str] = None  # an ISO 3166 code (SA) or an Arabic name (السعودية); None: the pair the corpus speaks of most
country_b: Optional[str] = None  # the other country; None: the country the corpus pairs most often with country_a
metric: str = "trade_volume"  # what the series chart draws: trade_volume, trade_balance, exports, imports, investment, aid, loan

# %%
# A misspelled or unknown parameter, a name that is no country or a missing folder stops the notebook here.
from analysis import params

p = params.validate_relationship(globals())

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# # علاقة بلدين عبر مجموعة مقالات
#
# ما تقوله مقالات مجلد كامل عن بلدين: أرقام التجارة بينهما مجموعة في سلسلة واحدة (كل قيمة بعدد
# المقالات التي تذكرها، والأرقام المتعارضة معلَّمة)، وأحداثهما في خط زمني واحد (الزيارة التي تنقلها
# خمس وسائل حدث واحد بخمسة مصادر).
#
# </div>

# %%
from analysis import corpus_summary as summary
from analysis import display, plots
from analysis import relationship as rel

c = summary.open_corpus(p)
merged = rel.merge_events(c.events)
pair_table = rel.pairs(merged, c.figures)
a, b = rel.choose_pair(pair_table, p.country_a, p.country_b)
display.message(f"البلدان: {rel.pair_title(a, b)} ({a}، {b})، من {summary.source_note(c)}.")

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## أزواج البلدان في المقالات
#
# عدد الأحداث (بعد الدمج) التي يشترك فيها البلدان، وكم منها ذكرته أكثر من مقالة، وعدد الأرقام
# بينهما، وعدد المقالات. يُختار أول زوج ما لم يُحدَّد `country_a` و`country_b`.
#
# </div>

# %%
rel.show(pair_table.head(10), ["name_a", "name_b", "events", "reported_by_several", "figures", "articles"],
         empty="لا تذكر المقالات بلدين معاً")

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## الأرقام بين البلدين
#
# قيمة واحدة لكل فترة وحالة: ما تذكره عدة مقالات بفارق التقريب (28 و27.9 مليار) قيمة واحدة بعدد
# مصادرها فوق العمود؛ والأرقام المختلفة للفترة نفسها (28 و24 مليار) تُرسم كلها بإطار برتقالي،
# كلٌّ بمصادره. الحالة كما في رسم المقال الواحد: فعلي (مصمت)، جزئي منذ بداية العام (مخطط)، مستهدف
# (إطار متقطع). للصادرات والواردات والاستثمار والمساعدات: الاتجاه من البلد الأول إلى الثاني.
#
# </div>

# %%
series = rel.figure_series(c.figures, a, b)
metric_ar = plots.METRICS_AR[p.metric]
flow = (a, b) if p.metric in rel.DIRECTED_METRICS else (None, None)
series_chart = display.chart(
    rel.series_chart, series.rows, empty=f"لا تذكر المقالات أرقاماً لـ«{metric_ar}» بين {rel.pair_title(a, b)}.",
    metric_key=p.metric, from_code=flow[0], to_code=flow[1], left_out=series.left_out,
    title=f"{metric_ar}: {rel.pair_title(a, b)}", source=summary.source_note(c), on_empty="raise",
)
series_chart

# %%
rel.show(
    series.rows,
    ["series_id", "metric_key", "from_code", "to_code", "period_start", "period_end", "status", "value", "unit",
     "values", "sources", "conflict", "superseded_by", "outlets", "articles"],
    empty="لا أرقام بين البلدين",
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ### أرقام لم تدخل السلسلة
#
# أرقام بين البلدين لا تقوم قيمةً في السلسلة: النسب، وما لا فترة له، ومجاميع السنوات المتعددة، وما
# كان بعملة غير العملة التي تشترك فيها أكثر القيم.
#
# </div>

# %%
rel.show(series.left_out, ["article", "metric_key", "text", "reason_ar", "value", "unit", "period_start", "period_end"],
         empty="دخلت الأرقام كلها السلسلة")

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## الخط الزمني للعلاقة
#
# أحداث البلدين من كل المقالات، والحدث الذي تذكره عدة مقالات (النوع نفسه، والتاريخ نفسه أو
# متداخل، والأشخاص أو البلدان أنفسهم) صفٌّ واحد بعدد مصادره. رمز CAMEO يصنف الحدث كما تصنفه
# قواعد بيانات الأحداث السياسية (042 زيارة، 043 استقبال، 057 توقيع اتفاق …).
#
# </div>

# %%
timeline = rel.relationship_timeline(merged, a, b)
timeline_chart = display.chart(
    plots.timeline_chart, timeline.assign(label=timeline["chart_label"]),
    empty=f"لا تذكر المقالات أحداثاً مؤرخة بين {rel.pair_title(a, b)}.",
    title=f"{rel.pair_title(a, b)}: الخط الزمني", on_empty="raise",
)
timeline_chart

# %%
rel.show(
    timeline,
    ["timeline_id", "date_start", "date_end", "type", "cameo", "label", "countries", "actors", "sources", "outlets",
     "dates_agree", "articles"],
    empty="لا أحداث مؤرخة بين البلدين",
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## حفظ الرسمين والجداول
#
# الرسمان بصيغ PNG وSVG وPDF، والجداول بصيغتي CSV وJSON.
#
# </div>

# %%
display.file_list(
    series_chart.export(p.run_dir / "relationship_series")
    + timeline_chart.export(p.run_dir / "relationship_timeline")
    + display.save_table(series.rows, p.run_dir / "relationship_series")
    + display.save_table(series.left_out, p.run_dir / "relationship_series_left_out")
    + display.save_table(timeline, p.run_dir / "relationship_timeline")
    + display.save_table(pair_table, p.run_dir / "relationship_pairs"),
    p.root,
)
