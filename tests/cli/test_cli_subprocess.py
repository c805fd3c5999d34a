"""``python -m iop_companion`` as a real process: exit codes, one plain line, never a traceback."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_companion import __version__
from iop_companion.core.own_details import OwnDetails
from iop_companion.errors import (
    CODE_NOT_KEPT,
    NEW_CODE_KEPT_HOW,
    OLD_KEY_FILE,
    NewPassphraseNeeded,
    NoJournalYet,
    OutputUnwritable,
    WrongPassphrase,
    WrongRecoveryCode,
)
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


# -- a setup that stopped before its recovery code was kept ---------------------------------------

CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){6}\b")


def _setup_stopped_at_the_code(folder: Path) -> None:
    """As the desktop's first run leaves a journal closed on its recovery-code step."""
    with Vault.unlock(folder, PASSPHRASE) as vault:
        OwnDetails(vault.db).set_recovery_code_kept(False)


def _code_kept(folder: Path) -> bool:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        return OwnDetails(vault.db).recovery_code_kept


def _opens_with(folder: Path, code: str) -> bool:
    """Whether ``code`` opens the journal (tried on a copy: opening with it changes the keys)."""
    copy = folder.parent / "tried"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy)
    try:
        Vault.unlock_with_recovery_code(copy, code, "a passphrase to try", kdf=FAST_KDF)[0].lock()
    except WrongRecoveryCode:
        return False
    return True


@pytest.mark.slow
def test_a_command_finishes_a_setup_that_stopped_before_the_code_was_kept(
    vault_folder: Path, recovery_code: str
) -> None:
    """The next command gives a new code on stderr, as the desktop does at its next unlock; an
    export on stdout stays whole and holds no code. Once shown, the code counts as kept."""
    _setup_stopped_at_the_code(vault_folder)
    done = run_cli(vault_folder.parent, "export", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entries"] == []
    assert not CODE.search(done.stdout)
    lines = done.stderr.splitlines()
    assert lines[:2] == [CODE_NOT_KEPT, NEW_CODE_KEPT_HOW]
    [code] = CODE.findall(done.stderr)
    assert lines[2:] == [f"    {code}"]
    assert _code_kept(vault_folder)
    assert _opens_with(vault_folder, code)
    assert not _opens_with(vault_folder, recovery_code)  # the one nobody kept
    again = run_cli(vault_folder.parent, "list")
    assert (again.returncode, again.stderr) == (0, "")


def _stderr_closed() -> None:
    os.close(2)


def _stderr_full() -> None:
    full = os.open("/dev/full", os.O_WRONLY)
    os.dup2(full, 2)
    os.close(full)


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("stderr", [_stderr_closed, _stderr_full], ids=["closed", "full"])
def test_where_the_new_code_cant_be_shown_nothing_changes(
    vault_folder: Path, recovery_code: str, stderr: Callable[[], None]
) -> None:
    _setup_stopped_at_the_code(vault_folder)
    before = fingerprint(vault_folder)
    done = run_cli(vault_folder.parent, "log", "Came to group", preexec_fn=stderr)
    assert (done.returncode, done.stdout) == (OutputUnwritable.exit_code, "")
    assert fingerprint(vault_folder) == before
    assert not _code_kept(vault_folder)
    assert _opens_with(vault_folder, recovery_code)


@pytest.mark.slow
def test_recover_and_rotate_key_keep_the_code_they_show(
    vault_folder: Path, recovery_code: str
) -> None:
    """Each prints a new code: that one counts as kept, so nothing replaces it later (the
    desktop's next unlock, or the next command)."""
    _setup_stopped_at_the_code(vault_folder)
    recovered = run_cli(vault_folder.parent, "recover", typed=f"{recovery_code}\n")
    assert recovered.returncode == 0, recovered.stderr
    assert CODE_NOT_KEPT not in recovered.stderr
    [shown] = CODE.findall(recovered.stdout)
    assert _code_kept(vault_folder)
    assert _opens_with(vault_folder, shown)

    _setup_stopped_at_the_code(vault_folder)
    rotated = run_cli(vault_folder.parent, "rotate-key", typed=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert rotated.returncode == 0, rotated.stderr
    assert CODE_NOT_KEPT not in rotated.stderr  # one new code, not a second one for the setup
    [shown] = CODE.findall(rotated.stdout)
    assert _code_kept(vault_folder)
    assert _opens_with(vault_folder, shown)
