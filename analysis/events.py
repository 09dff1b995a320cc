"""Events: what an article says happened (or will happen), with its date, people and places.

Each sentence is read once: trigger words (``lang/ar/event_triggers.tsv``: زيارة، التقى، قمة،
أعلن، وقع، انتخابات، افتتاح، ارتفع …; ``event_verbs.tsv``: more verbs of news writing with their
masdars, احتج، اعتقل، فرض، قرر، شارك …) say what kind of event it holds, the date mentions from
the dates module say when, and the entities inside it say who and where. The dates choose their
triggers cheapest first (a trigger goes to the date closest to it, in its own clause; a weekday
dates the verb before it; ``عندما`` ties a date to the verb after it); a statement in the
sentence of an occasion (a visit, talks, a summit, a signing) takes its day (``أعلن … قبيل بدء
قمة البريكس في 22 أكتوبر``); a date inside what a speaker said (after ``أن``/``إن``/``عن``/a
colon) dates the thing said, never the statement. A figure sentence gives one event per dated
movement with its own verb and amount (``ارتفعت … في مارس قبل أن تهبط … في يوليو``); a
baseline (``مقارنة بـ``، ``مقابل``، ``بدلا من``، the ``من`` end of ``من … إلى …``), years counted
from today (``السنوات الخمس الماضية``), the end of a span opened by ``منذ`` and a state that
still holds (``ما زال``) date nothing. A later mention of the same visit, meeting or summit, of
the same figure and period, or one speaker's statements of one day, is not a new event. A
statement with no time of its own is dated only when the sentence before carries the same speaker
on (``وأضاف``) or the publisher's dated report is about an occasion of that day. Labels name
what happened from the trigger (a verb's masdar) and its participants (``_label``).

>>> from analysis.text import fold
>>> import datetime as dt
>>> from analysis.dates import DateMention
>>> t = "زار الرئيس الروسي فلاديمير بوتن كازاخستان يوم 27 نوفمبر 2024."
>>> d = DateMention("27 نوفمبر 2024", 47, 61, "date", dt.date(2024, 11, 27), dt.date(2024, 11, 27),
...                 "day", "absolute", None, 47, 61)
>>> [(e.type, e.label) for e in find_events(fold(t), None, [d], None, None)]
[('visit', 'زيارة بوتن إلى كازاخستان')]
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import accumulate, compress
from operator import attrgetter

from .article import segment_kinds, split_sentences
from .dates import RECORD_SINCE_BEFORE, DateMention  # noqa: F401  (DateMention: the records find_events reads)
from .entities import entity_mentions
from .event_clauses import happening_in, masdar_of
from .lang import rows as lang_rows
from .text import Folded, fold_plain

__all__ = ["Event", "find_events", "EVENT_TYPES"]

EVENT_TYPES = ("visit", "meeting", "summit", "statement", "agreement", "election", "inauguration",
               "economic", "military", "other")


@dataclass(frozen=True)
class Event:
    """One event (a row of the events table); ``start``/``end`` index the evidence."""

    event_id: int | None
    type: str
    date_start: dt.date | None
    date_end: dt.date | None
    date_text: str | None
    actors: list[str]
    places: list[str]
    orgs: list[str]
    label: str
    sentence: str
    start: int
    end: int
    is_future: bool = False
    # working marks, kept off the table: a statement waiting for the day of the report, the
    # trigger noun that makes figure events repeats, a project step (أشغال، انطلاق)
    undated_statement: bool = field(default=False, metadata={"private": True})
    trigger: str = field(default="", metadata={"private": True})
    act: bool = field(default=False, metadata={"private": True})
    own: bool | None = field(default=False, metadata={"private": True})
    moved: bool = field(default=False, metadata={"private": True})
    # what the label is written from: the trigger's span, the sentence, its entities, the date's span
    labelled_by: tuple | None = field(default=None, metadata={"private": True}, repr=False)
    # a source's report (ذكرت صحيفة، الثلاثاء، …): no row of its own, but it tells the day the
    # report is about, for the statements around it that name no day
    relay: bool = field(default=False, metadata={"private": True}, repr=False)
    # an economic act a reporting verb told (أعلنت الوزارة أنها أصدرت سندات بملياري دولار): a day
    # someone spoke, for the statements around it, as a statement's is
    said: bool = field(default=False, metadata={"private": True}, repr=False)


# --------------------------------------------------------------------------- triggers (read once)


# first folded word -> list of (all folded words, type, pos), longest first
_TRIGGERS: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
# all folded words of a trigger -> the noun its label opens with ("" for a verb that only links a
# measure to its amount: بلغ، سجل)
_HEAD_OF: dict[tuple[str, ...], str] = {}
# event_triggers.tsv: the words of each type; event_verbs.tsv: more verbs of news writing, each
# with its forms (past, present; سـ and و/ف are clitics) written as alternatives (احتج|احتجت|يحتج)
for _table in ("event_triggers.tsv", "event_verbs.tsv"):
    for _cols in lang_rows(_table):
        _forms, _typ, _pos = _cols[:3]
        for _form in _forms.split("|"):
            _words = tuple(fold_plain(_form).split())
            _TRIGGERS.setdefault(_words[0], []).append((_words, _typ, _pos))
            _head = _cols[3].strip() if len(_cols) > 3 else ""
            if not _head:  # a noun opens its own label, a single word without its article (القمة → قمة)
                _head = _form[2:] if " " not in _form and _form.startswith("ال") and len(_form) > 4 else _form
            _HEAD_OF[_words] = "" if _head == "-" else _head
for _v in _TRIGGERS.values():
    _v.sort(key=lambda x: -len(x[0]))
# the verbs in the imperfect (يسيطر، تسيطر: ت + a form with ي the tables hold too); تظاهر، توقف are past
_ONE_WORD = {seq[0] for v in _TRIGGERS.values() for seq, _t, p in v if len(seq) == 1 and p != "noun"}
_IMPERFECT = frozenset(w for w in _ONE_WORD if w[:1] == "ي" or w[:1] == "ت" and "ي" + w[1:] in _ONE_WORD)

# What it costs a trigger type to claim a date it is not next to: an event noun close to the
# date says more than a reporting verb, and an economic word is the weakest cue.
_PENALTY = {"statement": 2, "economic": 3}
# what a weekday costs a measure's noun (see _sentence_events)
_DAY_ON_MEASURE = 4
# verbs that link a measure to its amount (بلغ، وصل، سجل): not the act a weekday dates
_LINKING_VERBS = frozenset(fold_plain(c + w) for w in "بلغ بلغت وصل وصلت سجل سجلت".split() for c in ("", "و", "ف"))
_STRONG = {"visit", "meeting", "summit", "agreement", "election", "inauguration"}
# the masdars of verbs of judging what happened (أدان، ندد، رحب، استنكر، انتقد، شجب)
_JUDGING = frozenset({"إدانة", "تنديد", "ترحيب", "استنكار", "انتقاد", "شجب"})
# the kinds of event noun a support verb (أجرى، عقد، شن) merely carries: the noun is the event
_SUPPORTED = frozenset({"visit", "meeting", "summit", "military", "election"})

_VERB_CLITICS = ("و", "ف", "ل", "س", "وس", "فس")
_NOUN_CLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل")

# reporting verbs whose content follows عن (أعلن عن، كشف عن، أعرب عن)
_ANNOUNCES = re.compile(r"^[وف]?(?:اعلن|يعلن|تعلن|كشف|يكشف|تكشف|اعرب|يعرب|تعرب)")
_ABOUT = frozenset(fold_plain(w) for w in "بشأن حول عن على إزاء تجاه".split())
# (with the pronoun of whom it is about: انه، انهم، اننا، بانهما …)
_COMPLEMENTIZER = {"ان", "إن", "أن", "انه", "انها", "انهم", "انهما", "انهن", "اننا", "انني", "بان", "بانه", "بانها",
                   "بانهم", "بانهما", "باننا", ":", "«", '"'}
# Words that put an event ahead (سوف، المقبل، من المقرر، يعتزم); a future verb (سيزور، ستنطلق)
# is read from the trigger itself.
_FUTURE_WORDS = re.compile(r"(?:^|\s)(?:المقبل\w*|القادم\w*|المنتظر|المقرر|المرتقب|يعتزم|تعتزم|سوف|سيتم|ستتم)(?=\s|$|[.،,])")
# a part of each of those words, for a quick test before the search (_says_future)
_FUTURE_CUES = ("مقبل", "قادم", "منتظر", "مقرر", "مرتقب", "عتزم", "سوف", "سيتم", "ستتم")
_FUTURE_VERB = re.compile(r"^[وف]?س[يتن]\w{2,}$")
# Words that make a sentence a figure's (an amount, a currency, a rate): tested as plain
# substrings, much faster than one alternation; طن alone as a word
_ECON_WORDS = ("%", "مليار", "مليون", "بالمائه", "بالمئه", "في المائه", "في المئه", "دولار", "دينار", "ريال",
               "درهم", "جنيه", "يورو", "اورو", "غيغاوات", "ميغاوات", "برميل", "سائح", "ضريب", "تضخم",
               "ميزاني", "موازن")
_TON = re.compile(r"\bطن\b")


def _has_econ(s: str) -> bool:
    """The folded text ``s`` holds an economic cue (``_ECON_WORDS``, or طن)."""
    for w in _ECON_WORDS:
        if w in s:
            return True
    return "طن" in s and _TON.search(s) is not None


# what a figure counts when it is no money (event_counted.tsv): the killed, attacks, degrees
_COUNTED_ROWS = lang_rows("event_counted.tsv")
_COUNTED_KIND = {fold_plain(w): k.strip() for w, k in _COUNTED_ROWS}


def _counted_kind(words: list[str]) -> str | None:
    """The type an economic event of the folded sentence ``words`` really has when its amounts
    count no money (بلغ عدد القتلى ألف قتيل في القصف: military; 44 درجة مئوية: other), else None."""
    found = None
    for k, w in enumerate(words):
        kind = _COUNTED_KIND.get(w + " " + words[k + 1]) if k + 1 < len(words) else None
        for c in ("", "و", "ب", "ل", "ال", "وال", "بال", "لل"):
            if kind or c and not w.startswith(c):
                continue
            core = w[len(c):]
            for x in (core, core[:-1] if core.endswith("ا") else "", core[:-2] if core.endswith(("ون", "ين")) else ""):
                kind = kind or (_COUNTED_KIND.get(x) if x else None)
        if kind == "money":
            return None
        if kind == "counted" and not (k and _HAS_DIGIT(words[k - 1])):
            kind = None
        if kind and found is None:
            found = kind
    if found == "casualty":
        return "military" if any(t == "military" for w in words for _s, t, _p in _candidates(w)) else "other"
    return "military" if found == "counted" else found


# أن with the pronoun of the one who announces: what follows is what it did (أعلنت الوزارة أنها أصدرت)
_DID_IT = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم"})


def _counted_kind_money(words: list[str]) -> bool:
    """The folded words name a currency (a sum of money, not a rate or a count)."""
    return any(_COUNTED_KIND.get(w[len(c):]) == "money" and w[len(c):] not in ("%", "بالمئه", "بالمائه", "المئه", "المائه")
               for w in words for c in ("", "و", "ب", "ل") if w.startswith(c) and len(w) > len(c) + 2)


# what a reporting verb announces when it is a figure's source, not a statement (كشفت بيانات …)
_DATA_NOUN = re.compile(r"^[وب]?(?:ال)?(?:بيانات|ارقام|احصائيات|نتائج|ميزانيه|موازنه|مؤشرات|تقرير)")
# what is signed (اتفاقية، مذكرة، عقد …); right after the verb, على too (وقع على الاتفاق)
_SIGNED_THING = re.compile(r"اتفا|مذكر|عقد|معاهد|بروتوكول|^(?:ال)?اعلان(?:ا)?$|ميثاق")   # (إعلانا مشتركا: a joint declaration)
_SIGN_OBJECT = re.compile(_SIGNED_THING.pattern + "|علي")

# و + a verb that carries on a speaker's words (وأضاف، وتابع، وقال، وحذر …); وصف، ذكر do not
_GOES_ON = re.compile(r"^و(?:اضاف|تابع|اوضح|قال|اكد|اشار|بين|لفت|شدد|حذر|كشف|استطرد|ختم)(?:ت)?$")
_EARLIER = re.compile(r"سابق|مرارا|في وقت|من قبل|قبل ذلك|سبق")
_REGNAL_WORDS = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس"}
_COUNT_WORDS = {"عده", "عشرات", "مئات", "الاف", "اف", "بضع", "بعض", "ثلاث", "اربع", "خمس", "ست", "سبع",
                "ثماني", "تسع", "عشر", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره"}
_LABEL_NOUN = {"visit": "زيارة", "meeting": "لقاء", "summit": "قمة", "statement": "تصريح",
               "agreement": "توقيع اتفاق", "election": "انتخابات", "inauguration": "تنصيب",
               "military": "عملية عسكرية", "other": "حدث", "economic": "حدث اقتصادي"}


# the words of labels and names, folded once each (spans of the article: ``_Doc.fold``)
_fp = lru_cache(maxsize=8192)(fold_plain)


_CLITIC_SEQ = _VERB_CLITICS + _NOUN_CLITICS  # (و، ف، ل are in both: tried twice, as listed)
_CLITIC_SET = frozenset(_CLITIC_SEQ)
assert all(1 <= len(c) <= 3 for c in _CLITIC_SEQ)
_CLITICS_BY_START: dict[tuple[str, str, str], tuple[str, ...]] = {}


def _clitics_on(w: str) -> tuple[str, ...]:
    """The clitics of ``_CLITIC_SEQ`` that ``w`` starts with, in that order (a clitic has one to
    three letters: the word's first three letters tell which, one dict lookup for most words)."""
    a, b, c = w[:1], w[:2], w[:3]
    key = (a if a in _CLITIC_SET else "", b if b in _CLITIC_SET else "", c if c in _CLITIC_SET else "")
    got = _CLITICS_BY_START.get(key)
    if got is None:
        got = _CLITICS_BY_START[key] = tuple(x for x in _CLITIC_SEQ if x == key[len(x) - 1])
    return got


# trigger nouns that name another thing before certain words (event_not_before.tsv: مشروع قرار
# is a draft, الجولة الثالثة a numbered round)
_NOT_BEFORE = {
    fold_plain(head): frozenset(fold_plain(w) for w in after.split())
    for head, after in lang_rows("event_not_before.tsv")}

# trigger nouns that are events only after certain words in their clause, and the words that,
# between, give those another sense (event_only_after.tsv: القسم، اليمين are an oath only as what
# أدى takes, not after أدى إلى, "led to")
_ONLY_AFTER = {
    fold_plain(row[0]): (frozenset(fold_plain(w) for w in row[1].split()),
                         frozenset(fold_plain(w) for w in (row[2] if len(row) > 2 else "").split()))
    for row in lang_rows("event_only_after.tsv")}
# the definite words that may follow those nouns as the oath (event_only_after.tsv, fourth column)
_ONLY_AFTER_KEEP = frozenset(fold_plain(w) for row in lang_rows("event_only_after.tsv") if len(row) > 3
                             for w in row[3].split())

# triggers read only without the article (event_bare_only.tsv: الأحداث is not إحداث)
_BARE_ONLY = frozenset(fold_plain(r[0]) for r in lang_rows("event_bare_only.tsv"))


# who passes news on without making it (event_sources.tsv): a reporting verb with one of them as
# its subject (ذكرت صحيفة، أفادت مصادر) is no statement; what it reports is the event
_SOURCE_ROWS = lang_rows("event_sources.tsv")
_SOURCE_WORDS = {kind: frozenset(fold_plain(w) for w, k in _SOURCE_ROWS if k.strip() == kind)
                 for kind in ("source", "agency", "news")}
_SOURCE_OR_AGENCY = _SOURCE_WORDS["source"] | _SOURCE_WORDS["agency"]


# a verb of publishing takes what is published as its object (نشرت الصحيفة قرار الحكومة): the
# publication is the event, not a report of another one
_PUBLISHING = frozenset({"نشر"})


_OFFICIAL_SOURCE = frozenset({"مصدر"})
_OFFICIAL = frozenset(fold_plain(w) for w in "مسؤول رسمي".split())


def _source_subject(words: list[str], k: int) -> bool:
    """The word at ``k`` (right after a reporting verb) opens a source that passes news on: a
    newspaper, a channel, sources, a correspondent, a news agency (وكالة الأنباء، وكالة رويترز)."""
    if k >= len(words):
        return False
    w = words[k]
    for c in ("و", "ال", "وال"):
        if w.startswith(c) and len(w) - len(c) >= 3 and w[len(c):] in _SOURCE_OR_AGENCY:
            w = w[len(c):]
            break
    if w in _OFFICIAL_SOURCE and words[k + 1:k + 2] and words[k + 1].removeprefix("ال") in _OFFICIAL:
        return False   # مصدر مسؤول في وزارة الخارجية: the ministry's own word, a statement
    if w in _SOURCE_WORDS["source"] or w[-2:] in ("نا", "ها") and w[:-2] in _SOURCE_WORDS["source"]:
        return True   # (مراسلنا، مراسلها: its correspondent)
    return w in _SOURCE_WORDS["agency"] and any(x in _SOURCE_WORDS["news"] for x in words[k + 1:k + 5])


# what a word that starts a trigger entry may be, up to the endings _candidates takes off
# (nothing, the alif of the accusative, a plural ending): an entry's first word with one of
# the clitics _candidates takes off before it (or لل for its ال)
_ENTRY_STARTS = frozenset(
    {c + k for c in ("", *_CLITIC_SEQ) for k in _TRIGGERS}
    | {"لل" + k[2:] for k in _TRIGGERS if k.startswith("ال")})


def _may_start(w: str) -> bool:
    """Whether ``_candidates(w)`` can be non-empty: every entry it gives is looked up under
    ``w`` with one of its clitics off its start (or لل made ال) and nothing, the alif of the
    accusative or a plural ending (وا، ون) off its end. Most words of an article start no
    trigger, and one to three set lookups tell them apart at first sight."""
    return (w in _ENTRY_STARTS or w[-1:] == "ا" and w[:-1] in _ENTRY_STARTS
            or w.endswith(_VERB_SUFFIXES) and w[:-2] in _ENTRY_STARTS)


@lru_cache(maxsize=65536)
def _candidates(w: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """The trigger entries a folded word can start, its clitics allowed for the entry's kind."""
    if not _may_start(w):
        return ()
    cands = [(w, "")]
    for c in _clitics_on(w):
        if len(w) - len(c) >= 2:
            rest = w[len(c):]
            cands.append((rest, c))
            if c == "لل":
                cands.append(("ال" + rest, c))
    # a noun in the indefinite accusative ends in alif (عقد مؤتمرا صحفيا، أصدرت بيانا): its stem
    cands += [(form[:-1], clitic + "ا") for form, clitic in cands if form.endswith("ا") and len(form) >= 4]
    out = []
    # a verb with the plural ending (احتجوا، يحتجون): its stem, for the entries of verbs only, whose
    # label is a masdar of another form
    for form, clitic in list(cands):
        if clitic.endswith("ا"):
            continue
        for suffix in _VERB_SUFFIXES:
            stem = form[:-len(suffix)]
            if form.endswith(suffix) and len(stem) >= 3:
                out += [e for e in _TRIGGERS.get(stem, ()) if len(e[0]) == 1 and e[2] in ("verb", "stance", "measure", "act")
                        and fold_plain(_HEAD_OF.get(e[0], "")) not in ("", stem)
                        and (not clitic or clitic in _VERB_CLITICS and clitic != "ل")]
    for form, clitic in cands:
        if clitic.endswith("ا"):
            out += [e for e in _TRIGGERS.get(form, ()) if e[2] == "noun"
                    and (clitic == "ا" or clitic[:-1] in _NOUN_CLITICS)]
            continue
        for seq, typ, pos in _TRIGGERS.get(form, ()):
            if clitic.endswith("ال") and len(seq) == 1 and seq[0] in _BARE_ONLY:
                continue
            if clitic:
                ok = (clitic in _VERB_CLITICS if pos in ("verb", "stance") else clitic in _NOUN_CLITICS
                      if pos == "noun" else clitic in _VERB_CLITICS + _NOUN_CLITICS)
                if not ok or clitic == "ل" and pos in ("verb", "stance", "measure") and typ != "economic":
                    continue  # لكشف ملابسات الحادث، ليعلن، ليغلق على 75 دولارا: a purpose or a result, not
                    # something done or said of its own
            out.append((seq, typ, pos))
    return tuple(out)


def _folded_by_kind(table: str) -> dict[str, frozenset[str]]:
    """The folded words of a word table whose second column is a kind (titles.tsv, name_words.tsv),
    grouped by kind: each table is read once however many kinds the events take from it."""
    out: dict[str, set[str]] = {}
    for c in lang_rows(table):
        if len(c) > 1:
            out.setdefault(c[1].strip(), set()).add(fold_plain(c[0]))
    return {kind: frozenset(words) for kind, words in out.items()}


_TITLES_BY_KIND = _folded_by_kind("titles.tsv")
_NAME_WORDS_BY_KIND = _folded_by_kind("name_words.tsv")

# title words (titles.tsv: head, honorific, kin) that stand before a person's name: a label names
# the person by the name, without them (قال وزير الخارجية فلان → فلان)
_TITLE_WORDS = frozenset().union(*(_TITLES_BY_KIND.get(k, ()) for k in ("head", "honorific", "kin")))


# the head words of organisations' names (name_words.tsv: org_heads): a "person" whose name
# starts with one (مركز إيواء after a title) is a body or a place, not someone taking part
_ORG_HEADS = _NAME_WORDS_BY_KIND.get("org_heads", frozenset())

# words that join the next word into a name (name_words.tsv: name_link: عبد، أبو، بن، آل): alone
# they name no one
_NAME_LINKS = _NAME_WORDS_BY_KIND.get("name_link", frozenset())
# and those with the particles of European family names (دي، فان، دا)
_NAME_JOINERS = _NAME_LINKS | _NAME_WORDS_BY_KIND.get("name_particles", frozenset())


@lru_cache(maxsize=16384)
def _org_headed(name: str) -> bool:
    """A person's name that starts with an organisation's head word (``_ORG_HEADS``)."""
    return _fp(name).split()[0].removeprefix("ال") in _ORG_HEADS


# endings of a verb that its entry does not list: the plural (وا، ون). (An object pronoun, زارها،
# is left: ها، هم end as many nouns and names, and folded ه is also a noun's ة)
_VERB_SUFFIXES = ("وا", "ون")


_STARTS, _SAYS = 1, 2  # what a word can start: a trigger; a trigger that may be a reporting verb


class _WordKinds(dict):
    """word -> what it can start: 0 (no trigger), ``_STARTS`` or ``_SAYS`` (a reporting verb
    among its readings), filled on first sight. Every token of a sentence that may tell an
    event is looked up, with ``map(memo.__getitem__, words)``: a dict hit runs in C, much faster
    than an lru_cache call."""

    def __missing__(self, w: str) -> int:
        if not _may_start(w):  # most words: no trigger, and no entry in _candidates' cache
            self[w] = 0
            return 0
        cands = _candidates(w)
        kind = self[w] = (0 if not cands else _SAYS if any(typ == "statement" and pos == "verb"
                                                            for _, typ, pos in cands) else _STARTS)
        return kind


_MEMO_SIZE = 65536
_kinds_memo = _WordKinds()


def _kinds_memo_for_article() -> _WordKinds:
    """The ``_WordKinds`` table to read an article with: a full one is replaced, not cleared
    (bounded like an ``lru_cache(maxsize=65536)``)."""
    global _kinds_memo
    if len(_kinds_memo) >= _MEMO_SIZE:
        _kinds_memo = _WordKinds()
    return _kinds_memo


def _match_trigger(words: list[str], i: int) -> tuple[int, str, str] | None:
    """(length in tokens, type, pos) of the trigger starting at token i, if any."""
    for seq, typ, pos in _candidates(words[i]):
        n = len(seq)
        if n > 1:
            tail = words[i + 1:i + n]
            if len(tail) != n - 1 or any(not (a == b or a.endswith(b) and len(a) - len(b) <= 2
                                              or a[:-1] == b and a[-1] == "ا")
                                         for a, b in zip(tail, seq[1:])):
                continue
        return n, typ, pos
    return None


def _match_seq(words: list[str], i: int, n: int) -> tuple[str, ...]:
    """The table entry (its folded words) the trigger of ``n`` tokens at token i matched."""
    for seq, _typ, _pos in _candidates(words[i]):
        if len(seq) == n:
            return seq
    return ()


# --------------------------------------------------------------------------- the finder

def find_events(folded: Folded, article, dates, entities, reference, figures=None) -> list[Event]:
    """The events an article reports, one row each, in text order.

    ``dates`` are the article's ``DateMention`` records and ``entities`` its ``Entity`` records
    (found here when None); ``reference`` is the reference date (for ``is_future``);
    ``figures`` (optional) its ``Figure`` records, whose amounts the labels of figure events state.
    An event is told at a time it names: one whose only time is a word no calendar holds
    (``مؤخرا``، ``آنذاك``، ``قريبا``، ``قبل أيام``) has no date and is no row (the dates table
    keeps the word), and a sentence that names no time at all is no event.

    >>> from analysis.text import fold
    >>> t = "في 3 مايو 2024 وقعت مصر وروسيا اتفاقية للتعاون."
    >>> day = DateMention("3 مايو 2024", 3, 14, "date", dt.date(2024, 5, 3), dt.date(2024, 5, 3), "day", "absolute", None)
    >>> [(e.type, str(e.date_start), e.places) for e in find_events(fold(t), None, [day], None, None)]
    [('agreement', '2024-05-03', ['مصر', 'روسيا'])]
    >>> vague = DateMention("مؤخرا", 1, 6, "vague", None, None, None, "relative", None, 1, 6)
    >>> find_events(fold("ومؤخرا، وقعت مصر وروسيا اتفاقية للتعاون."), None, [vague], None, None)
    []
    """
    doc = _Doc(folded, figures)
    text = folded.original
    if entities is None:
        entities = entity_mentions(folded, article)
    entities = sorted(entities, key=_by_start)
    usable = [d for d in (dates or []) if d.type in ("date", "daterange") and d.start_date is not None
              and not _spans_years_back_or_ahead(d)]
    usable = _merge_alternatives(usable, folded.original)
    vague = [d for d in (dates or []) if d.type == "vague" or (d.type in ("date", "daterange") and d.start_date is None)]
    sentences = _sentences(article, text)
    estarts = [e.start for e in entities]  # sorted: the entities of a sentence by bisection
    # the people and bodies: with neither in it, a sentence with no time in it tells no event
    # (a reporting verb makes a statement only beside a speaker, _has_speaker)
    speakers = [e for e in entities if e.type == "person" or e.type == "org"]
    sp_starts = [e.start for e in speakers]
    vstarts = sorted(d.start for d in vague)
    dstarts = [d.start for d in usable]
    if any(a > b for a, b in zip(dstarts, dstarts[1:])) or any(d.end < d.start for d in usable):
        dstarts = None  # not in text order: each sentence filters them all
    kinds, words = doc.kinds, doc.words
    events: list[Event] = []
    # the dated event of the sentence just before, in the same paragraph (a chain of وأضاف …
    # sentences keeps it)
    prev_dated: Event | None = None
    prev_segment = None
    for s_start, s_end, seg_id, kind in sentences:
        if kind in ("caption", "boilerplate", "source"):
            continue
        if seg_id != prev_segment:
            prev_dated = None
            prev_segment = seg_id
        if dstarts is not None:
            # dates sorted by start: only those starting inside the sentence can lie in it
            d0 = bisect_left(dstarts, s_start)
            d1 = bisect_right(dstarts, s_end, d0)
            sdates = [d for d in usable[d0:d1] if d.end <= s_end] if d0 < d1 else []
        else:
            sdates = [d for d in usable if s_start <= d.start and d.end <= s_end]
        vague_here = _any_between(vstarts, s_start, s_end)
        # With no date, a sentence gives an event only through a reporting verb with a person or
        # body in the sentence (a statement, dated by the report's occasion); with no trigger
        # either, through nothing: most sentences are passed over here, before their tokens are
        # read, and the others by what their words can start (one dict lookup a token, and
        # compress runs in C) before they are read in full. (A trigger is of the tokens inside
        # the sentence: a sentence with none gives nothing.)
        found = []
        speaker_here = _speaker_in(speakers, sp_starts, s_start, s_end) or not (sdates or vague_here) and bool(
            _SAID_BY_TITLED.search(text, s_start, s_end))   # (only a sentence with no date needs it)
        if sdates or speaker_here:
            lo, hi = doc.token_range(s_start, s_end)
            can = list(map(kinds.__getitem__, words[lo:hi]))   # what each token can start
            cands = list(compress(range(hi - lo), can))   # (indices in the sentence)
            if sdates or _SAYS in can:
                found = _sentence_events(doc, s_start, s_end, lo, hi, cands, sdates,
                                         entities, estarts, reference, prev_dated, vague_here)
        for ev in found:
            if ev.type != "economic" and _is_repeat(ev, events):
                continue
            if ev.type == "economic" and not ev.act and ev.date_start is not None \
                    and _breakdown(doc, s_start, ev, events):
                continue
            events.append(ev)
            if ev.date_start is not None:
                prev_dated = ev
        if not found:
            prev_dated = None if prev_dated is None or not _continues(doc, s_start) else prev_dated
    # A reporting verb with no time of its own, in a report dated by its publisher about an
    # occasion of that day (a press conference, talks "today"), was said at that occasion; with
    # no such occasion, or no publication date, it has no date and is left out.
    published = getattr(article, "published", None)
    day_events = [e for e in events if published is not None and not e.undated_statement
                  and (e.type not in ("economic", "other") or e.said)
                  and e.date_start is not None and e.date_start == e.date_end
                  and 0 <= (published - e.date_start).days <= 1]
    kept = []
    for e in events:
        if e.undated_statement:
            if not day_events:
                continue
            host = day_events[0]
            e = _replace(e, date_start=host.date_start, date_end=host.date_end, date_text=None,
                        undated_statement=False)
            if _is_repeat(e, kept):
                continue
        kept.append(e)
    # (a row with no date left after that tells no time the text names: GUIDELINES leave it out)
    events = [e for e in kept if not e.relay and e.date_start is not None]
    # a title that announces what the body tells in full: keep the body's event
    title_end = max((b for a, b, _, k in sentences if k == "title"), default=-1)
    kept = []
    for e in sorted(events, key=lambda e: (e.start < title_end, e.start)):
        if not (e.type == "economic" and _is_repeat(e, kept)):
            kept.append(e)
    events = kept
    events = [e for e in events if not (e.start < title_end and any(
        o is not e and o.start >= title_end and e.date_start is not None and o.date_start is not None
        and (o.date_start == e.date_start and o.date_end == e.date_end
             or o.type == e.type and o.date_start <= e.date_end and e.date_start <= o.date_end)
        for o in events))]
    events.sort(key=lambda e: (e.start, e.end))
    if any(e.type == "visit" for e in events):
        people = {x.canonical for x in entities if x.type == "person" and not _org_headed(x.canonical)}
        firsts = Counter(n.split()[0] for n in people if " " in n)
        events = [_visitor_named(doc, e, people, firsts) if e.type == "visit" and e.labelled_by else e
                  for e in events]
    events = [_replace(e, label=_label(doc, e.type, e.actors, e.places, e.orgs, *e.labelled_by) or _LABEL_NOUN[e.type])
              if e.labelled_by is not None else e for e in events]
    return [_replace(e, label=_no_run_twice(_victims_named(doc, e, _finish_label(doc, e))), labelled_by=None)
            if e.labelled_by is not None else e for e in _speakers_carried_on(events)]


def _visitor_named(doc: _Doc, e: Event, people: set[str], firsts: Counter) -> Event:
    """A visit whose sentence names the visitor in a form the entities did not take as a mention:
    a hashtag (يختتم المبعوث #فلان_علان زيارة …) or one word of the name right by the verb (وزار
    علان البلد …، قام كيم بزيارة …: the family name, or the first word of a name written family
    name first when no other person of the article starts so), of a person the article names in
    full elsewhere. The visitor is that person; a visit with people named already takes only a
    name right by the verb, and puts it first. ``firsts`` counts the first words of the article's
    names of more than one word. A word that is a form of two people's names (two people of one
    family) names no one."""
    t0, t1, s_start, s_end = e.labelled_by[:4]
    if e.actors and not people:
        return e
    a, b = s_start, min(s_end, t1 + 60)
    if e.actors:
        a, b = max(s_start, t0 - 40), min(s_end, t1 + 40)   # (only a name right by the verb counts)
    window = doc.text[a:b].replace("_", " ").replace("#", " ")
    # (every form below is made of the name's words: a name none of whose words the window
    # holds is passed over before any search)
    held = {w.strip("،,.:؛\"«»()") for w in window.split()}
    best, found = None, set()
    for name in sorted(people):   # (sorted: the table never hangs on the order of a set)
        parts = name.split()
        if held.isdisjoint(parts):
            continue
        forms = [] if e.actors else [name]
        if len(parts) > 1 and len(parts[-1]) >= 3:
            forms.append(parts[-1])   # (the family name alone: only right by the verb)
            if len(parts) > 2:
                forms.append(" ".join(parts[-2:]))   # (دي بلازيو، أبو علي)
        if len(parts[0]) >= 3 and _family_first(parts) and firsts[parts[0]] == 1:
            forms.append(parts[0])   # (كيم جونغ أون، شي جين بينغ: the family name first)
        for k, form in enumerate(forms, start=1 if e.actors else 0):
            for m in re.finditer(r"(?<![^\s،,.:؛\"«»()])" + re.escape(form) + r"(?![^\s،,.:؛\"«»()])", window):
                at = a + m.start()
                if k and not (0 <= at - t1 <= 2 or 0 <= t0 - (a + m.end()) <= 2):
                    continue
                dist = min(abs(at - t1), abs(t0 - (a + m.end())))
                if best is None or dist < best[0]:
                    best, found = (dist, name), {name}
                elif dist == best[0]:
                    found.add(name)
    if best is None or len(found) > 1 or e.actors and e.actors[0] == best[1]:
        return e
    return _replace(e, actors=[best[1]] + [x for x in e.actors if x != best[1]])


_KILLED_VERB = re.compile(r"^[وف]?قتل(?:ت)?$")   # (قتلوا follows its subject: قتلوا، were killed)


def _victims_named(doc: _Doc, e: Event, label: str) -> str:
    """A killing told by an active verb whose subject is the killer and whose object the killed
    (قتلت السيول أكثر من 40 قرويا، قتلت الدورية بالقنابل خمسة مهربين): the label names the killed,
    then the killer (مقتل أكثر من 40 قرويا في السيول، مقتل خمسة مهربين على يد الدورية), not «مقتل
    السيول». A count right after the verb (قتل 23 بحارا) is already the killed."""
    if e.type not in ("military", "other") or not label.startswith("مقتل "):
        return label
    t0, t1, s_start, s_end = e.labelled_by[:4]
    if _KILLED_VERB.match(doc.fold(t0, t1)) is None:
        return label
    lo, hi = doc.token_range(t1, s_end)
    words = doc.words[lo:hi]
    stop = next((k for k, w in enumerate(words) if w in _CLAUSE_BREAKS or w in (".", "؟", "!")), len(words))

    def qualifier(k: int) -> int:
        """How many words of a qualifier of an amount (نحو، أكثر من، ما يقارب: qualifiers.tsv) open
        at ``k`` before a number, else 0."""
        for q in _QUALIFIERS_BEFORE:
            n = len(q)
            if tuple(words[k:k + n]) == q and k + n < stop and words[k + n][:1].isdigit():
                return n
        return 0

    def count_at(k: int) -> bool:
        w = words[k]
        n = qualifier(k)
        if n:
            return k + n + 1 < stop and words[k + n + 1] not in _MONTH_WORDS
        return (w[:1].isdigit() and k + 1 < stop and words[k + 1] not in _MONTH_WORDS) or w in _COUNT_WORDS

    if not stop or count_at(0):
        return label
    at = next((k for k in range(1, min(stop, 8)) if count_at(k)), None)
    if at is None:
        return label
    end = at + qualifier(at) + 1   # (أكثر من 40، نحو 40، عشرات، خمسة) and the noun counted
    if end >= stop or words[end] in _PREPOSITIONS:
        return label
    if any(w in _PREPOSITIONS or w in _CLAUSE_OPENERS for w in words[:at]):
        return label   # (قتل جنديان في هجوم شنه 3 مسلحين: the count is of another clause, no object)
    if any(w in _HURT or w[:1] in ("و", "ف") and w[1:] in _HURT or any(x[2] != "noun" for x in _candidates(w))
           for w in words[:at]):
        return label   # (قتل حارس وأصيب ثلاثة: another verb, the count is not the object)
    dspan = e.labelled_by[5]
    if dspan is not None and any(dspan[0] <= doc.start(lo + k) < dspan[1] for k in range(at)):
        return label   # (قتل طفل السبت …: the day is no killer)
    killer = []
    for w in words[:at]:
        if w in _PREPOSITIONS or w.startswith("بال") or w[:1].isdigit():
            break   # (بالرصاص: how, not who)
        killer.append(w)
    if not killer or len(killer) > 5:
        return label
    original = lambda a, b: doc.text[doc.start(lo + a):doc.end(lo + b - 1)]
    by = " في " if _caused_by(words) == "natural" else " على يد "
    return "مقتل " + original(at, end + 1) + by + original(0, len(killer))


_PART_ROWS = [(fold_plain(r[0].strip()), r[1].strip(), r[2].strip() if len(r) > 2 else "")
              for r in lang_rows("event_part_words.tsv")]
_PART_WORDS = frozenset(w for w, k, _m in _PART_ROWS if k == "part")
_NAMED_GROUPS = frozenset(w for w, k, _m in _PART_ROWS if k == "named")
_MEASURE_OF = {w: m for w, k, m in _PART_ROWS if k == "measure"}
_PART = re.compile(r"(?<!\S)(?:[وفبل]|و[بل]|ف[بل])?(?:ال|لل)?(" + "|".join(sorted(_PART_WORDS, key=len, reverse=True))
                   + r")\s+(?:[وفبل]?(?:ال|لل))(?=\S)")


def _breakdown(doc: _Doc, s_start: int, ev: Event, earlier: list[Event]) -> bool:
    """``ev``, a figure's economic event, gives a part (a sector, a group of the price index) of a
    measure for a period an earlier figure event of the article already covers (sector by sector
    after the growth of the whole year): the part's figure is detail of that event, not one of its
    own. (After a decision of that period, رفع أسعار الوقود في يناير, a group's prices are news.) The part is read in the sentence up to the event's words (a sector named after them, as a
    cause, بدعم من قطاع الخدمات, is not the measure)."""
    covering = [o for o in earlier if o.type == "economic" and not o.act and o.date_start is not None
                and o.date_start <= ev.date_start and ev.date_end <= o.date_end]
    if not covering:
        return False
    m = _PART.search(doc.fold(s_start, ev.end))
    if m is None:
        return False
    if " ".join(doc.fold(s_start, ev.end)[m.start(1):].split()[:2]) in _NAMED_GROUPS:
        return False   # (مجموعة العشرين: a body, not a part)
    own = _measure(doc, ev)
    covering = [o for o in covering if own is None or _measure(doc, o) in (own, None)]
    return bool(covering) and not all(_decided(doc, o) for o in covering)


def _measure(doc: _Doc, ev: Event) -> str | None:
    """The measure a figure event's trigger names (lang/ar/event_part_words.tsv, kind measure:
    growth, prices …), or None when its word is none of them."""
    word = ev.trigger
    if not word and ev.labelled_by is not None:
        word = (doc.fold(ev.labelled_by[0], ev.labelled_by[1]).split() or [""])[0]
    for w in (word, word[1:] if word[:1] in ("و", "ف") else word):
        w = w.removeprefix("ال")
        for x in (w, w[:-1] if w.endswith("ا") else w):
            if x in _MEASURE_OF:
                return _MEASURE_OF[x]
    return None


def _release_day(doc: _Doc, ev: Event, kept: list[Event]) -> bool:
    """``ev`` is the day the figures of its sentence were put out (… 2.4% في 2029، حسبما أفاد
    المكتب الأربعاء): a verb of telling dated by a day, beside figures of longer periods. The
    release is an event of its own, as the figures are."""
    if ev.date_start is None or ev.date_start != ev.date_end or ev.labelled_by is None:
        return False
    if not all(k.date_start is not None and k.date_start < k.date_end for k in kept):
        return False
    first = doc.fold(ev.labelled_by[0], ev.labelled_by[1]).split()[:1]
    return bool(first) and any(t == "statement" and pos == "verb" for _w, t, pos in _candidates(first[0]))


def _decided(doc: _Doc, ev: Event) -> bool:
    """``ev`` is a decision or a measure taken (قررت الحكومة رفع …), told by its trigger word."""
    if ev.labelled_by is None:
        return False
    first = doc.fold(ev.labelled_by[0], ev.labelled_by[1]).split()[:1]
    return bool(first) and any(pos in ("measure", "act") for _w, _t, pos in _candidates(first[0]))


# the one-word heads of statements' labels (تصريح، إعلان، نفي …)
_ONE_WORD_SAYING = frozenset(h for seq, h in _HEAD_OF.items() if h and " " not in h
                             and any(t == "statement" for _s, t, _p in _TRIGGERS.get(seq[0], ()) if _s == seq))


def _speakers_carried_on(events: list[Event]) -> list[Event]:
    """A statement whose verb names no speaker (وشددت على أنها …، وأضاف أن …) is the speaker's of
    the statement just before it, within a few sentences: its label takes that speaker."""
    out: list[Event] = []
    prev: Event | None = None
    for e in events:
        if e.type == "statement":
            words = e.label.split()
            if len(words) == 1 and prev is not None and 0 <= e.start - prev.end <= 600 \
                    and prev.label.split()[0] in _ONE_WORD_SAYING:
                who = prev.label.split()[1:]
                if who:
                    e = _replace(e, label=" ".join(words + who))
            if len(e.label.split()) > 1:
                prev = e
        out.append(e)
    return out


_by_start = attrgetter("start")

_CLAUSE_BREAKS = frozenset({"،", ",", "؛", ";", ":"})
# pronouns that open what is said of the noun before them (… الكرامة وهي حملة عسكرية)
_APPOSED = frozenset(fold_plain(w) for w in "وهو وهي وهم وهما".split())
# words that open a new clause after a date: a verb after them is not the date's (… إلى 3 ملايين طن
# في مارس قبل أن تهبط …)
_NEW_CLAUSE = frozenset(fold_plain(w) for w in "قبل بعد ثم بينما فيما لكن لكنه لكنها إلا".split())
_NEW_CLAUSE_COST = 4
_WHEN = frozenset({"عندما", "حين", "حينما", "لما", "وعندما", "وحين", "حيث"})
_WHEN_CLAUSE = _WHEN - {"حيث"}   # (حيث أعلن المرصد: "where", not a time)
# an amount's words beside its digits (ثلاثة مليارات، خمسة آلاف)
_SCALE_WORDS = frozenset(fold_plain(w) for w in "مليار مليارات مليارا ملياري مليون ملايين مليونا مليوني ألف آلاف ألفا تريليون".split())


def _crosses(breaks: list[int], a: int, b: int) -> bool:
    """A clause break lies between tokens a and b."""
    lo, hi = (a, b) if a < b else (b, a)
    k = bisect_right(breaks, lo)
    return k < len(breaks) and breaks[k] < hi


def _clause_has_amount(words, breaks: list[int], dk: int, sdates, doc, lo) -> bool:
    """The clause of the date at token dk holds an amount (a digit, %, a scale word) that is
    no date's own number."""
    k = bisect_right(breaks, dk)
    a = breaks[k - 1] + 1 if k > 0 else 0
    b = breaks[k] if k < len(breaks) else len(words)
    for i in range(a, b):
        w = words[i]
        if w in _SCALE_WORDS or _HAS_DIGIT(w) or "%" in w:
            off = doc.start(lo + i)
            if not any(x.start <= off < x.end for x in sdates):
                return True
    return False


def _merge_alternatives(dates: list, text: str) -> list:
    """Two dates joined by أو (أواخر مارس أو بداية أبريل) are one time the text is unsure of:
    one date from the first one's start to the second one's end."""
    out: list = []
    for d in sorted(dates, key=_by_start):
        prev = out[-1] if out else None
        if (prev is not None and 0 < d.start - prev.end <= 6 and fold_plain(text[prev.end:d.start]).strip() == "او"
                and d.start_date >= prev.start_date):
            out[-1] = _Date(text[prev.start:d.end], prev.start_date, max(prev.end_date, d.end_date),
                            prev.start, d.end, prev.granularity, prev.anchor)
            continue
        out.append(d)
    return out


def _spans_years_back_or_ahead(d) -> bool:
    """Years counted from today (السنوات الثلاث الماضية، العامين المقبلين، الأعوام الثمانية
    الأخيرة) are the span a total or a trend covers, not the time something happened: such a
    date dates no event. Years named (الفترة 2019-2022) still may."""
    return (d.anchor == "relative" and d.end_date is not None
            and (d.end_date - d.start_date).days > 370)


def _any_between(xs: list[int], a: int, b: int) -> bool:
    """Some value of the sorted list ``xs`` lies in ``[a, b)``."""
    k = bisect_left(xs, a)
    return k < len(xs) and xs[k] < b


def _speaker_in(speakers: list, starts: list[int], a: int, b: int) -> bool:
    """One of ``speakers`` (people and bodies, by start) lies inside ``[a, b)``."""
    k = bisect_left(starts, a)
    while k < len(starts) and starts[k] < b:
        if speakers[k].end <= b:
            return True
        k += 1
    return False


_EVENT_FIELDS = tuple(f.name for f in fields(Event))


def _new_event(*values) -> Event:
    """``Event(*values)`` (every field, in order), its fields set in its ``__dict__`` at once:
    a frozen dataclass's ``__init__`` sets them one by one through ``object.__setattr__``, and
    Event has no ``__post_init__`` to run. (One is built for every candidate event.)"""
    ev = object.__new__(Event)
    ev.__dict__.update(zip(_EVENT_FIELDS, values, strict=True))
    return ev


def _replace(ev: Event, **changes) -> Event:
    """``dataclasses.replace`` for an Event, without its per-field checks: the copy's fields are
    set in its ``__dict__`` at once (a frozen dataclass's ``__init__`` sets them one by one
    through ``object.__setattr__``; Event has no ``__post_init__`` to run)."""
    new = object.__new__(Event)
    new.__dict__.update(ev.__dict__, **changes)
    return new


def _sentences(article, text: str) -> list[tuple[int, int, int, str]]:
    if article is not None and getattr(article, "sentences", None) is not None:
        kinds = segment_kinds(article)
        return [(s.start, s.end, s.segment_id, kinds.get(s.segment_id, "body")) for s in article.sentences]
    return [(s.start, s.end, s.segment_id, "body") for s in split_sentences(text)]


def _continues(doc: _Doc, s_start: int) -> bool:
    """A sentence that opens with و + a reporting verb goes on with the one before it."""
    head = doc.fold(s_start, s_start + 16).split()
    return bool(head) and _GOES_ON.match(head[0]) is not None


class _Doc:
    """The article's text as this module reads it, by original offsets: the folded form of any
    span, and the article's tokens (cut once, text.py).

    Token offsets stay folded (``fstarts``/``fends``): a sentence reads the original offsets of
    only its triggers and a few other tokens (``start``, ``end``), so mapping every token back
    to the original text up front would be mostly wasted work."""

    __slots__ = ("text", "ftext", "index", "words", "fstarts", "fends", "kinds", "figs", "fig_starts", "heads")

    def __init__(self, folded: Folded, figures=None):
        self.text = folded.original
        self.ftext = folded.text
        self.index = folded.index  # folded offset -> original offset (None: the same)
        tok = folded.tokens
        self.words, self.fstarts, self.fends = tok.words, tok.starts, tok.ends
        # what a word can start (a trigger, a reporting verb), read by the sentences that need it
        self.kinds = _kinds_memo_for_article()
        # the amounts (figures table rows), by start: a figure event's label states its amount
        self.figs = sorted(figures or (), key=_by_start)
        self.fig_starts = [f.start for f in self.figs]
        self.heads: dict[tuple[int, int], tuple] = {}   # _trigger_head's answers, by trigger span

    def fold(self, a: int, b: int) -> str:
        """``fold_plain(text[a:b])``, read off the folded text (no folding again)."""
        ix = self.index
        if ix is None:
            return self.ftext[a:b]
        return self.ftext[bisect_left(ix, a):bisect_left(ix, b)]

    def token_range(self, a: int, b: int) -> tuple[int, int]:
        """``(lo, hi)``: tokens ``lo`` to ``hi - 1`` are those inside ``[a, b)``.

        The index map is increasing, so a token starts at or after ``a`` exactly when its
        folded start is at or after ``bisect_left(index, a)``, and ends by ``b`` exactly when
        its folded end is at most ``bisect_left(index, b)``: the bisection runs on folded
        offsets, with no token mapped."""
        ix = self.index
        if ix is not None:
            a, b = bisect_left(ix, a), bisect_left(ix, b)
        lo = bisect_left(self.fstarts, a)
        return lo, bisect_right(self.fends, b, lo)

    def start(self, i: int) -> int:
        """The original start offset of token ``i``."""
        ix = self.index
        return self.fstarts[i] if ix is None else ix[self.fstarts[i]]

    def end(self, i: int) -> int:
        """The original end offset of token ``i`` (just after its last kept character)."""
        ix = self.index
        return self.fends[i] if ix is None else ix[self.fends[i] - 1] + 1

    def ending_by(self, off: int, lo: int, hi: int) -> int:
        """How many of tokens ``lo`` to ``hi - 1`` end at or before the original offset ``off``
        (as ``token_range``: on folded offsets)."""
        ix = self.index
        if ix is not None:
            off = bisect_left(ix, off)
        return bisect_right(self.fends, off, lo, hi) - lo


def _sentence_events(doc: _Doc, s_start, s_end, lo, hi, cands, sdates, entities, estarts, reference,
                     prev_dated, names_vague_time) -> list[Event]:
    """The events of the sentence ``[s_start, s_end)``: its tokens are ``lo`` to ``hi - 1``,
    ``cands`` (indices in the sentence) those that can start a trigger, ``sdates`` its dates.
    Token indices here count from the sentence's first token."""
    text = doc.text
    words = doc.words[lo:hi]
    fsent_memo: list[str] = []
    econ_memo: list[bool] = []

    def fsent() -> str:
        """The folded sentence (read off when first asked: most sentences never need it)."""
        if not fsent_memo:
            fsent_memo.append(doc.fold(s_start, s_end))
        return fsent_memo[0]

    def econ() -> bool:
        """The sentence holds an economic cue (computed once, when first asked)."""
        if not econ_memo:
            econ_memo.append(_has_econ(fsent()))
        return econ_memo[0]

    elo = bisect_left(estarts, s_start)
    ehi = bisect_left(estarts, s_end, elo)
    ents = [e for e in entities[elo:ehi] if e.end <= s_end]
    # triggers: (token index, n tokens, type, pos, start and end offsets)
    trig = []
    named = [(e.start, e.end) for e in ents if e.type in ("org", "place")]
    date_ends = {d.end for d in sdates}   # (… 6 نوفمبر 2024 جولة: a year, not 2024 rounds)
    for e in ents:  # a person's title (وزير التجارة وترقية الصادرات) names no event either
        if e.type == "person" and " ولد " in text[e.start:e.end]:
            # nor a name's particle (سالم ولد أحمد: "son of", not "was born")
            at = text.index(" ولد ", e.start, e.end) + 1
            named.append((at, at + 3))
        if e.type == "person" and e.role:
            r = text.rfind(e.role, max(s_start, e.start - len(e.role) - 4), e.start)
            if r >= 0:
                named.append((r, r + len(e.role)))
    nxt = 0
    prev_end = -1   # where the last trigger word read ends (taken or not)
    from_source = set()   # the triggers that are a source's reporting verb (indices in trig)
    topics = set()   # the triggers that name what a text is about (تقريرا عن الهجوم)
    for i in cands:
        if i < nxt:
            continue
        m = _match_trigger(words, i)
        if m is None:
            continue
        after_trigger, last_end, prev_end = prev_end == i, prev_end, i + m[0]
        if m[2] == "noun" and i > 0 and words[i - 1] in ("من", "عن") and 0 <= i - 1 - last_end <= 3 and trig \
                and trig[-1][0] + trig[-1][1] == last_end:
            continue  # انسحاب أمريكا من الاتفاق: what the event before is from or about, not one of its own
        if m[2] != "noun" and i > 0:
            before = words[i - 1]
            if before in _NEGATION:
                continue  # لم يعترف، لن يزور: what did not (or will not) happen
            if m[1] == "statement" and (before in _AS_SAID or before == "ما" and i > 1 and words[i - 2] in _AS_SAID_MA) \
                    and not econ():
                continue  # حسبما أفاد مراسل، وفق ما ذكرت الوكالة: who a report is from, not a statement
            if before in _RELATIVE and _verb_word(words[i]) in _IMPERFECT and m[2] != "act":
                continue  # الجيب الذي يسيطر عليه المسلحون: a state the clause describes, not a happening
        if m[2] == "measure" and words[i].startswith("ال") and trig \
                and _HEAD_OF.get(_match_seq(words, trig[-1][0], trig[-1][1])) in _PUBLISHING \
                and 0 <= i - trig[-1][0] - trig[-1][1] - _date_tokens(doc, lo, trig[-1][0] + trig[-1][1], i, sdates) <= 4:
            continue  # نشرت الجريدة الرسمية القرار: the known text it put out, not a step of its own (a
            # decision with its content, نشرت الجريدة قرار الحكومة بخفض الرسوم, is the step)
        if m[2] == "measure" and (after_trigger or i > 0 and (_stem(words[i - 1]) in _CARRY_OUT
                                                             or words[i - 1] in _AGAINST)):
            continue  # إلغاء قرار رفع الأسعار، بدأ تنفيذ قرار، احتجاجا على رفع الأسعار: what the word
            # before names or is about, not a measure of its own
        if m[2] == "act" and _HEAD_OF.get(_match_seq(words, i, m[0])) in _START_HEADS:
            started = _started_event_after(words, i + m[0])
            if started == "military":
                m = (m[0], started, m[2])   # بدأت القوات، في يناير، عملية عسكرية: the start of an attack
            elif started is not None:
                continue  # بدأ الرئيس، الأحد، زيارة إلى الهند: the visit is the event, from its first day
        t0 = doc.start(lo + i)
        if sdates and any(d.start <= t0 < d.end for d in sdates):
            continue  # بداية العام، مطلع الشهر: a date's own words
        if named:
            inside = [a for a, b in named if a <= t0 < b]
            if inside and not (m[1] == "summit" and t0 - inside[0] <= 2):
                continue  # معاهدة in منظمة معاهدة الأمن الجماعي names a body, not a treaty; a forum's
                # or a conference's own name (منتدى الأعمال السعودي الهندي) is the event itself
        if m[2] in ("measure", "act") and i > 0 and (_is_purpose(words[i - 1]) or i > 1 and words[i - 1] in ("الي", "ل")
                                                     and _is_purpose(words[i - 2])):
            continue  # يهدف إلى خفض الدعم، بهدف رفع الإنتاج: an aim, not a step taken
        if m[2] == "noun" and m[0] == 1 and _match_seq(words, i, 1)[0] in _ONLY_AFTER:
            wanted, undone = _ONLY_AFTER[_match_seq(words, i, 1)[0]]
            back = words[max(0, i - 12):i]
            back = back[max((k + 1 for k, w in enumerate(back) if w in (".", "؛", ";", ":")), default=0):]
            last = max((k for k, w in enumerate(back) if w in wanted), default=None)
            if last is None or not undone.isdisjoint(back[last + 1:]):
                continue  # رئيس القسم، اليمين المتطرف; أدى الغلاء إلى صعود اليمين (led to): no oath
            nxt = i + 1 < len(words) and words[i + 1]
            if nxt and nxt.startswith("ال") and nxt not in _ONLY_AFTER_KEEP \
                    and not (sdates and any(d.start <= doc.start(lo + i + 1) < d.end for d in sdates)):
                continue  # أدى صعود اليمين المتطرف، تحسن أداء القسم المالي: the right, a section
                # (a definite word after it that is no date: أدى القسم الأربعاء is still the oath)
        if m[2] == "noun" and i + m[0] < len(words) and words[i + m[0]] in _NOT_BEFORE.get(_match_seq(words, i, m[0])[0], ()):
            continue  # مشروع قرار: a draft, not a project; الجولة الثالثة: a numbered round, not a tour
        if m[2] in ("noun", "act", "measure") and i > 1 and (words[i - 1] in _ABOUT and _told_in(words[i - 2])
                                         or any(w in _IN_RESPONSE and words[k + 1:k + 2] == ["علي"]
                                                for k, w in enumerate(words[max(0, i - 4):i - 1], max(0, i - 4)))
                                         or any(_stem(w) == "ذكري" for w in words[max(0, i - 3):i])):
            topics.add(len(trig))  # تقريرا عن الهجوم، بيان حول الزيارة: what a text is about;
            # الذكرى الرابعة لتوقيع الاتفاق: what an anniversary remembers; ردا على إطلاق النار: what
            # the dated act answers
        if m[2] == "noun" and i > 0 and words[i - 1] in ("غير", "وغير"):
            continue  # غير مشروع: "unlawful", an adjective, not a project
        if m[2] == "noun" and i > 0 and (words[i - 1].isdigit() and (m[1] == "economic"
                                                                     or doc.end(lo + i - 1) not in date_ends)
                                         or words[i - 1] in _COUNT_WORDS
                                         or i > 1 and words[i - 2].isdigit() and words[i - 1] not in _PREPOSITIONS
                                         and (words[i - 1].isalpha() or m[1] == "economic")):
            # 300 عقد واتفاقية، 12 ألف عقد: counted things, not an event; but after a date and a
            # comma (… 22 نيسان 2024، مذكرة تفاهم) an agreement or a visit is one (a figure's
            # noun there, 2017، بزيادة, is the same figure's: its sentence's first trigger says it better)
            continue
        if m[1] == "statement" and m[2] in ("verb", "stance") \
                and _HEAD_OF.get(_match_seq(words, i, m[0])) not in _PUBLISHING and _source_subject(words, i + m[0]):
            from_source.add(len(trig))   # ذكرت صحيفة …، أفادت مصادر …: who passed it on
        trig.append((i, *m, t0, doc.end(lo + i + m[0] - 1)))
        nxt = i + m[0]
    # where the reported speech of a reporting verb starts (dates after it are the speech's)
    speech_from = None
    report_k = None   # the token its report starts at (أن، عن)
    denied = set()   # the triggers of what a denial says did not happen
    reported = None   # what a source reports (ذكرت صحيفة أن الحكومة أقالت …): the trigger index
    for idx, (ti, n, typ, pos, _, _) in enumerate(trig):
        if typ == "statement" and (pos == "verb" or idx in from_source):
            # what is announced or disclosed follows عن (أعلن الوزير عن إطلاق مشروع …)
            about = _ANNOUNCES.match(words[ti]) is not None
            # (only a complementizer, a quote or عن can start the speech: the words between them
            # are passed over in C)
            skip_to = 0
            for k in compress(range(ti + n, len(words)), map(_SPEECH_OPENERS.__contains__, words[ti + n:])):
                if k < skip_to:
                    continue
                w = words[k]
                close = _names_in_quotes(words, k) if w in _QUOTES else None
                if close is not None:
                    skip_to = close + 1  # مجلة "ذي أتلانتيك": a name in quotes, not what was said
                    continue
                if w in _COMPLEMENTIZER or about and w == "عن" and k - ti <= 10:
                    if pos == "verb":   # (a stance's words after أن are what it is about: أفادت بأن …)
                        speech_from = doc.start(lo + k)
                        if _HEAD_OF.get(_match_seq(words, ti, n)) in _DENYING:
                            # نفى الرئيس أن يكون قد أمر باغتيال …: what is denied did not happen; the
                            # denial is the event, of any date in the sentence
                            denied = {j for j, tj in enumerate(trig) if tj[0] > k}
                            speech_from = None
                    if idx in from_source:
                        report_k = k
                        reported = _reported(words, trig, k, from_source, econ())
                    break
            if idx in from_source and report_k is None:
                # what a source points to or tells of follows إلى or عن (أشارت تقارير إلى استدعاء السفير)
                report_k = next((k for k in range(ti + n, min(ti + n + 8, len(words))) if words[k] in _POINTS_TO), None)
                if report_k is not None:
                    reported = _reported(words, trig, report_k, from_source, econ())
            break

    def tok_at(off: int) -> int:
        # the first token that ends after off (off inside it or before it), else the last
        k = doc.ending_by(off, lo, hi)
        return k if k < len(words) else len(words) - 1

    events: list[Event] = []
    content: list[Event] = []  # events told inside what someone said
    used = set()
    dated = set()  # (trigger, start, end) of the events made
    plans = []
    # what follows is read only to date the triggers: a sentence with no date needs none of it
    if sdates:
        # where the sentence's clauses break (a comma, a semicolon): a figure's own trigger, amount
        # and date stand in one clause
        breaks = list(compress(range(len(words)), map(_CLAUSE_BREAKS.__contains__, words)))
        if breaks and any(k and words[k - 1][-1:].isdigit() for k in breaks):
            breaks = [k for k in breaks if not _decimal_comma(doc, words, lo, k)]
        # where "still" (ما زال، لا يزال) opens a clause: the state it says lasts has no date
        # (each form has زا in it: one search of the folded sentence passes over most sentences)
        still = [doc.start(lo + k) for k in range(len(words) - 1)
                 if words[k] in ("ما", "لا", "وما", "ولا", "مازال", "ومازال") and (words[k + 1][:3] in ("زال", "يزا", "تزا")
                                                                           or words[k][-3:] == "زال")
                 ] if len(words) > 1 and doc.ftext.find("زا", doc.fstarts[lo], doc.fends[hi - 1]) >= 0 else []
        # opens[k]: how many words that open a new clause (قبل، ثم …) come before token k
        opens = [0, *accumulate(map(_NEW_CLAUSE.__contains__, words))]
        # relative clauses set off by commas (، التي تمثل 95% من الصادرات،): token ranges
        asides = [(k, nxt_b) for k, nxt_b in zip(breaks, breaks[1:])
                  if k + 1 < len(words) and words[k + 1] in _RELATIVE]
        # what «وهي»/«وهو» says of the noun before it (… لعملية الكرامة وهي حملة بدأت في 2014؛ … في
        # أغسطس المقبل، وهي الأولى منذ 2015), to the clause's end: a date early in it dates no word
        # before it (a word in it may still take a date before it: … هذا العام، وهي ثامن مرة
        # يشارك); not a verb after the pronoun (قال، وهو يتحدث الأحد، …: when he spoke), nor a
        # date right after it: the pronoun names that date (في عامين فقط وهما 2013 و2021)
        apposed = []
        if not _APPOSED.isdisjoint(words):
            apposed = [(k - 1 if k and words[k - 1] in _CLAUSE_BREAKS else k,
                        next((b for b in breaks if b > k), len(words)))
                       for k, w in enumerate(words[:-1]) if w in _APPOSED and words[k + 1][:1] not in ("ي", "ت")
                       and not _HAS_DIGIT(words[k + 1]) and words[k + 1] not in _MONTH_WORDS]
        participles = [k for k, w in enumerate(words) if w in _PARTICIPLES]   # (الصادرة، المبرمة)
        # what a verb of judging condemns, welcomes or criticises (أدانت … اقتحام المسجد): the noun
        # right after it in its clause is its topic; a date between them dates the judging
        judged = {j for j in range(1, len(trig)) if trig[j][3] == "noun" and trig[j - 1][2] == "statement"
                  and _HEAD_OF.get(_match_seq(words, trig[j - 1][0], trig[j - 1][1])) in _JUDGING
                  and not _crosses(breaks, trig[j - 1][0], trig[j][0])}
        quote_marks = '"' in text[s_start:s_end] or "«" in text[s_start:s_end]
        quoted = [m.span() for m in _QUOTED_NAME.finditer(text, s_start, s_end)] if quote_marks else []
    # each date's triggers, cheapest first; the dates then choose in order of their best cost,
    # so that a trigger goes to the date closest to it (… 95 مليارا في عام 2012 عندما بدأت
    # الأسعار في الانخفاض: 2014 takes بدأت, not the 2015 of the clause before)
    aims = bool(sdates) and not _GOAL_ANY.isdisjoint(words)   # a word of a goal in the sentence
    for d in sdates:
        if _is_comparison(doc, s_start, d):
            continue
        if aims and _aimed_at(doc, s_start, d, reference):
            continue
        if quoted and any(a < d.start and d.end < b for a, b in quoted):
            continue  # بجريدة "المصري اليوم": a day in a quoted name is no date
        if still and d.start > still[0]:
            continue  # وما زال الإنفاق دون 1.4% في 2018: a state that goes on, not a happening
        word_before = text[max(s_start, d.start - 12):d.start].split()[-1:]
        if word_before and _fp(word_before[0]) in _CONTRACT_WORDS:
            continue  # العقود الآجلة تسليم ديسمبر: the contract's month, not when the price moved
        in_speech = speech_from is not None and d.start >= speech_from
        dk = tok_at(d.start)
        dk_end = tok_at(max(d.start, d.end - 1))
        # a day named by the calendar of the week (الأحد، اليوم، أمس) dates an act: a measure
        # or a quantity (ميزانية، صادرات) is dated by a period, not by a weekday; and it dates the
        # last verb before it (أعلنت المملكة بيانا، الأحد، بشأن الميزانية)
        day_named = d.granularity == "day" and d.anchor == "relative"
        lead_verb = next((k for k in range(len(trig) - 1, -1, -1)
                          if trig[k][3] != "noun" and trig[k][0] < dk
                          and words[trig[k][0]] not in _LINKING_VERBS), None) if day_named else None
        costs = []
        for idx, (ti, n, typ, pos, t0, _) in enumerate(trig):
            if idx in denied:
                continue
            if idx in topics and dk < ti:
                continue  # نشرت الوكالة في 13 فبراير تقريرا عن الهجوم: the day the text came out, not the
                # attack's (a date after it, الهجوم في 7 فبراير, is the attack's own)
            if dk > ti and d.granularity != "day" and _stem(words[ti]) == "ذكري":
                continue  # الذكرى السنوية لتأسيس الحزب عام 2010: an anniversary is a day; the year is the founding's
            # a date in reported speech takes a trigger of the speech, never the reporting verb
            if speech_from is not None and (t0 >= speech_from) != in_speech:
                continue
            if asides and any(a <= ti < b and not a <= dk < b for a, b in asides):
                continue  # a word of an aside (، التي تمثل 60% من ميزانية الدولة،) dates nothing outside it
            if (asides or apposed) and any(a <= dk < b and dk - a <= 9 and not a <= ti < b
                                           and not (pos == "noun" and ti + n == a) for a, b in asides + apposed):
                continue  # nor is a date early in one the time of a word outside (أعلن فلان، الذي تولى
                # منصبه في أبريل، أن …: April is when he took office, not when he spoke); the noun the
                # aside describes takes it (الجولة، التي قام بها الأسبوع الماضي …)
            if pos == "act" and any(tj == ti + n and pj == "noun" and tp in _SUPPORTED
                                    for tj, _nj, tp, pj, _a, _b in trig):
                continue  # وأجرى محادثات، عقد اجتماعا: the verb only carries its noun; the noun is the event
            if quote_marks and _in_quotes(text, s_start, t0) != _in_quotes(text, s_start, d.start):
                continue  # a word inside quoted words does not take a date outside them, nor the reverse
            if (typ != "economic" or pos == "act") and ti < dk and not _RELATIVE.isdisjoint(words[ti + n:dk]) and any(
                    words[k] in _RELATIVE and not (pos == "noun" and k - (ti + n) <= 1) and not _crosses(breaks, k, dk)
                    and not (k + 1 < len(words) and (_verb_word(words[k + 1]) in _IMPERFECT
                                                     or d.granularity != "day" and _looks_imperfect(words[k + 1])))
                    for k in range(ti + n, dk)):
                continue  # اعتقلت الشرطة اللص الذي فر في يوليو: the relative clause's date, not the verb's
                # (nor a step's, ستنطلق السفينة من الميناء الذي شيدته الدولة عام 2010; a figure's verb
                # is left to it: its amount may be told in the clause, الحجم الذي بلغ … في 2023)
            if participles and typ != "economic" and pos != "noun" and ti < dk and any(
                    ti + n + 2 <= k < dk and not _crosses(breaks, k, dk) for k in participles):
                continue  # ألغت المحكمة الأحكام الصادرة في مايو: a participle that describes a noun (الصادرة،
                # المبرمة) is a relative clause; its date is the noun's, not the verb's
                # (القمة التي عقدت في يوليو: the noun it describes takes it; a clause of a state, التي
                # تسيطر عليها المعارضة, dates nothing and leaves the date to the verb)
            if (typ == "statement" and pos == "verb" and 2 < dk < ti and _crosses(breaks, ti, dk)
                    and words[dk - 1] not in _OPENS_WITH_DATE):
                continue  # a date in a clause before a reporting verb is not when it spoke (… للتسمم في
                # 4 مارس، … وقالت), unless it opens the sentence or a new part of it (وفي 21 فبراير، أعلنت …)
            dist = min(abs(ti - dk), abs(ti + n - 1 - dk))
            cost = dist + _PENALTY.get(typ, 0)
            if idx in judged:
                cost += _NEW_CLAUSE_COST  # أدانت الوزارة أمس اقتحام المسجد: the condemning is dated, not what it condemns
            if day_named:
                if pos == "noun" and typ == "economic":
                    cost += _DAY_ON_MEASURE
                elif pos != "noun" and ti < dk and dk - ti <= 12 and idx == lead_verb:
                    cost = -1
            if ti > dk_end + 1 and opens[ti] > opens[dk_end + 1]:
                cost += _NEW_CLAUSE_COST  # … في مارس قبل أن تهبط: the verb after قبل أن opens its own clause
            if ti == dk_end + 2 and words[dk_end + 1] in _WHEN:
                cost = -1  # في عام 2012 عندما بدأت الأسعار: the date of the when-clause's verb
            costs.append((cost, idx))
        costs.sort()
        if costs and costs[0][1] in from_source:
            # ذكرت صحيفة، الثلاثاء، أن الحكومة أقالت …: the reporting is no event; the day it
            # reports on is the day of what it reports (unless that has a day of its own), or of nothing
            costs = [(costs[0][0], reported)] if reported is not None else []
        plans.append((costs[0][0] if costs else 99, d.start, d, dk, in_speech, costs))
    plans.sort(key=lambda p: (p[0], p[1]))
    plain_dates = [p[3] for p in plans]
    made: list[tuple[int, Event, bool]] = []  # (date start, event, in speech)
    for _, _, d, dk, in_speech, costs in plans:
        best = None
        for k, (cost, idx) in enumerate(costs):
            ti, n, typ, pos, t0, t1 = trig[idx]
            if idx in used and (typ in ("economic", "other") or idx == reported):
                continue  # ارتفع 0.3% و0.6% خلال مارس وأبريل: one figure event a trigger
            if k > 0 and (_crosses(breaks, ti, dk) or pos != "act" and any(min(ti, dk) < o < max(ti, dk)
                                                                        for o in plain_dates)):
                continue  # a trigger passed over is taken only from the date's own clause, with no
                # other date between them
            best = (cost, idx)
            break
        if best is None and costs:
            continue  # its triggers are the other dates': a period of the same figure
        if best is not None:
            idx = best[1]
            ti, n, typ, pos, t0, t1 = trig[idx]
            if idx in used and any(w in _RELATIVE for w in words[min(ti, dk):max(ti, dk)]):
                continue  # بحث أمس … حجم المبادلات الذي لم يتجاوز … في 2023: the relative clause's date
            if (idx, d.start_date, d.end_date) in dated:
                continue  # ١٥ جمادى الأولى ١٤٤٦هـ الموافق ١٧ نوفمبر ٢٠٢٤م: one day written twice
            dated.add((idx, d.start_date, d.end_date))
            used.add(idx)
            said = typ == "statement" and pos == "verb"
            typ = _retype(typ, pos, ti, n, words, econ, ents)
            # (not a figure's source: كشفت بيانات الهيئة، وفق ما أعلن المعهد)
            said = said and typ == "economic" and not (ti > 0 and words[ti - 1] == "ما") \
                and not any(_DATA_NOUN.match(w) for w in words[ti + n:ti + n + 10]) \
                or typ == "other" and trig[idx][2] == "military"   # (deaths in a storm: still the
            # day the report is about, for the statements around it, as the military act was)
            # a figure's date beside the sentence's first one is an event of its own when its
            # clause holds its own trigger and its own amount (… 46% في يونيو، إضافة إلى زيادة
            # في أغسطس 2017 وصلت إلى 50%) and it closes no period (حتى، بحلول)
            # (… 21.58 مليار … وصل في الأشهر التسعة الأولى إلى 20 مليارا: the same verb again is the
            # same measure's series, not a new movement)
            # a change said in the date's clause (وتراجع التبادل التجاري في 2016 بنسبة 14%) is news
            # beside an earlier mention of the same measure and period
            moved = typ == "economic" and pos == "noun" and any(
                tp == "economic" and ps == "verb" and not _crosses(breaks, tj, dk) for tj, _, tp, ps, _, _ in trig)
            own = (econ() and not _crosses(breaks, ti, dk) and getattr(d, "role", None) not in ("until", "by")
                   and _clause_has_amount(words, breaks, dk, sdates, doc, lo)
                   and not any(_stem(words[tj]) == _stem(words[ti]) for tj, *_ in trig if tj < ti))
        else:
            if _in_quotes(text, s_start, d.start, s_end) and _fp(d.text or "").strip() in _NOW_WORDS:
                continue  # "… الذي نعيشه اليوم": today in someone's quoted words, with no event word, is "nowadays"
            typ = "economic" if econ() else "other"
            t0, t1 = _clause(text, s_start, s_end, d.start, d.end)
            if from_source and not in_speech:
                # ذكرت صحيفة، الثلاثاء، أن الجسر انهار: what the source reports, told by its verb
                # (event_clauses), is the event of the day it reports on; else there is none
                if report_k is None:
                    continue
                k0 = report_k
                kb = next((b for b in breaks if b > k0), len(words))
                seen = happening_in(words, k0 + 1, kb, dk, tok_at(max(d.start, d.end - 1)), d.granularity)
                if seen is None or seen[0] - k0 > 8 or any(
                        e.start <= doc.start(lo + seen[0]) < e.end for e in ents):
                    continue   # (a name's word: الجنرال فلان ولد فلان)
                typ, t0, t1 = seen[1], doc.start(lo + seen[0]), doc.end(lo + seen[0])
            elif typ == "other":
                # no amount either: an event only when the date's clause tells a happening, named
                # by its verb (event_clauses: انهار الجسر الثلاثاء), not a state, a wish or an opinion
                k = bisect_right(breaks, dk)
                a, b = breaks[k - 1] + 1 if k else 0, breaks[k] if k < len(breaks) else len(words)
                dk_end = tok_at(max(d.start, d.end - 1))
                if k and all(w in _PREPOSITIONS for w in words[a:dk]) and b - dk_end <= 2:
                    a = breaks[k - 2] + 1 if k > 1 else 0   # (، في أبريل 2018.: a date set off alone
                    # dates the clause before)
                seen = happening_in(words, a, b, dk, dk_end, d.granularity)
                if seen is None or any(e.type == "person" and e.start <= doc.start(lo + seen[0]) < e.end for e in ents):
                    continue   # (a word of a name: سالم ولد أحمد, "son of", is no birth)
                typ, t0, t1 = seen[1], doc.start(lo + seen[0]), doc.end(lo + seen[0])
            own = None  # no trigger at all: an event only when the sentence has no other
            moved = False
            said = False
        if typ == "economic":
            typ = _counted_kind(words) or typ   # (بلغ عدد القتلى ألف قتيل: no money counted)
        # the working marks go in with the event (one Event built, not copied with _replace)
        ev = _make(doc, s_start, s_end, typ, d, t0, t1, ents, reference,
                   speech_from=speech_from if typ == "statement" and not in_speech else None,
                   trigger=_stem(words[ti]) if best is not None and pos == "noun" else "",
                   act=best is not None and pos == "act", own=own, moved=moved, said=said)
        made.append((d.start, ev, in_speech))
    made.sort(key=lambda m: m[0])
    for k, (_, ev, in_speech) in enumerate(made):
        if ev.own is None:
            if k > 0:
                continue  # a second date with no trigger of its own is another period of the same
            ev = _replace(ev, own=False)
        (content if in_speech else events).append(ev)
    # a visit, talks or a summit the dated event took place during (وقعت … اليوم خمس اتفاقيات
    # خلال زيارة رسمية …): the occasion is an event of that day too
    host = next((e for e in events if e.date_start is not None and e.type in _STRONG), None) if events else None
    if host is not None:
        # the occasion may be the dated one (عقد الاجتماع الأول للجنة في باريس بمناسبة زيارة
        # الأمير في 3 مايو؛ سينعقد الاجتماع بالتزامن مع المنتدى يومي 12 و13): what the sentence
        # says happened on that occasion, before it, is an event of that day too
        host_ti = next((ti for idx, (ti, n, typ, pos, t0, t1) in enumerate(trig)
                        if idx in used and typ == host.type and host.start <= t0 < host.end), None)
        host_linked = host_ti is not None and any(w in _DURING for w in words[max(0, host_ti - 2):host_ti])
        for idx, (ti, n, typ, pos, t0, t1) in enumerate(trig):
            if idx in used or typ not in ("visit", "meeting", "summit") or typ == host.type:
                continue
            if not any(w in _DURING for w in words[max(0, ti - 2):ti]) and not (
                    host_linked and ti < host_ti and pos == "noun"
                    and not any(w in _CLAUSE_BREAKS for w in words[ti:host_ti])):
                continue
            used.add(idx)
            events.append(_make(doc, s_start, s_end, typ, _Date(host.date_text, host.date_start, host.date_end),
                                t0, t1, ents, reference))
    # a reporting verb not used by any date
    statement = None
    if from_source:
        # the day a source reports on (ذكرت صحيفة، الثلاثاء، أن …): kept as a relay, with no row
        si = min(from_source)
        ti, n, _typ, _pos, t0, t1 = trig[si]
        near = [d for d in sdates if (speech_from is None or d.start < speech_from) and abs(tok_at(d.start) - ti) <= 6]
        if near or sdates and not events:   # (أفادت تقارير بأنهما غادرا يوم الاثنين: the day reported on)
            statement = _make(doc, s_start, s_end, "statement", (near or sdates)[0], t0, t1, ents, reference,
                              speech_from=speech_from, relay=True)
            used.add(si)
    for idx, (ti, n, typ, pos, t0, t1) in enumerate(trig):
        if statement is not None:
            break
        if idx in used or typ != "statement" or pos != "verb":
            continue
        if speech_from is not None and t0 >= speech_from:
            continue
        # a person or body next to it: from 60 characters before it to 12 tokens after it
        if not _has_speaker(ents, t0, doc.end(lo + min(ti + n + 12, len(words) - 1))) \
                and not _titled_name_after(doc.text, t1, s_end):
            continue
        if ti + n < len(words) and _DATA_NOUN.match(words[ti + n]):
            continue  # وأوضحت بيانات الهيئة: figures speak, not a speaker
        if any(e.type == "statement" for e in events):
            break  # أكد المجلس في بيان أصدره في 3 يونيو: one statement, dated by its own words
        # a statement inside the sentence of an occasion (a visit, talks, a summit, a signing)
        # takes its day; a figure's period (خلال الربع الأول) or a coming occasion is not when
        # anyone spoke
        hosts = [e for e in events if e.type in _STRONG and e.date_start is not None
                 and (e.date_end - e.date_start).days <= 7
                 and not (reference is not None and e.date_start > reference)
                 and not (sdates and any(doc.start(lo + a) <= e.start < doc.start(lo + b) and
                                         not doc.start(lo + a) <= t0 < doc.start(lo + b) for a, b in asides))]
        # (an occasion told in a relative clause set off by commas, فلان، الذي تولى منصبه في …،
        # is not where he spoke)
        if hosts:
            host = min(hosts, key=lambda e: abs(e.start - t0))
            d = _Date(host.date_text, host.date_start, host.date_end)
        elif (prev_dated is not None and _continues(doc, s_start) and not names_vague_time
              and (prev_dated.type == "statement" or prev_dated.said or prev_dated.type in _STRONG)
              and not _new_speaker(ents, t1, prev_dated)):
            # وأضاف …: the speaker goes on at the time of the sentence before
            d = _Date(prev_dated.date_text, prev_dated.date_start, prev_dated.date_end)
        elif names_vague_time or _EARLIER.search(fsent()) or _pluperfect(words, ti) or ti > 0 and words[ti - 1] in _WHEN_CLAUSE:
            break  # said at some other time (مرارا، في تصريحات سابقة، وكان فلان قد قال; بدأ … عندما
            # أعلن فلان: what he said is told as the time of something else)
        else:
            # no time of its own: find_events dates it with the day the report is about, if any
            d = None
        statement = _make(doc, s_start, s_end, "statement", d, t0, t1, ents, reference,
                          speech_from=speech_from, undated_statement=d is None,
                          relay=idx in from_source or d is not None and prev_dated is not None and prev_dated.relay
                          and d.start_date == prev_dated.date_start)   # (وأضاف after a source: the source's)
        break
    # one figure-like event a sentence: the first date says when; the others are the figures'
    # other periods. A sentence that holds a visit, talks or a summit is about that.
    events = events + content
    if not events:
        pass  # nothing to trim
    elif any(e.type in _STRONG for e in events):  # a strong one
        # (a type test, not ``e in strong``: that compares Events field by field)
        events = [e for e in events if e.type not in ("economic", "other") or e.act]  # project steps stay their own events
    elif econ():
        # a figure's sentence: its other dates are comparisons and parts, unless they date
        # steps of their own (تنطلق الأشغال في نوفمبر … وتنتهي في ماي)
        kept = events[:1]
        for e in events[1:]:
            if e.act or e.own and not any(k.date_start == e.date_start and k.date_end == e.date_end for k in kept) \
                    or _release_day(doc, e, kept):
                kept.append(e)
        events = kept
    if statement is not None:
        events.append(statement)
    return events


# talks (folded, with and without the article): a round (جولة) of them is a meeting
_TALKS = frozenset(fold_plain(w) for w in (
    "مفاوضات المفاوضات محادثات المحادثات مباحثات المباحثات مشاورات المشاورات الحوار حوار").split())

# participles with the article that describe the noun before them like a relative clause
# (الأحكام الصادرة في مايو = التي صدرت): clause_words.tsv, role participle
_PARTICIPLES = frozenset(
    fold_plain(c[0]) for c in lang_rows("clause_words.tsv")
    if len(c) > 1 and c[1].strip() == "participle")

# relative pronouns (folded): what follows one is said of the noun before it
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


# a comparison word (مقارنة بـ، مقابل، قياسا إلى); a record since a date (أعلى مستوى منذ) is
# dates.RECORD_SINCE_BEFORE, read first on the whole text before the date
_COMPARE = re.compile(r"(?:^|\s)[وب]?(?:مقارنه|بالمقارنه|مقابل|قياسا)(?:\s|$)")
_COMPARE_IN_DATE = re.compile(r"الفتره|المماثل|السابق|(?:نفس|ذات)\s.*من\s")
# a base year of an index (كسنة أساس، وفقا لسنة الأساس 2013) dates nothing
_BASE_YEAR = re.compile(r"^\s*(?:ك|،\s*)?(?:سنه|عام)\s+(?:ال)?اساس|^\s*كسنه|^\s*وفقا لسنه الاساس")

# patterns used by _is_comparison and _label, compiled once
_CHANGE_WORD = re.compile(r"%|المئه|المائه|زياده|ارتفاع|انخفاض|تراجع|نمو")
# (سنة الأساس من 2011 إلى 2019؛ سنة أساس جديدة هي 2019)
_BASE_YEAR_BEFORE = re.compile(r"سنه (?:ال)?اساس(?:\s+(?:ال)?جديده)?\s*(?:من(?:\s+(?:عام\s+)?\d{4})?\s*)?(?:من|الي|[وف]?هي)?\s*$")
_NONSPACE = re.compile(r"\S+")
_ENDS_CLAUSE = re.compile(r"[،,.:؛]$")


@lru_cache(maxsize=16384)
def _date_compares(dtext: str) -> bool:
    """A date's words that make it a comparison's base (``_COMPARE_IN_DATE``), folded. (Folding
    goes character by character: the date's span of the folded article is this same text.)"""
    return _COMPARE_IN_DATE.search(fold_plain(dtext)) is not None


def _is_comparison(doc: _Doc, s_start: int, d) -> bool:
    """A date a figure is compared with or counted from names no event: مقارنة بعام 2016، مقابل
    64 مليار في 2016، بدلا من 87% في 2018، منذ 2011 after a record, and the first end of a change
    (تراجعت من 22 مليارا في 2012 إلى 5 مليارات في 2013: 2013 dates the fall)."""
    # Each pattern runs only when a word it needs is there: a substring test is much faster
    # than a search that tries the pattern at every position, and gives the same answer.
    text = doc.text
    if text.count("(", s_start, d.start) > text.count(")", s_start, d.start):
        return True  # (315،7 م د في 2019): an aside in parentheses
    # the 80 characters before the date, folded once; the last 30 of the original are read off
    # the folded text's end (folding only drops marks, so 30 folded characters reach no less far)
    span = doc.fold(max(s_start, d.start - 80), d.start)
    before = span[-30:]
    if "منذ" in before and (RECORD_SINCE_BEFORE.search(before) or _FIRST_SINCE.search(span)):
        return True
    words = before.split()
    last = " ".join(words[-4:])
    if ("مقارنه" in last or "مقابل" in last or "قياسا" in last) and _COMPARE.search(last):
        return True
    # the date's own words (الفترة المماثلة من العام السابق), told once per wording
    if _date_compares(d.text or ""):
        return True
    if words and words[-1] in ("عن", "بـ", "ب") and _CHANGE_WORD.search(" ".join(words[-5:])):
        return True
    if "اساس" in before and _BASE_YEAR_BEFORE.search(before):
        return True
    after = doc.fold(d.end, d.end + 20)
    if ("سنه" in after or "عام" in after) and _BASE_YEAR.search(after) is not None:
        return True
    # the end of a span opened by منذ (منذ إنشائها وحتى نهاية 2014 …): a total, not a happening
    if "منذ" in span and (getattr(d, "role", None) == "until" or _UNTIL_BEFORE.search(span)):
        return True
    # the amount the date belongs to is a baseline: within the date's clause, a comparison word
    # before the amount (مقابل 51,8 مليار درهم في 2019، بدلا من 72% متوقعة في 2021), or the
    # start of a change whose end follows (من 5317 شركة في مايو 2019 إلى 4982 شركة)
    clause = span
    cuts = list(_CLAUSE_MARK.finditer(clause))
    if cuts:
        clause = clause[cuts[-1].end():]
        if _TIME_ONLY.match(clause):
            # (من 4.7%، في الفصل الثالث من 2031، إلى …: a date set off by a comma is the time of
            # the amount just before it)
            clause = span[cuts[-2].end() if len(cuts) > 1 else 0:]
    if not _HAS_DIGIT(clause) and "مل" not in clause and "تريليون" not in clause:
        return False
    # (each pattern only where a word it needs is: see above)
    if any(w in clause for w in _BASELINE_CUES) and _BASELINE_AMOUNT.search(clause):
        return True  # مقارنة بـ3.2 مليون مشترك في الخدمة بنهاية 2020
    m = _CHANGE_FROM_AMOUNT.search(clause) if any(w in clause for w in _CHANGE_CUES) else None
    if m is not None and not _TO_WORD.search(clause, m.end()):
        return True
    m = _FROM_AMOUNT.search(clause) if "من" in clause else None
    if m is not None and not _TO_WORD.search(clause, m.end()):
        return _TO_AFTER.match(after) is not None
    return False


_GOAL_ROWS = lang_rows("event_goal_words.tsv")
_GOAL_WORDS = frozenset(fold_plain(w) for w, _k in _GOAL_ROWS)
_GOAL_VERBS = frozenset(fold_plain(w) for w, k in _GOAL_ROWS if k.strip() in ("verb", "target"))
# (تستهدف: a goal only before what is aimed at, أن، إلى، a masdar, an amount; before a plain object
# it is to strike, غارات تستهدف مواقع …)
_TARGET_VERBS = frozenset(fold_plain(w) for w, k in _GOAL_ROWS if k.strip() == "target")
_AIM_OPENS = frozenset(("ان", "الي", "لـ"))
_AMOUNT_WORD = re.compile(r"%|المئه|المائه|مليار|مليون")
# the shapes of the masdars of derived verbs (تحقيق، توسع، تبادل، استقطاب، مضاعفة، ارتفاع), folded
_MASDAR_SHAPE = re.compile(r"^(?:ت\w\wي\w|ت\w\w\w|ت\wا\w\w|است\w\wا\w|م\wا\w\wه|ا\wت\wا\w|ان\w\wا\w)$")
_GOAL_ANY = _GOAL_WORDS | {c + w for w in _GOAL_WORDS for c in ("و", "ف")}   # (a sentence's quick test)
_GOAL_REACH = 160   # characters before the date a goal's word is read in (a clause or two)


def _goal_word(w: str, words: frozenset) -> bool:
    return w in words or w[:1] in ("و", "ف") and w[1:] in words


def _masdar_like(w: str) -> bool:
    w = w.removeprefix("و").removeprefix("ف")
    for p in ("لل", "ال", "ل", "ب"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    return _MASDAR_SHAPE.match(w) is not None or any(pos != "verb" for _s, _t, pos in _candidates(w))


def _goal_at(words: list[str], k: int, goal_words: frozenset, span_end: bool = False) -> bool:
    """Word ``k`` of ``words`` (a clause, folded) is a goal's word: a verb of striking at
    (تستهدف) only with what is aimed at after it, past its subject (تستهدف الحكومة أن …، خفض …),
    or up to the end of a span (``span_end``: خطط تستهدف قطاع الغاز حتى 2030)."""
    w = words[k]
    if not _goal_word(w, goal_words):
        return False
    if span_end or w not in _TARGET_VERBS and w[1:] not in _TARGET_VERBS:
        return True
    # (past a subject of words with the article, وتستهدف الشركة الوطنية الجديدة أن …)
    for j in range(k + 1, min(len(words), k + 6)):
        if words[j] in _AIM_OPENS or _masdar_like(words[j]):
            return True
        if not words[j].startswith("ال"):
            break
    return any(_AMOUNT_WORD.search(x) for x in words[k + 1:])


def _aimed_at(doc: _Doc, s_start: int, d, reference) -> bool:
    """The date ``d`` is the time of a goal or a hope, not of a happening: a deadline (بحلول
    2030) after a goal's word in its sentence (بهدف، الهدف، المستهدف، تنوي), or any date after a
    verb of aiming or hoping in its own clause (تستهدف الحكومة أن يصل … العام المقبل، يأمل أن …),
    unless it is before ``reference`` (the reference date, or None)."""
    before = doc.fold(max(s_start, d.start - _GOAL_REACH), d.start)
    cuts = list(_CLAUSE_MARK.finditer(before))
    role = getattr(d, "role", None)
    clause = (before[cuts[-1].end():] if cuts else before).split()
    if role == "by":
        # (the deadline's clause, and those before it that it goes on with و and a noun, a goal's
        # list: بهدف القيام بإصلاحات، والعمل على خفض الدين … بحلول; a goal scored in the clause
        # before, سجل هدفا، وسيتم الافتتاح بحلول …, is not its)
        start = 0
        for m in reversed(cuts):
            nxt = before[m.end():].split()[:1]
            if not nxt or not (nxt[0].startswith("وال") or nxt[0][:1] == "و" and _masdar_like(nxt[0][1:])):
                start = m.end()
                break
        words = before[start:].split()
        return any(_goal_at(words, k, _GOAL_WORDS, True) for k in range(len(words)))
    if role == "since" or reference is not None and d.end_date <= reference:
        return False   # (what is aimed at or hoped for is to come: a date past or of today after
        # the verb, or the start of the seeking, تسعى الكتل إلى تشكيل حكومة منذ مايو, is another's)
    aim = next((k for k in range(len(clause) - 1, -1, -1)
                if _goal_at(clause, k, _GOAL_VERBS, role == "until")), None)
    # (a relative clause after the goal tells of something else, done: تسعى إلى رفع حصتها من
    # السياح الذي سجل الصيف الماضي، تستهدف الحملة التي انطلقت في أبريل …; so does منذ)
    return aim is not None and _RELATIVE.isdisjoint(clause[aim + 1:]) and "منذ" not in clause[aim + 1:]


_SCALE = r"(?:مليار|مليون|ملايين|تريليون)"
# a clause that is only a time's preposition (، في الربع الأخير من …): the time of what is before it
# (a time's noun, or none before the date: not any clause with no digits, في ظل …)
_TIME_ONLY = re.compile(r"\s*(?:في|خلال|بنهايه|نهايه)\s+(?:(?:ال)?(?:عام|سنه|شهر|ربع|فصل|نصف|اسبوع|فتره|موسم|يوم)"
                        r"(?:\s+\D{0,25})?)?$")
# the first … since (الزيارة الأولى منذ 2019، أول لقاء بين البلدين منذ عام 2010): an ordinal
# of a first time, up to ten words with no break, منذ and at most one word before the date;
# not the Maghreb's prime minister (زار الوزير الأول باريس منذ الأحد)
_FIRST_SINCE = re.compile(
    r"(?:^|\s)(?<!الوزير )(?<!النائب )[وبل]?(?:%s)\s+(?:[^\s،,.؛:]+\s+){0,10}?و?منذ\s+(?:[^\s،,.؛:]+\s+)?$"
    % "|".join(sorted({fold_plain(w) for w, role in lang_rows("event_label_words.tsv") if role.strip() == "first"}, key=len, reverse=True)))
_UNTIL_BEFORE = re.compile(r"(?:^|\s)و?(?:حتي|لغايه)(?:\s+(?:نهايه|بدايه|منتصف|مطلع|اواخر))?\s*$")
# a comparison word, then an amount (the baseline the figure is set against), in the clause
# before a date; a change adverb with من (انخفاضا من 114 مليارا) is one too
_AMOUNT_START = r"\s+(?:[بل]|ب?ـ)?\s*(?:نحو\s+|حوالي\s+)?(?:-?\d|" + _SCALE + ")"
_BASELINE_AMOUNT = re.compile(
    r"(?:^|\s)(?:[وب]?(?:مقارنه|بالمقارنه|مقابل|قياسا)|بدلا\s+من|عوضا\s+عن)" + _AMOUNT_START)
# a change adverb with من (انخفاضا من 114 مليارا في العام السابق): the start of the change,
# unless its end follows before the date (ارتفاعا من 10 إلى 20 مليارا في 2018)
_CHANGE_FROM_AMOUNT = re.compile(r"(?:^|\s)(?:انخفاضا|ارتفاعا|تراجعا|صعودا|هبوطا|نزولا)\s+من" + _AMOUNT_START)
# a word each match of those two holds, for a quick test before the search
_BASELINE_CUES = ("مقارنه", "مقابل", "قياسا", "بدلا", "عوضا")
_CHANGE_CUES = ("انخفاضا", "ارتفاعا", "تراجعا", "صعودا", "هبوطا", "نزولا")
# the first end of a change: من and an amount (من 50%، من 12.45 مليار ريال)
_FROM_AMOUNT = re.compile(r"(?:^|\s)من" + _AMOUNT_START)
_TO_WORD = re.compile(r"(?:^|\s)(?:الي|حتي)(?:\s|$)")
_TO_AFTER = re.compile(r"^\s*[،,]?\s*(?:الي|حتي)\s")
_HAS_DIGIT = re.compile(r"\d").search
# a mark that closes a clause; a point or a comma between digits is a decimal one
# (a comma written between digits with no space, 37،4, is a decimal mark, as in Maghreb writing)
_CLAUSE_MARK = re.compile(r"(?<!\d)،|،(?!\d)|؛|[.,](?!\d)")


def _date_tokens(doc: _Doc, lo: int, a: int, b: int, sdates) -> int:
    """How many of the sentence's tokens ``a`` to ``b - 1`` (from token ``lo``) are a date's words
    (a day named between a verb and its object does not part them)."""
    if not sdates or b <= a:
        return 0
    return sum(1 for k in range(a, b) if any(d.start <= doc.start(lo + k) < d.end for d in sdates))


def _decimal_comma(doc: _Doc, words: list[str], lo: int, k: int) -> bool:
    """The comma token ``k`` (of the sentence from token ``lo``) stands between two digits with no
    space (6،8 بالمائة): a decimal mark, not a clause break."""
    return (0 < k < len(words) - 1 and words[k - 1][-1:].isdigit() and words[k + 1][:1].isdigit()
            and doc.end(lo + k - 1) == doc.start(lo + k) and doc.end(lo + k) == doc.start(lo + k + 1))


def _signs_something(words: list[str], k: int) -> bool:
    """An agreement, a memorandum or a contract is the object of the verb ending before token
    k: within five words, or further on in the same clause once the signatories are named
    (وقعت المملكة العربية السعودية وجمهورية الهند اليوم خمس اتفاقيات)."""
    first = _match_trigger(words, k) if k < len(words) else None
    if first is not None and first[2] == "noun" and first[1] in ("military", "other"):
        return False   # وقع الهجوم على الحدود: an attack took place, whatever it was on
    ahead = words[k:k + 30]
    j = seen = 0   # seen: the words read, asides left out
    while j < len(ahead) and seen < 14:
        w = ahead[j]
        if _SIGN_OBJECT.search(w) if seen < 5 else _SIGNED_THING.search(w):
            return True
        if w in (",", "،"):
            # an aside between two commas (وقع فلان وفلان، يوم الاثنين، مذكرة تفاهم) is skipped
            close = next((x for x in range(j + 1, min(j + 8, len(ahead))) if ahead[x] in (",", "،")), None)
            if close is not None:
                j = close + 1
                continue
        if seen >= 5 and w in ("،", ",", ".", "؛", ":"):
            return False
        j += 1
        seen += 1
    return False



# a killing (folded: قتل، قتلت، قتلوا، مقتل، بمقتل): a military act unless the sentence says a
# natural or an accidental cause and no word of war (event_causes.tsv)
_KILLING = re.compile(r"^[وف]?(?:ب|ل)?(?:م?قتل|قتلت|قتلوا|قتلي)$")
_CAUSE_ROWS = lang_rows("event_causes.tsv")
_CAUSES = {kind: tuple(fold_plain(w) for w, k in _CAUSE_ROWS if k.strip() == kind) for kind in ("natural", "war")}
_CAUSE_CLITICS = re.compile(r"^(?:[وف]?(?:ب|ل|ك)?(?:ال)?|[وف]?لل)")


def _caused_by(words: list[str]) -> str | None:
    """'war' when a word of the sentence is a word of war, else 'natural' when one is a natural
    or accidental cause (a phrase of two words, موجه الحر, read on two), else None."""
    found = None
    for k, w in enumerate(words):
        bare = _CAUSE_CLITICS.sub("", w, count=1) if len(w) > 4 else w
        for f in (w, bare):
            if f.startswith(_CAUSES["war"]):
                return "war"
            if found is None and (f.startswith(_CAUSES["natural"])
                                  or k + 1 < len(words) and f + " " + words[k + 1] in _CAUSES["natural"]):
                found = "natural"
    return found


# words before a verb that are not who did it (… إذا كانوا زاروا …)
_NOT_A_VISITOR = frozenset(fold_plain(w) for w in "إذا لو كانوا كان كانت قد".split())

# the months' names (folded), after a day's number in a date (3 مايو)
_MONTH_WORDS = frozenset(fold_plain(w) for w in (
    "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار "
    "نيسان أيار حزيران تموز آب أيلول تشرين").split())

_CONTEST = tuple(fold_plain(r[0].strip()) for r in lang_rows("event_contests.tsv"))


def _is_contest(words: list[str]) -> bool:
    """A word of the sentence (or two, كرة القدم) is a sports contest's (event_contests.tsv)."""
    for k, w in enumerate(words):
        bare = _CAUSE_CLITICS.sub("", w, count=1) if len(w) > 4 else w
        pair = w + " " + words[k + 1] if k + 1 < len(words) else w
        if w in _CONTEST or bare in _CONTEST or "ال" + bare in _CONTEST or pair in _CONTEST:
            return True
    return False


# a round (دورة، جولة) of what follows it: of a vote, an election's round, not a session
_ROUND_WORDS = frozenset({"دوره", "جوله"})
_VOTE_STEMS = ("انتخاب", "اقتراع", "تصويت")


def _retype(typ: str, pos: str, ti: int, n: int, words: list[str], econ, ents) -> str:
    """Correct a trigger's type from its neighbours (a figure's source, tourists who visit);
    ``econ()``: the sentence holds an economic cue (``_has_econ``)."""
    after = words[ti + n:ti + n + 5]
    if typ == "meeting" and words[ti].removeprefix("و").removeprefix("ال") in _ROUND_WORDS \
            and any(w.removeprefix("من").removeprefix("ال").startswith(_VOTE_STEMS) for w in after[:3]):
        return "election"   # الدورة الثانية من الانتخابات، جولة الإعادة من الاقتراع: a round of a vote
    if typ == "meeting" and _is_contest(words) and not any(
            w in _OFFICE_TITLES for w in words[max(0, ti - 3):ti + n + 4]):   # (التقى الرئيس لاعبي المنتخب: he met them)
        return "other"   # يلتقي الفريقان الأحد في الدوري: a match, not talks
    if typ == "military" and _KILLING.match(words[ti]) and _caused_by(words) == "natural":
        return "other"   # قتلت العواصف 60 شخصا، مقتل 30 شخصا في موجة الحر: no act of war
    if typ == "statement" and pos == "verb":
        if any(_DATA_NOUN.match(w) for w in after[:4]) and econ():
            return "economic"  # كشفت بيانات الهيئة، أعلنت الميزانية (كشف تقرير حقوقي عن مقتل مدنيين: a statement)
        if ti > 0 and words[ti - 1] == "ما" and econ():
            return "economic"  # حسب ما أعلن عنه المكتب: the source of a figure
        if _ANNOUNCES.match(words[ti]) and "علن" in words[ti] and econ():
            # what is announced is the budget or the data itself, its object past the subject and a
            # date (أعلنت الحكومة، الأحد، ميزانية العام المقبل), not a clause said about them (أن …)
            for w in words[ti + n:ti + n + 10]:
                if w in _COMPLEMENTIZER or w in (".", "؛") or w in _RELATIVE or w in _ABOUT:
                    break   # (أعلنت بيانا بشأن الميزانية: a statement about it)
                if _DATA_NOUN.match(w) and not w.startswith(("ب", "وب")):
                    return "economic"
            # what is announced is an act with a sum of money (أعلنت فرنسا منح 14 مليون يورو، أعلنت
            # الوزارة أنها أصدرت سندات بملياري دولار): the act is the event, an economic one
            # (not what it says of an amount: أعلن الوزير أن الميزانية ستسجل عجزا … is a statement)
            said = next((w for w in words[ti + n:ti + n + 12] if w in _COMPLEMENTIZER and w.isalpha()), None)
            if (said is None or said in _DID_IT) and _counted_kind_money(words[ti + n:]):
                return "economic"
    if (typ == "economic" and pos == "verb" and _stem(words[ti]) in ("وصل", "وصلت") and len(after) > 1
            and after[0] == "الي" and any(_fp(e.text).split()[:1] == [after[1]] for e in ents if e.type == "place")):
        return "visit"  # وصل الرئيس إلى بغداد: an arrival, not an amount reached
    if typ == "economic" and pos == "verb" and _stem(words[ti]) in ("وصل", "وصلت"):
        # who arrived named before where (وصل الرئيس فلان، الأحد، إلى العاصمة الكينية، نيروبي):
        # an arrival when no amount comes before إلى and a place is named right after it
        ahead = words[ti + n:ti + n + 20]
        j = next((k for k, w in enumerate(ahead) if w == "الي"), None)
        if j is not None and j > 0 and not any(
                w in _SCALE_WORDS or w == "%" or _HAS_DIGIT(w) and not _YEAR.fullmatch(w)
                and not (k + 1 < len(ahead) and ahead[k + 1] in _MONTH_WORDS) for k, w in enumerate(ahead[:j])) \
                and ahead[j - 1] not in ("به", "بها", "بهم") \
                and any(_fp(e.text).split()[:1] and _fp(e.text).split()[0] in ahead[j + 1:j + 6] for e in ents if e.type == "place"):
            return "visit"
    if pos == "measure":
        # a decision or a measure bears on amounts (its sentence's figures) or on what it names
        # next: prices, taxes, aid, a budget (قررت الحكومة رفع أسعار الوقود); else it keeps its type
        # (فرضت واشنطن عقوبات، استهدفت الغارات مواقع المسلحين)
        if econ() or any(tp == "economic" and ps == "noun" for k in range(ti + n, min(ti + n + 6, len(words)))
                         for _, tp, ps in _candidates(words[k])):
            return "economic"
        ahead = words[ti + n:ti + n + 9]   # (its subject and a date may stand before the object)
        ahead = ahead[:next((j for j, w in enumerate(ahead) if w in _CLAUSE_BREAKS), len(ahead))]
        if typ == "other" and any(_economic_step_word(w, measures_only=True) for w in ahead):
            return "economic"   # قررت الحكومة إنهاء الدعم، اعتمدت خطة للإصلاح الاقتصادي
        return typ
    if (typ == "agreement" and pos == "verb" and _HEAD_OF.get(_match_seq(words, ti, n)) == "توقيع"
            and not _signs_something(words, ti + n)):
        # وقع اعتماده: "took place", not "signed"; of the kind of what took place (ووقع الهجوم
        # مساء السبت، الانفجار الذي وقع)
        for k in [ti + n, ti - 1, ti - 2]:
            m = _match_trigger(words, k) if 0 <= k < len(words) else None
            if m is not None and m[2] == "noun" and m[1] in ("military", "other", "election", "summit", "meeting"):
                return m[1]
        return "other"
    if pos == "act":
        # a step takes the kind of what it starts (انطلاق عملية عسكرية، إطلاق صاروخ؛ محادثات
        # فيينا، التي بدأت الأحد)
        near = list(range(ti + n, min(ti + n + 2, len(words))))
        if _HEAD_OF.get(_match_seq(words, ti, n)) in _TAKING_PART:
            # شارك الوزير يوم الأحد في منتدى الاستثمار: what it took part in, in its clause
            near = list(range(ti + n, min(ti + n + 10, len(words))))
            near = near[:next((j for j, k in enumerate(near) if words[k] in _CLAUSE_BREAKS), len(near))]
        if ti > 0 and words[ti - 1] in _RELATIVE:
            near += [k for k in range(max(0, ti - 8), ti - 1)]
        elif ti > 0:
            near.append(ti - 1)  # استفتاء جرى، القمة انعقدت: the noun before is its subject
            if _HEAD_OF.get(_match_seq(words, ti, n)) in _BE_HELD:
                # القمة المرتقبة بين الرئيسين … ستعقد في هلسنكي: what is held is named before it
                near += list(range(ti - 2, max(-1, ti - 13), -1))
        for k in near:
            m = _match_trigger(words, k)
            if m is not None and m[2] == "noun" and m[1] in ("military", "summit", "election", "meeting", "visit") \
                    or m is not None and m[2] == "noun" and m[1] == "agreement" and k < ti:
                return m[1]   # (اتفاقية عقدت الأحد: an agreement concluded)
        # a step of an economic activity (تعليق العمل في الحقول، استئناف أنشطة التنقيب، تنطلق
        # أشغالها) is economic: the activity is named within two words of it, its clause unbroken
        # (its own second word too: انطلاق أشغال; only the word right after it: شارك في إنتاج فيلم,
        # توقف القطارات عن العمل are of no economic step)
        if any(_economic_step_word(w) for w in words[ti + 1:ti + n + 1]):
            return "economic"
        if typ == "economic" and not econ() and not any(
                tp == "economic" and ps == "noun" for k in range(ti + n, min(ti + n + 4, len(words)))
                for _, tp, ps in _candidates(words[k])):
            return "other"  # بدء عملية الإنقاذ، إطلاق سراح: a step of no amount, budget or project
    if typ == "other" and pos == "verb" and _HEAD_OF.get(_match_seq(words, ti, n)) == "دخول" \
            and _fp("حيز") in words[ti + n:ti + n + 7]:
        # what enters into force is its subject, before or after the verb (ستدخل الرسوم الجديدة حيز
        # التنفيذ، دخلت العقوبات حيز التنفيذ): a tax, a tariff or sanctions make it an economic act
        before = words[max(0, ti - 6):ti]
        before = before[next((j + 1 for j in range(len(before) - 1, -1, -1) if before[j] in _CLAUSE_BREAKS), 0):]
        around = before + [w for w in after[:2] if w not in _CLAUSE_BREAKS]
        if any(_economic_step_word(w) for w in around):
            return "economic"
    if typ == "visit" and pos == "noun" and any(w in _TALKS for w in after[:4]):
        return "meeting"  # جولة جديدة من المفاوضات: a round of talks, not a tour
    if typ == "meeting" and pos == "noun" and any(_stem(w) in _EDITION_OF for w in after[:4]):
        return "other"  # الدورة الـ71 لمهرجان كان: the edition of a festival or a prize, not a session
    if typ == "economic" and pos == "noun" and _cued_only(words[ti]) and not econ() and not any(
            _economic_step_word(w) or any(tp == "economic" and ps == "noun" and not _cued_only(w)
                                          for _, tp, ps in _candidates(w)) for w in words):
        return "other"   # طور المهندسون برنامج الترجمة عام 2010: a program, not a plan of money
    # (the people first: the economic cue reads the whole sentence)
    if typ in ("visit", "meeting", "agreement") and not any(e.type == "person" for e in ents) and econ():
        return "economic"  # زار المغرب 11 مليون سائح
    return typ


_ECONOMIC_IF_CUED = frozenset(fold_plain(w) for (w,) in lang_rows("event_economic_if_cued.tsv"))


def _cued_only(w: str) -> bool:
    """The folded word is one of ``_ECONOMIC_IF_CUED``, with و، ف، ب، ل or the article before it."""
    return any(w.startswith(c) and w[len(c):] in _ECONOMIC_IF_CUED
               for c in ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "وب", "ول", "وبال", "ولل"))


@dataclass(frozen=True)
class _Date:
    """A date an event takes that is no mention of the text as the dates module gives it (a
    host's date, two alternatives made one)."""
    text: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    start: int = -1
    end: int = -1
    granularity: str | None = None
    anchor: str | None = None
    role: str | None = None
    type: str = "date"


_NOW_WORDS = frozenset(fold_plain(w) for w in ("اليوم", "الآن", "حاليا", "هذا اليوم", "اليوم نفسه"))


def _in_quotes(text: str, s_start: int, at: int, s_end: int | None = None) -> bool:
    """``at`` lies inside quotation marks opened in its sentence (« … », " … "), or closed in it
    and opened before it (a quote that runs over sentences)."""
    if text.count("«", s_start, at) > text.count("»", s_start, at) or text.count('"', s_start, at) % 2 == 1:
        return True
    if s_end is None:
        return False
    return (text.count("»", at, s_end) > text.count("«", at, s_end)
            or text.count('"', s_start, at) == 0 and text.count('"', at, s_end) % 2 == 1)


_WAS = frozenset(fold_plain(w) for w in "كان كانت وكان وكانت فكان فكانت".split())


def _pluperfect(words: list[str], ti: int) -> bool:
    """The verb at token ti is told in the pluperfect (وكان الوزير قد قال، وكانت الوزارة أعلنت):
    said before the time the report is about."""
    return any(w in _WAS for w in words[max(0, ti - 6):ti])


def _has_speaker(ents, a: int, b: int) -> bool:
    """A reporting verb makes a statement when a person or body stands next to it (the verb
    starts at ``a``; ``b``: the end of the stretch after it)."""
    for e in ents:
        if a - 60 <= e.start <= b and (e.type == "person" or e.type == "org"):
            return True
    return False


# a verb of saying, then two or three words and a comma (قال فلان علان، …): read further by
# _titled_name_after when the entities name no one in the sentence
_SAID_BY_TITLED = re.compile(r"(?<!\S)[وف]?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت)"
                             r"(?: [^\s،,.:؛\"«»()]+){2,3}\s*،")
_TITLED_NAME = re.compile(r"\s+([^\s،,.:؛\"«»()]+(?: [^\s،,.:؛\"«»()]+){1,2})\s*[،,]\s*([^\s،,.:؛\"«»()]+)")


def _titled_name_after(text: str, t1: int, s_end: int) -> str:
    """A name the entities do not know, read from its apposition: two or three words after a
    reporting verb, set off by a comma before a title (قال فلان علان، نائب الوزير، إن …). Not a
    described subject (قال المسؤول الأمني، نائب …: a word with the article) nor a preposition's."""
    m = _TITLED_NAME.match(text, t1, s_end)
    if m is None or not _is_title_word(_fp(m.group(2))):
        return ""
    name = m.group(1).split()
    if any(_fp(w).startswith("ال") or _fp(w) in _PREPOSITIONS or _fp(w) in _TIME_OF_DAY or _is_title_word(_fp(w))
           or _HAS_DIGIT(w) or _fp(w) in _COMPLEMENTIZER or _is_opener(_fp(w)) for w in name):
        return ""
    return " ".join(name)


def _is_title_word(f: str) -> bool:
    return f in _TITLE_WORDS or "ال" + f in _TITLE_WORDS


# a preposition with و that fronts a date before the clause it dates (وفي أواخر أكتوبر، قال …)
_OPENS_WITH_DATE = frozenset(fold_plain(w) for w in "وفي وفى وخلال ومنذ ومع وبعد وقبل".split())
_QUOTES = frozenset({"«", '"'})
# the words the speech after a reporting verb may start at (see _sentence_events)
_SPEECH_OPENERS = frozenset(_COMPLEMENTIZER | _QUOTES | {"عن"})
# a short name in quotes (a newspaper, a film, a programme): up to four words, no mark inside
_QUOTED_NAME = re.compile(r'"[^"\s]+(?: [^"\s]+){0,3}"|«[^»\s]+(?: [^»\s]+){0,3}»')


def _names_in_quotes(words: list[str], k: int) -> int | None:
    """Where the quote at token k closes when it closes within four words and the sentence goes
    on: a name (مجلة "ذي أتلانتيك" الأمريكية), not the start of quoted words; else None."""
    for j in range(k + 1, min(k + 6, len(words))):
        if words[j] in _QUOTES or words[j] == "»":
            return j if j + 1 < len(words) and words[j + 1] not in (".", "،", ",") else None
    return None


def _new_speaker(ents, t1: int, prev: Event) -> bool:
    """The reporting verb ending at ``t1`` names a speaker of its own, not one of ``prev``'s
    (وقال رئيس اللجنة …, after a minister's words: someone else speaking, at another time)."""
    subject = next((e for e in ents if t1 <= e.start <= t1 + 40 and e.type in ("person", "org")), None)
    return subject is not None and subject.canonical not in prev.actors and subject.text not in prev.orgs


def _clause(text: str, s_start: int, s_end: int, a: int, b: int) -> tuple[int, int]:
    """The comma-delimited clause of the sentence around [a, b)."""
    left = max(text.rfind("،", s_start, a), text.rfind(",", s_start, a))
    right_c = [x for x in (text.find("،", b, s_end), text.find(",", b, s_end)) if x >= 0]
    lo = left + 1 if left >= 0 else s_start
    hi = min(right_c) if right_c else s_end
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


def _make(doc: _Doc, s_start, s_end, typ, d, t0, t1, ents, reference, speech_from=None,
          trigger="", act=False, undated_statement=False, own=False, moved=False, relay=False,
          said=False) -> Event:
    """The event of type ``typ`` whose trigger spans ``[t0, t1)``, dated by ``d`` (or None);
    ``ents`` are the sentence's entities, in text order."""
    text = doc.text
    dated_span = d is not None and getattr(d, "start", -1) >= 0
    if dated_span:
        ev0, ev1 = min(t0, d.start), max(t1, d.end)
    else:
        ev0, ev1 = t0, t1
    # the evidence reaches the person or body named right after the trigger (قام الرئيس
    # فلاديمير بوتن بزيارة، قمة البريكس); the ones between trigger and date are inside already
    for e in ents:
        if (t1 <= e.start <= t1 + 40 and (e.type == "person" or e.type == "org")
                and (speech_from is None or e.start < speech_from) and "،" not in text[t1:e.start]):
            ev1 = max(ev1, e.end)
    ev0, ev1 = max(ev0, s_start), min(ev1, s_end)
    if ents and ents[0].start < s_start + 80 and "(" in text[s_start:s_start + 80]:
        lead = _DATELINE.match(text, s_start, s_end)
        if lead and _only_places(text, s_start, text.index("(", s_start), ents):
            # دبي، الإمارات (وكالة)—: where and by whom it was written, not where it happened nor
            # who spoke (the label reads these entities too)
            ents = [e for e in ents if e.start >= lead.end()]
    inside = ents if speech_from is None else [e for e in ents if e.start < speech_from] or ents
    # actors, places and bodies in one pass (first mention first, each name once)
    actors: list[str] = []
    places: list[str] = []
    orgs: list[str] = []
    for e in inside:
        et = e.type
        if et == "person":
            if e.canonical not in actors and not _org_headed(e.canonical):
                actors.append(e.canonical)
        elif et == "place":
            if e.text not in places:
                places.append(e.text)
        elif et == "org":
            if e.text not in orgs:
                orgs.append(e.text)
    if d is not None:
        start_date, end_date, date_text = d.start_date, d.end_date, d.text
    else:
        start_date = end_date = date_text = None
    sent = text[s_start:s_end]
    future = reference is not None and start_date is not None and start_date > reference
    if not future:
        future = _says_future(doc.fold(max(s_start, ev0 - 40), ev1))
    # a verb told as coming starts with سـ, after و or ف (_FUTURE_VERB): the trigger's first
    # letter, folded, tells most triggers apart before the trigger is folded whole
    if not future and (_fp(text[t0:t0 + 1])[:1] in ("و", "ف", "س") or not _fp(text[t0:t0 + 1])):
        trigger_word = doc.fold(t0, t1).split()[:1]
        future = bool(trigger_word and _FUTURE_VERB.match(trigger_word[0])
                      and any(x[2] != "noun" for x in _candidates(trigger_word[0])))
    # the person nearest the trigger is who the event is about (قام الوزير X بزيارة …): the
    # distance of each name's nearest mention, found in one pass
    if len(actors) > 1:
        near: dict[str, int] = {}
        for e in inside:
            dist = abs(e.start - t0)
            if dist < near.get(e.canonical, dist + 1):
                near[e.canonical] = dist
        actors.sort(key=near.__getitem__)
    dspan = (d.start, d.end) if dated_span else None
    # the label is written once the article's events are settled (most candidates are dropped)
    return _new_event(None, typ, start_date, end_date, date_text, actors, places, orgs, "", sent,
                      ev0, ev1, future, undated_statement, trigger, act, own, moved, (t0, t1, s_start, s_end, ents, dspan),
                      relay, said)


# a dateline: a city (and its country), the outlet in brackets, a dash (دبي، الإمارات (وكالة) —)
_DATELINE = re.compile(r"\s*(?:[^\s()،,.:؛]+(?: [^\s()،,.:؛]+){0,3}\s*[،,]\s*){0,2}"
                       r"[^\s()،,.:؛]+(?: [^\s()،,.:؛]+){0,3}\s*\([^()\n]{1,30}\)\s*[-–—]+")


def _only_places(text: str, a: int, b: int, ents) -> bool:
    """``text[a:b]`` is place names and the commas between them (a city the gazetteer may not
    know, of one or two words, may open them before a comma: أتلانتا، الولايات المتحدة), nothing
    else (no verb, no subject: زار الوزير القاهرة (مصر) is no dateline)."""
    rest = []
    at = a
    for e in ents:
        if e.start >= b:
            break
        if e.type == "place" and e.start >= at:
            rest.append(text[at:e.start])
            at = e.end
    rest.append(text[at:b])
    if at == a:
        return False
    left = [r.strip(" \t،,") for r in rest]
    if not any(left):
        return True
    comma = min((i for i in (text.find("،", a, b), text.find(",", a, b)) if i >= 0), default=-1)
    return (comma > 0 and not any(left[1:]) and len(left[0].split()) <= 2
            and text[a:comma].strip() == rest[0].strip(" \t،,")
            and not any(_candidates(fold_plain(w)) for w in left[0].split()))


def _says_future(s: str) -> bool:
    """``_FUTURE_WORDS`` is in ``s``; the search runs only when one of its words is there (a
    substring test is much faster than trying the pattern at every position)."""
    for w in _FUTURE_CUES:
        if w in s:
            return _FUTURE_WORDS.search(s) is not None
    return False


def _uniq(xs) -> list[str]:
    out: list[str] = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


_SON_OF = frozenset(("بن", "بنت", "ابن", "ولد"))
# the first word of a name written in two (عبد الله، أبو مازن، آل ثاني)
_NAME_HEADS = frozenset(fold_plain(w) for w in "عبد أبو أبي أبا آل".split())


def _short(name: str) -> str:
    """The surname a timeline shows (فلاديمير بوتن → بوتن; محمد بن سلمان stays whole)."""
    parts = name.split()
    while len(parts) > 2 and _fp(parts[-1]) in _TIME_OF_DAY:
        parts.pop()   # (a name read on into the time of its day: … فلان الفلاني ليل الجمعة)
    name = " ".join(parts)
    if not _SON_OF.isdisjoint(parts) or (parts and _fp(parts[-1]) in _REGNAL_WORDS):
        return name
    if len(parts) >= 2 and _fp(parts[-2]) in _NAME_HEADS:
        return " ".join(parts[-2:])  # عبد الله، أبو زيد: one name in two words
    if _family_first(name.replace("-", " ").split()):
        return parts[0]   # كيم جونغ أون، شي جين بينغ، مون جاي إن (مون جاي-إن): the family name comes first
    return parts[-1] if parts else name


_FAMILY_NAMES = frozenset(fold_plain(r[0].strip()) for r in lang_rows("event_family_names.tsv"))


def _syllable(w: str) -> bool:
    return len(w) <= 3 or _SYLLABLE_END.search(w) is not None


def _family_first(parts: list[str]) -> bool:
    """A Chinese or Korean name, written family name first: two or three words, a short first one,
    every later word a syllable of up to three letters or ending in -ng, one of them two letters
    or -ng (كيم جونغ أون، شي جين بينغ، مون جاي إن); of two words, the first also two letters,
    ending in -ng or a family name of lang/ar/event_family_names.tsv, or the second two letters
    (وانغ يي، غينغ شوانغ، بارك سونغ), as جون لانغ is not. Not عبد
    الحميد غل، بيل دي بلازيو: a word that joins a name is Arabic or European."""
    if not 2 <= len(parts) <= 3 or len(parts[0]) > 4 or not all(_syllable(w) for w in parts[1:]) \
            or not any(len(w) <= 2 or _SYLLABLE_END.search(w) for w in parts[1:]):
        return False   # (one of them, at least, as no Arabic name's word is: not سكنه حسن علي)
    if len(parts) == 2 and not (len(parts[0]) <= 2 or _SYLLABLE_END.search(parts[0]) or len(parts[1]) <= 2
                                or fold_plain(parts[0]) in _FAMILY_NAMES):
        return False
    return _NAME_JOINERS.isdisjoint(map(fold_plain, parts))


# a Chinese or Korean name is written family name first, in syllables: a given name's syllable
# ends in -ng (جونغ، بينغ، يانغ) or is two letters (إن، كه), as no Arabic name's word does
_SYLLABLE_END = re.compile(r"[اويه]نغ$")


def _label(doc: _Doc, typ, actors, places, orgs, t0, t1, s_start, s_end, ents, dspan=None) -> str:
    """A short name of the event for a timeline: what happened (the trigger, as a noun) and who
    or what it happened to or where, never a fragment of a figure: زيارة بوتن إلى كازاخستان،
    تصريح الجدعان، توقيع اتفاقية التعاون الاقتصادي، ارتفاع الصادرات البترولية 78.7 مليار ريال."""
    head, noun, pos_act = _trigger_head(doc, t0, t1)
    skip = [dspan] if dspan is not None else []
    if head is None and typ not in ("economic", "other", "military"):
        head = ""   # (a military figure with no trigger: عدد القتلى بلغ ألف قتيل, named like any figure)
    where = places[0] if places else ""
    if typ in ("summit", "meeting") and where:
        # where a meeting was: not a place of what it was to discuss (قمة تخصص لبحث الوضع في جنوب
        # السودان) nor of a clause after it
        at = next((e.start for e in ents if e.type == "place" and e.text == where), -1)
        if at > t1 and _topic_or_clause_between(doc.text, t1, at):
            where = ""
    if typ == "visit":
        # the destination: a place named right after the trigger, not the dateline's city before
        # it nor a country named at the sentence's end; else what was visited (زار مركز إيواء …)
        # (counted from the visitor when the visitor is named first: زار رئيس الوزراء فلان الإمارات)
        at = max([t1] + [e.end for e in ents if e.type == "person" and t1 <= e.start <= t1 + 60])
        where = next((e.text for e in ents if e.type == "place" and t1 <= e.start <= t1 + 90
                      and not _CLAUSE_MARK.search(doc.text, t1, e.start)
                      and (len(doc.text[at:e.start].split()) <= 3
                           or _fp(doc.text[max(t1, e.start - 5):e.start]).strip().endswith(("الي", "ل")))), "")
        who = _short(actors[0]) if actors else (orgs[0] if orgs else "")
        if not actors and orgs:
            # a source that tells of the arrival (ذكرت صحيفة "…" أن فلان وصل …) is not the visitor:
            # the subject after أن is
            src = next((e.end for e in ents if e.type == "org" and e.text == orgs[0]), -1)
            if 0 <= src < t0 and any(w in _COMPLEMENTIZER for w in _fp(doc.text[src:t0]).split()):
                subj = _subject_before(doc, t0, s_start, skip)[-2:]
                who = "" if any(_is_opener(_fp(w)) or _fp(w) in _NOT_A_VISITOR for w in subj) else " ".join(subj)
        if not who:
            who = _visitor_title(doc, t0, t1, s_start, s_end, dspan)
        after_who = max([t1] + [e.end for e in ents if e.type == "person" and t1 <= e.start <= t1 + 60
                                and not _org_headed(e.canonical)])
        # (the visitor's title before the name the trigger takes, الرئيس الكيني، فلان، …: not what was visited)
        what = [] if where or after_who > t1 else _phrase(doc, t1, s_end, skip, 3)
        if what and not _fp(what[0]).startswith("ال") and not (who and _fp(who) in _fp(" ".join(what))):
            what = []  # زيارة رسمية تستغرق يومين: a description, not what was visited
        if who and what and _fp(who) in _fp(" ".join(what)):
            what = []
        return " ".join(filter(None, ["زيارة", who, ("إلى " + where) if where else ""] + what))
    if typ == "summit":
        # a forum or a conference named for itself needs no «قمة» before it; an exhibition or a
        # conference is not a summit (أقامت الوزارة أول معرض …، تنظيم مؤتمر …)
        if not noun:
            head = "قمة"   # (… ستعقد في هلسنكي: a step the summit's noun before it names)
        # whose summit: the body named with it (قمة البريكس), else the two leaders who meet
        # (قمة بوتن وترامب), not a body that spoke of it (أعلن الكرملين أن القمة …)
        body = next((e.text for e in ents if e.type == "org" and t1 <= e.start <= t1 + 12), "") if noun else ""
        if not body:   # a forum or a conference named for itself (شارك الوزير في منتدى الاستثمار)
            body = next((o for o in orgs if _fp(o).split()[0] in _MEETING_NAMES), "")
        if body and _fp(body).split()[0] in _MEETING_NAMES:
            head = ""
        if not body and len(actors) >= 2:
            body = f"{_short(actors[0])} و{_short(actors[1])}"
        elif not body and orgs and noun and not any(e.type == "org" and e.start < t0 for e in ents):
            body = orgs[0]
        if not body and not where:
            # no body, no two leaders, no place: what the text says of it (القمة الثالثة بين البلدين،
            # القمة الأولى بين الجارتين), not a bare «قمة»
            n0, n1 = t0, t1
            if not noun:   # (القمة الثالثة …، ويتوقع أن تجري: the noun before the step)
                m = None
                for m in _SUMMIT_NOUN.finditer(doc.text, s_start, t0):
                    pass
                n0, n1 = m.span() if m else (-1, -1)
            told = _summit_described(doc, n0, n1, s_end, skip) if n0 >= 0 else ""
            if told:
                return told
        return " ".join(filter(None, (head or ("" if body else "قمة"), body, ("في " + where) if where else "")))
    if typ == "meeting" and len(actors) >= 2:
        return f"{head or 'لقاء'} {_short(actors[0])} و{_short(actors[1])}"
    if typ == "election" and not noun:
        # a step (جرت، أجريت) the election's noun names: the election, where it was held
        return " ".join(filter(None, ("انتخابات", ("في " + where) if where else "")))
    if typ in ("statement", "meeting", "election"):
        if head and doc.text[max(s_start, t0 - 8):t0].split()[-1:] and \
                _fp(doc.text[max(s_start, t0 - 8):t0].split()[-1].strip("\"«»“(")) in _PASSIVE_AUX:
            # (… أنه "تم نشر آلاف الجنود": done by no one named; the speaker only tells of it)
            return " ".join([head] + _phrase(doc, t1, s_end, skip, 4))
        who = _speaker(doc, ents, t0, t1, actors, orgs, s_start, s_end, dspan)
        if not who and typ == "statement" and not noun:
            who = " ".join(_subject_before(doc, t0, s_start, skip))  # وكانت الحكومة الكينية قد أعلنت
        if noun and who and " " not in who and not _fp(who).startswith("ال") and typ in ("statement", "meeting") \
                and doc.text[t1:s_end].split()[:1] == [who]:
            who = ""   # اجتماعات أخرى، بيانا رسميا: the noun's adjective, no one taking part
        if not who and typ in ("statement", "meeting") and noun:
            # وقالت الشركة في بيان، مضيفة …؛ اتفق الطرفان على متابعتها في اجتماعات أخرى
            doer = _doer_before(doc, t0, s_start, dspan)
            who = " ".join([_genitive(doer[0])] + doer[1:]) if doer else ""
        if who and not noun and typ == "statement" and _fp(who).split()[0].removeprefix("ال") in _DOCUMENT:
            return who   # كشف تقرير التنافسية، أشارت وثائق المحكمة: the document, not a statement of it
        if who and not noun:
            topic = []
            if head in _PUBLISHING:
                # what was published, after the publisher (and the day set off by commas): نشر
                # البرلمان، الثلاثاء، بيانا → نشر البرلمان بيانا
                at = doc.text.find(who, t1, s_end)
                if at < 0 and " " in who:   # (a name in quotes: موقع "…" الإخباري)
                    last = doc.text.find(who.split()[-1], t1, s_end)
                    at = last + len(who.split()[-1]) + 1 - len(who) if last >= 0 else -1
                at = at + len(who) if at >= 0 else t1
                if dspan is not None and 0 <= dspan[0] - at <= 6:
                    at = dspan[1]
                elif dspan is not None and 0 <= dspan[0] - at <= 16 and all(
                        _adjective_like(_fp(w)) for w in doc.text[at:dspan[0]].split()):
                    at = dspan[1]   # (نشرت مجلة الوادي الأسبوعية الأربعاء قرار …: the publisher's adjective)
                thing = _phrase(doc, at, s_end, skip, 6)
                # (past a gloss of the day: نشرت المجلة الأربعاء ثالث أيام المعرض قرار …)
                k = next((k for k, w in enumerate(thing) if _fp(_plain(w)).removeprefix("ال") in _PUBLISHED_THING), None)
                if k is not None and (k == 0 or dspan is not None and at == dspan[1]):
                    topic = thing[k:k + 2]
            if typ == "meeting":
                # what was discussed, after who discussed it (ناقش البرلمان … موازنة 2025)
                at = doc.text.find(who, t1, s_end)
                at = at + len(who) if at >= 0 else t1
                if dspan is not None and 0 <= dspan[0] - at <= 6:
                    at = dspan[1]
                topic = _phrase(doc, at, s_end, skip, 3)
            return " ".join([head or _LABEL_NOUN[typ], who] + topic)
        # a noun names the occasion itself (الاجتماع الأول للجنة المشتركة، بيان جنيف): its phrase
        words = _phrase(doc, t0 if noun else t1, s_end, skip, 6)
        if noun and who and typ == "statement":
            return f"{head} {who}" if " " not in head else f"{head} {_li(who)}"  # بيان المجلس، مؤتمر صحفي للوزير
        if noun:
            words[:1] = [_bare(words[0])] if words else []
            if words and head and _fp(words[0]).endswith("ا") and not _fp(words[0]).endswith("ها") \
                    and not _fp(head).endswith("ا"):
                # an accusative noun (عقد مؤتمرا صحافيا): the label names it in its plain form
                words = [head] + _phrase(doc, t1, s_end, skip, 4)
            if who and len(words) < 3 and _fp(who) not in _fp(" ".join(words)):
                # after an adjective the construct is broken: whose by ل (اجتماعات أخرى للطرفين)
                words.append(_li(who) if len(words) == 2 and not _fp(words[0]).startswith("ال")
                             and not _fp(words[1]).startswith("ال") else who)
            return " ".join(words) or _LABEL_NOUN[typ]
        if typ == "statement":   # (أعلن سناتور واحد من رفاق فلان: who spoke, not the group he is one of)
            words = words[:next((k for k, w in enumerate(words) if k and _fp(w) == "من"), len(words))]
            if words and _fp(words[0]) in _PREPOSITIONS:
                words = []   # وأضاف في تغريدة على تويتر: no one named; the speaker before goes on
        return " ".join([head or _LABEL_NOUN[typ]] + words[:4])
    if typ == "agreement" and not noun and head and head not in ("توقيع", "التوقيع"):
        # (وفقا لاتفاقية عقدت الأحد: the agreement named before the act of concluding it)
        m = None
        for m in _NONSPACE.finditer(doc.text, max(s_start, t0 - 20), t0):
            pass
        if m is not None and _SIGNED_THING.search(_fp(_bare(m.group()))):
            return f"{head} {_bare(m.group()).strip('،,')}"
    if typ == "agreement" and (noun or head in ("توقيع", "")):
        # what was signed: the agreement's own words (اتفاقية التعاون الاقتصادي والفني)
        at = t0 if noun else _signed_at(doc, t1, s_end)
        words = _phrase(doc, at, s_end, skip, 5) if at is not None else []
        if words:
            words[0] = _bare(words[0])
            return " ".join(([] if _fp(words[0]).startswith(("توقيع", "التوقيع")) else ["توقيع"]) + words)
        who = _speaker(doc, ents, t0, t1, actors, orgs, s_start, s_end, dspan) or where
        return " ".join(filter(None, ("توقيع اتفاق", who)))
    if typ == "inauguration" and not _fp(head).startswith(("افتتاح", "تدشين")):
        # (not a body it was done before: أدى اليمين أمام الكونغرس)
        before = {e.text for e in ents if e.type == "org"
                  and _fp((doc.text[max(s_start, e.start - 8):e.start].split() or [""])[-1]) in _BEFORE_WHOM}
        orgs = [o for o in orgs if o not in before]
        who = _short(actors[0]) if actors else (orgs[0] if orgs else "")
        first, _, rest = (head or _LABEL_NOUN[typ]).partition(" ")
        return " ".join(filter(None, (first, who, rest)))
    # what happened to what: the trigger as a noun, the thing after it and, for a figure, its
    # amount (ارتفاع القيمة السوقية للشركات 21.58 مليار ريال); a noun trigger (الصادرات
    # البترولية، افتتاح محطة) starts the phrase itself; a verb's subject may stand before it
    # (إن احتياطيات البلاد هبطت …)
    fig = _figure_of(doc, t0, t1, s_start, s_end) if typ == "economic" or head == "" else None
    if fig is not None:
        skip.append((fig.start, fig.end))
    if typ != "agreement" and head in ("توقيع", "التوقيع") and not _signs_no_agreement(doc, t1, s_end, dspan):
        head = ""  # وقعت: "took place", not a signing (الأحداث التي وقعت السبت)
    if head is None:  # no trigger: the measure and its amount, else the words the date ends
        fig = fig or _figure_of(doc, t0, t0, s_start, s_end)
        if fig is not None and fig.metric and not _is_opener(fig.metric):
            return f"{fig.metric} {fig.text}"
        words = _before_date(doc, dspan, s_start) if dspan is not None else []
        if dspan is not None and len(words) <= 2:
            words += _phrase(doc, dspan[1], s_end, skip, 3)  # وتعيش البلاد منذ 2011 أزمة خانقة
        if not words:
            words = _phrase(doc, t0, s_end, skip, 8, first_stop=False)
        while words and (_is_opener(words[0]) or _fp(words[0]) in _TIME_OF_DAY and _fp(words[0]) != "ظهر"):
            words = words[1:]   # (وصباح الأحد اعتقلت الشرطة: the time is the date's; ظهر may be "appeared")
        words[:1] = [_drop_and(_bare(words[0]))] if words else []
        words = _act_done(words)
        # the words up to an amount (أحصت الهيئة 1834 موقعا: the amount is said once, at the end)
        cut = next((k for k, w in enumerate(words) if _HAS_DIGIT(w)), None)
        if cut is not None and cut > 0:
            words = words[:cut]
        head = ""
    elif noun and _verb_with_him(doc.text[t0:t1]):
        # أقاله، أعاده fold as the masdars إقالة، إعادة: the verb with its object pronoun; its
        # subject, before it, did it to him (لكن الوزير أقاله → إقالة الوزير له)
        subj = _subject_before(doc, t0, s_start, skip)
        words = [head] + ([_genitive(w) for w in subj[-2:]] + ["له"] if subj else [])
    elif noun or pos_act:
        words = _phrase(doc, t0, s_end, skip, 5, first_stop=False)
        words[:1] = [_bare(words[0])] if words else []
        if len(words) == 1 and fig is None:
            # مقتل 60 فلسطينيا: the count right after the noun is what the label says
            m = _COUNT_AFTER.match(doc.text, t1)
            if m:
                words += [m.group(1), m.group(2)]
        verb = _verb_head_before(doc, t0, s_start)
        if verb:  # وهوت أسعار الأسهم: the verb before its subject says what happened
            words = [verb] + words
        else:   # قفز معدل التضخم: the verb before the measure's head word
            m = None
            for m in _NONSPACE.finditer(doc.text, max(s_start, t0 - 12), t0):
                pass
            at, lead = t0, []
            if m is not None and not doc.text[m.end():t0].strip() and _fp(m.group()) in _MEASURE_HEADS:
                at, lead = m.start(), [m.group()]
                verb = _verb_head_before(doc, m.start(), s_start)
                if verb:
                    words = [verb, m.group()] + words
            if not verb:
                change = _change_before(doc, at, s_start)
                if change:   # رجحت ارتفاعا أكبر في أسعار الغذاء → ارتفاع أسعار الغذاء
                    words = [change] + lead + words
    else:
        after = _who_what(doc, t1, s_end, skip, ents, 4)
        if after and (_fp(after[0]) in _PREPOSITIONS or _fp(after[0])[:1] in ("ل", "ب") and not _TRIGGERS.get(_fp(after[0]))
                      and not any(e.start >= t1 and e.text.startswith(after[0]) for e in ents)):
            # تراجعت في مارس لأدنى مستوى لها: nothing after the verb names what fell; its subject
            # before it does (أسعار المعادن النفيسة هبطت)
            subj = _subject_before(doc, t0, s_start, skip)
            shared = [] if subj else _shared_subject(doc, t0, s_start, skip, ents)
            if shared:   # (ووافق على الاستقالة: the subject before, what it agreed to after)
                after = shared + after[:3]
            elif subj and _fp(after[0]) in _GOAL_PREPS and len(after) >= 2 and _fp(head) in _MOVING:
                # a verb of moving has its goal (دخلت الأسعار في موجة من التراجع → دخول الأسعار
                # في موجة من التراجع): the subject up to its own preposition, then the goal
                cut = next((i for i, w in enumerate(subj) if i and _fp(w) in _PREPOSITIONS), len(subj))
                after = subj[:cut] + after[:4]
            else:
                after = subj or after
        elif after and head and _stem(doc.fold(t0, t1)) != _stem(_fp(head)) and not _RESUMPTIVE.match(doc.text, t1):
            # بريطانيا تدخلت عسكريا في سيراليون: a subject put before its verb is who did it, and what
            # follows the verb what it did (تدخل فرنسا عسكريا في مالي); not a clause before a
            # masdar (قررت الحكومة تعليق الرحلات)
            subj = _subject_before(doc, t0, s_start, skip)
            if not any(x[2] != "noun" for w in subj for x in _candidates(_fp(w))):
                after = subj + after
        masdar = _accusative_masdar(after) if head == "" else None
        if masdar is not None:   # سجل اليورو ارتفاعا → ارتفاع اليورو
            k, noun = masdar
            after = [noun] + after[:k]
        words = (_antecedent_what(doc, t0, t1, s_start, s_end, skip) or after
                 or _without_lead_verb(_subject_before(doc, t0, s_start, skip))
                 or ([fig.metric] if fig is not None and fig.metric and not _is_opener(fig.metric) else [])
                 or _measure_before(doc, t0, s_start, skip))
        if not words and dspan is not None and dspan[0] >= t1:
            words = _phrase(doc, dspan[1], s_end, skip, 4)  # تنطلق في مارس أشغال المحطة
        if head and not (words and _fp(words[0]) == _fp(head)):
            words = [head] + ([_genitive(words[0])] + words[1:] if words else [])
    words = _trim(words[:7 if len(words) > 6 and _fp(words[5]) in _NAME_HEADS_OF_PLACES else 6])
    if not words and (typ == "economic" or head == "") and not head:
        words = _measure_opened(doc, t0, s_start, skip)   # (a linking verb's measure: عدد القتلى … بلغ)
    if not words:  # never an amount alone
        words = [head or (fig.metric if fig is not None and fig.metric else "") or _LABEL_NOUN[typ]]
    if fig is not None and fig.text not in " ".join(words):
        # the words cut off at the limit may be the amount's first words (بقيمة خمسة، ما يقارب):
        # the amount is said once, whole
        amount = [_fp(w) for w in fig.text.split()]
        j = next((j for j in range(min(len(amount), len(words)), 0, -1)
                  if [_fp(w) for w in words[-j:]] == amount[:j]), 0)
        words = words[:len(words) - j] + [fig.text]
    return _tidy(words)


# before whom an oath is taken (أدى اليمين أمام البرلمان): not who took it
_BEFORE_WHOM = frozenset(fold_plain(w) for w in "أمام وأمام لدى".split())

# event_contract_words.tsv: a month right after them names a futures contract (تسليم ديسمبر)
_CONTRACT_WORDS = frozenset(fold_plain(r[0]) for r in lang_rows("event_contract_words.tsv"))

# event_label_words.tsv: verbs of time going by and the units of time they count
_LABEL_WORDS = lang_rows("event_label_words.tsv")
_ELAPSED = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "elapsed")
_DURATION = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "duration")
_SAYING = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "saying")
_STATE = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "state")
_COPULAS = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "copula")


