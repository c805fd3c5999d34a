"""Log a win in seconds: the words and the quick wins first, the rest behind "More details";
a quick win saved in one step; a day field with Today, Yesterday and a keyboard calendar."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from iop_companion.ui.day_field import DayField
from iop_companion.ui.log_dialog import MORE_DETAILS_KEY, LogDialog
from iop_companion.ui.widgets import day_of, qdate
from tests.ui.helpers import active_log_dialog, unlock
from tests.ui.test_every_window import (  # noqa: F401 (a fixture)
    in_front,
    on_screen,
    problems,
    screen_and_text,
)


def details(dialog: LogDialog) -> list[QWidget]:
    return [
        dialog.category,
        dialog.day_field,
        dialog.note,
        dialog.tags,
        dialog.after_hard,
        dialog.private,
    ]


def expanded(widget: QWidget) -> bool:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    state = interface.state()
    assert state.expandable
    assert bool(state.collapsed) != bool(state.expanded)
    return bool(state.expanded)


def test_a_new_win_shows_the_words_and_the_quick_wins_first(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    assert dialog.text.isVisible() and dialog.focusWidget() is dialog.text
    assert dialog.template_buttons and all(b.isVisible() for b in dialog.template_buttons)
    assert not any(field.isVisible() for field in details(dialog))
    assert dialog.more.isVisible() and dialog.more.text() == "More details"
    interface = QAccessible.queryAccessibleInterface(dialog.more)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == "More details"
    assert not expanded(dialog.more)

    qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
    assert all(field.isVisible() for field in details(dialog))
    assert expanded(dialog.more)
    actions = interface.actionInterface()
    assert actions is not None
    actions.doAction(actions.pressAction())  # as a screen reader presses it
    assert not any(field.isVisible() for field in details(dialog))
    assert not expanded(dialog.more)


def test_more_details_is_reached_by_keyboard_and_remembered(qtbot, window, settings) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    in_front(qtbot, dialog)
    dialog.template_buttons[-1].setFocus()
    qtbot.keyClick(dialog.template_buttons[-1], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.more
    qtbot.keyClick(dialog.more, Qt.Key.Key_Space)
    assert dialog.category.isVisible() and dialog.tags.isVisible()
    assert settings.value(MORE_DETAILS_KEY, type=bool) is True
    dialog.reject()

    again = window.log_win()
    assert again.more.isChecked() and again.tags.isVisible()  # opened once: open next time
    qtbot.mouseClick(again.more, Qt.MouseButton.LeftButton)
    assert not again.tags.isVisible()
    again.reject()

    assert not window.log_win().more.isChecked()  # closed by the person: closed next time


def test_a_hard_moment_shows_its_own_fields_and_keeps_the_common_details(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = window.log_hard_moment()
    assert dialog.word.isVisible() and dialog.what_happened.isVisible()
    assert dialog.what_helped.isVisible()
    assert not dialog.text.isVisible() and not dialog.template_buttons[0].isVisible()
    qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
    assert dialog.day_field.isVisible() and dialog.tags.isVisible() and dialog.private.isVisible()
    assert not dialog.category.isVisible() and not dialog.note.isVisible()
    assert not dialog.after_hard.isVisible()  # win-only words stay out of a hard moment


def test_labels_share_one_column_and_fields_start_at_one_x(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
    fields = [dialog.text, dialog.quick_wins, dialog.more, *details(dialog)]

    def starts() -> set[int]:
        return {field.mapTo(dialog, QPoint(0, 0)).x() for field in fields}

    qtbot.waitUntil(lambda: len(starts()) == 1)
    labels = [dialog.form.labelForField(field) for field in (dialog.text, dialog.tags)]
    assert len({label.mapTo(dialog, QPoint(0, 0)).x() for label in labels if label}) == 1
    assert min(starts()) > max(label.geometry().right() for label in labels if label)


def test_a_quick_win_saves_with_a_double_click_and_undo_takes_it_back(qtbot, window) -> None:
    unlock(qtbot, window)
    template = window.live.journal.templates()[1]
    dialog = window.log_win()
    button = dialog.template_buttons[1]
    assert "Double-click" in button.toolTip() and "Ctrl+Enter" in button.toolTip()
    qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (entry,) = window.live.journal.entries()
    assert entry.text == template.text and entry.category_id == template.category_id
    assert entry.day == window.live.journal.today
    window.undo()
    assert window.live.journal.entries() == []


def test_ctrl_enter_on_a_quick_win_saves_it_at_once(qtbot, window) -> None:
    unlock(qtbot, window)
    template = window.live.journal.templates()[0]
    dialog = window.log_win()
    button = dialog.template_buttons[0]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [(e.text, e.category_id) for e in window.live.journal.entries()] == [
        (template.text, template.category_id)
    ]


def test_a_click_on_a_quick_win_only_fills_it_in(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    qtbot.mouseClick(dialog.template_buttons[2], Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.text.text() == dialog.template_buttons[2].text()
    assert window.live.journal.entries() == []


def test_today_and_yesterday_are_one_press_away(qtbot, window) -> None:
    unlock(qtbot, window)
    today = window.live.journal.today
    dialog = window.log_win()
    dialog.more.click()
    in_front(qtbot, dialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: day_of(dialog.day) == today - timedelta(days=1))
    qtbot.mouseClick(dialog.day_field.today_button, Qt.MouseButton.LeftButton)
    assert day_of(dialog.day) == today
    qtbot.mouseClick(dialog.day_field.yesterday_button, Qt.MouseButton.LeftButton)
    dialog.text.setText("Went to bed on time")
    dialog.save()
    assert [e.day for e in window.live.journal.entries()] == [today - timedelta(days=1)]


def test_the_calendar_opens_from_the_keyboard(qtbot, window) -> None:
    unlock(qtbot, window)
    today = window.live.journal.today
    dialog = window.log_win()
    dialog.more.click()
    in_front(qtbot, dialog)
    dialog.day.setFocus()
    qtbot.keyClick(dialog.day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = dialog.day.calendarWidget()
    qtbot.waitUntil(lambda: calendar.isVisible())
    assert calendar.maximumDate() == qdate(today)  # no day that hasn't come yet
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Left)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert day_of(dialog.day) == today - timedelta(days=1)
    qtbot.keyClick(dialog.day, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: calendar.isVisible())
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert dialog.isVisible()  # Escape closed the calendar, not the dialog


def test_the_day_is_one_tab_stop_and_never_a_future_day(qtbot, window) -> None:
    unlock(qtbot, window)
    today = window.live.journal.today
    dialog = window.log_win()
    dialog.more.click()
    in_front(qtbot, dialog)
    day = dialog.day
    day.setFocus()
    qtbot.keyClick(day, Qt.Key.Key_Tab)  # past the day, month and year at once
    assert QApplication.focusWidget() is dialog.note
    qtbot.keyClick(dialog.note, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is day
    dialog.day.setDate(qdate(today + timedelta(days=1)))
    assert day_of(dialog.day) == today
    field = DayField(today)
    field.set_day(today + timedelta(days=3))
    assert field.day() == today


def test_details_typed_behind_the_button_come_back_after_a_lock(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    dialog.text.setText("Asked for a smaller group")
    dialog.more.click()
    dialog.note.setText("Felt easier after")
    dialog.tags.setText("group")
    dialog.private.setChecked(True)
    dialog.day_field.yesterday_button.click()
    dialog.more.click()  # closed again: what's typed there stays all the same
    window.lock()
    unlock(qtbot, window)
    restored = active_log_dialog(window)
    assert restored.more.isChecked() and restored.note.isVisible()  # in sight, not hidden
    assert restored.note.text() == "Felt easier after"
    assert restored.tags.text() == "group" and restored.private.isChecked()
    assert day_of(restored.day) == window.live.journal.today - timedelta(days=1)


def test_an_edit_shows_every_detail_and_leaves_the_choice_as_it_was(
    qtbot, window, settings
) -> None:
    unlock(qtbot, window)
    window.live.log_win("Called instead of ghosting", tags=["family"], note="It was short")
    dialog = window.edit_entry(window.live.journal.entries()[0])
    assert dialog.more.isChecked()
    assert dialog.tags.isVisible() and dialog.tags.text() == "family"
    assert dialog.note.text() == "It was short"
    assert settings.value(MORE_DETAILS_KEY) is None
    qtbot.mouseDClick(dialog.template_buttons[0], Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # an edit changes only with Save
    assert window.live.journal.entries()[0].text == "Called instead of ghosting"
    dialog.reject()
    assert not window.log_win().more.isChecked()


def test_with_more_details_open_the_dialog_fits_every_screen(
    qtbot,
    make_window,
    vault_folder,
    settings,
    screen_and_text,  # noqa: F811 (the fixture)
) -> None:
    screen, _ = screen_and_text
    settings.setValue(MORE_DETAILS_KEY, True)
    window = on_screen(qtbot, make_window, vault_folder, screen)
    unlock(qtbot, window)
    dialog = window.log_win()
    assert dialog is not None
    in_front(qtbot, dialog)
    QApplication.processEvents()
    assert dialog.more.isChecked()
    assert problems(dialog) == []
    dialog.show_hard_moment()
    QApplication.processEvents()
    assert problems(dialog) == []
    dialog.more.click()
    dialog.more.click()
    QApplication.processEvents()
    assert problems(dialog) == []
