"""The charts render, say what they show, and never use words the language note keeps out."""

from __future__ import annotations

import io
import itertools
from datetime import date, timedelta
from pathlib import Path

import matplotlib.dates as mdates
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from iop_companion.charts import figures
from iop_companion.charts.palette import Theme
from iop_companion.core import progress
from iop_companion.core.journal import JournalService
from iop_companion.core.model import Kind
from iop_companion.core.progress_view import ProgressView, progress_view
from iop_companion.export.pdf import CHART_FONT, CHART_SIZE
from iop_companion.export.summary import SummaryChoices, build_summary
from iop_companion.i18n import DayForm, say_day
from tests.language_words import BANNED

TODAY = date(2026, 11, 27)
NAMES: dict[int | None, str] = {1: "Showing up", 2: "Honesty"}
DARK = Theme(background="#1f1f1f", text="#e6e6e6", muted="#a0a0a0", grid="#333", dark=True)


def sample_days() -> list[progress.DayCount]:
    rows: list[progress.Tally] = []
    for ago in range(120):
        if ago % 9 == 4:
            rows.append((TODAY - timedelta(days=ago), Kind.HARD_MOMENT, None, False, 1))
        elif ago % 3:
            rows.append((TODAY - timedelta(days=ago), Kind.WIN, 1 + ago % 2, False, 1))
    return progress.day_counts(rows)


def sample_view():
    return progress_view(sample_days(), TODAY - timedelta(days=90), TODAY, TODAY)


def texts(figure: Figure) -> list[str]:
    found = [t.get_text() for t in figure.findobj(Text)]
    for axes in figure.axes:
        found += [axes.get_ylabel(), axes.get_xlabel(), axes.get_title()]
        found += [label.get_text() for label in axes.get_xticklabels() + axes.get_yticklabels()]
    return [t for t in found if t]


@pytest.mark.parametrize("theme", [Theme(), DARK, Theme(font_size=20)], ids=["light", "dark", "2x"])
def test_each_chart_renders_to_a_png(tmp_path: Path, theme: Theme) -> None:
    view = sample_view()
    drawn = {
        "running": figures.running_total(figures.new_figure(theme), view, theme),
        "calendar": figures.calendar(figures.new_figure(theme, 8, 2), view.calendar, theme),
        "weeks": figures.category_weeks(figures.new_figure(theme), view, NAMES, theme),
    }
    for name, figure in drawn.items():
        target = tmp_path / f"{name}.png"
        figure.savefig(target)
        assert target.stat().st_size > 5_000, name
        assert len(figure.axes) == 1


def test_running_total_shows_wins_to_date_comebacks_and_quiet_hard_moments() -> None:
    view = sample_view()
    figure = figures.running_total(figures.new_figure(Theme()), view, Theme())
    axes = figure.axes[0]
    assert axes.get_ylabel() == "Wins to date"
    labels = [line.get_label() for line in axes.get_lines()]
    assert "Hard moments" in labels and "Came back" in labels
    line = next(line for line in axes.get_lines() if line.get_label() == "Wins to date")
    heights = list(np.asarray(line.get_ydata()))
    assert heights == sorted(heights)  # the plotted line only rises
    hidden = figures.running_total(
        figures.new_figure(Theme()), view, Theme(), show_hard_moments=False
    )
    assert "Hard moments" not in [line.get_label() for line in hidden.axes[0].get_lines()]


def test_category_chart_names_each_category_and_stacks_weeks() -> None:
    view = sample_view()
    figure = figures.category_weeks(figures.new_figure(Theme()), view, NAMES, Theme())
    legend = figure.axes[0].get_legend()
    assert legend is not None
    assert {t.get_text() for t in legend.get_texts()} == {"Showing up", "Honesty"}
    assert figure.axes[0].get_ylabel() == "Wins each week"


def test_calendar_has_weekday_and_month_labels() -> None:
    view = sample_view()
    figure = figures.calendar(figures.new_figure(Theme(), 8, 2), view.calendar, Theme())
    labels = texts(figure)
    assert "Mon" in labels and "Fri" in labels
    assert any(month in labels for month in ("Sep", "Oct", "Nov"))


