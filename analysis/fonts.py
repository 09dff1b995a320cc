"""Fonts for the charts: Amiri from its PyPI package, DejaVu Sans as fallback.

The Arabic font ships with the install (``fontpkg-amiri``, OFL) and is registered with
matplotlib's font manager the first time a chart asks for it. Charts never change global
rcParams: they draw inside ``matplotlib.pyplot.rc_context(fonts.rc(...))``.

Amiri draws each letter with its dots as one glyph and keeps lam-alef one ligature mapped to
both letters, so on matplotlib 3.11+ the text extracted from the PDFs (pdfium, poppler) is the
logical Arabic (the export turns kerning off, which would open a gap between ر or ز and an
initial ي that readers take for a space: «ز يارة»). It has no ≥ ≤ ≈: DejaVu Sans draws those.

>>> families()
['Amiri (analysis)', 'DejaVu Sans']
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from .errors import ParameterError

__all__ = ["ARABIC_FAMILY", "FALLBACK_FAMILY", "arabic_font_path", "register", "families", "rc", "font_path"]

ARABIC_FAMILY = "Amiri (analysis)"  # the packaged file, by a name no system font has
ARABIC_FONT_NAME = "Amiri"
ARABIC_FONT_FILE = "Amiri-Regular.ttf"
FALLBACK_FAMILY = "DejaVu Sans"  # matplotlib's own: Latin, punctuation, ≥ ≤ ≈


def arabic_font_path() -> Path:
    """The TrueType file of Amiri (regular) inside the ``fontpkg-amiri`` package.

    It draws «التبادل التجاري» with real Arabic design (DejaVu Sans only has basic forms).

    >>> arabic_font_path().name
    'Amiri-Regular.ttf'
    """
    try:
        import fontpkg_amiri as pkg
    except ImportError as exc:
        raise ParameterError(
            "the Arabic font package is not installed; install it: pip install fontpkg-amiri"
        ) from exc

    path = Path(pkg.ROOT) / "files" / ARABIC_FONT_FILE
    if not path.is_file():
        raise ParameterError(
            f"fontpkg-amiri has no {ARABIC_FONT_FILE}; reinstall it: pip install --force-reinstall fontpkg-amiri"
        )
    return path


@functools.lru_cache(maxsize=1)
def register() -> str:
    """Make the packaged Amiri (regular, bold, italic, bold italic) known to matplotlib (once);
    return the family name charts use for it.

    A machine may also have Amiri installed (Debian's ``fonts-hosny-amiri``, another version)
    under the same family name, and matplotlib would pick either. So the packaged file is also
    registered under its own name, :data:`ARABIC_FAMILY`, and charts draw with exactly that
    file on every machine.

    >>> register()  # then: plt.text(0, 0, "حجم التبادل التجاري", family=register())
    'Amiri (analysis)'
    """
    import dataclasses

    from matplotlib import font_manager, ft2font

    regular = arabic_font_path()
    entries = font_manager.fontManager.ttflist
    if not any(e.name == ARABIC_FAMILY for e in entries):
        # the regular file first, then its bold and italic faces (titles, planned events)
        faces = [regular, *(p for p in sorted(regular.parent.glob("Amiri-*.ttf")) if p != regular)]
        for path in faces:
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
    """The family list charts use: ``font`` (a family name known to matplotlib) or the packaged
    Amiri, then DejaVu Sans for the characters the first one lacks.

    A font of your own: ``matplotlib.font_manager.fontManager.addfont("/path/Scheherazade.ttf")``,
    then ``font="Scheherazade New"``.

    >>> families("DejaVu Sans")
    ['DejaVu Sans']
    """
    first = register() if font is None else font
    if font is not None and font not in _known_families():
        register()
    if font is not None and font not in _known_families():
        raise ParameterError(
            f"font {font!r} is not known to matplotlib; add its file first with "
            "matplotlib.font_manager.fontManager.addfont(path), or leave font=None for the packaged Amiri"
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
    'Amiri (analysis)'
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
