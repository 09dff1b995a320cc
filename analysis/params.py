"""The parameters of the notebooks, checked in one place.

Every notebook starts with a ``parameters`` cell (``article``, ``published``, ``out_dir``,
``run_name``, ``metric``) and then calls :func:`validate` on its globals. papermill only *warns* about a
parameter the notebook does not declare (and injects it anyway), so a misspelled
``-p publised 2024-01-01`` would otherwise run silently with no date; here it fails loudly.
``analysis report`` checks its parameters with :func:`check` before it starts a kernel.

Relative paths are read from the repository root (the folder holding this project's
``pyproject.toml``), wherever the kernel was started: JupyterLab starts kernels in
``notebooks/``, papermill where it is told, and both must find ``seeds/...``.

>>> p = check({"article": "seeds/000_502adc14d8395391.txt", "published": "2024-11-27"})
>>> p.published, p.run_dir.name
(datetime.date(2024, 11, 27), '000_502adc14d8395391')
"""
from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .article import parse_date
from .errors import ArticleNotFoundError, NotAFileError, ParameterError
from .plots import METRICS_AR

__all__ = ["DEFAULTS", "CORPUS_DEFAULTS", "CORPUS_NOTEBOOK", "RELATIONSHIP_DEFAULTS", "RELATIONSHIP_NOTEBOOK",
           "NotebookParams", "CorpusParams", "RelationshipParams", "check", "validate", "check_relationship",
           "validate_relationship", "validator_for", "check_corpus", "validate_corpus", "defaults_for",
           "repo_root", "resolve_path", "safe_folder_name", "check_folder"]

#: The notebook parameters and their defaults (the ``parameters`` cell of every notebook).
DEFAULTS: dict[str, Any] = {
    "article": "seeds/000_502adc14d8395391.txt",
    "published": None,
    "out_dir": "data/outputs",
    "run_name": None,
    "metric": "trade_volume",
}

#: The corpus notebook, which reads a whole corpus and has its own parameters.
CORPUS_NOTEBOOK = "04_corpus.ipynb"

#: The corpus notebook's parameters and their defaults (its ``parameters`` cell).
CORPUS_DEFAULTS: dict[str, Any] = {
    "corpus": "tests/articles/corpus",
    "published_from": "tests/articles/corpus/manifest.json",
    "out_dir": "data/outputs",
    "run_name": None,
    "metric": "trade_volume",
    "by": "outlet",
    "top": 15,
}


#: The relationship notebook: two countries across a corpus, with its own parameters.
RELATIONSHIP_NOTEBOOK = "05_relationship.ipynb"

#: The relationship notebook's parameters and their defaults (its ``parameters`` cell).
RELATIONSHIP_DEFAULTS: dict[str, Any] = {
    "corpus": "tests/articles/relations",
    "published_from": "tests/articles/relations/manifest.json",
    "out_dir": "data/outputs",
    "run_name": None,
    "country_a": None,
    "country_b": None,
    "metric": "trade_volume",
}


def defaults_for(notebook: str) -> dict[str, Any]:
    """The parameters a notebook of ``notebooks/`` declares: :data:`CORPUS_DEFAULTS` for the
    corpus notebook, :data:`RELATIONSHIP_DEFAULTS` for the relationship notebook,
    :data:`DEFAULTS` for the notebooks of one article.

    >>> sorted(defaults_for("04_corpus.ipynb"))[:2], "article" in defaults_for("02_trade_values.ipynb")
    (['by', 'corpus'], True)
    >>> "country_a" in defaults_for("05_relationship.ipynb")
    True
    """
    stem = Path(notebook).stem
    if stem == Path(CORPUS_NOTEBOOK).stem:
        return CORPUS_DEFAULTS
    if stem == Path(RELATIONSHIP_NOTEBOOK).stem:
        return RELATIONSHIP_DEFAULTS
    return DEFAULTS


def validator_for(notebook: str) -> str:
    """The name of the function of this module that a notebook's second cell calls on its globals.

    >>> validator_for("05_relationship.ipynb"), validator_for("01_read_article.ipynb")
    ('validate_relationship', 'validate')
    """
    defaults = defaults_for(notebook)
    return ("validate_corpus" if defaults is CORPUS_DEFAULTS
            else "validate_relationship" if defaults is RELATIONSHIP_DEFAULTS else "validate")