def test_no_chart_text_uses_a_banned_word() -> None:
    view = sample_view()
    theme = Theme()
    drawn = [
        figures.running_total(figures.new_figure(theme), view, theme),
        figures.calendar(figures.new_figure(theme), view.calendar, theme),
        figures.category_weeks(figures.new_figure(theme), view, NAMES, theme),
    ]
    words = " ".join(text for figure in drawn for text in texts(figure)).lower()
    assert words
    assert not [word for word in BANNED if word in words]


def draw_both(view: ProgressView) -> list[Figure]:
    theme = Theme()
    return [
        figures.running_total(figures.new_figure(theme), view, theme),
        figures.category_weeks(figures.new_figure(theme), view, NAMES, theme),
    ]


@settings(max_examples=25, deadline=None)
@given(st.dates(), st.dates())
@example(date.min, date.max)
@example(date.max, date.max)
@example(date.min, date.min)
def test_the_charts_draw_for_any_range_dates_allow(first: date, second: date) -> None:
    view = progress_view(sample_days(), min(first, second), max(first, second), TODAY)
    for figure in draw_both(view):
        assert len(figure.axes) == 1


def test_a_summary_from_the_first_day_to_the_last_that_dates_allow_draws(
    journal: JournalService,
) -> None:
    journal.log_win("Came to group", day=TODAY - timedelta(days=30))
    journal.log_hard_moment(day=TODAY - timedelta(days=20))
    journal.log_win("Called my counselor", day=TODAY - timedelta(days=2))
    choices = SummaryChoices(
        since=date(1, 1, 1), until=date(9999, 12, 31), include_hard_moments=True
    )
    summary = build_summary(journal, choices)
    assert summary.headline.startswith("2 wins logged between")
    assert (summary.view.since, summary.view.until) == (TODAY - timedelta(days=30), TODAY)
    assert summary.comebacks == 1
    for figure in draw_both(summary.view):
        figure.savefig(io.BytesIO(), format="png")


def came_back_on_both_ends(span: int, per_day: int) -> ProgressView:
    """``per_day`` wins each day of a ``span``-day range, the first and the last day's marked
    as after a hard moment: a comeback at each edge, the last on the highest day."""
    since = TODAY - timedelta(days=span)
    rows: list[progress.Tally] = [
        (since + timedelta(days=n), Kind.WIN, 1, n in (0, span), per_day) for n in range(span + 1)
    ]
    return progress_view(progress.day_counts(rows), since, TODAY, TODAY)


# (width, height, font size): the summary PDF's figures (``export/pdf.CHART_SIZE`` now, and the
# full width it had), the app's charts at each of its text sizes (``ui/theme.TEXT_SCALES``) and
# at twice the usual size, and a narrow window's.
FIGURE_SIZES = [
    (*CHART_SIZE, CHART_FONT),
    (6.5, 2.4, 10.0),
    (8.0, 3.0, 10.0),
    (8.0, 3.0, 11.0),
    (8.0, 3.0, 12.5),
    (8.0, 3.0, 14.5),
    (8.0, 3.0, 20.0),
    (5.0, 3.0, 12.5),
]


@pytest.mark.parametrize(("width", "height", "font_size"), FIGURE_SIZES)
@pytest.mark.parametrize(("span", "per_day"), [(1, 1), (6, 1), (27, 1), (90, 3), (364, 40)])
def test_every_came_back_label_lies_inside_the_axes_and_the_figure(
    width: float, height: float, font_size: float, span: int, per_day: int
) -> None:
    """No "came back" is cut off (the summary PDF cut the last one at its top): each label,
    as drawn, lies inside the axes, and so inside the figure."""
    theme = Theme(font_size=font_size)
    figure = figures.running_total(
        figures.new_figure(theme, width, height), came_back_on_both_ends(span, per_day), theme
    )
    figure.canvas.draw()
    [axes] = figure.axes
    labels = [t for t in axes.texts if t.get_text() == "came back"]
    assert len(labels) == 2  # the first day's and the last, highest day's
    inside_axes, inside_figure = axes.get_window_extent(), figure.bbox
    for label in labels:
        box = label.get_window_extent()
        for frame in (inside_axes, inside_figure):
            assert frame.x0 <= box.x0 and box.x1 <= frame.x1, (box.bounds, frame.bounds)
            assert frame.y0 <= box.y0 and box.y1 <= frame.y1, (box.bounds, frame.bounds)


