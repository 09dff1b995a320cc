"""A glyph-level check of Arabic labels, with HarfBuzz as the reference (test helper).

Reference: the logical label (as :func:`analysis.rtl.mark` leaves it: RLM, LRI…PDI) is split
into bidi runs (python-bidi's pure-Python levels with base direction R; LRI…PDI read as
LRE…PDF, which it knows), each run is shaped by HarfBuzz (``uharfbuzz``) with the font file
matplotlib would use for its characters, and the runs are put in visual order (rule L2).

What matplotlib draws:

* native path (3.11+, libraqm): the glyph ids of matplotlib's own layout of the drawn string
  (``matplotlib._text_helpers.layout``, what Agg, PDF and SVG draw), compared as they are
  with HarfBuzz's full shaping of each run (Amiri's contextual alternates included);
* pre-shaping path (≤ 3.10): matplotlib draws the font's glyph for each character of the
  pre-shaped string, left to right. A presentation form (U+FB50–FEFF) is the glyph the font's
  own shaping gives its base letter in that joining form (Unicode's decomposition names
  both), so each character is turned into those HarfBuzz glyphs before comparing. Presentation
  forms can only say which joining form a letter takes (and lam + alef), not the contextual
  alternates a Naskh font such as Amiri adds on top (ح before ج stacked, …): on this path the
  reference of a right-to-left run is therefore the joining HarfBuzz computes — read from
  HarfBuzz's shaping of the run with DejaVu Sans, whose Arabic lookups are exactly the Unicode
  forms, plus the mandatory lam-alef ligature — each form then drawn as above.

Unshaped, bidi-only and double-shaped labels all fail (``tests/test_rtl.py`` shows it).
"""
from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

import uharfbuzz as hb
from matplotlib import font_manager

from analysis import rtl

CONTROLS = set("\u200e\u200f\u200d\u200c\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e")
ZWJ = "\u200d"
_FORM_CONTEXT = {"<isolated>": ("", ""), "<initial>": ("", ZWJ), "<medial>": (ZWJ, ZWJ), "<final>": (ZWJ, "")}


class ShapingMismatch(AssertionError):
    pass


@functools.lru_cache(maxsize=None)
def _hb_font(path: str) -> hb.Font:
    return hb.Font(hb.Face(hb.Blob.from_file_path(path)))


@functools.lru_cache(maxsize=None)
def _cmap(path: str) -> frozenset[int]:
    from matplotlib.ft2font import FT2Font

    return frozenset(FT2Font(path).get_charmap())


def font_files(prop) -> list[str]:
    """The files matplotlib tries, in order, for FontProperties ``prop`` (its fallback list)."""
    return [str(p) for p in font_manager.fontManager._find_fonts_by_props(prop)]


def _font_for(ch: str, files: list[str]) -> str:
    for f in files:
        if ord(ch) in _cmap(f):
            return f
    return files[0]


def _shape(text: str, path: str, direction: str | None = None) -> list[tuple[int, int]]:
    """(cluster, glyph id) in HarfBuzz's output order (visual, left to right)."""
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES  # ZWJ of the form contexts
    if direction:
        buf.direction = direction
    hb.shape(_hb_font(path), buf, {})
    return [(g.cluster, g.codepoint) for g in buf.glyph_infos]


@functools.lru_cache(maxsize=None)
def _charmap(path: str) -> dict[int, int]:
    from matplotlib.ft2font import FT2Font

    return dict(FT2Font(path).get_charmap())


@functools.lru_cache(maxsize=1)
def _forms_font() -> tuple[str, dict[int, int], dict[int, tuple[int, ...]]]:
    """DejaVu Sans (matplotlib's own file), its cmap, and glyph -> presentation forms."""
    path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"), fallback_to_default=False)
    cmap = _charmap(path)
    forms: dict[int, list[int]] = {}
    for cp, gid in cmap.items():
        if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
            forms.setdefault(gid, []).append(cp)
    return path, cmap, {g: tuple(sorted(cps)) for g, cps in forms.items()}


def _decomposition(cp: int) -> tuple[str, str]:
    """(form tag, base text) of a presentation form: ('<medial>', 'ج')."""
    parts = unicodedata.decomposition(chr(cp)).split()
    return (parts[0], "".join(chr(int(d, 16)) for d in parts[1:])) if parts and parts[0].startswith("<") else ("", "")


_LAM = "\u0644"
_LAM_ALEF = {(tag, base[1]): chr(cp) for cp in range(0xFEF5, 0xFEFD)
             for tag, base in [_decomposition(cp)] if base[:1] == _LAM}  # ('<isolated>', 'ا') -> ﻻ


