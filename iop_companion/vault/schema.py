"""The journal's schema, as ``sqlite_utils.Migrations``: one transaction per migration.

Migrations never change once released; a later version adds a new one. The golden vault under
``tests/fixtures/`` proves every version still opens what the first one wrote.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database, Migrations

from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.vault.synced import SYNCED_SETTINGS, SYNCED_TABLES

migrations = Migrations("iop_companion")

# What a new journal starts with (m001, m003) is written in the language in use when it is made:
# from then on these are the person's own words, to rename or hide. A journal made before keeps
# what it was made with.

SHOWING_UP = QT_TRANSLATE_NOOP("schema", "Showing up")
HONESTY = QT_TRANSLATE_NOOP("schema", "Honesty")
REACHING_OUT = QT_TRANSLATE_NOOP("schema", "Reaching out")
COMING_BACK = QT_TRANSLATE_NOOP("schema", "Coming back")
ASKING = QT_TRANSLATE_NOOP("schema", "Asking for what I need")
SELF_CARE = QT_TRANSLATE_NOOP("schema", "Self-care")
DEFAULT_CATEGORIES = (SHOWING_UP, HONESTY, REACHING_OUT, COMING_BACK, ASKING, SELF_CARE)

# The program's own examples of wins that count, with the category each belongs to.
DEFAULT_TEMPLATES = (
    (QT_TRANSLATE_NOOP("schema", "Showed up to group after a slip"), SHOWING_UP),
    (QT_TRANSLATE_NOOP("schema", "Said one honest sentence"), HONESTY),
    (QT_TRANSLATE_NOOP("schema", "Called instead of ghosting"), REACHING_OUT),
    (QT_TRANSLATE_NOOP("schema", "Talked to intake, without committing yet"), COMING_BACK),
    (QT_TRANSLATE_NOOP("schema", "Sat in group without saying a word"), SHOWING_UP),
    (QT_TRANSLATE_NOOP("schema", "Came to one session"), SHOWING_UP),
    (QT_TRANSLATE_NOOP("schema", "Asked for a new therapist or a smaller group"), ASKING),
    (QT_TRANSLATE_NOOP("schema", "Told someone about a slip"), HONESTY),
    (QT_TRANSLATE_NOOP("schema", "Came back"), COMING_BACK),
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
    ids = {}
    for position, name in enumerate(DEFAULT_CATEGORIES):
        ids[name] = categories.insert(
            {"name": translate("schema", name), "position": position}
        ).last_pk
    templates = db.table("templates")
    for position, (text, category) in enumerate(DEFAULT_TEMPLATES):
        row = {"text": translate("schema", text), "category_id": ids[category]}
        templates.insert({**row, "position": position})


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
    QT_TRANSLATE_NOOP("schema", "I'm just here to listen today."),
    QT_TRANSLATE_NOOP("schema", "I'm not ready to talk yet, but I wanted to be in the room."),
    QT_TRANSLATE_NOOP("schema", "I ghosted before. I'm here now."),
    QT_TRANSLATE_NOOP("schema", "I got overwhelmed."),
    QT_TRANSLATE_NOOP("schema", "I fell off."),
    QT_TRANSLATE_NOOP("schema", "I'm here now."),
)

# Rows of every notebook table share one full-text index; a row's FTS rowid is its id times
# NOTEBOOK_FTS_PARTS plus its table's code (0 notes, 1 bring-up items, 2 sessions, 3 phrases).
# That is m003's numbering; m005 numbers the index again with NOTEBOOK_FTS_SLOTS (below).
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
        phrases.insert({"text": translate("schema", text), "position": position})


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


# From m005 the notebook's full-text index has room for 16 parts: a row's FTS rowid is its id
# times NOTEBOOK_FTS_SLOTS plus its table's code (core/notebook_search.py reads the same codes).
NOTEBOOK_FTS_SLOTS = 16
NOTEBOOK_FTS_CODES = {
    "notebook_notes": 0,
    "notebook_bring_up": 1,
    "notebook_sessions": 2,
    "notebook_phrases": 3,
    "notebook_check_ins": 4,
    "notebook_how_i_am": 5,
    "notebook_picking_up": 6,
    "notebook_hard_times_plan": 7,
}


def _json_words(column: str) -> str:
    """A JSON list of words kept in ``column`` (of a trigger's new row), as "a, b"."""
    return f"coalesce((SELECT group_concat(value, ', ') FROM json_each({column})), '')"  # noqa: S608


def _notebook_fts_text(table: str, row: str) -> str:
    """What the index holds of a row of ``table`` (``row`` is "new" in a trigger; a table's
    own name when indexing what is there): its words, parts on lines of their own."""
    parts = {
        "notebook_notes": ["text"],
        "notebook_bring_up": ["text"],
        "notebook_sessions": ["note"],
        "notebook_phrases": ["text"],
        "notebook_check_ins": ["note"],
        "notebook_how_i_am": [_json_words(f"{row}.words"), _json_words(f"{row}.halt"), "line"],
        "notebook_picking_up": ["going_on", _json_words(f"{row}.halt"), "did", "helped"],
        "notebook_hard_times_plan": [
            "signs",
            "on_my_own",
            "coalesce((SELECT group_concat(trim(json_extract(value, '$.name') || ' ' || "  # noqa: S608
            f"json_extract(value, '$.number')), char(10)) FROM json_each({row}.people)), '')",
            "places",
            "remember",
        ],
    }[table]
    columns = [part if "(" in part else f"{row}.{part}" for part in parts]
    if len(columns) == 1:
        return columns[0]
    # Each part that has words, on a line of its own.
    lines = " || ".join(f"coalesce(nullif({column}, '') || char(10), '')" for column in columns)
    return f"rtrim({lines}, char(10))"


# The columns whose change changes what the index holds of a row.
_NOTEBOOK_FTS_COLUMNS = {
    "notebook_notes": "text",
    "notebook_bring_up": "text",
    "notebook_sessions": "note",
    "notebook_phrases": "text",
    "notebook_check_ins": "note",
    "notebook_how_i_am": "words, halt, line",
    "notebook_picking_up": "going_on, halt, did, helped",
    "notebook_hard_times_plan": "signs, on_my_own, people, places, remember",
}


def _notebook_fts_triggers(table: str) -> str:
    code = NOTEBOOK_FTS_CODES[table]
    new, old = (f"{row}.id * {NOTEBOOK_FTS_SLOTS} + {code}" for row in ("new", "old"))
    text = _notebook_fts_text(table, "new")
    # Fixed table and column names only.
    return f"""
        CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO notebook_fts(rowid, text) VALUES ({new}, {text});
        END;
        CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
            DELETE FROM notebook_fts WHERE rowid = {old};
        END;
        CREATE TRIGGER {table}_au AFTER UPDATE OF {_NOTEBOOK_FTS_COLUMNS[table]} ON {table} BEGIN
            UPDATE notebook_fts SET text = {text} WHERE rowid = {old};
        END;
    """  # noqa: S608


@migrations()
def m005_coping_tools(db: Database) -> None:
    # The four coping tools of issue 18 (core/coping_model.py), in the notebook: recovery
    # capital check-ins (BARC-10: ten answers, 1 to 6, or none for a skipped statement), how I
    # am (words and HALT ticks as JSON lists, one line), picking up from here (notes after a
    # hard moment, named by its uid, at most one set per hard moment; no foreign key, so a
    # deletion that is undone brings the link back) and the plan for hard times (every version
    # kept; its people a JSON list of {"name", "number"}). Check-ins, how I am and picking up
    # have uids, which export and import keep, so an import never brings one in twice.
    # The notebook's full-text index is built again with room for the new parts (and more).
    answers = ",\n".join(
        f"answer_{n} INTEGER CHECK "  # words: not for translation (SQL)
        f"(answer_{n} BETWEEN 1 AND 6)"
        for n in range(1, 11)
    )
    db.executescript(
        f"""
        CREATE TABLE notebook_check_ins (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL,
            {answers},
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX notebook_check_ins_by_day ON notebook_check_ins(day, created_at, id);
        CREATE TABLE notebook_how_i_am (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL,
            words TEXT NOT NULL DEFAULT '[]',
            halt TEXT NOT NULL DEFAULT '[]',
            line TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX notebook_how_i_am_by_day ON notebook_how_i_am(day, created_at, id);
        CREATE TABLE notebook_picking_up (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            entry_uid TEXT,
            going_on TEXT NOT NULL DEFAULT '',
            halt TEXT NOT NULL DEFAULT '[]',
            did TEXT NOT NULL DEFAULT '',
            helped TEXT NOT NULL DEFAULT '',
            written_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX notebook_picking_up_by_moment ON notebook_picking_up(entry_uid)
            WHERE entry_uid IS NOT NULL;
        CREATE TABLE notebook_hard_times_plan (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            signs TEXT NOT NULL DEFAULT '',
            on_my_own TEXT NOT NULL DEFAULT '',
            people TEXT NOT NULL DEFAULT '[]',
            places TEXT NOT NULL DEFAULT '',
            remember TEXT NOT NULL DEFAULT '',
            saved_at TEXT NOT NULL
        );
        CREATE INDEX notebook_hard_times_plan_by_time ON notebook_hard_times_plan(saved_at, id);
        """
    )
    old_tables = ("notebook_notes", "notebook_bring_up", "notebook_sessions", "notebook_phrases")
    for table in old_tables:
        for suffix in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER {table}_{suffix}")
    db.execute("DROP TABLE notebook_fts")
    db.execute(
        "CREATE VIRTUAL TABLE notebook_fts USING fts5("
        "text, tokenize='unicode61 remove_diacritics 2')"
    )
    for table, code in NOTEBOOK_FTS_CODES.items():
        db.execute(
            f"INSERT INTO notebook_fts(rowid, text) "  # noqa: S608 (fixed names only)
            f"SELECT id * {NOTEBOOK_FTS_SLOTS} + {code}, {_notebook_fts_text(table, table)} "
            f"FROM {table}"
        )
        db.executescript(_notebook_fts_triggers(table))


@migrations()
def m006_picking_up_private(db: Database) -> None:
    # Notes from picking up from here are private with their hard moment. That was read through
    # the hard moment itself, so once it was deleted (its notes are kept) they counted as not
    # private, and an export took them. Each set of notes keeps the privacy of its hard moment
    # now, as it was last known; triggers keep it in step with every way a hard moment is
    # written (logged, edited, brought back by Undo, imported) and with notes written later.
    db.executescript(
        """
        ALTER TABLE notebook_picking_up ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
        UPDATE notebook_picking_up SET private = COALESCE(
            (SELECT e.private FROM entries e WHERE e.uid = notebook_picking_up.entry_uid), 0);
        CREATE TRIGGER notebook_picking_up_private_ai AFTER INSERT ON notebook_picking_up
        BEGIN
            UPDATE notebook_picking_up SET private = COALESCE(
                (SELECT e.private FROM entries e WHERE e.uid = NEW.entry_uid), NEW.private)
            WHERE id = NEW.id;
        END;
        CREATE TRIGGER entries_private_to_picking_up_ai AFTER INSERT ON entries
        WHEN NEW.kind = 'hard_moment'
        BEGIN
            UPDATE notebook_picking_up SET private = NEW.private WHERE entry_uid = NEW.uid;
        END;
        CREATE TRIGGER entries_private_to_picking_up_au AFTER UPDATE OF private ON entries
        WHEN NEW.kind = 'hard_moment'
        BEGIN
            UPDATE notebook_picking_up SET private = NEW.private WHERE entry_uid = NEW.uid;
        END;
        """
    )


def schema_version(db: Database) -> int:
    """How many migrations this database has had."""
    return len(migrations.applied(db))


# -- m007: keeping the journal in step with other computers (core/sync*.py) ---------------------

# The tables that had no uid before m007 (the rest had one for export and import).
_GIVEN_UIDS = (
    "categories",
    "templates",
    "notebook_notes",
    "notebook_bring_up",
    "notebook_plan",
    "notebook_sessions",
    "notebook_phrases",
    "notebook_hard_times_plan",
)
_NEW_UID = "lower(hex(randomblob(16)))"
# When a change is noted: the time, in milliseconds since 1970 (UTC).
_NOW_MS = "CAST(unixepoch('subsec') * 1000 AS INTEGER)"
_RECORDING = "(SELECT recording FROM sync_state) = 1"


def _noted(key: str) -> str:
    """SQL that notes ``key`` (an expression) as changed here, for the next pass to send."""
    # Fixed table and column names only, here and in the rest of m007.
    return (
        f"INSERT INTO sync_pending(key, at) VALUES ({key}, {_NOW_MS}) "  # noqa: S608
        "ON CONFLICT(key) DO UPDATE SET at = excluded.at;"
    )


def _sync_triggers(table: str) -> str:
    new, old = (f"'{table}:' || {row}.uid" for row in ("NEW", "OLD"))
    given = ""
    if table in _GIVEN_UIDS:
        # A row added without a uid gets one (the code that adds rows predates uids).
        given = f"""
        CREATE TRIGGER {table}_uid_ai AFTER INSERT ON {table} WHEN NEW.uid IS NULL BEGIN
            UPDATE {table} SET uid = {_NEW_UID} WHERE id = NEW.id;
        END;"""  # noqa: S608  # words: not for translation (SQL)
    return f"""{given}
        CREATE TRIGGER {table}_sync_ai AFTER INSERT ON {table}
        WHEN NEW.uid IS NOT NULL AND {_RECORDING} BEGIN {_noted(new)} END;
        CREATE TRIGGER {table}_sync_au AFTER UPDATE ON {table}
        WHEN NEW.uid IS NOT NULL AND {_RECORDING} BEGIN {_noted(new)} END;
        CREATE TRIGGER {table}_sync_ad AFTER DELETE ON {table}
        WHEN OLD.uid IS NOT NULL AND {_RECORDING} BEGIN {_noted(old)} END;
    """


@migrations()
def m007_sync(db: Database) -> None:
    # Issue 19: one journal on two or three computers, through a folder the person keeps in step.
    # Every row a second computer needs has a uid now. Triggers note each change of such a row
    # (and of the settings that travel) in sync_pending while this computer keeps a folder in
    # step (sync_state.recording): the typed changes of the core, undo, imports and the command
    # line alike, with no path left out. A pass sends what is noted and takes in the other
    # computers' changes with recording off, so nothing taken in is sent back as new.
    # sync_clocks holds the clock of the version of each row this journal has (gone = 1: the
    # row was deleted, a tombstone); sync_computers how far each computer's log has been read.
    script = ""
    for table in _GIVEN_UIDS:
        script += f"ALTER TABLE {table} ADD COLUMN uid TEXT;\n"  # words: not for translation (SQL)
        script += f"UPDATE {table} SET uid = {_NEW_UID};\n"  # noqa: S608  # words: not for translation (SQL)
        script += f"CREATE UNIQUE INDEX {table}_by_uid ON {table}(uid);\n"
    settings = ", ".join(f"'{key}'" for key in SYNCED_SETTINGS)
    script += f"""
        CREATE TABLE sync_state (
            only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
            recording INTEGER NOT NULL DEFAULT 0,
            computer TEXT NOT NULL,
            folder TEXT NOT NULL DEFAULT '',
            clock TEXT NOT NULL DEFAULT '',
            next_segment INTEGER NOT NULL DEFAULT 0,
            last_pass_at TEXT NOT NULL DEFAULT '',
            -- When the passphrase or recovery code last changed, as the folder's key file says
            -- (ms since 1970): the latest change wins on every computer.
            key_file_at INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO sync_state(only_row, computer) VALUES (1, {_NEW_UID});
        CREATE TABLE sync_pending (
            key TEXT PRIMARY KEY,
            at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE sync_clocks (
            key TEXT PRIMARY KEY,
            clock TEXT NOT NULL,
            gone INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE TABLE sync_computers (
            computer TEXT PRIMARY KEY,
            next_segment INTEGER NOT NULL DEFAULT 0,
            forgotten INTEGER NOT NULL DEFAULT 0,
            last_heard_at TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID;
        -- A row that names another row not here yet (a category, a plan item): named again
        -- once that row arrives.
        CREATE TABLE sync_waiting (
            key TEXT NOT NULL,
            column_name TEXT NOT NULL,
            target TEXT NOT NULL,
            PRIMARY KEY (key, column_name)
        ) WITHOUT ROWID;
        CREATE INDEX sync_waiting_by_target ON sync_waiting(target);
        CREATE TRIGGER entry_tags_sync_ai AFTER INSERT ON entry_tags WHEN {_RECORDING} BEGIN
            INSERT INTO sync_pending(key, at)
                SELECT 'entries:' || uid, {_NOW_MS} FROM entries WHERE id = NEW.entry_id
                ON CONFLICT(key) DO UPDATE SET at = excluded.at;
        END;
        CREATE TRIGGER entry_tags_sync_ad AFTER DELETE ON entry_tags WHEN {_RECORDING} BEGIN
            INSERT INTO sync_pending(key, at)
                SELECT 'entries:' || uid, {_NOW_MS} FROM entries WHERE id = OLD.entry_id
                ON CONFLICT(key) DO UPDATE SET at = excluded.at;
        END;
        CREATE TRIGGER settings_sync_ai AFTER INSERT ON settings
        WHEN NEW.key IN ({settings}) AND {_RECORDING} BEGIN {_noted("'settings:' || NEW.key")} END;
        CREATE TRIGGER settings_sync_au AFTER UPDATE ON settings
        WHEN NEW.key IN ({settings}) AND {_RECORDING} BEGIN {_noted("'settings:' || NEW.key")} END;
        CREATE TRIGGER settings_sync_ad AFTER DELETE ON settings
        WHEN OLD.key IN ({settings}) AND {_RECORDING} BEGIN {_noted("'settings:' || OLD.key")} END;
    """  # noqa: S608
    for table in SYNCED_TABLES:
        script += _sync_triggers(table)
    db.executescript(script)


# When an entry was logged, in microseconds since 1970 (UTC): m004's expression (written out
# there), the same as queries.LOGGED_KEY (a test keeps them equal), so SQLite answers it from
# the entries_by_day and entries_by_logged indexes.
_LOGGED = (
    "unixepoch(created_at) * 1000000"
    " + iif(substr(created_at, 20, 1) = '.', CAST(substr(created_at, 21, 6) AS INTEGER), 0)"
)


# -- m008: what the simulation of three computers found: journals that settle alike -----------


def _changed(db: Database, table: str) -> str:
    """SQL that is true when an UPDATE changed some column of ``table`` (a later migration that
    adds a column to a table that travels makes its trigger again)."""
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()]
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


