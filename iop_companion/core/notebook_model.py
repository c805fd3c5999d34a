"""The recovery notebook's records and words, as the UI and the CLI see them.

Three parts hold what a person learns in IOP: what I know now (sections revised over time, every
version kept), things I want to bring up (to the therapist or the group), and showing up (sessions
and an optional weekly plan). Phrases for coming back sit beside them. ``core/notebook.py`` keeps
them; these dataclasses are what it hands out. Their ``repr`` never shows what the person wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time
from enum import Enum
from typing import Literal

from iop_companion.core.coping_model import (
    ImportedCheckIn,
    ImportedHowIAm,
    ImportedPickingUp,
    ImportedPlanVersion,
)
from iop_companion.core.model import Change, ImportResult
from iop_companion.core.vocabulary import Attendance as Attendance
from iop_companion.core.vocabulary import NoteSection as NoteSection
from iop_companion.core.vocabulary import SessionKind as SessionKind
from iop_companion.core.words import date_words
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, say_weekday, translate

notebook_model = Context("notebook_model")

# Longest text each part keeps (characters, after the ends are trimmed).
MAX_NOTE_CHARS = 20_000
MAX_BRING_UP_CHARS = 1_000
MAX_SESSION_NOTE_CHARS = 2_000
MAX_PLAN_NOTE_CHARS = 60
MAX_PHRASE_CHARS = 300

# Not for translation: the English names the command line reads in what is typed. A weekday
# shown to a person is i18n.say_weekday(number), in their language.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def minute_text(at: time | None) -> str | None:
    """A session's or plan item's time as the journal and the export keep it: "18:30"."""
    return at.strftime("%H:%M") if at is not None else None


def stored_minute(text: str | None) -> time | None:
    """A time kept as ``minute_text`` wrote it, read back (None for none)."""
    return time.fromisoformat(text) if text else None


def to_minute(at: time | None) -> time | None:
    """Times are kept to the minute, without a time zone (they are local, like days)."""
    return at.replace(second=0, microsecond=0, tzinfo=None) if at is not None else None


def utc_text(moment: datetime) -> str:
    """A moment as the journal and the export keep it: UTC, ISO 8601, to the microsecond."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class Unchanged(Enum):
    """The "leave it as it is" default of an edit, where ``None`` is a value of its own."""

    UNCHANGED = "unchanged"


UNCHANGED = Unchanged.UNCHANGED


# -- what I know now ----------------------------------------------------------------------------


SECTION_TITLES: dict[NoteSection, str] = {
    NoteSection.WORKS: QT_TRANSLATE_NOOP("notebook_model", "What works"),
    NoteSection.DOESNT_WORK: QT_TRANSLATE_NOOP("notebook_model", "What doesn't work"),
    NoteSection.LIMITS: QT_TRANSLATE_NOOP("notebook_model", "My limits"),
    NoteSection.TRIGGERS: QT_TRANSLATE_NOOP("notebook_model", "My triggers"),
    NoteSection.SUPPORT: QT_TRANSLATE_NOOP("notebook_model", "The support I need"),
}

SECTION_PROMPTS: dict[NoteSection, str] = {
    NoteSection.WORKS: QT_TRANSLATE_NOOP(
        "notebook_model", "What helps you, even a little. Small things count."
    ),
    NoteSection.DOESNT_WORK: QT_TRANSLATE_NOOP(
        "notebook_model", "What hasn't helped you so far. Knowing it is useful too."
    ),
    NoteSection.LIMITS: QT_TRANSLATE_NOOP(
        "notebook_model", "What you can take on right now, and what is too much."
    ),
    NoteSection.TRIGGERS: QT_TRANSLATE_NOOP(
        "notebook_model", "People, places, times or feelings that make things harder."
    ),
    NoteSection.SUPPORT: QT_TRANSLATE_NOOP(
        "notebook_model",
        "The support you need, in your words, not what someone else thinks you should want.",
    ),
}


def section_title(section: NoteSection) -> str:
    """A section's title in the reader's language."""
    return translate("notebook_model", SECTION_TITLES[section])


def section_prompt(section: NoteSection) -> str:
    """What a section is for, in the reader's language."""
    return translate("notebook_model", SECTION_PROMPTS[section])


