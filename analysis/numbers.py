"""Numbers in Arabic text (placeholder until the numbers module lands: finds plain digits only)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from . import tables
from .text import Folded, fold

__all__ = ["NumberMention", "number_mentions", "find_numbers"]


@dataclass(frozen=True)
class NumberMention:
    text: str
    start: int
    end: int
    value: float | None
    value_low: float | None
    value_high: float | None
    kind: str
    fstart: int = field(default=0, metadata={"private": True})
    fend: int = field(default=0, metadata={"private": True})


_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def number_mentions(folded: Folded) -> list[NumberMention]:
    out = []
    for m in _DIGITS.finditer(folded.text):
        s, e = folded.span(m.start(), m.end())
        out.append(NumberMention(folded.original[s:e], s, e, float(m.group()), None, None, "number", m.start(), m.end()))
    return out


def find_numbers(text: str) -> pd.DataFrame:
    return tables.frame("numbers", number_mentions(fold(text)))
