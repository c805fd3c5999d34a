"""The icons are found the same way from a checkout, a wheel and a bundle, and exist only once."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from iop_companion import assets
from iop_companion.assets import (
    APP_ID,
    DISCREET_ICON,
    ICON,
    ICON_NAMES,
    ICON_SIZES,
    asset_path,
    icon_files,
    icon_path,
)
from tests.packaging.support import ROOT


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icon_names_are_the_app_id() -> None:
    assert ICON == APP_ID == "org.iopcompanion.Companion"
    assert DISCREET_ICON == "org.iopcompanion.Companion-discreet"
    assert ICON_SIZES == (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.parametrize("name", ICON_NAMES)
def test_every_icon_is_there_as_svg_and_in_every_png_size(name: str) -> None:
    svg = asset_path(f"icons/hicolor/scalable/apps/{name}.svg")
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert "<text" not in svg.read_text(encoding="utf-8")  # a shape, never words
    for size in ICON_SIZES:
        assert png_size(asset_path(f"icons/hicolor/{size}x{size}/apps/{name}.png")) == (size, size)


def test_icon_helpers() -> None:
    assert icon_path() == asset_path(f"icons/hicolor/scalable/apps/{ICON}.svg")
    assert icon_path(discreet=True, size=32).name == f"{DISCREET_ICON}.png"
    files = icon_files(discreet=True)
    assert [png_size(f)[0] for f in files[:-1]] == list(ICON_SIZES)
    assert files[-1].suffix == ".svg" and files[-1].stem == DISCREET_ICON
    with pytest.raises(ValueError, match="No 20 px icon"):
        icon_path(size=20)


@pytest.mark.parametrize("name", ["../pyproject.toml", "/etc/passwd", "", "icons/../../x"])
def test_names_outside_the_apps_files_are_refused(name: str) -> None:
    with pytest.raises(ValueError):
        asset_path(name)


def test_a_missing_file_says_so() -> None:
    with pytest.raises(FileNotFoundError, match=r"nothing\.svg"):
        asset_path("icons/nothing.svg")


def test_in_a_checkout_the_files_are_in_the_package() -> None:
    assert assets.resources_root() == ROOT / "iop_companion" / "resources"


def test_in_a_bundle_the_files_are_beside_the_frozen_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    icon = tmp_path / "iop_companion" / "resources" / "icons" / "hicolor" / "scalable" / "apps"
    icon.mkdir(parents=True)
    (icon / f"{ICON}.svg").write_text("<svg/>", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert icon_path() == icon / f"{ICON}.svg"


def test_the_icons_exist_once_in_the_repository() -> None:
    """One copy: no second set of the icon files anywhere in the tree."""
    skip = {".venv", ".git", "build", "dist", ".mypy_cache", ".pytest_cache", ".ruff_cache"}
    tops = [p for p in ROOT.iterdir() if p.is_dir() and p.name not in skip]
    copies = [
        path.relative_to(ROOT)
        for top in tops
        for path in top.rglob("org.iopcompanion.Companion*")
        if path.suffix in {".png", ".svg", ".ico", ".icns"}
    ]
    assert len(copies) == len(ICON_NAMES) * (len(ICON_SIZES) + 1)
    assert all(str(p).startswith("iop_companion/resources/icons/hicolor/") for p in copies)


def test_assets_load_no_qt() -> None:
    code = "import sys, iop_companion.assets; print('PySide6' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
