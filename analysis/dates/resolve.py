"""Resolving: the candidates ``find.py`` found, in text order, turned into inclusive calendar
intervals against a reference date that is passed in (never the clock).

Each candidate names its resolver (``Candidate.how``, a key of ``RESOLVERS``) and carries what
the resolver needs (``Candidate.args``). A resolver gets the ``Context`` too: the reference date,
the tense of the clause, and a little memory of what came before (the last year named, the last
period named, the last day), which "العام السابق", "الفترة نفسها من عام 2016" and "اليوم نفسه"
need. It returns ``(start, end, granularity, anchor)``, or None when it cannot tell.

>>> from analysis.text import fold
>>> ms = date_mentions(fold("زار الوزير القاهرة أمس"), dt.date(2024, 11, 27))
>>> [(m.text, str(m.start_date), m.anchor) for m in ms]
[('أمس', '2024-11-26', 'relative')]
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field

from ..text import DROP_CHARS, Folded, has_arabic
from .calendars import (add_months, date_for_day, hijri_to_gregorian, hijri_year_of, month_end, month_span,
                        part_of_month, part_of_months, part_of_week, part_of_year, shift_years, week_of,
                        year_for_month, year_span)
from .cues import (BASELINE, BASELINE_HINT, RECORD_SINCE_BEFORE, SINCE_HINT, Cues, SentenceBounds, closes_year_to_date,
                   is_future)
from .find import date_candidates
from .lexicon import REL, REL_FOLLOWING, REL_PREV, ROLE_OUT, SINCE_WORD_BEFORE, WS_SUB
from .records import Candidate, DateMention


@dataclass(slots=True)
class Context:
    ref: dt.date | None
    text: str
    future: bool = False
    last_year: int | None = None
    # (folded pos, start, end, granularity, year to date) of each period named; the last is
    # 1 January for a month that closes the year to date (عند متم شتنبر), else None
    periods: list = field(default_factory=list)
    sent_start: int = 0
    last_day: dt.date | None = None
    last_month: tuple | None = None        # (start, end)
    last_month_pos: int = -1               # folded offset of the mention that set last_month
    last_quarter: tuple | None = None      # (start, end) of the last quarter named, not as a baseline
    last_quarter_pos: int = -1
    last_year_pos: int = -1                # folded offset of the mention that set last_year
    prev: tuple | None = None              # (folded pos, start, end, granularity) of the last date
    year_ranges: list = field(default_factory=list)   # (start, end) of the ranges of whole years named
    stated_days: dict = field(default_factory=dict)   # (month, day) -> the year the text gives it
    para_start: int = 0                    # folded offset of the paragraph (line) being read
    last_year_near: bool = False           # ... and it is in the current sentence
    years_written: list = field(default_factory=list)   # the years the text has written so far, in order
    frame_year: int | None = None          # the year a sentence opens with as its frame ("وفي عام 2016، …")
    frame_pos: int = -1                    # ... the folded offset of that sentence's start
    seq_month: tuple | None = None         # (folded end, year, month) of the last month named, not as a baseline
    last_day_pos: int = -1                 # folded offset of the mention that set last_day
    pos: int = 0                           # folded offset of the mention being resolved


def stated_or_rel_year(ctx: Context, year: int | None, rel: str | None) -> tuple[int | None, str]:
    """The year written in the text, else the one a relative word (or the bare العام) means."""
    return (year, "absolute") if year is not None else rel_year(ctx, rel, True)


def rel_year(ctx: Context, rel: str | None, bare: bool) -> tuple[int | None, str]:
    """The year meant by a relative word (or the bare العام) and the anchor it gives."""
    if rel in REL_PREV:
        base = ctx.last_year if ctx.last_year is not None else (ctx.ref.year if ctx.ref else None)
        return (base - 1 if base is not None else None), "relative"
    if rel in REL_FOLLOWING and ctx.last_year is not None and ctx.last_year_pos >= ctx.para_start:
        return ctx.last_year + 1, "relative"
    if rel is not None:
        if ctx.ref is None:
            return None, "relative"
        return ctx.ref.year + REL[rel], "relative"
    if bare:   # "من العام": the year the paragraph speaks of, else the reference year
        if ctx.last_year is not None and ctx.last_year_pos >= ctx.para_start:
            return ctx.last_year, "relative"
        return (ctx.ref.year if ctx.ref else None), "relative"
    return None, "relative"


def _step(rel: str | None) -> int:
    """How many units a relative word moves: 0 (الجاري, none), 1 (المقبل), -1 (الماضي, السابق)."""
    return 0 if rel is None else (-1 if rel in REL_PREV else REL[rel])


# =========================================================================== the resolvers

def stated(ctx: Context, start: dt.date, end: dt.date, granularity: str):
    """What names its own interval: a numeric day, a year, a range of years, a decade."""
    return start, end, granularity, "absolute"


def resolve_calendar(s: dict, ctx: Context):
    """A month, a day or a part of a month, in either calendar, as ``rules._calendar`` read it."""
    ref = ctx.ref
    month, d, d2, part = s["month"], s["day"], s["day2"], s["part"]
    y, anchor = s["year"], "absolute"
    if s["cal"] == "hijri":
        if y is None:
            if ref is None or not dt.date(1924, 8, 1) <= ref <= dt.date(2077, 11, 16):  # hijridate's Umm al-Qura range
                return None
            hy = hijri_year_of(ref)
            ivs = [iv for iv in (hijri_to_gregorian(cy, month, d) for cy in (hy - 1, hy, hy + 1)) if iv]
            rel = s["mrel"]
            k = 0 if rel is None else (-1 if rel in REL_PREV else REL[rel])
            if k > 0:    # رمضان المقبل: the next one to begin
                best = min((iv for iv in ivs if iv[0] > ref), default=None)
            elif k < 0:  # رمضان الماضي: the last one over
                best = max((iv for iv in ivs if iv[1] < ref), default=None)
            elif ctx.future:   # "مع حلول رمضان" told of what is ahead: the one under way or the next
                best = min((iv for iv in ivs if iv[1] >= ref), default=None)
            else:        # the one under way or the last to begin, as year-less months prefer the past
                best = max((iv for iv in ivs if iv[0] <= ref), default=None)
            if best is None:
                return None
            return _hijri_part(best, d, part, "relative" if rel else "implicit_year")
        iv = hijri_to_gregorian(y, month, d)
        if iv is None:
            return None
        return _hijri_part(iv, d, part, "absolute")
    if y is None and (s["yrel"] or s["ybare"]):
        y, anchor = rel_year(ctx, s["yrel"], s["ybare"])
        if y is None:
            return None
    if y is None and s["mrel"]:
        if ref is None:
            return None
        anchor = "relative"
        r = REL[s["mrel"]]
        if s["mrel"] in REL_PREV:
            r = -1
        # يونيو الماضي: the last June before this month; "13 يونيو الماضي": the last 13 June before
        # the reference day (this month's, when the reference date is past it)
        here = (month, d or 0) if d is not None else (month, 0)
        now = (ref.month, ref.day) if d is not None else (ref.month, 0)
        if r < 0:   # (يونيو قبل الماضي, r -2: the June before that one)
            y = (ref.year if here < now else ref.year - 1) + r + 1
            sq = ctx.seq_month
            if r == -1 and d is None and sq is not None and month == sq[2] % 12 + 1 \
                    and 0 <= ctx.pos - sq[0] <= 80 and _LIST_GAP.fullmatch(ctx.text, sq[0], ctx.pos):
                # "سجل 0.4% في يناير 2017، و0.1% في فبراير الماضي، و0.4% في مارس الماضي": in a list of
                # a figure a month, a month that goes on from the month named just before goes on in
                # that month's year (not so in a story that moves on: "في أبريل 2015، … ألغت المحكمة
                # الحكم …، وأصدرت حكمها في مايو الماضي")
                nxt = sq[1] + (month == 1)
                if nxt < y and (nxt, month) < (ref.year, ref.month):
                    y = nxt
        elif r > 0:    # يونيو المقبل: the next June after this month
            y = ref.year if here > now else ref.year + 1
        else:
            y = ref.year
    if y is None and s.get("named_year"):
        y, anchor = s["named_year"], "implicit_year"
    if y is None and d is not None and (month, d) in ctx.stated_days:
        y, anchor = ctx.stated_days[month, d], "implicit_year"   # the day the text dates elsewhere
    if y is None and ctx.frame_year is not None and ctx.frame_pos == ctx.sent_start:
        # "وفي عام 2016، قال في مقابلة في نوفمبر …": a sentence that opens with a year as its frame
        # tells of that year; a year-less day or month in it is that year's
        y, anchor = ctx.frame_year, "implicit_year"
    if y is None:
        if ref is None or getattr(ref, "only_year", False):
            return None   # (a reference known to its year only cannot tell last January from the next)
        anchor = "implicit_year"
        if d is not None:
            dd = date_for_day(month, d, ref, ctx.future)
            if dd is None:
                return None
            y = dd.year
            if s.get("wd") is not None and dd.weekday() != s["wd"]:
                y = _year_of_weekday(ctx, month, d, s["wd"], y) or y
        elif s.get("ahead"):   # a delivery month: this month or the next one of that name
            y = ref.year + (month < ref.month)
        else:
            y = year_for_month(month, ref, ctx.future)
    try:
        if d is not None:
            a = dt.date(y, month, d)
            b = dt.date(y, month, d2) if d2 else a
            return a, b, "day", anchor
    except ValueError:
        return None
    if part:
        a, b = part_of_month(y, month, part)
        return a, b, "part_of_month", anchor
    a, b = month_span(y, month)
    return a, b, "month", anchor


# what stands between two items of a list of figures by month: no sentence end (a decimal point
# is none), a figure
_LIST_GAP = re.compile(r"(?=[^\d]*\d)(?:[^!؟?؛\n.]|\.(?=\d))*")


def _hijri_part(iv: tuple[dt.date, dt.date], d: int | None, part: str | None, anchor: str):
    """A Hijri day or month as Gregorian days; a part of the month (مطلع شعبان، أواخر رمضان) its
    days 1..10, 11..20 or 21..end, as for a Gregorian month."""
    if d or not part:
        return iv[0], iv[1], "day" if d else "month", anchor
    a, b = iv
    if part == "early":
        return a, a + dt.timedelta(days=9), "part_of_month", anchor
    if part == "mid":
        return a + dt.timedelta(days=10), a + dt.timedelta(days=19), "part_of_month", anchor
    return a + dt.timedelta(days=20), b, "part_of_month", anchor


def _year_of_weekday(ctx: Context, month: int, d: int, wd: int, near: int) -> int | None:
    """A year-less day named with its weekday ("الأحد 16 أكتوبر") that the year ``near`` (the one
    nearest the reference date) does not hold: the last year the text wrote in which that day
    falls on that weekday (a story of an earlier year), else the year before or after ``near``
    that holds it, else None."""
    for y in [*reversed(ctx.years_written), near - 1, near + 1]:
        try:
            if dt.date(y, month, d).weekday() == wd:
                return y
        except ValueError:
            continue
    return None


def _calendar(ctx: Context, spec: dict):
    return resolve_calendar(spec, ctx)


def _two_months(ctx: Context, first: dict, second: dict):
    """"يناير-مارس 2023": from the first month to the end of the second, which gives the year."""
    rb = resolve_calendar(second, ctx)
    if rb is None:
        return None
    month, month2 = first["month"], second["month"]
    a0 = dt.date(rb[0].year - (month > month2), month, 1)
    return a0, rb[1], "month", rb[3]


def _range(ctx: Context, first: dict, second: dict):
    """"من 10 إلى 11 سبتمبر", "بين مارس ويونيو": from the first date's start to the second's end."""
    ra, rb = resolve_calendar(first, ctx), resolve_calendar(second, ctx)
    if not ra or not rb or ra[0] > rb[1]:
        return None
    return ra[0], rb[1], ra[2] if ra[2] == rb[2] else "day", ra[3] if ra[3] == rb[3] else rb[3]


def _weekday(ctx: Context, wd: int, wd2: int | None, pre: str, rel: str | None, nth: int | None):
    ref = ctx.ref
    if ref is None:
        return None
    if nth:  # الأحد الثاني: the second Sunday of this month
        first = ref.replace(day=1)
        day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
        return (day, day, "day", "relative") if day.month == ref.month else None
    if pre == "اليوم":   # "اليوم الثلاثاء" published on Wednesday: the Tuesday it was written on
        day = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
        return day, day, "day", "relative"
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


def _weekday_of_week(ctx: Context, k: int, wd: int):
    """"الأسبوع المقبل يوم الجمعة": that weekday in the (Monday..Sunday) week named."""
    if ctx.ref is None:
        return None
    monday = week_of(ctx.ref)[0] + dt.timedelta(days=7 * k)
    day = monday + dt.timedelta(days=wd)
    return day, day, "day", "relative"


def _day_word(ctx: Context, off: int):
    if ctx.ref is None:
        return None
    day = ctx.ref + dt.timedelta(days=off)
    return day, day, "day", "relative"


def _day_of_rel_month(ctx: Context, k: int, d: int):
    if ctx.ref is None:
        return None
    y, mo = add_months(ctx.ref.year, ctx.ref.month, k)
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    return day, day, "day", "relative"


def _nth_week(ctx: Context, spec: dict | None, rel: str | None, n: int):
    """"الأسبوع الأول من الشهر الجاري": days 1..7 of that month ("الأخير": its last seven days)."""
    if spec is not None:
        r = resolve_calendar(spec, ctx)
        if r is None:
            return None
        a, anchor = r[0], r[3]
    else:
        if ctx.ref is None:
            return None
        y, mo = add_months(ctx.ref.year, ctx.ref.month, _step(rel))
        a, anchor = dt.date(y, mo, 1), "relative"
    end = month_end(a.year, a.month)
    if n == -1:
        return end - dt.timedelta(days=6), end, "part_of_month", anchor
    first = a + dt.timedelta(days=7 * (n - 1))
    return first, min(first + dt.timedelta(days=6), end), "part_of_month", anchor


def _same_day(ctx: Context, year: int | None = None, near: bool = False):
    if ctx.last_day is None:
        return None
    if near and (ctx.last_day_pos < ctx.para_start or ctx.last_year_pos > ctx.last_day_pos
                 and ctx.last_year != ctx.last_day.year):
        return None   # "ذلك اليوم" after a paragraph break, or after a year of another day: no day it can be
    if year is not None:   # (29 February of a year that has none: the 28th)
        day = dt.date(year, ctx.last_day.month, min(ctx.last_day.day, month_end(year, ctx.last_day.month).day))
        return day, day, "day", "absolute"
    return ctx.last_day, ctx.last_day, "day", "relative"


def _this_day_of(ctx: Context, year: int | None, back: int):
    """"مثل هذا اليوم من عام 1990" / "قبل 40 عاما": the reference day's date in that year."""
    if ctx.ref is None:
        return None
    y = year if year is not None else ctx.ref.year - back
    if not 1 <= y <= 9999:
        return None
    day = dt.date(y, ctx.ref.month, min(ctx.ref.day, month_end(y, ctx.ref.month).day))
    return day, day, "day", "absolute" if year is not None else "relative"


