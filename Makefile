# The README's two commands: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
EXAMPLE_DB := example.db

.PHONY: run test lint typecheck chromium screenshots serve clean

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

## make test: lint, type-check and the whole test suite: the storage tests on SQLite and on a
## throwaway PostgreSQL server (installed from Debian's packages if missing; see the script), the
## browser tests in Debian's Chromium (installed if missing)
test: $(STAMP) lint typecheck chromium
	scripts/with-postgres.sh $(BIN)/python -m pytest -q

## Debian's Chromium for the browser tests; Playwright drives it (never `playwright install`: no network).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then SUDO=; \
		elif command -v sudo >/dev/null; then SUDO=sudo; \
		else echo "/usr/bin/chromium is missing and this is not root without sudo: run 'apt-get install -y chromium' as root" >&2; exit 1; fi; \
		$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium; \
	fi

## make screenshots: docs/events.png and docs/dossier.png, from the browser test over the seeds
screenshots: $(STAMP) chromium
	STORYLINE_SCREENSHOTS=1 $(BIN)/python -m pytest -q -m browser tests/test_web.py

## make serve: the example's record in a browser at http://127.0.0.1:8000/
serve: run
	$(BIN)/storyline serve --db $(EXAMPLE_DB)

lint: $(STAMP)
	$(BIN)/ruff check storyline tests

typecheck: $(STAMP)
	$(BIN)/mypy storyline

clean:
	rm -rf $(VENV) $(EXAMPLE_DB) $(EXAMPLE_DB)-wal $(EXAMPLE_DB)-shm .pytest_cache .mypy_cache .ruff_cache
