"""Showing up opens with one warm line about every time the person was there, and gives the
recent sessions the room while the weekly plan is empty."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication

from iop_companion import i18n
from iop_companion.core.notebook_model import Attendance, SessionKind, SessionRecord
from iop_companion.language import words_for
from iop_companion.ui.showing_up_page import NOTHING_COUNTED_YET, showing_up_line
from tests.language_words import banned_in
from tests.ui.helpers import unlock


def test_the_page_opens_with_how_often_you_showed_up(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.showing_up_page
    assert page.tally.text() == NOTHING_COUNTED_YET
    live = window.live
    today = live.notebook.today
    for days_ago, attendance in (
        (40, Attendance.ATTENDED),
        (20, Attendance.MISSED),
        (3, Attendance.LATE),
    ):
        day = today - timedelta(days=days_ago)
        live.apply(live.core.record_session(day, SessionKind.GROUP, attendance, ""))
    first = today - timedelta(days=40)
    since = f"{first:%B}" if first.year == today.year else f"{first:%B} {first.year}"
    assert page.tally.text() == f"You showed up twice since {since}."
    window.lock()
    assert page.tally.text() == NOTHING_COUNTED_YET  # nothing of the journal stays on a lock


def test_the_line_counts_being_there_and_says_nothing_of_a_session_missed() -> None:
    today = date(2026, 11, 27)

    def record(day: date, attendance: Attendance) -> SessionRecord:
        return SessionRecord(id=1, day=day, kind=SessionKind.GROUP, attendance=attendance)

    missed = [record(date(2026, 11, 2), Attendance.MISSED)]
    assert showing_up_line(missed, today) == NOTHING_COUNTED_YET
    once = [*missed, record(date(2026, 11, 3), Attendance.LEFT_EARLY)]
    assert showing_up_line(once, today) == "You showed up once so far, on November 3. That counts."
    many = [record(date(2026, 9, 8) + timedelta(days=i), Attendance.ATTENDED) for i in range(35)]
    assert showing_up_line(many, today) == "You showed up 35 times since September."
    last_year = [record(date(2025, 5, 1), Attendance.ATTENDED)] * 3
    assert showing_up_line(last_year, today) == "You showed up 3 times since May 2025."
    this_month = [record(date(2026, 11, 3), Attendance.ATTENDED)] * 4
    assert showing_up_line(this_month, today) == "You showed up 4 times since November 3."
    for line in (showing_up_line(x, today) for x in (missed, once, many)):
        assert banned_in(line) == []


def test_an_empty_plan_leaves_the_room_to_recent_sessions(qtbot, window) -> None:
    unlock(qtbot, window)
    window.resize(1366, 740)
    page = window.showing_up_page
    window.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    assert not page.plan.isVisible()
    assert page.sessions_empty.drawing.isVisible()  # no session yet: the calm empty state
    assert page.sessions_area.height() > 2 * page.plan_box.height()
    empty_height = page.sessions_area.height()
    live = window.live
    live.apply(live.core.add_plan_item(1, None, SessionKind.GROUP, "Tuesday group"))
    QApplication.processEvents()
    assert page.plan.isVisible()  # with a plan, the plan has its list again
    assert page.sessions_area.height() < empty_height


def test_in_spanish_the_line_says_since_a_day_and_since_a_month_as_spanish_does(qapp) -> None:
    def record(day: date) -> SessionRecord:
        return SessionRecord(id=1, day=day, kind=SessionKind.GROUP, attendance=Attendance.LATE)

    today = date(2026, 11, 27)
    with i18n.speaking(words_for("es")):
        this_month = showing_up_line([record(date(2026, 11, 19))] * 3, today)
        earlier = showing_up_line([record(date(2026, 9, 2))] * 2, today)
        last_year = showing_up_line([record(date(2025, 5, 2))] * 2, today)
        nothing_yet = showing_up_line([], today)
    assert this_month == "Te presentaste 3 veces desde el 19 de noviembre."
    assert earlier == "Te presentaste dos veces desde septiembre."
    assert last_year == "Te presentaste dos veces desde mayo de 2025."
    assert nothing_yet == words_for("es").translate("showing_up_page", NOTHING_COUNTED_YET)
    assert nothing_yet != NOTHING_COUNTED_YET