def _rel_unit(ctx: Context, unit: str, rel: str | None, part: str | None):
    """هذا الشهر، الأسبوع الماضي، العام المقبل، نهاية العام الجاري."""
    ref = ctx.ref
    if unit in ("عام", "سنه"):
        if rel is None:
            y, anchor = (ref.year if ref else None), "relative"
        else:
            y, anchor = rel_year(ctx, rel, False)
        if y is None:
            return None
        if part:
            return (*part_of_year(y, part)[:3], anchor)
        return (*year_span(y), "year", anchor)
    if unit == "شهر" and (rel in REL_FOLLOWING or rel in REL_PREV) and ctx.last_month is not None \
            and ctx.last_month_pos >= ctx.para_start:
        # "في مارس ... ثم في الشهر التالي": the month after the one the paragraph named, as
        # العام التالي counts on from its year; "في مايو ... مقارنة بالشهر السابق" the one before it
        y, mo = add_months(ctx.last_month[0].year, ctx.last_month[0].month, 1 if rel in REL_FOLLOWING else -1)
        if part:
            return (*part_of_month(y, mo, part), "part_of_month", "relative")
        return (*month_span(y, mo), "month", "relative")
    if unit == "ربع":
        # "في الربع الثاني … مقارنة بالربع السابق": the quarter before the one the paragraph
        # names (its baseline, الربع المماثل من العام الماضي, is no quarter to count from)
        if ctx.last_quarter is None or ctx.last_quarter_pos < ctx.para_start:
            return None
        y, mo = add_months(ctx.last_quarter[0].year, ctx.last_quarter[0].month, 3 if rel in REL_FOLLOWING else -3)
        yb, mb = add_months(y, mo, 2)
        return dt.date(y, mo, 1), month_end(yb, mb), "quarter", "relative"
    if ref is None:
        return None
    k = _step(rel)
    if unit == "اسبوع":
        day = ref + dt.timedelta(days=7 * k)
        a, b = part_of_week(day, part) if part else week_of(day)   # مطلع هذا الأسبوع: Monday..Wednesday
        return a, b, "part_of_month", "relative"
    y, mo = add_months(ref.year, ref.month, k)
    if part:
        a, b = part_of_month(y, mo, part)
        return a, b, "part_of_month", "relative"
    a, b = month_span(y, mo)
    return a, b, "month", "relative"


