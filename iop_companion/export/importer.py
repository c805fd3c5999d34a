"""Import from the JSON export (``docs/export-format.md``): the whole file is read and checked
first, then added in one transaction.

``read_export`` turns a file (or its bytes) into an ``ImportPlan`` or refuses it with one plain
sentence that names the record that is wrong, never its text. Nothing is written until the whole
file has passed. ``import_export`` then hands the plan to ``JournalService.import_entries``, which
keeps all the SQL; given a ``NotebookService`` too, the file's recovery notebook goes in with the
entries, in the same transaction (``NotebookService.import_with_entries``).

``read_export_file`` gives both parts: the entries' plan and the notebook's (None when the file
has no notebook: every version 1 file, and later files written without one). The coping tools'
part of the notebook (version 3 on) is checked in ``export/import_coping.py``; the checks of one
field at a time are in ``export/import_fields.py``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from iop_companion.core.checks import MAX_TEXT_CHARS
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
from iop_companion.errors import ImportRefused
from iop_companion.export.data import EXPORT_FORMAT, EXPORT_VERSION
from iop_companion.export.import_coping import CopingChecker
from iop_companion.export.import_fields import (
    MAX_POSITION,
    UID,
    Repeated,
    checked_choice,
    checked_clock_time,
    checked_day,
    checked_name,
    checked_tags,
    checked_text,
    checked_time,
    field_name,
    flag,
    json_object,
    record_of,
    refused,
    saved_time,
)
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, translate
from iop_companion.vault.files import reading

importer = Context("importer")  # counted words (i18n.Context)

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
    "read_bytes",
    "read_export",
    "read_export_file",
    "result_words",
]

# Far more than any journal exports (100,000 entries make about 40 MB); checked before reading.
MAX_BYTES = 200 * 1024 * 1024
_ENDS_EARLY = QT_TRANSLATE_NOOP(
    "importer",
    "That file ends too early ({place}): it may have been cut off while it was copied.",
)

Source = str | os.PathLike[str] | bytes


@dataclass(frozen=True)
class CheckedExport:
    """A whole file, checked: its entries, and its notebook (None when the file has none)."""

    entries: ImportPlan
    notebook: NotebookPlan | None = None
    # What the file holds, said by the reader of a journal from another app
    # (``export/other_apps.py``); "" has ``file_words`` count it.
    described: str = ""


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
    data = read_bytes(source, MAX_BYTES if max_bytes is None else max_bytes)
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
    if checked.described:
        return checked.described
    entries = len(checked.entries.entries)
    if checked.notebook is None:
        return importer.tr("This file holds %Ln entr(y|ies).", None, entries)
    items = checked.notebook.item_count
    held = importer.tr("This file holds %Ln entr(y|ies) and {items}.", None, entries)
    return held.format(items=importer.tr("%Ln notebook item(s)", None, items))


def result_words(result: FileImportResult) -> str:
    """What an import did, e.g. "Imported 118 entries. 2 were already in the journal."."""
    there, added, from_notebook = result.already_there, result.added, result.notebook.added
    if added == 0 and there:
        said = importer.tr(
            "Nothing new to add: (the entry was|all %Ln entries were) already in the journal.",
            None,
            there,
        )
    else:
        said = importer.tr("Imported %Ln entr(y|ies).", None, added)
        if there:
            said += " " + importer.tr("%Ln (was|were) already in the journal.", None, there)
    if from_notebook:
        said += " " + importer.tr("From the notebook: %Ln item(s).", None, from_notebook)
    return said


# -- bytes, text, JSON --------------------------------------------------------------------------


def read_bytes(source: Source, limit: int) -> bytes:
    """The bytes of ``source`` (a file's path, or bytes), refused when over ``limit``."""
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
                translate(
                    "importer",
                    "That file couldn't be read. Check its name and folder, and try again.",
                )
            ) from None
    if len(data) > limit:
        raise _too_large(limit)
    return data


def _too_large(limit: int) -> ImportRefused:
    if limit >= 2**20:
        too_large = translate(
            "importer", "That file is over {megabytes:g} MB, more than this app imports at once."
        )
    else:
        too_large = translate(
            "importer", "That file is over {limit:,} bytes, more than this app imports at once."
        )
    return refused(too_large.format(megabytes=limit / 2**20, limit=limit))


def _decode(data: bytes) -> str:
    if not data or data.isspace():
        raise refused(translate("importer", "That file is empty."))
    try:
        return data.decode("utf-8-sig")  # a byte-order mark, as some editors add, is fine
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if exc.reason == "unexpected end of data":  # cut in the middle of a character
            place = translate("importer", "line {line}").format(line=line)
            raise refused(translate("importer", _ENDS_EARLY).format(place=place)) from None
        raise refused(
            translate(
                "importer",
                "Line {line} of that file isn't UTF-8 text, so it isn't an export from this app.",
            ).format(line=line)
        ) from None


