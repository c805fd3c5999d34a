"""The three progress charts, drawn on ``matplotlib.figure.Figure`` (never pyplot).

Each builder clears and redraws the figure it is given, so a canvas keeps one figure for its
life. Margins are fixed from the font size rather than computed by a layout engine: a redraw
stays around 0.1 s, and labels still fit at twice the normal text size.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.axis import XAxis
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.text import Annotation
from matplotlib.ticker import FuncFormatter, MaxNLocator
from numpy.typing import NDArray

from iop_companion.charts.palette import HARD_MOMENT_COLOR, Theme, category_color
from iop_companion.core.chart_text import category_name
from iop_companion.core.progress_view import Calendar, ProgressView
from iop_companion.i18n import (
    QT_TRANSLATE_NOOP,
    DayForm,
    say_day,
    say_number,
    say_weekday,
    translate,
)

RUNNING_LABEL = QT_TRANSLATE_NOOP("figures", "Wins to date")
BAR_WEEKS = 30  # up to this many weeks, one bar a week; beyond, bars would be hairlines
CALENDAR_LEVELS = 4  # steps of blue for days with wins (``Theme.calendar``); none: neutral
WEEKDAYS_SHOWN = (0, 2, 4)  # the calendar names Monday, Wednesday and Friday
EDGE_ROOM = 2.0  # points between a label and the axes' edge
TICK_SIZE = 0.9  # of the font size: the axes' tick labels
DAY_TICKS = 7  # up to this many days, a label for each day ("Nov 26")
# Widths in ems of the tick labels' size, the widest of each kind ("May 22"; "2026", the widest
# of the concise labels for a week or more: "Nov", "27", "2026"), and the least room between two.
DAY_LABEL_EMS = 3.7
CONCISE_LABEL_EMS = 2.6
LABEL_GAP_EMS = 0.5


def new_figure(theme: Theme, width: float = 8.0, height: float = 3.0) -> Figure:
    return Figure(figsize=(width, height), dpi=100, facecolor=theme.background)


def _start(figure: Figure, theme: Theme, *, left_chars: float = 5.0, legend: bool = False) -> Axes:
    """A fresh axes with calm styling: no top or right frame, quiet grid, margins from font."""
    figure.clear()
    figure.set_facecolor(theme.background)
    width, height = figure.get_size_inches()
    em = theme.font_size / 72  # one text line, in inches
    figure.subplots_adjust(
        left=min(0.3, (left_chars * 0.6 * em + 0.15) / width),
        right=1 - 0.2 / width,
        bottom=min(0.45, (2.4 * em + 0.1) / height),
        top=1 - min(0.4, ((3.6 if legend else 0.6) * em + 0.1) / height),
    )
    axes = figure.add_subplot()
    axes.set_facecolor(theme.background)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(theme.muted)
    axes.tick_params(
        colors=theme.muted, labelcolor=theme.text, labelsize=theme.font_size * TICK_SIZE
    )
    axes.yaxis.label.set_color(theme.text)
    axes.yaxis.label.set_fontsize(theme.font_size)
    return axes


class _DayTicks(mdates.AutoDateLocator):
    """Ticks for a range of days, placed as the axes are drawn (at their size then): never
    finer than a day, and none on a day outside the range, so none at the right end (the day
    after ``until``, there for the last day's step). Up to ``DAY_TICKS`` days, one a day at the
    middle of its step (every other day, and so on, if their labels would touch), ending on
    the last day; beyond, matplotlib's own choice (days, months, years). A tick whose label
    would reach past the figure's side is left out."""

    def __init__(self, since: date, until: date, label_size: float) -> None:
        super().__init__(minticks=3, maxticks=9)  # type: ignore[no-untyped-call]
        self.first, self.last = (float(day) for day in _x([since, until]))
        self.days = (until - since).days + 1
        self.label_size = label_size  # points

    def __call__(self) -> list[float]:
        assert isinstance(self.axis, XAxis)  # set by ``set_major_locator``
        axes = self.axis.axes
        dots = axes.figure.dpi / 72 * self.label_size  # an em of the labels, in pixels
        if self.days <= DAY_TICKS:
            width = DAY_LABEL_EMS
            room = axes.get_window_extent().width / (dots * (width + LABEL_GAP_EMS))
            step = -(-self.days // max(int(room), 1))  # rounded up
            ticks = self.last + 0.5 - np.arange(0, self.days, step)[::-1]
        else:
            width = CONCISE_LABEL_EMS
            ticks = np.asarray(super().__call__(), dtype=np.float64)  # type: ignore[no-untyped-call]
            ticks = ticks[(ticks >= self.first) & (ticks <= self.last)]
        x = axes.transData.transform(np.column_stack([ticks, np.zeros_like(ticks)]))[:, 0]
        half = width / 2 * dots
        kept: list[float] = ticks[(x - half >= 0) & (x + half <= axes.figure.bbox.width)].tolist()
        return kept


def _day_label(x: float, _: int | None = None) -> str:
    """Nov 27: a month in full would overlap the next day's label."""
    return say_day(mdates.num2date(x).date(), DayForm.SHORT_MONTH_DAY)  # type: ignore[no-untyped-call]


def _concise_label(x: float, _: int | None = None) -> str:
    """As matplotlib's ConciseDateFormatter labels days, months and years (2026, Feb, 9), but
    in the reader's language: its own month names are the C library's, English here."""
    day: date = mdates.num2date(x).date()  # type: ignore[no-untyped-call]
    if day.month == 1 and day.day == 1:
        return str(day.year)
    if day.day == 1:
        return say_day(day, DayForm.SHORT_MONTH)
    return say_number(day.day)


def _date_axis(axes: Axes, since: date, until: date, theme: Theme) -> None:
    locator = _DayTicks(since, until, theme.font_size * TICK_SIZE)
    axes.xaxis.set_major_locator(locator)
    if locator.days <= DAY_TICKS:
        axes.xaxis.set_major_formatter(FuncFormatter(_day_label))
    else:
        axes.xaxis.set_major_formatter(FuncFormatter(_concise_label))


def _x(days: Sequence[date]) -> NDArray[np.float64]:
    """Days as matplotlib's date numbers (its date axis works in these)."""
    return np.asarray(mdates.date2num(list(days)), dtype=np.float64)  # type: ignore[no-untyped-call]


def _whole_numbers(axes: Axes) -> None:
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))