@dataclass(frozen=True)
class NoteVersion:
    """One saved version of a section. ``saved_at`` is aware, in this computer's time zone."""

    id: int
    section: NoteSection
    text: str
    saved_at: datetime

    @property
    def title(self) -> str:
        return section_title(self.section)

    @property
    def day(self) -> date:
        """The local day it was saved on."""
        return self.saved_at.date()

    def __repr__(self) -> str:  # never put what the person wrote in a log or a traceback
        return f"NoteVersion(id={self.id}, section={self.section.value})"


# -- things I want to bring up ------------------------------------------------------------------

BRING_UP_SUGGESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("notebook_model", "I don't feel safe in this group."),
    QT_TRANSLATE_NOOP("notebook_model", "I hate being on Zoom."),
    QT_TRANSLATE_NOOP("notebook_model", "I need more one-on-one time."),
    QT_TRANSLATE_NOOP("notebook_model", "I want a new therapist."),
    QT_TRANSLATE_NOOP("notebook_model", "A smaller group would help."),
)


def bring_up_suggestions() -> tuple[str, ...]:
    """The suggestions in the reader's language (once added, an item is the person's words)."""
    return tuple(translate("notebook_model", text) for text in BRING_UP_SUGGESTIONS)


@dataclass(frozen=True)
class BringUpItem:
    """Something to say to the therapist or the group; ``brought_up_on`` once it was said."""

    id: int
    text: str
    added_on: date
    brought_up_on: date | None
    position: int

    @property
    def is_open(self) -> bool:
        return self.brought_up_on is None

    def __repr__(self) -> str:
        return f"BringUpItem(id={self.id}, open={self.is_open})"


# -- showing up ---------------------------------------------------------------------------------


SESSION_KIND_TITLES: dict[SessionKind, str] = {
    SessionKind.GROUP: QT_TRANSLATE_NOOP("notebook_model", "Group"),
    SessionKind.INDIVIDUAL: QT_TRANSLATE_NOOP("notebook_model", "Individual session"),
    SessionKind.INTAKE_CALL: QT_TRANSLATE_NOOP("notebook_model", "Intake call"),
    SessionKind.PROGRAM_CALL: QT_TRANSLATE_NOOP("notebook_model", "Call to the program"),
    SessionKind.MEETING: QT_TRANSLATE_NOOP("notebook_model", "Meeting"),
}


def session_kind_title(kind: SessionKind) -> str:
    """E.g. "Group", in the reader's language."""
    return translate("notebook_model", SESSION_KIND_TITLES[kind])


def session_kind_count(kind: SessionKind, count: int) -> str:
    """E.g. "6 group sessions", "1 call to the program"."""
    if kind is SessionKind.GROUP:
        return notebook_model.tr("%Ln group session(s)", None, count)
    if kind is SessionKind.INDIVIDUAL:
        return notebook_model.tr("%Ln individual session(s)", None, count)
    if kind is SessionKind.INTAKE_CALL:
        return notebook_model.tr("%Ln intake call(s)", None, count)
    if kind is SessionKind.PROGRAM_CALL:
        return notebook_model.tr("%Ln call(s) to the program", None, count)
    return notebook_model.tr("%Ln meeting(s)", None, count)


ATTENDANCE_TITLES: dict[Attendance, str] = {
    Attendance.ATTENDED: QT_TRANSLATE_NOOP("notebook_model", "Was there"),
    Attendance.LATE: QT_TRANSLATE_NOOP("notebook_model", "Was there, late"),
    Attendance.LEFT_EARLY: QT_TRANSLATE_NOOP("notebook_model", "Was there, left early"),
    Attendance.MISSED: QT_TRANSLATE_NOOP("notebook_model", "Didn't make it"),
}

# The win logged for a session the person showed up to: what they did, plainly.
_WIN_TEXTS: dict[SessionKind, str] = {
    SessionKind.GROUP: QT_TRANSLATE_NOOP("notebook_model", "Went to group"),
    SessionKind.INDIVIDUAL: QT_TRANSLATE_NOOP("notebook_model", "Went to my individual session"),
    SessionKind.INTAKE_CALL: QT_TRANSLATE_NOOP("notebook_model", "Had the intake call"),
    SessionKind.PROGRAM_CALL: QT_TRANSLATE_NOOP("notebook_model", "Made the call to the program"),
    SessionKind.MEETING: QT_TRANSLATE_NOOP("notebook_model", "Went to a meeting"),
}
_CALLS = frozenset({SessionKind.INTAKE_CALL, SessionKind.PROGRAM_CALL})


