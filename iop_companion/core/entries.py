"""Changing the journal's entries: logging wins and hard moments, editing, deleting, undoing any
of those, their tags, and adding (or taking back) a checked import.

A part of ``JournalService`` (``core/journal.py``), built on its reading and its categories.
Every mutation returns a ``Change`` that ``undo`` can reverse.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from iop_companion.core.categories import Categories
from iop_companion.core.checks import check_day, clean_moment_word, entry_tags, entry_text
from iop_companion.core.model import Change, Entry, ImportedEntry, ImportPlan, ImportResult, Kind
from iop_companion.core.queries import EntryQueries
from iop_companion.core.storage import add_many_tags, add_tags, insert_row, next_position, set_tags
from iop_companion.errors import InvalidEntry, NotFound
from iop_companion.i18n import translate
from iop_companion.vault.database import plain_errors

# Imported entries are never private: exports hold no private entries.
_IMPORT_ENTRY = """
    INSERT INTO entries (id, uid, kind, day, text, note, category_id, after_hard_moment, private,
                         moment_word, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
"""


def _imported_row(
    entry_id: int, item: ImportedEntry, category_id: int | None, stamp: str
) -> tuple[Any, ...]:
    """``_IMPORT_ENTRY``'s values for an entry brought in; one without a time is logged at
    ``stamp``."""
    created = item.created_at.isoformat() if item.created_at else stamp
    if item.updated_at == item.created_at:  # never edited (most): the same words, written once
        updated = created
    else:
        updated = item.updated_at.isoformat() if item.updated_at else stamp
    return (
        entry_id,
        item.uid,
        item.kind.value,
        item.day.isoformat(),
        item.text,
        item.note,
        category_id,
        int(item.after_hard_moment),
        item.moment_word,
        created,
        updated,
    )


_LOG_ENTRY = """
    INSERT INTO entries (uid, kind, day, text, note, category_id, after_hard_moment, private,
                         moment_word, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


class Entries(EntryQueries, Categories):
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
        text = entry_text(text, required=True)
        return self._insert(
            kind=Kind.WIN,
            text=text,
            note=entry_text(note),
            day=self._day(day),
            category_id=self._category_id(category),
            after_hard_moment=after_hard_moment,
            private=private,
            moment_word="",
            tags=entry_tags(tags),
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
            text=entry_text(text),
            note=entry_text(note),
            day=self._day(day),
            category_id=None,
            after_hard_moment=False,
            private=private,
            moment_word=clean_moment_word(word),
            tags=entry_tags(tags),
        )

    def log_many(self, kind: Kind, texts: Sequence[str], **fields: Any) -> list[Change]:
        """One entry of ``kind`` for each of ``texts`` (a win's words, or what happened in a
        hard moment), each with the same ``fields`` (``log_win``'s or ``log_hard_moment``'s),
        in one transaction: all of them are saved, or, when one is refused, none is.

        The first is logged as ``log_win`` (or ``log_hard_moment``) logs one, which checks the
        fields once; the others take its checked fields with their own words, logged in the
        order given."""
        if not texts:
            return []
        with plain_errors(), self._db.atomic():
            if kind is Kind.WIN:
                first = self.log_win(texts[0], **fields).entry
            else:
                first = self.log_hard_moment(text=texts[0], **fields).entry
            uids = [first.uid]
            stamp = first.created_at or datetime.now(UTC)
            for text in texts[1:]:
                words = entry_text(text, required=kind is Kind.WIN)
                stamp = max(datetime.now(UTC), stamp + timedelta(microseconds=1))  # in order
                logged = stamp.isoformat(timespec="microseconds")
                uids.append(new_uid())
                values = [
                    uids[-1],
                    kind.value,
                    first.day.isoformat(),
                    words,
                    first.note,
                    first.category_id,
                    int(first.after_hard_moment),
                    int(first.private),
                    first.moment_word,
                    logged,
                    logged,
                ]
                entry_id = self._db.execute(_LOG_ENTRY, values).lastrowid
                assert isinstance(entry_id, int)
                self._add_tags(entry_id, first.tags)
            logged_now = self._select(
                "e.uid IN (SELECT value FROM json_each(?))", [json.dumps(uids)]
            )
        by_uid = {entry.uid: entry for entry in logged_now}
        return [Change("logged", by_uid[uid]) for uid in uids]

    def undo_many(self, changes: Sequence[Change]) -> list[Change]:
        """``undo`` for each of ``changes``, newest first, in one transaction; returns the
        changes undoing made, in that order."""
        with plain_errors(), self._db.atomic():
            return [self.undo(change) for change in reversed(changes)]

    def _insert(self, *, tags: tuple[str, ...], **fields: Any) -> Change:
        stamp = datetime.now(UTC).isoformat(timespec="microseconds")
        row = {
            "uid": new_uid(),
            **fields,
            "day": fields["day"].isoformat(),
            "kind": fields["kind"].value,
            "after_hard_moment": int(fields["after_hard_moment"]),
            "private": int(fields["private"]),
            "created_at": stamp,
            "updated_at": stamp,
        }
        with plain_errors(), self._db.atomic():
            entry_id = insert_row(self._db, "entries", row)
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
            updates["text"] = entry_text(text, required=before.kind is Kind.WIN)
        if note is not None:
            updates["note"] = entry_text(note)
        if day is not None:
            updates["day"] = self._day(day).isoformat()
        if category is not False:
            if before.kind is Kind.HARD_MOMENT and category is not None:
                raise InvalidEntry(translate("entries", "A hard moment doesn't go in a category."))
            updates["category_id"] = self._category_id(category)
        if after_hard_moment is not None:
            if before.kind is Kind.HARD_MOMENT and after_hard_moment:
                raise InvalidEntry(
                    translate("entries", 'Only a win can be marked "after a hard moment".')
                )
            updates["after_hard_moment"] = int(after_hard_moment)
        if private is not None:
            updates["private"] = int(private)
        if moment_word is not None and before.kind is Kind.HARD_MOMENT:
            updates["moment_word"] = clean_moment_word(moment_word)
        new_tags = entry_tags(tags) if tags is not None else None
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
            insert_row(self._db, "entries", {"id": entry.id, **self._row(entry)})
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
        from iop_companion.vault.schema import entries_added_in_bulk  # sqlite-utils: not at start

        category_ids: list[int] = []
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
                    "position": next_position(self._db, "categories")
                    if position is None
                    else position,
                    "hidden": int(hidden),
                }
                known_ids[name.casefold()] = insert_row(self._db, "categories", row)
                category_ids.append(known_ids[name.casefold()])
            added = self._new_entries(plan.entries)
            entry_ids: list[int] = []
            if added:  # a file brought in again adds nothing, and changes no trigger
                with entries_added_in_bulk(self._db) as first_id:
                    entry_ids = list(range(first_id, first_id + len(added)))
                    self._db.conn.executemany(
                        _IMPORT_ENTRY,
                        (
                            _imported_row(
                                entry_id,
                                item,
                                known_ids[item.category.casefold()] if item.category else None,
                                stamp,
                            )
                            for entry_id, item in zip(entry_ids, added, strict=True)
                        ),
                    )
                    add_many_tags(
                        self._db,
                        [
                            (entry_id, tag)
                            for entry_id, item in zip(entry_ids, added, strict=True)
                            for tag in item.tags
                        ],
                    )
            days = {item.day for item in added}
            already_there = len(plan.entries) - len(added)
        return ImportResult(
            len(entry_ids),
            already_there,
            len(category_ids),
            frozenset(days),
            tuple(entry_ids),
            tuple(category_ids),
        )

    def _new_entries(self, entries: Sequence[ImportedEntry]) -> list[ImportedEntry]:
        """The entries whose uid isn't in the journal yet (the first of any uid twice), from
        the end of the list to the start (an export lists the newest first)."""
        there = {
            uid
            for (uid,) in self._db.execute(
                "SELECT uid FROM entries WHERE uid IN (SELECT value FROM json_each(?))",
                [json.dumps([item.uid for item in entries])],
            )
        }
        added: list[ImportedEntry] = []
        for item in reversed(entries):
            if item.uid not in there:  # a plan made in code may name one uid twice
                there.add(item.uid)
                added.append(item)
        return added

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

    def count_tallies_again(self) -> None:
        """Build the per-day tallies again from the entries (when they don't match them)."""
        from iop_companion.vault.schema import count_day_tallies_again

        with plain_errors(), self._db.atomic():
            count_day_tallies_again(self._db)

    def _set_tags(self, entry_id: int, names: Sequence[str]) -> None:
        set_tags(self._db, entry_id, names)

    def _add_tags(self, entry_id: int, names: Sequence[str]) -> None:
        add_tags(self._db, entry_id, names)

    def _day(self, day: date | None) -> date:
        """The day an entry is for: today when none is given, else a day up to today."""
        today = self.today
        return check_day(today if day is None else day, today)


def new_uid() -> str:
    """A new entry's uid: a random UUID (version 4), as 32 hex digits."""
    import uuid  # here, not at the top: it loads ``platform``, 2 ms of every start

    return uuid.uuid4().hex
