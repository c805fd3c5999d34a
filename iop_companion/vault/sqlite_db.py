"""The ``sqlite_utils.Database`` the vault hands out. Imported when a journal opens (sqlite-utils
loads numpy), never at start-up.

One change from sqlite-utils: ``atomic()`` opens its transaction with ``BEGIN IMMEDIATE``, so it
takes the write lock first. A plain ``BEGIN`` reads first and asks for the write lock at its first
write; when another connection (another window, the CLI) is writing at that moment, SQLite can't
wait for it (the read already holds a snapshot that would go stale) and says "busy" at once,
whatever the busy timeout. ``BEGIN IMMEDIATE`` waits for the other writer, up to the timeout.
"""

from __future__ import annotations

import contextlib
from collections.abc import Generator

import sqlite_utils


class JournalDatabase(sqlite_utils.Database):
    @contextlib.contextmanager
    def atomic(self) -> Generator[sqlite_utils.Database, None, None]:
        """One transaction (a savepoint when one is already open) that writes or does nothing."""
        if self.conn.in_transaction:
            with super().atomic() as db:
                yield db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise
