""" "Remember on this computer": only a real keychain, read back before it counts."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail, null
from keyrings.alt.file import PlaintextKeyring

from iop_companion.errors import DeviceKeyUnavailable, KeychainUnavailable
from iop_companion.vault import Vault
from iop_companion.vault.keychain import SERVICE, MemoryKeychain, SystemKeychain, is_real_keychain
from iop_companion.vault.slots import SlotFile
from iop_companion.vault.vault import SLOTS_BACKUP_NAME, SLOTS_NAME
from tests.conftest import PASSPHRASE
from tests.vault.helpers import fingerprint, slot_types


def vault_id(folder: Path) -> str:
    return SlotFile.from_bytes((folder / SLOTS_NAME).read_bytes()).vault_id


class FakeSecretService:
    """Looks like keyring's Secret Service backend; keeps passwords in a dict."""

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        del self.passwords[service, username]


FakeSecretService.__module__ = "keyring.backends.SecretService"


class ForgetfulKeychain(FakeSecretService):
    """Says it saved the key, then hands back something else."""

    def get_password(self, service: str, username: str) -> str | None:
        return "not what was stored"


class LockedKeychain(FakeSecretService):
    """The keychain is there but refuses to store (locked, or the person said no)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("prompt dismissed")


class UndeletableKeychain(FakeSecretService):
    """Deleting fails (a locked keychain); keyring raises, SystemKeychain carries on quietly."""

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("keychain is locked")


class Chainer:
    """Shaped like keyring's ChainerBackend: several backends tried in turn."""

    def __init__(self, *backends: Any) -> None:
        self.backends = list(backends)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.backends[0].set_password(service, username, password)

    def get_password(self, service: str, username: str) -> str | None:
        for backend in self.backends:
            value = backend.get_password(service, username)
            if value is not None:
                return str(value)
        return None

    def delete_password(self, service: str, username: str) -> None:
        self.backends[0].delete_password(service, username)


for _fake in (ForgetfulKeychain, LockedKeychain, UndeletableKeychain):
    _fake.__module__ = FakeSecretService.__module__


def test_remember_then_open_without_passphrase(vault_folder: Path) -> None:
    keychain = MemoryKeychain()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.db.table("notes").insert({"text": "remembered"})
        vault.remember_device(keychain)
        vault_id = vault.vault_id
    assert Vault.remembers_device(vault_folder)
    assert sorted(slot_types(vault_folder)) == ["device", "passphrase", "recovery"]
    assert len(base64.b64decode(keychain.secrets[vault_id])) == 32
    with Vault.unlock_with_device(vault_folder, keychain) as vault:
        assert vault.db.table("notes").count == 1
    Vault.unlock(vault_folder, PASSPHRASE).lock()  # the passphrase still works too


def test_forget_while_locked_removes_slot_and_keychain_entry(vault_folder: Path) -> None:
    keychain = MemoryKeychain()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.remember_device(keychain)
    Vault.forget_device(vault_folder, keychain)
    assert keychain.secrets == {}
    assert "device" not in slot_types(vault_folder)
    assert not Vault.remembers_device(vault_folder)
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_folder, keychain)
    Vault.unlock(vault_folder, PASSPHRASE).lock()


def test_forgotten_key_does_not_open_even_if_copied_back(vault_folder: Path) -> None:
    """A copy of the keychain entry taken earlier is useless once the slot is gone."""
    keychain = MemoryKeychain()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.remember_device(keychain)
    copy = dict(keychain.secrets)
    Vault.forget_device(vault_folder, keychain)
    keychain.secrets.update(copy)
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_folder, keychain)


def test_forget_leaves_no_device_slot_in_the_previous_key_file(vault_folder: Path) -> None:
    """Even when the keychain entry can't be deleted, no copy of the key file opens with it."""
    keychain = SystemKeychain(backend=UndeletableKeychain())
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.remember_device(keychain)
        vault.change_passphrase("lanterns over the harbour")  # the backup now has the device slot
    assert "device" in slot_types(vault_folder, SLOTS_BACKUP_NAME)
    Vault.forget_device(vault_folder, keychain)
    assert keychain.load(vault_id(vault_folder)) is not None  # still there: delete failed
    assert "device" not in slot_types(vault_folder)
    assert "device" not in slot_types(vault_folder, SLOTS_BACKUP_NAME)
    shutil.copyfile(vault_folder / SLOTS_BACKUP_NAME, vault_folder / SLOTS_NAME)
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_folder, keychain)
    Vault.unlock(vault_folder, PASSPHRASE).lock()  # the backup still holds the old passphrase


