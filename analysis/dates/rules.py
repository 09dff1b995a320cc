"""Finding, rule by rule: what each written form of a date is.

A rule is a name, a pattern on the folded text (``text.fold``) and a handler that reads the
match into a ``Candidate``: its span, its type, and which resolver (``resolve.RESOLVERS``) reads
it with which arguments (``how``, ``args``). A handler checks that what it found is a date at all
(31 فبراير is not; 2023 عام is not 2023 years; مارس alone may be "he practised") and returns
None when it is not; it never looks at a reference date. Candidates overlap freely; ``find.py``
keeps the longest. The order of ``RULES`` is the order rules are tried in at a word, which breaks
ties between candidates of the same length and priority.

>>> from analysis.text import fold_plain
>>> [(name, bool(rx.match(fold_plain("أواخر أكتوبر 2024")))) for name, rx, _ in RULES if name == "calendar"]
[('calendar', True)]
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Callable

from .calendars import add_months, hijri_to_gregorian, month_end, part_of_months, part_of_year, year_span
from .fiscal import fiscal_start, hijri_pair_year, split_year_start
from .lexicon import (BOUND_WORD, CARDINAL_WORD, DAY_IN_ORDINAL_WORDS, ERA_MARK, MONTH_NAME, MONTH_NAME_OR_PAIR, ORD,
                      MONTH_NAME_RE, MONTHS, NUMBER_IN_WORDS, PART_WORD, PARTS, PHRASES, REL, REL_FOLLOWING, REL_PREV,
                      RELATIVE_WORD, ROLE_IN, TIME_UNIT_WORD, UNITS, WEEKDAY, WEEKDAY_RE, WEEKDAYS, WORD_END,
                      WORD_START, WORDS, WS_SUB, YEAR_DIGITS, YEAR_NOUN, alt, day_of_ordinal, first_month, number_of,
                      year_after, year_of)
from .records import Candidate

# (name, compiled pattern, handler): every rule, in the order they are defined below
RULES: list[tuple[str, re.Pattern, Callable]] = []


def _rule(name: str, pattern: str):
    rx = re.compile(pattern)

    def deco(fn):
        RULES.append((name, rx, fn))
        return fn
    return deco


# --------------------------------------------------------------------------- the calendar-date rule

# a day, a part of a month or a month, with its weekday, its year or a relative word:
# "يوم الثلاثاء 22 أكتوبر 2024"، "أواخر نوفمبر/تشرين الثاني الجاري"، "يومي 27 و28 نوفمبر"، "25 شوال 1436 هـ"
CALENDAR_DATE = (
    rf"{WORD_START}(?P<role>{BOUND_WORD}\s+)?"
    rf"(?P<wd>(?:(?:يوم|اليوم|امس|غدا)\s+)?{WEEKDAY}\s*[,،]?\s*)?"
    rf"(?:(?P<part>{PART_WORD})\s+(?:شهر\s+)?)?"
    rf"(?:(?P<dual>يومي|ايام|بين(?=\s+[0-3]?\d\s*و|\s+ال\S+\s+وال)|من(?=\s+[0-3]?\d\s*(?:-|الي|حتي)\s*[0-3]?\d))\s+)?"
    rf"(?:(?:ال\s?(?=[0-3]?\d\s+من\s))?(?P<d1>(?<!\d)[0-3]?\d(?!\d))(?:\s*(?:و|-|الي|حتي)\s*(?P<d2>[0-3]?\d(?!\d)))?(?:\s*[.\-/]\s*|\s+)(?:من\s+)?"
    rf"|(?P<d0>{DAY_IN_ORDINAL_WORDS})(?:\s+و(?P<d0b>{DAY_IN_ORDINAL_WORDS}))?\s+(?:من\s+)?|(?P<first>اول)\s+)?"
    rf"(?P<shahr>(?:شهر|شهري)\s+)?"
    rf"(?P<mon>{MONTH_NAME_OR_PAIR})"
    rf"(?:\s*-\s*(?P<d3>[0-3]?\d)(?![\d/]|\s*\d)|(?P<d4>[0-3]?\d)(?=\s*,)|\s+(?P<d5>{DAY_IN_ORDINAL_WORDS})(?=\s*[,،]?\s*(?:من\s+)?(?:\d{{4}}|الف)))?"
    rf"(?:{year_after('a')}|\s+(?P<mrel>{RELATIVE_WORD}){WORD_END})?"
)


_PAIRED = re.compile(r"[/(\-]")
_NAMED_DAYS = {k: int(v) for k, v in WORDS.get("named_day", {}).items()}
_NOUN_BEFORE = re.compile(r"(?<!\w)(\w+)\s+$")


def _named_year(word: str, month: int, day: int) -> int | None:
    """The year of the event of history ``word`` names on that day (``named_day``: ثورة 25 يناير),
    the word read as written and without its clitics and article (وثورة، بالثورة، للثورة): a noun
    whose own first letter is و، ب or ل keeps it."""
    forms = [word]
    if word[:1] in ("و", "ف"):
        forms.append(word[1:])
    forms += [f[1:] for f in forms if f[:1] in ("ب", "ل", "ك")]
    forms += [f[2:] for f in forms if f.startswith(("ال", "لل"))]
    for f in forms:
        named = _NAMED_DAYS.get(f"{f} {month}-{day}")
        if named is not None:
            return named
    return None
_QUOTES = frozenset("\"'«»“”„")
_CLOSING_QUOTE = re.compile(r"(?:\s+[^\W\d]+)?[\"'»”]")
# the month names that _calendar's month group can hold alone: for these the general path
# (first_month, _PAIRED, MONTH_NAME_RE.findall) gives the name's own entry, not paired, no second month
_MONTH_ALONE = {k: v for k, v in MONTHS.items()
                if first_month(k) == v and not _PAIRED.search(k) and MONTH_NAME_RE.findall(k) == [k]}
_IN_RANGE_AFTER = re.compile(rf"\s*(?:و|-|الي|حتي)\s*{MONTH_NAME}")
_IN_RANGE_BEFORE = re.compile(r"(?:بين|من)\s+$")
_PREP_BEFORE = re.compile(r"(?<!\w)[وف]?(?:في|خلال|طيله|طوال|منذ|حتي|قبل|بعد|مطلع)\s+$")
# a futures contract's delivery month (تسليم مارس، العقود الآجلة لشهر يوليو): one still to come
_DELIVERY_BEFORE = re.compile(rf"(?<!\w){alt(WORDS['delivery'])}\s+(?:ل?شهر\s+)?$")


def _strict_month_ok(m: re.Match, g: dict) -> bool:
    """Whether the text around a bare month name that has another meaning (مارس, آب) makes it
    a month: شهر before it, a range with another month, or a preposition before it. (Only
    such names need it, so it is worked out only for them.)"""
    has_shahr = bool(g["shahr"]) or "شهر" in m.string[m.start():m.start("mon")]
    in_range = _IN_RANGE_AFTER.match(m.string, m.end(), m.end() + 30) and \
        _IN_RANGE_BEFORE.search(m.string[max(0, m.start() - 6):m.start()])
    # after a preposition "مارس" and "رمضان" are months: no verb or name follows "في" or "خلال"
    prep = _PREP_BEFORE.search(m.string[max(0, m.start() - 8):m.start()])
    return bool(has_shahr or in_range or prep
                or _DELIVERY_BEFORE.search(m.string, max(0, m.start("mon") - 24), m.start("mon")))


@_rule("calendar", CALENDAR_DATE)
def _calendar(m: re.Match) -> Candidate | None:
    g = m.groupdict()
    month2 = None
    mon = _MONTH_ALONE.get(g["mon"])
    if mon is not None:   # one month name, written as listed (most of them): nothing to search
        month, cal, strict = mon
        paired = False
    else:
        # every month name in the group; the first is the one first_month would find
        names = [MONTHS.get(WS_SUB(" ", x)) for x in MONTH_NAME_RE.findall(g["mon"])]
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
        d = day_of_ordinal(g["d0"])
        if d is None:
            return None
        if g["d0b"]:   # بين الرابع والتاسع من مايو
            d2 = day_of_ordinal(g["d0b"])
            if d2 is None or g["dual"] != "بين":
                return None
    if g["first"]:   # أول يوليو: the first of July
        d = 1
    if g["d1"]:
        d = int(g["d1"])
        if g["d2"]:
            d2 = int(g["d2"])
    for k in ("d3", "d4", "d5"):
        if g[k]:
            d = int(g[k]) if g[k].isdigit() else day_of_ordinal(g[k])
    if g["d1"] and d is None:
        return None
    if g["dual"] in ("بين", "من") and d2 is None:
        return None
    y, yrel, ybare = year_of(g, "a")
    mrel = g.get("mrel")
    mrel = WS_SUB(" ", mrel) if mrel else None
    if strict and not (d or y or yrel or paired or mrel or g["part"] or _strict_month_ok(m, g)):
        return None
    if strict and y is None and (g["d3"] or g["d1"] and not m.string[m.end("d2" if g["d2"] else "d1"):m.start("mon")].isspace()
                                 and not g["shahr"]):
        return None   # 5-صفر، صفر-1: a score, not a day of Safar (a day joined to such a month by a mark)
    if d is not None and not 1 <= d <= 31 or d2 is not None and not (d is not None and d < d2 <= 31):
        return None
    if d is None and y is None and not (yrel or ybare or mrel or g["part"] or g["shahr"] or g["wd"]) \
            and m.start() > 0 and m.string[m.start() - 1] in _QUOTES and _CLOSING_QUOTE.match(m.string, m.end()):
        # مجلة «أكتوبر»، برنامج "يوليو"، منظمة "أيلول الأسود": a month's name opening a quoted name
        # of a word or two is a title
        return None
    part = PARTS.get(g["part"]) if g["part"] else None
    wd = None
    if g["wd"]:
        wm = WEEKDAY_RE.search(g["wd"])
        wd = WEEKDAYS.get(wm.group(0)) if wm else None
    role = ROLE_IN.get(WS_SUB(" ", g["role"].strip())) if g["role"] else None
    spec = dict(cal=cal, month=month, day=d, day2=d2, year=y, yrel=yrel, ybare=ybare, mrel=mrel, part=part,
                wd=wd)
    if d is not None and y is None and not (yrel or ybare or mrel) and cal == "gregorian":
        noun = _NOUN_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
        if noun is not None:
            named = _named_year(noun.group(1), month, d)
            if named is not None:   # ثورة 25 يناير، هجمات 11 سبتمبر: the event's day, in its year
                spec["named_year"] = named
    if d is None and y is None and not (yrel or ybare or mrel) and cal == "gregorian" \
            and _DELIVERY_BEFORE.search(m.string, max(0, m.start("mon") - 24), m.start("mon")):
        spec["ahead"] = True
    if month2 is not None and d is None and part is None:
        spec2 = dict(spec, month=month2)
        return Candidate(m.start("mon") if not (g["role"] or g["shahr"]) else m.start(), m.end(), "daterange",
                         how="two_months", args=(spec, spec2), kind="period", spec={})
    # "اليوم الثلاثاء 14 مارس 2017" and "أمس الأحد" keep the weekday: the day is named
    typ = "daterange" if d2 else "date"
    start = m.start("role") if g["role"] else m.start()
    if not (g["role"] or g["wd"] or g["part"] or g["dual"] or g["d1"] or g["d0"] or g["first"] or g["shahr"]):
        start = m.start("mon")
    return Candidate(start, m.end(), typ, how="calendar", args=(spec,), role=role,
                     kind="period" if d is None else "day", spec=spec)

_PRAYER_BEFORE = re.compile(r"(?:صلاه|خطبه|خطبتي|صلوات|مسجد|جامع|سوق|يوم\s+من\s+ايام)\s+$")
# الاثنين is also "the two": with معا/كليهما after it, or governed by بـ (أفتخر بالاثنين), it counts
_THE_TWO_AFTER = re.compile(r"\s*(?:معا|كليهما|كلاهما|كلتيهما)(?!\w)")
# (a day is not what على or بين govern: الاعتداء على الاثنين، الخلاف بين الاثنين)
_THE_TWO_BEFORE = re.compile(r"(?<!\w)(?:علي|بين)\s+$")


@_rule("weekday", rf"{WORD_START}(?P<pre>(?:يوم|يومي|امس|غدا|اليوم)\s+)?(?P<wd>{WEEKDAY}){WORD_END}"
                  rf"(?:\s+(?P<rel>(?:المقبل|القادم|الماضي|المنصرم|الفائت|السابق)(?:ه)?){WORD_END}"
                  rf"|\s+(?P<nth>الاول|الثاني|الثالث|الرابع|الخامس){WORD_END}(?!\s+(?:من|عشر))"
                  rf"|\s+و\s*(?P<wd2>{WEEKDAY})(?:\s+(?P<rel2>المقبلين|القادمين|الماضيين)|{WORD_END}))?")
def _weekday(m: re.Match) -> Candidate | None:
    g = m.groupdict()
    wd = WEEKDAYS[g["wd"]]
    if _PRAYER_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return None  # صلاة الجمعة: the prayer, not a day
    pre = (g["pre"] or "").strip()
    rel = g["rel"] or g["rel2"]
    if wd == 0 and not pre and not g["wd2"] and (
            _THE_TWO_AFTER.match(m.string, m.end("wd"))
            or not rel and (m.string[m.start() - 1:m.start()] == "ب"
                            or _THE_TWO_BEFORE.search(m.string, max(0, m.start() - 6), m.start()))):
        return None
    rel = rel[:-1] if rel and rel.endswith("ه") else rel
    wd2 = WEEKDAYS[g["wd2"]] if g["wd2"] else None
    if pre == "يومي" and not g["wd2"]:
        return None
    if g["wd2"] and not (pre or rel):
        pre = "يوم"
    nth = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5}.get(g["nth"] or "")
    typ = "daterange" if wd2 is not None else "date"
    start = m.start("wd") if pre in ("يوم", "يومي") and not g["wd2"] or pre == "يوم" else m.start()
    return Candidate(start, m.end(), typ, how="weekday", args=(wd, wd2, pre, rel, nth), kind="day", prio=-1)


@_rule("week_weekday", rf"{WORD_START}(?:(?P<this>هذا)\s+)?(?:ال)?اسبوع\s+(?:(?P<rel>{RELATIVE_WORD})\s+)?(?:[,،]\s*)?(?:يوم\s+)?(?P<wd>{WEEKDAY}){WORD_END}")
def _week_weekday(m: re.Match) -> Candidate | None:
    # "الأسبوع المقبل يوم الجمعة": that weekday in the (Monday..Sunday) week named
    rel = WS_SUB(" ", m.group("rel")) if m.group("rel") else None
    if rel is None and not m.group("this"):
        return None
    k = 0 if rel is None else (-1 if rel in REL_PREV else REL[rel])
    wd = WEEKDAYS[m.group("wd")]
    return Candidate(m.start(), m.end(), "date", how="weekday_of_week", args=(k, wd), kind="day")


# a newspaper, a channel or a site named with اليوم (جريدة "المصري اليوم"، قناة روسيا اليوم)
_MEDIA_NAME_BEFORE = re.compile(rf"{WORD_START}(?:ال)?{alt(WORDS['media_head'])}\s+[\"“«]?(?:[^\s\d\"“«”»]+\s+){{0,2}}$")


_LIKE_THIS_BEFORE = re.compile(r"مثل\s+(?:هذا\s+)?$")
_RELATIVE_AFTER = re.compile(r"\s+(?:الذي|التي)(?!\w)")
_QUOTE_OPEN_BEFORE = re.compile(r"[\"“«][^\s\"“«”»]+\s+$")
_QUOTE_AFTER = re.compile(r'\s*["”»]')


@_rule("day_word", rf"{WORD_START}(?P<w>اليوم|هذا اليوم|امس(?:\s+الاول)?|الامس|البارحه|غدا|يوم\s+غد|بعد\s+غد|اول\s+امس)"
                   rf"(?!\s*(?:نفسه|ذاته|ال\s?\d|الواحد|العالمي|الوطني|الدولي|الاول|الثاني|الثالث|الرابع|الخامس|الاخير|التالي|السابق|الموالي|الختامي))(?!\w)")
def _day_word(m: re.Match) -> Candidate | None:
    w = WS_SUB(" ", m.group("w"))
    off = {"اليوم": 0, "هذا اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1, "امس الاول": -2, "اول امس": -2,
           "غدا": 1, "يوم غد": 1, "بعد غد": 2}[w]
    text = m.string
    if w.startswith("امس") and text[m.start() - 1:m.start()] == "ل":
        return None   # لامس: "touched", a verb, not ل + أمس
    if w == "الامس" and (text[m.start() - 1:m.start()] != "ب" or text.startswith(" القريب", m.end())):
        return None   # بالأمس is yesterday; الأمس alone is mostly a noun (عالم الأمس), بالأمس القريب "lately"
    before = text[max(0, m.start() - 40):m.start()]
    # "200 ألف متر مكعب في اليوم" is a rate, not today
    if w == "اليوم" and re.search(r"(?:في|كل|باليوم)\s*$", before) and re.search(r"\d", before):
        return Candidate(m.start(), m.end(), "set", value="P1D")
    if w == "اليوم" and re.search(r"(?:حتي|الي|لحد|لغايه)\s*$", before):
        return None
    if w == "اليوم" and _MEDIA_NAME_BEFORE.search(before):
        return None   # جريدة "المصري اليوم"، قناة روسيا اليوم: a name
    if w in ("اليوم", "هذا اليوم") and _RELATIVE_AFTER.match(text, m.end()):
        return None   # "أتذكر اليوم الذي وصلت فيه": the day that …, a noun, not today
    if w == "اليوم" and _QUOTE_OPEN_BEFORE.search(before) and _QUOTE_AFTER.match(text, m.end()):
        return None   # a quoted name of two words that ends in اليوم: "أخبار اليوم"، "روسيا اليوم"
    if w in ("هذا اليوم", "اليوم") and _LIKE_THIS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None   # (في مثل هذا اليوم: a date of every year; with its year it is this_day_of)
    s = m.start() + (len("هذا ") if w == "هذا اليوم" else 0)
    return Candidate(s, m.end(), "date", how="day_word", args=(off,), kind="day")


# "في مثل هذا اليوم من عام 1990"، "في مثل هذا اليوم قبل 40 عاما": the reference day's date in that
# year (an anniversary); bare "في مثل هذا اليوم" is that date in every year, no one day
@_rule("this_day_of", rf"(?<=مثل\s)هذا\s+اليوم\s+(?:من\s+(?:ال)?(?:عام|سنه)\s+(?P<y>{YEAR_DIGITS})|قبل\s+(?P<n>\d{{1,4}})\s+(?:عاما|عام|سنه|سنوات|اعوام)){WORD_END}")
def _this_day_of(m: re.Match) -> Candidate:
    y = int(m.group("y")) if m.group("y") else None
    return Candidate(m.start(), m.end(), "date", how="this_day_of", args=(y, int(m.group("n") or 0)), kind="day")


@_rule("day_of_rel_month", rf"{WORD_START}(?:ال\s?(?=\d))?(?P<d>[0-3]?\d|{DAY_IN_ORDINAL_WORDS})\s+(?:من\s+)?(?:(?P<this>هذا)\s+الشهر|(?:ال)?شهر\s+(?P<rel>{RELATIVE_WORD})|(?P<rel2>{RELATIVE_WORD})){WORD_END}")
def _day_of_rel_month(m: re.Match) -> Candidate | None:
    # "يوم 15 الجاري", "في العاشر من الشهر الماضي", "في الـ15 من الشهر الجاري": a day of the month
    # the reference date names
    d = int(m.group("d")) if m.group("d").isdigit() else day_of_ordinal(m.group("d"))
    if not d or not 1 <= d <= 31:
        return None
    rel = WS_SUB(" ", m.group("rel") or m.group("rel2") or "الجاري")
    if m.group("rel2") and (rel in REL_PREV or rel in REL_FOLLOWING):
        return None  # "15 السابق"، "الأشهر الـ 16 التالية"
    k = -1 if rel in REL_PREV else REL[rel]
    return Candidate(m.start(), m.end(), "date", how="day_of_rel_month", args=(k, d), kind="day")


@_rule("nth_week", rf"{WORD_START}(?:ال)?اسبوع\s+(?P<n>الاول|الثاني|الثالث|الرابع|الاخير){WORD_END}\s+(?:من\s+)?"
                   rf"(?:(?P<this>هذا)\s+الشهر|(?:ال)?شهر\s+(?P<rel>{RELATIVE_WORD}){WORD_END}|(?:شهر\s+)?(?P<mon>{MONTH_NAME_OR_PAIR})(?:{year_after('w')}|\s+(?P<mrel>{RELATIVE_WORD}){WORD_END})?)")
def _nth_week(m: re.Match) -> Candidate | None:
    # "الأسبوع الأول من الشهر الجاري": days 1..7 of that month ("الأخير": its last seven days)
    g = m.groupdict()
    n = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": -1}[g["n"]]
    spec = None
    if g["mon"]:
        mon = first_month(g["mon"])
        if mon is None or mon[1] != "gregorian":
            return None
        y, yrel, ybare = year_of(g, "w")
        mrel = WS_SUB(" ", g["mrel"]) if g["mrel"] else None
        spec = dict(cal="gregorian", month=mon[0], day=None, day2=None, year=y, yrel=yrel, ybare=ybare, mrel=mrel,
                    part=None, wd=None)
    rel = WS_SUB(" ", g["rel"]) if g["rel"] else None
    return Candidate(m.start(), m.end(), "date", how="nth_week", args=(spec, rel, n), kind="")


# "في ذلك اليوم"، "تلك الليلة": ذلك and تلك point back at a time the text has named (not "وذلك
# اليوم الأحد", "and that is today"); "هذا اليوم" may be today, as in a speech
@_rule("same_day", rf"(?:{WORD_START}(?:(?:ال|لل|ل)?يوم\s+(?:نفسه|ذاته)|(?:نفس|ذات)\s+اليوم)|(?<!\w)(?:ذلك\s+اليوم|تلك\s+الليله)){WORD_END}"
                   rf"(?:\s+(?:من|في)\s+(?:ال)?(?:عام|سنه)\s+(?P<y>{YEAR_DIGITS}))?")
def _same_day(m: re.Match) -> Candidate:
    # "في نفس اليوم من عام 1931": the day named before, in that year
    if m.group(0).startswith(("ذلك", "تلك")):
        return Candidate(m.start(), m.end(), "date", how="same_day", kind="", args=(None, True))
    return Candidate(m.start(), m.end(), "date", how="same_day", kind="",
                     args=(int(m.group("y")),) if m.group("y") else ())


# "اليوم الأول من القمة"، "اليوم الثاني للمؤتمر"، "في اليوم الثاني": the n-th day of the event the
# text dates (resolve.py counts from the day its sentence names); not a day of a month, not "the
# second day running" (لليوم الثاني على التوالي)
@_rule("event_day", rf"{WORD_START}(?:ال|لل)?يوم\s+(?P<n>{DAY_IN_ORDINAL_WORDS}){WORD_END}"
                    rf"(?:\s+(?:من|ل|في)\s*(?:ال)?{alt(WORDS['event_noun'])}{WORD_END})?"
                    rf"(?!\s+(?:من|ل|في)\s*(?:ال)?(?:شهر|{MONTH_NAME}|عام|سنه|اسبوع))(?!\s+علي\s+التوالي)")
def _event_day(m: re.Match) -> Candidate | None:
    n = day_of_ordinal(m.group("n"))   # (اليوم الرابع عشر: 14; اليوم الأخير: no count)
    if n is None:
        return None
    return Candidate(m.start(), m.end(), "date", how="event_day", args=(n,), kind="")


@_rule("nth_day", rf"{WORD_START}(?:ل|لل)?(?:ال)?يوم\s+ال\s?(?P<n>\d{{1,3}}){WORD_END}")
def _nth_day(m: re.Match) -> Candidate:
    # "لليوم الـ 43 على التوالي": how long something has lasted
    return Candidate(m.start(), m.end(), "duration", value=f"P{int(m.group('n'))}D")


# "ثاني أيام عيد الفطر"، "أول أيام شهر رمضان": the n-th day from the holiday's first day
_HOLIDAYS = {WS_SUB(" ", k): tuple(map(int, v.split())) for k, v in WORDS["holiday"].items()}
_ORDINAL_BARE = {w[2:]: v for w, v in ORD.items() if w.startswith("ال") and 1 <= v <= 10}


@_rule("holiday_day", rf"{WORD_START}(?P<n>{alt(_ORDINAL_BARE)})\s+ايام\s+(?P<h>{alt(_HOLIDAYS)})(?:\s+(?:المبارك|المبارك|الكريم|السعيد)){{0,1}}{WORD_END}")
def _holiday_day(m: re.Match) -> Candidate:
    month, day = _HOLIDAYS[WS_SUB(" ", m.group("h"))]
    return Candidate(m.start(), m.end(), "date", how="holiday_day", args=(month, day, _ORDINAL_BARE[m.group("n")]),
                     kind="day")


# ----------------------------------------------------------------- relative weeks, months, years

@_rule("rel_unit", rf"{WORD_START}(?P<role>{BOUND_WORD}\s+)?(?:(?P<part>{PART_WORD})\s+)?"
                   rf"(?:(?P<this>هذا|هذه)\s+(?:ال)?(?P<u1>اسبوع|شهر|عام|سنه)"
                   rf"|(?:ل|لل|ب)?(?:ال)?(?P<u2>اسبوع|شهر|الشهري|عام|سنه|ربع)\s+(?P<rel>{RELATIVE_WORD})"
                   rf"|(?<=\s)(?P<u3>الشهر)(?!\s+(?:من|الماضي|نفسه|ذاته)))"
                   rf"(?!\s*{YEAR_DIGITS}){WORD_END}")
def _rel_unit(m: re.Match) -> Candidate | None:
    g = m.groupdict()
    unit = g["u1"] or g["u2"] or g["u3"]
    if g["u3"] and not g["part"]:
        return None  # "نهاية الشهر": the reference month; "الشهر" alone is not a date
    if g["u2"] == "عام" and not (g["part"] or g["role"]) and m.string.startswith("العام", m.start()) \
            and _DEFINITE_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # الأمين العام الحالي، النائب العام الجديد: "general", an adjective, not the year
    unit = "شهر" if unit in ("الشهري", "الشهر") else unit
    rel = WS_SUB(" ", g["rel"]) if g["rel"] else None
    if unit == "ربع" and (g["part"] or rel not in REL_PREV and rel not in REL_FOLLOWING):
        return None  # (الربع الماضي، الربع المقبل: which quarter the writer counts from is not sure)
    if (rel in REL_PREV or rel in REL_FOLLOWING) and _OF_AN_EVENT_AFTER.match(m.string, m.end()):
        return None  # "الأسبوع السابق للزيارة"، "الشهر التالي للانتخابات": counted from an event, no date
    part = PARTS.get(g["part"]) if g["part"] else None
    role = ROLE_IN.get(WS_SUB(" ", g["role"].strip())) if g["role"] else None
    kind = "year" if unit in ("عام", "سنه") and not part else ("period" if unit == "شهر" or part else "")
    if rel in REL_PREV:
        kind = "cmp"  # "العام السابق" looks back from the year in focus; it does not move the focus
    return Candidate(m.start(), m.end(), "date", how="rel_unit", args=(unit, rel, part), role=role, kind=kind)


# لـ + a noun after السابق / التالي: the unit is counted from that event (not له، لها: from a date named)
_OF_AN_EVENT_AFTER = re.compile(r"\s+(?:ل|لل|لـ\s*)(?!(?:ه|ها|هم|هما)(?!\w))\w{2,}")


# a noun that takes العام as an adjective (الأمين العام الحالي، النائب العام السابق): date_words.tsv
_DEFINITE_BEFORE = re.compile(rf"(?<!\w)(?:ال|لل|بال|وال)?{alt(WORDS.get('general_of', {}) or {'سسس': ''})}\s+$")


@_rule("same_year", rf"(?:{WORD_START}(?:(?:ل|لل|ب)?(?:ال)?(?:عام|سنه)\s+(?:نفسه|نفسها|ذاته|ذاتها)|(?:نفس|ذات)\s+(?:ال)?(?:عام|سنه))"
                    rf"|(?<!\w)(?:ذلك\s+العام|تلك\s+السنه)(?!\s+{RELATIVE_WORD})){WORD_END}")
def _same_year(m: re.Match) -> Candidate:
    return Candidate(m.start(), m.end(), "date", how="year_in_focus", kind="year")


# "مقارنة بالعام الذي سبقه": the year before the year in focus, as العام السابق
@_rule("year_before_it", rf"{WORD_START}(?:ال|ل)?(?P<u>عام|سنه|شهر)\s+(?:الذي|التي)\s+(?:سبقه|سبقها|سبقته|سبقتها|قبله|قبلها){WORD_END}")
def _year_before_it(m: re.Match) -> Candidate:
    unit = "شهر" if m.group("u") == "شهر" else "عام"
    return Candidate(m.start(), m.end(), "date", how="one_before", args=(unit,), kind="cmp")


@_rule("bare_year_word", rf"(?:(?<=طيله\s)|(?<=طوال\s)|(?<=خلال\s)|(?<=مدار\s)|(?<=مدي\s))(?P<w>(?:ال)?(?:عام|سنه))(?!\w)(?!\s*(?:\d|المالي|{RELATIVE_WORD}|نفس|ذات|التي|الذي|الاول|الثاني|الي|ال\w+ي{WORD_END}))")
def _bare_year(m: re.Match) -> Candidate:
    # "خلال العام" in a report on 2017 means 2017: the last year named, else the reference year;
    # "على مدار العام" is all year round, a recurrence
    if not m.group("w").startswith("ال") and not _DEFINITE_NOUN_AFTER.match(m.string, m.end()):
        # خلال عام: within a year (خلال سنة التقرير, a year a noun after it defines, is that year)
        return Candidate(m.start(), m.end(), "duration", value="P1Y")
    if _ALL_YEAR_ROUND.search(m.string, max(0, m.start() - 10), m.start()):
        return Candidate(m.start(), m.end(), "set", value="P1Y")
    return Candidate(m.start(), m.end(), "date", how="year_in_focus", kind="")


_ALL_YEAR_ROUND = re.compile(r"(?<!\w)علي\s+مدار\s+$")
_DEFINITE_NOUN_AFTER = re.compile(r"\s+ال\w")


@_rule("part_year", rf"{WORD_START}(?P<role>{BOUND_WORD}\s+)?(?P<part>{PART_WORD})\s+(?:(?:ال)?(?:عام|سنه)(?:\s+(?:ال)?مالي(?:ه)?)?"
                    rf"(?:\s+{RELATIVE_WORD}(?=\s*{YEAR_DIGITS}))?{WORD_END}\s*(?P<y>{YEAR_DIGITS})?|(?P<y2>{YEAR_DIGITS}))"
                    rf"(?:\s*/\s*(?P<yb>(?:1\d{{3}}|20\d\d)(?!\d)))?{ERA_MARK}"
                    rf"(?!\s*{RELATIVE_WORD}{WORD_END})")
def _part_year(m: re.Match) -> Candidate:
    g = m.groupdict()
    part = PARTS[g["part"]]
    y = int(g["y"] or g["y2"]) if (g["y"] or g["y2"]) else None
    role = ROLE_IN.get(WS_SUB(" ", g["role"].strip())) if g["role"] else None

    if y is not None and g["yb"] and int(g["yb"]) == y + 1:   # نهاية السنة المالية 1435/1436هـ
        at = m.start("y") if g["y"] else m.start("y2")
        split = _split_year(m.string, y, at, m.end("yb"), "kw", bool(_HIJRI_MARK_AFTER.match(m.string, m.end("yb"))))
        if split is not None:
            a, b, _ = split
            a, b = part_of_months(a.year, a.month, 12, part)
            return Candidate(m.start(), m.end(), "date", how="stated", args=(a, b, "month"), role=role, kind="year")
    # بنهاية العام، بحلول نهاية العام: a deadline is the reference year's, not the year in focus
    deadline = role is not None or m.string[m.start() - 1:m.start()] == "ب"
    # (the space the pattern reads while looking for a year is not the date's: نهاية السنة at a line's end)
    end = m.end() if y is not None else m.start() + len(m.group(0).rstrip())
    return Candidate(m.start(), end, "date", how="part_of_year", args=(y, part, deadline), role=role,
                     kind="year" if y else "")


# "العام المالي الجديد"، "السنة المالية المقبلة": the fiscal year of the country the text speaks of
@_rule("fiscal_rel", rf"{WORD_START}(?P<role>{BOUND_WORD}\s+)?(?:(?P<part>{PART_WORD})\s+)?(?:ال|ل)?(?:عام|سنه)\s+(?:ال)?(?:مالي|ماليه)\s+(?P<rel>{RELATIVE_WORD}|الجديد|الجديده){WORD_END}"
                     rf"(?!\s*{YEAR_DIGITS})")
def _fiscal_rel(m: re.Match) -> Candidate:
    rel = WS_SUB(" ", m.group("rel"))
    k = None if rel.startswith("الجديد") else (-1 if rel in REL_PREV else REL[rel])
    month = fiscal_start(m.string, m.start()) or 1
    part = PARTS[m.group("part")] if m.group("part") else None   # بنهاية العام المالي الجاري: its last month
    role = ROLE_IN.get(WS_SUB(" ", m.group("role").strip())) if m.group("role") else None
    typ = "date" if month == 1 or part else "daterange"
    return Candidate(m.start(), m.end(), typ, how="fiscal_year", args=(month, k, part), role=role,
                     kind="year" if month == 1 and k is not None and k >= 0 and not part else "")


# "في وقت سابق من هذا الشهر": from the 1st to the day before the reference date
@_rule("earlier_this", rf"{WORD_START}(?P<w>في\s+وقت\s+(?P<dir>سابق|لاحق|مبكر)\s+(?:(?:من\s+)?(?:هذا|هذه)\s+(?:ال)?(?P<u1>شهر|عام|سنه|اسبوع)"
                       rf"|من\s+(?:ال)?(?P<u2>شهر|عام|سنه|اسبوع)\s+(?:الجاري|الحالي|الجاريه|الحاليه)))")
# ("في وقت سابق هذا العام": the wire's من-less form is the same phrase)
def _earlier(m: re.Match) -> Candidate:
    unit = m.group("u1") or m.group("u2")
    later = m.group("dir") == "لاحق"
    return Candidate(m.start(), m.end(), "date", how="earlier_or_later_this", args=(unit, later))


# ----------------------------------------------------------------- years

_LAST_WORD = re.compile(r"\S+\s*$")


@_rule("year", rf"{WORD_START}(?P<role>{BOUND_WORD}\s+)?(?P<btw>(?:بين|من)\s+)?(?P<kw>{YEAR_NOUN}(?:\s+(?:ال)?مالي(?:ه)?)?(?:\s+(?P<rel>{RELATIVE_WORD}))?\s*)?"
               rf"(?P<y>{YEAR_DIGITS})(?:\s*(?P<sep>-|/|الي|حتي|و)\s*(?:(?P<p2>{PART_WORD})\s+)?(?:{YEAR_NOUN}\s*)?(?P<y2>(?:1\d{{3}}|20\d\d|21\d\d)(?![\d%]|[.,]\d)))?{ERA_MARK}")
def _year_rule(m: re.Match) -> Candidate | None:
    g = m.groupdict()
    y = int(g["y"])
    y2 = int(g["y2"]) if g["y2"] else None
    btw = (g["btw"] or "").strip()
    text = m.string
    kw = (g["kw"] or "").strip()
    sep = g["sep"]
    # بين 2004 ونهاية 2017، من 2010 حتى منتصف 2015: the range ends in that part of its last year
    end_part = PARTS[g["p2"]] if g["p2"] else None
    if end_part is not None and sep in ("-", "/"):
        y2 = None
    if y2 is not None:
        # "(2007 حتى 2016)": two years a parenthesis holds are a range even without من
        glossed = sep in ("الي", "حتي") and _IN_PARENTHESES_BEFORE.search(text, max(0, m.start("y") - 3), m.start("y")) \
            and _IN_PARENTHESES_AFTER.match(text, m.end("y2"))
        if (sep == "و" and btw != "بين" or sep in ("الي", "حتي") and btw != "من") and not glossed:
            y2 = None
        elif btw == "بين" and sep != "و" or btw == "من" and sep not in ("الي", "حتي", "-"):
            y2 = None
        elif btw == "من" and MOVED_FROM_TO.search(text[max(0, m.start() - 60):m.start()]):
            # two dates, each on its own
            s1 = m.start("kw") if kw else m.start("y")
            # the word before the second year (searched from the match's start: a search of
            # the whole text before it tries every offset of the article)
            k2 = _LAST_WORD.search(text, m.start(), m.start("y2"))
            s2 = k2.start() if k2 and YEAR_NOUN_RE.match(k2.group(0)) else m.start("y2")
            return [Candidate(s1, m.end("y"), "date", how="stated", args=(*year_span(y), "year"), kind="year"),
                    Candidate(s2, m.end("y2"), "date", how="stated", args=(*year_span(y2), "year"), kind="year")]
        elif sep in ("-", "/") and y2 < y and abs(y - y2) == 1:
            y, y2 = y2, y
        if y2 is not None and not (y < y2 <= y + 100):
            y2 = None
    end = m.end("y2") if y2 is not None else m.end("y")
    if y2 is None:
        tail = ERA_MARK_RE.match(text, m.end("y"))   # (at an offset: no copy of the rest of the text)
        end = tail.end() if tail else m.end("y")
    hijri = bool(_HIJRI_MARK_AFTER.match(text, m.end("y2") if y2 else m.end("y")))
    role = ROLE_IN.get(WS_SUB(" ", g["role"].strip())) if g["role"] else None
    if y2 == y + 1 and sep in ("-", "/"):
        split = _split_year(text, y, m.start("y"), m.end("y2"), kw, hijri)
        if split is not None:
            a, b, mark_end = split
            s0 = m.start() if g["role"] else (m.start("kw") if kw else m.start("y"))
            typ = "date" if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year else "daterange"
            return Candidate(s0, max(end, mark_end), typ, how="stated", args=(a, b, "year"), role=role,
                             kind="year" if typ == "date" else "")
    if hijri and y2 is None or y2 is None and kw and _HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1] and _writes_hijri(text):
        # "1436هـ"; "عام 1436" in a text that dates in Hijri years elsewhere
        a, b = hijri_to_gregorian(y, 1, 1), hijri_to_gregorian(y, 12, None)
        s0 = m.start() if g["role"] else (m.start("kw") if kw else m.start("y"))
        if not a or not b:   # outside the Hijri years the converter knows (1343..1500): a date it cannot place
            return Candidate(s0, end, "date", role=role) if hijri else None
        return Candidate(s0, end, "date", how="stated", args=(a[0], b[1], "year"), role=role)
    if not kw and not g["role"]:
        if y2 is not None:
            # (a fiscal year after a plan's name, خطة 2015/2016, returned above: a period, not a name)
            if not (_bare_year_ok(text, m.start("y"), m.end("y"), y, after=False)
                    and _bare_year_ok(text, m.start("y2"), m.end("y2"), y2, before=False)):
                return None
        elif not _bare_year_ok(text, m.start("y"), m.end("y"), y):
            return None
    if (y2 is None and not kw and (btw == "بين" or _BETWEEN_BEFORE.search(text, max(0, m.start() - 6), m.start()))
            and _COUNTED_AFTER.match(text, end)):
        return None   # بين 2074 قائمة: a number of things, not a year (بين 2004 ونهاية 2017 is one)
    if btw and y2 is None:
        btw = ""
    start = m.start()
    if not g["role"]:
        start = m.start("btw") if btw else (m.start("kw") if kw else m.start("y"))
    if not g["y2"] and y % 10 == 0 and kw in ("سنوات", "السنوات") and not hijri:
        # "في سنوات 2000"، "سنوات 1980": the years of that decade (the plural before one year)
        return Candidate(start, end, "date", how="stated", args=(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade"),
                         role=role, kind="")
    if y2 is not None:
        last = part_of_year(y2, end_part)[1] if end_part else year_span(y2)[1]
        return Candidate(start, end, "daterange", how="stated", args=(year_span(y)[0], last, "year"),
                         role=role, kind="")
    return Candidate(start, end, "date", how="stated", args=(*year_span(y), "year"), role=role, kind="year")


YEAR_NOUN_RE = re.compile(YEAR_NOUN)
# a noun with no article and no و after a number: what the number counts
_BETWEEN_BEFORE = re.compile(r"(?<!\w)بين\s+$")
_COUNTED_AFTER = re.compile(r"\s+(?!و|ال|م\b|ه\b)[\u0621-\u064a]{2,}(?!\w)")
ERA_MARK_RE = re.compile(ERA_MARK)
_HIJRI_MARK_AFTER = re.compile(r"\s*(?:ه|هجري|هجريه)(?!\w)")
_HIJRI_MARK = re.compile(r"\d\s*(?:ه|هجري|هجريه)(?!\w)")
_HIJRI_YEARS = (1343, 1500)   # the years the Hijri converter knows
_IN_PARENTHESES_BEFORE = re.compile(r"\(\s*$")
_IN_PARENTHESES_AFTER = re.compile(r"\s*\)")
# a Gregorian gloss after a Hijri year: "1435/1436هـ (2014م)"
_GREGORIAN_GLOSS = re.compile(rf"\s*[(،,-]\s*(?P<g>{YEAR_DIGITS})(?:\s*(?:م|ميلادي|ميلاديه)(?!\w))?\s*\)?")


@lru_cache(maxsize=32)
def _writes_hijri(text: str) -> bool:
    """The text writes a Hijri date somewhere (a number with هـ after it)."""
    return _HIJRI_MARK.search(text) is not None


def _split_year(text: str, y: int, at: int, end: int, kw: str, hijri: bool) -> tuple[dt.date, dt.date, int] | None:
    """Two consecutive years written as one (1435/1436هـ، العام المالي 2015/2016; the first at
    ``at``, the second ending at ``end``): its first and last day and where its Hijri mark ends;
    None when they are two calendar years."""
    if _HIJRI_YEARS[0] <= y < _HIJRI_YEARS[1]:
        if not (hijri or kw):
            return None
        g = hijri_pair_year(y)
        mark = _HIJRI_MARK_AFTER.match(text, end)
        mark_end = mark.end() if mark else end
        gloss = _GREGORIAN_GLOSS.match(text, mark_end)
        if gloss and g is not None and abs(int(gloss.group("g")) - g) <= 1:
            g = int(gloss.group("g"))   # the text's own Gregorian year is kept
        return (*year_span(g), mark_end) if g is not None else None
    if not 1900 <= y <= 2100:
        return None
    month = split_year_start(text, at, text[max(0, at - 30):at])
    if month is None:
        return None
    end_y, end_m = add_months(y + 1, month, -1)
    return dt.date(y, month, 1), month_end(end_y, end_m), end


# "نقل الإحصاء سنة الأساس من 2010 إلى 2016", "تأجيل الانتخابات من مارس إلى مايو": a move, not a period
MOVED_FROM_TO = re.compile(r"(?<!\w)(?:\S*(?:تعديل|تغيير|غير|غيرت|يغير|نقل|تحويل|تاجيل|اجل|اجلت|تقديم|قدم|رفع|خفض)\S*)\s+(?:\S+\s+){0,6}$")

# A year that closes a name is part of it (رؤية 2030، برنامج التوازن المالي 2022، جائزة عاصمة
# السياحة العربية 2017، القانون رقم 5 لسنة 2019 …): the heads of such names are in date_words.tsv
# (year_name: how many words may stand between the head and the year). The words between are
# no year noun and no preposition: "خطة الحكومة لعام 2025" is the plan for the year 2025.
_NAME_GAP = r"(?:\s+(?!(?:عام|سنه|العام|السنه|لعام|لسنه|للعام|للسنه|في|حتي|الي|خلال|منذ)(?!\w))[^\s\d]+)"


def _name_heads() -> str:
    by_gap: dict[int, list[str]] = {}
    for head, gap in WORDS["year_name"].items():
        by_gap.setdefault(int(gap), []).append(head)
    return "|".join(rf"(?:ال)?{alt(heads)}{_NAME_GAP}{{0,{gap}}}" for gap, heads in sorted(by_gap.items()))


_NAME_BEFORE = re.compile(rf"{WORD_START}(?:{_name_heads()})\s*(?:رقم\s*)?[:(]?\s*$")
_AMOUNT_AFTER = re.compile(
    r"^\s*(?:[%$€£]|الف|الاف|مليون|ملايين|مليار|مليارات|ترليون|تريليون|بالمئه|بالمائه|في\s+المئه|في\s+المائه|"
    r"دولار|دينار|ريال|درهم|جنيه|يورو|ليره|روبل|يوان|طن|اطنان|برميل|كيلو|كلم|كم|متر|ميغاواط|ميجاواط|"
    r"شخص|اشخاص|نسمه|مواطن|طالب|سائح|زائر|عامل|موظف|حاله|مشروع|شركه|قتيل|جريح|نقطه|وحده|سياره|صوت|مقعد|"
    r"هكتار|سهم|ساعه|يوم|دقيقه|عام|سنه|سنوات|شهر|اشهر|مرة|مره)ا?(?!\w)")
_QUAL_BEFORE = re.compile(r"(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|يقارب|يناهز|يفوق|بلغ|بلغت|الي|ب"
                          r"|(?<!\w)عدد(?:هم|هن|ها|ه)?)\s*$")   # عددهم 2002: a count


_NUM_BEFORE = re.compile(r"[\d+]\s*[-/.:]?\s*$")
_NUM_AFTER = re.compile(r"\s*[-/:]\s*\d")
_NEXT_AMOUNT = re.compile(r"\s*(?:و|-|الي|او|حتي)\s*\d[\d.,]*")
_TO_BEFORE = re.compile(r"(?:الي|ب)\s*$")
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

_QUARTER_WORD = r"(?P<q>(?:ال)?(?:ربع|ثلاثي|ثلاثيه|فصل|نصف|سداسي|سداسيه))"


@_rule("quarter", rf"{WORD_START}(?:(?P<part>{PART_WORD})\s+)?(?:ل|لل|ب|خلال\s+)?{_QUARTER_WORD}\s+(?P<n>الاول|الثاني|الثالث|الرابع|الاخير|الاولي|الثانيه|الثالثه|الرابعه|الاخيره){WORD_END}"
                  rf"(?:{year_after('q', True)})?")
def _quarter(m: re.Match) -> Candidate | None:
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
    y, yrel, ybare = year_of(g, "q")
    if not (y or yrel or ybare) and not g["q"].startswith("ال"):
        return None
    part = PARTS[g["part"]] if g["part"] else None
    y, first_month = _year_start(m, g, "q", y)
    return Candidate(m.start("part") if part else m.start("q"), m.end(), "date", how="quarter",
                     args=(y, yrel, n, count, part, first_month), kind="period")


def _year_start(m: re.Match, g: dict, tag: str, y: int | None) -> tuple[int | None, int]:
    """The year and first month a period's year after it starts in: a fiscal or school year
    written as two (النصف الأول من العام المالي 2017/2018 in Egypt: July 2017 on) starts in the
    month of its country; two years that are no split year are the first of them."""
    yb = g.get(tag + "b")
    if y is None or not yb or int(yb) != y + 1:
        return y, 1
    at = m.start(tag + "y")
    kw = g.get(tag + "k") or ""
    split = _split_year(m.string, y, at, m.end(tag + "b"), kw,
                        bool(_HIJRI_MARK_AFTER.match(m.string, m.end(tag + "b"))))
    if split is not None:
        return split[0].year, split[0].month
    # a half or a quarter of two years is of one year written as two, a fiscal one even with no
    # word for it (النصف الأول من العام 2017/2018 in Egypt)
    return y, fiscal_start(m.string, at) or 1 if 1900 <= y <= 2100 else 1


FIRST_N_MONTHS = (rf"{WORD_START}(?:(?:ال)?(?:اشهر|شهور)\s+(?:ال\s?)?(?P<n1>\d{{1,2}}|{CARDINAL_WORD})|(?:ال)?(?P<n2>\d{{1,2}}|{CARDINAL_WORD})\s+(?:ال)?(?:اشهر|شهور)"
           rf"|(?P<dual>(?:ال)?(?:شهرين|شهران))|اول\s+(?P<n3>\d{{1,2}}|{CARDINAL_WORD})\s+(?:اشهر|شهور)"
           rf"|اخر\s+(?:(?P<n4>\d{{1,2}}|{CARDINAL_WORD})\s+(?:اشهر|شهور)|(?P<dual4>شهرين)))"
           rf"(?:\s+(?P<fl>(?:ال)?(?:اولي|اوليين|اولين|اوليان|اخيره|اخيرين|اخيرتين)){WORD_END})?(?:{year_after('f', True)})?")


@_rule("first_n_months", FIRST_N_MONTHS)
def _first_n(m: re.Match) -> Candidate | None:
    g = m.groupdict()
    if g["n3"]:
        first = True
    elif g["n4"] or g["dual4"]:
        # "آخر ثلاثة أشهر من العام": the last months of the year named; with no year, the months
        # before the reference date (the last_n rule)
        if not (g["fy"] or g["fw"] or g["fr2"] or g["fk2"] or g["ft"]):
            return None
        first = False
    elif g["fl"]:
        first = "اول" in g["fl"]
    else:
        return None
    n = 2 if g["dual"] or g["dual4"] else number_of(g["n1"] or g["n2"] or g["n3"] or g["n4"])
    if not n or not 1 <= n <= 12:
        return None
    y, yrel, ybare = year_of(g, "f")
    y, first_month = _year_start(m, g, "f", y)
    return Candidate(m.start(), m.end(), "daterange", how="first_or_last_months", args=(y, yrel, n, first, first_month),
                     kind="period")


# "السنوات الثلاث الماضية": the reference date minus three years to the reference date; after
# ten the counted noun is singular ("الثلاثين سنة الماضية"، "الثلاثين يوما المقبلة").
# "السنوات العشر" with no such word points back at ten years the text named (2007 - 2016).
_LAST_N_UNITS = (rf"{WORD_START}(?P<pre>(?:خلال|في|طيله|طوال)\s+)?(?P<akhir>اخر\s+)?(?P<body>(?P<al>ال)?(?P<u>سنوات|اعوام|سنين|اشهر|شهور|ايام|اسابيع)\s+(?:ال\s?)?(?P<n>\d{{1,2}}|{CARDINAL_WORD})"
          rf"|(?:ال)?(?P<n2>\d{{1,2}}|{CARDINAL_WORD})\s+(?:ال)?(?P<u2>سنوات|اعوام|سنين|اشهر|شهور|ايام|اسابيع|سنه|عاما|شهرا|يوما|اسبوعا)"
          rf"|(?:ال)?(?P<u3>عامين|عاميين|سنتين|شهرين|يومين|اسبوعين))(?:\s+(?P<r>(?:ال)?(?:ماضيه|اخيره|منصرمه|فائته|مقبله|قادمه|ماضيين|اخيرين|مقبلين|"
          rf"قادمين|منصرمين|سابقين|فائتين|ماضي|اخير|منصرم|مقبل|قادم|تاليه|لاحقه|تاليين|لاحقين|تالي|لاحق)){WORD_END}|(?=\s+(?!{RELATIVE_WORD}|الاولي|الاول|الاخيره|القليله)\S)"
          rf"|(?(akhir)(?!\w)|(?!)))")


_FROM_OR_BEFORE_AFTER = re.compile(r"\s+(?:من|قبل|بعد|علي|ل)(?!\w)")


@_rule("last_n", _LAST_N_UNITS)
def _last_n(m: re.Match) -> Candidate | None:
    g = m.groupdict()
    unit = g["u"] or g["u2"] or g["u3"]
    n = 2 if g["u3"] else number_of(g["n"] or g["n2"])
    if not n:
        return None
    letter = UNITS[unit][0]
    if g["akhir"]:
        # "آخر 3 أشهر": the months before the reference date; "آخر ثلاثة أشهر من العام"، "آخر يومين
        # قبل سفره" count back from what follows (first_n_months, or a length alone)
        if g["al"] or g["u"] or g["r"] or _FROM_OR_BEFORE_AFTER.match(m.string, m.end()):
            return None
        return Candidate(m.start("akhir"), m.end(), "daterange", how="last_n", args=(n, letter, False), prio=1)
    if g["r"] is None:   # السنوات العشر: only back to years the text named, never to the reference date
        if not (g["al"] and letter == "Y"):
            return None
        return Candidate(m.start("body"), m.end(), "daterange", how="named_years", args=(n,), prio=1)
    if "تالي" in g["r"] or "لاحق" in g["r"]:
        # "الأشهر الـ 8 التالية": the months after an event the text tells, not after the
        # reference date: a length, its start the event's
        value = f"P{n}{letter}" if letter in "YMWD" else f"PT{n}{letter}"
        return Candidate(m.start("body"), m.end(), "duration", value=value)
    future = any(w in g["r"] for w in ("مقبل", "قادم"))
    return Candidate(m.start("body"), m.end(), "daterange", how="last_n", args=(n, letter, future), prio=1)


# ----------------------------------------------------------------- anaphora: the same period

@_rule("same_period", rf"{WORD_START}(?:(?:نفس|ذات)\s+(?:ال)?(?P<u1>فتره|شهر|ربع|الثلاثي)|(?:ال)?(?P<u2>فتره|شهر|ربع|ثلاثي)\s+(?:نفسها|نفسه|ذاتها|ذاته|المماثله|المماثل|المقابله|المقابل))"
                      rf"(?:{year_after('s')})")
def _same_period(m: re.Match) -> Candidate | None:
    g = m.groupdict()
    y, yrel, ybare = year_of(g, "s")
    unit = g["u1"] or g["u2"]
    return Candidate(m.start(), m.end(), "date", how="same_period", args=(y, yrel, ybare, unit), kind="cmp")


# "نهايته", "بدايتها", "مطلعه": a part word with a pronoun (ة becomes ت before it)
PART_WITH_PRONOUN = {(w[:-1] + "ت" if w.endswith("ه") else w) + p: part for w, part in PARTS.items() for p in ("ه", "ها")}


@_rule("part_of_it", rf"{WORD_START}(?P<w>{alt(PART_WITH_PRONOUN)}){WORD_END}")
def _part_of_it(m: re.Match) -> Candidate | None:
    # "طوال عام 2015 … في نهايته": the end of the year (or month) named just before
    part = PART_WITH_PRONOUN[m.group("w")]
    if m.group("w") == "مطلعه" and m.start() > 0 and not m.string[m.start() - 1].isalpha() \
            and not _PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None   # "مصادر مطلعة": informed sources (the adjective); "في مطلعه" is its start
    return Candidate(m.start(), m.end(), "date", how="part_of_it", args=(part,), kind="")


_PREPOSITION_BEFORE = re.compile(r"(?<!\w)[وف]?(?:في|منذ|مع|حتي|قبل|بعد|خلال|عند|من|الي)\s+$")


@_rule("this_period", rf"{WORD_START}(?:هذه|تلك)\s+الفتره{WORD_END}(?!\s+(?:من|الي))")
def _this_period(m: re.Match) -> Candidate:
    return Candidate(m.start(), m.end(), "daterange", how="this_period", kind="")


# ----------------------------------------------------------------- seasons and decades

SEASONS = {"شتاء": (12, 2), "الشتاء": (12, 2), "ربيع": (3, 5), "الربيع": (3, 5), "صيف": (6, 8),
            "الصيف": (6, 8), "خريف": (9, 11), "الخريف": (9, 11)}


@_rule("season", rf"{WORD_START}(?:(?P<part>{PART_WORD})\s+)?(?:(?P<this>هذا|هذه)\s+(?:ال)?)?(?P<fasl>(?:فصل|موسم)\s+)?(?P<s>{alt(SEASONS)})(?:{year_after('z')}|\s+(?P<zrel>{RELATIVE_WORD}){WORD_END}|(?<=\w)(?P<zthis>){WORD_END})")
def _season(m: re.Match) -> Candidate | None:
    g = m.groupdict()
    a_m, b_m = SEASONS[g["s"]]
    y, yrel, ybare = year_of(g, "z")
    rel = g.get("zrel")
    named = g.get("this") or g.get("fasl") or g.get("part")   # (هذا الصيف، فصل الصيف، أواخر الصيف)
    if ybare or g.get("zthis") is not None and not named:
        return None
    if g.get("this"):
        rel = "الجاري"
    part = PARTS[g["part"]] if g["part"] else None
    return Candidate(m.start(), m.end(), "date", how="season", args=(a_m, b_m, y, yrel, rel, part))


_DECADES = {"الثلاثينات": 30, "الثلاثينيات": 30, "الاربعينات": 40, "الاربعينيات": 40, "الخمسينات": 50, "الخمسينيات": 50, "الستينات": 60, "الستينيات": 60, "السبعينات": 70, "السبعينيات": 70,
            "الثمانينات": 80, "الثمانينيات": 80, "التسعينات": 90, "التسعينيات": 90}


# (after a list of decades too: "في الأربعينيات أو الخمسينيات من عمرهم")
_OF_AGE_AFTER = re.compile(r"(?:\s+(?:او|و)\s*(?:ال)?\w+ين(?:ي)?ات)*\s+من\s+(?:ال)?عمر")


# the century after a decade: الماضي or العشرين (the 20th), الحالي or الحادي والعشرين (the 21st),
# an ordinal and عشر (التاسع عشر: the 19th; الرابع عشر: the 14th)
_ORD_ONE_TO_NINE = alt(w for w, v in ORD.items() if 1 <= v <= 9)


@_rule("decade", rf"{WORD_START}(?:(?:عقد|حقبه)\s+)?(?P<d>(?:ال)?{alt(w[2:] for w in _DECADES)})"
                 rf"(?:\s+(?:من\s+)?القرن\s+(?:(?P<c20>الماضي|العشرين)|(?P<c21>الحالي|الحادي\s+والعشرين)"
                 rf"|(?P<cn>{_ORD_ONE_TO_NINE})\s+عشر))?{WORD_END}")
def _decade(m: re.Match) -> Candidate | None:
    d = m.group("d")
    d = d if d.startswith("ال") else "ال" + d
    if d != m.group("d") and "القرن" not in m.group(0):
        return None  # "ثمانينات" without the article or the century is rare and ambiguous
    if _OF_AGE_AFTER.match(m.string, m.end()):
        return None  # "في الستينيات من عمرها": an age, not a decade of the calendar
    century = 21 if m.group("c21") else 10 + ORD[m.group("cn")] if m.group("cn") else 20
    y = (century - 1) * 100 + _DECADES[d]
    return Candidate(m.start(), m.end(), "date", how="stated", args=(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade"))


# ----------------------------------------------------------------- numeric dates

# a year of four digits between 1900 and 2099, or a Hijri year (1343..1499, the years the converter
# knows), with the era mark written after the date or not: 2020/03/12، 12/03/2020م، 1436/10/25هـ
_NUMERIC_YEAR = r"(?:19|20)\d\d|14\d\d|134[3-9]|13[5-9]\d"
_ERA_AFTER = r"(?P<era>\s*(?:ه|هجري|هجريه|م|ميلادي|ميلاديه)(?!\w))?"


def _numeric_spec(y: int, mo: int, d: int | None, hijri: bool) -> dict:
    """A numeric date as the calendar rule's spec (for a gloss, a range of two dates)."""
    return dict(cal="hijri" if hijri else "gregorian", month=mo, day=d, day2=None, year=y, yrel=None, ybare=False,
                mrel=None, part=None, wd=None)


