"""Every screen the app shows, opened the way a person opens it, for tests that check each one
(its accessibility tree, its focus order, its mnemonics).

``open_screen(qtbot, window, name)`` takes a window on the unlock screen of a journal with a few
entries and notebook items in it, and returns the top-level window that shows the screen
``name``, in front and laid out. The first-run steps need a folder with no journal yet:
``open_setup_step``; opening a journal from a folder instead, ``open_from_folder_step``.
``open_any`` opens any of ``EVERY_SCREEN``: those screens, a few of them
with what they fold away shown (``UNFOLDED``), and the first-run steps.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from iop_companion.core.model import EntryFilter, Kind
from iop_companion.core.notebook_model import Attendance, NoteSection, SessionKind
from iop_companion.core.open_journal import OpenJournal
from iop_companion.ui.help import HelpDialog
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.new_key import NewKeyDialog
from iop_companion.ui.progress_page import CUSTOM
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import PASSPHRASE
from tests.ui.helpers import unlock

Opener = Callable[[MainWindow], QWidget | None]


def fill(folder: Path, passphrase: str) -> None:
    """A journal with something on every page: wins, a hard moment, a category, a note, a
    thing to bring up, a session, a check-in of each kind and notes after the hard moment."""
    journal = OpenJournal.open_with_passphrase(folder, passphrase, MemoryKeychain())
    try:
        category = journal.add_category("Came back").result
        journal.log_win("Went to group", category=category.id)
        journal.log_win("Said one honest sentence", tags=["group"])
        moment = journal.log_hard_moment(word="a slip", note="Called my sponsor").result.entry
        journal.save_note(NoteSection.WORKS, "Group in the morning.")
        journal.add_bring_up("A smaller group")
        journal.record_session(journal.notebook.today, SessionKind.GROUP, Attendance.ATTENDED)
        today = journal.notebook.today
        journal.record_check_in(today, [5, 4, 6, 3, None, 5, 4, 6, 5, 5])
        journal.record_how_i_am(
            today, words=["tired", "hopeful"], halt=["hungry"], line="Long day."
        )
        journal.record_picking_up(moment.id, going_on="A long shift", helped="Texting Sam")
        journal.save_hard_times_plan(signs="I stop answering texts", places="The library")
    finally:
        journal.lock()


def _tab(index: int) -> Opener:
    def show(window: MainWindow) -> QWidget:
        window.tabs.setCurrentIndex(index)
        return window

    return show


def _preferences_tab(index: int) -> Opener:
    def show(window: MainWindow) -> QWidget | None:
        dialog = window.preferences()
        if dialog is not None:
            dialog.tabs.setCurrentIndex(index)
        return dialog

    return show


def _preview(window: MainWindow) -> QWidget | None:
    dialog = window.share()
    return None if dialog is None else dialog.preview()


def _help_now(window: MainWindow) -> QWidget:
    window.show_help()
    [dialog] = [d for d in window.findChildren(HelpDialog) if d.isVisible()]
    return dialog


def _check_in(window: MainWindow) -> QWidget | None:
    window.tabs.setCurrentWidget(window.check_ins_page)
    return window.capital_section.start_check_in()


def _picking_up(window: MainWindow) -> QWidget | None:
    assert window.live is not None
    [moment] = window.live.journal.entries(EntryFilter(kinds=frozenset({Kind.HARD_MOMENT})))
    return window.open_picking_up(moment.id)


def _in_step_with_another(window: MainWindow) -> QWidget | None:
    """Use this journal on another computer, once a second computer has opened the journal
    from the folder and logged a win there."""
    assert window.live is not None and window.sync_schedule is not None
    sync_dir = window.folder.parent / "Sync" / "journal"
    sync_dir.mkdir(parents=True, exist_ok=True)
    window.live.core.keep_in_step_through(sync_dir)
    other, _ = OpenJournal.join_from_folder(
        sync_dir, window.folder.parent / "other computer", PASSPHRASE, MemoryKeychain()
    )
    with other:
        other.log_win("Went to group on the laptop")
        other.sync_pass()
    window.live.core.sync_pass()
    window.sync_schedule.refresh()
    return window.keep_in_step()


def _new_key(window: MainWindow) -> NewKeyDialog | None:
    """This journal's key was changed on another computer: the second computer gave the
    journal new keys, and this one asks for the passphrase chosen there."""
    assert window.live is not None
    sync_dir = window.folder.parent / "Sync" / "journal"
    sync_dir.mkdir(parents=True, exist_ok=True)
    window.live.core.keep_in_step_through(sync_dir)
    other, _ = OpenJournal.join_from_folder(
        sync_dir, window.folder.parent / "other computer", PASSPHRASE, MemoryKeychain()
    )
    with other:
        other.rotate_key("a whole new key passphrase")
    return window.ask_for_new_key()


def _new_key_with_code(window: MainWindow) -> QWidget | None:
    dialog = _new_key(window)
    if dialog is not None:
        dialog.switch_button.click()
    return dialog


def _recovery(window: MainWindow) -> QWidget:
    window.lock()
    window.show_recovery()
    return window


def _unlock(window: MainWindow) -> QWidget:
    window.lock()
    return window


SCREENS: dict[str, Opener] = {
    "unlock": _unlock,
    "recovery": _recovery,
    "journal": _tab(0),
    "progress": _tab(1),
    "showing up": _tab(2),
    "what I know now": _tab(3),
    "to bring up": _tab(4),
    "phrases": _tab(5),
    "check-ins": _tab(6),
    "a recovery capital check-in": _check_in,
    "picking up from here": _picking_up,
    "my plan for hard times": lambda w: w.hard_times_plan(),
    "log a win": lambda w: w.log_win(),
    "log a hard moment": lambda w: w.log_hard_moment(),
    "share a summary": lambda w: w.share(),
    "the summary preview": _preview,
    "preferences: privacy": _preferences_tab(0),
    "preferences: passphrase": _preferences_tab(1),
    "preferences: reminder and help": _preferences_tab(2),
    "preferences: look": _preferences_tab(3),
    "backups": lambda w: w.backups(),
    "use this journal on another computer": lambda w: w.keep_in_step(),
    "use this journal on another computer, in step": _in_step_with_another,
    "a new key from another computer": _new_key,
    "a new key from another computer, with the recovery code": _new_key_with_code,
    "export and import": lambda w: w.export_and_import(),
    "categories and quick wins": lambda w: w.manage(),
    "help now": _help_now,
}


def in_front(qtbot, opened: QWidget) -> QWidget:
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    QApplication.processEvents()
    return opened


def open_screen(qtbot, window: MainWindow, name: str) -> QWidget:
    """The window showing ``name``, opened from an unlocked journal, in front."""
    unlock(qtbot, window)
    opened = SCREENS[name](window)
    assert opened is not None, name
    return in_front(qtbot, opened)


SETUP_STEPS = ("welcome", "passphrase", "recovery code", "this computer")


def open_setup_step(qtbot, window: MainWindow, step: str, passphrase: str) -> QWidget:
    """The first-run screen at ``step``, reached by doing what each step before asks."""
    setup = window.setup_page
    index = SETUP_STEPS.index(step)
    if index >= 1:
        setup._go(1)
    if index >= 2:
        setup.passphrase.setText(passphrase)
        setup.confirm.setText(passphrase)
        qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: setup.steps.currentIndex() == 2, timeout=10_000)
    if index >= 3:
        qtbot.keyClicks(setup.group_field, setup.code.split("-")[setup.group_number])
        qtbot.keyClick(setup.group_field, Qt.Key.Key_Return)
    assert setup.steps.currentIndex() == index
    return in_front(qtbot, window)


FROM_FOLDER_STEPS = (
    "open a journal from a folder",
    "open a journal from a folder, a new passphrase",
)


def open_from_folder_step(
    qtbot, window: MainWindow, step: str, sync_dir: Path, recovery_code: str
) -> QWidget:
    """The first run's "Open a journal from a folder", with ``sync_dir`` chosen; at its second
    step the recovery code was typed, and a passphrase for this computer is asked for."""
    setup = window.setup_page
    qtbot.mouseClick(setup.from_folder_button, Qt.MouseButton.LeftButton)
    page = setup.from_folder
    page.sync_dir.setText(str(sync_dir))
    if FROM_FOLDER_STEPS.index(step) >= 1:
        page.secret.setText(recovery_code)
        page.submit()
        qtbot.waitUntil(lambda: page.new_part.isVisible(), timeout=10_000)
    assert setup.steps.currentWidget() is page
    return in_front(qtbot, window)


def kept_in_step(journal: Path, sync_dir: Path) -> Path:
    """``sync_dir``, keeping the journal in ``journal`` (passphrase ``PASSPHRASE``) in step."""
    sync_dir.mkdir(parents=True, exist_ok=True)
    with OpenJournal.open_with_passphrase(journal, PASSPHRASE, MemoryKeychain()) as opened:
        opened.keep_in_step_through(sync_dir)
    return sync_dir


def _journal_by_days(window: MainWindow) -> QWidget:
    page = window.journal_page
    page.filter_button.click()
    page.use_dates.click()
    return window


def _progress_by_days(window: MainWindow) -> QWidget:
    window.tabs.setCurrentWidget(window.progress_page)
    choice = window.progress_page.range
    choice.setCurrentIndex(choice.findData(CUSTOM))
    return window


def _progress_as_tables(window: MainWindow) -> QWidget:
    window.tabs.setCurrentWidget(window.progress_page)
    for box in window.progress_page.boxes.values():
        box.table_button.click()
    return window


def _win_details(window: MainWindow) -> QWidget | None:
    dialog = window.log_win()
    if dialog is not None:
        dialog.more.click()
    return dialog


def _preview_words(window: MainWindow) -> QWidget | None:
    dialog = window.share()
    if dialog is None:
        return None
    preview = dialog.preview()
    preview.show_words.click()
    return preview


# Screens of SCREENS with what they keep folded away shown: the journal's filters choosing
# days, the progress view's own days and its tables, Log a win's "More details" and the
# summary preview's words beside its pages.
UNFOLDED: dict[str, Opener] = {
    "journal, filtered by days": _journal_by_days,
    "progress, custom dates": _progress_by_days,
    "progress, as tables": _progress_as_tables,
    "log a win, more details": _win_details,
    "the summary preview, with its words": _preview_words,
}
FIRST_RUN = "first run: "
EVERY_SCREEN = (
    *SCREENS,
    *UNFOLDED,
    *(FIRST_RUN + step for step in (*SETUP_STEPS, *FROM_FOLDER_STEPS)),
)


def open_any(qtbot, request: pytest.FixtureRequest, name: str) -> QWidget:
    """The window showing ``name``, one of ``EVERY_SCREEN``: a screen of a journal with
    something on every page, or a first-run step in a folder that has no journal yet."""
    if name.startswith(FIRST_RUN):
        folder = request.getfixturevalue("tmp_path") / "new journal"
        window = request.getfixturevalue("make_window")(folder)
        step = name.removeprefix(FIRST_RUN)
        if step in FROM_FOLDER_STEPS:
            journal = request.getfixturevalue("vault_folder")
            sync_dir = kept_in_step(journal, folder.parent / "Sync" / "journal")
            code = request.getfixturevalue("recovery_code")
            return open_from_folder_step(qtbot, window, step, sync_dir, code)
        return open_setup_step(qtbot, window, step, PASSPHRASE)
    window = request.getfixturevalue("full_window")
    if name in UNFOLDED:
        unlock(qtbot, window)
        opened = UNFOLDED[name](window)
        assert opened is not None, name
        return in_front(qtbot, opened)
    return open_screen(qtbot, window, name)