def _is_letter(ch: str) -> bool:
    """An Arabic letter (right-to-left Arabic, a letter: not a mark, digit or sign)."""
    return unicodedata.bidirectional(ch) == "AL" and unicodedata.category(ch).startswith("L")


def joining_forms(text: str) -> str:
    """The logical right-to-left ``text`` with each Arabic letter in the presentation form
    HarfBuzz joins it to (a letter standing alone stays itself), lam + alef as their ligature.

    HarfBuzz shapes ``text`` with DejaVu Sans (features rlig and liga off: no ligature); each
    glyph is read back through DejaVu's cmap as the form of its letter; then each lam + alef
    becomes the ligature Unicode has for it.

    >>> joining_forms("حجم لا") == "\ufea3\ufea0\ufee2 \ufefb"
    True
    """
    path, cmap, glyph_forms = _forms_font()
    buf = hb.Buffer()
    buf.add_codepoints([ord(c) for c in text])  # clusters are character indexes
    buf.guess_segment_properties()
    buf.direction = "rtl"
    hb.shape(_hb_font(path), buf, {"rlig": False, "liga": False})
    out = list(text)
    seen: set[int] = set()
    for info in buf.glyph_infos:
        i, ch = info.cluster, text[info.cluster]
        if not _is_letter(ch) or info.codepoint == cmap.get(ord(ch)):
            continue  # not an Arabic letter (a mirrored bracket …), or its nominal glyph: isolated
        if i in seen:
            raise ValueError(f"{text!r}: DejaVu Sans draws {ch!r} with more than one glyph")
        seen.add(i)
        form = [cp for cp in glyph_forms.get(info.codepoint, ()) if _decomposition(cp)[1] == ch]
        if not form:
            raise ValueError(f"{text!r}: no presentation form of {ch!r} in DejaVu Sans")
        out[i] = chr(form[0])
    # the mandatory ligature: lam (initial or medial) + alef (final)
    merged: list[str] = []
    for c in out:
        tag, base = _decomposition(ord(c))
        prev = _decomposition(ord(merged[-1])) if merged else ("", "")
        if tag == "<final>" and prev[1] == _LAM and prev[0] in ("<initial>", "<medial>"):
            lig = _LAM_ALEF.get(("<isolated>" if prev[0] == "<initial>" else "<final>", base))
            if lig:
                merged[-1] = lig
                continue
        merged.append(c)
    return "".join(merged)


def _levels(text: str) -> list[tuple[str, int]]:
    """(character, embedding level) after the bidi rules up to I2, base direction R."""
    from bidi import algorithm as A

    text = text.replace("\u2066", "\u202a").replace("\u2067", "\u202b").replace("\u2069", "\u202c")
    storage = A.get_empty_storage()
    storage["base_level"] = 1
    storage["base_dir"] = "R"
    A.get_embedding_levels(text, storage)
    A.explicit_embed_and_overrides(storage)
    A.resolve_weak_types(storage, False)
    A.resolve_neutral_types(storage, False)
    A.resolve_implicit_levels(storage, False)
    return [(c["ch"], c["level"]) for c in storage["chars"]]


def reference_glyphs(line: str, files: list[str], *, forms_only: bool = False) -> list[tuple[str, int]]:
    """HarfBuzz's glyphs for one logical line, in visual order: [(font file name, glyph id)].

    ``forms_only`` (the pre-shaping path): right-to-left runs in their joining forms only
    (:func:`joining_forms`), without the font's contextual alternates.
    """
    chars = [(c, lv) for c, lv in _levels(line) if c not in CONTROLS]
    runs: list[list] = []  # [text, level, font]
    for c, lv in chars:
        f = _font_for(c, files)
        if runs and runs[-1][1] == lv and runs[-1][2] == f:
            runs[-1][0] += c
        else:
            runs.append([c, lv, f])
    # L2: from the highest level down to the lowest odd one, reverse every sequence of runs
    # at that level or higher (inside a run, HarfBuzz's direction does the reversing)
    if runs:
        top = max(r[1] for r in runs)
        low_odd = min(lv for lv in (r[1] for r in runs) if lv % 2 == 1) if any(r[1] % 2 for r in runs) else top + 1
        for level in range(top, low_odd - 1, -1):
            i, out = 0, []
            while i < len(runs):
                if runs[i][1] >= level:
                    j = i
                    while j < len(runs) and runs[j][1] >= level:
                        j += 1
                    out.extend(reversed(runs[i:j]))
                    i = j
                else:
                    out.append(runs[i])
                    i += 1
            runs = out
    glyphs = []
    for text, lv, f in runs:
        if forms_only and lv % 2:
            for ch in reversed(joining_forms(text)):
                if _decomposition(ord(ch))[1] or _is_letter(ch):
                    glyphs.extend(_char_glyphs(ch, f))
                else:  # spaces, punctuation: HarfBuzz mirrors brackets in a right-to-left run
                    glyphs.extend((Path(f).name, g) for _cl, g in _shape(ch, f, "rtl"))
            continue
        for _cl, gid in _shape(text, f, "rtl" if lv % 2 else "ltr"):
            glyphs.append((Path(f).name, gid))
    return glyphs


