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
from itertools import chain, repeat
from operator import attrgetter
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

try:  # public since pandas 2.3; older pandas builds frames with the DataFrame constructor
    from pandas.api.internals import create_dataframe_from_blocks as _from_blocks
except ImportError:  # pragma: no cover - pandas < 2.3
    _from_blocks = None

__all__ = ["SCHEMAS", "frame", "columns", "values_of"]

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
    names = _public_fields(cls)
    if len(names) < 2:
        return {name: list(map(attrgetter(name), records)) for name in names}
    # every field of a record in one C-level call, then the rows turned into columns by zip:
    # a third of the time of one pass over the records per field
    return dict(zip(names, map(list, zip(*map(attrgetter(*names), records)))))


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
    # no records (an article without figures, say): the columns are empty, the frame is built as
    # from records, block by block, without a round through rows
    cols = _columns_of(records) if records else ({} if _from_blocks is not None else None)
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
    extra = [k for k in cols if k not in schema]
    if _from_blocks is not None:
        return _frame_of_columns(table, cols, tuple(extra), n)
    none = [None] * n
    data = {col: _series(cols.get(col, none), kind) for col, kind in schema.items()}
    for col in extra:
        values = cols[col]
        data[col] = _series(values, "list" if any(isinstance(v, list) for v in values) else "object")
    return _assemble(data, n)  # data holds the columns in order: schema, then extra


def values_of(table: str, records: Iterable[Any], *, more: Mapping[str, list[Any]] | None = None
              ) -> tuple[dict[str, Any], int]:
    """The values ``frame(table, records)`` holds in the schema's columns, without a DataFrame:
    ``int``, ``float`` and ``bool`` columns as NumPy arrays, ``date`` as datetime64[s], the
    others as lists (categories checked, strings made, lists copied; None where missing),
    and the number of rows. Fields the schema does not know are left out.

    For code that builds tables of many articles at once in another form (the corpus mode's
    Arrow batches): what ``frame`` would raise on, this raises on too.

    >>> cols, n = values_of("segments", [{"kind": "title", "start": 0, "end": 5, "text": "عنوان"}])
    >>> n, cols["segment_id"].tolist(), cols["kind"]
    (1, [1], ['title'])
    """
    schema = SCHEMAS[table]
    records = list(records)
    n = len(records)
    for name, values in (more or {}).items():
        if len(values) != n:
            raise ValueError(f"{len(values)} values of {name!r} for {n} rows of {table}")
    cols = _columns_of(records) if records else None
    id_col = _ID.get(table)
    if cols is None:
        rows = [dict(_as_dict(r)) for r in records]
        cols = {col: [r.get(col) for r in rows] for col in schema}
    if more:
        cols.update(more)
    if id_col:
        ids = cols.get(id_col)
        cols[id_col] = list(range(1, n + 1)) if ids is None else \
            [i if v is None else v for i, v in enumerate(ids, 1)]
    none = [None] * n
    out: dict[str, Any] = {}
    for col, kind in schema.items():
        values = cols.get(col, none)
        if kind in ("int", "float", "bool", "date"):
            out[col] = _series(values, kind)
        elif kind.startswith("cat:"):
            bad = set(values).difference(_CODES_NONE[kind])
            if bad:  # as _series says it
                raise ValueError(f"{sorted(map(str, bad))} not among the allowed values {list(_CODES[kind])}")
            out[col] = values
        elif kind == "list":
            out[col] = [list(v) if v is not None else [] for v in values]
        elif set(map(type, values)) <= _STR_OR_NONE:
            out[col] = values
        else:
            out[col] = [v if v is None or v.__class__ is str else str(v) for v in values]
    return out, n


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
        if dtype == _DT64 and _dt_block is not None:
            block = _dt_block(block)
        blocks.append((block, np.array(where, dtype=np.intp)))
    return _from_blocks(blocks, index=pd.RangeIndex(n), columns=_columns_index(tuple(data)))


_COLUMN_INDEX: dict[tuple[str, ...], pd.Index] = {}


def _columns_index(names: tuple[str, ...]) -> pd.Index:
    """The column Index of a frame: one is built per column list (building one takes longer than
    the rest of a small frame), and each frame gets its own view of it, so that renaming a
    frame's columns (``df.columns.name = ...``) renames no other frame's."""
    columns = _COLUMN_INDEX.get(names)
    if columns is None:  # an Index is immutable: one per column list serves every frame
        columns = _COLUMN_INDEX[names] = pd.Index(list(names))
    return columns._view() if hasattr(columns, "_view") else columns.copy()


