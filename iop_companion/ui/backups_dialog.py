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
from iop_companion.errors import KnownError
from iop_companion.i18n import (
    QT_TRANSLATE_NOOP,
    Context,
    DayForm,
    say_day,
    say_time,
    translate,
)
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

backups_dialog = Context("backups_dialog")  # counted words
KIND_WORDS = {
    "daily": QT_TRANSLATE_NOOP("backups_dialog", "Made automatically"),
    "chosen": QT_TRANSLATE_NOOP("backups_dialog", "Made by you"),
    "before-restore": QT_TRANSLATE_NOOP(
        "backups_dialog", "Your journal as it was before a restore"
    ),
    "before-migration": QT_TRANSLATE_NOOP(
        "backups_dialog", "Your journal as it was before an update"
    ),
}


def describe_preview(found: BackupPreview) -> str:
    wins = backups_dialog.tr("%Ln win(s)", None, found.wins)
    hard_moments = backups_dialog.tr("%Ln hard moment(s)", None, found.hard_moments)
    if found.first_day and found.last_day:
        return translate(
            "backups_dialog", "This backup holds {wins} and {hard_moments}, from {first} to {last}."
        ).format(
            wins=wins,
            hard_moments=hard_moments,
            first=say_day(found.first_day, DayForm.LONG),
            last=say_day(found.last_day, DayForm.LONG),
        )
    return translate("backups_dialog", "This backup holds {wins} and {hard_moments}.").format(
        wins=wins, hard_moments=hard_moments
    )


class BackupsDialog(TaskDialog):
    """Lists backups; makes one; restores one (the window locks first); gives new keys."""

    restore_chosen = Signal(object, str)  # backup path, passphrase or recovery code
    rotated = Signal(str)  # the new recovery code

    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        super().__init__(live, parent)
        self.folder = live.folder
        self.setWindowTitle(translate("backups_dialog", "Backups"))
        self.setMinimumSize(ems(self, 93), 520)
        outer = QVBoxLayout(self)
        layout = scrolling(outer)
        layout.addWidget(
            paragraph(
                translate(
                    "backups_dialog",
                    "Each day you use the journal, the app keeps an encrypted backup in its own "
                    "folder. You can also save one anywhere, such as a USB stick. A backup opens "
                    "with the passphrase or recovery code the journal had when it was made.",
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(translate("backups_dialog", "Backups"))
        layout.addWidget(self.list, 1)
        self.empty = muted(
            translate(
                "backups_dialog",
                "No backups yet. Today's is made a moment after the journal opens.",
            )
        )
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.backup_button = QPushButton(translate("backups_dialog", "Save a backup…"))
        self.restore_button = QPushButton(translate("backups_dialog", "Restore the selected one…"))
        self.restore_file_button = QPushButton(translate("backups_dialog", "Restore from a file…"))
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)

        layout.addWidget(
            muted(translate("backups_dialog", "If you think someone knows your passphrase:"))
        )
        keys = QHBoxLayout()
        self.new_passphrase = secret_field(
            translate("backups_dialog", "New passphrase"),
            translate("backups_dialog", "New passphrase"),
        )
        self.new_passphrase.setMinimumWidth(180)
        self.new_again = secret_field(
            translate("backups_dialog", "New passphrase again"),
            translate("backups_dialog", "Once more"),
        )
        self.new_again.setMinimumWidth(180)
        self.rotate_button = QPushButton(translate("backups_dialog", "Give the journal new keys"))
        self.rotate_button.setAutoDefault(False)
        for widget in (self.new_passphrase, self.new_again, self.rotate_button):
            keys.addWidget(widget)
        layout.addLayout(keys)
        layout.addWidget(
            muted(
                translate(
                    "backups_dialog",
                    "The journal is encrypted again with a new key, a new passphrase and a new "
                    "recovery code. Backups made before still open with the old passphrase; you "
                    "may delete them.",
                )
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
            kind = KIND_WORDS.get(found.kind)
            label = translate("backups_dialog", "{day}, {time}  ·  {kind}").format(
                day=say_day(when.date(), DayForm.LONG),
                time=say_time(when.time()),
                kind=translate("backups_dialog", kind) if kind else "",
            )
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
                translate("backups_dialog", "Save a backup"),
                Path.home() / translate("backups_dialog", "companion.backup"),
                translate("backups_dialog", "Backups (*.backup)"),
                journal=self.folder,
            )
        except KnownError as error:
            self.say(error.sentence)
            return
        if path:
            self.back_up_to(path)

    def back_up_to(self, target: Path) -> None:
        core = self.live.core
        self.say(translate("backups_dialog", "Saving the backup…"))
        self.run(lambda: core.make_backup(target), self._saved)

    def _saved(self, done: Done[Backup]) -> None:
        made = self.live.apply(done)
        self.say(
            translate(
                "backups_dialog",
                "Saved and checked: {file}. It opens with your passphrase or recovery code.",
            ).format(file=made.path.name)
        )
        self.reload()

    # -- restoring -------------------------------------------------------------------------

    def restore_selected(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is not None:
            self.ask_to_restore(Path(item.data(Qt.ItemDataRole.UserRole)))

    def choose_restore_file(self) -> None:
        try:
            path = ask_open_path(
                self,
                translate("backups_dialog", "Restore from a file"),
                translate("backups_dialog", "Backups (*.backup)"),
            )
        except KnownError as error:
            self.say(error.sentence)
            return
        if path:
            self.ask_to_restore(path)

    def ask_to_restore(self, source: Path, secret: str | None = None) -> None:
        if secret is None:
            secret, ok = QInputDialog.getText(
                self,
                translate("backups_dialog", "Open the backup"),
                translate(
                    "backups_dialog",
                    "The passphrase or recovery code the journal had when this backup was made:",
                ),
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
            translate("backups_dialog", "Restore this backup?"),
            translate(
                "backups_dialog",
                "{holds}\n\nRestoring replaces the journal with it. The journal as it is now is "
                "kept as a backup first, so you can go back to it.",
            ).format(holds=describe_preview(found)),
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
        self.say(translate("backups_dialog", "Giving the journal new keys…"))
        self.run(lambda: core.rotate_key(new), self._rotated)

    def _rotated(self, done: Done[KeyRotation]) -> None:
        # Not shown in the views: the window locks now, and the journal opens afresh with them.
        self.rotated.emit(done.result.recovery_code)
