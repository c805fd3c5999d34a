"""Backups: one encrypted file that opens with the journal's passphrase or recovery code.

A backup holds a copy of the database, made by SQLite itself (``VACUUM INTO``, never a file copy
of the live database) and still encrypted with the journal's data key, and the key file that wraps
that key (without the device slot). So it opens with the passphrase or recovery code the journal
had when the backup was made, on any computer, and with nothing else. Nothing in it is readable
without them: it is safe to carry on a USB stick. Nothing is ever written in plaintext, not even
for a moment: every temporary file is an encrypted copy.

The file's format, and what the journal's ``backups/`` folder holds (``list_backups``,
``describe``, ``find``), are in ``backup_file``; they are named here too, so callers need only
this module.

Making one: ``VACUUM INTO`` a scratch copy inside the journal folder (owner-only), open the copy
with the data key and check it (``integrity_check``, ``cipher_integrity_check``, the row count of
every table against the journal's), write the backup under a temporary name in the target folder,
fsync, read it back and check the checksum, and only then rename it into place.

Daily backups (``make_daily_backup``) are thinned by ``kept``; only they are ever deleted by
the app.

Restoring (``restore``) unpacks and checks the backup beside the journal, then swaps it in (see
``swap``): a crash at any point leaves the old journal or the restored one, whole. The journal
that was there moves to ``before-restore-<time>/``, so restoring that undoes the restore.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import sqlcipher3

from iop_companion import __version__
from iop_companion.errors import (
    BackupDamaged,
    BackupLocked,
    CopyNotVerified,
    KeyFileDamaged,
    KeySettingsRefused,
    KnownError,
    NewerBackup,
    NewerJournal,
    NotABackup,
    NotAFile,
)
from iop_companion.vault import database, files, swap
from iop_companion.vault.backup_file import (
    BEFORE_RESTORE_PREFIX,
    CHUNK_BYTES,
    DAILY_PREFIX,
    FORMAT_VERSION,
    MAGIC,
    STAMP,
    SUFFIX,
    Backup,
    BackupKind,
    Packed,
    daily_date,
    database_chunks,
    describe,
    find,
    folder_time,
    list_backups,
    read_packed,
    refuse_to_overwrite,
    write_packed,
)
from iop_companion.vault.layout import (
    BACKUPS_DIR,
    DB_NAME,
    SCRATCH_PREFIX,
    SHM_NAME,
    SLOTS_BACKUP_NAME,
    SLOTS_NAME,
    WAL_NAME,
)
from iop_companion.vault.slots import MAX_FILE_BYTES, SlotFile, open_with_passphrase_or_code
from iop_companion.vault.vault import Vault

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [  # with what callers use of backup_file, so that they need only this module
    "FORMAT_VERSION",
    "MAGIC",
    "Backup",
    "BackupKind",
    "BackupPreview",
    "RestoreResult",
    "describe",
    "find",
    "kept",
    "list_backups",
    "make_backup",
    "make_daily_backup",
    "preview",
    "prune_daily",
    "restore",
]

COPY_ATTEMPTS = 3  # a save in another window between counting and copying means "count again"

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, read after it was unlocked."""

    made_at: datetime | None
    first_day: date | None
    last_day: date | None
    wins: int
    hard_moments: int


@dataclass(frozen=True)
class RestoreResult:
    preview: BackupPreview
    previous: Backup | None  # the journal that was there; restore it to undo


# -- retention ------------------------------------------------------------------------------


def kept(backup_dates: Iterable[date], today: date) -> set[date]:
    """Which daily backups to keep: the newest of each of the last ``KEEP_DAILY`` days that have
    one, of the last ``KEEP_WEEKLY`` ISO weeks, and of the last ``KEEP_MONTHLY`` months.

    Counting only days, weeks and months that have a backup means a journal opened now and then
    keeps as many backups as one opened every day. Dates after ``today`` (a clock that was set
    ahead) are kept and never counted, so they can't push the real ones out.
    """
    dates = sorted(set(backup_dates), reverse=True)
    keep = {d for d in dates if d > today}
    past = [d for d in dates if d <= today]
    keep.update(past[:KEEP_DAILY])
    keep.update(_newest_of_each(past, lambda d: d.isocalendar()[:2], KEEP_WEEKLY))
    keep.update(_newest_of_each(past, lambda d: (d.year, d.month), KEEP_MONTHLY))
    return keep


