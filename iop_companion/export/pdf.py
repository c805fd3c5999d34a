"""The therapist summary as a PDF: Qt's PDF writer and rich text, charts from matplotlib.

Pages are laid out once (``SummaryDocument``) and then either painted into a preview or written
to a PDF in memory; only a finished, verified file reaches the disk (a temp file in the target
folder, renamed into place), so a cancelled or failed export leaves nothing half-written. An
optional password encrypts the PDF with AES-256 through pypdf.
"""

from __future__ import annotations

import html
import io
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

from iop_companion.core.model import Entry, Kind
from iop_companion.core.words import entry_label, plural, weekday_words
from iop_companion.errors import KnownError
from iop_companion.export.files import write_whole
from iop_companion.export.summary import TherapistSummary

RESOLUTION = 300  # dots per inch for the PDF
CHART_DPI = 200
PAGE_SIZE = QPageSize.PageSizeId.Letter
MARGIN_MM = 18
Progress = Callable[[int, int], bool]  # (page, pages) -> keep going?


_app: QGuiApplication | None = None


def ensure_gui() -> None:
    """Qt lays out text only inside an application object; from the command line, make one that
    needs no screen. A QApplication, not a QGuiApplication, so widgets still work after it."""
    global _app
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication([])


class ExportCancelled(KnownError):
    message = "The export was stopped. No file was written."


def default_file_name(today: date) -> str:
    """Neutral: no word about treatment in it unless the person types one."""
    return f"summary-{today.isoformat()}.pdf"


def _chart_png(summary: TherapistSummary) -> QImage:
    from iop_companion.charts import figures
    from iop_companion.charts.palette import Theme

    theme = Theme(font_size=10)
    figure = figures.new_figure(theme, 6.5, 2.4)
    figures.running_total(figure, summary.view, theme, label="Wins in this period")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI, facecolor=theme.background)
    return QImage.fromData(buffer.getvalue())


def _entry_html(entry: Entry) -> str:
    label, body, extra = entry_label(entry), entry.text, entry.note
    if entry.kind is Kind.HARD_MOMENT and entry.note:
        extra = f"What helped: {entry.note}"
    parts = [f'<span style="color:#555555">{html.escape(label)}</span>']
    if body:
        parts.append(html.escape(body))
    if extra:
        parts.append(f'<span style="color:#555555">{html.escape(extra)}</span>')
    return "<p>" + "<br>".join(parts) + "</p>"


def _lines_html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _notebook_html(summary: TherapistSummary) -> str:
    """The recovery notebook's parts the person chose; empty when none are in the summary."""
    parts: list[str] = []
    if summary.notes:
        parts.append("<h3>What I know now</h3>")
        parts += [
            f"<h4>{html.escape(note.title)}</h4><p>{_lines_html(note.text)}</p>"
            for note in summary.notes
        ]
    if summary.bring_up:
        items = "".join(f"<li>{_lines_html(item.text)}</li>" for item in summary.bring_up)
        parts.append(f"<h3>Things I want to bring up</h3><ul>{items}</ul>")
    if summary.showing_up:
        parts.append(f"<h3>Showing up</h3><p>{html.escape(summary.showing_up_text)}</p>")
    return "".join(parts)


def summary_html(summary: TherapistSummary, width: float = 468) -> str:
    """The pages as Qt rich text; ``width`` is the printable width in points."""
    choices = summary.choices
    page_one = [f"<h1>What I've been doing</h1><p><b>{html.escape(summary.range_text)}</b>"]
    if choices.name.strip():
        page_one[0] += f"<br>{html.escape(choices.name.strip())}"
    page_one[0] += "</p>"
    page_one.append(f"<p>{html.escape(summary.headline)}")
    if summary.comebacks:
        page_one.append(f" I came back {plural(summary.comebacks, 'time')}.")
    page_one.append("</p>")
    if summary.wins_by_category:
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td align='right'>{count}</td></tr>"
            for name, count in summary.wins_by_category
        )
        page_one.append(
            "<h3>Wins by kind</h3><table cellpadding='3' cellspacing='0'>" + rows + "</table>"
        )
    if choices.include_charts:
        page_one.append(
            f"<h3>Wins in this period</h3><p><img src='chart://running' width='{int(width)}'></p>"
        )
    if choices.message.strip():
        message = html.escape(choices.message.strip()).replace("\n", "<br>")
        page_one.append(f"<h3>A note from me</h3><p>{message}</p>")
    page_one.append(_notebook_html(summary))
    parts = ["".join(page_one)]
    if choices.include_entries and summary.entries:
        listing = ["<h2 style='page-break-before: always'>What I logged</h2>"]
        current: date | None = None
        for entry in sorted(summary.entries, key=lambda e: (e.day, e.id)):
            if entry.day != current:
                current = entry.day
                listing.append(f"<h4>{html.escape(weekday_words(entry.day))}</h4>")
            listing.append(_entry_html(entry))
        parts.append("".join(listing))
    return (
        "<html><body style='font-family: sans-serif; font-size: 10.5pt'>"
        + "".join(parts)
        + "</body></html>"
    )


