"""A gentle daily reminder: off by default, once a day at most.

It reaches the person as a desktop notification where the desktop has them over D-Bus (Linux;
see ``notifications``), so a desktop without a tray area gets it too; otherwise, and on Windows
and macOS, through the tray icon's message. The tray icon stays, while reminders are on, as a
second way in (Log a win, Show, Quit).

It shows at the chosen time, or the first time the app notices it has passed (after sleep), and
only if the journal hasn't been opened that day. It is never repeated, never counts days and
never mentions a day without entries. Clicking it opens "Log a win" (after unlocking, if locked).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from iop_companion.core.journal import local_now
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.notifications import DesktopNotifier, platform_sender

ENABLED_KEY, TIME_KEY = "reminders/enabled", "reminders/time"
LAST_SHOWN_KEY, LAST_OPENED_KEY = "reminders/last_shown", "reminders/last_opened"
DEFAULT_TIME = time(19, 0)
CHECK_EVERY_MS = 30_000
NO_TRAY = QT_TRANSLATE_NOOP(
    "reminders",
    "This desktop has no tray area and no notifications the app can reach, "
    "so reminders can't show here.",
)


def reminder_due(
    now: datetime, at: time, last_shown: date | None, last_opened: date | None
) -> bool:
    """Due once the time has come today, unless already shown or the journal was opened today."""
    today = now.date()
    return now.time() >= at and last_shown != today and last_opened != today


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class Reminders(QObject):
    """Decides when the reminder is due; ``due`` is emitted at most once a day."""

    due = Signal()

    def __init__(
        self,
        settings: QSettings,
        clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)  # a wall-clock check, so sleep can't skew it
        self.timer.timeout.connect(self.check)
        if self.enabled:
            self.timer.start()

    @property
    def enabled(self) -> bool:
        return bool(self.settings.value(ENABLED_KEY, False, type=bool))

    @property
    def at(self) -> time:
        try:
            return time.fromisoformat(str(self.settings.value(TIME_KEY, DEFAULT_TIME.isoformat())))
        except ValueError:
            return DEFAULT_TIME

    def set_enabled(self, on: bool) -> None:
        self.settings.setValue(ENABLED_KEY, on)
        if on:
            self.timer.start()
        else:
            self.timer.stop()

    def set_time(self, at: time) -> None:
        self.settings.setValue(TIME_KEY, at.replace(second=0, microsecond=0).isoformat())

    def journal_opened(self) -> None:
        """The person is here today: no reminder needed."""
        self.settings.setValue(LAST_OPENED_KEY, self.clock().date().isoformat())

    def check(self) -> bool:
        if not self.enabled:
            return False
        now = self.clock()
        last_shown = _day(self.settings.value(LAST_SHOWN_KEY))
        last_opened = _day(self.settings.value(LAST_OPENED_KEY))
        if not reminder_due(now, self.at, last_shown, last_opened):
            return False
        self.due.emit()  # whoever shows it says so (``shown_today``): one not shown comes again
        return True

    def shown_today(self) -> None:
        self.settings.setValue(LAST_SHOWN_KEY, self.clock().date().isoformat())


class Tray(QSystemTrayIcon):
    """The tray icon, shown only while reminders are on. ``shown`` reports each message."""

    shown = Signal(str, str)

    def __init__(self, icon: QIcon, name: str, parent: QWidget) -> None:
        super().__init__(icon, parent)
        self.setToolTip(name)
        self.menu = QMenu(parent)
        self.setContextMenu(self.menu)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def remind(self, title: str, text: str) -> None:
        self.showMessage(title, text, self.icon(), 15_000)
        self.shown.emit(title, text)


class ReminderTray(QObject):
    """The reminders and the tray icon they show through; the icon is there only while they're on.

    ``log_wanted`` asks the window for "Log a win" (from the message or the tray menu),
    ``show_wanted`` to come to the front.
    """

    log_wanted = Signal()
    show_wanted = Signal()
    quit_wanted = Signal()

    def __init__(
        self,
        settings: QSettings,
        clock: Callable[[], datetime],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.reminders = Reminders(settings, clock, self)
        self.reminders.due.connect(self._remind)
        self.notifier = DesktopNotifier(platform_sender(), self)  # tests give it their own send
        self.notifier.clicked.connect(self.log_wanted.emit)
        self.tray: Tray | None = None
        self.title, self.text, self.icon = "", "", QIcon()

    def can_show(self) -> bool:
        """Whether a reminder has a way to reach the person here."""
        return self.notifier.available or Tray.available()

    def set_identity(self, title: str, text: str, icon: QIcon) -> None:
        self.title, self.text, self.icon = title, text, icon
        self.refresh()

    def set_enabled(self, on: bool) -> None:
        self.reminders.set_enabled(on)
        self.refresh()

    def say_again(self) -> None:
        """The tray's menu in the language now in use: made afresh where it is shown."""
        self._drop_tray()
        self.refresh()

    def _drop_tray(self) -> None:
        if self.tray is not None:
            self.tray.hide()
            self.tray.menu.deleteLater()
            self.tray.deleteLater()
            self.tray = None

    def refresh(self) -> None:
        if not (self.reminders.enabled and Tray.available()):
            self._drop_tray()
            return
        if self.tray is None:
            self.tray = Tray(self.icon, self.title, self.window)
            menu = self.tray.menu
            menu.addAction(translate("reminders", "Log a win…"), self.log_wanted.emit)
            menu.addAction(translate("reminders", "Show"), self.show_wanted.emit)
            menu.addSeparator()
            menu.addAction(translate("reminders", "Quit"), self.quit_wanted.emit)
            self.tray.messageClicked.connect(self.log_wanted.emit)
            self.tray.activated.connect(self._activated)
        self.tray.setIcon(self.icon)
        self.tray.setToolTip(self.title)
        self.tray.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_wanted.emit()

    def _remind(self) -> None:
        """One way, never two: the desktop's notification, or else the tray's message."""
        if self.notifier.notify(self.title, self.text):
            self.reminders.shown_today()
        elif self.tray is not None:
            self.tray.remind(self.title, self.text)
            self.reminders.shown_today()