def attendance_title(attendance: Attendance) -> str:
    """E.g. "Was there, late", in the reader's language."""
    return translate("notebook_model", ATTENDANCE_TITLES[attendance])


def session_win_text(kind: SessionKind, attendance: Attendance) -> str:
    """The words of the win logged for a session, e.g. "Went to group, got there late", in the
    language in use when it is logged (from then on they are the person's words)."""
    text = translate("notebook_model", _WIN_TEXTS[kind])
    if attendance is Attendance.LATE:
        if kind in _CALLS:
            return translate("notebook_model", "{win}, later than planned").format(win=text)
        return translate("notebook_model", "{win}, got there late").format(win=text)
    if attendance is Attendance.LEFT_EARLY:
        if kind in _CALLS:
            return translate("notebook_model", "{win}, kept it short").format(win=text)
        return translate("notebook_model", "{win}, left early").format(win=text)
    return text


def _listed(parts: list[str]) -> str:
    """ "a, b and c" in the reader's language."""
    listed = parts[-1]
    if len(parts) > 1:
        listed = parts[-2]
        for part in reversed(parts[:-2]):
            listed = translate("notebook_model", "{first}, {rest}").format(first=part, rest=listed)
        listed = translate("notebook_model", "{list} and {last}").format(
            list=listed, last=parts[-1]
        )
    return listed


def session_counts_sentence(counts: dict[SessionKind, int]) -> str:
    """E.g. "I showed up 9 times: 6 group sessions, 2 individual sessions and 1 meeting."

    In the first person, for the therapist summary. Empty when there is nothing to count.
    """
    parts = [session_kind_count(kind, n) for kind, n in counts.items() if n]
    if not parts:
        return ""
    total = sum(n for n in counts.values() if n > 0)
    listed = _listed(parts)
    if total == 1:
        return translate("notebook_model", "I showed up once: {list}.").format(list=listed)
    if total == 2:
        return translate("notebook_model", "I showed up twice: {list}.").format(list=listed)
    said = notebook_model.tr("I showed up %Ln time(s): {list}.", None, total)
    return said.format(list=listed)


@dataclass(frozen=True)
class SessionRecord:
    """One session: what kind, how it went, an optional note.

    ``entry_id`` is the win logged for it while that win is in the journal; None if none was
    logged (a session the person didn't make), or the win was undone or deleted. ``plan_id`` is
    the plan item it was recorded from, while that item is in the plan.
    """

    id: int
    day: date
    kind: SessionKind
    attendance: Attendance
    note: str = ""
    at: time | None = None
    plan_id: int | None = None
    entry_id: int | None = None

    @property
    def title(self) -> str:
        """E.g. "Group, March 3, 2026"."""
        return translate("notebook_model", "{kind}, {day}").format(
            kind=session_kind_title(self.kind), day=date_words(self.day)
        )

    def __repr__(self) -> str:
        return (
            f"SessionRecord(id={self.id}, day={self.day.isoformat()}, kind={self.kind.value}, "
            f"attendance={self.attendance.value})"
        )


@dataclass(frozen=True)
class RecordedSession:
    """A session after a change, and what that change did to the journal.

    ``win`` is the journal's own ``Change`` (a win logged, edited or deleted for the session), so
    the UI can put it on its undo stack; ``JournalService.undo(win)`` reverses it. None when the
    journal didn't change.
    """

    session: SessionRecord
    win: Change | None = None


@dataclass(frozen=True)
class PlanItem:
    """A session that usually happens each week: ``weekday`` 0 is Monday."""

    id: int
    weekday: int
    at: time | None
    kind: SessionKind
    note: str = ""  # the person's label, like "Tuesday group"

    @property
    def title(self) -> str:
        """The person's label, or e.g. "Group on Tuesdays"."""
        if self.note:
            return self.note
        return translate("notebook_model", "{kind} on {weekday}s").format(
            kind=session_kind_title(self.kind), weekday=say_weekday(self.weekday)
        )

    def __repr__(self) -> str:
        return f"PlanItem(id={self.id}, weekday={self.weekday}, kind={self.kind.value})"


