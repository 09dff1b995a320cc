"""Where the files go: ``--out``, ``run_name`` and article names never write outside the folder
the user names; and the dates a user gives are dates.

A folder name made from an article's file name is made safe (:func:`params.safe_folder_name`);
a folder or a ``run_name`` the user types that would leave the folder, or that holds a NUL, a
line break or a bidi control, is refused with one line before anything is written.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import analysis
from analysis import params
from analysis.article import parse_date
from analysis.cli import main
from analysis.errors import ParameterError
from analysis.report import _default_out, _shown

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_502adc14d8395391.txt"
OUTPUTS = ROOT / "data" / "outputs"


@pytest.fixture()
def cli(tmp_path, monkeypatch, capsys):
    """``python -m analysis ARGS`` in this process, from an empty folder: (exit code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)

    def run(*args):
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


# --------------------------------------------------------------------------- names made from file names

@pytest.mark.parametrize("stem,expected", [
    ("زيارة الرئيس 2024", "زيارة الرئيس 2024"),
    ("trade_visit_2024", "trade_visit_2024"),
    ("..", "article"),                     # the file "...txt"
    (".", "article"),
    ("....", "article"),
    ("  ", "article"),
    ("../../x", "x"),
    ("/etc/passwd", "etc_passwd"),
    ("a\x00b", "a_b"),
    ("a\nb", "a_b"),
    ("a\r\nb\tc", "a_b_c"),
    ("a\\b", "a_b"),
    ("\x1b[31mred", "[31mred"),
    ("<script>x</script>", "script_x_script"),
    ('"><img src=x>', "img src=x"),
    ("\u202eexe.txt", "exe.txt"),
    (".hidden", "hidden"),
    ("name. ", "name"),
    ("ا" * 300, "ا" * 100),
])
def test_safe_folder_name(stem, expected):
    name = params.safe_folder_name(stem)
    assert name == expected
    assert Path(name).name == name and name.strip(".") and "\x00" not in name and "\n" not in name


@pytest.mark.parametrize("file_name", ["...txt", "..txt", "a\nb.txt", "<b onclick=x>.txt", "\u202etxt.exe.txt",
                                       " .txt", "x" * 200 + ".txt"])
def test_default_folder_of_any_article_name_is_one_folder_in_data_outputs(tmp_path, file_name):
    article = tmp_path / file_name
    article.write_text("عنوان\nنص الخبر.\n", encoding="utf-8")
    out = _default_out(article)
    assert out.parent == OUTPUTS and out.name not in ("", ".", "..")
    p = params.check({"article": str(article)})
    assert p.run_dir.parent == p.out_dir and p.run_dir.name == out.name
    assert p.run_dir.resolve().parent == p.out_dir.resolve()


# --------------------------------------------------------------------------- names the user gives

@pytest.mark.parametrize("run_name", ["../../x", "../x", "/tmp/x", "a/b", "a\\b", ".", "..", "...", "",
                                      "   ", "a\x00b", "a\nb", "\u202eabc", "x" * 200 + "ا" * 30, 42])
def test_run_name_that_would_leave_the_folder_is_refused_in_one_line(run_name):
    with pytest.raises(ParameterError) as err:
        params.check({"article": str(SEED), "run_name": run_name})
    assert "run_name" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("run_name", ["تقرير الأربعاء", "report-2024.11", "a..b", "x" * 100])
def test_plain_run_names_are_taken(run_name):
    p = params.check({"article": str(SEED), "run_name": run_name, "out_dir": "/tmp/reports"})
    assert p.run_dir == Path("/tmp/reports") / run_name


@pytest.mark.parametrize("out_dir", ["data/out\x00puts", "data/out\nputs", "\u202edata", "", "  ", None])
def test_out_dir_with_control_characters_is_refused(out_dir):
    with pytest.raises(ParameterError, match="out_dir") as err:
        params.check({"article": str(SEED), "out_dir": out_dir})
    assert "\n" not in str(err.value)


