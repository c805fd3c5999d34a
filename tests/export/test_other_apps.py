"""Journals from other apps (``export/other_apps.py``): what each fixture brings in, what the
preview says, that a second import adds nothing, and the one sentence for each file refused."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from iop_companion import cli_parser
from iop_companion.core.checks import MAX_TEXT_CHARS
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService
from iop_companion.errors import ImportRefused, NotFromThatApp
from iop_companion.export.data import write_json
from iop_companion.export.importer import file_words, import_checked, result_words
from iop_companion.export.other_apps import (
    APPS,
    DAYLIO_COLUMNS,
    MAX_TITLE_CHARS,
    read_other_app,
)
from iop_companion.vault import Vault
from tests.conftest import FixedClock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "other_apps"
TODAY = date(2026, 11, 27)  # the test clock's day


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


def read(app: str, name: str, **options: Any) -> Any:
    return read_other_app(app, FIXTURES / name, today=TODAY, **options)


def exported(journal: JournalService, notebook: NotebookService) -> dict[str, Any]:
    out = io.StringIO()
    write_json(journal, out, notebook=notebook)
    document: dict[str, Any] = json.loads(out.getvalue())
    return document


def fields(document: dict[str, Any]) -> list[tuple[str, str, str, str, list[str]]]:
    """Each exported entry's kind, day, text, note and tags, oldest first."""
    return sorted(
        (e["day"], e["kind"], e["text"], e["note"], e["tags"]) for e in document["entries"]
    )


# -- each format, imported and exported again ---------------------------------------------------


def test_daylio_entries_tags_and_moods_as_the_persons_words(
    journal: JournalService, notebook: NotebookService
) -> None:
    checked = read("daylio", "daylio.csv")
    assert file_words(checked) == (
        "This file holds 5 entries from Daylio. Their moods come in as How I am, each in its "
        "own word. 1 has only a mood, so it comes in as How I am alone."
    )
    result = import_checked(journal, checked, notebook=notebook)
    assert (result.added, result.notebook.added) == (4, 4)
    document = exported(journal, notebook)
    assert fields(document) == [
        (
            "2026-11-23",
            "win",
            "Talked to intake. Not committing yet, and that's fine.",
            "",
            [],
        ),
        ("2026-11-25", "win", "sleep early", "", ["sleep early"]),
        ("2026-11-26", "win", "Called my counselor instead of ghosting", "", []),
        (
            "2026-11-27",
            "win",
            "Went to group",
            "Said one honest sentence.\nStayed for the whole hour.",
            ["friends", "group", "walk"],
        ),
    ]
    moods = sorted((h["day"], h["words"]) for h in document["notebook"]["how_i_am"])
    assert moods == [
        ("2026-11-24", ["okay-ish"]),
        ("2026-11-25", ["rough"]),
        ("2026-11-26", ["meh"]),
        ("2026-11-27", ["good"]),
    ]
    # A word, never a score: no check-in with numbers comes from Daylio.
    assert document["notebook"]["check_ins"] == []


def test_day_one_leaves_photos_out_and_says_so(
    journal: JournalService, notebook: NotebookService
) -> None:
    checked = read("dayone", "dayone.zip")
    assert file_words(checked) == (
        "This file holds 2 entries from Day One. 1 photo or attachment in it stays out: "
        "this app keeps words only."
    )
    import_checked(journal, checked, notebook=notebook)
    assert fields(exported(journal, notebook)) == [
        # 03:30 UTC on the 21st is still the 20th in New York, where it was written.
        (
            "2026-11-20",
            "win",
            "Came back to group",
            "I ghosted before. I'm here now.",
            ["coming back", "group"],
        ),
        ("2026-11-22", "win", "Asked for a new therapist. It took two tries to say it.", "", []),
    ]


