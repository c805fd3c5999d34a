"""The journal locks (idle timer, screen lock, quick-hide) while a view still holds its
``JournalService``: every call then says the journal is locked, and nothing crashes."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from iop_companion.core.journal import JournalService
from iop_companion.export.data import write_json
from iop_companion.vault import Vault

CALLS: dict[str, Callable[[JournalService, int], object]] = {
    "log a win": lambda j, _: j.log_win("Came back"),
    "note a hard moment": lambda j, _: j.log_hard_moment(word="slip"),
    "edit": lambda j, entry_id: j.edit(entry_id, text="Changed"),
    "delete": lambda j, entry_id: j.delete(entry_id),
    "get": lambda j, entry_id: j.get(entry_id),
    "entries": lambda j, _: j.entries(),
    "count": lambda j, _: j.count(),
    "search": lambda j, _: j.search("group"),
    "tags": lambda j, _: j.tags(),
    "day counts": lambda j, _: j.day_counts(since=date(2026, 1, 1)),
    "summary": lambda j, _: j.summary(),
    "last entry day": lambda j, _: j.last_entry_day(),
    "categories": lambda j, _: j.categories(),
    "add a category": lambda j, _: j.add_category("Sleep"),
    "templates": lambda j, _: j.templates(),
    "export": lambda j, _: write_json(j, io.StringIO()),
}


def test_a_locked_journal_says_so_to_every_call(vault: Vault, journal: JournalService) -> None:
    entry_id = journal.log_win("Sat in group", tags=["group"]).entry.id
    vault.lock()
    answers = {}
    for name, call in CALLS.items():
        try:
            call(journal, entry_id)
        except Exception as error:  # which error it is, is what this test looks at
            answers[name] = type(error).__name__
        else:
            answers[name] = "no error"
    assert answers == dict.fromkeys(CALLS, "JournalLocked")
