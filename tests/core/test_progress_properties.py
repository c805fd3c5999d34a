"""Properties of the progress maths: the record only grows.

Random histories of wins and hard moments (random days, categories, "after a hard moment" flags).
Adding a hard moment takes nothing away; adding a win takes nothing away.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_companion.core import progress
from iop_companion.core.journal import JournalService
from iop_companion.core.model import (
    Change,
    EntryFilter,
    ImportedEntry,
    ImportPlan,
    ImportResult,
    Kind,
    logged_key,
)
from iop_companion.core.progress import DayCount

BASE = date(2025, 12, 1)
TODAY = BASE + timedelta(days=400)

Row = tuple[date, Kind, int | None, bool, int]

rows = st.tuples(
    st.integers(0, 400).map(lambda n: BASE + timedelta(days=n)),
    st.sampled_from(Kind),
    st.sampled_from([None, 1, 2, 3]),
    st.booleans(),
    st.integers(1, 3),
)
histories = st.lists(rows, max_size=40)


def fold(history: list[Row]) -> list[DayCount]:
    return progress.day_counts(history)


def win(row: Row) -> Row:
    return (row[0], Kind.WIN, row[2], row[3], row[4])


def hard_moment(row: Row) -> Row:
    return (row[0], Kind.HARD_MOMENT, None, False, row[4])


def assert_nothing_lowered(before: list[DayCount], after: list[DayCount]) -> None:
    old_series = dict(progress.running_total(before))
    new_series = dict(progress.running_total(after))
    for day, total in old_series.items():
        assert new_series[day] >= total
    assert progress.total_wins(after) >= progress.total_wins(before)
    for measure in (progress.wins_per_day, progress.wins_per_week, progress.wins_per_category):
        old, new = measure(before), measure(after)
        for key, value in old.items():
            assert new.get(key, 0) >= value  # type: ignore[arg-type]
    old_weeks = progress.wins_per_category_per_week(before)
    new_weeks = progress.wins_per_category_per_week(after)
    for week, categories in old_weeks.items():
        for category, value in categories.items():
            assert new_weeks[week][category] >= value
    old_summary = progress.summarize(before, TODAY)
    new_summary = progress.summarize(after, TODAY)
    assert new_summary.total_wins >= old_summary.total_wins
    assert new_summary.wins_this_week >= old_summary.wins_this_week
    assert new_summary.hard_moments >= old_summary.hard_moments


@given(histories)
def test_running_total_never_goes_down_and_ends_at_total_wins(history: list[Row]) -> None:
    days = fold(history)
    series = progress.running_total(days)
    totals = [total for _, total in series]
    assert totals == sorted(totals)
    assert [day for day, _ in series] == sorted({row[0] for row in history})
    assert (totals[-1] if totals else 0) == progress.total_wins(days)
    assert progress.total_wins(days) == sum(n for _, kind, _, _, n in history if kind is Kind.WIN)
    assert sum(progress.wins_per_week(days).values()) == progress.total_wins(days)
    assert sum(progress.wins_per_category(days).values()) == progress.total_wins(days)
    assert sum(progress.wins_per_day(days).values()) == progress.total_wins(days)


@given(histories, rows)
def test_adding_a_hard_moment_never_lowers_anything(history: list[Row], extra: Row) -> None:
    before = fold(history)
    after = fold([*history, hard_moment(extra)])
    assert_nothing_lowered(before, after)
    # It changes no win count at all, and a comeback it makes is extra, never one taken away.
    assert (
        dict(progress.running_total(after)).items() >= dict(progress.running_total(before)).items()
    )
    assert progress.total_wins(after) == progress.total_wins(before)
    assert progress.wins_per_week(after) == progress.wins_per_week(before)
    assert progress.wins_per_category(after) == progress.wins_per_category(before)
    assert len(progress.comebacks(after)) >= len(progress.comebacks(before))


@given(histories, rows)
def test_adding_a_win_never_lowers_anything(history: list[Row], extra: Row) -> None:
    added = win(extra)
    before = fold(history)
    after = fold([*history, added])
    assert_nothing_lowered(before, after)
    assert progress.total_wins(after) == progress.total_wins(before) + added[4]


@given(histories)
def test_history_order_does_not_matter(history: list[Row]) -> None:
    assert fold(history) == fold(list(reversed(history)))


Action = tuple[bool, int, str | None, bool, bool]  # win?, days ago, category, after, private

# One journal for all examples (an unlock each would be slow), so the record keeps growing.
on_one_journal = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def actions(days_back: int, most: int) -> st.SearchStrategy[list[Action]]:
    """Wins and hard moments to log, on days up to ``days_back`` ago."""
    return st.lists(
        st.tuples(
            st.booleans(),
            st.integers(0, days_back),
            st.sampled_from([None, "Showing up", "Honesty", "Self-care"]),
            st.booleans(),
            st.booleans(),
        ),
        min_size=1,
        max_size=most,
    )


def log(journal: JournalService, action: Action) -> Change:
    is_win, days_ago, category, after_hard, private = action
    day = journal.today - timedelta(days=days_ago)
    if is_win:
        return journal.log_win(
            "a small win", category=category, day=day, after_hard_moment=after_hard, private=private
        )
    change = journal.log_hard_moment(day=day, private=private)
    if after_hard:  # as an earlier version's edit could leave it: the tallies ignore it
        journal._db.execute(
            "UPDATE entries SET after_hard_moment = 1 WHERE id = ?", [change.entry.id]
        )
    return change


@on_one_journal
@given(actions(days_back=3000, most=8))
def test_logging_anything_never_lowers_total_wins(
    journal: JournalService, logged: list[Action]
) -> None:
    summary = journal.summary()
    for action in logged:
        log(journal, action)
        is_win = action[0]
        now = journal.summary()
        assert now.total_wins == summary.total_wins + int(is_win)
        assert now.hard_moments == summary.hard_moments + int(not is_win)
        summary = now
    assert summary.total_wins == journal.count(EntryFilter(kinds=frozenset({Kind.WIN})))


@on_one_journal
@given(actions(days_back=6, most=12), st.integers(0, 6), st.integers(0, 6))
def test_the_journals_tallies_are_its_entries_folded(
    journal: JournalService, logged: list[Action], since_ago: int, until_ago: int
) -> None:
    # The journal tallies in SQL; folding its entries one by one must give the same days.
    for action in logged:
        log(journal, action)
    entries = journal.entries(limit=-1)
    expected = progress.day_counts(
        (e.day, e.kind, e.category_id, e.after_hard_moment, 1, key, key)
        for e in entries
        for key in [logged_key(e.created_at)]
    )
    assert journal.day_counts() == expected
    since = journal.today - timedelta(days=since_ago)
    until = journal.today - timedelta(days=until_ago)
    assert journal.day_counts(since, until) == [d for d in expected if since <= d.day <= until]
    only = {since, until}
    assert journal.day_counts(only=only) == [d for d in expected if d.day in only]


# -- the kept day tallies (schema m009) against a recount, for any mix of changes ----------------

UIDS = [f"imported-{n}" for n in range(6)]  # few, so an import meets one already there
imported = st.builds(
    ImportedEntry,
    uid=st.sampled_from(UIDS),
    kind=st.sampled_from(Kind),
    day=st.integers(0, 6).map(lambda n: TODAY - timedelta(days=n)),
    text=st.just("brought in"),
    category=st.sampled_from([None, "Honesty", "Something new"]),
    after_hard_moment=st.booleans(),
    # Whole hours, so entries logged at the same moment happen too; or no time at all.
    created_at=st.one_of(
        st.none(), st.integers(0, 3).map(lambda h: datetime(2026, 11, 20, h, tzinfo=UTC))
    ),
)
# What to do next: log an entry, edit or delete one (picked by its place in the list), undo the
# latest change not undone yet (an import included), or import entries.
changes = st.lists(
    st.one_of(
        st.tuples(st.just("log"), actions(days_back=6, most=1).map(lambda a: a[0])),
        st.tuples(
            st.just("edit"),
            st.integers(0, 30),
            st.one_of(st.none(), st.integers(0, 6)),  # None, False: left as it is
            st.sampled_from([False, None, "Showing up", "Honesty"]),
            st.one_of(st.none(), st.booleans()),
        ),
        st.tuples(st.just("delete"), st.integers(0, 30)),
        st.tuples(st.just("undo")),
        st.tuples(st.just("import"), st.lists(imported, max_size=4)),
    ),
    min_size=1,
    max_size=10,
)


def change(
    journal: JournalService, step: tuple[Any, ...], done: list[Change | ImportResult]
) -> None:
    what, *details = step
    entries = journal.entries(limit=-1)
    if what == "log":
        done.append(log(journal, details[0]))
    elif what == "edit" and entries:
        which, days_ago, category, after_hard = details
        entry = entries[which % len(entries)]
        is_win = entry.kind is Kind.WIN
        done.append(
            journal.edit(
                entry.id,
                day=None if days_ago is None else journal.today - timedelta(days=days_ago),
                category=category if is_win else False,
                after_hard_moment=after_hard if is_win else None,
            )
        )
    elif what == "delete" and entries:
        done.append(journal.delete(entries[details[0] % len(entries)].id))
    elif what == "undo" and done:
        last = done.pop()
        if isinstance(last, ImportResult):
            journal.take_back_import(last)
        else:
            journal.undo(last)
    elif what == "import":
        done.append(journal.import_entries(ImportPlan(entries=tuple(details[0]))))


@on_one_journal
@given(changes)
def test_the_kept_tallies_are_a_recount_after_any_change(
    journal: JournalService, steps: list[tuple[Any, ...]]
) -> None:
    done: list[Change | ImportResult] = []
    for step in steps:
        change(journal, step, done)
        assert journal.day_counts() == journal.recounted_day_counts()
        assert journal.tallies_match()
    entries = journal.entries(limit=-1)
    assert journal.day_counts() == progress.day_counts(
        (e.day, e.kind, e.category_id, e.after_hard_moment, 1, key, key)
        for e in entries
        for key in [logged_key(e.created_at)]
    )
