"""Import from the JSON export (``docs/export-format.md``): the whole file is read and checked
first, then added in one transaction.

``read_export`` turns a file (or its bytes) into an ``ImportPlan`` or refuses it with one plain
sentence that names the record that is wrong, never its text. Nothing is written until the whole
file has passed. ``import_export`` then hands the plan to ``JournalService.import_entries``, which
keeps all the SQL; given a ``NotebookService`` too, the file's recovery notebook goes in with the
entries, in the same transaction (``NotebookService.import_with_entries``).

``read_export_file`` gives both parts: the entries' plan and the notebook's (None when the file
has no notebook: every version 1 file, and version 2 files written without one).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, TypeVar

from iop_companion.core.checks import (
    MAX_NAME_CHARS,
    MAX_TEXT_CHARS,
    check_day,
    clean_tags,
    clean_text,
)
from iop_companion.core.journal import JournalService
from iop_companion.core.model import (
    ImportedCategory,
    ImportedEntry,
    ImportPlan,
    ImportResult,
    Kind,
)
from iop_companion.core.notebook import (
    MAX_BRING_UP_CHARS,
    MAX_NOTE_CHARS,
    MAX_PHRASE_CHARS,
    MAX_PLAN_NOTE_CHARS,
    MAX_SESSION_NOTE_CHARS,
    Attendance,
    NotebookPlan,
    NotebookService,
    NoteSection,
    SessionKind,
)
from iop_companion.core.notebook_model import (
    FileImportResult,
    ImportedBringUp,
    ImportedNote,
    ImportedPlanItem,
    ImportedSession,
)
from iop_companion.core.words import plural
from iop_companion.errors import ImportRefused
from iop_companion.export.data import CSV_COLUMNS, EXPORT_FORMAT, EXPORT_VERSION
from iop_companion.vault.files import reading

__all__ = [
    "MAX_BYTES",
    "CheckedExport",
    "FileImportResult",
    "ImportPlan",
    "ImportResult",
    "Source",
    "file_words",
    "import_checked",
    "import_export",
    "read_export",
    "read_export_file",
    "result_words",
]

# Far more than any journal exports (100,000 entries make about 40 MB); checked before reading.
MAX_BYTES = 200 * 1024 * 1024
MAX_POSITION = 1_000_000
NOTHING = " Nothing was imported."
_ENDS_EARLY = "That file ends too early ({place}): it may have been cut off while it was copied."

Source = str | os.PathLike[str] | bytes

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}")
_DAY_AND_TIME = re.compile(r"[0-9][T ][0-9]")  # a day alone has no time of day
_UID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_MAX_TIME_CHARS = 40
# Field names a message may quote. Anything else in a file could be a person's words.
_FIELDS = frozenset(
    {
        "format",
        "version",
        "app_version",
        "exported_at",
        "categories",
        "entries",
        "name",
        "position",
        "hidden",
        "private",
        *CSV_COLUMNS,  # every entry field an export writes
        # the notebook's parts and fields
        "notebook",
        "notes",
        "bring_up",
        "plan",
        "sessions",
        "phrases",
        "section",
        "saved_at",
        "added_on",
        "brought_up_on",
        "id",
        "weekday",
        "at",
        "attendance",
        "entry_uid",
    }
)


@dataclass(frozen=True)
class CheckedExport:
    """A whole file, checked: its entries, and its notebook (None when the file has none)."""

    entries: ImportPlan
    notebook: NotebookPlan | None = None


def read_export(
    source: Source, *, today: date | None = None, max_bytes: int | None = None
) -> ImportPlan:
    """Read and check a JSON export completely; raises ``ImportRefused`` with a plain sentence.

    ``today`` is the last day an entry may have (by default, today on this computer), as when
    logging. Files larger than ``max_bytes`` (``MAX_BYTES``) are refused before they are read.
    """
    return read_export_file(source, today=today, max_bytes=max_bytes).entries


def read_export_file(
    source: Source, *, today: date | None = None, max_bytes: int | None = None
) -> CheckedExport:
    """Like ``read_export``, with the file's recovery notebook (checked as whole) beside it."""
    data = _read_bytes(source, MAX_BYTES if max_bytes is None else max_bytes)
    document = _parse(_decode(data))
    del data
    return _Checker(date.today() if today is None else today).plan(document)


