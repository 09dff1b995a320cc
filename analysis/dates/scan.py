"""Scanning a text with the rules: each rule tried only where it can start.

Scanning the whole text once per rule costs a millisecond or more per rule in Python's re,
so each rule is tried only where it can start: at a word that occurs in its pattern (a month
name, a unit, a relative word ...) or at a number. Which words those are is read off the
compiled patterns themselves, so a word added to a data table is a trigger at once.

>>> [(c.fs, c.fe, c.type) for c in scan("وصل الوفد امس")]
[(10, 13, 'date')]
"""
from __future__ import annotations

import re
from itertools import compress

from ..text import Tokens, fold, fold_plain
from .lexicon import MONTH_NAME, year_after
from .records import Candidate
from .rules import RULES

# so each rule is tried only where it can start: at a word that occurs in its pattern (a month
# name, a unit, a relative word ...) or at a number. Which words those are is read off the
# compiled patterns themselves, so a word added to a data table is a trigger at once.
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


_DIGIT_PROBES = ("2016", "2016-2017", "2016 هـ", "15 مارس 2020", "15 مارس", "15. مارس", "2- مارس", "12/03/2020",
                 "2020/03/12", "24 ساعة", "15يوما", "10:30", "3 من الشهر الجاري", "15 الجاري", "08/12, 2015", "22/4",
                 "27 و28 نوفمبر", "21 - 23 مايو", "3 أشهر الأولى", "3 سنوات الماضية", "25 شوال 1436", "3/2015",
                 "1436/10/25", "25/10/1436")


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
    for i, (_name, rx, _fn) in enumerate(RULES):
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
# Every word ``_starts_of`` can find a trigger in: a clitic (or none), then ال or لل (or neither),
# then a trigger. A word not among them starts no rule, told by one set look-up instead of a
# test of each clitic; the words among them go through the full test (the set is a superset:
# it ignores the length conditions). Made on first use, as the prefixes are (``_rule_prefixes``).
_TRIGGER_FORMS: frozenset | None = None


def _trigger_forms() -> frozenset:
    global _TRIGGER_FORMS
    if _TRIGGER_FORMS is None:
        _TRIGGER_FORMS = frozenset(cl + art + key for key in _TRIGGERS[0] for cl in ("",) + _CLITICS
                                   for art in ("", "ال", "لل"))
    return _TRIGGER_FORMS


def _starts_of(w: str) -> tuple:
    got = _WORD_STARTS.get(w)
    if got is not None:
        return got
    by_word, by_digit = _TRIGGERS
    if w[0].isdigit():
        got = ((0, tuple(by_digit)),)
    elif w not in (_TRIGGER_FORMS or _trigger_forms()):
        got = ()   # (most words: no clitic and article cut off them leaves a trigger)
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
    if name == "numeric_month_year":
        return n <= 2 and nxt in "/-" and nxt != ""
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
            (RULES[i][1].match, RULES[i][2]) for i in _TRIGGERS[1] if _digit_ok(RULES[i][0], key[0], key[1]))
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
    # (no prefix of a word longer than the longest of anyp is in it: the longer ones go untried)
    return anyp, exact, cut, max(map(len, anyp), default=0)


# what every match of a long pattern starts with is what its head starts with: the calendar
# rule up to the month name, the others up to what follows their number and unit
_HEADS = {"calendar": "(?P<mon>", "first_n_months": r"(?:\s+(?P<fl>", "duration": "(?P<half>",
          "season": "(?:" + year_after("z"), "same_period": "(?:" + year_after("s"), "quarter": "(?:" + year_after("q", True)}
_ONE_WORD = {"duration"}   # too many two-word starts to list


def _head(name: str, pattern: str) -> str:
    cut = _HEADS.get(name)
    if cut is None or cut not in pattern:
        return pattern
    head = pattern[:pattern.index(cut)] + ("(?:" + MONTH_NAME + ")" if name == "calendar" else "")
    try:
        re.compile(head)
    except re.error:
        return pattern
    return head


