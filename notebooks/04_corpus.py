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

corpus: str = "tests/articles/corpus"  # a corpus output folder (python -m analysis corpus FOLDER --out OUT), or a folder of articles, read first
published_from: Optional[str] = "tests/articles/corpus/manifest.json"  # for a folder of articles: its JSON manifest (dates, outlets), or None
out_dir: str = "data/outputs"  # the chart and tables go into <out_dir>/<run_name>/, from the repository root
run_name: Optional[str] = None  # None: the corpus folder's name
metric: str = "trade_volume"  # what the values chart draws: exports, imports, investment, … (plots.METRICS_AR)
by: str = "outlet"  # the chart's colours: one per outlet ("outlet") or one per article ("article")
top: int = 15  # how many people, places and organisations to list

# %%
# A misspelled or unknown parameter or a missing folder stops the notebook here.
from analysis import params

p = params.validate_corpus(globals())

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# # قراءة مجموعة مقالات
#
# ما يستخرجه الأمر `python -m analysis corpus` من كل مقالات مجلد: عدد المقالات والوسائل الإعلامية
# والتواريخ، وأرقام المؤشر في كل المقالات في جدول واحد ورسم واحد، والأحداث بحسب الشهر والنوع،
# والأشخاص والأماكن والمنظمات الأكثر ذكراً، والملفات التي تعذرت قراءتها.
#
# </div>

# %%
from analysis import corpus_summary as summary
from analysis import display, plots

c = summary.open_corpus(p)
summary.show(summary.overview(c))

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## المقالات بحسب الوسيلة والشهر
#
# الوسيلة كما يسميها بيان المقالات (`manifest.json`)، والشهر شهر التاريخ المرجعي لكل مقال.
#
# </div>

# %%
summary.show(summary.by_outlet(c.articles), empty="لا مقالات مقروءة")

# %%
summary.show(summary.by_month(c.articles), empty="لا تواريخ معروفة للمقالات")

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## أرقام المؤشر في كل المقالات
#
# ما يرسمه رسم القيم لكل مقال على حدة (حجم التبادل التجاري ما لم يُغيَّر `metric`)، مجموعاً في رسم
# واحد بحسب الفترة: لون لكل وسيلة (أو لكل مقال إن كان `by = "article"`)، والحالة كما في رسم المقال
# الواحد: فعلي (مصمت)، جزئي منذ بداية العام (مخطط)، مستهدف (إطار متقطع)، متوقع (إطار منقط).
#
# </div>

# %%
values = summary.trade_values(c.figures, p.metric)
metric_ar = plots.METRICS_AR[p.metric]
chart = display.chart(
    plots.corpus_values_chart, c.figures, empty=values.why_empty(metric_ar),
    metric_key=p.metric, by=p.by, source=summary.source_note(c), on_empty="raise",
)
chart

# %%
summary.show(
    values.bars,
    ["period_start", "period_end", "status", "text", "value", "unit", "qualifier", "article", "outlet",
     "reference_date", "mentions", "conflict"],
    empty=values.why_empty(metric_ar),
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ### أرقام لم تُرسم
#
# أرقام المؤشر التي لا تقوم عموداً: النسب والأعداد، والمبالغ غير المحددة، وما لا فترة له أو فترته
# مفتوحة، ومجاميع السنوات المتعددة، وما كان بعملة غير العملة التي تشترك فيها أكثر الأعمدة.
#
# </div>

# %%
summary.show(
    values.left_out, ["article", "text", "reason_ar", "value", "unit", "period_start", "period_end", "status"],
    empty="رُسمت أرقام هذا المؤشر كلها",
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## الأحداث بحسب الشهر والنوع
#
# الأحداث ذات التاريخ، بحسب شهر بدايتها؛ الحدث الذي تذكره عدة مقالات يُعدّ في كل منها.
#
# </div>

# %%
events_by_month = summary.events_by_month(c.events)
summary.show(events_by_month, empty="لا تذكر المقالات أحداثاً ذات تاريخ")

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## الأكثر ذكراً
#
# عدد مرات الذكر في كل المقالات، وعدد المقالات التي تذكره، والصيغ التي كُتب بها.
#
# </div>

# %%
summary.show(summary.top_entities(c.entities, "person", p.top), caption=summary.entity_title("person"),
             empty="لا أشخاص")

# %%
summary.show(summary.top_entities(c.entities, "place", p.top), caption=summary.entity_title("place"),
             empty="لا أماكن")

# %%
summary.show(summary.top_entities(c.entities, "org", p.top), caption=summary.entity_title("org"),
             empty="لا منظمات")

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## ملفات تعذرت قراءتها
#
# كل ملف لم يُقرأ، ونوع الخطأ ورسالته (ملف فارغ، أو ثنائي، أو بترميز غير معروف، أو مجلد باسم مقال…).
#
# </div>

# %%
summary.show(c.errors, ["article", "error", "message"], empty="قُرئت الملفات كلها")

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## حفظ الرسم والجداول
#
# الرسم بصيغ PNG وSVG وPDF، والجداول بصيغتي CSV وJSON.
#
# </div>

# %%
display.file_list(
    chart.export(p.run_dir / "corpus_values")
    + display.save_table(values.bars, p.run_dir / "corpus_values")
    + display.save_table(values.left_out, p.run_dir / "corpus_values_left_out")
    + display.save_table(events_by_month, p.run_dir / "events_by_month"),
    p.root,
)
