"""Share a summary: choose, preview, print, save."""

from __future__ import annotations

import gc
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel

from iop_companion.core.notebook import Attendance, NoteSection, SessionKind
from iop_companion.export.summary import Detail
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.share_dialog import (
    NO_NOTES,
    NO_PRINT_TO_FILE,
    NO_PRINTER,
    PreviewDialog,
    ShareDialog,
    print_document,
)
from iop_companion.ui.widgets import qdate
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


def share_again(window: MainWindow) -> ShareDialog:
    dialog = window.share()
    assert dialog is not None
    return dialog


def pdf_text(path: Path | None) -> str:
    assert path is not None
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


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
    assert isinstance(preview, PreviewDialog) and len(preview.page_labels) >= 1
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


# -- since my last session --------------------------------------------------------------------


def test_with_no_session_known_since_my_last_session_is_unticked(qtbot, window) -> None:
    dialog = open_share(qtbot, window)
    assert not dialog.since_last.isChecked() and not dialog.last_session.isEnabled()
    assert dialog.choices().last_session is None
    dialog.since_last.setChecked(True)
    assert dialog.last_session.isEnabled()
    assert dialog.choices().last_session == dialog.last_session.date().toPython()


def test_the_last_session_comes_from_the_notebook_then_the_day_given(qtbot, window) -> None:
    """The notebook's latest session fills it in; a day the person gives is remembered when
    they preview, and comes back the next time when it is the later of the two."""
    dialog = open_share(qtbot, window)
    notebook = window.live.notebook
    today = window.live.journal.today
    notebook.record_session(today - timedelta(days=8), SessionKind.INDIVIDUAL, Attendance.ATTENDED)
    notebook.record_session(today - timedelta(days=2), SessionKind.GROUP, Attendance.ATTENDED)
    dialog.close()
    dialog = share_again(window)
    assert dialog.since_last.isChecked()
    assert dialog.choices().last_session == today - timedelta(days=8)  # one-on-one first
    given = today - timedelta(days=5)
    dialog.last_session.setDate(qdate(given))
    dialog.preview().close()
    assert window.live.own.last_session_day == given
    dialog.close()
    assert share_again(window).choices().last_session == given


def test_a_newer_session_wins_over_an_older_remembered_day(qtbot, window) -> None:
    dialog = open_share(qtbot, window)
    today = window.live.journal.today
    window.live.apply(window.live.core.set_last_session_day(today - timedelta(days=20)))
    window.live.notebook.record_session(
        today - timedelta(days=4), SessionKind.INDIVIDUAL, Attendance.ATTENDED
    )
    dialog.close()
    assert share_again(window).choices().last_session == today - timedelta(days=4)


def test_a_last_session_outside_the_days_is_left_unticked_and_says_why(qtbot, window) -> None:
    dialog = open_share(qtbot, window)
    today = window.live.journal.today
    window.live.apply(window.live.core.set_last_session_day(today - timedelta(days=60)))
    dialog.close()
    dialog = share_again(window)
    assert not dialog.since_last.isChecked() and not dialog.last_hint.isVisible()
    dialog.since_last.setChecked(True)
    assert dialog.last_hint.isVisible()
    assert dialog.last_hint.text() == "That day is before these days, so page 1 leaves it out."
    dialog.since.setDate(qdate(today - timedelta(days=90)))
    assert not dialog.last_hint.isVisible()
    dialog.last_session.setDate(qdate(today))
    assert "the last of these days" in dialog.last_hint.text()


def test_a_name_stops_at_80_characters_and_a_long_note_is_refused(qtbot, window) -> None:
    dialog = open_share(qtbot, window)
    dialog.name.setText("J" * 120)
    assert len(dialog.name.text()) == 80
    dialog.message.setPlainText("word " * 300)
    dialog.preview_button.click()
    assert not dialog.findChildren(PreviewDialog)
    assert dialog.status.text() == ("Keep the note under 1,000 characters, so it fits on page 1.")


def test_since_my_last_session_is_in_the_pdf_and_remembered(qtbot, window, tmp_path) -> None:
    dialog = open_share(qtbot, window)
    dialog.since_last.setChecked(True)
    given = window.live.journal.today - timedelta(days=3)
    dialog.last_session.setDate(qdate(given))
    saved = dialog.save_to(tmp_path / "since.pdf")
    assert saved is not None
    assert window.live.own.last_session_day == given
    assert "since my last session" in pdf_text(saved).lower()


def test_an_unticked_last_session_leaves_the_remembered_day_as_it_was(
    qtbot, window, tmp_path
) -> None:
    dialog = open_share(qtbot, window)
    window.live.own.set_last_session_day(date(2026, 11, 1))
    dialog.since_last.setChecked(False)
    dialog.save_to(tmp_path / "a.pdf")
    assert window.live.own.last_session_day == date(2026, 11, 1)


# -- what I know now and what follows page 1 -------------------------------------------------


def test_only_the_parts_of_what_i_know_now_with_words_are_offered(qtbot, window, tmp_path) -> None:
    dialog = open_share(qtbot, window)
    assert dialog.note_boxes == {}  # nothing written yet: it says where the parts come from
    assert [label for label in dialog.findChildren(QLabel) if label.text() == NO_NOTES]
    notebook = window.live.notebook
    notebook.save_note(NoteSection.LIMITS, "Two groups a week")
    notebook.save_note(NoteSection.TRIGGERS, "Friday nights")
    notebook.save_note(NoteSection.WORKS, "")  # emptied: nothing to offer
    dialog.close()
    dialog = share_again(window)
    assert [box.text() for box in dialog.note_boxes.values()] == ["My limits", "My triggers"]
    assert all(not box.isChecked() for box in dialog.note_boxes.values())
    dialog.note_boxes[NoteSection.LIMITS].setChecked(True)
    assert dialog.choices().note_sections == {NoteSection.LIMITS}
    text = pdf_text(dialog.save_to(tmp_path / "notes.pdf"))
    assert "Two groups a week" in text and "Friday nights" not in text


def test_week_by_week_is_the_detail_unless_another_is_chosen(qtbot, window) -> None:
    dialog = open_share(qtbot, window)
    assert dialog.choices().detail is Detail.CONDENSED
    assert [b.text() for b in dialog.detail_buttons.values()] == [
        "Week by week (short)",
        "Every entry",
        "Page 1 only",
    ]
    for detail, button in dialog.detail_buttons.items():
        button.setChecked(True)
        assert dialog.choices().detail is detail
        assert sum(b.isChecked() for b in dialog.detail_buttons.values()) == 1


# -- the preview and the printout -------------------------------------------------------------


def test_the_preview_shows_each_page_and_its_words_beside_it(qtbot, window) -> None:
    dialog = open_share(qtbot, window)
    preview = dialog.preview()
    pages = preview.document.pages
    names = [label.accessibleName() for label in preview.page_labels]
    assert names == [f"Page {page} of {pages}" for page in range(1, pages + 1)]
    qtbot.waitUntil(lambda: all(label.accessibleDescription() for label in preview.page_labels))
    said = " ".join(label.accessibleDescription() for label in preview.page_labels)
    assert "Came to group" in said and "SECRETWIN" not in said
    first = preview.page_pixmap(0)
    assert first.devicePixelRatio() == preview.devicePixelRatioF()  # sharp on any screen
    width = preview.document.page_size[0]
    assert abs(first.deviceIndependentSize().width() - width / 72 * 96) <= 1  # at 100%
    assert not preview.words.isVisible()
    preview.show_words.click()
    assert preview.words.isVisible() and preview.words.isReadOnly()
    words = preview.words.toPlainText()
    assert words.startswith(f"Page 1 of {pages}\n") and "Came to group" in words
    assert preview.show_words.isChecked()
    preview.show_words.click()
    assert not preview.words.isVisible()