def _describes(before: list[str], names: set[str]) -> bool:
    """Whether a participle of state after the folded words ``before`` (the one or two before it)
    is their adjective or predicate instead: an indefinite accusative noun agrees with it (ربحا
    مرتفعا), a name or an adverb (مجددا) does not; كان or a sister of it makes it its predicate
    (سيظل مرتفعا، سيظل الطلب مرتفعا)."""
    for w in before:
        w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
        if w in _COPULAS or w[:1] == "س" and w[1:] in _COPULAS:
            return True
    prev = before[-1]
    return prev.endswith("ا") and len(prev) >= 3 and not prev.startswith(("ال", "وال")) \
        and not prev.endswith(("ها", "يا")) and prev not in names and prev not in _ADVERBS_IN_A


_ASPECT = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "aspect")
_PASSIVE_AUX = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "passive")
_KIN = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "kin")
_DATE_LEAD = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "date_lead")
_DID = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "did")
_CUT = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "cut")
_DOCUMENT = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "document")
_PUBLISHED_THING = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "published")


_HURT = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "hurt")
_SIGNED_DOC = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "signed")


_VISIT_VERBS = frozenset(fold_plain(w) for w, role in _LABEL_WORDS if role.strip() == "visit_verb")
# the titles a visitor may be named by alone: an office's or an honorific (الرئيس، الملك، الشيخ)
_VISITOR_TITLES = _TITLES_BY_KIND.get("head", frozenset()) | _TITLES_BY_KIND.get("honorific", frozenset())


