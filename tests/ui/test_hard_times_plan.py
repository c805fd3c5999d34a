"""My plan for hard times in the app: written by keyboard, every save a new version (Undo takes
it back), at the top of Help now while the journal is open, and on the locked screens only as
the copy the person chose, which goes the moment they turn it off."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from iop_companion.core import unlock_copy
from iop_companion.core.coping_model import MAX_PLAN_PEOPLE, UNLOCK_SCREEN_WARNING, Contact
from iop_companion.ui import hard_times_plan
from iop_companion.ui.hard_times_plan import CARD_SAVED, PlanDialog
from iop_companion.ui.help import CHANGE_PLAN, COPY_WORDS, LOCKED_PROGRAM_WORDS, HelpDialog
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.main_window import MainWindow
from tests.language_words import banned_in
from tests.test_language import said_strings
from tests.ui.helpers import unlock
from tests.ui.test_large_text import cut_off, large_text  # noqa: F401 (a fixture)

SIGNS = "I stop answering texts"
PERSON = ("Sam", "555-0101")


def opened(window: MainWindow) -> LiveJournal:
    assert window.live is not None
    return window.live


def open_plan(qtbot, window: MainWindow) -> PlanDialog:
    """From the Journal menu, as a person would."""
    window.menus.plan.trigger()
    [dialog] = [d for d in window.findChildren(PlanDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    return dialog


def open_help(window: MainWindow) -> HelpDialog:
    return window.show_help()


def write_by_keyboard(qtbot, dialog: PlanDialog) -> None:
    """Type into the first part, Tab on to the first person's name and number, then Save
    with Alt+S."""
    editor = dialog.parts["signs"]
    assert dialog.focusWidget() is editor
    qtbot.keyClicks(editor, SIGNS)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.parts["on_my_own"]
    qtbot.keyClicks(dialog.parts["on_my_own"], "Walk around the block")
    qtbot.keyClick(dialog.parts["on_my_own"], Qt.Key.Key_Tab)
    name = dialog.rows[0].name
    assert dialog.focusWidget() is name
    qtbot.keyClicks(name, PERSON[0])
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.rows[0].number, PERSON[1])
    qtbot.keyClick(dialog.rows[0].number, Qt.Key.Key_Return)  # Enter is Save
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_plan_written_by_keyboard_is_saved_and_shows_at_the_top_of_help(
    qtbot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    help_dialog = open_help(window)
    assert help_dialog.plan_button.text() == "&Write my plan"
    assert "988" in help_dialog.text.text()
    help_dialog.plan_button.click()
    dialog = next(d for d in window.findChildren(PlanDialog) if d.isVisible())
    write_by_keyboard(qtbot, dialog)

    plan = opened(window).notebook.hard_times_plan()
    assert plan is not None and plan.signs == SIGNS and plan.people == (Contact(*PERSON),)
    assert "Help now" in window.status_text.text()
    # Help now, still open beneath, shows it first, people's numbers selectable.
    assert help_dialog.plan_button.text() == CHANGE_PLAN
    shown = help_dialog.plan.text()
    assert SIGNS in shown and "Sam: 555-0101" in shown
    assert help_dialog.plan.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert help_dialog.plan.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    layout_order = help_dialog.plan.y() < help_dialog.text.y()
    assert layout_order  # the plan above the crisis lines


def test_a_second_save_keeps_the_first_and_undo_takes_it_back(qtbot, window) -> None:
    unlock(qtbot, window)
    first = open_plan(qtbot, window)
    first.parts["signs"].setPlainText("Skipping meals")
    first.save_button.click()
    second = open_plan(qtbot, window)
    assert second.parts["signs"].toPlainText() == "Skipping meals"
    second.parts["signs"].setPlainText("Skipping meals\nNot sleeping")
    second.save_button.click()
    history = opened(window).notebook.hard_times_plan_history()
    assert [p.signs for p in history] == ["Skipping meals\nNot sleeping", "Skipping meals"]
    assert "The plan before it is kept too" in window.status_text.text()

    window.undo()
    plan = opened(window).notebook.hard_times_plan()
    assert plan is not None and plan.signs == "Skipping meals"


def test_cancel_keeps_nothing(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = open_plan(qtbot, window)
    dialog.parts["remember"].setPlainText("Not this")
    dialog.program_phone.setText("555-9999")
    dialog.on_unlock_screen.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert opened(window).notebook.hard_times_plan() is None
    assert opened(window).own.program_phone == ""
    assert not opened(window).notebook.plan_on_unlock_screen
    assert not unlock_copy.copy_path(window.folder).exists()


def test_people_are_added_and_removed_up_to_the_most(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = open_plan(qtbot, window)
    assert len(dialog.rows) == 1
    for _ in range(MAX_PLAN_PEOPLE + 3):
        dialog.add_button.click()
    assert len(dialog.rows) == MAX_PLAN_PEOPLE and not dialog.add_button.isEnabled()
    assert dialog.rows[4].name.accessibleName() == "Name of person 5"
    dialog.rows[0].name.setText("Sam")
    dialog.rows[1].name.setText("Rosa")
    dialog.rows[1].number.setText("555-0199")
    dialog.rows[0].remove_button.click()
    assert dialog.add_button.isEnabled()
    assert dialog.rows[0].name.text() == "Rosa"
    assert dialog.rows[0].remove_button.accessibleName() == "Remove person 1"
    dialog.save_button.click()
    plan = opened(window).notebook.hard_times_plan()
    assert plan is not None and plan.people == (Contact("Rosa", "555-0199"),)


def test_the_programs_number_is_the_one_in_own_details(qtbot, window) -> None:
    unlock(qtbot, window)
    opened(window).apply(opened(window).core.set_program_phone("Riverside IOP 555-0142"))
    dialog = open_plan(qtbot, window)
    assert dialog.program_phone.text() == "Riverside IOP 555-0142"
    dialog.program_phone.setText("Riverside IOP  555-0143")
    dialog.save_button.click()
    assert opened(window).own.program_phone == "Riverside IOP 555-0143"
    assert "555-0143" in open_help(window).text.text()  # one copy: Help now has it too


def test_locked_help_shows_nothing_of_the_plan_unless_chosen(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = open_plan(qtbot, window)
    dialog.parts["signs"].setPlainText(SIGNS)
    assert not dialog.on_unlock_screen.isChecked()  # off by default
    assert dialog.copy_note.text().startswith(UNLOCK_SCREEN_WARNING)
    assert dialog.copy_note.isVisible()
    dialog.save_button.click()
    window.lock()

    locked = open_help(window)
    assert SIGNS not in locked.plan.text() + locked.text.text()
    assert not locked.plan.isVisible() and not locked.plan_button.isVisible()
    assert LOCKED_PROGRAM_WORDS in locked.text.text()
    assert not window.unlock_page.plan_button.isVisible()
    assert not any(
        SIGNS.encode() in p.read_bytes() for p in window.folder.rglob("*") if p.is_file()
    )


def test_the_chosen_copy_shows_while_locked_and_goes_when_turned_off(qtbot, window) -> None:
    unlock(qtbot, window)
    opened(window).apply(opened(window).core.set_program_phone("555-0142"))
    dialog = open_plan(qtbot, window)
    dialog.parts["signs"].setPlainText(SIGNS)
    dialog.on_unlock_screen.setChecked(True)
    dialog.save_button.click()
    copy = unlock_copy.copy_path(window.folder)
    assert SIGNS in copy.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600

    window.lock()
    assert window.unlock_page.plan_button.isVisible()
    window.unlock_page.plan_button.click()
    locked = next(d for d in window.findChildren(HelpDialog) if d.isVisible())
    assert SIGNS in locked.plan.text() and "555-0142" in locked.plan.text()
    assert COPY_WORDS in locked.plan.text()
    assert "988" in locked.text.text()
    locked.reject()

    unlock(qtbot, window)
    opened(window).apply(opened(window).core.set_program_phone("555-0143"))  # kept in step
    assert "555-0143" in copy.read_text(encoding="utf-8")
    dialog = open_plan(qtbot, window)
    dialog.on_unlock_screen.setChecked(False)
    dialog.save_button.click()
    assert not copy.exists()  # at once, before any lock

    window.undo()  # the choice back on: the copy back too
    assert copy.exists()


def test_locking_clears_the_plan_window(qtbot, window) -> None:
    unlock(qtbot, window)
    help_dialog = open_help(window)
    help_dialog.plan_button.click()
    dialog = next(d for d in window.findChildren(PlanDialog) if d.isVisible())
    dialog.parts["signs"].setPlainText("Half a thought")
    dialog.rows[0].name.setText("Sam")
    window.lock()
    assert not dialog.isVisible() and not help_dialog.isVisible()
    assert dialog.parts["signs"].toPlainText() == "" and dialog.rows[0].name.text() == ""
    assert help_dialog.plan.text() == ""
    assert window.live is None
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]


def test_the_wallet_card_is_saved_owner_only(qtbot, window, tmp_path: Path) -> None:
    unlock(qtbot, window)
    dialog = open_plan(qtbot, window)
    dialog.parts["signs"].setPlainText(SIGNS)
    target = tmp_path / "my card"

    def a_person_picks(file_dialog: QFileDialog) -> int:
        assert file_dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        file_dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    dialog.run_file_dialog = a_person_picks
    saved = dialog.print_card()
    assert saved == tmp_path / "my card.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert dialog.message.text() == CARD_SAVED.format(name="my card.pdf")
    assert opened(window).notebook.hard_times_plan() is None  # printing saves nothing in the plan


def test_an_empty_plan_has_no_card(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = open_plan(qtbot, window)
    dialog.run_file_dialog = lambda _: pytest.fail("no file dialog for nothing")
    assert dialog.print_card() is None
    assert "nothing in your plan yet" in dialog.message.text()


def test_every_control_has_a_name(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = open_plan(qtbot, window)
    for editor in dialog.parts.values():
        assert editor.accessibleName()
    row = dialog.rows[0]
    assert row.name.accessibleName() and row.number.accessibleName()
    assert dialog.program_phone.accessibleName() == "My program's number"
    assert UNLOCK_SCREEN_WARNING in dialog.on_unlock_screen.accessibleDescription()


def test_the_plans_words_are_read_by_the_banned_word_scan() -> None:
    said = {text for where, text in said_strings() if where.startswith("ui/")}
    mine = [
        hard_times_plan.INTRO,
        hard_times_plan.PEOPLE_HINT,
        hard_times_plan.COPY_OFF,
        hard_times_plan.PROGRAM_NOTE,
        hard_times_plan.SAVED,
        hard_times_plan.CARD_SAVED,
        *hard_times_plan.HINTS.values(),
        COPY_WORDS,
    ]
    assert [text for text in mine if text not in said] == []
    assert [text for text in mine if banned_in(text)] == []


@pytest.mark.usefixtures("large_text")
def test_under_large_text_it_fits_a_small_screen_and_scrolls(qtbot, window) -> None:
    """The offscreen screen is a 1366x768 laptop's."""
    unlock(qtbot, window)
    for dialog in (open_plan(qtbot, window), open_help(window)):
        QApplication.processEvents()
        area = dialog.screen().availableGeometry()
        assert dialog.width() <= area.width()
        assert dialog.frameGeometry().bottom() <= area.bottom()
        assert cut_off(dialog) == []
        dialog.reject()


def test_what_a_person_writes_is_shown_as_words_never_as_markup(qtbot, window) -> None:
    unlock(qtbot, window)
    opened(window).apply(opened(window).core.save_hard_times_plan(signs="<b>bold</b> & <a href=x>"))
    shown = open_help(window).plan.text()
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href=x&gt;" in shown


def test_a_blank_line_inside_a_part_stays_in_that_part_on_the_locked_copy() -> None:
    from datetime import UTC, datetime

    from iop_companion.core.coping_model import HardTimesPlan, plan_text
    from iop_companion.ui.help import copy_html

    plan = HardTimesPlan(1, datetime.now(UTC), signs="Not sleeping\n\nSkipping meals", places="Lib")
    shown = copy_html(plan_text(plan, "555-0142"))
    assert (
        "<b>What tells me a hard time is coming</b><br>Not sleeping<br><br>Skipping meals</p>"
        in shown
    )
    assert shown.count("<p>") == 4  # three parts and the line about the copy: none loose
