"""Corpus mode on our own small corpus (tests/articles/corpus/): the combined tables, the articles
and errors tables, broken files planted beside the articles, reruns, the CLI, and the two engines.

Every assertion is on values: which articles, which dates and outlets, which figures, which
errors with which classes.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import corpus as corpus_mod
from analysis.corpus import CorpusError, extract_corpus, read_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "articles" / "corpus"
MANIFEST = CORPUS / "manifest.json"
ARTICLES = ["jordan_egypt_half_year.txt", "jordan_egypt_visit.txt", "morocco_senegal_fisheries.txt",
            "water_summit.html"]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """Our four articles read once, with the manifest (two dates and three outlets)."""
    out = tmp_path_factory.mktemp("corpus") / "out"
    return extract_corpus(CORPUS, published=MANIFEST, out=out, workers=1, progress=False)


@pytest.fixture()
def broken(tmp_path):
    """Our articles beside the broken files a real folder holds: empty, binary, undecodable bytes,
    a directory named like an article, and one article saved in Windows-1256."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ARTICLES[:3]:
        shutil.copy(CORPUS / name, folder / name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    # bytes that are no UTF-8 and read as no Arabic in any Arabic code page
    (folder / "undecodable.txt").write_bytes(b"abc \xff\xfe\x81\x8d\x90\x9d \x80\x81\x82\x83\x84 \xc3\x28 \xa0\xa1")
    (folder / "folder.txt").mkdir()
    text = (CORPUS / "morocco_senegal_fisheries.txt").read_text(encoding="utf-8")
    (folder / "windows1256.txt").write_bytes(text.encode("cp1256"))
    (folder / "notes.md").write_text("not an article: not read", encoding="utf-8")
    (folder / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- the tables


def test_every_article_is_read_with_its_date_and_outlet(small):
    arts = small.articles.set_index("article")
    assert sorted(arts.index) == ARTICLES
    assert len(small.errors) == 0 and list(small.errors.columns)[:6] == [
        "article", "path", "outlet", "published", "error", "message"]
    # the manifest gives two dates and three outlets; the page gives its own date; the dateline the last
    assert arts.loc["jordan_egypt_visit.txt", "outlet"] == "وكالة الشرق"
    assert arts.loc["jordan_egypt_half_year.txt", "outlet"] == "صحيفة النيل"
    assert pd.isna(arts.loc["water_summit.html", "outlet"])
    ref = {a: (r.reference_date.date().isoformat(), r.reference_date_source) for a, r in arts.iterrows()}
    assert ref == {"jordan_egypt_half_year.txt": ("2024-08-05", "given"),
                   "jordan_egypt_visit.txt": ("2024-03-12", "given"),
                   "morocco_senegal_fisheries.txt": ("2023-11-20", "dateline"),
                   "water_summit.html": ("2024-02-03", "metadata")}
    assert arts.loc["water_summit.html", "is_html"] and arts.loc["water_summit.html", "title"] == \
        "قمة مصغرة في عمان لبحث الأمن المائي"
    assert (arts["seconds"] > 0).all() and arts["sha256"].str.len().eq(64).all()
    assert set(arts["library_version"]) == {corpus_mod.library_version()}


def test_combined_tables_match_one_article_extract(small):
    """Each article's rows in the combined tables are its own extract() tables, prefixed."""
    for name in ARTICLES:
        published = {"jordan_egypt_half_year.txt": "2024-08-05", "jordan_egypt_visit.txt": "2024-03-12"}.get(name)
        # as the extract command reads one article with --published
        ex = analysis.extract(analysis.read_article(CORPUS / name, published=published), published=published)
        for table in corpus_mod.TABLES:
            rows = small.table(table)
            rows = rows[rows["article"] == name]
            mine = ex.tables()[table]
            assert len(rows) == len(mine), (name, table)
            assert small.articles.set_index("article").loc[name, f"n_{table}"] == len(mine)
            assert rows["text" if "text" in mine else "label"].tolist() == \
                mine["text" if "text" in mine else "label"].tolist()
    figures = small.figures
    assert list(figures.columns[:4]) == list(corpus_mod.ARTICLE_COLUMNS)
    trade = figures[(figures["metric_key"] == "trade_volume") & (figures["kind"] == "money")]
    got = sorted(zip(trade["article"], trade["value"], trade["status"]))
    assert got == [("jordan_egypt_half_year.txt", 480e6, "partial"), ("jordan_egypt_half_year.txt", 850e6, "actual"),
                   ("jordan_egypt_visit.txt", 790e6, "actual"), ("jordan_egypt_visit.txt", 850e6, "actual"),
                   ("jordan_egypt_visit.txt", 1.5e9, "target"), ("morocco_senegal_fisheries.txt", 260e6, "actual")]
    events = small.events
    visit = events[(events["type"] == "visit") & (events["article"] == "jordan_egypt_visit.txt")]
    assert visit["date_start"].dt.date.astype(str).tolist() == ["2024-03-11"]
    assert visit["actors"].iloc[0] == ["خالد العمري", "سامي عبد الرحيم"]  # lists come back as lists


def test_csv_files_hold_the_same_rows(small):
    for name in ("articles", "errors", *corpus_mod.TABLES):
        csv = pd.read_csv(small.folder / f"{name}.csv")
        assert len(csv) == len(small.table(name)), name
        assert list(csv.columns) == list(small.table(name).columns)
    events = pd.read_csv(small.folder / "events.csv")
    visit = events[(events["type"] == "visit")]
    assert json.loads(visit["actors"].iloc[0]) == ["خالد العمري", "سامي عبد الرحيم"]
    assert "2024-03-11" in set(visit["date_start"])  # dates as YYYY-MM-DD


def test_meta_says_what_the_run_did(small):
    m = json.loads((small.folder / "corpus.json").read_text(encoding="utf-8"))
    assert (m["articles"], m["read"], m["skipped"], m["errors"], m["engine"]) == (4, 4, 0, 0, "local")


# --------------------------------------------------------------------------- broken files


def test_broken_files_are_listed_exactly_and_the_others_read(broken, tmp_path):
    c = extract_corpus(broken, out=tmp_path / "out", workers=2, progress=False)
    errors = c.errors.set_index("article")
    assert errors["error"].to_dict() == {"empty.txt": "EmptyInputError", "folder.txt": "NotAFileError",
                                         "image.txt": "BinaryInputError", "undecodable.txt": "DecodingError"}
    assert all(str(broken / a) in errors.loc[a, "message"] for a in errors.index)
    assert errors["message"].str.count("\n").eq(0).all()
    arts = c.articles.set_index("article")
    assert sorted(arts.index) == sorted([*ARTICLES[:3], "windows1256.txt"])
    assert arts.loc["windows1256.txt", "encoding"] == "cp1256"
    # the Windows-1256 copy reads like the UTF-8 original, figure for figure
    figs = c.figures
    same = lambda a: figs[figs["article"] == a][["text", "value", "status", "period_start"]].reset_index(drop=True)  # noqa: E731
    pd.testing.assert_frame_equal(same("windows1256.txt"), same("morocco_senegal_fisheries.txt"))
    assert len(same("windows1256.txt")) == 1


def test_a_file_that_breaks_the_library_is_an_error_row_not_a_crash(monkeypatch, tmp_path):
    extract_mod = sys.modules["analysis.extract"]  # the module; analysis.extract is the function
    real = extract_mod.extract_records  # what the corpus reads an article with

    def flaky(art, published=None):
        if "visit" in (art.path or ""):
            raise IndexError("a bug in a rule")
        return real(art, published=published)

    monkeypatch.setattr(extract_mod, "extract_records", flaky)
    c = extract_corpus(CORPUS, out=tmp_path / "out", workers=1, progress=False)
    assert c.errors[["article", "error", "message"]].values.tolist() == [
        ["jordan_egypt_visit.txt", "IndexError", "a bug in a rule"]]
    assert len(c.articles) == 3


def test_no_article_in_the_folder_is_a_clear_error(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    with pytest.raises(CorpusError, match="no .txt or .html article"):
        extract_corpus(tmp_path, out=tmp_path / "out", progress=False)
    with pytest.raises(CorpusError, match="no folder"):
        extract_corpus(tmp_path / "missing", out=tmp_path / "out", progress=False)
    with pytest.raises(analysis.ParameterError, match="engine"):
        extract_corpus(CORPUS, engine="spark")


# --------------------------------------------------------------------------- reruns


def test_rerun_skips_current_articles_and_reads_changed_ones(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(CORPUS, folder)
    out = tmp_path / "out"
    first = extract_corpus(folder, published=folder / "manifest.json", out=out, workers=1, progress=False)
    before = {n: first.table(n) for n in ("figures", "events", "entities")}

    second = extract_corpus(folder, published=folder / "manifest.json", out=out, workers=1, progress=False)
    assert (second.skipped, second.meta["read"]) == (4, 0)
    for name, df in before.items():
        pd.testing.assert_frame_equal(second.table(name).sort_values(["article", df.columns[4]]).reset_index(drop=True),
                                      df.sort_values(["article", df.columns[4]]).reset_index(drop=True))

    # one article edited, one removed, one added; and a new outlet for another in the manifest
    edited = folder / "morocco_senegal_fisheries.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("260 مليون", "270 مليون"), encoding="utf-8")
    (folder / "water_summit.html").unlink()
    (folder / "empty.txt").write_bytes(b"")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["jordan_egypt_visit"]["outlet"] = "وكالة أخرى"
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    third = extract_corpus(folder, published=folder / "manifest.json", out=out, workers=1, progress=False)
    assert (third.skipped, third.meta["read"]) == (1, 3)
    assert sorted(third.articles["article"]) == ["jordan_egypt_half_year.txt", "jordan_egypt_visit.txt",
                                                 "morocco_senegal_fisheries.txt"]
    assert third.errors["article"].tolist() == ["empty.txt"]
    figs = third.figures
    assert 270e6 in figs[figs["article"] == "morocco_senegal_fisheries.txt"]["value"].tolist()
    assert set(figs[figs["article"] == "jordan_egypt_visit.txt"]["outlet"]) == {"وكالة أخرى"}
    assert "water_summit.html" not in set(third.events["article"])
    # the broken file is current too on the next run: not read again
    fourth = extract_corpus(folder, published=folder / "manifest.json", out=out, workers=1, progress=False)
    assert (fourth.skipped, fourth.meta["read"], len(fourth.errors)) == (4, 0, 1)
    assert not list(out.glob(".partial-*"))


def test_force_reads_everything_again(tmp_path):
    out = tmp_path / "out"
    extract_corpus(CORPUS, out=out, workers=1, progress=False)
    again = extract_corpus(CORPUS, out=out, workers=1, progress=False, force=True)
    assert (again.skipped, again.meta["read"]) == (0, 4)


# --------------------------------------------------------------------------- manifests


def test_manifest_forms(tmp_path):
    records = [{"file": "a.txt", "date": "2024-01-02", "outlet": "س"}, {"id": "b", "published": None}]
    m = corpus_mod.read_manifest(records)
    assert m == {"a.txt": {"published": pd.Timestamp("2024-01-02").date(), "outlet": "س"},
                 "b": {"published": None, "outlet": None}}
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a JSON file"):
        corpus_mod.read_manifest(bad)
    with pytest.raises(CorpusError, match="not a date"):
        corpus_mod.read_manifest({"a": "yesterday"})
    tasks = corpus_mod.make_tasks(CORPUS, "2020-05-01")
    assert {t.published.isoformat() for t in tasks} == {"2020-05-01"}


# --------------------------------------------------------------------------- the command


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={**__import__("os").environ, "PYTHONIOENCODING": "utf-8"})


def test_cli_writes_every_table_and_says_what_it_did(broken, tmp_path):
    proc = _cli("corpus", str(broken), "--out", str(tmp_path / "out"), "--workers", "2", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    # 8 files, 4 of them no article: the line says so, without «0 kept» on a first run
    assert proc.stdout.startswith("read 8 files in ") and "local engine, 2 workers):" in proc.stdout
    assert "4 articles read, 4 could not be read (see errors.csv)" in proc.stdout
    assert "kept" not in proc.stdout
    assert proc.stderr == ""  # not a terminal: no progress bar
    for name in ("articles", "errors", *corpus_mod.TABLES):
        assert (tmp_path / "out" / f"{name}.parquet").is_file() and (tmp_path / "out" / f"{name}.csv").is_file()
    again = _cli("corpus", str(broken), "--out", str(tmp_path / "out"), cwd=tmp_path)
    # the directory has no content to hash: it is tried again, everything else is current
    assert again.stdout.startswith("read 1 of 8 files in ") and "7 unchanged since the previous run, kept" in again.stdout
    bad = _cli("corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o2"), cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith("analysis: error: no folder at") and bad.stderr.count("\n") == 1


def test_progress_bar_counts_articles_and_errors(broken, tmp_path, capsys):
    extract_corpus(broken, out=tmp_path / "out", workers=1, progress=True)
    err = capsys.readouterr().err
    assert "8/8" in err and "errors=4" in err and "articles/s" in err


# --------------------------------------------------------------------------- the engines


@pytest.mark.slow
def test_local_and_dask_engines_give_identical_tables(broken, tmp_path):
    pytest.importorskip("distributed")
    local = extract_corpus(broken, out=tmp_path / "local", workers=2, engine="local", progress=False)
    dask = extract_corpus(broken, out=tmp_path / "dask", workers=2, engine="dask", progress=False)
    assert (tmp_path / "dask" / "figures.parquet").is_dir()  # partitioned
    assert dask.meta["engine"] == "dask" and len(dask.errors) == 4
    for name in ("articles", "errors", *corpus_mod.TABLES):
        a, b = local.table(name), dask.table(name)
        if name == "articles":
            a, b = a.drop(columns="seconds"), b.drop(columns="seconds")
        assert len(a) > 0, name
        pd.testing.assert_frame_equal(a, b, obj=name)
    # a rerun on the dask engine keeps what is current, like the local one
    again = extract_corpus(broken, out=tmp_path / "dask", workers=2, engine="dask", progress=False)
    assert (again.skipped, again.meta["read"]) == (7, 1)  # the directory named like an article is tried again
    pd.testing.assert_frame_equal(again.figures, dask.figures)


def test_local_pool_gives_the_tables_of_one_process(tmp_path):
    """Enough copies of our articles for the pool to split them into chunks: same rows, same order."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        for name in ARTICLES:
            shutil.copy(CORPUS / name, folder / f"{i:02d}_{name}")
    one = extract_corpus(folder, out=tmp_path / "one", workers=1, progress=False)
    two = extract_corpus(folder, out=tmp_path / "two", workers=2, progress=False)
    assert len(one.articles) == 48
    for name in corpus_mod.TABLES:
        pd.testing.assert_frame_equal(one.table(name), two.table(name), obj=name)
    assert one.articles["article"].tolist() == sorted(one.articles["article"])


# --------------------------------------------------------------------------- the corpus notebook


def _notebook_outputs(path):
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]


@pytest.mark.slow
def test_corpus_notebook_on_an_output_folder_with_broken_files(tmp_path):
    """04_corpus on a corpus output folder (our articles, their manifest, two broken files), run by
    papermill from outside the repository: every section shows, the chart and tables are saved."""
    from analysis.report import run_notebook

    folder = tmp_path / "articles"
    shutil.copytree(CORPUS, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "folder.txt").mkdir()
    extract_corpus(folder, published=folder / "manifest.json", out=tmp_path / "corpus-out", progress=False)
    executed = tmp_path / "executed.ipynb"
    run_notebook(ROOT / "notebooks" / "04_corpus.ipynb", executed,
                 {"corpus": str(tmp_path / "corpus-out"), "published_from": None, "out_dir": str(tmp_path / "out"),
                  "run_name": "mine"}, cwd=tmp_path)
    outs = _notebook_outputs(executed)
    assert not [o for o in outs if o.output_type in ("error", "stream")], "errors or warnings printed"
    html = "".join(o.get("data", {}).get("text/html", "") for o in outs)
    assert "المقالات المقروءة" in html and "وكالة الشرق" in html and "صحيفة النيل" in html
    assert "EmptyInputError" in html and "NotAFileError" in html  # the files not read
    assert "خالد العمري" in html and "جامعة الدول العربية" in html  # most named
    assert sum("image/png" in o.get("data", {}) for o in outs) == 1
    run = tmp_path / "out" / "mine"
    bars = pd.read_csv(run / "corpus_values.csv")
    got = sorted(zip(bars["period_start"], bars["status"], bars["value"], bars["outlet"].fillna("")))
    assert got == [("2022-01-01", "actual", 260e6, "وكالة الشرق"), ("2022-01-01", "actual", 790e6, "وكالة الشرق"),
                   ("2023-01-01", "actual", 850e6, "صحيفة النيل"), ("2023-01-01", "actual", 850e6, "وكالة الشرق"),
                   ("2024-01-01", "partial", 480e6, "صحيفة النيل"), ("2026-01-01", "target", 1.5e9, "وكالة الشرق")]
    left = pd.read_csv(run / "corpus_values_left_out.csv")
    assert left[["text", "reason"]].values.tolist() == [["12%", "percent"]]
    months = pd.read_csv(run / "events_by_month.csv").set_index("month")
    assert months.loc["2024-03", "زيارة"] == 1 and months.loc["2024-10", "قمة ومؤتمر"] == 1
    for ext in ("png", "svg", "pdf"):
        assert (run / f"corpus_values.{ext}").stat().st_size > 5_000


@pytest.mark.slow
def test_corpus_notebook_reads_a_folder_of_articles_first(tmp_path):
    """With its defaults (our small corpus and its manifest), the notebook reads the articles into
    its run folder first; a misspelled parameter stops it with the closest name."""
    from analysis.report import NotebookError, run_notebook

    executed = tmp_path / "executed.ipynb"
    run_notebook(ROOT / "notebooks" / "04_corpus.ipynb", executed, {"out_dir": str(tmp_path / "out"), "by": "article"},
                 cwd=tmp_path)
    written = read_corpus(tmp_path / "out" / "corpus" / "corpus")
    assert sorted(written.articles["article"]) == ARTICLES and len(written.errors) == 0
    html = "".join(o.get("data", {}).get("text/html", "") for o in _notebook_outputs(executed))
    assert "قُرئت الملفات كلها" in html
    with pytest.raises(NotebookError) as err:
        run_notebook(ROOT / "notebooks" / "04_corpus.ipynb", tmp_path / "bad.ipynb",
                     {"out_dir": str(tmp_path / "out"), "metrik": "exports"}, cwd=tmp_path)
    assert err.value.ename == "ParameterError" and "did you mean 'metric'?" in err.value.evalue


# --------------------------------------------------------------------------- the chart across articles


def test_corpus_values_chart_one_colour_per_outlet_styles_per_status(small):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis import plots
    from analysis.rtl import logical_of

    ax = plots.corpus_values_chart(small.figures, by="outlet")
    bars = [p for p in ax.patches if p.get_height() > 0]
    assert sorted(round(p.get_height(), 2) for p in bars) == [0.26, 0.48, 0.79, 0.85, 0.85, 1.5]  # مليار دولار
    fills = {round(p.get_height(), 2): p for p in bars}
    assert fills[1.5].get_fill() is False or fills[1.5].get_facecolor()[3] == 0  # the target: an outline
    assert fills[1.5].get_linestyle() == "--" and fills[0.48].get_hatch() == "//"  # partial: hatched
    assert fills[0.79].get_edgecolor() == fills[0.26].get_edgecolor()  # one outlet, one colour
    assert fills[0.48].get_edgecolor() != fills[0.79].get_edgecolor()
    legend = [logical_of(t.get_text()) or t.get_text() for t in ax.get_legend().get_texts()]
    assert {"وكالة الشرق", "صحيفة النيل", "فعلي", "مستهدف"} <= set(legend)
    ticks = [logical_of(t.get_text()) or t.get_text() for t in ax.get_xticklabels()]
    assert ticks == ["2022", "2023", "يناير–يونيو 2024", "2026"]
    plt.close(ax.figure)
    ax = plots.corpus_values_chart(small.figures, by="article", max_series=2)
    legend = [logical_of(t.get_text()) or t.get_text() for t in ax.get_legend().get_texts()]
    assert "jordan_egypt_visit" in legend and "أخرى" in legend  # the third article shares the grey
    plt.close(ax.figure)
    with pytest.raises(plots.NoDataError, match="الصادرات"):
        plots.corpus_values_chart(small.figures, metric_key="exports", on_empty="raise")
