"""Quick hide's shortcut, and the blur for when the app is in the background."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGraphicsBlurEffect, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from iop_companion.ui.quick_hide import (
    QUICK_HIDE_SHORTCUT,
    BlurWhenAway,
    blur,
    is_blurred,
    unblur,
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


def test_blur_applies_and_is_removed(page: QWidget) -> None:
    effect = blur(page)
    assert page.graphicsEffect() is effect and isinstance(effect, QGraphicsBlurEffect)
    assert effect.blurRadius() >= 20 and is_blurred(page)
    assert blur(page) is effect  # twice is once
    page.grab()  # it really paints blurred, offscreen too
    unblur(page)
    assert page.graphicsEffect() is None and not is_blurred(page)
    unblur(page)  # and unblurring a sharp widget is harmless


def test_unblur_leaves_other_effects_alone(page: QWidget) -> None:
    from PySide6.QtWidgets import QGraphicsOpacityEffect

    other = QGraphicsOpacityEffect(page)
    page.setGraphicsEffect(other)
    unblur(page)
    assert page.graphicsEffect() is other


def test_blur_when_the_app_is_in_the_background(page: QWidget) -> None:
    away = BlurWhenAway(page, enabled=True)
    away.application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert is_blurred(page)
    away.application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert not is_blurred(page)
    away.application_state_changed(Qt.ApplicationState.ApplicationHidden)
    assert is_blurred(page)
    away.set_enabled(False)
    assert not is_blurred(page)
    away.application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert not is_blurred(page)  # off: nothing happens


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
