"""Saving a summary adds nothing to the system's recent files (Linux: recently-used.xbel).

The app's save dialogs are Qt's own (DontUseNativeDialog): the native ones, GTK's above all, add
each saved file to recently-used.xbel. These tests drive Qt's dialog through its instance API,
never the blocking static functions, with HOME and the XDG folders pointed at a temporary folder.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QTreeView

import iop_companion
from iop_companion.errors import NotAFile, SavesOverJournal
from iop_companion.ui.recent_files import ask_open_path, ask_save_path, file_dialog

SECRET_NAME = "companion-summary-2026-11-27.pdf"
XBEL_BEFORE = b'<?xml version="1.0"?>\n<xbel version="1.0"></xbel>\n'


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Path]:
    """A fresh home: recent files, Qt's own settings and the dialog's start all land under it."""
    real_config = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation
    )
    home = tmp_path / "home"
    for folder in ("data", "config", "Documents"):
        (home / folder).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # QSettings reads the XDG folders once per process: point it here, and back after.
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(home / "config"))
    yield home
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, real_config)


def destroy(dialog: QFileDialog) -> None:
    """Delete the dialog now: Qt writes its own settings when a file dialog is destroyed."""
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def save_through_qt_dialog(folder: Path, name: str) -> Path:
    dialog = QFileDialog(None, "Save summary", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # as share_dialog and progress_page
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(str(folder / name))
    dialog.open()  # shows it without waiting for a person
    # Qt's own dialog, made of Qt widgets: nothing native that could write recent files.
    assert dialog.findChildren(QListView)
    assert dialog.findChildren(QTreeView)
    dialog.accept()
    assert dialog.result() == QFileDialog.DialogCode.Accepted
    [chosen] = dialog.selectedFiles()
    Path(chosen).write_bytes(b"%PDF-1.7\n")  # what the app then writes
    destroy(dialog)
    return Path(chosen)


@pytest.mark.parametrize("xbel_there_before", [False, True], ids=["absent", "present"])
def test_saving_leaves_recently_used_xbel_untouched(home: Path, xbel_there_before: bool) -> None:
    xbel = home / "data" / "recently-used.xbel"
    if xbel_there_before:
        xbel.write_bytes(XBEL_BEFORE)
    chosen = save_through_qt_dialog(home / "Documents", SECRET_NAME)
    assert chosen == home / "Documents" / SECRET_NAME
    if xbel_there_before:
        assert xbel.read_bytes() == XBEL_BEFORE
    else:
        assert not xbel.exists()
    assert not (home / ".recently-used.xbel").exists()  # where old GTK versions kept it
    assert not (home / ".local" / "share" / "recently-used.xbel").exists()


def test_qt_keeps_no_file_name_of_its_own(home: Path) -> None:
    save_through_qt_dialog(home / "Documents", SECRET_NAME)
    for kept in home.rglob("*"):
        if kept.is_file() and kept.name != SECRET_NAME:
            assert SECRET_NAME.encode() not in kept.read_bytes(), kept


def test_qt_alone_remembers_the_folder_and_ask_save_path_forgets_it(home: Path) -> None:
    """What Qt's dialog keeps is the last folder, in QtProject.conf; ask_save_path resets it."""
    qt_settings = home / "config" / "QtProject.conf"
    save_through_qt_dialog(home / "Documents", SECRET_NAME)
    assert "Documents" in qt_settings.read_text()
    qt_settings.unlink()
    second = "companion-summary-2026-12-04.pdf"  # a new file: no question about replacing one

    def person_saves(dialog: QFileDialog) -> int:
        dialog.open()
        dialog.selectFile(str(home / "Documents" / second))
        dialog.accept()
        return dialog.result()

    chosen, name_filter = ask_save_path(
        None,
        "Save summary",
        home / SECRET_NAME,
        "PDF (*.pdf)",
        journal=home / "journal",
        run=person_saves,
    )
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert chosen == home / "Documents" / second and name_filter == "PDF (*.pdf)"
    assert not (home / "data" / "recently-used.xbel").exists()
    remembered = qt_settings.read_text()
    assert "Documents" not in remembered and second not in remembered


