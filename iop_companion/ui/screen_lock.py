"""Noticing when the computer's screen locks, so the journal can lock with it.

On Linux and the BSDs the desktop says so on D-Bus:

- the session bus: the desktop's screensaver emits ``ActiveChanged(true)`` (KDE and others as
  ``org.freedesktop.ScreenSaver``; GNOME, Cinnamon, MATE and Xfce under their own names);
- the system bus: logind emits ``Lock`` on the login session when something asks it to lock
  the session (``loginctl lock-session``, xss-lock, many lock-screen tools), and
  ``PrepareForSleep(true)`` just before the computer suspends.

``supported`` is True when a desktop screensaver is there to report locks; ``how`` is the sentence
the settings page shows either way. Windows and macOS report locks in ways this version doesn't
read yet, and ``how`` says so. Nothing here raises when D-Bus, a bus or a service is missing.

``locked`` may come more than once for one lock, as several of these report it: connect it to a
slot that does nothing when the journal is already locked.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtGui import QKeySequence

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

SUPPORTED = "The journal locks when this computer's screen locks."
SUPPORTED_AND_SLEEP = "The journal locks when this computer's screen locks or it goes to sleep."
LOCK_IT_YOURSELF = (
    "lock the journal yourself with {key}, or let it lock after a few minutes without use."
)
SLEEP_ONLY = (
    "The journal locks when this computer goes to sleep. This computer doesn't tell the app when "
    "the screen locks, so " + LOCK_IT_YOURSELF
)
UNSUPPORTED = "This computer doesn't tell the app when the screen locks, so " + LOCK_IT_YOURSELF
NOT_IN_THIS_VERSION = "This version of the app can't tell when {system} locks the screen, so " + (
    LOCK_IT_YOURSELF
)
SYSTEM_NAMES = {"win32": "Windows", "cygwin": "Windows", "darwin": "macOS"}


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
        self._key = QKeySequence(LOCK_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        if platform not in SYSTEM_NAMES:
            try:
                self._listen(session_bus, system_bus, os.environ if environ is None else environ)
            except Exception:  # a broken or missing bus only means no reports
                self.screensavers = []

    @property
    def supported(self) -> bool:
        """Whether a lock of the screen reaches the app (sleep aside)."""
        return bool(self.screensavers)

    @property
    def how(self) -> str:
        """One plain sentence for the settings page."""
        system = SYSTEM_NAMES.get(self.platform)
        if system is not None:
            return NOT_IN_THIS_VERSION.format(system=system, key=self._key)
        if self.supported:
            return SUPPORTED_AND_SLEEP if self.sleep_supported else SUPPORTED
        if self.sleep_supported:
            return SLEEP_ONLY.format(key=self._key)
        return UNSUPPORTED.format(key=self._key)

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
