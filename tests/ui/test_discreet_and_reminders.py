"""Discreet mode, the gentle daily reminder, and the program's number on the Help now page."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from iop_companion.ui import reminders as reminders_module
from iop_companion.ui.discreet import FULL_NAME, NEUTRAL_NAME
from iop_companion.ui.help import LOCKED_PROGRAM_WORDS, HelpDialog
from iop_companion.ui.log_dialog import LogDialog
from iop_companion.ui.notifications import DEFAULT_ACTION
from iop_companion.ui.reminders import Tray, reminder_due
from tests.language_words import BANNED
from tests.ui.helpers import active_log_dialog, log_win_by_keyboard, unlock


@pytest.fixture(autouse=True)
def no_session_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """No real bus in tests: desktop notifications are there only where a test gives a sender."""
    monkeypatch.setattr(reminders_module, "platform_sender", lambda: None)


class FakeNotifications:
    """The desktop's notification service, as a sender: it keeps what it was asked to show."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> int | None:
        self.shown.append((title, text))
        return len(self.shown)


@pytest.fixture
def tray_available(monkeypatch: pytest.MonkeyPatch) -> None:
    """The offscreen platform has no tray area; a desktop session does."""
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))


def shown_names(window) -> set[str]:
    names = {window.windowTitle(), QApplication.applicationDisplayName()}
    tray = window.reminder_tray.tray
    if tray is not None:
        names.add(tray.toolTip())
    return names


# -- discreet mode ------------------------------------------------------------------------------


def test_discreet_is_the_default_and_shows_a_neutral_name(qtbot, window) -> None:
    assert window.windowTitle() == NEUTRAL_NAME
    assert window.identity.discreet
    assert not window.windowIcon().isNull()


def test_a_chosen_name_shows_everywhere_and_is_kept(
    qtbot, tray_available, make_window, vault_folder, settings: QSettings
) -> None:
    window = make_window(vault_folder)
    unlock(qtbot, window)
    preferences = window.preferences()
    preferences.reminder.setChecked(True)
    preferences.shown_name.setText("Notes")
    preferences.shown_name.editingFinished.emit()
    assert shown_names(window) == {"Notes"}
    preferences.reject()
    log_win_by_keyboard(qtbot, window, "MARKER went to group")
    assert shown_names(window) == {"Notes"}
    window.close()

    again = make_window(vault_folder)
    assert shown_names(again) == {"Notes"}


def test_turning_discreet_off_shows_the_apps_own_name_and_icon(
    qtbot, tray_available, window
) -> None:
    unlock(qtbot, window)
    discreet_icon = window.windowIcon().cacheKey()
    preferences = window.preferences()
    preferences.reminder.setChecked(True)
    preferences.discreet.setChecked(False)
    assert shown_names(window) == {FULL_NAME}
    assert window.windowIcon().cacheKey() != discreet_icon
    assert not preferences.shown_name.isEnabled()


def test_an_empty_name_falls_back_to_the_neutral_one(qtbot, window) -> None:
    unlock(qtbot, window)
    preferences = window.preferences()
    preferences.shown_name.setText("   ")
    preferences.shown_name.editingFinished.emit()
    assert window.windowTitle() == NEUTRAL_NAME


# -- reminders ----------------------------------------------------------------------------------

SEVEN_PM = time(19, 0)
DAY = date(2026, 11, 27)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


@pytest.mark.parametrize(
    ("now", "last_shown", "last_opened", "due"),
    [
        (at(18, 59), None, None, False),
        (at(19), None, None, True),
        (at(23, 30), None, None, True),  # the computer was asleep at 7 pm
        (at(20), DAY, None, False),  # never twice
        (at(20), None, DAY, False),  # the journal was opened today
        (at(20), DAY - timedelta(days=1), DAY - timedelta(days=3), True),
    ],
)
def test_when_a_reminder_is_due(now, last_shown, last_opened, due) -> None:
    assert reminder_due(now, SEVEN_PM, last_shown, last_opened) is due


def test_reminders_are_off_by_default_and_show_no_tray(qtbot, tray_available, window) -> None:
    window.clock.now = at(21)
    assert not window.reminder_tray.reminders.enabled
    assert window.reminder_tray.reminders.check() is False
    assert window.reminder_tray.tray is None


