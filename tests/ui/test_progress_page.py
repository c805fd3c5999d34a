"""The progress view: opens, changes range, keeps up with the journal, saves charts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.progress_page import CHARTS, ProgressPage
from tests.ui.helpers import unlock
from tests.ui.test_every_window import in_front


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


# -- each chart in words, and as a table (issue 16)


def fill(window: MainWindow, clock) -> None:
    """Wins in two categories over two weeks, one long ago, and a hard moment."""
    today = clock().date()
    live = window.live
    assert live is not None
    live.log_win("Long ago", category="Honesty", day=today - timedelta(days=200))
    live.log_win("Group", category="Showing up", day=today - timedelta(days=10))
    live.log_win("Group again", category="Showing up", day=today - timedelta(days=10))
    live.log_hard_moment(word="slip", day=today - timedelta(days=3))
    live.log_win("Told my counselor", category="Honesty", day=today - timedelta(days=2))


def descriptions(page: ProgressPage) -> dict[str, str]:
    return {key: box.canvas.accessibleDescription() for key, box in page.boxes.items()}


def test_each_chart_is_named_and_described_by_its_own_numbers(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    fill(window, clock)
    page = open_progress(qtbot, window)
    page.range.setCurrentIndex(page.range.findData("4 weeks"))
    for key, title, _ in CHARTS:
        assert page.boxes[key].canvas.accessibleName() == title
    said = descriptions(page)
    assert len(set(said.values())) == 3  # one sentence each, none shared
    assert "you logged 3 wins, so your wins to date rose from 1 to 4" in said["running"]
    assert "one day with a hard moment" in said["running"]
    assert "In the last year you logged wins on 3 days" in said["calendar"]
    assert "2 in Showing up and 1 in Honesty" in said["categories"]
    assert all(page.summary.text() not in words for words in said.values())
    canvas = QAccessible.queryAccessibleInterface(page.boxes["running"].canvas)
    assert canvas.role() == QAccessible.Role.Chart  # not a nameless "filler"
    assert canvas.text(QAccessible.Text.Description) == said["running"]


def test_the_words_follow_the_range_the_category_the_ticks_and_new_wins(
    qtbot, window, clock
) -> None:
    unlock(qtbot, window)
    fill(window, clock)
    page = open_progress(qtbot, window)
    page.range.setCurrentIndex(page.range.findData("4 weeks"))
    four_weeks = descriptions(page)
    page.range.setCurrentIndex(page.range.findData("a year"))
    a_year = descriptions(page)
    assert "you logged 4 wins, so your wins to date rose from 0 to 4" in a_year["running"]
    assert a_year["categories"].startswith("Over 53 weeks you logged 4 wins")
    assert a_year["running"] != four_weeks["running"]
    assert a_year["calendar"] == four_weeks["calendar"]  # the last year, whatever the range
    page.show_hard.setChecked(False)
    assert "hard moment" not in page.boxes["running"].canvas.accessibleDescription()
    page.category.setCurrentIndex(page.category.findText("Honesty"))
    said = descriptions(page)
    assert "you logged 2 wins in Honesty" in said["running"]
    assert said["calendar"] == "In the last year you logged a win in Honesty on 2 days."
    assert window.live is not None
    window.live.log_win("One more", category="Honesty")
    qtbot.waitUntil(lambda: "you logged 3 wins in Honesty" in descriptions(page)["running"])
    assert page.boxes["running"].words.text() == descriptions(page)["running"]  # seen, too


def table_of(page: ProgressPage, key: str) -> list[list[str]]:
    model = page.boxes[key].table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def headers_of(page: ProgressPage, key: str) -> list[str]:
    model = page.boxes[key].table.model()
    return [
        " ".join(str(model.headerData(c, Qt.Orientation.Horizontal)).split())
        for c in range(model.columnCount())
    ]


def test_show_as_a_table_shows_the_same_numbers(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    fill(window, clock)
    page = open_progress(qtbot, window)
    page.range.setCurrentIndex(page.range.findData("4 weeks"))
    box = page.boxes["running"]
    assert box.table_button.text() == "Show as a table"
    assert box.table_button.accessibleName() == "Show as a table: Wins to date"
    assert not box.table.isVisible()
    box.table_button.click()
    qtbot.waitUntil(box.table.isVisible)
    assert not box.canvas.isVisible()
    assert box.table_button.text() == "Show as a chart"
    assert box.table_button.accessibleName() == "Show as a chart: Wins to date"
    assert box.table.accessibleName() == "Wins to date"
    assert box.table.accessibleDescription() == box.canvas.accessibleDescription()
    assert headers_of(page, "running") == [
        "Week ending",
        "Wins that week",
        "Wins to date",
        "Came back",
        "Days with a hard moment",
    ]
    rows = table_of(page, "running")
    assert len(rows) == 5  # a row a week
    assert rows[-1][2] == str(int(last_total(page)))  # the chart's last point
    assert sum(int(row[1]) for row in rows) == 3
    for key in ("calendar", "categories"):
        page.boxes[key].table_button.click()
    assert headers_of(page, "calendar") == ["Month", "Wins", "Days with wins"]
    months = table_of(page, "calendar")
    assert len(months) in (13, 14)  # a row a month, not a row a day
    assert sum(int(row[1]) for row in months) == 4
    assert headers_of(page, "categories") == [
        "Week ending",
        "Showing up",
        "Honesty",
        "Wins that week",
    ]
    assert [sum(int(row[c]) for row in table_of(page, "categories")) for c in (1, 2, 3)] == [
        2,
        1,
        3,
    ]
    box.table_button.click()
    qtbot.waitUntil(box.canvas.isVisible)
    assert not box.table.isVisible()


def test_the_table_follows_the_range_and_the_category(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    fill(window, clock)
    page = open_progress(qtbot, window)
    page.range.setCurrentIndex(page.range.findData("4 weeks"))
    page.boxes["categories"].table_button.click()
    assert len(table_of(page, "categories")) == 5
    page.range.setCurrentIndex(page.range.findData("a year"))
    assert len(table_of(page, "categories")) == 53
    page.category.setCurrentIndex(page.category.findText("Honesty"))
    assert headers_of(page, "categories") == ["Week ending", "Honesty", "Wins that week"]
    page.show_hard.setChecked(False)
    assert "Days with a hard moment" not in headers_of(page, "running")


def test_the_keyboard_reaches_the_table_and_walks_it(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    fill(window, clock)
    page = open_progress(qtbot, window)
    page.range.setCurrentIndex(page.range.findData("4 weeks"))
    box = page.boxes["running"]
    in_front(qtbot, window)
    page.range.setFocus()
    qtbot.waitUntil(page.range.hasFocus)
    for _ in range(10):
        if QApplication.focusWidget() is box.table_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box.table_button
    qtbot.keyClick(box.table_button, Qt.Key.Key_Return)
    qtbot.waitUntil(box.table.isVisible)
    assert box.table_button.hasFocus()  # the keyboard stays where it was
    qtbot.keyClick(box.table_button, Qt.Key.Key_Tab)
    qtbot.keyClick(box.save_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(box.table.hasFocus)
    assert box.table.currentIndex().row() == 0
    qtbot.keyClick(box.table, Qt.Key.Key_Down)
    qtbot.keyClick(box.table, Qt.Key.Key_Right)
    assert (box.table.currentIndex().row(), box.table.currentIndex().column()) == (1, 1)
    qtbot.keyClick(box.table, Qt.Key.Key_Tab)  # Tab leaves the table, not walks its cells
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.boxes["calendar"].table_button)
    qtbot.keyClick(page.boxes["calendar"].table_button, Qt.Key.Key_Space)
    qtbot.waitUntil(page.boxes["calendar"].table.isVisible)


def test_the_table_is_remembered_for_each_chart(qtbot, window, clock, settings) -> None:
    unlock(qtbot, window)
    page = open_progress(qtbot, window)
    page.boxes["calendar"].table_button.click()
    again = ProgressPage(settings)
    qtbot.addWidget(again)
    assert [again.boxes[key].as_table for key, _, _ in CHARTS] == [False, True, False]


def test_a_chart_saves_while_its_table_shows(qtbot, window, tmp_path: Path) -> None:
    unlock(qtbot, window)
    window.live.log_win("Came back")
    page = open_progress(qtbot, window)
    box = page.boxes["running"]
    box.table_button.click()
    assert box.save_button.isEnabled()
    png = page.save_chart_to(box, tmp_path / "chart", "png")
    assert png.read_bytes().startswith(b"\x89PNG")


def test_lock_clears_the_words_and_the_tables(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    fill(window, clock)
    page = open_progress(qtbot, window)
    page.boxes["running"].table_button.click()
    window.lock()
    for box in page.boxes.values():
        assert box.canvas.accessibleDescription() == box.words.text() == ""
        assert box.table.model().rowCount() == 0


def test_the_table_model_passes_qt_model_checks(qtmodeltester, qtbot, window, clock) -> None:
    unlock(qtbot, window)
    fill(window, clock)
    page = open_progress(qtbot, window)
    qtmodeltester.check(page.boxes["categories"].table.model())
