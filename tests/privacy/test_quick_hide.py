"""Quick hide's shortcut, and the cover for when the app is in the background."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from iop_companion.ui.quick_hide import (
    QUICK_HIDE_SHORTCUT,
    CoverWhenAway,
    cover,
    is_covered,
    uncover,
)

WINDOW_SHORTCUTS = (
    "Ctrl+N",
    "Ctrl+Shift+N",
    "Ctrl+L",
    "Ctrl+E",
    "Ctrl+Z",
    "Ctrl+F",
    "Ctrl+1",
    "Ctrl+2",
)


@pytest.fixture
def page(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addWidget(QLineEdit("search"))
    layout.addWidget(QPlainTextEdit("I said one honest sentence in group."))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_cover_hides_everything_and_is_removed(page: QWidget) -> None:
    sheet = cover(page, "Companion")
    assert is_covered(page) and sheet.geometry() == page.rect()
    assert cover(page, "Companion") is sheet  # twice is once
    page.resize(page.width() + 120, page.height() + 80)
    assert sheet.geometry() == page.rect()  # it follows the window
    assert sheet.label.text() == "Companion"
    uncover(page)
    assert not is_covered(page) and not sheet.isVisible()
    uncover(page)  # and uncovering an uncovered window is harmless


def test_the_cover_comes_with_the_app_in_the_background(page: QWidget) -> None:
    away = CoverWhenAway(lambda: "Companion", page, enabled=True)
    away.application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert is_covered(page)
    away.application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert not is_covered(page)
    away.application_state_changed(Qt.ApplicationState.ApplicationHidden)
    assert is_covered(page)
    away.set_enabled(False)
    assert not is_covered(page)
    away.application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert not is_covered(page)  # off: nothing happens


def test_the_shortcut_clashes_with_nothing_the_window_or_qt_uses() -> None:
    chosen = QKeySequence(QUICK_HIDE_SHORTCUT)
    assert chosen.toString() == "Ctrl+Shift+H"
    assert all(QKeySequence(other) != chosen for other in WINDOW_SHORTCUTS)
    for standard in QKeySequence.StandardKey:
        assert chosen not in QKeySequence.keyBindings(standard), standard


def test_the_shortcut_works_while_typing(page: QWidget, qtbot: QtBot) -> None:
    hidden: list[bool] = []
    action = QAction("Hide", page)
    action.setShortcut(QKeySequence(QUICK_HIDE_SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda: hidden.append(True))
    page.addAction(action)
    editor = page.findChild(QPlainTextEdit)
    assert editor is not None
    page.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    before = editor.toPlainText()
    qtbot.keyClick(
        editor,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert hidden == [True]
    assert editor.toPlainText() == before  # no "H" typed into the entry
