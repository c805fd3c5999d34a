"""The day an entry lands on is the person's own calendar day, whatever the clock's zone or DST.

The service stores the local date the clock shows. These tests drive it with New York times a
minute either side of midnight around the 2026 DST changes (8 March: 02:00 jumps to 03:00;
1 November: 02:00 falls back to 01:00), with the process itself set to a far-away zone.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from iop_companion.core import progress
from iop_companion.core.journal import JournalService
from iop_companion.vault import Vault
from tests.conftest import FixedClock

NY = ZoneInfo("America/New_York")


def ny(*args: int, fold: int = 0) -> datetime:
    return datetime(*args, tzinfo=NY, fold=fold)  # type: ignore[arg-type, misc]


# (local time on the clock, the day it must log)
MOMENTS = [
    (ny(2026, 3, 7, 23, 59), date(2026, 3, 7)),  # Saturday night, before the change
    (ny(2026, 3, 8, 0, 1), date(2026, 3, 8)),  # Sunday, clocks about to spring forward
    (ny(2026, 3, 8, 3, 1), date(2026, 3, 8)),  # just after 02:00 became 03:00
    (ny(2026, 3, 8, 23, 59), date(2026, 3, 8)),  # Sunday night: last minute of the week
    (ny(2026, 3, 9, 0, 1), date(2026, 3, 9)),  # Monday: a new week
    (ny(2026, 10, 31, 23, 59), date(2026, 10, 31)),
    (ny(2026, 11, 1, 0, 1), date(2026, 11, 1)),
    (ny(2026, 11, 1, 1, 30, fold=0), date(2026, 11, 1)),  # 01:30 the first time (EDT)
    (ny(2026, 11, 1, 1, 30, fold=1), date(2026, 11, 1)),  # 01:30 again (EST)
    (ny(2026, 11, 1, 23, 59), date(2026, 11, 1)),  # Sunday night, 25-hour day
    (ny(2026, 11, 2, 0, 1), date(2026, 11, 2)),  # Monday
]


@pytest.fixture
def process_far_away(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run the process in Tokyo, so nothing can quietly use the machine's zone instead."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is Unix-only")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_moments_are_what_they_claim() -> None:
    # Guard the table itself: the UTC offsets show the DST changes really are in it.
    offsets = {t.utcoffset().total_seconds() / 3600 for t, _ in MOMENTS}  # type: ignore[union-attr]
    assert offsets == {-5.0, -4.0}
    assert ny(2026, 11, 1, 1, 30, fold=0).utcoffset() != ny(2026, 11, 1, 1, 30, fold=1).utcoffset()
    # A minute to midnight in New York is already tomorrow in UTC.
    assert ny(2026, 3, 8, 23, 59).astimezone(ZoneInfo("UTC")).date() == date(2026, 3, 9)


def test_entries_land_on_the_local_day_around_midnight_and_dst(
    vault: Vault, process_far_away: None
) -> None:
    clock = FixedClock(MOMENTS[0][0])
    journal = JournalService(vault.db, clock=clock)
    for when, expected in MOMENTS:
        clock.now = when
        assert journal.today == expected, when
        win = journal.log_win(f"win at {when.isoformat()}").entry
        moment = journal.log_hard_moment().entry
        assert win.day == expected, when
        assert moment.day == expected, when
        # Re-reading gives the same day.
        assert journal.get(win.id).day == expected

    counts = journal.day_counts()
    expected_days: dict[date, int] = {}
    for _, day in MOMENTS:
        expected_days[day] = expected_days.get(day, 0) + 1
    assert {d.day: d.wins for d in counts} == expected_days
    assert {d.day: d.hard_moments for d in counts} == expected_days
    assert progress.wins_per_day(counts) == expected_days
    assert progress.wins_per_week(counts) == {
        date(2026, 3, 2): 4,  # Sat 7th, Sun 8th x3
        date(2026, 3, 9): 1,
        date(2026, 10, 26): 5,  # Sat 31st, Sun 1st x4
        date(2026, 11, 2): 1,
    }


def test_a_minute_either_side_of_midnight_is_today_then_tomorrow(vault: Vault) -> None:
    clock = FixedClock(ny(2026, 3, 8, 23, 59))
    journal = JournalService(vault.db, clock=clock)
    late = journal.log_win("late").entry
    clock.now = ny(2026, 3, 9, 0, 1)
    early = journal.log_win("early").entry
    assert (late.day, early.day) == (date(2026, 3, 8), date(2026, 3, 9))
    # "This week" follows the local Monday, too.
    assert journal.summary().wins_this_week == 1
    clock.now = ny(2026, 3, 8, 23, 59)
    # A backdated day stays exactly as chosen.
    chosen = journal.log_win("backdated", day=date(2026, 3, 1)).entry
    assert chosen.day == date(2026, 3, 1)


def test_future_check_uses_the_local_day(vault: Vault) -> None:
    clock = FixedClock(ny(2026, 11, 1, 23, 59))  # UTC is already 2 November
    journal = JournalService(vault.db, clock=clock)
    with pytest.raises(Exception, match="hasn't come yet"):
        journal.log_win("too soon", day=date(2026, 11, 2))
    clock.now = ny(2026, 11, 2, 0, 1)
    assert journal.log_win("now it's fine", day=date(2026, 11, 2)).entry.day == date(2026, 11, 2)
