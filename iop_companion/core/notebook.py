"""``NotebookService``: the recovery notebook, in the encrypted journal.

What the person has learned lives here: what I know now (five sections, every saved version
kept, so "what I knew in March" can be read back), things to bring up to the therapist or the
group, the sessions they showed up to (with an optional weekly plan), phrases for coming back,
and the coping tools (``core/coping_model.py``): recovery capital check-ins, how I am, picking
up from here after a hard moment, and the plan for hard times.

Like ``JournalService`` it takes an open ``sqlite_utils.Database``, returns dataclasses
(``core/notebook_model.py``, re-exported here) and turns storage errors into ``KnownError``s.
It needs the ``JournalService`` on the same database, because showing up to a session logs a win
(how sessions and wins go together: ``core/notebook_sessions.py``).

It is put together here from its parts, one module each: ``notebook_notes`` (what I know now),
``notebook_bring_up``, ``notebook_plan`` and ``notebook_sessions`` (showing up),
``notebook_phrases``, ``notebook_check_ins`` (what I have going for me, and its nudge),
``notebook_how_i_am``, ``notebook_picking_up`` (built on what I know now),
``notebook_hard_times``, ``notebook_search`` (built on all of those) and ``notebook_import``
(importing, taking an import back, what an export asks; the coping tools' part is
``notebook_coping_import``); they share ``core/storage.py`` and ``core/checks.py`` with the
journal. The names other modules import from here stay importable
from here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from iop_companion.core.notebook_import import ImportAndExport
from iop_companion.core.notebook_model import (
    ATTENDANCE_TITLES,
    BRING_UP_SUGGESTIONS,
    MAX_BRING_UP_CHARS,
    MAX_NOTE_CHARS,
    MAX_PHRASE_CHARS,
    MAX_PLAN_NOTE_CHARS,
    MAX_SESSION_NOTE_CHARS,
    SECTION_PROMPTS,
    SECTION_TITLES,
    SESSION_KIND_TITLES,
    UNCHANGED,
    WEEKDAY_NAMES,
    Attendance,
    BringUpItem,
    DueSession,
    NotebookHit,
    NotebookImportResult,
    NotebookPlan,
    NoteSection,
    NoteVersion,
    Phrase,
    PlanItem,
    RecordedSession,
    SessionKind,
    SessionRecord,
    Unchanged,
    attendance_title,
    bring_up_suggestions,
    section_prompt,
    section_title,
    session_counts_sentence,
    session_kind_count,
    session_kind_title,
    session_win_text,
)
from iop_companion.core.notebook_search import NotebookSearch
from iop_companion.core.notebook_sessions import SHOWING_UP_CATEGORY
from iop_companion.core.storage import local_now
from iop_companion.i18n import translate
from iop_companion.vault.database import plain_errors

if TYPE_CHECKING:
    from sqlite_utils import Database

    from iop_companion.core.journal import JournalService

__all__ = [
    "ATTENDANCE_TITLES",
    "BRING_UP_SUGGESTIONS",
    "MAX_BRING_UP_CHARS",
    "MAX_NOTE_CHARS",
    "MAX_PHRASE_CHARS",
    "MAX_PLAN_NOTE_CHARS",
    "MAX_SESSION_NOTE_CHARS",
    "SECTION_PROMPTS",
    "SECTION_TITLES",
    "SESSION_KIND_TITLES",
    "SHOWING_UP_CATEGORY",
    "UNCHANGED",
    "WEEKDAY_NAMES",
    "Attendance",
    "BringUpItem",
    "DueSession",
    "NoteSection",
    "NoteVersion",
    "NotebookHit",
    "NotebookImportResult",
    "NotebookPlan",
    "NotebookService",
    "Phrase",
    "PlanItem",
    "RecordedSession",
    "SessionKind",
    "SessionRecord",
    "Unchanged",
    "attendance_title",
    "bring_up_suggestions",
    "section_prompt",
    "section_title",
    "session_counts_sentence",
    "session_kind_count",
    "session_kind_title",
    "session_win_text",
]


class NotebookService(NotebookSearch, ImportAndExport):
    """The whole notebook on one database: its notes, bring-up list, plan, sessions, phrases
    and coping tools (``NotebookSearch`` builds on every part), its import, and what is about
    all of it."""

    def __init__(
        self, db: Database, journal: JournalService, clock: Callable[[], datetime] = local_now
    ) -> None:
        """``journal`` must work on the same database: a session's win is logged through it."""
        super().__init__(db, clock)
        self._journal = journal

    def holds_own_words(self) -> bool:
        """Whether the person has written anything in the notebook yet: a note, a thing to bring
        up, a session, a plan item, a check-in of any kind, notes after a hard moment, a plan
        for hard times, or a phrase of their own (the program's phrases, as they come, don't
        count)."""
        tables = (
            "notebook_notes",
            "notebook_bring_up",
            "notebook_sessions",
            "notebook_plan",
            "notebook_check_ins",
            "notebook_how_i_am",
            "notebook_picking_up",
            "notebook_hard_times_plan",
        )
        with plain_errors():
            if any(self._db.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in tables):  # noqa: S608
                return True
        from iop_companion.vault.schema import DEFAULT_PHRASES  # its sqlite-utils waits till here

        kept = tuple(p.text for p in self.phrases())
        # As a journal starts, in English or in the language it was made in (if it is this one).
        return kept not in {DEFAULT_PHRASES, tuple(translate("schema", p) for p in DEFAULT_PHRASES)}