def test_a_day_one_entry_with_only_a_photo_stays_out_and_the_preview_says_so() -> None:
    photo = {"identifier": "9F8E", "type": "jpeg"}
    journal = {
        "entries": [
            {"uuid": "A1", "creationDate": "2026-11-20T10:00:00Z", "text": "Went to group"},
            {
                "uuid": "B2",
                "creationDate": "2026-11-21T10:00:00Z",
                "text": "![](dayone-moment://9F8E)",
                "photos": [photo],
            },
        ]
    }
    checked = read_other_app("dayone", json.dumps(journal).encode(), today=TODAY)
    assert [e.text for e in checked.entries.entries] == ["Went to group"]
    assert file_words(checked) == (
        "This file holds 1 entry from Day One. 1 more has no words in it, so it stays out. "
        "1 photo or attachment in it stays out: this app keeps words only."
    )


def test_jrnl_titles_bodies_tags_and_stars(journal: JournalService) -> None:
    checked = read("jrnl", "jrnl.json")
    assert file_words(checked) == "This file holds 3 entries from jrnl."
    import_checked(journal, checked)
    document = io.StringIO()
    write_json(journal, document)
    assert fields(json.loads(document.getvalue())) == [
        (
            "2026-11-20",
            "win",
            "Sat in group without saying a word.",
            "That counts. Next week maybe one sentence.",
            ["group", "starred"],
        ),
        ("2026-11-21", "win", "Asked for a smaller group.", "", []),
        ("2026-11-22", "win", "Long day at @work, but I called Sam.", "", ["work"]),
    ]


def test_markdown_daily_notes_one_entry_a_day(journal: JournalService) -> None:
    checked = read("markdown", "markdown-with-others")
    assert file_words(checked) == (
        "This folder holds 2 entries from Markdown daily notes. 3 other files in the folder stay "
        "out: only notes named like 2026-03-14.md come in."
    )
    import_checked(journal, checked)
    document = io.StringIO()
    write_json(journal, document)
    assert fields(json.loads(document.getvalue())) == [
        (
            "2026-11-18",
            "win",
            "Showed up after a slip",
            "I almost stayed home. I went anyway, #group",
            ["group"],
        ),
        # Front matter stays out; Logseq's underscores name a day too.
        (
            "2026-11-19",
            "win",
            "Told my sponsor about Tuesday. #honesty",
            "- It felt lighter after.",
            ["honesty"],
        ),
    ]


@pytest.mark.parametrize(
    ("app", "name"),
    [
        ("daylio", "daylio.csv"),
        ("dayone", "dayone.zip"),
        ("jrnl", "jrnl.json"),
        ("markdown", "markdown"),
    ],
)
def test_importing_twice_adds_nothing_the_second_time(
    journal: JournalService, notebook: NotebookService, app: str, name: str
) -> None:
    first = import_checked(journal, read(app, name), notebook=notebook)
    again = import_checked(journal, read(app, name), notebook=notebook)
    assert first.added > 0
    assert (again.added, again.already_there, again.notebook.added) == (0, first.added, 0)
    assert result_words(again).startswith("Nothing new to add")
    assert journal.count() == first.added


def test_the_same_words_twice_in_a_file_are_two_entries_every_time(
    journal: JournalService,
) -> None:
    header = "full_date,date,weekday,time,mood,activities,note_title,note\n"
    row = "2026-11-20,November 20,Friday,18:00,,,,Went to group\n"
    data = (header + row + row).encode()
    checked = read_other_app("daylio", data, today=TODAY)
    assert len({e.uid for e in checked.entries.entries}) == 2
    assert import_checked(journal, checked).added == 2
    assert import_checked(journal, read_other_app("daylio", data, today=TODAY)).added == 0


def test_a_long_first_line_gives_its_first_sentence_and_the_note_keeps_the_rest() -> None:
    sentence = "I told the group about the weekend."
    rest = " word" * 100
    data = json.dumps(
        {"entries": [{"title": "", "body": sentence + rest, "date": "2026-11-20"}]}
    ).encode()
    (entry,) = read_other_app("jrnl", data, today=TODAY).entries.entries
    assert (entry.text, entry.note) == (sentence, rest.strip())


