"""One window per journal: a second launch brings the first window forward and ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from iop_companion.ui.one_window import OneWindow


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def test_the_first_window_holds_the_journal_and_hears_a_second_launch(
    qtbot, runtime: Path, tmp_path: Path
) -> None:
    journal = tmp_path / "journal"
    first, second = OneWindow(journal), OneWindow(journal)
    assert first.claim()
    assert not second.claim()  # the same journal: the second launch doesn't open a window
    with qtbot.waitSignal(first.forward_wanted, timeout=5000):
        second.ask_first_forward()
    with qtbot.waitSignal(first.forward_wanted, timeout=5000):
        second.ask_first_forward()  # and again, later
    assert OneWindow(tmp_path / "another journal").claim()  # another folder is another journal
    first.release()
    assert OneWindow(journal).claim()  # closed: the next launch opens a window


def test_a_runtime_folder_that_cant_be_used_still_opens_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(blocked / "runtime"))
    assert OneWindow(tmp_path / "journal").claim()  # a window rather than none
    assert OneWindow(tmp_path / "journal").claim()


def test_its_files_say_nothing_of_the_app(runtime: Path, tmp_path: Path) -> None:
    window = OneWindow(tmp_path / "journal")
    assert window.claim()
    for path in runtime.iterdir():
        assert "iop" not in path.name.lower() and "journal" not in path.name.lower()
        assert path.stat().st_mode & 0o077 == 0, path.name  # the owner's alone
        assert b"iop" not in path.read_bytes().lower()
    window.release()


@pytest.mark.slow
def test_a_second_launch_of_the_app_brings_the_first_forward(
    qtbot, runtime: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        # A locale every machine has, so Qt has no warning about a missing one to print.
        "LC_ALL": "C.UTF-8",
    }
    launch = [sys.executable, "-m", "iop_companion", "--data-dir", str(data)]
    claim = OneWindow(data / "journal")
    first = subprocess.Popen(launch, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(claim.knock_path.exists, timeout=30_000)  # the first window is up
        second = subprocess.run(launch, env=env, capture_output=True, timeout=60)
        assert second.returncode == 0 and second.stderr == b""
        qtbot.waitUntil(lambda: claim.knock_path.stat().st_size == 0, timeout=10_000)  # heard
        assert first.poll() is None  # the first window is still open
        first.send_signal(signal.SIGKILL)  # a crash leaves its lock file behind
        first.wait(timeout=30)
        assert claim.claim()  # the next launch opens a window all the same
        claim.release()
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=30)
