"""How I am on the timeline: context on its day, like a hard moment. It adds to the record and
takes nothing away: no count of wins changes, filters and search stay about entries, and the
timeline's keys work on it too."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from iop_companion.core.coping_model import HowIAm
from iop_companion.core.model import Entry, Kind
from iop_companion.core.open_journal import OpenJournal
from iop_companion.ui.log_dialog import LogDialog
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.timeline import (
    DAY_HEADING_ROLE,
    ENTRY_ROLE,
    HOW_I_AM_ROLE,
    TimelineModel,
    card_of,
)
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import FixedClock
from tests.ui.helpers import unlock

Row = Entry | HowIAm


def shown(model: TimelineModel) -> list[Row]:
    found: list[Row] = []
    for row in range(model.rowCount()):
        index = model.index(row)
        found.append(index.data(ENTRY_ROLE) or index.data(HOW_I_AM_ROLE))
    return found


def kinds(model: TimelineModel) -> list[str]:
    return ["how" if isinstance(r, HowIAm) else r.text for r in shown(model)]


@pytest.fixture
def core(vault: Vault, clock: FixedClock) -> OpenJournal:
    return OpenJournal(vault, MemoryKeychain(), clock)


def context_model(core: OpenJournal) -> TimelineModel:
    model = TimelineModel()
    model.set_journal(core.journal, None, core.notebook.how_i_am_list)
    return model


def test_each_check_in_is_first_on_its_own_day(core: OpenJournal) -> None:
    today = core.notebook.today
    core.log_win("walked", day=today)
    core.log_win("called", day=today - timedelta(days=2))
    core.record_how_i_am(today, words=["calm"])
    core.record_how_i_am(today - timedelta(days=1), words=["tired"], halt=["hungry"])
    model = context_model(core)
    assert kinds(model) == ["how", "walked", "how", "called"]
    headings = [model.index(r).data(DAY_HEADING_ROLE) for r in range(model.rowCount())]
    assert headings == [True, False, True, True]  # a day of only How I am has its heading too
    assert model.entry_count() == 2  # context, never counted
    index = model.index(2)
    assert index.data(ENTRY_ROLE) is None  # nothing that reads entries takes it for one
    said = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert said == f"{yesterday_words(today)}. How I am: Tired. Quick check: hungry"
    card = card_of(index)
    assert card is not None and card.marks == "How I am" and card.entry is None


def yesterday_words(today: date) -> str:
    from iop_companion.core.words import date_words

    return date_words(today - timedelta(days=1))


def test_the_model_with_context_passes_qt_model_checks(qtmodeltester, core: OpenJournal) -> None:
    start = date(2026, 11, 1)
    for i in range(30):
        core.log_win(f"win {i}", day=start + timedelta(days=i % 20))
    for i in range(0, 25, 3):
        core.record_how_i_am(start + timedelta(days=i), words=["calm"])
    model = context_model(core)
    qtmodeltester.check(model)  # and it keeps watching the changes below
    added = core.record_how_i_am(start + timedelta(days=4), words=["numb"]).result
    model.refresh_context()
    edited = core.edit_how_i_am(added.id, day=start + timedelta(days=11)).result
    model.refresh_context()
    assert model.apply_change(core.log_win("new", day=start + timedelta(days=11)).result)
    core.delete_how_i_am(edited.id)
    model.refresh_context()
    fresh = context_model(core)
    assert shown(model) == shown(fresh)


def test_paging_brings_every_check_in_once_in_order(core: OpenJournal) -> None:
    journal = core.journal
    for i in range(450):
        journal.log_win(f"win {i}", day=date(2026, 1, 1) + timedelta(days=i % 300))
    days = [date(2026, 1, 1) + timedelta(days=d) for d in (0, 5, 150, 151, 299, 320)]
    for day in days:
        core.record_how_i_am(day, words=["calm"])
    model = context_model(core)
    assert model.entry_count() == TimelineModel.PAGE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    rows = shown(model)
    assert sorted(r.day for r in rows if isinstance(r, HowIAm)) == days
    assert model.entry_count() == 450
    order = [(r.day, isinstance(r, HowIAm)) for r in rows]
    assert order == sorted(order, reverse=True)  # newest first, context first on its day


def test_on_the_journal_tab_it_is_context_and_no_win_count_changes(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlock(qtbot, window)
    live, page = window.live, window.journal_page
    assert live is not None
    live.log_win("Came to group")
    before = page.progress.text()
    heard: list[Any] = []
    monkeypatch.setattr(page, "_show_progress", lambda: heard.append("progress"))
    monkeypatch.setattr(window.progress_page, "refresh", lambda: heard.append("charts"))
    item = live.apply(
        live.core.record_how_i_am(live.core.notebook.today, words=["hopeful"], line="Slept well.")
    )
    assert heard == []  # no tally, total or chart of wins is read again
    assert page.progress.text() == before
    assert kinds(page.model) == ["how", "Came to group"]
    assert page.model.entry_count() == 1

    # Filters: a kind, a category or a tag is about entries; a range of days keeps the context.
    page.kind.setCurrentIndex(page.kind.findData(Kind.WIN))
    assert kinds(page.model) == ["Came to group"]
    page.kind.setCurrentIndex(page.kind.findData(Kind.HARD_MOMENT))
    assert kinds(page.model) == []
    page.clear_all_filters()
    page.use_dates.setChecked(True)
    assert kinds(page.model) == ["how", "Came to group"]
    page.since.setDate(page.since.date().addDays(30))  # today only... then none of its days
    page.until.setDate(page.until.date().addDays(-1))
    assert all(not isinstance(r, HowIAm) for r in shown(page.model))
    page.clear_all_filters()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.setText("group")
    assert kinds(page.model) == ["Came to group"]  # a search finds entries; the notebook's
    with qtbot.waitSignal(page.model.loaded, timeout=5000):  # list finds How I am
        page.search.setText("")
    assert kinds(page.model) == ["how", "Came to group"]

    # Enter asks to open it in How I am; Delete deletes it, and Undo brings it back.
    page.select_how_i_am(item.id)
    page.view.setFocus()
    with qtbot.waitSignal(page.how_i_am_wanted, timeout=1000) as wanted:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert wanted.args == [item.id]
    assert [d for d in window.findChildren(LogDialog) if d.isVisible()] == []  # not an entry
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert kinds(page.model) == ["Came to group"]
    assert live.core.notebook.how_i_am_list() == []
    assert window.status_text.text() == "Deleted."  # said where the person is, as for an entry
    window.undo()
    assert kinds(page.model) == ["how", "Came to group"]
    assert heard == []


def test_lock_forgets_the_context_rows(qtbot, window: MainWindow) -> None:
    unlock(qtbot, window)
    live = window.live
    assert live is not None
    live.apply(live.core.record_how_i_am(live.core.notebook.today, words=["grateful"]))
    assert window.journal_page.model.rowCount() == 1
    window.journal_page.close_journal()
    assert window.journal_page.model.rowCount() == 0
