"""Three computers, one journal, and a sync tool that behaves like the real ones at their worst.

Each computer has its own copy of the folder. The fake sync tool copies files between them late,
in any order, twice, half-written first (a file still being copied), or as a conflict copy
(Syncthing's and Dropbox's names); one computer can be away for a long time. Hypothesis drives
every kind of change on every computer and passes in between. Once everything is delivered and
every computer has made its passes, every journal exports the same JSON, and nothing anyone
saved is lost: each win still there is as it was last written, wherever it was written.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from iop_companion.core.changes import Done
from iop_companion.core.model import Kind
from iop_companion.core.notebook_model import (
    Attendance,
    NoteSection,
    RecordedSession,
    SessionKind,
)
from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from iop_companion.errors import KnownError
from iop_companion.export.data import write_json
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.slow

COMPUTERS = 3
WORDS = st.sampled_from(["group", "honest", "called", "walked", "slept", "asked", "stayed"])
TEXT = st.lists(WORDS, min_size=1, max_size=3).map(" ".join)
DAY = st.integers(1, 28).map(lambda d: date(2026, 11, d))


def exported(journal: OpenJournal) -> dict[str, Any]:
    out = io.StringIO()
    write_json(journal.journal, out, notebook=journal.notebook)
    document = json.loads(out.getvalue())
    del document["exported_at"]
    return document


class FakeSyncTool:
    """Copies each computer's folder to the others, as badly as a real sync tool may."""

    def __init__(self, folders: list[Path], rng: random.Random) -> None:
        self.folders = folders
        self.rng = rng
        self.sent: set[tuple[int, int, str, bytes]] = set()
        self.queue: list[tuple[int, int, str, bytes]] = []  # (from, to, name, bytes)
        self.away: int | None = None
        # The files the tool put in each folder: it copies only a computer's own files from its
        # folder (a real tool never sends a half-copied file on, nor back over the original).
        self.brought: list[set[str]] = [set() for _ in folders]

    def notice(self) -> None:
        """Queue every file that is new or changed in some folder, for every other folder."""
        for source, folder in enumerate(self.folders):
            for path in folder.iterdir():
                if path.name.startswith(".") or not path.is_file():
                    continue
                if path.name in self.brought[source]:
                    continue
                data = path.read_bytes()
                for target in range(len(self.folders)):
                    item = (source, target, path.name, data)
                    if target != source and item not in self.sent:
                        self.sent.add(item)
                        self.queue.append(item)

    def deliver(self, how_many: int, *, untidy: bool = True) -> None:
        self.notice()
        self.rng.shuffle(self.queue)  # any order
        kept = []
        for item in self.queue:
            source, target, name, data = item
            if how_many <= 0 or self.away in (source, target):
                kept.append(item)
                continue
            how_many -= 1
            path = self.folders[target] / name
            self.brought[target].add(name)
            roll = self.rng.random() if untidy else 1.0
            if roll < 0.15:  # half-written: the rest comes later
                path.write_bytes(data[: len(data) // 2])
                kept.append(item)
            elif roll < 0.25:  # a conflict copy beside the file
                copy = self.rng.choice(
                    [
                        f"{name}.sync-conflict-20261202-101010-ABCDEFG",
                        f"{name} (Laptop's conflicted copy 2026-12-02)",
                    ]
                )
                (self.folders[target] / copy).write_bytes(data)
                self.brought[target].add(copy)
                if not path.exists():
                    kept.append(item)
            else:
                path.write_bytes(data)
                if untidy and roll > 0.9:  # and again, later
                    kept.append(item)
        self.queue = kept

    def deliver_everything(self) -> None:
        self.away = None
        for _ in range(20):
            self.deliver(10**6, untidy=False)
            if not self.queue:
                return
        raise AssertionError("the fake sync tool never settled")


@settings(
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target],  # no shrinking: slow
    max_examples=2,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
class ThreeComputers(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="sync-sim-"))
        folders = [self.root / f"folder-{n}" for n in range(COMPUTERS)]
        for folder in folders:
            folder.mkdir()
        self.tool = FakeSyncTool(folders, random.Random(0))
        first, _ = OpenJournal.create(self.root / "a", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF)
        first.keep_in_step_through(folders[0])
        self.computers = [first]
        self.tool.deliver_everything()
        for n in range(1, COMPUTERS):
            joined, _ = OpenJournal.join_from_folder(
                folders[n], self.root / f"c{n}", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF
            )
            self.computers.append(joined)
            self.tool.deliver_everything()
        for journal in self.computers:
            journal.sync_pass()
        # Every win logged, and those deleted anywhere (by Delete or by Undo): nothing is lost.
        self.logged: set[str] = set()
        self.deleted: set[str] = set()

    def teardown(self) -> None:
        for journal in self.computers:
            if not journal.is_locked:
                journal.lock()
        shutil.rmtree(self.root, ignore_errors=True)

    def _entries(self, n: int) -> list[Any]:
        return self.computers[n].journal.entries()

    # -- changes ------------------------------------------------------------------------------

    @rule(n=st.integers(0, COMPUTERS - 1), text=TEXT, day=DAY, tags=st.lists(WORDS, max_size=2))
    def log_win(self, n: int, text: str, day: date, tags: list[str]) -> None:
        done = self.computers[n].log_win(text, day=day, tags=tags)
        self.logged.add(done.result.entry.uid)

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50), text=TEXT)
    def edit_win(self, n: int, pick: int, text: str) -> None:
        entries = self._entries(n)
        if entries:
            entry = entries[pick % len(entries)]
            self.computers[n].edit_entry(entry.id, text=text)

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50))
    def delete_win(self, n: int, pick: int) -> None:
        entries = self._entries(n)
        if entries:
            entry = entries[pick % len(entries)]
            self.computers[n].delete_entry(entry.id)
            self.deleted.add(entry.uid)

    # Computers adding a category of one name between passes: all of them are kept, the
    # latest as "Work" and the others as "Work (3fa2)", alike everywhere.
    @rule(n=st.integers(0, COMPUTERS - 1), name=st.sampled_from(["Work", "Family", "Body"]))
    def add_category(self, n: int, name: str) -> None:
        with contextlib.suppress(KnownError):  # that name is taken on this computer
            self.computers[n].add_category(name)

    @rule(n=st.integers(0, COMPUTERS - 1), text=TEXT)
    def add_phrase(self, n: int, text: str) -> None:
        with contextlib.suppress(KnownError):  # already in this computer's list
            self.computers[n].add_phrase(text)

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50), to=st.integers(0, 10))
    def move_phrase(self, n: int, pick: int, to: int) -> None:
        phrases = self.computers[n].notebook.phrases()
        if phrases:
            self.computers[n].move_phrase(phrases[pick % len(phrases)].id, to % len(phrases))

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50))
    def delete_phrase(self, n: int, pick: int) -> None:
        phrases = self.computers[n].notebook.phrases()
        if phrases:
            self.computers[n].delete_phrase(phrases[pick % len(phrases)].id)

    @rule(n=st.integers(0, COMPUTERS - 1), section=st.sampled_from(list(NoteSection)), text=TEXT)
    def save_note(self, n: int, section: NoteSection, text: str) -> None:
        self.computers[n].save_note(section, text)

    @rule(n=st.integers(0, COMPUTERS - 1), text=TEXT)
    def add_bring_up(self, n: int, text: str) -> None:
        self.computers[n].add_bring_up(text)

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50), day=st.none() | DAY)
    def mark_brought_up(self, n: int, pick: int, day: date | None) -> None:
        items = self.computers[n].notebook.bring_up_items()
        if items:
            self.computers[n].mark_brought_up(items[pick % len(items)].id, day)

    @rule(n=st.integers(0, COMPUTERS - 1), text=TEXT, day=DAY, private=st.booleans())
    def hard_moment(self, n: int, text: str, day: date, private: bool) -> None:
        done = self.computers[n].log_hard_moment(text=text, day=day, private=private)
        self.logged.add(done.result.entry.uid)

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50), text=TEXT)
    def picking_up(self, n: int, pick: int, text: str) -> None:
        journal = self.computers[n]
        moments = [e for e in self._entries(n) if e.kind is Kind.HARD_MOMENT]
        if moments:
            moment = moments[pick % len(moments)]
            with contextlib.suppress(KnownError):  # notes for it already, on this computer
                journal.record_picking_up(moment.id, going_on=text, halt=["tired"])

    @rule(n=st.integers(0, COMPUTERS - 1), text=TEXT, name=st.sampled_from(["Work", "Family"]))
    def add_quick_win(self, n: int, text: str, name: str) -> None:
        with contextlib.suppress(KnownError):  # no such category here, or already a quick win
            self.computers[n].add_template(text, name)

    @rule(
        n=st.integers(0, COMPUTERS - 1),
        weekday=st.integers(0, 6),
        kind=st.sampled_from(list(SessionKind)),
    )
    def add_plan_item(self, n: int, weekday: int, kind: SessionKind) -> None:
        self.computers[n].add_plan_item(weekday, None, kind, "group room 2")

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50))
    def remove_plan_item(self, n: int, pick: int) -> None:
        plan = self.computers[n].notebook.plan()
        if plan:
            self.computers[n].remove_plan_item(plan[pick % len(plan)].id)

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50), day=DAY)
    def i_was_there(self, n: int, pick: int, day: date) -> None:
        plan = self.computers[n].notebook.plan()
        if plan:
            self._session_win(self.computers[n].i_was_there(plan[pick % len(plan)].id, day))

    @rule(
        n=st.integers(0, COMPUTERS - 1),
        day=DAY,
        attendance=st.sampled_from(list(Attendance)),
        note=TEXT,
    )
    def record_session(self, n: int, day: date, attendance: Attendance, note: str) -> None:
        self._session_win(
            self.computers[n].record_session(day, SessionKind.GROUP, attendance, note)
        )

    def _session_win(self, done: Done[RecordedSession]) -> None:
        """A session logs its win (being there), or takes it back (not there after all)."""
        win = done.result.win
        if win is not None:
            (self.deleted if win.what == "deleted" else self.logged).add(win.entry.uid)

    @rule(n=st.integers(0, COMPUTERS - 1), pick=st.integers(0, 50))
    def delete_session(self, n: int, pick: int) -> None:
        sessions = self.computers[n].notebook.sessions(date(2026, 11, 1), date(2026, 11, 28))
        if sessions:
            self.computers[n].delete_session(sessions[pick % len(sessions)].id)

    @rule(n=st.integers(0, COMPUTERS - 1), signs=TEXT, places=TEXT)
    def hard_times_plan(self, n: int, signs: str, places: str) -> None:
        self.computers[n].save_hard_times_plan(signs=signs, places=places)

    @rule(n=st.integers(0, COMPUTERS - 1), day=DAY, line=TEXT)
    def how_i_am(self, n: int, day: date, line: str) -> None:
        self.computers[n].record_how_i_am(day, words=["tired"], line=line)

    @rule(
        n=st.integers(0, COMPUTERS - 1),
        day=DAY,
        answers=st.lists(st.none() | st.integers(1, 6), min_size=10, max_size=10),
    )
    def check_in(self, n: int, day: date, answers: list[int | None]) -> None:
        self.computers[n].record_check_in(day, [*answers[:9], answers[9] or 4])

    @rule(n=st.integers(0, COMPUTERS - 1), number=st.sampled_from(["555 0100", "555 0199", ""]))
    def program_phone(self, n: int, number: str) -> None:
        self.computers[n].set_program_phone(number)

    @rule(n=st.integers(0, COMPUTERS - 1))
    def undo(self, n: int) -> None:
        journal = self.computers[n]
        if journal.history.undo_description:
            before = {e.uid for e in self._entries(n)}
            journal.undo()
            after = {e.uid for e in self._entries(n)}
            self.deleted |= before - after  # an undone log, or an undone edit's entry gone
            self.logged |= after - before  # a deletion undone: the win is back

    # -- the sync tool and passes -------------------------------------------------------------

    @rule(n=st.integers(0, COMPUTERS - 1))
    def sync_pass(self, n: int) -> None:
        if self.tool.away != n:
            self.computers[n].sync_pass()

    @rule(how_many=st.integers(1, 8), seed=st.integers(0, 2**16))
    def deliver(self, how_many: int, seed: int) -> None:
        self.tool.rng.seed(seed)
        self.tool.deliver(how_many)

    @precondition(lambda self: self.tool.away is None)
    @rule(n=st.integers(0, COMPUTERS - 1))
    def go_away(self, n: int) -> None:
        self.tool.away = n

    @rule()
    def come_back(self) -> None:
        self.tool.away = None

    @invariant()
    def each_computer_has_what_it_wrote(self) -> None:
        for journal in self.computers:
            assert journal.sync_status().folder is not None

    def teardown_check(self) -> None:
        self.tool.deliver_everything()
        for _ in range(3):
            for journal in self.computers:
                journal.sync_pass()
            self.tool.deliver_everything()
        documents = [exported(journal) for journal in self.computers]
        for document in documents[1:]:
            differ = [k for k in document if document[k] != documents[0][k]]
            differ += [
                k
                for k in document.get("notebook", {})
                if document["notebook"][k] != documents[0]["notebook"][k]
            ]
            mine = {json.dumps(e, sort_keys=True) for e in document["entries"]}
            first = {json.dumps(e, sort_keys=True) for e in documents[0]["entries"]}
            assert document == documents[0], (differ, sorted(mine ^ first)[:4])
        # What each took in kept its progress totals right (the day tallies' triggers).
        assert all(journal.journal.tallies_match() for journal in self.computers)
        # Private entries stay out of an export: every computer holds the same ones too.
        held = [
            sorted(
                (e.uid, e.text, e.note, e.day, e.kind, e.private, e.category, e.tags)
                for e in journal.journal.entries()
            )
            for journal in self.computers
        ]
        assert held[1:] == held[:1] * (COMPUTERS - 1)
        there = {uid for uid, *_ in held[0]}
        lost = self.logged - self.deleted - there
        assert not lost, f"wins were lost: {lost}"


class Checked(ThreeComputers):
    def teardown(self) -> None:
        try:
            self.teardown_check()
        finally:
            super().teardown()


TestThreeComputers = Checked.TestCase