@migrations()
def m008_sync_settles_alike(db: Database) -> None:
    # Issue 19. An UPDATE that changes nothing (a list numbered again, most rows where they
    # were) is no change to send: sent, its newer clock would win over a real edit made on
    # another computer meanwhile. And a row put back by Undo or Redo (``storage.insert_row``,
    # with its old id given) takes back its old uid, so the other computers see the same row
    # come back, and what points at it there (a session's plan item) points at it again. Only
    # a row given its id does: a new category or quick win may reuse a deleted one's id.
    # sync_gone keeps the uid of each row deleted while the journal is open; it is emptied when
    # it opens (``sync_rows.forget_gone``), since Undo's history doesn't outlive that.
    # And a day's entries are shown in the order they were logged, then by uid (not by local
    # id, which is the order they arrived in here): the same order on every computer
    # (``queries.NEWEST_FIRST``; the expression is queries.LOGGED_KEY's, as in m004).
    script = f"""
        CREATE INDEX entries_by_logged ON entries(day, {_LOGGED}, uid);
        CREATE TABLE sync_gone (
            table_name TEXT NOT NULL,
            id INTEGER NOT NULL,
            uid TEXT NOT NULL,
            PRIMARY KEY (table_name, id)
        ) WITHOUT ROWID;
    """
    for table in SYNCED_TABLES:
        new = f"'{table}:' || NEW.uid"
        script += f"""
            DROP TRIGGER {table}_sync_au;
            CREATE TRIGGER {table}_sync_au AFTER UPDATE ON {table}
            WHEN NEW.uid IS NOT NULL AND {_RECORDING} AND ({_changed(db, table)})
            BEGIN {_noted(new)} END;
        """
    for table in _GIVEN_UIDS:
        script += f"""
            CREATE TRIGGER {table}_sync_gone AFTER DELETE ON {table} WHEN OLD.uid IS NOT NULL
            BEGIN
                INSERT OR REPLACE INTO sync_gone(table_name, id, uid)
                VALUES ('{table}', OLD.id, OLD.uid);
            END;
        """  # noqa: S608
    db.executescript(script)


