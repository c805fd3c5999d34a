"""Export and import from the desktop: a copy of everything saved to a file, and read back."""

from __future__ import annotations

import csv
import json
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from iop_companion.core import progress
from iop_companion.core.notebook import NoteSection
from iop_companion.errors import DiskFull, FileNotWritten
from iop_companion.export.importer import read_export_file
from iop_companion.ui.data_dialog import DataDialog
from iop_companion.ui.quick_hide import is_covered
from tests.ui.helpers import unlock, visible_texts
from tests.ui.test_journal import rows


def open_dialog(window) -> DataDialog:
    dialog = window.export_and_import()
    assert dialog is not None
    return dialog


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the confirmation with ``button``; gives the texts it showed."""
    asked: list[str] = []

    def question(parent, title: str, text: str, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def saved_copy(qtbot, window, tmp_path: Path) -> tuple[DataDialog, Path]:
    """The dialog, open, after saving a JSON copy of the journal as ``copy.json``."""
    dialog = open_dialog(window)
    dialog.export_to(tmp_path / "copy.json", "json")
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=10_000)
    return dialog, tmp_path / "copy.json"


def delete_one(window):
    """Delete "Called instead of ghosting" (in the copy): the entry, as it was."""
    entry = next(e for e in window.live.journal.entries() if e.text.startswith("Called"))
    window.live.delete(entry.id)
    return entry


@pytest.fixture
def filled(qtbot, window):
    unlock(qtbot, window)
    window.live.log_win("Went to group after a slip")
    window.live.log_win("Called instead of ghosting")
    window.live.log_win("Only for me", private=True)
    window.live.notebook.save_note(NoteSection.WORKS, "Walking after group")
    return window


def test_the_menu_opens_it_only_while_the_journal_is_open(qtbot, window) -> None:
    assert not window.menus.data.isEnabled()
    assert window.export_and_import() is None
    unlock(qtbot, window)
    assert window.menus.data.isEnabled()
    window.menus.data.trigger()
    assert any(isinstance(d, DataDialog) and d.isVisible() for d in window.findChildren(DataDialog))


def test_save_a_json_copy_with_the_notebook_and_without_private_entries(
    qtbot, filled, tmp_path: Path
) -> None:
    dialog = open_dialog(filled)
    dialog.export_to(tmp_path / "copy.json", "json")
    qtbot.waitUntil(lambda: "Saved 2 entries" in dialog.status.text(), timeout=10_000)
    saved = tmp_path / "copy.json"
    assert dialog.status.text() == "Saved 2 entries in copy.json. Private entries stayed out."
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert sorted(e["text"] for e in document["entries"]) == [
        "Called instead of ghosting",
        "Went to group after a slip",
    ]
    assert [n["text"] for n in document["notebook"]["notes"]] == ["Walking after group"]


def test_save_a_csv_copy_for_a_spreadsheet(qtbot, filled, tmp_path: Path) -> None:
    dialog = open_dialog(filled)
    dialog.as_csv.setChecked(True)
    assert dialog.file_kind == "csv"
    dialog.export_to(tmp_path / "copy.csv", dialog.file_kind)
    qtbot.waitUntil(lambda: "Saved 2 entries" in dialog.status.text(), timeout=10_000)
    with (tmp_path / "copy.csv").open(encoding="utf-8", newline="") as file:
        texts = sorted(row["text"] for row in csv.DictReader(file))
    assert texts == ["Called instead of ghosting", "Went to group after a slip"]


def test_a_copy_that_cant_be_saved_says_so_and_leaves_nothing(
    qtbot, filled, tmp_path: Path
) -> None:
    dialog = open_dialog(filled)
    dialog.export_to(tmp_path / "no such folder" / "copy.json", "json")
    qtbot.waitUntil(
        lambda: dialog.export_button.isEnabled() and dialog.status.text() != "Saving the copy…"
    )
    assert dialog.status.text() == FileNotWritten.message
    assert not (tmp_path / "no such folder").exists()


def test_import_shows_what_the_file_holds_then_adds_only_whats_missing(
    qtbot, filled, tmp_path: Path, monkeypatch
) -> None:
    window = filled
    dialog, _ = saved_copy(qtbot, window, tmp_path)
    delete_one(window)
    assert "Called instead of ghosting" not in rows(window)

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.check_import(tmp_path / "copy.json")
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Imported"), timeout=10_000)
    assert asked[0].startswith("This file holds 2 entries and ")
    assert dialog.status.text() == "Imported 1 entry. 1 was already in the journal."
    assert "Called instead of ghosting" in rows(window)  # the timeline shows it at once
    # The progress numbers count it too (the session's tallies were read again).
    assert progress.summarize(window.live.day_counts(), window.live.journal.today).total_wins == 3
    assert len(window.live.notebook.note_history(NoteSection.WORKS)) == 1  # not twice

    dialog.check_import(tmp_path / "copy.json")  # the same file again
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Nothing new"), timeout=10_000)
    assert dialog.status.text() == "Nothing new to add: all 2 entries were already in the journal."


def test_undo_takes_the_whole_import_back(qtbot, filled, tmp_path: Path, monkeypatch) -> None:
    window = filled
    dialog, _ = saved_copy(qtbot, window, tmp_path)
    document = json.loads((tmp_path / "copy.json").read_text(encoding="utf-8"))
    for n, entry in enumerate(document["entries"]):  # entries from another journal
        entry["uid"], entry["text"] = f"other-{n}", f"From the other computer {n}"
    document["notebook"]["phrases"] = [{"text": "A phrase from the other computer."}]
    (tmp_path / "other.json").write_text(json.dumps(document), encoding="utf-8")
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.check_import(tmp_path / "other.json")
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Imported"), timeout=10_000)
    assert "From the other computer 0" in rows(window)
    assert "A phrase from the other computer." in window.phrases_page.phrase_list.texts()
    assert window.live.undo_description == "the import"
    dialog.reject()
    window.undo()
    assert not any(row.startswith("From the other computer") for row in rows(window))
    assert "Went to group after a slip" in rows(window)
    phrases = [p.text for p in window.live.notebook.phrases()]
    assert "A phrase from the other computer." not in phrases
    assert "A phrase from the other computer." not in window.phrases_page.phrase_list.texts()


def test_closing_the_dialog_while_it_adds_still_shows_the_entries(
    qtbot, filled, tmp_path: Path
) -> None:
    window = filled
    dialog, _ = saved_copy(qtbot, window, tmp_path)
    delete_one(window)
    checked = read_export_file(tmp_path / "copy.json", today=window.live.journal.today)
    dialog.import_checked(checked)  # as after the person said yes
    dialog.reject()  # closed (and deleted) before the worker is done
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.waitUntil(lambda: "Called instead of ghosting" in rows(window), timeout=10_000)
    assert window.status_text.text() == "Imported 1 entry. 1 was already in the journal."


def test_an_import_that_fails_after_the_dialog_closed_still_says_so(
    qtbot, filled, tmp_path: Path, monkeypatch
) -> None:
    window = filled
    dialog, _ = saved_copy(qtbot, window, tmp_path)
    checked = read_export_file(tmp_path / "copy.json", today=window.live.journal.today)

    def disk_full(entries, notebook, **where):
        raise DiskFull()

    monkeypatch.setattr(window.live.core, "import_plans", disk_full)
    dialog.import_checked(checked)
    dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.waitUntil(lambda: window.status_text.text() == DiskFull.message, timeout=10_000)


def test_locking_while_it_adds_waits_for_it_and_keeps_it_whole(
    qtbot, filled, tmp_path: Path
) -> None:
    window = filled
    dialog, _ = saved_copy(qtbot, window, tmp_path)
    delete_one(window)
    dialog.import_checked(read_export_file(tmp_path / "copy.json", today=window.live.journal.today))
    window.lock()
    QCoreApplication.processEvents()
    assert window.status_text.text() == ""  # the locked screen says nothing of it
    unlock(qtbot, window)
    assert "Called instead of ghosting" in rows(window)


def test_a_lock_while_an_import_holds_the_journal_keeps_the_draft_too(
    qtbot, filled, tmp_path: Path, monkeypatch
) -> None:
    """The import holds the write lock until the lock waits for it: the draft still goes in."""
    window = filled
    dialog, _ = saved_copy(qtbot, window, tmp_path)
    entry = delete_one(window)
    holding, release = threading.Event(), threading.Event()

    core = window.live.core
    import_plans = core.import_plans

    def import_that_holds_on(entries, notebook, **where):
        with core.worker_journal._db.atomic():  # the write lock, until the lock begins to wait
            done = import_plans(entries, notebook, **where)
            holding.set()
            release.wait(timeout=30)
        return done

    monkeypatch.setattr(core, "import_plans", import_that_holds_on)
    pool = window.live.pool
    wait_for_work = pool.waitForDone

    seen_while_waiting = []

    def lock_waits(*args):
        seen_while_waiting.append((is_covered(window), is_covered(dialog)))
        release.set()
        return wait_for_work(*args)

    monkeypatch.setattr(pool, "waitForDone", lock_waits)
    dialog.import_checked(read_export_file(tmp_path / "copy.json", today=entry.day))
    qtbot.waitUntil(holding.is_set, timeout=10_000)
    window.bring_up_page.entry.setText("MARKER a smaller group")
    window.lock()
    assert seen_while_waiting[0] == (True, True)  # out of sight before it waited
    unlock(qtbot, window)
    assert window.bring_up_page.entry.text() == "MARKER a smaller group"
    assert "Called instead of ghosting" in rows(window)


def test_saying_no_adds_nothing(qtbot, filled, tmp_path: Path, monkeypatch) -> None:
    window = filled
    dialog, _ = saved_copy(qtbot, window, tmp_path)
    entry = window.live.journal.entries()[0]
    window.live.delete(entry.id)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.check_import(tmp_path / "copy.json")
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert entry.text not in rows(window)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"not json at all", "isn't"),
        (b'{"format": "something else"}', "isn't"),
    ],
)
def test_a_file_that_isnt_an_export_is_refused_with_one_sentence(
    qtbot, filled, tmp_path: Path, monkeypatch, content: bytes, words: str
) -> None:
    window = filled
    before = len(window.live.journal.entries())
    source = tmp_path / "other.json"
    source.write_bytes(content)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = open_dialog(window)
    dialog.check_import(source)
    qtbot.waitUntil(
        lambda: dialog.import_button.isEnabled() and "Checking" not in dialog.status.text(),
        timeout=10_000,
    )
    assert asked == []
    assert "Nothing was imported." in dialog.status.text()
    assert len(window.live.journal.entries()) == before


def test_locking_closes_it_and_leaves_no_file_names(qtbot, filled, tmp_path: Path) -> None:
    window = filled
    dialog, _ = saved_copy(qtbot, window, tmp_path)
    window.lock()
    assert not dialog.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not any("copy.json" in text for text in visible_texts(window))


OTHER_APPS = Path(__file__).resolve().parents[1] / "fixtures" / "other_apps"


def choose_app(dialog: DataDialog, key: str) -> None:
    dialog.other_app.setCurrentIndex(dialog.other_app.findData(key))


def test_a_journal_from_another_app_is_shown_then_added_once(qtbot, filled, monkeypatch) -> None:
    window = filled
    dialog = open_dialog(window)
    choose_app(dialog, "jrnl")
    assert dialog.other_button.text() == "Choose the file…"
    monkeypatch.setattr(
        "iop_companion.ui.data_dialog.ask_open_path", lambda *a, **k: OTHER_APPS / "jrnl.json"
    )
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.other_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Imported"), timeout=10_000)
    assert asked[0].startswith("This file holds 3 entries from jrnl.")
    assert dialog.status.text() == "Imported 3 entries."
    assert "Asked for a smaller group." in rows(window)

    dialog.other_button.click()  # the same file again
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Nothing new"), timeout=10_000)


def test_markdown_notes_are_chosen_as_a_folder(qtbot, filled, monkeypatch) -> None:
    window = filled
    dialog = open_dialog(window)
    choose_app(dialog, "markdown")
    assert dialog.other_button.text() == "Choose the folder…"
    monkeypatch.setattr(
        "iop_companion.ui.data_dialog.ask_folder", lambda *a, **k: OTHER_APPS / "markdown"
    )
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.other_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Imported"), timeout=10_000)
    assert asked[0].startswith("This folder holds 2 entries from Markdown daily notes.")
    assert "Showed up after a slip" in rows(window)


def test_a_file_from_another_app_than_chosen_is_refused_with_one_sentence(
    qtbot, filled, monkeypatch
) -> None:
    window = filled
    before = len(window.live.journal.entries())
    dialog = open_dialog(window)
    choose_app(dialog, "daylio")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.check_other_app("daylio", OTHER_APPS / "jrnl.json")
    qtbot.waitUntil(
        lambda: dialog.other_button.isEnabled() and "Checking" not in dialog.status.text(),
        timeout=10_000,
    )
    assert asked == []
    assert dialog.status.text().startswith("That file isn't a Daylio export")
    assert len(window.live.journal.entries()) == before
