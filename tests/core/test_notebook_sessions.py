"""Showing up: sessions, the win each one logs (and how undo and edits treat it), and that a
session the person didn't make adds nothing and takes nothing away."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.core.model import Kind
from iop_companion.core.notebook import (
    ATTENDANCE_TITLES,
    MAX_SESSION_NOTE_CHARS,
    SESSION_KIND_TITLES,
    SHOWING_UP_CATEGORY,
    Attendance,
    NotebookService,
    SessionKind,
    session_counts_sentence,
    session_win_text,
)
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.vault import Vault
from tests.conftest import FixedClock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day
YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


def test_the_words_shown_never_say_missed() -> None:
    assert ATTENDANCE_TITLES == {
        Attendance.ATTENDED: "Was there",
        Attendance.LATE: "Was there, late",
        Attendance.LEFT_EARLY: "Was there, left early",
        Attendance.MISSED: "Didn't make it",
    }
    assert set(SESSION_KIND_TITLES) == set(SessionKind)
    shown = [*ATTENDANCE_TITLES.values(), *SESSION_KIND_TITLES.values()]
    shown += [session_win_text(k, a) for k in SessionKind for a in Attendance]
    assert not [text for text in shown if "miss" in text.lower()]
    assert [a for a in Attendance if not a.counts_as_showing_up] == [Attendance.MISSED]


def test_showing_up_logs_a_win_in_showing_up(
    notebook: NotebookService, journal: JournalService
) -> None:
    recorded = notebook.record_session(
        YESTERDAY, SessionKind.GROUP, Attendance.ATTENDED, note=" Sat by the door ", at=time(18)
    )
    session, win = recorded.session, recorded.win
    assert win is not None and win.what == "logged"
    assert (win.entry.text, win.entry.category, win.entry.day, win.entry.kind) == (
        "Went to group",
        SHOWING_UP_CATEGORY,
        YESTERDAY,
        Kind.WIN,
    )
    assert not win.entry.private
    assert (session.day, session.kind, session.attendance, session.note, session.at) == (
        YESTERDAY,
        SessionKind.GROUP,
        Attendance.ATTENDED,
        "Sat by the door",
        time(18),
    )
    assert session.entry_id == win.entry.id and session.plan_id is None
    assert notebook.session(session.id) == session
    assert session.title == "Group, November 26, 2026"
    assert "door" not in repr(session)


@pytest.mark.parametrize(
    ("kind", "attendance", "text"),
    [
        (SessionKind.GROUP, Attendance.LATE, "Went to group, got there late"),
        (SessionKind.GROUP, Attendance.LEFT_EARLY, "Went to group, left early"),
        (SessionKind.INDIVIDUAL, Attendance.ATTENDED, "Went to my individual session"),
        (SessionKind.INTAKE_CALL, Attendance.ATTENDED, "Had the intake call"),
        (
            SessionKind.PROGRAM_CALL,
            Attendance.LATE,
            "Made the call to the program, later than planned",
        ),
        (SessionKind.MEETING, Attendance.LEFT_EARLY, "Went to a meeting, left early"),
    ],
)
def test_late_and_leaving_early_count_too(
    notebook: NotebookService, kind: SessionKind, attendance: Attendance, text: str
) -> None:
    win = notebook.record_session(TODAY, kind, attendance).win
    assert win is not None and win.entry.text == text


def test_a_session_not_made_adds_nothing_and_takes_nothing_away(
    notebook: NotebookService, journal: JournalService
) -> None:
    journal.log_win("Called instead of ghosting", day=YESTERDAY)
    notebook.record_session(YESTERDAY, SessionKind.GROUP, Attendance.ATTENDED)
    counts, summary, count = journal.day_counts(), journal.summary(), journal.count()
    recorded = notebook.record_session(
        TODAY, SessionKind.GROUP, Attendance.MISSED, note="Too tired"
    )
    assert recorded.win is None and recorded.session.entry_id is None
    assert recorded.session.attendance is Attendance.MISSED
    assert (journal.day_counts(), journal.summary(), journal.count()) == (counts, summary, count)


def test_undoing_the_win_leaves_the_session_without_it(
    notebook: NotebookService, journal: JournalService
) -> None:
    recorded = notebook.record_session(TODAY, SessionKind.INDIVIDUAL, Attendance.ATTENDED)
    assert recorded.win is not None
    undone = journal.undo(recorded.win)
    assert journal.count() == 0
    after = notebook.session(recorded.session.id)
    assert after.entry_id is None
    assert after == replace(recorded.session, entry_id=None)
    journal.undo(undone)  # redo: the win is back, and linked again
    assert notebook.session(recorded.session.id).entry_id == recorded.win.entry.id


def test_deleting_the_win_in_the_journal_leaves_the_session(
    notebook: NotebookService, journal: JournalService
) -> None:
    recorded = notebook.record_session(TODAY, SessionKind.MEETING, Attendance.ATTENDED)
    assert recorded.win is not None
    journal.delete(recorded.win.entry.id)
    assert notebook.session(recorded.session.id).entry_id is None
    assert notebook.sessions()[0].id == recorded.session.id


def test_a_renamed_showing_up_category_never_stops_a_session(
    notebook: NotebookService, journal: JournalService
) -> None:
    category = journal.find_category(SHOWING_UP_CATEGORY)
    assert category is not None
    journal.rename_category(category.id, "Going")
    win = notebook.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED).win
    assert win is not None and win.entry.category is None
    journal.set_category_hidden(category.id, True)
    journal.rename_category(category.id, "showing up")  # found by name, any case, even hidden
    win = notebook.record_session(TODAY, SessionKind.GROUP, Attendance.LATE).win
    assert win is not None and win.entry.category_id == category.id


def test_changing_to_not_made_removes_its_win_and_back_logs_one(
    notebook: NotebookService, journal: JournalService
) -> None:
    recorded = notebook.record_session(YESTERDAY, SessionKind.GROUP, Attendance.ATTENDED)
    assert recorded.win is not None
    changed = notebook.edit_session(recorded.session.id, attendance=Attendance.MISSED)
    assert changed.win is not None and changed.win.what == "deleted"
    assert changed.session.entry_id is None and journal.count() == 0
    # Undoing that removal brings the win back, on its own: the session says what it says.
    journal.undo(changed.win)
    assert journal.count() == 1 and notebook.session(recorded.session.id).entry_id is None
    again = notebook.edit_session(recorded.session.id, attendance=Attendance.LEFT_EARLY)
    assert again.win is not None and again.win.what == "logged"
    assert again.win.entry.text == "Went to group, left early"
    assert again.session.entry_id == again.win.entry.id


def test_a_new_day_moves_the_win_and_new_words_follow_the_session(
    notebook: NotebookService, journal: JournalService
) -> None:
    recorded = notebook.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED)
    assert recorded.win is not None
    changed = notebook.edit_session(
        recorded.session.id, day=YESTERDAY, attendance=Attendance.LATE, at=time(9, 30, 15)
    )
    assert changed.win is not None and changed.win.what == "edited"
    entry = journal.get(recorded.win.entry.id)
    assert (entry.day, entry.text) == (YESTERDAY, "Went to group, got there late")
    assert (changed.session.day, changed.session.at) == (YESTERDAY, time(9, 30))
    # Words the person wrote themselves stay theirs.
    journal.edit(entry.id, text="Made it to group even though the bus was late")
    kept = notebook.edit_session(recorded.session.id, kind=SessionKind.MEETING)
    assert kept.win is None
    assert journal.get(entry.id).text == "Made it to group even though the bus was late"
    # journal.undo reverses what an edit did to the win.
    journal.undo(changed.win)
    assert journal.get(entry.id).day == TODAY


def test_editing_the_note_or_time_leaves_the_journal_alone(
    notebook: NotebookService, journal: JournalService
) -> None:
    recorded = notebook.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED, at=time(18))
    before = journal.entries()
    changed = notebook.edit_session(recorded.session.id, note="Said one thing")
    assert changed.win is None and changed.session.note == "Said one thing"
    assert changed.session.at == time(18)
    cleared = notebook.edit_session(recorded.session.id, at=None)
    assert cleared.session.at is None and cleared.session.note == "Said one thing"
    assert journal.entries() == before


def test_a_win_the_person_removed_is_not_logged_again(
    notebook: NotebookService, journal: JournalService
) -> None:
    recorded = notebook.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED)
    assert recorded.win is not None
    journal.undo(recorded.win)
    changed = notebook.edit_session(recorded.session.id, attendance=Attendance.LATE)
    assert changed.win is None and journal.count() == 0


def test_deleting_a_session_keeps_its_win(
    notebook: NotebookService, journal: JournalService
) -> None:
    recorded = notebook.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED)
    notebook.delete_session(recorded.session.id)
    assert notebook.sessions() == [] and journal.count() == 1
    with pytest.raises(NotInNotebook):
        notebook.session(recorded.session.id)
    with pytest.raises(NotInNotebook):
        notebook.delete_session(recorded.session.id)
    with pytest.raises(NotInNotebook):
        notebook.edit_session(recorded.session.id, note="x")
    assert notebook.restore_session(recorded.session) == recorded.session  # linked again
    assert notebook.restore_session(recorded.session) == recorded.session


def test_sessions_newest_first_within_dates(notebook: NotebookService) -> None:
    old = notebook.record_session(date(2026, 3, 3), SessionKind.GROUP, Attendance.ATTENDED)
    morning = notebook.record_session(TODAY, SessionKind.INDIVIDUAL, Attendance.LATE, at=time(9))
    evening = notebook.record_session(TODAY, SessionKind.GROUP, Attendance.MISSED, at=time(18))
    no_time = notebook.record_session(TODAY, SessionKind.PROGRAM_CALL, Attendance.ATTENDED)
    ids = [s.id for s in notebook.sessions()]
    assert ids == [r.session.id for r in (evening, morning, no_time, old)]
    assert [s.id for s in notebook.sessions(since=TODAY)] == ids[:3]
    assert [s.id for s in notebook.sessions(until=date(2026, 3, 31))] == [old.session.id]
    assert notebook.sessions(since=date(2026, 4, 1), until=date(2026, 11, 1)) == []


def test_showing_up_counts_leave_out_sessions_not_made(notebook: NotebookService) -> None:
    for _ in range(3):
        notebook.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED)
    notebook.record_session(TODAY, SessionKind.GROUP, Attendance.MISSED)
    notebook.record_session(YESTERDAY, SessionKind.INDIVIDUAL, Attendance.LEFT_EARLY)
    notebook.record_session(date(2026, 1, 5), SessionKind.MEETING, Attendance.ATTENDED)
    counts = notebook.showing_up_counts(YESTERDAY, TODAY)
    assert counts == {SessionKind.GROUP: 3, SessionKind.INDIVIDUAL: 1}
    assert session_counts_sentence(counts) == (
        "I showed up 4 times: 3 group sessions and 1 individual session."
    )
    assert session_counts_sentence({SessionKind.PROGRAM_CALL: 1}) == (
        "I showed up once: 1 call to the program."
    )
    assert session_counts_sentence({}) == ""


def test_showing_up_counts_leave_out_a_session_whose_win_is_private(
    notebook: NotebookService, journal: JournalService
) -> None:
    kept = notebook.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED)
    hidden = notebook.record_session(TODAY, SessionKind.INDIVIDUAL, Attendance.ATTENDED)
    assert hidden.win is not None
    journal.edit(hidden.win.entry.id, private=True)
    assert notebook.showing_up_counts(TODAY, TODAY) == {SessionKind.GROUP: 1}
    assert kept.win is not None
    journal.delete(kept.win.entry.id)  # the win undone by hand: the session still counts
    assert notebook.showing_up_counts(TODAY, TODAY) == {SessionKind.GROUP: 1}


def test_a_session_is_today_or_earlier_with_a_short_note(
    notebook: NotebookService, journal: JournalService
) -> None:
    with pytest.raises(InvalidEntry, match="hasn't come yet"):
        notebook.record_session(TODAY + timedelta(days=1), SessionKind.GROUP, Attendance.ATTENDED)
    with pytest.raises(InvalidEntry, match="from 1900 on"):
        notebook.record_session(date(1899, 12, 31), SessionKind.GROUP, Attendance.ATTENDED)
    with pytest.raises(InvalidEntry, match=f"up to {MAX_SESSION_NOTE_CHARS:,} characters"):
        notebook.record_session(
            TODAY, SessionKind.GROUP, Attendance.ATTENDED, note="x" * (MAX_SESSION_NOTE_CHARS + 1)
        )
    recorded = notebook.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED)
    with pytest.raises(InvalidEntry, match="hasn't come yet"):
        notebook.edit_session(recorded.session.id, day=TODAY + timedelta(days=1))
    assert len(notebook.sessions()) == 1 and journal.count() == 1


def test_the_last_session_suggested_is_the_latest_individual_one_shown_up_to(
    notebook: NotebookService, journal: JournalService
) -> None:
    assert notebook.last_session_before(TODAY) is None
    notebook.record_session(date(2026, 11, 2), SessionKind.MEETING, Attendance.ATTENDED)
    notebook.record_session(date(2026, 11, 3), SessionKind.PROGRAM_CALL, Attendance.ATTENDED)
    assert notebook.last_session_before(TODAY) is None  # a call or a meeting isn't a session
    notebook.record_session(date(2026, 11, 10), SessionKind.GROUP, Attendance.LATE)
    notebook.record_session(date(2026, 11, 12), SessionKind.GROUP, Attendance.MISSED)
    assert notebook.last_session_before(TODAY) == date(2026, 11, 10)  # group, with none other
    notebook.record_session(date(2026, 11, 5), SessionKind.INDIVIDUAL, Attendance.LEFT_EARLY)
    notebook.record_session(date(2026, 11, 20), SessionKind.GROUP, Attendance.ATTENDED)
    notebook.record_session(date(2026, 11, 24), SessionKind.INDIVIDUAL, Attendance.MISSED)
    assert notebook.last_session_before(TODAY) == date(2026, 11, 5)  # one-on-one, preferred
    assert notebook.last_session_before(date(2026, 11, 4)) is None  # on or before the day
    assert notebook.last_session_before(date(2026, 11, 5)) == date(2026, 11, 5)
    later = notebook.record_session(YESTERDAY, SessionKind.INDIVIDUAL, Attendance.ATTENDED)
    assert notebook.last_session_before(TODAY) == YESTERDAY
    assert later.win is not None
    journal.edit(later.win.entry.id, private=True)  # no sign of a private entry
    assert notebook.last_session_before(TODAY) == date(2026, 11, 5)