def test_closing_the_dialog_chooses_nothing(home: Path) -> None:
    def person_closes(dialog: QFileDialog) -> int:
        dialog.open()
        dialog.reject()
        return dialog.result()

    chosen, _ = ask_save_path(
        None,
        "Save summary",
        home / SECRET_NAME,
        "PDF (*.pdf)",
        journal=home / "journal",
        run=person_closes,
    )
    assert chosen is None


def test_save_dialog_is_qts_own_and_suggests_the_name(home: Path) -> None:
    dialog = file_dialog(None, "Save summary", home / "Documents" / SECRET_NAME, "PDF (*.pdf)")
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.selectedFiles() == [str(home / "Documents" / SECRET_NAME)]
    destroy(dialog)


FILE_DIALOG_FUNCTIONS = {
    "getSaveFileName",
    "getSaveFileUrl",
    "getOpenFileName",
    "getOpenFileNames",
    "getOpenFileUrl",
    "getOpenFileUrls",
    "getExistingDirectory",
    "getExistingDirectoryUrl",
}


def test_every_file_dialog_in_the_app_is_qts_own() -> None:
    """The runtime tests above hold only if the app never asks for the native dialog: every
    file dialog is made by ``recent_files``, and no static ``QFileDialog.get…`` is used."""
    static_calls, made = [], []
    for path in sorted(Path(iop_companion.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Attribute) and node.func.attr in FILE_DIALOG_FUNCTIONS:
                static_calls.append(f"{path.name}:{node.lineno}")
            if isinstance(node.func, ast.Name) and node.func.id == "QFileDialog":
                made.append(path.name)
    assert static_calls == []
    assert set(made) == {"recent_files.py"}


def test_a_name_typed_without_its_ending_gets_it(home: Path) -> None:
    def person_types_a_bare_name(dialog: QFileDialog) -> int:
        dialog.open()
        dialog.selectFile(str(home / "Documents" / "copy"))
        dialog.accept()
        return dialog.result()

    chosen, _ = ask_save_path(
        None,
        "Save a copy",
        home,
        "JSON (*.json)",
        journal=home / "journal",
        run=person_types_a_bare_name,
        suffix="json",
    )
    assert chosen == home / "Documents" / "copy.json"


def test_the_open_dialog_is_qts_own_and_forgets_the_folder(home: Path) -> None:
    chosen_file = home / "Documents" / "companion.backup"
    chosen_file.parent.mkdir(exist_ok=True)
    chosen_file.write_bytes(b"x")

    def person_opens(dialog: QFileDialog) -> int:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptOpen
        dialog.open()
        dialog.selectFile(str(chosen_file))
        dialog.accept()
        return dialog.result()

    assert ask_open_path(None, "Restore from a file", "Backups (*.backup)", run=person_opens) == (
        chosen_file
    )
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not (home / "data" / "recently-used.xbel").exists()
    qt_settings = home / "config" / "QtProject.conf"
    assert not qt_settings.exists() or "Documents" not in qt_settings.read_text()


def choosing(path: Path):
    def person_chooses(dialog: QFileDialog) -> int:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # as if they said "Replace"
        dialog.open()
        dialog.selectFile(str(path))
        dialog.accept()
        return dialog.result()

    return person_chooses


def test_a_save_never_goes_over_the_journal(home: Path, vault_folder: Path) -> None:
    """Every save dialog of the app goes through here: a summary, a copy, a backup, a chart or
    the recovery code chosen onto the journal's own files is refused, and nothing is written."""
    before = {p.name: p.read_bytes() for p in vault_folder.iterdir() if p.is_file()}
    for name in before:
        with pytest.raises(SavesOverJournal):
            ask_save_path(
                None,
                "Save summary",
                home / "summary.pdf",
                "All files (*)",
                journal=vault_folder,
                run=choosing(vault_folder / name),
            )
    assert {p.name: p.read_bytes() for p in vault_folder.iterdir() if p.is_file()} == before


def test_a_pipe_is_never_opened(home: Path) -> None:
    pipe = home / "import.json"
    os.mkfifo(pipe)
    with pytest.raises(NotAFile):
        ask_open_path(None, "Import a copy", "All files (*)", run=choosing(pipe))
