"""Importing a JSON export: everything comes back as it was, nothing comes in twice, and a
failure part-way leaves the journal as it was."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.core.model import EntryFilter, ImportedCategory, ImportedEntry, ImportPlan, Kind
from iop_companion.errors import DiskFull
from iop_companion.export.importer import import_export, read_export
from tests.export.helpers import (
    PRIVATE_MARK,
    SHAREABLE,
    export_document,
    export_text,
    without_time,
)


def whole_database(journal: JournalService) -> dict[str, list[str]]:
    """Every part of the schema (triggers included) and every row of every table (search's
    index, the day tallies and the sync bookkeeping too), in an order of their own."""
    db = journal._db
    schema = sorted(db.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    tables = [name for kind, name, sql in schema if kind == "table" and "VIRTUAL" not in sql]
    return {"": [repr(part) for part in schema]} | {
        table: sorted(repr(row) for row in db.execute(f'SELECT * FROM "{table}"'))  # noqa: S608
        for table in tables
    }


def test_round_trip_into_a_fresh_journal_gives_the_same_export(
    source: JournalService, other_journal: JournalService
) -> None:
    first = export_text(source)
    result = import_export(other_journal, first.encode("utf-8"))
    assert (result.added, result.already_there, result.categories_added) == (SHAREABLE, 0, 2)
    assert result.days == {e.day for e in source.entries(EntryFilter(include_private=False))}
    again = export_document(other_journal)
    assert without_time(again) == without_time(json.loads(first))
    assert again["exported_at"]


def test_what_comes_back_is_what_the_person_wrote(
    source: JournalService, other_journal: JournalService
) -> None:
    import_export(other_journal, export_text(source).encode("utf-8"))
    by_text = {e.text: e for e in other_journal.entries(limit=100)}
    after = by_text["Showed up to group after a slip"]
    assert after.category == "Group work"
    assert after.after_hard_moment and after.note == "Sat near the door"
    assert after.tags == ("group", "Tuesday")
    assert by_text["Called instead of ghosting — ça compte 😊"].day == date(2026, 11, 27)
    slip = by_text["Rough night"]
    assert (slip.kind, slip.moment_word, slip.note) == (
        Kind.HARD_MOMENT,
        "slip",
        "Called my counselor",
    )
    # The hidden category came with its entry and stays out of the pickers.
    assert by_text["Asked for a smaller group"].category == "Old program"
    assert "Old program" not in [c.name for c in other_journal.categories()]
    assert "Old program" in [c.name for c in other_journal.categories(include_hidden=True)]
    # Nothing private left the first journal, so nothing private arrived.
    assert other_journal.count(EntryFilter(include_private=False)) == other_journal.count()
    assert other_journal.search(PRIVATE_MARK) == []
    assert other_journal.search("ghosting")  # full-text search knows the imported entries
    summary = other_journal.summary()
    assert (summary.total_wins, summary.hard_moments) == (5, 2)  # the shareable ones


def test_the_same_file_twice_adds_nothing_the_second_time(
    source: JournalService, other_journal: JournalService, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    path.write_text(export_text(source), encoding="utf-8")
    assert import_export(other_journal, path).added == SHAREABLE
    before = export_document(other_journal)
    everything = whole_database(other_journal)
    second = import_export(other_journal, path)
    assert (second.added, second.already_there, second.categories_added) == (0, SHAREABLE, 0)
    assert second.days == frozenset()
    assert other_journal.count() == SHAREABLE
    assert without_time(export_document(other_journal)) == without_time(before)
    assert whole_database(other_journal) == everything  # not a row, nor a trigger, changed


def test_importing_a_journal_into_itself_adds_nothing(source: JournalService) -> None:
    count = source.count()
    result = import_export(source, export_text(source).encode("utf-8"))
    assert (result.added, result.already_there) == (0, SHAREABLE)
    assert source.count() == count
    # Its private entries are still private, and still there.
    assert source.count() - source.count(EntryFilter(include_private=False)) == 2


def test_import_into_a_journal_that_has_its_own_entries(
    source: JournalService, other_journal: JournalService
) -> None:
    mine = other_journal.log_win("My own first win", day=date(2026, 9, 15), tags=["group"]).entry
    hidden = other_journal.add_category("old PROGRAM")  # the same category, named differently
    other_journal.move_category(hidden.id, 0)
    result = import_export(other_journal, export_text(source).encode("utf-8"))
    assert (result.added, result.already_there, result.categories_added) == (SHAREABLE, 0, 1)
    assert other_journal.count() == SHAREABLE + 1
    assert other_journal.get(mine.id) == mine
    # A category already here keeps its name, place and visibility; entries join it.
    names = [c.name for c in other_journal.categories()]
    assert names[0] == "old PROGRAM" and "Old program" not in names
    joined = other_journal.entries(EntryFilter(category_ids=frozenset({hidden.id})))
    assert [e.text for e in joined] == ["Asked for a smaller group"]
    # One "group" tag, shared by the person's own win and the imported one.
    assert other_journal.tags().count("group") == 1
    assert len(other_journal.entries(EntryFilter(tag="group"))) == 2


def test_a_hand_made_file_with_only_the_needed_fields(journal: JournalService) -> None:
    data = {
        "format": "iop-companion-export",
        "version": 1,
        "entries": [
            {
                "uid": "a-1",
                "kind": "win",
                "day": "2026-05-01",
                "text": " Went to group ",
                "category": "  Peer   support ",
                "tags": ["#group", "Group", " "],
            },
            {"uid": "a-2", "kind": "hard_moment", "day": "2026-05-02", "moment_word": " "},
            {
                "uid": "a-3",
                "kind": "win",
                "day": "2026-05-03",
                "text": "Rested",
                "category": "self-care",
                "created_at": "2026-05-03T21:00:00",
            },
        ],
    }
    before = len(journal.categories())
    result = import_export(journal, json.dumps(data).encode("utf-8"))
    assert (result.added, result.categories_added) == (3, 1)
    win, moment, rested = sorted(journal.entries(), key=lambda e: e.uid)
    assert (win.text, win.category, win.tags) == ("Went to group", "Peer support", ("group",))
    assert moment.moment_word == "hard moment"  # no word given: the app's own
    assert rested.category == "Self-care"  # an existing category, whatever the case
    assert rested.created_at is not None and rested.created_at.isoformat() == "2026-05-03T21:00:00"
    assert win.created_at is not None  # none in the file: the time of the import
    categories = journal.categories()
    assert len(categories) == before + 1 and categories[-1].name == "Peer support"


@pytest.mark.parametrize(
    "failing",
    [
        # While the entries' days are counted and while their tags are added, inside the quick
        # way of adding many entries (where the triggers of search's index, the tallies, sync
        # and picking up's privacy are paused).
        "iop_companion.vault.schema.count_days_again",
        "iop_companion.core.entries.add_many_tags",
    ],
)
def test_a_failure_part_way_leaves_the_journal_as_it_was(
    source: JournalService,
    other_journal: JournalService,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
) -> None:
    other_journal.log_win("Already here", day=date(2026, 9, 1))
    before = export_document(other_journal)
    categories = other_journal.categories(include_hidden=True)
    days = other_journal.day_counts()
    everything = whole_database(other_journal)
    reached = 0

    def disk_fills(*_args: object) -> None:
        nonlocal reached
        reached += 1
        raise DiskFull()

    monkeypatch.setattr(failing, disk_fills)
    with pytest.raises(DiskFull):
        import_export(other_journal, export_text(source).encode("utf-8"))
    monkeypatch.undo()
    assert reached == 1
    assert other_journal.count() == 1
    assert other_journal.categories(include_hidden=True) == categories
    assert without_time(export_document(other_journal)) == without_time(before)
    assert other_journal.search("ghosting") == []
    assert other_journal.day_counts() == days
    # Not a row nor a trigger changed (search's index, the sync bookkeeping and the paused
    # triggers included).
    assert whole_database(other_journal) == everything
    # The journal still works as it did: a win saved now is found and counted.
    saved = "Called instead of ghosting"
    other_journal.log_win(saved, day=date(2026, 9, 1))
    assert [hit.entry.text for hit in other_journal.search("ghosting")] == [saved]
    assert other_journal.day_counts()[-1].wins == 2
    assert other_journal.tallies_match()
    # And the same file goes in whole afterwards.
    assert import_export(other_journal, export_text(source).encode("utf-8")).added == SHAREABLE
    assert other_journal.tallies_match()


def test_a_plan_made_in_code_goes_in_the_same_way(journal: JournalService) -> None:
    entry = ImportedEntry(uid="x1", kind=Kind.WIN, day=date(2026, 1, 2), text="secret words")
    plan = ImportPlan(entries=(entry, entry))
    result = journal.import_entries(plan)
    assert (result.added, result.already_there) == (1, 1)
    assert "secret" not in repr(plan) and "secret" not in repr(result)


class DiskFullDay(date):
    """A day that fills the disk when it is written down: a failure in the middle of adding
    the entries, after those before it went in."""

    def isoformat(self) -> str:
        raise DiskFull()


def test_an_import_does_once_at_its_end_what_each_row_would_have_set_going(
    journal: JournalService,
) -> None:
    # While the journal keeps a folder in step, and with notes on picking up already here
    # (kept private) for a hard moment the file brings: as if added row by row, each entry
    # is noted once for the next pass (its tags with it), the notes take the moment's privacy,
    # and search and the day tallies know the entries.
    db = journal._db
    db.execute("UPDATE sync_state SET recording = 1")
    db.execute(
        "INSERT INTO notebook_picking_up (uid, entry_uid, private, written_at) "
        "VALUES ('notes', 'x2', 1, '2026-01-03T09:00:00+00:00')"
    )
    db.execute("DELETE FROM sync_pending")
    day = date(2026, 1, 3)
    plan = ImportPlan(
        entries=(
            ImportedEntry("x1", Kind.WIN, day, "Walked by the lighthouse", tags=("sea", "walks")),
            ImportedEntry("x2", Kind.HARD_MOMENT, day, "", moment_word="craving"),
        )
    )
    assert journal.import_entries(plan).added == 2
    pending = {key for (key,) in db.execute("SELECT key FROM sync_pending")}
    assert pending == {"entries:x1", "entries:x2", "notebook_picking_up:notes"}
    assert db.execute("SELECT private FROM notebook_picking_up").fetchall() == [(0,)]
    assert [hit.entry.tags for hit in journal.search("lighthouse")] == [("sea", "walks")]
    assert [(d.wins, d.hard_moments) for d in journal.day_counts()] == [(1, 1)]
    assert journal.tallies_match()


def test_a_failure_among_the_entries_themselves_leaves_the_journal_as_it_was(
    journal: JournalService,
) -> None:
    journal.log_win("Already here", day=date(2026, 1, 2), tags=["walks"])
    everything = whole_database(journal)
    days = journal.day_counts()
    day = date(2026, 1, 3)
    plan = ImportPlan(
        categories=(ImportedCategory("Walks", 9, False),),
        entries=(
            ImportedEntry("u1", Kind.WIN, day, "Walked by the lighthouse", category="Walks"),
            ImportedEntry("u2", Kind.WIN, DiskFullDay(2026, 1, 3), "Walked by the sea"),
            # These two go in first (an import adds from the end), then u2 fills the disk.
            ImportedEntry("u3", Kind.WIN, day, "The lighthouse again", tags=("sea",)),
            ImportedEntry("u4", Kind.HARD_MOMENT, day, "", moment_word="craving"),
        ),
    )
    with pytest.raises(DiskFull):
        journal.import_entries(plan)
    assert whole_database(journal) == everything
    assert journal.search("lighthouse") == []
    assert journal.day_counts() == days
    assert journal.tags() == ["walks"]
    assert "Walks" not in [c.name for c in journal.categories(include_hidden=True)]
    # Still works: a win saved now is found and counted, and the plan goes in once it can.
    journal.log_win("Walked to the lighthouse", day=day)
    assert [hit.entry.text for hit in journal.search("lighthouse")] == ["Walked to the lighthouse"]
    fixed = ImportPlan(plan.categories, tuple(e._replace(day=day) for e in plan.entries))
    assert journal.import_entries(fixed).added == 4
    assert len(journal.search("lighthouse")) == 3
    assert journal.tags() == ["sea", "walks"]
    assert journal.tallies_match()


def test_the_same_uid_twice_in_one_import_goes_in_once_and_comes_out_once(
    journal: JournalService,
) -> None:
    journal.log_win("Already here", day=date(2026, 1, 2))
    twice = ImportedEntry("x1", Kind.WIN, date(2026, 1, 3), "Walked by the lighthouse")
    plan = ImportPlan(
        entries=(
            twice._replace(tags=("sea",)),
            ImportedEntry("x2", Kind.HARD_MOMENT, date(2026, 1, 3), "", moment_word="craving"),
            twice._replace(tags=("sea",)),
        )
    )
    result = journal.import_entries(plan)
    assert (result.added, result.already_there, len(result.entry_ids)) == (2, 1, 2)
    assert [hit.entry.uid for hit in journal.search("lighthouse")] == ["x1"]
    assert [e.tags for e in journal.entries() if e.uid == "x1"] == [("sea",)]
    assert [(d.day, d.wins, d.hard_moments) for d in journal.day_counts()] == [
        (date(2026, 1, 2), 1, 0),
        (date(2026, 1, 3), 1, 1),
    ]
    assert journal.tallies_match()
    # Taken back, exactly what it added goes (the tag "sea" is left unused, as a deleted
    # entry's tag is).
    journal.take_back_import(result)
    assert [e.text for e in journal.entries()] == ["Already here"]
    assert journal.search("lighthouse") == []
    assert [(d.day, d.wins) for d in journal.day_counts()] == [(date(2026, 1, 2), 1)]
    assert journal.tallies_match()
    assert journal.import_entries(plan).added == 2  # and it can come in again


def test_reading_checks_before_anything_is_written(journal: JournalService) -> None:
    plan = read_export(
        b'{"format": "iop-companion-export", "version": 1, "categories": [], "entries": []}'
    )
    assert plan == ImportPlan()
    assert journal.import_entries(plan).added == 0


def test_a_hard_moment_carrying_the_after_a_hard_moment_mark_still_round_trips(
    source: JournalService, other_journal: JournalService
) -> None:
    # An earlier version's edit could put the mark on a hard moment; the format says it is
    # always false there, so the journal reads no mark, the export writes false and the file
    # imports.
    slip = source.log_hard_moment(word="slip", day=date(2026, 11, 2))
    source._db.execute("UPDATE entries SET after_hard_moment = 1 WHERE id = ?", [slip.entry.id])
    assert not source.get(slip.entry.id).after_hard_moment
    document = export_document(source)
    assert not any(e["after_hard_moment"] for e in document["entries"] if e["kind"] != "win")
    result = import_export(other_journal, export_text(source).encode("utf-8"))
    assert result.added == SHAREABLE + 1


def test_a_time_with_an_offset_comes_back_in_utc_as_the_format_writes_it(
    journal: JournalService,
) -> None:
    data = {
        "format": "iop-companion-export",
        "version": 2,
        "entries": [
            {
                "uid": "t-1",
                "kind": "win",
                "day": "2026-05-03",
                "text": "Rested",
                "created_at": "2026-05-03T23:30:00+02:00",
                "updated_at": "2026-05-04T01:00:00.250000+14:00",
            }
        ],
    }
    import_export(journal, json.dumps(data).encode("utf-8"))
    (written,) = export_document(journal)["entries"]
    assert written["created_at"] == "2026-05-03T21:30:00+00:00"
    assert written["updated_at"] == "2026-05-03T11:00:00.250000+00:00"
