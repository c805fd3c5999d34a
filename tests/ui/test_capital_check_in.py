"""What I have going for me (BARC-10): a check-in made by keyboard alone, skipped statements,
every check-in kept beside the others, delete and undo, the total over time only when asked for,
the gentle reminder, the statements word for word, and nothing left behind on lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTableWidgetItem, QWidget

from iop_companion.core import barc10
from iop_companion.core.check_in_nudge import NUDGE_TEXT
from iop_companion.core.coping_model import CHECK_IN_INTRO, CHECK_IN_TOTAL_NOTE, SKIPPED
from iop_companion.core.open_journal import OpenJournal
from iop_companion.core.words import date_words
from iop_companion.i18n import translate
from iop_companion.ui import capital_check_in
from iop_companion.ui.accessible import name_of
from iop_companion.ui.capital_check_in import (
    SAVED,
    SKIP,
    CapitalSection,
    CheckInDialog,
    StatementChoice,
)
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import DELETED
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import FixedClock
from tests.language_words import banned_in
from tests.test_language import said_in
from tests.ui.test_bring_up_page import details, on_screen, rows, widget_texts

ALL_TEN = (5, 4, 6, 3, 2, 5, 4, 6, 5, 4)  # total 44
NOTE = "Sam's couch, for now"


@pytest.fixture
def live(vault: Vault, clock: FixedClock) -> LiveJournal:
    return LiveJournal(OpenJournal(vault, MemoryKeychain(), clock))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def section(qtbot, live: LiveJournal, settings: QSettings) -> Iterator[CapitalSection]:
    # (on_screen's type names the pages it was written for; it serves any NotebookPage.)
    yield from on_screen(qtbot, CapitalSection(settings), live)  # type: ignore[type-var]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def open_dialog(qtbot, section: CapitalSection) -> CheckInDialog:
    """Start a check-in by keyboard: the section's first Tab stop is its button."""
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)
    section.start_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    dialog = section.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def chosen(choice: StatementChoice) -> str:
    button = choice.group.checkedButton()
    assert button is not None
    return button.text()


def cells(table: QTableWidget) -> list[QTableWidgetItem]:
    found = [table.item(r, c) for r in range(table.rowCount()) for c in range(2)]
    assert None not in found
    return [item for item in found if item is not None]


def answer_by_keyboard(qtbot, answers: tuple[int | None, ...]) -> None:
    """From the first statement's first answer: Space chooses it, each Right the next step,
    Tab the next statement. None leaves a statement alone."""
    for answer in answers:
        if answer is not None:
            press(qtbot, Qt.Key.Key_Space)
            press(qtbot, Qt.Key.Key_Right, answer - 1)
        press(qtbot, Qt.Key.Key_Tab)


def test_a_check_in_by_keyboard_alone_is_kept_as_answered(
    qtbot, section: CapitalSection, live: LiveJournal
) -> None:
    assert section.empty.isVisible() and not section.check_in_list.isVisible()
    dialog = open_dialog(qtbot, section)
    assert focused() is dialog.choices[0].buttons[0]
    answer_by_keyboard(qtbot, ALL_TEN)
    assert focused() is dialog.note  # one Tab stop a statement
    qtbot.keyClicks(dialog.note, NOTE)
    assert dialog.total.text() == "Total: 44 (of 10 to 60)"
    press(qtbot, Qt.Key.Key_Return)  # Save is the dialog's default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [kept] = live.notebook.check_ins()
    assert kept.answers == ALL_TEN and kept.note == NOTE and kept.day == live.journal.today
    assert rows(section.check_in_list) == [date_words(live.journal.today)]
    assert details(section.check_in_list) == ["Total: 44 (of 10 to 60)"]
    assert section.message.text() == SAVED
    assert rows(section.answer_list) == list(barc10.STATEMENTS)
    assert details(section.answer_list) == [barc10.answer_label(a) for a in ALL_TEN]
    assert section.note_label.text() == f"Note: {NOTE}"
    assert live.undo_description == "the check-in"


