"""A fresh process that opens a journal, then the progress view for the first time.

    progress_probe.py FOLDER PASSPHRASE

Prints the milliseconds from asking for the view to its charts painted: the matplotlib import,
the numbers and the first draw, as a person waits for them once per session.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from iop_companion.core.open_journal import OpenJournal
from iop_companion.ui.app import make_application
from iop_companion.ui.main_window import MainWindow
from iop_companion.vault.keychain import MemoryKeychain


def main() -> None:
    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    app = make_application([])
    settings = QSettings(str(folder.parent / "probe-settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(folder, MemoryKeychain(), settings=settings)
    window.show()
    window.open_journal(OpenJournal.open_with_passphrase(folder, passphrase, MemoryKeychain()))
    app.processEvents()
    page = window.progress_page
    started = time.perf_counter()
    window.tabs.setCurrentWidget(page)
    while any(box.canvas is None for box in page.boxes.values()):
        QApplication.processEvents()
    for box in page.boxes.values():
        box.canvas.repaint()  # draw_idle has queued the draw: paint it now
    print(f"{(time.perf_counter() - started) * 1000:.0f}", flush=True)
    window.close()


if __name__ == "__main__":
    main()
