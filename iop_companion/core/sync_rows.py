"""The rows another computer keeps in step: each one's name, its clock, and how a change to it is
read here and written there (Qt-free).

A change is ``(key, clock, body)``: the row's name across computers (``entries:<uid>``,
``settings:program_phone``), a hybrid logical clock, and the row as it is now (None: it was
deleted). The row travels whole, without its local id: what it points at (an entry's category,
a session's plan item) travels as that row's uid, and an entry carries its tags by name.

Merging is a register per row: each journal keeps the version with the greatest clock it has
seen (``sync_clocks``), so changes can arrive in any order, twice, or late, and every journal
that has seen the same changes holds the same rows. A deletion keeps its clock (a tombstone), so
an older edit that arrives later doesn't bring the row back. Notes and the plan for hard times
keep every version as a row of its own, so two computers' edits to them both stay, the later one
on top. Two rows that can't both stand (two categories of one name, two notes for one hard
moment) are both kept: the later one by clock keeps the place and the other steps aside, the
same way on every computer whatever the order the changes came in (``_step_aside``).

Clocks are strings that sort in time order: milliseconds since 1970, a counter, the computer's
id (so no two computers ever make the same clock).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from iop_companion.core.changes import Part
from iop_companion.core.storage import set_tags
from iop_companion.vault.synced import SYNCED_SETTINGS, SYNCED_TABLES

if TYPE_CHECKING:
    from sqlite_utils import Database

Body = dict[str, Any]


@dataclass(frozen=True)
class SyncChange:
    key: str
    clock: str
    body: Body | None  # None: deleted


@dataclass(frozen=True)
class _Table:
    part: Part
    refs: dict[str, str] = field(default_factory=dict)  # column: the table it holds an id of
    # Columns that can't hold the same values in two rows, and what the row that steps aside
    # does: "rename" (a category: "Work (2)") or "detach" (they become NULL).
    unique: tuple[str, ...] = ()
    step_aside: str = ""


TABLES: dict[str, _Table] = {
    "categories": _Table(Part.CATEGORIES, unique=("name",), step_aside="rename"),
    "templates": _Table(Part.TEMPLATES, refs={"category_id": "categories"}),
    "entries": _Table(Part.ENTRIES, refs={"category_id": "categories"}),
    "notebook_notes": _Table(Part.NOTES),
    "notebook_bring_up": _Table(Part.BRING_UP),
    "notebook_plan": _Table(Part.PLAN),
    "notebook_sessions": _Table(
        Part.SESSIONS,
        refs={"plan_id": "notebook_plan"},
        unique=("plan_id", "day"),
        step_aside="detach",
    ),
    "notebook_phrases": _Table(Part.PHRASES),
    "notebook_check_ins": _Table(Part.CHECK_INS),
    "notebook_how_i_am": _Table(Part.HOW_I_AM),
    "notebook_picking_up": _Table(Part.PICKING_UP, unique=("entry_uid",), step_aside="detach"),
    "notebook_hard_times_plan": _Table(Part.HARD_TIMES_PLAN),
}
assert tuple(TABLES) == SYNCED_TABLES
SETTINGS = "settings"
_SETTING_PARTS = {
    "program_phone": Part.OWN_DETAILS,
    "last_session_day": Part.OWN_DETAILS,
}


def part_of(key: str) -> Part:
    """The part of the journal a change to ``key`` changes."""
    table, _, name = key.partition(":")
    if table == SETTINGS:
        return _SETTING_PARTS.get(name, Part.CHECK_INS)
    return TABLES[table].part


def is_key(key: object) -> bool:
    """Whether ``key`` names a row this version keeps in step (a newer version's is skipped)."""
    if not isinstance(key, str):
        return False
    table, colon, name = key.partition(":")
    if not colon or not name:
        return False
    return name in SYNCED_SETTINGS if table == SETTINGS else table in TABLES


# -- clocks ---------------------------------------------------------------------------------------


def clock(ms: int, counter: int, computer: str) -> str:
    return f"{ms:013d}-{counter:06d}-{computer}"


def clock_parts(text: str) -> tuple[int, int]:
    ms, counter, _ = text.split("-", 2)
    return int(ms), int(counter)


def next_clock(last: str, now_ms: int, computer: str) -> str:
    """A clock later than ``last`` (this journal's latest, sent or seen) and not before now."""
    if not last:
        return clock(now_ms, 0, computer)
    ms, counter = clock_parts(last)
    if now_ms > ms:
        return clock(now_ms, 0, computer)
    return clock(ms, counter + 1, computer)


def is_clock(text: object) -> bool:
    if not isinstance(text, str) or len(text) > 100:
        return False
    parts = text.split("-", 2)
    return (
        len(parts) == 3 and all(p.isdigit() and p.isascii() for p in parts[:2]) and bool(parts[2])
    )


# -- reading what changed here ------------------------------------------------------------


def _columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()]


def _one(db: Database, sql: str, params: Iterable[Any]) -> Any:
    found = db.execute(sql, list(params)).fetchone()
    return found[0] if found else None


