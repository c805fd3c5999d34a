# Two commands matter: `make run` and `make test`. Both make .venv and install what they need,
# at the exact, hashed versions of the lock files in requirements/ (`make lock` refreshes them).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SOURCES := iop_companion tests bench packaging

.PHONY: run test lint bench system-deps clean dist icons install-desktop uninstall-desktop \
	bundle bundle-check lock translations

run: $(VENV)/.run-installed
	$(BIN)/python -m iop_companion $(ARGS)

test: $(VENV)/.test-installed lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)
	$(BIN)/mypy
	$(BIN)/mypy --no-explicit-package-bases packaging/*.py

bench: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.bench $(ARGS)

# The catalogues under iop_companion/resources/translations/ from the source (README: adding a
# language). A test fails while they are behind it.
translations: $(VENV)/.test-installed
	$(BIN)/python packaging/translations.py

# Packaging (docs/install.md). None of these runs as part of `make test`.
dist: $(VENV)/.dist-installed
	rm -f dist/*.whl dist/*.tar.gz
	$(BIN)/python -m build --no-isolation --outdir dist .

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

# Each set installs from its lock with every file's hash checked, then the app itself from this
# checkout without touching what the lock put in (setuptools from the lock builds it), then
# `pip check` fails if pyproject.toml asks for something the lock doesn't give: run `make lock`.
define install_locked
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/$(1).txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check --quiet
endef

$(VENV)/.run-installed: requirements/run.txt pyproject.toml | $(BIN)/python
	$(call install_locked,run)
	touch $@

$(VENV)/.test-installed: requirements/test.txt pyproject.toml | $(BIN)/python
	$(call install_locked,test)
	touch $@ $(VENV)/.run-installed

$(VENV)/.dist-installed: requirements/dist.txt pyproject.toml | $(BIN)/python
	$(call install_locked,dist)
	touch $@

$(VENV)/.bundle-installed: requirements/bundle.txt pyproject.toml | $(BIN)/python
	$(call install_locked,bundle)
	touch $@

# Refreshes requirements/*.txt from pyproject.toml's ranges (and requirements/*.in), for CPython
# 3.11 on Linux x86_64 with glibc 2.34 or newer (PySide6's wheels need it), with uv, itself
# installed from its own lock. Every pin that still fits is kept; `make lock UPGRADE=1` moves
# every pin to the newest release the ranges allow. test.txt is resolved first and the other
# sets are held to it, so a package has the same version in every set.
LOCK = $(BIN)/uv pip compile --quiet --generate-hashes --python-version 3.11 \
	--python-platform x86_64-manylinux_2_34 --custom-compile-command 'make lock' \
	$(if $(UPGRADE),--upgrade)
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/uv.txt
	$(LOCK) requirements/uv.in -o requirements/uv.txt
	$(LOCK) pyproject.toml requirements/build.in --extra test -o requirements/test.txt
	$(LOCK) pyproject.toml requirements/build.in -c requirements/test.txt -o requirements/run.txt
	$(LOCK) pyproject.toml requirements/build.in --extra dist -c requirements/test.txt \
		-o requirements/dist.txt
	$(LOCK) pyproject.toml requirements/build.in --extra bundle -c requirements/test.txt \
		-o requirements/bundle.txt

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
