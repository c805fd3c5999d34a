"""Things I want to bring up: adding (typed or from a suggestion), changing, deleting, marking as
brought up and back, undo, refresh, gentle errors, and nothing left behind on lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from iop_companion.core.notebook_model import BRING_UP_SUGGESTIONS, MAX_BRING_UP_CHARS
from iop_companion.core.open_journal import OpenJournal
from iop_companion.core.words import date_words
from iop_companion.ui.accessible import name_of
from iop_companion.ui.bring_up_page import BringUpPage
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import DETAIL_ROLE, NotebookList
from iop_companion.ui.phrases_page import PhrasesPage
from iop_companion.ui.widgets import qdate
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import FixedClock
from tests.language_words import BANNED

WORDS = "My new job clashes with Thursday group"
ZOOM = "I hate being on Zoom."


def widget_texts(root: QWidget) -> list[str]:
    """Every piece of text a widget tree holds: labels, fields, buttons, tips, names, list rows."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                texts += [item.text(), item.toolTip(), str(item.data(DETAIL_ROLE) or "")]
                texts.append(str(item.data(Qt.ItemDataRole.AccessibleTextRole) or ""))
    return [text for text in texts if text]


def rows(view: QListWidget) -> list[str]:
    return [view.item(row).text() for row in range(view.count())]


def details(view: QListWidget) -> list[str]:
    return [str(view.item(row).data(DETAIL_ROLE)) for row in range(view.count())]


def editor_of(view: QListWidget) -> QLineEdit:
    editors = [field for field in view.findChildren(QLineEdit) if field.isVisible()]
    assert len(editors) == 1
    return editors[0]


@pytest.fixture
def live(vault: Vault, clock: FixedClock) -> LiveJournal:
    return LiveJournal(OpenJournal(vault, MemoryKeychain(), clock))


# The notebook pages these helpers serve (tests/ui/test_phrases_page.py uses them too).
PageT = TypeVar("PageT", bound=BringUpPage | PhrasesPage)


def on_screen(qtbot, made: PageT, live: LiveJournal) -> Iterator[PageT]:
    """A notebook page opened on ``live``, shown and active; closed after the test."""
    qtbot.addWidget(made)
    made.resize(880, 640)
    made.open(live)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()  # as it is when the person types in it
    qtbot.waitUntil(made.isActiveWindow)
    yield made
    made.close_journal()


@pytest.fixture
def page(qtbot, live: LiveJournal) -> Iterator[BringUpPage]:
    yield from on_screen(qtbot, BringUpPage(), live)


def add_by_keyboard(qtbot, page: BringUpPage, text: str) -> None:
    page.entry.setFocus()
    qtbot.keyClicks(page.entry, text)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)


def test_a_new_notebook_says_a_few_words_are_enough(page: BringUpPage) -> None:
    assert page.open_empty.isVisible() and not page.open_list.isVisible()
    assert "a few words are enough" in page.open_empty.text()
    assert page.open_empty.drawing.isVisible()  # the same calm empty state as the journal's
    assert page.done_empty.isVisible() and not page.done_list.isVisible()
    assert all(button.isVisible() for button in page.suggestion_buttons.values())


def test_add_by_keyboard(qtbot, page: BringUpPage, live: LiveJournal) -> None:
    add_by_keyboard(qtbot, page, WORDS)
    assert rows(page.open_list) == [WORDS]
    assert page.open_list.isVisible() and not page.open_empty.isVisible()
    assert page.entry.text() == ""
    assert page.message.text() == "Added to your list."
    assert live.undo_description == "adding that"
    add_by_keyboard(qtbot, page, "  I need more one-on-one time  ")
    assert rows(page.open_list) == [WORDS, "I need more one-on-one time"]
    assert page.open_list.currentItem().text() == "I need more one-on-one time"
    live.undo()
    assert rows(page.open_list) == [WORDS]


def test_enter_on_an_empty_field_says_what_to_do_and_adds_nothing(qtbot, page: BringUpPage) -> None:
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert page.message.isVisible()
    assert page.message.text() == "Write a few words about what you want to bring up."
    assert page.open_list.count() == 0 and page.open_empty.isVisible()