# Read off the patterns when a text is first scanned, not at import: reading them takes a
# fifth of the time ``import analysis`` took, and a program that imports the library to read
# nothing (a command's --help, a notebook's first cell) need not wait for it.
_RULE_PREFIXES: list | None = None


def _rule_prefixes() -> list:
    global _RULE_PREFIXES
    if _RULE_PREFIXES is None:
        _RULE_PREFIXES = [_prefix_sets(_head(name, rx.pattern), name not in _ONE_WORD) for name, rx, _fn in RULES]
    return _RULE_PREFIXES


def _fits(i: int, w: str) -> bool:
    """Whether rule ``i`` can match where the text reads ``w`` up to a non-letter (``w`` is a
    word, or a word, a space for a run of spaces and the next word). The scan asks ``_fit_mask``,
    which answers this for all rules at once; this one rule's test is what it is checked against."""
    ps = (_RULE_PREFIXES or _rule_prefixes())[i]
    if ps is None:
        return True
    anyp, exact, cut, longest = ps
    return w in cut or w in exact or any(w[:k] in anyp for k in range(1, min(len(w), longest) + 1))


# ``_fits`` for every rule at once, as a bit mask (bit i: rule i fits): the prefix sets of all
# rules merged into dicts, string -> the rules it is an entry of, so that a word is looked up
# once per length instead of once per length and rule.
_FIT_TABLES: tuple | None = None


def _fit_tables() -> tuple:
    global _FIT_TABLES
    if _FIT_TABLES is None:
        always = 0
        exact: dict[str, int] = {}   # cut and exact: the whole word must be the entry
        anys: dict[str, int] = {}    # anyp: a prefix of the word may be the entry
        for i, ps in enumerate(_rule_prefixes()):
            bit = 1 << i
            if ps is None:
                always |= bit
                continue
            anyp, ex, cut, _longest = ps
            for x in ex | cut:
                exact[x] = exact.get(x, 0) | bit
            for x in anyp:
                anys[x] = anys.get(x, 0) | bit
        # at lengths 3 and 6, the starts of the entries that long or longer: a word that
        # starts with none of them has no longer prefix among the entries, and the walk stops
        heads = {k: frozenset(x[:k] for x in anys if len(x) >= k) for k in _CHECKS}
        _FIT_TABLES = (always, exact, anys, heads, tuple(sorted({len(x) for x in anys})))
    return _FIT_TABLES


_CHECKS = (3, 6)


def _fit_mask(w: str) -> int:
    """The rules ``i`` with ``_fits(i, w)``, as bits."""
    always, exact, anys, heads, lengths = _FIT_TABLES or _fit_tables()
    m = always | exact.get(w, 0)
    n = len(w)
    get = anys.get
    for k in lengths:
        if k > n or k in heads and w[:k] not in heads[k]:
            break
        m |= get(w[:k], 0)
    return m


_CALLS = tuple((rx.match, fn) for _name, rx, fn in RULES)   # rule i -> (match, handler)
# a call of ``_CALLS`` -> its rule's bit, by identity: the calls of a word are always those
# tuples (``_calls_of``), and hashing a compiled pattern (in its bound ``match``) hashes its code
_BIT_OF = {id(c): 1 << i for i, c in enumerate(_CALLS)}


