"""Journals from other apps: Daylio's CSV, Day One's JSON (a zip), jrnl's JSON and a folder of
Markdown daily notes, read into the same checked plan the JSON import uses
(``export/importer.py``): the whole file is checked first, then added in one transaction.

Every entry gets a stable uid (a UUID version 5, as 32 hex digits): from the app's own id where
it has one (Day One's ``uuid``), else from the day, time and words, so importing the same file
twice adds nothing the second time. An entry's text is its title, or else the first line (or
the first sentence of a long first line) of what was written; the rest goes in its note. A note
longer than one entry holds goes in as several entries, in order. What each format gives and what
stays out: ``docs/import-from-other-apps.md``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from iop_companion.core.checks import MAX_TEXT_CHARS, check_day, clean_text
from iop_companion.core.coping_model import ImportedHowIAm
from iop_companion.core.model import ImportedEntry, ImportPlan, Kind
from iop_companion.core.notebook_model import NotebookPlan
from iop_companion.errors import ImportRefused, NotFromThatApp
from iop_companion.export.import_fields import (
    checked_name,
    checked_tags,
    parsed_day,
    refused,
)
from iop_companion.export.importer import MAX_BYTES, CheckedExport, Source, read_bytes
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, say_number, translate

other_apps = Context("other_apps")  # counted words (i18n.Context)

__all__ = ["APPS", "MAX_TITLE_CHARS", "read_other_app"]

APPS = {
    "daylio": "Daylio",
    "dayone": "Day One",  # words: not for translation (an app's name)
    "jrnl": "jrnl",
    "markdown": QT_TRANSLATE_NOOP("other_apps", "Markdown daily notes"),  # the others: names
}
MAX_TITLE_CHARS = 200  # an entry's text made from a first line; the rest goes in the note
DAYLIO_COLUMNS = (
    "full_date",
    "date",
    "weekday",
    "time",
    "mood",
    "activities",
    "note_title",
    "note",
)
# Every uid an import from another app makes is a UUID version 5 in this namespace.
NAMESPACE = uuid.UUID("0f4c2a6e-9d1b-5c3e-8a7f-2b6d4e8c1a90")
DAILY_NOTE = re.compile(r"([0-9]{4})[-_]([0-9]{2})[-_]([0-9]{2})\.md")
_LINE_MARK = re.compile(r"^(?:#+|-(?=\s|$))\s*")  # a Markdown heading's or bullet's mark
_SENTENCE_END = re.compile(r"[.!?](\s|$)")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_DAYONE_MEDIA = re.compile(r"!\[[^\]]*\]\(dayone-moment:[^)]*\)")
_DAYONE_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<])")  # Markdown's escapes
_INLINE_TAG = re.compile(r"(?<![\w#&/])#([A-Za-z][\w/-]*)")
_FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---[ \t]*(\r?\n|\Z)", re.DOTALL)


def read_other_app(
    app: str, source: Source, *, today: date | None = None, max_bytes: int | None = None
) -> CheckedExport:
    """Read and check a journal from ``app`` (a key of ``APPS``) completely: a file's path or
    bytes, or for ``"markdown"`` a folder's path. Raises ``ImportRefused`` (``NotFromThatApp``
    when it isn't what ``app`` makes) with one plain sentence; nothing is written."""
    limit = MAX_BYTES if max_bytes is None else max_bytes
    plan = _Plan(APPS[app], date.today() if today is None else today)
    if app == "markdown":
        _read_markdown(plan, source, limit)
    else:
        data = read_bytes(source, limit)
        if not data.strip():
            raise refused(translate("other_apps", "That file is empty."))
        {"daylio": _read_daylio, "dayone": _read_dayone, "jrnl": _read_jrnl}[app](plan, data, limit)
    return plan.checked()


# -- the plan every format fills ---------------------------------------------------------------


