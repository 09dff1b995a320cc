"""``python -m analysis report ARTICLE``: run the notebooks on an article and write one HTML report.

The notebooks in ``notebooks/`` run one after the other with papermill, each with the same
parameters (:mod:`analysis.params`). Into the output folder (default
``data/outputs/<article name>/`` in the repository) go:

* the executed notebooks (``01_read_article.ipynb`` ...), outputs included;
* the tables as CSV and JSON (``segments.csv``, ``figures.json`` ..., ``article.json``), and the
  rows behind each chart (``trade_values.csv``, ``timeline.csv`` ...);
* the charts as PNG, SVG and PDF (``trade_values.png`` ..., ``timeline.pdf``);
* ``report.html``: the three notebooks as one page, code hidden, images embedded, right-to-left.

A cell that fails stops the report with a :class:`NotebookError` naming the notebook, the cell,
the error, and the executed notebook that holds the whole traceback.

Example (it runs three notebooks, so it is shown here and run by ``tests/test_report.py``)::

    rep = run_report("seeds/000_502adc14d8395391.txt", progress=False)
    rep.html.name   # 'report.html'
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .errors import AnalysisError, OutputError, ParameterError
from .params import NotebookParams, check, check_folder, repo_root, safe_folder_name

__all__ = ["NOTEBOOKS", "Report", "ReportError", "NotebookError", "run_report", "run_notebook",
           "build_html", "notebooks_dir", "add_report_command", "CONTENT_SECURITY_POLICY"]

#: The notebooks a report runs, in order (file names in ``notebooks/``).
NOTEBOOKS: tuple[str, ...] = ("01_read_article.ipynb", "02_trade_values.ipynb", "03_timeline.ipynb")

_TABLE_STEMS = ("segments", "figures", "dates", "events", "entities", "article", "trade_values",
                "trade_values_left_out", "timeline")
_CHART_STEMS = ("trade_values", "timeline")
_CHART_EXTS = (".png", ".svg", ".pdf")


class ReportError(AnalysisError):
    """The report could not be made (no notebooks folder, no Jupyter kernel ...)."""


class NotebookError(ReportError):
    """A cell of a notebook failed; the executed notebook at ``executed`` holds its traceback."""

    def __init__(self, notebook: str, executed: Path, cell: int | None, ename: str, evalue: str,
                 source: str = "", traceback: Sequence[str] = ()) -> None:
        self.notebook, self.executed, self.cell = notebook, executed, cell
        self.ename, self.evalue, self.source = ename, evalue, source
        where = f"cell In [{cell}]" if cell is not None else "a cell"
        line = _failing_line(source, traceback)
        evalue_short = evalue if len(evalue) <= 500 else evalue[:500] + " …"
        super().__init__(
            f"notebook {notebook} failed in {where}"
            + (f" ({line})" if line else "")
            + f": {ename}: {evalue_short}\n"
            f"  the executed notebook, with the full traceback: {_shown(executed)}")


_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_ARROW = re.compile(r"^\s*-*>\s*(\d+)\s(.*)$")


def _failing_line(source: str, traceback: Sequence[str] = ()) -> str:
    """The line of the cell that raised: IPython marks it ``----> 5 trade = ...`` in the cell's
    frame (``Cell In[4], line 5``; the last such frame, when exceptions are chained); without a
    traceback, the cell's one line of code."""
    text = _ANSI.sub("", "\n".join(traceback))
    text = text[text.rfind("Cell In["):] if "Cell In[" in text else ""
    for ln in text.splitlines():
        m = _ARROW.match(ln)
        if m:
            line = f"line {m.group(1)}: {m.group(2).strip()}"
            break
    else:
        lines = [ln.strip() for ln in source.splitlines() if ln.strip() and not ln.strip().startswith("#")]
        if len(lines) != 1:
            return ""
        line = lines[0]
    return line if len(line) <= 100 else line[:99] + "…"


_TERMINAL_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _shown(path: Path) -> str:
    try:
        shown = str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        shown = str(path)
    # a file name is printed on a terminal: its escape sequences and line breaks are shown, not obeyed
    return _TERMINAL_CONTROL.sub(lambda m: repr(m.group())[1:-1], shown)


@dataclass(frozen=True)
class Report:
    """Where a report's files are. Every path is absolute."""

    out: Path
    html: Path
    notebooks: list[Path] = field(default_factory=list)
    tables: list[Path] = field(default_factory=list)
    charts: list[Path] = field(default_factory=list)
    seconds: float = 0.0

    def files(self) -> list[Path]:
        """Every file written, the HTML report first."""
        return [self.html, *self.notebooks, *self.tables, *self.charts]


