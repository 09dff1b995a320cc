"""The words of dates and the regex pieces built from them.

The words (month names in every naming, weekdays, relative words, parts of a month, ordinal and
cardinal numbers, units of time, fixed phrases) live in ``lang/ar/months.tsv``, ``weekdays.tsv``,
``date_words.tsv`` and ``date_phrases.tsv``, folded (``text.fold_plain``) and read once at
import. The pieces are named for what they match, so that a rule reads as the words it finds:
``rf"{WORD_START}{PART_WORD}\\s+{MONTH_NAME_OR_PAIR}"`` is "أواخر أكتوبر/تشرين الأول".

>>> bool(re.fullmatch(MONTH_NAME_OR_PAIR, fold_plain("نوفمبر/تشرين الثاني")))
True
>>> words_value(fold_plain("ألف وتسعمائة وثمانية وسبعون"))
1978
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..text import fold_plain


# =========================================================================== the word tables

def folded_rows(name: str) -> list[list[str]]:
    """``lang.rows(name)`` with each cell stripped and the first (the words) folded."""
    return [[fold_plain(c.strip()) if i == 0 else c.strip() for i, c in enumerate(r)] for r in lang.rows(name)]


MONTHS: dict[str, tuple[int, str, bool]] = {}  # folded form -> (month, calendar, strict)
for _f, _m, _cal, _strict in folded_rows("months.tsv"):
    MONTHS[_f] = (int(_m), _cal, _strict == "1")
WEEKDAYS: dict[str, int] = {f: int(v) for f, v in folded_rows("weekdays.tsv")}
WORDS: dict[str, dict[str, str]] = {}
for _row in folded_rows("date_words.tsv"):
    WORDS.setdefault(_row[1], {})[_row[0]] = _row[2]
PHRASES: dict[str, tuple[str, str | None]] = {}
for _row in folded_rows("date_phrases.tsv"):
    PHRASES[_row[0]] = (_row[1], (_row[2] if len(_row) > 2 and _row[2] else None))

REL = {w: int(v) for k in ("rel_past", "rel_next", "rel_this", "rel_prev", "rel_following") for w, v in WORDS[k].items()}
REL_PREV = set(WORDS["rel_prev"])
REL_FOLLOWING = set(WORDS["rel_following"])
PARTS = WORDS["part"]
ORD = {w: int(v) for w, v in WORDS["ord"].items()}
CARD = {w: int(v) for w, v in WORDS["card"].items()}
UNITS = {w: (v.split()[0], int(v.split()[1])) for w, v in WORDS["unit"].items()}


WS_SUB = re.compile(r"\s+").sub


def alt(words) -> str:
    """A regex alternation of ``words``, longest first, with spaces matching any run of spaces."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)) + ")"


# =========================================================================== pattern pieces
# All patterns run on folded text: ASCII digits, ا for أإآ, ي for ى, ه for ة, no tatweel.

# start of a word, after an optional clitic (و ف ب ل ك, وب, ول ...): "وأكتوبر", "لموفى", "ب2015"
WORD_START = r"(?:(?<![\w])|(?<=(?<![\w])[وفبلك])|(?<=(?<![\w])[وف][بلك]))"
WORD_END = r"(?![\w])"           # end of a word
MONTH_NAME = alt(MONTHS)
MONTH_NAME_RE = re.compile(MONTH_NAME)
# a month, or the same month in two namings: نوفمبر/تشرين الثاني, يونيو (حزيران), كانون الثاني/يناير;
# a second naming mistyped (مارس/آذر 2016) is one word after the slash with the year right after it
MONTH_NAME_OR_PAIR = (rf"{MONTH_NAME}(?:\s*(?:/|\(|-)\s*{MONTH_NAME}\s*\)?|\s*/\s*[^\W\d_]{{3,8}}(?=\s*\d{{4}}(?!\d)))?"
                      r"(?![^\W\d])")   # "يونيو2017": a digit may follow
