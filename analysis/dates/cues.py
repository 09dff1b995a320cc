"""Cues in the words around a date: the tense of its clause (سوف، سـ، من المقرر … or a past
verb), a comparison it is the baseline of (مقارنة مع 2016), the word that bounds it from
outside its span (منذ، اعتبارا من), a month that closes the year to date (موفى جوان، عند متم
شتنبر), a record since a date (أعلى مستوى منذ 2013), and where sentences and clauses end.

>>> closes_year_to_date("حتي نهايه سبتمبر", 0, 17)
True
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress

from ..text import Folded
from .lexicon import ROLE_OUT, ROLE_OUT_KEYS, WORDS, alt
from .records import Candidate

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


# the cues of a future tense; each alternative's first word is its head (see Cues)
_FUTURE_CUES = (r"سوف", r"من\s+المقرر", r"من\s+المنتظر", r"من\s+المحتمل", r"من\s+المرجح", r"من\s+المرتقب", r"المزمع", r"المرتقب", r"يعتزم", r"تعتزم",
                r"يستعد", r"تستعد", r"يرتقب", r"توقع", r"يتوقع", r"تتوقع", r"المتوقع", r"متوقع", r"توقعات", r"تخطط", r"يخطط",
                r"تستهدف", r"يستهدف", r"تهدف", r"يهدف", r"تسعي", r"يسعي", r"المقبل", r"المقبله",
                r"القادم", r"القادمه", r"غدا",
                # كان مقررا / كانت مقررة: a plan, its day still ahead when the article calls it off
                r"مقررا", r"مقرره")
# a verb in the future: سـ before a verb in the imperfect (سيزور، ستنطلق، سنعمل); a noun or a name
# that starts the same way (سياسة، سيارة، سنوات، ستريت) is listed in date_words.tsv (not_future)
_NOT_FUTURE = alt(WORDS.get("not_future", {}) or {"سسس": ""})
FUTURE = re.compile(
    r"(?<!\w)[وف]?(?:" + "|".join(_FUTURE_CUES) + "|"
    r"(?<!#)(?!" + _NOT_FUTURE + r")س(?:ي|ت|ن)[\u0621-\u064a]{3,}"
    r"(?![\u0621-\u064a])(?<!كا|تا|ما|فا|زا|سا))"
)


_BASELINE_KEYS = ("مقارنه", "قياسا", "مقابل", "عن")   # one is in every match of BASELINE
BASELINE = re.compile(r"(?:(?<!\w)(?:مقارنه|بالمقارنه|قياسا|مقابل)(?!\w)[^،.؛\n]{0,60}|(?<!\w)عن\s+)$")
# ``any(k in text[s:e] for k in _BASELINE_KEYS)`` in one call: a plain alternation of literals,
# which re scans for by their first letters (no slice, no generator)
BASELINE_HINT = re.compile("|".join(_BASELINE_KEYS)).search
# (the same for the words of SINCE_WORD_BEFORE: منذ، اعتبارا من …)
SINCE_HINT = re.compile("|".join(ROLE_OUT_KEYS)).search


# where a clause ends: the tense of "قال الجمعة إن الرسوم ستطبق" is the tense of قال
_CLAUSE_MARKS = "،,:؛\"«»“”"
_CLAUSE_WORDS = ("ان", "لكن", "بينما", "فيما", "حيث", "كما")
CLAUSE = re.compile(rf"[{_CLAUSE_MARKS}]|(?<!\w)(?:{'|'.join(_CLAUSE_WORDS)})(?!\w)")


_PAST_CUES = WORDS.get('past_cue', {})
PAST = re.compile(rf"(?<!\w)[وف]?{alt(_PAST_CUES)}(?!\w)")


# "وقال سيلفرز …"، "كتب سيلفرز …": right after a verb of saying (date_words.tsv speaker_verb), a word
# that looks like a verb in the future (سـ + the imperfect) is the speaker, a name, and so is the same
# word anywhere in the text ("ويشغل سيلفرز منصب …"); a verb in the future comes after إن or a colon
_SPEAKER_VERBS = frozenset(WORDS.get("speaker_verb", {}))
# (searched from its literal head س, then the word before it checked: a search for the verb of
# saying first would try at every character)
_FUTURE_LIKE = re.compile(r"س[يتن](?<=\sس[يتن])[\u0621-\u064a]{3,}(?![\u0621-\u064a])")
_NOT_FUTURE_AT = re.compile(rf"(?:{_NOT_FUTURE})")
_WORD_BEFORE = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]+)\s+$")


def _speaker_names(text: str) -> frozenset:
    """The words of ``text`` that stand right after a verb of saying and look like a verb in the
    future: names (see above)."""
    names = set()
    for m in _FUTURE_LIKE.finditer(text):
        b = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if b is None:
            continue
        w = b.group(1)
        if (w in _SPEAKER_VERBS or w[:1] in ("و", "ف") and w[1:] in _SPEAKER_VERBS) \
                and not _NOT_FUTURE_AT.match(text, m.start()):
            names.add(m.group(0))
    return frozenset(names)


class _CueWords(dict):
    r"""word -> which of FUTURE (1), PAST (2), CLAUSE (4) may match at its start, as bits;
    filled on first use, one entry per distinct word.

    Every match of the three patterns starts at a token (each pattern starts a word with
    ``(?<!\w)``, and a clause mark is a token of its own) and its first letters are a cue's first
    word (``FUTURE``, ``PAST``: after an optional و or ف), or a clause word or mark: so a token
    that does not begin so can start no match. The test is a prefix one (``w.startswith``), as
    a search that stops inside a word may match the part before the stop ("ان" of "انه").
    A token with "+" inside (``[\w+]+`` is one token) gets 8: a match may start after the "+".
    """

    def __missing__(self, w: str) -> int:
        if "+" in w:
            bits = 8
        elif w[:2] not in _HEADS_2 and w[1:3] not in _HEADS_2 and w not in _CLAUSE_MARKS and _HEADS_2_OK:
            bits = 0   # (most words: no head starts with their first two letters, with و/ف or not)
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
# the first two letters of every head and clause word: a word that starts with none of them
# (nor does after its first letter, for a و or ف) starts no cue
_HEADS_2 = frozenset(h[:2] for h in _FUTURE_HEADS + _PAST_HEADS + _CLAUSE_WORDS)
_HEADS_2_OK = all(len(h) >= 2 for h in _FUTURE_HEADS + _PAST_HEADS + _CLAUSE_WORDS)   # (else no gate)
_CUE_WORDS = _CueWords()


class Cues:
    """``FUTURE``, ``PAST`` and ``CLAUSE`` searches in the sentences of one text, tried only at
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
        # the words this text uses as a name though they look like a verb in the future
        self.names = _speaker_names(self.text)

    def of_sentence(self, a: int, b: int) -> tuple[list[int], list[int], list[int]]:
        """The starts in ``[a, b)`` where a match of ``FUTURE``, ``PAST``, ``CLAUSE`` may start."""
        got = self.sentences.get((a, b))
        if got is not None:
            return got
        starts = self.starts
        i0, i1 = bisect_left(starts, a), bisect_left(starts, b)
        words = self.words[i0:i1]
        bits = list(map(_CUE_WORDS.__getitem__, words))
        if self.names:
            names = self.names
            for i, w in enumerate(words):
                if bits[i] & 1 and (w in names or w[:1] in ("و", "ف") and w[1:] in names):
                    bits[i] &= ~1
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


