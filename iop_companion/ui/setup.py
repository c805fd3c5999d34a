"""First run: what is private, a passphrase, the recovery code kept, and the device choice."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.journal import local_now
from iop_companion.core.open_journal import (
    MIN_PASSPHRASE_CHARS,
    KdfParams,
    Keychain,
    OpenJournal,
)
from iop_companion.errors import KnownError
from iop_companion.export.files import write_whole
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, current, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.background import Task
from iop_companion.ui.open_from_folder import TITLE as OPEN_FROM_FOLDER
from iop_companion.ui.open_from_folder import OpenFromFolderStep
from iop_companion.ui.recent_files import ask_save_path
from iop_companion.ui.widgets import (
    SPACE,
    busy_bar,
    centered_column,
    code_field,
    heading,
    muted,
    paragraph,
    secret_field,
)

setup = Context("setup")  # counted words
FROM_FOLDER_LEAD = QT_TRANSLATE_NOOP("setup", "Already keeping a journal on another computer?")

PRIVACY_TEXT = (
    QT_TRANSLATE_NOOP(
        "setup",
        "Everything you write stays on this computer, encrypted with a passphrase only you know. "
        "The app never goes online.",
    ),
    QT_TRANSLATE_NOOP(
        "setup",
        "Someone who learns your passphrase, or who uses this computer while the journal is "
        "open, can read it. You can lock it any time with Ctrl+L.",
    ),
    QT_TRANSLATE_NOOP(
        "setup",
        "If you forget the passphrase and lose the recovery code you'll get next, no one can "
        "open the journal. Not you, and not us.",
    ),
)

FROM_FOLDER = 4  # the step that opens a journal from a folder, beside the four of setting up

RESUME_NOTE = QT_TRANSLATE_NOOP(
    "setup",
    "Setting up stopped last time before your recovery code was kept, so here is a new one. "
    "The earlier code no longer works.",
)

STRENGTH_WORDS = {
    0: QT_TRANSLATE_NOOP("setup", "Easy to guess. A few unrelated words work better."),
    1: QT_TRANSLATE_NOOP("setup", "Easy to guess. A few unrelated words work better."),
    2: QT_TRANSLATE_NOOP("setup", "Fair. A little longer makes it much harder to guess."),
    3: QT_TRANSLATE_NOOP("setup", "Good."),
    4: QT_TRANSLATE_NOOP("setup", "Strong."),
}


def passphrase_strength(passphrase: str) -> str:
    """Honest feedback from zxcvbn, in plain words."""
    if not passphrase:
        return ""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return setup.tr("Use at least %n character(s).", None, MIN_PASSPHRASE_CHARS)
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100])
    words = translate("setup", STRENGTH_WORDS[int(result["score"])])
    # zxcvbn's warning is in English only: said to a person who reads the app in English.
    english = current().code.split("-")[0] == "en"
    warning = (result["feedback"].get("warning") or "") if english else ""
    return f"{words} {warning}".strip()


class SetupPage(QWidget):
    """Four short steps. Emits ``finished`` with the open journal. From the first, a journal
    kept on another computer can be opened from a folder instead (``FROM_FOLDER``)."""

    finished = Signal(object)  # OpenJournal
    help_wanted = Signal()
    journal_made = Signal()  # a journal is open here (its recovery code on screen): it can lock

    def __init__(
        self,
        folder: Path,
        keychain: Keychain,
        kdf: KdfParams | None = None,
        clock: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.keychain = keychain
        self.kdf = kdf  # None: Argon2id is calibrated on this computer
        self.clock = clock
        self.opened: OpenJournal | None = None
        self.code = ""
        self._task: Task | None = None
        self.steps = QStackedWidget()
        self.steps.addWidget(self._welcome_step())
        self.steps.addWidget(self._passphrase_step())
        self.steps.addWidget(self._code_step())
        self.steps.addWidget(self._device_step())
        self.from_folder = OpenFromFolderStep(
            folder, keychain, kdf, clock, strength=passphrase_strength
        )
        self.from_folder.opened.connect(self.finished)
        self.from_folder.back_wanted.connect(self._back_from_folder)
        self.steps.addWidget(self.from_folder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)

    # -- step 1: what is private ------------------------------------------------------------

    def _welcome_step(self) -> QWidget:
        page, layout = centered_column()
        layout.addWidget(
            heading(translate("setup", "A private place for the small things that count"))
        )
        layout.addWidget(
            muted(
                translate(
                    "setup",
                    "You don't need to be sure. You just need to show up. This helps you see it.",
                )
            )
        )
        for text in PRIVACY_TEXT:
            layout.addWidget(paragraph(translate("setup", text)))
        row = QHBoxLayout()
        self.start_button = QPushButton(translate("setup", "Continue"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self._go(1))
        help_button = QPushButton(translate("setup", "Help now"))
        help_button.setFlat(True)
        help_button.clicked.connect(self.help_wanted)
        row.addWidget(self.start_button)
        row.addStretch(1)
        row.addWidget(help_button)
        layout.addLayout(row)
        lead = muted(translate("setup", FROM_FOLDER_LEAD))
        lead.setContentsMargins(0, SPACE * 2, 0, 0)
        layout.addWidget(lead)
        self.from_folder_button = QPushButton(translate("open_from_folder", OPEN_FROM_FOLDER))
        self.from_folder_button.clicked.connect(lambda: self._go(FROM_FOLDER))
        layout.addWidget(self.from_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # -- step 2: a passphrase ---------------------------------------------------------------

    def _passphrase_step(self) -> QWidget:
        page, layout = centered_column()
        layout.addWidget(heading(translate("setup", "Choose a passphrase")))
        layout.addWidget(
            muted(
                translate(
                    "setup",
                    "A few unrelated words are easy to remember and hard to guess, like "
                    "“lamp orchard tuesday violin”.",
                )
            )
        )
        self.passphrase = secret_field(
            translate("setup", "Passphrase"), translate("setup", "Passphrase")
        )
        self.confirm = secret_field(
            translate("setup", "Passphrase again"), translate("setup", "Type it once more")
        )
        self.strength = Message(stays=True, muted=True)  # said as it changes, not at every key
        self.show_passphrase = QCheckBox(translate("setup", "Show passphrase"))
        self.show_passphrase.toggled.connect(self._toggle_visible)
        self.passphrase.textChanged.connect(self._passphrase_edited)
        self.confirm.textChanged.connect(self._passphrase_edited)
        self.confirm.returnPressed.connect(self._create)
        self.setup_message = Message()
        self.busy = busy_bar()
        for widget in (
            self.passphrase,
            self.strength,
            self.confirm,
            self.show_passphrase,
            self.setup_message,
            self.busy,
        ):
            layout.addWidget(widget)
        row = QHBoxLayout()
        self.create_button = QPushButton(translate("setup", "Continue"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._create)
        back = QPushButton(translate("setup", "Back"))
        back.clicked.connect(lambda: self._go(0))
        row.addWidget(self.create_button)
        row.addStretch(1)
        row.addWidget(back)
        layout.addLayout(row)
        return page

    def _toggle_visible(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _passphrase_edited(self) -> None:
        text = self.passphrase.text()
        self.strength.say(passphrase_strength(text), again=False)
        matches = text == self.confirm.text()
        ready = len(text.strip()) >= MIN_PASSPHRASE_CHARS and matches
        self.create_button.setEnabled(ready)
        if self.confirm.text() and not matches:
            self.setup_message.say(
                translate("setup", "The two passphrases aren't the same yet."), again=False
            )
        else:
            self.setup_message.clear()

    def _create(self) -> None:
        if not self.create_button.isEnabled() or (self._task and self._task.running):
            return
        passphrase = self.passphrase.text()
        kdf = self.kdf
        self.busy.show()
        self.setup_message.say(translate("setup", "Setting up your journal…"))
        self.create_button.setEnabled(False)

        def create() -> tuple[OpenJournal, str]:
            return OpenJournal.create(  # the code isn't kept until the person keeps it
                self.folder, passphrase, self.keychain, kdf=kdf, clock=self.clock, code_kept=False
            )

        task = Task(create, self, orphan=lambda result: result[0].lock())
        task.done.connect(self._created)
        task.failed.connect(self._create_failed)
        self._task = task
        task.start()

    def _created(self, result: tuple[OpenJournal, str]) -> None:
        self.busy.hide()
        self.setup_message.clear()
        self.opened, self.code = result
        self.passphrase.clear()
        self.confirm.clear()
        self.code_label.setText(self.code)
        self._ask_group()
        self._go(2)
        self.journal_made.emit()

    def _create_failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.create_button.setEnabled(True)
        if not isinstance(error, KnownError):
            raise error
        self.setup_message.say(error.sentence)

    # -- step 3: the recovery code, kept ----------------------------------------------------

    def _code_step(self) -> QWidget:
        page, layout = centered_column()
        layout.addWidget(heading(translate("setup", "Your recovery code")))
        layout.addWidget(
            paragraph(
                translate(
                    "setup",
                    "If you ever forget your passphrase, this code opens the journal. It is "
                    "shown only now. Write it on paper, or save it somewhere only you can reach.",
                )
            )
        )
        self.resume_note = paragraph(translate("setup", RESUME_NOTE))
        self.resume_note.hide()
        layout.addWidget(self.resume_note)
        self.code_label = code_field(translate("setup", "Your recovery code"))
        layout.addWidget(self.code_label)
        save = QPushButton(translate("setup", "Save it to a file…"))
        save.clicked.connect(self._save_code)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        self.group_prompt = paragraph("")
        layout.addWidget(self.group_prompt)
        self.group_field = QLineEdit()
        self.group_field.setAccessibleName(translate("setup", "One group of the recovery code"))
        self.group_field.setMaxLength(9)
        self.group_field.textChanged.connect(self._check_group)
        self.group_field.returnPressed.connect(self._code_kept)
        layout.addWidget(self.group_field)
        self.code_message = Message(stays=True, muted=True)
        layout.addWidget(self.code_message)
        self.code_kept_button = QPushButton(translate("setup", "Continue"))
        self.code_kept_button.setDefault(True)
        self.code_kept_button.setEnabled(False)
        self.code_kept_button.clicked.connect(self._code_kept)
        layout.addWidget(self.code_kept_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _ask_group(self) -> None:
        groups = self.code.split("-")
        self.group_number = secrets.randbelow(len(groups))
        prompt = translate(
            "setup",
            "To be sure it's kept, type group {number} of {count} from your copy (or save it to "
            "a file above).",
        ).format(number=self.group_number + 1, count=len(groups))
        self.group_prompt.setText(prompt)
        self.group_field.setAccessibleDescription(prompt)  # heard with the field it asks for
        self.group_field.clear()

    def _check_group(self) -> None:
        expected = self.code.split("-")[self.group_number]
        typed = self.group_field.text().strip().upper()
        typed = typed.replace("O", "0").replace("I", "1").replace("L", "1")  # as codes are read
        ok = typed == expected
        self.code_kept_button.setEnabled(ok)
        self.code_message.say(translate("setup", "That matches.") if ok else "", again=False)

    def _save_code(self) -> None:
        try:
            path, _ = ask_save_path(
                self,
                translate("setup", "Save recovery code"),
                Path.home() / translate("setup", "recovery-code.txt"),
                translate("setup", "Text files (*.txt)"),
                journal=self.folder,
            )
        except KnownError as error:
            self.code_message.say(error.sentence)
            return
        if path:
            self.save_code_to(path)

    def save_code_to(self, path: Path) -> None:
        lead = translate("setup", "Recovery code for your journal:")
        text = f"{lead}\n\n    {self.code}\n"
        try:  # owner-only and whole, also over an earlier file anyone could read
            write_whole(path, lambda handle: handle.write(text.encode("utf-8")))
        except KnownError:
            self.code_message.say(
                translate("setup", "That file couldn't be saved. Try another folder.")
            )
            return
        if self._note_code_kept():
            self.code_message.say(
                translate("setup", "Saved. Keep that file somewhere only you can reach.")
            )
            self.code_kept_button.setEnabled(True)

    def _code_kept(self) -> None:
        if self.code_kept_button.isEnabled() and self._note_code_kept():
            self._go(3)

    def _note_code_kept(self) -> bool:
        """The journal remembers that its code is kept (so setup isn't finished again)."""
        assert self.opened is not None
        try:
            self.opened.set_recovery_code_kept(True)
        except KnownError as error:
            self.code_message.say(error.sentence)
            return False
        return True

    def resume(self, opened: OpenJournal, code: str) -> None:
        """Finish a setup that ended before its recovery code was kept: ``code`` is a new one
        (the earlier one no longer works), to be kept before the journal opens."""
        self.opened, self.code = opened, code
        self.code_label.setText(code)
        self.resume_note.show()
        self.code_message.clear()
        self._ask_group()
        self._go(2)
        self.journal_made.emit()

    # -- step 4: remember on this computer? -------------------------------------------------

    def _device_step(self) -> QWidget:
        page, layout = centered_column()
        layout.addWidget(
            heading(translate("setup", "Open without the passphrase on this computer?"))
        )
        layout.addWidget(
            paragraph(
                translate(
                    "setup",
                    "This computer's keychain can remember the key, so the journal opens by "
                    "itself. Anyone who can log in as you on this computer could then open it "
                    "too. Most people leave this off. You can change it later in Preferences.",
                )
            )
        )
        self.remember = QCheckBox(translate("setup", "Remember on this computer"))
        self.remember.setChecked(False)
        layout.addWidget(self.remember)
        self.device_message = Message()
        layout.addWidget(self.device_message)
        self.open_button = QPushButton(translate("setup", "Open my journal"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._finish)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _finish(self) -> None:
        assert self.opened is not None
        if self.remember.isChecked() and not self.device_message.isVisible():
            try:
                self.opened.remember_device()
            except KnownError as error:
                self.remember.setChecked(False)
                self.device_message.say(
                    translate("setup", "{problem} Select Open my journal to go on.").format(
                        problem=error.sentence
                    )
                )
                return
        opened, self.opened, self.code = self.opened, None, ""
        self.code_label.clear()
        self.resume_note.hide()  # shown once: not kept on a page for the rest of the session
        self.finished.emit(opened)

    def abandon(self) -> None:
        """On lock: close the journal made here and forget its code. Its setup is finished at
        the next unlock if the code wasn't kept yet."""
        if self.opened is not None:
            self.opened.lock()
        self.opened, self.code = None, ""
        self.code_label.clear()
        self.group_field.blockSignals(True)  # emptied by the lock: nothing to check
        self.group_field.setText("")
        self.group_field.blockSignals(False)
        self.resume_note.hide()
        self.from_folder.start_over()
        self.steps.setCurrentIndex(0)

    def _back_from_folder(self) -> None:
        self.from_folder.start_over()
        self._go(0)
        self.from_folder_button.setFocus()

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        focus = {
            0: self.start_button,
            1: self.passphrase,
            2: self.group_field,
            3: self.remember,
            FROM_FOLDER: self.from_folder.choose_button,
        }
        focus[step].setFocus()

    def showEvent(self, event: object) -> None:
        self._go(self.steps.currentIndex())
