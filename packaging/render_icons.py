"""Render the app's SVG icons to the PNG sizes desktops and installers want.

    python packaging/render_icons.py        (or: make icons)

The SVGs under ``iop_companion/resources/icons/hicolor/scalable/apps/`` are the source; each is
drawn with Qt's own SVG renderer (no other tool needed) into
``iop_companion/resources/icons/hicolor/<N>x<N>/apps/`` for every size in ``SIZES``. The PNGs are
committed, so building, installing and testing never need this script; run it after changing an
SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from iop_companion.assets import ICON_NAMES, ICON_SIZES, icons_root  # noqa: E402


def render(svg: Path, size: int, target: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written without a time stamp or gamma chunk, so the same SVG gives the same bytes.
    # PySide6's stubs want the format as bytes; the binding (6.11) refuses bytes and takes str.
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    if not argb.save(str(target), "PNG", 0):  # type: ignore[call-overload]
        raise SystemExit(f"Could not write {target}.")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])
    root = icons_root()
    for name in ICON_NAMES:
        svg = root / "scalable" / "apps" / f"{name}.svg"
        for size in ICON_SIZES:
            target = root / f"{size}x{size}" / "apps" / f"{name}.png"
            render(svg, size, target)
            print(target.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
