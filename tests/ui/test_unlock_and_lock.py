"""Unlocking, recovering, locking: what the person sees and what stays behind."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iop_companion.core.model import Kind
from iop_companion.errors import WrongPassphrase
from iop_companion.ui.help import HelpDialog
from iop_companion.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.helpers import log_win_by_keyboard, unlock, visible_texts


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_unlock_screen_has_the_passphrase_focused(qtbot, window) -> None:
    assert window.pages.currentWidget() is window.unlock_page
    qtbot.waitUntil(lambda: window.unlock_page.passphrase.hasFocus())


def test_wrong_passphrase_keeps_focus_and_changes_nothing(qtbot, window, vault_folder) -> None:
    before = _hashes(vault_folder)
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, "not my passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() == WrongPassphrase.message)
    assert window.pages.currentWidget() is page
    assert page.passphrase.hasFocus()
    assert page.unlock_button.isEnabled()
    assert _hashes(vault_folder) == before


def test_help_is_one_step_from_the_unlock_screen(qtbot, window) -> None:
    qtbot.mouseClick(window.unlock_page.help_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in window.findChildren(HelpDialog) if d.isVisible()]
    assert dialogs
    text = dialogs[0].text.text()
    assert "988" in text and "1-800-662-4357" in text


def test_help_is_one_key_away_on_every_screen(qtbot, window) -> None:
    window.menus.help.trigger()
    assert any(d.isVisible() for d in window.findChildren(HelpDialog))
    assert window.menus.help.isEnabled()


def test_recovery_code_unlock_requires_a_new_passphrase(
    qtbot, window, vault_folder, recovery_code
) -> None:
    qtbot.mouseClick(window.unlock_page.recovery_button, Qt.MouseButton.LeftButton)
    page = window.recovery_page
    assert window.pages.currentWidget() is page
    qtbot.keyClicks(page.code, recovery_code.lower().replace("-", " "))
    page.new_passphrase.setText("short")
    page.confirm.setText("short")
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in page.message.text()
    assert window.pages.currentWidget() is page

    page.new_passphrase.setText("a brand new passphrase")
    page.confirm.setText("a brand new passphrase")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.tabs)
    window.lock()
    Vault.unlock(vault_folder, "a brand new passphrase").lock()


def test_lock_clears_every_widget_that_showed_entry_text(qtbot, window) -> None:
    unlock(qtbot, window)
    log_win_by_keyboard(qtbot, window, "MARKER honest words")
    page = window.journal_page
    page.search.setText("MARKER")
    with qtbot.waitSignal(page.model.loaded):
        page.apply_view()
    assert page.model.rowCount() == 1
    dialog = window.log_win()
    assert dialog is not None
    dialog.text.setText("MARKER typed but not saved")
    dialog.activateWindow()  # as it is when the person types in it
    qtbot.waitUntil(dialog.isActiveWindow)

    # Pressed while the dialog is in front: locking works from any window of the app.
    qtbot.keyClick(dialog.text, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.pages.currentWidget() is window.unlock_page
    assert page.model.rowCount() == 0
    assert not any("MARKER" in text for text in visible_texts(window))
    assert window.live is None
    assert not window.menus.log.isEnabled()


def test_window_title_never_holds_entry_text(qtbot, window) -> None:
    unlock(qtbot, window)
    log_win_by_keyboard(qtbot, window, "Told my sister about the slip")
    assert window.windowTitle() == "Companion"


def test_unlock_after_lock_shows_the_journal_again(qtbot, window) -> None:
    unlock(qtbot, window)
    log_win_by_keyboard(qtbot, window, "Came to one session")
    window.lock()
    assert window.unlock_page.passphrase.text() == ""
    unlock(qtbot, window, PASSPHRASE)
    assert window.journal_page.model.rowCount() == 1


def test_locking_while_a_search_runs_leaves_nothing_behind(qtbot, window) -> None:
    unlock(qtbot, window)
    for i in range(50):
        window.live.log_win(f"Went to group, week {i}")
    page = window.journal_page
    page.search.setText("group")
    page.apply_view()  # the search is on its way
    window.lock()
    QApplication.processEvents()  # a late result belongs to a closed journal and is dropped
    assert page.model.rowCount() == 0
    assert window.pages.currentWidget() is window.unlock_page


def test_lock_forgets_search_snippets(qtbot, window) -> None:
    from iop_companion.ui.timeline import SNIPPET_ROLE

    unlock(qtbot, window)
    window.live.log_win("MARKER in a snippet")
    page = window.journal_page
    page.search.setText("MARKER")
    with qtbot.waitSignal(page.model.loaded):
        page.apply_view()
    assert page.model.index(0).data(SNIPPET_ROLE)
    window.lock()
    assert page.model._snippets == {}
    assert page.search.isUndoAvailable() is False  # the typed words aren't one Ctrl+Z away


def test_the_next_unlock_opens_on_the_whole_journal(qtbot, window) -> None:
    """A filter chosen before a lock (only hard moments, a few days) is gone after it."""
    unlock(qtbot, window)
    window.live.log_win("Went to group")
    window.live.log_hard_moment(word="slip")
    page = window.journal_page
    page.kind.setCurrentIndex(page.kind.findData(Kind.HARD_MOMENT))
    page.use_dates.setChecked(True)
    window.progress_page.show_hard.setChecked(False)
    assert page.model.rowCount() == 1
    window.lock()
    unlock(qtbot, window)
    assert page.kind.currentData() is None and not page.use_dates.isChecked()
    assert not page.since.isEnabled()
    assert window.progress_page.show_hard.isChecked()
    assert page.model.rowCount() == 2


def test_opened_from_the_old_key_file_asks_for_a_new_passphrase(qtbot, window, vault_folder):
    """The key file is damaged after a passphrase change: the copy kept from before opens the
    journal with the old passphrase, and the person is told and asked for a new one."""
    from iop_companion.errors import OLD_KEY_FILE
    from iop_companion.ui.preferences import PreferencesDialog
    from iop_companion.vault.layout import SLOTS_NAME

    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.change_passphrase("a newer passphrase")
    key_file = vault_folder / SLOTS_NAME
    key_file.write_bytes(key_file.read_bytes()[:100])
    unlock(qtbot, window, PASSPHRASE)
    [preferences] = [d for d in window.findChildren(PreferencesDialog) if d.isVisible()]
    assert preferences.status.text() == OLD_KEY_FILE and preferences.current.hasFocus()
    preferences.current.setText(PASSPHRASE)
    preferences.new.setText("a third passphrase now")
    preferences.confirm.setText("a third passphrase now")
    preferences.change_passphrase()
    qtbot.waitUntil(lambda: "is changed" in preferences.status.text(), timeout=10_000)
    window.lock()
    unlock(qtbot, window, "a third passphrase now")
    assert not any(d.isVisible() for d in window.findChildren(PreferencesDialog))


def test_an_older_journal_file_put_back_is_said_once(qtbot, window, vault_folder) -> None:
    from PySide6.QtWidgets import QMessageBox

    from iop_companion.errors import STALE_JOURNAL
    from iop_companion.vault.layout import BACKUPS_DIR, DB_NAME

    unlock(qtbot, window)
    window.live.log_win("Came to group")
    window.lock()
    older = (vault_folder / DB_NAME).read_bytes()
    unlock(qtbot, window)
    window.live.log_win("Came back")
    window.lock()
    (vault_folder / DB_NAME).write_bytes(older)
    unlock(qtbot, window)
    [box] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert box.text() == STALE_JOURNAL
    box.accept()
    with qtbot.waitSignal(window.daily_backup.timer.timeout, timeout=8000):
        pass  # the moment today's backup would be made
    window.live.pool.waitForDone()
    assert not list((vault_folder / BACKUPS_DIR).glob("daily-*"))  # none of the older file
    window.lock()
    unlock(qtbot, window)
    assert not any(b.isVisible() for b in window.findChildren(QMessageBox))
