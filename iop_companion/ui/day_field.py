"""A day to pick in a form: "Today" and "Yesterday" at hand, a calendar that opens from the
keyboard, one Tab stop, and never a day that hasn't come yet."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.widgets import day_of, qdate

CALENDAR_KEYS = QT_TRANSLATE_NOOP("day_field", "Alt+Down or F4 opens a calendar.")


class DayEdit(QDateEdit):
    """A date field with a calendar popup that Alt+Down or F4 opens, as a drop-down list's
    does, and that Tab leaves at once (a plain one steps through its day, month and year).
    A page made before a journal is open gets its ``day`` and ``latest`` when one opens."""

    def __init__(self, day: date | None = None, latest: date | None = None) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1900, 1, 1))
        if latest is not None:
            self.setMaximumDate(qdate(latest))
        if day is not None:
            self.setDate(qdate(day))
        # Qt's letters for a day (weekday, month, day, year), in the reader's order.
        self.setDisplayFormat(translate("day_field", "dddd, MMMM d, yyyy", "a Qt date pattern"))
        self.setAccessibleDescription(translate("day_field", CALENDAR_KEYS))
        self.setToolTip(translate("day_field", CALENDAR_KEYS))

    def open_calendar(self) -> None:
        """Show the calendar. Qt opens it only from a click on the arrow, so this is one."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        at = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            at,
            QPointF(self.mapToGlobal(at)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self, press)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Left and Right move between day, month and year; Tab goes on to the next field.
        return QWidget.focusNextPrevChild(self, next)


class DayField(QWidget):
    """The date field and its "Today" and "Yesterday" buttons. The buttons take no Tab stop:
    Alt+T and Alt+Y press them from anywhere in the window."""

    def __init__(self, today: date, accessible_name: str | None = None) -> None:
        """``accessible_name`` (in the reader's language) is "Day" unless given."""
        super().__init__()
        if accessible_name is None:
            accessible_name = translate("day_field", "Day")
        self.today = today
        self.edit = DayEdit(today, today)
        self.edit.setAccessibleName(accessible_name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        self.today_button = self._quick_choice(translate("day_field", "&Today"), "Alt+T", today)
        yesterday = today - timedelta(1)
        self.yesterday_button = self._quick_choice(
            translate("day_field", "&Yesterday"), "Alt+Y", yesterday
        )
        for button in (self.today_button, self.yesterday_button):
            row.addWidget(button)
        self.setFocusProxy(self.edit)

    def _quick_choice(self, text: str, keys: str, day: date) -> QPushButton:
        button = QPushButton(text)
        name = text.replace("&", "")
        button.setAccessibleName(name)
        button.setToolTip(f"{name} ({keys})")
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.set_day(day))
        return button

    def day(self) -> date:
        return day_of(self.edit)

    def set_day(self, day: date) -> None:
        self.edit.setDate(qdate(day))
