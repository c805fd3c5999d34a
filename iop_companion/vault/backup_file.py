"""One backup file, and the journal's backups folder: the format, writing a backup file whole,
reading it back, and listing what the folder holds. Nothing here needs a key or an open journal,
so the vault can list the backups a key rotation leaves behind without ``backup`` (which makes
and restores backups from an open vault, and so imports ``vault``).

File format, version 1 (integers big-endian)::

    offset   size  content
    0        16    b"COMPANION-BACKUP"
    16       2     format version: 1
    18       4     H, the length of the header
    22       H     header, a UTF-8 JSON object:
                     "created_at"      when it was made, ISO 8601, UTC
                     "kind"            "daily" or "chosen"
                     "app_version"     the version of the app that made it
                     "database_bytes"  N, the length of the database
                     "keyslots"        the key file, as ``keyslots.json`` holds it (text)
    22+H     N     the database: a SQLCipher 4 file, as ``journal.db`` would hold it
    22+H+N   32    SHA-256 of every byte before it

The checksum tells a damaged or cut-short file from a wrong passphrase before anything is
derived. SQLCipher's page HMACs (``cipher_integrity_check``) then authenticate the database, and
AES-GCM the key slots. A newer format version is refused with its own message.

The journal's ``backups/`` folder holds:

- ``daily-YYYY-MM-DD.backup``: at most one a day (``backup.make_daily_backup``), thinned by
  ``backup.kept``: the newest backup of each of the last 7 days that have one, of the last 4
  weeks, and of the last 6 months.
- ``backup-<time>.backup``: made when the person asked (``backup.make_backup`` with no target).
- ``before-restore-<time>/`` and ``before-migration-<time>/``: the journal's own files as they were
  before a restore or a schema migration (database and key file, in a folder).
Only daily backups are ever deleted by the app.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, NoReturn

from iop_companion.errors import (
    BackupDamaged,
    BackupNotFound,
    BackupTargetTaken,
    BackupUnreadable,
    BackupUnwritable,
    CopyNotVerified,
    DiskFull,
    KnownError,
    NewerBackup,
    NotABackup,
    NotAFile,
)
from iop_companion.formats import BACKUP_FORMAT_VERSION
from iop_companion.vault import files
from iop_companion.vault.layout import BACKUPS_DIR, DB_NAME, SLOTS_BACKUP_NAME, SLOTS_NAME

MAGIC = b"COMPANION-BACKUP"
FORMAT_VERSION = BACKUP_FORMAT_VERSION  # in formats.py, so --version reads it fast
READABLE_VERSIONS = frozenset({1, FORMAT_VERSION})
SUFFIX = ".backup"
_PREFIX = struct.Struct(">16sHI")
DIGEST_BYTES = 32
MAX_HEADER_BYTES = 1 << 20
CHUNK_BYTES = 1 << 20
STAMP = "%Y%m%dT%H%M%SZ"
DAILY_PREFIX = "daily-"
BEFORE_RESTORE_PREFIX = "before-restore-"
BEFORE_MIGRATION_PREFIX = "before-migration-"

BackupKind = Literal["daily", "chosen", "before-restore", "before-migration"]


@dataclass(frozen=True)
class Backup:
    """One backup: a backup file, or a folder the journal's own files were moved to."""

    id: str
    path: Path
    when: datetime  # in UTC
    size: int  # bytes
    kind: BackupKind
    complete: bool  # its header and size add up (the full check runs when it is opened)

    @property
    def automatic(self) -> bool:
        """Made by the app (daily, before a restore or a migration), not asked for."""
        return self.kind != "chosen"


# -- names ----------------------------------------------------------------------------------


def daily_date(name: str) -> date | None:
    """The day in a daily backup's file name; None for any other name."""
    if not (name.startswith(DAILY_PREFIX) and name.endswith(SUFFIX)):
        return None
    try:
        return date.fromisoformat(name[len(DAILY_PREFIX) : -len(SUFFIX)])
    except ValueError:
        return None


def folder_time(path: Path) -> datetime | None:
    """When a ``before-restore-`` or ``before-migration-`` folder was made, from its name."""
    stamp = path.name.rsplit("-", 1)[-1]
    try:
        return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


# -- writing --------------------------------------------------------------------------------


def refuse_to_overwrite(target: Path) -> None:
    """Only a backup file may be replaced: anything else by that name (a file, a folder, a pipe
    that reading would wait on forever) is ``BackupTargetTaken``."""
    try:
        with files.reading(target) as handle:
            start = handle.read(len(MAGIC))
    except NotAFile:
        raise BackupTargetTaken() from None
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise BackupUnwritable() from None
        return
    except OSError as exc:
        _raise_for_target_error(exc)
    if start != MAGIC:
        raise BackupTargetTaken()


def _raise_for_target_error(exc: OSError) -> NoReturn:
    """A backup that can't be written where the person asked: their journal is fine."""
    try:
        files.raise_for_os_error(exc)
    except DiskFull:
        raise
    except KnownError:
        raise BackupUnwritable() from None
    raise exc


