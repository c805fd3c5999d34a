"""Quick hide and the cover: for the glance over the shoulder.

``QUICK_HIDE_SHORTCUT`` is Ctrl+Shift+H (⌘⇧H on macOS): H for hide, one chord, and free
everywhere it matters. The window already uses Ctrl+N, Ctrl+Shift+N, Ctrl+L, Ctrl+E, Ctrl+Z,
Ctrl+F and Ctrl+1/2; Qt's standard keys don't use it on any platform (Ctrl+H alone is Replace on
Windows and KDE, and ⌘H hides every Mac app without locking, so neither would do); no desktop
binds it system-wide. Text fields ignore it, so it works while typing an entry.

``cover``/``uncover`` lay an opaque sheet over a whole window (menus, status line and dialogs'
buttons included) that shows only the app's neutral name: nothing of the journal can be read
through it, however large the text or near the edge an entry sits. ``CoverWhenAway`` covers every
window of the app while another program is in front. The cover is only for eyes: screen readers
still read what is under it, and the window title stays as it is (it never holds entry text).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

QUICK_HIDE_SHORTCUT = "Ctrl+Shift+H"
COVER_NAME = "appCover"


class Cover(QWidget):
    """An opaque sheet over all of ``window``, with ``name`` in the middle; it follows the
    window's size."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.setObjectName(COVER_NAME)
        self.setAutoFillBackground(True)  # the palette's window colour, with nothing through it
        self.setBackgroundRole(self.backgroundRole().Window)
        layout = QVBoxLayout(self)
        self.label = QLabel(name)
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.label.setFont(font)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()  # a widget added later still sits under the cover
        return False


def _cover_of(window: QWidget) -> Cover | None:
    found = window.findChild(Cover, COVER_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, Cover) else None


def cover(window: QWidget, name: str) -> Cover:
    """Cover everything ``window`` shows, until ``uncover``. Covering twice changes nothing."""
    return _cover_of(window) or Cover(window, name)


def uncover(window: QWidget) -> None:
    """Show ``window`` again, if ``cover`` covered it."""
    found = _cover_of(window)
    if found is not None:
        window.removeEventFilter(found)
        found.hide()
        found.setParent(None)  # gone now, not at the next event
        found.deleteLater()


def is_covered(window: QWidget) -> bool:
    return _cover_of(window) is not None


def app_windows() -> list[QWidget]:
    """The app's visible windows and dialogs (not its menus, tooltips or pop-up lists)."""
    kinds = (Qt.WindowType.Window, Qt.WindowType.Dialog)
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowType() in kinds]


class CoverWhenAway(QObject):
    """Covers every window of the app whenever the app is not the active one, while
    ``enabled``. ``name`` gives the neutral name the cover shows."""

    def __init__(self, name: Callable[[], str], parent: QObject, enabled: bool = False) -> None:
        super().__init__(parent)
        self.name = name
        self.enabled = enabled
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.application_state_changed)

    def covering(self) -> bool:
        """Whether the app's windows should be covered now (on, and another program in front)."""
        app = QGuiApplication.instance()
        state = app.applicationState() if isinstance(app, QGuiApplication) else None
        return self.enabled and state != Qt.ApplicationState.ApplicationActive

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            for window in app_windows():
                uncover(window)

    @Slot(Qt.ApplicationState)
    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        away = self.enabled and state != Qt.ApplicationState.ApplicationActive
        for window in app_windows():
            if away:
                cover(window, self.name())
            else:
                uncover(window)