def test_a_long_line_without_a_sentence_end_is_cut_at_a_word_and_kept_whole_in_the_note() -> None:
    body = "word " * 100
    data = json.dumps({"entries": [{"body": body, "date": "2026-11-20"}]}).encode()
    (entry,) = read_other_app("jrnl", data, today=TODAY).entries.entries
    assert entry.text.endswith("word…")
    assert len(entry.text) <= MAX_TITLE_CHARS
    assert entry.note == body.strip()


def test_a_title_too_long_for_one_is_kept_whole_in_the_note() -> None:
    title = "word " * 60 + "and more."
    data = json.dumps({"entries": [{"title": title, "body": "Then this.", "date": "2026-11-20"}]})
    (entry,) = read_other_app("jrnl", data.encode(), today=TODAY).entries.entries
    assert entry.text.endswith("…")
    assert entry.note == f"{title.strip()}\n\nThen this."


def test_a_note_that_starts_with_an_empty_heading_takes_its_first_words(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2026-11-20.md").write_text("#\n-\nCalled Sam.\nIt helped.\n", encoding="utf-8")
    (entry,) = read_other_app("markdown", folder, today=TODAY).entries.entries
    assert (entry.text, entry.note) == ("Called Sam.", "It helped.")


def test_a_note_longer_than_an_entry_holds_goes_in_as_several_in_order(
    journal: JournalService,
) -> None:
    paragraph = "Something I want to remember. " * 100 + "\n"
    body = paragraph * 30  # about 90,000 characters
    data = json.dumps({"entries": [{"title": "A long night", "body": body, "date": "2026-11-20"}]})
    checked = read_other_app("jrnl", data.encode(), today=TODAY)
    parts = checked.entries.entries
    assert len(parts) == 5
    assert all(len(p.note) <= MAX_TEXT_CHARS for p in parts)
    assert "longer than one entry here holds" in file_words(checked)
    import_checked(journal, checked)
    kept = sorted(journal.entries(), key=lambda e: e.text)
    assert [e.text for e in kept] == [
        "A long night",
        *(f"A long night (part {n} of 5)" for n in range(2, 6)),
    ]
    assert " ".join(" ".join(e.note.split()) for e in kept) == " ".join(body.split())


# -- files that aren't what they claim ---------------------------------------------------------

NOTHING = " Nothing was imported."


@pytest.mark.parametrize(
    ("app", "name", "error", "sentence"),
    [
        (
            "daylio",
            "daylio-wrong-columns.csv",
            NotFromThatApp,
            "That file isn't a Daylio export: its first line should name the columns "
            "full_date, date, weekday, time, mood, activities, note_title, note.",
        ),
        (
            "daylio",
            "daylio-not-utf8.csv",
            ImportRefused,
            "Line 2 of that file isn't UTF-8 text, so it isn't a Daylio export this app can read.",
        ),
        (
            "daylio",
            "daylio-bad-day.csv",
            ImportRefused,
            'Entry 2\'s "full_date" should be written YYYY-MM-DD, like 2026-03-14.',
        ),
        (
            "dayone",
            "dayone-no-journal.zip",
            NotFromThatApp,
            "That file isn't a Day One export: it should be the zip file Day One exports as "
            "JSON, with Journal.json in it.",
        ),
        (
            "dayone",
            "dayone-not-a-zip.zip",
            NotFromThatApp,
            "That file isn't a Day One export: it should be the zip file Day One exports as "
            "JSON, with Journal.json in it.",
        ),
        (
            "dayone",
            "daylio.csv",
            NotFromThatApp,
            "That file isn't a Day One export: it should be the zip file Day One exports as "
            "JSON, with Journal.json in it.",
        ),
        (
            "jrnl",
            "jrnl-broken.json",
            ImportRefused,
            "That file can't be read as JSON: the problem is at line 2, column 1.",
        ),
        (
            "jrnl",
            "jrnl-not-jrnl.json",
            NotFromThatApp,
            'That file isn\'t a jrnl export: it should be JSON with an "entries" list, as '
            "jrnl --export json writes.",
        ),
        (
            "markdown",
            "jrnl.json",
            NotFromThatApp,
            "That file isn't a folder of daily notes: choose the folder that holds them, "
            "not one note.",
        ),
        (
            "markdown",
            ".",
            NotFromThatApp,
            "That folder has no daily notes in it: they are files named like 2026-03-14.md.",
        ),
    ],
)
def test_each_refusal_is_one_plain_sentence(
    app: str, name: str, error: type[ImportRefused], sentence: str
) -> None:
    with pytest.raises(error) as caught:
        read(app, name)
    assert caught.value.sentence == sentence + NOTHING


def hostile_daylio(path: Path, *, header: str = ",".join(DAYLIO_COLUMNS)) -> Path:
    """A Daylio export whose second entry's note is one cell longer than Python's csv reads
    (131,072 characters), between two ordinary entries."""
    cell = "Went to group. " * 9_000  # 135,000 characters
    path.write_text(
        f"{header}\n"
        "2026-11-20,November 20,Friday,18:02,good,group,Went to group,Stayed the hour.\n"
        f'2026-11-21,November 21,Saturday,18:02,good,group,A long night,"{cell}"\n'
        "2026-11-22,November 22,Sunday,18:02,good,group,Called Sam,It helped.\n",
        encoding="utf-8",
    )
    return path


def test_a_daylio_cell_longer_than_csv_reads_is_refused_by_its_entry(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as caught:
        read_other_app("daylio", hostile_daylio(tmp_path / "daylio.csv"), today=TODAY)
    assert caught.value.sentence == (
        "Entry 2 has over 131,072 characters in one cell, more than this app reads from a "
        "Daylio export." + NOTHING
    )


def test_a_daylio_header_longer_than_csv_reads_is_not_a_daylio_export(tmp_path: Path) -> None:
    header = ",".join(DAYLIO_COLUMNS) + ',"' + "x" * 140_000 + '"'
    with pytest.raises(NotFromThatApp):
        read_other_app("daylio", hostile_daylio(tmp_path / "d.csv", header=header), today=TODAY)


def test_a_zip_member_that_unpacks_too_large_is_refused_before_it_is_read_whole() -> None:
    with pytest.raises(ImportRefused) as caught:
        read("dayone", "dayone-huge.zip", max_bytes=2**20)
    assert caught.value.sentence == (
        "Journal.json in that zip file unpacks to over 1 MB, more than this app imports at "
        "once." + NOTHING
    )


def test_names_that_climb_out_of_the_zip_are_never_read() -> None:
    with zipfile.ZipFile(FIXTURES / "dayone-traversal.zip") as archive:
        assert len(archive.namelist()) == 4  # three of them with folders or ".." in the name
    checked = read("dayone", "dayone-traversal.zip")
    assert len(checked.entries.entries) == 2
    assert file_words(checked).startswith("This file holds 2 entries from Day One.")


def test_a_daily_note_that_isnt_utf8_refuses_the_whole_folder(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    shutil.copytree(FIXTURES / "markdown", folder)
    (folder / "2026-11-20.md").write_bytes(b"# Went to group\n\ncaf\xe9\n")
    with pytest.raises(ImportRefused) as caught:
        read_other_app("markdown", folder, today=TODAY)
    assert caught.value.sentence == (
        "Line 3 of 2026-11-20.md isn't UTF-8 text, so it isn't a note this app can read." + NOTHING
    )


def test_daily_notes_over_the_limit_together_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for day in range(1, 9):  # 150 kB each, every one short enough alone
        (folder / f"2026-11-0{day}.md").write_text("Went to group. " * 10_000, encoding="utf-8")
    with pytest.raises(ImportRefused) as caught:
        read_other_app("markdown", folder, today=TODAY, max_bytes=2**20)
    assert caught.value.sentence == (
        "The daily notes in that folder come to over 1 MB, more than this app imports at once."
        + NOTHING
    )


def test_a_day_yet_to_come_is_refused_by_its_place_in_the_file() -> None:
    with pytest.raises(ImportRefused) as caught:
        read_other_app("daylio", FIXTURES / "daylio.csv", today=date(2026, 11, 26))
    assert caught.value.sentence == "Entry 1's day hasn't come yet." + NOTHING


def test_the_command_line_knows_every_app() -> None:
    assert tuple(APPS) == cli_parser.OTHER_APPS
