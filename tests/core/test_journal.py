"""JournalService's entries as the UI and the CLI use them: logging, editing, deleting and
undo (``core/entries.py``), on a real encrypted vault. Reading and searching them are in
``test_queries.py``, categories and quick wins in ``test_categories.py``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.core.model import EntryFilter, Kind
from iop_companion.errors import InvalidEntry, NotFound
from tests.conftest import FixedClock
from tests.core.helpers import category_id

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day


# -- logging ------------------------------------------------------------------------------------


def test_clock_fixture_day_is_the_one_these_tests_assume(journal: JournalService) -> None:
    assert journal.today == TODAY


def test_log_win_by_category_name_any_case(journal: JournalService) -> None:
    change = journal.log_win("Said one honest sentence", category="honesty")
    assert change.what == "logged"
    assert change.entry.kind is Kind.WIN
    assert change.entry.category == "Honesty"
    assert change.entry.category_id == category_id(journal, "Honesty")
    assert journal.get(change.entry.id) == change.entry


def test_log_win_by_category_id(journal: JournalService) -> None:
    wanted = category_id(journal, "Reaching out")
    entry = journal.log_win("Called instead of ghosting", category=wanted).entry
    assert entry.category_id == wanted
    assert entry.category == "Reaching out"


def test_log_win_unknown_category_is_refused_and_names_the_real_ones(
    journal: JournalService,
) -> None:
    with pytest.raises(InvalidEntry) as caught:
        journal.log_win("Went to group", category="Gym")
    assert "Showing up" in caught.value.sentence
    with pytest.raises(InvalidEntry):
        journal.log_win("Went to group", category=9999)
    assert journal.count() == 0


def test_log_win_keeps_text_note_flags_and_trims_space(journal: JournalService) -> None:
    entry = journal.log_win(
        "  Sat in group without saying a word \n",
        note="I'm just here to listen today.",
        after_hard_moment=True,
        private=True,
    ).entry
    assert entry.text == "Sat in group without saying a word"
    assert entry.note == "I'm just here to listen today."
    assert entry.after_hard_moment is True
    assert entry.private is True
    assert entry.category is None
    assert entry.created_at is not None and entry.updated_at is not None


def test_log_win_needs_some_words(journal: JournalService) -> None:
    with pytest.raises(InvalidEntry, match="One is enough"):
        journal.log_win("   ")


def test_tags_are_normalised_and_deduplicated_ignoring_case(journal: JournalService) -> None:
    entry = journal.log_win(
        "Came to one session", tags=["#group", "group", "Group", " ##group ", "", "#", "Zoom"]
    ).entry
    assert entry.tags == ("group", "Zoom")
    # The same tag from another entry, written differently, is the same tag.
    journal.log_win("Came again", tags=["#GROUP"])
    assert journal.tags() == ["group", "Zoom"]
    assert journal.count(EntryFilter(tag="#Group")) == 2
    assert journal.count(EntryFilter(tag="group")) == 2


def test_log_day_defaults_to_the_clocks_today(journal: JournalService, clock: FixedClock) -> None:
    assert journal.log_win("Showed up").entry.day == TODAY
    clock.now += timedelta(days=3)
    assert journal.log_win("Showed up again").entry.day == TODAY + timedelta(days=3)
    assert journal.log_hard_moment().entry.day == TODAY + timedelta(days=3)


def test_backdated_days_are_allowed(journal: JournalService) -> None:
    assert journal.log_win("Yesterday", day=TODAY - timedelta(days=1)).entry.day == TODAY - (
        timedelta(days=1)
    )
    assert journal.log_win("Long ago", day=date(1900, 1, 1)).entry.day == date(1900, 1, 1)
    assert journal.log_hard_moment(day=date(2020, 2, 29)).entry.day == date(2020, 2, 29)


@pytest.mark.parametrize("day", [TODAY + timedelta(days=1), date(2100, 1, 1)])
def test_future_days_are_refused(journal: JournalService, day: date) -> None:
    with pytest.raises(InvalidEntry, match="hasn't come yet"):
        journal.log_win("Not yet", day=day)
    with pytest.raises(InvalidEntry, match="hasn't come yet"):
        journal.log_hard_moment(day=day)
    assert journal.count() == 0


def test_days_before_1900_are_refused(journal: JournalService) -> None:
    with pytest.raises(InvalidEntry, match="1900"):
        journal.log_win("Too old", day=date(1899, 12, 31))
    assert journal.count() == 0


def test_hard_moment_defaults(journal: JournalService) -> None:
    entry = journal.log_hard_moment().entry
    assert entry.kind is Kind.HARD_MOMENT
    assert entry.moment_word == "hard moment"
    assert entry.text == ""
    assert entry.category is None
    assert entry.after_hard_moment is False


@pytest.mark.parametrize("word", ["", "   "])
def test_blank_moment_word_means_hard_moment(journal: JournalService, word: str) -> None:
    assert journal.log_hard_moment(word=word).entry.moment_word == "hard moment"


def test_hard_moment_with_own_word_text_and_note(journal: JournalService) -> None:
    entry = journal.log_hard_moment(
        word="  fell   off ", text="I got overwhelmed.", note="Called my sponsor", tags=["#weekend"]
    ).entry
    assert entry.moment_word == "fell off"
    assert entry.text == "I got overwhelmed."
    assert entry.note == "Called my sponsor"
    assert entry.tags == ("weekend",)


# -- editing ------------------------------------------------------------------------------------


def test_edit_each_field(journal: JournalService) -> None:
    original = journal.log_win("Went to group", category="Showing up").entry
    honesty = category_id(journal, "Honesty")
    yesterday = TODAY - timedelta(days=1)
    change = journal.edit(original.id, text="Said I need more one-on-one")
    assert change.what == "edited"
    assert change.before == original
    assert change.entry.text == "Said I need more one-on-one"
    assert journal.edit(original.id, note="Bring it to my therapist").entry.note == (
        "Bring it to my therapist"
    )
    assert journal.edit(original.id, day=yesterday).entry.day == yesterday
    assert journal.edit(original.id, category=honesty).entry.category == "Honesty"
    assert journal.edit(original.id, category="reaching out").entry.category == "Reaching out"
    assert journal.edit(original.id, after_hard_moment=True).entry.after_hard_moment is True
    assert journal.edit(original.id, private=True).entry.private is True
    assert journal.edit(original.id, tags=["#zoom", "Zoom", "group"]).entry.tags == (
        "group",
        "zoom",
    )
    final = journal.get(original.id)
    # Fields not named in an edit stay as they were; uid and created_at never change.
    assert final.text == "Said I need more one-on-one"
    assert final.note == "Bring it to my therapist"
    assert final.day == yesterday
    assert final.uid == original.uid
    assert final.created_at == original.created_at


def test_edit_category_none_clears_it(journal: JournalService) -> None:
    entry = journal.log_win("Went", category="Showing up").entry
    assert journal.edit(entry.id, text="Went to group").entry.category == "Showing up"
    cleared = journal.edit(entry.id, category=None).entry
    assert cleared.category is None and cleared.category_id is None


def test_edit_refuses_future_day_and_empty_win_text(journal: JournalService) -> None:
    entry = journal.log_win("Went").entry
    with pytest.raises(InvalidEntry):
        journal.edit(entry.id, day=TODAY + timedelta(days=1))
    with pytest.raises(InvalidEntry):
        journal.edit(entry.id, text="  ")
    assert journal.get(entry.id) == entry


def test_hard_moment_cannot_get_a_category(journal: JournalService) -> None:
    moment = journal.log_hard_moment(word="slip").entry
    with pytest.raises(InvalidEntry, match="category"):
        journal.edit(moment.id, category="Honesty")
    assert journal.get(moment.id).category is None
    # Clearing (None) is harmless, and its text may be emptied.
    assert journal.edit(moment.id, category=None, text="").entry.category is None
    assert journal.edit(moment.id, moment_word="return to use").entry.moment_word == (
        "return to use"
    )


def test_a_hard_moment_cannot_be_marked_after_a_hard_moment(journal: JournalService) -> None:
    """The Log dialog offers the mark only for a win; an edit that asks for it on a hard moment
    is refused in a sentence and changes nothing."""
    moment = journal.log_hard_moment(word="slip", text="A long evening").entry
    with pytest.raises(InvalidEntry) as refused:
        journal.edit(moment.id, after_hard_moment=True, text="Changed")
    assert refused.value.sentence == 'Only a win can be marked "after a hard moment".'
    assert journal.get(moment.id) == moment
    assert journal.edit(moment.id, after_hard_moment=False).entry.after_hard_moment is False
    win = journal.log_win("Came to group").entry
    assert journal.edit(win.id, after_hard_moment=True).entry.after_hard_moment


def test_edit_of_missing_entry_is_not_found(journal: JournalService) -> None:
    with pytest.raises(NotFound):
        journal.edit(12345, text="x")


# -- delete and undo ----------------------------------------------------------------------------


def test_delete_then_undo_restores_the_same_entry(journal: JournalService) -> None:
    keep = journal.log_win("First", tags=["a"]).entry
    entry = journal.log_win(
        "Told someone about a slip",
        category="Honesty",
        note="It went fine",
        after_hard_moment=True,
        tags=["group", "honest"],
        day=TODAY - timedelta(days=2),
    ).entry
    later = journal.log_win("Third").entry
    deleted = journal.delete(entry.id)
    assert deleted.what == "deleted"
    with pytest.raises(NotFound):
        journal.get(entry.id)
    assert [e.id for e in journal.entries()] == [later.id, keep.id]

    restored = journal.undo(deleted)
    assert restored.what == "logged"
    assert restored.entry == entry  # same id, uid, day, created_at, tags, everything
    assert journal.get(entry.id).tags == ("group", "honest")
    assert journal.get(entry.id).created_at == entry.created_at
    assert [e.id for e in journal.entries()] == [later.id, keep.id, entry.id]
    assert [hit.entry.id for hit in journal.search("told")] == [entry.id]


def test_undo_of_log_removes_it(journal: JournalService) -> None:
    change = journal.log_win("Oops, wrong day")
    undone = journal.undo(change)
    assert undone.what == "deleted"
    assert journal.count() == 0
    with pytest.raises(NotFound):
        journal.get(change.entry.id)
    assert journal.search("oops") == []
    # Undoing the undo brings it back.
    assert journal.undo(undone).entry == change.entry


def test_undo_of_edit_restores_every_field(journal: JournalService) -> None:
    entry = journal.log_win("Came to one session", category="Showing up", tags=["group"]).entry
    change = journal.edit(
        entry.id,
        text="Asked for a smaller group",
        category="Asking for what I need",
        tags=["therapist"],
        private=True,
    )
    back = journal.undo(change)
    assert back.what == "edited"
    assert back.entry == entry
    assert journal.get(entry.id) == entry
    assert [h.entry.id for h in journal.search("session")] == [entry.id]
    assert journal.search("smaller") == []


def test_undo_of_delete_when_its_id_was_reused_keeps_both_entries(
    journal: JournalService,
) -> None:
    """SQLite hands the newest entry's id to the next new entry after a delete."""
    older = journal.log_win("Older").entry
    newest = journal.log_win("Newest", tags=["x"]).entry
    deleted = journal.delete(newest.id)
    reused = journal.log_win("Logged after the delete").entry
    back = journal.undo(deleted).entry
    assert back.uid == newest.uid and back.text == "Newest" and back.tags == ("x",)
    assert journal.get(reused.id).text == "Logged after the delete"
    assert {e.text for e in journal.entries()} == {"Older", "Newest", "Logged after the delete"}
    assert journal.get(older.id) == older


def test_undo_of_log_never_deletes_a_different_entry(journal: JournalService) -> None:
    logged = journal.log_win("First")
    journal.delete(logged.entry.id)
    other = journal.log_win("Someone else's id now").entry
    with pytest.raises(NotFound):
        journal.undo(logged)
    assert journal.get(other.id) == other


def test_undo_of_delete_twice_does_not_duplicate(journal: JournalService) -> None:
    deleted = journal.delete(journal.log_win("Once").entry.id)
    journal.undo(deleted)
    journal.undo(deleted)
    assert journal.count() == 1


def test_get_of_deleted_or_unknown_id_is_not_found(journal: JournalService) -> None:
    entry = journal.log_win("Here").entry
    journal.delete(entry.id)
    with pytest.raises(NotFound):
        journal.get(entry.id)
    with pytest.raises(NotFound):
        journal.delete(entry.id)
    with pytest.raises(NotFound):
        journal.get(999_999)
