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
from iop_companion.core.words import OTHER_WIN, date_words
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, DayForm, say_day, translate

chart_text = Context("chart_text")


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
    """How a sentence about a range begins: "On November 27, 2026", "From March 3 to June 1,
    2026" (the sentence goes on after a comma)."""
    if since == until:
        return translate("chart_text", "On {day}").format(day=date_words(until))
    first = _day(since) if since.year == until.year else date_words(since)
    return translate("chart_text", "From {first} to {last}").format(
        first=first, last=date_words(until)
    )


def _day(day: date) -> str:
    """November 27 (the year is in the sentence's range)"""
    return say_day(day, DayForm.MONTH_DAY)


# -- Wins to date


WEEK_ENDING = QT_TRANSLATE_NOOP("chart_text", "Week ending")
WINS_THAT_WEEK = QT_TRANSLATE_NOOP("chart_text", "Wins that week")
# The tables' headers, as kept; a table says them in the reader's language (translate).
RUNNING_HEADERS = (
    WEEK_ENDING,
    WINS_THAT_WEEK,
    QT_TRANSLATE_NOOP("chart_text", "Wins to date"),
    QT_TRANSLATE_NOOP("chart_text", "Came back"),
)
HARD_MOMENT_HEADER = QT_TRANSLATE_NOOP("chart_text", "Days with a hard moment")


def _headers(headers: Iterable[str]) -> tuple[str, ...]:
    return tuple(translate("chart_text", header) for header in headers)


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
    start, end = view.running[0][1], view.running[-1][1]
    if not view.summary.total_wins:
        words = [_no_wins_yet(category)]
        if not first_person:
            words.append(translate("chart_text", "Your first one will start this line."))
    else:
        said = _running_change(start, end, category, first_person)
        words = [
            said.format(span=_span(view.since, view.until), category=category, start=start, end=end)
        ]
        if end == start and end:
            words.append(translate("chart_text", "These days were quiet."))
    comebacks = len(view.comebacks)
    days = len(view.hard_moment_days) if show_hard_moments else 0
    if comebacks or days:
        words.append(_marks(comebacks, days, first_person))
    return " ".join(words)


def _no_wins_yet(category: str | None) -> str:
    if category:
        return translate("chart_text", "No wins logged in {category} yet.").format(
            category=category
        )
    return translate("chart_text", "No wins logged yet.")


def _running_change(start: int, end: int, category: str | None, mine: bool) -> str:
    """The first sentence of ``running_sentence``, its {span}, {category}, {start} and {end}
    still to fill: in the person's voice (``mine``) or the app's, narrowed or not."""
    if end == start == 0:
        if category and mine:
            return translate(
                "chart_text", "{span}, the line is at 0: my first win in {category} came later."
            )
        if category:
            return translate(
                "chart_text", "{span}, the line is at 0: your first win in {category} came later."
            )
        if mine:
            return translate("chart_text", "{span}, the line is at 0: my first win came later.")
        return translate("chart_text", "{span}, the line is at 0: your first win came later.")
    if end == start:
        if category and mine:
            return translate(
                "chart_text", "{span}, my wins to date in {category} stayed at {start}."
            )
        if category:
            return translate(
                "chart_text", "{span}, your wins to date in {category} stayed at {start}."
            )
        if mine:
            return translate("chart_text", "{span}, my wins to date stayed at {start}.")
        return translate("chart_text", "{span}, your wins to date stayed at {start}.")
    logged = end - start
    if category and mine:
        return chart_text.tr(
            "{span}, I logged %Ln win(s) in {category}, so my wins to date rose from {start} "
            "to {end}.",
            None,
            logged,
        )
    if category:
        return chart_text.tr(
            "{span}, you logged %Ln win(s) in {category}, so your wins to date rose from "
            "{start} to {end}.",
            None,
            logged,
        )
    if mine:
        return chart_text.tr(
            "{span}, I logged %Ln win(s), so my wins to date rose from {start} to {end}.",
            None,
            logged,
        )
    return chart_text.tr(
        "{span}, you logged %Ln win(s), so your wins to date rose from {start} to {end}.",
        None,
        logged,
    )


def _marks(comebacks: int, days: int, mine: bool) -> str:
    """What the chart marks besides the line: the times the person came back, and the days with
    a hard moment (which take nothing away)."""
    came_back = ""
    if comebacks == 1:
        came_back = (
            translate("chart_text", "the time I came back")
            if mine
            else translate("chart_text", "the time you came back")
        )
    elif comebacks:
        came_back = (
            chart_text.tr("the %n time(s) I came back", None, comebacks)
            if mine
            else chart_text.tr("the %n time(s) you came back", None, comebacks)
        )
    hard = (
        translate("chart_text", "one day with a hard moment")
        if days == 1
        else chart_text.tr("%n day(s) with a hard moment", None, days)
    )
    if came_back and days:
        return translate("chart_text", "It marks {came_back} and {hard_moments}.").format(
            came_back=came_back, hard_moments=hard
        )
    return translate("chart_text", "It marks {what}.").format(what=came_back or hard)


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
    return ChartTable(_headers(headers), tuple(rows))


# -- The last year