def _last(match, text: str, at: list[int], pos: int, limit: int, endpos: int):
    """The last match of ``rx`` (``match`` is ``rx.match``) starting in ``[pos, limit)`` and ending
    by ``endpos``, where ``at`` holds every start a match may have, in order."""
    i = bisect_left(at, limit)
    lo = bisect_left(at, pos)
    while i > lo:
        i -= 1
        m = match(text, at[i], endpos)
        if m is not None:
            return m
    return None


def _last_clauses(text: str, at: list[int], pos: int, endpos: int) -> list:
    """The last two matches of ``CLAUSE.finditer(text, pos, endpos)`` in text order (its
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


_FUTURE_MATCH, _PAST_MATCH, _CLAUSE_MATCH = FUTURE.match, PAST.match, CLAUSE.match


def is_future(cues: Cues, a: int, b: int, c: Candidate, sentences: dict | None = None, day: bool = False) -> bool:
    """The tense of the clause holding the mention; a clause with no cue takes its sentence's
    first cue. (``cues.text[a:b]`` is the sentence.) With ``day`` (a bare weekday), a clause
    opened by a verb in the imperfect (يزور الرئيس الإمارات يوم الثلاثاء) speaks of a coming day."""
    text = cues.text
    future, past, clause = cues.of_sentence(a, b)
    # the clause: from the end of the last clause mark or word before the mention (or the
    # sentence start) to the next one after it (or the sentence end)
    last = _last_clauses(text, clause, a, c.fs)
    left = last[-1].end() if last else a
    m = _first(_CLAUSE_MATCH, text, clause, c.fe, b)
    right = m.start() if m else b
    # the verb nearest before the date governs it ("توقع الصندوق في تقرير صدر الثلاثاء": صدر; "وقع
    # الوزيران اتفاقا سيدخل حيز التنفيذ في يناير": سيدخل); with none before it, the first after it
    f = _last(_FUTURE_MATCH, text, future, left, c.fe, right)
    p = _last(_PAST_MATCH, text, past, left, c.fe, right)
    if day:
        return _day_is_future(cues, a, b, c, left, right, f, p)
    # a relative clause opened by a verb of an event in the imperfect right before the date dates
    # that event, ahead: "القمة التي تعقد في أكتوبر". Not any imperfect (الأزمة التي يعيشها البلد في
    # يناير: a state, told of the past as well), and not after منذ (الحرب التي تشهدها البلاد منذ
    # مارس: the date is where a state began)
    rel = _relative_event(text, left, c.fs)
    if rel > (p.start() if p is not None else -1) and rel > (f.start() if f is not None else -1):
        return True
    if f is not None or p is not None:
        return p is None or f is not None and f.start() > p.start()
    # a clause opened by a verb of an event in the imperfect dates a coming event ("وتعقد اللجنة
    # اجتماعها في مارس"، "تجري الانتخابات في أكتوبر"): as for a relative clause, only a verb of an
    # event (event_imperfect; not one of a state, "يعاني السكان في يناير"), and not after أن
    # (a subjunctive: "طلب أن تعقد الجلسة في مارس" may be past)
    if not (last and last[-1].group(0) == "ان") and _opens_with_event_verb(text, left, c.fs):
        return True
    f = _first(_FUTURE_MATCH, text, future, c.fe, right)
    p = _first(_PAST_MATCH, text, past, c.fe, right)
    if f is not None or p is not None:
        return p is None or f is not None and f.start() < p.start()
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


# a forecast's verb in the perfect (توقع البنك الثلاثاء …: it forecast on Tuesday) is past; what it
# forecasts comes after أن or as its object
_FORECAST_PERFECT = re.compile(r"[وف]?توقع(?:ت)?(?!\w)")
_DATE_WORD_CUE = re.compile(r"[وف]?(?:المقبل|القادم|غدا)")
# what puts a day after the date ahead even when nothing before it does: سوف, or سـ on a verb
_STRONG_FUTURE = re.compile(r"[وف]?(?:سوف|س[يتن])")


def _day_is_future(cues: Cues, a: int, b: int, c: Candidate, left: int, right: int, f, p) -> bool:
    """The tense of a bare weekday (الثلاثاء، يوم الجمعة) in the sentence ``[a, b)``, its clause
    ``[left, right)`` and ``f``/``p`` the last future and past cues before it there. A news report
    dates what happened: a day is past unless a cue before it says otherwise (its clause's, else the
    nearest in the sentence: "أعلن أنه سيغادر المستشفى صباح الجمعة"), its clause opens with a verb in
    the imperfect (يزور الرئيس البلاد يوم الثلاثاء), or سوف or a verb with سـ follows it in its clause.
    Cues after it are not read otherwise: "اتهم الرئيس الجمعة جاره بإثارة أزمة تستهدف …" is past."""
    text = cues.text
    future, past, clause = cues.of_sentence(a, b)
    if f is not None and _FORECAST_PERFECT.match(text, f.start()):
        f = None
    # a relative clause in the imperfect right before the day dates its own event, ahead, whatever
    # verb governs the sentence (القمة التي تستضيفها المدينة الأحد; قال الوزير في اجتماع القمة التي …)
    rel = _relative_imperfect(text, left, c.fs)
    if rel > (p.start() if p is not None else -1) and rel > (f.start() if f is not None else -1):
        return True
    # and one opened by a verb of the past its own past day: "سيعيد الشرح الذي قدمه يوم الأربعاء"
    if f is not None and _relative_perfect(text, f.end(), c.fs):
        return False
    if f is not None or p is not None:
        return p is None or f is not None and f.start() > p.start()
    last = _last_clauses(text, clause, a, c.fs)
    if not (last and last[-1].group(0) == "ان") and _opens_with_imperfect(text, left, c.fs):
        return True   # (after أن the verb is a subjunctive: "طلب منه أن يغادر الجمعة" may be past)
    f = _last(_FUTURE_MATCH, text, future, a, c.fs, c.fs)
    while f is not None and _DATE_WORD_CUE.match(text, f.start()):
        # (المقبل، القادم، غدا qualify a date of their own clause, not this day)
        f = _last(_FUTURE_MATCH, text, future, a, f.start(), c.fs)
    p = _last(_PAST_MATCH, text, past, a, c.fs, c.fs)
    if f is not None and _FORECAST_PERFECT.match(text, f.start()) and not any(
            m.group(0) == "ان" for m in _last_clauses(text, clause, f.end(), c.fs)):
        f = None   # (توقع البنك أن يصل الوفد الثلاثاء: the day is the forecast's, ahead)
    if f is not None or p is not None:
        return p is None or f is not None and f.start() > p.start()
    f = _first(_FUTURE_MATCH, text, future, c.fe, right)
    while f is not None and not _STRONG_FUTURE.match(text, f.start()):
        f = _first(_FUTURE_MATCH, text, future, f.end(), right)
    return f is not None


_FIRST_WORD = re.compile(r"[\s,،:؛\"«»“”]*([\u0621-\u064a]+)")
_NOT_IMPERFECT = frozenset(WORDS.get("not_imperfect", {}))
_EVENT_IMPERFECT = frozenset(WORDS.get("event_imperfect", {}))
_RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللتي|اللذين|اللتين|اللواتي)(?!\w)")


def _opens_with_imperfect(text: str, left: int, end: int) -> bool:
    """The clause ``text[left:end]`` opens with a verb in the imperfect, third person (يزور، ويلتقي),
    and no relative clause (التي طلبت …) stands between it and ``end``."""
    m = _FIRST_WORD.match(text, left, end)
    if m is None or _RELATIVE.search(text, m.end(), end):
        return False
    return _is_imperfect(m.group(1))


def _is_event_imperfect(w: str) -> bool:
    """``w`` is a verb of an event in the imperfect (``event_imperfect``, listed with تـ), in either
    person, with و/ف before it or its object's pronoun after it: تعقد، يعقد، وتجري، يعقدها."""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    w = "ت" + w[1:] if w[:1] == "ي" else w
    return w in _EVENT_IMPERFECT or _OBJECT_SUFFIX.sub("", w) in _EVENT_IMPERFECT


