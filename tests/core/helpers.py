"""Helpers the core tests share."""

from __future__ import annotations

from iop_companion.core.journal import JournalService


def category_id(journal: JournalService, name: str) -> int:
    return next(c.id for c in journal.categories(include_hidden=True) if c.name == name)