def _is_hijri(y: int, era: str | None) -> bool | None:
    """Whether a numeric date's year is Hijri; None when the year and its mark disagree."""
    hijri_year = not 1900 <= y <= 2099
    mark = (era or "").strip()
    if mark and (mark[0] == "ه") != hijri_year:
        return None   # 1436/10/25م، 2015/8/10هـ: no such date
    return hijri_year


@_rule("numeric", rf"(?<![\w.,/:-])(?P<role>{BOUND_WORD}\s+)?(?:(?P<y>{_NUMERIC_YEAR})(?P<s1>[/.\-])(?P<m>\d{{1,2}})(?P=s1)(?P<d>\d{{1,2}})"
                  rf"|(?P<d_>\d{{1,2}})(?P<s2>[/.\-])(?P<m_>\d{{1,2}})(?P=s2)(?P<y_>{_NUMERIC_YEAR}|\d\d)){_ERA_AFTER}(?![\w.,/-]|[.,]\d)")
def _numeric(m: re.Match) -> Candidate | None:
    g = m.groupdict()
    if g["y"]:
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
    else:
        d, mo, y = int(g["d_"]), int(g["m_"]), int(g["y_"])
        if len(g["y_"]) == 2:
            if g["s2"] == ".":
                return None
            y += 2000 if y < 50 else 1900
    hijri = _is_hijri(y, g["era"])
    if hijri is None:
        return None
    if hijri:
        got = hijri_to_gregorian(y, mo, d)
        if got is None:
            return None   # no such Hijri day (13/1436، 30 of a month of 29 days)
        day = got[0]
    else:
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            return None   # no such day (31/02/2024): numbers, not a date
    role = ROLE_IN.get(WS_SUB(" ", g["role"].strip())) if g["role"] else None
    return Candidate(m.start(), m.end(), "date", how="stated", args=(day, day, "day"), kind="day", role=role,
                     spec=_numeric_spec(y, mo, d, hijri))