def _newest_of_each(
    newest_first: list[date], bucket: Callable[[date], object], n: int
) -> set[date]:
    found: dict[object, date] = {}
    for day in newest_first:
        key = bucket(day)
        if key not in found:
            if len(found) == n:
                break
            found[key] = day
    return set(found.values())


# -- making backups -------------------------------------------------------------------------


def make_backup(
    vault: Vault,
    target: Path | None = None,
    *,
    kind: Literal["daily", "chosen"] = "chosen",
    now: datetime | None = None,
) -> Backup:
    """Back the journal up into one encrypted file and return it, checked.

    ``target`` is a file, or a folder to put ``companion-<date>.backup`` in; None means the
    journal's ``backups/`` folder. An existing backup file there is replaced (only once the new
    one is whole); any other file is left alone (``BackupTargetTaken``). Safe to call from a worker
    thread: it uses a connection of its own.
    """
    made_at = (now or datetime.now(UTC)).astimezone(UTC)
    if target is None:
        files.ensure_private_dir(vault.folder / BACKUPS_DIR)
        stem = _free_name(vault.folder / BACKUPS_DIR, f"backup-{made_at:{STAMP}}", SUFFIX)
        target = vault.folder / BACKUPS_DIR / f"{stem}{SUFFIX}"
    elif target.is_dir():
        target = target / f"companion-{made_at.astimezone():%Y-%m-%d}{SUFFIX}"
    refuse_to_overwrite(target)
    try:
        scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=vault.folder))
    except OSError as exc:
        files.raise_for_os_error(exc)
    try:
        copy = _checked_copy(vault, scratch)
        header = {
            "created_at": made_at.isoformat(),
            "kind": kind,
            "app_version": __version__,
            "database_bytes": copy.stat().st_size,
            "keyslots": vault.slot_file.without("device").to_bytes().decode("utf-8"),
        }
        write_packed(target, header, copy)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return describe(target)


def make_daily_backup(vault: Vault, now: datetime) -> Backup | None:
    """Today's automatic backup, unless there is one already; then thin out the old ones.

    ``now`` is the person's local time: the day is theirs. Returns the new backup, or None.
    """
    folder = vault.folder / BACKUPS_DIR
    target = folder / f"{DAILY_PREFIX}{now.date().isoformat()}{SUFFIX}"
    made = None
    if not target.exists():
        files.ensure_private_dir(folder)
        made = make_backup(vault, target, kind="daily", now=now)
    prune_daily(vault.folder, now.date())
    return made


def prune_daily(folder: Path, today: date) -> list[Path]:
    """Delete the daily backups ``kept`` lets go; returns what was deleted."""
    dailies: dict[date, Path] = {}
    for backup in list_backups(folder):
        if backup.kind == "daily" and (day := daily_date(backup.path.name)) is not None:
            dailies[day] = backup.path
    keep = kept(dailies, today)
    removed = []
    for day, path in sorted(dailies.items()):
        if day not in keep:
            with contextlib.suppress(FileNotFoundError):  # another window got there first
                path.unlink()
            removed.append(path)
    return removed


def _checked_copy(vault: Vault, scratch: Path) -> Path:
    """A copy of the journal in ``scratch``, opened with the data key and checked."""
    key = vault._data_key()
    source = database.connect(vault.folder / DB_NAME, key)  # its own: safe on a worker thread
    copy = scratch / DB_NAME
    try:
        for _ in range(COPY_ATTEMPTS):
            for name in (DB_NAME, WAL_NAME, SHM_NAME):
                (scratch / name).unlink(missing_ok=True)
            try:
                files.write_private(copy, b"")  # owner-only before SQLite writes a byte
            except OSError as exc:
                files.raise_for_os_error(exc)
            expected = database.table_counts(source)
            database.copy_to(source, copy)
            db = database.open_checked(copy, key)
            if db is None:
                raise CopyNotVerified()
            try:
                counts = database.table_counts(db)
                database.settle_to_one_file(db)
            finally:
                db.conn.close()
            if counts in (expected, database.table_counts(source)):
                return copy
        raise CopyNotVerified()
    finally:
        source.conn.close()


