"""The reference date an article's own text gives: a dateline, a day the text calls today, or
one inferred from what it calls current (the month "الجاري", the year "الحالي", figures for the
first months of a year). Every relative or year-less date is resolved against it when the
article's publication date is not known.
"""
from __future__ import annotations

import datetime as dt
import re

from ..text import Folded, fold_plain
from .calendars import add_months
from .lexicon import (CARD, MONTH_NAME_OR_PAIR, MONTHS, WEEKDAY_RE, WEEKDAYS, WORD_END, WS_SUB, YEAR_DIGITS,
                      first_month, number_of, year_of)
from .records import DateMention, YearOnlyDate
from .resolve import date_mentions
from .rules import FIRST_N_MONTHS

_DATELINE_ZONE = 300


def reference_date(folded: Folded, article=None, candidates: list | None = None) -> tuple[dt.date | None, str, str]:
    """The article's reference date from its own text: ``(date, source, reason)``.

    ``source`` is ``dateline`` (a full date opening the body or the line under the title:
    ``تونس - 13 فيفري 2017``, ``الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015``), ``inferred``
    (from what the text calls current: ``27 نوفمبر/تشرين الثاني الجاري`` with figures for
    ``الأشهر التسعة الأولى من عام 2024`` → 2024-11-27; failing that, the day the lead dates its
    news with a weekday: ``وقع الوزيران، يوم الاثنين 22 أبريل 2024، …``), or ``unknown`` (None). ``reason`` says
    why, in Arabic, quoting the words it rests on (the report shows it beside the date).

    >>> from analysis.text import fold
    >>> reference_date(fold("عنوان\\nتونس - 13 فيفري 2017 - قال الوزير ..."))[:2]
    (datetime.date(2017, 2, 13), 'dateline')

    ``candidates`` (from ``date_candidates(folded)``) saves finding the dates again.
    """
    return reference_and_mentions(folded, candidates)[0]


def reference_and_mentions(folded: Folded, candidates: list | None = None
                           ) -> tuple[tuple[dt.date | None, str, str], list[DateMention]]:
    """:func:`reference_date` and the date mentions it read: ``date_mentions(folded, None,
    candidates)``, which are the text's dates when no reference date is found (most articles
    with no date given: in a sample of 600 wild news articles, 597), so that they need not be
    resolved a second time against the same None."""
    ms = date_mentions(folded, None, candidates)
    return _reference(folded, ms), ms


def _reference(folded: Folded, ms: list[DateMention]) -> tuple[dt.date | None, str, str]:
    ft = folded.text
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
        wd = WEEKDAY_RE.search(ft, max(body, m.fstart - 20), m.fend)
        if wd is not None and WEEKDAYS[WS_SUB(" ", wd.group(0))] == m.start_date.weekday():
            return m.start_date, "inferred", f"يؤرّخ أول المتن خبره «{m.text}»"
    return None


_CURRENT_MONTH = re.compile(rf"(?:(?P<d>[0-3]?\d)\s+)?(?:شهر\s+)?(?P<mon>{MONTH_NAME_OR_PAIR})\s+(?:من\s+)?(?:الجاري|الحالي|الجاريه|الحاليه){WORD_END}")
_CURRENT_YEAR = re.compile(rf"(?:العام|السنه)\s+(?:المالي(?:ه)?\s+)?(?:الجاري|الحالي)(?:ه)?\s+(?P<y>{YEAR_DIGITS})")
_PARTIAL = re.compile(rf"(?:{FIRST_N_MONTHS})")
_WS_RUN = re.compile(r"\s{2,}")
_LONGEST_MONTH = max(map(len, MONTHS))
_LONGEST_CARD = max(map(len, CARD))


def _occurrences(ft: str, words) -> list[int]:
    out = set()
    for w in words:
        i = ft.find(w)
        while i >= 0:
            out.add(i)
            i = ft.find(w, i + 1)
    return sorted(out)


def _max_ws(ft: str) -> int:
    """The longest run of white space in ``ft`` (1 when none is longer): what the windows of
    ``_current_months`` and ``_partials`` must allow for between their words."""
    return max((m.end() - m.start() for m in _WS_RUN.finditer(ft)), default=1)


def _max_gap(folded: Folded) -> int:
    """``_max_ws(folded.text)`` from the text's shared tokens: every character is in a token
    unless it is white space (``text.TOKEN``), so the runs of white space are the gaps between
    tokens, already cut; a scan of the whole text is spared."""
    longest = max(map(len, folded.tokens.gaps), default=0)
    return longest if longest >= 2 else 1


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


_PAST_MONTH = re.compile(rf"(?P<mon>{MONTH_NAME_OR_PAIR})\s+(?:الماضي|المنصرم|المنقضي|الفارط){WORD_END}")


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
    ws = _max_gap(folded)
    for m in _partials(ft, ws):
        g = m.groupdict()
        y, _, _ = year_of(g, "f")
        n = 2 if g["dual"] else number_of(g["n1"] or g["n2"] or g["n3"] or "")
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
                mon = first_month(mm.group("mon"))
                if mon and mon[1] == "gregorian" and named.get(mon[0]):
                    y = max(named[mon[0]])
                    y, mo = add_months(y, mon[0], 1)
                    if year is None or (y, mo) > (year, min_month):
                        year, min_month = y, mo
                        why = [f"«{x.text}» عن شهر يؤرّخه النص بعام {y if mo > 1 else y - 1}"]
    guessed_year = False
    cur = None
    for m in _current_months(ft, ws):
        mon = first_month(m.group("mon"))
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
                guessed_year = True
                why.append(f"العام الأكثر ذكرًا في النص ({year}، {years.count(best)} مرات)")
    if year is None or cur is None:
        if year is not None and min_month > 1:
            return YearOnlyDate(year, min_month, 1), "inferred", "؛ ".join(why) + f"، أي بعد الشهر {min_month - 1}"
        return None, "unknown", "لا سطر تاريخ في النص ولا شهر جارٍ أو عام جارٍ"
    month, day, txt = cur
    why.insert(0, f"«{txt}» (الشهر الجاري)")
    if month < min_month:
        year += 1
    kind = YearOnlyDate if guessed_year else dt.date
    try:
        ref = kind(year, month, day or 1)
    except ValueError:
        ref = kind(year, month, 1)
    return ref, "inferred", "؛ ".join(why)


