"""Adding the coping tools from a checked import file (``export/import_coping.py``): check-ins,
how I am, picking up from here and versions of the plan for hard times.

Nothing comes in twice. A check-in, a how I am check-in or a picking-up note whose uid is here
already is skipped, even if its words differ (the journal's copy is kept), as entries are; so is
a picking-up note about a hard moment that has notes here already (one set per hard moment). A
version of the plan with the same parts and ``saved_at`` as one here is skipped, as a note
version is. Uid'd records go in from the end of the file's list to the start, as entries do.

``core/notebook_import.add_notebook`` calls ``add_coping`` within its transaction.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from iop_companion.core.coping_model import (
    ImportedCheckIn,
    ImportedHowIAm,
    ImportedPickingUp,
    ImportedPlanVersion,
)
from iop_companion.core.notebook_check_ins import ANSWER_COLUMNS
from iop_companion.core.notebook_hard_times import people_json
from iop_companion.core.notebook_model import NotebookPlan, utc_text
from iop_companion.core.storage import insert_row

if TYPE_CHECKING:
    from sqlite_utils import Database

# The tables an import may add to, in the order taking it back removes from them.
COPING_TABLES = (
    "notebook_picking_up",
    "notebook_how_i_am",
    "notebook_check_ins",
    "notebook_hard_times_plan",
)


def add_coping(db: Database, plan: NotebookPlan) -> list[tuple[str, int | None]]:
    """Each record of the plan's coping tools with the id it was added as, or None when it was
    already here; the caller holds the transaction."""
    now = utc_text(datetime.now(UTC))
    added: list[tuple[str, int | None]] = []
    added += [
        ("notebook_check_ins", _add_check_in(db, item, now)) for item in reversed(plan.check_ins)
    ]
    added += [
        ("notebook_how_i_am", _add_how_i_am(db, item, now)) for item in reversed(plan.how_i_am)
    ]
    added += [
        ("notebook_picking_up", _add_picking_up(db, item, now))
        for item in reversed(plan.picking_up)
    ]
    added += [
        ("notebook_hard_times_plan", _add_plan_version(db, version))
        for version in plan.hard_times_plan
    ]
    return added


def _known(db: Database, table: str, uid: str) -> bool:
    sql = f"SELECT 1 FROM {table} WHERE uid = ?"  # noqa: S608 (fixed names only)
    return db.execute(sql, [uid]).fetchone() is not None


def _moment(moment: datetime | None, now: str) -> str:
    """A time from the file, kept in UTC (one without an offset counts as UTC); the time of the
    import when the file has none."""
    if moment is None:
        return now
    return utc_text(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def _add_check_in(db: Database, item: ImportedCheckIn, now: str) -> int | None:
    if _known(db, "notebook_check_ins", item.uid):
        return None
    row = {
        "uid": item.uid,
        "day": item.day.isoformat(),
        **dict(zip(ANSWER_COLUMNS, item.answers, strict=True)),
        "note": item.note,
        "created_at": _moment(item.created_at, now),
    }
    return insert_row(db, "notebook_check_ins", row)


def _add_how_i_am(db: Database, item: ImportedHowIAm, now: str) -> int | None:
    if _known(db, "notebook_how_i_am", item.uid):
        return None
    row = {
        "uid": item.uid,
        "day": item.day.isoformat(),
        "words": json.dumps(list(item.words), ensure_ascii=False),
        "halt": json.dumps([tick.value for tick in item.halt]),
        "line": item.line,
        "created_at": _moment(item.created_at, now),
    }
    return insert_row(db, "notebook_how_i_am", row)


def _add_picking_up(db: Database, item: ImportedPickingUp, now: str) -> int | None:
    if _known(db, "notebook_picking_up", item.uid):
        return None
    if item.entry_uid is not None:
        taken = db.execute(
            "SELECT 1 FROM notebook_picking_up WHERE entry_uid = ?", [item.entry_uid]
        ).fetchone()
        if taken is not None:
            return None
    row = {
        "uid": item.uid,
        "entry_uid": item.entry_uid,
        "going_on": item.going_on,
        "halt": json.dumps([tick.value for tick in item.halt]),
        "did": item.did,
        "helped": item.helped,
        "written_at": _moment(item.written_at, now),
    }
    return insert_row(db, "notebook_picking_up", row)


def _add_plan_version(db: Database, version: ImportedPlanVersion) -> int | None:
    row = {
        "signs": version.signs,
        "on_my_own": version.on_my_own,
        "people": people_json(version.people),
        "places": version.places,
        "remember": version.remember,
        "saved_at": utc_text(version.saved_at),
    }
    known = db.execute(
        "SELECT 1 FROM notebook_hard_times_plan WHERE signs = ? AND on_my_own = ? AND people = ? "
        "AND places = ? AND remember = ? AND saved_at = ?",
        list(row.values()),
    ).fetchone()
    return insert_row(db, "notebook_hard_times_plan", row) if known is None else None
