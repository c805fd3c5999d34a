"""Save dialogs that leave no trace of what was saved where.

The system's own file dialogs (GTK's on Linux, the Windows and macOS ones) add every file they
save to the system's recent-files lists: ``recently-used.xbel``, Windows' Recent items, macOS'
Recents. Qt's own dialog (``DontUseNativeDialog``) adds nothing to those, for saving or opening.

Qt's dialog does remember the last folder it was in, for every Qt app of the person's, in its own
settings file (``~/.config/QtProject.conf`` on Linux). ``ask_save_path`` points that memory back at
the home folder before the dialog goes, so the folder a summary went to isn't kept either.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from iop_companion.export.files import check_open_path, check_save_path

NO_TRACE = QFileDialog.Option.DontUseNativeDialog


def file_dialog(
    parent: QWidget | None, caption: str, start: Path, name_filter: str, *, save: bool = True
) -> QFileDialog:
    """Qt's own save dialog (or open dialog, ``save=False``), starting at ``start`` (a folder,
    or a suggested file)."""
    dialog = QFileDialog(parent, caption, str(start), name_filter)
    dialog.setOption(NO_TRACE)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not start.is_dir():
        dialog.selectFile(str(start))
    return dialog


def forget_folder(dialog: QFileDialog) -> None:
    """Leave only the home folder in what Qt remembers of this dialog."""
    dialog.setHistory([])
    dialog.setDirectory(str(Path.home()))


def ask_save_path(
    parent: QWidget | None,
    caption: str,
    start: Path,
    name_filter: str,
    *,
    journal: Path | None,
    run: Callable[[QFileDialog], int] = QFileDialog.exec,
    save: bool = True,
    suffix: str = "",
) -> tuple[Path | None, str]:
    """Like ``QFileDialog.getSaveFileName``, without traces: the chosen path (or None if the
    person closed the dialog) and the chosen name filter. ``run`` shows the dialog; tests pass
    one that doesn't wait for a person. ``save=False`` asks for a file to open instead.
    ``suffix`` ends a name typed without one (before the dialog asks about replacing a file).

    The path is checked before it is handed back (``export.files``): a save never goes over
    one of the files in ``journal`` (the journal's folder), a pipe or a device, and a file to
    open is a file. A refused path raises that ``KnownError``, for the caller to say."""
    dialog = file_dialog(parent, caption, start, name_filter, save=save)
    dialog.setDefaultSuffix(suffix)
    try:
        accepted = run(dialog) == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
        chosen = Path(files[0]) if accepted and files else None
        chosen_filter = dialog.selectedNameFilter()
    finally:
        forget_folder(dialog)
        dialog.deleteLater()
    if chosen is not None:
        assert save == (journal is not None), "a save needs the journal's folder to keep out of"
        chosen = check_save_path(chosen, journal) if journal else check_open_path(chosen)
    return chosen, chosen_filter


def ask_open_path(
    parent: QWidget | None,
    caption: str,
    name_filter: str,
    *,
    run: Callable[[QFileDialog], int] = QFileDialog.exec,
) -> Path | None:
    """Like ``QFileDialog.getOpenFileName``, without traces: the file chosen, or None."""
    chosen, _ = ask_save_path(
        parent, caption, Path.home(), name_filter, journal=None, run=run, save=False
    )
    return chosen


def ask_folder(
    parent: QWidget | None,
    caption: str,
    *,
    run: Callable[[QFileDialog], int] = QFileDialog.exec,
) -> Path | None:
    """A folder chosen in Qt's own dialog (as every file dialog of the app: no recent-files
    trace), or None if the person closed it. ``run`` shows the dialog; tests pass one that
    doesn't wait for a person."""
    dialog = QFileDialog(parent, caption, str(Path.home()))
    dialog.setOption(NO_TRACE)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    try:
        accepted = run(dialog) == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles()
    finally:
        forget_folder(dialog)
    return Path(chosen[0]) if accepted and chosen else None