WEEKDAY = alt(WEEKDAYS)
RELATIVE_WORD = alt(REL)
PART_WORD = alt(PARTS)
ORDINAL_WORD = alt(ORD)
_ORDINAL_ONE_TO_NINE = alt([w for w, v in ORD.items() if 1 <= v <= 9])
DAY_IN_ORDINAL_WORDS = (rf"(?:{_ORDINAL_ONE_TO_NINE}\s+عشر|{_ORDINAL_ONE_TO_NINE}\s+و\s*(?:العشرين|الثلاثين)|العشرين|الثلاثين|{ORDINAL_WORD})")
CARDINAL_WORD = alt(CARD)
NUMBER_IN_WORDS = rf"(?:{CARDINAL_WORD}(?:\s+و\s*{CARDINAL_WORD}|\s+عشر(?:ه)?{WORD_END})*)"
YEAR_DIGITS = r"(?<![\d.,/])(?:1\d{3}|20\d\d|21\d\d)(?![\d%]|[.,]\d)"
YEAR_IN_WORDS = rf"(?:الف(?:ين|ان)?{WORD_END}(?:\s+و\s*{CARDINAL_WORD}(?:\s+عشر(?:ه)?)?)*)"
YEAR_NOUN = r"(?:عام|العام|سنه|السنه|سن|عامي|سنتي|سنوات|اعوام|السنوات|الاعوام|ل?لعام|لسنه|للسنه|لعام)"
ERA_MARK = r"(?:\s*(?:م|ميلادي|ميلاديه|ه|هجري|هجريه){WORD_END})?".replace("{WORD_END}", WORD_END)
TIME_UNIT_WORD = alt(UNITS)

# the word before a date that bounds a period (kept in the span: it changes the meaning,
# except منذ and من, which GUIDELINES leaves out of the span)
ROLE_IN = {"بحلول": "by", "في حلول": "by", "مع حلول": "by", "في افق": "by", "افق": "by", "حتي": "until", "لغايه": "until",
           "الي غايه": "until", "قبل": "before", "بعد": "after"}
ROLE_OUT = {"منذ": "since", "اعتبارا من": "since", "ابتداء من": "since", "بدءا من": "since",
            "بدايه من": "since"}
BOUND_WORD = alt(ROLE_IN)
ROLE_OUT_KEYS = tuple(k.split()[0] for k in ROLE_OUT)   # one is in every match of SINCE_WORD_BEFORE
SINCE_WORD_BEFORE = re.compile(rf"{WORD_START}(?P<w>{alt(ROLE_OUT)})\s+$")


def year_after(tag: str, split: bool = False) -> str:
    """A year after a month or a period: ``2024``, ``من عام 2024``, ``من العام الجاري``, ``لسنة 2016``,
    ``من العام الحالي 2018``, ``من هذا العام``; groups ``{tag}y`` (number), ``{tag}r`` (relative
    word), ``{tag}w`` (year in words), ``{tag}k`` (the bare word العام/السنة), ``{tag}t`` (هذا).
    With ``split``, a year written as two (``2017/2018``, a fiscal or school year: a part of it,
    a half or a quarter, counts from the month it starts in) also gives ``{tag}b``, the second."""
    second = rf"(?:\s*[/\-]\s*(?P<{tag}b>(?:1\d{{3}}|20\d\d)(?![\d%]|[.,]\d)))?" if split else ""
    # (the year of a budget, and with split one of a school: العام الدراسي 2018/2019)
    kind = r"(?:مالي|دراسي|جامعي)(?:ه)?" if split else r"مالي(?:ه)?"
    return (rf"(?:\s*[,،.]?\s*(?:من\s+|في\s+|خلال\s+)?(?:(?P<{tag}k>{YEAR_NOUN})(?:\s+(?:ال)?{kind})?"
            rf"(?:\s+(?P<{tag}r>{RELATIVE_WORD}))?\s*)?(?P<{tag}y>{YEAR_DIGITS}){second}{ERA_MARK}"
            rf"|\s*[,،]?\s*(?:من\s+)?(?P<{tag}w>{YEAR_IN_WORDS})"
            rf"|\s+(?:من\s+|في\s+)?(?:ال)?(?:عام|سنه)(?:\s+(?:ال)?مالي(?:ه)?)?\s+(?P<{tag}r2>{RELATIVE_WORD}){WORD_END}"
            rf"|\s+(?:من\s+|في\s+)?(?P<{tag}k2>(?:ال)?(?:عام|سنه)){WORD_END}(?!\s*(?:المالي|\d))"
            rf"|\s+(?:من\s+|في\s+|خلال\s+)?(?P<{tag}t>هذا\s+العام|هذه\s+السنه){WORD_END})")


