"""Corpus mode: every article of a folder read and extracted, the tables combined and written.

``extract_corpus(folder, out=...)`` (or ``python -m analysis corpus FOLDER --out OUT``) reads
every ``.txt`` and ``.html`` article under ``folder``, runs :func:`analysis.extract` on each, and
writes into ``OUT``, as Parquet and as CSV:

* the five tables of :mod:`analysis.extract`, each row prefixed with the article it comes from:
  ``article`` (its path under the folder), ``outlet`` (from a manifest, else missing),
  ``reference_date`` and ``reference_date_source``;
* ``articles``: one row per article read (path, title, reference date and why, rows per table,
  seconds, the file's SHA-256 and the library version that read it);
* ``errors``: one row per file that could not be read (path, error class, message). A broken
  file never stops the run.

Two engines run the same per-article function, :func:`extract_one`: ``"local"`` over a process
pool on this machine's cores (results streamed to Parquet in batches by the parent, so its memory
does not grow with the corpus), ``"dask"`` over a Dask bag on a ``distributed`` cluster (a
``LocalCluster`` by default, or the scheduler at ``scheduler=``), each partition written by the
worker that made it (``figures.parquet/part-00000.parquet`` ...: OUT must be a folder the
workers can write to). Both give the same tables.

A rerun into the same ``OUT`` keeps the rows of every article whose file, given date, outlet and
library version are unchanged, and reads only the others (``Corpus.skipped`` says how many).

The output folder is read back with :func:`read_corpus`::

    c = read_corpus("data/corpus/wild")
    c.articles[["article", "reference_date", "n_figures"]]
    c.figures[c.figures["metric_key"] == "trade_volume"]

Example (run by ``tests/test_corpus.py``)::

    c = extract_corpus("tests/articles/corpus", out="/tmp/corpus-out",
                       published="tests/articles/corpus/manifest.json")
    len(c.articles), len(c.errors)      # (4, 0)
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import json
import os
import shutil
import sys
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import tables as _tables
from .article import parse_date
from .errors import AnalysisError, ParameterError

__all__ = ["TABLES", "ARTICLE_COLUMNS", "Task", "Corpus", "CorpusError", "extract_corpus", "read_corpus",
           "extract_one", "find_articles", "read_manifest", "library_version", "add_corpus_command"]

#: The tables of one article that a corpus combines, in the order :meth:`Extraction.tables` gives them.
TABLES: tuple[str, ...] = ("segments", "figures", "dates", "events", "entities")
#: The columns every combined table starts with: which article a row comes from, and its date.
ARTICLE_COLUMNS: tuple[str, ...] = ("article", "outlet", "reference_date", "reference_date_source")
#: What an article is: a file with one of these suffixes (any case).
SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm")

_ARTICLES_COLUMNS: dict[str, str] = {
    "article": "str", "path": "str", "outlet": "str", "published": "date", "title": "str",
    "source_url": "str", "encoding": "str", "is_html": "bool", "chars": "int",
    "reference_date": "date", "reference_date_source": "str", "reference_date_reason": "str",
    **{f"n_{t}": "int" for t in TABLES},
    "seconds": "float", "sha256": "str", "library_version": "str",
}
_ERRORS_COLUMNS: dict[str, str] = {
    "article": "str", "path": "str", "outlet": "str", "published": "date", "error": "str", "message": "str",
    "sha256": "str", "library_version": "str",
}
_PREFIX_KINDS = {"article": "str", "outlet": "str", "reference_date": "date", "reference_date_source": "str"}
# articles per row group of the local engine's Parquet files: large enough for Parquet to
# compress well, small enough that the parent holds little
_BATCH_ARTICLES = 256
_CHUNK_ARTICLES = 16  # articles a local worker reads before it sends their tables back


class CorpusError(AnalysisError):
    """The corpus cannot be run or read: no articles, an output folder that is not one, a bad manifest."""


# --------------------------------------------------------------------------- what is read


@dataclass(frozen=True)
class Task:
    """One article to read: its name in the corpus, its file, and what a manifest says of it."""

    article: str
    path: str
    published: dt.date | None = None
    outlet: str | None = None


@functools.lru_cache(maxsize=1)
def library_version() -> str:
    """``__version__`` and a digest of the package's code and language tables.

    A rerun reads an article again when this changes: a rule changed without a new version
    number changes the tables all the same.
    """
    from . import __version__

    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for f in sorted([*pkg.glob("*.py"), *pkg.glob("lang/**/*.tsv"), *pkg.glob("lang/**/*.json")]):
        h.update(f.relative_to(pkg).as_posix().encode())
        h.update(f.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


def find_articles(paths_or_folder: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[tuple[str, Path]]:
    """``(name, path)`` of every article: the ``.txt``/``.html`` files under a folder (sorted,
    hidden files and folders left out), or the paths given.

    A folder's articles are named by their path under it (``2024/05/a.txt``); given paths by
    their path as given. A directory named like an article (``x.txt/``) is listed: reading it
    is an error for the errors table, not a silent omission.
    """
    if isinstance(paths_or_folder, (str, os.PathLike)):
        root = Path(paths_or_folder)
        if not root.exists():
            raise CorpusError(f"no folder at {str(root)!r}: give a folder of .txt or .html articles")
        if not root.is_dir():
            return [(root.name, root)]
        found = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            here = Path(dirpath)
            for name in [*filenames, *dirnames]:
                if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                    found.append(((here / name).relative_to(root).as_posix(), here / name))
        return sorted(found)
    items = [Path(p) for p in paths_or_folder]
    return [(p.as_posix(), p) for p in items]


def read_manifest(source: str | os.PathLike[str] | Mapping[str, Any] | Sequence[Mapping[str, Any]]
                  ) -> dict[str, dict[str, Any]]:
    """A manifest as ``{key: {"published": date | None, "outlet": str | None}}``.

    ``source`` is a JSON file or its content: a mapping from an article's name (its path under
    the folder, its file name, or its file name without the extension) to its publication date
    or to a record with ``published`` (or ``date``) and ``outlet``; or a list of such records,
    each naming its article under ``article``, ``path``, ``file``, ``name`` or ``id``.

    >>> read_manifest({"a": {"published": "2024-03-12", "outlet": "وكالة"}, "b": "2024-01-02"})["b"]
    {'published': datetime.date(2024, 1, 2), 'outlet': None}
    """
    data: Any = source
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            raise CorpusError(f"no manifest at {str(path)!r}: check the path") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CorpusError(f"the manifest {str(path)!r} is not a JSON file ({exc})") from None
    if isinstance(data, Sequence) and not isinstance(data, (str, bytes)):
        records = {}
        for rec in data:
            key = next((rec[k] for k in ("article", "path", "file", "name", "id") if isinstance(rec, Mapping)
                        and rec.get(k)), None)
            if key is None:
                raise CorpusError(f"a manifest record names no article (article, path, file, name or id): {rec!r}")
            records[str(key)] = rec
        data = records
    if not isinstance(data, Mapping):
        raise CorpusError("a manifest is a JSON object {article: date or {published, outlet}} or a list of records")
    out = {}
    for key, rec in data.items():
        if isinstance(rec, Mapping):
            published, outlet = rec.get("published", rec.get("date")), rec.get("outlet")
        else:
            published, outlet = rec, None
        try:
            date = parse_date(published, f"the manifest's date of {key!r}")
        except ParameterError as exc:
            raise CorpusError(str(exc)) from None
        out[str(key)] = {"published": date, "outlet": str(outlet) if outlet not in (None, "") else None}
    return out


def _manifest_entry(manifest: Mapping[str, dict[str, Any]], name: str) -> dict[str, Any] | None:
    p = Path(name)
    for key in (name, p.name, p.stem, str(p.with_suffix("")) if p.suffix else name):
        if key in manifest:
            return manifest[key]
    return None


def make_tasks(paths_or_folder: Any, published: Any = None) -> list[Task]:
    """The articles to read, each with its date and outlet from ``published`` (a date for all,
    or a manifest: see :func:`read_manifest`)."""
    found = find_articles(paths_or_folder)
    manifest: Mapping[str, dict[str, Any]] | None = None
    common: dt.date | None = None
    if isinstance(published, Mapping) or (isinstance(published, (list, tuple))):
        manifest = read_manifest(published)
    elif isinstance(published, os.PathLike) or (isinstance(published, str) and published.lower().endswith(".json")):
        manifest = read_manifest(published)
    else:
        common = parse_date(published)
    tasks = []
    for name, path in found:
        entry = _manifest_entry(manifest, name) if manifest is not None else None
        tasks.append(Task(article=name, path=str(path.resolve()) if path.exists() else str(path),
                          published=(entry or {}).get("published") or common,
                          outlet=(entry or {}).get("outlet")))
    return tasks


# --------------------------------------------------------------------------- one article


def _sha256(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except (OSError, ValueError):
        return None


@dataclass
class ArticleResult:
    """What :func:`extract_one` gives back: the article's row and tables, or its error.

    The tables are kept as what :func:`combine` needs, not as DataFrames (five an article cost
    more than the rest of a corpus's own work): ``segments`` (the article's, a DataFrame),
    ``records`` (the records of the other tables, :func:`analysis.extract.extract_records`)
    and ``values`` (their columns, :func:`analysis.tables.values_of`). ``tables`` builds the
    DataFrames when asked.
    """

    task: Task
    info: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    segments: pd.DataFrame | None = None
    records: dict[str, list[Any]] = field(default_factory=dict)
    values: dict[str, tuple[dict[str, Any], int]] = field(default_factory=dict, repr=False)
    more: dict[str, dict[str, list[Any]]] = field(default_factory=dict, repr=False)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """The article's five tables, as :meth:`analysis.Extraction.tables` gives them."""
        if self.segments is None:
            return {}
        return {"segments": self.segments, **{name: _tables.frame(name, recs, more=self.more.get(name))
                                              for name, recs in self.records.items()}}