# -- m009: per-day tallies, kept by triggers (issue 20) -----------------------------------------


# A day's wins per category are kept as DayCount.wins_by_category holds them: a JSON list of
# [category id, wins], by category id, the wins with none (null) last.
_BY_CATEGORY = "ORDER BY category_id IS NULL, category_id"


def _day_tallies(where: str) -> str:
    """SQL that adds the tally row of each day with entries that pass ``where``."""
    # The mark is summed as it is (every writer stores it as 0 or 1); only a win's counts.
    return f"""
        INSERT INTO day_tallies
        SELECT day,
            coalesce(sum(wins), 0),
            coalesce(sum(hard_moments), 0),
            coalesce(sum(wins_after), 0),
            coalesce(json_group_array(json_array(category_id, wins) {_BY_CATEGORY})
                FILTER (WHERE wins), '[]'),
            max(last_win),
            min(first_hard),
            max(last_hard)
        FROM (
            SELECT day, category_id,
                CASE kind WHEN 'win' THEN count(*) END AS wins,
                CASE kind WHEN 'win' THEN sum(after_hard_moment) END AS wins_after,
                CASE kind WHEN 'win' THEN max({_LOGGED}) END AS last_win,
                CASE kind WHEN 'hard_moment' THEN count(*) END AS hard_moments,
                CASE kind WHEN 'hard_moment' THEN min({_LOGGED}) END AS first_hard,
                CASE kind WHEN 'hard_moment' THEN max({_LOGGED}) END AS last_hard
            FROM entries WHERE {where}
            GROUP BY day, kind, category_id
            ORDER BY day, kind, category_id
        )
        GROUP BY day
        ORDER BY day;
    """  # noqa: S608 (fixed names only)


