"""Under large system text, every dialog shows its wrapped sentences whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from tests.ui.helpers import unlock

DIALOGS = ["export_and_import", "backups", "preferences", "share", "manage", "show_help"]


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


@pytest.mark.parametrize("name", DIALOGS)
def test_no_sentence_is_cut_off(qtbot, window, large_text, name: str) -> None:
    unlock(qtbot, window)
    getattr(window, name)()
    [dialog] = [d for d in window.findChildren(QDialog) if d.isVisible()]
    QApplication.processEvents()
    assert cut_off(dialog) == []
    if hasattr(dialog, "say"):  # a message added later finds room too
        dialog.say("A message that is long enough to wrap onto a second line under large text.")
        QApplication.processEvents()
        assert cut_off(dialog) == []
