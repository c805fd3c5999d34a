"""A full disk: the save that doesn't fit fails with a plain sentence, and everything saved
before it is still there. The disk is "full" through RLIMIT_FSIZE: no file may grow past a size
just above what the journal's files are now."""

from __future__ import annotations

import resource
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.errors import DiskFull, DiskProblem
from iop_companion.vault import Vault
from iop_companion.vault.layout import SWAP_DIR
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.robustness.support import (
    assert_one_plain_sentence,
    child_env,
    read_ids,
    run_cli,
    worker_command,
)
from tests.robustness.worker import win_text

SIZE = 15_000  # a large win: several pages of text and search index


@pytest.mark.slow
def test_saves_until_the_disk_is_full_then_a_plain_sentence(vault_folder: Path) -> None:
    child = subprocess.run(
        worker_command("fill", vault_folder, str(SIZE), str(256 * 1024)),
        env=child_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,  # a safety net for a loop that never fills; not a measurement
    )
    *id_lines, error_name = child.stdout.splitlines()
    assert error_name in ("DiskFull", "DiskProblem")
    assert child.returncode == 6
    assert_one_plain_sentence(child.stderr, DiskFull, DiskProblem)

    saved = read_ids(id_lines)
    assert saved, "the first saves fit; the limit must stop a later one"
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        journal = JournalService(vault.db)
        assert vault.check() == []
        for entry_id, n in saved.items():
            assert journal.get(entry_id).text == win_text(n, SIZE)
        # The save that failed isn't there, not even in part.
        assert journal.count() == len(saved)
        journal.log_win("Came back after the disk was full")  # and the journal still takes more
        assert vault.check() == []


def _cap_files_at(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.slow
def test_cli_log_on_a_full_disk_says_one_plain_sentence(vault_folder: Path) -> None:
    data_dir = vault_folder.parent
    # Six and a half pages of room: the first save fits, then the checkpoint at exit runs out of
    # room halfway through a page of journal.db (that page is still whole in the WAL).
    limit = (vault_folder / "journal.db").stat().st_size + 26_624
    saved: list[str] = []
    for n in range(8):
        text = win_text(n, SIZE)
        result = run_cli(data_dir, "log", text, preexec_fn=lambda: _cap_files_at(limit))
        if result.returncode != 0:
            break
        assert "Saved." in result.stdout
        saved.append(text)
    else:
        pytest.fail("the file size limit never stopped a save")

    assert saved, "the first save fits under the limit"
    assert result.returncode == 6
    assert result.stdout == ""
    assert_one_plain_sentence(result.stderr, DiskFull, DiskProblem)
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        assert vault.check() == []  # not "damaged" because of the half-written page
        journal = JournalService(vault.db)
        assert [e.text for e in journal.entries(limit=-1)] == saved[::-1]


@pytest.fixture(scope="module")
def _fuller_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A locked journal of some 60 pages, so re-encrypting it writes page after page."""
    folder = tmp_path_factory.mktemp("fuller") / "journal"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    journal = JournalService(vault.db)
    with vault.db.atomic():
        for n in range(400):
            journal.log_win(win_text(n, 300))
    vault.lock()
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("room", [0.2, 0.5, 0.8, 0.95], ids=lambda r: f"{r:.0%} of the journal")
def test_cli_rotate_key_on_a_full_disk_says_one_plain_sentence(
    _fuller_journal: Path, tmp_path: Path, room: float
) -> None:
    folder = tmp_path / "data" / "journal"
    shutil.copytree(_fuller_journal, folder)
    limit = int((folder / "journal.db").stat().st_size * room)  # the new copy can't fit
    rotated = run_cli(
        folder.parent,
        "rotate-key",
        typed="a kettle on the stove\n" * 2,
        preexec_fn=lambda: _cap_files_at(limit),
    )
    assert rotated.returncode == 6
    assert "Traceback" not in rotated.stderr
    assert rotated.stderr.splitlines()[-1] in {DiskFull.message, DiskProblem.message}
    assert "Done." not in rotated.stdout
    assert not (folder / SWAP_DIR).exists()  # nothing staged is left behind
    with Vault.unlock(folder, PASSPHRASE) as vault:  # the old keys still open it, whole
        assert JournalService(vault.db).count() == 400
        assert vault.check() == []
