"""The coping tools in a journal, for the summary and the file for the clinic's records: check-ins
(one with a statement skipped), how I am in words, and notes after hard moments, one of them
private and one the person will untick. Each private or unticked thing carries a mark no summary
or file may ever show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from iop_companion.core.coping_model import CapitalCheckIn, Halt
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService

PRIVATE_MARK = "PRIVATENOTES-5521"
UNTICKED_MARK = "UNTICKEDNOTES-8830"
OUTSIDE_MARK = "OUTSIDENOTES-1942"
ALL_ANSWERS = (4, 5, 3, 2, 6, 5, 4, 4, 5, 3)  # 41
SKIPPED_ONE = (5, 5, None, 3, 6, 5, 4, 4, 5, 3)  # the third statement skipped


@dataclass(frozen=True)
class CopingTools:
    kept: int  # the hard moment that goes in, with its notes
    unticked: int  # a hard moment with notes, which the person unticks
    check_ins: tuple[CapitalCheckIn, ...]  # in the range, oldest first
    before: CapitalCheckIn  # a check-in before the range


def coping_tools(journal: JournalService, notebook: NotebookService, today: date) -> CopingTools:
    before = notebook.record_check_in(today - timedelta(days=90), ALL_ANSWERS)
    first = notebook.record_check_in(today - timedelta(days=20), ALL_ANSWERS, note="CHECKINNOTE")
    second = notebook.record_check_in(today - timedelta(days=3), SKIPPED_ONE)
    for offset, words, halt in (
        (12, ["tired", "hopeful"], [Halt.TIRED]),
        (8, ["tired", "anxious", "steady like a rock"], [Halt.TIRED, Halt.LONELY]),
        (2, ["Tired", "hopeful"], []),
    ):
        notebook.record_how_i_am(today - timedelta(days=offset), words=words, halt=halt)
    notebook.record_how_i_am(today - timedelta(days=60), words=["OUTSIDEWORD"])
    kept = journal.log_hard_moment(word="slip", note="A call", day=today - timedelta(days=5))
    notebook.record_picking_up(
        kept.entry.id,
        going_on="Payday, and a fight with my brother",
        halt=[Halt.ANGRY, Halt.TIRED],
        did="Called my sponsor",
        helped="Leaving the house for a walk",
    )
    unticked = journal.log_hard_moment(word="rough night", day=today - timedelta(days=4))
    notebook.record_picking_up(unticked.entry.id, going_on=UNTICKED_MARK, did=UNTICKED_MARK)
    private = journal.log_hard_moment(word="slip", day=today - timedelta(days=6), private=True)
    notebook.record_picking_up(private.entry.id, going_on=PRIVATE_MARK, helped=PRIVATE_MARK)
    outside = journal.log_hard_moment(word="slip", day=today - timedelta(days=70))
    notebook.record_picking_up(outside.entry.id, going_on=OUTSIDE_MARK)
    journal.log_win("Went to group", day=today - timedelta(days=1))
    return CopingTools(kept.entry.id, unticked.entry.id, (first, second), before)
