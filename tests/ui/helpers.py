from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from iop_companion.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE


def unlock(
    qtbot, window: MainWindow, passphrase: str = PASSPHRASE, *, into: QWidget | None = None
) -> None:
    """Type the passphrase and press Enter; wait for the journal (or the page ``into``)."""
    page = window.unlock_page
    page.passphrase.setText(passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    expected = into or window.tabs
    qtbot.waitUntil(lambda: window.pages.currentWidget() is expected)


def log_win_by_keyboard(qtbot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = active_log_dialog(window)
    qtbot.keyClicks(dialog.text, text)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def active_log_dialog(window: MainWindow):
    from iop_companion.ui.log_dialog import LogDialog

    dialogs = [d for d in window.findChildren(LogDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def visible_texts(root: QWidget) -> list[str]:
    """Every piece of text a widget tree holds in a field or label."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            texts.append(top.windowTitle())
    return texts
