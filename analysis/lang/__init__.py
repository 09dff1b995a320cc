"""The language data: tables of Arabic words, read by the modules beside them.

Each table in ``ar/`` is UTF-8 text with one row a line and columns separated by tabs. Blank
lines and lines that open with ``#`` are skipped: the comments at a table's head say what it
holds and why. Every reader of a table goes through :func:`rows`, so that all tables follow
the same format.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "ar"


def rows(name: str) -> list[list[str]]:
    """The rows of table ``name`` (``"months.tsv"``), each a list of its tab-separated cells.

    >>> rows("weekdays.tsv")[0]
    ['الاثنين', '0']
    """
    return [line.split("\t") for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
