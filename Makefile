# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
DB     ?= demo.duckdb
PORT   ?= 8000

.PHONY: setup demo test lint typecheck bench clean serve web-assets

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip setuptools wheel
	$(PIP) install -q -e '.[postgres,scale,dev]'
	touch $@

web-assets:
	@if [ -f src/detente/web/package.json ]; then \
	  if [ -f src/detente/web/package-lock.json ]; then npm --prefix src/detente/web ci --no-audit --no-fund --silent; \
	  else npm --prefix src/detente/web install --no-audit --no-fund --silent; fi; fi

setup: $(VENV)/.installed web-assets

demo: setup
	rm -f $(DB) $(DB).wal
	$(VENV)/bin/detente ingest data/sample --db $(DB)
	$(VENV)/bin/detente report --db $(DB)
	$(VENV)/bin/detente dyad RUS CHN --by month --db $(DB)
	$(VENV)/bin/detente expected --db $(DB) || true
	@echo ""
	@echo "Serving the web app with the sample corpus: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	$(VENV)/bin/detente serve --db $(DB) --port $(PORT)

test: setup
	$(VENV)/bin/pytest -q -m "not slow" -p no:cacheprovider

lint:
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

bench: setup
	$(PY) bench/pipeline.py

clean:
	rm -rf $(VENV) *.duckdb .pytest_cache .mypy_cache .ruff_cache
