"""Journals like the ones people keep, for the summary's length and numbers.

``months_of_journal`` fills a journal with about two or three wins a day for ``days`` days: repeated
wins ("Went to group" most days), one-off ones in the person's own words, a few wins without a
category, hard moments now and then (with what helped), and group and individual sessions in the
notebook (each logs its own "Showing up" win). The same arguments always make the same journal.
And ``plain_data``: a summary's words as a reader sees them.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import Attendance, NotebookService, SessionKind
from iop_companion.export.summary import TherapistSummary
from iop_companion.export.summary_words import summary_data

REPEATED = (
    ("Went to group", "Showing up"),
    ("Called my sponsor", "Reaching out"),
    ("Said one honest sentence", "Honesty"),
    ("Went for a walk", "Self-care"),
    ("Ate a real breakfast", "Self-care"),
    ("Texted my sister back", "Reaching out"),
    ("Told my counselor how I really feel", "Honesty"),
    ("Made it to the meeting", "Showing up"),
)
OWN_WORDS = (
    "Asked for a smaller group",
    "Stayed for the whole session even though I wanted to leave",
    "Said no to a ride from an old friend",
    "Wrote down what I need from my therapist",
    "Cooked dinner for my kids",
    "Got to work on time all week",
    "Picked up the phone when the program called",
    "Slept before midnight",
    "Talked to intake again",
    "Sat with the feeling instead of running",
)
HARD_WORDS = ("slip", "hard moment", "rough night")
HELPED = ("Calling my sponsor", "Going to group the next day", "", "A long walk")


def months_of_journal(
    journal: JournalService,
    notebook: NotebookService,
    *,
    days: int,
    until: date,
    wins_a_day: float = 2.6,
    hard_moments: int = 6,
    sessions: int = 38,
    seed: int = 17,
) -> None:
    pick = random.Random(seed)
    first = until - timedelta(days=days - 1)
    session_days = sorted(pick.sample(range(days), sessions))
    for n, offset in enumerate(session_days):
        kind = SessionKind.INDIVIDUAL if n % 5 == 4 else SessionKind.GROUP
        notebook.record_session(first + timedelta(days=offset), kind, Attendance.ATTENDED)
    hard_days = set(pick.sample(range(days), hard_moments))
    for offset in range(days):
        day = first + timedelta(days=offset)
        if offset in hard_days:
            journal.log_hard_moment(
                word=pick.choice(HARD_WORDS),
                text="It was a hard evening",
                note=pick.choice(HELPED),
                day=day,
            )
        logged = int(wins_a_day) + (pick.random() < wins_a_day % 1)
        for _ in range(max(0, logged)):
            roll = pick.random()
            if roll < 0.8:
                text, category = pick.choice(REPEATED)
                journal.log_win(text, category=category, day=day)
            elif roll < 0.93:
                journal.log_win(pick.choice(OWN_WORDS), category="Asking for what I need", day=day)
            else:
                journal.log_win(pick.choice(OWN_WORDS), day=day)


def plain(value: Any) -> Any:
    """``value`` without the unseen marks the summary sets around a person's words."""
    if isinstance(value, str):
        return value.replace("\u2068", "").replace("\u2069", "").replace("\u200b", "")
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def plain_data(summary: TherapistSummary) -> Any:
    """The summary's words for its pages (``summary_data``), as a reader sees them."""
    return plain(summary_data(summary))
