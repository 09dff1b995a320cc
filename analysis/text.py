"""A normalized view of Arabic text that remembers where every character came from.

Matching code (numbers, dates, entities, figures, events) runs its patterns on ``Folded.text``
and reports spans with :meth:`Folded.span`, which maps them back to the original text, so that
``original[start:end]`` is always the exact words the article printed.

What folding does, and why:

* Arabic-Indic (``٠-٩``) and Persian (``۰-۹``) digits become ASCII digits, ``٫`` becomes ``.``,
  ``٬`` becomes ``,`` and ``٪`` becomes ``%``: one pattern then reads every digit system.
* ``أ إ آ ٱ`` become ``ا``, ``ى`` becomes ``ي`` and ``ة`` becomes ``ه``: outlets (and typists)
  disagree on these letters, and readers do not notice.
* Tatweel, diacritics (harakat, superscript alef) and bidi/zero-width controls are dropped:
  they change nothing a reader sees.
* No-break and other exotic spaces become a plain space.

Every 1:1 replacement keeps offsets; dropped characters are recorded in an index map.

>>> f = fold("بلغ ٢٨ مليـار دولار")
>>> f.text
'بلغ 28 مليار دولار'
>>> s, e = f.span(4, 12)
>>> "بلغ ٢٨ مليـار دولار"[s:e]
'٢٨ مليـار'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, chain
from typing import NamedTuple

__all__ = ["Folded", "Tokens", "fold", "fold_plain", "has_arabic", "ARABIC_LETTER"]

_ONE_TO_ONE = {
    **{ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    ord("٫"): ".",
    ord("٬"): ",",
    ord("٪"): "%",
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    ord("ى"): "ي",
    ord("ة"): "ه",
    ord("ی"): "ي",  # Persian yeh
    ord("ک"): "ك",  # Persian kaf
    ord("\u00a0"): " ",
    ord("\u2007"): " ",
    ord("\u202f"): " ",
    ord("\u2009"): " ",
    ord("\u200a"): " ",
    ord("\u2002"): " ",
    ord("\u2003"): " ",
    ord("\u3000"): " ",
    ord("\u2013"): "-",  # en dash, as used in ranges: 21 – 23
    ord("\u2012"): "-",
    ord("\u2212"): "-",  # minus sign
}

# str.translate looks every character up in the dict; replacing the few characters an article
# holds is much faster. No replacement is itself replaced, so the result is the same.
_REPLACE = tuple((chr(k), v) for k, v in _ONE_TO_ONE.items())
assert not {c for c, _ in _REPLACE} & {v for _, v in _REPLACE}


def _translate(s: str) -> str:
    """``s.translate(_ONE_TO_ONE)``."""
    for c, r in _REPLACE:
        if c in s:
            s = s.replace(c, r)
    return s


# Characters that carry no reading: tatweel, harakat, superscript alef, Quranic marks,
# zero-width and bidi controls, soft hyphen, BOM.
_DROP = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad\ufeff"
_DROP_RE = re.compile(f"[{_DROP}]")
_DROP_RUN = re.compile(f"[{_DROP}]+")
# the same characters one by one: testing each with ``in`` is faster than scanning with the class
# (public: the dates read it for the marks a span may end on)
DROP_CHARS = "".join(chr(c) for a, b in ((0x640, 0x640), (0x64b, 0x65f), (0x670, 0x670), (0x6d6, 0x6ed),
                                          (0x200b, 0x200f), (0x202a, 0x202e), (0x2066, 0x2069),
                                          (0xad, 0xad), (0xfeff, 0xfeff))
                     for c in range(a, b + 1))

# the quotation marks of Arabic news text (straight, guillemets, curly), as single characters:
# a set, so that an empty slice is in it never
QUOTE_MARKS = frozenset('"«»“”')

ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc"
_ARABIC_RE = re.compile(f"[{ARABIC_LETTER}]")


def has_arabic(text: str) -> bool:
    """True when ``text`` holds at least one Arabic letter."""
    return _ARABIC_RE.search(text) is not None


# Words (letters and digits, with a + for أوبك+) and single punctuation marks; the white space
# between them is the rest. re.split with the token as a group gives both in one pass.
TOKEN = re.compile(r"[\w+]+|[^\w\s]")
_TOKEN_SPLIT = re.compile(r"([\w+]+|[^\w\s])").split


class Tokens(NamedTuple):
    """The tokens of a folded text (``TOKEN``): ``words[i]`` spans ``text[starts[i]:ends[i]]``;
    ``gaps[i]`` is the white space before token i (``gaps[-1]``: after the last one)."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]


