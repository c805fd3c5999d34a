"""Start the desktop app."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from iop_companion.assets import APP_ID
from iop_companion.core.open_journal import SystemKeychain
from iop_companion.errors import KnownError
from iop_companion.language import use_in_app
from iop_companion.paths import APP_DIR_NAME, AppPaths
from iop_companion.ui.discreet import NEUTRAL_NAME
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.one_window import OneWindow
from iop_companion.ui.theme import apply_saved_look


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_DIR_NAME)
    app.setOrganizationName(APP_DIR_NAME)
    app.setApplicationDisplayName(NEUTRAL_NAME)  # the window sets the chosen one
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the launcher by it
    return app


def show_failures_gently(window: QWidget) -> None:
    """What escapes a slot is shown as one plain sentence, never as a traceback on screen.

    Only the kind of error goes to stderr: an exception's text may hold words from an entry.
    """

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, KnownError):
            sentence = error.sentence
        else:
            sentence = KnownError.message
            print(f"iop-companion: unexpected {kind.__name__}", file=sys.stderr)
        QMessageBox.warning(window, window.windowTitle(), sentence)

    sys.excepthook = hook


def run_app(data_dir: str | None) -> int:
    app = make_application()
    folder = AppPaths.resolve(data_dir).vault_dir
    one_window = OneWindow(folder)
    if not one_window.claim():  # this journal is open in a window already: that one comes up
        one_window.ask_first_forward()
        return 0
    use_in_app(app, QSettings())  # before the first window: it speaks the chosen language
    apply_saved_look(app, QSettings())  # the window opens in the chosen colours and text size
    window = MainWindow(folder, SystemKeychain())
    one_window.forward_wanted.connect(window.bring_to_front)
    show_failures_gently(window)
    window.show()
    try:
        return app.exec()
    finally:
        one_window.release()
