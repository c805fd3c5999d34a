"""Picking up from here: after a hard moment, what was going on, what I felt (the HALT check),
what I did, what helped or might help next time. Every part may be skipped.

How the notes and their hard moment go together (as sessions and their wins do):

- The notes name their hard moment by its uid, which export and import keep. A hard moment has
  at most one set of notes; coming back to them changes them.
- Deleting the hard moment keeps the notes: they are the person's words. ``entry_id`` is then
  None; undoing the deletion links them again. Deleting the notes leaves the hard moment alone.
- Notes about a hard moment marked private are private too: exports leave them out.

``add_to_what_i_know_now`` is the flow's last step: what was learned goes into a section of What
I know now as a new version (the section's latest words, then the new ones), so the section's
history keeps what it said before.

A part of ``NotebookService`` (``core/notebook.py``), built on What I know now.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from iop_companion.core.checks import notebook_text
from iop_companion.core.coping_model import MAX_PICKING_UP_CHARS, Halt, PickingUp, halt_in_order
from iop_companion.core.entries import new_uid
from iop_companion.core.model import Kind
from iop_companion.core.notebook_how_i_am import stored_halt
from iop_companion.core.notebook_model import NoteSection, NoteVersion, utc_text
from iop_companion.core.notebook_notes import Notes
from iop_companion.core.storage import (
    day_where,
    delete_row,
    first_found,
    insert_row,
    restore_uid_row,
    update_row,
)
from iop_companion.errors import InvalidEntry, NotFound, NotInNotebook
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, translate
from iop_companion.vault.database import plain_errors

notebook_picking_up = Context("notebook_picking_up")

TABLE = "notebook_picking_up"
TEXT_FIELDS = ("going_on", "did", "helped")
# The sections of What I know now the flow offers to add to.
LEARNED_SECTIONS = (NoteSection.TRIGGERS, NoteSection.WORKS, NoteSection.DOESNT_WORK)
_SELECT = f"""
    SELECT p.id, p.uid, p.entry_uid, p.going_on, p.halt, p.did, p.helped, p.written_at,
           e.id, e.day, COALESCE(e.private, p.private)
    FROM {TABLE} p
    LEFT JOIN entries e ON e.uid = p.entry_uid AND e.kind = '{Kind.HARD_MOMENT.value}'