def _opens_with_event_verb(text: str, left: int, end: int) -> bool:
    """The clause ``text[left:end]`` opens with a verb of an event in the imperfect and no
    relative clause stands between it and ``end``."""
    m = _FIRST_WORD.match(text, left, end)
    if m is None or _RELATIVE.search(text, m.end(), end) or _SINCE_WORD.search(text, m.end(), end):
        return False
    return _is_event_imperfect(m.group(1))


def _relative_verb(text: str, left: int, end: int, gap: int):
    """The first word of the last relative clause in ``text[left:end]`` (its verb, by position) when
    that clause runs to ``end`` with at most ``gap`` words after the verb; else None."""
    if text.find("ل", left, end) < 0:   # (every relative has one: the common case, none, is cheap)
        return None
    last = None
    for last in _RELATIVE.finditer(text, left, end):
        pass
    if last is None:
        return None
    m = _FIRST_WORD.match(text, last.end(), end)
    if m is None or m.end() >= end or len(text[m.end():end].split()) > gap:
        return None
    return m


def _relative_imperfect(text: str, left: int, end: int) -> int:
    """A relative clause in ``text[left:end]`` opened by a verb in the imperfect and running to
    ``end``: "القمة التي تستضيفها الرياض الأحد" (a coming event) but not "التي طلبت الخميس".
    The verb's start, or -1."""
    # (its verb's subject may stand between them, a name of a few words; farther off, the date
    # belongs to a clause of its own: "النقابة التي تمثل السائقين أصدرت بيانا أشارت فيه إلى … الثلاثاء")
    m = _relative_verb(text, left, end, 4)
    if m is None:
        return -1
    w = m.group(1)
    # (its object is the relative's antecedent: تستضيفها، يعقده)
    ok = _is_imperfect(w) or w.endswith(("ها", "ه")) and len(w) > 5 and _is_imperfect(w[:-2] if w.endswith("ها") else w[:-1])
    return m.start(1) if ok else -1