def read_body(db: Database, key: str) -> Body | None:
    """The row ``key`` names as it is in this journal, or None when it isn't here."""
    table, _, name = key.partition(":")
    if table == SETTINGS:
        value = _one(db, "SELECT value FROM settings WHERE key = ?", [name])
        return None if value is None else {"value": value}
    cursor = db.execute(f"SELECT * FROM {table} WHERE uid = ?", [name])  # noqa: S608 (fixed names)
    found = cursor.fetchone()
    if found is None:
        return None
    row = dict(zip([d[0] for d in cursor.description], found, strict=True))
    row_id = row.pop("id")
    for column, target in TABLES[table].refs.items():
        if row[column] is not None:
            sql = f"SELECT uid FROM {target} WHERE id = ?"  # noqa: S608
            row[column] = _one(db, sql, [row[column]])
    if table == "entries":
        sql = (
            "SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            "WHERE et.entry_id = ? ORDER BY t.name"
        )
        row["tags"] = [tag for (tag,) in db.execute(sql, [row_id]).fetchall()]
    return row


def every_key(db: Database) -> Iterator[str]:
    """Every row this journal keeps in step (for the first pass into a folder)."""
    for table in TABLES:
        for (uid,) in db.execute(f"SELECT uid FROM {table} ORDER BY id").fetchall():  # noqa: S608
            yield f"{table}:{uid}"
    marks = ", ".join("?" for _ in SYNCED_SETTINGS)
    sql = f"SELECT key FROM settings WHERE key IN ({marks})"  # noqa: S608
    for (name,) in db.execute(sql, list(SYNCED_SETTINGS)).fetchall():
        yield f"{SETTINGS}:{name}"


def take_pending(db: Database, computer: str, last: str) -> tuple[list[SyncChange], str]:
    """The changes made here since the last pass, each with a new clock, and the latest clock.
    A change's clock is the time it was made (not the time it is sent), so of two edits to one
    row on two computers the later one stays, whichever computer's pass comes first; and it is
    later than every change this journal had seen. The caller holds the transaction: the
    changes are noted as sent when it commits."""
    changes = []
    rows = db.execute("SELECT key, at FROM sync_pending ORDER BY at, key").fetchall()
    for key, at in rows:
        body = read_body(db, key)
        held = _one(db, "SELECT clock FROM sync_clocks WHERE key = ?", [key])
        if body is None and held is None:
            continue  # added and deleted between two passes: no other computer had it
        last = next_clock(last, int(at), computer)
        hold(db, key, last, gone=body is None)
        changes.append(SyncChange(key, last, body))
    db.execute("DELETE FROM sync_pending")
    return changes, last


def hold(db: Database, key: str, at: str, *, gone: bool) -> None:
    db.execute(
        "INSERT INTO sync_clocks(key, clock, gone) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET clock = excluded.clock, gone = excluded.gone",
        [key, at, int(gone)],
    )


def forget_gone(db: Database) -> None:
    """Forget the uids of rows deleted before the journal opened (``schema.m008``): Undo, which
    puts such a row back under its uid, can't reach them any more."""
    if db.execute("SELECT 1 FROM sync_gone LIMIT 1").fetchone():  # opening writes nothing else
        with db.atomic():
            db.execute("DELETE FROM sync_gone")


# -- writing what changed there -----------------------------------------------------------