@dataclass(frozen=True)
class DueSession:
    """A plan item on a given day, with the session recorded for it that day, if any."""

    plan: PlanItem
    day: date
    recorded: SessionRecord | None = None


# -- phrases and search -------------------------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    id: int
    text: str
    position: int

    def __repr__(self) -> str:
        return f"Phrase(id={self.id}, position={self.position})"


NotebookPart = Literal[
    "note",
    "bring_up",
    "session",
    "phrase",
    # the coping tools (core/coping_model.py)
    "check_in",
    "how_i_am",
    "picking_up",
    "hard_times_plan",
]


@dataclass(frozen=True)
class NotebookHit:
    """A notebook item that matched a search, with a snippet split into (text, matched) pieces.

    ``item_id`` is the id of a ``NoteVersion``, ``BringUpItem``, ``SessionRecord``, ``Phrase``,
    ``CapitalCheckIn``, ``HowIAm``, ``PickingUp`` or ``HardTimesPlan`` as ``part`` says. ``day``
    is when it is from (None for a phrase).
    """

    part: NotebookPart
    item_id: int
    title: str
    snippet: tuple[tuple[str, bool], ...] = field(default=())
    day: date | None = None

    def __repr__(self) -> str:
        return f"NotebookHit(part={self.part}, item_id={self.item_id})"


# -- importing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedNote:
    section: NoteSection
    text: str
    saved_at: datetime

    def __repr__(self) -> str:
        return f"ImportedNote(section={self.section.value})"


@dataclass(frozen=True)
class ImportedBringUp:
    text: str
    added_on: date
    brought_up_on: date | None = None

    def __repr__(self) -> str:
        return f"ImportedBringUp(added_on={self.added_on.isoformat()})"


@dataclass(frozen=True)
class ImportedPlanItem:
    """``key`` is the item's number in the file, which sessions use to point at it."""

    key: int
    weekday: int
    at: time | None
    kind: SessionKind
    note: str = ""

    def __repr__(self) -> str:
        return f"ImportedPlanItem(key={self.key}, weekday={self.weekday})"


@dataclass(frozen=True)
class ImportedSession:
    day: date
    kind: SessionKind
    attendance: Attendance
    note: str = ""
    at: time | None = None
    plan_key: int | None = None
    entry_uid: str | None = None

    def __repr__(self) -> str:
        return f"ImportedSession(day={self.day.isoformat()}, kind={self.kind.value})"


@dataclass(frozen=True)
class NotebookPlan:
    """The notebook part of an import file, already checked, in the file's order."""

    notes: tuple[ImportedNote, ...] = ()
    bring_up: tuple[ImportedBringUp, ...] = ()
    plan: tuple[ImportedPlanItem, ...] = ()
    sessions: tuple[ImportedSession, ...] = ()
    phrases: tuple[str, ...] = ()
    # the coping tools (version 3 on)
    check_ins: tuple[ImportedCheckIn, ...] = ()
    how_i_am: tuple[ImportedHowIAm, ...] = ()
    picking_up: tuple[ImportedPickingUp, ...] = ()
    hard_times_plan: tuple[ImportedPlanVersion, ...] = ()

    @property
    def item_count(self) -> int:
        return sum(len(getattr(self, f.name)) for f in fields(self))

    def __repr__(self) -> str:
        counts = ", ".join(f"{f.name}={len(getattr(self, f.name))}" for f in fields(self))
        return f"NotebookPlan({counts})"


@dataclass(frozen=True)
class NotebookImportResult:
    """Notebook items an import added, and those it skipped because the same was already here;
    ``added_ids`` names what it added (table, id), so that the import can be undone."""

    added: int = 0
    already_there: int = 0
    added_ids: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class FileImportResult(ImportResult):
    """What an import did: the entries' counts (as ``ImportResult``) and the notebook's."""

    notebook: NotebookImportResult = field(default_factory=NotebookImportResult)

    @classmethod
    def of(
        cls, entries: ImportResult, notebook: NotebookImportResult | None = None
    ) -> FileImportResult:
        return cls(**vars(entries), notebook=notebook or NotebookImportResult())
