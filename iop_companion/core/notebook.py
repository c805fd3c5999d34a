"""``NotebookService``: the recovery notebook, in the encrypted journal.

What the person has learned lives here: what I know now (five sections, every saved version
kept, so "what I knew in March" can be read back), things to bring up to the therapist or the
group, the sessions they showed up to (with an optional weekly plan), and phrases for coming back.

Like ``JournalService`` it takes an open ``sqlite_utils.Database``, returns dataclasses
(``core/notebook_model.py``, re-exported here) and turns storage errors into ``KnownError``s.
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
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from iop_companion.core.journal import (
    EARLIEST_DAY,
    MATCH_END,
    MATCH_START,
    JournalService,
    fts_query,
    local_now,
    split_snippet,
)
from iop_companion.core.model import Change, ImportPlan, ImportResult
from iop_companion.core.notebook_import import add_notebook
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
    SESSION_KIND_NOUNS,
    SESSION_KIND_TITLES,
    UNCHANGED,
    WEEKDAY_NAMES,
    Attendance,
    BringUpItem,
    DueSession,
    NotebookHit,
    NotebookImportResult,
    NotebookPart,
    NotebookPlan,
    NoteSection,
    NoteVersion,
    Phrase,
    PlanItem,
    RecordedSession,
    SessionKind,
    SessionRecord,
    Unchanged,
    minute_text,
    session_counts_sentence,
    session_win_text,
    utc_text,
)
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.vault.database import plain_errors

if TYPE_CHECKING:
    from sqlite_utils import Database

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
    "SESSION_KIND_NOUNS",
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
    "session_counts_sentence",
    "session_win_text",
]

SHOWING_UP_CATEGORY = "Showing up"

# One full-text index for the whole notebook: rowid = item id * _FTS_PARTS + the part's code
# (the same numbers as vault.schema.NOTEBOOK_FTS_PARTS and its triggers).
_FTS_PARTS = 4
_PART_CODES: dict[NotebookPart, int] = {"note": 0, "bring_up": 1, "session": 2, "phrase": 3}
_PARTS: dict[int, NotebookPart] = {code: part for part, code in _PART_CODES.items()}

_SESSION_SELECT = """
    SELECT s.id, s.day, s.kind, s.attendance, s.note, s.at, p.id AS plan_id, e.id AS entry_id
    FROM notebook_sessions s
    LEFT JOIN notebook_plan p ON p.id = s.plan_id
    LEFT JOIN entries e ON e.uid = s.entry_uid