def notebooks_dir() -> Path:
    """The ``notebooks/`` folder of the repository the package runs from."""
    for base in (Path(__file__).resolve().parent.parent, None):
        try:
            root = base if base is not None else repo_root()
        except AnalysisError:
            continue
        folder = root / "notebooks"
        if all((folder / nb).is_file() for nb in NOTEBOOKS):
            return folder
    raise ReportError("cannot find the notebooks (notebooks/01_read_article.ipynb ...): the report "
                      "runs from a clone of the repository; install it with `pip install -e .[notebooks]`")


def _quiet_kernels() -> None:
    # debugpy (in ipykernel) prints a frozen-modules warning on every kernel start to the
    # terminal; it says nothing about the article.
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")


def run_notebook(notebook: str | Path, executed: str | Path, parameters: dict[str, Any], *,
                 cwd: str | Path | None = None, kernel_name: str = "python3",
                 on_cell: Callable[[int, int], None] | None = None, timeout: int = 600) -> Any:
    """Run one notebook with papermill and save it executed at ``executed``; returns the notebook.

    ``parameters`` are injected after the ``parameters`` cell. ``on_cell(index, count)`` is
    called as each cell starts. A failing cell raises :class:`NotebookError` (the executed
    notebook is saved first); a missing kernel or a kernel that dies raises :class:`ReportError`.
    """
    import nbformat
    import papermill as pm
    from jupyter_client.kernelspec import NoSuchKernel
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    _quiet_kernels()
    notebook, executed = Path(notebook), Path(executed)
    executed.parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = {}
    if on_cell is not None:
        count = len(nbformat.read(notebook, as_version=4).cells) + 1  # + papermill's injected cell

        def _start(cell: Any = None, cell_index: int = 0, **_: Any) -> None:
            on_cell(cell_index, count)

        kwargs["on_cell_start"] = _start
    try:
        return pm.execute_notebook(
            notebook, executed, parameters=parameters, cwd=cwd, kernel_name=kernel_name,
            progress_bar=False, log_output=False, execution_timeout=timeout,
            # the kernel's own log (transport warnings ...) would land on our terminal
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"], **kwargs)
    except pm.PapermillExecutionError as exc:
        raise NotebookError(notebook.name, executed, exc.exec_count, exc.ename, exc.evalue,
                            exc.source, exc.traceback) from None
    except NoSuchKernel:
        raise ReportError(f"no Jupyter kernel named {kernel_name!r}: install one into this environment "
                          f"with `python -m ipykernel install --sys-prefix`") from None
    except (DeadKernelError, CellTimeoutError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NotebookError(notebook.name, executed, None, type(exc).__name__, first) from None


# The report runs no script: every output is HTML and embedded images. The policy says so to
# the browser (a <meta> is what a file opened from disk can carry), so that even markup that
# slipped into an output could not run: no script, no frame, no form, no request anywhere;
# images only as data: URLs, styles only inline. It stands first in <head>, before any content.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
                           "img-src data:; font-src data:; style-src 'unsafe-inline'; "
                           "base-uri 'none'; form-action 'none'")

_TEMPLATE = r"""{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}
<meta http-equiv="Content-Security-Policy" content="@CSP@">
<meta name="referrer" content="no-referrer">
{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block extra_css %}
<style>
  body { direction: rtl; }
  .jp-Notebook { padding: 1.5em 2em; max-width: 1200px; margin: 0 auto; }
  .jp-RenderedHTMLCommon table { margin-right: 0; margin-left: auto; }
  .jp-RenderedHTMLCommon th, .jp-RenderedHTMLCommon td { text-align: right; }
  .jp-RenderedHTMLCommon td { max-width: 40em; white-space: normal; }
  .jp-RenderedImage { text-align: right; }
  .jp-RenderedImage img { max-width: 100%; height: auto; }
  .jp-RenderedMarkdown h1 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.5em; }
</style>
{% endblock extra_css %}
{%- block body_header -%}
<body dir="rtl" class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">
<main>
{%- endblock body_header -%}
""".replace("@CSP@", CONTENT_SECURITY_POLICY)


def build_html(executed: Sequence[str | Path], dest: str | Path, *, title: str = "تقرير") -> Path:
    """Join executed notebooks into one right-to-left HTML page at ``dest`` (code hidden, images embedded).

    The page carries :data:`CONTENT_SECURITY_POLICY` and runs no script; ``title`` is escaped
    (nbconvert's template escapes it), and the notebooks' outputs are HTML the display helpers
    escaped (:mod:`analysis.display`).

    Example (tested in ``tests/test_report.py``)::

        build_html(["data/outputs/x/01_read_article.ipynb"], "data/outputs/x/report.html",
                   title="تقرير: زيارة بوتين إلى كازاخستان")
    """
    import jinja2
    import nbformat
    from nbconvert import HTMLExporter

    merged = nbformat.v4.new_notebook()
    notice_shown = False
    for path in executed:
        nb = nbformat.read(Path(path), as_version=4)
        if not merged.metadata:
            merged.metadata = nb.metadata
        for cell in nb.cells:
            tags = set(cell.get("metadata", {}).get("tags", []))
            if tags & {"parameters", "injected-parameters", "papermill-error-cell-tag"}:
                continue
            if "reference-notice" in tags:  # each notebook warns of an unknown date; the page once
                if notice_shown:
                    continue
                notice_shown = bool(cell.get("outputs"))
            if cell.cell_type == "code" and not cell.get("outputs"):
                continue
            for out in cell.get("outputs", []):
                # the report runs no script (CONTENT_SECURITY_POLICY): an output of code for the
                # browser is dropped rather than written as a <script> that would be blocked
                for mime in [m for m in out.get("data", {}) if "javascript" in m]:
                    del out["data"][mime]
            merged.cells.append(cell)
    merged.metadata.pop("papermill", None)
    merged.metadata["title"] = title
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[jinja2.DictLoader({"analysis_report.html.j2": _TEMPLATE})],
        template_file="analysis_report.html.j2",
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
        embed_images=True, language_code="ar",
    )
    body, _ = exporter.from_notebook_node(merged, resources={"metadata": {"name": title}})
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(body, encoding="utf-8")
    return dest


