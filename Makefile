# Two commands matter: `make run` and `make test`. Both make .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SOURCES := iop_companion tests bench packaging

.PHONY: run test lint bench system-deps clean dist icons install-desktop uninstall-desktop \
	bundle bundle-check

run: $(VENV)/.run-installed
	$(BIN)/python -m iop_companion $(ARGS)

test: $(VENV)/.test-installed lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)
	$(BIN)/mypy

bench: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.bench $(ARGS)

# Packaging (docs/install.md). None of these runs as part of `make test`.
dist: $(VENV)/.dist-installed
	rm -f dist/*.whl dist/*.tar.gz
	$(BIN)/python -m build --outdir dist .

icons: $(VENV)/.run-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

# The launcher runs `iop-companion` from PATH (pipx), else this checkout's .venv, or EXEC=path.
# Discreet like the app: the plain icon and no AppStream file; DISCREET=0 for the app's own.
DISCREET ?= 1
install-desktop:
	DISCREET=$(DISCREET) sh packaging/install-desktop.sh install "$(EXEC)"

uninstall-desktop:
	sh packaging/install-desktop.sh uninstall

bundle: $(VENV)/.bundle-installed
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist/bundle --workpath build/pyinstaller packaging/iop-companion.spec

bundle-check: bundle
	$(BIN)/python packaging/bundle_check.py dist/bundle/iop-companion

system-deps:
	@sh packaging/system-deps.sh $(PYTHON)

$(BIN)/python: | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.run-installed

$(VENV)/.dist-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@

$(VENV)/.bundle-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