def test_too_long_shows_the_services_sentence_and_keeps_the_words(page: BringUpPage) -> None:
    page.entry.setText("x" * (MAX_BRING_UP_CHARS + 1))
    page.add_button.click()
    assert page.message.text().startswith("That's more than one item holds")
    assert page.message.text().endswith("You can split it into two.")
    assert page.entry.text() == "x" * (MAX_BRING_UP_CHARS + 1)  # nothing typed is lost
    assert page.open_list.count() == 0


def test_a_suggestion_fills_the_field_to_change_before_adding(qtbot, page: BringUpPage) -> None:
    qtbot.mouseClick(page.suggestion_buttons[ZOOM], Qt.MouseButton.LeftButton)
    assert page.entry.text() == ZOOM
    assert page.open_list.count() == 0  # not added yet: the person may change it first
    qtbot.waitUntil(page.entry.hasFocus)
    qtbot.keyClicks(page.entry, " Every week.")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert rows(page.open_list) == [f"{ZOOM} Every week."]
    assert page.suggestion_buttons[ZOOM].isVisible()  # its own words aren't on the list yet


def test_a_suggestion_on_the_open_list_is_not_offered_again(
    qtbot, page: BringUpPage, live: LiveJournal
) -> None:
    page.suggestion_buttons[ZOOM].click()
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert rows(page.open_list) == [ZOOM]
    assert not page.suggestion_buttons[ZOOM].isVisible()
    assert all(b.isVisible() for t, b in page.suggestion_buttons.items() if t != ZOOM)
    page.open_list.setCurrentRow(0)
    page.brought_up_button.click()  # once it was said, it may come up again
    assert page.suggestion_buttons[ZOOM].isVisible()
    live.undo()
    assert not page.suggestion_buttons[ZOOM].isVisible()


def test_every_suggestion_used_hides_the_suggestions(page: BringUpPage, live: LiveJournal) -> None:
    for text in BRING_UP_SUGGESTIONS:
        page.use_suggestion(text)
        page.add()
    assert not page.suggestions.isVisible()
    assert rows(page.open_list) == list(BRING_UP_SUGGESTIONS)


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return])
def test_change_in_place_by_keyboard_and_undo(
    qtbot, page: BringUpPage, live: LiveJournal, key: Qt.Key
) -> None:
    add_by_keyboard(qtbot, page, WORDS)
    add_by_keyboard(qtbot, page, "Second thing")
    page.open_list.setCurrentRow(0)
    page.open_list.setFocus()
    qtbot.keyClick(page.open_list, key)
    assert page.open_list.state() == QAbstractItemView.State.EditingState
    editor = editor_of(page.open_list)
    assert editor.text() == WORDS
    editor.selectAll()
    qtbot.keyClicks(editor, "Can I switch to the evening group?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(page.open_list)[0] == "Can I switch to the evening group?")
    assert rows(page.open_list)[1] == "Second thing"
    assert page.message.text() == "Changed."
    assert live.undo_description == "the change"
    live.undo()
    assert rows(page.open_list) == [WORDS, "Second thing"]


def test_changing_to_nothing_says_so_and_keeps_the_words(qtbot, page: BringUpPage) -> None:
    add_by_keyboard(qtbot, page, WORDS)
    page.open_list.setCurrentRow(0)
    page.edit_button.click()
    editor = editor_of(page.open_list)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.message.text() == "Write a few words about what you want to bring up."
    )
    assert rows(page.open_list) == [WORDS]


def test_escape_leaves_the_words_as_they_were(qtbot, page: BringUpPage, live: LiveJournal) -> None:
    add_by_keyboard(qtbot, page, WORDS)
    page.open_list.setCurrentRow(0)
    page.open_list.setFocus()
    qtbot.keyClick(page.open_list, Qt.Key.Key_F2)
    editor = editor_of(page.open_list)
    qtbot.keyClicks(editor, " and more")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.open_list.state() != QAbstractItemView.State.EditingState)
    assert rows(page.open_list) == [WORDS]
    assert live.notebook.bring_up_items()[0].text == WORDS


