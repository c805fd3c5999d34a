"""Locking with the screen: a simulated signal, a real (private) D-Bus, and no bus at all."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from itertools import count

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iop_companion.ui.screen_lock import (
    LOGIND,
    SCREENSAVERS,
    SLEEP_ONLY,
    SUPPORTED,
    SUPPORTED_AND_SLEEP,
    ScreenLockWatcher,
    session_object_path,
)
from tests.test_language import BANNED

names = count()


def no_bus() -> QDBusConnection:
    return QDBusConnection.connectToBus("unix:path=/nonexistent/bus", f"no-bus-{next(names)}")


def plain(sentence: str) -> bool:
    return (
        sentence.endswith(".")
        and "!" not in sentence
        and not any(word in sentence.lower() for word in BANNED)
    )


def test_the_simulated_signal_emits_locked(qtbot: QtBot) -> None:
    watcher = ScreenLockWatcher(session_bus=no_bus(), system_bus=no_bus())
    with qtbot.waitSignal(watcher.locked, timeout=1000):
        watcher.screen_locked()


def test_only_becoming_active_or_going_to_sleep_locks(qtbot: QtBot) -> None:
    watcher = ScreenLockWatcher(session_bus=no_bus(), system_bus=no_bus())
    with qtbot.assertNotEmitted(watcher.locked):
        watcher.screensaver_active_changed(False)
        watcher.prepare_for_sleep(False)
    with qtbot.waitSignal(watcher.locked, timeout=1000):
        watcher.screensaver_active_changed(True)
    with qtbot.waitSignal(watcher.locked, timeout=1000):
        watcher.prepare_for_sleep(True)


def test_without_a_bus_nothing_raises_and_the_sentence_says_so(qapp: QApplication) -> None:
    watcher = ScreenLockWatcher(platform="linux", session_bus=no_bus(), system_bus=no_bus())
    assert not watcher.supported and not watcher.sleep_supported
    assert watcher.how.startswith("This computer doesn't tell the app when the screen locks")
    assert "Ctrl+L" in watcher.how and plain(watcher.how)


def test_without_qtdbus_nothing_raises(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtDBus", None)  # import fails, as without the module
    watcher = ScreenLockWatcher(platform="linux")
    assert not watcher.supported
    assert plain(watcher.how)


def test_the_usual_buses_never_raise(qapp: QApplication) -> None:
    """Whatever this machine has (in CI: no bus at all), construction gives an answer."""
    watcher = ScreenLockWatcher()
    assert isinstance(watcher.supported, bool)
    assert plain(watcher.how)


@pytest.mark.parametrize(("platform", "system"), [("win32", "Windows"), ("darwin", "macOS")])
def test_windows_and_macos_say_plainly_this_version_cant_tell(
    qapp: QApplication, platform: str, system: str
) -> None:
    watcher = ScreenLockWatcher(platform=platform)
    assert not watcher.supported
    assert watcher.how.startswith(f"This version of the app can't tell when {system} locks")
    assert plain(watcher.how)


@pytest.mark.parametrize(
    ("session_id", "path"),
    [("2", "_32"), ("c1", "c1"), ("12", "_312"), ("a-b", "a_2db"), ("", "_")],
)
def test_session_paths_are_escaped_like_systemd_does(session_id: str, path: str) -> None:
    assert session_object_path(session_id) == "/org/freedesktop/login1/session/" + path


# -- a real D-Bus daemon, private to the test ------------------------------------------------


@pytest.fixture
def bus_address() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon didn't start")
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)


def connect(address: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, f"test-bus-{next(names)}")
    assert bus.isConnected()
    return bus


def emit(bus: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    if args:
        message.setArguments(list(args))
    assert bus.send(message)


@pytest.mark.parametrize("service", ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"])
def test_a_desktop_screensaver_locking_emits_locked(
    qtbot: QtBot, bus_address: str, service: str
) -> None:
    desktop = connect(bus_address)
    assert desktop.registerService(service)
    watcher = ScreenLockWatcher(
        platform="linux", session_bus=connect(bus_address), system_bus=no_bus(), environ={}
    )
    assert watcher.supported and watcher.screensavers == [service]
    assert watcher.how == SUPPORTED
    with qtbot.assertNotEmitted(watcher.locked, wait=100):
        emit(desktop, SCREENSAVERS[service], service, "ActiveChanged", False)
    with qtbot.waitSignal(watcher.locked, timeout=5000):
        emit(desktop, SCREENSAVERS[service], service, "ActiveChanged", True)


def test_a_signal_of_the_wrong_shape_is_ignored(qtbot: QtBot, bus_address: str) -> None:
    service = "org.freedesktop.ScreenSaver"
    desktop = connect(bus_address)
    assert desktop.registerService(service)
    watcher = ScreenLockWatcher(
        platform="linux", session_bus=connect(bus_address), system_bus=no_bus(), environ={}
    )
    with qtbot.assertNotEmitted(watcher.locked, wait=200):
        emit(desktop, SCREENSAVERS[service], service, "ActiveChanged", "yes")
        emit(desktop, SCREENSAVERS[service], service, "ActiveChanged")


def test_someone_else_saying_the_screen_locked_is_ignored(qtbot: QtBot, bus_address: str) -> None:
    service = "org.freedesktop.ScreenSaver"
    assert connect(bus_address).registerService(service)
    stranger = connect(bus_address)
    watcher = ScreenLockWatcher(
        platform="linux", session_bus=connect(bus_address), system_bus=no_bus(), environ={}
    )
    with qtbot.assertNotEmitted(watcher.locked, wait=200):
        emit(stranger, SCREENSAVERS[service], service, "ActiveChanged", True)


def test_logind_lock_and_sleep_emit_locked(qtbot: QtBot, bus_address: str) -> None:
    logind = connect(bus_address)
    assert logind.registerService(LOGIND)
    watcher = ScreenLockWatcher(
        platform="linux",
        session_bus=no_bus(),
        system_bus=connect(bus_address),
        environ={"XDG_SESSION_ID": "2"},
    )
    assert watcher.session_path == "/org/freedesktop/login1/session/_32"
    assert watcher.sleep_supported and not watcher.supported
    assert watcher.how == SLEEP_ONLY.format(key="Ctrl+L")
    with qtbot.waitSignal(watcher.locked, timeout=5000):
        emit(logind, watcher.session_path, "org.freedesktop.login1.Session", "Lock")
    with qtbot.assertNotEmitted(watcher.locked, wait=100):
        emit(
            logind, "/org/freedesktop/login1/session/_33", "org.freedesktop.login1.Session", "Lock"
        )
    with qtbot.waitSignal(watcher.locked, timeout=5000):
        emit(
            logind,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            True,
        )


def test_screensaver_and_sleep_together(qapp: QApplication, bus_address: str) -> None:
    others = connect(bus_address)
    assert others.registerService(LOGIND)
    assert others.registerService("org.gnome.ScreenSaver")
    watcher = ScreenLockWatcher(
        platform="linux",
        session_bus=connect(bus_address),
        system_bus=connect(bus_address),
        environ={},  # no XDG_SESSION_ID, and GetSession finds no answer: sleep still works
    )
    assert watcher.supported and watcher.sleep_supported and watcher.session_path is None
    assert watcher.how == SUPPORTED_AND_SLEEP