def test_tab_comes_back_to_the_chosen_answer_and_arrows_choose(
    qtbot, section: CapitalSection
) -> None:
    dialog = open_dialog(qtbot, section)
    answer_by_keyboard(qtbot, (None, 3))
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is dialog.choices[1].buttons[2]  # "Somewhat disagree", as chosen
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.answers()[1] == 4
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is dialog.choices[0].buttons[0]  # none chosen: its first answer
    assert dialog.answers()[0] is None  # landing there chooses nothing


def test_a_skipped_statement_stays_skipped_and_no_total_is_shown(
    qtbot, section: CapitalSection, live: LiveJournal
) -> None:
    dialog = open_dialog(qtbot, section)
    answers = (2, 3, 4, 5, 6, 1, 2, 3, 4, 5)
    answer_by_keyboard(qtbot, answers)
    # Took the fifth answer back: Skip is after the six steps.
    choice = dialog.choices[4]
    choice.buttons[5].setFocus()
    press(qtbot, Qt.Key.Key_Right)
    assert chosen(choice) == SKIP
    assert dialog.answers()[4] is None
    assert dialog.total.text() == ("9 of 10 statements answered. The total shows with all 10.")
    dialog.save_button.click()
    [kept] = live.notebook.check_ins()
    assert kept.answers == (2, 3, 4, 5, None, 1, 2, 3, 4, 5)
    assert kept.total is None
    assert details(section.check_in_list) == [
        "9 of 10 statements answered. The total shows with all 10."
    ]
    assert details(section.answer_list)[4] == SKIPPED
    section.show_totals.setChecked(True)
    assert section.totals.rowCount() == 0 and not section.totals.isVisible()
    assert section.totals_empty.isVisible()


def test_nothing_answered_is_refused_gently_and_cancel_keeps_nothing(
    qtbot, section: CapitalSection, live: LiveJournal
) -> None:
    dialog = open_dialog(qtbot, section)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "Answer at least one statement. You can skip any of the others."
    )
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert live.notebook.check_ins() == []
    dialog = open_dialog(qtbot, section)
    dialog.choices[3].buttons[2].setChecked(True)
    dialog.cancel_button.click()
    assert live.notebook.check_ins() == []
    assert section.check_in_list.count() == 0


def test_a_second_check_in_never_changes_the_first(
    qtbot, section: CapitalSection, live: LiveJournal, clock: FixedClock
) -> None:
    first = live.apply(live.core.record_check_in(live.journal.today, ALL_TEN, NOTE))
    clock.now += timedelta(days=30)
    dialog = open_dialog(qtbot, section)
    answer_by_keyboard(qtbot, (1,) * 10)
    dialog.save_button.click()
    later = live.journal.today
    assert rows(section.check_in_list) == [date_words(later), date_words(first.day)]
    assert details(section.check_in_list) == [
        "Total: 10 (of 10 to 60)",
        "Total: 44 (of 10 to 60)",
    ]
    assert live.notebook.check_in(first.id) == first
    section.check_in_list.setCurrentRow(1)
    assert details(section.answer_list) == [barc10.answer_label(a) for a in ALL_TEN]


def test_the_day_can_be_an_earlier_one(qtbot, section: CapitalSection, live: LiveJournal) -> None:
    dialog = open_dialog(qtbot, section)
    answer_by_keyboard(qtbot, (6,))
    dialog.day_field.yesterday_button.click()
    dialog.save_button.click()
    [kept] = live.notebook.check_ins()
    assert kept.day == live.journal.today - timedelta(days=1)


