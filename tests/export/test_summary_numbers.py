"""The summary's numbers for a known journal, pinned: the chart's data, the wins-by-kind table,
the headline, the weeks; and the builder refuses a private entry whoever hands it one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.export.pdf import write_summary
from iop_companion.export.summary import (
    PrivateEntryRefused,
    SummaryChoices,
    build_summary,
    shareable,
)
from tests.export.summary_journals import plain_data
from tests.export.test_summary_pdf import pdf_text

TODAY = date(2026, 11, 27)
SINCE = TODAY - timedelta(days=13)  # two weeks: Saturday November 14 to Friday November 27


@pytest.fixture
def known(journal: JournalService) -> JournalService:
    """Five shared wins (3 Showing up, 1 Honesty, 1 without a category), a hard moment, a gap
    and a comeback, a private win, and a win before the range."""
    journal.log_win("Went to group", category="Showing up", day=SINCE)
    journal.log_win("Went to group", category="Showing up", day=SINCE + timedelta(days=1))
    journal.log_win("Said one honest sentence", category="Honesty", day=SINCE + timedelta(days=1))
    journal.log_hard_moment(word="slip", note="A long walk", day=SINCE + timedelta(days=2))
    journal.log_win(
        "Went to group",
        category="Showing up",
        day=TODAY - timedelta(days=1),
        after_hard_moment=True,
    )
    journal.log_win("Made soup", day=TODAY)
    journal.log_win("PRIVATE told nobody", day=TODAY, private=True)
    journal.log_win("Before the range", day=SINCE - timedelta(days=1))
    return journal


def choices(**changes: object) -> SummaryChoices:
    return SummaryChoices(**{"since": SINCE, "until": TODAY, **changes})  # type: ignore[arg-type]


def test_the_headline_and_the_table_count_each_shared_win_once(known: JournalService) -> None:
    for hard in (False, True):  # a hard moment is never counted as a win
        summary = build_summary(known, choices(include_hard_moments=hard))
        assert summary.headline == (
            "5 wins logged between November 14, 2026 and November 27, 2026."
        )
        assert summary.wins_by_category == (("Showing up", 3), ("Honesty", 1), ("Other win", 1))
        table = plain_data(summary)["wins"]["kinds"]
        assert table == {
            "columns": ["Kind", "Wins"],
            "rows": [["Showing up", "3"], ["Honesty", "1"], ["Other win", "1"]],
        }


def test_the_table_is_on_the_page(known: JournalService, tmp_path: Path) -> None:
    text = pdf_text(write_summary(build_summary(known, choices()), tmp_path / "a.pdf"))
    assert "Kind Wins Showing up 3 Honesty 1 Other win 1" in text


def test_the_charts_data(known: JournalService) -> None:
    """The line the chart draws: a step on each day with wins, from what came before."""
    summary = build_summary(known, choices())
    assert summary.view.running == (
        (SINCE, 0),  # the summary counts from its own first day
        (SINCE, 1),
        (SINCE + timedelta(days=1), 3),
        (TODAY - timedelta(days=1), 4),
        (TODAY, 5),
        (TODAY, 5),
    )
    assert summary.view.hard_moment_days == ()  # not shared: not drawn
    shared = build_summary(known, choices(include_hard_moments=True))
    assert shared.view.hard_moment_days == (SINCE + timedelta(days=2),)
    assert shared.view.running == summary.view.running  # a hard moment adds and takes nothing
    assert len(shared.view.comebacks) == 1


def test_the_weeks_counts(known: JournalService) -> None:
    weeks = build_summary(known, choices(include_hard_moments=True)).weeks
    assert [(w.since, w.until) for w in weeks] == [
        (SINCE, date(2026, 11, 15)),  # the range's first week starts on its first day
        (date(2026, 11, 16), date(2026, 11, 22)),
        (date(2026, 11, 23), TODAY),
    ]
    by_week = {w.since: (w.wins, w.hard_moments, w.wins_by_category) for w in weeks}
    assert by_week == {
        SINCE: (3, 0, (("Showing up", 2), ("Honesty", 1))),
        date(2026, 11, 16): (0, 1, ()),
        date(2026, 11, 23): (2, 0, (("Other win", 1), ("Showing up", 1))),
    }


def test_the_builder_refuses_a_private_entry_whoever_calls_it(known: JournalService) -> None:
    private = next(e for e in known.entries() if e.private)
    offered = [*shareable(known, choices()), private]
    with pytest.raises(PrivateEntryRefused):
        build_summary(known, choices(), candidates=offered)
    never_shown = [*shareable(known, choices()), replace(private, id=10_000)]
    with pytest.raises(PrivateEntryRefused):
        build_summary(known, choices(), candidates=never_shown)


def test_unticked_entries_leave_the_lists_but_still_count(known: JournalService) -> None:
    soup = next(e for e in known.entries() if e.text == "Made soup")
    summary = build_summary(known, choices(left_out=frozenset({soup.id})))
    assert soup not in summary.entries
    assert all("Made soup" not in line.text for week in summary.weeks for line in week.lines)
    assert summary.headline.startswith("5 wins")