@dataclass
class _Plan:
    app: str
    today: date
    entries: list[ImportedEntry] = field(default_factory=list)
    how_i_am: list[ImportedHowIAm] = field(default_factory=list)
    held: int = 0  # the records the file holds, as the app counts them
    split: int = 0  # records too long for one entry, in several
    only_mood: int = 0
    wordless: int = 0  # records with nothing written in them (a photo alone, say)
    left_out: list[str] = field(default_factory=list)
    _seen: dict[str, int] = field(default_factory=dict)

    def uid(self, *parts: str) -> str:
        """A stable uid from the app's id, or from the day and words: the same again in the
        same file (an entry written twice) gets its own, the second time round too."""
        key = "\n".join((self.app, *parts))
        count = self._seen.get(key, 0)
        self._seen[key] = count + 1
        return uuid.uuid5(NAMESPACE, f"{key}\n{count}" if count else key).hex

    def day(self, value: date, where: str) -> date:
        return check_day(
            value,
            self.today,
            not_yet=translate("other_apps", "{where}'s day hasn't come yet.").format(where=where),
            too_early=translate("other_apps", "{where}'s day is before 1900.").format(where=where),
            fail=refused,
        )

    def add(
        self,
        where: str,
        uid: str,
        day: date,
        *,
        title: str = "",
        body: str = "",
        tags: Any = (),  # checked here: a list of words
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> bool:
        """Add what one record holds (False when it has no words at all)."""
        title, body = _words(title, where, "title"), _words(body, where, "text")
        text, note = _text_and_note(title, body)
        if not text:
            return False
        tags = checked_tags(list(tags) if isinstance(tags, tuple) else tags, where)
        notes = _pieces(note)
        if len(notes) > 1:
            self.split += 1
        for number, piece in enumerate(notes, 1):
            self.entries.append(
                ImportedEntry(
                    uid=uid if number == 1 else uuid.uuid5(NAMESPACE, f"{uid}\n{number}").hex,
                    kind=Kind.WIN,
                    day=day,
                    text=text
                    if number == 1
                    else translate("other_apps", "{text} (part {number} of {notes})").format(
                        text=text, number=number, notes=len(notes)
                    ),
                    note=piece,
                    tags=tags,
                    created_at=created_at,
                    updated_at=updated_at,
                )
            )
        return True

    def checked(self) -> CheckedExport:
        folder = self.app == APPS["markdown"]
        app = translate("other_apps", self.app)  # a name, or a marked description
        held, only_mood, split, wordless = self.held, self.only_mood, self.split, self.wordless
        if not held:  # nothing with words in it
            if folder:
                nothing = translate("other_apps", "That folder has no entries from {app} in it.")
            else:
                nothing = translate("other_apps", "That file has no entries from {app} in it.")
            raise refused(nothing.format(app=app))
        if folder:
            holds = other_apps.tr("This folder holds %Ln entr(y|ies) from {app}.", None, held)
        else:
            holds = other_apps.tr("This file holds %Ln entr(y|ies) from {app}.", None, held)
        said = [holds.format(app=app)]
        if self.how_i_am:
            said.append(
                translate("other_apps", "Their moods come in as How I am, each in its own word.")
            )
        if only_mood:
            said.append(
                other_apps.tr(
                    "%Ln (has only a mood, so it comes|have only a mood, so they come) in as How I "
                    "am alone.",
                    "a count of entries",
                    only_mood,
                )
            )
        if split:
            said.append(
                other_apps.tr(
                    "%Ln (entry is|entries are) longer than one entry here holds, so each goes in "
                    "as several, in order.",
                    None,
                    split,
                )
            )
        if wordless:
            said.append(
                other_apps.tr(
                    "%Ln more (has no words in it, so it stays|have no words in them, so they "
                    "stay) out.",
                    "a count of entries",
                    wordless,
                )
            )
        said += self.left_out
        sentences = " ".join(said)
        # The apps' files list the oldest first; an import plan lists the newest first.
        plan = ImportPlan(entries=tuple(reversed(self.entries)))
        notebook = NotebookPlan(how_i_am=tuple(reversed(self.how_i_am))) if self.how_i_am else None
        return CheckedExport(plan, notebook, described=sentences)


def _words(value: str, where: str, key: str) -> str:
    return clean_text(
        value.replace("\r\n", "\n"),
        limit=10 * MAX_TEXT_CHARS,  # longer ones are split; this only keeps the checks cheap
        too_long=translate(
            "other_apps",
            "{where}'s {key} is longer than {limit:,} characters, more than this app imports "
            "as one.",
        ).format(where=where, key=key, limit=10 * MAX_TEXT_CHARS),
        unsaveable=translate(
            "other_apps", "{where}'s {key} has characters that can't be saved."
        ).format(where=where, key=key),
        fail=refused,
    )


def _text_and_note(title: str, body: str) -> tuple[str, str]:
    """An entry's text (a title, or the first line of ``body``) and its note (the rest)."""
    title = " ".join(title.split())
    if len(title) <= MAX_TITLE_CHARS and title:
        return title, body
    if title:  # too long for a title: it is the start of the words
        body = f"{title}\n\n{body}".strip()
    first, rest = "", body
    while not first and rest:  # a line with only a "#" or a "-" on it says nothing yet
        first, _, rest = rest.partition("\n")
        first = _LINE_MARK.sub("", first.strip())
    if len(first) <= MAX_TITLE_CHARS:
        return first, rest.strip()
    end = _SENTENCE_END.search(first, 0, MAX_TITLE_CHARS)
    if end is not None:
        return first[: end.start() + 1], body[body.index(first) + end.end() :].strip()
    # No sentence ends soon enough: a few words say what it is, and the note keeps it whole.
    cut = first.rfind(" ", 0, MAX_TITLE_CHARS - 1)
    return first[: cut if cut > 0 else MAX_TITLE_CHARS - 1].rstrip() + "…", body


def _pieces(note: str) -> list[str]:
    """``note`` in pieces one entry holds each, cut at a line break where there is one."""
    pieces: list[str] = []
    while len(note) > MAX_TEXT_CHARS:
        cut = note.rfind("\n", 0, MAX_TEXT_CHARS)
        if cut <= 0:
            cut = note.rfind(" ", 0, MAX_TEXT_CHARS)
        if cut <= 0:
            cut = MAX_TEXT_CHARS
        pieces.append(note[:cut].strip())
        note = note[cut:].strip()
    return [*pieces, note]


def _text_of(data: bytes, name: str, what: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise refused(
            translate(
                "other_apps",
                "Line {line} of {name} isn't UTF-8 text, so it isn't {what} this app can read.",
            ).format(line=line, name=name, what=what)
        ) from None


def _local(moment: datetime) -> datetime:
    """A time written without an offset, as this computer's time, in UTC."""
    return moment.astimezone(UTC)


def _not_from(app: str, how: str) -> NotFromThatApp:
    return NotFromThatApp(
        translate("other_apps", "That file isn't {app}: {how}. Nothing was imported.").format(
            app=app, how=how
        )
    )


# -- Daylio ------------------------------------------------------------------------------------

_NOT_DAYLIO = QT_TRANSLATE_NOOP("other_apps", "its first line should name the columns {columns}")


def _read_daylio(plan: _Plan, data: bytes, limit: int) -> None:
    del limit
    text = _text_of(
        data, translate("other_apps", "that file"), translate("other_apps", "a Daylio export")
    )
    rows = csv.reader(io.StringIO(text, newline=""))
    number: int | None = None  # the entries read so far, once the header is read
    try:
        header = [name.strip().lower() for name in next(rows, [])]
        number = 0
        if tuple(header[: len(DAYLIO_COLUMNS)]) != DAYLIO_COLUMNS:
            raise _not_from(
                translate("other_apps", "a Daylio export"),
                translate("other_apps", _NOT_DAYLIO).format(columns=", ".join(DAYLIO_COLUMNS)),
            )
        for number, row in enumerate(rows, 1):
            if not any(cell.strip() for cell in row):
                continue  # a blank line
            _daylio_row(
                plan,
                dict(zip(DAYLIO_COLUMNS, row, strict=False)),
                translate("other_apps", "Entry {number}").format(number=number),
            )
    except csv.Error as exc:
        # The csv module reads no cell longer than its field limit (131,072 characters); it
        # says so only in its message. That limit is process-wide, so it stays as it is.
        if not str(exc).startswith("field larger than field limit"):
            raise refused(
                translate(
                    "other_apps",
                    "That file can't be read as CSV: the problem is on line {line_num}.",
                ).format(line_num=rows.line_num)
            ) from None
        if number is None:  # Daylio's first line names its columns, nothing longer
            raise _not_from(
                translate("other_apps", "a Daylio export"),
                translate("other_apps", _NOT_DAYLIO).format(columns=", ".join(DAYLIO_COLUMNS)),
            ) from None
        raise refused(
            translate(
                "other_apps",
                "Entry {number} has over {limit} characters in one cell, more than this app "
                "reads from a Daylio export.",
            ).format(number=number + 1, limit=say_number(csv.field_size_limit()))
        ) from None


def _daylio_row(plan: _Plan, row: dict[str, str], where: str) -> None:
    day = parsed_day(row.get("full_date", "").strip())
    if day is None:
        raise refused(
            translate(
                "other_apps",
                '{where}\'s "full_date" should be written YYYY-MM-DD, like 2026-03-14.',
            ).format(where=where)
        )
    day = plan.day(day, where)
    clock = _clock(row.get("time", ""))
    created = _local(datetime.combine(day, clock)) if clock else None
    title = _BREAK.sub("\n", row.get("note_title", ""))
    note = _BREAK.sub("\n", row.get("note", ""))
    activities = [a.strip() for a in row.get("activities", "").split(" | ") if a.strip()]
    mood = checked_name(row.get("mood", ""), where, "mood")
    key = (day.isoformat(), row.get("time", "").strip(), title, note, mood or "", *activities)
    uid = plan.uid(*key)
    # Activities alone are what was done that day: they are the entry's words as well as its tags.
    wrote = plan.add(
        where,
        uid,
        day,
        title=title if title.strip() else ("" if note.strip() else ", ".join(activities)),
        body=note,
        tags=activities,
        created_at=created,
    )
    if mood:
        plan.how_i_am.append(
            ImportedHowIAm(
                uuid.uuid5(NAMESPACE, f"{uid}\nmood").hex, day, (mood,), created_at=created
            )
        )
        plan.only_mood += not wrote
    if wrote or mood:
        plan.held += 1
    else:
        plan.wordless += 1


def _clock(value: str) -> time | None:
    """Daylio writes 18:02, or 6:02 pm where the phone shows a 12-hour clock."""
    value = value.strip().lower().replace(".", "")
    for pattern in ("%H:%M", "%I:%M %p", "%I:%M%p"):  # words: not for translation (formats)
        try:
            return datetime.strptime(value, pattern).time()
        except ValueError:
            continue
    return None


# -- Day One -----------------------------------------------------------------------------------

_NOT_DAYONE = QT_TRANSLATE_NOOP(
    "other_apps", "it should be the zip file Day One exports as JSON, with Journal.json in it"
)


def _read_dayone(plan: _Plan, data: bytes, limit: int) -> None:
    entries: list[Any] = []
    for name, document in _dayone_documents(data, limit):
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise _not_from(
                translate("other_apps", "a Day One export"),
                translate("other_apps", '{name} in it has no "entries" list').format(name=name),
            )
        entries += document["entries"]
    media = 0
    for number, item in enumerate(entries, 1):
        where = translate("other_apps", "Entry {number}").format(number=number)
        if not isinstance(item, dict):
            raise refused(
                translate(
                    "other_apps",
                    "{where} isn't written as an entry (with a uuid and creationDate).",
                ).format(where=where)
            )
        media += sum(
            len(item[key])
            for key in ("photos", "videos", "audios", "pdfAttachments")
            if isinstance(item.get(key), list)
        )
        own_id = item.get("uuid")
        if not isinstance(own_id, str) or not own_id.strip():
            raise refused(translate("other_apps", '{where} has no "uuid".').format(where=where))
        created = _moment(item.get("creationDate"), where, "creationDate", required=True)
        assert created is not None
        day = plan.day(created.astimezone(_zone(item.get("timeZone"))).date(), where)
        text = item.get("text", "")
        if not isinstance(text, str):
            raise refused(
                translate("other_apps", '{where}\'s "text" should be text.').format(where=where)
            )
        if plan.add(
            where,
            plan.uid(own_id.strip()),
            day,
            body=_DAYONE_ESCAPE.sub(r"\1", _DAYONE_MEDIA.sub("", text)),
            tags=item.get("tags", []),
            created_at=created,
            updated_at=_moment(item.get("modifiedDate"), where, "modifiedDate"),
        ):
            plan.held += 1
        else:
            plan.wordless += 1
    if media:
        plan.left_out.append(
            other_apps.tr(
                "%Ln (photo or attachment in it stays|photos and attachments in it stay) out: "
                "this app keeps words only.",
                None,
                media,
            )
        )


def _dayone_documents(data: bytes, limit: int) -> list[tuple[str, Any]]:
    """Each journal's JSON in the zip: top-level ``.json`` members, never a path with folders
    or ``..`` in it (nothing is unpacked to disk either way). A bare Journal.json is fine too."""
    if data.lstrip()[:1] == b"{":
        return [
            (
                "Journal.json",
                _json(data, "Journal.json", translate("other_apps", "a Day One export")),
            )
        ]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _not_from(
            translate("other_apps", "a Day One export"), translate("other_apps", _NOT_DAYONE)
        ) from None
    with archive:
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and info.filename.lower().endswith(".json")
            and not re.search(r"[/\\:]|^\.", info.filename)
        ]
        if not members:
            raise _not_from(
                translate("other_apps", "a Day One export"), translate("other_apps", _NOT_DAYONE)
            )
        documents: list[tuple[str, Any]] = []
        room = limit
        for info in sorted(members, key=lambda i: (i.filename != "Journal.json", i.filename)):
            if info.file_size > room:
                raise _unpacks_too_large(info.filename, limit)
            try:
                with archive.open(info) as handle:
                    raw = handle.read(room + 1)  # the size a zip gives can be wrong
            except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, OSError, ValueError):
                raise refused(
                    translate(
                        "other_apps",
                        "That zip file is damaged, so it can't be read. Export it from Day One "
                        "again.",
                    )
                ) from None
            except NotImplementedError:
                raise refused(
                    translate(
                        "other_apps",
                        "That zip file is packed in a way this app can't unpack. Export it from "
                        "Day One again.",
                    )
                ) from None
            if len(raw) > room:
                raise _unpacks_too_large(info.filename, limit)
            room -= len(raw)
            documents.append(
                (
                    info.filename,
                    _json(raw, info.filename, translate("other_apps", "a Day One export")),
                )
            )
            del raw
        return documents


