"""The seal and the two swaps: a restored backup is older on purpose and is not reported as an
older journal; key rotation carries the seal over to the new key; a backup carries no seal."""

from __future__ import annotations

from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.vault import Vault, backup, seal
from iop_companion.vault.layout import DB_NAME, SEAL_NAME, SHM_NAME, WAL_NAME
from tests.backup.conftest import CURRENT, Scene
from tests.backup.support import Opener
from tests.conftest import FAST_KDF, PASSPHRASE

ROTATED = "a kettle on the stove"


@pytest.fixture
def opener() -> Opener:
    return Opener()


def test_a_restored_backup_is_not_reported_as_an_older_journal(scene: Scene) -> None:
    sealed = (scene.folder / SEAL_NAME).read_bytes()  # the journal as it was last closed
    backup.restore(scene.folder, scene.backup_file, scene.code)
    assert not (scene.folder / SEAL_NAME).exists()  # set aside with the journal it sealed
    with Vault.unlock(scene.folder, PASSPHRASE) as vault:
        assert not vault.stale
    # Not vacuous: the restored file is older than that seal, and with it would be reported.
    (scene.folder / SEAL_NAME).write_bytes(sealed)
    with Vault.unlock(scene.folder, PASSPHRASE) as vault:
        assert vault.stale


def test_a_backup_carries_no_seal(scene: Scene, tmp_path: Path, opener: Opener) -> None:
    with opener.vault(scene.folder, CURRENT) as vault:
        made = backup.make_backup(vault, tmp_path / "carried.backup")
    assert (scene.folder / SEAL_NAME).read_bytes() not in made.path.read_bytes()
    folder = tmp_path / "new computer" / "journal"
    backup.restore(folder, made.path, scene.current_code)
    assert not (folder / SEAL_NAME).exists()
    with opener.vault(folder, CURRENT) as vault:
        assert not vault.stale
        JournalService(vault.db).log_win("Came to group on the new computer")
    assert (folder / SEAL_NAME).exists()  # sealed at its first lock


def test_key_rotation_keeps_an_older_journal_noticed(scene: Scene, opener: Opener) -> None:
    with opener.vault(scene.folder, CURRENT) as vault:
        closes = seal.counter(vault.db)
        vault.rotate_key(ROTATED, kdf=FAST_KDF)
        assert seal.counter(vault.db) == closes > 0  # the re-encrypted copy keeps the count
    with Vault.unlock(scene.folder, ROTATED) as vault:
        assert not vault.stale
        JournalService(vault.db).log_win("Came to group")
    older = (scene.folder / DB_NAME).read_bytes()
    with Vault.unlock(scene.folder, ROTATED) as vault:
        JournalService(vault.db).log_win("Came back")
    for name in (WAL_NAME, SHM_NAME):
        (scene.folder / name).unlink(missing_ok=True)
    (scene.folder / DB_NAME).write_bytes(older)
    with Vault.unlock(scene.folder, ROTATED) as vault:
        assert vault.stale  # the seal is under the new key, and the counter came across
