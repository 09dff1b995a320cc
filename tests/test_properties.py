"""What holds for every text, however odd: random mixes of the words the library knows (its
own language tables), digits of three scripts, punctuation and stray marks go through
``extract()`` and every table keeps its promises (spans that index the text, low <= high,
start <= end). This is how the range written high to low (بين 5 و3 ملايين) was found."""
from __future__ import annotations

import math
import warnings

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.entities import DATA_DIR

# the first column of every language table: month names, currencies, scale words, titles,
# places, triggers, qualifiers ...
_VOCAB = sorted({
    line.split("\t")[0].strip()
    for path in sorted(DATA_DIR.glob("*.tsv"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
} - {"", "form", "word", "phrase", "cue"})
_GLUE = ["و", "في", "من", "إلى", "بين", "بلغ", "قال", "أكثر من", "عام", "الماضي", "المقبل", "،", ".", "؛",
         ":", "(", ")", "«", "»", '"', "-", "/", "%", "٪", "$", "\n", "\n\n", "+", "..", "…", "؟",
         "http://a.b/c", "USD", "ABC", "\u200f", "\u200c", "ـ", "ً", "ّ", "هـ", "م"]
_DIGITS = st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"])


@st.composite
def _number(draw):
    digits = draw(_DIGITS)
    s = draw(st.text(digits, min_size=1, max_size=5))
    if draw(st.booleans()):
        s += draw(st.sampled_from([".", ",", "٫", "٬", "،", "ر", "/", "-", ":"])) + draw(st.text(digits, min_size=1, max_size=4))
    return s


_PIECE = st.one_of(st.sampled_from(_VOCAB), st.sampled_from(_VOCAB), _number(), st.sampled_from(_GLUE))
_SEP = st.sampled_from([" ", " ", " ", " ", "", "  ", "\n", "\t"])


def _ok(x) -> bool:
    return x is not None and not (isinstance(x, float) and math.isnan(x)) and not pd.isna(x)


def test_the_vocabulary_is_read():
    assert len(_VOCAB) > 1000  # every table's words, not a handful


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_PIECE, _SEP), min_size=1, max_size=80),
       st.sampled_from([None, "2024-11-27", "2000-02-29", "2039-12-31"]))
def test_every_table_keeps_its_promises_on_any_text(pieces, published):
    text = "خبر\n" + "".join(w + s for w, s in pieces)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ex = analysis.extract(text, published=published)
    t = ex.article.text
    for name in ("segments", "figures", "dates"):
        for s, e, x in zip(ex.tables()[name]["start"], ex.tables()[name]["end"], ex.tables()[name]["text"]):
            assert t[s:e] == x, (name, x)
    for s, e, x in zip(ex.entities["start"], ex.entities["end"], ex.entities["text"]):
        # (after ل the name has its article back: للأمم المتحدة → الأمم المتحدة, docs/TABLES.md)
        assert t[s:e] == x or x == "ا" + t[s:e], x
    for row in ex.figures.itertuples():
        assert row.kind in ("money", "percent", "count", "quantity")
        assert _ok(row.value) != (_ok(row.value_low) or _ok(row.value_high)), row
        if _ok(row.value_low) and _ok(row.value_high):
            assert row.value_low <= row.value_high, row
        if _ok(row.period_start) and _ok(row.period_end):
            assert row.period_start <= row.period_end, row
    for a, b in zip(ex.dates["start_date"], ex.dates["end_date"]):
        if _ok(a) and _ok(b):
            assert a <= b
    for row in ex.events.itertuples():
        assert 0 <= row.start <= row.end <= len(t)
        assert row.sentence and row.label
        if _ok(row.date_start) and _ok(row.date_end):
            assert row.date_start <= row.date_end
