"""``JournalService``: everything the UI and the CLI do with entries, categories and templates.

The service takes an open ``sqlite_utils.Database`` (from the vault) and a clock. It returns
dataclasses and never hands out SQL or rows. Every mutation returns a ``Change`` that ``undo`` can
reverse. Storage errors become ``KnownError``s through ``plain_errors``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Literal

from iop_companion.core import progress
from iop_companion.core.model import EARLIEST_DAY as EARLIEST_DAY
from iop_companion.core.model import (
    Category,
    Change,
    Entry,
    EntryFilter,
    ImportPlan,
    ImportResult,
    Kind,
    SearchHit,
    Template,
)
from iop_companion.errors import InvalidEntry, NotFound
from iop_companion.vault.database import plain_errors

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_TEXT_CHARS = 20_000
MAX_NAME_CHARS = 60
MATCH_START, MATCH_END = "\x02", "\x03"  # around matched words in FTS5 snippets
_WORD = re.compile(r"\w+", re.UNICODE)

ENTRY_COLUMNS = """
    e.id, e.uid, e.kind, e.day, e.text, e.note, e.category_id, c.name AS category,
    e.after_hard_moment, e.private, e.moment_word, e.created_at, e.updated_at
"""

# Imported entries are never private: exports hold no private entries.
_IMPORT_ENTRY = """
    INSERT INTO entries (uid, kind, day, text, note, category_id, after_hard_moment, private,
                         moment_word, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
"""

ALL_ENTRIES = EntryFilter()
RANK_WINDOW = 2000
# When an entry was logged, as progress.logged_key counts it (microseconds since 1970, UTC), from
# created_at as Python writes it. Written exactly as in the entries_by_day index (schema m004),
# so the progress tallies read it from there.
LOGGED_KEY = (
    "unixepoch(created_at) * 1000000"
    " + iif(substr(created_at, 20, 1) = '.', CAST(substr(created_at, 21, 6) AS INTEGER), 0)"
)


def local_now() -> datetime:
    return datetime.now().astimezone()


class JournalService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = local_now) -> None:
        self._db = db
        self._clock = clock

    @property
    def today(self) -> date:
        return self._clock().date()

    # -- logging ----------------------------------------------------------------------------

    def log_win(
        self,
        text: str,
        *,
        category: int | str | None = None,
        day: date | None = None,
        note: str = "",
        after_hard_moment: bool = False,
        private: bool = False,
        tags: Iterable[str] = (),
    ) -> Change:
        text = _clean_text(text, required=True)
        return self._insert(
            kind=Kind.WIN,
            text=text,
            note=_clean_text(note),
            day=self._check_day(day),
            category_id=self._category_id(category),
            after_hard_moment=after_hard_moment,
            private=private,
            moment_word="",
            tags=_clean_tags(tags),
        )

    def log_hard_moment(
        self,
        *,
        word: str = "hard moment",
        text: str = "",
        note: str = "",
        day: date | None = None,
        private: bool = False,
        tags: Iterable[str] = (),
    ) -> Change:
        """A hard moment is context. It subtracts nothing from anything."""
        return self._insert(
            kind=Kind.HARD_MOMENT,
            text=_clean_text(text),
            note=_clean_text(note),
            day=self._check_day(day),
            category_id=None,
            after_hard_moment=False,
            private=private,
            moment_word=_moment_word(word),
            tags=_clean_tags(tags),
        )

    def _insert(self, *, tags: tuple[str, ...], **fields: Any) -> Change:
        stamp = datetime.now(UTC).isoformat(timespec="microseconds")
        row = {
            "uid": uuid.uuid4().hex,
            **fields,
            "day": fields["day"].isoformat(),
            "kind": fields["kind"].value,
            "after_hard_moment": int(fields["after_hard_moment"]),
            "private": int(fields["private"]),
            "created_at": stamp,
            "updated_at": stamp,
        }
        with plain_errors(), self._db.atomic():
            entry_id = self._insert_row("entries", row)
            self._set_tags(entry_id, tags)
        return Change("logged", self.get(entry_id))

    # -- editing and undo -------------------------------------------------------------------

    def edit(
        self,
        entry_id: int,
        *,
        text: str | None = None,
        note: str | None = None,
        day: date | None = None,
        category: int | str | Literal[False] | None = False,
        after_hard_moment: bool | None = None,
        private: bool | None = None,
        moment_word: str | None = None,
        tags: Iterable[str] | None = None,
    ) -> Change:
        """Change the given fields of an entry. ``category=None`` clears the category."""
        before = self.get(entry_id)
        updates: dict[str, Any] = {}
        if text is not None:
            updates["text"] = _clean_text(text, required=before.kind is Kind.WIN)
        if note is not None:
            updates["note"] = _clean_text(note)
        if day is not None:
            updates["day"] = self._check_day(day).isoformat()
        if category is not False:
            if before.kind is Kind.HARD_MOMENT and category is not None:
                raise InvalidEntry("A hard moment doesn't go in a category.")
            updates["category_id"] = self._category_id(category)
        if after_hard_moment is not None:
            if before.kind is Kind.HARD_MOMENT and after_hard_moment:
                raise InvalidEntry('Only a win can be marked "after a hard moment".')
            updates["after_hard_moment"] = int(after_hard_moment)
        if private is not None:
            updates["private"] = int(private)
        if moment_word is not None and before.kind is Kind.HARD_MOMENT:
            updates["moment_word"] = _moment_word(moment_word)
        new_tags = _clean_tags(tags) if tags is not None else None
        updates["updated_at"] = datetime.now(UTC).isoformat(timespec="microseconds")
        with plain_errors(), self._db.atomic():
            self._db.table("entries").update(entry_id, updates)
            if new_tags is not None:
                self._set_tags(entry_id, new_tags)
        return Change("edited", self.get(entry_id), before)

    def delete(self, entry_id: int) -> Change:
        before = self.get(entry_id)
        with plain_errors(), self._db.atomic():
            self._db.execute("DELETE FROM entries WHERE id = ?", [entry_id])
        return Change("deleted", before)

    def undo(self, change: Change) -> Change:
        """Reverse ``change`` and return the change that undoing made."""
        if change.what == "logged":
            self._same_entry(change.entry)
            return self.delete(change.entry.id)
        if change.what == "deleted":
            return self._restore(change.entry)
        assert change.before is not None
        old = change.before
        self._same_entry(old)
        with plain_errors(), self._db.atomic():
            self._db.table("entries").update(old.id, self._row(old))
            self._set_tags(old.id, old.tags)
        return Change("edited", self.get(old.id), change.entry)

    def _same_entry(self, entry: Entry) -> None:
        """Row ids are reused after the newest entry is deleted; the uid tells entries apart."""
        if self.get(entry.id).uid != entry.uid:
            raise NotFound()

    def _restore(self, entry: Entry) -> Change:
        existing = self._select("e.uid = ?", [entry.uid])
        if existing:  # already back (undone twice)
            return Change("logged", existing[0])
        with plain_errors(), self._db.atomic():
            # Ids are never reused (AUTOINCREMENT), so the entry comes back as itself.
            self._insert_row("entries", {"id": entry.id, **self._row(entry)})
            self._set_tags(entry.id, entry.tags)
        return Change("logged", self.get(entry.id))

    @staticmethod
    def _row(entry: Entry) -> dict[str, Any]:
        return {
            "uid": entry.uid,
            "kind": entry.kind.value,
            "day": entry.day.isoformat(),
            "text": entry.text,
            "note": entry.note,
            "category_id": entry.category_id,
            "after_hard_moment": int(entry.after_hard_moment),
            "private": int(entry.private),
            "moment_word": entry.moment_word,
            "created_at": entry.created_at.isoformat() if entry.created_at else "",
            "updated_at": entry.updated_at.isoformat() if entry.updated_at else "",
        }

    # -- importing --------------------------------------------------------------------------

    def import_entries(self, plan: ImportPlan) -> ImportResult:
        """Add a checked import (``export.importer.read_export``) in one transaction.

        Categories missing here are created by name (case doesn't matter), keeping the file's
        position and hidden setting; categories already here keep their own. An entry whose uid
        is already in the journal is skipped, so importing the same file twice adds nothing.
        Entries go in from the end of the list to the start, so an export (newest first) keeps
        its order within a day. Imported entries are never private. If anything fails, nothing
        is added.
        """
        already_there = 0
        entry_ids: list[int] = []
        category_ids: list[int] = []
        days: set[date] = set()
        stamp = datetime.now(UTC).isoformat(timespec="microseconds")
        with plain_errors(), self._db.atomic():
            known_ids = {c.name.casefold(): c.id for c in self.categories(include_hidden=True)}
            wanted = [(c.name, c.position, c.hidden) for c in plan.categories]
            wanted += [(e.category, None, False) for e in plan.entries if e.category is not None]
            for name, position, hidden in wanted:
                if name.casefold() in known_ids:
                    continue
                row = {
                    "name": name,
                    "position": self._next_position("categories") if position is None else position,
                    "hidden": int(hidden),
                }
                known_ids[name.casefold()] = self._insert_row("categories", row)
                category_ids.append(known_ids[name.casefold()])
            for item in reversed(plan.entries):
                known = self._db.execute("SELECT 1 FROM entries WHERE uid = ?", [item.uid])
                if known.fetchone() is not None:
                    already_there += 1
                    continue
                values = [
                    item.uid,
                    item.kind.value,
                    item.day.isoformat(),
                    item.text,
                    item.note,
                    known_ids[item.category.casefold()] if item.category else None,
                    int(item.after_hard_moment),
                    item.moment_word,
                    item.created_at.isoformat() if item.created_at else stamp,
                    item.updated_at.isoformat() if item.updated_at else stamp,
                ]
                entry_id = self._db.execute(_IMPORT_ENTRY, values).lastrowid
                assert isinstance(entry_id, int)
                self._add_tags(entry_id, item.tags)
                entry_ids.append(entry_id)
                days.add(item.day)
        return ImportResult(
            len(entry_ids),
            already_there,
            len(category_ids),
            frozenset(days),
            tuple(entry_ids),
            tuple(category_ids),
        )

    def take_back_import(self, result: ImportResult) -> None:
        """Undo an import: remove the entries it added (those still here), then the categories
        it added that no entry or quick win uses by now."""
        with plain_errors(), self._db.atomic():
            self._db.execute(
                "DELETE FROM entries WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(result.entry_ids)],
            )
            self._db.execute(
                """DELETE FROM categories WHERE id IN (SELECT value FROM json_each(?))
                   AND id NOT IN (SELECT category_id FROM entries WHERE category_id NOT NULL)
                   AND id NOT IN (SELECT category_id FROM templates WHERE category_id NOT NULL)""",
                [json.dumps(result.category_ids)],
            )

    # -- reading ----------------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        entries = self._select("e.id = ?", [entry_id])
        if not entries:
            raise NotFound()
        return entries[0]

    def entries(
        self,
        where: EntryFilter = ALL_ENTRIES,
        *,
        limit: int = 200,
        after: Entry | None = None,
    ) -> list[Entry]:
        """Entries newest first (by day, then by when they were logged), a page at a time.

        Pass the last entry of a page as ``after`` to get the next page.
        """
        clauses, params = _filter_sql(where, after)
        return self._select(" AND ".join(clauses) or "1", params, limit=limit)

    def count(self, where: EntryFilter = ALL_ENTRIES) -> int:
        clauses, params = _filter_sql(where)
        sql = f"SELECT count(*) FROM entries e WHERE {' AND '.join(clauses) or '1'}"
        with plain_errors():
            return int(self._db.execute(sql, params).fetchone()[0])

    def search(
        self,
        query: str,
        where: EntryFilter = ALL_ENTRIES,
        *,
        limit: int = 50,
        order: Literal["rank", "newest"] = "rank",
        after: Entry | None = None,
    ) -> list[SearchHit]:
        """Full-text search (FTS5) with marked snippets, best matches or newest first.

        Newest-first results come a page at a time like ``entries``: pass the last hit's entry
        as ``after``. Ranked results are one page, ranked among the newest ``RANK_WINDOW``
        matches, so a word found in nearly every entry still answers at typing speed.
        """
        match = fts_query(query)
        if not match:
            return []
        if after is not None and order != "newest":
            raise ValueError("paging with 'after' needs order='newest'")
        clauses, params = _filter_sql(where, after)
        filters = " AND ".join(clauses) or "1"
        if order == "newest":
            # Walk the day index newest first until enough entries match: quick for common
            # words, and for rare ones the set of matches is small.
            sql = f"""
                SELECT e.id FROM entries e INDEXED BY entries_by_day
                WHERE e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)
                    AND {filters}
                ORDER BY e.day DESC, e.id DESC LIMIT ?
            """
        else:
            # The window holds the newest matches that pass the filters, so a filter never
            # hides older matches behind newer ones it leaves out.
            sql = f"""
                SELECT m.rowid FROM (
                    SELECT entries_fts.rowid AS rowid, rank FROM entries_fts
                    JOIN entries e ON e.id = entries_fts.rowid
                    WHERE entries_fts MATCH ? AND {filters}
                    ORDER BY entries_fts.rowid DESC LIMIT {RANK_WINDOW}
                ) AS m
                ORDER BY m.rank LIMIT ?
            """
        with plain_errors():
            ids = [row[0] for row in self._db.execute(sql, [match, *params, limit]).fetchall()]
        # Entries and snippets only for the page that is shown.
        found = {entry.id: entry for entry in self._by_ids(ids)}
        snippets: dict[int, str] = {}
        for chunk in _chunks(ids, 500):
            # FTS5 turns "rowid IN (...)" into one lookup per id, each matching the query again;
            # a rowid range it can use, with the exact ids checked after (+rowid), is one pass.
            marks = ",".join("?" * len(chunk))
            snippet_sql = f"""
                SELECT rowid, snippet(entries_fts, -1, '{MATCH_START}', '{MATCH_END}', '…', 24)
                FROM entries_fts
                WHERE entries_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({marks})
            """
            bounds = [min(chunk), max(chunk)]
            with plain_errors():
                rows = self._db.execute(snippet_sql, [match, *bounds, *chunk]).fetchall()
            snippets.update(rows)
        return [SearchHit(found[i], split_snippet(snippets.get(i, ""))) for i in ids]

    def _by_ids(self, ids: Sequence[int]) -> list[Entry]:
        entries: list[Entry] = []
        for chunk in _chunks(ids, 500):
            entries += self._select(f"e.id IN ({','.join('?' * len(chunk))})", chunk)
        return entries

    def last_entry_day(self) -> date | None:
        return self._edge_day("max")

    def first_entry_day(self) -> date | None:
        return self._edge_day("min")

    def _edge_day(self, which: Literal["min", "max"]) -> date | None:
        with plain_errors():
            row = self._db.execute(f"SELECT {which}(day) FROM entries").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def day_counts(
        self,
        since: date | None = None,
        until: date | None = None,
        *,
        only: Collection[date] | None = None,
    ) -> list[progress.DayCount]:
        """Per-day tallies for the progress maths, from the covering index (no entry text).

        ``only`` reads just those days: what a change touched (see ``Change.days``)."""
        clauses: list[str] = []
        params: list[Any] = []
        if only is not None:
            clauses.append(f"day IN ({','.join('?' * len(only))})" if only else "0")
            params += sorted(day.isoformat() for day in only)
        if since is not None:
            clauses.append("day >= ?")
            params.append(since.isoformat())
        if until is not None:
            clauses.append("day <= ?")
            params.append(until.isoformat())
        # One row per day, its wins per category as JSON: Python builds one tally per day instead
        # of folding every (day, kind, category) group. The inner query reads the covering index
        # in its own order, so neither level sorts. The first and last LOGGED_KEY keep the order
        # things were logged in within a day; day_count puts the categories in order. The mark
        # is summed as it is (every writer stores it as 0 or 1), one comparison a row less.
        sql = f"""
            SELECT day,
                coalesce(sum(wins), 0),
                coalesce(sum(hard_moments), 0),
                coalesce(sum(wins_after), 0),
                json_group_array(json_array(category_id, wins)) FILTER (WHERE wins),
                max(last_win),
                min(first_hard),
                max(last_hard)
            FROM (
                SELECT day, category_id,
                    CASE kind WHEN 'win' THEN count(*) END AS wins,
                    CASE kind WHEN 'win' THEN sum(after_hard_moment) END AS wins_after,
                    CASE kind WHEN 'win' THEN max({LOGGED_KEY}) END AS last_win,
                    CASE kind WHEN 'hard_moment' THEN count(*) END AS hard_moments,
                    CASE kind WHEN 'hard_moment' THEN min({LOGGED_KEY}) END AS first_hard,
                    CASE kind WHEN 'hard_moment' THEN max({LOGGED_KEY}) END AS last_hard
                FROM entries WHERE {" AND ".join(clauses) or "1"}
                GROUP BY day, kind, category_id
                ORDER BY day, kind, category_id
            )
            GROUP BY day
            ORDER BY day
        """
        with plain_errors():
            rows = self._db.execute(sql, params).fetchall()
        return [
            progress.day_count(
                date.fromisoformat(day),
                wins=wins,
                hard_moments=hard,
                wins_after_hard_moment=after,
                wins_by_category=map(tuple, json.loads(categories)),
                last_win=last_win,
                first_hard=first_hard,
                last_hard=last_hard,
            )
            for day, wins, hard, after, categories, last_win, first_hard, last_hard in rows
        ]

    def summary(self) -> progress.Summary:
        return progress.summarize(self.day_counts(), self.today)

    def _select(self, where: str, params: Sequence[Any], *, limit: int = -1) -> list[Entry]:
        sql = f"""
            SELECT {ENTRY_COLUMNS}
            FROM entries e LEFT JOIN categories c ON c.id = e.category_id
            WHERE {where}
            ORDER BY e.day DESC, e.id DESC
            LIMIT ?
        """
        with plain_errors():
            rows = list(self._db.query(sql, [*params, limit]))
        return self._with_tags(rows)

    def _with_tags(self, rows: list[dict[str, Any]]) -> list[Entry]:
        ids = [row["id"] for row in rows]
        tags: dict[int, list[str]] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            sql = f"""
                SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
                WHERE et.entry_id IN ({marks}) ORDER BY t.name COLLATE NOCASE
            """
            with plain_errors():
                for entry_id, name in self._db.execute(sql, chunk).fetchall():
                    tags.setdefault(entry_id, []).append(name)
        return [_entry(row, tuple(tags.get(row["id"], ()))) for row in rows]

    def tags(self) -> list[str]:
        """Every tag in use, alphabetically."""
        sql = """
            SELECT name FROM tags WHERE id IN (SELECT tag_id FROM entry_tags)
            ORDER BY name COLLATE NOCASE
        """
        with plain_errors():
            return [row[0] for row in self._db.execute(sql).fetchall()]

    def _set_tags(self, entry_id: int, names: Sequence[str]) -> None:
        self._db.execute("DELETE FROM entry_tags WHERE entry_id = ?", [entry_id])
        self._add_tags(entry_id, names)

    def _add_tags(self, entry_id: int, names: Sequence[str]) -> None:
        for name in names:
            self._db.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", [name])
            self._db.execute(
                "INSERT OR IGNORE INTO entry_tags(entry_id, tag_id) "
                "SELECT ?, id FROM tags WHERE name = ?",
                [entry_id, name],
            )

    # -- categories and templates ------------------------------------------------------------

    def categories(self, *, include_hidden: bool = False) -> list[Category]:
        where = "" if include_hidden else "WHERE hidden = 0"
        with plain_errors():
            rows = self._db.query(f"SELECT * FROM categories {where} ORDER BY position, id")
            return [Category(r["id"], r["name"], r["position"], bool(r["hidden"])) for r in rows]

    def add_category(self, name: str) -> Category:
        name = _clean_name(name, "category")
        if self.find_category(name) is not None:
            raise InvalidEntry("There's already a category with that name.")
        with plain_errors(), self._db.atomic():
            position = self._next_position("categories")
            self._db.table("categories").insert({"name": name, "position": position})
        found = self.find_category(name)
        assert found is not None
        return found

    def rename_category(self, category_id: int, name: str) -> Category:
        name = _clean_name(name, "category")
        self._category(category_id)
        existing = self.find_category(name)
        if existing is not None and existing.id != category_id:
            raise InvalidEntry("There's already a category with that name.")
        self._update("categories", category_id, {"name": name})
        return self._category(category_id)

    def set_category_hidden(self, category_id: int, hidden: bool) -> Category:
        """Hidden categories stay on the entries that have them; they just leave the pickers."""
        self._category(category_id)
        self._update("categories", category_id, {"hidden": int(hidden)})
        return self._category(category_id)

    def move_category(self, category_id: int, position: int) -> list[Category]:
        self._move("categories", category_id, position)
        return self.categories(include_hidden=True)

    def templates(self, *, include_hidden: bool = False) -> list[Template]:
        where = "" if include_hidden else "WHERE hidden = 0"
        with plain_errors():
            rows = self._db.query(f"SELECT * FROM templates {where} ORDER BY position, id")
            return [
                Template(r["id"], r["text"], r["category_id"], r["position"], bool(r["hidden"]))
                for r in rows
            ]

    def add_template(self, text: str, category: int | str | None = None) -> Template:
        text = _clean_text(text, required=True, limit=200)
        category_id = self._category_id(category)
        with plain_errors(), self._db.atomic():
            position = self._next_position("templates")
            row = {"text": text, "category_id": category_id, "position": position}
            template_id = self._insert_row("templates", row)
        return self._template(template_id)

    def edit_template(
        self, template_id: int, *, text: str | None = None, category: int | str | None = None
    ) -> Template:
        self._template(template_id)
        updates: dict[str, Any] = {}
        if text is not None:
            updates["text"] = _clean_text(text, required=True, limit=200)
        if category is not None:
            updates["category_id"] = self._category_id(category)
        self._update("templates", template_id, updates)
        return self._template(template_id)

    def set_template_hidden(self, template_id: int, hidden: bool) -> Template:
        self._template(template_id)
        self._update("templates", template_id, {"hidden": int(hidden)})
        return self._template(template_id)

    def move_template(self, template_id: int, position: int) -> list[Template]:
        self._move("templates", template_id, position)
        return self.templates(include_hidden=True)

    def category(self, category_id: int) -> Category:
        return self._category(category_id)

    def remove_category(self, category_id: int) -> None:
        """Take back a category just added (Undo). One that an entry or a quick win has come
        to use meanwhile stays, hidden: what uses it keeps its name."""
        self._category(category_id)
        with plain_errors(), self._db.atomic():
            used = self._db.execute(
                "SELECT 1 FROM entries WHERE category_id = ?1"
                " UNION ALL SELECT 1 FROM templates WHERE category_id = ?1 LIMIT 1",
                [category_id],
            ).fetchone()
            if used:
                self._update("categories", category_id, {"hidden": 1})
            else:
                self._db.execute("DELETE FROM categories WHERE id = ?", [category_id])

    def restore_category(self, category: Category) -> Category:
        """Bring back a category ``remove_category`` took (Redo), as it was."""
        with plain_errors(), self._db.atomic():
            if self._db.execute("SELECT 1 FROM categories WHERE id = ?", [category.id]).fetchone():
                self._update("categories", category.id, {"hidden": int(category.hidden)})
            else:
                self._db.table("categories").insert(
                    {
                        "id": category.id,
                        "name": category.name,
                        "position": category.position,
                        "hidden": int(category.hidden),
                    }
                )
        return self._category(category.id)

    def _category(self, category_id: int) -> Category:
        found = [c for c in self.categories(include_hidden=True) if c.id == category_id]
        if not found:
            raise InvalidEntry("That category isn't in the journal anymore.")
        return found[0]

    def find_category(self, name: str) -> Category | None:
        """The category with this name, in any case, hidden ones included."""
        wanted = name.strip().casefold()
        return next(
            (c for c in self.categories(include_hidden=True) if c.name.casefold() == wanted), None
        )

    def template(self, template_id: int) -> Template:
        return self._template(template_id)

    def remove_template(self, template_id: int) -> None:
        """Take back a quick win just added (Undo)."""
        self._template(template_id)
        with plain_errors(), self._db.atomic():
            self._db.execute("DELETE FROM templates WHERE id = ?", [template_id])

    def restore_template(self, template: Template) -> Template:
        """Bring back a quick win ``remove_template`` took (Redo), as it was."""
        with plain_errors(), self._db.atomic():
            if not self._db.execute(
                "SELECT 1 FROM templates WHERE id = ?", [template.id]
            ).fetchone():
                self._db.table("templates").insert(
                    {
                        "id": template.id,
                        "text": template.text,
                        "category_id": template.category_id,
                        "position": template.position,
                        "hidden": int(template.hidden),
                    }
                )
        return self._template(template.id)

    def _template(self, template_id: int) -> Template:
        found = [t for t in self.templates(include_hidden=True) if t.id == template_id]
        if not found:
            raise InvalidEntry("That quick win isn't in the journal anymore.")
        return found[0]

    def _category_id(self, category: int | str | None) -> int | None:
        if category is None:
            return None
        if isinstance(category, int):
            return self._category(category).id
        found = self.find_category(category)
        if found is None:
            names = ", ".join(c.name for c in self.categories())
            raise InvalidEntry(f"There's no category called that. The categories are: {names}.")
        return found.id

    def _insert_row(self, table: str, row: dict[str, Any]) -> int:
        row_id = self._db.table(table).insert(row).last_pk
        assert isinstance(row_id, int)
        return row_id

    def _next_position(self, table: str) -> int:
        row = self._db.execute(f"SELECT coalesce(max(position) + 1, 0) FROM {table}").fetchone()
        return int(row[0])

    def _update(self, table: str, row_id: int, updates: dict[str, Any]) -> None:
        if not updates:
            return
        with plain_errors(), self._db.atomic():
            self._db.table(table).update(row_id, updates)

    def _move(self, table: str, row_id: int, position: int) -> None:
        with plain_errors(), self._db.atomic():
            ids = [r[0] for r in self._db.execute(f"SELECT id FROM {table} ORDER BY position, id")]
            if row_id not in ids:
                raise InvalidEntry("That item isn't in the journal anymore.")
            ids.remove(row_id)
            ids.insert(max(0, min(position, len(ids))), row_id)
            for index, moved_id in enumerate(ids):
                self._db.execute(f"UPDATE {table} SET position = ? WHERE id = ?", [index, moved_id])

    def _check_day(self, day: date | None) -> date:
        if day is None:
            return self.today
        if day > self.today:
            raise InvalidEntry("That day hasn't come yet. Pick today or an earlier day.")
        if day < EARLIEST_DAY:
            raise InvalidEntry("That day is too far back. Pick a day from 1900 on.")
        return day


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word must match; the last may be the start of a word."""
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _filter_sql(where: EntryFilter, after: Entry | None = None) -> tuple[list[str], list[Any]]:
    """WHERE clauses for a filter, plus keyset paging after an entry (newest-first order)."""
    clauses: list[str] = []
    params: list[Any] = []
    if after is not None:  # a row value, so SQLite seeks in the day index
        clauses.append("(e.day, e.id) < (?, ?)")
        params += [after.day.isoformat(), after.id]
    if where.kinds:
        clauses.append(f"e.kind IN ({','.join('?' * len(where.kinds))})")
        params += sorted(k.value for k in where.kinds)
    if where.category_ids:
        clauses.append(f"e.category_id IN ({','.join('?' * len(where.category_ids))})")
        params += sorted(where.category_ids)
    if where.tag:
        clauses.append(
            "e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            "WHERE t.name = ?)"
        )
        cleaned = _clean_tags([where.tag])  # cleaned the way tags are when they're saved
        params.append(cleaned[0] if cleaned else "")
    if where.since is not None:
        clauses.append("e.day >= ?")
        params.append(where.since.isoformat())
    if where.until is not None:
        clauses.append("e.day <= ?")
        params.append(where.until.isoformat())
    if not where.include_private:
        clauses.append("e.private = 0")
    return clauses, params


