"""Files the person asked for (exports, summaries): owner-only, whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

from iop_companion.errors import DiskFull, FileNotWritten
from iop_companion.vault.files import PRIVATE_FILE

T = TypeVar("T")


def write_whole(target: Path, write: Callable[[IO[bytes]], T]) -> T:
    """Run ``write`` on a temp file beside ``target`` (0600), then rename it into place.

    A failure or a stop part-way leaves no file, and an old file by that name is replaced
    whole with owner-only permissions."""
    temp = target.with_name(f".{target.name}.part")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with open(fd, "wb") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):  # e.g. the "folder" is a file: no temp was made
            temp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull() from None
        raise FileNotWritten() from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    return result
