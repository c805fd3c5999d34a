"""Logging, editing, deleting, undo, search, filters, and the welcome-back card."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from iop_companion.core.journal import JournalService
from iop_companion.core.model import Kind
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.timeline import ENTRY_ROLE, SNIPPET_ROLE, TimelineModel
from iop_companion.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.helpers import active_log_dialog, log_win_by_keyboard, unlock


def rows(window: MainWindow) -> list[str]:
    model = window.journal_page.model
    return [model.index(i).data(Qt.ItemDataRole.DisplayRole) for i in range(model.rowCount())]


def test_quick_win_button_fills_text_and_category(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    assert dialog is not None
    button = next(b for b in dialog.template_buttons if b.text() == "Said one honest sentence")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.text.text() == "Said one honest sentence"
    assert dialog.category.currentText() == "Honesty"
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    entry = window.journal_page.model.index(0).data(ENTRY_ROLE)
    assert (entry.text, entry.category) == ("Said one honest sentence", "Honesty")


def test_a_backdated_private_win_with_tags(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    dialog.text.setText("Called instead of ghosting")
    dialog.day.setDate(dialog.day.date().addDays(-3))
    dialog.tags.setText("family, #calls")
    dialog.private.setChecked(True)
    dialog.save()
    entry = window.journal_page.model.index(0).data(ENTRY_ROLE)
    assert entry.day == clock().date() - timedelta(days=3)
    assert entry.private
    assert entry.tags == ("calls", "family")
    assert window.journal_page.tag.findData("family") >= 0  # the tag filter knows it now


def test_empty_win_gets_a_gentle_message_and_stays_open(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "One is enough" in dialog.message.text()


def test_hard_moment_is_gentle_and_takes_nothing_away(qtbot, window) -> None:
    unlock(qtbot, window)
    log_win_by_keyboard(qtbot, window, "Came to one session")
    before = window.journal_page.progress.text()
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = active_log_dialog(window)
    assert "takes nothing away" in " ".join(
        w.text() for w in dialog.findChildren(QLabel) if w.isVisible()
    )
    dialog.word.setCurrentText("slip")
    dialog.what_helped.setPlainText("Called my counselor")
    dialog.save()
    entry = window.journal_page.model.index(0).data(ENTRY_ROLE)
    assert entry.kind is Kind.HARD_MOMENT and entry.moment_word == "slip"
    assert "1 win" in window.journal_page.progress.text()
    assert window.journal_page.progress.text() == before


def test_edit_delete_and_undo(qtbot, window) -> None:
    unlock(qtbot, window)
    log_win_by_keyboard(qtbot, window, "Sat in group")
    view = window.journal_page.view
    view.setFocus()
    view.setCurrentIndex(window.journal_page.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = active_log_dialog(window)
    assert dialog.windowTitle() == "Edit entry"
    dialog.text.setText("Sat in group without saying a word")
    dialog.save()
    assert rows(window) == ["Sat in group without saying a word"]

    view.setCurrentIndex(window.journal_page.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert rows(window) == []
    assert window.status_text.text() == "Deleted."
    assert window.undo_button.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(window) == ["Sat in group without saying a word"]
    window.undo()
    assert rows(window) == ["Sat in group"]
    window.undo()
    assert rows(window) == []
    assert not window.undo_button.isVisible()


def test_search_highlights_and_filters_narrow(qtbot, window) -> None:
    unlock(qtbot, window)
    session = window.live
    session.log_win("Showed up to group after a slip", category="Showing up")
    session.log_win("Said one honest sentence in group", category="Honesty")
    session.log_win("Went for a walk", category="Self-care")
    session.log_hard_moment(word="slip", note="Texted my counselor")
    page = window.journal_page

    # Typing waits for a pause, then the search runs off the UI thread and arrives a moment later.
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "grou")
    assert page.model.rowCount() == 2
    snippet = page.model.index(0).data(SNIPPET_ROLE)
    assert ("group", True) in snippet

    with qtbot.waitSignal(page.model.loaded):
        page.category.setCurrentIndex(page.category.findText("Honesty"))
    assert rows(window) == ["Said one honest sentence in group"]

    page.search.clear()
    page.category.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData(Kind.HARD_MOMENT))
    assert len(rows(window)) == 1

    page.kind.setCurrentIndex(0)
    page.search.setText("nothing like this")
    with qtbot.waitSignal(page.model.loaded):
        page.apply_view()
    assert page.model.rowCount() == 0
    assert page.empty.isVisible() and "No entries match" in page.empty.text()


def test_typing_fast_shows_only_the_last_search(qtbot, window) -> None:
    unlock(qtbot, window)
    window.live.log_win("Went to group")
    window.live.log_win("Called my sister")
    page = window.journal_page
    for text in ("g", "gr", "sis"):
        page.search.setText(text)
        page.apply_view()
    qtbot.waitUntil(lambda: rows(window) == ["Called my sister"])
    window.live.pool.waitForDone()
    QApplication.processEvents()  # a late result must not replace the newest one
    assert rows(window) == ["Called my sister"]


def test_date_range_filter(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    today = clock().date()
    window.live.log_win("Long ago", day=today - timedelta(days=60))
    window.live.log_win("This week", day=today - timedelta(days=2))
    page = window.journal_page
    page.use_dates.setChecked(True)  # the last 30 days by default
    assert rows(window) == ["This week"]


def test_empty_journal_invites_without_pressure(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.journal_page
    assert page.empty.isVisible()
    assert "You just need to show up" in page.empty.text()


def _journal_with_last_entry(folder, days_ago: int, now: datetime) -> None:
    vault = Vault.unlock(folder, PASSPHRASE)
    journal = JournalService(vault.db, clock=lambda: now)
    journal.log_win("Came to group", day=now.date() - timedelta(days=days_ago))
    vault.lock()


def test_welcome_back_after_seven_days(qtbot, make_window, vault_folder, clock) -> None:
    _journal_with_last_entry(vault_folder, 7, clock())
    window = make_window(vault_folder)
    unlock(qtbot, window)
    card = window.journal_page.welcome
    assert card.isVisible()
    text = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "picking up from here" in text
    assert not any(ch.isdigit() for ch in text)  # no count of days away
    log_win_by_keyboard(qtbot, window, "I'm here now")
    assert not card.isVisible()


def test_no_welcome_back_before_seven_days(qtbot, make_window, vault_folder, clock) -> None:
    _journal_with_last_entry(vault_folder, 6, clock())
    window = make_window(vault_folder)
    unlock(qtbot, window)
    assert not window.journal_page.welcome.isVisible()


def test_categories_added_in_manage_show_in_the_log_dialog(qtbot, window, monkeypatch) -> None:
    unlock(qtbot, window)
    window.manage()
    from iop_companion.ui.manage import ManageDialog

    manage = next(d for d in window.findChildren(ManageDialog) if d.isVisible())
    monkeypatch.setattr(
        "iop_companion.ui.manage.QInputDialog.getText", lambda *a, **k: ("Sleep", True)
    )
    manage.categories.add()
    assert manage.categories.items.item(manage.categories.items.count() - 1).text() == "Sleep"
    assert manage.categories.items.currentItem().text() == "Sleep"  # what was added is chosen
    hidden = manage.categories.items.item(0)
    hidden.setCheckState(Qt.CheckState.Unchecked)
    manage.reject()
    dialog = window.log_win()
    names = [dialog.category.itemText(i) for i in range(dialog.category.count())]
    assert "Sleep" in names
    assert "Showing up" not in names  # hidden from pickers


def test_timeline_model_passes_qt_model_checks(qtmodeltester, journal) -> None:
    for i in range(30):
        journal.log_win(f"win {i}", day=date(2026, 11, 1) + timedelta(days=i % 20), tags=["t"])
    model = TimelineModel(journal)
    qtmodeltester.check(model)  # and it keeps watching the changes below
    logged = journal.log_win("new", day=date(2026, 11, 5))
    assert model.apply_change(logged)
    assert model.apply_change(journal.edit(logged.entry.id, text="newer"))
    assert model.apply_change(journal.delete(logged.entry.id))
    assert [model.index(r).data(ENTRY_ROLE).id for r in range(model.rowCount())] == [
        e.id for e in journal.entries()
    ]


def test_timeline_fetches_in_pages(journal) -> None:
    for i in range(450):
        journal.log_win(f"win {i}", day=date(2026, 1, 1) + timedelta(days=i % 300))
    model = TimelineModel(journal)
    assert model.rowCount() == TimelineModel.PAGE
    assert model.canFetchMore(model.index(-1))
    seen = set()
    while model.canFetchMore(model.index(-1)):
        model.fetchMore(model.index(-1))
    for row in range(model.rowCount()):
        seen.add(model.index(row).data(ENTRY_ROLE).id)
    assert len(seen) == model.rowCount() == 450


def test_day_heading_only_above_the_first_entry_of_a_day(journal) -> None:
    from iop_companion.ui.timeline import DAY_HEADING_ROLE

    journal.log_win("one", day=date(2026, 11, 2))
    journal.log_win("two", day=date(2026, 11, 2))
    journal.log_win("three", day=date(2026, 11, 1))
    model = TimelineModel(journal)
    assert [model.index(r).data(DAY_HEADING_ROLE) for r in range(3)] == [True, False, True]


def test_ctrl_z_right_after_saving_undoes_the_save(qtbot, window) -> None:
    unlock(qtbot, window)
    window.journal_page.search.setFocus()  # where the focus is after unlocking
    log_win_by_keyboard(qtbot, window, "Came to group")
    assert rows(window) == ["Came to group"]
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(window) == []


def test_a_hard_moment_is_noted_in_its_own_words(qtbot, window) -> None:
    unlock(qtbot, window)
    window.live.log_hard_moment(word="NA meeting skipped")
    assert window.status_text.text() == "Noted. Everything you've done still counts."
    entry = window.journal_page.model.index(0).data(ENTRY_ROLE)
    from iop_companion.core.words import entry_label

    assert entry_label(entry) == "NA meeting skipped"  # their word, as they wrote it


def test_help_is_in_the_status_bar_on_every_screen(qtbot, window) -> None:
    from PySide6.QtWidgets import QPushButton

    from iop_companion.ui.help import HelpDialog

    buttons = [b for b in window.statusBar().findChildren(QPushButton) if b.text() == "Help now"]
    assert buttons and buttons[0].isVisible()
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert any(d.isVisible() for d in window.findChildren(HelpDialog))


def test_editing_far_down_the_list_keeps_the_place(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    today = clock().date()
    for i in range(300):
        window.live.log_win(f"win {i}", day=today - timedelta(days=i // 3))
    model = window.journal_page.model
    while model.canFetchMore(model.index(-1)):
        model.fetchMore(model.index(-1))
    deep = model.index(250).data(ENTRY_ROLE)
    window.live.edit(deep.id, text="changed far down")
    assert model.rowCount() == 300  # not reloaded back to the first page
    assert model.index(250).data(ENTRY_ROLE).text == "changed far down"
    window.live.delete(deep.id)
    assert model.rowCount() == 299
    window.undo()
    assert any(model.index(r).data(ENTRY_ROLE).id == deep.id for r in range(model.rowCount()))


def test_a_card_shows_the_entry_first_then_its_note_even_when_the_note_matched(
    qtbot, window
) -> None:
    from iop_companion.ui.timeline import card_lines, plain

    unlock(qtbot, window)
    window.live.log_win("Went for a walk", note="Texted my counselor after")
    window.live.log_hard_moment(word="slip", text="A hard night", note="Called my sister")
    page = window.journal_page
    hard = page.model.index(0).data(ENTRY_ROLE)
    assert [plain(p) for p in card_lines(hard)] == ["A hard night", "What helped: Called my sister"]

    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.setText("counselor")
    index = page.model.index(0)
    text, note = card_lines(index.data(ENTRY_ROLE), index.data(SNIPPET_ROLE))
    assert plain(text) == "Went for a walk"  # the entry's own words stay on its card
    assert ("counselor", True) in note and plain(note) == "Texted my counselor after"


def test_cards_take_their_colours_from_the_palette(qtbot, window) -> None:
    from PySide6.QtGui import QColor, QPalette

    from iop_companion.ui.timeline import quieter

    unlock(qtbot, window)
    window.live.log_win("Went for a walk " * 4, note="Around the block twice")
    view = window.journal_page.view
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#203040"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0e0a0"))
    view.setPalette(palette)
    image = view.viewport().grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, min(image.height(), 200))
    }
    assert "#203040" in colours and "#f0e0a0" in colours
    note = quieter(QColor("#f0e0a0"), QColor("#203040")).name()
    assert note in colours  # the note, under the entry's words, a step quieter
