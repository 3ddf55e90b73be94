# Two commands for a fresh machine: `make demo` and `make test`.
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
	@$(BIN)/python -c "import json,sys; [print(r['id'], '|', ' ; '.join(e['type']+' @ '+str(e['location']['name_ar'])+' '+str(e['date'])+' killed='+str(e['fatalities']['low']) for e in r['events'])) for r in map(json.loads, open('$(OUT)/samples.events.jsonl'))]"

test: install-test
	$(BIN)/ruff check rasd tests benchmarks scripts
	$(BIN)/pytest -q

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(OUT) build dist *.egg-info
