"""Figures: the amounts an article states (money, percent, count, quantity), with what is
measured, when, and how sure.

``find_figures`` takes the number mentions (``numbers.number_mentions``) and the date mentions
(``dates.date_mentions``) of one article and decides, for each number, whether it is a figure
(not a year, a date, a duration, a rank or a number inside a name), its unit, qualifier,
metric, period and status. The words it reads are in ``lang/ar/*.tsv`` (folded forms), read
once at import.

>>> from analysis import extract
>>> ex = extract("عنوان\\nبلغ حجم التبادل التجاري نحو 5 مليارات دولار.", published="2024-01-15")
>>> ex.figures[["text", "value", "unit", "qualifier", "metric_key"]].values.tolist()
[['نحو 5 مليارات دولار', 5000000000.0, 'USD', 'approx', 'trade_volume']]
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import islice
from operator import le

from .article import segment_kinds
from .lang import rows as _rows
from .entities import place_names
from .dates import MONTH_AND_PART_WORDS, RECORD_SINCE_BEFORE, closes_year_to_date
from .dates.records import DateMention
from .text import QUOTE_MARKS, Folded, fold_plain

__all__ = ["Figure", "find_figures"]



@dataclass(frozen=True)
class Figure:
    """One row of the figures table (``docs/TABLES.md``)."""

    figure_id: int | None
    text: str
    start: int
    end: int
    sentence: str
    kind: str
    value: float | None
    value_low: float | None
    value_high: float | None
    qualifier: str
    unit: str | None
    metric: str | None
    metric_key: str | None
    period_text: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    status: str
    is_record: bool
    fstart: int = field(default=0, metadata={"private": True})
    fend: int = field(default=0, metadata={"private": True})
    #: the base of a comparison: its period is not the series' period
    is_base: bool = field(default=False, metadata={"private": True})
    #: for a period with an end alone (حتى مارس 2018), where the date that ends it starts
    end_from: dt.date | None = field(default=None, metadata={"private": True})


# --------------------------------------------------------------------------- language data

def _alt(words) -> str:
    """An alternation of ``words``, longest first, as a trie: ``(?:ب(?:ليون|ترول)|…)``.

    Words with different first letters cannot match at the same place, and each branch keeps
    the order of its words, so the trie matches what the flat ``a|b|c`` matches; the engine
    then tries one branch per letter instead of every word.
    """
    return _trie([w for w in sorted(set(words), key=len, reverse=True)])


def _words_of(table: str) -> str:
    """The words of ``table``'s first column as one alternation (``_alt``), for a pattern."""
    return _alt(r[0] for r in _rows(table))


def _trie(words: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w[1:])
    parts = []
    for c, rests in groups.items():
        if c == "" or len(rests) == 1:
            parts.extend(re.escape(c + r) for r in rests)
        else:
            parts.append(f"{re.escape(c)}(?:{_trie(rests)})")
    return "|".join(parts)


class _Guarded:
    """A pattern that can only match where one of a few ``words`` is written: ``search`` looks
    for the words first (``str.find``, much faster than the engine trying the pattern at every
    offset of a window, as it must for a pattern anchored at the end) and runs the pattern only
    when one of them is there. ``words`` must be such that every match holds one of them."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern, words: tuple[str, ...]):
        self.pattern, self.words = pattern, words

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        for w in self.words:
            if s.find(w, pos, endpos) >= 0:
                return self.pattern.search(s, pos, endpos)
        return None


_CUR_FAMILY = {w: fam for w, fam in _rows("currencies.tsv")}
_CUR_DEFAULT: dict[str, str] = {}
_CUR_ADJ: dict[tuple[str, str], str] = {}
for fam, adjs, code in _rows("currency_codes.tsv"):
    if adjs == "*":
        _CUR_DEFAULT[fam] = code
    else:
        for a in adjs.split():
            _CUR_ADJ[(fam, a)] = code
_COUNTRY_CUR = {w: code for w, code in _rows("currency_countries.tsv")}
_FAMILY_CODES: dict[str, set[str]] = {}
for (fam, _a), code in _CUR_ADJ.items():
    _FAMILY_CODES.setdefault(fam, set()).add(code)
_ADJS = {a for (_f, a) in _CUR_ADJ}
_ISO = {c for c in list(_CUR_DEFAULT.values()) + list(_CUR_ADJ.values())} | {"LBP", "EGP", "QAR", "GBP", "CHF"}

# a currency word, maybe with the article or ب/ل glued, then maybe its country adjective
_CURRENCY = re.compile(
    rf"(?P<cur>{_alt(_CUR_FAMILY)})(?![\u0621-\u064a])"
    rf"(?:\s+(?:ال)?(?P<adj>{_alt(_ADJS)})(?![\u0621-\u064a]))?")
_VAGUE_CURRENCY = re.compile(
    rf"\s*(?:من\s+)?ال(?P<cur>{_alt(_CUR_FAMILY)})(?![\u0621-\u064a])"
    rf"(?:\s+(?:ال)?(?P<adj>{_alt(_ADJS)})(?![\u0621-\u064a]))?")
_CUR_ABBREV = re.compile(r"(?P<abbr>م\s?\.?\s?د|د\s?\.\s?ت|ج\s?\.\s?م\.?|د\s?\.\s?ك|ر\s?\.\s?س)(?![\u0621-\u064a])")
_ABBREV_CODE = {"مد": ("TND", 1e6), "دت": ("TND", 1), "جم": ("EGP", 1), "دك": ("KWD", 1), "رس": ("SAR", 1)}
_ISO_RE = re.compile(r"(?P<iso>[A-Z]{3})(?![A-Za-z])")
_SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP", "¢": "USD"}

_UNITS = sorted(((p, u) for p, u in _rows("units.tsv")), key=lambda r: -len(r[0]))
_UNIT_RE = re.compile(rf"(?P<unit>{_alt(p for p, _ in _UNITS)})(?![\u0621-\u064a])"
                      r"(?P<perday>\s+(?:يوميا|في اليوم|باليوم))?")
_UNIT_OF = {p: u for p, u in _UNITS}

_QUAL_BEFORE = [(p, q) for p, q, w in _rows("qualifiers.tsv") if w == "before"]
_QUAL_AFTER = [(p, q) for p, q, w in _rows("qualifiers.tsv") if w == "after"]
_QUAL_BEFORE_RE = re.compile(
    rf"(?:^|[\s(«\"])(?:و|ف)?(?:ب|ل)?(?P<q>{_alt(p for p, _ in _QUAL_BEFORE)})(?:\s+علي التوالي)?\s*(?:ال)?\s*(?:ب|ل)?\s*$")
_QUAL_OF = {p: q for p, q in _QUAL_BEFORE}
# a qualifier before the first of two amounts joined by أو is said of both (نحو 20 أو 30 شخصا: the
# second, which carries the noun, is as approximate as the first)
_QUAL_BEFORE_ALT_RE = re.compile(
    rf"(?:^|[\s(«\"])(?:و|ف)?(?:ب|ل)?(?P<q>{_alt(p for p, _ in _QUAL_BEFORE)})\s*(?:ب|ل)?\s*"
    r"(?:\d[\d.,٫،]*|[\u0621-\u064a]{3,})[^\S\n]+او[^\S\n]*$")
# a negated "exceed" a word or two before the amount: لم يتجاوز معدلها 0،6 بالمائة
# an exceeding verb governing the amount a few words on: يتجاوز بالكاد عدد السياح مئة ألف
# (negated, ولا يتجاوز نصيب القطاع من الشحن 6 ملايين طن, it is a ceiling: at_most; تعدى only in
# forms no noun shares: bare تعدي is also the noun, التعدي على الأراضي)
_EXCEED_RE = _Guarded(re.compile(
    r"(?:^|\s)(?:(?P<neg>(?:و|ف)?(?:لا|لم|لن))\s+)?(?:و|ف)?(?:تخطي|تخطت|يتخطي|تتخطي|تجاوز|تجاوزت|يتجاوز|تتجاوز|فاق|فاقت|يفوق|تفوق"
    r"|تعدت|يتعدي|تتعدي)(?:\s+[\u0621-\u064a]+){1,7}\s*$"), ("تخط", "تجاوز", "فاق", "فوق", "تعد"))
_NEG_EXCEED_RE = re.compile(r"(?:لم|لا)\s+(?:ت|ي)(?:تجاوز|تخط|تعد)\S*(?:\s+[\u0621-\u064a]+){1,2}\s*$")
# a second noun after و that heads the next phrase: an amount, its qualifier or a definite
# noun follows it (إصابة 300 ألف شخص ونزوح نحو 4 ملايين، 120 ألف جريح وتهجير الآلاف)
_NEXT_PHRASE_AHEAD = re.compile(rf"[^\S\n]+(?:ال[\u0621-\u064a]{{2,}}|(?:ب|ل)?(?:{_alt(p for p, _ in _QUAL_BEFORE)})(?![\u0621-\u064a])|\d)")
_QUAL_AFTER_RE = re.compile(rf"\s*،?\s*(?P<q>{_alt(p for p, _ in _QUAL_AFTER)})(?![\u0621-\u064a])")
_QUAL_AFTER_OF = {p: q for p, q in _QUAL_AFTER}

_METRICS = _rows("metrics.tsv")
# a cue may carry a pronoun (صادراتها) or the accusative alif (نموا), nothing else: الدين is
# not الدينار
# (a hashtag joins a measure's words with _: #أسعار_الفائدة is أسعار الفائدة)
_METRIC_RE = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?P<m>{_alt(r[0] for r in _METRICS).replace(chr(92) + ' ', '[ _]')})"
                        r"(?:ها|ه|هم|هما|نا|ا)?(?![\u0621-\u064a])")
_METRIC_OF = {k: r[1] for r in _METRICS for k in {r[0], r[0].replace(" ", "_")}}
_METRIC_WEIGHT = {k: int(r[2]) if len(r) > 2 else 2 for r in _METRICS for k in {r[0], r[0].replace(" ", "_")}}
# "من الناتج المحلي" right after a percent: the whole the share is taken of, not the measure
# cues that fold together with another word, and the letter that tells the other word when the
# article writes it: الأنفاق (tunnels) folds as الإنفاق (spending)
_HAMZA_SPELT = {cue: letters for cue, letters in _rows("metric_spellings.tsv")}
# an amount of money for one unit of a good (60 دولارا للبرميل، 500 دولار للطن) is a price,
# whatever trade the sentence is about: the units a price is said per are in price_units.tsv
_PER_UNIT_AFTER = re.compile(rf"\s*(?:لكل\s+|لل|ل)(?:{_words_of('price_units.tsv')})(?![\u0621-\u064a])"
                             r"|\s+(?:لل|ل)?(?:واحد|الواحد|الواحده)\s+(?:من\s+)?")
# measures of money alone: a quantity (10 كيلو طن، 300 ألف برميل) is never one of them
_MONEY_ONLY = frozenset(("investment", "loan"))
# (… لتنمية الصادرات والتجارة الخارجية: a second noun joined to the first is a purpose too)
_PURPOSE_HEADS = frozenset(r[0] for r in _rows("purpose_heads.tsv"))
_PURPOSE_BEFORE = re.compile(rf"(?<![\u0621-\u064a])(?:و)?ل(?:{_words_of('purpose_heads.tsv')})\s+"
                             r"(?:[\u0621-\u064a]+\s+(?:[\u0621-\u064a]+\s+)?و)?$")
_TO_LEVEL = re.compile(r"(?<![\u0621-\u064a])الي(?![\u0621-\u064a])")
_LEVEL_VERB = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف)?(?:{_words_of('level_verbs.tsv')})"
                         r"(?![\u0621-\u064a])")
_LEVEL_BEFORE = re.compile(r"(?<![\u0621-\u064a])الي\s*(?:نحو\s*|حوالي\s*|قرابه\s*|ما\s+يقارب\s*)?$")
_SIZE_OF_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?:و|ب|ل)?(?:حجم|قيمه|اجمالي|مجموع|جمله)\s+$")
# (a name is a head in the construct state, without the article, before the measure's word with
# it: صندوق الاستثمارات; الصندوق قرضا is a sentence)
_NAME_HEAD_BEFORE = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:{_words_of('measure_in_name.tsv')})"
                               r"(?:\s+[\u0621-\u064a]+)?\s+$")
_COMPOUND_NAME_BEFORE = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:{_words_of('compound_name_heads.tsv')})\s+$")
_WHOLE_AFTER = re.compile(r"\s*(?:من|الي)\s+(?P<of>)(?:اجمالي\s+|مجموع\s+|قيمه\s+|حجم\s+)?")
# a percent's whole named by a noun right after it (… 25% من أصوات الناخبين): when that noun is no
# measure, no measure's word after it is the percent's
_NAMED_WHOLE_AFTER = re.compile(r"\s*من\s+(?:اجمالي\s+|مجموع\s+)?(?:ال)?[\u0621-\u064a]{3,}")
_STAKE_AFTER = re.compile(rf"\s*من\s+(?:{_words_of('stake_wholes.tsv')})(?![\u0621-\u064a])")
_FRACTION_WHOLE = re.compile(r"\s*(?P<of>)(?:اجمالي\s+|مجموع\s+|قيمه\s+|حجم\s+)?")
# "على" + what a rate is laid on, after a percent (not على أساس سنوي، على التوالي، على الأقل)
_LAID_ON = re.compile(r"\s*علي\s+(?!(?:ال)?(?:اساس|التوالي|الاقل|الاكثر|مدي|الرغم|اقل|اكثر|اعلي|ادني|الاطلاق|حساب|خلفيه)"
                      r"(?![\u0621-\u064a]))(?:ال|واردات|صادرات|سلع|منتجات|بضائع)")
_DENOMINATOR = re.compile(r"\s*(?:من|الي)\s+(?:اجمالي\s+|مجموع\s+|قيمه\s+)?$")
_STATUS = _rows("status.tsv")
_CLAUSE_WORDS = _rows("clause_words.tsv")
_PART_AFTER = re.compile(r"\s*(?:منها|منه|منهم|منهما)(?![\u0621-\u064a])")
_PART_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?:منها|منه|منهم|منهما)\s*$")
_DEFINITE_WORD = re.compile(r"(?<![\u0621-\u064a])ال[\u0621-\u064a]{2,}")
_CONTRAST = re.compile(rf"{_alt(w for w, r in _CLAUSE_WORDS if r == 'contrast')}")
_STATUS_RE = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?P<s>{_alt(r[0] for r in _STATUS)})(?![\u0621-\u064a])")
_STATUS_OF = {r[0]: r[1] for r in _STATUS}
_STATUS_WEIGHT = {r[0]: int(r[2]) if len(r) > 2 else 2 for r in _STATUS}
_STATUS_NOMINAL = frozenset(r[0] for r in _STATUS if len(r) > 3 and r[3] == "nominal")
_STATUS_ESTIMATE = frozenset(r[0] for r in _STATUS if len(r) > 3 and r[3] == "estimate")
# أنّ and its noun first: a demonstrative, or a word with the article
_NOUN_FIRST = re.compile(r"\s*(?:ان\s+)?(?:هذا|هذه|ذلك|تلك|هذين|هاتين|ال[\u0621-\u064a]{2,})(?![\u0621-\u064a])")
# a participle that agrees with the noun it follows (المستهدفة، متوقعة، المقترح)
_ADJECTIVE_CUE = ("م", "الم")
# a verb of the future (ستبلغ، سنوفر) and of what may be (قد يصل): see future_tense.tsv
_FUTURE_RE = re.compile(r"(?<![\u0621-\u064a])(?:و|ف)?(?P<v>س[يتن][\u0621-\u064a]{2,})(?![\u0621-\u064a])")
_MAY_RE = re.compile(r"(?<![\u0621-\u064a])(?:و|ف)?قد\s+(?P<v>[يت][\u0621-\u064a]{1,})(?![\u0621-\u064a])")
_NOT_FUTURE = frozenset(w for w, k in _rows("future_tense.tsv") if k == "word")
_NOT_FUTURE_PREFIX = tuple(w for w, k in _rows("future_tense.tsv") if k == "prefix")
# الرقم القياسي لأسعار المستهلكين، الرقم القياسي العام للأسعار: an index number, not a record
_INDEX_NUMBER = re.compile(r"\s+(?:العام\s+|المجمع\s+)?(?:ل|لل)(?:اسعار|تكاليف|تكلفه|انتاج|اجور|كميات|قيم)"
                           r"|\s+(?:العام|المجمع)(?![\u0621-\u064a])")
_RECORD_RE = _Guarded(re.compile(
    r"رقم[اه]? قياسي|قياسي|غير مسبوق|اعلي مستوي(?:\s+\S+){0,2}\s+علي الاطلاق|للمره الاولي"
    r"|اعلي مستوي في التاريخ"), ("قياسي", "غير مسبوق", "اعلي مستوي", "للمره الاولي"))

# Words after a number that make it a date, a duration or an age, never a figure.
_TIME_WORDS = ("سنه سنوات سنين عام اعوام عاما اعواما شهر اشهر شهرا شهور يوم ايام يوما ساعه ساعات دقيقه دقائق "
               "ثانيه ثوان ثواني اسبوع اسابيع اسبوعا ليله ليال ليالي قرن قرون سنتين عامين شهرين يومين ساعتين "
               "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر جانفي فيفري "
               "افريل ماي جوان جويليه جويلية اوت كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين "
               "محرم صفر ربيع جمادي رجب شعبان رمضان شوال ذو ذي هـ ه م صباحا مساء مساءا ظهرا فجرا").split()
_TIME_RE = re.compile(rf"\s*(?:من\s+)?(?:ال)?(?:{_alt(_TIME_WORDS)})(?![\u0621-\u064a])")
# Words before a number that make it part of a name or an identifier, a year or a date.
# رقم 1 و2، المواد 5 و7 و9: the numbers listed after the word of a numbered thing are numbers too
_ID_LIST_BEFORE_RE = re.compile(r"(?:^|\s)(?:و|ف|ب|ل)?(?:ال)?(?:رقم|ارقام|الارقام|المادتين|المواد|البنود|الفصول)\s*\d+"
                                r"(?:\s*(?:و|،|,)\s*\d+)*\s*(?:و|،|,)\s*$")
_ID_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:و|ف|ب|ل)?(?:ال)?(?:رقم|المادة|الماده|ماده|الفصل|البند|القرار|قرار|القانون|قانون|مجموعه|العدد|الطريق|"
    r"الجهويه|عام|العام|لعام|سنه|السنه|لسنه|خلال|منذ|موسم|الموسم|الدوره|دوره|نسخه|النسخه|الصفحه|صفحه|الساعه|الدقيقه|"
    r"المرتبه|المركز|الترتيب|رؤيه|جي|طراز|اف|ام|الهاتف|هاتف|فاكس)\s*(?:ال)?\s*$"
    r"|[\"«“](?:اف|ام|جي|تي|سي|اس)[\s-]*$"   # («إف 16»: a model's letters in quotes)
    r"|(?:^|\s)(?:و|ب|في\s+)?الكيلو\s*$")   # (منطقة الكيلو 21: a place named by a road's milestone)
# A number inside a short name set in quotes right after a word that names a work, a place or an
# accord (فيلم "الأيام العشرة"، فندق «النجوم الخمس»، بعنوان "ثلاث ليال") is part of the name. Quoted
# speech (قال: "قتل 40 شخصا"), a long quotation and a quote after a pointed-at thing (شاهد ذلك الفيلم
# "عشرات المرات": how often, not a title) keep their figures.
_QUOTED_NAME_NOUNS = frozenset(fold_plain(r[0]) for r in _rows("quoted_name_nouns.tsv"))
_QUOTE_OPEN_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?P<d>[وبلف]?(?:هذا|هذه|ذلك|تلك)[^\S\n]+)?(?P<w>[\u0621-\u064a]{2,})[^\S\n]*[\"«“](?P<q>[^\"«»“”\n]{0,60})$")
_QUOTE_CLOSE_AFTER = re.compile(r"[^\"«»“”\n]{0,60}?[\"»”]")


def _in_quoted_name(t: str, fs: int, fe: int) -> bool:
    """The number at ``t[fs:fe]`` lies inside a quoted name of at most five words that follows
    a word of ``quoted_name_nouns.tsv``."""
    m = _QUOTE_OPEN_BEFORE.search(t, max(0, fs - 80), fs)
    a = m and _QUOTE_CLOSE_AFTER.match(t, fe)
    if not a or m.group("d") or len((m.group("q") + t[fs:a.end() - 1]).split()) > 5:
        return False
    w = m.group("w")
    return any(v in _QUOTED_NAME_NOUNS for v in
               (w, w[1:] if w[:1] in "وبلف" else "", w[2:] if w.startswith("ال") else "",
                w[3:] if w[:1] in "وبلف" and w[1:3] == "ال" else ""))


# طائرة من طراز بوينغ 737: a model number
_MODEL_BEFORE_RE = re.compile(r"(?:طراز|موديل|نوع|صاروخ|طائره)\s+[\u0621-\u064aA-Za-z-]+\s*$")
# Function words that cannot be a counted noun.
_NOT_NOUN = frozenset(r[0] for r in _rows("not_counted.tsv"))
# A verb is never what a number counts (بـ100 مليون أعلنت الشركة: a title run into its body, the
# sentence's verb after the amount): the verbs of news writing the events tables list, read here
# as folded words.
_VERB_FORMS = frozenset(
    fold_plain(form) for name in ("event_triggers.tsv", "event_verbs.tsv") for r in _rows(name)
    if len(r) > 2 and r[2] == "verb" for form in r[0].split("|") if " " not in form)
# The verbs a written one or two may follow (يولد واحد من كل عشرة، ستبني اثنين): the events'
# verbs and the news verbs the other tables list (verbs said after a name, of a happening, of
# a level, of a beginning, of saying), each also with the future's س (سيبني). A word's first
# letters are no test: ي، سي، ست، سن begin nouns too (يخت، سيارة، سيدة، ستار، سند).
_VERBS_BEFORE_ONE = _VERB_FORMS | frozenset(
    fold_plain(form) for name, cols in (("verbs_after_names.tsv", (0, 1)), ("happening_verbs.tsv", (0, 1)),
                                        ("level_verbs.tsv", (0,)), ("began_verbs.tsv", (0,)),
                                        ("saying_verbs.tsv", (0,)), ("verbs_before_one.tsv", (0,)))
    for r in _rows(name) for i in cols if i < len(r) for form in r[i].split("|") if " " not in form)


def _is_verb(w: str) -> bool:
    """A folded word is a verb the tables know, bare, after و or ف, or with the future's س."""
    for v in (w, w[1:] if w[:1] in "وف" else ""):
        if v and (v in _VERBS_BEFORE_ONE or v[:1] == "س" and v[1:] in _VERBS_BEFORE_ONE):
            return True
    return False