@dataclass(frozen=True)
class Folded:
    """Folded text plus the map back to the original.

    ``index[i]`` is the original offset of folded character ``i``; ``index`` has one more
    entry, the original length, so that end offsets map too. ``index`` is ``None`` when no
    character was dropped (offsets are then the same in both texts).
    """

    original: str
    text: str
    index: tuple[int, ...] | None

    def pos(self, i: int) -> int:
        """Original offset of folded offset ``i`` (``0 <= i <= len(text)``)."""
        return i if self.index is None else self.index[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded span ``[start, end)``.

        The end maps to just after the last kept character, so a dropped mark that follows
        the span (a tatweel or a diacritic) is not swallowed, while one inside it is kept.
        """
        if self.index is None:
            return start, end
        if end <= start:
            p = self.index[start]
            return p, p
        return self.index[start], self.index[end - 1] + 1

    @cached_property
    def tokens(self) -> Tokens:
        """The tokens of ``text``, cut once and shared by every module that reads words.

        >>> t = fold("قمة «بريكس» في 2024").tokens
        >>> t.words, t.starts
        (['قمه', '«', 'بريكس', '»', 'في', '2024'], [0, 4, 5, 10, 12, 15])
        """
        parts = _TOKEN_SPLIT(self.text)  # [gap, word, gap, word, ..., gap]
        acc = list(accumulate(map(len, parts)))  # where each part ends
        return Tokens(parts[1::2], acc[0:-1:2], acc[1::2], parts[0::2])


# A word or a name is short: one ``str.translate`` folds it faster than ``_translate``'s
# replacements (one pass over the text for each character it replaces, made for long texts) and
# the search for the marks to drop. The table: each replacement with the marks dropped, and the
# marks themselves dropped; character by character the same as the long way.
_FOLD_SHORT = {**{ord(c): None for c in DROP_CHARS},
               **{k: (_DROP_RE.sub("", v) or None) for k, v in _ONE_TO_ONE.items()}}


def fold_plain(s: str) -> str:
    """Fold a string with no need for offsets (patterns, gazetteer entries, lookups)."""
    if len(s) < 64:
        return s.translate(_FOLD_SHORT)
    return _DROP_RE.sub("", _translate(s))


def fold(original: str) -> Folded:
    """Fold ``original`` (see the module docstring) keeping a map back to it."""
    translated = _translate(original)
    present = [c for c in DROP_CHARS if c in translated]
    if not present:
        return Folded(original, translated, None)
    # offsets of the dropped characters; kept runs lie between them
    n = len(translated)
    drops: list[int] = []
    for c in present:
        i = translated.find(c)
        while i >= 0:
            drops.append(i)
            if len(drops) > 256:  # a text with harakat throughout: one scan is faster
                drops = [i for m in _DROP_RUN.finditer(translated) for i in range(*m.span())]
                break
            i = translated.find(c, i + 1)
        else:
            continue
        break
    drops.sort()
    keep_starts = [0, *(i + 1 for i in drops)]
    keep_ends = [*drops, n]
    index = tuple(chain.from_iterable(map(range, keep_starts, keep_ends)))
    return Folded(original, "".join(map(translated.__getitem__, map(slice, keep_starts, keep_ends))),
                  index + (len(original),))
