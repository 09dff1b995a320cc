"""One schema per table: the same columns and dtypes, full or empty."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest

import analysis
from analysis import tables

SAMPLE = {
    "segments": dict(kind="body", start=0, end=3, text="نص\n"),
    "sentences": dict(segment_id=1, start=0, end=2, text="نص"),
    "numbers": dict(text="٢٨", start=0, end=2, value=28.0, value_low=None, value_high=None, kind="number"),
    "figures": dict(text="28 مليار دولار", start=0, end=14, sentence="بلغ 28 مليار دولار.", kind="money",
                    value=28e9, qualifier="exact", unit="USD", metric="حجم التبادل", metric_key="trade_volume",
                    period_text="عام 2023", period_start=dt.date(2023, 1, 1), period_end=dt.date(2023, 12, 31),
                    status="actual", is_record=True),
    "dates": dict(text="عام 2023", start=4, end=12, type="date", start_date=dt.date(2023, 1, 1),
                  end_date=dt.date(2023, 12, 31), granularity="year", anchor="absolute"),
    "events": dict(type="visit", date_start=dt.date(2024, 11, 27), date_end=dt.date(2024, 11, 28),
                   date_text="يومي 27 و28 نوفمبر", actors=["فلاديمير بوتن"], places=["كازاخستان"], orgs=[],
                   label="زيارة بوتن إلى كازاخستان", sentence="...", start=0, end=10, is_future=False),
    "entities": dict(text="فلاديمير بوتن", start=0, end=13, type="person", canonical="فلاديمير بوتن",
                     role="الرئيس الروسي", code=None, mentions=2, spellings=["فلاديمير بوتن", "بوتن"]),
}


@pytest.mark.parametrize("table", sorted(tables.SCHEMAS))
def test_full_and_empty_tables_share_columns_and_dtypes(table):
    full = tables.frame(table, [SAMPLE[table]])
    empty = tables.frame(table, [])
    assert list(full.columns) == list(empty.columns) == tables.columns(table)
    assert full.dtypes.astype(str).tolist() == empty.dtypes.astype(str).tolist()
    assert len(full) == 1 and len(empty) == 0


def test_ids_dates_and_missing_values():
    df = tables.frame("figures", [SAMPLE["figures"], dict(SAMPLE["figures"], value=None, period_start=None)])
    assert df["figure_id"].tolist() == [1, 2]
    assert df["period_start"].iloc[0] == pd.Timestamp("2023-01-01")
    assert pd.isna(df["period_start"].iloc[1]) and pd.isna(df["value"].iloc[1])


def test_unknown_category_value_is_refused():
    with pytest.raises(ValueError, match="not-a-type"):
        tables.frame("dates", [dict(SAMPLE["dates"], type="not-a-type")])


def test_extraction_tables_have_their_schemas():
    ex = analysis.extract("عنوان\nزار الوزير القاهرة في 3 مارس 2021 ووقع اتفاقية بقيمة 5 ملايين دولار.")
    for name, df in ex.tables().items():
        assert list(df.columns[: len(tables.columns(name))]) == tables.columns(name), name


def test_frames_built_without_the_block_api_are_the_same(monkeypatch):
    """pandas < 2.3 has no pandas.api.internals.create_dataframe_from_blocks: the DataFrame
    constructor then builds the same tables, dtypes and values alike."""
    ex = analysis.extract("زيارة\nزار الرئيس الروسي فلاديمير بوتن القاهرة أمس، وبلغ التبادل التجاري "
                          "5 مليارات دولار في عام 2023.", published="2024-11-27")
    rows = {name: df.to_dict("records") for name, df in ex.tables().items()}
    assert all(rows[name] for name in ("figures", "dates", "events", "entities"))
    fast = {name: tables.frame(name, r) for name, r in rows.items()}
    monkeypatch.setattr(tables, "_from_blocks", None)
    for name, r in rows.items():
        slow = tables.frame(name, r)
        pd.testing.assert_frame_equal(slow, fast[name])
        pd.testing.assert_frame_equal(slow, ex.tables()[name])


_RICH = ("قمة\nزار الرئيس الفرنسي إيمانويل ماكرون الرياض يوم الاثنين، ووقع البلدان اتفاقية بقيمة 3 مليارات "
         "يورو، وقال الوزير إن التبادل التجاري بلغ 12 مليار دولار في عام 2023 ويتوقع أن يرتفع خلال الأشهر "
         "الستة المقبلة.")


def _table_records(text: str, published: str | None) -> dict[str, tuple[list, dict | None]]:
    from analysis.article import read_article
    from analysis.extract import extract_records

    r = extract_records(text, published)
    segs = read_article(text).segments.to_dict("records")  # (mappings: the rows path, for contrast)
    return {"figures": (r.figures, r.more["figures"]), "dates": (r.dates, None),
            "events": (r.events, r.more["events"]), "entities": (r.entities, None), "segments": (segs, None)}


def test_blocks_made_directly_give_the_frames_pandas_makes(monkeypatch):
    """Where pandas has create_dataframe_from_blocks, ``frame`` makes the blocks and the block
    manager itself (``_BLOCKS``), without pandas' look-ups and checks of each block: the frames must
    be the ones pandas' public function makes of the same blocks, pickle for pickle, full and empty."""
    import pickle

    if tables._from_blocks is not None:
        assert tables._BLOCKS is not None, "the direct way was refused on this pandas: see _block_api"
    cases = {**{k: v for k, v in _table_records(_RICH, "2024-03-06").items()},
             **{f"{k} (no date)": v for k, v in _table_records(_RICH, None).items()}}
    assert all(recs for name, (recs, _) in cases.items()), [name for name, (recs, _) in cases.items() if not recs]
    for name, (recs, more) in list(cases.items()):
        cases[f"{name} (empty)"] = ([], {k: [] for k in more} if more else None)
    fast = {name: tables.frame(name.split()[0], recs, more=more) for name, (recs, more) in cases.items()}
    monkeypatch.setattr(tables, "_BLOCKS", None)
    for name, (recs, more) in cases.items():
        slow = tables.frame(name.split()[0], recs, more=more)
        pd.testing.assert_frame_equal(fast[name], slow)
        assert [type(b).__name__ for b in fast[name]._mgr.blocks] == [type(b).__name__ for b in slow._mgr.blocks]
        assert pickle.dumps(fast[name], protocol=5) == pickle.dumps(slow, protocol=5), name