# a month and its year: "3/2015"، "03/2015م"، "10/1436هـ" (not a law's or an issue's number: رقم 3/2015)
@_rule("numeric_month_year", rf"(?<![\w.,/:-])(?P<m>\d{{1,2}})(?P<s>[/\-])(?P<y>{_NUMERIC_YEAR}){_ERA_AFTER}(?![\w.,/-]|[.,]\d|\s*%)")
def _numeric_month_year(m: re.Match) -> Candidate | None:
    mo, y = int(m.group("m")), int(m.group("y"))
    if not 1 <= mo <= 12:
        return None
    text = m.string
    if _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _AMOUNT_AFTER.match(text[m.end():m.end() + 30]):
        return None
    hijri = _is_hijri(y, m.group("era"))
    if hijri is None:
        return None
    if hijri:
        got = hijri_to_gregorian(y, mo, None)
        if got is None:
            return None
        a, b = got
    else:
        a, b = dt.date(y, mo, 1), month_end(y, mo)
    return Candidate(m.start(), m.end(), "date", how="stated", args=(a, b, "month"), kind="period",
                     spec=_numeric_spec(y, mo, None, hijri))


# "08/12, 2015": month first, the US order that the comma before the year gives away
@_rule("numeric_us", r"(?<![\w.,/:-])(?P<m>\d{1,2})/(?P<d>\d{1,2}),\s*(?P<y>(?:19|20)\d\d|\d\d)(?![\w.,/-])")
def _numeric_us(m: re.Match) -> Candidate | None:
    y = int(m.group("y"))
    y += 2000 if y < 50 else (1900 if y < 100 else 0)
    try:
        day = dt.date(y, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return Candidate(m.start(), m.end(), "date", how="stated", args=(day, day, "day"), kind="day", prio=1)


# year-less "22/04", "4/22", "22-4": only when one part cannot be a month (no score, no fraction)
@_rule("numeric_dm", r"(?<![\w.,/:-])(?P<pre>(?:(?:في|يوم|بتاريخ|تاريخ)\s+))?(?P<a>\d{1,2})(?P<s>[/.\-])(?P<b>\d{1,2})(?![\w.,/-]|[.,]\d|\s*%)")
def _numeric_dm(m: re.Match) -> Candidate | None:
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
    return Candidate(m.start("a"), m.end(), "date", how="numeric_day_month", args=(mo, d), kind="day", prio=-1)


# ----------------------------------------------------------------- durations and "ago"

_DUR_AFTER = re.compile(rf"\s*(?:[\d(]|{MONTH_NAME}|من\s|واحد|كامل)")
_WHOLE_AFTER = re.compile(r"\s*كامل")
_MIN_AFTER = re.compile(r"\s*من\s")
_REL_AFTER = re.compile(r"\s*(?:من\s+)?(?:الزمن|الان)?\s*(?:الماضي|الماضيه|المقبل|المقبله|القادم|القادمه|الاخير|الاخيره)")
_FROM_AFTER = re.compile(r"\s*(?:من|علي)\s")
_APPROX_WORD = r"(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقارب|ما\s+يزيد\s+عن|ما\s+يزيد\s+علي|اكثر\s+من)"
_FRACTION_OF = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}