def _default_out(article: Path) -> Path:
    try:
        base = repo_root()
    except AnalysisError:
        base = Path.cwd()
    # one folder inside data/outputs whatever the file is called ("...txt", a line break, "<b>")
    return base / "data" / "outputs" / safe_folder_name(article.stem)


def _clear_previous(out: Path) -> None:
    # Only the files a report writes: a chart left from an older run would pass for this one's.
    names = [*NOTEBOOKS, "report.html",
             *(f"{s}.{e}" for s in _TABLE_STEMS for e in ("csv", "json")),
             *(f"{s}{e}" for s in _CHART_STEMS for e in _CHART_EXTS)]
    for name in names:
        (out / name).unlink(missing_ok=True)


def run_report(article: str | os.PathLike[str], *, published: object = None,
               out: str | os.PathLike[str] | None = None, metric: str = "trade_volume",
               notebooks: Sequence[str] = NOTEBOOKS,
               progress: bool | IO[str] = True, kernel_name: str = "python3") -> Report:
    """Run the notebooks on ``article`` and write tables, charts and ``report.html`` into ``out``.

    ``article`` and ``out`` are read from the working directory (as on a command line); ``out``
    defaults to ``data/outputs/<article name>/`` in the repository. ``published`` (YYYY-MM-DD)
    overrides the article's own date; ``metric`` is what the values chart draws (``exports``,
    ``investment`` …; default the trade volume). ``progress`` (True: standard error; or a text stream;
    False: silent) shows each notebook and cell as it runs.

    Example (tested in ``tests/test_report.py``)::

        run_report("tests/articles/trade_visit_2024.txt", published="2024-09-18")
    """
    from .article import read_article
    from .extract import extract

    try:
        import nbconvert  # noqa: F401
        import papermill  # noqa: F401
    except ImportError as exc:
        raise ReportError(f"the report needs the notebooks extra ({exc.name} is missing): "
                          f"pip install -e '.[notebooks]'") from None
    stream: IO[str] | None = sys.stderr if progress is True else (progress or None)
    article_path = Path(article).expanduser().resolve()
    # The same checks as the notebooks', before any kernel starts: a bad date or a missing,
    # empty, binary or non-Arabic file is one line, at once.
    base = check({"article": str(article_path), "published": published, "out_dir": ".", "metric": metric},
                 root=Path.cwd())
    art = read_article(article_path, on_non_arabic="error")
    if out is not None:
        check_folder(out, "--out")
    out_path = Path(out).expanduser().resolve() if out is not None else _default_out(article_path)
    if out_path == out_path.parent:
        raise ParameterError(f"--out {str(out_path)!r} is the root of the file system: give a folder for the report")
    if out_path.exists() and not out_path.is_dir():
        raise ReportError(f"{str(out_path)!r} is a file: --out takes a folder")
    p: NotebookParams = check({"article": str(article_path), "published": base.published,
                               "out_dir": str(out_path.parent), "run_name": out_path.name, "metric": metric},
                              root=Path.cwd())
    folder = notebooks_dir()
    try:
        out_path.mkdir(parents=True, exist_ok=True)
        _clear_previous(out_path)
    except OSError as exc:
        raise OutputError(f"cannot write into {str(out_path)!r} ({exc.strerror or exc}): "
                          f"choose another --out folder") from None

    t0 = time.monotonic()
    executed: list[Path] = []
    if stream:
        print(f"report on {_shown(article_path)} into {_shown(out_path)}/", file=stream, flush=True)
        if base.published is None and extract(art).reference_date is None:
            print("note: the article's date is unknown (none given, none in the page or a dateline, none "
                  "inferable): relative dates stay unresolved; give it with --published YYYY-MM-DD",
                  file=stream, flush=True)
    tty = bool(stream and hasattr(stream, "isatty") and stream.isatty())
    for i, name in enumerate(notebooks, 1):
        label = f"[{i}/{len(notebooks)}] {Path(name).stem}"
        t = time.monotonic()

        def on_cell(index: int, count: int, label: str = label) -> None:
            if tty:
                print(f"\r{label}: cell {index + 1}/{count} ", end="", file=stream, flush=True)

        if stream:
            print(f"\r{label}: starting the kernel" if tty else f"{label} …", end="", file=stream, flush=True)
        dest = out_path / Path(name).name
        ok = False
        try:
            run_notebook(folder / name, dest, p.as_papermill(), cwd=folder, kernel_name=kernel_name,
                         on_cell=on_cell if stream else None)
            ok = True
        finally:
            if stream:
                took = f" {time.monotonic() - t:.1f} s" if ok else f" failed after {time.monotonic() - t:.1f} s"
                # on a terminal, "\x1b[K" clears what is left of the "cell i/n" line
                print(("\r" + label if tty else "") + took + ("\x1b[K" if tty else ""), file=stream, flush=True)
        executed.append(dest)

    html = build_html(executed, out_path / "report.html", title=f"تقرير: {art.title or article_path.stem}")
    files = sorted(out_path.iterdir())
    rep = Report(
        out=out_path,
        html=html,
        notebooks=executed,
        tables=[f for f in files if f.suffix in (".csv", ".json") and f.stem in _TABLE_STEMS],
        charts=[f for f in files if f.suffix in _CHART_EXTS and f.stem in _CHART_STEMS],
        seconds=time.monotonic() - t0,
    )
    if stream:
        print(f"done in {rep.seconds:.1f} s", file=stream, flush=True)
    return rep