# kind -> the NumPy dtype of its column ("cat:" kinds are Categoricals, blocks of their own)
_DTYPE_OF = {"int": np.dtype(np.int64), "float": np.dtype(np.float64), "bool": np.dtype(bool),
             "date": np.dtype("datetime64[s]")}
_OBJECT = np.dtype(object)


class _Plan(NamedTuple):
    """How a table's columns become blocks: what ``_assemble`` finds out column by column,
    found once per table and column list."""

    names: tuple[str, ...]
    cats: tuple[tuple[int, str, str], ...]  # (position, column, kind) of each categorical column
    groups: tuple[tuple[np.dtype, np.ndarray, tuple[tuple[str, str], ...]], ...]  # (dtype, positions, columns)
    # the placement of each block, in the order the blocks are made (categoricals, then groups)
    wheres: tuple[np.ndarray, ...]
    # each block's pandas Block class and placement (``_BLOCKS``), None where they are not used
    klasses: tuple[Any, ...] | None
    places: tuple[Any, ...] | None


_PLANS: dict[tuple[str, tuple[str, ...]], _Plan] = {}


def _plan(table: str, extra: tuple[str, ...]) -> _Plan:
    plan = _PLANS.get((table, extra))
    if plan is not None:
        return plan
    kinds = {**SCHEMAS[table], **{col: "object" for col in extra}}
    cats = []
    groups: dict[np.dtype, list[tuple[int, str, str]]] = {}
    for pos, (col, kind) in enumerate(kinds.items()):
        if kind.startswith("cat:"):
            cats.append((pos, col, kind))
        else:
            groups.setdefault(_DTYPE_OF.get(kind, _OBJECT), []).append((pos, col, kind))
    group_plan = tuple((dtype, np.array([p for p, _, _ in where], dtype=np.intp), tuple((c, k) for _, c, k in where))
                       for dtype, where in groups.items())
    wheres = tuple([np.array([pos], dtype=np.intp) for pos, _, _ in cats] + [where for _, where, _ in group_plan])
    dtypes = [_CATS[kind] for _, _, kind in cats] + [dtype for dtype, _, _ in group_plan]
    klasses = places = None
    if _BLOCKS is not None:
        klasses = tuple(map(_BLOCKS.block_type, dtypes))
        places = tuple(map(_BLOCKS.placement, wheres))
    plan = _PLANS[(table, extra)] = _Plan(tuple(kinds), tuple(cats), group_plan, wheres, klasses, places)
    return plan


def _frame_of_columns(table: str, cols: dict[str, list[Any]], extra: tuple[str, ...], n: int) -> pd.DataFrame:
    """``_assemble`` of the columns ``frame`` would make, the same frame built a block at a time:
    the values of all the columns of one dtype converted in one NumPy call where they can be."""
    plan = _plan(table, extra)
    none = [None] * n
    # the blocks' values in the order _assemble makes them: categoricals, then one per dtype
    arrays: list[Any] = [_category(cols.get(col, none), kind) for _, col, kind in plan.cats]
    for dtype, _where, columns in plan.groups:
        k = len(columns)
        values = [cols.get(col, none) for col, _ in columns]
        if dtype.kind == "i":
            block = np.fromiter(map(int, chain.from_iterable(values)), dtype=dtype, count=k * n).reshape(k, n)
        elif dtype.kind == "f":  # None becomes NaN
            block = np.array(values, dtype=dtype).reshape(k, n)
        elif dtype.kind == "b":
            block = np.fromiter(map(bool, chain.from_iterable(values)), dtype=dtype, count=k * n).reshape(k, n)
        elif dtype.kind == "M":
            block = _dates(list(chain.from_iterable(values)), k * n).reshape(k, n)
            if _dt_block is not None:
                block = _dt_block(block)
        else:
            block = np.empty((k, n), dtype=dtype)
            for row, ((col, kind), v) in enumerate(zip(columns, values)):
                if kind == "str" and set(map(type, v)) <= _STR_OR_NONE:
                    block[row] = v  # one C-level copy
                elif kind == "str":
                    block[row] = [x if x is None or x.__class__ is str else str(x) for x in v]
                elif kind == "list" or (kind == "object" and col in extra and any(map(isinstance, v, _LISTS))):
                    out = block[row]
                    for i, x in enumerate(v):
                        out[i] = list(x) if x is not None else []
                else:
                    out = block[row]
                    for i, x in enumerate(v):
                        out[i] = x
        arrays.append(block)
    if _BLOCKS is not None and plan.klasses is not None and _dt_block is not None:
        return _BLOCKS.frame(arrays, plan.klasses, plan.places, _columns_index(plan.names), n)
    return _from_blocks(list(zip(arrays, plan.wheres)), index=pd.RangeIndex(n), columns=_columns_index(plan.names))

