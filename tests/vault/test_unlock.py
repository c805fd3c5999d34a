"""Opening with the passphrase; a wrong one changes nothing on disk."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from iop_companion.errors import (
    DeviceKeyUnavailable,
    FolderUnavailable,
    JournalDamaged,
    JournalLocked,
    KeyFileDamaged,
    NoJournalYet,
    NotEnoughMemory,
    WrongPassphrase,
    WrongRecoveryCode,
)
from iop_companion.vault import Vault, keys
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.keys import new_recovery_code
from iop_companion.vault.vault import SLOTS_BACKUP_NAME, SLOTS_NAME
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.helpers import fingerprint


def test_passphrase_opens_the_journal_and_keeps_what_was_written(vault_folder: Path) -> None:
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.db.table("notes").insert({"id": 1, "text": "kept"})
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert [r["text"] for r in vault.db.query("SELECT text FROM notes")] == ["kept"]
        assert vault.check() == []


def test_locked_journal_refuses_reads(vault: Vault) -> None:
    vault.lock()
    assert vault.is_locked
    with pytest.raises(JournalLocked):
        _ = vault.db
    with pytest.raises(JournalLocked):
        vault.change_passphrase("a different passphrase")
    vault.lock()  # locking twice is harmless


@pytest.mark.parametrize(
    "attempt",
    [
        "QUIET RIVER MORNING",  # Caps Lock
        "quiet river mornings",
        "",
    ],
)
def test_wrong_passphrase_changes_no_byte(vault_folder: Path, attempt: str) -> None:
    before = fingerprint(vault_folder)
    with pytest.raises(WrongPassphrase) as caught:
        Vault.unlock(vault_folder, attempt)
    assert "Caps Lock" in caught.value.sentence
    assert fingerprint(vault_folder) == before


def test_wrong_passphrase_after_use_changes_no_byte(vault_folder: Path) -> None:
    """Also with a journal that has been written to, has a key-file backup and a device slot."""
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.db.table("notes").insert({"text": "something"})
        vault.remember_device(MemoryKeychain())
    assert (vault_folder / SLOTS_BACKUP_NAME).exists()
    before = fingerprint(vault_folder)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_folder, "not the passphrase")
    assert fingerprint(vault_folder) == before


def test_wrong_recovery_code_and_missing_device_key_change_no_byte(
    vault_folder: Path, recovery_code: str
) -> None:
    _, other_code = new_recovery_code()  # well formed, but not this journal's
    assert other_code != recovery_code
    before = fingerprint(vault_folder)
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(vault_folder, other_code, "a brand new passphrase")
    with pytest.raises(DeviceKeyUnavailable):
        Vault.unlock_with_device(vault_folder, MemoryKeychain())
    assert fingerprint(vault_folder) == before


def test_nfc_and_nfd_passphrases_open_the_same_journal(tmp_path: Path) -> None:
    typed = "café crème brûlée"
    nfc, nfd = unicodedata.normalize("NFC", typed), unicodedata.normalize("NFD", typed)
    assert nfc != nfd
    folder = tmp_path / "journal"
    vault, _ = Vault.create(folder, nfd, kdf=FAST_KDF)
    vault.lock()
    Vault.unlock(folder, nfc).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, "cafe creme brulee")


def test_empty_folder_has_no_journal_yet(tmp_path: Path) -> None:
    with pytest.raises(NoJournalYet):
        Vault.unlock(tmp_path, PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(FolderUnavailable):
        Vault.unlock(tmp_path / "gone", PASSPHRASE)


def test_missing_key_file_without_backup_is_no_journal(vault_folder: Path) -> None:
    (vault_folder / SLOTS_NAME).unlink()
    with pytest.raises(NoJournalYet):
        Vault.unlock(vault_folder, PASSPHRASE)


def test_damaged_key_file_message_points_to_a_way_out(vault_folder: Path) -> None:
    (vault_folder / SLOTS_NAME).write_bytes(b"{")
    with pytest.raises(KeyFileDamaged) as caught:
        Vault.unlock(vault_folder, PASSPHRASE)
    assert "recovery code" in caught.value.sentence


@pytest.mark.parametrize("damage", ["missing", "empty"])
def test_key_file_without_its_database_is_damaged_not_a_fresh_journal(
    vault_folder: Path, damage: str
) -> None:
    database = vault_folder / "journal.db"
    if damage == "missing":
        database.unlink()
    else:
        database.write_bytes(b"")
    with pytest.raises(JournalDamaged):
        Vault.unlock(vault_folder, PASSPHRASE)
    assert not database.exists() or database.stat().st_size == 0  # nothing was written over


def test_a_database_with_no_schema_is_damaged_not_given_a_fresh_one(tmp_path: Path) -> None:
    """A journal copied without its WAL right after it was made holds page 1 and nothing else:
    that is a journal that lost its pages, not a new one to fill with an empty schema."""
    folder = tmp_path / "journal"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("journal.db", SLOTS_NAME):
        (copy / name).write_bytes((folder / name).read_bytes())
    vault.lock()
    before = fingerprint(copy)
    with pytest.raises(JournalDamaged):
        Vault.unlock(copy, PASSPHRASE)
    assert fingerprint(copy) == before


def test_too_little_memory_for_the_passphrase_says_so_and_changes_no_byte(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a computer short of free memory, Argon2id can't have its 64 MiB: the person hears
    what to do, not a traceback."""

    class ShortOfMemory:
        def __init__(self, **_settings: object) -> None:
            pass

        def derive(self, _secret: bytes) -> bytes:
            # what cryptography raises when OpenSSL can't allocate the memory
            raise MemoryError("Not enough memory to derive key.")

    before = fingerprint(vault_folder)
    monkeypatch.setattr(keys, "Argon2id", ShortOfMemory)
    with pytest.raises(NotEnoughMemory) as caught:
        Vault.unlock(vault_folder, PASSPHRASE)
    assert "Close a few programs" in caught.value.sentence
    assert fingerprint(vault_folder) == before