def _cmd_report(args: argparse.Namespace) -> int:
    rep = run_report(args.article, published=args.published, out=args.out, metric=args.metric,
                     progress=not args.quiet)
    print(f"report:    {_shown(rep.html)}")
    print(f"folder:    {_shown(rep.out)}/")
    print("notebooks: " + " ".join(p.name for p in rep.notebooks))
    print("tables:    " + (" ".join(p.name for p in rep.tables) or "none"))
    print("charts:    " + (" ".join(p.name for p in rep.charts) or "none (no trade values or dated events)"))
    return 0


def add_report_command(subparsers: Any) -> None:
    """Add ``report`` to the CLI's subcommands (``analysis.cli`` calls this)."""
    rp = subparsers.add_parser(
        "report", help="run the notebooks on an article: tables, charts and one HTML report",
        description="Run the notebooks on ARTICLE with papermill and write the executed notebooks, "
                    "the tables (CSV, JSON), the charts (PNG, SVG, PDF) and report.html into one folder.")
    rp.add_argument("article", help="a .txt or saved .html article")
    rp.add_argument("--published", help="publication date, YYYY-MM-DD (else from the page or inferred)")
    rp.add_argument("--out", metavar="DIR",
                    help="folder for everything (default: data/outputs/<article name>/ in the repository)")
    rp.add_argument("--metric", default="trade_volume",
                    help="what the values chart draws: trade_volume (default), exports, imports, investment, …")
    rp.add_argument("-q", "--quiet", action="store_true", help="no progress on standard error")
    rp.set_defaults(func=_cmd_report)