def running_total(
    figure: Figure,
    view: ProgressView,
    theme: Theme,
    *,
    show_hard_moments: bool = True,
    label: str | None = None,
) -> Figure:
    """Wins to date: a line that only rises, comebacks marked on it, hard moments as quiet ticks.
    ``label`` is already in the reader's language (by default ``RUNNING_LABEL``, translated)."""
    if label is None:
        label = translate("figures", RUNNING_LABEL)
    axes = _start(figure, theme)
    # One more point a day after the range, so today's step shows as a step, not a spike.
    days = _x([day for day, _ in view.running] + [view.until + timedelta(days=1)])
    totals = [total for _, total in view.running] + [view.running[-1][1]]
    axes.step(days, totals, where="post", color=theme.line, linewidth=2.2, label=label)
    bottom = totals[0]
    top = max(totals[-1], bottom + 1)
    axes.fill_between(days, totals, bottom, step="post", color=theme.line, alpha=0.12, linewidth=0)
    axes.set_ylim(bottom, top + max(1, (top - bottom) * 0.12))
    axes.set_xlim(*_x([view.since, view.until + timedelta(days=1)]))  # room for today's step
    axes.set_ylabel(label)
    _whole_numbers(axes)
    axes.grid(axis="y", color=theme.grid, linewidth=0.8)
    axes.set_axisbelow(True)
    _date_axis(axes, view.since, view.until, theme)

    if show_hard_moments and view.hard_moment_days:
        axes.plot(
            _x(view.hard_moment_days),
            [bottom] * len(view.hard_moment_days),
            linestyle="none",
            marker="|",
            markersize=theme.font_size * 1.1,
            markeredgewidth=1.5,
            color=HARD_MOMENT_COLOR,
            clip_on=False,
            label=translate("figures", "Hard moments"),
        )
    if view.comebacks:
        axes.plot(
            _x([c.day for c in view.comebacks]),
            [_total_on(view.running, c.day) for c in view.comebacks],
            marker="o",
            markersize=theme.font_size * 0.7,
            markerfacecolor=theme.background,
            markeredgecolor=theme.line,
            markeredgewidth=2,
            linestyle="none",
            label=translate("figures", "Came back"),
        )
    span = max((view.until - view.since).days, 1)
    labelled: list[date] = []
    for comeback in reversed(view.comebacks):  # the latest few, spaced out: no clutter
        if len(labelled) == 3 or any(abs((d - comeback.day).days) < span / 8 for d in labelled):
            continue
        labelled.append(comeback.day)
        axes.annotate(
            translate("figures", "came back"),
            (float(_x([comeback.day])[0]), _total_on(view.running, comeback.day)),
            xytext=(0, theme.font_size * 0.9),
            textcoords="offset points",
            ha="center",
            fontsize=theme.font_size * 0.8,
            color=theme.muted,
        )
    _keep_inside(figure, axes, [text for text in axes.texts if isinstance(text, Annotation)])
    return figure


def _keep_inside(figure: Figure, axes: Axes, labels: Sequence[Annotation]) -> None:
    """Room above the line for each label, so none is cut off at the top of the axes or the
    figure (a comeback on the last, highest day is the worst case), and a label near a side
    set on the inner side of its point rather than over it. Worked out in points from the
    axes' place in the figure, before any drawing."""
    if not labels:
        return
    inches = figure.get_size_inches()
    place = axes.get_position()  # as shares of the figure
    wide, tall = place.width * inches[0] * 72, place.height * inches[1] * 72
    (left, right), (bottom, top) = axes.get_xlim(), axes.get_ylim()
    extent = labels[0].get_window_extent()  # the labels' words and font are all the same
    width, height = (size * 72 / figure.dpi for size in (extent.width, extent.height))
    for label in labels:
        x, y = label.xy
        _, rise = label.xyann
        # Within a label's width of a side (room to spare for a narrower window): the label
        # ends, or starts, at its point. The point is inside the axes, whatever their size.
        from_left = (x - left) / (right - left) * wide
        if wide - from_left < width + EDGE_ROOM:
            label.set_horizontalalignment("right")
            label.xyann = (-EDGE_ROOM, rise)
        elif from_left < width + EDGE_ROOM:
            label.set_horizontalalignment("left")
            label.xyann = (EDGE_ROOM, rise)
        # The label reaches ``rise + height`` above its point: the axes must hold that above it.
        share = min((rise + height + EDGE_ROOM) / tall, 0.8)  # of the axes' height
        top = max(top, (y - share * bottom) / (1 - share))
    axes.set_ylim(bottom, top)