def test_print_puts_the_same_pages_on_the_whole_sheet(qtbot, window, monkeypatch, tmp_path):
    """The pages carry their own margins: the printer adds none, and a page fills the sheet
    (on paper of another shape, as much as fits, centred), sharp but not oversized."""
    dialog = open_share(qtbot, window)
    document = dialog.document()
    asked: list[float] = []
    pictures = document.page_images

    def page_images(ppi: float = 96) -> list[bytes]:
        asked.append(ppi)
        return pictures(ppi)

    monkeypatch.setattr(document, "page_images", page_images)
    drawn: list[QRectF] = []
    draw = QPainter.drawImage

    def draw_image(painter: QPainter, at: QRectF, image: QImage) -> None:
        drawn.append(at)
        draw(painter, at, image)

    monkeypatch.setattr(QPainter, "drawImage", draw_image)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_document(document, printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == document.pages == len(drawn)
    assert asked == [min(printer.resolution(), 300)]
    sheet = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
    page = drawn[0]
    assert page.center().x() == pytest.approx(sheet.center().x(), abs=1)
    assert page.center().y() == pytest.approx(sheet.center().y(), abs=1)
    assert page.width() == pytest.approx(sheet.width(), abs=1) or page.height() == pytest.approx(
        sheet.height(), abs=1
    )


class ManyPages:
    """A document of many blank pages, as a year of every entry makes (hundreds of pages)."""

    pages = 40
    page_size = (612.0, 792.0)

    def __init__(self) -> None:
        self.read: list[int] = []

    def page_images(self, ppi: float = 96) -> list[bytes]:
        image = QImage(round(8.5 * ppi), round(11 * ppi), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"png")).write(image)
        return [bytes(buffer.data().data())] * self.pages

    def page_text(self, page: int) -> str:
        self.read.append(page)
        return f"The words of page {page + 1}"


def test_a_long_preview_holds_pictures_only_of_the_pages_near_view(qtbot) -> None:
    """Hundreds of pages would take gigabytes as pictures: only those in view or near it are
    held; the words of every page are read once the pages are on screen, page by page."""
    document = ManyPages()
    preview = PreviewDialog(document)  # type: ignore[arg-type]
    qtbot.addWidget(preview)
    assert document.read == []  # the pages first: reading them takes a while
    preview.show()
    qtbot.waitExposed(preview)
    held = [page for page, label in enumerate(preview.page_labels) if label.pixmap().width()]
    assert 0 in held and len(held) <= 6
    bar = preview.pages_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    held = [page for page, label in enumerate(preview.page_labels) if label.pixmap().width()]
    assert 39 in held and 0 not in held and len(held) <= 6
    qtbot.waitUntil(lambda: len(document.read) == document.pages)
    assert preview.page_labels[39].accessibleDescription() == "The words of page 40"
    preview.show_words.click()
    assert "Page 40 of 40\n\nThe words of page 40" in preview.words.toPlainText()


def test_an_open_share_window_outlives_a_garbage_collection(qtbot, window) -> None:
    """Its buttons call its own methods, a reference cycle only Python knows of: a collection
    while it was open took the window away (the preview's reading allocates a lot)."""
    unlock(qtbot, window)
    opened = window.share()
    assert opened is not None
    opened.preview()
    del opened  # held by nothing here, as when opened from the menu
    gc.collect()
    shown = [d for d in window.findChildren(ShareDialog) if d.isVisible()]
    assert shown and any(p.isVisible() for p in shown[0].findChildren(PreviewDialog))


# -- the coping tools and the file for the clinic's records -----------------------------------


def with_coping_tools(qtbot, window) -> ShareDialog:
    """A check-in, words of how I am and a hard moment with notes; then the share window."""
    dialog = open_share(qtbot, window)
    live = window.live
    today = live.journal.today
    live.apply(live.core.record_check_in(today, (4, 5, 3, 2, 6, 5, 4, 4, 5, 3)))
    live.apply(live.core.record_how_i_am(today, words=["hopeful", "tired"]))
    moment = live.log_hard_moment(word="rough night", day=today)
    live.apply(live.core.record_picking_up(moment.entry.id, going_on="PAYDAYNOTES"))
    dialog.close()
    return share_again(window)