_DT64 = np.dtype("datetime64[s]")


def _datetime_block_maker() -> Any:
    """A function wrapping a 2-D datetime64[s] block as pandas' DatetimeArray, or None.

    Handed a bare datetime64 ndarray, pandas converts it through ``DatetimeArray._from_sequence``,
    which checks every value again: three quarters of the time a small table takes to build.
    The block is already what pandas keeps (datetime64[s], no time zone), so it is wrapped as it
    is; on a pandas where that is not possible (or not the same frame), the ndarray goes as before.
    """
    if _from_blocks is None:
        return None
    try:
        from pandas.core.arrays import DatetimeArray

        # (a dtype object of its own and the unit read once, as after pandas' conversion: a
        # pickle of the frame is then the same, byte for byte, as before)
        dtype = np.dtype("datetime64[s]")

        def wrap(block: np.ndarray) -> Any:
            arr = DatetimeArray._simple_new(block, dtype=dtype if block.dtype is not dtype else np.dtype("M8[s]"))
            arr.unit  # noqa: B018 - cached as the conversion caches it
            return arr

        block = np.array([[0, -86400]], dtype="datetime64[s]")
        ours = _from_blocks([(wrap(block), np.array([0], dtype=np.intp))], index=pd.RangeIndex(2),
                            columns=pd.Index(["d"]))
        theirs = _from_blocks([(block.copy(), np.array([0], dtype=np.intp))], index=pd.RangeIndex(2),
                              columns=pd.Index(["d"]))
        if ours.dtypes.equals(theirs.dtypes) and ours.equals(theirs):
            return wrap
    except Exception:  # noqa: BLE001 - a pandas without this internal: build as before
        pass
    return None


_dt_block = _datetime_block_maker()


class _BlockAPI(NamedTuple):
    """pandas' own pieces, to make a frame of finished blocks in one step.

    ``create_dataframe_from_blocks`` looks up each block's class, wraps its placement, checks
    its values and then checks the whole frame again (three quarters of the time a frame of a
    few rows takes, once its values are converted): here the class and the placement of each
    block are found once per table (``_plan``) and the values are what pandas would keep, so
    the blocks are made as they are and the frame is not checked again. Used only where
    ``_block_api`` saw it make the frame ``create_dataframe_from_blocks`` makes, pickle for
    pickle."""

    block_type: Any   # dtype -> its Block class
    placement: Any    # positions (ndarray) -> BlockPlacement
    frame: Any        # (arrays, classes, placements, columns, n) -> DataFrame


# the row index of a frame of n rows: one per n, each frame getting its own view (as columns)
_RANGES: dict[int, pd.RangeIndex] = {}


def _range_index(n: int) -> pd.RangeIndex:
    index = _RANGES.get(n)
    if index is None:
        index = pd.RangeIndex(n)
        if len(_RANGES) < 4096:
            _RANGES[n] = index
    return index._view()


