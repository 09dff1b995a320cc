"""The cheap gates and merged tables that stand before costly checks (dates.scan, dates.cues,
numbers) must give what the full checks give: each test runs both on words written for it,
words that start a rule or a cue and near-misses that do not."""
from __future__ import annotations

import itertools

import pytest

from analysis import numbers as N
from analysis.dates import cues as C
from analysis.dates import scan as S

# words that start date rules (with clitics and the article) and words that do not
WORDS = ["في", "من", "الي", "علي", "عن", "ما", "خلال", "منذ", "قبل", "بعد", "حتي", "بين", "هذا", "هذه",
         "عام", "العام", "للعام", "لعام", "وبالعام", "فالعام", "عاما", "اعوام", "سنه", "السنه", "سنوات",
         "مارس", "ومارس", "بمارس", "لمارس", "يناير", "كانون", "الثاني", "شوال", "رمضان", "الجاري",
         "شهر", "الشهر", "بالشهر", "لشهر", "اشهر", "الاشهر", "اسبوع", "الاسبوع", "يوم", "اليوم", "ليوم",
         "يومي", "الجمعه", "والسبت", "امس", "غدا", "الان", "حاليا", "مطلع", "منتصف", "اواخر", "نهايه",
         "بدايه", "الربع", "النصف", "الثلاثي", "المقبل", "الماضي", "القادم", "المنصرم", "الساعه", "صباح",
         "مساء", "الصيف", "الشتاء", "موسم", "عيد", "الفطر", "بحلول", "لغايه", "اعتبارا", "المالي", "الالفيه",
         "الحكومه", "وزير", "الاقتصاد", "مليار", "دولار", "اتفاق", "الرئيس", "قال", "سياسه", "ستنطلق",
         "وسيزور", "انه", "لكن", "بينما", "الدوله", "ومنظمه", "فمن", "وفي", "بفي", "ال", "لل", "و", "ب"]
NEXT = ["اطار", "الوقت", "مارس", "جهه", "الشهر", "مدي", "مدار", "الاقل", "يقارب", "يزيد", "العام", "سنوات",
        "الماضي", "المقبل", "نهايه", "الحكومه", "ثلاثه", "الاول", "هذا", "سابق", "لاحق", "الجاري"]


# two words read as one prefix, long enough that the walk goes past its checks at 3 and 6 letters
PHRASES = ["الاسبوع المقبل", "الشهر الماضي", "العام المنصرم", "منتصف الاسبوع", "مطلع الشهر", "نهايه الاسبوع",
           "بدايه العام", "الربع الاول", "النصف الثاني", "الاشهر التسعه", "السنوات الثلاث", "الفتره الماضيه",
           "الاسابيع المقبله", "الايام القليله", "الساعات الماضيه", "العقدين الماضيين", "الحكومه الجديده"]


def _texts():
    out = set(WORDS) | set(PHRASES)
    for w in WORDS:   # what a clitic cut leaves
        out.update(w[k:] for k in (1, 2) if len(w) > k)
    out.update(f"{a} {b}" for a, b in itertools.product(WORDS, NEXT))
    return sorted(out)


def test_merged_prefix_masks_agree_with_each_rule():
    # _fit_mask answers _fits for all rules at once; the walk's early stop must lose no rule
    checked = 0
    for w in _texts():
        mask = S._fit_mask(w)
        for i in range(len(S.RULES)):
            assert bool(mask >> i & 1) == S._fits(i, w), (w, S.RULES[i][0])
            checked += mask >> i & 1
    assert checked > 100   # (many words do start rules: the test is not vacuous)


def _pair_calls_long(w: str, w2: str) -> tuple:
    """The calls of ``w`` that fit ``w``, a space and ``w2``: the whole prefix walk of the pair."""
    got = []
    for off, rules in S._calls_of(w, memo=False):
        m = S._fit_mask(w[off:] + " " + w2)
        fit = tuple(r for r in rules if m & S._BIT_OF[id(r)])
        if fit:
            got.append((off, fit))
    return tuple(got)


def test_pair_calls_read_from_the_tails_are_the_whole_walk(monkeypatch):
    # _pair_calls splits _fit_mask(w + " " + w2) into what ends by the space (the same for every
    # w2) and the entries that go on past it, looked up in w2 alone: next words that are such an
    # entry, a prefix of one, one with letters more, or none of them
    spaced = S._spaced()
    nexts = set(NEXT) | {w for w in WORDS if w.isalpha()}
    for head in ("في ", "من ", "علي ", "خلال ", "بعد ", "منذ ", "حتي ", "الي "):
        exact, prefixes = spaced.get(head, ({}, {}))
        for x in sorted(exact)[:40] + sorted(prefixes)[:40]:
            x = x.split(" ")[0]   # (a number too: the function is the same for any string)
            nexts.update((x, x[:-1], x + "ه", x[:3]))
    nexts.discard("")
    differ = 0
    for w in WORDS:
        starts = S._calls_of(w, memo=False)
        if not starts or not w.isalpha():
            continue
        for w2 in sorted(nexts):
            monkeypatch.setattr(S, "_PAIR_CALLS", {})   # (no memo: each pair computed afresh)
            long = _pair_calls_long(w, w2)
            assert S._pair_calls(w, w2, starts) == long, (w, w2)
            differ += long != starts
    assert differ > 200   # (the next word does rule starts out: the test is not vacuous)


