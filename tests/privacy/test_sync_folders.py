"""The warning when the journal folder sits inside a folder a cloud client syncs."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_companion.core.sync_folders import (
    DROPBOX,
    GOOGLE_DRIVE,
    ICLOUD,
    NEXTCLOUD,
    NEXTCLOUD_OR_OWNCLOUD,
    ONEDRIVE,
    OWNCLOUD,
    SYNCTHING,
    sync_warning,
    synced_by,
)
from tests.language_words import BANNED

NO_ENV: dict[str, str] = {}


def marker_file(name: str, content: bytes = b"") -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / name).write_bytes(content)

    return make


def marker_folder(name: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / name).mkdir()

    return make


GOOGLE_INI = "[.ShellClassInfo]\r\nIconResource=C:\\Program Files\\Google\\Drive File Stream\\"
GOOGLE_INI += "launch.bat\\GoogleDriveFS.exe,23\r\n"

MARKERS = [
    ("dropbox-file", "synced", marker_file(".dropbox", b'{"tag": "dropbox"}'), DROPBOX),
    ("dropbox-cache", "synced", marker_folder(".dropbox.cache"), DROPBOX),
    ("dropbox-named", "Dropbox", marker_folder(".dropbox"), DROPBOX),
    ("google-download", "synced", marker_folder(".tmp.drivedownload"), GOOGLE_DRIVE),
    ("google-upload", "synced", marker_folder(".tmp.driveupload"), GOOGLE_DRIVE),
    ("google-ini-utf8", "synced", marker_file("desktop.ini", GOOGLE_INI.encode()), GOOGLE_DRIVE),
    (
        "google-ini-utf16",
        "synced",
        marker_file("desktop.ini", b"\xff\xfe" + GOOGLE_INI.encode("utf-16-le")),
        GOOGLE_DRIVE,
    ),
    ("nextcloud-log", "synced", marker_file(".nextcloudsync.log"), NEXTCLOUD),
    ("owncloud-log", "synced", marker_file(".owncloudsync.log"), OWNCLOUD),
    ("sync-db", "synced", marker_file(".sync_4f2a9c1d.db"), NEXTCLOUD_OR_OWNCLOUD),
    ("old-sync-db", "synced", marker_file("._sync_4f2a9c1d.db"), NEXTCLOUD_OR_OWNCLOUD),
    ("syncthing-folder", "synced", marker_folder(".stfolder"), SYNCTHING),
    ("syncthing-ignore", "synced", marker_file(".stignore", b"*.tmp\n"), SYNCTHING),
]


@pytest.mark.parametrize(
    ("root_name", "make_marker", "client"),
    [case[1:] for case in MARKERS],
    ids=[case[0] for case in MARKERS],
)
def test_a_marker_in_a_folder_above_names_the_client(
    tmp_path: Path, root_name: str, make_marker: Callable[[Path], None], client: str
) -> None:
    root = tmp_path / root_name
    root.mkdir()
    make_marker(root)
    data = root / "Documents" / "companion-journal" / "journal"
    data.mkdir(parents=True)
    assert synced_by(data, home=tmp_path, environ=NO_ENV) == client
    assert synced_by(root, home=tmp_path, environ=NO_ENV) == client
    assert synced_by(data / "not-made-yet", home=tmp_path, environ=NO_ENV) == client


@pytest.mark.parametrize(
    ("folder", "client"),
    [
        ("OneDrive", ONEDRIVE),
        ("OneDrive - Northside Clinic", ONEDRIVE),
        ("Library/CloudStorage/OneDrive-Personal", ONEDRIVE),
        ("Google Drive", GOOGLE_DRIVE),
        ("G/My Drive", GOOGLE_DRIVE),
        ("Library/CloudStorage/GoogleDrive-someone@example.org", GOOGLE_DRIVE),
        ("Library/CloudStorage/Dropbox", DROPBOX),
        ("iCloudDrive", ICLOUD),
        ("Library/Mobile Documents/com~apple~CloudDocs", ICLOUD),
        ("Library/Mobile Documents/iCloud~org~example~notes", ICLOUD),
    ],
)
def test_folder_names_name_the_client(tmp_path: Path, folder: str, client: str) -> None:
    data = tmp_path / folder / "companion-journal"  # never made: names alone are enough
    assert synced_by(data, home=tmp_path, environ=NO_ENV) == client


@pytest.mark.parametrize(
    "variable", ["OneDrive", "ONEDRIVE", "OneDriveConsumer", "OneDriveCommercial"]
)
def test_onedrive_folders_named_in_the_environment(tmp_path: Path, variable: str) -> None:
    synced = tmp_path / "Work files"  # OneDrive for work may sit under any name
    data = synced / "companion-journal"
    data.mkdir(parents=True)
    assert synced_by(data, home=tmp_path, environ={variable: str(synced)}) == ONEDRIVE
    assert synced_by(tmp_path / "elsewhere", home=tmp_path, environ={variable: str(synced)}) is None


def test_the_real_environment_is_read_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = tmp_path / "Work files"
    monkeypatch.setenv("OneDriveCommercial", str(synced))
    assert synced_by(synced / "journal", home=tmp_path) == ONEDRIVE


def test_a_local_folder_is_not_synced(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "companion-journal" / "journal"
    data.mkdir(parents=True)
    (home / "Documents").mkdir()
    (home / "Dropbox").mkdir()  # a sibling folder that is synced doesn't matter
    (home / "Dropbox" / ".dropbox").write_text("{}")
    (home / "desktop.ini").write_text("[.ShellClassInfo]\nIconResource=shell32.dll,3\n")
    (home / ".sync-notes.db").write_text("not a client's")
    assert synced_by(data, home=home, environ=NO_ENV) is None
    assert synced_by(home / "Documents", home=home, environ=NO_ENV) is None


def test_dropbox_settings_in_the_home_folder_are_not_a_synced_folder(tmp_path: Path) -> None:
    """Linux and macOS keep Dropbox's own settings in ~/.dropbox, a folder Dropbox doesn't sync."""
    home = tmp_path / "home"
    (home / ".dropbox" / "instance1").mkdir(parents=True)
    data = home / ".local" / "share" / "companion-journal"
    assert synced_by(data, home=home, environ=NO_ENV) is None


def test_the_nearest_client_is_named(tmp_path: Path) -> None:
    outer = tmp_path / "Dropbox"
    inner = outer / "phone"
    inner.mkdir(parents=True)
    (outer / ".dropbox").write_text("{}")
    (inner / ".stfolder").mkdir()
    assert synced_by(inner / "journal", home=tmp_path, environ=NO_ENV) == SYNCTHING


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_link_into_a_synced_folder_counts(tmp_path: Path) -> None:
    synced = tmp_path / "shared"
    (synced / "journal").mkdir(parents=True)
    (synced / ".stfolder").mkdir()
    link = tmp_path / "home" / ".local" / "share" / "companion-journal"
    link.parent.mkdir(parents=True)
    link.symlink_to(synced)
    assert synced_by(link / "journal", home=tmp_path / "home", environ=NO_ENV) == SYNCTHING


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="needs a folder this user can't read (root reads everything)",
)
def test_unreadable_folders_never_raise(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    data = locked / "inner" / "journal"
    data.mkdir(parents=True)
    locked.chmod(0)
    try:
        assert synced_by(data, home=tmp_path, environ=NO_ENV) is None
    finally:
        locked.chmod(0o700)


def test_unreadable_markers_never_raise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the file system says, the answer is a name or None."""
    (tmp_path / "desktop.ini").write_text("[.ShellClassInfo]\n")

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise PermissionError("no")

    monkeypatch.setattr(os, "scandir", refuse)
    assert synced_by(tmp_path / "journal", home=tmp_path, environ=NO_ENV) is None
    monkeypatch.undo()
    monkeypatch.setattr("builtins.open", refuse)
    assert synced_by(tmp_path / "journal", home=tmp_path, environ=NO_ENV) is None