# Names IPython itself puts into a kernel's globals; everything else that looks like a
# value papermill could inject (str, number, bool, None, lists and dicts of those) is a parameter.
_KERNEL_NAMES = frozenset({"In", "Out", "exit", "quit", "get_ipython", "open"})


@dataclass(frozen=True)
class NotebookParams:
    """Checked notebook parameters, with every path absolute.

    ``run_dir`` is where this article's files go: ``out_dir/run_name``, and ``run_name`` is the
    article's file name without its extension unless given (``seeds/000_x.txt`` →
    ``data/outputs/000_x``), made a safe folder name (:func:`safe_folder_name`): whatever the
    names, the files go into one folder inside ``out_dir``.
    """

    article: Path
    published: dt.date | None
    out_dir: Path
    run_name: str
    root: Path | None
    metric: str = "trade_volume"

    @property
    def run_dir(self) -> Path:
        """The folder this run writes its tables and charts into."""
        return self.out_dir / self.run_name

    def as_papermill(self) -> dict[str, Any]:
        """The parameters as papermill injects them (plain strings, absolute paths)."""
        return {
            "article": str(self.article),
            "published": self.published.isoformat() if self.published else None,
            "out_dir": str(self.out_dir),
            "run_name": self.run_name,
            "metric": self.metric,
        }


def repo_root(start: str | os.PathLike[str] | None = None) -> Path:
    """The repository root: the nearest folder, upwards, whose ``pyproject.toml`` names this project.

    Looks above ``start`` (default: the working directory) first, then above the installed
    package (an editable install lives in the repository).

    >>> (repo_root() / "seeds").is_dir()
    True
    """
    here = Path(__file__).resolve().parent
    starts = [Path(start) if start is not None else Path.cwd(), here]
    for s in starts:
        for folder in [s.resolve(), *s.resolve().parents]:
            if _is_our_pyproject(folder / "pyproject.toml"):
                return folder
    raise ParameterError(
        f"cannot find the repository root (a pyproject.toml of the 'analysis' project) above "
        f"{str(starts[0])!r}: start Jupyter or papermill inside the repository")


def _is_our_pyproject(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return False
    return data.get("project", {}).get("name") == "analysis"


def _root_or_none() -> Path | None:
    try:
        return repo_root()
    except ParameterError:
        return None


def resolve_path(value: str | os.PathLike[str], root: Path | None) -> Path:
    """``value`` as an absolute path: as it is when absolute, else under ``root``.

    ``~`` is expanded. The path need not exist.
    """
    path = Path(value).expanduser()
    if path.is_absolute():
        return path
    if root is None:
        raise ParameterError(f"{str(value)!r} is relative but there is no repository root to read it from")
    return root / path


# Control characters (NUL, line breaks, tabs, escapes) and the bidi embeddings, overrides and
# isolates, which make a name read as another one on screen
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# what a folder name made from an article's file name must not hold: the controls, the path
# separators, and the characters Windows refuses in a name
_UNSAFE_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069/\\\\:*?\"<>|]+")
_MAX_NAME = 100  # characters; a file system takes 255 bytes, and an Arabic letter is two


def safe_folder_name(name: str, fallback: str = "article") -> str:
    r"""A folder name made from ``name`` (an article's file name) that stays one plain folder.

    Path separators, control characters (NUL, line breaks), bidi controls and the characters
    Windows refuses become ``_``; leading and trailing dots and spaces go (a name of dots only
    would be the folder itself or its parent); a long name is cut; ``fallback`` when nothing is left.

    >>> safe_folder_name("زيارة الرئيس"), safe_folder_name(".."), safe_folder_name("a\nb/c")
    ('زيارة الرئيس', 'article', 'a_b_c')
    """
    cleaned = _UNSAFE_IN_NAME.sub("_", name).strip(" ._")[:_MAX_NAME].strip(" .")
    return cleaned or fallback