class Applier:
    """Writes other computers' changes into the journal, newest clock winning. The caller holds
    one transaction with recording off (see ``schema.m007_sync``)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._columns = {table: set(_columns(db, table)) - {"id"} for table in TABLES}
        self.parts: set[Part] = set()

    def apply(self, change: SyncChange) -> bool:
        """Take ``change`` in when it is newer than the version here; whether it was."""
        held = _one(self._db, "SELECT clock FROM sync_clocks WHERE key = ?", [change.key])
        if held is not None and held >= change.clock:
            return False
        if _one(self._db, "SELECT 1 FROM sync_pending WHERE key = ?", [change.key]):
            return False  # changed here since: that change goes out next, with a later clock
        table, _, name = change.key.partition(":")
        if table == SETTINGS:
            self._setting(name, change.body)
        elif change.body is None:
            self._delete(table, name)
        else:
            self._row(table, name, change.body, change.clock)
        hold(self._db, change.key, change.clock, gone=change.body is None)
        self.parts.add(part_of(change.key))
        return True

    def _setting(self, name: str, body: Body | None) -> None:
        value = body.get("value") if body else None
        if isinstance(value, str) and value:
            self._db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [name, value],
            )
        else:
            self._db.execute("DELETE FROM settings WHERE key = ?", [name])

    def _delete(self, table: str, uid: str) -> None:
        """Delete a row. The rows here that point at it (an entry's category, a session's plan
        item) point at nothing, and wait for it: a later change may bring it back."""
        row_id = self._local_id(table, uid)
        if row_id is None:
            return
        for other, spec in TABLES.items():
            for column, target in spec.refs.items():
                if target != table:
                    continue
                sql = f"""INSERT OR REPLACE INTO sync_waiting(key, column_name, target)
                    SELECT '{other}:' || uid, ?, ? FROM {other} WHERE {column} = ?"""  # noqa: S608
                self._db.execute(sql, [column, f"{table}:{uid}", row_id])
                sql = f"UPDATE {other} SET {column} = NULL WHERE {column} = ?"  # noqa: S608
                self._db.execute(sql, [row_id])
        self._db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])  # noqa: S608

    def _local_id(self, table: str, uid: str) -> int | None:
        found = _one(self._db, f"SELECT id FROM {table} WHERE uid = ?", [uid])  # noqa: S608
        return int(found) if found is not None else None

    def _row(self, table: str, uid: str, body: Body, at: str) -> None:
        spec = TABLES[table]
        key = f"{table}:{uid}"
        values = {c: _plain(body[c]) for c in self._columns[table] if c in body and c != "uid"}
        self._db.execute("DELETE FROM sync_waiting WHERE key = ?", [key])
        for column, target in spec.refs.items():
            named = values.get(column)
            if named is None:
                continue
            values[column] = self._local_id(target, str(named))
            if values[column] is None:  # not here yet: named once it arrives
                self._db.execute(
                    "INSERT INTO sync_waiting(key, column_name, target) VALUES (?, ?, ?)",
                    [key, column, f"{target}:{named}"],
                )
        row_id = self._local_id(table, uid)
        if spec.unique:
            values = self._make_room(table, uid, row_id, values, at)
        if row_id is None:
            columns = ["uid", *values]
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608 (fixed names)
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            added = self._db.execute(sql, [uid, *values.values()]).lastrowid
            assert added is not None
            row_id = added
        elif values:
            sets = ", ".join(f"{c} = ?" for c in values)
            sql = f"UPDATE {table} SET {sets} WHERE id = ?"  # noqa: S608
            self._db.execute(sql, [*values.values(), row_id])
        if table == "entries":
            self._tags(row_id, body.get("tags"))
        self._name_waiting(key, row_id)

    def _make_room(
        self, table: str, uid: str, row_id: int | None, values: dict[str, Any], at: str
    ) -> dict[str, Any]:
        """``values`` for the row being written, once a row here that holds the same unique
        values has stepped aside, or after this one has (whichever clock is older)."""
        spec = TABLES[table]
        if any(values.get(c) is None for c in spec.unique):
            return values
        where = " AND ".join(f"{c} = ?" for c in spec.unique)
        sql = f"SELECT id, uid FROM {table} WHERE {where} AND id IS NOT ?"  # noqa: S608
        found = self._db.execute(sql, [*(values[c] for c in spec.unique), row_id]).fetchone()
        if found is None:
            return values
        other_id, other_uid = found
        other_clock = _one(
            self._db, "SELECT clock FROM sync_clocks WHERE key = ?", [f"{table}:{other_uid}"]
        )
        if other_clock is not None and other_clock > at:
            return {**values, **self._step_aside(table, uid, values)}
        sets = self._step_aside(table, other_uid, {c: values[c] for c in spec.unique})
        assignments = ", ".join(f"{c} = ?" for c in sets)
        sql = f"UPDATE {table} SET {assignments} WHERE id = ?"  # noqa: S608
        self._db.execute(sql, [*sets.values(), other_id])
        return values

    def _step_aside(self, table: str, uid: str, values: dict[str, Any]) -> dict[str, Any]:
        """What the row ``uid`` holds instead of the unique values it gives up. A category's
        new name comes from its uid ("Work (3fa2)"), not from what else is here, so it is the
        same on every computer whatever order the rows came in."""
        spec = TABLES[table]
        if spec.step_aside == "detach":
            return dict.fromkeys(spec.unique)
        name = str(values["name"])
        for length in range(4, len(uid) + 1):
            aside = f"{name} ({uid[:length]})"
            if not _one(self._db, f"SELECT 1 FROM {table} WHERE name = ?", [aside]):  # noqa: S608
                return {"name": aside}
        return {"name": f"{name} ({uid})"}

    def _tags(self, entry_id: int, tags: object) -> None:
        names = [t for t in tags if isinstance(t, str) and t] if isinstance(tags, list) else []
        set_tags(self._db, entry_id, names)

    def _name_waiting(self, target: str, target_id: int) -> None:
        """Rows that named the row just written before it arrived name it now."""
        waiting = self._db.execute(
            "SELECT key, column_name FROM sync_waiting WHERE target = ?", [target]
        ).fetchall()
        for key, column in waiting:
            table, _, uid = key.partition(":")
            if column not in TABLES[table].refs:
                continue
            sql = f"UPDATE {table} SET {column} = ? WHERE uid = ?"  # noqa: S608
            self._db.execute(sql, [target_id, uid])
        self._db.execute("DELETE FROM sync_waiting WHERE target = ?", [target])


def _plain(value: Any) -> Any:
    """A value a column can hold: what JSON brought, with lists and objects as their JSON."""
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return value
