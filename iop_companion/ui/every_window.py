"""What holds in every window the app opens: its own dialogs, and Qt's (file and print dialogs,
message boxes, progress dialogs).

Lock, Hide now and Help now answer there. Qt lets an application-wide shortcut through only from
a window that no modal dialog blocks, so a shortcut of the main window alone goes quiet while the
summary preview or a file dialog is in front: each window carries the three actions itself.
And each window fits its screen (``fit_to_screen``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QWindow
from PySide6.QtWidgets import QWidget

from iop_companion.ui.quick_hide import app_windows
from iop_companion.ui.widgets import fit_to_screen

ADOPTED, FRAMED = "companionWindow", "companionFramed"


def opened_by(main: QWidget, window: QWidget) -> bool:
    """Whether ``window`` is ``main`` or one of the windows it opened, at any depth (Qt's
    ``isAncestorOf`` stops at a window's edge)."""
    widget: QWidget | None = window
    while widget is not None:
        if widget is main:
            return True
        widget = widget.parentWidget()
    return False


class EveryWindow(QObject):
    """Gives every window that ``main`` opens (itself and its dialogs, Qt's own included, however
    deeply nested) ``actions`` with their shortcuts the first time it comes to the front, and
    fits it to its screen."""

    def __init__(self, actions: Sequence[QAction], main: QWidget) -> None:
        super().__init__(main)
        self.main = main
        self.actions = tuple(actions)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._window_focused)

    def adopt(self, window: QWidget, *, natural: bool = True) -> None:
        """Give ``window`` the shared actions and fit it on its screen (once per window), at
        the size it asks for where Qt gave it less (``natural``)."""
        if window.property(ADOPTED):
            return
        window.setProperty(ADOPTED, True)
        # The safety keys win over a window's own: Qt's file dialog, for one, takes
        # Ctrl+Shift+H for its home folder, and two actions on one key make both go quiet.
        keys = {action.shortcut() for action in self.actions}
        for own in window.findChildren(QAction):
            if own not in self.actions and own.shortcut() in keys:
                own.setShortcut(QKeySequence())
        window.addActions(list(self.actions))
        fit_to_screen(window, natural=natural)

    def _window_focused(self, handle: QWindow | None) -> None:
        for window in app_windows():
            if window.windowHandle() is handle and opened_by(self.main, window):
                self.adopt(window)
                if not window.property(FRAMED):  # the window manager's frame is known now
                    window.setProperty(FRAMED, True)
                    fit_to_screen(window)
                return