def _one_before(ctx: Context, unit: str):
    """"العام الذي سبقه": the year before the year in focus (else before the reference year);
    "الشهر الذي سبقه": the month before the last month named."""
    if unit == "شهر":
        if ctx.last_month is None:
            return None
        y, mo = add_months(ctx.last_month[0].year, ctx.last_month[0].month, -1)
        return (*month_span(y, mo), "month", "relative")
    base = ctx.last_year if ctx.last_year is not None else (ctx.ref.year if ctx.ref else None)
    return (*year_span(base - 1), "year", "relative") if base is not None else None


def _fiscal_year(ctx: Context, month: int, k: int | None, part: str | None = None):
    """The fiscal year starting in ``month`` that holds the reference date, ``k`` years on; ``k``
    None (الجديد): the one that began last, unless it began over half a year ago (then the next)."""
    ref = ctx.ref
    if ref is None:
        return None
    y = ref.year if ref.month >= month else ref.year - 1
    if k is None:
        k = 0 if (ref.year - y) * 12 + ref.month - month < 6 else 1
    y += k
    if part is not None:
        return (*part_of_months(y, month, 12, part), "month", "relative")
    end_y, end_m = add_months(y + 1, month, -1)
    return dt.date(y, month, 1), month_end(end_y, end_m), "year", "relative"


