"""Share with my therapist: the person chooses what goes in, sees the exact pages, then saves.

The choices follow page 1's order (a session's order: since the last session, wins and the
chart, things to bring up, showing up, hard moments, what I know now), then what follows page
1. The preview, the printout and the saved file are the same pages, from one ``SummaryDocument``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iop_companion import i18n
from iop_companion.core.model import Entry
from iop_companion.core.notebook_model import SECTION_TITLES, NoteSection
from iop_companion.core.words import entry_label
from iop_companion.errors import KnownError
from iop_companion.export.fhir import beside, write_fhir
from iop_companion.export.files import with_ending
from iop_companion.export.pdf import (
    PREVIEW_PPI,
    SummaryDocument,
    default_file_name,
    encrypt,
    forget,
    get_ready,
    save,
    warm_up_chart,
)
from iop_companion.export.summary import (
    MAX_NAME_CHARS,
    Detail,
    SummaryChoices,
    TherapistSummary,
    build_summary,
    shareable,
)
from iop_companion.i18n import QT_TRANSLATE_NOOP, DayForm, languages, say_day, translate
from iop_companion.language import language_name, words_for
from iop_companion.ui.accessible import Message
from iop_companion.ui.day_field import DayEdit
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.recent_files import ask_save_path
from iop_companion.ui.theme import current_colours
from iop_companion.ui.widgets import (
    day_of,
    ems,
    field_label,
    muted,
    paragraph,
    scrolling,
    secret_field,
)

if TYPE_CHECKING:  # QtPrintSupport loads when something is printed, not at start-up
    from PySide6.QtPrintSupport import QPrinter

PRIVATE_NOTE = QT_TRANSLATE_NOOP(
    "share_dialog", "Entries you marked private never go in, whatever you choose here."
)
HARD_NOTE = QT_TRANSLATE_NOOP("share_dialog", "Hard moments stay out unless you tick them in.")
CLINIC_FILE = QT_TRANSLATE_NOOP("share_dialog", "Also save a file for the clinic's records (FHIR)")
CLINIC_FILE_NOT_SAVED = QT_TRANSLATE_NOOP(
    "share_dialog", "The file for the clinic's records wasn't saved."
)
CLINIC_NOTE = QT_TRANSLATE_NOOP(
    "share_dialog",
    "A second file beside the PDF, in the form clinics' record systems read: your check-ins' "
    "answers and the name above, nothing else. It has no password.",
)
CLINIC_NEEDS_CHECK_INS = QT_TRANSLATE_NOOP(
    "share_dialog",
    "The file for the clinic's records holds check-ins: tick What I have going for me.",
)
NO_CHECK_INS_FOR_CLINIC = QT_TRANSLATE_NOOP(
    "share_dialog",
    "There are no check-ins in these days, so no file for the clinic's records was saved.",
)
NO_NOTES = QT_TRANSLATE_NOOP(
    "share_dialog", "When you write in What I know now, its parts can go in here."
)
NO_PRINTER = QT_TRANSLATE_NOOP(
    "share_dialog",
    "No printer is set up on this computer. Save PDF keeps the summary as a file you can "
    "print later.",
)
LAST_SESSION_BEFORE = QT_TRANSLATE_NOOP(
    "share_dialog", "That day is before these days, so page 1 leaves it out."
)
LAST_SESSION_AT_END = QT_TRANSLATE_NOOP(
    "share_dialog", "That day is the last of these days or after, so page 1 leaves it out."
)
NO_PRINT_TO_FILE = QT_TRANSLATE_NOOP(
    "share_dialog",
    "To keep the summary as a file, use Save PDF: only you can open what it saves.",
)
DETAILS: dict[Detail, str] = {
    Detail.CONDENSED: QT_TRANSLATE_NOOP("share_dialog", "Week by week (short)"),
    Detail.FULL: QT_TRANSLATE_NOOP("share_dialog", "Every entry"),
    Detail.NONE: QT_TRANSLATE_NOOP("share_dialog", "Page 1 only"),
}
PAGE_GAP = 16  # pixels around and between the preview's pages
EDGE = 3  # pixels of a page's edge in the preview: its focus ring's width
MOST_PRINT_PPI = 300  # sharp on paper; more only makes the print job larger
WORDS_EMS = 45  # the preview's words beside the pages: a column a line of a page fits in
WIDE_EMS = 125  # from this width on, the entries stand beside the choices


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
        self.setWindowTitle(translate("share_dialog", "Share a summary"))
        self.setMinimumSize(ems(self, 93), 640)
        outer = QVBoxLayout(self)
        layout = scrolling(outer)  # the choices scroll on a small screen; the buttons stay
        layout.addWidget(
            paragraph(
                translate(
                    "share_dialog",
                    "Make a summary to show your therapist. You choose what goes in, and you "
                    "see the pages before anything is saved.",
                )
            )
        )
        # The choices on the left, the entries to tick on the right; one column where the
        # window is narrow (a small screen, large text), the entries below the choices.
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        choices = QVBoxLayout()
        choices.addLayout(self._when_and_who())
        choices.addWidget(self._page_one())
        choices.addWidget(self._what_i_know_now())
        choices.addWidget(self._what_follows())
        choices.addStretch(1)
        self.columns.addLayout(choices)
        self.columns.addLayout(self._entry_list(), 1)
        layout.addLayout(self.columns, 1)

        password_row = QHBoxLayout()
        self.password = secret_field(
            translate("share_dialog", "PDF password"),
            translate("share_dialog", "Optional: a password for the PDF"),
        )
        self.password.setMinimumWidth(200)
        self.password_again = secret_field(
            translate("share_dialog", "PDF password again"), translate("share_dialog", "Once more")
        )
        self.password_again.setMinimumWidth(200)
        password_row.addWidget(self.password)
        password_row.addWidget(self.password_again)
        layout.addLayout(password_row)
        layout.addWidget(
            muted(translate("share_dialog", "A password helps if the summary travels by e-mail."))
        )
        self.clinic_file = QCheckBox(translate("share_dialog", CLINIC_FILE))
        self.clinic_file.setEnabled(False)
        self.clinic_file.setToolTip(translate("share_dialog", CLINIC_NEEDS_CHECK_INS))
        self.include_check_ins.toggled.connect(self._check_clinic_file)
        self.clinic_note = muted(translate("share_dialog", CLINIC_NOTE))
        layout.addWidget(self.clinic_file)
        layout.addWidget(self.clinic_note)
        self.status = Message()
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(translate("share_dialog", "Preview…"))
        self.print_button = QPushButton(translate("share_dialog", "Print…"))
        self.save_button = QPushButton(translate("share_dialog", "Save PDF…"))
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        for box_button in buttons.buttons():
            if isinstance(box_button, QPushButton):
                box_button.setAutoDefault(False)
        # The main action is to see the pages (nothing is saved): Enter does it, and it has
        # the accent, not Close.
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self._preview_pressed)
        self.print_button.clicked.connect(self.print_pages)
        self.save_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.reload_entries()
        self._check_last_session()
        # While the person chooses, load what the first preview would wait for (about 0.5 s),
        # and let it go when the window closes (the journal locking closes it too).
        QThreadPool.globalInstance().start(get_ready)
        QTimer.singleShot(0, warm_up_chart)
        self.finished.connect(forget)
        self.previewing: PreviewDialog | None = None  # held while this window is
        self.saved_clinic_file: Path | None = None  # the last one saved, if any
        screen = self.screen()
        room = screen.availableGeometry().width() - ems(self, 4) if screen is not None else 0
        if room >= ems(self, WIDE_EMS):  # both columns, the entries as wide as fits
            self.resize(min(room, ems(self, WIDE_EMS + 25)), self.height())
        self._fit_columns()

    # -- the parts of the dialog, in page 1's order ---------------------------------------

    def _when_and_who(self) -> QFormLayout:
        """The days, the last session's day, and the person's name and message."""
        form = QFormLayout()
        today = self.live.journal.today
        self.since = DayEdit(today - timedelta(days=27), today)
        self.until = DayEdit(today, today)
        # A day as Qt writes it in a date field: a translator may reorder it ("d MMM yyyy").
        day_format = translate("share_dialog", "MMM d, yyyy")
        self.since.setAccessibleName(translate("share_dialog", "From day"))
        self.until.setAccessibleName(translate("share_dialog", "To day"))
        for edit in (self.since, self.until):
            edit.setDisplayFormat(day_format)
            edit.dateChanged.connect(self.reload_entries)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel(translate("share_dialog", "to", "between the first and last day")))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form.addRow(translate("share_dialog", "Days"), dates)

        # The day the person last saw their therapist: the later of the one they gave last
        # time and the notebook's latest session; ticked when it falls in the days shown.
        found = [self.live.own.last_session_day, self.live.notebook.last_session_before(today)]
        known = max((day for day in found if day is not None), default=None)
        self.since_last = QCheckBox(translate("share_dialog", "Since my last session"))
        self.since_last.setChecked(known is not None and day_of(self.since) <= known < today)
        self.last_session = DayEdit(known or today - timedelta(days=7), today)
        self.last_session.setDisplayFormat(day_format)
        self.last_session.setAccessibleName(translate("share_dialog", "Day of my last session"))
        self.last_session.setEnabled(self.since_last.isChecked())
        self.since_last.toggled.connect(self.last_session.setEnabled)
        last = QHBoxLayout()
        last.addWidget(self.since_last)
        last.addWidget(self.last_session)
        last.addStretch(1)
        form.addRow("", last)
        self.last_hint = Message(muted=True)  # when the day can't be used, says why
        form.addRow("", self.last_hint)
        for changed in (self.since.dateChanged, self.until.dateChanged):
            changed.connect(self._check_last_session)
        self.last_session.dateChanged.connect(self._check_last_session)
        self.since_last.toggled.connect(self._check_last_session)

        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("share_dialog", "Optional: your name or initials"))
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setAccessibleName(translate("share_dialog", "Your name or initials"))
        form.addRow(translate("share_dialog", "Name"), self.name)
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText(
            translate("share_dialog", "Optional: a few words for your therapist")
        )
        self.message.setAccessibleName(translate("share_dialog", "Your message"))
        self.message.setTabChangesFocus(True)
        self.message.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        form.addRow(translate("share_dialog", "Message"), self.message)

        # A therapist may read another language than the app speaks: the summary's own words
        # follow this; what the person wrote stays as they wrote it.
        self.language = QComboBox()
        for code in languages():
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current().code), 0))
        form.addRow(translate("share_dialog", "Language of the summary"), self.language)
        return form

    def in_summary_language(self) -> contextlib.AbstractContextManager[i18n.Words]:
        """While inside, the summary's words are said in the language chosen for it."""
        return i18n.speaking(words_for(str(self.language.currentData())))

    def _page_one(self) -> QGroupBox:
        box = QGroupBox(translate("share_dialog", "On page 1"))
        self.include_charts = QCheckBox(translate("share_dialog", "Wins by kind and the chart"))
        self.include_charts.setChecked(True)
        self.include_bring_up = QCheckBox(translate("share_dialog", "Things I want to bring up"))
        self.include_bring_up.setToolTip(
            translate("share_dialog", "The open ones first, then those you brought up.")
        )
        self.include_sessions = QCheckBox(
            translate("share_dialog", "How many sessions you showed up to")
        )
        self.include_check_ins = QCheckBox(
            translate("share_dialog", "What I have going for me (check-in totals)")
        )
        self.include_check_ins.setToolTip(
            translate("share_dialog", "The total of each check-in in these days.")
        )
        self.include_how_i_am = QCheckBox(translate("share_dialog", "How I am, in words"))
        self.include_how_i_am.setToolTip(
            translate("share_dialog", "Which words you chose, and how often.")
        )
        self.include_hard = QCheckBox(translate("share_dialog", "Hard moments"))
        self.include_hard.toggled.connect(self.reload_entries)
        self.include_picking_up = QCheckBox(
            translate("share_dialog", "Notes from picking up from here")
        )
        self.include_picking_up.setToolTip(
            translate("share_dialog", "Only for the hard moments that go in.")
        )
        self.include_picking_up.setEnabled(False)
        self.include_hard.toggled.connect(self.include_picking_up.setEnabled)
        grid = QGridLayout(box)
        page_order = (
            self.include_charts,
            self.include_bring_up,
            self.include_sessions,
            self.include_check_ins,
            self.include_how_i_am,
            self.include_hard,
            self.include_picking_up,
        )
        for i, check in enumerate(page_order):  # read row by row: page 1's order
            grid.addWidget(check, i // 2, i % 2)
        return box

    def _what_i_know_now(self) -> QGroupBox:
        """A box for each section that has words; a section still empty isn't offered."""
        box = QGroupBox(translate("share_dialog", "What I know now"))
        grid = QGridLayout(box)
        written = self.live.notebook.latest_notes()
        self.note_boxes: dict[NoteSection, QCheckBox] = {}
        for i, section in enumerate(s for s in SECTION_TITLES if s in written):
            check = QCheckBox(translate("notebook_model", SECTION_TITLES[section]))
            self.note_boxes[section] = check
            grid.addWidget(check, i // 3, i % 3)
        if not self.note_boxes:
            grid.addWidget(muted(translate("share_dialog", NO_NOTES)), 0, 0)
        return box

    def _what_follows(self) -> QGroupBox:
        box = QGroupBox(translate("share_dialog", "What follows page 1"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.details = QButtonGroup(self)
        self.detail_buttons: dict[Detail, QRadioButton] = {}
        for detail, words in DETAILS.items():
            choice = QRadioButton(translate("share_dialog", words))
            self.details.addButton(choice)
            self.detail_buttons[detail] = choice
            row.addWidget(choice)
        row.addStretch(1)
        self.detail_buttons[Detail.CONDENSED].setChecked(True)
        column.addLayout(row)
        self.include_answers = QCheckBox(
            translate("share_dialog", "Each check-in's answers, after the rest")
        )
        self.include_answers.setEnabled(False)
        self.include_check_ins.toggled.connect(self.include_answers.setEnabled)
        column.addWidget(self.include_answers)
        return box

    def _entry_list(self) -> QVBoxLayout:
        """Each entry that may go in, ticked: its words go in week by week or in the list of
        every entry, and a hard moment's on page 1."""
        column = QVBoxLayout()
        self.entries = QListWidget()
        self.entries.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.entries.setMinimumWidth(ems(self, 40))
        self.entries.setWordWrap(True)  # a long entry on two lines, not cut off
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(field_label(translate("share_dialog", "Entries to include"), self.entries))
        column.addWidget(self.entries, 1)
        hard, private = (
            translate("share_dialog", HARD_NOTE),
            translate("share_dialog", PRIVATE_NOTE),
        )
        column.addWidget(muted(f"{hard} {private}"))
        return column

    def _fit_columns(self) -> None:
        """Two columns where the window is wide enough for them, else one."""
        wide = self.width() >= ems(self, WIDE_EMS)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    # -- what goes in ----------------------------------------------------------------------

    @property
    def detail(self) -> Detail:
        return next(d for d, button in self.detail_buttons.items() if button.isChecked())

    @property
    def last_session_day(self) -> date | None:
        return day_of(self.last_session) if self.since_last.isChecked() else None

    def choices(self) -> SummaryChoices:
        since, until = day_of(self.since), day_of(self.until)
        left_out = self._unticked()
        return SummaryChoices(
            since=min(since, until),
            until=max(since, until),
            name=self.name.text(),
            message=self.message.toPlainText(),
            last_session=self.last_session_day,
            include_charts=self.include_charts.isChecked(),
            detail=self.detail,
            include_hard_moments=self.include_hard.isChecked(),
            left_out=left_out,
            note_sections=frozenset(s for s, box in self.note_boxes.items() if box.isChecked()),
            include_bring_up=self.include_bring_up.isChecked(),
            include_sessions=self.include_sessions.isChecked(),
            include_check_ins=self.include_check_ins.isChecked(),
            include_check_in_answers=self.include_answers.isEnabled()
            and self.include_answers.isChecked(),
            include_how_i_am=self.include_how_i_am.isChecked(),
            include_picking_up=self.include_picking_up.isEnabled()
            and self.include_picking_up.isChecked(),
        )

    def _unticked(self) -> frozenset[int]:
        return frozenset(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.entries.item(i) for i in range(self.entries.count()))
            if item.checkState() != Qt.CheckState.Checked
        )

    def reload_entries(self) -> None:
        unticked = self._unticked()  # they stay unticked when the list is made again
        self.entries.clear()
        self._candidates: list[Entry] = shareable(self.live.journal, self.choices())
        for entry in self._candidates:
            text = entry.text or entry.note
            item = QListWidgetItem(
                translate("share_dialog", "{day}  ·  {label}  ·  {text}").format(
                    day=say_day(entry.day, DayForm.MONTH_DAY), label=entry_label(entry), text=text
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            left_out = entry.id in unticked
            item.setCheckState(Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked)
            self.entries.addItem(item)

    def _check_last_session(self) -> None:
        """Say so when the ticked day can't give "since my last session" for these days."""
        day, choices = self.last_session_day, self.choices()
        if day is None or choices.since <= day < choices.until:
            self.last_hint.say("", again=False)
        elif day < choices.since:
            self.last_hint.say(translate("share_dialog", LAST_SESSION_BEFORE), again=False)
        else:
            self.last_hint.say(translate("share_dialog", LAST_SESSION_AT_END), again=False)

    def _check_clinic_file(self) -> None:
        """The file for the clinic's records holds check-ins: offered while they go in."""
        on = self.include_check_ins.isChecked()
        self.clinic_file.setEnabled(on)
        self.clinic_file.setToolTip("" if on else translate("share_dialog", CLINIC_NEEDS_CHECK_INS))

    @property
    def with_clinic_file(self) -> bool:
        return self.clinic_file.isEnabled() and self.clinic_file.isChecked()

    def summary(self) -> TherapistSummary:
        """What goes in, as chosen now. The last session's day, if ticked, is remembered for
        the next summary."""
        day = self.last_session_day
        if day is not None:
            self.live.apply(self.live.core.set_last_session_day(day))
        return build_summary(
            self.live.journal,
            self.choices(),
            candidates=self._candidates,
            notebook=self.live.notebook,
        )

    def document(self) -> SummaryDocument:
        """The pages as chosen now."""
        return SummaryDocument(self.summary())

    # -- preview, print, save --------------------------------------------------------------

    def preview(self) -> PreviewDialog:
        with busy():
            with self.in_summary_language():
                document = self.document()
            dialog = PreviewDialog(document, self)
        self.previewing = dialog  # see MainWindow._open: a window held is never collected
        dialog.open()
        return dialog

    def _preview_pressed(self) -> None:
        try:
            self.preview()
        except KnownError as error:  # the disk full while remembering the day, say
            self._say(error.sentence)

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
            self._say(translate("share_dialog", NO_PRINTER))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(translate("share_dialog", "Summary"))
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if writes_a_file(printer):
            self._say(translate("share_dialog", NO_PRINT_TO_FILE))
            return
        try:
            with busy(), self.in_summary_language():  # a long summary takes a few seconds
                print_document(self.document(), printer)
        except KnownError as error:
            self._say(error.sentence)

    def _password(self) -> str | None:
        if self.password.text() != self.password_again.text():
            self._say(translate("share_dialog", "The two passwords aren't the same yet."))
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
                translate("share_dialog", "Save summary"),
                start,
                translate("share_dialog", "PDF (*.pdf)"),
                journal=self.live.folder,
                suffix="pdf",
            )
        except KnownError as error:
            self._say(error.sentence)
            return
        if path:
            self.save_to(path, password)

    def save_to(self, target: Path, password: str = "") -> Path | None:
        """Save the PDF, and beside it the file for the clinic's records if it is ticked."""
        target = with_ending(target, "pdf")
        clinic: Path | None = None
        try:
            with busy(), self.in_summary_language():
                summary = self.summary()
                pdf = SummaryDocument(summary).pdf_bytes()
                saved = save(encrypt(pdf, password) if password else pdf, target)
        except KnownError as error:
            self._say(error.sentence)
            return None
        if self.with_clinic_file and summary.check_ins:
            try:
                now = datetime.now().astimezone()
                clinic = write_fhir(summary, beside(saved), self.live.folder, now=now)
            except KnownError as error:  # the summary is saved: say so, and what wasn't
                said = translate("share_dialog", "Saved as {file}.").format(file=saved.name)
                not_saved = translate("share_dialog", CLINIC_FILE_NOT_SAVED)
                self._say(f"{said} {not_saved} {error.sentence}")
                self.saved_clinic_file = None
                return saved
        if clinic is None:
            said = translate(
                "share_dialog", "Saved as {file}. Only you can open the file on this computer."
            ).format(file=saved.name)
            if self.with_clinic_file:
                said += " " + translate("share_dialog", NO_CHECK_INS_FOR_CLINIC)
        else:
            said = translate(
                "share_dialog",
                "Saved as {file}, and the file for the clinic's records as {clinic_file}. Only "
                "you can open them on this computer.",
            ).format(file=saved.name, clinic_file=clinic.name)
        self._say(said)
        self.saved_clinic_file = clinic
        return saved

    def _say(self, text: str) -> None:
        self.status.say(text)


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """The pointer says the app is at work while the pages are made."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def print_document(document: SummaryDocument, printer: QPrinter) -> None:
    """The same pages as the PDF, one picture a page, over the whole sheet: the pages carry
    their own margins, so the printer adds none. On paper of another shape (A4), a page is
    scaled to fit and centred."""
    from PySide6.QtGui import QPageLayout

    printer.setFullPage(True)
    layout = printer.pageLayout()
    layout.setMode(QPageLayout.Mode.FullPageMode)
    printer.setPageLayout(layout)
    ppi = min(float(printer.resolution()), MOST_PRINT_PPI)
    painter = QPainter(printer)
    try:
        sheet = QRectF(printer.pageRect(printer.Unit.DevicePixel))
        page_width, page_height = document.page_size
        scale = min(sheet.width() / page_width, sheet.height() / page_height)
        width, height = page_width * scale, page_height * scale
        target = QRectF(
            sheet.left() + (sheet.width() - width) / 2,
            sheet.top() + (sheet.height() - height) / 2,
            width,
            height,
        )
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, png in enumerate(document.page_images(ppi=ppi)):
            if number:
                printer.newPage()
            painter.drawImage(target, QImage.fromData(png))
    finally:
        painter.end()


def page_heading(page: int, pages: int) -> str:
    return translate("share_dialog", "Page {page} of {pages}").format(page=page + 1, pages=pages)


def later(owner: QObject, do: Callable[[], None]) -> QTimer:
    """A timer that does ``do`` at the next turn of the event loop once started, and never
    after ``owner`` is gone (it goes with it)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(do)
    return timer


class PageLabel(QLabel):
    """A picture of one page: a Tab stop, read by its name ("Page 2 of 3") and its words.
    Reached by Tab, it shows from its top (Qt would centre a page taller than the window)."""

    painted = Signal()  # the first time it is painted

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reads the pages one by one
        self._to_top = later(self, self._show_top)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        """The sheet, with a thin edge round it; the app's focus ring while Tab is on it."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()
        painter = QPainter(self)
        focused = self.hasFocus()
        edge = self.palette().color(QPalette.ColorRole.Mid)
        width = EDGE if focused else 1
        painter.setPen(QPen(QColor(current_colours().focus) if focused else edge, width))
        inset = width / 2 if focused else EDGE - 0.5
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._to_top.start()  # after the app's own scrolling to the focus

    def _show_top(self) -> None:
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if holder is not None and self.hasFocus():
            holder.verticalScrollBar().setValue(self.y() - PAGE_GAP)


class PreviewDialog(QDialog):
    """The exact pages that would be written, as pictures of the same document, each one
    carrying its words for a screen reader; "Show the words" puts them beside the pages, for
    anyone who wants to read or copy them as text. A page narrower than the window is shown
    at its size; in a narrower window, smaller, to fit its width.

    A year of every entry runs to hundreds of pages, so only the pages in view (and a screen
    on either side) are held as pictures, and the words are read from the document a page at
    a time once the pages are on screen (the first page's, with its chart, takes the longest)."""

    def __init__(self, document: SummaryDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("share_dialog", "Preview"))
        self.document = document
        self.ratio = (parent or self).devicePixelRatioF()
        self.pngs = document.page_images(ppi=PREVIEW_PPI * self.ratio)
        count = len(self.pngs)
        width, height = document.page_size
        self.page_width, self.page_height = width / 72 * PREVIEW_PPI, height / 72 * PREVIEW_PPI
        self.texts: list[str | None] = [None] * count  # each page's words, once read
        pages = QWidget()
        pages.setBackgroundRole(QPalette.ColorRole.Dark)
        pages.setAutoFillBackground(True)
        column = QVBoxLayout(pages)
        column.setSpacing(PAGE_GAP)
        column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.page_labels = [PageLabel(page_heading(page, count)) for page in range(count)]
        for label in self.page_labels:
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.pages_area = QScrollArea()
        self.pages_area.setWidget(pages)
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the pages
        self._viewport = self.pages_area.viewport()
        self._viewport.installEventFilter(self)
        self.pages_area.verticalScrollBar().valueChanged.connect(self._show_near)
        self.shown_scale = 1.0
        self._shown: dict[int, QPixmap] = {}

        self.words = QPlainTextEdit()
        self.words.setReadOnly(True)
        self.words.setAccessibleName(translate("share_dialog", "The words on the pages"))
        self.words.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.words.hide()
        self.split = split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.pages_area)
        split.addWidget(self.words)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_words = QPushButton(translate("share_dialog", "Show the words"))
        self.show_words.setCheckable(True)
        self.show_words.setAutoDefault(False)
        self.show_words.setToolTip(
            translate("share_dialog", "The words of every page as text, beside the pages.")
        )
        self.show_words.toggled.connect(self._show_words)
        buttons.addButton(self.show_words, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # The window as wide as a page at its size, its gaps, the scroll bar and the edges.
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        margins = layout.contentsMargins()
        frame = 2 * self.pages_area.frameWidth() + margins.left() + margins.right()
        self._pages_width = round(self.page_width) + 2 * (PAGE_GAP + EDGE) + bar + frame + 2
        self.resize(self._pages_width, 800)
        self._size_pages()
        self._reading = False
        self._reader = later(self, self._read_next)
        if self.page_labels:  # after page 1's first paint, which comes first
            self.page_labels[0].painted.connect(self._start_reading)

    # -- the pictures ----------------------------------------------------------------------

    def page_pixmap(self, page: int) -> QPixmap:
        """Page ``page`` (from 0) at its size for this screen, sharp at its pixel ratio."""
        pixmap = QPixmap()
        pixmap.loadFromData(self.pngs[page], "PNG")
        pixmap.setDevicePixelRatio(self.ratio)
        return pixmap

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_pages()
        return super().eventFilter(watched, event)

    def _fit_pages(self) -> None:
        """Pages as wide as the room for them, never wider than their size (nor under half)."""
        room = self.pages_area.viewport().width() - 2 * (PAGE_GAP + EDGE)
        scale = max(0.5, min(1.0, room / self.page_width))
        if abs(scale - self.shown_scale) >= 0.002:
            self.shown_scale = scale
            self._size_pages()
        else:
            self._show_near()

    def _size_pages(self) -> None:
        width = round(self.page_width * self.shown_scale) + 2 * EDGE
        height = round(self.page_height * self.shown_scale) + 2 * EDGE
        for label in self.page_labels:
            label.setFixedSize(width, height)
            label.clear()
        self._shown.clear()
        self._show_near()

    def _show_near(self) -> None:
        """Pictures for the pages in view and a screen's height either side; none for the
        others (a page's picture takes some 3 MB)."""
        view = self.pages_area.viewport().height()
        top = self.pages_area.verticalScrollBar().value() - view
        bottom = top + 3 * view
        step = round(self.page_height * self.shown_scale) + 2 * EDGE + PAGE_GAP
        for page, label in enumerate(self.page_labels):
            at = PAGE_GAP + page * step  # where the layout puts it, shown yet or not
            near = at < bottom and at + step > top
            if near and page not in self._shown:
                pixmap = self.page_pixmap(page)
                if self.shown_scale < 1.0:
                    pixmap = pixmap.scaledToWidth(
                        round(pixmap.width() * self.shown_scale),
                        Qt.TransformationMode.SmoothTransformation,
                    )
                    pixmap.setDevicePixelRatio(self.ratio)
                label.setPixmap(pixmap)
                self._shown[page] = pixmap
            elif not near and page in self._shown:
                label.clear()
                del self._shown[page]

    # -- the words -------------------------------------------------------------------------

    def _read(self, page: int) -> str:
        text = self.texts[page]
        if text is None:
            text = self.texts[page] = self.document.page_text(page)
            self.page_labels[page].setAccessibleDescription(text)  # what the picture says
        return text

    def _start_reading(self) -> None:
        """Once page 1 is painted: reading a page takes a while (0.3 s for one with a chart)."""
        if not self._reading:
            self._reading = True
            self._reader.start()

    def _read_next(self) -> None:
        """The next page's words, one page a turn of the event loop."""
        left = [page for page, text in enumerate(self.texts) if text is None]
        if left:
            self._read(left[0])
            self._reader.start()

    def words_text(self) -> str:
        """Every page's words, with "Page 1 of 3" before each page's."""
        count = len(self.texts)
        return "\n\n".join(
            f"{page_heading(page, count)}\n\n{self._read(page)}" for page in range(count)
        )

    def _show_words(self, shown: bool) -> None:
        """Make room for the words beside the pages, as far as the screen allows; where it
        doesn't, the pages are shown smaller."""
        if shown and not self.words.toPlainText():
            self.words.setPlainText(self.words_text())
        words = ems(self, WORDS_EMS)
        self.words.setVisible(shown)
        wanted = self._pages_width + (words + self.split.handleWidth() if shown else 0)
        screen = self.screen() or QApplication.primaryScreen()
        most = screen.availableGeometry().width() - ems(self, 2) if screen else wanted
        self.resize(min(wanted, most), self.height())
        if shown:
            self.split.setSizes([max(self.split.width() - words, 1), words])
            self.words.setFocus()
