"""Time and peak memory of the reader on the hostile files of tests/test_security_files.py.

    .venv/bin/python tools/fuzz_files.py [--extract]

Each file is made in a temporary folder and read in a fresh Python process (``read_article``,
and ``extract`` with ``--extract``), so that the peak resident memory (``ru_maxrss``) is that
file's (``VmHWM``, Linux); the baseline is the same process after its imports. One line per file: seconds, peak MB,
and what came out (the text's length and title, or the one-line error).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_security_files import (  # noqa: E402
    damaged_utf8,
    hostile_page,
    png_bytes,
    single_line,
    zip_bytes,
)

HEADLINE_BODY = "زيارة وزير الخارجية إلى القاهرة\nوصل وزير الخارجية إلى القاهرة يوم 5 مارس 2024.\n"

CASES = {
    "page, 10,000 nested <div>": ("page.html", lambda: hostile_page().encode(), {}),
    "page, 10,000 nested <blockquote>": ("page.html", lambda: hostile_page(tag="blockquote").encode(), {}),
    "page, 10,000 nested <li>": ("page.html", lambda: hostile_page(tag="li").encode(), {}),
    "page, 50 MB body (default limit)": ("big.html", lambda: hostile_page(pad_bytes=50_000_000).encode(), {}),
    "page, 50 MB body (max_bytes=60 MB)": ("big.html", lambda: hostile_page(pad_bytes=50_000_000).encode(),
                                           {"max_bytes": 60_000_000}),
    "5 MB single line": ("line.txt", lambda: single_line(5_000_000), {}),
    "1 MB single line": ("line.txt", lambda: single_line(1_000_000), {}),
    "UTF-8 with invalid sequences": ("damaged.txt", damaged_utf8, {}),
    "UTF-16-LE without BOM": ("le.txt", lambda: HEADLINE_BODY.encode("utf-16-le"), {}),
    "UTF-16-BE without BOM": ("be.txt", lambda: HEADLINE_BODY.encode("utf-16-be"), {}),
    "ZIP renamed .txt": ("zip.txt", zip_bytes, {}),
    "PNG renamed .txt": ("png.txt", png_bytes, {}),
    "charset says utf-8, is windows-1256": ("lie.html", lambda: hostile_page(nest=3).encode("cp1256"), {}),
    "charset says windows-1256, is utf-8": ("lie.html",
                                            lambda: hostile_page(nest=3, charset="windows-1256").encode(), {}),
}

CHILD = r"""
import re, sys, time, warnings
warnings.simplefilter("ignore")
import analysis


def hwm():
    # VmHWM: this process's peak resident memory (ru_maxrss would carry the parent's over exec)
    with open("/proc/self/status") as f:
        return int(re.search(r"VmHWM:\s+(\d+)", f.read()).group(1)) / 1024


base = hwm()
path, kw, run_extract = sys.argv[1], eval(sys.argv[2]), sys.argv[3] == "1"
t = time.perf_counter()
try:
    art = analysis.read_article(path, **kw)
    what = f"{len(art.text):,} characters, title {art.title!r:.40}, {art.encoding}"
    if run_extract:
        ex = analysis.extract(art)
        what += f"; {len(ex.figures)} figures, {len(ex.dates)} dates"
except analysis.AnalysisError as exc:
    what = f"{type(exc).__name__}: {str(exc)[-80:]}"
took = time.perf_counter() - t
print(f"{took:.2f}\t{hwm():.0f}\t{base:.0f}\t{what}")
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--extract", action="store_true", help="extract() too, not only read_article()")
    args = ap.parse_args(argv)
    print(f"{'file':40s} {'seconds':>8s} {'peak MB':>8s} {'(imports)':>9s}  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        for label, (name, make, kw) in CASES.items():
            path = Path(tmp) / name
            path.write_bytes(make())
            proc = subprocess.run([sys.executable, "-c", CHILD, str(path), repr(kw), "1" if args.extract else "0"],
                                  capture_output=True, text=True, encoding="utf-8", timeout=900)
            if proc.returncode:
                print(f"{label:40s} CRASH {proc.stderr.strip().splitlines()[-1]}")
                continue
            took, peak, base, what = proc.stdout.strip().split("\t", 3)
            print(f"{label:40s} {float(took):8.2f} {peak:>8s} {base:>9s}  {what}")
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
