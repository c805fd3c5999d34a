"""Each progress chart in words and as a table: what a screen reader says for it, what its
"Show as a table" view holds, and what a summary can give as the chart's text alternative.

Pure functions of a ``ProgressView`` (and the category names), no Qt. They say what the chart
shows, with its numbers, in the language note's words: counts that only grow, a stretch with no
wins is quiet, and a hard moment is context that takes nothing away.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from iop_companion.core.progress import week_start
from iop_companion.core.progress_view import Calendar, ProgressView
from iop_companion.core.words import OTHER_WIN, date_words, plural


@dataclass(frozen=True)
class TableRow:
    label: str  # the week ("November 29, 2026") or the month ("November 2026") the row is for
    values: tuple[int, ...]  # one number for each header after the first


@dataclass(frozen=True)
class ChartTable:
    """A chart's numbers as rows, oldest first, under one header for each column."""

    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]

    def column(self, header: str) -> list[int]:
        """The numbers under ``header``, top to bottom."""
        index = self.headers.index(header) - 1
        return [row.values[index] for row in self.rows]


# -- the weeks a range covers


def weeks_in(since: date, until: date) -> list[tuple[date, date]]:
    """The weeks (Monday to Sunday) that ``since``..``until`` touches, as the first and last day
    of each that lies in the range: the first and last week may be shorter."""
    weeks = []
    monday = week_start(since)
    while monday <= until:
        weeks.append((max(monday, since), min(monday + timedelta(days=6), until)))
        monday += timedelta(weeks=1)
    return weeks


def _wins_by_day(view: ProgressView) -> dict[date, int]:
    """The wins of each day in the range, from the steps of the running total."""
    wins: dict[date, int] = {}
    for (_, before), (day, after) in zip(view.running, view.running[1:], strict=False):
        if after > before:
            wins[day] = wins.get(day, 0) + after - before
    return wins


def _per_week(counts: Iterable[tuple[date, int]]) -> dict[date, int]:
    """``counts`` of days, added up by the Monday of each day's week."""
    weeks: dict[date, int] = {}
    for day, n in counts:
        monday = week_start(day)
        weeks[monday] = weeks.get(monday, 0) + n
    return weeks


def _category_order(view: ProgressView) -> list[int | None]:
    """The categories with wins in the range, in the order the chart stacks them."""
    found = {category for _, counts in view.category_weeks for category, _ in counts}
    return sorted(found, key=lambda c: (c is None, c or 0))


# -- how a range and a day are said


def _span(since: date, until: date) -> str:
    if since == until:
        return f"On {date_words(until)}"
    if since.year == until.year:
        return f"From {since:%B} {since.day} to {date_words(until)}"
    return f"From {date_words(since)} to {date_words(until)}"


def _day(day: date) -> str:
    """November 27 (the year is in the sentence's range)"""
    return f"{day:%B} {day.day}"


def _in_category(category: str | None) -> str:
    return f" in {category}" if category else ""


# -- Wins to date


RUNNING_HEADERS = ("Week ending", "Wins that week", "Wins to date", "Came back")
HARD_MOMENT_HEADER = "Days with a hard moment"


def running_sentence(
    view: ProgressView,
    *,
    category: str | None = None,
    show_hard_moments: bool = True,
    first_person: bool = False,
) -> str:
    """E.g. "From March 3 to June 1, 2026, you logged 18 wins, so your wins to date rose from
    30 to 48. It marks the 2 times you came back and 3 days with a hard moment."

    ``category`` names the one category the view is narrowed to, if it is. ``first_person``
    says it in the person's own voice, as their summary does ("I logged 18 wins, so my wins to
    date rose..."), and leaves out what the app's chart says to someone still to log a win."""
    you, your = ("I", "my") if first_person else ("you", "your")
    start, end = view.running[0][1], view.running[-1][1]
    span, kind = _span(view.since, view.until), _in_category(category)
    if not view.summary.total_wins:
        words = [f"No wins logged{kind} yet."]
        if not first_person:
            words.append("Your first one will start this line.")
    elif end == start == 0:
        words = [f"{span}, the line is at 0: {your} first win{kind} came later."]
    elif end == start:
        words = [f"{span}, {your} wins to date{kind} stayed at {start}. These days were quiet."]
    else:
        logged = f"{you} logged {plural(end - start, 'win')}{kind}"
        words = [f"{span}, {logged}, so {your} wins to date rose from {start} to {end}."]
    marks = []
    if view.comebacks:
        times = len(view.comebacks)
        marks.append(
            f"the time {you} came back" if times == 1 else f"the {times} times {you} came back"
        )
    if show_hard_moments and view.hard_moment_days:
        days = len(view.hard_moment_days)
        marks.append(
            "one day with a hard moment" if days == 1 else f"{days} days with a hard moment"
        )
    if marks:
        words.append(f"It marks {' and '.join(marks)}.")
    return " ".join(words)