def test_forget_without_a_device_slot_changes_no_byte(vault_folder: Path) -> None:
    before = fingerprint(vault_folder)
    Vault.forget_device(vault_folder, MemoryKeychain())
    assert fingerprint(vault_folder) == before


@pytest.mark.parametrize("stored", ["", "not base64!", base64.b64encode(b"short").decode()])
def test_garbage_in_the_keychain_is_unavailable(vault_folder: Path, stored: str) -> None:
    keychain = MemoryKeychain()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.remember_device(keychain)
        keychain.secrets[vault.vault_id] = stored
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_folder, keychain)


def test_another_journals_device_key_does_not_open_this_one(vault_folder: Path) -> None:
    keychain = MemoryKeychain()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.remember_device(keychain)
        vault_id = vault.vault_id
    keychain.secrets[vault_id] = base64.b64encode(bytes(32)).decode()
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_folder, keychain)


# -- which keychains count ---------------------------------------------------------------------


def _plaintext_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    backend = PlaintextKeyring()
    backend.file_path = str(home / "data" / "python_keyring" / "keyring_pass.cfg")
    return backend


REFUSED = {
    "null": lambda tmp_path, monkeypatch: null.Keyring(),
    "fail": lambda tmp_path, monkeypatch: fail.Keyring(),
    "plaintext": _plaintext_keyring,
    "reads-back-wrong": lambda tmp_path, monkeypatch: ForgetfulKeychain(),
    "refuses-to-store": lambda tmp_path, monkeypatch: LockedKeychain(),
    "chain-with-plaintext": lambda tmp_path, monkeypatch: Chainer(
        FakeSecretService(), _plaintext_keyring(tmp_path, monkeypatch)
    ),
    "chain-with-null": lambda tmp_path, monkeypatch: Chainer(FakeSecretService(), null.Keyring()),
    "empty-chain": lambda tmp_path, monkeypatch: Chainer(),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unsafe_keychains_are_refused_and_no_slot_is_added(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    backend = REFUSED[name](tmp_path, monkeypatch)
    before = fingerprint(vault.folder)
    with pytest.raises(KeychainUnavailable) as caught:
        vault.remember_device(SystemKeychain(backend=backend))
    assert "passphrase" in caught.value.sentence
    assert fingerprint(vault.folder) == before
    assert not Vault.remembers_device(vault.folder)
    assert "device" not in slot_types(vault.folder)
    home = tmp_path / "home"
    if home.exists():  # the plaintext keyring never got a file written
        assert [p for p in home.rglob("*") if p.is_file()] == []


def test_plaintext_keyring_would_have_worked_so_the_refusal_is_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = _plaintext_keyring(tmp_path, monkeypatch)
    backend.set_password(SERVICE, "probe", "value")
    assert backend.get_password(SERVICE, "probe") == "value"
    assert Path(backend.file_path).is_relative_to(tmp_path)
    assert not is_real_keychain(backend)


def test_real_looking_keychain_is_used_and_read_back(vault_folder: Path) -> None:
    backend = FakeSecretService()
    keychain = SystemKeychain(backend=backend)
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.remember_device(keychain)
        vault_id = vault.vault_id
    assert list(backend.passwords) == [(SERVICE, vault_id)]
    Vault.unlock_with_device(vault_folder, keychain).lock()
    Vault.forget_device(vault_folder, keychain)
    assert backend.passwords == {}
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_folder, keychain)


def test_chain_of_real_keychains_counts(vault: Vault) -> None:
    chain = Chainer(FakeSecretService(), FakeSecretService())
    vault.remember_device(SystemKeychain(backend=chain))
    assert Vault.remembers_device(vault.folder)


def test_device_slot_in_an_unsafe_keychain_reads_as_unavailable(
    vault_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key someone planted in a plaintext keyring is not read at all."""
    real = FakeSecretService()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.remember_device(SystemKeychain(backend=real))
    plaintext = _plaintext_keyring(tmp_path, monkeypatch)
    for (service, user), secret in real.passwords.items():
        plaintext.set_password(service, user, secret)
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_folder, SystemKeychain(backend=plaintext))
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_folder, SystemKeychain(backend=fail.Keyring()))


def test_forgetting_while_open_sticks_through_a_later_passphrase_change(
    vault_folder: Path,
) -> None:
    from iop_companion.vault.keychain import MemoryKeychain

    keychain = MemoryKeychain()
    opened = Vault.unlock(vault_folder, PASSPHRASE)
    opened.remember_device(keychain)
    Vault.forget_device(vault_folder, keychain)  # as Preferences does, while the journal is open
    opened.change_passphrase("a different long passphrase")
    opened.lock()
    assert not Vault.remembers_device(vault_folder)
    Vault.unlock(vault_folder, "a different long passphrase").lock()
