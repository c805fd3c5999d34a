"""How I am, in words: a check-in by keyboard alone (list words, an own word, HALT, a line), a
refusal that says what to do, changing and deleting with undo, a new one that changes no
earlier one, drafts over a lock, nothing left behind after it, and large text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from iop_companion.core.coping_model import FEELING_WORDS, Halt
from iop_companion.core.open_journal import OpenJournal
from iop_companion.ui.how_i_am_section import THANKS, HowIAmSection
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import DELETED
from iop_companion.ui.phrases_page import PhrasesPage
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import FixedClock
from tests.language_words import banned_in
from tests.test_language import said_strings
from tests.ui.test_bring_up_page import on_screen, rows, widget_texts
from tests.ui.test_large_text import large_text  # noqa: F401 (a fixture, the same large text)

LINE = "Group ran late but I stayed."


@pytest.fixture
def live(vault: Vault, clock: FixedClock) -> LiveJournal:
    return LiveJournal(OpenJournal(vault, MemoryKeychain(), clock))


@pytest.fixture
def section(qtbot, live: LiveJournal) -> Iterator[HowIAmSection]:
    # on_screen serves any notebook page; its type names the first two it was written for.
    opened = on_screen(qtbot, cast(PhrasesPage, HowIAmSection()), live)
    yield from cast(Iterator[HowIAmSection], opened)


def tab_to(qtbot, section: HowIAmSection, target: QWidget, most: int = 40) -> None:
    """Press Tab until ``target`` has the focus (it must come within ``most`` presses)."""
    for _ in range(most):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}")


def ticked(section: HowIAmSection) -> list[str]:
    boxes = [*section.word_boxes.values(), *section.halt_boxes.values()]
    return [box.text() for box in boxes if box.isChecked()]


def test_a_check_in_by_keyboard_alone(qtbot, section: HowIAmSection, live: LiveJournal) -> None:
    section.setFocus()
    calm = section.word_boxes["calm"]
    assert QApplication.focusWidget() is calm
    qtbot.keyClick(calm, Qt.Key.Key_Space)
    tab_to(qtbot, section, section.word_boxes["hopeful"])
    qtbot.keyClick(section.word_boxes["hopeful"], Qt.Key.Key_Space)
    tab_to(qtbot, section, section.own_word)
    qtbot.keyClicks(section.own_word, "a bit wobbly, Proud")
    qtbot.keyClick(section.own_word, Qt.Key.Key_Return)
    own = section.word_boxes["a bit wobbly"]  # beside the others, ticked, for this check-in
    assert own.isChecked() and own.text() == "A bit wobbly"
    assert section.word_boxes["proud"].isChecked()  # a list word typed ticks the list's box
    assert section.own_word.text() == ""
    tab_to(qtbot, section, section.halt_boxes[Halt.TIRED])
    qtbot.keyClick(section.halt_boxes[Halt.TIRED], Qt.Key.Key_Space)
    tab_to(qtbot, section, section.line)
    qtbot.keyClicks(section.line, LINE)
    qtbot.keyClick(section.line, Qt.Key.Key_Return)

    [saved] = live.notebook.how_i_am_list()
    assert saved.words == ("calm", "hopeful", "proud", "a bit wobbly")
    assert saved.halt == (Halt.TIRED,)
    assert saved.line == LINE
    assert saved.day == live.notebook.today
    assert section.message.text() == f"Kept for today. {THANKS}"
    # The form is empty again, the person's own word gone from it; the list shows the check-in.
    assert ticked(section) == [] and section.line.text() == ""
    assert "a bit wobbly" not in section.word_boxes
    assert rows(section.earlier) == ["Calm, hopeful, proud, a bit wobbly"]
    assert "Quick check: tired" in section.earlier.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert live.undo_description == "noting how you are"


def test_an_earlier_day_and_only_a_halt_tick(
    qtbot, section: HowIAmSection, live: LiveJournal
) -> None:
    yesterday = live.notebook.today - timedelta(days=1)
    section.day.setDate(section.day.date().addDays(-1))
    section.halt_boxes[Halt.HUNGRY].setChecked(True)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    [saved] = live.notebook.how_i_am_list()
    assert (saved.day, saved.words, saved.halt) == (yesterday, (), (Halt.HUNGRY,))
    assert "Thank you" in section.message.text() and "today" not in section.message.text()
    assert rows(section.earlier) == ["Quick check: hungry"]
    assert section.day.date().addDays(-1).toPython() == yesterday  # back to today


def test_nothing_chosen_says_what_to_do_and_keeps_nothing(
    qtbot, section: HowIAmSection, live: LiveJournal
) -> None:
    section.line.setText("   ")
    qtbot.keyClick(section.line, Qt.Key.Key_Return)
    assert section.message.isVisible()
    assert section.message.text() == (
        "Pick a word, tick one of HALT, or write a line first. Any one is enough."
    )
    assert live.notebook.how_i_am_list() == []
    assert section.empty.isVisible() and not section.earlier_box.isVisible()


def test_a_word_too_long_is_refused_gently(qtbot, section: HowIAmSection) -> None:
    section.own_word.setText("x" * 61)
    qtbot.keyClick(section.own_word, Qt.Key.Key_Return)
    assert section.message.text() == "Keep each word under 60 characters."
    assert section.own_word.text() == "x" * 61  # kept, to shorten
    assert set(section.word_boxes) == set(FEELING_WORDS)


def test_change_and_delete_with_undo(qtbot, section: HowIAmSection, live: LiveJournal) -> None:
    today = live.notebook.today
    first = live.apply(live.core.record_how_i_am(today, words=["numb"], line="Long day."))
    second = live.apply(live.core.record_how_i_am(today, words=["grateful", "steady"]))
    assert rows(section.earlier) == ["Grateful, steady", "Numb"]

    section.select(first.id)
    assert section.earlier.hasFocus()
    qtbot.keyClick(section.earlier, Qt.Key.Key_Return)  # opens it in the form
    assert ticked(section) == ["Numb"] and section.line.text() == "Long day."
    assert section.save_button.text() == "Save the change" and section.cancel_button.isVisible()
    section.word_boxes["tired"].setChecked(True)
    section.line.setText("Long day. Slept after.")
    qtbot.keyClick(section.line, Qt.Key.Key_Return)
    assert section.message.text() == "Changed."
    changed = live.notebook.how_i_am(first.id)
    assert changed.words == ("tired", "numb") and changed.line == "Long day. Slept after."
    assert live.notebook.how_i_am(second.id) == second  # the other one, as it was
    assert section.save_button.text() == "Save how I am" and not section.cancel_button.isVisible()
    live.undo()
    assert live.notebook.how_i_am(first.id) == first

    section.select(second.id)
    qtbot.keyClick(section.earlier, Qt.Key.Key_Delete)
    assert section.message.text() == DELETED
    assert rows(section.earlier) == ["Numb"]
    live.undo()
    assert live.notebook.how_i_am(second.id) == second
    assert rows(section.earlier) == ["Grateful, steady", "Numb"]


def test_escape_leaves_a_check_in_as_it_was(
    qtbot, section: HowIAmSection, live: LiveJournal
) -> None:
    item = live.apply(live.core.record_how_i_am(live.notebook.today, words=["calm", "mine"]))
    section.change(item.id)
    assert ticked(section) == ["Calm", "Mine"]
    assert "Escape" in section.changing.text()
    section.word_boxes["calm"].setChecked(False)
    qtbot.keyClick(section.word_boxes["mine"], Qt.Key.Key_Escape)
    assert ticked(section) == [] and "mine" not in section.word_boxes
    assert live.notebook.how_i_am(item.id) == item
    assert section.earlier.hasFocus() and section.earlier.ids()[section.earlier.currentRow()] == (
        item.id
    )


def test_a_new_check_in_never_changes_an_earlier_one(
    qtbot, section: HowIAmSection, live: LiveJournal
) -> None:
    today = live.notebook.today
    earlier = live.apply(
        live.core.record_how_i_am(today, words=["anxious"], halt=["angry"], line="Before group.")
    )
    section.word_boxes["anxious"].setChecked(True)
    section.halt_boxes[Halt.ANGRY].setChecked(True)
    section.line.setText("After group.")
    section.save()
    assert live.notebook.how_i_am(earlier.id) == earlier
    assert len(live.notebook.how_i_am_list()) == 2  # two on one day are two


def test_a_lock_keeps_the_half_done_form_as_a_draft(
    qtbot, section: HowIAmSection, live: LiveJournal
) -> None:
    section.word_boxes["restless"].setChecked(True)
    section.own_word.setText("buzzing")
    section.add_own_words()
    section.halt_boxes[Halt.LONELY].setChecked(True)
    section.line.setText("Half a thought")
    section.keep_draft()
    section.close_journal()
    assert ticked(section) == [] and section.line.text() == ""
    section.open(live)
    assert ticked(section) == ["Restless", "Buzzing", "Lonely"]
    assert section.line.text() == "Half a thought"
    assert live.drafts.get(section.draft_name) is None  # used up once it is back


def test_nothing_stays_in_any_widget_after_close_journal(
    qtbot, section: HowIAmSection, live: LiveJournal
) -> None:
    today = live.notebook.today
    live.apply(live.core.record_how_i_am(today, words=["hopeful", "seen"], line=LINE))
    item = live.apply(live.core.record_how_i_am(today, words=["quietly okay"]))
    section.change(item.id)
    section.own_word.setText("unsaid")
    section.close_journal()
    texts = " ".join(widget_texts(section))
    for words in ("seen", "Seen", LINE, "quietly okay", "Quietly okay", "unsaid", "Changing"):
        assert words not in texts
    assert section.earlier.count() == 0 and ticked(section) == []


def test_select_shows_a_search_hit(qtbot, section: HowIAmSection, live: LiveJournal) -> None:
    today = live.notebook.today
    wanted = live.apply(live.core.record_how_i_am(today - timedelta(days=9), words=["numb"]))
    for day in range(8):
        live.apply(live.core.record_how_i_am(today - timedelta(days=day), words=["calm"]))
    section.select(wanted.id)
    assert section.earlier.currentItem().text() == "Numb"
    assert section.earlier.hasFocus()


def test_its_words_pass_the_language_note(qtbot, section: HowIAmSection, live: LiveJournal) -> None:
    assert any(where.startswith("ui/how_i_am_section.py") for where, _ in said_strings())
    live.apply(live.core.record_how_i_am(live.notebook.today, words=["calm"], halt=["tired"]))
    section.change(live.notebook.how_i_am_list()[0].id)
    section.save_button.click()
    section.line.setText("   ")
    section.save()  # the refusal, too
    said = widget_texts(section)
    assert [text for text in said if banned_in(text)] == []
    # Every control has a name a screen reader can say.
    for widget in section.findChildren(QWidget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            assert widget.accessibleName() or getattr(widget, "text", lambda: "")()


def test_large_text_cuts_nothing_off(qtbot, live: LiveJournal, large_text: None) -> None:  # noqa: F811
    made = HowIAmSection()
    qtbot.addWidget(made)
    made.resize(520, 1400)
    made.open(live)
    live.apply(live.core.record_how_i_am(live.notebook.today, words=["calm"], line=LINE))
    made.own_word.setText("my own longer word")
    made.add_own_words()
    made.say(" ".join(["A message long enough to wrap over several lines."] * 4))
    made.show()
    qtbot.waitExposed(made)
    QApplication.processEvents()
    cut = [
        label.text()
        for label in made.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]
    assert cut == []
    for box in made.findChildren(QCheckBox):
        assert box.width() >= box.sizeHint().width() and box.height() >= box.sizeHint().height()
        assert made.rect().contains(QRect(box.mapTo(made, QPoint(0, 0)), box.size()))
    # The words wrapped onto more than one row, rather than running off the side.
    tops = {box.y() for box in made.word_boxes.values()}
    assert len(tops) > 1
    made.close_journal()


def test_an_own_word_leaves_the_form_at_once(qtbot, section: HowIAmSection) -> None:
    section.own_word.setText("shaky")
    section.add_own_words()
    box = section.word_boxes["shaky"]
    section.cancel_change()  # the form empties
    assert not box.isVisible()
    assert [b for b in section.words_area.findChildren(QCheckBox) if b.isVisible()] == list(
        section.word_boxes.values()
    )
