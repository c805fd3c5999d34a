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
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return (
        Path(found)
        if found
        else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
    )


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
        runtime = _runtime_folder()
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.lock_path = runtime / f"companion-{name}.lock"
        self.knock_path = runtime / f"companion-{name}.knock"
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # held for as long as the window is open, however long
        self._watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """True if this process now holds the journal's window; False if another one does."""
        if not self._lock.tryLock(0):
            return False
        os.chmod(self.lock_path, 0o600)  # the owner's alone, wherever the runtime folder is
        fd = os.open(self.knock_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
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
