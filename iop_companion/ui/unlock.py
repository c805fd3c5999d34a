"""The unlock screen and the recovery-code screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from iop_companion.core.coping_model import PLAN_TITLE
from iop_companion.core.open_journal import OpenJournal
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.background import Task
from iop_companion.ui.widgets import (
    busy_bar,
    centered_column,
    heading,
    muted,
    new_passphrase_problem,
    secret_field,
    take_typed,
)

UNLOCK_WORDS = QT_TRANSLATE_NOOP("unlock", "Type your passphrase to open it.")


class UnlockPage(QWidget):
    """Passphrase field focused, recovery code one click away, help one click away."""

    unlocked = Signal(object)  # OpenJournal
    recovery_wanted = Signal()
    help_wanted = Signal()
    plan_wanted = Signal()  # the copy of the plan the person chose to keep here

    def __init__(self, open_with: Callable[[str], OpenJournal]) -> None:
        """``open_with`` opens the journal with a passphrase (slow: Argon2id, off this
        thread)."""
        super().__init__()
        self.open_with = open_with
        self._task: Task | None = None
        page, layout = centered_column(63)
        layout.addWidget(heading(translate("unlock", "Your journal is locked")))
        layout.addWidget(muted(translate("unlock", UNLOCK_WORDS)))
        self.passphrase = secret_field(
            translate("unlock", "Passphrase"), translate("unlock", "Passphrase")
        )
        self.passphrase.setAccessibleDescription(
            translate("unlock", UNLOCK_WORDS)
        )  # "locked" is said on locking
        self.passphrase.returnPressed.connect(self.submit)
        layout.addWidget(self.passphrase)
        self.message = Message()
        layout.addWidget(self.message)
        self.busy = busy_bar()
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        self.unlock_button = QPushButton(translate("unlock", "Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.recovery_button = QPushButton(translate("unlock", "Use recovery code"))
        self.recovery_button.setFlat(True)
        self.recovery_button.clicked.connect(self.recovery_wanted)
        self.help_button = QPushButton(translate("unlock", "Help now"))
        self.help_button.setFlat(True)
        self.help_button.clicked.connect(self.help_wanted)
        row.addWidget(self.unlock_button)
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        row.addWidget(self.help_button)
        layout.addLayout(row)
        # Quiet, and there only when the person chose to keep a copy of their plan here.
        self.plan_button = QPushButton(translate("coping_model", PLAN_TITLE))
        self.plan_button.setFlat(True)
        self.plan_button.setAccessibleDescription(
            translate("unlock", "Opens Help now, with your plan at the top.")
        )
        self.plan_button.clicked.connect(self.plan_wanted)
        self.plan_button.hide()
        plan_row = QHBoxLayout()
        plan_row.addStretch(1)
        plan_row.addWidget(self.plan_button)
        layout.addLayout(plan_row)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)
        self.setFocusProxy(self.passphrase)

    def take_from(self, earlier: UnlockPage, focus: QWidget | None) -> None:
        """Show what ``earlier`` showed (made again in another language): the passphrase as
        typed, the ``focus`` (the window's, before), the plan's button, and its message, as
        it was said."""
        take_typed(earlier, self, ("passphrase",), focus)
        self.plan_button.setVisible(not earlier.plan_button.isHidden())
        if not earlier.message.isHidden():
            self.message.say(earlier.message.text(), again=False)

    @property
    def busy_now(self) -> bool:
        """Opening the journal: it finishes here, never on a page made afresh."""
        return self._task is not None and self._task.running

    def show_plan_button(self, shown: bool) -> None:
        """Offer the plan's copy (when there is one to show)."""
        self.plan_button.setVisible(shown)

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.hide()
        self._set_busy(False)
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy)
        self.recovery_button.setEnabled(not busy)

    def submit(self) -> None:
        if self._task is not None and self._task.running:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_message(translate("unlock", "Type your passphrase first."))
            return
        self._set_busy(True)
        self.message.say(translate("unlock", "Opening…"))
        task = Task(lambda: self.open_with(passphrase), self, orphan=OpenJournal.lock)
        task.done.connect(self._done)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _done(self, opened: OpenJournal) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.message.hide()
        self.unlocked.emit(opened)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, KnownError):
            raise error
        self.show_message(error.sentence)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def show_message(self, text: str) -> None:
        self.message.say(text)


class RecoveryPage(QWidget):
    """Open with the recovery code; a new passphrase is required, and a new code follows."""

    recovered = Signal(object, str)  # OpenJournal, new recovery code
    cancelled = Signal()

    def __init__(self, recover: Callable[[str, str], tuple[OpenJournal, str]]) -> None:
        """``recover(code, new_passphrase)`` opens the journal with the recovery code and
        gives it a new passphrase and a new code."""
        super().__init__()
        self.recover = recover
        self._task: Task | None = None
        page, layout = centered_column(66)
        layout.addWidget(heading(translate("unlock", "Open with your recovery code")))
        layout.addWidget(
            muted(
                translate(
                    "unlock",
                    "Type the code you kept when you set up the journal. Then choose a new "
                    "passphrase. You'll get a new recovery code too.",
                )
            )
        )
        self.code = QLineEdit()
        shape = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"  # words: not for translation (code's shape)
        self.code.setPlaceholderText(shape)
        self.code.setAccessibleName(translate("unlock", "Recovery code"))
        layout.addWidget(self.code)
        self.new_passphrase = secret_field(
            translate("unlock", "New passphrase"), translate("unlock", "New passphrase")
        )
        self.confirm = secret_field(
            translate("unlock", "New passphrase again"), translate("unlock", "Type it once more")
        )
        self.confirm.returnPressed.connect(self.submit)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.confirm)
        self.message = Message()
        layout.addWidget(self.message)
        self.busy = busy_bar()
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        self.open_button = QPushButton(translate("unlock", "Open journal"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.submit)
        self.back_button = QPushButton(translate("unlock", "Back"))
        self.back_button.clicked.connect(self.cancelled)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        layout.addLayout(row)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)
        self.setFocusProxy(self.code)

    def take_from(self, earlier: RecoveryPage, focus: QWidget | None) -> None:
        """Show what ``earlier`` showed (made again in another language)."""
        take_typed(earlier, self, ("code", "new_passphrase", "confirm"), focus)
        if not earlier.message.isHidden():
            self.message.say(earlier.message.text(), again=False)

    @property
    def busy_now(self) -> bool:
        return self._task is not None and self._task.running

    def reset(self) -> None:
        for field in (self.code, self.new_passphrase, self.confirm):
            field.clear()
        self.message.hide()
        self.busy.hide()
        self.code.setFocus()

    def submit(self) -> None:
        if self._task is not None and self._task.running:
            return
        code, new = self.code.text(), self.new_passphrase.text()
        problem = new_passphrase_problem(new, self.confirm.text())
        if problem:
            self._show(problem)
            return
        self._set_busy(True)
        task = Task(
            lambda: self.recover(code, new),
            self,
            orphan=lambda result: result[0].lock(),
        )
        task.done.connect(self._done)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    def _done(self, result: tuple[OpenJournal, str]) -> None:
        self._set_busy(False)
        opened, new_code = result
        self.reset()
        self.recovered.emit(opened, new_code)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, KnownError):
            raise error
        self._show(error.sentence)
        self.code.setFocus()

    def _show(self, text: str) -> None:
        self.message.say(text)
