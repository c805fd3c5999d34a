"""Run slow work (Argon2id, exports) off the UI thread and hear back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class Task(QObject):
    """One call on the thread pool. ``done`` or ``failed`` arrives on the UI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        work: Callable[[], Any],
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
        orphan: Callable[[Any], None] | None = None,
    ) -> None:
        """``orphan`` tidies up a result nobody is left to receive (say, locks a vault)."""
        super().__init__(parent)
        self._work = work
        self._pool = pool or QThreadPool.globalInstance()
        self._orphan = orphan
        self.running = False

    def start(self) -> None:
        self.running = True
        self._pool.start(self._run)

    def _run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the UI thread, which decides what to show
            self._emit(self.failed, error)
            return
        self._emit(self.done, result)

    def _emit(self, signal: Any, value: object) -> None:
        self.running = False
        try:
            signal.emit(value)
        except RuntimeError:  # the owner closed meanwhile (window shut, journal locked)
            if self._orphan is not None and signal is not self.failed:
                self._orphan(value)