def import_export(
    journal: JournalService, source: Source, *, notebook: NotebookService | None = None
) -> FileImportResult:
    """Check the whole file, then add it to ``journal`` in one transaction.

    With ``notebook`` (on the same journal), the file's notebook goes in too, in that same
    transaction; without it, only entries and categories are imported.
    """
    return import_checked(journal, read_export_file(source, today=journal.today), notebook=notebook)


def import_checked(
    journal: JournalService, checked: CheckedExport, *, notebook: NotebookService | None = None
) -> FileImportResult:
    """Add a file ``read_export_file`` has checked, in one transaction (as ``import_export``)."""
    if notebook is not None and checked.notebook is not None:
        return FileImportResult.of(*notebook.import_with_entries(checked.entries, checked.notebook))
    return FileImportResult.of(journal.import_entries(checked.entries))


def file_words(checked: CheckedExport) -> str:
    """What a checked file holds, e.g. "This file holds 120 entries and 9 notebook items."."""
    held = plural(len(checked.entries.entries), "entry", "entries")
    if checked.notebook is not None:
        book = checked.notebook
        items = sum(map(len, (book.notes, book.bring_up, book.plan, book.sessions, book.phrases)))
        held += f" and {plural(items, 'notebook item')}"
    return f"This file holds {held}."


def result_words(result: FileImportResult) -> str:
    """What an import did, e.g. "Imported 118 entries. 2 were already in the journal."."""
    there = result.already_there
    if result.added == 0 and there:
        every = "the entry was" if there == 1 else f"all {there} entries were"
        said = f"Nothing new to add: {every} already in the journal."
    else:
        said = f"Imported {plural(result.added, 'entry', 'entries')}."
        if there:
            said += f" {there} {'was' if there == 1 else 'were'} already in the journal."
    if result.notebook.added:
        said += f" From the notebook: {plural(result.notebook.added, 'item')}."
    return said


def refused(sentence: str) -> ImportRefused:
    return ImportRefused(sentence + NOTHING)


# -- bytes, text, JSON --------------------------------------------------------------------------


def _read_bytes(source: Source, limit: int) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        try:  # never a pipe or a device, even one swapped in after the path was checked
            with reading(Path(os.fspath(source))) as handle:
                if os.fstat(handle.fileno()).st_size > limit:
                    raise _too_large(limit)
                data = handle.read(limit + 1)  # a file that grows, or reports no size
        except OSError:
            raise ImportRefused(
                "That file couldn't be read. Check its name and folder, and try again."
            ) from None
    if len(data) > limit:
        raise _too_large(limit)
    return data


def _too_large(limit: int) -> ImportRefused:
    size = f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit:,} bytes"
    return refused(f"That file is over {size}, more than this app imports at once.")


def _decode(data: bytes) -> str:
    if not data or data.isspace():
        raise refused("That file is empty.")
    try:
        return data.decode("utf-8-sig")  # a byte-order mark, as some editors add, is fine
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if exc.reason == "unexpected end of data":  # cut in the middle of a character
            raise refused(_ENDS_EARLY.format(place=f"line {line}")) from None
        raise refused(
            f"Line {line} of that file isn't UTF-8 text, so it isn't an export from this app."
        ) from None


class _Repeated(dict[str, Any]):
    """A JSON object that had a key twice (json keeps only the last, silently)."""

    def __init__(self, pairs: list[tuple[str, Any]], key: str) -> None:
        super().__init__(pairs)
        self.key = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            return _Repeated(pairs, key)
        seen.add(key)
    raise AssertionError("unreachable")  # pragma: no cover


