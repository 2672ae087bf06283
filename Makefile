# Sunlight — two commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export LANG ?= C.UTF-8

.PHONY: run test lint bench system-libs postgres clean-venv translations translations-update package

$(STAMP): pyproject.toml
	@bash .ci/ensure-venv.sh "$(PYTHON)" "$(VENV)"
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

## make translations: compile resources/translations/*.ts into the .qm files the app loads.
translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

## make translations-update: collect new strings from ui/*.py and app/'s msg() templates into the .ts files
## (then translate them).
translations-update: $(STAMP)
	$(PY) -m app.messages
	$(VENV)/bin/pyside6-lupdate -no-obsolete ui/*.py -source-language zh_CN -target-language en \
	  -ts resources/translations/sunlight_en.ts

## make package: the one-folder desktop build in dist/sunlight (PyInstaller), then a smoke test.
package: $(STAMP) translations
	@bash .ci/system-libs.sh test
	$(PY) -m pip install --quiet -e '.[package]'
	$(PY) packaging/make_icons.py
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/sunlight.spec
	SUNLIGHT_TEST_PACKAGE=1 SUNLIGHT_TEST_BACKENDS=sqlite QT_QPA_PLATFORM=offscreen \
	  $(VENV)/bin/pytest -q tests/test_package.py

## make run: install, create the local training database with demo data on first use, open the app.
run: $(STAMP) translations
	@bash .ci/system-libs.sh gui
	$(VENV)/bin/sunlight demo --if-empty
	$(VENV)/bin/sunlight gui

## make test: everything the tests need (libraries, PostgreSQL), then the whole suite offscreen.
test: $(STAMP) translations
	@bash .ci/system-libs.sh test
	$(VENV)/bin/ruff check .
	@PG_URL="$$(bash .ci/ensure-postgres.sh)" && \
	  echo "PostgreSQL for tests: $$PG_URL" && \
	  SUNLIGHT_TEST_PG_URL="$$PG_URL" QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

## make bench: the benchmarks under tests/bench (not part of the default run).
bench: $(STAMP)
	@bash .ci/system-libs.sh test
	@PG_URL="$$(bash .ci/ensure-postgres.sh)" && \
	  for bench in tests/bench/bench_*.py; do \
	    echo "== $$bench"; SUNLIGHT_TEST_PG_URL="$$PG_URL" QT_QPA_PLATFORM=offscreen $(PY) $$bench || exit 1; \
	  done

clean-venv:
	rm -rf $(VENV)