def _holiday_day(ctx: Context, month: int, day: int, n: int):
    """"ثاني أيام عيد الفطر": the n-th day from the holiday's first day (Hijri ``month``/``day``),
    in the Hijri year that puts it nearest the reference date (the feast of this year, whether
    the text speaks of it on its eve or its fifth day)."""
    ref = ctx.ref
    if ref is None:
        return None
    hy = hijri_year_of(ref)
    days = [iv[0] + dt.timedelta(days=n - 1) for iv in (hijri_to_gregorian(y, month, day) for y in (hy - 1, hy, hy + 1)) if iv]
    if not days:
        return None
    best = min(days, key=lambda d: abs((d - ref).days))
    return best, best, "day", "relative"


def _from_now(ctx: Context, how: str, args: tuple):
    """"من الآن حتى نهاية العام": the reference date to the end of the date that bounds it."""
    until = RESOLVERS[how](ctx, *args)
    if ctx.ref is None or until is None or until[1] < ctx.ref:
        return None
    return ctx.ref, until[1], "day", "relative"


def _event_day(ctx: Context, n: int):
    """"اليوم الثاني للقمة": resolved after the others (``_event_days``), from the day its
    sentence names; nothing from the context alone."""
    return None


def _year_in_focus(ctx: Context):
    """"العام نفسه", "خلال العام": the last year named, else the reference year."""
    y = ctx.last_year if ctx.last_year is not None else (ctx.ref.year if ctx.ref else None)
    return (*year_span(y), "year", "relative") if y else None


def _part_of_year(ctx: Context, y: int | None, part: str, deadline: bool):
    yy, anchor = y, "absolute"
    if yy is None:
        yy, anchor = (ctx.ref.year if ctx.ref else None), "relative"
        if ctx.last_year is not None and ctx.last_year_near and not deadline:
            yy = ctx.last_year
    if yy is None:
        return None
    return (*part_of_year(yy, part), anchor)


def _earlier_or_later_this(ctx: Context, unit: str, later: bool):
    """"في وقت سابق من هذا الشهر": from the 1st to the day before the reference date."""
    ref = ctx.ref
    if ref is None:
        return None
    if unit == "شهر":
        a, b = month_span(ref.year, ref.month)
        g = "part_of_month"
    elif unit == "اسبوع":
        a, b = week_of(ref)
        g = "day"
    else:
        a, b = year_span(ref.year)
        g = "month"
    if later:
        return min(ref + dt.timedelta(days=1), b), b, g, "relative"
    return a, max(ref - dt.timedelta(days=1), a), g, "relative"


def _quarter(ctx: Context, y: int | None, yrel: str | None, n: int, count: int, part: str | None = None,
             first_month: int = 1):
    """The n-th quarter (``count`` 4) or half (``count`` 2) of a year that starts in
    ``first_month`` (a fiscal year: July in Egypt); with a part word (نهاية الربع الأول) the month
    of it that the word names."""
    yy, anchor = stated_or_rel_year(ctx, y, yrel)
    if yy is None:
        return None
    span = 12 // count
    if y is None and yrel is None and ctx.ref is not None and yy == ctx.ref.year and not ctx.future \
            and (n - 1) * span + 1 > ctx.ref.month:
        yy -= 1   # "الربع الرابع" in May: the last fourth quarter, of the year before
    ya, ma = add_months(yy, first_month, (n - 1) * span)
    if part is not None:
        return (*part_of_months(ya, ma, span, part), "month", anchor)
    yb, mb = add_months(ya, ma, span - 1)
    return dt.date(ya, ma, 1), month_end(yb, mb), "half" if count == 2 else "quarter", anchor


