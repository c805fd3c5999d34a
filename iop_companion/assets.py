"""The app's own files (icons): found the same way from a source checkout, an installed wheel and
a PyInstaller bundle. Qt-free, and cheap to import.

They live in one place, ``iop_companion/resources/``, which is package data in the wheel and is
copied to ``_internal/iop_companion/resources/`` in a bundle (``packaging/iop-companion.spec``).
Icons follow the freedesktop "hicolor" layout, so installing them for a desktop is one copy::

    icons/hicolor/scalable/apps/org.iopcompanion.Companion.svg            the app's icon
    icons/hicolor/scalable/apps/org.iopcompanion.Companion-discreet.svg   a plain notebook
    icons/hicolor/<N>x<N>/apps/<the same names>.png                       N in ICON_SIZES
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path, PurePosixPath

APP_ID = "org.iopcompanion.Companion"  # the same in the .desktop file, metainfo and macOS bundle
ICON = APP_ID
DISCREET_ICON = f"{APP_ID}-discreet"  # says nothing about what the app is for
ICON_NAMES = (ICON, DISCREET_ICON)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_root() -> Path:
    """The folder that holds the app's files, wherever the app runs from."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        # PyInstaller unpacks data files beside the frozen modules, under the package's name.
        return Path(bundle) / "iop_companion" / "resources"
    root = files("iop_companion") / "resources"
    if isinstance(root, Path):  # a checkout, an editable install or an installed wheel
        return root
    return Path(__file__).resolve().parent / "resources"  # pragma: no cover (zipped imports)


def asset_path(name: str) -> Path:
    """The file ``name`` (a relative path with ``/``, e.g. ``"icons/hicolor/32x32/apps/…png"``).

    Raises ``FileNotFoundError`` when it isn't there, and ``ValueError`` for a name that would
    reach outside the app's files.
    """
    relative = PurePosixPath(name)
    if relative.is_absolute() or not relative.parts or ".." in relative.parts:
        raise ValueError(f"Not a name of one of the app's files: {name!r}")
    path = resources_root().joinpath(*relative.parts)
    if not path.is_file():
        raise FileNotFoundError(f"The app's file {name!r} is missing from {resources_root()}.")
    return path


def icons_root() -> Path:
    """The ``hicolor`` icon theme folder: ``scalable/apps/`` and ``<N>x<N>/apps/``."""
    return resources_root() / "icons" / "hicolor"


def icon_path(*, discreet: bool = False, size: int | None = None) -> Path:
    """The app's icon as SVG, or as a PNG of ``size`` pixels (one of ``ICON_SIZES``)."""
    name = DISCREET_ICON if discreet else ICON
    if size is None:
        return asset_path(f"icons/hicolor/scalable/apps/{name}.svg")
    if size not in ICON_SIZES:
        raise ValueError(f"No {size} px icon; the sizes are {', '.join(map(str, ICON_SIZES))}.")
    return asset_path(f"icons/hicolor/{size}x{size}/apps/{name}.png")


def icon_files(*, discreet: bool = False) -> list[Path]:
    """Every PNG size, smallest first, then the SVG: what a window icon is built from (``QIcon``
    picks the nearest size, and the PNGs work where Qt's SVG plugin is missing)."""
    pngs = [icon_path(discreet=discreet, size=size) for size in ICON_SIZES]
    return [*pngs, icon_path(discreet=discreet)]