def _block_api() -> _BlockAPI | None:
    if _from_blocks is None or _dt_block is None:
        return None
    try:
        from pandas._libs.internals import BlockPlacement
        from pandas.core.internals.blocks import get_block_type
        from pandas.core.internals.managers import BlockManager

        frame_of_mgr = pd.DataFrame._from_mgr

        def frame(arrays: list[Any], klasses: tuple[Any, ...], places: tuple[Any, ...], columns: pd.Index,
                  n: int) -> pd.DataFrame:
            mgr = BlockManager([klass(a, ndim=2, placement=bp) for a, klass, bp in zip(arrays, klasses, places)],
                               [columns, _range_index(n)], verify_integrity=False)
            return frame_of_mgr(mgr, mgr.axes)

        api = _BlockAPI(get_block_type, BlockPlacement, frame)
        # one block of every kind a table holds, made both ways
        cat = _CATS[SCHEMAS["dates"]["type"]]
        arrays = [pd.Categorical.from_codes(np.array([0, -1], dtype=np.int8), dtype=cat),
                  np.array([[1, 2], [3, 4]], dtype=np.int64), np.array([[0.5, np.nan]]),
                  np.array([[True, False]]), _dt_block(np.array([[0, -86400]], dtype="datetime64[s]")),
                  _object_rows([["a", None], [["x"], []]])]
        wheres = [np.array(w, dtype=np.intp) for w in ([0], [1, 2], [3], [4], [5], [6, 7])]
        columns = pd.Index(list("abcdefgh"))
        ours = frame(arrays, tuple(get_block_type(a.dtype) for a in arrays), tuple(map(BlockPlacement, wheres)),
                     columns, 2)
        theirs = _from_blocks(list(zip(arrays, wheres)), index=pd.RangeIndex(2), columns=columns)
        import pickle

        if pickle.dumps(ours, protocol=5) == pickle.dumps(theirs, protocol=5) and ours.equals(theirs):
            return api
    except Exception:  # noqa: BLE001 - a pandas without these internals: the public function
        pass
    return None


def _object_rows(rows: list[list[Any]]) -> np.ndarray:
    block = np.empty((len(rows), len(rows[0])), dtype=object)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            block[i, j] = v
    return block



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


def _category(values: list[Any], kind: str) -> Any:
    """``_series(values, kind)`` of a "cat:" kind: the codes read in one C-level pass (a value
    that has none is then looked for, to be named), the Categorical made by ``_CATEGORICAL``."""
    codes = _CODES_NONE[kind]
    try:
        at = np.fromiter(map(codes.__getitem__, values), dtype=np.int8, count=len(values))
    except KeyError:
        return _series(values, kind)   # (which says which value is not allowed)
    return _CATEGORICAL[kind](at)


def _categorical_makers() -> dict[str, Any]:
    """kind -> a function of the codes (int8, checked) to the Categorical ``_series`` makes.

    ``Categorical.from_codes`` checks its dtype and codes again each time; a Categorical of the
    kind made once hands out new ones of other codes with its dtype as they are
    (``_from_backing_data``, how pandas itself derives one from another). Where this pandas
    does not make the same Categorical, pickle for pickle, ``from_codes`` is used."""
    import pickle

    makers = {}
    for kind, dtype in _CATS.items():
        def slow(codes: np.ndarray, dtype: Any = dtype) -> Any:
            return pd.Categorical.from_codes(codes, dtype=dtype, **_NO_VALIDATE)
        makers[kind] = slow
        try:
            fast = slow(np.array([], dtype=np.int8))._from_backing_data
            codes = np.array([0, -1, len(dtype.categories) - 1], dtype=np.int8)
            if pickle.dumps(fast(codes.copy()), protocol=5) == pickle.dumps(slow(codes.copy()), protocol=5):
                makers[kind] = fast
        except Exception:  # noqa: BLE001 - a pandas without it: from_codes
            pass
    return makers


_DATE_OR_NONE = {dt.date, _NONE}
_EPOCH_DAY = dt.date(1970, 1, 1).toordinal()
_NAT_INT = _NAT.view(np.int64)


_LISTS = repeat(list)   # (map(isinstance, values, _LISTS): isinstance(v, list) of each value, in C)


def _dates(values: list[Any], n: int) -> np.ndarray:
    """datetime64[s] of dates (None and NaT: NaT); plain dates by their ordinal, the rest by NumPy."""
    if set(map(type, values)) <= _DATE_OR_NONE:
        secs = np.fromiter((_NAT_INT if v is None else (v.toordinal() - _EPOCH_DAY) * 86400 for v in values),
                           dtype=np.int64, count=n)
        return secs.view("datetime64[s]")
    return np.array([_NAT if v is None or v is pd.NaT else np.datetime64(v, "s") for v in values],
                    dtype="datetime64[s]").reshape(n)


# (made last: they build with the module's own helpers)
_CATEGORICAL = _categorical_makers()
_BLOCKS = _block_api()
