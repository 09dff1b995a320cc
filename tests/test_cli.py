"""The command line as a user runs it: ``python -m analysis extract ...``."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = "seeds/000_502adc14d8395391.txt"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_extract_seed_prints_json_with_segments():
    res = run("extract", SEED)
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    segs = doc["segments"]
    by_kind = {}
    for s in segs:
        by_kind.setdefault(s["kind"], []).append(s["text"].strip())
    assert by_kind["heading"] == ["مشهد متقلب", "حلفاء طبيعيون", "رياح جديدة تعزز علاقات التحالف"]
    assert len(by_kind["caption"]) == 2
    assert by_kind["boilerplate"] == ["[إعلان رقم 2]", "تعليق (0)"]
    assert doc["source_url"].startswith("https://baoquocte.vn/")
    text = (ROOT / SEED).read_text(encoding="utf-8")
    assert "".join(s["text"] for s in segs) == text
    assert set(doc) >= {"figures", "dates", "events", "entities", "reference_date", "reference_date_source"}


def test_extract_with_published_date_and_files(tmp_path):
    res = run("extract", SEED, "--published", "2024-11-27", "--out", str(tmp_path), "--format", "csv")
    assert res.returncode == 0, res.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["article.json", "dates.csv", "entities.csv", "events.csv", "figures.csv", "segments.csv"]
    meta = json.loads((tmp_path / "article.json").read_text(encoding="utf-8"))
    assert meta["reference_date"] == "2024-11-27" and meta["reference_date_source"] == "given"
    res = run("extract", SEED, "--out", str(tmp_path / "j"))
    assert res.returncode == 0
    segs = json.loads((tmp_path / "j" / "segments.json").read_text(encoding="utf-8"))
    assert len(segs) > 10


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make,words", [
    (lambda p: p / "missing.txt", "no file at"),
    (lambda p: p, "is a directory: give the path of one article file, or read every article in it with "
                  "`python -m analysis corpus FOLDER --out OUT`"),
    (lambda p: _write(p / "empty.txt", b""), "is empty"),
    (lambda p: _write(p / "doc.pdf", b"%PDF-1.4\n\x00\x01\x02\x03binary\x00"), "is a PDF document"),
    (lambda p: _write(p / "data.bin", b"\x00\x01\x02\x03binary\x00" * 10), "binary file"),
    (lambda p: _write(p / "bad.txt", bytes(range(0x80, 0xa0)) * 4), "no encoding this reader knows"),
    (lambda p: _write(p / "english.txt", b"The minister visited Cairo on Monday."), "has no Arabic text"),
    (lambda p: _write(p / "huge.txt", b"\xd8\xb9" * 25_000_000), "over the 10 MB limit"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, words):
    res = run("extract", str(make(tmp_path)))
    assert res.returncode == 2
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("analysis: error: ") and words in lines[0]
    assert "Traceback" not in res.stderr


def test_bad_published_date_is_one_line():
    res = run("extract", SEED, "--published", "yesterday")
    assert res.returncode == 2
    assert "YYYY-MM-DD" in res.stderr and "Traceback" not in res.stderr


def test_console_script_is_declared():
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["scripts"]["analysis"] == "analysis.cli:main"


def test_an_agency_report_of_our_own_read_end_to_end():
    # tests/articles/road_agreement_2024.txt (written for the project): no date given, a lead
    # dated with its weekday, signatories with an aside between commas, a role that runs over a
    # known place, ميناء الفاو (a port, not FAO)
    res = run("extract", "tests/articles/road_agreement_2024.txt")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert (doc["reference_date"], doc["reference_date_source"]) == ("2024-04-22", "inferred")
    figures = {(f["text"], f["unit"], f["value"], f["status"], f["period_start"]) for f in doc["figures"]}
    assert ("1200 كيلومتر", "km", 1200.0, "actual", None) in figures
    assert ("17 مليار دولار", "USD", 17e9, "actual", None) in figures
    assert ("نحو 20 مليار دولار", "USD", 20e9, "actual", "2023-01-01") in figures
    events = {(e["type"], e["date_start"]) for e in doc["events"]}
    assert {("agreement", "2024-04-22"), ("visit", "2024-04-22")} <= events
    people = {e["text"]: e["role"] for e in doc["entities"] if e["type"] == "person"}
    assert people["مسرور بارزاني"] == "رئيس حكومة إقليم كردستان"
    assert people["باسم العوادي"] == "المتحدث باسم الحكومة"
    places = {e["text"] for e in doc["entities"] if e["type"] == "place"}
    assert "الفاو" in places and "الفاو" not in {e["text"] for e in doc["entities"] if e["type"] == "org"}


def test_max_mb_sets_the_size_limit_and_the_message_says_how():
    # the message of a file over the limit names the option that raises it on the command line
    res = run("extract", SEED, "--max-mb", "0.001")
    assert res.returncode == 2 and res.stdout == ""
    assert "is 13.0 kB, over the 1 kB limit for one article" in res.stderr
    assert "--max-mb on the command line" in res.stderr and res.stderr.count("\n") == 1
    bad = run("extract", SEED, "--max-mb", "0")
    assert bad.returncode == 2 and "--max-mb must be a number of megabytes above 0" in bad.stderr
    ok = run("extract", SEED, "--max-mb", "0.1", "--format", "csv")
    assert ok.returncode == 0 and ok.stdout.startswith("# segments")


@pytest.mark.parametrize("name", ["data/خبر اليوم.txt", "data/l'article `date` \"1\".txt"])
def test_make_report_passes_a_name_with_spaces_as_one_argument(name):
    # files saved from a browser have spaces in their names («خبر اليوم.txt»), and a name may hold
    # quotes or backticks: `make report ARTICLE="…"` must hand the report one path, as it is
    import shlex
    import shutil

    if shutil.which("make") is None:
        pytest.skip("no make on this machine")
    res = subprocess.run(["make", "-n", "report", f"ARTICLE={name}", "PUBLISHED=2024-01-01"],
                         cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60)
    line = [ln for ln in res.stdout.splitlines() if "-m analysis report" in ln][0]
    args = shlex.split(line)
    assert args[args.index("report") + 1] == name
    assert args[-2:] == ["--published", "2024-01-01"]
