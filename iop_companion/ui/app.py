"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from iop_companion.paths import AppPaths
from iop_companion.ui.main_window import APP_TITLE, MainWindow
from iop_companion.vault.keychain import SystemKeychain


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("companion-journal")
    app.setOrganizationName("companion-journal")
    app.setApplicationDisplayName(APP_TITLE)
    return app


def run_app(data_dir: str | None) -> int:
    app = make_application()
    window = MainWindow(AppPaths.resolve(data_dir).vault_dir, SystemKeychain())
    window.show()
    return app.exec()