# a nationality right after a bare noun is its adjective (أصل فرنسي واحد، ضابطين روسيين اثنين):
# what one or two counts is that noun, not people of the nation; after a comma or a verb it is
# the people counted (، كندي واحد وسويدي واحد)
_NATIONALITY_WORDS = frozenset(fold_plain(r[0]) for r in _rows("nationalities.tsv") if r)
_NOUN_THEN_WORD = re.compile(r"(?<![\u0621-\u064a])(?P<n>[\u0621-\u064a]{2,})[^\S\n]+[\u0621-\u064a]+[^\S\n]+$")


def _is_nationality(w: str) -> bool:
    """A folded word is a nationality, or its plural or dual (روسي، روسيين، روسيان)."""
    stem = re.sub(r"(?:ه|ين|ان|يين|ون)$", "", w)
    return w in _NATIONALITY_WORDS or stem in _NATIONALITY_WORDS or stem + "ي" in _NATIONALITY_WORDS


def _nationality_of_noun_before(t: str, fs: int, w: str) -> bool:
    """``w`` (the word right before a one or two at ``fs``) is a nationality describing the noun
    before it."""
    bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    stem = re.sub(r"(?:ه|ين|ان|يين|ون)$", "", bare)
    if bare not in _NATIONALITY_WORDS and stem not in _NATIONALITY_WORDS and stem + "ي" not in _NATIONALITY_WORDS:
        return False
    m = _NOUN_THEN_WORD.search(t, max(0, fs - 60), fs)
    if not m or bare != w:
        return False
    n = m.group("n")
    return not (n in _NOT_NOUN or _is_verb(n) or n.startswith("ال"))


# after من a place is where the people counted come from (37 من لبنان), not what is counted;
# a weekday after an amount is when (خرج الآلاف الجمعة)
_PLACE_NAMES = frozenset(k for k in place_names() if " " not in k)
_WEEKDAY_WORDS = frozenset(fold_plain(r[0]) for r in _rows("weekdays.tsv"))
_ARABIC_WORD = re.compile(r"\s*(?:من\s+)?([\u0621-\u064a]+)")
# (on the number's line: a word after a line break opens the next paragraph: a title
# ending on «وإصابة 12» is followed by the body's first verb, not by what it counts)
_NOUN_AFTER = re.compile(r"[^\S\n]*(?P<pre>من[^\S\n]+)?(?P<n1>[\u0621-\u064a]{2,})(?:[^\S\n]+و(?P<n2>[\u0621-\u064a]{2,}))?")
_PERCENT_POINT = re.compile(r"^\s*نقط[هت]?\s+مئوي[هت]")
# basis points (50 نقطة أساس: half a percentage point), kept as stated, unit bp
_BASIS_POINT = re.compile(r"^\s*(?:نقط[هت]?|نقاط)\s+(?:ال)?اساس(?![\u0621-\u064a])")
_RANGE_LINK = re.compile(r"^\s*(?:الي|إلى|و|-|حتي|ل|من اصل|من بين)\s*$")


# --------------------------------------------------------------------------- helpers

def _currency_code(fam: str, adj: str | None, context: str | None) -> str:
    if adj and (fam, adj) in _CUR_ADJ:
        return _CUR_ADJ[(fam, adj)]
    if context and context in _FAMILY_CODES.get(fam, ()):
        return context
    return _CUR_DEFAULT.get(fam, "USD")


# a country word as written, or with one of و ب ل ف glued before it -> its currency
_COUNTRY_CUR_GLUED = {p + w: code for w, code in _COUNTRY_CUR.items() if w for p in "وبلف"}
_COUNTRY_CUR_GLUED.update(_COUNTRY_CUR)  # a word that is itself a country word reads as such


_COUNTRY_WORDS = frozenset(_COUNTRY_CUR_GLUED)


class _Context:
    """The currencies of the countries an article names, by country or people: what a bare
    دينار or ريال is read by (``words``: the article's folded tokens).

    Worked out when first asked, and only as far as asked: which country words the article
    holds is one set probe per word (in C); the few found are counted only when their currency
    is one the currency word can be."""

    __slots__ = ("words", "_present", "picked")

    def __init__(self, words: list[str]):
        self.words = words
        self._present: frozenset[str] | None = None
        self.picked: dict[str, str | None] = {}  # family -> _pick_context, once per family

    def counts(self, codes) -> Counter:
        """How often each currency in ``codes`` is named by its country or people."""
        if self._present is None:
            self._present = _COUNTRY_WORDS.intersection(self.words)
        out: Counter = Counter()
        for w in self._present:
            code = _COUNTRY_CUR_GLUED[w]
            if code in codes:
                out[code] += self.words.count(w)
        return out


# the families whose currencies some country word names (a dollar is named by none: a bare
# دولار is the default one whatever the article's countries)
_NAMED_FAMILIES = {fam for fam, codes in _FAMILY_CODES.items() if codes & set(_COUNTRY_CUR.values())}


def _pick_context(fam: str, ctx: _Context) -> str | None:
    """The currency of family ``fam`` whose country the article names most (None if none)."""
    codes = _FAMILY_CODES.get(fam, set())
    if fam not in _NAMED_FAMILIES:
        return None  # (no word of the article can name one of its currencies)
    if fam not in ctx.picked:
        best = [(n, c) for c, n in ctx.counts(codes).items()]
        ctx.picked[fam] = max(best)[1] if best else None
    return ctx.picked[fam]


@dataclass
class _Cand:
    m: object            # NumberMention
    fs: int              # folded span of the figure
    fe: int
    kind: str
    unit: str | None
    value: float | None
    low: float | None
    high: float | None
    qualifier: str = "exact"
    has_unit_word: bool = False
    noun_span: tuple[int, int] | None = None  # folded span of a counted noun
    is_base: bool = False  # the base of a comparison (… مقابل 80.6 %)
    shared_unit: bool = False  # the unit is written once after the next amount (بين 20 و30 مليار)
    no_inherit: bool = False  # a starting value (من 70 ألفا إلى …) or an aside in parentheses
    own_clause: bool = False  # in a clause of contrast (…، بينما …) that names no measure: no series
    now: bool = False  # said to be so now (حتى الآن، حاليا): no period, its own or another's


_CENTS = re.compile(r"c(?![A-Za-z])")
_ABBREV_NOISE = re.compile(r"[\s.]")


def _unit_after(t: str, pos: int, fam_ctx: _Context):
    """What follows a number at folded offset pos: (kind, unit, end, value multiplier) or None."""
    rest = t[pos:pos + 80]
    m = _PERCENT_POINT.match(rest)
    if m:
        return "percent", "pp", pos + m.end(), 1.0
    m = _BASIS_POINT.match(rest)
    if m:
        return "percent", "bp", pos + m.end(), 1.0
    s = len(rest) - len(rest.lstrip())
    if rest[s:s + 1] in _SYMBOL:
        return "money", _SYMBOL[rest[s]], pos + s + 1, (0.01 if rest[s] == "¢" else 1.0)
    m = _CURRENCY.match(rest, s)
    if m:
        fam = _CUR_FAMILY[m.group("cur")]
        code = _currency_code(fam, m.group("adj"), _pick_context(fam, fam_ctx))
        return "money", code, pos + m.end(), (0.01 if fam == "cent" else 1.0)
    m = _CENTS.match(rest, s)
    if m:  # 43c: cents
        return "money", "USD", pos + m.end(), 0.01
    m = _CUR_ABBREV.match(rest, s)
    if m:
        code, mult = _ABBREV_CODE[_ABBREV_NOISE.sub("", m.group("abbr"))]
        return "money", code, pos + m.end(), mult
    m = _ISO_RE.match(rest, s)
    if m and m.group("iso") in _ISO:
        return "money", m.group("iso"), pos + m.end(), 1.0
    m = _UNIT_RE.match(rest, s)
    if m and _UNIT_OF[m.group("unit")] == "index_point" and _POINT_PLACE.match(rest, m.end()):
        return None  # (60 ألف نقطة بيع، 25 نقطة عبور: places counted, not points of an index)
    if m:
        unit = _UNIT_OF[m.group("unit")]
        if m.group("perday"):
            unit += "_per_day"
        return "quantity", unit, pos + m.end(), 1.0
    return None


_POINT_PLACE = re.compile(rf"\s+(?:ال)?(?:{_words_of('point_places.tsv')})(?![\u0621-\u064a])")
_DIGIT_AHEAD = re.compile(r"\s*\d")
_CLAUSE_AFTER = re.compile(r"[^\S\n]*(?:و|ف)?(?:لكن|لكنه|لكنها|لكنهم|بينما|فيما|كما|اذ|ان|انه|انها|بعدما|حيث)"
                           r"(?![\u0621-\u064a])")
# the noun a number counts is indefinite and a noun: not one with a possessive pronoun (قيمتها،
# ثروته، وظائفهم), nor a past verb, whose ت a folded noun does not end in (لحقت، أقلعت; a plural
# ends in ات, and صوت، بيت keep theirs), nor a present verb of the plural (الآلاف يتحولون، 30 يعملون),
# nor a past one (8 ملايين انضموا; the accusative of a noun in و keeps a short stem: عضوا، نموا)
_NOT_A_COUNTED_FORM = re.compile(r"^.{2,}(?:تها|تهم|تهن)$|^.{3,}ته$|^.+[^اوي]ت$|^ي.{2,}ون$|^.{3,}وا$")
_PART_OF_AFTER = re.compile(r"[^\S\n]*(?:منهم|منهن|منهما|بينهم|بينهن)(?![\u0621-\u064a])")
_NO_TALLY_UNITS = frozenset(("times", "m", "ft", "mile", "nmi"))
_TO_NEXT = re.compile(r"\s*(?:الي|حتي|-)\s*")
_COUNT_OF_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:عدد|اعداد)\s+(?:ال)?(?P<n>[\u0621-\u064a]{3,})"
                              r"\s+(?:من\s+[\u0621-\u064a0-9.,]+\s+الي|من|الي)\s*$")
_SEVERAL_AFTER = re.compile(r"\s*(?:عده|عديده)(?![\u0621-\u064a])")
# one and two follow what they count (مشروع واحد، مدنيين اثنين): the word after them is never
# their counted noun but the next phrase (جملة واحدة تكفي، واحدة ستدخل السوق)
_ONE_TWO = {w: int(v) for w, v, k in _rows("numbers.tsv") if k == "unit" and v in ("1", "2")}
_WORD_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?P<n>[\u0621-\u064a]{2,})[^\S\n]+$")
_DUAL_OR_PLURAL = re.compile(r"(?:ين|ان)$")
_ONE_IDIOMS = frozenset(r[0] for r in _rows("one_idioms.tsv"))
_ONE_OF = re.compile(r"[^\S\n]*(?:من|منهم|منهن|منها|منهما)(?![\u0621-\u064a])")


def _from_place(t: str, pos: int) -> bool:
    """من and a country or city right after an amount: people counted by where they come from
    (وصل 37 من لبنان)."""
    m = _NOUN_AFTER.match(t, pos, pos + 60)
    return bool(m) and _place_after_from(m)


def _place_after_from(m: re.Match) -> bool:
    """The noun matched by ``_NOUN_AFTER`` is a place after من: where the people come from."""
    return bool(m.group("pre")) and m.group("n1") in _PLACE_NAMES


def _count_noun(t: str, pos: int, vague: bool):
    """A counted noun right after the number: (noun, folded end, folded start of the noun) or None."""
    m = _NOUN_AFTER.match(t, pos, pos + 60)
    if not m:
        return None
    n1 = m.group("n1")
    if m.group("pre") and not vague and not n1.startswith("ال"):
        return None
    if _place_after_from(m) or n1 in _WEEKDAY_WORDS:
        return None
    if m.group("pre") or vague:
        # عشرات الآلاف من الطلاب، مئات المصلين: the noun may carry the article
        if n1.startswith("ال"):
            n1 = n1[2:]
    elif n1.startswith("ال"):
        return None
    if n1 in _NOT_NOUN or n1[:1] in "وف" and n1[1:] in _NOT_NOUN or n1 in _VERB_FORMS \
            or n1[:1] in "وف" and n1[1:] in _VERB_FORMS or len(n1) < 2 or _TIME_RE.match(" " + n1) \
            or n1 in MONTH_AND_PART_WORDS or _NOT_A_COUNTED_FORM.search(n1):
        return None
    if n1[:1] == "و" and n1[1:2] in "يتن" and len(n1) >= 5:
        return None  # (فاز 2-1 ويحقق، 5 وتسجل: و and a verb in the present goes on with another clause)
    if n1.startswith(("لل", "بال", "وال", "فال")) or n1[:1] == "ل" and n1[1:] in _PURPOSE_HEADS:
        return None  # a phrase with a preposition (318 مليون للتعليم), not a counted noun
    noun = n1
    start = m.end("n1") - len(n1)
    end = m.end("n1")
    n2 = m.group("n2")
    after_n2 = t[m.end("n2"):m.end("n2") + 12] if n2 else ""
    if n2 and (_DIGIT_AHEAD.match(after_n2) or (n2[0] in "يتن" and n1[0] != n2[0]) or n2 in _VERB_FORMS
               or n2.endswith("ت") and not n2.endswith(("ات", "وت", "يت")) and not n1.endswith("ت")
               or n1.endswith("ا") and not n2.endswith("ا")):
        # قتل 12 شخصا وأصيب 40، 200 ألف نسمة وتمتد، ألف عامل وغادرت: a verb, not a second
        # noun (a folded noun ends in ه, not in the ت of a past verb); after a noun in the
        # accusative (40 مدنيا) a second counted noun is one too (وعسكريا), وأصيب is a verb
        n2 = None
    if n2 and (("و" + n2) in _NOT_NOUN or _NOT_A_COUNTED_FORM.search(n2) or _NEXT_PHRASE_AHEAD.match(t, m.end("n2"))):
        n2 = None  # (5 أشخاص وفقا للشرطة: one word that starts with و; وإصابتهم: a pronoun)
    if n2 and n2 not in _NOT_NOUN and not n2.startswith("ال"):
        noun = f"{n1} و{m.group('n2')}"
        end = m.end("n2")
    return noun, end, start


