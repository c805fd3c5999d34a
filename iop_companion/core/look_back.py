"""Look-back: one of the person's own wins from about a month ago, to see how far they've come.

Only wins, never hard moments, and never an entry marked private. The nearest win to a month ago
within a window either side; none when there is none.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from iop_companion.core.journal import JournalService
from iop_companion.core.model import Entry, EntryFilter, Kind

MONTH_AGO_DAYS = 30
WINDOW_DAYS = 7  # either side of a month ago
MOST_READ = 500  # wins read from the window; the nearest one is among them


def nearest_win(
    entries: Iterable[Entry],
    today: date,
    *,
    days_ago: int = MONTH_AGO_DAYS,
    window: int = WINDOW_DAYS,
) -> Entry | None:
    """The win nearest to ``days_ago`` before ``today``, at most ``window`` days from it (on a
    tie, the older day, then the first logged)."""
    target = today - timedelta(days=days_ago)
    fits = [
        e
        for e in entries
        if e.kind is Kind.WIN
        and not e.private
        and e.text.strip()
        and abs((e.day - target).days) <= window
    ]
    if not fits:
        return None
    return min(fits, key=lambda e: (abs((e.day - target).days), e.day, e.id))


def look_back(
    journal: JournalService, *, days_ago: int = MONTH_AGO_DAYS, window: int = WINDOW_DAYS
) -> Entry | None:
    """A win of the person's own from about ``days_ago`` days before today, or None."""
    today = journal.today
    target = today - timedelta(days=days_ago)
    where = EntryFilter(
        kinds=frozenset({Kind.WIN}),
        since=target - timedelta(days=window),
        until=target + timedelta(days=window),
        include_private=False,
    )
    return nearest_win(
        journal.entries(where, limit=MOST_READ), today, days_ago=days_ago, window=window
    )
