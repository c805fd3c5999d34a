"""Run slow work (Argon2id, exports) off the UI thread and hear back on it."""

from __future__ import annotations

import contextlib
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
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._pool = pool or QThreadPool.globalInstance()
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
        # The owner may have closed meanwhile (window shut, journal locked): nobody waits then.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)
