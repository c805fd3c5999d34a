"""Reading the journal's entries: one or a page at a time (keyset paging, newest first), counts,
full-text search (FTS5, snippets with the matched words marked), the first and last day, the
per-day tallies for progress, and the tags in use. Nothing here writes.

A part of ``JournalService`` (``core/journal.py``).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any, Literal

from iop_companion.core import progress
from iop_companion.core.checks import entry_tags
from iop_companion.core.model import Entry, EntryFilter, Kind, SearchHit
from iop_companion.core.storage import (
    MATCH_END,
    MATCH_START,
    Service,
    chunks,
    day_range,
    first_found,
    fts_query,
    split_snippet,
)
from iop_companion.errors import NotFound
from iop_companion.vault.database import plain_errors

ENTRY_COLUMNS = """
    e.id, e.uid, e.kind, e.day, e.text, e.note, e.category_id, c.name AS category,
    e.after_hard_moment, e.private, e.moment_word, e.created_at, e.updated_at
"""

ALL_ENTRIES = EntryFilter()
RANK_WINDOW = 2000
# When an entry was logged, as model.logged_key counts it (microseconds since 1970, UTC), from
# created_at as Python writes it. Written exactly as in the entries_by_day index (schema m004),
# so a recount of the progress tallies reads it from there, as their triggers do (m009).
LOGGED_KEY = (
    "unixepoch(created_at) * 1000000"
    " + iif(substr(created_at, 20, 1) = '.', CAST(substr(created_at, 21, 6) AS INTEGER), 0)"
)
# The entries' (day, kind, category, mark) groups with the first and last time one was logged,
# for progress.day_counts to fold: the day tallies counted again, another way than m009's.
RECOUNT = f"""
    SELECT day, kind, category_id, after_hard_moment, count(*), min({LOGGED_KEY}), max({LOGGED_KEY})
    FROM entries GROUP BY day, kind, category_id, after_hard_moment
"""
# The day_tallies rows (schema m009) as one row of seven columns in the order of DayCount's
# fields, each every day's value joined by commas: SQLite joins them in C, and Python makes no
# tuple a day to read them (the rows come in no set order: ``_day_counts`` sorts by day). A
# day's wins per category are written "1,3|null,2" for [[1,3],[null,2]], days joined by ";".
# The order things were logged in within a day is worked out here as ``progress.day_count``
# works it out from the same three times (the property tests hold the two to each other): a
# win logged after the day's first hard moment, a hard moment logged after the day's last win;
# with a time unknown, the hard moments count as after the wins. So each day is read as small
# numbers, not three large ones. No column is ever NULL (group_concat skips NULLs).
DAY_COUNT_COLUMNS = """
    group_concat(day, ','),
    group_concat(wins, ','),
    group_concat(hard_moments, ','),
    group_concat(wins_after_hard_moment, ','),
    group_concat(ltrim(rtrim(replace(wins_by_category, '],[', '|'), ']'), '['), ';'),
    group_concat(CASE WHEN wins = 0 OR hard_moments = 0 THEN 0
        WHEN last_win IS NULL OR first_hard IS NULL OR last_hard IS NULL THEN 0
        ELSE last_win > first_hard END, ','),
    group_concat(CASE WHEN wins = 0 OR hard_moments = 0 THEN 0
        WHEN last_win IS NULL OR first_hard IS NULL OR last_hard IS NULL THEN 1
        ELSE last_hard >= last_win END, ',')
