"""Owner-only folders and atomic file replacement."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from iop_companion.errors import DiskFull, DiskProblem, FolderUnavailable, NotAFile

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the owner only."""
    try:
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        os.chmod(path, PRIVATE_DIR)
    except FileExistsError:  # not a folder in the way: a file, or a link that points nowhere
        raise FolderUnavailable() from None
    except OSError as exc:
        raise_for_os_error(exc)
    if not os.access(path, os.W_OK | os.X_OK):
        raise FolderUnavailable()


def raise_for_os_error(exc: OSError) -> None:
    """Turn a disk problem into a ``KnownError``; re-raise anything else."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        raise DiskFull() from None
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOTDIR):
        raise FolderUnavailable() from None
    if exc.errno == errno.ELOOP:  # links that point at each other: there is no folder to use
        raise FolderUnavailable() from None
    if exc.errno in (errno.EIO, errno.ENXIO, errno.ENODEV, errno.ESTALE):
        raise DiskProblem() from None  # a failing or unplugged drive, not a bug
    raise exc


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to a new owner-only file and flush it to disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_replace(
    path: Path,
    data: bytes,
    *,
    keep_previous: Path | None = None,
    previous_as: bytes | None = None,
) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, whole.

    Temp file in the same folder, fsync, optional copy of the previous file (``previous_as``,
    when given, is what to keep instead of its bytes as they are), ``os.replace``, fsync of the
    folder.
    """
    folder = path.parent
    tmp = folder / f".{path.name}.tmp"
    backup_tmp = folder / f".{keep_previous.name}.tmp" if keep_previous is not None else None
    try:
        write_private(tmp, data)
        if keep_previous is not None and backup_tmp is not None and path.exists():
            write_private(backup_tmp, path.read_bytes() if previous_as is None else previous_as)
            os.replace(backup_tmp, keep_previous)
        os.replace(tmp, path)
    except OSError as exc:
        for leftover in (tmp, backup_tmp):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
        raise_for_os_error(exc)
    # The new file is in place; a failed folder fsync only means the rename may not be durable
    # yet, and telling the person "nothing changed" would be wrong.
    with contextlib.suppress(OSError):
        fsync_dir(folder)


def open_regular(path: Path, flags: int = os.O_RDONLY, mode: int = PRIVATE_FILE) -> int:
    """An fd on ``path`` (``os.open`` with ``flags``), once it is known to be a regular file.

    Opened with ``O_NONBLOCK``, so a pipe in its place (even one swapped in after a path check)
    can't make the open wait for a writer; then ``fstat`` on the open fd decides, so nothing can
    change between the check and the read. ``NotAFile`` for a pipe, a device, a socket or a
    folder (the fd closed); ``O_NONBLOCK`` is cleared again for the normal reads and writes that
    follow. Other ``OSError``s as ``os.open`` raises them (``FileNotFoundError``...).
    """
    try:
        fd = os.open(path, flags | _NONBLOCK | _BINARY, mode)
    except OSError as exc:
        # A socket (or a pipe opened for writing with no reader) can't be opened, nor a
        # folder for writing.
        if exc.errno in (errno.ENXIO, errno.EISDIR):
            raise NotAFile() from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAFile()
        if _NONBLOCK:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


@contextlib.contextmanager
def reading(path: Path) -> Iterator[BinaryIO]:
    """``path`` open for reading in binary, as ``open(path, "rb")`` but never a pipe, a device or
    a folder (``NotAFile``, see ``open_regular``)."""
    fd = open_regular(path)
    try:
        handle = open(fd, "rb")  # noqa: SIM115 (closed by the with below)
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


def read_small(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file of at most ``limit`` bytes; None when ``path`` is something
    else (a folder, a pipe, a device) or larger. Never blocks on a pipe and never reads more than
    ``limit`` + 1 bytes. ``OSError`` as ``open`` raises it (``FileNotFoundError``...)."""
    try:
        with reading(path) as handle:
            data = handle.read(limit + 1)
    except NotAFile:
        return None
    return data if len(data) <= limit else None