def _title_phrase(words: list[str]) -> list[str]:
    """A title and the words with the article that complete it (الملك الأردني، وزير الخارجية
    الأمريكي): up to three words, to the first mark, preposition or word without the article."""
    out: list[str] = []
    for w in words[:3]:
        f = _fp(w.rstrip("،,.:؛"))
        if out and (not f.startswith("ال") or f in _PREPOSITIONS):
            break
        out.append(w.rstrip("،,.:؛"))
        if w != w.rstrip("،,.:؛"):
            break
    return out


def _visitor_title(doc: _Doc, t0: int, t1: int, s_start: int, s_end: int, dspan=None) -> str:
    """A visit that names no visitor by name may name one by title: right after the noun with ل
    (آخر زيارة للملك الأردني إلى …) or as the subject of a verb the visit is the object of, a
    date or a comma at most between them (بدأ وزير الخارجية الكندي الأحد، زيارة إلى …). "" else.
    The phrase stops at the event's date (``dspan``)."""
    def upto(a: int, b: int) -> str:
        if dspan is not None and a <= dspan[0] < b:
            b = dspan[0]
        return doc.text[a:b]
    after = upto(t1, min(s_end, t1 + 60)).split()
    if after:
        f = _fp(after[0])
        if f.startswith("لل") and "ال" + f[2:] in _VISITOR_TITLES:
            return " ".join(["ال" + after[0][2:]] + _title_phrase(after)[1:])
        if f[:1] == "ل" and f[1:] in _VISITOR_TITLES:
            return " ".join([after[0][1:]] + _title_phrase(after)[1:])
    before = list(_NONSPACE.finditer(doc.text, max(s_start, t0 - 80), t0))
    for k in range(len(before) - 2, -1, -1):
        f = _fp(before[k].group())
        f = f[1:] if f[:1] in ("و", "ف") and f[1:] in _VISIT_VERBS else f
        if f not in _VISIT_VERBS:
            continue
        if _fp(before[k + 1].group()) not in _VISITOR_TITLES:
            return ""
        phrase = _title_phrase(upto(before[k + 1].start(), t0).split())
        # only a date, a comma or ب between the phrase and the noun (بزيارة: the noun with ب)
        between = doc.text[before[k + len(phrase)].end():t0] if phrase else ""
        if dspan is not None and before[k].end() <= dspan[0] < t0:
            between = between.replace(doc.text[dspan[0]:dspan[1]], " ")
        if phrase and len(between.split()) <= 2 and not any(_fp(w.strip("،,")) in _VISITOR_TITLES for w in between.split()):
            return " ".join(phrase)
        return ""
    return ""


