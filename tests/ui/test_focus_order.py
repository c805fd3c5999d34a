"""Tab follows the screen, on every screen (``EVERY_SCREEN``: each screen a person can open,
and each first-run step).

On each one, Tab is pressed from where the focus is when the screen opens until it comes back
there, and Shift+Tab walks the same stops backwards. The test fails when

- Tab lands on a widget that is hidden (or out of sight), disabled, or has no name a screen
  reader could say: an unnamed container, such as a scroll area that only holds others;
- one press of Tab leaves the focus where it was (a plain date field keeps Tab for its day,
  month and year: three stops under one name), or Tab never comes back;
- Shift+Tab doesn't visit the same stops in reverse;
- the order leaves the reading order of the screen.

The reading order, plainly. It starts at the window's first Tab stop (the one Qt's focus chain
gives first, where Tab goes in a window where nothing has focus yet). Two widgets are on one row
when their rectangles on the screen overlap vertically: on one row the left one reads first;
otherwise the higher one does. Every stop must read after the one before it, by that rule; only
the last step, from the last stop back round to the first, goes up. The buttons of a status bar
(Undo, Hide now, Help now) read last, after the page, wherever the page has scrolled to. So a
window's tab bar comes before the page it selects, a two-column screen is read column by column
(a tall list on the right overlaps every row of a form on the left), and a dialog's buttons
read left to right as they are shown, whatever order they were added in.

A failure says where Tab went, and lists every stop in the order Tab visited them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMainWindow, QTabBar, QWidget

from iop_companion.ui.accessible import name_of as accessible_name
from iop_companion.ui.progress_page import ProgressPage
from iop_companion.ui.widgets import focus_chain
from tests.ui.every_screen import EVERY_SCREEN, open_any

MOST_STOPS = 200  # far more than any screen has: more presses than this, and Tab is lost
SHIFT = Qt.KeyboardModifier.ShiftModifier


def name_of(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name (which Qt takes from a
    button's text or a field's label too); for a tab bar, its current tab."""
    if isinstance(widget, QTabBar):
        return f"{widget.tabText(widget.currentIndex()).replace('&', '')} tab"
    return accessible_name(widget)


def said(widget: QWidget) -> str:
    return repr(name_of(widget) or f"an unnamed {type(widget).__name__}")


def said_all(stops: list[QWidget]) -> str:
    return ", ".join(said(stop) for stop in stops)


def on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@dataclass(frozen=True)
class Place:
    """Where a Tab stop is shown: its rectangle on the screen, and whether it is in the
    status bar (read last)."""

    rect: QRect
    last: bool

    @classmethod
    def of(cls, widget: QWidget, beside: QWidget | None = None) -> Place:
        """Where ``widget`` is, as read beside ``beside``: inside a scrolled part that
        ``beside`` is not in (a long dialog's questions, its buttons below), it is where that
        part is, however far down its content reaches."""
        window = widget.window()
        bar = window.statusBar() if isinstance(window, QMainWindow) else None
        last = bar is not None and bar.isAncestorOf(widget)
        shown = widget
        holder = widget.parentWidget()
        while holder is not None and holder is not window:
            if isinstance(holder, QAbstractScrollArea) and not (
                beside is not None and holder.isAncestorOf(beside)
            ):
                shown = holder  # the outermost such part
            holder = holder.parentWidget()
        return cls(on_screen(shown), last)

    def on_one_row(self, other: Place) -> bool:
        return self.rect.top() <= other.rect.bottom() and other.rect.top() <= self.rect.bottom()

    def reads_before(self, other: Place) -> bool:
        if self.last != other.last:
            return other.last
        if self.on_one_row(other):
            return self.rect.left() <= other.rect.left()
        return self.rect.top() < other.rect.top()

    def where(self, other: Place) -> str:
        """Where ``other`` is, from here, in words."""
        if other.last != self.last:
            return "outside the status bar" if self.last else "in the status bar"
        return "left of it on the same row" if self.on_one_row(other) else "above it"


