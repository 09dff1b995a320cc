"""Is B faster than A? extract() of two revisions of the library, timed in turns.

    .venv/bin/python benchmarks/bench_pair.py A B [FOLDER] [--texts 100] [--rounds 5] [--fresh 4]

A and B are git revisions (``main``, ``HEAD~3``, a commit) or ``.`` for the working tree. Each is
unpacked under a name of its own (``git archive``), so that both load in one interpreter.

A shared virtual machine changes speed from one second to the next (this project's 2-core VM
runs other jobs, and its speed varies by 2x or more), so two runs minutes apart say little.
Here both versions read the same texts in turns, on CPU time, and what is reported is the
median of the ratios of A's time to B's for the same text in the same turn (above 1: B is
faster), with each one's median milliseconds:

* seen again: one process, both versions warm, each text read by A then B (then B then A in
  the next round), ``--rounds`` times: what a corpus run meets once its words are known;
* first seen: ``--fresh`` pairs of fresh processes, A and B in turns, each reading every text
  once after a one-line warm-up: the cost of words never met before;
* the seed article (seeds/), seen again.

FOLDER (default: the seed's folder) gives the ``.txt`` texts, ``--texts`` of them, spread evenly
over the sorted list; with a ``manifest.json`` beside them, each is read with its date.
"""
from __future__ import annotations

import argparse
import importlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_502adc14d8395391.txt"
WARM_UP = "عنوان\nبلغ حجم التبادل التجاري 5 مليارات دولار في عام 2023."


def unpack(rev: str, into: Path, name: str) -> Path:
    """The package of revision ``rev`` as ``into/name`` (a copy of the working tree's for ".")."""
    target = into / name
    if rev == ".":
        shutil.copytree(ROOT / "analysis", target, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "analysis"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
        (into / "analysis").rename(target)
    return target


def texts(folder: Path, n: int) -> list[tuple[str, str | None]]:
    files = sorted(folder.glob("*.txt"))
    if len(files) > n:
        step = len(files) / n
        files = [files[int(i * step)] for i in range(n)]
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    out = []
    for f in files:
        entry = manifest.get(f.stem, manifest.get(f.name))
        published = entry.get("published") if isinstance(entry, dict) else entry
        out.append((f.read_text(encoding="utf-8"), published))
    return out


def _cpu(fn, *args, **kw) -> float:
    t = time.process_time()
    fn(*args, **kw)
    return time.process_time() - t


def _load(into: Path, name: str):
    sys.path.insert(0, str(into))
    return importlib.import_module(name)


def seen_again(into: Path, folder: Path, n: int, rounds: int) -> None:
    mods = [_load(into, "analysis_a"), _load(into, "analysis_b")]
    tx = texts(folder, n)
    seed = SEED.read_text(encoding="utf-8")
    for m in mods:
        for text, published in tx:
            m.extract(text, published=published)
        m.extract(seed, published="2024-11-27")
    times: list[list[float]] = [[], []]
    seed_times: list[list[float]] = [[], []]
    for r in range(rounds):
        order = (0, 1) if r % 2 == 0 else (1, 0)
        for text, published in tx:
            for j in order:
                times[j].append(_cpu(mods[j].extract, text, published=published))
        for _ in range(5):
            for j in order:
                seed_times[j].append(_cpu(mods[j].extract, seed, published="2024-11-27"))
    _report(f"seen again ({len(tx)} texts x {rounds})", times, len(tx))
    _report("the seed, seen again", seed_times, 1)


def _report(what: str, times: list[list[float]], n: int) -> None:
    a, b = times
    per_a = [statistics.median(a[i::n]) for i in range(n)]
    per_b = [statistics.median(b[i::n]) for i in range(n)]
    ratio = statistics.median(x / y for x, y in zip(a, b) if y > 0)
    print(f"{what}: A {1000 * statistics.median(per_a):.2f} ms, B {1000 * statistics.median(per_b):.2f} ms median; "
          f"A/B paired {ratio:.3f}", flush=True)


def first_seen_child(into: Path, name: str, folder: Path, n: int) -> None:
    t = time.process_time()
    m = _load(into, name)
    imported = time.process_time() - t
    m.extract(WARM_UP, published="2024-01-01")
    print(json.dumps({"import": imported, "times": [_cpu(m.extract, text, published=p) for text, p in texts(folder, n)]}))


def first_seen(into: Path, folder: Path, n: int, pairs: int) -> None:
    times: list[list[float]] = [[], []]
    imports: list[list[float]] = [[], []]
    for k in range(pairs):
        for j in ((0, 1) if k % 2 == 0 else (1, 0)):
            out = subprocess.run([sys.executable, __file__, "--_child", str(into), f"analysis_{'ab'[j]}", str(folder),
                                  str(n)], capture_output=True, text=True, check=True)
            got = json.loads(out.stdout.strip().splitlines()[-1])
            times[j] += got["times"]
            imports[j].append(got["import"])
    _report(f"first seen ({n} texts x {pairs} processes each)", times, len(times[0]) // pairs)
    print(f"import (CPU): A {statistics.median(imports[0]):.2f} s, B {statistics.median(imports[1]):.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("folder", nargs="?", default=str(SEED.parent))
    ap.add_argument("--texts", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--fresh", type=int, default=4, help="pairs of fresh processes for the first-seen times (0: none)")
    args = ap.parse_args()
    folder = Path(args.folder)
    with tempfile.TemporaryDirectory(prefix="bench-pair-") as tmp:
        into = Path(tmp)
        unpack(args.a, into, "analysis_a")
        unpack(args.b, into, "analysis_b")
        print(f"A = {args.a}, B = {args.b}; load average {' '.join(f'{x:.2f}' for x in __import__('os').getloadavg())}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if args.fresh:
                first_seen(into, folder, args.texts, args.fresh)
            seen_again(into, folder, args.texts, args.rounds)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--_child":
        warnings.simplefilter("ignore")
        first_seen_child(Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]), int(sys.argv[5]))
    else:
        main()
