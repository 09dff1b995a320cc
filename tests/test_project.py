"""The project as a newcomer meets it: README commands, CI, dependency lists, public API."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

import analysis

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block, "the README starts with a sh block of commands"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_starts_with_two_commands_that_the_makefile_has():
    cmds = readme_commands()
    assert len(cmds) == 2
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for cmd in cmds:
        target = cmd.split()[1]
        assert re.search(rf"^{target}:", makefile, re.M), f"Makefile has no target {target}"


def test_ci_runs_the_readme_test_command():
    test_cmd = readme_commands()[1]
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.strip().startswith("#")]
    assert test_cmd in ci


def test_environment_yml_installs_what_pyproject_lists():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    deps = env["dependencies"]
    python = next(d for d in deps if isinstance(d, str) and d.startswith("python"))
    version = python.split("=")[-1]
    low = re.search(r">=\s*([\d.]+)", project["requires-python"]).group(1)
    assert tuple(map(int, version.split("."))) >= tuple(map(int, low.split(".")))
    pip = next(d["pip"] for d in deps if isinstance(d, dict) and "pip" in d)
    # the environment installs this package with every extra, and nothing on the side
    extras = set(project["optional-dependencies"])
    assert len(pip) == 1
    m = re.fullmatch(r"-e \.\[([\w,]+)\]", pip[0])
    assert m and set(m.group(1).split(",")) == extras
    conda_pkgs = {re.split(r"[=<>]", d)[0] for d in deps if isinstance(d, str)}
    assert conda_pkgs == {"python", "pip"}, "packages belong in pyproject.toml, not in environment.yml"


def test_requested_dependencies_are_declared():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=\[ ]", d)[0].lower() for d in project["dependencies"]}
    assert {"pandas", "matplotlib", "arabic-reshaper", "python-bidi"} <= names
    nb = {re.split(r"[<>=\[ ]", d)[0].lower() for d in project["optional-dependencies"]["notebooks"]}
    assert {"jupyterlab", "papermill", "ipykernel", "jupytext"} <= nb


def test_public_api():
    assert sorted(analysis.__all__) == sorted(set(analysis.__all__))
    for name in analysis.__all__:
        assert hasattr(analysis, name), name
    for name in ("read_article", "extract", "find_numbers", "find_dates"):
        assert callable(getattr(analysis, name))
        assert getattr(analysis, name).__doc__


def test_seed_is_kept_byte_for_byte():
    seed = ROOT / "seeds" / "000_502adc14d8395391.txt"
    import hashlib

    assert hashlib.sha256(seed.read_bytes()).hexdigest() == SEED_SHA256


SHARED = "../" + "shared"
SEED_SHA256 = "ab88933958e4de86879b7d5ad3a0bae2da321d729f01577b9ee4847d0745666d"


def test_project_does_not_need_the_shared_folder():
    for folder in ("analysis", "tests", "notebooks"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in (".py", ".ipynb", ".tsv", ".json", ".toml") \
                    and path.name != "test_project.py":
                assert SHARED not in path.read_text(encoding="utf-8", errors="ignore"), path
