"""The therapist summary: what goes in it is the person's choice. Qt-free.

Entries marked private never go in, whatever else is chosen. Hard moments stay out unless the
person ticks them in. Parts of the recovery notebook go in only when ticked: the latest "what I
know now", the things still to bring up (never those already brought up) and how often the
person showed up to sessions (sessions they didn't make are never listed). The summary holds only
what the PDF shows, so what the preview shows is exactly what is written.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date

from iop_companion.core import progress
from iop_companion.core.journal import JournalService
from iop_companion.core.model import Entry, EntryFilter, Kind
from iop_companion.core.notebook import (
    BringUpItem,
    NotebookService,
    NoteVersion,
    SessionKind,
    session_counts_sentence,
)
from iop_companion.core.progress_view import ProgressView, progress_view
from iop_companion.core.words import date_words, plural
from iop_companion.export.data import PAGE


@dataclass(frozen=True)
class SummaryChoices:
    since: date
    until: date
    name: str = ""  # the person's name or initials, if they want it there
    message: str = ""  # their own short message to the therapist
    include_charts: bool = True
    include_entries: bool = True
    include_hard_moments: bool = False
    left_out: frozenset[int] = field(default_factory=frozenset)  # entry ids the person unticked
    include_notes: bool = False  # the latest "what I know now", every section with words in it
    include_bring_up: bool = False  # the things still to bring up (never those brought up)
    include_sessions: bool = False  # how many sessions in the range the person showed up to


@dataclass(frozen=True)
class TherapistSummary:
    choices: SummaryChoices  # as chosen, with the days the summary covers (see build_summary)
    headline: str
    wins_by_category: tuple[tuple[str, int], ...]
    comebacks: int
    view: ProgressView
    entries: tuple[Entry, ...]
    notes: tuple[NoteVersion, ...] = ()
    bring_up: tuple[BringUpItem, ...] = ()
    showing_up: tuple[tuple[SessionKind, int], ...] = ()  # sessions shown up to, by kind

    @property
    def showing_up_text(self) -> str:
        """E.g. "I showed up 8 times: 6 group sessions and 2 individual sessions." or ""."""
        return session_counts_sentence(dict(self.showing_up))

    @property
    def range_text(self) -> str:
        return f"{date_words(self.choices.since)} to {date_words(self.choices.until)}"


def shareable(journal: JournalService, choices: SummaryChoices) -> list[Entry]:
    """Entries in the range that may go in: never private; hard moments only when chosen."""
    kinds = {Kind.WIN, Kind.HARD_MOMENT} if choices.include_hard_moments else {Kind.WIN}
    where = EntryFilter(
        kinds=frozenset(kinds),
        since=choices.since,
        until=choices.until,
        include_private=False,
    )
    found: list[Entry] = []
    page = journal.entries(where, limit=PAGE)
    while page:
        found += page
        page = journal.entries(where, limit=PAGE, after=page[-1])
    return found


def build_summary(
    journal: JournalService,
    choices: SummaryChoices,
    *,
    candidates: Collection[Entry] | None = None,
    notebook: NotebookService | None = None,
) -> TherapistSummary:
    """The numbers count every non-private win in the range; the list holds the chosen ones.

    The range is held to the days the journal can have entries in, once, by ``drawn_range``:
    the period the summary names, its chart and its counts all use the same days. So a start
    before 1900 (any date a date field allows) is the first shared entry's day, and an end after
    today is today; a range inside those bounds stays as chosen.

    The notebook's parts need ``notebook`` (on the same journal); without it they stay out,
    whatever is chosen.
    """
    entries = list(candidates) if candidates is not None else shareable(journal, choices)
    shown = tuple(
        e
        for e in entries
        if e.id not in choices.left_out
        and not e.private
        and (choices.include_hard_moments or e.kind is Kind.WIN)
    )
    wins = [e for e in entries if e.kind is Kind.WIN and not e.private]
    names = {c.id: c.name for c in journal.categories(include_hidden=True)}
    by_category: dict[str, int] = {}
    for entry in wins:
        label = names.get(entry.category_id, "Other") if entry.category_id else "Other"
        by_category[label] = by_category.get(label, 0) + 1
    counted = entries if choices.include_hard_moments else wins
    # The "after a hard moment" mark counts only when hard moments are shared too.
    flagged = choices.include_hard_moments
    days = progress.day_counts(
        (e.day, e.kind, e.category_id, e.after_hard_moment and flagged, 1, logged, logged)
        for e in counted
        for logged in [progress.logged_key(e.created_at)]
    )
    # Built only from what may be shared: without hard moments, no comeback can hint at one.
    view = progress_view(days, choices.since, choices.until, journal.today)
    # The period the summary names is the one its chart draws (``drawn_range``): a start before
    # any entry can be (0001-01-01) is the first shared entry's day, an end past today is today.
    choices = replace(choices, since=view.since, until=view.until)
    headline = f"{plural(len(wins), 'win')} logged between {date_words(choices.since)} and "
    headline += f"{date_words(choices.until)}."
    notes: tuple[NoteVersion, ...] = ()
    bring_up: tuple[BringUpItem, ...] = ()
    showing_up: tuple[tuple[SessionKind, int], ...] = ()
    if notebook is not None and choices.include_notes:
        notes = tuple(notebook.latest_notes().values())
    if notebook is not None and choices.include_bring_up:
        bring_up = tuple(notebook.bring_up_items(include_brought_up=False))
    if notebook is not None and choices.include_sessions:
        showing_up = tuple(notebook.showing_up_counts(choices.since, choices.until).items())
    return TherapistSummary(
        choices=choices,
        headline=headline,
        wins_by_category=tuple(sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))),
        comebacks=len(view.comebacks),
        view=view,
        entries=shown,
        notes=notes,
        bring_up=bring_up,
        showing_up=showing_up,
    )
