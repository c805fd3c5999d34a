"""One calm place for "nothing yet" and "nothing found", on the journal and each notebook
page: a small drawn sprout and a short sentence. No image files: it is drawn in the palette's
colours, so it follows the light or dark scheme."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from iop_companion.i18n import translate
from iop_companion.ui.widgets import ems, paragraph


class Sprout(QWidget):
    """A small drawn sprout for the empty states: two leaves on a stem, over a soft circle,
    ``size`` text lines across."""

    def __init__(self, size: float = 9) -> None:
        super().__init__()
        self.lines = size

    def sizeHint(self) -> QSize:
        side = ems(self, self.lines)
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ground = QColor(palette.color(QPalette.ColorRole.Highlight))
        ground.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ground)
        painter.drawEllipse(box)
        leaf = QColor(palette.color(QPalette.ColorRole.Highlight))
        leaf.setAlpha(190)
        stem = QPen(leaf, max(side / 28, 1.5))
        stem.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(stem)
        bottom = QPointF(box.center().x(), box.top() + side * 0.78)
        top = QPointF(box.center().x(), box.top() + side * 0.42)
        painter.drawLine(bottom, top)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(leaf)
        for direction in (-1, 1):
            painter.save()
            painter.translate(top)
            painter.rotate(direction * 35)
            width, height = side * 0.13, side * 0.26
            painter.drawEllipse(QRectF(-width / 2, -height, width, height))
            painter.restore()
        painter.end()


class EmptyState(QWidget):
    """One calm place for "nothing yet" and "nothing found": a drawing and a short sentence,
    in the middle of where the entries would be."""

    def __init__(self, name: str | None = None, text: str = "", *, small: bool = False) -> None:
        """``name`` (already in the reader's language) is what a screen reader calls it."""
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.drawing = Sprout(4 if small else 9)
        layout.addWidget(self.drawing, 0, Qt.AlignmentFlag.AlignHCenter)
        self.label = paragraph("")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(ems(self, 1))
        layout.addWidget(self.label)  # the whole width, so it wraps only when it must
        layout.addStretch(2)
        self.setAccessibleName(translate("empty_state", "No entries") if name is None else name)
        self.setText(text)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
