"""First run on a second computer: open a journal from a folder kept in step with the first.

The folder is the one the person chose on the other computer with "Use this journal on another
computer…". Here they choose it, type the passphrase (or the recovery code: then a new
passphrase, twice, which becomes the journal's on every computer), and the journal is built
from the folder off the window's thread (``OpenJournal.join_from_folder``), with a progress bar
and Cancel. Cancelled or failed, nothing is left in the journal's folder.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.journal import local_now
from iop_companion.core.open_journal import KdfParams, Keychain, OpenJournal
from iop_companion.errors import (
    CodeNeedsPassphrase,
    KnownError,
    NoJournalInFolder,
    SyncStopped,
)
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.background import Task
from iop_companion.ui.recent_files import ask_folder
from iop_companion.ui.widgets import (
    PASSPHRASE_EVERYWHERE,
    SPACE,
    EnterButton,
    NewPassphraseFields,
    centered_column,
    heading,
    labelled,
    muted,
    secret_field,
)

TITLE = QT_TRANSLATE_NOOP("open_from_folder", "Open a journal from a folder")
INTRO = QT_TRANSLATE_NOOP(
    "open_from_folder",
    "Your journal can come to this computer through a folder you keep in step, with "
    "Syncthing, Dropbox or a USB stick. On the computer that has it, choose Use this journal "
    "on another computer in the Journal menu. Then choose that folder here.",
)
SECRET_LABEL = QT_TRANSLATE_NOOP("open_from_folder", "Passphrase or recovery code")
TYPE_WORDS = QT_TRANSLATE_NOOP(
    "open_from_folder",
    "The passphrase you use on the other computer, or the recovery code you kept.",
)
NEW_LABEL = QT_TRANSLATE_NOOP("open_from_folder", "A new passphrase")
AGAIN_LABEL = QT_TRANSLATE_NOOP("open_from_folder", "The same passphrase again")
WORKING_WORDS = QT_TRANSLATE_NOOP("open_from_folder", "Bringing your journal to this computer…")
STOPPING_WORDS = QT_TRANSLATE_NOOP("open_from_folder", "Stopping…")

Progress = Callable[[int, int], None]


class Join(Protocol):
    """Builds the journal from ``sync_dir`` with ``typed`` (the passphrase or the recovery code;
    a recovery code needs ``new_passphrase``). Slow, and run off the window's thread."""

    def __call__(
        self,
        sync_dir: Path,
        typed: str,
        new_passphrase: str | None,
        progress: Progress,
        stopped: Callable[[], bool],
    ) -> OpenJournal: ...


class _Progress(QObject):
    """How far the journal is built, from the worker thread to the window's."""

    moved = Signal(int, int)  # parts read, parts there are


