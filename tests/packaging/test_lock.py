"""The lock files in requirements/ (what `make run`, `make test`, `make dist` and `make bundle`
install with --require-hashes) still answer pyproject.toml: a range changed or a dependency added
without `make lock` fails here, offline, before anyone installs from a stale lock."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.support import ROOT

REQUIREMENTS = ROOT / "requirements"
# Each lock, and the extras of pyproject.toml it installs beside the app's dependencies.
SETS = {"run": (), "test": ("test",), "dist": ("dist",), "bundle": ("bundle",)}
PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+) \\$")


def pins(lock: Path) -> dict[str, tuple[str, int]]:
    """Each package the lock names: its version and how many file hashes it allows."""
    found: dict[str, tuple[str, int]] = {}
    name = ""
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip() or line.lstrip().startswith("#"):
            continue
        pinned = PIN.match(line)
        if pinned:
            name = canonicalize_name(pinned[1])
            found[name] = (pinned[2], 0)
        else:
            assert line.startswith("    --hash=sha256:"), f"{lock.name}: {line!r}"
            version, hashes = found[name]
            found[name] = (version, hashes + 1)
    return found


def wanted(extras: tuple[str, ...]) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    lines += [
        line
        for line in (REQUIREMENTS / "build.in").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return [Requirement(line.split("#")[0]) for line in lines]


@pytest.mark.parametrize("name", SETS)
def test_the_lock_pins_what_pyproject_asks_for(name: str) -> None:
    locked = pins(REQUIREMENTS / f"{name}.txt")
    assert locked, name
    assert [package for package, (_, hashes) in locked.items() if hashes == 0] == []
    for requirement in wanted(SETS[name]):
        package = canonicalize_name(requirement.name)
        assert package in locked, f"{package} is not in {name}.txt: run `make lock`"
        version = locked[package][0]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{name}.txt pins {package}=={version}, outside {requirement.specifier}: "
            "run `make lock`"
        )


def test_every_set_has_the_same_version_of_a_package() -> None:
    versions: dict[str, set[str]] = {}
    for name in SETS:
        for package, (version, _) in pins(REQUIREMENTS / f"{name}.txt").items():
            versions.setdefault(package, set()).add(version)
    assert {package: v for package, v in versions.items() if len(v) > 1} == {}


def test_the_lock_tool_is_pinned_too() -> None:
    assert list(pins(REQUIREMENTS / "uv.txt")) == ["uv"]
