# newsscores: `make run` builds the sample database, `make test` runs every check.
# Needs only python3 (3.11 or newer), pip and make; everything else goes into .venv.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
DB     ?= newsscores.db

.PHONY: run test install install-test lint clean

# The virtual environment, created once with a Python new enough for newsscores.
$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newsscores needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)

# Installs are redone only when pyproject.toml changes (the install is editable).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) -e ".[test,spark]"
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# Rebuilds $(DB) from corpus/ each time, so the output is that of the current rules.
run: install
	@rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/newsscores ingest corpus --db $(DB)
	@echo
	$(BIN)/newsscores stats --db $(DB)
	@echo
	@for lang in vi en fr no; do \
	  echo "--- a few facts in $$lang:"; \
	  $(BIN)/newsscores facts --db $(DB) --lang $$lang --limit 2 --format text; \
	done

# The whole suite (slow tests included), then ruff and mypy; fails if any fails.
test: install-test
	@status=0; \
	$(BIN)/python -m pytest -q || status=1; \
	$(BIN)/ruff check src tests tools bench || status=1; \
	$(BIN)/mypy src || status=1; \
	exit $$status

lint: install-test
	$(BIN)/ruff check src tests tools bench
	$(BIN)/mypy src

clean:
	rm -f $(DB) $(DB)-wal $(DB)-shm
