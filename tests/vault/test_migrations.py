"""Schema migrations: a new journal is current; an older one is copied aside before it changes."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import sqlite_utils
from sqlite_utils import Migrations

import iop_companion.vault.schema as schema_module
from iop_companion.formats import SCHEMA_VERSION
from iop_companion.vault import Vault, schema
from iop_companion.vault.schema import migrations, schema_version
from iop_companion.vault.vault import BACKUPS_DIR, DB_NAME, SLOTS_BACKUP_NAME, SLOTS_NAME
from tests.conftest import PASSPHRASE
from tests.vault.helpers import SQLITE_HEADER


def migration_count() -> int:
    return len(migrations.pending(sqlite_utils.Database(memory=True)))


def test_new_journal_has_every_migration(vault: Vault) -> None:
    assert migration_count() >= 1
    assert schema_version(vault.db) == migration_count()
    assert migrations.pending(vault.db) == []
    assert {"entries", "categories", "templates", "tags", "entry_tags", "entries_fts"} <= set(
        vault.db.table_names()
    )
    names = [r["name"] for r in vault.db.query("SELECT name FROM categories ORDER BY position")]
    assert names == list(schema.DEFAULT_CATEGORIES)


def test_the_schema_version_counts_the_migrations() -> None:
    """``--version`` says the schema version without a database: a new migration moves it."""
    assert migration_count() == SCHEMA_VERSION, (
        f"vault/schema.py has {migration_count()} migrations: set SCHEMA_VERSION in "
        "iop_companion/formats.py to that"
    )


def test_the_indexes_and_the_queries_read_when_an_entry_was_logged_alike() -> None:
    """SQLite answers from an index only for the very expression it holds: the timeline's
    order and the progress totals stay fast only while these two are one."""
    from iop_companion.core.queries import LOGGED_KEY

    assert LOGGED_KEY == schema._LOGGED


def test_opening_a_current_journal_makes_no_backup(vault_folder: Path) -> None:
    Vault.unlock(vault_folder, PASSPHRASE).lock()
    assert not (vault_folder / BACKUPS_DIR).exists()


def next_version() -> Migrations:
    """The app's migrations plus one more, as a later release would ship them."""
    later = Migrations(migrations.name)
    for migration in migrations.pending(sqlite_utils.Database(memory=True)):  # all of them
        later(name=migration.name)(migration.fn)

    @later()
    def m900_test_only(db: sqlite_utils.Database) -> None:
        db.execute("ALTER TABLE categories ADD COLUMN colour TEXT")
        db.execute("DELETE FROM notes")

    return later


def test_pending_migration_copies_the_journal_aside_first(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.db.table("notes").insert_all([{"text": "one"}, {"text": "two"}])

    monkeypatch.setattr(schema_module, "migrations", next_version())
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert schema_version(vault.db) == migration_count() + 1
        assert "colour" in vault.db.table("categories").columns_dict
        assert vault.db.table("notes").count == 0

    copies = list((vault_folder / BACKUPS_DIR).iterdir())
    assert len(copies) == 1 and copies[0].name.startswith("before-migration-")
    copy = copies[0]
    assert stat.S_IMODE(copy.stat().st_mode) == 0o700
    assert stat.S_IMODE((copy / DB_NAME).stat().st_mode) == 0o600
    assert not (copy / DB_NAME).read_bytes().startswith(SQLITE_HEADER)

    monkeypatch.undo()  # back to this version's migrations: the copy opens as it was
    with Vault.unlock(copy, PASSPHRASE) as old:
        assert schema_version(old.db) == migration_count()
        assert "colour" not in old.db.table("categories").columns_dict
        assert [r["text"] for r in old.db.query("SELECT text FROM notes")] == ["one", "two"]
        assert old.check() == []
    Vault.unlock(vault_folder, PASSPHRASE).lock()  # the migrated journal still opens too


def test_no_second_copy_once_migrated(vault_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.db.table("notes").insert({"text": "one"})
    monkeypatch.setattr(schema_module, "migrations", next_version())
    Vault.unlock(vault_folder, PASSPHRASE).lock()
    Vault.unlock(vault_folder, PASSPHRASE).lock()
    assert len(list((vault_folder / BACKUPS_DIR).iterdir())) == 1


def test_copy_aside_works_when_opened_from_the_key_file_backup(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With keyslots.json gone, the copy carries the key file that was used to open it."""
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.db.table("notes").insert({"text": "one"})
        vault.change_passphrase("lanterns over the harbour")
    (vault_folder / SLOTS_NAME).unlink()

    monkeypatch.setattr(schema_module, "migrations", next_version())
    Vault.unlock(vault_folder, PASSPHRASE).lock()
    (copy,) = (vault_folder / BACKUPS_DIR).iterdir()
    assert (copy / SLOTS_NAME).read_bytes() == (vault_folder / SLOTS_BACKUP_NAME).read_bytes()
    monkeypatch.undo()
    with Vault.unlock(copy, PASSPHRASE) as old:
        assert old.db.table("notes").count == 1


def test_failed_migration_leaves_the_journal_as_it_was(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = Migrations(migrations.name)
    for migration in migrations.pending(sqlite_utils.Database(memory=True)):  # all of them
        later(name=migration.name)(migration.fn)

    @later()
    def m900_breaks(db: sqlite_utils.Database) -> None:
        db.execute("DELETE FROM templates")
        raise RuntimeError("a bug in a migration")

    monkeypatch.setattr(schema_module, "migrations", later)
    with pytest.raises(RuntimeError):
        Vault.unlock(vault_folder, PASSPHRASE)
    monkeypatch.undo()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert schema_version(vault.db) == migration_count()
        assert vault.db.table("templates").count == len(schema.DEFAULT_TEMPLATES)
