"""The seal: how far the journal had got when it was last closed here, so that an older copy of
``journal.db`` put back in its place (a sync that went backwards, a copy restored by hand) is
noticed instead of quietly missing the saves made since.

The database keeps a counter in ``PRAGMA user_version`` (the schema's own version is the
migrations table, so nothing else uses it; ``VACUUM INTO`` keeps it, and ``database.export_to``
copies it). When a journal that was changed is locked, the vault adds one to the counter (one
small transaction) and writes the new value into ``journal.seal`` beside the key file, sealed
with AES-256-GCM under a key derived from the data key (HKDF): the file tells nothing (not even
the number) to anyone without the key, and can't be forged or moved to another journal. On
unlock, a database whose counter is below the seal's is older than the last one this computer
closed (``Vault.stale``).

It counts closes, not saves: one small transaction when a journal that changed is locked,
instead of one more write inside every save (or a trigger on every table). A copy taken in the
middle of a session is still older than that session's close, so it is noticed just the same.

Why it is safe from false alarms:

- The counter is committed before the seal is written, so the seal is never ahead of the
  database; a crash (no lock at all) leaves the seal where it was, at or below the counter.
- Unlocking reads the seal first and the counter after, so another window that closes in
  between can only raise the counter.
- Locks in two processes take turns (``held``), so the seal is written in counter order.
- A seal that doesn't open (another key after "new keys", damage, a write cut short, a folder
  from an earlier version) counts as no seal. Restore and key rotation move it aside with the
  old files (``swap``), and backups don't carry it: a restored backup is older on purpose.

The seal file is also the folder's write lock: ``held`` opens it (creating it empty, owner-only)
and holds an exclusive ``flock`` on it while the key file, its copy or the seal itself is read,
changed and written back, so two processes (two windows, two ``passwd`` runs) take turns. So it
is written in place, never replaced: both processes must lock the same file. (Only a swap moves
it, under the folder's exclusive lock, which no process that could hold this one overlaps.) A
write cut short by a crash fails its AES-GCM check, which reads as no seal. The operating system
drops the lock when the process dies; POSIX only (elsewhere nothing is locked, as in ``swap``).

File format, version 1 (37 bytes; 0 bytes: no seal yet): a version byte (1), the 12-byte AES-GCM
nonce, then the counter (8 bytes, big-endian) encrypted, with its 16-byte tag. The associated
data binds it to the vault id.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from iop_companion.errors import FolderUnavailable, NotAFile
from iop_companion.vault import files
from iop_companion.vault.database import plain_errors
from iop_companion.vault.keys import NONCE_BYTES, derive_subkey, unwrap, wrap
from iop_companion.vault.layout import SEAL_NAME

if TYPE_CHECKING:
    import sqlite_utils

try:
    import fcntl
except ImportError:  # Windows: no flock
    fcntl = None  # type: ignore[assignment]

VERSION = 1
COUNTER_BYTES = 8
FILE_BYTES = 1 + NONCE_BYTES + COUNTER_BYTES + 16
MAX_COUNTER = 2**31 - 1  # user_version is a signed 32-bit integer
_PURPOSE = "seal"


def _associated(vault_id: str) -> bytes:
    return f"seal|v{VERSION}|{vault_id}".encode()


def counter(db: sqlite_utils.Database) -> int:
    """The database's close counter."""
    with plain_errors():
        return int(db.execute("PRAGMA user_version").fetchone()[0])


def bump(db: sqlite_utils.Database) -> int:
    """Add one to the close counter, in a transaction of its own; returns the new value."""
    with plain_errors(), db.atomic():
        value = counter(db)
        if value < MAX_COUNTER:
            value += 1
            db.execute(f"PRAGMA user_version = {value:d}")
    return value


def _open(path: Path, flags: int) -> int:
    """An fd on the seal file; ``FolderUnavailable`` when something else is in its place (a
    pipe there must not hang the app)."""
    try:
        return files.open_regular(path, flags)
    except NotAFile:
        raise FolderUnavailable() from None
    except OSError as exc:
        files.raise_for_os_error(exc)
        raise


def _flock(fd: int, *, exclusive: bool) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)


@contextlib.contextmanager
def held(folder: Path) -> Iterator[int]:
    """The seal file, open for writing and locked: only one process at a time gets here. Every
    rewrite of the key file, its copy or the seal happens inside. Waits for the process that has
    it (which keeps it for milliseconds)."""
    fd = _open(folder / SEAL_NAME, os.O_RDWR | os.O_CREAT)
    try:
        _flock(fd, exclusive=True)
        yield fd
    finally:
        os.close(fd)  # closing drops the lock


def read(folder: Path, data_key: bytes, vault_id: str) -> int | None:
    """The counter the seal holds, or None when there is no seal this key opens."""
    try:
        fd = _open(folder / SEAL_NAME, os.O_RDONLY)
    except (OSError, FolderUnavailable):
        return None  # no seal (or none that can be read): nothing to compare with
    try:
        _flock(fd, exclusive=False)  # never half of a write
        data = os.read(fd, FILE_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(data) != FILE_BYTES or data[0] != VERSION:
        return None
    nonce, sealed = data[1 : 1 + NONCE_BYTES], data[1 + NONCE_BYTES :]
    value = unwrap(derive_subkey(data_key, _PURPOSE), nonce, sealed, _associated(vault_id))
    if value is None or len(value) != COUNTER_BYTES:
        return None
    return int.from_bytes(value, "big")


def _put(fd: int, data: bytes) -> None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    except OSError as exc:
        files.raise_for_os_error(exc)


def write(fd: int, data_key: bytes, vault_id: str, value: int) -> None:
    """Seal ``value`` into the seal file ``held`` gave."""
    plain = value.to_bytes(COUNTER_BYTES, "big")
    nonce, sealed = wrap(derive_subkey(data_key, _PURPOSE), plain, _associated(vault_id))
    _put(fd, bytes([VERSION]) + nonce + sealed)
