"""Things to bring up to the therapist or the group: an open list in the person's order, and
those brought up, by the day they were.

A part of ``NotebookService`` (``core/notebook.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from iop_companion.core.checks import check_day, notebook_text
from iop_companion.core.notebook_model import MAX_BRING_UP_CHARS, BringUpItem
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

notebook_bring_up = Context("notebook_bring_up")

_BROUGHT_UP_ORDER = "ORDER BY brought_up_on DESC, uid DESC"


class BringUp(Service):
    def bring_up_items(self, *, include_brought_up: bool = True) -> list[BringUpItem]:
        """Open items first, in the person's order; then those brought up, newest first."""
        items = self._bring_up(f"WHERE brought_up_on IS NULL {BY_POSITION}")
        if include_brought_up:
            items += self._bring_up(f"WHERE brought_up_on IS NOT NULL {_BROUGHT_UP_ORDER}")
        return items

    def bring_up_item(self, item_id: int) -> BringUpItem:
        return first_found(self._bring_up("WHERE id = ?", [item_id]), NotInNotebook)

    def add_bring_up(self, text: str) -> BringUpItem:
        """Add an item at the end of the open list, dated today."""
        text = _bring_up_text(text)
        with plain_errors(), self._db.atomic():
            row = {
                "text": text,
                "added_on": self.today.isoformat(),
                "brought_up_on": None,
                "position": next_position(self._db, "notebook_bring_up"),
            }
            item_id = insert_row(self._db, "notebook_bring_up", row)
        return self.bring_up_item(item_id)

    def edit_bring_up(self, item_id: int, text: str) -> BringUpItem:
        text = _bring_up_text(text)
        self.bring_up_item(item_id)
        update_row(self._db, "notebook_bring_up", item_id, {"text": text})
        return self.bring_up_item(item_id)

    def mark_brought_up(self, item_id: int, day: date | None) -> BringUpItem:
        """Mark an item as brought up on ``day``; None puts it back at the end of the open list."""
        item = self.bring_up_item(item_id)
        if day is None:
            if item.is_open:
                return item
            with plain_errors(), self._db.atomic():
                position = next_position(self._db, "notebook_bring_up")
                update_row(
                    self._db,
                    "notebook_bring_up",
                    item_id,
                    {"brought_up_on": None, "position": position},
                )
        else:
            when = check_day(day, self.today)
            update_row(self._db, "notebook_bring_up", item_id, {"brought_up_on": when.isoformat()})
        return self.bring_up_item(item_id)

    def delete_bring_up(self, item_id: int) -> None:
        """Remove an item; keep the ``BringUpItem`` to give it back with ``restore_bring_up``."""
        delete_row(self._db, "notebook_bring_up", item_id, NotInNotebook)

    def restore_bring_up(self, item: BringUpItem) -> BringUpItem:
        """Bring a deleted item back as it was (for undo). An item still here is left alone."""
        row = {
            "id": item.id,
            "text": item.text,
            "added_on": item.added_on.isoformat(),
            "brought_up_on": item.brought_up_on.isoformat() if item.brought_up_on else None,
            "position": item.position,
        }
        restore_row(self._db, "notebook_bring_up", row)
        return self.bring_up_item(item.id)

    def move_bring_up(self, item_id: int, position: int) -> list[BringUpItem]:
        """Move an open item to ``position`` (from 0) in the open list; returns every item."""
        if not self.bring_up_item(item_id).is_open:
            raise InvalidEntry(
                translate(
                    "notebook_bring_up", "Only things you haven't brought up yet can be moved."
                )
            )
        move_row(
            self._db,
            "notebook_bring_up",
            item_id,
            position,
            missing=NotInNotebook,
            where="WHERE brought_up_on IS NULL",
        )
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


def _bring_up_text(text: str) -> str:
    return notebook_text(
        text,
        limit=MAX_BRING_UP_CHARS,
        empty=_nothing_written,
        too_long=lambda: notebook_bring_up.tr(
            "That's more than one item holds (%Ln character(s)). You can split it into two.",
            None,
            MAX_BRING_UP_CHARS,
        ),
    )


def _nothing_written() -> str:
    return translate("notebook_bring_up", "Write a few words about what you want to bring up.")
