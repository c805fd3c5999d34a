"""Comebacks follow the order things were logged in within a day."""

from __future__ import annotations

from datetime import date

from iop_companion.core import progress
from iop_companion.core.journal import JournalService

DAY = date(2026, 11, 20)
NEXT = date(2026, 11, 21)


def comeback_days(journal: JournalService) -> list[date]:
    return [c.day for c in progress.comebacks(journal.day_counts())]


def test_a_hard_moment_logged_after_the_days_win_waits_for_the_next_win(
    journal: JournalService,
) -> None:
    journal.log_win("Came to group", day=DAY)
    journal.log_hard_moment(word="slip", day=DAY)
    assert comeback_days(journal) == []
    journal.log_win("Called my counselor", day=NEXT)
    assert comeback_days(journal) == [NEXT]


def test_a_win_logged_after_the_days_hard_moment_is_a_comeback_that_day(
    journal: JournalService,
) -> None:
    journal.log_hard_moment(day=DAY)
    journal.log_win("Went to group anyway", day=DAY)
    journal.log_win("Went again", day=NEXT)
    assert comeback_days(journal) == [DAY]
