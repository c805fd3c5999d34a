"""Open data export: JSON (everything but private entries, versioned) and CSV (one row an entry).

Entries marked private are never exported. Entries are read a page at a time, so memory stays flat
however large the journal is. The JSON export can carry the recovery notebook too (small, written
whole after the entries), its coping tools included (``export/coping_data.py``); CSV holds
entries only. The format: ``docs/export-format.md``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from iop_companion import __version__
from iop_companion.core.journal import JournalService
from iop_companion.core.model import Entry, EntryFilter, Kind
from iop_companion.core.notebook import NotebookService, NoteSection
from iop_companion.core.notebook_model import minute_text, utc_text
from iop_companion.core.words import OTHER_WIN
from iop_companion.export.coping_data import coping_json
from iop_companion.export.files import write_whole

EXPORT_FORMAT = "iop-companion-export"
# 2 added the "notebook" object; 3 added the coping tools to it. Older files still import.
EXPORT_VERSION = 3
CSV_COLUMNS = (
    "uid",
    "kind",
    "day",
    "text",
    "note",
    "category",
    "after_hard_moment",
    "moment_word",
    "tags",
    "created_at",
    "updated_at",
)
PAGE = 2000


def shareable_entries(journal: JournalService) -> Iterator[Entry]:
    """Every entry that isn't private, newest first, fetched in pages."""
    where = EntryFilter(include_private=False)
    page = journal.entries(where, limit=PAGE)
    while page:
        yield from page
        page = journal.entries(where, limit=PAGE, after=page[-1])


def _entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "uid": entry.uid,
        "kind": entry.kind.value,
        "day": entry.day.isoformat(),
        "text": entry.text,
        "note": entry.note,
        "category": entry.category,
        "after_hard_moment": entry.after_hard_moment,  # only ever on a win (JournalService)
        "moment_word": entry.moment_word,
        "tags": list(entry.tags),
        "created_at": entry.created_at.isoformat() if entry.created_at else None,
        "updated_at": entry.updated_at.isoformat() if entry.updated_at else None,
    }


def notebook_json(notebook: NotebookService) -> dict[str, Any]:
    """The recovery notebook as the export's "notebook" object (``docs/export-format.md``)."""
    notes = [
        {
            "section": version.section.value,
            "text": version.text,
            "saved_at": utc_text(version.saved_at),
        }
        for section in NoteSection
        for version in reversed(notebook.note_history(section))
    ]
    plan = notebook.plan()
    plan_keys = {item.id: number for number, item in enumerate(plan, 1)}
    return {
        "notes": notes,
        "bring_up": [
            {
                "text": item.text,
                "added_on": item.added_on.isoformat(),
                "brought_up_on": item.brought_up_on.isoformat() if item.brought_up_on else None,
            }
            for item in notebook.bring_up_items()
        ],
        "plan": [
            {
                "id": plan_keys[item.id],
                "weekday": item.weekday,
                "at": minute_text(item.at),
                "kind": item.kind.value,
                "note": item.note,
            }
            for item in plan
        ],
        "sessions": [
            {
                "day": session.day.isoformat(),
                "kind": session.kind.value,
                "attendance": session.attendance.value,
                "at": minute_text(session.at),
                "note": session.note,
                "plan": plan_keys.get(session.plan_id) if session.plan_id else None,
                "entry_uid": notebook.export_uid(session),
            }
            for session in notebook.sessions()
        ],
        "phrases": [{"text": phrase.text} for phrase in notebook.phrases()],
        **coping_json(notebook),
    }


def write_json(
    journal: JournalService, out: IO[str], *, notebook: NotebookService | None = None
) -> int:
    """Write the export document; returns how many entries went in.

    With ``notebook`` (a ``NotebookService`` on the same journal) the document ends with the
    recovery notebook; without it, the document has no "notebook" object.
    """
    header = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "categories": [
            {"name": c.name, "position": c.position, "hidden": c.hidden}
            for c in journal.categories(include_hidden=True)
        ],
    }
    # Stream the entries so a large journal never sits in memory twice.
    out.write(json.dumps(header, ensure_ascii=False, indent=1)[:-2] + ',\n "entries": [\n')
    count = 0
    encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every entry
    for entry in shareable_entries(journal):
        if count:
            out.write(",\n")
        out.write("  " + encode(_entry_json(entry)))
        count += 1
    out.write("\n ]")
    if notebook is not None:
        body = json.dumps({"notebook": notebook_json(notebook)}, ensure_ascii=False, indent=1)
        out.write(",\n" + body[2:-2])  # the object's inside, at the document's level
    out.write("\n}\n")
    return count


def write_csv(journal: JournalService, out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for entry in shareable_entries(journal):
        row = _entry_json(entry)
        row["tags"] = ", ".join(entry.tags)
        row["after_hard_moment"] = "yes" if row["after_hard_moment"] else ""
        if entry.kind is Kind.WIN:  # for a person to read; JSON keeps null, for import
            row["category"] = entry.category or OTHER_WIN
        writer.writerow([_csv_safe(row[column]) for column in CSV_COLUMNS])
        count += 1
    return count


def export_to_file(
    journal: JournalService, target: Path, writer: Callable[[JournalService, IO[str]], int]
) -> int:
    """Write an export owner-only, whole or not at all."""

    def write(raw: IO[bytes]) -> int:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        count = writer(journal, text)
        text.flush()
        text.detach()  # the raw file stays open for write_whole to sync and close
        return count

    return write_whole(target, write)


def _csv_safe(value: Any) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading ' stops that."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
