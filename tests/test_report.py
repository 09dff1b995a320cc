"""``python -m analysis report``, the parameter checks, and the RTL display helpers."""
from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import analysis
from analysis import display, params
from analysis.errors import ArticleNotFoundError, ParameterError
from analysis.report import NOTEBOOKS, NotebookError, ReportError, _default_out, run_notebook
from test_notebooks import reports  # noqa: F401  (the session's report runs, shared)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_502adc14d8395391.txt"
TRADE = ROOT / "tests" / "articles" / "trade_visit_2024.txt"


@pytest.fixture()
def cli(tmp_path, monkeypatch, capsys):
    """``python -m analysis ARGS`` in this process, from an empty folder: (exit code, stdout, stderr)."""
    from analysis.cli import main

    monkeypatch.chdir(tmp_path)

    def run(*args):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's --help
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


# --------------------------------------------------------------------------- parameters


def test_check_resolves_relative_paths_from_the_repository_root(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = params.check({"article": "tests/articles/trade_visit_2024.txt", "published": "2024-09-18"})
    assert p.article == TRADE and p.root == ROOT
    assert p.run_dir == ROOT / "data" / "outputs" / "trade_visit_2024"
    assert p.as_papermill()["published"] == "2024-09-18"


def test_check_refuses_unknown_names_bad_dates_missing_articles():
    with pytest.raises(ParameterError, match=r"'out_dri' \(did you mean 'out_dir'\?\)"):
        params.check({"article": str(SEED), "out_dri": "x"})
    with pytest.raises(ParameterError, match="not a date"):
        params.check({"article": str(SEED), "published": "27/11/2024"})
    with pytest.raises(ArticleNotFoundError, match="repository root"):
        params.check({"article": "seeds/no_such_article.txt"})
    with pytest.raises(ParameterError, match="run_name"):
        params.check({"article": str(SEED), "run_name": "../elsewhere"})
    with pytest.raises(ParameterError, match="article"):
        params.check({"article": 42})


def test_validate_takes_a_notebooks_globals():
    import math

    ns = {"__name__": "__main__", "_": None, "In": [""], "Out": {}, "get_ipython": print, "math": math,
          "Optional": type(None), "article": str(SEED), "published": None, "out_dir": "data/outputs",
          "run_name": None, "frame": pd.DataFrame()}
    assert params.validate(ns).article == SEED
    with pytest.raises(ParameterError, match=r"'artcle' \(did you mean 'article'\?\)"):
        params.validate({**ns, "artcle": "seeds/x.txt"})
    with pytest.raises(ParameterError, match="'pages'"):
        params.validate({**ns, "pages": [1, 2]})


# --------------------------------------------------------------------------- display helpers


def test_rtl_table_is_a_right_to_left_styler_with_arabic_headings():
    df = pd.DataFrame({"text": ["28 مليار دولار"], "value": [28e9], "actors": [["بوتين", "توكاييف"]],
                       "period_start": [pd.Timestamp("2023-01-01")]})
    html = display.rtl_table(df, ["text", "value", "actors", "period_start", "missing"]).to_html()
    assert 'dir="rtl"' in html and "text-align: right" in html
    assert "القيمة" in html and "28,000,000,000" in html and "بوتين، توكاييف" in html and "2023-01-01" in html
    empty = display.rtl_table(df.iloc[:0], empty="لا توجد أرقام")._repr_html_()
    assert 'dir="rtl"' in empty and "لا توجد أرقام" in empty


def _cells(styler):
    import html as html_mod
    import re as re_mod

    return [html_mod.unescape(c) for c in re_mod.findall(r"<td[^>]*>(.*?)</td>", styler.to_html())]


def test_rtl_table_shows_the_codes_in_arabic_and_the_files_keep_them(tmp_path):
    # an Arabic report whose cells read «actual», «more_than», «place» is half translated
    figs = pd.DataFrame({"text": ["أكثر من 20 مليار دولار"], "kind": ["money"], "qualifier": ["more_than"],
                         "status": ["partial"]})
    assert _cells(display.rtl_table(figs)) == ["أكثر من 20 مليار دولار", "مبلغ", "أكثر من", "جزئي (منذ بداية العام)"]
    segs = pd.DataFrame({"kind": ["title", "body", "boilerplate"]})
    assert _cells(display.rtl_table(segs)) == ["عنوان", "متن", "حشو"]
    ents = pd.DataFrame({"type": ["person", "place", "org"]})
    assert _cells(display.rtl_table(ents)) == ["شخص", "مكان", "منظمة"]
    events = pd.DataFrame({"type": ["visit", "economic"], "granularity": ["day", "part_of_month"]})
    assert _cells(display.rtl_table(events)) == ["زيارة", "يوم", "حدث اقتصادي", "جزء من شهر"]
    # near-misses: a code a column does not know, and the same word in a column of text, stay as written
    other = pd.DataFrame({"status": ["provisional"], "text": ["actual"]})
    assert _cells(display.rtl_table(other)) == ["provisional", "actual"]
    # a helper that renames the columns to Arabic first (arabic_headers=False) gets the same
    renamed = figs.rename(columns={"status": "الحالة"})[["الحالة"]]
    assert _cells(display.rtl_table(renamed, arabic_headers=False)) == ["جزئي (منذ بداية العام)"]
    written = display.save_table(figs, tmp_path / "figures")
    assert pd.read_csv(written[0])["status"].tolist() == ["partial"]


def test_chart_keeps_a_message_when_there_is_nothing_to_draw():
    from analysis.errors import AnalysisError

    def no_data(df, **kw):
        raise AnalysisError("nothing to chart")

    chart = display.chart(no_data, pd.DataFrame({"a": [1]}), empty="لا توجد أرقام")
    assert not chart.drawn and chart.export("/nonexistent/x") == []
    assert "لا توجد أرقام" in chart._repr_mimebundle_()["text/html"]
    with pytest.raises(ParameterError):
        display.chart(lambda df, **kw: (_ for _ in ()).throw(ParameterError("bad digits")), pd.DataFrame({"a": [1]}), empty="-")


# --------------------------------------------------------------------------- the command, fast


def test_report_refuses_a_missing_article_in_one_line(cli):
    code, out, err = cli("report", "no_such_article.txt")
    assert code == 2 and out == ""
    assert err.startswith("analysis: error: no file at") and err.count("\n") == 1


def test_report_refuses_a_bad_date_and_a_non_arabic_file(cli, tmp_path):
    code, out, err = cli("report", str(SEED), "--published", "2024-13-45")
    assert code == 2 and "not a date" in err and err.count("\n") == 1
    (tmp_path / "en.txt").write_text("An English article.\nNothing Arabic here.\n", encoding="utf-8")
    code, out, err = cli("report", "en.txt")
    assert code == 2 and "no Arabic text" in err
    assert not (tmp_path / "data").exists()


def test_report_help_names_the_options(cli):
    code, out, err = cli("report", "--help")
    assert code == 0 and "--published" in out and "--out" in out


def test_default_folder_is_data_outputs_article_name_in_the_repository(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert _default_out(TRADE) == ROOT / "data" / "outputs" / "trade_visit_2024"


def test_notebook_error_message_is_short():
    source = "import analysis\n\nex = analysis.extract(p.article)\ntrade = ex.figures[ex.figures['metric_kee'] == 1]\n"
    traceback = ["\x1b[0;31m---------------------------------------------------------------------------\x1b[0m",
                 "\x1b[0;31mKeyError\x1b[0m                                  Traceback (most recent call last)",
                 "Cell \x1b[0;32mIn[4], line 4\x1b[0m",
                 "\x1b[1;32m      3\x1b[0m ex = analysis.extract(p.article)",
                 "\x1b[0;32m----> 4\x1b[0m trade = ex.figures[ex.figures['metric_kee'] == 1]",
                 "File \x1b[0;32m.../pandas/core/frame.py:4113\x1b[0m, in \x1b[0;36mDataFrame.__getitem__\x1b[0;34m(self, key)\x1b[0m",
                 "\x1b[0;32m-> 4113\x1b[0m     indexer = self.columns.get_loc(key)",
                 "\x1b[0;31mKeyError\x1b[0m: 'metric_kee'"]
    err = NotebookError("02_trade_values.ipynb", Path("data/outputs/x/02_trade_values.ipynb"), 4,
                        "KeyError", "'metric_kee'", source, traceback)
    assert str(err).splitlines() == [
        "notebook 02_trade_values.ipynb failed in cell In [4] (line 4: trade = ex.figures[ex.figures['metric_kee'] == 1]): "
        "KeyError: 'metric_kee'",
        "  the executed notebook, with the full traceback: data/outputs/x/02_trade_values.ipynb",
    ]
    one_line = NotebookError("n.ipynb", Path("n.ipynb"), 2, "ValueError", "bad", "# why\nx = int('a')\n")
    assert "(x = int('a'))" in str(one_line)
    assert isinstance(err, ReportError) and isinstance(err, analysis.AnalysisError)


# --------------------------------------------------------------------------- the command, slow


@pytest.mark.slow
def test_failing_cell_gives_its_error_and_the_executed_notebook(tmp_path):
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "language": "python",
                                                           "display_name": "Python 3"}})
    nb.cells = [nbformat.v4.new_code_cell("article = 'x'", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("print('fine')"),
                nbformat.v4.new_code_cell("total = 1 / 0")]
    src = tmp_path / "broken.ipynb"
    nbformat.write(nb, src)
    with pytest.raises(NotebookError) as err:
        run_notebook(src, tmp_path / "out" / "broken.ipynb", {"article": "y"}, cwd=tmp_path)
    e = err.value
    assert (e.ename, e.cell) == ("ZeroDivisionError", 4)  # In [4]: papermill's injected cell is In [2]
    assert "(line 1: total = 1 / 0): ZeroDivisionError: division by zero" in str(e)
    assert str(e).count("\n") == 1 and "\x1b[" not in str(e) and "Traceback" not in str(e)
    assert e.executed.is_file()


@pytest.fixture()
def seed_report(reports):
    return reports["seed"]


@pytest.mark.slow
def test_report_on_the_seed_writes_everything(seed_report):
    r, out = seed_report
    assert r.returncode == 0, r.stderr
    assert f"report:    {out / 'report.html'}" in r.stdout
    # progress while the notebooks run, and nothing from the kernels
    assert [ln.split(" ")[0] for ln in r.stderr.splitlines() if ln.startswith("[")] == ["[1/3]", "[2/3]", "[3/3]"]
    assert "WARNING" not in r.stderr and "Traceback" not in r.stderr and "Passed unknown" not in r.stderr
    for name in NOTEBOOKS:
        nb = nbformat.read(out / name, as_version=4)
        assert nb.metadata["papermill"]["parameters"]["article"] == str(SEED)
    for stem in ("segments", "figures", "dates", "events", "entities", "trade_values", "timeline"):
        assert (out / f"{stem}.csv").stat().st_size > 0
        assert isinstance(json.loads((out / f"{stem}.json").read_text(encoding="utf-8")), list)
    meta = json.loads((out / "article.json").read_text(encoding="utf-8"))
    assert meta["article"] == str(SEED)
    assert len(pd.read_csv(out / "segments.csv")) == 26


@pytest.mark.slow
def test_report_html_is_one_rtl_page_with_tables_and_no_code(seed_report):
    r, out = seed_report
    html = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="ar">' in html and re.search(r'<body[^>]* dir="rtl"', html)
    assert html.count("<h1") >= 3  # one section per notebook
    assert "قراءة المقال" in html and "حجم التبادل التجاري" in html and "الخط الزمني للأحداث" in html
    assert "بدعوة من نظيره قاسم جومارت توكاييف" in html
    tables = re.findall(r"<table[^>]*>", html)
    assert len([t for t in tables if 'class="analysis-table"' in t and 'dir="rtl"' in t]) >= 5
    assert "params.validate" not in html and "display.rtl_table" not in html  # code hidden
    assert not re.search(r"<script[^>]+src=", html), "the report must open offline"
    charts = list(out.glob("*.png"))
    assert html.count("data:image/png;base64,") >= len(charts)  # every chart embedded


@pytest.mark.slow
def test_report_on_our_article_with_a_date(reports):
    r, out = reports["trade"]
    assert r.returncode == 0, r.stderr
    meta = json.loads((out / "article.json").read_text(encoding="utf-8"))
    assert meta["reference_date"] == "2024-09-18"
    assert sorted(pd.read_csv(out / "trade_values.csv")["value"]) == [7.5e8, 1.2e9, 3e9]
    assert "وزير التجارة المغربي في القاهرة" in (out / "report.html").read_text(encoding="utf-8")


def test_the_page_warns_of_an_unknown_date_once(tmp_path):
    """Each notebook warns at its top when the article's date is unknown; the joined page once."""
    from analysis.report import build_html

    ex = analysis.extract("زيارة\nوصل الوزير إلى عمّان أمس، بعد لقاء الشهر الماضي.")
    notice = display.reference_notice(ex)._repr_html_()
    assert "«أمس»" in notice and "«الشهر الماضي»" in notice
    paths = []
    for k in range(3):
        nb = nbformat.v4.new_notebook()
        cell = nbformat.v4.new_code_cell("display.reference_notice(ex)", metadata={"tags": ["reference-notice"]})
        cell.outputs = [nbformat.v4.new_output("execute_result", data={"text/html": notice}, execution_count=1)]
        nb.cells = [cell, nbformat.v4.new_markdown_cell(f"<div dir=\"rtl\">القسم {k}</div>")]
        paths.append(tmp_path / f"{k}.ipynb")
        nbformat.write(nb, paths[-1])
    page = build_html(paths, tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.count("تاريخ المقال غير معروف") == 1 and page.count("القسم") == 3
