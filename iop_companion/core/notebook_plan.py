"""The weekly plan: sessions that usually happen each week (a weekday, maybe a time, a kind and
the person's label). Recording a session from it is in ``core/notebook_sessions.py``.

A part of ``NotebookService`` (``core/notebook.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from typing import Any

from iop_companion.core.checks import notebook_text
from iop_companion.core.notebook_model import (
    MAX_PLAN_NOTE_CHARS,
    UNCHANGED,
    PlanItem,
    SessionKind,
    Unchanged,
    minute_text,
    stored_minute,
    to_minute,
)
from iop_companion.core.storage import (
    Service,
    delete_row,
    first_found,
    insert_row,
    restore_row,
    update_row,
)
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.i18n import Context, translate
from iop_companion.vault.database import plain_errors

notebook_plan = Context("notebook_plan")


class Plan(Service):
    def plan(self) -> list[PlanItem]:
        """The weekly plan, Monday first, then by time (items with no time last)."""
        return self._plan("ORDER BY weekday, at IS NULL, at, uid")

    def plan_item(self, plan_id: int) -> PlanItem:
        return first_found(self._plan("WHERE id = ?", [plan_id]), NotInNotebook)

    def add_plan_item(
        self, weekday: int, at: time | None, kind: SessionKind, note: str = ""
    ) -> PlanItem:
        """A session that usually happens each week (``weekday`` 0 is Monday, 6 Sunday)."""
        row = {
            "weekday": _weekday(weekday),
            "at": minute_text(to_minute(at)),
            "kind": SessionKind(kind).value,
            "note": _plan_note(note),
        }
        with plain_errors(), self._db.atomic():
            plan_id = insert_row(self._db, "notebook_plan", row)
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
            updates["at"] = minute_text(to_minute(at))
        if kind is not None:
            updates["kind"] = SessionKind(kind).value
        if note is not None:
            updates["note"] = _plan_note(note)
        update_row(self._db, "notebook_plan", plan_id, updates)
        return self.plan_item(plan_id)

    def remove_plan_item(self, plan_id: int) -> None:
        """Take an item out of the plan. Sessions recorded from it stay, with ``plan_id`` None;
        ``restore_plan_item`` (for undo) links them again."""
        delete_row(self._db, "notebook_plan", plan_id, NotInNotebook)

    def restore_plan_item(self, item: PlanItem) -> PlanItem:
        row = {
            "id": item.id,
            "weekday": item.weekday,
            "at": minute_text(item.at),
            "kind": item.kind.value,
            "note": item.note,
        }
        restore_row(self._db, "notebook_plan", row)
        return self.plan_item(item.id)

    def _plan(self, where: str, params: Sequence[Any] = ()) -> list[PlanItem]:
        sql = f"SELECT id, weekday, at, kind, note FROM notebook_plan {where}"  # noqa: S608
        with plain_errors():
            rows = self._db.execute(sql, list(params)).fetchall()
        return [
            PlanItem(
                id=row[0],
                weekday=row[1],
                at=stored_minute(row[2]),
                kind=SessionKind(row[3]),
                note=row[4],
            )
            for row in rows
        ]


def _plan_note(text: str) -> str:
    label = " ".join(
        notebook_text(
            text,
            limit=MAX_PLAN_NOTE_CHARS,
            too_long=lambda: notebook_plan.tr(
                "Keep the label under %Ln character(s).", None, MAX_PLAN_NOTE_CHARS
            ),
        ).split()
    )
    return label


def _weekday(weekday: int) -> int:
    if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
        raise InvalidEntry(translate("notebook_plan", "Pick a day of the week."))
    return weekday
