"""One journal on two or three computers, through a folder the person keeps in step (Qt-free).

``FolderSync`` works on a connection of its own (``Vault.reader``), so a pass can run off the
window's thread. A pass (``sync_pass``):

1. reads this computer's own segments it has no record of (a backup put back, a crash between
   writing a segment and noting it), so nothing it once sent is lost or sent under a number
   used before;
2. sends what changed here since the last pass (``sync_pending``, noted by triggers) as new
   segments, each written whole before the journal notes it as sent;
3. reads each other computer's segments in that computer's order, from the first it hasn't
   read. A segment that isn't whole yet (short, or failing authentication) stops that
   computer's reading until a later pass: the ones after it wait, so changes are never taken
   in out of their order. Each segment is taken in in one transaction, with how far that
   computer has been read.

Merging is ``core.sync_rows``. The folder's files are ``vault.sync_folder``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iop_companion.core.changes import NOTHING, Changes, Record
from iop_companion.core.sync_rows import (
    TABLES,
    Applier,
    SyncChange,
    every_key,
    hold,
    is_clock,
    is_key,
    next_clock,
    read_body,
    take_pending,
)
from iop_companion.errors import (
    CodeNeedsPassphrase,
    FolderUnavailable,
    KeyChangedElsewhere,
    KnownError,
    NoJournalInFolder,
    NotSyncing,
    SyncFolderNotEmpty,
    SyncFolderTaken,
    SyncStopped,
    WrongPassphrase,
    WrongRecoveryCode,
)
from iop_companion.i18n import translate
from iop_companion.vault import sync_folder
from iop_companion.vault.database import plain_errors
from iop_companion.vault.keys import parse_recovery_code
from iop_companion.vault.slots import SlotFile, open_slot
from iop_companion.vault.sync_folder import FolderKeys, Listing

if TYPE_CHECKING:
    from sqlite_utils import Database

    from iop_companion.vault import Vault

CHANGES_PER_SEGMENT = 1000
Progress = Callable[[int, int], None]  # (segments read, segments there are)


@dataclass(frozen=True)
class SyncStatus:
    """How keeping in step is going, for the window's status and ``sync status``."""

    folder: Path | None  # None: this journal isn't kept in step with a folder
    computers: int  # other computers heard from, not counting forgotten ones
    last_pass_at: datetime | None
    waiting: int  # other computers' segments there that couldn't be read yet
    unsent: int  # changes made here that wait for the next pass


@dataclass(frozen=True)
class PassResult:
    sent: int = 0
    received: int = 0
    waiting: int = 0
    changes: Changes = NOTHING
    went_on: bool = False  # ``start``: the folder held this computer's files; it went on


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class _State:
    computer: str
    folder: str
    clock: str
    next_segment: int


