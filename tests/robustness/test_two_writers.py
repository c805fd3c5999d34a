"""Two processes writing at once (the desktop app and the CLI, two terminals): each write waits
for the other's instead of giving up with "busy", and every save is there afterwards."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.vault import Vault
from tests.conftest import PASSPHRASE
from tests.robustness.support import child_env, read_ids, worker_command

WINS = 150


@pytest.mark.slow
def test_two_processes_logging_at_once_both_save_every_win(vault_folder: Path) -> None:
    labels = ("first", "second")
    writers = [
        subprocess.Popen(
            worker_command("log", vault_folder, str(WINS), label),
            env=child_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for label in labels
    ]
    try:
        for writer in writers:  # both are open before either writes
            assert writer.stdout is not None
            assert writer.stdout.readline() == "ready\n", writer.communicate()[1]
        for writer in writers:
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        outputs = [writer.communicate(timeout=300) for writer in writers]
    finally:
        for writer in writers:
            if writer.poll() is None:  # only when something above went wrong
                writer.kill()
                writer.communicate()
    for writer, (_, errors) in zip(writers, outputs, strict=True):
        assert (writer.returncode, errors) == (0, "")
    assert [len(read_ids(out.splitlines())) for out, _ in outputs] == [WINS, WINS]

    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        texts = {entry.text for entry in JournalService(vault.db).entries(limit=-1)}
    assert texts == {f"{label} win {n}" for label in labels for n in range(WINS)}
