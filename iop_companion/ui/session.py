"""The unlocked journal as the UI sees it: services, an undo stack, one "changed" signal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from iop_companion.core import progress
from iop_companion.core.journal import JournalService, local_now
from iop_companion.core.model import Change
from iop_companion.core.progress import DayCount
from iop_companion.vault import Vault
from iop_companion.vault.keychain import Keychain


class Session(QObject):
    """Owns the open vault. Every mutation goes through ``apply`` so views hear about it."""

    changed = Signal(object)  # a core.model.Change, or None when many things changed
    undo_available = Signal(str)  # a short description of what Undo would reverse, or ""

    def __init__(
        self,
        vault: Vault,
        keychain: Keychain,
        clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.keychain = keychain
        self.journal = JournalService(vault.db, clock=clock)
        # Work that would hold up the window (searches, Argon2id for a passphrase change) runs
        # here, one task at a time; searches use their own connection. Locking waits for it.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.search_journal = JournalService(vault.reader(), clock=clock)
        self._undo: list[tuple[str, Change]] = []
        self._days: list[DayCount] | None = None  # per-day tallies, kept current per change

    def apply(
        self, description: str, mutation: Callable[..., Change], *args: Any, **kw: Any
    ) -> Change:
        change = mutation(*args, **kw)
        self._recount(change)
        self._undo.append((description, change))
        del self._undo[:-50]
        self.changed.emit(change)
        self.undo_available.emit(description)
        return change

    def log_win(self, text: str, **fields: Any) -> Change:
        return self.apply("logging a win", self.journal.log_win, text, **fields)

    def log_hard_moment(self, **fields: Any) -> Change:
        return self.apply("noting a hard moment", self.journal.log_hard_moment, **fields)

    def edit(self, entry_id: int, **fields: Any) -> Change:
        return self.apply("the edit", self.journal.edit, entry_id, **fields)

    def delete(self, entry_id: int) -> Change:
        return self.apply("deleting", self.journal.delete, entry_id)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def undo_description(self) -> str:
        return self._undo[-1][0] if self._undo else ""

    def undo(self) -> Change | None:
        if not self._undo:
            return None
        _, change = self._undo[-1]
        reverse = self.journal.undo(change)  # a KnownError leaves the change to undo later
        self._undo.pop()
        self._recount(reverse)
        self.changed.emit(reverse)
        self.undo_available.emit(self.undo_description)
        return reverse

    def day_counts(self) -> list[DayCount]:
        """The whole record as per-day tallies: read once, then only the days a change touches."""
        if self._days is None:
            self._days = self.journal.day_counts()
        return self._days

    def _recount(self, change: Change) -> None:
        if self._days is not None:
            fresh = self.journal.day_counts(only=change.days)
            self._days = progress.with_days_replaced(self._days, fresh, change.days)

    def settings_changed(self) -> None:
        """Categories or quick wins changed: every view refreshes."""
        self.changed.emit(None)

    def lock(self) -> None:
        self._undo.clear()
        self.pool.waitForDone()  # work in flight finishes before the connections close
        self.vault.lock()
