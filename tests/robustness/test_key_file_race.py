"""Two key changes at the same moment (two terminals, the app and a terminal): never two
"changed" for one passphrase that works. The later change builds on the first, or is refused in
one plain sentence and changes nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from iop_companion.errors import KeyFileChanged, WrongPassphrase
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import PASSPHRASE
from tests.robustness.support import child_env, cli_command

ROUNDS = 5
CHANGED = "Your passphrase is changed."
NEW_PROMPT = "New passphrase: "


def passwd(data_dir: Path) -> subprocess.Popen[str]:
    """``passwd`` in a child: the current passphrase from the environment, the new one to be
    typed twice on stdin (no terminal, so the prompt reads it from there)."""
    return subprocess.Popen(
        cli_command(data_dir, "passwd"),
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def wait_for_prompt(child: subprocess.Popen[str]) -> str:
    """What the child said on stderr up to its "New passphrase: " prompt: by then it has opened
    the journal and read the key file it is about to change."""
    assert child.stderr is not None
    said = ""
    while not said.endswith(NEW_PROMPT):
        letter = child.stderr.read(1)
        assert letter, f"the child ended before its prompt: {said}{child.communicate()[1]}"
        said += letter
    return said


@pytest.mark.slow
def test_two_passphrase_changes_at_once_never_both_claim_success(
    vault_folder: Path, tmp_path: Path
) -> None:
    told_changed: list[str] = []
    for round_ in range(ROUNDS):
        folder = tmp_path / f"round-{round_}" / "journal"
        shutil.copytree(vault_folder, folder)
        wanted = [f"first new passphrase {round_}", f"second new passphrase {round_}"]
        children = [passwd(folder.parent) for _ in wanted]
        try:
            # Both have the journal open, with the key file as it was, before either answers:
            # the two changes are made at once however the children were scheduled.
            said = [wait_for_prompt(child) for child in children]
            results = [
                (child.communicate(f"{new}\n{new}\n", timeout=120), child.returncode)
                for child, new in zip(children, wanted, strict=True)
            ]
        finally:
            for child in children:
                if child.poll() is None:  # only when something above went wrong
                    child.kill()
                    child.communicate()

        winners = []
        for new, before, ((out, err), code) in zip(wanted, said, results, strict=True):
            assert "Traceback" not in out + before + err
            if code == 0:
                assert out.startswith(CHANGED)
                winners.append(new)
            else:  # the loser says plainly that nothing changed, and nothing did
                assert code == KeyFileChanged.exit_code
                assert err.splitlines()[-1] == KeyFileChanged.message
                assert CHANGED not in out
        assert len(winners) == 1, results
        for new in wanted:  # every passphrase reported as changed opens the journal
            if new in winners:
                Vault.unlock(folder, new).lock()
            else:
                with pytest.raises(WrongPassphrase):
                    Vault.unlock(folder, new)
        told_changed += winners
    assert len(told_changed) == ROUNDS


def test_a_change_made_elsewhere_meanwhile_is_kept_and_the_same_change_refused(
    vault_folder: Path,
) -> None:
    """In one process, step by step: two windows opened before either changed anything."""
    app = Vault.unlock(vault_folder, PASSPHRASE)
    terminal = Vault.unlock(vault_folder, PASSPHRASE)
    try:
        terminal.change_passphrase("set in the terminal")
        with pytest.raises(KeyFileChanged) as refused:
            app.change_passphrase("set in the app")  # the same slot: refused, nothing written
        # What the person reads: it may have happened a while ago, and the app may still be
        # open, so no "just" and no "open the journal again".
        assert refused.value.sentence == (
            "Another window changed the journal's passphrase or recovery code first, so "
            "nothing changed here. Try again if you still want this change."
        )
        Vault.unlock(vault_folder, "set in the terminal").lock()
        app.remember_device(MemoryKeychain())  # another slot: merged on top, both stand
        Vault.unlock(vault_folder, "set in the terminal").lock()
        assert app.is_passphrase("set in the terminal")  # the app reads the file as it is now
        app.change_passphrase("set in the app, after all")
    finally:
        app.lock()
        terminal.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_folder, "set in the terminal")
    Vault.unlock(vault_folder, "set in the app, after all").lock()
    assert Vault.remembers_device(vault_folder)
