"""One schema per table: the only place where records become pandas DataFrames.

Every table has the same columns, in the same order and with the same dtypes, whether it has
rows or not (``docs/TABLES.md`` in the shared folder lists them; more columns are allowed after
them). Records are frozen dataclasses or plain mappings with those field names.

>>> frame("dates", []).columns.tolist()[:4]
['date_id', 'text', 'start', 'end']
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from collections.abc import Iterable, Mapping
from operator import attrgetter
from typing import Any

import numpy as np
import pandas as pd

try:  # public since pandas 2.3; older pandas builds frames with the DataFrame constructor
    from pandas.api.internals import create_dataframe_from_blocks as _from_blocks
except ImportError:  # pragma: no cover - pandas < 2.3
    _from_blocks = None

__all__ = ["SCHEMAS", "frame", "columns"]

# column -> dtype kind: "int", "float", "str" (object, may be None), "date" (datetime64[s]),
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
        "parties": "list",
        "from_code": "str",
        "to_code": "str",
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
        "countries": "list",
        "cameo": "str",
    },
    "entities": {
        "entity_id": "int",
        "text": "str",
        "start": "int",
        "end": "int",
        "type": "cat:person,place,org",
        "canonical": "str",
        "role": "str",
        "code": "str",
        "mentions": "int",
        "spellings": "list",
    },
}

# The id column each table numbers its rows with (from 1, in text order).
_ID = {"segments": "segment_id", "sentences": "sentence_id", "figures": "figure_id", "dates": "date_id",
       "events": "event_id", "entities": "entity_id"}


def columns(table: str) -> list[str]:
    """The column names of ``table``, in order."""
    return list(SCHEMAS[table])


# public field names per dataclass: dataclasses.fields() is slow to call for every record
_FIELDS: dict[type, tuple[str, ...]] = {}


def _public_fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        # fields marked field(metadata={"private": True}) (folded offsets, ...) stay off tables
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if not f.metadata.get("private"))
    return names


def _as_dict(rec: Any) -> Mapping[str, Any]:
    if dataclasses.is_dataclass(rec) and not isinstance(rec, type):
        return {name: getattr(rec, name) for name in _public_fields(type(rec))}
    if isinstance(rec, Mapping):
        return rec
    raise TypeError(f"cannot make a table row of {type(rec).__name__}")


def _columns_of(records: list[Any]) -> dict[str, list[Any]] | None:
    """Columns (field order) of records that are all dataclasses of one class, else None."""
    cls = type(records[0])
    if not (dataclasses.is_dataclass(cls) and set(map(type, records)) == {cls}):
        return None
    return {name: list(map(attrgetter(name), records)) for name in _public_fields(cls)}


def frame(table: str, records: Iterable[Any], *, more: Mapping[str, list[Any]] | None = None) -> pd.DataFrame:
    """Build ``table`` from ``records`` with the table's columns and dtypes.

    Fields the schema does not know are kept as extra columns after the schema's columns.
    ``*_id`` columns are filled in (1, 2, ...) when the records do not carry them. ``more``
    gives columns the records do not hold, one value per record (read by a later step:
    relations.py's ``parties`` of the figures).

    >>> frame("events", [], more={"countries": [], "cameo": []}).columns.tolist()[-2:]
    ['countries', 'cameo']
    """
    schema = SCHEMAS[table]
    records = list(records)
    if more:
        for name, values in more.items():
            if len(values) != len(records):
                raise ValueError(f"{len(values)} values of {name!r} for {len(records)} rows of {table}")
    cols = _columns_of(records) if records else None
    if cols is None:
        rows = [dict(_as_dict(r)) for r in records]
        for name, values in (more or {}).items():
            for row, v in zip(rows, values):
                row[name] = v
        return _frame_of_rows(table, rows)
    if more:
        cols.update(more)
    n = len(records)
    id_col = _ID.get(table)
    if id_col:
        ids = cols.get(id_col)
        cols[id_col] = list(range(1, n + 1)) if ids is None else \
            [i if v is None else v for i, v in enumerate(ids, 1)]
    none = [None] * n
    data = {col: _series(cols.get(col, none), kind) for col, kind in schema.items()}
    extra = [k for k in cols if k not in schema]
    for col in extra:
        values = cols[col]
        data[col] = _series(values, "list" if any(isinstance(v, list) for v in values) else "object")
    return _assemble(data, n)  # data holds the columns in order: schema, then extra


def _assemble(data: dict[str, Any], n: int) -> pd.DataFrame:
    """A DataFrame of ``data`` (name -> column from ``_series``), same as ``pd.DataFrame(data)``.

    Its columns are stacked into one block per NumPy dtype and handed to pandas as they are:
    the constructor would check, infer and consolidate each column again, four times slower.
    """
    if _from_blocks is None:
        # an object column as an explicit object Index: pandas 3 would otherwise infer its
        # "str" dtype for some columns and not others, and the same table would change dtypes
        # with its content (an Index, unlike a Series, carries no row index to align)
        return pd.DataFrame({k: pd.Index(a, dtype=object, copy=False) if a.dtype == object else a
                             for k, a in data.items()}, copy=False)
    by_dtype: dict[Any, list[int]] = {}
    arrays = list(data.values())
    blocks = []
    for i, a in enumerate(arrays):
        if isinstance(a, np.ndarray):
            by_dtype.setdefault(a.dtype, []).append(i)
        else:  # an extension array (categorical): a block of its own
            blocks.append((a, np.array([i], dtype=np.intp)))
    for dtype, where in by_dtype.items():
        block = np.empty((len(where), n), dtype=dtype)
        for row, i in enumerate(where):
            block[row] = arrays[i]
        blocks.append((block, np.array(where, dtype=np.intp)))
    names = tuple(data)
    columns = _COLUMN_INDEX.get(names)
    if columns is None:  # an Index is immutable: one per column list serves every frame
        columns = _COLUMN_INDEX[names] = pd.Index(list(names))
    return _from_blocks(blocks, index=pd.RangeIndex(n), columns=columns)


_COLUMN_INDEX: dict[tuple[str, ...], pd.Index] = {}


def _frame_of_rows(table: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    schema = SCHEMAS[table]
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
        data[col] = _series([r.get(col) for r in rows], "list" if any(isinstance(r.get(col), list) for r in rows)
                            else "object")
    return _assemble(data, len(rows))


_CATS = {kind: pd.CategoricalDtype(kind[4:].split(","))
         for schema in SCHEMAS.values() for kind in schema.values() if kind.startswith("cat:")}
_CODES = {kind: {c: i for i, c in enumerate(dtype.categories)} for kind, dtype in _CATS.items()}
# the same with None for a missing value, so that one C-level map turns values into codes
_CODES_NONE = {kind: {**codes, None: -1} for kind, codes in _CODES.items()}
_NONE = type(None)
_NAT = np.datetime64("NaT", "s")
_NO_VALIDATE = {"validate": False} if "validate" in inspect.signature(pd.Categorical.from_codes).parameters else {}


def _series(values: list[Any], kind: str) -> Any:
    """A column as a NumPy array or a Categorical (built directly: Series() is slow)."""
    n = len(values)
    if kind == "int":
        return np.fromiter(map(int, values), dtype=np.int64, count=n)
    if kind == "float":  # None becomes NaN
        return np.array(values, dtype=np.float64).reshape(n)
    if kind == "bool":
        return np.fromiter(map(bool, values), dtype=bool, count=n)
    if kind == "date":
        return _dates(values, n)
    if kind.startswith("cat:"):
        codes = _CODES_NONE[kind]
        bad = set(values).difference(codes)
        if bad:  # a bug in an extractor, not in the input: say which value
            raise ValueError(f"{sorted(map(str, bad))} not among the allowed values {list(_CODES[kind])}")
        # the codes were just checked: pandas need not check them again (validate=, pandas 2.1+)
        return pd.Categorical.from_codes(np.fromiter(map(codes.__getitem__, values), dtype=np.int8, count=n),
                                         dtype=_CATS[kind], **_NO_VALIDATE)
    out = np.empty(n, dtype=object)
    if kind == "list":
        for i, v in enumerate(values):
            out[i] = list(v) if v is not None else []
    elif kind == "object":
        for i, v in enumerate(values):
            out[i] = v
    elif set(map(type, values)) <= _STR_OR_NONE:  # str, the usual case: one C-level copy
        out[:] = values
    else:  # str, with values to turn into strings
        out[:] = [v if v is None or v.__class__ is str else str(v) for v in values]
    return out


_STR_OR_NONE = {str, _NONE}
_DATE_OR_NONE = {dt.date, _NONE}
_EPOCH_DAY = dt.date(1970, 1, 1).toordinal()
_NAT_INT = _NAT.view(np.int64)


def _dates(values: list[Any], n: int) -> np.ndarray:
    """datetime64[s] of dates (None and NaT: NaT); plain dates by their ordinal, the rest by NumPy."""
    if set(map(type, values)) <= _DATE_OR_NONE:
        secs = np.fromiter((_NAT_INT if v is None else (v.toordinal() - _EPOCH_DAY) * 86400 for v in values),
                           dtype=np.int64, count=n)
        return secs.view("datetime64[s]")
    return np.array([_NAT if v is None or v is pd.NaT else np.datetime64(v, "s") for v in values],
                    dtype="datetime64[s]").reshape(n)