def extract_one(task: Task) -> ArticleResult:
    """Read and extract one article; any error becomes a row of the errors table, never a raise.

    Errors of the library (:class:`~analysis.errors.AnalysisError`: empty, binary, undecodable,
    not Arabic, a directory ...) and unexpected ones (a bug: its class is kept) alike.
    """
    from .article import read_article
    from .extract import extract_records

    t0 = time.perf_counter()
    digest = _sha256(task.path)
    base = {"article": task.article, "path": task.path, "outlet": task.outlet, "published": task.published,
            "sha256": digest, "library_version": library_version()}
    try:
        with warnings.catch_warnings():
            # a long article is read as usual: the warning is for one-article users
            warnings.simplefilter("ignore")
            art = read_article(Path(task.path), published=task.published, on_non_arabic="error")
            ex = extract_records(art, published=task.published)
            records = {name: getattr(ex, name) for name in TABLES[1:]}
            # the columns made here, where what would stop a table being built is this article's error
            values = {name: _tables.values_of(name, recs, more=ex.more.get(name)) for name, recs in records.items()}
    except Exception as exc:  # noqa: BLE001 - a broken file must not stop a corpus run
        return ArticleResult(task, error={**base, "error": type(exc).__name__,
                                          "message": str(exc).splitlines()[0] if str(exc) else ""})
    counts = {"segments": len(ex.article.segments), **{name: n for name, (_, n) in values.items()}}
    info = {**base, "title": art.title, "source_url": art.source_url, "encoding": art.encoding,
            "is_html": art.is_html, "chars": len(art.text), "reference_date": ex.reference_date,
            "reference_date_source": ex.reference_date_source, "reference_date_reason": ex.reference_date_reason,
            **{f"n_{t}": counts[t] for t in TABLES}, "seconds": time.perf_counter() - t0}
    return ArticleResult(task, info=info, segments=ex.article.segments, records=records, values=values, more=ex.more)