CALENDAR_HEADERS = (
    QT_TRANSLATE_NOOP("chart_text", "Month"),
    QT_TRANSLATE_NOOP("chart_text", "Wins"),
    QT_TRANSLATE_NOOP("chart_text", "Days with wins"),
)


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
    with_wins = [(day, wins) for day, wins in _calendar_days(grid) if wins]
    if not with_wins:
        if category:
            said = translate(
                "chart_text",
                "The last year is quiet so far. Each day you log a win in {category} is shaded "
                "here.",
            )
        else:
            said = translate(
                "chart_text",
                "The last year is quiet so far. Each day you log a win is shaded here.",
            )
        return said.format(category=category)
    days = len(with_wins)
    if grid.most == 1:
        if category:
            said = chart_text.tr(
                "In the last year you logged a win in {category} on %Ln day(s).", None, days
            )
        else:
            said = chart_text.tr("In the last year you logged a win on %Ln day(s).", None, days)
        return said.format(category=category)
    fullest = max(with_wins, key=lambda pair: (pair[1], pair[0]))[0]  # the latest, if tied
    if category:
        said = chart_text.tr(
            "In the last year you logged wins in {category} on %Ln day(s); your fullest day, "
            "{day}, had {most}.",
            None,
            days,
        )
    else:
        said = chart_text.tr(
            "In the last year you logged wins on %Ln day(s); your fullest day, {day}, had {most}.",
            None,
            days,
        )
    return said.format(category=category, day=date_words(fullest), most=grid.most)


def calendar_table(grid: Calendar) -> ChartTable:
    """One row a month the calendar shows (a 365-row table would be no help): its wins, and on
    how many of its days you logged one."""
    months: dict[date, list[int]] = {}
    for day, wins in _calendar_days(grid):
        month = months.setdefault(day.replace(day=1), [0, 0])
        month[0] += wins
        month[1] += bool(wins)
    rows = tuple(
        TableRow(say_day(month, DayForm.MONTH_YEAR), tuple(n)) for month, n in months.items()
    )
    return ChartTable(_headers(CALENDAR_HEADERS), rows)


# -- Wins by kind, week by week

CATEGORY_TOTAL_HEADER = WINS_THAT_WEEK


def category_name(names: Mapping[int | None, str], category: int | None) -> str:
    """The category's name; a win without one is an ``OTHER_WIN``, whatever ``names`` says."""
    if category is None or category not in names:
        return translate("words", OTHER_WIN)
    return names[category]  # words: not for translation (the person's own category)


def _share(names: Mapping[int | None, str], category: int | None, wins: int) -> str:
    """12 in Honesty, or 3 other wins (``OTHER_WIN``, said in a sentence)"""
    if category is None:
        return chart_text.tr("%Ln other win(s)", None, wins)
    return translate("chart_text", "{count} in {category}").format(
        count=wins, category=category_name(names, category)
    )


def categories_sentence(
    view: ProgressView, names: Mapping[int | None, str], *, category: str | None = None
) -> str:
    """E.g. "Over 13 weeks you logged 35 wins: 20 in Showing up, 12 in Honesty and 3 other
    wins. Your fullest week, ending May 10, had 7."."""
    weeks = len(weeks_in(view.since, view.until))
    totals: dict[int | None, int] = {}
    for _, counts in view.category_weeks:
        for key, n in counts:
            totals[key] = totals.get(key, 0) + n
    if not totals:
        if not view.summary.total_wins:
            if category:
                return translate(
                    "chart_text", "Wins you log in {category} show up here, week by week."
                ).format(category=category)
            return translate("chart_text", "Wins you log show up here, week by week.")
        if weeks == 1:
            return translate("chart_text", "This week was quiet.")
        return chart_text.tr("These %n week(s) were quiet.", None, weeks)
    biggest = sorted(_category_order(view), key=lambda c: -totals[c])  # ties: the chart's order
    over = chart_text.tr("Over %Ln week(s)", None, weeks)
    wins = chart_text.tr("%Ln win(s)", None, sum(totals.values()))
    if biggest == [None]:
        said = translate("chart_text", "{over} you logged {wins}.").format(
            over=over, wins=_share(names, None, totals[None])
        )
    elif len(biggest) == 1:
        said = translate("chart_text", "{over} you logged {wins}, all in {category}.").format(
            over=over, wins=wins, category=category_name(names, biggest[0])
        )
    else:
        shares = [_share(names, c, totals[c]) for c in biggest]
        said = translate("chart_text", "{over} you logged {wins}: {shares} and {last}.").format(
            over=over,
            wins=wins,
            shares=", ".join(shares[:-1]),
            last=shares[-1],
        )
    week_totals = [(sum(n for _, n in counts), monday) for monday, counts in view.category_weeks]
    if len({n for n, _ in week_totals}) > 1:  # one week is fuller than another
        most, monday = max(week_totals)  # the latest, if tied
        last = min(monday + timedelta(days=6), view.until)
        said += " " + translate(
            "chart_text", "Your fullest week, ending {day}, had {most}."
        ).format(day=_day(last), most=most)
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
    headers = (
        translate("chart_text", WEEK_ENDING),
        *(category_name(names, c) for c in order),
        translate("chart_text", CATEGORY_TOTAL_HEADER),
    )
    return ChartTable(headers, tuple(rows))
