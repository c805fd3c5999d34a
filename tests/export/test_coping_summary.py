"""The coping tools in the therapist summary (issue 18): each only when ticked, on page 1 at a
glance; a check-in's answers after it; never a trace of what is private, unticked or outside the
days; the BARC-10 named with its source where the totals show, and nothing said about a number."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from iop_companion.core import barc10
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService, NoteSection
from iop_companion.export.pdf import SummaryDocument, write_summary
from iop_companion.export.summary import SummaryChoices, build_summary
from iop_companion.vault import Vault
from tests.conftest import FixedClock
from tests.export.coping_journals import (
    OUTSIDE_MARK,
    PRIVATE_MARK,
    UNTICKED_MARK,
    CopingTools,
    coping_tools,
)
from tests.export.summary_journals import months_of_journal, plain_data
from tests.export.test_summary_pages import every_part, page_lines
from tests.export.test_summary_pdf import pdf_text
from tests.language_words import banned_in

TODAY = date(2026, 11, 27)
COPING = {
    "include_check_ins": True,
    "include_check_in_answers": True,
    "include_how_i_am": True,
    "include_picking_up": True,
}
HEADINGS = (
    "What I have going for me",
    "How I am, in words",
    "Picking up from here",
    "each answer",
    "BARC-10",
)


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


@pytest.fixture
def tools(journal: JournalService, notebook: NotebookService) -> CopingTools:
    return coping_tools(journal, notebook, TODAY)


def choices(**changes: object) -> SummaryChoices:
    base = {"since": TODAY - timedelta(days=27), "until": TODAY}
    return SummaryChoices(**{**base, **changes})  # type: ignore[arg-type]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub("[\u200b\u2068\u2069]", "", text))


def test_unticked_the_coping_tools_leave_no_trace(
    journal: JournalService, notebook: NotebookService, tools: CopingTools, tmp_path: Path
) -> None:
    everything_else = choices(
        include_hard_moments=True, include_sessions=True, note_sections=frozenset(NoteSection)
    )
    summary = build_summary(journal, everything_else, notebook=notebook)
    assert (summary.check_ins, summary.how_i_am, summary.picking_up) == ((), None, ())
    text = pdf_text(write_summary(summary, tmp_path / "a.pdf"))
    for absent in (*HEADINGS, "41", "hopeful", "Payday", "Called my sponsor", "HALT"):
        assert absent not in text


def test_ticked_they_are_on_page_one(
    journal: JournalService, notebook: NotebookService, tools: CopingTools
) -> None:
    chosen = choices(include_hard_moments=True, **COPING)
    document = SummaryDocument(build_summary(journal, chosen, notebook=notebook))
    first = flat(" ".join(page_lines(document)[0]))
    assert "What I have going for me" in first
    assert f"the {barc10.NAME}, from {barc10.SHORT_SOURCE}" in first
    assert "2 check-ins with the Brief" in first
    assert "Sat, Nov 7: 41; Tue, Nov 24: 9 of 10 answered" in first
    assert "How I am, in words" in first
    assert "I noted how I am 3 times." in first
    assert "The words I chose: tired ×3, hopeful ×2, anxious, steady like a rock." in first
    assert "HALT: Tired ×2, Lonely." in first
    assert "I logged 2 hard moments in this period, 2 with notes on picking up from here." in first
    assert (
        "Sun, Nov 22 Slip A call Picking up from here: Going on: Payday, and a fight with my "
        "brother · I felt: Angry, Tired · I did: Called my sponsor · Helped or might help: "
        "Leaving the house for a walk"
    ) in first
    order = ["What I have going for me", "How I am", "Hard moments", "Picking up from here:"]
    places = [first.find(words) for words in order]
    assert places == sorted(places)


def test_the_answers_follow_page_one_word_for_word(
    journal: JournalService, notebook: NotebookService, tools: CopingTools, tmp_path: Path
) -> None:
    chosen = choices(include_check_ins=True, include_check_in_answers=True)
    summary = build_summary(journal, chosen, notebook=notebook)
    answers = plain_data(summary)["answers"]
    assert answers["heading"] == "What I have going for me, each answer"
    (table,) = answers["tables"]
    assert table["columns"] == ["Statement", "Sat, Nov 7", "Tue, Nov 24"]
    assert [row[0] for row in table["rows"]] == [*barc10.STATEMENTS, "Total"]
    assert table["rows"][0] == [barc10.STATEMENTS[0], "Somewhat agree", "Agree"]
    assert table["rows"][2][2] == "Skipped"
    assert table["rows"][-1] == ["Total", "41", "9 of 10 answered"]
    text = flat(pdf_text(write_summary(summary, tmp_path / "a.pdf")))
    for statement in barc10.STATEMENTS:
        assert statement in text
    # Only the totals unless the answers are ticked too.
    totals = plain_data(build_summary(journal, choices(include_check_ins=True), notebook=notebook))
    assert totals["answers"] is None and totals["check_ins"]["rows"]


def test_only_the_check_ins_in_the_days_go_in(
    journal: JournalService, notebook: NotebookService, tools: CopingTools
) -> None:
    summary = build_summary(journal, choices(**COPING), notebook=notebook)
    assert summary.check_ins == tools.check_ins
    assert tools.before not in summary.check_ins
    assert "OUTSIDEWORD" not in str(plain_data(summary))
    assert "CHECKINNOTE" not in str(plain_data(summary))  # a check-in's note stays the person's
    none = choices(since=TODAY - timedelta(days=1), **COPING)
    data = plain_data(build_summary(journal, none, notebook=notebook))
    assert data["check_ins"] == {
        "heading": "What I have going for me",
        "text": "No recovery capital check-ins in this period.",
    }
    assert data["answers"] is None


def test_picking_up_only_for_the_hard_moments_that_go_in(
    journal: JournalService, notebook: NotebookService, tools: CopingTools, tmp_path: Path
) -> None:
    chosen = choices(include_hard_moments=True, left_out=frozenset({tools.unticked}), **COPING)
    summary = build_summary(journal, chosen, notebook=notebook)
    assert [moment.id for moment, _ in summary.picking_up] == [tools.kept]
    text = pdf_text(write_summary(summary, tmp_path / "a.pdf"))
    assert "Payday" in flat(text)
    assert "I logged 1 hard moment in this period, 1 with notes" in flat(text)
    for absent in (PRIVATE_MARK, UNTICKED_MARK, OUTSIDE_MARK, "2 hard moments", "Rough night"):
        assert absent not in text
    # Without hard moments ticked, no notes after them, whatever else is chosen.
    without = build_summary(journal, choices(**COPING), notebook=notebook)
    assert without.picking_up == () and plain_data(without)["hard"] is None
    text = pdf_text(write_summary(without, tmp_path / "b.pdf"))
    assert "Picking up" not in text and "Payday" not in text


def test_without_the_notebook_they_stay_out(journal: JournalService, tools: CopingTools) -> None:
    summary = build_summary(journal, choices(include_hard_moments=True, **COPING))
    assert (summary.check_ins, summary.how_i_am, summary.picking_up) == ((), None, ())


def test_everything_ticked_keeps_the_coping_tools_on_page_one(
    journal: JournalService, notebook: NotebookService, tools: CopingTools
) -> None:
    """A month as ``test_page_one_follows_a_sessions_order`` has it, with two hard moments,
    each with notes, five check-ins and a dozen words of how I am."""
    months_of_journal(journal, notebook, days=28, until=TODAY, hard_moments=0, sessions=8)
    notebook.save_note(NoteSection.WORKS, "Group in the morning")
    notebook.add_bring_up("I need more one-on-one time.")
    for n in range(8):
        if n < 3:
            notebook.record_check_in(TODAY - timedelta(days=n), (6,) * 10)
        notebook.record_how_i_am(TODAY, words=[f"own word {n}", "calm", "tired"])
    document = SummaryDocument(build_summary(journal, every_part(28, **COPING), notebook=notebook))
    first = flat(" ".join(page_lines(document)[0]))
    for words in (
        "A note from me",
        "Wins by kind",
        "Things I want to bring up",
        "I showed up",
        "What I have going for me",
        "5 check-ins with the",
        "The total runs from 10 to 60; the latest 4:",
        "How I am, in words",
        "and 1 other.",
        "Hard moments",
        "Picking up from here:",
    ):
        assert words in first, words
    assert "each answer" not in first
    # Each hard moment's notes sit in its own row, read in order and never parted from it by a
    # page; what comes after the coping tools and hard moments may go on to page 2.
    assert "Sun, Nov 22 Slip A call Picking up from here: Going on:" in first
    assert "What I know now" in flat(" ".join(" ".join(p) for p in page_lines(document)))


def test_the_words_follow_the_language_note(
    journal: JournalService, notebook: NotebookService, tools: CopingTools
) -> None:
    data = plain_data(
        build_summary(journal, choices(include_hard_moments=True, **COPING), notebook=notebook)
    )
    said = str({key: data[key] for key in ("check_ins", "how_i_am", "hard", "answers")})
    assert banned_in(said) == []
    for judging in ("low", "high", "risk", "better", "worse", "score", "cut-off", "down", "up "):
        assert judging not in said.casefold().replace("picking up", ""), judging


def test_long_notes_are_cut_to_a_few_words_on_page_one(
    journal: JournalService, notebook: NotebookService
) -> None:
    long = "so much was going on that evening " * 20
    moment = journal.log_hard_moment(word="slip", day=TODAY)
    notebook.record_picking_up(moment.entry.id, going_on=long, did=long, helped=long)
    chosen = choices(include_hard_moments=True, include_picking_up=True)
    (notes,) = plain_data(build_summary(journal, chosen, notebook=notebook))["hard"]["notes"]
    assert notes.startswith("Going on: so much was going on that evening so much was… · I did:")
    assert notes.count("…") == 3 and len(notes) < 250
