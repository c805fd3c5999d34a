"""Opening a journal from a folder on a new computer: whole, or not at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from iop_companion.errors import SyncStopped
from tests.conftest import FAST_KDF, PASSPHRASE


def test_a_join_that_stops_leaves_nothing_behind_and_is_not_counted(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, _ = OpenJournal.create(tmp_path / "a", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF)
    a.log_win("Showed up to group", day=date(2026, 11, 2))
    a.keep_in_step_through(shared)
    files_before = sorted(p.name for p in shared.iterdir())
    with pytest.raises(SyncStopped):
        OpenJournal.join_from_folder(
            shared, tmp_path / "b", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF, stopped=lambda: True
        )
    assert not OpenJournal.exists(tmp_path / "b")
    assert sorted(p.name for p in shared.iterdir()) == files_before
    a.sync_pass()
    assert a.sync_status().computers == 0

    b, _ = OpenJournal.join_from_folder(
        shared, tmp_path / "b", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF
    )
    a.sync_pass()
    assert a.sync_status().computers == 1
    assert [e.text for e in b.journal.entries()] == ["Showed up to group"]
    for journal in (a, b):
        journal.lock()


def test_choosing_the_same_folder_again_goes_on_from_where_it_was(tmp_path: Path) -> None:
    """Stopped, or the drive back under another path: choosing the folder again sends only
    what changed meanwhile, and the other computer takes it in."""
    shared = tmp_path / "shared"
    shared.mkdir()
    a, _ = OpenJournal.create(tmp_path / "a", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF)
    a.log_win("Showed up to group", day=date(2026, 11, 2))
    a.keep_in_step_through(shared)
    b, _ = OpenJournal.join_from_folder(
        shared, tmp_path / "b", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF
    )
    a.stop_keeping_in_step()
    a.log_win("Called instead of ghosting", day=date(2026, 11, 3))
    files = len(list(shared.iterdir()))
    moved = tmp_path / "the stick under another name"
    shared.rename(moved)
    went_on = a.keep_in_step_through(moved).result
    assert went_on.went_on and went_on.sent == 1
    assert len(list(moved.iterdir())) == files + 1  # one segment more, not the journal again
    b.stop_keeping_in_step()
    assert b.keep_in_step_through(moved).result.received == 1
    assert sorted(e.text for e in b.journal.entries()) == [
        "Called instead of ghosting",
        "Showed up to group",
    ]
    for journal in (a, b):
        journal.lock()