@functools.lru_cache(maxsize=None)
def _char_glyphs(ch: str, path: str) -> tuple[tuple[str, int], ...]:
    """The font's shaped glyphs standing for one character of a pre-shaped string."""
    decomp = unicodedata.decomposition(ch).split()
    if decomp and decomp[0] in _FORM_CONTEXT and all(len(d) == 4 for d in decomp[1:]):
        base = "".join(chr(int(d, 16)) for d in decomp[1:])
        before, after = _FORM_CONTEXT[decomp[0]]
        text = before + base + after
        # the ZWJs only set the joining: HarfBuzz drops them (REMOVE_DEFAULT_IGNORABLES)
        return tuple((Path(path).name, g) for _cl, g in _shape(text, path))
    return tuple((Path(path).name, g) for _cl, g in _shape(ch, path))


def drawn_glyphs(line: str, prop, *, native: bool | None = None) -> list[tuple[str, int]]:
    """The glyphs matplotlib draws for one line of a Text with FontProperties ``prop``."""
    from matplotlib import _text_helpers

    native = rtl.native_shaping() if native is None else native
    font = font_manager.get_font(font_manager.fontManager._find_fonts_by_props(prop))
    font.set_size(prop.get_size_in_points(), 72)
    out: list[tuple[str, int]] = []
    for item in _text_helpers.layout(line, font):
        if item.char in CONTROLS:
            continue
        gid = getattr(item, "glyph_index", None)
        gid = item.glyph_idx if gid is None else gid
        path = item.ft_object.fname
        if native:
            out.append((Path(path).name, gid))
        else:
            out.extend(_char_glyphs(item.char, path))
    return out


def check_line(display: str, logical: str, prop) -> None:
    """Raise :class:`ShapingMismatch` unless ``display`` draws as HarfBuzz shapes ``logical``."""
    native = rtl.native_shaping()
    want = reference_glyphs(rtl.mark(logical), font_files(prop), forms_only=not native)
    got = drawn_glyphs(display, prop, native=native)
    if got != want:
        raise ShapingMismatch(
            f"label {logical!r} drawn from {display!r}:\n  matplotlib {[g for _f, g in got]}\n"
            f"  harfbuzz   {[g for _f, g in want]}"
        )


def check_text(display: str, logical: str, prop) -> None:
    d_lines, l_lines = display.split("\n"), logical.split("\n")
    if len(d_lines) != len(l_lines):
        raise ShapingMismatch(f"{logical!r}: {len(l_lines)} lines, drawn as {len(d_lines)}")
    for d, l in zip(d_lines, l_lines):
        check_line(d, l, prop)


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff" for c in s)


def check_figure(fig, font_file: str | None = None) -> list[str]:
    """Check every visible Arabic text of ``fig``; return the logical labels checked.

    A text that did not come through :func:`analysis.rtl.label` fails, as does any label whose
    glyphs differ from HarfBuzz's, and any label whose first font is another file than
    ``font_file`` (default: the packaged Amiri, in the face the text asks for: regular, bold,
    italic or bold italic).
    """
    from analysis import fonts

    packaged = font_file is None
    font_file = str(fonts.arabic_font_path()) if font_file is None else font_file
    faces = {str(p) for p in Path(font_file).parent.glob("Amiri-*.ttf")} if packaged else {font_file}
    from matplotlib.text import Text

    fig.canvas.draw()
    checked = []
    for t in fig.findobj(Text):
        s = t.get_text()
        if not s or not t.get_visible() or not _is_arabic(s):
            continue
        logical = rtl.logical_of(s)
        if logical is None:
            raise ShapingMismatch(f"text {s!r} did not come through analysis.rtl.label")
        files = font_files(t.get_fontproperties())
        if files[0] not in faces:
            raise ShapingMismatch(f"{logical!r} is drawn with {files[0]}, not {font_file}")
        check_text(s, logical, t.get_fontproperties())
        checked.append(logical)
    return checked
