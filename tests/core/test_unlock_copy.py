"""The plan's copy for the unlock screen: there only while the person chooses it, owner-only,
gone at once when the choice is turned off, and never taken for one of the journal's files (a
backup, a restore, an export)."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from iop_companion.core import unlock_copy
from iop_companion.core.coping_model import Contact
from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from iop_companion.core.sync_folders import synced_by
from iop_companion.export.data import write_json
from tests.conftest import PASSPHRASE, FixedClock

PLAN_WORDS = "Call Sam before the evening gets long"


@pytest.fixture
def opened(vault_folder: Path, clock: FixedClock):
    core = OpenJournal.open_with_passphrase(vault_folder, PASSPHRASE, MemoryKeychain(), clock)
    yield core
    if not core.is_locked:
        core.lock()


def test_there_is_no_copy_until_one_is_kept(tmp_path: Path) -> None:
    assert unlock_copy.read(tmp_path) == ""
    assert not unlock_copy.copy_path(tmp_path).exists()


def test_a_kept_copy_is_owner_only_and_reads_back(tmp_path: Path) -> None:
    assert unlock_copy.keep(tmp_path, "My plan for hard times\n\nCall Sam\n")
    path = unlock_copy.copy_path(tmp_path)
    assert unlock_copy.read(tmp_path) == "My plan for hard times\n\nCall Sam"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not unlock_copy.keep(tmp_path, "My plan for hard times\n\nCall Sam\n")  # unchanged
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left


def test_a_copy_made_readable_by_others_is_written_owner_only_again(tmp_path: Path) -> None:
    unlock_copy.keep(tmp_path, "Call Sam")
    path = unlock_copy.copy_path(tmp_path)
    path.chmod(0o644)
    assert unlock_copy.keep(tmp_path, "Call Sam")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_empty_text_removes_the_copy_at_once(tmp_path: Path) -> None:
    unlock_copy.keep(tmp_path, "Call Sam")
    assert unlock_copy.keep(tmp_path, "  \n")
    assert not unlock_copy.copy_path(tmp_path).exists()
    assert not unlock_copy.remove(tmp_path)  # nothing to remove: no error either


def test_something_odd_in_its_place_is_not_shown(tmp_path: Path) -> None:
    unlock_copy.copy_path(tmp_path).mkdir()
    assert unlock_copy.read(tmp_path) == ""
    big = tmp_path / "other"
    big.mkdir()
    unlock_copy.copy_path(big).write_bytes(b"x" * (unlock_copy.MOST_BYTES + 1))
    assert unlock_copy.read(big) == ""
    if hasattr(os, "mkfifo"):
        piped = tmp_path / "piped"
        piped.mkdir()
        os.mkfifo(unlock_copy.copy_path(piped))
        assert unlock_copy.read(piped) == ""  # never waits on a pipe


def test_the_copy_follows_the_journals_text_and_the_choice(opened: OpenJournal) -> None:
    folder = opened.folder
    opened.save_hard_times_plan(on_my_own=PLAN_WORDS, people=[Contact("Sam", "555-0101")])
    opened.set_program_phone("Riverside IOP 555-0142")
    unlock_copy.keep(folder, opened.notebook.unlock_screen_text())
    assert unlock_copy.read(folder) == ""  # not chosen: no copy

    opened.set_plan_on_unlock_screen(True)
    unlock_copy.keep(folder, opened.notebook.unlock_screen_text())
    shown = unlock_copy.read(folder)
    assert PLAN_WORDS in shown and "Sam: 555-0101" in shown and "555-0142" in shown

    opened.set_plan_on_unlock_screen(False)
    unlock_copy.keep(folder, opened.notebook.unlock_screen_text())
    assert not unlock_copy.copy_path(folder).exists()


def test_backups_and_exports_leave_the_copy_out(opened: OpenJournal, tmp_path: Path) -> None:
    opened.save_hard_times_plan(signs="Skipping meals")
    unlock_copy.keep(opened.folder, "A copy only this file holds")
    backup = opened.make_backup(tmp_path / "one.backup").result
    unlock_copy.remove(opened.folder)
    opened.lock()
    OpenJournal.restore(opened.folder, backup.path, PASSPHRASE)
    assert not unlock_copy.copy_path(opened.folder).exists()  # the backup never held it


def test_an_export_leaves_the_copy_out(opened: OpenJournal) -> None:
    unlock_copy.keep(opened.folder, "A copy only this file holds")
    out = io.StringIO()
    write_json(opened.journal, out, notebook=opened.notebook)
    assert "A copy only this file holds" not in out.getvalue()


def test_a_restore_and_the_folder_checks_are_not_confused_by_it(
    opened: OpenJournal, tmp_path: Path
) -> None:
    folder = opened.folder
    backup = opened.make_backup(tmp_path / "one.backup").result
    opened.save_hard_times_plan(signs="Call Sam")
    opened.set_plan_on_unlock_screen(True)
    opened.lock()
    assert "Call Sam" in unlock_copy.read(folder)  # closing brings the copy in step
    assert OpenJournal.exists(folder)
    OpenJournal.restore(folder, backup.path, PASSPHRASE)
    # The journal put back says at its next opening whether it wants a copy; until then none.
    assert unlock_copy.read(folder) == ""
    assert all(b.kind != "chosen" or b.complete for b in OpenJournal.list_backups(folder))
    assert synced_by(folder, home=tmp_path, environ={}) is None
    again = OpenJournal.open_with_passphrase(folder, PASSPHRASE, MemoryKeychain())
    again.lock()


def test_the_plans_parts_in_order_empty_ones_left_out() -> None:
    from datetime import UTC, datetime

    from iop_companion.core.coping_model import HardTimesPlan, plan_parts

    plan = HardTimesPlan(
        1,
        datetime(2026, 11, 27, tzinfo=UTC),
        remember="I can",
        signs="Skipping meals",
        people=(Contact("Sam", "555-0101"), Contact("", "555-0199")),
    )
    assert plan_parts(plan) == [
        ("signs", "Skipping meals"),
        ("people", "Sam: 555-0101\n555-0199"),
        ("remember", "I can"),
    ]
    assert plan_parts(None) == []
