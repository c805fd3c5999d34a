"""The desktop app loads no networking code (Python sockets are blocked suite-wide too)."""

from __future__ import annotations

import subprocess
import sys

FLOW = """
import os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings
from iop_companion.ui.app import make_application
from iop_companion.ui.main_window import MainWindow
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.keys import KdfParams
from iop_companion.vault import Vault
from iop_companion.core.open_journal import OpenJournal
app = make_application([])
tmp = Path(tempfile.mkdtemp())
Vault.create(tmp / "j", "a long passphrase here", kdf=KdfParams())[0].lock()
window = MainWindow(tmp / "j", MemoryKeychain(), kdf=KdfParams(),
                    settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
window.show()
window.open_journal(
    OpenJournal.open_with_passphrase(tmp / "j", "a long passphrase here", MemoryKeychain())
)
window.live.log_win("Came to group")
app.processEvents()
print("matplotlib before the progress view:", "matplotlib" in sys.modules)
window.tabs.setCurrentWidget(window.progress_page)
while window.progress_page._figures_module is None:
    app.processEvents()
window.share().preview()
window.show_help()
window.lock()
print(",".join(sorted(m for m in sys.modules if "QtNetwork" in m or m in {"socket", "ssl"})))
"""


def test_a_whole_session_loads_no_qt_networking_and_charts_only_when_asked() -> None:
    result = subprocess.run(
        [sys.executable, "-c", FLOW], capture_output=True, text=True, check=True, timeout=120
    )
    assert "matplotlib before the progress view: False" in result.stdout
    loaded = set(filter(None, result.stdout.strip().splitlines()[-1].split(",")))
    assert "PySide6.QtNetwork" not in loaded
    assert "ssl" not in loaded
