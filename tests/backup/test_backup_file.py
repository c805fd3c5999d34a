"""A backup is one encrypted file: nothing readable in it, it opens with the same passphrase or
recovery code, and a damaged or cut-short one is refused with a plain sentence while the journal
stays exactly as it was."""

from __future__ import annotations

import errno
import hashlib
import json
import stat
import struct
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from iop_companion.errors import (
    BackupDamaged,
    BackupLocked,
    BackupTargetTaken,
    BackupUnwritable,
    DiskFull,
    JournalBusy,
    NewerBackup,
    NotABackup,
)
from iop_companion.vault import Vault, backup, database, swap
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.layout import BACKUPS_DIR, SCRATCH_PREFIX, SLOTS_NAME
from iop_companion.vault.slots import SlotFile
from tests.backup.conftest import BACKUP_WINS, CURRENT, MARKER, Scene
from tests.backup.support import Opener, SimulatedCrash, StepCounter
from tests.conftest import PASSPHRASE
from tests.robustness.test_no_plaintext import needles
from tests.vault.helpers import APP_NAMES, SQLITE_HEADER, fingerprint


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture
def current(scene: Scene, opener: Opener) -> Iterator[Vault]:
    """The scene's journal, open (locked again after the test, if the test didn't)."""
    vault = opener.vault(scene.folder, CURRENT)
    yield vault
    vault.lock()


def test_round_trip_restores_every_table(scene: Scene, opener: Opener) -> None:
    result = backup.restore(scene.folder, scene.backup_file, PASSPHRASE)
    assert opener.content(scene.folder, PASSPHRASE) == scene.backup_content
    assert opener.content(scene.folder, CURRENT) is None  # the backup's key file came with it
    assert result.preview.wins == BACKUP_WINS and result.preview.hard_moments == 1
    # The journal that was there is kept whole, with its own passphrase: the restore can be undone.
    assert result.previous is not None and result.previous.kind == "before-restore"
    assert opener.content(result.previous.path, CURRENT) == scene.journal_content
    undone = backup.restore(scene.folder, backup.find(scene.folder, result.previous.id), CURRENT)
    assert opener.content(scene.folder, CURRENT) == scene.journal_content
    assert undone.previous is not None and undone.previous.id != result.previous.id


def test_a_new_backup_round_trips_through_the_recovery_code(
    scene: Scene, current: Vault, opener: Opener
) -> None:
    made = backup.make_backup(current, scene.data_dir / "here.backup")
    current.lock()
    assert made.kind == "chosen" and made.complete and made.automatic is False
    held = backup.preview(made.path, scene.current_code)
    assert (held.wins, held.hard_moments) == (BACKUP_WINS + 5, 1)
    backup.restore(scene.folder, made.path, scene.current_code)
    assert opener.content(scene.folder, CURRENT) == scene.journal_content


def test_nothing_readable_in_a_backup(scene: Scene, current: Vault) -> None:
    made = backup.make_backup(current)
    current.lock()
    data = made.path.read_bytes()
    assert data.startswith(backup.MAGIC) and SQLITE_HEADER not in data
    for needle in needles(MARKER):
        assert needle not in data
    assert not any(name in data.lower() for name in APP_NAMES)  # nor what the journal is for
    for leftover in (scene.folder, scene.folder / BACKUPS_DIR):
        assert not [p for p in leftover.iterdir() if p.name.startswith(".")]


def test_backups_are_owner_only(scene: Scene, current: Vault) -> None:
    made = backup.make_backup(current)
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700


def test_the_file_is_what_the_docstring_says(scene: Scene) -> None:
    data = scene.backup_file.read_bytes()
    magic, version, size = struct.unpack(">16sHI", data[:22])
    assert (magic, version) == (b"COMPANION-BACKUP", backup.FORMAT_VERSION)
    header = json.loads(data[22 : 22 + size])
    assert set(header) == {"created_at", "kind", "app_version", "database_bytes", "keyslots"}
    database_bytes = data[22 + size : 22 + size + header["database_bytes"]]
    assert len(data) == 22 + size + len(database_bytes) + 32
    assert hashlib.sha256(data[:-32]).digest() == data[-32:]
    assert not database_bytes.startswith(SQLITE_HEADER)  # SQLCipher: even page 1 is encrypted
    SlotFile.from_bytes(header["keyslots"].encode())


