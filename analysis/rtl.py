"""Arabic labels for matplotlib: the only module that knows about shaping.

Every other module passes plain logical strings (the text as typed) to :func:`label` and draws
what it returns. What :func:`label` returns depends on the installed matplotlib, found out at
run time (:func:`native_shaping`), not from its version string:

* **native** (matplotlib 3.11 and later bundle libraqm, which shapes and orders Arabic): the
  logical text, with U+200F (RLM) in front of a line that starts with Latin letters or digits
  and LRI…PDI (U+2066…U+2069) around signed numbers, percentages and ``> 20``-style
  comparisons, so that each line reads right to left and numbers keep their order;
* **reshape** (matplotlib 3.8–3.10 draw characters one by one, left to right): each line is
  wrapped first, then reshaped (``arabic_reshaper``) and reordered with python-bidi's
  pure-Python ``get_display(..., base_dir="R")``.

Pre-shaping text that matplotlib shapes again draws it reversed (matplotlib issue #32262), so
never call ``arabic_reshaper`` or ``get_display`` anywhere else. HTML and Markdown take the
logical text as it is.

>>> to_arabic_digits("28.5%")
'٢٨٫٥٪'
>>> mark("-3.5% في الربع الأول") == "\\u200f\\u2066-3.5%\\u2069 في الربع الأول"
True
"""
from __future__ import annotations

import contextlib
import functools
import os
import re
import textwrap
from collections import OrderedDict
from typing import Literal

__all__ = [
    "native_shaping",
    "mode",
    "label",
    "mark",
    "to_arabic_digits",
    "format_number",
    "logical_of",
    "has_arabic",
    "without_kerning",
]

Mode = Literal["native", "reshape"]
Digits = Literal["western", "arabic"]

RLM, LRI, PDI, LRE, PDF = "\u200f", "\u2066", "\u2069", "\u202a", "\u202c"

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# A line turns left-to-right when its first strong character is Latin, or when it starts
# with a number (digits are weak, but raqm then takes the first strong one after a Latin
# run); RLM before the first character keeps the paragraph right-to-left.
_LTR_START = re.compile(r"^\s*[A-Za-z0-9\u0660-\u0669+\-−<>≤≥≈~(]")
# Signed numbers, percentages and comparisons with a number: bidi would move the sign or the
# percent sign to the wrong side in a right-to-left line, so they are isolated as LTR.
_NUM = r"[0-9\u0660-\u0669][0-9\u0660-\u0669.,\u066b\u066c]*"
_DIGIT = "[0-9\u0660-\u0669]"
_ISOLATE = re.compile(
    # an ISO date: after Arabic letters its digits are Arabic numbers to bidi, and the hyphens
    # between them no longer join them, so 2024-11-27 would show as 27-11-2024
    rf"(?:{_DIGIT}{{4}}-{_DIGIT}{{1,2}}-{_DIGIT}{{1,2}}(?!{_DIGIT}))"
    rf"|(?:[<>≤≥≈~]\s?[+\-−]?{_NUM}\s?[%\u066a]?)"    # > 20, ≥ 5%, ~ -3
    rf"|(?:(?<![0-9\u0660-\u0669])[+\-−]{_NUM}\s?[%\u066a]?)"  # -3.5, +2%
    rf"|(?:{_NUM}\s?[%\u066a])"                      # 3.5%
)

_WESTERN_TO_ARABIC = str.maketrans("0123456789.,%", "٠١٢٣٤٥٦٧٨٩٫٬٪")


@functools.lru_cache(maxsize=1)
def _probe() -> bool:
    """Lay out "لا" with matplotlib's own font: shaping makes one lam-alef ligature or
    contextual forms, drawing character by character gives the two nominal glyphs."""
    import matplotlib.ft2font as ft2font

    if not hasattr(ft2font, "__libraqm_version__"):
        return False
    try:
        from matplotlib import _text_helpers, font_manager

        font = font_manager.get_font(font_manager.findfont("DejaVu Sans"))
        font.set_size(12, 72)
        s = "\u0644\u0627"
        got = [item.glyph_index for item in _text_helpers.layout(s, font)]
        nominal = [font.get_char_index(ord(c)) for c in s]
        return got != nominal
    except Exception:  # a private API moved: trust the feature flag
        return True


def native_shaping() -> bool:
    """True when the installed matplotlib shapes and orders Arabic itself (libraqm).

    Found by a feature check and a layout probe, never from the version string alone.
    ``ANALYSIS_RTL_MODE=native|reshape`` in the environment overrides it (for debugging).

    >>> label("زيارة بوتين") == ("زيارة بوتين" if native_shaping() else label("زيارة بوتين", mode="reshape"))
    True
    """
    forced = os.environ.get("ANALYSIS_RTL_MODE", "").strip().lower()
    if forced in ("native", "reshape"):
        return forced == "native"
    return _probe()


def mode() -> Mode:
    """``"native"`` or ``"reshape"``: the path :func:`label` takes with this matplotlib.

    >>> label("قمة البريكس", mode=mode()) == label("قمة البريكس")
    True
    """
    return "native" if native_shaping() else "reshape"


def has_arabic(text: str) -> bool:
    """True when ``text`` holds at least one Arabic letter.

    >>> has_arabic("BRICS 2024"), has_arabic("قمة BRICS")
    (False, True)
    """
    return bool(_ARABIC.search(text))


