"""analysis.rtl and analysis.fonts: the string each matplotlib gets, checked glyph by glyph.

Runs on both matplotlib paths: here (3.11, native shaping) and in ``.venv-mpl310``
(``make test-mpl310``: matplotlib 3.10, pre-shaping). The glyph check (tests/shaping.py) takes
HarfBuzz's shaping of the logical label as the reference: with the same font file on the native
path; on the pre-shaping path, the joining forms HarfBuzz chooses (pre-shaped text can only
hold those, not Amiri's stacked forms).
"""
from __future__ import annotations

import sys
from pathlib import Path

import textwrap

import matplotlib

matplotlib.use("Agg")

import arabic_reshaper  # noqa: E402
import matplotlib.ft2font as ft2font  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from bidi.algorithm import get_display  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/shaping.py, however pytest imports
import shaping  # noqa: E402
from analysis import fonts, rtl  # noqa: E402
from analysis.errors import ParameterError  # noqa: E402

NATIVE = rtl.native_shaping()

# labels the charts draw, and some that are hard: numbers, Latin, signs, lam-alef
LABELS = [
    "حجم التبادل التجاري",
    "مليار دولار",
    "يناير–سبتمبر 2024",
    "2023 فعلي",
    "> 20",
    "إسقاط سنوي: > 26.7",
    "تراجع -3.5% في الربع الأول",
    "حجم التبادل التجاري (مليار دولار)",
    "لا إله إلا الله",
    "EAEU: الاتحاد الاقتصادي الأوراسي",
    "قمة «البريكس» في قازان",
    "الأعلى ≥ 5% منذ عام 2013",
    "٢٨ مليار دولار",
]
# Harakat are left out of the glyph check: HarfBuzz puts shadda before fatha, the pre-shaped
# string keeps them as typed, and matplotlib ≤ 3.10 does not position marks at all.


@pytest.fixture(scope="module")
def prop():
    return FontProperties(family=fonts.families(), size=11)


def test_the_path_is_found_by_feature_not_version():
    has_raqm = hasattr(ft2font, "__libraqm_version__")
    assert rtl.native_shaping() is has_raqm
    assert rtl.mode() == ("native" if has_raqm else "reshape")


def test_environment_override(monkeypatch):
    monkeypatch.setenv("ANALYSIS_RTL_MODE", "reshape")
    assert rtl.mode() == "reshape"
    monkeypatch.setenv("ANALYSIS_RTL_MODE", "native")
    assert rtl.mode() == "native"


@pytest.mark.parametrize(
    "logical, marked",
    [
        ("حجم التبادل التجاري", "حجم التبادل التجاري"),
        ("2023 فعلي", "\u200f2023 فعلي"),
        ("EAEU: الاتحاد", "\u200fEAEU: الاتحاد"),
        ("تراجع -3.5% في", "تراجع \u2066-3.5%\u2069 في"),
        ("نما 12% في", "نما \u206612%\u2069 في"),
        ("> 20", "\u200f\u2066> 20\u2069"),
        ("عام 2024", "عام 2024"),  # a year is no signed number: left alone
        ("2023–2024 فعلي", "\u200f2023–2024 فعلي"),
        ("سطر أول\n-5% سطر ثان", "سطر أول\n\u200f\u2066-5%\u2069 سطر ثان"),
    ],
)
def test_mark(logical, marked):
    assert rtl.mark(logical) == marked
    assert rtl.mark(marked) == marked  # marking twice changes nothing


def test_native_label_is_the_marked_logical_text():
    for s in LABELS:
        out = rtl.label(s, mode="native")
        assert out == rtl.mark(s)
        assert not any("\ufb50" <= c <= "\ufeff" for c in out)  # never pre-shaped


def test_reshape_label_is_visual_and_joined():
    out = rtl.label("حجم التبادل التجاري", mode="reshape")
    assert any("\ufe70" <= c <= "\ufeff" for c in out)  # presentation forms
    assert out == get_display(arabic_reshaper.reshape("حجم التبادل التجاري"), base_dir="R")
    assert "\u2066" not in rtl.label("تراجع -3.5% في", mode="reshape")
    assert "\ufdf2" not in rtl.label("الله", mode="reshape")  # no ALLAH ligature (a box in DejaVu)
    assert "\u064e" in rtl.label("مُحَمَّد", mode="reshape")  # harakat kept


def test_reshape_wraps_before_reshaping_line_by_line():
    text = "بلغ حجم التبادل التجاري بين البلدين مستوى قياسيا في عام 2023"
    native = rtl.label(text, width=20, mode="native").split("\n")
    visual = rtl.label(text, width=20, mode="reshape").split("\n")
    assert len(native) == len(visual) > 1
    for n, v in zip(native, visual):
        assert v == rtl.label(n, mode="reshape")  # each line on its own
    assert rtl.logical_of(rtl.label(text, width=20, mode="reshape")) == "\n".join(textwrap.wrap(text, 20))


