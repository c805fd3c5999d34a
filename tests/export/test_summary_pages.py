"""The summary's pages as a therapist reads them: page 1 in a session's order, the detail the
person chose, repeats folded, hard moments listed, page numbers, no heading alone at a page's
foot, a length that fits two minutes, and the person's words as they wrote them."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService, NoteSection
from iop_companion.export.pdf import SummaryDocument, write_summary
from iop_companion.export.summary import Detail, SummaryChoices, build_summary
from iop_companion.vault import Vault
from tests.conftest import FixedClock
from tests.export.summary_journals import months_of_journal, plain_data
from tests.export.test_summary_pdf import pdf_text

TODAY = date(2026, 11, 27)


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


def choices(**changes: object) -> SummaryChoices:
    base = {"since": TODAY - timedelta(days=27), "until": TODAY}
    return SummaryChoices(**{**base, **changes})  # type: ignore[arg-type]


def every_part(days: int, **changes: object) -> SummaryChoices:
    return choices(
        since=TODAY - timedelta(days=days - 1),
        name="J.",
        message="I want to talk about work.",
        last_session=TODAY - timedelta(days=6),
        include_hard_moments=True,
        include_sessions=True,
        include_bring_up=True,
        note_sections=frozenset(NoteSection),
        **changes,
    )


def page_lines(document: SummaryDocument) -> list[list[str]]:
    return [
        [
            line.strip()
            for line in re.sub("[\u200b\u2068\u2069]", "", document.page_text(n)).splitlines()
        ]
        for n in range(document.pages)
    ]


def headings(document: SummaryDocument) -> set[str]:
    """Every heading's words, from the summary's data (the template makes nothing else one)."""
    data = summary_data_of(document)
    found = {data["heading"]}
    for part in data.values():
        if isinstance(part, dict) and "heading" in part:
            found.add(part["heading"])
    for section in (data["notes"] or {}).get("sections", []):
        found.add(section["title"])
    for day in (data["detail"] or {}).get("days", []):
        found.add(day["day"])
    return found


def summary_data_of(document: SummaryDocument) -> dict[str, Any]:
    import json

    return json.loads(document.inputs["data"])


# -- page 1, in a session's order ----------------------------------------------------------------


def test_page_one_follows_a_sessions_order(
    journal: JournalService, notebook: NotebookService
) -> None:
    months_of_journal(journal, notebook, days=28, until=TODAY, hard_moments=2, sessions=8)
    notebook.save_note(NoteSection.WORKS, "Group in the morning")
    notebook.add_bring_up("I need more one-on-one time.")
    document = SummaryDocument(build_summary(journal, every_part(28), notebook=notebook))
    first = " ".join(page_lines(document)[0])
    order = [
        "What I've been doing",
        "October 31, 2026 to November 27, 2026",
        "J.",
        "Since my last session on Saturday, November 21, 2026:",
        "A note from me",
        "Wins by kind",
        "wins logged between",
        "Things I want to bring up",
        "I showed up",
        "Hard moments",
        "What I know now",
    ]
    places = [first.find(words) for words in order]
    assert -1 not in places, dict(zip(order, places, strict=True))
    assert places == sorted(places)


def test_since_my_last_session_counts_only_what_came_after_it(
    journal: JournalService, notebook: NotebookService
) -> None:
    from iop_companion.core.notebook import Attendance, SessionKind

    last = TODAY - timedelta(days=5)
    journal.log_win("Before it", day=last)
    journal.log_win("After it", day=last + timedelta(days=1))
    journal.log_win("Today", day=TODAY)
    journal.log_win("Private after it", day=TODAY, private=True)
    journal.log_hard_moment(word="slip", day=TODAY - timedelta(days=1))
    notebook.record_session(TODAY - timedelta(days=2), SessionKind.GROUP, Attendance.ATTENDED)
    wins_only = build_summary(journal, choices(last_session=last), notebook=notebook)
    text = plain_data(wins_only)["since_last"]
    # 2 wins after the session, and the group session's own win: no hard moment, no sessions.
    assert text == "Since my last session on Sunday, November 22, 2026: I logged 3 wins."
    shared = choices(last_session=last, include_hard_moments=True, include_sessions=True)
    text = plain_data(build_summary(journal, shared, notebook=notebook))["since_last"]
    assert text == (
        "Since my last session on Sunday, November 22, 2026: I logged 3 wins, "
        "had 1 hard moment and showed up once."
    )
    assert plain_data(build_summary(journal, choices(), notebook=notebook))["since_last"] == ""
    quiet = choices(last_session=TODAY - timedelta(days=0))
    assert plain_data(build_summary(journal, quiet))["since_last"] == ""
    # A last session before the summary's days: the days between were never offered to tick.
    before = choices(since=TODAY - timedelta(days=2), last_session=last, include_hard_moments=True)
    assert plain_data(build_summary(journal, before))["since_last"] == ""


def test_an_unticked_hard_moment_leaves_no_trace(journal: JournalService) -> None:
    kept = journal.log_hard_moment(word="slip", note="A long walk", day=TODAY - timedelta(days=9))
    left = journal.log_hard_moment(word="rough night", day=TODAY - timedelta(days=2))
    journal.log_win("Went to group", day=TODAY - timedelta(days=1), after_hard_moment=True)
    chosen = choices(
        include_hard_moments=True,
        left_out=frozenset({left.entry.id}),
        last_session=TODAY - timedelta(days=5),
    )
    summary = build_summary(journal, chosen)
    data = plain_data(summary)
    assert summary.view.hard_moment_days == (kept.entry.day,)
    assert data["hard"]["text"] == "I logged 1 hard moment in this period."
    assert "hard moment" not in data["since_last"]  # the one after the session was unticked
    assert "Rough night" not in str(data) and "2 days with a hard moment" not in str(data)


def test_a_long_name_or_note_is_refused_with_a_sentence(journal: JournalService) -> None:
    from iop_companion.errors import InvalidEntry

    with pytest.raises(InvalidEntry, match="under 80 characters"):
        build_summary(journal, choices(name="J" * 81))
    with pytest.raises(InvalidEntry, match="under 1,000 characters"):
        build_summary(journal, choices(message="x " * 501))
    assert build_summary(journal, choices(name=" J. R. " * 11, message="x" * 1000))


def test_hard_moments_are_counted_and_listed_with_what_helped(journal: JournalService) -> None:
    journal.log_hard_moment(word="slip", text="Rough night", note="Calling my sponsor", day=TODAY)
    journal.log_hard_moment(word="return to use", day=TODAY - timedelta(days=9))
    journal.log_win("Went to group", day=TODAY)
    hard = plain_data(build_summary(journal, choices(include_hard_moments=True)))["hard"]
    assert hard["text"] == "I logged 2 hard moments in this period."
    assert hard["columns"] == ["Day", "My word", "What helped"]
    assert hard["rows"] == [
        ["Wed, Nov 18", "Return to use", "—"],
        ["Fri, Nov 27", "Slip", "Calling my sponsor"],
    ]
    assert plain_data(build_summary(journal, choices()))["hard"] is None


def test_only_the_ticked_sections_of_what_i_know_now_go_in(
    journal: JournalService, notebook: NotebookService, tmp_path: Path
) -> None:
    notebook.save_note(NoteSection.WORKS, "WORKSNOTE group in the morning")
    notebook.save_note(NoteSection.TRIGGERS, "TRIGGERNOTE payday")
    chosen = choices(note_sections=frozenset({NoteSection.TRIGGERS}))
    text = pdf_text(
        write_summary(build_summary(journal, chosen, notebook=notebook), tmp_path / "a.pdf")
    )
    assert "What I know now" in text and "My triggers" in text and "TRIGGERNOTE" in text
    assert "WORKSNOTE" not in text and "What works" not in text


# -- the detail after page 1 ---------------------------------------------------------------------


def test_the_week_by_week_view_folds_repeats(journal: JournalService, tmp_path: Path) -> None:
    monday = date(2026, 11, 16)
    for offset, text in enumerate(
        ["Went to group", "went to group.", "Went  to group", "Called my sister", "Went to group"]
    ):
        journal.log_win(text, category="Showing up", day=monday + timedelta(days=offset))
    journal.log_win("Went to group", day=monday + timedelta(days=7))
    summary = build_summary(journal, choices())
    week = summary.weeks[0]
    assert (week.since, week.until, week.wins) == (monday, monday + timedelta(days=6), 5)
    data = plain_data(summary)["detail"]
    assert data["heading"] == "Week by week"
    assert [row["week"] for row in data["rows"]] == ["November 16 to 22", "November 23 to 27"]
    assert data["rows"][0]["lines"] == [
        {"words": "Went to group", "times": "×4"},
        {"words": "Called my sister", "times": ""},
    ]
    assert data["rows"][0]["totals"] == "5 wins"
    assert data["rows"][0]["kinds"] == "Showing up 5"
    assert data["rows"][1]["kinds"] == "Other win 1"
    text = pdf_text(write_summary(summary, tmp_path / "a.pdf"))
    assert "Went to group ×4" in text and text.count("Went to group") == 2


def test_a_busy_week_keeps_its_most_repeated_lines_and_says_how_many_more(
    journal: JournalService,
) -> None:
    for n in range(40):
        journal.log_win(f"Something new number {n}", day=TODAY)
    journal.log_win("Something new number 7", day=TODAY)
    summary = build_summary(journal, choices(since=TODAY - timedelta(days=6)))
    row = plain_data(summary)["detail"]["rows"][0]
    assert row["lines"][0] == {"words": "Something new number 7", "times": "×2"}
    assert row["more"] == f"and {40 - len(row['lines'])} more"


def test_every_entry_only_when_chosen(journal: JournalService, tmp_path: Path) -> None:
    journal.log_win("Went to group", day=TODAY, note="NOTEWORDS it was loud")
    journal.log_win("Went to group", day=TODAY - timedelta(days=1))
    full = pdf_text(
        write_summary(build_summary(journal, choices(detail=Detail.FULL)), tmp_path / "f.pdf")
    )
    assert "Everything I logged" in full and "Week by week" not in full
    assert "Thursday, November 26, 2026" in full and "NOTEWORDS" in full
    condensed = pdf_text(write_summary(build_summary(journal, choices()), tmp_path / "c.pdf"))
    assert "Week by week" in condensed and "Everything I logged" not in condensed
    assert "Went to group ×2" in condensed and "NOTEWORDS" not in condensed
    none = pdf_text(
        write_summary(build_summary(journal, choices(detail=Detail.NONE)), tmp_path / "n.pdf")
    )
    assert "Went to group" not in none and "Week by week" not in none
    assert "2 wins logged" in none


# -- typography ----------------------------------------------------------------------------------


@pytest.mark.parametrize("detail", [Detail.CONDENSED, Detail.FULL])
def test_every_page_is_numbered_and_no_heading_ends_a_page(
    journal: JournalService, notebook: NotebookService, detail: Detail
) -> None:
    months_of_journal(journal, notebook, days=56, until=TODAY, hard_moments=3, sessions=16)
    notebook.save_note(NoteSection.WORKS, "Group in the morning\nCalling before, not after")
    document = SummaryDocument(
        build_summary(journal, every_part(56, detail=detail), notebook=notebook)
    )
    titles = headings(document)
    pages = page_lines(document)
    assert len(pages) >= 2
    for number, lines in enumerate(pages, start=1):
        assert lines[-1] == f"{number} of {len(pages)}"
        content = [line for line in lines[:-1] if line]
        assert content, number
        assert content[-1] not in titles, (number, content[-1])  # a heading is never left alone
        assert not set(content) <= titles, number


def lowest_ink(png: bytes) -> float:
    """How far down the page its last mark above the footer is, from 0 (top) to 1."""
    from PySide6.QtGui import QImage

    picture = QImage.fromData(png).convertToFormat(QImage.Format.Format_Grayscale8)
    footer = round(picture.height() * (1 - 24 / 279.4))  # the footer sits in the last 24 mm
    for y in range(footer - 1, -1, -1):
        if any(picture.pixelColor(x, y).value() < 200 for x in range(picture.width())):
            return y / picture.height()
    return 0.0


@pytest.mark.parametrize("detail", [Detail.CONDENSED, Detail.FULL])
def test_no_page_but_the_last_is_half_empty(
    journal: JournalService, notebook: NotebookService, detail: Detail
) -> None:
    months_of_journal(journal, notebook, days=105, until=TODAY)
    notebook.save_note(NoteSection.WORKS, "Group in the morning\nCalling before, not after")
    document = SummaryDocument(
        build_summary(journal, every_part(105, detail=detail), notebook=notebook)
    )
    pages = document.page_images(24)
    assert len(pages) >= 2
    for number, png in enumerate(pages[:-1], start=1):
        assert lowest_ink(png) > 0.75, number


def test_a_long_run_of_letters_stays_on_the_page(journal: JournalService) -> None:
    journal.log_win("x" * 20000, day=TODAY)
    document = SummaryDocument(build_summary(journal, choices(detail=Detail.FULL)))
    words = "".join("".join(page_lines(document)[n]) for n in range(document.pages))
    assert words.count("x") == 20000
    widest = max(len(line) for lines in page_lines(document) for line in lines)
    assert widest < 200  # broken into lines that fit, not one line running off the page


@pytest.mark.parametrize(
    "words",
    [
        '#set page(fill: red) *bold* _it_ $x^2$ <label> @ref #import "x.typ" \\ ] [ } { // /*',
        "שלום, הלכתי לקבוצה היום",
        "ذهبت إلى المجموعة اليوم",
        "Went to group 🙂 👍🏽 ❤️",
        "Cafe\u0301 a\u0308 n\u0303",
    ],
)
def test_a_persons_words_are_shown_as_written(
    journal: JournalService, tmp_path: Path, words: str
) -> None:
    journal.log_win(words, day=TODAY)
    chosen = choices(name=words[:80], message=words, detail=Detail.FULL)
    target = write_summary(build_summary(journal, chosen), tmp_path / "a.pdf")
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1  # no markup ran: no page break, no other page
    text = pdf_text(target)
    if re.search(r"[\u0590-\u06ff]", words):  # right to left: the words, in either order
        for word in re.findall(r"[\u0590-\u06ff]+", words):
            assert text.count(word) >= 3
    else:  # the entry, the note, and the name (cut to the name's 80 characters)
        assert text.count(" ".join(words.split())) >= 2, text
        assert " ".join(words[:80].split()) in text


# -- length --------------------------------------------------------------------------------------


def test_three_and_a_half_months_fit_in_three_pages(
    journal: JournalService, notebook: NotebookService
) -> None:
    months_of_journal(journal, notebook, days=105, until=TODAY)
    assert 300 <= journal.count() <= 340
    notebook.save_note(NoteSection.WORKS, "Group in the morning\nCalling before, not after")
    notebook.add_bring_up("I need more one-on-one time.")
    document = SummaryDocument(build_summary(journal, every_part(105), notebook=notebook))
    assert document.pages <= 3


@pytest.mark.slow
def test_a_year_fits_in_six_pages(journal: JournalService, notebook: NotebookService) -> None:
    months_of_journal(
        journal, notebook, days=365, until=TODAY, wins_a_day=9.6, hard_moments=20, sessions=130
    )
    assert 3500 <= journal.count() <= 3800
    document = SummaryDocument(build_summary(journal, every_part(365), notebook=notebook))
    assert document.pages <= 6


def test_many_hard_moments_list_the_latest_and_what_helped_most(journal: JournalService) -> None:
    for n in range(12):
        helped = "Calling my sponsor" if n % 3 else "A long walk."
        journal.log_hard_moment(word="slip", note=helped, day=TODAY - timedelta(days=n))
    hard = plain_data(build_summary(journal, choices(include_hard_moments=True)))["hard"]
    assert hard["text"] == (
        "I logged 12 hard moments in this period. What helped most often: "
        "Calling my sponsor ×8; A long walk ×4. The latest 8:"
    )
    assert [row[0] for row in hard["rows"]][-1] == "Fri, Nov 27"
    assert len(hard["rows"]) == 8


def test_a_long_entry_is_one_line_in_the_week_by_week_view(
    journal: JournalService, tmp_path: Path
) -> None:
    long = "Stayed for the whole session even though I wanted to leave early, and then some more"
    journal.log_win(long, day=TODAY)
    journal.log_win(long, day=TODAY, note="twice")
    summary = build_summary(journal, choices())
    assert plain_data(summary)["detail"]["rows"][0]["lines"] == [{"words": long, "times": "×2"}]
    document = SummaryDocument(summary)
    shown = next(line for line in page_lines(document)[0] if line.startswith("• Stayed"))
    assert shown.endswith("… ×2") and len(shown) < len(long)  # cut to its line, at a word
    assert long.startswith(shown.removeprefix("• ").removesuffix("… ×2"))
    full = pdf_text(
        write_summary(build_summary(journal, choices(detail=Detail.FULL)), tmp_path / "f.pdf")
    )
    assert long in full  # whole in the full log


def test_right_to_left_words_keep_to_themselves(journal: JournalService, tmp_path: Path) -> None:
    """A direction override in a person's words never turns the app's words around it."""
    journal.add_category("Sh\u202eowing up")
    journal.log_win("Went to group\u202e and then", category="Sh\u202eowing up", day=TODAY)
    journal.log_win("Went to group\u202e and then", category="Sh\u202eowing up", day=TODAY)
    journal.log_win("הלכתי לקבוצה", day=TODAY)
    journal.log_win("הלכתי לקבוצה", day=TODAY)
    text = pdf_text(write_summary(build_summary(journal, choices()), tmp_path / "a.pdf"))
    # The override turns the person's own words (as they asked), and stops at their end:
    # the count after a kind's name and the "×2" after the words stay where they belong.
    assert "Other win 2 · Shpu gniwo 2" in text
    assert "Went to groupneht dna ×2" in text
    assert "הלכתי ×2" in text or "לקבוצההלכתי ×2" in text