"""  # noqa: S608
_NEWEST_FIRST = "ORDER BY p.written_at DESC, p.id DESC"
_NOTHING_YET = QT_TRANSLATE_NOOP(
    "notebook_picking_up", "There's nothing in it yet. You can skip this, or add a few words."
)


class PickingUpNotes(Notes):
    def record_picking_up(
        self,
        entry_id: int,
        *,
        going_on: str = "",
        halt: Iterable[Halt | str] = (),
        did: str = "",
        helped: str = "",
    ) -> PickingUp:
        """Keep the notes for hard moment ``entry_id``; any part may be left out, not all."""
        fields = _fields(going_on=going_on, halt=halt, did=did, helped=helped)
        with plain_errors(), self._db.atomic():
            row = self._db.execute("SELECT uid, kind FROM entries WHERE id = ?", [entry_id])
            found = row.fetchone()
            if found is None:
                raise NotFound()
            uid, kind = found
            if kind != Kind.HARD_MOMENT.value:
                raise InvalidEntry(
                    translate(
                        "notebook_picking_up", "Picking up from here goes with a hard moment."
                    )
                )
            if self._picking_up("WHERE p.entry_uid = ?", [uid]):
                raise InvalidEntry(
                    translate(
                        "notebook_picking_up",
                        "That hard moment has its notes already. You can change them.",
                    )
                )
            record = {
                "uid": new_uid(),
                "entry_uid": uid,
                **fields,
                "written_at": utc_text(self._clock()),
            }
            item_id = insert_row(self._db, TABLE, record)
        return self.picking_up(item_id)

    def picking_up(self, item_id: int) -> PickingUp:
        return first_found(self._picking_up("WHERE p.id = ?", [item_id]), NotInNotebook)

    def picking_up_for(self, entry_id: int) -> PickingUp | None:
        """The notes about hard moment ``entry_id``, or None when there are none."""
        found = self._picking_up("WHERE e.id = ?", [entry_id])
        return found[0] if found else None

    def picking_up_list(
        self, since: date | None = None, until: date | None = None
    ) -> list[PickingUp]:
        """Every set of notes, newest written first (those whose hard moment is gone too). With
        ``since`` or ``until`` (both included), only notes whose hard moment is on a day in that
        range: what a timeline showing those days needs."""
        where, params = day_where("e.day", since, until)
        return self._picking_up(f"{where} {_NEWEST_FIRST}", params)

    def edit_picking_up(
        self,
        item_id: int,
        *,
        going_on: str | None = None,
        halt: Iterable[Halt | str] | None = None,
        did: str | None = None,
        helped: str | None = None,
    ) -> PickingUp:
        """Change the given parts (None leaves one as it is); something must stay in it."""
        before = self.picking_up(item_id)
        fields = _fields(
            going_on=before.going_on if going_on is None else going_on,
            halt=before.halt if halt is None else halt,
            did=before.did if did is None else did,
            helped=before.helped if helped is None else helped,
        )
        update_row(self._db, TABLE, item_id, fields)
        return self.picking_up(item_id)

    def delete_picking_up(self, item_id: int) -> None:
        """Remove the notes (the hard moment stays); keep the ``PickingUp`` for
        ``restore_picking_up``."""
        delete_row(self._db, TABLE, item_id, NotInNotebook)

    def restore_picking_up(self, notes: PickingUp) -> PickingUp:
        """Bring deleted notes back as they were, linked to their hard moment if it is here."""
        row = {
            "id": notes.id,
            "uid": notes.uid,
            "entry_uid": notes.entry_uid,
            "going_on": notes.going_on,
            "halt": json.dumps([h.value for h in notes.halt]),
            "did": notes.did,
            "helped": notes.helped,
            "written_at": utc_text(notes.written_at),
            "private": int(notes.private),  # its hard moment's, when that is here (a trigger)
        }
        with plain_errors(), self._db.atomic():
            if notes.entry_uid is not None and self._picking_up(
                "WHERE p.entry_uid = ? AND p.id != ? AND p.uid != ?",
                [notes.entry_uid, notes.id, notes.uid],
            ):
                row["entry_uid"] = None  # the hard moment has new notes since: keep both
            restored = restore_uid_row(self._db, TABLE, row)
        return self.picking_up(restored)

    def add_to_what_i_know_now(self, section: NoteSection, words: str) -> NoteVersion | None:
        """Save a new version of ``section``: its latest words, then ``words`` on a line of
        their own. None when there is nothing to add, or those words are a line there already
        (added twice, the section changes once)."""
        section = NoteSection(section)
        added = notebook_text(words, limit=MAX_PICKING_UP_CHARS, too_long=_too_long)
        latest = self.note(section)
        before = latest.text if latest is not None else ""
        if not added or added in before.splitlines():
            return None
        return self.save_note(section, f"{before}\n{added}" if before else added)

    def _picking_up(self, where: str, params: Sequence[Any]) -> list[PickingUp]:
        with plain_errors():
            rows = self._db.execute(f"{_SELECT} {where}", list(params)).fetchall()
        return [
            PickingUp(
                id=row[0],
                uid=row[1],
                entry_uid=row[2],
                going_on=row[3],
                halt=stored_halt(row[4]),
                did=row[5],
                helped=row[6],
                written_at=datetime.fromisoformat(row[7]).astimezone(UTC),
                entry_id=row[8],
                moment_day=_day(row[9]),
                private=bool(row[10]),
            )
            for row in rows
        ]


def _fields(*, going_on: str, halt: Iterable[Halt | str], did: str, helped: str) -> dict[str, Any]:
    texts = {
        key: notebook_text(value, limit=MAX_PICKING_UP_CHARS, too_long=_too_long)
        for key, value in (("going_on", going_on), ("did", did), ("helped", helped))
    }
    ticked = halt_in_order(list(halt))
    if not (ticked or any(texts.values())):
        raise InvalidEntry(translate("notebook_picking_up", _NOTHING_YET))
    return {**texts, "halt": json.dumps([h.value for h in ticked])}


def _too_long() -> str:
    return notebook_picking_up.tr(
        "Each answer holds up to %Ln character(s). The rest could go in your journal.",
        None,
        MAX_PICKING_UP_CHARS,
    )


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
