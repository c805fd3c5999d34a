"""Noticing when the computer's screen locks, so the journal can lock with it.

On Linux and the BSDs the desktop says so on D-Bus:

- the session bus: the desktop's screensaver emits ``ActiveChanged(true)`` (KDE and others as
  ``org.freedesktop.ScreenSaver``; GNOME, Cinnamon, MATE and Xfce under their own names);
- the system bus: logind emits ``Lock`` on the login session when something asks it to lock
  the session (``loginctl lock-session``, xss-lock, many lock-screen tools), and
  ``PrepareForSleep(true)`` just before the computer suspends.

On Windows the window asks for the session's notifications (``WTSRegisterSessionNotification``)
and hears ``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK`` when the session locks, and
``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND`` before the computer sleeps, through a native event
filter (``watch_window``). This path is tested here by feeding the filter the same ``MSG``
structures Windows sends; it has not yet run on a Windows machine.

``supported`` is True when something is there to report locks; ``how`` is the sentence the
settings page shows either way. macOS reports locks in a way this version doesn't read yet, and
``how`` says so. Nothing here raises when D-Bus, a bus, a service or a Windows call is missing.

``locked`` may come more than once for one lock, as several of these report it: connect it to a
slot that does nothing when the journal is already locked.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from ctypes import wintypes
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence

from iop_companion.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

LOCK_SHORTCUT = "Ctrl+L"  # the window's Lock action
# Desktop screensavers on the session bus: service -> object path; each emits ActiveChanged(b).
SCREENSAVERS: dict[str, str] = {
    "org.freedesktop.ScreenSaver": "/org/freedesktop/ScreenSaver",
    "org.gnome.ScreenSaver": "/org/gnome/ScreenSaver",
    "org.cinnamon.ScreenSaver": "/org/cinnamon/ScreenSaver",
    "org.mate.ScreenSaver": "/org/mate/ScreenSaver",
    "org.xfce.ScreenSaver": "/org/xfce/ScreenSaver",
}
LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"
LOGIND_SESSION_PATH = "/org/freedesktop/login1/session/"
CALL_TIMEOUT_MS = 1000

# What the settings page says (translated there, in ``how``), each sentence whole.
SUPPORTED = QT_TRANSLATE_NOOP("screen_lock", "The journal locks when this computer's screen locks.")
SUPPORTED_AND_SLEEP = QT_TRANSLATE_NOOP(
    "screen_lock", "The journal locks when this computer's screen locks or it goes to sleep."
)
SLEEP_ONLY = QT_TRANSLATE_NOOP(
    "screen_lock",
    "The journal locks when this computer goes to sleep. This computer doesn't tell the app when "
    "the screen locks, so lock the journal yourself with {key}, or let it lock after a few "
    "minutes without use.",
)
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "screen_lock",
    "This computer doesn't tell the app when the screen locks, so lock the journal yourself with "
    "{key}, or let it lock after a few minutes without use.",
)
NOT_IN_THIS_VERSION = QT_TRANSLATE_NOOP(
    "screen_lock",
    "This version of the app can't tell when {system} locks the screen, so lock the journal "
    "yourself with {key}, or let it lock after a few minutes without use.",
)
SYSTEM_NAMES = {"win32": "Windows", "cygwin": "Windows", "darwin": "macOS"}  # names

# Windows: the window messages that mean "the session locked" and "about to sleep".
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
WINDOWS_EVENT_TYPES = frozenset({b"windows_generic_MSG", b"windows_dispatcher_MSG"})


def windows_message_locks(message: int, wparam: int) -> bool:
    """Whether a Windows window message says the session locked or the computer will sleep."""
    return (message, wparam) in {
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK),
        (WM_POWERBROADCAST, PBT_APMSUSPEND),
    }


class WindowsMessages(QAbstractNativeEventFilter):
    """Calls ``on_lock`` when a native Windows message says the session locked or will sleep.
    Every native event passes through; none is held back."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int, /
    ) -> object:
        kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        if message and kind in WINDOWS_EVENT_TYPES:
            msg = wintypes.MSG.from_address(int(message))
            if windows_message_locks(msg.message, msg.wParam):
                self._on_lock()
        return False, 0


def _windows_session_notification(window_id: int, *, register: bool) -> bool:
    """Ask Windows for (or stop) the session's lock messages to this top-level window."""
    if sys.platform != "win32":
        return False
    wtsapi32 = ctypes.WinDLL("wtsapi32")
    window = wintypes.HWND(window_id)
    if register:
        return bool(wtsapi32.WTSRegisterSessionNotification(window, NOTIFY_FOR_THIS_SESSION))
    return bool(wtsapi32.WTSUnRegisterSessionNotification(window))


def session_object_path(session_id: str) -> str:
    """logind's object path for a session id, escaped as systemd escapes bus paths."""
    escaped = []
    for index, char in enumerate(session_id):
        if char.isascii() and (char.isalpha() or (char.isdigit() and index > 0)):
            escaped.append(char)
        else:
            escaped.extend(f"_{byte:02x}" for byte in char.encode())
    return LOGIND_SESSION_PATH + ("".join(escaped) or "_")


