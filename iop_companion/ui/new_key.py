"""When another computer gave the journal new keys: the passphrase chosen there (or the
recovery code shown there, and a new passphrase), so this computer keeps the journal in step
again.

A pass that finds the folder's key changed raises ``KeyChangedElsewhere``; the window's
``SyncSchedule`` stops trying and the window opens this dialog once. The key is taken up
off the window's thread, on the schedule's queue (``OpenJournal.take_new_key``: Argon2id and
a re-encryption), with a busy bar; then every view reads the journal again and the passes go
on. A passphrase or code that doesn't open the key is said inside the dialog, with what was
typed kept. Not now closes it: the status says the journal isn't in step until the passphrase
is typed, with a way back here.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.open_journal import OpenJournal
from iop_companion.errors import (
    CodeNeedsPassphrase,
    KnownError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.setup import passphrase_strength
from iop_companion.ui.sync_schedule import SyncSchedule
from iop_companion.ui.widgets import (
    PASSPHRASE_EVERYWHERE,
    SPACE,
    NewPassphraseFields,
    busy_bar,
    ems,
    fit_to_screen,
    labelled,
    muted,
    paragraph,
    secret_field,
    tab_as_shown,
    tab_in_order,
    without_mnemonic,
)

TITLE = QT_TRANSLATE_NOOP("new_key", "New keys from your other computer")
INTRO = QT_TRANSLATE_NOOP(
    "new_key",
    "Your journal was given new keys on your other computer. Until this computer has them "
    "too, what you write here stays here, and nothing new comes in.",
)
TYPE_WORDS = QT_TRANSLATE_NOOP("new_key", "Type the passphrase you chose on the other computer.")
PASSPHRASE_LABEL = QT_TRANSLATE_NOOP("new_key", "The &passphrase you chose there")
CODE_LABEL = QT_TRANSLATE_NOOP("new_key", "&Recovery code")
CODE_WORDS = QT_TRANSLATE_NOOP(
    "new_key",
    "The recovery code the other computer showed when it gave the journal new keys. "
    "The code you had before no longer works.",
)
NEW_WORDS = QT_TRANSLATE_NOOP(
    "new_key",
    "Choose a new passphrase too. It becomes your journal's passphrase, "
    "here and on your other computers.",
)
NEW_LABEL = QT_TRANSLATE_NOOP("new_key", "A &new passphrase")
AGAIN_LABEL = QT_TRANSLATE_NOOP("new_key", "The &same passphrase again")
USE_CODE = QT_TRANSLATE_NOOP("new_key", "Use the recovery &code instead")
USE_PASSPHRASE = QT_TRANSLATE_NOOP("new_key", "Use the pass&phrase instead")
KEEP_BUTTON = QT_TRANSLATE_NOOP("new_key", "&Keep in step")
NOT_NOW_BUTTON = QT_TRANSLATE_NOOP("new_key", "Not now")
WORKING_WORDS = QT_TRANSLATE_NOOP("new_key", "Encrypting your journal here with the new key…")
TAKEN_WORDS = QT_TRANSLATE_NOOP(
    "new_key", "Your journal has the new key here, and is kept in step again."
)
# Back here, after Not now: shown elsewhere as translate("new_key", ASK_BUTTON).
ASK_BUTTON = QT_TRANSLATE_NOOP("new_key", "Type the new passphrase…")
DEVICE_WORDS = QT_TRANSLATE_NOOP(
    "new_key",
    "This computer no longer opens it by itself: you can choose that again in Preferences.",
)


class NewKeyDialog(QDialog):
    """The passphrase chosen on the other computer, or the recovery code and a new
    passphrase; ``taken`` (with what to say) once this computer has the new key."""

    taken = Signal(str)

    def __init__(
        self,
        schedule: SyncSchedule,
        parent: QWidget | None = None,
        *,
        strength: Callable[[str], str] = passphrase_strength,
    ) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.working = False
        self.setWindowTitle(translate("new_key", TITLE))
        self.setMinimumWidth(ems(self, 70))  # as Keep in step: fewer lines on a low screen
        outer = QVBoxLayout(self)
        outer.setSpacing(SPACE * 3 // 2)
        outer.addWidget(paragraph(translate("new_key", INTRO)))

        # The passphrase chosen there.
        self.passphrase_part = QWidget()
        part = QVBoxLayout(self.passphrase_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.setSpacing(SPACE * 3 // 2)
        part.addWidget(muted(translate("new_key", TYPE_WORDS)))
        self.passphrase = secret_field(without_mnemonic(translate("new_key", PASSPHRASE_LABEL)))
        self.passphrase.setAccessibleDescription(translate("new_key", TYPE_WORDS))
        part.addLayout(labelled(translate("new_key", PASSPHRASE_LABEL), self.passphrase))
        outer.addWidget(self.passphrase_part)

        # Or the recovery code shown there, and a new passphrase.
        self.code_part = QWidget()
        part = QVBoxLayout(self.code_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.setSpacing(SPACE * 3 // 2)
        part.addWidget(muted(translate("new_key", CODE_WORDS)))
        self.code = QLineEdit()
        code_shape = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"  # words: not for translation (a shape)
        self.code.setPlaceholderText(code_shape)
        self.code.setAccessibleName(without_mnemonic(translate("new_key", CODE_LABEL)))
        self.code.setAccessibleDescription(translate("new_key", CODE_WORDS))
        part.addLayout(labelled(translate("new_key", CODE_LABEL), self.code))
        # Seen, as the new passphrase's description is heard.
        part.addWidget(muted(translate("new_key", NEW_WORDS)))
        self.new_fields = NewPassphraseFields(
            translate("new_key", NEW_LABEL),
            translate("new_key", AGAIN_LABEL),
            description=translate("widgets", PASSPHRASE_EVERYWHERE),
            strength=strength,
        )
        part.addWidget(self.new_fields)
        self.code_part.hide()
        outer.addWidget(self.code_part)

        self.switch_button = QPushButton(translate("new_key", USE_CODE))
        self.switch_button.setFlat(True)
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(lambda: self.use_code(not self.using_code))
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.switch_button)
        switch_row.addStretch(1)
        outer.addLayout(switch_row)

        self.busy = busy_bar()
        outer.addWidget(self.busy)
        self.message = Message()
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.keep_button = QPushButton(translate("new_key", KEEP_BUTTON))
        self.not_now_button = QPushButton(translate("new_key", NOT_NOW_BUTTON))
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.not_now_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.keep_button, self.not_now_button):
            button.setAutoDefault(False)
        self.keep_button.setDefault(True)  # Enter in any field
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        tab_as_shown(self.buttons)
        tab_in_order(self.passphrase_part, self.code_part, self.switch_button, self.buttons)
        self.passphrase.setFocus()

    @property
    def using_code(self) -> bool:
        return self.code_part.isVisibleTo(self)

    # -- what the person does -------------------------------------------------------------------

    def use_code(self, on: bool = True) -> None:
        """Show the recovery code and a new passphrase (or, not ``on``, the passphrase again)."""
        self.passphrase_part.setVisible(not on)
        self.code_part.setVisible(on)
        self.switch_button.setText(
            translate("new_key", USE_PASSPHRASE) if on else translate("new_key", USE_CODE)
        )
        self.message.clear()
        (self.code if on else self.passphrase).setFocus()
        if self.isVisible():
            fit_to_screen(self)

    def submit(self) -> None:
        if self.working:
            return
        new: str | None = None
        if self.using_code:
            typed = self.code.text()
            if not typed.strip():
                self._say_at(translate("new_key", "Type the recovery code first."), self.code)
                return
            problem = self.new_fields.problem()
            if problem:
                self._say_at(problem, self.new_fields.passphrase)
                return
            new = self.new_fields.text()
        else:
            typed = self.passphrase.text()  # as typed: the unlock screen doesn't trim either
            if not typed:
                self._say_at(translate("new_key", "Type the passphrase first."), self.passphrase)
                return
        remembered = OpenJournal.remembers_device(self.schedule.live.folder)
        self._set_working(True)
        self.say(translate("new_key", WORKING_WORDS))
        self.schedule.take_new_key(typed, new, lambda _: self._taken(remembered), self._refused)

    # -- what comes back ------------------------------------------------------------------------

    def _taken(self, remembered: bool) -> None:
        if not self._here():
            return
        self._set_working(False)
        taken = translate("new_key", TAKEN_WORDS)
        words = f"{taken} {translate('new_key', DEVICE_WORDS)}" if remembered else taken
        for field in (self.passphrase, self.code):
            field.setText("")
        self.new_fields.clear()
        self.accept()
        self.taken.emit(words)

    def _refused(self, error: KnownError) -> None:
        if not self._here():
            return
        self._set_working(False)
        if isinstance(error, CodeNeedsPassphrase) and not self.using_code:
            code = self.passphrase.text()  # the recovery code, typed as the passphrase
            self.use_code()
            self.code.setText(code)
            self._say_at(error.sentence, self.new_fields.passphrase)
        elif self.using_code and isinstance(error, WrongPassphrase | WrongRecoveryCode):
            self.code.selectAll()
            self._say_at(WrongRecoveryCode().sentence, self.code)  # not a code's shape either
        else:
            field = self.code if self.using_code else self.passphrase
            field.selectAll()
            self._say_at(error.sentence, field)

    def _here(self) -> bool:
        return shiboken6.isValid(self) and self.isVisible()

    # -- what it shows --------------------------------------------------------------------------

    def say(self, sentence: str) -> None:
        self.message.say(sentence)
        if self.isVisible():
            fit_to_screen(self)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            # What it holds grew (the words on a new passphrase's strength, a line or two):
            # Qt grows a window only to its minimum, which leaves wrapped words out, and the
            # fields under them were squeezed.
            fit_to_screen(self)
        return handled

    def _say_at(self, sentence: str, field: QWidget) -> None:
        self.say(sentence)
        field.setFocus()

    # While the new key is taken up (it can't stop half-way), Esc and the window's close button
    # wait for it, so its outcome is said here. Locking still closes it (``reject``).
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.working and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.working:
            event.ignore()
            return
        super().closeEvent(event)

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.busy.setVisible(working)
        for field in (self.passphrase, self.code):
            field.setReadOnly(working)
        self.new_fields.set_read_only(working)
        for button in (self.keep_button, self.switch_button, self.not_now_button):
            button.setEnabled(not working)
