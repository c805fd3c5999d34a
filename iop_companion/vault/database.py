"""The SQLCipher connection: keyed with a raw 256-bit key, checked, tuned, migrated.

The key is handed to SQLCipher in raw form (``x'…'``) through ``set_key``, never in SQL text, so
SQLCipher's own passphrase KDF is skipped (the slot file already did the slow part). Opening fails
closed when the linked SQLite is not SQLCipher.
"""

from __future__ import annotations

import contextlib
import hashlib
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
    JournalStillWriting,
)
from iop_companion.vault.files import raise_for_os_error

if TYPE_CHECKING:  # imported when a journal opens: sqlite-utils loads numpy (~0.3 s)
    import sqlite_utils

# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_ERROR, SQLITE_PERM, SQLITE_BUSY = 1, 3, 5
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26

# Enough page cache that repeated scans of a large journal don't decrypt pages again (64 MiB).
CACHE_KIB = 64 * 1024
# How long a write waits for another connection's write (another window, the CLI, an import on
# the worker) before the person hears "busy". Writes are short; an import can take seconds.
BUSY_TIMEOUT_SECONDS = 10.0
# SQLCipher 4's page size; the app never sets another. A journal is never smaller than one page:
# page 1 is written when the database is made, before anything else.
PAGE_BYTES = 4096

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
        if code == SQLITE_BUSY:  # another connection held the write lock past the wait
            raise JournalStillWriting() from None
        raise


# What SQLite calls its storage errors (sqlite3_errstr), for the one place that only passes on
# the words: ``sqlcipher_export`` reports a failed write as a generic error (SQLITE_ERROR) whose
# message is the underlying error's.
_STORAGE_ERRORS_BY_NAME = {
    "database or disk is full": SQLITE_FULL,
    "disk I/O error": SQLITE_IOERR,  # words: not for translation (SQLite's own)
    "attempt to write a readonly database": SQLITE_READONLY,
    "unable to open database file": SQLITE_CANTOPEN,
}


@contextlib.contextmanager
def _storage_errors_by_name() -> Iterator[None]:
    """Inside ``plain_errors``: a generic error that names a storage error is that error."""
    try:
        yield
    except sqlcipher3.OperationalError as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        named = _STORAGE_ERRORS_BY_NAME.get(str(exc))
        if code != SQLITE_ERROR or named is None:
            raise
        if named == SQLITE_FULL:
            raise DiskFull() from None
        if named == SQLITE_IOERR:
            raise DiskProblem() from None
        raise FolderUnavailable() from None


def connect(path: Path, key: bytes) -> sqlite_utils.Database:
    """Open (or create) the encrypted database at ``path`` with the raw data ``key``."""
    with plain_errors():
        conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS)
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
    from iop_companion.vault.sqlite_db import JournalDatabase

    return JournalDatabase(conn, execute_plugins=False)


def refuse_cut_short(path: Path) -> None:
    """``JournalDamaged`` when an existing journal's file is missing or shorter than one page.

    Called before SQLite opens it: SQLCipher takes a file too short to hold its salt for a new,
    empty database, so a journal cut to a byte would open as an empty journal and get a fresh
    schema written over it.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise JournalDamaged() from None
    except OSError as exc:
        raise_for_os_error(exc)
    if size < PAGE_BYTES:
        raise JournalDamaged()


def refuse_missing_pages(db: sqlite_utils.Database, path: Path) -> None:
    """``JournalDamaged`` when the file doesn't hold exactly the pages the database says it has,
    and no WAL beside it holds them instead.

    Committed pages can live in the WAL until a checkpoint copies them in, so a file may be short
    (or end in a page a checkpoint cut off when the disk filled up) while the journal is whole. So
    the size is compared only when the WAL is empty or gone, looked at inside one read
    transaction: a write by another connection after the snapshot leaves frames in the WAL, and an
    empty WAL then means the snapshot's pages are all in the file.
    """
    wal = path.with_name(f"{path.name}-wal")
    with plain_errors(), _one_snapshot(db):
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
        pages = int(db.execute("PRAGMA page_count").fetchone()[0])
        try:
            size = path.stat().st_size
            wal_bytes = wal.stat().st_size if wal.exists() else 0
        except OSError as exc:
            raise_for_os_error(exc)
    if wal_bytes == 0 and size != pages * page_size:
        raise JournalDamaged()


def checkpoint(db: sqlite_utils.Database) -> bool:
    """Copy every committed page from the WAL into the file and empty the WAL (``TRUNCATE``).

    False when another connection kept some pages in the WAL (it was reading an older snapshot,
    or writing, for longer than the busy timeout): those are copied in by a later checkpoint.
    """
    with plain_errors():
        busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    """SQLite's and SQLCipher's own checks; an empty list means the file is whole."""
    # cipher_integrity_check reads the main file only, not the WAL. Copy the committed pages
    # in first, so a page half-written by a checkpoint that ran out of disk (and that the WAL
    # still holds whole) isn't reported as damage.
    checkpoint(db)
    with plain_errors():
        problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        problems = [p for p in problems if p != "ok"]
        problems += [row[0] for row in db.execute("PRAGMA cipher_integrity_check").fetchall()]
    return problems


def copy_to(db: sqlite_utils.Database, target: Path) -> None:
    """A consistent, encrypted (same key) copy of a live database, through ``VACUUM INTO``."""
    with plain_errors():
        db.execute("VACUUM INTO ?", [str(target)])


def tables(db: sqlite_utils.Database) -> list[str]:
    """Every table that holds rows (FTS5's shadow tables included, its virtual table not)."""
    with plain_errors():
        rows = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name"
        ).fetchall()
    return [row[0] for row in rows]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@contextlib.contextmanager
