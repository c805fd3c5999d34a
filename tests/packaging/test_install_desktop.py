"""make install-desktop / uninstall-desktop, into a temporary XDG_DATA_HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from iop_companion.assets import APP_ID, DISCREET_ICON, ICON_NAMES, ICON_SIZES
from tests.packaging.support import PACKAGING, ROOT

SCRIPT = PACKAGING / "install-desktop.sh"


@pytest.fixture
def data_home(tmp_path: Path) -> Path:
    return tmp_path / "share"


@pytest.fixture
def command(tmp_path: Path) -> Path:
    """A stand-in for the installed command, in a folder with a space in its name."""
    folder = tmp_path / "my apps"
    folder.mkdir()
    program = folder / "iop-companion"
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    return program


def run(*argv: str, data_home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "XDG_DATA_HOME": str(data_home), **env}
    return subprocess.run(
        list(argv), capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120
    )


def installed(data_home: Path) -> set[str]:
    return {
        str(p.relative_to(data_home))
        for p in data_home.rglob("*")
        if p.is_file() and p.name != "mimeinfo.cache" and not p.name.startswith("icon-theme")
    }


def expected_icons() -> set[str]:
    files = {f"icons/hicolor/scalable/apps/{name}.svg" for name in ICON_NAMES}
    for size in ICON_SIZES:
        files |= {f"icons/hicolor/{size}x{size}/apps/{name}.png" for name in ICON_NAMES}
    return files


def launcher(data_home: Path) -> dict[str, str]:
    lines = (data_home / "applications" / f"{APP_ID}.desktop").read_text("utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_install_then_uninstall(data_home: Path, command: Path) -> None:
    done = run(
        "make", "-s", "install-desktop", f"EXEC={command}", "DISCREET=0", data_home=data_home
    )
    assert done.returncode == 0, done.stderr
    assert installed(data_home) == expected_icons() | {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
    }
    entry = launcher(data_home)
    assert entry["Exec"] == f'"{command}"'  # quoted: the path has a space
    assert entry["TryExec"] == str(command)  # the launcher goes away if the app does
    assert entry["Icon"] == APP_ID and entry["Name"] == "Companion"
    if validate := shutil.which("desktop-file-validate"):
        check = subprocess.run([validate, str(data_home / "applications" / f"{APP_ID}.desktop")])
        assert check.returncode == 0

    done = run("make", "-s", "uninstall-desktop", data_home=data_home)
    assert done.returncode == 0, done.stderr
    assert installed(data_home) == set()


def test_by_default_the_launcher_is_discreet_like_the_app(data_home: Path, command: Path) -> None:
    full = run("sh", str(SCRIPT), "install", str(command), data_home=data_home, DISCREET="0")
    assert full.returncode == 0, full.stderr
    done = run("make", "-s", "install-desktop", f"EXEC={command}", data_home=data_home)
    assert done.returncode == 0, done.stderr
    assert launcher(data_home)["Icon"] == DISCREET_ICON
    # No AppStream file (the earlier one went): it says what the app is for.
    assert installed(data_home) == expected_icons() | {f"applications/{APP_ID}.desktop"}


def test_without_the_command_it_says_what_to_do(data_home: Path, tmp_path: Path) -> None:
    done = run(
        "sh", str(SCRIPT), "install", str(tmp_path / "nowhere"), data_home=data_home, PATH="/bin"
    )
    assert done.returncode == 1
    assert "Install it first" in done.stderr
    assert not data_home.exists()
