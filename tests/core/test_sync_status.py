"""What the status says of keeping in step: when the folder was last looked at."""

from __future__ import annotations

from pathlib import Path

from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from tests.conftest import FAST_KDF, PASSPHRASE


def test_a_pass_that_finds_nothing_new_still_counts_as_a_look(tmp_path: Path) -> None:
    """A person reading "a minute ago" needs it to mean the folder was looked at then, even when
    nothing had changed (such a pass writes nothing to the journal)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    a, _ = OpenJournal.create(tmp_path / "a", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF)
    a.keep_in_step_through(shared)
    a.sync_pass()
    first = a.sync_status().last_pass_at
    assert first is not None
    assert a.sync_pass().result.sent == 0
    later = a.sync_status().last_pass_at
    assert later is not None and later > first
    a.lock()
