"""The oldest golden vault (0.1.0, long before rows had uids for keeping in step) is kept in step
through a folder: a second computer joins it and has the same journal, and a change made on
either reaches the other."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from iop_companion.vault.schema import migrations
from tests.conftest import FAST_KDF
from tests.core.test_sync_simulation import exported
from tests.vault.test_golden import GOLDENS, PASSPHRASE


def every_entry(journal: OpenJournal) -> list[tuple[Any, ...]]:
    """Every entry as a person sees it, private ones too (an export leaves those out)."""
    return sorted(
        (
            e.uid,
            e.kind,
            e.day,
            e.text,
            e.note,
            e.category,
            e.after_hard_moment,
            e.private,
            e.moment_word,
            tuple(sorted(e.tags)),
            e.created_at,
            e.updated_at,
        )
        for e in journal.journal.entries()
    )


def test_the_oldest_golden_vault_joins_a_second_computer_whole(tmp_path: Path) -> None:
    oldest = GOLDENS[0]
    assert oldest.name == "golden-v1"
    shutil.copytree(oldest, tmp_path / "golden")
    shared = tmp_path / "shared"
    shared.mkdir()
    a = OpenJournal.open_with_passphrase(tmp_path / "golden", PASSPHRASE, MemoryKeychain())
    assert migrations.pending(a.vault.db) == []  # every migration ran as it opened
    a.keep_in_step_through(shared)
    b, _ = OpenJournal.join_from_folder(
        shared, tmp_path / "b", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF
    )

    assert len(every_entry(a)) == 4
    assert every_entry(b) == every_entry(a)  # the private one too
    assert exported(b) == exported(a)  # categories, and the notebook
    assert [p.text for p in b.notebook.phrases()] == [p.text for p in a.notebook.phrases()]

    # and it stays in step: an old entry edited on B, a new one on A
    (sister,) = [e for e in b.journal.entries() if e.text == "Told my sister the truth"]
    b.edit_entry(sister.id, note="She listened. We're having lunch on Sunday.")
    a.log_win("Synced my journal to the laptop", day=sister.day)
    b.sync_pass()
    a.sync_pass()
    b.sync_pass()
    assert exported(a) == exported(b)
    assert every_entry(a) == every_entry(b)
    (edited,) = [e for e in a.journal.entries() if e.text == "Told my sister the truth"]
    assert edited.note == "She listened. We're having lunch on Sunday."
    assert edited.private
    for journal in (a, b):
        journal.lock()
