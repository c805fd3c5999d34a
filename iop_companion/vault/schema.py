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


@migrations()
def m002_drafts_and_settings(db: Database) -> None:
    # drafts: what was being typed when the journal locked, one row per open editor, kept inside
    # the encrypted database so nothing typed is lost and nothing typed is written anywhere else.
    # settings: the person's own details that must stay encrypted too (their program's number).
    db.executescript(
        """
        CREATE TABLE drafts (
            name TEXT PRIMARY KEY,
            body TEXT NOT NULL,
            saved_at TEXT NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


# The phrases for coming back, from the program's own words (shared/design/language.md).
DEFAULT_PHRASES = (
    "I'm just here to listen today.",
    "I'm not ready to talk yet, but I wanted to be in the room.",
    "I ghosted before. I'm here now.",
    "I got overwhelmed.",
    "I fell off.",
    "I'm here now.",
)

# Rows of every notebook table share one full-text index; a row's FTS rowid is its id times
# NOTEBOOK_FTS_PARTS plus its table's code (0 notes, 1 bring-up items, 2 sessions, 3 phrases).
NOTEBOOK_FTS_PARTS = 4


def _fts_triggers(table: str, code: int, column: str) -> str:
    new, old = (f"{row}.id * {NOTEBOOK_FTS_PARTS} + {code}" for row in ("new", "old"))
    # Fixed table and column names only.
    return f"""
        CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO notebook_fts(rowid, text) VALUES ({new}, new.{column});
        END;
        CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
            DELETE FROM notebook_fts WHERE rowid = {old};
        END;
        CREATE TRIGGER {table}_au AFTER UPDATE OF {column} ON {table} BEGIN
            UPDATE notebook_fts SET text = new.{column} WHERE rowid = {old};
        END;
    """  # noqa: S608


@migrations()
def m003_notebook(db: Database) -> None:
    # The recovery notebook (core/notebook.py): what I know now (every version kept), things to
    # bring up, sessions and the weekly plan, phrases for coming back. Kinds, sections and
    # attendance are checked by the service, not by CHECK constraints, so a later version can
    # add one without rebuilding a table. Sessions point at their plan item and at the win
    # logged for them without foreign keys: both are resolved when read (a LEFT JOIN), so a
    # removal that is undone brings the link back. Ids are AUTOINCREMENT, so a link never
    # points at a different row later. The win is named by its uid, which export and import keep.
    db.executescript(
        """
        CREATE TABLE notebook_notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            section TEXT NOT NULL,
            text TEXT NOT NULL,
            saved_at TEXT NOT NULL
        );
        CREATE INDEX notebook_notes_by_section ON notebook_notes(section, saved_at, id);
        CREATE TABLE notebook_bring_up (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            text TEXT NOT NULL,
            added_on TEXT NOT NULL,
            brought_up_on TEXT,
            position INTEGER NOT NULL
        );
        CREATE TABLE notebook_plan (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
            at TEXT,
            kind TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE notebook_sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            attendance TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            at TEXT,
            plan_id INTEGER,
            entry_uid TEXT
        );
        CREATE INDEX notebook_sessions_by_day ON notebook_sessions(day, id);
        CREATE UNIQUE INDEX notebook_sessions_by_plan ON notebook_sessions(plan_id, day)
            WHERE plan_id IS NOT NULL;
        CREATE TABLE notebook_phrases (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            text TEXT NOT NULL,
            position INTEGER NOT NULL
        );
        CREATE VIRTUAL TABLE notebook_fts USING fts5(
            text, tokenize='unicode61 remove_diacritics 2'
        );
        """
        + _fts_triggers("notebook_notes", 0, "text")
        + _fts_triggers("notebook_bring_up", 1, "text")
        + _fts_triggers("notebook_sessions", 2, "note")
        + _fts_triggers("notebook_phrases", 3, "text")
    )
    phrases = db.table("notebook_phrases")
    for position, text in enumerate(DEFAULT_PHRASES):
        phrases.insert({"text": text, "position": position})


@migrations()
def m004_logged_order(db: Database) -> None:
    # Comebacks follow the order a day's entries were logged in (core/progress.py): the index
    # that covers the progress tallies carries when each entry was logged, as microseconds since
    # 1970 (UTC), so the tallies still never read an entry. created_at is ISO 8601 as Python
    # writes it (six digits of fraction, or none); unixepoch reads its offset. The expression is
    # written the same way in JournalService.day_counts (queries.LOGGED_KEY), or SQLite would not
    # use the index for it.
    db.execute("DROP INDEX entries_by_day")
    db.execute(
        """
        CREATE INDEX entries_by_day ON entries(day, kind, category_id, after_hard_moment,
            unixepoch(created_at) * 1000000
            + iif(substr(created_at, 20, 1) = '.', CAST(substr(created_at, 21, 6) AS INTEGER), 0))
        """
    )


def schema_version(db: Database) -> int:
    """How many migrations this database has had."""
    return len(migrations.applied(db))
