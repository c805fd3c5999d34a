"""Under large system text, every dialog shows its wrapped sentences whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QScrollArea,
    QWidget,
)

from iop_companion.ui.preferences import PreferencesDialog
from iop_companion.ui.task_dialog import TaskDialog
from tests.ui.helpers import unlock

DIALOGS = [
    "export_and_import",
    "backups",
    "preferences",
    "share",
    "manage",
    "show_help",
    "keep_in_step",
    "ask_for_new_key",
]


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    usual = qapp.font()
    large = QFont(usual)
    large.setPointSizeF(usual.pointSizeF() * 1.6)
    qapp.setFont(large)
    yield
    qapp.setFont(usual)


def cut_off(dialog: QDialog) -> list[str]:
    """The wrapped labels given less height than their words need."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]


def squeezed(root: QWidget) -> list[str]:
    """The buttons given less width than their words need, and the scrolling parts that
    scroll sideways (where a row is wider than the window lets it be)."""
    found = [
        button.text()
        for button in root.findChildren(QAbstractButton)
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width()
    ]
    found += [
        f"{type(area.window()).__name__} scrolls sideways"
        for area in root.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]
    return found


@pytest.mark.parametrize("name", DIALOGS)
def test_no_sentence_is_cut_off(qtbot, window, large_text, name: str) -> None:
    unlock(qtbot, window)
    getattr(window, name)()
    [dialog] = [d for d in window.findChildren(QDialog) if d.isVisible()]
    QApplication.processEvents()
    assert cut_off(dialog) == []
    if isinstance(dialog, TaskDialog):  # a message added later finds room too
        if isinstance(dialog, PreferencesDialog):
            dialog.tabs.setCurrentIndex(1)  # where the passphrase change answers
            QApplication.processEvents()
        dialog.say(" ".join(["A message long enough to wrap over several lines."] * 6))
        QApplication.processEvents()
        assert dialog.status.isVisible()
        assert cut_off(dialog) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_stays_on_a_small_screen(qtbot, window, large_text, name: str) -> None:
    """The offscreen screen is a 1366x768 laptop's: shorter than some dialogs under large text."""
    unlock(qtbot, window)
    getattr(window, name)()
    [dialog] = [d for d in window.findChildren(QDialog) if d.isVisible()]
    QApplication.processEvents()
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width()
    assert dialog.frameGeometry().bottom() <= area.bottom()
    assert cut_off(dialog) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_in_spanish_no_sentence_is_cut_off_or_off_screen(
    qtbot, in_spanish, window, large_text, name: str
) -> None:
    """Spanish runs about a quarter longer than English (issue 21)."""
    unlock(qtbot, window)
    getattr(window, name)()
    [dialog] = [d for d in window.findChildren(QDialog) if d.isVisible()]
    QApplication.processEvents()
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width()
    assert dialog.frameGeometry().bottom() <= area.bottom()
    assert cut_off(dialog) == []
    assert squeezed(dialog) == []


def test_in_spanish_the_unlock_screen_shows_every_button_whole(
    qtbot, in_spanish, window, large_text
) -> None:
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.unlock_page.isVisible()
    assert squeezed(window.unlock_page) == []


def test_in_spanish_every_preferences_tab_title_is_in_view(qtbot, in_spanish, window) -> None:
    unlock(qtbot, window)
    window.preferences()
    [dialog] = [d for d in window.findChildren(PreferencesDialog) if d.isVisible()]
    QApplication.processEvents()
    bar = dialog.tabs.tabBar()
    assert bar.width() >= bar.sizeHint().width()  # no scroll arrows, no title cut