def _unpacks_too_large(name: str, limit: int) -> ImportRefused:
    return refused(
        translate(
            "other_apps",
            "{name} in that zip file unpacks to over {megabytes:g} MB, more than this app "
            "imports at once.",
        ).format(name=name, megabytes=limit / 2**20)
    )


def _zone(name: Any) -> ZoneInfo | None:
    if isinstance(name, str) and name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return None  # this computer's time zone


def _moment(value: Any, where: str, key: str, *, required: bool = False) -> datetime | None:
    if value is None and not required:
        return None
    if isinstance(value, str) and len(value) <= 40:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return moment.astimezone(UTC) if moment.tzinfo else _local(moment)
        except (ValueError, OverflowError):
            pass
    if value is None:
        raise refused(
            translate("other_apps", '{where} has no "{key}".').format(where=where, key=key)
        )
    raise refused(
        translate(
            "other_apps", '{where}\'s "{key}" should be a date and time like 2026-03-14T18:00:00Z.'
        ).format(where=where, key=key)
    )


def _json(data: bytes, name: str, what: str) -> Any:
    text = _text_of(
        data, name.lower() if name == translate("other_apps", "That file") else name, what
    )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise refused(
            translate(
                "other_apps",
                "{name} can't be read as JSON: the problem is at line {lineno}, column {colno}.",
            ).format(name=name, lineno=exc.lineno, colno=exc.colno)
        ) from None
    except RecursionError:
        raise refused(
            translate("other_apps", "{name} is nested too deeply to be {what}.").format(
                name=name, what=what
            )
        ) from None


