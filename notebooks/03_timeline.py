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
# # الخط الزمني للأحداث
#
# الأحداث التي يرويها المقال (زيارات، لقاءات، قمم، تصريحات، اتفاقيات…) مرتبة على خط زمني،
# ثم جدول الأحداث كلها.
#
# </div>

# %% tags=["reference-notice"]
import analysis
from analysis import chart_data, display, plots

ex = analysis.extract(analysis.read_article(p.article), published=p.published)
display.reference_notice(ex)

# %%
dated = chart_data.timeline_rows(ex.events)
chart = display.chart(
    plots.timeline_chart, dated,
    empty="لا يذكر هذا المقال أحداثاً ذات تاريخ، فلا خط زمني لها",
    title="الخط الزمني للأحداث", reference=ex.reference_date, on_empty="raise",
)
chart

# %%
display.rtl_table(
    ex.events,
    ["event_id", "type", "date_start", "date_end", "date_text", "label", "actors", "places", "orgs",
     "sentence"],
    empty="لم يُعثر على أحداث في هذا المقال",
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## حفظ الرسم والجدول
#
# الرسم بصيغ PNG وSVG وPDF، وجدول الأحداث المرسومة (المؤرخة، كلٌّ مرة واحدة) بصيغتي CSV وJSON.
#
# </div>

# %%
display.file_list(
    chart.export(p.run_dir / "timeline") + display.save_table(dated, p.run_dir / "timeline"),
    p.root,
)