def test_delete_key_deletes_at_once_and_undo_brings_it_back(
    qtbot, page: BringUpPage, live: LiveJournal
) -> None:
    for text in ("First", "Second", "Third"):
        add_by_keyboard(qtbot, page, text)
    page.open_list.setCurrentRow(1)
    page.open_list.setFocus()
    qtbot.keyClick(page.open_list, Qt.Key.Key_Delete)
    assert rows(page.open_list) == ["First", "Third"]
    assert page.message.text() == "Deleted. Undo (Ctrl+Z) brings it back."
    assert live.undo_description == "deleting that"
    assert page.open_list.hasFocus()
    live.undo()
    assert rows(page.open_list) == ["First", "Second", "Third"]


def test_brought_it_up_moves_it_with_todays_date_and_undo_puts_it_back(
    qtbot, page: BringUpPage, live: LiveJournal, clock: FixedClock
) -> None:
    for text in ("First", WORDS, "Third"):
        add_by_keyboard(qtbot, page, text)
    page.open_list.setCurrentRow(1)
    qtbot.mouseClick(page.brought_up_button, Qt.MouseButton.LeftButton)
    assert rows(page.open_list) == ["First", "Third"]
    assert rows(page.done_list) == [WORDS]
    assert details(page.done_list) == [f"Brought up on {date_words(clock().date())}"]
    assert "November 27, 2026" in details(page.done_list)[0]
    assert page.done_list.isVisible() and not page.done_empty.isVisible()
    assert page.message.text() == "Moved to Brought up. Saying it counts."
    live.undo()
    assert rows(page.open_list) == ["First", WORDS, "Third"]  # where it was, not at the end
    assert page.done_list.count() == 0 and page.done_empty.isVisible()


def test_brought_it_up_on_an_earlier_day_but_never_a_later_one(
    qtbot, page: BringUpPage, clock: FixedClock
) -> None:
    add_by_keyboard(qtbot, page, WORDS)
    today = clock().date()
    page.brought_up_day.setDate(qdate(today + timedelta(days=1)))
    assert page.brought_up_day.date() == qdate(today)  # the day can't be in the future
    page.brought_up_day.setDate(qdate(today - timedelta(days=3)))
    page.open_list.setCurrentRow(0)
    page.brought_up_button.click()
    assert details(page.done_list) == ["Brought up on November 24, 2026"]


def test_not_yet_puts_it_back_on_the_list_and_undo_keeps_its_day(
    qtbot, page: BringUpPage, live: LiveJournal
) -> None:
    for text in (WORDS, "Other"):
        add_by_keyboard(qtbot, page, text)
    page.open_list.setCurrentRow(0)
    page.brought_up_day.setDate(page.brought_up_day.date().addDays(-1))
    page.brought_up_button.click()
    assert rows(page.open_list) == ["Other"]
    page.done_list.setCurrentRow(0)
    qtbot.mouseClick(page.not_yet_button, Qt.MouseButton.LeftButton)
    assert rows(page.open_list) == ["Other", WORDS]
    assert page.done_list.count() == 0
    assert page.open_list.currentItem().text() == WORDS
    assert page.message.text() == "Back on your list, at the end."
    live.undo()
    assert rows(page.done_list) == [WORDS]
    assert details(page.done_list) == ["Brought up on November 26, 2026"]


def test_a_brought_up_one_can_be_deleted_too(qtbot, page: BringUpPage, live: LiveJournal) -> None:
    add_by_keyboard(qtbot, page, WORDS)
    page.open_list.setCurrentRow(0)
    page.brought_up_button.click()
    page.done_list.setCurrentRow(0)
    page.done_list.setFocus()
    qtbot.keyClick(page.done_list, Qt.Key.Key_Delete)
    assert page.done_list.count() == 0 and page.done_empty.isVisible()
    live.undo()
    assert rows(page.done_list) == [WORDS]


