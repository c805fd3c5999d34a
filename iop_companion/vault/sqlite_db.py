"""The ``sqlite_utils.Database`` the vault hands out. Imported when a journal opens, never at
start-up.

sqlite-utils imports numpy and pandas when they are installed, only to know their number types
for ``insert`` (the journal never inserts either): numpy alone took 70-100 ms of every command
line command. So it is imported here with both held back, unless one is loaded already (then
sqlite-utils finds it as before). The desktop app imports numpy only with matplotlib, on a
worker thread, once a journal is open (and sqlite-utils with it).

One change from sqlite-utils: ``atomic()`` opens its transaction with ``BEGIN IMMEDIATE``, so it
takes the write lock first. A plain ``BEGIN`` reads first and asks for the write lock at its first
write; when another connection (another window, the CLI) is writing at that moment, SQLite can't
wait for it (the read already holds a snapshot that would go stale) and says "busy" at once,
whatever the busy timeout. ``BEGIN IMMEDIATE`` waits for the other writer, up to the timeout.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Generator, Iterator

NOT_NEEDED = ("numpy", "pandas")  # what sqlite-utils imports when installed, for insert's types


@contextlib.contextmanager
def _held_back(names: tuple[str, ...]) -> Iterator[None]:
    """While inside, importing one of ``names`` that isn't loaded yet raises ImportError (as if
    it weren't installed); afterwards it imports as usual."""
    held = [name for name in names if name not in sys.modules]
    for name in held:
        sys.modules[name] = None  # type: ignore[assignment]  # the import system's "not here"
    try:
        yield
    finally:
        for name in held:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


with _held_back(NOT_NEEDED):
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