def test_the_coping_tools_go_in_only_when_ticked(qtbot, window, tmp_path: Path) -> None:
    dialog = with_coping_tools(qtbot, window)
    boxes = (dialog.include_check_ins, dialog.include_how_i_am, dialog.include_picking_up)
    assert not any(box.isChecked() for box in (*boxes, dialog.include_answers))
    assert not dialog.include_picking_up.isEnabled()  # it follows the hard moments
    assert not dialog.include_answers.isEnabled() and not dialog.clinic_file.isEnabled()
    for box in (*boxes, dialog.include_answers, dialog.clinic_file):
        assert box.accessibleName() or box.text()
    text = pdf_text(dialog.save_to(tmp_path / "none.pdf"))
    for absent in ("What I have going for me", "How I am", "hopeful", "PAYDAYNOTES", "BARC-10"):
        assert absent not in text
    assert not (tmp_path / "none.fhir.json").exists()

    dialog.include_hard.setChecked(True)
    assert dialog.include_picking_up.isEnabled()
    for box in boxes:
        box.setChecked(True)
    preview = dialog.preview()
    first = preview.document.page_text(0)
    assert "What I have going for me" in first
    assert "41" in first and "BARC-10" in first and "hopeful" in first
    assert "PAYDAYNOTES" in first
    preview.show_words.click()
    assert "hopeful" in preview.words.toPlainText()
    assert "each answer" not in preview.words.toPlainText()
    dialog.include_answers.setChecked(True)
    text = pdf_text(dialog.save_to(tmp_path / "all.pdf"))
    assert "each answer" in text and "Somewhat agree" in text


def test_the_file_for_the_clinics_records_is_saved_beside_the_pdf(
    qtbot, window, tmp_path: Path
) -> None:
    import json
    import stat

    from iop_companion.ui.share_dialog import NO_CHECK_INS_FOR_CLINIC

    dialog = with_coping_tools(qtbot, window)
    dialog.include_check_ins.setChecked(True)
    assert dialog.clinic_file.isEnabled() and not dialog.clinic_file.isChecked()
    dialog.save_to(tmp_path / "plain.pdf")
    assert not (tmp_path / "plain.fhir.json").exists()  # off unless ticked

    dialog.clinic_file.setChecked(True)
    dialog.name.setText("J.")
    saved = dialog.save_to(tmp_path / "summary.pdf", "a password")
    assert saved is not None
    clinic = tmp_path / "summary.fhir.json"
    assert dialog.saved_clinic_file == clinic
    assert stat.S_IMODE(clinic.stat().st_mode) == 0o600
    bundle = json.loads(clinic.read_text(encoding="utf-8"))
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds == ["Questionnaire", "Patient", "QuestionnaireResponse"]
    assert bundle["entry"][1]["resource"]["name"] == [{"text": "J."}]
    assert "SECRETWIN" not in clinic.read_text(encoding="utf-8")
    assert "summary.fhir.json" in dialog.status.text()

    # Unticking the check-ins takes the file away with them.
    dialog.include_check_ins.setChecked(False)
    assert not dialog.clinic_file.isEnabled()
    clinic.unlink()
    dialog.save_to(tmp_path / "summary.pdf")
    assert not clinic.exists()

    # Days without a check-in: the PDF is saved, the file isn't, and it says so.
    dialog.include_check_ins.setChecked(True)
    today = window.live.journal.today
    dialog.since.setDate(qdate(today - timedelta(days=40)))
    dialog.until.setDate(qdate(today - timedelta(days=30)))
    dialog.save_to(tmp_path / "older.pdf")
    assert not (tmp_path / "older.fhir.json").exists()
    assert NO_CHECK_INS_FOR_CLINIC in dialog.status.text()


def test_a_clinic_file_that_cant_be_saved_says_the_summary_was(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iop_companion.errors import DiskFull
    from iop_companion.ui import share_dialog
    from iop_companion.ui.share_dialog import CLINIC_FILE_NOT_SAVED

    def full(*_: object, **__: object) -> Path:
        raise DiskFull()

    dialog = with_coping_tools(qtbot, window)
    dialog.include_check_ins.setChecked(True)
    dialog.clinic_file.setChecked(True)
    monkeypatch.setattr(share_dialog, "write_fhir", full)
    saved = dialog.save_to(tmp_path / "summary.pdf")
    assert saved is not None and saved.exists()  # the summary is there
    said = dialog.status.text()
    assert said.startswith("Saved as summary.pdf.") and CLINIC_FILE_NOT_SAVED in said
    assert DiskFull().sentence in said and dialog.saved_clinic_file is None
