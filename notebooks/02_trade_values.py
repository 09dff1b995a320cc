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

article: str = "seeds/000_502adc14d8395391.txt"  # a .txt or .html article, from the repository root
published: Optional[str] = None  # YYYY-MM-DD; None: the page's date, or inferred from the text
out_dir: str = "data/outputs"  # files go into <out_dir>/<run_name>/, from the repository root
run_name: Optional[str] = None  # None: the article's file name without its extension
metric: str = "trade_volume"  # what 02_trade_values charts: exports, imports, investment, … (plots.METRICS_AR)

# %%
# A misspelled or unknown parameter, a bad date or a missing article stops the notebook here.
from analysis import params

p = params.validate(globals())

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# # أرقام مؤشر عبر الفترات
#
# المبالغ التي يذكرها المقال لمؤشر واحد (حجم التبادل التجاري ما لم يُغيَّر `metric` في الخلية
# الأولى: الصادرات `exports`، الواردات `imports`، الاستثمارات `investment`…)، في رسم وجدول، مع حالة
# كل رقم (فعلي، جزئي منذ بداية العام، هدف، توقع)، ثم الأرقام التي لم تُرسم وسبب ذلك.
#
# </div>

# %% tags=["reference-notice"]
import analysis
from analysis import chart_data, display, plots

ex = analysis.extract(analysis.read_article(p.article), published=p.published)
values = chart_data.trade_values(ex.figures, p.metric)
metric_ar = plots.METRICS_AR[p.metric]
display.reference_notice(ex)

# %%
chart = display.chart(
    plots.trade_values_chart, ex.figures, empty=values.why_empty(metric_ar),
    metric_key=p.metric, title=metric_ar, source=display.source_of(ex), on_empty="raise",
)
chart

# %%
display.rtl_table(
    values.bars,
    ["period_start", "period_end", "status", "text", "value", "unit", "qualifier", "mentions", "equivalents",
     "conflict"],
    empty=values.why_empty(metric_ar),
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## أرقام لم تُرسم
#
# أرقام المؤشر التي لا تقوم عموداً في الرسم: النسب والأعداد، والمبالغ غير المحددة (المليارات)، وما
# لا فترة له أو فترته مفتوحة، ومجاميع السنوات المتعددة، وما كان بعملة أخرى.
#
# </div>

# %%
display.rtl_table(
    values.left_out, ["text", "reason_ar", "value", "unit", "period_start", "period_end", "status"],
    empty="رُسمت أرقام هذا المؤشر كلها",
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## حفظ الرسم والجداول
#
# الرسم بصيغ PNG وSVG وPDF، وجدولا ما رُسم وما لم يُرسم بصيغتي CSV وJSON.
#
# </div>

# %%
display.file_list(
    chart.export(p.run_dir / "trade_values")
    + display.save_table(values.bars, p.run_dir / "trade_values")
    + display.save_table(values.left_out, p.run_dir / "trade_values_left_out"),
    p.root,
)
