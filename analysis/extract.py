"""``extract()``: an article in, its five tables out.

The steps run in one direction (see ``ARCHITECTURE`` in the README): read the article, fold its
text once, find numbers, dates and entities, fix the reference date, then build figures and
events from those mentions. Each step is a pure function of what came before.

>>> ex = extract("عنوان\\nبلغ حجم التبادل التجاري 5 مليارات دولار في عام 2023.", published="2024-01-15")
>>> ex.reference_date, ex.reference_date_source
(datetime.date(2024, 1, 15), 'given')
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import pandas as pd

from . import tables
from .article import Article, parse_date, read_article
from .text import fold

__all__ = ["Extraction", "extract", "extract_records", "Records"]


@dataclass(frozen=True)
class Extraction:
    """The tables read from one article (columns: ``docs/TABLES.md``)."""

    article: Article = field(repr=False)
    reference_date: dt.date | None
    reference_date_source: str
    reference_date_reason: str
    segments: pd.DataFrame = field(repr=False)
    figures: pd.DataFrame = field(repr=False)
    dates: pd.DataFrame = field(repr=False)
    events: pd.DataFrame = field(repr=False)
    entities: pd.DataFrame = field(repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by name, in the order a reader meets them."""
        return {"segments": self.segments, "figures": self.figures, "dates": self.dates,
                "events": self.events, "entities": self.entities}


def _columns(rows: list[tuple], n: int) -> list[list]:
    """``n`` columns of a list of ``n``-tuples (none: ``n`` empty columns)."""
    return [list(c) for c in zip(*rows)] if rows else [[] for _ in range(n)]


def extract(article: Article | str | bytes, published: object = None) -> Extraction:
    """Read every figure, date, entity and event of an article.

    ``article`` is an :class:`Article` or anything :func:`read_article` takes. ``published``
    (a date, a datetime, an ISO string or None) overrides the article's own date.

    >>> ex = extract("زيارة\\nزار الرئيس القاهرة أمس.", published="2024-11-27")
    >>> ex.dates["start_date"].dt.date.tolist()
    [datetime.date(2024, 11, 26)]
    """
    r = extract_records(article, published)
    return Extraction(
        article=r.article,
        reference_date=r.reference_date,
        reference_date_source=r.reference_date_source,
        reference_date_reason=r.reference_date_reason,
        segments=r.article.segments,
        figures=tables.frame("figures", r.figures, more=r.more["figures"]),
        dates=tables.frame("dates", r.dates),
        events=tables.frame("events", r.events, more=r.more["events"]),
        entities=tables.frame("entities", r.entities),
    )


class Records(NamedTuple):
    """What :func:`extract` reads, before its tables are built: the records of each table
    (``Figure``, ``DateMention``, ``Event``, ``Entity``), in the order of the rows."""

    article: Article
    reference_date: dt.date | None
    reference_date_source: str
    reference_date_reason: str
    figures: list[Any]
    dates: list[Any]
    events: list[Any]
    entities: list[Any]
    # columns the records do not hold, by table (``tables.frame(..., more=)``): who a figure is
    # between, which countries an event involves (relations.py)
    more: dict[str, dict[str, list[Any]]]


def extract_records(article: Article | str | bytes, published: object = None) -> Records:
    """:func:`extract` without the DataFrames: the records of its tables (``tables.frame``
    makes each table of them). For code that builds tables of many articles at once (the
    corpus mode writes Arrow tables) and need not pay for a pandas frame per article.

    >>> r = extract_records("عنوان\\nبلغ حجم التبادل التجاري 5 مليارات دولار في عام 2023.", published="2024-01-15")
    >>> [(f.value, f.unit) for f in r.figures]
    [(5000000000.0, 'USD')]
    """
    from .dates import date_candidates, date_mentions
    from .dates.reference import reference_and_mentions
    from .entities import entities_of, entity_mentions
    from .events import find_events
    from .figures import find_figures
    from .numbers import number_mentions
    from .relations import ArticleCountries, event_countries, figure_parties

    given = parse_date(published)
    art = article if isinstance(article, Article) else read_article(article, published=given)
    if given is not None and art.published != given:
        # the date given is the article's publication date, as read_article(..., published=)
        # makes it: the steps that read ``art.published`` (statements dated by the day's
        # occasion, in events) see the same article whichever way it came in
        art = replace(art, published=given)
    folded = fold(art.text)
    found = date_candidates(folded)   # found once, resolved against whichever reference date

    unresolved = None   # the dates resolved against no reference date, when they were
    if given is not None:
        ref, source, reason = given, "given", "حدّده المستخدم"
    elif art.published is not None:
        ref, source, reason = art.published, "metadata", "تاريخ النشر في بيانات الصفحة"
    else:
        (ref, source, reason), unresolved = reference_and_mentions(folded, candidates=found)

    numbers = number_mentions(folded)
    # (the text gave no reference date either: its dates are those the search resolved)
    dates = unresolved if ref is None and unresolved is not None else date_mentions(folded, ref, candidates=found)
    entities = entity_mentions(folded, art)
    figures = find_figures(folded, art, numbers, dates, ref)
    events = find_events(folded, art, dates, entities, ref, figures=figures)
    # who a figure is between, which countries an event involves (relations.py)
    countries = ArticleCountries(folded, art, entities)
    parties = figure_parties(figures, countries)
    involved = event_countries(events, countries)
    more = {"figures": dict(zip(("parties", "from_code", "to_code"), _columns(parties, 3))),
            "events": dict(zip(("countries", "cameo"), _columns(involved, 2)))}
    # one row an entity in the table (events read every mention)
    return Records(art, ref, source, reason, list(figures), list(dates), list(events), list(entities_of(entities)),
                   more)
