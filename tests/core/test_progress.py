"""The progress maths, one function at a time, on hand-made histories."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from iop_companion.core import progress
from iop_companion.core.model import Kind
from iop_companion.core.progress import Comeback, DayCount, Summary

W, H = Kind.WIN, Kind.HARD_MOMENT
D = date(2026, 11, 27)  # a Friday


def days(
    *rows: tuple[date, Kind] | tuple[date, Kind, int | None] | tuple[Any, ...],
) -> list[DayCount]:
    """Rows of (day, kind[, category[, after_hard_moment[, n]]]) folded the way the service does,
    each logged after the one before it."""
    full = []
    for logged, row in enumerate(rows):
        day, kind, *rest = row
        category = rest[0] if len(rest) > 0 else None
        after = rest[1] if len(rest) > 1 else False
        n = rest[2] if len(rest) > 2 else 1
        full.append((day, kind, category, after, n, logged, logged))
    return progress.day_counts(full)


def ago(n: int) -> date:
    return D - timedelta(days=n)


# -- day_counts ---------------------------------------------------------------------------------


def test_day_counts_of_nothing_is_empty() -> None:
    assert progress.day_counts([]) == []


def test_day_counts_folds_rows_into_one_tally_per_day_in_day_order() -> None:
    rows = [
        (ago(0), W, 2, False, 1),
        (ago(3), W, None, False, 2),
        (ago(0), W, 1, True, 3),
        (ago(0), H, None, False, 1),
        (ago(0), W, 2, False, 4),
        (ago(1), H, None, False, 2),
    ]
    folded = progress.day_counts(rows)
    assert [d.day for d in folded] == [ago(3), ago(1), ago(0)]
    assert folded[0] == DayCount(ago(3), wins=2, wins_by_category=((None, 2),))
    assert folded[1] == DayCount(ago(1), hard_moments=2)
    assert folded[1].entries == 2
    today = folded[2]
    assert today.wins == 8
    assert today.hard_moments == 1
    assert today.wins_after_hard_moment == 3
    assert today.wins_by_category == ((1, 3), (2, 5))
    assert today.entries == 9


def test_day_counts_puts_uncategorised_wins_last() -> None:
    [day] = progress.day_counts([(D, W, None, False, 1), (D, W, 5, False, 1), (D, W, 2, False, 1)])
    assert day.wins_by_category == ((2, 1), (5, 1), (None, 1))


# -- totals and series --------------------------------------------------------------------------


def test_empty_journal() -> None:
    assert progress.total_wins([]) == 0
    assert progress.running_total([]) == []
    assert progress.wins_per_day([]) == {}
    assert progress.wins_per_week([]) == {}
    assert progress.wins_per_category([]) == {}
    assert progress.wins_per_category_per_week([]) == {}
    assert progress.comebacks([]) == []
    assert progress.days_since_last_entry([], D) is None
    assert progress.is_welcome_back([], D) is False


def test_one_win() -> None:
    history = days((D, W, 3))
    assert progress.total_wins(history) == 1
    assert progress.running_total(history) == [(D, 1)]
    assert progress.wins_per_day(history) == {D: 1}
    assert progress.wins_per_week(history) == {date(2026, 11, 23): 1}
    assert progress.wins_per_category(history) == {3: 1}
    assert progress.wins_per_category_per_week(history) == {date(2026, 11, 23): {3: 1}}
    assert progress.comebacks(history) == []  # the very first win isn't a comeback


def test_one_hard_moment_counts_no_wins_and_takes_nothing() -> None:
    history = days((D, H))
    assert progress.total_wins(history) == 0
    assert progress.running_total(history) == [(D, 0)]
    assert progress.wins_per_day(history) == {}
    assert progress.wins_per_week(history) == {}
    assert progress.wins_per_category(history) == {}
    assert progress.comebacks(history) == []


def test_several_entries_the_same_day() -> None:
    history = days((D, W, 1), (D, W, 1), (D, W, None), (D, H))
    assert progress.total_wins(history) == 3
    assert progress.running_total(history) == [(D, 3)]
    assert progress.wins_per_day(history) == {D: 3}
    assert progress.wins_per_category(history) == {1: 2, None: 1}


def test_running_total_climbs_through_hard_moments() -> None:
    history = days((ago(10), W), (ago(10), W), (ago(8), H), (ago(5), W), (ago(1), H))
    assert progress.running_total(history) == [(ago(10), 2), (ago(8), 2), (ago(5), 3), (ago(1), 3)]


def test_backdated_entries_land_on_their_own_day() -> None:
    # Logged in any order, the series is in day order.
    history = days((ago(0), W), (ago(30), W), (ago(7), W), (ago(30), W))
    assert progress.running_total(history) == [(ago(30), 2), (ago(7), 3), (ago(0), 4)]
    assert progress.wins_per_day(history) == {ago(30): 2, ago(7): 1, ago(0): 1}


def test_week_start_is_monday() -> None:
    monday = date(2026, 11, 23)
    for offset in range(7):
        assert progress.week_start(monday + timedelta(days=offset)) == monday
    assert progress.week_start(monday - timedelta(days=1)) == date(2026, 11, 16)
    assert progress.week_start(monday + timedelta(days=7)) == date(2026, 11, 30)


def test_wins_per_week_splits_sunday_from_monday() -> None:
    sunday, monday = date(2026, 11, 22), date(2026, 11, 23)
    history = days((sunday, W, 1), (sunday, W, 2), (monday, W, 1), (monday, H))
    assert progress.wins_per_week(history) == {date(2026, 11, 16): 2, monday: 1}
    assert progress.wins_per_category_per_week(history) == {
        date(2026, 11, 16): {1: 1, 2: 1},
        monday: {1: 1},
    }


def test_weeks_across_the_new_year() -> None:
    # 2026-12-28 is a Monday; 2027-01-03 is the Sunday of the same week.
    history = days(
        (date(2026, 12, 27), W),
        (date(2026, 12, 28), W),
        (date(2026, 12, 31), W),
        (date(2027, 1, 1), W),
        (date(2027, 1, 3), W),
        (date(2027, 1, 4), W),
    )
    assert progress.wins_per_week(history) == {
        date(2026, 12, 21): 1,
        date(2026, 12, 28): 4,
        date(2027, 1, 4): 1,
    }
    assert list(progress.wins_per_week(history)) == sorted(progress.wins_per_week(history))
    assert progress.week_start(date(2027, 1, 1)) == date(2026, 12, 28)


def test_weeks_with_only_hard_moments_are_left_out_of_week_counts() -> None:
    history = days((date(2026, 11, 2), W), (date(2026, 11, 10), H), (date(2026, 11, 18), W))
    assert progress.wins_per_week(history) == {date(2026, 11, 2): 1, date(2026, 11, 16): 1}


# -- comebacks ----------------------------------------------------------------------------------


def test_first_win_after_a_hard_moment_is_a_comeback() -> None:
    history = days((ago(5), W), (ago(4), H), (ago(2), W), (ago(1), W))
    assert progress.comebacks(history) == [Comeback(ago(2), "after a hard moment")]


def test_several_hard_moments_then_one_win_is_one_comeback() -> None:
    history = days((ago(5), H), (ago(4), H), (ago(3), H), (ago(2), W))
    assert progress.comebacks(history) == [Comeback(ago(2), "after a hard moment")]


def test_hard_moment_and_win_the_same_day_is_a_comeback_that_day() -> None:
    history = days((ago(3), W), (ago(1), H), (ago(1), W))
    assert progress.comebacks(history) == [Comeback(ago(1), "after a hard moment")]
    # Also as the very first day of the journal.
    assert progress.comebacks(days((D, H), (D, W))) == [Comeback(D, "after a hard moment")]


def test_win_marked_after_a_hard_moment_is_a_comeback() -> None:
    history = days((ago(3), W), (ago(2), W, None, True), (ago(1), W))
    assert progress.comebacks(history) == [Comeback(ago(2), "after a hard moment")]
    # Even as the first entry ever.
    assert progress.comebacks(days((D, W, None, True))) == [Comeback(D, "after a hard moment")]


def test_seven_days_away_then_a_win_is_a_comeback() -> None:
    history = days((ago(20), W), (ago(13), W), (ago(12), W))
    assert progress.comebacks(history) == [Comeback(ago(13), "after time away")]


def test_six_days_away_is_not_a_comeback() -> None:
    assert progress.comebacks(days((ago(20), W), (ago(14), W))) == []


def test_time_away_counts_from_the_last_entry_of_any_kind() -> None:
    # The hard moment 3 days before makes it a comeback "after a hard moment", not time away.
    history = days((ago(30), W), (ago(3), H), (ago(0), W))
    assert progress.comebacks(history) == [Comeback(ago(0), "after a hard moment")]


def test_comeback_gap_is_adjustable() -> None:
    history = days((ago(10), W), (ago(7), W))
    assert progress.comebacks(history, gap_days=3) == [Comeback(ago(7), "after time away")]
    assert progress.comebacks(history, gap_days=4) == []


def test_many_comebacks_in_order() -> None:
    history = days(
        (date(2026, 1, 1), W),
        (date(2026, 1, 2), H),
        (date(2026, 1, 3), W),  # after a hard moment
        (date(2026, 2, 1), W),  # after time away
        (date(2026, 2, 2), W),
        (date(2026, 2, 2), H),  # logged after that day's win: it waits for the next win
        (date(2026, 2, 20), W),  # 18 days on, and the first win after that hard moment
        (date(2026, 3, 1), H),
        (date(2026, 3, 20), W),  # after a hard moment and time away: counted once
    )
    assert progress.comebacks(history) == [
        Comeback(date(2026, 1, 3), "after a hard moment"),
        Comeback(date(2026, 2, 1), "after time away"),
        Comeback(date(2026, 2, 20), "after a hard moment"),
        Comeback(date(2026, 3, 20), "after a hard moment"),
    ]


# -- days since the last entry and welcome back -------------------------------------------------


@pytest.mark.parametrize(
    ("last", "gap", "welcome"),
    [(0, 0, False), (1, 1, False), (6, 6, False), (7, 7, True), (23, 23, True)],
)
def test_days_since_last_entry_and_welcome_back(last: int, gap: int, welcome: bool) -> None:
    history = days((ago(40), W), (ago(last), W))
    assert progress.days_since_last_entry(history, D) == gap
    assert progress.is_welcome_back(history, D) is welcome


def test_a_hard_moment_is_an_entry_for_welcome_back() -> None:
    history = days((ago(30), W), (ago(2), H))
    assert progress.days_since_last_entry(history, D) == 2
    assert progress.is_welcome_back(history, D) is False


def test_days_since_never_negative() -> None:
    # If the computer's clock went back, the person isn't told a negative number.
    assert progress.days_since_last_entry(days((D, W)), D - timedelta(days=2)) == 0


def test_welcome_back_gap_is_adjustable() -> None:
    history = days((ago(3), W))
    assert progress.is_welcome_back(history, D, gap_days=3) is True
    assert progress.is_welcome_back(history, D, gap_days=4) is False


# -- summarize ----------------------------------------------------------------------------------


def test_summarize_empty() -> None:
    assert progress.summarize([], D) == Summary(
        total_wins=0,
        wins_this_week=0,
        hard_moments=0,
        comebacks=0,
        first_day=None,
        last_day=None,
        days_since_last_entry=None,
    )


def test_summarize() -> None:
    monday = date(2026, 11, 23)
    history = days(
        (date(2025, 3, 1), W),
        (monday - timedelta(days=1), W),  # Sunday: last week
        (monday - timedelta(days=1), H),
        (monday, W),  # this week
        (monday, W),
        (ago(1), W, 2),
        (ago(1), H),
    )
    assert progress.summarize(history, D) == Summary(
        total_wins=5,
        wins_this_week=3,
        hard_moments=2,
        comebacks=2,  # 11-22 (time away), 11-23 (after 11-22's hard moment); not 11-26
        first_day=date(2025, 3, 1),
        last_day=ago(1),
        days_since_last_entry=1,
    )


def test_summarize_this_week_on_a_monday_and_a_sunday() -> None:
    history = days((date(2026, 11, 22), W), (date(2026, 11, 23), W))
    assert progress.summarize(history, date(2026, 11, 23)).wins_this_week == 1
    assert progress.summarize(history, date(2026, 11, 22)).wins_this_week == 1
    assert progress.summarize(history, date(2026, 11, 30)).wins_this_week == 0
    assert progress.summarize(history, date(2026, 11, 29)).wins_this_week == 1


def test_replacing_touched_days_matches_counting_everything_again(journal) -> None:
    from datetime import date

    first = journal.log_win("one", day=date(2026, 11, 2))
    journal.log_hard_moment(day=date(2026, 11, 3))
    days = journal.day_counts()
    later = journal.log_win("two", day=date(2026, 11, 3))
    days = progress.with_days_replaced(days, journal.day_counts(only=later.days), later.days)
    gone = journal.delete(first.entry.id)
    days = progress.with_days_replaced(days, journal.day_counts(only=gone.days), gone.days)
    assert days == journal.day_counts()
    assert [d.day for d in days] == [date(2026, 11, 3)]
