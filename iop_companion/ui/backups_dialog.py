"""Backups, restore and new keys: nothing is ever lost by accident."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Done
from iop_companion.core.open_journal import Backup, BackupPreview, KeyRotation, OpenJournal
from iop_companion.core.words import date_words, plural
from iop_companion.errors import KnownError
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.recent_files import ask_open_path, ask_save_path
from iop_companion.ui.task_dialog import TaskDialog
from iop_companion.ui.widgets import (
    ems,
    muted,
    new_passphrase_problem,
    paragraph,
    scrolling,
    secret_field,
)

KIND_WORDS = {
    "daily": "Made automatically",
    "chosen": "Made by you",
    "before-restore": "Your journal as it was before a restore",
    "before-migration": "Your journal as it was before an update",
}


def describe_preview(found: BackupPreview) -> str:
    held = f"{plural(found.wins, 'win')} and {plural(found.hard_moments, 'hard moment')}"
    if found.first_day and found.last_day:
        held += f", from {date_words(found.first_day)} to {date_words(found.last_day)}"
    return f"This backup holds {held}."


class BackupsDialog(TaskDialog):
    """Lists backups; makes one; restores one (the window locks first); gives new keys."""

    restore_chosen = Signal(object, str)  # backup path, passphrase or recovery code
    rotated = Signal(str)  # the new recovery code

    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.folder = live.folder
        self.setWindowTitle("Backups")
        self.setMinimumSize(ems(self, 93), 520)
        outer = QVBoxLayout(self)
        layout = scrolling(outer)
        layout.addWidget(
            paragraph(
                "Each day you use the journal, the app keeps an encrypted backup in its own "
                "folder. You can also save one anywhere, such as a USB stick. A backup opens "
                "with the passphrase or recovery code the journal had when it was made."
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName("Backups")
        layout.addWidget(self.list, 1)
        self.empty = muted("No backups yet. Today's is made a moment after the journal opens.")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.backup_button = QPushButton("Save a backup…")
        self.restore_button = QPushButton("Restore the selected one…")
        self.restore_file_button = QPushButton("Restore from a file…")
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)

        layout.addWidget(muted("If you think someone knows your passphrase:"))
        keys = QHBoxLayout()
        self.new_passphrase = secret_field("New passphrase", "New passphrase")
        self.new_passphrase.setMinimumWidth(180)
        self.new_again = secret_field("New passphrase again", "Once more")
        self.new_again.setMinimumWidth(180)
        self.rotate_button = QPushButton("Give the journal new keys")
        self.rotate_button.setAutoDefault(False)
        for widget in (self.new_passphrase, self.new_again, self.rotate_button):
            keys.addWidget(widget)
        layout.addLayout(keys)
        layout.addWidget(
            muted(
                "The journal is encrypted again with a new key, a new passphrase and a new "
                "recovery code. Backups made before still open with the old passphrase; you "
                "may delete them."
            )
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)

        self.backup_button.clicked.connect(self.choose_backup_target)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.choose_restore_file)
        self.rotate_button.clicked.connect(self.rotate)
        self.task_buttons = (self.backup_button, self.rotate_button)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for found in sorted(
            self.live.core.list_backups(self.live.core.folder), key=lambda b: b.when, reverse=True
        ):
            when = found.when.astimezone()
            label = f"{date_words(when.date())}, {when:%H:%M}  ·  {KIND_WORDS.get(found.kind, '')}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(found.path))
            self.list.addItem(item)
        self.restore_button.setEnabled(self.list.count() > 0)
        self.empty.setVisible(self.list.count() == 0)

    def set_working(self, working: bool) -> None:
        super().set_working(working)
        self.restore_button.setEnabled(not working and self.list.count() > 0)

    # -- backing up ------------------------------------------------------------------------

    def choose_backup_target(self) -> None:
        try:
            path, _ = ask_save_path(
                self,
                "Save a backup",
                Path.home() / "companion.backup",
                "Backups (*.backup)",
                journal=self.folder,
            )
        except KnownError as error:
            self.say(error.sentence)
            return
        if path:
            self.back_up_to(path)

    def back_up_to(self, target: Path) -> None:
        core = self.live.core
        self.say("Saving the backup…")
        self.run(lambda: core.make_backup(target), self._saved)

    def _saved(self, done: Done[Backup]) -> None:
        made = self.live.apply(done)
        self.say(
            f"Saved and checked: {made.path.name}. It opens with your passphrase or recovery code."
        )
        self.reload()

    # -- restoring -------------------------------------------------------------------------

    def restore_selected(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is not None:
            self.ask_to_restore(Path(item.data(Qt.ItemDataRole.UserRole)))

    def choose_restore_file(self) -> None:
        try:
            path = ask_open_path(self, "Restore from a file", "Backups (*.backup)")
        except KnownError as error:
            self.say(error.sentence)
            return
        if path:
            self.ask_to_restore(path)

    def ask_to_restore(self, source: Path, secret: str | None = None) -> None:
        if secret is None:
            secret, ok = QInputDialog.getText(
                self,
                "Open the backup",
                "The passphrase or recovery code the journal had when this backup was made:",
                QLineEdit.EchoMode.Password,
            )
            if not ok or not secret:
                return
        self.run(
            lambda: OpenJournal.preview_backup(source, secret, scratch_in=self.folder),
            lambda found: self._confirm_restore(source, secret, found),
        )

    def _confirm_restore(self, source: Path, secret: str, found: BackupPreview) -> None:
        """Ask first. "No" is the default: Enter or Escape, pressed in a hurry, keeps the
        journal as it is."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Restore this backup?",
            f"{describe_preview(found)}\n\nRestoring replaces the journal with it. The journal "
            "as it is now is kept as a backup first, so you can go back to it.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_: int) -> None:
            box.finished.disconnect(answered)  # the lock that follows closes the box again
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.restore_chosen.emit(source, secret)

        box.finished.connect(answered)
        box.open()

    # -- new keys --------------------------------------------------------------------------

    def rotate(self) -> None:
        new = self.new_passphrase.text()
        problem = new_passphrase_problem(new, self.new_again.text())
        if problem:
            self.say(problem)
            return
        core = self.live.core
        self.say("Giving the journal new keys…")
        self.run(lambda: core.rotate_key(new), self._rotated)

    def _rotated(self, done: Done[KeyRotation]) -> None:
        # Not shown in the views: the window locks now, and the journal opens afresh with them.
        self.rotated.emit(done.result.recovery_code)
