"""Temporal expressions: every date, period, duration, time, recurrence and vague time word,
resolved against the article's reference date, and the reference date itself.

Two steps, as in dateparser: *finding* runs compiled patterns over the folded text
(``text.fold``) and yields candidates that say what was written (a day, a month, a part of a
year, "the same period of 2016" ...); *resolving* walks the chosen candidates in text order and
turns them into inclusive calendar intervals, with the reference date passed in (never the
clock) and a little memory of what came before (the last year named, the last period named),
which "العام السابق" and "الفترة نفسها من عام 2016" need.

The words (month names in every naming, weekdays, relative words, parts of a month, units,
number words, fixed phrases) live in ``lang/ar/*.tsv`` and are read once at import.

>>> [(m.text, str(m.start_date), str(m.end_date)) for m in date_mentions(fold("زار الوزير القاهرة أمس"), dt.date(2024, 11, 27))]
[('أمس', '2024-11-26', '2024-11-26')]
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from itertools import compress
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

import pandas as pd

from . import tables
from .text import Folded, Tokens, fold, fold_plain, has_arabic

__all__ = ["DateMention", "date_candidates", "date_mentions", "find_dates", "reference_date"]

_LANG = Path(__file__).parent / "lang" / "ar"


@dataclass(frozen=True)
class DateMention:
    """One temporal expression: ``text == original[start:end]``.

    ``type`` is ``date``, ``daterange``, ``duration``, ``time``, ``set`` or ``vague``.
    ``start_date``/``end_date`` are the inclusive interval meant (None when unresolved, for
    durations, sets and vague words). ``granularity`` is ``day``, ``part_of_month`` (also a
    week), ``month``, ``quarter``, ``half``, ``year`` or ``decade``; ``anchor`` is ``absolute``,
    ``implicit_year`` or ``relative``; ``value`` is the ISO 8601 length of a duration (``P3Y``)
    or the period of a set (``P1Y``).

    Added fields (for the figures and events modules):

    * ``role``: the word before the date that changes what it bounds: ``since`` (منذ، اعتبارا
      من), ``until`` (حتى، لغاية), ``by`` (بحلول), ``before`` (قبل), ``after`` (بعد), or None.
      ``منذ عام 2011`` is the year 2011 with role ``since``: a period that *starts* then;
      ``حتى نهاية 2015`` is December 2015 with role ``until``: a period that *ends* then.
    * ``open_start``/``open_end``: True when the period the text means has no start (``until``,
      ``by``, ``before``) or no end (``since``, ``after``).
    * ``is_future``: the clause holding the date speaks of the future (سوف، سـ، المقبل، من المقرر
      ...); a clause with no cue of its own takes its sentence's. It is what placed a year-less
      month or a bare weekday ahead of the reference date rather than behind it.
    * ``fstart``/``fend`` (private, off the tables): the span in the folded text.
    """

    text: str
    start: int
    end: int
    type: str
    start_date: dt.date | None
    end_date: dt.date | None
    granularity: str | None
    anchor: str | None
    value: str | None
    role: str | None = None
    open_start: bool = False
    open_end: bool = False
    is_future: bool = False
    fstart: int = field(default=0, metadata={"private": True})
    fend: int = field(default=0, metadata={"private": True})


# =========================================================================== language data

def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (_LANG / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([fold_plain(c.strip()) if i == 0 else c.strip() for i, c in enumerate(line.split("\t"))])
    return out


_MONTHS: dict[str, tuple[int, str, bool]] = {}  # folded form -> (month, calendar, strict)
for _f, _m, _cal, _strict in _rows("months.tsv"):
    _MONTHS[_f] = (int(_m), _cal, _strict == "1")
_WEEKDAYS: dict[str, int] = {f: int(v) for f, v in _rows("weekdays.tsv")}
_WORDS: dict[str, dict[str, str]] = {}
for _row in _rows("date_words.tsv"):
    _WORDS.setdefault(_row[1], {})[_row[0]] = _row[2]
_PHRASES: dict[str, tuple[str, str | None]] = {}
for _row in _rows("date_phrases.tsv"):
    _PHRASES[_row[0]] = (_row[1], (_row[2] if len(_row) > 2 and _row[2] else None))

_REL = {w: int(v) for k in ("rel_past", "rel_next", "rel_this", "rel_prev") for w, v in _WORDS[k].items()}
_REL_PREV = set(_WORDS["rel_prev"])
_PARTS = _WORDS["part"]
_ORD = {w: int(v) for w, v in _WORDS["ord"].items()}
_CARD = {w: int(v) for w, v in _WORDS["card"].items()}
_UNITS = {w: (v.split()[0], int(v.split()[1])) for w, v in _WORDS["unit"].items()}


_WS_SUB = re.compile(r"\s+").sub


def _alt(words) -> str:
    """A regex alternation of ``words``, longest first, with spaces matching any run of spaces."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)) + ")"


# =========================================================================== pattern pieces
# All patterns run on folded text: ASCII digits, ا for أإآ, ي for ى, ه for ة, no tatweel.

# start of a word, after an optional clitic (و ف ب ل ك, وب, ول ...): "وأكتوبر", "لموفى", "ب2015"
_B = r"(?:(?<![\w])|(?<=(?<![\w])[وفبلك])|(?<=(?<![\w])[وف][بلك]))"
_E = r"(?![\w])"           # end of a word
_MON = _alt(_MONTHS)
_MON_RE = re.compile(_MON)
# a month, or the same month in two namings: نوفمبر/تشرين الثاني, يونيو (حزيران), كانون الثاني/يناير
_MONP = rf"{_MON}(?:\s*(?:/|\(|-)\s*{_MON}\s*\)?)?(?![^\W\d])"   # "يونيو2017": a digit may follow
_WD = _alt(_WEEKDAYS)
_RELW = _alt(_REL)
_PART = _alt(_PARTS)
_ORDW = _alt(_ORD)
_UNIT_ORD = _alt([w for w, v in _ORD.items() if 1 <= v <= 9])
_ORDDAY = (rf"(?:{_UNIT_ORD}\s+عشر|{_UNIT_ORD}\s+و\s*(?:العشرين|الثلاثين)|العشرين|الثلاثين|{_ORDW})")
_CARDW = _alt(_CARD)
_NUMW = rf"(?:{_CARDW}(?:\s+و\s*{_CARDW}|\s+عشر(?:ه)?{_E})*)"
_YNUM = r"(?<![\d.,/])(?:1\d{3}|20\d\d|21\d\d)(?![\d%]|[.,]\d)"
_YWORDS = rf"(?:الف(?:ين|ان)?{_E}(?:\s+و\s*{_CARDW}(?:\s+عشر(?:ه)?)?)*)"
_YEARN = r"(?:عام|العام|سنه|السنه|سن|عامي|سنتي|سنوات|اعوام|السنوات|الاعوام|ل?لعام|لسنه|للسنه|لعام)"
_MILADI = r"(?:\s*(?:م|ميلادي|ميلاديه|ه|هجري|هجريه){_E})?".replace("{_E}", _E)
_UNITW = _alt(_UNITS)

# the word before a date that bounds a period (kept in the span: it changes the meaning,
# except منذ and من, which GUIDELINES leaves out of the span)
_ROLE_IN = {"بحلول": "by", "في حلول": "by", "مع حلول": "by", "في افق": "by", "افق": "by", "حتي": "until", "لغايه": "until",
            "الي غايه": "until", "قبل": "before", "بعد": "after"}
_ROLE_OUT = {"منذ": "since", "اعتبارا من": "since", "ابتداء من": "since", "بدءا من": "since",
             "بدايه من": "since"}
_ROLE_IN_RE = _alt(_ROLE_IN)
_ROLE_OUT_KEYS = tuple(k.split()[0] for k in _ROLE_OUT)   # one is in every match of _ROLE_OUT_RE
_ROLE_OUT_RE = re.compile(rf"{_B}(?P<w>{_alt(_ROLE_OUT)})\s+$")


def _yearspec(tag: str) -> str:
    """A year after a month or a period: ``2024``, ``من عام 2024``, ``من العام الجاري``, ``لسنة 2016``,
    ``من العام الحالي 2018``; groups ``{tag}y`` (number), ``{tag}r`` (relative word),
    ``{tag}w`` (year in words), ``{tag}k`` (the bare word العام/السنة)."""
    return (rf"(?:\s*[,،.]?\s*(?:من\s+|في\s+|خلال\s+)?(?:(?P<{tag}k>{_YEARN})(?:\s+(?:ال)?مالي(?:ه)?)?"
            rf"(?:\s+(?P<{tag}r>{_RELW}))?\s*)?(?P<{tag}y>{_YNUM}){_MILADI}"
            rf"|\s*[,،]?\s*(?:من\s+)?(?P<{tag}w>{_YWORDS})"
            rf"|\s+(?:من\s+|في\s+)?(?:ال)?(?:عام|سنه)(?:\s+(?:ال)?مالي(?:ه)?)?\s+(?P<{tag}r2>{_RELW}){_E}"
            rf"|\s+(?:من\s+|في\s+)?(?P<{tag}k2>(?:ال)?(?:عام|سنه)){_E}(?!\s*(?:المالي|\d)))")


# --------------------------------------------------------------------------- rules
# Each rule: (name, compiled pattern, handler). A handler gets the match and returns a _Cand
# (or None to drop it). Candidates overlap freely; the longest wins (see _select).

@dataclass(slots=True)   # (slots: made and read by the hundred per article)
class _Cand:
    fs: int
    fe: int
    type: str
    resolve: Callable[["_Ctx"], tuple] | None = None   # ctx -> (start, end, granularity, anchor)
    value: str | None = None
    role: str | None = None
    kind: str = ""                 # memory it feeds: 'year', 'period', 'day'; 'cmp' (a comparison) none
    spec: dict = field(default_factory=dict)
    prio: int = 0
    memo: tuple | None = None      # (folded, sentence start, future, baseline, role out, span) once resolved


@dataclass(slots=True)
class _Ctx:
    ref: dt.date | None
    text: str
    future: bool = False
    last_year: int | None = None
    last_period: tuple | None = None       # (start, end, granularity) of the last primary period
    # (folded pos, start, end, granularity, year to date) of each period named; the last is
    # 1 January for a month that closes the year to date (عند متم شتنبر), else None
    periods: list = field(default_factory=list)
    sent_start: int = 0
    last_day: dt.date | None = None
    last_month: tuple | None = None        # (start, end)
    last_year_pos: int = -1                # folded offset of the mention that set last_year
    prev: tuple | None = None              # (folded pos, start, end, granularity) of the last date
    year_ranges: list = field(default_factory=list)   # (start, end) of the ranges of whole years named
    last_year_near: bool = False           # ... and it is in the current sentence


_RULES: list[tuple[str, re.Pattern, Callable]] = []


def _rule(name: str, pattern: str):
    rx = re.compile(pattern)

    def deco(fn):
        _RULES.append((name, rx, fn))
        return fn
    return deco


# ----------------------------------------------------------------- calendar helpers

def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _month(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), _month_end(y, m)


def _year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _shift_years(d: dt.date, k: int) -> dt.date:
    try:
        return d.replace(year=d.year + k)
    except ValueError:  # 29 February
        return d.replace(year=d.year + k, day=28)


def _part_of_month(y: int, m: int, part: str) -> tuple[dt.date, dt.date]:
    if part == "early":
        return dt.date(y, m, 1), dt.date(y, m, 10)
    if part == "mid":
        return dt.date(y, m, 11), dt.date(y, m, 20)
    return dt.date(y, m, 21), _month_end(y, m)


def _part_of_year(y: int, part: str) -> tuple[dt.date, dt.date, str]:
    if part == "early":
        return dt.date(y, 1, 1), dt.date(y, 1, 31), "month"
    if part == "mid":
        return dt.date(y, 6, 1), dt.date(y, 7, 31), "month"
    return dt.date(y, 12, 1), dt.date(y, 12, 31), "month"


