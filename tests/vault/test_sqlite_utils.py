"""Every sqlite-utils feature the app relies on, run on the encrypted (sqlcipher3) connection.

sqlite-utils catches the standard library's ``sqlite3`` exception classes, so a feature that works
on a plain connection may not on this one. If a test here fails after an upgrade, check what the
code that uses the feature does before changing the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
import sqlite_utils
from sqlite_utils import Migrations

from iop_companion.errors import JournalDamaged
from iop_companion.vault import Vault, database
from iop_companion.vault.vault import DB_NAME
from tests.vault.helpers import SQLITE_HEADER


@pytest.fixture
def db(vault: Vault) -> sqlite_utils.Database:
    assert isinstance(vault.db.conn, sqlcipher3.Connection)
    vault.db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, n INTEGER)")
    return vault.db


def texts(db: sqlite_utils.Database) -> list[str]:
    return [row["text"] for row in db.query("SELECT text FROM notes ORDER BY id")]


def test_migrations_apply(db: sqlite_utils.Database) -> None:
    extra = Migrations("test-set")

    @extra()
    def m001_first(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    @extra()
    def m002_second(db: sqlite_utils.Database) -> None:
        db.execute("INSERT INTO extra (id) VALUES (7)")

    assert [m.name for m in extra.pending(db)] == ["m001_first", "m002_second"]
    extra.apply(db)
    assert extra.pending(db) == []
    assert [m.name for m in extra.applied(db)] == ["m001_first", "m002_second"]
    assert [r["id"] for r in db.query("SELECT id FROM extra")] == [7]
    extra.apply(db)  # applying again does nothing
    assert db.table("extra").count == 1


def test_failed_migration_rolls_back(db: sqlite_utils.Database) -> None:
    extra = Migrations("test-set")

    @extra()
    def m001_breaks(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        raise RuntimeError("stop here")

    with pytest.raises(RuntimeError):
        extra.apply(db)
    assert not db.table("half_done").exists()
    assert [m.name for m in extra.pending(db)] == ["m001_breaks"]


def test_atomic_rolls_back_on_exception(db: sqlite_utils.Database) -> None:
    db.table("notes").insert({"text": "kept"})
    with pytest.raises(ValueError), db.atomic():
        db.table("notes").insert({"text": "dropped"})
        db.execute("UPDATE notes SET n = 1")
        raise ValueError("undo all of it")
    assert texts(db) == ["kept"]
    assert [r["n"] for r in db.query("SELECT n FROM notes")] == [None]


def test_atomic_commits_and_nests(db: sqlite_utils.Database) -> None:
    with db.atomic():
        db.table("notes").insert({"text": "outer"})
        with pytest.raises(ValueError), db.atomic():
            db.table("notes").insert({"text": "inner"})
            raise ValueError("only the inner part")
    assert texts(db) == ["outer"]
    assert not db.conn.in_transaction


def test_atomic_rolls_back_on_constraint_error(db: sqlite_utils.Database) -> None:
    with pytest.raises(sqlcipher3.IntegrityError), db.atomic():
        db.table("notes").insert({"text": "first"})
        db.execute("INSERT INTO notes (text) VALUES (NULL)")
    assert texts(db) == []


def test_insert_returns_last_pk(db: sqlite_utils.Database) -> None:
    first = db.table("notes").insert({"text": "one"}).last_pk
    second = db.table("notes").insert({"text": "two"}).last_pk
    assert (first, second) == (1, 2)
    assert db.table("notes").insert({"id": 40, "text": "chosen id"}).last_pk == 40


def test_insert_all(db: sqlite_utils.Database) -> None:
    db.table("notes").insert_all({"text": str(i)} for i in range(250))
    assert db.table("notes").count == 250


def test_update_by_primary_key(db: sqlite_utils.Database) -> None:
    pk = db.table("notes").insert({"text": "before", "n": 1}).last_pk
    assert isinstance(pk, int)
    db.table("notes").update(pk, {"text": "after"})
    assert db.table("notes").get(pk) == {"id": pk, "text": "after", "n": 1}
    with pytest.raises(sqlite_utils.db.NotFoundError):
        db.table("notes").update(999, {"text": "nobody"})


def test_query_yields_dicts_with_params(db: sqlite_utils.Database) -> None:
    db.table("notes").insert_all([{"text": t, "n": n} for n, t in enumerate("abc", start=1)])
    rows = list(db.query("SELECT text, n FROM notes WHERE n >= ? ORDER BY n", [2]))
    assert rows == [{"text": "b", "n": 2}, {"text": "c", "n": 3}]
    named = list(db.query("SELECT text FROM notes WHERE n = :n", {"n": 1}))
    assert named == [{"text": "a"}]


def test_execute_with_params(db: sqlite_utils.Database) -> None:
    db.execute("INSERT INTO notes (text, n) VALUES (?, ?)", ["quoted ' text", 5])
    cursor = db.execute("SELECT text, n FROM notes WHERE n = ?", [5])
    assert cursor.fetchall() == [("quoted ' text", 5)]


def test_table_introspection(db: sqlite_utils.Database) -> None:
    assert "notes" in db.table_names()
    assert db.table("notes").exists() and not db.table("nothing").exists()
    assert db.table("notes").columns_dict == {"id": int, "text": str, "n": int}
    db.table("notes").insert({"text": "x", "n": 1})
    assert list(db.table("notes").rows_where("n = ?", [1])) == [{"id": 1, "text": "x", "n": 1}]


def test_full_text_search_inside_the_encrypted_database(vault: Vault) -> None:
    db = vault.db
    db.execute(
        "INSERT INTO entries (uid, kind, day, text, created_at, updated_at) "
        "VALUES ('u1', 'win', '2026-11-27', 'Called my sponsor instead of ghosting', '', '')"
    )
    hits = list(db.query("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?", ["sponsor"]))
    assert len(hits) == 1


def test_vacuum_into_makes_an_encrypted_copy(vault: Vault, tmp_path: Path) -> None:
    vault.db.table("notes").insert({"text": "copied"})
    target = tmp_path / "copy" / DB_NAME
    target.parent.mkdir()
    database.copy_to(vault.db, target)
    assert not target.read_bytes().startswith(SQLITE_HEADER)
    assert b"copied" not in target.read_bytes()
    copy = database.connect(target, vault._data_key())
    try:
        assert [r["text"] for r in copy.query("SELECT text FROM notes")] == ["copied"]
        assert database.integrity_problems(copy) == []
    finally:
        copy.conn.close()


def test_vacuum_into_copy_does_not_open_with_another_key(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / DB_NAME
    database.copy_to(vault.db, target)
    with pytest.raises(JournalDamaged):
        database.connect(target, bytes(32)).conn.close()


# Traps: features that do NOT work on this connection. The app must not use them; if one of these
# starts passing after an upgrade, the trap is gone and the architecture note can say so.


def test_trap_insert_with_alter_raises(db: sqlite_utils.Database) -> None:
    with pytest.raises(sqlcipher3.OperationalError):
        db.table("notes").insert({"text": "x", "new_column": 1}, alter=True)


def test_trap_drop_ignore_raises(db: sqlite_utils.Database) -> None:
    with pytest.raises(sqlcipher3.OperationalError):
        db.table("no_such_table").drop(ignore=True)
