"""How fast is the corpus mode? One run reports:

* ``import analysis`` (a fresh interpreter, median of 3);
* ``extract()`` median on the seed (as ``make bench``);
* articles per second with 1 worker (over ``--single`` articles) and N workers (over all), the
  articles being FOLDER's repeated to ``--articles`` files in a folder under /tmp (never in the
  repository), each run in a fresh process whose resident memory is sampled as it goes: peak,
  and at each quarter of the run (flat: no growth with the articles read);
* dateparser's ``search_dates(text, languages=["ar"])`` on the same texts, dates only, against
  ``extract()`` (everything) on the same texts in the same process, article by article.

    .venv/bin/python benchmarks/bench_corpus.py FOLDER [--articles 10000] [--workers N] [--single 600]
    make bench-corpus CORPUS=FOLDER ARTICLES=10000

The machine's load (``os.getloadavg``) is printed before and after: on a shared machine the
figures mean little without it.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def repeat_folder(src: Path, dest: Path, n: int) -> Path:
    """``dest`` filled with ``n`` articles: the ``.txt``/``.html`` of ``src`` over and over (hard
    links where the file system allows), with a manifest giving each copy its original's entry."""
    from analysis.corpus import find_articles, read_manifest

    articles = [(name, path) for name, path in find_articles(src) if path.is_file()]
    if not articles:
        raise SystemExit(f"no article in {src}")
    manifest_path = src / "manifest.json"
    manifest = read_manifest(manifest_path) if manifest_path.is_file() else {}
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    out_manifest = {}
    for i in range(n):
        name, path = articles[i % len(articles)]
        copy = dest / f"r{i // len(articles):03d}_{Path(name).name}"
        try:
            os.link(path, copy)
        except OSError:
            shutil.copyfile(path, copy)
        entry = manifest.get(Path(name).stem) or manifest.get(name)
        if entry:
            out_manifest[copy.stem] = {"published": entry["published"].isoformat() if entry["published"] else None,
                                       "outlet": entry["outlet"]}
    if out_manifest:
        (dest / "manifest.json").write_text(json.dumps(out_manifest, ensure_ascii=False), encoding="utf-8")
    return dest


def _run_one(folder: str, out: str, workers: int, engine: str) -> None:
    """In a fresh process: one corpus run, its wall time and the parent's memory over it (JSON on stdout)."""
    samples: list[tuple[float, float]] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            samples.append((time.monotonic(), _rss_mb()))
            done.wait(0.2)

    import analysis

    manifest = Path(folder) / "manifest.json"
    thread = threading.Thread(target=sample, daemon=True)
    import resource

    rss_before = _rss_mb()
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    thread.start()
    t0 = time.monotonic()
    c = analysis.extract_corpus(folder, published=manifest if manifest.exists() else None, workers=workers,
                                engine=engine, out=out, progress=False, force=True)
    seconds = time.monotonic() - t0
    done.set()
    thread.join()
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    parent_cpu = (cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime)
    quarter = [max((r for t, r in samples if t <= t0 + seconds * q / 4), default=rss_before) for q in (1, 2, 3, 4)]
    print(json.dumps({"articles": c.meta["articles"], "errors": c.meta["errors"], "seconds": seconds,
                      "parent_cpu_s": parent_cpu, "rss_before_mb": rss_before, "rss_peak_mb": max(r for _, r in samples),
                      "rss_by_quarter_mb": quarter}))


