"""Drafts: what was being typed when the journal locked, kept in the encrypted vault.

A draft is a small JSON object per open editor ("log", "note:triggers", ...). Locking saves them
before the vault closes; the next unlock offers them back and they are gone once the person saves
or closes the editor. Nothing typed is ever written outside the vault.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from iop_companion.core.journal import local_now
from iop_companion.vault.database import plain_errors

if TYPE_CHECKING:
    from sqlite_utils import Database


class Drafts:
    def __init__(self, db: Database, clock: Callable[[], datetime] = local_now) -> None:
        self._db = db
        self._clock = clock

    def save(self, name: str, body: dict[str, Any]) -> None:
        """Keep ``body`` under ``name``, replacing an older draft of the same editor."""
        text = json.dumps(body, ensure_ascii=False)
        with plain_errors(), self._db.atomic():
            self._db.execute(
                "INSERT OR REPLACE INTO drafts (name, body, saved_at) VALUES (?, ?, ?)",
                [name, text, self._clock().isoformat()],
            )

    def get(self, name: str) -> dict[str, Any] | None:
        with plain_errors():
            row = self._db.execute("SELECT body FROM drafts WHERE name = ?", [name]).fetchone()
        if row is None:
            return None
        try:
            body = json.loads(row[0])
        except ValueError:  # unreadable: as if there were no draft
            return None
        return body if isinstance(body, dict) else None

    def names(self) -> list[str]:
        """Every kept draft, oldest first."""
        with plain_errors():
            rows = self._db.execute("SELECT name FROM drafts ORDER BY saved_at, name").fetchall()
        return [row[0] for row in rows]

    def discard(self, name: str) -> None:
        with plain_errors(), self._db.atomic():
            self._db.execute("DELETE FROM drafts WHERE name = ?", [name])