def _parse(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=json_object)
    except json.JSONDecodeError as exc:
        place = translate("importer", "line {line}, column {column}").format(
            line=exc.lineno, column=exc.colno
        )
        if _ends_early(exc):
            raise refused(translate("importer", _ENDS_EARLY).format(place=place)) from None
        raise refused(
            translate(
                "importer", "That file can't be read as JSON: the problem is at {place}."
            ).format(place=place)
        ) from None
    except RecursionError:
        raise refused(
            translate("importer", "That file is nested too deeply to be an export from this app.")
        ) from None


def _ends_early(exc: json.JSONDecodeError) -> bool:
    """True when the JSON stopped mid-way rather than going wrong mid-way."""
    if exc.msg.startswith("Unterminated string"):  # words: not for translation (json's own)
        return True
    rest = exc.doc[exc.pos :].rstrip()
    # What's left is a word or number cut short ("tr", "-", "1e"), or nothing at all.
    return (
        not exc.msg.startswith("Extra data")  # words: not for translation (json's own)
        and len(rest) <= 6
        and len(rest.split()) <= 1
    )


# -- records ------------------------------------------------------------------------------------


class _Checker:
    def __init__(self, today: date) -> None:
        self.today = today

    def plan(self, document: Any) -> CheckedExport:
        if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
            raise refused(
                translate(
                    "importer",
                    "That file isn't an export from this app: it doesn't start with "
                    '"format": "{export_format}".',
                ).format(export_format=EXPORT_FORMAT)
            )
        if isinstance(document, Repeated):
            raise refused(
                translate("importer", "That file has {key} twice.").format(
                    key=field_name(document.key)
                )
            )
        version = document.get("version")
        if type(version) is not int:
            raise refused(
                translate(
                    "importer", 'That file has no "version" number, so it can\'t be read safely.'
                )
            )
        if version > EXPORT_VERSION:
            raise refused(
                translate(
                    "importer",
                    "That file was made by a newer version of the app. Update the app, then "
                    "import it again.",
                )
            )
        if version < 1:
            raise refused(
                translate(
                    "importer", "That file's version ({version}) isn't one this app knows."
                ).format(version=version)
            )
        categories = document.get("categories", [])
        if not isinstance(categories, list):
            raise refused(translate("importer", 'The "categories" in that file should be a list.'))
        entries = document.get("entries")
        if not isinstance(entries, list):
            raise refused(translate("importer", 'That file has no "entries" list.'))
        plan = ImportPlan(categories=self.categories(categories), entries=self.entries(entries))
        # Version 1 had no notebook: anything under that name there is ignored, like any field
        # the format doesn't list. From version 2, a file without one holds none.
        if version < 2 or "notebook" not in document:
            return CheckedExport(plan)
        return CheckedExport(plan, _NotebookChecker(self, version).plan(document["notebook"]))

    # -- categories

    def categories(self, items: list[Any]) -> tuple[ImportedCategory, ...]:
        checked: list[ImportedCategory] = []
        first_with: dict[str, int] = {}
        for number, item in enumerate(items, 1):
            where = translate("importer", "Category {number}").format(number=number)
            record = record_of(item, where, translate("importer", "a category (with a name)"))
            name = checked_name(record.get("name"), where, "name", required=True)
            assert name is not None
            position = record.get("position")
            if "position" in record and (
                type(position) is not int or not 0 <= position <= MAX_POSITION
            ):
                raise refused(
                    translate(
                        "importer",
                        '{where}\'s "position" should be a whole number from 0 to '
                        "{max_position:,}.",
                    ).format(where=where, max_position=MAX_POSITION)
                )
            key = name.casefold()
            if key in first_with:
                raise refused(
                    translate(
                        "importer", "{where} has the same name as category {earlier}."
                    ).format(where=where, earlier=first_with[key])
                )
            first_with[key] = number
            hidden = flag(record, "hidden", where)
            checked.append(ImportedCategory(name, position, hidden))
        return tuple(checked)

    # -- entries

    def entries(self, items: list[Any]) -> tuple[ImportedEntry, ...]:
        checked: list[ImportedEntry] = []
        first_with: dict[str, int] = {}
        entry_number = translate("importer", "Entry {number}")  # said once, filled for each
        for number, item in enumerate(items, 1):
            entry = self.entry(item, entry_number.format(number=number))
            if entry.uid in first_with:
                raise refused(
                    translate(
                        "importer", "Entry {number} has the same uid as entry {earlier}."
                    ).format(number=number, earlier=first_with[entry.uid])
                )
            first_with[entry.uid] = number
            checked.append(entry)
        return tuple(checked)

    def entry(self, item: Any, where: str) -> ImportedEntry:
        record = record_of(item, where, _an_entry)
        uid = record.get("uid")
        if uid is None:
            raise refused(translate("importer", "{where} has no uid.").format(where=where))
        if not isinstance(uid, str) or not UID.fullmatch(uid):
            raise refused(
                translate(
                    "importer", '{where}\'s uid should be 1 to 64 letters, digits, "-" or "_".'
                ).format(where=where)
            )
        kind_value = record.get("kind")
        if kind_value is None:
            raise refused(translate("importer", "{where} has no kind.").format(where=where))
        kind = _KINDS.get(kind_value) if isinstance(kind_value, str) else None
        if kind is None:
            raise refused(
                translate("importer", '{where}\'s "kind" should be "win" or "hard_moment".').format(
                    where=where
                )
            )
        if record.get("private") not in (None, False):
            raise refused(
                translate(
                    "importer", "{where} is marked private. Private entries stay out of exports."
                ).format(where=where)
            )
        win = kind is Kind.WIN
        text = _text(record, "text", where, required=win)
        note = _text(record, "note", where)
        category = checked_name(record.get("category"), where, "category")
        after = flag(record, "after_hard_moment", where)
        word = checked_name(record.get("moment_word", ""), where, "moment_word", nullable=False)
        if win and word:
            raise refused(
                translate(
                    "importer", '{where} is a win with a "moment_word"; only hard moments have one.'
                ).format(where=where)
            )
        if not win:
            if category is not None:
                raise refused(
                    translate(
                        "importer",
                        "{where} is a hard moment with a category; they don't go in one.",
                    ).format(where=where)
                )
            if after:
                raise refused(
                    translate(
                        "importer", '{where} is a hard moment marked "after_hard_moment".'
                    ).format(where=where)
                )
            word = word or "hard moment"  # words: not for translation (the saved default)
        day = self.day(record.get("day"), where, required=True)
        assert day is not None
        created_at = checked_time(record, "created_at", where)
        return ImportedEntry(
            uid=uid,
            kind=kind,
            day=day,
            text=text,
            note=note,
            category=category,
            after_hard_moment=after,
            moment_word=word or "",
            tags=checked_tags(record.get("tags", []), where),
            created_at=created_at,
            updated_at=created_at
            if record.get("updated_at") == record.get("created_at")  # an entry never edited
            else checked_time(record, "updated_at", where),
        )

    def day(
        self, value: Any, where: str, what: str = "day", *, required: bool = False
    ) -> date | None:
        """A day from 1900 to today (``import_fields.checked_day``)."""
        return checked_day(value, where, what, today=self.today, required=required)