def test_digits():
    assert rtl.to_arabic_digits("28.5% في 2024، و3,000") == "٢٨٫٥٪ في ٢٠٢٤، و٣٬٠٠٠"
    assert rtl.format_number(28e9 / 1e9) == "28"
    assert rtl.format_number(26.666666) == "26.7"
    assert rtl.format_number(1234567) == "1,234,567"
    assert rtl.format_number(0.25, digits="arabic") == "٠٫٢٥"
    assert rtl.label("مليار 28", digits="arabic", mode="native") == "مليار ٢٨"
    with pytest.raises(ParameterError):
        rtl.label("x", digits="hindi")


def test_fonts_family_list_and_user_font():
    fam = fonts.families()
    assert fam == [fonts.ARABIC_FAMILY, "DejaVu Sans"]
    from matplotlib import font_manager

    path = font_manager.findfont(FontProperties(family=fonts.ARABIC_FAMILY), fallback_to_default=False)
    assert path == str(fonts.arabic_font_path())  # the packaged Amiri file, not a system one
    assert fonts.families("DejaVu Sans") == ["DejaVu Sans"]
    with pytest.raises(ParameterError, match="addfont"):
        fonts.families("No Such Font 123")


def test_rc_is_for_rc_context_only():
    before = dict(matplotlib.rcParams)
    with plt.rc_context(fonts.rc()):
        assert matplotlib.rcParams["pdf.fonttype"] == 42
        assert matplotlib.rcParams["font.family"][0] == fonts.ARABIC_FAMILY
    assert dict(matplotlib.rcParams) == before


# --------------------------------------------------------------------------- the glyph check


@pytest.mark.parametrize("logical", LABELS)
def test_labels_draw_as_harfbuzz_shapes_them(logical, prop):
    shaping.check_text(rtl.label(logical), logical, prop)


@pytest.mark.parametrize("logical", LABELS)
def test_arabic_indic_digits_draw_as_harfbuzz_shapes_them(logical, prop):
    shaping.check_text(rtl.label(logical, digits="arabic"), rtl.to_arabic_digits(logical), prop)


def test_wrapped_labels_pass_line_by_line(prop):
    text = "قام وزير الخارجية سيرجي لافروف بزيارة أستانا في وقت سابق من هذا الشهر تمهيدا للقمة"
    display = rtl.label(text, width=25)
    shaping.check_text(display, rtl.logical_of(display), prop)


def _double_shaped(s):
    once = get_display(arabic_reshaper.reshape(s), base_dir="R")
    return get_display(arabic_reshaper.reshape(once), base_dir="R")


@pytest.mark.parametrize("logical", ["حجم التبادل التجاري", "مليار دولار", "يناير–سبتمبر 2024", "لا إله إلا الله"])
def test_the_check_fails_for_wrong_labels(logical, prop):
    """The check can fail: every wrong way of preparing a label is caught on this path."""
    wrong = {
        "bidi only, not joined": get_display(logical, base_dir="R"),
        "double-shaped": _double_shaped(logical),
    }
    if NATIVE:
        # pre-shaping on a shaping matplotlib draws labels reversed (matplotlib #32262)
        wrong["pre-shaped on 3.11"] = get_display(arabic_reshaper.reshape(logical), base_dir="R")
    else:
        wrong["unshaped on 3.10"] = logical
    for why, display in wrong.items():
        with pytest.raises(shaping.ShapingMismatch):
            shaping.check_text(display, logical, prop)
            pytest.fail(f"{why}: the check passed")


def test_the_check_catches_a_latin_start_without_rlm(prop):
    logical = "EAEU: الاتحاد الاقتصادي"
    if NATIVE:
        with pytest.raises(shaping.ShapingMismatch):  # drawn left to right
            shaping.check_text(logical, logical, prop)
    shaping.check_text(rtl.label(logical), logical, prop)


def test_the_check_catches_a_sign_on_the_wrong_side(prop):
    logical = "تراجع -3.5% في الربع الأول"
    broken = logical if NATIVE else get_display(arabic_reshaper.reshape(logical), base_dir="R")
    with pytest.raises(shaping.ShapingMismatch):
        shaping.check_text(broken, logical, prop)


def test_check_figure_rejects_text_that_skipped_rtl():
    with plt.rc_context(fonts.rc()):
        fig = plt.figure()
        fig.text(0.1, 0.5, "نص لم يمر عبر الوحدة " + "ق" * 3)
    try:
        with pytest.raises(shaping.ShapingMismatch, match="did not come through"):
            shaping.check_figure(fig)
    finally:
        plt.close(fig)


@pytest.mark.parametrize("module", ["analysis.rtl", "analysis.fonts", "analysis.plots"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