# --------------------------------------------------------------------------- Arrow schemas


def _arrow_type(kind: str) -> Any:
    import pyarrow as pa

    if kind == "int":
        return pa.int64()
    if kind == "float":
        return pa.float64()
    if kind == "bool":
        return pa.bool_()
    if kind == "date":
        return pa.timestamp("ms")
    if kind == "list":
        return pa.list_(pa.string())
    return pa.string()  # str, category (as its label), and any kind unknown here (as JSON)


def _kinds(name: str) -> dict[str, str]:
    if name == "articles":
        return _ARTICLES_COLUMNS
    if name == "errors":
        return _ERRORS_COLUMNS
    return {**_PREFIX_KINDS, **_tables.SCHEMAS[name]}


def schema(name: str) -> Any:
    """The Arrow schema of a corpus table (``articles``, ``errors`` or one of :data:`TABLES`)."""
    import pyarrow as pa

    return pa.schema([pa.field(col, _arrow_type(kind)) for col, kind in _kinds(name).items()])


def _column(values: Any, kind: str) -> Any:
    import pyarrow as pa

    if isinstance(values, pd.Series):
        if kind == "date":
            return pa.array(pd.to_datetime(values).to_numpy("datetime64[ms]"), type=pa.timestamp("ms"),
                            from_pandas=True)
        if isinstance(values.dtype, pd.CategoricalDtype):
            return pa.array(values, from_pandas=True).dictionary_decode().cast(pa.string())
        if kind in ("int", "float", "bool", "str"):
            # numpy and Arrow-backed columns convert in C, without a Python object per value
            return pa.array(values, type=_arrow_type(kind), from_pandas=True)
        values = values.tolist()
    if kind == "date":
        values = [None if v is None or v is pd.NaT else
                  v if isinstance(v, dt.datetime) else dt.datetime(v.year, v.month, v.day) for v in values]
        return pa.array(values, type=pa.timestamp("ms"))
    if kind == "list":
        return pa.array([None if v is None else [str(x) for x in v] for v in values], type=pa.list_(pa.string()))
    if kind not in ("int", "float", "bool", "str") and not kind.startswith("cat:"):
        values = [None if v is None else json.dumps(v, ensure_ascii=False, default=str) for v in values]
    if kind == "float":
        values = [None if v is None else float(v) for v in values]
    return pa.array(values, type=_arrow_type(kind), from_pandas=True)


def _values_column(parts: list[Any], kind: str) -> Any:
    """One Arrow column of the values of a few articles (``tables.values_of``), the same as
    :func:`_column` makes of their DataFrames' column: NumPy columns converted in C, missing
    numbers and dates as nulls, categories and strings as strings, lists of strings."""
    import numpy as np
    import pyarrow as pa

    if not parts:
        return pa.array([], type=_arrow_type(kind))
    if kind in ("int", "float", "bool", "date"):
        values = np.concatenate(parts)
        if kind == "date":
            return pa.array(values.astype("datetime64[ms]"), type=pa.timestamp("ms"), from_pandas=True)
        return pa.array(values, type=_arrow_type(kind), from_pandas=True)
    values = [v for p in parts for v in p]
    if kind == "list":
        return pa.array([[str(x) for x in v] for v in values], type=pa.list_(pa.string()))
    return pa.array(values, type=pa.string(), from_pandas=True)