def _one_two_noun(t: str, fs: int, fe: int, n: int):
    """For a written one or two: the folded span of the noun before it that it counts (مقعد واحد،
    روسيين اثنين), False when the words say no amount (كل واحد، واحد من أكبر, يوم واحد: a
    duration, the dates table's), or None."""
    before = t[max(0, fs - 30):fs]
    nb = _WORD_BEFORE.search(before)
    w = nb.group("n") if nb else ""
    bare = w[1:] if w[:1] in "لبوف" and len(w) > 3 else w
    if w == "كل" or _TIME_RE.fullmatch(" " + w) or _TIME_RE.fullmatch(" " + bare) or w in MONTH_AND_PART_WORDS:
        return False
    # the noun agrees with its one (نسخة واحدة، مقعد واحد): a masculine word before واحدة is
    # not what it counts (عند انتهاء واحدة من الجولات: one of them)
    agrees = n == 2 or (w.endswith("ه") == t[fs:fe].endswith("ه"))
    if n == 1 and (w in _ONE_IDIOMS or bare in _ONE_IDIOMS):
        return False
    if _nationality_of_noun_before(t, fs, w):
        return None
    ok = w and agrees and not w.startswith("ال") and w not in _NOT_NOUN and not _is_verb(w) \
        and not (w[:1] in "وف" and w[1:] in _NOT_NOUN) and not _NOT_A_COUNTED_FORM.search(w) \
        and not _ID_BEFORE_RE.search(before) and (n == 1 or _DUAL_OR_PLURAL.search(w))
    if ok:
        s = max(0, fs - 30) + nb.start("n")
        # (ومشروع واحد، لروسيين اثنين: a conjunction or preposition glued to a noun the measures
        # know or to a people's name; not when the whole word is one: ليبيين اثنين)
        glued = bare != w and (bare in _METRIC_OF or "ال" + bare in _METRIC_OF
                               or _is_nationality(bare) and not _is_nationality(w))
        return s + glued, s + len(w)
    if n == 1 and _ONE_OF.match(t, fe):
        return False  # واحدة من أفضل الشركات: one of them, no amount
    return None


# --------------------------------------------------------------------------- the main pass

class _Dates(list):
    """The article's date mentions, with their folded starts as a list when the dates come in
    text order (as ``dates.date_mentions`` gives them), so that ``_period`` looks only at the
    dates of one sentence instead of at all of them."""

    starts: list[int] | None = None

    def __init__(self, dates):
        super().__init__(dates)
        starts = [d.fstart for d in self]
        if all(map(le, starts, islice(starts, 1, None))) and all(d.fend >= d.fstart for d in self):
            self.starts = starts

    def starting_in(self, lo: int, hi: int) -> list:
        """The dates with ``lo <= fstart < hi``, in order."""
        if self.starts is not None:
            return self[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]
        return [d for d in self if lo <= d.fstart < hi]


_MARK = re.compile("[()،]")


class _Marks:
    """Where a text's brackets and commas stand, so that the last one before an offset is a
    bisection: ``str.rfind`` scans back until it meets one, which on a long text that has none
    is a scan to its start for every amount (quadratic: 30 s on a 1.4 MB line of figures).
    ``rfind(ch, lo, hi)`` answers as ``t.rfind(ch, lo, hi)`` for ``(``, ``)`` and ``،``."""

    def __init__(self, t: str):
        self.at: dict[str, list[int]] = {"(": [], ")": [], "،": []}
        for m in _MARK.finditer(t):
            self.at[m.group()].append(m.start())

    def rfind(self, ch: str, lo: int, hi: int) -> int:
        at = self.at[ch]
        k = bisect_left(at, hi) - 1
        return at[k] if k >= 0 and at[k] >= lo else -1

    def open_bracket(self, lo: int, hi: int) -> bool:
        """An opening bracket in ``t[lo:hi]`` is not closed before ``hi``."""
        return self.rfind("(", lo, hi) > self.rfind(")", lo, hi)


class _Cands(list):
    """The amounts of an article once their spans are final, with the lookups by offset that
    each figure makes among all of them. They come in text order and do not overlap, so their
    starts, ends and number starts ascend together and a lookup is a bisection, not a scan of
    the article's amounts (which made a long text's figures quadratic). Were they ever out of
    order, each lookup scans them all: the same answers, slower."""

    def __init__(self, cands, marks: _Marks):
        super().__init__(cands)
        self.marks = marks  # (the text's brackets and commas)
        self.fs = [o.fs for o in self]
        self.fe = [o.fe for o in self]
        self.ms = [o.m.fstart for o in self]
        self.ordered = all(all(map(le, x, islice(x, 1, None))) for x in (self.fs, self.fe, self.ms))

    def starting_in(self, lo: int, hi: int) -> list:
        """The amounts with ``lo <= fs < hi``, in order."""
        if self.ordered:
            return self[bisect_left(self.fs, lo):bisect_left(self.fs, hi)]
        return [o for o in self if lo <= o.fs < hi]

    def numbers_in(self, lo: int, hi: int, but) -> int:
        """How many amounts other than ``but`` have their number at ``lo <= m.fstart < hi``."""
        if self.ordered:
            i, j = bisect_left(self.ms, lo), bisect_left(self.ms, hi)
            return j - i - (lo <= but.m.fstart < hi and any(o is but for o in self[i:j]))
        return sum(1 for o in self if o is not but and lo <= o.m.fstart < hi)

    def ending_in(self, lo: int, hi: int) -> list:
        """The amounts with ``lo <= fe <= hi``, in order."""
        if self.ordered:
            return self[bisect_left(self.fe, lo):bisect_right(self.fe, hi)]
        return [o for o in self if lo <= o.fe <= hi]

    def last_ending_in(self, lo: int, hi: int):
        """The last amount with ``lo < fe <= hi``, or None."""
        if self.ordered:
            k = bisect_right(self.fe, hi) - 1
            return self[k] if k >= 0 and self.fe[k] > lo else None
        return next((o for o in reversed(self) if lo < o.fe <= hi), None)


def find_figures(folded: Folded, article, numbers, dates, reference) -> list[Figure]:
    """The figures of one article, in text order.

    ``numbers`` and ``dates`` are the article's number and date mentions; ``reference`` is
    its reference date (or None).

    >>> from analysis import extract
    >>> ex = extract("عنوان\\nارتفع عدد الزوار إلى أكثر من 6 ملايين زائر في عام 2019.", published="2018-01-01")
    >>> ex.figures[["value", "kind", "unit", "qualifier", "period_start"]].values.tolist()[0][:4]
    [6000000.0, 'count', 'زائر', 'more_than']
    """
    t = folded.text
    fam_ctx = _Context(folded.tokens.words)
    if "الربع" in t:
        dates = _with_relative_quarters(folded, dates, reference)
    dates = _Dates(dates)
    # a number that starts or ends inside a date (ds <= fstart < de or ds < fend <= de) is
    # part of it: mark those offsets once, then each number is two lookups, not a scan
    size = max([len(t), *(d.fend for d in dates)]) + 1
    starts_in_date, ends_in_date = bytearray(size), bytearray(size)
    for d in dates:
        ds, de = d.fstart, d.fend
        if ds < de:
            starts_in_date[ds:de] = ends_in_date[ds + 1:de + 1] = b"\1" * (de - ds)
    cands: list[_Cand] = []
    for m in numbers:
        if m.kind == "ordinal" or (m.kind == "fraction" and m.value is not None and not m.written):
            continue  # ranks, and digit fractions (11/10 is more often a date than a share)
        if starts_in_date[m.fstart] or ends_in_date[m.fend]:
            continue
        c = _classify(t, m, fam_ctx)
        if c is not None:
            cands.append(c)
    _inherit_units(t, cands)
    _out_of(t, cands)
    _points_of_a_rate(t, cands)
    cands = _join_cents(t, cands)
    cands = _ranges(t, cands)
    _context_money(t, cands, article)
    sents = _sentence_spans(folded, article)
    for i, c in enumerate(cands):
        prev_end = cands[i - 1].fe if i else 0
        si = _sentence_of(sents, c.fs)
        lo = max(prev_end, sents[si][0] if si is not None else 0)
        bm = _BASE_BEFORE.search(t, lo, c.fs)
        # مقابل انخفاض في شهري ماي وجوان (2،9 بالمائة): a contrast of two items, each dated
        if bm and dates.starting_in(bm.start(), c.fs):
            # (قياسا بالفصل الماضي حين بلغ 31 مليونا: a cue of the base after the date)
            bm = _BASE_BEFORE.search(t, max(d.fend for d in dates.starting_in(bm.start(), c.fs)), c.fs)
        c.is_base = bool(bm) and not dates.starting_in(bm.start(), c.fs)
        if i and cands[i - 1].is_base and _EQUIVALENT.fullmatch(t, cands[i - 1].fe, c.fs):
            c.is_base = True  # مقابل 64,2 مليار درهم (5,67 مليار يورو): the same base in another currency
    title_ids = _title_ids(article)
    title_period = _title_period(t, sents, dates, title_ids)
    out: list[Figure] = []
    last_in_segment: dict[int, tuple] = {}
    last_at: dict = {}  # (where the amount that said it ends)
    last_base = None
    marks = _Marks(t)
    cands = _Cands(cands, marks)  # (no candidate changes its span from here on)
    cand_ends = sorted(cands.fe)
    for c in cands:
        if c.kind is None:
            continue
        f = _describe(folded, article, c, sents, dates, cands, cand_ends, reference)
        if out and out[-1].kind == f.kind == "money" and out[-1].unit != f.unit and out[-1].fend <= c.fs \
                and _RESTATED.fullmatch(t, out[-1].fend, c.fs):
            # 20 مليار دينار (66.7 مليار دولار): the same amount in another currency is as sure
            # as the amount it restates, and of the same time unless it says its own
            p = out[-1]
            f = replace(f, status=p.status, metric=p.metric, metric_key=p.metric_key)  # (one amount: one measure)
            if f.period_start is None and f.period_end is None:
                f = replace(f, period_text=p.period_text, period_start=p.period_start, period_end=p.period_end,
                            end_from=p.end_from)
        si = _sentence_of(sents, c.fs)
        seg = sents[si][2] if si is not None else None
        in_title = si is not None and seg in title_ids
        if c.is_base and f.period_start is None and f.period_end is None and last_base:
            f = _replace_period(f, last_base)  # مقابل 175 مليون دينار: the base period said before
        elif f.period_start is None and f.period_end is None and not in_title and f.status in ("actual", "partial", "target") \
                and not c.no_inherit and (f.kind != "count" or f.metric_key not in (None, "other")) \
                and not (f.kind == "money" and f.metric_key == "price") \
                and not _own_span_of_time(t, c, sents[si] if si is not None else None, dates, marks) \
                and not (si is not None and _MARKET_MOMENT.search(t, sents[si][0], sents[si][1])):
            # (a price, or a move quoted in a trading session, is of a moment: it accumulates over no time)
            # (a count of people with no measure named, 24 وزيرا، 150 راكبا, is no statistic of a period)
            # a figure continuing a series takes a period said before it: a period the sentence before introduces, else a dated title's (… سنة 2016), else
            # the paragraph's series, else the first amount of the sentence before
            # (a target goes on only with a series of targets: the amounts of a plan, each
            # planned for the year the plan names)
            done = f.status != "target"
            if done:
                inherited = (_previous_sentence_period(t, sents, si, dates, c, cands, out, title_ids, figures=False)
                             or (title_period if title_period and title_period[3] == "absolute" else None)
                             or last_in_segment.get(seg)
                             or _previous_sentence_period(t, sents, si, dates, c, cands, out, title_ids, figures=True))
            else:
                inherited = last_in_segment.get((seg, "target"))
                at = last_at.get((seg, "target"), c.fs)
                if inherited is not None and (_STATUS_BREAK.search(t, at, c.fs) or _CIRCUMSTANCE.search(t, at, c.fs)):
                    inherited = None  # (…، متجاهلة طلب رفعه إلى 4%: another's hope, not the list's)
                if inherited is None:
                    inherited = _previous_sentence_period(t, sents, si, dates, c, cands, out, title_ids,
                                                          figures=True, status="target")
                    if inherited and _BY_TEXT.match(inherited[0] or ""):
                        inherited = None  # (a deadline said before, بحلول 2024, is its own target's)
            if inherited and inherited[1] is not None and inherited[2] is not None \
                    and (inherited[2] - inherited[1]).days <= 10 and reference is not None and inherited[2] < reference:
                # (a past week or day is when a move happened, not a period the next amounts run
                # over: what follows undated is of now; this week holds now, and goes on)
                inherited = None
            if done and inherited and _BY_TEXT.match(inherited[0] or "") \
                    and not (len(inherited) > 4 and inherited[4] == f.metric_key and f.metric_key not in (None, "other")):
                # (a deadline, بحلول 2028, is the date its own amount is due by; an amount of the
                # same measure goes on with it: the goal 2% by 2024 and a demand of 4%)
                inherited = None
            if inherited:
                f = _replace_period(f, inherited)
        aside = marks.open_bracket(0, c.fs) and not _bracketed(t, c)  # (… 50.5 % خلال جانفي 2017)
        if (f.period_start is not None or f.period_end is not None) and c.is_base:
            last_base = (f.period_text, f.period_start, f.period_end, f.end_from)
        if (f.period_start is not None or f.period_end is not None) and not c.is_base and not aside \
                and f.status in ("actual", "partial", "target"):
            key = seg if f.status != "target" else (seg, "target")
            last_in_segment[key] = (f.period_text, f.period_start, f.period_end, f.end_from, f.metric_key)
            last_at[key] = c.fe
        if c.is_base and out and out[-1].kind == f.kind and not out[-1].is_base and si is not None \
                and out[-1].fstart >= sents[si][0] and out[-1].metric_key not in (None, "other") \
                and _COMPARED_BEFORE.search(t, max(sents[si][0], c.fs - 40), c.fs):
            # ارتفاعا من 12.8% حاليا، مقابل 3 مليارات: the base of a comparison is of the
            # measure it is compared with
            f = replace(f, metric_key=out[-1].metric_key)
        elif f.kind == "money" and out and out[-1].kind == "money" and out[-1].metric_key not in (None, "other") \
                and si is not None and out[-1].fstart >= sents[max(0, si - 1)][0] \
                and (_PART_AFTER.match(t, c.fe) or _PART_BEFORE.search(t, max(0, c.fs - 12), c.fs)):
            # 318 مليون منها …، منهم 25.5 مليار جنيه: a part of the amount before is of its measure
            f = replace(f, metric_key=out[-1].metric_key)
        elif f.metric is None and f.kind in ("money", "percent") and not in_title and not c.own_clause:
            f = _series_metric(f, out, sents, si, title_ids)
        out.append(f)
    out = _respectively(t, out, dates, sents)
    if reference is not None:
        out = [_not_yet(f, reference) for f in out]
    return out


_REL_QUARTERS = {p: (int(n), frm) for p, n, frm in _rows("relative_quarters.tsv")}
_REL_QUARTER_RE = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?P<q>{_alt(_REL_QUARTERS)})(?![\u0621-\u064a])")


def _quarter(day: dt.date, shift: int) -> tuple[dt.date, dt.date]:
    """The quarter ``shift`` quarters from the one holding ``day``: (first day, last day)."""
    n = day.year * 4 + (day.month - 1) // 3 + shift
    y, q = divmod(n, 4)
    first = dt.date(y, 3 * q + 1, 1)
    y2, q2 = divmod(n + 1, 4)
    return first, dt.date(y2, 3 * q2 + 1, 1) - dt.timedelta(days=1)


def _with_relative_quarters(folded: Folded, dates, reference) -> list:
    """``dates`` and, in text order among them, the quarters named by their place next to
    another (``lang/ar/relative_quarters.tsv``: هذا الربع، الربع السابق), which the figures of
    their clause are about. Only for the figures: the dates table does not list them."""
    t = folded.text
    found = []
    for m in _REL_QUARTER_RE.finditer(t):
        if any(d.fstart <= m.start("q") < d.fend for d in dates):
            continue  # (a date read already holds it)
        shift, frm = _REL_QUARTERS[m.group("q")]
        base = None
        if frm != "reference":
            for d in dates:
                if d.fstart >= m.start():
                    break
                if d.granularity == "quarter" and d.start_date is not None and d.type == "date":
                    base = d.start_date
                    break  # (the first: the report's; those after it are often bases of comparisons)
        a, b = folded.span(m.start("q"), m.end("q"))
        if base is None and frm == "named" or base is None and reference is None:
            # (سجلت خسائر عن هذا الربع, published in May: the quarter just reported, which the text
            # does not name; the May quarter would be wrong, and so would a period from elsewhere)
            found.append(DateMention(folded.original[a:b], a, b, "vague", None, None, "quarter", "relative", None,
                                     fstart=m.start("q"), fend=m.end("q")))
            continue
        if base is None:
            base = reference
        if isinstance(base, dt.datetime):
            base = base.date()
        first, last = _quarter(base, shift)
        found.append(DateMention(folded.original[a:b], a, b, "date", first, last, "quarter", "relative", None,
                                 is_future=shift > 0, fstart=m.start("q"), fend=m.end("q")))
    if not found:
        return dates
    return sorted([*dates, *found], key=lambda d: d.fstart)