def _signs_no_agreement(doc: _Doc, t1: int, s_end: int, dspan) -> bool:
    """وقع at ``t1`` signs a decree, a law or a budget (its object within a few words, past its
    subject and a date: ووقع الرئيس، الأسبوع الماضي، على قانون المالية): a signing, not "took place"."""
    for k, m in enumerate(_NONSPACE.finditer(doc.text, t1, s_end)):
        if k >= 6:
            break
        if dspan is not None and dspan[0] <= m.start() < dspan[1]:
            continue
        f = _fp(m.group().strip("،,.:؛\"«»()"))
        if k == 0 and any(p == "noun" and t in ("military", "other") for _s, t, p in _candidates(f)):
            return False   # وقع الهجوم على الحدود: it took place
        core = f.removeprefix("ال")
        if f in _SIGNED_DOC or core in _SIGNED_DOC or core[:-1] in _SIGNED_DOC and core.endswith("ا"):
            return True
        if m.group()[-1:] in "،,." and k > 0 and not (dspan is not None and m.end() >= dspan[0] - 2):
            break
    return False


def _act_done(words: list[str]) -> list[str]:
    """A verb of doing with its act after ب (قامت شركة النور بشراء حصة): the act, its doer and
    what it was done to (شراء شركة النور حصة); else ``words``."""
    if not words or _fp(words[0]) not in _DID:
        return words
    for k in range(2, min(len(words), 6)):
        f = _fp(words[k])
        if f[:1] == "ب" and len(f) >= 4 and not f.startswith("بال"):
            return [words[k][1:], _genitive(words[1])] + words[2:k] + words[k + 1:]
        if f in _PREPOSITIONS or _HAS_DIGIT(f):
            break
    return words
