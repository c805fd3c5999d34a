"""The launcher and the AppStream file: valid for the freedesktop tools, consistent, discreet."""

from __future__ import annotations

import configparser
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

from iop_companion import __version__
from iop_companion.assets import APP_ID
from iop_companion.paths import APP_DIR_NAME
from tests.language_words import BANNED
from tests.packaging.support import RESOURCES, ROOT, require_tool

DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
# Words that would tell someone glancing at the menu what the app is for.
REVEALING = ("iop", "addiction", "recovery", "treatment", "sober", "outpatient", "program")


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()  # noqa: S314 (our own file)


def test_desktop_file_validate_accepts_the_launcher() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout  # no warnings or hints either


def test_appstreamcli_accepts_the_metainfo() -> None:
    tool = require_tool("appstreamcli", "appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # Errors and warnings fail; infos (e.g. a tag this appstream version doesn't know yet) pass.
    problems = [line for line in done.stdout.splitlines() if re.match(r"^[EW]: ", line)]
    assert problems == []


def test_the_launcher_is_neutral() -> None:
    entry = desktop_entry()
    assert entry["Name"] == "Companion"
    assert entry["GenericName"] == "Journal"
    assert entry["Comment"] == "A private journal"
    shown = " ".join(entry[key] for key in ("Name", "GenericName", "Comment", "Keywords"))
    assert not [word for word in REVEALING if word in shown.lower()]


def test_one_id_everywhere() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "iop-companion"
    # Qt on X11 sets WM_CLASS from the application name (ui/app.py), which this must match.
    assert entry["StartupWMClass"] == APP_DIR_NAME == "companion-journal"
    app = (ROOT / "iop_companion" / "ui" / "app.py").read_text("utf-8")
    assert "app.setApplicationName(APP_DIR_NAME)" in app
    root = metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("icon") == APP_ID
    spec = (ROOT / "packaging" / "iop-companion.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec


def test_the_metainfo_names_this_release_and_the_changelog_has_it() -> None:
    releases = metainfo().find("releases")
    assert releases is not None
    assert releases[0].get("version") == __version__  # newest first
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d\d-\d\d$", changelog, re.M)
    assert f'<release version="{__version__}" date="' in METAINFO.read_text(encoding="utf-8")


def test_the_version_is_written_in_one_place() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'version = { attr = "iop_companion.__version__" }' in pyproject
    assert not re.search(r"^version\s*=\s*\"", pyproject, re.M)


@pytest.mark.parametrize("path", [DESKTOP, METAINFO], ids=lambda p: p.suffix)
def test_the_files_follow_the_language_note(path) -> None:
    text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).lower()
    assert [word for word in BANNED if word in text] == []