def test_a_backup_leaves_the_device_slot_out(scene: Scene, current: Vault) -> None:
    current.remember_device(MemoryKeychain())
    made = backup.make_backup(current)
    header_size = struct.unpack(">I", made.path.read_bytes()[18:22])[0]
    header = json.loads(made.path.read_bytes()[22 : 22 + header_size])
    slots = SlotFile.from_bytes(header["keyslots"].encode())
    assert [s.type for s in slots.slots] == ["passphrase", "recovery"]


def cut(data: bytes, at: int) -> bytes:
    return data[:at]


def flip(data: bytes, at: int) -> bytes:
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


def damaged_versions(data: bytes) -> dict[str, bytes]:
    size = struct.unpack(">I", data[18:22])[0]
    body = 22 + size
    middle = body + (len(data) - body) // 2
    return {
        "empty": b"",
        "cut in the magic": cut(data, 9),
        "cut in the header": cut(data, 40),
        "cut after the header": cut(data, body),
        "cut in the database": cut(data, middle),
        "cut before the checksum": cut(data, len(data) - 32),
        "cut in the checksum": cut(data, len(data) - 5),
        "a byte flipped in the header": flip(data, 30),
        "a byte flipped in the key file": flip(data, body - 200),
        "a byte flipped in the database": flip(data, middle),
        "a byte flipped on page 1": flip(data, body + 100),
        "a byte flipped in the checksum": flip(data, len(data) - 1),
        "a byte too many": data + b"\0",
        "the header length changed": data[:18] + struct.pack(">I", size + 1) + data[22:],
    }


def test_damaged_or_cut_backups_are_refused_and_the_journal_is_untouched(scene: Scene) -> None:
    data = scene.backup_file.read_bytes()
    before = fingerprint(scene.folder)
    for how, damaged in damaged_versions(data).items():
        scene.backup_file.write_bytes(damaged)
        with pytest.raises(BackupDamaged) as caught:
            backup.restore(scene.folder, scene.backup_file, scene.code)
        assert "Your current journal is unchanged." in caught.value.sentence, how
        assert fingerprint(scene.folder) == before, how
        with pytest.raises(BackupDamaged):
            backup.preview(scene.backup_file, scene.code)
        assert not backup.describe(scene.backup_file).complete or "flipped" in how, how


def test_damage_inside_the_database_is_caught_even_with_a_matching_checksum(
    scene: Scene,
) -> None:
    """Someone who rewrites the checksum too still can't slip a changed page past SQLCipher."""
    data = bytearray(scene.backup_file.read_bytes())
    size = struct.unpack(">I", data[18:22])[0]
    at = 22 + size + 4096 * 3 + 500
    data[at] ^= 0x40
    data[-32:] = hashlib.sha256(data[:-32]).digest()
    scene.backup_file.write_bytes(bytes(data))
    before = fingerprint(scene.folder)
    with pytest.raises(BackupDamaged):
        backup.restore(scene.folder, scene.backup_file, scene.code)
    assert fingerprint(scene.folder) == before


def test_a_wrong_secret_is_not_called_damage(scene: Scene) -> None:
    before = fingerprint(scene.folder)
    for wrong in (CURRENT, scene.current_code, "not the passphrase"):
        with pytest.raises(BackupLocked) as caught:
            backup.restore(scene.folder, scene.backup_file, wrong)
        assert "when the backup was made" in caught.value.sentence
    assert fingerprint(scene.folder) == before


