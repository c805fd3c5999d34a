"""What a change to the journal changed, as one frozen value (like Anki's ``OpChanges``).

Every mutation of an open journal (``core.open_journal.OpenJournal``) returns its result with a
``Changes``: which parts of the journal it touched, which entries and days, and one ``Record``
per thing done, with the record's name and the time. The desktop turns it into one Qt signal
and each view refreshes only when a part it shows is in it; the command line ignores it. The
records are what a second computer will replay.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Generic, TypeVar

from iop_companion.core.model import Change

T = TypeVar("T")


class Part(StrEnum):
    """A part of the journal a view may show."""

    ENTRIES = "entries"  # wins and hard moments: the timeline, progress, the summary
    CATEGORIES = "categories"
    TEMPLATES = "templates"  # the quick wins
    NOTES = "notes"  # What I know now
    BRING_UP = "bring_up"
    SESSIONS = "sessions"
    PLAN = "plan"
    PHRASES = "phrases"
    CHECK_INS = "check_ins"  # What I have going for me, and its nudge
    HOW_I_AM = "how_i_am"  # context on the timeline, like a hard moment
    PICKING_UP = "picking_up"  # notes after a hard moment
    HARD_TIMES_PLAN = "hard_times_plan"  # and whether it shows on the unlock screen
    OWN_DETAILS = "own_details"  # the program's phone number, the last session's day, setup's code
    DRAFTS = "drafts"
    KEYS = "keys"  # passphrase, recovery code, this computer's key
    SYNC = "sync"  # the folder that keeps the journal in step with other computers
    BACKUPS = "backups"


NOTEBOOK = frozenset(
    {
        Part.NOTES,
        Part.BRING_UP,
        Part.SESSIONS,
        Part.PLAN,
        Part.PHRASES,
        Part.CHECK_INS,
        Part.HOW_I_AM,
        Part.PICKING_UP,
        Part.HARD_TIMES_PLAN,
    }
)
EVERY_PART = frozenset(Part)


@dataclass(frozen=True)
class Record:
    """One thing done, written down: what (``entries.logged``: the part, then what was done to
    it), to which record (``entries:<uid>``, ``check_ins:<uid>``; ``bring_up:<id>`` for a
    record that has no uid yet), when."""

    what: str
    record: str
    at: datetime


@dataclass(frozen=True)
class Changes:
    """What one action changed.

    ``entry_changes`` are the entries logged, edited or deleted, in order (a view can patch
    them in place); ``reload`` says too much changed for that (an import, taking one back, a
    restore): read the parts again. ``days`` are the days whose tallies changed.
    """

    parts: frozenset[Part] = frozenset()
    entry_changes: tuple[Change, ...] = ()
    days: frozenset[date] = frozenset()
    reload: bool = False
    records: tuple[Record, ...] = field(default=(), compare=False)

    def touches(self, *parts: Part) -> bool:
        return not self.parts.isdisjoint(parts)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            parts=self.parts | other.parts,
            entry_changes=self.entry_changes + other.entry_changes,
            days=self.days | other.days,
            reload=self.reload or other.reload,
            records=self.records + other.records,
        )

    @classmethod
    def of_entries(cls, changes: Iterable[Change | None], at: datetime) -> Changes:
        """What these journal changes changed (None for none)."""
        done = tuple(c for c in changes if c is not None)
        return cls(
            parts=frozenset({Part.ENTRIES}) if done else frozenset(),
            entry_changes=done,
            days=frozenset(day for c in done for day in c.days),
            records=tuple(Record(f"entries.{c.what}", f"entries:{c.entry.uid}", at) for c in done),
        )

    @classmethod
    def of(cls, part: Part, what: str, record: str | int, at: datetime) -> Changes:
        """One thing done to one record of ``part`` (a number is the record's id there)."""
        name = f"{part.value}:{record}" if isinstance(record, int) else record
        return cls(parts=frozenset({part}), records=(Record(f"{part.value}.{what}", name, at),))

    @classmethod
    def everything(cls, what: str, at: datetime) -> Changes:
        """So much changed (an import, a restore) that every view reads the journal again."""
        return cls(parts=EVERY_PART, reload=True, records=(Record(what, "journal", at),))


NOTHING = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """What a mutation gives back: its ``result`` and what it ``changes``."""

    result: T
    changes: Changes = NOTHING


@dataclass
class Step:
    """One step on the undo history: ``undo`` and ``redo`` each do it and say what changed.
    ``description`` completes "Undo …" ("logging a win"). A ``slow_redo`` (an import added
    again) belongs on the worker thread, off the window's."""

    description: str
    undo: Callable[[], Changes]
    redo: Callable[[], Changes]
    slow_redo: bool = False
