"""One vault = one folder: ``journal.db`` (SQLCipher) and ``keyslots.json`` beside it.

A random 256-bit data key encrypts the database. The slot file holds that key wrapped once per
way in: passphrase (Argon2id), recovery code, and optionally this computer's keychain. Changing
the passphrase rewrites only the slot file; the database bytes stay as they are. A wrong
passphrase only reads files, so it changes no byte of any of them.

Rotating the data key (``Vault.rotate_key``) re-encrypts the database into a new file with a new
random key and swaps both files in together (see ``swap``). Backups (``backup``) keep a copy of
the database and of the slot file that opens it, in one file.

Slots are made and opened in ``slots``, the same way for backups. ``backup`` builds on this
module, never the other way round: the backups a key rotation leaves behind are listed through
``backup_file``, which needs no open journal.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from iop_companion.errors import (
    CopyNotVerified,
    DeviceKeyUnavailable,
    FolderUnavailable,
    JournalBusy,
    JournalDamaged,
    JournalExists,
    JournalLocked,
    KeyFileChanged,
    KeyFileDamaged,
    KnownError,
    NewerJournal,
    NoJournalYet,
    WrongPassphrase,
    WrongRecoveryCode,
)
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.vault import database, files, seal, swap, sync_folder
from iop_companion.vault.files import (
    atomic_replace,
    ensure_private_dir,
    raise_for_os_error,
    write_private,
)
from iop_companion.vault.keychain import Keychain
from iop_companion.vault.keys import (
    KEY_BYTES,
    KdfParams,
    check_new_passphrase,
    new_recovery_code,
    parse_recovery_code,
)
from iop_companion.vault.layout import (
    BACKUPS_DIR,
    DB_NAME,
    SEAL_NAME,
    SLOTS_BACKUP_NAME,
    SLOTS_NAME,
)
from iop_companion.vault.slots import (
    SLOT_TYPES,
    SlotFile,
    SlotType,
    make_slot,
    open_slot,
    read_slot_file,
    stored_kdf,
)
from iop_companion.vault.sync_folder import FolderKeys

if TYPE_CHECKING:  # sqlite-utils (and the numpy it loads) waits until a journal opens
    import sqlite_utils

__all__ = [
    "BACKUPS_DIR",
    "DB_NAME",
    "SLOTS_BACKUP_NAME",
    "SLOTS_NAME",
    "KeyRotation",
    "RecoveryCode",
    "Vault",
]

# A recovery code as shown to the person: seven groups of four symbols.
RecoveryCode = str

# Slots whose change is promised to the person ("Your passphrase is changed", a new recovery code
# shown): of two changes at once, only one can stand, so the second is refused.
_ONE_OWNER_SLOTS_IN_ORDER: tuple[SlotType, ...] = ("passphrase", "recovery")
_ONE_OWNER_SLOTS = frozenset(_ONE_OWNER_SLOTS_IN_ORDER)

# How long locking waits for another window's write before it leaves the seal and the checkpoint
# for later (locking must not keep the desktop app waiting the full busy timeout).
CLOSE_WAIT_MS = 2000

OLD_KEY_FILE_HINT = QT_TRANSLATE_NOOP(
    "vault",
    "That passphrase didn't open the journal. The key file was damaged, so an older copy is in "
    "use: try the passphrase you had before, or use your recovery code.",
)


@dataclass(frozen=True)
class KeyRotation:
    """What ``Vault.rotate_key`` did.

    Backups made before the rotation hold the old key and the old key file, so they still open
    with the old passphrase or recovery code: ``old_backups`` lists the ones in the journal's
    backups folder, for the person to delete if they want (copies kept elsewhere, such as on a
    USB stick, open the same way).
    """

    recovery_code: RecoveryCode = field(repr=False)
    device_forgotten: bool
    old_backups: tuple[Path, ...]


class Vault:
    """An unlocked journal. Build one with ``create`` or one of the ``unlock_*`` methods.

    While it is open it holds a shared lock on its folder (see ``swap``), so no other process
    restores a backup or rotates the key under it.

    What opening found, for the person to hear once (the CLI prints it; the desktop app shows it):

    ``stale``
        True when ``journal.db`` is older than the last journal this computer closed in this
        folder (its seal, see ``seal``): an older copy was put back, or its WAL was lost, so some
        saves may be missing. The journal opens and works as usual; say
        ``errors.STALE_JOURNAL``. The next ``lock`` records this journal as the latest, so it is
        said once. Never true for a new journal, after a crash, or after a restore or key
        rotation.

    ``opened_from_copy``
        True when ``keyslots.json`` was damaged or gone and its copy, ``keyslots.json.bak`` (the
        key file from before the last passphrase change), opened the journal: the passphrase
        that worked is the one from before that change. Nothing has been rewritten. Say
        ``errors.OLD_KEY_FILE`` and ask for a new passphrase right away; ``change_passphrase``
        then writes a whole key file (the copy stays as it is) and this turns False. Any other
        key-file change (a new recovery code, remembering this computer) writes a whole file
        too. Until then every unlock opens from the copy again and says so again.
    """

    def __init__(
        self, folder: Path, slots: SlotFile, data_key: bytes, *, new: bool = False
    ) -> None:
        self.folder = folder
        self._slots = slots
        self._key = bytearray(data_key)
        self._readers: list[sqlite_utils.Database] = []
        self._changes = 0  # rows changed through connections already closed
        self.stale = False
        self.opened_from_copy = False
        self._lock = swap.FolderLock(folder)
        try:
            self._lock.shared()
            self._db: sqlite_utils.Database | None = _open_database(
                folder, data_key, slots, new=new
            )
        except BaseException:
            self._lock.release()
            raise
        if not new:
            try:
                recorded = seal.read(folder, data_key, slots.vault_id)  # before the counter
                self.stale = recorded is not None and seal.counter(self._db) < recorded
            except BaseException:
                self.lock()
                raise

    # -- files ------------------------------------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        return (
            (folder / SLOTS_NAME).exists()
            or (folder / SLOTS_BACKUP_NAME).exists()
            or swap.in_progress(folder)  # a restore or rotation cut short: settled on opening
        )

    @staticmethod
    def _read_slots(folder: Path) -> tuple[SlotFile, bool]:
        """The slot file, or its previous copy when the file itself is damaged or gone (then
        the second value is True).

        A restore or key rotation that a crash cut short is finished or undone first.
        """
        swap.settle(folder)
        return Vault._parse_slots(folder)

    @staticmethod
    def _parse_slots(folder: Path) -> tuple[SlotFile, bool]:
        """``_read_slots`` without settling (for a caller that holds a lock on the folder)."""
        main, backup = folder / SLOTS_NAME, folder / SLOTS_BACKUP_NAME
        try:
            return read_slot_file(main), False
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
            return read_slot_file(backup), True
        except OSError:
            raise KeyFileDamaged() from None

    def _write_slots(self, slots: SlotFile, *, based_on: SlotFile | None = None) -> None:
        """Write the slots this change touched (against ``based_on``, default the slots in use)
        onto the key file as it is on disk now: another window, the CLI or "forget this
        computer" may have changed other slots since this journal was opened.

        Read, merge and write happen under the folder's write lock (``seal.held``), so two
        changes at once take turns and the second one builds on the first. Two changes of the
        same passphrase or recovery code can't both stand, and the first one has been promised
        to someone: the second is refused (``KeyFileChanged``), nothing changes, and this vault
        takes up the key file as it is now. "Remember on this computer" has no secret to keep,
        so the later of two changes to it simply wins.

        The previous key file is kept as ``keyslots.json.bak``; when the key file itself is
        damaged or gone (the journal opened from that copy), the copy stays as it is. A key file
        a newer version of the app wrote meanwhile is never written over (``NewerJournal``,
        nothing changes): this version can't merge what it doesn't know.
        """
        before = based_on or self._slots
        with seal.held(self.folder):
            try:
                on_disk, main_unreadable = self._parse_slots(self.folder)
            except NewerJournal:
                raise
            except KnownError:
                on_disk, main_unreadable = before, True
            if on_disk.vault_id != slots.vault_id:
                on_disk = before
            merged = on_disk
            for kind in SLOT_TYPES:
                mine = slots.get(kind)
                if mine == before.get(kind):
                    continue
                if kind in _ONE_OWNER_SLOTS and on_disk.get(kind) != before.get(kind):
                    self._slots = on_disk
                    raise KeyFileChanged()
                merged = merged.with_slot(mine) if mine else merged.without(kind)
            atomic_replace(
                self.folder / SLOTS_NAME,
                merged.to_bytes(),
                # The file on disk, in this version's format (the same slots).
                keep_previous=None if main_unreadable else self.folder / SLOTS_BACKUP_NAME,
                previous_as=None if main_unreadable else on_disk.to_bytes(),
            )
        self._slots = merged
        self.opened_from_copy = False  # the key file is whole again

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
        slots = slots.with_slot(make_slot(slots, "passphrase", passphrase, data_key, kdf=kdf))
        slots = slots.with_slot(make_slot(slots, "recovery", code_secret, data_key))
        # Slot file first: a crash before the database is whole leaves a journal that says it is
        # damaged, never one that quietly opens empty. Two ``init``s at once: the second finds
        # the first one's journal once it has the lock.
        with seal.held(folder):
            if cls.exists(folder) or (folder / DB_NAME).exists():
                raise JournalExists()
            atomic_replace(folder / SLOTS_NAME, slots.to_bytes())
        return cls(folder, slots, data_key, new=True), code_text

    @classmethod
    def join(
        cls,
        folder: Path,
        slots: SlotFile,
        data_key: bytes,
        *,
        new_passphrase: str | None = None,
        kdf: KdfParams | None = None,
    ) -> Vault:
        """A new journal in ``folder`` for a journal kept on other computers: their key file
        (``slots``, from the folder that keeps them in step) and the data key it opened. With
        ``new_passphrase`` (the recovery code opened it), that passphrase opens it here."""
        ensure_private_dir(folder)
        if cls.exists(folder) or (folder / DB_NAME).exists():
            raise JournalExists()
        slots = _with_passphrase(slots.without("device"), data_key, new_passphrase, kdf)
        with seal.held(folder):
            if cls.exists(folder) or (folder / DB_NAME).exists():
                raise JournalExists()
            atomic_replace(folder / SLOTS_NAME, slots.to_bytes())
        return cls(folder, slots, data_key, new=True)

    @staticmethod
    def remove_new(folder: Path) -> None:
        """Remove a journal ``join`` made and that never became whole (a join that stopped):
        its files only, once it is locked."""
        for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", SLOTS_NAME, SEAL_NAME):
            with contextlib.suppress(FileNotFoundError):
                (folder / name).unlink()

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        slots, from_backup = cls._read_slots(folder)
        data_key = open_slot(slots, "passphrase", passphrase)
        if not data_key:
            raise WrongPassphrase(translate("vault", OLD_KEY_FILE_HINT) if from_backup else None)
        vault = cls(folder, slots, data_key)
        # Nothing is mended here: the person hears what happened and chooses a new passphrase,
        # which writes a whole key file (see ``opened_from_copy``).
        vault.opened_from_copy = from_backup
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
        data_key = open_slot(slots, "recovery", secret)
        if not data_key:
            raise WrongRecoveryCode()
        params = kdf or stored_kdf(slots)
        new_secret, new_text = new_recovery_code()
        old_slots = slots
        passphrase_slot = make_slot(slots, "passphrase", new_passphrase, data_key, kdf=params)
        slots = slots.with_slot(passphrase_slot)
        slots = slots.with_slot(make_slot(slots, "recovery", new_secret, data_key))
        vault = cls(folder, slots, data_key)
        try:
            vault._write_slots(slots, based_on=old_slots)
        except BaseException:
            vault.lock()  # the old code and passphrase still open the journal
            raise
        return vault, new_text

    @classmethod
    def unlock_with_device(cls, folder: Path, keychain: Keychain) -> Vault:
        slots, from_backup = cls._read_slots(folder)
        stored = keychain.load(slots.vault_id) if slots.get("device") else None
        try:
            secret = base64.b64decode(stored or "", validate=True)
        except (binascii.Error, ValueError):
            secret = b""
        data_key = open_slot(slots, "device", secret) if len(secret) == KEY_BYTES else None
        if not data_key:
            raise DeviceKeyUnavailable()
        vault = cls(folder, slots, data_key)
        vault.opened_from_copy = from_backup
        return vault

    @classmethod
    def remembers_device(cls, folder: Path) -> bool:
        """Whether this journal has a "remember on this computer" slot (no key needed to ask)."""
        try:
            slots, _ = cls._read_slots(folder)
        except (NoJournalYet, KeyFileDamaged, FolderUnavailable, JournalBusy):
            return False
        return slots.get("device") is not None

    @classmethod
    def forget_device(cls, folder: Path, keychain: Keychain) -> None:
        """Remove the device slot and the keychain entry. Works while locked.

        The previous key file loses its device slot too: a keychain can fail to delete quietly
        (locked, or gone), and a copy of the old file must not open the journal with that key.
        Each file is read again and rewritten under the folder's write lock (see
        ``_write_slots``), and under a shared lock on the folder, so no restore swaps the files
        meanwhile (``JournalBusy`` while one does).
        """
        slots, _ = cls._read_slots(folder)
        keychain.delete(slots.vault_id)
        folder_lock = swap.FolderLock(folder)
        try:
            folder_lock.shared()
            with seal.held(folder):
                for path in (folder / SLOTS_NAME, folder / SLOTS_BACKUP_NAME):
                    try:
                        on_disk = read_slot_file(path)
                    except (OSError, KeyFileDamaged, NewerJournal):
                        continue  # gone, or damaged: nothing there opens the journal
                    if on_disk.get("device") is not None:
                        atomic_replace(path, on_disk.without("device").to_bytes())
        finally:
            folder_lock.release()

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

    @property
    def slot_file(self) -> SlotFile:
        """The key slots in use (wrapped keys only: nothing here opens the journal alone)."""
        return self._slots

    def folder_keys(self) -> FolderKeys:
        """The keys for the files of a folder that keeps this journal in step."""
        return FolderKeys.of(self._data_key(), self._slots.vault_id)

    def folder_key_file(self, at: int) -> bytes:
        """This journal's key file as a folder that keeps it in step holds it (``at``: when its
        passphrase or recovery code last changed)."""
        return sync_folder.key_file_bytes(self._slots, self._data_key(), at)

    def opens_with_folder_key_file(self, found: sync_folder.FolderKeyFile) -> bool:
        """Whether the folder's key file still opens this journal (not after another computer
        changed the journal's key)."""
        return found.opens(self._data_key())

    def share_slots(self, found: sync_folder.FolderKeyFile) -> bool:
        """Take up the passphrase and recovery code another computer changed to (the folder's
        key file, which ``opens_with_folder_key_file``); whether anything changed here."""
        slots = self._slots
        for kind in _ONE_OWNER_SLOTS_IN_ORDER:
            theirs = found.slots.get(kind)
            if theirs is not None and theirs != slots.get(kind):
                slots = slots.with_slot(theirs)
        if slots == self._slots:
            return False
        self._write_slots(slots)
        return True

    def _data_key(self) -> bytes:
        if self._db is None:
            raise JournalLocked()
        return bytes(self._key)

    def is_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this journal (asked before changing it). Slow: Argon2id."""
        return open_slot(self._slots, "passphrase", passphrase) == self._data_key()

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        check_new_passphrase(new_passphrase)
        params = kdf or stored_kdf(self._slots)
        slot = make_slot(self._slots, "passphrase", new_passphrase, self._data_key(), kdf=params)
        self._write_slots(self._slots.with_slot(slot))

    def new_recovery_code(self) -> RecoveryCode:
        """Replace the recovery code; the old one stops working."""
        secret, text = new_recovery_code()
        self._write_slots(
            self._slots.with_slot(make_slot(self._slots, "recovery", secret, self._data_key()))
        )
        return text

    def remember_device(self, keychain: Keychain) -> None:
        """Keep a key in this computer's keychain so the journal opens without the passphrase."""
        secret = secrets.token_bytes(KEY_BYTES)
        slot = make_slot(self._slots, "device", secret, self._data_key())
        keychain.store(self._slots.vault_id, base64.b64encode(secret).decode("ascii"))
        self._write_slots(self._slots.with_slot(slot))

    def rotate_key(
        self,
        new_passphrase: str,
        *,
        kdf: KdfParams | None = None,
        keychain: Keychain | None = None,
    ) -> KeyRotation:
        """A new random data key for the journal, with a new passphrase and a new recovery code.

        For "I think someone knows my passphrase": changing the passphrase only rewraps the same
        key, so an old copy of the key file still opens the journal with the old passphrase.
        Here the database is re-encrypted into a new file under the new key (``sqlcipher_export``),
        checked (SQLite's and SQLCipher's integrity checks, and every table's content the same),
        then swapped in together with a new key file (see ``swap``): a crash leaves the old
        journal with the old passphrase and code, or the new one with the new. The old key file
        and its ``.bak`` copy are gone afterwards, and so is the device slot: "remember on this
        computer" is off (its keychain entry is deleted when ``keychain`` is given).

        Backups made before now still hold the old key and open with the old passphrase or
        recovery code; ``KeyRotation.old_backups`` lists them. Readers are closed and ``db`` is
        a new connection: anything built on the old one must be built again.

        ``JournalBusy`` when another window has the journal open.
        """
        check_new_passphrase(new_passphrase)
        params = kdf or stored_kdf(self._slots)
        new_key = secrets.token_bytes(KEY_BYTES)
        code_secret, code_text = new_recovery_code()
        slots = SlotFile(vault_id=self._slots.vault_id, slots=())
        slots = slots.with_slot(make_slot(slots, "passphrase", new_passphrase, new_key, kdf=params))
        slots = slots.with_slot(make_slot(slots, "recovery", code_secret, new_key))
        return self._rekey(new_key, slots, code_text, keychain)

    def take_key(
        self,
        slots: SlotFile,
        data_key: bytes,
        *,
        new_passphrase: str | None = None,
        keychain: Keychain | None = None,
    ) -> None:
        """Re-encrypt this journal under the data key another computer rotated to (``slots``,
        the key file from the folder that keeps them in step, opens it), as ``rotate_key``
        does for a key of its own. With ``new_passphrase`` (the recovery code opened it), that
        passphrase opens it here. "Remember on this computer" is off afterwards."""
        if slots.vault_id != self.vault_id:
            raise KeyFileDamaged()
        slots = _with_passphrase(slots.without("device"), data_key, new_passphrase, None)
        self._rekey(data_key, slots, "", keychain)

    def _rekey(
        self, new_key: bytes, slots: SlotFile, code_text: str, keychain: Keychain | None
    ) -> KeyRotation:
        old_key = self._data_key()
        had_device = self._slots.get("device") is not None
        self._lock.exclusive()
        try:
            staged = swap.begin(self.folder)
            try:
                self._stage_rekeyed(staged, old_key, new_key, slots)
            except (OSError, KnownError) as error:
                swap.abandon(self.folder)
                if isinstance(error, OSError):
                    raise_for_os_error(error)
                raise
            self._close_connections()
            try:
                swap.commit(self.folder, keep_old_as=None)
            except KnownError:  # undone: the old journal is back
                self._reopen(old_key, self._slots)
                raise
            self._reopen(new_key, slots)
        finally:
            self._lock.shared()  # from exclusive back to shared: never refused
        if had_device and keychain is not None:
            keychain.delete(self.vault_id)
        from iop_companion.vault.backup_file import list_backups  # once, not at every start

        return KeyRotation(
            recovery_code=code_text,
            device_forgotten=had_device,
            old_backups=tuple(b.path for b in list_backups(self.folder)),
        )

    def _stage_rekeyed(self, staged: Path, old_key: bytes, new_key: bytes, slots: SlotFile) -> None:
        """The database under ``new_key`` and the key file that opens it, into ``staged``."""
        target = staged / DB_NAME
        files.write_private(target, b"")  # owner-only before SQLite writes a byte
        source = database.connect(self.folder / DB_NAME, old_key)
        try:
            database.export_to(source, target, new_key)
            expected = database.table_digests(source)
        finally:
            source.conn.close()
        copy = database.open_checked(target, new_key)
        if copy is None:
            raise CopyNotVerified()
        try:
            if database.table_digests(copy) != expected:
                raise CopyNotVerified()
            database.settle_to_one_file(copy)
        finally:
            copy.conn.close()
        data = slots.to_bytes()
        files.write_private(staged / SLOTS_NAME, data)
        files.write_private(staged / SLOTS_BACKUP_NAME, data)

    def _close_readers(self) -> None:
        for reader in self._readers:
            self._changes += reader.conn.total_changes
            reader.conn.close()
        self._readers.clear()

    def _close_connections(self) -> None:
        self._close_readers()
        if self._db is not None:
            self._changes += self._db.conn.total_changes
            self._db.conn.close()
            self._db = None

    def _settle_before_closing(self, db: sqlite_utils.Database) -> None:
        """What a lock does before the last connection closes: seal how far the journal got
        (when it changed, or when it was found stale), then checkpoint, so nothing committed
        lives only in the WAL. Both are best effort: a full disk or another window busy past
        ``CLOSE_WAIT_MS`` leaves the saves in the WAL, where they are safe, and the seal where it
        was, which can't raise a false alarm (see ``seal``)."""
        changed = self._changes + db.conn.total_changes > 0
        with contextlib.suppress(KnownError):
            with database.plain_errors():
                db.execute(f"PRAGMA busy_timeout = {CLOSE_WAIT_MS:d}")
            if changed or self.stale:
                with seal.held(self.folder) as sealed:
                    value = seal.bump(db) if changed else seal.counter(db)
                    seal.write(sealed, bytes(self._key), self.vault_id, value)
                self.stale = False
        with contextlib.suppress(KnownError):
            database.checkpoint(db)

    def _reopen(self, key: bytes, slots: SlotFile) -> None:
        """Open the journal again after a swap; locked (and the error raised) if it won't open."""
        try:
            self._db = _open_database(self.folder, key, slots, new=False)
        except BaseException:
            self.lock()
            raise
        for i in range(len(self._key)):
            self._key[i] = 0
        self._key = bytearray(key)
        self._slots = slots

    def check(self) -> list[str]:
        """Problems SQLite and SQLCipher find in the file; empty when it is whole."""
        return database.integrity_problems(self.db)

    def wait_for_other_writers(self, seconds: float) -> None:
        """How long a write on the main connection waits for another writer (another window,
        the command line) before the person hears "busy". The command line waits the default
        (``database.BUSY_TIMEOUT_SECONDS``); a window that must stay responsive waits less."""
        with database.plain_errors():
            self.db.execute(f"PRAGMA busy_timeout = {round(seconds * 1000):d}")

    def reader(self) -> sqlite_utils.Database:
        """A second connection to the same journal, for reading on another thread (WAL lets it
        read while the main connection writes). Closed by ``lock``."""
        reader = database.connect(self.folder / DB_NAME, self._data_key())
        self._readers.append(reader)
        return reader

    def lock(self) -> None:
        """Close the database (and any readers) and drop the key from this object.

        Before the database closes, its WAL is copied into ``journal.db`` (a checkpoint), so the
        file alone holds every save even while another window keeps the journal open, and the
        seal records how far the journal got (``stale``).
        """
        try:
            if self._db is not None:
                self._close_readers()
                self._settle_before_closing(self._db)
        finally:
            self._close_connections()
            for i in range(len(self._key)):
                self._key[i] = 0
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def _with_passphrase(
    slots: SlotFile, data_key: bytes, passphrase: str | None, kdf: KdfParams | None
) -> SlotFile:
    """``slots`` with a passphrase slot for ``passphrase`` (as they are for None)."""
    if passphrase is None:
        return slots
    check_new_passphrase(passphrase)
    params = kdf or stored_kdf(slots)
    return slots.with_slot(make_slot(slots, "passphrase", passphrase, data_key, kdf=params))


def _open_database(
    folder: Path, key: bytes, slots: SlotFile, *, new: bool
) -> sqlite_utils.Database:
    """Open (``new``: create) the database. A key file with no database, a database cut short
    (missing pages, or none at all) or one with no schema is a journal that lost its data (a sync
    that hasn't finished, a cut copy): ``JournalDamaged``, never a fresh start."""
    path = folder / DB_NAME
    if new:
        try:
            write_private(path, b"")  # owner-only before SQLite writes a byte
        except OSError as exc:
            raise_for_os_error(exc)
    else:
        database.refuse_cut_short(path)
    db = database.connect(path, key)
    from iop_companion.vault import schema

    migrations = schema.migrations
    try:
        with database.plain_errors():
            if not new:
                database.refuse_missing_pages(db, path)
                if not migrations.applied(db):
                    raise JournalDamaged()
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
    from iop_companion.vault.backup_file import BEFORE_MIGRATION_PREFIX, STAMP  # rarely needed

    stamp = datetime.now(UTC).strftime(STAMP)
    target = folder / BACKUPS_DIR / f"{BEFORE_MIGRATION_PREFIX}{stamp}"
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
