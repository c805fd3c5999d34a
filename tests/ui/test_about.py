"""About names the app and where its recovery capital check-in comes from, with its licence."""

from __future__ import annotations

from iop_companion.core import barc10
from iop_companion.ui.main_window import MainWindow


def test_about_names_the_check_ins_source_and_licence(window: MainWindow) -> None:
    box = window.show_about()
    words = box.text()
    assert barc10.NAME in words
    assert "Vilsaint" in words and "Drug and Alcohol Dependence, 177, 71-76" in words
    assert barc10.LICENCE in words
    assert box.isVisible() and box.isModal()
    box.reject()
