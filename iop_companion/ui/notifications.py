"""The daily reminder as a desktop notification, for desktops that have no tray area.

On Linux and the BSDs it goes to the freedesktop notification service on the session bus
(``org.freedesktop.Notifications.Notify``), through QtDBus. The call is made through the
service's own introspected description (``QDBusInterface``), because ``Notify`` takes an
unsigned ``replaces_id`` that PySide6 can't otherwise send: a plain call goes out as a signed
int, and every notification service refuses it. Clicking the notification (its default action)
is heard as ``ActionInvoked`` and reported as ``clicked``.

Elsewhere ``send`` is None: on Windows and macOS the reminder goes through the system's own
notifications of the tray icon (``QSystemTrayIcon.showMessage``), as before.

The words are the ones the tray shows: the name the person chose for the app (neutral in discreet
mode) and the reminder's neutral sentence; never an icon, a hint or anything from the journal.
Nothing here raises when D-Bus or the service is missing: ``notify`` just says False.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot

from iop_companion.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
DEFAULT_ACTION = "default"  # the spec's name for clicking the notification itself
OPEN_WORDS = QT_TRANSLATE_NOOP("notifications", "Open")  # the notification's button
SHOW_FOR_MS = 15_000  # as long as the tray's message
CALL_TIMEOUT_MS = 2_000

# A sender shows (title, text) and gives the notification's id, or None when it couldn't.
Sender = Callable[[str, str], int | None]


def freedesktop_sender(bus: QDBusConnection | None = None) -> Sender:
    """A sender through the session bus's notification service."""

    def send(title: str, text: str) -> int | None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        connection = QDBusConnection.sessionBus() if bus is None else bus
        if not connection.isConnected():
            return None
        service = QDBusInterface(SERVICE, PATH, INTERFACE, connection)
        if not service.isValid():
            return None
        service.setTimeout(CALL_TIMEOUT_MS)
        try:
            answer = QMetaObject.invokeMethod(
                service,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, title),  # app_name: the name the window shows, nothing more
                Q_ARG("uint", 0),  # replaces_id: a new notification
                Q_ARG(str, ""),  # app_icon: none, so nothing tells what the app is for
                Q_ARG(str, title),
                Q_ARG(str, text),
                Q_ARG("QStringList", [DEFAULT_ACTION, translate("notifications", OPEN_WORDS)]),
                Q_ARG("QVariantMap", {}),
                Q_ARG(int, SHOW_FOR_MS),
            )
        except (RuntimeError, TypeError):
            return None
        return answer if isinstance(answer, int) and answer > 0 else None

    return send


def platform_sender(platform: str = sys.platform) -> Sender | None:
    """Where desktop notifications go over D-Bus, a sender for them; elsewhere None."""
    return freedesktop_sender() if platform.startswith(("linux", "freebsd", "openbsd")) else None


class DesktopNotifier(QObject):
    """Shows a notification through ``send``; ``clicked`` when the person clicks it."""

    clicked = Signal()

    def __init__(
        self,
        send: Sender | None,
        parent: QObject | None = None,
        listen: Callable[[DesktopNotifier], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.send = send
        self.shown_id: int | None = None
        self._listen = listen if listen is not None else _listen_on_session_bus
        self._listening = False

    @property
    def available(self) -> bool:
        return self.send is not None

    def notify(self, title: str, text: str) -> bool:
        """Show it; False when it couldn't be shown (no service, no bus, another system)."""
        if self.send is None:
            return False
        shown = self.send(title, text)
        if shown is None:
            return False
        self.shown_id = shown
        if not self._listening:  # the bus is asked only once a notification has shown
            self._listening = True
            self._listen(self)
        return True

    @Slot("uint", str)
    def action_invoked(self, notification_id: int, action: str) -> None:
        if notification_id == self.shown_id and action == DEFAULT_ACTION:
            self.clicked.emit()


def _listen_on_session_bus(notifier: DesktopNotifier) -> None:
    from PySide6.QtDBus import QDBusConnection

    slot = cast(bytes, SLOT("action_invoked(uint,QString)"))  # PySide6 wants SLOT()'s str
    QDBusConnection.sessionBus().connect(SERVICE, PATH, INTERFACE, "ActionInvoked", notifier, slot)