def _total_on(running: tuple[tuple[date, int], ...], day: date) -> int:
    total = running[0][1]
    for point, value in running:
        if point > day:
            break
        total = value
    return total


def calendar(figure: Figure, grid: Calendar, theme: Theme) -> Figure:
    """The last year, a column per week and a row per weekday, shaded by wins that day."""
    axes = _start(figure, theme, left_chars=3.5)
    most = max(grid.most, 1)
    levels = np.full((7, len(grid.weeks)), np.nan)
    for column, week in enumerate(grid.weeks):
        for row, wins in enumerate(week):
            if wins is not None:
                levels[row, column] = (
                    0
                    if wins == 0
                    else 1 + min(CALENDAR_LEVELS - 1, (wins - 1) * CALENDAR_LEVELS // most)
                )
    colors = ListedColormap([theme.empty_day, *theme.calendar]).with_extremes(bad=theme.background)
    axes.pcolormesh(
        np.ma.masked_invalid(levels),  # days still to come: drawn as the background
        cmap=colors,
        vmin=-0.5,
        vmax=CALENDAR_LEVELS + 0.5,
        edgecolors=theme.background,
        linewidth=1.5,
    )
    axes.set_aspect("equal")
    axes.invert_yaxis()
    axes.set_yticks(np.arange(7) + 0.5, [_weekday_label(n) for n in range(7)])
    months: list[tuple[int, str]] = []  # a label where a month starts, if there's room
    for column in range(1, len(grid.weeks)):
        monday = grid.first_monday + timedelta(weeks=column)
        if monday.day <= 7 and (not months or column - months[-1][0] >= 3):
            months.append((column, _month_label(monday)))
    axes.set_xticks([column + 0.5 for column, _ in months], [name for _, name in months])
    axes.tick_params(length=0)
    for side in ("left", "bottom"):
        axes.spines[side].set_visible(False)
    return figure


def category_weeks(
    figure: Figure, view: ProgressView, names: Mapping[int | None, str], theme: Theme
) -> Figure:
    """Wins by category each week, stacked, so each kind of win can be seen growing."""
    axes = _start(figure, theme, legend=True)
    weeks = [week for week, _ in view.category_weeks]
    order = sorted(
        {category for _, counts in view.category_weeks for category, _ in counts},
        key=lambda c: (c is None, c or 0),
    )
    x = _x(weeks)
    base = np.zeros(len(weeks))
    for category in order:
        heights = np.array(
            [dict(counts).get(category, 0) for _, counts in view.category_weeks], dtype=float
        )
        color = category_color(category)
        label = category_name(names, category)
        if len(weeks) <= BAR_WEEKS:
            axes.bar(x, heights, bottom=base, width=5.5, align="edge", color=color, label=label)
        else:  # many weeks: stacked bands, one shape per category, quick to draw
            edges = np.append(x, x[-1] + 7)
            top = np.append(base + heights, (base + heights)[-1])
            axes.fill_between(
                edges, np.append(base, base[-1]), top, step="post", color=color, label=label
            )
        base += heights
    axes.set_ylabel(translate("figures", "Wins each week"))
    _whole_numbers(axes)
    axes.grid(axis="y", color=theme.grid, linewidth=0.8)
    axes.set_axisbelow(True)
    axes.set_xlim(*_x([view.since - timedelta(days=1), view.until + timedelta(days=1)]))
    _date_axis(axes, view.since, view.until, theme)
    if order:
        legend = axes.legend(
            loc="lower left",
            bbox_to_anchor=(0, 1.02),
            ncols=min(len(order), 4),
            frameon=False,
            fontsize=theme.font_size * 0.85,
            handlelength=1.0,
            borderaxespad=0,
        )
        for text in legend.get_texts():
            text.set_color(theme.text)
    else:
        axes.text(
            0.5,
            0.5,
            translate("figures", "Wins you log show up here, week by week."),
            transform=axes.transAxes,
            ha="center",
            va="center",
            color=theme.muted,
            fontsize=theme.font_size,
        )
    return figure


# The first three letters of the reader's language's weekday names ("Mon", "lun").
def _weekday_label(number: int) -> str:
    return say_weekday(number)[:3] if number in WEEKDAYS_SHOWN else ""


def _month_label(day: date) -> str:
    return say_day(day, DayForm.SHORT_MONTH)
