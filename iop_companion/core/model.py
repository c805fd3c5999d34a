"""The journal's records, as the UI and the CLI see them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Literal, NamedTuple

from iop_companion.core.vocabulary import MOMENT_WORDS as MOMENT_WORDS


class Kind(StrEnum):
    WIN = "win"
    HARD_MOMENT = "hard_moment"


EARLIEST_DAY = date(1900, 1, 1)  # the first day an entry (or a notebook item) may have


@dataclass(frozen=True)
class Entry:
    id: int
    uid: str
    kind: Kind
    day: date
    text: str
    note: str = ""
    category_id: int | None = None
    category: str | None = None
    after_hard_moment: bool = False
    private: bool = False
    moment_word: str = ""
    tags: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __repr__(self) -> str:  # never put entry text in a log or a traceback
        return f"Entry(id={self.id}, kind={self.kind.value}, day={self.day.isoformat()})"

    @property
    def order(self) -> tuple[date, int, str]:
        """Where the entry stands in the journal's order (newest first is this, descending):
        its day, when it was logged, its uid. The same on every computer that keeps the
        journal in step, whatever order the entries came in (``queries.NEWEST_FIRST``)."""
        return (self.day, logged_key(self.created_at) or 0, self.uid)


@dataclass(frozen=True)
class Category:
    id: int
    name: str
    position: int
    hidden: bool = False


@dataclass(frozen=True)
class Template:
    id: int
    text: str
    category_id: int | None
    position: int
    hidden: bool = False


@dataclass(frozen=True)
class EntryFilter:
    """Which entries to show. Empty fields mean "any"."""

    kinds: frozenset[Kind] = frozenset()
    category_ids: frozenset[int] = frozenset()
    tag: str | None = None
    since: date | None = None
    until: date | None = None
    include_private: bool = True


@dataclass(frozen=True)
class Change:
    """What one mutation did, so views refresh only what changed and the change can be undone."""

    what: Literal["logged", "edited", "deleted"]
    entry: Entry
    before: Entry | None = None

    @property
    def days(self) -> frozenset[date]:
        return frozenset(e.day for e in (self.entry, self.before) if e is not None)


@dataclass(frozen=True)
class SearchHit:
    """An entry that matched, with a snippet split into (text, matched) pieces."""

    entry: Entry
    snippet: tuple[tuple[str, bool], ...] = field(default=())

    def __repr__(self) -> str:
        return f"SearchHit(entry={self.entry!r})"


@dataclass(frozen=True)
class ImportedCategory:
    """A category named in an import file. Position and hidden count only if it's new here."""

    name: str
    position: int | None = None
    hidden: bool = False

    def __repr__(self) -> str:  # a person's own words stay out of logs
        return f"ImportedCategory(position={self.position}, hidden={self.hidden})"


class ImportedEntry(NamedTuple):
    """One checked entry from an import file (never private: exports hold no private entries).

    A NamedTuple, not a frozen dataclass like the rest: an import makes one for each of up to
    100,000 entries, and a tuple is made three times as fast."""

    uid: str
    kind: Kind
    day: date
    text: str
    note: str = ""
    category: str | None = None
    after_hard_moment: bool = False
    moment_word: str = ""
    tags: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __repr__(self) -> str:  # never put entry text in a log or a traceback
        return f"ImportedEntry(uid={self.uid}, kind={self.kind.value}, day={self.day.isoformat()})"


@dataclass(frozen=True)
class ImportPlan:
    """Everything a file asks to import, already checked; applying it writes in one transaction.

    Entries are in the file's order (an export's is newest first).
    """

    categories: tuple[ImportedCategory, ...] = ()
    entries: tuple[ImportedEntry, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """What an import did: entries added, entries whose uid was already here, new categories;
    and the ids it gave them, so that ``JournalService.take_back_import`` can undo it."""

    added: int
    already_there: int
    categories_added: int = 0
    days: frozenset[date] = frozenset()
    entry_ids: tuple[int, ...] = ()
    category_ids: tuple[int, ...] = ()


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def logged_key(moment: datetime | None) -> int | None:
    """When an entry was logged, as microseconds since 1970 (UTC): what orders a day's entries.

    A time without an offset counts as UTC, as the journal keeps them. ``JournalService`` reads
    the same number from its index (``queries.LOGGED_KEY``)."""
    if moment is None:
        return None
    since = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)) - _EPOCH
    return (since.days * 86_400 + since.seconds) * 1_000_000 + since.microseconds