class FolderSync:
    """Keeping one open journal in step with a folder. ``db`` is a connection for this alone."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault  # for the keys, and the key file
        self._db = vault.reader()
        self._keys = vault.folder_keys()
        self._lock = threading.Lock()
        # The folder as the last pass left it: its files, and the key file's size and time.
        self._quiet: tuple[Listing, tuple[int, int] | None] | None = None

    # -- state ----------------------------------------------------------------------------------

    def _state(self) -> _State:
        row = self._db.execute(
            "SELECT computer, folder, clock, next_segment FROM sync_state"
        ).fetchone()
        return _State(row[0], row[1], row[2], int(row[3]))

    @property
    def computer(self) -> str:
        return self._state().computer

    @property
    def folder(self) -> Path | None:
        return folder_in_step(self._db)

    def status(self) -> SyncStatus:
        state = self._state()
        computers = self._db.execute(
            "SELECT count(*) FROM sync_computers WHERE forgotten = 0 AND computer != ?",
            [state.computer],
        ).fetchone()[0]
        unsent = self._db.execute("SELECT count(*) FROM sync_pending").fetchone()[0]
        last = self._db.execute("SELECT last_pass_at FROM sync_state").fetchone()[0]
        passes = [datetime.fromisoformat(last)] if last else []
        passes += [self._quiet_at] if self._quiet_at is not None else []
        return SyncStatus(
            folder=Path(state.folder) if state.folder else None,
            computers=int(computers),
            last_pass_at=max(passes, default=None),
            waiting=self._waiting,
            unsent=int(unsent) if state.folder else 0,
        )

    _waiting = 0
    _quiet_at: datetime | None = None  # the last pass that found nothing new

    # -- choosing a folder ----------------------------------------------------------------------

    def start(self, folder: Path) -> PassResult:
        """Keep this journal in step through ``folder``: an empty folder, or one that keeps this
        same journal in step already (a second computer's, or this one's before). Everything
        this journal holds is written there; the first pass follows."""
        with self._lock:
            folder = folder.absolute()
            listing = _listing(folder)
            if self._key_name not in listing.names:
                self._refuse_others(folder, listing)
                self._write_key_file(folder)
            went_on = self._holds_all_mine(listing)
            if went_on:
                # This computer kept this folder in step before (stopped, or the drive came
                # back under another path): it goes on from where it was, sending only what
                # changed since.
                with plain_errors(), self._db.atomic():
                    self._db.execute("UPDATE sync_state SET folder = ?", [str(folder)])
                self._quiet = None
                sent = 0
            else:
                with plain_errors(), self._db.atomic():  # all of it, or none
                    self._begin(folder, self._state().computer)
                    sent = self._send(folder, listing, self._everything())
        result = self.sync_pass()
        return dataclasses.replace(result, sent=result.sent + sent, went_on=went_on)

    def _holds_all_mine(self, listing: Listing) -> bool:
        """Whether the folder holds this computer's file and every segment it has sent."""
        return all(listing.versions(name) for name in self.own_files())

    def _begin(self, folder: Path, computer: str) -> None:
        """Note ``folder`` as the one this journal is kept in step with, and say in it that
        this computer takes part (the caller holds the transaction)."""
        self._db.execute(
            "UPDATE sync_state SET folder = ?, recording = 1, next_segment = 0", [str(folder)]
        )
        self._db.execute("DELETE FROM sync_computers")
        self._db.execute("INSERT INTO sync_computers(computer) VALUES (?)", [computer])
        self._take_part(folder, computer)

    def _take_part(self, folder: Path, computer: str) -> None:
        """Say in the folder that this computer takes part."""
        sync_folder.write_file(
            folder, self._keys.computer_name(computer), self._keys.seal_computer(computer)
        )
        self._quiet = None

    def join(
        self,
        folder: Path,
        *,
        progress: Progress | None = None,
        stopped: Callable[[], bool] | None = None,
    ) -> PassResult:
        """Build this new journal from the folder's logs: what the journal starts with (the
        program's own categories, quick wins and phrases) comes from there too."""
        with self._lock:
            folder = folder.absolute()
            with plain_errors(), self._db.atomic():
                self._db.execute("UPDATE sync_state SET recording = 0")
                for table in reversed(TABLES):  # what points at a row before that row
                    self._db.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
                self._db.execute("DELETE FROM settings")
                self._db.execute("DELETE FROM sync_pending")
                self._db.execute("UPDATE sync_state SET folder = ?, recording = 1", [str(folder)])
                self._note_key_file_at(folder)
        result = self.sync_pass(progress=progress, stopped=stopped)
        # Only a journal that was built whole takes part (a join that stopped leaves no trace
        # in the folder for the other computers to count).
        with self._lock:
            self._take_part(folder, self._state().computer)
        return result

    @property
    def _key_name(self) -> str:
        return sync_folder.key_file_name(self._keys.vault_id)

    def _write_key_file(self, folder: Path) -> None:
        at = int(self._db.execute("SELECT key_file_at FROM sync_state").fetchone()[0])
        sync_folder.write_file(folder, self._key_name, self._vault.folder_key_file(at))

    def _note_key_file_at(self, folder: Path) -> None:
        """Take the folder's key file as this journal's own (it was opened with it), so the
        first pass doesn't take its slots over the ones this computer chose (the caller holds
        the transaction)."""
        found = self._folder_key_file(folder)
        if found is not None:
            self._db.execute("UPDATE sync_state SET key_file_at = ?", [found.at])

    def _folder_key_file(self, folder: Path) -> sync_folder.FolderKeyFile | None:
        """This journal's key file in the folder; None when it isn't there or not whole."""
        data = sync_folder.read_file(folder, self._key_name)
        return sync_folder.read_key_file(data) if data is not None else None

    def key_file_changed(self) -> None:
        """The passphrase or recovery code changed here: the folder's key file says so next
        (now, when the folder is there), so a new computer joins with the new one and the
        others take it up."""
        with self._lock:
            with plain_errors(), self._db.atomic():
                self._db.execute("UPDATE sync_state SET key_file_at = ?", [_now_ms()])
            folder = self.folder
            if folder is not None and folder.is_dir():
                with contextlib.suppress(KnownError):  # the next pass writes it
                    self._write_key_file_if_ours(folder)
            self._quiet = None

    def _write_key_file_if_ours(self, folder: Path) -> None:
        """Write this journal's key file over the folder's, unless the folder's no longer
        opens this journal (another computer made a new key: the next pass says so, and the
        new key file must stay for the others)."""
        found = self._folder_key_file(folder)
        if found is None or self._vault.opens_with_folder_key_file(found):
            self._write_key_file(folder)

    def _keep_key_file(self, folder: Path, listing: Listing) -> None:
        """Bring the folder's key file and this journal's in step: the later change of the
        passphrase or recovery code wins. One that no longer opens this journal means
        another computer changed the journal's key (``KeyChangedElsewhere``)."""
        data = (
            sync_folder.read_file(folder, self._key_name)
            if self._key_name in listing.names
            else None
        )
        found = sync_folder.read_key_file(data) if data is not None else None
        mine = int(self._db.execute("SELECT key_file_at FROM sync_state").fetchone()[0])
        if found is None:
            if data is None:  # gone: this journal's copy goes back
                self._write_key_file(folder)
            return  # not whole yet (still being copied): a later pass reads it
        if not self._vault.opens_with_folder_key_file(found):
            raise KeyChangedElsewhere()
        if found.at > mine:
            self._vault.share_slots(found)
            with plain_errors(), self._db.atomic():
                self._db.execute("UPDATE sync_state SET key_file_at = ?", [found.at])
        elif found.at < mine:
            self._write_key_file(folder)

    def own_files(self) -> list[str]:
        """The names of this computer's files in the folder (its computer file and segments),
        under the keys in use now."""
        state = self._state()
        names = [self._keys.computer_name(state.computer)]
        names += [self._keys.segment_name(state.computer, n) for n in range(state.next_segment)]
        return names

    def start_again(
        self, folder: Path, old_files: list[str], *, key_changed_here: bool
    ) -> PassResult:
        """After the journal's key changed (here, or on another computer and taken up here;
        ``key_changed_here`` also when a passphrase was chosen here for the key taken up):
        this computer's files under the old key (``old_files``) go, and it writes everything
        again under the new key as a computer new to the folder. The other computers' files
        under the old key stay (they are theirs): each one writes its own again once it has
        the new key, and one that never does (a computer forgotten) can't read anything new."""
        with self._lock:
            for name in old_files:
                with contextlib.suppress(KnownError):
                    for version in [name, *sync_folder.list_folder(folder).copies.get(name, ())]:
                        sync_folder.remove_file(folder, version)
            with plain_errors(), self._db.atomic():
                self._db.execute(
                    "UPDATE sync_state SET computer = ?", [sync_folder.new_computer_id()]
                )
                if key_changed_here:
                    self._db.execute("UPDATE sync_state SET key_file_at = ?", [_now_ms()])
                    self._write_key_file(folder)
                else:
                    self._note_key_file_at(folder)
                listing = _listing(folder)
                self._begin(folder, self._state().computer)
                sent = self._send(folder, listing, self._everything())
        result = self.sync_pass()
        return dataclasses.replace(result, sent=result.sent + sent)

    def _refuse_others(self, folder: Path, listing: Listing) -> None:
        """Refuse a folder with files that aren't this journal's (another journal's above all)."""
        for name in sorted(listing.names):
            data = sync_folder.read_file(folder, name)
            if data is not None and sync_folder.read_key_file(data) is not None:
                raise SyncFolderTaken()
        if listing.names or listing.copies or listing.others:
            raise SyncFolderNotEmpty()

    def stop(self) -> None:
        """Stop keeping in step: the folder is left as it is, for the other computers. Changes
        made from now on are still noted, so choosing the folder again sends them."""
        with self._lock, plain_errors(), self._db.atomic():
            self._db.execute("UPDATE sync_state SET folder = ''")
            self._quiet = None

    def forget(self, computer: str) -> None:
        """Stop reading ``computer``'s changes (a computer that's gone). Its files stay."""
        with self._lock, plain_errors(), self._db.atomic():
            self._db.execute(
                "UPDATE sync_computers SET forgotten = 1 WHERE computer = ?", [computer]
            )

    def computers(self) -> list[tuple[str, datetime | None]]:
        """The other computers heard from (not forgotten), each with when it was last heard."""
        rows = self._db.execute(
            "SELECT computer, last_heard_at FROM sync_computers "
            "WHERE forgotten = 0 AND computer != ? ORDER BY computer",
            [self.computer],
        ).fetchall()
        return [(c, datetime.fromisoformat(at) if at else None) for c, at in rows]

    def _everything(self) -> list[SyncChange]:
        """Every row and deletion this journal holds, each with the clock it has (a new one
        for a row not sent before, or changed since): for a folder that doesn't have them."""
        with plain_errors(), self._db.atomic():
            state = self._state()
            held = dict(self._db.execute("SELECT key, clock FROM sync_clocks").fetchall())
            pending = {k for (k,) in self._db.execute("SELECT key FROM sync_pending").fetchall()}
            last, now = state.clock, _now_ms()
            changes = []
            keys = list(every_key(self._db))
            gone = [k for (k,) in self._db.execute("SELECT key FROM sync_clocks WHERE gone = 1")]
            for key in [*keys, *gone]:
                body = read_body(self._db, key)
                at = held.get(key)
                if at is None or key in pending:
                    last = next_clock(last, now, state.computer)
                    at = last
                    hold(self._db, key, at, gone=body is None)
                changes.append(SyncChange(key, at, body))
            self._db.execute("DELETE FROM sync_pending")
            self._db.execute("UPDATE sync_state SET clock = ?", [last])
        return changes

    # -- a pass ----------------------------------------------------------------------------------

    def sync_pass(
        self, *, progress: Progress | None = None, stopped: Callable[[], bool] | None = None
    ) -> PassResult:
        """Send what changed here and take in what changed on the other computers."""
        with self._lock:
            state = self._state()
            if not state.folder:
                raise NotSyncing()
            folder = Path(state.folder)
            listing = _listing(folder)
            unsent = self._db.execute("SELECT count(*) FROM sync_pending").fetchone()[0]
            key_file = _size_and_time(folder / self._key_name)
            if self._quiet == (listing, key_file) and not unsent and not self._waiting:
                # Nothing new on either side. (A file that couldn't be read yet may be whole
                # now under the same name: then every pass reads again.) Noted in memory
                # only, so a quiet pass writes nothing.
                self._quiet_at = datetime.now(UTC)
                return PassResult()
            self._keep_key_file(folder, listing)
            applier = Applier(self._db)
            received = self._read_own(folder, listing, applier)
            with plain_errors(), self._db.atomic():  # noted as sent once written
                sent = self._send(folder, listing, self._take_pending())
            listing = _listing(folder) if sent else listing
            received += self._read_others(folder, listing, applier, progress, stopped)
            self._clean_own_copies(folder, listing)
            with plain_errors(), self._db.atomic():
                self._db.execute(
                    "UPDATE sync_state SET last_pass_at = ?", [datetime.now(UTC).isoformat()]
                )
            self._quiet = (listing, _size_and_time(folder / self._key_name))
            changes = Changes()
            if received:
                at = datetime.now(UTC).astimezone()
                changes = Changes(
                    parts=frozenset(applier.parts),
                    reload=True,
                    records=(Record("sync.received", "journal", at),),
                )
            return PassResult(sent, received, self._waiting, changes)

    def _take_pending(self) -> list[SyncChange]:
        """The changes noted here, with clocks (the caller's transaction notes them as sent)."""
        state = self._state()
        changes, _ = take_pending(self._db, state.computer, state.clock)
        return changes

    def _send(self, folder: Path, listing: Listing, changes: list[SyncChange]) -> int:
        """Write ``changes`` as this computer's next segments, each one whole, then note how
        many there are. Writing that fails leaves everything noted as it was (in the caller's
        transaction): segments already written are read back by the next pass (``_read_own``)
        and the changes are sent again."""
        if not changes:
            return 0
        state = self._state()
        number = state.next_segment
        last = state.clock
        for start in range(0, len(changes), CHANGES_PER_SEGMENT):
            part = changes[start : start + CHANGES_PER_SEGMENT]
            name = self._keys.segment_name(state.computer, number)
            while name in listing.names:  # a number used before this journal's last note
                number += 1
                name = self._keys.segment_name(state.computer, number)
            document = {
                "changes": [[c.key, c.clock, c.body] for c in part],
            }
            sync_folder.write_file(
                folder, name, self._keys.seal_segment(state.computer, number, document)
            )
            number += 1
            last = max(last, *(c.clock for c in part))
        with plain_errors(), self._db.atomic():
            self._db.execute(
                "UPDATE sync_state SET next_segment = ?, clock = max(clock, ?)", [number, last]
            )
        return len(changes)

    def _segments(
        self, folder: Path, listing: Listing, computer: str, first: int
    ) -> Iterator[tuple[int, list[SyncChange] | None]]:
        """``computer``'s segments from number ``first`` on, in order, while they are there:
        each one's changes, or None for one that can't be read yet (and then no more)."""
        number = first
        while True:
            name = self._keys.segment_name(computer, number)
            versions = listing.versions(name)
            if not versions:
                return
            changes = None
            for version in versions:
                data = sync_folder.read_file(folder, version)
                document = (
                    self._keys.open_segment(computer, number, data) if data is not None else None
                )
                changes = _changes_in(document)
                if changes is not None:
                    break
            yield number, changes
            if changes is None:
                return
            number += 1

    def _take_in(
        self, applier: Applier, changes: list[SyncChange], done: Callable[[], None]
    ) -> int:
        """Apply one segment's changes, with recording off, in one transaction with ``done``."""
        state = self._state()
        taken = 0
        with plain_errors(), self._db.atomic():
            self._db.execute("UPDATE sync_state SET recording = 0")
            seen = state.clock
            for change in changes:
                if applier.apply(change):
                    taken += 1
                seen = max(seen, change.clock)
            done()
            self._db.execute("UPDATE sync_state SET recording = 1, clock = max(clock, ?)", [seen])
        return taken

    def _read_own(self, folder: Path, listing: Listing, applier: Applier) -> int:
        state = self._state()
        received = 0
        for number, changes in self._segments(folder, listing, state.computer, state.next_segment):
            if changes is None:
                break

            def noted(n: int = number) -> None:
                self._db.execute("UPDATE sync_state SET next_segment = ?", [n + 1])

            received += self._take_in(applier, changes, noted)
        return received

    def _read_others(
        self,
        folder: Path,
        listing: Listing,
        applier: Applier,
        progress: Progress | None,
        stopped: Callable[[], bool] | None,
    ) -> int:
        state = self._state()
        self._discover(folder, listing, state.computer)
        rows = self._db.execute(
            "SELECT computer, next_segment FROM sync_computers "
            "WHERE forgotten = 0 AND computer != ?",
            [state.computer],
        ).fetchall()
        total = sum(_count_from(listing, self._keys, computer, first) for computer, first in rows)
        read = received = waiting = 0
        for computer, first in rows:
            for number, changes in self._segments(folder, listing, computer, first):
                if changes is None:
                    waiting += 1
                    break
                if stopped is not None and stopped():
                    raise SyncStopped()

                def noted(c: str = computer, n: int = number) -> None:
                    self._db.execute(
                        "UPDATE sync_computers SET next_segment = ?, last_heard_at = ? "
                        "WHERE computer = ?",
                        [n + 1, datetime.now(UTC).isoformat(), c],
                    )

                received += self._take_in(applier, changes, noted)
                read += 1
                if progress is not None:
                    progress(read, total)
        self._waiting = waiting
        return received

    def _discover(self, folder: Path, listing: Listing, me: str) -> None:
        """Note the computers whose computer files are in the folder and not known yet."""
        known = {c for (c,) in self._db.execute("SELECT computer FROM sync_computers")}
        names = {self._keys.computer_name(c) for c in known}
        for name in sorted(listing.names - names - {self._key_name}):
            found = _size_and_time(folder / name)
            if found is None or found[0] != COMPUTER_FILE_BYTES:
                continue  # not a computer file (a segment): not read through to find out
            data = sync_folder.read_file(folder, name)
            if data is None or len(data) != COMPUTER_FILE_BYTES:
                continue
            computer = self._keys.open_computer(name, data)
            if computer is not None and computer not in known:
                with plain_errors(), self._db.atomic():
                    self._db.execute(
                        "INSERT OR IGNORE INTO sync_computers(computer) VALUES (?)", [computer]
                    )
                known.add(computer)

    def _clean_own_copies(self, folder: Path, listing: Listing) -> None:
        """Remove sync tools' conflict copies of this computer's files once they are read (a
        segment's copy holds the same changes as the segment, which has been read)."""
        mine = set(self.own_files())
        for name, copies in listing.copies.items():
            if name in mine and name in listing.names:
                for copy in copies:
                    with contextlib.suppress(KnownError):
                        sync_folder.remove_file(folder, copy)


