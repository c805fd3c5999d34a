"""The numbers behind the progress view, for any range and category."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from iop_companion.core import progress
from iop_companion.core.model import Kind
from iop_companion.core.progress_view import (
    CALENDAR_WEEKS,
    calendar,
    only_categories,
    progress_view,
    range_start,
    running_series,
)

TODAY = date(2026, 11, 27)  # a Friday


def days_of(*rows: tuple[int, Kind, int | None]) -> list[progress.DayCount]:
    """Rows of (days ago, kind, category)."""
    return progress.day_counts(
        (TODAY - timedelta(days=ago), kind, category, False, 1) for ago, kind, category in rows
    )


WIN, HARD = Kind.WIN, Kind.HARD_MOMENT


def test_running_series_starts_from_everything_before_the_range() -> None:
    days = days_of((40, WIN, 1), (35, WIN, 1), (3, WIN, 2), (1, WIN, 1))
    series = running_series(days, TODAY - timedelta(days=27), TODAY)
    assert series[0] == (TODAY - timedelta(days=27), 2)  # the record, not a fresh count
    assert series[-1] == (TODAY, 4)


def test_empty_journal_gives_a_flat_line_at_zero() -> None:
    view = progress_view([], range_start("everything", [], TODAY), TODAY, TODAY)
    assert view.running == ((TODAY, 0), (TODAY, 0))
    assert view.category_weeks == ()
    assert view.calendar.most == 0


def test_ranges() -> None:
    days = days_of((400, WIN, 1))
    assert range_start("4 weeks", days, TODAY) == TODAY - timedelta(days=27)
    assert range_start("3 months", days, TODAY) == TODAY - timedelta(days=90)
    assert range_start("a year", days, TODAY) == TODAY - timedelta(days=364)
    assert range_start("everything", days, TODAY) == TODAY - timedelta(days=400)


def test_category_filter_narrows_wins_but_keeps_hard_moments_and_comebacks() -> None:
    days = days_of((10, WIN, 1), (9, HARD, None), (8, WIN, 2), (8, WIN, 1))
    narrowed = only_categories(days, {2})
    assert progress.total_wins(narrowed) == 1
    assert sum(d.hard_moments for d in narrowed) == 1
    view = progress_view(days, TODAY - timedelta(days=27), TODAY, TODAY, {2})
    assert [c.day for c in view.comebacks] == [TODAY - timedelta(days=8)]
    assert view.summary.total_wins == 1 and view.summary.comebacks == 1


def test_calendar_covers_the_last_year_monday_first_and_nothing_after_today() -> None:
    grid = calendar(days_of((0, WIN, 1), (0, WIN, 1), (2, WIN, 3)), TODAY)
    assert len(grid.weeks) == CALENDAR_WEEKS
    assert grid.first_monday.weekday() == 0
    last_week = grid.weeks[-1]
    assert last_week[4] == 2  # Friday: today, two wins
    assert last_week[2] == 1  # Wednesday
    assert last_week[5] is None and last_week[6] is None  # the weekend hasn't come yet
    assert grid.most == 2


def test_hard_moment_days_and_comebacks_stay_inside_the_range() -> None:
    days = days_of((60, HARD, None), (59, WIN, 1), (5, HARD, None), (3, WIN, 1))
    view = progress_view(days, TODAY - timedelta(days=27), TODAY, TODAY)
    assert view.hard_moment_days == (TODAY - timedelta(days=5),)
    assert [c.day for c in view.comebacks] == [TODAY - timedelta(days=3)]


entries = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=500),
        st.sampled_from([WIN, WIN, HARD]),
        st.sampled_from([None, 1, 2, 3]),
    ),
    max_size=60,
)


@given(entries, st.integers(min_value=0, max_value=500), st.sampled_from([(), (1,), (2, None)]))
def test_every_plotted_running_total_only_rises(
    rows: list[tuple[int, Kind, int | None]], back: int, categories: tuple[int | None, ...]
) -> None:
    days = days_of(*[(ago, kind, None if kind is HARD else c) for ago, kind, c in rows])
    view = progress_view(days, TODAY - timedelta(days=back), TODAY, TODAY, categories)
    totals = [total for _, total in view.running]
    assert totals == sorted(totals)


@given(entries, st.integers(min_value=0, max_value=500))
def test_a_hard_moment_never_lowers_a_point_of_the_view(
    rows: list[tuple[int, Kind, int | None]], ago: int
) -> None:
    since = TODAY - timedelta(days=365)
    before = progress_view(days_of(*rows), since, TODAY, TODAY)
    after = progress_view(days_of(*rows, (ago, HARD, None)), since, TODAY, TODAY)
    assert [t for _, t in after.running] == [t for _, t in before.running]
    assert after.summary.total_wins == before.summary.total_wins
    assert after.category_weeks == before.category_weeks


def test_a_range_as_wide_as_dates_go_is_drawn_over_the_journals_own_days() -> None:
    days = days_of((40, WIN, 1), (3, HARD, None), (1, WIN, 2))
    view = progress_view(days, date.min, date.max, TODAY)
    assert (view.since, view.until) == (TODAY - timedelta(days=40), TODAY)
    assert view.running[0] == (TODAY - timedelta(days=40), 0)
    assert view.running[-1] == (TODAY, 2)
    assert view.hard_moment_days == (TODAY - timedelta(days=3),)
    assert [c.day for c in view.comebacks] == [TODAY - timedelta(days=1)]
    assert view.summary.total_wins == 2
    # Nothing in the journal: the view is today.
    empty = progress_view([], date.min, date.max, TODAY)
    assert (empty.since, empty.until) == (TODAY, TODAY)
    # Only the ends past what the journal can hold move: before 1900 and after today.
    assert progress_view(days, date(1900, 1, 1), TODAY, TODAY).since == date(1900, 1, 1)
    assert progress_view(days, date(1899, 12, 31), TODAY, TODAY).since == view.since
    four_weeks = range_start("4 weeks", days, TODAY)
    assert progress_view(days, four_weeks, TODAY, TODAY).since == four_weeks


@given(st.dates(), st.dates(), entries)
def test_any_range_dates_allow_gives_a_view_inside_what_the_journal_can_hold(
    first: date, second: date, rows: list[tuple[int, Kind, int | None]]
) -> None:
    since, until = min(first, second), max(first, second)
    days = days_of(*[(ago, kind, None if kind is HARD else c) for ago, kind, c in rows])
    view = progress_view(days, since, until, TODAY)
    assert date(1900, 1, 1) <= view.since <= view.until <= TODAY
    chosen = [d for d in days if since <= d.day <= until]
    assert all(view.since <= d.day <= view.until for d in chosen)  # nothing chosen is lost
    assert view.running[-1][1] == sum(d.wins for d in days if d.day <= until)
