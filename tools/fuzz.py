"""A long fuzz run of the reader, outside CI: hypothesis with many examples, for a time budget.

    .venv/bin/python tools/fuzz.py --minutes 30 [--out fuzz-findings.json]

It runs, in turn, until the time is up, batches of each target with fresh random seeds:

* ``read_str``: ``read_article`` on any string (tests/test_properties.py's hostile strings, up to
  400 pieces): an Article whose segments tile its text and whose sentences index it, or an
  ``InputError``;
* ``read_bytes``: ``read_article`` on bytes: such strings encoded in UTF-8, UTF-16 (with and
  without a byte-order mark), Windows-1256, wrapped in a web page or not, then with bytes
  inserted, removed or changed; and random bytes;
* ``numbers_dates``: ``find_numbers`` and ``find_dates``: every row's span holds its text;
* ``extract``: ``extract`` keeps its spans, segments tile the text, and a second run is equal;
* ``display``: the tables and the summary of that extraction, parsed as a browser parses
  them, hold no element or attribute but those the display helpers write;
* ``page_kinds``: a saved page of hostile paragraphs between headings keeps each heading's kind;
* ``dense_numbers_dates``, ``dense_extract``: the same properties on numbers and dates packed
  together (digit runs of up to 25 digits, now and then 420, in three scripts, date separators, month, Hijri, scale
  and currency words).

Each failure is shrunk by hypothesis to a minimal input; the input, the exception and its
traceback are written to ``--out`` (JSON) and counted. The exit code is 1 when anything failed.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import html5lib  # noqa: E402
from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import analysis  # noqa: E402
from analysis import display  # noqa: E402
from test_properties import (  # noqa: E402
    _VOCAB,
    _spans_hold,
    _tiles,
    hostile_page,
    hostile_text,
    numbers_and_dates_hold,
    test_a_page_keeps_the_kind_of_each_line_whatever_its_paragraphs_hold as _page_kinds,
)

COUNT: Counter[str] = Counter()

# what the display helpers write (rtl_table's Styler, summary, message, link)
ALLOWED_TAGS = {"style", "table", "thead", "tbody", "tr", "th", "td", "caption", "bdi", "div", "a", "code",
                "ul", "li"}
ALLOWED_ATTRS = {"id", "class", "dir", "lang", "style", "href", "rel", "type", "colspan", "rowspan"}


def _quiet():
    w = warnings.catch_warnings()
    w.__enter__()
    warnings.simplefilter("ignore")
    return w


# --------------------------------------------------------------------------- targets

def read_str(text):
    w = _quiet()
    try:
        art = analysis.read_article(text)
    except analysis.InputError:
        assert not text.replace("\r", "").strip() or "\x00" in text or "\n" not in text
        return
    finally:
        w.__exit__(None, None, None)
    _tiles(art)


@st.composite
def article_bytes(draw):
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2000))
    text = draw(hostile_text(max_pieces=120))
    if draw(st.booleans()):
        text = f"<!DOCTYPE html><html><head><meta charset=\"{draw(st.sampled_from(['utf-8', 'windows-1256', 'iso-8859-6', 'utf-16', 'x']))}\"><title>{text[:40]}</title></head><body><article><h1>{text[:30]}</h1><p>{text}</p><p>{text[::-1]}</p></article></body></html>"
    enc = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"]))
    raw = bytearray(text.encode(enc, errors="replace"))
    for _ in range(draw(st.integers(0, 4))):
        if not raw:
            break
        i = draw(st.integers(0, len(raw) - 1))
        op = draw(st.sampled_from(["insert", "delete", "replace"]))
        b = draw(st.integers(0, 255))
        if op == "insert":
            raw.insert(i, b)
        elif op == "delete":
            del raw[i]
        else:
            raw[i] = b
    return bytes(raw)


def read_bytes(raw):
    w = _quiet()
    try:
        art = analysis.read_article(raw)
    except analysis.InputError:
        return
    finally:
        w.__exit__(None, None, None)
    _tiles(art)


numbers_dates = numbers_and_dates_hold


def _extract_twice(text, published):
    w = _quiet()
    try:
        return analysis.extract(text, published=published), analysis.extract(text, published=published)
    finally:
        w.__exit__(None, None, None)


def extract(text, published):
    text = "خبر\n" + text
    try:
        first, again = _extract_twice(text, published)
    except analysis.InputError:
        assert "\x00" in text
        return
    t = first.article.text
    _tiles(first.article)
    for name in ("segments", "figures", "dates"):
        _spans_hold(t, first.tables()[name])
    for s, e, x in zip(first.entities["start"], first.entities["end"], first.entities["text"]):
        assert t[s:e] == x or x == "ا" + t[s:e], x
    for row in first.events.itertuples():
        assert 0 <= row.start <= row.end <= len(t)
    for name, df in first.tables().items():
        assert df.equals(again.tables()[name]), name


def _markup_ok(markup):
    tree = html5lib.parseFragment(markup, treebuilder="etree", namespaceHTMLElements=False)
    for root in tree:
        if not isinstance(root.tag, str):
            continue
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            tag = el.tag.rsplit("}", 1)[-1]
            assert tag in ALLOWED_TAGS, (tag, el.attrib)
            assert set(el.attrib) <= ALLOWED_ATTRS, (tag, el.attrib)
            if tag == "a":
                assert display.web_url(el.attrib.get("href")) == el.attrib.get("href")


def display_html(text, url_tail):
    text = "خبر\n" + text + "\nالمصدر: https://example.org/" + url_tail.replace(" ", "").replace("\n", "")
    try:
        ex, _ = _extract_twice(text, "2024-11-27")
    except analysis.InputError:
        return
    _markup_ok(display.summary(ex)._repr_html_())
    for name in ("segments", "figures", "dates", "events"):
        df = ex.tables()[name]
        cols = [c for c in ("text", "label", "sentence", "actors", "places") if c in df.columns]
        _markup_ok(display.rtl_table(df, cols).to_html() if len(df) else display.rtl_table(df)._repr_html_())
    _markup_ok(display.rtl_table(display.entity_counts(ex.entities)).to_html() if len(ex.entities)
               else display.message("-")._repr_html_())


# Numbers and dates packed together: long digit runs in three scripts, separators that make dates
# (31/02/2024, 2024-13-45), the library's month, scale and unit words, Hijri markers
_DIGIT_SETS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]
_DENSE_WORDS = [w for w in _VOCAB if any(k in w for k in ("ون", "يار", "ألف", "آلاف", "مليون", "يناير", "فبراير",
                                                        "رمضان", "محرم", "شهر", "عام", "سنة", "دولار", "ريال",
                                                        "%", "هـ", "م"))] or _VOCAB


@st.composite
def dense_numbers(draw):
    parts = []
    for _ in range(draw(st.integers(1, 40))):
        kind = draw(st.integers(0, 5))
        if kind <= 1:
            digits = st.sampled_from(draw(st.sampled_from(_DIGIT_SETS)))
            # now and then a run longer than a float holds (1 and 400 zeros)
            longest = draw(st.sampled_from([25, 25, 25, 25, 420]))
            parts.append(draw(st.text(digits, min_size=1, max_size=longest)))
        elif kind == 2:
            parts.append(draw(st.sampled_from(["/", "-", ".", ",", "٫", "٬", "،", ":", " ", " و", " إلى ", " - ",
                                               " بين ", "هـ", " م", "%", "\n"])))
        else:
            parts.append(" " + draw(st.sampled_from(_DENSE_WORDS)) + " ")
    return "".join(parts)


def _counted(name, fn):
    def target(args):
        COUNT[name] += 1
        return fn(*args)

    return target


TARGETS = {
    "read_str": (read_str, [hostile_text(max_pieces=400)]),
    "read_bytes": (read_bytes, [article_bytes()]),
    "numbers_dates": (numbers_dates, [hostile_text(max_pieces=200),
                                      st.sampled_from([None, "2024-11-27", "2000-02-29", "1999-12-31", "2100-01-01"])]),
    "extract": (extract, [hostile_text(max_pieces=200), st.sampled_from([None, "2024-11-27", "2039-12-31",
                                                                        "1900-01-01"])]),
    "display": (display_html, [hostile_text(max_pieces=120), hostile_text(max_pieces=8)]),
    # the test's own function, without its bounded @given
    "page_kinds": (_page_kinds.hypothesis.inner_test, [hostile_page()]),
    "dense_numbers_dates": (numbers_dates, [dense_numbers(), st.sampled_from([None, "2024-11-27", "1446-01-01"])]),
    "dense_extract": (extract, [dense_numbers(), st.sampled_from([None, "2024-11-27", "1446-01-01"])]),
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=30)
    ap.add_argument("--batch", type=int, default=300, help="examples per target per round")
    ap.add_argument("--targets", default=",".join(TARGETS))
    ap.add_argument("--out", default="fuzz-findings.json")
    args = ap.parse_args(argv)
    names = args.targets.split(",")
    stop = time.monotonic() + args.minutes * 60
    findings: dict[str, dict] = {}
    rounds = 0
    t0 = time.monotonic()
    while time.monotonic() < stop:
        rounds += 1
        for name in names:
            if time.monotonic() >= stop:
                break
            fn, strategies = TARGETS[name]

            test = given(st.tuples(*strategies))(_counted(name, fn))
            test = settings(max_examples=args.batch, deadline=None, database=None, print_blob=True,
                            suppress_health_check=list(HealthCheck))(test)
            test = seed(rounds * 1000 + names.index(name))(test)
            before = COUNT[name]
            try:
                test()
            except Exception as exc:  # noqa: BLE001  (a finding: kept, and the run goes on)
                if COUNT[name] == before:  # the tool's own error, not the library's
                    raise
                tb = "".join(traceback.format_exception(exc))
                where = traceback.extract_tb(exc.__traceback__)[-1]
                key = f"{name}:{type(exc).__name__}:{Path(where.filename).name}:{where.lineno}"
                notes = "\n".join(getattr(exc, "__notes__", []))
                if key not in findings:
                    findings[key] = {"target": name, "exception": f"{type(exc).__name__}: {exc}"[:2000],
                                     "example": notes, "traceback": tb[-6000:], "round": rounds}
                    print(f"[{time.monotonic() - t0:7.0f} s] finding {key}\n{notes}", flush=True)
        print(f"[{time.monotonic() - t0:7.0f} s] round {rounds}: " +
              ", ".join(f"{k} {v}" for k, v in COUNT.items()), flush=True)
    took = time.monotonic() - t0
    summary = {"seconds": round(took), "rounds": rounds, "inputs": dict(COUNT), "total_inputs": sum(COUNT.values()),
               "findings": list(findings.values())}
    Path(args.out).write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{sum(COUNT.values())} inputs in {took / 60:.1f} min ({dict(COUNT)}); {len(findings)} findings -> {args.out}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