def _parse(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        place = f"line {exc.lineno}, column {exc.colno}"
        if _ends_early(exc):
            raise refused(_ENDS_EARLY.format(place=place)) from None
        raise refused(f"That file can't be read as JSON: the problem is at {place}.") from None
    except RecursionError:
        raise refused("That file is nested too deeply to be an export from this app.") from None


def _ends_early(exc: json.JSONDecodeError) -> bool:
    """True when the JSON stopped mid-way rather than going wrong mid-way."""
    if exc.msg.startswith("Unterminated string"):
        return True
    rest = exc.doc[exc.pos :].rstrip()
    # What's left is a word or number cut short ("tr", "-", "1e"), or nothing at all.
    return not exc.msg.startswith("Extra data") and len(rest) <= 6 and len(rest.split()) <= 1


# -- records ------------------------------------------------------------------------------------


def _field_name(key: str) -> str:
    return f'"{key}"' if key in _FIELDS else "a field"


class _Checker:
    def __init__(self, today: date) -> None:
        self.today = today

    def plan(self, document: Any) -> CheckedExport:
        if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
            raise refused(
                "That file isn't an export from this app: it doesn't start with "
                f'"format": "{EXPORT_FORMAT}".'
            )
        if isinstance(document, _Repeated):
            raise refused(f"That file has {_field_name(document.key)} twice.")
        version = document.get("version")
        if type(version) is not int:
            raise refused('That file has no "version" number, so it can\'t be read safely.')
        if version > EXPORT_VERSION:
            raise refused(
                "That file was made by a newer version of the app. "
                "Update the app, then import it again."
            )
        if version < 1:
            raise refused(f"That file's version ({version}) isn't one this app knows.")
        categories = document.get("categories", [])
        if not isinstance(categories, list):
            raise refused('The "categories" in that file should be a list.')
        entries = document.get("entries")
        if not isinstance(entries, list):
            raise refused('That file has no "entries" list.')
        plan = ImportPlan(categories=self.categories(categories), entries=self.entries(entries))
        # Version 1 had no notebook: anything under that name there is ignored, like any field
        # the format doesn't list. From version 2, a file without one holds none.
        if version < 2 or "notebook" not in document:
            return CheckedExport(plan)
        return CheckedExport(plan, _NotebookChecker(self).plan(document["notebook"]))

    # -- categories

    def categories(self, items: list[Any]) -> tuple[ImportedCategory, ...]:
        checked: list[ImportedCategory] = []
        first_with: dict[str, int] = {}
        for number, item in enumerate(items, 1):
            where = f"Category {number}"
            record = _record(item, where, "a category (with a name)")
            name = _name(record.get("name"), where, "name", required=True)
            assert name is not None
            position = record.get("position")
            if "position" in record and (
                type(position) is not int or not 0 <= position <= MAX_POSITION
            ):
                raise refused(
                    f'{where}\'s "position" should be a whole number from 0 to {MAX_POSITION:,}.'
                )
            key = name.casefold()
            if key in first_with:
                raise refused(f"{where} has the same name as category {first_with[key]}.")
            first_with[key] = number
            hidden = _flag(record, "hidden", where)
            checked.append(ImportedCategory(name, position, hidden))
        return tuple(checked)

    # -- entries

    def entries(self, items: list[Any]) -> tuple[ImportedEntry, ...]:
        checked: list[ImportedEntry] = []
        first_with: dict[str, int] = {}
        for number, item in enumerate(items, 1):
            entry = self.entry(item, f"Entry {number}")
            if entry.uid in first_with:
                raise refused(f"Entry {number} has the same uid as entry {first_with[entry.uid]}.")
            first_with[entry.uid] = number
            checked.append(entry)
        return tuple(checked)

    def entry(self, item: Any, where: str) -> ImportedEntry:
        record = _record(item, where, "an entry (with a uid, kind and day)")
        uid = record.get("uid")
        if uid is None:
            raise refused(f"{where} has no uid.")
        if not isinstance(uid, str) or not _UID.fullmatch(uid):
            raise refused(f'{where}\'s uid should be 1 to 64 letters, digits, "-" or "_".')
        kind_value = record.get("kind")
        if kind_value is None:
            raise refused(f"{where} has no kind.")
        if kind_value not in ("win", "hard_moment"):
            raise refused(f'{where}\'s "kind" should be "win" or "hard_moment".')
        kind = Kind(kind_value)
        if record.get("private") not in (None, False):
            raise refused(f"{where} is marked private. Private entries stay out of exports.")
        win = kind is Kind.WIN
        text = _text(record, "text", where, required=win)
        note = _text(record, "note", where)
        category = _name(record.get("category"), where, "category")
        after = _flag(record, "after_hard_moment", where)
        word = _name(record.get("moment_word", ""), where, "moment_word", nullable=False)
        if win and word:
            raise refused(f'{where} is a win with a "moment_word"; only hard moments have one.')
        if not win:
            if category is not None:
                raise refused(f"{where} is a hard moment with a category; they don't go in one.")
            if after:
                raise refused(f'{where} is a hard moment marked "after_hard_moment".')
            word = word or "hard moment"
        day = self.day(record.get("day"), where, required=True)
        assert day is not None
        return ImportedEntry(
            uid=uid,
            kind=kind,
            day=day,
            text=text,
            note=note,
            category=category,
            after_hard_moment=after,
            moment_word=word or "",
            tags=_tags(record.get("tags", []), where),
            created_at=_time(record, "created_at", where),
            updated_at=_time(record, "updated_at", where),
        )

    def day(
        self, value: Any, where: str, what: str = "day", *, required: bool = False
    ) -> date | None:
        """A day from 1900 to today, written YYYY-MM-DD, that a sentence calls ``what``; None
        when there's none and none is ``required``."""
        if value is None:
            if required:
                raise refused(f"{where} has no {what}.")
            return None
        day = _day(value)
        if day is None:
            raise refused(f"{where}'s {what} should be written YYYY-MM-DD, like 2026-03-14.")
        return check_day(
            day,
            self.today,
            not_yet=f"{where}'s {what} hasn't come yet.",
            too_early=f"{where}'s {what} is before 1900.",
            fail=refused,
        )


def _record(item: Any, where: str, what: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise refused(f"{where} isn't written as {what}.")
    if isinstance(item, _Repeated):
        raise refused(f"{where} has {_field_name(item.key)} twice.")
    return item


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _flag(record: dict[str, Any], key: str, where: str) -> bool:
    value = record.get(key, False)
    if not isinstance(value, bool):
        raise refused(f'{where}\'s "{key}" should be true or false.')
    return value


def _text(record: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
    """An entry's text or note, checked as ``_item_text`` checks the notebook's."""
    return _item_text(
        record,
        where,
        key=key,
        limit=MAX_TEXT_CHARS,
        required=required,
        empty=f"{where} is a win with no text.",
        too_long=f"{where}'s {key} is longer than {MAX_TEXT_CHARS:,} characters, "
        "more than one entry can hold.",
    )


def _name(
    value: Any, where: str, key: str, *, required: bool = False, nullable: bool = True
) -> str | None:
    """A category, word or tag, cleaned the way the journal cleans one it saves. None (a
    missing name, or null where ``nullable``) comes back as None."""
    if value is None:
        if required:
            raise refused(f"{where} has no {key}.")
        if not nullable:
            raise refused(f'{where}\'s "{key}" should be text.')
        return None
    if not isinstance(value, str):
        raise refused(f'{where}\'s "{key}" should be text.')
    name = clean_text(
        " ".join(value.split()),  # takes no NUL or lone surrogate away
        limit=MAX_NAME_CHARS,
        empty=f"{where} has no {key}." if required else None,
        too_long=f"{where}'s {key} is longer than {MAX_NAME_CHARS} characters.",
        unsaveable=_unsaveable(where, key),
        fail=refused,
    )
    return name or None


def _tags(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise refused(f'{where}\'s "tags" should be a list of words.')
    return clean_tags(value, lambda bare: _name(bare, where, "tag"))


def _time(record: dict[str, Any], key: str, where: str) -> datetime | None:
    """A date and time (a day alone is not one), in UTC when it has an offset."""
    value = record.get(key)
    if value is None:
        return None
    if (
        isinstance(value, str)
        and len(value) <= _MAX_TIME_CHARS
        and value.isascii()
        and _DAY_AND_TIME.search(value)
    ):
        try:
            moment = datetime.fromisoformat(value)
            return moment.astimezone(UTC) if moment.tzinfo else moment
        except (ValueError, OverflowError):
            pass
    raise refused(f'{where}\'s "{key}" should be a date and time like 2026-03-14T18:00:00+00:00.')


# -- the notebook (version 2) -------------------------------------------------------------------


class _NotebookChecker:
    """Checks the "notebook" object; where a message says "Session 3", it counts from 1."""

    def __init__(self, checker: _Checker) -> None:
        self.checker = checker

    def plan(self, value: Any) -> NotebookPlan:
        notebook = _record(
            value, 'The "notebook"', "an object (with notes, bring_up, plan, sessions, phrases)"
        )
        plan = tuple(self.plan_item(r, f"Plan item {n}") for n, r in self.items(notebook, "plan"))
        keys: dict[int, int] = {}
        for number, item in enumerate(plan, 1):
            if item.key in keys:
                raise refused(
                    f'Plan item {number} has the same "id" as plan item {keys[item.key]}.'
                )
            keys[item.key] = number
        sessions = tuple(
            self.session(r, f"Session {n}", keys) for n, r in self.items(notebook, "sessions")
        )
        first_with: dict[tuple[int, date], int] = {}
        for number, session in enumerate(sessions, 1):
            if session.plan_key is None:
                continue
            pair = (session.plan_key, session.day)
            if pair in first_with:
                earlier = first_with[pair]
                raise refused(
                    f"Session {number} has the same plan item and day as session {earlier}."
                )
            first_with[pair] = number
        return NotebookPlan(
            notes=tuple(
                self.note(r, f"Notebook note {n}") for n, r in self.items(notebook, "notes")
            ),
            bring_up=tuple(
                self.bring_up(r, f"Bring-up item {n}") for n, r in self.items(notebook, "bring_up")
            ),
            plan=plan,
            sessions=sessions,
            phrases=tuple(
                _item_text(
                    _record(r, f"Phrase {n}", "a phrase (with its text)"),
                    f"Phrase {n}",
                    limit=MAX_PHRASE_CHARS,
                    required=True,
                )
                for n, r in self.items(notebook, "phrases")
            ),
        )

    @staticmethod
    def items(notebook: dict[str, Any], key: str) -> list[tuple[int, Any]]:
        value = notebook.get(key, [])
        if not isinstance(value, list):
            raise refused(f'The notebook\'s "{key}" should be a list.')
        return list(enumerate(value, 1))

    def note(self, item: Any, where: str) -> ImportedNote:
        record = _record(item, where, "a note (with a section, text and saved_at)")
        section = _choice(record, "section", where, NoteSection)
        text = _item_text(record, where, limit=MAX_NOTE_CHARS)
        value = record.get("saved_at")
        if value is None:
            raise refused(f'{where} has no "saved_at".')
        saved_at = _time(record, "saved_at", where)
        if saved_at is None or saved_at.tzinfo is None:
            raise refused(
                f'{where}\'s "saved_at" should be a date and time with its offset, '
                "like 2026-03-14T18:00:00+00:00."
            )
        if saved_at.astimezone().date() > self.checker.today:
            raise refused(f"{where}'s \"saved_at\" hasn't come yet.")
        return ImportedNote(section, text, saved_at)

    def bring_up(self, item: Any, where: str) -> ImportedBringUp:
        record = _record(item, where, "an item to bring up (with its text and added_on)")
        text = _item_text(record, where, limit=MAX_BRING_UP_CHARS, required=True)
        added_on = self.day(record, "added_on", where, required=True)
        assert added_on is not None
        return ImportedBringUp(text, added_on, self.day(record, "brought_up_on", where))

    def plan_item(self, item: Any, where: str) -> ImportedPlanItem:
        record = _record(item, where, "a plan item (with an id, weekday and kind)")
        key = record.get("id")
        if type(key) is not int or not 1 <= key <= MAX_POSITION:
            raise refused(f'{where}\'s "id" should be a whole number from 1 to {MAX_POSITION:,}.')
        weekday = record.get("weekday")
        if type(weekday) is not int or not 0 <= weekday <= 6:
            raise refused(f'{where}\'s "weekday" should be a whole number from 0 (Monday) to 6.')
        kind = _choice(record, "kind", where, SessionKind)
        note = " ".join(_item_text(record, where, key="note", limit=MAX_PLAN_NOTE_CHARS).split())
        return ImportedPlanItem(key, weekday, _clock_time(record, where), kind, note)

    def session(self, item: Any, where: str, plan_keys: dict[int, int]) -> ImportedSession:
        record = _record(item, where, "a session (with a day, kind and attendance)")
        day = self.day(record, "day", where, required=True)
        assert day is not None
        kind = _choice(record, "kind", where, SessionKind)
        attendance = _choice(record, "attendance", where, Attendance)
        note = _item_text(record, where, key="note", limit=MAX_SESSION_NOTE_CHARS)
        plan_key = record.get("plan")
        if plan_key is not None and (type(plan_key) is not int or plan_key not in plan_keys):
            raise refused(f'{where}\'s "plan" should be the "id" of a plan item in the file.')
        uid = record.get("entry_uid")
        if uid is not None and (not isinstance(uid, str) or not _UID.fullmatch(uid)):
            raise refused(f'{where}\'s "entry_uid" should be 1 to 64 letters, digits, "-" or "_".')
        return ImportedSession(
            day, kind, attendance, note, _clock_time(record, where), plan_key, uid
        )

    def day(
        self, record: dict[str, Any], key: str, where: str, *, required: bool = False
    ) -> date | None:
        return self.checker.day(record.get(key), where, f'"{key}"', required=required)


_Choice = TypeVar("_Choice", NoteSection, SessionKind, Attendance)


def _choice(record: dict[str, Any], key: str, where: str, choices: type[_Choice]) -> _Choice:
    value = record.get(key)
    if value is None:
        raise refused(f'{where} has no "{key}".')
    known = [choice.value for choice in choices]
    if value not in known:
        names = ", ".join(f'"{name}"' for name in known)
        raise refused(f'{where}\'s "{key}" should be one of {names}.')
    return choices(value)


def _item_text(
    record: dict[str, Any],
    where: str,
    *,
    key: str = "text",
    limit: int,
    required: bool = False,
    empty: str | None = None,
    too_long: str | None = None,
) -> str:
    value = record.get(key)
    if value is None and (required or key not in record):
        value = ""  # missing (or null where the text is required: then it has none)
    if not isinstance(value, str):
        raise refused(f'{where}\'s "{key}" should be text.')
    return clean_text(
        value,
        limit=limit,
        empty=(empty or f"{where} has no {key}.") if required else None,
        too_long=too_long or f"{where}'s {key} is longer than {limit:,} characters.",
        unsaveable=_unsaveable(where, key),
        fail=refused,
    )


def _unsaveable(where: str, key: str) -> str:
    """What's said of text with a NUL or a lone surrogate (JSON's "\\ud800" escapes make them)."""
    return f"{where}'s {key} has characters that can't be saved."


def _clock_time(record: dict[str, Any], where: str) -> time | None:
    value = record.get("at")
    if value is None:
        return None
    if isinstance(value, str) and _TIME.fullmatch(value):
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise refused(f'{where}\'s "at" should be a time like 18:30, or null.')