def test_other_files_are_not_backups(scene: Scene, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("just some notes, long enough to have a header's worth of bytes")
    with pytest.raises(NotABackup):
        backup.preview(other, PASSPHRASE)
    newer = bytearray(scene.backup_file.read_bytes())
    newer[16:18] = struct.pack(">H", backup.FORMAT_VERSION + 1)
    scene.backup_file.write_bytes(bytes(newer))
    with pytest.raises(NewerBackup):
        backup.restore(scene.folder, scene.backup_file, PASSPHRASE)


def test_a_version_1_backup_still_opens(scene: Scene) -> None:
    """As 0.1.0 wrote them: the header says 1 (its digest covers the header too)."""
    data = bytearray(scene.backup_file.read_bytes()[:-32])
    data[16:18] = struct.pack(">H", 1)
    scene.backup_file.write_bytes(bytes(data) + hashlib.sha256(data).digest())
    assert backup.preview(scene.backup_file, PASSPHRASE).wins == BACKUP_WINS


def test_a_backup_replaces_a_backup_but_nothing_else(
    scene: Scene, current: Vault, tmp_path: Path
) -> None:
    target = tmp_path / "usb" / "carried.backup"
    made = backup.make_backup(current, target)
    assert backup.preview(made.path, CURRENT).wins == BACKUP_WINS + 5
    precious = tmp_path / "usb" / "letter.txt"
    precious.write_text("not a backup")
    with pytest.raises(BackupTargetTaken):
        backup.make_backup(current, precious)
    assert precious.read_text() == "not a backup"
    in_folder = backup.make_backup(current, tmp_path / "usb")  # a folder: a dated name inside
    assert in_folder.path.parent == tmp_path / "usb" and in_folder.path.name.endswith(".backup")
    with pytest.raises(BackupUnwritable):
        backup.make_backup(current, tmp_path / "unplugged" / "x.backup")


def test_restore_waits_for_every_window_to_close(scene: Scene, current: Vault) -> None:
    before = fingerprint(scene.folder)
    with pytest.raises(JournalBusy):
        backup.restore(scene.folder, scene.backup_file, PASSPHRASE)
    assert fingerprint(scene.folder) == before
    current.lock()
    backup.restore(scene.folder, scene.backup_file, PASSPHRASE)


def test_restore_onto_a_new_computer(scene: Scene, tmp_path: Path, opener: Opener) -> None:
    folder = tmp_path / "new computer" / "journal"
    result = backup.restore(folder, scene.backup_file, scene.code)
    assert result.previous is None
    assert opener.content(folder, PASSPHRASE) == scene.backup_content
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / SLOTS_NAME).stat().st_mode) == 0o600


def test_preview_says_what_a_backup_holds(scene: Scene, tmp_path: Path) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    held = backup.preview(scene.backup_file, PASSPHRASE, scratch_in=scratch)
    assert (held.wins, held.hard_moments) == (BACKUP_WINS, 1)
    assert held.first_day is not None and held.last_day is not None
    assert held.first_day.isoformat() == "2026-03-01"
    assert held.last_day >= held.first_day
    assert held.made_at is not None
    assert list(scratch.iterdir()) == []  # the unpacked copy is gone


def test_list_backups(scene: Scene, current: Vault) -> None:
    assert backup.list_backups(scene.folder) == []
    chosen = backup.make_backup(current)
    daily = backup.make_daily_backup(current, chosen.when.astimezone())
    assert daily is not None and daily.kind == "daily" and daily.automatic
    assert backup.make_daily_backup(current, chosen.when.astimezone()) is None  # once a day
    current.lock()
    backup.restore(scene.folder, chosen, CURRENT, now=chosen.when + timedelta(minutes=1))
    listed = backup.list_backups(scene.folder)
    assert [b.kind for b in listed] == ["before-restore", "daily", "chosen"]
    assert all(b.complete and b.size > 0 for b in listed)
    assert backup.find(scene.folder, listed[1].id) == listed[1]
    assert backup.find(scene.folder, str(chosen.path)) == listed[2]