def iso_duration(letter: str, amount: float) -> str:
    """ISO 8601 for ``amount`` units (``letter``: Y, M, W, D, TH, TM), a fraction carried into the
    next smaller unit: 1.5 years is ``P1Y6M``, an hour and a half ``PT1H30M``."""
    whole = int(amount)
    parts = [(letter, whole)] if whole else []
    rest = amount - whole
    if rest and letter in _FRACTION_OF:
        small, k = _FRACTION_OF[letter]
        if float(rest * k).is_integer():
            parts.append((small, int(rest * k)))
        else:
            parts = [(letter, amount)]
    if letter == "W" and len(parts) > 1:   # weeks and days: days alone (P10D)
        parts = [("D", whole * 7 + parts[1][1])]
    if not parts:
        parts = [(letter, 0)]
    date = "".join(f"{v:g}{u}" for u, v in parts if not u.startswith("T"))
    time = "".join(f"{v:g}{u[1]}" for u, v in parts if u.startswith("T"))
    return "P" + date + ("T" + time if time else "")


# "بعد مضي عام"، "لمدة ثلاثة أشهر"، "أقل من شهر واحد"، "عام ونصف"، "كل 4 سنوات" (a recurrence)
_RANGE_LOW_BEFORE = re.compile(r"(?:(?<!\w)(?:(?:ما\s+)?بين|من)\s+)?(?<![\d.,])(?P<low>\d{1,3}(?:[.,]\d+)?)\s*(?:-|–|الي|و|حتي)\s*$")


