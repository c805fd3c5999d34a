"""The four coping tools' records and words, as the UI and the CLI see them (issue 18).

- What I have going for me: a recovery capital check-in (BARC-10, ``core/barc10.py``).
- How I am, in words: a check-in without a score: words, the HALT check, one line.
- Picking up from here: what a person learned from a hard moment, tied to it.
- My plan for hard times: one plan, every saved version kept.

``core/notebook.py`` keeps them (``notebook_check_ins``, ``notebook_how_i_am``,
``notebook_picking_up``, ``notebook_hard_times``); these dataclasses are what it hands out.
Their ``repr`` never shows what the person wrote. Nothing here is a score of the person: a
check-in's total is information they may look at, and HALT ticks are context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from iop_companion.core import barc10
from iop_companion.core.vocabulary import CHECK_IN_INTRO as CHECK_IN_INTRO
from iop_companion.core.vocabulary import CHECK_IN_TITLE as CHECK_IN_TITLE
from iop_companion.core.vocabulary import FEELING_WORDS as FEELING_WORDS
from iop_companion.core.vocabulary import Halt as Halt
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, translate

coping_model = Context("coping_model")

# Longest text each part keeps (characters, after the ends are trimmed).
MAX_CHECK_IN_NOTE_CHARS = 2_000
MAX_HOW_I_AM_LINE_CHARS = 300
MAX_HOW_I_AM_WORDS = 20
MAX_PICKING_UP_CHARS = 2_000
MAX_PLAN_TEXT_CHARS = 2_000
MAX_PLAN_PEOPLE = 20
MAX_CONTACT_NAME_CHARS = 60
MAX_CONTACT_NUMBER_CHARS = 80  # as the program's number (core/own_details.py)


# -- What I have going for me (BARC-10) -----------------------------------------------------------

CHECK_IN_TOTAL_NOTE = QT_TRANSLATE_NOOP(
    "coping_model",
    "The total runs from 10 to 60. Each check-in is kept as it was, beside the others.",
)


@dataclass(frozen=True)
class CapitalCheckIn:
    """One recovery capital check-in: a day and ten answers (1 to 6, None for a statement the
    person skipped), in the order of ``barc10.STATEMENTS``. ``created_at`` is aware, UTC."""

    id: int
    uid: str
    day: date
    answers: barc10.Answers
    note: str = ""
    created_at: datetime | None = None

    @property
    def total(self) -> int | None:
        """10 to 60 once every statement has an answer; None while any is skipped."""
        return barc10.total(self.answers)

    @property
    def answered(self) -> int:
        return sum(answer is not None for answer in self.answers)

    def __repr__(self) -> str:
        return f"CapitalCheckIn(id={self.id}, day={self.day.isoformat()})"


SKIPPED = QT_TRANSLATE_NOOP("coping_model", "Skipped")  # a statement left without an answer


def answer_words(answer: int | None) -> str:
    """An answer as said everywhere: its label ("Somewhat agree", in English as the instrument
    was tested), or "Skipped" in the reader's language."""
    return translate("coping_model", SKIPPED) if answer is None else barc10.answer_label(answer)


def totals_over_time(check_ins: Sequence[CapitalCheckIn]) -> list[tuple[date, int]]:
    """(day, total) of every check-in with all ten answers, oldest first: the total over time,
    if the person wants to see it. Two check-ins on one day are two points; none is dropped."""
    ordered = sorted(check_ins, key=lambda c: (c.day, c.created_at or datetime.min, c.id))
    return [(c.day, c.total) for c in ordered if c.total is not None]


def total_words(check_in: CapitalCheckIn) -> str:
    """E.g. "Total: 41 (of 10 to 60)", or how many statements have answers so far."""
    if check_in.total is not None:
        return translate("coping_model", "Total: {total} (of {lowest} to {highest})").format(
            total=check_in.total, lowest=barc10.LOWEST_TOTAL, highest=barc10.HIGHEST_TOTAL
        )
    said = coping_model.tr(
        "{answered} of %n statement(s) answered. The total shows with all %n.",
        None,
        len(barc10.STATEMENTS),
    )
    return said.format(answered=check_in.answered)


# -- HALT ---------------------------------------------------------------------------------------


HALT_TITLES: dict[Halt, str] = {
    Halt.HUNGRY: QT_TRANSLATE_NOOP("coping_model", "Hungry"),
    Halt.ANGRY: QT_TRANSLATE_NOOP("coping_model", "Angry"),
    Halt.LONELY: QT_TRANSLATE_NOOP("coping_model", "Lonely"),
    Halt.TIRED: QT_TRANSLATE_NOOP("coping_model", "Tired"),
}
HALT_PROMPT = QT_TRANSLATE_NOOP(
    "coping_model", "A quick check: hungry, angry, lonely, tired? Tick any that fit, or none."
)


