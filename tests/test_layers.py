"""The layering rules, checked on real imports in a fresh interpreter.

core/, vault/ and export/ (but its PDF renderer) never import Qt; the desktop window comes up
without matplotlib, sqlite-utils (which loads numpy) or keyring, which wait until they are needed.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

LOADED = """
import importlib, pkgutil, sys
import iop_companion
for package in {packages!r}:
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        if info.name not in {skip!r}:
            importlib.import_module(info.name)
print(",".join(sorted({{m.split(".")[0] for m in sys.modules}} & {watched!r})))
"""


def loaded_after_importing(
    packages: list[str], watched: set[str], skip: frozenset[str] = frozenset()
) -> set[str]:
    code = LOADED.format(packages=packages, watched=watched, skip=set(skip))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return set(filter(None, result.stdout.strip().split(",")))


def test_core_vault_and_export_never_import_qt() -> None:
    packages = ["iop_companion.core", "iop_companion.vault", "iop_companion.export"]
    # The PDF renderer is the one export module that draws with QtGui (architecture note).
    skip = frozenset({"iop_companion.export.pdf"})
    assert loaded_after_importing(packages, {"PySide6", "shiboken6"}, skip) == set()


@pytest.mark.parametrize("late", ["matplotlib", "sqlite_utils", "numpy", "keyring"])
def test_the_window_starts_without_heavy_imports(late: str) -> None:
    assert late not in loaded_after_importing(["iop_companion.ui"], {late})
