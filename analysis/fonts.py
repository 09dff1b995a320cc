"""Fonts for the charts: Noto Sans Arabic from its PyPI package, DejaVu Sans as fallback.

The Arabic font ships with the install (``fontpkg-noto-sans-arabic``, OFL) and is registered
with matplotlib's font manager the first time a chart asks for it. Charts never change global
rcParams: they draw inside ``matplotlib.pyplot.rc_context(fonts.rc(...))``.

>>> families()
['Noto Sans Arabic (analysis)', 'DejaVu Sans']
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from .errors import ParameterError

__all__ = ["ARABIC_FAMILY", "FALLBACK_FAMILY", "arabic_font_path", "register", "families", "rc", "font_path"]

ARABIC_FAMILY = "Noto Sans Arabic (analysis)"  # the packaged file, by a name no system font has
ARABIC_FONT_NAME = "Noto Sans Arabic"
FALLBACK_FAMILY = "DejaVu Sans"  # matplotlib's own: Latin, punctuation, ≥ ≤ ≈


def arabic_font_path() -> Path:
    """The TrueType file of Noto Sans Arabic inside the ``fontpkg-noto-sans-arabic`` package.

    It draws «التبادل التجاري» with real Arabic design (DejaVu Sans only has basic forms).

    >>> arabic_font_path().suffix
    '.ttf'
    """
    import fontpkg_noto_sans_arabic as pkg

    files = sorted((Path(pkg.ROOT) / "files").glob("*.[ot]tf"))
    if not files:
        raise ParameterError(
            "fontpkg-noto-sans-arabic has no font file; reinstall it: pip install --force-reinstall fontpkg-noto-sans-arabic"
        )
    return files[0]


@functools.lru_cache(maxsize=1)
def register() -> str:
    """Make the packaged Noto Sans Arabic known to matplotlib (once); return the family name
    charts use for it.

    A machine may also have Debian's Noto Sans Arabic (``fonts-noto-core``) under the same
    family name, and matplotlib would pick either. So the packaged file is also registered
    under its own name, :data:`ARABIC_FAMILY`, and charts draw with exactly that file on
    every machine.

    >>> register()  # then: plt.text(0, 0, "حجم التبادل التجاري", family=register())
    'Noto Sans Arabic (analysis)'
    """
    import dataclasses

    from matplotlib import font_manager, ft2font

    path = arabic_font_path()
    entries = font_manager.fontManager.ttflist
    if not any(e.name == ARABIC_FAMILY for e in entries):
        entry = font_manager.ttfFontProperty(ft2font.FT2Font(str(path)))
        entries.append(entry)  # under its own name too, like addfont()
        entries.append(dataclasses.replace(entry, name=ARABIC_FAMILY))
        cached = getattr(font_manager.fontManager, "_findfont_cached", None)
        if cached is not None:
            cached.cache_clear()
    return ARABIC_FAMILY


def _known_families() -> set[str]:
    from matplotlib import font_manager

    return {f.name for f in font_manager.fontManager.ttflist}


def families(font: str | None = None) -> list[str]:
    """The family list charts use: ``font`` (a family name known to matplotlib) or Noto Sans
    Arabic, then DejaVu Sans for the characters the first one lacks.

    A font of your own: ``matplotlib.font_manager.fontManager.addfont("/path/Amiri.ttf")``,
    then ``font="Amiri"``.
    """
    first = register() if font is None else font
    if font is not None and font not in _known_families():
        register()
    if font is not None and font not in _known_families():
        raise ParameterError(
            f"font {font!r} is not known to matplotlib; add its file first with "
            "matplotlib.font_manager.fontManager.addfont(path), or leave font=None for Noto Sans Arabic"
        )
    return [first] if first == FALLBACK_FAMILY else [first, FALLBACK_FAMILY]


def font_path(font: str | None = None) -> Path:
    """The file matplotlib uses for the first family of :func:`families` (for «مليار دولار»
    and every other Arabic label).

    >>> font_path() == arabic_font_path()
    True
    """
    from matplotlib import font_manager

    fam = families(font)[0]
    return Path(font_manager.findfont(font_manager.FontProperties(family=fam), fallback_to_default=False))


def rc(font: str | None = None, **extra: Any) -> dict[str, Any]:
    """rcParams for ``plt.rc_context``: the family list, TrueType in PDF, paths in SVG with a
    fixed hash salt, no mathtext (``$`` in news text), plus ``extra``.

    >>> import matplotlib.pyplot as plt
    >>> with plt.rc_context(rc()):
    ...     t = plt.figure().text(0.5, 0.5, "سعر النفط 80$ للبرميل")
    >>> t.get_fontfamily()[0]
    'Noto Sans Arabic (analysis)'
    """
    fam = families(font)
    params: dict[str, Any] = {
        "font.family": fam,
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "svg.fonttype": "path",
        "svg.hashsalt": "analysis",
        "text.parse_math": False,
        "axes.unicode_minus": False,
    }
    params.update(extra)
    return params
