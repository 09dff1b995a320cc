"""Calendar arithmetic on inclusive intervals: months, years, weeks, parts of a month or a year,
the year a year-less month or day takes, and Hijri dates in Gregorian.

>>> hijri_to_gregorian(1436, 10, 25)
(datetime.date(2015, 8, 10), datetime.date(2015, 8, 10))
>>> year_for_month(10, dt.date(2024, 11, 27), future=False)   # "في أكتوبر" in a November article
2024
"""
from __future__ import annotations

import calendar
import datetime as dt


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def month_span(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), month_end(y, m)


def year_span(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def shift_years(d: dt.date, k: int) -> dt.date:
    try:
        return d.replace(year=d.year + k)
    except ValueError:  # 29 February
        return d.replace(year=d.year + k, day=28)


def part_of_month(y: int, m: int, part: str) -> tuple[dt.date, dt.date]:
    if part == "early":
        return dt.date(y, m, 1), dt.date(y, m, 10)
    if part == "mid":
        return dt.date(y, m, 11), dt.date(y, m, 20)
    return dt.date(y, m, 21), month_end(y, m)


def part_of_year(y: int, part: str) -> tuple[dt.date, dt.date, str]:
    if part == "early":
        return dt.date(y, 1, 1), dt.date(y, 1, 31), "month"
    if part == "mid":
        return dt.date(y, 6, 1), dt.date(y, 7, 31), "month"
    return dt.date(y, 12, 1), dt.date(y, 12, 31), "month"


def week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def year_for_month(m: int, ref: dt.date, future: bool) -> int:
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


def date_for_day(m: int, d: int, ref: dt.date, future: bool) -> dt.date | None:
    """The year of a year-less day: its month's year (so "28 نوفمبر" in a November article is
    this November, a day or two ahead or behind), by the same rule as a year-less month."""
    y = ref.year if m == ref.month else year_for_month(m, ref, future)
    try:
        return dt.date(y, m, d)
    except ValueError:  # 29 February of a common year
        return None


def hijri_to_gregorian(y: int, m: int, d: int | None) -> tuple[dt.date, dt.date] | None:
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


def hijri_year_of(ref: dt.date) -> int:
    from hijridate import Gregorian
    return Gregorian(ref.year, ref.month, ref.day).to_hijri().year