@_rule("duration", rf"{WORD_START}(?P<pre>(?:منذ|خلال|لمده|مده|طيله|طوال|علي\s+مدي|علي\s+مدار|بعد(?:\s+(?:مضي|مرور))?|مضي|مرور|قبل|لفتره|فتره|(?P<every>كل))\s+)?(?P<q>{_APPROX_WORD}\s+)?"
                   rf"(?:(?P<n>\d+(?:[.,]\d+)?(?=\s*(?:ال\s?)?{TIME_UNIT_WORD})|{NUMBER_IN_WORDS}(?=\s+(?:ال\s?)?{TIME_UNIT_WORD}))\s*(?:ال\s?)?(?P<u>{TIME_UNIT_WORD})|(?P<du>ساعتين|ساعتان|يومين|يومان|اسبوعين|اسبوعان|شهرين|شهران|سنتين|سنتان|عامين|عامان|عقدين|قرنين|ليلتين|ليلتان)"
                   rf"|(?P<one>(?:ساعه|يوم|ليله|اسبوع|شهر|سنه|عام)(?=\s+(?:واحد|واحده){WORD_END}))|(?P<su>ساعه|يوم|اسبوع|شهر|سنه|عام|عقد|قرن))"
                   rf"(?P<half>\s+ونصف)?(?(one)\s+(?:واحد|واحده)){WORD_END}")
