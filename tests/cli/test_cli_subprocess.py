"""``python -m iop_companion`` as a real process: exit codes, one plain line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from iop_companion import __version__
from iop_companion.cli import PASSPHRASE_ENV
from iop_companion.errors import OLD_KEY_FILE, NewPassphraseNeeded, NoJournalYet, WrongPassphrase
from iop_companion.paths import DATA_DIR_ENV
from iop_companion.vault import Vault
from iop_companion.vault.layout import SLOTS_NAME
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.helpers import fingerprint


def run_module(*argv: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in (PASSPHRASE_ENV, DATA_DIR_ENV)}
    if passphrase is not None:
        env[PASSPHRASE_ENV] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "iop_companion", *argv],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
        # No controlling terminal, so a passphrase prompt reads the empty stdin instead of
        # waiting on the developer's terminal.
        start_new_session=True,
    )


def test_version() -> None:
    done = run_module("--version")
    assert done.returncode == 0
    assert done.stdout.startswith(f"iop-companion {__version__} (journal format ")
    assert done.stderr == ""


@pytest.mark.slow
def test_exit_codes_and_no_traceback(vault_folder: Path, tmp_path: Path) -> None:
    data_dir = str(vault_folder.parent)

    logged = run_module("--data-dir", data_dir, "log", "Came to one session", passphrase=PASSPHRASE)
    assert (logged.returncode, logged.stderr) == (0, "")
    assert logged.stdout.startswith("Saved. That counts.")

    wrong = run_module("--data-dir", data_dir, "list", passphrase="not my passphrase")
    assert wrong.returncode == 3
    assert wrong.stderr == WrongPassphrase.message + "\n"
    assert wrong.stdout == ""

    missing = run_module("--data-dir", str(tmp_path / "empty"), "list", passphrase=PASSPHRASE)
    assert missing.returncode == 4
    assert missing.stderr == NoJournalYet.message + "\n"

    # With no passphrase in the environment and nothing on stdin, the prompt gets no answer.
    no_answer = run_module("--data-dir", data_dir, "list")
    assert no_answer.returncode == 2
    assert no_answer.stderr.endswith("No answer came in, so nothing changed.\n")
    for done in (logged, wrong, missing, no_answer):
        assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.slow
def test_opened_from_the_old_key_file_where_nothing_can_be_typed(vault_folder: Path) -> None:
    """No terminal to type a new passphrase in: the person hears what happened, the command
    doesn't run, and no file changes (the next run in a terminal asks again)."""
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.change_passphrase("a passphrase set later", kdf=FAST_KDF)
    (vault_folder / SLOTS_NAME).write_bytes(b"{")  # damaged after that change
    before = fingerprint(vault_folder)

    done = run_module("--data-dir", str(vault_folder.parent), "log", "x", passphrase=PASSPHRASE)
    assert (done.returncode, done.stdout) == (NewPassphraseNeeded.exit_code, "")
    assert done.stderr.startswith(OLD_KEY_FILE + "\n")
    assert done.stderr.endswith(NewPassphraseNeeded.message + "\n")
    assert "Traceback" not in done.stderr
    assert fingerprint(vault_folder) == before
