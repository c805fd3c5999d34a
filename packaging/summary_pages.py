"""Render the first two pages of a therapist summary of a 3½-month sample journal, for the README.

.venv/bin/python packaging/summary_pages.py [OUT_DIR]

The journal is the tests' own (tests/export/summary_journals.py: about 320 entries, six hard
moments, 38 sessions); the summary has every part ticked, as a person sharing all would.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from iop_companion.core.journal import JournalService
from iop_companion.core.model import EntryFilter, Kind
from iop_companion.core.notebook import NotebookService, NoteSection
from iop_companion.export.pdf import SummaryDocument
from iop_companion.export.summary import SummaryChoices, build_summary
from iop_companion.vault import Vault
from iop_companion.vault.keys import KdfParams
from tests.export.summary_journals import months_of_journal

TODAY = date(2026, 11, 27)
PPI = 110.0


def add_check_ins(journal: JournalService, notebook: NotebookService) -> None:
    """Three check-ins a month apart, a few of How I am, and notes after two hard moments."""
    for back, answers in (
        (90, [4, 3, 3, 3, 2, 4, 3, 5, 3, 3]),
        (55, [4, 4, 3, 4, 3, 4, 3, 5, 4, 4]),
        (12, [5, 4, 4, 4, 3, 5, 4, 5, 4, None]),
    ):
        notebook.record_check_in(TODAY - timedelta(days=back), answers)
    for back, words, halt in (
        (40, ["tired", "lonely"], ["tired", "lonely"]),
        (20, ["anxious", "hopeful"], ["hungry"]),
        (9, ["tired"], ["tired"]),
        (2, ["hopeful", "calm"], []),
    ):
        notebook.record_how_i_am(TODAY - timedelta(days=back), words=words, halt=halt)
    moments = journal.entries(EntryFilter(kinds=frozenset({Kind.HARD_MOMENT})))
    for moment, (going_on, helped) in zip(
        moments[:2],
        (
            ("An empty evening after a long shift.", "Texting Sam before the evening starts."),
            ("A call from my ex.", "Going to the 7 pm meeting."),
        ),
        strict=False,
    ):
        notebook.record_picking_up(moment.id, going_on=going_on, helped=helped)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        vault, _ = Vault.create(Path(work) / "journal", "sample pages", kdf=KdfParams())
        at = datetime(2026, 11, 27, 18, 0).astimezone()
        journal = JournalService(vault.db, clock=lambda: at)
        notebook = NotebookService(vault.db, journal, clock=lambda: at)
        months_of_journal(journal, notebook, days=105, until=TODAY)
        notebook.save_note(NoteSection.WORKS, "Group in the morning.\nCalling before, not after.")
        notebook.save_note(NoteSection.SUPPORT, "A ride to group on Tuesdays.")
        notebook.add_bring_up("I need more one-on-one time.")
        notebook.add_bring_up("A smaller group would help.")
        add_check_ins(journal, notebook)
        choices = SummaryChoices(
            since=TODAY - timedelta(days=104),
            until=TODAY,
            name="J. R.",
            message="Work has been hard. I'd like to talk about the evenings.",
            last_session=TODAY - timedelta(days=6),
            include_hard_moments=True,
            include_sessions=True,
            include_bring_up=True,
            note_sections=frozenset(NoteSection),
            include_check_ins=True,
            include_how_i_am=True,
            include_picking_up=True,
        )
        document = SummaryDocument(build_summary(journal, choices, notebook=notebook))
        for number, png in enumerate(document.page_images(PPI)[:2], start=1):  # the README shows 2
            (out / f"summary-page-{number}.png").write_bytes(png)
        vault.lock()
    print(f"{document.pages} pages in {out}")


if __name__ == "__main__":
    main()
