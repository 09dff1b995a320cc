"""The records of the dates package: ``DateMention``, what the tables hold, and ``Candidate``,
what finding hands to resolving.

A candidate says what was written (its span, its type, which resolver reads it and with what:
``how`` and ``args``) and nothing about the calendar around it; ``resolve.py`` turns it into an
interval against a reference date. So the same candidates serve any reference date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DateMention:
    """One temporal expression: ``text == original[start:end]``.

    ``type`` is ``date``, ``daterange``, ``duration``, ``time``, ``set`` or ``vague``.
    ``start_date``/``end_date`` are the inclusive interval meant (None when unresolved, for
    durations, sets and vague words). ``granularity`` is ``day``, ``part_of_month`` (also a
    week), ``month``, ``quarter``, ``half``, ``year`` or ``decade``; ``anchor`` is ``absolute``,
    ``implicit_year`` or ``relative``; ``value`` is the ISO 8601 length of a duration (``P3Y``)
    or the period of a set (``P1Y``).

    Added fields (for the figures and events modules):

    * ``role``: the word before the date that changes what it bounds: ``since`` (منذ، اعتبارا
      من), ``until`` (حتى، لغاية), ``by`` (بحلول), ``before`` (قبل), ``after`` (بعد), or None.
      ``منذ عام 2011`` is the year 2011 with role ``since``: a period that *starts* then;
      ``حتى نهاية 2015`` is December 2015 with role ``until``: a period that *ends* then.
    * ``open_start``/``open_end``: True when the period the text means has no start (``until``,
      ``by``, ``before``) or no end (``since``, ``after``).
    * ``is_future``: the clause holding the date speaks of the future (سوف، سـ، المقبل، من المقرر
      ...); a clause with no cue of its own takes its sentence's. It is what placed a year-less
      month or a bare weekday ahead of the reference date rather than behind it.
    * ``fstart``/``fend`` (private, off the tables): the span in the folded text.
    """

    text: str
    start: int
    end: int
    type: str
    start_date: dt.date | None
    end_date: dt.date | None
    granularity: str | None
    anchor: str | None
    value: str | None
    role: str | None = None
    open_start: bool = False
    open_end: bool = False
    is_future: bool = False
    fstart: int = field(default=0, metadata={"private": True})
    fend: int = field(default=0, metadata={"private": True})


@dataclass(slots=True)   # (slots: made and read by the hundred per article)
class Candidate:
    fs: int
    fe: int
    type: str
    how: str | None = None         # the resolver that reads it (resolve.RESOLVERS); None: nothing to resolve
    args: tuple = ()               # what the resolver needs, read off the words at finding time
    value: str | None = None
    role: str | None = None
    kind: str = ""                 # memory it feeds: 'year', 'period', 'day'; 'cmp' (a comparison) none
    spec: dict = field(default_factory=dict)   # a month, day or year as written (calendar dates only)
    prio: int = 0
    memo: tuple | None = None      # (folded, sentence start, future, baseline, role out, span) once resolved


class YearOnlyDate(dt.date):
    """A reference date the text gives to its year only: a lower bound ("figures for the first
    four months of 2018": some day after April 2018) or a current month whose year is the one the
    text names most often. It is a ``datetime.date`` (shown, and read by the other modules, as
    one); resolving against it keeps only what is whole calendar years (العام الماضي، قبل 7 سنوات):
    a weekday, "last month" or a year-less month read from a day it does not know would be a guess."""

    only_year = True