def _duration(m: re.Match) -> Candidate | None:
    g = m.groupdict()
    pre = WS_SUB(" ", (g["pre"] or "").strip())
    text = m.string
    if g["one"]:   # شهر واحد، ليلة واحدة
        letter, k = UNITS[g["one"]]
        n = 1
    elif g["su"]:
        # a lone unit word is a duration only after لمدة/خلال/منذ/قبل..., and not before a month or year
        if not (pre or g["half"]) or pre in ("خلال", "فتره", "كل") and g["su"] != "ساعه":
            return None
        if _DUR_AFTER.match(text[m.end():m.end() + 12]) and not _WHOLE_AFTER.match(text[m.end():]) \
                and not (pre in ("بعد", "قبل") and _MIN_AFTER.match(text[m.end():])):
            return None
        letter, k = UNITS[g["su"]]
        n = 1
        if g["su"] == "عقد":
            return None
    elif g["du"]:
        letter, k = UNITS[g["du"]]
        n = 1
    else:
        unit = g["u"]
        letter, k = UNITS[unit]
        n_txt = g["n"]
        if n_txt[0].isdigit():
            if unit in ("عقد", "عقود"):
                return None  # "300 عقد" are contracts
            n = float(n_txt.replace(",", "."))
            # "2023 عام" is not 2023 years; a year before its unit is not a duration
            if n >= 1000:
                return None
            low = None if pre or g["q"] else _RANGE_LOW_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if low is not None and float(low.group("low").replace(",", ".")) < n:
                # "ما بين 4 إلى 10 أشهر"، "بين 24 و48 ساعة": a length between two, no definite one
                # (GUIDELINES: vague, as عدة أشهر), the whole range its text
                return Candidate(low.start(), m.end(), "vague")
        else:
            n = number_of(n_txt)
            if n is None:
                return None
    after = text[m.end():m.end() + 20]
    if _REL_AFTER.match(after) and not g["n"]:
        return None
    total = n * k
    if g["half"]:   # ونصف: half of one unit (ساعتين ونصف is two and a half hours, not three)
        total += 0.5 * (k / 2 if g["du"] else k)
    value = iso_duration(letter, total)
    start = m.start("q") if g["q"] else (m.start("n") if g["n"] else m.start("du") if g["du"] else
                                         m.start("one") if g["one"] else m.start("su"))
    if g["every"]:   # كل 4 سنوات: every four years
        return Candidate(m.start(), m.end(), "set", value=value)
    if pre == "قبل" and not _FROM_AFTER.match(after):
        # "قبل 4 سنوات": a date, the year (month, week, day) that far before the reference date
        return Candidate(m.start(), m.end(), "date", how="ago", args=(letter, int(total)), prio=1)
    role = "since" if pre == "منذ" else None
    return Candidate(start, m.end(), "duration", value=value, role=role)