class ScreenLockWatcher(QObject):
    """Emits ``locked`` when the screen locks or the computer is about to sleep."""

    locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        platform: str = sys.platform,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        """``session_bus`` and ``system_bus`` default to the usual ones; tests pass their own."""
        super().__init__(parent)
        self.platform = platform
        self.screensavers: list[str] = []  # services that will report a lock
        self.session_path: str | None = None  # logind session whose Lock signal is heard
        self.sleep_supported = False
        self.windows_window: int | None = None  # the window Windows sends lock messages to
        self.windows_messages: WindowsMessages | None = None
        self._key = QKeySequence(LOCK_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        if platform not in SYSTEM_NAMES:
            try:
                self._listen(session_bus, system_bus, os.environ if environ is None else environ)
            except Exception:  # a broken or missing bus only means no reports
                self.screensavers = []

    @property
    def supported(self) -> bool:
        """Whether a lock of the screen reaches the app (sleep aside)."""
        return bool(self.screensavers) or self.windows_window is not None

    @property
    def how(self) -> str:
        """One plain sentence for the settings page."""
        system = SYSTEM_NAMES.get(self.platform)
        if system is not None and self.windows_messages is None:
            return translate("screen_lock", NOT_IN_THIS_VERSION).format(
                system=system, key=self._key
            )
        if self.supported:
            return translate(
                "screen_lock", SUPPORTED_AND_SLEEP if self.sleep_supported else SUPPORTED
            )
        if self.sleep_supported:
            return translate("screen_lock", SLEEP_ONLY).format(key=self._key)
        return translate("screen_lock", UNSUPPORTED).format(key=self._key)

    # -- Windows ---------------------------------------------------------------------------

    def watch_window(
        self,
        window_id: int,
        ask_windows: Callable[..., bool] = _windows_session_notification,
    ) -> None:
        """On Windows: hear the session lock and sleep through ``window_id``'s messages (a
        top-level window's ``winId()``). Elsewhere, nothing. ``ask_windows`` is for tests."""
        if self.platform != "win32" or self.windows_messages is not None:
            return
        app = QCoreApplication.instance()
        if app is None:
            return
        try:
            registered = ask_windows(window_id, register=True)
        except OSError:  # no wtsapi32 (a trimmed Windows): sleep is still heard
            registered = False
        self.windows_window = window_id if registered else None
        self.windows_messages = WindowsMessages(self.screen_locked)
        app.installNativeEventFilter(self.windows_messages)
        self.sleep_supported = True  # WM_POWERBROADCAST reaches every top-level window

    def stop_watching_window(
        self, ask_windows: Callable[..., bool] = _windows_session_notification
    ) -> None:
        """Before the window goes: Windows asks that its registration be undone first."""
        if self.windows_window is not None:
            with contextlib.suppress(OSError):
                ask_windows(self.windows_window, register=False)
            self.windows_window = None
        app = QCoreApplication.instance()
        if self.windows_messages is not None:
            if app is not None:
                app.removeNativeEventFilter(self.windows_messages)
            self.windows_messages = None
            self.sleep_supported = False

    # -- what the buses report --------------------------------------------------------------

    @Slot()
    def screen_locked(self) -> None:
        """The screen locked (also what tests call to simulate it)."""
        self.locked.emit()

    @Slot(bool)
    def screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked()

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.screen_locked()

    # -- connecting -------------------------------------------------------------------------

    def _listen(
        self,
        session_bus: QDBusConnection | None,
        system_bus: QDBusConnection | None,
        environ: Mapping[str, str],
    ) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session = QDBusConnection.sessionBus() if session_bus is None else session_bus
        system = QDBusConnection.systemBus() if system_bus is None else system_bus
        if session.isConnected():
            for service, path in SCREENSAVERS.items():
                if _registered(session, service) and session.connect(
                    service,
                    path,
                    service,
                    "ActiveChanged",
                    "b",
                    self,
                    _slot("screensaver_active_changed(bool)"),
                ):
                    self.screensavers.append(service)
        if system.isConnected() and _registered(system, LOGIND):
            self.sleep_supported = system.connect(
                LOGIND,
                LOGIND_PATH,
                LOGIND_MANAGER,
                "PrepareForSleep",
                "b",
                self,
                _slot("prepare_for_sleep(bool)"),
            )
            session_path = _logind_session(system, environ)
            if session_path is not None and system.connect(
                LOGIND, session_path, LOGIND_SESSION, "Lock", "", self, _slot("screen_locked()")
            ):
                self.session_path = session_path


def _slot(signature: str) -> bytes:
    """Qt's SLOT() for QDBusConnection.connect: PySide6 wants the str that SLOT() returns, though
    its type stubs say bytes (bytes raise a TypeError)."""
    return cast(bytes, SLOT(signature))


def _registered(bus: QDBusConnection, service: str) -> bool:
    interface = bus.interface()
    if interface is None:
        return False
    reply = interface.isServiceRegistered(service)
    return bool(reply.isValid() and reply.value())


def _logind_session(bus: QDBusConnection, environ: Mapping[str, str]) -> str | None:
    """The object path of the login session this app runs in, or None when there isn't one."""
    session_id = environ.get("XDG_SESSION_ID")
    if session_id:
        return session_object_path(session_id)
    from PySide6.QtDBus import QDBus, QDBusMessage

    call = QDBusMessage.createMethodCall(LOGIND, LOGIND_PATH, LOGIND_MANAGER, "GetSession")
    call.setArguments(["auto"])  # this process's session, or the person's graphical one
    reply = bus.call(call, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return None
    answer = reply.arguments()[0]
    path = answer.path() if hasattr(answer, "path") else answer
    return path if isinstance(path, str) and path.startswith(LOGIND_SESSION_PATH) else None
