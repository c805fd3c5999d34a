"""Use this journal on another computer: the dialog, the status bar's few words, and the passes
the window runs on its own (after unlock, after a change, when the folder changes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from iop_companion.core.open_journal import OpenJournal
from iop_companion.core.words import first_sentence
from iop_companion.errors import FolderUnavailable, SyncFolderNotEmpty
from iop_companion.ui.accessible import name_of
from iop_companion.ui.keep_in_step import (
    FORGET_QUESTION,
    IN_STEP_WORDS,
    TITLE,
    KeepInStepDialog,
)
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.sync_schedule import InStep, ago_words, status_words
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.every_screen import in_front
from tests.ui.helpers import unlock

QUICK = (50, 200)  # a pass 50 ms after a change, and a poll every 200 ms
WIN = "Called instead of ghosting"


def status(window: MainWindow) -> str:
    label = window.in_step_status
    return label.text() if label.isVisible() else ""


def timeline_texts(window: MainWindow) -> list[str]:
    model = window.journal_page.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def opened(qtbot, window: MainWindow) -> KeepInStepDialog:
    window.sync_timing = QUICK
    if window.live is None:
        unlock(qtbot, window)
    action = window.menus.keep_in_step
    assert action.isEnabled() and action.text() == "&Use this journal on another computer…"
    action.trigger()
    [dialog] = [d for d in window.findChildren(KeepInStepDialog) if d.isVisible()]
    assert dialog.windowTitle() == TITLE
    in_front(qtbot, dialog)
    return dialog


def keep_in_step(qtbot, dialog: KeepInStepDialog, folder: Path) -> None:
    dialog.choose = lambda _parent: folder
    dialog.choose_button.click()
    assert dialog.folder_field.text() == str(folder) and dialog.keep_button.hasFocus()
    dialog.keep_button.click()
    assert dialog.busy.isVisible() and not dialog.keep_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)


@pytest.fixture
def sync_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync" / "journal"
    folder.mkdir(parents=True)
    return folder


def join(sync_dir: Path, folder: Path) -> Path:
    """A second computer's journal in ``folder``, opened from ``sync_dir``; locked again."""
    core, _ = OpenJournal.join_from_folder(
        sync_dir, folder, PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF
    )
    core.lock()
    return folder


def test_nothing_is_said_for_a_journal_not_kept_in_step(qtbot, window) -> None:
    unlock(qtbot, window)
    assert window.sync_schedule is not None and window.sync_schedule.state.folder is None
    assert status(window) == ""


def test_keeping_in_step_into_an_empty_folder(qtbot, window, sync_dir: Path) -> None:
    dialog = opened(qtbot, window)
    assert dialog.start_part.isVisible() and not dialog.in_step_part.isVisible()
    keep_in_step(qtbot, dialog, sync_dir)
    assert dialog.in_step_part.isVisible() and not dialog.start_part.isVisible()
    # The folder in the words' label: a screen reader reading the dialog says both.
    assert name_of(dialog.folder_label).split() == [*IN_STEP_WORDS.split(), str(sync_dir)]
    assert dialog.no_other.isVisible() and not dialog.forget_buttons
    assert dialog.message.text() == "Your journal is in the folder now, and kept in step."
    assert any(sync_dir.iterdir())  # written there, encrypted
    assert status(window) == "Ready for your other computer, just now"
    assert window.in_step_status.accessibleName() == status(window)
    assert not window.in_step_status.hasFocus()


def test_a_folder_with_other_files_is_refused_and_nothing_changes(
    qtbot, window, sync_dir: Path
) -> None:
    (sync_dir / "holiday.jpg").write_bytes(b"not ours")
    dialog = opened(qtbot, window)
    keep_in_step(qtbot, dialog, sync_dir)
    assert dialog.message.text() == SyncFolderNotEmpty().sentence
    assert dialog.start_part.isVisible() and dialog.choose_button.hasFocus()
    assert [p.name for p in sync_dir.iterdir()] == ["holiday.jpg"]
    assert status(window) == ""
    assert window.live is not None and window.live.core.in_step_folder is None