"""
# What an import may add, in the order taking it back removes it.
_IMPORT_TABLES = (
    "notebook_sessions",
    "notebook_plan",
    "notebook_bring_up",
    "notebook_notes",
    "notebook_phrases",
)
_SESSION_ORDER = "ORDER BY s.day DESC, s.at IS NULL, s.at DESC, s.id DESC"
_OPEN_ORDER = "ORDER BY position, id"
_BROUGHT_UP_ORDER = "ORDER BY brought_up_on DESC, id DESC"


class NotebookService:
    def __init__(
        self, db: Database, journal: JournalService, clock: Callable[[], datetime] = local_now
    ) -> None:
        """``journal`` must work on the same database: a session's win is logged through it."""
        self._db = db
        self._journal = journal
        self._clock = clock

    @property
    def today(self) -> date:
        return self._clock().date()

    # -- what I know now --------------------------------------------------------------------

    def latest_notes(self) -> dict[NoteSection, NoteVersion]:
        """The latest version of every section that has words in it, in section order."""
        latest = self._latest_versions()
        return {section: v for section, v in latest.items() if v.text}

    def note(self, section: NoteSection) -> NoteVersion | None:
        """The section's latest version; None if it was never written or was emptied."""
        found = self._latest_versions().get(NoteSection(section))
        return found if found is not None and found.text else None

    def save_note(self, section: NoteSection, text: str) -> NoteVersion | None:
        """Save a new version of a section and return it; None when the text is unchanged.

        The text is trimmed at both ends. Saving an empty text records an emptied version:
        the older versions stay in the history.
        """
        section = NoteSection(section)
        text = _clean(
            text,
            limit=MAX_NOTE_CHARS,
            too_long=f"That's more than one section holds ({MAX_NOTE_CHARS:,} characters). "
            "Try keeping the main points.",
        )
        with plain_errors(), self._db.atomic():
            latest = self._latest_versions().get(section)
            if text == (latest.text if latest is not None else ""):
                return None
            now = self._clock().astimezone(UTC)
            if latest is not None:  # a clock set back never hides the newest version
                now = max(now, latest.saved_at.astimezone(UTC))
            row = {"section": section.value, "text": text, "saved_at": utc_text(now)}
            note_id = self._insert("notebook_notes", row)
        return self._note_version(note_id)

    def take_back_note(self, version: NoteVersion) -> None:
        """Remove a version just saved (Undo). Only a section's latest version can be taken
        back, so the history never loses one from the middle."""
        with plain_errors(), self._db.atomic():
            latest = self._latest_versions().get(version.section)
            if latest is None or latest.id != version.id:
                raise NotInNotebook()
            self._delete("notebook_notes", version.id)

    def note_history(self, section: NoteSection) -> list[NoteVersion]:
        """Every saved version of a section, newest first (emptied versions too)."""
        return self._notes(
            "WHERE section = ? ORDER BY saved_at DESC, id DESC", [NoteSection(section).value]
        )

    def notes_as_of(self, day: date) -> dict[NoteSection, NoteVersion]:
        """What the notebook said at the end of ``day`` (local): "what I knew in March".

        Sections that had no words yet, or had been emptied by then, are left out.
        """
        found: dict[NoteSection, NoteVersion] = {}
        for version in self._notes("ORDER BY saved_at, id", []):
            if version.day <= day:
                found[version.section] = version
        return {s: found[s] for s in NoteSection if s in found and found[s].text}

    def _latest_versions(self) -> dict[NoteSection, NoteVersion]:
        rows = self._notes(
            """
            WHERE id IN (
                SELECT id FROM (
                    SELECT id, row_number() OVER (
                        PARTITION BY section ORDER BY saved_at DESC, id DESC
                    ) AS newest
                    FROM notebook_notes
                ) WHERE newest = 1
            )
            """,
            [],
        )
        by_section = {v.section: v for v in rows}
        return {s: by_section[s] for s in NoteSection if s in by_section}

    def _note_version(self, note_id: int) -> NoteVersion:
        found = self._notes("WHERE id = ?", [note_id])
        if not found:
            raise NotInNotebook()
        return found[0]

    def _notes(self, where: str, params: Sequence[Any]) -> list[NoteVersion]:
        sections = {s.value: s for s in NoteSection}
        sql = f"SELECT id, section, text, saved_at FROM notebook_notes {where}"  # noqa: S608
        with plain_errors():
            rows = self._db.execute(sql, list(params)).fetchall()
        return [
            NoteVersion(row[0], sections[row[1]], row[2], _local_time(row[3]))
            for row in rows
            if row[1] in sections
        ]

    # -- things to bring up -----------------------------------------------------------------

    def bring_up_items(self, *, include_brought_up: bool = True) -> list[BringUpItem]:
        """Open items first, in the person's order; then those brought up, newest first."""
        items = self._bring_up(f"WHERE brought_up_on IS NULL {_OPEN_ORDER}")
        if include_brought_up:
            items += self._bring_up(f"WHERE brought_up_on IS NOT NULL {_BROUGHT_UP_ORDER}")
        return items

    def bring_up_item(self, item_id: int) -> BringUpItem:
        found = self._bring_up("WHERE id = ?", [item_id])
        if not found:
            raise NotInNotebook()
        return found[0]

    def add_bring_up(self, text: str) -> BringUpItem:
        """Add an item at the end of the open list, dated today."""
        text = _bring_up_text(text)
        with plain_errors(), self._db.atomic():
            row = {
                "text": text,
                "added_on": self.today.isoformat(),
                "brought_up_on": None,
                "position": self._next_position("notebook_bring_up"),
            }
            item_id = self._insert("notebook_bring_up", row)
        return self.bring_up_item(item_id)

    def edit_bring_up(self, item_id: int, text: str) -> BringUpItem:
        text = _bring_up_text(text)
        self.bring_up_item(item_id)
        self._update("notebook_bring_up", item_id, {"text": text})
        return self.bring_up_item(item_id)

    def mark_brought_up(self, item_id: int, day: date | None) -> BringUpItem:
        """Mark an item as brought up on ``day``; None puts it back at the end of the open list."""
        item = self.bring_up_item(item_id)
        if day is None:
            if item.is_open:
                return item
            with plain_errors(), self._db.atomic():
                position = self._next_position("notebook_bring_up")
                self._update(
                    "notebook_bring_up", item_id, {"brought_up_on": None, "position": position}
                )
        else:
            when = self._check_day(day)
            self._update("notebook_bring_up", item_id, {"brought_up_on": when.isoformat()})
        return self.bring_up_item(item_id)

    def delete_bring_up(self, item_id: int) -> None:
        """Remove an item; keep the ``BringUpItem`` to give it back with ``restore_bring_up``."""
        self._delete("notebook_bring_up", item_id)

    def restore_bring_up(self, item: BringUpItem) -> BringUpItem:
        """Bring a deleted item back as it was (for undo). An item still here is left alone."""
        with plain_errors(), self._db.atomic():
            if not self._exists("notebook_bring_up", item.id):
                row = {
                    "id": item.id,
                    "text": item.text,
                    "added_on": item.added_on.isoformat(),
                    "brought_up_on": item.brought_up_on.isoformat() if item.brought_up_on else None,
                    "position": item.position,
                }
                self._insert("notebook_bring_up", row)
        return self.bring_up_item(item.id)

    def move_bring_up(self, item_id: int, position: int) -> list[BringUpItem]:
        """Move an open item to ``position`` (from 0) in the open list; returns every item."""
        if not self.bring_up_item(item_id).is_open:
            raise InvalidEntry("Only things you haven't brought up yet can be moved.")
        self._move("notebook_bring_up", "WHERE brought_up_on IS NULL", item_id, position)
        return self.bring_up_items()

    def _bring_up(self, where: str, params: Sequence[Any] = ()) -> list[BringUpItem]:
        sql = f"SELECT id, text, added_on, brought_up_on, position FROM notebook_bring_up {where}"  # noqa: S608
        with plain_errors():
            rows = self._db.execute(sql, list(params)).fetchall()
        return [
            BringUpItem(
                id=row[0],
                text=row[1],
                added_on=date.fromisoformat(row[2]),
                brought_up_on=date.fromisoformat(row[3]) if row[3] else None,
                position=row[4],
            )
            for row in rows
        ]

    # -- showing up: sessions ---------------------------------------------------------------

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
        day = self._check_day(day)
        at = _minute(at)
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
            session_id = self._insert("notebook_sessions", row)
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
        new_day = self._check_day(day) if day is not None else before.day
        updates: dict[str, Any] = {
            "kind": new_kind.value,
            "attendance": new_attendance.value,
            "day": new_day.isoformat(),
        }
        if note is not None:
            updates["note"] = _session_note(note)
        if not isinstance(at, Unchanged):
            updates["at"] = minute_text(_minute(at))
        win: Change | None = None
        with plain_errors(), self._db.atomic():
            if new_day != before.day and self._plan_day_taken(session_id, new_day):
                raise InvalidEntry(
                    "That day already has this session from your plan. Change that one instead."
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
        self._delete("notebook_sessions", session_id)

    def restore_session(self, session: SessionRecord) -> SessionRecord:
        """Bring a deleted session back as it was (for undo), linked to its win if still there."""
        with plain_errors(), self._db.atomic():
            if not self._exists("notebook_sessions", session.id):
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
                self._insert("notebook_sessions", record)
        return self.session(session.id)

    def session(self, session_id: int) -> SessionRecord:
        found = self._sessions("WHERE s.id = ?", [session_id])
        if not found:
            raise NotInNotebook()
        return found[0]

    def sessions(self, since: date | None = None, until: date | None = None) -> list[SessionRecord]:
        """Sessions from ``since`` to ``until`` (both included, either open), newest first."""
        clauses, params = [], []
        if since is not None:
            clauses.append("s.day >= ?")
            params.append(since.isoformat())
        if until is not None:
            clauses.append("s.day <= ?")
            params.append(until.isoformat())
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
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
                at=time.fromisoformat(row[5]) if row[5] else None,
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

    # -- showing up: the weekly plan --------------------------------------------------------

    def plan(self) -> list[PlanItem]:
        """The weekly plan, Monday first, then by time (items with no time last)."""
        return self._plan("ORDER BY weekday, at IS NULL, at, id")

    def plan_item(self, plan_id: int) -> PlanItem:
        found = self._plan("WHERE id = ?", [plan_id])
        if not found:
            raise NotInNotebook()
        return found[0]

    def add_plan_item(
        self, weekday: int, at: time | None, kind: SessionKind, note: str = ""
    ) -> PlanItem:
        """A session that usually happens each week (``weekday`` 0 is Monday, 6 Sunday)."""
        row = {
            "weekday": _weekday(weekday),
            "at": minute_text(_minute(at)),
            "kind": SessionKind(kind).value,
            "note": _plan_note(note),
        }
        with plain_errors(), self._db.atomic():
            plan_id = self._insert("notebook_plan", row)
        return self.plan_item(plan_id)

    def edit_plan_item(
        self,
        plan_id: int,
        *,
        weekday: int | None = None,
        at: time | Unchanged | None = UNCHANGED,
        kind: SessionKind | None = None,
        note: str | None = None,
    ) -> PlanItem:
        """Change the given fields (None leaves one as it is; ``at=None`` clears the time).

        Sessions already recorded from it keep what they were.
        """
        self.plan_item(plan_id)
        updates: dict[str, Any] = {}
        if weekday is not None:
            updates["weekday"] = _weekday(weekday)
        if not isinstance(at, Unchanged):
            updates["at"] = minute_text(_minute(at))
        if kind is not None:
            updates["kind"] = SessionKind(kind).value
        if note is not None:
            updates["note"] = _plan_note(note)
        self._update("notebook_plan", plan_id, updates)
        return self.plan_item(plan_id)

    def remove_plan_item(self, plan_id: int) -> None:
        """Take an item out of the plan. Sessions recorded from it stay, with ``plan_id`` None;
        ``restore_plan_item`` (for undo) links them again."""
        self._delete("notebook_plan", plan_id)

    def restore_plan_item(self, item: PlanItem) -> PlanItem:
        with plain_errors(), self._db.atomic():
            if not self._exists("notebook_plan", item.id):
                row = {
                    "id": item.id,
                    "weekday": item.weekday,
                    "at": minute_text(item.at),
                    "kind": item.kind.value,
                    "note": item.note,
                }
                self._insert("notebook_plan", row)
        return self.plan_item(item.id)

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
        when = self._check_day(day if day is not None else self.today)
        with plain_errors(), self._db.atomic():
            existing = self._session_for(plan_id, when)
            if existing is not None and existing.attendance.counts_as_showing_up:
                return RecordedSession(existing, None)
            if existing is not None:
                return self.edit_session(existing.id, attendance=Attendance.ATTENDED)
            return self.record_session(
                when, item.kind, Attendance.ATTENDED, at=item.at, plan_id=plan_id
            )

    def _plan(self, where: str, params: Sequence[Any] = ()) -> list[PlanItem]:
        sql = f"SELECT id, weekday, at, kind, note FROM notebook_plan {where}"  # noqa: S608
        with plain_errors():
            rows = self._db.execute(sql, list(params)).fetchall()
        return [
            PlanItem(
                id=row[0],
                weekday=row[1],
                at=time.fromisoformat(row[2]) if row[2] else None,
                kind=SessionKind(row[3]),
                note=row[4],
            )
            for row in rows
        ]

    def holds_own_words(self) -> bool:
        """Whether the person has written anything in the notebook yet: a note, a thing to bring
        up, a session, a plan item, or a phrase of their own (the program's phrases, as they
        come, don't count)."""
        tables = ("notebook_notes", "notebook_bring_up", "notebook_sessions", "notebook_plan")
        with plain_errors():
            if any(self._db.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in tables):  # noqa: S608
                return True
        from iop_companion.vault.schema import DEFAULT_PHRASES  # its sqlite-utils waits till here

        return tuple(p.text for p in self.phrases()) != DEFAULT_PHRASES

    # -- phrases ----------------------------------------------------------------------------

    def phrases(self) -> list[Phrase]:
        """The phrases for coming back, in the person's order."""
        return self._phrases(_OPEN_ORDER)

    def phrase(self, phrase_id: int) -> Phrase:
        found = self._phrases("WHERE id = ?", [phrase_id])
        if not found:
            raise NotInNotebook()
        return found[0]

    def add_phrase(self, text: str) -> Phrase:
        text = self._new_phrase_text(text)
        with plain_errors(), self._db.atomic():
            position = self._next_position("notebook_phrases")
            phrase_id = self._insert("notebook_phrases", {"text": text, "position": position})
        return self.phrase(phrase_id)

    def edit_phrase(self, phrase_id: int, text: str) -> Phrase:
        self.phrase(phrase_id)
        self._update(
            "notebook_phrases", phrase_id, {"text": self._new_phrase_text(text, phrase_id)}
        )
        return self.phrase(phrase_id)

    def delete_phrase(self, phrase_id: int) -> None:
        """Remove a phrase; keep the ``Phrase`` to give it back with ``restore_phrase``."""
        self._delete("notebook_phrases", phrase_id)

    def restore_phrase(self, phrase: Phrase) -> Phrase:
        with plain_errors(), self._db.atomic():
            if not self._exists("notebook_phrases", phrase.id):
                row = {"id": phrase.id, "text": phrase.text, "position": phrase.position}
                self._insert("notebook_phrases", row)
        return self.phrase(phrase.id)

    def move_phrase(self, phrase_id: int, position: int) -> list[Phrase]:
        """Move a phrase to ``position`` (from 0); returns the phrases in their new order."""
        self._move("notebook_phrases", "", phrase_id, position)
        return self.phrases()

    def _new_phrase_text(self, text: str, phrase_id: int | None = None) -> str:
        text = _clean(
            text,
            limit=MAX_PHRASE_CHARS,
            empty="Write the phrase first. A few words are enough.",
            too_long=f"A phrase holds up to {MAX_PHRASE_CHARS} characters. "
            "A short one is easier to say.",
        )
        if any(p.text.casefold() == text.casefold() for p in self.phrases() if p.id != phrase_id):
            raise InvalidEntry("That phrase is already in your list.")
        return text

    def _phrases(self, where: str, params: Sequence[Any] = ()) -> list[Phrase]:
        sql = f"SELECT id, text, position FROM notebook_phrases {where}"  # noqa: S608
        with plain_errors():
            rows = self._db.execute(sql, list(params)).fetchall()
        return [Phrase(row[0], row[1], row[2]) for row in rows]

    # -- search -----------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[NotebookHit]:
        """Full-text search, best matches first, with the query rules of the journal's search.

        It looks in the latest version of each section of what I know now (older versions
        are in the history, not in search), every item to bring up, session notes and phrases.
        """
        match = fts_query(query)
        if not match:
            return []
        latest = [v.id * _FTS_PARTS for v in self.latest_notes().values()]
        notes = f"rowid IN ({','.join('?' * len(latest))})" if latest else "0"
        sql = f"""
            SELECT rowid, snippet(notebook_fts, 0, '{MATCH_START}', '{MATCH_END}', '…', 24)
            FROM notebook_fts
            WHERE notebook_fts MATCH ? AND (rowid % {_FTS_PARTS} != 0 OR {notes})
            ORDER BY rank LIMIT ?
        """  # noqa: S608
        with plain_errors():
            rows = self._db.execute(sql, [match, *latest, limit]).fetchall()
        hits: list[NotebookHit] = []
        for rowid, snippet in rows:
            part = _PARTS[rowid % _FTS_PARTS]
            found = self._hit(part, rowid // _FTS_PARTS, split_snippet(snippet))
            if found is not None:
                hits.append(found)
        return hits

    def _hit(
        self, part: NotebookPart, item_id: int, snippet: tuple[tuple[str, bool], ...]
    ) -> NotebookHit | None:
        try:
            if part == "note":
                note = self._note_version(item_id)
                return NotebookHit(part, item_id, note.title, snippet, note.day)
            if part == "bring_up":
                item = self.bring_up_item(item_id)
                title = "To bring up" if item.is_open else "Brought up"
                return NotebookHit(
                    part, item_id, title, snippet, item.brought_up_on or item.added_on
                )
            if part == "session":
                session = self.session(item_id)
                return NotebookHit(part, item_id, session.title, snippet, session.day)
            self.phrase(item_id)
            return NotebookHit(part, item_id, "Phrases for coming back", snippet, None)
        except NotInNotebook:  # removed between the search and this read
            return None

    # -- importing --------------------------------------------------------------------------

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

    # -- shared -----------------------------------------------------------------------------

    def _check_day(self, day: date) -> date:
        if day > self.today:
            raise InvalidEntry("That day hasn't come yet. Pick today or an earlier day.")
        if day < EARLIEST_DAY:
            raise InvalidEntry("That day is too far back. Pick a day from 1900 on.")
        return day

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        row_id = self._db.table(table).insert(row).last_pk
        assert isinstance(row_id, int)
        return row_id

    def _exists(self, table: str, row_id: int) -> bool:
        sql = f"SELECT 1 FROM {table} WHERE id = ?"  # noqa: S608
        return self._db.execute(sql, [row_id]).fetchone() is not None

    def _update(self, table: str, row_id: int, updates: dict[str, Any]) -> None:
        if not updates:
            return
        with plain_errors(), self._db.atomic():
            self._db.table(table).update(row_id, updates)

    def _delete(self, table: str, row_id: int) -> None:
        with plain_errors(), self._db.atomic():
            if not self._exists(table, row_id):
                raise NotInNotebook()
            self._db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])  # noqa: S608

    def _next_position(self, table: str) -> int:
        sql = f"SELECT coalesce(max(position) + 1, 0) FROM {table}"  # noqa: S608
        return int(self._db.execute(sql).fetchone()[0])

    def _move(self, table: str, where: str, row_id: int, position: int) -> None:
        """Put a row at ``position`` among the rows ``where`` picks, numbering them from 0."""
        with plain_errors(), self._db.atomic():
            sql = f"SELECT id FROM {table} {where} ORDER BY position, id"  # noqa: S608
            ids = [row[0] for row in self._db.execute(sql).fetchall()]
            if row_id not in ids:
                raise NotInNotebook()
            ids.remove(row_id)
            ids.insert(max(0, min(position, len(ids))), row_id)
            update = f"UPDATE {table} SET position = ? WHERE id = ?"  # noqa: S608
            for index, moved_id in enumerate(ids):
                self._db.execute(update, [index, moved_id])


