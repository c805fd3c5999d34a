"""Showing up: the sessions the person was at (or didn't make), each with the win it logged,
and recording them from the weekly plan.

A part of ``NotebookService`` (``core/notebook.py``), built on the plan (``core/notebook_plan.py``).
It needs the ``JournalService`` on the same database, because showing up to a session logs a win.

How sessions and wins go together:

- Recording a session the person was at (late and leaving early count) logs a win in the
  "Showing up" category (found by name; none if the person renamed it) and links it. The
  ``Change`` comes back in ``RecordedSession.win`` for the undo stack.
- A session the person didn't make adds nothing and takes nothing away.
- Undoing or deleting that win in the journal leaves the session as it was, with
  ``entry_id`` None; undoing that deletion links it again.
- Changing a session to "Didn't make it" deletes the win logged for it (the ``Change`` is
  returned, so it can be undone); changing it back logs one again. Moving it to another day
  moves its win too; its words follow the new kind or attendance unless the person rewrote them.
- Deleting a session keeps its win: wins are the person's, and only they delete one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, time
from typing import TYPE_CHECKING, Any

from iop_companion.core.checks import check_day, notebook_text
from iop_companion.core.model import Change
from iop_companion.core.notebook_model import (
    MAX_SESSION_NOTE_CHARS,
    UNCHANGED,
    Attendance,
    DueSession,
    RecordedSession,
    SessionKind,
    SessionRecord,
    Unchanged,
    minute_text,
    session_win_text,
    stored_minute,
    to_minute,
)
from iop_companion.core.notebook_plan import Plan
from iop_companion.core.storage import day_where, delete_row, first_found, insert_row, row_exists
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, translate
from iop_companion.vault.database import plain_errors

notebook_sessions = Context("notebook_sessions")

if TYPE_CHECKING:
    from iop_companion.core.journal import JournalService

# The category a session's win goes in: one of the journal's first categories, which are in the
# language the journal was made in (vault/schema.py, same context), so both are looked for.
SHOWING_UP_CATEGORY = QT_TRANSLATE_NOOP("schema", "Showing up")

_SESSION_SELECT = """
    SELECT s.id, s.day, s.kind, s.attendance, s.note, s.at, p.id AS plan_id, e.id AS entry_id
    FROM notebook_sessions s
    LEFT JOIN notebook_plan p ON p.id = s.plan_id
    LEFT JOIN entries e ON e.uid = s.entry_uid
