"""One start of the desktop app, stopped at its first paint. Run by ``bench/ui_bench.py``.

    ui_probe.py FOLDER [LANGUAGE]    a new process until the unlock (or first-run) screen
                                     paints, in LANGUAGE (en, es; default en)

Prints "painted" and exits; the caller times the whole process.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QWidget

from iop_companion.language import LANGUAGE_KEY, use_in_app
from iop_companion.ui.app import make_application
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.one_window import OneWindow
from iop_companion.ui.theme import apply_saved_look
from iop_companion.vault.keychain import MemoryKeychain


class FirstPaint(QObject):
    def __init__(self, target: QWidget) -> None:
        super().__init__()
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            os._exit(0)  # painted: what comes after (tearing down) is no wait of the person's
        return False


def main() -> None:
    folder = Path(sys.argv[1])
    app = make_application([])
    settings = QSettings(str(folder.parent / "probe-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, sys.argv[2] if len(sys.argv) > 2 else "en")
    one_window = OneWindow(folder)  # as run_app does: this journal's window is this one
    assert one_window.claim()
    use_in_app(app, settings)  # as run_app does: the chosen language
    apply_saved_look(app, settings)  # as run_app does: the chosen colours and text size
    window = MainWindow(folder, MemoryKeychain(), settings=settings)
    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
