# Two commands for a fresh machine: `make demo` and `make test` (the test extra includes pyspark; Spark tests need Java).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
FAST := .venv-fast
FBIN := $(FAST)/bin
OUT := out

.PHONY: demo test lint install install-test fast bench bench-fast clean

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

# the compiled build (setup.py: mypyc, needs a C compiler) in its own environment, so that the
# sources in this tree stay what `.venv` runs; `.venv-fast/bin/rasd` is the faster command
$(FBIN)/python:
	$(PY) -m venv $(FAST)
	$(FBIN)/pip install -q --upgrade pip 'setuptools>=77' mypy==2.4.1  # mypyc comes with mypy: the test extra's pin

FAST_EXTRAS ?= web
fast: $(FBIN)/python
	$(FBIN)/pip install -q '.[$(FAST_EXTRAS)]'  # the dependencies, whose types the compiler reads
	RASD_COMPILE=1 $(FBIN)/pip install -q --no-build-isolation --no-deps --force-reinstall .

# the suite runs on the plain sources, then on the compiled build (tests/test_compiled.py
# checks that build is what it imports and that both builds read the samples alike)
test: install-test
	$(BIN)/ruff check rasd tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/pytest -q
	$(MAKE) fast FAST_EXTRAS=test,web
	RASD_EXPECT_COMPILED=1 $(FBIN)/pytest -q -p no:cacheprovider

bench: install
	$(BIN)/python benchmarks/throughput.py

bench-fast: fast
	$(FBIN)/python benchmarks/throughput.py

clean:
	rm -rf $(OUT) build dist *.egg-info $(FAST)
