"""One vault = one folder: ``journal.db`` (SQLCipher) and ``keyslots.json`` beside it.

A random 256-bit data key encrypts the database. The slot file holds that key wrapped once per
way in: passphrase (Argon2id), recovery code, and optionally this computer's keychain. Changing
the passphrase rewrites only the slot file; the database bytes stay as they are. A wrong
passphrase only reads files, so it changes no byte of any of them.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from iop_companion.errors import (
    DeviceKeyUnavailable,
    FolderUnavailable,
    JournalDamaged,
    JournalExists,
    JournalLocked,
    KeyFileDamaged,
    KeySettingsRefused,
    NewerJournal,
    NoJournalYet,
    WrongPassphrase,
    WrongRecoveryCode,
)
from iop_companion.vault import database
from iop_companion.vault.files import (
    atomic_replace,
    ensure_private_dir,
    raise_for_os_error,
    write_private,
)
from iop_companion.vault.keychain import Keychain
from iop_companion.vault.keys import (
    KEY_BYTES,
    SALT_BYTES,
    KdfParams,
    check_new_passphrase,
    derive_passphrase_key,
    derive_secret_key,
    new_recovery_code,
    parse_recovery_code,
    unwrap,
    wrap,
)
from iop_companion.vault.slots import Slot, SlotFile

if TYPE_CHECKING:  # sqlite-utils (and the numpy it loads) waits until a journal opens
    import sqlite_utils

DB_NAME = "journal.db"
SLOTS_NAME = "keyslots.json"
SLOTS_BACKUP_NAME = "keyslots.json.bak"
BACKUPS_DIR = "backups"

RecoveryCode = str
"""A recovery code as shown to the person: seven groups of four symbols."""

OLD_KEY_FILE_HINT = (
    "That passphrase didn't open the journal. The key file was damaged, so an older copy is in "
    "use: try the passphrase you had before, or use your recovery code."
)


def _passphrase_slot(slots: SlotFile, passphrase: str, data_key: bytes, kdf: KdfParams) -> Slot:
    salt = os.urandom(SALT_BYTES)
    draft = Slot("passphrase", salt, b"", b"", kdf)
    nonce, wrapped = wrap(
        derive_passphrase_key(passphrase, salt, kdf), data_key, slots.associated_data(draft)
    )
    return Slot("passphrase", salt, nonce, wrapped, kdf)


def _secret_slot(slots: SlotFile, slot_type: str, secret: bytes, data_key: bytes) -> Slot:
    assert slot_type in ("recovery", "device")
    salt = os.urandom(SALT_BYTES)
    draft = Slot(slot_type, salt, b"", b"")  # type: ignore[arg-type]
    key = derive_secret_key(secret, salt, slot_type)
    nonce, wrapped = wrap(key, data_key, slots.associated_data(draft))
    return Slot(draft.type, salt, nonce, wrapped)


def _open_slot(slots: SlotFile, slot: Slot | None, wrapping_key: Callable[[Slot], bytes]) -> bytes:
    if slot is None:
        return b""
    return unwrap(wrapping_key(slot), slot.nonce, slot.wrapped, slots.associated_data(slot)) or b""


class Vault:
    """An unlocked journal. Build one with ``create`` or one of the ``unlock_*`` methods."""

    def __init__(
        self, folder: Path, slots: SlotFile, data_key: bytes, *, new: bool = False
    ) -> None:
        self.folder = folder
        self._slots = slots
        self._key = bytearray(data_key)
        self._db: sqlite_utils.Database | None = _open_database(folder, data_key, slots, new=new)
        self._readers: list[sqlite_utils.Database] = []

    # -- files ------------------------------------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        return (folder / SLOTS_NAME).exists() or (folder / SLOTS_BACKUP_NAME).exists()

    @staticmethod
    def _read_slots(folder: Path) -> tuple[SlotFile, bool]:
        """The slot file, or its previous copy when the file itself is damaged or gone."""
        main, backup = folder / SLOTS_NAME, folder / SLOTS_BACKUP_NAME
        try:
            return SlotFile.from_bytes(main.read_bytes()), False
        except FileNotFoundError:
            if not folder.is_dir():
                raise FolderUnavailable() from None
            if not backup.exists():
                raise NoJournalYet() from None
        except KeyFileDamaged:
            if not backup.exists():
                raise
        except OSError as exc:
            raise_for_os_error(exc)
        try:
            return SlotFile.from_bytes(backup.read_bytes()), True
        except OSError:
            raise KeyFileDamaged() from None

    def _write_slots(self, slots: SlotFile) -> None:
        atomic_replace(
            self.folder / SLOTS_NAME,
            slots.to_bytes(),
            keep_previous=self.folder / SLOTS_BACKUP_NAME,
        )
        self._slots = slots

    # -- making and opening -----------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Vault, RecoveryCode]:
        """A new, empty journal in ``folder``, and its recovery code (shown once)."""
        check_new_passphrase(passphrase)
        ensure_private_dir(folder)
        if cls.exists(folder) or (folder / DB_NAME).exists():
            raise JournalExists()
        data_key = secrets.token_bytes(KEY_BYTES)
        code_secret, code_text = new_recovery_code()
        slots = SlotFile(vault_id=secrets.token_hex(16), slots=())
        kdf = kdf or KdfParams.calibrate()  # about half a second on this computer
        slots = slots.with_slot(_passphrase_slot(slots, passphrase, data_key, kdf))
        slots = slots.with_slot(_secret_slot(slots, "recovery", code_secret, data_key))
        # Slot file first: a crash before the database exists leaves a journal that opens empty.
        atomic_replace(folder / SLOTS_NAME, slots.to_bytes())
        return cls(folder, slots, data_key, new=True), code_text

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        slots, from_backup = cls._read_slots(folder)

        def key_for(slot: Slot) -> bytes:
            assert slot.kdf is not None
            return derive_passphrase_key(passphrase, slot.salt, slot.kdf)

        data_key = _open_slot(slots, slots.get("passphrase"), key_for)
        if not data_key:
            raise WrongPassphrase(OLD_KEY_FILE_HINT if from_backup else None)
        vault = cls(folder, slots, data_key)
        if from_backup:
            # Mend the damaged file from its copy. The copy stays: it is the good one.
            try:
                atomic_replace(folder / SLOTS_NAME, slots.to_bytes())
            except BaseException:
                vault.lock()
                raise
        return vault

    @classmethod
    def unlock_with_recovery_code(
        cls, folder: Path, code: str, new_passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Vault, RecoveryCode]:
        """Open with the recovery code; a new passphrase and a new recovery code replace the old.

        Both are written in one atomic slot-file change, so the old code stops working exactly
        when the new one starts.
        """
        check_new_passphrase(new_passphrase)
        secret = parse_recovery_code(code)
        slots, _ = cls._read_slots(folder)
        data_key = _open_slot(
            slots, slots.get("recovery"), lambda s: derive_secret_key(secret, s.salt, "recovery")
        )
        if not data_key:
            raise WrongRecoveryCode()
        params = kdf or _stored_kdf(slots)
        new_secret, new_text = new_recovery_code()
        slots = slots.with_slot(_passphrase_slot(slots, new_passphrase, data_key, params))
        slots = slots.with_slot(_secret_slot(slots, "recovery", new_secret, data_key))
        vault = cls(folder, slots, data_key)
        try:
            vault._write_slots(slots)
        except BaseException:
            vault.lock()  # the old code and passphrase still open the journal
            raise
        return vault, new_text

    @classmethod
    def unlock_with_device(cls, folder: Path, keychain: Keychain) -> Vault:
        slots, _ = cls._read_slots(folder)
        slot = slots.get("device")
        stored = keychain.load(slots.vault_id) if slot else None
        try:
            secret = base64.b64decode(stored or "", validate=True)
        except (binascii.Error, ValueError):
            secret = b""
        data_key = b""
        if len(secret) == KEY_BYTES:
            data_key = _open_slot(
                slots, slot, lambda s: derive_secret_key(secret, s.salt, "device")
            )
        if not data_key:
            raise DeviceKeyUnavailable()
        return cls(folder, slots, data_key)

    @classmethod
    def remembers_device(cls, folder: Path) -> bool:
        """Whether this journal has a "remember on this computer" slot (no key needed to ask)."""
        try:
            slots, _ = cls._read_slots(folder)
        except (NoJournalYet, KeyFileDamaged, FolderUnavailable):
            return False
        return slots.get("device") is not None

    @classmethod
    def forget_device(cls, folder: Path, keychain: Keychain) -> None:
        """Remove the device slot and the keychain entry. Works while locked.

        The previous key file loses its device slot too: a keychain can fail to delete quietly
        (locked, or gone), and a copy of the old file must not open the journal with that key.
        """
        slots, _ = cls._read_slots(folder)
        keychain.delete(slots.vault_id)
        if slots.get("device") is not None:
            atomic_replace(folder / SLOTS_NAME, slots.without("device").to_bytes())
        backup = folder / SLOTS_BACKUP_NAME
        try:
            previous = SlotFile.from_bytes(backup.read_bytes())
        except (OSError, KeyFileDamaged, NewerJournal):
            return
        if previous.get("device") is not None:
            atomic_replace(backup, previous.without("device").to_bytes())

    # -- while unlocked ---------------------------------------------------------------------

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            raise JournalLocked()
        return self._db

    @property
    def is_locked(self) -> bool:
        return self._db is None

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    def _data_key(self) -> bytes:
        if self._db is None:
            raise JournalLocked()
        return bytes(self._key)

    def is_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this journal (asked before changing it). Slow: Argon2id."""
        slot = self._slots.get("passphrase")
        if slot is None or slot.kdf is None:
            return False
        key = derive_passphrase_key(passphrase, slot.salt, slot.kdf)
        return _open_slot(self._slots, slot, lambda _: key) == self._data_key()

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        check_new_passphrase(new_passphrase)
        params = kdf or _stored_kdf(self._slots)
        slot = _passphrase_slot(self._slots, new_passphrase, self._data_key(), params)
        self._write_slots(self._slots.with_slot(slot))

    def new_recovery_code(self) -> RecoveryCode:
        """Replace the recovery code; the old one stops working."""
        secret, text = new_recovery_code()
        self._write_slots(
            self._slots.with_slot(_secret_slot(self._slots, "recovery", secret, self._data_key()))
        )
        return text

    def remember_device(self, keychain: Keychain) -> None:
        """Keep a key in this computer's keychain so the journal opens without the passphrase."""
        secret = secrets.token_bytes(KEY_BYTES)
        slot = _secret_slot(self._slots, "device", secret, self._data_key())
        keychain.store(self._slots.vault_id, base64.b64encode(secret).decode("ascii"))
        self._write_slots(self._slots.with_slot(slot))

    def check(self) -> list[str]:
        """Problems SQLite and SQLCipher find in the file; empty when it is whole."""
        return database.integrity_problems(self.db)

    def reader(self) -> sqlite_utils.Database:
        """A second connection to the same journal, for reading on another thread (WAL lets it
        read while the main connection writes). Closed by ``lock``."""
        reader = database.connect(self.folder / DB_NAME, self._data_key())
        self._readers.append(reader)
        return reader

    def lock(self) -> None:
        """Close the database (and any readers) and drop the key from this object."""
        for reader in self._readers:
            reader.conn.close()
        self._readers.clear()
        if self._db is not None:
            self._db.conn.close()
            self._db = None
        for i in range(len(self._key)):
            self._key[i] = 0

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def _stored_kdf(slots: SlotFile) -> KdfParams:
    """The passphrase slot's settings, or the defaults when they are missing or refused.

    Refused settings must not block the recovery code, the way out of a tampered key file.
    """
    slot = slots.get("passphrase")
    if slot is None or slot.kdf is None:
        return KdfParams()
    try:
        slot.kdf.check_bounds()
    except KeySettingsRefused:
        return KdfParams()
    return slot.kdf


