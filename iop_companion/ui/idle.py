"""Noticing when nobody has used the app for a while, so the window can lock itself.

``IdleWatcher`` watches input to the whole application (keys, mouse, wheel, touch, pen) through
one event filter, and emits ``idle`` once when none has come for the chosen number of minutes. It
emits again only after new input and another quiet stretch.

A QTimer asks every few seconds; the time itself comes from ``clock``, so tests move a fake clock
and call ``check()``. The default clock keeps counting while the computer sleeps, so a laptop
that wakes after an hour with the journal open locks at once instead of an idle limit later.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

from iop_companion.i18n import QT_TRANSLATE_NOOP

DEFAULT_IDLE_MINUTES = 5
IDLE_KEY = "privacy/idle_minutes"  # where the choice is kept (QSettings)
# Each choice's label (translated where shown, with the context "idle") and its minutes.
IDLE_CHOICES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("idle", "Off"), None),
    (QT_TRANSLATE_NOOP("idle", "After 1 minute"), 1),
    (QT_TRANSLATE_NOOP("idle", "After 5 minutes"), 5),
    (QT_TRANSLATE_NOOP("idle", "After 15 minutes"), 15),
    (QT_TRANSLATE_NOOP("idle", "After 1 hour"), 60),
)
CHECK_EVERY_MS = 5_000

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,  # a key that triggers a shortcut never arrives as KeyPress
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.NativeGesture,
    }
)


def clock_that_counts_sleep() -> float:
    """Seconds from a fixed point, counting time the computer spent asleep.

    ``time.monotonic`` stops during suspend on Linux and macOS, which would let a journal left
    open survive a night with the lid closed.
    """
    if sys.platform.startswith("linux"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":
        return time.clock_gettime(time.CLOCK_MONOTONIC)  # on macOS this one counts sleep
    return time.monotonic()  # Windows: GetTickCount64 / QueryPerformanceCounter count sleep


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``minutes`` without input to the app; None turns it off."""

    idle = Signal()

    def __init__(
        self,
        minutes: int | None = DEFAULT_IDLE_MINUTES,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = clock_that_counts_sleep,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes: int | None = None
        self._last_activity = clock()
        self._fired = False
        self._watching = True
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_minutes(minutes)

    @property
    def minutes(self) -> int | None:
        return self._minutes

    def set_minutes(self, minutes: int | None) -> None:
        """Choose the quiet time before ``idle``; None (or 0) turns it off. Counts as activity."""
        if minutes is not None and minutes < 0:
            raise ValueError("minutes must be positive or None")
        self._minutes = minutes or None
        self.note_activity()
        self._update_timer()

    def start(self) -> None:
        """Watch again (after unlocking), counting from now."""
        self._watching = True
        self.note_activity()
        self._update_timer()

    def stop(self) -> None:
        """No ``idle`` until ``start()``: for while the journal is locked."""
        self._watching = False
        self._update_timer()

    @property
    def watching(self) -> bool:
        return self._watching and self._minutes is not None

    def _update_timer(self) -> None:
        if self.watching:
            self.timer.start()
        else:
            self.timer.stop()

    @Slot()
    def note_activity(self) -> None:
        self._last_activity = self._clock()
        self._fired = False

    def idle_for(self) -> float:
        """Seconds since the last input."""
        return max(0.0, self._clock() - self._last_activity)

    @Slot()
    def check(self) -> None:
        """Emit ``idle`` if the quiet time has passed and it hasn't been emitted for it yet."""
        if not self.watching or self._fired or self._minutes is None:
            return
        if self.idle_for() >= self._minutes * 60:
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last_activity = self._clock()
            self._fired = False
        return False  # only watching: every event goes on to where it was going

    def uninstall(self) -> None:
        """Stop watching input; for tests and for closing the window."""
        self.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
