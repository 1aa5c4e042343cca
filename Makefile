# Blocking-orders notebooks. `make` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARTICLES ?= data/articles# files or folders; quote names with spaces: ARTICLES='"my notes" data/articles'
FORCE ?=# FORCE=1: re-analyse every article (and rerun the validation notebook) instead of reusing .cache/analysis
STRICT ?=# STRICT=1: exit 2 when files or rows were skipped, though the report was written (default: 0)
OUT ?= reports
TEST_JOBS ?= 2# pytest workers for `make test` (pytest-xdist; one file stays on one worker); TEST_JOBS=0 runs in one process
KERNEL := blocking-orders

.DEFAULT_GOAL := help

.PHONY: help setup report test lab bench lock clean encoder

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -m ipykernel install --prefix $(VENV) --name $(KERNEL) --display-name "Python (blocking-orders)" > /dev/null
	$(PY) -m helpers.warm  # compile the pattern prefilters (.cache/prefilter) once, not on the first report
	$(PY) -m helpers.warm gold  # analyse the hand-labelled sets 90_validation scores (.cache/analysis) once, not on the first report
	touch $(STAMP)

setup: $(STAMP) ## create .venv from the pinned requirements and install the project kernel

report: $(STAMP) ## run every notebook on ARTICLES (default data/articles) into OUT (default reports/); FORCE=1 re-analyses
	$(PY) -m helpers report $(ARTICLES) --out $(OUT) $(if $(FORCE),--force) $(if $(STRICT),,--allow-skipped)

test: $(STAMP) ## run the test suite, notebooks included (on TEST_JOBS=2 workers)
	$(PY) -m pytest -n $(TEST_JOBS) --dist loadfile

encoder: $(STAMP) ## opt-in encoder mode: install PyTorch and the sentence encoder, fine-tune it on the tone labels (~15 min)
	$(PY) -m pip install --quiet -r requirements-encoder.txt
	$(PY) -m helpers train --encoder

lab: $(STAMP) ## open JupyterLab on the project's kernel
	$(VENV)/bin/jupyter lab --notebook-dir=.

bench: $(STAMP) ## time the pipeline against NLTK's VADER alone (writes reports/bench.csv)
	$(PY) benchmarks/bench.py

lock: $(STAMP) ## re-pin requirements.txt from requirements.in
	$(PY) -m pip install --quiet -r requirements.in && $(PY) -m pip freeze --exclude-editable | grep -v '^-e' > requirements.txt.new && mv requirements.txt.new requirements.txt

clean: ## remove outputs (reports/, the analysis cache); keeps .venv and the compiled pattern prefilters
	rm -rf reports .cache/analysis .cache/nltk_data .pytest_cache
