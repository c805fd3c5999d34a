"""A dialog whose slow work (a backup, an export, checking a file) runs off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from iop_companion.errors import KnownError
from iop_companion.ui.accessible import Message
from iop_companion.ui.background import Task
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.widgets import busy_bar, fit_to_screen


class TaskDialog(QDialog):
    """Runs work on the session's pool, one thing at a time: a busy bar shows meanwhile, the
    ``task_buttons`` wait, and a ``KnownError`` comes back as its sentence on the message line.

    Subclasses place ``busy`` and ``status`` in their layout and fill ``task_buttons``.
    """

    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.task_buttons: tuple[QPushButton, ...] = ()
        self.working = False
        self.busy = busy_bar()
        self.status = Message()

    def say(self, text: str) -> None:
        self.status.say(text)
        if self.isVisible():
            fit_to_screen(self)  # room for the message under large text too

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        refused: Callable[[KnownError], None] | None = None,
    ) -> None:
        """Run ``work``; ``done`` gets its result. A ``KnownError`` is said, then handed to
        ``refused`` if given. Asked again while busy, it does nothing."""
        self.follow(Task(work, self, pool=self.live.pool), done, refused)

    def follow(
        self,
        task: Task,
        done: Callable[[Any], None],
        refused: Callable[[KnownError], None] | None = None,
    ) -> None:
        """Start ``task`` as this dialog's work, as ``run`` does. A task that belongs to the
        session finishes even when the dialog has closed; then nothing here hears of it."""
        if self.working:
            return  # one thing at a time (the buttons wait too)
        self.set_working(True)

        def finished(result: Any) -> None:
            if shiboken6.isValid(self):
                self.set_working(False)
                done(result)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self.set_working(False)  # first: a bug below must not leave the dialog stuck
            if not isinstance(error, KnownError):
                raise error
            if shiboken6.isValid(self):
                self.say(error.sentence)
                if refused is not None:
                    refused(error)

        task.done.connect(finished)
        task.failed.connect(failed)
        task.start()

    def set_working(self, working: bool) -> None:
        self.working = working
        self.busy.setVisible(working)
        for button in self.task_buttons:
            button.setEnabled(not working)
