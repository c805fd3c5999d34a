"""Things I want to bring up: the person's own list, marked as brought up with the day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import (
    BRING_UP_SUGGESTIONS,
    MAX_BRING_UP_CHARS,
    NotebookService,
)
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.vault import Vault
from tests.conftest import FixedClock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


def test_suggestions_are_the_programs_own_words() -> None:
    assert BRING_UP_SUGGESTIONS == (
        "I don't feel safe in this group.",
        "I hate being on Zoom.",
        "I need more one-on-one time.",
        "I want a new therapist.",
        "A smaller group would help.",
    )


def test_an_item_is_added_open_dated_today_at_the_end(notebook: NotebookService) -> None:
    first = notebook.add_bring_up(BRING_UP_SUGGESTIONS[1])
    second = notebook.add_bring_up("  I'd like the group earlier in the day ")
    assert (first.text, first.added_on, first.brought_up_on, first.is_open) == (
        "I hate being on Zoom.",
        TODAY,
        None,
        True,
    )
    assert second.text == "I'd like the group earlier in the day"
    assert second.position > first.position
    assert notebook.bring_up_items() == [first, second]
    assert notebook.bring_up_item(first.id) == first
    assert "Zoom" not in repr(first)


def test_an_item_needs_words_and_fits(notebook: NotebookService) -> None:
    with pytest.raises(InvalidEntry, match="Write a few words about what you want to bring up"):
        notebook.add_bring_up(" \n ")
    with pytest.raises(InvalidEntry, match="split it into two"):
        notebook.add_bring_up("x" * (MAX_BRING_UP_CHARS + 1))
    assert notebook.bring_up_items() == []


def test_marking_brought_up_keeps_the_day_and_orders_the_list(
    notebook: NotebookService,
) -> None:
    zoom, group, therapist, smaller = (
        notebook.add_bring_up(text) for text in BRING_UP_SUGGESTIONS[1:]
    )
    early = notebook.mark_brought_up(group.id, TODAY - timedelta(days=10))
    late = notebook.mark_brought_up(zoom.id, TODAY - timedelta(days=2))
    assert (early.brought_up_on, early.is_open) == (TODAY - timedelta(days=10), False)
    # Open ones first in the person's order, then those brought up, newest first.
    assert [i.id for i in notebook.bring_up_items()] == [
        therapist.id,
        smaller.id,
        zoom.id,
        group.id,
    ]
    assert notebook.bring_up_items(include_brought_up=False) == [therapist, smaller]
    assert late in notebook.bring_up_items()


def test_a_brought_up_item_can_go_back_on_the_list(notebook: NotebookService) -> None:
    first = notebook.add_bring_up("I want a new therapist.")
    second = notebook.add_bring_up("I need more one-on-one time.")
    notebook.mark_brought_up(first.id, TODAY)
    back = notebook.mark_brought_up(first.id, None)
    assert back.is_open and back.brought_up_on is None
    assert [i.id for i in notebook.bring_up_items()] == [second.id, first.id]  # at the end
    assert notebook.mark_brought_up(second.id, None) == second  # already open: unchanged


def test_brought_up_can_be_today_or_earlier_only(notebook: NotebookService) -> None:
    item = notebook.add_bring_up("A smaller group would help.")
    with pytest.raises(InvalidEntry, match="hasn't come yet"):
        notebook.mark_brought_up(item.id, TODAY + timedelta(days=1))
    assert notebook.bring_up_item(item.id).is_open


def test_edit_keeps_the_item_and_its_dates(notebook: NotebookService) -> None:
    item = notebook.add_bring_up("I hate Zoom")
    notebook.mark_brought_up(item.id, TODAY)
    edited = notebook.edit_bring_up(item.id, "I hate being on Zoom.")
    assert (edited.id, edited.text, edited.added_on, edited.brought_up_on) == (
        item.id,
        "I hate being on Zoom.",
        TODAY,
        TODAY,
    )
    with pytest.raises(InvalidEntry):
        notebook.edit_bring_up(item.id, "")


def test_move_reorders_the_open_items(notebook: NotebookService) -> None:
    a, b, c = (notebook.add_bring_up(text) for text in ("one", "two", "three"))
    assert [i.id for i in notebook.move_bring_up(c.id, 0)] == [c.id, a.id, b.id]
    assert [i.id for i in notebook.move_bring_up(c.id, 5)] == [a.id, b.id, c.id]
    notebook.mark_brought_up(a.id, TODAY)
    with pytest.raises(InvalidEntry, match="haven't brought up yet"):
        notebook.move_bring_up(a.id, 0)


def test_delete_and_undo(notebook: NotebookService) -> None:
    item = notebook.add_bring_up("I don't feel safe in this group.")
    notebook.mark_brought_up(item.id, TODAY)
    item = notebook.bring_up_item(item.id)
    notebook.delete_bring_up(item.id)
    assert notebook.bring_up_items() == []
    for call in (
        lambda: notebook.bring_up_item(item.id),
        lambda: notebook.delete_bring_up(item.id),
        lambda: notebook.edit_bring_up(item.id, "x"),
        lambda: notebook.mark_brought_up(item.id, None),
    ):
        with pytest.raises(NotInNotebook):
            call()
    assert notebook.restore_bring_up(item) == item
    assert notebook.restore_bring_up(item) == item
    assert notebook.bring_up_items() == [item]
