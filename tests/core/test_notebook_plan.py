"""The weekly plan: what is coming up on a day, and "I was there" in one click."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import (
    UNCHANGED,
    Attendance,
    NotebookService,
    SessionKind,
)
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.vault import Vault
from tests.conftest import FixedClock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day: a Friday
FRIDAY, TUESDAY = 4, 1


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


def test_the_plan_is_in_week_order(notebook: NotebookService) -> None:
    late = notebook.add_plan_item(FRIDAY, time(18), SessionKind.GROUP, "Friday group")
    anytime = notebook.add_plan_item(FRIDAY, None, SessionKind.PROGRAM_CALL)
    early = notebook.add_plan_item(FRIDAY, time(9, 15, 40), SessionKind.INDIVIDUAL)
    tuesday = notebook.add_plan_item(TUESDAY, time(19), SessionKind.MEETING, "  NA   meeting ")
    assert notebook.plan() == [tuesday, early, late, anytime]
    assert early.at == time(9, 15)  # to the minute
    assert tuesday.note == "NA meeting"
    assert (tuesday.title, anytime.title) == ("NA meeting", "Call to the program on Fridays")
    assert notebook.plan_item(late.id) == late


def test_a_plan_item_needs_a_day_of_the_week_and_a_short_label(notebook: NotebookService) -> None:
    for weekday in (-1, 7, True):
        with pytest.raises(InvalidEntry, match="Pick a day of the week"):
            notebook.add_plan_item(weekday, None, SessionKind.GROUP)
    with pytest.raises(InvalidEntry, match="Keep the label under 60 characters"):
        notebook.add_plan_item(FRIDAY, None, SessionKind.GROUP, "x" * 61)
    assert notebook.plan() == []


def test_edit_changes_only_what_is_given(notebook: NotebookService) -> None:
    item = notebook.add_plan_item(TUESDAY, time(18), SessionKind.GROUP, "Tuesday group")
    moved = notebook.edit_plan_item(item.id, weekday=FRIDAY, at=UNCHANGED)
    assert (moved.weekday, moved.at, moved.kind, moved.note) == (
        FRIDAY,
        time(18),
        SessionKind.GROUP,
        "Tuesday group",
    )
    cleared = notebook.edit_plan_item(item.id, at=None, kind=SessionKind.MEETING, note="")
    assert (cleared.at, cleared.kind, cleared.note) == (None, SessionKind.MEETING, "")
    with pytest.raises(NotInNotebook):
        notebook.edit_plan_item(item.id + 100, note="x")


def test_what_is_coming_up_today(notebook: NotebookService) -> None:
    group = notebook.add_plan_item(FRIDAY, time(18), SessionKind.GROUP)
    call = notebook.add_plan_item(FRIDAY, time(10), SessionKind.PROGRAM_CALL)
    notebook.add_plan_item(TUESDAY, time(18), SessionKind.GROUP)
    due = notebook.due_on(TODAY)
    assert [(d.plan, d.day, d.recorded) for d in due] == [(call, TODAY, None), (group, TODAY, None)]
    there = notebook.i_was_there(call.id)
    assert [d.recorded for d in notebook.due_on(TODAY)] == [there.session, None]
    assert notebook.due_on(TODAY - timedelta(days=7))[0].recorded is None  # last week's Friday
    assert notebook.due_on(TODAY + timedelta(days=4))[0].plan.weekday == TUESDAY


def test_i_was_there_logs_one_win_however_often_it_is_clicked(
    notebook: NotebookService, journal: JournalService
) -> None:
    item = notebook.add_plan_item(FRIDAY, time(18), SessionKind.GROUP)
    first = notebook.i_was_there(item.id)
    assert first.win is not None and first.win.entry.text == "Went to group"
    assert (first.session.day, first.session.at, first.session.plan_id) == (
        TODAY,
        time(18),
        item.id,
    )
    assert first.session.attendance is Attendance.ATTENDED
    second = notebook.i_was_there(item.id, TODAY)
    assert second.win is None and second.session == first.session
    assert journal.count() == 1 and len(notebook.sessions()) == 1
    # Another day is another session.
    last_week = notebook.i_was_there(item.id, TODAY - timedelta(days=7))
    assert last_week.win is not None and journal.count() == 2


def test_i_was_there_after_didnt_make_it_changes_that_session(
    notebook: NotebookService, journal: JournalService
) -> None:
    item = notebook.add_plan_item(FRIDAY, None, SessionKind.INDIVIDUAL)
    missed = notebook.record_session(
        TODAY, SessionKind.INDIVIDUAL, Attendance.MISSED, plan_id=item.id
    )
    assert missed.win is None
    there = notebook.i_was_there(item.id)
    assert there.session.id == missed.session.id
    assert there.session.attendance is Attendance.ATTENDED
    assert there.win is not None and journal.count() == 1


def test_recording_a_plan_session_twice_on_a_day_changes_the_first(
    notebook: NotebookService, journal: JournalService
) -> None:
    item = notebook.add_plan_item(FRIDAY, time(18), SessionKind.GROUP)
    first = notebook.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED, plan_id=item.id)
    again = notebook.record_session(
        TODAY, SessionKind.GROUP, Attendance.LATE, note="Bus", plan_id=item.id
    )
    assert again.session.id == first.session.id
    assert (again.session.attendance, again.session.note) == (Attendance.LATE, "Bus")
    assert journal.count() == 1 and len(notebook.sessions()) == 1
    with pytest.raises(NotInNotebook):
        notebook.record_session(TODAY, SessionKind.GROUP, Attendance.LATE, plan_id=item.id + 100)


def test_moving_a_plan_session_onto_a_day_it_already_has_is_refused(
    notebook: NotebookService,
) -> None:
    item = notebook.add_plan_item(FRIDAY, None, SessionKind.GROUP)
    today = notebook.i_was_there(item.id)
    notebook.i_was_there(item.id, TODAY - timedelta(days=7))
    with pytest.raises(InvalidEntry, match="already has this session"):
        notebook.edit_session(today.session.id, day=TODAY - timedelta(days=7))
    assert notebook.session(today.session.id).day == TODAY


def test_i_was_there_is_for_today_or_earlier(notebook: NotebookService) -> None:
    item = notebook.add_plan_item(FRIDAY, None, SessionKind.GROUP)
    with pytest.raises(InvalidEntry, match="hasn't come yet"):
        notebook.i_was_there(item.id, TODAY + timedelta(days=7))
    with pytest.raises(NotInNotebook):
        notebook.i_was_there(item.id + 100)


def test_removing_a_plan_item_keeps_its_sessions(
    notebook: NotebookService, journal: JournalService
) -> None:
    item = notebook.add_plan_item(FRIDAY, time(18), SessionKind.GROUP)
    session = notebook.i_was_there(item.id).session
    notebook.remove_plan_item(item.id)
    assert notebook.plan() == [] and notebook.due_on(TODAY) == []
    kept = notebook.session(session.id)
    assert kept.plan_id is None and kept.entry_id == session.entry_id
    with pytest.raises(NotInNotebook):
        notebook.remove_plan_item(item.id)
    assert notebook.restore_plan_item(item) == item
    assert notebook.session(session.id).plan_id == item.id  # linked again
    assert notebook.restore_plan_item(item) == item
    assert journal.count() == 1