def halt_title(halt: Halt) -> str:
    """E.g. "Hungry", in the reader's language."""
    return translate("coping_model", HALT_TITLES[halt])


def halt_in_order(ticked: Sequence[Halt | str]) -> tuple[Halt, ...]:
    """The ticks, each once, in HALT's order."""
    chosen = {Halt(value) for value in ticked}
    return tuple(h for h in Halt if h in chosen)


# -- How I am, in words -------------------------------------------------------------------------

HOW_I_AM_TITLE = QT_TRANSLATE_NOOP("coping_model", "How I am")
HOW_I_AM_PROMPT = QT_TRANSLATE_NOOP(
    "coping_model", "Pick any words that fit, or add your own. There's no right answer."
)
HOW_I_AM_LINE_PROMPT = QT_TRANSLATE_NOOP("coping_model", "One line, if you want to say more.")


@dataclass(frozen=True)
class HowIAm:
    """A check-in without a score: ``words`` (from ``FEELING_WORDS`` or the person's own, in
    the order chosen), the HALT ticks and one optional ``line``. Context, like a hard moment."""

    id: int
    uid: str
    day: date
    words: tuple[str, ...] = ()
    halt: tuple[Halt, ...] = ()
    line: str = ""
    created_at: datetime | None = None

    @property
    def own_words(self) -> tuple[str, ...]:
        """The words the person added themselves."""
        return tuple(w for w in self.words if w not in FEELING_WORDS)

    def __repr__(self) -> str:
        return f"HowIAm(id={self.id}, day={self.day.isoformat()})"


def ticks_words(ticked: Sequence[Halt]) -> str:
    """The HALT ticks in HALT's order, e.g. "hungry, tired" ("" with no tick)."""
    return ", ".join(halt_title(h).lower() for h in halt_in_order(ticked))


def halt_words(ticked: Sequence[Halt]) -> str:
    """E.g. "Quick check: hungry, tired" ("" with no tick)."""
    if not ticked:
        return ""
    return translate("coping_model", "Quick check: {ticks}").format(ticks=ticks_words(ticked))


def how_i_am_lines(item: HowIAm) -> tuple[str, str]:
    """What a check-in says, in two lines: its words ("Calm, tired, wobbly"), then what else
    it holds (the HALT ticks, then the line). With no words, the first of those comes first."""
    parts = [part for part in (", ".join(item.words), halt_words(item.halt), item.line) if part]
    if not parts:
        return "", ""
    first = parts[0]
    return first[:1].upper() + first[1:], "  \u00b7  ".join(parts[1:])


# -- Picking up from here -----------------------------------------------------------------------

PICKING_UP_TITLE = QT_TRANSLATE_NOOP("coping_model", "Picking up from here")
PICKING_UP_INTRO = QT_TRANSLATE_NOOP(
    "coping_model",
    "A few questions about the hard moment, if you want them. Skip any, stop any time. "
    "Nothing counts down and no one is told.",
)
PICKING_UP_PROMPTS: dict[str, str] = {
    "going_on": QT_TRANSLATE_NOOP("coping_model", "What was going on?"),
    "halt": QT_TRANSLATE_NOOP("coping_model", "What did you feel?"),
    "did": QT_TRANSLATE_NOOP("coping_model", "What did you do?"),
    "helped": QT_TRANSLATE_NOOP("coping_model", "What helped, or might help next time?"),
}
ADD_TO_WHAT_I_KNOW = QT_TRANSLATE_NOOP(
    "coping_model", "Add what you learned to What I know now, in your words."
)


def picking_up_prompt(key: str) -> str:
    """A question of Picking up from here (a key of ``PICKING_UP_PROMPTS``), translated."""
    return translate("coping_model", PICKING_UP_PROMPTS[key])


@dataclass(frozen=True)
class PickingUp:
    """What a person noted after a hard moment. ``entry_id`` is that hard moment while it is in
    the journal (None once it is deleted: the notes stay, the link comes back if the deletion
    is undone); ``moment_day`` its day then; ``private`` whether it is marked private (then
    these notes stay out of exports too). ``written_at`` is aware, UTC."""

    id: int
    uid: str
    written_at: datetime
    entry_uid: str | None = None  # the link as kept, even while the hard moment is deleted
    going_on: str = ""
    halt: tuple[Halt, ...] = ()
    did: str = ""
    helped: str = ""
    entry_id: int | None = None
    moment_day: date | None = None
    private: bool = False

    @property
    def day(self) -> date:
        """The hard moment's day while it is linked; else the local day the notes were written."""
        return self.moment_day or self.written_at.astimezone().date()

    def __repr__(self) -> str:
        return f"PickingUp(id={self.id}, entry_id={self.entry_id})"


# -- My plan for hard times ---------------------------------------------------------------------

