"""Split years: which months "العام المالي 2015/2016" or "السنة المالية 1435/1436هـ" covers.

A fiscal year starts in a month set by the country it is the budget of (Egypt: July; Kuwait,
India, the United Kingdom, Japan: April; the US federal budget: October; Saudi Arabia and most
Arab states: January): ``lang/ar/fiscal_years.tsv``, read here. The country is the one the
sentence names nearest the year, else the one the article names most. A school or university
year (العام الدراسي) starts in September wherever it is.

Two consecutive Hijri years (1435/1436هـ) are the year an institution reports on, the Gregorian
year in which the second of them begins: 1 Muharram 1436 fell on 25 October 2014, and Saudi
reports gloss "1435/1436هـ" as "(2014م)".

>>> from analysis.text import fold_plain
>>> text = fold_plain("بلغت استثمارات مصر في العام المالي 2015/2016 نحو 50 مليار جنيه")
>>> split_year_start(text, text.find("2015"), "العام المالي")
7
>>> hijri_pair_year(1435)
2014
"""
from __future__ import annotations

import re
from functools import lru_cache

from .calendars import hijri_to_gregorian
from .cues import SentenceBounds
from .lexicon import WORD_END, WORD_START, WS_SUB, alt, folded_rows

_COUNTRY: dict[str, int] = {}
_YEAR_KIND: dict[str, int] = {}
for _cue, _kind, _month in folded_rows("fiscal_years.tsv"):
    (_COUNTRY if _kind == "country" else _YEAR_KIND)[WS_SUB(" ", _cue)] = int(_month)

_COUNTRY_RE = re.compile(rf"{WORD_START}{alt(_COUNTRY)}{WORD_END}")
_YEAR_KIND_RE = re.compile(rf"(?<!\w){alt(_YEAR_KIND)}{WORD_END}")
# the words that make two consecutive years one fiscal year: العام المالي، الموازنة، الميزانية، خطة
_FISCAL_WORD = re.compile(r"(?<!\w)(?:ال)?(?:مالي|ماليه|موازنه|ميزانيه|خطه)(?!\w)")


# the sentence bounds of the last texts seen (a scan for each end mark around each split year
# is a scan of the whole text per year on a long text that lacks one of them)
_bounds = lru_cache(maxsize=8)(SentenceBounds)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    return _bounds(text)(pos)


@lru_cache(maxsize=32)
def _article_start(text: str) -> int | None:
    """The start month of the country the article names most (None: no country, or a tie)."""
    votes: dict[int, int] = {}
    for m in _COUNTRY_RE.finditer(text):
        month = _cue_month(m.group(0))
        votes[month] = votes.get(month, 0) + 1
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


@lru_cache(maxsize=32)
def speaks_of_fiscal_years(text: str) -> bool:
    """The article names a fiscal year somewhere (العام المالي، السنة المالية)."""
    return re.search(r"(?:عام|سنه)\s+(?:ال)?مالي", text) is not None


def _cue_month(cue: str) -> int:
    cue = WS_SUB(" ", cue)
    while cue not in _COUNTRY and cue[:1] in "وفبلك":
        cue = cue[1:]
    return _COUNTRY[cue]


def split_year_start(text: str, pos: int, before: str) -> int | None:
    """The month the year written at ``pos`` as two consecutive years starts in, or None when it
    is no split year (a range of two calendar years). ``before`` is the words just before the
    years (العام المالي، عام، خطة، السنة الدراسية)."""
    kind = _YEAR_KIND_RE.search(before)
    if kind is not None:
        return _YEAR_KIND[WS_SUB(" ", kind.group(0))]
    if not (_FISCAL_WORD.search(before) or speaks_of_fiscal_years(text)):
        return None
    month = fiscal_start(text, pos)
    return month if month and month != 1 else None


def fiscal_start(text: str, pos: int) -> int | None:
    """The month the fiscal year of the country named nearest ``pos`` in its sentence (else most
    in the article) starts in; None when the text names no country of the table."""
    a, b = _sentence(text, pos)
    near = min(_COUNTRY_RE.finditer(text, a, b), key=lambda m: abs(m.start() - pos), default=None)
    return _cue_month(near.group(0)) if near is not None else _article_start(text)


def hijri_pair_year(y: int) -> int | None:
    """The Gregorian year of the Hijri year pair ``y``/``y + 1``: the year 1 Muharram ``y + 1`` falls in."""
    got = hijri_to_gregorian(y + 1, 1, 1)
    return got[0].year if got else None
