"""Showing up and What I know now, as the person uses them; and how the rest of the app sees
the notebook (search, the welcome-back card, the summary)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from iop_companion.core.changes import Changes
from iop_companion.core.journal import JournalService
from iop_companion.core.model import Kind
from iop_companion.core.notebook import NotebookService
from iop_companion.core.notebook_model import Attendance, NoteSection, SessionKind
from iop_companion.ui.notebook_widgets import RESTORED_WORDS
from iop_companion.ui.share_dialog import ShareDialog
from iop_companion.ui.showing_up_page import NO_SESSIONS
from iop_companion.vault import Vault
from tests.conftest import PASSPHRASE
from tests.language_words import BANNED
from tests.ui.helpers import unlock, visible_texts


def wins(window) -> list[str]:
    return [e.text for e in window.live.journal.entries() if e.kind is Kind.WIN]


def texts_of(list_widget) -> list[str]:
    return [list_widget.item(i).text() for i in range(list_widget.count())]


# -- showing up ---------------------------------------------------------------------------------


def test_showing_up_is_a_tab_and_recording_logs_a_win(qtbot, window) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.showing_up_page
    assert window.tabs.currentWidget() is page
    page.kind.setCurrentIndex(page.kind.findData(SessionKind.GROUP.value))
    page.attendance.setCurrentIndex(page.attendance.findData(Attendance.LATE.value))
    page.note.setText("Sat near the door")
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    assert wins(window) == ["Went to group, got there late"]
    assert (
        "Group" in texts_of(page.sessions)[0] and "Sat near the door" in texts_of(page.sessions)[0]
    )
    assert "counts" in page.message.text()


def test_undo_takes_back_the_session_and_its_win(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.showing_up_page
    page.save_session()
    assert wins(window) == ["Went to group"]
    window.undo()
    assert wins(window) == []
    assert window.live.notebook.sessions() == []
    assert page.sessions_area.currentWidget() is page.sessions_empty  # the calm "none yet"
    assert page.sessions_empty.text() == NO_SESSIONS


def test_changing_to_not_made_and_undo_bring_back_the_win(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.showing_up_page
    page.save_session()
    page.sessions.setCurrentRow(0)
    qtbot.keyClick(page.sessions, Qt.Key.Key_Return)
    page.attendance.setCurrentIndex(page.attendance.findData(Attendance.MISSED.value))
    page.save_session()
    assert page.message.text() == "Changes saved."
    assert wins(window) == []
    window.undo()
    assert wins(window) == ["Went to group"]
    (record,) = window.live.notebook.sessions()
    assert record.attendance is Attendance.ATTENDED and record.entry_id is not None
    window.undo()  # and the recording itself
    assert window.live.notebook.sessions() == [] and wins(window) == []


def test_i_was_there_after_not_made_undoes_back_to_not_made(qtbot, window) -> None:
    unlock(qtbot, window)
    notebook = window.live.notebook
    item = notebook.add_plan_item(notebook.today.weekday(), None, SessionKind.GROUP)
    notebook.record_session(notebook.today, SessionKind.GROUP, Attendance.MISSED, plan_id=item.id)
    window.live.changed.emit(Changes.everything("changed elsewhere", window.clock()))
    page = window.showing_up_page
    (button,) = page.today_buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wins(window) == ["Went to group"]
    window.undo()
    assert wins(window) == []
    (record,) = notebook.sessions()
    assert record.attendance is Attendance.MISSED and record.plan_id == item.id
    assert len(page.today_buttons) == 1  # one click away again


def test_an_undo_whose_win_is_gone_is_dropped(qtbot, window) -> None:
    unlock(qtbot, window)
    window.live.log_win("Called intake")
    page = window.showing_up_page
    page.save_session()
    (session_win,) = [e for e in window.live.journal.entries() if e.text == "Went to group"]
    window.live.journal.delete(session_win.id)  # gone by another way
    window.undo()
    assert window.status_text.text() != "Undone."
    window.undo()  # the next step still works
    assert wins(window) == []


def test_a_session_not_made_changes_nothing_else(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.showing_up_page
    window.live.log_win("Called instead of ghosting")
    before = window.journal_page.progress.text()
    page.attendance.setCurrentIndex(page.attendance.findData(Attendance.MISSED.value))
    page.save_session()
    assert wins(window) == ["Called instead of ghosting"]
    assert window.journal_page.progress.text() == before
    assert "Didn't make it" in texts_of(page.sessions)[0]
    assert "takes nothing away" in page.message.text()
    shown = " ".join(visible_texts(page)).lower()
    assert not any(word in shown for word in (*BANNED, "missed"))


def test_the_weekly_plan_gives_one_click_for_today(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.showing_up_page
    today = window.live.notebook.today
    page.plan_weekday.setCurrentIndex(today.weekday())
    page.plan_has_time.setChecked(True)
    page.plan_label.setText("Friday group")
    qtbot.keyClick(page.plan_label, Qt.Key.Key_Return)
    assert any("Friday group" in line for line in texts_of(page.plan))
    (button,) = page.today_buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wins(window) == ["Went to group"]
    assert page.today_buttons == []  # recorded: no second click, no second win
    assert window.live.notebook.due_on(today)[0].recorded is not None


def test_a_session_can_be_changed_and_deleted_with_undo(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.showing_up_page
    page.save_session()
    page.sessions.setCurrentRow(0)
    page.sessions.setFocus()
    qtbot.keyClick(page.sessions, Qt.Key.Key_Return)
    assert page.save_button.text() == "Save changes"
    page.attendance.setCurrentIndex(page.attendance.findData(Attendance.LEFT_EARLY.value))
    page.save_session()
    assert wins(window) == ["Went to group, left early"]
    page.sessions.setCurrentRow(0)
    qtbot.keyClick(page.sessions, Qt.Key.Key_Delete)
    assert window.live.notebook.sessions() == []
    assert wins(window) == ["Went to group, left early"]  # wins are the person's
    window.undo()
    assert len(window.live.notebook.sessions()) == 1


# -- what I know now ----------------------------------------------------------------------------


def test_notes_are_saved_as_dated_versions(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.know_now_page
    assert window.tabs.currentWidget() is page
    page.editor.setPlainText("Morning walks. Texting Sam.")
    qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Saved" in page.saved_label.text()
    clock.now += timedelta(days=40)
    page.editor.setPlainText("Morning walks. Texting Sam. Sitting near the door.")
    page.sections.setCurrentRow(1)  # moving on saves
    page.sections.setCurrentRow(0)
    assert page.editor.toPlainText() == "Morning walks. Texting Sam. Sitting near the door."
    assert len(texts_of(page.versions)) == 1
    page.versions.setCurrentRow(0)
    assert page.old_text.toPlainText() == "Morning walks. Texting Sam."
    assert page.old_text.isReadOnly()


def test_unsaved_words_survive_a_lock(qtbot, window, vault_folder) -> None:
    unlock(qtbot, window)
    page = window.know_now_page
    page.sections.setCurrentRow(3)
    page.editor.setPlainText("MARKER late evenings alone")
    window.lock()
    assert not any("MARKER" in text for text in visible_texts(window))
    assert not any(
        b"MARKER" in path.read_bytes() for path in vault_folder.rglob("*") if path.is_file()
    )
    unlock(qtbot, window)
    assert page.section is NoteSection.TRIGGERS
    assert page.editor.toPlainText() == "MARKER late evenings alone"
    assert page.message.text() == RESTORED_WORDS
    page.save()
    assert window.live.notebook.note(NoteSection.TRIGGERS).text == "MARKER late evenings alone"
    assert window.live.drafts.names() == []


def test_undo_takes_back_a_saved_version(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.know_now_page
    page.editor.setPlainText("First words")
    page.save()
    window.undo()
    assert window.live.notebook.note(NoteSection.WORKS) is None
    assert page.editor.toPlainText() == ""


def test_undo_leaves_the_earlier_version_and_no_new_one(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.know_now_page
    page.editor.setPlainText("Walking after group")
    page.save()
    page.editor.setPlainText("Walking after group, and calling my sister")
    page.save()
    window.undo()
    history = window.live.notebook.note_history(NoteSection.WORKS)
    assert [v.text for v in history] == ["Walking after group"]
    assert page.editor.toPlainText() == "Walking after group"


# -- the rest of the app ------------------------------------------------------------------------


def test_search_finds_the_notebook_too(qtbot, window) -> None:
    unlock(qtbot, window)
    window.live.notebook.save_note(NoteSection.SUPPORT, "A smaller group, more one-on-one")
    window.live.log_win("Went to a smaller group")
    page = window.journal_page
    page.search.setText("smaller")
    page.apply_view()
    hits = texts_of(page.notebook_hits)
    assert page.notebook_hits.isVisible() and any("The support I need" in h for h in hits)
    page.notebook_hits.itemActivated.emit(page.notebook_hits.item(0))
    assert window.tabs.currentWidget() is window.know_now_page
    assert window.know_now_page.section is NoteSection.SUPPORT
    page.search.setText("")
    page.apply_view()
    assert not page.notebook_hits.isVisible()


def test_welcome_back_is_short_and_leaves_the_notebook_in_the_notebook(
    qtbot, make_window, vault_folder, clock
) -> None:
    now: datetime = clock()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        journal = JournalService(vault.db, clock=lambda: now - timedelta(days=20))
        journal.log_win("Came to group")
        NotebookService(vault.db, journal, lambda: now - timedelta(days=20)).save_note(
            NoteSection.WORKS, "Going in the morning"
        )
    window = make_window(vault_folder)
    unlock(qtbot, window)
    card = window.journal_page.welcome
    assert card.isVisible()
    said = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "Going in the morning" not in said  # a welcome and one line, not the whole notebook
    assert window.journal_page.welcome_log.isVisible()


def test_the_summary_can_hold_the_notebook(qtbot, window, tmp_path: Path) -> None:
    unlock(qtbot, window)
    notebook = window.live.notebook
    notebook.save_note(NoteSection.LIMITS, "Two groups a week")
    notebook.add_bring_up("I hate being on Zoom.")
    notebook.record_session(notebook.today, SessionKind.GROUP, Attendance.ATTENDED)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in window.findChildren(ShareDialog) if d.isVisible())

    def pdf_text(name: str) -> str:
        saved = dialog.save_to(tmp_path / name)
        return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(saved).pages))

    plain = pdf_text("plain.pdf")
    assert "Two groups a week" not in plain and "Zoom" not in plain
    assert list(dialog.note_boxes) == [NoteSection.LIMITS]  # the only part with words
    for box in (*dialog.note_boxes.values(), dialog.include_bring_up, dialog.include_sessions):
        box.setChecked(True)
    full = pdf_text("full.pdf")
    assert "Two groups a week" in full and "I hate being on Zoom." in full
    assert "group session" in full


def test_every_notebook_page_is_a_tab_the_keyboard_reaches(qtbot, window) -> None:
    unlock(qtbot, window)
    for number, page in enumerate(window.journal_pages, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentWidget() is page


def test_search_leads_to_a_phrase_and_a_thing_to_bring_up(qtbot, window) -> None:
    unlock(qtbot, window)
    item = window.live.notebook.add_bring_up("I want a new therapist.")
    window.live.changed.emit(Changes.everything("changed elsewhere", window.clock()))
    page = window.journal_page
    page.search.setText("ghosted")
    page.apply_view()
    page.notebook_hits.itemActivated.emit(page.notebook_hits.item(0))
    assert window.tabs.currentWidget() is window.phrases_page
    assert "ghosted" in window.phrases_page.phrase_list.currentItem().text()
    page.search.setText("therapist")
    page.apply_view()
    page.notebook_hits.itemActivated.emit(page.notebook_hits.item(0))
    assert window.tabs.currentWidget() is window.bring_up_page
    assert window.bring_up_page.open_list.currentItem().data(Qt.ItemDataRole.UserRole) == item.id


def test_undoing_a_notebook_action_says_so(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.bring_up_page
    page.entry.setText("A smaller group would help.")
    page.add()
    window.undo()
    assert window.status_text.text() == "Undone."
    assert window.live.notebook.bring_up_items() == []
