"""The therapist summary: what goes in it is the person's choice. Qt-free.

Entries marked private never go in, whatever else is chosen: the builder refuses one if a caller
ever hands it one. Hard moments stay out unless the person ticks them in. Parts of the recovery
notebook go in only when ticked: the sections of "what I know now" the person picks, the things
to bring up (the open ones first, then those brought up in the period) and how often the person
showed up to sessions (sessions they didn't make are never listed). So do the coping tools:
each recovery capital check-in's total (and, after the rest, its answers), the words of how I
am (which, how often), and the notes of picking up from here, only for the hard moments that go
in (never for one unticked or private). The plan for hard times has its own card and never goes
in here: it holds other people's names and numbers. The summary holds only what the PDF shows,
so what the preview shows is exactly what is written.

Page 1 follows a therapy session's order: the period and what happened since the last session,
wins by kind and the chart, things to bring up, showing up, what I have going for me beside how
I am, hard moments (each with its notes, if shared), what I know now. Then the detail the person
chose: the week-by-week view (repeats folded), every entry, or nothing; then the check-ins'
answers, if chosen.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from iop_companion.core import progress
from iop_companion.core.chart_text import weeks_in
from iop_companion.core.coping_model import CapitalCheckIn, Halt, HowIAm, PickingUp
from iop_companion.core.journal import JournalService
from iop_companion.core.model import Entry, EntryFilter, Kind, logged_key
from iop_companion.core.notebook import (
    BringUpItem,
    NotebookService,
    NoteSection,
    NoteVersion,
    SessionKind,
    session_counts_sentence,
)
from iop_companion.core.progress_view import ProgressView, progress_view
from iop_companion.core.words import OTHER_WIN, first_upper
from iop_companion.errors import InvalidEntry
from iop_companion.export.data import PAGE
from iop_companion.i18n import Context, DayForm, Words, current, translate

summary_counts = Context("summary_counts")  # counted words (i18n.Context)


class Detail(StrEnum):
    """What follows page 1."""

    CONDENSED = "condensed"  # week by week: counts by kind, the entries in a line each, folded
    FULL = "full"  # every entry, day by day
    NONE = "none"  # page 1 only


@dataclass(frozen=True)
class SummaryChoices:
    since: date
    until: date
    name: str = ""  # the person's name or initials, if they want it there
    message: str = ""  # their own short message to the therapist
    last_session: date | None = None  # for "since my last session"; None leaves it out
    include_charts: bool = True
    detail: Detail = Detail.CONDENSED
    include_hard_moments: bool = False
    left_out: frozenset[int] = field(default_factory=frozenset)  # entry ids the person unticked
    note_sections: frozenset[NoteSection] = frozenset()  # "what I know now": the ticked sections
    include_bring_up: bool = False  # open things to bring up, then those brought up in the period
    include_sessions: bool = False  # how many sessions in the range the person showed up to
    # The coping tools (issue 18), each only when ticked:
    include_check_ins: bool = False  # what I have going for me: each check-in's total
    include_check_in_answers: bool = False  # and each answer, after page 1
    include_how_i_am: bool = False  # the words of how I am, folded: which, how often
    include_picking_up: bool = False  # the notes after the hard moments that go in


@dataclass(frozen=True)
class Folded:
    """Entries with the same words, said once: "Went to group" ×4."""

    text: str
    times: int


@dataclass(frozen=True)
class Week:
    since: date  # the week's first and last day inside the summary's range
    until: date
    wins_by_category: tuple[tuple[str, int], ...]
    hard_moments: int
    lines: tuple[Folded, ...]  # the most repeated first, then in the order they were logged

    @property
    def wins(self) -> int:
        return sum(count for _, count in self.wins_by_category)


@dataclass(frozen=True)
class SinceLastSession:
    day: date  # the last session's day; what is counted is after it
    wins: int
    hard_moments: int | None  # None when hard moments aren't shared
    showing_up: tuple[tuple[SessionKind, int], ...] | None  # None when sessions aren't shared


@dataclass(frozen=True)
class HowIAmWords:
    """How I am, in words, over the summary's days: how many times, the words (folded, the
    most chosen first) and the HALT ticks by how often."""

    times: int
    words: tuple[Folded, ...]
    halt: tuple[tuple[Halt, int], ...]


@dataclass(frozen=True)
class TherapistSummary:
    choices: SummaryChoices  # as chosen, with the days the summary covers (see build_summary)
    headline: str
    wins_by_category: tuple[tuple[str, int], ...]
    comebacks: int
    view: ProgressView
    entries: tuple[Entry, ...]  # the ticked entries, oldest first
    notes: tuple[NoteVersion, ...] = ()
    bring_up: tuple[BringUpItem, ...] = ()  # open ones first, then those brought up
    showing_up: tuple[tuple[SessionKind, int], ...] = ()  # sessions shown up to, by kind
    since_last_session: SinceLastSession | None = None
    weeks: tuple[Week, ...] = ()  # for the condensed detail, weeks with something in them
    check_ins: tuple[CapitalCheckIn, ...] = ()  # in the range, oldest first
    how_i_am: HowIAmWords | None = None
    picking_up: tuple[tuple[Entry, PickingUp], ...] = ()  # a shown hard moment, its notes

    @property
    def showing_up_text(self) -> str:
        """E.g. "I showed up 8 times: 6 group sessions and 2 individual sessions." or ""."""
        return session_counts_sentence(dict(self.showing_up))

    @property
    def range_text(self) -> str:
        return range_words(self.choices.since, self.choices.until)

    @property
    def hard_moments(self) -> tuple[Entry, ...]:
        """The ticked hard moments, oldest first (none unless hard moments are shared)."""
        return tuple(e for e in self.entries if e.kind is Kind.HARD_MOMENT)


def shareable(journal: JournalService, choices: SummaryChoices) -> list[Entry]:
    """Entries in the range that may go in: never private; hard moments only when chosen."""
    found: list[Entry] = []
    where = _shared(choices, choices.since, choices.until)
    page = journal.entries(where, limit=PAGE)
    while page:
        found += page
        page = journal.entries(where, limit=PAGE, after=page[-1])
    return found


def _shared(choices: SummaryChoices, since: date, until: date, *kinds: Kind) -> EntryFilter:
    shared = {Kind.WIN, Kind.HARD_MOMENT} if choices.include_hard_moments else {Kind.WIN}
    return EntryFilter(
        kinds=frozenset(shared.intersection(kinds) if kinds else shared),
        since=since,
        until=until,
        include_private=False,
    )


Names = dict[int | None, str]  # each category's name by its id; None: a win without one's


def category_name(entry: Entry, names: Names) -> str:
    """The name a win is counted under: its category's, or the one name for a win without."""
    return names.get(entry.category_id) or names[None]