_KIN_APPOSITION = re.compile(r"\s*([^\s،,.:؛\"«»()]+)\s*[،,]\s*([^\s،,]+)\s")
_ADVERBS = tuple(sorted({tuple(fold_plain(x) for x in w.split()) for w, role in _LABEL_WORDS if role.strip() == "adverb"},
                        key=len, reverse=True))
# the adverbs by their first word, longest first (a label's word is tried only on those it may open)
_ADVERBS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(a for a in _ADVERBS if a[0] == first) for first in {a[0] for a in _ADVERBS}}


def _without_adverbs(words: list[str]) -> list[str]:
    """A label without the adverbs of how often or how newly (مشاركة لأول مرة أفلام → مشاركة
    أفلام), past its first word."""
    folded = [_fp(w.strip("،,")) for w in words]
    if _ADVERBS_BY_FIRST.keys().isdisjoint(folded[1:]):
        return list(words)   # (most labels: no word past the first opens an adverb)
    out, k = words[:1], 1
    while k < len(words):
        hit = next((a for a in _ADVERBS_BY_FIRST.get(folded[k], ()) if tuple(folded[k:k + len(a)]) == a), None)
        if hit:
            k += len(hit)
            continue
        out.append(words[k])
        k += 1
    return out


def _after_elapsed(words: list[str]) -> list[str]:
    """What a date dates when the clause counts the time gone by since it (وبذلك تكون مضت 10
    سنوات على افتتاح الجسر عام 2014 → افتتاح الجسر): the words after على; else ``words``."""
    for k, w in enumerate(words[:5]):
        f = _fp(w)
        if f in _ELAPSED or f[:1] in ("و", "ف", "س") and f[1:] in _ELAPSED:
            on = next((j for j in range(k + 1, min(len(words), k + 6)) if _fp(words[j]) == "علي"), None)
            if on is not None and on + 1 < len(words) and any(_fp(x) in _DURATION for x in words[k + 1:on]):
                return [_bare(words[on + 1])] + words[on + 2:]
            break
    return words


# --------------------------------------------------------------------------- labels, finished

# the nouns events are named by (the tables' label column, their nouns), without the article
_EVENT_NOUNS = frozenset({_fp(h).split()[0].removeprefix("ال") for h in _HEAD_OF.values() if h}
                         | {seq[0].removeprefix("ال") for v in _TRIGGERS.values() for seq, _t, p in v if p == "noun"})
# the type's nouns a label may be no more than (توقيع اتفاق، عملية عسكرية): it names no one yet
_BARE_LABELS = frozenset(_fp(v) for v in _LABEL_NOUN.values())


_HASHTAG = re.compile(r"#(\S+)")
# words that open a clause of result or of what was said (مما أدى، ومما جاء فيه): a label stops there
_RESULT_WORDS = frozenset(fold_plain(w) for w in "مما ومما".split())


# the masdars a start (بدأ، شرع) may govern with ب or في: every event word's plain form
_STARTED_MASDARS = frozenset(
    {_fp(h) for h in _HEAD_OF.values() if h and " " not in h}
    | {seq[0] for v in _TRIGGERS.values() for seq, _t, pos in v if len(seq) == 1 and pos in ("noun", "act", "measure")
       and not seq[0].startswith("ال")})
# the heads of the verbs of starting
_START_HEADS = frozenset({"بدء", "شروع"})


@lru_cache(maxsize=16384)
def _names_a_start(word: str) -> bool:
    """The word (as written) is a verb or a masdar of starting (بدأ، شرع)."""
    return any(_HEAD_OF.get(seq) in _START_HEADS for seq, _t, _p in _candidates(_fp(word)))


# the kinds of event a verb of starting may take as its object: a visit, talks or a summit is the
# row itself; an attack keeps the start as its row, of its kind
_STARTED_KINDS = frozenset({"visit", "meeting", "summit", "military"})


def _started_event_after(words: list[str], k: int) -> str | None:
    """The kind of the event noun that is the object of the verb of starting ending at token
    ``k``, past its subject and a day set off by commas (بدأ الرئيس الفرنسي، الأحد، زيارة للهند؛
    بدأت القوات في 20 يناير عملية عسكرية), before its clause ends; None when there is none (بدأ
    العمل، بدأت الأمطار بالهطول; القصف، الذي بدأ في فبراير، أدى إلى مقتل …: another clause).
    A one-word military noun is no attack before a masdar (عملية خصخصة، حملة تطعيم)."""
    j = k
    while j < min(k + 10, len(words)):
        w = words[j]
        if w in ("،", ","):
            close = next((x for x in range(j + 1, min(j + 4, len(words))) if words[x] in ("،", ",")), None)
            if close is None and not (j + 1 < len(words) and _started_noun(words, j + 1)):
                return None   # a clause's end, not a day set off by commas (… الخميس، زيارة)
            j = close + 1 if close is not None else j + 1
            continue
        if w in (".", "؛", ";", ":") or w in _COMPLEMENTIZER or w in _RELATIVE or w in _NEW_CLAUSE:
            return None
        if w[:1] in ("ب", "ل") and j == k:
            return None   # بدأت بزيارة …: what it started with, told by its own rule
        typ = _started_noun(words, j)
        if typ is not None:
            return typ
        j += 1
    return None


def _started_noun(words: list[str], j: int) -> str | None:
    """The kind of the event noun at token ``j`` a verb of starting may take (_STARTED_KINDS)."""
    for seq, typ, pos in _candidates(words[j]):
        if pos != "noun" or typ not in _STARTED_KINDS or tuple(words[j:j + len(seq)]) != seq:
            continue
        if typ == "military" and len(seq) == 1 and j + 1 < len(words) and masdar_of(words[j + 1]) is not None:
            continue
        return typ
    return None


def _what_was_started(doc: _Doc, words: list[str], t0: int, t1: int) -> list[str]:
    """A start told with what was started after ب or في (بدأت البنوك برفض التحويلات، شرعت
    الشركة في بناء المصنع) is named by what was started: رفض البنوك التحويلات. The start's own
    masdar goes; its subject follows the new head in the genitive. Else the words as they are."""
    # the trigger, or the verb right before the subject the label opens with (بدأت البنوك …)
    said = doc.text[t0:t1].split()[:1] + doc.text[max(0, t0 - 16):t0].split()[-1:]
    if not any(map(_names_a_start, said)):
        return words
    for k in range(min(len(words), 6)):
        f = _fp(words[k])
        if k + 1 < len(words) and _fp(words[k + 1]) == "من":
            continue  # بدأت بدعوة من النقابات: at whose call it started, not what was started
        if f[:1] == "ب" and f[1:] in _STARTED_MASDARS:
            head, rest = words[k][1:], words[k + 1:]
        elif f == "في" and k + 1 < len(words) and _fp(words[k + 1]) in _STARTED_MASDARS:
            head, rest = words[k + 1], words[k + 2:]
        else:
            continue
        who = [w for w in words[:k] if w not in _START_HEADS]
        return [head, *who, *rest]
    return words


_CUT_ALWAYS, _CUT_PAST_TWO, _CUT_UNLESS_NAMED = 1, 2, 3
# "in it", back to a text just named: a verb before it opens a clause on that text (بيانا جاء فيه)
_IN_IT = frozenset(fold_plain(w) for w in "فيه فيها".split())


# qualifiers.tsv (read by figures too): the phrases said before an amount (ما يقارب، يناهز)
_QUALIFIERS_BEFORE = tuple(tuple(c[0].split()) for c in lang_rows("qualifiers.tsv")
                           if len(c) > 2 and c[2].strip() == "before")


def _qualifier_words(words: list[str]) -> set[int]:
    """The indexes of the words of a qualifier right before an amount in a label (… ما يقارب 4
    ملايين طن)."""
    out: set[int] = set()
    folded = [_fp(w) for w in words]
    for k in range(1, len(words) - 1):
        for q in _QUALIFIERS_BEFORE:
            n = len(q)
            if tuple(folded[k:k + n]) == q and k + n < len(words) and _HAS_DIGIT(words[k + n]):
                out.update(range(k, k + n))
    return out


@lru_cache(maxsize=65536)
def _label_cut(f: str) -> int:
    """Whether a label stops before the folded word ``f`` (``_finish_label``), by the word alone:
    0 never; ``_CUT_ALWAYS`` a relative pronoun, a source (حسبما), a result (مما) and the like;
    ``_CUT_PAST_TWO`` past the label's second word, a verb or a word that opens another part of
    the sentence (و + one of ``_PHRASE_STOP``); ``_CUT_UNLESS_NAMED`` past its second word, a
    verb told as coming or in the present or كان, unless the word is a name's."""
    if f in _RELATIVE or f in _AS_SAID or f in _RESULT_WORDS or f in _CUT or f in _PASSIVE_AUX:
        return _CUT_ALWAYS
    if f[:1] == "و" and f[1:] in _PHRASE_STOP or _is_verb_word(f) or f[:1] == "و" and (
            _is_verb_word(f[1:]) or f[1:2] in ("ي", "ت") and len(f) >= 5):
        return _CUT_PAST_TWO
    if _future_verb(f) or _present_verb(f) or f in _WAS:
        return _CUT_UNLESS_NAMED
    return 0


