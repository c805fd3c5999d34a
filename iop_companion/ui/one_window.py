"""One window per journal: a second launch on the same journal brings the first window forward
and ends, so two windows never show two different counts of the same journal.

Nothing here touches the network, not even a local socket: the first window holds a lock file
(``QLockFile``, which notices a lock left by a process that has ended) and watches a second,
empty file beside it; a second launch that finds the lock taken writes to that file and ends.
Both live in the per-user runtime folder (``XDG_RUNTIME_DIR`` on Linux), named by a hash of the
journal's folder, so nothing is added to the data folder and no name says what the app is for.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCryptographicHash,
    QFileSystemWatcher,
    QLockFile,
    QObject,
    QStandardPaths,
    Signal,
)


def _runtime_folder() -> Path:
    """A per-user folder for files that last as long as a window: on Linux the runtime folder
    (``XDG_RUNTIME_DIR``, or one Qt makes owner-only); elsewhere the per-user temporary folder
    (Qt's runtime location there is the home folder itself, where the files would show)."""
    locations = QStandardPaths.StandardLocation
    found = ""
    if sys.platform.startswith("linux"):
        found = QStandardPaths.writableLocation(locations.RuntimeLocation)
    return Path(found or QStandardPaths.writableLocation(locations.TempLocation))


class OneWindow(QObject):
    """Claims ``folder``'s journal for this process's window. ``forward_wanted`` is emitted
    when a later launch asks for the window to come to the front."""

    forward_wanted = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Qt's own hash: hashlib would load OpenSSL's library at start-up for this alone.
        digest = QCryptographicHash.hash(
            str(folder.resolve()).encode(), QCryptographicHash.Algorithm.Sha256
        )
        name = bytes(digest.toHex().data()).decode()[:20]
        runtime = self.folder = _runtime_folder()
        self.lock_path = runtime / f"companion-{name}.lock"
        self.knock_path = runtime / f"companion-{name}.knock"
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # held for as long as the window is open, however long
        self._watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """False if another window holds the journal; True otherwise. When the lock can't be
        taken for another reason (a folder that can't be written, say), the window opens all
        the same: a second window is better than none."""
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return True
        if not self._lock.tryLock(0):
            return self._lock.error() != QLockFile.LockError.LockFailedError
        try:
            os.chmod(self.lock_path, 0o600)  # the owner's alone, wherever the folder is
            os.close(os.open(self.knock_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        except OSError:  # no one could knock: let go, so a later launch opens its own window
            self._lock.unlock()
            return True
        self._watcher = QFileSystemWatcher([str(self.knock_path)], self)
        self._watcher.fileChanged.connect(self._knocked)
        return True

    def ask_first_forward(self) -> None:
        """From a later launch: ask the window that holds the journal to come to the front."""
        try:
            with self.knock_path.open("a", encoding="ascii") as knock:
                knock.write(".")
        except OSError:
            pass  # it is closing: this launch ends quietly all the same

    def release(self) -> None:
        self._lock.unlock()

    def _knocked(self, path: str) -> None:
        assert self._watcher is not None
        if path not in self._watcher.files() and Path(path).exists():
            self._watcher.addPath(path)  # some editors and tools replace the file: watch anew
        try:
            knocks = Path(path).stat().st_size
        except OSError:
            return
        if knocks:
            with Path(path).open("w", encoding="ascii"):
                pass  # read: empty again, so a later knock is a change too
            self.forward_wanted.emit()
