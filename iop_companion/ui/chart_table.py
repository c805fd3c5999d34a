"""A chart's "Show as a table" view, and what a screen reader is told a chart canvas is.

The rows come from ``core.chart_text`` (the same numbers the chart draws); this module only
shows them: one read-only model for the three charts, in a table the arrow keys walk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QTableView,
)

from iop_companion.core.chart_text import ChartTable

Index = QModelIndex | QPersistentModelIndex
_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LABEL = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ChartTableModel(QAbstractTableModel):
    """One chart's ``ChartTable``: a row a week or a month, the first column naming it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = ChartTable((), ())
        self.wrapped = False  # headers on two lines, when one line each won't fit

    def wrap_headers(self, on: bool) -> None:
        if on != self.wrapped:
            self.wrapped = on
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0)
            )

    @property
    def table(self) -> ChartTable:
        return self._table

    def show(self, table: ChartTable) -> None:
        if table == self._table:
            return
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._table.rows):
            return None
        row, column = self._table.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label if column == 0 else str(row.values[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_LABEL if column == 0 else _NUMBER).value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.TextAlignmentRole:  # over its column's words or numbers
            return int((_LABEL if section == 0 else _NUMBER).value)
        headers = self._table.headers
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(headers):
            return two_lines(headers[section]) if self.wrapped else headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # never editable


def two_lines(text: str) -> str:
    """``text`` broken at the space that makes its two lines most even ("Wins to\ndate")."""
    words = text.split(" ")
    if len(words) < 2:
        return text
    cut = min(
        range(1, len(words)),
        key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))),
    )
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


class ChartTableView(QTableView):
    """Read-only; the arrow keys walk it cell by cell, and Tab leaves it (rather than walking
    its cells, which would keep the keyboard in it)."""

    MOST_ROWS = 14  # shown at once (a year of months, three months of weeks); more scroll

    def __init__(self, title: str) -> None:
        super().__init__()
        self.chart_model = ChartTableModel(self)
        self._too_wide = False  # even on two lines, the headers need a scroll bar
        self.setModel(self.chart_model)
        self.setAccessibleName(title)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)  # the bands tell the rows apart, more calmly than lines
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()  # the first column names the row
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # ``_fit_columns`` sizes them
        header.setStretchLastSection(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_table(self, table: ChartTable) -> None:
        self.chart_model.show(table)
        if self.isVisible():  # a hidden table is fitted when it is shown
            self._fit_columns()
        self.updateGeometry()

    def _fit_columns(self) -> None:
        """Every column as wide as its header and cells, the headers on two lines if one line
        each won't fit; the room left over goes to the columns of numbers alike, so the table
        spans its width and no header is cut short."""
        table = self.chart_model.table
        headers, columns = table.headers, len(table.headers)
        # Measured here rather than by Qt's sizeHintForColumn, which asks the model for every
        # cell several times over: a five-year table took a quarter of a second.
        cells, bold = self.fontMetrics(), QFont(self.horizontalHeader().font())
        bold.setBold(True)  # the header of the current cell's column is drawn bold
        titles = QFontMetrics(bold)
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
        cell_widths = [max((cells.horizontalAdvance(row.label) for row in table.rows), default=0)]
        cell_widths += [
            cells.horizontalAdvance(max((str(row.values[c]) for row in table.rows), key=len))
            if table.rows
            else 0
            for c in range(columns - 1)
        ]

        def widths(wrapped: bool) -> list[int]:
            return [
                max(
                    cell_widths[c] + 16,
                    max(titles.horizontalAdvance(line) for line in lines) + margin,
                )
                for c, lines in enumerate(
                    (two_lines(h) if wrapped else h).split("\n") for h in headers
                )
            ]

        room = self.viewport().width()
        wrap = sum(widths(False)) > room
        self.chart_model.wrap_headers(wrap)
        natural = widths(wrap)
        spare = room - sum(natural)
        if self._too_wide != (spare < 0):
            self._too_wide = spare < 0
            self.updateGeometry()
        for column, width in enumerate(natural):
            share = spare // (columns - 1) if column and spare > 0 else 0
            self.setColumnWidth(column, width + share)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def sizeHint(self) -> QSize:
        """As tall as its rows, up to ``MOST_ROWS``: a short table leaves no empty box."""
        rows = min(max(self.chart_model.rowCount(), 1), self.MOST_ROWS)
        height = (
            2 * self.frameWidth()
            + self.horizontalHeader().sizeHint().height()
            + rows * self.verticalHeader().defaultSectionSize()
        )
        if self._too_wide:  # the rows keep their room above the scroll bar
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(super().sizeHint().width(), height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()  # a new text size: wider words, taller rows
            self.updateGeometry()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Arriving by keyboard lands on the first cell, so the first arrow key moves from there
        # and a screen reader has a cell to read at once.
        if not self.currentIndex().isValid() and self.chart_model.rowCount():
            self.setCurrentIndex(self.chart_model.index(0, 0))
        super().focusInEvent(event)