def test_delete_and_undo(qtbot, section: CapitalSection, live: LiveJournal) -> None:
    kept = live.apply(live.core.record_check_in(live.journal.today, ALL_TEN, NOTE))
    other = live.apply(live.core.record_check_in(date(2026, 10, 1), (3,) * 10))
    section.check_in_list.select_id(kept.id)
    section.check_in_list.setFocus()
    press(qtbot, Qt.Key.Key_Delete)  # at once, no question asked
    assert [c.id for c in live.notebook.check_ins()] == [other.id]
    assert rows(section.check_in_list) == [date_words(other.day)]
    assert section.message.text() == DELETED
    assert live.undo_description == "deleting the check-in"
    live.undo()
    assert live.notebook.check_in(kept.id) == kept
    assert len(rows(section.check_in_list)) == 2
    section.check_in_list.select_id(other.id)
    section.delete_button.click()
    assert [c.id for c in live.notebook.check_ins()] == [kept.id]


def test_the_total_over_time_shows_only_when_ticked_and_the_choice_is_remembered(
    qtbot, section: CapitalSection, live: LiveJournal, settings: QSettings
) -> None:
    live.apply(live.core.record_check_in(date(2026, 9, 1), (3,) * 10))
    live.apply(live.core.record_check_in(date(2026, 10, 1), (3, None, 3, 3, 3, 3, 3, 3, 3, 3)))
    live.apply(live.core.record_check_in(date(2026, 11, 1), ALL_TEN))
    assert not section.show_totals.isChecked()
    assert not section.totals.isVisible() and not section.totals_empty.isVisible()
    section.show_totals.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert section.totals.isVisible()
    table = section.totals
    shown = [item.text() for item in cells(table)]
    assert shown == ["November 1, 2026", "44", "September 1, 2026", "30"]
    for item in cells(table):  # plain numbers: no colour says good or bad
        assert item.data(Qt.ItemDataRole.ForegroundRole) is None
        assert item.data(Qt.ItemDataRole.BackgroundRole) is None
    assert name_of(table) == "The total over time"
    assert settings.value(capital_check_in.SETTINGS_KEY, type=bool) is True
    assert NOTE not in str(settings.allKeys()) + str(settings.value("check_ins/show_totals"))
    again = CapitalSection(settings)
    qtbot.addWidget(again)
    assert again.show_totals.isChecked()


def test_the_reminder_is_off_by_default_and_its_line_shows_only_when_due(
    qtbot, section: CapitalSection, live: LiveJournal, clock: FixedClock
) -> None:
    assert section.reminder.currentText() == "No reminder"
    assert live.notebook.nudge_months == 0
    assert not section.nudge_line.isVisible()

    def reopen() -> None:
        section.close_journal()
        section.open(live)

    clock.now += timedelta(days=120)
    reopen()
    assert not section.nudge_line.isVisible()  # off: never
    section.reminder.setFocus()
    section.reminder.setCurrentIndex(section.reminder.findData(1))
    assert live.notebook.nudge_months == 1
    assert section.message.text() == capital_check_in.REMINDER_ON
    reopen()
    assert not section.nudge_line.isVisible()  # not a whole month since it was chosen
    assert section.reminder.currentText() == "Every month"
    clock.now += timedelta(days=32)
    reopen()
    assert section.nudge_line.isVisible()
    assert section.nudge_line.text() == NUDGE_TEXT
    assert not live.notebook.nudge_due()  # noted as shown
    reopen()
    assert not section.nudge_line.isVisible()  # once a period
    clock.now += timedelta(days=32)
    reopen()
    assert section.nudge_line.isVisible()
    dialog = open_dialog(qtbot, section)
    answer_by_keyboard(qtbot, (4,))
    dialog.save_button.click()
    assert not section.nudge_line.isVisible()
    live.undo()  # the check-in
    section.reminder.setCurrentIndex(section.reminder.findData(0))
    assert section.message.text() == capital_check_in.REMINDER_OFF
    clock.now += timedelta(days=100)
    reopen()
    assert not section.nudge_line.isVisible()
    live.undo()  # the reminder's choice comes back, the box shows it
    assert section.reminder.currentText() == "Every month"