def test_trigger_forms_gate_keeps_every_start(monkeypatch):
    forms = S._trigger_forms()
    started = 0
    for w in WORDS:
        gated = S._starts_of(w)
        # the full test alone: a gate that lets this one word through, and no memo
        monkeypatch.setattr(S, "_TRIGGER_FORMS", frozenset([w]))
        monkeypatch.setattr(S, "_WORD_STARTS", {})
        full = S._starts_of(w)
        monkeypatch.setattr(S, "_TRIGGER_FORMS", forms)
        assert gated == full, w
        if w not in forms:
            assert full == () and S._WordCalls()[w] == ()
        started += bool(full)
    assert started > 30


def _cue_bits(w: str) -> int:
    """The head tests of _CueWords written out with no gate."""
    if "+" in w:
        return 8
    bare = w[1:] if w[:1] in ("و", "ف") else ""
    return ((w.startswith(C._FUTURE_HEADS) or bare.startswith(C._FUTURE_HEADS))
            | (w.startswith(C._PAST_HEADS) or bare.startswith(C._PAST_HEADS)) << 1
            | (w in C._CLAUSE_MARKS or w.startswith(C._CLAUSE_WORDS)) << 2)


@pytest.mark.parametrize("w", WORDS + ["سوف", "وسوف", "فسوف", "يتوقع", "وتستهدف", "قالت", "واعلن", "فاكد",
                                       "ان", "وان", "كما", "،", "«", ":", "اوبك+", "سي", "ست", "زار", "وزار"])
def test_cue_gate_gives_the_head_tests(w):
    assert C._CueWords()[w] == _cue_bits(w)


@pytest.mark.parametrize("w", ["ثلاثه", "والثلاثه", "بالثلاثه", "الف", "مليار", "وملياران", "نصفها", "وثلثهم",
                               "ربعهما", "الرئيس", "حكومتها", "عشرات", "المئات", "،", "2024", "abc", "اوبك+"])
def test_plain_readings_are_the_lookup(w):
    expected = N._lookup(w) if N._PLAIN.fullmatch(w) else None
    assert N._plain_readings(w) == expected


def test_fold_plain_of_a_short_string_is_the_long_way():
    # a string under 64 characters is folded by one translate table; the long way replaces and
    # drops in turn: both must give the same on marks, tatweel, bidi marks, digits and dashes
    import random

    from analysis import text

    def long_way(s: str) -> str:
        return text._DROP_RE.sub("", text._translate(s))

    samples = ["الرئيسُ", "مـــصر", "إعلان", "آل ثاني", "\u200fالقمة\u200e", "٢٠٢٤", "أوبك+", "ـ", "",
               "قمةٌ عربيةٌ طارئةٌ في الرياض", "ABC – 12", "x" * 80 + "\u064b"]
    rng = random.Random(7)
    alphabet = "ابةتجدهوىيءأإآؤئیکـ\u064b\u064e\u0650\u0651\u0670\u200b\u200f\u00a0 –−-٠١٢3٫٬٪,."
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 70))) for _ in range(400)]
    samples += [chr(c) for c in range(0x10000)]  # every character of the basic plane alone
    for s in samples:
        assert text.fold_plain(s) == long_way(s), repr(s)


def test_longest_white_space_from_the_tokens_is_the_scan():
    # reference._max_gap reads the longest run of white space off the tokens' gaps; the long way
    # scans the text with \s{2,}: the same on runs at the start, the end, between punctuation, of
    # every kind of white space Python's re knows, and on texts with none
    import random

    from analysis.dates import reference as R
    from analysis.text import fold

    spaces = [c for c in map(chr, range(0x3100)) if c.isspace()]
    assert len(spaces) > 20 and "\u2028" in spaces and "\x1c" in spaces
    samples = ["", "عام", " ", "\n\n", "قال:  «نعم»", "\tالعام\t\tالجاري", "شهر\u3000\u3000مارس",
               "يناير \u2028\u2029 2024", "،،  ..", "+  +", "الأشهر التسعة\n\n\nالأولى   ", "٢٠٢٤\u00a0\u00a0\u00a0م"]
    rng = random.Random(11)
    alphabet = list("ابتهوي٢3+-.،«»_ـ\u064b") + spaces
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    longer = 0
    for s in samples:
        f = fold(s)
        assert R._max_gap(f) == R._max_ws(f.text), repr(s)
        longer += R._max_ws(f.text) > 2
    assert longer > 1000   # (runs longer than two are common here: the test is not vacuous)