def turn_reminders_on(qtbot, window) -> None:
    unlock(qtbot, window)
    preferences = window.preferences()
    preferences.reminder.setChecked(True)
    preferences.reminder_time.setTime(SEVEN_PM)
    window.lock()


def test_the_reminder_shows_once_a_day_in_neutral_words(qtbot, tray_available, window) -> None:
    window.clock.now = at(9)
    turn_reminders_on(qtbot, window)
    reminders, tray = window.reminder_tray.reminders, window.reminder_tray.tray
    assert tray is not None and tray.isVisible()

    window.clock.now = at(18)
    assert reminders.check() is False
    window.clock.now = at(19, 1, DAY + timedelta(days=1))
    with qtbot.waitSignal(tray.shown) as shown:
        assert reminders.check() is True
    title, text = shown.args
    assert title == NEUTRAL_NAME
    assert not any(word in text.lower() for word in (*BANNED, "missed", "days", "journal"))
    window.clock.now = at(21, 0, DAY + timedelta(days=1))
    with qtbot.assertNotEmitted(tray.shown):
        assert reminders.check() is False


def test_no_reminder_on_a_day_the_journal_was_opened(qtbot, tray_available, window) -> None:
    window.clock.now = at(9)
    turn_reminders_on(qtbot, window)  # opened today
    window.clock.now = at(20)
    assert window.reminder_tray.reminders.check() is False


def test_clicking_the_reminder_opens_log_a_win_after_unlocking(
    qtbot, tray_available, window
) -> None:
    window.clock.now = at(9)
    turn_reminders_on(qtbot, window)
    window.showMinimized()
    window.reminder_tray.tray.messageClicked.emit()
    assert not window.isMinimized()
    assert window.pages.currentWidget() is window.unlock_page
    unlock(qtbot, window)
    dialog = active_log_dialog(window)
    assert dialog.windowTitle() == "Log a win"


def test_clicking_the_reminder_while_open_goes_straight_to_log_a_win(
    qtbot, tray_available, window
) -> None:
    window.clock.now = at(9)
    turn_reminders_on(qtbot, window)
    unlock(qtbot, window)
    window.reminder_tray.tray.messageClicked.emit()
    assert any(d.isVisible() for d in window.findChildren(LogDialog))


def test_without_a_tray_the_reminder_comes_as_a_desktop_notification(
    qtbot, window, monkeypatch
) -> None:
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: False))
    notifications = FakeNotifications()
    window.reminder_tray.notifier.send = notifications
    window.clock.now = at(9)
    turn_reminders_on(qtbot, window)
    assert window.reminder_tray.tray is None
    reminders = window.reminder_tray.reminders
    window.clock.now = at(19, 1, DAY + timedelta(days=1))
    assert reminders.check() is True
    [(title, text)] = notifications.shown
    assert title == NEUTRAL_NAME  # discreet: the neutral name, never what the app is for
    assert not any(word in text.lower() for word in (*BANNED, "missed", "days", "journal"))
    window.clock.now = at(21, 0, DAY + timedelta(days=1))
    assert reminders.check() is False
    assert len(notifications.shown) == 1  # at most one a day
    window.clock.now = at(19, 30, DAY + timedelta(days=2))
    assert reminders.check() is True
    assert len(notifications.shown) == 2


def test_the_notification_comes_instead_of_the_tray_message_not_with_it(
    qtbot, tray_available, window
) -> None:
    notifications = FakeNotifications()
    window.reminder_tray.notifier.send = notifications
    window.clock.now = at(9)
    turn_reminders_on(qtbot, window)
    tray = window.reminder_tray.tray
    assert tray is not None and tray.isVisible()  # the tray stays, as a second way in
    window.clock.now = at(19, 1, DAY + timedelta(days=1))
    with qtbot.assertNotEmitted(tray.shown):
        assert window.reminder_tray.reminders.check() is True
    assert len(notifications.shown) == 1


def test_where_notifications_fail_the_tray_still_shows_it(qtbot, tray_available, window) -> None:
    window.reminder_tray.notifier.send = lambda title, text: None  # no service on the bus
    window.clock.now = at(9)
    turn_reminders_on(qtbot, window)
    tray = window.reminder_tray.tray
    window.clock.now = at(19, 1, DAY + timedelta(days=1))
    with qtbot.waitSignal(tray.shown):
        assert window.reminder_tray.reminders.check() is True


