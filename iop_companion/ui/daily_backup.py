"""Today's automatic backup: a little after the journal opens, off the UI thread, once a day.

``DailyBackup`` takes callables for the open journal, the time and where to say a failure, not
the window. An empty journal has nothing to keep: its first backup waits for its first words
(``heard``), so no backup of an empty journal is ever the newest one offered for restoring. An
older journal file put back is not backed up that time either (``journal_opened(due=False)``):
that backup would be the newest one offered, though a newer copy may be somewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from iop_companion.core.changes import NOTEBOOK, Changes, Part
from iop_companion.errors import KnownError
from iop_companion.ui.background import Task
from iop_companion.ui.live_journal import LiveJournal

DAILY_BACKUP_DELAY_MS = 1500  # after the window is up, so start-up never waits for it


class DailyBackup(QObject):
    def __init__(
        self,
        live: Callable[[], LiveJournal | None],
        now: Callable[[], datetime],
        say: Callable[[KnownError], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._live, self._now, self._say = live, now, say
        self._due = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DAILY_BACKUP_DELAY_MS)
        self.timer.timeout.connect(self._make)

    def journal_opened(self, *, due: bool) -> None:
        self._due = due
        self.timer.start()

    def journal_closed(self) -> None:
        self.timer.stop()
        self._due = False

    def heard(self, changes: Changes) -> None:
        if self._due and changes.touches(Part.ENTRIES, *NOTEBOOK):
            self.timer.start()  # the journal was empty: its first words are kept today

    def _make(self) -> None:
        live = self._live()
        if live is None or not self._due:
            return
        try:
            if not live.core.holds_anything():
                return  # the journal's first words start the timer again (``heard``)
        except KnownError:
            return
        self._due = False
        core, now = live.core, self._now()
        task = Task(lambda: core.make_daily_backup(now), live, pool=live.pool)
        task.done.connect(live.apply)
        task.failed.connect(
            lambda error: self._say(error) if isinstance(error, KnownError) else None
        )
        task.start()
