"""``python -m iop_companion`` as a real process: exit codes, one plain line, never a traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from iop_companion import __version__
from iop_companion.errors import OLD_KEY_FILE, NewPassphraseNeeded, NoJournalYet, WrongPassphrase
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.layout import SLOTS_NAME
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.robustness.support import child_env, run_cli
from tests.vault.helpers import fingerprint


def test_version(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "--version")
    assert done.returncode == 0
    assert done.stdout.startswith(f"iop-companion {__version__} (journal format ")
    assert done.stderr == ""


@pytest.mark.slow
def test_exit_codes_and_no_traceback(vault_folder: Path, tmp_path: Path) -> None:
    data_dir = vault_folder.parent

    logged = run_cli(data_dir, "log", "Came to one session")
    assert (logged.returncode, logged.stderr) == (0, "")
    assert logged.stdout.startswith("Saved. That counts.")

    wrong = run_cli(data_dir, "list", env=child_env(passphrase="not my passphrase"))
    assert wrong.returncode == 3
    assert wrong.stderr == WrongPassphrase.message + "\n"
    assert wrong.stdout == ""

    missing = run_cli(tmp_path / "empty", "list")
    assert missing.returncode == 4
    assert missing.stderr == NoJournalYet.message + "\n"

    # With no passphrase in the environment and nothing on stdin, the prompt gets no answer.
    no_answer = run_cli(data_dir, "list", env=child_env(passphrase=None), typed="")
    assert no_answer.returncode == 2
    assert no_answer.stderr.endswith("No answer came in, so nothing changed.\n")
    for done in (logged, wrong, missing, no_answer):
        assert "Traceback" not in done.stdout + done.stderr


def _damaged_after_a_change(folder: Path) -> None:
    """The key file damaged after a passphrase change: the copy from before it opens."""
    with Vault.unlock(folder, PASSPHRASE) as vault:
        vault.change_passphrase("a passphrase set later", kdf=FAST_KDF)
    (folder / SLOTS_NAME).write_bytes(b"{")


def _nothing_ran(done: subprocess.CompletedProcess[str], folder: Path, before: object) -> None:
    """The person hears what happened and that no new passphrase came in; the command didn't
    run and no file changed (the next run in a terminal asks again)."""
    assert (done.returncode, done.stdout) == (NewPassphraseNeeded.exit_code, "")
    assert done.stderr.startswith(OLD_KEY_FILE + "\n")
    assert done.stderr.endswith(NewPassphraseNeeded.message + "\n")
    assert "Traceback" not in done.stderr
    assert fingerprint(folder) == before


@pytest.mark.slow
def test_opened_from_the_old_key_file_where_nothing_can_be_typed(vault_folder: Path) -> None:
    _damaged_after_a_change(vault_folder)
    before = fingerprint(vault_folder)
    done = run_cli(vault_folder.parent, "log", "x", typed="")
    _nothing_ran(done, vault_folder, before)


# The child's "system keychain" is one that remembers this journal (a real one is out of reach
# of a test): the journal opens by this computer's key, with no passphrase checked.
REMEMBERED = """
from iop_companion import cli
from iop_companion.vault.keychain import MemoryKeychain
remembered = MemoryKeychain()
remembered.secrets.update({secrets!r})
cli.SystemKeychain = lambda: remembered
"""


@pytest.mark.slow
def test_opened_by_this_computer_from_the_old_key_file_in_a_script(vault_folder: Path) -> None:
    """Opened by the device key, the current passphrase is asked before a new one; in a script
    nothing can be typed there either: the same "no new passphrase" (exit 5), not a mistake in
    the input (exit 2)."""
    keychain = MemoryKeychain()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.remember_device(keychain)
    _damaged_after_a_change(vault_folder)
    before = fingerprint(vault_folder)
    done = run_cli(
        vault_folder.parent,
        "log",
        "x",
        env=child_env(passphrase=None),
        typed="",
        before=REMEMBERED.format(secrets=keychain.secrets),
    )
    _nothing_ran(done, vault_folder, before)