def test_clicking_the_notification_opens_log_a_win(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: False))
    listened: list[object] = []
    notifier = window.reminder_tray.notifier
    notifier.send = FakeNotifications()
    notifier._listen = listened.append
    window.clock.now = at(9)
    turn_reminders_on(qtbot, window)
    window.clock.now = at(19, 1, DAY + timedelta(days=1))
    assert window.reminder_tray.reminders.check() is True
    assert listened == [notifier]
    notifier.action_invoked(99, DEFAULT_ACTION)  # someone else's notification
    assert window.pages.currentWidget() is window.unlock_page
    assert not any(d.isVisible() for d in window.findChildren(LogDialog))
    notifier.action_invoked(notifier.shown_id or 0, DEFAULT_ACTION)
    unlock(qtbot, window)
    assert active_log_dialog(window).windowTitle() == "Log a win"


def test_with_notifications_but_no_tray_reminders_can_be_turned_on(
    qtbot, window, monkeypatch
) -> None:
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: False))
    window.reminder_tray.notifier.send = FakeNotifications()
    unlock(qtbot, window)
    preferences = window.preferences()
    assert preferences.reminder.isEnabled()


def test_without_a_tray_area_the_preferences_say_so(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: False))
    unlock(qtbot, window)
    preferences = window.preferences()
    assert not preferences.reminder.isEnabled()
    assert any("no tray area" in label.text() for label in preferences.findChildren(QLabel))


# -- the program's number -----------------------------------------------------------------------


def open_help(window) -> HelpDialog:
    window.show_help()
    return next(d for d in window.findChildren(HelpDialog) if d.isVisible())


def test_the_programs_number_shows_on_help_while_the_journal_is_open(
    qtbot, window, vault_folder
) -> None:
    unlock(qtbot, window)
    preferences = window.preferences()
    preferences.program_phone.setText("  Riverside IOP   555-0142 ")
    preferences.program_phone.editingFinished.emit()
    assert preferences.program_phone.text() == "Riverside IOP 555-0142"
    assert "Riverside IOP 555-0142" in open_help(window).text.text()

    window.lock()
    locked_help = open_help(window).text.text()
    assert "555-0142" not in locked_help
    assert LOCKED_PROGRAM_WORDS in locked_help
    assert "988" in locked_help and "1-800-662-4357" in locked_help
    assert not any(
        b"555-0142" in path.read_bytes() for path in vault_folder.rglob("*") if path.is_file()
    )


def test_clearing_the_programs_number_removes_it(qtbot, window) -> None:
    unlock(qtbot, window)
    preferences = window.preferences()
    preferences.program_phone.setText("555-0142")
    preferences.program_phone.editingFinished.emit()
    preferences.program_phone.setText("")
    preferences.program_phone.editingFinished.emit()
    help_text = open_help(window).text.text()
    assert "555-0142" not in help_text and LOCKED_PROGRAM_WORDS not in help_text


def test_locking_with_preferences_open_keeps_the_number_and_the_name(qtbot, window) -> None:
    unlock(qtbot, window)
    preferences = window.preferences()
    preferences.program_phone.setText("555-0142")
    preferences.program_phone.editingFinished.emit()
    preferences.shown_name.setText("Notes")
    preferences.shown_name.editingFinished.emit()
    preferences.tabs.setCurrentIndex(2)
    preferences.activateWindow()
    preferences.program_phone.setFocus()
    qtbot.waitUntil(preferences.program_phone.hasFocus)
    window.lock()  # empties the fields; that must not read as the person clearing them
    assert window.windowTitle() == "Notes"
    unlock(qtbot, window)
    assert window.live.own.program_phone == "555-0142"


def test_a_reminder_that_could_not_show_comes_again(qtbot, window) -> None:
    """With no notification service and no tray, nothing showed: the day isn't counted."""
    window.reminder_tray.notifier.send = lambda title, text: None  # the service didn't answer
    window.clock.now = at(9)
    turn_reminders_on(qtbot, window)
    reminders = window.reminder_tray.reminders
    window.reminder_tray.tray = None
    window.clock.now = at(19, 1, DAY + timedelta(days=1))
    assert reminders.check() is True
    window.clock.now = at(19, 2, DAY + timedelta(days=1))
    assert reminders.check() is True  # still due: it tries again
