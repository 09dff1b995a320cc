# The two commands of the README, and a few more. Each creates or reuses .venv and installs
# the package into it (again only when pyproject.toml changes).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
ARTICLE ?= seeds/000_502adc14d8395391.txt

.PHONY: report test test-mpl310 lab notebooks bench bench-corpus clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[notebooks,dev,dask]'
	touch $(STAMP)

PUBLISHED ?=
# a value as one shell word, whatever it holds (spaces, quotes, $, backticks: a file name is data)
shell_quote = '$(subst ','\'',$(1))'

## report: the main job on ARTICLE (default: the seed; PUBLISHED=YYYY-MM-DD gives its date):
##         executed notebooks, tables, charts and report.html in data/outputs/<article name>/
report: $(STAMP)
	$(PY) -m analysis report $(call shell_quote,$(ARTICLE)) $(if $(PUBLISHED),--published $(call shell_quote,$(PUBLISHED)))

## test: the whole test suite, then the chart tests again on matplotlib 3.10 (see test-mpl310)
test: $(STAMP)
	$(PY) -m pytest -q
	$(MAKE) --no-print-directory test-mpl310

## lab: open JupyterLab on the project (add --allow-root when running as root)
lab: $(STAMP)
	$(VENV)/bin/jupyter lab --ServerApp.root_dir=.

## notebooks: clear outputs and re-pair the notebooks before committing them
notebooks: $(STAMP)
	$(VENV)/bin/jupyter nbconvert --clear-output --inplace notebooks/*.ipynb
	$(VENV)/bin/jupytext --sync notebooks/*.ipynb

clean:
	rm -rf $(VENV) .venv-mpl310 data/outputs .pytest_cache

## bench: median extract() time on the seed (BENCH=path or folder to time others)
BENCH ?= seeds/000_502adc14d8395391.txt
bench: $(STAMP)
	$(PY) benchmarks/bench_extract.py $(BENCH)

## bench-corpus: the corpus mode's speed: import time, extract() on the seed, articles/s with 1 and
##         N workers over CORPUS repeated to ARTICLES files (built under /tmp), dateparser for comparison
CORPUS ?= tests/articles/corpus
ARTICLES ?= 10000
bench-corpus: $(STAMP)
	$(PY) benchmarks/bench_corpus.py $(CORPUS) --articles $(ARTICLES)

# --- charts on the second matplotlib (issue 6): matplotlib 3.10 has no libraqm, so the charts
# take analysis.rtl's pre-shaping path there. The venv (.venv-mpl310) installs itself on first use.
test-mpl310:
	PYTHON=$(PYTHON) sh tests/mpl310/run.sh