def _rows_table(name: str, rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    kinds = _kinds(name)
    return pa.Table.from_arrays([_column([r.get(c) for r in rows], k) for c, k in kinds.items()],
                                schema=schema(name))


@dataclass
class Batch:
    """The tables of a few articles, as Arrow tables with the corpus schemas."""

    articles: Any
    errors: Any
    tables: dict[str, Any]

    @property
    def n_articles(self) -> int:
        return self.articles.num_rows

    @property
    def n_errors(self) -> int:
        return self.errors.num_rows

    def table(self, name: str) -> Any:
        if name == "articles":
            return self.articles
        if name == "errors":
            return self.errors
        return self.tables[name]


def combine(results: Iterable[ArticleResult]) -> Batch:
    """The results of a few articles as one :class:`Batch` (what a worker sends back or writes)."""
    import numpy as np
    import pyarrow as pa

    results = list(results)
    ok = [r for r in results if r.info is not None]
    tables = {}
    prefix = {"article": [r.task.article for r in ok], "outlet": [r.task.outlet for r in ok],
              "reference_date": [r.info["reference_date"] for r in ok],
              "reference_date_source": [r.info["reference_date_source"] for r in ok]}
    for name in TABLES:
        kinds = _kinds(name)
        if name == "segments":  # the article's table, a DataFrame already
            frames = [r.segments for r in ok]
            counts = np.array([len(f) for f in frames], dtype=np.int64)
            nonempty = [f for f in frames if len(f)]
            df = pd.concat(nonempty, ignore_index=True) if nonempty else _tables.frame(name, [])
            columns = {col: _column(df[col], kind) for col, kind in kinds.items() if col in df}
        else:  # the others from their columns' values, no DataFrame on the way
            parts = [r.values[name] for r in ok]
            counts = np.array([n for _, n in parts], dtype=np.int64)
            columns = {col: _values_column([p[col] for p, _ in parts], kind)
                       for col, kind in kinds.items() if col not in _PREFIX_KINDS}
        # each article's values once, then repeated over its rows by index
        rows_of = pa.array(np.repeat(np.arange(len(ok), dtype=np.int64), counts))
        rows = int(counts.sum())
        arrays = []
        for col, kind in kinds.items():
            if col in _PREFIX_KINDS:
                arrays.append(_column(prefix[col], kind).take(rows_of))
            elif col in columns:
                arrays.append(columns[col])
            else:
                arrays.append(pa.nulls(rows, _arrow_type(kind)))
        tables[name] = pa.Table.from_arrays(arrays, schema=schema(name))
    return Batch(articles=_rows_table("articles", [r.info for r in ok]),
                 errors=_rows_table("errors", [r.error for r in results if r.error is not None]),
                 tables=tables)


def extract_chunk(tasks: Sequence[Task]) -> Batch:
    """:func:`extract_one` on each task, combined: the unit of work of the local engine's workers."""
    return combine(extract_one(t) for t in tasks)


# --------------------------------------------------------------------------- writing


_OUT_NAMES: tuple[str, ...] = ("articles", "errors", *TABLES)


def _read_dataset(path: Path) -> Any:
    import pyarrow.dataset as ds

    return ds.dataset(str(path), format="parquet")


def _parquet_files(path: Path) -> list[Path]:
    """A table's Parquet files: the file itself, or a partitioned folder's parts in order."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.glob("*.parquet") if not p.name.startswith(("_", ".")))


def _iter_batches(path: Path, batch_size: int = 8192) -> Iterator[Any]:
    """A table's rows, a row group at a time (a dataset scanner reads ahead: hundreds of MB of
    text at the end of a large run)."""
    import pyarrow.parquet as pq

    for f in _parquet_files(path):
        with pq.ParquetFile(str(f)) as pf:
            yield from pf.iter_batches(batch_size=batch_size)


class _LocalSink:
    """One Parquet file per table, written a row group of a few hundred articles at a time."""

    def __init__(self, folder: Path) -> None:
        import pyarrow.parquet as pq

        self.folder = folder
        self.writers = {name: pq.ParquetWriter(str(folder / f"{name}.parquet"), schema(name), compression="zstd")
                        for name in _OUT_NAMES}
        self.pending: list[Batch] = []
        self.pending_articles = 0

    def add(self, batch: Batch) -> None:
        self.pending.append(batch)
        self.pending_articles += batch.n_articles + batch.n_errors
        if self.pending_articles >= _BATCH_ARTICLES:
            self.flush()

    def add_table(self, name: str, table: Any) -> None:
        if table.num_rows:
            self.writers[name].write_table(table)

    def flush(self) -> None:
        import pyarrow as pa

        if not self.pending:
            return
        for name in _OUT_NAMES:
            self.add_table(name, pa.concat_tables([b.table(name) for b in self.pending]))
        self.pending, self.pending_articles = [], 0

    def close(self) -> None:
        self.flush()
        for w in self.writers.values():
            w.close()


def write_partition(batch_or_list: Batch | Sequence[Batch], folder: str, index: int) -> tuple[int, int]:
    """Write one partition's tables as ``<folder>/<table>.parquet/part-<index>.parquet``; returns
    (articles read, errors). The dask engine's workers call this."""
    import pyarrow.parquet as pq

    batch = batch_or_list if isinstance(batch_or_list, Batch) else batch_or_list[0]
    for name in _OUT_NAMES:
        target = Path(folder) / f"{name}.parquet"
        target.mkdir(parents=True, exist_ok=True)
        pq.write_table(batch.table(name), str(target / f"part-{index:05d}.parquet"), compression="zstd")
    return batch.n_articles, batch.n_errors