def _first_or_last_months(ctx: Context, y: int | None, yrel: str | None, n: int, first: bool,
                          first_month: int = 1):
    """"الأشهر التسعة الأولى من عام 2024": January to September of that year (of a fiscal year
    that starts in ``first_month``, its first nine months from then)."""
    yy, anchor = stated_or_rel_year(ctx, y, yrel)
    if yy is None:
        return None
    if first:
        ye, me = add_months(yy, first_month, n - 1)
        return dt.date(yy, first_month, 1), month_end(ye, me), "month", anchor
    ys, ms = add_months(yy, first_month, 12 - n)
    ye, me = add_months(yy, first_month, 11)
    return dt.date(ys, ms, 1), month_end(ye, me), "month", anchor


def _last_n(ctx: Context, n: int, letter: str, future: bool):
    """"السنوات الثلاث الماضية": the reference date minus three years to the reference date."""
    if letter == "Y" and not future:
        # "خلال عشر سنوات (2007 – 2016) ... السنوات العشر الماضية": the years the text named
        named = [r for r in ctx.year_ranges if r[1].year - r[0].year + 1 == n]
        if named:
            return named[-1][0], named[-1][1], "year", "relative"
    ref = ctx.ref
    if ref is None:
        return None
    if letter == "Y":
        other = shift_years(ref, n if future else -n)
    elif letter == "M":
        yy, mm = add_months(ref.year, ref.month, n if future else -n)
        other = dt.date(yy, mm, min(ref.day, calendar.monthrange(yy, mm)[1]))
    else:
        other = ref + dt.timedelta(days=(7 if letter == "W" else 1) * (n if future else -n))
    if future:
        return ref, other - dt.timedelta(days=1), {"Y": "year", "M": "month"}.get(letter, "day"), "relative"
    return other, ref, {"Y": "year", "M": "month"}.get(letter, "day"), "relative"


def _named_years(ctx: Context, n: int):
    """"السنوات العشر" after "خلال عشر سنوات (2007 - 2016)": the last range of ``n`` years named."""
    named = [r for r in ctx.year_ranges if r[1].year - r[0].year + 1 == n]
    return (named[-1][0], named[-1][1], "year", "relative") if named else None


def period_before(ctx: Context, month: bool = False) -> tuple | None:
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


def _same_period(ctx: Context, y: int | None, yrel: str | None, ybare: bool, unit: str):
    """"الفترة نفسها من العام الماضي": the period named before, in the year this one names."""
    base = ctx.last_month if unit == "شهر" and ctx.last_month else period_before(ctx, unit == "شهر")
    if base is None:
        return None
    yy, anchor = y, "absolute"
    if yy is None:
        if yrel in REL_PREV or (yrel is None and ybare):
            yy, anchor = (base[0].year - 1 if yrel in REL_PREV else base[0].year), "relative"
        else:
            yy, anchor = rel_year(ctx, yrel, ybare)
    if yy is None:
        return None
    k = yy - base[0].year
    if k >= 0 and yrel is not None and REL.get(yrel, 0) < 0:
        # the base is a fiscal year's period the reference year falls in (النصف الأول من العام
        # الحالي 2017/2018 … نفس الفترة من العام الماضي in February 2018): last year's is a year back
        k = -1
    a, b = shift_years(base[0], k), shift_years(base[1], k)
    if b.month == 2 and base[1].month == 2 and base[1].day >= 28:
        b = month_end(b.year, 2)
    return a, b, base[2], anchor


def _part_of_it(ctx: Context, part: str):
    """"طوال عام 2015 … في نهايته": the end of the year (or month) named just before."""
    prev = ctx.prev
    if prev is None or prev[0] < ctx.sent_start:
        return None
    _, a, b, gran = prev
    if gran == "year" and a.year == b.year:
        return (*part_of_year(a.year, part), "relative")
    if gran == "month" and a.month == b.month:
        a2, b2 = part_of_month(a.year, a.month, part)
        return a2, b2, "part_of_month", "relative"
    if gran == "month" and a.year == b.year and (a.month == 1 or b.month == 12):
        # "في الشهرين الأخيرين من العام … منذ بدايته": months that open or close a year, the pronoun
        # the year's; months inside it (من مارس إلى مايو … في نهايته) have no part that is a year's
        return (*part_of_year(a.year, part), "relative")
    return None


def _this_period(ctx: Context):
    base = period_before(ctx)
    return (base[0], base[1], base[2], "relative") if base else None


def _season(ctx: Context, first_month: int, last_month: int, y: int | None, yrel: str | None, rel: str | None,
            part: str | None = None):
    def whole(yy: int):  # the winter of 2018 runs from December 2018 to February 2019
        return dt.date(yy, first_month, 1), month_end(yy + (last_month < first_month), last_month)

    def span(yy: int):
        return part_of_months(yy, first_month, 3, part) if part is not None else whole(yy)   # أواخر الصيف

    if y is not None:
        return (*span(y), "month", "absolute")
    ref = ctx.ref
    if ref is None:
        return None
    if yrel:  # صيف العام الماضي
        yy, _ = rel_year(ctx, WS_SUB(" ", yrel), False)
        return (*span(yy), "month", "relative") if yy else None
    r = WS_SUB(" ", rel or "")
    k = -1 if r in REL_PREV else REL.get(r, 0)
    # الصيف الماضي: the last summer over before the reference date; المقبل: the next to begin;
    # no word (or هذا): the one under way, else the nearer of the last one over and the next one,
    # the next when the clause looks ahead ("مع حلول فصل الصيف" in May is this coming summer)
    yy = ref.year - (1 if ref.month < first_month else 0)   # the last one begun
    if k < 0:
        if whole(yy)[1] >= ref:
            yy -= 1
    elif k > 0:
        yy += 1
    elif whole(yy)[1] < ref:
        ahead = (whole(yy + 1)[0] - ref).days
        if ctx.future and not rel or ahead < (ref - whole(yy)[1]).days:
            yy += 1
    return (*span(yy), "month", "relative")