OBJECT_MARK = "\ufffc"  # where a block holds a picture, not words


class SummaryDocument:
    """The laid-out pages, shared by the preview and the PDF, so both show the same thing."""

    def __init__(self, summary: TherapistSummary) -> None:
        ensure_gui()
        self.writer_layout = QPageLayout(
            QPageSize(PAGE_SIZE),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
        self.document = QTextDocument()
        self.document.setDocumentMargin(0)
        if summary.choices.include_charts:
            self.document.addResource(
                QTextDocument.ResourceType.ImageResource.value,
                QUrl("chart://running"),
                _chart_png(summary),
            )
        # Lay out in points on the printable area of the page.
        paint = self.writer_layout.paintRect(QPageLayout.Unit.Point)
        self.page_size = QSizeF(paint.width(), paint.height())
        self.document.setHtml(summary_html(summary, paint.width()))
        self.document.setPageSize(self.page_size)

    @property
    def pages(self) -> int:
        return self.document.pageCount()

    def page_text(self, page: int) -> str:
        """The words on page ``page`` (from 0), in reading order: what a screen reader reads
        for the preview's picture of that page."""
        layout, height = self.document.documentLayout(), self.page_size.height()
        lines: list[str] = []
        last_row: tuple[int, int] | None = None  # a table's cells are read a row to a line
        block = self.document.begin()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()
            words = block.text().replace(OBJECT_MARK, "").strip()  # the chart's place
            if int(top // height) == page and words:
                table = QTextCursor(block).currentTable()
                row = (
                    None
                    if table is None
                    else (table.firstPosition(), table.cellAt(block.position()).row())
                )
                if row is not None and row == last_row:
                    lines[-1] += f", {words}"
                else:
                    lines.append(words)
                last_row = row
            block = block.next()
        return "\n".join(lines)

    def paint_page(self, painter: QPainter, page: int, scale: float) -> None:
        """Paint page ``page`` (from 0) at ``scale`` device pixels per point."""
        painter.save()
        painter.scale(scale, scale)
        top = page * self.page_size.height()
        painter.translate(0, -top)
        self.document.drawContents(
            painter, QRectF(0, top, self.page_size.width(), self.page_size.height())
        )
        painter.restore()

    def pdf_bytes(self, progress: Progress | None = None) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(self.writer_layout)
        writer.setTitle("Summary")  # neutral metadata, like the file name
        writer.setCreator("")
        painter = QPainter(writer)
        scale = RESOLUTION / 72
        try:
            for page in range(self.pages):
                if progress is not None and not progress(page, self.pages):
                    raise ExportCancelled()
                if page:
                    writer.newPage()
                self.paint_page(painter, page, scale)
        finally:
            painter.end()
            buffer.close()
        return bytes(data.data())


def encrypt(pdf: bytes, password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def save(data: bytes, target: Path) -> Path:
    """Write ``data`` to ``target`` owner-only, whole or not at all."""
    write_whole(target, lambda handle: handle.write(data))
    return target


def write_summary(
    summary: TherapistSummary,
    target: Path,
    *,
    password: str = "",
    progress: Progress | None = None,
) -> Path:
    pdf = SummaryDocument(summary).pdf_bytes(progress)
    if password:
        pdf = encrypt(pdf, password)
    return save(pdf, target)
