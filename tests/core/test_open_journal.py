"""The open journal: one way in for every change, what each change says it changed, and undo
and redo for every kind that can be taken back."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from iop_companion.core.changes import NOTEBOOK, Done, Part
from iop_companion.core.coping_model import Contact
from iop_companion.core.notebook_model import Attendance, NoteSection, SessionKind
from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from iop_companion.export.data import write_json
from iop_companion.export.importer import read_export_file
from tests.conftest import PASSPHRASE, FixedClock

TODAY = date(2026, 11, 27)


@pytest.fixture
def opened(vault_folder: Path, clock: FixedClock) -> Iterator[OpenJournal]:
    core = OpenJournal.open_with_passphrase(vault_folder, PASSPHRASE, MemoryKeychain(), clock)
    yield core
    core.lock()


def everything(core: OpenJournal) -> dict[str, Any]:
    """What a person could see of the journal: every entry and the whole notebook, as the
    export writes them, plus the categories and quick wins with their order and hiding."""
    out = io.StringIO()
    write_json(core.journal, out, notebook=core.notebook)
    document = json.loads(out.getvalue())
    document.pop("exported_at")
    document["categories"] = [vars(c) for c in core.journal.categories(include_hidden=True)]
    document["templates"] = [vars(t) for t in core.journal.templates(include_hidden=True)]
    document["program_phone"] = core.own.program_phone
    document["nudge_months"] = core.notebook.nudge_months
    document["plan_on_unlock_screen"] = core.notebook.plan_on_unlock_screen
    return document


def a_session(core: OpenJournal) -> int:
    return core.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED).result.session.id


def a_plan_item(core: OpenJournal) -> int:
    return core.add_plan_item(
        TODAY.weekday(), time(18), SessionKind.GROUP, "Friday group"
    ).result.id


def three_to_bring_up(core: OpenJournal) -> int:
    """Three things on the list; the first one's id."""
    first, _, _ = (core.add_bring_up(t).result.id for t in ("First", "Second", "Third"))
    return first


def a_win(core: OpenJournal) -> int:
    return core.log_win("Came to group", tags=["group"]).result.entry.id


def a_hard_moment(core: OpenJournal) -> int:
    return core.log_hard_moment(word="slip", text="Rough evening").result.entry.id


def notes_after_a_hard_moment(core: OpenJournal) -> int:
    return core.record_picking_up(a_hard_moment(core), going_on="Payday").result.id


