# Two commands for a fresh machine: `make demo` and `make test` (the test extra includes pyspark; Spark tests need Java).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := out

.PHONY: demo test lint install install-test bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e '.[web]'

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test,web]'

demo: install
	@mkdir -p $(OUT)
	$(BIN)/rasd extract samples/articles.jsonl -o $(OUT)/samples.events.jsonl
	rm -f $(OUT)/rasd.db
	$(BIN)/rasd ingest samples/articles.jsonl --db $(OUT)/rasd.db
	$(BIN)/rasd incidents --db $(OUT)/rasd.db
	@echo "dashboard: http://127.0.0.1:8000/  (Ctrl-C to stop)"
	$(BIN)/rasd serve --db $(OUT)/rasd.db --host 127.0.0.1 --port 8000

test: install-test
	$(BIN)/ruff check rasd tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/pytest -q

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(OUT) build dist *.egg-info