def only_stop(window: QWidget, stop: QWidget) -> bool:
    """Whether ``stop`` is the one widget of ``window`` that Tab can go to."""
    return not any(
        widget is not stop
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and widget.isVisible()
        and widget.isEnabled()
        for widget in focus_chain(window)
    )


def press_tab_round(qtbot, window: QWidget, *, backwards: bool = False) -> list[QWidget]:
    """The stops Tab (or Shift+Tab) visits, from the focus where it is until it comes back."""
    start = QApplication.focusWidget()
    assert start is not None and start.window() is window, "nothing in the window has focus"
    stops = [start]
    key, modifier = ("Shift+Tab", SHIFT) if backwards else ("Tab", Qt.KeyboardModifier(0))
    here = start
    for _ in range(MOST_STOPS):
        qtbot.keyClick(here, Qt.Key.Key_Tab, modifier)
        there = QApplication.focusWidget()
        assert there is not None, f"{key} takes the focus out of the window from {said(here)}"
        if there is here and here is start and only_stop(window, here):
            return stops  # the window's one Tab stop (Help now has only Close)
        if there is here:
            pytest.fail(f"{key} stays in {said(here)}; it visited: {said_all(stops)}")
        if there is start:
            return stops
        # Where it lands is scrolled into view then (a later stop may scroll it away again).
        assert in_sight(there), f"{key} lands on {said(there)}, out of sight: {said_all(stops)}"
        stops.append(there)
        here = there
    pytest.fail(f"Tab never comes back to {said(start)}; it visited: {said_all(stops)}")


def from_first_stop(window: QWidget, stops: list[QWidget]) -> list[QWidget]:
    """The round of ``stops`` begun at the window's first Tab stop."""
    chain = focus_chain(window)
    first = stops.index(min(stops, key=chain.index))
    return stops[first:] + stops[:first]


def unscrolled(window: QWidget) -> None:
    """Every scrolling part of ``window`` back at its top left."""
    for area in window.findChildren(QAbstractScrollArea):
        for bar in (area.horizontalScrollBar(), area.verticalScrollBar()):
            bar.setValue(bar.minimum())
    QApplication.processEvents()


def in_sight(widget: QWidget) -> bool:
    """Shown, and not scrolled or cut off out of sight by what holds it."""
    if not widget.isVisible():
        return False
    seen, holder = on_screen(widget), widget.parentWidget()
    while holder is not None:  # up to its window
        seen &= on_screen(holder)
        holder = None if holder.isWindow() else holder.parentWidget()
    return not seen.isEmpty()


@pytest.mark.parametrize("screen", EVERY_SCREEN)
def test_tab_follows_the_screen(qtbot, request, screen: str) -> None:
    window = open_any(qtbot, request, screen)
    for page in window.findChildren(ProgressPage):
        if page.isVisible():  # the charts, and their Save buttons, come once matplotlib is in
            qtbot.waitUntil(lambda p=page: all(b.canvas for b in p.boxes.values()), timeout=20_000)
    stops = press_tab_round(qtbot, window)
    visited = f"Tab visits: {said_all(stops)}"

    for stop in stops:
        assert stop.isEnabled(), f"Tab lands on {said(stop)}, which is disabled. {visited}"
        assert name_of(stop), f"Tab lands on {said(stop)}, which has no name. {visited}"

    ordered = from_first_stop(window, stops)
    unscrolled(window)  # the order of the page as laid out, wherever Tab left it scrolled
    for before, after in itertools.pairwise(ordered):
        here, there = Place.of(before, after), Place.of(after, before)
        assert here.reads_before(there), (
            f"Tab goes from {said(before)} to {said(after)}, which is {here.where(there)}. "
            f"From the first stop, Tab visits: {said_all(ordered)}"
        )

    back = press_tab_round(qtbot, window, backwards=True)
    assert back == [stops[0], *reversed(stops[1:])], (
        f"Shift+Tab visits: {said_all(back)}; {visited}"
    )
