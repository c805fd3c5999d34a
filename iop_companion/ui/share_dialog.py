"""Share with my therapist: the person chooses what goes in, sees the exact pages, then saves."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.model import Entry
from iop_companion.core.words import entry_label, short_day
from iop_companion.errors import KnownError
from iop_companion.export.files import with_ending
from iop_companion.export.pdf import (
    ExportCancelled,
    SummaryDocument,
    default_file_name,
    encrypt,
    save,
)
from iop_companion.export.summary import SummaryChoices, build_summary, shareable
from iop_companion.ui.accessible import Message
from iop_companion.ui.day_field import DayEdit
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.recent_files import ask_save_path
from iop_companion.ui.widgets import (
    day_of,
    ems,
    muted,
    paragraph,
    scrolling,
    secret_field,
)

if TYPE_CHECKING:  # QtPrintSupport loads when something is printed, not at start-up
    from PySide6.QtPrintSupport import QPrinter

PRIVATE_NOTE = "Entries you marked private never go in, whatever you choose here."
HARD_NOTE = "Hard moments stay out unless you tick them in."
NO_PRINTER = (
    "No printer is set up on this computer. Save PDF keeps the summary as a file you can "
    "print later."
)
NO_PRINT_TO_FILE = "To keep the summary as a file, use Save PDF: only you can open what it saves."


FILE_PRINTERS = ("pdf", "xps", "file")  # "Microsoft Print to PDF", CUPS-PDF, "Print to File"


def writes_a_file(printer: QPrinter) -> bool:
    """Whether printing would write a file rather than paper: Qt's own PDF output, or a
    printer that only writes files (Windows has "Microsoft Print to PDF" by default)."""
    from PySide6.QtPrintSupport import QPrinter

    name = printer.printerName().lower()
    return (
        printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
        or bool(printer.outputFileName())
        or any(word in name for word in FILE_PRINTERS)
    )


class ShareDialog(QDialog):
    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setWindowTitle("Share a summary")
        self.setMinimumSize(ems(self, 93), 640)
        outer = QVBoxLayout(self)
        layout = scrolling(outer)  # the choices scroll on a small screen; the buttons stay
        layout.addWidget(
            paragraph(
                "Make a summary to show your therapist. You choose what goes in, and you see "
                "the pages before anything is saved."
            )
        )
        form = QFormLayout()
        today = live.journal.today
        self.since = DayEdit(today - timedelta(days=27), today)
        self.until = DayEdit(today, today)
        for edit, name in ((self.since, "From"), (self.until, "To")):
            edit.setDisplayFormat("MMM d, yyyy")
            edit.setAccessibleName(f"{name} day")
            edit.dateChanged.connect(self.reload_entries)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form.addRow("Days", dates)
        self.name = QLineEdit()
        self.name.setPlaceholderText("Optional: your name or initials")
        self.name.setAccessibleName("Your name or initials")
        form.addRow("Name", self.name)
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText("Optional: a few words for your therapist")
        self.message.setAccessibleName("Your message")
        self.message.setTabChangesFocus(True)
        self.message.setMaximumHeight(80)
        form.addRow("Message", self.message)
        layout.addLayout(form)

        self.include_charts = QCheckBox("Wins by kind and the chart")
        self.include_charts.setChecked(True)
        self.include_entries = QCheckBox("The entries ticked below")
        self.include_entries.setChecked(True)
        self.include_hard = QCheckBox("Hard moments")
        self.include_hard.toggled.connect(self.reload_entries)
        self.include_sessions = QCheckBox("How many sessions you showed up to")
        self.include_notes = QCheckBox("What I know now")
        self.include_bring_up = QCheckBox("Things I want to bring up (the ones still open)")
        boxes = QGridLayout()
        for i, box in enumerate(
            (
                self.include_charts,
                self.include_sessions,
                self.include_entries,
                self.include_notes,
                self.include_hard,
                self.include_bring_up,
            )
        ):
            boxes.addWidget(box, i // 2, i % 2)
        layout.addLayout(boxes)
        layout.addWidget(muted(f"{HARD_NOTE} {PRIVATE_NOTE}"))
        self.entries = QListWidget()
        self.entries.setAccessibleName("Entries to include")
        layout.addWidget(self.entries, 1)

        password_row = QHBoxLayout()
        self.password = secret_field("PDF password", "Optional: a password for the PDF")
        self.password.setMinimumWidth(200)
        self.password_again = secret_field("PDF password again", "Once more")
        self.password_again.setMinimumWidth(200)
        password_row.addWidget(self.password)
        password_row.addWidget(self.password_again)
        layout.addLayout(password_row)
        layout.addWidget(muted("A password helps if the summary travels by e-mail."))
        self.status = Message()
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton("Preview…")
        self.print_button = QPushButton("Print…")
        self.save_button = QPushButton("Save PDF…")
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        for box_button in buttons.buttons():
            if isinstance(box_button, QPushButton):
                box_button.setAutoDefault(False)
        # The main action is to see the pages (nothing is saved): Enter does it, and it has
        # the accent, not Close.
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_pages)
        self.save_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.reload_entries()

    # -- what goes in ----------------------------------------------------------------------

    def choices(self) -> SummaryChoices:
        since, until = day_of(self.since), day_of(self.until)
        left_out = frozenset(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.entries.item(i) for i in range(self.entries.count()))
            if item.checkState() != Qt.CheckState.Checked
        )
        return SummaryChoices(
            since=min(since, until),
            until=max(since, until),
            name=self.name.text(),
            message=self.message.toPlainText(),
            include_charts=self.include_charts.isChecked(),
            include_entries=self.include_entries.isChecked(),
            include_hard_moments=self.include_hard.isChecked(),
            include_notes=self.include_notes.isChecked(),
            include_bring_up=self.include_bring_up.isChecked(),
            include_sessions=self.include_sessions.isChecked(),
            left_out=left_out,
        )

    def reload_entries(self) -> None:
        kept = {
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.entries.item(i) for i in range(self.entries.count()))
            if item.checkState() != Qt.CheckState.Checked
        }
        self.entries.clear()
        self._candidates: list[Entry] = shareable(self.live.journal, self.choices())
        for entry in self._candidates:
            text = entry.text or entry.note
            item = QListWidgetItem(f"{short_day(entry.day)}  ·  {entry_label(entry)}  ·  {text}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            unticked = entry.id in kept
            item.setCheckState(Qt.CheckState.Unchecked if unticked else Qt.CheckState.Checked)
            self.entries.addItem(item)

    def document(self) -> SummaryDocument:
        summary = build_summary(
            self.live.journal,
            self.choices(),
            candidates=self._candidates,
            notebook=self.live.notebook,
        )
        return SummaryDocument(summary)

    # -- preview, print, save --------------------------------------------------------------

    def preview(self) -> QDialog:
        dialog = PreviewDialog(self.document(), self)
        dialog.open()
        return dialog

    def print_pages(self) -> None:
        """Print on a printer. Printing to a file is switched off in the print dialog: Qt would
        write it readable by everyone and without the password, so a file goes through Save
        PDF (owner-only, the password applied) instead."""
        from PySide6.QtPrintSupport import (
            QAbstractPrintDialog,
            QPrintDialog,
            QPrinter,
            QPrinterInfo,
        )

        if not QPrinterInfo.availablePrinterNames():
            self._say(NO_PRINTER)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Summary")
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if writes_a_file(printer):
            self._say(NO_PRINT_TO_FILE)
            return
        document = self.document()
        printer.setPageLayout(document.writer_layout)
        painter = QPainter(printer)
        try:
            for page in range(document.pages):
                if page:
                    printer.newPage()
                document.paint_page(painter, page, printer.resolution() / 72)
        finally:
            painter.end()

    def _password(self) -> str | None:
        if self.password.text() != self.password_again.text():
            self._say("The two passwords aren't the same yet.")
            return None
        return self.password.text()

    def save_pdf(self) -> None:
        password = self._password()
        if password is None:
            return
        start = Path.home() / default_file_name(self.live.journal.today)
        try:
            path, _ = ask_save_path(
                self,
                "Save summary",
                start,
                "PDF (*.pdf)",
                journal=self.live.folder,
                suffix="pdf",
            )
        except KnownError as error:
            self._say(error.sentence)
            return
        if path:
            self.save_to(path, password)

    def save_to(self, target: Path, password: str = "") -> Path | None:
        target = with_ending(target, "pdf")
        document = self.document()
        progress = QProgressDialog("Writing your summary…", "Stop", 0, document.pages, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def keep_going(page: int, pages: int) -> bool:
            progress.setValue(page)
            return not progress.wasCanceled()

        try:
            pdf = document.pdf_bytes(keep_going)
            saved = save(encrypt(pdf, password) if password else pdf, target)
        except ExportCancelled as stopped:
            self._say(stopped.sentence)
            return None
        except KnownError as error:
            self._say(error.sentence)
            return None
        finally:
            progress.reset()
        self._say(f"Saved as {saved.name}. Only you can open the file on this computer.")
        return saved

    def _say(self, text: str) -> None:
        self.status.say(text)


class PreviewDialog(QDialog):
    """The exact pages that would be written, drawn from the same laid-out document."""

    def __init__(self, document: SummaryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preview")
        self.resize(700, 800)
        pages = QWidget()
        column = QVBoxLayout(pages)
        scale = 1.0
        self.page_images: list[QPixmap] = []
        for page in range(document.pages):
            size = document.page_size * scale
            pixmap = QPixmap(int(size.width()) + 80, int(size.height()) + 80)
            pixmap.fill(Qt.GlobalColor.white)
            painter = QPainter(pixmap)
            painter.translate(40, 40)
            document.paint_page(painter, page, scale)
            painter.end()
            label = QLabel()
            label.setPixmap(pixmap)
            label.setAccessibleName(f"Page {page + 1} of {document.pages}")
            label.setAccessibleDescription(document.page_text(page))  # what the picture says
            label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reads the pages one by one
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_images.append(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the pages; keys scroll them
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