def _corpus_run(folder: Path, out: Path, workers: int, engine: str = "local") -> dict:
    proc = subprocess.run([sys.executable, __file__, "--_run", str(folder), str(out), str(workers), engine],
                          capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _import_time() -> float:
    code = "import time; t = time.perf_counter(); import analysis; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(3)]
    return statistics.median(runs)


def _dateparser_ratio(texts: list[str], published: str) -> dict:
    """Per article, in one process, alternating: dateparser's date search, then extract()."""
    import analysis

    try:
        from dateparser.search import search_dates
    except ImportError:
        return {"error": "dateparser is not installed (pip install dateparser, or the dev extra)"}
    out: dict = {"texts": len(texts)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates(texts[0], languages=["ar"])  # its first call loads its language data
        analysis.extract(texts[0], published=published)
        # first sight: each text new to both; then again, as a corpus run meets words it has seen
        # (the entity reader keeps what it learnt of each word, dateparser its own caches)
        for rnd in ("first", "again"):
            dp, ours = [], []
            for text in texts:
                t = time.perf_counter()
                search_dates(text, languages=["ar"])
                dp.append(time.perf_counter() - t)
                t = time.perf_counter()
                analysis.extract(text, published=published)
                ours.append(time.perf_counter() - t)
            out[rnd] = {"dateparser_ms_median": 1000 * statistics.median(dp),
                        "extract_ms_median": 1000 * statistics.median(ours),
                        "dateparser_ms_mean": 1000 * statistics.fmean(dp), "extract_ms_mean": 1000 * statistics.fmean(ours),
                        "ratio_of_medians": statistics.median(dp) / statistics.median(ours),
                        "ratio_of_totals": sum(dp) / sum(ours)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "articles" / "corpus"))
    ap.add_argument("--articles", type=int, default=10_000, help="articles of the N-worker run (repeated)")
    ap.add_argument("--single", type=int, default=600, help="articles of the 1-worker run")
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--dateparser", type=int, default=200, help="texts timed against dateparser")
    ap.add_argument("--engine", choices=("local", "dask"), default="local")
    ap.add_argument("--tmp", default="/tmp/analysis-bench-corpus", help="where the repeated folders go")
    ap.add_argument("--json", help="write the figures to this file too")
    args = ap.parse_args()

    tmp = Path(args.tmp)
    if ROOT in [tmp.resolve(), *tmp.resolve().parents]:
        raise SystemExit("--tmp must be outside the repository")
    figures: dict = {"nproc": len(os.sched_getaffinity(0)), "load_before": os.getloadavg()}
    print(f"machine: {figures['nproc']} cores; load average {figures['load_before'][0]:.2f} "
          f"{figures['load_before'][1]:.2f} {figures['load_before'][2]:.2f}", flush=True)

    figures["import_s"] = _import_time()
    print(f"import analysis: {1000 * figures['import_s']:.0f} ms (fresh interpreter, median of 3)", flush=True)

    import analysis
    from bench_extract import _timed_extract

    seed = (ROOT / "seeds" / "000_502adc14d8395391.txt").read_text(encoding="utf-8")
    _timed_extract(analysis, seed)
    figures["seed_extract_ms"] = 1000 * statistics.median(_timed_extract(analysis, seed) for _ in range(30))
    print(f"extract() on the seed: {figures['seed_extract_ms']:.2f} ms median of 30", flush=True)

    src = Path(args.folder)
    single = repeat_folder(src, tmp / "single", args.single)
    many = repeat_folder(src, tmp / "many", args.articles)
    for label, folder, workers in (("1 worker", single, 1), (f"{args.workers} workers", many, args.workers)):
        r = _corpus_run(folder, tmp / f"out-{workers}", workers, args.engine)
        figures[f"workers_{workers}"] = r
        q = " ".join(f"{m:.0f}" for m in r["rss_by_quarter_mb"])
        print(f"{label:>10}: {r['articles']:,} articles in {r['seconds']:.1f} s = {r['articles'] / r['seconds']:.1f} "
              f"articles/s ({r['errors']} errors); parent CPU {r['parent_cpu_s']:.1f} s; parent RSS peak {r['rss_peak_mb']:.0f} MB "
              f"(by quarter of the run: {q} MB)", flush=True)

    from analysis.corpus import find_articles

    sample = [p for _, p in find_articles(src) if p.is_file()][: args.dateparser]
    texts = [analysis.read_article(p).text for p in sample]
    dp = _dateparser_ratio(texts, "2024-11-27")
    figures["dateparser"] = dp
    if "error" in dp:
        print(f"dateparser: {dp['error']}")
    else:
        for rnd, what in (("first", "first sight"), ("again", "seen before")):
            d = dp[rnd]
            print(f"dateparser search_dates (dates only) vs extract() (all five tables), {dp['texts']} of the same "
                  f"texts, {what}: {d['dateparser_ms_median']:.1f} vs {d['extract_ms_median']:.1f} ms median, "
                  f"extract() {d['ratio_of_medians']:.1f}x faster ({d['ratio_of_totals']:.1f}x in total)")
        big = figures[f"workers_{args.workers}"]
        per_article = 1000 * big["seconds"] / big["articles"]
        print(f"the {args.workers}-worker corpus run: {per_article:.1f} ms an article (wall), "
              f"{dp['first']['dateparser_ms_mean'] / per_article:.1f}x faster than dateparser's mean "
              f"{dp['first']['dateparser_ms_mean']:.1f} ms an article in one process")
    figures["load_after"] = os.getloadavg()
    print(f"load average after: {figures['load_after'][0]:.2f} {figures['load_after'][1]:.2f} "
          f"{figures['load_after'][2]:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--_run":
        _run_one(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    else:
        main()
