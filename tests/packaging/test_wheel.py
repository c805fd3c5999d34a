"""The wheel, installed into a fresh virtual environment, runs `iop-companion` and its self-check.

Built the way `make dist` builds it (sdist first, then the wheel from the unpacked sdist), so a
file missing from either shows up here. Offline: the build uses this environment's setuptools
(no build isolation), and the fresh environment reaches the dependencies already installed here
through a .pth line instead of downloading them; the wheel goes in with --no-deps --no-index.
The commands run from an empty folder with a bare environment, and a check proves the package
was imported from the fresh environment, not from this checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from iop_companion import __version__
from iop_companion.assets import ICON_NAMES, ICON_SIZES
from tests.packaging.support import ROOT

pytestmark = pytest.mark.slow

BUILD = "import sys; from setuptools import build_meta as b; print(b.build_{}(sys.argv[1]))"
PURELIB = "import sysconfig; print(sysconfig.get_paths()['purelib'])"


def run(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, f"{argv}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    sdist = (
        out
        / run([sys.executable, "-c", BUILD.format("sdist"), str(out)], ROOT)
        .strip()
        .splitlines()[-1]
    )
    with tarfile.open(sdist) as archive:
        archive.extractall(out, filter="data")
    unpacked = out / sdist.name.removesuffix(".tar.gz")
    name = (
        run([sys.executable, "-c", BUILD.format("wheel"), str(out)], unpacked)
        .strip()
        .splitlines()[-1]
    )
    return out / name


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("venv") / "env"
    run([sys.executable, "-m", "venv", "--without-pip", str(folder)], folder.parent)
    python = folder / "bin" / "python"
    site = run([str(python), "-c", PURELIB], folder)
    # The dependencies already installed here; the wheel's own files come first on sys.path.
    Path(site.strip(), "dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    run([*pip, "--no-deps", "--no-index", str(wheel)], folder.parent)
    return folder


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TZ")}
    env.update(HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    return env


def test_the_wheel_holds_the_package_data_and_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(
            archive.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt")
        )
    prefix = "iop_companion/resources/icons/hicolor"
    for icon in ICON_NAMES:
        assert f"{prefix}/scalable/apps/{icon}.svg" in names
        for size in ICON_SIZES:
            assert f"{prefix}/{size}x{size}/apps/{icon}.png" in names
    assert "iop_companion/export/summary.typ" in names  # the summary PDF's Typst template
    assert not [n for n in names if n.startswith(("tests/", "packaging/", "resources/"))]
    assert "[gui_scripts]\niop-companion = iop_companion.__main__:main" in entry_points
    assert "[console_scripts]\niop-companion-cli = iop_companion.__main__:main" in entry_points


def test_the_installed_command_runs_from_the_fresh_environment(
    venv: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    python, bin_dir = str(venv / "bin" / "python"), venv / "bin"
    where = run([python, "-c", "import iop_companion; print(iop_companion.__file__)"], tmp_path)
    assert Path(where.strip()).is_relative_to(venv)  # not this checkout
    version = run([str(bin_dir / "iop-companion"), "--version"], tmp_path, bare_env)
    assert version.startswith(f"iop-companion {__version__} (journal format ")
    assert run([python, "-m", "iop_companion", "--version"], tmp_path, bare_env) == version
    assert run([str(bin_dir / "iop-companion-cli"), "--version"], tmp_path, bare_env) == version


def test_the_self_check_passes_in_the_fresh_environment(
    venv: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    output = run([str(venv / "bin" / "iop-companion"), "--self-check"], tmp_path, bare_env)
    assert output.splitlines()[-1] == "All checks passed."
    assert "Loaded both icons" in output  # package data found from the installed wheel
    assert [p for p in tmp_path.iterdir() if p.name.startswith("companion-self-check-")] == []