class _WordCalls(dict):
    """token -> ((offset, ((match, handler), ...)), ...): the rules that may start at a word
    (``_calls_of``); () for a token no rule starts at (a punctuation mark, most words);
    ``_NUMBER`` or ``_MIXED`` for a number or a mixed token (2024م، اوبك+), whose rules depend
    on what follows them. Filled on first use, so a text's tokens are looked up by one
    ``map`` in C."""

    def __missing__(self, w: str) -> tuple:
        if w.isalpha():
            if w in (_TRIGGER_FORMS or _trigger_forms()):
                return _calls_of(w)   # (stores it)
            got = ()   # (no rule can start at it: ``_starts_of`` would find nothing)
        elif w.isdecimal():
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
        m = _fit_mask(w[off:])
        fit = tuple(_CALLS[i] for i in rules if m >> i & 1)
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
        base, tail_exact, tail_any, lengths = _TAILS.get(w[off:]) or _tails(w[off:])
        # ``_fit_mask(w[off:] + " " + w2)``, the part that depends on ``w2`` looked up in ``w2`` alone
        m = base | tail_exact.get(w2, 0)
        if lengths:
            n2 = len(w2)
            for k in lengths:
                if k > n2:
                    break
                m |= tail_any.get(w2[:k], 0)
        # (most next words leave the same few masks: the rules they keep are made once per mask)
        fit = _KEPT.get((w, off, m))
        if fit is None:
            fit = tuple(r for r in rules if m & _BIT_OF[id(r)])
            if len(_KEPT) < 200_000:
                _KEPT[w, off, m] = fit
        if fit:
            got.append((off, fit))
    got = tuple(got)
    if len(_PAIR_CALLS) < 200_000:
        _PAIR_CALLS[w, w2] = got
    return got


_KEPT: dict[tuple[str, int, int], tuple] = {}   # (word, offset, mask) -> the word's calls the mask keeps


# A word and the next one are checked against the rules' prefixes (``_fit_mask``) once per pair
# of words, and most pairs are met once: "في" before every noun of the text. What the check finds
# in ``word + " " + next`` is what it finds in ``word + " "`` (the prefixes that end there: the
# same for every next word) and, among the prefixes that go on past the space, those that fit
# the next word; these are few per word ("في" starts "في وقت", "في اطار" ...) and are kept apart
# (``_spaced``), so that a new pair costs a look-up of the next word's starts, not the whole walk.
_TAILS: dict[str, tuple] = {}   # word -> (bits of what ends by its space, exact tails, tails, their lengths)
_SPACED: dict[str, tuple[dict[str, int], dict[str, int]]] | None = None


def _spaced() -> dict[str, tuple[dict[str, int], dict[str, int]]]:
    """``word + " "`` -> (exact entry -> bits, prefix entry -> bits) of the entries of
    ``_fit_tables`` that begin with it and go on after the space, by what follows the space."""
    global _SPACED
    if _SPACED is None:
        _always, exact, anys, _heads, _lengths = _FIT_TABLES or _fit_tables()
        spaced: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
        for table, which in ((exact, 0), (anys, 1)):
            for x, bits in table.items():
                i = x.find(" ")
                if 0 <= i < len(x) - 1:
                    tails = spaced.setdefault(x[:i + 1], ({}, {}))[which]
                    tails[x[i + 1:]] = tails.get(x[i + 1:], 0) | bits
        _SPACED = spaced
    return _SPACED


def _tails(rest: str) -> tuple:
    always, _exact, anys, _heads, lengths = _FIT_TABLES or _fit_tables()
    head = rest + " "
    base = always
    for k in lengths:   # the prefix entries that end within the word and its space
        if k > len(head):
            break
        base |= anys.get(head[:k], 0)
    tail_exact, tail_any = (_SPACED or _spaced()).get(head, ({}, {}))
    got = (base, tail_exact, tail_any, tuple(sorted({len(x) for x in tail_any})))
    if len(_TAILS) < 200_000:
        _TAILS[rest] = got
    return got


def scan(ft: str, tokens: Tokens | None = None) -> list[Candidate]:
    """Every rule's match at every word or number of ``ft`` that may start one.

    Rules start at runs of letters or of digits (``_RUN``). ``tokens`` are ``ft``'s shared tokens
    (``Folded.tokens``): a token of letters only or digits only is one run, and most tokens
    start no rule, so the loop visits the others only; a mixed token (``2024م``, ``اوبك+``) is
    cut into its runs here.
    """
    if tokens is None:
        tokens = fold(ft).tokens
    words, tstarts, tends, gaps = tokens
    out: list[Candidate] = []
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