# -- jrnl --------------------------------------------------------------------------------------

_NOT_JRNL = QT_TRANSLATE_NOOP(
    "other_apps", 'it should be JSON with an "entries" list, as jrnl --export json writes'
)


def _read_jrnl(plan: _Plan, data: bytes, limit: int) -> None:
    del limit
    document = _json(
        data, translate("other_apps", "That file"), translate("other_apps", "a jrnl export")
    )
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise _not_from(translate("other_apps", "a jrnl export"), _NOT_JRNL)
    for number, item in enumerate(document["entries"], 1):
        where = translate("other_apps", "Entry {number}").format(number=number)
        if not isinstance(item, dict):
            raise refused(
                translate(
                    "other_apps", "{where} isn't written as an entry (with a date and a title)."
                ).format(where=where)
            )
        day = parsed_day(item.get("date"))
        if day is None:
            raise refused(
                translate(
                    "other_apps", '{where}\'s "date" should be written YYYY-MM-DD, like 2026-03-14.'
                ).format(where=where)
            )
        day = plan.day(day, where)
        clock = item.get("time", "")
        at = _clock(clock) if isinstance(clock, str) else None
        title, body = item.get("title", ""), item.get("body", "")
        if not isinstance(title, str) or not isinstance(body, str):
            raise refused(
                translate("other_apps", '{where}\'s "title" and "body" should be text.').format(
                    where=where
                )
            )
        tags = item.get("tags", [])
        if isinstance(tags, list):  # anything else is refused as tags that aren't words
            tags = [t.lstrip("@") if isinstance(t, str) else t for t in tags]
            tags += ["starred"] if item.get("starred") is True else []
        key = (day.isoformat(), clock if isinstance(clock, str) else "", title, body)
        if plan.add(
            where,
            plan.uid(*key),
            day,
            title=title,
            body=body,
            tags=tags,
            created_at=_local(datetime.combine(day, at)) if at else None,
        ):
            plan.held += 1
        else:
            plan.wordless += 1