def _write_stream(target: Path, chunks: Iterable[bytes]) -> None:
    """Write a new owner-only file from ``chunks`` and flush it to disk."""
    files.write_private(target, lambda out: out.writelines(chunks), new=True)


# -- reading backups ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    """A backup to open: a backup file, or a folder holding a journal's own files."""

    path: Path
    made_at: datetime | None
    keyslots: bytes
    packed: Packed | None

    @classmethod
    def read(cls, path: Path) -> _Source:
        if path.is_dir():
            return cls(path, folder_time(path), _folder_slots(path), None)
        packed = read_packed(path)
        return cls(path, packed.made_at, packed.keyslots, packed)

    def unpack(self, into: Path) -> Path:
        """The database (and, from a folder, its WAL) as files in ``into``; still encrypted.

        A folder whose ``journal.db`` (or WAL) is missing, or isn't a file at all (a pipe that
        reading would wait on forever), is a backup that isn't whole: ``BackupDamaged``."""
        target = into / DB_NAME
        try:
            if self.packed is not None:
                _write_stream(target, database_chunks(self.packed))
                return target
            for name in (DB_NAME, WAL_NAME):
                source = self.path / name
                if name == DB_NAME or os.path.lexists(source):
                    _write_stream(into / name, _file_chunks(source))
        except (FileNotFoundError, NotAFile):
            raise BackupDamaged() from None
        except OSError as exc:
            files.raise_for_os_error(exc)
        return target


def _file_chunks(path: Path) -> Iterator[bytes]:
    with files.reading(path) as handle:
        while chunk := handle.read(CHUNK_BYTES):
            yield chunk


def _folder_slots(path: Path) -> bytes:
    """The key file of a journal folder, or its copy when the file is damaged or gone."""
    found = False
    for name in (SLOTS_NAME, SLOTS_BACKUP_NAME):
        try:
            data = files.read_small(path / name, MAX_FILE_BYTES)
        except OSError:
            continue
        found = True
        if data is None:  # too large to be a key file, or not a file at all
            continue
        try:
            SlotFile.from_bytes(data)
        except KeyFileDamaged:
            continue
        except NewerJournal:
            raise NewerBackup() from None
        return data
    raise BackupDamaged() if found else NotABackup()


def _unlock(keyslots: bytes, secret: str) -> bytes:
    """The backup's data key, opened with a passphrase or a recovery code (``secret``)."""
    try:
        slots = SlotFile.from_bytes(keyslots)
    except NewerJournal:
        raise NewerBackup() from None
    except KeyFileDamaged:
        raise BackupDamaged() from None
    try:
        key = open_with_passphrase_or_code(slots, secret)
    except KeySettingsRefused:  # refused before anything was derived: a key file tampered with
        raise BackupDamaged() from None
    if not key:
        raise BackupLocked()
    return key


@contextlib.contextmanager
def _opened(source: _Source, secret: str, into: Path) -> Iterator[sqlite_utils.Database]:
    """The backup's database, unpacked into ``into``, unlocked and checked."""
    key = _unlock(source.keyslots, secret)
    db = database.open_checked(source.unpack(into), key)
    if db is None:
        raise BackupDamaged()
    try:
        yield db
    finally:
        db.conn.close()


