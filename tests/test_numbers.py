"""Numbers: the worked examples in examples/numbers.tsv, plus a few properties."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

import analysis
import analysis.numbers
from analysis import find_numbers
from analysis.numbers import MAX_VALUE, number_mentions, parse_digits
from analysis.tables import columns
from analysis.text import fold

EXAMPLES = Path(__file__).parent / "examples" / "numbers.tsv"


def _rows():
    for n, line in enumerate(EXAMPLES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        parts += [""] * (4 - len(parts))
        yield pytest.param(*parts[:4], id=f"L{n}")


def _close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


@pytest.mark.parametrize("text,mention,value,kind", list(_rows()))
def test_example(text, mention, value, kind):
    found = number_mentions(fold(text))
    if not mention:
        assert found == [], [(m.text, m.value) for m in found]
        return
    hits = [m for m in found if m.text == mention]
    assert hits, f"{mention!r} not found in {[(m.text, m.value) for m in found]}"
    m = hits[0]
    assert text[m.start:m.end] == m.text
    if ".." in value:
        lo, hi = (float(x) for x in value.split(".."))
        assert m.value is None and _close(m.value_low, lo) and _close(m.value_high, hi)
    else:
        assert _close(m.value, float(value)), (m.value, value)
    assert m.kind == kind


def test_examples_are_many():
    assert len(list(_rows())) >= 90


@pytest.mark.parametrize("s,v", [("1,500", 1500.0), ("1،5", 1.5), ("12،220,13", 12220.13), ("25799,52", 25799.52),
                                 ("0.77", 0.77), ("192.168.1.2", None), ("1,2345", None)])
def test_parse_digits(s, v):
    assert parse_digits(s) == v


def test_offsets_map_back_through_dropped_marks():
    text = "بلغ ٢٨ مليـار دولار"
    (m,) = number_mentions(fold(text))
    assert text[m.start:m.end] == "٢٨ مليـار" and m.value == 28e9


def test_find_numbers_columns_even_when_empty():
    assert find_numbers("لا شيء هنا").columns.tolist()[:7] == columns("numbers")
    assert find_numbers("ثلاثة أقلام").columns.tolist()[:7] == columns("numbers")


def test_private_fields_stay_off_the_table():
    df = find_numbers("زار 5 ملايين سائح")
    assert "fstart" not in df.columns and "scale" not in df.columns


# --------------------------------------------------------------------------- values at the edges
# A number above MAX_VALUE (10^27), or too long to be a float (1 and 400 zeros), is dropped whole:
# never an exception, never inf, never a smaller number read from its pieces.

@pytest.mark.parametrize("text", [
    "بلغ 1" + "0" * 400 + " دولار",                 # overflows a float
    "بلغ " + "9" * 5000 + " دولار",                  # a huge digit string
    "بلغ 1" + "0" * 300 + " مليار دولار",           # a float, until its scale is applied
    "بلغ 1" + "0" * 28 + " دولار",                  # finite, above the bound
    "بلغ -1" + "0" * 400 + " دولار",                # the same, negative
    "بلغ 1" + "0" * 400 + "% من السكان",            # a percent
    "بلغ تريليون تريليون تريليون دولار",             # 10^36 in words
    "بلغ " + " ".join(["مليار"] * 3000),             # scale words without end
])
def test_values_beyond_the_bound_are_dropped_whole(text):
    assert number_mentions(fold(text)) == []
    ex = analysis.extract("عنوان\n" + text, published="2024-01-01")
    assert ex.figures.empty
    for col in ("value", "value_low", "value_high"):
        assert not find_numbers(text)[col].map(lambda v: v is not None and math.isinf(v)).any()


@pytest.mark.parametrize("text,mention,value", [
    ("بلغ تريليون تريليون دولار", "تريليون تريليون", 1e24),   # a scale said twice multiplies
    ("أنفق ألف ألف دينار", "ألف ألف", 1e6),                   # the old way of saying a million
    ("بلغ 1" + "0" * 26 + " دولار", "1" + "0" * 26, 1e26),      # under the bound: read
])
def test_values_under_the_bound_are_read(text, mention, value):
    (m,) = number_mentions(fold(text))
    assert m.text == mention and m.value == value and math.isfinite(m.value)


def test_the_bound_is_finite_and_documented():
    assert MAX_VALUE == 1e27 and math.isfinite(MAX_VALUE)
    assert "MAX_VALUE" in analysis.numbers.__all__