def _entry(row: dict[str, Any], tags: tuple[str, ...]) -> Entry:
    return Entry(
        id=row["id"],
        uid=row["uid"],
        kind=Kind(row["kind"]),
        day=date.fromisoformat(row["day"]),
        text=row["text"],
        note=row["note"],
        category_id=row["category_id"],
        category=row["category"],
        # Only a win comes after a hard moment (an earlier version's edit could mark a hard
        # moment; the day tallies never counted it there either).
        after_hard_moment=bool(row["after_hard_moment"]) and row["kind"] == Kind.WIN.value,
        private=bool(row["private"]),
        moment_word=row["moment_word"],
        tags=tags,
        created_at=_parse_time(row["created_at"]),
        updated_at=_parse_time(row["updated_at"]),
    )


def _parse_time(value: str) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def split_snippet(snippet: str) -> tuple[tuple[str, bool], ...]:
    """FTS5's snippet (matches between \\x02 and \\x03) as (text, matched) pieces."""
    pieces: list[tuple[str, bool]] = []
    for part in re.split(f"({MATCH_START}.*?{MATCH_END})", snippet or ""):
        if part.startswith(MATCH_START):
            pieces.append((part[1:-1], True))
        elif part:
            pieces.append((part, False))
    return tuple(pieces)