def _preview(db: sqlite_utils.Database, made_at: datetime | None) -> BackupPreview:
    try:
        with database.plain_errors():
            first, last, wins, hard = db.execute(
                "SELECT min(day), max(day), "
                "coalesce(sum(kind = 'win'), 0), coalesce(sum(kind = 'hard_moment'), 0) "
                "FROM entries"
            ).fetchone()
        return BackupPreview(
            made_at=made_at,
            first_day=date.fromisoformat(first) if first else None,
            last_day=date.fromisoformat(last) if last else None,
            wins=int(wins),
            hard_moments=int(hard),
        )
    except (sqlcipher3.DatabaseError, ValueError, TypeError):
        raise BackupDamaged() from None  # it opened, but it isn't a journal this app knows


def _source_path(source: Path | Backup) -> Path:
    return source.path if isinstance(source, Backup) else source


def preview(source: Path | Backup, secret: str, *, scratch_in: Path | None = None) -> BackupPreview:
    """The date range and counts a backup holds, once ``secret`` (passphrase or recovery code)
    opens it. The database is unpacked (still encrypted) into a private scratch folder inside
    ``scratch_in`` (default: the system's temporary folder) and removed afterwards."""
    src = _Source.read(_source_path(source))
    try:
        scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=scratch_in))
    except OSError as exc:
        files.raise_for_os_error(exc)
    try:
        with _opened(src, secret, scratch) as db:
            return _preview(db, src.made_at)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


# -- restoring ------------------------------------------------------------------------------


def restore(
    folder: Path, source: Path | Backup, secret: str, *, now: datetime | None = None
) -> RestoreResult:
    """Replace the journal in ``folder`` with a backup that ``secret`` opens.

    The backup is unpacked beside the journal and checked first; a damaged one
    (``BackupDamaged``) or the wrong secret (``BackupLocked``) leaves the journal untouched. Then
    the files are swapped (see ``swap``): a crash at any point leaves the old journal or the
    restored one, whole. The journal that was there is kept as ``before-restore-<time>/``
    (``RestoreResult.previous``), so the restore can be undone by restoring that.

    Afterwards the journal opens with the passphrase or recovery code it had when the backup was
    made; "remember on this computer" is off. No journal may be open (``JournalBusy``), so the
    desktop app locks first. Works without a journal in ``folder`` too: a new computer.
    """
    moved_at = (now or datetime.now(UTC)).astimezone(UTC)
    src = _Source.read(_source_path(source))
    files.ensure_private_dir(folder)
    lock = swap.FolderLock(folder)
    try:
        lock.exclusive()
        staged = swap.begin(folder)
        try:
            result = _stage(src, secret, staged)
        except (OSError, KnownError) as error:
            swap.abandon(folder)
            if isinstance(error, OSError):
                files.raise_for_os_error(error)
            raise
        keep = None
        if any((folder / name).exists() for name in swap.SET_ASIDE):
            keep = _free_name(folder / BACKUPS_DIR, f"{BEFORE_RESTORE_PREFIX}{moved_at:{STAMP}}")
        swap.commit(folder, keep_old_as=f"{BACKUPS_DIR}/{keep}" if keep else None)
    finally:
        lock.release()
    previous = folder / BACKUPS_DIR / keep if keep else None
    return RestoreResult(result, describe(previous) if previous and previous.exists() else None)


def _stage(src: _Source, secret: str, staged: Path) -> BackupPreview:
    """The backup's database and key file into ``staged``, checked, ready to swap in."""
    with _opened(src, secret, staged) as db:
        result = _preview(db, src.made_at)
        slots = SlotFile.from_bytes(src.keyslots)
        database.settle_to_one_file(db)
    for name in (WAL_NAME, SHM_NAME):
        (staged / name).unlink(missing_ok=True)
    data = slots.without("device").to_bytes()
    files.write_private(staged / SLOTS_NAME, data)
    files.write_private(staged / SLOTS_BACKUP_NAME, data)
    return result


def _free_name(folder: Path, name: str, suffix: str = "") -> str:
    """``name``, or ``name-2``, ``name-3``... whichever isn't taken in ``folder``."""
    candidate, n = name, 1
    while (folder / f"{candidate}{suffix}").exists():
        n += 1
        candidate = f"{name}-{n}"
    return candidate
