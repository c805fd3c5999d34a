"""Adding a checked notebook from an import file (``export.importer``) to the journal, taking
an import back, and the one thing an export asks of a session (its win's uid).

``ImportAndExport`` is the part of ``NotebookService`` (``core/notebook.py``) that does it;
``import_notebook`` and ``import_with_entries`` run ``add_notebook`` inside their transaction.

Nothing comes in twice: a note version with the same section, words and time; an item to bring
up with the same words and dates; a plan item with the same weekday, time, kind and label (the
file's sessions then point at the journal's); a session with the same day, kind, attendance,
time and note, or whose plan item already has a session that day; a phrase with the same words,
ignoring case; the coping tools as ``core/notebook_coping_import.py`` says (by uid, and a plan
version by its parts and time). New items to bring up and phrases go at the end of their lists
in the file's order; sessions go in from the end of the list to the start, like entries, so a
file written newest first keeps its order within a day.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from iop_companion.core.model import ImportPlan, ImportResult
from iop_companion.core.notebook_coping_import import COPING_TABLES, add_coping
from iop_companion.core.notebook_model import (
    ImportedBringUp,
    ImportedNote,
    ImportedPlanItem,
    ImportedSession,
    NotebookImportResult,
    NotebookPlan,
    SessionRecord,
    minute_text,
    utc_text,
)
from iop_companion.core.storage import Service, insert_row, next_position
from iop_companion.vault.database import plain_errors

if TYPE_CHECKING:
    from sqlite_utils import Database

    from iop_companion.core.journal import JournalService


# What an import may add, in the order taking it back removes it.
_IMPORT_TABLES = (
    "notebook_sessions",
    "notebook_plan",
    "notebook_bring_up",
    "notebook_notes",
    "notebook_phrases",
    *COPING_TABLES,
)


class ImportAndExport(Service):
    _journal: JournalService  # on the same database

    def import_with_entries(
        self, entries: ImportPlan, notebook: NotebookPlan
    ) -> tuple[ImportResult, NotebookImportResult]:
        """Add a checked import file's entries and notebook in one transaction: all or nothing.

        Entries go in first (``JournalService.import_entries``), so a session's win, named by
        its uid, is linked when it came in with it. Items already here are skipped (see
        ``import_notebook``).
        """
        with plain_errors(), self._db.atomic():
            return self._journal.import_entries(entries), self.import_notebook(notebook)

    def take_back_import(self, entries: ImportResult, notebook: NotebookImportResult) -> None:
        """Undo ``import_with_entries``: what it added goes, in one transaction. Sessions go
        before the plan items they may point at; anything already removed is simply gone."""
        with plain_errors(), self._db.atomic():
            for table in _IMPORT_TABLES:
                ids = [row_id for name, row_id in notebook.added_ids if name == table]
                if ids:
                    sql = f"DELETE FROM {table} WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
                    self._db.execute(sql, [json.dumps(ids)])
            self._journal.take_back_import(entries)

    def import_notebook(self, plan: NotebookPlan) -> NotebookImportResult:
        """Add a checked notebook (``export.importer``) in one transaction; what is already
        here is skipped (``core/notebook_import.py`` says how an item counts as already here)."""
        with plain_errors(), self._db.atomic():
            return add_notebook(self._db, plan)

    def export_uid(self, session: SessionRecord) -> str | None:
        """The uid of the session's win, for an export: None when there's none, or it's private
        (an export never holds a private entry, nor a sign that one exists)."""
        if session.entry_id is None:
            return None
        with plain_errors():
            row = self._db.execute(
                "SELECT uid FROM entries WHERE id = ? AND private = 0", [session.entry_id]
            ).fetchone()
        return row[0] if row else None


def add_notebook(db: Database, plan: NotebookPlan) -> NotebookImportResult:
    """Add what isn't here yet; the caller holds the transaction and turns storage errors into
    ``KnownError``s."""
    new: list[tuple[str, int | None]] = [
        ("notebook_notes", _add_note(db, note)) for note in plan.notes
    ]
    # Open items keep the file's order; the others go in oldest first, so items brought up on
    # the same day list as they did in the journal they came from.
    still_open = [item for item in plan.bring_up if item.brought_up_on is None]
    brought_up = [item for item in plan.bring_up if item.brought_up_on is not None]
    new += [
        ("notebook_bring_up", _add_bring_up(db, item))
        for item in [*still_open, *reversed(brought_up)]
    ]
    plan_ids: dict[int, int] = {}
    for item in plan.plan:
        plan_ids[item.key], added = _add_plan_item(db, item)
        new.append(("notebook_plan", added))
    new += [
        ("notebook_sessions", _add_session(db, session, plan_ids))
        for session in reversed(plan.sessions)
    ]
    new += [("notebook_phrases", _add_phrase(db, text)) for text in plan.phrases]
    new += add_coping(db, plan)
    added_ids = tuple((table, row_id) for table, row_id in new if row_id is not None)
    return NotebookImportResult(
        added=len(added_ids), already_there=len(new) - len(added_ids), added_ids=added_ids
    )


def _add_note(db: Database, note: ImportedNote) -> int | None:
    row = {"section": note.section.value, "text": note.text, "saved_at": utc_text(note.saved_at)}
    known = db.execute(
        "SELECT 1 FROM notebook_notes WHERE section = ? AND text = ? AND saved_at = ?",
        list(row.values()),
    ).fetchone()
    return insert_row(db, "notebook_notes", row) if known is None else None


def _add_bring_up(db: Database, item: ImportedBringUp) -> int | None:
    brought = item.brought_up_on.isoformat() if item.brought_up_on else None
    known = db.execute(
        "SELECT 1 FROM notebook_bring_up WHERE text = ? AND added_on = ? AND brought_up_on IS ?",
        [item.text, item.added_on.isoformat(), brought],
    ).fetchone()
    if known is not None:
        return None
    row = {
        "text": item.text,
        "added_on": item.added_on.isoformat(),
        "brought_up_on": brought,
        "position": next_position(db, "notebook_bring_up"),
    }
    return insert_row(db, "notebook_bring_up", row)


def _add_plan_item(db: Database, item: ImportedPlanItem) -> tuple[int, int | None]:
    """The journal's id for the file's plan item, and that id again if it had to be added."""
    row = {
        "weekday": item.weekday,
        "at": minute_text(item.at),
        "kind": item.kind.value,
        "note": item.note,
    }
    known = db.execute(
        "SELECT id FROM notebook_plan WHERE weekday = ? AND at IS ? AND kind = ? AND note = ? "
        "ORDER BY id LIMIT 1",
        list(row.values()),
    ).fetchone()
    if known is not None:
        return int(known[0]), None
    added = insert_row(db, "notebook_plan", row)
    return added, added


def _add_session(db: Database, session: ImportedSession, plan_ids: dict[int, int]) -> int | None:
    plan_id = plan_ids.get(session.plan_key) if session.plan_key is not None else None
    row = {
        "day": session.day.isoformat(),
        "kind": session.kind.value,
        "attendance": session.attendance.value,
        "at": minute_text(session.at),
        "note": session.note,
        "plan_id": plan_id,
        "entry_uid": session.entry_uid,
    }
    same = db.execute(
        "SELECT 1 FROM notebook_sessions WHERE day = ? AND kind = ? AND attendance = ? "
        "AND at IS ? AND note = ?",
        [row["day"], row["kind"], row["attendance"], row["at"], row["note"]],
    ).fetchone()
    # One session per plan item and day (a unique index holds the journal to it).
    taken = plan_id is not None and (
        db.execute(
            "SELECT 1 FROM notebook_sessions WHERE plan_id = ? AND day = ?", [plan_id, row["day"]]
        ).fetchone()
        is not None
    )
    return insert_row(db, "notebook_sessions", row) if same is None and not taken else None


def _add_phrase(db: Database, text: str) -> int | None:
    known = [row[0].casefold() for row in db.execute("SELECT text FROM notebook_phrases")]
    if text.casefold() in known:
        return None
    row = {"text": text, "position": next_position(db, "notebook_phrases")}
    return insert_row(db, "notebook_phrases", row)
