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
# # قراءة المقال
#
# يقرأ هذا الدفتر مقالاً إخبارياً عربياً ويعرض ما فيه في جداول: المقاطع، والأرقام، والتواريخ،
# والكيانات، والأحداث. لقراءة مقال آخر غيّر قيمة `article` في الخلية الأولى ثم أعد تشغيل الدفتر كله.
#
# </div>

# %% tags=["reference-notice"]
import analysis
from analysis import display

ex = analysis.extract(analysis.read_article(p.article), published=p.published)
display.reference_notice(ex)

# %%
display.summary(ex)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## المقاطع
#
# العنوان والعناوين الفرعية وتعليقات الصور ومتن المقال والحشو والمصدر.
#
# </div>

# %%
display.rtl_table(ex.segments, ["segment_id", "kind", "text"], empty="لا توجد مقاطع")

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## الأرقام
#
# كل مبلغ أو نسبة أو عدد أو كمية، بقيمته ووحدته والفترة التي يغطيها وحالته (فعلي، جزئي، هدف، توقع).
#
# </div>

# %%
display.rtl_table(
    ex.figures,
    ["figure_id", "text", "value", "unit", "qualifier", "metric", "period_text", "period_start",
     "period_end", "status", "is_record"],
    empty="لم يُعثر على أرقام في هذا المقال",
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## التواريخ
#
# كل تعبير زمني، محسوباً بالنسبة إلى التاريخ المرجعي للمقال.
#
# </div>

# %%
display.rtl_table(
    ex.dates, ["date_id", "text", "type", "start_date", "end_date", "granularity"],
    empty="لم يُعثر على تواريخ في هذا المقال",
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## الكيانات
#
# الأشخاص (دون ألقابهم، مع صفاتهم) والأماكن والمنظمات، كلٌّ في سطر واحد مع عدد مرات ذكره؛
# وفي ملف `entities.csv` كلُّ كيان مرة واحدة بأتمّ صيغة كتبها المقال، مع رمز بلده للأماكن.
#
# </div>

# %%
display.rtl_table(
    display.entity_counts(ex.entities), ["canonical", "type", "mentions", "spellings", "roles"],
    empty="لم يُعثر على أشخاص أو أماكن أو منظمات في هذا المقال",
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## الأحداث
#
# الزيارات واللقاءات والقمم والتصريحات والاتفاقيات وغيرها، بتواريخها وأطرافها.
#
# </div>

# %%
display.rtl_table(
    ex.events, ["event_id", "type", "date_start", "date_end", "label", "actors", "places", "orgs"],
    empty="لم يُعثر على أحداث في هذا المقال",
)

# %% [markdown]
# <div dir="rtl" lang="ar">
#
# ## حفظ الجداول
#
# كل جدول في ملف CSV وآخر JSON، في مجلد هذا المقال.
#
# </div>

# %%
display.file_list(display.save_tables(ex, p.run_dir), p.root)