def _open_database(
    folder: Path, key: bytes, slots: SlotFile, *, new: bool
) -> sqlite_utils.Database:
    """Open (``new``: create) the database. A key file with no database, or an empty one, is a
    journal that lost its data (a sync that hasn't finished, a cut copy): never a fresh start."""
    path = folder / DB_NAME
    if new:
        try:
            write_private(path, b"")  # owner-only before SQLite writes a byte
        except OSError as exc:
            raise_for_os_error(exc)
    elif not path.exists() or path.stat().st_size == 0:
        raise JournalDamaged()
    db = database.connect(path, key)
    from iop_companion.vault import schema

    migrations = schema.migrations
    try:
        with database.plain_errors():
            if migrations.pending(db) and migrations.applied(db):
                _copy_before_migration(db, folder, slots)
            migrations.apply(db)
    except BaseException:
        db.conn.close()
        raise
    return db


def _copy_before_migration(db: sqlite_utils.Database, folder: Path, slots: SlotFile) -> None:
    """An encrypted copy of the database (and the slot file that opens it) before a migration.

    The slot file is written from the one in use, not copied: when the journal was opened from
    ``keyslots.json.bak``, ``keyslots.json`` is damaged or gone.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / BACKUPS_DIR / f"before-migration-{stamp}"
    ensure_private_dir(target)
    try:
        write_private(target / DB_NAME, b"")  # owner-only from the start; VACUUM INTO fills it
    except OSError as exc:
        raise_for_os_error(exc)
    database.copy_to(db, target / DB_NAME)
    try:
        write_private(target / SLOTS_NAME, slots.to_bytes())
    except OSError as exc:
        raise_for_os_error(exc)
