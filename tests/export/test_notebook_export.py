"""The recovery notebook in the JSON export (format version 2) and back through import: all of it
comes back, nothing comes in twice, version 1 files still import, and a bad notebook is refused
whole, entries included."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from iop_companion.core import notebook_import
from iop_companion.core.journal import JournalService
from iop_companion.core.model import EntryFilter
from iop_companion.core.notebook import (
    Attendance,
    NotebookService,
    NoteSection,
    SessionKind,
)
from iop_companion.errors import DiskFull, ImportRefused
from iop_companion.export.data import EXPORT_VERSION, write_csv, write_json
from iop_companion.export.importer import import_export, read_export, read_export_file
from iop_companion.vault import Vault
from iop_companion.vault.schema import DEFAULT_PHRASES
from tests.conftest import PASSPHRASE, FixedClock
from tests.export.helpers import SHAREABLE, export_document, without_time

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day
NOTHING = " Nothing was imported."


@pytest.fixture
def notebook(vault: Vault, source: JournalService, clock: FixedClock) -> NotebookService:
    """A notebook with some of everything, beside ``source``'s entries."""
    book = NotebookService(vault.db, source, clock=clock)
    clock.now = datetime(2026, 3, 3, 12).astimezone()
    book.save_note(NoteSection.TRIGGERS, "Payday")
    clock.now = datetime(2026, 11, 27, 10, 30).astimezone()
    book.save_note(NoteSection.TRIGGERS, "Payday, and Sunday evenings")
    book.save_note(NoteSection.SUPPORT, "A call on Sunday evenings")
    zoom = book.add_bring_up("I hate being on Zoom.")
    book.add_bring_up("A smaller group would help.")
    book.mark_brought_up(zoom.id, date(2026, 11, 20))
    tuesday = book.add_plan_item(1, time(18), SessionKind.GROUP, "Tuesday group")
    book.add_plan_item(4, None, SessionKind.PROGRAM_CALL)
    book.i_was_there(tuesday.id, date(2026, 11, 24))
    book.record_session(date(2026, 11, 25), SessionKind.INDIVIDUAL, Attendance.MISSED, note="Sick")
    book.record_session(date(2026, 11, 26), SessionKind.MEETING, Attendance.LATE, at=time(19))
    book.add_phrase("I'm trying again.")
    return book


@pytest.fixture
def other(
    tmp_path: Path, _template_vault: tuple[Path, str], clock: FixedClock
) -> Iterator[tuple[JournalService, NotebookService]]:
    """A second, empty journal and its notebook, on the same clock."""
    folder = tmp_path / "other"
    shutil.copytree(_template_vault[0], folder)
    vault = Vault.unlock(folder, PASSPHRASE)
    journal = JournalService(vault.db, clock=clock)
    yield journal, NotebookService(vault.db, journal, clock=clock)
    vault.lock()


def full_text(journal: JournalService, notebook: NotebookService) -> str:
    out = io.StringIO()
    shareable = journal.count(EntryFilter(include_private=False))
    assert write_json(journal, out, notebook=notebook) == shareable
    return out.getvalue()


def full_document(journal: JournalService, notebook: NotebookService) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(full_text(journal, notebook))
    return document


def test_the_export_ends_with_the_notebook(
    source: JournalService, notebook: NotebookService
) -> None:
    document = full_document(source, notebook)
    assert document["version"] == EXPORT_VERSION == 3
    assert list(document) == [
        "format",
        "version",
        "app_version",
        "exported_at",
        "categories",
        "entries",
        "notebook",
    ]
    book = document["notebook"]
    assert list(book) == [
        "notes",
        "bring_up",
        "plan",
        "sessions",
        "phrases",
        "check_ins",
        "how_i_am",
        "picking_up",
        "hard_times_plan",
    ]
    assert [(n["section"], n["text"]) for n in book["notes"]] == [
        ("triggers", "Payday"),
        ("triggers", "Payday, and Sunday evenings"),
        ("support", "A call on Sunday evenings"),
    ]
    assert book["notes"][0]["saved_at"].endswith("+00:00")
    assert book["bring_up"] == [
        {"text": "A smaller group would help.", "added_on": "2026-11-27", "brought_up_on": None},
        {"text": "I hate being on Zoom.", "added_on": "2026-11-27", "brought_up_on": "2026-11-20"},
    ]
    assert book["plan"] == [
        {"id": 1, "weekday": 1, "at": "18:00", "kind": "group", "note": "Tuesday group"},
        {"id": 2, "weekday": 4, "at": None, "kind": "program_call", "note": ""},
    ]
    sessions = book["sessions"]
    assert [(s["day"], s["kind"], s["attendance"], s["at"], s["plan"]) for s in sessions] == [
        ("2026-11-26", "meeting", "late", "19:00", None),
        ("2026-11-25", "individual", "missed", None, None),
        ("2026-11-24", "group", "attended", "18:00", 1),
    ]
    uids = {e["uid"]: e["text"] for e in document["entries"]}
    assert uids[sessions[0]["entry_uid"]] == "Went to a meeting, got there late"
    assert sessions[1]["entry_uid"] is None and sessions[1]["note"] == "Sick"
    assert [p["text"] for p in book["phrases"]] == [*DEFAULT_PHRASES, "I'm trying again."]


