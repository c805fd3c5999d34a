"""When the open journal is kept in step with the other computers, and the status that says how.

``SyncSchedule`` belongs to the window while the journal is unlocked. A pass
(``OpenJournal.sync_pass``) runs after unlock; a few seconds after each change made here (not
after the changes a pass took in); when the folder changes (``QFileSystemWatcher``, and a slow
poll, as a watcher misses what comes over a network or on a USB stick); the last one at lock is
the core's own (``OpenJournal.lock``). Passes run off the window's thread on a pool of their
own, one at a time: one asked for while another runs follows it. Choosing a folder, stopping and
forgetting a computer go through the same queue, so nothing works on the folder twice at once.
The window never waits on a pass: only locking does, for the one in flight.

When another computer gave the journal new keys, a pass can't go through
(``KeyChangedElsewhere``): ``new_key_needed`` says so once, and no pass is tried until the new
key is taken up here (``take_new_key``, on the same queue) or the folder is changed or given up.

``InStepStatus`` is the status bar's few words: "In step with 1 other computer, a minute ago".
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QThreadPool, QTimer, Signal

from iop_companion.core.changes import Changes, Done, Part
from iop_companion.core.sync import PassResult
from iop_companion.core.words import first_sentence
from iop_companion.errors import KeyChangedElsewhere, KnownError, NotSyncing
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, DayForm, say_day, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.background import Task
from iop_companion.ui.live_journal import LiveJournal

sync_schedule = Context("sync_schedule")  # counted words (i18n.Context)

DEBOUNCE_MS = 3_000  # after a change here: a few more changes in a row go in one pass
POLL_MS = 60_000  # a watcher misses changes over a network or on a USB stick
FOLDER_SETTLE_MS = 500  # a sync tool writes a file in bursts: one pass after the last
SLOW_MS = 700  # a pass longer than this says "Keeping in step…" (a quick one says nothing)
REFRESH_MS = 30_000  # "a minute ago" becomes "2 minutes ago"
KEEPING_WORDS = QT_TRANSLATE_NOOP("sync_schedule", "Keeping in step…")
# beside Type the new passphrase…, and short
NEEDS_KEY_WORDS = QT_TRANSLATE_NOOP("sync_schedule", "Not in step for now")

Computer = tuple[str, datetime | None]  # its id, and when it was last heard from
Now = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class InStep:
    """How keeping in step stands, as the last pass (or choice) left it."""

    folder: Path | None = None  # None: the journal isn't kept in step
    computers: tuple[Computer, ...] = ()  # the other computers heard from (not forgotten)
    checked_at: datetime | None = None  # the last pass that went through
    problem: str = ""  # why the last pass couldn't go through (a KnownError's sentence)
    needs_key: bool = False  # another computer changed the key: no pass until it is typed


def ago_words(at: datetime | None, now: datetime) -> str:
    """``at`` as a person says it: "just now", "a minute ago", "3 hours ago", "yesterday"."""
    if at is None:
        return translate("sync_schedule", "not yet")
    seconds = max((now - at).total_seconds(), 0)
    minutes, hours = round(seconds / 60), round(seconds / 3600)
    if seconds < 45:
        return translate("sync_schedule", "just now")
    if seconds < 90:
        return translate("sync_schedule", "a minute ago")
    if minutes < 45:
        return sync_schedule.tr("%n minute(s) ago", None, minutes)
    if minutes < 90:
        return translate("sync_schedule", "an hour ago")
    if hours < 20:
        return sync_schedule.tr("%n hour(s) ago", None, hours)
    local, today = at.astimezone().date(), now.astimezone().date()
    if local == today - timedelta(days=1):
        return translate("sync_schedule", "yesterday")
    return translate("sync_schedule", "on {day}").format(day=say_day(local, DayForm.LONG))


def status_words(state: InStep, now: datetime, *, busy: bool = False) -> str:
    """The status bar's words; "" when the journal isn't kept in step."""
    if state.folder is None:
        return ""
    if state.needs_key:
        return translate("sync_schedule", NEEDS_KEY_WORDS)
    if state.problem:
        return first_sentence(state.problem)
    if busy or state.checked_at is None:
        return translate("sync_schedule", KEEPING_WORDS)
    when = ago_words(state.checked_at, now)
    if not state.computers:
        return translate("sync_schedule", "Ready for your other computer, {when}").format(when=when)
    count = len(state.computers)  # a name, not a call: lupdate drops a call given as n
    in_step = sync_schedule.tr("In step with %Ln other computer(s), {when}", None, count)
    return in_step.format(when=when)


@dataclass
class _Job:
    work: Callable[[], Any]  # on the pool; what it returns goes to ``done``
    done: Callable[[Any], None] | None
    failed: Callable[[KnownError], None] | None
    is_pass: bool = False
    takes_key: bool = False  # ``take_new_key``: the journal's connections are new after it


class SyncSchedule(QObject):
    """Runs the passes for one open journal; ``changed`` whenever ``state`` or ``busy`` did;
    ``new_key_needed`` when a pass finds that another computer changed the journal's key."""

    changed = Signal()
    new_key_needed = Signal()

    def __init__(
        self,
        live: LiveJournal,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        poll_ms: int = POLL_MS,
        settle_ms: int = FOLDER_SETTLE_MS,
        slow_ms: int = SLOW_MS,
        now: Now = _now,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.now = now
        self.state = InStep(folder=live.core.in_step_folder)
        self.busy = False  # a pass has run longer than ``slow_ms``
        self.running = False
        self.passes = 0  # passes that went through, for tests and the curious
        self._stopped = False
        self._pass_wanted = False
        self._jobs: deque[_Job] = deque()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._debounce = self._timer(debounce_ms, self.request)
        self._settle = self._timer(settle_ms, self.request)
        self._slow = self._timer(slow_ms, self._went_slow)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.request)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        live.changed.connect(self._heard)

    def _timer(self, ms: int, then: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(then)
        return timer

    # -- when ------------------------------------------------------------------------------------

    def start(self) -> None:
        """After unlock: a first pass, if the journal is kept in step."""
        self._arm()
        self.request()

    def request(self) -> None:
        """A pass soon: now, or after the one running (none while the key is unknown: it would
        fail the same way)."""
        if self._stopped or self.state.folder is None or self.state.needs_key:
            return
        self._pass_wanted = True
        self._next()

    def _heard(self, changes: Changes) -> None:
        """A change made here: a pass a few seconds after the last of a few in a row."""
        if self.live.taking_in or not (changes.parts - {Part.SYNC}):
            return  # what a pass took in, or the choice of folder itself
        if self.state.folder is not None and not self._stopped and not self.state.needs_key:
            self._debounce.start()

    def _arm(self) -> None:
        """Watch the folder (and poll it) while the journal is kept in step through it (and
        its key is known)."""
        folder = self.state.folder
        watched = self._watcher.directories()
        if folder is None or self._stopped or self.state.needs_key:
            if watched:
                self._watcher.removePaths(watched)
            self._poll.stop()
            return
        if str(folder) not in watched:
            if watched:
                self._watcher.removePaths(watched)
            if folder.is_dir():  # not there now: the poll finds it back
                self._watcher.addPath(str(folder))
        if not self._poll.isActive():
            self._poll.start()

    def stop(self) -> None:
        """At lock: nothing more is asked for, and the pass in flight finishes (the core's
        lock makes the last one)."""
        self._stopped = True
        for timer in (self._debounce, self._settle, self._slow, self._poll):
            timer.stop()
        self._jobs.clear()
        self._pass_wanted = False
        self._arm()
        self.pool.waitForDone()

    def refresh(self) -> None:
        """How things stand, read now on the window's thread: for a change made to the folder
        outside the schedule (a test, a screenshot). Not while something runs."""
        if not self.running and not self._stopped:
            kept = self.state if self.state.needs_key else InStep()
            self.state = replace(
                self._read(),
                checked_at=self.now(),
                problem=kept.problem,
                needs_key=kept.needs_key,
            )
            self._arm()
            self.changed.emit()

    # -- what the dialog asks for ------------------------------------------------------------

    def keep_in_step_through(
        self,
        folder: Path,
        done: Callable[[PassResult], None] | None = None,
        failed: Callable[[KnownError], None] | None = None,
    ) -> None:
        """Write the journal into ``folder`` and keep it in step from now on."""
        core = self.live.core
        self._queue(_Job(lambda: core.keep_in_step_through(folder), done, failed, is_pass=True))

    def stop_keeping_in_step(
        self,
        done: Callable[[None], None] | None = None,
        failed: Callable[[KnownError], None] | None = None,
    ) -> None:
        self._queue(_Job(self.live.core.stop_keeping_in_step, done, failed))

    def forget_computer(
        self,
        computer: str,
        done: Callable[[None], None] | None = None,
        failed: Callable[[KnownError], None] | None = None,
    ) -> None:
        self._queue(_Job(lambda: self.live.core.forget_computer(computer), done, failed))

    def take_new_key(
        self,
        typed: str,
        new_passphrase: str | None = None,
        done: Callable[[None], None] | None = None,
        failed: Callable[[KnownError], None] | None = None,
    ) -> None:
        """Take up the key another computer changed the journal to, with the passphrase chosen
        there (or the recovery code, and ``new_passphrase``). Slow: Argon2id and a
        re-encryption. Once it is in, every view reads the journal again (its connections are
        new) and the passes go on."""
        core = self.live.core
        work = lambda: core.take_new_key(typed, new_passphrase=new_passphrase)  # noqa: E731
        self._queue(_Job(work, done, failed, is_pass=True, takes_key=True))

    # -- running -----------------------------------------------------------------------------

    def _queue(self, job: _Job) -> None:
        if self._stopped:
            return
        self._jobs.append(job)
        self._next()

    def _next(self) -> None:
        if self.running or self._stopped:
            return
        if self._jobs:
            job = self._jobs.popleft()
        elif self._pass_wanted and not self.state.needs_key:
            self._pass_wanted = False
            job = _Job(self.live.core.sync_pass, None, None, is_pass=True)
        else:
            return
        self.running = True
        self._slow.start()
        task = Task(lambda: self._run(job.work), self, self.pool)
        task.done.connect(lambda outcome: self._finished(job, outcome))
        task.failed.connect(self._broke)
        task.start()

    def _run(self, work: Callable[[], Any]) -> tuple[Any, InStep]:
        """On the pool: the work, then how things stand (read there, on the pass's own
        connection, so the window's thread never touches it while a pass runs)."""
        try:
            outcome: Any = work()
        except KnownError as error:
            outcome = error
        return outcome, self._read()

    def _read(self) -> InStep:
        core = self.live.core
        status = core.sync_status()
        if status.folder is None:
            return InStep()
        computers = tuple(core.folder_sync.computers())
        return InStep(status.folder, computers, status.last_pass_at)

    def _finished(self, job: _Job, outcome: tuple[Any, InStep]) -> None:
        if self._stopped or not shiboken6.isValid(self.live):
            return
        result, read = outcome
        self.running = False
        self._slow.stop()
        self.busy = False
        was_needed = self.state.needs_key
        if isinstance(result, KnownError):
            needs_key = isinstance(result, KeyChangedElsewhere) or (
                was_needed and read.folder is not None
            )
            if was_needed and needs_key:  # still unknown (a wrong passphrase is the dialog's)
                problem = self.state.problem
            else:
                problem = "" if isinstance(result, NotSyncing) else result.sentence
            self.state = replace(
                read, checked_at=self.state.checked_at, problem=problem, needs_key=needs_key
            )
            if job.failed is not None:
                job.failed(result)
        else:
            if job.is_pass:  # it went through: the key is known
                self.passes += 1
                read = replace(read, checked_at=self.now())
            else:
                when = self.state.checked_at or read.checked_at
                read = replace(read, checked_at=when)
                if self.state.needs_key and read.folder is not None:  # still unknown
                    read = replace(read, problem=self.state.problem, needs_key=True)
            self.state = read
            if isinstance(result, Done):
                if job.takes_key:
                    self.live.took_new_key(result)
                elif isinstance(result.result, PassResult):
                    if result.result.received:
                        self.live.took_in(result)
                else:
                    self.live.apply(result)
            if job.done is not None:
                job.done(result.result if isinstance(result, Done) else result)
        self._arm()
        self.changed.emit()
        if self.state.needs_key and not was_needed:
            self._pass_wanted = False  # it would fail the same way
            self.new_key_needed.emit()
        self._next()

    def _broke(self, error: BaseException) -> None:
        """Not a KnownError: a bug. The queue goes on; the error is raised where Qt shows it."""
        self.running = False
        self._slow.stop()
        self.busy = False
        with contextlib.suppress(RuntimeError):
            self.changed.emit()
            self._next()
        raise error

    def _went_slow(self) -> None:
        if self.running:
            self.busy = True
            self.changed.emit()


class InStepStatus(Message):
    """A few words in the status bar about keeping in step, or nothing (not kept in step).
    Never takes the focus; a screen reader reaches it in the status bar, and hears it when
    what it says changes (not when only "a minute ago" moves on)."""

    def __init__(self, refresh_ms: int = REFRESH_MS, now: Now = _now) -> None:
        super().__init__()
        self.setObjectName("inStep")
        self.setWordWrap(False)
        self.now = now
        self.schedule: SyncSchedule | None = None
        self._said = ""  # what was last said aloud (before "a minute ago" moved on)
        self._refresh = QTimer(self)
        self._refresh.setInterval(refresh_ms)
        self._refresh.timeout.connect(lambda: self.show_state(aloud=False))

    def follow(self, schedule: SyncSchedule | None) -> None:
        """Say how ``schedule`` stands, and keep saying; None (locked): nothing."""
        if self.schedule is not None and shiboken6.isValid(self.schedule):
            with contextlib.suppress(RuntimeError):
                self.schedule.changed.disconnect(self.show_state)
        self.schedule = schedule
        if schedule is not None:
            schedule.changed.connect(self.show_state)
            self._refresh.start()
        else:
            self._refresh.stop()
        self.show_state()

    def show_state(self, aloud: bool = True) -> None:
        schedule = self.schedule
        if schedule is None:
            words, full = "", ""
        else:
            words = status_words(schedule.state, self.now(), busy=schedule.busy)
            full = schedule.state.problem
        self.setAccessibleName(words)
        self.setToolTip(full if full != words else "")
        self.setAccessibleDescription(full if full != words else "")
        kind = words.split(",")[0]  # what it says, without when
        if aloud and kind != self._said and words != translate("sync_schedule", KEEPING_WORDS):
            self._said = kind
            self.say(words)
        else:
            self.setText(words)
            self.setVisible(bool(words))