def _numeric_day_month(ctx: Context, mo: int, d: int):
    """"22/04" without a year: the year that puts it nearest the reference date."""
    if ctx.ref is None or getattr(ctx.ref, "only_year", False):
        return None
    day = date_for_day(mo, d, ctx.ref, ctx.future)
    return (day, day, "day", "implicit_year") if day else None


def _ago(ctx: Context, letter: str, n: int):
    """"قبل 4 سنوات": the year (month, week, day) that far before the reference date."""
    ref = ctx.ref
    if ref is None:
        return None
    if letter == "Y":
        y = ref.year - n
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "relative"
    if letter == "M":
        y, mo = add_months(ref.year, ref.month, -n)
        a, b = month_span(y, mo)
        return a, b, "month", "relative"
    if letter == "W":
        a, b = week_of(ref - dt.timedelta(days=7 * n))
        return a, b, "part_of_month", "relative"
    if letter == "D":
        d = ref - dt.timedelta(days=n)
        return d, d, "day", "relative"
    return ref, ref, "day", "relative"


# how -> resolver(ctx, *args); the keys are what the rules (rules.py) and find.py write in ``how``
RESOLVERS = {
    "stated": stated,
    "calendar": _calendar,
    "two_months": _two_months,
    "range": _range,
    "weekday": _weekday,
    "weekday_of_week": _weekday_of_week,
    "day_word": _day_word,
    "day_of_rel_month": _day_of_rel_month,
    "nth_week": _nth_week,
    "same_day": _same_day,
    "this_day_of": _this_day_of,
    "rel_unit": _rel_unit,
    "year_in_focus": _year_in_focus,
    "one_before": _one_before,
    "event_day": _event_day,
    "from_now": _from_now,
    "holiday_day": _holiday_day,
    "fiscal_year": _fiscal_year,
    "part_of_year": _part_of_year,
    "earlier_or_later_this": _earlier_or_later_this,
    "quarter": _quarter,
    "first_or_last_months": _first_or_last_months,
    "last_n": _last_n,
    "named_years": _named_years,
    "same_period": _same_period,
    "part_of_it": _part_of_it,
    "this_period": _this_period,
    "season": _season,
    "numeric_day_month": _numeric_day_month,
    "ago": _ago,
}


# =========================================================================== glosses

def _hijri_gloss(ft: str, cands: list[Candidate], res: dict[int, tuple]) -> None:
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


def _event_days(cands: list[Candidate], res: dict[int, tuple], bounds: SentenceBounds) -> None:
    """"اليوم الأول من القمة المنعقدة … الأربعاء" … "اليوم الثاني": the first day is the day the
    sentence names (less n - 1 days), else the first day found before; the n-th day follows it."""
    first = None
    for c in cands:
        if c.how != "event_day":
            continue
        n = c.args[0]
        a, b = bounds(c.fs)
        named = [r for o in cands if o is not c and a <= o.fs < b and o.how != "event_day"
                 for r in (res.get(id(o)),) if r and r[2] == "day" and r[0] == r[1]]
        if named:
            first = named[0][0] - dt.timedelta(days=n - 1)
        if first is not None:
            day = first + dt.timedelta(days=n - 1)
            res[id(c)] = (day, day, "day", "relative")


_FISCAL_GLOSS = re.compile(r"[^.؟!\n]{0,40}?(?:تنتهي|ينتهي|المنتهيه|تبدا|يبدا|التي\s+تبدا)\s+(?:في\s+)?$")


def _fiscal_gloss(ft: str, cands: list[Candidate], res: dict[int, tuple]) -> None:
    """``السنة المالية 2020-2021 والتي تنتهي في 31 مارس 2021``: a fiscal year the text says ends
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
            res[id(c)] = (shift_years(g[0], -1) + dt.timedelta(days=1), g[0], "year", r[3])
        else:
            res[id(c)] = (g[0], shift_years(g[0], 1) - dt.timedelta(days=1), "year", r[3])


# =========================================================================== mentions

def _resolve(c: Candidate, ctx: Context):
    """``c``'s interval, or None when it has none the calendar can hold: a date of the years the
    reference date's own arithmetic leaves (a reference date in year 1, "99 years on" from 9990)."""
    try:
        return RESOLVERS[c.how](ctx, *c.args)
    except (ValueError, OverflowError):
        return None


_LINE_BREAK = re.compile("\n")
# a date that opens its sentence as its frame: only و/ف and في/خلال before it, a comma after it
_FRAME_BEFORE = re.compile(r"[\s\"«“-]*(?:[وف]\s*)?(?:(?:في|خلال)\s+)?")
_FRAME_AFTER = re.compile(r"\s*[،,]")
# between a weekday and the day that glosses it: "الأحد (16 أكتوبر)"، "الخميس، 20 أكتوبر"، "الاثنين - 5 مايو"
_GLOSS_GAP = re.compile(r"\s*[(،,-]?\s*")


