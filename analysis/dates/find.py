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
        if b is not None and a.spec.get("month") and b.spec.get("month") and a.spec.get("cal") == b.spec.get("cal") == "gregorian":
            gap = ft[a.fe:b.fs]
            before = ft[max(0, a.fs - 8):a.fs]
            joined = re.fullmatch(r"\s*(?:-|الي|حتي|و)\s*", gap)
            if joined and a.spec["year"] is None and not a.spec["yrel"] and not a.spec["mrel"] and (b.spec["year"] or b.spec["yrel"] or b.spec["mrel"]):
                a.spec.update(year=b.spec["year"], yrel=b.spec["yrel"], ybare=b.spec["ybare"], mrel=b.spec["mrel"])
            rng = re.search(r"(?:من|بين)\s+$", before)
            if rng and MOVED_FROM_TO.search(ft[max(0, a.fs - 60):a.fs]):
                rng = None
            if joined and rng and (("بين" in rng.group(0)) == ("و" == gap.strip())):
                out.append(Candidate(a.fs - len(rng.group(0)), b.fe, "daterange", how="range", args=(a.spec, b.spec),
                                     kind="period"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def date_candidates(folded: Folded) -> list:
    """What ``date_mentions`` finds in ``folded`` before resolving it: pass it back to
    ``date_mentions`` or ``reference_date`` (``candidates=``) to resolve the same text against
    another reference date without finding everything again."""
    ft = folded.text
    if not has_arabic(ft):
        return []
    return combine(ft, select(scan(ft, folded.tokens)))