def test_frames_of_one_table_stay_apart():
    """Frames of one table and size share their blocks' placements and a row index made once:
    changing one frame (its values, columns, index name) changes no other."""
    import pickle

    recs, more = _table_records(_RICH, "2024-03-06")["figures"]
    a = tables.frame("figures", recs, more=more)
    b = tables.frame("figures", recs, more=more)
    before = pickle.dumps(b, protocol=5)
    a.loc[0, "value"] = -1.0
    a["kind"] = a["kind"].cat.add_categories(["other"])
    a.insert(0, "new", 1)
    del a["text"]
    a.pop("period_start")
    a.index.name = "row"
    a.columns.name = "column"
    assert pickle.dumps(b, protocol=5) == before
    assert b.index.name is None and b.columns.name is None and b["value"].iloc[0] != -1.0
    c = tables.frame("figures", recs, more=more)
    assert pickle.dumps(c, protocol=5) == before


def test_categoricals_made_from_a_first_one_are_from_codes():
    """A categorical column is made from a first Categorical of its kind (``_CATEGORICAL``), not by
    ``from_codes`` each time: the same Categorical, pickle for pickle, for any codes; and each
    one its own (setting a value of one changes no other)."""
    import pickle

    import numpy as np

    for kind, dtype in tables._CATS.items():
        make = tables._CATEGORICAL[kind]
        if hasattr(pd.Categorical, "_from_backing_data"):
            assert make.__name__ == "_from_backing_data", kind
        k = len(dtype.categories)
        for codes in ([], [0], [k - 1, -1, 0, 0], list(range(-1, k)), [-1] * 5):
            ours = make(np.array(codes, dtype=np.int8))
            theirs = pd.Categorical.from_codes(np.array(codes, dtype=np.int8), dtype=dtype)
            assert pickle.dumps(ours, protocol=5) == pickle.dumps(theirs, protocol=5), (kind, codes)
        cats = list(dtype.categories)
        for values in ([], cats, [None, *cats[::-1], None], [cats[-1]] * 3):   # and from values, the long way
            ours = tables._category(values, kind)
            assert pickle.dumps(ours, protocol=5) == pickle.dumps(tables._series(values, kind), protocol=5)
            assert [None if pd.isna(v) else v for v in ours.tolist()] == values
        a, b = make(np.array([0, 0], dtype=np.int8)), make(np.array([0, 0], dtype=np.int8))
        a[0] = dtype.categories[k - 1]
        assert b.tolist() == [dtype.categories[0]] * 2 and make(np.array([0], dtype=np.int8))[0] == dtype.categories[0]


def test_an_unknown_category_value_in_a_record_is_refused():
    from analysis.dates import DateMention

    ok = DateMention(text="أمس", start=0, end=3, type="date", start_date=dt.date(2024, 1, 1),
                     end_date=dt.date(2024, 1, 1), granularity="day", anchor="relative", value=None)
    assert tables.frame("dates", [ok])["type"].tolist() == ["date"]
    with pytest.raises(ValueError, match="not-a-type"):
        tables.frame("dates", [ok, dataclasses.replace(ok, type="not-a-type")])
    with pytest.raises(TypeError):
        tables.frame("dates", [dataclasses.replace(ok, type=["date"])])