def _week(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def _year_for_month(m: int, ref: dt.date, future: bool) -> int:
    """The year of a year-less month: the past by up to ten months, the future when the verb is."""
    back = (ref.month - m) % 12
    ahead = (m - ref.month) % 12
    if back == 0:
        return ref.year
    if future and ahead <= 9:
        return ref.year + (m < ref.month)
    if back <= 10:
        return ref.year - (m > ref.month)
    return ref.year + (m < ref.month)


def _date_for_day(m: int, d: int, ref: dt.date, future: bool) -> dt.date | None:
    """The year of a year-less day: its month's year (so "28 نوفمبر" in a November article is
    this November, a day or two ahead or behind), by the same rule as a year-less month."""
    y = ref.year if m == ref.month else _year_for_month(m, ref, future)
    try:
        return dt.date(y, m, d)
    except ValueError:  # 29 February of a common year
        return None


def _hijri_to_greg(y: int, m: int, d: int | None) -> tuple[dt.date, dt.date] | None:
    from hijridate import Hijri
    try:
        if d is not None:
            g = Hijri(y, m, d).to_gregorian()
            g = dt.date(g.year, g.month, g.day)
            return g, g
        h = Hijri(y, m, 1)
        g0 = h.to_gregorian()
        g1 = Hijri(y, m, h.month_length()).to_gregorian()
        return dt.date(g0.year, g0.month, g0.day), dt.date(g1.year, g1.month, g1.day)
    except (ValueError, OverflowError):
        return None


def _hijri_year_of(ref: dt.date) -> int:
    from hijridate import Gregorian
    return Gregorian(ref.year, ref.month, ref.day).to_hijri().year


def _words_value(s: str) -> int | None:
    """The value of a written number: ``ألف وتسعمائة وثمانية وسبعون`` → 1978."""
    total = 0
    for tok in re.split(r"\s+|(?<=\s)و", s.strip()):
        tok = tok.strip()
        if tok.startswith("و") and tok not in _CARD and tok[1:] in _CARD:
            tok = tok[1:]
        if not tok:
            continue
        if tok in ("عشر", "عشره") and total:
            total += 10
            continue
        if tok not in _CARD:
            return None
        total += _CARD[tok]
    return total or None


def _num(s: str) -> int | None:
    s = s.strip()
    if s.startswith("ال"):
        s2 = s[2:].strip()
        if s2 and (s2.isdigit() or s2 in _CARD or _words_value(s2)):
            s = s2
    if s.isdigit():
        return int(s)
    if s in _CARD:
        return _CARD[s]
    return _words_value(s)


def _ordday(s: str) -> int | None:
    s = _WS_SUB(" ", s.strip())
    if s in ("العشرين",):
        return 20
    if s in ("الثلاثين",):
        return 30
    m = re.fullmatch(r"(\S+) عشر", s)
    if m and m.group(1) in _ORD:
        return _ORD[m.group(1)] + 10
    m = re.fullmatch(r"(\S+) و ?(العشرين|الثلاثين)", s)
    if m and m.group(1) in _ORD:
        return _ORD[m.group(1)] + (20 if m.group(2) == "العشرين" else 30)
    v = _ORD.get(s)
    return v if v and v > 0 else None


def _first_month(s: str) -> tuple[int, str, bool] | None:
    m = _MON_RE.search(s)
    return _MONTHS.get(_WS_SUB(" ", m.group(0))) if m else None


def _year_of(g: dict, tag: str) -> tuple[int | None, str | None, bool]:
    """(year number, relative kind, bare-word) from a _yearspec match's groups."""
    ky, kw, kr, kr2, kk2 = _year_groups(tag)
    y = g.get(ky)
    if y:
        return int(y), None, False
    w = g.get(kw)
    if w:
        v = _words_value(w)
        if v and 1000 <= v <= 2199:
            return v, None, False
    r = g.get(kr) or g.get(kr2)
    if r:
        return None, _WS_SUB(" ", r), False
    if g.get(kk2):
        return None, None, True
    return None, None, False


@lru_cache(maxsize=None)
def _year_groups(tag: str) -> tuple[str, ...]:
    """The group names of ``_yearspec(tag)``, built once a tag."""
    return f"{tag}y", f"{tag}w", f"{tag}r", f"{tag}r2", f"{tag}k2"


def _stated_or_rel_year(ctx: _Ctx, year: int | None, rel: str | None) -> tuple[int | None, str]:
    """The year written in the text, else the one a relative word (or the bare العام) means."""
    return (year, "absolute") if year is not None else _rel_year(ctx, rel, True)


def _rel_year(ctx: _Ctx, rel: str | None, bare: bool) -> tuple[int | None, str]:
    """The year meant by a relative word (or the bare العام) and the anchor it gives."""
    if rel in _REL_PREV:
        base = ctx.last_year if ctx.last_year is not None else (ctx.ref.year if ctx.ref else None)
        return (base - 1 if base is not None else None), "relative"
    if rel is not None:
        if ctx.ref is None:
            return None, "relative"
        return ctx.ref.year + _REL[rel], "relative"
    if bare:
        if ctx.last_year is not None:
            return ctx.last_year, "relative"
        return (ctx.ref.year if ctx.ref else None), "relative"
    return None, "relative"


# ----------------------------------------------------------------- the calendar-date rule

_CAL = (
    rf"{_B}(?P<role>{_ROLE_IN_RE}\s+)?"
    rf"(?P<wd>(?:(?:يوم|اليوم|امس|غدا)\s+)?{_WD}\s*[,،]?\s*)?"
    rf"(?:(?P<part>{_PART})\s+(?:شهر\s+)?)?"
    rf"(?:(?P<dual>يومي|ايام|بين(?=\s+[0-3]?\d\s*و)|من(?=\s+[0-3]?\d\s*(?:-|الي|حتي)\s*[0-3]?\d))\s+)?"
    rf"(?:(?P<d1>(?<!\d)[0-3]?\d(?!\d))(?:\s*(?:و|-|الي|حتي)\s*(?P<d2>[0-3]?\d(?!\d)))?(?:\s*[.\-/]\s*|\s+)(?:من\s+)?"
    rf"|(?P<d0>{_ORDDAY})\s+(?:من\s+)?)?"
    rf"(?P<shahr>(?:شهر|شهري)\s+)?"
    rf"(?P<mon>{_MONP})"
    rf"(?:\s*-\s*(?P<d3>[0-3]?\d)(?![\d/]|\s*\d)|(?P<d4>[0-3]?\d)(?=\s*,)|\s+(?P<d5>{_ORDDAY})(?=\s*[,،]?\s*(?:من\s+)?(?:\d{{4}}|الف)))?"
    rf"(?:{_yearspec('a')}|\s+(?P<mrel>{_RELW}){_E})?"
)


_PAIRED = re.compile(r"[/(\-]")
# the month names that _calendar's month group can hold alone: for these the general path
# (_first_month, _PAIRED, _MON_RE.findall) gives the name's own entry, not paired, no second month
_MONTH_ALONE = {k: v for k, v in _MONTHS.items()
                if _first_month(k) == v and not _PAIRED.search(k) and _MON_RE.findall(k) == [k]}
_IN_RANGE_AFTER = re.compile(rf"\s*(?:و|-|الي|حتي)\s*{_MON}")
_IN_RANGE_BEFORE = re.compile(r"(?:بين|من)\s+$")
_PREP_BEFORE = re.compile(r"(?<!\w)[وف]?(?:في|خلال|طيله|طوال|منذ|حتي|قبل|بعد|مطلع)\s+$")
_WD_RE = re.compile(_WD)


def _strict_month_ok(m: re.Match, g: dict) -> bool:
    """Whether the text around a bare month name that has another meaning (مارس, آب) makes it
    a month: شهر before it, a range with another month, or a preposition before it. (Only
    such names need it, so it is worked out only for them.)"""
    has_shahr = bool(g["shahr"]) or "شهر" in m.string[m.start():m.start("mon")]
    in_range = _IN_RANGE_AFTER.match(m.string, m.end(), m.end() + 30) and \
        _IN_RANGE_BEFORE.search(m.string[max(0, m.start() - 6):m.start()])
    # after a preposition "مارس" and "رمضان" are months: no verb or name follows "في" or "خلال"
    prep = _PREP_BEFORE.search(m.string[max(0, m.start() - 8):m.start()])
    return bool(has_shahr or in_range or prep)


@_rule("calendar", _CAL)
def _calendar(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    month2 = None
    mon = _MONTH_ALONE.get(g["mon"])
    if mon is not None:   # one month name, written as listed (most of them): nothing to search
        month, cal, strict = mon
        paired = False
    else:
        # every month name in the group; the first is the one _first_month would find
        names = [_MONTHS.get(_WS_SUB(" ", x)) for x in _MON_RE.findall(g["mon"])]
        mon = names[0] if names else None
        if mon is None:
            return None
        month, cal, strict = mon
        paired = bool(_PAIRED.search(g["mon"]))
        if len(names) == 2 and names[1] and names[1][0] != month and names[1][1] == cal == "gregorian":
            month2 = names[1][0]  # "يناير-مارس 2023": two different months are a range, not one month twice
    d = None
    d2 = None
    if g["d0"]:
        d = _ordday(g["d0"])
        if d is None:
            return None
    if g["d1"]:
        d = int(g["d1"])
        if g["d2"]:
            d2 = int(g["d2"])
    for k in ("d3", "d4", "d5"):
        if g[k]:
            d = int(g[k]) if g[k].isdigit() else _ordday(g[k])
    if g["d1"] and d is None:
        return None
    if g["dual"] in ("بين", "من") and d2 is None:
        return None
    y, yrel, ybare = _year_of(g, "a")
    mrel = g.get("mrel")
    mrel = _WS_SUB(" ", mrel) if mrel else None
    if strict and not (d or y or yrel or paired or mrel or g["part"] or _strict_month_ok(m, g)):
        return None
    if d is not None and not 1 <= d <= 31 or d2 is not None and not (d is not None and d < d2 <= 31):
        return None
    part = _PARTS.get(g["part"]) if g["part"] else None
    wd = None
    if g["wd"]:
        wm = _WD_RE.search(g["wd"])
        wd = _WEEKDAYS.get(wm.group(0)) if wm else None
    role = _ROLE_IN.get(_WS_SUB(" ", g["role"].strip())) if g["role"] else None
    spec = dict(cal=cal, month=month, day=d, day2=d2, year=y, yrel=yrel, ybare=ybare, mrel=mrel, part=part,
                wd=wd)
    if month2 is not None and d is None and part is None:
        spec2 = dict(spec, month=month2)

        def res2(ctx, sa=spec, sb=spec2):
            rb = _resolve_cal(sb, ctx)
            if rb is None:
                return None
            a0 = dt.date(rb[0].year - (month > month2), month, 1)
            return a0, rb[1], "month", rb[3]
        return _Cand(m.start("mon") if not (g["role"] or g["shahr"]) else m.start(), m.end(), "daterange", resolve=res2,
                     kind="period", spec={})
    # "اليوم الثلاثاء 14 مارس 2017" and "أمس الأحد" keep the weekday: the day is named
    typ = "daterange" if d2 else "date"
    start = m.start("role") if g["role"] else m.start()
    if not g["role"] and not g["wd"] and not g["part"] and not g["dual"] and not g["d1"] and not g["d0"] and not g["shahr"]:
        start = m.start("mon")
    return _Cand(start, m.end(), typ, resolve=lambda ctx, s=spec: _resolve_cal(s, ctx), role=role,
                 kind="period" if d is None else "day", spec=spec)


def _resolve_cal(s: dict, ctx: _Ctx):
    ref = ctx.ref
    month, d, d2, part = s["month"], s["day"], s["day2"], s["part"]
    y, anchor = s["year"], "absolute"
    if s["cal"] == "hijri":
        if y is None:
            if ref is None:
                return None
            hy = _hijri_year_of(ref)
            ivs = [iv for iv in (_hijri_to_greg(cy, month, d) for cy in (hy - 1, hy, hy + 1)) if iv]
            rel = s["mrel"]
            k = 0 if rel is None else (-1 if rel in _REL_PREV else _REL[rel])
            if k > 0:    # رمضان المقبل: the next one to begin
                best = min((iv for iv in ivs if iv[0] > ref), default=None)
            elif k < 0:  # رمضان الماضي: the last one over
                best = max((iv for iv in ivs if iv[1] < ref), default=None)
            else:        # the one under way or the last to begin, as year-less months prefer the past
                best = max((iv for iv in ivs if iv[0] <= ref), default=None)
            if best is None:
                return None
            return best[0], best[1], "day" if d else "month", "relative" if rel else "implicit_year"
        iv = _hijri_to_greg(y, month, d)
        if iv is None:
            return None
        return iv[0], iv[1], "day" if d else "month", "absolute"
    if y is None and (s["yrel"] or s["ybare"]):
        y, anchor = _rel_year(ctx, s["yrel"], s["ybare"])
        if y is None:
            return None
    if y is None and s["mrel"]:
        if ref is None:
            return None
        anchor = "relative"
        r = _REL[s["mrel"]]
        if s["mrel"] in _REL_PREV:
            r = -1
        if r < 0:      # يونيو الماضي: the last June before this month
            y = ref.year if month < ref.month else ref.year - 1
        elif r > 0:    # يونيو المقبل: the next June after this month
            y = ref.year if month > ref.month else ref.year + 1
        else:
            y = ref.year
    if y is None:
        if ref is None:
            return None
        anchor = "implicit_year"
        if d is not None:
            dd = _date_for_day(month, d, ref, ctx.future)
            if dd is None:
                return None
            y = dd.year
        else:
            y = _year_for_month(month, ref, ctx.future)
    try:
        if d is not None:
            a = dt.date(y, month, d)
            b = dt.date(y, month, d2) if d2 else a
            return a, b, "day", anchor
    except ValueError:
        return None
    if part:
        a, b = _part_of_month(y, month, part)
        return a, b, "part_of_month", anchor
    a, b = _month(y, month)
    return a, b, "month", anchor


# ----------------------------------------------------------------- weekday and day words

_PRAYER_BEFORE = re.compile(r"(?:صلاه|خطبه|خطبتي|صلوات|مسجد|جامع|سوق|يوم\s+من\s+ايام)\s+$")


@_rule("weekday", rf"{_B}(?P<pre>(?:يوم|يومي|امس|غدا|اليوم)\s+)?(?P<wd>{_WD}){_E}"
                  rf"(?:\s+(?P<rel>(?:المقبل|القادم|الماضي|المنصرم|الفائت|السابق)(?:ه)?){_E}"
                  rf"|\s+(?P<nth>الاول|الثاني|الثالث|الرابع|الخامس){_E}(?!\s+(?:من|عشر))"
                  rf"|\s+و\s*(?P<wd2>{_WD})(?:\s+(?P<rel2>المقبلين|القادمين|الماضيين)|{_E}))?")
def _weekday(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    wd = _WEEKDAYS[g["wd"]]
    if _PRAYER_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return None  # صلاة الجمعة: the prayer, not a day
    pre = (g["pre"] or "").strip()
    rel = g["rel"] or g["rel2"]
    rel = rel[:-1] if rel and rel.endswith("ه") else rel
    wd2 = _WEEKDAYS[g["wd2"]] if g["wd2"] else None
    if pre == "يومي" and not g["wd2"]:
        return None
    if g["wd2"] and not (pre or rel):
        pre = "يوم"
    nth = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5}.get(g["nth"] or "")

    def res(ctx: _Ctx):
        ref = ctx.ref
        if ref is None:
            return None
        if nth:  # الأحد الثاني: the second Sunday of this month
            first = ref.replace(day=1)
            day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
            return (day, day, "day", "relative") if day.month == ref.month else None
        if pre == "اليوم":
            return ref, ref, "day", "relative"
        if pre == "امس":
            day = ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
        elif pre == "غدا":
            day = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
        elif rel in ("المقبل", "القادم", "المقبلين", "القادمين") or (ctx.future and not rel):
            day = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or (0 if not rel else 7))
        else:
            day = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
            if rel:
                day = day if day != ref else ref - dt.timedelta(days=7)
        if wd2 is not None:
            return day, day + dt.timedelta(days=(wd2 - wd) % 7), "day", "relative"
        return day, day, "day", "relative"
    typ = "daterange" if wd2 is not None else "date"
    start = m.start("wd") if pre in ("يوم", "يومي") and not g["wd2"] or pre == "يوم" else m.start()
    return _Cand(start, m.end(), typ, resolve=res, kind="day", prio=-1)


@_rule("week_weekday", rf"{_B}(?:(?P<this>هذا)\s+)?(?:ال)?اسبوع\s+(?:(?P<rel>{_RELW})\s+)?(?:[,،]\s*)?(?:يوم\s+)?(?P<wd>{_WD}){_E}")
def _week_weekday(m: re.Match) -> _Cand | None:
    # "الأسبوع المقبل يوم الجمعة": that weekday in the (Monday..Sunday) week named
    rel = _WS_SUB(" ", m.group("rel")) if m.group("rel") else None
    if rel is None and not m.group("this"):
        return None
    k = 0 if rel is None else (-1 if rel in _REL_PREV else _REL[rel])
    wd = _WEEKDAYS[m.group("wd")]

    def res(ctx: _Ctx):
        if ctx.ref is None:
            return None
        monday = _week(ctx.ref)[0] + dt.timedelta(days=7 * k)
        day = monday + dt.timedelta(days=wd)
        return day, day, "day", "relative"
    return _Cand(m.start(), m.end(), "date", resolve=res, kind="day")


@_rule("day_word", rf"{_B}(?P<w>اليوم|هذا اليوم|امس(?:\s+الاول)?|البارحه|غدا|يوم\s+غد|بعد\s+غد|اول\s+امس)"
                   rf"(?!\s*(?:نفسه|ذاته|ال\s?\d|الواحد|العالمي|الوطني|الدولي|الاول|الثاني|الثالث|الرابع|الخامس|الاخير|التالي|السابق|الموالي|الختامي))(?!\w)")
def _day_word(m: re.Match) -> _Cand | None:
    w = _WS_SUB(" ", m.group("w"))
    off = {"اليوم": 0, "هذا اليوم": 0, "امس": -1, "البارحه": -1, "امس الاول": -2, "اول امس": -2,
           "غدا": 1, "يوم غد": 1, "بعد غد": 2}[w]
    text = m.string
    before = text[max(0, m.start() - 40):m.start()]
    # "200 ألف متر مكعب في اليوم" is a rate, not today
    if w == "اليوم" and re.search(r"(?:في|كل|باليوم)\s*$", before) and re.search(r"\d", before):
        return _Cand(m.start(), m.end(), "set", value="P1D")
    if w == "اليوم" and re.search(r"(?:حتي|الي|لحد|لغايه)\s*$", before):
        return None

    def res(ctx: _Ctx):
        if ctx.ref is None:
            return None
        day = ctx.ref + dt.timedelta(days=off)
        return day, day, "day", "relative"
    s = m.start() + (len("هذا ") if w == "هذا اليوم" else 0)
    return _Cand(s, m.end(), "date", resolve=res, kind="day")


@_rule("day_of_rel_month", rf"{_B}(?P<d>[0-3]?\d|{_ORDDAY})\s+(?:من\s+)?(?:(?P<this>هذا)\s+الشهر|(?:ال)?شهر\s+(?P<rel>{_RELW})|(?P<rel2>{_RELW})){_E}")
def _day_of_rel_month(m: re.Match) -> _Cand | None:
    # "يوم 15 الجاري", "في العاشر من الشهر الماضي": a day of the month the reference date names
    d = int(m.group("d")) if m.group("d").isdigit() else _ordday(m.group("d"))
    if not d or not 1 <= d <= 31:
        return None
    rel = _WS_SUB(" ", m.group("rel") or m.group("rel2") or "الجاري")
    if m.group("rel2") and rel in _REL_PREV:
        return None  # "15 السابق"
    k = -1 if rel in _REL_PREV else _REL[rel]

    def res(ctx: _Ctx):
        if ctx.ref is None:
            return None
        y, mo = _add_months(ctx.ref.year, ctx.ref.month, k)
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            return None
        return day, day, "day", "relative"
    return _Cand(m.start(), m.end(), "date", resolve=res, kind="day")


@_rule("nth_week", rf"{_B}(?:ال)?اسبوع\s+(?P<n>الاول|الثاني|الثالث|الرابع|الاخير){_E}\s+(?:من\s+)?"
                   rf"(?:(?P<this>هذا)\s+الشهر|(?:ال)?شهر\s+(?P<rel>{_RELW}){_E}|(?:شهر\s+)?(?P<mon>{_MONP})(?:{_yearspec('w')}|\s+(?P<mrel>{_RELW}){_E})?)")
def _nth_week(m: re.Match) -> _Cand | None:
    # "الأسبوع الأول من الشهر الجاري": days 1..7 of that month ("الأخير": its last seven days)
    g = m.groupdict()
    n = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": -1}[g["n"]]
    spec = None
    if g["mon"]:
        mon = _first_month(g["mon"])
        if mon is None or mon[1] != "gregorian":
            return None
        y, yrel, ybare = _year_of(g, "w")
        mrel = _WS_SUB(" ", g["mrel"]) if g["mrel"] else None
        spec = dict(cal="gregorian", month=mon[0], day=None, day2=None, year=y, yrel=yrel, ybare=ybare, mrel=mrel,
                    part=None, wd=None)
    rel = _WS_SUB(" ", g["rel"]) if g["rel"] else None

    def res(ctx: _Ctx):
        if spec is not None:
            r = _resolve_cal(spec, ctx)
            if r is None:
                return None
            a, anchor = r[0], r[3]
        else:
            if ctx.ref is None:
                return None
            k = 0 if rel is None else (-1 if rel in _REL_PREV else _REL[rel])
            y, mo = _add_months(ctx.ref.year, ctx.ref.month, k)
            a, anchor = dt.date(y, mo, 1), "relative"
        end = _month_end(a.year, a.month)
        if n == -1:
            return end - dt.timedelta(days=6), end, "part_of_month", anchor
        first = a + dt.timedelta(days=7 * (n - 1))
        return first, min(first + dt.timedelta(days=6), end), "part_of_month", anchor
    return _Cand(m.start(), m.end(), "date", resolve=res, kind="")


@_rule("same_day", rf"{_B}(?:(?:ال|لل|ل)?يوم\s+(?:نفسه|ذاته)|(?:نفس|ذات)\s+اليوم){_E}")
def _same_day(m: re.Match) -> _Cand:
    def res(ctx: _Ctx):
        if ctx.last_day is None:
            return None
        return ctx.last_day, ctx.last_day, "day", "relative"
    return _Cand(m.start(), m.end(), "date", resolve=res, kind="")


@_rule("nth_day", rf"{_B}(?:ل|لل)?(?:ال)?يوم\s+ال\s?(?P<n>\d{{1,3}}){_E}")
def _nth_day(m: re.Match) -> _Cand:
    # "لليوم الـ 43 على التوالي": how long something has lasted
    return _Cand(m.start(), m.end(), "duration", value=f"P{int(m.group('n'))}D")


# ----------------------------------------------------------------- relative weeks, months, years

@_rule("rel_unit", rf"{_B}(?P<role>{_ROLE_IN_RE}\s+)?(?:(?P<part>{_PART})\s+)?"
                   rf"(?:(?P<this>هذا|هذه)\s+(?:ال)?(?P<u1>اسبوع|شهر|عام|سنه)"
                   rf"|(?:ل|لل|ب)?(?:ال)?(?P<u2>اسبوع|شهر|الشهري|عام|سنه)\s+(?P<rel>{_RELW})"
                   rf"|(?<=\s)(?P<u3>الشهر)(?!\s+(?:من|الماضي|نفسه|ذاته)))"
                   rf"(?!\s*\d){_E}")
def _rel_unit(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    unit = g["u1"] or g["u2"] or g["u3"]
    if g["u3"] and not g["part"]:
        return None  # "نهاية الشهر": the reference month; "الشهر" alone is not a date
    unit = "شهر" if unit in ("الشهري", "الشهر") else unit
    rel = _WS_SUB(" ", g["rel"]) if g["rel"] else None
    part = _PARTS.get(g["part"]) if g["part"] else None
    role = _ROLE_IN.get(_WS_SUB(" ", g["role"].strip())) if g["role"] else None

    def res(ctx: _Ctx):
        ref = ctx.ref
        if unit in ("عام", "سنه"):
            if rel is None:
                y, anchor = (ref.year if ref else None), "relative"
            else:
                y, anchor = _rel_year(ctx, rel, False)
            if y is None:
                return None
            if part:
                return (*_part_of_year(y, part)[:3], anchor)
            return (*_year(y), "year", anchor)
        if ref is None:
            return None
        k = 0 if rel is None else (-1 if rel in _REL_PREV else _REL[rel])
        if unit == "اسبوع":
            a, b = _week(ref + dt.timedelta(days=7 * k))
            return a, b, "part_of_month", "relative"
        y, mo = _add_months(ref.year, ref.month, k)
        if part:
            a, b = _part_of_month(y, mo, part)
            return a, b, "part_of_month", "relative"
        a, b = _month(y, mo)
        return a, b, "month", "relative"
    kind = "year" if unit in ("عام", "سنه") and not part else ("period" if unit == "شهر" or part else "")
    if rel in _REL_PREV:
        kind = "cmp"  # "العام السابق" looks back from the year in focus; it does not move the focus
    return _Cand(m.start(), m.end(), "date", resolve=res, role=role, kind=kind)


@_rule("same_year", rf"{_B}(?:(?:ل|لل|ب)?(?:ال)?(?:عام|سنه)\s+(?:نفسه|نفسها|ذاته|ذاتها)|(?:نفس|ذات)\s+(?:ال)?(?:عام|سنه)){_E}")
def _same_year(m: re.Match) -> _Cand:
    def res(ctx: _Ctx):
        y = ctx.last_year if ctx.last_year is not None else (ctx.ref.year if ctx.ref else None)
        return (*_year(y), "year", "relative") if y else None
    return _Cand(m.start(), m.end(), "date", resolve=res, kind="year")


@_rule("bare_year_word", rf"(?:(?<=طيله\s)|(?<=طوال\s)|(?<=خلال\s)|(?<=مدار\s)|(?<=مدي\s))(?P<w>(?:ال)?(?:عام|سنه))(?!\w)(?!\s*(?:\d|المالي|{_RELW}|نفس|ذات|التي|الذي|الاول|الثاني|الي|ال\w+ي{_E}))")
def _bare_year(m: re.Match) -> _Cand:
    # "خلال العام" in a report on 2017 means 2017: the last year named, else the reference year
    def res(ctx: _Ctx):
        y = ctx.last_year if ctx.last_year is not None else (ctx.ref.year if ctx.ref else None)
        return (*_year(y), "year", "relative") if y else None
    return _Cand(m.start(), m.end(), "date", resolve=res, kind="")


@_rule("part_year", rf"{_B}(?P<role>{_ROLE_IN_RE}\s+)?(?P<part>{_PART})\s+(?:(?:ال)?(?:عام|سنه)(?:\s+(?:ال)?مالي(?:ه)?)?{_E}\s*(?P<y>{_YNUM})?|(?P<y2>{_YNUM})){_MILADI}"
                    rf"(?!\s+{_RELW})")
def _part_year(m: re.Match) -> _Cand:
    g = m.groupdict()
    part = _PARTS[g["part"]]
    y = int(g["y"] or g["y2"]) if (g["y"] or g["y2"]) else None
    role = _ROLE_IN.get(_WS_SUB(" ", g["role"].strip())) if g["role"] else None

    deadline = role is not None or m.string[m.start() - 1:m.start()] == "ب"

    def res(ctx: _Ctx):
        yy, anchor = y, "absolute"
        if yy is None:
            yy, anchor = (ctx.ref.year if ctx.ref else None), "relative"
            if ctx.last_year is not None and ctx.last_year_near and not deadline:
                yy = ctx.last_year
        if yy is None:
            return None
        return (*_part_of_year(yy, part), anchor)
    return _Cand(m.start(), m.end(), "date", resolve=res, role=role, kind="year" if y else "")


# "في وقت سابق من هذا الشهر": from the 1st to the day before the reference date
@_rule("earlier_this", rf"{_B}(?P<w>في\s+وقت\s+(?P<dir>سابق|لاحق|مبكر)\s+من\s+(?:(?:هذا|هذه)\s+(?:ال)?(?P<u1>شهر|عام|سنه|اسبوع)"
                       rf"|(?:ال)?(?P<u2>شهر|عام|سنه|اسبوع)\s+(?:الجاري|الحالي|الجاريه|الحاليه)))")
def _earlier(m: re.Match) -> _Cand:
    unit = m.group("u1") or m.group("u2")
    later = m.group("dir") == "لاحق"

    def res(ctx: _Ctx):
        ref = ctx.ref
        if ref is None:
            return None
        if unit == "شهر":
            a, b = _month(ref.year, ref.month)
            g = "part_of_month"
        elif unit == "اسبوع":
            a, b = _week(ref)
            g = "day"
        else:
            a, b = _year(ref.year)
            g = "month"
        if later:
            return min(ref + dt.timedelta(days=1), b), b, g, "relative"
        return a, max(ref - dt.timedelta(days=1), a), g, "relative"
    return _Cand(m.start(), m.end(), "date", resolve=res)


# ----------------------------------------------------------------- years

_LAST_WORD = re.compile(r"\S+\s*$")


@_rule("year", rf"{_B}(?P<role>{_ROLE_IN_RE}\s+)?(?P<btw>(?:بين|من)\s+)?(?P<kw>{_YEARN}(?:\s+(?:ال)?مالي(?:ه)?)?(?:\s+(?P<rel>{_RELW}))?\s*)?"
               rf"(?P<y>{_YNUM})(?:\s*(?P<sep>-|/|الي|حتي|و)\s*(?:{_YEARN}\s*)?(?P<y2>(?:1\d{{3}}|20\d\d|21\d\d)(?![\d%]|[.,]\d)))?{_MILADI}")
def _year_rule(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    y = int(g["y"])
    y2 = int(g["y2"]) if g["y2"] else None
    btw = (g["btw"] or "").strip()
    text = m.string
    kw = (g["kw"] or "").strip()
    if y2 is not None:
        sep = g["sep"]
        if sep == "و" and btw != "بين" or sep in ("الي", "حتي") and btw != "من":
            y2 = None
        elif btw == "بين" and sep != "و" or btw == "من" and sep not in ("الي", "حتي", "-"):
            y2 = None
        elif btw == "من" and _CHANGE.search(text[max(0, m.start() - 60):m.start()]):
            # two dates, each on its own
            s1 = m.start("kw") if kw else m.start("y")
            # the word before the second year (searched from the match's start: a search of
            # the whole text before it tries every offset of the article)
            k2 = _LAST_WORD.search(text, m.start(), m.start("y2"))
            s2 = k2.start() if k2 and _YEARN_RE.match(k2.group(0)) else m.start("y2")
            return [_Cand(s1, m.end("y"), "date", resolve=lambda ctx: (*_year(y), "year", "absolute"), kind="year"),
                    _Cand(s2, m.end("y2"), "date", resolve=lambda ctx: (*_year(y2), "year", "absolute"), kind="year")]
        elif sep in ("-", "/") and y2 < y and abs(y - y2) == 1:
            y, y2 = y2, y
        if y2 is not None and not (y < y2 <= y + 100):
            y2 = None
    end = m.end("y2") if y2 is not None else m.end("y")
    if y2 is None:
        tail = _MILADI_RE.match(text, m.end("y"))   # (at an offset: no copy of the rest of the text)
        end = tail.end() if tail else m.end("y")
    hijri = bool(_HIJRI_AFTER.match(text, m.end("y2") if y2 else m.end("y")))
    if hijri and y2 is None:
        if not 1300 <= y <= 1500:
            return None
        a, b = _hijri_to_greg(y, 1, 1), _hijri_to_greg(y, 12, None)
        if not a or not b:
            return None
        s0 = m.start() if g["role"] else (m.start("kw") if kw else m.start("y"))
        return _Cand(s0, end, "date", resolve=lambda ctx: (a[0], b[1], "year", "absolute"),
                     role=_ROLE_IN.get(_WS_SUB(" ", g["role"].strip())) if g["role"] else None)
    if not kw and not g["role"]:
        if y2 is not None:
            if not (_bare_year_ok(text, m.start("y"), m.end("y"), y, after=False)
                    and _bare_year_ok(text, m.start("y2"), m.end("y2"), y2, before=False)):
                return None
        elif not _bare_year_ok(text, m.start("y"), m.end("y"), y):
            return None
    if btw and y2 is None:
        btw = ""
    start = m.start()
    if not g["role"]:
        start = m.start("btw") if btw else (m.start("kw") if kw else m.start("y"))
    role = _ROLE_IN.get(_WS_SUB(" ", g["role"].strip())) if g["role"] else None
    if y2 is not None:
        return _Cand(start, end, "daterange", resolve=lambda ctx: (_year(y)[0], _year(y2)[1], "year", "absolute"),
                     role=role, kind="")
    return _Cand(start, end, "date", resolve=lambda ctx: (*_year(y), "year", "absolute"), role=role, kind="year")


_YEARN_RE = re.compile(_YEARN)
_MILADI_RE = re.compile(_MILADI)
_HIJRI_AFTER = re.compile(r"\s*(?:ه|هجري|هجريه)(?!\w)")


# "غيرت سنة الأساس من 2007 إلى 2013", "تأجيل الانتخابات من مارس إلى مايو": a move, not a period
_CHANGE = re.compile(r"(?<!\w)(?:\S*(?:تعديل|تغيير|غير|غيرت|يغير|نقل|تحويل|تاجيل|اجل|اجلت|تقديم|قدم|رفع|خفض)\S*)\s+(?:\S+\s+){0,6}$")

_NAME_BEFORE = re.compile(
    r"(?:(?:رؤيه|رويه|استراتيجيه|خطه|اجنده|الاجنده|مبادره|برنامج)(?:\s+(?!عام|سنه|العام|السنه|لعام|لسنه|في|حتي|الي|خلال|منذ)\S+){0,3}|"
    r"اكسبو|مونديال|كاس\s+العالم|كاس\s+امم\s+\S+|اولمبياد|الاولمبياد|مؤتمر\s+\S+|قمه\s+\S+|"
    r"برنامج\s+(?:\S+\s+){0,3}|خطه|استراتيجيه|مباراه|بطوله\s+\S+|قانون|القانون|"
    r"رؤيه\s+\S+|رويه\s+\S+|المرسوم|مرسوم|الامر|قرار|القرار|رقم|عدد|المادة|الماده|ماده|الفصل|فصل|البند|بند|الفقره|الرمز|"
    r"ص\.ب|هاتف|الهاتف|جوال|فاكس|طراز|موديل|نسخه|الاصدار|اصدار|ايفون|ويندوز|الطريق|طريق|شارع|"
    r"كود|عضويه|المجموعه|مجموعه|المنطقه)\s*(?:رقم\s*)?[:(]?\s*$")
_AMOUNT_AFTER = re.compile(
    r"^\s*(?:[%$€£]|الف|الاف|مليون|ملايين|مليار|مليارات|ترليون|تريليون|بالمئه|بالمائه|في\s+المئه|في\s+المائه|"
    r"دولار|دينار|ريال|درهم|جنيه|يورو|ليره|روبل|يوان|طن|اطنان|برميل|كيلو|كلم|كم|متر|ميغاواط|ميجاواط|"
    r"شخص|اشخاص|نسمه|مواطن|طالب|سائح|زائر|عامل|موظف|حاله|مشروع|شركه|قتيل|جريح|نقطه|وحده|سياره|صوت|مقعد|"
    r"هكتار|سهم|ساعه|يوم|دقيقه|عام|سنه|سنوات|شهر|اشهر|مرة|مره)ا?(?!\w)")
_QUAL_BEFORE = re.compile(r"(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|يقارب|يناهز|يفوق|بلغ|بلغت|الي|ب)\s*$")


_NUM_BEFORE = re.compile(r"[\d+]\s*[-/.:]?\s*$")
_NUM_AFTER = re.compile(r"\s*[-/:]\s*\d")
_NEXT_AMOUNT = re.compile(r"\s*(?:و|-|الي|او|حتي)\s*\d[\d.,]*")
_TO_BEFORE = re.compile(r"(?:الي|ب)\s*$")
_QUOTE_AFTER = re.compile(r'\s*["”»]')
_QUOTED_BEFORE = re.compile(r'["“«][^"“«”»\d]{2,40}$')
_YEAR_WORD_BEFORE = re.compile(r"(?:عام|سنه|العام|السنه|في|منذ|حتي)\s*$")


def _bare_year_ok(text: str, s: int, e: int, y: int, before: bool = True, after: bool = True) -> bool:
    """A bare number is a year only when it looks like one: 1900..2100, not an amount, not a name.
    (``before``/``after`` False: that side is the other end of a range, 2016-2018.)"""
    if not 1900 <= y <= 2100:
        return False
    before = text[max(0, s - 40):s] if before else " "
    after = text[e:e + 30] if after else " "
    if _NUM_BEFORE.search(before) or _NUM_AFTER.match(after):
        return False  # phone numbers, scores, 20/2018, 2018/20
    if _NAME_BEFORE.search(before) or _AMOUNT_AFTER.match(after):
        return False
    nxt = _NEXT_AMOUNT.match(after)   # "2000 و2500 دولار": one amount range
    if nxt and _AMOUNT_AFTER.match(text[e + nxt.end():e + nxt.end() + 30]):
        return False
    if _QUAL_BEFORE.search(before) and not _TO_BEFORE.search(before):
        return False
    # a year closing a quoted name: "صفاقس 2050", "رؤية المملكة 2030"
    if _QUOTE_AFTER.match(after) and _QUOTED_BEFORE.search(before) and not _YEAR_WORD_BEFORE.search(before):
        return False
    return True


# ----------------------------------------------------------------- quarters, halves, first N months

_QWORD = r"(?P<q>(?:ال)?(?:ربع|ثلاثي|ثلاثيه|فصل|نصف|سداسي|سداسيه))"


@_rule("quarter", rf"{_B}(?:ل|لل|ب|خلال\s+)?{_QWORD}\s+(?P<n>الاول|الثاني|الثالث|الرابع|الاخير|الاولي|الثانيه|الثالثه|الرابعه|الاخيره){_E}"
                  rf"(?:{_yearspec('q')})?")
def _quarter(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    word = g["q"][2:] if g["q"].startswith("ال") else g["q"]
    half = word in ("نصف", "سداسي", "سداسيه")
    if word == "فصل" and not (g.get("qy") or g.get("qr") or g.get("qr2")):
        return None  # الفصل الأول: a chapter, unless a year follows (الفصل الأول من 2024)
    n = {"الاول": 1, "الاولي": 1, "الثاني": 2, "الثانيه": 2, "الثالث": 3, "الثالثه": 3, "الرابع": 4,
         "الرابعه": 4, "الاخير": -1, "الاخيره": -1}[g["n"]]
    if half and n in (3, 4):
        return None
    count = 2 if half else 4
    n = count if n == -1 else n
    y, yrel, ybare = _year_of(g, "q")
    if not (y or yrel or ybare) and not g["q"].startswith("ال"):
        return None

    def res(ctx: _Ctx):
        yy, anchor = _stated_or_rel_year(ctx, y, yrel)
        if yy is None:
            return None
        span = 12 // count
        a = dt.date(yy, (n - 1) * span + 1, 1)
        b = _month_end(yy, n * span)
        return a, b, "half" if half else "quarter", anchor
    s = m.start("q")
    return _Cand(s, m.end(), "date", resolve=res, kind="period")


_FIRSTN = (rf"{_B}(?:(?:ال)?(?:اشهر|شهور)\s+(?:ال\s?)?(?P<n1>\d{{1,2}}|{_CARDW})|(?:ال)?(?P<n2>\d{{1,2}}|{_CARDW})\s+(?:ال)?(?:اشهر|شهور)"
           rf"|(?P<dual>(?:ال)?(?:شهرين|شهران))|اول\s+(?P<n3>\d{{1,2}}|{_CARDW})\s+(?:اشهر|شهور))"
           rf"(?:\s+(?P<fl>(?:ال)?(?:اولي|اوليين|اولين|اوليان|اخيره|اخيرين|اخيرتين)){_E})?(?:{_yearspec('f')})?")


@_rule("first_n_months", _FIRSTN)
def _first_n(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    if g["n3"]:
        first = True
    elif g["fl"]:
        first = "اول" in g["fl"]
    else:
        return None
    n = 2 if g["dual"] else _num(g["n1"] or g["n2"] or g["n3"])
    if not n or not 1 <= n <= 12:
        return None
    y, yrel, ybare = _year_of(g, "f")

    def res(ctx: _Ctx):
        yy, anchor = _stated_or_rel_year(ctx, y, yrel)
        if yy is None:
            return None
        if first:
            return dt.date(yy, 1, 1), _month_end(yy, n), "month", anchor
        return dt.date(yy, 13 - n, 1), dt.date(yy, 12, 31), "month", anchor
    return _Cand(m.start(), m.end(), "daterange", resolve=res, kind="period")


# "السنوات الثلاث الماضية": the reference date minus three years to the reference date
_LASTN = (rf"{_B}(?P<pre>(?:خلال|في|طيله|طوال)\s+)?(?P<body>(?:ال)?(?P<u>سنوات|اعوام|سنين|اشهر|شهور|ايام|اسابيع)\s+(?:ال\s?)?(?P<n>\d{{1,2}}|{_CARDW})"
          rf"|(?:ال)?(?P<n2>\d{{1,2}}|{_CARDW})\s+(?:ال)?(?P<u2>سنوات|اعوام|سنين|اشهر|شهور|ايام|اسابيع)"
          rf"|(?:ال)?(?P<u3>عامين|عاميين|سنتين|شهرين|يومين|اسبوعين))\s+(?P<r>(?:ال)?(?:ماضيه|اخيره|منصرمه|فائته|مقبله|قادمه|ماضيين|اخيرين|مقبلين|قادمين|منصرمين|سابقين|فائتين)){_E}")


@_rule("last_n", _LASTN)
def _last_n(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    unit = g["u"] or g["u2"] or g["u3"]
    n = 2 if g["u3"] else _num(g["n"] or g["n2"])
    if not n:
        return None
    letter = {"سنوات": "Y", "اعوام": "Y", "سنين": "Y", "اشهر": "M", "شهور": "M", "ايام": "D", "اسابيع": "W",
              "عامين": "Y", "عاميين": "Y", "سنتين": "Y", "شهرين": "M", "يومين": "D", "اسبوعين": "W"}[unit]
    future = any(w in g["r"] for w in ("مقبل", "قادم"))

    def res(ctx: _Ctx):
        if letter == "Y" and not future:
            # "خلال عشر سنوات (2007 – 2016) ... السنوات العشر الماضية": the years the text named
            named = [r for r in ctx.year_ranges if r[1].year - r[0].year + 1 == n]
            if named:
                return named[-1][0], named[-1][1], "year", "relative"
        ref = ctx.ref
        if ref is None:
            return None
        if letter == "Y":
            other = _shift_years(ref, n if future else -n)
        elif letter == "M":
            yy, mm = _add_months(ref.year, ref.month, n if future else -n)
            other = dt.date(yy, mm, min(ref.day, calendar.monthrange(yy, mm)[1]))
        else:
            other = ref + dt.timedelta(days=(7 if letter == "W" else 1) * (n if future else -n))
        if future:
            return ref, other - dt.timedelta(days=1), {"Y": "year", "M": "month"}.get(letter, "day"), "relative"
        return other, ref, {"Y": "year", "M": "month"}.get(letter, "day"), "relative"
    return _Cand(m.start("body"), m.end(), "daterange", resolve=res, prio=1)


# ----------------------------------------------------------------- anaphora: the same period

@_rule("same_period", rf"{_B}(?:(?:نفس|ذات)\s+(?:ال)?(?P<u1>فتره|شهر|ربع|الثلاثي)|(?:ال)?(?P<u2>فتره|شهر|ربع|ثلاثي)\s+(?:نفسها|نفسه|ذاتها|ذاته|المماثله|المماثل|المقابله|المقابل))"
                      rf"(?:{_yearspec('s')})")
def _same_period(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    y, yrel, ybare = _year_of(g, "s")
    unit = g["u1"] or g["u2"]

    def res(ctx: _Ctx):
        base = ctx.last_month if unit == "شهر" and ctx.last_month else _period_before(ctx, unit == "شهر")
        if base is None:
            return None
        yy, anchor = y, "absolute"
        if yy is None:
            if yrel in _REL_PREV or (yrel is None and ybare):
                yy, anchor = (base[0].year - 1 if yrel in _REL_PREV else base[0].year), "relative"
            else:
                yy, anchor = _rel_year(ctx, yrel, ybare)
        if yy is None:
            return None
        k = yy - base[0].year
        a, b = _shift_years(base[0], k), _shift_years(base[1], k)
        if b.month == 2 and base[1].month == 2 and base[1].day >= 28:
            b = _month_end(b.year, 2)
        return a, b, base[2], anchor
    return _Cand(m.start(), m.end(), "date", resolve=res, kind="cmp")


# The year up to the end of a month: مع موفى أفريل (Tunisia), عند متم دجنبر (Morocco), حتى نهاية
# سبتمبر. The month is the expression; the period it closes starts on 1 January (figures.py
# gives an amount that period; "the same period of last year" after it is January to September).
_YEAR_TO_DATE = re.compile(r"موفي|(?:^|\s)(?:عند\s+)?متم\s|(?:^|\s)(?:حتي|مع)\s+(?:نهايه|اخر)\s")
_YEAR_TO_DATE_WORDS = ("موفي", "متم", "نهايه", "اخر")   # one is in every match (a cheap test first)


def closes_year_to_date(ft: str, lo: int, hi: int) -> bool:
    """The folded text ``ft[lo:hi]`` says a month closes the year to date (عند متم شتنبر، موفى
    جوان، حتى نهاية سبتمبر). Read here for "the same period" and by figures.py for an amount's
    period."""
    return any(ft.find(w, lo, hi) >= 0 for w in _YEAR_TO_DATE_WORDS) and _YEAR_TO_DATE.search(ft, lo, hi) is not None


# A record since a date (الأعلى منذ 2013، أدنى مستوى له منذ ثورة 2011), read on the folded words
# before the date: the date starts the record's span; it is no event's date (events.py) and no
# amount's period (figures.py).
RECORD_SINCE_BEFORE = re.compile(
    r"(?:ادني|اعلي|اكبر|اقل|اكثر|مستوي|مستوياته|مره)\S*\s+(?:\S+\s+){0,2}?منذ\s+(?:\S+\s+){0,2}$")
# The one-word names of months and of parts of them (مطلع، أواخر، موفى، متم): after an amount,
# such a word says when, never what is counted (9 مليارات موفى جوان; figures.py reads it so).
MONTH_AND_PART_WORDS = frozenset({w for w in _MONTHS if " " not in w} | set(_PARTS) | {"متم"})


def _period_before(ctx: _Ctx, month: bool = False) -> tuple | None:
    """The period "the same period" points at: one named earlier in the same sentence, else the
    last period longer than a month (the first two months, a quarter), else the last one.
    With ``month`` ("the same month"), a year to date is its last month alone."""
    periods = [p[:4] if month or p[4] is None else (p[0], p[4], p[2], "month") for p in ctx.periods]
    if not periods:
        return None
    near = [p for p in periods if p[0] >= ctx.sent_start]
    if near:
        return near[-1][1:]
    long_ = [p for p in periods if p[2] > p[1] + dt.timedelta(days=31)]
    return (long_[-1] if long_ else periods[-1])[1:]


# "نهايته", "بدايتها", "مطلعه": a part word with a pronoun (ة becomes ت before it)
_PART_PRON = {(w[:-1] + "ت" if w.endswith("ه") else w) + p: part for w, part in _PARTS.items() for p in ("ه", "ها")}


@_rule("part_of_it", rf"{_B}(?P<w>{_alt(_PART_PRON)}){_E}")
def _part_of_it(m: re.Match) -> _Cand | None:
    # "على مدار عام 2017 تُوجت في نهايته": the end of the year (or month) named just before
    part = _PART_PRON[m.group("w")]

    def res(ctx: _Ctx):
        prev = ctx.prev
        if prev is None or prev[0] < ctx.sent_start:
            return None
        _, a, b, gran = prev
        if gran == "year" and a.year == b.year:
            return (*_part_of_year(a.year, part), "relative")
        if gran == "month" and a.month == b.month:
            a2, b2 = _part_of_month(a.year, a.month, part)
            return a2, b2, "part_of_month", "relative"
        return None
    return _Cand(m.start(), m.end(), "date", resolve=res, kind="")


@_rule("this_period", rf"{_B}(?:هذه|تلك)\s+الفتره{_E}(?!\s+(?:من|الي))")
def _this_period(m: re.Match) -> _Cand:
    def res(ctx: _Ctx):
        base = _period_before(ctx)
        return (base[0], base[1], base[2], "relative") if base else None
    return _Cand(m.start(), m.end(), "daterange", resolve=res, kind="")


# ----------------------------------------------------------------- seasons and decades

_SEASONS = {"شتاء": (12, 2), "الشتاء": (12, 2), "ربيع": (3, 5), "الربيع": (3, 5), "صيف": (6, 8),
            "الصيف": (6, 8), "خريف": (9, 11), "الخريف": (9, 11)}


@_rule("season", rf"{_B}(?:(?P<this>هذا|هذه)\s+(?:ال)?)?(?:فصل\s+)?(?P<s>{_alt(_SEASONS)})(?:{_yearspec('z')}|\s+(?P<zrel>{_RELW}){_E}|(?<=\w)(?P<zthis>){_E})")
def _season(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    a_m, b_m = _SEASONS[g["s"]]
    y, yrel, ybare = _year_of(g, "z")
    rel = g.get("zrel")
    if ybare or g.get("zthis") is not None and not g.get("this"):
        return None
    if g.get("this"):
        rel = "الجاري"

    def span(yy: int):  # the winter of 2018 runs from December 2018 to February 2019
        return dt.date(yy, a_m, 1), _month_end(yy + (b_m < a_m), b_m)

    def res(ctx: _Ctx):
        if y is not None:
            return (*span(y), "month", "absolute")
        ref = ctx.ref
        if ref is None:
            return None
        if yrel:  # صيف العام الماضي
            yy, _ = _rel_year(ctx, _WS_SUB(" ", yrel), False)
            return (*span(yy), "month", "relative") if yy else None
        r = _WS_SUB(" ", rel or "")
        k = -1 if r in _REL_PREV else _REL.get(r, 0)
        # الصيف الماضي: the last summer over before the reference date; المقبل: the next to begin
        yy = ref.year - (1 if ref.month < a_m else 0)
        if k < 0:
            if span(yy)[1] >= ref:
                yy -= 1
        elif k > 0:
            yy += 1
        return (*span(yy), "month", "relative")
    return _Cand(m.start(), m.end(), "date", resolve=res)


_DECADES = {"الخمسينات": 50, "الخمسينيات": 50, "الستينات": 60, "الستينيات": 60, "السبعينات": 70, "السبعينيات": 70,
            "الثمانينات": 80, "الثمانينيات": 80, "التسعينات": 90, "التسعينيات": 90}


@_rule("decade", rf"{_B}(?:(?:عقد|حقبه)\s+)?(?P<d>(?:ال)?{_alt(w[2:] for w in _DECADES)})(?:\s+(?:من\s+)?القرن\s+(?:الماضي|العشرين))?{_E}")
def _decade(m: re.Match) -> _Cand | None:
    d = m.group("d")
    d = d if d.startswith("ال") else "ال" + d
    if d != m.group("d") and "القرن" not in m.group(0):
        return None  # "ثمانينات" without the article or the century is rare and ambiguous
    y = 1900 + _DECADES[d]
    return _Cand(m.start(), m.end(), "date", resolve=lambda ctx: (dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade", "absolute"))


# ----------------------------------------------------------------- numeric dates

@_rule("numeric", rf"(?<![\w.,/:-])(?P<role>{_ROLE_IN_RE}\s+)?(?:(?P<y>(?:19|20)\d\d)(?P<s1>[/.\-])(?P<m>\d{{1,2}})(?P=s1)(?P<d>\d{{1,2}})"
                  r"|(?P<d_>\d{1,2})(?P<s2>[/.\-])(?P<m_>\d{1,2})(?P=s2)(?P<y_>(?:19|20)\d\d|\d\d))(?![\w.,/-]|[.,]\d)")
def _numeric(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    if g["y"]:
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
    else:
        d, mo, y = int(g["d_"]), int(g["m_"]), int(g["y_"])
        if len(g["y_"]) == 2:
            if g["s2"] == ".":
                return None
            y += 2000 if y < 50 else 1900
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    role = _ROLE_IN.get(_WS_SUB(" ", g["role"].strip())) if g["role"] else None
    return _Cand(m.start(), m.end(), "date", resolve=lambda ctx: (day, day, "day", "absolute"), kind="day", role=role)


# "08/12, 2015": month first, the US order that the comma before the year gives away
@_rule("numeric_us", r"(?<![\w.,/:-])(?P<m>\d{1,2})/(?P<d>\d{1,2}),\s*(?P<y>(?:19|20)\d\d|\d\d)(?![\w.,/-])")
def _numeric_us(m: re.Match) -> _Cand | None:
    y = int(m.group("y"))
    y += 2000 if y < 50 else (1900 if y < 100 else 0)
    try:
        day = dt.date(y, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return _Cand(m.start(), m.end(), "date", resolve=lambda ctx: (day, day, "day", "absolute"), kind="day", prio=1)


# year-less "22/04", "4/22", "22-4": only when one part cannot be a month (no score, no fraction)
@_rule("numeric_dm", r"(?<![\w.,/:-])(?P<pre>(?:(?:في|يوم|بتاريخ|تاريخ)\s+))?(?P<a>\d{1,2})(?P<s>[/.\-])(?P<b>\d{1,2})(?![\w.,/-]|[.,]\d|\s*%)")
def _numeric_dm(m: re.Match) -> _Cand | None:
    a, b, sep = int(m.group("a")), int(m.group("b")), m.group("s")
    if (a, b) == (24, 7):
        return None  # "24/7": around the clock
    if sep == "." and not m.group("pre"):
        return None  # 4.22 alone is a decimal
    after = m.string[m.end():m.end() + 30]
    if _AMOUNT_AFTER.match(after):
        return None
    if 12 < a <= 31 and 1 <= b <= 12:
        d, mo = a, b
    elif 12 < b <= 31 and 1 <= a <= 12 and sep != "-":
        mo, d = a, b
    else:
        return None

    def res(ctx: _Ctx):
        if ctx.ref is None:
            return None
        day = _date_for_day(mo, d, ctx.ref, ctx.future)
        return (day, day, "day", "implicit_year") if day else None
    return _Cand(m.start("a"), m.end(), "date", resolve=res, kind="day", prio=-1)


# ----------------------------------------------------------------- durations and "ago"

_DUR_AFTER = re.compile(rf"\s*(?:[\d(]|{_MON}|من\s|واحد|كامل)")
_WHOLE_AFTER = re.compile(r"\s*كامل")
_MIN_AFTER = re.compile(r"\s*من\s")
_REL_AFTER = re.compile(r"\s*(?:من\s+)?(?:الزمن|الان)?\s*(?:الماضي|الماضيه|المقبل|المقبله|القادم|القادمه|الاخير|الاخيره)")
_FROM_AFTER = re.compile(r"\s*(?:من|علي)\s")
_QUALW = r"(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقارب|ما\s+يزيد\s+عن|ما\s+يزيد\s+علي|اكثر\s+من)"


@_rule("duration", rf"{_B}(?P<pre>(?:منذ|خلال|لمده|مده|طيله|طوال|علي\s+مدي|علي\s+مدار|بعد|قبل|لفتره|فتره)\s+)?(?P<q>{_QUALW}\s+)?"
                   rf"(?:(?P<n>\d+(?:[.,]\d+)?(?=\s*(?:ال\s?)?{_UNITW})|{_NUMW}(?=\s+(?:ال\s?)?{_UNITW}))\s*(?:ال\s?)?(?P<u>{_UNITW})|(?P<du>ساعتين|ساعتان|يومين|يومان|اسبوعين|اسبوعان|شهرين|شهران|سنتين|سنتان|عامين|عامان|عقدين|قرنين|ليلتين)"
                   rf"|(?P<su>ساعه|يوم|اسبوع|شهر|سنه|عام|عقد|قرن))(?P<half>\s+ونصف)?{_E}")
def _duration(m: re.Match) -> _Cand | None:
    g = m.groupdict()
    pre = _WS_SUB(" ", (g["pre"] or "").strip())
    text = m.string
    if g["su"]:
        # a lone unit word is a duration only after لمدة/خلال/منذ/قبل..., and not before a month or year
        if not (pre or g["half"]) or pre in ("خلال", "فتره") and g["su"] != "ساعه":
            return None
        if _DUR_AFTER.match(text[m.end():m.end() + 12]) and not _WHOLE_AFTER.match(text[m.end():]) \
                and not (pre in ("بعد", "قبل") and _MIN_AFTER.match(text[m.end():])):
            return None
        letter, k = _UNITS[g["su"]]
        n = 1
        if g["su"] == "عقد":
            return None
    elif g["du"]:
        letter, k = _UNITS[g["du"]]
        n = 1
    else:
        unit = g["u"]
        letter, k = _UNITS[unit]
        n_txt = g["n"]
        if n_txt[0].isdigit():
            if unit in ("عقد", "عقود"):
                return None  # "300 عقد" are contracts
            n = float(n_txt.replace(",", "."))
            # "2023 عام" is not 2023 years; a year before its unit is not a duration
            if n >= 1000:
                return None
        else:
            n = _num(n_txt)
            if n is None:
                return None
    after = text[m.end():m.end() + 20]
    if _REL_AFTER.match(after) and not g["n"]:
        return None
    total = n * k
    if g["half"]:
        total += 0.5 * k
    tot = int(total) if float(total).is_integer() else total
    if letter == "Y" and g["u"] in ("عقد", "عقود", "قرن", "قرون"):
        pass
    value = f"PT{tot}{letter[1]}" if letter.startswith("T") else f"P{tot}{letter}"
    start = m.start("q") if g["q"] else (m.start("n") if g["n"] else m.start("du") if g["du"] else m.start("su"))
    if pre == "قبل" and not _FROM_AFTER.match(after):
        # "قبل 4 سنوات": a date, the year (month, week, day) that far before the reference date
        return _Cand(m.start(), m.end(), "date", resolve=lambda ctx: _ago(ctx, letter, int(total)), prio=1)
    role = "since" if pre == "منذ" else None
    return _Cand(start, m.end(), "duration", value=value, role=role)


def _ago(ctx: _Ctx, letter: str, n: int):
    ref = ctx.ref
    if ref is None:
        return None
    if letter == "Y":
        y = ref.year - n
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "relative"
    if letter == "M":
        y, mo = _add_months(ref.year, ref.month, -n)
        a, b = _month(y, mo)
        return a, b, "month", "relative"
    if letter == "W":
        a, b = _week(ref - dt.timedelta(days=7 * n))
        return a, b, "part_of_month", "relative"
    if letter == "D":
        d = ref - dt.timedelta(days=n)
        return d, d, "day", "relative"
    return ref, ref, "day", "relative"


@_rule("decade_rel", rf"{_B}(?P<w>(?:ال)?عقد\s+(?:الماضي|المنصرم|الاخير|المقبل|القادم|الحالي)|(?:ال)?عقدين\s+(?:الماضيين|الاخيرين|المقبلين|القادمين)){_E}")
def _decade_rel(m: re.Match) -> _Cand:
    # "خلال العقد الماضي": ten years (the issue types it a duration)
    return _Cand(m.start(), m.end(), "duration", value="P20Y" if "عقدين" in m.group("w") else "P10Y")


# ----------------------------------------------------------------- times of day

@_rule("time", rf"{_B}(?:(?:عند|في|حتي|منذ)\s+)?(?:ال)?ساعه\s+(?P<h>\d{{1,2}}(?:[:.]\d\d)?|(?:{_ORDDAY})ه?|الواحده)(?:\s+و\s*(?:النصف|الربع|\d+\s*دقيقه))?"
               rf"(?:\s+(?:صباحا|مساء|مساءا|ظهرا|ليلا|فجرا|عصرا|بعد\s+الظهر|من\s+صباح\s+\S+|من\s+مساء\s+\S+))?(?:\s+بتوقيت\s+\S+)?{_E}")
def _time(m: re.Match) -> _Cand:
    return _Cand(m.start(), m.end(), "time")


@_rule("clock", r"(?<![\d.,:/])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:/])")
def _clock(m: re.Match) -> _Cand:
    return _Cand(m.start(), m.end(), "time", prio=-2)


# ----------------------------------------------------------------- fixed phrases (vague, sets)

@_rule("phrase", rf"{_B}(?P<p>{_alt(_PHRASES)}){_E}")
def _phrase(m: re.Match) -> _Cand:
    p = m.group("p")
    got = _PHRASES.get(p)   # as listed (single spaces): no need to squeeze the spaces
    typ, value = got if got is not None else _PHRASES[_WS_SUB(" ", p)]
    return _Cand(m.start(), m.end(), typ, value=value, prio=-1)


_DAYS_AFTER = re.compile(rf"\s*(?:\d|{_WD})")


@_rule("adj_set", rf"{_B}(?:ال)?(?:سنوي|سنويه|شهري|شهريه|اسبوعي|اسبوعيه|يومي|يوميه){_E}(?!\s+(?:الماضي|المقبل|القادم))")
def _adj_set(m: re.Match) -> _Cand | None:
    w = m.group(0)
    if w in ("يومي", "اليومي") and _DAYS_AFTER.match(m.string[m.end():]):
        return None  # يومي 27 و28: two days
    return _Cand(m.start(), m.end(), "set", prio=-3)


# =========================================================================== finding

# the cues of a future tense; each alternative's first word is its head (see _Cues)
_FUTURE_CUES = (r"سوف", r"من\s+المقرر", r"من\s+المنتظر", r"من\s+المرتقب", r"المزمع", r"المرتقب", r"يعتزم", r"تعتزم",
                r"يستعد", r"تستعد", r"يرتقب", r"توقع", r"يتوقع", r"تتوقع", r"المتوقع", r"متوقع", r"توقعات", r"تخطط", r"يخطط",
                r"تستهدف", r"يستهدف", r"تهدف", r"يهدف", r"تسعي", r"يسعي", r"المقبل", r"المقبله",
                r"القادم", r"القادمه", r"غدا")
_FUTURE = re.compile(
    r"(?<!\w)[وف]?(?:" + "|".join(_FUTURE_CUES) + "|"
    r"س(?:ي|ت|ن)(?!ياس|يار|ياح|يد|يط|يول|ينا|يرج|يرغ|ته|تين|تون|نه|نو|نت|ني|نغ|توك|يم|تيف|تار|يب|يك|يف|ير\b)[\u0621-\u064a]{3,})"
)


_BASELINE_KEYS = ("مقارنه", "قياسا", "مقابل", "عن")   # one is in every match of _BASELINE
_BASELINE = re.compile(r"(?:(?<!\w)(?:مقارنه|بالمقارنه|قياسا|مقابل)(?!\w)[^،.؛\n]{0,60}|(?<!\w)عن\s+)$")
# ``any(k in text[s:e] for k in _BASELINE_KEYS)`` in one call: a plain alternation of literals,
# which re scans for by their first letters (no slice, no generator)
_BASELINE_HINT = re.compile("|".join(_BASELINE_KEYS)).search
_ROLE_OUT_HINT = re.compile("|".join(_ROLE_OUT_KEYS)).search


# where a clause ends: the tense of "قال الجمعة إن الرسوم ستطبق" is the tense of قال
_CLAUSE_MARKS = "،,:؛\"«»“”"
_CLAUSE_WORDS = ("ان", "لكن", "بينما", "فيما", "حيث", "كما")
_CLAUSE = re.compile(rf"[{_CLAUSE_MARKS}]|(?<!\w)(?:{'|'.join(_CLAUSE_WORDS)})(?!\w)")


_PAST_CUES = _WORDS.get('past_cue', {})
_PAST = re.compile(rf"(?<!\w)[وف]?{_alt(_PAST_CUES)}(?!\w)")


class _CueWords(dict):
    r"""word -> which of _FUTURE (1), _PAST (2), _CLAUSE (4) may match at its start, as bits;
    filled on first use, one entry per distinct word.

    Every match of the three patterns starts at a token (each pattern starts a word with
    ``(?<!\w)``, and a clause mark is a token of its own) and its first letters are a cue's first
    word (``_FUTURE``, ``_PAST``: after an optional و or ف), or a clause word or mark: so a token
    that does not begin so can start no match. The test is a prefix one (``w.startswith``), as
    a search that stops inside a word may match the part before the stop ("ان" of "انه").
    A token with "+" inside (``[\w+]+`` is one token) gets 8: a match may start after the "+".
    """

    def __missing__(self, w: str) -> int:
        if "+" in w:
            bits = 8
        else:
            bare = w[1:] if w[:1] in ("و", "ف") else ""
            bits = ((w.startswith(_FUTURE_HEADS) or bare.startswith(_FUTURE_HEADS))
                    | (w.startswith(_PAST_HEADS) or bare.startswith(_PAST_HEADS)) << 1
                    | (w in _CLAUSE_MARKS or w.startswith(_CLAUSE_WORDS)) << 2)
        if len(self) < 200_000:
            self[w] = bits
        return bits


_FUTURE_HEADS = tuple(dict.fromkeys(c.split("\\s+")[0] for c in _FUTURE_CUES)) + ("سي", "ست", "سن")
_PAST_HEADS = tuple(dict.fromkeys(c.split()[0] for c in _PAST_CUES))
_CUE_WORDS = _CueWords()


class _Cues:
    """``_FUTURE``, ``_PAST`` and ``_CLAUSE`` searches in the sentences of one text, tried only at
    the tokens that may start a match (``_CueWords``) instead of at every character: none of the
    three has a literal head, so re tries a search at every offset, and the mentions of one
    article search their clauses and sentences over and over. At each such token the pattern is
    matched with the same end bound as the search, so the result is the search's.

    ``of_sentence(a, b)`` lists those tokens in the sentence ``[a, b)`` (a token never crosses a
    sentence end: the end marks are tokens or white space), once per sentence and only for
    the sentences that hold a mention."""

    def __init__(self, folded: Folded):
        self.text = folded.text
        self.words, self.starts = folded.tokens[0], folded.tokens[1]
        self.sentences: dict[tuple[int, int], tuple[list[int], list[int], list[int]]] = {}

    def of_sentence(self, a: int, b: int) -> tuple[list[int], list[int], list[int]]:
        """The starts in ``[a, b)`` where a match of ``_FUTURE``, ``_PAST``, ``_CLAUSE`` may start."""
        got = self.sentences.get((a, b))
        if got is not None:
            return got
        starts = self.starts
        i0, i1 = bisect_left(starts, a), bisect_left(starts, b)
        words = self.words[i0:i1]
        bits = list(map(_CUE_WORDS.__getitem__, words))
        future: list[int] = []
        past: list[int] = []
        clause: list[int] = []
        for i in compress(range(len(words)), bits):   # the few tokens with a bit set
            k, p = bits[i], starts[i0 + i]
            if k == 8:   # every start in the token: its own and each one after a "+"
                for q in [p] + [p + j + 1 for j, ch in enumerate(words[i]) if ch == "+"]:
                    future.append(q)
                    past.append(q)
                    clause.append(q)
                continue
            if k & 1:
                future.append(p)
            if k & 2:
                past.append(p)
            if k & 4:
                clause.append(p)
        got = self.sentences[a, b] = (future, past, clause)
        return got


def _first(match, text: str, at: list[int], pos: int, endpos: int):
    """``rx.search(text, pos, endpos)`` (``match`` is ``rx.match``), where ``at`` holds every
    start a match may have, in order."""
    i = bisect_left(at, pos)
    n = len(at)
    while i < n and at[i] < endpos:
        m = match(text, at[i], endpos)
        if m is not None:
            return m
        i += 1
    return None


def _last_clauses(text: str, at: list[int], pos: int, endpos: int) -> list:
    """The last two matches of ``_CLAUSE.finditer(text, pos, endpos)`` in text order (its
    matches never overlap: a mark is one character and a word needs no letter before it);
    ``at`` as for ``_first``."""
    match = _CLAUSE_MATCH
    i = bisect_left(at, endpos)
    lo = bisect_left(at, pos)
    out = []
    while i > lo and len(out) < 2:
        i -= 1
        m = match(text, at[i], endpos)
        if m is not None:
            out.append(m)
    out.reverse()
    return out


_FUTURE_MATCH, _PAST_MATCH, _CLAUSE_MATCH = _FUTURE.match, _PAST.match, _CLAUSE.match


def _is_future(cues: _Cues, a: int, b: int, c: "_Cand", sentences: dict | None = None) -> bool:
    """The tense of the clause holding the mention; a clause with no cue takes its sentence's
    first cue. (``cues.text[a:b]`` is the sentence.)"""
    text = cues.text
    future, past, clause = cues.of_sentence(a, b)
    # the clause: from the end of the last clause mark or word before the mention (or the
    # sentence start) to the next one after it (or the sentence end)
    last = _last_clauses(text, clause, a, c.fs)
    left = last[-1].end() if last else a
    m = _first(_CLAUSE_MATCH, text, clause, c.fe, b)
    right = m.start() if m else b
    if _first(_FUTURE_MATCH, text, future, left, right):
        return True
    if _first(_PAST_MATCH, text, past, left, right):
        return False
    if last and last[-1].group(0) == "ان":
        # "يتوقع أن ... في يناير", "قال إن ... في يناير": the verb that governs the clause
        prev_left = last[-2].end() if len(last) > 1 else a
        f = _first(_FUTURE_MATCH, text, future, prev_left, last[-1].start())
        p = _first(_PAST_MATCH, text, past, prev_left, last[-1].start())
        if f or p:
            return f is not None and (p is None or f.start() > p.start())
    # no cue in the clause: the sentence's first cue (its main verb comes first)
    if sentences is not None:
        got = sentences.get((a, b))
        if got is not None:
            return got
    f = _first(_FUTURE_MATCH, text, future, a, b)
    p = _first(_PAST_MATCH, text, past, a, b)
    got = f is not None and (p is None or f.start() < p.start())
    if sentences is not None:
        sentences[a, b] = got
    return got


class _SentenceBounds:
    """``_sentence_bounds(text, pos)`` for many positions of one text: the sentence ends are
    found once and looked up by bisection."""

    def __init__(self, text: str):
        self.ends = [m.start() for m in _SENT_END.finditer(text)]
        self.n = len(text)

    def __call__(self, pos: int) -> tuple[int, int]:
        ends = self.ends
        i = bisect_left(ends, pos)
        return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else self.n)


_SENT_END = re.compile(r"[.!؟?؛\n]")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    a = max(text.rfind(c, 0, pos) for c in ".!؟?؛\n")
    ends = [i for i in (text.find(c, pos) for c in ".!؟?؛\n") if i >= 0]
    return a + 1, (min(ends) if ends else len(text))


# Scanning the whole text once per rule costs a millisecond or more per rule in Python's re,
# so each rule is tried only where it can start: at a word that occurs in its pattern (a month
# name, a unit, a relative word ...) or at a number. Which words those are is read off the
# compiled patterns themselves, so a word added to a data table is a trigger at once.
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


_DIGIT_PROBES = ("2016", "2016-2017", "2016 هـ", "15 مارس 2020", "15 مارس", "15. مارس", "2- مارس", "12/03/2020",
                 "2020/03/12", "24 ساعة", "15يوما", "10:30", "3 من الشهر الجاري", "15 الجاري", "08/12, 2015", "22/4",
                 "27 و28 نوفمبر", "21 - 23 مايو", "3 أشهر الأولى", "3 سنوات الماضية", "25 شوال 1436")


# Small words that occur inside many patterns but start few of them: a rule is tried at one only
# if the rule can start there, which these phrases test once at import.
_FUNCTION_WORDS = ("في", "من", "الي", "علي", "عن", "مع", "ما", "او", "ان", "لا", "و")
_WORD_PROBES = ("حلول عام 2025", "أفق 2030", "وقت سابق من هذا الشهر", "10 إلى 11 سبتمبر", "2010 إلى 2015",
                "جانفي إلى أوت 2015", "الساعة العاشرة", "السنوات الثلاث الماضية", "المستقبل القريب",
                "الوقت الحالي", "غاية 2025", "مدى ثلاثة أيام", "مدار العام", "يقارب ثلاث سنوات", "أساس سنوي",
                "بين 2016 و2018", "الآن", "يوم 15 مارس", "وقت لاحق", "4.22", "22/04", "12/03/2020",
                "حلول مارس 2025", "يومي 27 و28 نوفمبر")


def _build_triggers():
    by_word: dict[str, list[int]] = {}
    by_digit: list[int] = []
    for i, (_name, rx, _fn) in enumerate(_RULES):
        src = rx.pattern
        for w in set(re.findall(r"[\u0621-\u064a]+", src)):
            if w in _FUNCTION_WORDS and not any(rx.match(fold_plain(f"{w} {p}")) for p in _WORD_PROBES):
                continue
            by_word.setdefault(w, []).append(i)
        # a rule is tried at a number only if some number-first phrase can start it
        if any(rx.match(fold_plain(p)) for p in _DIGIT_PROBES):
            by_digit.append(i)
    return by_word, by_digit


_WORD_STARTS: dict[str, tuple] = {}   # word -> ((offset in the word, rule indexes), ...), memoized


def _starts_of(w: str) -> tuple:
    got = _WORD_STARTS.get(w)
    if got is not None:
        return got
    by_word, by_digit = _TRIGGERS
    if w[0].isdigit():
        got = ((0, tuple(by_digit)),)
    else:
        starts = []
        for cl in ("",) + _CLITICS:
            if cl and not (w.startswith(cl) and len(w) > len(cl) + 1):
                continue
            rest = w[len(cl):]
            rules: set[int] = set()
            for key in (rest, rest[2:] if rest.startswith("ال") else "", rest[2:] if rest.startswith("لل") else ""):
                if key and key in by_word:
                    rules.update(by_word[key])
            if rules:
                starts.append((len(cl), tuple(sorted(rules))))
        got = tuple(starts)
    if len(_WORD_STARTS) < 200_000:
        _WORD_STARTS[w] = got
    return got


# At a number only some rules can start, and which ones the number itself tells: a day or a
# count has one or two digits, a year four, and a numeric date or a clock needs its separator
# next. ``_digit_ok(name, n, nxt)`` is a necessary condition read off each rule's pattern (a
# rule not named here is always tried).
def _digit_ok(name: str, n: int, nxt: str) -> bool:
    if name in ("calendar", "day_of_rel_month", "first_n_months", "last_n"):
        return n <= 2
    if name == "year":
        return n == 4
    if name == "numeric_dm":
        return n <= 2 and nxt in "/.-" and nxt != ""
    if name == "numeric_us":
        return n <= 2 and nxt == "/"
    if name == "clock":
        return n <= 2 and nxt == ":"
    if name == "numeric":
        return (n <= 2 or n == 4) and nxt in "/.-" and nxt != ""
    return True


_DIGIT_RULES: dict[tuple[int, str], tuple] = {}


def _digit_rules(n: int, nxt: str) -> tuple:
    key = (min(n, 5), nxt if nxt in "/.-:" and nxt else "")
    got = _DIGIT_RULES.get(key)
    if got is None:
        got = _DIGIT_RULES[key] = tuple(
            (_RULES[i][1].match, _RULES[i][2]) for i in _TRIGGERS[1] if _digit_ok(_RULES[i][0], key[0], key[1]))
    return got


# A rule is tried at a word only if some literal text its matches can begin with fits the word:
# "في" can start "في وقت سابق من هذا الشهر" but not a month name. The texts are read off the
# parsed patterns (``_prefixes``): every match begins with one of them.
_LETTER = re.compile(r"[^\W\d_]")


_SMALL_WORDS = frozenset(("في", "من", "الي", "علي", "عن", "مع", "ما", "او", "ان", "لا", "بين", "خلال", "حتي",
                          "قبل", "بعد", "منذ", "هذا", "هذه", "تلك", "عند", "كل", "ذات", "نفس"))
_OPEN, _ANY, _DIGIT = 1, 2, 4   # after a prefix: more literal text, anything, a digit
_SPACE = re.compile(r"\s")
_SPACES = re.compile(r" +")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _prefixes(pattern: str, limit: int = 20000, words: int = 2) -> dict[str, int] | None:
    """Literal strings every match of ``pattern`` begins with one of, each with what may follow
    it (``_ANY``, or ``_DIGIT`` only); None when that could not be told."""
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_constants as C
        import sre_parse as P

    class TooMany(Exception):
        pass

    def merge(out, z, st, top=False):
        if "  " in z:
            z = _SPACES.sub(" ", z)
        if len(z) > 14:   # long enough to tell words apart: cut, anything may follow
            z, st = z[:14], _ANY
        if not top:       # a piece inside the pattern: two spaces are more than the match's start needs
            i = z.find(" ", z.find(" ") + 1) if " " in z else -1
            if i >= 0:
                z, st = z[:i + 1], _ANY
            out[z] = out.get(z, 0) | st
            return
        i = z.find(" ")
        if i >= 0 and (words > 1 and z[:i] in _SMALL_WORDS):   # a small word: look at the next one
            i = z.find(" ", i + 1)
        if i >= 0:        # a word (a small word and the next) is enough
            z, st = z[:i + 1], _ANY
        out[z] = out.get(z, 0) | st

    def seq(items, starts, top=False):
        cur = dict(starts)
        for op, av in items:
            if not any(st & _OPEN for st in cur.values()):
                break
            got = item(op, av)
            work[0] += len(cur) * len(got)
            if work[0] > 40 * limit:
                raise TooMany
            nxt: dict[str, int] = {}
            for x, st in cur.items():
                if st & ~_OPEN:
                    merge(nxt, x, st & ~_OPEN, top)
                if st & _OPEN:
                    for y, st2 in got.items():
                        merge(nxt, x + y, st2, top)
            if len(nxt) > limit:
                raise TooMany
            cur = nxt
        return cur

    def digits_only(op, av):
        if op is C.CATEGORY:
            return av in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT)
        if op is C.IN:
            for op2, av2 in av:
                if op2 is C.LITERAL and "0" <= chr(av2) <= "9":
                    continue
                if op2 is C.RANGE and 48 <= av2[0] <= av2[1] <= 57:
                    continue
                if op2 is C.CATEGORY and av2 in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT):
                    continue
                return False
            return True
        return False

    def spaces_only(op, av):
        if op is C.CATEGORY:
            return av in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE)
        if op is C.IN:
            return all(op2 is C.CATEGORY and av2 in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE) for op2, av2 in av)
        return False

    def item(op, av):
        if op is C.LITERAL:
            return {" " if _SPACE.match(chr(av)) else chr(av): _OPEN}
        if spaces_only(op, av):
            return {" ": _OPEN}
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return {"": _OPEN}
        if op is C.SUBPATTERN:
            return seq(av[-1].data, {"": _OPEN})
        if op is getattr(C, "ATOMIC_GROUP", None):
            return seq(av.data, {"": _OPEN})
        if op is C.BRANCH:
            out: dict[str, int] = {}
            for alt in av[1]:
                for y, st in seq(alt.data, {"": _OPEN}).items():
                    merge(out, y, st)
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            lo, hi, body = av
            out = {}
            if len(body.data) == 1 and spaces_only(*body.data[0]):   # \s+, \s*: a run of spaces is " "
                if lo == 0:
                    merge(out, "", _OPEN)
                if hi >= 1:
                    merge(out, " ", _OPEN)
                return out
            for y, st in seq(body.data, {"": _OPEN}).items():
                if st & _OPEN and not (lo <= 1 and hi <= 1):
                    st = (st & ~_OPEN) | _ANY   # more of the same may follow: stop here
                merge(out, y, st)
            if lo == 0:
                merge(out, "", _OPEN)
            return out
        if digits_only(op, av):
            return {"": _DIGIT}
        return {"": _ANY}   # a class, a category, any character...: the literal text stops

    work = [0]
    try:
        got = seq(P.parse(pattern).data, {"": _OPEN}, True)
    except Exception:
        return None
    # the pattern's end: the match may be followed by anything
    return {x: (st & ~_OPEN) | (_ANY if st & _OPEN else 0) for x, st in got.items()}


def _prefix_sets(pattern: str, two_words: bool = True):
    pre = _prefixes(pattern, 10000, 2) if two_words else None
    if pre is None:
        pre = _prefixes(pattern, 20000, 1)
    if pre is None or pre.get("", 0) & _ANY:
        return None
    anyp = frozenset(x for x, st in pre.items() if st & _ANY)
    exact = frozenset(x for x, st in pre.items() if st & _DIGIT)
    # a word cut where the pattern's literal text goes on with a non-letter (a space)
    cut = frozenset(x[:i] for x in pre for i in range(1, len(x)) if not _LETTER.match(x[i]))
    return anyp, exact, cut


# what every match of a long pattern starts with is what its head starts with: the calendar
# rule up to the month name, the others up to what follows their number and unit
_HEADS = {"calendar": "(?P<mon>", "first_n_months": r"(?:\s+(?P<fl>", "duration": "(?P<half>",
          "season": "(?:" + _yearspec("z"), "same_period": "(?:" + _yearspec("s"), "quarter": "(?:" + _yearspec("q")}
_ONE_WORD = {"duration"}   # too many two-word starts to list


def _head(name: str, pattern: str) -> str:
    cut = _HEADS.get(name)
    if cut is None or cut not in pattern:
        return pattern
    head = pattern[:pattern.index(cut)] + ("(?:" + _MON + ")" if name == "calendar" else "")
    try:
        re.compile(head)
    except re.error:
        return pattern
    return head


_RULE_PREFIXES = [_prefix_sets(_head(name, rx.pattern), name not in _ONE_WORD) for name, rx, _fn in _RULES]
_RULE_INDEX = {rx.match: i for i, (_name, rx, _fn) in enumerate(_RULES)}


def _fits(i: int, w: str) -> bool:
    """Whether rule ``i`` can match where the text reads ``w`` up to a non-letter (``w`` is a
    word, or a word, a space for a run of spaces and the next word)."""
    ps = _RULE_PREFIXES[i]
    if ps is None:
        return True
    anyp, exact, cut = ps
    return w in cut or w in exact or any(w[:k] in anyp for k in range(1, len(w) + 1))


class _WordCalls(dict):
    """token -> ((offset, ((match, handler), ...)), ...): the rules that may start at a word
    (``_calls_of``); () for a token no rule starts at (a punctuation mark, most words);
    ``_NUMBER`` or ``_MIXED`` for a number or a mixed token (2024م، اوبك+), whose rules depend
    on what follows them. Filled on first use, so a text's tokens are looked up by one
    ``map`` in C."""

    def __missing__(self, w: str) -> tuple:
        if w.isalpha():
            return _calls_of(w)   # (stores it)
        if w.isdecimal():
            got = _NUMBER
        elif _RUN_IN(w) is None:
            got = ()
        else:
            got = _MIXED
        if len(self) < 200_000:
            self[w] = got
        return got


_NUMBER: tuple = ("a number",)    # (markers, told apart by identity; true as tuples that are not empty)
_MIXED: tuple = ("a mixed token",)
_WORD_CALLS = _WordCalls()


def _calls_of(w: str, memo: bool = True) -> tuple:
    got = []
    for off, rules in _starts_of(w):
        rest = w[off:]
        fit = tuple((_RULES[i][1].match, _RULES[i][2]) for i in rules if _fits(i, rest))
        if fit:
            got.append((off, fit))
    got = tuple(got)
    if memo and len(_WORD_CALLS) < 200_000:
        _WORD_CALLS[w] = got
    return got


_PAIR_CALLS: dict[tuple, tuple] = {}   # (word, next word) -> the calls of the word that fit both


def _pair_calls(w: str, w2: str, starts: tuple) -> tuple:
    got = []
    for off, rules in starts:
        s = w[off:] + " " + w2
        fit = tuple(r for r in rules if _fits(_RULE_INDEX[r[0]], s))
        if fit:
            got.append((off, fit))
    got = tuple(got)
    if len(_PAIR_CALLS) < 200_000:
        _PAIR_CALLS[w, w2] = got
    return got


def _candidates(ft: str, tokens: Tokens | None = None) -> list[_Cand]:
    """Every rule's match at every word or number of ``ft`` that may start one.

    Rules start at runs of letters or of digits (``_RUN``). ``tokens`` are ``ft``'s shared tokens
    (``Folded.tokens``): a token of letters only or digits only is one run, and most tokens
    start no rule, so the loop visits the others only; a mixed token (``2024م``, ``اوبك+``) is
    cut into its runs here.
    """
    if tokens is None:
        tokens = fold(ft).tokens
    words, tstarts, tends, gaps = tokens
    out: list[_Cand] = []
    calls = _WORD_CALLS
    n = len(words)
    got = list(map(calls.__getitem__, words))  # the calls of each token, () for most
    for i in compress(range(n), got):
        starts = got[i]
        if starts is _NUMBER:
            e = tends[i]
            _try(ft, tstarts[i], ((0, _digit_rules(len(words[i]), ft[e] if e < len(ft) else "")),), out)
            continue
        if starts is _MIXED:  # its runs one by one
            for m in _RUN(ft, tstarts[i], tends[i]):
                r, a, b = m.group(), m.start(), m.end()
                if r[0].isdigit():
                    st = ((0, _digit_rules(len(r), ft[b] if b < len(ft) else "")),)
                else:   # (a run of \w that is not isalpha(), "Ⅻ", is not memoized: it is no word)
                    st = calls[r] if r.isalpha() else _calls_of(r, memo=False)
                    if st and b == tends[i]:
                        st = _with_next(st, r, i, words, gaps, n)
                if st:
                    _try(ft, a, st, out)
            continue
        _try(ft, tstarts[i], _with_next(starts, words[i], i, words, gaps, n), out)
    return out


_RUN = re.compile(r"[^\W\d_]+|\d+").finditer   # the runs rules start at
_RUN_IN = re.compile(r"[^\W\d_]|\d").search
_LEAD = re.compile(r"[^\W\d_]+").match           # a token's leading run of letters


def _with_next(starts: tuple, w: str, i: int, words: list[str], gaps: list[str], n: int) -> tuple:
    """The next word rules out more ("في" starts few rules before "اطار"): keep the starts
    that fit ``w``, a space and the word after it, when only white space lies between."""
    if i + 1 >= n or not gaps[i + 1]:
        return starts
    w2 = words[i + 1]
    if not w2.isalpha():
        m = _LEAD(w2)
        if m is None:
            return starts
        w2 = m.group()
    got = _PAIR_CALLS.get((w, w2))
    return got if got is not None else _pair_calls(w, w2, starts)


def _try(ft: str, p: int, starts: tuple, out: list) -> None:
    """Run the rules of ``starts`` at ``p`` and keep their non-empty candidates."""
    for off, rules in starts:
        pos = p + off
        for match, fn in rules:
            m = match(ft, pos)
            if m is None or m.end() <= pos:
                continue
            c = fn(m)
            if c.__class__ is list:
                for x in c:
                    if x is not None and x.fe > x.fs:
                        out.append(x)
            elif c is not None and c.fe > c.fs:
                out.append(c)


_TRIGGERS = _build_triggers()


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest candidates that do not overlap (ties: higher priority, then earlier)."""
    cands = sorted(cands, key=lambda c: (-(c.fe - c.fs), -c.prio, c.fs))
    taken: list[_Cand] = []
    # the characters taken so far, one byte each: a candidate overlaps a taken one exactly when
    # a character of its span is taken (every span is non-empty), which one find tells in C
    # instead of a comparison with every taken candidate
    used = bytearray(max((c.fe for c in cands), default=0))
    for c in cands:
        fs, fe = c.fs, c.fe
        if used.find(1, fs, fe) < 0:
            taken.append(c)
            used[fs:fe] = b"\x01" * (fe - fs)
    return sorted(taken, key=lambda c: c.fs)


def _combine(ft: str, cands: list[_Cand]) -> list[_Cand]:
    """Join ``من 10 إلى 11 سبتمبر``, ``من جانفي إلى أوت 2015``, ``بين مارس ويونيو`` into one range,
    and give a year-less month the year of the month coordinated after it (``أكتوبر ونوفمبر 2017``)."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and a.spec.get("month") and b.spec.get("month") and a.spec.get("cal") == b.spec.get("cal") == "gregorian":
            gap = ft[a.fe:b.fs]
            before = ft[max(0, a.fs - 8):a.fs]
            joined = re.fullmatch(r"\s*(?:-|الي|حتي|و)\s*", gap)
            if joined and a.spec["year"] is None and not a.spec["yrel"] and not a.spec["mrel"] and (b.spec["year"] or b.spec["yrel"] or b.spec["mrel"]):
                a.spec.update(year=b.spec["year"], yrel=b.spec["yrel"], ybare=b.spec["ybare"], mrel=b.spec["mrel"])
            rng = re.search(r"(?:من|بين)\s+$", before)
            if rng and _CHANGE.search(ft[max(0, a.fs - 60):a.fs]):
                rng = None
            if joined and rng and (("بين" in rng.group(0)) == ("و" == gap.strip())):
                sa, sb = a.spec, b.spec

                def res(ctx, sa=sa, sb=sb):
                    ra, rb = _resolve_cal(sa, ctx), _resolve_cal(sb, ctx)
                    if not ra or not rb or ra[0] > rb[1]:
                        return None
                    return ra[0], rb[1], ra[2] if ra[2] == rb[2] else "day", ra[3] if ra[3] == rb[3] else rb[3]
                out.append(_Cand(a.fs - len(rng.group(0)), b.fe, "daterange", resolve=res, kind="period"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _hijri_gloss(ft: str, cands: list[_Cand], res: dict[int, tuple]) -> None:
    """``25 شوال 1436 هـ الموافق 10 أغسطس 2015``: the Hijri date takes the text's Gregorian gloss."""
    for i, c in enumerate(cands[:-1]):
        nxt = cands[i + 1]
        pair = {c.spec.get("cal"), nxt.spec.get("cal")}
        if pair != {"hijri", "gregorian"}:
            continue
        if not re.fullmatch(r"\s*[(،,/-]?\s*(?:الموافق|الموافقه|الموافق\s+ل|ويوافق|الذي\s+يوافق)?\s*", ft[c.fe:nxt.fs]):
            continue
        h, g = (c, nxt) if c.spec.get("cal") == "hijri" else (nxt, c)
        if res.get(id(g)) and g.spec.get("day") is not None:
            res[id(h)] = res[id(g)][:3] + (res[id(h)][3] if res.get(id(h)) else "absolute",)


_FISCAL_GLOSS = re.compile(r"[^.؟!\n]{0,40}?(?:تنتهي|ينتهي|المنتهيه|تبدا|يبدا|التي\s+تبدا)\s+(?:في\s+)?$")


def _fiscal_gloss(ft: str, cands: list[_Cand], res: dict[int, tuple]) -> None:
    """``السنة المالية 2018-2019 والتي تنتهي في 31 مارس 2019``: a fiscal year the text says ends
    (or starts) on a day runs a year up to (or from) that day."""
    for i, c in enumerate(cands[:-1]):
        r = res.get(id(c))
        if c.type != "daterange" or not r or r[2] != "year" or "مالي" not in ft[max(0, c.fs - 12):c.fe]:
            continue
        nxt = cands[i + 1]
        g = res.get(id(nxt))
        if not g or g[2] != "day" or not _FISCAL_GLOSS.fullmatch(ft, c.fe, nxt.fs):
            continue
        if re.search(r"تنتهي|ينتهي|المنتهيه", ft[c.fe:nxt.fs]):
            res[id(c)] = (_shift_years(g[0], -1) + dt.timedelta(days=1), g[0], "year", r[3])
        else:
            res[id(c)] = (g[0], _shift_years(g[0], 1) - dt.timedelta(days=1), "year", r[3])


def date_candidates(folded: Folded) -> list:
    """What ``date_mentions`` finds in ``folded`` before resolving it: pass it back to
    ``date_mentions`` or ``reference_date`` (``candidates=``) to resolve the same text against
    another reference date without finding everything again."""
    ft = folded.text
    if not has_arabic(ft):
        return []
    return _combine(ft, _select(_candidates(ft, folded.tokens)))


def date_mentions(folded: Folded, reference: dt.date | None, candidates: list | None = None) -> list[DateMention]:
    """Every temporal expression in ``folded``, sorted by start, resolved against ``reference``.

    With ``reference`` None, relative and year-less expressions keep ``start_date`` None.
    ``candidates`` (from ``date_candidates(folded)``) saves finding them again.

    >>> ms = date_mentions(fold("في الأشهر التسعة الأولى من عام 2024"), None)
    >>> [(m.text, str(m.start_date), str(m.end_date)) for m in ms]
    [('الأشهر التسعة الأولى من عام 2024', '2024-01-01', '2024-09-30')]
    """
    ft = folded.text
    if not has_arabic(ft):
        return []  # not an Arabic text: the tables come out empty (see the README)
    cands = candidates if candidates is not None else _combine(ft, _select(_candidates(ft, folded.tokens)))
    ctx = _Ctx(reference, ft)
    bounds = None
    sentences: dict = {}
    resolved: dict[int, tuple | None] = {}
    futures: dict[int, bool] = {}
    for c in cands:
        # what depends on the text alone is kept on the candidate, for the next reference date
        memo = c.memo
        if memo is None or memo[0] is not folded:
            if bounds is None:
                bounds = _SentenceBounds(ft)
                cues = _Cues(folded)
            a, b = bounds(c.fs)
            role_out = None
            if c.role is None:  # منذ and اعتبارا من stay out of the span but still bound the period
                if _ROLE_OUT_HINT(ft, max(0, c.fs - 14), c.fs):   # (no such word: no match)
                    rm = _ROLE_OUT_RE.search(ft, max(0, c.fs - 14), c.fs)
                    if rm:
                        role_out = _ROLE_OUT[_WS_SUB(" ", rm.group("w"))]
            baseline = bool(_BASELINE_HINT(ft, max(0, c.fs - 70), c.fs) and _BASELINE.search(ft, max(0, c.fs - 70), c.fs))
            memo = c.memo = (folded, a, _is_future(cues, a, b, c, sentences), baseline, role_out,
                             folded.span(c.fs, c.fe))
        a = memo[1]
        ctx.future = memo[2]
        ctx.sent_start = a
        futures[id(c)] = ctx.future
        ctx.last_year_near = ctx.last_year is not None and ctx.last_year_pos >= a
        r = c.resolve(ctx) if c.resolve else None
        resolved[id(c)] = r
        if r is None:
            continue
        s, e, gran = r[0], r[1], r[2]
        # a baseline ("مقارنة مع 2016") is not the year the text is about: "العام السابق" and
        # "طوال العام" after it still count from the year before the comparison
        if memo[3] or c.kind == "cmp":
            pass
        elif gran in ("year",) and s.year == e.year and c.kind in ("year", "period", ""):
            ctx.last_year = s.year
            ctx.last_year_pos = c.fs
        elif gran in ("month", "part_of_month", "quarter", "half", "day") and s.year == e.year:
            ctx.last_year = s.year
            ctx.last_year_pos = c.fs
        if c.kind == "period" and gran in ("month", "part_of_month", "quarter", "half"):
            ctx.last_period = (s, e, gran)
            # عند متم شتنبر، موفى جوان: the year to the end of that month
            lo = max(0, c.fs - 15)
            ytd = gran in ("month", "part_of_month") and s.month > 1 and closes_year_to_date(ft, lo, c.fe)
            ctx.periods.append((c.fs, s, e, gran, dt.date(s.year, 1, 1) if ytd else None))
            if gran == "month" and s.month == e.month:
                ctx.last_month = (s, e, gran)
        if c.kind == "day":
            ctx.last_day = s
        ctx.prev = (c.fs, s, e, gran)
        if c.type == "daterange" and gran == "year" and (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
            ctx.year_ranges.append((s, e))
    _hijri_gloss(ft, cands, resolved)
    _fiscal_gloss(ft, cands, resolved)
    out: list[DateMention] = []
    for c in cands:
        r = resolved.get(id(c))
        s0, e0 = c.memo[5]
        while e0 < len(folded.original) and folded.original[e0] == "\u0640":  # the tatweel of "هـ"
            e0 += 1
        start_date = end_date = gran = anchor = None
        if c.type in ("date", "daterange") and r is not None:
            start_date, end_date, gran, anchor = r
        role = c.role if c.role is not None else c.memo[4]
        if c.type in ("date", "daterange") and r is None and c.resolve is not None and c.kind in ("", "cmp") \
                and reference is not None:
            continue  # an anaphor with nothing before it to point at
        out.append(DateMention(
            text=folded.original[s0:e0], start=s0, end=e0, type=c.type, start_date=start_date, end_date=end_date,
            granularity=gran, anchor=anchor, value=c.value, role=role,
            open_start=role in ("until", "by", "before"), open_end=role in ("since", "after"),
            is_future=futures.get(id(c), False), fstart=c.fs, fend=c.fe))
    return out


# =========================================================================== reference date

_DATELINE_ZONE = 300


def reference_date(folded: Folded, article=None, candidates: list | None = None) -> tuple[dt.date | None, str, str]:
    """The article's reference date from its own text: ``(date, source, reason)``.

    ``source`` is ``dateline`` (a full date opening the body or the line under the title:
    ``تونس - 13 فيفري 2017``, ``الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015``), ``inferred``
    (from what the text calls current: ``27 نوفمبر/تشرين الثاني الجاري`` with figures for
    ``الأشهر التسعة الأولى من عام 2024`` → 2024-11-27; failing that, the day the lead dates its
    news with a weekday: ``وقع الوزيران، يوم الاثنين 22 أبريل 2024، …``), or ``unknown`` (None). ``reason`` says
    why, in Arabic, quoting the words it rests on (the report shows it beside the date).

    >>> reference_date(fold("عنوان\\nتونس - 13 فيفري 2017 - قال الوزير ..."))[:2]
    (datetime.date(2017, 2, 13), 'dateline')

    ``candidates`` (from ``date_candidates(folded)``) saves finding the dates again.
    """
    ft = folded.text
    ms = date_mentions(folded, None, candidates)
    # 1. a dateline: a full absolute day near the start of a line in the first lines
    for m in ms:
        if m.fstart > _DATELINE_ZONE + ft.find("\n") + 1 and m.fstart > _DATELINE_ZONE:
            break
        if m.granularity == "day" and m.anchor == "absolute" and m.type == "date" and m.start_date:
            line_start = ft.rfind("\n", 0, m.fstart) + 1
            head = ft[line_start:m.fstart]
            after = ft[m.fend:m.fend + 12]
            # a place and a date, not "في 12 مارس 2018، أعلن ...": no preposition before the date
            if len(head.split()) <= 3 and not re.search(r"[.؟!،,]", head) and not m.text.startswith("اليوم") \
                    and not re.search(r"(?<!\w)(?:في|منذ|حتي|قبل|بعد|خلال|من|الي|عن|علي|مع|يوم)\s*$", head) \
                    and (re.match(r"\s*(?:[-–(:|/،,]|$|\n|الموافق|م\b|\d{1,2}:\d\d)", after) or m.fend >= len(ft.rstrip())):
                return m.start_date, "dateline", f"سطر التاريخ «{m.text}»"
    # 2. the text says what today is: "اليوم الثلاثاء 14 مارس 2017"
    for m in ms:
        if m.granularity == "day" and m.anchor == "absolute" and m.start_date and \
                re.search(r"(?<!\w)اليوم\s+(?:[^\s(،,]+\s*)?[(،,]?\s*$", ft[max(0, m.fstart - 24):m.fstart]) or \
                (m.start_date and m.text.startswith("اليوم") and m.anchor == "absolute"):
            return m.start_date, "inferred", f"يسمّي النص «{m.text}» اليوم"
    got = _infer(folded, ms)
    return got if got[0] is not None else (_lead_day(folded, ms) or got)


def _lead_day(folded: Folded, ms: list[DateMention]) -> tuple[dt.date, str, str] | None:
    """The day the lead dates its news with a weekday and a full date (أعلن …، يوم الاثنين 22
    نيسان 2024، …), in the body's first ``_DATELINE_ZONE`` characters: a report is published
    on that day or just after, which is the best the text says when nothing else dates it. The
    weekday must be that date's (a date and a weekday that disagree say nothing)."""
    ft = folded.text
    body = ft.find("\n") + 1
    for m in ms:
        if m.fstart > body + _DATELINE_ZONE:
            break
        if m.fstart < body or m.granularity != "day" or m.anchor != "absolute" or m.type != "date" \
                or m.start_date is None or m.start_date != m.end_date:
            continue
        wd = _WD_RE.search(ft, max(body, m.fstart - 20), m.fend)
        if wd is not None and _WEEKDAYS[_WS_SUB(" ", wd.group(0))] == m.start_date.weekday():
            return m.start_date, "inferred", f"يؤرّخ أول المتن خبره «{m.text}»"
    return None


_CURRENT_MONTH = re.compile(rf"(?:(?P<d>[0-3]?\d)\s+)?(?:شهر\s+)?(?P<mon>{_MONP})\s+(?:من\s+)?(?:الجاري|الحالي|الجاريه|الحاليه){_E}")
_CURRENT_YEAR = re.compile(rf"(?:العام|السنه)\s+(?:المالي(?:ه)?\s+)?(?:الجاري|الحالي)(?:ه)?\s+(?P<y>{_YNUM})")
_PARTIAL = re.compile(rf"(?:{_FIRSTN})")
_WS_RUN = re.compile(r"\s{2,}")
_LONGEST_MONTH = max(map(len, _MONTHS))
_LONGEST_CARD = max(map(len, _CARD))


def _occurrences(ft: str, words) -> list[int]:
    out = set()
    for w in words:
        i = ft.find(w)
        while i >= 0:
            out.add(i)
            i = ft.find(w, i + 1)
    return sorted(out)


def _max_ws(ft: str) -> int:
    return max((m.end() - m.start() for m in _WS_RUN.finditer(ft)), default=1)


# ``_CURRENT_MONTH.finditer`` and ``_PARTIAL.finditer`` without trying every character: every
# match of the first ends with الجاري/الحالي and starts a bounded stretch before it (a day, شهر,
# one or two month names, من and the spaces between: at most ``W``); every match of the second
# holds شهر or شهور, as bounded a stretch from its start. Only the windows before those words are
# searched, in order, a match at a time, as finditer would.
def _current_months(ft: str, ws: int):
    w = 20 + 2 * _LONGEST_MONTH + 20 * ws
    last = 0
    for k in _occurrences(ft, ("الجاري", "الحالي")):
        while True:
            m = _CURRENT_MONTH.search(ft, max(k - w, last), min(len(ft), k + 8))
            if m is None:
                break
            last = m.end()
            yield m


def _partials(ft: str, ws: int):
    w = 20 + _LONGEST_CARD + 6 * ws
    last = 0
    match = _PARTIAL.match
    for k in _occurrences(ft, ("شهر", "شهور")):
        for pos in range(max(k - w, last), k + 1):
            if pos < last:
                continue
            m = match(ft, pos)
            if m is not None and m.end() > m.start():
                last = m.end()
                yield m


_PAST_MONTH = re.compile(rf"(?P<mon>{_MONP})\s+(?:الماضي|المنصرم|المنقضي|الفارط){_E}")


def _as_written(folded: Folded, m: re.Match) -> str:
    """The original words of a match on the folded text (for quoting them to a reader)."""
    s, e = folded.span(m.start(), m.end())
    return folded.original[s:e]


def _infer(folded: Folded, ms: list[DateMention]) -> tuple[dt.date | None, str, str]:
    ft = folded.text
    year = None
    why = []
    min_month = 1
    m = _CURRENT_YEAR.search(ft)
    if m:
        year = int(m.group("y"))
        why.append(f"«{_as_written(folded, m)}»")
    # partial-year figures (the first nine months of 2024) are published during that year's end
    partial_years = []
    ws = _max_ws(ft)
    for m in _partials(ft, ws):
        g = m.groupdict()
        y, _, _ = _year_of(g, "f")
        n = 2 if g["dual"] else _num(g["n1"] or g["n2"] or g["n3"] or "")
        if y and n and (g["n3"] or (g["fl"] and "اول" in g["fl"])):
            partial_years.append((y, n, _as_written(folded, m)))
    if partial_years:
        y, n, txt = max(partial_years)
        if year is None or y >= year:
            if year is None:
                year = y
            min_month = max(min_month, min(12, n + 1))
            why.append(f"أرقام «{txt}»")
    if year is None:
        # "يونيو الماضي" beside "يونيو 2018": June 2018 is over, so the text is from after it
        named = {}
        for x in ms:
            if x.anchor == "absolute" and x.granularity == "month" and x.start_date and x.type == "date":
                named.setdefault(x.start_date.month, set()).add(x.start_date.year)
        for x in ms:
            mm = _PAST_MONTH.search(fold_plain(x.text))
            if mm and x.start_date is None:
                mon = _first_month(mm.group("mon"))
                if mon and mon[1] == "gregorian" and named.get(mon[0]):
                    y = max(named[mon[0]])
                    y, mo = _add_months(y, mon[0], 1)
                    if year is None or (y, mo) > (year, min_month):
                        year, min_month = y, mo
                        why = [f"«{x.text}» عن شهر يؤرّخه النص بعام {y if mo > 1 else y - 1}"]
    cur = None
    for m in _current_months(ft, ws):
        mon = _first_month(m.group("mon"))
        if mon and mon[1] == "gregorian":
            cur = (mon[0], int(m.group("d")) if m.group("d") else None, _as_written(folded, m))
    if year is None and cur:
        # otherwise the year the text names most often (twice at least), deadlines aside: a news
        # story dwells on its own year; one old year named once ("عام 2012") says nothing
        years = [x.start_date.year for x in ms if x.anchor == "absolute" and x.start_date and x.role is None
                 and x.start_date.year == x.end_date.year and x.type == "date"]
        if years:
            best = max(set(years), key=lambda v: (years.count(v), v))
            runner_up = max((years.count(v) for v in set(years) if v != best), default=0)
            if years.count(best) >= 2 and years.count(best) > runner_up:
                year = best
                why.append(f"العام الأكثر ذكرًا في النص ({year}، {years.count(best)} مرات)")
    if year is None or cur is None:
        if year is not None and min_month > 1:
            return dt.date(year, min_month, 1), "inferred", "؛ ".join(why) + f"، أي بعد الشهر {min_month - 1}"
        return None, "unknown", "لا سطر تاريخ في النص ولا شهر جارٍ أو عام جارٍ"
    month, day, txt = cur
    why.insert(0, f"«{txt}» (الشهر الجاري)")
    if month < min_month:
        year += 1
    try:
        ref = dt.date(year, month, day or 1)
    except ValueError:
        ref = dt.date(year, month, 1)
    return ref, "inferred", "؛ ".join(why)


# =========================================================================== public table

def find_dates(text: str, reference=None) -> pd.DataFrame:
    """Every temporal expression in ``text`` as the ``dates`` table, resolved against ``reference``
    (a date, a datetime, an ISO string or None; None leaves relative dates unresolved).

    >>> find_dates("وصل الوفد أمس", reference="2024-11-27")[["text", "start_date"]].values.tolist()
    [['أمس', Timestamp('2024-11-26 00:00:00')]]
    """
    from .article import parse_date
    return tables.frame("dates", date_mentions(fold(text), parse_date(reference, "reference")))
