"""What locks the journal without a key press: the idle timer and the screen lock.

``LockTriggers`` takes the one thing to call (``lock_if_open``), not the window. The idle timer
runs only while a journal is open; the screen lock is watched the whole time (on Windows the
session lock is told to a window, so it takes that window's id).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings

from iop_companion.ui.idle import DEFAULT_IDLE_MINUTES, IDLE_KEY, IdleWatcher
from iop_companion.ui.screen_lock import ScreenLockWatcher


class LockTriggers(QObject):
    def __init__(
        self,
        lock_if_open: Callable[[], None],
        settings: QSettings,
        parent: QObject,
        *,
        window_id: int | None = None,
        idle_clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        minutes = int(settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES))  # type: ignore[call-overload]
        self.idle = (
            IdleWatcher(minutes, self, clock=idle_clock)
            if idle_clock
            else IdleWatcher(minutes, self)
        )
        self.idle.stop()
        self.idle.idle.connect(lock_if_open)
        self.screen = ScreenLockWatcher(self)
        self.screen.locked.connect(lock_if_open)
        if sys.platform == "win32" and window_id is not None:
            self.screen.watch_window(window_id)

    def journal_opened(self) -> None:
        self.idle.start()

    def journal_closed(self) -> None:
        self.idle.stop()

    def stop(self) -> None:
        """When the app closes: stop watching the window's session lock."""
        self.idle.stop()
        self.screen.stop_watching_window()
