"""Events (placeholder until the events module lands)."""
from __future__ import annotations


def find_events(folded, article, dates, entities, reference) -> list:
    return []