def _series_metric(f: Figure, done: list[Figure], sents, si, title_ids) -> Figure:
    """An amount of money or a percent with no word of a measure in its sentence or the one
    before goes on with the series of the amounts before it: the measure of the last one in its
    sentence or in the two sentences before, whatever the paragraph (وحلت تونس في المركز
    الخامس بقيمة 14.2 مليار دولار after a sentence on investment)."""
    if si is None:
        return f
    lo = sents[max(0, si - 2)][0]
    for k in range(si - 1, max(-1, si - 3), -1):
        if sents[k][2] in title_ids:
            lo = sents[k + 1][0]
            break
    for p in reversed(done):
        if p.fstart < lo:
            break
        if p.kind in ("money", "percent") and p.metric is not None and p.metric_key != "other":
            return replace(f, metric_key=p.metric_key)  # (from a word of its own: no chain)
    return f


def _not_yet(f: Figure, reference: dt.date) -> Figure:
    """A figure for a period that starts after the reference date is not what happened. With no
    cue of a forecast in its clause (those give "forecast" before this), it is a target: an
    article gives a future amount as a plan, a budget or a goal far more often than as someone's
    expectation (العجز 5% في 2021، إيرادات 2019 المقدرة في الميزانية)."""
    if f.status in ("actual", "partial") and (
            f.period_start is not None and f.period_start > reference
            or f.period_start is None and f.period_end is not None and f.period_end > reference
            and not (f.end_from is not None and f.end_from <= reference)):
        # (… بقيمة 7.4 مليار يورو حتى عام 2027: a package to come; not a tally حتى مارس said in
        # March: it runs to now)
        return replace(f, status="target")
    return f


# على التوالي: the figures of the sentence go with its periods one by one, in order
_RESPECTIVELY = re.compile(r"(?<![\u0621-\u064a])(?:و?علي|ب)?\s*التوالي(?![\u0621-\u064a])")


# an ordinal, or «for the Nth month», before it: على التوالي then means «in a row»
_CONSECUTIVE = re.compile(
    r"(?<![\u0621-\u064a])(?:(?:[لكب]|لل|وال|ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:ه|ي)?"
    r"|لل(?:مره|شهر|عام|سنه|يوم|اسبوع|ربع|فصل|جلسه|دوره))(?![\u0621-\u064a])\S*(?:\s+\S+){0,3}\s*$")


def _respectively(t: str, figures: list[Figure], dates, sents) -> list[Figure]:
    """Pair the figures of a sentence that says «على التوالي» with its periods, in order.

    «نما الاقتصاد 3% و4% في عامي 2022 و2023 على التوالي»: 3% is 2022's, 4% is 2023's. The
    periods are the sentence's dated years, months or quarters, or the years of one range
    written as a list («لسنوات 2016/2015»: earliest first). Nothing changes unless there are as
    many figures of one kind as periods, at least two, all of them taking one of those periods.
    """
    out = list(figures)
    if "التوالي" not in t:  # (the pattern has no literal head: a plain search is much faster)
        return out
    for m in _RESPECTIVELY.finditer(t):
        si = _sentence_of(sents, m.start())
        if si is None or _CONSECUTIVE.search(t, max(0, m.start() - 40), m.start()):
            continue  # كخامس ارتفاع شهري على التوالي: «in a row», not «respectively»
        sa, sb = sents[si][0], sents[si][1]
        in_sentence = dates.starting_in(sa, sb)
        periods = [(d.text, d.start_date, d.end_date) for d in in_sentence
                   if d.type == "date" and d.start_date is not None
                   and d.end_date is not None and d.role is None]
        ranges = [d for d in in_sentence if d.type == "daterange" and d.start_date is not None
                  and d.end_date is not None and d.start_date.month == 1 and d.start_date.day == 1
                  and (d.end_date.month, d.end_date.day) == (12, 31) and "/" in d.text]
        if not periods and len(ranges) == 1:  # لسنوات 2016/2015: one year each
            r = ranges[0]
            periods = [(r.text, dt.date(y, 1, 1), dt.date(y, 12, 31))
                       for y in range(r.start_date.year, r.end_date.year + 1)]
        idx = [k for k, f in enumerate(out) if sa <= f.fstart < sb and not f.is_base]
        if len(periods) < 2 or len(idx) != len(periods) or len({out[k].kind for k in idx}) != 1:
            continue
        spans = {(p0, p1) for _, p0, p1 in periods}
        union = (min(p0 for _, p0, _ in periods), max(p1 for _, _, p1 in periods))
        if not all((out[k].period_start, out[k].period_end) in spans | {union} for k in idx):
            continue  # a figure with a period of its own: not a respectively list
        for k, period in zip(idx, periods):
            out[k] = _replace_period(out[k], period)
    return out


_HOW_OFTEN = re.compile(r"[\u0621-\u064a]+يا|كل\s.*")
_SPAN_BEFORE = re.compile(rf"(?<![\u0621-\u064a])(?:{_alt(w for w, r in _CLAUSE_WORDS if r == 'span')})\s*$")


_MARKET_MOMENT = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف|ب|ل|لل|وال|بال)?(?:{_words_of('market_moment_words.tsv')})"
                            r"(?![\u0621-\u064a])")


def _own_span_of_time(t, c, sent, dates, marks: _Marks) -> bool:
    """The amount's own clause says how long it runs or how often, without a date (خسرت 70
    مليار دولار خلال عام ونصف، قرض بقيمة 7 مليارات دولار على أربع سنوات، مليار دولار سنويا):
    its time is said, and a period said elsewhere is not its."""
    if sent is None:
        return False
    sa, sb = sent[0], sent[1]
    lo = max(sa, marks.rfind("،", sa, c.fs) + 1)
    hi = t.find("،", c.fe, sb)
    hi = sb if hi < 0 else hi
    for d in dates.starting_in(lo, hi):
        if d.fend > hi:
            continue
        if d.type == "date" and d.granularity == "day" and getattr(d, "role", None) is None \
                and not _SAID_AT.search(t, max(lo, d.fstart - 50), d.fstart):
            # (لامست العملة يوم الاثنين 5.4 ليرة: an amount of that day; not the day a report
            # was put out, تقريرها الصادر أمس)
            return True
        if d.type == "set" and _HOW_OFTEN.fullmatch(t, d.fstart, d.fend):
            return True  # (سنويا، كل عام; not an adjective: بانزلاق سنوي، تقريرها السنوي)
        if d.type == "duration" and _SPAN_BEFORE.search(t, max(lo, d.fstart - 12), d.fstart):
            return True  # (خلال عام ونصف; not what is counted: قضى أكثر من 3 ليال)
        if d.type == "vague" and _SPAN_BEFORE.search(t, max(lo, d.fstart - 12), d.fstart):
            return True  # (خلال الأشهر الأخيرة: a time said, if vaguely, is not the sentence before's)
        if d.type == "vague" and d.granularity == "quarter":
            return True  # (عن هذا الربع with no quarter named: its own, unplaced)
    return False


def _previous_sentence_period(t, sents, si, dates, c, cands, done, title_ids, figures, status=None):
    """The period the sentence before says (… النصف الأول من 2018. وأضاف أن العجز بلغ 41.7
    مليار ريال): the period of its last amount that is not a base or an aside, else the
    first period it names."""
    if si is None or si == 0 or sents[si - 1][2] in title_ids:
        return None
    pa, pb = sents[si - 1][0], sents[si - 1][1]
    in_sentence = cands.starting_in(pa, pb)
    if bool(in_sentence) != figures:
        return None
    # (the figures so far follow the amounts' order: when that is the text's, those of the
    # sentence before are the last ones)
    k = len(done) if cands.ordered else 0
    while k and done[k - 1].fstart >= pa:
        k -= 1
    for f in done[k:]:
        if pa <= f.fstart < pb and not f.is_base and (f.period_start or f.period_end) \
                and (f.status in ("actual", "partial") if status is None else f.status == status) \
                and not cands.marks.open_bracket(pa, f.fstart):
            return f.period_text, f.period_start, f.period_end, f.end_from, f.metric_key
    best = None
    if figures:
        return None  # (a sentence of amounts passes on the periods of its amounts, not its other dates)
    for d in dates.starting_in(pa, pb):
        if d.fend <= pb and _measure_in_clause(t, d, pa, pb, cands.marks):
            probe = _Cand(c.m, d.fend, d.fend, c.kind, c.unit, c.value, c.low, c.high)
            p = _period(t, probe, pa, pb, [d], _Cands(in_sentence, cands.marks))
            if p:
                return p
    return best


def _measure_in_clause(t, d, pa, pb, marks) -> bool:
    """A time said in a sentence with no amount is the period of the amounts of the next one
    only when its clause names a measure (انكمش الاقتصاد في بداية العام, نشرة سوق العمل للربع
    الرابع): the time of a happening (تولى المنصب في عام 2019) or of a saying is not a period of
    account."""
    lo = max(pa, marks.rfind("،", pa, d.fstart) + 1)
    hi = t.find("،", d.fend, pb)
    hi = pb if hi < 0 else hi
    return _METRIC_RE.search(t, lo, hi) is not None or _CHANGE.search(t, lo, hi) is not None \
        or _REPORT_WORD.search(t, lo, hi) is not None


_REPORT_WORD = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:{_words_of('report_words.tsv')})"
                          r"(?![\u0621-\u064a])")


def _title_ids(article) -> frozenset:
    """Segment ids of the title."""
    if article is None:
        return frozenset()
    return frozenset(i for i, kind in segment_kinds(article).items() if kind == "title")


def _title_period(t, sents, dates, title_ids):
    """A month or a year the title names, as the period of the article's statistics:
    (text, start, end, anchor) or None."""
    spans = [(a, b) for a, b, seg, _ in sents if seg in title_ids]
    if not spans:
        return None
    a, b = spans[0][0], spans[-1][1]
    if _status_cues(t, a, b):
        return None  # (الكويت تستهدف تقليص العجز … في 2021: a year hoped for, not the year of account)
    for d in dates:
        if a <= d.fstart < b and d.start_date is not None and d.end_date is not None \
                and d.granularity in ("month", "quarter", "half", "year") and getattr(d, "role", None) is None:
            return d.text, d.start_date, d.end_date, getattr(d, "anchor", None)
    return None


def _replace_period(f: Figure, period) -> Figure:
    text, p0, p1 = period[:3]
    end_from = period[3] if len(period) > 3 else None
    status = f.status
    if status == "actual" and p0 is not None and p1 is not None and _is_part_of_year(p0, p1):
        status = "partial"
    return replace(f, period_text=text, period_start=p0, period_end=p1, status=status, end_from=end_from)


def _ends_with_article(before: str) -> bool:
    r"""``re.search(r"(?:^|\s)ال\s*$", before)``, without trying the pattern at every offset:
    the last word is the bare article (الـ 43, its tatweel folded away)."""
    b = before.rstrip()
    return b.endswith("ال") and (len(b) == 2 or b[-3].isspace())

# a rate named right before a bare number: بنسبة 14.8، بما نسبته 27، معدل 3.5
_RATE_BEFORE = re.compile(r"(?:^|\s)(?:و)?(?:بنسبه|نسبته|نسبتها|بمعدل|معدله|معدلها)\s*(?:بلغت|تبلغ|تصل\s+الي|وصلت\s+الي)?\s*$")
_UNIT_AFTER_RATE = re.compile(r"\s*(?:نقط|مره|اضعاف|ضعف)")
# the whole a fraction is a share of: a noun with the article (نصف الصادرات), a demonstrative
# (نصف هذه الأموال), a noun with a pronoun (نصف مشروعاتها) or before a noun with the article
# (نصف سكان العالم)
_SHARE_NOUN = re.compile(r"\s*(?:(?P<w>ال[\u0621-\u064a]{3,})|(?:هذه|هذا|هؤلاء|تلك|ذلك)\s"
                         r"|(?P<c>[\u0621-\u064a]{3,})(?:(?:ها|هم|هما)(?![\u0621-\u064a])|\s+ال[\u0621-\u064a]{2,}))")
_NOUN_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?P<n>ال[\u0621-\u064a]{3,})\s+$")
_WHOLE_PRONOUNS = ("ها", "هم", "هما")
_FIXED_AFTER_FRACTION = frozenset(r[0] for r in _rows("fraction_phrases.tsv"))


_WISH_AFTER = re.compile(rf"\s+(?:{_words_of('wishes.tsv')})(?![\u0621-\u064a])")


def _classify(t: str, m, fam_ctx: _Context) -> _Cand | None:
    value, low, high = m.value, m.value_low, m.value_high
    vague = value is None
    before = t[max(0, m.fstart - 40):m.fstart]
    fs, fe = m.fstart, m.fend
    # a number glued to a slash or inside a date written with slashes (31/1/2018)
    if t[m.fend:m.fend + 1] == "/" or before.endswith("/"):
        return None
    if m.written and _WISH_AFTER.match(t, m.fend):
        return None  # (ألف مبروك: a wish)
    if _in_quoted_name(t, fs, fe):
        return None
    if getattr(m, "after_noun", False):
        # المواقع الستة، الدول الخمس: a count of the noun before the number; not a span of time
        # (السنوات الثلاث: the dates table's)
        nb = _NOUN_BEFORE.search(t, max(0, fs - 40), fs)
        if nb is None or _TIME_RE.fullmatch(" " + nb.group("n")[2:]) or nb.group("n") in MONTH_AND_PART_WORDS:
            return None
        return _Cand(m, nb.start("n"), fe, "count", None, value, low, high, has_unit_word=True,
                     noun_span=nb.span("n"))
    # $10, € 20
    sym = before.rstrip()[-1:] if before.rstrip() else ""
    if m.kind == "percent":
        c = _Cand(m, fs, fe, "percent", "%", value, low, high, has_unit_word=True)
    elif sym in _SYMBOL and not m.written:
        c = _Cand(m, fs - (len(before) - len(before.rstrip()[:-1])), fe, "money", _SYMBOL[sym], value, low, high,
                  has_unit_word=True)
    elif m.kind == "fraction" and m.written:
        # نحو نصف الاستثمارات: a share of a whole, read as a percent
        if value is None or value >= 1:
            return None
        if not t[m.fstart:m.fend].endswith(_WHOLE_PRONOUNS):  # (نصفها: its whole is the pronoun)
            nxt = _SHARE_NOUN.match(t, m.fend, m.fend + 40)
            word = nxt and (nxt.group("w") or nxt.group("c") or "")
            if not nxt or word in _FIXED_AFTER_FRACTION or word and _TIME_RE.fullmatch(" " + word):
                return None  # نصف النهائي، نصف المصنعة، ربع الساعة: no share of a total
        c = _Cand(m, fs, fe, "percent", "%", value * 100, None, None)
    else:
        u = _unit_after(t, m.fend, fam_ctx)
        if u is None and vague:
            # ملايين الدولارات، عشرات الملايين من الدولارات: a vague sum of money
            vm = _VAGUE_CURRENCY.match(t, m.fend, m.fend + 40)
            if vm:
                fam = _CUR_FAMILY[vm.group("cur")]
                u = ("money", _currency_code(fam, vm.group("adj"), _pick_context(fam, fam_ctx)), m.fend, 1.0)
        if u:
            kind, unit, end, mult = u
            c = _Cand(m, fs, end, kind, unit, value * mult if value is not None else None,
                      low, high, has_unit_word=True)
            # a speed (120 كم في الساعة), a length (6 أمتار، 20 قدما) or how many times a thing was
            # done (3 مرات) is no amount tallied over a period said elsewhere
            c.no_inherit = unit.endswith("_per_hour") or unit in _NO_TALLY_UNITS
        else:
            if _TIME_RE.match(t, m.fend):
                return None
            if (_ID_BEFORE_RE.search(before) or _MODEL_BEFORE_RE.search(before) or _ID_LIST_BEFORE_RE.search(before)) \
                    and not m.written and m.scale is None:
                return None
            if not m.written and m.scale is None and value is not None and value == int(value) \
                    and 1900 <= value <= 2100 and len(m.text.strip()) == 4:
                return None  # a year
            # الـ 43: "the 43rd", an ordinal written with digits, unless a unit follows
            after = m.fend
            if t.startswith(")", m.fend) and before.endswith("(") and not m.written:
                after = m.fend + 1  # (23) مشروعاً: digits set in parentheses, the noun after them
            one_two = _ONE_TWO.get(t[fs:fe]) if m.written and m.scale is None else None
            if one_two:
                nb = _one_two_noun(t, fs, fe, one_two)
                if nb is False:
                    return None
                if nb:
                    return _Cand(m, nb[0], fe, "count", None, value, low, high, has_unit_word=True, noun_span=nb)
            if one_two == 1:
                noun = None
            else:
                noun = None if _ends_with_article(before) else _count_noun(t, after, vague)
            if noun and after != m.fend:
                fs = fs - 1
            if noun and value is not None and m.scale is None and value != int(value):
                noun = None  # 5.72 متبوعة: a score, not 5.72 things
            if noun:
                # a vague amount's span is the amount alone (عشرات الآلاف); a number's holds its noun
                c = _Cand(m, fs, fe if vague else noun[1], "count", noun[0], value, low, high,
                          has_unit_word=True, noun_span=(noun[2], noun[1]))
            elif _RATE_BEFORE.search(before) and not m.written and m.scale is None and value is not None \
                    and not _UNIT_AFTER_RATE.match(t, m.fend):
                # بنسبة 14.8، بما نسبته 27: a rate named, its sign left out
                c = _Cand(m, fs, fe, "percent", "%", value, low, high, has_unit_word=True)
            elif value is not None and (_PART_OF_AFTER.match(t, m.fend) or _from_place(t, m.fend)) \
                    or m.written and m.scale is None and value is not None and value >= 2 \
                    and _CLAUSE_AFTER.match(t, m.fend):
                # 90 منهم، 4 بينهم: a part of the people or things named before
                # أصيب سبعة لكن حالتهم مستقرة، لطالبين اثنين بينما نجح الباقون: a number said in words
                # whose noun is before it or left out, the next clause right after it
                c = _Cand(m, fs, fe, "count", None, value, low, high, has_unit_word=True)
            elif m.scale is None and value is not None and not _TO_NEXT.match(t, m.fend) \
                    and (cn := _COUNT_OF_BEFORE.search(t, max(0, fs - 50), fs)):
                # خفض المصنع عدد الورديات من أربع إلى اثنتين: the noun after عدد is what the amount counts
                # (the first end of a range takes the unit and scale of the second: من 20 إلى 30 مليون)
                c = _Cand(m, fs, fe, "count", cn.group("n"), value, low, high, has_unit_word=True,
                          noun_span=(cn.start("n"), cn.end("n")))
            elif vague and _SEVERAL_AFTER.match(t, m.fend):
                # آلاف عدة، مئات عديدة: several of what the sentence speaks of, a count
                c = _Cand(m, fs, fe, "count", None, value, low, high, has_unit_word=True)
            elif m.scale is not None or vague:
                c = _Cand(m, fs, fe, None, None, value, low, high)  # decided by its neighbours
            else:
                c = _Cand(m, fs, fe, None, None, value, low, high)
                c.has_unit_word = False
    # qualifier before the amount
    q = _QUAL_BEFORE_RE.search(t[max(0, fs - 40):fs])
    neg = _NEG_EXCEED_RE.search(t[max(0, fs - 40):fs]) if not q else None
    if q:
        c.qualifier = _QUAL_OF[q.group("q")]
        if c.qualifier == "approx_rate":
            # تقدر ب: an estimate for a rate, the stated sum for an amount of money or things
            c.qualifier = "approx" if c.kind == "percent" else "exact"
        if c.qualifier != "exact":
            c.fs = max(0, fs - 40) + q.start("q")
    elif qa := _QUAL_BEFORE_ALT_RE.search(t[max(0, fs - 40):fs]):
        c.qualifier = _QUAL_OF[qa.group("q")]
        if c.qualifier == "approx_rate":
            c.qualifier = "approx" if c.kind == "percent" else "exact"
    elif neg:
        c.qualifier = "at_most"  # لم يتجاوز معدلها 0،6 بالمائة
    elif ex := _EXCEED_RE.search(t[max(0, fs - 60):fs]):
        c.qualifier = "at_most" if ex.group("neg") else "more_than"  # تخطى عدد السياح عتبة 11 مليون سائح
    else:
        qa = _QUAL_AFTER_RE.match(t, c.fe, c.fe + 20)
        if qa:
            c.qualifier = _QUAL_AFTER_OF[qa.group("q")]
            c.fe = qa.end()
    if vague and c.qualifier == "exact":
        c.qualifier = "approx"
    return c


