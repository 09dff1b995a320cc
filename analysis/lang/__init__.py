"""The language data: tables of Arabic words, read by the modules beside them.

Each table in ``ar/`` is UTF-8 text with one row a line and columns separated by tabs. Blank
lines and lines that open with ``#`` are skipped: the comments at a table's head say what it
holds and why. Every reader of a table goes through :func:`rows`, and the tools that generate
a table from open data (``tools/``) write it with :func:`write_rows`, so that all tables follow
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


def write_rows(name: str, head: list[str], rows: list[str]) -> None:
    """Write table ``name`` of generated ``rows`` (each a line of tab-separated cells) under the
    comment lines ``head`` (each written after ``# ``), in the format :func:`rows` reads."""
    (DATA_DIR / name).write_text("".join(f"# {line}\n" for line in head) + "".join(f"{row}\n" for row in rows),
                                 encoding="utf-8")