def _day_tallied_again(day: str) -> str:
    """SQL (in a trigger on entries) that counts the day ``day`` names again from its entries:
    its row goes when it has none left. A first or last time logged can't be taken back by
    subtracting, and a day holds few entries, read from the index."""
    return f"DELETE FROM day_tallies WHERE day = {day};\n" + _day_tallies(f"day = {day}")  # noqa: S608


def _later(column: str) -> str:
    """The later of a day's ``column`` and the added entry's (``excluded``), either if one is
    unknown (NULL), as SQLite's max() of a column would give it."""
    return f"coalesce(max({column}, excluded.{column}), {column}, excluded.{column})"


def _earlier(column: str) -> str:
    return f"coalesce(min({column}, excluded.{column}), {column}, excluded.{column})"


# An added entry is counted into its day's row (or makes it): no entry is read again, which
# keeps an import of many entries quick.
_NEW_LOGGED = _LOGGED.replace("created_at", "NEW.created_at")
_WIN_ADDED = f"""
    INSERT INTO day_tallies VALUES (
        NEW.day, 1, 0, NEW.after_hard_moment,
        json_array(json_array(NEW.category_id, 1)), {_NEW_LOGGED}, NULL, NULL)
    ON CONFLICT(day) DO UPDATE SET
        wins = wins + 1,
        wins_after_hard_moment = wins_after_hard_moment + excluded.wins_after_hard_moment,
        wins_by_category = (
            SELECT json_group_array(json_array(category_id, wins) {_BY_CATEGORY})
            FROM (
                SELECT category_id, sum(wins) AS wins FROM (
                    SELECT value ->> 0 AS category_id, value ->> 1 AS wins
                    FROM json_each(day_tallies.wins_by_category)
                    UNION ALL SELECT NEW.category_id, 1
                )
                GROUP BY category_id
            )
        ),
        last_win = {_later("last_win")};
"""  # noqa: S608 (fixed names only)
_HARD_MOMENT_ADDED = f"""
    INSERT INTO day_tallies VALUES (
        NEW.day, 0, 1, 0, '[]', NULL, {_NEW_LOGGED}, {_NEW_LOGGED})
    ON CONFLICT(day) DO UPDATE SET
        hard_moments = hard_moments + 1,
        first_hard = {_earlier("first_hard")},
        last_hard = {_later("last_hard")};
"""  # noqa: S608 (fixed names only)


