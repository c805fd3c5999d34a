"""Locking with the screen: a simulated signal, a real (private) D-Bus, and no bus at all."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from collections.abc import Iterator
from ctypes import wintypes
from itertools import count

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iop_companion.ui.screen_lock import (
    LOGIND,
    PBT_APMSUSPEND,
    SCREENSAVERS,
    SLEEP_ONLY,
    SUPPORTED,
    SUPPORTED_AND_SLEEP,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    ScreenLockWatcher,
    WindowsMessages,
    session_object_path,
)
from tests.language_words import BANNED

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
    """macOS always; Windows until the window asks for the session's messages."""
    watcher = ScreenLockWatcher(platform=platform)
    assert not watcher.supported
    assert watcher.how.startswith(f"This version of the app can't tell when {system} locks")
    assert plain(watcher.how)


class FakeWindows:
    """Stands in for wtsapi32's (un)registration calls."""

    def __init__(self, answer: bool | type[OSError] = True) -> None:
        self.answer = answer
        self.calls: list[tuple[int, bool]] = []

    def __call__(self, window_id: int, *, register: bool) -> bool:
        self.calls.append((window_id, register))
        if not isinstance(self.answer, bool):
            raise self.answer("no wtsapi32")
        return self.answer


def windows_message(message: int, wparam: int) -> tuple[wintypes.MSG, int]:
    """A MSG as Windows hands it to Qt's native event filters, and its address."""
    msg = wintypes.MSG()
    msg.message, msg.wParam = message, wparam
    return msg, ctypes.addressof(msg)


@pytest.mark.parametrize(
    ("message", "wparam", "locks"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_POWERBROADCAST, PBT_APMSUSPEND, True),
        (WM_WTSSESSION_CHANGE, 0x8, False),  # WTS_SESSION_UNLOCK
        (WM_POWERBROADCAST, 0x12, False),  # PBT_APMRESUMEAUTOMATIC
        (0x0200, WTS_SESSION_LOCK, False),  # WM_MOUSEMOVE
    ],
)
def test_windows_session_lock_and_sleep_messages_lock_the_journal(
    qtbot: QtBot, message: int, wparam: int, locks: bool
) -> None:
    windows = FakeWindows()
    watcher = ScreenLockWatcher(platform="win32")
    watcher.watch_window(4242, ask_windows=windows)
    assert windows.calls == [(4242, True)]
    assert watcher.supported and watcher.how == SUPPORTED_AND_SLEEP
    heard: list[bool] = []
    watcher.locked.connect(lambda: heard.append(True))
    assert watcher.windows_messages is not None
    _msg, address = windows_message(  # _msg keeps the struct alive while it is read
        message, wparam
    )
    for event_type in (b"windows_generic_MSG", QByteArray(b"windows_dispatcher_MSG")):
        assert watcher.windows_messages.nativeEventFilter(event_type, address) == (False, 0)
    assert heard == ([True, True] if locks else [])
    watcher.stop_watching_window(ask_windows=windows)
    assert windows.calls[-1] == (4242, False)
    assert not watcher.supported


def test_other_platforms_native_events_are_never_read_as_windows_messages(
    qapp: QApplication,
) -> None:
    heard: list[bool] = []
    messages = WindowsMessages(lambda: heard.append(True))
    _msg, address = windows_message(  # _msg keeps the struct alive while it is read
        WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK
    )
    assert messages.nativeEventFilter(b"xcb_generic_event_t", address) == (False, 0)
    assert messages.nativeEventFilter(b"windows_generic_MSG", 0) == (False, 0)
    assert heard == []


@pytest.mark.parametrize("answer", [False, OSError])
def test_windows_without_session_messages_still_locks_on_sleep_and_says_so(
    qapp: QApplication, answer: bool | type[OSError]
) -> None:
    watcher = ScreenLockWatcher(platform="win32")
    watcher.watch_window(7, ask_windows=FakeWindows(answer))
    assert not watcher.supported and watcher.sleep_supported
    assert watcher.how.startswith("The journal locks when this computer goes to sleep.")
    assert plain(watcher.how)
    watcher.stop_watching_window(ask_windows=FakeWindows())


def test_watch_window_does_nothing_off_windows(qapp: QApplication) -> None:
    windows = FakeWindows()
    ScreenLockWatcher(platform="darwin").watch_window(1, ask_windows=windows)
    assert windows.calls == []


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
        if process.stdout is not None:
            process.stdout.close()


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
