"""Temporal expressions: every date, period, duration, time, recurrence and vague time word,
resolved against the article's reference date, and the reference date itself.

Two steps, as in dateparser: *finding* (``find.py``) runs the rules (``rules.py``, each tried only
where it can start: ``scan.py``) over the folded text (``text.fold``) and yields candidates that
say what was written (a day, a month, a part of a year, "the same period of 2016" ...);
*resolving* (``resolve.py``) walks the chosen candidates in text order and turns them into
inclusive calendar intervals (``calendars.py``), with the reference date passed in (never the
clock) and a little memory of what came before (the last year named, the last period named),
which "العام السابق" and "الفترة نفسها من عام 2016" need; the tense and the other cues around a
date are read by ``cues.py``. When the article's date is not known, ``reference.py`` infers it
from the text.

The words (month names in every naming, weekdays, relative words, parts of a month, units,
number words, fixed phrases) live in ``lang/ar/*.tsv``, read once at import by ``lexicon.py``,
which also names the regex pieces the rules are built from.

>>> from analysis.text import fold
>>> [(m.text, str(m.start_date), str(m.end_date)) for m in date_mentions(fold("زار الوزير القاهرة أمس"), dt.date(2024, 11, 27))]
[('أمس', '2024-11-26', '2024-11-26')]
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from .. import tables
from ..text import fold
from .cues import RECORD_SINCE_BEFORE, closes_year_to_date
from .find import date_candidates
from .lexicon import MONTH_AND_PART_WORDS
from .records import DateMention
from .reference import reference_date
from .resolve import date_mentions

__all__ = ["DateMention", "date_candidates", "date_mentions", "find_dates", "reference_date",
           "MONTH_AND_PART_WORDS", "RECORD_SINCE_BEFORE", "closes_year_to_date"]


def find_dates(text: str, reference: dt.date | dt.datetime | str | None = None) -> pd.DataFrame:
    """Every temporal expression in ``text`` as the ``dates`` table, resolved against ``reference``
    (a date, a datetime, an ISO string or None; None leaves relative dates unresolved).

    >>> find_dates("وصل الوفد أمس", reference="2024-11-27")[["text", "start_date"]].values.tolist()
    [['أمس', Timestamp('2024-11-26 00:00:00')]]
    """
    from ..article import parse_date
    return tables.frame("dates", date_mentions(fold(text), parse_date(reference, "reference")))