def test_a_win_logged_on_one_computer_shows_on_the_other(
    qtbot, make_window, window, sync_dir: Path, tmp_path: Path
) -> None:
    dialog = opened(qtbot, window)
    keep_in_step(qtbot, dialog, sync_dir)
    dialog.reject()
    second = make_window(join(sync_dir, tmp_path / "second computer"))
    second.sync_timing = QUICK
    unlock(qtbot, second)
    qtbot.waitUntil(lambda: status(second).startswith("In step with 1 other computer"))

    assert window.live is not None
    window.live.log_win(WIN)  # a pass follows a moment later, then the second's watcher
    qtbot.waitUntil(lambda: any(WIN in text for text in timeline_texts(second)), timeout=10_000)
    assert second.sync_schedule is not None
    passes = second.sync_schedule.passes
    assert not second.sync_schedule._debounce.isActive()  # what came in asks for no pass
    qtbot.waitUntil(lambda: status(window).startswith("In step with 1 other computer"))
    assert second.sync_schedule.passes >= passes


def test_forget_a_computer(qtbot, window, sync_dir: Path, tmp_path: Path) -> None:
    dialog = opened(qtbot, window)
    keep_in_step(qtbot, dialog, sync_dir)
    join(sync_dir, tmp_path / "second computer")
    schedule = window.sync_schedule
    assert schedule is not None
    schedule.request()
    qtbot.waitUntil(lambda: len(dialog.forget_buttons) == 1)
    [button] = dialog.forget_buttons.values()
    assert button.accessibleDescription().startswith("Computer 1: ")
    asked: list[str] = []

    def answer(_parent: object) -> bool:
        asked.append(FORGET_QUESTION)
        return True

    dialog.confirm_forget = answer
    button.click()
    qtbot.waitUntil(lambda: not dialog.working)
    assert asked and "won't be read" in FORGET_QUESTION and "new keys" in FORGET_QUESTION
    assert not dialog.forget_buttons and dialog.no_other.isVisible()
    assert dialog.message.text() == "That computer is forgotten here."
    assert status(window).startswith("Ready for your other computer")


def heard_in_order(widget: QWidget) -> list[str]:
    """The names a screen reader meets reviewing ``widget``, in its order (shown ones only)."""
    found = QAccessible.queryAccessibleInterface(widget)
    names: list[str] = []

    def walk(node: QAccessibleInterface) -> None:
        if node.state().invisible:
            return
        if name := node.text(QAccessible.Text.Name):
            names.append(name)
        for index in range(node.childCount()):
            walk(node.child(index))

    assert found is not None
    walk(found)
    return names


def test_in_step_it_opens_on_close_with_each_computer_under_its_heading(
    qtbot, window, sync_dir: Path, tmp_path: Path
) -> None:
    dialog = opened(qtbot, window)
    keep_in_step(qtbot, dialog, sync_dir)
    join(sync_dir, tmp_path / "second computer")
    assert window.sync_schedule is not None
    window.sync_schedule.request()
    qtbot.waitUntil(lambda: len(dialog.forget_buttons) == 1)
    dialog.reject()

    dialog = opened(qtbot, window)
    close = dialog.close_buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.hasFocus()  # not Forget this computer, the first button Tab finds
    heard = heard_in_order(dialog)
    assert heard.index("Your other computers") < heard.index("Forget this computer")
    assert heard.index("Forget this computer") < heard.index("Stop keeping in step")


def test_forgetting_can_be_called_off(qtbot, window, sync_dir: Path, tmp_path: Path) -> None:
    dialog = opened(qtbot, window)
    keep_in_step(qtbot, dialog, sync_dir)
    join(sync_dir, tmp_path / "second computer")
    assert window.sync_schedule is not None
    window.sync_schedule.request()
    qtbot.waitUntil(lambda: len(dialog.forget_buttons) == 1)
    dialog.confirm_forget = lambda _parent: False
    next(iter(dialog.forget_buttons.values())).click()
    assert not dialog.working and len(dialog.forget_buttons) == 1