"""
# Newest first: by day, then when logged, then uid (``Entry.order``), the same on every computer
# that keeps the journal in step; the entries_by_logged index (schema m008) holds this order.
_LOGGED_E = LOGGED_KEY.replace("created_at", "e.created_at")
NEWEST_FIRST = f"ORDER BY e.day DESC, {_LOGGED_E} DESC, e.uid DESC"


class EntryQueries(Service):
    def get(self, entry_id: int) -> Entry:
        return first_found(self._select("e.id = ?", [entry_id]), NotFound)

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
                SELECT e.id FROM entries e INDEXED BY entries_by_logged
                WHERE e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)
                    AND {filters}
                {NEWEST_FIRST} LIMIT ?
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
        for chunk in chunks(ids, 500):
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
        for chunk in chunks(ids, 500):
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
        """Per-day tallies for the progress maths, from the table triggers keep (schema m009):
        one row a day, however long the record.

        ``only`` reads just those days: what a change touched (see ``Change.days``)."""
        clauses, params = _days_sql(since, until, only)
        sql = f"""
            SELECT {DAY_COUNT_COLUMNS}
            FROM day_tallies WHERE {" AND ".join(clauses) or "1"}
        """
        with plain_errors():
            columns = self._db.execute(sql, params).fetchone()
        return _day_counts(columns)

    def recounted_day_counts(self) -> list[progress.DayCount]:
        """The same tallies counted again from the entries themselves (``check`` compares)."""
        with plain_errors():
            rows = self._db.execute(RECOUNT).fetchall()
        return progress.day_counts(
            (date.fromisoformat(day), Kind(kind), category, bool(after), n, first, last)
            for day, kind, category, after, n, first, last in rows
        )

    def tallies_match(self) -> bool:
        """Whether the kept per-day tallies are the entries counted again."""
        return self.day_counts() == self.recounted_day_counts()

    def summary(self) -> progress.Summary:
        return progress.summarize(self.day_counts(), self.today)

    def _select(self, where: str, params: Sequence[Any], *, limit: int = -1) -> list[Entry]:
        sql = f"""
            SELECT {ENTRY_COLUMNS}
            FROM entries e LEFT JOIN categories c ON c.id = e.category_id
            WHERE {where}
            {NEWEST_FIRST}
            LIMIT ?
        """
        with plain_errors():  # what ``db.query`` gives, made in one go, not one row a call
            cursor = self._db.execute(sql, [*params, limit])
            keys = [column[0] for column in cursor.description]
            rows = [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]
        return self._with_tags(rows)

    def _with_tags(self, rows: list[dict[str, Any]]) -> list[Entry]:
        ids = [row["id"] for row in rows]
        tags: dict[int, list[str]] = {}
        for chunk in chunks(ids, 500):
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


def _days_sql(
    since: date | None, until: date | None, only: Collection[date] | None
) -> tuple[list[str], list[Any]]:
    """WHERE clauses for the day tallies of a range of days, or of just the days ``only``."""
    clauses: list[str] = []
    params: list[Any] = []
    if only is not None:
        clauses.append(f"day IN ({','.join('?' * len(only))})" if only else "0")
        params += sorted(day.isoformat() for day in only)
    in_range, days = day_range("day", since, until)
    return clauses + in_range, params + days


def _day_counts(columns: Sequence[Any]) -> list[progress.DayCount]:
    """DayCounts, by day, from the one row of ``DAY_COUNT_COLUMNS`` (all None: no days)."""
    days, wins, hard, after, categories, win_after, hard_after = columns
    if days is None:
        return []
    # Column by column, so most of the work is in C: each column parsed whole (the numbers as
    # one JSON list), and one DayCount a day (a named tuple, made by ``_make``). A day's wins per
    # category are looked up pair by pair ("1,3"), each pair parsed once (the same few come back
    # day after day): a tuple a pair made from JSON each time was over a third of the time.
    pair = _Pairs().__getitem__
    pairs = [tuple(map(pair, day.split("|"))) if day else () for day in categories.split(";")]
    counts = list(
        map(
            progress.DayCount._make,
            zip(
                map(date.fromisoformat, days.split(",")),
                json.loads(f"[{wins}]"),
                json.loads(f"[{hard}]"),
                json.loads(f"[{after}]"),
                pairs,
                map(bool, json.loads(f"[{win_after}]")),
                map(bool, json.loads(f"[{hard_after}]")),
                strict=True,
            ),
        )
    )
    counts.sort()  # by day, the first field (one a day): in order already, it takes one pass
    return counts


class _Pairs(dict[str, tuple[int | None, int]]):
    """A day's (category, wins) pairs by their text in ``DAY_COUNT_COLUMNS`` ("1,3", "null,2"),
    each parsed the first time it is asked for."""

    def __missing__(self, text: str) -> tuple[int | None, int]:
        category, wins = text.split(",")
        pair = self[text] = (None if category.strip() == "null" else int(category), int(wins))
        return pair


def _filter_sql(where: EntryFilter, after: Entry | None = None) -> tuple[list[str], list[Any]]:
    """WHERE clauses for a filter, plus keyset paging after an entry (newest-first order)."""
    clauses: list[str] = []
    params: list[Any] = []
    if after is not None:  # a row value, so SQLite seeks in the index of that order
        day, logged, uid = after.order
        clauses.append(f"(e.day, {_LOGGED_E}, e.uid) < (?, ?, ?)")
        params += [day.isoformat(), logged, uid]
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
        cleaned = entry_tags([where.tag])  # cleaned the way tags are when they're saved
        params.append(cleaned[0] if cleaned else "")
    in_range, days = day_range("e.day", where.since, where.until)
    clauses += in_range
    params += days
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
