"""The notebook tabs share one page layout: the title, the quiet line under it and the content
start at the same place on every tab."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.helpers import unlock

TITLES = {
    "showing_up_page": "Showing up",
    "know_now_page": "What I know now",
    "bring_up_page": "Things I want to bring up",
    "phrases_page": "Phrases for coming back",
}


def place_of(page: QWidget, text: str) -> tuple[int, int, int]:
    [label] = [label for label in page.findChildren(QLabel) if label.text() == text]
    corner = label.mapTo(page, QPoint(0, 0))
    return corner.x(), corner.y(), label.font().pointSize()


def test_every_notebook_tab_starts_its_title_at_the_same_place(qtbot, window) -> None:
    unlock(qtbot, window)
    window.resize(1366, 740)
    places = set()
    for name, title in TITLES.items():
        page = getattr(window, name)
        window.tabs.setCurrentWidget(page)
        QApplication.processEvents()
        places.add(place_of(page, title))
    assert len(places) == 1, places