def test_stop_keeping_in_step_leaves_the_folder(qtbot, window, sync_dir: Path) -> None:
    dialog = opened(qtbot, window)
    keep_in_step(qtbot, dialog, sync_dir)
    files = sorted(p.name for p in sync_dir.iterdir())
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: not dialog.working)
    assert dialog.start_part.isVisible() and not dialog.in_step_part.isVisible()
    assert dialog.message.text() == "This computer doesn't keep the journal in step any more."
    assert sorted(p.name for p in sync_dir.iterdir()) == files
    assert status(window) == ""


def test_stopped_it_is_the_size_of_what_it_shows_with_keep_in_step_the_main_action(
    qtbot, window, sync_dir: Path, tmp_path: Path
) -> None:
    dialog = opened(qtbot, window)
    keep_in_step(qtbot, dialog, sync_dir)
    join(sync_dir, tmp_path / "second computer")
    assert window.sync_schedule is not None
    window.sync_schedule.request()
    qtbot.waitUntil(lambda: len(dialog.forget_buttons) == 1)
    dialog.reject()
    dialog = opened(qtbot, window)  # on Close
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: dialog.start_part.isVisible() and not dialog.working)
    layout = dialog.layout()
    assert layout is not None
    assert dialog.height() <= layout.totalHeightForWidth(dialog.width())  # not the taller side's
    close = dialog.close_buttons.button(QDialogButtonBox.StandardButton.Close)
    assert dialog.keep_button.isDefault() and not close.isDefault()  # Close had the focus


def test_a_folder_gone_is_said_in_the_status(qtbot, window, sync_dir: Path) -> None:
    dialog = opened(qtbot, window)
    keep_in_step(qtbot, dialog, sync_dir)
    moved = sync_dir.rename(sync_dir.parent / "elsewhere")
    assert window.sync_schedule is not None
    window.sync_schedule.request()
    gone = FolderUnavailable(
        "The folder that keeps this journal in step isn't there. Connect the drive it is "
        "on; if it moved, stop keeping in step and choose it where it is now."
    ).sentence
    qtbot.waitUntil(lambda: status(window) == first_sentence(gone))
    assert window.in_step_status.toolTip() == gone  # the whole sentence, on hover and heard
    assert window.in_step_status.accessibleDescription() == gone
    moved.rename(sync_dir)  # back: the poll finds it again
    qtbot.waitUntil(lambda: status(window).startswith("Ready for your other computer"))


def test_kept_in_step_after_unlock_and_quiet_after_lock(qtbot, window, sync_dir: Path) -> None:
    dialog = opened(qtbot, window)
    keep_in_step(qtbot, dialog, sync_dir)
    window.lock()
    assert window.sync_schedule is None and status(window) == ""
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: status(window).startswith("Ready for your other computer"))


def test_when_words() -> None:
    now = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)
    assert ago_words(now - timedelta(seconds=10), now) == "just now"
    assert ago_words(now - timedelta(seconds=70), now) == "a minute ago"
    assert ago_words(now - timedelta(minutes=12), now) == "12 minutes ago"
    assert ago_words(now - timedelta(minutes=70), now) == "an hour ago"
    assert ago_words(now - timedelta(hours=5), now) == "5 hours ago"
    assert ago_words(None, now) == "not yet"
    folder = Path("/x")
    two = (("a", now), ("b", None))
    assert status_words(InStep(), now) == ""
    assert status_words(InStep(folder), now) == "Keeping in step…"
    state = InStep(folder, two, now - timedelta(seconds=70))
    assert status_words(state, now) == "In step with 2 other computers, a minute ago"
    assert status_words(state, now, busy=True) == "Keeping in step…"
