"""What I have going for me: the BARC-10 as published, check-ins kept side by side (none replaces
another), the total only with every answer and never a judgement, and the gentle nudge (off by
default, at most once a period), on a real encrypted vault."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import iop_companion
from iop_companion.core import barc10
from iop_companion.core.check_in_nudge import NUDGE_TITLES, months_later, nudge_due
from iop_companion.core.coping_model import (
    CHECK_IN_TITLE,
    MAX_CHECK_IN_NOTE_CHARS,
    CapitalCheckIn,
    total_words,
    totals_over_time,
)
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService
from iop_companion.errors import InvalidEntry, NotInNotebook
from iop_companion.vault import Vault
from tests.conftest import FixedClock
from tests.test_language import said_in

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day
ALL_SIXES = [6] * 10


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


# -- the instrument, word for word --------------------------------------------------------------


def test_the_statements_are_the_published_ones_word_for_word() -> None:
    assert barc10.STATEMENTS == (
        "There are more important things to me in life than using substances.",
        "In general I am happy with my life.",
        "I have enough energy to complete the tasks I set myself.",
        "I am proud of the community I live in and feel part of it.",
        "I get lots of support from friends.",
        "I regard my life as challenging and fulfilling without the need for using drugs or "
        "alcohol.",
        "My living space has helped to drive my recovery journey.",
        "I take full responsibility for my actions.",
        "I am happy dealing with a range of professional people.",
        "I am making good progress on my recovery journey.",
    )


def test_six_answer_steps_from_strongly_disagree_to_strongly_agree() -> None:
    assert [barc10.answer_label(n) for n in range(1, 7)] == [
        "Strongly disagree",
        "Disagree",
        "Somewhat disagree",
        "Somewhat agree",
        "Agree",
        "Strongly agree",
    ]
    for outside in (0, 7):
        with pytest.raises(ValueError):
            barc10.answer_label(outside)
    assert (barc10.LOWEST_TOTAL, barc10.HIGHEST_TOTAL) == (10, 60)


def test_the_source_and_licence_are_named() -> None:
    assert "Vilsaint" in barc10.SOURCE and "(2017)" in barc10.SOURCE
    assert "Drug and Alcohol Dependence, 177, 71-76" in barc10.SOURCE
    assert barc10.SHORT_SOURCE == "Vilsaint et al., 2017, Drug and Alcohol Dependence 177: 71-76"
    assert "without permission" in barc10.LICENCE and "PhenX Toolkit" in barc10.LICENCE
    assert CHECK_IN_TITLE == "What I have going for me"


def test_the_total_needs_every_answer() -> None:
    assert barc10.total(ALL_SIXES) == 60
    assert barc10.total([1] * 10) == 10
    assert barc10.total([3, 4, 5, 6, 1, 2, 3, 4, 5, 6]) == 39
    assert barc10.total([6] * 9 + [None]) is None
    assert barc10.total([6] * 9) is None  # not a check-in at all


COPING_MODULES = (
    "core/barc10.py",
    "core/check_in_nudge.py",
    "core/coping_model.py",
    "core/notebook_check_ins.py",
    "core/notebook_how_i_am.py",
    "core/notebook_picking_up.py",
    "core/notebook_hard_times.py",
    "core/unlock_copy.py",
    "ui/check_ins_page.py",
    "ui/capital_check_in.py",
    "ui/how_i_am_section.py",
    "ui/picking_up.py",
    "ui/hard_times_plan.py",
    "export/fhir.py",
    "export/wallet_card.py",
    "export/summary_words.py",
    "cli.py",
)
JUDGEMENTS = (
    "score",
    "risk",
    "cut-off",
    "cutoff",
    "threshold",
    "poor",
    "worse",
    "severe",
    "danger",
    "low total",
    "high total",
)


def test_nothing_the_tools_say_judges_a_total() -> None:
    """No cut-off, band, "risk" or advice anywhere in what the coping tools say."""
    package = Path(iop_companion.__file__).parent
    said: list[tuple[str, str]] = []
    for module in COPING_MODULES:
        said += said_in((package / module).read_text(encoding="utf-8"), module)
    assert len(said) > 40
    found = [(where, text) for where, text in said if any(j in text.lower() for j in JUDGEMENTS)]
    assert found == []


# -- check-ins, side by side --------------------------------------------------------------------


def test_a_check_in_keeps_its_day_answers_and_note(
    notebook: NotebookService, clock: FixedClock
) -> None:
    answers: list[int | None] = [6, 5, 4, None, 2, 1, 3, 4, 5, 6]
    check_in = notebook.record_check_in(date(2026, 11, 20), answers, note="  After group \n")
    assert (check_in.day, check_in.answers, check_in.note) == (
        date(2026, 11, 20),
        tuple(answers),
        "After group",
    )
    assert check_in.total is None and check_in.answered == 9
    assert check_in.uid and check_in.created_at == clock.now
    assert notebook.check_in(check_in.id) == check_in
    assert "group" not in repr(check_in)
    assert total_words(check_in) == "9 of 10 statements answered. The total shows with all 10."
    full = notebook.record_check_in(TODAY, [4] * 10)
    assert full.total == 40 and total_words(full) == "Total: 40 (of 10 to 60)"


def test_every_check_in_is_kept_beside_the_others(
    notebook: NotebookService, clock: FixedClock
) -> None:
    first = notebook.record_check_in(TODAY, ALL_SIXES)
    clock.now += timedelta(minutes=5)
    second = notebook.record_check_in(TODAY, [1] * 10)  # the same day: both are kept
    earlier = notebook.record_check_in(date(2026, 8, 1), [3] * 10)
    assert notebook.check_ins() == [second, first, earlier]
    assert notebook.check_in(first.id) == first  # a lower one changed nothing about it
    assert notebook.check_ins(since=TODAY) == [second, first]
    assert notebook.check_ins(until=date(2026, 8, 1)) == [earlier]
    assert totals_over_time(notebook.check_ins()) == [
        (date(2026, 8, 1), 30),
        (TODAY, 60),
        (TODAY, 10),
    ]


def test_a_deleted_check_in_comes_back_as_itself(notebook: NotebookService) -> None:
    kept = notebook.record_check_in(TODAY, [2, None, 4, 5, 6, 1, 2, 3, 4, 5], note="Tired")
    notebook.delete_check_in(kept.id)
    assert notebook.check_ins() == []
    with pytest.raises(NotInNotebook):
        notebook.check_in(kept.id)
    with pytest.raises(NotInNotebook):
        notebook.delete_check_in(kept.id)
    assert notebook.restore_check_in(kept) == kept
    assert notebook.restore_check_in(kept) == kept  # already back: left alone
    assert notebook.check_ins() == [kept]


BAD_ANSWERS: dict[str, tuple[Any, str]] = {
    "nine answers": ([6] * 9, "A check-in has ten statements"),
    "eleven answers": ([6] * 11, "A check-in has ten statements"),
    "a string": ("6666666666", "A check-in has ten statements"),
    "a zero": ([0] + [6] * 9, "Each answer is a step from 1 (Strongly disagree) to 6"),
    "a seven": ([7] + [6] * 9, "Each answer is a step from 1"),
    "true": ([True] + [6] * 9, "Each answer is a step from 1"),
    "a half": ([2.5] + [6] * 9, "Each answer is a step from 1"),
    "text": (["3"] + [6] * 9, "Each answer is a step from 1"),
    "nothing answered": ([None] * 10, "Answer at least one statement."),
}


@pytest.mark.parametrize("case", BAD_ANSWERS, ids=list(BAD_ANSWERS))
def test_answers_that_arent_steps_are_refused(notebook: NotebookService, case: str) -> None:
    answers, sentence = BAD_ANSWERS[case]
    with pytest.raises(InvalidEntry, match=sentence.replace("(", r"\(").replace(")", r"\)")):
        notebook.record_check_in(TODAY, answers)
    assert notebook.check_ins() == []


def test_days_and_notes_are_checked_as_elsewhere(notebook: NotebookService) -> None:
    with pytest.raises(InvalidEntry, match="hasn't come yet"):
        notebook.record_check_in(TODAY + timedelta(days=1), ALL_SIXES)
    with pytest.raises(InvalidEntry, match="too far back"):
        notebook.record_check_in(date(1899, 12, 31), ALL_SIXES)
    with pytest.raises(InvalidEntry, match="2,000 characters"):
        notebook.record_check_in(TODAY, ALL_SIXES, note="x" * (MAX_CHECK_IN_NOTE_CHARS + 1))
    with pytest.raises(InvalidEntry, match="can't be saved"):
        notebook.record_check_in(TODAY, ALL_SIXES, note="a\x00b")
    assert notebook.check_ins() == []


def test_totals_over_time_leave_out_check_ins_with_skips_and_go_oldest_first() -> None:
    def made(n: int, day: date, answers: list[int | None]) -> CapitalCheckIn:
        return CapitalCheckIn(n, f"u{n}", day, tuple(answers))

    check_ins = [
        made(3, date(2026, 3, 1), [5] * 10),
        made(2, date(2026, 2, 1), [None] + [5] * 9),
        made(1, date(2026, 1, 1), [2] * 10),
    ]
    assert totals_over_time(check_ins) == [(date(2026, 1, 1), 20), (date(2026, 3, 1), 50)]


# -- the gentle nudge ---------------------------------------------------------------------------


def test_months_later_keeps_to_the_calendar() -> None:
    assert months_later(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert months_later(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert months_later(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert months_later(date(2026, 12, 31), 2) == date(2027, 2, 28)


def test_the_nudge_is_off_unless_chosen() -> None:
    day = date(2027, 6, 1)
    assert not nudge_due(
        day, months=0, chosen_on=date(2026, 1, 1), last_check_in=None, last_shown=None
    )
    assert not nudge_due(day, months=1, chosen_on=None, last_check_in=None, last_shown=None)
    assert not nudge_due(
        day, months=5, chosen_on=date(2026, 1, 1), last_check_in=None, last_shown=None
    )
    assert list(NUDGE_TITLES) == [0, 1, 2, 3] and NUDGE_TITLES[0] == "No reminder"


def test_the_nudge_comes_once_a_period_from_the_latest_day() -> None:
    chosen = date(2026, 1, 10)

    def due(day: date, last_check_in: date | None = None, last_shown: date | None = None) -> bool:
        return nudge_due(
            day, months=2, chosen_on=chosen, last_check_in=last_check_in, last_shown=last_shown
        )

    assert not due(date(2026, 3, 9))
    assert due(date(2026, 3, 10))
    assert not due(date(2026, 3, 11), last_shown=date(2026, 3, 10))  # shown: wait a period
    assert due(date(2026, 5, 10), last_shown=date(2026, 3, 10))
    # A check-in meanwhile starts the period again: nothing is owed.
    assert not due(date(2026, 3, 10), last_check_in=date(2026, 2, 1))
    assert due(date(2026, 4, 1), last_check_in=date(2026, 2, 1))


def test_the_journal_keeps_the_nudge_choice(notebook: NotebookService, clock: FixedClock) -> None:
    assert notebook.nudge_months == 0 and not notebook.nudge_due(TODAY + timedelta(days=400))
    assert notebook.set_nudge_months(1) == 1
    assert notebook.nudge_months == 1
    assert not notebook.nudge_due()  # counts from the day it was chosen
    assert not notebook.nudge_due(date(2026, 12, 26))
    assert notebook.nudge_due(date(2026, 12, 27))
    notebook.note_nudge_shown(date(2026, 12, 27))
    assert not notebook.nudge_due(date(2026, 12, 28))
    assert notebook.nudge_due(date(2027, 1, 27))
    clock.now = datetime(2027, 1, 20, 9).astimezone()
    notebook.record_check_in(clock.now.date(), ALL_SIXES)
    assert not notebook.nudge_due(date(2027, 1, 27))
    assert notebook.nudge_due(date(2027, 2, 20))
    notebook.set_nudge_months(0)
    assert notebook.nudge_months == 0 and not notebook.nudge_due(date(2030, 1, 1))
    for wrong in (4, -1, True):
        with pytest.raises(InvalidEntry, match="every 1, 2 or 3 months"):
            notebook.set_nudge_months(wrong)


def test_a_check_in_brought_back_by_an_import_meanwhile_is_not_doubled(
    notebook: NotebookService, vault: Vault
) -> None:
    kept = notebook.record_check_in(TODAY, ALL_SIXES)
    notebook.delete_check_in(kept.id)
    row = {"uid": kept.uid, "day": TODAY.isoformat(), "answer_1": 6, "created_at": "2026-11-27"}
    with vault.db.atomic():
        vault.db.table("notebook_check_ins").insert(row)  # as an import of the same uid would
    again = notebook.restore_check_in(kept)
    assert again.uid == kept.uid and again.id != kept.id
    assert [c.uid for c in notebook.check_ins()] == [kept.uid]


def test_any_check_in_is_the_persons_own_words(notebook: NotebookService) -> None:
    assert not notebook.holds_own_words()
    check_in = notebook.record_check_in(TODAY, [None] * 9 + [3])
    assert notebook.holds_own_words()
    notebook.delete_check_in(check_in.id)
    how = notebook.record_how_i_am(TODAY, halt=["tired"])
    assert notebook.holds_own_words()
    notebook.delete_how_i_am(how.id)
    notebook.save_hard_times_plan(places="The library")
    assert notebook.holds_own_words()
