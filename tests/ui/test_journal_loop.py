"""The everyday loop on the journal page: filters behind one button, calm empty states, a short
welcome back that stays closed, and a look-back at a win from a month ago."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMenu

from iop_companion.core.journal import JournalService
from iop_companion.core.model import Kind
from iop_companion.ui.journal_page import LOOK_BACK_INTRO
from iop_companion.ui.main_window import MainWindow
from iop_companion.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.helpers import unlock


def test_filters_wait_behind_a_button_that_counts_them(qtbot, window) -> None:
    unlock(qtbot, window)
    window.live.log_win("Went to group", tags=["group"])
    window.live.log_hard_moment(word="slip")
    page = window.journal_page
    assert not page.filter_row.isVisible() and page.filter_button.text() == "Filter"
    assert not page.clear_filters.isVisible()

    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    assert page.filter_row.isVisible()
    page.kind.setCurrentIndex(page.kind.findData(Kind.WIN))
    page.tag.setCurrentIndex(page.tag.findData("group"))
    assert page.filter_button.text() == "Filter (2)"
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)  # tucked away, still on
    assert not page.filter_row.isVisible() and page.filter_button.text() == "Filter (2)"
    assert page.model.rowCount() == 1

    assert page.clear_filters.isVisible()
    qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    assert page.filter_button.text() == "Filter" and not page.clear_filters.isVisible()
    assert page.model.rowCount() == 2


def test_searching_never_moves_what_is_above_the_entries(qtbot, window) -> None:
    unlock(qtbot, window)
    window.live.log_win("Went to group")
    page = window.journal_page
    qtbot.waitUntil(lambda: page.view.isVisible())
    progress_top = page.progress.geometry().top()
    area = page.entries_area.geometry()
    page.search.setText("nothing like this")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.apply_view()
    assert page.empty.isVisible() and not page.view.isVisible()
    assert page.progress.geometry().top() == progress_top
    assert page.entries_area.geometry() == area  # the empty state sits where the entries were
    label = page.empty.label.geometry().translated(page.empty.geometry().topLeft())
    assert abs(label.center().x() - area.width() / 2) < area.width() / 8  # in the middle


def test_the_summary_reads_as_normal_text(qtbot, window) -> None:
    unlock(qtbot, window)
    window.live.log_win("Went to group")
    progress = window.journal_page.progress
    assert "1 win" in progress.text()
    assert progress.foregroundRole() != QPalette.ColorRole.PlaceholderText
    assert progress.font().pointSizeF() >= window.journal_page.search.font().pointSizeF()


def _journal(folder: Path, now, *wins: tuple[str, int], private: bool = False) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        journal = JournalService(vault.db, clock=lambda: now)
        for text, days_ago in wins:
            journal.log_win(text, day=now.date() - timedelta(days=days_ago), private=private)


def test_a_closed_welcome_back_stays_closed_until_the_next_time_away(
    qtbot, make_window, vault_folder, clock
) -> None:
    _journal(vault_folder, clock(), ("Came to group", 9))
    window: MainWindow = make_window(vault_folder)
    unlock(qtbot, window)
    page = window.journal_page
    assert page.welcome.isVisible()
    close = next(b for b in page.welcome.findChildren(type(page.log_button)) if b.text() == "Close")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    window.lock()
    unlock(qtbot, window)
    assert not page.welcome.isVisible()  # the same time away: still closed

    assert window.live is not None
    window.live.log_win("I'm here now")
    window.lock()
    clock.now += timedelta(days=8)  # away again
    unlock(qtbot, window)
    assert page.welcome.isVisible()


def test_the_welcome_back_button_logs_a_win(qtbot, make_window, vault_folder, clock) -> None:
    _journal(vault_folder, clock(), ("Came to group", 9))
    window: MainWindow = make_window(vault_folder)
    unlock(qtbot, window)
    with qtbot.waitSignal(window.journal_page.log_wanted):
        qtbot.mouseClick(window.journal_page.welcome_log, Qt.MouseButton.LeftButton)


def test_a_win_from_a_month_ago_once_a_day(qtbot, make_window, vault_folder, clock) -> None:
    _journal(vault_folder, clock(), ("Called my sister", 29), ("Came to group", 2))
    window: MainWindow = make_window(vault_folder)
    unlock(qtbot, window)
    page = window.journal_page
    assert page.look_back_card.isVisible()
    assert page.look_back_text.text() == "“Called my sister”"
    assert LOOK_BACK_INTRO == "About a month ago, you wrote:"
    window.lock()
    assert page.look_back_text.text() == ""  # nothing of the journal stays on a locked page
    unlock(qtbot, window)
    assert not page.look_back_card.isVisible()  # at most once a day
    window.lock()
    clock.now += timedelta(days=1)
    unlock(qtbot, window)
    assert page.look_back_card.isVisible()


def test_the_look_back_never_shows_a_private_win(qtbot, make_window, vault_folder, clock) -> None:
    _journal(vault_folder, clock(), ("Only for me", 30), private=True)
    window: MainWindow = make_window(vault_folder)
    unlock(qtbot, window)
    assert not window.journal_page.look_back_card.isVisible()


def test_the_look_back_can_be_turned_off_in_the_view_menu(
    qtbot, make_window, vault_folder, clock, settings: QSettings
) -> None:
    _journal(vault_folder, clock(), ("Called my sister", 31), ("Came to group", 2))
    window: MainWindow = make_window(vault_folder)
    menus = window.menuBar().findChildren(QMenu)
    view_menu = next(m for m in menus if m.title() == "&View")
    choice = next(a for a in view_menu.actions() if "month ago" in a.text())
    assert choice.isCheckable() and choice.isChecked()
    choice.trigger()
    assert not settings.value("journal/look_back", True, type=bool)
    unlock(qtbot, window)
    assert not window.journal_page.look_back_card.isVisible()

    again: MainWindow = make_window(vault_folder)  # remembered
    assert not again.journal_page.look_back_action.isChecked()


def test_notebook_matches_come_under_the_entries_so_they_stay_put(qtbot, window) -> None:
    unlock(qtbot, window)
    window.live.log_win("Went to group")
    window.live.apply(window.live.core.add_bring_up("A smaller group would help."))
    page = window.journal_page
    qtbot.waitUntil(lambda: page.view.isVisible())
    top = page.entries_area.geometry().top()
    page.search.setText("group")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.apply_view()
    qtbot.waitUntil(lambda: page.notebook_hits.isVisible())
    assert page.entries_area.geometry().top() == top  # the first match is where it was
    assert page.notebook_hits.geometry().top() > page.entries_area.geometry().bottom()


def test_the_look_back_goes_when_its_win_changes(qtbot, make_window, vault_folder, clock) -> None:
    """Made private, edited or deleted, the win from a month ago isn't shown as it was."""
    _journal(vault_folder, clock(), ("Called my sister", 29))
    window: MainWindow = make_window(vault_folder)
    unlock(qtbot, window)
    page = window.journal_page
    assert page.look_back_card.isVisible()
    live = window.live
    assert live is not None
    [entry] = live.journal.entries()
    live.edit(entry.id, private=True)
    assert not page.look_back_card.isVisible() and page.look_back_text.text() == ""
