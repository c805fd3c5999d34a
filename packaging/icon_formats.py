"""Windows .ico and macOS .icns files, made from the committed PNG sizes (with Pillow).

They are build products, never committed: the PNGs and SVGs under
``iop_companion/resources/icons/hicolor/`` are the only copy of the icons. The PyInstaller spec
calls these on Windows and macOS; ``python packaging/icon_formats.py OUT_DIR`` makes both
anywhere, to look at them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

from iop_companion.assets import ICON_NAMES, icons_root

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows uses up to 256
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def _png(name: str, size: int) -> Image.Image:
    return Image.open(icons_root() / f"{size}x{size}" / "apps" / f"{name}.png").convert("RGBA")


def make_ico(name: str, target: Path) -> Path:
    """Every size as drawn, not one image scaled by Pillow."""
    images = [_png(name, size) for size in ICO_SIZES]
    target.parent.mkdir(parents=True, exist_ok=True)
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[i.size for i in images], append_images=images[:-1])
    return target


def make_icns(name: str, target: Path) -> Path:
    images = [_png(name, size) for size in ICNS_SIZES]
    target.parent.mkdir(parents=True, exist_ok=True)
    images[-1].save(target, format="ICNS", append_images=images[:-1])
    return target


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "build/icons")
    for name in ICON_NAMES:
        print(make_ico(name, out / f"{name}.ico"))
        print(make_icns(name, out / f"{name}.icns"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