# Each kind of change: what to set up first (its result is passed on), the change, and the
# parts it must say it changed.
KINDS: dict[
    str, tuple[Callable[[OpenJournal], Any], Callable[[OpenJournal, Any], Done[Any]], set[Part]]
] = {
    "log a win": (
        lambda c: None,
        lambda c, _: c.log_win("Said one honest sentence"),
        {Part.ENTRIES},
    ),
    "note a hard moment": (
        lambda c: None,
        lambda c, _: c.log_hard_moment(word="slip"),
        {Part.ENTRIES},
    ),
    "edit an entry": (
        a_win,
        lambda c, i: c.edit_entry(i, text="Came to group, late"),
        {Part.ENTRIES},
    ),
    "delete an entry": (a_win, lambda c, i: c.delete_entry(i), {Part.ENTRIES}),
    "add a category": (lambda c: None, lambda c, _: c.add_category("Rest"), {Part.CATEGORIES}),
    "rename a category": (
        lambda c: c.journal.categories()[0].id,
        lambda c, i: c.rename_category(i, "Turning up"),
        {Part.CATEGORIES},
    ),
    "hide a category": (
        lambda c: c.journal.categories()[0].id,
        lambda c, i: c.set_category_hidden(i, True),
        {Part.CATEGORIES},
    ),
    "move a category": (
        lambda c: c.journal.categories()[0].id,
        lambda c, i: c.move_category(i, 2),
        {Part.CATEGORIES},
    ),
    "add a quick win": (
        lambda c: None,
        lambda c, _: c.add_template("Went outside"),
        {Part.TEMPLATES},
    ),
    "edit a quick win": (
        lambda c: c.journal.templates()[0].id,
        lambda c, i: c.edit_template(i, text="Came to one session, late"),
        {Part.TEMPLATES},
    ),
    "hide a quick win": (
        lambda c: c.journal.templates()[0].id,
        lambda c, i: c.set_template_hidden(i, True),
        {Part.TEMPLATES},
    ),
    "move a quick win": (
        lambda c: c.journal.templates()[0].id,
        lambda c, i: c.move_template(i, 2),
        {Part.TEMPLATES},
    ),
    "save what I know now": (
        lambda c: None,
        lambda c, _: c.save_note(NoteSection.WORKS, "Group in the morning."),
        {Part.NOTES},
    ),
    "add a thing to bring up": (
        lambda c: None,
        lambda c, _: c.add_bring_up("A smaller group would help."),
        {Part.BRING_UP},
    ),
    "edit a thing to bring up": (
        lambda c: c.add_bring_up("A smaller group").result.id,
        lambda c, i: c.edit_bring_up(i, "A smaller group would help."),
        {Part.BRING_UP},
    ),
    "mark it brought up": (
        three_to_bring_up,
        lambda c, i: c.mark_brought_up(i, TODAY),
        {Part.BRING_UP},
    ),
    "put it back on the list": (
        lambda c: c.mark_brought_up(c.add_bring_up("Zoom").result.id, TODAY).result.id,
        lambda c, i: c.mark_brought_up(i, None),
        {Part.BRING_UP},
    ),
    "delete a thing to bring up": (
        lambda c: c.add_bring_up("Zoom").result.id,
        lambda c, i: c.delete_bring_up(i),
        {Part.BRING_UP},
    ),
    "move a thing to bring up": (
        three_to_bring_up,
        lambda c, i: c.move_bring_up(i, 2),
        {Part.BRING_UP},
    ),
    "record a session": (
        lambda c: None,
        lambda c, _: c.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED, "Sat in"),
        {Part.SESSIONS, Part.ENTRIES},
    ),
    "record a session not made": (
        lambda c: None,
        lambda c, _: c.record_session(TODAY, SessionKind.GROUP, Attendance.MISSED),
        {Part.SESSIONS},
    ),
    "change a session": (
        a_session,
        lambda c, i: c.edit_session(i, attendance=Attendance.MISSED),
        {Part.SESSIONS, Part.ENTRIES},
    ),
    "delete a session": (a_session, lambda c, i: c.delete_session(i), {Part.SESSIONS}),
    "I was there, from the plan": (
        a_plan_item,
        lambda c, i: c.i_was_there(i, TODAY),
        {Part.SESSIONS, Part.ENTRIES},
    ),
    "add to the weekly plan": (
        lambda c: None,
        lambda c, _: c.add_plan_item(1, None, SessionKind.INDIVIDUAL),
        {Part.PLAN},
    ),
    "change the weekly plan": (
        a_plan_item,
        lambda c, i: c.edit_plan_item(i, note="Tuesday group", weekday=1),
        {Part.PLAN},
    ),
    "take out of the weekly plan": (a_plan_item, lambda c, i: c.remove_plan_item(i), {Part.PLAN}),
    "add a phrase": (lambda c: None, lambda c, _: c.add_phrase("I came anyway."), {Part.PHRASES}),
    "edit a phrase": (
        lambda c: c.notebook.phrases()[0].id,
        lambda c, i: c.edit_phrase(i, "I'm here to listen today."),
        {Part.PHRASES},
    ),
    "delete a phrase": (
        lambda c: c.notebook.phrases()[0].id,
        lambda c, i: c.delete_phrase(i),
        {Part.PHRASES},
    ),
    "move a phrase": (
        lambda c: c.notebook.phrases()[0].id,
        lambda c, i: c.move_phrase(i, 3),
        {Part.PHRASES},
    ),
    "record a check-in": (
        lambda c: None,
        lambda c, _: c.record_check_in(TODAY, [5, 4, None, 6, 5, 4, 3, 5, 6, 5], "After group"),
        {Part.CHECK_INS},
    ),
    "delete a check-in": (
        lambda c: c.record_check_in(TODAY, [4] * 10).result.id,
        lambda c, i: c.delete_check_in(i),
        {Part.CHECK_INS},
    ),
    "the check-in nudge": (
        lambda c: None,
        lambda c, _: c.set_check_in_nudge(2),
        {Part.CHECK_INS},
    ),
    "note how I am": (
        lambda c: None,
        lambda c, _: c.record_how_i_am(TODAY, words=["calm"], halt=["tired"], line="Okay"),
        {Part.HOW_I_AM},
    ),
    "change how I am": (
        lambda c: c.record_how_i_am(TODAY, words=["calm"]).result.id,
        lambda c, i: c.edit_how_i_am(i, words=["restless"], line="Long day"),
        {Part.HOW_I_AM},
    ),
    "delete how I am": (
        lambda c: c.record_how_i_am(TODAY, words=["numb"]).result.id,
        lambda c, i: c.delete_how_i_am(i),
        {Part.HOW_I_AM},
    ),
    "notes after a hard moment": (
        a_hard_moment,
        lambda c, i: c.record_picking_up(i, halt=["lonely"], helped="Calling Sam"),
        {Part.PICKING_UP},
    ),
    "change the notes after a hard moment": (
        notes_after_a_hard_moment,
        lambda c, i: c.edit_picking_up(i, did="Went for a walk"),
        {Part.PICKING_UP},
    ),
    "delete the notes after a hard moment": (
        notes_after_a_hard_moment,
        lambda c, i: c.delete_picking_up(i),
        {Part.PICKING_UP},
    ),
    "add what I learned to what I know now": (
        lambda c: c.save_note(NoteSection.TRIGGERS, "Payday"),
        lambda c, _: c.add_to_what_i_know_now(NoteSection.TRIGGERS, "Sunday evenings"),
        {Part.NOTES},
    ),
    "save the plan for hard times": (
        lambda c: c.save_hard_times_plan(signs="Not sleeping"),
        lambda c, _: c.save_hard_times_plan(people=[Contact("Sam", "555-0101")]),
        {Part.HARD_TIMES_PLAN},
    ),
    "the plan on the unlock screen": (
        lambda c: None,
        lambda c, _: c.set_plan_on_unlock_screen(True),
        {Part.HARD_TIMES_PLAN},
    ),
    "the program's number": (
        lambda c: None,
        lambda c, _: c.set_program_phone("Riverside IOP, 555-0142"),
        {Part.OWN_DETAILS},
    ),
}