@_rule("decade_rel", rf"{WORD_START}(?P<w>(?:ال)?عقد\s+(?:الماضي|المنصرم|الاخير|المقبل|القادم|الحالي)|(?:ال)?عقدين\s+(?:الماضيين|الاخيرين|المقبلين|القادمين)){WORD_END}")
def _decade_rel(m: re.Match) -> Candidate:
    # "خلال العقد الماضي": ten years (the issue types it a duration)
    return Candidate(m.start(), m.end(), "duration", value="P20Y" if "عقدين" in m.group("w") else "P10Y")


# ----------------------------------------------------------------- times of day

# (the hour of a wire report, "الساعة 0930 بتوقيت غرينتش", is four digits with no colon, read only
# before its time zone: four digits alone are a year or a count)
@_rule("time", rf"{WORD_START}(?:(?:حتي|منذ)\s+)?(?:ال)?ساعه\s+(?P<h>\d{{1,2}}(?:[:.,]\d\d)?|(?:[01]\d|2[0-3])[0-5]\d(?=\s+بتوقيت)|(?:{DAY_IN_ORDINAL_WORDS})ه?|الواحده)(?:\s+و\s*(?:النصف|الربع|\d+\s*دقيقه))?"
               rf"(?:\s+(?:صباحا|مساء|مساءا|ظهرا|ليلا|فجرا|عصرا|بعد\s+الظهر|من\s+صباح\s+\w+|من\s+مساء\s+\w+))?(?:\s+بتوقيت\s+\w+)?{WORD_END}")
