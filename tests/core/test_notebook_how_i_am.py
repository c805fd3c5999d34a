"""How I am, in words: a check-in without a score (words from the list or the person's own,
HALT, one line), context on the timeline by day range, edited and deleted as the person likes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from iop_companion.core.coping_model import (
    FEELING_WORDS,
    HALT_TITLES,
    MAX_HOW_I_AM_WORDS,
    Halt,
)
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.vault import Vault
from tests.conftest import FixedClock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


def test_the_short_list_and_halt() -> None:
    assert FEELING_WORDS == (
        "calm",
        "tired",
        "lonely",
        "angry",
        "hopeful",
        "anxious",
        "proud",
        "numb",
        "grateful",
        "restless",
    )
    assert [HALT_TITLES[h] for h in Halt] == ["Hungry", "Angry", "Lonely", "Tired"]


def test_words_halt_and_a_line_are_kept(notebook: NotebookService, clock: FixedClock) -> None:
    noted = notebook.record_how_i_am(
        TODAY,
        words=["Hopeful", "  worn   out ", "hopeful", "calm", ""],
        halt=["tired", Halt.HUNGRY, "tired"],
        line="  Long day,\nbut I went  ",
    )
    # List words as the list writes them, the person's own with spaces collapsed, each once.
    assert noted.words == ("hopeful", "worn out", "calm")
    assert noted.own_words == ("worn out",)
    assert noted.halt == (Halt.HUNGRY, Halt.TIRED)  # in HALT's order
    assert noted.line == "Long day, but I went"
    assert noted.day == TODAY and noted.uid and noted.created_at == clock.now
    assert notebook.how_i_am(noted.id) == noted
    assert "worn" not in repr(noted) and "Long" not in repr(noted)


def test_any_one_part_is_enough_but_not_none(notebook: NotebookService) -> None:
    assert notebook.record_how_i_am(TODAY, words=["numb"]).words == ("numb",)
    assert notebook.record_how_i_am(TODAY, halt=[Halt.LONELY]).halt == (Halt.LONELY,)
    assert notebook.record_how_i_am(TODAY, line="Okay today").line == "Okay today"
    with pytest.raises(InvalidEntry, match="Any one is enough"):
        notebook.record_how_i_am(TODAY, words=["  "], line="  \n")
    assert len(notebook.how_i_am_list()) == 3


def test_words_and_lines_are_checked_as_typed_text_is(notebook: NotebookService) -> None:
    with pytest.raises(InvalidEntry, match="under 60 characters"):
        notebook.record_how_i_am(TODAY, words=["x" * 61])
    with pytest.raises(InvalidEntry, match="can't be saved"):
        notebook.record_how_i_am(TODAY, words=["a\udc80"])
    with pytest.raises(InvalidEntry, match=f"up to {MAX_HOW_I_AM_WORDS} words"):
        notebook.record_how_i_am(TODAY, words=[f"word {n}" for n in range(21)])
    with pytest.raises(InvalidEntry, match="under 300 characters"):
        notebook.record_how_i_am(TODAY, line="x" * 301)
    with pytest.raises(InvalidEntry, match="hasn't come yet"):
        notebook.record_how_i_am(TODAY + timedelta(days=1), words=["calm"])
    with pytest.raises(TypeError):
        notebook.record_how_i_am(TODAY, words="calm")
    with pytest.raises(ValueError):
        notebook.record_how_i_am(TODAY, halt=["sad"])
    assert notebook.how_i_am_list() == []


def test_the_timeline_reads_a_range_of_days_newest_first(
    notebook: NotebookService, clock: FixedClock
) -> None:
    early = notebook.record_how_i_am(date(2026, 11, 1), words=["anxious"])
    middle = notebook.record_how_i_am(date(2026, 11, 15), words=["calm"])
    late = notebook.record_how_i_am(TODAY, words=["proud"])
    clock.now += timedelta(minutes=1)
    later = notebook.record_how_i_am(TODAY, words=["tired"])
    assert notebook.how_i_am_list() == [later, late, middle, early]
    assert notebook.how_i_am_list(date(2026, 11, 2), date(2026, 11, 27)) == [later, late, middle]
    assert notebook.how_i_am_list(until=date(2026, 11, 15)) == [middle, early]
    assert notebook.how_i_am_list(date(2026, 11, 16), date(2026, 11, 26)) == []


def test_editing_changes_only_what_is_given(notebook: NotebookService) -> None:
    noted = notebook.record_how_i_am(TODAY, words=["calm"], halt=[Halt.TIRED], line="Fine")
    edited = notebook.edit_how_i_am(noted.id, words=["restless", "my own"])
    assert (edited.words, edited.halt, edited.line) == (
        ("restless", "my own"),
        (Halt.TIRED,),
        "Fine",
    )
    edited = notebook.edit_how_i_am(noted.id, halt=[], day=date(2026, 11, 26))
    assert edited.halt == () and edited.day == date(2026, 11, 26) and edited.uid == noted.uid
    with pytest.raises(InvalidEntry):
        notebook.edit_how_i_am(noted.id, words=[], line="")
    assert notebook.how_i_am(noted.id) == edited


def test_a_deleted_one_comes_back_as_itself(notebook: NotebookService) -> None:
    noted = notebook.record_how_i_am(TODAY, words=["grateful", "seen"], halt=["angry"], line="Hi")
    notebook.delete_how_i_am(noted.id)
    assert notebook.how_i_am_list() == []
    with pytest.raises(NotInNotebook):
        notebook.how_i_am(noted.id)
    assert notebook.restore_how_i_am(noted) == noted
    assert notebook.how_i_am_list() == [noted]


def test_a_check_in_in_two_lines_for_lists_and_the_timeline() -> None:
    from iop_companion.core.coping_model import HowIAm, halt_words, how_i_am_lines

    day = date(2026, 11, 27)
    full = HowIAm(1, "u", day, ("calm", "a bit wobbly"), (Halt.TIRED, Halt.HUNGRY), "Went.")
    assert how_i_am_lines(full) == ("Calm, a bit wobbly", "Quick check: hungry, tired  ·  Went.")
    assert how_i_am_lines(HowIAm(2, "u", day, halt=(Halt.LONELY,))) == ("Quick check: lonely", "")
    assert how_i_am_lines(HowIAm(3, "u", day, line="Only a line.")) == ("Only a line.", "")
    assert how_i_am_lines(HowIAm(4, "u", day, halt=(Halt.ANGRY,), line="Both.")) == (
        "Quick check: angry",
        "Both.",
    )
    assert halt_words(()) == ""