def _finish_label(doc: _Doc, e: Event) -> str:
    """A label as a timeline shows it: what happened, up to the next verb or relative clause
    (احتجاجات شبه يومية بدأت → احتجاجات شبه يومية; a verb told as coming, سيصل, or a present
    verb left dangling at the end too), the event noun in its plain form (توقيع اتفاقا → توقيع
    اتفاق، لقصف → قصف، بيان المشترك → البيان المشترك), a speaker told by a common noun with
    what says which (تصريح مصدر من الجيش), and, when it names no one, who or where from the
    sentence around the trigger (إعلان → إعلان حكومة البلاد، مقتل → مقتل أكثر من 40 مدنيا،
    الهجوم → الهجوم في المدينة، احتفالات رسمية → احتفالات رسمية في الرباط)."""
    t0, t1, s_start, s_end, ents, dspan = e.labelled_by
    # a hashtag is the words it joins (#كوريا_الشمالية → كوريا الشمالية)
    words = _HASHTAG.sub(lambda m: m.group(1).replace("_", " ").replace("-", " "), e.label).split()
    names = {_fp(w) for x in ents for w in x.text.split()}
    words = _passive_or_carried(doc, e, words, t0, t1, s_start, s_end, ents, dspan)
    words = _doer_of_object_verb(words)
    words = _linked_doer(doc, words, t1, s_end)
    words = _what_was_started(doc, words, t0, t1)
    words = _without_adverbs(words)
    # up to a verb or a relative pronoun after the first words: another clause's (… بدأت في فبراير);
    # not a qualifier's words before an amount (ما يقارب 4 ملايين طن: يقارب is no verb of a clause)
    qualified = _qualifier_words(words)
    for k in range(1, len(words)):
        if k in qualified:
            continue
        f = _fp(words[k].strip("،,.:؛\"«»()'"))
        if f in _SON_OF and k + 1 < len(words) and f in names:
            continue   # (سالم ولد أحمد: a name's "son of", not a verb of another clause)
        if k + 1 < len(words) and _fp(words[k + 1]) in _IN_IT and not f.startswith(("ال", "وال")):
            words = _trim(words[:k])   # بيانا أكدت فيه، رسالة جاء فيها: what the text says, another clause
            break
        if f in _STATE and not _describes([_fp(w) for w in words[max(0, k - 2):k]], names):
            words = _trim(words[:k])   # (تراجع الذهب متأثرا بالدولار: the state it fell in, another clause)
            break
        cut = _label_cut(f)
        if cut == _CUT_ALWAYS or k >= 2 and (cut == _CUT_PAST_TWO or cut == _CUT_UNLESS_NAMED and f not in names):
            words = _trim(words[:k])   # (… حسبما نقلت الوكالة: the source; ويسقط بعضها: another clause)
            break
    # a pronoun standing alone (إنتاج وهو فيلم: the film is what was made) names no one, and a
    # preposition whose complement was cut off (إعلان الوزراء في) ends nothing
    words = _trim([w for k, w in enumerate(words) if k == 0 or _fp(w) not in _PRONOUNS]) or words
    # an event noun in the indefinite accusative (وقعت اتفاقا، شنت هجوما كيماويا) is named in its
    # plain form, and so is the adjective after it (هجوم كيماوي)
    for k in range(min(2, len(words))):
        f = _fp(words[k])
        if f.endswith("ا") and len(f) >= 4 and not f.endswith(("ها", "يا")) and any(
                pos == "noun" for _s, _t, pos in _TRIGGERS.get(f[:-1], ())):
            words[k] = words[k][:-1].rstrip("\u064b")
            nxt = _fp(words[k + 1]) if k + 1 < len(words) else ""
            if nxt.endswith("ا") and not nxt.startswith("ال") and nxt not in _ADVERBS_IN_A and (
                    nxt.endswith("يا") and len(nxt) >= 5 or len(nxt) >= 4 and not nxt.endswith(("ها", "اا"))):
                words[k + 1] = words[k + 1][:-1].rstrip("\u064b")   # هجوما واسعا → هجوم واسع
            break
    # an event noun a preposition governs (تعرضت المدينة لقصف عنيف) is named without it
    if words and _fp(words[0])[:1] in ("ل", "ب") and any(
            pos == "noun" for _s, _t, pos in _TRIGGERS.get(_fp(words[0])[1:], ())):
        words[0] = words[0][1:]
    # a noun the article's text gives definite before its definite adjective keeps its article
    # (البيان المشترك, never بيان المشترك)
    if len(words) >= 2 and not _fp(words[0]).startswith("ال") and _fp(words[1]).startswith("ال") \
            and _adjective_like(_fp(words[1])) and f"ال{words[0]} {words[1]}" in e.sentence:
        words[0] = "ال" + words[0]
    words = _pronoun_named(doc, words, t0, t1, s_start, ents)
    if e.type == "statement" and len(words) == 2 and len(_fp(words[1])) >= 2 and _fp(words[1]) not in names \
            and not _HAS_DIGIT(words[1]):
        words += _described_speaker(doc, words[1], t1, s_end, dspan)
    label = " ".join(words) or e.label
    first = _fp(words[0]).removeprefix("ال") if words else ""
    named = any(_fp(w.strip("،,.:؛\"«»()'")) in names or _HAS_DIGIT(w) for w in words)
    if _fp(label) in _BARE_LABELS or len(words) == 1 and (first in _EVENT_NOUNS or e.type == "statement") \
            or not named and len(words) <= 3 and first in _EVENT_NOUNS and e.type != "statement":
        # (انتخابات محلية، الهجوم ضده: the event's kind alone, no one it is of: the place where it
        # happened; a person or body near a noun with words of its own is too often another's)
        bare = _fp(label) in _BARE_LABELS or len(words) == 1
        more = _participant(doc, e, t0, t1, s_start, s_end, ents, dspan, places_only=not bare)
        if more and _fp(more.split(" ", 1)[-1]) not in _fp(label):
            label = f"{label} {more}"
    label = _quote_closed(label, e.sentence)
    if label.endswith((" الـ", " ال")):   # (أعضاء مجلس الأمن الـ: its number was cut away)
        label = label.rsplit(" ", 1)[0]
    return label


def _quote_closed(label: str, sentence: str) -> str:
    """A label that ends inside a quoted name (مقر "شركة النور و"دار الأمل): the name completed
    from the sentence when its closing mark is at most two words on, else the label up to the
    opening mark; ``label`` when its quotes are closed."""
    opened = label.rfind('"') if label.count('"') % 2 else (label.rfind("«") if label.count("«") > label.count("»") else -1)
    if opened < 0:
        return label
    close = '"' if label[opened] == '"' else "»"
    tail = label[opened + 1:]
    at = sentence.find(label[opened:]) if tail else -1
    if at >= 0:
        end = sentence.find(close, at + len(label) - opened)
        more = sentence[at + len(label) - opened:end] if end >= 0 else ""
        if end >= 0 and len(more.split()) <= 2 and not _ENDS_CLAUSE.search(more):
            return label + more + close
    cut = label[:opened].rsplit(" ", 1)[0] if not label[:opened].endswith(" ") else label[:opened]
    cut = " ".join(_trim(cut.split()))
    return cut if cut else label


# prepositions of a goal: the complement a verb of moving needs (دخل في، انضم إلى), and the
# masdars of those verbs
_GOAL_PREPS = frozenset(fold_plain(w) for w in "في إلى الى من".split())
_MOVING = frozenset(fold_plain(w) for w in "دخول انضمام انتقال تحول عودة وصول انزلاق لجوء هجرة انسحاب خروج".split())
# what may stand between a subject and the date after it (، منذ الأربعاء؛ يوم السبت)
_DATE_GAP = re.compile(r"[\s،,]*(?:(?:منذ|في|يوم|خلال)\s*)?")
# verbs of witnessing: what a place or a thing "witnessed" (شهدت زيادة) happened to it
_WITNESSED = frozenset(fold_plain(w) for w in "شهد شهدت يشهد تشهد".split())
# verbs of taking place (جرى، يجري): followed by a masdar they say it was done (جرى توقيع الاتفاق)
_TAKES_PLACE = frozenset(fold_plain(w) for w in "جرى جرت يجري تجري ستجري سيجري".split())
# the head words of a measure a change is told of (معدل التضخم، أسعار النفط)
_MEASURE_HEADS = frozenset(fold_plain(w) for w in "معدل معدلات سعر أسعار نسبة حجم قيمة عدد مؤشر مستوى".split())
# a preposition and an amount right after a verb (بدأ من 649 دولارا): a value, not what was done
_AMOUNT_NEXT = re.compile(r"\s*\S+\s+[\d٠-٩]")
# verbs of happening (وقع، حدث): their subject is the event
_HAPPENED = frozenset(fold_plain(w) for w in "وقع وقعت يقع تقع حدث حدثت يحدث تحدث".split())
# verbs of publishing: with no subject after them they are passive (دراسة نشرت الخميس)
_PUBLISHED = frozenset(fold_plain(w) for w in "نشر نشرت نُشر نُشرت".split())
# a preposition carrying a pronoun (بينهما، فيه، عليها): no masdar, no subject
_PRONOUN_PREP = re.compile(r"^(?:بين|في|علي|عن|من|مع|ل|ب|الي|لدي|عند|ضد|منذ)(?:ه|ها|هم|هما|هن|ي|نا)$")
# the words right after a verb that show it has no subject after it: where or when it was done


def _word_after(doc: _Doc, at: int, s_end: int) -> tuple[str, int]:
    """The folded word starting after ``at`` (marks stripped; '' at a clause mark) and its start."""
    m = _NONSPACE.search(doc.text, at, s_end)
    if m is None or m.group()[:1] in "،,.:؛":
        return "", at
    return _fp(m.group().strip("،,.:؛\"«»()'")), m.start()


def _noun_phrase_before(doc: _Doc, at: int, s_start: int, limit: int, definite: bool = True,
                        mark_ok: bool = False, nearest: bool = False) -> list[str]:
    """The noun phrase ending right before ``at`` (its first ``limit`` words, up to 5 looked at):
    back to a preposition, a particle, a verb, a mark or a name's start; [] when a word before it
    is no noun. Indefinite words only unless ``definite``."""
    out: list[str] = []
    for m in reversed(list(_NONSPACE.finditer(doc.text, max(s_start, at - 70), at))):
        w = m.group()
        core = w.strip("،,.:؛\"«»()'")
        f = _fp(core)
        if (out or not mark_ok) and _ENDS_CLAUSE.search(w) or w[-1:] in "\"»)'":
            if not out:
                return []   # (استطلاع أجرته مؤسسة، نشر …؛ "عنوان" نشر: no noun right before)
            break
        if f in ("ما", "وما", "مما") and out:
            out.pop()   # (وفق ما أظهرت دراسة: a verb after ما)
            break
        if (not f or _HAS_DIGIT(f) or f in _PREPOSITIONS or f in _OPENERS or f in _PHRASE_STOP or f in _RELATIVE
                or f in _VERB_PARTICLES or f[:1] in ("و", "ف") and len(f) >= 4 and _is_verb_word(f[1:])
                or f[:1] == "و" and f[1:2] in ("ي", "ت") and len(f) >= 5
                or any(x[2] != "noun" for x in _candidates(f)) or _is_verb_word(f) or _present_verb(f)
                or f.startswith(("ال", "لل")) and not definite or f in ("ما", "من", "كل", "بشان", "حول")):
            break
        if f[:1] in ("و", "ف") and f not in _WAW_WORDS and not out:
            return []
        if f.startswith("ال") and out and not _fp(out[-1]).startswith(("ال", "لل")):
            break   # (حضر الوزير مراسم رسمية: a definite word before an indefinite one is another phrase)
        out.append(core)
        if len(out) >= 5:
            break
    out.reverse()
    return out[-limit:] if nearest else out[:limit]


def _told_in(f: str) -> bool:
    """The folded word names a text (تقريرا، بيان، دراسة، التغريدة): what follows عن or حول it
    is its topic."""
    for g in (f, f[1:] if f[:1] in ("و", "ف", "ب", "ل") and len(f) > 4 else ""):
        g = g.removeprefix("ال")
        for h in (g, g[:-1] if g.endswith("ا") and len(g) >= 5 else ""):
            if h and (h in _PUBLISHED_THING or h in _DOCUMENT):
                return True
    return False


def _plain(word: str) -> str:
    """An indefinite accusative noun in its plain form (هجوما → هجوم), other words as they are."""
    f = _fp(word)
    if f.endswith("ا") and len(f) >= 5 and not f.endswith(("ها", "يا", "وا", "اا")):
        return word[:-1].rstrip("\u064b")
    return word.rstrip("\u064b")


_CARRYING_VERBS = _TAKES_PLACE | _PUBLISHED | _HAPPENED


def _passive_or_carried(doc: _Doc, e: Event, words: list[str], t0, t1, s_start, s_end, ents, dspan) -> list[str]:
    """A label whose verb names nothing itself, made of what does: جرى + a masdar is that masdar
    (جرى تعديل القانون → تعديل القانون); جرى + where or when is the thing before it (مراسم جرت في
    القصر → مراسم في القصر); a publishing verb with no subject after it is passive, what was
    published stands before it (مقال نشر أمس، التقرير الذي نشر → نشر مقال، نشر التقرير); شن
    launches an attack, and the attack names the event (شنت القوات السبت هجوما → هجوم القوات)."""
    raw = doc.text[t0:t1]
    f = _fp(raw)
    core = f[1:] if f[:1] in ("و", "ف") and f[1:] in _CARRYING_VERBS else f
    prev = doc.text[max(s_start, t0 - 24):t0].split()
    skip = [dspan] if dspan is not None else []
    # the word after the verb: only the branches of جرى، نشر and of a verb that is no statement's read it
    needs_next = e.type != "statement" or core in _TAKES_PLACE or core in _PUBLISHED
    nxt, at = _word_after(doc, t1, s_end) if needs_next else ("", t1)
    dated_next = dspan is not None and 0 <= dspan[0] - t1 <= 2
    where = bool(words) and (_fp(words[0]) in _PREPOSITIONS or _fp(words[0]) in _DIRECTIONS)
    if e.type != "agreement" and core in _HAPPENED and words and (_fp(" ".join(words)) == _fp(_LABEL_NOUN[e.type]) or where):
        # (الهجمات التي وقعت السبت، حادث وقع أمس: what happened stands before the verb)
        if prev and _fp(prev[-1]) in _RELATIVE:
            thing = _noun_phrase_before(doc, doc.text.rfind(prev[-1], s_start, t0), s_start, 1, mark_ok=True, nearest=True)
        else:
            thing = _noun_phrase_before(doc, t0, s_start, 2, nearest=True)
        return (thing + (words if where else [])) if thing else words
    if core in _TAKES_PLACE and words and _fp(words[0]) == _fp("إجراء"):
        if nxt and not dated_next and not nxt.startswith("ال") and nxt not in _NO_SUBJECT_AFTER \
                and nxt not in _PHRASE_STOP and not _PRONOUN_PREP.match(nxt) and not _HAS_DIGIT(nxt) \
                and not any(x.start == at for x in ents) and not _is_verb_word(nxt) and len(nxt) >= 4:
            done = _phrase(doc, t1, s_end, skip, 4)
            cut = next((i for i, w in enumerate(done) if i and (_fp(w) in _WAS or _is_verb_word(_fp(w)))), len(done))
            return done[:cut] or words   # (جرى تعليقها كانت تهدف: another verb ends it)
        if not nxt or dated_next or nxt in _NO_SUBJECT_AFTER or _PRONOUN_PREP.match(nxt):
            thing = _noun_phrase_before(doc, t0, s_start, 2, nearest=True)
            if thing and _fp(thing[0])[:1] in ("ل", "ب") and _TRIGGERS.get(_fp(thing[0])[1:]):
                thing[0] = thing[0][1:]   # (تحسبا لاحتجاجات مرتقبة تنظم في …: the protests)
            if thing:
                return thing + ([] if dated_next else _phrase(doc, t1, s_end, skip, 4)[:4])
        return words
    if core in _PUBLISHED and words and _fp(words[0]) == _fp("نشر") and nxt == "في" and dspan is not None \
            and dspan[0] > t1 and not any(0 <= t0 - x.end <= 3 for x in ents):
        # نشرت في الجريدة الرسمية، الخميس، لائحة السلع: what was published comes after where and
        # when → نشر لائحة السلع في الجريدة الرسمية
        medium = _phrase(doc, t1, dspan[0], skip, 4)
        thing = _phrase(doc, dspan[1], s_end, skip, 2)
        if medium and thing and _fp(_plain(thing[0])).removeprefix("ال") in _PUBLISHED_THING:
            return ["نشر"] + thing + medium
    if core in _PUBLISHED and f == core and words and _fp(words[0]) == _fp("نشر") \
            and (not nxt or dated_next or nxt in _NO_SUBJECT_AFTER):
        prev = doc.text[max(s_start, t0 - 12):t0].split()
        if any(0 <= t0 - x.end <= 3 for x in ents):
            return words   # (وكانت المجلة فلان نشرت: a name right before the verb is who published)
        if prev and _fp(prev[-1]) in _RELATIVE:
            before = doc.text.rfind(prev[-1], s_start, t0)
            thing = _noun_phrase_before(doc, before, s_start, 3, mark_ok=True)
        else:
            thing = _noun_phrase_before(doc, t0, s_start, 2, definite=False)
        if thing:
            return ["نشر"] + thing
        return words
    if len(prev) >= 2 and _fp(prev[-1]) in _WITNESSED and _fp(prev[-2]) in _RELATIVE and words:
        # ثروته التي شهدت زيادة ملحوظة: the rise is of what the clause describes (زيادة ثروته)
        thing = _noun_phrase_before(doc, doc.text.rfind(prev[-2], s_start, t0), s_start, 1, mark_ok=True, nearest=True)
        if thing and _fp(thing[0])[:1] in ("ل", "ب") and thing[0].endswith(("ه", "ها", "هم")) and len(_fp(thing[0])) >= 5:
            thing[0] = thing[0][1:]   # (لثروته التي: the noun, not the preposition on it)
        if thing:
            at = doc.text.rfind(thing[0], s_start, t0)
            if any(x.type == "place" and x.start <= at < x.end for x in ents):
                thing = ["في"] + thing   # (المدينة التي شهدت احتجاجات: where they were)
            return words[:1] + thing
    if words and f == core and _is_verb_word(core) and e.type != "statement" and prev \
            and (not nxt or dated_next or nxt in _NO_SUBJECT_AFTER or nxt[:1] == "ب" and not any(x.start == at for x in ents)):
        # an indefinite noun a preposition governs, then a verb with no subject after it (بنيران
        # أطلقت من القطاع، في بيان صدر أمس): the clause describes the noun, what was done
        pw = prev[-1].strip("،,.:؛\"«»()'")
        pf = _fp(pw)
        noun = pw[1:] if pf[:1] in ("ب", "ل") and not pf.startswith("لل") else pw
        governed = noun is not pw or len(prev) >= 2 and _fp(prev[-2]) in _PREPOSITIONS
        at_noun = doc.text.rfind(prev[-1], s_start, t0)
        if governed and len(_fp(noun)) >= 3 and not _fp(noun).startswith("ال") and not _HAS_DIGIT(noun) \
                and pw == prev[-1] and not _is_verb_word(_fp(noun)) and not _present_verb(core) \
                and pf not in _CLAUSE_OPENERS | _PHRASE_STOP | _SUBJECT_OPENERS and _fp(noun) not in _PHRASE_STOP \
                and not noun.endswith(("ه", "ها", "هم", "هما", "نا")) and not _AMOUNT_NEXT.match(doc.text, t1) \
                and not any(x.start <= at_noun < x.end or 0 <= t0 - x.end <= 2 for x in ents) and _fp(noun) != _fp(words[0]):
            # (a noun with a pronoun on it, بلاده، is definite: no unlinked clause describes it)
            return [words[0], noun]
    if _fp(words[0]) == _fp("شن") if words else False:
        # the object after the subject (and the date between them)
        end, split = t1, len(words)
        for i, w in enumerate(words[1:], 1):
            k = doc.text.find(w, end, s_end)
            if k < 0:
                return words
            if dspan is not None and k >= dspan[1] > end:
                split = i   # (شنت القوات السبت هجوما: the label already reaches past the date)
                break
            end = k + len(w)
        if split < len(words):
            if split < 2:
                return words
            obj = words[split:split + 2]
            words = words[:split]
        else:
            if any(not _fp(w).startswith(("ال", "لل")) and _fp(w) not in _PREPOSITIONS and not _HAS_DIGIT(w)
                   and not any(w in x.text or w[:1] == "و" and w[1:] in x.text for x in ents) for w in words[2:]) \
                    or _fp(words[1])[:1] in ("ب", "ل") and not any(words[1] in x.text for x in ents):
                return words   # (شن الحزب حملة قمع: what was launched is in the label already; شن بإسناد …: no subject;
                # شنت روسيا وتركيا: names joined by و are all the subject)
            if dspan is not None and dspan[0] >= end and (_DATE_GAP.fullmatch(doc.text, end, dspan[0]) or (
                    len(doc.text[end:dspan[0]].split()) == 1 and _fp(doc.text[end:dspan[0]].strip()) in _TIME_OF_DAY)):
                end = dspan[1]   # (وتشن القوات، منذ الأربعاء، قصفا؛ شنت القوات فجر السبت غارات: the date between them)
            obj = _phrase(doc, end, s_end, [], 2)
        if obj and not _fp(obj[0]).startswith("ال") and _fp(obj[0]) not in _PREPOSITIONS | _LABEL_TAIL \
                and not _is_verb_word(_fp(obj[0])) and len(words) >= 2:
            obj = [_plain(w) for w in obj]
            if len(obj) > 1 and (not _adjective_like("ال" + _fp(obj[1])) or _fp(obj[1]) in _PREPOSITIONS):
                obj = obj[:1]
            who = words[1:]
            return obj + ([_li(who[0])] + who[1:] if len(obj) > 1 else who)
    return words


_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")


@lru_cache(maxsize=65536)
def _verb_with_object(word: str, after_head: bool) -> bool:
    """The word is a verb of the tables with a pronoun object on it (نفذها، بدأتها، شهده), told
    by its letters as written (نشرة is a noun: its ة is no pronoun); right after the event's noun a
    feminine ت before the pronoun is read as a noun's (فرض سيطرتها)."""
    for suf in _OBJECT_SUFFIXES:
        stem = word[:-len(suf)]
        if word.endswith(suf) and len(stem) >= 3:
            core = _fp(stem)
            if core in _WITNESSED:
                return True
            if after_head and core.endswith("ت"):
                return False
            return any(len(seq) == 1 and seq[0] == core and pos != "noun"
                       and _fp(_HEAD_OF.get(seq, "") or seq[0]) != _stem(seq[0])
                       for seq, _typ, pos in _candidates(core))
    return False


def _doer_of_object_verb(words: list[str]) -> list[str]:
    """A label running on into a verb whose object is the event (غارة جوية نفذها الجيش، إطلاق نار
    شهده مهرجان): the doer after it as whose (غارة جوية للجيش), the place that witnessed it as
    where (إطلاق نار في مهرجان); with no doer after it, the label ends before the verb."""
    for k in range(1, len(words)):
        raw = words[k].strip("،,.:؛\"«»()'")
        # an unlinked clause describes only an indefinite noun (غارة نفذها; never ما وصفه، الأرض التي)
        if not _verb_with_object(raw, k == 1) or _fp(words[k - 1]).startswith(("ال", "لل")) \
                or _fp(words[k - 1]) in ("ما", "مما"):
            continue
        f = _fp(raw)
        rest = words[k + 1:k + 4]
        if not rest or _fp(rest[0]) in _PREPOSITIONS or _fp(rest[0]) in _PHRASE_STOP or _HAS_DIGIT(rest[0]) \
                or _fp(rest[0])[:1] in ("ب", "ل") and not _fp(rest[0]).startswith("لل"):
            return words[:k]
        stem = next(f[:-len(s)] for s in _OBJECT_SUFFIXES if f.endswith(s))
        if stem in _WITNESSED:
            return words[:k] + ["في"] + rest
        return words[:k] + [_li(rest[0])] + rest[1:]
    return words


def _linked_doer(doc: _Doc, words: list[str], t1: int, s_end: int) -> list[str]:
    """A label that is the event's noun alone, said before a relative clause whose verb has the
    event as its object (الغارات التي شنتها الطائرات، الهجوم الذي نفذه التنظيم): the verb's
    subject after it as whose (الغارات للطائرات); else ``words``. A name or a definite word only,
    never a preposition or a date (الغارات التي شنتها يوم …، الهجوم الذي نفذه في …)."""
    if not words or len(words) > 2 or not _fp(words[0]).startswith("ال"):
        return words
    at = t1
    for w in words[1:]:   # (الغارات الجوية التي: the adjective said, then the clause)
        nxt, at = _word_after(doc, at, s_end)
        if nxt != _fp(w.strip("،,.:؛\"«»()'")):
            return words
        at += len(w)
    rel, at = _word_after(doc, at, s_end)
    if rel not in _RELATIVE:
        return words
    m = _NONSPACE.search(doc.text, at + len(rel), s_end)
    if m is None or not _verb_with_object(m.group().strip("،,.:؛\"«»()'"), False):
        return words
    doer, at = _word_after(doc, m.end(), s_end)
    if not doer.startswith("ال") or doer in _PREPOSITIONS or _HAS_DIGIT(doer) or doer in _TIME_OF_DAY:
        return words
    raw = _NONSPACE.search(doc.text, at, s_end).group().strip("،,.:؛\"«»()'")
    out = words + [_li(raw)]
    adj, at2 = _word_after(doc, at + len(raw), s_end)
    if adj.startswith("ال") and _adjective_like(adj):
        out.append(doc.text[at2:at2 + len(adj) + 4].split()[0].strip("،,.:؛\"«»()'"))
    return out


# a pronoun ending a noun: the kinds of names it may stand for (ها: a country, a body; ه: a person)
_SUFFIX_KINDS = (("ها", ("place", "org")), ("ه", ("person",)))


def _pronoun_named(doc: _Doc, words: list[str], t0: int, t1: int, s_start: int, ents) -> list[str]:
    """A label's noun carrying a pronoun (تعليق عضويتها، نشر مقاله) with the name it stands for:
    the name right before the relative pronoun the clause opens with (ليبيا التي تم تعليق
    عضويتها → تعليق عضوية ليبيا), else the nearest fitting name before it in the sentence (حكم
    الزعيم تونس منذ نالت استقلالها → استقلال تونس); unchanged when none is there."""
    for k in (1, 2):
        if k >= len(words) or k == 2 and _fp(words[1]) != _fp("كل"):
            continue   # (the noun right after the event's noun: تعليق عضويتها، سحب كل أفلامها)
        w = words[k]
        f = _fp(w)
        if f.startswith("ال") or f[:1] in ("ب", "ل") or _PRONOUN_PREP.match(f) or f.endswith(("ذه", "ذها")):
            continue   # (بأنها، باسمه، بهذه: a preposition's or a demonstrative's, no noun's)
        for suf, kinds in _SUFFIX_KINDS:
            stem = w[:-len(suf)]
            if not w.endswith(suf) or len(_fp(stem)) < (3 if suf == "ها" else 4) \
                    or suf == "ه" and (stem.endswith(("ا", "ه")) or w.endswith("ها")):
                continue
            if any(x[2] != "noun" for x in _candidates(_fp(stem))) or _is_verb_word(_fp(stem)) \
                    or {x.type for x in ents if _fp(x.text) in _fp(" ".join(words[:k]))} & set(kinds):
                return words   # (تصريح نشره: a verb's object; بدء تركيا حملتها: named already)
            pos = doc.text.rfind(w, s_start, t0)
            pos = t0 if pos < 0 else pos
            name = None
            prev = doc.text[max(s_start, t0 - 30):t0].split()
            rel = next((i for i in range(len(prev) - 1, max(-1, len(prev) - 4), -1) if _fp(prev[i]) in _RELATIVE), None)
            if rel is not None:
                at = doc.text.rfind(prev[rel], s_start, t0)
                name = next((x for x in ents if x.type in kinds and 0 <= at - x.end <= 2 and x.end <= pos), None)
            if name is None:   # the nearest in the same clause
                name = max((x for x in ents if x.type in kinds and s_start <= x.start and x.end <= pos
                            and _fp(x.text) != f
                            and not _CLAUSE_MARK.search(doc.text, x.end, pos)),
                           key=attrgetter("end"), default=None)
            if name is None:
                return words
            if stem.endswith("ت") and not stem.endswith("ات") and len(_fp(stem)) >= 4:
                stem = stem[:-1] + "ة"
            text = _short(name.canonical) if name.type == "person" else _no_bare_article(name.text)
            if _fp(text) in _fp(" ".join(words)):
                return words
            out = words[:k] + [stem, text] + [x for x in words[k + 1:] if x != w]
            if k >= 1 and _fp(words[0]) in (_fp("نيل"), _fp("تحقيق")):
                out = out[1:]   # (نيل استقلال تونس: the independence itself names it)
            return out
    return words


def _described_speaker(doc: _Doc, word: str, t1: int, s_end: int, dspan) -> list[str]:
    """The words that say which one a speaker told by a common noun is (قال مصدر من الجيش، ذكر
    البيان الصادر عن الوزارة، أفادت صحيفة الأنباء): the phrase right after that noun, when it
    opens with من، عن، في, a participle or a name's word; [] when none follows."""
    at = doc.text.find(word, t1, min(s_end, t1 + 60))
    if at < 0:
        return []
    rest = _phrase(doc, at + len(word), s_end, [dspan] if dspan is not None else [], 4, first_stop=False)
    if not rest:
        return []
    f = _fp(rest[0])
    if f in ("من", "عن", "في"):   # (… في مقابلة، من منشأة احتجازه: where it was said, not whose)
        return _trim(rest[:4]) if len(rest) > 1 and _fp(rest[1]).startswith("ال") else []
    if f in _PHRASE_STOP or f in _OPENERS or f in _PREPOSITIONS or f in _COMPLEMENTIZER or f in ("كل", "عبر"):
        return []
    if f.startswith("ال") and _adjective_like(f) or not f.startswith("ال") and f[:1] not in ("م", "ل", "ب") \
            and not f.endswith("ا") and not _is_verb_word(f) and not _present_verb(f):
        return _trim(rest[:3])   # (صحيفة الأنباء الكويتية؛ not بيانا يدعو: what it put out)
    return []


def _present_verb(f: str) -> bool:
    """The folded word looks like a verb in the present by its ي (يمكنه، يتوقع، يدعى): not a
    noun that starts alike (يوم، يونيو، يمني: the months, the day, a nisba), and not a name
    (the caller's to leave out)."""
    return f[:1] == "ي" and len(f) >= 4 and (f.endswith("ها") or not f.endswith(("ا", "ه", "ة", "يه", "يين", "يون", "ات"))) \
        and f not in _Y_NOUNS


# nouns that start like a verb in the present (ي): a label goes on past them
_Y_NOUNS = frozenset(fold_plain(w) for w in "يوم يوما يومي يومين يونيو يوليو يناير يورو يمين يسار".split())


_PRONOUNS = frozenset(fold_plain(w) for w in "هو هي هم هما وهو وهي وهم وهما فهو فهي".split())


def _future_verb(f: str) -> bool:
    """The folded word is a verb told as coming (سيصل، ستبدأ، سيرتفع): a label stops before
    it (ارتفاع متوقع في درجات الحرارة سيصل). Only a verb the tables know after سـ, since many
    nouns and names start alike (سيارة، سياسة، ستريت)."""
    core = f[1:] if f[:1] in ("و", "ف") and len(f) >= 5 else f
    if core[:1] != "س" or core[1:2] not in ("ي", "ت", "ن") or len(core) < 4:
        return False
    core = core[1:]
    return core in _IMPERFECT or core in _LABEL_TAIL or bool(_candidates(core)) or masdar_of(core) is not None


@lru_cache(maxsize=65536)
def _is_verb_word(f: str) -> bool:
    """The folded word is a verb of the event tables (قررت، بدأت، انهار), not a noun that is its
    own label (قرار، إلغاء)."""
    if f[:1] == "ب" and any(len(seq) == 1 and seq[0] == f and pos != "noun" for seq, _typ, pos in _candidates(f)):
        return True    # the whole word a verb of the tables (بدأت), no preposition on a noun
    if f.startswith(("ال", "بال", "لل", "وال")) or f[:1] == "ب":
        return False   # an article or a preposition: a noun (البداية، بمهمة)
    for seq, _typ, pos in _candidates(f):
        if len(seq) == 1 and (pos in ("verb", "stance") or pos != "noun" and not f.endswith("ه")) \
                and _fp(_HEAD_OF.get(seq, "") or seq[0]) != _stem(seq[0]):
            return True
    return masdar_of(f) is not None


_COUNTED = re.compile(r"\s+((?:(?:أكثر|اكثر|أقل|اقل) من|نحو|حوالي|قرابة|زهاء)\s+)?(\d[\d,.٫]*)\s+([^\s\d،,.:؛\"«»()]+)")


def _participant(doc: _Doc, e: Event, t0: int, t1: int, s_start: int, s_end: int, ents, dspan,
                 places_only: bool = False) -> str:
    """Who or where a bare label (إعلان، مقتل، الهجوم، زيارة) is of: a count right after the
    trigger (مقتل أكثر من 40 مدنيا), else the person or body nearest the trigger in its clause
    (a person by the name alone), else the place (في المدينة; a visit: إلى المدينة)."""
    text = doc.text
    if e.type in ("military", "other"):
        m = _COUNTED.match(text, t1)
        if m and _fp(m.group(3)) not in _LABEL_TAIL:
            return " ".join(x for x in (m.group(1) or "").split() + [m.group(2), m.group(3)])
    noun = _trigger_head(doc, t0, t1)[1]
    a = max(s_start, text.rfind("،", s_start, t0) + 1, text.rfind(",", s_start, t0) + 1)
    before = text[max(s_start, t0 - 12):t0].split()
    if before and _fp(before[-1]) in _RELATIVE:
        a = t0   # (… مجلس الأمن … الهجمات التي وقعت: a relative clause's own words, not the outer clause's)
    marks = [x for x in (text.find("،", t1, s_end), text.find(".", t1, s_end)) if x >= 0]
    b = min(marks) if marks else s_end
    if b - t1 < 30:   # (أعلنت، الجمعة، أن …: the clause after an aside)
        b = min(s_end, t1 + 120)
    best = None
    for x in ents:
        if x.start < a or x.end > b or (x.start < t1 and t0 < x.end) or dspan and dspan[0] <= x.start < dspan[1]:
            continue
        if x.end <= t0 and _NOT_A_SUBJECT.search(text, x.end, t0):
            continue   # (القاهرة (وكالة)— تراجعت: the dateline's city is where it was written)
        if x.type == "place" and x.start >= t1 and _topic_or_clause_between(text, t1, x.start):
            continue   # (قمة لبحث الوضع في جنوب السودان، زار مركزا وذلك بعد أن … من المكسيك: not where)
        # a person right before the noun is whose it is (يخوض الرئيس فلان الانتخابات، رحلة فلان)
        adjacent = x.type == "person" and x.end <= t0 and not text[x.end:t0].strip()
        if places_only and x.type == "place" and not _where_word(text, x.start, t0, t1):
            continue
        if places_only and x.type != "place" and not adjacent \
                or x.type == "person" and _org_headed(x.canonical):
            continue
        if x.type != "place" and noun and not (0 <= x.start - t1 <= 25 or adjacent):
            continue   # احتجاجات …، قالت وزارة الصحة: a body elsewhere in the clause is a source, not whose
            # (يخوض الرئيس فلان الانتخابات: the subject of the verb that carries the noun is whose)
        rank = (x.type == "place", min(abs(x.start - t1), abs(t0 - x.end)))
        if best is None or rank < best[0]:
            best = (rank, x)
    if best is None:
        return ""
    x = best[1]
    if x.type == "person":
        return _short(x.canonical)
    if x.type == "org":
        return _no_bare_article(x.text)
    return ("إلى " if e.type == "visit" else "في ") + x.text