# =========================================================================== reading written values

def words_value(s: str) -> int | None:
    """The value of a written number: ``ألف وتسعمائة وثمانية وسبعون`` → 1978."""
    total = 0
    last = 0
    for tok in re.split(r"\s+|(?<=\s)و", s.strip()):
        tok = tok.strip()
        if tok.startswith("و") and tok not in CARD and tok[1:] in CARD:
            tok = tok[1:]
        if not tok:
            continue
        if tok in ("عشر", "عشره") and total:
            total += 10
            last = 10
            continue
        if tok not in CARD:
            return None
        v = CARD[tok]
        # two units or two tens joined by و are two numbers (بين ستة وثمانية أشهر), not their sum
        if last and (last < 10 and v < 10 or 10 < last < 100 and 10 < v < 100):
            return None
        total += v
        last = v
    return total or None


def number_of(s: str) -> int | None:
    s = s.strip()
    if s.startswith("ال"):
        s2 = s[2:].strip()
        if s2 and (s2.isdigit() or s2 in CARD or words_value(s2)):
            s = s2
    if s.isdigit():
        return int(s)
    if s in CARD:
        return CARD[s]
    return words_value(s)


def day_of_ordinal(s: str) -> int | None:
    s = WS_SUB(" ", s.strip())
    if s in ("العشرين",):
        return 20
    if s in ("الثلاثين",):
        return 30
    m = re.fullmatch(r"(\S+) عشر", s)
    if m and m.group(1) in ORD:
        return ORD[m.group(1)] + 10
    m = re.fullmatch(r"(\S+) و ?(العشرين|الثلاثين)", s)
    if m and m.group(1) in ORD:
        return ORD[m.group(1)] + (20 if m.group(2) == "العشرين" else 30)
    v = ORD.get(s)
    return v if v and v > 0 else None


def first_month(s: str) -> tuple[int, str, bool] | None:
    m = MONTH_NAME_RE.search(s)
    return MONTHS.get(WS_SUB(" ", m.group(0))) if m else None


def year_of(g: dict, tag: str) -> tuple[int | None, str | None, bool]:
    """(year number, relative kind, bare-word) from a year_after match's groups."""
    ky, kw, kr, kr2, kk2, kt = _year_groups(tag)
    y = g.get(ky)
    if y:
        return int(y), None, False
    w = g.get(kw)
    if w:
        v = words_value(w)
        if v and 1000 <= v <= 2199:
            return v, None, False
    r = g.get(kr) or g.get(kr2)
    if r:
        return None, WS_SUB(" ", r), False
    if g.get(kt):   # من هذا العام: the current year
        return None, "الجاري", False
    if g.get(kk2):
        return None, None, True
    return None, None, False


@lru_cache(maxsize=None)
def _year_groups(tag: str) -> tuple[str, ...]:
    """The group names of ``year_after(tag)``, built once a tag."""
    return f"{tag}y", f"{tag}w", f"{tag}r", f"{tag}r2", f"{tag}k2", f"{tag}t"


WEEKDAY_RE = re.compile(WEEKDAY)

# The one-word names of months and of parts of them (مطلع، أواخر، موفى، متم): after an amount,
# such a word says when, never what is counted (9 مليارات موفى جوان; figures.py reads it so).
MONTH_AND_PART_WORDS = frozenset({w for w in MONTHS if " " not in w} | set(PARTS) | {"متم"})
