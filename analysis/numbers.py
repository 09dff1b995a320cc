"""Numbers in Arabic text: digits in every script, written numbers, scale words, fractions,
ordinals, percents and vague plurals, each with its span in the original text.

Finding runs on the folded text (``text.fold``): digits are ASCII there, ``أإآ`` are ``ا``,
``ى`` is ``ي`` and ``ة`` is ``ه``; the word lists in ``lang/ar/numbers.tsv`` are written in
that folded form. Every reading is one pass over a token list built by one compiled pattern.

>>> [(n.text, n.value) for n in number_mentions(fold("بلغ ٢٨ مليار دولار و1،1 بالمائة"))]
[('٢٨ مليار', 28000000000.0), ('1،1 بالمائة', 1.1)]
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import is_

import pandas as pd

from . import tables
from .lang import rows
from .text import Folded, fold

__all__ = ["NumberMention", "number_mentions", "find_numbers", "parse_digits", "MAX_VALUE"]

#: The largest amount read (10^27, a thousand trillion trillion: far above any sum, count or
#: rate a news article states). A number above it, or one too long to be a float at all (1 and
#: 400 zeros), is not a number mention: it is dropped whole, never given as ``inf``.
MAX_VALUE = 1e27



@dataclass(frozen=True)
class NumberMention:
    """One number as written: ``text[start:end]`` of the original text and its value.

    ``kind`` is ``number``, ``ordinal``, ``fraction`` or ``percent``. Vague amounts
    (``عشرات الآلاف``) have ``value`` None and ``value_low``/``value_high``.
    """

    text: str
    start: int
    end: int
    value: float | None
    value_low: float | None
    value_high: float | None
    kind: str
    fstart: int = field(default=0, metadata={"private": True})
    fend: int = field(default=0, metadata={"private": True})
    #: the largest scale word read (1e3, 1e6, ...) or None
    scale: float | None = field(default=None, metadata={"private": True})
    #: True when any part is written in words (not digits)
    written: bool = field(default=False, metadata={"private": True})
    #: folded end of the amount before a percent sign or phrase
    num_end: int = field(default=0, metadata={"private": True})
    #: a cardinal with the article after a noun with it (المواقع الستة): it counts that noun
    after_noun: bool = field(default=False, metadata={"private": True})


# --------------------------------------------------------------------------- language data

def _load_lexicon() -> dict[str, list[tuple[str, float]]]:
    lex: dict[str, list[tuple[str, float]]] = {}
    for word, value, cls in rows("numbers.tsv"):
        lex.setdefault(word, []).append((cls, float(value)))
    return lex


_LEX = _load_lexicon()
_PRICE_FRACTIONS = frozenset(r[0] for r in rows("price_fractions.tsv") if r[1] == "fraction")
_PAYING = frozenset(p + r[0] for r in rows("price_fractions.tsv") if r[1] == "paying" for p in ("", "و", "ف"))
# how far into its clause an amount makes a fraction word that is also a price's word the price
_PRICE_AMOUNT_REACH = 12
_CONJ_PREFIXES = ("و", "ف")
# prefixes a number word may carry: conjunction, then preposition, then the article
_PREFIXES = ["", "و", "ب", "ل", "ف", "وب", "ول", "فب", "ال", "وال", "بال", "لل", "فال", "وبال", "ولل"]
_PERCENT_WORDS = {"بالمائه", "بالمئه", "بالميه", "بالمايه", "بالماءه"}
_PERCENT_AFTER_FI = {"المائه", "المئه", "الميه", "المايه"}
_SCALE_WORDS = {w for w, c in _LEX.items() for cls, _ in c if cls.startswith("scale")}
_LEX_ARABIC = all(re.fullmatch("[\u0621-\u064a]+", w) for w in _LEX)


@dataclass(slots=True)
class _Tok:
    kind: str      # "num" (digits), "word", "sym", "punct"
    start: int     # folded offsets
    end: int
    text: str
    value: float | None = None  # digits: their value
    gap: bool = False           # True when only spaces separate it from the previous token


# One pattern cuts the folded text into tokens. URLs are one token so nothing inside is read.
_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)\S+)"
    r"|(?P<tun>\d+ر\d+(?![\u0621-\u064a]))"                       # 42ر2 = 2.42
    r"|(?P<frac>(?<![\d/])\d+/\d+(?![/\d]))"
    r"|(?P<num>(?:\d+(?:[.,،]\d+)*|\.\d+))(?P<glued>[A-Za-z\u0621-\u064a]*)"
    r"|(?P<word>[\u0621-\u064a]+)"
    r"|(?P<sym>[%$€£¢])"
    r"|(?P<punct>[^\s])"
)


def parse_digits(s: str) -> float | None:
    """The value of a digit string with thousands separators and a decimal mark.

    ``,`` ``،`` before exactly three digits group thousands; before one or two digits (or
    after a group) they mark decimals, as several outlets write them: ``12،220,13`` is
    12220.13, ``1،1`` is 1.1, ``100,000`` is 100000. More than one ``.`` (an IP address or a
    version) is no number.

    >>> parse_digits("12،220,13"), parse_digits("1،1"), parse_digits("٫٧٧".translate({0x66b: 46, 0x667: 55}))
    (12220.13, 1.1, 0.77)
    """
    parts = re.split(r"([.,،])", s)
    groups, seps = parts[0::2], parts[1::2]
    if not seps:
        return float(s)
    if seps.count(".") > 1:
        return None
    if groups[0] == "":
        return float("0." + groups[1]) if len(groups) == 2 else None
    # all separators but the last must be thousands groups of three digits
    for g, sep in zip(groups[1:-1], seps[:-1]):
        if len(g) != 3 or sep == ".":
            return None
    last_sep, last = seps[-1], groups[-1]
    head = "".join(groups[:-1])
    if last_sep == "." or len(last) != 3 or (len(seps) > 1 and seps[0] != last_sep):
        if last_sep != "." and len(last) > 3:
            return None
        return float(f"{head}.{last}")
    if len(groups[0]) > 3:
        return float(f"{head}.{last}")
    return float(head + last)


def _match_tokens(m: re.Match) -> list[tuple[str, int, int, str, float | None, bool | None]]:
    """The token(s) of one match of ``_TOKEN``: (kind, start, end, text, value, gap), gap None
    when it is that of the match. A match may give two or more tokens (50مليار, 27،28)."""
    kind = m.lastgroup
    if kind == "glued":
        kind = "num"
    if kind == "url":
        return [("punct", m.start(), m.end(), m.group(), None, None)]
    if kind == "tun":
        a, b = m.group().split("ر")
        return [("num", m.start(), m.end(), m.group(), float(f"{b}.{a}"), None)]
    if kind == "frac":
        a, b = m.group().split("/")
        v = float(a) / float(b) if float(b) else None
        return [("frac" if v is not None else "punct", m.start(), m.end(), m.group(), v, None)]
    if kind == "num":
        glued = m.group("glued")
        if glued and (glued in _SCALE_WORDS or glued in _PERCENT_WORDS or glued == "في"):
            # 50مليار، 16في المئة، 7بالمائة: a missing space before a scale word or a percent,
            # common in news copy
            ge = m.start("glued")
            v = parse_digits(m.group("num"))
            return [("num" if v is not None else "punct", m.start(), ge, m.group("num"), v, None),
                    ("word", ge, m.end(), glued, None, True)]
        if glued:
            # digits run into letters (4G, ٢٩ك, 5207صنف): a code or a typo, not a number
            return [("punct", m.start(), m.end(), m.group(), None, None)]
        v = parse_digits(m.group("num"))
        if v is None:
            # a list written without spaces (27،28) or an address: each group alone
            return [("num", m.start() + g.start(), m.start() + g.end(), g.group(), float(g.group()), False)
                    for g in re.finditer(r"\d+", m.group("num"))]
        return [("num", m.start(), m.end(), m.group(), v, None)]
    return [(kind, m.start(), m.end(), m.group(), None, None)]


# The same cut as ``_TOKEN`` in one C-level pass: re.split gives, for every token, the spaces
# before it and its text (offsets are running lengths). Words, signs and punctuation (group 2)
# are known from their first character; tokens that start with a digit, a dot before a digit,
# h or w (group 3: numbers, URLs) are read again with ``_TOKEN`` at their offset. The
# alternatives start with different characters, so trying words first changes no token.
_SPLIT = re.compile(
    r"(\s*)(?:([\u0621-\u064a]+|\.(?!\d)|[^\s\d.hw])"
    r"|((?:https?://|www\.)\S+"
    r"|\d+ر\d+(?![\u0621-\u064a])"
    r"|(?<![\d/])\d+/\d+(?![/\d])"
    r"|(?:\d+(?:[.,،]\d+)*|\.\d+)[A-Za-z\u0621-\u064a]*"
    r"|[^\s]))"
)
_SPACES = " \t\u00a0"
_KIND: dict[str, str] = {}  # first character of a word, sign or punctuation token -> its kind


def _kind_of(text: str) -> str:
    c = text[0]
    k = _KIND.get(c)
    if k is None:
        k = _KIND[c] = "word" if "\u0621" <= c <= "\u064a" else "sym" if c in "%$€£¢" else "punct"
    return k


class _Toks:
    """The tokens of a text as parallel lists; a ``_Tok`` is made when it is first asked for.

    ``kinds[i]`` is None until asked for (except for numbers); ``spaces[i]`` is what separates
    token i from the one before it, None when the two are not apart (27،28 read as 27 and 28).
    """

    __slots__ = ("kinds", "starts", "ends", "texts", "values", "spaces", "numeric", "_made")

    def __init__(self, kinds, starts, ends, texts, values, spaces, numeric):
        self.kinds, self.starts, self.ends, self.texts, self.values, self.spaces, self.numeric = \
            kinds, starts, ends, texts, values, spaces, numeric
        self._made: list[_Tok | None] = [None] * len(texts)

    def __len__(self) -> int:
        return len(self.texts)

    def gap(self, i: int) -> bool:
        """Only spaces, tabs or no-break spaces between token i and token i-1."""
        if i <= 0:
            return False
        s = self.spaces[i]
        return s == " " or s == "" or (s is not None and not s.strip(_SPACES))

    def kind(self, i: int) -> str:
        k = self.kinds[i]
        if k is None:
            text = self.texts[i]
            k = self.kinds[i] = _KIND.get(text[0]) or _kind_of(text)
        return k

    def __getitem__(self, i: int) -> _Tok:
        tk = self._made[i]
        if tk is None:
            if i < 0:
                i += len(self.texts)
            text = self.texts[i]
            kind = self.kinds[i] or self.kind(i)
            tk = self._made[i] = _Tok(kind, self.starts[i], self.ends[i], text, self.values[i], self.gap(i))
        return tk

    def __iter__(self):
        return (self[i] for i in range(len(self.texts)))


def _tokens(text: str) -> _Toks:
    """Cut the folded text into tokens (kind, folded offsets, text, digit value, gap)."""
    pieces = _SPLIT.split(text.rstrip())  # [before, spaces, plain, special, before, ..., rest]
    spaces = pieces[1::4]
    texts = pieces[2::4]  # None where the token is special
    n = len(texts)
    special = list(compress(range(n), pieces[3::4]))
    for i in special:
        texts[i] = pieces[4 * i + 3]
    # offsets: running lengths of spaces, token, spaces, token, ... ("before" is always empty)
    runs = [None] * (2 * n)
    runs[0::2] = spaces
    runs[1::2] = texts
    offs = list(accumulate(map(len, runs)))
    starts = offs[0::2]
    ends = offs[1::2]
    kinds: list[str | None] = [None] * n
    values: list[float | None] = [None] * n
    numeric: list[int] = []  # indices of the num and frac tokens
    shift = 0  # tokens added by the specials before this one
    found = [(i, _match_tokens(_TOKEN.match(text, starts[i]))) for i in special]
    for i, toks in found:
        numeric.extend(i + shift + k for k, t in enumerate(toks) if t[0] == "num" or t[0] == "frac")
        shift += len(toks) - 1
    for i, toks in reversed(found):  # from the end, so that a token cut in two moves no index before it
        if len(toks) == 1:
            kinds[i], starts[i], ends[i], texts[i], values[i], gap = toks[0]
            if gap is not None:
                spaces[i] = "" if gap else None
        else:
            kinds[i:i + 1] = [t[0] for t in toks]
            starts[i:i + 1] = [t[1] for t in toks]
            ends[i:i + 1] = [t[2] for t in toks]
            texts[i:i + 1] = [t[3] for t in toks]
            values[i:i + 1] = [t[4] for t in toks]
            spaces[i:i + 1] = [spaces[i] if t[5] is None else "" if t[5] else None for t in toks]
    return _Toks(kinds, starts, ends, texts, values, spaces, numeric)


# --------------------------------------------------------------------------- tokens from the shared cut
#
# The article's words are already cut once (``Folded.tokens``: runs of letters and digits,
# single marks, the white space between) for the other modules; reusing that cut is much
# cheaper than cutting the whole text again. The two cuts differ only inside a chunk of text
# between white space (no token of either cut crosses white space, and none of our patterns
# looks past it), and only in a chunk that holds a token other than
#
# * a run of Arabic letters or a single mark ("plain"): with no digit, h or w in the chunk,
#   every run is one word token of ours and every mark one sign or punctuation token;
# * digits alone (2024, «2024»): one number token of ours, unless a mark and a digit follow
#   (1.5, 1/2, 27،28) or a dot comes before (.5).
#
# The few chunks that hold anything else (1.5, و5، 50مليار, URLs, Latin words) are cut again
# with ``_tokens``, all in one call.

# a shared token that is one token of ours as it stands
_PLAIN = re.compile(r"[\u0621-\u064a]+|[^\w\s]")
# digits that are a number alone: matches up to the end of the shared token when they are
_DIGITS_ALONE = re.compile(r"\d+(?![/.,،]\d)")
# per distinct shared token: its readings (see ``_lookup``) when it is plain, None when not
_PLAIN_READINGS: dict[str, tuple | None] = {}


def _plain_readings(word: str) -> tuple | None:
    if len(_PLAIN_READINGS) > 50000:
        _PLAIN_READINGS.clear()
    if _PLAIN.fullmatch(word) is None:
        r = None
    else:   # (``_lookup(word)`` without its call for the many words that are no number word)
        r = _PREFIXED.get(word)
        if r is None:
            r = _lookup(word) if word.endswith(_PRONOUNS) else ()
    _PLAIN_READINGS[word] = r
    return r


def _shared_tokens(folded: Folded) -> tuple[_Toks, list[tuple]]:
    """``_tokens(folded.text)`` and the readings of each token, from ``folded.tokens``.

    (Only for a lexicon of Arabic words: a token of anything else then has no reading.)
    """
    text = folded.text
    words, wstarts, wends, gaps = folded.tokens
    n = len(words)
    read = list(map(_PLAIN_READINGS.get, words))  # one dict lookup per token
    kinds: list[str | None] = [None] * n
    values: list[float | None] = [None] * n
    nums: list[int] = []  # the shared tokens that are a number alone
    odd: list[int] = []  # the other tokens that are not plain
    if None in read:
        for i in compress(range(n), map(is_, read, repeat(None))):
            w = words[i]
            r = _PLAIN_READINGS[w] if w in _PLAIN_READINGS else _plain_readings(w)
            if r is not None:
                read[i] = r
            elif w.isdecimal() and (m := _DIGITS_ALONE.match(text, wstarts[i])) and m.end() == wends[i] \
                    and text[wstarts[i] - 1:wstarts[i]] != ".":
                read[i] = ()
                kinds[i], values[i] = "num", float(w)
                nums.append(i)
            else:
                odd.append(i)
    if not odd:  # (the parser never writes to these lists: sharing them is safe)
        return _Toks(kinds, wstarts, wends, words, values, gaps[:n], nums), read
    # the chunks that hold an odd token, as shared index ranges [a, b)
    chunks: list[tuple[int, int]] = []
    for i in odd:
        if chunks and i < chunks[-1][1]:
            continue  # in the chunk of the odd token before
        a, b = i, i + 1
        while a > 0 and gaps[a] == "":
            a -= 1
        while b < n and gaps[b] == "":
            b += 1
        chunks.append((a, b))
    # cut them in one call, joined by a space: a chunk at c in the joined text is at
    # c + shift in the text
    parts = [text[wstarts[a]:wends[b - 1]] for a, b in chunks]
    cut = _tokens(" ".join(parts))
    # where each chunk's tokens land: a chunk may give more or fewer tokens than the shared
    # cut (1.5 is one token of ours, three shared ones)
    numeric: list[int] = []
    spans = []
    c0 = k0 = moved = p = 0
    cnum, nn = cut.numeric, len(nums)
    for (a, b), part in zip(chunks, parts):
        c1 = c0 + len(part)
        k1 = bisect_left(cut.starts, c1, k0)
        while p < nn and nums[p] < a:
            numeric.append(nums[p] + moved)
            p += 1
        while p < nn and nums[p] < b:
            p += 1  # cut again with its chunk
        # (the cut's numeric indices ascend: those of this chunk are one slice)
        numeric.extend(k - k0 + a + moved for k in cnum[bisect_left(cnum, k0):bisect_left(cnum, k1)])
        spans.append((a, b, k0, k1, wstarts[a] - c0))
        moved += (k1 - k0) - (b - a)
        c0, k0 = c1 + 1, k1
    numeric.extend(i + moved for i in nums[p:])
    # the shared tokens between the chunks as they are, each chunk's as cut again: built in
    # one pass from the start (replacing each chunk's slice in place moves every token after
    # it, for every chunk: quadratic on a long text with many)
    kinds_, starts, ends, texts, values_, spaces, read_ = [], [], [], [], [], [], []
    prev = 0
    for a, b, k0, k1, shift in spans:
        kinds_ += kinds[prev:a]
        kinds_ += cut.kinds[k0:k1]
        starts += wstarts[prev:a]
        starts += [s + shift for s in cut.starts[k0:k1]]
        ends += wends[prev:a]
        ends += [e + shift for e in cut.ends[k0:k1]]
        texts += words[prev:a]
        texts += (ct := cut.texts[k0:k1])
        values_ += values[prev:a]
        values_ += cut.values[k0:k1]
        # the first token is apart from the one before by the chunk's white space (unless
        # it is not apart at all: 27،28 cut in two)
        sp = cut.spaces[k0:k1]
        if sp and sp[0] is not None:
            sp[0] = gaps[a]
        spaces += gaps[prev:a]
        spaces += sp
        read_ += read[prev:a]
        read_ += [_READINGS[t] if t in _READINGS else _readings(t) for t in ct]
        prev = b
    kinds_ += kinds[prev:]
    starts += wstarts[prev:]
    ends += wends[prev:]
    texts += words[prev:]
    values_ += values[prev:]
    spaces += gaps[prev:n]
    read_ += read[prev:]
    return _Toks(kinds_, starts, ends, texts, values_, spaces, numeric), read_


def _prefixed_readings() -> dict[str, tuple]:
    """Every number word with each prefix it may carry -> its readings, in the order of the
    prefixes (then of the lexicon): a word is then one look-up, not a test of each prefix."""
    out: dict[str, list] = {}
    for p in _PREFIXES:
        for word, readings in _LEX.items():
            if len(word) < 2:
                continue
            out.setdefault(p + word, []).extend(
                (cls, v, len(p), p[:1] in _CONJ_PREFIXES, "ال" in p or p.endswith("لل")) for cls, v in readings)
    return {w: tuple(r) for w, r in out.items()}


_PREFIXED = _prefixed_readings()


@lru_cache(maxsize=50000)
def _lookup(word: str) -> tuple[tuple[str, float, int, bool, bool], ...]:
    """Readings of a word: (class, value, prefix length, has conjunction, is definite)."""
    out = list(_PREFIXED.get(word, ()))
    if not out and word.endswith(_PRONOUNS):
        # نصفها، ثلثهم: a fraction of the whole its pronoun stands for
        for suffix in _PRONOUNS:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                for p in ("", "و", "ف", "ب"):
                    base = word[len(p):-len(suffix)]
                    if word.startswith(p):
                        out.extend(("fraction_of", v, len(p), p in _CONJ_PREFIXES, False)
                                   for cls, v in _LEX.get(base, ()) if cls in ("fraction", "fraction_dual"))
                break
    return tuple(out)


_PRONOUNS = ("هما", "ها", "هم", "هن")
# (a group named by its number: مجموعة الدول السبع)
_GROUP_WORDS = frozenset(("مجموعه", "لمجموعه", "ومجموعه", "بمجموعه", "قمه", "نادي"))


# _lookup of every token text met (a dict lookup is cheaper than the lru_cache call)
_READINGS: dict[str, tuple] = {}


def _readings(text: str) -> tuple:
    if len(_READINGS) > 50000:
        _READINGS.clear()
    r = _READINGS[text] = _lookup(text)
    return r


def _has(readings, cls, definite=None, conj=None):
    for r in readings:
        if r[0] == cls and (definite is None or r[4] == definite) and (conj is None or r[3] == conj):
            return r
    return None


def _no_article(word: str, pfx: int) -> int:
    """Prefix length without the article: the span of المئات keeps its ال, drops و/ب."""
    p = word[:pfx]
    return pfx - (2 if p.endswith("ال") else 1 if p.endswith("لل") else 0)


# --------------------------------------------------------------------------- the parser

class _Parser:
    def __init__(self, folded: Folded):
        self.f = folded
        self.t = folded.text
        if _LEX_ARABIC:
            # number words are Arabic letters only: any other token (digits, signs, a URL) has none
            toks, self.read = _shared_tokens(folded)
            self.toks = toks
            self.n = len(toks)
        else:
            self.toks = toks = _tokens(folded.text)
            self.n = len(toks)
            self.read = [(_lookup(t) if toks.kind(i) == "word" else ()) for i, t in enumerate(toks.texts)]

    # helpers ------------------------------------------------------------------------------
    def tok(self, i):
        return self.toks[i] if 0 <= i < self.n else None

    def adj(self, i):
        """Token i follows i-1 with only spaces between."""
        if i <= 0 or i >= self.n:
            return False
        s = self.toks.spaces[i]
        return s == " " or s == "" or (s is not None and not s.strip(_SPACES))

    def conj_word(self, i):
        """A standalone و (``واحدة و عشرون``)."""
        # (the lists, not a _Tok: most tokens are never made one)
        return 0 <= i < self.n and self.toks.texts[i] == "و" and self.adj(i) and self.adj(i + 1)

    def reading(self, i, cls, *, conj=None, definite=False):
        if not (0 <= i < self.n):
            return None
        return _has(self.read[i], cls, definite, conj)

    def next_is(self, i, cls, need_conj):
        """Reading of class ``cls`` at i (joined by a conjunction if need_conj): (reading, index)."""
        if need_conj:
            r = self.reading(i, cls, conj=True)
            if r and self.adj(i):
                return r, i
            if self.conj_word(i):
                r = self.reading(i + 1, cls, conj=False)
                if r:
                    return r, i + 1
            return None, i
        r = self.reading(i, cls, conj=False)
        return (r, i) if r and self.adj(i) else (None, i)

    def is_digit_at(self, i, need_conj):
        if not 0 <= i < self.n:
            return None
        toks = self.toks
        if need_conj:
            # و5 is tokenised as a word "و" glued to digits; "و 5" as a standalone و
            if toks.texts[i] in ("و", "وب") and i + 1 < self.n and toks.kind(i + 1) == "num" \
                    and (toks.starts[i + 1] == toks.ends[i] or self.adj(i + 1)) and self.adj(i):
                return i + 1
            return None
        return i if toks.kind(i) == "num" and (self.adj(i) or i == 0) else None

    def _price_of(self, i):
        """The word at token i, a fraction's and a price's, is the price: a verb of paying before
        it (its subject may stand between: دفع المشتري ثمن), or an amount (digits or a number
        word) a few words on, before its clause ends."""
        for k in range(i - 1, max(-1, i - 4), -1):
            if self.toks.kind(k) != "word" or not self.adj(k + 1):
                break
            if self.toks.texts[k] in _PAYING:
                return True
        for k in range(i + 2, min(self.n, i + 2 + _PRICE_AMOUNT_REACH)):
            kind = self.toks.kind(k)
            if kind == "num":
                return True
            if kind == "punct" and self.toks.texts[k] in "،,.؛;:!؟?":
                return False
            if kind == "word" and any(r[0] in ("unit", "ten", "hundred", "scale", "scale_dual") for r in self.read[k]):
                return True
        return False

    # groups -------------------------------------------------------------------------------
    def group(self, i, first=False, conj=False):
        """A written number below 1000 starting at token i: (value, next index, prefix len) or None."""
        # conj: the group must be joined to what comes before by و
        if not 0 <= i < self.n or self.toks.kind(i) != "word":
            return None
        if conj:
            cands = [r for r in self.read[i] if r[3] and not r[4]]
            if not cands and self.conj_word(i):
                i += 1
                cands = [r for r in self.read[i] if not r[3] and not r[4]]
        else:
            cands = [r for r in self.read[i] if not r[3] and not r[4]] if not first else \
                [r for r in self.read[i] if not r[4]]
        cls = {r[0]: r for r in cands}
        if not cls:
            return None
        pfx = next(iter(cls.values()))[2]
        if "teen_first" in cls:
            r, k = self.next_is(i + 1, "unit", False)
            if r and r[1] == 10:
                return cls["teen_first"][1] + 10, k + 1, pfx
        if "teen" in cls:
            return cls["teen"][1], i + 1, cls["teen"][2]
        if "unit" in cls:
            u = cls["unit"]
            v, j = u[1], i + 1
            r, k = self.next_is(j, "unit", False)
            if r and r[1] == 10 and 1 <= v <= 9:  # ثلاثة عشر
                return v + 10, k + 1, u[2]
            r, k = self.next_is(j, "hundred", False)
            if r and r[1] == 100 and 1 <= v <= 9:  # ثلاث مئة
                v, j = v * 100, k + 1
                return self._after_hundred(v, j, u[2])
            if 1 <= v <= 9:
                r, k = self.next_is(j, "ten", True)
                if r:
                    return v + r[1], k + 1, u[2]
            return v, j, u[2]
        if "ten" in cls:
            return cls["ten"][1], i + 1, cls["ten"][2]
        if "hundred" in cls:
            return self._after_hundred(cls["hundred"][1], i + 1, cls["hundred"][2])
        return None

    def _after_hundred(self, v, j, pfx):
        # ثلاثمائة وخمسة وعشرون; Egyptian: متين واحد وعشرين (no و after the hundreds)
        for need in (True, False):
            g = self.group(j, conj=need) if need else None
            if not need:
                tk = self.tok(j)
                if tk is not None and self.adj(j):
                    cands = [r for r in self.read[j] if not r[3] and not r[4] and r[0] in ("unit", "teen", "ten", "teen_first")]
                    if cands:
                        g = self.group(j)
            if g and g[0] < 100:
                return v + g[0], g[1], pfx
        return v, j, pfx

    def _unit_or_number_at(self, j):
        """What makes digits after و an amount of their own: a percent, a scale or another number
        (5 آلاف و10%، 20 ألفا و30 ألفا)."""
        if not 0 <= j < self.n:
            return False
        return bool(self.percent_after(j)) or self.toks.kind(j) in ("num", "sym") \
            or any(r[0].startswith(("scale", "vague")) for r in self.read[j])

    def _in_parens(self, i, j):
        """Token i (digits) is set alone in parentheses: «(» right before it, «)» right after
        (token j), a space and a word after that."""
        toks = self.toks
        return 0 < i and j + 1 < self.n and toks.texts[i - 1] == "(" and toks.texts[j] == ")" \
            and toks.ends[i - 1] == toks.starts[i] and toks.ends[i] == toks.starts[j] and self.adj(j + 1)

    def scale_at(self, j):
        """A scale word right after the number: (multiplier, index after, is_plural)."""
        if not (0 <= j < self.n and self.read[j]):
            return None  # (most tokens have no reading at all)
        for cls in ("scale", "scale_plural"):
            r, k = self.next_is(j, cls, False)
            if r:
                return r[1], k + 1
        return None

    # the main reading ---------------------------------------------------------------------
    def amount(self, i):
        """Read a cardinal amount at token i: dict or None."""
        tk = self.toks[i]
        neg = False
        start_tok, pfx = i, 0
        if tk.kind == "word" and tk.text in ("سالب", "ناقص") and i + 1 < self.n and self.adj(i + 1):
            neg, i = True, i + 1
            tk = self.toks[i]
        written = False
        value = None
        last_scale = math.inf
        scale_seen = None
        j = i
        if tk.kind in ("num", "frac"):
            value, j = tk.value, i + 1
            if tk.kind == "frac":
                v = self._sign(tk, value)
                return dict(start=tk.start - (v < 0), end=tk.end, value=-abs(v) if neg else v, kind="fraction",
                            written=False, scale=None, first=start_tok, next=j, neg_tok=neg, pfx=0)
            # 1 فاصلة 1
            if j < self.n and self.toks.texts[j] == "فاصله" and j + 1 < self.n \
                    and self.toks.kind(j + 1) == "num" and self.adj(j) and self.adj(j + 1):
                value = float(f"{int(value)}.{self.toks[j + 1].text}")
                j += 2
        else:
            readings = self.read[i]
            if not readings:
                return None
            fr = _has(readings, "fraction", False) or _has(readings, "fraction_amb", False) \
                or _has(readings, "fraction_dual", False)
            nxt = self.tok(i + 1)
            if fr and not fr[3] and self.scale_at(i + 1) is None and not (
                    nxt is not None and self.adj(i + 1) and self.reading(i + 1, "scale", conj=False, definite=True)):
                before_noun = nxt is not None and self.adj(i + 1) and nxt.kind == "word" \
                    and nxt.text.startswith("ال") and len(nxt.text) > 3 and not self.read[i + 1]
                if fr[0] != "fraction_amb" or before_noun and not (
                        tk.text[fr[2]:] in _PRICE_FRACTIONS and self._price_of(i)):
                    return dict(start=tk.start + fr[2], end=tk.end, value=-fr[1] if neg else fr[1], kind="fraction",
                                written=True, scale=None, first=start_tok, next=i + 1, neg_tok=neg, pfx=fr[2])
            g = self.group(i, first=True)
            du = _has(readings, "unit", True) or _has(readings, "ten", True)
            if g is None and du and self.scale_at(i + 1):
                g = du[1], i + 1, du[2]  # العشرة مليارات: a number with the article before its scale
            if g:
                value, j, pfx = g
                written = True
                # ثلاثة أرباع
                r, k = self.next_is(j, "fraction_plural", False)
                if r and value <= 10:
                    end = self.toks[k].end
                    return dict(start=tk.start + pfx, end=end, value=value * r[1], kind="fraction", written=True,
                                scale=None, first=start_tok, next=k + 1, neg_tok=neg, pfx=pfx)
                # فاصلة
                if self.tok(j) is not None and self.toks[j].text == "فاصله" and self.adj(j):
                    g2 = self.group(j + 1)
                    if g2:
                        value = float(f"{int(value)}.{int(g2[0])}")
                        j = g2[1]
            else:
                r = _has(readings, "scale", False) or _has(readings, "scale_dual", False)
                fr = _has(readings, "fraction", False) or _has(readings, "fraction_amb", False) \
                    or _has(readings, "fraction_dual", False)
                if r and not r[3] or (r and r[3] and i > 0 and self.toks[i - 1].kind != "num"):
                    pfx = r[2]
                    value, j = r[1], i + 1
                    last_scale = scale_seen = r[1] if r[0] == "scale" else r[1] / 2
                    written = True
                    s2 = self.scale_at(j)  # ألف مليون، ألف ألف (a thousand thousand: a million)
                    while s2 and s2[0] >= last_scale:
                        value, j = value * s2[0], s2[1]
                        last_scale = scale_seen = s2[0]
                        s2 = self.scale_at(j)
                elif fr and not fr[4]:
                    s = self.scale_at(i + 1)
                    if s is None:
                        rr, k = self.next_is(i + 1, "scale", False)
                        rr = rr or self.reading(i + 1, "scale", conj=False, definite=True)
                        s = (rr[1], i + 2) if rr and self.adj(i + 1) else None
                    if s:
                        pfx = fr[2]
                        value, j = fr[1] * s[0], s[1]
                        last_scale = scale_seen = s[0]
                        written = True
                    else:
                        return None
                else:
                    return None
        if value is None:
            return None
        # a scale word after the number: 28 مليار، ثلاثة ملايين، 100 الف
        paren = None
        if last_scale is math.inf and tk.kind == "num" and self._in_parens(i, j):
            # (2571) مليون ريال: digits set in parentheses, the scale word after them
            s = self.scale_at(j + 1)
            if s:
                paren = self.toks.starts[i - 1]
                value *= s[0]
                last_scale = scale_seen = s[0]
                j = s[1]
        if last_scale is math.inf:
            s = self.scale_at(j)
            if s:
                value *= s[0]
                last_scale = scale_seen = s[0]
                j = s[1]
                s2 = self.scale_at(j)  # 12 ألف مليون، 12 ألف ألف
                while s2 and s2[0] >= last_scale:
                    value, j = value * s2[0], s2[1]
                    last_scale = scale_seen = s2[0]
                    s2 = self.scale_at(j)
        # more groups joined by و, each with a smaller scale: 8 ملايين و157 ألف، مليار و200 مليون
        while last_scale is not math.inf:
            k = self.is_digit_at(j, True)
            if k is not None:
                s = self.scale_at(k + 1)
                if s and s[0] < last_scale:
                    value += self.toks[k].value * s[0]
                    last_scale, j = s[0], s[1]
                    continue
                rest = self.toks[k].value
                if s is None and last_scale >= 1000 and rest is not None and rest == int(rest) and 0 < rest < 1000 \
                        and not self._unit_or_number_at(k + 1):
                    value += rest  # 65 ألف و900: the hundreds after the thousands
                    j = k + 1
                break
            g = self.group(j, conj=True)
            if g:
                s = self.scale_at(g[1])
                if s and s[0] < last_scale:
                    value += g[0] * s[0]
                    last_scale, j = s[0], s[1]
                    written = True
                    continue
                if g[0] < last_scale and written:
                    value += g[0]
                    j = g[1]
                break
            # وربع المليون، ونصف، ونصف مليون (the scale said again, with the article or without)
            fr, k = self.next_is(j, "fraction", True)
            if fr:
                value += fr[1] * last_scale
                j = k + 1
                r = self.reading(j, "scale", conj=False, definite=None)
                if r and self.adj(j) and r[1] == last_scale:
                    j += 1
                break
            break
        # written fractions: مائة على خمسة وثلاثون، واحد من ثلاثة
        kind = "number"
        if written and scale_seen is None and self.tok(j) is not None and self.toks[j].text in ("علي", "من") \
                and self.adj(j) and self.tok(j + 1) is not None and self.adj(j + 1):
            den = self.amount(j + 1) if self.toks[j + 1].kind == "word" else None
            if den and den["written"] and den["value"] and den["kind"] == "number":
                value = value / den["value"]
                j = den["next"]
                kind = "fraction"
        end = self.toks.ends[j - 1]
        start = tk.start + pfx
        if not written and tk.kind == "num":  # (tk is token i)
            value = self._sign(tk, value)
            if value < 0:
                start = self.t.rindex("-", 0, start)
        if paren is not None:
            start = paren  # (the span holds both parentheses: «(2571) مليون»)
        if neg:
            value = -abs(value)
            start = self.toks[start_tok].start
        return dict(start=start, end=end, value=value, kind=kind, written=written, scale=scale_seen,
                    first=start_tok, next=j, neg_tok=neg, pfx=pfx)

    def _minus(self, tk):
        s = tk.start
        if s > 1 and self.t[s - 1] == " " and self.t[s - 2] == "-":
            s -= 1  # "- 0.4%": a minus sign set apart by a space
        if s > 0 and self.t[s - 1] == "-":
            before = self.t[:s - 1].rstrip()
            return not before or not (before[-1].isdigit() or before[-1] in "%$€")
        return False

    def _sign(self, tk, value):
        return -value if self._minus(tk) else value

    def percent_after(self, j):
        """End (folded) of a percent sign or phrase right after token index j-1, and the next index."""
        if not 0 <= j < self.n:
            return None
        toks = self.toks
        kind, text = toks.kind(j), toks.texts[j]
        if kind == "sym" and text == "%" and (toks.starts[j] - toks.ends[j - 1]) <= 1:
            return toks.ends[j], j + 1
        if kind == "word" and self.adj(j):
            if text in _PERCENT_WORDS:
                return toks.ends[j], j + 1
            if text == "في" and j + 1 < self.n and toks.texts[j + 1] in _PERCENT_AFTER_FI and self.adj(j + 1):
                return toks.ends[j + 1], j + 2
        return None

    # ordinals and vague plurals -----------------------------------------------------------
    def ordinal(self, i):
        rd = self.read[i]
        tk = self.toks[i]
        o = _has(rd, "ordinal", None, False) or _has(rd, "ordinal", None, True)
        tf = _has(rd, "teen_first", True)
        unit_def = _has(rd, "unit", True)
        ten_def = _has(rd, "ten", True)
        base = o or tf or (unit_def if unit_def and 1 <= unit_def[1] <= 9 else None)
        if base is not None or ten_def:
            r0 = base or ten_def
            p = tk.text[:r0[2]]
            keep = 2 if p.endswith("ال") else (1 if p.endswith("لل") else 0)
            if base is not None:
                base = (base[0], base[1], base[2] - keep) + base[3:]
            else:
                ten_def = (ten_def[0], ten_def[1], ten_def[2] - keep) + ten_def[3:]
        if base is not None:
            if i > 0 and self.toks.texts[i - 1] in ("درجه", "الدرجه") and self.adj(i):
                return None  # الدرجة الأولى: a class of travel, not a rank in a list
            v, j, pfx = base[1], i + 1, base[2]
            r, k = self.next_is(j, "unit", False)
            if r and r[1] == 10 and (o or tf or unit_def) and v <= 9:
                return tk.start + pfx, self.toks[k].end, v + 10, k + 1
            r = self.reading(j, "ten", conj=True, definite=True)
            if r and self.adj(j):
                return tk.start + pfx, self.toks[j].end, v + r[1], j + 1
            if self.conj_word(j):
                r = self.reading(j + 1, "ten", conj=False, definite=True)
                if r:
                    return tk.start + pfx, self.toks[j + 1].end, v + r[1], j + 2
            if o:
                return tk.start + pfx, tk.end, v, j
            return None
        if ten_def:
            return tk.start + ten_def[2], tk.end, ten_def[1], i + 1
        return None

    def vague(self, i):
        rd = self.read[i]
        tk = self.toks[i]
        v = _has(rd, "vague", None)
        if v:
            v = (v[0], v[1], _no_article(tk.text, v[2])) + v[3:]
            low, j = v[1], i + 1
            # عشرات الآلاف، مئات آلاف (the construct without the article says the same)
            r = self.reading(j, "vague_scale", conj=False, definite=True) \
                or self.reading(j, "vague_scale", conj=False, definite=False)
            if r and self.adj(j):
                return tk.start + v[2], self.toks[j].end, low * r[1], (low * 10) * r[1] - 1, j + 1
            return tk.start + v[2], tk.end, low, low * 10 - 1, j
        v = _has(rd, "vague_scale", None)
        if v:
            v = (v[0], v[1], _no_article(tk.text, v[2])) + v[3:]
        if v and not v[3] or (v and (i == 0 or self.toks[i - 1].kind != "num")):
            return tk.start + v[2], tk.end, v[1], v[1] * 10 - 1, i + 1
        return None

    # the pass -----------------------------------------------------------------------------
    def run(self) -> list[NumberMention]:
        out: list[NumberMention] = []
        toks = self.toks
        # where a number can start: digits, a fraction, or a word with a number reading (most
        # words have none); the pass visits these tokens only
        where = list(compress(range(self.n), self.read))
        if toks.numeric:
            where = sorted({*where, *toks.numeric})
        c, nc = 0, len(where)
        while c < nc:
            i = where[c]
            if toks.kind(i) == "word":
                prev = toks.texts[i - 1] if i > 0 else ""
                if toks.texts[i] in ("واحد", "واحده") and prev in ("اي", "لاي", "باي"):
                    c += 1
                    continue
                # a vague plural alone is not a scale: عشرات الآلاف، مئات، آلاف
                vg = self.vague(i)
                if vg:
                    s, e, lo, hi, j = vg
                    out.append(self._mention(s, e, None, lo, hi, "number", scale=None, written=True, num_end=e))
                    c = bisect_left(where, j, c + 1)
                    continue
                od = self.ordinal(i)
                if od:
                    s, e, v, j = od
                    out.append(self._mention(s, e, v, None, None, "ordinal", written=True, num_end=e))
                    c = bisect_left(where, j, c + 1)
                    continue
                fo = _has(self.read[i], "fraction_of", None)
                if fo:
                    tk = self.toks[i]
                    out.append(self._mention(tk.start + fo[2], tk.end, fo[1], None, None, "fraction", written=True,
                                             num_end=tk.end))
                    c += 1
                    continue
                an = self.after_noun(i)
                if an:
                    s, e, v = an
                    out.append(self._mention(s, e, v, None, None, "number", written=True, num_end=e, after_noun=True))
                    c += 1
                    continue
            a = self.amount(i)
            if a is None:
                c += 1
                continue
            j, kind, end = a["next"], a["kind"], a["end"]
            num_end = end
            if kind == "number":
                p = self.percent_after(j)
                if p:
                    end, j = p
                    kind = "percent"
                elif a["first"] > 0 and not a["written"]:
                    # %2.3: the sign typed before the digits (right-to-left typing)
                    k = a["first"] - 1  # (read from the lists: making a _Tok costs more)
                    if toks.texts[k] == "%" and toks.ends[k] == toks.starts[k + 1] and \
                            (k < 1 or toks.kind(k - 1) != "num" or toks.ends[k - 1] < toks.starts[k]):
                        a["start"] = toks.starts[k]
                        kind = "percent"
            if a["value"] is not None and not abs(a["value"]) <= MAX_VALUE:
                # 1 and 400 zeros, 10^300 مليار: no amount anyone measures, and one a float cannot
                # hold; the words are passed over whole, not read as a smaller number
                c = bisect_left(where, max(j, i + 1), c + 1)
                continue
            out.append(self._mention(a["start"], end, a["value"], None, None, kind, scale=a["scale"],
                                     written=a["written"], num_end=num_end))
            c = bisect_left(where, max(j, i + 1), c + 1)
        return out

    def _mention(self, fs, fe, value, low, high, kind, scale=None, written=False, num_end=0, after_noun=False):
        s, e = self.f.span(fs, fe)
        o = self.f.original
        # a word's closing harakat (the tanween of ملياراً) belong to it
        while e < len(o) and "\u064b" <= o[e] <= "\u0652":
            e += 1
        return NumberMention(self.f.original[s:e], s, e, value, low, high, kind, fs, fe, scale, written, num_end,
                             after_noun)

    def after_noun(self, i):
        """A cardinal from three to ten with the article, right after a noun with it: المواقع
        الستة، الدول الخمس (folded start, end, value), or None. Not one before a scale word or
        a noun of its own, nor one of a name (مجموعة الدول السبع)."""
        r = _has(self.read[i], "unit", True)
        if r is None or not 3 <= r[1] <= 10 or r[2] != 2 or i == 0 or not self.adj(i):
            return None
        toks = self.toks
        prev = toks.texts[i - 1]
        if toks.kind(i - 1) != "word" or not prev.startswith("ال") or len(prev) < 5 or self.read[i - 1]:
            return None
        if self.scale_at(i + 1) is not None or (i > 1 and toks.texts[i - 2] in _GROUP_WORDS) \
                or (i > 2 and toks.texts[i - 3] in _GROUP_WORDS and toks.kind(i - 2) == "word"
                    and toks.texts[i - 2].startswith("ال")):
            return None  # (مجموعة الدول الصناعية السبع: an adjective between the group's noun and its number)
        return toks.starts[i], toks.ends[i], r[1]


def number_mentions(folded: Folded) -> list[NumberMention]:
    """Every number in a folded text, in text order.

    >>> [(n.text, n.value, n.kind) for n in number_mentions(fold("ثلاثمائة وخمسة وعشرون طالبا في المرتبة الثالثة"))]
    [('ثلاثمائة وخمسة وعشرون', 325.0, 'number'), ('الثالثة', 3.0, 'ordinal')]
    """
    return _Parser(folded).run()


def find_numbers(text: str) -> pd.DataFrame:
    """Every number in ``text`` as a table (columns: ``text, start, end, value, value_low,
    value_high, kind``).

    >>> find_numbers("يدرس عشرات الآلاف من الطلاب")[["text", "value_low", "value_high"]].values.tolist()
    [['عشرات الآلاف', 10000.0, 99999.0]]
    """
    return tables.frame("numbers", number_mentions(fold(text)))
