"""The notebook's "what I know now" (every version kept, read back as of a day) and its phrases
for coming back, on a real encrypted vault."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import (
    MAX_NOTE_CHARS,
    MAX_PHRASE_CHARS,
    SECTION_PROMPTS,
    SECTION_TITLES,
    NotebookService,
    NoteSection,
)
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.vault import Vault
from iop_companion.vault.schema import DEFAULT_PHRASES
from tests.conftest import FixedClock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


def at(clock: FixedClock, day: date, hour: int = 12) -> None:
    clock.now = datetime(day.year, day.month, day.day, hour).astimezone()


# -- what I know now ----------------------------------------------------------------------------


def test_every_section_has_a_title_and_a_gentle_prompt() -> None:
    assert set(SECTION_TITLES) == set(SECTION_PROMPTS) == set(NoteSection)
    assert [SECTION_TITLES[s] for s in NoteSection] == [
        "What works",
        "What doesn't work",
        "My limits",
        "My triggers",
        "The support I need",
    ]
    assert "not what someone else thinks you should want" in SECTION_PROMPTS[NoteSection.SUPPORT]


def test_a_new_notebook_has_no_notes(notebook: NotebookService) -> None:
    assert notebook.latest_notes() == {}
    for section in NoteSection:
        assert notebook.note(section) is None
        assert notebook.note_history(section) == []
    assert notebook.notes_as_of(TODAY) == {}


def test_saving_a_note_trims_it_and_dates_it_now(
    notebook: NotebookService, clock: FixedClock
) -> None:
    saved = notebook.save_note(NoteSection.TRIGGERS, "  Friday nights alone\n")
    assert saved is not None
    assert (saved.section, saved.text, saved.title) == (
        NoteSection.TRIGGERS,
        "Friday nights alone",
        "My triggers",
    )
    assert saved.saved_at == clock.now
    assert saved.saved_at.tzinfo is not None and saved.day == TODAY
    assert notebook.note(NoteSection.TRIGGERS) == saved
    assert notebook.latest_notes() == {NoteSection.TRIGGERS: saved}
    assert "Friday" not in repr(saved)


def test_an_unchanged_save_makes_no_new_version(notebook: NotebookService) -> None:
    first = notebook.save_note(NoteSection.WORKS, "Calling my sister")
    assert notebook.save_note(NoteSection.WORKS, "Calling my sister") is None
    assert notebook.save_note(NoteSection.WORKS, "  Calling my sister  ") is None
    assert notebook.note_history(NoteSection.WORKS) == [first]
    assert notebook.save_note(NoteSection.LIMITS, "   ") is None  # nothing there, nothing saved
    assert notebook.note_history(NoteSection.LIMITS) == []


def test_older_versions_are_kept_newest_first(notebook: NotebookService, clock: FixedClock) -> None:
    at(clock, date(2026, 3, 3))
    march = notebook.save_note(NoteSection.SUPPORT, "Someone to text after group")
    at(clock, date(2026, 6, 10))
    june = notebook.save_note(NoteSection.SUPPORT, "One-on-one time every week")
    assert notebook.note_history(NoteSection.SUPPORT) == [june, march]
    assert notebook.note(NoteSection.SUPPORT) == june


def test_undo_takes_back_only_the_latest_version(notebook: NotebookService) -> None:
    first = notebook.save_note(NoteSection.LIMITS, "No more than two groups a week")
    second = notebook.save_note(NoteSection.LIMITS, "Two groups, one call")
    assert first is not None and second is not None
    with pytest.raises(NotInNotebook):
        notebook.take_back_note(first)  # never a hole in the middle of the history
    notebook.take_back_note(second)
    assert notebook.note_history(NoteSection.LIMITS) == [first]
    assert notebook.note(NoteSection.LIMITS) == first
    assert notebook.search("call") == []
    with pytest.raises(NotInNotebook):
        notebook.take_back_note(second)


def test_what_i_knew_in_march(notebook: NotebookService, clock: FixedClock) -> None:
    at(clock, date(2026, 3, 3))
    march_works = notebook.save_note(NoteSection.WORKS, "Morning walks")
    march_limits = notebook.save_note(NoteSection.LIMITS, "No more than two groups a week")
    at(clock, date(2026, 4, 2))
    april_works = notebook.save_note(NoteSection.WORKS, "Morning walks, and calling Sam")
    emptied = notebook.save_note(NoteSection.LIMITS, "")
    at(clock, date(2026, 11, 20))
    notebook.save_note(NoteSection.TRIGGERS, "Payday")

    assert notebook.notes_as_of(date(2026, 3, 31)) == {
        NoteSection.WORKS: march_works,
        NoteSection.LIMITS: march_limits,
    }
    assert notebook.notes_as_of(date(2026, 3, 2)) == {}
    assert notebook.notes_as_of(date(2026, 4, 30)) == {NoteSection.WORKS: april_works}
    assert list(notebook.notes_as_of(TODAY)) == [NoteSection.WORKS, NoteSection.TRIGGERS]
    # Emptying a section is a version of its own; the old words stay in the history.
    assert emptied is not None and emptied.text == ""
    assert notebook.note(NoteSection.LIMITS) is None
    assert NoteSection.LIMITS not in notebook.latest_notes()
    assert notebook.note_history(NoteSection.LIMITS) == [emptied, march_limits]


def test_latest_notes_come_in_section_order(notebook: NotebookService) -> None:
    for section in reversed(NoteSection):
        notebook.save_note(section, f"About {section.value}")
    assert list(notebook.latest_notes()) == list(NoteSection)


def test_a_clock_set_back_never_hides_the_newest_version(
    notebook: NotebookService, clock: FixedClock
) -> None:
    notebook.save_note(NoteSection.WORKS, "Before")
    clock.now -= timedelta(days=2)
    after = notebook.save_note(NoteSection.WORKS, "After")
    assert after is not None
    assert notebook.note(NoteSection.WORKS) == after
    assert notebook.note_history(NoteSection.WORKS)[0] == after


def test_a_note_too_long_or_unsaveable_is_refused(notebook: NotebookService) -> None:
    with pytest.raises(InvalidEntry, match="more than one section holds"):
        notebook.save_note(NoteSection.WORKS, "x" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(InvalidEntry, match="can't be saved"):
        notebook.save_note(NoteSection.WORKS, "a\x00b")
    with pytest.raises(InvalidEntry, match="can't be saved"):
        notebook.save_note(NoteSection.WORKS, "a\ud800b")
    assert notebook.note_history(NoteSection.WORKS) == []
    assert notebook.save_note(NoteSection.WORKS, "x" * MAX_NOTE_CHARS) is not None


def test_sections_are_taken_by_value_too(notebook: NotebookService) -> None:
    saved = notebook.save_note(NoteSection("doesnt_work"), "Going it alone")
    assert saved is not None and saved.title == "What doesn't work"
    with pytest.raises(ValueError):
        notebook.save_note("feelings", "x")  # type: ignore[arg-type]


# -- phrases for coming back --------------------------------------------------------------------


def test_the_program_phrases_are_there_from_the_start(notebook: NotebookService) -> None:
    phrases = notebook.phrases()
    assert [p.text for p in phrases] == list(DEFAULT_PHRASES)
    assert [p.position for p in phrases] == list(range(len(DEFAULT_PHRASES)))
    assert "I ghosted before. I'm here now." in DEFAULT_PHRASES
    assert "I'm just here to listen today." in DEFAULT_PHRASES


def test_add_edit_and_move_phrases(notebook: NotebookService) -> None:
    added = notebook.add_phrase("  I want to try again.  ")
    assert added.text == "I want to try again."
    assert notebook.phrases()[-1] == added
    edited = notebook.edit_phrase(added.id, "I want to try again, slowly.")
    assert (edited.id, edited.text) == (added.id, "I want to try again, slowly.")
    order = notebook.move_phrase(added.id, 0)
    assert order[0].id == added.id and [p.position for p in order] == list(range(len(order)))
    assert notebook.move_phrase(added.id, 99)[-1].id == added.id


def test_a_phrase_needs_words_fits_and_is_there_once(notebook: NotebookService) -> None:
    with pytest.raises(InvalidEntry, match="Write the phrase first"):
        notebook.add_phrase("  ")
    with pytest.raises(InvalidEntry, match=f"up to {MAX_PHRASE_CHARS} characters"):
        notebook.add_phrase("x" * (MAX_PHRASE_CHARS + 1))
    with pytest.raises(InvalidEntry, match="already in your list"):
        notebook.add_phrase("i fell off.")
    first = notebook.phrases()[0]
    assert notebook.edit_phrase(first.id, first.text.upper()).text == first.text.upper()
    with pytest.raises(InvalidEntry, match="already in your list"):
        notebook.edit_phrase(first.id, "I'm here now.")
    assert len(notebook.phrases()) == len(DEFAULT_PHRASES)


def test_a_deleted_phrase_comes_back_with_undo(notebook: NotebookService) -> None:
    phrase = notebook.phrases()[2]
    notebook.delete_phrase(phrase.id)
    assert phrase not in notebook.phrases()
    with pytest.raises(NotInNotebook):
        notebook.delete_phrase(phrase.id)
    with pytest.raises(NotInNotebook):
        notebook.edit_phrase(phrase.id, "Something else")
    assert notebook.restore_phrase(phrase) == phrase
    assert notebook.restore_phrase(phrase) == phrase  # twice is harmless
    assert notebook.phrases()[2] == phrase


def test_the_notebook_holds_own_words_once_anything_is_written(notebook) -> None:
    """Backups wait for a journal to hold something of the person's: the program's phrases,
    as they come, are not that."""
    assert not notebook.holds_own_words()
    phrase = notebook.phrases()[0]
    notebook.edit_phrase(phrase.id, "I came anyway.")
    assert notebook.holds_own_words()
    notebook.edit_phrase(phrase.id, phrase.text)
    assert not notebook.holds_own_words()
    notebook.add_bring_up("A smaller group would help.")
    assert notebook.holds_own_words()
