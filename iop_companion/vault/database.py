"""The SQLCipher connection: keyed with a raw 256-bit key, checked, tuned, migrated.

The key is handed to SQLCipher in raw form (``x'…'``) through ``set_key``, never in SQL text, so
SQLCipher's own passphrase KDF is skipped (the slot file already did the slow part). Opening fails
closed when the linked SQLite is not SQLCipher.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from iop_companion.errors import (
    DiskFull,
    DiskProblem,
    FolderUnavailable,
    JournalDamaged,
    JournalLocked,
)

if TYPE_CHECKING:  # imported when a journal opens: sqlite-utils loads numpy (~0.3 s)
    import sqlite_utils

# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 3, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26

# Enough page cache that repeated scans of a large journal don't decrypt pages again (64 MiB).
CACHE_KIB = 64 * 1024

PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    f"PRAGMA cache_size = -{CACHE_KIB}",
)


def raw_key(key: bytes) -> bytes:
    return b"x'" + key.hex().encode("ascii") + b"'"


@contextlib.contextmanager
def plain_errors() -> Iterator[None]:
    """Turn SQLite's storage errors into ``KnownError``s; let programming errors through."""
    try:
        yield
    except sqlcipher3.ProgrammingError as exc:
        # The vault was locked (connection closed) under a service still holding it.
        if "closed database" in str(exc):
            raise JournalLocked() from None
        raise
    except sqlcipher3.DatabaseError as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code == SQLITE_FULL:
            raise DiskFull() from None
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            raise JournalDamaged() from None
        if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM):
            raise FolderUnavailable() from None
        if code == SQLITE_IOERR:
            raise DiskProblem() from None
        raise


def connect(path: Path, key: bytes) -> sqlite_utils.Database:
    """Open (or create) the encrypted database at ``path`` with the raw data ``key``."""
    with plain_errors():
        conn = sqlcipher3.connect(str(path), check_same_thread=False)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.set_key(raw_key(key))
            version = conn.execute("PRAGMA cipher_version").fetchone()
            if not version or not version[0]:
                raise RuntimeError("SQLite here is not SQLCipher: refusing to open unencrypted")
            # The first read proves the key; the key came from an authenticated slot, so a failure
            # here means the file is damaged, never that the passphrase was wrong.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in PRAGMAS:
                conn.execute(pragma)
        except BaseException:
            conn.close()
            raise
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    """SQLite's and SQLCipher's own checks; an empty list means the file is whole."""
    with plain_errors():
        # cipher_integrity_check reads the main file only, not the WAL. Copy the committed pages
        # in first, so a page half-written by a checkpoint that ran out of disk (and that the WAL
        # still holds whole) isn't reported as damage.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        problems = [p for p in problems if p != "ok"]
        problems += [row[0] for row in db.execute("PRAGMA cipher_integrity_check").fetchall()]
    return problems


def copy_to(db: sqlite_utils.Database, target: Path) -> None:
    """A consistent, encrypted (same key) copy of a live database, through ``VACUUM INTO``."""
    with plain_errors():
        db.execute("VACUUM INTO ?", [str(target)])
