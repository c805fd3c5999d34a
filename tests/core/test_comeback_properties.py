"""Properties of comebacks, against the rule written out one entry at a time.

Entries happen in order by day, then by the time each was logged (a win and a hard moment logged
at the same moment: the win first). A win is a comeback when the entry just before it is a hard
moment, or is 7 or more days earlier, or when the person marked the win "after a hard moment".
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_companion.core import progress
from iop_companion.core.journal import JournalService
from iop_companion.core.model import ImportedEntry, ImportPlan, Kind, logged_key
from iop_companion.core.progress import COMEBACK_GAP_DAYS, Comeback
from iop_companion.core.progress_view import progress_view
from iop_companion.export.summary import SummaryChoices, build_summary

FIRST = date(2026, 8, 1)
SPAN = 60  # days; the clock fixture's today is 2026-11-27, after all of them


@dataclass(frozen=True)
class Logged:
    kind: Kind
    day: date
    logged: int  # model.logged_key: microseconds since 1970, UTC
    marked: bool = False  # a win marked "after a hard moment"


def midnight(day: date) -> int:
    key = logged_key(datetime(day.year, day.month, day.day, tzinfo=UTC))
    assert key is not None
    return key


@st.composite
def logged_entries(draw: st.DrawFn) -> Logged:
    day = FIRST + timedelta(days=draw(st.integers(0, SPAN)))
    # On its day or up to two days later (an entry logged today for yesterday), often at the
    # same moment as another entry.
    offset = draw(st.one_of(st.integers(0, 3), st.integers(0, 2 * 86_400 * 1_000_000)))
    kind = draw(st.sampled_from(Kind))
    return Logged(kind, day, midnight(day) + offset, kind is Kind.WIN and draw(st.booleans()))


histories = st.lists(logged_entries(), max_size=30)


def rule(entries: Sequence[Logged], gap_days: int = COMEBACK_GAP_DAYS) -> list[Comeback]:
    """Comebacks, written out one entry at a time."""
    ordered = sorted(entries, key=lambda e: (e.day, e.logged, e.kind is Kind.HARD_MOMENT))
    found: dict[date, Comeback] = {}
    before: Logged | None = None
    for entry in ordered:
        if entry.kind is Kind.WIN:
            if entry.marked or (before is not None and before.kind is Kind.HARD_MOMENT):
                found[entry.day] = Comeback(entry.day, "after a hard moment")
            elif before is not None and (entry.day - before.day).days >= gap_days:
                found.setdefault(entry.day, Comeback(entry.day, "after time away"))
        before = entry
    return sorted(found.values(), key=lambda c: c.day)


def tallies(entries: Sequence[Logged]) -> list[progress.DayCount]:
    return progress.day_counts(
        (e.day, e.kind, None, e.marked, 1, e.logged, e.logged) for e in entries
    )


@given(histories, st.integers(1, 10))
def test_comebacks_are_exactly_the_rule(entries: list[Logged], gap: int) -> None:
    assert progress.comebacks(tallies(entries)) == rule(entries)
    assert progress.comebacks(tallies(entries), gap_days=gap) == rule(entries, gap)


@given(histories, st.integers(0, SPAN))
def test_a_hard_moment_logged_after_a_days_wins_never_makes_that_day_a_comeback(
    entries: list[Logged], at: int
) -> None:
    day = FIRST + timedelta(days=at)
    last = max((e.logged for e in entries if e.day == day), default=midnight(day))
    later = [*entries, Logged(Kind.HARD_MOMENT, day, last + 1)]
    days_before = {c.day for c in progress.comebacks(tallies(entries)) if c.day <= day}
    days_after = {c.day for c in progress.comebacks(tallies(later)) if c.day <= day}
    assert days_after == days_before
    # ... and the next win after it, on a later day, is a comeback after a hard moment.
    following = [e for e in entries if e.day > day]
    if not following:
        back = day + timedelta(days=1)
        after = [*later, Logged(Kind.WIN, back, midnight(back))]
        assert Comeback(back, "after a hard moment") in progress.comebacks(tallies(after))


# One journal for all examples (an unlock each would be slow): the record keeps growing, and
# the rule is checked against everything in it.
on_one_journal = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_uids = itertools.count()


@on_one_journal
@given(st.lists(logged_entries(), min_size=1, max_size=6))
def test_the_journal_the_chart_and_the_summary_follow_the_rule(
    journal: JournalService, batch: list[Logged]
) -> None:
    journal.import_entries(
        ImportPlan(
            entries=tuple(
                ImportedEntry(
                    uid=f"p{next(_uids)}",
                    kind=e.kind,
                    day=e.day,
                    text="a small win",
                    after_hard_moment=e.marked,
                    created_at=datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=e.logged),
                )
                for e in batch
            )
        )
    )
    held = [
        Logged(entry.kind, entry.day, key, entry.after_hard_moment)
        for entry in journal.entries(limit=-1)
        for key in [logged_key(entry.created_at)]
        if key is not None
    ]
    expected = rule(held)
    days = journal.day_counts()
    assert progress.comebacks(days) == expected
    assert journal.summary().comebacks == len(expected)
    last = FIRST + timedelta(days=SPAN)
    view = progress_view(days, FIRST, last, journal.today)
    assert view.comebacks == tuple(expected)
    assert view.summary.comebacks == len(expected)
    choices = SummaryChoices(since=FIRST, until=last, include_hard_moments=True)
    shared = build_summary(journal, choices)
    assert shared.view.comebacks == tuple(expected)
    assert shared.comebacks == len(expected)
