"""Shared by the import and data-export tests: a journal with a bit of everything, and exports."""

from __future__ import annotations

import io
import json
from datetime import date
from typing import Any

from iop_companion.core.journal import JournalService
from iop_companion.export.data import write_json

PRIVATE_MARK = "PRIVATE-MARK-4471"
SHAREABLE = 7  # entries ``fill`` logs that aren't private


def fill(journal: JournalService) -> JournalService:
    """Wins, hard moments, tags, a custom and a hidden category, and private entries."""
    journal.add_category("Group work")
    old = journal.add_category("Old program")
    journal.log_win("Came back", category="Coming back", day=date(2026, 9, 1), tags=["intake"])
    journal.log_hard_moment(
        word="slip", text="Rough night", note="Called my counselor", day=date(2026, 9, 14)
    )
    journal.log_win(
        "Showed up to group after a slip",
        category="Group work",
        day=date(2026, 9, 15),
        after_hard_moment=True,
        tags=["group", "Tuesday"],
        note="Sat near the door",
    )
    journal.log_win("Said one honest sentence", category="Honesty", day=date(2026, 9, 15))
    journal.log_win("Asked for a smaller group", category=old.id, day=date(2026, 10, 2))
    journal.log_hard_moment(word="return to use", day=date(2026, 10, 20), tags=["weekend"])
    journal.log_win("Called instead of ghosting — ça compte 😊", day=date(2026, 11, 27))
    journal.log_win(f"{PRIVATE_MARK} a private win", private=True, tags=[f"{PRIVATE_MARK}tag"])
    journal.log_hard_moment(word="slip", text=PRIVATE_MARK, private=True, day=date(2026, 9, 15))
    journal.set_category_hidden(old.id, True)
    return journal


def export_text(journal: JournalService) -> str:
    out = io.StringIO()
    write_json(journal, out)
    return out.getvalue()


def export_document(journal: JournalService) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(export_text(journal))
    return document


def without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}