def _copy_kept(old: Path, kept: set[str], write: Any, name: str) -> None:
    """Stream the rows of the ``kept`` articles from the previous run's table into ``write``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    path = old / f"{name}.parquet"
    if not kept or not path.exists():
        return
    if _read_dataset(path).schema.remove_metadata() != schema(name).remove_metadata():
        return
    keep = pa.array(sorted(kept), type=pa.string())
    for batch in _iter_batches(path, 65_536):
        batch = batch.filter(pc.is_in(batch.column("article"), value_set=keep))
        if batch.num_rows:
            write(pa.Table.from_batches([batch]).cast(schema(name)))


def _csv_batch(batch: Any, name: str) -> Any:
    """A record batch as the CSV shows it: dates as YYYY-MM-DD, lists as JSON arrays."""
    import pyarrow as pa

    kinds = _kinds(name)
    arrays = []
    for col, arr in zip(batch.schema.names, batch.columns):
        kind = kinds.get(col)
        if kind == "date":
            arr = arr.cast(pa.date32())
        elif kind == "list":
            arr = pa.array([None if v is None else json.dumps(v, ensure_ascii=False) for v in arr.to_pylist()],
                           type=pa.string())
        arrays.append(arr)
    return pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)


def _write_csv(parquet: Path, dest: Path, name: str) -> None:
    """``dest`` as CSV (UTF-8, a header, dates as YYYY-MM-DD, lists as JSON arrays), streamed
    from the Parquet by Arrow's CSV writer (pandas' took as long as reading the articles)."""
    import pyarrow.csv as pacsv

    import pyarrow as pa

    writer = None
    try:
        for batch in _iter_batches(parquet):
            batch = _csv_batch(batch, name)
            if writer is None:
                writer = pacsv.CSVWriter(str(dest), batch.schema,
                                         write_options=pacsv.WriteOptions(quoting_style="needed"))
            writer.write_batch(batch)
    finally:
        if writer is not None:
            writer.close()
        pa.default_memory_pool().release_unused()
    if writer is None:
        dest.write_text(",".join(_kinds(name)) + "\n", encoding="utf-8")


def _replace(src: Path, dest: Path) -> None:
    if dest.is_dir() and not dest.is_symlink():
        shutil.rmtree(dest)
    elif dest.exists() or dest.is_symlink():
        dest.unlink()
    os.replace(src, dest)


# --------------------------------------------------------------------------- the run


@dataclass(frozen=True)
class _Previous:
    rows: dict[str, tuple[Any, ...]]

    @classmethod
    def read(cls, out: Path) -> "_Previous":
        rows: dict[str, tuple[Any, ...]] = {}
        for name in ("articles", "errors"):
            path = out / f"{name}.parquet"
            if not path.exists():
                continue
            try:
                df = _read_dataset(path).to_table(
                    columns=["article", "sha256", "library_version", "published", "outlet"]).to_pandas()
            except Exception:  # noqa: BLE001 - an unreadable previous run is read again, in full
                return cls({})
            for r in df.itertuples(index=False):
                pub = None if pd.isna(r.published) else pd.Timestamp(r.published).date()
                rows[r.article] = (r.sha256, r.library_version, pub, None if pd.isna(r.outlet) else r.outlet)
        return cls(rows)

    def current(self, task: Task) -> bool:
        rec = self.rows.get(task.article)
        if rec is None or rec[0] is None or rec[1] != library_version():
            return False
        if rec[2] != task.published or rec[3] != task.outlet:
            return False
        return rec[0] == _sha256(task.path)


def _default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _pool_context() -> Any:
    import multiprocessing as mp

    # forkserver: workers fork from a clean process that imported the library once (forking a
    # parent with threads, a notebook's or tqdm's, can deadlock); spawn where there is no fork
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["analysis.corpus", "analysis.extract", "analysis.dates", "analysis.figures",
                                    "analysis.events", "analysis.entities", "analysis.numbers"])
        return ctx
    return mp.get_context("spawn")


def _worker_setup() -> None:
    """A local worker's garbage collector set for a long run of small articles: what the
    library loaded is frozen (never searched for cycles again), and a young collection waits for
    10,000 new objects, not 700. The collector then took 2% of a worker's time instead of 6-8%
    (600 wild articles, first seen and again). Only in the pool's own processes."""
    import gc

    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])


