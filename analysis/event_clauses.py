"""What a dated clause with no trigger word tells: a happening, named by its verb, or a state.

A date in a sentence that holds no event word (``lang/ar/event_triggers.tsv``,
``event_verbs.tsv``) dates an event only when the clause that holds it says something happened:
its verb is one of the verbs of ``lang/ar/happening_verbs.tsv`` (انهار الجسر يوم الثلاثاء), told
as done or as coming, not what merely is (تعمل الشركة في المجال منذ 2016), what would be (إذا
كانت …) or what did not happen (لم يحصل). The verb's masdar then names the event in its label
(انهيار الجسر). ``events.py`` asks ``happening_in``; an amount's clause is read by the figures.

>>> from analysis.text import fold_plain
>>> w = fold_plain("وكانت الشركتان قد اندمجتا عام 2004 .").split()
>>> happening_in(w, 0, len(w), 4, 5, "year")
(3, 'other', 'اندماج')
>>> w = fold_plain("وتعمل الشركة في المجال منذ عام 2016 .").split()
>>> happening_in(w, 0, len(w), 5, 6, "year") is None
True
"""
from __future__ import annotations

from functools import lru_cache

from . import lang
from .text import fold_plain

__all__ = ["happening_in", "masdar_of"]


def _load() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], dict[str, frozenset[str]]]:
    past: dict[str, tuple[str, str]] = {}
    present: dict[str, tuple[str, str]] = {}
    unless: dict[str, frozenset[str]] = {}
    for row in lang.rows("happening_verbs.tsv"):
        p, pr, typ, masdar = row[:4]
        if len(row) > 4 and row[4].strip():
            unless[masdar.strip()] = frozenset(fold_plain(w) for w in row[4].split())
        for forms, into in ((p, past), (pr, present)):
            for f in forms.split("|"):
                f = f.strip()
                if f and f != "-":
                    into[fold_plain(f)] = (typ, masdar.strip())
    return past, present, unless


_PAST, _PRESENT, _UNLESS = _load()
_PRONOUN_ENDS = ("", "ه", "ها", "هم", "هما", "هن")
# the present forms of the trigger verbs, for a plan said in the first person (سننشر الكتاب،
# سنجري مسحا): their masdar (the event tables' label column)
_TRIGGER_PRESENT: dict[str, tuple[str, str]] = {}
for _table in ("event_triggers.tsv", "event_verbs.tsv"):
    for _cols in lang.rows(_table):
        if len(_cols) < 4 or _cols[2] == "noun" or _cols[3].strip() in ("", "-"):
            continue
        for _f in _cols[0].split("|"):
            _f = fold_plain(_f.strip())
            if " " not in _f and _f[:1] == "ي":
                _TRIGGER_PRESENT[_f] = (_cols[1] if _cols[1] not in ("statement",) else "other", _cols[3].strip())
# a word that makes its clause a condition or a wish: what it says did not happen (إذا كانت …، لو)
_IF = frozenset(fold_plain(w) for w in "إذا وإذا فإذا لو ولو لولا ولولا".split())
_NOT = frozenset(fold_plain(w) for w in "لم لن لا ولم ولن ولا فلم".split())
# what puts a present verb ahead (أن تخرج after من المقرر، لن، سوف): told as coming, it dates
_AHEAD = frozenset(fold_plain(w) for w in "أن ان سوف وسوف".split())
_RELATIVE = frozenset(fold_plain(w) for w in "الذي التي الذين اللذين اللتين اللذان اللتان".split())
_TIME_OF_DAY = frozenset(fold_plain(w) for w in "ظهر وظهر".split())
_BEFORE_VERB = frozenset(fold_plain(w) for w in "قد وقد فقد لقد".split())


@lru_cache(maxsize=16384)
def _read(word: str) -> tuple[str, str, bool, bool] | None:
    """(type, masdar, present, future) of a folded word that is a happening verb, with its
    clitics (و، ف، سـ before the present) and its plural or dual ending."""
    for c in ("", "و", "ف"):
        if c and not word.startswith(c):
            continue
        w = word[len(c):]
        if w[:2] == "سن" and len(w) > 4:   # سننشر: a plan in the first person
            r = _PRESENT.get("ي" + w[2:]) or _TRIGGER_PRESENT.get("ي" + w[2:])
            if r:
                return (*r, True, True)
        future = w[:1] == "س" and w[1:2] in ("ي", "ت")
        for form, present in ((w, None), (w[1:] if future else None, True)):
            if not form:
                continue
            for stem in (form, form[:-2] if form.endswith(("وا", "ون", "ان", "تا")) else None,
                         form[:-1] if form.endswith("ا") else None):
                if not stem or len(stem) < 2:
                    continue
                if present is None and stem in _PAST:
                    return (*_PAST[stem], False, False)
                if stem in _PRESENT:
                    return (*_PRESENT[stem], True, future)
    return None


def _next_words(words: list[str], k: int) -> list[str]:
    """Up to twelve words (marks included) after the verb at ``k``, past commas that set off a
    date or a name (نقلت الوكالة، الخميس، عنه), to the sentence's end or a clause after a comma
    that opens with و (…، وتحدث عن: another verb's)."""
    out: list[str] = []
    comma = False
    for w in words[k + 1:k + 13]:
        if w in (".", "؛", ":") or comma and w[:1] == "و":
            break
        comma = w.endswith(("،", ",")) or w in ("،", ",")
        out.append(w.rstrip("،,"))
    return out


def masdar_of(word: str) -> str | None:
    """The masdar a label opens with for the folded verb ``word`` (انهارت → انهيار), else None."""
    r = _read(word)
    return r[1] if r else None


def happening_in(words: list[str], a: int, b: int, dk: int, dk_end: int, granularity: str | None):
    """The happening verb nearest the date at tokens ``dk``..``dk_end`` in the clause of tokens
    ``a``..``b - 1`` of ``words`` (folded): ``(index, type, masdar)``, or None when the clause
    names none, or tells it as a condition (إذا، لو), as not done (لم), or as a state: a verb in
    the present, not told as coming, over more than a day (تواجه الشركة صعوبات هذا العام) or in
    a relative clause (التي تنتج …)."""
    best = None
    for k in range(a, b):
        if dk <= k <= dk_end:
            continue
        r = _read(words[k])
        if r is None or k + 1 == dk and words[k] in _TIME_OF_DAY:
            continue   # (ظهر الأحد: noon, not "appeared")
        dist = dk - k if k < dk else k - dk_end
        if best is None or dist < best[0]:
            best = (dist, k, r)
    if best is None:
        return None
    _, k, (typ, masdar, present, future) = best
    if any(w in _IF for w in words[a:k]):
        return None
    if masdar in _UNLESS and any(w.endswith(e) and w[:len(w) - len(e)] in _UNLESS[masdar]
                                 for w in _next_words(words, k) for e in _PRONOUN_ENDS):
        return None   # نقلت الوكالة، الخميس، عنه قوله: words passed on, not a happening
    j = k - 1
    while j >= a and words[j] in _BEFORE_VERB:
        j -= 1
    before = words[j] if j >= a else ""
    if before in _NOT:
        return None
    if present and not future:
        ahead = before in _AHEAD or before in ("لن", "ولن")
        if before in _RELATIVE or not ahead and granularity != "day":
            return None
    return k, typ, masdar
