"""What the progress view draws, for one range of days: pure functions, no Qt, no matplotlib.

Every series here is built from the per-day tallies in ``progress``. The running total starts
from everything logged before the range, so a shorter range shows the same record, never a
smaller one, and nothing in it can go down because of a hard moment.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from iop_companion.core import progress
from iop_companion.core.model import EARLIEST_DAY
from iop_companion.core.progress import Comeback, DayCount, Summary

RangeName = Literal["4 weeks", "3 months", "a year", "everything"]
RANGES: tuple[RangeName, ...] = ("4 weeks", "3 months", "a year", "everything")
CALENDAR_WEEKS = 53


@dataclass(frozen=True)
class Calendar:
    """Wins per day for the last year: ``weeks[i][weekday]``, Monday first; None after today."""

    first_monday: date
    weeks: tuple[tuple[int | None, ...], ...]

    @property
    def most(self) -> int:
        return max((n for week in self.weeks for n in week if n), default=0)


@dataclass(frozen=True)
class ProgressView:
    since: date
    until: date
    running: tuple[tuple[date, int], ...]  # wins to date, a step at each day with wins
    hard_moment_days: tuple[date, ...]
    comebacks: tuple[Comeback, ...]
    category_weeks: tuple[tuple[date, tuple[tuple[int | None, int], ...]], ...]
    calendar: Calendar
    summary: Summary


def range_start(name: RangeName, days: Sequence[DayCount], today: date) -> date:
    if name == "4 weeks":
        return today - timedelta(weeks=4) + timedelta(days=1)
    if name == "3 months":
        return today - timedelta(days=91) + timedelta(days=1)
    if name == "a year":
        return today - timedelta(days=365) + timedelta(days=1)
    return min(days[0].day, today) if days else today


def drawn_range(
    days: Sequence[DayCount], since: date, until: date, today: date
) -> tuple[date, date]:
    """The part of ``since``..``until`` that the journal can have entries in, which is what the
    view draws. A range reaching back before 1900 (the first day an entry may have) starts at the
    journal's first day; one reaching past today (or the last entry, if the clock went back)
    ends there. So a range as wide as dates go (0001-01-01 to 9999-12-31) is the journal's own
    days, and every day drawn has room on both sides; a range inside those bounds stays as it
    was chosen."""
    last = max(days[-1].day, today) if days else today
    until = min(max(until, EARLIEST_DAY), last)
    if since < EARLIEST_DAY:
        since = days[0].day if days else today
    return min(since, until), until


def only_categories(
    days: Sequence[DayCount], category_ids: Collection[int | None]
) -> list[DayCount]:
    """Wins narrowed to some categories. Hard moments stay: they are context, not a category."""
    if not category_ids:
        return list(days)
    narrowed = []
    for d in days:
        kept = tuple((c, n) for c, n in d.wins_by_category if c in category_ids)
        narrowed.append(d._replace(wins=sum(n for _, n in kept), wins_by_category=kept))
    return [d for d in narrowed if d.wins or d.hard_moments]


def running_series(days: Sequence[DayCount], since: date, until: date) -> list[tuple[date, int]]:
    """Wins to date across ``since``..``until``: starts at everything before ``since``."""
    total = sum(d.wins for d in days if d.day < since)
    series = [(since, total)]
    for d in days:
        if since <= d.day <= until and d.wins:
            total += d.wins
            series.append((d.day, total))
    series.append((until, total))
    return series


def calendar(days: Sequence[DayCount], today: date) -> Calendar:
    first_monday = progress.week_start(today) - timedelta(weeks=CALENDAR_WEEKS - 1)
    wins = {d.day: d.wins for d in days if d.day >= first_monday}
    weeks = []
    for week in range(CALENDAR_WEEKS):
        monday = first_monday + timedelta(weeks=week)
        weeks.append(
            tuple(
                None if day > today else wins.get(day, 0)
                for day in (monday + timedelta(days=i) for i in range(7))
            )
        )
    return Calendar(first_monday, tuple(weeks))


def progress_view(
    days: Sequence[DayCount],
    since: date,
    until: date,
    today: date,
    category_ids: Collection[int | None] = (),
) -> ProgressView:
    """Everything the view draws. ``days`` is the whole history (comebacks need what came
    before the range); categories narrow the wins, not the hard moments or the comebacks. The
    range is the part of ``since``..``until`` the journal can hold (``drawn_range``)."""
    since, until = drawn_range(days, since, until, today)
    wins_days = only_categories(days, category_ids)
    in_range = [d for d in wins_days if since <= d.day <= until]
    came_back = progress.comebacks(days)  # always from the whole record
    return ProgressView(
        since=since,
        until=until,
        running=tuple(running_series(wins_days, since, until)),
        hard_moment_days=tuple(d.day for d in days if d.hard_moments and since <= d.day <= until),
        comebacks=tuple(c for c in came_back if since <= c.day <= until),
        category_weeks=tuple(
            (week, tuple(sorted(counts.items(), key=progress.uncategorised_last)))
            for week, counts in progress.wins_per_category_per_week(in_range).items()
        ),
        calendar=calendar(wins_days, today),
        # Wins as narrowed; comebacks always from the whole record.
        summary=progress.summarize(wins_days, today, comeback_count=len(came_back)),
    )