_SINCE_WORD = re.compile(rf"(?<!\w)(?:{alt(ROLE_OUT)})(?!\w)")


def _relative_event(text: str, left: int, end: int) -> int:
    """As ``_relative_imperfect``, for a date that is no bare weekday: the verb must be one of an
    event (``event_imperfect``, in either person: تعقد، يعقدها) and no منذ (``ROLE_OUT``) may stand
    between it and the date. The verb's start, or -1."""
    m = _relative_verb(text, left, end, 4)
    if m is None or _SINCE_WORD.search(text, m.end(), end):
        return -1
    return m.start(1) if _is_event_imperfect(m.group(1)) else -1


_OBJECT_SUFFIX = re.compile(r"(?:ه|ها|هم|هما|هن)$")
_PAST_WORDS = frozenset(_PAST_CUES)


def _relative_perfect(text: str, left: int, end: int) -> bool:
    """A relative clause in ``text[left:end]`` opened by a verb of the past (``past_cue``, with or
    without its object's pronoun: أعلنته، عقدها) and running to ``end`` with a few words at most."""
    m = _relative_verb(text, left, end, 3)
    if m is None:
        return False
    w = m.group(1)
    return w in _PAST_WORDS or _OBJECT_SUFFIX.sub("", w) in _PAST_WORDS


