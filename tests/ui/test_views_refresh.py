"""One way to change the journal: each kind of change reaches the views that show it, and only
those; Undo and Redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) work on every kind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iop_companion.core.notebook_model import Attendance, NoteSection, SessionKind
from iop_companion.core.open_journal import OpenJournal
from iop_companion.export.data import write_json
from iop_companion.export.importer import read_export_file
from iop_companion.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.helpers import unlock

Change = Callable[[OpenJournal], Any]

CHANGES: dict[str, tuple[Change, set[str]]] = {
    "a win": (lambda c: c.log_win("Came to group"), {"journal", "progress"}),
    "a category": (lambda c: c.add_category("Rest"), {"journal", "progress"}),
    "a quick win": (lambda c: c.add_template("Went outside"), set()),
    "what I know now": (
        lambda c: c.save_note(NoteSection.WORKS, "Group in the morning."),
        {"what I know now"},
    ),
    "a thing to bring up": (lambda c: c.add_bring_up("A smaller group"), {"to bring up"}),
    "a session not made": (
        lambda c: c.record_session(c.notebook.today, SessionKind.GROUP, Attendance.MISSED),
        {"showing up"},
    ),
    "a session, with its win": (
        lambda c: c.record_session(c.notebook.today, SessionKind.GROUP, Attendance.ATTENDED),
        {"showing up", "journal", "progress"},
    ),
    "the weekly plan": (
        lambda c: c.add_plan_item(1, time(18), SessionKind.GROUP, "Tuesday group"),
        {"showing up"},
    ),
    "a phrase": (lambda c: c.add_phrase("I came anyway."), {"phrases"}),
    "the program's number": (lambda c: c.set_program_phone("555-0142"), set()),
}


def watch(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The views that read the journal again, in the order they did."""
    heard: list[str] = []
    pages = {
        "journal": (window.journal_page, "_show_progress"),
        "progress": (window.progress_page, "refresh"),
        "what I know now": (window.know_now_page, "refresh"),
        "to bring up": (window.bring_up_page, "refresh"),
        "showing up": (window.showing_up_page, "refresh"),
        "phrases": (window.phrases_page, "refresh"),
    }
    for name, (page, method) in pages.items():
        original = getattr(page, method)

        def noted(*args: Any, name: str = name, original: Any = original) -> Any:
            heard.append(name)
            return original(*args)

        monkeypatch.setattr(page, method, noted)
    return heard


@pytest.mark.parametrize("kind", CHANGES)
def test_a_change_reaches_the_views_that_show_it_and_no_other(
    qtbot, window, monkeypatch, kind: str
) -> None:
    unlock(qtbot, window)
    heard = watch(window, monkeypatch)
    change, views = CHANGES[kind]
    window.live.apply(change(window.live.core))
    assert set(heard) == views
    heard.clear()
    window.undo()  # Undo reaches the same views
    assert set(heard) == views
    heard.clear()
    window.redo()
    assert set(heard) == views


def test_ctrl_z_undoes_and_ctrl_shift_z_and_ctrl_y_redo(qtbot, window) -> None:
    unlock(qtbot, window)
    live = window.live
    live.apply(live.core.add_bring_up("A smaller group would help."))
    live.apply(live.core.add_phrase("I came anyway."))
    window.tabs.setCurrentWidget(window.journal_page)
    window.journal_page.view.setFocus()
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    assert window.menus.undo.text() == "&Undo adding the phrase"
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    assert live.notebook.bring_up_items() == []
    assert "I came anyway." not in [p.text for p in live.notebook.phrases()]
    assert window.menus.redo.isEnabled() and window.menus.redo.text() == "&Redo adding that"
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl | shift)
    assert [i.text for i in live.notebook.bring_up_items()] == ["A smaller group would help."]
    qtbot.keyClick(window, Qt.Key.Key_Y, ctrl)
    assert "I came anyway." in [p.text for p in live.notebook.phrases()]
    assert not window.menus.redo.isEnabled()


def test_an_import_reaches_every_view_and_undo_takes_it_back(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    unlock(qtbot, window)
    live = window.live
    live.apply(live.core.log_win("Came to group"))
    live.apply(live.core.add_bring_up("A smaller group would help."))
    copy = tmp_path / "copy.json"
    with copy.open("w", encoding="utf-8") as out:
        write_json(live.journal, out, notebook=live.notebook)
    window.undo()
    window.undo()
    checked = read_export_file(copy, today=live.journal.today)
    heard = watch(window, monkeypatch)
    task = live.import_file(checked.entries, checked.notebook)
    with qtbot.waitSignal(live.changed, timeout=10_000):
        task.start()
    every_view = {"journal", "progress", "what I know now", "to bring up", "showing up", "phrases"}
    assert set(heard) == every_view
    assert [e.text for e in live.journal.entries()] == ["Came to group"]
    heard.clear()
    window.undo()
    assert live.journal.entries() == [] and live.notebook.bring_up_items() == []
    assert set(heard) == every_view
    heard.clear()
    with qtbot.waitSignal(live.changed, timeout=10_000):  # added again on the worker
        window.redo()
        assert live.undo() == "" and live.redo() == ""  # both wait until it is in
    assert [e.text for e in live.journal.entries()] == ["Came to group"]
    assert set(heard) == every_view
    assert window.status_text.text() == "Done again."
    assert window.menus.undo.text() == "&Undo the import"


def test_drafts_keys_and_backups_refresh_no_view_and_stay_off_the_history(
    qtbot, window, monkeypatch, tmp_path
) -> None:
    unlock(qtbot, window)
    live = window.live
    live.apply(live.core.log_win("Came to group"))
    heard = watch(window, monkeypatch)
    live.apply(live.core.keep_draft("log", {"text": "half a thought"}))
    live.apply(live.core.change_passphrase(PASSPHRASE, "another long passphrase here"))
    live.apply(live.core.make_backup(tmp_path / "copy.backup"))
    assert heard == []
    assert window.menus.undo.text() == "&Undo logging a win"