_SENTENCE_BREAK = re.compile(r"[.؟!\n]")
_POINTS = frozenset({"نقطه", "نقاط", "نقطتين", "نقطتان"})
# a change word right before the points (بزيادة ثلاث نقاط، بارتفاع قدره نقطتين)
_CHANGE_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:زياده|ارتفاع|تراجع|انخفاض|تحسن)(?:\s+(?:قدرها|قدره|بلغت|بلغ|ب))?\s*$")


def _points_of_a_rate(t: str, cands: list[_Cand]) -> None:
    """Points by which a rate changed are percentage points: نسبة إشغال بلغت 61 في المئة، بزيادة أربع
    نقاط. Only right after a percent in the same sentence, with a change word before them; an
    index's points (ارتفع المؤشر 50 نقطة) stay a count."""
    for a, b in zip(cands, cands[1:]):
        if b.kind != "count" or a.kind != "percent" or b.noun_span is None:
            continue
        if t[b.noun_span[0]:b.noun_span[1]] not in _POINTS:
            continue
        if b.m.fstart - a.fe > 60 or _SENTENCE_BREAK.search(t, a.fe, b.m.fstart):
            continue
        if _CHANGE_BEFORE.search(t, max(a.fe, b.fs - 25), b.fs):
            b.kind, b.unit, b.noun_span = "percent", "pp", None
_AND_BEFORE = re.compile(r"(?:مقابل|مقارنه\s+ب|و)\s*(?:نحو|حوالي)?\s*-?\s*$")


def _inherit_units(t: str, cands: list[_Cand]) -> None:
    """Amounts whose unit is written once for several of them.

    * من 55 ألفا إلى 80 ألف مقعد، 40 و35 بالمائة: the first amount takes the second's unit;
    * 634 م د في 2019 مقابل 1207 في 2018، 0.4% في يونيو و-0.1 في أغسطس: a bare number after
      مقابل, or joined by و in a list, takes the unit (and the scale) of the amount before it.
    """
    for a, b in zip(cands, cands[1:]):
        if a.has_unit_word or not b.has_unit_word:
            continue
        link = t[a.m.fend:b.m.fstart]
        if _RANGE_LINK.match(link) and b.kind is not None:
            a.kind, a.unit = b.kind, b.unit
            a.has_unit_word = a.shared_unit = True
            if a.m.scale is None and not a.m.written and b.m.value and b.value is not None and a.value is not None:
                # من 20 إلى 30 مليار دولار: the scale (and a unit's multiplier) is written once
                a.value = a.value * (b.m.scale or 1.0) * (b.value / b.m.value)
    for a, b in zip(cands, cands[1:]):
        if b.has_unit_word or b.kind is not None or not a.has_unit_word or b.m.scale is not None:
            continue
        if b.m.fstart - a.fe > 60 or b.value is None or _SENTENCE_BREAK.search(t, a.fe, b.m.fstart):
            continue
        before = t[max(a.fe, b.m.fstart - 20):b.m.fstart]
        if _AND_BEFORE.search(before):
            mult = (a.value / a.m.value) if (a.value is not None and a.m.value) else 1.0
            if a.m.scale and a.m.value and 0.1 <= b.value / (a.m.value / a.m.scale) <= 10:
                mult *= a.m.scale  # 740 مليون درهم مقارنة بنحو 733: the scale is written once too
            b.kind, b.unit, b.value = a.kind, a.unit, b.value * mult
            b.has_unit_word = True


_OWN_NOUN = re.compile(r"(?:ات|[^و]ا)$")
_OUT_OF_LINK = re.compile(r"\s*(?:من\s+اصل|من\s+بين|من\s+مجموع)\s*")


def _out_of(t: str, cands: list[_Cand]) -> None:
    """7 مدارس من أصل 12، 3 لاعبين من بين 20: the whole after من أصل counts what the part before
    counts; the word after it is the next clause's (… من أصل 12 تعمل بالطاقة الشمسية), unless it
    is a noun of its own: a plural (من أصل 8 مدارس) or a singular in the accusative (12 طالبا)."""
    for a, b in zip(cands, cands[1:]):
        if a.kind != "count" or a.noun_span is None or b.kind not in (None, "count") or b.value is None:
            continue
        if not _OUT_OF_LINK.fullmatch(t, a.fe, b.m.fstart):
            continue
        if b.noun_span is not None and _OWN_NOUN.search(t[b.noun_span[0]:b.noun_span[1]]) \
                or b.noun_span is not None and t[b.noun_span[0]:b.noun_span[1]] == t[a.noun_span[0]:a.noun_span[1]]:
            continue  # (its own noun: a plural, من أصل 8 عينات, or a singular in the accusative, 12 طالبا)
        b.kind, b.unit, b.noun_span, b.fe, b.has_unit_word = "count", a.unit, a.noun_span, b.m.fend, True


_BETWEEN_BEFORE = re.compile(r"(?:^|\s)(?:ما\s+)?(?:بين|يتراوح\s+بين|تتراوح\s+بين|يتراوح\s+ما\s+بين|تتراوح\s+ما\s+بين)\s*$")


_RANGE_VERB_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?:و)?[يت]تراوح\s+(?:[\u0621-\u064a]+\s+){0,2}"
                                r"(?:(?:ما\s+)?بين\s+|من\s+)?$")
_RANGE_VERB_LINK = re.compile(r"\s*(?:و|الي|حتي|-)\s*")
_AND_LINK = re.compile(r"\s*و\s*")
_TO_END_LINK = re.compile(r"\s*الي\s*")
_DASH_LINK = re.compile(r"\s*-\s*")


def _ranges(t: str, cands: list[_Cand]) -> list[_Cand]:
    """بين 20 و30 مليار دولار، 10-20 دولار: one amount given as a range (two figures are
    kept for من 10 إلى 25%, a minimum and a maximum)."""
    out: list[_Cand] = []
    skip = False
    for a, b in zip(cands, cands[1:] + [None]):
        if skip:
            skip = False
            continue
        if b is not None and a.kind == b.kind and a.unit == b.unit and a.value is not None and b.value is not None:
            link = t[a.m.fend:b.m.fstart]
            between = _BETWEEN_BEFORE.search(t, max(0, a.m.fstart - 20), a.m.fstart)
            # each end with its own unit (بين 7،2 بالمائة و1،5 بالمائة) is two rates
            # a verb of ranging makes the two ends one amount whatever links them and however
            # often the unit is written (تتراوح الرسوم 50 إلى 80 دينارا، يتراوح ما بين 2 مليون يورو
            # إلى 4 ملايين يورو); a bare من … إلى … stays a minimum and a maximum
            ranging = _RANGE_VERB_BEFORE.search(t, max(0, a.m.fstart - 25), a.m.fstart) \
                and _RANGE_VERB_LINK.fullmatch(t, a.m.fend if a.shared_unit else a.fe, b.m.fstart)
            # (ما بين 7 إلى 10%: بين makes one range, whether و or إلى joins its ends)
            if ranging or a.shared_unit and ((between and (_AND_LINK.fullmatch(link) or _TO_END_LINK.fullmatch(link)))
                                             or _DASH_LINK.fullmatch(link)):
                # the low end first, whichever order the text gives them in (5-3 مليارات)
                a.low, a.high = (a.value, b.value) if a.value <= b.value else (b.value, a.value)
                a.value = None
                a.fe, a.qualifier = b.fe, "range"
                if between:
                    a.fs = min(a.fs, between.start() + len(between.group()) - len(between.group().lstrip()))
                out.append(a)
                skip = True
                continue
        out.append(a)
    return out


_CENTS_LINK = re.compile(r"\s*و?\s*")


def _join_cents(t: str, cands: list[_Cand]) -> list[_Cand]:
    """20 دولار و43 سنت: one amount of 20.43 dollars."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "money" and c.kind == "money" and c.value is not None \
                and prev.value is not None and c.m.value is not None and c.value < 1 and prev.m.value == prev.value \
                and abs(c.value - c.m.value * 0.01) < 1e-9 and _CENTS_LINK.fullmatch(t[prev.fe:c.fs]):
            prev.value = prev.value + c.value
            prev.fe = c.fe
            continue
        out.append(c)
    return out


_COUNT_CUE = re.compile(r"(?:^|\s)(?:و|ف|ب|ل)?(?:عدد|اعداد)\s")


def _context_money(t: str, cands: list[_Cand], article) -> None:
    """A scaled amount with no unit (318 مليون منها) takes the currency of the amounts around
    it in its sentence; other scaled amounts with no unit are counts (11 مليون في 2017)."""
    for i, c in enumerate(cands):
        if c.kind is not None or c.has_unit_word:
            continue
        if c.m.scale is None and c.value is not None:
            continue
        near = [d for d in cands[max(0, i - 2):i] + cands[i + 1:i + 3]
                if d.kind == "money" and abs(d.m.fstart - c.m.fstart) < 250
                and "\n" not in t[min(d.m.fstart, c.m.fstart):max(d.m.fstart, c.m.fstart)]]
        count_cue = _COUNT_CUE.search(t[max(0, c.fs - 80):c.fs])
        if near and not count_cue:
            c.kind, c.unit = "money", near[0].unit
        else:
            c.kind, c.unit = "count", None


class _Sentences(list):
    """The sentences of ``_sentence_spans``: a list of (fstart, fend, segment id, text), and
    their starts and ends as lists when both ascend (sentences in text order: always, for an
    article read by ``read_article``), so that ``_sentence_of`` bisects instead of scanning."""

    starts: list[int] | None = None
    ends: list[int] | None = None


def _sentence_spans(folded: Folded, article) -> _Sentences:
    """Sentences as folded spans: (fstart, fend, segment kind index, original text)."""
    if article is None:
        return _Sentences([(0, len(folded.text), 0, folded.original)])
    # original -> folded offsets: index is sorted, so bisect
    sents = article.sentences
    starts = [s.start for s in sents]
    ends = [s.end for s in sents]
    idx = folded.index
    if idx is not None:
        # the folded offset of original offset o is at most o and at least o minus the number
        # of characters dropped: the search keeps to those few entries of index (a long search
        # through the whole of it costs more, in cache misses, than the call itself)
        d, n = len(folded.original) - len(folded.text), len(idx)
        starts = [bisect_left(idx, o, o - d if o > d else 0, o + 1 if o < n else n) for o in starts]
        ends = [bisect_left(idx, o, o - d if o > d else 0, o + 1 if o < n else n) for o in ends]
    out = _Sentences(zip(starts, ends, [s.segment_id for s in sents], [s.text for s in sents]))
    if all(map(le, starts, islice(starts, 1, None))) and all(map(le, ends, islice(ends, 1, None))):
        out.starts, out.ends = starts, ends
    return out


def _sentence_of(sents, pos):
    """Index of the first sentence that holds folded offset ``pos``, or None."""
    starts = getattr(sents, "starts", None)
    if starts is not None:
        # the sentences that start at or before pos are the first k; their ends ascend too,
        # so those that end after pos are the last ones of the k: the first of them is it
        k = bisect_right(starts, pos)
        i = bisect_right(sents.ends, pos, 0, k)
        return i if i < k else None
    for i, (a, b, _seg, _txt) in enumerate(sents):
        if a <= pos < b:
            return i
    return None


_BRACKETED = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف)?(?:{_alt(w for w, r in _CLAUSE_WORDS if r == 'amount_verb')})"
                        r"\s*\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _bracketed(t, c) -> bool:
    """The amount alone is set in parentheses, as some outlets set their numbers (بلغت (454.4
    مليار ريال) منذ …): no aside, its clause is the sentence's."""
    return bool(_BRACKETED.search(t, max(0, c.fs - 12), c.fs)) and bool(_BRACKET_CLOSE.match(t, c.fe))


def _restates(t, op, at, cands) -> bool:
    """``any(o.fe <= op and _EQUIVALENT.fullmatch(t, o.fe, at) for o in cands)``: the aside
    opened at ``op`` restates an amount before it in another unit (… دينار (أي ما يعادل …)).

    In ``_EQUIVALENT`` only white space can come before the "(" (the one place for a "(" in
    it), so only an amount that ends in the white space right before it can match: the
    pattern is tried for those alone, not for every amount of the article."""
    ws = op
    while ws > 0 and t[ws - 1].isspace():
        ws -= 1
    return any(_EQUIVALENT.fullmatch(t, o.fe, at) for o in cands.ending_in(ws, op))


_FROM_BEFORE = re.compile(r"(?:^|\s)من\s+(?:\S+\s+)?$")
_TO_LINK = re.compile(r"[^،.]*?(?:^|\s)(?:الي|حتي)\s*(?:\S+\s*)?")
_EQUALS = re.compile(r"يساوي|يعادل|تساوي")
_ARTICLE_START = re.compile(r"^(?:ال|أل)")


