"""Files the person asked for (exports, summaries, backups, imports): owner-only, whole or not
at all, and never a pipe, a device or one of the journal's own files.

``check_open_path`` and ``check_save_path`` are the checks for a path a person typed or chose in
a file dialog, before anything reads or writes it, so a dialog can refuse at once. They need no
Qt and no open journal. They don't make reading safe on their own (the path can change after
them): every reader opens through ``vault.files.open_regular``, which refuses a pipe or a device
on the open file itself.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

from iop_companion.errors import DiskFull, FileNotWritten, NotAFile, SavesOverJournal
from iop_companion.vault.files import replace_whole
from iop_companion.vault.layout import BACKUPS_DIR

T = TypeVar("T")


def write_whole(target: Path, write: Callable[[IO[bytes]], T]) -> T:
    """Run ``write`` on a temp file beside ``target`` (0600), then rename it into place: the
    vault's one file replacer (``vault.files.replace_whole``: fsync of the file and its folder).

    A failure or a stop part-way leaves no file, and an old file by that name is replaced
    whole with owner-only permissions."""
    try:
        return replace_whole(target, write, temp=target.with_name(f".{target.name}.part"))
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull() from None
        raise FileNotWritten() from None


def with_ending(path: Path, ending: str) -> Path:
    """``path``, ending in ``.ending`` (a name typed without it, or with another, gets it)."""
    return path if path.suffix.lower() == f".{ending}" else path.with_suffix(f".{ending}")


def check_open_path(path: Path, *, folder_ok: bool = False) -> Path:
    """``path`` with its links and ``..`` resolved, once it is a file to read (or a folder, with
    ``folder_ok``).

    Raises ``NotAFile`` for a pipe, a device, a socket, a folder (unless ``folder_ok``) or a loop
    of links: reading one could wait forever. A path that isn't there, or can't be looked at,
    passes: the reader says so in its own words.
    """
    resolved = _resolved(path)
    _refuse_odd_kinds(resolved, folder_ok=folder_ok)
    return resolved


def check_save_path(
    path: Path, journal_folder: Path, *, folder_ok: bool = False, backups_ok: bool = False
) -> Path:
    """``path`` with its links and ``..`` resolved, once a file may be written there: write to
    what it returns, so that a link to a file replaces the file, not the link.

    Raises ``NotAFile`` as ``check_open_path`` does (a pipe or a device is never replaced), and
    ``SavesOverJournal`` when the file would be ``journal_folder`` (the folder holding
    ``journal.db``) or inside it, or another name (a hard link) for one of the files in it. With
    ``backups_ok`` the journal's own backups folder is allowed, as ``backup`` uses it.
    """
    resolved = _resolved(path)
    _refuse_odd_kinds(resolved, folder_ok=folder_ok)
    journal = _identity(journal_folder)
    if journal is None:
        return resolved  # no journal folder there: nothing of it to overwrite
    backups = _identity(journal_folder / BACKUPS_DIR)
    for place in (resolved, *resolved.parents):  # compared as files, so case and mounts agree
        here = _identity(place)
        if here is not None and here == backups and backups_ok:
            break
        if here is not None and here == journal:
            raise SavesOverJournal()
    if _is_a_second_name(resolved, journal_folder, skip_backups=backups_ok):
        raise SavesOverJournal()
    return resolved


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _refuse_odd_kinds(path: Path, *, folder_ok: bool) -> None:
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotAFile() from None
        return
    if not (stat.S_ISREG(mode) or (folder_ok and stat.S_ISDIR(mode))):
        raise NotAFile()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _is_a_second_name(path: Path, journal_folder: Path, *, skip_backups: bool) -> bool:
    """Whether ``path`` is a hard link to a file in ``journal_folder`` (a few files: cheap)."""
    try:
        found = os.stat(path)
    except OSError:
        return False
    if not stat.S_ISREG(found.st_mode) or found.st_nlink < 2:
        return False
    target = (found.st_dev, found.st_ino)
    for folder, subfolders, names in os.walk(journal_folder):
        if skip_backups and Path(folder) == journal_folder:
            subfolders[:] = [name for name in subfolders if name != BACKUPS_DIR]
        if any(_identity(Path(folder, name)) == target for name in names):
            return True
    return False
