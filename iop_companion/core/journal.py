"""``JournalService``: everything the UI and the CLI do with entries, categories and templates.

The service takes an open ``sqlite_utils.Database`` (from the vault) and a clock. It returns
dataclasses and never hands out SQL or rows. Every mutation returns a ``Change`` that ``undo`` can
reverse. Storage errors become ``KnownError``s through ``plain_errors``.

It is put together here from its parts, one module each:

- ``core/entries.py``: logging, editing, deleting and undoing entries; importing them;
- ``core/queries.py``: reading them: pages, counts, search, the day tallies, tags;
- ``core/categories.py``: categories and templates (quick wins);

on the shared ``core/storage.py`` (rows, positions, FTS5) and ``core/checks.py`` (text, names,
tags and days). The names other modules import from here stay importable from here.
"""

from __future__ import annotations

from iop_companion.core.checks import MAX_NAME_CHARS, MAX_TEXT_CHARS
from iop_companion.core.entries import Entries
from iop_companion.core.model import EARLIEST_DAY
from iop_companion.core.storage import MATCH_END, MATCH_START, fts_query, local_now, split_snippet

__all__ = [
    "EARLIEST_DAY",
    "MATCH_END",
    "MATCH_START",
    "MAX_NAME_CHARS",
    "MAX_TEXT_CHARS",
    "JournalService",
    "fts_query",
    "local_now",
    "split_snippet",
]


class JournalService(Entries):
    """The journal's entries, their reading, and its categories and templates: one object on one
    database (``Entries`` builds on ``EntryQueries`` and ``Categories``)."""
