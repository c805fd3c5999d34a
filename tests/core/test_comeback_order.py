"""Comebacks follow the order things happened: by day, then by the time each was logged."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta

from iop_companion.core import progress
from iop_companion.core.journal import JournalService
from iop_companion.core.model import ImportedEntry, ImportPlan, Kind
from iop_companion.core.progress_view import progress_view
from iop_companion.core.words import progress_sentence
from iop_companion.export.summary import SummaryChoices, build_summary

DAY = date(2026, 11, 6)
NEXT = date(2026, 11, 7)
_uids = itertools.count()


def comeback_days(journal: JournalService) -> list[date]:
    return [c.day for c in progress.comebacks(journal.day_counts())]


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), UTC)


def add(journal: JournalService, kind: Kind, day: date, logged: datetime) -> None:
    """One entry, logged at ``logged`` (as an import from another copy of the journal keeps it).
    Each call is an import of its own, so the journal gives it the next id."""
    entry = ImportedEntry(
        uid=f"u{next(_uids)}", kind=kind, day=day, text="a small win", created_at=logged
    )
    journal.import_entries(ImportPlan(entries=(entry,)))


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


def a_win_then_a_slip_then_time_away(journal: JournalService) -> date:
    """A win logged at 9 and a slip at 20 on DAY (a win the day before), then 16 days away; the
    slip reaches the journal first (say, from a copy on another computer). The day back."""
    before, back = DAY - timedelta(days=1), DAY + timedelta(days=17)
    add(journal, Kind.WIN, before, at(before, 12))
    add(journal, Kind.HARD_MOMENT, DAY, at(DAY, 20))
    add(journal, Kind.WIN, DAY, at(DAY, 9))
    add(journal, Kind.WIN, back, at(back, 10))
    return back


def test_the_time_each_was_logged_decides_not_the_order_they_reached_the_journal(
    journal: JournalService,
) -> None:
    # The chart must not say "came back" on the day the time away began.
    back = a_win_then_a_slip_then_time_away(journal)
    view = progress_view(journal.day_counts(), DAY - timedelta(days=1), back, back)
    assert view.comebacks == (progress.Comeback(back, "after a hard moment"),)
    assert "You came back 1 time." in progress_sentence(view.summary)


def test_a_win_logged_later_the_same_day_is_a_comeback_whatever_reached_the_journal_first(
    journal: JournalService,
) -> None:
    add(journal, Kind.WIN, DAY - timedelta(days=1), at(DAY - timedelta(days=1), 12))
    add(journal, Kind.WIN, DAY, at(DAY, 21))
    add(journal, Kind.HARD_MOMENT, DAY, at(DAY, 8))
    assert comeback_days(journal) == [DAY]


def test_an_entry_logged_today_for_yesterday_goes_with_yesterday(
    journal: JournalService,
) -> None:
    # Yesterday: a win logged this morning for yesterday, after a slip logged last night.
    # By day first, then by the time logged, the win came after the slip: yesterday is the
    # comeback, and today's win (nothing between it and yesterday's win) is not.
    yesterday, today = DAY, NEXT
    add(journal, Kind.WIN, yesterday - timedelta(days=1), at(yesterday - timedelta(days=1), 12))
    add(journal, Kind.WIN, yesterday, at(today, 8))
    add(journal, Kind.HARD_MOMENT, yesterday, at(yesterday, 22))
    add(journal, Kind.WIN, today, at(today, 9))
    assert comeback_days(journal) == [yesterday]


def test_the_summary_chart_and_sentence_count_the_same_comebacks(
    journal: JournalService,
) -> None:
    back = a_win_then_a_slip_then_time_away(journal)
    choices = SummaryChoices(since=DAY - timedelta(days=1), until=back, include_hard_moments=True)
    summary = build_summary(journal, choices)
    assert [c.day for c in summary.view.comebacks] == comeback_days(journal) == [back]
    assert summary.comebacks == journal.summary().comebacks == 1