def test_without_the_notebook_the_export_has_none(
    source: JournalService, notebook: NotebookService
) -> None:
    document = export_document(source)
    assert "notebook" not in document and document["version"] == EXPORT_VERSION
    assert len(document["entries"]) == SHAREABLE + 2  # the two session wins
    out = io.StringIO()
    write_csv(source, out)
    assert "Sunday evenings" not in out.getvalue()  # CSV stays entries only


def test_a_private_win_leaves_no_trace_in_its_session(
    source: JournalService, notebook: NotebookService
) -> None:
    session = notebook.sessions()[0]
    assert session.entry_id is not None
    uid = source.get(session.entry_id).uid
    source.edit(session.entry_id, private=True)
    text = full_text(source, notebook)
    assert uid not in text
    assert json.loads(text)["notebook"]["sessions"][0]["entry_uid"] is None


def test_round_trip_brings_the_whole_notebook_back_once(
    source: JournalService,
    notebook: NotebookService,
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    first = full_text(source, notebook)
    result = import_export(journal, first.encode("utf-8"), notebook=book)
    assert (result.added, result.already_there) == (SHAREABLE + 2, 0)
    # 3 notes, 2 items to bring up, 2 plan items, 3 sessions, 1 phrase (the program's were there).
    assert (result.notebook.added, result.notebook.already_there) == (11, len(DEFAULT_PHRASES))
    assert without_time(full_document(journal, book)) == without_time(json.loads(first))
    history = book.note_history(NoteSection.TRIGGERS)
    assert history == notebook.note_history(NoteSection.TRIGGERS)  # ids, words and times
    # The session's win came in with the entries and is linked again, by its uid.
    meeting = book.sessions()[0]
    assert meeting.entry_id is not None
    assert journal.get(meeting.entry_id).text == "Went to a meeting, got there late"
    assert book.due_on(date(2026, 11, 24))[0].recorded == book.sessions()[2]
    assert book.search("sunday")

    again = import_export(journal, first.encode("utf-8"), notebook=book)
    assert (again.added, again.notebook.added) == (0, 0)
    assert again.notebook.already_there == 11 + len(DEFAULT_PHRASES)
    assert without_time(full_document(journal, book)) == without_time(json.loads(first))


def test_taking_an_import_back_leaves_the_journal_as_it_was_before(
    source: JournalService,
    notebook: NotebookService,
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    journal.log_win("Mine, from before the import", category="Honesty")
    book.add_phrase("My own phrase.")
    before = without_time(full_document(journal, book))
    categories_before = journal.categories(include_hidden=True)
    result = import_export(journal, full_text(source, notebook).encode("utf-8"), notebook=book)
    assert len(result.entry_ids) == result.added and len(result.notebook.added_ids) == 11
    journal.delete(result.entry_ids[0])  # already gone by hand: taking back skips it
    book.take_back_import(result, result.notebook)
    assert without_time(full_document(journal, book)) == before
    assert journal.categories(include_hidden=True) == categories_before
    assert book.search("sunday") == []


def test_an_import_taken_back_keeps_a_category_now_in_use(
    source: JournalService,
    notebook: NotebookService,
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    result = import_export(journal, full_text(source, notebook).encode("utf-8"), notebook=book)
    assert result.category_ids
    kept = journal.categories(include_hidden=True)[-1]
    assert kept.id in result.category_ids
    journal.log_win("Logged after the import", category=kept.id)
    book.take_back_import(result, result.notebook)
    assert kept.id in [c.id for c in journal.categories(include_hidden=True)]
    assert [e.text for e in journal.entries()] == ["Logged after the import"]


def test_without_a_notebook_service_import_brings_entries_only(
    source: JournalService,
    notebook: NotebookService,
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    result = import_export(journal, full_text(source, notebook).encode("utf-8"))
    assert result.added == SHAREABLE + 2 and result.notebook.added == 0
    assert book.latest_notes() == {} and book.sessions() == []


def test_a_version_1_file_imports_and_any_notebook_in_it_is_ignored(
    source: JournalService,
    notebook: NotebookService,
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    document = full_document(source, notebook)
    document["version"] = 1
    document["notebook"]["notes"] = "not even a list"
    data = json.dumps(document).encode("utf-8")
    assert read_export_file(data, today=TODAY).notebook is None
    result = import_export(journal, data, notebook=book)
    assert result.added == SHAREABLE + 2 and result.notebook.added == 0
    assert book.latest_notes() == {}


def test_a_failure_part_way_leaves_entries_and_notebook_as_they_were(
    source: JournalService,
    notebook: NotebookService,
    other: tuple[JournalService, NotebookService],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal, book = other
    data = full_text(source, notebook).encode("utf-8")

    def full(*args: object) -> bool:
        raise DiskFull()

    monkeypatch.setattr(notebook_import, "_add_session", full)
    with pytest.raises(DiskFull):
        import_export(journal, data, notebook=book)
    assert journal.count() == 0
    assert book.latest_notes() == {} and book.plan() == [] and book.bring_up_items() == []
    assert [p.text for p in book.phrases()] == list(DEFAULT_PHRASES)


def sample() -> dict[str, Any]:
    return {
        "format": "iop-companion-export",
        "version": 2,
        "entries": [],
        "notebook": {
            "notes": [
                {"section": "works", "text": "Walks", "saved_at": "2026-11-01T10:00:00+00:00"}
            ],
            "bring_up": [{"text": "Zoom", "added_on": "2026-11-01", "brought_up_on": None}],
            "plan": [{"id": 7, "weekday": 1, "at": "18:00", "kind": "group", "note": ""}],
            "sessions": [
                {
                    "day": "2026-11-03",
                    "kind": "group",
                    "attendance": "attended",
                    "at": None,
                    "note": "",
                    "plan": 7,
                    "entry_uid": None,
                }
            ],
            "phrases": [{"text": "I'm here."}],
        },
    }


def changed(part: str, index: int | None = None, **fields: Any) -> dict[str, Any]:
    document = sample()
    if index is None:
        document["notebook"][part] = fields["value"]
    else:
        document["notebook"][part][index].update(fields)
    return document


REFUSED: dict[str, tuple[dict[str, Any], str]] = {
    "a notebook that is a list": (
        {**sample(), "notebook": []},
        'The "notebook" isn\'t written as an object (with notes, bring_up, plan, sessions, '
        "phrases).",
    ),
    "a notebook that is null": (
        {**sample(), "notebook": None},
        'The "notebook" isn\'t written as an object (with notes, bring_up, plan, sessions, '
        "phrases).",
    ),
    "notes not a list": (
        changed("notes", value={"a": 1}),
        'The notebook\'s "notes" should be a list.',
    ),
    "notes that are null": (
        changed("notes", value=None),
        'The notebook\'s "notes" should be a list.',
    ),
    "a note's text that is null": (
        changed("notes", 0, text=None),
        'Notebook note 1\'s "text" should be text.',
    ),
    "a plan item's note that is null": (
        changed("plan", 0, note=None),
        'Plan item 1\'s "note" should be text.',
    ),
    "a session's note that is null": (
        changed("sessions", 0, note=None),
        'Session 1\'s "note" should be text.',
    ),
    "an unknown section": (
        changed("notes", 0, section="feelings"),
        'Notebook note 1\'s "section" should be one of "works", "doesnt_work", "limits", '
        '"triggers", "support".',
    ),
    "a note with no time": (
        changed("notes", 0, saved_at=None),
        'Notebook note 1 has no "saved_at".',
    ),
    "a note time with no offset": (
        changed("notes", 0, saved_at="2026-11-01T10:00:00"),
        'Notebook note 1\'s "saved_at" should be a date and time with its offset, '
        "like 2026-03-14T18:00:00+00:00.",
    ),
    "a note from the future": (
        changed("notes", 0, saved_at="2026-12-30T10:00:00+00:00"),
        "Notebook note 1's \"saved_at\" hasn't come yet.",
    ),
    "a note over the limit": (
        changed("notes", 0, text="x" * 20_001),
        "Notebook note 1's text is longer than 20,000 characters.",
    ),
    "an item to bring up with no words": (
        changed("bring_up", 0, text="  "),
        "Bring-up item 1 has no text.",
    ),
    "an item to bring up with no date": (
        changed("bring_up", 0, added_on=None),
        'Bring-up item 1 has no "added_on".',
    ),
    "brought up in the future": (
        changed("bring_up", 0, brought_up_on="2026-11-28"),
        "Bring-up item 1's \"brought_up_on\" hasn't come yet.",
    ),
    "a weekday out of range": (
        changed("plan", 0, weekday=7),
        'Plan item 1\'s "weekday" should be a whole number from 0 (Monday) to 6.',
    ),
    "a plan item with no id": (
        changed("plan", 0, id=None),
        'Plan item 1\'s "id" should be a whole number from 1 to 1,000,000.',
    ),
    "a time that isn't one": (
        changed("plan", 0, at="25:00"),
        'Plan item 1\'s "at" should be a time like 18:30, or null.',
    ),
    "an unknown attendance": (
        changed("sessions", 0, attendance="absent"),
        'Session 1\'s "attendance" should be one of "attended", "late", "left_early", "missed".',
    ),
    "a session pointing at no plan item": (
        changed("sessions", 0, plan=8),
        'Session 1\'s "plan" should be the "id" of a plan item in the file.',
    ),
    "a session with a strange uid": (
        changed("sessions", 0, entry_uid="a b"),
        'Session 1\'s "entry_uid" should be 1 to 64 letters, digits, "-" or "_".',
    ),
    "a session note over the limit": (
        changed("sessions", 0, note="x" * 2_001),
        "Session 1's note is longer than 2,000 characters.",
    ),
    "a phrase with no words": (changed("phrases", 0, text=""), "Phrase 1 has no text."),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_bad_notebook_is_refused_with_one_sentence(case: str) -> None:
    document, sentence = REFUSED[case]
    with pytest.raises(ImportRefused) as caught:
        read_export(json.dumps(document).encode("utf-8"), today=TODAY)
    assert caught.value.sentence == sentence + NOTHING


def test_two_sessions_of_one_plan_item_on_one_day_are_refused() -> None:
    document = sample()
    document["notebook"]["sessions"].append(dict(document["notebook"]["sessions"][0]))
    with pytest.raises(
        ImportRefused, match="Session 2 has the same plan item and day as session 1"
    ):
        read_export(json.dumps(document).encode("utf-8"), today=TODAY)
    document = sample()
    document["notebook"]["plan"].append(dict(document["notebook"]["plan"][0]))
    with pytest.raises(ImportRefused, match='Plan item 2 has the same "id" as plan item 1'):
        read_export(json.dumps(document).encode("utf-8"), today=TODAY)


def test_a_bad_notebook_brings_in_no_entries_either(
    source: JournalService, other: tuple[JournalService, NotebookService]
) -> None:
    journal, book = other
    document = export_document(source)
    document["notebook"] = changed("phrases", 0, text=None)["notebook"]
    with pytest.raises(ImportRefused):
        import_export(journal, json.dumps(document).encode("utf-8"), notebook=book)
    assert journal.count() == 0 and book.bring_up_items() == []


def test_the_smallest_notebook_file_imports(other: tuple[JournalService, NotebookService]) -> None:
    journal, book = other
    result = import_export(journal, json.dumps(sample()).encode("utf-8"), notebook=book)
    assert (result.added, result.notebook.added, result.notebook.already_there) == (0, 5, 0)
    (session,) = book.sessions()
    assert session.plan_id == book.plan()[0].id and session.entry_id is None
    empty = {"format": "iop-companion-export", "version": 2, "entries": [], "notebook": {}}
    assert (
        import_export(journal, json.dumps(empty).encode("utf-8"), notebook=book).notebook.added == 0
    )