def _by_category(wins: Iterable[Entry], names: Names) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for entry in wins:
        label = category_name(entry, names)
        counts[label] = counts.get(label, 0) + 1
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def fold_key(text: str) -> str:
    """Words that are the same entry to a reader: case, spacing and a last full stop aside."""
    return " ".join(text.split()).casefold().rstrip(".")


def fold(wordings: Iterable[str]) -> tuple[Folded, ...]:
    """Each wording once with how often it came; the most repeated first, ties in the order
    they first came."""
    first: dict[str, str] = {}
    times: dict[str, int] = {}
    for words in wordings:
        key = fold_key(words)
        first.setdefault(key, " ".join(words.split()))
        times[key] = times.get(key, 0) + 1
    order = {key: n for n, key in enumerate(first)}
    ranked = sorted(first, key=lambda k: (-times[k], order[k]))
    return tuple(Folded(first[key], times[key]) for key in ranked)


def entry_words(entry: Entry) -> str:
    """An entry in a line: a win's words; a hard moment's word, then its words."""
    words = " ".join(entry.text.split())  # a hard moment's "what helped" is not its words
    if entry.kind is Kind.HARD_MOMENT:
        label = first_upper((entry.moment_word or translate("summary", "hard moment")).strip())
        return f"{label}: {words}" if words else label
    return words


def _weeks(shown: tuple[Entry, ...], since: date, until: date, names: Names) -> tuple[Week, ...]:
    by_week: dict[date, list[Entry]] = {}
    for entry in shown:  # by the week's first day in the range (``weeks_in``)
        by_week.setdefault(max(since, progress.week_start(entry.day)), []).append(entry)
    weeks = []
    for start, end in weeks_in(since, until):
        held = by_week.get(start)
        if not held:
            continue
        weeks.append(
            Week(
                since=start,
                until=end,
                wins_by_category=_by_category((e for e in held if e.kind is Kind.WIN), names),
                hard_moments=sum(e.kind is Kind.HARD_MOMENT for e in held),
                lines=fold(entry_words(e) for e in held),
            )
        )
    return tuple(weeks)


