"""Rotating the data key: "I think someone knows my passphrase"."""

from __future__ import annotations

import errno
import traceback
from pathlib import Path

import pytest

from iop_companion.errors import (
    BackupLocked,
    DiskFull,
    JournalBusy,
    JournalDamaged,
    KnownError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from iop_companion.vault import Vault, backup, database
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.keys import KdfParams
from iop_companion.vault.layout import DB_NAME, SLOTS_BACKUP_NAME, SLOTS_NAME, SWAP_DIR
from tests.backup.conftest import CURRENT, Scene
from tests.backup.support import Opener, SimulatedCrash, StepCounter, cannot_open, settled
from tests.conftest import FAST_KDF
from tests.robustness.test_no_plaintext import needles
from tests.vault.helpers import slot_types

ROTATED = "a kettle on the stove"


@pytest.fixture
def opener() -> Opener:
    return Opener()


def test_old_key_file_and_passphrase_cannot_open_the_rotated_journal(
    scene: Scene, opener: Opener
) -> None:
    old_slots = (scene.folder / SLOTS_NAME).read_bytes()
    old_key = opener.key(old_slots, CURRENT)
    vault = opener.vault(scene.folder, CURRENT)
    with vault:
        rotation = vault.rotate_key(ROTATED, kdf=FAST_KDF)
        assert database.table_digests(vault.db) == scene.journal_content  # usable at once
    # The old key file still unwraps the old key, but that key opens nothing any more.
    assert old_key and cannot_open(scene.folder / DB_NAME, old_key)
    (scene.folder / SLOTS_NAME).write_bytes(old_slots)
    (scene.folder / SLOTS_BACKUP_NAME).write_bytes(old_slots)
    with pytest.raises(JournalDamaged):
        Vault.unlock(scene.folder, CURRENT)
    assert rotation.recovery_code not in repr(rotation)


def test_new_passphrase_and_new_code_open_it_with_every_entry(scene: Scene, opener: Opener) -> None:
    with opener.vault(scene.folder, CURRENT) as vault:
        rotation = vault.rotate_key(ROTATED, kdf=FAST_KDF)
    assert rotation.recovery_code != scene.current_code
    with pytest.raises(WrongPassphrase):
        Vault.unlock(scene.folder, CURRENT)
    with Vault.unlock(scene.folder, ROTATED) as vault:
        assert database.table_digests(vault.db) == scene.journal_content
        assert vault.check() == []
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(scene.folder, scene.current_code, "whatever it is now")
    vault, _ = Vault.unlock_with_recovery_code(
        scene.folder, rotation.recovery_code, "yet another passphrase", kdf=FAST_KDF
    )
    with vault:
        assert database.table_digests(vault.db) == scene.journal_content
    # Both key files (the file and its copy) are the new ones; nothing readable anywhere.
    assert slot_types(scene.folder, SLOTS_BACKUP_NAME) == ["passphrase", "recovery"]
    for path in scene.folder.rglob("*"):
        if path.is_file() and "backups" not in path.parts:
            assert not any(needle in path.read_bytes() for needle in needles("MARKER-b4c6e1"))


def test_rotation_forgets_this_computer_and_says_so(scene: Scene, opener: Opener) -> None:
    keychain = MemoryKeychain()
    with opener.vault(scene.folder, CURRENT) as vault:
        vault.remember_device(keychain)
        rotation = vault.rotate_key(ROTATED, kdf=FAST_KDF, keychain=keychain)
    assert rotation.device_forgotten
    assert keychain.secrets == {}
    assert slot_types(scene.folder) == ["passphrase", "recovery"]
    assert not Vault.remembers_device(scene.folder)


def test_old_backups_still_open_with_the_old_passphrase(scene: Scene, opener: Opener) -> None:
    with opener.vault(scene.folder, CURRENT) as vault:
        before = backup.make_backup(vault)
        rotation = vault.rotate_key(ROTATED, kdf=FAST_KDF)
        after = backup.make_backup(vault)
    assert rotation.old_backups == (before.path,)
    assert backup.preview(before.path, CURRENT).wins > 0
    with pytest.raises(BackupLocked):
        backup.preview(before.path, ROTATED)
    assert backup.preview(after.path, ROTATED).wins > 0
    with pytest.raises(BackupLocked):
        backup.preview(after.path, CURRENT)


def test_rotation_waits_for_other_windows(scene: Scene, opener: Opener) -> None:
    other = opener.vault(scene.folder, CURRENT)
    with opener.vault(scene.folder, CURRENT) as vault:
        with pytest.raises(JournalBusy):
            vault.rotate_key(ROTATED, kdf=FAST_KDF)
        assert database.table_digests(vault.db) == scene.journal_content  # still in use
        other.lock()
        # The refused rotation didn't cost this window its own hold on the journal.
        with pytest.raises(JournalBusy):
            backup.restore(scene.folder, scene.backup_file, scene.code)
        vault.rotate_key(ROTATED, kdf=FAST_KDF)
    assert opener.content(scene.folder, ROTATED) == scene.journal_content


def test_a_rotation_cut_short_leaves_the_old_or_the_new_key(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file step of a rotation made to fail in turn. The new passphrase gets a tiny Argon2id
    here (the bounds check is switched off) so that 30-odd rotations take a moment, not seconds."""
    monkeypatch.setattr(KdfParams, "check_bounds", lambda self: None)
    tiny = KdfParams(memory_kib=8, iterations=1, lanes=1)
    opener = Opener()
    original = {p.name: p.read_bytes() for p in scene.folder.iterdir() if p.is_file()}
    outcomes = []
    for fail_at in range(1, 60):
        for path in scene.folder.iterdir():
            if path.is_file():
                path.unlink()
        for name, data in original.items():
            (scene.folder / name).write_bytes(data)
        vault = opener.vault(scene.folder, CURRENT)
        with monkeypatch.context() as patch:
            counter = StepCounter(patch, fail_at, SimulatedCrash)
            try:
                vault.rotate_key(ROTATED, kdf=tiny)
            except SimulatedCrash:
                pass
            else:
                vault.lock()
                break
        vault.lock()  # the process is gone: its lock and connections with it
        settled(scene.folder)
        old = opener.content(scene.folder, CURRENT)
        if old is not None:
            assert old == scene.journal_content, counter.steps
            outcomes.append("old")
        else:
            assert opener.content(scene.folder, ROTATED) == scene.journal_content, counter.steps
            outcomes.append("new")
    else:
        raise AssertionError("the rotation never finished")
    assert len(outcomes) >= 15 and outcomes[0] == "old"
    assert outcomes == sorted(outcomes, key=["old", "new"].index), outcomes
    assert opener.content(scene.folder, ROTATED) == scene.journal_content


def test_a_full_disk_during_rotation_changes_nothing(
    scene: Scene, monkeypatch: pytest.MonkeyPatch, opener: Opener
) -> None:
    def disk_full() -> BaseException:
        return OSError(errno.ENOSPC, "No space left on device")

    with opener.vault(scene.folder, CURRENT) as vault:
        with monkeypatch.context() as patch:
            StepCounter(patch, 2, disk_full)  # writing the new database's first bytes
            with pytest.raises(DiskFull):
                vault.rotate_key(ROTATED, kdf=FAST_KDF)
        assert database.table_digests(vault.db) == scene.journal_content  # still open, same key
    assert not (scene.folder / SWAP_DIR).exists()
    assert opener.content(scene.folder, CURRENT) == scene.journal_content


def test_the_new_key_never_reaches_an_error(scene: Scene, opener: Opener, tmp_path: Path) -> None:
    """The key goes into SQL as a bound parameter, so a failing ATTACH can't carry it."""
    key = bytes(range(32))
    with opener.vault(scene.folder, CURRENT) as vault, pytest.raises(KnownError) as caught:
        database.export_to(vault.db, tmp_path / "missing" / "x.db", key)
    told = (
        str(caught.value) + repr(caught.value) + "".join(traceback.format_exception(caught.value))
    )
    assert key.hex() not in told.lower()