def check_folder(value: object, what: str = "out_dir") -> None:
    r"""Refuse a folder path that is empty or holds control characters (NUL, a line break ...)
    or bidi controls: a :class:`~analysis.errors.ParameterError` of one line, before anything is written.

    >>> check_folder("data/outputs\nx", "--out")
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: --out must be a folder path without control characters (NUL, line breaks, bidi controls), not 'data/outputs\nx'
    """
    if not isinstance(value, (str, os.PathLike)) or not str(value).strip():
        raise ParameterError(f"{what} must be a folder path, not {value!r}")
    if _CONTROL.search(os.fspath(value) if isinstance(value, os.PathLike) else value):
        raise ParameterError(f"{what} must be a folder path without control characters (NUL, line breaks, "
                             f"bidi controls), not {str(value)!r}")


def _check_run_name(run_name: object) -> None:
    if run_name is None:
        return
    if not isinstance(run_name, str) or not run_name.strip() or Path(run_name).name != run_name \
            or not run_name.strip("."):
        raise ParameterError(f"run_name must be a plain folder name (no '/', not only dots), not {run_name!r}")
    if "\\" in run_name or _CONTROL.search(run_name):
        raise ParameterError(f"run_name must be a plain folder name (no '/', '\\', control or bidi "
                             f"characters), not {run_name!r}")
    if len(run_name.encode("utf-8", "surrogatepass")) > 255:
        raise ParameterError(f"run_name is too long for a folder name ({len(run_name)} characters)")