# -- Markdown daily notes ----------------------------------------------------------------------


def _read_markdown(plan: _Plan, source: Source, limit: int) -> None:
    if isinstance(source, bytes):
        raise TypeError("Markdown daily notes are read from a folder")
    folder = Path(os.fspath(source))
    if not folder.is_dir():
        raise _not_from(
            translate("other_apps", "a folder of daily notes"),
            translate("other_apps", "choose the folder that holds them, not one note"),
        )
    try:
        names = sorted(path.name for path in folder.iterdir())
    except OSError:
        raise refused(
            translate("other_apps", "That folder couldn't be read. Check its name, and try again.")
        ) from None
    notes = [(name, _note_day(name)) for name in names]
    daily = [(name, day) for name, day in notes if day is not None]
    if not daily:
        raise NotFromThatApp(
            translate(
                "other_apps",
                "That folder has no daily notes in it: they are files named like 2026-03-14.md. "
                "Nothing was imported.",
            )
        )
    others = len(notes) - len(daily)
    room = limit
    for name, day in daily:
        where = translate("other_apps", "The note {name}").format(name=name)
        path = folder / name
        if not path.is_file():
            others += 1
            continue
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # read_bytes says it couldn't be read
        if size > room:
            raise refused(
                translate(
                    "other_apps",
                    "The daily notes in that folder come to over {megabytes:g} MB, more than "
                    "this app imports at once.",
                ).format(megabytes=limit / 2**20)
            )
        data = read_bytes(path, room)
        room -= len(data)
        text = _text_of(data, name, "a note")
        front = _FRONT_MATTER.match(text)
        body = text[front.end() :] if front else text
        if plan.add(
            where,
            plan.uid(day.isoformat(), body.strip()),
            plan.day(day, where),
            body=body,
            tags=_INLINE_TAG.findall(body),
        ):
            plan.held += 1
        else:
            plan.wordless += 1
    if others:
        plan.left_out.append(
            other_apps.tr(
                "%Ln other (file in the folder stays|files in the folder stay) out: only notes "
                "named like 2026-03-14.md come in.",
                None,
                others,
            )
        )


def _note_day(name: str) -> date | None:
    found = DAILY_NOTE.fullmatch(name)
    if found is None:
        return None
    try:
        return date(*(int(part) for part in found.groups()))
    except ValueError:
        return None