def test_a_backup_cut_short_leaves_no_half_file(
    scene: Scene, current: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under its own name there is a whole backup or nothing, wherever a crash lands."""
    target = scene.data_dir / "usb.backup"
    before = fingerprint(scene.folder)
    whole_after_crash = 0
    for fail_at in range(1, 40):
        target.unlink(missing_ok=True)
        with monkeypatch.context() as patch:
            counter = StepCounter(patch, fail_at, SimulatedCrash)
            try:
                backup.make_backup(current, target)
            except SimulatedCrash:
                pass
            else:
                break
        if target.exists():  # the crash came after the rename
            assert backup.preview(target, CURRENT).wins == BACKUP_WINS + 5, counter.steps
            whole_after_crash += 1
        assert _only_scratch_added(scene.folder, before), counter.steps
    else:
        raise AssertionError("the backup never finished")
    assert fail_at > 5 and whole_after_crash < fail_at - 5, counter.steps
    assert backup.preview(target, CURRENT).wins == BACKUP_WINS + 5
    # The scratch copy a crash left behind goes when the journal is next opened.
    (scene.folder / f"{SCRATCH_PREFIX}left").mkdir()
    current.lock()
    Vault.unlock(scene.folder, CURRENT).lock()
    assert not [p for p in scene.folder.iterdir() if p.name.startswith(SCRATCH_PREFIX)]


def _only_scratch_added(folder: Path, before: dict[str, str]) -> bool:
    now = fingerprint(folder)
    extra = {name for name in now if name not in before}
    return all(name.startswith(SCRATCH_PREFIX) for name in extra) and all(
        now[name] == digest for name, digest in before.items()
    )


def test_a_full_disk_while_backing_up_says_so(
    scene: Scene, current: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full() -> BaseException:
        return OSError(errno.ENOSPC, "No space left on device")

    target = scene.data_dir / "usb.backup"
    refused = 0
    for fail_at in range(1, 40):
        with monkeypatch.context() as patch:
            counter = StepCounter(patch, fail_at, disk_full)
            try:
                backup.make_backup(current, target)
            except DiskFull:
                refused += 1
                assert not target.exists(), counter.steps
                continue
            except OSError:  # removing a file: a full disk doesn't stop that in real life
                assert counter.steps[-1] in ("unlink", "rmtree"), counter.steps
                continue
        if len(counter.steps) < fail_at:
            break
        target.unlink()  # it finished: a failure after the rename isn't reported
    assert refused >= 4
    assert database.table_digests(current.db) == scene.journal_content
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]


def test_a_copy_kept_before_a_migration_is_listed_and_restores(
    scene: Scene, opener: Opener
) -> None:
    kept = scene.folder / BACKUPS_DIR / "before-migration-20260101T090000Z"
    kept.mkdir(parents=True)
    for name in ("journal.db", "keyslots.json"):
        (kept / name).write_bytes((scene.folder / name).read_bytes())  # a locked journal's files
    (listed,) = backup.list_backups(scene.folder)
    assert (listed.kind, listed.complete, listed.when.isoformat()) == (
        "before-migration",
        True,
        "2026-01-01T09:00:00+00:00",
    )
    backup.restore(scene.folder, scene.backup_file, scene.code)
    assert opener.content(scene.folder, PASSPHRASE) == scene.backup_content
    backup.restore(scene.folder, backup.find(scene.folder, listed.id), CURRENT)
    assert opener.content(scene.folder, CURRENT) == scene.journal_content
    assert (kept / "journal.db").exists()  # restoring from a backup never uses it up


def test_no_window_opens_the_journal_halfway_through_a_swap(scene: Scene, opener: Opener) -> None:
    swapping = swap.FolderLock(scene.folder)
    swapping.exclusive()
    try:
        with pytest.raises(JournalBusy):
            opener.vault(scene.folder, CURRENT)
    finally:
        swapping.release()
    opener.vault(scene.folder, CURRENT).lock()
