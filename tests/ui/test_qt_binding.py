"""The Qt binding the app runs on keeps Python's reference counts whole.

PySide6 6.12.0's ``QSettings.setValue`` dropped one reference to ``None`` per call; after enough
saved settings the interpreter aborted on exit ("deallocating None"). pyproject.toml excludes
that release; this test fails if a release with the same fault comes back.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings


def test_saving_settings_leaves_python_references_whole(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        settings.setValue("privacy/discreet", True)
        settings.value("privacy/discreet", False, type=bool)
        settings.setValue("reminders/enabled", False)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a >= b for a, b in zip(after, before, strict=True))