@migrations()
def m009_day_tallies(db: Database) -> None:
    # Issue 20: totals that don't grow with history. One row per day with entries, holding what
    # the progress maths needs of it (JournalService.day_counts): its wins and hard moments, the
    # wins marked after a hard moment, its wins per category (JSON, as _BY_CATEGORY says), and
    # when its last win and first and last hard moment were logged
    # (microseconds since 1970, UTC). Triggers keep each day's row in the same transaction as
    # every change of its entries, whoever writes them (the app, Undo, an import, the command
    # line, another computer's changes taken in); private entries count like the others.
    # The entries there already are counted once, here.
    changed = "day, kind, category_id, after_hard_moment, created_at"
    db.executescript(
        f"""
        CREATE TABLE day_tallies (
            day TEXT PRIMARY KEY,
            wins INTEGER NOT NULL,
            hard_moments INTEGER NOT NULL,
            wins_after_hard_moment INTEGER NOT NULL,
            wins_by_category TEXT NOT NULL,
            last_win INTEGER,
            first_hard INTEGER,
            last_hard INTEGER
        ) WITHOUT ROWID;
        {_day_tallies("1")}
        CREATE TRIGGER entries_day_tallies_win_ai AFTER INSERT ON entries
        WHEN NEW.kind = 'win' BEGIN
            {_WIN_ADDED}
        END;
        CREATE TRIGGER entries_day_tallies_hard_moment_ai AFTER INSERT ON entries
        WHEN NEW.kind = 'hard_moment' BEGIN
            {_HARD_MOMENT_ADDED}
        END;
        CREATE TRIGGER entries_day_tallies_ad AFTER DELETE ON entries BEGIN
            {_day_tallied_again("OLD.day")}
        END;
        CREATE TRIGGER entries_day_tallies_au AFTER UPDATE OF {changed} ON entries BEGIN
            {_day_tallied_again("OLD.day")}
        END;
        CREATE TRIGGER entries_day_tallies_au_day AFTER UPDATE OF day ON entries
        WHEN NEW.day IS NOT OLD.day BEGIN
            {_day_tallied_again("NEW.day")}
        END;
        """
    )


