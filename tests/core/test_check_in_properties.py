"""Properties of the coping tools: a check-in never changes another, and the record only grows.

Random answers (skips included), days and words. Recording a check-in, how I am, notes after a
hard moment or a version of the plan leaves every earlier record exactly as it was, adds one,
and takes nothing from the journal's wins. The total is 10 to 60 whenever it is there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_companion.core import barc10
from iop_companion.core.coping_model import (
    FEELING_WORDS,
    CapitalCheckIn,
    Contact,
    Halt,
    totals_over_time,
)
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService
from iop_companion.vault import Vault
from tests.conftest import FixedClock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day

ANSWER = st.integers(1, 6) | st.none()
ANSWERS = st.lists(ANSWER, min_size=10, max_size=10).filter(lambda a: any(x is not None for x in a))
WORDS = st.lists(
    st.sampled_from(FEELING_WORDS) | st.text("abcdefghij ", min_size=1, max_size=12),
    max_size=4,
)
HALT = st.lists(st.sampled_from(Halt), max_size=4)


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


# One journal for all examples (an unlock each would be slow), so the record keeps growing.
on_one_journal = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@given(ANSWERS)
def test_the_total_is_ten_to_sixty_or_not_there(answers: list[int | None]) -> None:
    total = barc10.total(answers)
    if None in answers:
        assert total is None
    else:
        assert total is not None and barc10.LOWEST_TOTAL <= total <= barc10.HIGHEST_TOTAL
        assert total == sum(a for a in answers if a is not None)


@given(st.lists(st.tuples(st.integers(0, 400), ANSWERS), max_size=8), st.integers(0, 400), ANSWERS)
def test_a_new_check_in_only_adds_a_point_over_time(
    earlier: list[tuple[int, list[int | None]]], days_ago: int, answers: list[int | None]
) -> None:
    made = [
        CapitalCheckIn(n, f"u{n}", TODAY - timedelta(days=ago), tuple(a))
        for n, (ago, a) in enumerate(earlier, 1)
    ]
    new = CapitalCheckIn(len(made) + 1, "new", TODAY - timedelta(days=days_ago), tuple(answers))
    before, after = Counter(totals_over_time(made)), Counter(totals_over_time([*made, new]))
    assert after - before == (Counter([(new.day, new.total)]) if new.total else Counter())
    assert not before - after  # nothing dropped, whatever the new total


Action = tuple[str, int, list[int | None], list[str], list[Halt], str]
ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["check_in", "how_i_am", "picking_up", "plan"]),
        st.integers(0, 120),
        ANSWERS,
        WORDS,
        HALT,
        st.text("abcdefghij ", max_size=20),
    ),
    min_size=1,
    max_size=8,
)


def everything(notebook: NotebookService) -> dict[str, Sequence[Hashable]]:
    return {
        "check_ins": notebook.check_ins(),
        "how_i_am": notebook.how_i_am_list(),
        "picking_up": notebook.picking_up_list(),
        "plan": notebook.hard_times_plan_history(),
    }


def act(journal: JournalService, notebook: NotebookService, action: Action) -> str | None:
    """Do one thing; the part that must have grown by one, or None when nothing was asked."""
    what, days_ago, answers, words, halt, text = action
    day = journal.today - timedelta(days=days_ago)
    if what == "check_in":
        notebook.record_check_in(day, answers, note=text)
        return "check_ins"
    if what == "how_i_am":
        notebook.record_how_i_am(day, words=words, halt=halt, line=text.strip() or "okay")
        return "how_i_am"
    if what == "picking_up":
        moment = journal.log_hard_moment(day=day).entry.id
        notebook.record_picking_up(moment, halt=halt, helped=text.strip() or "sleep")
        return "picking_up"
    saved = notebook.save_hard_times_plan(
        remember=f"{text} {len(notebook.hard_times_plan_history())}",
        people=[Contact(word, "555-0101") for word in words[:2] if word.strip()],
    )
    return "plan" if saved is not None else None


@on_one_journal
@given(ACTIONS)
def test_nothing_recorded_changes_what_was_there_and_the_record_only_grows(
    journal: JournalService, notebook: NotebookService, logged: list[Action]
) -> None:
    wins = journal.summary().total_wins
    for action in logged:
        before = everything(notebook)
        grown = act(journal, notebook, action)
        after = everything(notebook)
        for part, records in before.items():
            # Every earlier record reads back exactly as it was: none changed, none gone.
            assert set(records) <= set(after[part])
            assert len(after[part]) == len(records) + (1 if part == grown else 0)
        # A check-in, however low, and the rest take nothing from the journal's wins.
        assert journal.summary().total_wins == wins
