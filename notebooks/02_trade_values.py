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

# %%
# A misspelled or unknown parameter, a bad date or a missing article stops the notebook here.
from analysis import params

p = params.validate(globals())

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# # حجم التبادل التجاري
#
# الأرقام التي يذكرها المقال عن حجم التبادل التجاري، في رسم وجدول، مع حالة كل رقم
# (فعلي، جزئي منذ بداية العام، هدف، توقع).
#
# </div>

# %%
import analysis
from analysis import display, plots

ex = analysis.extract(analysis.read_article(p.article), published=p.published)
trade = ex.figures[ex.figures["metric_key"] == "trade_volume"]
chart = display.chart(
    plots.trade_values_chart, trade,
    empty="لا يذكر هذا المقال أرقاماً لحجم التبادل التجاري مرتبطة بفترة زمنية، فلا رسم لها",
    title="حجم التبادل التجاري", source=display.source_of(ex), on_empty="raise",
)
chart

# %%
display.rtl_table(
    trade,
    ["text", "value", "unit", "qualifier", "period_text", "period_start", "period_end", "status",
     "is_record", "sentence"],
    empty="لا توجد أرقام لحجم التبادل التجاري",
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## حفظ الرسم والجدول
#
# الرسم بصيغ PNG وSVG وPDF، والجدول بصيغتي CSV وJSON.
#
# </div>

# %%
display.file_list(
    chart.export(p.run_dir / "trade_values") + display.save_table(trade, p.run_dir / "trade_values"),
    p.root,
)