def test_alt_up_and_down_move_an_item_with_undo(
    qtbot, page: BringUpPage, live: LiveJournal
) -> None:
    for text in ("First", "Second", "Third"):
        add_by_keyboard(qtbot, page, text)
    page.open_list.setCurrentRow(0)
    page.open_list.setFocus()
    qtbot.keyClick(page.open_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert rows(page.open_list) == ["Second", "First", "Third"]
    assert page.open_list.currentItem().text() == "First"  # the moved one stays selected
    qtbot.keyClick(page.open_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert rows(page.open_list) == ["Second", "Third", "First"]
    qtbot.keyClick(page.open_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert rows(page.open_list) == ["Second", "Third", "First"]  # already at the end
    live.undo()
    assert rows(page.open_list) == ["Second", "First", "Third"]


def test_ctrl_c_on_a_list_never_puts_the_words_on_the_clipboard(qtbot, page: BringUpPage) -> None:
    add_by_keyboard(qtbot, page, WORDS)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something of the person's own")
    page.open_list.setCurrentRow(0)
    page.open_list.setFocus()
    qtbot.keyClick(page.open_list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "something of the person's own"
    clipboard.clear()


def test_refreshes_when_the_notebook_changes_elsewhere(
    page: BringUpPage, live: LiveJournal
) -> None:
    item = live.apply(live.core.add_bring_up("Written from somewhere else"))
    assert rows(page.open_list) == ["Written from somewhere else"]
    live.apply(live.core.mark_brought_up(item.id, live.notebook.today))
    assert page.open_list.count() == 0
    assert rows(page.done_list) == ["Written from somewhere else"]


def test_close_session_leaves_none_of_the_persons_words(
    qtbot, page: BringUpPage, live: LiveJournal
) -> None:
    add_by_keyboard(qtbot, page, WORDS)
    add_by_keyboard(qtbot, page, "Brought this one up already")
    page.open_list.setCurrentRow(1)
    page.brought_up_button.click()
    page.entry.setText("Half-typed thought about my sister")
    page.open_list.setCurrentRow(0)
    page.open_list.setFocus()
    qtbot.keyClick(page.open_list, Qt.Key.Key_F2)  # an editor still open at lock
    qtbot.keyClicks(editor_of(page.open_list), " and the bus")
    mine = (WORDS, "Brought this one up already", "Half-typed thought", "and the bus")
    assert any(words in text for text in widget_texts(page) for words in mine)

    page.close_journal()
    assert not [text for text in widget_texts(page) if any(words in text for words in mine)]
    assert page.open_list.count() == page.done_list.count() == 0
    live.apply(live.core.add_bring_up("After the lock"))  # no longer listened to
    assert page.open_list.count() == 0


def test_opening_again_after_close_shows_the_list(page: BringUpPage, live: LiveJournal) -> None:
    live.notebook.add_bring_up(WORDS)
    page.close_journal()
    page.open(live)
    assert rows(page.open_list) == [WORDS]


def test_every_string_on_the_page_avoids_banned_words(
    qtbot, page: BringUpPage, live: LiveJournal
) -> None:
    empty_texts = widget_texts(page)
    add_by_keyboard(qtbot, page, "First")
    page.open_list.setCurrentRow(0)
    page.brought_up_button.click()
    page.entry.setText("")
    page.add()  # the gentle message for an empty field
    texts = empty_texts + widget_texts(page) + [page.message.text()]
    texts.append(f"Undo {live.undo_description}")
    assert len(texts) > 20
    offending = [text for text in texts if any(word in text.lower() for word in BANNED)]
    assert offending == []


def test_lists_are_reachable_and_named_for_screen_readers(page: BringUpPage) -> None:
    for view in (page.open_list, page.done_list):
        assert isinstance(view, NotebookList)
        assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert view.accessibleName()
    for widget in page.findChildren(QAbstractButton):
        assert name_of(widget), widget.text()
    assert page.entry.accessibleName() and page.brought_up_day.accessibleName()


def test_tab_follows_the_page_from_top_to_bottom(qtbot, page: BringUpPage) -> None:
    for text in ("First", "Second"):
        add_by_keyboard(qtbot, page, text)
    page.open_list.setCurrentRow(0)
    page.brought_up_button.click()
    page.done_list.setCurrentRow(0)
    page.entry.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not order[-1]:  # Tab walks a date's parts first
            order.append(QApplication.focusWidget())
    chips = [page.suggestion_buttons[text] for text in BRING_UP_SUGGESTIONS]
    assert order[:14] == [
        page.entry,
        page.add_button,
        *chips,
        page.open_list,
        page.brought_up_button,
        page.brought_up_day,
        page.edit_button,
        page.delete_button,
        page.done_list,
        page.not_yet_button,
    ]
