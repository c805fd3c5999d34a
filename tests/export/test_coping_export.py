"""The coping tools in the JSON export (format version 3) and back through import: all of it
comes back, nothing comes in twice (by uid; a plan version by its parts and time), notes about a
private hard moment never leave, version 2 files still import (any coping part in them ignored),
and a bad record is refused whole, by name, without quoting it."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from iop_companion.core.coping_model import Contact, Halt
from iop_companion.core.journal import JournalService
from iop_companion.core.model import EntryFilter, Kind
from iop_companion.core.notebook import NotebookService, NoteSection
from iop_companion.errors import ImportRefused
from iop_companion.export.data import EXPORT_VERSION, write_json
from iop_companion.export.importer import (
    file_words,
    import_export,
    read_export,
    read_export_file,
)
from iop_companion.vault import Vault
from tests.conftest import PASSPHRASE, FixedClock
from tests.export.helpers import PRIVATE_MARK, without_time

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day
NOTHING = " Nothing was imported."
MARKER = "WORDS-51c0"  # in the person's words below; never in a message


@pytest.fixture
def notebook(vault: Vault, source: JournalService, clock: FixedClock) -> NotebookService:
    """``source``'s notebook with some of every coping tool."""
    book = NotebookService(vault.db, source, clock=clock)
    clock.now = datetime(2026, 9, 1, 9).astimezone()
    book.record_check_in(date(2026, 9, 1), [3, 4, None, 2, 5, 3, 4, 6, 2, 3], note="First one")
    book.save_hard_times_plan(signs="Not sleeping", people=[Contact("Sam", "555-0101")])
    clock.now = datetime(2026, 11, 27, 10, 30).astimezone()
    book.record_check_in(date(2026, 11, 26), [5] * 10)
    book.record_how_i_am(date(2026, 11, 26), words=["hopeful", "wiped out"], halt=[Halt.TIRED])
    book.record_how_i_am(TODAY, line="Went to group — ça compte")
    slip = next(e for e in source.entries() if e.moment_word == "slip" and not e.private)
    book.record_picking_up(slip.id, going_on="Payday", halt=["lonely"], helped="Calling Sam")
    private = next(e for e in source.entries() if e.private and e.kind is Kind.HARD_MOMENT)
    book.record_picking_up(private.id, going_on=f"{PRIVATE_MARK} notes")
    book.save_hard_times_plan(places="The library", remember="This passes.")
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
    write_json(journal, out, notebook=notebook)
    return out.getvalue()


def full_document(journal: JournalService, notebook: NotebookService) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(full_text(journal, notebook))
    return document


def test_the_export_carries_the_coping_tools(
    source: JournalService, notebook: NotebookService
) -> None:
    document = full_document(source, notebook)
    assert document["version"] == EXPORT_VERSION == 3
    book = document["notebook"]
    later, first = book["check_ins"]  # newest first
    assert first["answers"] == [3, 4, None, 2, 5, 3, 4, 6, 2, 3] and first["note"] == "First one"
    assert (later["day"], later["answers"], later["note"]) == ("2026-11-26", [5] * 10, "")
    assert first["uid"] and first["created_at"].endswith("+00:00")
    assert [(h["day"], h["words"], h["halt"], h["line"]) for h in book["how_i_am"]] == [
        ("2026-11-27", [], [], "Went to group — ça compte"),
        ("2026-11-26", ["hopeful", "wiped out"], ["tired"], ""),
    ]
    (notes,) = book["picking_up"]  # the private hard moment's stay behind
    uids = {e["uid"]: e for e in document["entries"]}
    assert uids[notes["entry_uid"]]["moment_word"] == "slip"
    assert (notes["going_on"], notes["halt"], notes["did"], notes["helped"]) == (
        "Payday",
        ["lonely"],
        "",
        "Calling Sam",
    )
    assert [v["places"] for v in book["hard_times_plan"]] == ["", "The library"]  # oldest first
    assert book["hard_times_plan"][1]["people"] == [{"name": "Sam", "number": "555-0101"}]
    assert book["hard_times_plan"][0]["saved_at"].endswith("+00:00")