def test_the_answers_open_from_the_keyboard_and_stay_open(
    qtbot, section: CapitalSection, live: LiveJournal, settings: QSettings
) -> None:
    live.apply(live.core.record_check_in(live.journal.today, ALL_TEN, NOTE))
    section.check_in_list.setCurrentRow(0)
    toggle = section.answers_title
    assert toggle.isVisible() and not toggle.isChecked()
    assert not section.answer_list.isVisible() and not section.note_label.isVisible()
    assert toggle.text() == f"Answers, {date_words(live.journal.today)}"
    toggle.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert section.answer_list.isVisible() and section.note_label.isVisible()
    assert section.answer_list.accessibleName() == "The answers of the selected check-in"
    again = CapitalSection(settings)
    qtbot.addWidget(again)
    assert again.answers_title.isChecked()  # the person's choice, kept


def test_select_shows_a_search_hit(
    section: CapitalSection, live: LiveJournal, settings: QSettings
) -> None:
    older = live.apply(live.core.record_check_in(date(2026, 9, 1), (2,) * 10, "the older one"))
    live.apply(live.core.record_check_in(live.journal.today, ALL_TEN))
    section.select(older.id)
    assert section.check_in_list.currentRow() == 1
    assert section.answer_list.isVisible() and section.note_label.isVisible()
    assert section.note_label.text() == "Note: the older one"
    assert details(section.answer_list) == ["Disagree"] * 10
    assert not settings.value(capital_check_in.ANSWERS_KEY, False, type=bool)


def test_nothing_of_the_check_ins_stays_after_close_journal(
    qtbot, section: CapitalSection, live: LiveJournal
) -> None:
    live.apply(live.core.record_check_in(date(2026, 9, 1), ALL_TEN, NOTE))
    section.show_totals.setChecked(True)
    section.check_in_list.setCurrentRow(0)
    dialog = open_dialog(qtbot, section)
    dialog.choices[0].buttons[3].setChecked(True)
    dialog.note.setText("typed while it locked")
    section.close_journal()
    assert not dialog.isVisible()
    assert dialog.note.text() == "" and dialog.answers() == [None] * 10
    qtbot.waitUntil(lambda: not section.findChildren(CheckInDialog))  # closed, deleted
    left = widget_texts(section)
    assert not [t for t in left if NOTE in t or "September" in t or "44" in t]
    assert not [t for t in left if t in barc10.STATEMENTS]  # the answers' list is empty
    assert section.check_in_list.count() == 0 and section.answer_list.count() == 0
    assert section.totals.rowCount() == 0
    live.apply(live.core.record_check_in(live.journal.today, ALL_TEN))  # no longer listened to
    assert section.check_in_list.count() == 0
    section.open(live)  # for the fixture's own close


def test_a_check_in_half_done_at_a_lock_comes_back_after_it(
    qtbot, section: CapitalSection, live: LiveJournal
) -> None:
    dialog = open_dialog(qtbot, section)
    answer_by_keyboard(qtbot, (2, None, 6))
    dialog.choices[1].buttons[-1].setChecked(True)  # skipped on purpose
    dialog.note.setText(NOTE)
    section.keep_draft()
    section.close_journal()
    section.open(live)
    again = section.dialog
    assert again is not None and again is not dialog
    assert again.answers() == [2, None, 6, *[None] * 7]
    assert chosen(again.choices[1]) == SKIP
    assert again.note.text() == NOTE
    assert live.drafts.get(capital_check_in.DRAFT_NAME) is None  # taken back out
    again.reject()


