"""Replace a journal's database and key file together, so a crash leaves the old or the new one.

Restoring a backup and rotating the data key both replace two files that only work as a pair:
``journal.db`` and ``keyslots.json``. No file system renames two files at once, so the change is
staged in a hidden folder, ``.swap``, inside the journal folder, and logged there:

1. ``begin``: ``.swap/new/`` and an empty ``.swap/old/`` are made. The caller writes the new
   ``journal.db``, ``keyslots.json`` and ``keyslots.json.bak`` into ``new/`` and fsyncs them.
2. ``commit`` writes ``.swap/ready`` (atomically). It says what becomes of the old files.
3. The old files (database, its -wal and -shm, the key file and its copy, the seal) move into
   ``old/``. The new journal has no seal yet: it can't be "older than the last one closed", and
   its first lock seals it (see ``seal``).
4. The new files move from ``new/`` into the journal folder.
5. ``.swap/done`` is written.
6. The old files go where ``ready`` said (kept as a backup, or deleted), ``ready`` is removed,
   then the rest of ``.swap``.

Every step is a rename or a new file, each followed by an fsync of its folder. ``settle`` runs
before a journal is opened and puts things right after a crash:

- ``done`` and ``ready``: the new journal is in place; step 6 is finished.
- ``done`` alone: step 6 was nearly finished; ``.swap`` is removed.
- ``ready`` alone: every file goes back (new ones into ``new/``, old ones home), so the old
  journal is there whole, as if nothing had happened. The undo is itself safe to cut short.
- neither: nothing in the journal folder had changed yet; ``.swap`` is removed.

A journal that is open holds a shared ``flock`` on its folder, and a swap holds an exclusive one:
a swap never runs under another window that has the journal open, and no window opens a journal
halfway through a swap. (POSIX only; elsewhere nothing is locked.)
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from iop_companion.errors import JournalBusy, KnownError
from iop_companion.vault import files
from iop_companion.vault.layout import (
    BACKUPS_DIR,
    DB_NAME,
    SCRATCH_PREFIX,
    SEAL_NAME,
    SHM_NAME,
    SLOTS_BACKUP_NAME,
    SLOTS_NAME,
    SWAP_DIR,
    WAL_NAME,
)

try:
    import fcntl
except ImportError:  # Windows: no flock
    fcntl = None  # type: ignore[assignment]

READY = "ready"
DONE = "done"
NEW = "new"
OLD = "old"
# Old files move aside in this order; new ones move in in the next. The database goes last, so
# until it is in place the old key file is never beside the new database for long.
SET_ASIDE = (DB_NAME, WAL_NAME, SHM_NAME, SLOTS_NAME, SLOTS_BACKUP_NAME, SEAL_NAME)
INSTALLED = (SLOTS_NAME, SLOTS_BACKUP_NAME, DB_NAME)


class FolderLock:
    """An advisory lock on the journal folder: shared while open, exclusive while swapping.

    ``flock`` locks belong to the open file, so the operating system drops them when the process
    dies: a crash never leaves the journal locked.
    """

    def __init__(self, folder: Path) -> None:
        self._fd: int | None = None
        self._how = 0  # the lock held now: 0, LOCK_SH or LOCK_EX
        if fcntl is None:
            return
        with contextlib.suppress(OSError):  # a folder we can't open can't be swapped either
            self._fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))

    @property
    def held(self) -> bool:
        """Whether this lock really excludes other processes (false where there's no flock)."""
        return self._fd is not None

    def _take(self, how: int) -> None:
        if self._fd is None:
            return
        try:
            fcntl.flock(self._fd, how | fcntl.LOCK_NB)
        except BlockingIOError:
            # A refused conversion may have dropped the lock held before (flock(2)): take it
            # again, so an open journal stays protected.
            if self._how:
                with contextlib.suppress(OSError):
                    fcntl.flock(self._fd, self._how | fcntl.LOCK_NB)
            raise JournalBusy() from None
        self._how = how

    def shared(self) -> None:
        """Held by an open journal. ``JournalBusy`` while another process swaps its files."""
        if fcntl is not None:
            self._take(fcntl.LOCK_SH)

    def exclusive(self) -> None:
        """Held while swapping. ``JournalBusy`` while any other window has the journal open."""
        if fcntl is not None:
            self._take(fcntl.LOCK_EX)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None
            self._how = 0


def in_progress(folder: Path) -> bool:
    """Whether a swap was cut short after the old files may have moved (``settle`` finishes it)."""
    swap = folder / SWAP_DIR
    return (swap / READY).exists() or (swap / DONE).exists()


def settle(folder: Path) -> None:
    """Finish or undo a swap a crash cut short, and remove what a cut-short backup left.

    ``JournalBusy`` when another process is in the middle of a swap right now.
    """
    swap = folder / SWAP_DIR
    leftovers = _scratch_leftovers(folder)
    if not swap.exists() and not leftovers:
        return
    lock = FolderLock(folder)
    try:
        try:
            lock.exclusive()
        except JournalBusy:
            if swap.exists():
                raise
            return  # a backup in progress in a window that has the journal open
        settle_locked(folder)
        if lock.held:  # nobody has the journal open, so nobody is making a backup of it
            for path in leftovers:
                _remove(path)
    except OSError as exc:
        files.raise_for_os_error(exc)
    finally:
        lock.release()


def settle_locked(folder: Path) -> None:
    """``settle`` for a caller that holds the exclusive lock."""
    swap = folder / SWAP_DIR
    if not swap.exists():
        return
    if (swap / DONE).exists():
        if (swap / READY).exists():
            _finish(folder, swap)
    elif (swap / READY).exists():
        _roll_back(folder, swap)
        os.unlink(swap / READY)  # from here on, removing the rest can't undo anything
        files.fsync_dir(swap)
    shutil.rmtree(swap)
    files.fsync_dir(folder)


def begin(folder: Path) -> Path:
    """Make ``.swap/new`` and ``.swap/old`` (after settling an old swap); returns ``new``.

    The caller holds the exclusive lock, fills ``new`` with the three files of ``INSTALLED``
    (fsynced), then calls ``commit``, or ``abandon`` if anything goes wrong before it.
    """
    swap = folder / SWAP_DIR
    try:
        settle_locked(folder)
        os.mkdir(swap, files.PRIVATE_DIR)
        os.mkdir(swap / NEW, files.PRIVATE_DIR)
        os.mkdir(swap / OLD, files.PRIVATE_DIR)
    except OSError as exc:
        abandon(folder)
        files.raise_for_os_error(exc)
    return swap / NEW


def abandon(folder: Path) -> None:
    """Remove a swap that was never committed (best effort: ``settle`` removes it later)."""
    swap = folder / SWAP_DIR
    if not (swap / READY).exists():
        shutil.rmtree(swap, ignore_errors=True)


def commit(folder: Path, *, keep_old_as: str | None) -> None:
    """Move the staged files in and the old ones out; keep the old ones at ``keep_old_as``
    (a folder name relative to the journal folder) or delete them when it is None.

    A disk error undoes the swap before it is reported (the old journal is back, whole); when even
    that can't be done, the next ``settle`` does it.
    """
    swap = folder / SWAP_DIR
    new, old = swap / NEW, swap / OLD
    missing = [name for name in INSTALLED if not (new / name).is_file()]
    if missing:
        raise RuntimeError(f"nothing staged for {missing}")
    try:
        for name in INSTALLED:
            _fsync_file(new / name)
        files.fsync_dir(new)
        # Every step after this one relies on ``ready`` being on disk, its folder entry included.
        ready = json.dumps({"keep_old_as": keep_old_as}).encode()
        files.replace_whole(swap / READY, ready, must_sync_folder=True)
        for name in SET_ASIDE:
            if (folder / name).exists():
                os.replace(folder / name, old / name)
        files.fsync_dir(old)
        for name in INSTALLED:
            os.replace(new / name, folder / name)
        files.fsync_dir(folder)
        files.replace_whole(swap / DONE, b"{}")  # the switch: from here on, it's done
    except (OSError, KnownError) as error:
        with contextlib.suppress(OSError, KnownError):
            settle_locked(folder)  # the old journal back, whole; else the next open does it
        if isinstance(error, OSError):
            files.raise_for_os_error(error)
        raise
    # Done, so nothing after this is reported: a disk error here leaves ``.swap`` for the next
    # ``settle``. Until ``done`` is known to be on disk (``replace_whole`` doesn't say whether its
    # folder fsync worked), the old files stay where they are.
    try:
        files.fsync_dir(swap)
        _finish(folder, swap)
        shutil.rmtree(swap)
        files.fsync_dir(folder)
    except (OSError, KnownError):
        pass


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _roll_back(folder: Path, swap: Path) -> None:
    new, old = swap / NEW, swap / OLD
    # A staged file missing from ``new`` was moved in: it goes back first.
    for name in reversed(INSTALLED):
        if not (new / name).exists() and (folder / name).exists():
            os.replace(folder / name, new / name)
    for name in SET_ASIDE:
        if (old / name).exists():
            os.replace(old / name, folder / name)
    files.fsync_dir(folder)


def _finish(folder: Path, swap: Path) -> None:
    """Step 6: the old files to where ``ready`` says, then ``ready`` goes."""
    old = swap / OLD
    try:
        keep = json.loads((swap / READY).read_text(encoding="utf-8"))["keep_old_as"]
    except (ValueError, KeyError, TypeError):
        keep = f"{BACKUPS_DIR}/before-swap"  # never seen: ``ready`` is written atomically
    if old.exists() and any(old.iterdir()):
        if keep:
            target = folder / keep
            files.ensure_private_dir(target.parent)
            if target.exists():
                target = target.with_name(f"{target.name}-{os.urandom(3).hex()}")
            os.replace(old, target)
            files.fsync_dir(target.parent)
        else:
            shutil.rmtree(old)
    os.unlink(swap / READY)
    files.fsync_dir(swap)


def _scratch_leftovers(folder: Path) -> list[Path]:
    """Temporary copies a backup cut short left behind (encrypted, but they take space)."""
    found: list[Path] = []
    with contextlib.suppress(OSError):
        found += [p for p in folder.iterdir() if p.name.startswith(SCRATCH_PREFIX)]
    with contextlib.suppress(OSError):
        found += [
            p
            for p in (folder / BACKUPS_DIR).iterdir()
            if p.name.startswith(".") and p.name.endswith(".tmp")
        ]
    return found


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
