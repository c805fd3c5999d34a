"""Shared by the packaging tests: where things are, and loading a packaging/ script."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
PACKAGING = ROOT / "packaging"


def load_script(name: str) -> ModuleType:
    """A module from packaging/ (not importable by name: PyPI's `packaging` owns that name)."""
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def require_tool(name: str, debian_package: str) -> str:
    """The tool's path; skipped, saying how to get it, when it isn't installed.

    .ci/run installs these (packaging/system-deps.sh --validators), so CI always runs them.
    """
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install {debian_package})")
    return found