class OpenFromFolderStep(QWidget):
    """The folder, the passphrase or recovery code, and Open. Emits ``opened`` with the
    journal, open; ``back_wanted`` for Back."""

    opened = Signal(object)  # OpenJournal
    back_wanted = Signal()

    def __init__(
        self,
        folder: Path,
        keychain: Keychain,
        kdf: KdfParams | None = None,
        clock: Callable[[], datetime] = local_now,
        *,
        strength: Callable[[str], str] = lambda _: "",
    ) -> None:
        """``folder`` is where the journal is built (this computer's data folder); ``strength``
        gives honest words on a new passphrase, as setup's."""
        super().__init__()
        self.folder = folder
        self.keychain = keychain
        self.kdf = kdf
        self.clock = clock
        self.strength = strength
        self.join: Join = self._join
        self.choose: Callable[[QWidget], Path | None] = lambda parent: ask_folder(
            parent,
            translate("open_from_folder", "Choose the folder your journal is kept in step through"),
        )
        self._task: Task | None = None
        self._stop = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)

        page, layout = centered_column()
        layout.addWidget(heading(translate("open_from_folder", TITLE)))
        layout.addWidget(muted(translate("open_from_folder", INTRO)))

        self.sync_dir = QLineEdit()
        self.sync_dir.setPlaceholderText(translate("open_from_folder", "No folder chosen yet"))
        self.sync_dir.returnPressed.connect(self.submit)
        self.choose_button = EnterButton(translate("open_from_folder", "Choose folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.setSpacing(SPACE)
        folder_row.addWidget(self.sync_dir, 1)
        folder_row.addWidget(self.choose_button)
        layout.addLayout(
            labelled(translate("open_from_folder", "Folder"), self.sync_dir, folder_row)
        )

        self.secret = secret_field(translate("open_from_folder", SECRET_LABEL))
        self.secret.setAccessibleDescription(translate("open_from_folder", TYPE_WORDS))
        self.secret.returnPressed.connect(self.submit)
        layout.addLayout(labelled(translate("open_from_folder", SECRET_LABEL), self.secret))

        # Shown when the recovery code opened it: a new passphrase, twice.
        self.new_part = QWidget()
        new_layout = QVBoxLayout(self.new_part)
        new_layout.setContentsMargins(0, SPACE, 0, 0)
        new_layout.setSpacing(layout.spacing())
        self.new_words = Message()  # why it is asked for
        self.new_fields = NewPassphraseFields(
            translate("open_from_folder", NEW_LABEL),
            translate("open_from_folder", AGAIN_LABEL),
            description=translate("widgets", PASSPHRASE_EVERYWHERE),
            strength=strength,
        )
        self.new_fields.submitted.connect(self.submit)
        self.new_passphrase = self.new_fields.passphrase
        self.confirm = self.new_fields.confirm
        self.new_strength = self.new_fields.strength
        new_layout.addWidget(self.new_words)
        new_layout.addWidget(self.new_fields)
        self.new_part.hide()
        layout.addWidget(self.new_part)

        self.message = Message()
        layout.addWidget(self.message)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(SPACE)
        self.bar.setAccessibleName(translate("open_from_folder", "How far the journal is"))
        self.cancel_button = EnterButton(translate("open_from_folder", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.working = QWidget()  # the bar and Cancel, there only while the journal is built
        working_row = QHBoxLayout(self.working)
        working_row.setContentsMargins(0, 0, 0, 0)
        working_row.addWidget(self.bar, 1, Qt.AlignmentFlag.AlignVCenter)
        working_row.addWidget(self.cancel_button)
        self.working.hide()
        layout.addWidget(self.working)

        row = QHBoxLayout()
        self.open_button = EnterButton(translate("open_from_folder", "Open my journal"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.submit)
        self.back_button = EnterButton(translate("open_from_folder", "Back"))
        self.back_button.clicked.connect(self.back_wanted)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        layout.addLayout(row)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)

    # -- what the person does -------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = self.choose(self)
        if chosen is not None:
            self.sync_dir.setText(str(chosen))
            self.message.clear()
            self.secret.setFocus()

    def submit(self) -> None:
        if self.running:
            return
        folder_text = self.sync_dir.text().strip()
        typed = self.secret.text()  # as typed: the unlock screen doesn't trim a passphrase either
        if not folder_text:
            self._say_at(
                translate("open_from_folder", "Choose the folder first."), self.choose_button
            )
            return
        if not typed.strip():
            self._say_at(
                translate("open_from_folder", "Type your passphrase or recovery code first."),
                self.secret,
            )
            return
        new: str | None = None
        if self.new_part.isVisible():
            new = self.new_fields.text()
            problem = self.new_fields.problem()
            if problem:
                self._say_at(problem, self.new_passphrase)
                return
        sync_dir = Path(folder_text).expanduser()
        self._stop.clear()
        self._set_working(True)
        self.message.say(translate("open_from_folder", WORKING_WORDS))
        progress, stopped = self._report, self._stop.is_set

        task = Task(
            lambda: self.join(sync_dir, typed, new, progress, stopped),
            self,
            orphan=OpenJournal.lock,  # the window closed meanwhile
        )
        task.done.connect(self._done)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def cancel(self) -> None:
        """Stop building the journal: what was built so far goes (``SyncStopped``)."""
        if self.running:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.message.say(translate("open_from_folder", STOPPING_WORDS))

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.running

    # -- the work, and what comes back ----------------------------------------------------------

    def _join(
        self,
        sync_dir: Path,
        typed: str,
        new_passphrase: str | None,
        progress: Progress,
        stopped: Callable[[], bool],
    ) -> OpenJournal:
        opened, _ = OpenJournal.join_from_folder(
            sync_dir,
            self.folder,
            typed,
            self.keychain,
            new_passphrase=new_passphrase,
            kdf=self.kdf,
            clock=self.clock,
            progress=progress,
            stopped=stopped,
        )
        return opened

    def _report(self, done: int, total: int) -> None:
        """On the worker thread: how far it is, for the bar."""
        with contextlib.suppress(RuntimeError):  # the page is gone: nobody to tell
            self._progress.moved.emit(done, total)

    def _moved(self, done: int, total: int) -> None:
        if total > 0 and self.running:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _done(self, opened: OpenJournal) -> None:
        self._set_working(False)
        self.reset()
        self.opened.emit(opened)

    def _failed(self, error: BaseException) -> None:
        self._set_working(False)
        if not isinstance(error, KnownError):
            raise error
        if isinstance(error, SyncStopped):
            self._say_at(error.sentence, self.open_button)
        elif isinstance(error, CodeNeedsPassphrase):
            self.message.clear()
            self.new_part.show()
            self.new_words.say(error.sentence)  # above the fields it asks for, as it appears
            self.new_passphrase.setFocus()
        elif isinstance(error, NoJournalInFolder) or not Path(self.sync_dir.text()).is_dir():
            self._say_at(error.sentence, self.choose_button)
        else:
            self.secret.selectAll()
            self._say_at(error.sentence, self.secret)

    def _say_at(self, sentence: str, widget: QWidget) -> None:
        self.message.say(sentence)
        widget.setFocus()

    def _set_working(self, working: bool) -> None:
        self.working.setVisible(working)
        self.bar.setRange(0, 0)  # moving, until the first part is read
        self.cancel_button.setEnabled(working)
        for field in (self.sync_dir, self.secret, self.new_passphrase, self.confirm):
            field.setReadOnly(working)
        for button in (self.choose_button, self.open_button, self.back_button):
            button.setEnabled(not working)
        if working:
            self.cancel_button.setFocus()  # where the focus was is now disabled

    def reset(self) -> None:
        """As it first opens: nothing typed, nothing said (the folder is kept)."""
        self.secret.clear()
        self.new_fields.clear()
        self.new_words.clear()
        self.new_part.hide()
        self.message.clear()

    def start_over(self) -> None:
        """Leaving the step (Back, lock): the secrets are forgotten, and a running build is
        stopped."""
        self.cancel()
        self.reset()
