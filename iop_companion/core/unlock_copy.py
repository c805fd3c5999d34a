"""The copy of "My plan for hard times" that the locked app can read, kept only by the person's
choice (off by default): a plain, owner-only text file in the journal's folder, beside the
encrypted database but never part of it.

It is the one thing the app keeps unencrypted, so it holds exactly
``NotebookService.unlock_screen_text()`` (the plan's parts and the program's number) and
nothing else: no entry, no date, no name of the app. ``keep`` writes it while that text has
something in it and removes it at once when it is "" (the choice turned off, or nothing left
to show). ``read`` is for the locked app: "" when there is no copy, or something other than a
small text file is in its place.

Backups, restores and exports never take it: they copy the journal's own files by name
(``vault/layout``), and this isn't one of them; a restore removes it (the journal put back
says at its next opening whether it wants one). ``OpenJournal.keep_unlock_copy`` writes it:
the desktop app after every change to the plan, the program's number or the choice, and
every ``OpenJournal.lock``, so the command line keeps it in step too. A copy that can't be
written or removed is emptied rather than left saying what it said.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from iop_companion.errors import KnownError
from iop_companion.vault.files import raise_for_os_error, read_small, replace_whole
from iop_companion.vault.layout import UNLOCK_COPY_NAME

# Far more than the longest plan (five parts of 2,000 characters, 20 people, the number), in
# UTF-8's widest letters; a larger file was not written by the app and is not shown.
MOST_BYTES = 256 * 1024


def copy_path(folder: Path) -> Path:
    """Where the copy lives: in the journal's folder."""
    return folder / UNLOCK_COPY_NAME


def read(folder: Path) -> str:
    """The copy's text, for the locked app; "" when there is none to show."""
    try:
        data = read_small(copy_path(folder), MOST_BYTES)
    except OSError:
        return ""
    if data is None:
        return ""
    return data.decode("utf-8", errors="replace").strip()


def keep(folder: Path, text: str) -> bool:
    """Make the copy say ``text``, or remove it when ``text`` is "". True if the file changed.

    Owner-only, and replaced whole (a crash leaves the old copy or the new one). A disk
    problem is a ``KnownError`` (``DiskFull``, ``FolderUnavailable``...)."""
    path = copy_path(folder)
    if not text.strip():
        return remove(folder)
    data = text.encode("utf-8")
    with contextlib.suppress(OSError):
        if read_small(path, MOST_BYTES) == data and _owner_only(path):
            return False
    try:
        replace_whole(path, data)
    except OSError as exc:
        # The old copy must not stay readable in its place (it may hold a number the person
        # just took out): gone, or emptied, before the problem is said.
        with contextlib.suppress(KnownError):
            remove(folder)
        raise_for_os_error(exc)
    return True


def remove(folder: Path) -> bool:
    """No copy any more (and no temp file a crash left). True if there was one."""
    path = copy_path(folder)
    with contextlib.suppress(OSError):
        (folder / f".{path.name}.tmp").unlink(missing_ok=True)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        try:  # a folder that won't let the file go (read-only): an empty copy shows nothing
            with open(path, "r+b") as handle:
                handle.truncate(0)
                os.fsync(handle.fileno())
        except OSError:
            raise_for_os_error(exc)
    return True


def _owner_only(path: Path) -> bool:
    if os.name != "posix":
        return True
    return os.stat(path).st_mode & 0o077 == 0