def _clean_text(text: str, *, required: bool = False, limit: int = MAX_TEXT_CHARS) -> str:
    if not isinstance(text, str):
        raise TypeError("entry text must be str")
    # Checked without try/except, so no chained exception carries the text along.
    if "\x00" in text or not _encodable(text):
        raise InvalidEntry("Some characters in that text can't be saved. Try typing it again.")
    text = text.strip()
    if required and not text:
        raise InvalidEntry("Write a few words about it. One is enough.")
    if len(text) > limit:
        raise InvalidEntry(
            f"That's more than one entry can hold ({limit:,} characters). "
            "Try splitting it into a few entries."
        )
    return text


def _encodable(text: str) -> bool:
    """False for lone surrogates (what a non-UTF-8 command-line argument turns into)."""
    return text.encode("utf-8", "replace").decode("utf-8") == text


def _clean_name(name: str, what: str) -> str:
    name = " ".join(_clean_text(name).split())
    if not name:
        raise InvalidEntry(f"Give the {what} a name.")
    if len(name) > MAX_NAME_CHARS:
        raise InvalidEntry(f"Keep the {what} under {MAX_NAME_CHARS} characters.")
    return name


def _moment_word(word: str) -> str:
    """The person's own word for a hard moment; blank means "hard moment"."""
    return _clean_name(word if word.strip() else "hard moment", "word")


def _clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for raw in tags:
        name = _clean_name(raw.strip().lstrip("#"), "tag") if raw.strip().lstrip("#") else ""
        if name:
            seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])