def _time(m: re.Match) -> Candidate:
    return Candidate(m.start(), m.end(), "time")


@_rule("clock", r"(?<![\d.,:/])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:/])")
def _clock(m: re.Match) -> Candidate:
    return Candidate(m.start(), m.end(), "time", prio=-2)


# ----------------------------------------------------------------- fixed phrases (vague, sets)

@_rule("phrase", rf"{WORD_START}(?P<p>{alt(PHRASES)}){WORD_END}")
def _phrase(m: re.Match) -> Candidate:
    p = m.group("p")
    got = PHRASES.get(p)   # as listed (single spaces): no need to squeeze the spaces
    typ, value = got if got is not None else PHRASES[WS_SUB(" ", p)]
    if p.endswith(_BARE_UNITS) and _DEFINITE_AFTER.match(m.string, m.end()):
        return None   # "خلال أيام العيد"، "قبل سنوات الحرب": the units of a time named after them
    return Candidate(m.start(), m.end(), typ, value=value, prio=-1)


_BARE_UNITS = ("ساعات", "ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام", "عقود", "سنين")
_DEFINITE_AFTER = re.compile(r"\s+ال(?!ماضيه|اخيره|قليله|مقبله|قادمه)\w")


_DAYS_AFTER = re.compile(rf"\s*(?:\d|{WEEKDAY})")


_SET_ADJECTIVES = WORDS["set_adjective"]


@_rule("adj_set", rf"{WORD_START}(?:ال)?(?P<w>{alt(_SET_ADJECTIVES)}){WORD_END}(?!\s+(?:الماضي|المقبل|القادم))")
def _adj_set(m: re.Match) -> Candidate | None:
    w = m.group("w")
    if w == "يومي" and _DAYS_AFTER.match(m.string[m.end():]):
        return None  # يومي 27 و28: two days
    return Candidate(m.start(), m.end(), "set", value=_SET_ADJECTIVES[w], prio=-3)


# =========================================================================== finding
