# Institute Portfolio: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= institute_site.settings.dev

.DEFAULT_GOAL := help
.PHONY: help run test screenshots lint format messages check bench lock clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is needed"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

.system-packages: ## (internal) Debian packages: gettext for the catalogue, Chromium for browser tests
	@command -v msgfmt >/dev/null && test -x /usr/bin/chromium || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext chromium fonts-dejavu-core >/dev/null; }
	@touch $@

# axe-core, the accessibility engine the browser tests run in each page, from the npm registry.
AXE_CORE_VERSION := 4.14.1
AXE_JS := $(VENV)/node/node_modules/axe-core/axe.min.js
$(AXE_JS): $(BIN)/.installed
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
	npm install --silent --no-save --no-audit --no-fund --prefix $(VENV)/node axe-core@$(AXE_CORE_VERSION)
	test -f $@ && touch $@

locale/fr/LC_MESSAGES/django.mo: locale/fr/LC_MESSAGES/django.po $(BIN)/.installed .system-packages
	$(BIN)/python manage.py compilemessages --locale fr --ignore '.venv' -v 0

run: $(BIN)/.installed .system-packages locale/fr/LC_MESSAGES/django.mo ## Set up everything and serve the site with demo content on 127.0.0.1:$(PORT)
	$(BIN)/python manage.py prepare_site
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: $(BIN)/.installed .system-packages locale/fr/LC_MESSAGES/django.mo $(AXE_JS) ## Run every test (lint, checks, unit, browser) against real PostgreSQL
	$(MAKE) --no-print-directory lint check
	DJANGO_SETTINGS_MODULE=institute_site.settings.test $(BIN)/pytest --numprocesses 2 --dist loadgroup

screenshots: $(BIN)/.installed .system-packages locale/fr/LC_MESSAGES/django.mo $(AXE_JS) ## Refresh docs/screenshots/ (main pages, FR and EN, desktop and phone) in Chromium
	SCREENSHOTS_DIR=docs/screenshots DJANGO_SETTINGS_MODULE=institute_site.settings.test $(BIN)/pytest -q tests/browser/test_screenshots.py

check: $(BIN)/.installed ## Django system checks and no missing migration
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run -v 0

lint: $(BIN)/.installed ## ruff: lint and formatting
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/.installed ## Format the code and sort imports
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(BIN)/.installed ## Update the French catalogue from the code and templates
	$(BIN)/python manage.py makemessages --locale fr --no-obsolete --ignore '.venv/*' --ignore 'bench/*' --ignore 'tests/*'

bench: $(BIN)/.installed ## Benchmark the demo site under gunicorn; writes docs/benchmarks.md
	$(BIN)/python bench/run.py

lock: ## Re-resolve the pinned versions from pyproject.toml into requirements.lock
	rm -rf /tmp/lock-venv && $(PYTHON) -m venv /tmp/lock-venv
	/tmp/lock-venv/bin/pip install --quiet '.[test]'
	/tmp/lock-venv/bin/pip freeze --exclude institute-portfolio > requirements.lock

clean: ## Remove the virtual environment and caches (keeps the embedded database)
	rm -rf $(VENV) .pytest_cache .ruff_cache collected-static .system-packages