def write_packed(target: Path, header: dict[str, Any], database_file: Path) -> None:
    """The backup file ``target``: ``header``, the database in ``database_file``, the checksum.
    Read back whole before it takes its name (``CopyNotVerified`` if it doesn't);
    ``BackupUnwritable`` or ``DiskFull`` when it can't be written there."""
    body = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(body))
    digest = hashlib.sha256()

    def chunks() -> Iterator[bytes]:
        for part in (prefix, body):
            digest.update(part)
            yield part
        with database_file.open("rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                digest.update(chunk)
                yield chunk
        yield digest.digest()

    def read_back(tmp: Path) -> None:  # the checksum must hold before it takes the name
        for _ in database_chunks(read_packed(tmp)):
            pass

    try:
        files.replace_whole(
            target,
            lambda out: out.writelines(chunks()),
            temp=target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp"),
            check=read_back,
        )
    except BackupDamaged:
        raise CopyNotVerified() from None
    except OSError as exc:
        _raise_for_target_error(exc)


# -- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Packed:
    """A backup file's header, checked against the file's size."""

    path: Path
    made_at: datetime
    kind: BackupKind
    keyslots: bytes
    database_offset: int
    database_bytes: int


def read_packed(path: Path) -> Packed:
    """The header of a backup file, checked against the file's size (not yet its checksum)."""
    try:
        with files.reading(path) as handle:  # never a pipe, even one put there after a check
            prefix = handle.read(_PREFIX.size)
            size = os.fstat(handle.fileno()).st_size
            start = prefix[: len(MAGIC)]
            if start != MAGIC:  # empty or cut inside the magic: damaged; else not a backup
                raise BackupDamaged() if MAGIC.startswith(start) else NotABackup()
            if len(prefix) < _PREFIX.size:
                raise BackupDamaged()
            _, version, header_bytes = _PREFIX.unpack(prefix)
            if version > FORMAT_VERSION:
                raise NewerBackup()
            if version not in READABLE_VERSIONS or header_bytes > MAX_HEADER_BYTES:
                raise BackupDamaged()
            raw = handle.read(header_bytes)
    except FileNotFoundError:
        raise BackupNotFound() from None
    except OSError as exc:
        _raise_for_source_error(exc)
    try:
        header = json.loads(raw.decode("utf-8"))
        made_at = datetime.fromisoformat(header["created_at"])
        kind: BackupKind = "daily" if header["kind"] == "daily" else "chosen"
        length = header["database_bytes"]
        keyslots = header["keyslots"].encode("utf-8")
        if type(length) is not int or made_at.tzinfo is None:
            raise TypeError("header")
    except (UnicodeError, ValueError, KeyError, TypeError, AttributeError):
        raise BackupDamaged() from None
    offset = _PREFIX.size + header_bytes
    if len(raw) != header_bytes or size != offset + length + DIGEST_BYTES:
        raise BackupDamaged()
    return Packed(path, made_at.astimezone(UTC), kind, keyslots, offset, length)


def _raise_for_source_error(exc: OSError) -> NoReturn:
    try:
        files.raise_for_os_error(exc)
    except KnownError:
        raise BackupUnreadable() from None
    raise exc


def database_chunks(packed: Packed) -> Iterator[bytes]:
    """The database bytes of a backup file; ``BackupDamaged`` at the end unless the checksum
    over the whole file holds (and nothing follows it)."""
    digest = hashlib.sha256()
    try:
        with files.reading(packed.path) as handle:
            head = handle.read(packed.database_offset)
            digest.update(head)
            left = packed.database_bytes
            while left:
                chunk = handle.read(min(left, CHUNK_BYTES))
                if not chunk:
                    raise BackupDamaged()
                digest.update(chunk)
                left -= len(chunk)
                yield chunk
            stored = handle.read(DIGEST_BYTES + 1)
    except OSError as exc:
        _raise_for_source_error(exc)
    if len(head) != packed.database_offset or stored != digest.digest():
        raise BackupDamaged()


# -- the backups folder ----------------------------------------------------------------------


def list_backups(folder: Path) -> list[Backup]:
    """The backups in the journal's ``backups/`` folder, newest first. Needs no key."""
    try:
        children = list((folder / BACKUPS_DIR).iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        files.raise_for_os_error(exc)
    found = []
    for path in children:
        if path.name.startswith("."):
            continue  # a backup being written
        if _is_backup(path):
            found.append(describe(path))
    return sorted(found, key=lambda b: (b.when, b.id), reverse=True)


def _is_backup(path: Path) -> bool:
    if path.is_dir():
        return path.name.startswith((BEFORE_RESTORE_PREFIX, BEFORE_MIGRATION_PREFIX))
    return path.is_file() and path.name.endswith(SUFFIX)


def describe(path: Path) -> Backup:
    """What ``list_backups`` says about one backup file or folder (reads no more than a header)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise BackupNotFound() from None
    except OSError as exc:
        _raise_for_source_error(exc)
    fallback = datetime.fromtimestamp(info.st_mtime, UTC)
    if path.is_dir():
        kind: BackupKind = "chosen"  # a journal folder the person kept a copy of
        if path.name.startswith(BEFORE_RESTORE_PREFIX):
            kind = "before-restore"
        elif path.name.startswith(BEFORE_MIGRATION_PREFIX):
            kind = "before-migration"
        parts = [p for p in path.iterdir() if p.is_file()]
        db = path / DB_NAME
        complete = db.is_file() and db.stat().st_size > 0
        complete = complete and any((path / n).is_file() for n in (SLOTS_NAME, SLOTS_BACKUP_NAME))
        return Backup(
            id=path.name,
            path=path,
            when=folder_time(path) or fallback,
            size=sum(p.stat().st_size for p in parts),
            kind=kind,
            complete=complete,
        )
    ident = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
    try:
        packed = read_packed(path)
    except (BackupDamaged, NotABackup, NewerBackup):
        guess: BackupKind = "daily" if daily_date(path.name) else "chosen"
        return Backup(ident, path, fallback, info.st_size, guess, complete=False)
    return Backup(ident, path, packed.made_at, info.st_size, packed.kind, complete=True)


def find(folder: Path, name: str) -> Backup:
    """A backup by its id in ``list_backups``, or by the path of a backup file or folder."""
    for backup in list_backups(folder):
        if name in (backup.id, backup.path.name):
            return backup
    path = Path(name).expanduser()
    if not path.exists():
        raise BackupNotFound()
    return describe(path)