def test_a_pipe_named_desktop_ini_is_no_marker_and_never_waited_on(tmp_path: Path) -> None:
    """Reading a pipe would wait for a writer forever, and this check runs as the window opens.
    In a child, so that a check that waits fails the test (the timeout) instead of hanging it."""
    os.mkfifo(tmp_path / "desktop.ini")
    code = (
        "import sys; from pathlib import Path; "
        "from iop_companion.core.sync_folders import synced_by; "
        "print(synced_by(Path(sys.argv[1]) / 'journal', home=Path(sys.argv[1]), environ={}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "None\n", "")


def test_odd_paths_never_raise(tmp_path: Path) -> None:
    assert synced_by(Path("relative/journal"), environ=NO_ENV) in {None, *CLIENTS}
    assert synced_by(tmp_path / ("x" * 300) / "journal", home=tmp_path, environ=NO_ENV) is None


CLIENTS = (
    DROPBOX,
    ONEDRIVE,
    ICLOUD,
    GOOGLE_DRIVE,
    NEXTCLOUD,
    OWNCLOUD,
    NEXTCLOUD_OR_OWNCLOUD,
    SYNCTHING,
)


@pytest.mark.parametrize("client", CLIENTS)
def test_the_warning_is_one_plain_sentence(client: str) -> None:
    sentence = sync_warning(client)
    assert client in sentence
    assert sentence.startswith("Your journal folder") and sentence.endswith(".")
    assert sentence.count(".") == 1 and "!" not in sentence
    assert "app's own folder" in sentence
    assert not any(word in sentence.lower() for word in BANNED)