@pytest.mark.parametrize("kind", KINDS)
def test_every_change_says_what_it_changed_and_undo_and_redo_it(opened, kind: str) -> None:
    prepare, change, parts = KINDS[kind]
    ready = prepare(opened)
    before = everything(opened)
    done = change(opened, ready)
    after = everything(opened)
    assert after != before, "the change changed something a person would see"
    assert set(done.changes.parts) == parts
    assert done.changes.records and all(r.what and r.record for r in done.changes.records)
    assert opened.history.undo_description  # Undo says what it takes back

    undone = opened.undo()
    assert everything(opened) == before
    assert set(undone.changes.parts) <= parts | {Part.ENTRIES}
    assert undone.changes.parts, "Undo says what it changed, so the views show it"
    assert opened.history.redo_description == undone.result

    redone = opened.redo()
    assert everything(opened) == after
    assert redone.changes.parts
    opened.undo()  # and back again: the steps keep working both ways
    assert everything(opened) == before


def test_the_plan_window_saves_the_plan_number_and_choice_as_one_step(opened) -> None:
    opened.set_program_phone("555-0100")
    done = opened.save_plan_window(
        signs="Not sleeping",
        people=[Contact("Sam", "555-0101")],
        program_phone="555-0142",
        on_unlock_screen=True,
    )
    assert done.result is not None and done.changes.touches(Part.HARD_TIMES_PLAN, Part.OWN_DETAILS)
    assert opened.history.undo_description == "saving your plan"
    opened.undo()  # one Undo takes all three back
    assert opened.notebook.hard_times_plan() is None
    assert opened.own.program_phone == "555-0100"
    assert not opened.notebook.plan_on_unlock_screen
    assert opened.history.undo_description == "the change to your program's number"
    opened.redo()
    assert opened.notebook.hard_times_plan() is not None
    assert opened.own.program_phone == "555-0142" and opened.notebook.plan_on_unlock_screen


