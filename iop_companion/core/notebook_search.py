"""Searching the whole notebook: one FTS5 index of its own over the latest version of each
section, the items to bring up, session notes and phrases, with the journal's query rules.

A part of ``NotebookService`` (``core/notebook.py``), built on every part it finds things in.
"""

from __future__ import annotations

from iop_companion.core.notebook_bring_up import BringUp
from iop_companion.core.notebook_model import NotebookHit, NotebookPart
from iop_companion.core.notebook_notes import Notes
from iop_companion.core.notebook_phrases import Phrases
from iop_companion.core.notebook_sessions import Sessions
from iop_companion.core.storage import MATCH_END, MATCH_START, fts_query, split_snippet
from iop_companion.errors import NotInNotebook
from iop_companion.vault.database import plain_errors

# One full-text index for the whole notebook: rowid = item id * _FTS_PARTS + the part's code
# (the same numbers as vault.schema.NOTEBOOK_FTS_PARTS and its triggers).
_FTS_PARTS = 4
_PART_CODES: dict[NotebookPart, int] = {"note": 0, "bring_up": 1, "session": 2, "phrase": 3}
_PARTS: dict[int, NotebookPart] = {code: part for part, code in _PART_CODES.items()}


class NotebookSearch(Notes, BringUp, Sessions, Phrases):
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
