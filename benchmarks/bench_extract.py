"""How fast is extract()? Median milliseconds per article over repeated runs.

    .venv/bin/python benchmarks/bench_extract.py [ARTICLE_OR_FOLDER ...] [--repeat N]

With no argument it times the seed article. A folder is timed article by article (``*.txt``),
and the corpus total is printed too. The first call (imports, compiled patterns) is timed apart:
it is paid once per process, not per article.

With ``--long`` it joins the articles into one text and times that text at 1, 2, 4 and 8
copies: the milliseconds per 1,000 characters should stay flat as the text grows (a long report,
a page of many stories); a column that climbs is a step whose cost grows faster than the text.

Shared virtual machines change speed while you measure (this project's 2-core VM alternates
between two speeds, about 1.8x apart, every second or so). So the same fixed pure-Python
workload is timed too, interleaved with the runs: compare ``extract()`` with it, not with a
number from another day.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "seeds" / "000_502adc14d8395391.txt")])
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--long", action="store_true", help="time the articles joined into one text, at 1-8 copies")
    args = ap.parse_args()

    t0 = time.perf_counter()
    import analysis
    first_text = "عنوان\nبلغ حجم التبادل التجاري 5 مليارات دولار في عام 2023."
    analysis.extract(first_text, published="2024-01-01")
    print(f"import + first call: {1000 * (time.perf_counter() - t0):.0f} ms (once per process)")

    files: list[Path] = []
    for p in map(Path, args.paths):
        files += sorted(p.glob("*.txt")) if p.is_dir() else [p]
    texts = [(f, f.read_text(encoding="utf-8")) for f in files]
    if args.long:
        _long(analysis, [text for _, text in texts], max(1, args.repeat // 10))
        return
    total = 0.0
    ref_runs: list[float] = []
    for f, text in texts:
        runs = []
        for _ in range(args.repeat):
            runs.append(_timed_extract(analysis, text))
            t = time.perf_counter()
            _reference_workload()
            ref_runs.append(time.perf_counter() - t)
        med = statistics.median(runs)
        total += med
        print(f"{1000 * med:8.2f} ms median  {1000 * min(runs):8.2f} ms min  {len(text):7,d} chars  {f.name}")
    if len(texts) > 1:
        print(f"corpus: {len(texts)} articles in {total:.3f} s ({1000 * total / len(texts):.1f} ms an article)")
    print(f"machine: the reference workload took {1000 * statistics.median(ref_runs):.2f} ms median, "
          f"{1000 * min(ref_runs):.2f} ms min (a steady machine gives median/min near 1; "
          f"here {statistics.median(ref_runs) / min(ref_runs):.2f})")


def _long(analysis, texts: list[str], repeat: int) -> None:
    body = "\n".join(texts)
    for copies in (1, 2, 4, 8):
        text = "عنوان\n" + "\n".join([body] * copies)
        med = statistics.median(_timed_extract(analysis, text) for _ in range(repeat))
        print(f"{len(text):9,d} chars {1000 * med:9.1f} ms median {1e6 * med / len(text):7.2f} ms per 1,000 chars")


def _timed_extract(analysis, text: str) -> float:
    """Seconds one ``extract()`` of ``text`` takes (warnings silenced: they are not timed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = time.perf_counter()
        analysis.extract(text, published="2024-11-27")
        return time.perf_counter() - t


def _reference_workload() -> int:
    """A fixed pure-Python loop (about 5 ms on this project's VM at full speed)."""
    s = 0
    for i in range(100_000):
        s += i * i
    return s


if __name__ == "__main__":
    main()
