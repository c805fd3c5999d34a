from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from iop_companion.ui.main_window import MainWindow
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import FAST_KDF, PASSPHRASE, FixedClock
from tests.ui.every_screen import fill


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def in_spanish(qapp: object, tmp_path: Path) -> Iterator[None]:
    """The app as it starts for someone who chose Spanish (ask for it before ``window``)."""
    from PySide6.QtWidgets import QApplication

    from iop_companion.language import LANGUAGE_KEY, use_in_app

    assert isinstance(qapp, QApplication)
    chosen = QSettings(str(tmp_path / "language.ini"), QSettings.Format.IniFormat)
    chosen.setValue(LANGUAGE_KEY, "es")
    use_in_app(qapp, chosen)
    yield
    chosen.setValue(LANGUAGE_KEY, "en")
    use_in_app(qapp, chosen)


@pytest.fixture
def keychain() -> MemoryKeychain:
    return MemoryKeychain()


@pytest.fixture
def make_window(
    qtbot, settings: QSettings, keychain: MemoryKeychain, clock: FixedClock
) -> Iterator[Callable[[Path], MainWindow]]:
    windows: list[MainWindow] = []

    def make(folder: Path) -> MainWindow:
        window = MainWindow(folder, keychain, settings=settings, kdf=FAST_KDF, clock=clock)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window, vault_folder: Path) -> MainWindow:
    """A window on the unlock screen of an existing, empty journal."""
    return make_window(vault_folder)


@pytest.fixture
def copy_folder(tmp_path: Path):
    def copy(source: Path, name: str = "copy") -> Path:
        target = tmp_path / name
        shutil.copytree(source, target)
        return target

    return copy


@pytest.fixture
def full_window(make_window, vault_folder: Path) -> MainWindow:
    """A window on the unlock screen of a journal with something on every page."""
    fill(vault_folder, PASSPHRASE)
    return make_window(vault_folder)
