"""Picking up from here: notes tied to a hard moment by its uid (one set per hard moment), kept
when the hard moment is deleted and linked again when that is undone, and what was learned added
to What I know now as a new version."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from iop_companion.core.coping_model import Halt
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService, NoteSection
from iop_companion.core.notebook_picking_up import LEARNED_SECTIONS
from iop_companion.errors import InvalidEntry, NotFound, NotInNotebook
from iop_companion.vault import Vault
from tests.conftest import FixedClock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


@pytest.fixture
def moment(journal: JournalService) -> int:
    return journal.log_hard_moment(word="slip", day=date(2026, 11, 25)).entry.id


def test_notes_for_a_hard_moment(
    notebook: NotebookService, journal: JournalService, moment: int, clock: FixedClock
) -> None:
    notes = notebook.record_picking_up(
        moment, going_on=" Payday, alone ", halt=["lonely", Halt.TIRED], helped="Calling Sam"
    )
    assert (notes.going_on, notes.halt, notes.did, notes.helped) == (
        "Payday, alone",
        (Halt.LONELY, Halt.TIRED),
        "",
        "Calling Sam",
    )
    assert notes.entry_id == moment and notes.entry_uid == journal.get(moment).uid
    assert notes.moment_day == notes.day == date(2026, 11, 25) and not notes.private
    assert notes.written_at == clock.now
    assert notebook.picking_up_for(moment) == notes == notebook.picking_up(notes.id)
    assert notebook.picking_up_list() == [notes]
    assert "Payday" not in repr(notes)


def test_every_step_may_be_skipped_but_not_all(notebook: NotebookService, moment: int) -> None:
    with pytest.raises(InvalidEntry, match="You can skip this"):
        notebook.record_picking_up(moment, going_on="  ", halt=[])
    assert notebook.record_picking_up(moment, halt=[Halt.HUNGRY]).halt == (Halt.HUNGRY,)


def test_one_set_of_notes_per_hard_moment_and_only_for_one(
    notebook: NotebookService, journal: JournalService, moment: int
) -> None:
    notebook.record_picking_up(moment, did="Went for a walk")
    with pytest.raises(InvalidEntry, match="has its notes already"):
        notebook.record_picking_up(moment, did="Again")
    win = journal.log_win("Came to group").entry.id
    with pytest.raises(InvalidEntry, match="goes with a hard moment"):
        notebook.record_picking_up(win, did="Not a hard moment")
    with pytest.raises(NotFound):
        notebook.record_picking_up(9999, did="No entry")
    assert len(notebook.picking_up_list()) == 1


def test_deleting_the_hard_moment_keeps_the_notes_and_undo_links_them_again(
    notebook: NotebookService, journal: JournalService, moment: int
) -> None:
    notes = notebook.record_picking_up(moment, helped="Sleep")
    deleted = journal.delete(moment)
    kept = notebook.picking_up(notes.id)
    assert kept.entry_id is None and kept.moment_day is None
    assert kept.helped == "Sleep" and kept.entry_uid == notes.entry_uid
    assert kept.day == notes.written_at.astimezone().date()  # the day they were written
    assert notebook.picking_up_for(moment) is None
    journal.undo(deleted)
    assert notebook.picking_up(notes.id) == notes


def test_deleting_the_notes_leaves_the_hard_moment(
    notebook: NotebookService, journal: JournalService, moment: int
) -> None:
    notes = notebook.record_picking_up(moment, did="Texted my sponsor")
    notebook.delete_picking_up(notes.id)
    assert journal.get(moment).kind.value == "hard_moment"
    assert notebook.picking_up_for(moment) is None
    with pytest.raises(NotInNotebook):
        notebook.delete_picking_up(notes.id)
    assert notebook.restore_picking_up(notes) == notes


def test_restored_notes_never_take_the_place_of_newer_ones(
    notebook: NotebookService, moment: int
) -> None:
    first = notebook.record_picking_up(moment, did="First")
    notebook.delete_picking_up(first.id)
    second = notebook.record_picking_up(moment, did="Second")
    back = notebook.restore_picking_up(first)
    assert back.did == "First" and back.entry_id is None  # kept, unlinked
    assert notebook.picking_up_for(moment) == second


def test_a_private_hard_moment_makes_its_notes_private(
    notebook: NotebookService, journal: JournalService, moment: int
) -> None:
    notes = notebook.record_picking_up(moment, going_on="Party")
    journal.edit(moment, private=True)
    assert notebook.picking_up(notes.id).private


def test_notes_stay_private_when_their_private_hard_moment_is_deleted(
    notebook: NotebookService, journal: JournalService
) -> None:
    """Deleting the hard moment keeps its notes; they keep its privacy too, so no export or
    summary takes them (they were read as not private once the hard moment was gone)."""
    moment = journal.log_hard_moment(word="slip", day=TODAY, private=True).entry
    notes = notebook.record_picking_up(moment.id, going_on="Party")
    assert notebook.picking_up(notes.id).private
    deleted = journal.delete(moment.id)
    assert notebook.picking_up(notes.id).private
    notebook.delete_picking_up(notes.id)
    assert notebook.restore_picking_up(notes).private
    journal.undo(deleted)
    journal.edit(moment.id, private=False)  # the person's choice now: no longer private
    assert not notebook.picking_up(notes.id).private
    journal.delete(moment.id)
    assert not notebook.picking_up(notes.id).private


def test_editing_changes_only_what_is_given(notebook: NotebookService, moment: int) -> None:
    notes = notebook.record_picking_up(moment, going_on="Payday", did="Walked")
    edited = notebook.edit_picking_up(notes.id, helped="Calling earlier", halt=["angry"])
    assert (edited.going_on, edited.did, edited.helped, edited.halt) == (
        "Payday",
        "Walked",
        "Calling earlier",
        (Halt.ANGRY,),
    )
    with pytest.raises(InvalidEntry):
        notebook.edit_picking_up(notes.id, going_on="", did="", helped="", halt=[])
    with pytest.raises(InvalidEntry, match="2,000 characters"):
        notebook.edit_picking_up(notes.id, did="x" * 2001)


def test_what_was_learned_goes_into_what_i_know_now_as_a_new_version(
    notebook: NotebookService, clock: FixedClock
) -> None:
    assert LEARNED_SECTIONS == (NoteSection.TRIGGERS, NoteSection.WORKS, NoteSection.DOESNT_WORK)
    clock.now = datetime(2026, 11, 1, 9).astimezone()
    older = notebook.save_note(NoteSection.TRIGGERS, "Payday")
    clock.now = datetime(2026, 11, 27, 10, 30).astimezone()
    added = notebook.add_to_what_i_know_now(NoteSection.TRIGGERS, "  Sunday evenings alone ")
    assert added is not None and added.text == "Payday\nSunday evenings alone"
    assert notebook.note_history(NoteSection.TRIGGERS) == [added, older]  # the old one is kept
    # The same words again change nothing; nor do none.
    assert notebook.add_to_what_i_know_now(NoteSection.TRIGGERS, "Sunday evenings alone") is None
    assert notebook.add_to_what_i_know_now(NoteSection.TRIGGERS, "   ") is None
    first = notebook.add_to_what_i_know_now(NoteSection.WORKS, "Calling before it gets late")
    assert first is not None and first.text == "Calling before it gets late"
    clock.now += timedelta(minutes=1)
    assert len(notebook.note_history(NoteSection.TRIGGERS)) == 2


def test_a_timeline_reads_the_notes_of_the_hard_moments_it_shows(
    notebook: NotebookService, journal: JournalService, moment: int
) -> None:
    earlier = journal.log_hard_moment(day=date(2026, 10, 2)).entry.id
    first = notebook.record_picking_up(earlier, did="Slept")
    second = notebook.record_picking_up(moment, did="Walked")
    assert notebook.picking_up_list() == [second, first]  # newest written first
    assert notebook.picking_up_list(date(2026, 11, 1), TODAY) == [second]
    assert notebook.picking_up_list(until=date(2026, 10, 31)) == [first]
    journal.delete(moment)  # its notes are no longer on any day of the timeline
    assert notebook.picking_up_list(date(2026, 11, 1), TODAY) == []
    assert len(notebook.picking_up_list()) == 2
