"""One schema per table: the only place where records become pandas DataFrames.

Every table has the same columns, in the same order and with the same dtypes, whether it has
rows or not (``docs/TABLES.md`` in the shared folder lists them; more columns are allowed after
them). Records are frozen dataclasses or plain mappings with those field names.

>>> frame("dates", []).columns.tolist()[:4]
['date_id', 'text', 'start', 'end']
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

__all__ = ["SCHEMAS", "frame", "columns"]

# column -> dtype kind: "int", "float", "str" (object, may be None), "date" (datetime64[ns]),
# "bool", "list" (object holding Python lists), "cat:<a>,<b>" (category with fixed levels)
SCHEMAS: dict[str, dict[str, str]] = {
    "segments": {
        "segment_id": "int",
        "kind": "cat:title,heading,caption,body,boilerplate,source",
        "start": "int",
        "end": "int",
        "text": "str",
    },
    "sentences": {
        "sentence_id": "int",
        "segment_id": "int",
        "start": "int",
        "end": "int",
        "text": "str",
    },
    "numbers": {
        "text": "str",
        "start": "int",
        "end": "int",
        "value": "float",
        "value_low": "float",
        "value_high": "float",
        "kind": "cat:number,ordinal,fraction,percent",
    },
    "figures": {
        "figure_id": "int",
        "text": "str",
        "start": "int",
        "end": "int",
        "sentence": "str",
        "kind": "cat:money,percent,count,quantity",
        "value": "float",
        "value_low": "float",
        "value_high": "float",
        "qualifier": "cat:exact,approx,more_than,at_least,less_than,at_most,range",
        "unit": "str",
        "metric": "str",
        "metric_key": "str",
        "period_text": "str",
        "period_start": "date",
        "period_end": "date",
        "status": "cat:actual,partial,target,forecast,unknown",
        "is_record": "bool",
    },
    "dates": {
        "date_id": "int",
        "text": "str",
        "start": "int",
        "end": "int",
        "type": "cat:date,daterange,duration,time,set,vague",
        "start_date": "date",
        "end_date": "date",
        "granularity": "str",
        "anchor": "str",
        "value": "str",
    },
    "events": {
        "event_id": "int",
        "type": "cat:visit,meeting,summit,statement,agreement,election,inauguration,economic,military,other",
        "date_start": "date",
        "date_end": "date",
        "date_text": "str",
        "actors": "list",
        "places": "list",
        "orgs": "list",
        "label": "str",
        "sentence": "str",
        "start": "int",
        "end": "int",
        "is_future": "bool",
    },
    "entities": {
        "entity_id": "int",
        "text": "str",
        "start": "int",
        "end": "int",
        "type": "cat:person,place,org",
        "canonical": "str",
        "role": "str",
    },
}

# The id column each table numbers its rows with (from 1, in text order).
_ID = {"segments": "segment_id", "sentences": "sentence_id", "figures": "figure_id", "dates": "date_id",
       "events": "event_id", "entities": "entity_id"}


def columns(table: str) -> list[str]:
    """The column names of ``table``, in order."""
    return list(SCHEMAS[table])


def _as_dict(rec: Any) -> Mapping[str, Any]:
    if dataclasses.is_dataclass(rec) and not isinstance(rec, type):
        # fields marked field(metadata={"private": True}) (folded offsets, ...) stay off tables
        return {f.name: getattr(rec, f.name) for f in dataclasses.fields(rec) if not f.metadata.get("private")}
    if isinstance(rec, Mapping):
        return rec
    raise TypeError(f"cannot make a table row of {type(rec).__name__}")


def frame(table: str, records: Iterable[Any]) -> pd.DataFrame:
    """Build ``table`` from ``records`` with the table's columns and dtypes.

    Fields the schema does not know are kept as extra columns after the schema's columns.
    ``*_id`` columns are filled in (1, 2, ...) when the records do not carry them.
    """
    schema = SCHEMAS[table]
    rows = [dict(_as_dict(r)) for r in records]
    id_col = _ID.get(table)
    if id_col:
        for i, r in enumerate(rows, 1):
            if r.get(id_col) is None:
                r[id_col] = i
    extra: list[str] = []
    for r in rows:
        for k in r:
            if k not in schema and k not in extra:
                extra.append(k)
    data = {}
    for col, kind in schema.items():
        values = [r.get(col) for r in rows]
        data[col] = _series(values, kind)
    for col in extra:
        data[col] = pd.Series([r.get(col) for r in rows], dtype=object)
    return pd.DataFrame(data, columns=[*schema, *extra])


def _series(values: list[Any], kind: str) -> pd.Series:
    if kind == "int":
        return pd.Series([int(v) for v in values], dtype="int64")
    if kind == "float":
        return pd.Series([float("nan") if v is None else float(v) for v in values], dtype="float64")
    if kind == "bool":
        return pd.Series([bool(v) for v in values], dtype="bool")
    if kind == "date":
        return pd.Series(pd.to_datetime(values), dtype="datetime64[ns]")
    if kind == "list":
        return pd.Series([list(v) if v is not None else [] for v in values], dtype=object)
    if kind.startswith("cat:"):
        return pd.Series(pd.Categorical(values, categories=kind[4:].split(",")))
    return pd.Series([None if v is None else str(v) for v in values], dtype=object)
