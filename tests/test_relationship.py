"""A relationship across articles: figures merged into series, events into one timeline.

Three outlets of our own (tests/articles/relations) report the same visit of a Kuwaiti minister
to Brazil and the same trade figures, rounded differently (2.8 and 2.79 bn) and once in conflict
(2.4 bn); a fourth article, months later, gives the full year that supersedes the first half.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis import ParameterError, relationship
from analysis.relationship import (PAIR_COLUMNS, SERIES_COLUMNS, TIMELINE_COLUMNS, figure_series, merge_events,
                                   pairs, relationship_timeline, series_values)

FOLDER = Path(__file__).parent / "articles" / "relations"


@pytest.fixture(scope="module")
def corpus():
    """The combined figures and events of the four articles, as the corpus command writes them."""
    manifest = json.loads((FOLDER / "manifest.json").read_text(encoding="utf-8"))
    figures, events = [], []
    for path in sorted(FOLDER.glob("*.txt")):
        meta = manifest[path.stem]
        ex = analysis.extract(analysis.read_article(path), published=meta["published"])
        extra = dict(article=path.name, outlet=meta["outlet"], reference_date=pd.Timestamp(meta["published"]))
        figures.append(ex.figures.assign(**extra))
        events.append(ex.events.assign(**extra))
    return pd.concat(figures, ignore_index=True), pd.concat(events, ignore_index=True)


def _row(rows, **where):
    sel = rows
    for k, v in where.items():
        sel = sel[sel[k] == v]
    assert len(sel) == 1, sel
    return sel.iloc[0]


def test_trade_series_merges_rounding_and_keeps_the_conflict_apart(corpus):
    figures, _ = corpus
    s = figure_series(figures, "KW", "BR")
    rows = s.rows
    assert rows.columns.tolist()[:len(SERIES_COLUMNS)] == SERIES_COLUMNS
    trade = rows[rows["metric_key"] == "trade_volume"]
    # 2023 actual (two rows, in conflict), first half of 2024, full 2024, the 2030 target
    assert len(trade) == 5
    y2023 = trade[(trade["period_start"] == "2023-01-01") & (trade["status"] == "actual")]
    assert sorted(zip(y2023["values"].map(sorted), y2023["sources"])) == [([2.4e9], 1), ([2.79e9, 2.8e9], 2)]
    assert y2023["conflict"].tolist() == [True, True]
    agreed = _row(y2023, sources=2)
    assert agreed["articles"] == ["outlet_b_visit.txt", "outlet_a_visit.txt"]   # in the order published
    assert agreed["outlets"] == ["وكالة ب", "صحيفة أ"]
    assert _row(y2023, sources=1)["articles"] == ["outlet_c_visit.txt"]
    target = _row(trade, status="target")
    assert (target["value"], target["sources"], target["conflict"]) == (5e9, 2, False)


def test_a_partial_year_is_linked_to_the_full_year_not_added(corpus):
    figures, _ = corpus
    trade = figure_series(figures, "الكويت", "البرازيل", metric_key="trade_volume").rows
    half = _row(trade, status="partial")
    full = _row(trade, status="actual", period_start=pd.Timestamp("2024-01-01"))
    assert (half["value"], half["sources"], half["period_end"]) == (1.1e9, 2, pd.Timestamp("2024-06-30"))
    assert half["superseded_by"] == full["series_id"]
    assert (full["value"], full["sources"]) == (2.5e9, 1)
    assert pd.isna(full["superseded_by"])


def test_exports_keep_their_direction_and_merge_an_approximate_restatement(corpus):
    figures, _ = corpus
    exports = figure_series(figures, "BR", "KW", metric_key="exports").rows
    row = _row(exports, metric_key="exports")
    assert (row["from_code"], row["to_code"], row["value"], row["sources"]) == ("KW", "BR", 9e8, 2)
    assert row["conflict"] is False or not row["conflict"]


def test_the_visit_told_by_three_outlets_is_one_event_with_three_sources(corpus):
    _, events = corpus
    merged = merge_events(events)
    assert merged.columns.tolist() == TIMELINE_COLUMNS
    visits = merged[merged["type"] == "visit"]
    assert len(visits) == 1
    visit = visits.iloc[0]
    assert visit["sources"] == 3 and visit["dates_agree"]
    assert sorted(visit["articles"]) == ["outlet_a_visit.txt", "outlet_b_visit.txt", "outlet_c_visit.txt"]
    assert (visit["date_start"], visit["cameo"]) == (pd.Timestamp("2024-09-17"), "042")
    assert set(visit["countries"]) == {"KW", "BR"} and visit["actors"][0] == "فهد الراشد"
    assert visit["label"] == "زيارة الراشد إلى البرازيل"
    agreements = merged[merged["type"] == "agreement"]
    assert len(agreements) == 1 and agreements.iloc[0]["sources"] == 2


def test_the_relationship_timeline_and_the_busiest_pair(corpus):
    figures, events = corpus
    merged = merge_events(events)
    tl = relationship_timeline(merged, "BR", "KW")
    assert tl["type"].tolist() == ["visit", "agreement"]   # a figure's event is in the series, not here
    assert tl["chart_label"].tolist() == ["زيارة الراشد إلى البرازيل (3 مصادر)",
                                          "توقيع مذكرة تفاهم للتعاون في مجال (مصدران)"]
    top = pairs(merged, figures)
    assert top.columns.tolist() == PAIR_COLUMNS
    assert top.iloc[0][["country_a", "country_b", "events", "reported_by_several", "articles"]].tolist() == \
        ["BR", "KW", 2, 2, 4]


def test_series_values_draw_one_bar_per_row_with_its_sources(corpus):
    figures, _ = corpus
    s = figure_series(figures, "KW", "BR")
    tv = series_values(s.rows, "trade_volume", left_out=s.left_out)
    assert tv.unit == "USD"
    assert tv.bars[["value", "sources", "conflict"]].values.tolist() == [
        [2.4e9, 1, True], [2.79e9, 2, True], [1.1e9, 2, False], [2.5e9, 1, False], [5e9, 2, False]]
    assert tv.left_out["reason"].tolist() == ["no_period"]   # «يتجاوز 2.5 مليار دولار» in a title


# --------------------------------------------------------------------------- the rules, on tables


def _fig(article, value, *, parties=("SA", "FR"), period=("2023-01-01", "2023-12-31"), status="actual",
         metric="trade_volume", unit="USD", qualifier="exact", src=None, dst=None, fid=1):
    return dict(article=article, figure_id=fid, text=f"{value / 1e9:g} مليار", kind="money", value=value,
                value_low=np.nan, value_high=np.nan, qualifier=qualifier, unit=unit, metric_key=metric,
                period_start=period[0], period_end=period[1], status=status, is_record=False,
                parties=list(parties), from_code=src, to_code=dst)


def test_rounding_merges_and_a_different_amount_conflicts():
    figs = pd.DataFrame([_fig("a", 28e9), _fig("b", 27.9e9), _fig("c", 24e9), _fig("d", 28.1e9)])
    rows = figure_series(figs).rows
    assert sorted(zip(rows["sources"], rows["conflict"])) == [(1, True), (3, True)]
    big = _row(rows, sources=3)
    assert big["value"] == 28e9 or big["value"] in (27.9e9, 28.1e9)
    assert sorted(big["articles"]) == ["a", "b", "d"]


def test_an_approximate_amount_agrees_within_its_looser_margin():
    figs = pd.DataFrame([_fig("a", 30e9, qualifier="approx"), _fig("b", 28e9)])
    assert figure_series(figs).rows["sources"].tolist() == [2]


def test_different_currencies_and_statuses_are_different_rows_without_conflict():
    figs = pd.DataFrame([_fig("a", 28e9), _fig("b", 100e9, unit="SAR"), _fig("c", 40e9, status="target")])
    rows = figure_series(figs).rows
    assert len(rows) == 3 and not rows["conflict"].any()


def test_figures_of_one_party_or_another_pair_stay_out():
    figs = pd.DataFrame([_fig("a", 28e9), _fig("b", 5e9, parties=("SA",)), _fig("c", 7e9, parties=("EG", "FR"))])
    assert figure_series(figs, "SA", "FR").rows["articles"].tolist() == [["a"]]
    assert sorted(figure_series(figs).rows["pair"]) == ["EG-FR", "FR-SA"]
    assert sorted(figure_series(figs, "FR").rows["pair"]) == ["EG-FR", "FR-SA"]


def test_one_known_end_of_a_flow_gives_the_other():
    figs = pd.DataFrame([_fig("a", 9e8, metric="exports", src="SA", dst="FR"),
                         _fig("b", 9e8, metric="exports", src=None, dst="FR"),
                         _fig("c", 4e8, metric="exports", src="FR", dst="SA")])
    rows = figure_series(figs).rows
    assert sorted(zip(rows["from_code"], rows["to_code"], rows["sources"])) == [("FR", "SA", 1), ("SA", "FR", 2)]
    assert not rows["conflict"].any()   # two directions: two series


def test_tables_read_back_from_csv_or_parquet_give_the_same_rows():
    figs = pd.DataFrame([_fig("a", 28e9), _fig("b", 27.9e9)])
    as_csv = figs.assign(parties=[json.dumps(p) for p in figs["parties"]])
    as_parquet = figs.assign(parties=[np.array(p, dtype=object) for p in figs["parties"]])
    expected = figure_series(figs).rows[["pair", "sources"]].values.tolist()
    assert figure_series(as_csv).rows[["pair", "sources"]].values.tolist() == expected == [["FR-SA", 2]]
    assert figure_series(as_parquet).rows[["pair", "sources"]].values.tolist() == expected


def test_no_figures_no_rows():
    assert figure_series(None).empty
    assert figure_series(pd.DataFrame(columns=["metric_key", "parties"])).rows.columns.tolist() == SERIES_COLUMNS
    with pytest.raises(ParameterError, match="no country"):
        figure_series(pd.DataFrame(), "أوروبا")


def _ev(article, date, *, typ="visit", actors=(), countries=(), label="زيارة", end=None, eid=1):
    return dict(article=article, event_id=eid, type=typ, date_start=date, date_end=end or date, actors=list(actors),
                places=[], orgs=[], countries=list(countries), label=label, cameo="042", is_future=False)


def test_events_merge_on_people_spelled_alike_a_day_apart():
    ev = pd.DataFrame([_ev("a", "2024-05-02", actors=["فلاديمير بوتين"]),
                       _ev("b", "2024-05-03", actors=["بوتن"]),
                       _ev("c", "2024-05-06", actors=["بوتين"])])
    merged = merge_events(ev)
    assert merged["sources"].tolist() == [2, 1]
    assert merged.iloc[0]["dates_agree"] is False or not merged.iloc[0]["dates_agree"]


def test_events_merge_on_countries_but_not_across_types_or_within_one_article():
    ev = pd.DataFrame([_ev("a", "2024-05-02", countries=["SA", "FR"]),
                       _ev("b", "2024-05-02", countries=["FR", "SA"]),
                       _ev("b", "2024-05-02", countries=["SA", "FR"], eid=2, label="زيارة ثانية"),
                       _ev("c", "2024-05-02", countries=["SA", "FR"], typ="agreement", label="توقيع"),
                       _ev("d", "2024-05-02", countries=["SA"], label="زيارة أخرى")])
    merged = merge_events(ev)
    assert sorted(zip(merged["type"], merged["sources"])) == [("agreement", 1), ("visit", 1), ("visit", 1),
                                                               ("visit", 2)]


def test_undated_events_are_left_out_and_an_empty_table_has_the_columns():
    ev = pd.DataFrame([_ev("a", None)])
    assert len(merge_events(ev)) == 0
    assert merge_events(None).columns.tolist() == TIMELINE_COLUMNS


def test_country_names_and_codes():
    assert relationship.resolve_country("ma") == "MA"
    assert relationship.country_name("KW") == "الكويت"
    with pytest.raises(ParameterError):
        relationship.resolve_country(12)


# --------------------------------------------------------------------------- the chart and the notebook

ROOT = Path(__file__).resolve().parent.parent


def test_series_chart_writes_the_sources_above_each_value_and_outlines_the_conflict(corpus):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.rtl import logical_of

    figures, _ = corpus
    s = figure_series(figures, "KW", "BR")
    ax = relationship.series_chart(s.rows, metric_key="trade_volume", left_out=s.left_out)
    texts = [logical_of(t.get_text()) for t in ax.texts]
    assert texts.count("مصدران") == 3 and texts.count("مصدر واحد") == 2
    heights = sorted(round(p.get_height(), 2) for p in ax.patches if p.get_height() > 0)
    assert heights == [1.1, 2.4, 2.5, 2.79, 5.0]
    orange = [round(p.get_height(), 2) for p in ax.patches if p.get_height() > 0 and p.get_linewidth() > 2.5]
    assert sorted(orange) == [2.4, 2.79]   # the two amounts of 2023, in conflict
    plt.close(ax.figure)


def _html(path) -> str:
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return "".join(o.get("data", {}).get("text/html", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.get("outputs", []))


@pytest.mark.slow
def test_relationship_notebook_on_a_folder_of_articles(tmp_path):
    """05_relationship with its defaults (our four articles and their manifest), run by papermill
    from outside the repository: it picks the pair itself, and saves both charts and the tables."""
    from analysis.report import NotebookError, run_notebook

    executed = tmp_path / "executed.ipynb"
    run_notebook(ROOT / "notebooks" / "05_relationship.ipynb", executed, {"out_dir": str(tmp_path / "out")},
                 cwd=tmp_path)
    run = tmp_path / "out" / "relations_relationship"
    for stem in ("relationship_series", "relationship_timeline"):
        assert all((run / f"{stem}.{ext}").is_file() for ext in ("png", "svg", "pdf", "csv", "json"))
    rows = pd.read_csv(run / "relationship_series.csv")
    assert len(rows) == 6 and rows["conflict"].sum() == 2          # five trade rows and the exports
    timeline = pd.read_csv(run / "relationship_timeline.csv")
    assert timeline["sources"].tolist() == [3, 2]
    html = _html(executed)
    assert "البرازيل والكويت" in html and "عدد المصادر" in html
    with pytest.raises(NotebookError) as err:
        run_notebook(ROOT / "notebooks" / "05_relationship.ipynb", tmp_path / "bad.ipynb",
                     {"out_dir": str(tmp_path / "out"), "country_a": "أوروبا"}, cwd=tmp_path)
    assert err.value.ename == "ParameterError" and "country_a" in err.value.evalue


@pytest.mark.slow
def test_relationship_notebook_on_a_corpus_output_folder_for_a_pair_with_no_figures(tmp_path):
    """On a corpus output folder, for two countries the articles name without a figure between
    them, the series chart says so and the notebook still ends."""
    from analysis import extract_corpus
    from analysis.report import run_notebook

    out = tmp_path / "corpus"
    extract_corpus(FOLDER, published=FOLDER / "manifest.json", out=out, progress=False)
    executed = tmp_path / "executed.ipynb"
    run_notebook(ROOT / "notebooks" / "05_relationship.ipynb", executed,
                 {"corpus": str(out), "published_from": None, "out_dir": str(tmp_path / "out"),
                  "country_a": "الكويت", "country_b": "مصر", "metric": "exports"}, cwd=tmp_path)
    html = _html(executed)
    assert "لا تذكر المقالات أرقاماً لـ«الصادرات» بين الكويت ومصر" in html
    assert not (tmp_path / "out" / "corpus_relationship" / "relationship_series.png").exists()