def _since_last_session(
    entries: list[Entry],
    notebook: NotebookService | None,
    choices: SummaryChoices,
) -> SinceLastSession | None:
    """What the summary's own entries hold after the last session: only when that session is
    inside the summary's days (before them, the days between were never offered to tick)."""
    day = choices.last_session
    if day is None or not choices.since <= day < choices.until:
        return None
    after = [e for e in entries if e.day > day]
    wins = sum(e.kind is Kind.WIN for e in after)
    hard = sum(e.kind is Kind.HARD_MOMENT for e in after) if choices.include_hard_moments else None
    sessions = None
    if notebook is not None and choices.include_sessions:
        sessions = tuple(notebook.showing_up_counts(day + timedelta(days=1), choices.until).items())
    return SinceLastSession(day, wins, hard, sessions)


def _bring_up(notebook: NotebookService, since: date, until: date) -> tuple[BringUpItem, ...]:
    """The open items in the person's order, then those brought up in the period."""
    return tuple(
        item
        for item in notebook.bring_up_items(include_brought_up=True)
        if item.brought_up_on is None or since <= item.brought_up_on <= until
    )


def _check_ins(notebook: NotebookService, since: date, until: date) -> tuple[CapitalCheckIn, ...]:
    return tuple(reversed(notebook.check_ins(since, until)))  # it gives the newest first


def _how_i_am(notebook: NotebookService, since: date, until: date) -> HowIAmWords:
    """Oldest first, so words chosen as often read in the order they first came."""
    found: list[HowIAm] = list(reversed(notebook.how_i_am_list(since, until)))
    halt: dict[Halt, int] = {}
    for how in found:
        for tick in how.halt:
            halt[tick] = halt.get(tick, 0) + 1
    ranked = sorted(halt.items(), key=lambda kv: (-kv[1], list(Halt).index(kv[0])))
    words = fold(word for how in found for word in how.words)
    return HowIAmWords(len(found), words, tuple(ranked))


def _picking_up(
    notebook: NotebookService, shown: tuple[Entry, ...], since: date, until: date
) -> tuple[tuple[Entry, PickingUp], ...]:
    """The notes of the hard moments the summary shows, in their order; never of one left out
    or private (those are not among ``shown``), nor notes whose hard moment is gone."""
    moments = {e.id: e for e in shown if e.kind is Kind.HARD_MOMENT and not e.private}
    notes = {
        n.entry_id: n
        for n in notebook.picking_up_list(since, until)
        if n.entry_id is not None and not n.private
    }
    return tuple((moment, notes[key]) for key, moment in moments.items() if key in notes)


MAX_NAME_CHARS = 80
MAX_MESSAGE_CHARS = 1000


def check_own_words(choices: SummaryChoices) -> None:
    """A name and a note that fit page 1; longer ones are refused with a sentence that says
    how long they may be."""
    if len(" ".join(choices.name.split())) > MAX_NAME_CHARS:
        raise InvalidEntry(
            summary_counts.tr(
                "Keep the name under %Ln characters: initials are fine.", None, MAX_NAME_CHARS
            )
        )
    if len(choices.message.strip()) > MAX_MESSAGE_CHARS:
        raise InvalidEntry(
            summary_counts.tr(
                "Keep the note under %Ln characters, so it fits on page 1.", None, MAX_MESSAGE_CHARS
            )
        )


def day_words(day: date, words: Words | None = None) -> str:
    """November 27, 2026, in ``words``' language (the language in use when not given)."""
    w = words or current()
    return w.translate("summary", "{month_day}, {year}").format(
        month_day=w.day(day, DayForm.MONTH_DAY), year=day.year
    )


def range_words(since: date, until: date, words: Words | None = None) -> str:
    """October 31, 2026 to November 27, 2026 (one day alone when the range is one day)."""
    w = words or current()
    if since == until:
        return day_words(since, w)
    return w.translate("summary", "{first} to {last}").format(
        first=day_words(since, w), last=day_words(until, w)
    )


def _headline(wins: int, since: date, until: date, words: Words | None = None) -> str:
    """E.g. "309 wins logged between August 15, 2026 and November 27, 2026." """
    w = words or current()
    summary_counts = Context("summary_counts", w)  # counted words, in w
    first, last = day_words(since, w), day_words(until, w)
    if since == until:
        if wins:
            said = summary_counts.tr("%Ln win(s) logged on {day}.", None, wins)
        else:
            said = w.translate("summary", "No wins logged on {day}.")
        return said.format(day=first)
    if wins:
        said = summary_counts.tr("%Ln win(s) logged between {first} and {last}.", None, wins)
    else:
        said = w.translate("summary", "No wins logged between {first} and {last}.")
    return said.format(first=first, last=last)


