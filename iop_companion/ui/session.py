"""The unlocked journal as the UI sees it: services, an undo stack, one "changed" signal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from iop_companion.core import progress
from iop_companion.core.drafts import Drafts
from iop_companion.core.journal import JournalService, local_now
from iop_companion.core.model import Change
from iop_companion.core.notebook import NotebookService
from iop_companion.core.own_details import OwnDetails
from iop_companion.core.progress import DayCount
from iop_companion.errors import KnownError, NotFound, NotInNotebook
from iop_companion.export.importer import (
    CheckedExport,
    FileImportResult,
    import_checked,
    result_words,
)
from iop_companion.ui.background import Task
from iop_companion.vault import Vault
from iop_companion.vault.keychain import Keychain

# A save on the window's thread waits this long for another writer (a command-line import, say)
# before it says the journal is busy: long enough for everyday writes, short enough that the
# window never seems to hang. Work on the worker thread waits the vault's full default.
WINDOW_WRITE_WAIT_SECONDS = 3.0


class Session(QObject):
    """Owns the open vault. Every mutation goes through ``apply`` so views hear about it."""

    changed = Signal(object)  # a core.model.Change, or None when many things changed
    notebook_changed = Signal()  # notes, things to bring up, sessions, the plan or phrases
    undo_available = Signal(str)  # a short description of what Undo would reverse, or ""
    notice = Signal(str)  # how background work ended, for the window's status line

    def __init__(
        self,
        vault: Vault,
        keychain: Keychain,
        clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        vault.wait_for_other_writers(WINDOW_WRITE_WAIT_SECONDS)
        self.keychain = keychain
        self.journal = JournalService(vault.db, clock=clock)
        self.drafts = Drafts(vault.db, clock)
        self.own = OwnDetails(vault.db)
        self.notebook = NotebookService(vault.db, self.journal, clock)
        # Work that would hold up the window (searches, exports, Argon2id for a passphrase
        # change) runs here, one task at a time. What reads the journal there uses the
        # ``worker_`` services, on a connection of their own. Locking waits for it.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        reader = vault.reader()
        self.worker_journal = JournalService(reader, clock=clock)
        self.worker_notebook = NotebookService(reader, self.worker_journal, clock)
        # Each undo step reverses one action: a journal change, or a notebook one (which may
        # carry a journal change of its own, such as the win logged for a session).
        self._undo: list[tuple[str, Callable[[], Change | None]]] = []
        self._days: list[DayCount] | None = None  # per-day tallies, kept current per change

    def apply(
        self, description: str, mutation: Callable[..., Change], *args: Any, **kw: Any
    ) -> Change:
        change = mutation(*args, **kw)
        self._journal_changed(change)
        self.push_undo(description, lambda: self.journal.undo(change))
        return change

    def push_undo(self, description: str, undo: Callable[[], Change | None]) -> None:
        """Offer ``undo`` as the next Undo, described as "Undo <description>"."""
        self._undo.append((description, undo))
        del self._undo[:-50]
        self.undo_available.emit(description)

    def notebook_did(
        self, description: str, undo: Callable[[], object] | None, win: Change | None = None
    ) -> None:
        """A notebook action happened; ``undo`` reverses it (and ``win``, its journal change).
        With ``undo`` None there is nothing to offer: the views just hear about it."""
        if win is not None:
            self._journal_changed(win)
        self.notebook_changed.emit()
        if undo is None:
            return

        def reverse() -> Change | None:
            undone = self.journal.undo(win) if win is not None else None
            undo()
            return undone

        self.push_undo(description, reverse)

    def _journal_changed(self, change: Change) -> None:
        self._recount(change)
        self.changed.emit(change)

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
        _, undo = self._undo[-1]
        try:
            reverse = undo()  # another KnownError (disk full) leaves the step to undo later
        except (NotFound, NotInNotebook):  # what it would undo is gone: the step goes too
            self._undo.pop()
            self.undo_available.emit(self.undo_description)
            raise
        self._undo.pop()
        if reverse is not None:
            self._journal_changed(reverse)
        self.notebook_changed.emit()
        self.undo_available.emit(self.undo_description)
        return reverse

    def import_file(self, checked: CheckedExport) -> Task:
        """A task (not started) that adds a checked export file on the worker, in one
        transaction. Once it is in, every view reads the journal again and Undo takes it all
        back, whether or not the dialog that asked is still open."""
        journal, notebook = self.worker_journal, self.worker_notebook
        task = Task(lambda: import_checked(journal, checked, notebook=notebook), self, self.pool)
        task.done.connect(self._imported)
        task.failed.connect(self._import_failed)
        return task

    def _imported(self, result: FileImportResult) -> None:
        if self.vault.is_locked:  # locked meanwhile: the import is in, nothing is on screen
            return
        self._changed_everywhere()
        if result.added or result.notebook.added:
            self.push_undo("the import", lambda: self._take_back(result))
        self.notice.emit(result_words(result))

    def _import_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error
        if not self.vault.is_locked:
            self.notice.emit(error.sentence)  # nothing was added: the import is one transaction

    def _take_back(self, result: FileImportResult) -> None:
        self.notebook.take_back_import(result, result.notebook)
        self._changed_everywhere()

    def _changed_everywhere(self) -> None:
        self._days = None
        self.changed.emit(None)
        self.notebook_changed.emit()

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
