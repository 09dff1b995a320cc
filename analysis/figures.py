"""Figures (placeholder until the figures module lands)."""
from __future__ import annotations


def find_figures(folded, article, numbers, dates, reference) -> list:
    return []
