"""The journal's schema, as ``sqlite_utils.Migrations``: one transaction per migration.

Migrations never change once released; a later version adds a new one. The golden vault under
``tests/fixtures/`` proves every version still opens what the first one wrote.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("iop_companion")

DEFAULT_CATEGORIES = (
    "Showing up",
    "Honesty",
    "Reaching out",
    "Coming back",
    "Asking for what I need",
    "Self-care",
)

# The program's own examples of wins that count, with the category each belongs to.
DEFAULT_TEMPLATES = (
    ("Showed up to group after a slip", "Showing up"),
    ("Said one honest sentence", "Honesty"),
    ("Called instead of ghosting", "Reaching out"),
    ("Talked to intake, without committing yet", "Coming back"),
    ("Sat in group without saying a word", "Showing up"),
    ("Came to one session", "Showing up"),
    ("Asked for a new therapist or a smaller group", "Asking for what I need"),
    ("Told someone about a slip", "Honesty"),
    ("Came back", "Coming back"),
)


@migrations()
def m001_journal(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE categories (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            position INTEGER NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            category_id INTEGER REFERENCES categories(id),
            position INTEGER NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0
        );
        -- AUTOINCREMENT: an id is never given to a second entry, so undo can bring one back.
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('win', 'hard_moment')),
            day TEXT NOT NULL,
            text TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            category_id INTEGER REFERENCES categories(id),
            after_hard_moment INTEGER NOT NULL DEFAULT 0,
            private INTEGER NOT NULL DEFAULT 0,
            moment_word TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- Covers the progress tallies, so they never touch the entry text.
        CREATE INDEX entries_by_day ON entries(day, kind, category_id, after_hard_moment);
        CREATE INDEX entries_by_category ON entries(category_id, day);
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE entry_tags (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id),
            PRIMARY KEY (entry_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX entry_tags_by_tag ON entry_tags(tag_id, entry_id);

        CREATE VIRTUAL TABLE entries_fts USING fts5(
            text, note, content='entries', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts(rowid, text, note) VALUES (new.id, new.text, new.note);
        END;
        CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts(entries_fts, rowid, text, note)
                VALUES ('delete', old.id, old.text, old.note);
        END;
        CREATE TRIGGER entries_au AFTER UPDATE OF text, note ON entries BEGIN
            INSERT INTO entries_fts(entries_fts, rowid, text, note)
                VALUES ('delete', old.id, old.text, old.note);
            INSERT INTO entries_fts(rowid, text, note) VALUES (new.id, new.text, new.note);
        END;
        """
    )
    categories = db.table("categories")
    for position, name in enumerate(DEFAULT_CATEGORIES):
        categories.insert({"name": name, "position": position})
    ids = {row["name"]: row["id"] for row in db.query("SELECT id, name FROM categories")}
    templates = db.table("templates")
    for position, (text, category) in enumerate(DEFAULT_TEMPLATES):
        templates.insert({"text": text, "category_id": ids[category], "position": position})


def schema_version(db: Database) -> int:
    """How many migrations this database has had."""
    return len(migrations.applied(db))
