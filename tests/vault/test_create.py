"""Making a new journal: private files, an encrypted database, one recovery code."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest

from iop_companion.errors import JournalExists, WeakPassphrase
from iop_companion.vault import Vault
from iop_companion.vault.schema import schema_version
from iop_companion.vault.vault import DB_NAME, SLOTS_NAME
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.helpers import SQLITE_HEADER, fingerprint, slot_types


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def created(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One freshly created journal (in a folder that didn't exist yet), locked."""
    folder = tmp_path_factory.mktemp("create") / "new" / "journal"
    vault, code = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    assert schema_version(vault.db) >= 1
    vault.lock()
    return folder, code


def test_folder_and_files_are_owner_only(created: tuple[Path, str]) -> None:
    folder, _ = created
    assert mode(folder) == 0o700
    assert mode(folder / DB_NAME) == 0o600
    assert mode(folder / SLOTS_NAME) == 0o600


def test_database_is_not_plain_sqlite(created: tuple[Path, str]) -> None:
    folder, _ = created
    data = (folder / DB_NAME).read_bytes()
    assert len(data) > 0
    assert not data.startswith(SQLITE_HEADER)
    assert b"Showing up" not in data  # a default category name must not be readable


def test_new_journal_has_passphrase_and_recovery_slots_only(created: tuple[Path, str]) -> None:
    folder, _ = created
    assert sorted(slot_types(folder)) == ["passphrase", "recovery"]
    assert not Vault.remembers_device(folder)


def test_recovery_code_is_seven_groups_of_four(created: tuple[Path, str]) -> None:
    _, code = created
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}", code), code


def test_each_journal_gets_its_own_recovery_code(
    created: tuple[Path, str], recovery_code: str
) -> None:
    assert created[1] != recovery_code


def test_creating_twice_refuses_and_changes_nothing(vault_folder: Path) -> None:
    before = fingerprint(vault_folder)
    with pytest.raises(JournalExists):
        Vault.create(vault_folder, "another long passphrase", kdf=FAST_KDF)
    assert fingerprint(vault_folder) == before
    Vault.unlock(vault_folder, PASSPHRASE).lock()


def test_a_lone_database_counts_as_a_journal(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"something already here")
    with pytest.raises(JournalExists):
        Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    assert (folder / DB_NAME).read_bytes() == b"something already here"
    assert not (folder / SLOTS_NAME).exists()


@pytest.mark.parametrize("passphrase", ["", "short", "1234567", "   abc    ", "\t\n        "])
def test_short_passphrase_is_refused_before_anything_is_written(
    tmp_path: Path, passphrase: str
) -> None:
    folder = tmp_path / "journal"
    with pytest.raises(WeakPassphrase):
        Vault.create(folder, passphrase, kdf=FAST_KDF)
    assert not folder.exists()


def test_weak_passphrase_message_says_what_to_do() -> None:
    sentence = WeakPassphrase().sentence
    assert "8 characters" in sentence
    assert "!" not in sentence
