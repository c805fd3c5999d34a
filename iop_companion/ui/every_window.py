"""What holds in every window the app opens: its own dialogs, and Qt's (file and print dialogs,
message boxes, progress dialogs).

Lock, Hide now and Help now answer there. Qt lets an application-wide shortcut through only from
a window that no modal dialog blocks, so a shortcut of the main window alone goes quiet while the
summary preview or a file dialog is in front: each window carries the three actions itself.
And each window fits its screen (``fit_to_screen``), and Tab goes through its buttons in the
order they are shown (``tab_as_shown``).

A text field takes some keys for itself before any shortcut sees them (on X11, Qt's line edit
takes Ctrl+E to go to the end of the line), so Share a summary did nothing from the search box
where the focus lands after unlocking. ``FieldKeys`` lets the app's own keys through the text
fields of every window (only those: Ctrl+Z in a field is still the field's own undo).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from iop_companion.ui.quick_hide import app_windows
from iop_companion.ui.widgets import fit_to_screen, tab_as_shown

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


class FieldKeys(QObject):
    """Lets ``actions``' keys through the text fields it watches, to the actions."""

    def __init__(self, actions: Sequence[QAction], parent: QObject) -> None:
        super().__init__(parent)
        self.actions = tuple(actions)

    def watch(self, root: QWidget) -> None:
        """Every text field under ``root`` (and date and number fields, which hold one)."""
        for field in root.findChildren(QWidget):
            if isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            # True: the field never hears it, so the shortcut, not the field, gets the key.
            return any(pressed in action.shortcuts() for action in self.actions)
        return False


class EveryWindow(QObject):
    """Gives every window that ``main`` opens (itself and its dialogs, Qt's own included, however
    deeply nested) ``actions`` with their shortcuts the first time it comes to the front, and
    fits it to its screen."""

    def __init__(self, actions: Sequence[QAction], main: QWidget) -> None:
        super().__init__(main)
        self.main = main
        self.actions = tuple(actions)
        self.field_keys = FieldKeys(self.actions, self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._window_focused)

    def adopt(self, window: QWidget, *, natural: bool = True) -> None:
        """Give ``window`` the shared actions, Tab through its buttons as shown, and fit it on
        its screen (once per window), at the size it asks for where Qt gave it less
        (``natural``)."""
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
        self.field_keys.watch(window)
        for buttons in window.findChildren(QDialogButtonBox):
            tab_as_shown(buttons)
        fit_to_screen(window, natural=natural)

    def _window_focused(self, handle: QWindow | None) -> None:
        for window in app_windows():
            if window.windowHandle() is handle and opened_by(self.main, window):
                self.adopt(window)
                if not window.property(FRAMED):  # the window manager's frame is known now
                    window.setProperty(FRAMED, True)
                    fit_to_screen(window)
                return
