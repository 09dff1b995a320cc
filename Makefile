# The two commands of the README, and a few more. Each creates or reuses .venv and installs
# the package into it (again only when pyproject.toml changes).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
ARTICLE ?= seeds/000_502adc14d8395391.txt

.PHONY: report test test-mpl310 lab bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[notebooks,dev]'
	touch $(STAMP)

## report: the main job on ARTICLE (default: the seed): tables into data/
report: $(STAMP)
	$(PY) -m analysis extract $(ARTICLE) --out data/$(basename $(notdir $(ARTICLE)))

## test: the whole test suite, then the chart tests again on matplotlib 3.10 (see test-mpl310)
test: $(STAMP)
	$(PY) -m pytest -q
	$(MAKE) --no-print-directory test-mpl310

## lab: open JupyterLab on the project
lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=.

clean:
	rm -rf $(VENV) .venv-mpl310 data/outputs .pytest_cache

## bench: median extract() time on the seed (BENCH=path or folder to time others)
BENCH ?= seeds/000_502adc14d8395391.txt
bench: $(STAMP)
	$(PY) benchmarks/bench_extract.py $(BENCH)

# --- charts on the second matplotlib (issue 6): matplotlib 3.10 has no libraqm, so the charts
# take analysis.rtl's pre-shaping path there. The venv (.venv-mpl310) installs itself on first use.
test-mpl310:
	PYTHON=$(PYTHON) sh tests/mpl310/run.sh
