"""My plan for hard times: one plan, every saved version kept, the program's number read from
the person's own details (one copy), and the plain text for a copy on the unlock screen, only
when the person chooses it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from iop_companion.core.coping_model import (
    PLAN_TITLES,
    UNLOCK_SCREEN_WARNING,
    Contact,
    HardTimesPlan,
    plan_text,
)
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService
from iop_companion.core.own_details import OwnDetails
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.vault import Vault
from tests.conftest import FixedClock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


def test_the_plan_speaks_in_the_apps_own_words() -> None:
    assert PLAN_TITLES == {
        "signs": "What tells me a hard time is coming",
        "on_my_own": "What I can do on my own",
        "people": "People I can call or text",
        "places": "Places that help",
        "remember": "What I want to remember",
        "program": "My program's number",
    }
    assert "not encrypted" in UNLOCK_SCREEN_WARNING


def test_a_new_journal_has_no_plan(notebook: NotebookService) -> None:
    assert notebook.hard_times_plan() is None and notebook.hard_times_plan_history() == []
    assert notebook.hard_times_text() == "" and notebook.unlock_screen_text() == ""


def test_saving_keeps_every_version(notebook: NotebookService, clock: FixedClock) -> None:
    first = notebook.save_hard_times_plan(
        signs=" Not sleeping ",
        people=[Contact(" Sam ", " 555 0101 "), Contact("", ""), Contact(number="988")],
    )
    assert first is not None
    assert first.signs == "Not sleeping" and first.saved_at == clock.now
    assert first.people == (Contact("Sam", "555 0101"), Contact("", "988"))
    assert "Sam" not in repr(first) and "Sam" not in repr(first.people)
    clock.now += timedelta(hours=1)
    second = notebook.save_hard_times_plan(places="The library")  # the rest as it was
    assert second is not None
    assert (second.signs, second.people, second.places) == (
        "Not sleeping",
        first.people,
        "The library",
    )
    assert notebook.hard_times_plan() == second
    assert notebook.hard_times_plan_history() == [second, first]
    assert notebook.save_hard_times_plan(places="The library ") is None  # nothing changed
    assert notebook.save_hard_times_plan() is None


def test_an_emptied_plan_keeps_its_history(notebook: NotebookService) -> None:
    kept = notebook.save_hard_times_plan(remember="I've come back before.")
    emptied = notebook.save_hard_times_plan(remember="")
    assert emptied is not None and emptied.is_empty
    assert notebook.hard_times_plan() is None
    assert notebook.hard_times_plan_history() == [emptied, kept]


def test_a_clock_set_back_never_hides_the_newest_version(
    notebook: NotebookService, clock: FixedClock
) -> None:
    notebook.save_hard_times_plan(signs="One")
    clock.now -= timedelta(days=3)
    newer = notebook.save_hard_times_plan(signs="Two")
    assert notebook.hard_times_plan() == newer


def test_only_the_latest_version_can_be_taken_back(notebook: NotebookService) -> None:
    first = notebook.save_hard_times_plan(signs="One")
    second = notebook.save_hard_times_plan(signs="Two")
    assert first is not None and second is not None
    with pytest.raises(NotInNotebook):
        notebook.take_back_hard_times_plan(first)
    notebook.take_back_hard_times_plan(second)
    assert notebook.hard_times_plan() == first


def test_parts_are_checked(notebook: NotebookService) -> None:
    with pytest.raises(InvalidEntry, match="2,000 characters"):
        notebook.save_hard_times_plan(signs="x" * 2001)
    with pytest.raises(InvalidEntry, match="under 60 characters"):
        notebook.save_hard_times_plan(people=[Contact("x" * 61, "1")])
    with pytest.raises(InvalidEntry, match="long number"):
        notebook.save_hard_times_plan(people=[Contact("Sam", "1" * 81)])
    with pytest.raises(InvalidEntry, match="up to 20 people"):
        notebook.save_hard_times_plan(people=[Contact(f"P{n}", "1") for n in range(21)])
    with pytest.raises(InvalidEntry, match="can't be saved"):
        notebook.save_hard_times_plan(places="a\x00")
    assert notebook.hard_times_plan_history() == []


def test_the_program_number_is_the_one_in_own_details(
    notebook: NotebookService, vault: Vault
) -> None:
    OwnDetails(vault.db).set_program_phone("Harbor IOP 555-0142")
    notebook.save_hard_times_plan(
        signs="Skipping meals",
        on_my_own="A walk\nA shower",
        people=[Contact("Sam", "555-0101"), Contact("Dee")],
        places="The library",
        remember="This passes.",
    )
    assert notebook.hard_times_text() == (
        "My plan for hard times\n\n"
        "What tells me a hard time is coming\nSkipping meals\n\n"
        "What I can do on my own\nA walk\nA shower\n\n"
        "People I can call or text\nSam: 555-0101\nDee\n\n"
        "Places that help\nThe library\n\n"
        "What I want to remember\nThis passes.\n\n"
        "My program's number\nHarbor IOP 555-0142\n"
    )


def test_plan_text_leaves_out_what_is_empty() -> None:
    plan = HardTimesPlan(1, datetime(2026, 11, 27).astimezone(), places="Church basement")
    assert plan_text(plan) == "My plan for hard times\n\nPlaces that help\nChurch basement\n"
    assert plan_text(None, "555-0142") == (
        "My plan for hard times\n\nMy program's number\n555-0142\n"
    )
    assert plan_text(None) == ""


def test_the_unlock_screen_copy_is_off_until_chosen(notebook: NotebookService) -> None:
    notebook.save_hard_times_plan(remember="Call before it gets late.")
    assert not notebook.plan_on_unlock_screen
    assert notebook.unlock_screen_text() == ""
    assert notebook.set_plan_on_unlock_screen(True)
    assert notebook.plan_on_unlock_screen
    assert notebook.unlock_screen_text() == notebook.hard_times_text() != ""
    notebook.set_plan_on_unlock_screen(False)
    assert notebook.unlock_screen_text() == ""
