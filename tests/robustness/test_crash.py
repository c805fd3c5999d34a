"""A save cut off by SIGKILL (power loss, the OS killing the app) loses nothing that was saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.vault import Vault
from tests.conftest import PASSPHRASE
from tests.robustness.support import killed_while_saving, read_ids
from tests.robustness.worker import win_text

SIZE = 3000  # characters a win: a few pages each, so a kill often lands mid-write


@pytest.mark.slow
@pytest.mark.parametrize(
    "saves_before_kill",
    [
        30,
        # WAL auto-checkpoints every 1000 pages, so by now the kill may land in a checkpoint.
        400,
    ],
)
def test_sigkill_mid_save_keeps_every_save_that_returned(
    vault_folder: Path, saves_before_kill: int
) -> None:
    lines = killed_while_saving(vault_folder, saves_before_kill, SIZE)

    saved = read_ids(lines)
    assert len(saved) == saves_before_kill
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        journal = JournalService(vault.db)
        for entry_id, n in saved.items():
            assert journal.get(entry_id).text == win_text(n, SIZE)
        # The save in flight is there whole or not at all.
        extra = [e for e in journal.entries(limit=-1) if e.id not in saved]
        assert [e.text for e in extra] in ([], [win_text(len(saved), SIZE)])
        assert vault.check() == []
