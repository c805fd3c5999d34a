"""Icons: a few line drawings from Lucide (ISC licence, ``resources/icons/lucide/LICENSE``),
drawn in the colour of the text beside them, so they follow the light or dark scheme.

``follow(widget, draw)`` draws them once and again whenever the widget's palette or style
changes (a new scheme, the system turning dark). The SVG files are plain package data, read
through Qt's own SVG image plugin: no QtSvg module to import at start.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from iop_companion.assets import asset_path
from iop_companion.ui.theme import PRIMARY, current_colours

# What each icon stands for in the app, and the Lucide drawing it uses.
ICONS = {
    "journal": "book-open",
    "progress": "chart-line",
    "showing up": "calendar-check",
    "what I know now": "lightbulb",  # words: not for translation (an icon's name)
    "to bring up": "message-circle",
    "phrases": "quote",
    "check-ins": "sprout",
    "log a win": "plus",  # words: not for translation (icon names, as the keys above)
    "filter": "list-filter",
}
SIZES = (16, 24, 32, 48)  # drawn at each, so a larger text size or screen gets it sharp


@cache
def _drawing(name: str) -> str:
    return asset_path(f"icons/lucide/{ICONS[name]}.svg").read_text(encoding="utf-8")


def icon(name: str, colour: QColor) -> QIcon:
    """The icon for ``name`` (a key of ``ICONS``) in ``colour``."""
    drawing = _drawing(name).replace("currentColor", colour.name())
    made = QIcon()
    for size in SIZES:
        sized = drawing.replace('width="24"', f'width="{size}"', 1)
        sized = sized.replace('height="24"', f'height="{size}"', 1)
        pixmap = QPixmap()
        pixmap.loadFromData(sized.encode("utf-8"), "SVG")
        made.addPixmap(pixmap)
    return made


class _Follow(QObject):
    """Draws ``draw`` when ``widget`` is first shown (not before: the unlock screen shows
    none of the tabs), and again when its palette or style changes."""

    def __init__(self, widget: QWidget, draw: Callable[[], None]) -> None:
        super().__init__(widget)
        self._draw = draw
        self.drawn = False
        widget.installEventFilter(self)
        if widget.isVisible():
            self._now()

    def _now(self) -> None:
        self.drawn = True
        self._draw()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind == QEvent.Type.Show and not self.drawn) or (
            self.drawn and kind in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
        ):
            self._now()
        return False


def follow(widget: QWidget, draw: Callable[[], None]) -> None:
    _Follow(widget, draw)


def on_button(button: QPushButton, name: str) -> None:
    """``name``'s icon on ``button``, in its text's colour (the accent's, on the main action)."""

    def draw() -> None:
        primary = button.property(PRIMARY) or button.isDefault()
        colour = (
            QColor(current_colours().on_accent)
            if primary
            else button.palette().color(QPalette.ColorRole.ButtonText)
        )
        button.setIcon(icon(name, colour))
        size = button.fontMetrics().height()
        button.setIconSize(QSize(size, size))

    follow(button, draw)


def on_tabs(tabs: QTabWidget, names: tuple[str, ...]) -> None:
    """An icon on each tab, in the tabs' text colour."""

    def draw() -> None:
        colour = tabs.palette().color(QPalette.ColorRole.WindowText)
        for index, name in enumerate(names):
            tabs.setTabIcon(index, icon(name, colour))
        size = tabs.fontMetrics().height()
        tabs.setIconSize(QSize(size, size))

    follow(tabs, draw)
