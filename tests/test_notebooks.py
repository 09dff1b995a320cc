"""The notebooks: stored clean and paired, thin, and run with papermill on real articles.

The fast tests read the files; the slow ones run every notebook with papermill, from a
working directory outside the repository (paths must resolve from the repository root), on
the seed and on our own test articles (tests/articles/), and read what they wrote.

Every assertion is on values: the trade figures' periods and statuses, the events' dates,
relative dates resolved against the published date given to the notebook.
"""
from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import params
from analysis.report import NOTEBOOKS, NotebookError, run_notebook

ROOT = Path(__file__).resolve().parent.parent
NB_DIR = ROOT / "notebooks"
SEED = "seeds/000_502adc14d8395391.txt"
TRADE = "tests/articles/trade_visit_2024.txt"   # ours: trade figures, a visit, an agreement
EMPTY = "tests/articles/culture_no_figures.txt"  # ours: no figure, no date
ARABIC = re.compile(r"[\u0600-\u06FF]")
# every notebook of notebooks/: the report's (one article, params.DEFAULTS), the corpus notebook
# (its own parameters, params.CORPUS_DEFAULTS; run by tests/test_corpus.py) and the relationship
# notebook (params.RELATIONSHIP_DEFAULTS; run by tests/test_relationship.py)
ALL_NOTEBOOKS = (*NOTEBOOKS, params.CORPUS_NOTEBOOK, params.RELATIONSHIP_NOTEBOOK)


def _code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def _read_pair(name):
    import jupytext

    ipynb = NB_DIR / name
    return jupytext.read(ipynb), jupytext.read(ipynb.with_suffix(".py"))


# --------------------------------------------------------------------------- files, fast


def test_every_notebook_is_listed_and_paired():
    on_disk = sorted(p.name for p in NB_DIR.glob("*.ipynb"))
    assert on_disk == sorted(ALL_NOTEBOOKS)
    for name in ALL_NOTEBOOKS:
        assert (NB_DIR / name).with_suffix(".py").is_file(), f"{name} has no paired .py"


@pytest.mark.parametrize("name", ALL_NOTEBOOKS)
def test_pair_has_not_drifted(name):
    nb, py = _read_pair(name)
    cells = lambda n: [(c.cell_type, c.source.strip(), sorted(c.metadata.get("tags", []))) for c in n.cells]  # noqa: E731
    assert cells(nb) == cells(py), (
        f"notebooks/{name} and its .py differ: run `jupytext --sync notebooks/{name}` and commit both")


@pytest.mark.parametrize("name", ALL_NOTEBOOKS)
def test_stored_without_outputs_with_kernel_python3(name):
    nb = nbformat.read(NB_DIR / name, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert "papermill" not in nb.metadata
    assert nb.metadata["jupytext"]["formats"] == "ipynb,py:percent"
    for cell in _code_cells(nb):
        assert cell.outputs == [], f"{name}: outputs are committed (clear them before committing)"
        assert cell.execution_count is None, f"{name}: execution counts are committed"


@pytest.mark.parametrize("name", ALL_NOTEBOOKS)
def test_starts_with_annotated_commented_parameters_then_validation(name):
    nb = nbformat.read(NB_DIR / name, as_version=4)
    first, second = nb.cells[0], nb.cells[1]
    assert first.metadata.get("tags") == ["parameters"]
    assert [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])] == [first]
    tree = ast.parse(first.source)
    declared = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign):
            declared[node.target.id] = ast.literal_eval(node.value)
        else:
            assert isinstance(node, ast.ImportFrom), f"{name}: the parameters cell holds only parameters"
    assert declared == params.defaults_for(name)
    for line in first.source.splitlines():
        if re.match(r"^\w+\s*:", line):
            assert "#" in line, f"{name}: parameter without a comment: {line}"
    assert f"params.{params.validator_for(name)}(globals())" in second.source


@pytest.mark.parametrize("name", ALL_NOTEBOOKS)
def test_papermill_sees_exactly_our_parameters(name):
    import papermill as pm

    assert set(pm.inspect_notebook(str(NB_DIR / name))) == set(params.defaults_for(name))