def _glossed_weekday(ft: str, cands: list[Candidate], i: int) -> Candidate | None:
    """The bare weekday (الأحد، يوم الخميس) that the day ``cands[i]`` glosses, written right before
    it, when that day has no weekday of its own; else None."""
    c = cands[i]
    if i == 0 or c.spec.get("day") is None or c.spec.get("wd") is not None:
        return None
    w = cands[i - 1]
    if w.how != "weekday" or w.args[1] is not None or w.args[2] not in ("", "يوم") or w.args[3] or w.args[4]:
        return None
    return w if _GLOSS_GAP.fullmatch(ft, w.fe, c.fs) else None
_TO_BEFORE = re.compile(r"(?<!\w)(?:الي|حتي)\s+(?:يوم\s+)?$")


_HEADLINE_MAX = 200   # a first line longer than this is a paragraph, not a title
# (a first line that ends a sentence with a stop is the text's first paragraph, not its title)
_TITLE_LIKE = re.compile(r"[^\n]*[^\s.!؟?:،,]\s*(?=\n)").match


def _headline_weekdays(first_break: int, cands: list[Candidate], resolved: dict, futures: dict) -> None:
    """A bare weekday in the title (``الوزير يعود إلى العاصمة الخميس``، ``قمة وزارية الأحد``) is the
    same day as the body's report of it: a title's present tense or its noun tells no tense, the body
    does (``سيعود الخميس``، ``غدا السبت``). It takes the reading of the body's first mention of that
    weekday that lies ahead, else of the body's first mention of it; with none, its own."""
    if first_break > _HEADLINE_MAX:
        return
    for c in cands:
        if c.fs >= first_break:
            break
        if c.how != "weekday" or resolved.get(id(c)) is None:
            continue
        wd, wd2, pre, rel, nth = c.args
        if wd2 is not None or pre not in ("", "يوم") or rel or nth:
            continue
        same = [b for b in cands if b.fs > first_break and b.how == "weekday" and b.args[0] == wd
                and b.args[1] is None and not b.args[4] and resolved.get(id(b)) is not None]
        if not same:
            continue
        ahead = [b for b in same if futures.get(id(b)) or b.args[2] == "غدا" or b.args[3] in REL_FOLLOWING_WEEKDAY]
        b = (ahead or same)[0]
        resolved[id(c)] = resolved[id(b)]
        futures[id(c)] = bool(ahead)


REL_FOLLOWING_WEEKDAY = ("المقبل", "القادم")
# what points only at a date the text named before it (نهايته، هذه الفترة، اليوم الثاني للقمة):
# with none to point at it is no date, whether or not the reference date is known
_ANAPHORS = frozenset(("part_of_it", "this_period", "event_day", "named_years"))
# the Arabic marks folding drops (text.DROP_CHARS: tatweel, harakat, tanween, shadda, Quranic
# marks), not its invisible format characters, which belong to no letter
_TRAILING_MARKS = frozenset(c for c in DROP_CHARS if c == "\u0640" or unicodedata.category(c) == "Mn")


