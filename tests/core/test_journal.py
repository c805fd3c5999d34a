"""JournalService as the UI and the CLI use it: logging, editing, undo, reading, searching,
categories and quick-win templates, on a real encrypted vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_companion.core.journal import JournalService
from iop_companion.core.model import EntryFilter, Kind
from iop_companion.errors import InvalidEntry, NotFound
from iop_companion.vault.schema import DEFAULT_CATEGORIES, DEFAULT_TEMPLATES
from tests.conftest import FixedClock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day


def category_id(journal: JournalService, name: str) -> int:
    return next(c.id for c in journal.categories(include_hidden=True) if c.name == name)


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


# -- reading ------------------------------------------------------------------------------------


def test_entries_newest_first_by_day_then_by_logging_order(journal: JournalService) -> None:
    a = journal.log_win("a", day=TODAY - timedelta(days=1)).entry
    b = journal.log_win("b", day=TODAY).entry
    c = journal.log_win("c", day=TODAY - timedelta(days=5)).entry  # backdated, logged later
    d = journal.log_hard_moment(day=TODAY - timedelta(days=1)).entry
    e = journal.log_win("e", day=TODAY).entry
    assert [x.id for x in journal.entries()] == [e.id, b.id, d.id, a.id, c.id]
    assert [x.id for x in journal.entries(limit=2)] == [e.id, b.id]


def test_paging_visits_every_entry_exactly_once(journal: JournalService) -> None:
    logged = []
    with journal._db.atomic():  # one commit, so 450 entries stay quick
        for i in range(450):
            day = TODAY - timedelta(days=(i * 37) % 61)  # out of order, several per day
            if i % 9 == 0:
                logged.append(journal.log_hard_moment(day=day).entry)
            else:
                logged.append(journal.log_win(f"win {i}", day=day).entry)
    seen = []
    page = journal.entries(limit=100)
    pages = 0
    while page:
        pages += 1
        assert len(page) <= 100
        seen += page
        page = journal.entries(limit=100, after=page[-1])
    assert pages == 5
    assert len(seen) == 450
    assert sorted(e.id for e in seen) == sorted(e.id for e in logged)
    assert [(e.day, e.id) for e in seen] == sorted(((e.day, e.id) for e in seen), reverse=True)
    assert journal.count() == 450


def test_paging_with_a_filter(journal: JournalService) -> None:
    with journal._db.atomic():
        for i in range(30):
            journal.log_win(f"w{i}", day=TODAY - timedelta(days=i % 4), private=i % 3 == 0)
    where = EntryFilter(include_private=False)
    seen = []
    page = journal.entries(where, limit=7)
    while page:
        seen += page
        page = journal.entries(where, limit=7, after=page[-1])
    assert len(seen) == len({e.id for e in seen}) == 20
    assert not any(e.private for e in seen)


def test_filters(journal: JournalService) -> None:
    showing_up = category_id(journal, "Showing up")
    honesty = category_id(journal, "Honesty")
    w1 = journal.log_win("w1", category=showing_up, day=date(2026, 11, 1), tags=["group"]).entry
    w2 = journal.log_win("w2", category=honesty, day=date(2026, 11, 10), private=True).entry
    w3 = journal.log_win("w3", day=date(2026, 11, 20), tags=["Group", "zoom"]).entry
    h1 = journal.log_hard_moment(word="slip", day=date(2026, 11, 10), tags=["group"]).entry

    def ids(where: EntryFilter) -> set[int]:
        found = {e.id for e in journal.entries(where)}
        assert journal.count(where) == len(found)
        return found

    assert ids(EntryFilter()) == {w1.id, w2.id, w3.id, h1.id}
    assert ids(EntryFilter(kinds=frozenset({Kind.WIN}))) == {w1.id, w2.id, w3.id}
    assert ids(EntryFilter(kinds=frozenset({Kind.HARD_MOMENT}))) == {h1.id}
    assert ids(EntryFilter(kinds=frozenset(Kind))) == {w1.id, w2.id, w3.id, h1.id}
    assert ids(EntryFilter(category_ids=frozenset({showing_up}))) == {w1.id}
    assert ids(EntryFilter(category_ids=frozenset({showing_up, honesty}))) == {w1.id, w2.id}
    assert ids(EntryFilter(tag="group")) == {w1.id, w3.id, h1.id}
    assert ids(EntryFilter(tag="#zoom")) == {w3.id}
    assert ids(EntryFilter(tag="nothing")) == set()
    assert ids(EntryFilter(since=date(2026, 11, 10))) == {w2.id, w3.id, h1.id}
    assert ids(EntryFilter(until=date(2026, 11, 10))) == {w1.id, w2.id, h1.id}
    assert ids(EntryFilter(since=date(2026, 11, 10), until=date(2026, 11, 10))) == {w2.id, h1.id}
    assert ids(EntryFilter(include_private=False)) == {w1.id, w3.id, h1.id}
    assert ids(EntryFilter(kinds=frozenset({Kind.WIN}), tag="group", since=date(2026, 11, 2))) == {
        w3.id
    }


def test_tag_filter_is_cleaned_like_a_saved_tag(journal: JournalService) -> None:
    entry = journal.log_win("Came back", tags=["  after   group "]).entry
    assert entry.tags == ("after group",)
    assert [e.id for e in journal.entries(EntryFilter(tag="#After  Group"))] == [entry.id]
    assert journal.count(EntryFilter(tag="#")) == 0
    with pytest.raises(InvalidEntry):  # a character that can't be stored is a plain refusal
        journal.entries(EntryFilter(tag="caf\udce9"))


def test_count_follows_logging_and_deleting(journal: JournalService) -> None:
    assert journal.count() == 0
    first = journal.log_win("one").entry
    journal.log_hard_moment()
    assert journal.count() == 2
    journal.delete(first.id)
    assert journal.count() == 1


# -- search -------------------------------------------------------------------------------------


def test_search_finds_words_in_text_and_note(journal: JournalService) -> None:
    a = journal.log_win("Said one honest sentence in group").entry
    b = journal.log_win("Went to group", note="Called instead of ghosting").entry
    journal.log_win("Made tea")
    assert [h.entry.id for h in journal.search("honest")] == [a.id]
    assert [h.entry.id for h in journal.search("ghosting")] == [b.id]
    assert {h.entry.id for h in journal.search("group")} == {a.id, b.id}
    # Every word must match.
    assert [h.entry.id for h in journal.search("group honest")] == [a.id]
    assert journal.search("bicycle") == []


def test_search_last_word_is_a_prefix(journal: JournalService) -> None:
    entry = journal.log_win("Said one honest sentence").entry
    assert [h.entry.id for h in journal.search("hon")] == [entry.id]
    assert [h.entry.id for h in journal.search("one hon")] == [entry.id]
    # Only the last word is a prefix: "hon" in the middle must be a whole word.
    assert journal.search("hon sentence") == []


def test_search_ignores_case_and_accents(journal: JournalService) -> None:
    entry = journal.log_win("Café after group with Zoë").entry
    assert [h.entry.id for h in journal.search("CAFE")] == [entry.id]
    assert [h.entry.id for h in journal.search("zoe")] == [entry.id]


def test_search_snippet_marks_matched_words(journal: JournalService) -> None:
    journal.log_win("I said one honest sentence to my counselor today")
    [hit] = journal.search("honest")
    assert "".join(text for text, _ in hit.snippet) == (
        "I said one honest sentence to my counselor today"
    )
    assert [text for text, matched in hit.snippet if matched] == ["honest"]
    [hit] = journal.search("sentence hon")
    assert [text for text, matched in hit.snippet if matched] == ["honest", "sentence"]


def test_search_snippet_of_a_long_entry_is_short_and_marked(journal: JournalService) -> None:
    words = ["word"] * 200
    words[150] = "counselor"
    journal.log_win(" ".join(words))
    [hit] = journal.search("counselor")
    assert ("counselor", True) in hit.snippet
    assert len("".join(text for text, _ in hit.snippet)) < 300


def test_search_orders_by_rank_or_newest(journal: JournalService) -> None:
    old_strong = journal.log_win("group group group group", day=date(2026, 1, 1)).entry
    new_weak = journal.log_win(
        "went to group and then made a long dinner with friends and family at home",
        day=date(2026, 11, 1),
    ).entry
    mid = journal.log_win("group was fine, group helped", day=date(2026, 6, 1)).entry
    assert [h.entry.id for h in journal.search("group")] == [old_strong.id, mid.id, new_weak.id]
    assert [h.entry.id for h in journal.search("group", order="newest")] == [
        new_weak.id,
        mid.id,
        old_strong.id,
    ]
    assert len(journal.search("group", limit=2)) == 2


def test_search_respects_filters(journal: JournalService) -> None:
    journal.log_win("private honest thing", private=True)
    public = journal.log_win("public honest thing").entry
    moment = journal.log_hard_moment(text="honest about a slip").entry
    assert len(journal.search("honest")) == 3
    shareable = journal.search("honest", EntryFilter(include_private=False))
    assert {h.entry.id for h in shareable} == {public.id, moment.id}
    kinds = EntryFilter(kinds=frozenset({Kind.HARD_MOMENT}))
    assert [h.entry.id for h in journal.search("honest", kinds)] == [moment.id]


SYNTAX_QUERIES = [
    '"',
    '"honest',
    "honest*",
    "*",
    "honest AND",
    "AND",
    "OR honest",
    "NOT",
    "NEAR(honest sentence)",
    "NEAR",
    "(honest",
    "honest)",
    "-honest",
    "honest -sentence",
    "text:honest",
    "{text}: honest",
    "^honest",
    "hon'est",
    "+",
    "_",
    "",
    "   ",
    "\x00",
    "💬",
]


def test_search_syntax_characters_never_raise(journal: JournalService) -> None:
    entry = journal.log_win("Said one honest sentence", note="NEAR the end AND the start").entry
    for query in SYNTAX_QUERIES:
        for order in ("rank", "newest"):
            hits = journal.search(query, order=order)
            assert {h.entry.id for h in hits} <= {entry.id}, query
    # The words around the syntax still count as words.
    for query in ('"honest', "honest*", "(honest", "honest)", "-honest", "^honest", "NEAR("):
        assert [h.entry.id for h in journal.search(query)] == [entry.id], query
    assert [h.entry.id for h in journal.search("NEAR(honest sentence)")] == [entry.id]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=40))
def test_search_of_any_text_never_raises(journal: JournalService, query: str) -> None:
    if journal.count() == 0:
        journal.log_win("Said one honest sentence", note="NEAR the end AND the start")
    for order in ("rank", "newest"):
        assert isinstance(journal.search(query, order=order), list)


def test_search_words_that_are_fts_operators_are_plain_words(journal: JournalService) -> None:
    entry = journal.log_win("NEAR the end AND NOT the start OR later").entry
    assert [h.entry.id for h in journal.search("near")] == [entry.id]
    assert [h.entry.id for h in journal.search("AND NOT")] == [entry.id]
    assert [h.entry.id for h in journal.search('"or"')] == [entry.id]


def test_search_after_edit_finds_new_words_not_old(journal: JournalService) -> None:
    entry = journal.log_win("Went to group", note="felt awkward").entry
    journal.edit(entry.id, text="Talked to intake", note="felt calm")
    assert [h.entry.id for h in journal.search("intake")] == [entry.id]
    assert [h.entry.id for h in journal.search("calm")] == [entry.id]
    assert journal.search("group") == []
    assert journal.search("awkward") == []


def test_deleted_entries_are_never_found(journal: JournalService) -> None:
    gone = journal.log_win("Secret sentence to forget").entry
    kept = journal.log_win("Another sentence").entry
    journal.delete(gone.id)
    assert [h.entry.id for h in journal.search("sentence")] == [kept.id]
    assert journal.search("forget") == []
    assert journal.search("secret", order="newest") == []


# -- categories ---------------------------------------------------------------------------------


def test_new_vault_has_the_shipped_categories_and_quick_wins(journal: JournalService) -> None:
    names = [c.name for c in journal.categories()]
    assert names == [
        "Showing up",
        "Honesty",
        "Reaching out",
        "Coming back",
        "Asking for what I need",
        "Self-care",
    ]
    assert names == list(DEFAULT_CATEGORIES)
    templates = journal.templates()
    assert len(templates) == 9
    by_id = {c.id: c.name for c in journal.categories()}
    assert [(t.text, by_id[t.category_id]) for t in templates if t.category_id is not None] == (
        list(DEFAULT_TEMPLATES)
    )
    texts = {t.text for t in templates}
    for example in (
        "Showed up to group after a slip",
        "Said one honest sentence",
        "Called instead of ghosting",
        "Sat in group without saying a word",
        "Came to one session",
        "Told someone about a slip",
    ):
        assert example in texts
    assert not any(t.hidden for t in templates)
    assert journal.tags() == []
    assert journal.count() == 0


def test_add_category_goes_last(journal: JournalService) -> None:
    added = journal.add_category("  Boundaries   kept ")
    assert added.name == "Boundaries kept"
    assert journal.categories()[-1] == added
    assert journal.log_win("Said no", category="boundaries KEPT").entry.category_id == added.id


@pytest.mark.parametrize("name", ["Honesty", "honesty", "  HONESTY  ", "self-care"])
def test_duplicate_category_name_is_refused(journal: JournalService, name: str) -> None:
    with pytest.raises(InvalidEntry, match="already a category"):
        journal.add_category(name)
    assert len(journal.categories(include_hidden=True)) == 6


def test_category_names_need_words_and_stay_short(journal: JournalService) -> None:
    with pytest.raises(InvalidEntry):
        journal.add_category("   ")
    with pytest.raises(InvalidEntry):
        journal.add_category("x" * 61)


def test_rename_category(journal: JournalService) -> None:
    honesty = category_id(journal, "Honesty")
    entry = journal.log_win("Told the truth", category=honesty).entry
    renamed = journal.rename_category(honesty, "Telling the truth")
    assert renamed.name == "Telling the truth" and renamed.id == honesty
    assert journal.get(entry.id).category == "Telling the truth"
    # Its own name in another case is fine; another category's name is not.
    assert journal.rename_category(honesty, "telling the TRUTH").name == "telling the TRUTH"
    with pytest.raises(InvalidEntry, match="already a category"):
        journal.rename_category(honesty, "showing UP")
    with pytest.raises(InvalidEntry):
        journal.rename_category(99_999, "Whatever")


def test_hidden_category_leaves_the_list_but_stays_on_entries(journal: JournalService) -> None:
    self_care = category_id(journal, "Self-care")
    entry = journal.log_win("Slept eight hours", category=self_care).entry
    hidden = journal.set_category_hidden(self_care, True)
    assert hidden.hidden is True
    assert "Self-care" not in [c.name for c in journal.categories()]
    assert "Self-care" in [c.name for c in journal.categories(include_hidden=True)]
    assert journal.get(entry.id).category == "Self-care"
    assert journal.count(EntryFilter(category_ids=frozenset({self_care}))) == 1
    assert journal.set_category_hidden(self_care, False).hidden is False
    assert "Self-care" in [c.name for c in journal.categories()]
    with pytest.raises(InvalidEntry):
        journal.set_category_hidden(99_999, True)


def test_move_category_reorders_positions(journal: JournalService) -> None:
    self_care = category_id(journal, "Self-care")
    order = journal.move_category(self_care, 0)
    assert [c.name for c in order] == [
        "Self-care",
        "Showing up",
        "Honesty",
        "Reaching out",
        "Coming back",
        "Asking for what I need",
    ]
    assert [c.position for c in order] == list(range(6))
    assert [c.name for c in journal.categories()] == [c.name for c in order]
    # Past the end means last; negative means first.
    assert journal.move_category(self_care, 100)[-1].name == "Self-care"
    assert journal.move_category(category_id(journal, "Honesty"), -3)[0].name == "Honesty"
    with pytest.raises(InvalidEntry):
        journal.move_category(99_999, 0)


# -- templates ----------------------------------------------------------------------------------


def test_add_and_edit_template(journal: JournalService) -> None:
    added = journal.add_template("Went for a walk", "self-care")
    assert added.text == "Went for a walk"
    assert added.category_id == category_id(journal, "Self-care")
    assert journal.templates()[-1] == added
    edited = journal.edit_template(added.id, text="Went for a long walk")
    assert edited.text == "Went for a long walk"
    assert edited.category_id == added.category_id
    recategorised = journal.edit_template(added.id, category="Showing up")
    assert recategorised.category_id == category_id(journal, "Showing up")
    assert recategorised.text == "Went for a long walk"
    assert journal.add_template("No category").category_id is None
    with pytest.raises(InvalidEntry):
        journal.add_template("   ")
    with pytest.raises(InvalidEntry):
        journal.edit_template(added.id, text="x" * 201)
    with pytest.raises(InvalidEntry):
        journal.edit_template(99_999, text="Nowhere")


def test_hide_template(journal: JournalService) -> None:
    first = journal.templates()[0]
    assert journal.set_template_hidden(first.id, True).hidden is True
    assert first.id not in [t.id for t in journal.templates()]
    assert first.id in [t.id for t in journal.templates(include_hidden=True)]
    assert journal.set_template_hidden(first.id, False).hidden is False
    assert journal.templates()[0].id == first.id
    with pytest.raises(InvalidEntry):
        journal.set_template_hidden(99_999, True)


def test_move_template(journal: JournalService) -> None:
    before = journal.templates()
    last = before[-1]
    after = journal.move_template(last.id, 1)
    assert [t.id for t in after] == [before[0].id, last.id, *[t.id for t in before[1:-1]]]
    assert [t.position for t in after] == list(range(len(before)))
    assert [t.id for t in journal.templates()] == [t.id for t in after]


def test_ranked_search_finds_old_matches_a_filter_asks_for(journal, monkeypatch) -> None:
    from datetime import date

    import iop_companion.core.journal as journal_module

    monkeypatch.setattr(journal_module, "RANK_WINDOW", 5)
    journal.log_win("group back then", day=date(2020, 1, 1))
    for i in range(10):
        journal.log_win(f"group again {i}")
    old = journal.search("group", EntryFilter(until=date(2021, 1, 1)))
    assert [hit.entry.text for hit in old] == ["group back then"]
