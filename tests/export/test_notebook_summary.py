"""The recovery notebook in the therapist summary: in the PDF when ticked, absent when not;
things brought up before the period and sessions the person didn't make never."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import (
    Attendance,
    NotebookService,
    NoteSection,
    SessionKind,
)
from iop_companion.export.pdf import write_summary
from iop_companion.export.summary import SummaryChoices, build_summary
from iop_companion.vault import Vault
from tests.conftest import FixedClock
from tests.export.test_summary_pdf import pdf_text

TODAY = date(2026, 11, 27)
HEADINGS = ("What I know now", "Things I want to bring up", "I showed up")


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    book = NotebookService(vault.db, journal, clock=clock)
    book.save_note(NoteSection.TRIGGERS, "OLDTRIGGER")
    book.save_note(NoteSection.TRIGGERS, "NOWTRIGGER payday")
    book.save_note(NoteSection.SUPPORT, "SUPPORTNOTE a call on Sundays\nand a ride to group")
    book.add_bring_up("OPENITEM I need more one-on-one time.")
    said = book.add_bring_up("SAIDITEM I hate being on Zoom.")
    book.mark_brought_up(said.id, TODAY - timedelta(days=1))
    long_ago = book.add_bring_up("LONGAGOITEM A smaller group would help.")
    book.mark_brought_up(long_ago.id, TODAY - timedelta(days=60))
    for days_ago in (1, 8, 15):
        book.record_session(TODAY - timedelta(days=days_ago), SessionKind.GROUP, Attendance.LATE)
    book.record_session(TODAY - timedelta(days=2), SessionKind.INDIVIDUAL, Attendance.ATTENDED)
    book.record_session(
        TODAY - timedelta(days=3), SessionKind.MEETING, Attendance.MISSED, note="MISSEDNOTE"
    )
    book.record_session(TODAY - timedelta(days=100), SessionKind.MEETING, Attendance.ATTENDED)
    return book


def choices(**changes: object) -> SummaryChoices:
    base = {"since": TODAY - timedelta(days=27), "until": TODAY}
    return SummaryChoices(**{**base, **changes})  # type: ignore[arg-type]


def test_the_notebook_parts_go_in_when_ticked(
    journal: JournalService, notebook: NotebookService, tmp_path: Path
) -> None:
    chosen = choices(
        note_sections=frozenset(NoteSection), include_bring_up=True, include_sessions=True
    )
    summary = build_summary(journal, chosen, notebook=notebook)
    assert [n.section for n in summary.notes] == [NoteSection.TRIGGERS, NoteSection.SUPPORT]
    # Open ones first, then the one brought up in the period: the bridge from last time.
    assert [i.text for i in summary.bring_up] == [
        "OPENITEM I need more one-on-one time.",
        "SAIDITEM I hate being on Zoom.",
    ]
    assert summary.showing_up_text == (
        "I showed up 4 times: 3 group sessions and 1 individual session."
    )
    text = pdf_text(write_summary(summary, tmp_path / "a.pdf"))
    for heading in ("What I know now", "Things I want to bring up", "Showing up", *HEADINGS):
        assert heading in text
    assert "My triggers" in text and "The support I need" in text
    assert "NOWTRIGGER" in text and "SUPPORTNOTE" in text and "ride to group" in text
    assert "OPENITEM" in text
    assert "SAIDITEM I hate being on Zoom. (Brought up on November 26, 2026)" in text
    assert text.index("OPENITEM") < text.index("SAIDITEM")
    # Never: older versions, what was brought up before the period, sessions not made, or
    # their notes.
    for absent in ("OLDTRIGGER", "LONGAGOITEM", "MISSEDNOTE", "meeting", "Didn't make it"):
        assert absent not in text


def test_the_notebook_stays_out_unless_ticked(
    journal: JournalService, notebook: NotebookService, tmp_path: Path
) -> None:
    text = pdf_text(
        write_summary(build_summary(journal, choices(), notebook=notebook), tmp_path / "a.pdf")
    )
    for absent in (*HEADINGS, "NOWTRIGGER", "OPENITEM", "SAIDITEM"):
        assert absent not in text
    # Each part on its own.
    only_items = choices(include_bring_up=True)
    text = pdf_text(
        write_summary(build_summary(journal, only_items, notebook=notebook), tmp_path / "b.pdf")
    )
    assert "OPENITEM" in text and "NOWTRIGGER" not in text and "I showed up" not in text


def test_without_the_notebook_ticked_parts_stay_out(
    journal: JournalService, notebook: NotebookService, tmp_path: Path
) -> None:
    chosen = choices(
        note_sections=frozenset(NoteSection), include_bring_up=True, include_sessions=True
    )
    summary = build_summary(journal, chosen)
    assert (summary.notes, summary.bring_up, summary.showing_up) == ((), (), ())
    text = pdf_text(write_summary(summary, tmp_path / "a.pdf"))
    for absent in (*HEADINGS, "NOWTRIGGER", "OPENITEM"):
        assert absent not in text


def test_sessions_count_only_within_the_range(
    journal: JournalService, notebook: NotebookService
) -> None:
    week = choices(since=TODAY - timedelta(days=6), include_sessions=True)
    summary = build_summary(journal, week, notebook=notebook)
    assert summary.showing_up_text == "I showed up twice: 1 group session and 1 individual session."
    nothing = choices(since=TODAY, include_sessions=True)
    assert build_summary(journal, nothing, notebook=notebook).showing_up == ()