def test_a_plan_window_save_with_only_the_number_is_that_one_step(opened) -> None:
    opened.save_plan_window(people=[], program_phone="555-0142", on_unlock_screen=False)
    assert opened.history.undo_description == "the change to your program's number"


def test_a_new_change_clears_what_could_be_redone(opened) -> None:
    opened.log_win("Came to group")
    opened.undo()
    assert opened.history.redo_description
    opened.log_win("Called my sister")
    assert opened.history.redo_description == ""


def test_undo_and_redo_keep_the_day_tallies_current(opened) -> None:
    opened.day_counts()  # read once; after this only the days a change touches are read
    opened.log_win("Came to group")
    assert sum(d.wins for d in opened.day_counts()) == 1
    opened.undo()
    assert sum(d.wins for d in opened.day_counts()) == 0
    opened.redo()
    assert sum(d.wins for d in opened.day_counts()) == 1
    assert opened.day_counts() == opened.journal.day_counts()


def test_a_session_undone_takes_its_win_back_and_redone_links_it_again(opened) -> None:
    recorded = opened.record_session(TODAY, SessionKind.GROUP, Attendance.ATTENDED).result
    assert opened.journal.count() == 1
    opened.undo()
    assert opened.journal.count() == 0 and opened.notebook.sessions() == []
    opened.redo()
    [session] = opened.notebook.sessions()
    assert session.entry_id is not None and opened.journal.count() == 1
    assert session.id == recorded.session.id


def test_an_import_is_one_step_both_ways(opened, tmp_path: Path) -> None:
    opened.log_win("Came to group")
    opened.add_bring_up("A smaller group would help.")
    copy = tmp_path / "copy.json"
    with copy.open("w", encoding="utf-8") as out:
        write_json(opened.journal, out, notebook=opened.notebook)
    for _ in range(2):
        opened.undo()
    before = everything(opened)
    checked = read_export_file(copy, today=TODAY + timedelta(days=1))
    done = opened.import_plans(checked.entries, checked.notebook, on_worker=False)
    assert done.result.added == 1 and done.changes.reload
    after = everything(opened)
    opened.undo()
    assert everything(opened) == before
    opened.redo()
    assert everything(opened) == after


def test_drafts_keys_and_backups_go_through_the_core_but_not_on_the_history(
    opened, tmp_path: Path
) -> None:
    assert opened.keep_draft("log", {"text": "half a thought"}).changes.parts == {Part.DRAFTS}
    assert opened.drop_draft("log").changes.parts == {Part.DRAFTS}
    assert opened.new_recovery_code().changes.parts == {Part.KEYS}
    assert opened.change_passphrase(PASSPHRASE, "another long passphrase").changes.parts == {
        Part.KEYS
    }
    opened.log_win("Came to group")
    assert opened.make_backup(tmp_path / "copy.backup").changes.parts == {Part.BACKUPS}
    assert opened.history.undo_description == "logging a win"  # only that is on the history


def test_a_record_names_what_was_done_to_which_record(opened, clock: FixedClock) -> None:
    change = opened.log_win("Came to group").result
    [record] = opened.undo().changes.records
    assert record.what == "entries.deleted" and record.record == f"entries:{change.entry.uid}"
    assert record.at == clock()
    [added] = opened.add_bring_up("Zoom").changes.records
    assert added.what == "bring_up.added" and added.record.startswith("bring_up:")


def test_the_notebook_parts_are_the_notebook(opened) -> None:
    assert {
        Part.NOTES,
        Part.BRING_UP,
        Part.SESSIONS,
        Part.PLAN,
        Part.PHRASES,
        Part.CHECK_INS,
        Part.HOW_I_AM,
        Part.PICKING_UP,
        Part.HARD_TIMES_PLAN,
    } == NOTEBOOK