def date_mentions(folded: Folded, reference: dt.date | None, candidates: list | None = None) -> list[DateMention]:
    """Every temporal expression in ``folded``, sorted by start, resolved against ``reference``.

    With ``reference`` None, relative and year-less expressions keep ``start_date`` None.
    ``candidates`` (from ``date_candidates(folded)``) saves finding them again.

    >>> from analysis.text import fold
    >>> ms = date_mentions(fold("في الأشهر التسعة الأولى من عام 2024"), None)
    >>> [(m.text, str(m.start_date), str(m.end_date)) for m in ms]
    [('الأشهر التسعة الأولى من عام 2024', '2024-01-01', '2024-09-30')]
    """
    ft = folded.text
    if not has_arabic(ft):
        return []  # not an Arabic text: the tables come out empty (see the README)
    cands = candidates if candidates is not None else date_candidates(folded)
    ctx = Context(reference, ft)
    years_of: dict = {}   # the Gregorian days the text writes with their year, for the same days without it
    for c in cands:
        sp = c.spec
        if sp and sp.get("day") is not None and sp.get("year") is not None and sp.get("cal") == "gregorian":
            years_of.setdefault((sp["month"], sp["day"]), set()).add(sp["year"])
    # (a day written with two years, "حدث في 5 أكتوبر" beside 5 October 1918 and 1962, is no one day)
    ctx.stated_days = {k: next(iter(v)) for k, v in years_of.items() if len(v) == 1}
    bounds = None
    # where the lines break, for each date's paragraph (a scan back to the last break per date
    # is a scan of the whole text per date on a long text of one line)
    breaks = [m.start() for m in _LINE_BREAK.finditer(ft)]
    sentences: dict = {}
    resolved: dict[int, tuple | None] = {}
    futures: dict[int, bool] = {}
    weekday_glosses: list = []   # (a bare weekday, the day written right after it as its gloss)
    for i, c in enumerate(cands):
        # what depends on the text alone is kept on the candidate, for the next reference date
        memo = c.memo
        if memo is None or memo[0] is not folded:
            if bounds is None:
                bounds = SentenceBounds(ft)
                cues = Cues(folded)
            a, b = bounds(c.fs)
            role_out = None
            if c.role is None:  # منذ and اعتبارا من stay out of the span but still bound the period
                if SINCE_HINT(ft, max(0, c.fs - 14), c.fs):   # (no such word: no match)
                    rm = SINCE_WORD_BEFORE.search(ft, max(0, c.fs - 14), c.fs)
                    if rm:
                        role_out = ROLE_OUT[WS_SUB(" ", rm.group("w"))]
            baseline = bool(BASELINE_HINT(ft, max(0, c.fs - 70), c.fs) and BASELINE.search(ft, max(0, c.fs - 70), c.fs)) \
                or role_out == "since" and RECORD_SINCE_BEFORE.search(ft, max(0, c.fs - 60), c.fs) is not None
            memo = c.memo = (folded, a, is_future(cues, a, b, c, sentences, c.how == "weekday"), baseline, role_out,
                             folded.span(c.fs, c.fe))
        a = memo[1]
        ctx.future = memo[2]
        ctx.sent_start = a
        ctx.pos = c.fs
        k = bisect_left(breaks, c.fs)
        ctx.para_start = breaks[k - 1] + 1 if k else 0
        futures[id(c)] = ctx.future
        ctx.last_year_near = ctx.last_year is not None and ctx.last_year_pos >= a
        glossed = _glossed_weekday(ft, cands, i) if c.how == "calendar" else None
        if glossed is not None:   # "يوم الأحد (16 أكتوبر)": the day is that weekday's
            r = _resolve(Candidate(c.fs, c.fe, c.type, how="calendar", args=(dict(c.args[0], wd=glossed.args[0]),)), ctx)
            weekday_glosses.append((glossed, c))
        else:
            r = _resolve(c, ctx) if c.how is not None else None
        if r is not None and c.how == "weekday" and ctx.prev is not None and ctx.prev[0] >= a \
                and ctx.prev[3] == "day" and ctx.prev[1] == ctx.prev[2] and c.args[1] is None \
                and c.args[2] in ("", "يوم") and not c.args[3] and not c.args[4] \
                and _TO_BEFORE.search(ft, max(0, c.fs - 10), c.fs):
            # "ليل الجمعة إلى السبت"، "أرجأت اللجنة اجتماعها من الأحد إلى الثلاثاء": the day a range
            # or a move runs to is the first of its name after the day it runs from
            first = ctx.prev[1]
            day = first + dt.timedelta(days=(c.args[0] - first.weekday()) % 7 or 7)
            r = (day, day, "day", "relative")
        resolved[id(c)] = r
        if r is None:
            continue
        s, e, gran = r[0], r[1], r[2]
        if r[3] == "absolute" and s.year == e.year and not memo[3] and c.kind != "cmp":
            ctx.years_written.append(s.year)
            if c.role is None and memo[4] is None and _FRAME_BEFORE.fullmatch(ft, a, c.fs) \
                    and _FRAME_AFTER.match(ft, c.fe):
                ctx.frame_year, ctx.frame_pos = s.year, a
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
            # عند متم شتنبر، موفى جوان: the year to the end of that month
            lo = max(0, c.fs - 15)
            ytd = gran in ("month", "part_of_month") and s.month > 1 and closes_year_to_date(ft, lo, c.fe)
            ctx.periods.append((c.fs, s, e, gran, dt.date(s.year, 1, 1) if ytd else None))
            if gran == "month" and s.month == e.month:
                ctx.last_month = (s, e, gran)
                ctx.last_month_pos = c.fs
        if gran == "quarter" and not memo[3] and c.kind != "cmp" and c.how != "same_period":
            ctx.last_quarter = (s, e)
            ctx.last_quarter_pos = c.fs
        if c.kind == "day":
            ctx.last_day = s
            ctx.last_day_pos = c.fs
        if c.how == "calendar" and gran == "month" and s.month == e.month and not memo[3] and c.kind != "cmp":
            ctx.seq_month = (c.fe, s.year, s.month)
        ctx.prev = (c.fs, s, e, gran)
        if c.type == "daterange" and gran == "year" and (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
            ctx.year_ranges.append((s, e))
    _hijri_gloss(ft, cands, resolved)
    for w, day in weekday_glosses:
        g = resolved.get(id(day))
        if g and g[2] == "day" and g[0] == g[1] and g[0].weekday() == w.args[0]:
            resolved[id(w)] = (g[0], g[1], "day", g[3])
    if breaks and reference is not None and _TITLE_LIKE(ft, 0, breaks[0] + 1):
        _headline_weekdays(breaks[0], cands, resolved, futures)
    try:
        _fiscal_gloss(ft, cands, resolved)
        if any(c.how == "event_day" for c in cands):
            _event_days(cands, resolved, bounds or SentenceBounds(ft))
    except (ValueError, OverflowError):   # a gloss or a day past year 9999
        pass
    out: list[DateMention] = []
    year_only = getattr(reference, "only_year", False)
    for c in cands:
        r = resolved.get(id(c))
        guess = year_only and r is not None and r[3] == "relative" and not (
            (r[0].month, r[0].day, r[1].month, r[1].day) == (1, 1, 12, 31))
        if guess:
            r = None   # (a reference known to its year only: what is not whole years would be a guess)
        s0, e0 = c.memo[5]
        # the marks the folding dropped after the span's last letter are that letter's: the tatweel
        # of "هـ", the tanween of "سنوياً"، "20 عاماً", a shadda
        while e0 < len(folded.original) and folded.original[e0] in _TRAILING_MARKS:
            e0 += 1
        start_date = end_date = gran = anchor = None
        if c.type in ("date", "daterange") and r is not None:
            start_date, end_date, gran, anchor = r
        role = c.role if c.role is not None else c.memo[4]
        if c.type in ("date", "daterange") and r is None and c.how is not None and c.kind in ("", "cmp") \
                and (reference is not None or c.how in _ANAPHORS) and not guess:
            continue  # an anaphor with nothing before it to point at
        out.append(DateMention(
            text=folded.original[s0:e0], start=s0, end=e0, type=c.type, start_date=start_date, end_date=end_date,
            granularity=gran, anchor=anchor, value=c.value, role=role,
            open_start=role in ("until", "by", "before"), open_end=role in ("since", "after"),
            is_future=futures.get(id(c), False), fstart=c.fs, fend=c.fe))
    return out


