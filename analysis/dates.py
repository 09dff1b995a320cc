"""Temporal expressions (placeholder until the dates module lands: finds nothing yet)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from . import tables
from .text import Folded, fold

__all__ = ["DateMention", "date_mentions", "find_dates", "reference_date"]


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    type: str
    start_date: dt.date | None
    end_date: dt.date | None
    granularity: str | None
    anchor: str | None
    value: str | None
    fstart: int = field(default=0, metadata={"private": True})
    fend: int = field(default=0, metadata={"private": True})


def date_mentions(folded: Folded, reference: dt.date | None) -> list[DateMention]:
    return []


def reference_date(folded: Folded, article=None) -> tuple[dt.date | None, str, str]:
    return None, "unknown", "no date found"


def find_dates(text: str, reference=None) -> pd.DataFrame:
    from .article import parse_date
    return tables.frame("dates", date_mentions(fold(text), parse_date(reference, "reference")))
