"""An open journal: the one way in for the desktop app and the command line (Qt-free).

``OpenJournal`` is built from an opened vault (``open_remembered``, ``open_with_passphrase``,
``open_with_recovery_code``, ``create``) and owns everything that works on it: the services
(``journal`` and ``notebook`` for reading; ``drafts``, ``own``), a second connection for work
off the window's thread (``worker_journal``, ``worker_notebook``), the per-day tallies the
charts read, the undo and redo history, imports, backups and key changes.

Every change of every kind goes through one of its methods and returns a ``Done``: the result
and a ``Changes`` saying what changed (``core.changes``). What can be taken back is one step on
the history (``undo``, ``redo``). Not on it, by design: drafts (written as the journal locks),
key changes (an undone passphrase change would need the old passphrase again), backups (a file
elsewhere), and a restore (the journal as it was is kept among the backups instead).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TypeVar

from iop_companion.core import progress, unlock_copy
from iop_companion.core.changes import NOTHING, Changes, Done, Part, Step
from iop_companion.core.coping_model import (
    CapitalCheckIn,
    Contact,
    Halt,
    HardTimesPlan,
    HowIAm,
    PickingUp,
    halt_in_order,
)
from iop_companion.core.drafts import Drafts
from iop_companion.core.history import History
from iop_companion.core.journal import JournalService, local_now
from iop_companion.core.model import Category, Change, ImportPlan, Kind, Template
from iop_companion.core.notebook import NotebookService
from iop_companion.core.notebook_model import (
    UNCHANGED,
    Attendance,
    BringUpItem,
    FileImportResult,
    NotebookPlan,
    NoteSection,
    NoteVersion,
    Phrase,
    PlanItem,
    RecordedSession,
    SessionKind,
    SessionRecord,
    Unchanged,
)
from iop_companion.core.own_details import OwnDetails
from iop_companion.core.progress import DayCount
from iop_companion.core.sync import (
    FolderSync,
    PassResult,
    Progress,
    SyncStatus,
    folder_in_step,
    sync_key_file,
)
from iop_companion.core.sync_rows import forget_gone
from iop_companion.errors import KnownError, NotSyncing, WrongPassphrase
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.vault import Vault, backup
from iop_companion.vault.backup import Backup, BackupPreview, RestoreResult
from iop_companion.vault.database import plain_errors
from iop_companion.vault.keychain import Keychain, MemoryKeychain, SystemKeychain
from iop_companion.vault.keys import MIN_PASSPHRASE_CHARS, KdfParams, check_new_passphrase
from iop_companion.vault.layout import BACKUPS_DIR, DB_NAME
from iop_companion.vault.vault import KeyRotation

__all__ = [  # what the desktop app and the command line use of the vault, through here
    "MIN_PASSPHRASE_CHARS",
    "Backup",
    "BackupPreview",
    "KdfParams",
    "KeyRotation",
    "Keychain",
    "MemoryKeychain",
    "OpenJournal",
    "RestoreResult",
    "SystemKeychain",
    "check_new_passphrase",
]

OWN_PHONE, OWN_CODE = "own_details:program_phone", "own_details:recovery_code_kept"
OWN_LAST_SESSION = "own_details:last_session_day"
CHECK_IN_NUDGE, PLAN_ON_UNLOCK_SCREEN = "check_ins:nudge", "hard_times_plan:on_unlock_screen"
T = TypeVar("T")
R = TypeVar("R")
V = TypeVar("V")
I = TypeVar("I")  # noqa: E741 (an item of the notebook)
Clock = Callable[[], datetime]


class OpenJournal:
    def __init__(self, vault: Vault, keychain: Keychain, clock: Clock = local_now) -> None:
        self.vault = vault  # for this package and the tests; the app and the CLI use the methods
        self.keychain = keychain
        self.clock = clock
        self.history = History()
        self._connect()

    def _connect(self) -> None:
        """The services, on the vault's connection as it is now (new after a key rotation)."""
        db, clock = self.vault.db, self.clock
        with plain_errors():
            forget_gone(db)
        self.journal = JournalService(db, clock=clock)
        self.notebook = NotebookService(db, self.journal, clock)
        self.drafts = Drafts(db, clock)
        self.own = OwnDetails(db)
        self._days: list[DayCount] | None = None
        self._days_lock = threading.Lock()
        self._worker: tuple[JournalService, NotebookService] | None = None
        self._sync: FolderSync | None = None
        self._copy_behind = False  # a change the unlock screen's copy hasn't caught up with

    # -- opening ----------------------------------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        """Whether ``folder`` holds a journal, whole or not (a database without its key file
        is a journal that won't open, never a place for a new one)."""
        return Vault.exists(folder) or (folder / DB_NAME).exists()

    @staticmethod
    def backups_folder(folder: Path) -> Path:
        return folder / BACKUPS_DIR

    @staticmethod
    def remembers_device(folder: Path) -> bool:
        return Vault.remembers_device(folder)

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        keychain: Keychain,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = local_now,
        code_kept: bool = True,
    ) -> tuple[OpenJournal, str]:
        """A new journal and its recovery code. ``code_kept=False`` (the desktop's setup, which
        asks for the code to be kept after showing it) until ``recovery_code_kept``."""
        vault, code = Vault.create(folder, passphrase, kdf=kdf)
        try:
            opened = cls(vault, keychain, clock)
            if not code_kept:
                opened.own.set_recovery_code_kept(False)
        except BaseException:
            vault.lock()
            raise
        return opened, code

    @classmethod
    def open_remembered(
        cls, folder: Path, keychain: Keychain, clock: Clock = local_now
    ) -> OpenJournal | None:
        """Opened with this computer's key, or None when this computer doesn't remember it.
        A key that is remembered but doesn't open it raises ``DeviceKeyUnavailable``."""
        if not Vault.remembers_device(folder):
            return None
        return cls(Vault.unlock_with_device(folder, keychain), keychain, clock)

    @classmethod
    def open_with_passphrase(
        cls, folder: Path, passphrase: str, keychain: Keychain, clock: Clock = local_now
    ) -> OpenJournal:
        return cls(Vault.unlock(folder, passphrase), keychain, clock)

    @classmethod
    def open_with_recovery_code(
        cls,
        folder: Path,
        code: str,
        new_passphrase: str,
        keychain: Keychain,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = local_now,
    ) -> tuple[OpenJournal, str]:
        """Opened with the recovery code; a new passphrase and a new recovery code replace the
        old ones at once. The new code, to be shown once."""
        vault, new_code = Vault.unlock_with_recovery_code(folder, code, new_passphrase, kdf=kdf)
        opened = cls(vault, keychain, clock)
        opened._key_file_changed()
        return opened, new_code

    @staticmethod
    def forget_device(folder: Path, keychain: Keychain) -> None:
        """Forget this computer's key for the journal in ``folder``; works while it is locked."""
        Vault.forget_device(folder, keychain)

    @property
    def folder(self) -> Path:
        return self.vault.folder

    @property
    def stale(self) -> bool:
        """The journal file is older than the last one this computer closed (see ``Vault``)."""
        return self.vault.stale

    @property
    def opened_from_copy(self) -> bool:
        """The key file was damaged and its kept copy opened it: a new passphrase now."""
        return self.vault.opened_from_copy

    @property
    def is_locked(self) -> bool:
        return self.vault.is_locked

    def wait_for_other_writers(self, seconds: float) -> None:
        self.vault.wait_for_other_writers(seconds)

    def check(self) -> list[str]:
        return self.vault.check()

    def check_tallies(self) -> bool:
        """Whether the per-day tallies the progress numbers read match the entries counted
        again; when they don't, they are counted again from the entries."""
        if self.journal.tallies_match():
            return True
        self.journal.count_tallies_again()
        with self._days_lock:
            self._days = None
        return False

    def keep_unlock_copy(self) -> None:
        """Make the unlock screen's copy of the plan match the journal: its plan and number
        while the person chooses to keep one, no copy otherwise (``core/unlock_copy.py``)."""
        unlock_copy.keep(self.folder, self.notebook.unlock_screen_text())
        self._copy_behind = False

    def lock(self) -> None:
        """Close the journal. The unlock screen's copy is brought in step first if a change
        since it was last written may have left it behind (a change from the command line, an
        import), as well as it can be: locking matters more."""
        if self._copy_behind and not self.vault.is_locked:
            with contextlib.suppress(KnownError):
                self.keep_unlock_copy()
        if not self.vault.is_locked and self._in_step() is not None:
            with contextlib.suppress(KnownError):  # what's left goes at the next unlock
                self.folder_sync.sync_pass()
        self.history.clear()
        self._days = None
        self._worker = None
        self._sync = None  # its connection is one of the vault's readers, closed with it
        self.vault.lock()

    def __enter__(self) -> OpenJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- reading, off the window's thread -----------------------------------------------------

    @property
    def worker_journal(self) -> JournalService:
        """The journal on a second connection, for one worker thread (WAL lets it read while
        the main connection writes). Made when first asked for; closed by ``lock``."""
        return self._workers()[0]

    @property
    def worker_notebook(self) -> NotebookService:
        return self._workers()[1]

    def _workers(self) -> tuple[JournalService, NotebookService]:
        if self._worker is None:
            reader = self.vault.reader()
            journal = JournalService(reader, clock=self.clock)
            self._worker = journal, NotebookService(reader, journal, self.clock)
        return self._worker

    # -- the per-day tallies ------------------------------------------------------------------

    def day_counts(self) -> list[DayCount]:
        """The whole record as per-day tallies: read once, then only the days a change
        touches."""
        with self._days_lock:
            if self._days is None:
                self._days = self.journal.day_counts()
            return self._days

    def _noted(self, changes: Changes) -> Changes:
        """Keep the tallies current with ``changes`` (every mutation passes through here, the
        import from the worker thread too: hence the lock)."""
        if changes.reload or changes.touches(Part.HARD_TIMES_PLAN, Part.OWN_DETAILS):
            self._copy_behind = True  # the unlock screen's copy may say something else now
        with self._days_lock:
            if changes.reload:
                self._days = None
            elif self._days is not None and changes.days:
                fresh = self.journal.day_counts(only=changes.days)
                self._days = progress.with_days_replaced(self._days, fresh, changes.days)
        return changes

    # -- keeping in step with other computers (core/sync.py) ----------------------------------

    @property
    def folder_sync(self) -> FolderSync:
        """Keeping this journal in step through a folder, on a connection of its own (a pass
        can run off the window's thread)."""
        if self._sync is None:
            self._sync = FolderSync(self.vault)
        return self._sync

    def _in_step(self) -> Path | None:
        """The folder that keeps this journal in step (read on the window's connection, so
        nothing is opened for a journal that isn't kept in step)."""
        with plain_errors():
            return folder_in_step(self.vault.db)

    @property
    def in_step_folder(self) -> Path | None:
        """The folder this journal is kept in step through; None when it isn't (asked on the
        window's connection: nothing more is opened for a journal that isn't)."""
        return self._in_step()

    def keep_in_step_through(self, folder: Path) -> Done[PassResult]:
        """Use this journal on another computer: write it into ``folder`` (empty, or keeping
        this journal in step already) and keep it in step from now on."""
        return self._synced(self.folder_sync.start(folder))

    def sync_pass(
        self, *, progress: Progress | None = None, stopped: Callable[[], bool] | None = None
    ) -> Done[PassResult]:
        """Send what changed here and take in the other computers' changes. What came in
        can't be taken back with Undo, so the history starts again (as after an import's
        undo would not know the rows it changed)."""
        return self._synced(self.folder_sync.sync_pass(progress=progress, stopped=stopped))

    def _synced(self, result: PassResult) -> Done[PassResult]:
        if result.received:
            self.history.clear()
        return Done(result, self._noted(result.changes))

    def sync_status(self) -> SyncStatus:
        return self.folder_sync.status()

    def stop_keeping_in_step(self) -> Done[None]:
        self.folder_sync.stop()
        return Done(None, self._note(Part.SYNC, "stopped", "sync:folder"))

    def forget_computer(self, computer: str) -> Done[None]:
        self.folder_sync.forget(computer)
        return Done(None, self._note(Part.SYNC, "forgot", f"sync:{computer}"))

    @classmethod
    def join_from_folder(
        cls,
        sync_dir: Path,
        folder: Path,
        typed: str,
        keychain: Keychain,
        *,
        new_passphrase: str | None = None,
        kdf: KdfParams | None = None,
        clock: Clock = local_now,
        progress: Progress | None = None,
        stopped: Callable[[], bool] | None = None,
    ) -> tuple[OpenJournal, PassResult]:
        """Open a journal from a folder: a new journal in ``folder`` built from the logs in
        ``sync_dir``, opened with the passphrase or recovery code ``typed``. A recovery code
        needs ``new_passphrase``, which becomes the journal's passphrase on every computer (as
        after ``recover``). Stopped or failed
        part-way, nothing is left in ``folder``."""
        slots, data_key = sync_key_file(sync_dir, typed, new_passphrase is not None)
        vault = Vault.join(folder, slots, data_key, new_passphrase=new_passphrase, kdf=kdf)
        try:
            opened = cls(vault, keychain, clock)
            result = opened.folder_sync.join(sync_dir, progress=progress, stopped=stopped)
            if new_passphrase is not None:  # chosen with the recovery code: the journal's now
                opened._key_file_changed()
        except BaseException:
            vault.lock()
            Vault.remove_new(folder)
            raise
        return opened, result

    # -- undo and redo ------------------------------------------------------------------------

    def undo(self) -> Done[str]:
        """Take back the newest step; the result says what ("logging a win")."""
        description, changes = self.history.undo()
        return Done(description, self._noted(changes))

    def redo(self) -> Done[str]:
        description, changes = self.history.redo()
        return Done(description, self._noted(changes))

    def _did(
        self,
        description: str,
        changes: Changes,
        undo: Callable[[], Changes],
        redo: Callable[[], Changes],
        *,
        slow_redo: bool = False,
    ) -> Changes:
        """Put one step on the history; what ``changes`` says changed is noted."""
        self.history.did(
            Step(
                description,
                lambda: self._noted(undo()),
                lambda: self._noted(redo()),
                slow_redo=slow_redo,
            )
        )
        return self._noted(changes)

    # -- entries ------------------------------------------------------------------------------

    def _entries(self, *changes: Change | None) -> Changes:
        return Changes.of_entries(changes, self.clock())

    def _entry_step(self, description: str, change: Change) -> Changes:
        """``change`` done; undo reverses it, redo reverses the reversal, and so on."""
        latest = [change]

        def reverse() -> Changes:
            latest.append(self.journal.undo(latest[-1]))
            return self._entries(latest[-1])

        return self._did(description, self._entries(change), reverse, reverse)

    def log_win(self, text: str, **fields: Any) -> Done[Change]:
        change = self.journal.log_win(text, **fields)
        return Done(
            change, self._entry_step(QT_TRANSLATE_NOOP("open_journal", "logging a win"), change)
        )

    def log_hard_moment(self, **fields: Any) -> Done[Change]:
        change = self.journal.log_hard_moment(**fields)
        return Done(
            change,
            self._entry_step(QT_TRANSLATE_NOOP("open_journal", "noting a hard moment"), change),
        )

    def log_many(self, kind: Kind, texts: Sequence[str], **fields: Any) -> Done[list[Change]]:
        """Many wins (or hard moments, ``kind``), one for each of ``texts``, each with the same
        ``fields``, in one transaction (``JournalService.log_many``): all or none. Undo takes
        them all back in one step; Redo brings them all back."""
        changes = self.journal.log_many(kind, texts, **fields)
        latest = [changes]

        def reverse() -> Changes:
            latest.append(self.journal.undo_many(latest[-1]))
            return self._entries(*latest[-1])

        description = (
            QT_TRANSLATE_NOOP("open_journal", "logging those wins")
            if kind is Kind.WIN
            else QT_TRANSLATE_NOOP("open_journal", "noting those hard moments")
        )
        return Done(changes, self._did(description, self._entries(*changes), reverse, reverse))

    def edit_entry(self, entry_id: int, **fields: Any) -> Done[Change]:
        change = self.journal.edit(entry_id, **fields)
        return Done(change, self._entry_step(QT_TRANSLATE_NOOP("open_journal", "the edit"), change))

    def delete_entry(self, entry_id: int) -> Done[Change]:
        change = self.journal.delete(entry_id)
        return Done(change, self._entry_step(QT_TRANSLATE_NOOP("open_journal", "deleting"), change))

    # -- the shapes of a step ----------------------------------------------------------------

    def _note(self, part: Part, what: str, record: int | str) -> Changes:
        return Changes.of(part, what, record, self.clock())

    def _set(
        self,
        description: str,
        part: Part,
        record: int | str,
        apply: Callable[[V], R],
        before: V,
        after: V,
    ) -> Done[R]:
        """A record of ``part`` changed from ``before`` to ``after`` by ``apply``; Undo
        applies ``before`` again and Redo ``after``. Setting what is already there is done
        (so its checks still speak) but changes nothing and is no step."""
        result = apply(after)
        if after == before:
            return Done(result)

        def to(value: V) -> Callable[[], Changes]:
            def change() -> Changes:
                apply(value)
                return self._note(part, "changed", record)

            return change

        changes = self._note(part, "changed", record)
        return Done(result, self._did(description, changes, to(before), to(after)))

    def _added(
        self,
        description: str,
        part: Part,
        item: I,
        remove: Callable[[int], object],
        restore: Callable[[I], object],
    ) -> Done[I]:
        """``item`` added; Undo removes it, Redo brings it back as it was (its id too)."""
        item_id, name = self._named(part, item)

        def undo() -> Changes:
            remove(item_id)
            return self._note(part, "removed", name)

        def redo() -> Changes:
            restore(item)
            return self._note(part, "added", name)

        return Done(item, self._did(description, self._note(part, "added", name), undo, redo))

    def _removed(
        self,
        description: str,
        part: Part,
        item: I,
        remove: Callable[[int], object],
        restore: Callable[[I], object],
    ) -> Done[I]:
        """``item`` is to go: it goes now; Undo brings it back as it was, Redo removes it."""
        item_id, name = self._named(part, item)
        remove(item_id)

        def undo() -> Changes:
            restore(item)
            return self._note(part, "added", name)

        def redo() -> Changes:
            remove(item_id)
            return self._note(part, "removed", name)

        return Done(item, self._did(description, self._note(part, "removed", name), undo, redo))

    @staticmethod
    def _named(part: Part, item: object) -> tuple[int, int | str]:
        """A notebook item's id, and how a record names it: by its uid when it has one
        ("check_ins:<uid>"), else by its id."""
        item_id: int = getattr(item, "id")  # noqa: B009 (every notebook item has one)
        uid = getattr(item, "uid", None)
        return item_id, f"{part.value}:{uid}" if isinstance(uid, str) else item_id

    @staticmethod
    def _index(ids: list[int], wanted: int) -> int:
        return ids.index(wanted) if wanted in ids else 0

    # -- categories and quick wins ------------------------------------------------------------

    def add_category(self, name: str) -> Done[Category]:
        category = self.journal.add_category(name)
        return self._added(
            QT_TRANSLATE_NOOP("open_journal", "adding the category"),
            Part.CATEGORIES,
            category,
            self.journal.remove_category,
            self.journal.restore_category,
        )

    def rename_category(self, category_id: int, name: str) -> Done[Category]:
        before = self.journal.category(category_id)
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "renaming the category"),
            Part.CATEGORIES,
            category_id,
            lambda new: self.journal.rename_category(category_id, new),
            before.name,
            name,
        )

    def set_category_hidden(self, category_id: int, hidden: bool) -> Done[Category]:
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "hiding the category")
            if hidden
            else QT_TRANSLATE_NOOP("open_journal", "showing the category again"),
            Part.CATEGORIES,
            category_id,
            lambda value: self.journal.set_category_hidden(category_id, value),
            self.journal.category(category_id).hidden,
            hidden,
        )

    def move_category(self, category_id: int, position: int) -> Done[list[Category]]:
        ids = [c.id for c in self.journal.categories(include_hidden=True)]
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "moving the category"),
            Part.CATEGORIES,
            category_id,
            lambda where: self.journal.move_category(category_id, where),
            self._index(ids, category_id),
            position,
        )

    def add_template(self, text: str, category: int | str | None = None) -> Done[Template]:
        template = self.journal.add_template(text, category)
        return self._added(
            QT_TRANSLATE_NOOP("open_journal", "adding the quick win"),
            Part.TEMPLATES,
            template,
            self.journal.remove_template,
            self.journal.restore_template,
        )

    def edit_template(
        self, template_id: int, *, text: str | None = None, category: int | str | None = None
    ) -> Done[Template]:
        before = self.journal.template(template_id)
        earlier = (before.text, before.category_id)

        def apply(values: tuple[str, int | str | None]) -> Template:
            edited = self.journal.edit_template(template_id, text=values[0], category=values[1])
            if values[1] is None and edited.category_id is not None:  # back to no category
                edited = self.journal.clear_template_category(template_id)
            return edited

        later = (
            text if text is not None else before.text,
            category if category is not None else before.category_id,
        )
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "the change"),
            Part.TEMPLATES,
            template_id,
            apply,
            earlier,
            later,
        )

    def set_template_hidden(self, template_id: int, hidden: bool) -> Done[Template]:
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "hiding the quick win")
            if hidden
            else QT_TRANSLATE_NOOP("open_journal", "showing the quick win again"),
            Part.TEMPLATES,
            template_id,
            lambda value: self.journal.set_template_hidden(template_id, value),
            self.journal.template(template_id).hidden,
            hidden,
        )

    def move_template(self, template_id: int, position: int) -> Done[list[Template]]:
        ids = [t.id for t in self.journal.templates(include_hidden=True)]
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "moving the quick win"),
            Part.TEMPLATES,
            template_id,
            lambda where: self.journal.move_template(template_id, where),
            self._index(ids, template_id),
            position,
        )

    # -- what I know now ----------------------------------------------------------------------

    def save_note(self, section: NoteSection, text: str) -> Done[NoteVersion | None]:
        """A new version of a section (None when the words are what is saved already). Undo
        takes that version back; Redo saves the words again."""
        return self._version_step(
            QT_TRANSLATE_NOOP("open_journal", "saving that version"),
            self.notebook.save_note(section, text),
        )

    def add_to_what_i_know_now(self, section: NoteSection, words: str) -> Done[NoteVersion | None]:
        """What a person learned after a hard moment, added to a section of What I know now
        as a new version (None when those words are there already). Undo takes it back."""
        version = self.notebook.add_to_what_i_know_now(section, words)
        return self._version_step(
            QT_TRANSLATE_NOOP("open_journal", "adding it to What I know now"), version
        )

    def _version_step(
        self, description: str, version: NoteVersion | None
    ) -> Done[NoteVersion | None]:
        """A new version of a section saved: Undo takes it back; Redo saves the words again."""
        if version is None:
            return Done(None)
        latest = [version]

        def undo() -> Changes:
            self.notebook.take_back_note(latest[-1])
            return self._note(Part.NOTES, "taken back", latest[-1].id)

        def redo() -> Changes:
            again = self.notebook.save_note(latest[-1].section, latest[-1].text)
            if again is not None:
                latest.append(again)
            return self._note(Part.NOTES, "saved", latest[-1].id)

        changes = self._note(Part.NOTES, "saved", version.id)
        return Done(version, self._did(description, changes, undo, redo))

    # -- things to bring up -------------------------------------------------------------------

    def add_bring_up(self, text: str) -> Done[BringUpItem]:
        notebook = self.notebook
        return self._added(
            QT_TRANSLATE_NOOP("open_journal", "adding that"),
            Part.BRING_UP,
            notebook.add_bring_up(text),
            notebook.delete_bring_up,
            notebook.restore_bring_up,
        )

    def edit_bring_up(self, item_id: int, text: str) -> Done[BringUpItem]:
        before = self.notebook.bring_up_item(item_id)
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "the change"),
            Part.BRING_UP,
            item_id,
            lambda words: self.notebook.edit_bring_up(item_id, words),
            before.text,
            text,
        )

    def mark_brought_up(self, item_id: int, day: date | None) -> Done[BringUpItem]:
        """Brought up on ``day``; None puts it back at the end of the open list. Undo puts it
        back as it was, in its place on the open list too."""
        notebook = self.notebook
        before = notebook.bring_up_item(item_id)
        row = self._index([i.id for i in notebook.bring_up_items() if i.is_open], item_id)

        def to(when: date | None) -> BringUpItem:
            item = notebook.mark_brought_up(item_id, when)
            if when is None and before.is_open:  # back in its place on the open list
                notebook.move_bring_up(item_id, row)
            return item

        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "marking it as brought up")
            if day
            else QT_TRANSLATE_NOOP("open_journal", "putting it back on the list"),
            Part.BRING_UP,
            item_id,
            to,
            before.brought_up_on,
            day,
        )

    def delete_bring_up(self, item_id: int) -> Done[BringUpItem]:
        notebook = self.notebook
        return self._removed(
            QT_TRANSLATE_NOOP("open_journal", "deleting that"),
            Part.BRING_UP,
            notebook.bring_up_item(item_id),
            notebook.delete_bring_up,
            notebook.restore_bring_up,
        )

    def move_bring_up(self, item_id: int, position: int) -> Done[list[BringUpItem]]:
        ids = [i.id for i in self.notebook.bring_up_items() if i.is_open]
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "moving it"),
            Part.BRING_UP,
            item_id,
            lambda where: self.notebook.move_bring_up(item_id, where),
            self._index(ids, item_id),
            position,
        )

    # -- showing up ---------------------------------------------------------------------------

    def record_session(
        self,
        day: date,
        kind: SessionKind,
        attendance: Attendance,
        note: str = "",
        at: time | None = None,
    ) -> Done[RecordedSession]:
        """A session, and the win it logs when the person was there. Undo takes back both."""
        recorded = self.notebook.record_session(day, kind, attendance, note, at)
        return self._session_step(
            QT_TRANSLATE_NOOP("open_journal", "recording the session"), recorded, None
        )

    def edit_session(self, session_id: int, **fields: Any) -> Done[RecordedSession]:
        before = self.notebook.session(session_id)
        recorded = self.notebook.edit_session(session_id, **fields)
        return self._session_step(
            QT_TRANSLATE_NOOP("open_journal", "the change to the session"), recorded, before
        )

    def i_was_there(self, plan_id: int, day: date | None = None) -> Done[RecordedSession]:
        """From the plan, one click: the person was at this session on ``day`` (today)."""
        when = day if day is not None else self.notebook.today
        before = next((s for s in self.notebook.sessions(when, when) if s.plan_id == plan_id), None)
        recorded = self.notebook.i_was_there(plan_id, when)
        if before is not None and recorded.win is None and recorded.session == before:
            return Done(recorded)  # recorded already: nothing changed
        return self._session_step(
            QT_TRANSLATE_NOOP("open_journal", "recording the session"), recorded, before
        )

    def _session_step(
        self, description: str, recorded: RecordedSession, before: SessionRecord | None
    ) -> Done[RecordedSession]:
        """A session recorded or changed (``before`` it was), with the journal change that
        came with it (a win logged, reworded or taken back). Undo reverses the win first, so
        the session's link to it comes back with it; Redo does it all again."""
        notebook, after = self.notebook, recorded.session
        wins = [recorded.win]

        def reverse_win() -> Changes:
            if wins[-1] is None:
                return NOTHING
            wins.append(self.journal.undo(wins[-1]))
            return self._entries(wins[-1])

        def undo() -> Changes:
            changes = reverse_win()
            notebook.delete_session(after.id)
            if before is not None:
                notebook.restore_session(before)
            return changes | self._note(Part.SESSIONS, "changed", after.id)

        def redo() -> Changes:
            if before is not None:
                notebook.delete_session(before.id)
            changes = reverse_win()
            notebook.restore_session(after)
            return changes | self._note(Part.SESSIONS, "changed", after.id)

        what = "recorded" if before is None else "changed"
        changes = self._entries(recorded.win) | self._note(Part.SESSIONS, what, after.id)
        return Done(recorded, self._did(description, changes, undo, redo))

    def delete_session(self, session_id: int) -> Done[SessionRecord]:
        """The session goes; the win logged for it stays in the journal (wins are the
        person's). Undo brings the session back, linked to its win if that is still there."""
        notebook = self.notebook
        return self._removed(
            QT_TRANSLATE_NOOP("open_journal", "deleting the session"),
            Part.SESSIONS,
            notebook.session(session_id),
            notebook.delete_session,
            notebook.restore_session,
        )

    def add_plan_item(
        self, weekday: int, at: time | None, kind: SessionKind, note: str = ""
    ) -> Done[PlanItem]:
        notebook = self.notebook
        return self._added(
            QT_TRANSLATE_NOOP("open_journal", "adding it to your week"),
            Part.PLAN,
            notebook.add_plan_item(weekday, at, kind, note),
            notebook.remove_plan_item,
            notebook.restore_plan_item,
        )

    def edit_plan_item(
        self,
        plan_id: int,
        *,
        weekday: int | None = None,
        at: time | Unchanged | None = UNCHANGED,
        kind: SessionKind | None = None,
        note: str | None = None,
    ) -> Done[PlanItem]:
        before = self.notebook.plan_item(plan_id)
        earlier = (before.weekday, before.at, before.kind, before.note)
        after = (
            weekday if weekday is not None else before.weekday,
            before.at if isinstance(at, Unchanged) else at,
            kind if kind is not None else before.kind,
            note if note is not None else before.note,
        )

        def apply(values: tuple[int, time | None, SessionKind, str]) -> PlanItem:
            day, when, what, words = values
            return self.notebook.edit_plan_item(
                plan_id, weekday=day, at=when, kind=what, note=words
            )

        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "the change to your week"),
            Part.PLAN,
            plan_id,
            apply,
            earlier,
            after,
        )

    def remove_plan_item(self, plan_id: int) -> Done[PlanItem]:
        notebook = self.notebook
        return self._removed(
            QT_TRANSLATE_NOOP("open_journal", "taking it out of your week"),
            Part.PLAN,
            notebook.plan_item(plan_id),
            notebook.remove_plan_item,
            notebook.restore_plan_item,
        )

    # -- phrases ------------------------------------------------------------------------------

    def add_phrase(self, text: str) -> Done[Phrase]:
        notebook = self.notebook
        return self._added(
            QT_TRANSLATE_NOOP("open_journal", "adding the phrase"),
            Part.PHRASES,
            notebook.add_phrase(text),
            notebook.delete_phrase,
            notebook.restore_phrase,
        )

    def edit_phrase(self, phrase_id: int, text: str) -> Done[Phrase]:
        before = self.notebook.phrase(phrase_id)
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "the change"),
            Part.PHRASES,
            phrase_id,
            lambda words: self.notebook.edit_phrase(phrase_id, words),
            before.text,
            text,
        )

    def delete_phrase(self, phrase_id: int) -> Done[Phrase]:
        notebook = self.notebook
        return self._removed(
            QT_TRANSLATE_NOOP("open_journal", "deleting the phrase"),
            Part.PHRASES,
            notebook.phrase(phrase_id),
            notebook.delete_phrase,
            notebook.restore_phrase,
        )

    def move_phrase(self, phrase_id: int, position: int) -> Done[list[Phrase]]:
        ids = [p.id for p in self.notebook.phrases()]
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "moving the phrase"),
            Part.PHRASES,
            phrase_id,
            lambda where: self.notebook.move_phrase(phrase_id, where),
            self._index(ids, phrase_id),
            position,
        )

    # -- what I have going for me (recovery capital check-ins) --------------------------------

    def record_check_in(
        self, day: date, answers: Sequence[int | None], note: str = ""
    ) -> Done[CapitalCheckIn]:
        """A new check-in, beside every other (none is changed). Undo takes it back."""
        notebook = self.notebook
        return self._added(
            "the check-in",
            Part.CHECK_INS,
            notebook.record_check_in(day, answers, note),
            notebook.delete_check_in,
            notebook.restore_check_in,
        )

    def delete_check_in(self, check_in_id: int) -> Done[CapitalCheckIn]:
        notebook = self.notebook
        return self._removed(
            "deleting the check-in",
            Part.CHECK_INS,
            notebook.check_in(check_in_id),
            notebook.delete_check_in,
            notebook.restore_check_in,
        )

    def set_check_in_nudge(self, months: int) -> Done[int]:
        """A gentle nudge every ``months`` (1, 2 or 3) months; 0 turns it off. Undo puts back
        the choice before."""
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "the change to your reminder"),
            Part.CHECK_INS,
            CHECK_IN_NUDGE,
            self.notebook.set_nudge_months,
            self.notebook.nudge_months,
            months,
        )

    def note_check_in_nudge_shown(self, day: date | None = None) -> Done[None]:
        """The nudge was shown (today): the next waits a whole period. Not on the history."""
        self.notebook.note_nudge_shown(day)
        return Done(None, self._noted(self._note(Part.CHECK_INS, "nudged", CHECK_IN_NUDGE)))

    # -- how I am -----------------------------------------------------------------------------

    def record_how_i_am(
        self,
        day: date,
        *,
        words: Iterable[str] = (),
        halt: Iterable[Halt | str] = (),
        line: str = "",
    ) -> Done[HowIAm]:
        notebook = self.notebook
        return self._added(
            QT_TRANSLATE_NOOP("open_journal", "noting how you are"),
            Part.HOW_I_AM,
            notebook.record_how_i_am(day, words=words, halt=halt, line=line),
            notebook.delete_how_i_am,
            notebook.restore_how_i_am,
        )

    def edit_how_i_am(
        self,
        item_id: int,
        *,
        day: date | None = None,
        words: Iterable[str] | None = None,
        halt: Iterable[Halt | str] | None = None,
        line: str | None = None,
    ) -> Done[HowIAm]:
        before = self.notebook.how_i_am(item_id)
        earlier = (before.day, before.words, before.halt, before.line)
        after = (
            day if day is not None else before.day,
            tuple(words) if words is not None else before.words,
            halt_in_order(list(halt)) if halt is not None else before.halt,
            line if line is not None else before.line,
        )

        def apply(values: tuple[date, tuple[str, ...], tuple[Halt, ...], str]) -> HowIAm:
            when, chosen, ticked, said = values
            return self.notebook.edit_how_i_am(
                item_id, day=when, words=chosen, halt=ticked, line=said
            )

        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "the change"),
            Part.HOW_I_AM,
            self._named(Part.HOW_I_AM, before)[1],
            apply,
            earlier,
            after,
        )

    def delete_how_i_am(self, item_id: int) -> Done[HowIAm]:
        notebook = self.notebook
        return self._removed(
            QT_TRANSLATE_NOOP("open_journal", "deleting that"),
            Part.HOW_I_AM,
            notebook.how_i_am(item_id),
            notebook.delete_how_i_am,
            notebook.restore_how_i_am,
        )

    # -- picking up from here -----------------------------------------------------------------

    def record_picking_up(
        self,
        entry_id: int,
        *,
        going_on: str = "",
        halt: Iterable[Halt | str] = (),
        did: str = "",
        helped: str = "",
    ) -> Done[PickingUp]:
        """Notes after hard moment ``entry_id``. Undo takes them back; the hard moment stays."""
        notebook = self.notebook
        return self._added(
            QT_TRANSLATE_NOOP("open_journal", "the notes"),
            Part.PICKING_UP,
            notebook.record_picking_up(
                entry_id, going_on=going_on, halt=halt, did=did, helped=helped
            ),
            notebook.delete_picking_up,
            notebook.restore_picking_up,
        )

    def edit_picking_up(
        self,
        item_id: int,
        *,
        going_on: str | None = None,
        halt: Iterable[Halt | str] | None = None,
        did: str | None = None,
        helped: str | None = None,
    ) -> Done[PickingUp]:
        before = self.notebook.picking_up(item_id)
        earlier = (before.going_on, before.halt, before.did, before.helped)
        after = (
            going_on if going_on is not None else before.going_on,
            halt_in_order(list(halt)) if halt is not None else before.halt,
            did if did is not None else before.did,
            helped if helped is not None else before.helped,
        )

        def apply(values: tuple[str, tuple[Halt, ...], str, str]) -> PickingUp:
            going, ticked, done, helping = values
            return self.notebook.edit_picking_up(
                item_id, going_on=going, halt=ticked, did=done, helped=helping
            )

        name = self._named(Part.PICKING_UP, before)[1]
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "the change to your notes"),
            Part.PICKING_UP,
            name,
            apply,
            earlier,
            after,
        )

    def delete_picking_up(self, item_id: int) -> Done[PickingUp]:
        """The notes go; their hard moment stays. Undo brings them back, linked again."""
        notebook = self.notebook
        return self._removed(
            QT_TRANSLATE_NOOP("open_journal", "deleting the notes"),
            Part.PICKING_UP,
            notebook.picking_up(item_id),
            notebook.delete_picking_up,
            notebook.restore_picking_up,
        )

    # -- my plan for hard times ---------------------------------------------------------------

    def save_hard_times_plan(
        self,
        *,
        signs: str | None = None,
        on_my_own: str | None = None,
        people: Sequence[Contact] | None = None,
        places: str | None = None,
        remember: str | None = None,
    ) -> Done[HardTimesPlan | None]:
        """A new version of the plan (None when nothing changed). Undo takes that version
        back; Redo saves it again."""
        notebook = self.notebook
        version = notebook.save_hard_times_plan(
            signs=signs, on_my_own=on_my_own, people=people, places=places, remember=remember
        )
        if version is None:
            return Done(None)
        latest = [version]

        def undo() -> Changes:
            notebook.take_back_hard_times_plan(latest[-1])
            return self._note(Part.HARD_TIMES_PLAN, "taken back", latest[-1].id)

        def redo() -> Changes:
            was = latest[-1]
            again = notebook.save_hard_times_plan(
                signs=was.signs,
                on_my_own=was.on_my_own,
                people=was.people,
                places=was.places,
                remember=was.remember,
            )
            if again is not None:
                latest.append(again)
            return self._note(Part.HARD_TIMES_PLAN, "saved", latest[-1].id)

        changes = self._note(Part.HARD_TIMES_PLAN, "saved", version.id)
        return Done(
            version,
            self._did(QT_TRANSLATE_NOOP("open_journal", "saving your plan"), changes, undo, redo),
        )

    def save_plan_window(
        self,
        *,
        people: Sequence[Contact],
        program_phone: str,
        on_unlock_screen: bool,
        **parts: str,
    ) -> Done[HardTimesPlan | None]:
        """What the plan's window saves at once: a new version of the plan (None when it
        didn't change), the program's number and the unlock screen's choice; one step for
        Undo, however many of them changed."""
        changes = Changes()
        with self.history.as_one(QT_TRANSLATE_NOOP("open_journal", "saving your plan")):
            saved = self.save_hard_times_plan(people=people, **parts)
            changes |= saved.changes
            if " ".join(program_phone.split()) != self.own.program_phone:
                changes |= self.set_program_phone(program_phone).changes
            if on_unlock_screen != self.notebook.plan_on_unlock_screen:
                changes |= self.set_plan_on_unlock_screen(on_unlock_screen).changes
        return Done(saved.result, changes)

    def set_plan_on_unlock_screen(self, on: bool) -> Done[bool]:
        """Whether a copy of the plan is kept readable on the unlock screen (not encrypted);
        Undo puts back the choice before."""
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "showing your plan on the unlock screen")
            if on
            else QT_TRANSLATE_NOOP("open_journal", "taking it off the unlock screen"),
            Part.HARD_TIMES_PLAN,
            PLAN_ON_UNLOCK_SCREEN,
            self.notebook.set_plan_on_unlock_screen,
            self.notebook.plan_on_unlock_screen,
            on,
        )

    # -- the person's own details, and drafts -------------------------------------------------

    def set_program_phone(self, text: str) -> Done[str]:
        """Keep the program's number for Help now ("" removes it); Undo puts back the one
        before."""
        return self._set(
            QT_TRANSLATE_NOOP("open_journal", "the change to your program's number"),
            Part.OWN_DETAILS,
            OWN_PHONE,
            self.own.set_program_phone,
            self.own.program_phone,
            text,
        )

    def set_recovery_code_kept(self, kept: bool) -> Done[None]:
        """Whether setup's recovery code was kept; written only when that changes."""
        if self.own.recovery_code_kept == kept:
            return Done(None)
        self.own.set_recovery_code_kept(kept)
        return Done(None, self._noted(self._note(Part.OWN_DETAILS, "changed", OWN_CODE)))

    def set_last_session_day(self, day: date | None) -> Done[None]:
        """The day of the last session, remembered for the next summary's "since my last
        session" (None forgets it). Not a step on the undo history: remembering it is a side
        of making a summary, not a change the person made to their journal."""
        if self.own.last_session_day == day:
            return Done(None)
        self.own.set_last_session_day(day)
        return Done(None, self._noted(self._note(Part.OWN_DETAILS, "changed", OWN_LAST_SESSION)))

    def keep_draft(self, name: str, body: dict[str, Any]) -> Done[None]:
        """What an editor holds, kept until it is opened again (not on the undo history)."""
        self.drafts.save(name, body)
        return Done(None, self._note(Part.DRAFTS, "kept", f"draft:{name}"))

    def drop_draft(self, name: str) -> Done[None]:
        self.drafts.discard(name)
        return Done(None, self._note(Part.DRAFTS, "dropped", f"draft:{name}"))

    def holds_anything(self) -> bool:
        """Whether the person has written anything yet: an entry, or words in the notebook."""
        return self.journal.count() > 0 or self.notebook.holds_own_words()

    # -- imports ------------------------------------------------------------------------------

    def import_plans(
        self, entries: ImportPlan, notebook: NotebookPlan | None, *, on_worker: bool = True
    ) -> Done[FileImportResult]:
        """Add a checked file (its entries, and its notebook) in one transaction: on the
        worker connection, from the worker thread (``on_worker``; the command line has one
        thread and uses the main connection). Undo (on the window's thread) takes back exactly
        what it added; Redo adds the same file again."""

        def add(journal: JournalService, book: NotebookService) -> FileImportResult:
            if notebook is None:
                return FileImportResult.of(journal.import_entries(entries))
            return FileImportResult.of(*book.import_with_entries(entries, notebook))

        def add_here() -> FileImportResult:
            if on_worker:
                return add(self.worker_journal, self.worker_notebook)
            return add(self.journal, self.notebook)

        result = add_here()
        added = [result]

        def undo() -> Changes:
            self.notebook.take_back_import(added[-1], added[-1].notebook)
            return Changes.everything("journal.import_taken_back", self.clock())

        def redo() -> Changes:  # on the worker again, when the import was (``slow_redo``)
            added.append(add_here())
            return Changes.everything("journal.imported", self.clock())

        if not (result.added or result.categories_added or result.notebook.added):
            return Done(result)
        changes = Changes.everything("journal.imported", self.clock())
        return Done(
            result,
            self._did(
                QT_TRANSLATE_NOOP("open_journal", "the import"),
                changes,
                undo,
                redo,
                slow_redo=on_worker,
            ),
        )

    # -- backups ------------------------------------------------------------------------------

    def make_backup(self, target: Path | None = None) -> Done[Backup]:
        """An encrypted, checked backup at ``target`` (a file, or a folder for it; by default
        the journal's backups folder)."""
        made = backup.make_backup(self.vault, target)
        return Done(made, self._note(Part.BACKUPS, "made", f"backup:{made.path.name}"))

    def make_daily_backup(self, now: datetime) -> Done[Backup | None]:
        """Today's automatic backup, unless there is one already. Safe off the window's
        thread: the backup reads through a connection of its own. (Whether there is anything
        to keep yet, ``holds_anything``, is for the caller to ask on the window's thread.)"""
        made = backup.make_daily_backup(self.vault, now)
        if made is None:
            return Done(None)
        return Done(made, self._note(Part.BACKUPS, "made", f"backup:{made.path.name}"))

    @staticmethod
    def preview_backup(
        source: Path | Backup, secret: str, *, scratch_in: Path | None = None
    ) -> BackupPreview:
        return backup.preview(source, secret, scratch_in=scratch_in)

    @staticmethod
    def restore(folder: Path, source: Path | Backup, secret: str) -> Done[RestoreResult]:
        """Replace the (locked) journal in ``folder`` with a backup; the journal as it was is
        kept among the backups, so a restore can be undone by restoring that. Everything
        changed: whatever opens the journal next reads it whole."""
        result = backup.restore(folder, source, secret)
        with contextlib.suppress(KnownError):  # the journal put back decides when it opens
            unlock_copy.remove(folder)
        return Done(result, Changes.everything("journal.restored", local_now()))

    @staticmethod
    def find_backup(folder: Path, name: str) -> Backup:
        return backup.find(folder, name)

    @staticmethod
    def list_backups(folder: Path) -> list[Backup]:
        return backup.list_backups(folder)

    # -- keys ---------------------------------------------------------------------------------

    def is_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this journal. Slow: Argon2id."""
        return self.vault.is_passphrase(passphrase)

    def check_current_passphrase(self, current: str) -> None:
        """Refuse, in one sentence, a passphrase that isn't the one in use. Slow: Argon2id."""
        if not self.vault.is_passphrase(current):
            raise WrongPassphrase(
                translate("open_journal", "That isn't the current passphrase, so nothing changed.")
            )

    def change_passphrase(self, current: str | None, new: str) -> Done[None]:
        """A new passphrase, once ``current`` is shown to be the one in use (None: it was
        checked already, as when it just opened the journal)."""
        check_new_passphrase(new)
        if current is not None:
            self.check_current_passphrase(current)
        self.vault.change_passphrase(new)
        self._key_file_changed()
        return Done(None, self._note(Part.KEYS, "changed", "keys:passphrase"))

    def _key_file_changed(self) -> None:
        """A new passphrase or recovery code goes to the folder that keeps this journal in
        step (if there is one), for the other computers and for a new one."""
        if self._in_step() is not None:
            self.folder_sync.key_file_changed()

    def new_recovery_code(self) -> Done[str]:
        """A new recovery code (the old one stops working), to be shown once."""
        code = self.vault.new_recovery_code()
        self._key_file_changed()
        return Done(code, self._note(Part.KEYS, "changed", "keys:recovery"))

    def remember_device(self) -> Done[None]:
        self.vault.remember_device(self.keychain)
        return Done(None, self._note(Part.KEYS, "changed", "keys:device"))

    def forget_this_device(self) -> Done[None]:
        self.forget_device(self.folder, self.keychain)
        return Done(None, self._note(Part.KEYS, "changed", "keys:device"))

    def rotate_key(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> Done[KeyRotation]:
        """A new data key, passphrase and recovery code (see ``Vault.rotate_key``). The
        journal's connections are new afterwards: the services are built again."""
        in_step = self._in_step()
        old_files: list[str] = []
        if in_step is not None:  # the other computers' changes first, under the old key
            with contextlib.suppress(KnownError):
                self.folder_sync.sync_pass()
            old_files = self.folder_sync.own_files()
        rotation = self.vault.rotate_key(new_passphrase, kdf=kdf, keychain=self.keychain)
        self.history.clear()  # its steps belong to the connections that are gone
        self._connect()
        if in_step is not None:
            # The folder is re-keyed: a computer that has the old key reads nothing new, and
            # the others ask for the new passphrase (``take_new_key``). A folder that isn't
            # there now (a USB stick) is re-keyed when it is chosen again.
            with contextlib.suppress(KnownError):
                self.folder_sync.start_again(in_step, old_files, key_changed_here=True)
        return Done(rotation, Changes.everything("keys.rotated", self.clock()))

    def take_new_key(self, typed: str, *, new_passphrase: str | None = None) -> Done[None]:
        """Take up the key another computer changed this journal to (``KeyChangedElsewhere``),
        with the passphrase (or the recovery code and a ``new_passphrase`` for this computer)
        chosen there. This journal is re-encrypted under it and writes itself into the folder
        again. Slow: Argon2id and a re-encryption."""
        folder = self.folder_sync.folder
        if folder is None:
            raise NotSyncing()
        slots, data_key = sync_key_file(
            folder, typed, new_passphrase is not None, vault_id=self.vault.vault_id
        )
        old_files = self.folder_sync.own_files()
        self.vault.take_key(slots, data_key, new_passphrase=new_passphrase, keychain=self.keychain)
        self.history.clear()
        self._connect()
        result = self.folder_sync.start_again(
            folder, old_files, key_changed_here=new_passphrase is not None
        )
        return Done(
            None, self._noted(result.changes | Changes.everything("keys.taken", self.clock()))
        )