def _describe(folded: Folded, article, c: _Cand, sents, dates, cands, ends=None, reference=None) -> Figure:
    """The row of candidate ``c``. (``ends``: ``sorted(o.fe for o in cands)``, when the caller
    has it: the same for every candidate of the article.)"""
    t = folded.text
    si = _sentence_of(sents, c.m.fstart)
    if si is None:
        sa, sb, sent_text = 0, len(t), ""
    else:
        sa, sb, _seg, sent_text = sents[si]
    metric_span, metric_key = _metric(t, c, sa, sb, sents, si, cands, ends, folded)
    metric = None
    if metric_span is not None:
        ms, me = folded.span(*metric_span)
        metric = folded.original[ms:me]  # the words as the article prints them
    weak: list = []
    cue = _status_cue(t, c, sa, sb, cands, weak)
    nxt = cands.starting_in(c.fe, len(t) + 1) if cue in ("target", "forecast") else None
    if cue in ("target", "forecast") and nxt and nxt[0].fs - c.fe < 60 \
            and _FROM_BEFORE.search(t[max(sa, c.fs - 20):c.fs]) and _TO_LINK.fullmatch(t[c.fe:nxt[0].fs]):
        cue = "start"  # من 55 ألفا إلى 80 ألف: the target is the second amount; the first is today's
    # an aside in parentheses that is not the amount before it in another unit (1 أورو يساوي
    # 42ر2 دينار) takes its period only from its own words
    op = cands.marks.rfind("(", sa, c.fs)
    if op > cands.marks.rfind(")", sa, c.fs) and not _restates(t, op, c.fs, cands) and not _bracketed(t, c):
        cl = t.find(")", c.fe, sb)
        # its own words, and the few words it annotates: شهري جويلية (3،7 بالمائة)
        sa, sb = max(sa, op - 30), (cl if cl >= 0 else sb)
        # a rate of exchange (1 دولار يساوي 15ر3 دينار) is about no period
        c.no_inherit = c.no_inherit or bool(_EQUALS.search(t[sa:sb]))
    if c.kind == "percent" and _STAKE_AFTER.match(t, c.fe, sb):
        c.no_inherit = True  # (تملك العائلة 11% من أسهم المصرف: a stake held, no tally of a period)
    count_key = _count_metric(t, c) if c.kind == "count" else None
    happening = c.kind == "count" and count_key is None
    if cue == "start":  # (its own date stands before the amount it goes to)
        period = _period(t, c, sa, nxt[0].fs, dates, cands, None, reference, happening)
    else:
        period = _period(t, c, sa, sb, dates, cands, cue, reference, happening)
    if c.now:
        period = None  # (ويعمل فيه حاليا أكثر من 300 موظف: not of the year a clause before names)
    if cue == "start":
        if period and reference is not None and period[1] is not None and period[1] > reference:
            cue = _status_cue(t, c, sa, sb, cands)  # من 4.1% في 2019 إلى 3.7% في 2021: both to come
        else:
            cue, period = "actual", None
        c.no_inherit = True
    if cue == "target" and weak and weak[0] and period and period[1] is None and period[2] is not None \
            and reference is not None and period[2] < reference:
        cue = None  # بحلول نهاية 2017 in a 2018 article: a tally up to then, not a target
    if cue == "forecast" and len(weak) > 1 and weak[1] and period and period[2] is not None \
            and reference is not None and period[2] < reference:
        cue = None  # (حسب تقديرات المسح … في الربع الأول 2018, said in May: a measure of what has been)
    status = _status(cue, period)
    rec = _RECORD_RE.search(t, max(sa, c.fs - 60), min(sb, c.fe + 40))
    is_record = bool(rec) and "منذ" not in t[rec.end():rec.end() + 12] and not _INDEX_NUMBER.match(t, rec.end())
    s, e = folded.span(c.fs, c.fe)
    unit = c.unit
    if c.kind == "count" and c.noun_span:
        a, b = folded.span(*c.noun_span)
        unit = folded.original[a:b]  # the counted noun as written, without the article
        unit = _ARTICLE_START.sub("", unit) if len(unit) > 4 else unit
    if c.kind == "count":
        # a count is of what it counts: 20 مليون سائح is tourism; 5 رؤوس حربية in a sentence on a
        # project is no investment, 12 اتفاقية beside trade words no trade
        metric_key = count_key
    if c.kind not in ("money", "percent") and metric_key is None:
        metric_key = "other"
    pd_text, p0, p1, end_from = period if period else (None, None, None, None)
    return Figure(None, folded.original[s:e], s, e, sent_text, c.kind, c.value, c.low, c.high, c.qualifier,
                  unit, metric, metric_key, pd_text, p0, p1, status, is_record, c.fs, c.fe, c.is_base, end_from)


def _count_metric(t: str, c: _Cand) -> str | None:
    """The measure a count is of, by the noun it counts (20 مليون سائح: tourism), or None."""
    noun = t[c.noun_span[0]:c.noun_span[1]] if c.noun_span else ""
    if not noun:
        return None
    key = _METRIC_OF.get(noun) or _METRIC_OF.get(noun[2:] if noun.startswith("ال") else "ال" + noun)
    if key == "population" and _NEED_AFTER.match(t, c.noun_span[1]):
        return None  # (300 ألف نسمة بحاجة إلى الغذاء: people in need, not a population)
    return None if key in ("none", "rate", "tax") else key


# (في حاجة, بحاجة ماسة: the word of need may follow في or carry ب)
_NEED_AFTER = re.compile(rf"\s+(?:في\s+)?(?:{_words_of('need_words.tsv')})(?![\u0621-\u064a])")


_TOURISM = re.compile(r"(?<![\u0621-\u064a])(?:و|ب|ل)?(?:ال)?(?:سياح|سائح|سياحه|سياحي|زائرين|زوار)(?![\u0621-\u064a])")


_TRADE = re.compile(r"الميزان\s+(?:التجاري|الغذائي|الطاقي)|تجاري(?![\u0621-\u064a])")
_GROWTH = re.compile(r"(?<![\u0621-\u064a])(?:و|ب|ل)?(?:ال)?نمو")
# between a measure and the growth word it is the subject of: an adjective or two, no conjunction
# (الإنتاج الصناعي نموا; not الاستثمار وتحقيق نمو)
# a word of change of a measure (ارتفع، تراجع، تطورا، زيادة، انكماش)
_CHANGE = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف|ب)?(?:{_words_of('change_words.tsv')})(?![\u0621-\u064a])")
# the GDP after في is the whole a share is in (مساهمة القطاع في الناتج المحلي)
_SHARE_IN_BEFORE = re.compile(r"(?<![\u0621-\u064a])في\s+$")
# the goods a duty is laid on (… رسوما على سلع صينية، على المنتجات الأمريكية)
_GOODS_LAID_ON = re.compile(r"(?<![\u0621-\u064a])علي\s+(?:[\u0621-\u064a0-9]+\s+){0,2}(?:من\s+)?(?P<g>(?:ال)?(?:سلع|منتجات|بضائع|واردات))(?![\u0621-\u064a])")
_REPORTED = re.compile(rf"[،,]\s*و(?:{_alt(w for w, r in _CLAUSE_WORDS if r == 'reported')})(?![\u0621-\u064a])")
_CLAUSE_END = re.compile(r"[،,؛:]")
# a price word heading another measure in the construct (أسعار الواردات)
_PRICE_HEAD = re.compile(r"(?<![\u0621-\u064a])(?:و|ب|ل)?(?P<m>اسعار)\s+$")
_SUBJECT_GAP = re.compile(r"(?:\s+(?!و)[\u0621-\u064a]+){0,2}\s+")


def _metric(t, c, sa, sb, sents, si, cands, ends=None, folded=None):
    """The measure a figure is about: the strongest cue before it in its sentence (the nearest
    among equals), else the first one after it in its clause, else the last one of the
    sentences before in the same paragraph (a figure continuing a series).

    ``ends``: ``sorted(o.fe for o in cands)``, when the caller has it."""
    if ends is None:
        ends = sorted(o.fe for o in cands)

    comma = -1

    def ok(m):
        if c.kind == "money" and _METRIC_OF[m.group("m")] in ("growth", "population"):
            return False  # (نموا قد يبلغ 60 مليار دولار: what grows is named elsewhere)
        if (t.startswith("ال", m.start("m")) or t.startswith("ل", m.start())) \
                and _NAME_HEAD_BEFORE.search(t, max(0, m.start() - 28), m.start()):
            return False  # (صندوق الاستثمارات العامة: a name)
        if m.group("m") == "الدين" and _COMPOUND_NAME_BEFORE.search(t, max(0, m.start() - 8), m.start()):
            return False  # (عز الدين: a person's name)
        if _PURPOSE_BEFORE.search(t, max(0, m.start("m") - 40), m.start("m")) \
                and not (m.end() <= c.fs and _TO_LEVEL.search(t, m.end(), c.fs)):
            return False  # (… 40 مليون دينار لتنمية الصادرات: what the money is for, not its measure)
        if folded is not None and m.group("m") in _HAMZA_SPELT:
            a, b = folded.span(*m.span("m"))
            if _HAMZA_SPELT[m.group("m")] in folded.original[a:b]:
                return False  # (مترو الأنفاق: tunnels, spelt with its hamza; spending is الإنفاق)
        # the whole a percent is taken of (… 3% من الناتج المحلي) is not the measure; what an
        # amount of money is taken from is (9 مليارات دولار من المدخرات)
        prev = cands.last_ending_in(max(sa, m.start() - 40) - 1, m.start())
        return not (prev is not None and prev.kind == "percent" and _DENOMINATOR.fullmatch(t, prev.fe, m.start()))

    def pick(ms, near_end):
        best, key = None, None
        for m in ms:
            mk = _METRIC_OF[m.group("m")]
            if mk == "none" or mk == "rate" and c.kind != "percent" or not ok(m):
                continue  # (بالأسعار الجارية: a phrase that holds a measure's word and names none)
            if c.kind in ("quantity", "count") and mk in _MONEY_ONLY \
                    or mk == "price" and (c.kind == "count" or c.kind == "quantity" and c.unit != "index_point"):
                continue  # (مليون برميل … سعر برنت: the barrels are not the price; an index's points are)
            cue = m.group("m")
            # the word a size or a value is of is the measure (حجم الاستثمارات لقطاع الصناعة
            # والتجارة الخارجية: investment, not foreign trade)
            head = 100 if near_end - m.start() < 60 and _SIZE_OF_BEFORE.search(t, max(0, m.start() - 12), m.start()) \
                else 0
            # (a cue in the amount's own stretch between commas first: …سد عجز الموازنة، وخفض
            # الدين العام إلى 82%)
            own = 100 if m.start() >= comma else 0
            # a price named in the amount's own stretch is what the amount is (بلغت الصادرات …، بسعر
            # 60 دولارا): a weak price cue weighs as much as any there
            # (not a metal's name, weight 0: صادرات الذهب are exports)
            weight = 2 if own and mk == "price" and _METRIC_WEIGHT[cue] > 0 else _METRIC_WEIGHT[cue]
            k = (weight, -abs(near_end - m.start()) + (60 if " " in cue else 0) + head + own)
            if key is None or k > key:
                best, key = m, k
        if best is not None and _METRIC_OF[best.group("m")] != "price":
            # the prices of a measure (أسعار نفقات التعليم، أسعار الواردات) are prices
            head = _PRICE_HEAD.search(t, max(0, best.start() - 8), best.start())
            if head is not None:
                return head
        if best is not None and _METRIC_OF[best.group("m")] == "growth" and _METRIC_WEIGHT[best.group("m")] == 1:
            # a bare growth word says that its subject grew: the measure named right before it
            # is what the amount measures (سجل الإنتاج الصناعي نموا بنسبة 4%: production)
            for m in ms:
                if m.end() <= best.start() and _SUBJECT_GAP.fullmatch(t, m.end(), best.start()) \
                        and _METRIC_OF[m.group("m")] not in ("growth", "none", "rate", "tax", "other") \
                        and _METRIC_WEIGHT[m.group("m")] > 0 and ok(m) \
                        and not (c.kind in ("quantity", "count") and _METRIC_OF[m.group("m")] in _MONEY_ONLY):
                    return m
        return best

    per_unit = _PER_UNIT_AFTER.match(t, c.fe, sb) if c.kind == "money" else None
    if per_unit:
        return (per_unit.start() + len(per_unit.group()) - len(per_unit.group().lstrip()), per_unit.end()), "price"
    if c.kind == "percent" and _LAID_ON.match(t, c.fe, sb):
        # a rate laid on a good (رسوم نسبتها 25% على الواردات من الصلب و10% على الألمنيوم): each
        # percent after the rate's word is a rate, not a change of what it is laid on
        rate = None
        for m in _METRIC_RE.finditer(t, sa, c.fs):
            if _METRIC_OF[m.group("m")] in ("rate", "tax"):
                rate = m
        if rate is not None:
            return rate.span("m"), "other"
    if c.kind == "percent":
        # a share of a whole named right after it is a share of that measure (تمثل 95% من
        # إجمالي الصادرات، 23% من حجم التجارة); a ratio to the output (2.5% من الناتج المحلي)
        # is a ratio of the measure named before it
        # a written fraction takes its whole in the construct (نصف حجم الاستثمارات، ثلث
        # الصادرات): that whole is its measure, whatever cue stands before it
        w = _WHOLE_AFTER.match(t, c.fe, sb) or (_FRACTION_WHOLE.match(t, c.fe, sb)
                                                if c.m.kind == "fraction" and c.m.written else None)
        if w:
            for at in (w.end(), w.end("of")):
                m = _METRIC_RE.match(t, at, sb)
                if m and _METRIC_OF[m.group("m")] not in ("gdp", "none"):
                    # (a share of the taxes is a share of what they bring in)
                    key = _METRIC_OF[m.group("m")]
                    return m.span("m"), _adjusted("revenue" if key == "tax" else key, t, c, sa, sb, m.start())
    lo, contrast = sa, False
    for rep in _REPORTED.finditer(t, sa, c.fs):
        lo = rep.end()  # (…، وبأن شركة باعت 16 مليار متر مكعب: the measure of the first statement stays there)
    for br in _STATUS_BREAK.finditer(t, lo, c.fs):
        lo = br.end()  # (…، بينما تراجع إنتاج المصانع الصغيرة من 40%: the words of its own clause)
        # (a contrast that names a new subject: …، بينما انخفض استخدام الفحم من 50%; not the
        # same one going on, …، بينما انخفض 0.7% قياسا بالشهر الماضي)
        contrast = bool(_CONTRAST.search(br.group())) and bool(_DEFINITE_WORD.search(t, br.end(), c.fs))
    comma = cands.marks.rfind("،", lo, c.fs) + 1 or lo
    before = list(_METRIC_RE.finditer(t, lo, c.fs))
    level = _LEVEL_BEFORE.search(t, max(lo, c.fs - 20), c.fs) if len(before) > 1 else None
    if level is not None:
        # التضخم سيرتفع بعد زيادة أسعار الخبز إلى 9%: a measure in a clause of cause between
        # the measure named first and the level its verb reaches (إلى …) is why, not what
        for cause in _CAUSE.finditer(t, before[0].end(), level.start()):
            if not _TO_LEVEL.search(t, cause.end(), level.start()) and not _BREAK.search(t, cause.end(), c.fs) \
                    and _LEVEL_VERB.search(t, before[0].end(), cause.start()):
                before = [m for m in before if m.start() < cause.start()]
                break
    best = pick(before, c.fs)
    comma = -1  # (the picks below are of other stretches)
    if best is None and c.kind == "money":
        # the value of the goods a duty is laid on is what is brought in: رسوما على سلع صينية
        # بقيمة 50 مليار دولار (imports)
        rate = next((m for m in reversed(before) if _METRIC_OF[m.group("m")] == "rate"), None)
        goods = _GOODS_LAID_ON.search(t, rate.end(), c.fs) if rate is not None else None
        if goods is not None:
            return goods.span("g"), "imports"
    if best is None:
        nxt = cands.starting_in(c.fe, sb)
        stop = min((o.fs for o in nxt), default=sb)
        new_clause = _NEW_CLAUSE.search(t, c.fe, stop)   # (، فيما بلغ التضخم …: another clause's)
        if new_clause is not None:
            stop = new_clause.start()
        cause = _CAUSE.search(t, c.fe, stop)   # (… بفضل تدفق الاستثمارات: why, not what)
        if cause is not None:
            stop = cause.start()
        if c.kind == "percent" and _NAMED_WHOLE_AFTER.match(t, c.fe, stop):
            stop = c.fe  # (31% من أصوات المقترعين في بلد أغلبية سكانه: a share of the votes, not of a measure after them)
        m = pick(list(_METRIC_RE.finditer(t, c.fe, stop))[:1], c.fe)
        best = m
    if best is None and contrast:
        c.own_clause = True  # (a contrast names its own measure or none: no series carries over)
        return None, ("other" if c.kind in ("money", "percent") else None)
    k = si
    while best is None and k is not None and k > 0 and si - k < 2 and sents[k - 1][2] == sents[si][2]:
        k -= 1
        ms = list(_METRIC_RE.finditer(t, sents[k][0], sents[k][1]))
        if ms:
            # (a measure in a clause of cause, …، جراء ارتفاع أسعارها, is not what the series
            # of that sentence measures)
            causes = [(m.start(), _CLAUSE_END.search(t, m.end(), sents[k][1]))
                      for m in _CAUSE.finditer(t, sents[k][0], sents[k][1])]
            if causes:
                causes = [(a, e.start() if e else sents[k][1]) for a, e in causes]
                ms = [m for m in ms if not any(a <= m.start() < e for a, e in causes)]
        best = pick(ms, sents[k][1])
    if best is None:
        return None, ("other" if c.kind in ("money", "percent") else None)
    return best.span("m"), _adjusted(_METRIC_OF[best.group("m")], t, c, sa, sb, best.start())


def _adjusted(key, t, c, sa, sb, at=None):
    """The measure a cue names (found at ``at``), read with its sentence."""
    if key == "rate":
        return "other"  # (رسوم جمركية بنسبة 25%: a rate laid on something, no measure of the list)
    if key == "tax":
        # (ضريبة القيمة المضافة بنسبة 5%: the tax's rate; ضرائب بقيمة 3 مليارات: what it brings in)
        key = "other" if c.kind == "percent" else "revenue"
    sentence = t[sa:sb]
    # a deficit of the trade balance (عجز ... في الميزان التجاري) is the trade balance; a rate
    # of the GDP is its growth, said with نمو or with a word of change (سجل الناتج تطورا بنسبة
    # 2%), but not a share in it (حصة الصادرات في الدخل بزيادة 15%)
    if key == "deficit" and _TRADE.search(sentence):
        key = "trade_balance"
    elif key == "gdp" and c.kind == "percent" and (_GROWTH.search(sentence) or _CHANGE.search(sentence)) \
            and not (at is not None and _SHARE_IN_BEFORE.search(t, max(0, at - 6), at)):
        key = "growth"
    if key in ("spending", "revenue", "growth") and _TOURISM.search(sentence):
        key = "tourism"  # what tourists spend, tourism receipts, the growth of arrivals
    return key