def _is_imperfect(w: str) -> bool:
    """The word is a verb in the imperfect, third person (يزور، ويلتقي، تنطلق، تعقد)."""
    if w in _EVENT_IMPERFECT:
        return True
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    if w in _EVENT_IMPERFECT:
        return True
    if w[:1] == "ي":
        return len(w) >= 4 and w not in _NOT_IMPERFECT
    # تـ only where no verb in the past has the same letters: the derived forms whose past starts
    # with ا (تحتضن، تجتمع of افتعل; تنطلق، تنعقد of انفعل; تستضيف of استفعل). تجمع، تعهد، تقدم are
    # as often a verb in the past as one in the present, and a masdar تفعيل (تنفيذ) is a noun.
    return (w[:1] == "ت" and not w.endswith(("ه", "ات", "ي")) and (
        len(w) == 5 and (w[2] == "ت" or w[1] == "ن" and w[3] != "ي") or len(w) >= 6 and w.startswith("تست")))


class SentenceBounds:
    """``bounds(pos)``: the ``(start, end)`` of the sentence holding ``pos`` (a sentence ends at
    ``. ! ؟ ? ؛`` or a line break, which it excludes). The ends of one text are found once and
    looked up by bisection."""

    def __init__(self, text: str):
        self.ends = [m.start() for m in _SENT_END.finditer(text)]
        self.n = len(text)

    def __call__(self, pos: int) -> tuple[int, int]:
        ends = self.ends
        i = bisect_left(ends, pos)
        return (ends[i - 1] + 1 if i else 0), (ends[i] if i < len(ends) else self.n)


_SENT_END = re.compile(r"[.!؟?؛\n]")
