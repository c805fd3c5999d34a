"""Share a summary: choose, preview, save."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinterInfo
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from iop_companion.ui.share_dialog import NO_PRINT_TO_FILE, NO_PRINTER, PreviewDialog, ShareDialog
from tests.ui.helpers import unlock


def open_share(qtbot, window) -> ShareDialog:
    unlock(qtbot, window)
    session = window.live
    session.log_win("Came to group", category="Showing up")
    session.log_win("SECRETWIN just for me", private=True)
    session.log_hard_moment(word="slip", note="HELPED by a call")
    session.log_win("Long before", day=session.journal.today - timedelta(days=90))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return next(d for d in window.findChildren(ShareDialog) if d.isVisible())


def listed(dialog: ShareDialog) -> list[str]:
    return [dialog.entries.item(i).text() for i in range(dialog.entries.count())]


def test_the_list_never_offers_private_entries_and_hard_moments_wait_to_be_chosen(
    qtbot, window
) -> None:
    dialog = open_share(qtbot, window)
    items = " ".join(listed(dialog))
    assert "Came to group" in items
    assert "SECRETWIN" not in items and "Slip" not in items and "Long before" not in items
    dialog.include_hard.setChecked(True)
    assert any("Slip" in item for item in listed(dialog))


def test_preview_shows_the_pages_then_save_writes_them(qtbot, window, tmp_path: Path) -> None:
    dialog = open_share(qtbot, window)
    dialog.message.setPlainText("Can we talk about group size?")
    preview = dialog.preview()
    assert isinstance(preview, PreviewDialog) and len(preview.page_images) >= 1
    saved = dialog.save_to(tmp_path / "for-my-appointment")
    assert saved is not None and saved.suffix == ".pdf"
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(saved).pages))
    assert "Can we talk about group size?" in text and "Came to group" in text
    assert "SECRETWIN" not in text and "HELPED" not in text
    assert "Only you can open" in dialog.status.text()


def test_an_unticked_entry_stays_out(qtbot, window, tmp_path: Path) -> None:
    dialog = open_share(qtbot, window)
    dialog.entries.item(0).setCheckState(Qt.CheckState.Unchecked)
    saved = dialog.save_to(tmp_path / "a.pdf")
    assert saved is not None
    text = " ".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "Came to group" not in text


def test_mismatched_pdf_passwords_say_so(qtbot, window) -> None:
    dialog = open_share(qtbot, window)
    dialog.password.setText("one")
    dialog.password_again.setText("two")
    dialog.save_pdf()
    assert "aren't the same" in dialog.status.text()


def test_with_no_printer_print_says_where_to_go_instead(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", lambda: [])
    dialog = open_share(qtbot, window)
    dialog.print_button.click()
    assert dialog.status.text() == NO_PRINTER
    assert not any(isinstance(w, QPrintDialog) for w in QApplication.topLevelWidgets())


def test_print_offers_no_unprotected_file(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    """Qt's "Print to File (PDF)" would write a file readable by everyone, without the password:
    it is not offered, and a file target that comes back anyway writes nothing."""
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", lambda: ["Office"])
    target = tmp_path / "Summary.pdf"
    offered: list[list[str]] = []

    def a_person_picks_a_file(print_dialog: QPrintDialog) -> int:
        assert not print_dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
        printers = print_dialog.findChild(QComboBox, "printers")
        assert printers is not None
        offered.append([printers.itemText(i) for i in range(printers.count())])
        print_dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", a_person_picks_a_file)
    dialog = open_share(qtbot, window)
    dialog.print_button.click()
    assert offered and not any("File" in name for name in offered[0])
    assert not target.exists()
    assert dialog.status.text() == NO_PRINT_TO_FILE


def test_a_printer_that_only_writes_files_writes_nothing(qtbot, window, monkeypatch) -> None:
    """Windows comes with "Microsoft Print to PDF": a printer that writes a file anyone could
    read, without the password. It is treated as printing to a file."""
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", lambda: ["Microsoft Print to PDF"])
    painted: list[object] = []

    def a_person_picks_it(print_dialog: QPrintDialog) -> int:
        print_dialog.printer().setPrinterName("Microsoft Print to PDF")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", a_person_picks_it)
    dialog = open_share(qtbot, window)
    monkeypatch.setattr(dialog, "document", lambda: painted.append(1))
    dialog.print_button.click()
    assert dialog.status.text() == NO_PRINT_TO_FILE and painted == []


def test_enter_shows_the_pages_the_main_action(qtbot, window) -> None:
    """Enter in a field previews (nothing is saved); the accent is on Preview, not on Close."""
    dialog = open_share(qtbot, window)
    assert dialog.preview_button.isDefault()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(p.isVisible() for p in dialog.findChildren(PreviewDialog)))
    assert dialog.isVisible()
