"""Phrases for coming back: the program's phrases at hand, copying through the clipboard guard,
adding, changing, deleting and moving by keyboard with undo, and nothing left behind on lock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QWidget

from iop_companion.core.notebook_model import MAX_PHRASE_CHARS
from iop_companion.core.open_journal import OpenJournal
from iop_companion.ui.accessible import name_of
from iop_companion.ui.clipboard import ClipboardGuard
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.phrases_page import EMPTY, PhrasesPage
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.schema import DEFAULT_PHRASES
from tests.conftest import FixedClock
from tests.language_words import BANNED
from tests.ui.test_bring_up_page import editor_of, on_screen, rows, widget_texts

MINE = "Can I sit near the door today?"


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def guard(qapp: QApplication) -> Iterator[ClipboardGuard]:
    made = ClipboardGuard(clear_after_ms=50)
    yield made
    made.timer.stop()
    made.deleteLater()


@pytest.fixture
def live(vault: Vault, clock: FixedClock) -> LiveJournal:
    return LiveJournal(OpenJournal(vault, MemoryKeychain(), clock))


@pytest.fixture
def page(qtbot, live: LiveJournal, guard: ClipboardGuard) -> Iterator[PhrasesPage]:
    yield from on_screen(qtbot, PhrasesPage(guard), live)


def select(page: PhrasesPage, row: int) -> None:
    page.phrase_list.setCurrentRow(row)
    page.phrase_list.setFocus()


def test_the_programs_phrases_are_there_from_the_start(page: PhrasesPage) -> None:
    assert rows(page.phrase_list) == list(DEFAULT_PHRASES)
    assert "I ghosted before. I'm here now." in rows(page.phrase_list)
    assert page.phrase_list.currentRow() == 0  # ready for Ctrl+C
    assert page.focusProxy() is page.phrase_list


def test_ctrl_c_copies_the_exact_phrase_and_it_leaves_again(
    qtbot, page: PhrasesPage, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    select(page, 1)
    qtbot.keyClick(page.phrase_list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == DEFAULT_PHRASES[1]
    assert page.message.text() == "Copied. It leaves the clipboard again in 30 seconds."
    assert page.message.isVisible()
    qtbot.waitUntil(lambda: clipboard.text() == "")
    assert not guard.holding


def test_the_copy_button_and_a_double_click_copy_too(
    qtbot, page: PhrasesPage, clipboard: QClipboard
) -> None:
    select(page, 2)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == DEFAULT_PHRASES[2]
    view = page.phrase_list
    spot = view.visualItemRect(view.item(4)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert clipboard.text() == DEFAULT_PHRASES[4]
    assert view.state() != QAbstractItemView.State.EditingState  # a double-click copies


def test_what_the_person_copies_afterwards_is_left_alone(
    qtbot, page: PhrasesPage, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    select(page, 0)
    page.copy_selected()
    clipboard.setText("an address from an email")
    qtbot.waitUntil(lambda: not guard.holding)  # the guard's wait is over
    assert clipboard.text() == "an address from an email"


def test_add_by_keyboard_and_undo(qtbot, page: PhrasesPage, live: LiveJournal) -> None:
    page.entry.setFocus()
    qtbot.keyClicks(page.entry, MINE)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert rows(page.phrase_list) == [*DEFAULT_PHRASES, MINE]
    assert page.phrase_list.currentItem().text() == MINE
    assert page.entry.text() == ""
    assert page.message.text() == "Added to your phrases."
    assert live.undo_description == "adding the phrase"
    live.undo()
    assert rows(page.phrase_list) == list(DEFAULT_PHRASES)


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("", "Write the phrase first. A few words are enough."),
        ("i'm here now.", "That phrase is already in your list."),
        ("x" * (MAX_PHRASE_CHARS + 1), "A phrase holds up to 300 characters."),
    ],
)
def test_what_cant_be_added_is_said_in_one_sentence(
    qtbot, page: PhrasesPage, typed: str, sentence: str
) -> None:
    page.entry.setText(typed)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert page.message.text().startswith(sentence)
    assert page.entry.text() == typed  # nothing typed is lost
    assert rows(page.phrase_list) == list(DEFAULT_PHRASES)


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return])
def test_change_a_phrase_in_place_and_undo(
    qtbot, page: PhrasesPage, live: LiveJournal, key: Qt.Key
) -> None:
    select(page, 4)
    qtbot.keyClick(page.phrase_list, key)
    editor = editor_of(page.phrase_list)
    assert editor.text() == "I fell off."
    editor.selectAll()
    qtbot.keyClicks(editor, "I fell off for a while.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(page.phrase_list)[4] == "I fell off for a while.")
    assert page.message.text() == "Changed."
    assert page.phrase_list.hasFocus()
    live.undo()
    assert rows(page.phrase_list) == list(DEFAULT_PHRASES)


def test_changing_to_a_phrase_already_there_says_so(qtbot, page: PhrasesPage) -> None:
    select(page, 0)
    page.edit_button.click()
    editor = editor_of(page.phrase_list)
    editor.setText("I fell off.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() == "That phrase is already in your list.")
    assert rows(page.phrase_list) == list(DEFAULT_PHRASES)


def test_delete_key_and_undo_bring_it_back_in_its_place(
    qtbot, page: PhrasesPage, live: LiveJournal
) -> None:
    select(page, 2)
    qtbot.keyClick(page.phrase_list, Qt.Key.Key_Delete)
    assert DEFAULT_PHRASES[2] not in rows(page.phrase_list)
    assert page.phrase_list.currentRow() == 2  # the next one, ready for another key
    assert page.message.text() == "Deleted. Undo (Ctrl+Z) brings it back."
    assert live.undo_description == "deleting the phrase"
    live.undo()
    assert rows(page.phrase_list) == list(DEFAULT_PHRASES)


def test_alt_up_and_down_and_the_buttons_move_a_phrase(
    qtbot, page: PhrasesPage, live: LiveJournal
) -> None:
    select(page, 0)
    assert not page.up_button.isEnabled()
    qtbot.keyClick(page.phrase_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert rows(page.phrase_list)[:2] == [DEFAULT_PHRASES[1], DEFAULT_PHRASES[0]]
    assert page.phrase_list.currentRow() == 1
    qtbot.keyClick(page.phrase_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert rows(page.phrase_list) == list(DEFAULT_PHRASES)
    qtbot.keyClick(page.phrase_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert rows(page.phrase_list) == list(DEFAULT_PHRASES)  # already at the top
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert rows(page.phrase_list)[2] == DEFAULT_PHRASES[0]
    assert live.notebook.phrases()[2].text == DEFAULT_PHRASES[0]  # saved, not only shown
    live.undo()
    assert rows(page.phrase_list)[1] == DEFAULT_PHRASES[0]
    select(page, len(DEFAULT_PHRASES) - 1)
    assert not page.down_button.isEnabled()


def test_tab_goes_from_the_list_to_its_buttons_then_to_adding(qtbot, page: PhrasesPage) -> None:
    select(page, 1)
    order: list[QWidget | None] = [page.phrase_list]
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        page.phrase_list,
        page.copy_button,
        page.edit_button,
        page.up_button,
        page.down_button,
        page.delete_button,
        page.entry,
        page.add_button,
    ]


def test_an_empty_list_says_what_a_phrase_can_be(page: PhrasesPage, live: LiveJournal) -> None:
    for phrase in live.notebook.phrases():
        page.delete(phrase.id)
    assert not page.phrase_list.isVisible() and page.empty.isVisible()
    assert "I'm here now." in page.empty.text() and page.empty.drawing.isVisible()
    assert not page.copy_button.isEnabled()
    live.undo()
    assert page.phrase_list.isVisible() and page.phrase_list.count() == 1


def test_refreshes_when_the_notebook_changes_elsewhere(
    page: PhrasesPage, live: LiveJournal
) -> None:
    phrase = live.apply(live.core.add_phrase(MINE))
    assert rows(page.phrase_list)[-1] == MINE
    live.apply(live.core.delete_phrase(phrase.id))
    assert MINE not in rows(page.phrase_list)


def test_close_session_leaves_none_of_the_persons_words(
    qtbot, page: PhrasesPage, live: LiveJournal
) -> None:
    live.apply(live.core.add_phrase(MINE))
    page.entry.setText("Half-typed: I need a minute")
    select(page, 0)
    qtbot.keyClick(page.phrase_list, Qt.Key.Key_F2)  # an editor still open at lock
    qtbot.keyClicks(editor_of(page.phrase_list), " and breathe")
    words = (MINE, "Half-typed", "and breathe", *DEFAULT_PHRASES)
    assert any(w in text for text in widget_texts(page) for w in words)

    page.close_journal()
    left = [text for text in widget_texts(page) if text != EMPTY]  # it quotes "I'm here now."
    assert not [text for text in left if any(w in text for w in words)]
    live.apply(live.core.add_phrase("After the lock"))  # no longer listened to
    assert page.phrase_list.count() == 0


def test_every_string_on_the_page_avoids_banned_words(
    qtbot, page: PhrasesPage, live: LiveJournal
) -> None:
    texts = widget_texts(page)
    page.copy_selected()
    texts.append(page.message.text())
    for phrase in live.notebook.phrases():
        page.delete(phrase.id)
    texts += [*widget_texts(page), page.message.text(), f"Undo {live.undo_description}"]
    assert len(texts) > 20
    offending = [text for text in texts if any(word in text.lower() for word in BANNED)]
    assert offending == []


def test_every_button_has_a_name(page: PhrasesPage) -> None:
    for widget in page.findChildren(QAbstractButton):
        assert name_of(widget), widget.text()
    assert page.phrase_list.accessibleName() == "Phrases for coming back"
    assert page.entry.accessibleName()
