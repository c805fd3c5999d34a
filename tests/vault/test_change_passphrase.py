"""Changing the passphrase rewrites only the key-slot file and keeps the previous one."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import pytest

from iop_companion.errors import NewerJournal, WeakPassphrase, WrongPassphrase
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.keys import KdfParams
from iop_companion.vault.slots import VERSION, SlotFile
from iop_companion.vault.vault import DB_NAME, SLOTS_BACKUP_NAME, SLOTS_NAME
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.helpers import fingerprint

NEW_PASSPHRASE = "lanterns over the harbour"


def db_digest(folder: Path) -> str:
    assert not (folder / f"{DB_NAME}-wal").exists(), "lock the journal before comparing"
    return hashlib.sha256((folder / DB_NAME).read_bytes()).hexdigest()


def test_change_passphrase_keeps_database_bytes(vault_folder: Path) -> None:
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.db.table("notes").insert({"text": "written before the change"})
    database_before = db_digest(vault_folder)
    slots_before = (vault_folder / SLOTS_NAME).read_bytes()

    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
        assert vault.db.table("notes").count == 1  # still open, same key
    assert db_digest(vault_folder) == database_before
    assert (vault_folder / SLOTS_NAME).read_bytes() != slots_before
    assert (vault_folder / SLOTS_BACKUP_NAME).read_bytes() == slots_before
    assert stat.S_IMODE((vault_folder / SLOTS_BACKUP_NAME).stat().st_mode) == 0o600
    assert not [p.name for p in vault_folder.iterdir() if p.name.endswith(".tmp")]

    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_folder, PASSPHRASE)
    with Vault.unlock(vault_folder, NEW_PASSPHRASE) as vault:
        rows = list(vault.db.query("SELECT text FROM notes"))
    assert rows == [{"text": "written before the change"}]


def test_change_keeps_vault_id_and_recovery_slot(vault_folder: Path, recovery_code: str) -> None:
    before = SlotFile.from_bytes((vault_folder / SLOTS_NAME).read_bytes())
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
    after = SlotFile.from_bytes((vault_folder / SLOTS_NAME).read_bytes())
    assert after.vault_id == before.vault_id
    assert after.get("recovery") == before.get("recovery")
    old, new = before.get("passphrase"), after.get("passphrase")
    assert old is not None and new is not None
    assert new.salt != old.salt  # a fresh salt every time
    assert new.kdf == old.kdf  # the calibrated settings carry over
    Vault.unlock_with_recovery_code(vault_folder, recovery_code, PASSPHRASE)[0].lock()


def test_change_can_take_new_kdf_settings(vault_folder: Path) -> None:
    stronger = KdfParams(iterations=4)
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, kdf=stronger)
    slot = SlotFile.from_bytes((vault_folder / SLOTS_NAME).read_bytes()).get("passphrase")
    assert slot is not None and slot.kdf == stronger
    Vault.unlock(vault_folder, NEW_PASSPHRASE).lock()


def test_second_change_keeps_only_the_one_before(vault_folder: Path) -> None:
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
        middle = (vault_folder / SLOTS_NAME).read_bytes()
        vault.change_passphrase("a third passphrase entirely")
    assert (vault_folder / SLOTS_BACKUP_NAME).read_bytes() == middle


def test_weak_new_passphrase_changes_nothing(vault: Vault) -> None:
    before = fingerprint(vault.folder)
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase("tiny")
    assert fingerprint(vault.folder) == before


@pytest.mark.parametrize("change", ["passphrase", "recovery code", "remember this computer"])
def test_a_key_file_a_newer_version_wrote_meanwhile_is_never_written_over(
    vault: Vault, change: str
) -> None:
    """A newer app (another window, an updated command line) rewrote the key file while this
    one had the journal open: this version refuses to write over it, and nothing changes."""
    path = vault.folder / SLOTS_NAME
    document = json.loads(path.read_text())
    document["version"] = VERSION + 1
    path.write_text(json.dumps(document))
    before = fingerprint(vault.folder)
    with pytest.raises(NewerJournal):
        if change == "passphrase":
            vault.change_passphrase("a newer passphrase", kdf=FAST_KDF)
        elif change == "recovery code":
            vault.new_recovery_code()
        else:
            vault.remember_device(MemoryKeychain())
    assert fingerprint(vault.folder) == before