class PrivateEntryRefused(ValueError):
    """A bug, never a person's doing: something handed the summary a private entry."""


def build_summary(
    journal: JournalService,
    choices: SummaryChoices,
    *,
    candidates: Collection[Entry] | None = None,
    notebook: NotebookService | None = None,
    words: Words | None = None,
) -> TherapistSummary:
    """The numbers count every non-private win in the range; the lists hold the ticked ones.

    ``candidates`` are the entries the person was shown to tick (``shareable``); a private one
    among them is refused (``PrivateEntryRefused``): nothing may ever carry one into a summary.

    The range is held to the days the journal can have entries in, once, by ``drawn_range``:
    the period the summary names, its chart and its counts all use the same days. So a start
    before 1900 (any date a date field allows) is the first shared entry's day, and an end after
    today is today; a range inside those bounds stays as chosen.

    The notebook's parts need ``notebook`` (on the same journal); without it they stay out,
    whatever is chosen. The headline is said in ``words`` (the language in use when not given).
    """
    check_own_words(choices)
    entries = list(candidates) if candidates is not None else shareable(journal, choices)
    if any(e.private for e in entries):
        raise PrivateEntryRefused("a private entry reached the therapist summary")
    # Every shared win counts, ticked or not; a hard moment only when shared and ticked: one
    # left out leaves no trace (no count, no mark on the chart, no comeback after it).
    entries = [
        e
        for e in entries
        if choices.since <= e.day <= choices.until
        and (e.kind is Kind.WIN or (choices.include_hard_moments and e.id not in choices.left_out))
    ]
    shown = tuple(
        sorted((e for e in entries if e.id not in choices.left_out), key=lambda e: e.order)
    )
    wins = [e for e in entries if e.kind is Kind.WIN]
    # A win without a category is counted under OTHER_WIN, said in the summary's language.
    names: Names = {None: (words or current()).translate("words", OTHER_WIN)}
    names.update((c.id, c.name) for c in journal.categories(include_hidden=True))
    # The "after a hard moment" mark counts only when hard moments are shared too.
    flagged = choices.include_hard_moments
    days = progress.day_counts(
        (e.day, e.kind, e.category_id, e.after_hard_moment and flagged, 1, logged, logged)
        for e in entries
        for logged in [logged_key(e.created_at)]
    )
    # Built only from what may be shared: without hard moments, no comeback can hint at one.
    view = progress_view(days, choices.since, choices.until, journal.today)
    # The period the summary names is the one its chart draws (``drawn_range``): a start before
    # any entry can be (0001-01-01) is the first shared entry's day, an end past today is today.
    choices = replace(choices, since=view.since, until=view.until)
    headline = _headline(len(wins), choices.since, choices.until, words)
    notes: tuple[NoteVersion, ...] = ()
    bring_up: tuple[BringUpItem, ...] = ()
    showing_up: tuple[tuple[SessionKind, int], ...] = ()
    if notebook is not None and choices.note_sections:
        latest = notebook.latest_notes()
        notes = tuple(v for section, v in latest.items() if section in choices.note_sections)
    if notebook is not None and choices.include_bring_up:
        bring_up = _bring_up(notebook, choices.since, choices.until)
    if notebook is not None and choices.include_sessions:
        showing_up = tuple(notebook.showing_up_counts(choices.since, choices.until).items())
    weeks: tuple[Week, ...] = ()
    if choices.detail is Detail.CONDENSED:
        weeks = _weeks(shown, choices.since, choices.until, names)
    check_ins: tuple[CapitalCheckIn, ...] = ()
    how_i_am: HowIAmWords | None = None
    picking_up: tuple[tuple[Entry, PickingUp], ...] = ()
    if notebook is not None and choices.include_check_ins:
        check_ins = _check_ins(notebook, choices.since, choices.until)
    if notebook is not None and choices.include_how_i_am:
        how_i_am = _how_i_am(notebook, choices.since, choices.until)
    if notebook is not None and choices.include_hard_moments and choices.include_picking_up:
        picking_up = _picking_up(notebook, shown, choices.since, choices.until)
    return TherapistSummary(
        choices=choices,
        headline=headline,
        wins_by_category=_by_category(wins, names),
        comebacks=len(view.comebacks),
        view=view,
        entries=shown,
        notes=notes,
        bring_up=bring_up,
        showing_up=showing_up,
        since_last_session=_since_last_session(entries, notebook, choices),
        weeks=weeks,
        check_ins=check_ins,
        how_i_am=how_i_am,
        picking_up=picking_up,
    )
