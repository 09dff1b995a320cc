"""Finding: every temporal expression a text holds, as candidates not yet resolved.

``scan`` runs the rules (``rules.py``) where they can start; ``select`` keeps the longest of
overlapping candidates; ``combine`` joins two months a range is written with (من يناير إلى
مارس 2023، بين مارس ويونيو). Nothing here reads a reference date: the same candidates are resolved
(``resolve.py``) against any.

>>> from analysis.text import fold
>>> [(c.fs, c.fe, c.type, c.how) for c in date_candidates(fold("من يناير إلى مارس 2023"))]
[(0, 22, 'daterange', 'range')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..text import Folded, has_arabic
from .records import Candidate
from .rules import MOVED_FROM_TO
from .scan import scan


def select(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap (ties: higher priority, then earlier)."""
    cands = sorted(cands, key=lambda c: (-(c.fe - c.fs), -c.prio, c.fs))
    taken: list[Candidate] = []
    # the characters taken so far, one byte each: a candidate overlaps a taken one exactly when
    # a character of its span is taken (every span is non-empty), which one find tells in C
    # instead of a comparison with every taken candidate
    used = bytearray(max((c.fe for c in cands), default=0))
    for c in cands:
        fs, fe = c.fs, c.fe
        if used.find(1, fs, fe) < 0:
            taken.append(c)
            used[fs:fe] = b"\x01" * (fe - fs)
    return sorted(taken, key=lambda c: c.fs)


def combine(ft: str, cands: list[Candidate]) -> list[Candidate]:
    """Join ``من جانفي إلى أوت 2015``, ``بين مارس ويونيو`` into one range,
    and give a year-less month the year of the month coordinated after it (``أكتوبر ونوفمبر 2017``)."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        # "من الآن حتى نهاية العام": from the reference date to the end of the date after it
        if b is not None and b.role == "until" and b.how is not None and a.type == "vague" and ft[a.fs:a.fe] == "الان" \
                and _FROM_BEFORE.search(ft, max(0, a.fs - 6), a.fs) and not ft[a.fe:b.fs].strip(" و"):
            start = _FROM_BEFORE.search(ft, max(0, a.fs - 6), a.fs).start()
            out.append(Candidate(start, b.fe, "daterange", how="from_now", args=(b.how, b.args), kind=""))
            i += 2
            continue
        # "عامين وسبعة أشهر": a length in two units, the larger first, is one duration
        if b is not None and a.type == b.type == "duration" and a.value and b.value and a.role is None \
                and b.role is None and _AND_GAP.fullmatch(ft, a.fe, b.fs):
            both = _sum_durations(a.value, b.value)
            if both is not None:
                out.append(Candidate(a.fs, b.fe, "duration", value=both))
                i += 2
                continue
        if b is not None and a.spec.get("month") and b.spec.get("month") and a.spec.get("cal") == b.spec.get("cal") == "gregorian":
            gap = ft[a.fe:b.fs]
            before = ft[max(0, a.fs - 8):a.fs]
            joined = re.fullmatch(r"\s*(?:-|الي|حتي|و)\s*", gap)
            if joined and a.spec["year"] is None and not a.spec["yrel"] and not a.spec["mrel"] and (b.spec["year"] or b.spec["yrel"] or b.spec["mrel"]):
                a.spec.update(year=b.spec["year"], yrel=b.spec["yrel"], ybare=b.spec["ybare"], mrel=b.spec["mrel"])
            rng = re.search(r"(?:من|بين)\s+$", before)
            if rng and MOVED_FROM_TO.search(ft[max(0, a.fs - 60):a.fs]):
                rng = None
            # من … إلى/حتى/-، بين … و, and the mixed بين … إلى of news writing (بين 12 مايو إلى 3 يونيو)
            if joined and rng and (gap.strip() in ("و", "الي") if "بين" in rng.group(0) else gap.strip() != "و"):
                out.append(Candidate(a.fs - len(rng.group(0)), b.fe, "daterange", how="range", args=(a.spec, b.spec),
                                     kind="period"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_FROM_BEFORE = re.compile(r"(?<!\w)من\s+$")
_AND_GAP = re.compile(r"\s*و\s*")
_ISO_PART = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_ISO_LETTERS = ("Y", "M", "W", "D", "H", "M", "S")


def _sum_durations(first: str, second: str) -> str | None:
    """``P2Y`` and ``P7M`` → ``P2Y7M``; None unless each is one whole unit and the second the smaller
    (ستة وثمانية أشهر, two amounts of one unit, is no sum)."""
    a, b = _ISO_PART.match(first), _ISO_PART.match(second)
    if a is None or b is None:
        return None
    ia = [k for k, v in enumerate(a.groups()) if v]
    ib = [k for k, v in enumerate(b.groups()) if v]
    if len(ia) != 1 or len(ib) != 1 or ia[0] >= ib[0] or {ia[0], ib[0]} >= {2, 3}:
        return None
    parts = {ia[0]: a.group(ia[0] + 1), ib[0]: b.group(ib[0] + 1)}
    date = "".join(parts[k] + _ISO_LETTERS[k] for k in range(4) if k in parts)
    time = "".join(parts[k] + _ISO_LETTERS[k] for k in range(4, 7) if k in parts)
    return "P" + date + ("T" + time if time else "")


def date_candidates(folded: Folded) -> list:
    """What ``date_mentions`` finds in ``folded`` before resolving it: pass it back to
    ``date_mentions`` or ``reference_date`` (``candidates=``) to resolve the same text against
    another reference date without finding everything again."""
    ft = folded.text
    if not has_arabic(ft):
        return []
    return combine(ft, _twin_names(ft, select(scan(ft, folded.tokens))))


_TWIN_GAP = re.compile(r"\s+")


def _twin_names(ft: str, cands: list[Candidate]) -> list[Candidate]:
    """One month written in its two namings side by side with only a space between
    (``يناير كانون الثاني``، ``15 أبريل نيسان 2018``) is one date: the pair with a slash or a
    bracket is read by the calendar rule itself. Two different months side by side are not
    joined (نقص يناير فبراير stays two)."""
    out: list[Candidate] = []
    for c in cands:
        p = out[-1] if out else None
        if p is not None and p.how == c.how == "calendar" and p.type == c.type == "date" \
                and p.spec.get("month") is not None and p.spec.get("month") == c.spec.get("month") \
                and p.spec.get("cal") == c.spec.get("cal") and p.spec.get("year") is None \
                and not p.spec.get("yrel") and not p.spec.get("mrel") \
                and c.spec.get("day") is None and not c.spec.get("part") \
                and _TWIN_GAP.fullmatch(ft, p.fe, c.fs):
            spec = dict(p.spec, year=c.spec.get("year"), yrel=c.spec.get("yrel"), ybare=c.spec.get("ybare"),
                        mrel=c.spec.get("mrel"))
            out[-1] = replace(p, fe=c.fe, spec=spec, args=(spec,) + tuple(p.args[1:]))
            continue
        out.append(c)
    return out
