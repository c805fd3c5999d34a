"""What every service part shares about storage: the database and clock it holds, and rows.

``Service`` is the base of each part of ``JournalService`` and ``NotebookService``: it holds the
open ``sqlite_utils.Database`` and the clock. The functions add, change, remove, put back and
reorder rows by id the same way for every table, pick the row a lookup found, write a range of
days, read and write the journal's own (encrypted) settings, and turn typed words into a safe
FTS5 query and FTS5's marked snippets back into pieces. Table names come from the code, never
from a person; every value goes through a ``?`` placeholder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from iop_companion.vault.database import plain_errors

if TYPE_CHECKING:
    from sqlite_utils import Database

BY_POSITION = "ORDER BY position, uid"  # the person's own order; ties alike on every computer
MATCH_START, MATCH_END = "\x02", "\x03"  # around matched words in FTS5 snippets
_WORD = re.compile(r"\w+", re.UNICODE)
_Found = TypeVar("_Found")


def local_now() -> datetime:
    return datetime.now().astimezone()


class Service:
    """The open database and the clock, for one part of a service."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = local_now) -> None:
        self._db = db
        self._clock = clock

    @property
    def today(self) -> date:
        return self._clock().date()


# -- rows ---------------------------------------------------------------------------------------


def first_found(found: Sequence[_Found], missing: Callable[[], Exception]) -> _Found:
    """The first of what a lookup found, or ``missing()`` when it found nothing."""
    if not found:
        raise missing()
    return found[0]


def insert_row(db: Database, table: str, row: dict[str, Any]) -> int:
    """Add a row and return its id; the caller holds the transaction. A row put back under
    its old id (Undo, Redo) takes back the uid it had, so the journal's other computers see the
    same row come back (``schema.m008``'s sync_gone)."""
    if "id" in row and "uid" not in row:
        gone = db.execute(
            "SELECT uid FROM sync_gone WHERE table_name = ? AND id = ?", [table, row["id"]]
        ).fetchone()
        if gone is not None:
            row = {**row, "uid": gone[0]}
    row_id = db.table(table).insert(row).last_pk
    assert isinstance(row_id, int)
    return row_id


def update_row(db: Database, table: str, row_id: int, updates: dict[str, Any]) -> None:
    """Change the given columns of a row, in a transaction of its own; nothing when none."""
    if not updates:
        return
    with plain_errors(), db.atomic():
        db.table(table).update(row_id, updates)


def row_exists(db: Database, table: str, row_id: int) -> bool:
    sql = f"SELECT 1 FROM {table} WHERE id = ?"  # noqa: S608
    return db.execute(sql, [row_id]).fetchone() is not None


def restore_row(db: Database, table: str, row: dict[str, Any]) -> None:
    """Put a removed row back as it was, id and all (for undo); one still there is left alone."""
    with plain_errors(), db.atomic():
        if not row_exists(db, table, row["id"]):
            insert_row(db, table, row)


def restore_uid_row(db: Database, table: str, row: dict[str, Any]) -> int:
    """Put a removed row that has a uid back as it was (for undo) and return its id: a row with
    that id or that uid still there (an import may have brought the uid back) is left alone,
    and its id returned."""
    with plain_errors(), db.atomic():
        sql = f"SELECT id FROM {table} WHERE id = ? OR uid = ? ORDER BY id = ? DESC LIMIT 1"  # noqa: S608
        found = db.execute(sql, [row["id"], row["uid"], row["id"]]).fetchone()
        return int(found[0]) if found else insert_row(db, table, row)


def delete_row(db: Database, table: str, row_id: int, missing: Callable[[], Exception]) -> None:
    """Remove a row, or raise ``missing()`` when it's already gone."""
    with plain_errors(), db.atomic():
        if not row_exists(db, table, row_id):
            raise missing()
        db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])  # noqa: S608


def next_position(db: Database, table: str) -> int:
    """The position after the last one in ``table`` (0 for an empty list)."""
    sql = f"SELECT coalesce(max(position) + 1, 0) FROM {table}"  # noqa: S608
    return int(db.execute(sql).fetchone()[0])