def test_the_statements_are_shown_word_for_word_and_heard_with_each_answer(
    qtbot, section: CapitalSection
) -> None:
    dialog = open_dialog(qtbot, section)
    assert [choice.label.text() for choice in dialog.choices] == list(barc10.STATEMENTS)
    for choice, statement in zip(dialog.choices, barc10.STATEMENTS, strict=True):
        assert [b.text() for b in choice.buttons] == [*barc10.ANSWER_LABELS, SKIP]
        assert choice.group.exclusive()
        for answer in choice.buttons:
            assert name_of(answer) == f"{statement} {answer.text()}"
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
    assert CHECK_IN_INTRO in shown and CHECK_IN_TOTAL_NOTE in shown
    statements_shown = [text for text in shown if text in barc10.STATEMENTS]
    assert statements_shown == list(barc10.STATEMENTS)


def test_every_string_avoids_banned_words(
    qtbot, section: CapitalSection, live: LiveJournal
) -> None:
    live.apply(live.core.record_check_in(date(2026, 9, 1), ALL_TEN))
    live.apply(live.core.record_check_in(date(2026, 10, 1), (None, *ALL_TEN[1:])))
    section.show_totals.setChecked(True)
    dialog = open_dialog(qtbot, section)
    dialog.save_button.click()  # its refusal, too
    texts = widget_texts(section) + widget_texts(dialog) + [dialog.message.text()]
    module = Path(capital_check_in.__file__)
    texts += [text for _, text in said_in(module.read_text(encoding="utf-8"), "ui")]
    assert len(texts) > 100
    assert [t for t in texts if banned_in(t)] == []
    for word in ("risk", "cut-off", "score", "worse", "better", "lower", "dropped"):
        assert not [t for t in texts if word in t.lower()], word


def test_the_dialog_fits_a_small_screen_under_large_text(
    qtbot, qapp: QApplication, section: CapitalSection
) -> None:
    usual = qapp.font()
    large = QFont(usual)
    large.setPointSizeF(usual.pointSizeF() * 1.5)
    qapp.setFont(large)
    try:
        dialog = open_dialog(qtbot, section)
        QApplication.processEvents()
        screen = dialog.screen().availableGeometry()
        assert screen.width() >= 1366 or screen.height() <= 768  # the offscreen laptop
        assert screen.contains(dialog.frameGeometry())
        assert dialog.save_button.isVisible() and dialog.cancel_button.isVisible()
        cut = [
            label.text()
            for label in dialog.findChildren(QLabel)
            if label.isVisible()
            and label.wordWrap()
            and label.height() < label.heightForWidth(label.width())
        ]
        assert cut == []
        press(qtbot, Qt.Key.Key_Tab, 9)  # to the last statement
        last = dialog.choices[-1].buttons[0]
        assert focused() is last
        QApplication.processEvents()
        assert not last.visibleRegion().isEmpty()  # scrolled into view
    finally:
        qapp.setFont(usual)


def test_the_totals_table_is_a_plain_table(section: CapitalSection) -> None:
    assert isinstance(section.totals, QTableWidget)
    model = section.totals.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert headers == ["Day", "Total"]


def test_in_spanish_the_statements_stay_in_english_and_say_why(
    qtbot, in_spanish: None, section: CapitalSection
) -> None:
    """BARC-10 has no validated Spanish version: its statements and answers are shown word for
    word in English, beside one sentence in Spanish saying why."""
    dialog = open_dialog(qtbot, section)
    texts = widget_texts(dialog)
    why = next(text for text in texts if "inglés" in text)
    assert why == translate("barc10", barc10.BARC10_ENGLISH_ONLY) != barc10.BARC10_ENGLISH_ONLY
    assert all(statement in texts for statement in barc10.STATEMENTS)
    assert barc10.ANSWER_LABELS[0] in texts
    assert dialog.windowTitle() != capital_check_in.DIALOG_TITLE  # the dialog itself is Spanish


def test_in_english_there_is_nothing_to_explain(qtbot, section: CapitalSection) -> None:
    texts = widget_texts(open_dialog(qtbot, section))
    assert barc10.BARC10_ENGLISH_ONLY not in texts
    assert all(statement in texts for statement in barc10.STATEMENTS)