def test_validate_in_a_notebook_refuses_them_too():
    ns = {"article": str(SEED), "published": None, "out_dir": "data/outputs", "run_name": "../../etc"}
    with pytest.raises(ParameterError, match="run_name"):
        params.validate(ns)


@pytest.mark.parametrize("command", ["extract", "report"])
@pytest.mark.parametrize("out", ["x\ny", "x\x00y", "\u202ex"])
def test_cli_out_with_control_characters_is_one_line_exit_2(cli, tmp_path, command, out):
    code, stdout, err = cli(command, str(SEED), "--out", out)
    assert code == 2 and stdout == ""
    assert err.startswith("analysis: error: --out must be a folder path") and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing written


def test_report_out_at_the_root_is_refused(cli):
    code, _, err = cli("report", str(SEED), "--out", "/")
    assert code == 2 and "root of the file system" in err and err.count("\n") == 1


def test_extract_writes_only_inside_out(cli, tmp_path):
    code, _, err = cli("extract", str(SEED), "--out", "a/../b")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b"]
    assert {p.name for p in (tmp_path / "b").iterdir()} == {
        "segments.json", "figures.json", "dates.json", "events.json", "entities.json", "article.json"}


def test_extract_into_a_folder_that_cannot_be_written_is_one_line(cli, tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, _, err = cli("extract", str(SEED), "--out", "file/sub")
    assert code == 2 and err.startswith("analysis: error: cannot write the tables into 'file/sub'")
    assert err.count("\n") == 1


def test_terminal_lines_show_control_characters_of_a_name_instead_of_obeying_them(tmp_path):
    shown = _shown(tmp_path / "a\x1b[2Jb\nc.txt")
    assert "\x1b" not in shown and "\n" not in shown and "\\x1b[2Jb\\nc.txt" in shown


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("value", ["2024-02-30", "20240101", "2024-1-1", "2024-13-01", "0000-01-01", "99999-01-01",
                                   "2024-11-27garbage", "27/11/2024", "yesterday", "2024-11-27\n2024-11-28",
                                   20240101, 2024.5, True, [2024, 1, 1]])
def test_a_published_date_that_is_no_date_is_one_line(value):
    with pytest.raises(ParameterError) as err:
        params.check({"article": str(SEED), "published": value})
    msg = str(err.value)
    assert msg.startswith("published date ") and "YYYY-MM-DD" in msg and "\n" not in msg


@pytest.mark.parametrize("value,expected", [
    ("2024-02-29", "2024-02-29"), ("٢٠٢٤-١١-٢٧", "2024-11-27"), (" 2024-11-27 ", "2024-11-27"),
    ("2024-11-27T08:00:00+03:00", "2024-11-27"), ("2024-11-27 08:00", "2024-11-27"),
])
def test_dates_that_are_dates(value, expected):
    assert parse_date(value).isoformat() == expected


@pytest.mark.parametrize("command", ["extract", "report"])
@pytest.mark.parametrize("value", ["2024-02-30", "20240101"])
def test_cli_bad_published_is_one_line_exit_2(cli, command, value):
    code, stdout, err = cli(command, str(SEED), "--published", value)
    assert code == 2 and stdout == ""
    assert err.startswith(f"analysis: error: published date '{value}' is not a date") and err.count("\n") == 1


def test_extract_with_a_good_date(cli):
    code, stdout, _ = cli("extract", str(SEED), "--published", "2024-11-27")
    assert code == 0 and json.loads(stdout)["reference_date"] == "2024-11-27"


def test_error_lines_show_escape_sequences_instead_of_obeying_them(cli, monkeypatch):
    # a message may quote an article (a notebook's error) or a file name as it is
    import analysis.cli

    def fails(args):
        raise analysis.AnalysisError("cell failed: KeyError: '\x1b]0;title\x07\x1b[2Jخبر\u202e'")

    monkeypatch.setattr(analysis.cli, "_cmd_extract", fails)
    code, _, err = cli("extract", "x.txt")
    assert code == 2 and err.count("\n") == 1
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err
    assert "\\x1b]0;title\\x07\\x1b[2Jخبر\\u202e" in err
