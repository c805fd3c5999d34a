"""The progress view: opens, changes range, keeps up with the journal, saves charts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from PySide6.QtCore import Qt

from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.progress_page import ProgressPage
from tests.ui.helpers import unlock


def open_progress(qtbot, window: MainWindow) -> ProgressPage:
    page = window.progress_page
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: all(box.figure is not None for box in page.boxes.values()))
    return page


def axes_of(page: ProgressPage, name: str = "running") -> list[Axes]:
    figure = page.boxes[name].figure
    assert figure is not None
    return figure.axes


def last_total(page: ProgressPage) -> float:
    axes = axes_of(page)[0]
    line = next(line for line in axes.get_lines() if line.get_label() == "Wins to date")
    return float(np.asarray(line.get_ydata())[-1])


def test_the_view_opens_with_words_and_three_charts(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    window.live.log_win("Came to group", day=clock().date() - timedelta(days=3))
    window.live.log_win("Called instead of ghosting")
    page = open_progress(qtbot, window)
    assert page.summary.text().startswith("You've logged 2 wins since")
    assert all(axes_of(page, name) for name in page.boxes)
    assert last_total(page) == 2


def test_switching_range_redraws_the_span(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    today = clock().date()
    window.live.log_win("Long ago", day=today - timedelta(days=300))
    page = open_progress(qtbot, window)
    spans = {}
    for index in range(page.range.count() - 1):  # the named ranges
        page.range.setCurrentIndex(index)
        left, _ = axes_of(page)[0].get_xlim()
        spans[page.range.currentData()] = mdates.num2date(left).date()
    assert spans["4 weeks"] == today - timedelta(days=27)
    assert spans["a year"] == today - timedelta(days=364)
    assert spans["everything"] == today - timedelta(days=300)
    assert last_total(page) == 1  # the record is the same whatever the range


def test_custom_dates(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    page = open_progress(qtbot, window)
    page.range.setCurrentIndex(page.range.findData("custom dates"))
    assert page.since.isVisible() and page.until.isVisible()
    page.since.setDate(page.until.date().addDays(-10))
    left, _ = axes_of(page)[0].get_xlim()
    assert mdates.num2date(left).date() == clock().date() - timedelta(days=10)


def test_a_win_logged_elsewhere_shows_at_once(qtbot, window) -> None:
    unlock(qtbot, window)
    page = open_progress(qtbot, window)
    assert last_total(page) == 0
    window.live.log_win("Said one honest sentence")
    assert last_total(page) == 1
    assert "1 win" in page.summary.text()
    window.live.log_hard_moment(word="slip")
    assert last_total(page) == 1  # a hard moment takes nothing away


def test_category_filter_and_hiding_hard_moments(qtbot, window) -> None:
    unlock(qtbot, window)
    window.live.log_win("Group", category="Showing up")
    window.live.log_win("Truth", category="Honesty")
    window.live.log_hard_moment()
    page = open_progress(qtbot, window)
    page.category.setCurrentIndex(page.category.findText("Honesty"))
    assert last_total(page) == 1
    labels = [line.get_label() for line in axes_of(page)[0].get_lines()]
    assert "Hard moments" in labels
    page.show_hard.setChecked(False)
    labels = [line.get_label() for line in axes_of(page)[0].get_lines()]
    assert "Hard moments" not in labels


def test_save_a_chart_as_png_and_svg(qtbot, window, tmp_path: Path) -> None:
    unlock(qtbot, window)
    window.live.log_win("Came back")
    page = open_progress(qtbot, window)
    png = page.save_chart_to(page.boxes["running"], tmp_path / "chart", "png")
    earlier = tmp_path / "year.svg"
    earlier.write_text("an older file anyone could read")
    earlier.chmod(0o644)
    svg = page.save_chart_to(page.boxes["calendar"], earlier, "svg")
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_mode & 0o777 == 0o600
    assert b"<svg" in svg.read_bytes()[:500] and svg.stat().st_mode & 0o777 == 0o600


def test_lock_clears_the_view(qtbot, window) -> None:
    unlock(qtbot, window)
    window.live.log_win("Came to group")
    page = open_progress(qtbot, window)
    window.lock()
    assert page.summary.text() == ""
    assert all(not axes_of(page, name) for name in page.boxes)
