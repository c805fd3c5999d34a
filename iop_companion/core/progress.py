"""Progress maths: pure functions over per-day tallies. No I/O, no Qt.

The record only grows. Nothing here subtracts a hard moment from anything: hard moments are
counted on their own, and they only ever add context (a comeback is the first win after one).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, NamedTuple

from iop_companion.core.model import Kind

COMEBACK_GAP_DAYS = 7
_LAST = float("inf")
_WEEK = timedelta(weeks=1)
_LATEST_WEEK = date.max - _WEEK  # a Monday after this has no next Monday among dates


class DayCount(NamedTuple):
    """One day's tally. A named tuple, not a dataclass: there is one a day of the whole record
    (1,825 in five years), read again on every unlock, and a tuple is made in a fifth of the
    time of a frozen dataclass (``day_counts`` of the journal makes them straight from columns
    with ``DayCount._make``). It is immutable all the same; ``_replace`` gives a changed copy."""

    day: date
    wins: int = 0
    hard_moments: int = 0
    wins_after_hard_moment: int = 0
    wins_by_category: tuple[tuple[int | None, int], ...] = ()
    # The order of a day with wins and hard moments, by the time each was logged (``day_count``).
    # Both are False on a day with only one kind of entry.
    win_after_hard_moment: bool = False  # a win was logged after the day's first hard moment
    hard_moment_after_wins: bool = False  # a hard moment was logged after the day's last win

    @property
    def entries(self) -> int:
        return self.wins + self.hard_moments


class Comeback(NamedTuple):  # a named tuple, as DayCount: a busy record has one most days
    day: date
    reason: Literal["after a hard moment", "after time away"]


@dataclass(frozen=True)
class Summary:
    total_wins: int
    wins_this_week: int
    hard_moments: int
    comebacks: int
    first_day: date | None
    last_day: date | None
    days_since_last_entry: int | None


Tally = (
    tuple[date, Kind, int | None, bool, int]
    | tuple[date, Kind, int | None, bool, int, int | None, int | None]
)


def day_counts(rows: Iterable[Tally]) -> list[DayCount]:
    """Fold (day, kind, category, after-hard-moment, count[, first logged, last logged]) rows
    into one tally per day. The ``logged_key`` of the row's first and last entry, when given,
    tell the order things were logged in within a day."""
    # One small list per day, folded in a single pass: this runs over every group in the journal.
    folded: dict[date, _Day] = {}
    for day, kind, category, after_hard, n, *logged in rows:
        acc = folded.get(day)
        if acc is None:
            acc = folded[day] = _Day()
        first, last = logged if logged else (None, None)
        if kind is Kind.WIN:
            acc.wins += n
            acc.categories[category] = acc.categories.get(category, 0) + n
            acc.last_win = _later(acc.last_win, last)
            if after_hard:
                acc.after += n
        else:
            acc.hard += n
            acc.first_hard = _earlier(acc.first_hard, first)
            acc.last_hard = _later(acc.last_hard, last)
    return [folded[day].count(day) for day in sorted(folded)]


def _earlier(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _later(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


class _Day:
    __slots__ = ("after", "categories", "first_hard", "hard", "last_hard", "last_win", "wins")

    def __init__(self) -> None:
        self.wins = self.hard = self.after = 0
        self.last_win: int | None = None
        self.first_hard: int | None = None
        self.last_hard: int | None = None
        self.categories: dict[int | None, int] = {}

    def count(self, day: date) -> DayCount:
        return day_count(
            day,
            wins=self.wins,
            hard_moments=self.hard,
            wins_after_hard_moment=self.after,
            wins_by_category=tuple(sorted(self.categories.items(), key=uncategorised_last)),
            last_win=self.last_win,
            first_hard=self.first_hard,
            last_hard=self.last_hard,
        )


def day_count(
    day: date,
    *,
    wins: int,
    hard_moments: int,
    wins_after_hard_moment: int,
    wins_by_category: tuple[tuple[int | None, int], ...],
    last_win: int | None,
    first_hard: int | None,
    last_hard: int | None,
) -> DayCount:
    """One day's tally from its totals (its wins per category in order: ``uncategorised_last``)
    and the ``logged_key`` of its last win and of its first and last hard moment (None when
    there are none, or the time isn't known).

    A win and a hard moment logged at the same moment count as the win first. When the order
    isn't known, the day's hard moments count as logged after its wins: no win of that day is a
    comeback from them, and the next win is."""
    both = wins > 0 and hard_moments > 0
    if both and last_win is not None and first_hard is not None and last_hard is not None:
        win_after, hard_after = last_win > first_hard, last_hard >= last_win
    else:
        win_after, hard_after = False, both
    return DayCount(
        day=day,
        wins=wins,
        hard_moments=hard_moments,
        wins_after_hard_moment=wins_after_hard_moment,
        wins_by_category=wins_by_category,
        win_after_hard_moment=win_after,
        hard_moment_after_wins=hard_after,
    )


def uncategorised_last(pair: tuple[int | None, int]) -> float:
    """Sort key for (category, count) pairs: by category id, wins with no category last."""
    category = pair[0]
    return _LAST if category is None else category


def with_days_replaced(
    days: Sequence[DayCount], fresh: Iterable[DayCount], touched: Iterable[date]
) -> list[DayCount]:
    """``days`` with the tallies of the ``touched`` days swapped for ``fresh`` ones, so a change
    re-reads only the days it touched. A touched day missing from ``fresh`` has no entries left."""
    gone = set(touched)
    return sorted([d for d in days if d.day not in gone] + list(fresh), key=lambda d: d.day)


def total_wins(days: Sequence[DayCount]) -> int:
    return sum(d.wins for d in days)


def running_total(days: Sequence[DayCount]) -> list[tuple[date, int]]:
    """Wins to date, one point per day with entries. Never goes down."""
    total = 0
    series = []
    for d in days:
        total += d.wins
        series.append((d.day, total))
    return series


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def wins_per_day(days: Sequence[DayCount]) -> dict[date, int]:
    return {d.day: d.wins for d in days if d.wins}


def wins_per_week(days: Sequence[DayCount]) -> dict[date, int]:
    weeks: dict[date, int] = {}  # a plain dict, as in wins_per_category: quicker than a Counter
    monday = next_monday = date.max  # the week of the day before: days come in order, mostly
    for d in days:
        if d.wins:
            if not monday <= d.day < next_monday:  # a new week: its Monday once, not once a day
                monday = week_start(d.day)
                next_monday = monday + _WEEK if monday <= _LATEST_WEEK else date.max
            weeks[monday] = weeks.get(monday, 0) + d.wins
    return dict(sorted(weeks.items()))


def wins_per_category(days: Sequence[DayCount]) -> dict[int | None, int]:
    totals: dict[int | None, int] = {}  # a plain dict: twice as fast as a Counter here
    for d in days:
        for category, n in d.wins_by_category:
            totals[category] = totals.get(category, 0) + n
    return totals


def wins_per_category_per_week(days: Sequence[DayCount]) -> dict[date, dict[int | None, int]]:
    weeks: dict[date, dict[int | None, int]] = {}
    for d in days:
        if not d.wins_by_category:
            continue
        monday = week_start(d.day)  # once a day, and plain dicts: this runs over every day
        counts = weeks.get(monday)
        if counts is None:
            counts = weeks[monday] = {}
        for category, n in d.wins_by_category:
            counts[category] = counts.get(category, 0) + n
    return dict(sorted(weeks.items()))


def comebacks(days: Sequence[DayCount], gap_days: int = COMEBACK_GAP_DAYS) -> list[Comeback]:
    """The days the person came back, in order: every comeback the app counts or marks.

    Entries are taken in the order they happened: by day first, then, within a day, by the time
    each was logged (``logged_key``). So an entry logged today for yesterday goes with yesterday,
    after everything logged for yesterday before it, and before anything of today.

    A win is a comeback when the entry just before it is a hard moment ("after a hard moment"),
    or is ``gap_days`` or more days earlier ("after time away"), or when the person marked the
    win itself "after a hard moment". A win logged before a hard moment of the same day is never
    a comeback from it: that hard moment waits for the next win. A day counts once, "after a hard
    moment" when any of its comebacks is one.
    """
    found: list[Comeback] = []
    hard_pending = False  # the last entry so far is a hard moment
    last_entry: date | None = None
    for d in days:
        if d.wins:
            if hard_pending or d.win_after_hard_moment or d.wins_after_hard_moment:
                found.append(Comeback(d.day, "after a hard moment"))
            elif last_entry is not None and (d.day - last_entry).days >= gap_days:
                found.append(Comeback(d.day, "after time away"))
            hard_pending = d.hard_moment_after_wins
        elif d.hard_moments:
            hard_pending = True
        last_entry = d.day
    return found


def days_since_last_entry(days: Sequence[DayCount], today: date) -> int | None:
    if not days:
        return None
    return max((today - days[-1].day).days, 0)


def is_welcome_back(
    days: Sequence[DayCount], today: date, gap_days: int = COMEBACK_GAP_DAYS
) -> bool:
    """True when the person opens the journal after ``gap_days`` or more since the last entry."""
    gap = days_since_last_entry(days, today)
    return gap is not None and gap >= gap_days


def summarize(
    days: Sequence[DayCount], today: date, *, comeback_count: int | None = None
) -> Summary:
    """The numbers of the progress sentence. ``comeback_count``, when given, is counted from a
    wider record than ``days`` (the whole one, when ``days`` holds some categories' wins)."""
    monday = week_start(today)
    return Summary(
        total_wins=total_wins(days),
        wins_this_week=sum(d.wins for d in days if monday <= d.day <= today),
        hard_moments=sum(d.hard_moments for d in days),
        comebacks=len(comebacks(days)) if comeback_count is None else comeback_count,
        first_day=days[0].day if days else None,
        last_day=days[-1].day if days else None,
        days_since_last_entry=days_since_last_entry(days, today),
    )
