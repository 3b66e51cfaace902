# The README's two commands: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
EXAMPLE_DB := example.db

.PHONY: run test lint typecheck clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,ray]'
	rm -f $(VENV)/.installed-*
	touch $@

## make run: create the environment, ingest the bundled example, print the event record
run: $(STAMP)
	rm -f $(EXAMPLE_DB) $(EXAMPLE_DB)-wal $(EXAMPLE_DB)-shm
	$(BIN)/storyline ingest examples/seeds --db $(EXAMPLE_DB)
	$(BIN)/storyline events --db $(EXAMPLE_DB)
	$(BIN)/storyline show --db $(EXAMPLE_DB)

## make test: lint, type-check and the whole test suite
test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check storyline tests

typecheck: $(STAMP)
	$(BIN)/mypy storyline

clean:
	rm -rf $(VENV) $(EXAMPLE_DB) $(EXAMPLE_DB)-wal $(EXAMPLE_DB)-shm .pytest_cache .mypy_cache .ruff_cache
