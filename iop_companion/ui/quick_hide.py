"""Quick hide and blur: for the glance over the shoulder.

``QUICK_HIDE_SHORTCUT`` is Ctrl+Shift+H (⌘⇧H on macOS): H for hide, one chord, and free
everywhere it matters. The window already uses Ctrl+N, Ctrl+Shift+N, Ctrl+L, Ctrl+E, Ctrl+Z,
Ctrl+F and Ctrl+1/2; Qt's standard keys don't use it on any platform (Ctrl+H alone is Replace on
Windows and KDE, and ⌘H hides every Mac app without locking, so neither would do); no desktop
binds it system-wide. Text fields ignore it, so it works while typing an entry.

``blur``/``unblur`` soften a widget's contents (for the main window: its central widget) while the
app is in the background. The blur is only for eyes: screen readers still read the text, and the
window title and menus stay sharp. ``BlurWhenAway`` does the wiring.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGraphicsBlurEffect, QWidget

QUICK_HIDE_SHORTCUT = "Ctrl+Shift+H"
BLUR_RADIUS = 28.0  # enough that no word can be read, at any usual font size


def blur(widget: QWidget, radius: float = BLUR_RADIUS) -> QGraphicsBlurEffect:
    """Blur everything ``widget`` shows, until ``unblur``. Blurring twice changes nothing."""
    effect = widget.graphicsEffect()
    if isinstance(effect, QGraphicsBlurEffect):
        return effect
    effect = QGraphicsBlurEffect(widget)
    effect.setBlurRadius(radius)
    effect.setBlurHints(QGraphicsBlurEffect.BlurHint.PerformanceHint)
    widget.setGraphicsEffect(effect)  # the widget takes ownership
    return effect


def unblur(widget: QWidget) -> None:
    """Show ``widget`` sharp again, if ``blur`` blurred it."""
    if isinstance(widget.graphicsEffect(), QGraphicsBlurEffect):
        widget.setGraphicsEffect(None)  # type: ignore[arg-type]  # Qt: None removes and deletes it


def is_blurred(widget: QWidget) -> bool:
    return isinstance(widget.graphicsEffect(), QGraphicsBlurEffect)


class BlurWhenAway(QObject):
    """Blurs ``widget`` whenever the app is not the active one, while ``enabled``."""

    def __init__(self, widget: QWidget, enabled: bool = False) -> None:
        super().__init__(widget)
        self.widget = widget
        self.enabled = enabled
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.application_state_changed)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            unblur(self.widget)

    @Slot(Qt.ApplicationState)
    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        if self.enabled and state != Qt.ApplicationState.ApplicationActive:
            blur(self.widget)
        else:
            unblur(self.widget)