_KINDS = {kind.value: kind for kind in Kind}  # looked up once an entry: Kind(value) is slower


def _text(record: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
    """An entry's text or note, checked as ``checked_text`` checks the notebook's."""
    return checked_text(
        record,
        where,
        key=key,
        limit=MAX_TEXT_CHARS,
        required=required,
        empty=lambda: translate("importer", "{where} is a win with no text.").format(where=where),
        too_long=lambda: translate(
            "importer",
            "{where}'s {key} is longer than {max_text_chars:,} characters, more than one entry "
            "can hold.",
        ).format(where=where, key=key, max_text_chars=MAX_TEXT_CHARS),
    )


def _an_entry() -> str:  # said only of a record that isn't one
    return translate("importer", "an entry (with a uid, kind and day)")


# -- the notebook (version 2) -------------------------------------------------------------------


class _NotebookChecker:
    """Checks the "notebook" object; where a message says "Session 3", it counts from 1."""

    def __init__(self, checker: _Checker, version: int) -> None:
        self.checker = checker
        self.version = version

    def plan(self, value: Any) -> NotebookPlan:
        notebook = record_of(
            value,
            translate("importer", 'The "notebook"'),
            translate("importer", "an object (with notes, bring_up, plan, sessions, phrases)"),
        )
        plan = tuple(
            self.plan_item(r, translate("importer", "Plan item {n}").format(n=n))
            for n, r in self.items(notebook, "plan")
        )
        keys: dict[int, int] = {}
        for number, item in enumerate(plan, 1):
            if item.key in keys:
                raise refused(
                    translate(
                        "importer", 'Plan item {number} has the same "id" as plan item {earlier}.'
                    ).format(number=number, earlier=keys[item.key])
                )
            keys[item.key] = number
        sessions = tuple(
            self.session(r, translate("importer", "Session {n}").format(n=n), keys)
            for n, r in self.items(notebook, "sessions")
        )
        first_with: dict[tuple[int, date], int] = {}
        for number, session in enumerate(sessions, 1):
            if session.plan_key is None:
                continue
            pair = (session.plan_key, session.day)
            if pair in first_with:
                earlier = first_with[pair]
                raise refused(
                    translate(
                        "importer",
                        "Session {number} has the same plan item and day as session {earlier}.",
                    ).format(number=number, earlier=earlier)
                )
            first_with[pair] = number
        # Version 2 had no coping tools: their parts there are ignored, like any field the format
        # doesn't list.
        coping = CopingChecker(self.checker.today).parts(notebook) if self.version >= 3 else {}
        return NotebookPlan(
            notes=tuple(
                self.note(r, translate("importer", "Notebook note {n}").format(n=n))
                for n, r in self.items(notebook, "notes")
            ),
            bring_up=tuple(
                self.bring_up(r, translate("importer", "Bring-up item {n}").format(n=n))
                for n, r in self.items(notebook, "bring_up")
            ),
            plan=plan,
            sessions=sessions,
            phrases=tuple(
                checked_text(
                    record_of(r, where, translate("importer", "a phrase (with its text)")),
                    where,
                    limit=MAX_PHRASE_CHARS,
                    required=True,
                )
                for n, r in self.items(notebook, "phrases")
                for where in [translate("importer", "Phrase {n}").format(n=n)]
            ),
            **coping,
        )

    @staticmethod
    def items(notebook: dict[str, Any], key: str) -> list[tuple[int, Any]]:
        value = notebook.get(key, [])
        if not isinstance(value, list):
            raise refused(
                translate("importer", 'The notebook\'s "{key}" should be a list.').format(key=key)
            )
        return list(enumerate(value, 1))

    def note(self, item: Any, where: str) -> ImportedNote:
        record = record_of(
            item, where, translate("importer", "a note (with a section, text and saved_at)")
        )
        section = checked_choice(record, "section", where, NoteSection)
        text = checked_text(record, where, limit=MAX_NOTE_CHARS)
        saved_at = saved_time(record, "saved_at", where, self.checker.today)
        return ImportedNote(section, text, saved_at)

    def bring_up(self, item: Any, where: str) -> ImportedBringUp:
        record = record_of(
            item, where, translate("importer", "an item to bring up (with its text and added_on)")
        )
        text = checked_text(record, where, limit=MAX_BRING_UP_CHARS, required=True)
        added_on = self.day(record, "added_on", where, required=True)
        assert added_on is not None
        return ImportedBringUp(text, added_on, self.day(record, "brought_up_on", where))

    def plan_item(self, item: Any, where: str) -> ImportedPlanItem:
        record = record_of(
            item, where, translate("importer", "a plan item (with an id, weekday and kind)")
        )
        key = record.get("id")
        if type(key) is not int or not 1 <= key <= MAX_POSITION:
            raise refused(
                translate(
                    "importer",
                    '{where}\'s "id" should be a whole number from 1 to {max_position:,}.',
                ).format(where=where, max_position=MAX_POSITION)
            )
        weekday = record.get("weekday")
        if type(weekday) is not int or not 0 <= weekday <= 6:
            raise refused(
                translate(
                    "importer",
                    '{where}\'s "weekday" should be a whole number from 0 (Monday) to 6.',
                ).format(where=where)
            )
        kind = checked_choice(record, "kind", where, SessionKind)
        note = " ".join(checked_text(record, where, key="note", limit=MAX_PLAN_NOTE_CHARS).split())
        return ImportedPlanItem(key, weekday, checked_clock_time(record, where), kind, note)

    def session(self, item: Any, where: str, plan_keys: dict[int, int]) -> ImportedSession:
        record = record_of(
            item, where, translate("importer", "a session (with a day, kind and attendance)")
        )
        day = self.day(record, "day", where, required=True)
        assert day is not None
        kind = checked_choice(record, "kind", where, SessionKind)
        attendance = checked_choice(record, "attendance", where, Attendance)
        note = checked_text(record, where, key="note", limit=MAX_SESSION_NOTE_CHARS)
        plan_key = record.get("plan")
        if plan_key is not None and (type(plan_key) is not int or plan_key not in plan_keys):
            raise refused(
                translate(
                    "importer", '{where}\'s "plan" should be the "id" of a plan item in the file.'
                ).format(where=where)
            )
        uid = record.get("entry_uid")
        if uid is not None and (not isinstance(uid, str) or not UID.fullmatch(uid)):
            raise refused(
                translate(
                    "importer",
                    '{where}\'s "entry_uid" should be 1 to 64 letters, digits, "-" or "_".',
                ).format(where=where)
            )
        return ImportedSession(
            day, kind, attendance, note, checked_clock_time(record, where), plan_key, uid
        )

    def day(
        self, record: dict[str, Any], key: str, where: str, *, required: bool = False
    ) -> date | None:
        return self.checker.day(record.get(key), where, f'"{key}"', required=required)
