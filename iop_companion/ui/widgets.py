"""Small building blocks shared by the screens."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from iop_companion.errors import KnownError
from iop_companion.vault.keys import check_new_passphrase


def heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def muted(text: str = "") -> QLabel:
    label = paragraph(text)
    label.setForegroundRole(label.foregroundRole().PlaceholderText)
    return label


def secret_field(accessible_name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(320)
    field.setClearButtonEnabled(False)
    return field


def ems(widget: QWidget, count: float) -> int:
    """``count`` average characters of the widget's font, in pixels: sizes that grow with the
    system's text size instead of cutting words off."""
    return round(widget.fontMetrics().averageCharWidth() * count)


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for its wrapped text at its width, and keep it on its screen.
    Qt sizes a new window from its width-free size hint, which cuts off wrapped paragraphs
    under large system fonts; widths in ``ems`` can outgrow a small screen."""
    layout = window.layout()
    screen = window.screen()
    area = screen.availableGeometry() if screen is not None else None
    if area is not None and window.width() > area.width():
        window.setMinimumWidth(min(window.minimumWidth(), area.width()))
        window.resize(area.width(), window.height())
    if layout is None or not layout.hasHeightForWidth():
        return
    layout.activate()
    needed = layout.heightForWidth(window.width())
    if area is not None:  # never taller than the screen: its layout squeezes instead
        needed = min(needed, area.height())
    if window.height() < needed:
        window.resize(window.width(), needed)
    frame = window.frameGeometry()
    if area is not None and frame.bottom() > area.bottom():  # grown past the bottom: move up
        window.move(frame.left(), max(area.top(), area.bottom() - frame.height()))


def busy_bar() -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setAccessibleName("Working")
    bar.hide()
    return bar


def centered_column(max_width: int = 520) -> tuple[QWidget, QVBoxLayout]:
    """A page whose content sits in a readable column in the middle of the window."""
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.setContentsMargins(32, 32, 32, 32)
    column = QWidget()
    column.setMaximumWidth(max_width)
    column.setMinimumWidth(min(max_width, 320))
    layout = QVBoxLayout(column)
    layout.setSpacing(12)
    layout.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 10)  # the column takes what it may; the sides share the rest
    row.addStretch(1)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page, layout


def new_passphrase_problem(new: str, again: str) -> str | None:
    """What is wrong with a new passphrase typed twice, in one plain sentence; None if nothing."""
    if new != again:
        return "The two passphrases aren't the same yet."
    try:
        check_new_passphrase(new)
    except KnownError as error:
        return error.sentence
    return None


def qdate(day: date) -> QDate:
    """A Python date as a QDate (PySide6 converts it too, but not every release's stubs say so)."""
    return QDate(day.year, day.month, day.day)


def time_words(at: time | None) -> str:
    """A time of day the way this computer's locale writes it ("7:00 PM", "19:00")."""
    if at is None:
        return ""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def day_of(edit: QDateEdit) -> date:
    """The day a date field shows, as a Python date."""
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day