def wins_each_day(days: int, until: date) -> ProgressView:
    """A win each day of a range of ``days`` days ending on ``until``, of either category."""
    since = until - timedelta(days=days - 1)
    rows: list[progress.Tally] = [
        (since + timedelta(days=n), Kind.WIN, 1 + n % 2, False, 1) for n in range(days)
    ]
    return progress_view(progress.day_counts(rows), since, until, until)


def drawn_dates(figure: Figure) -> tuple[Axes, list[Text]]:
    """The figure drawn as the app and the summary draw it; its axes and the date labels seen."""
    FigureCanvasAgg(figure)  # a figure alone has a canvas that draws nothing
    figure.canvas.draw()
    [axes] = figure.axes
    shown = [tick.label1 for tick in axes.xaxis.get_major_ticks()]
    return axes, [label for label in shown if label.get_visible() and label.get_text()]


CHARTS = {
    "running": lambda figure, view, theme: figures.running_total(figure, view, theme),
    "weeks": lambda figure, view, theme: figures.category_weeks(figure, view, NAMES, theme),
}
# Ranges ending today, at a month's end (the day after is a month's first: a month's tick) and
# on a year's first day (a year's tick on the range's last day, at the right end).
LAST_DAYS = [TODAY, date(2026, 11, 30), date(2027, 1, 1)]


@pytest.mark.parametrize("chart", CHARTS)
@pytest.mark.parametrize(("width", "height", "font_size"), FIGURE_SIZES)
@pytest.mark.parametrize("days", [1, 2, 3, 7, 8, 30, 90, 365, 1000])
def test_the_date_labels_name_days_in_the_range_and_lie_inside_the_figure(
    chart: str, width: float, height: float, font_size: float, days: int
) -> None:
    """A chart counts days: no label names an hour, none a day outside the range, and none
    is cut off at the figure's edge (the last one was, cut in half, at the right end)."""
    theme = Theme(font_size=font_size)
    for until in LAST_DAYS:
        view = wins_each_day(days, until)
        figure = CHARTS[chart](figures.new_figure(theme, width, height), view, theme)
        axes, labels = drawn_dates(figure)
        assert labels, until
        words = [label.get_text() for label in labels]
        assert not [word for word in words if ":" in word], (until, words)
        first, after = mdates.date2num([view.since, view.until + timedelta(days=1)])
        ticks = axes.get_xticks()
        assert first <= min(ticks) and max(ticks) < after, (until, words)
        boxes = sorted((label.get_window_extent() for label in labels), key=lambda box: box.x0)
        frame = figure.bbox
        for box in boxes:
            assert frame.x0 <= box.x0 and box.x1 <= frame.x1, (until, words, box.bounds)
            assert frame.y0 <= box.y0 and box.y1 <= frame.y1, (until, words, box.bounds)
        for left, right in itertools.pairwise(boxes):  # and none over another
            assert left.x1 < right.x0, (until, words)


@pytest.mark.parametrize("chart", CHARTS)
@pytest.mark.parametrize("days", [1, 2, 3, 7])
def test_a_short_range_has_a_label_for_each_day_under_its_step(chart: str, days: int) -> None:
    """Up to a week, each day is named ("Nov 26") under the middle of its step."""
    for theme, size in [(Theme(font_size=CHART_FONT), CHART_SIZE), (Theme(), (8.0, 3.0))]:
        view = wins_each_day(days, TODAY)
        figure = CHARTS[chart](figures.new_figure(theme, *size), view, theme)
        axes, labels = drawn_dates(figure)
        named = [view.since + timedelta(days=n) for n in range(days)]
        assert [label.get_text() for label in labels] == [
            say_day(day, DayForm.SHORT_MONTH_DAY) for day in named
        ]
        assert list(axes.get_xticks()) == list(mdates.date2num(named) + 0.5)
        assert labels[-1].get_text() == "Nov 27"