@pytest.mark.parametrize("name", ALL_NOTEBOOKS)
def test_thin_no_function_definitions_and_rtl_markdown(name):
    nb = nbformat.read(NB_DIR / name, as_version=4)
    for cell in _code_cells(nb):
        for node in ast.walk(ast.parse(cell.source)):
            assert not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                         ast.ClassDef, ast.Try)), f"{name}: logic belongs in the library"
        assert "../" not in cell.source and "/work/" not in cell.source, f"{name}: paths from the repository root"
    for cell in nb.cells:
        if cell.cell_type == "markdown" and ARABIC.search(cell.source):
            src = cell.source.strip()
            assert src.startswith('<div dir="rtl"') and src.endswith("</div>"), f"{name}: Arabic Markdown not in dir=rtl"


# --------------------------------------------------------------------------- running, slow


def _run(name, tmp, article, published=None, **extra):
    """Run one notebook with papermill from ``tmp`` (outside the repository); returns its run folder."""
    parameters = {"article": article, "published": published, "out_dir": str(tmp / "out"), **extra}
    run_notebook(NB_DIR / name, tmp / "executed" / name, parameters, cwd=tmp)
    return tmp / "out" / Path(article).stem


def report_cli(*args, cwd):
    """``python -m analysis ARGS`` in a fresh interpreter, as a user types it."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


_REPORTS: dict = {}  # the runs, once per session: test_report.py imports the fixture below


@pytest.fixture()
def reports(tmp_path_factory):
    """``analysis report`` (papermill, every notebook) on the seed, with its own date, and on our
    trade article published 2024-09-18; run once per session, shared with test_report.py."""
    if not _REPORTS:
        for key, article, published in (("seed", SEED, None), ("trade", TRADE, "2024-09-18")):
            folder = tmp_path_factory.mktemp(key) / f"{key} report"
            args = ["report", str(ROOT / article), "--out", str(folder)]
            args += ["--published", published] if published else []
            _REPORTS[key] = (report_cli(*args, cwd=tmp_path_factory.mktemp("cwd")), folder)
    return _REPORTS


@pytest.fixture()
def runs(reports):
    """key -> (the folder written, the folder of executed notebooks) for a report that succeeded."""
    for key, (proc, folder) in reports.items():
        assert proc.returncode == 0, f"report on {key} failed:\n{proc.stderr}"
    return {key: (folder, folder) for key, (_, folder) in reports.items()}


def _table(run_dir, name):
    csv = pd.read_csv(run_dir / f"{name}.csv")
    records = json.loads((run_dir / f"{name}.json").read_text(encoding="utf-8"))
    assert len(records) == len(csv), f"{name}: CSV and JSON disagree"
    return csv


def _outputs(executed_dir, name):
    nb = nbformat.read(executed_dir / name, as_version=4)
    return [o for c in _code_cells(nb) for o in c.outputs]


def _chart_files_ok(run_dir, stem):
    png, svg, pdf = (run_dir / f"{stem}.{ext}" for ext in ("png", "svg", "pdf"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    assert b"<svg" in svg.read_bytes()[:2000] and svg.stat().st_size > 10_000
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5_000


@pytest.mark.slow
@pytest.mark.parametrize("key", ["seed", "trade"])
def test_every_notebook_runs_and_writes_every_table(runs, key):
    run_dir, executed = runs[key]
    for name in NOTEBOOKS:
        outs = _outputs(executed, name)
        assert not [o for o in outs if o.output_type == "error"]
        assert not [o for o in outs if o.output_type == "stream" and o.name == "stderr"], "warnings printed"
    for table in ("segments", "figures", "dates", "events", "entities", "trade_values", "timeline"):
        _table(run_dir, table)
    html = "".join(o.get("data", {}).get("text/html", "") for o in _outputs(executed, NOTEBOOKS[0]))
    assert 'dir="rtl"' in html and "<table" in html


@pytest.mark.slow
def test_seed_tables(runs):
    run_dir, _ = runs["seed"]
    segments = _table(run_dir, "segments")
    assert segments.loc[0, "kind"] == "title" and segments.loc[0, "text"].startswith("بدعوة من نظيره")
    assert {"source", "boilerplate", "caption", "heading"} <= set(segments["kind"])
    trade = _table(run_dir, "trade_values")
    assert sorted(trade["value"]) == [20e9, 28e9, 30e9]
    assert set(trade["unit"]) == {"USD"}


@pytest.mark.slow
def test_trade_article_tables(runs):
    run_dir, _ = runs["trade"]
    meta = json.loads((run_dir / "article.json").read_text(encoding="utf-8"))
    assert (meta["reference_date"], meta["reference_date_source"]) == ("2024-09-18", "given")
    assert meta["title"] == "وزير التجارة المغربي في القاهرة لبحث مضاعفة التبادل التجاري"
    segments = _table(run_dir, "segments")
    assert segments[segments["kind"] == "heading"]["text"].str.strip().tolist() == ["أرقام التبادل", "اتفاقيات جديدة"]
    trade = _table(run_dir, "trade_values")
    assert sorted(trade["value"]) == [7.5e8, 1.2e9, 3e9]
    figures = _table(run_dir, "figures")
    assert 15.0 in figures["value"].tolist()  # 15% (the exports' growth), not a trade value


@pytest.mark.slow
def test_trade_article_chart_from_periods(runs):
    run_dir, executed = runs["trade"]
    trade = _table(run_dir, "trade_values")
    by_value = trade.set_index("value")
    assert by_value.loc[1.2e9, "period_start"] == "2023-01-01" and by_value.loc[1.2e9, "status"] == "actual"
    assert by_value.loc[7.5e8, "period_end"] == "2024-06-30" and by_value.loc[7.5e8, "status"] == "partial"
    assert by_value.loc[3e9, "status"] == "target"
    _chart_files_ok(run_dir, "trade_values")
    assert any("image/png" in o.get("data", {}) for o in _outputs(executed, "02_trade_values.ipynb"))


@pytest.mark.slow
def test_seed_chart_from_periods(runs):
    run_dir, _ = runs["seed"]
    trade = _table(run_dir, "trade_values")
    by_value = trade.set_index("value")
    # 28 bn in 2023 (actual), more than 20 bn in January-September 2024 (partial), 30 bn in 2025 (target)
    assert (by_value.loc[28e9, "period_start"], by_value.loc[28e9, "period_end"]) == ("2023-01-01", "2023-12-31")
    assert (by_value.loc[20e9, "period_end"], by_value.loc[20e9, "status"]) == ("2024-09-30", "partial")
    assert (by_value.loc[30e9, "period_start"], by_value.loc[30e9, "status"]) == ("2025-01-01", "target")
    _chart_files_ok(run_dir, "trade_values")


@pytest.mark.slow
def test_trade_article_timeline(runs):
    run_dir, _ = runs["trade"]
    events = _table(run_dir, "timeline")
    starts = set(events["date_start"])
    assert {"2024-09-17", "2024-09-18", "2024-11-05"} <= starts, starts  # arrival, agreements, next meeting
    visit = events[events["type"] == "visit"]
    assert visit["date_start"].tolist() == ["2024-09-17"] and "القاهرة" in visit["places"].iloc[0]
    _chart_files_ok(run_dir, "timeline")


@pytest.mark.slow
def test_trade_article_relative_dates_follow_the_given_date(runs):
    run_dir, _ = runs["trade"]
    dates = _table(run_dir, "dates")
    resolved = dict(zip(dates["text"], dates["start_date"]))
    assert resolved["أمس الثلاثاء"] == "2024-09-17"  # published Wednesday 18 September 2024
    assert resolved["اليوم الأربعاء"] == "2024-09-18"


@pytest.mark.slow
def test_seed_timeline(runs):
    run_dir, _ = runs["seed"]
    events = _table(run_dir, "timeline")
    assert "2024-11-27" in set(events["date_start"])  # the state visit of 27-28 November
    _chart_files_ok(run_dir, "timeline")


@pytest.mark.slow
def test_article_without_figures_or_dates_shows_messages(tmp_path):
    # papermill itself, from a folder outside the repository, with a relative article path
    for name in NOTEBOOKS:
        run_dir = _run(name, tmp_path, EMPTY)
    assert len(_table(run_dir, "segments")) == 4 and len(_table(run_dir, "figures")) == 0
    for stem in ("trade_values", "timeline"):
        assert not list(run_dir.glob(f"{stem}.png")), "a chart of nothing was exported"
        assert len(_table(run_dir, stem)) == 0
    executed = tmp_path / "executed"
    shown = "".join(o.get("data", {}).get("text/html", "") for o in _outputs(executed, "02_trade_values.ipynb"))
    assert "لا يذكر المقال أرقاما لـ«حجم التبادل التجاري»." in shown
    assert "تاريخ المقال غير معروف" in shown and "--published YYYY-MM-DD" in shown  # no date given or found
    shown = "".join(o.get("data", {}).get("text/html", "") for o in _outputs(executed, "03_timeline.ipynb"))
    assert "لا يذكر هذا المقال أحداثاً ذات تاريخ" in shown
    for name in NOTEBOOKS:
        assert not [o for o in _outputs(executed, name) if "image/png" in o.get("data", {})]


@pytest.mark.slow
def test_misspelled_parameter_fails_loudly(tmp_path):
    with pytest.raises(NotebookError) as err:
        run_notebook(NB_DIR / NOTEBOOKS[0], tmp_path / "x.ipynb",
                     {"article": SEED, "publised": "2024-01-01"}, cwd=tmp_path)
    assert err.value.ename == "ParameterError"
    assert "'publised' (did you mean 'published'?)" in err.value.evalue
    assert (tmp_path / "x.ipynb").is_file()


@pytest.mark.slow
def test_values_notebook_charts_another_metric_when_asked(tmp_path):
    """02_trade_values with ``metric="exports"`` on an article of our own: the exports by year, the
    half-year as partial, the 2026 target; the share of agricultural exports listed as left out."""
    run_dir = _run("02_trade_values.ipynb", tmp_path, str(ROOT / "tests/articles/exports_2024.txt"),
                   published="2024-08-04", metric="exports")
    bars = _table(run_dir, "trade_values")
    assert bars[["period_start", "value", "status"]].values.tolist() == [
        ["2022-01-01", 610e6, "actual"], ["2023-01-01", 720e6, "actual"], ["2024-01-01", 400e6, "partial"],
        ["2026-01-01", 1e9, "target"]]
    left = _table(run_dir, "trade_values_left_out")
    assert left[["text", "reason"]].values.tolist() == [["35%", "percent"]]
    _chart_files_ok(run_dir, "trade_values")
    with pytest.raises(NotebookError) as err:
        _run("02_trade_values.ipynb", tmp_path / "bad", str(ROOT / "tests/articles/exports_2024.txt"),
             metric="export")
    assert err.value.ename == "ParameterError" and "did you mean 'exports'?" in err.value.evalue


@pytest.mark.slow
@pytest.mark.parametrize("extra,words", [
    ({"published": "2024-02-30"}, "published date '2024-02-30' is not a date (day is out of range for month)"),
    ({"published": "20240101"}, "published date '20240101' is not a date"),
    ({"run_name": "../../elsewhere"}, "run_name must be a plain folder name"),
])
def test_bad_parameter_values_stop_the_notebook_in_one_line(tmp_path, extra, words):
    with pytest.raises(NotebookError) as err:
        run_notebook(NB_DIR / NOTEBOOKS[0], tmp_path / "x.ipynb",
                     {"article": SEED, "out_dir": str(tmp_path / "out"), **extra}, cwd=tmp_path)
    assert err.value.ename == "ParameterError" and words in err.value.evalue
    assert "\n" not in err.value.evalue
    assert not (tmp_path / "out").exists() and not (tmp_path.parent / "elsewhere").exists()


def _shown_columns():
    """(notebook, column) for every column name a notebook passes to a table helper
    (display.rtl_table, summary.show, rel.show) as a list of strings."""
    found = []
    for path in sorted(NB_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("rtl_table", "show"):
                owner = node.func.value.id if isinstance(node.func.value, ast.Name) else ""
                for arg in node.args[1:2]:
                    if isinstance(arg, ast.List):
                        found += [(path.stem, owner, e.value) for e in arg.elts
                                  if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return found


def test_every_column_a_notebook_shows_has_an_arabic_heading():
    # a report in Arabic with «conflict», «equivalents» or «reason_ar» as headings reads as unfinished
    from analysis import corpus_summary, display, relationship

    # each helper renames with its own headings: display.rtl_table with display's, the corpus and
    # relationship helpers with theirs on top
    headers = {"display": display.HEADERS, "summary": {**display.HEADERS, **corpus_summary.HEADERS},
               "rel": {**display.HEADERS, **relationship.HEADERS}}
    shown = _shown_columns()
    assert len(shown) > 40 and {owner for _, owner, _ in shown} == set(headers)
    missing = sorted({f"{nb}: {col}" for nb, owner, col in shown if col not in headers[owner]})
    assert missing == []
