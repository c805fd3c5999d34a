"""Reading JournalService's entries: newest first, paging, filters, counts and full-text
search (``core/queries.py``), on a real encrypted vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_companion.core.journal import JournalService
from iop_companion.core.model import EntryFilter, Kind
from iop_companion.errors import InvalidEntry
from tests.core.helpers import category_id

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day


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


def test_ranked_search_finds_old_matches_a_filter_asks_for(journal, monkeypatch) -> None:
    import iop_companion.core.queries as queries_module

    monkeypatch.setattr(queries_module, "RANK_WINDOW", 5)
    journal.log_win("group back then", day=date(2020, 1, 1))
    for i in range(10):
        journal.log_win(f"group again {i}")
    old = journal.search("group", EntryFilter(until=date(2021, 1, 1)))
    assert [hit.entry.text for hit in old] == ["group back then"]