def _one_snapshot(db: sqlite_utils.Database) -> Iterator[None]:
    """Reads inside see one state of the database (unless a transaction is already open)."""
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Rows per table, read in one transaction so they agree with each other."""
    with plain_errors(), _one_snapshot(db):
        return {
            name: int(db.execute(f"SELECT count(*) FROM {_quoted(name)}").fetchone()[0])  # noqa: S608
            for name in tables(db)
        }


def table_digests(db: sqlite_utils.Database) -> dict[str, str]:
    """A SHA-256 of every table's rows, in a fixed order: equal digests, equal content.

    Rows are ordered by all their columns, so the digest doesn't depend on rowids or on the
    order pages were written in. Slow on a large journal; for checks, not for every save.
    """
    digests: dict[str, str] = {}
    with plain_errors(), _one_snapshot(db):
        for name in tables(db):
            cursor = db.execute(f"SELECT * FROM {_quoted(name)} LIMIT 0")  # noqa: S608
            order = ", ".join(str(i) for i in range(1, len(cursor.description) + 1))
            digest = hashlib.sha256()
            for row in db.execute(f"SELECT * FROM {_quoted(name)} ORDER BY {order}"):  # noqa: S608
                digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
                digest.update(b"\n")
            digests[name] = digest.hexdigest()
    return digests


def export_to(db: sqlite_utils.Database, target: Path, key: bytes) -> None:
    """Copy every table, index and trigger into a new database at ``target`` keyed with ``key``.

    SQLCipher's ``sqlcipher_export``, through ``ATTACH ... KEY``. The key goes in as a bound
    parameter, so it is in no SQL text, and no error message can carry it. ``user_version`` (the
    seal's counter) is copied too: ``sqlcipher_export`` leaves it out.
    """
    with plain_errors():
        db.execute("ATTACH DATABASE ? AS rekeyed KEY ?", [str(target), raw_key(key).decode()])
        try:
            with _storage_errors_by_name():
                db.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
            version = int(db.execute("PRAGMA main.user_version").fetchone()[0])
            db.execute(f"PRAGMA rekeyed.user_version = {version:d}")
        finally:
            db.execute("DETACH DATABASE rekeyed")  # words: not for translation (SQL)


def settle_to_one_file(db: sqlite_utils.Database) -> None:
    """Fold the WAL into the file and leave WAL mode, so closing leaves no -wal or -shm beside it.

    For a copy about to be moved or packed: the next ``connect`` turns WAL on again.
    """
    checkpoint(db)
    with plain_errors():
        db.execute("PRAGMA journal_mode = DELETE").fetchall()


def open_checked(path: Path, key: bytes) -> sqlite_utils.Database | None:
    """Open a copy of a journal and run SQLite's and SQLCipher's checks on it.

    None when ``key`` doesn't open it or the checks find damage (the caller says what that means
    where it happened: a backup that can't be kept, a backup that can't be restored).
    """
    try:
        db = connect(path, key)
    except JournalDamaged:
        return None
    try:
        problems = integrity_problems(db)
    except JournalDamaged:
        problems = ["unreadable"]
    except BaseException:
        db.conn.close()
        raise
    if problems:
        db.conn.close()
        return None
    return db