# -- text, days and times -----------------------------------------------------------------------


def _clean(text: str, *, limit: int, too_long: str, empty: str | None = None) -> str:
    """Trimmed text, or ``InvalidEntry`` with a sentence that never quotes it.

    ``empty`` is the sentence for blank text where words are needed (None: blank is fine).
    """
    if not isinstance(text, str):
        raise TypeError("notebook text must be str")
    # Checked without try/except, so no chained exception carries the text along.
    if "\x00" in text or text.encode("utf-8", "replace").decode("utf-8") != text:
        raise InvalidEntry("Some characters in that text can't be saved. Try typing it again.")
    text = text.strip()
    if empty is not None and not text:
        raise InvalidEntry(empty)
    if len(text) > limit:
        raise InvalidEntry(too_long)
    return text


def _bring_up_text(text: str) -> str:
    return _clean(
        text,
        limit=MAX_BRING_UP_CHARS,
        empty="Write a few words about what you want to bring up.",
        too_long=f"That's more than one item holds ({MAX_BRING_UP_CHARS:,} characters). "
        "You can split it into two.",
    )


def _session_note(text: str) -> str:
    return _clean(
        text,
        limit=MAX_SESSION_NOTE_CHARS,
        too_long=f"A session note holds up to {MAX_SESSION_NOTE_CHARS:,} characters. "
        "The rest could go in your journal.",
    )


def _plan_note(text: str) -> str:
    label = " ".join(
        _clean(
            text,
            limit=MAX_PLAN_NOTE_CHARS,
            too_long=f"Keep the label under {MAX_PLAN_NOTE_CHARS} characters.",
        ).split()
    )
    return label


def _weekday(weekday: int) -> int:
    if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
        raise InvalidEntry("Pick a day of the week.")
    return weekday


def _minute(at: time | None) -> time | None:
    """Times are kept to the minute, without a time zone (they are local, like days)."""
    return at.replace(second=0, microsecond=0, tzinfo=None) if at is not None else None


def _local_time(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone()
