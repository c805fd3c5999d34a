"""packaging/bundle_check.py refuses a bundle that lacks a file the app opens only when needed
(the summary PDF's Typst template, Typst's native module), before running anything in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.support import load_script

# Where PyInstaller 6 puts them in a one-folder bundle (make bundle).
TEMPLATE = "_internal/iop_companion/export/summary.typ"
CARD = "_internal/iop_companion/export/wallet_card.typ"
TYPST = "_internal/typst/_typst.abi3.so"
WORDS = (
    "_internal/iop_companion/resources/translations/iop_companion_es.qm",
    "_internal/iop_companion/resources/translations/iop_companion_en.qm",
    "_internal/PySide6/Qt/translations/qtbase_es.qm",
)


def fake_bundle(folder: Path, *files: str) -> Path:
    for name in ("iop-companion", *files):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"")
    return folder


def test_a_bundle_with_the_template_and_typst_lacks_nothing(tmp_path: Path) -> None:
    check = load_script("bundle_check")
    assert check.missing_parts(fake_bundle(tmp_path, TEMPLATE, CARD, TYPST, *WORDS)) == []
    windows_typst = "_internal/typst/_typst.pyd"
    windows = fake_bundle(tmp_path / "windows", TEMPLATE, CARD, windows_typst, *WORDS)
    assert check.missing_parts(windows) == []


def test_a_bundle_without_the_spanish_catalogues_is_refused(tmp_path: Path) -> None:
    check = load_script("bundle_check")
    missing = check.missing_parts(fake_bundle(tmp_path, TEMPLATE, CARD, TYPST, WORDS[1]))
    assert missing == [
        f"the app's Spanish words ({WORDS[0].removeprefix('_internal/')})",
        f"Qt's own Spanish words for its standard dialogs ({WORDS[2].removeprefix('_internal/')})",
    ]


@pytest.mark.parametrize(
    ("present", "lacking"),
    [
        (TYPST, "the summary PDF's Typst template (iop_companion/export/summary.typ)"),
        (TEMPLATE, "the wallet card's Typst template (iop_companion/export/wallet_card.typ)"),
        (TEMPLATE, "Typst itself (typst's native module), which writes the summary PDF"),
    ],
)
def test_the_check_names_what_the_bundle_lacks(tmp_path: Path, present: str, lacking: str) -> None:
    check = load_script("bundle_check")
    bundle = fake_bundle(tmp_path, present)
    (bundle / "_internal/typst").mkdir(exist_ok=True)  # the package's folder alone is not enough
    with pytest.raises(SystemExit) as refused:
        check.main([str(bundle)])  # the empty program would fail if it ran
    assert lacking in str(refused.value)
    assert str(refused.value).endswith("Check packaging/iop-companion.spec.")
    assert not (bundle.parent / "bundle-check.txt").exists()
