"""Phrases for coming back, in the person's order (the program's come with a new journal).

A part of ``NotebookService`` (``core/notebook.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from iop_companion.core.checks import notebook_text
from iop_companion.core.notebook_model import MAX_PHRASE_CHARS, Phrase
from iop_companion.core.storage import (
    BY_POSITION,
    Service,
    delete_row,
    first_found,
    insert_row,
    move_row,
    next_position,
    restore_row,
    update_row,
)
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.i18n import Context, translate
from iop_companion.vault.database import plain_errors

notebook_phrases = Context("notebook_phrases")


class Phrases(Service):
    def phrases(self) -> list[Phrase]:
        """The phrases for coming back, in the person's order."""
        return self._phrases(BY_POSITION)

    def phrase(self, phrase_id: int) -> Phrase:
        return first_found(self._phrases("WHERE id = ?", [phrase_id]), NotInNotebook)

    def add_phrase(self, text: str) -> Phrase:
        text = self._new_phrase_text(text)
        with plain_errors(), self._db.atomic():
            position = next_position(self._db, "notebook_phrases")
            phrase_id = insert_row(
                self._db, "notebook_phrases", {"text": text, "position": position}
            )
        return self.phrase(phrase_id)

    def edit_phrase(self, phrase_id: int, text: str) -> Phrase:
        self.phrase(phrase_id)
        update_row(
            self._db,
            "notebook_phrases",
            phrase_id,
            {"text": self._new_phrase_text(text, phrase_id)},
        )
        return self.phrase(phrase_id)

    def delete_phrase(self, phrase_id: int) -> None:
        """Remove a phrase; keep the ``Phrase`` to give it back with ``restore_phrase``."""
        delete_row(self._db, "notebook_phrases", phrase_id, NotInNotebook)

    def restore_phrase(self, phrase: Phrase) -> Phrase:
        row = {"id": phrase.id, "text": phrase.text, "position": phrase.position}
        restore_row(self._db, "notebook_phrases", row)
        return self.phrase(phrase.id)

    def move_phrase(self, phrase_id: int, position: int) -> list[Phrase]:
        """Move a phrase to ``position`` (from 0); returns the phrases in their new order."""
        move_row(self._db, "notebook_phrases", phrase_id, position, missing=NotInNotebook)
        return self.phrases()

    def _new_phrase_text(self, text: str, phrase_id: int | None = None) -> str:
        text = notebook_text(
            text,
            limit=MAX_PHRASE_CHARS,
            empty=_no_phrase,
            too_long=lambda: notebook_phrases.tr(
                "A phrase holds up to %Ln character(s). A short one is easier to say.",
                None,
                MAX_PHRASE_CHARS,
            ),
        )
        if any(p.text.casefold() == text.casefold() for p in self.phrases() if p.id != phrase_id):
            raise InvalidEntry(
                translate("notebook_phrases", "That phrase is already in your list.")
            )
        return text

    def _phrases(self, where: str, params: Sequence[Any] = ()) -> list[Phrase]:
        sql = f"SELECT id, text, position FROM notebook_phrases {where}"  # noqa: S608
        with plain_errors():
            rows = self._db.execute(sql, list(params)).fetchall()
        return [Phrase(row[0], row[1], row[2]) for row in rows]


def _no_phrase() -> str:
    return translate("notebook_phrases", "Write the phrase first. A few words are enough.")