def test_a_record_names_a_check_in_by_its_uid(opened) -> None:
    check_in = opened.record_check_in(TODAY, [6] * 10).result
    [record] = opened.delete_check_in(check_in.id).changes.records
    assert record.what == "check_ins.removed" and record.record == f"check_ins:{check_in.uid}"
    [back] = opened.undo().changes.records
    assert back.record == f"check_ins:{check_in.uid}"
    assert opened.notebook.check_in(check_in.id) == check_in


def test_the_nudge_shown_is_noted_but_not_on_the_history(opened) -> None:
    opened.set_check_in_nudge(1)
    done = opened.note_check_in_nudge_shown(TODAY)
    assert done.changes.parts == {Part.CHECK_INS}
    assert opened.history.undo_description == "the change to your reminder"


def test_undoing_a_hard_moments_deletion_links_its_notes_again(opened) -> None:
    moment = a_hard_moment(opened)
    notes = opened.record_picking_up(moment, helped="Sleep").result
    opened.delete_entry(moment)
    assert opened.notebook.picking_up(notes.id).entry_id is None
    opened.undo()
    assert opened.notebook.picking_up(notes.id) == notes


def test_setting_what_is_already_there_is_no_step(opened) -> None:
    opened.set_program_phone("555-0142")
    opened.add_bring_up("A smaller group")
    assert opened.set_program_phone("555-0142").changes.parts == set()
    assert opened.history.undo_description == "adding that"  # Redo and Undo are as they were
    category = opened.journal.categories()[0]
    assert opened.rename_category(category.id, category.name).changes.parts == set()
    assert opened.set_recovery_code_kept(opened.own.recovery_code_kept).changes.parts == set()


def test_remembering_the_day_says_so_but_is_no_undo_step(opened) -> None:
    opened.add_bring_up("A smaller group")
    done = opened.set_last_session_day(TODAY)
    assert done.changes.parts and opened.own.last_session_day == TODAY
    assert opened.history.undo_description == "adding that"  # Undo still takes back the item
    assert opened.set_last_session_day(TODAY).changes.parts == set()


def test_undo_puts_back_what_was_there_not_its_opposite(opened) -> None:
    category = opened.journal.categories()[0]
    opened.set_category_hidden(category.id, True)
    opened.set_category_hidden(category.id, True)  # hidden already: no step
    opened.undo()
    assert not opened.journal.category(category.id).hidden
    template = opened.add_template("Went outside").result  # no category
    assert template.category_id is None
    opened.edit_template(template.id, category=category.id)
    assert opened.journal.template(template.id).category_id == category.id
    opened.undo()
    assert opened.journal.template(template.id).category_id is None
    opened.redo()
    assert opened.journal.template(template.id).category_id == category.id


def test_an_import_that_brings_only_categories_says_so(opened, tmp_path: Path) -> None:
    """A file with no entry new here can still bring a category: the pickers read it again,
    and Undo takes it back."""
    opened.add_category("Rest")
    copy = tmp_path / "copy.json"
    with copy.open("w", encoding="utf-8") as out:
        write_json(opened.journal, out, notebook=opened.notebook)
    opened.undo()
    assert opened.journal.find_category("Rest") is None
    checked = read_export_file(copy, today=TODAY + timedelta(days=1))
    done = opened.import_plans(checked.entries, checked.notebook, on_worker=False)
    assert (done.result.added, done.result.categories_added) == (0, 1)
    assert done.changes.touches(Part.CATEGORIES)
    assert opened.journal.find_category("Rest") is not None
    opened.undo()
    assert opened.journal.find_category("Rest") is None


def test_restore_says_everything_changed(opened, vault_folder: Path, tmp_path: Path) -> None:
    opened.log_win("Before the backup")
    made = opened.make_backup(tmp_path / "copy.backup").result
    opened.lock()
    done = OpenJournal.restore(vault_folder, made.path, PASSPHRASE)
    assert done.changes.reload and done.result.preview.wins == 1
