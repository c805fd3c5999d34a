"""Use this journal on another computer: keep it in step through a folder the person keeps in
step already (Syncthing, Dropbox, OneDrive, Nextcloud, a USB stick carried between computers).

Before: what happens, in a few plain sentences, a folder chosen, and Keep in step (the first
pass, off the window's thread, through the window's ``SyncSchedule``). After: the folder, the
other computers heard from and when, Forget this computer for each, and Stop keeping in step
(the folder is left as it is). A ``KnownError`` is said inside the dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.sync import PassResult
from iop_companion.errors import (
    KeyChangedElsewhere,
    KnownError,
    SyncFolderNotEmpty,
    SyncFolderTaken,
)
from iop_companion.i18n import QT_TRANSLATE_NOOP, say_number, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.new_key import ASK_BUTTON
from iop_companion.ui.recent_files import ask_folder
from iop_companion.ui.sync_schedule import Computer, SyncSchedule, ago_words
from iop_companion.ui.widgets import (
    SPACE,
    ScaledText,
    busy_bar,
    ems,
    fit_to_screen,
    labelled,
    muted,
    paragraph,
    tab_in_order,
)

TITLE = QT_TRANSLATE_NOOP("keep_in_step", "Use this journal on another computer")
INTRO = QT_TRANSLATE_NOOP(
    "keep_in_step",
    "Your journal can be on two computers, through a folder you already keep in step between "
    "them: with Syncthing, Dropbox, OneDrive or Nextcloud, or on a USB stick you carry. "
    "Your journal is written there, encrypted, and kept in step from then on.",
)
THEN_WORDS = QT_TRANSLATE_NOOP(
    "keep_in_step",
    "On the other computer, choose Open a journal from a folder, then type your passphrase.",
)
CHOOSE_CAPTION = QT_TRANSLATE_NOOP(
    "keep_in_step", "Choose a folder to keep your journal in step through"
)
IN_STEP_WORDS = QT_TRANSLATE_NOOP(
    "keep_in_step", "Your journal is kept in step through this folder:"
)
OTHER_WORDS = QT_TRANSLATE_NOOP(
    "keep_in_step",
    "On your other computer, choose Open a journal from a folder and type your passphrase.",
)
NO_OTHER_WORDS = QT_TRANSLATE_NOOP("keep_in_step", "No other computer has opened it yet.")
STOP_WORDS = QT_TRANSLATE_NOOP(
    "keep_in_step", "The folder is left as it is, so your other computers keep what is in it."
)
WORKING_WORDS = QT_TRANSLATE_NOOP("keep_in_step", "Writing your journal into the folder…")
STARTED_WORDS = QT_TRANSLATE_NOOP(
    "keep_in_step", "Your journal is in the folder now, and kept in step."
)
STOPPED_WORDS = QT_TRANSLATE_NOOP(
    "keep_in_step", "This computer doesn't keep the journal in step any more."
)
FORGOTTEN_WORDS = QT_TRANSLATE_NOOP("keep_in_step", "That computer is forgotten here.")
FORGET_QUESTION = QT_TRANSLATE_NOOP(
    "keep_in_step",
    "Its changes won't be read here any more; to stop it reading your journal too, give the "
    "journal new keys in Journal, Backups…",
)


def computer_words(number: int, heard: datetime | None, now: datetime) -> str:
    if heard is None:
        return translate("keep_in_step", "Computer {number}: not heard from yet").format(
            number=say_number(number)
        )
    return translate("keep_in_step", "Computer {number}: heard from {when}").format(
        number=say_number(number), when=ago_words(heard, now)
    )


class KeepInStepDialog(QDialog):
    """The folder, and the other computers, for the window's ``schedule``; ``new_key_wanted``
    when the person asks to type the key another computer changed the journal to."""

    new_key_wanted = Signal()

    def __init__(self, schedule: SyncSchedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.choose: Callable[[QWidget], Path | None] = lambda p: ask_folder(
            p, translate("keep_in_step", CHOOSE_CAPTION)
        )
        self.confirm_forget: Callable[[QWidget], bool] = _ask_forget
        self.working = False
        self.setWindowTitle(translate("keep_in_step", TITLE))
        self.setMinimumWidth(ems(self, 70))
        outer = QVBoxLayout(self)
        outer.setSpacing(SPACE * 3 // 2)

        # Before: what happens, the folder, Keep in step.
        self.start_part = QWidget()
        start = QVBoxLayout(self.start_part)
        start.setContentsMargins(0, 0, 0, 0)
        start.setSpacing(SPACE * 3 // 2)
        start.addWidget(paragraph(translate("keep_in_step", INTRO)))
        start.addWidget(muted(translate("keep_in_step", THEN_WORDS)))
        self.folder_field = QLineEdit()
        self.folder_field.setPlaceholderText(translate("keep_in_step", "No folder chosen yet"))
        self.folder_field.returnPressed.connect(self.keep_in_step)
        self.choose_button = QPushButton(translate("keep_in_step", "Choose folder…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.setSpacing(SPACE)
        row.addWidget(self.folder_field, 1)
        row.addWidget(self.choose_button)
        start.addLayout(labelled(translate("keep_in_step", "Folder"), self.folder_field, row))
        go = QHBoxLayout()
        self.keep_button = QPushButton(translate("keep_in_step", "Keep in step"))
        self.keep_button.setDefault(True)  # what this side of the dialog is for
        self.keep_button.clicked.connect(self.keep_in_step)
        go.addWidget(self.keep_button)
        go.addStretch(1)
        start.addLayout(go)
        outer.addWidget(self.start_part)

        # After: the folder, the other computers, Stop keeping in step.
        self.in_step_part = QWidget()
        after = QVBoxLayout(self.in_step_part)
        after.setContentsMargins(0, 0, 0, 0)
        after.setSpacing(SPACE)
        # The words and the folder in one label: a screen reader reading the dialog as it
        # opens (Orca) leaves out a label of one or two words, as a path is.
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.RichText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        after.addWidget(self.folder_label)
        # While another computer's new key isn't known here: what happened, and the way on.
        self.new_key_part = QWidget()
        new_key = QVBoxLayout(self.new_key_part)
        new_key.setContentsMargins(0, SPACE // 2, 0, SPACE // 2)
        new_key.setSpacing(SPACE)
        new_key.addWidget(paragraph(translate("KnownError", KeyChangedElsewhere.message)))
        self.new_key_button = QPushButton(translate("new_key", ASK_BUTTON))
        self.new_key_button.setAutoDefault(False)
        self.new_key_button.clicked.connect(self.new_key_wanted)
        new_key_row = QHBoxLayout()
        new_key_row.addWidget(self.new_key_button)
        new_key_row.addStretch(1)
        new_key.addLayout(new_key_row)
        self.new_key_part.hide()
        after.addWidget(self.new_key_part)
        after.addWidget(muted(translate("keep_in_step", OTHER_WORDS)))
        after.addSpacing(SPACE)
        # Bold words, not a heading: Orca reads a dialog's labels as it opens, not its headings.
        after.addWidget(
            ScaledText(translate("keep_in_step", "Your other computers"), 1.0, bold=True)
        )
        self.no_other = muted(translate("keep_in_step", NO_OTHER_WORDS))
        after.addWidget(self.no_other)
        # The rows, in a part of their own where they are shown: a screen reader's review of
        # the dialog meets them under their heading, not after Stop keeping in step.
        self.computers_part = QWidget()
        self.computer_rows = QVBoxLayout(self.computers_part)
        self.computer_rows.setContentsMargins(0, 0, 0, 0)
        self.computer_rows.setSpacing(SPACE // 2)
        after.addWidget(self.computers_part)
        self.forget_buttons: dict[str, QPushButton] = {}
        after.addSpacing(SPACE)
        stop_row = QHBoxLayout()
        self.stop_button = QPushButton(translate("keep_in_step", "Stop keeping in step"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_keeping_in_step)
        stop_row.addWidget(self.stop_button)
        stop_row.addStretch(1)
        after.addLayout(stop_row)
        after.addWidget(muted(translate("keep_in_step", STOP_WORDS)))
        outer.addWidget(self.in_step_part)

        self.busy = busy_bar()
        outer.addWidget(self.busy)
        self.message = Message()
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        # Focused, it doesn't become the main action: Keep in step stays that, once shown again.
        self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        outer.addWidget(self.close_buttons)

        schedule.changed.connect(self.show_state)
        self.show_state()
        # Where it opens: the folder to choose, the new key to type, or Close (not Forget this
        # computer, the first button Tab would find).
        if self.start_part.isVisibleTo(self):
            self.folder_field.setFocus()
        elif self.new_key_part.isVisibleTo(self):
            self.new_key_button.setFocus()
        else:
            self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    # -- what the person does ------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = self.choose(self)
        if chosen is not None:
            self.folder_field.setText(str(chosen))
            self.message.clear()
            self.keep_button.setFocus()

    def keep_in_step(self) -> None:
        if self.working:
            return
        text = self.folder_field.text().strip()
        if not text:
            self.say(translate("keep_in_step", "Choose a folder first."))
            self.choose_button.setFocus()
            return
        self._set_working(True)
        self.say(translate("keep_in_step", WORKING_WORDS))
        self.schedule.keep_in_step_through(
            Path(text).expanduser(), self._kept_in_step, self._refused
        )

    def stop_keeping_in_step(self) -> None:
        if self.working:
            return
        self._set_working(True)
        self.schedule.stop_keeping_in_step(self._stopped, self._refused)

    def forget(self, computer: str) -> None:
        if self.working or not self.confirm_forget(self):
            return
        self._set_working(True)
        self.schedule.forget_computer(computer, self._forgotten, self._refused)

    # -- what comes back -----------------------------------------------------------------------

    def _kept_in_step(self, _result: PassResult) -> None:
        if self._here():
            self._set_working(False)
            self.say(translate("keep_in_step", STARTED_WORDS))
            self.stop_button.setFocus()

    def _stopped(self, _result: None) -> None:
        if self._here():
            self._set_working(False)
            self.say(translate("keep_in_step", STOPPED_WORDS))
            self.folder_field.setFocus()

    def _forgotten(self, _result: None) -> None:
        if self._here():
            self._set_working(False)
            self.say(translate("keep_in_step", FORGOTTEN_WORDS))
            self.stop_button.setFocus()

    def _refused(self, error: KnownError) -> None:
        if not self._here():
            return
        self._set_working(False)
        self.say(error.sentence)
        if isinstance(error, SyncFolderNotEmpty | SyncFolderTaken):
            self.choose_button.setFocus()

    def _here(self) -> bool:
        return shiboken6.isValid(self) and self.isVisible()

    # -- what it shows -------------------------------------------------------------------------

    def show_state(self) -> None:
        state = self.schedule.state
        in_step = state.folder is not None
        switched = self.in_step_part.isVisibleTo(self) != in_step
        self.start_part.setVisible(not in_step)
        self.in_step_part.setVisible(in_step)
        if in_step:
            self.show_folder(str(state.folder))
            self.new_key_part.setVisible(state.needs_key)
            self._show_computers(state.computers)
        if self.isVisible():
            if switched:  # the other side's size, not the larger of the two
                self.adjustSize()
            fit_to_screen(self)

    def show_folder(self, folder: str) -> None:
        words = translate("keep_in_step", IN_STEP_WORDS)
        self.folder_label.setText(f"{html.escape(words)}<br><b>{html.escape(folder)}</b>")

    def _show_computers(self, computers: tuple[Computer, ...]) -> None:
        while self.computer_rows.count():
            item = self.computer_rows.takeAt(0)
            if item is not None and (row := item.layout()) is not None:
                while row.count():
                    part = row.takeAt(0)
                    if part is not None and (widget := part.widget()) is not None:
                        widget.deleteLater()
        self.forget_buttons = {}
        now = self.schedule.now()
        for number, (computer, heard) in enumerate(computers, start=1):
            row = QHBoxLayout()
            row.setSpacing(SPACE * 2)
            label = QLabel(computer_words(number, heard, now))
            button = QPushButton(translate("keep_in_step", "Forget this computer"))
            button.setAutoDefault(False)
            button.setAccessibleDescription(label.text())  # which one, as the row says
            button.setEnabled(not self.working)
            button.clicked.connect(lambda _checked=False, c=computer: self.forget(c))
            row.addWidget(label, 1)
            row.addWidget(button)
            self.computer_rows.addLayout(row)
            self.forget_buttons[computer] = button
        self.no_other.setVisible(not computers)
        # Rows made after the dialog's other buttons: Tab still goes as the screen shows them.
        tab_in_order(
            self.start_part, self.new_key_button, *self.forget_buttons.values(), self.stop_button
        )
        tab_in_order(self.stop_button, self.close_buttons)

    def say(self, sentence: str) -> None:
        self.message.say(sentence)
        if self.isVisible():
            fit_to_screen(self)

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.busy.setVisible(working)
        self.folder_field.setReadOnly(working)
        buttons = (self.choose_button, self.keep_button, self.stop_button, self.new_key_button)
        for button in (*buttons, *self.forget_buttons.values()):
            button.setEnabled(not working)


def _ask_forget(parent: QWidget) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("keep_in_step", "Forget this computer"))
    box.setText(translate("keep_in_step", FORGET_QUESTION))
    forget = box.addButton(
        translate("keep_in_step", "Forget this computer"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is forget