def _topic_or_clause_between(text: str, a: int, b: int) -> bool:
    """Between ``a`` and ``b`` stands a word that opens what an event is about (لبحث، حول،
    بشأن) or a new clause (وذلك، بعد أن): a place after it is not where the event was (a relative
    clause, المعارك التي دارت في جوبا، tells where it was)."""
    for w in text[a:b].split():
        f = _fp(w.strip("،,.:؛\"«»()"))
        if f in _TOPIC_OPENERS or f in _NEW_CLAUSE:
            return True
    return False


_TOPIC_OPENERS = frozenset(fold_plain(w) for w in (
    "لبحث لمناقشة لدراسة لتناول حول بشأن بخصوص تخص تخصص وذلك إثر عقب بسبب").split())


def _where_word(text: str, at: int, t0: int, t1: int) -> bool:
    """The place at ``at`` says where the event at ``[t0, t1)`` was: after it, in a phrase of
    في or بـ (احتفالات في الرباط، بمدينة حلب), not the subject or object of another verb
    (أعمال الإغاثة التي تقودها تركيا); before it, with no إن/أن or quote between (تعرضت حلب
    لقصف, not قالت مصر إن الاحتجاجات)."""
    if at < t0:
        return not _SPEECH_MARK.search(text, at, t0)
    if text[at - 1:at] == "ب":
        return True
    # back over the words a place's name follows (في وسط برلين، في العاصمة جوبا، بمدينة حلب);
    # a direction is itself where (غرب المدينة)
    for w in reversed(text[max(t1, at - 40):at].split()[-3:]):
        f = _fp(w)
        core = f[1:] if f[:1] in ("ب", "و") and len(f) > 3 else f
        core = core.removeprefix("ال")
        if core in _DIRECTIONS:
            return True
        if core not in _NAME_HEADS_OF_PLACES and "ال" + core not in _NAME_HEADS_OF_PLACES and core not in _MIDDLE:
            return f in ("في", "ب")
        if f[:1] == "ب":
            return True
    return False


_DIRECTIONS = frozenset(fold_plain(w) for w in "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي قرب قرابة ضواحي أطراف".split())
_MIDDLE = frozenset(fold_plain(w) for w in "وسط قلب عاصمة داخل أنحاء".split())


# a letter or a digit (str.isalnum: \w but the underscore)
_ALNUM = re.compile(r"[^\W_]")


def _tidy(words: list[str]) -> str:
    """A label's words joined, without a lone mark (التمويل -), a word said twice in a row, or a
    run of words said again right after itself (لقاء الفريقين في الملعب الفريقين في الملعب: the
    subject found both after the trigger and around the date)."""
    out: list[str] = []
    for w in words:
        if _ALNUM.search(w) is None:
            continue
        if out and _fp(out[-1]) == _fp(w):
            continue
        out.append(w)
    return _no_run_twice(" ".join(out))


def _no_run_twice(label: str) -> str:
    """The label without a run of two or more words said again right after itself (لقاء الفريقين
    في الملعب الفريقين في الملعب → لقاء الفريقين في الملعب)."""
    out = label.split()
    k = 2
    folded = [_fp(w) for w in out] if len(out) >= 4 else []
    while k <= len(out) // 2:
        at = next((i for i in range(len(out) - 2 * k + 1) if folded[i:i + k] == folded[i + k:i + 2 * k]), None)
        if at is None:
            k += 1
        else:
            del out[at + k:at + 2 * k]
            del folded[at + k:at + 2 * k]
    return " ".join(out)


_COUNT_AFTER = re.compile(r"\s+(\d[\d,.٫]*)\s+([^\s\d،,.:؛\"«»()]+)")


def _who_what(doc: _Doc, a: int, s_end: int, skip, ents, limit: int) -> list[str]:
    """The words after a verb ending at ``a``: who did it and what (``_phrase``), a person named
    with a title by the name alone (اتهم الرئيس الفنزويلي فلان مادورو نظيره → مادورو نظيره)."""
    text = doc.text
    m = _RESUMPTIVE.match(text, a)
    if m:
        a = m.end()   # استفتاء فاز فيه الرئيس: the pronoun points back
    for e in ents:
        if e.start < a or e.type != "person" or _org_headed(e.canonical):
            continue
        if e.start > a + 60:
            break
        gap = text[a:e.start]
        for x0, x1 in skip:   # the date between the verb and the name (قال، الجمعة، …) is no title
            if a <= x0 and x1 <= e.start:
                gap = text[a:x0] + " " + text[x1:e.start]
        gap_words = [_fp(w.strip("،,")) for w in gap.split() if w.strip("،,")]
        if (len(gap_words) <= 5 and not _HAS_DIGIT(gap) and ":" not in gap
                and (not gap_words or _fp(gap_words[0]) in _TITLE_WORDS or "ال" + _fp(gap_words[0]) in _TITLE_WORDS)
                and not any(o.type == "person" and a <= o.start < e.start for o in ents)):
            nxt = [w for w in text[e.end:e.end + 16].split() if w.strip("،,")][:1]
            if nxt and _fp(nxt[0].strip("،,")) in _TIME_OF_DAY:
                return [_short(e.canonical)]   # (توفي فلان صباح الأحد في بيته: the time is the date's)
            return [_short(e.canonical)] + _phrase(doc, e.end, s_end, skip, limit - 1, first_stop=False)
        break
    return _phrase(doc, a, s_end, skip, limit)


def _accusative_masdar(words: list[str]) -> tuple[int, str] | None:
    """Where a linking verb's words (سجل اليورو ارتفاعا، حقق الاقتصاد نموا) hold a change in the
    accusative: its index and the change as a noun (ارتفاع)."""
    for k, w in enumerate(words[1:4], 1):
        f = _fp(w)
        if f.endswith("ا") and len(f) >= 4:
            for seq, tp, ps in _TRIGGERS.get(f[:-1], ()):
                if tp == "economic" and len(seq) == 1 and ps in ("noun", "verb"):
                    return k, (_HEAD_OF.get(seq) or w[:-1]) if ps == "verb" else w[:-1]
    return None


def _verb_with_him(raw: str) -> bool:
    """The word is a verb of the tables with ه on it whose masdar, written with ة, folds the
    same (أقاله، وأعاده ← إقالة، إعادة), not the masdar itself."""
    raw = raw.strip().rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    if " " in raw or not raw.endswith("ه"):
        return False
    f = _fp(raw)
    return any(pos in ("verb", "measure", "act") and len(seq) == 1 and _fp(_HEAD_OF.get(seq, "") or "") == f[-len(_fp(_HEAD_OF.get(seq, "") or "x")):]
               for seq, _typ, pos in _candidates(f[:-1]))


def _antecedent_what(doc: _Doc, t0: int, t1: int, s_start: int, s_end: int, skip) -> list[str]:
    """For a verb right after a relative pronoun, the noun the clause describes (its subject) and
    what it did: الجماعات المسلحة التي سيطرت على المدينة → الجماعات المسلحة على المدينة; [] for
    any other verb."""
    m = None
    for m in _NONSPACE.finditer(doc.text, max(s_start, t0 - 12), t0):
        pass
    if m is not None and not doc.text[m.end():t0].strip() and _fp(m.group()) not in _RELATIVE:
        m = _joined_to_relative(doc, t0, t1, s_start)
    if m is None or doc.text[m.end():t0].strip() or _fp(m.group()) not in _RELATIVE:
        return []
    resumed = _RESUMPTIVE.match(doc.text, t1)
    if resumed and _phrase(doc, resumed.end(), s_end, skip, 1):
        return []   # (الملفات التي عقدت فيها الاجتماعات: the pronoun is the antecedent; the subject follows)
    # the noun phrase before the pronoun: definite words and names, and the noun they follow in
    # a construct (قوات حفتر، الجماعات المسلحة), not a verb before them (تبدو مصر → مصر)
    who: list[str] = []
    # a clause of happening (الذي وقع) tells of its antecedent, an event: the whole construct, even
    # after a preposition (في حادث السير الذي وقع، تفجيرات بالي التي وقعت)
    happening = _fp(doc.text[t0:t1]) in _HAPPENED or _fp(doc.text[t0:t1])[1:] in _HAPPENED
    before = doc.text[max(s_start, m.start() - 80):m.start()].split()[-5:]
    for k in range(len(before) - 1, -1, -1):
        core = before[k].strip("،,.:؛\"«»()'")
        f = _fp(core)
        if not core or f in _PREPOSITIONS or f in _OPENERS or _HAS_DIGIT(f):
            break
        if any(x[2] != "noun" for x in _candidates(f)):
            break   # اعتقلت الشرطة اللص الذي: a verb ends the noun phrase
        if f.startswith("ال"):
            if who and not _adjective_like(_fp(who[-1])) and not (
                    _adjective_like(f) and k > 0 and _fp(before[k - 1].strip("،,.:؛\"«»()'")).startswith("ال")):
                break   # الشرطة اللص الذي: two nouns, the second no adjective of the first
            # (الزعيم الوطني الراحل الذي: an adjective after a definite noun and before one is of
            # that noun too; not أدانت الخارجية الغارات التي, whose nisba is the subject)
            who.append(core)
            continue
        prev = _fp(before[k - 1].strip("،,.:؛\"«»()'")) if k > 0 else ""
        if happening and not who and k > 0 and not _fp(before[k - 1]).startswith("ال") and f[:1] not in ("ي", "ت"):
            who.append(core)   # تفجيرات بالي التي وقعت: the name, then the noun it completes
            continue
        if (not who or _fp(who[-1]).startswith("ال") or happening and len(who) == 1) \
                and (f[:1] not in ("ي", "ت") or happening and f.endswith(("ات", "ه"))) \
                and (prev not in _PREPOSITIONS or happening):
            rest = f[1:]
            if who and f[:1] in ("ب", "ل") and f not in _TRIGGERS and (
                    rest in _ASPECT or rest in _TRIGGERS or f[:1] == "ل" and prev.startswith("ال") and len(rest) >= 4):
                # the outer clause's preposition (الجمعة الثالثة لمسيرات العودة التي انطلقت، احتفلوا
                # بذكرى الثورة التي اندلعت): the noun without it
                core = core[1:]
            who.append(core)   # a name (مصر التي)، the noun of a construct (قوات النظام التي)
        break
    who.reverse()
    if not who:
        return []
    if len(who) >= 2 and _fp(who[0]) in _ASPECT:
        who = who[1:]   # أسباب الانفجار الذي وقع: the clause tells of the blast
    who[0] = _bare(who[0])
    if resumed:   # (المدن التي استولى عليها عام 2016: what it was done to, with its preposition)
        nxt, at = _word_after(doc, resumed.end(), s_end)
        if nxt in ("في", "منذ"):
            nxt, at = _word_after(doc, at + len(nxt), s_end)   # (… عليها في عام 2014)
        if nxt and not any(x0 <= at < x1 for x0, x1 in skip if x0 is not None):
            return []   # (الاسم الذي أطلق عليه في حوار: the pronoun may be another's)
        prep = _fp(resumed.group().strip())
        prep = next((p for p in ("على", "إلى", "عن", "من", "في") if prep.startswith(_fp(p)[:2])), "")
        return [prep] + who[:2] if prep else []
    after = _phrase(doc, t1, s_end, skip, 4)
    if happening and after and _fp(after[0]) != "في":
        return who[:2]   # التفجيرات التي وقعت الأحد ويعتقد …: the antecedent is the event; only where it was is its
    returned = _pronoun_returns(_phrase(doc, t1, s_end, skip, 6), who)
    if returned is not None:
        return returned
    return who[:2] + after


def _joined_to_relative(doc: _Doc, t0: int, t1: int, s_start: int):
    """For a verb joined by و to the verb right after a relative pronoun, in the same clause
    (الحالة التي استمرت عشرة أشهر وانتهت العام الماضي), the match of that pronoun with its span
    moved to end at ``t0``, so that the verb reads as the clause's own; else None."""
    end = t0
    if doc.text[t0 - 1:t0] == "و" and doc.text[t0 - 2:t0 - 1].isspace():
        t0 -= 1   # (the trigger read without its و)
    elif _fp(doc.text[t0:t1])[:1] != "و":
        return None
    words = list(_NONSPACE.finditer(doc.text, max(s_start, t0 - 60), t0))
    at = None
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group()
        if _fp(w) in _RELATIVE:
            at = k
            break
        if _ENDS_CLAUSE.search(w) or w[-1:] in "\"»)'" or w[:1] in "\"«(":
            return None   # (a mark between: another clause)
    if at is None or at + 1 >= len(words):
        return None
    first = _fp(words[at + 1].group())
    if first.startswith("ال") or first in _PREPOSITIONS or _HAS_DIGIT(first):
        return None   # (the pronoun's clause opens with no verb: التي في …، الذي الآن …)
    k = at
    if any(_fp(x.group())[:1] == "و" and _is_verb_word(_fp(x.group())[1:]) for x in words[k + 2:]):
        return None   # (a third verb: whose it is is no longer plain)
    return _Span(words[k].group(), words[k].start(), end)


class _Span:
    """A stand-in for a regex match: the word and where it lies."""
    __slots__ = ("_g", "_s", "_e")

    def __init__(self, g: str, s: int, e: int):
        self._g, self._s, self._e = g, s, e

    def group(self) -> str:
        return self._g

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


def _pronoun_returns(after: list[str], who: list[str]) -> list[str] | None:
    """A relative clause whose verb has its own subject and a word after it carrying the pronoun
    that returns to the antecedent (العقوبات التي أعاد الرئيس فرضها، المدينة التي زار الوزير
    أحياءها): the pronoun stands for the antecedent, so the clause reads with the antecedent in
    its place (الرئيس فرض العقوبات، الوزير أحياء المدينة); None for any other clause."""
    for k in range(1, min(len(after), 6)):
        raw = after[k].strip("،,.:؛\"«»()'")
        f = _fp(raw)
        if _PRONOUN_PREP.match(f) or _fp(after[k - 1]) in _PREPOSITIONS:
            return None   # (عنها: the verb's own preposition; في …: no subject)
        if f.startswith("ال"):
            continue   # a definite word carries no pronoun: the subject
        suf = next((x for x in _OBJECT_SUFFIXES if f.endswith(x) and len(f) - len(x) >= 3), None)
        if suf is None or raw.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة"):
            continue   # (هيئة، سورية: a feminine ending, no pronoun)
        # ه returns to a masculine antecedent only (العقوبات التي … فرضه: another's)
        if suf == "ه" and _fp(who[-1]).endswith(("ة", "ات")):
            return None
        subj = after[:k]
        # the verb's subject: definite words or a name, never a verb nor its indefinite object
        # (الهجوم الذي استهدف موكبا رسميا حضره …: the pronoun returns to the object)
        if not all(_fp(w).startswith("ال") or not _is_verb_word(_fp(w)) and not _fp(w).endswith("ا")
                   for w in subj):
            return None
        # a long subject is a title and a name (الرئيس الأمريكي فلان فلان): its last words
        return subj[-2:] + [raw[:-len(suf)]] + who[:2]
    return None


def _doer_before(doc: _Doc, t0: int, s_start: int, dspan=None) -> list[str]:
    """The author of a statement told by its noun (بيان، تصريح) that hangs on a verb before it:
    the verb's subject, its definite words right after it (وقالت الشركة في بيان → الشركة; أصدرت
    الوزارة بيانا → الوزارة, also past the day set off by commas, ``dspan``: أصدرت الوزارة،
    الأربعاء، بيانا); [] when a mark or no verb stands between (… الهجوم، وفي بيان)."""
    a = max(s_start, t0 - 80)
    if dspan is not None and a <= dspan[0] and dspan[1] <= t0:
        ws = (doc.text[a:dspan[0]].rstrip(" ،,") + " " + doc.text[dspan[1]:t0].lstrip(" ،,")).split()
    else:
        ws = doc.text[a:t0].split()
    for k in range(len(ws) - 1, -1, -1):
        if _ENDS_CLAUSE.search(ws[k]):
            return []
        f = _fp(ws[k].strip("،,.:؛\"«»()'"))
        if _is_verb_word(f) or f[:1] in ("و", "ف") and len(f) >= 4 and _is_verb_word(f[1:]):
            out: list[str] = []
            for w in ws[k + 1:]:
                fw = _fp(w.strip("،,.:؛\"«»()'"))
                if not fw.startswith("ال") or _HAS_DIGIT(fw) or fw in _PREPOSITIONS:
                    break
                out.append(w.strip("،,.:؛\"«»()'"))
                if _ENDS_CLAUSE.search(w):
                    break
            return _trim(out[:3])
    return []


def _summit_described(doc: _Doc, t0: int, t1: int, s_end: int, skip) -> str:
    """A definite summit's noun as written and its adjective and whom it is between (القمة الثالثة
    بين البلدين); "" when an adjective or بين does not follow (قمة تخصص لبحث …)."""
    written = doc.text[t0:t1].strip()
    f = _fp(written)
    if not (f.startswith("ال") or f[1:3] == "ال" and f[:1] in ("و", "ف", "ب", "ل")):
        return ""
    written = written[1:] if not f.startswith("ال") else written
    words = _phrase(doc, t1, s_end, skip, 4, first_stop=False)
    out: list[str] = []
    for k, w in enumerate(words):
        fw = _fp(w)
        if not out and fw.startswith("ال") and (_adjective_like(fw) or fw in _ORDINALS):
            out.append(w)
        elif fw == "بين" and k + 1 < len(words):
            out += words[k:k + 3] if k + 2 < len(words) and _fp(words[k + 2]).startswith("و") else words[k:k + 2]
            break
        else:
            break
    return " ".join([written] + out) if out else ""


_SUMMIT_NOUN = re.compile(r"(?<!\S)[وفبل]?القمة(?!\S)")
_ORDINALS = frozenset(fold_plain(w) for w in (
    "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة الأخيرة المقبلة "
    "المرتقبة التاريخية").split())


def _without_lead_verb(words: list[str]) -> list[str]:
    """The words before an object that is the event, less the verb that opens them (أصدرت الحكومة
    القرار → الحكومة: whose decision, not «قرار أصدرت الحكومة»)."""
    if len(words) >= 2:
        f = _fp(words[0].strip("،,.:؛\"«»()'"))
        if _is_verb_word(f) or f[:1] in ("و", "ف") and len(f) >= 4 and _is_verb_word(f[1:]):
            return words[1:]
    return words


def _adjective_like(f: str) -> bool:
    """The folded definite word looks like an adjective (a nisba: الروسية، الأمريكيين; a
    participle: المسلحة، المتحدة): it may describe the noun before it."""
    core = f.removeprefix("ال")
    return core.endswith(("ي", "يه", "يين", "يون", "يات")) or core[:1] == "م" and len(core) >= 4


# subjects a masdar takes in the genitive (احتج المزارعون → احتجاج المزارعين): a sound masculine
# plural of a participle (المتظاهرون) or of a nisba (المصريون), and the duals of news
_DUALS = frozenset(fold_plain(w) for w in "الطرفان الجانبان البلدان الزعيمان الرئيسان الوزيران الوفدان".split())


def _genitive(word: str, indefinite: bool = False) -> str:
    """``word`` as the subject of a masdar: المزارعون → المزارعين, الجانبان → الجانبين; with
    ``indefinite`` (a word known to be no name), مسؤولون → مسؤولين too."""
    f = _fp(word)
    if f.endswith("ون") and "فزيون" not in f and (f.startswith("الم") and len(f) >= 8 or f.endswith("يون") and len(f) >= 7
                                                or indefinite and f.startswith("م") and len(f) >= 6):
        return word[:-2] + "ين"
    if f in _DUALS or f.startswith("ال") and f.endswith("تان") and len(f) >= 7:
        return word[:-2] + "ين"   # (الشركتان → الشركتين: a feminine dual)
    return word


def _subject_before(doc: _Doc, t0: int, s_start: int, skip) -> list[str]:
    """The words between the start of a verb's clause and the verb: its subject when the
    sentence puts it first (… إن صادرات بلاده من القمح تراجعت), also when a relative
    clause set off by commas stands between them (العملية، التي تشنها القوات …، قد بدأت)."""
    aside = _ASIDE.search(doc.text, max(s_start, t0 - 200), t0)
    if aside:
        t0 = aside.start()
    out: list[str] = []
    antecedent = False
    for m in reversed(list(_NONSPACE.finditer(doc.text, max(s_start, t0 - 80), t0))):
        w = m.group()
        f = _fp(w.strip("،,.:؛\"«»()'"))
        if not out and (f in _VERB_PARTICLES or f in _RELATIVE or f in _WAS and not antecedent
                        and _fp(doc.text[m.end():t0].strip().split(" ")[0] if doc.text[m.end():t0].strip() else "") in _VERB_PARTICLES):
            # (أمريكا كانت قد انسحبت: كان before قد is the verb's too)
            # قد ارتفعت: the particle belongs to the verb; تفجيرات بالي التي وقعت: the antecedent,
            # a noun phrase no preposition governs (تعليقا على المواجهات التي جرت: المواجهات)
            antecedent = antecedent or f in _RELATIVE
            continue
        if antecedent and f in _PREPOSITIONS:
            break
        if not out and f in _PASSIVE_AUX:
            return []   # سيتم الإعلان عن النتائج: a passive masdar, done by no one named before it
        if f in _TIME_ZONE:
            return []   # (الساعة 10:00 بتوقيت غرينتش ارتفع: when, not who)
        if out and _COUNT.fullmatch(f) and not _YEAR.fullmatch(f) and (
                _fp(out[-1]) in ("من", "علي") or _fp(out[-1]).endswith("ا")) \
                and not any(x0 < m.end() and m.start() < x1 for x0, x1 in skip):
            out.append(f)   # 9 من الحراس جرحوا، 15 مدنيا على الأقل قتلوا: the count is the subject's
            break
        if (_ENDS_CLAUSE.search(w) or not f or _HAS_DIGIT(f) or f in _SUBJECT_OPENERS
                or f[:1] in ("و", "ف") and f[1:] in _SUBJECT_OPENERS
                or any(x0 < m.end() and m.start() < x1 for x0, x1 in skip)):
            break
        if f in _PHRASE_STOP and f not in _SUBJECT_OPENERS or _NOT_A_SUBJECT.search(w) or f[:1] in ("و", "ف") and (
                f[1:] in _PHRASE_STOP or len(f) >= 4 and not f.startswith(_WAW_WORDS) and _is_verb_word(f[1:])):
            # منذ نالت، حين وصلت: a subordinate verb's subject is after it; a dateline (القاهرة
            # (وكالة)— تراجعت) or another verb (وحكم الزعيم البلاد منذ نالت) is no subject either
            return []
        out.append(w.strip("،,.:؛\"«»()'").replace("#", "").replace("_", " "))
        if len(out) >= 5:
            return []  # too far from the verb to be its subject
        if w[:1] in ('"', "«", "“"):
            break  # وأضاف "نمو الشركة بلغ …": the quoted words start there
    out.reverse()
    if out:
        out[0] = _bare(out[0])
    return _trim(out)


# a relative clause set off by commas right before a verb (، الذي …، قد): an aside on the subject
# (and a clause joined to it by و: التي تشنها القوات، وتسميها "…"، قد بدأت)
_ASIDE = re.compile(r"[،,]\s*(?:الذي|التي|الذين|اللذين|اللتين)\s[^،,.؛:]{1,150}(?:[،,]\s*و[^،,.؛:]{1,100})?"
                    r"[،,]\s*(?:(?:قد|وقد|فقد)\s+)?$")
_TIME_ZONE = frozenset(fold_plain(w) for w in "بتوقيت توقيت وبتوقيت".split())
# a count in figures (a subject that counts: 4 من الجنود، 34 شخصا، 1500 شخصا), its thousands
# set off or not
_COUNT = re.compile(r"\d{1,3}(?:[,٬]\d{3})+|\d+")
# a dateline's marks and Latin letters ((رويترز)—، CNN): what stands before them is no subject
_NOT_A_SUBJECT = re.compile(r"[()\[\]—–]|[A-Za-z]")


def _before_date(doc: _Doc, dspan, s_start: int) -> list[str]:
    """What a date dates when no trigger names it: the clause that holds it, from its start (a
    comma, إن/أن, a relative pronoun, عندما …) up to the date: السجين الذي فر من الزنزانة في مارس →
    فر من الزنزانة; عندما احتجزت الجماعة 40 رهينة عام 2019 → احتجزت الجماعة. An empty clause
    (، في أبريل 2018) gives the one before; a one-word clause takes the words it hangs on
    (الهروب الذي نفذه في يوليو → الهروب الذي نفذه)."""
    a = max(s_start, dspan[0] - 160)
    words = [w for w in doc.text[a:dspan[0]].split()]
    if a > s_start and words:
        words = words[1:]  # a word cut by the window
    # clause starts: after a mark, or at a word that opens a clause (kept with the clause before)
    parts: list[list[str]] = [[]]
    for w in words:
        f = _fp(w.strip("\"«»()'"))
        if f in _CLAUSE_OPENERS and parts[-1]:
            parts.append([])
            if f in _RELATIVE:
                parts[-1].append(w)  # kept: a one-word clause joins its antecedent with it
            continue
        parts[-1].append(w)
        if _ENDS_CLAUSE.search(w) and not _HAS_DIGIT(w[-2:]):
            parts.append([])

    def content(ws):
        return [w for w in ws if _fp(w.strip("،,.:؛\"«»()'")) not in _PREPOSITIONS | _TIME_OF_DAY
                and _fp(w.strip("،,.:؛\"«»()'")) not in _RELATIVE and _fp(w.strip("،,.:؛\"«»()'")) not in _DATE_LEAD]

    while len(parts) > 1 and not content(parts[-1]):
        parts.pop()  # an empty clause (، في أبريل): the one before
    last = parts[-1] if parts else []
    if len(content(last)) < 2 and len(parts) > 1:
        last = parts[-2][-3:] + last  # الهروب الذي نفذه
    out = [w.strip("،,.:؛\"«»()'").replace("#", "").replace("_", " ") for w in last]
    out = [w for w in out if w]
    while out and (_is_opener(out[0]) or _fp(out[0]) in _PHRASE_STOP or _HAS_DIGIT(out[0])
                   or _fp(out[0]) in _AMOUNT_TAIL):
        out = out[1:]  # what opens a clause, or is left of an amount (… بالمئة من ناتجها), opens no label
    out = _after_elapsed(out)[:6]
    while out and (_fp(out[-1]) in _PREPOSITIONS or _fp(out[-1]) in _TIME_OF_DAY or _HAS_DIGIT(out[-1])
                   or _fp(out[-1]) in _LABEL_TAIL or _fp(out[-1]) in _DATE_LEAD):
        out.pop()
    if out:
        out[0] = _drop_and(out[0])
    return out


# words that open a clause inside a sentence: what a date dates starts after them
_CLAUSE_OPENERS = _RELATIVE | frozenset(fold_plain(w) for w in (
    "إن أن أنه أنها بأن عندما وعندما حين حينما بعدما بينما فيما حيث لكن إذ وإن ولم ولن بما").split())


_AMOUNT_TAIL = _SCALE_WORDS | frozenset(fold_plain(w) for w in "بالمئة بالمائة المئة المائة في % دولار دولارا".split())
# a clause's marks (a comma between digits is a decimal one)
_CLAUSE_SPLIT = re.compile(r"[،؛:]|,(?!\d)").split


def _measure_before(doc: _Doc, t0: int, s_start: int, skip) -> list[str]:
    """The measure a verb with no subject of its own goes on about: the sentence's first
    measure named before it (حجم التبادل التجاري … بلغ …، وإنه وصل … إلى 750 مليون دولار)."""
    for m in _NONSPACE.finditer(doc.text, s_start, t0):
        if any(typ == "economic" and pos == "noun" for _, typ, pos in _candidates(_fp(m.group()))):
            return _phrase(doc, m.start(), t0, skip, 3, first_stop=False)
    return []


# words a measure follows as the subject of a clause (أن عدد القتلى بلغ، كان الالتزام أعلى)
_MEASURE_OPENERS = frozenset(fold_plain(w) for w in "أن إن بأن كان كانت وكان وكانت وهي وهو".split())


def _shared_subject(doc: _Doc, t0: int, s_start: int, skip, ents) -> list[str]:
    """For a verb joined by و to a verb before it in the sentence (خرج الممثل عن المألوف ووافق على
    …), the subject they share: the definite phrase or the name right after the first verb, up to
    its own preposition; [] for a verb with no و, or none such before it."""
    if doc.text[t0:t0 + 1] != "و":
        return []
    ms = list(_NONSPACE.finditer(doc.text, max(s_start, t0 - 120), t0))
    for i in range(len(ms) - 1, -1, -1):
        f = _fp(ms[i].group().strip("،,.:؛\"«»()'"))
        if f in _RELATIVE or f in _SUBJECT_OPENERS and f not in ("و", "ف"):
            return []   # (… الذي خرج ووافق: another clause's verb)
        bare = f[1:] if f[:1] in ("و", "ف") and len(f) >= 4 else f
        if len(f) >= 3 and any(x in _ONE_WORD or _is_verb_word(x) for x in {f, bare}) and not f.startswith(("ال", "لل")):
            words = _phrase(doc, ms[i].end(), t0, skip, 3, first_stop=False)
            cut = next((k for k, w in enumerate(words) if _fp(w) in _PREPOSITIONS or _fp(w)[:1] in ("ب", "ل")
                        and not any(x.start <= doc.text.find(w, ms[i].end(), t0) < x.end for x in ents)), len(words))
            words = words[:cut]
            at = ms[i + 1].start() if i + 1 < len(ms) else t0
            named = any(x.start == at and x.type in ("person", "org", "place") for x in ents)
            if words and (_fp(words[0]).startswith("ال") or named):
                return words
            return []
    return []


def _measure_opened(doc: _Doc, t0: int, s_start: int, skip) -> list[str]:
    """The measure a verb of reaching with no subject of its own is of, when a clause before it
    in the sentence opens with it: the definite noun phrase after the nearest أن، إن or كان
    (… أن عدد الجرحى في البلدة بلغ → عدد الجرحى; كان الالتزام أعلى …، فقد بلغ
    → الالتزام); [] when none is there."""
    for m in reversed(list(_NONSPACE.finditer(doc.text, max(s_start, t0 - 200), t0))):
        if _fp(m.group()) in _MEASURE_OPENERS:
            words = _phrase(doc, m.end(), t0, skip, 3, first_stop=False)
            k = next((i for i, w in enumerate(words) if not _fp(w).startswith(("ال", "لل"))), len(words))
            if k == 0 and len(words) > 1 and _fp(words[1]).startswith("ال"):
                k = next((i for i, w in enumerate(words[1:], 1) if not _fp(w).startswith(("ال", "لل"))), len(words))
            if k == 0 and words and _fp(m.group()) in _PRONOUNS:
                k = 1   # (وهي خسارة أقل …، وبلغت: the measure a pronoun is said to be)
            words = words[:k]   # the definite phrase (عدد القتلى المدنيين; not أعلى بكثير)
            if words and not _is_opener(words[0]) and not _HAS_DIGIT(words[0]):
                return words
            return []
    return []


def _trim(words: list[str]) -> list[str]:
    """A label's words without a dangling preposition or conjunction at the end (وعلى، والتي)."""
    while words:
        f = _fp(words[-1])
        if not (f in _LABEL_TAIL or f in _PHRASE_STOP or f[:1] in ("و", "ف") and (f[1:] in _LABEL_TAIL or f[1:] in _PHRASE_STOP)):
            break
        words = words[:-1]
    return words


