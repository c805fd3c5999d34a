"""First run on a second computer: "Open a journal from a folder", with the passphrase or with
the recovery code (and a passphrase for this computer), and Cancel leaving nothing behind."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from iop_companion.core.open_journal import OpenJournal
from iop_companion.errors import CodeNeedsPassphrase, NoJournalInFolder, SyncStopped
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.open_from_folder import OpenFromFolderStep
from iop_companion.ui.recent_files import ask_folder
from iop_companion.ui.setup import FROM_FOLDER
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import PASSPHRASE
from tests.ui.test_every_window import on_screen, problems, screen_and_text  # noqa: F401

THIS_COMPUTER = "lamp orchard tuesday violin"
WIN = "Went to group after the slip"


@pytest.fixture
def sync_dir(tmp_path: Path, vault_folder: Path) -> Path:
    """A folder that keeps a journal in step, written by the first computer (a win in it)."""
    folder = tmp_path / "Sync" / "journal"
    folder.mkdir(parents=True)
    with OpenJournal.open_with_passphrase(vault_folder, PASSPHRASE, MemoryKeychain()) as first:
        first.log_win(WIN)
        first.keep_in_step_through(folder)
    return folder


@pytest.fixture
def second(make_window, tmp_path: Path) -> MainWindow:
    """The second computer's window, on its first run."""
    return make_window(tmp_path / "second computer")


def to_the_step(qtbot, window: MainWindow, sync_dir: Path) -> OpenFromFolderStep:
    """From the welcome, as a person goes: Open a journal from a folder, then the folder."""
    setup = window.setup_page
    assert window.pages.currentWidget() is setup
    qtbot.mouseClick(setup.from_folder_button, Qt.MouseButton.LeftButton)
    step = setup.from_folder
    assert setup.steps.currentWidget() is step and step.choose_button.hasFocus()
    step.choose = lambda parent: sync_dir
    qtbot.keyClick(step.choose_button, Qt.Key.Key_Return)  # pressed as a click is shown
    qtbot.waitUntil(lambda: step.sync_dir.text() == str(sync_dir))
    assert step.secret.hasFocus()
    return step


def timeline_texts(window: MainWindow) -> list[str]:
    model = window.journal_page.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def said(step: OpenFromFolderStep) -> str:
    return step.message.text() if step.message.isVisible() else ""


def test_the_welcome_offers_it_beside_setting_up(qtbot, second) -> None:
    setup = second.setup_page
    assert setup.from_folder_button.isVisible()
    assert setup.from_folder_button.text() == "Open a journal from a folder"
    assert "another computer" in " ".join(label.text() for label in setup.findChildren(QLabel))


def test_opened_with_the_passphrase(qtbot, second, sync_dir: Path, tmp_path: Path) -> None:
    step = to_the_step(qtbot, second, sync_dir)
    qtbot.keyClicks(step.secret, PASSPHRASE)
    qtbot.keyClick(step.secret, Qt.Key.Key_Return)
    assert step.working.isVisible() and step.cancel_button.isEnabled()
    assert not step.open_button.isEnabled() and not step.back_button.isEnabled()
    qtbot.waitUntil(lambda: second.pages.currentWidget() is second.tabs, timeout=10_000)

    qtbot.waitUntil(lambda: WIN in timeline_texts(second))  # the first computer's win is here
    assert second.live is not None
    assert second.live.core.sync_status().folder == sync_dir.absolute()  # and kept in step
    assert step.secret.text() == ""  # the passphrase isn't kept on a page
    second.lock()
    unlock_page = second.unlock_page
    unlock_page.passphrase.setText(PASSPHRASE)  # the same passphrase opens it here
    qtbot.keyClick(unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second.pages.currentWidget() is second.tabs, timeout=10_000)


def test_with_the_recovery_code_this_computer_gets_its_own_passphrase(
    qtbot, second, sync_dir: Path, recovery_code: str, tmp_path: Path
) -> None:
    step = to_the_step(qtbot, second, sync_dir)
    qtbot.keyClicks(step.secret, recovery_code)
    qtbot.keyClick(step.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: step.new_part.isVisible(), timeout=10_000)
    assert step.new_words.text() == CodeNeedsPassphrase.message and not said(step)
    assert step.new_passphrase.hasFocus()
    assert not (tmp_path / "second computer" / "journal.db").exists()

    qtbot.keyClicks(step.new_passphrase, THIS_COMPUTER)
    assert step.new_strength.text()  # honest words on it, as at setup
    qtbot.keyClicks(step.confirm, "lamp orchard")
    qtbot.keyClick(step.confirm, Qt.Key.Key_Return)
    assert said(step) == "The two passphrases aren't the same yet."
    assert not step.working.isVisible()

    qtbot.keyClicks(step.confirm, " tuesday violin")
    qtbot.keyClick(step.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second.pages.currentWidget() is second.tabs, timeout=10_000)
    qtbot.waitUntil(lambda: WIN in timeline_texts(second))
    second.lock()
    unlock_page = second.unlock_page
    unlock_page.passphrase.setText(THIS_COMPUTER)  # this computer's own passphrase opens it
    qtbot.keyClick(unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second.pages.currentWidget() is second.tabs, timeout=10_000)


def test_a_wrong_passphrase_changes_nothing(qtbot, second, sync_dir: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in sync_dir.iterdir())
    step = to_the_step(qtbot, second, sync_dir)
    qtbot.keyClicks(step.secret, "not the passphrase")
    qtbot.keyClick(step.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not step.running, timeout=10_000)
    assert "didn't open the journal" in said(step)
    assert step.secret.hasFocus() and step.secret.selectedText() == "not the passphrase"
    assert second.pages.currentWidget() is second.setup_page
    assert list((tmp_path / "second computer").glob("*")) == []
    assert sorted(p.name for p in sync_dir.iterdir()) == before


