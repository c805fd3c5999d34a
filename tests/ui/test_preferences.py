"""Preferences: remembering this computer, and changing the passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt

from iop_companion.ui.preferences import PreferencesDialog
from iop_companion.vault import Vault
from iop_companion.vault.keychain import SystemKeychain
from tests.conftest import PASSPHRASE
from tests.ui.helpers import unlock


def open_preferences(qtbot, window) -> PreferencesDialog:
    unlock(qtbot, window)
    window.menus.preferences.trigger()
    return next(d for d in window.findChildren(PreferencesDialog) if d.isVisible())


def test_remember_and_forget_this_computer(qtbot, window, vault_folder, keychain) -> None:
    dialog = open_preferences(qtbot, window)
    assert not dialog.remember.isChecked()  # off by default
    dialog.remember.setChecked(True)
    assert Vault.remembers_device(vault_folder)
    assert keychain.secrets
    dialog.remember.setChecked(False)
    assert not Vault.remembers_device(vault_folder)
    assert keychain.secrets == {}


def test_no_real_keychain_says_so_and_stays_off(qtbot, window, vault_folder) -> None:
    from keyring.backends import null

    dialog = open_preferences(qtbot, window)
    dialog.live.core.keychain = SystemKeychain(backend=null.Keyring())
    dialog.remember.setChecked(True)
    assert not dialog.remember.isChecked()
    assert "no safe keychain" in dialog.device_message.text()
    assert not Vault.remembers_device(vault_folder)


def test_changing_the_passphrase_needs_the_current_one(qtbot, window, vault_folder) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.current.setText("not the passphrase")
    dialog.new.setText("a new long passphrase")
    dialog.confirm.setText("a new long passphrase")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "isn't the current passphrase" in dialog.status.text())
    Vault.unlock(vault_folder, PASSPHRASE).lock()  # nothing changed

    dialog.current.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is changed" in dialog.status.text())
    assert dialog.current.text() == dialog.new.text() == ""
    Vault.unlock(vault_folder, "a new long passphrase").lock()


def test_a_new_recovery_code_replaces_the_old_one(
    qtbot, window, vault_folder, recovery_code
) -> None:
    from iop_companion.errors import WrongRecoveryCode

    dialog = open_preferences(qtbot, window)
    qtbot.mouseClick(dialog.new_code_button, Qt.MouseButton.LeftButton)
    new_code = next(line.strip() for line in dialog.new_code.text().splitlines() if "-" in line)
    assert new_code != recovery_code
    window.lock()
    import pytest

    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(vault_folder, recovery_code, "another long passphrase")
    Vault.unlock_with_recovery_code(vault_folder, new_code, "another long passphrase")[0].lock()
