"""Progress maths: pure functions over per-day tallies. No I/O, no Qt.

The record only grows. Nothing here subtracts a hard moment from anything: hard moments are
counted on their own, and they only ever add context (a comeback is the first win after one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from iop_companion.core.model import Kind

COMEBACK_GAP_DAYS = 7


@dataclass(frozen=True)
class DayCount:
    day: date
    wins: int = 0
    hard_moments: int = 0
    wins_after_hard_moment: int = 0
    wins_by_category: tuple[tuple[int | None, int], ...] = field(default=())
    # Order within the day, when it is known (from the order entries were logged in).
    win_after_hard_moment: bool = True  # a win was logged after the day's first hard moment
    hard_moment_after_wins: bool = False  # a hard moment was logged after the day's last win

    @property
    def entries(self) -> int:
        return self.wins + self.hard_moments


@dataclass(frozen=True)
class Comeback:
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
    tuple[date, Kind, int | None, bool, int] | tuple[date, Kind, int | None, bool, int, int, int]
)


def day_counts(rows: Iterable[Tally]) -> list[DayCount]:
    """Fold (day, kind, category, after-hard-moment, count[, first id, last id]) rows into one
    tally per day. The ids, when given, tell the order things were logged in within a day."""
    # One small list per day, folded in a single pass: this runs over every group in the journal.
    folded: dict[date, _Day] = {}
    for day, kind, category, after_hard, n, *ids in rows:
        acc = folded.get(day)
        if acc is None:
            acc = folded[day] = _Day()
        first_id, last_id = ids if ids else (0, 0)
        if kind is Kind.WIN:
            acc.wins += n
            acc.categories[category] = acc.categories.get(category, 0) + n
            acc.last_win = max(acc.last_win, last_id)
            if after_hard:
                acc.after += n
        else:
            acc.hard += n
            acc.first_hard = first_id if acc.first_hard is None else min(acc.first_hard, first_id)
            acc.last_hard = max(acc.last_hard, last_id)
    return [folded[day].count(day) for day in sorted(folded)]


class _Day:
    __slots__ = ("after", "categories", "first_hard", "hard", "last_hard", "last_win", "wins")

    def __init__(self) -> None:
        self.wins = self.hard = self.after = self.last_win = self.last_hard = 0
        self.first_hard: int | None = None
        self.categories: dict[int | None, int] = {}

    def count(self, day: date) -> DayCount:
        return day_count(
            day,
            wins=self.wins,
            hard_moments=self.hard,
            wins_after_hard_moment=self.after,
            wins_by_category=self.categories.items(),
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
    wins_by_category: Iterable[tuple[int | None, int]],
    last_win: int,
    first_hard: int | None,
    last_hard: int,
) -> DayCount:
    """One day's tally from its totals. The ids (``last_win`` 0 without wins, ``first_hard`` None
    and ``last_hard`` 0 without hard moments) tell the order things were logged in."""
    return DayCount(
        day=day,
        wins=wins,
        hard_moments=hard_moments,
        wins_after_hard_moment=wins_after_hard_moment,
        wins_by_category=tuple(sorted(wins_by_category, key=_uncategorised_last)),
        win_after_hard_moment=first_hard is None or last_win >= first_hard,
        hard_moment_after_wins=first_hard is not None and last_hard > last_win,
    )


def _uncategorised_last(pair: tuple[int | None, int]) -> tuple[bool, int]:
    category = pair[0]
    return category is None, category or 0


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
    weeks: Counter[date] = Counter()
    for d in days:
        if d.wins:
            weeks[week_start(d.day)] += d.wins
    return dict(sorted(weeks.items()))


def wins_per_category(days: Sequence[DayCount]) -> dict[int | None, int]:
    totals: dict[int | None, int] = {}  # a plain dict: twice as fast as a Counter here
    for d in days:
        for category, n in d.wins_by_category:
            totals[category] = totals.get(category, 0) + n
    return totals


def wins_per_category_per_week(days: Sequence[DayCount]) -> dict[date, dict[int | None, int]]:
    weeks: dict[date, Counter[int | None]] = {}
    for d in days:
        for category, n in d.wins_by_category:
            weeks.setdefault(week_start(d.day), Counter())[category] += n
    return {week: dict(counts) for week, counts in sorted(weeks.items())}


def comebacks(days: Sequence[DayCount], gap_days: int = COMEBACK_GAP_DAYS) -> list[Comeback]:
    """The first day of wins after a hard moment, or after ``gap_days`` or more without entries.

    A win marked "after a hard moment" is a comeback too. Within one day, a win logged after a
    hard moment is a comeback that day; a hard moment logged after the day's wins waits for the
    next win. (Without the logging order, a hard moment counts as coming first.)
    """
    found: list[Comeback] = []
    hard_pending = False
    last_entry: date | None = None
    for d in days:
        if d.wins:
            same_day = d.hard_moments > 0 and d.win_after_hard_moment
            if hard_pending or same_day or d.wins_after_hard_moment:
                found.append(Comeback(d.day, "after a hard moment"))
            elif last_entry is not None and (d.day - last_entry).days >= gap_days:
                found.append(Comeback(d.day, "after time away"))
            hard_pending = d.hard_moments > 0 and d.hard_moment_after_wins
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


def summarize(days: Sequence[DayCount], today: date) -> Summary:
    monday = week_start(today)
    return Summary(
        total_wins=total_wins(days),
        wins_this_week=sum(d.wins for d in days if monday <= d.day <= today),
        hard_moments=sum(d.hard_moments for d in days),
        comebacks=len(comebacks(days)),
        first_day=days[0].day if days else None,
        last_day=days[-1].day if days else None,
        days_since_last_entry=days_since_last_entry(days, today),
    )
