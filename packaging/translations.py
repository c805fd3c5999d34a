"""Refresh the catalogues from the source and build what the app reads (``make translations``).

``pyside6-lupdate`` reads every ``tr``/``translate``/``QT_TRANSLATE_NOOP`` call in the package
into ``iop_companion/resources/translations/iop_companion_<language>.ts`` (English, the source
language, only for its plural forms); ``pyside6-lrelease`` turns each into the ``.qm`` the app
loads. Locations are left out of the ``.ts`` so moving a line changes nothing.

``--check`` changes no file: it says which catalogue is behind the source (a sentence the source
says that the catalogue doesn't hold, or one it holds that the source no longer says) or which
``.qm`` is behind its ``.ts``, and exits 1.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from iop_companion.i18n import english_forms

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "iop_companion"
CATALOGUES = PACKAGE / "resources" / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = {"en": "en", "es": "es_419"}  # catalogue name: the language its .ts declares


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"pyside6-{name} is missing: install PySide6 in this environment.")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def ts_file(folder: Path, name: str) -> Path:
    return folder / f"iop_companion_{name}.ts"


def lupdate(folder: Path, name: str) -> None:
    options = ["-pluralonly"] if name == SOURCE_LANGUAGE else []
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            LANGUAGES[name],
            *options,
            *sources(),
            "-ts",
            str(ts_file(folder, name)),
        ],
        cwd=ROOT,
        check=True,
    )


def update(folder: Path) -> None:
    """Write every catalogue's ``.ts`` in ``folder`` from the source (keeping its translations)."""
    for name in LANGUAGES:
        lupdate(folder, name)
        if name == SOURCE_LANGUAGE and fill_english(ts_file(folder, name)):
            lupdate(folder, name)  # back in lupdate's own layout, so a second run changes nothing


def fill_english(ts: Path) -> bool:
    """Write the English plural forms the source spells out, so English needs no translator;
    True when there were new ones."""

    tree = ET.parse(ts)  # noqa: S314
    changed = False
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        for element, text in zip(forms, english_forms(source), strict=True):
            element.text = text
        del translation.attrib["type"]
        changed = True
    if changed:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n')
    return changed


def release(folder: Path, into: Path) -> None:
    for name in LANGUAGES:
        qm = into / f"iop_companion_{name}.qm"
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_file(folder, name)), "-qm", str(qm)], check=True
        )


def behind() -> list[str]:
    """What is out of date, one line each; nothing when the catalogues match the source."""
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        for name in LANGUAGES:
            if ts_file(CATALOGUES, name).exists():
                shutil.copy(ts_file(CATALOGUES, name), fresh)
        update(fresh)
        built = fresh / "qm"
        built.mkdir()
        release(CATALOGUES, built)
        for name in LANGUAGES:
            kept = ts_file(CATALOGUES, name)
            if not kept.exists() or kept.read_bytes() != ts_file(fresh, name).read_bytes():
                found.append(f"{kept.name} is behind the source")
            qm = CATALOGUES / f"iop_companion_{name}.qm"
            if not qm.exists() or qm.read_bytes() != (built / qm.name).read_bytes():
                found.append(f"{qm.name} is behind {kept.name}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; say what is behind")
    args = parser.parse_args()
    if args.check:
        lines = behind()
        for line in lines:
            print(line)
        if lines:
            print("Run `make translations`, then translate what is new.")
        return 1 if lines else 0
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    update(CATALOGUES)
    release(CATALOGUES, CATALOGUES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
