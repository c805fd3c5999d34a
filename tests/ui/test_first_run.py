"""First run through to the first win, with the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from iop_companion.errors import WrongRecoveryCode
from iop_companion.vault import Vault
from tests.ui.helpers import log_win_by_keyboard, unlock

NEW_PASSPHRASE = "lamp orchard tuesday violin"


def to_the_code_step(qtbot, window) -> str:
    setup = window.setup_page
    setup._go(1)
    setup.passphrase.setText(NEW_PASSPHRASE)
    setup.confirm.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.steps.currentIndex() == 2, timeout=10_000)
    return setup.code


def keep_the_code(qtbot, window) -> None:
    setup = window.setup_page
    qtbot.keyClicks(setup.group_field, setup.code.split("-")[setup.group_number])
    qtbot.keyClick(setup.group_field, Qt.Key.Key_Return)
    assert setup.steps.currentIndex() == 3


def test_first_run_to_first_win(qtbot, make_window, tmp_path: Path, keychain) -> None:
    folder = tmp_path / "journal"
    window = make_window(folder)
    setup = window.setup_page
    assert window.pages.currentWidget() is setup
    assert "no one can open" in " ".join(label.text() for label in setup.findChildren(QLabel))

    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(setup.passphrase, NEW_PASSPHRASE)
    assert setup.strength.text()  # honest feedback as they type
    assert not setup.create_button.isEnabled()  # not until confirmed
    qtbot.keyClicks(setup.confirm, NEW_PASSPHRASE)
    assert setup.create_button.isEnabled()
    qtbot.keyClick(setup.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: setup.steps.currentIndex() == 2, timeout=10_000)

    code = setup.code_label.text()
    assert len(code.split("-")) == 7
    assert not setup.code_kept_button.isEnabled()
    qtbot.keyClicks(setup.group_field, "zzzz")
    assert not setup.code_kept_button.isEnabled()
    setup.group_field.clear()
    qtbot.keyClicks(setup.group_field, code.split("-")[setup.group_number].lower())
    assert setup.code_kept_button.isEnabled()
    qtbot.keyClick(setup.group_field, Qt.Key.Key_Return)
    assert setup.steps.currentIndex() == 3

    assert not setup.remember.isChecked()  # off by default
    qtbot.mouseClick(setup.open_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tabs
    assert keychain.secrets == {}
    assert setup.code_label.text() == ""  # shown once, then gone from the page
    assert setup.code == ""

    log_win_by_keyboard(qtbot, window, "Said one honest sentence")
    entry = window.journal_page.model.index(0).data(Qt.ItemDataRole.DisplayRole)
    assert entry == "Said one honest sentence"
    window.lock()
    vault = Vault.unlock(folder, NEW_PASSPHRASE)
    try:
        assert vault.db.execute("SELECT text FROM entries").fetchall() == [
            ("Said one honest sentence",)
        ]
    finally:
        vault.lock()


def test_saving_the_code_to_a_file_counts_as_keeping_it(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(tmp_path / "journal")
    setup = window.setup_page
    to_the_code_step(qtbot, window)
    target = tmp_path / "code.txt"
    target.write_text("an older file anyone could read")
    target.chmod(0o644)
    setup.save_code_to(target)
    assert setup.code in target.read_text()
    assert target.stat().st_mode & 0o777 == 0o600  # the code is the owner's alone, even here
    assert setup.code_kept_button.isEnabled()


def test_remembering_this_computer_opens_without_passphrase_next_time(
    qtbot, make_window, tmp_path: Path, keychain
) -> None:
    folder = tmp_path / "journal"
    window = make_window(folder)
    setup = window.setup_page
    to_the_code_step(qtbot, window)
    setup.save_code_to(tmp_path / "code.txt")
    setup._go(3)
    setup.remember.setChecked(True)
    qtbot.mouseClick(setup.open_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tabs
    window.close()

    again = make_window(folder)
    assert again.pages.currentWidget() is again.tabs


def test_mismatched_passphrases_say_so(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(tmp_path / "journal")
    setup = window.setup_page
    setup._go(1)
    qtbot.keyClicks(setup.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(setup.confirm, "lamp orchard")
    assert "aren't the same" in setup.setup_message.text()
    assert not setup.create_button.isEnabled()


def test_a_setup_left_at_the_recovery_code_is_finished_at_the_next_unlock(
    qtbot, make_window, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    first = make_window(folder)
    unseen_code = to_the_code_step(qtbot, first)
    first.close()  # quit before the code was kept

    window = make_window(folder)
    unlock(qtbot, window, NEW_PASSPHRASE, into=window.setup_page)
    setup = window.setup_page
    assert setup.steps.currentIndex() == 2 and setup.resume_note.isVisible()
    assert setup.code and setup.code != unseen_code  # a new code, shown now
    with pytest.raises(WrongRecoveryCode):  # the one nobody kept no longer opens anything
        Vault.unlock_with_recovery_code(folder, unseen_code, "another long passphrase")
    keep_the_code(qtbot, window)
    qtbot.mouseClick(setup.open_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tabs

    window.lock()  # kept now: the next unlock goes straight in
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.pages.currentWidget() is window.tabs


def test_locking_during_setup_closes_the_new_journal_and_finishes_later(
    qtbot, make_window, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    window = make_window(folder)
    to_the_code_step(qtbot, window)
    window.quick_hide()  # someone walks in while the code is on screen
    assert window.setup_page.opened is None and window.setup_page.code_label.text() == ""
    assert window.pages.currentWidget() is window.unlock_page
    unlock(qtbot, window, NEW_PASSPHRASE, into=window.setup_page)
    assert window.setup_page.steps.currentIndex() == 2
    keep_the_code(qtbot, window)


def test_recovering_into_a_setup_left_at_the_code_keeps_one_code(
    qtbot, make_window, tmp_path: Path
) -> None:
    """Setup left at the code step, then the passphrase forgotten: the recovery code opens it,
    and the one new code made then is the one setup asks to keep (and the one that works)."""
    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "journal"
    first = make_window(folder)
    seen_code = to_the_code_step(qtbot, first)
    first.close()

    window = make_window(folder)
    window.show_recovery()
    page = window.recovery_page
    page.code.setText(seen_code)
    page.new_passphrase.setText("a brand new passphrase")
    page.confirm.setText("a brand new passphrase")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.setup_page, timeout=10_000)
    shown = window.setup_page.code
    assert shown and shown != seen_code
    assert not any(box.isVisible() for box in window.findChildren(QMessageBox))  # one code only
    keep_the_code(qtbot, window)
    qtbot.mouseClick(window.setup_page.open_button, Qt.MouseButton.LeftButton)
    window.lock()
    vault, _ = Vault.unlock_with_recovery_code(folder, shown, "yet another passphrase")
    vault.lock()


def test_lock_and_the_idle_lock_close_a_journal_during_setup(
    qtbot, make_window, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    window = make_window(folder)
    to_the_code_step(qtbot, window)
    assert window.menus.lock.isEnabled() and window.lock_triggers.idle.watching
    qtbot.keyClick(window.setup_page.group_field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.setup_page.opened is None
    assert window.pages.currentWidget() is window.unlock_page
    assert not window.menus.lock.isEnabled()
