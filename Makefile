# The two public commands are `make run` and `make test` (see README.md).
# Both start from a fresh Debian machine: system packages, virtualenv, install.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
# The workspace's members (see pyproject.toml), installed editable.
MEMBERS := protocol resources server desktop tools
MEMBER_PYPROJECTS := $(MEMBERS:%=%/pyproject.toml)
CODE := $(MEMBERS) tests
BIN := $(VENV)/bin
DATA_DIR ?= data
ARGS ?=

# The desktop's translation catalogues, compiled for the app to load.
TRANSLATIONS := desktop/callnest/desktop/translations
CATALOGUES := $(wildcard $(TRANSLATIONS)/callnest_*.ts)

.PHONY: run test installer-test lint typecheck boundaries deps system-deps i18n-check a11y-check

run: deps
	BIN=$(BIN) DATA_DIR=$(DATA_DIR) scripts/run-local $(ARGS)

test: deps lint typecheck boundaries
	$(BIN)/pytest

# Builds the desktop bundle (in a virtualenv of the desktop's side alone, see
# installer/build) and runs its smoke test against a real server.
installer-test: deps
	BIN=$(BIN) scripts/installer-test

lint: deps
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)

typecheck: deps
	$(BIN)/mypy

# The import contracts between the members (.importlinter).
boundaries: deps
	$(BIN)/lint-imports

deps: system-deps $(VENV)/.installed $(CATALOGUES:.ts=.qm)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Every language's catalogue complete, and (in the pseudo-locale) every window's
# text translated and uncut: one JSON object, all counts zero.
i18n-check: deps
	BIN=$(BIN) scripts/i18n check

# Every window in a light and a dark palette: controls without an accessible
# name and text under WCAG AA contrast, as one JSON object, both counts zero.
# Its test (tests/desktop/test_a11y.py) runs in `make test` too.
a11y-check: deps
	$(BIN)/python scripts/a11y-check

system-deps:
	@scripts/install-system-deps

# Re-installs only when the project's dependencies change. The members go on
# the same command line as the workspace, so pip takes them from here rather
# than looking for them on an index.
$(VENV)/.installed: pyproject.toml $(MEMBER_PYPROJECTS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet $(MEMBERS:%=-e ./%) -e '.[dev]'
	touch $@
