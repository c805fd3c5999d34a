"""The seal, through the real CLI: an older ``journal.db`` put back is said once, in one plain
sentence on stderr; a save made while the app has the journal open is in ``journal.db`` when
the command ends; a crash never reads as an older journal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.errors import STALE_JOURNAL
from iop_companion.vault import Vault
from iop_companion.vault.layout import DB_NAME, SHM_NAME, SLOTS_NAME, WAL_NAME
from tests.conftest import PASSPHRASE
from tests.robustness.support import killed_while_saving, read_ids, run_cli


def logged(data_dir: Path, text: str) -> None:
    done = run_cli(data_dir, "log", text)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr


@pytest.mark.slow
def test_an_older_journal_file_put_back_is_said_once(vault_folder: Path) -> None:
    data_dir = vault_folder.parent
    logged(data_dir, "Came to group")
    older = (vault_folder / DB_NAME).read_bytes()  # a copy taken now, by hand
    for text in ("Said one honest sentence", "Called instead of ghosting", "Came back"):
        logged(data_dir, text)
    for name in (WAL_NAME, SHM_NAME):
        (vault_folder / name).unlink(missing_ok=True)
    (vault_folder / DB_NAME).write_bytes(older)

    listed = run_cli(data_dir, "list")
    assert listed.returncode == 0
    assert listed.stderr == STALE_JOURNAL + "\n"
    assert "Came to group" in listed.stdout and "Came back" not in listed.stdout
    again = run_cli(data_dir, "list")
    assert (again.returncode, again.stderr) == (0, "")


@pytest.mark.slow
def test_what_the_cli_saved_is_in_the_file_while_the_app_has_it_open(
    vault_folder: Path, tmp_path: Path
) -> None:
    app = Vault.unlock(vault_folder, PASSPHRASE)  # the desktop app, open the whole time
    try:
        for text in ("Came to group", "Said one honest sentence", "Came back"):
            logged(vault_folder.parent, text)
        copy = tmp_path / "copy"  # journal.db and its key file, without -wal and -shm
        copy.mkdir()
        for name in (DB_NAME, SLOTS_NAME):
            shutil.copy2(vault_folder / name, copy / name)
    finally:
        app.lock()
    with Vault.unlock(copy, PASSPHRASE) as vault:
        entries = JournalService(vault.db).entries(limit=-1)
        assert sorted(e.text for e in entries) == [
            "Came back",
            "Came to group",
            "Said one honest sentence",
        ]


@pytest.mark.slow
def test_a_crash_is_never_taken_for_an_older_journal(vault_folder: Path) -> None:
    logged(vault_folder.parent, "Came to group")  # sealed by a clean close
    lines = killed_while_saving(vault_folder, 20, 3000)  # no lock, no seal
    assert len(read_ids(lines)) == 20

    listed = run_cli(vault_folder.parent, "list", "-n", "100")
    assert (listed.returncode, listed.stderr) == (0, "")
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert not vault.stale
        assert JournalService(vault.db).count() >= 21