def to_arabic_digits(text: str) -> str:
    """Western digits, decimal point, thousands comma and percent to their Arabic-Indic forms.

    >>> to_arabic_digits("28 مليار")
    '٢٨ مليار'
    """
    # only inside numbers: a comma or a full stop between words stays as it is
    return re.sub(r"[0-9][0-9.,]*%?|%", lambda m: m.group(0).translate(_WESTERN_TO_ARABIC), text)


def format_number(value: float, *, digits: Digits = "western", decimals: int | None = None) -> str:
    """A number for a label: no trailing ``.0``, thousands grouped, in the chosen digits.

    >>> format_number(28.0, digits="arabic")
    '٢٨'
    >>> format_number(20.5)
    '20.5'
    """
    if decimals is None:
        decimals = 0 if float(value).is_integer() else (1 if abs(value) >= 10 else 2)
    s = f"{value:,.{decimals}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return to_arabic_digits(s) if digits == "arabic" else s


def mark(text: str) -> str:
    """The logical text, line by line, with the marks that keep it right-to-left.

    RLM in front of a line that starts with Latin or digits; LRI…PDI around signed numbers,
    percentages and comparisons. This is what a shaping matplotlib gets, and what the shaping
    check takes as the logical label.

    >>> mark("2023 فعلي") == "\\u200f2023 فعلي"
    True
    """
    return "\n".join(_mark_line(line) for line in text.split("\n"))


def _mark_line(line: str) -> str:
    if not line.strip() or LRI in line:  # already marked: leave it
        return line
    out = _ISOLATE.sub(lambda m: LRI + m.group(0) + PDI, line)
    if _LTR_START.match(line) and not out.startswith(RLM):
        out = RLM + out
    return out


@functools.lru_cache(maxsize=1)
def _reshaper():
    import arabic_reshaper

    # keep harakat; no ALLAH ligature (U+FDF2 is a box in DejaVu Sans)
    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False}
    )


def _reshape_line(line: str) -> str:
    from bidi.algorithm import get_display  # the pure-Python one: it takes base_dir

    # the pure-Python algorithm knows embeddings, not isolates: LRI…PDI become LRE…PDF
    # (X9 then removes them from the output); RLM is not needed with base_dir="R"
    logical = _mark_line(line).replace(RLM, "").replace(LRI, LRE).replace(PDI, PDF)
    if not has_arabic(logical):
        return logical.replace(LRE, "").replace(PDF, "")
    return get_display(_reshaper().reshape(logical), base_dir="R")


# display string -> logical string, for the labels made lately (the shaping check reads it)
_LOGICAL: OrderedDict[str, str] = OrderedDict()
_LOGICAL_MAX = 4096


def logical_of(display: str) -> str | None:
    """The logical text a display string was made from by :func:`label`, if it was lately
    (the last few thousand labels; each line of a multi-line label too).

    >>> logical_of(label("مليار دولار", mode="reshape"))
    'مليار دولار'
    """
    return _LOGICAL.get(display)


def label(
    text: str,
    *,
    digits: Digits = "western",
    width: int | None = None,
    mode: Mode | None = None,
) -> str:
    """The string to hand to matplotlib for the logical Arabic ``text``.

    ``digits="arabic"`` writes numbers with Arabic-Indic digits; ``width`` wraps lines at that
    many characters (on the logical text, before any reshaping); ``mode`` forces a path
    (default: :func:`native_shaping` decides). Lines are processed one by one; set
    ``multialignment="right"`` on multi-line texts.

    >>> label("حجم التبادل التجاري", mode="native")
    'حجم التبادل التجاري'
    """
    if text is None:
        return ""
    text = str(text)
    if digits == "arabic":
        text = to_arabic_digits(text)
    elif digits != "western":
        from .errors import ParameterError

        raise ParameterError(f'digits must be "western" or "arabic", not {digits!r}')
    lines = text.split("\n")
    if width:
        lines = [w for line in lines for w in (textwrap.wrap(line, width) or [""])]
    logical = "\n".join(lines)
    use = mode or ("native" if native_shaping() else "reshape")
    if use == "native":
        out = "\n".join(_mark_line(line) for line in lines)
    else:
        out = "\n".join(_reshape_line(line) for line in lines)
    # the whole text and each line: renderers draw multi-line texts line by line
    for d, l in [(out, logical), *zip(out.split("\n"), lines)] if "\n" in out else [(out, logical)]:
        _LOGICAL[d] = l
        _LOGICAL.move_to_end(d)
    while len(_LOGICAL) > _LOGICAL_MAX:
        _LOGICAL.popitem(last=False)
    return out


@contextlib.contextmanager
def without_kerning(fig):
    """While saving ``fig``, draw every text of it without the font's kerning (native path).

    Amiri kerns ر or ز before an initial ي by 0.12 em, and PDF readers (poppler's
    ``pdftotext``, pdfium, copy and paste in Evince or Okular) take any gap wider than 0.1 em for a
    space: «زيارة» would come back as «ز يارة». Without kerning the words come back whole, and
    the drawing barely changes. Matplotlib before 3.11 lays glyphs out itself, with no such
    feature: nothing to do there. Each text's own features are put back afterwards.
    """
    from matplotlib.text import Text

    if mode() != "native" or not hasattr(Text, "set_fontfeatures"):
        yield
        return
    fig.draw_without_rendering()  # the tick labels exist once the figure has been laid out
    saved = []
    for t in fig.findobj(Text):
        feats = t.get_fontfeatures()
        saved.append((t, feats))
        t.set_fontfeatures((*(feats or ()), "-kern"))
    try:
        yield
    finally:
        for t, feats in saved:
            t.set_fontfeatures(feats)
