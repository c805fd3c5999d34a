"""The charts render, say what they show, and never use words the language note keeps out."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure
from matplotlib.text import Text

from iop_companion.charts import figures
from iop_companion.charts.palette import Theme
from iop_companion.core import progress
from iop_companion.core.journal import JournalService
from iop_companion.core.model import Kind
from iop_companion.core.progress_view import ProgressView, progress_view
from iop_companion.export.summary import SummaryChoices, build_summary
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
