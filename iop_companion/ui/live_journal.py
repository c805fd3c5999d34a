"""The open journal as the window sees it: ``core.OpenJournal``, and one ``changed`` signal.

Every change goes through the core, which says what it changed (``core.changes.Changes``);
``apply`` hands its result back and tells the views, which each refresh only when a part they
show is in it. The undo and redo history lives in the core too. What is slow (searches,
exports, an import, Argon2id for a passphrase change) runs on ``pool``, one task at a time,
reading through the core's ``worker_`` services on a connection of their own; locking waits for
it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

from iop_companion.core.changes import Changes, Done
from iop_companion.core.drafts import Drafts
from iop_companion.core.journal import JournalService
from iop_companion.core.model import Change, ImportPlan
from iop_companion.core.notebook import NotebookService
from iop_companion.core.notebook_model import FileImportResult, NotebookPlan
from iop_companion.core.open_journal import OpenJournal
from iop_companion.core.own_details import OwnDetails
from iop_companion.core.progress import DayCount
from iop_companion.core.sync import PassResult
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.background import Task

T = TypeVar("T")

# A save on the window's thread waits this long for another writer (a command-line import, say)
# before it says the journal is busy: long enough for everyday writes, short enough that the
# window never seems to hang. Work on the worker thread waits the core's full default.
WINDOW_WRITE_WAIT_SECONDS = 3.0
DONE_AGAIN = QT_TRANSLATE_NOOP("live_journal", "Done again.")  # the status line, after Redo


class LiveJournal(QObject):
    changed = Signal(object)  # core.changes.Changes: what one action changed
    history_changed = Signal()  # what Undo and Redo would do is different now
    notice = Signal(str)  # how background work ended, for the window's status line

    def __init__(self, core: OpenJournal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        core.wait_for_other_writers(WINDOW_WRITE_WAIT_SECONDS)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._adding_again = False  # an import being added again (Redo), on the worker
        self.taking_in = False  # ``changed`` is telling what a pass took in (``took_in``)

    # -- reading (the core's services; changes go through ``apply``) ---------------------------

    @property
    def journal(self) -> JournalService:
        return self.core.journal

    @property
    def notebook(self) -> NotebookService:
        return self.core.notebook

    @property
    def own(self) -> OwnDetails:
        return self.core.own

    @property
    def drafts(self) -> Drafts:
        return self.core.drafts

    @property
    def worker_journal(self) -> JournalService:
        return self.core.worker_journal

    @property
    def worker_notebook(self) -> NotebookService:
        return self.core.worker_notebook

    @property
    def folder(self) -> Path:
        return self.core.folder

    def day_counts(self) -> list[DayCount]:
        return self.core.day_counts()

    # -- changing ------------------------------------------------------------------------------

    def apply(self, done: Done[T]) -> T:
        """Tell the views what ``done`` changed; its result."""
        self._tell(done.changes)
        return done.result

    def _tell(self, changes: Changes) -> None:
        if changes.parts:
            self.changed.emit(changes)
        self.history_changed.emit()

    def took_in(self, done: Done[PassResult]) -> PassResult:
        """A pass (``ui/sync_schedule.py``) took in the other computers' changes: every view
        reads what they touched, and Undo has nothing left to take back (the core cleared
        its history). While ``changed`` says so, ``taking_in`` is True: no pass is asked for
        because of it."""
        self.taking_in = True
        try:
            self._tell(done.changes)
        finally:
            self.taking_in = False
        return done.result

    def took_new_key(self, done: Done[None]) -> None:
        """The journal took up the key another computer changed it to (``ui/new_key.py``):
        its connections are new, so the window's own waits as before, and every view reads
        the journal again (``done`` changed everything; the history is empty)."""
        self.core.wait_for_other_writers(WINDOW_WRITE_WAIT_SECONDS)
        self.apply(done)

    def log_win(self, text: str, **fields: Any) -> Change:
        return self.apply(self.core.log_win(text, **fields))

    def log_hard_moment(self, **fields: Any) -> Change:
        return self.apply(self.core.log_hard_moment(**fields))

    def edit(self, entry_id: int, **fields: Any) -> Change:
        return self.apply(self.core.edit_entry(entry_id, **fields))

    def delete(self, entry_id: int) -> Change:
        return self.apply(self.core.delete_entry(entry_id))

    # -- undo and redo -------------------------------------------------------------------------

    @property
    def undo_description(self) -> str:
        return self.core.history.undo_description

    @property
    def redo_description(self) -> str:
        return self.core.history.redo_description

    def undo(self) -> str:
        """Take back the newest step; what it was ("logging a win"), or "" when nothing."""
        if self._adding_again:
            return ""
        return self._step(self.core.undo)

    def redo(self) -> str:
        """Do again what Undo took back. An import is added again on the worker, like the
        first time, and the views read the journal once it is in; until then Undo and Redo
        wait (they return "")."""
        if self._adding_again:
            return ""
        if self.core.history.redo_is_slow:
            self._adding_again = True
            task = Task(self.core.redo, self, self.pool)
            task.done.connect(self._added_again)
            task.failed.connect(self._import_failed)
            task.start()
            return ""
        return self._step(self.core.redo)

    def _added_again(self, done: Done[str]) -> None:
        self._adding_again = False
        if not self.core.is_locked:
            self.apply(done)
            self.notice.emit(translate("live_journal", DONE_AGAIN))

    def _step(self, move: Callable[[], Done[str]]) -> str:
        try:
            done = move()
        except KnownError:
            self.history_changed.emit()  # a step whose record is gone is gone from the history
            raise
        return self.apply(done)

    # -- slow work -----------------------------------------------------------------------------

    def import_file(self, entries: ImportPlan, notebook: NotebookPlan | None) -> Task:
        """A task (not started) that adds a checked file on the worker, in one transaction.
        Once it is in, every view reads the journal again and Undo takes it all back, whether
        or not the dialog that asked is still open."""
        task = Task(lambda: self.core.import_plans(entries, notebook), self, self.pool)
        task.done.connect(self._imported)
        task.failed.connect(self._import_failed)
        return task

    def _imported(self, done: Done[FileImportResult]) -> None:
        if self.core.is_locked:  # locked meanwhile: the import is in, nothing is on screen
            return
        self.apply(done)
        from iop_companion.export.importer import result_words

        self.notice.emit(result_words(done.result))

    def _import_failed(self, error: BaseException) -> None:
        self._adding_again = False
        if not isinstance(error, KnownError):
            raise error
        if not self.core.is_locked:
            self.notice.emit(error.sentence)  # nothing was added: the import is one transaction

    def lock(self) -> None:
        self.pool.waitForDone()  # work in flight finishes before the connections close
        self.core.lock()
