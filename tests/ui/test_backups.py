"""Backups from the desktop app: the daily one, a chosen one, restoring, new keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from iop_companion.errors import WrongPassphrase
from iop_companion.ui.backups_dialog import BackupsDialog
from iop_companion.vault import Vault
from iop_companion.vault.layout import BACKUPS_DIR
from tests.conftest import PASSPHRASE
from tests.ui.helpers import unlock

NEW = "a completely new passphrase"


def open_backups(qtbot, window) -> BackupsDialog:
    dialog = window.backups()
    assert dialog is not None
    return dialog


def dailies(folder: Path) -> list[Path]:
    return [p for p in (folder / BACKUPS_DIR).glob("daily-*")]


def test_a_daily_backup_is_made_after_the_window_is_up(qtbot, window, vault_folder) -> None:
    unlock(qtbot, window)
    window.live.log_win("Went to group")
    window.lock()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(dailies(vault_folder)), timeout=8000)


def test_an_empty_journal_gets_its_first_backup_after_its_first_entry(
    qtbot, window, vault_folder
) -> None:
    """Nothing to keep on day one: no backup of an empty journal sits first in the list to be
    restored by mistake. The first entries are backed up the same day, not the next."""
    unlock(qtbot, window)
    backup_time_comes(qtbot, window)
    assert dailies(vault_folder) == []
    window.live.log_win("Went to group")
    qtbot.waitUntil(lambda: bool(dailies(vault_folder)), timeout=8000)
    window.lock()
    unlock(qtbot, window)
    preview = window.backups()
    assert preview is not None and preview.list.count() == 1


def backup_time_comes(qtbot, window) -> None:
    """Wait for the moment after unlocking when today's backup is made, if it is due."""
    with qtbot.waitSignal(window.daily_backup.timer.timeout, timeout=8000):
        pass
    window.live.pool.waitForDone()


def test_words_in_the_notebook_alone_are_backed_up_too(qtbot, window, vault_folder) -> None:
    unlock(qtbot, window)
    backup_time_comes(qtbot, window)
    assert dailies(vault_folder) == []
    window.tabs.setCurrentWidget(window.bring_up_page)
    window.bring_up_page.entry.setText("A smaller group would help.")
    window.bring_up_page.add()
    qtbot.waitUntil(lambda: bool(dailies(vault_folder)), timeout=8000)


def test_restoring_is_asked_with_no_as_the_answer_enter_gives(
    qtbot, window, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    window.live.log_win("Kept as it is")
    dialog = open_backups(qtbot, window)
    target = tmp_path / "journal.backup"
    dialog.back_up_to(target)
    qtbot.waitUntil(lambda: "Saved and checked" in dialog.status.text(), timeout=10_000)
    dialog.ask_to_restore(target, PASSPHRASE)
    box = restore_question(qtbot, dialog)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(dialog.restore_chosen):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not box.isVisible())
    assert window.live is not None  # nothing was locked or replaced


def restore_question(qtbot, dialog: BackupsDialog) -> QMessageBox:
    """The "Restore this backup?" question, once the backup has been opened and shown."""
    qtbot.waitUntil(
        lambda: any(box.isVisible() for box in dialog.findChildren(QMessageBox)), timeout=10_000
    )
    [box] = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    return box


def test_save_a_backup_then_restore_it(qtbot, window, vault_folder, tmp_path: Path) -> None:
    unlock(qtbot, window)
    window.live.log_win("Before the backup")
    dialog = open_backups(qtbot, window)
    target = tmp_path / "usb" / "journal.backup"
    target.parent.mkdir()
    dialog.back_up_to(target)
    qtbot.waitUntil(lambda: "Saved and checked" in dialog.status.text(), timeout=10_000)
    assert not target.read_bytes().startswith(b"SQLite format 3")
    window.live.log_win("After the backup")

    dialog.ask_to_restore(target, PASSPHRASE)
    box = restore_question(qtbot, dialog)
    with qtbot.waitSignal(dialog.restore_chosen, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "Restored" in window.unlock_page.message.text(), timeout=10_000)
    assert window.live is None  # it locked first
    unlock(qtbot, window)
    assert window.live is not None
    texts = [e.text for e in window.live.journal.entries()]
    assert "Before the backup" in texts and "After the backup" not in texts


def test_a_wrong_secret_for_a_backup_says_so(qtbot, window, tmp_path: Path) -> None:
    unlock(qtbot, window)
    dialog = open_backups(qtbot, window)
    target = tmp_path / "journal.backup"
    dialog.back_up_to(target)
    qtbot.waitUntil(lambda: "Saved and checked" in dialog.status.text(), timeout=10_000)
    dialog.ask_to_restore(target, "not the passphrase")
    qtbot.waitUntil(lambda: "didn't open the backup" in dialog.status.text(), timeout=10_000)
    assert window.live is not None  # nothing was locked or replaced


def test_new_keys_lock_the_window_and_show_a_new_code(qtbot, window, vault_folder) -> None:
    unlock(qtbot, window)
    window.live.log_win("Still here after new keys")
    dialog = open_backups(qtbot, window)
    dialog.new_passphrase.setText(NEW)
    dialog.new_again.setText(NEW)
    with qtbot.waitSignal(dialog.rotated, timeout=15_000):
        dialog.rotate()
    assert window.live is None
    assert "new keys" in window.unlock_page.message.text()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_folder, PASSPHRASE)
    unlock(qtbot, window, NEW)
    assert window.live is not None
    assert [e.text for e in window.live.journal.entries()] == ["Still here after new keys"]