def _chunks(tasks: Sequence[Task], size: int) -> Iterator[list[Task]]:
    for i in range(0, len(tasks), size):
        yield list(tasks[i:i + size])


def _run_local(tasks: Sequence[Task], sink: _LocalSink, workers: int, on_batch: Any) -> None:
    if workers <= 1 or len(tasks) <= _CHUNK_ARTICLES:
        for chunk in _chunks(tasks, _CHUNK_ARTICLES):
            batch = extract_chunk(chunk)
            sink.add(batch)
            on_batch(len(chunk), batch.n_errors)
        return
    # small chunks keep both workers busy to the end; each sends its articles' tables back as
    # one Arrow batch (cheap to pickle), never a DataFrame per article
    size = max(1, min(_CHUNK_ARTICLES, len(tasks) // (workers * 4) or 1))
    with _pool_context().Pool(workers, initializer=_worker_setup) as pool:
        for chunk, batch in zip(_chunks(tasks, size), pool.imap(extract_chunk, _chunks(tasks, size))):
            sink.add(batch)
            on_batch(len(chunk), batch.n_errors)


def _run_dask(tasks: Sequence[Task], folder: Path, workers: int, scheduler: str | None, on_batch: Any,
              first_index: int) -> None:
    try:
        import dask
        import dask.bag as db
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise CorpusError("the dask engine needs dask and distributed: pip install 'analysis[dask]'") from None
    if not tasks:
        return
    if scheduler:
        client = Client(scheduler)
        cluster = None
        # the user's cluster decides how wide the work can go
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=40)
        client = Client(cluster)
    try:
        nparts = max(1, min(len(tasks), workers * 8, -(-len(tasks) // 8)))
        bag = db.from_sequence(list(tasks), npartitions=nparts)
        parts = bag.map(extract_one).map_partitions(lambda rs: [combine(rs)]).to_delayed()
        writes = [dask.delayed(write_partition)(p, str(folder), first_index + i) for i, p in enumerate(parts)]
        for fut in as_completed(client.compute(writes)):
            n_ok, n_err = fut.result()
            on_batch(n_ok + n_err, n_err)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_corpus(
    paths_or_folder: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    published: Any = None,
    workers: int | None = None,
    engine: str = "local",
    *,
    out: str | os.PathLike[str] | None = None,
    scheduler: str | None = None,
    progress: bool | None = None,
    force: bool = False,
) -> "Corpus":
    """Read and extract every article of a folder (or the paths given); returns the :class:`Corpus`.

    ``published``: a date for every article, or a manifest (a ``.json`` path or its content,
    :func:`read_manifest`) giving each article's date and outlet; articles it does not name
    keep their own date (page, dateline, or inferred). ``workers``: processes (default: the
    machine's cores). ``engine``: ``"local"`` (a process pool) or ``"dask"`` (a ``LocalCluster``
    of ``workers`` processes, or the cluster at ``scheduler``). ``out``: the folder for the
    tables (default: a temporary folder that lives as long as the returned object). A rerun
    into the same ``out`` reads again only the articles that changed (``force=True``: all).
    ``progress``: a progress bar on standard error (default: when it is a terminal).
    """
    if engine not in ("local", "dask"):
        raise ParameterError(f'engine must be "local" or "dask", not {engine!r}')
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise ParameterError(f"workers must be a positive whole number, not {workers!r}")
    if scheduler and engine != "dask":
        raise ParameterError("a scheduler address is for the dask engine: add engine='dask' (--engine dask)")
    t0 = time.monotonic()
    workers = workers or _default_workers()
    tasks = make_tasks(paths_or_folder, published)
    tmp_holder = None
    if out is None:
        import tempfile

        tmp_holder = tempfile.TemporaryDirectory(prefix="analysis-corpus-")
        out = tmp_holder.name
    out_path = Path(out).resolve()
    if out_path.exists() and not out_path.is_dir():
        raise CorpusError(f"{str(out_path)!r} is a file: give a folder for the corpus tables")
    if isinstance(paths_or_folder, (str, os.PathLike)) and Path(paths_or_folder).is_dir():
        # the output folder inside the corpus folder would be read as articles on the next run
        tasks = [t for t in tasks if not Path(t.path).resolve().is_relative_to(out_path)]
    if not tasks:
        raise CorpusError(f"no .txt or .html article in {os.fspath(paths_or_folder)!r}"
                          if isinstance(paths_or_folder, (str, os.PathLike)) else "no article given")
    out_path.mkdir(parents=True, exist_ok=True)

    previous = _Previous({}) if force else _Previous.read(out_path)
    kept = {t.article for t in tasks if previous.current(t)}
    todo = [t for t in tasks if t.article not in kept]

    work = out_path / f".partial-{os.getpid()}"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    show = sys.stderr.isatty() if progress is None else progress
    counts = {"done": 0, "errors": 0}
    bar = None
    if show:
        from tqdm.auto import tqdm

        if kept:
            print(f"{len(kept):,} articles are current (same file, date, outlet and library version): "
                  f"kept from the previous run", file=sys.stderr, flush=True)
        # a terminal that reports no size (a pty made without one): tqdm would hide the bar
        width = shutil.get_terminal_size((0, 0)).columns
        bar = tqdm(total=len(todo), unit=" articles", desc="corpus", file=sys.stderr, dynamic_ncols=bool(width),
                   ncols=None if width else 100, nrows=None if width else 24, smoothing=0.1,
                   postfix={"errors": 0})

    def on_batch(n: int, n_err: int) -> None:
        counts["done"] += n
        counts["errors"] += n_err
        if bar is not None:
            bar.update(n)
            if n_err:
                bar.set_postfix(errors=counts["errors"], refresh=False)

    try:
        if engine == "local":
            sink = _LocalSink(work)
            try:
                if todo:
                    _run_local(todo, sink, workers, on_batch)
                sink.flush()
                for name in _OUT_NAMES:
                    _copy_kept(out_path, kept, lambda t, name=name: sink.add_table(name, t), name)
            finally:
                sink.close()
        else:
            _run_dask(todo, work, workers, scheduler, on_batch, first_index=0)
            kept_parts: dict[str, list[Any]] = {name: [] for name in _OUT_NAMES}
            for name in _OUT_NAMES:
                _copy_kept(out_path, kept, kept_parts[name].append, name)
            _write_kept_or_empty(work, kept_parts)
    except BaseException:
        if bar is not None:
            bar.close()
        shutil.rmtree(work, ignore_errors=True)
        raise
    if bar is not None:
        bar.close()

    for name in _OUT_NAMES:
        _write_csv(work / f"{name}.parquet", work / f"{name}.csv", name)
    for name in _OUT_NAMES:
        for ext in ("parquet", "csv"):
            _replace(work / f"{name}.{ext}", out_path / f"{name}.{ext}")
    shutil.rmtree(work, ignore_errors=True)

    seconds = time.monotonic() - t0
    meta = {
        "source": os.fspath(paths_or_folder) if isinstance(paths_or_folder, (str, os.PathLike)) else None,
        "library_version": library_version(), "engine": engine, "workers": workers,
        "articles": len(tasks), "read": counts["done"], "skipped": len(kept),
        "seconds": round(seconds, 3), "written": dt.datetime.now().isoformat(timespec="seconds"),
    }
    corpus = Corpus(out_path, _holder=tmp_holder)
    meta["ok"], meta["errors"] = corpus.count("articles"), corpus.count("errors")
    (out_path / "corpus.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    corpus._meta = meta
    return corpus


def _write_kept_or_empty(folder: Path, kept_parts: dict[str, list[Any]]) -> None:
    """The dask engine's last partition: the rows kept from the previous run (or an empty file,
    so that every table has its schema even when no article has rows in it)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for name, parts in kept_parts.items():
        target = folder / f"{name}.parquet"
        target.mkdir(parents=True, exist_ok=True)
        if parts or not any(target.iterdir()):
            table = pa.concat_tables(parts) if parts else schema(name).empty_table()
            pq.write_table(table, str(target / "part-kept.parquet"), compression="zstd")


# --------------------------------------------------------------------------- reading back


class Corpus:
    """A corpus output folder: its tables (read on first use) and what the run said of itself.

    ``articles``, ``errors`` and the five tables are DataFrames (categories as plain strings,
    dates as ``datetime64``, lists as lists); :meth:`table` reads some columns only.
    """

    def __init__(self, folder: str | os.PathLike[str], *, _holder: Any = None) -> None:
        self.folder = Path(folder)
        self._holder = _holder  # a TemporaryDirectory to keep alive, when out was not given
        self._cache: dict[str, pd.DataFrame] = {}
        self._meta: dict[str, Any] | None = None
        missing = [n for n in _OUT_NAMES if not (self.folder / f"{n}.parquet").exists()]
        if missing:
            raise CorpusError(f"{str(self.folder)!r} is not a corpus output folder (no {missing[0]}.parquet): "
                              f"write one with `python -m analysis corpus FOLDER --out {self.folder}`")

    def __repr__(self) -> str:
        return f"Corpus({str(self.folder)!r})"

    @property
    def meta(self) -> dict[str, Any]:
        """``corpus.json``: engine, workers, articles, skipped, errors, seconds, library version."""
        if self._meta is None:
            path = self.folder / "corpus.json"
            self._meta = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        return self._meta

    @property
    def skipped(self) -> int:
        """Articles kept from the previous run, unread, because they had not changed."""
        return int(self.meta.get("skipped") or 0)

    @property
    def seconds(self) -> float:
        return float(self.meta.get("seconds") or 0.0)

    def count(self, name: str) -> int:
        """Rows of a table, from the Parquet metadata (nothing is loaded)."""
        import pyarrow.parquet as pq

        return sum(pq.ParquetFile(str(f)).metadata.num_rows for f in _parquet_files(self.folder / f"{name}.parquet"))

    def table(self, name: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """A table as a DataFrame; ``columns`` reads only those (a corpus's segments hold its text)."""
        if name not in _OUT_NAMES:
            raise ParameterError(f"no corpus table {name!r}: the tables are {', '.join(_OUT_NAMES)}")
        if columns is None and name in self._cache:
            return self._cache[name]
        tbl = _read_dataset(self.folder / f"{name}.parquet").to_table(columns=list(columns) if columns else None)
        df = tbl.to_pandas()
        for col, kind in _kinds(name).items():
            if kind == "list" and col in df:
                df[col] = [[] if v is None else list(v) for v in df[col]]
        if columns is None:
            self._cache[name] = df
        return df

    articles = property(lambda self: self.table("articles"), doc="One row per article read.")
    errors = property(lambda self: self.table("errors"), doc="One row per file that could not be read.")
    segments = property(lambda self: self.table("segments"))
    figures = property(lambda self: self.table("figures"))
    dates = property(lambda self: self.table("dates"))
    events = property(lambda self: self.table("events"))
    entities = property(lambda self: self.table("entities"))

    def files(self) -> list[Path]:
        """Every table file (Parquet, then CSV), and ``corpus.json``."""
        return ([self.folder / f"{n}.parquet" for n in _OUT_NAMES] + [self.folder / f"{n}.csv" for n in _OUT_NAMES]
                + [self.folder / "corpus.json"])


def read_corpus(folder: str | os.PathLike[str]) -> Corpus:
    """The corpus written into ``folder`` by :func:`extract_corpus` (or ``python -m analysis corpus``)."""
    path = Path(folder)
    if not path.is_dir():
        raise CorpusError(f"no corpus output folder at {str(path)!r}: write one with "
                          f"`python -m analysis corpus FOLDER --out {path}`")
    return Corpus(path)


# --------------------------------------------------------------------------- the command


def _cmd_corpus(args: argparse.Namespace) -> int:
    published: Any = args.published_from or args.published
    if args.published_from and args.published:
        raise ParameterError("give either --published (one date for all) or --published-from (a manifest)")
    c = extract_corpus(args.folder, published=published, workers=args.workers, engine=args.engine,
                       out=args.out, scheduler=args.scheduler, progress=False if args.quiet else None,
                       force=args.force)
    m = c.meta
    rate = m["read"] / m["seconds"] if m["seconds"] else 0.0
    # "read 11 files" counts the files tried this run; the articles and errors are those of OUT,
    # kept ones included (a first run says nothing of what it kept: nothing)
    done = f"read {m['read']:,} of {m['articles']:,} files" if m["skipped"] else f"read {m['read']:,} files"
    workers = f"{m['workers']} worker" + ("s" if m["workers"] != 1 else "")
    kept = f"; {m['skipped']:,} unchanged since the previous run, kept" if m["skipped"] else ""
    print(f"{done} in {m['seconds']:.1f} s ({rate:,.1f} files/s, {m['engine']} engine, {workers}){kept}: "
          f"{m['ok']:,} article{'s' if m['ok'] != 1 else ''} read, {m['errors']:,} could not be read"
          + (" (see errors.csv)" if m["errors"] else ""))
    print(f"tables: {c.folder}/" + " ".join(f"{n}.parquet" for n in _OUT_NAMES) + " (and .csv)")
    return 0


def add_corpus_command(subparsers: Any) -> None:
    """Add ``corpus`` to the CLI's subcommands (``analysis.cli`` calls this)."""
    cp = subparsers.add_parser(
        "corpus", help="read every article of a folder: the tables of all of them, as Parquet and CSV",
        description="Read every .txt and .html article under FOLDER and write the combined tables (an "
                    "'article' column first), an articles table and an errors table into OUT, as Parquet "
                    "and CSV. A rerun reads again only the articles that changed.")
    cp.add_argument("folder", help="a folder of .txt or .html articles (subfolders too)")
    cp.add_argument("--out", required=True, metavar="OUT", help="folder for the tables")
    cp.add_argument("--workers", type=int, metavar="N", help="processes (default: every core)")
    cp.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: a process pool (default); dask: a Dask cluster (pip install 'analysis[dask]')")
    cp.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: the scheduler of your cluster "
                    "(tcp://host:8786); default: a local cluster of N workers")
    cp.add_argument("--published-from", metavar="MANIFEST",
                    help="a JSON manifest: {article name: date or {published, outlet}}")
    cp.add_argument("--published", metavar="YYYY-MM-DD", help="one publication date for every article")
    cp.add_argument("--force", action="store_true", help="read every article again, even those unchanged")
    cp.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    cp.set_defaults(func=_cmd_corpus)
