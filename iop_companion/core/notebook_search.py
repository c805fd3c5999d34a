"""Searching the whole notebook: one FTS5 index of its own over the latest version of each
section, the items to bring up, session notes, phrases, and the coping tools (a check-in's note,
how I am, picking up from here, the latest plan for hard times), with the journal's query rules.

A part of ``NotebookService`` (``core/notebook.py``), built on every part it finds things in.
"""

from __future__ import annotations

from iop_companion.core.coping_model import (
    CHECK_IN_TITLE,
    HOW_I_AM_TITLE,
    PICKING_UP_TITLE,
    PLAN_TITLE,
)
from iop_companion.core.notebook_bring_up import BringUp
from iop_companion.core.notebook_check_ins import CheckIns
from iop_companion.core.notebook_hard_times import HardTimes
from iop_companion.core.notebook_how_i_am import HowIAmCheckIns
from iop_companion.core.notebook_model import NotebookHit, NotebookPart
from iop_companion.core.notebook_phrases import Phrases
from iop_companion.core.notebook_picking_up import PickingUpNotes
from iop_companion.core.notebook_sessions import Sessions
from iop_companion.core.storage import MATCH_END, MATCH_START, fts_query, split_snippet
from iop_companion.errors import NotInNotebook
from iop_companion.i18n import translate
from iop_companion.vault.database import plain_errors

# One full-text index for the whole notebook: rowid = item id * _FTS_SLOTS + the part's code
# (the same numbers as vault.schema.NOTEBOOK_FTS_SLOTS and NOTEBOOK_FTS_CODES, and its triggers).
_FTS_SLOTS = 16
_PART_CODES: dict[NotebookPart, int] = {
    "note": 0,
    "bring_up": 1,
    "session": 2,
    "phrase": 3,
    "check_in": 4,
    "how_i_am": 5,
    "picking_up": 6,
    "hard_times_plan": 7,
}
_PARTS: dict[int, NotebookPart] = {code: part for part, code in _PART_CODES.items()}
# Parts that keep every version: only the latest is searched (older ones are in the history).
_VERSIONED = (_PART_CODES["note"], _PART_CODES["hard_times_plan"])


class NotebookSearch(
    PickingUpNotes, BringUp, Sessions, Phrases, CheckIns, HowIAmCheckIns, HardTimes
):
    def search(self, query: str, limit: int = 50) -> list[NotebookHit]:
        """Full-text search, best matches first, with the query rules of the journal's search.

        It looks in the latest version of each section of what I know now and of the plan for
        hard times (older versions are in the history, not in search), every item to bring up,
        session notes, phrases, check-in notes, how I am (its words, HALT ticks and line) and
        picking up from here.
        """
        match = fts_query(query)
        if not match:
            return []
        latest = [v.id * _FTS_SLOTS for v in self.latest_notes().values()]
        plan = self.hard_times_plan()
        if plan is not None:
            latest.append(plan.id * _FTS_SLOTS + _PART_CODES["hard_times_plan"])
        versions = f"rowid IN ({','.join('?' * len(latest))})" if latest else "0"
        sql = f"""
            SELECT rowid, snippet(notebook_fts, 0, '{MATCH_START}', '{MATCH_END}', '…', 24)
            FROM notebook_fts
            WHERE notebook_fts MATCH ?
              AND (rowid % {_FTS_SLOTS} NOT IN ({", ".join(map(str, _VERSIONED))}) OR {versions})
            ORDER BY rank LIMIT ?
        """  # noqa: S608
        with plain_errors():
            rows = self._db.execute(sql, [match, *latest, limit]).fetchall()
        hits: list[NotebookHit] = []
        for rowid, snippet in rows:
            part = _PARTS.get(rowid % _FTS_SLOTS)
            found = None if part is None else self._hit(part, rowid // _FTS_SLOTS, snippet)
            if found is not None:
                hits.append(found)
        return hits

    def _hit(self, part: NotebookPart, item_id: int, marked: str) -> NotebookHit | None:
        snippet = split_snippet(marked)
        try:
            if part == "note":
                note = self._note_version(item_id)
                return NotebookHit(part, item_id, note.title, snippet, note.day)
            if part == "bring_up":
                item = self.bring_up_item(item_id)
                title = (
                    translate("notebook_search", "To bring up")
                    if item.is_open
                    else translate("notebook_search", "Brought up")
                )
                return NotebookHit(
                    part, item_id, title, snippet, item.brought_up_on or item.added_on
                )
            if part == "session":
                session = self.session(item_id)
                return NotebookHit(part, item_id, session.title, snippet, session.day)
            if part == "check_in":
                check_in = self.check_in(item_id)
                title = translate("vocabulary", CHECK_IN_TITLE)
                return NotebookHit(part, item_id, title, snippet, check_in.day)
            if part == "how_i_am":
                how = self.how_i_am(item_id)
                title = translate("coping_model", HOW_I_AM_TITLE)
                return NotebookHit(part, item_id, title, snippet, how.day)
            if part == "picking_up":
                notes = self.picking_up(item_id)
                title = translate("coping_model", PICKING_UP_TITLE)
                return NotebookHit(part, item_id, title, snippet, notes.day)
            if part == "hard_times_plan":
                version = self._hard_times_version(item_id)
                title = translate("coping_model", PLAN_TITLE)
                return NotebookHit(
                    part, item_id, title, snippet, version.saved_at.astimezone().date()
                )
            self.phrase(item_id)
            title = translate("notebook_search", "Phrases for coming back")
            return NotebookHit(part, item_id, title, snippet, None)
        except NotInNotebook:  # removed between the search and this read
            return None
