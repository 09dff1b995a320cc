# The two commands of the README, and a few more. Each creates or reuses .venv and installs
# the package into it (again only when pyproject.toml changes).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
ARTICLE ?= seeds/000_502adc14d8395391.txt

.PHONY: report test lab bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[notebooks,dev]'
	touch $(STAMP)

## report: the main job on ARTICLE (default: the seed): tables into data/
report: $(STAMP)
	$(PY) -m analysis extract $(ARTICLE) --out data/$(basename $(notdir $(ARTICLE)))

## test: the whole test suite
test: $(STAMP)
	$(PY) -m pytest -q

## lab: open JupyterLab on the project
lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=.

clean:
	rm -rf $(VENV) data/outputs .pytest_cache

## bench: median extract() time on the seed (BENCH=path or folder to time others)
BENCH ?= seeds/000_502adc14d8395391.txt
bench: $(STAMP)
	$(PY) benchmarks/bench_extract.py $(BENCH)