# Words before a date that make it the base of a comparison (بزيادة 10% عن عام 2016، مقابل ...
# في الفترة ذاتها من سنة 2019): the period of the base amount, not of the amount compared.
_COMPARISON_BEFORE = _Guarded(re.compile(
    r"(?:(?:^|\s)(?:عن|مقابل)"
    # بتراجع محدود عن موازنة 2024: a change measured from what a noun held then
    r"|(?:^|\s)(?:ب(?:انخفاض|ارتفاع|زياده|تراجع|نمو)|انخفاضا|ارتفاعا|زياده|تراجعا|نموا)(?:\s+[\u0621-\u064a]+)?"
    r"\s+عن(?:\s+[\u0621-\u064a]+){1,2}"
    r"|(?:^|\s)(?:و|ف)?(?:مقارنه|بالمقارنه|قياسا)(?:\s+(?:ب|مع|الي))?(?:\s*ب?[\u0621-\u064a]+)?"
    r"|(?:^|\s)بعد\s+[\u0621-\u064a]+"  # بعد ارتفاع عام 2016
    r"|(?:نفس|ذات)\s+(?:الفتره|الشهر|المده|الربع|الثلاثي)(?:\s+من)?|الفتره\s+المماثله(?:\s+من)?)\s*(?:ب|ل)?\s*$"),
    ("عن", "مقابل", "مقارنه", "قياسا", "بعد", "نفس", "ذات", "الفتره"))
# A word that is no comparative, then a bare عن and a date before the amount: the period reported
# on (سجلت خسائر صافية عن الربع الأول بلغت …، أرباحها عن عام 2017), not a base; its caller also
# asks that no word of change (change_words.tsv: نما، ارتفاع، بزيادة) stands before the date
_REPORTED_FOR = re.compile(
    r"(?<![\u0621-\u064a])(?!(?:و|ف)?(?:اقل|اكثر|اعلي|ادني)(?![\u0621-\u064a]))[\u0621-\u064a]{2,}\s+عن\s*$")
# Before an amount: it is the base of a comparison (… مقابل 80.6 %).
# (… إلى 40 مليونا بعد أن كانت 25 مليونا: the value before the change is a base too)
# (مقابل before a currency, سعر الدولار مقابل الجنيه، تراجع اليورو مقابل الين, is the other side of
# an exchange rate, not a comparison)
_COMPARED = (rf"(?:مقابل(?!\s+(?:ال)?(?:{_alt(_CUR_FAMILY)})(?![\u0621-\u064a]))|مقارنه\s+(?:ب|مع)|بالمقارنه\s+مع|بدلا\s+من|(?:ارتفاعا|انخفاضا|صعودا|نزولا|تراجعا)\s+من"
             r"|بعد\s+ان\s+كان(?:ت|ا)?|بعدما\s+كان(?:ت|ا)?|(?:حين|حينما|عندما)\s+كان(?:ت|ا)?)"
             r"\s*(?:ب)?[^،.]{0,25}$")
_BASE_BEFORE = _Guarded(re.compile(
    _COMPARED + r"|(?:^|\s)(?:خلاله|خلالها|فيه|فيها)\s[^،.]{0,30}$"),  # والذي سجل العجز خلاله 17.2
    ("مقابل", "مقارنه", "خلاله", "فيه", "بدلا", "ا من", "كان"))
# the base of a comparison, named by the comparison itself: what was, whatever is hoped
_COMPARED_BEFORE = _Guarded(re.compile(_COMPARED), ("مقابل", "مقارنه", "بدلا", "ا من", "كان"))
_COMPARISON_TEXT = re.compile(r"(?:ب|ل)?(?:نفس|ذات)\s+(?:الفتره|الشهر|المده)|(?:ب|ل)?الفتره\s+المماثله")
# an aside restating the amount before it: (أي ما يعادل …), (…)
_RESTATED = re.compile(r"\s*(?:\(\s*(?:اي|او)?\s*(?:ما\s+)?(?:يعادل|يساوي)?|[،,]\s*(?:اي|او)?\s*(?:ما\s+)?(?:يعادل|يساوي))"
                       r"\s*[\"«“]?\s*(?:نحو|حوالي|قرابه|ما\s+يقارب)?\s*")
_EQUIVALENT = re.compile(r"\s*[(،,]?\s*(?:اي|او)?\s*(?:ما\s+)?(?:يعادل|يساوي)?\s*")
_RECORD_SINCE = _Guarded(RECORD_SINCE_BEFORE, ("منذ",))   # (dates.py)
_UNTIL_BEFORE = _Guarded(re.compile(r"(?:^|\s)(?:حتي|لغايه|الي غايه)\s*$"), ("حتي", "غايه"))
# (تسليم ديسمبر: the month a futures contract or a bond is named by)
_CONTRACT_BEFORE = re.compile(rf"(?<![\u0621-\u064a])(?:{_words_of('not_a_period.tsv')})\s*$")
# منذ افتتاح المصنع في مارس، منذ توليه منصبه عام 2014: the start of a span told by what began
# then (one to three words, no break), the date after them
_SINCE_EVENT_BEFORE = _Guarded(re.compile(r"(?<![\u0621-\u064a])(?:و)?منذ\s+(?:[\u0621-\u064a]+\s+){1,3}(?:في\s+)?$"),
                               ("منذ",))
# الحرب التي اندلعت في البلاد عام 2011 أسفرت عن …: a relative clause that tells when what is
# told began (one to three words between the verb and the date, no break)
_BEGAN_BEFORE = re.compile(rf"(?<![\u0621-\u064a])(?:التي|الذي)\s+(?:{_words_of('began_verbs.tsv')})"
                           r"\s+(?:[\u0621-\u064a]+\s+){0,3}$")
# a relative clause opened by a comma (…، التي أُنشئت العام الماضي): its opening
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![\u0621-\u064a])(?:تلك|ذلك|هذه|هذا|هؤلاء|اولئك)\s+$")
_OPEN_RELATIVE = re.compile(rf"[،,]\s*(?:و)?(?:{_alt(w for w, r in _CLAUSE_WORDS if r == 'relative')})"
                            r"(?![\u0621-\u064a])")
_PERIOD_GRAN = {"month", "quarter", "half", "year", "decade", "part_of_month", None}


_NEW_CLAUSE = re.compile(r"[،,]\s*(?:و|ثم|كما|فيما|بينما|في\s+حين)")
# (a measure after one of these words is the cause of what the amount tells, not its measure)
_CAUSE = re.compile(rf"(?<![\u0621-\u064a])(?:و)?(?:{_words_of('cause_words.tsv')})(?![\u0621-\u064a])")
_CLAUSE_THEN_TIME = re.compile(r"[،,]\s*(?:و)?(?:في|خلال)\s*$")


_ONE_DAY = dt.timedelta(days=1)

_RELATIVE = re.compile(rf"(?<![\u0621-\u064a])(?:و)?(?:{_alt(w for w, r in _CLAUSE_WORDS if r == 'relative')})"
                       r"(?![\u0621-\u064a])")
_TIME_NOUN_BEFORE = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف|ب|ل|في\s+|خلال\s+)?"
                               rf"(?:{_alt(w for w, r in _CLAUSE_WORDS if r == 'time_noun')})\s*$")
_BREAK = re.compile(r"[،,؛:.]")
_WORD = re.compile(r"[\u0621-\u064a]")
_DIGIT = re.compile(r"\d")
# a preposition opening an adjunct: standing alone, or glued to a noun with the article
_ADJUNCT = re.compile(rf"(?<![\u0621-\u064a])(?:و)?(?:(?:{_alt(w for w, r in _CLAUSE_WORDS if r == 'preposition')})"
                      r"(?![\u0621-\u064a])|(?:بال|لل|كال)[\u0621-\u064a])")


def _relative_between(t: str, lo: int, hi: int, date_first: bool) -> bool:
    """A relative clause parts a date from an amount (folded span ``lo..hi`` between them).

    Date first: the amount stands in a relative clause opened after the date, a few words
    before it (اتخذت الحكومة إجراءات في 2016 … ديونها التي تجاوزت 35 مليار دولار). Amount
    first: the date stands in a relative clause opened after the amount (رفعت الأسعار 50% في
    إطار البرنامج الذي بدأته مصر في 2014). Not when the clause is on the date itself (عام 2014
    الذي شهد …), on the amount itself (5 مليارات دولار التي ضختها في 2023), or on a time noun
    (في الفترة التي …): those tell what happened then."""
    ms = list(_RELATIVE.finditer(t, lo, hi))
    if not ms:
        return False
    if date_first:
        # (an amount between the date and the clause takes the date: the clause goes on with
        # the same account, … 1.2% في الربع الأول، وساهم في ذلك القطاع الذي سجل 1.6%)
        m = ms[-1]
        if not _WORD.search(t, lo, m.start()) or _BREAK.search(t, m.end(), hi) or hi - m.end() > 60 \
                or _DIGIT.search(t, lo, m.start()):
            return False
    else:
        # the clause is on a noun of an adjunct after the amount (في إطار البرنامج الذي …), not
        # on a noun set beside the amount (450 مليون دولار قيمة العقود التي وقعت خلال 2019)
        m = ms[0]
        if not _ADJUNCT.search(t, lo, m.start()):
            return False
    return not _TIME_NOUN_BEFORE.search(t, max(lo, m.start() - 25), m.start())


def _in_relative_aside(t: str, sa: int, d, c) -> bool:
    """The date stands in a relative clause and the amount outside it: the clause tells when
    its noun's story began, not the time of the amount.

    Date first, and a comma after the date closes the clause before the amount: a clause opened
    by a comma (وبلغت مبيعات الشركة، التي تأسست عام 2009، 3 ملايين سيارة), or one opened a few
    words before the date on a name, which a relative clause only describes (سامسونغ التي تطلق
    هاتفها الجديد الشهر المقبل، أعلنت أرباحا بقيمة …); on a common noun the clause may say which part
    is counted (المنح التي وزعتها الجمعية خلال 2023 بلغت …: the grants of 2023). Amount first: a clause
    opened by a comma on a noun some words after the amount (جائزة بقيمة 5 ملايين دولار لمن يدل
    على اللص، الذي فر في 2010); not on the amount itself (5 مليارات دولار، التي ضختها في
    2023: what happened then). Never on a time noun (في الفترة التي …)."""
    k = max(t.rfind("،", sa, d.fstart), t.rfind(",", sa, d.fstart), sa)
    rel = _OPEN_RELATIVE.match(t, k) if k > sa or t[k:k + 1] in "،," else None
    opened = rel is not None
    if rel is None:
        if d.fend > c.fs:
            return False
        for rel in _RELATIVE.finditer(t, max(k, d.fstart - 40), d.fstart):
            pass
        if rel is None:
            return False
        if _NOUN_BEFORE.search(t, max(sa, rel.start() - 30), rel.start()) or not t[sa:rel.start()].strip() \
                or _DEMONSTRATIVE_BEFORE.search(t, max(sa, rel.start() - 12), rel.start()):
            return False  # (on a common noun, or تلك التي, the clause may say which part is counted)
    if _TIME_NOUN_BEFORE.search(t, max(sa, rel.start() - 25), rel.start()):
        return False
    if d.fend <= c.fs:
        return bool(_BREAK.search(t, d.fend, c.fs))
    return opened and k > c.fe and bool(_WORD.search(t, c.fe, k))


# right after an amount, عن and the noun of a level (… 20% عن ربح الربع السابق، عن مستواه في
# العام الماضي): the date is of the level the change is measured from; bare عن before a date
# (أرباحا بقيمة 5 ملايين عن الربع الأول) says what the amount is for
_FROM_LEVEL = re.compile(r"\s*عن(?:\s+[\u0621-\u064a]+){1,3}\s*(?:في|خلال)?\s*$")


def _claimed(c, cands, sa, at):
    """The last amount before folded offset ``at`` in the sentence (from ``sa``) is a base of a
    comparison just before it, and not ``c``: a date there is that base's."""
    o = cands.last_ending_in(sa, at)
    return o is not None and o is not c and o.is_base and at - o.fe < 30


# a clause of circumstance after a comma: an active participle in the accusative (…، متجاهلة
# طلب …، مطالبين …)
_CIRCUMSTANCE = re.compile(r"[،,]\s*(?:و)?م[\u0621-\u064a]{3,}(?:ا|ه|ين)(?![\u0621-\u064a])")
_BY_TEXT = re.compile(r"\s*(?:و)?بحلول")


_SINCE_WORD = re.compile(r"(?<![\u0621-\u064a])(?:و|ف)?(?:منذ|اعتبارا\s+من|بدءا\s+من)(?![\u0621-\u064a])")
_SPAN_GAP = re.compile(r"\s*(?:و)?(?:حتي|لغايه|الي غايه)?\s*")
_SPAN_UNTIL = re.compile(r"\s*(?:و)?(?:حتي|لغايه|الي غايه)\s*")
_GLOSS = re.compile(r"\s*[(\[]\s*")


def _since_until(t, best, dates, cands, c, sa):
    """منذ تأسيسه في سنة 1400 هـ (1980)، وحتى نهاية عام 1440 هـ (2019م)، منح 412 منحة: the
    amount is of the whole period, from the date after منذ to the date after حتى. ``best`` is the
    end (or the gloss written right after it); (text, start, end, None) or None."""
    seen = [d for d in dates if d.fend <= best.fstart + 1 and d is not best]
    end = best
    if getattr(best, "role", None) != "until":
        # (2014م) glossing the end date right before it
        prev = seen[-1] if seen else None
        if prev is None or getattr(prev, "role", None) != "until" or not _GLOSS.fullmatch(t, prev.fend, best.fstart):
            return None
        end = prev
    since = _SINCE_WORD.search(t, sa, end.fstart)
    if since is None:
        return None
    for m in _SINCE_WORD.finditer(t, sa, end.fstart):
        since = m
    start = next((d for d in dates if since.end() <= d.fstart < end.fstart and d.start_date is not None
                  and d.type in ("date", "daterange")), None)
    if start is None or cands.starting_in(since.start(), end.fend):
        return None  # (an amount inside the range is the range's own matter)
    if start.start_date is None or end.end_date is None or start.start_date >= end.end_date:
        return None
    return f"{start.text} … {end.text}", start.start_date, end.end_date, None


def _claimed_by(c, cands, sa, at):
    """Another amount ends right before folded offset ``at`` (… إلى 4% على الأقل مع حلول 2030): a
    date there is its own."""
    o = cands.last_ending_in(sa, at)
    return o is not None and o is not c and at - o.fe < 20