COMPUTER_FILE_BYTES = 4096 + 12 + 16  # a padded step, the nonce and the tag


def _count_from(listing: Listing, keys: FolderKeys, computer: str, first: int) -> int:
    number = first
    while listing.versions(keys.segment_name(computer, number)):
        number += 1
    return number - first


def folder_in_step(db: Database) -> Path | None:
    """The folder that keeps the journal on ``db`` in step, if there is one."""
    folder = db.execute("SELECT folder FROM sync_state").fetchone()[0]
    return Path(folder) if folder else None


def _size_and_time(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


def _listing(folder: Path) -> Listing:
    if not folder.is_dir():
        raise FolderUnavailable(
            translate(
                "sync",
                "The folder that keeps this journal in step isn't there. Connect the drive it is "
                "on; if it moved, stop keeping in step and choose it where it is now.",
            )
        )
    return sync_folder.list_folder(folder)


def _changes_in(document: Any) -> list[SyncChange] | None:
    """The changes a segment holds; None for a document that isn't one. A change this version
    doesn't know (a newer version's) is passed over."""
    if not isinstance(document, dict) or not isinstance(document.get("changes"), list):
        return None
    changes = []
    for item in document["changes"]:
        if not (isinstance(item, list) and len(item) == 3):
            continue
        key, at, body = item
        if is_key(key) and is_clock(at) and (body is None or isinstance(body, dict)):
            changes.append(SyncChange(key, at, body))
    return changes


def sync_key_file(
    folder: Path, typed: str, new_passphrase: bool, *, vault_id: str | None = None
) -> tuple[SlotFile, bytes]:
    """The key file in a folder that keeps a journal in step, and the data key ``typed`` (the
    passphrase, or the recovery code: then only with a ``new_passphrase``) opens in it. A
    folder may hold another journal's key file too (copied in): each is tried, or only that of
    the journal ``vault_id``. Slow: Argon2id."""
    listing = _listing(folder.absolute())
    names = [sync_folder.key_file_name(vault_id)] if vault_id else sorted(listing.names)
    found = []
    for name in names:
        if name not in listing.names:
            continue
        data = sync_folder.read_file(folder, name)
        key_file = sync_folder.read_key_file(data) if data is not None else None
        if key_file is not None and sync_folder.key_file_name(key_file.slots.vault_id) == name:
            found.append(key_file.slots)
    if not found:
        raise NoJournalInFolder()
    for slots in found:
        data_key = open_slot(slots, "passphrase", typed)
        if data_key is not None:
            return slots, data_key
    try:
        code = parse_recovery_code(typed)
    except KnownError:
        raise WrongPassphrase() from None
    for slots in found:
        data_key = open_slot(slots, "recovery", code)
        if data_key is not None:
            if not new_passphrase:
                raise CodeNeedsPassphrase()
            return slots, data_key
    raise WrongRecoveryCode()
