"""Files that can't be imported are refused whole, before anything is written, with one plain
sentence that says where the problem is and never quotes what a person wrote."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.errors import ImportRefused, NotAFile
from iop_companion.export import importer
from iop_companion.export.data import EXPORT_VERSION
from iop_companion.export.importer import Source, import_export, read_export
from tests.export.helpers import SHAREABLE, export_document, export_text, without_time

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day
MARKER = "WORDS-9d2e"  # in every text field of the sample; never in a message
NOTHING = " Nothing was imported."

Document = dict[str, Any]


def sample() -> Document:
    return {
        "format": "iop-companion-export",
        "version": 1,
        "app_version": "0.1.0",
        "exported_at": "2026-11-27T18:00:00+00:00",
        "categories": [
            {"name": "Showing up", "position": 0, "hidden": False},
            {"name": f"{MARKER} own", "position": 7, "hidden": True},
        ],
        "entries": [
            {
                "uid": "e1",
                "kind": "win",
                "day": "2026-11-27",
                "text": f"{MARKER} came to group",
                "note": f"{MARKER} note",
                "category": "Showing up",
                "after_hard_moment": True,
                "moment_word": "",
                "tags": [f"{MARKER}tag"],
                "created_at": "2026-11-27T17:00:00.123456+00:00",
                "updated_at": "2026-11-27T17:00:00.123456+00:00",
            },
            {
                "uid": "e2",
                "kind": "hard_moment",
                "day": "2026-11-20",
                "text": f"{MARKER} what happened",
                "note": "",
                "category": None,
                "after_hard_moment": False,
                "moment_word": f"{MARKER}",
                "tags": [],
                "created_at": "2026-11-20T09:00:00+00:00",
                "updated_at": "2026-11-20T09:00:00+00:00",
            },
            {"uid": "e3", "kind": "win", "day": "1900-01-01", "text": f"{MARKER} long ago"},
        ],
    }


def encoded(document: Any) -> bytes:
    try:
        return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate can only be written as "\\ud800"
        return json.dumps(document, indent=1).encode("ascii")


def refusal(data: Source, **options: Any) -> str:
    with pytest.raises(ImportRefused) as caught:
        read_export(data, today=TODAY, **options)
    error = caught.value
    assert error.exit_code == 2
    for said in (error.sentence, repr(error), str(error)):
        assert MARKER.casefold() not in said.casefold()
    assert error.sentence.endswith(NOTHING)
    # No chained exception carries the file's text along.
    assert error.__cause__ is None
    assert error.__context__ is None or error.__suppress_context__
    return error.sentence


def changed(change: Callable[[Document], object]) -> bytes:
    document = sample()
    change(document)
    return encoded(document)


def entry(number: int, **fields: Any) -> Callable[[Document], object]:
    def change(document: Document) -> None:
        document["entries"][number - 1].update(fields)

    return change


def without(number: int, key: str) -> Callable[[Document], object]:
    return lambda document: document["entries"][number - 1].pop(key)


def category(number: int, **fields: Any) -> Callable[[Document], object]:
    return lambda document: document["categories"][number - 1].update(fields)


def test_the_sample_itself_is_fine() -> None:
    plan = read_export(encoded(sample()), today=TODAY)
    assert [e.uid for e in plan.entries] == ["e1", "e2", "e3"]
    assert [(c.name, c.position, c.hidden) for c in plan.categories][1][1:] == (7, True)
    assert MARKER not in repr(plan)
    # A byte-order mark, as some editors write, is fine too.
    assert read_export(b"\xef\xbb\xbf" + encoded(sample()), today=TODAY) == plan


# -- the whole file -----------------------------------------------------------------------------

WHOLE_FILE = {
    "empty": (b"", "That file is empty."),
    "only spaces": (b"  \n\t\n", "That file is empty."),
    "not JSON (a CSV)": (
        b"uid,kind,day\ne1,win,2026-01-01\n",
        "That file can't be read as JSON: the problem is at line 1, column 1.",
    ),
    "not JSON in the middle": (
        encoded(sample()).replace(b'"version": 1,', b'"version": 1', 1),
        "That file can't be read as JSON: the problem is at line 4, column 2.",
    ),
    "something after the end": (
        encoded(sample()) + b"\n}",
        "That file can't be read as JSON: the problem is at line 55, column 1.",
    ),
    "not UTF-8": (
        encoded(sample()).replace(b"came to group", "caf\xe9".encode("latin-1")),
        "Line 23 of that file isn't UTF-8 text, so it isn't an export from this app.",
    ),
    "UTF-16": (
        json.dumps(sample()).encode("utf-16"),
        "Line 1 of that file isn't UTF-8 text, so it isn't an export from this app.",
    ),
    "a list": (
        b"[]",
        "That file isn't an export from this app: it doesn't start with "
        '"format": "iop-companion-export".',
    ),
    "another format": (
        changed(lambda d: d.update(format="something-else")),
        "That file isn't an export from this app: it doesn't start with "
        '"format": "iop-companion-export".',
    ),
    "a newer version": (
        changed(lambda d: d.update(version=EXPORT_VERSION + 1)),
        "That file was made by a newer version of the app. Update the app, then import it again.",
    ),
    "version 0": (
        changed(lambda d: d.update(version=0)),
        "That file's version (0) isn't one this app knows.",
    ),
    "version as text": (
        changed(lambda d: d.update(version="1")),
        'That file has no "version" number, so it can\'t be read safely.',
    ),
    "no version": (
        changed(lambda d: d.pop("version")),
        'That file has no "version" number, so it can\'t be read safely.',
    ),
    "no entries": (changed(lambda d: d.pop("entries")), 'That file has no "entries" list.'),
    "entries not a list": (
        changed(lambda d: d.update(entries={"e1": {}})),
        'That file has no "entries" list.',
    ),
    "categories not a list": (
        changed(lambda d: d.update(categories="Showing up")),
        'The "categories" in that file should be a list.',
    ),
    "a key twice": (
        encoded(sample()).replace(b'"entries": [', b'"entries": [], "entries": [', 1),
        'That file has "entries" twice.',
    ),
    "nested too deeply": (
        b'{"format": "iop-companion-export", "version": 1, "entries": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}",
        "That file is nested too deeply to be an export from this app.",
    ),
}


@pytest.mark.parametrize("case", WHOLE_FILE, ids=list(WHOLE_FILE))
def test_a_file_that_is_not_an_export_is_refused(case: str) -> None:
    data, sentence = WHOLE_FILE[case]
    assert refusal(data) == sentence + NOTHING


# -- one record ---------------------------------------------------------------------------------

RECORDS: dict[str, tuple[Callable[[Document], object], str]] = {
    "no day": (without(2, "day"), "Entry 2 has no day."),
    "a day as a number": (
        entry(1, day=20261101),
        "Entry 1's day should be written YYYY-MM-DD, like 2026-03-14.",
    ),
    "a day that doesn't exist": (
        entry(1, day="2026-02-30"),
        "Entry 1's day should be written YYYY-MM-DD, like 2026-03-14.",
    ),
    "a day in another ISO form": (
        entry(1, day="2026-W01-1"),
        "Entry 1's day should be written YYYY-MM-DD, like 2026-03-14.",
    ),
    "tomorrow": (entry(3, day="2026-11-28"), "Entry 3's day hasn't come yet."),
    "before 1900": (entry(3, day="1899-12-31"), "Entry 3's day is before 1900."),
    "no uid": (without(2, "uid"), "Entry 2 has no uid."),
    "a uid as a number": (
        entry(2, uid=17),
        'Entry 2\'s uid should be 1 to 64 letters, digits, "-" or "_".',
    ),
    "a uid with spaces": (
        entry(2, uid="a b"),
        'Entry 2\'s uid should be 1 to 64 letters, digits, "-" or "_".',
    ),
    "the same uid twice": (entry(3, uid="e1"), "Entry 3 has the same uid as entry 1."),
    "no kind": (without(1, "kind"), "Entry 1 has no kind."),
    "an unknown kind": (
        entry(1, kind="party"),
        'Entry 1\'s "kind" should be "win" or "hard_moment".',
    ),
    "an entry that is a list": (
        lambda d: d["entries"].append(["e4", "win"]),
        "Entry 4 isn't written as an entry (with a uid, kind and day).",
    ),
    "text as a number": (entry(1, text=12), 'Entry 1\'s "text" should be text.'),
    "a win with no words": (entry(3, text="   "), "Entry 3 is a win with no text."),
    "a win with no text at all": (without(3, "text"), "Entry 3 is a win with no text."),
    "text over the limit": (
        entry(1, text=MARKER + "x" * 20_000),
        "Entry 1's text is longer than 20,000 characters, more than one entry can hold.",
    ),
    "a note over the limit": (
        entry(2, note="x" * 20_001),
        "Entry 2's note is longer than 20,000 characters, more than one entry can hold.",
    ),
    "a note as a list": (entry(2, note=["x"]), 'Entry 2\'s "note" should be text.'),
    "a note that is null": (entry(1, note=None), 'Entry 1\'s "note" should be text.'),
    "a hard moment's text that is null": (
        entry(2, text=None),
        'Entry 2\'s "text" should be text.',
    ),
    "a lone surrogate": (
        entry(1, text=MARKER + "\ud800"),
        "Entry 1's text has characters that can't be saved.",
    ),
    "a NUL in the note": (
        entry(1, note=MARKER + "\x00"),
        "Entry 1's note has characters that can't be saved.",
    ),
    "a category as a number": (entry(1, category=3), 'Entry 1\'s "category" should be text.'),
    "a category name over 60": (
        entry(1, category="x" * 61),
        "Entry 1's category is longer than 60 characters.",
    ),
    "a hard moment in a category": (
        entry(2, category="Showing up"),
        "Entry 2 is a hard moment with a category; they don't go in one.",
    ),
    "a hard moment after a hard moment": (
        entry(2, after_hard_moment=True),
        'Entry 2 is a hard moment marked "after_hard_moment".',
    ),
    "a win with a moment word": (
        entry(1, moment_word="slip"),
        'Entry 1 is a win with a "moment_word"; only hard moments have one.',
    ),
    "a moment word that is null": (
        entry(2, moment_word=None),
        'Entry 2\'s "moment_word" should be text.',
    ),
    "a win's moment word that is null": (
        entry(1, moment_word=None),
        'Entry 1\'s "moment_word" should be text.',
    ),
    "a moment word over 60": (
        entry(2, moment_word="x" * 61),
        "Entry 2's moment_word is longer than 60 characters.",
    ),
    "after_hard_moment as text": (
        entry(1, after_hard_moment="yes"),
        'Entry 1\'s "after_hard_moment" should be true or false.',
    ),
    "tags that are null": (entry(1, tags=None), 'Entry 1\'s "tags" should be a list of words.'),
    "tags as one string": (entry(1, tags="group"), 'Entry 1\'s "tags" should be a list of words.'),
    "a tag that is a number": (
        entry(1, tags=["a", 2]),
        'Entry 1\'s "tags" should be a list of words.',
    ),
    "a tag over 60": (entry(1, tags=["x" * 61]), "Entry 1's tag is longer than 60 characters."),
    "a time that isn't one": (
        entry(2, created_at="yesterday"),
        'Entry 2\'s "created_at" should be a date and time like 2026-03-14T18:00:00+00:00.',
    ),
    "a day with no time of day": (
        entry(1, created_at="2026-11-27"),
        'Entry 1\'s "created_at" should be a date and time like 2026-03-14T18:00:00+00:00.',
    ),
    "a time as a number": (
        entry(1, updated_at=1764262800),
        'Entry 1\'s "updated_at" should be a date and time like 2026-03-14T18:00:00+00:00.',
    ),
    "a private entry": (
        entry(2, private=True),
        "Entry 2 is marked private. Private entries stay out of exports.",
    ),
    "a field twice": (
        lambda d: None,  # made below, in the bytes
        'Entry 3 has "text" twice.',
    ),
    "a category with no name": (
        lambda d: d["categories"][0].pop("name"),
        "Category 1 has no name.",
    ),
    "a category named with spaces only": (category(2, name="  "), "Category 2 has no name."),
    "a category as text": (
        lambda d: d["categories"].append("Honesty"),
        "Category 3 isn't written as a category (with a name).",
    ),
    "the same category twice": (
        category(2, name="SHOWING   up"),
        "Category 2 has the same name as category 1.",
    ),
    "hidden as text": (category(1, hidden="no"), 'Category 1\'s "hidden" should be true or false.'),
    "a negative position": (
        category(2, position=-1),
        'Category 2\'s "position" should be a whole number from 0 to 1,000,000.',
    ),
    "a position that is true": (
        category(2, position=True),
        'Category 2\'s "position" should be a whole number from 0 to 1,000,000.',
    ),
    "a position that is null": (
        category(2, position=None),
        'Category 2\'s "position" should be a whole number from 0 to 1,000,000.',
    ),
    "a huge position": (
        category(2, position=10**30),
        'Category 2\'s "position" should be a whole number from 0 to 1,000,000.',
    ),
}


def record_case(case: str) -> bytes:
    change, _ = RECORDS[case]
    if case == "a field twice":
        return encoded(sample()).replace(b'"uid": "e3",', b'"uid": "e3", "text": "x",', 1)
    return changed(change)


@pytest.mark.parametrize("case", RECORDS, ids=list(RECORDS))
def test_a_wrong_record_is_named_and_nothing_goes_in(case: str) -> None:
    assert refusal(record_case(case)) == RECORDS[case][1] + NOTHING


def test_only_the_first_problem_is_named() -> None:
    document = sample()
    document["entries"][1].pop("day")
    document["entries"][2]["kind"] = "?"
    assert refusal(encoded(document)) == "Entry 2 has no day." + NOTHING


# -- cut short, too large, not there ------------------------------------------------------------


def test_a_file_cut_short_anywhere_is_refused_and_nothing_goes_in(
    source: JournalService, other_journal: JournalService
) -> None:
    data = export_text(source).encode("utf-8")
    whole = len(data.rstrip())
    cuts = sorted({*range(1, whole, 23), whole - 1, whole - 2, data.index("😊".encode()) + 2})
    before = export_document(other_journal)
    for cut in cuts:
        sentence = refusal(data[:cut])
        assert sentence.startswith("That file ends too early (line "), (cut, sentence)
        assert "it may have been cut off while it was copied." in sentence
        with pytest.raises(ImportRefused):
            import_export(other_journal, data[:cut])
    assert other_journal.count() == 0
    assert without_time(export_document(other_journal)) == without_time(before)
    # The whole file goes in.
    assert import_export(other_journal, data).added == SHAREABLE


def test_a_bad_file_changes_nothing_in_a_journal_with_entries(
    source: JournalService, tmp_path: Path
) -> None:
    before = export_document(source)
    count = source.count()
    categories = source.categories(include_hidden=True)
    for data in (
        b"",
        changed(lambda d: d.update(version=EXPORT_VERSION + 1)),
        record_case("a hard moment in a category"),
        record_case("the same uid twice"),
        record_case("a private entry"),
        record_case("a tag over 60"),
        # Fine until its last entry: new categories and entries come before it in the file.
        changed(lambda d: d["entries"].append({"uid": "e4", "kind": "win", "day": "2026-11-28"})),
    ):
        path = tmp_path / "bad.json"
        path.write_bytes(data)
        with pytest.raises(ImportRefused):
            import_export(source, path)
    assert source.count() == count
    assert source.categories(include_hidden=True) == categories
    assert without_time(export_document(source)) == without_time(before)
    assert source.search(MARKER) == []


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:  # sparse: no time or disk spent
        handle.truncate(importer.MAX_BYTES + 1)
    sentence = refusal(huge)
    assert sentence == "That file is over 200 MB, more than this app imports at once." + NOTHING


def test_the_limit_counts_bytes_given_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    data = encoded(sample())
    assert read_export(data, today=TODAY, max_bytes=len(data))
    assert refusal(data, max_bytes=len(data) - 1) == (
        f"That file is over {len(data) - 1:,} bytes, more than this app imports at once." + NOTHING
    )
    monkeypatch.setattr(importer, "MAX_BYTES", 100)
    assert refusal(data).startswith("That file is over 100 bytes")


def test_a_file_that_is_not_there_or_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as caught:
        read_export(tmp_path / "nowhere.json")
    assert caught.value.sentence == (
        "That file couldn't be read. Check its name and folder, and try again."
    )
    with pytest.raises(NotAFile):  # the reader itself says so, with no check before it
        read_export(tmp_path)
