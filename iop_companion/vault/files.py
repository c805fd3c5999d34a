"""Owner-only folders and files, and the one way a file is replaced whole.

``write_private`` writes a file's bytes owner-only and flushes them to disk (files staged for a
swap, the empty file SQLite then fills, a backup unpacked). ``replace_whole`` replaces a file so
that a crash leaves the old one or the new one (temp file beside it, fsync, rename, fsync of the
folder), and is the only code that does: for the key file, the swap's markers, backups, and the
exports, summaries, charts and recovery codes a person saves (``export.files.write_whole``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar, overload

from iop_companion.errors import DiskFull, DiskProblem, FolderUnavailable, NotAFile

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation

T = TypeVar("T")
Content = bytes | Callable[[BinaryIO], T]
"""What a file is written with: its bytes, or a function that writes them into the open file
(and whose result the writer returns)."""  # words: not for translation (a docstring)


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


@overload
def write_private(path: Path, data: bytes, *, new: bool = False) -> None: ...
@overload
def write_private(path: Path, data: Callable[[BinaryIO], T], *, new: bool = False) -> T: ...
def write_private(path: Path, data: Content[T], *, new: bool = False) -> T | None:
    """Write ``data`` to an owner-only file and flush it to disk (the file, not yet its folder).

    An existing file is truncated (keeping its permissions), or with ``new`` refused
    (``FileExistsError``, never written through, not even a link). ``OSError`` as writing raises
    it; whatever ``data`` raises passes through.
    """
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if new else os.O_TRUNC) | _BINARY
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        out = open(fd, "wb")  # noqa: SIM115 (closed by the with below)
    except BaseException:
        os.close(fd)
        raise
    with out:
        result: T | None = None
        if isinstance(data, bytes):
            out.write(data)
        else:
            result = data(out)
        out.flush()
        os.fsync(out.fileno())
    return result


def _write_temp(path: Path, data: Content[T]) -> T | None:
    """``write_private`` into a new temp file: one a crash left there is removed first, so
    nothing is ever written through a file or a link that was in its place."""
    if os.path.lexists(path):
        path.unlink()
    return write_private(path, data, new=True)


@overload
def replace_whole(
    path: Path,
    data: bytes,
    *,
    temp: Path | None = None,
    keep_previous: Path | None = None,
    previous_as: bytes | None = None,
    check: Callable[[Path], object] | None = None,
    must_sync_folder: bool = False,
) -> None: ...
@overload
def replace_whole(
    path: Path,
    data: Callable[[BinaryIO], T],
    *,
    temp: Path | None = None,
    keep_previous: Path | None = None,
    previous_as: bytes | None = None,
    check: Callable[[Path], object] | None = None,
    must_sync_folder: bool = False,
) -> T: ...
def replace_whole(
    path: Path,
    data: Content[T],
    *,
    temp: Path | None = None,
    keep_previous: Path | None = None,
    previous_as: bytes | None = None,
    check: Callable[[Path], object] | None = None,
    must_sync_folder: bool = False,
) -> T | None:
    """Replace ``path`` with ``data`` (owner-only) so that a crash leaves the old file or the
    new one, whole. The one place a file is replaced.

    1. ``data`` goes into a temp file beside ``path`` (``temp``, default ``.<name>.tmp``), which is
       flushed and fsynced; ``check``, when given, reads it back and raises if it isn't right.
    2. With ``keep_previous``, the file there now is copied to that name the same way (temp
       file, fsync, rename); ``previous_as``, when given, is what to keep instead of its bytes.
    3. ``os.replace`` puts the new file in place; then the folder is fsynced.

    Anything raised before the rename (an ``OSError`` as it came, whatever ``data`` or ``check``
    raise, a stop part-way) removes the temp files and leaves ``path`` as it was: the caller
    says what it means where it happened. After the rename the new file is in place, so a failed
    folder fsync (the rename may not be durable yet) is not reported, unless ``must_sync_folder``
    (a caller whose next step relies on the rename being on disk): then it raises ``OSError``.
    """
    folder = path.parent
    tmp = temp if temp is not None else folder / f".{path.name}.tmp"
    kept_tmp = folder / f".{keep_previous.name}.tmp" if keep_previous is not None else None
    try:
        result = _write_temp(tmp, data)
        if check is not None:
            check(tmp)
        if keep_previous is not None and kept_tmp is not None and path.exists():
            _write_temp(kept_tmp, path.read_bytes() if previous_as is None else previous_as)
            os.replace(kept_tmp, keep_previous)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, kept_tmp):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
        raise
    if must_sync_folder:
        fsync_dir(folder)
    else:
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    return result


def atomic_replace(
    path: Path,
    data: bytes,
    *,
    keep_previous: Path | None = None,
    previous_as: bytes | None = None,
) -> None:
    """``replace_whole`` for a file of the journal's own (the key file): a disk problem is a
    ``KnownError`` (``raise_for_os_error``)."""
    try:
        replace_whole(path, data, keep_previous=keep_previous, previous_as=previous_as)
    except OSError as exc:
        raise_for_os_error(exc)


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