def test_a_folder_with_no_journal_says_so(qtbot, second, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    step = to_the_step(qtbot, second, empty)
    qtbot.keyClicks(step.secret, PASSPHRASE)
    qtbot.keyClick(step.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not step.running, timeout=10_000)
    assert said(step) == NoJournalInFolder.message
    assert step.choose_button.hasFocus()


def test_nothing_starts_without_a_folder_and_a_passphrase(qtbot, second) -> None:
    setup = second.setup_page
    qtbot.mouseClick(setup.from_folder_button, Qt.MouseButton.LeftButton)
    step = setup.from_folder
    qtbot.mouseClick(step.open_button, Qt.MouseButton.LeftButton)
    assert said(step) == "Choose the folder first." and not step.running
    step.sync_dir.setText("/somewhere")
    qtbot.mouseClick(step.open_button, Qt.MouseButton.LeftButton)
    assert said(step) == "Type your passphrase or recovery code first." and not step.running


def test_cancel_leaves_nothing_on_this_computer(
    qtbot, second, sync_dir: Path, tmp_path: Path
) -> None:
    step = to_the_step(qtbot, second, sync_dir)
    gate = threading.Event()  # the build waits here until Cancel has been pressed
    real = step.join

    def held(
        sync_dir: Path,
        typed: str,
        new_passphrase: str | None,
        progress: Callable[[int, int], None],
        stopped: Callable[[], bool],
    ) -> OpenJournal:
        gate.wait(10)
        return real(sync_dir, typed, new_passphrase, progress, stopped)

    step.join = held
    qtbot.keyClicks(step.secret, PASSPHRASE)
    qtbot.keyClick(step.secret, Qt.Key.Key_Return)
    assert step.cancel_button.hasFocus()
    qtbot.keyClick(step.cancel_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not step.cancel_button.isEnabled())
    assert said(step) == "Stopping…" and not step.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not step.running, timeout=10_000)

    assert said(step) == SyncStopped.message == "Stopped. Nothing was changed on this computer."
    assert not step.working.isVisible() and step.open_button.isEnabled()
    assert second.pages.currentWidget() is second.setup_page
    assert list((tmp_path / "second computer").glob("*")) == []
    assert not OpenJournal.exists(tmp_path / "second computer")

    step.join = real  # and it can be tried again
    qtbot.mouseClick(step.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.pages.currentWidget() is second.tabs, timeout=10_000)


def test_the_bar_moves_as_the_journal_is_read(qtbot, second, sync_dir: Path) -> None:
    step = to_the_step(qtbot, second, sync_dir)
    reported: list[tuple[int, int]] = []

    def join(
        sync_dir: Path,
        typed: str,
        new_passphrase: str | None,
        progress: Callable[[int, int], None],
        stopped: Callable[[], bool],
    ) -> OpenJournal:
        def noted(done: int, total: int) -> None:
            reported.append((done, total))
            progress(done, total)

        return OpenFromFolderStep._join(step, sync_dir, typed, new_passphrase, noted, stopped)

    step.join = join
    with qtbot.waitSignal(step._progress.moved, timeout=10_000):
        step.secret.setText(PASSPHRASE)
        step.submit()
    assert reported and reported[-1][0] == reported[-1][1]  # everything there was read
    qtbot.waitUntil(lambda: second.pages.currentWidget() is second.tabs, timeout=10_000)


def test_back_forgets_what_was_typed(qtbot, second, sync_dir: Path, recovery_code: str) -> None:
    step = to_the_step(qtbot, second, sync_dir)
    step.secret.setText(recovery_code)
    step.submit()
    qtbot.waitUntil(lambda: step.new_part.isVisible(), timeout=10_000)
    step.new_passphrase.setText(THIS_COMPUTER)
    qtbot.mouseClick(step.back_button, Qt.MouseButton.LeftButton)
    setup = second.setup_page
    assert setup.steps.currentIndex() == 0 and setup.from_folder_button.hasFocus()
    assert step.secret.text() == "" and step.new_passphrase.text() == ""
    assert not step.new_part.isVisible() and not said(step)
    setup._go(FROM_FOLDER)
    assert step.sync_dir.text() == str(sync_dir)  # the folder chosen is still there


def test_the_folder_is_chosen_in_a_dialog_that_leaves_no_trace(qtbot, tmp_path: Path) -> None:
    def pick(dialog) -> int:
        assert dialog.fileMode() == dialog.FileMode.Directory
        assert dialog.testOption(dialog.Option.DontUseNativeDialog)
        dialog.setDirectory(str(tmp_path))
        dialog.selectFile(str(tmp_path))
        return 1

    assert ask_folder(None, "Choose", run=pick) == tmp_path
    assert ask_folder(None, "Choose", run=lambda dialog: 0) is None


def test_the_step_fits_on_every_screen(
    qtbot,
    make_window,
    tmp_path: Path,
    screen_and_text,  # noqa: F811 (the fixture, imported)
    recovery_code,
    sync_dir: Path,
) -> None:
    screen, _ = screen_and_text
    window = on_screen(qtbot, make_window, tmp_path / "second computer", screen)
    step = to_the_step(qtbot, window, sync_dir)
    step.secret.setText(recovery_code)
    step.submit()
    qtbot.waitUntil(lambda: step.new_part.isVisible(), timeout=10_000)
    QApplication.processEvents()
    assert problems(window) == []
    cut = [
        label.text()
        for label in step.findChildren(QLabel)
        if label.isVisible() and label.wordWrap()
        if label.height() < label.heightForWidth(label.width())
    ]
    assert cut == []
