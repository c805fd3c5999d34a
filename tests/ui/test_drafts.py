"""Nothing typed is lost to a lock: open editors are kept as drafts inside the vault."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iop_companion.core.drafts import Drafts
from iop_companion.core.notebook import Attendance, SessionKind
from iop_companion.ui.log_dialog import DRAFT_NAME, RESTORED_WORDS, LogDialog
from iop_companion.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.helpers import active_log_dialog, log_win_by_keyboard, unlock, visible_texts
from tests.ui.test_bring_up_page import editor_of


def test_a_half_typed_win_comes_back_after_a_lock(qtbot, window, vault_folder) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    qtbot.keyClicks(dialog.text, "MARKER called my sponsor")
    dialog.tags.setText("evening")
    window.lock()
    assert not any("MARKER" in text for text in visible_texts(window))
    assert not any(
        b"MARKER" in path.read_bytes() for path in vault_folder.rglob("*") if path.is_file()
    )

    unlock(qtbot, window)
    restored = active_log_dialog(window)
    assert restored.text.text() == "MARKER called my sponsor"
    assert restored.tags.text() == "evening"
    assert restored.message.text() == RESTORED_WORDS
    qtbot.keyClick(restored.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not restored.isVisible())
    assert [e.text for e in window.live.journal.entries()] == ["MARKER called my sponsor"]
    assert window.live.drafts.get(DRAFT_NAME) is None


def test_an_edit_in_progress_comes_back_as_the_same_edit(qtbot, window) -> None:
    unlock(qtbot, window)
    log_win_by_keyboard(qtbot, window, "Went to group")
    entry = window.live.journal.entries()[0]
    dialog = window.edit_entry(entry)
    dialog.text.setText("Went to group and said one thing")
    dialog.day.setDate(dialog.day.date().addDays(-1))
    window.quick_hide()

    window.showNormal()  # the person comes back to the window
    unlock(qtbot, window)
    restored = active_log_dialog(window)
    assert restored.entry is not None and restored.entry.id == entry.id
    restored.save()
    (edited,) = window.live.journal.entries()
    assert edited.text == "Went to group and said one thing"
    assert edited.day == entry.day - timedelta(days=1)


def test_a_hard_moment_draft_keeps_its_own_fields(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = window.log_hard_moment()
    dialog.word.setCurrentText("rough night")
    dialog.what_helped.setPlainText("Texting Sam")
    window.lock()
    unlock(qtbot, window)
    restored = active_log_dialog(window)
    assert restored.hard_button.isChecked()
    assert restored.word.currentText() == "rough night"
    assert restored.what_helped.toPlainText() == "Texting Sam"


def test_an_untouched_dialog_leaves_no_draft(qtbot, window) -> None:
    unlock(qtbot, window)
    window.log_win()
    window.lock()
    unlock(qtbot, window)
    assert not any(d.isVisible() for d in window.findChildren(LogDialog))
    assert window.live.drafts.names() == []


def test_cancelling_a_restored_draft_lets_it_go(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    dialog.text.setText("Something I might not keep")
    window.lock()
    unlock(qtbot, window)
    restored = active_log_dialog(window)
    restored.reject()
    window.lock()
    unlock(qtbot, window)
    assert not any(d.isVisible() for d in window.findChildren(LogDialog))
    assert window.live.drafts.names() == []


def test_closing_the_app_keeps_the_draft_too(qtbot, make_window, vault_folder) -> None:
    window = make_window(vault_folder)
    unlock(qtbot, window)
    window.log_win().text.setText("Typed just before closing")
    window.close()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        draft = Drafts(vault.db).get(DRAFT_NAME)
    assert draft is not None and draft["text"] == "Typed just before closing"


def test_half_typed_notebook_fields_come_back_after_a_lock(qtbot, window, vault_folder) -> None:
    unlock(qtbot, window)
    window.bring_up_page.entry.setText("MARKER I need a smaller group")
    window.phrases_page.entry.setText("MARKER I'm here to listen")
    window.showing_up_page.note.setText("MARKER sat by the door")
    window.lock()
    assert not any("MARKER" in text for text in visible_texts(window))
    assert not any(
        b"MARKER" in path.read_bytes() for path in vault_folder.rglob("*") if path.is_file()
    )
    unlock(qtbot, window)
    assert window.bring_up_page.entry.text() == "MARKER I need a smaller group"
    assert window.phrases_page.entry.text() == "MARKER I'm here to listen"
    assert window.showing_up_page.note.text() == "MARKER sat by the door"
    window.showing_up_page.save_session()
    window.lock()
    unlock(qtbot, window)
    assert window.showing_up_page.note.text() == ""  # recorded, so nothing was left to keep


def test_an_edit_left_open_in_a_list_comes_back_after_a_lock(qtbot, window, vault_folder) -> None:
    unlock(qtbot, window)
    item = window.live.notebook.add_bring_up("I hate being on Zoom")
    page = window.bring_up_page
    page.refresh()
    window.tabs.setCurrentWidget(page)
    page.open_list.select_id(item.id)
    page.edit_button.click()
    editor = editor_of(page.open_list)
    editor.setText("MARKER I'd rather come in person")
    window.lock()
    assert not any("MARKER" in text for text in visible_texts(window))
    assert not any(
        b"MARKER" in path.read_bytes() for path in vault_folder.rglob("*") if path.is_file()
    )

    unlock(qtbot, window)
    assert window.live.notebook.bring_up_item(item.id).text == "I hate being on Zoom"
    window.lock()  # locked again before the person looked: still kept
    assert not any("MARKER" in text for text in visible_texts(window))
    unlock(qtbot, window)
    window.tabs.setCurrentWidget(page)
    editor = editor_of(page.open_list)
    assert editor.text() == "MARKER I'd rather come in person"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.live.notebook.bring_up_item(item.id).text == "MARKER I'd rather come in person"
        )
    )
    assert window.live.drafts.names() == []


def edit_a_phrase(window, row: int):
    """Open the phrase in ``row`` for editing in place, on screen; gives the page."""
    page = window.phrases_page
    window.tabs.setCurrentWidget(page)
    page.phrase_list.setCurrentRow(row)
    page.phrase_list.edit_current()
    return page


def test_an_open_edit_left_unchanged_keeps_no_draft(qtbot, window) -> None:
    unlock(qtbot, window)
    page = edit_a_phrase(window, 0)
    assert page.phrase_list.open_edit() is None  # opened, nothing changed yet
    editor_of(page.phrase_list).setText("I'm here, and that's enough today.")
    assert page.phrase_list.open_edit() == (
        page.phrase_list.ids()[0],
        "I'm here, and that's enough today.",
    )
    editor_of(page.phrase_list).setText(page.phrase_list.texts()[0])
    window.lock()
    unlock(qtbot, window)
    assert window.live.drafts.names() == []


def test_an_edit_open_when_hide_now_is_clicked_is_not_lost(qtbot, window) -> None:
    unlock(qtbot, window)
    item = window.live.notebook.add_bring_up("I hate being on Zoom")
    page = window.bring_up_page
    page.refresh()
    window.tabs.setCurrentWidget(page)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None)
    page.open_list.select_id(item.id)
    page.edit_button.click()
    editor = editor_of(page.open_list)
    editor.setFocus()
    editor.setText("I'd rather come in person")
    qtbot.mouseClick(window.hide_button, Qt.MouseButton.LeftButton)
    assert window.live is None
    unlock(qtbot, window)
    window.showNormal()
    window.tabs.setCurrentWidget(page)
    assert window.live is not None
    saved = window.live.notebook.bring_up_item(item.id).text
    opened = page.open_list.open_edit()
    assert saved == "I'd rather come in person" or opened == (item.id, "I'd rather come in person")


def test_a_list_refresh_keeps_an_open_edit_and_its_words(qtbot, window) -> None:
    unlock(qtbot, window)
    page = edit_a_phrase(window, 1)
    editor_of(page.phrase_list).setText("Half-changed words")
    row = page.phrase_list.ids()[1]
    window.live.notebook.add_phrase("A phrase added somewhere else")
    page.refresh()
    assert page.phrase_list.open_edit() == (row, "Half-changed words")
    assert editor_of(page.phrase_list).text() == "Half-changed words"


def test_a_plan_name_typed_while_a_session_is_open_for_a_change_is_kept(qtbot, window) -> None:
    unlock(qtbot, window)
    notebook = window.live.notebook
    recorded = notebook.record_session(notebook.today, SessionKind.GROUP, Attendance.ATTENDED)
    page = window.showing_up_page
    page.refresh()
    page._edit_session(recorded.session)
    page.note.setText("A change to the session, not saved")
    page.plan_label.setText("MARKER Tuesday group")
    window.lock()
    unlock(qtbot, window)
    assert page.plan_label.text() == "MARKER Tuesday group"
    assert page.note.text() == ""  # the session stays as it was recorded
    assert window.live.notebook.session(recorded.session.id).note == ""
