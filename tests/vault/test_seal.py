"""Closing the journal leaves every save in ``journal.db``, and an older copy of that file put
back in its place is noticed (``Vault.stale``), once."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

from iop_companion.core.journal import JournalService
from iop_companion.vault import Vault, seal
from iop_companion.vault.layout import DB_NAME, SEAL_NAME, SHM_NAME, SLOTS_NAME, WAL_NAME
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.helpers import APP_NAMES


def log(folder: Path, *texts: str) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        journal = JournalService(vault.db)
        for text in texts:
            journal.log_win(text)


def texts(vault: Vault) -> list[str]:
    return [e.text for e in JournalService(vault.db).entries(limit=-1)][::-1]


def put_back(folder: Path, database: bytes) -> None:
    """What a person (or a sync) does by hand: an older journal.db in place of the one there."""
    for name in (WAL_NAME, SHM_NAME):
        (folder / name).unlink(missing_ok=True)
    (folder / DB_NAME).write_bytes(database)


def test_locking_leaves_every_save_in_the_file_while_another_window_is_open(
    vault_folder: Path, tmp_path: Path
) -> None:
    """Another window keeps its connection, so closing this one is not the last close (which
    SQLite checkpoints by itself): without a checkpoint the saves would be in the WAL only."""
    other_window = Vault.unlock(vault_folder, PASSPHRASE)
    try:
        log(vault_folder, "Came to group", "Said one honest sentence", "Called my counselor")
        copy = tmp_path / "only-the-files"  # as if -wal and -shm were deleted
        copy.mkdir()
        for name in (DB_NAME, SLOTS_NAME):
            shutil.copy2(vault_folder / name, copy / name)
    finally:
        other_window.lock()
    with Vault.unlock(copy, PASSPHRASE) as vault:
        assert texts(vault) == ["Came to group", "Said one honest sentence", "Called my counselor"]
        assert vault.check() == []


def test_an_older_journal_file_put_back_is_reported_once(vault_folder: Path) -> None:
    log(vault_folder, "Came to group")
    older = (vault_folder / DB_NAME).read_bytes()
    log(vault_folder, "Win two")
    log(vault_folder, "Win three", "Win four")
    put_back(vault_folder, older)

    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert vault.stale  # the journal still opens, with what the older file holds
        assert texts(vault) == ["Came to group"]
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert not vault.stale  # said once: the lock above recorded this journal as the latest
        JournalService(vault.db).log_win("Picking up from here")
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert not vault.stale


def test_the_journal_as_it_was_closed_is_not_stale(vault_folder: Path) -> None:
    log(vault_folder, "Came to group")
    files = {p.name: p.read_bytes() for p in vault_folder.iterdir()}
    for _ in range(3):  # opened and closed without a change: not stale, and no byte written
        with Vault.unlock(vault_folder, PASSPHRASE) as vault:
            assert not vault.stale
            texts(vault)
        assert {p.name: p.read_bytes() for p in vault_folder.iterdir()} == files
    log(vault_folder, "Win two")
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert not vault.stale


def test_a_lost_wal_is_reported_too(vault_folder: Path) -> None:
    """The saves of the last session lived in the WAL only (a crash, then the -wal file lost):
    the seal of an earlier close is ahead of the file, and the person hears so."""
    log(vault_folder, "Came to group")
    before = (vault_folder / DB_NAME).read_bytes()
    log(vault_folder, "Win two")
    put_back(vault_folder, before)
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert vault.stale


def test_a_new_journal_and_one_without_a_seal_are_not_stale(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    assert not vault.stale
    vault.lock()
    (folder / SEAL_NAME).unlink()  # a folder from a version before the seal
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert not vault.stale


def test_a_seal_that_does_not_open_counts_as_none(vault_folder: Path, tmp_path: Path) -> None:
    """Damage, or a seal from another journal: no alarm, and the next lock seals again."""
    log(vault_folder, "Came to group")
    older = (vault_folder / DB_NAME).read_bytes()
    log(vault_folder, "Win two")
    other = tmp_path / "other"
    other_vault, _ = Vault.create(other, PASSPHRASE, kdf=FAST_KDF)
    other_vault.lock()
    good = (vault_folder / SEAL_NAME).read_bytes()
    for forged in (b"", b"\x01" * seal.FILE_BYTES, good[:-1], (other / SEAL_NAME).read_bytes()):
        put_back(vault_folder, older)
        (vault_folder / SEAL_NAME).write_bytes(forged)
        with Vault.unlock(vault_folder, PASSPHRASE) as vault:
            assert not vault.stale
    (vault_folder / SEAL_NAME).write_bytes(good)  # the real one still says so
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert vault.stale


def test_the_seal_is_owner_only_and_says_nothing(vault_folder: Path) -> None:
    log(vault_folder, "Came to group")
    first = (vault_folder / SEAL_NAME).read_bytes()
    log(vault_folder, "Win two")
    second = (vault_folder / SEAL_NAME).read_bytes()
    assert stat.S_IMODE((vault_folder / SEAL_NAME).stat().st_mode) == 0o600
    assert len(first) == len(second) == seal.FILE_BYTES
    assert first[1:] != second[1:]  # a fresh nonce each time: equal counts don't look equal
    for data in (first, second):
        assert not any(name in data.lower() for name in APP_NAMES)
        assert b"seal" not in data and b"count" not in data
