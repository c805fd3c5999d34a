"""What two computers kept in step show when their changes cross: a category or plan item taken
back on one while the other uses it, Undo after a pass, a list moved on one while its words
change on the other."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from iop_companion.core.model import ImportedCategory, ImportedEntry, ImportPlan, Kind
from iop_companion.core.notebook_model import Attendance, SessionKind
from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from tests.conftest import FAST_KDF, PASSPHRASE

MONDAY = date(2026, 11, 30)


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[OpenJournal, OpenJournal]]:
    """One journal on computers A and B, kept in step through one folder (the folder is
    shared, as a sync tool that has caught up would leave it)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    a, _ = OpenJournal.create(tmp_path / "a", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF)
    a.keep_in_step_through(shared)
    b, _ = OpenJournal.join_from_folder(
        shared, tmp_path / "b", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF
    )
    yield a, b
    for journal in (a, b):
        if not journal.is_locked:
            journal.lock()


def passes(*journals: OpenJournal) -> None:
    for journal in journals:
        journal.sync_pass()


def category_of(journal: OpenJournal, text: str) -> str | None:
    return next(e for e in journal.journal.entries() if e.text == text).category


def test_a_category_taken_back_on_one_computer_while_the_other_uses_it(
    two: tuple[OpenJournal, OpenJournal],
) -> None:
    a, b = two
    walks = a.add_category("Walks").result
    passes(a, b)
    b.log_win("Walked round the park", day=MONDAY, category="Walks")
    a.undo()  # adding "Walks", unused on A: it goes
    passes(a, b)  # B takes in that it went, with its own win still using it
    assert category_of(b, "Walked round the park") is None
    assert walks.name not in {c.name for c in b.journal.categories()}
    assert a.redo().result  # brought back on A: the win shows it again on both
    passes(a, b, a)
    assert category_of(a, "Walked round the park") == "Walks"
    assert category_of(b, "Walked round the park") == "Walks"


def test_a_plan_item_put_back_by_undo_links_its_sessions_on_the_other_computer(
    two: tuple[OpenJournal, OpenJournal],
) -> None:
    a, b = two
    item = a.add_plan_item(MONDAY.weekday(), None, SessionKind.GROUP, "Tuesday group").result
    a.i_was_there(item.id, MONDAY)
    passes(a, b)
    [session] = b.notebook.sessions(MONDAY, MONDAY)
    assert session.plan_id is not None
    a.remove_plan_item(item.id)
    passes(a, b)
    assert b.notebook.plan() == []
    assert b.notebook.sessions(MONDAY, MONDAY)[0].plan_id is None
    a.undo()  # the item is back in A's week, under the same name on every computer
    passes(a, b)
    [back] = b.notebook.plan()
    assert back.note == "Tuesday group"
    [session] = b.notebook.sessions(MONDAY, MONDAY)
    assert session.plan_id == back.id
    assert session.attendance == Attendance.ATTENDED


def test_moving_a_phrase_on_one_computer_keeps_words_changed_on_the_other(
    two: tuple[OpenJournal, OpenJournal],
) -> None:
    a, b = two
    for text in ("One day at a time", "Call before you act", "Breathe first"):
        a.add_phrase(text)
    passes(a, b)
    last = a.notebook.phrases()[-1]
    a.move_phrase(last.id, len(a.notebook.phrases()) - 2)  # one step up: two rows move
    untouched = next(p for p in b.notebook.phrases() if p.text == "One day at a time")
    b.edit_phrase(untouched.id, "Just for today")
    passes(b, a, b)
    assert [p.text for p in a.notebook.phrases()] == [p.text for p in b.notebook.phrases()]
    assert "Just for today" in {p.text for p in a.notebook.phrases()}


def test_two_computers_adding_at_once_show_one_order(
    two: tuple[OpenJournal, OpenJournal],
) -> None:
    a, b = two
    a.add_phrase("Asked for help")
    b.add_phrase("Went to bed early")
    passes(a, b, a)
    assert [p.text for p in a.notebook.phrases()] == [p.text for p in b.notebook.phrases()]


def test_a_new_category_never_takes_the_place_of_one_taken_back(
    two: tuple[OpenJournal, OpenJournal],
) -> None:
    """A category added after Undo took one back may reuse its local id; it is still a new
    category on the other computer, and what used the old one doesn't move into it."""
    a, b = two
    a.add_category("Walks")
    passes(a, b)
    b.log_win("Walked round the park", day=MONDAY, category="Walks")
    a.undo()
    a.add_category("Work")
    passes(a, b, a)
    for journal in (a, b):
        assert category_of(journal, "Walked round the park") is None
        names = {c.name for c in journal.journal.categories()}
        assert "Work" in names and "Walks" not in names


def test_an_import_travels_whole_and_so_does_taking_it_back(
    two: tuple[OpenJournal, OpenJournal],
) -> None:
    # An import adds its entries in bulk (search's index and the day tallies done once, at
    # its end): the sync bookkeeping still notes every entry and tag it added.
    a, b = two
    b.log_win("Went to group", day=MONDAY)
    passes(b, a)
    (group,) = (e.uid for e in a.journal.entries())
    plan = ImportPlan(
        categories=(ImportedCategory("Walks", 9, False),),
        entries=(
            ImportedEntry("u1", Kind.WIN, MONDAY, "Walked by the lighthouse", category="Walks"),
            ImportedEntry("u2", Kind.HARD_MOMENT, MONDAY, "", moment_word="craving"),
            ImportedEntry("u3", Kind.WIN, date(2026, 11, 2), "Called my sister", tags=("family",)),
        ),
    )
    assert a.import_plans(plan, None, on_worker=False).result.added == 3
    passes(a, b)
    for journal in (a, b):
        assert {e.uid: (e.text, e.category, e.tags) for e in journal.journal.entries()} == {
            group: ("Went to group", None, ()),
            "u1": ("Walked by the lighthouse", "Walks", ()),
            "u2": ("", None, ()),
            "u3": ("Called my sister", None, ("family",)),
        }
        assert [hit.entry.uid for hit in journal.journal.search("lighthouse")] == ["u1"]
        assert [(d.day, d.wins, d.hard_moments) for d in journal.journal.day_counts()] == [
            (date(2026, 11, 2), 1, 0),
            (MONDAY, 2, 1),
        ]
        assert journal.journal.tallies_match()
    a.undo()  # the import: exactly what it added goes, here and there
    passes(a, b)
    for journal in (a, b):
        assert [e.text for e in journal.journal.entries()] == ["Went to group"]
        assert journal.journal.search("lighthouse") == []
        assert [(d.day, d.wins) for d in journal.journal.day_counts()] == [(MONDAY, 1)]
        assert journal.journal.tallies_match()
