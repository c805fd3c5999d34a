"""Searching the notebook with the journal's query rules, and a locked journal under a notebook
that is still held (every call says so, plainly)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import get_args

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import (
    Attendance,
    NotebookService,
    NoteSection,
    SessionKind,
)
from iop_companion.core.notebook_model import NotebookPart
from iop_companion.vault import Vault
from iop_companion.vault.schema import NOTEBOOK_FTS_CODES, NOTEBOOK_FTS_SLOTS
from tests.conftest import FixedClock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


def marked(snippet: tuple[tuple[str, bool], ...]) -> list[str]:
    return [text for text, match in snippet if match]


def test_search_finds_every_part_with_a_title_and_a_day(
    notebook: NotebookService, clock: FixedClock
) -> None:
    clock.now = datetime(2026, 3, 3, 12).astimezone()
    note = notebook.save_note(NoteSection.TRIGGERS, "Payday weekends, and the bus station")
    clock.now = datetime(2026, 11, 27, 10, 30).astimezone()
    item = notebook.add_bring_up("The weekends are hard, I want a check-in call")
    session = notebook.record_session(
        date(2026, 11, 20), SessionKind.GROUP, Attendance.ATTENDED, note="Talked about weekends"
    ).session
    phrase = notebook.add_phrase("Weekends are when I need the room most.")
    assert note is not None

    hits = {(h.part, h.item_id): h for h in notebook.search("weekend")}  # the start of a word
    assert set(hits) == {
        ("note", note.id),
        ("bring_up", item.id),
        ("session", session.id),
        ("phrase", phrase.id),
    }
    assert (hits["note", note.id].title, hits["note", note.id].day) == (
        "My triggers",
        date(2026, 3, 3),
    )
    assert (hits["bring_up", item.id].title, hits["bring_up", item.id].day) == (
        "To bring up",
        TODAY,
    )
    assert (hits["session", session.id].title, hits["session", session.id].day) == (
        "Group, November 20, 2026",
        date(2026, 11, 20),
    )
    assert (hits["phrase", phrase.id].title, hits["phrase", phrase.id].day) == (
        "Phrases for coming back",
        None,
    )
    assert all(marked(h.snippet) for h in hits.values())
    assert marked(hits["session", session.id].snippet) == ["weekends"]
    notebook.mark_brought_up(item.id, date(2026, 11, 25))
    hit = notebook.search("check-in")[0]
    assert (hit.title, hit.day) == ("Brought up", date(2026, 11, 25))
    assert "weekend" not in repr(hit)


def test_only_the_latest_version_of_a_section_is_searched(notebook: NotebookService) -> None:
    notebook.save_note(NoteSection.WORKS, "Running in the morning")
    latest = notebook.save_note(NoteSection.WORKS, "Swimming after work")
    assert latest is not None
    assert notebook.search("running") == []
    assert [(h.part, h.item_id) for h in notebook.search("swimming")] == [("note", latest.id)]
    notebook.save_note(NoteSection.WORKS, "")
    assert notebook.search("swimming") == []


def test_every_word_must_match_and_query_syntax_is_just_words(notebook: NotebookService) -> None:
    notebook.add_bring_up("I want a smaller group")
    assert len(notebook.search("smaller group")) == 1
    assert notebook.search("smaller zoom") == []
    for query in ("", "   ", "!!!", '"', "*"):
        assert notebook.search(query) == []
    assert notebook.search('group" OR "zoom') == []  # quotes can't build a query
    assert len(notebook.search("NEAR(group smaller)")) == 0
    assert len(notebook.search("AND group")) == 0


def test_search_follows_edits_and_removals(notebook: NotebookService) -> None:
    item = notebook.add_bring_up("I hate Zoom")
    phrase = notebook.add_phrase("I came on Zoom today.")
    session = notebook.record_session(
        TODAY, SessionKind.INDIVIDUAL, Attendance.LATE, note="Zoom froze"
    ).session
    assert len(notebook.search("zoom")) == 3
    notebook.edit_bring_up(item.id, "I'd like to meet in person")
    notebook.delete_phrase(phrase.id)
    notebook.edit_session(session.id, note="The video froze")
    assert notebook.search("zoom") == []
    assert [h.item_id for h in notebook.search("person")] == [item.id]
    notebook.delete_session(session.id)
    assert notebook.search("froze") == []
    notebook.restore_phrase(phrase)
    assert [h.part for h in notebook.search("zoom")] == ["phrase"]


def test_search_finds_the_default_phrases(notebook: NotebookService) -> None:
    hits = notebook.search("ghosted")
    assert [h.part for h in hits] == ["phrase"]
    assert marked(hits[0].snippet) == ["ghosted"]


def test_the_fts_numbering_matches_the_migration() -> None:
    from iop_companion.core import notebook_search as module

    assert module._FTS_SLOTS == NOTEBOOK_FTS_SLOTS
    tables = {
        "note": "notebook_notes",
        "bring_up": "notebook_bring_up",
        "session": "notebook_sessions",
        "phrase": "notebook_phrases",
        "check_in": "notebook_check_ins",
        "how_i_am": "notebook_how_i_am",
        "picking_up": "notebook_picking_up",
        "hard_times_plan": "notebook_hard_times_plan",
    }
    assert {tables[part]: code for part, code in module._PART_CODES.items()} == NOTEBOOK_FTS_CODES
    assert set(tables) == set(get_args(NotebookPart))


CALLS: dict[str, Callable[[NotebookService], object]] = {
    "latest notes": lambda n: n.latest_notes(),
    "note": lambda n: n.note(NoteSection.WORKS),
    "save a note": lambda n: n.save_note(NoteSection.WORKS, "Walks"),
    "history": lambda n: n.note_history(NoteSection.WORKS),
    "as of": lambda n: n.notes_as_of(TODAY),
    "bring-up items": lambda n: n.bring_up_items(),
    "add to bring up": lambda n: n.add_bring_up("Zoom"),
    "record a session": lambda n: n.record_session(TODAY, SessionKind.GROUP, Attendance.MISSED),
    "sessions": lambda n: n.sessions(),
    "plan": lambda n: n.plan(),
    "add to the plan": lambda n: n.add_plan_item(1, time(18), SessionKind.GROUP),
    "due": lambda n: n.due_on(TODAY),
    "phrases": lambda n: n.phrases(),
    "add a phrase": lambda n: n.add_phrase("Here"),
    "delete a phrase": lambda n: n.delete_phrase(1),
    "move a phrase": lambda n: n.move_phrase(1, 2),
    "search": lambda n: n.search("here"),
    "record a check-in": lambda n: n.record_check_in(TODAY, [6] * 10),
    "check-ins": lambda n: n.check_ins(),
    "the nudge": lambda n: n.nudge_due(),
    "record how I am": lambda n: n.record_how_i_am(TODAY, words=["calm"]),
    "how I am": lambda n: n.how_i_am_list(),
    "picking up": lambda n: n.picking_up_list(),
    "add to what I know now": lambda n: n.add_to_what_i_know_now(NoteSection.WORKS, "Walks"),
    "plan for hard times": lambda n: n.hard_times_plan(),
    "save the plan": lambda n: n.save_hard_times_plan(signs="Not sleeping"),
    "unlock screen text": lambda n: n.unlock_screen_text(),
}


def test_a_locked_journal_says_so_to_every_call(vault: Vault, notebook: NotebookService) -> None:
    vault.lock()
    answers = {}
    for name, call in CALLS.items():
        try:
            call(notebook)
        except Exception as error:  # which error it is, is what this test looks at
            answers[name] = type(error).__name__
        else:
            answers[name] = "no error"
    assert answers == dict.fromkeys(CALLS, "JournalLocked")
