# The two public commands are `make run` and `make test` (see README.md).
# Both start from a fresh Debian machine: system packages, virtualenv, install.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA_DIR ?= data
ARGS ?=

.PHONY: run test installer-test lint typecheck deps system-deps

run: deps
	BIN=$(BIN) DATA_DIR=$(DATA_DIR) scripts/run-local $(ARGS)

test: deps lint typecheck
	$(BIN)/pytest

# Builds the desktop bundle and runs its smoke test against a real server.
installer-test: deps $(VENV)/.installer
	BIN=$(BIN) scripts/installer-test

# PyInstaller, on top of the dev install (same re-install rule as .installed).
$(VENV)/.installer: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev,installer]'
	touch $@

lint: deps
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: deps
	$(BIN)/mypy

deps: system-deps $(VENV)/.installed

system-deps:
	@scripts/install-system-deps

# Re-installs only when the project's dependencies change.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@