def _check_metric(metric: object) -> str:
    """``metric`` when it is a metric key the charts know, else a one-line error naming the closest."""
    if metric not in METRICS_AR:
        close = difflib.get_close_matches(str(metric), list(METRICS_AR), n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ParameterError(f"metric must be one of {', '.join(METRICS_AR)}, not {metric!r}{hint}")
    return str(metric)


def check(params: Mapping[str, Any], *, root: str | os.PathLike[str] | None = None) -> NotebookParams:
    """Check notebook parameters given by name; unknown names and bad values raise.

    Missing names take their :data:`DEFAULTS`. Raises :class:`~analysis.errors.ParameterError`
    for an unknown name (with the closest known one), a value of the wrong type or a bad date,
    and :class:`~analysis.errors.ArticleNotFoundError` when there is no article at the path.

    >>> check({"article": "seeds/000_502adc14d8395391.txt", "publised": "2024-01-01"})
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: unknown notebook parameter 'publised' (did you mean 'published'?); the parameters are article, published, out_dir, run_name, metric
    """
    unknown = [k for k in params if k not in DEFAULTS]
    if unknown:
        raise ParameterError(_unknown_message(unknown))
    values = {**DEFAULTS, **params}

    article, out_dir, run_name = values["article"], values["out_dir"], values["run_name"]
    if not isinstance(article, (str, os.PathLike)) or not str(article).strip():
        raise ParameterError(f"article must be the path of an article file, not {article!r}")
    check_folder(out_dir, "out_dir")
    _check_run_name(run_name)
    published = parse_date(values["published"], "published")
    metric = _check_metric(values["metric"])

    base = Path(root) if root is not None else _root_or_none()
    if base is None and not all(Path(v).expanduser().is_absolute() for v in (article, out_dir)):
        base = repo_root()  # raises: relative paths need the repository root
    article_path = resolve_path(article, base)
    if not article_path.exists():
        how = "" if Path(article).expanduser().is_absolute() else f" (relative paths are read from the repository root {str(base)!r})"
        raise ArticleNotFoundError(f"no file at {str(article_path)!r}{how}: check the path")
    if not article_path.is_file():
        raise NotAFileError(f"{str(article_path)!r} is not a file: give the path of one article file")
    return NotebookParams(
        article=article_path,
        published=published,
        out_dir=resolve_path(out_dir, base),
        run_name=run_name or safe_folder_name(article_path.stem),
        root=base,
        metric=metric,
    )


def validate(namespace: Mapping[str, Any]) -> NotebookParams:
    """Check the parameters a notebook holds in its globals (call it as ``validate(globals())``).

    Besides the declared parameters, any other global that looks like an injected value (a
    ``str``, number, ``bool``, ``None``, or a list or dict of those; private ``_names`` and
    modules aside) is taken for a misspelled or unknown parameter and raises
    :class:`~analysis.errors.ParameterError`: papermill would only have warned about it.

    >>> validate({"article": "seeds/000_502adc14d8395391.txt", "published": None,
    ...           "out_dir": "data/outputs", "run_name": None, "metric": "exports"}).run_name
    '000_502adc14d8395391'
    """
    return check(_given(namespace, DEFAULTS))


def _given(namespace: Mapping[str, Any], defaults: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters among a notebook's globals; any other injectable global raises as unknown."""
    given, unknown = {}, []
    for name, value in namespace.items():
        if name in defaults:
            given[name] = value
        elif not name.startswith("_") and name not in _KERNEL_NAMES and _injectable(value):
            unknown.append(name)
    if unknown:
        raise ParameterError(_unknown_message(unknown, defaults) + " (a name set in the notebook before this "
                             "cell counts too: restart the kernel and run from the top)")
    return given


def _injectable(value: Any, depth: int = 0) -> bool:
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    if depth < 3 and isinstance(value, (list, tuple)):
        return all(_injectable(v, depth + 1) for v in value)
    if depth < 3 and isinstance(value, dict):
        return all(isinstance(k, str) and _injectable(v, depth + 1) for k, v in value.items())
    return False


def _unknown_message(names: list[str], defaults: Mapping[str, Any] = DEFAULTS) -> str:
    parts = []
    for name in names:
        close = difflib.get_close_matches(name, list(defaults), n=1, cutoff=0.6)
        parts.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    what = "unknown notebook parameter" + ("s " if len(names) > 1 else " ")
    return what + ", ".join(parts) + "; the parameters are " + ", ".join(defaults)


# --------------------------------------------------------------------------- the corpus notebook


@dataclass(frozen=True)
class CorpusParams:
    """Checked parameters of the corpus notebook, with every path absolute.

    ``corpus`` is a corpus output folder (``python -m analysis corpus``) or a folder of articles,
    which the notebook reads first into ``run_dir / "corpus"`` (``published_from`` its manifest).
    ``run_dir`` (``out_dir/run_name``; ``run_name`` defaults to the corpus folder's name) gets the
    chart and the tables the notebook saves.
    """

    corpus: Path
    published_from: Path | None
    out_dir: Path
    run_name: str
    root: Path | None
    metric: str = "trade_volume"
    by: str = "outlet"
    top: int = 15

    @property
    def run_dir(self) -> Path:
        return self.out_dir / self.run_name


def check_corpus(params: Mapping[str, Any], *, root: str | os.PathLike[str] | None = None) -> CorpusParams:
    """Check the corpus notebook's parameters (:data:`CORPUS_DEFAULTS`); unknown names and bad values raise.

    >>> check_corpus({"corpus": "tests/articles/corpus", "top": 5}).run_name
    'corpus'
    >>> check_corpus({"corpus": "tests/articles/corpus", "metrc": "exports"})
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: unknown notebook parameter 'metrc' (did you mean 'metric'?); the parameters are corpus, published_from, out_dir, run_name, metric, by, top
    """
    unknown = [k for k in params if k not in CORPUS_DEFAULTS]
    if unknown:
        raise ParameterError(_unknown_message(unknown, CORPUS_DEFAULTS))
    values = {**CORPUS_DEFAULTS, **params}
    corpus, published_from, out_dir, run_name = (values[k] for k in ("corpus", "published_from", "out_dir", "run_name"))
    if not isinstance(corpus, (str, os.PathLike)) or not str(corpus).strip():
        raise ParameterError(f"corpus must be a folder path, not {corpus!r}")
    if published_from is not None and (not isinstance(published_from, (str, os.PathLike)) or not str(published_from).strip()):
        raise ParameterError(f"published_from must be the path of a JSON manifest or None, not {published_from!r}")
    check_folder(out_dir, "out_dir")
    _check_run_name(run_name)
    metric = _check_metric(values["metric"])
    if values["by"] not in ("outlet", "article"):
        raise ParameterError(f'by must be "outlet" or "article", not {values["by"]!r}')
    top = values["top"]
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise ParameterError(f"top must be a whole number of at least 1, not {top!r}")

    paths = [p for p in (corpus, out_dir, published_from) if p is not None]
    base = Path(root) if root is not None else _root_or_none()
    if base is None and not all(Path(v).expanduser().is_absolute() for v in paths):
        base = repo_root()
    corpus_path = resolve_path(corpus, base)
    if not corpus_path.is_dir():
        raise ArticleNotFoundError(f"no folder at {str(corpus_path)!r}: give a corpus output folder "
                                   f"(python -m analysis corpus FOLDER --out OUT) or a folder of articles")
    manifest = resolve_path(published_from, base) if published_from is not None else None
    if manifest is not None and not manifest.is_file():
        raise ArticleNotFoundError(f"no manifest at {str(manifest)!r}: check the path, or set published_from = None")
    return CorpusParams(corpus=corpus_path, published_from=manifest, out_dir=resolve_path(out_dir, base),
                        run_name=run_name or safe_folder_name(corpus_path.name, "corpus"), root=base, metric=metric, by=values["by"], top=top)


def validate_corpus(namespace: Mapping[str, Any]) -> CorpusParams:
    """The corpus notebook's :func:`validate`: its parameters checked from its globals, any other
    injectable global taken for a misspelled parameter."""
    return check_corpus(_given(namespace, CORPUS_DEFAULTS))


# --------------------------------------------------------------------------- the relationship notebook


@dataclass(frozen=True)
class RelationshipParams:
    """Checked parameters of the relationship notebook, with every path absolute.

    ``corpus`` and ``published_from`` are read as the corpus notebook reads them; ``country_a``
    and ``country_b`` are ISO 3166 codes (given as codes or Arabic names), or None: the notebook
    then takes the pair the corpus speaks of most (with ``country_a`` alone: that country's).
    ``metric`` is a metric between countries (``relations.RELATION_METRICS``). ``run_dir``
    (``out_dir/run_name``; ``run_name`` defaults to the corpus folder's name and
    ``_relationship``) gets the charts and tables.
    """

    corpus: Path
    published_from: Path | None
    out_dir: Path
    run_name: str
    root: Path | None
    country_a: str | None = None
    country_b: str | None = None
    metric: str = "trade_volume"

    @property
    def run_dir(self) -> Path:
        return self.out_dir / self.run_name


def check_relationship(params: Mapping[str, Any], *, root: str | os.PathLike[str] | None = None) -> RelationshipParams:
    """Check the relationship notebook's parameters (:data:`RELATIONSHIP_DEFAULTS`).

    >>> p = check_relationship({"corpus": "tests/articles/relations", "country_a": "الكويت", "country_b": "br"})
    >>> p.country_a, p.country_b, p.run_name
    ('KW', 'BR', 'relations_relationship')
    >>> check_relationship({"country_a": "أوروبا"})
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: country_a: 'أوروبا' is no country: give an ISO 3166 code (SA, FR) or an Arabic name (السعودية)
    """
    from .relations import RELATION_METRICS
    from .relationship import resolve_country

    unknown = [k for k in params if k not in RELATIONSHIP_DEFAULTS]
    if unknown:
        raise ParameterError(_unknown_message(unknown, RELATIONSHIP_DEFAULTS))
    values = {**RELATIONSHIP_DEFAULTS, **params}
    codes = {}
    for name in ("country_a", "country_b"):
        v = values[name]
        if v is None or (isinstance(v, str) and not v.strip()):
            codes[name] = None
            continue
        try:
            codes[name] = resolve_country(v)
        except ParameterError as exc:
            raise ParameterError(f"{name}: {exc}") from None
    if codes["country_a"] is None and codes["country_b"] is not None:
        codes = {"country_a": codes["country_b"], "country_b": None}
    if codes["country_a"] is not None and codes["country_a"] == codes["country_b"]:
        raise ParameterError(f"country_a and country_b are the same country ({codes['country_a']}): give two")
    metric = values["metric"]
    if metric not in RELATION_METRICS:
        close = difflib.get_close_matches(str(metric), sorted(RELATION_METRICS), n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ParameterError(f"metric must be one of {', '.join(sorted(RELATION_METRICS))}, not {metric!r}{hint}")
    base = check_corpus({k: values[k] for k in ("corpus", "published_from", "out_dir", "run_name")}, root=root)
    return RelationshipParams(corpus=base.corpus, published_from=base.published_from, out_dir=base.out_dir,
                              run_name=values["run_name"] or safe_folder_name(f"{base.corpus.name}_relationship"),
                              root=base.root,
                              metric=metric, **codes)


def validate_relationship(namespace: Mapping[str, Any]) -> RelationshipParams:
    """The relationship notebook's :func:`validate`: its parameters checked from its globals, any
    other injectable global taken for a misspelled parameter."""
    return check_relationship(_given(namespace, RELATIONSHIP_DEFAULTS))