def _period(t, c, sa, sb, dates, cands, cue=None, reference=None, happening=False):
    """The date expression governing the figure: the nearest one in its sentence, not across
    another amount or a comparison (مقابل), and not the base of a comparison unless the figure
    is that base. Days and weeks are when things happen, not periods amounts are about, and are
    left out unless they close a period (حتى 31/1/2018); a target takes a year (بحلول عام 2025),
    not the month a project starts."""
    best, best_cost, best_span = None, None, None
    starts = getattr(dates, "starts", None)
    if starts is not None:  # (dates in text order: those of the sentence are one slice)
        dates = dates[bisect_left(starts, sa):bisect_right(starts, sb)]
    for d in dates:
        if d.start_date is None or d.type not in ("date", "daterange") or d.fstart < sa or d.fend > sb:
            continue
        before = t[max(sa, d.fstart - 40):d.fstart]
        role = getattr(d, "role", None) or ("until" if _UNTIL_BEFORE.search(before) else None)
        if role == "by" and reference is not None and d.end_date is not None and d.end_date < reference:
            role = "until"  # بحلول نهاية 2017 said in 2018: the tally up to then
        if role in ("before", "after"):
            continue  # قبل نهاية 2018: a deadline, not the period of the amount
        if _RECORD_SINCE.search(before):
            continue  # وهي الأدنى منذ ثورة 2011: where a record's span starts, not the amount's period
        if _CONTRACT_BEFORE.search(before):
            continue  # (عقود القمح تسليم مارس: a contract's name, not a time of account)
        if role is None and (_SINCE_EVENT_BEFORE.search(before) or d.fend <= c.fs and _BEGAN_BEFORE.search(before)):
            role = "since"
        if d.granularity not in _PERIOD_GRAN and role != "until":
            continue
        if cue == "target" and role not in ("by", "until") and d.granularity not in ("year", "decade", "quarter", "half", None):
            continue  # (a target's month or day is when it was set; its year, half or quarter is what it is for)
        p0, p1 = d.start_date, d.end_date
        if p1 is not None and closes_year_to_date(t, max(sa, d.fstart - 15), d.fend):
            p0 = dt.date(p1.year, 1, 1)  # مع موفى شهر ماي 2019: the year to the end of May
            if role == "until" and p1.month != 12:
                # حتى نهاية سبتمبر: January to September (حتى نهاية 2015, the end of December, stays
                # an end with no start)
                role = "ytd"
        # a month or a quarter from a day to a day is a span of time, not a period of account;
        # years are periods however they fall (a Hijri year, a fiscal year, السنوات الخمس
        # الماضية from the reference date back), and the last days of a month (بنهاية يونيو)
        # are when a stock is counted
        if role is None and d.granularity not in ("part_of_month", "year", "decade") and (
                p0.day != 1 or (p1 and (p1 + _ONE_DAY).day != 1)):
            continue
        # (a comparison matters only to a figure that is not a base: asked in that order)
        if not c.is_base and ((_COMPARISON_BEFORE.search(before)
                               and not (d.fend <= c.fs and _REPORTED_FOR.search(before) and not _CHANGE.search(before)))
                              or _COMPARISON_TEXT.match(t, d.fstart) or _claimed(c, cands, sa, d.fstart)):
            continue
        if d.fstart >= c.fe:
            between = t[c.fe:d.fstart]
            gap_lo, gap_hi = c.fe, d.fstart
            if _NEW_CLAUSE.search(between) and not _CLAUSE_THEN_TIME.search(between):
                continue  # a new clause (، وسيتم الإعلان خلال شهر جوان) has its own time
            if _CLAUSE_BREAK.search(t, c.fe, d.fstart):
                continue  # (…، لكن المحللين يتوقعون … مطلع الشهر المقبل: another clause's)
            if _relative_between(t, c.fe, d.fstart, date_first=False) or _in_relative_aside(t, sa, d, c):
                continue
            if not c.is_base and role != "since" and _FROM_LEVEL.match(t, c.fe, d.fstart):
                continue  # (رفعت ربحها 20% عن ربح الربع السابق: the level it is measured from)
            if _reported_after(t, c.fe, d.fstart):
                continue  # (أفاد 4 مسؤولين أن الشركة تنوي … خلال السنوات الخمس المقبلة: what is reported)
        elif d.fend <= c.fs:
            between = t[d.fend:c.fs]
            gap_lo, gap_hi = d.fend, c.fs
            if _in_relative_aside(t, sa, d, c):
                continue
            if _CLAUSE_BREAK.search(t, d.fend, c.fs):
                continue  # (يرجح أن الأعوام الثلاثة القادمة ستمضي …، لحين … بقيمة 6 مليارات)
            if _relative_between(t, d.fend, c.fs, date_first=True):
                continue
            if _SAID_AT.search(t, max(sa, d.fstart - 50), d.fstart) and _SAID_WHAT.match(t, d.fend):
                continue  # (نشرت الصحيفة قبل شهر أن 60% …: when it was said, not what the amount is of)
        else:
            continue
        if role == "since" and gap_hi - gap_lo > 40:
            continue  # (أدى انخفاض الأسعار منذ منتصف 2014 إلى تآكل …: the start of what is near it)
        others = cands.numbers_in(gap_lo, gap_hi, c)
        if role == "by" and (any(not o.is_base for o in cands.starting_in(gap_lo, gap_hi) if o is not c)
                             or d.fend <= c.fs and _claimed_by(c, cands, sa, d.fstart)):
            continue  # (لتصل إلى 2% بحلول 2024، متجاهلين طلب … 4%: the date of the amount it follows)
        cost = len(between) + 400 * others + 300 * between.count("مقابل") + 150 * between.count("،")
        if d.fend <= c.fs:
            cost += 20  # the words after an amount say its period more often than the words before
        if best_cost is None or cost < best_cost:
            best, best_cost, best_span = d, cost, (role, p0, p1)
    if best is None:
        return None
    role, p0, p1 = best_span
    if happening and role is None and p0 is not None and p1 is not None and (p1 - p0).days <= 10 \
            and not _SPAN_BEFORE.search(t, max(sa, best.fstart - 12), best.fstart):
        # a count of no measure dated to a week or a part of a month (أصيب 9 عمال الأسبوع الماضي،
        # زار 40 طالبا المتحف أواخر مايو) is told of a happening, not tallied over a period; not
        # when the clause says it ran through that time (سُجلت 300 حالة خلال هذا الأسبوع)
        return None
    if best.fend <= c.fs:
        # منذ بداية نشاطه في 1975، وحتى نهاية 2014: the two ends of one period
        pair = _since_until(t, best, dates, cands, c, sa)
        if pair is not None:
            return pair
    if role == "since":  # منذ عام 2011: the period starts then and has no stated end
        # … منذ مطلع العام حتى مايو: the end said right after the start closes the period
        nxt = next((d for d in dates if d.fstart >= best.fend), None)
        if nxt is not None and nxt.end_date is not None and nxt.fend <= sb and nxt.fstart - best.fend < 16 \
                and (getattr(nxt, "role", None) == "until" or _SPAN_UNTIL.fullmatch(t, best.fend, nxt.fstart)) \
                and _SPAN_GAP.fullmatch(t, best.fend, nxt.fstart) \
                and nxt.end_date > p0:
            return f"{best.text.strip()} … {nxt.text}", p0, nxt.end_date, None
        if reference is not None and p0 == dt.date(reference.year, 1, 1) and p0 <= reference:
            return best.text, p0, reference, None  # منذ بداية العام: the year to date
        return best.text, p0, None, None
    if role == "until":  # حتى نهاية 2015
        return best.text, None, p1, best.start_date
    # (role "ytd": حتى نهاية سبتمبر, the year to the end of September, is p0..p1 as set above)
    if role is None and best.granularity == "month" and p1 is not None \
            and not cands.numbers_in(max(sa, c.fs - 12), min(sb, c.fe + 12), c):
        # خلال شهري أغسطس وسبتمبر: two months in a row joined by و are one period (not for a
        # list of amounts, 0.1% و0.4% خلال نوفمبر وديسمبر, whose months may be one each)
        nxt = next((d for d in dates if d.fstart >= best.fend), None)
        if nxt is not None and nxt.granularity == "month" and nxt.start_date == p1 + _ONE_DAY \
                and nxt.fend <= sb and _AND_LINK.fullmatch(t, best.fend, nxt.fstart):
            return f"{best.text} و{nxt.text}", p0, nxt.end_date, None
    return best.text, p0, p1, None


_CLAUSE_END = re.compile(r"[،,؛.]")
# where the clause of an amount starts: a comma and a word that opens a clause of its own, or a
# conjunction of time that does without the comma
_STATUS_BREAK = re.compile(
    rf"[،,؛:]\s*(?:و|ف)?(?:{_alt(w for w, r in _CLAUSE_WORDS if r in ('opener', 'explainer'))})(?![\u0621-\u064a])"
    rf"|(?<![\u0621-\u064a])(?:{_alt(w for w, r in _CLAUSE_WORDS if r in ('conjunction', 'time_conjunction'))})"
    r"(?![\u0621-\u064a])")
# the same for the date of an amount: a clause that explains, or tells what came before (بعدما
# ارتفعت …), goes on in the time of what it is said with
_CLAUSE_BREAK = re.compile(
    rf"[،,؛:]\s*(?:و|ف)?(?:{_alt(w for w, r in _CLAUSE_WORDS if r == 'opener')})(?![\u0621-\u064a])"
    rf"|(?<![\u0621-\u064a])(?:{_alt(w for w, r in _CLAUSE_WORDS if r == 'conjunction')})(?![\u0621-\u064a])")


def _status_cue(t, c, sa, sb, cands, weak: list | None = None):
    """target or forecast when a cue says so in the figure's own clause (before it, or after
    it before the clause ends), else None.

    The clause starts after the last break before the amount: a comma and a word that opens a
    clause of its own (، مما …، حيث …، موضحا أن …), or a relative clause holding the amount on
    a noun the cue does not describe (تعمل الولاية على زيادة نصيبها من الزوار الذي بلغ 1.8 مليون
    زائر). A list of amounts goes on in one clause (المستهدفة … 21.4 مليار، منها 16.3 مليار،
    ونحو 3 مليارات), and so does a series said again with كما. A cue word that is the counted
    noun of an amount (سجل 32 هدفا) is no cue. (``weak``: a list that gets True when the cue
    is a weak one, بحلول, then, unless it returns early, True when it is an estimate: تقديرات,
    status.tsv's fourth column.)"""
    now = _NOW_BEFORE.search(t, max(sa, c.fs - 22), c.fs) or _NOW_AFTER.match(t, c.fe)
    if now:
        if weak is not None:
            weak.append(False)
        c.no_inherit = True  # (nor of a time said elsewhere)
        # حاليا is of now, not of a date another clause names; حتى الآن keeps the clause's own
        # (مبيعات مارس حتى الآن: March so far)
        c.now = "حالي" in now.group()
        return None  # (بلغت حتى الآن 250 مليونا، 9% حاليا: what is so now, whatever the clause hopes)
    after = _CLAUSE_END.search(t, c.fe, min(sb, c.fe + 40))
    stop = after.start() if after else min(sb, c.fe + 40)
    # inside parentheses (1 دولار يساوي 15ر3 دينار), only the words inside count
    op, cl = cands.marks.rfind("(", sa, c.fs), cands.marks.rfind(")", sa, c.fs)
    if op > cl and not _bracketed(t, c):
        end = t.find(")", c.fe, sb)
        sa, stop = op, (end if end >= 0 else stop)
    lo = sa
    for m in _STATUS_BREAK.finditer(t, sa, c.fs):
        lo = m.start()
    for m in _COMMA_VERB.finditer(t, lo, c.fs):
        if m.group("v") in _VERB_FORMS:
            lo = m.start()  # (…يطالبون بالاستقلال، فقتل 21 شخصا: the verb after the comma opens a clause)
    best, best_key = None, None
    for start, end, status, weight, adjective in _status_cues(t, lo, stop):
        near = cands.starting_in(max(lo, start - 80), start + 1) if cands else ()
        if any(o.fs <= start < o.fe for o in near) or c.fs <= start < c.fe:
            continue  # (سجل 32 هدفا: the counted noun)
        if start >= c.fe and not adjective and (len(t[c.fe:start].split()) > 2 or _IMPERSONAL.match(t, start)
                                                or _reported_after(t, c.fe, start)):
            continue  # (after the amount, a verb a few words on is another clause's: … 25%، وسيبدأ)
        if start >= c.fe and adjective and not t.startswith("ال", start) and len(t[c.fe:start].split()) > 1:
            # (… في خمس مدن يوم الاثنين مستهدفة تطعيم …: an indefinite participle a few
            # words on is the clause's, not the amount's adjective; الاستثمارات المستهدفة is its noun's)
            continue
        if start >= c.fe and not adjective and t.startswith("و", start) and status in ("forecast", "target"):
            continue  # (… 70% في 2017 ونتوقع …: a verb joined on by و opens a clause of its own)
        if start < c.fs and c.is_base and _COMPARED_BEFORE.search(t, max(lo, c.fs - 40), c.fs):
            continue  # the base of a comparison is what was (… بدلا من 26.6% حاليا)
        if start < c.fs:
            # an adjective right after another amount is that amount's (بدلا من 87٪ متوقعة)
            if adjective and any(o is not c and o.fe <= start and not t[o.fe:start].strip() for o in near):
                continue
            if _shielded(t, end, c.fs, cands):
                continue
        # the strongest cue; among equals the nearest before the amount, else the first after it
        key = (weight, start < c.fs, start if start < c.fs else -start)
        if best_key is None or key > best_key:
            best, best_key, best_word = status, key, t[start:end]
    if weak is not None:
        weak.append(best_key is not None and best_key[0] < 2)
        weak.append(best_key is not None and best_word.lstrip("وفبل") in _STATUS_ESTIMATE)
    return best


# حتى الآن، حاليا said right at an amount: it is so now (بلغت حتى الآن 250 مليون يورو، من 9%
# حاليا إلى 11%)
_NOW = r"(?:حتي\s+الان|لحد\s+الان|الي\s+الان|حتي\s+اليوم|حاليا|في\s+الوقت\s+الحالي)(?![\u0621-\u064a])"
_NOW_BEFORE = _Guarded(re.compile(rf"(?<![\u0621-\u064a]){_NOW}(?:\s+(?:الي|عند|نحو|حوالي|قرابه|ب))*\s*$"),
                       ("الان", "اليوم", "حاليا", "الحالي"))
_NOW_AFTER = re.compile(rf"\s*{_NOW}")
# أن، إن، بأن after an amount open what someone says or reports: its time and its cue are not
# the amount's (أفاد 4 مسؤولين أن الشركة تنوي …)
# (not after a word of what is due or possible, كان من المفترض أن تتسلمها البلدية هذا العام, which
# describes the amount)
_THAT = re.compile(r"(?<![\u0621-\u064a])(?<!المفترض )(?<!المقرر )(?<!المتوقع )(?<!المنتظر )(?<!الممكن )"
                   r"(?<!يجب )(?<!ينبغي )(?<!يمكن )(?:ب|و)?(?:ان|انه|انها|انهم)(?![\u0621-\u064a])")

_THAT_OPENS = re.compile(r"(?<![\u0621-\u064a])(?:علي|خاصه|سيما|مع|رغم|برغم|بعد|قبل)\s+$")


# a verb of saying and at most four words of its subject, right before a time
_SAID_AT = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف)?(?:{_words_of('saying_verbs.tsv')})"
                      r"(?:\s+[^\s،,؛:.]+){0,4}\s+$")
# … and what was said opening right after that time
_SAID_WHAT = re.compile(r"\s*(?:ب|و)?(?:ان|انه|انها|عن)(?![\u0621-\u064a])")


def _reported_after(t: str, lo: int, hi: int) -> bool:
    """أن/إن opens, between ``lo`` and ``hi``, what someone reports, with no comma before it, or a
    clause of its own after one (…، على أن تُصرف في يونيو، …، خاصة أن …، …، بعد أن صعد
    الأسبوع الماضي). An explanation
    after a comma (…، موضحا أن المشاريع تنجز بين 2024 و2026) may tell the amount's time."""
    that = _THAT.search(t, lo, hi)
    if that is None:
        return False
    return not _BREAK.search(t, lo, that.start()) or bool(_THAT_OPENS.search(t, max(lo, that.start() - 8), that.start()))


# ومن المتوقع أن، من المقرر أن: an impersonal cue opens a clause; after an amount it is never its
_IMPERSONAL = re.compile(r"(?:و|ف)?من\s")
# after a weak cue (بحلول): an hour, or a point of the story's own time (بحلول ذلك الوقت، بحلول
# هذه المرحلة: by then), no deadline; a verb of the clause still says whether it is to come
_CLOCK_AFTER = re.compile(r"\s*(?:(?:ال)?(?:ساعه|صباح|مساء|ظهر|منتصف\s+الليل)"
                          r"|(?:هذا|ذلك|هذه|تلك)\s+(?:ال)?(?:وقت|حين|مرحله|لحظه|فتره))(?![\u0621-\u064a])")


_COMMA_VERB = re.compile(r"[،,؛]\s*(?:ف|و)(?P<v>[\u0621-\u064a]{2,})(?![\u0621-\u064a])")


def _status_cues(t: str, lo: int, hi: int):
    """The cues of status in ``t[lo:hi]``: (start, end, status, weight, is an adjective). The
    words of ``status.tsv``, then the future tense: سيبلغ، ستصل (forecast), سنوفر (target), قد
    يصل (forecast)."""
    out = []
    for m in _STATUS_RE.finditer(t, lo, hi):
        cue = m.group("s")
        if _STATUS_WEIGHT[cue] < 2 and _CLOCK_AFTER.match(t, m.end()):
            continue  # (بحلول الساعة العاشرة صباحا: the hour of a quote, not a deadline)
        if t[m.start() - 1:m.start()] in QUOTE_MARKS and t[m.end():m.end() + 1] in QUOTE_MARKS:
            continue  # (صندوق "هدف": a word set in quotes alone is a name)
        if cue in _STATUS_NOMINAL and _NOUN_FIRST.match(t, m.end()):
            continue  # (من الممكن أن هذا القرار أثار …: a guess at what has been)
        out.append((m.start(), m.end(), _STATUS_OF[cue], _STATUS_WEIGHT[cue],
                    cue.startswith(_ADJECTIVE_CUE) and " " not in cue))
    if "س" in t[lo:hi]:
        for m in _FUTURE_RE.finditer(t, lo, hi):
            w = m.group("v")
            if w in _STATUS_OF or w in _NOT_FUTURE or w.startswith(_NOT_FUTURE_PREFIX) \
                    or w.endswith("ا") and not w.endswith(("ها", "وا")):
                continue  # (a name written with a long a at its end, سيريكا، is no verb)
            out.append((m.start("v"), m.end(), "target" if w[1] == "ن" else "forecast", 2, False))
    for m in _MAY_RE.finditer(t, lo, hi):
        v = m.group("v")
        if v[0] == "ت" and (v.endswith("ت") or v == "تم" or (len(v) == 5 and v[2] == "ا")
                            or "ي" + v in _VERBS_BEFORE_ONE):
            # قد تراجعت، قد تجاوز، قد تم: a past verb after قد is done, not possible; so is a verb
            # in ت whose present the verb tables know as ي + it (قد توجه: يتوجه; the present of
            # توجه with ت would be تتوجه)
            continue
        out.append((m.start(), m.end(), "forecast", 2, False))
    return sorted(out)


def _shielded(t: str, lo: int, hi: int, cands) -> bool:
    """A relative clause holds the amount at ``hi`` and is on a noun that the cue ending at
    ``lo`` does not describe: the cue is a word or two before the clause's noun at most when it
    describes it (الاستثمارات المستهدفة التي تبلغ …). Not when an amount stands between the cue
    and the clause: the clause is on an item of the list the cue governs (المستهدفة … 3.1 مليار
    لتطوير الموانئ والتي تشمل مليار درهم للأرصفة)."""
    ms = list(_RELATIVE.finditer(t, lo, hi))
    if not ms:
        return False
    m = ms[-1]
    if _BREAK.search(t, m.end(), hi) or hi - m.end() > 60:
        return False
    if cands and cands.starting_in(lo, m.start()) and not _past_verb_at(t, m.end()):
        return False
    return len(t[lo:m.start()].split()) > 4


_WORD_AT = re.compile(r"\s*([\u0621-\u064a]+)")


def _past_verb_at(t: str, i: int) -> bool:
    """The word at ``i`` is a past verb the verb tables know, maybe with its object pronoun
    (فرضتها، أعلنه): a relative clause it opens tells what has been done, in its own time, even
    after a list of amounts a cue governs (رسوم ستفرضها على مئات السلع ردا على الرسوم التي
    فرضتها الجارة بنسبة 20%). A word in ي ت ن is left out: a present, or a past of تفاعل."""
    m = _WORD_AT.match(t, i)
    w = m.group(1) if m else ""
    if not w or w[0] in "يتنس":
        return False
    w = re.sub(r"(?:هما|هم|ها|ه)$", "", w)
    return any(_is_verb(v) for v in (w, w[:-1] if w.endswith("ت") else "") if v)


def _is_part_of_year(p0: dt.date, p1: dt.date) -> bool:
    """The first months of a year, up to a month before its end (الأشهر التسعة الأولى، النصف
    الأول، مع موفى أفريل): a year-to-date figure. One month alone is a monthly figure."""
    return p0.month == 1 and p0.day == 1 and p0.year == p1.year and (p1.month, p1.day) != (12, 31) \
        and p1.month > 1


def _status(cue, period):
    if cue:
        return cue
    if period and period[1] is not None and period[2] is not None:
        p0, p1 = period[1], period[2]
        if _is_part_of_year(p0, p1):
            return "partial"
    return "actual"
