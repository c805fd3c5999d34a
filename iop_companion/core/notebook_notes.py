"""What I know now: five sections, every saved version kept (never overwritten), so "what I
knew in March" is a query. Saving, taking back the latest version, the history, as of a day.

A part of ``NotebookService`` (``core/notebook.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from iop_companion.core.checks import notebook_text
from iop_companion.core.notebook_model import MAX_NOTE_CHARS, NoteSection, NoteVersion, utc_text
from iop_companion.core.storage import Service, delete_row, first_found, insert_row
from iop_companion.errors import NotInNotebook
from iop_companion.i18n import Context
from iop_companion.vault.database import plain_errors

notebook_notes = Context("notebook_notes")


class Notes(Service):
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
        text = notebook_text(
            text,
            limit=MAX_NOTE_CHARS,
            too_long=lambda: notebook_notes.tr(
                "That's more than one section holds (%Ln character(s)). "
                "Try keeping the main points.",
                None,
                MAX_NOTE_CHARS,
            ),
        )
        with plain_errors(), self._db.atomic():
            latest = self._latest_versions().get(section)
            if text == (latest.text if latest is not None else ""):
                return None
            now = self._clock().astimezone(UTC)
            if latest is not None:  # a clock set back never hides the newest version
                now = max(now, latest.saved_at.astimezone(UTC))
            row = {"section": section.value, "text": text, "saved_at": utc_text(now)}
            note_id = insert_row(self._db, "notebook_notes", row)
        return self._note_version(note_id)

    def take_back_note(self, version: NoteVersion) -> None:
        """Remove a version just saved (Undo). Only a section's latest version can be taken
        back, so the history never loses one from the middle."""
        with plain_errors(), self._db.atomic():
            latest = self._latest_versions().get(version.section)
            if latest is None or latest.id != version.id:
                raise NotInNotebook()
            delete_row(self._db, "notebook_notes", version.id, NotInNotebook)

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
        return first_found(self._notes("WHERE id = ?", [note_id]), NotInNotebook)

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


def _local_time(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone()