def move_row(
    db: Database,
    table: str,
    row_id: int,
    position: int,
    *,
    missing: Callable[[], Exception],
    where: str = "",
) -> None:
    """Put a row at ``position`` among the rows ``where`` picks, numbering them from 0; raise
    ``missing()`` when it isn't among them."""
    with plain_errors(), db.atomic():
        sql = f"SELECT id FROM {table} {where} {BY_POSITION}"  # noqa: S608
        ids = [row[0] for row in db.execute(sql).fetchall()]
        if row_id not in ids:
            raise missing()
        ids.remove(row_id)
        ids.insert(max(0, min(position, len(ids))), row_id)
        update = f"UPDATE {table} SET position = ? WHERE id = ?"  # noqa: S608
        for index, moved_id in enumerate(ids):
            db.execute(update, [index, moved_id])


def day_range(column: str, since: date | None, until: date | None) -> tuple[list[str], list[str]]:
    """WHERE clauses and their values for ``column`` from ``since`` to ``until`` (both included,
    either open)."""
    clauses: list[str] = []
    params: list[str] = []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(since.isoformat())
    if until is not None:
        clauses.append(f"{column} <= ?")
        params.append(until.isoformat())
    return clauses, params


def day_where(column: str, since: date | None, until: date | None) -> tuple[str, list[str]]:
    """``day_range`` as a whole WHERE ("" when both ends are open) and its values."""
    clauses, params = day_range(column, since, until)
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def read_setting(db: Database, key: str) -> str:
    """A value of the journal's own (encrypted) settings; "" when it isn't set."""
    with plain_errors():
        row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else ""


def write_setting(db: Database, key: str, value: str) -> None:
    """Set one of the journal's own settings ("" removes it), in a transaction of its own."""
    with plain_errors(), db.atomic():
        if value:
            db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])
        else:
            db.execute("DELETE FROM settings WHERE key = ?", [key])


def chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    """``items`` a few at a time, for ``IN (?, ...)`` lists SQLite's limits can take."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


# -- full-text search ---------------------------------------------------------------------------


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word must match; the last may be the start of a word."""
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def split_snippet(snippet: str) -> tuple[tuple[str, bool], ...]:
    """FTS5's snippet (matches between \\x02 and \\x03) as (text, matched) pieces."""
    pieces: list[tuple[str, bool]] = []
    for part in re.split(f"({MATCH_START}.*?{MATCH_END})", snippet or ""):
        if part.startswith(MATCH_START):
            pieces.append((part[1:-1], True))
        elif part:
            pieces.append((part, False))
    return tuple(pieces)


def set_tags(db: Database, entry_id: int, names: Sequence[str]) -> None:
    """Give an entry exactly these tags (the caller holds the transaction)."""
    db.execute("DELETE FROM entry_tags WHERE entry_id = ?", [entry_id])
    add_tags(db, entry_id, names)


def add_tags(db: Database, entry_id: int, names: Sequence[str]) -> None:
    for name in names:
        db.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", [name])
        db.execute(
            "INSERT OR IGNORE INTO entry_tags(entry_id, tag_id) "
            "SELECT ?, id FROM tags WHERE name = ?",
            [entry_id, name],
        )


def add_many_tags(db: Database, tagged: Sequence[tuple[int, str]]) -> None:
    """``add_tags`` for many (entry id, tag name) pairs at once: new tags get their ids in the
    order their names first come."""
    names = dict.fromkeys(name for _entry_id, name in tagged)  # each once, in order
    db.conn.executemany("INSERT OR IGNORE INTO tags(name) VALUES (?)", [(n,) for n in names])
    db.execute(  # in one statement: one a pair costs more than the rest of adding them
        "INSERT OR IGNORE INTO entry_tags(entry_id, tag_id) "
        "SELECT pair.value ->> 0, tags.id FROM json_each(?) AS pair "
        "JOIN tags ON tags.name = pair.value ->> 1",  # tags.name's NOCASE, as add_tags finds it
        [json.dumps(tagged)],
    )