def running_table(view: ProgressView, *, show_hard_moments: bool = True) -> ChartTable:
    """One row a week: the week's last day in the range, its wins, the wins to date at its end,
    the times you came back in it (and, when the chart shows them, its days with a hard
    moment)."""
    wins = _per_week(_wins_by_day(view).items())
    came_back = _per_week((c.day, 1) for c in view.comebacks)
    hard = _per_week((day, 1) for day in view.hard_moment_days)
    total = view.running[0][1]
    rows = []
    for first, last in weeks_in(view.since, view.until):
        monday = week_start(first)
        total += wins.get(monday, 0)
        values = [wins.get(monday, 0), total, came_back.get(monday, 0)]
        if show_hard_moments:
            values.append(hard.get(monday, 0))
        rows.append(TableRow(date_words(last), tuple(values)))
    headers = RUNNING_HEADERS + ((HARD_MOMENT_HEADER,) if show_hard_moments else ())
    return ChartTable(headers, tuple(rows))


# -- The last year


CALENDAR_HEADERS = ("Month", "Wins", "Days with wins")


def _calendar_days(grid: Calendar) -> list[tuple[date, int]]:
    """Every day the calendar shows up to today, with its wins."""
    return [
        (grid.first_monday + timedelta(weeks=week, days=weekday), wins)
        for week, days in enumerate(grid.weeks)
        for weekday, wins in enumerate(days)
        if wins is not None
    ]


def calendar_sentence(grid: Calendar, *, category: str | None = None) -> str:
    """E.g. "In the last year you logged wins on 112 days; your fullest day, June 3, 2026,
    had 6."."""
    kind = _in_category(category)
    with_wins = [(day, wins) for day, wins in _calendar_days(grid) if wins]
    if not with_wins:
        return f"The last year is quiet so far. Each day you log a win{kind} is shaded here."
    days = plural(len(with_wins), "day")
    if grid.most == 1:
        return f"In the last year you logged a win{kind} on {days}."
    fullest = max(with_wins, key=lambda pair: (pair[1], pair[0]))[0]  # the latest, if tied
    return (
        f"In the last year you logged wins{kind} on {days}; "
        f"your fullest day, {date_words(fullest)}, had {grid.most}."
    )


def calendar_table(grid: Calendar) -> ChartTable:
    """One row a month the calendar shows (a 365-row table would be no help): its wins, and on
    how many of its days you logged one."""
    months: dict[date, list[int]] = {}
    for day, wins in _calendar_days(grid):
        month = months.setdefault(day.replace(day=1), [0, 0])
        month[0] += wins
        month[1] += bool(wins)
    rows = tuple(TableRow(f"{month:%B} {month.year}", tuple(n)) for month, n in months.items())
    return ChartTable(CALENDAR_HEADERS, rows)


# -- Wins by kind, week by week

CATEGORY_TOTAL_HEADER = "Wins that week"


def _name(names: Mapping[int | None, str], category: int | None) -> str:
    """The category's name; a win without one is an ``OTHER_WIN``, whatever ``names`` says."""
    return OTHER_WIN if category is None else names.get(category, OTHER_WIN)


def _share(names: Mapping[int | None, str], category: int | None, wins: int) -> str:
    """12 in Honesty, or 3 other wins (``OTHER_WIN``, said in a sentence)"""
    if category is None:
        return plural(wins, OTHER_WIN.lower())
    return f"{wins} in {_name(names, category)}"


def categories_sentence(
    view: ProgressView, names: Mapping[int | None, str], *, category: str | None = None
) -> str:
    """E.g. "Over 13 weeks you logged 35 wins: 20 in Showing up, 12 in Honesty and 3 other
    wins. Your fullest week, ending May 10, had 7."."""
    weeks = weeks_in(view.since, view.until)
    kind = _in_category(category)
    totals: dict[int | None, int] = {}
    for _, counts in view.category_weeks:
        for key, n in counts:
            totals[key] = totals.get(key, 0) + n
    if not totals:
        if not view.summary.total_wins:
            return f"Wins you log{kind} show up here, week by week."
        return (
            "This week was quiet." if len(weeks) == 1 else f"These {len(weeks)} weeks were quiet."
        )
    biggest = sorted(_category_order(view), key=lambda c: -totals[c])  # ties: the chart's order
    over = f"Over {plural(len(weeks), 'week')} you logged"
    wins = plural(sum(totals.values()), "win")
    if biggest == [None]:
        said = f"{over} {_share(names, None, totals[None])}."
    elif len(biggest) == 1:
        said = f"{over} {wins}, all in {_name(names, biggest[0])}."
    else:
        shares = [_share(names, c, totals[c]) for c in biggest]
        said = f"{over} {wins}: {', '.join(shares[:-1])} and {shares[-1]}."
    week_totals = [(sum(n for _, n in counts), monday) for monday, counts in view.category_weeks]
    if len({n for n, _ in week_totals}) > 1:  # one week is fuller than another
        most, monday = max(week_totals)  # the latest, if tied
        last = min(monday + timedelta(days=6), view.until)
        said += f" Your fullest week, ending {_day(last)}, had {most}."
    return said


def categories_table(view: ProgressView, names: Mapping[int | None, str]) -> ChartTable:
    """One row a week: its wins in each category the chart shows, and all of them together."""
    order = _category_order(view)
    by_week = {monday: dict(counts) for monday, counts in view.category_weeks}
    rows = []
    for first, last in weeks_in(view.since, view.until):
        counts = by_week.get(week_start(first), {})
        values = [counts.get(c, 0) for c in order]
        rows.append(TableRow(date_words(last), (*values, sum(values))))
    headers = ("Week ending", *(_name(names, c) for c in order), CATEGORY_TOTAL_HEADER)
    return ChartTable(headers, tuple(rows))