def count_day_tallies_again(db: Database) -> None:
    """Build the day tallies again from the entries, as m009 first did (``check`` does, when
    they don't match a recount); the caller holds the transaction."""
    db.execute("DELETE FROM day_tallies")
    db.execute(_day_tallies("1").strip().rstrip(";"))


# What every entry added sets going, row by row: m001's full-text index, m006's privacy of the
# picking-up notes on a hard moment, m007's sync bookkeeping (of the entry, and of each tag it's
# given) and m009's tallies. A bulk add pauses these and does their work once, at its end
# (``entries_added_in_bulk``): row by row, they were most of an import's time.
_BULK_PAUSED_TRIGGERS = (
    "entries_ai",
    "entries_private_to_picking_up_ai",
    "entries_sync_ai",
    "entry_tags_sync_ai",
    "entries_day_tallies_win_ai",
    "entries_day_tallies_hard_moment_ai",
)


@contextmanager
def entries_added_in_bulk(db: Database) -> Iterator[int]:
    """Within the caller's transaction, add entries and their tags (and only add them)
    quickly: this yields the id the first of them is to have, and the body gives them that id
    and those after it in turn (entries' ids are AUTOINCREMENT, so none was given before), and
    tags to those entries only. The triggers in ``_BULK_PAUSED_TRIGGERS`` don't run for each
    row: at the end, every entry from that id on is indexed for search in one statement, the
    picking-up notes on those that are hard moments take their privacy in one more, each is
    noted once for the next sync pass (when the journal keeps a folder in step; that covers
    its tags), and each day they touched is counted again from its entries. Every other
    trigger runs as always.

    The paused triggers are dropped and made again from their own SQL, inside the
    transaction; if the body raises they are not made again here: the caller's transaction
    must roll back (``Database.atomic`` does), and that brings them back as they were."""
    if not db.conn.in_transaction:
        raise RuntimeError("entries_added_in_bulk needs the caller's transaction")
    names = ", ".join(f"'{name}'" for name in _BULK_PAUSED_TRIGGERS)
    triggers = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"  # noqa: S608
    ).fetchall()
    assert len(triggers) == len(_BULK_PAUSED_TRIGGERS), "a migration renamed a trigger"
    for name, _sql in triggers:
        db.execute(f"DROP TRIGGER {name}")
    (first_id,) = db.execute(
        """SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'entries'), 0),
                      coalesce((SELECT max(id) FROM entries), 0)) + 1"""
    ).fetchone()
    yield first_id
    # As entries_ai would have, row by row.
    db.execute(
        "INSERT INTO entries_fts(rowid, text, note) SELECT id, text, note FROM entries "
        "WHERE id >= ?",
        [first_id],
    )
    # As entries_private_to_picking_up_ai would have.
    db.execute(
        "UPDATE notebook_picking_up SET private = entries.private FROM entries "
        "WHERE entries.id >= ? AND entries.kind = 'hard_moment' "
        "AND entries.uid = notebook_picking_up.entry_uid",
        [first_id],
    )
    # As entries_sync_ai and entry_tags_sync_ai would have (a tag notes its entry).
    db.execute(
        f"INSERT INTO sync_pending(key, at) SELECT 'entries:' || uid, {_NOW_MS} FROM entries "  # noqa: S608
        f"WHERE id >= ? AND {_RECORDING} ON CONFLICT(key) DO UPDATE SET at = excluded.at",
        [first_id],
    )
    days = db.execute("SELECT DISTINCT day FROM entries WHERE id >= ?", [first_id]).fetchall()
    count_days_again(db, [day for (day,) in days])
    for _name, sql in triggers:
        db.execute(sql)


def count_days_again(db: Database, days: Iterable[str]) -> None:
    """Count the tallies of these days (ISO dates) again from their entries: a day with none
    left has no row. The caller holds the transaction."""
    listed = json.dumps(sorted(days))
    db.execute("DELETE FROM day_tallies WHERE day IN (SELECT value FROM json_each(?))", [listed])
    db.execute(
        _day_tallies("day IN (SELECT value FROM json_each(?))").strip().rstrip(";"), [listed]
    )
