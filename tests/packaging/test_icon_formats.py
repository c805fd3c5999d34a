"""The Windows .ico and macOS .icns the bundle's spec makes on those systems (made here too)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from iop_companion.assets import ICON
from tests.packaging.support import PACKAGING, load_script


def test_ico_holds_every_windows_size(tmp_path: Path) -> None:
    formats = load_script("icon_formats")
    ico = formats.make_ico(ICON, tmp_path / "app.ico")
    assert ico.read_bytes()[:4] == b"\x00\x00\x01\x00"
    with Image.open(ico) as image:
        assert set(image.info["sizes"]) == {(s, s) for s in formats.ICO_SIZES}


def test_icns_holds_the_mac_sizes(tmp_path: Path) -> None:
    formats = load_script("icon_formats")
    icns = formats.make_icns(ICON, tmp_path / "app.icns")
    assert icns.read_bytes()[:4] == b"icns"
    with Image.open(icns) as image:
        assert {(w, h) for w, h, _ in image.info["sizes"]} >= {(512, 512), (16, 16)}


def test_the_spec_is_python_and_covers_each_platform() -> None:
    spec = (PACKAGING / "iop-companion.spec").read_text(encoding="utf-8")
    compile(spec, "iop-companion.spec", "exec")
    for needed in ("make_ico", "make_icns", "BUNDLE(", "NSHighResolutionCapable", "console="):
        assert needed in spec