def test_notes_about_a_private_hard_moment_leave_no_trace(
    source: JournalService, notebook: NotebookService
) -> None:
    text = full_text(source, notebook)
    assert PRIVATE_MARK not in text
    shared = next(n for n in notebook.picking_up_list() if not n.private)
    assert shared.entry_id is not None
    source.edit(shared.entry_id, private=True)
    assert json.loads(full_text(source, notebook))["notebook"]["picking_up"] == []


def test_notes_whose_hard_moment_is_gone_go_without_a_link(
    source: JournalService, notebook: NotebookService
) -> None:
    shared = next(n for n in notebook.picking_up_list() if not n.private)
    assert shared.entry_id is not None
    source.delete(shared.entry_id)
    (notes,) = json.loads(full_text(source, notebook))["notebook"]["picking_up"]
    assert notes["entry_uid"] is None and notes["helped"] == "Calling Sam"


def test_round_trip_brings_every_tool_back_once(
    source: JournalService,
    notebook: NotebookService,
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    first = full_text(source, notebook)
    checked = read_export_file(first.encode("utf-8"), today=TODAY)
    assert checked.notebook is not None
    assert (len(checked.notebook.check_ins), len(checked.notebook.picking_up)) == (2, 1)
    assert file_words(checked).endswith(" and 13 notebook items.")  # 6 of them phrases
    result = import_export(journal, first.encode("utf-8"), notebook=book)
    # 2 check-ins, 2 how I am, 1 picking-up note, 2 plan versions (and 6 phrases already here).
    assert result.notebook.added == 7
    assert without_time(full_document(journal, book)) == without_time(json.loads(first))
    assert [c.uid for c in book.check_ins()] == [c.uid for c in notebook.check_ins()]
    assert book.hard_times_plan_history()[0].people == notebook.hard_times_plan_history()[0].people
    # The notes' hard moment came in with the entries and is linked again, by its uid.
    (notes,) = book.picking_up_list()
    assert notes.entry_id is not None and journal.get(notes.entry_id).moment_word == "slip"
    assert {h.part for h in book.search("sam")} == {"picking_up", "hard_times_plan"}
    assert [h.part for h in book.search("hopeful")] == ["how_i_am"]

    again = import_export(journal, first.encode("utf-8"), notebook=book)
    assert again.notebook.added == 0
    assert without_time(full_document(journal, book)) == without_time(json.loads(first))


def test_taking_the_import_back_removes_the_coping_tools_it_added(
    source: JournalService,
    notebook: NotebookService,
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    mine = book.record_check_in(TODAY, [2] * 10)
    before = without_time(full_document(journal, book))
    result = import_export(journal, full_text(source, notebook).encode("utf-8"), notebook=book)
    book.take_back_import(result, result.notebook)
    assert without_time(full_document(journal, book)) == before
    assert book.check_ins() == [mine]
    assert book.search("library") == []


def test_a_uid_already_here_keeps_the_journals_copy(
    source: JournalService,
    notebook: NotebookService,
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    document = full_document(source, notebook)
    import_export(journal, json.dumps(document).encode("utf-8"), notebook=book)
    document["notebook"]["check_ins"][0]["note"] = "Changed elsewhere"
    document["notebook"]["how_i_am"][0]["line"] = "Changed elsewhere"
    notes = document["notebook"]["picking_up"][0]
    notes["uid"] = "another-uid"  # another set of notes about the same hard moment
    document["notebook"]["hard_times_plan"][0]["signs"] = "Changed elsewhere"
    result = import_export(journal, json.dumps(document).encode("utf-8"), notebook=book)
    # Only the plan version is new: its parts differ (a plan keeps every version).
    assert result.notebook.added == 1
    assert [c.note for c in book.check_ins()] == ["", "First one"]
    assert "Changed elsewhere" not in [h.line for h in book.how_i_am_list()]
    assert [n.uid for n in book.picking_up_list()] == [notes_uid(notebook)]
    history = book.hard_times_plan_history()
    assert len(history) == 3 and history[1].signs == "Changed elsewhere"
    plan = book.hard_times_plan()  # the latest is still the latest
    assert plan is not None and plan.places == "The library"


def notes_uid(notebook: NotebookService) -> str:
    return next(n.uid for n in notebook.picking_up_list() if not n.private)


def test_a_version_2_file_imports_and_ignores_any_coping_part(
    source: JournalService,
    notebook: NotebookService,
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    document = full_document(source, notebook)
    document["version"] = 2
    document["notebook"]["check_ins"] = "not even a list"
    data = json.dumps(document).encode("utf-8")
    checked = read_export_file(data, today=TODAY)
    assert checked.notebook is not None and checked.notebook.check_ins == ()
    result = import_export(journal, data, notebook=book)
    assert result.added == journal.count() > 0 and result.notebook.added == 0
    assert book.check_ins() == [] and book.how_i_am_list() == [] and book.picking_up_list() == []
    assert book.hard_times_plan_history() == []


def test_imported_times_are_kept_or_given(other: tuple[JournalService, NotebookService]) -> None:
    journal, book = other
    document = sample()
    document["notebook"]["check_ins"][0]["created_at"] = None
    document["notebook"]["how_i_am"][0]["created_at"] = "2026-11-01T10:00:00"  # no offset: UTC
    import_export(journal, json.dumps(document).encode("utf-8"), notebook=book)
    (check_in,) = book.check_ins()
    assert check_in.created_at is not None
    assert datetime.now().astimezone() - check_in.created_at < timedelta(minutes=5)
    (how,) = book.how_i_am_list()
    assert how.created_at == datetime(2026, 11, 1, 10, tzinfo=UTC)


def test_what_an_import_adds_is_checked_as_typed_text_is(
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    document = sample()
    how = document["notebook"]["how_i_am"][0]
    how["words"] = ["  Hopeful ", "hopeful", "my  own", ""]
    how["line"] = " Two\nlines "
    person = {"name": "  Dee  ", "number": " 555  0199 "}
    document["notebook"]["hard_times_plan"][0]["people"] = [person, {"name": "", "number": ""}]
    import_export(journal, json.dumps(document).encode("utf-8"), notebook=book)
    (noted,) = book.how_i_am_list()
    assert noted.words == ("hopeful", "my own") and noted.line == "Two lines"
    plan = book.hard_times_plan()
    assert plan is not None and plan.people == (Contact("Dee", "555 0199"),)
    book.add_to_what_i_know_now(NoteSection.WORKS, "Walks")  # the notebook still works


# -- files that can't be imported ---------------------------------------------------------------


def sample() -> dict[str, Any]:
    """The smallest version 3 file with one of each coping record, every field written."""
    return {
        "format": "iop-companion-export",
        "version": 3,
        "entries": [
            {"uid": "m1", "kind": "hard_moment", "day": "2026-11-20", "text": f"{MARKER} hm"}
        ],
        "notebook": {
            "check_ins": [
                {
                    "uid": "c1",
                    "day": "2026-11-20",
                    "answers": [6, 5, 4, 3, 2, 1, None, 6, 6, 6],
                    "note": f"{MARKER} note",
                    "created_at": "2026-11-20T10:00:00.000000+00:00",
                }
            ],
            "how_i_am": [
                {
                    "uid": "h1",
                    "day": "2026-11-20",
                    "words": ["calm", f"{MARKER}"],
                    "halt": ["hungry"],
                    "line": f"{MARKER} line",
                    "created_at": "2026-11-20T10:00:00.000000+00:00",
                }
            ],
            "picking_up": [
                {
                    "uid": "p1",
                    "entry_uid": "m1",
                    "going_on": f"{MARKER} going on",
                    "halt": ["tired"],
                    "did": f"{MARKER} did",
                    "helped": f"{MARKER} helped",
                    "written_at": "2026-11-20T11:00:00.000000+00:00",
                }
            ],
            "hard_times_plan": [
                {
                    "signs": f"{MARKER} signs",
                    "on_my_own": "",
                    "people": [{"name": f"{MARKER} Sam", "number": "555-0101"}],
                    "places": "",
                    "remember": "",
                    "saved_at": "2026-11-20T12:00:00.000000+00:00",
                }
            ],
        },
    }


def changed(part: str, index: int | None = None, **fields: Any) -> dict[str, Any]:
    document = sample()
    if index is None:
        document["notebook"][part] = fields["value"]
    else:
        document["notebook"][part][index].update(fields)
    return document


def person(**fields: Any) -> dict[str, Any]:
    document = sample()
    document["notebook"]["hard_times_plan"][0]["people"][0].update(fields)
    return document


def twice(part: str, **fields: Any) -> dict[str, Any]:
    document = sample()
    second = {**document["notebook"][part][0], **fields}
    document["notebook"][part].append(second)
    return document


REFUSED: dict[str, tuple[dict[str, Any], str]] = {
    "check-ins not a list": (
        changed("check_ins", value={}),
        'The notebook\'s "check_ins" should be a list.',
    ),
    "a check-in that is text": (changed("check_ins", value=["x"]), "Check-in 1 isn't written as"),
    "a check-in with no uid": (changed("check_ins", 0, uid=None), "Check-in 1 has no uid."),
    "a check-in with a strange uid": (
        changed("check_ins", 0, uid="a b"),
        'Check-in 1\'s "uid" should be 1 to 64 letters',
    ),
    "a check-in with no day": (changed("check_ins", 0, day=None), 'Check-in 1 has no "day".'),
    "a check-in from the future": (
        changed("check_ins", 0, day="2026-11-28"),
        "Check-in 1's \"day\" hasn't come yet.",
    ),
    "nine answers": (
        changed("check_ins", 0, answers=[6] * 9),
        'Check-in 1\'s "answers" should be a list of 10 answers',
    ),
    "an answer of 7": (
        changed("check_ins", 0, answers=[7] + [6] * 9),
        'Check-in 1\'s "answers" should be a list of 10 answers',
    ),
    "an answer of true": (
        changed("check_ins", 0, answers=[True] + [6] * 9),
        'Check-in 1\'s "answers" should be a list of 10 answers',
    ),
    "an answer as text": (
        changed("check_ins", 0, answers=["6"] + [6] * 9),
        'Check-in 1\'s "answers" should be a list of 10 answers',
    ),
    "no answers at all": (
        changed("check_ins", 0, answers=[None] * 10),
        "Check-in 1 has no answers: at least one statement needs one.",
    ),
    "a check-in note over the limit": (
        changed("check_ins", 0, note=MARKER + "x" * 2_000),
        "Check-in 1's note is longer than 2,000 characters.",
    ),
    "a check-in note that is null": (
        changed("check_ins", 0, note=None),
        'Check-in 1\'s "note" should be text.',
    ),
    "a check-in time that isn't one": (
        changed("check_ins", 0, created_at="yesterday"),
        'Check-in 1\'s "created_at" should be a date and time',
    ),
    "two check-ins with one uid": (
        twice("check_ins"),
        "Check-in 2 has the same uid as check-in 1.",
    ),
    "words not a list": (
        changed("how_i_am", 0, words="calm"),
        'How I am check-in 1\'s "words" should be a list of words.',
    ),
    "a word that isn't text": (
        changed("how_i_am", 0, words=[3]),
        'How I am check-in 1\'s "word" should be text.',
    ),
    "a word too long": (
        changed("how_i_am", 0, words=[MARKER + "x" * 60]),
        "How I am check-in 1's word is longer than 60 characters.",
    ),
    "too many words": (
        changed("how_i_am", 0, words=[f"{MARKER} {n}" for n in range(21)]),
        "How I am check-in 1 has more than 20 words.",
    ),
    "an unknown HALT tick": (
        changed("how_i_am", 0, halt=["sad"]),
        'How I am check-in 1\'s "halt" should list any of "hungry", "angry", "lonely", "tired".',
    ),
    "HALT that is null": (
        changed("how_i_am", 0, halt=None),
        'How I am check-in 1\'s "halt" should be a list.',
    ),
    "a line over the limit": (
        changed("how_i_am", 0, line=MARKER + "x" * 300),
        "How I am check-in 1's line is longer than 300 characters.",
    ),
    "an empty how I am": (
        changed("how_i_am", 0, words=[], halt=[], line=" "),
        "How I am check-in 1 has no words, HALT ticks or line.",
    ),
    "two how I am with one uid": (
        twice("how_i_am"),
        "How I am check-in 2 has the same uid as how I am check-in 1.",
    ),
    "notes with no uid": (changed("picking_up", 0, uid=None), "Picking-up note 1 has no uid."),
    "notes pointing at a strange uid": (
        changed("picking_up", 0, entry_uid="a b"),
        'Picking-up note 1\'s "entry_uid" should be 1 to 64 letters',
    ),
    "empty notes": (
        changed("picking_up", 0, going_on="", halt=[], did=" ", helped=""),
        "Picking-up note 1 has nothing in it.",
    ),
    "notes too long": (
        changed("picking_up", 0, did=MARKER + "x" * 2_000),
        "Picking-up note 1's did is longer than 2,000 characters.",
    ),
    "two sets of notes for one hard moment": (
        twice("picking_up", uid="p2"),
        "Picking-up note 2 has the same hard moment as picking-up note 1.",
    ),
    "a plan version with no time": (
        changed("hard_times_plan", 0, saved_at=None),
        'Hard-times plan version 1 has no "saved_at".',
    ),
    "a plan version from the future": (
        changed("hard_times_plan", 0, saved_at="2026-12-30T10:00:00+00:00"),
        "Hard-times plan version 1's \"saved_at\" hasn't come yet.",
    ),
    "a plan version without an offset": (
        changed("hard_times_plan", 0, saved_at="2026-11-20T10:00:00"),
        'Hard-times plan version 1\'s "saved_at" should be a date and time with its offset',
    ),
    "a plan part over the limit": (
        changed("hard_times_plan", 0, places=MARKER + "x" * 2_000),
        "Hard-times plan version 1's places is longer than 2,000 characters.",
    ),
    "people not a list": (
        changed("hard_times_plan", 0, people={"name": "Sam"}),
        'Hard-times plan version 1\'s "people" should be a list of people.',
    ),
    "a person that is text": (
        changed("hard_times_plan", 0, people=[f"{MARKER} Sam"]),
        "Hard-times plan version 1's person 1 isn't written as a person",
    ),
    "a number too long": (
        person(number="5" * 81),
        "Hard-times plan version 1's person 1's number is longer than 80 characters.",
    ),
    "a name that isn't text": (
        person(name=7),
        "Hard-times plan version 1's person 1's \"name\" should be text.",
    ),
    "too many people": (
        changed("hard_times_plan", 0, people=[{"name": f"P{n}"} for n in range(21)]),
        "Hard-times plan version 1 has more than 20 people.",
    ),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_bad_coping_record_is_refused_by_name(case: str) -> None:
    document, sentence = REFUSED[case]
    with pytest.raises(ImportRefused) as caught:
        read_export(json.dumps(document).encode("utf-8"), today=TODAY)
    said = caught.value.sentence
    assert said.startswith(sentence), said
    assert said.endswith(NOTHING)
    assert MARKER.casefold() not in said.casefold()
    assert caught.value.__cause__ is None


def test_the_sample_itself_imports(other: tuple[JournalService, NotebookService]) -> None:
    journal, book = other
    result = import_export(journal, json.dumps(sample()).encode("utf-8"), notebook=book)
    assert (result.added, result.notebook.added) == (1, 4)
    (notes,) = book.picking_up_list()
    assert notes.entry_id == journal.entries(EntryFilter())[0].id


def test_a_bad_coping_record_brings_in_nothing_else(
    other: tuple[JournalService, NotebookService],
) -> None:
    journal, book = other
    document = changed("hard_times_plan", 0, saved_at=None)
    with pytest.raises(ImportRefused):
        import_export(journal, json.dumps(document).encode("utf-8"), notebook=book)
    assert journal.count() == 0 and book.check_ins() == [] and book.how_i_am_list() == []