"""
_SESSION_ORDER = "ORDER BY s.day DESC, s.at IS NULL, s.at DESC, s.uid DESC"


class Sessions(Plan):
    _journal: JournalService  # on the same database: a session's win is logged through it

    def record_session(
        self,
        day: date,
        kind: SessionKind,
        attendance: Attendance,
        note: str = "",
        at: time | None = None,
        plan_id: int | None = None,
    ) -> RecordedSession:
        """Record a session; showing up to it (late or leaving early too) logs a win for it.

        With ``plan_id``, a plan item has at most one session a day: when that day already has
        one, it is changed to what is given here (see ``edit_session``).
        """
        kind, attendance = SessionKind(kind), Attendance(attendance)
        note = _session_note(note)
        day = check_day(day, self.today)
        at = to_minute(at)
        with plain_errors(), self._db.atomic():
            if plan_id is not None:
                self.plan_item(plan_id)
                existing = self._session_for(plan_id, day)
                if existing is not None:
                    return self.edit_session(
                        existing.id, attendance=attendance, note=note, kind=kind, at=at
                    )
            win = self._log_win(kind, attendance, day) if attendance.counts_as_showing_up else None
            row = {
                "day": day.isoformat(),
                "kind": kind.value,
                "attendance": attendance.value,
                "note": note,
                "at": minute_text(at),
                "plan_id": plan_id,
                "entry_uid": win.entry.uid if win is not None else None,
            }
            session_id = insert_row(self._db, "notebook_sessions", row)
        return RecordedSession(self.session(session_id), win)

    def edit_session(
        self,
        session_id: int,
        *,
        attendance: Attendance | None = None,
        note: str | None = None,
        kind: SessionKind | None = None,
        day: date | None = None,
        at: time | Unchanged | None = UNCHANGED,
    ) -> RecordedSession:
        """Change the given fields (None leaves one as it is; ``at=None`` clears the time).

        What happens to the session's win: changing to "Didn't make it" deletes it; changing
        from "Didn't make it" to being there logs one; a new day moves it; a new kind or
        attendance rewrites its words, unless the person has rewritten them. A win the person
        undid or deleted isn't logged again. ``RecordedSession.win`` is that journal change.
        """
        before = self.session(session_id)
        new_kind = SessionKind(kind) if kind is not None else before.kind
        new_attendance = Attendance(attendance) if attendance is not None else before.attendance
        new_day = check_day(day, self.today) if day is not None else before.day
        updates: dict[str, Any] = {
            "kind": new_kind.value,
            "attendance": new_attendance.value,
            "day": new_day.isoformat(),
        }
        if note is not None:
            updates["note"] = _session_note(note)
        if not isinstance(at, Unchanged):
            updates["at"] = minute_text(to_minute(at))
        win: Change | None = None
        with plain_errors(), self._db.atomic():
            if new_day != before.day and self._plan_day_taken(session_id, new_day):
                raise InvalidEntry(
                    translate(
                        "notebook_sessions",
                        "That day already has this session from your plan. "
                        "Change that one instead.",
                    )
                )
            if before.entry_id is not None and not new_attendance.counts_as_showing_up:
                win = self._journal.delete(before.entry_id)
                updates["entry_uid"] = None
            elif before.entry_id is not None:
                win = self._follow_win(before, before.entry_id, new_kind, new_attendance, new_day)
            elif new_attendance.counts_as_showing_up and not before.attendance.counts_as_showing_up:
                win = self._log_win(new_kind, new_attendance, new_day)
                updates["entry_uid"] = win.entry.uid
            self._db.table("notebook_sessions").update(session_id, updates)
        return RecordedSession(self.session(session_id), win)

    def delete_session(self, session_id: int) -> None:
        """Remove a session. The win logged for it stays in the journal: wins are the person's.

        Keep the ``SessionRecord`` to give it back with ``restore_session``.
        """
        delete_row(self._db, "notebook_sessions", session_id, NotInNotebook)

    def restore_session(self, session: SessionRecord) -> SessionRecord:
        """Bring a deleted session back as it was (for undo), linked to its win if still there."""
        with plain_errors(), self._db.atomic():
            if not row_exists(self._db, "notebook_sessions", session.id):
                uid = None
                if session.entry_id is not None:
                    row = self._db.execute(
                        "SELECT uid FROM entries WHERE id = ?", [session.entry_id]
                    ).fetchone()
                    uid = row[0] if row else None
                plan_id = session.plan_id
                if plan_id is not None and self._session_for(plan_id, session.day) is not None:
                    plan_id = None  # that day's session from the plan was recorded again since
                record = {
                    "id": session.id,
                    "day": session.day.isoformat(),
                    "kind": session.kind.value,
                    "attendance": session.attendance.value,
                    "note": session.note,
                    "at": minute_text(session.at),
                    "plan_id": plan_id,
                    "entry_uid": uid,
                }
                insert_row(self._db, "notebook_sessions", record)
        return self.session(session.id)

    def session(self, session_id: int) -> SessionRecord:
        return first_found(self._sessions("WHERE s.id = ?", [session_id]), NotInNotebook)

    def sessions(self, since: date | None = None, until: date | None = None) -> list[SessionRecord]:
        """Sessions from ``since`` to ``until`` (both included, either open), newest first."""
        where, params = day_where("s.day", since, until)
        return self._sessions(f"{where} {_SESSION_ORDER}", params)

    def showing_up_counts(self, since: date, until: date) -> dict[SessionKind, int]:
        """Sessions the person showed up to in the range, by kind, for a summary. Those they
        didn't make are not counted, and count against nothing; nor is a session whose win they
        marked private (a summary never holds a private entry, nor a sign of one)."""
        shown_up = json.dumps([a.value for a in Attendance if a.counts_as_showing_up])
        with plain_errors():
            rows = self._db.execute(
                """SELECT s.kind, count(*) FROM notebook_sessions s
                   LEFT JOIN entries e ON e.uid = s.entry_uid
                   WHERE s.day BETWEEN ? AND ?
                     AND s.attendance IN (SELECT value FROM json_each(?))
                     AND coalesce(e.private, 0) = 0
                   GROUP BY s.kind""",
                [since.isoformat(), until.isoformat(), shown_up],
            ).fetchall()
        counts = {SessionKind(kind): count for kind, count in rows}
        return {kind: counts[kind] for kind in SessionKind if kind in counts}

    def last_session_before(self, day: date) -> date | None:
        """A suggestion for a summary's "since my last session" when the person hasn't given
        one: the day of the latest session on or before ``day`` that they showed up to (late
        and leaving early count).

        An individual session is preferred, however long ago: a summary is most often for the
        therapist seen one-on-one. With none recorded, the latest group session. Calls and
        meetings aren't sessions with a therapist, so they are never suggested; nor is a
        session whose win is private (``showing_up_counts`` leaves those out too)."""
        shown_up = json.dumps([a.value for a in Attendance if a.counts_as_showing_up])
        with plain_errors():
            row = self._db.execute(
                """SELECT s.day FROM notebook_sessions s
                   LEFT JOIN entries e ON e.uid = s.entry_uid
                   WHERE s.day <= ? AND s.kind IN (?, ?)
                     AND s.attendance IN (SELECT value FROM json_each(?))
                     AND coalesce(e.private, 0) = 0
                   ORDER BY s.kind = ? DESC, s.day DESC
                   LIMIT 1""",
                [
                    day.isoformat(),
                    SessionKind.INDIVIDUAL.value,
                    SessionKind.GROUP.value,
                    shown_up,
                    SessionKind.INDIVIDUAL.value,
                ],
            ).fetchone()
        return date.fromisoformat(row[0]) if row else None

    def _sessions(self, where: str, params: Sequence[Any]) -> list[SessionRecord]:
        with plain_errors():
            rows = self._db.execute(f"{_SESSION_SELECT} {where}", list(params)).fetchall()
        return [
            SessionRecord(
                id=row[0],
                day=date.fromisoformat(row[1]),
                kind=SessionKind(row[2]),
                attendance=Attendance(row[3]),
                note=row[4],
                at=stored_minute(row[5]),
                plan_id=row[6],
                entry_id=row[7],
            )
            for row in rows
        ]

    def _session_for(self, plan_id: int, day: date) -> SessionRecord | None:
        found = self._sessions("WHERE s.plan_id = ? AND s.day = ?", [plan_id, day.isoformat()])
        return found[0] if found else None

    def _plan_day_taken(self, session_id: int, day: date) -> bool:
        """True when the session's plan item (kept even once removed) has another on ``day``."""
        row = self._db.execute(
            """
            SELECT 1 FROM notebook_sessions o JOIN notebook_sessions s ON s.plan_id = o.plan_id
            WHERE s.id = ? AND o.day = ? AND o.id != s.id
            """,
            [session_id, day.isoformat()],
        ).fetchone()
        return row is not None

    def _log_win(self, kind: SessionKind, attendance: Attendance, day: date) -> Change:
        found = self._journal.find_category(translate("schema", SHOWING_UP_CATEGORY))
        if found is None:
            found = self._journal.find_category(SHOWING_UP_CATEGORY)
        category = found.id if found is not None else None
        return self._journal.log_win(session_win_text(kind, attendance), category=category, day=day)

    def _follow_win(
        self,
        before: SessionRecord,
        entry_id: int,
        kind: SessionKind,
        attendance: Attendance,
        day: date,
    ) -> Change | None:
        """Move the session's win to its new day and give it words for its new kind."""
        entry = self._journal.get(entry_id)
        edits: dict[str, Any] = {}
        if day != before.day and entry.day == before.day:
            edits["day"] = day
        old_text = session_win_text(before.kind, before.attendance)
        new_text = session_win_text(kind, attendance)
        if entry.text == old_text and new_text != old_text:
            edits["text"] = new_text
        return self._journal.edit(entry_id, **edits) if edits else None

    # -- from the weekly plan -----------------------------------------------------------------

    def due_on(self, day: date) -> list[DueSession]:
        """The plan's sessions on ``day``'s weekday, each with what was recorded for it that day.

        ``due_on(today)`` is what is coming up today.
        """
        items = [item for item in self.plan() if item.weekday == day.weekday()]
        recorded = {
            s.plan_id: s for s in self._sessions("WHERE s.day = ?", [day.isoformat()]) if s.plan_id
        }
        return [DueSession(item, day, recorded.get(item.id)) for item in items]

    def i_was_there(self, plan_id: int, day: date | None = None) -> RecordedSession:
        """One click from the plan: the person was at this session on ``day`` (today).

        Asked again for the same day, it returns the session already recorded and logs nothing
        (``win`` None). A session recorded as "Didn't make it" is changed to "Was there".
        """
        item = self.plan_item(plan_id)
        when = check_day(day if day is not None else self.today, self.today)
        with plain_errors(), self._db.atomic():
            existing = self._session_for(plan_id, when)
            if existing is not None and existing.attendance.counts_as_showing_up:
                return RecordedSession(existing, None)
            if existing is not None:
                return self.edit_session(existing.id, attendance=Attendance.ATTENDED)
            return self.record_session(
                when, item.kind, Attendance.ATTENDED, at=item.at, plan_id=plan_id
            )


def _session_note(text: str) -> str:
    return notebook_text(
        text,
        limit=MAX_SESSION_NOTE_CHARS,
        too_long=lambda: notebook_sessions.tr(
            "A session note holds up to %Ln character(s). The rest could go in your journal.",
            None,
            MAX_SESSION_NOTE_CHARS,
        ),
    )
