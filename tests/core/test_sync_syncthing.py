"""Keeping in step through Syncthing itself: two Syncthing instances on this computer, each with
its own home and its own copy of the folder, connected to each other on loopback only (no
discovery, relays, NAT or usage reports), stand for two computers.

Syncthing writes what arrives under a hidden temp name and renames it into place, and may send a
file in any order: the journal must take in what arrives whatever the order, on the next passes.
"""

from __future__ import annotations

import copy
import os
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.packaging.support import require_tool

DEADLINE_MS = 180_000  # generous: Syncthing usually needs a second or two
PASS_EVERY = 0.5  # seconds between two passes while waiting

pytestmark = [
    pytest.mark.slow,
    pytest.mark.allow_hosts(["127.0.0.1"]),  # Syncthing's ports are found on loopback only
]

OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "stunKeepaliveStartS": "0",  # no STUN either
    "urAccepted": "-1",  # no usage reports
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "reconnectionIntervalS": "1",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def generate(syncthing: str, home: Path) -> str:
    """A new Syncthing home: its keys and config. Its device id."""
    subprocess.run(
        [syncthing, "generate", f"--home={home}", "--no-default-folder"],
        check=True,
        capture_output=True,
    )
    device = ET.parse(home / "config.xml").getroot().find("device")  # noqa: S314 (its own file)
    assert device is not None
    return device.attrib["id"]


def configure(home: Path, port: int, folder: Path, me: str, other: str, other_port: int) -> None:
    """Listen on ``port`` of loopback only, no GUI, nothing beyond this computer; know the
    ``other`` device at ``other_port``; share ``folder`` with it."""
    tree = ET.parse(home / "config.xml")  # noqa: S314 (the file Syncthing just wrote)
    config = tree.getroot()

    def found(path: str) -> ET.Element:
        element = config.find(path)
        assert element is not None, path
        return element

    found("gui").set("enabled", "false")
    found("options/listenAddress").text = f"tcp://127.0.0.1:{port}"
    for name, value in OPTIONS.items():
        found(f"options/{name}").text = value

    device = copy.deepcopy(found("defaults/device"))
    device.set("id", other)
    device.set("name", "the other computer")
    found_address = device.find("address")
    assert found_address is not None
    found_address.text = f"tcp://127.0.0.1:{other_port}"
    config.insert(1, device)

    shared = copy.deepcopy(found("defaults/folder"))
    for name, value in {
        "id": "journal",
        "label": "journal",
        "path": str(folder),
        "rescanIntervalS": "2",
        "fsWatcherDelayS": "1",
    }.items():
        shared.set(name, value)
    for old in shared.findall("device"):
        shared.remove(old)
    for device_id in (me, other):
        ET.SubElement(ET.SubElement(shared, "device", id=device_id), "encryptionPassword")
    config.insert(0, shared)
    tree.write(home / "config.xml")


@pytest.fixture
def two_folders(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """Two folders kept in step by two running Syncthing instances (skipped without it)."""
    syncthing = require_tool("syncthing", "syncthing")
    homes = [tmp_path / "syncthing-a", tmp_path / "syncthing-b"]
    folders = [tmp_path / "folder-a", tmp_path / "folder-b"]
    ids = [generate(syncthing, home) for home in homes]
    ports = [free_port(), free_port()]
    for n in (0, 1):
        folders[n].mkdir()
        (folders[n] / ".stfolder").mkdir()  # Syncthing's mark that the folder is there
        configure(homes[n], ports[n], folders[n], ids[n], ids[1 - n], ports[1 - n])
    environment = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1"}
    running = []
    for home in homes:
        with open(home / "log.txt", "wb") as log:
            running.append(
                subprocess.Popen(
                    [syncthing, "serve", f"--home={home}", "--no-browser", "--no-restart"],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env=environment,
                )
            )
    try:
        yield folders[0], folders[1]
    finally:
        for process in running:
            process.terminate()
        for process in running:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def texts(journal: OpenJournal) -> list[str]:
    return sorted(e.text for e in journal.journal.entries())


def our_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")}


def arrived(journal: OpenJournal, text: str) -> Callable[[], bool]:
    """A condition for ``qtbot.waitUntil``: a pass (at most one each ``PASS_EVERY`` seconds)
    and whether ``text`` is in the journal now."""
    due = 0.0

    def check() -> bool:
        nonlocal due
        if time.monotonic() >= due:
            due = time.monotonic() + PASS_EVERY
            journal.sync_pass()
        return text in texts(journal)

    return check


def test_a_win_logged_on_one_computer_arrives_on_the_other_through_syncthing(
    two_folders: tuple[Path, Path], tmp_path: Path, qtbot: QtBot
) -> None:
    folder_a, folder_b = two_folders
    a, _ = OpenJournal.create(tmp_path / "a", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF)
    a.log_win("Showed up to group", day=date(2026, 11, 2))
    a.keep_in_step_through(folder_a)
    qtbot.waitUntil(lambda: our_files(folder_b) == our_files(folder_a), timeout=DEADLINE_MS)
    b, _ = OpenJournal.join_from_folder(
        folder_b, tmp_path / "b", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF
    )
    assert texts(b) == ["Showed up to group"]

    a.log_win("Called instead of ghosting", day=date(2026, 11, 3))
    a.sync_pass()
    qtbot.waitUntil(arrived(b, "Called instead of ghosting"), timeout=DEADLINE_MS)
    b.log_win("Asked for a smaller group", day=date(2026, 11, 4))
    b.sync_pass()
    qtbot.waitUntil(arrived(a, "Asked for a smaller group"), timeout=DEADLINE_MS)
    assert texts(a) == texts(b)
    assert a.sync_status().computers == 1  # B's computer file came through too
    for journal in (a, b):
        journal.lock()
