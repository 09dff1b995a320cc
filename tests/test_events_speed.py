"""Events: the shortcuts taken for speed give what the long way gives.

The gate before ``_candidates`` (``_may_start``), the
comma tests of ``_speaker``, the Event builders and the label helpers that were rewritten to do
less work are checked here against the plain definitions they replace, on words built from the
event tables and on strings made up here."""
from __future__ import annotations

import dataclasses
import random

import pytest

from analysis import events as E
from analysis.text import fold_plain


GATE = E._may_start


@pytest.fixture
def ungated(monkeypatch):
    """``_candidates`` as it reads a word with no gate before it (its cache left untouched)."""
    monkeypatch.setattr(E, "_may_start", lambda w: True)
    return E._candidates.__wrapped__


def _variants() -> set[str]:
    """Every trigger entry's first word with each clitic before it and each ending after it that
    ``_candidates`` takes off (or leaves: اا), and لل for its article."""
    out: set[str] = set()
    for key in E._TRIGGERS:
        for clitic in ("", *E._CLITIC_SEQ):
            for ending in ("", "ا", "وا", "ون", "اا", "ه"):
                out.add(clitic + key + ending)
                if key.startswith("ال"):
                    out.add("لل" + key[2:] + ending)
                out.add(clitic + key[:-1] + ending)   # a letter short: mostly no entry
    return out


def test_the_gate_never_hides_a_trigger(ungated):
    words = _variants()
    given = [w for w in words if ungated(w)]
    assert len(given) > 5000   # (the variants do reach the entries)
    assert [w for w in given if not GATE(w)] == []


def test_the_gate_passes_over_plain_words(ungated):
    for word in ("الطاولة", "قلم", "سيارات", "التي", "مما", "حسبما", "2024", "،"):
        w = fold_plain(word)
        assert not GATE(w) and ungated(w) == ()
    for word in ("قررت", "وقررت", "وأضاف", "الزيارة", "والقمة", "اتفاقا", "احتجوا"):
        w = fold_plain(word)
        assert GATE(w) and ungated(w) != ()


def test_the_cached_candidates_are_the_ungated_ones():
    words = [fold_plain(w) for w in ("الطاولة", "قلم", "قررت", "وأضاف", "والقمة", "اتفاقا", "احتجوا")]
    gated = [E._candidates(w) for w in words]
    E._may_start, kept = (lambda w: True), E._may_start
    try:
        assert gated == [E._candidates.__wrapped__(w) for w in words]
    finally:
        E._may_start = kept


def test_word_kinds_follow_the_candidates():
    kinds = E._WordKinds()
    said, started, plain = fold_plain("وأضاف"), fold_plain("الزيارة"), fold_plain("الطاولة")
    assert kinds[said] == E._SAYS and kinds[started] == E._STARTS and kinds[plain] == 0
    assert set(kinds) == {said, started, plain}


def test_commas_around_a_name_as_by_slicing():
    rng = random.Random(11)
    chars = ["،", ",", " ", "\n", "\u00a0", "ا", "ب", "\t", "."]
    for _ in range(3000):
        t = "".join(rng.choice(chars) for _ in range(rng.randint(0, 9)))
        for i in range(len(t) + 1):
            assert E._comma_before(t, i) == t[:i].rstrip().endswith(("،", ",")), (t, i)
            assert E._comma_after(t, i) == (t[i:].lstrip()[:1] in ("،", ",")), (t, i)


def test_event_builders_match_the_dataclass():
    values = (None, "visit", None, None, None, ["فلان"], ["مصر"], [], "زيارة", "جملة", 3, 9, False,
              False, "", False, False, False, (3, 9, 0, 20, [], None), False, False)
    built, made = E._new_event(*values), E.Event(*values)
    assert built == made and repr(built) == repr(made) and built.__dict__ == made.__dict__
    assert E._replace(made, label="زيارة فلان", own=True) == dataclasses.replace(made, label="زيارة فلان", own=True)
    with pytest.raises(ValueError):
        E._new_event(*values[:-1])   # every field, or a clear error
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.label = "x"


def _no_run_twice_plain(label: str) -> str:
    """The definition: fold the words again after each cut."""
    out = label.split()
    k = 2
    while k <= len(out) // 2:
        folded = [fold_plain(w) for w in out]
        at = next((i for i in range(len(out) - 2 * k + 1) if folded[i:i + k] == folded[i + k:i + 2 * k]), None)
        if at is None:
            k += 1
        else:
            del out[at + k:at + 2 * k]
    return " ".join(out)


def test_runs_said_twice_as_by_the_definition():
    assert E._no_run_twice("لقاء الفريقين في الملعب الفريقين في الملعب") == "لقاء الفريقين في الملعب"
    assert E._no_run_twice("زيارة  الوزير") == "زيارة الوزير"
    rng = random.Random(3)
    for _ in range(2000):
        label = " ".join(rng.choice(["أ", "ب", "بـ", "ج", "الوزير"]) for _ in range(rng.randint(0, 12)))
        assert E._no_run_twice(label) == _no_run_twice_plain(label), label


def test_label_cuts_by_the_word():
    cut = {w: E._label_cut(fold_plain(w)) for w in ("التي", "حسبما", "مما", "قررت", "وقررت", "وأضاف",
                                                    "يتوقع", "كان", "الطاولة", "قلم")}
    assert cut == {"التي": E._CUT_ALWAYS, "حسبما": E._CUT_ALWAYS, "مما": E._CUT_ALWAYS,
                   "قررت": E._CUT_PAST_TWO, "وقررت": E._CUT_PAST_TWO, "وأضاف": E._CUT_PAST_TWO,
                   "يتوقع": E._CUT_UNLESS_NAMED, "كان": E._CUT_UNLESS_NAMED, "الطاولة": 0, "قلم": 0}


def test_adverbs_left_out_past_the_first_word():
    words = "مشاركة لأول مرة أفلام للمرة الأولى أيضا".split()
    assert E._without_adverbs(words) == ["مشاركة", "أفلام"]
    assert E._without_adverbs(["أيضا", "مشاركة"]) == ["أيضا", "مشاركة"]   # (the first word stays)
    assert E._without_adverbs("مشاركة لأول أفلام".split()) == ["مشاركة", "لأول", "أفلام"]   # (half an adverb)
