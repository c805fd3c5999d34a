"""Look-back picks one of the person's own wins from about a month ago, and nothing else."""

from __future__ import annotations

from datetime import timedelta

from iop_companion.core.journal import JournalService
from iop_companion.core.look_back import look_back


def test_the_win_nearest_a_month_ago(journal: JournalService) -> None:
    today = journal.today
    journal.log_win("Five weeks ago", day=today - timedelta(days=35))
    journal.log_win("Four weeks ago", day=today - timedelta(days=28))
    journal.log_win("Last week", day=today - timedelta(days=7))
    found = look_back(journal)
    assert found is not None and found.text == "Four weeks ago"


def test_never_a_hard_moment_or_a_private_win(journal: JournalService) -> None:
    today = journal.today
    journal.log_hard_moment(word="slip", text="A hard night", day=today - timedelta(days=30))
    journal.log_win("Only for me", day=today - timedelta(days=30), private=True)
    assert look_back(journal) is None
    journal.log_win("Called my sponsor", day=today - timedelta(days=33))
    found = look_back(journal)
    assert found is not None and found.text == "Called my sponsor"


def test_none_outside_the_window(journal: JournalService) -> None:
    today = journal.today
    journal.log_win("Too recent", day=today - timedelta(days=20))
    journal.log_win("Too long ago", day=today - timedelta(days=40))
    assert look_back(journal) is None
    assert look_back(journal, window=10) is not None