PLAN_TITLE = QT_TRANSLATE_NOOP("coping_model", "My plan for hard times")
PLAN_FIELDS = ("signs", "on_my_own", "people", "places", "remember")
PLAN_TITLES: dict[str, str] = {
    "signs": QT_TRANSLATE_NOOP("coping_model", "What tells me a hard time is coming"),
    "on_my_own": QT_TRANSLATE_NOOP("coping_model", "What I can do on my own"),
    "people": QT_TRANSLATE_NOOP("coping_model", "People I can call or text"),
    "places": QT_TRANSLATE_NOOP("coping_model", "Places that help"),
    "remember": QT_TRANSLATE_NOOP("coping_model", "What I want to remember"),
    "program": QT_TRANSLATE_NOOP("coping_model", "My program's number"),
}
UNLOCK_SCREEN_CHOICE = QT_TRANSLATE_NOOP("coping_model", "Also show my plan on the unlock screen")
UNLOCK_SCREEN_WARNING = QT_TRANSLATE_NOOP(
    "coping_model",
    "A copy on the unlock screen is not encrypted. Anyone who uses this computer can read it, "
    "without your passphrase.",
)


def plan_title(key: str) -> str:
    """A part's heading (a key of ``PLAN_TITLES``), in the reader's language."""
    return translate("coping_model", PLAN_TITLES[key])


@dataclass(frozen=True)
class Contact:
    """Someone the person can call or text: a name, a number, or both."""

    name: str = ""
    number: str = ""

    @property
    def words(self) -> str:
        """E.g. "Sam: 555-0101"."""
        return ": ".join(part for part in (self.name, self.number) if part)

    def __repr__(self) -> str:
        return "Contact()"


@dataclass(frozen=True)
class HardTimesPlan:
    """One saved version of the plan. The program's number is not kept here: it is the one in
    the person's own details (``OwnDetails.program_phone``), so there is one copy of it."""

    id: int
    saved_at: datetime
    signs: str = ""
    on_my_own: str = ""
    people: tuple[Contact, ...] = ()
    places: str = ""
    remember: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.signs or self.on_my_own or self.people or self.places or self.remember)

    def __repr__(self) -> str:
        return f"HardTimesPlan(id={self.id})"


def plan_parts(plan: HardTimesPlan | None) -> list[tuple[str, str]]:
    """The plan's parts that have something in them, in order, each as (its key in
    ``PLAN_TITLES``, its text); the people one a line ("Sam: 555-0101"). What Help now, the
    unlock screen's copy and the wallet card show."""
    if plan is None:
        return []
    people = "\n".join(contact.words for contact in plan.people)
    return [
        (key, value)
        for key, value in (
            ("signs", plan.signs),
            ("on_my_own", plan.on_my_own),
            ("people", people),
            ("places", plan.places),
            ("remember", plan.remember),
        )
        if value.strip()
    ]


def plan_text(plan: HardTimesPlan | None, program_phone: str = "") -> str:
    """The plan as plain text, for the copy kept outside the vault for the unlock screen (when
    the person chooses it): each part with its heading, parts with nothing in them left out.
    "" when there is nothing to show."""
    parts = [(plan_title(key), value) for key, value in plan_parts(plan)]
    if program_phone:
        parts.append((plan_title("program"), program_phone))
    if not parts:
        return ""
    heading = translate("coping_model", PLAN_TITLE)
    return "\n\n".join([heading, *(f"{title}\n{value}" for title, value in parts)]) + "\n"


# -- importing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedCheckIn:
    uid: str
    day: date
    answers: barc10.Answers
    note: str = ""
    created_at: datetime | None = None

    def __repr__(self) -> str:
        return f"ImportedCheckIn(uid={self.uid}, day={self.day.isoformat()})"


@dataclass(frozen=True)
class ImportedHowIAm:
    uid: str
    day: date
    words: tuple[str, ...] = ()
    halt: tuple[Halt, ...] = ()
    line: str = ""
    created_at: datetime | None = None

    def __repr__(self) -> str:
        return f"ImportedHowIAm(uid={self.uid}, day={self.day.isoformat()})"


@dataclass(frozen=True)
class ImportedPickingUp:
    uid: str
    entry_uid: str | None = None
    going_on: str = ""
    halt: tuple[Halt, ...] = ()
    did: str = ""
    helped: str = ""
    written_at: datetime | None = None

    def __repr__(self) -> str:
        return f"ImportedPickingUp(uid={self.uid})"


@dataclass(frozen=True)
class ImportedPlanVersion:
    saved_at: datetime
    signs: str = ""
    on_my_own: str = ""
    people: tuple[Contact, ...] = ()
    places: str = ""
    remember: str = ""

    def __repr__(self) -> str:
        return "ImportedPlanVersion()"