def _change_before(doc: _Doc, at: int, s_start: int) -> str:
    """A change told in the accusative before في and the measure at ``at`` (ارتفاعا أكبر في
    معدلات التضخم، تراجعا حادا في أسعار النفط): the change as a noun (ارتفاع), else ''."""
    before = doc.text[max(s_start, at - 40):at].split()
    if len(before) < 2 or _fp(before[-1]) != "في":
        return ""
    for w in reversed(before[-3:-1]):
        f = _fp(w.strip("،,"))
        if f.endswith("ا") and len(f) >= 5:
            for seq, tp, ps in _TRIGGERS.get(f[:-1], ()):
                if tp == "economic" and len(seq) == 1 and ps == "noun":
                    return w.strip("،,")[:-1].rstrip("\u064b")
    return ""


def _verb_head_before(doc: _Doc, t0: int, s_start: int) -> str:
    """The label noun of a verb trigger right before ``t0`` (its subject's trigger noun)."""
    m = None
    for m in _NONSPACE.finditer(doc.text, max(s_start, t0 - 20), t0):
        pass
    if m is None or doc.text[m.end():t0].strip():
        return ""
    w = _fp(m.group())
    if w in _HAPPENED or w[1:] in _HAPPENED and w[:1] in ("و", "ف"):
        return ""   # ووقع الهجوم: "took place", no signing of the attack
    for seq, _typ, pos in _candidates(w):
        if len(seq) == 1 and pos in ("verb", "measure", "stance"):
            return _HEAD_OF.get(seq, "")
    return ""


def _li(name: str) -> str:
    """ل before a name, the article's alef dropped (الحداد → للحداد)."""
    return "لل" + name[2:] if name.startswith("ال") else "ل" + name


def _trigger_head(doc: _Doc, t0: int, t1: int) -> tuple[str | None, bool, bool]:
    """The noun a label opens with for the trigger at ``[t0, t1)`` (``_HEAD_OF``; None when no
    trigger is there), whether the trigger is a noun, and whether it is a step named by a noun
    (إحداث، تطبيق): both start the label with the article's own words (أحداث العنف is no إحداث)."""
    got = doc.heads.get((t0, t1))
    if got is not None:   # (asked again for the same event's label, its speaker, its participant)
        return got
    words = doc.fold(t0, t1).split()
    got = None
    for seq, _typ, pos in _candidates(words[0]) if words else ():
        if len(seq) == len(words) and all(a == b or a.endswith(b) and len(a) - len(b) <= 2 or a[:-1] == b
                                          for a, b in zip(words[1:], seq[1:])):
            got = _HEAD_OF.get(seq, ""), pos == "noun", pos == "act" and _HEAD_OF.get(seq, "") == ""
            break
    if got is None:
        masdar = masdar_of(words[0]) if len(words) == 1 else None   # a happening verb (event_clauses)
        got = masdar, False, False
    doc.heads[(t0, t1)] = got
    return got


def _comma_before(text: str, at: int) -> bool:
    """The last character before ``at`` that is not white space is a comma (read back over the
    spaces only, not by slicing the text up to ``at``)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] in ("،", ",")


def _comma_after(text: str, at: int) -> bool:
    """The first character from ``at`` on that is not white space is a comma."""
    n = len(text)
    while at < n and text[at].isspace():
        at += 1
    return at < n and text[at] in ("،", ",")


def _speaker(doc: _Doc, ents, t0: int, t1: int, actors, orgs, s_start: int = -1, s_end: int = -1,
             dspan=None) -> str:
    """Who spoke or met: a person named after the verb, before what was said (قال السفير
    الفرنسي في النرويج، فلان الفلاني، إن … is that name), else the name that is the verb's subject
    (أعلنت مصر), a title with the place or body it is of when no name follows (قال حاكم ولاية
    فاراه)، a described subject (أكد البيان، قال مسؤولون), else the sentence's first person or
    body outside what was said. Not a name the verb addresses (قالت لوكالة فرانس برس), not a
    place a preposition governs (أشارت تقارير من موسكو) and not one in the trigger."""
    text = doc.text
    speech = _speech_start(doc, t1, s_end if s_end >= 0 else len(text))
    verb = not _trigger_head(doc, t0, t1)[1]
    m = _RESUMPTIVE.match(text, t1)   # (اجتماع دعا إليه رئيس الحكومة: the pronoun is the meeting)
    a = m.end() if m else t1
    if verb:
        e = _subject_fronted(doc, ents, t0, s_start)
        if e is not None:
            return _short(e.canonical) if e.type == "person" else _no_bare_article(e.text)
        topic = _topic_before(doc, t0, s_start)
        if topic:
            return topic
        m = _INNA_SUBJECT.search(text, max(s_start, t0 - 60), t0)
        if m and not any(e.start < t0 and m.start(1) < e.end for e in ents):
            return m.group(1)   # (إلا أن الوزير قال: the subject after أن, not a body named before it)
    near = [e for e in ents if a <= e.start <= a + (90 if e.type == "person" else 60) and e.start < speech
            and not (verb and text[e.start - 1:e.start] in ("ل", "ـ"))  # بيان لوزارة الخارجية: its author
            and not (e.type == "person" and _org_headed(e.canonical))]
    # the name right after the verb is its subject (أعلنت مصر، أعلنت الهيئة الوطنية … حصول
    # المرشح فلان); after a title word, a place is the title's (سفير ألمانيا بتونس فلان)
    e = near[0] if near and not text[a:near[0].start].strip() else None
    if e is None and verb:
        kin = _KIN_APPOSITION.match(text, a)
        if kin and _fp(kin.group(2)) in _KIN and not _HAS_DIGIT(kin.group(1)) and _fp(kin.group(1)) not in _PREPOSITIONS \
                and not (dspan and dspan[0] <= kin.start(1) < dspan[1]):
            return kin.group(1)   # اتهمت فلانة، ابنة الرئيس، …: she, not the father her apposition names
    if e is None and verb:
        subject = _subject_before_object(text, a, near)
        if subject:
            return subject
    if e is None:
        # a person named after the verb, unless a preposition governs the name (أشارت المتحدثة إلى
        # دعوة الرئيس فلان: the spokeswoman spoke); a name set off by a comma is an apposition
        # a name set off by commas after a title is the title's holder, the speaker; a person in the
        # title is only whose adviser or envoy he is (قال مستشار الرئيس فلان للأمن القومي، علان، إن)
        e = next((e for e in near if e.type == "person" and _comma_before(text, e.start)
                  and _comma_after(text, e.end)), None) or next((e for e in near if e.type == "person" and (
            not any(_fp(w) in _PREPOSITIONS for w in text[a:e.start].split())
            or _comma_before(text, e.start))), None)
    if e is None and verb:
        named = _honorific_name_after(doc, t1, speech)
        if named:
            return named   # قال المتحدث باسم الجيش، العقيد فلان الفلاني، …
    if e is None and near:
        # a title or a noun the name completes: حاكم ولاية فاراه، زعيم كوريا الشمالية، شرطة مدينة تمبي
        raw = text[a:near[0].start].split()
        gap = [_fp(w.strip("،,")) for w in raw]
        if gap and (len(gap) <= 3 and _is_title(gap[0]) or len(gap) <= 2 and verb and not _is_opener(gap[0])
                    and gap[0] not in _TIME_OF_DAY and not _HAS_DIGIT(gap[0]) and gap[0][:1] not in ("ل", "ب")) \
                and not any(g in _PREPOSITIONS or _is_opener(g) for g in gap) \
                and not any(w.endswith(("ه", "ها", "هم")) for w in raw) \
                and not _CLAUSE_MARK.search(text, a, near[0].start):
            return _no_bare_article(" ".join(text[a:near[0].end].split()))   # (not بيان نشره البيت الأبيض، لموقع …)
    if e is None:
        # a described subject right after the verb (وطالبت الهيئة الأممية، الخميس، الحكومة …; وقال
        # مسؤولون إن …), up to a preposition
        first = _phrase(doc, a, speech, [dspan] if dspan else [], 3)
        first = first[:next((k for k, w in enumerate(first) if _fp(w) in _PREPOSITIONS), len(first))]
        if not verb and _fp(text[t0:t1].split()[-1]).endswith("ا"):
            first = []   # (أصدرت الوزارة بيانا رحبت فيه: an indefinite noun has no genitive after it)
        quoted = _quoted_name_after(text, a, first)
        if quoted:
            return f"{first[0]} {quoted}"   # نفت حركة "…"، نشر موقع "…": the body is the name its head word takes
        if first and not (near and near[0].start <= a + len(first[0]) + 1) and not _is_opener(first[0]) \
                and _fp(first[0]) not in _PREPOSITIONS and _fp(first[0]) not in _SAYING and (_fp(first[0]).startswith("ال") or not near):
            return " ".join([_genitive(first[0], indefinite=not near)] + first[1:])
    if e is None and near and len(text[a:near[0].start].split()) <= 2 and not any(
            _fp(w) in _PREPOSITIONS for w in text[a:near[0].start].split()):
        e = near[0]
    if e is None:
        outside = [e for e in ents if e.start < speech and not (e.start < t1 and t0 < e.end)
                   and text[e.start - 1:e.start] not in ("ل", "ـ")
                   and not (e.type == "person" and _org_headed(e.canonical))
                   and not (verb and e.start >= t1 and any(_fp(w) in _PREPOSITIONS for w in text[a:e.start].split()))]
        # (أعلن سناتور من رفاق فلان أنه …: a name a preposition governs after the verb is not who spoke)
        e = next((e for e in outside if e.type == "person"), None) or next(
            (e for e in outside if e.type == "org"), None)
    if e is not None:
        return _short(e.canonical) if e.type == "person" else _no_bare_article(e.text)
    return ""


# the head word of a body written with its name in quotes (حركة "…"، موقع "…")
_BODY_HEADS = frozenset(fold_plain(w) for w in (
    "حركة جبهة حزب جماعة تنظيم موقع صحيفة جريدة مجلة وكالة قناة شبكة شركة منظمة جمعية مجموعة هيئة تحالف "
    "ائتلاف تيار ميليشيا ميليشيات منصة إذاعة").split())


def _quoted_name_after(text: str, a: int, first: list[str]) -> str:
    """The name in quotes right after a body's bare head word that opens ``first`` (the words
    from ``a``): نشر موقع "الخبر" → الخبر; not after a word with the article (الموقع "…": a gloss)
    nor after anything else (قال رئيس "…")."""
    if not first or _fp(first[0]) not in _BODY_HEADS:
        return ""
    at = text.find(first[0], a)
    if at < 0 or text[a:at].strip():
        return ""
    m = _QUOTED_NAME.match(text, at + len(first[0]) + 1) if text[at + len(first[0]):at + len(first[0]) + 1] == " " else None
    if m is None:
        return ""
    adj = _NISBA_AFTER.match(text, m.end())   # (مجلة "…" الأمريكية: the adjective is the body's)
    return m.group()[1:-1] + (" " + adj.group(1) if adj else "")


_NISBA_AFTER = re.compile(r" (ال[^\s،,.:؛\"«»()]+(?:ية|ي))(?=[\s،,.:؛])")


# titles that head an office (رئيس، وزير، سفير), not honorifics said before a name (الجنرال، الأمير)
_OFFICE_TITLES = _TITLES_BY_KIND.get("head", frozenset())


def _subject_before_object(text: str, a: int, near) -> str:
    """A verb that takes an object after its subject (وصف، اتهم، دعا): when a definite title
    phrase after the verb is complete (الرئيس الأمريكي) and another one with the article starts
    (الرئيس فلان), the name is the second one's, the object; the first phrase spoke (وصف الرئيس
    الأمريكي الرئيس فلان بـ … → الرئيس الأمريكي). A chain of titles in the construct (نائب رئيس
    الوزراء فلان، مستشار الرئيس فلان) and an honorific (وزير الدفاع الأمريكي الجنرال فلان) are one
    name's."""
    p = next((x for x in near if x.type == "person"), None)
    if p is None:
        return ""
    raw = text[a:p.start].split()
    if len(raw) < 3 or any(ch in text[a:p.start] for ch in "،,:\"«»()") or _fp(raw[0]) not in _OFFICE_TITLES:
        return ""
    for k in range(2, len(raw)):
        w, prev = _fp(raw[k]), _fp(raw[k - 1])
        if w.startswith("ال") and w in _OFFICE_TITLES and prev.startswith("ال") and prev not in _TITLE_WORDS \
                and not any(_fp(x) in _PREPOSITIONS for x in raw[:k]):
            return " ".join(raw[:k])
    return ""


def _no_bare_article(name: str) -> str:
    """A name without a dangling article at its end (مجلس الأمن الـ 15 → مجلس الأمن)."""
    words = name.split()
    while len(words) > 1 and words[-1] in ("ال", "الـ"):
        words.pop()
    return " ".join(words)


_FRONTING = frozenset(fold_plain(w) for w in "كان كانت وكان وكانت فكان فكانت أما وأما لكن ولكن".split())
_BEFORE_VERB = frozenset(fold_plain(w) for w in "قد لقد وقد فقد".split())


# a subject put after أن/إن/لكن, right before its verb (إلا أن الوزير قال، إن الحكومة أعلنت):
# one or two definite words
_INNA_SUBJECT = re.compile(r"(?<!\S)(?:أن|إن|لكن|ولكن|لكنّ|ولكنّ)\s+(ال[^\s،,.:؛\"«»()]+(?:\s+ال[^\s،,.:؛\"«»()]+)?)\s*$")
_TOPIC = re.compile(r"(?<!\w)و?أما\s+([^،,.:؛]{2,60}?)\s*[،,]?\s*$")
_HONORIFICS = _TITLES_BY_KIND.get("honorific", frozenset())


def _topic_before(doc: _Doc, t0: int, s_start: int) -> str:
    """The topic before a verb with ف (أما الرئيس الأميركي دونالد ترمب، فتعهد …): who it is about,
    named by its last word when it holds a title (ترمب)."""
    if _fp(doc.text[t0:t0 + 1]) != "ف":
        return ""
    m = _TOPIC.search(doc.text, max(s_start, t0 - 80), t0)
    if m is None:
        return ""
    words = [w.strip("#").replace("_", " ") for w in m.group(1).split()]
    words = " ".join(words).split()
    if len(words) > 2 and any(_fp(w) in _TITLE_WORDS for w in words[:2]):
        return words[-1]
    return " ".join(words[:4])


_HONORIFIC_APPOSITION = re.compile(r"[،,]\s*([^\s،,]+)\s+([^\s،,]+(?:\s+[^\s،,]+){0,2}?)\s*[،,]")


def _honorific_name_after(doc: _Doc, t1: int, speech: int) -> str:
    """A name set off by commas after the verb's subject and opened by an honorific (قال
    المتحدث باسم الجيش، العقيد فلان الفلاني، إن …): its last word."""
    m = _HONORIFIC_APPOSITION.search(doc.text, t1, min(speech, t1 + 120))
    if m is None or _fp(m.group(1)) not in _HONORIFICS:
        return ""
    name = m.group(2).split()
    return name[-1] if name and not any(_HAS_DIGIT(w) for w in name) else ""


def _subject_fronted(doc: _Doc, ents, t0: int, s_start: int):
    """A name put before its verb, in the pluperfect or as a topic (وكانت وزارة الاستثمار قد
    أعلنت، وكان فلان دعا، أما الرئيس فتعهد): the entity after كان/أما and right before the verb
    (with قد between them, or the verb's ف)."""
    text = doc.text
    for e in reversed(ents):
        if e.end > t0:
            continue
        if t0 - e.end > 12 or e.start < s_start:
            break
        gap = [_fp(w) for w in text[e.end:t0].split() if w.strip("،,")]
        if any(g not in _BEFORE_VERB for g in gap):
            break
        lead = text[max(s_start, e.start - 40):e.start].split()
        # the words between كان/أما and the name: the name's title (وكانت وزارة الاستثمار)
        for k in range(len(lead) - 1, max(-1, len(lead) - 6), -1):
            f = _fp(lead[k].strip("،,"))
            if f in _FRONTING:
                return e
            if _ENDS_CLAUSE.search(lead[k]) and k < len(lead) - 1 or _HAS_DIGIT(f):
                break   # (a comma right before the name sets it off: وكان زعيم التيار، فلان، دعا)
        break
    return None


# a preposition with a pronoun right after a verb (دعا إليه، أشرف عليه، أعلن عنه): it points back
_RESUMPTIVE = re.compile(r"\s*(?:[إا]لي|عل[يى]|عن|من|في|ل|ب)(?:ه|ها|هم|هما)(?=[\s،,.])")


def _is_title(f: str) -> bool:
    """The folded word is a title (حاكم، زعيم، رئيس) or the head of a body's name (شرطة، وزارة)."""
    return f in _TITLE_WORDS or "ال" + f in _TITLE_WORDS or f.removeprefix("ال") in _ORG_HEADS


def _reported(words: list[str], trig, k: int, skip, with_amounts: bool) -> int | None:
    """The trigger (its index in ``trig``) of what a source reports from token ``k`` on (أن
    الحكومة أقالت …، عن مقتل …): the first one near the start of the report that is not inside a
    relative clause (أن الرجل الذي اعتقل أمس …) and is not another source's reporting verb."""
    for idx, (ti, n, typ, pos, _t0, _t1) in enumerate(trig):
        if ti <= k or idx in skip:
            continue
        between = words[k + 1:ti]
        if ti - k > 8 or not _RELATIVE.isdisjoint(between) or not _REPORT_ENDS.isdisjoint(between):
            return None   # (… ضربت بصواريخ وأن الهجوم …: the next thing reported is not the first)
        if typ == "economic" and not with_amounts:
            return None   # (أن خسائر الميليشيا بلغت العشرات: losses of a battle, not of money)
        if _future_verb(words[ti]):
            return None   # (… أن الوفد سيتوجه إلى …: a plan the day of the report does not date)
        return idx
    return None


_POINTS_TO = frozenset({"الي", "عن"})
_DENYING = frozenset({"نفي"})   # the label heads of verbs of denial (نفى، نفت)
_IN_RESPONSE = frozenset(fold_plain(w) for w in "ردا رداً ردًا رد وردا".split())
# where the first thing a source reports ends: a clause mark, a second أن (… وأن …)
_REPORT_ENDS = frozenset({"،", ",", "؛", ";", ":", "وان", "وبان", "ان", "بان", "انه", "انها"})


def _speech_start(doc: _Doc, t1: int, s_end: int) -> int:
    """Where what a reporting verb ending at ``t1`` says starts (إن، أن، a colon, a quote)."""
    m = _SPEECH_MARK.search(doc.text, t1, s_end)
    return m.start() if m else s_end


_SPEECH_MARK = re.compile(r"(?:^|(?<=\s))(?:ب?[إأا]ن(?:ه|ها|هم|هما|هن|نا|ني)?)(?=\s)|[:«\"]")


def _signed_at(doc: _Doc, t1: int, s_end: int) -> int | None:
    """Where what a signing verb signed is named (وقعت مصر واليونان اتفاقية …)."""
    for k, m in enumerate(_NONSPACE.finditer(doc.text, t1, s_end)):
        if k >= 14:
            break
        if _SIGNED_THING.search(_fp(m.group())):
            return m.start()
    return None


def _figure_of(doc: _Doc, t0: int, t1: int, s_start: int, s_end: int):
    """The amount a figure event states: the first figure after its trigger in the trigger's
    clause; a comparison's base is never it."""
    if not doc.figs:
        return None
    k0 = bisect_left(doc.fig_starts, s_start)
    k1 = bisect_left(doc.fig_starts, s_end, k0)
    figs = [f for f in doc.figs[k0:k1] if not getattr(f, "is_base", False)]
    after = [f for f in figs if f.start >= t1 and not _CLAUSE_MARK.search(doc.text, t1, f.start)]
    return after[0] if after else None


def _is_opener(word: str) -> bool:
    """The word opens a clause and names nothing (``_OPENERS``), with or without و (وإنه)."""
    f = _fp(word.strip("،,.:؛\"«»()'"))
    return f in _OPENERS or f[:1] in ("و", "ف") and f[1:] in _OPENERS


def _drop_and(word: str) -> str:
    """A label's first word without the conjunction و (وسربت → سربت), unless و is the word's own
    first letter (وزارة، وفد، وصل، واردات)."""
    f = _fp(word)
    if f.startswith("و") and len(f) >= 4 and not f.startswith(_WAW_WORDS):
        return word[1:]
    return word


# words whose first letter is و (not the conjunction): a label keeps it
_WAW_WORDS = tuple(fold_plain(w) for w in (
    "وزار وزير وفد وكال وثيق ولاي وارد واشنطن وصول وضع وقف وسط وحد وطن وصل وقع وجه وجود وعد ولي "
    "وفق وفاة ورق وزن واصل وافق واجه وازن وارى").split())


def _bare(word: str) -> str:
    """A phrase's first word without the conjunction or preposition glued to it (والصادرات →
    الصادرات، للتراجع → التراجع، لاستئناف → استئناف)."""
    f = _fp(word)
    if f.startswith("لل") and len(f) > 4:
        return "ال" + word[2:]
    if f[:1] in ("و", "ف", "ب", "ل") and len(f) > 4 and (f[1:3] == "ال" or _TRIGGERS.get(f[1:])):
        return word[1:]   # (بزيادة الرواتب، لميزانية الأجور: the trigger noun itself)
    return word


def _phrase(doc: _Doc, a: int, s_end: int, skip, limit: int, first_stop: bool = True) -> list[str]:
    """Up to ``limit`` words from ``a``: the thing named there, up to a date, an amount, a
    clause's end or a word that opens another part of the sentence (إلى، بنسبة، التي …)."""
    out: list[str] = []
    date = skip[0] if skip and skip[0] is not None else None
    for m in _NONSPACE.finditer(doc.text, a, s_end):
        m0, m1 = m.span()
        if date is not None and date[0] < m1 and m0 < date[1] and len(out) < 3:
            # the event's date inside the phrase (بدأت البنوك هذا العام برفض المدفوعات) is left out
            if out and _fp(out[-1]) in _LABEL_TAIL:
                out.pop()
            if _ENDS_CLAUSE.search(m.group()) and (out or not _CLAUSE_MARK.search(doc.text, a, date[0])):
                break  # (a date set off by commas right after the verb is passed: ارتفعت، السبت، أسعار …;
                # one that ends the clause, المواجهات التي جرت الأحد، قال …, ends the phrase)
            continue
        if skip and any(x0 < m1 and m0 < x1 for x0, x1 in skip):
            break
        w = m.group()
        core = w.strip("،,.:؛\"«»()'")
        f = _fp(core)
        if out and _YEAR.fullmatch(f):
            out.append(core)  # a year in a name (موازنة 2025، رؤية 2030) is part of it
            continue
        if not core and not out and w.strip() in ("،", ",", "؛"):
            continue  # (… شباط/فبراير، نقلت السلطات: the comma after the date)
        if core and not f:
            continue  # a mark the word before ended on (بياناً: a span ends before its tanween)
        if not core or _HAS_DIGIT(f) or ((out or first_stop) and (f in _PHRASE_STOP or f in _TIME_OF_DAY)):
            break
        out.append(core.replace("#", "").replace("_", " "))
        if w[-1] in "،,.:؛" or len(out) >= limit and not (len(out) == limit and f in _NAME_HEADS_OF_PLACES):
            break   # (… في مدينة دوما: a place's head word takes its name with it)
    return _trim(out)


# words a place's name follows (مدينة دوما، محافظة إدلب): a phrase does not end on one
_NAME_HEADS_OF_PLACES = frozenset(fold_plain(w) for w in (
    "مدينة محافظة ولاية منطقة بلدة قرية جزيرة إقليم مخيم حي شارع ميناء مطار قاعدة مقاطعة ريف").split())

# the time of a day before its date (مساء الأحد، صباح الجمعة): the date's, not the label's
_TIME_OF_DAY = frozenset(fold_plain(w) for w in "مساء صباح ظهر ليل ليلة فجر عصر يوم يومي".split())
_VERB_PARTICLES = frozenset(fold_plain(w) for w in "قد وقد فقد لقد".split())
_YEAR = re.compile(r"(?:19|20)\d\d")

# words that open a clause: a subject before its verb starts after them
_SUBJECT_OPENERS = frozenset(fold_plain(w) for w in (
    "أن إن أنه أنها بأن ان و ف ثم كما فيما بينما حيث حين عندما بعدما وقد فقد قد التي الذي بعد قبل إذ "
    "كان كانت وكان وكانت لكن ولكن").split())

# words that open a clause and name nothing (أما، وفي، ومن المتوقع أن): a label leaves them out
_OPENERS = _SUBJECT_OPENERS | frozenset(fold_plain(w) for w in (
    "أما وفي في ومن من خلال وخلال المتوقع المنتظر المقرر المرتقب يتوقع ولن لن لم ولم أي وهو وهي هذا هذه ذلك يأتي "
    "ويأتي وتبدو وكان وكانت كان كانت أن إذ حيث ستكون سيكون وستكون وسيكون تكون يكون فلقد لقد ومنذ منذ "
    "أما ذلك").split())

# words that open another part of the sentence: a label's phrase stops before them
_PHRASE_STOP = frozenset(fold_plain(w) for w in (
    "إلى الى بنسبة بنحو بمقدار بقيمة بواقع نحو حوالي قرابة زهاء ليصل ليبلغ لتصل لتبلغ مقارنة "
    "مقابل بعد قبل منذ خلال حتى أن إن أنه أنها بأن التي الذي الذين حيث كما وذلك عند عندما حين "
    "فيما بينما بسبب نتيجة وفقا وفق بحسب اليوم أمس فإن لأن لكن إلا بنهاية مع بدلا عوضا قد "
    "بمناسبة بالتزامن تزامنا").split())


# between a number and a noun they make no count: 9 أكتوبر 2024 في منتدى is a date, then a place
_PREPOSITIONS = frozenset(fold_plain(w) for w in "في من على إلى الى عن مع خلال حول لدى عند".split())
_NO_SUBJECT_AFTER = _PREPOSITIONS | _TIME_OF_DAY | frozenset(fold_plain(w) for w in "عبر أمس اليوم بتاريخ مؤخرا".split())

# words of an aim: a measure after them (يهدف إلى خفض، بهدف رفع) is not one taken
_PURPOSE = frozenset(fold_plain(w) for w in (
    "يهدف تهدف يرمي ترمي بهدف الهادف الهادفة الرامي الرامية سعيا تسعى يسعى ويهدف وتهدف").split())

# masdars of carrying a measure out: the measure after one is its object (تنفيذ قرار، تطبيق الحظر)
_CARRY_OUT = frozenset(fold_plain(w) for w in "تنفيذ تطبيق بدء إعلان".split())


# masdars of taking part: the event is what was taken part in (شارك في قمة)
_TAKING_PART = frozenset(("مشاركة", "حضور", "ترؤس"))
# what has editions (الدورة الـ71 لمهرجان كان، الدورة الثالثة للجائزة): not a body's session
# words of an economic activity or measure (event_economic_steps.tsv): a step of one is economic
_STEP_ROWS = lang_rows("event_economic_steps.tsv")
_ECONOMIC_STEP_OF = frozenset(fold_plain(r[0]) for r in _STEP_ROWS)
_ECONOMIC_MEASURE = frozenset(fold_plain(r[0]) for r in _STEP_ROWS if r[1:2] == ["measure"])
_STEP_SUFFIXES = ("ها", "هم", "ه")


def _economic_step_word(w: str, measures_only: bool = False) -> bool:
    """The folded word names an economic activity (أشغالها، والإنتاج، بالتصدير), as the table
    writes it (العمل, not عمل فلان); ``measures_only``: a measure (الدعم، الضرائب)."""
    table = _ECONOMIC_MEASURE if measures_only else _ECONOMIC_STEP_OF
    for c in ("", "و", "ب", "ل", "وب", "ول"):
        if not w.startswith(c):
            continue
        core = w[len(c):]
        if core in table or not core.startswith("ال") and any(
                core.endswith(x) and core[:-len(x)] in table for x in _STEP_SUFFIXES):
            return True
    return False


_EDITION_OF = frozenset(fold_plain(w) for w in "مهرجان جائزة بطولة كأس دوري مسابقة معرض ماراثون أولمبياد".split())

_NEGATION = frozenset(fold_plain(w) for w in "لم لن لا ولم ولن ولا فلم فلن".split())
# a source named for what follows (حسبما أفاد، كما ذكرت، وفق ما أعلن)
_AS_SAID = frozenset(fold_plain(w) for w in "حسبما وحسبما كما وكما بحسبما".split())
_AS_SAID_MA = frozenset(fold_plain(w) for w in "وفق وفقا بحسب حسب طبقا على".split())


def _looks_imperfect(w: str) -> bool:
    """A word that opens a clause with a verb in the present (تقودها، يمثل), not the past (فر، تأسست)."""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    return w[:1] == "ي" or w[:1] == "ت" and not w.endswith("ت") and len(w) >= 4


def _verb_word(w: str) -> str:
    """A verb's word without و، ف، سـ before it (وسيسيطر → يسيطر)."""
    for c in ("وس", "فس", "و", "ف", "س"):
        if w.startswith(c) and w[len(c):] in _ONE_WORD:
            return w[len(c):]
    return w


# masdars of being held or taking place: their subject is the event (القمة … ستعقد)
_BE_HELD = frozenset(("عقد", "انعقاد", "إجراء", "اختتام"))
_AGAINST = frozenset(fold_plain(w) for w in "ضد على عن وضد وعلى".split())


def _is_purpose(w: str) -> bool:
    return w in _PURPOSE or w[:1] in ("و", "ف") and w[1:] in _PURPOSE


_DURING = frozenset(fold_plain(w) for w in "خلال أثناء هامش ختام ضمن مستهل بمناسبة بالتزامن تزامنا".split())

_MEETING_NAMES = frozenset(fold_plain(w) for w in "قمة مؤتمر منتدى ملتقى اجتماع".split())

# words a label never ends with: prepositions, conjunctions and the like, whose complement
# was cut off
# a number with nothing after it; not a year (لعام 2019، صفاقس 2050 keep theirs)
_BARE_NUMBER = re.compile(r"(?!(?:19|20)\d\d$)[\d٠-٩۰-۹][\d٠-٩۰-۹.,٫٬،ر]*")
# adverbs in the accusative that may follow an event noun: not its adjective (اتفاقا أيضا)
_ADVERBS_IN_A = frozenset(fold_plain(w) for w in "أيضا مجددا مؤخرا حاليا سابقا لاحقا جدا معا فورا أمس غدا".split())

_LABEL_TAIL = _PREPOSITIONS | frozenset(fold_plain(w) for w in (
    "منذ حتى بين بعد قبل نحو و أو ثم ف ب ل ك التي الذي الذين "
    "اللذين اللتين ما ان أن إن قد لم لن كان كانت بلغ بلغت يبلغ تبلغ ليبلغ لتبلغ وصل وصلت يصل تصل ليصل لتصل "
    "سجل سجلت يسجل تسجل حوالي قرابه زهاء اكثر اقل نسبه بنسبه نسبته بقيمه قيمته قيمتها فقد تجاوز تجاوزت "
    "عتبه ضد تجاه حيال ازاء بشان لصالح دون عبر").split())


def _stem(word: str) -> str:
    """A trigger word without clitics and article (والصادرات → صادرات)."""
    for c in ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل"):
        if word.startswith(c) and len(word) - len(c) >= 3:
            return word[len(c):]
    return word


def _is_repeat(ev: Event, earlier: list[Event]) -> bool:
    """A later mention of an event already on the list is not a new event: a visit, meeting or
    summit with the same people or places, or a figure event with the same trigger word and
    the same dates (ميزانية 2019 said five times is one budget)."""
    if ev.type == "economic" and ev.trigger:
        return not ev.moved and any(e.type == "economic" and e.trigger == ev.trigger and e.date_start == ev.date_start
                   and e.date_end == ev.date_end for e in earlier)
    if ev.type == "statement" and ev.date_start is not None:
        # the same speaker again on the same day (قال الوزير … وأوضح الوزير …): one statement
        who = ev.actors[:1] or ev.orgs[:1]
        return bool(who) and any(e.type == "statement" and not e.relay and (e.actors[:1] or e.orgs[:1]) == who
                                 and e.date_start == ev.date_start and e.date_end == ev.date_end
                                 for e in earlier)
    if ev.type not in _STRONG:
        return False
    for e in earlier:
        if e.type != ev.type:
            continue
        shared = set(e.actors) & set(ev.actors) or set(e.places) & set(ev.places) or set(e.orgs) & set(ev.orgs)
        if not shared:
            continue
        if ev.date_start is None:
            return True
        if e.date_start is not None and e.date_start <= ev.date_end and ev.date_start <= e.date_end:
            return True
    return False
