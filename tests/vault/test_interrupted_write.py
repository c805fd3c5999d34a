"""A crash in the middle of rewriting the key-slot file leaves a journal that opens.

Each step of ``atomic_replace`` (writing the temp file, fsync, keeping the previous file,
``os.replace``, fsync of the folder) is made to fail in turn, the way a crash or a full disk would
stop it there. Afterwards the old or the new passphrase opens the journal: never neither.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from iop_companion.errors import DiskFull, KnownError, WrongPassphrase, WrongRecoveryCode
from iop_companion.vault import Vault, files
from iop_companion.vault.keys import KdfParams
from iop_companion.vault.vault import SLOTS_BACKUP_NAME, SLOTS_NAME
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "lanterns over the harbour"


class SimulatedCrash(Exception):
    """Stands for the process dying: nothing after this point runs, no clean-up either."""


def _disk_full() -> BaseException:
    return OSError(errno.ENOSPC, "No space left on device")


FAILURES: dict[str, tuple[Callable[[], BaseException], type[BaseException]]] = {
    "crash": (SimulatedCrash, SimulatedCrash),
    "disk-full": (_disk_full, DiskFull),
}


class StepCounter:
    """Counts file-system steps in ``files`` and fails the ``fail_at``-th one before it runs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int, failure: Any) -> None:
        self.steps: list[str] = []
        self.fail_at = fail_at
        self.failure = failure
        for owner, name in ((files, "write_private"), (os, "replace"), (os, "fsync")):
            monkeypatch.setattr(owner, name, self._wrap(name, getattr(owner, name)))

    def _wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            self.steps.append(name)
            if len(self.steps) == self.fail_at:
                raise self.failure()
            return real(*args, **kwargs)

        return step


def _restore(folder: Path, slots: bytes) -> None:
    (folder / SLOTS_NAME).write_bytes(slots)
    for leftover in folder.iterdir():
        if leftover.name == SLOTS_BACKUP_NAME or leftover.name.endswith(".tmp"):
            leftover.unlink()


class Attempts:
    """Ways into the journal, each tried once per pair of key files (Argon2id is slow)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._seen: dict[tuple[bytes, bytes, str], bool] = {}

    def _state(self, secret: str) -> tuple[bytes, bytes, str]:
        main, backup = self.folder / SLOTS_NAME, self.folder / SLOTS_BACKUP_NAME
        return (main.read_bytes(), backup.read_bytes() if backup.exists() else b"", secret)

    def opens(self, passphrase: str) -> bool:
        state = self._state(passphrase)
        if state not in self._seen:
            try:
                Vault.unlock(self.folder, passphrase).lock()
                self._seen[state] = True
            except WrongPassphrase:
                self._seen[state] = False
        return self._seen[state]

    def recovers(self, code: str) -> bool:
        """Whether ``code`` opens the journal; the key files are put back afterwards."""
        state = self._state(code)
        if state not in self._seen:
            try:
                Vault.unlock_with_recovery_code(self.folder, code, "a third passphrase")[0].lock()
                self._seen[state] = True
            except WrongRecoveryCode:
                self._seen[state] = False
            _restore(self.folder, state[0])
            if state[1]:
                (self.folder / SLOTS_BACKUP_NAME).write_bytes(state[1])
        return self._seen[state]


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_change_passphrase_interrupted_at_every_step(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    make_failure, expected = FAILURES[failure]
    original = (vault_folder / SLOTS_NAME).read_bytes()
    vault = Vault.unlock(vault_folder, PASSPHRASE)
    outcomes: list[tuple[int, str, bool, bool]] = []
    attempts = Attempts(vault_folder)
    try:
        for fail_at in range(1, 30):
            _restore(vault_folder, original)
            with monkeypatch.context() as patch:
                counter = StepCounter(patch, fail_at, make_failure)
                try:
                    vault.change_passphrase(NEW_PASSPHRASE)
                    finished = True
                except expected:
                    finished = False
            if finished:
                break
            old_opens = attempts.opens(PASSPHRASE)
            new_opens = not old_opens and attempts.opens(NEW_PASSPHRASE)
            outcomes.append((fail_at, counter.steps[-1], old_opens, new_opens))
            assert old_opens or new_opens, f"neither passphrase opens after {counter.steps}"
        else:
            raise AssertionError("change_passphrase never finished")
    finally:
        vault.lock()
    assert len(outcomes) >= 5, outcomes  # temp file, its fsync, backup, its fsync, replaces
    assert attempts.opens(NEW_PASSPHRASE)
    # Until the final replace the old passphrase works; a crash after it (at the folder fsync)
    # leaves the new one in force. A reported disk error always leaves the old one: a failed
    # folder fsync after the replace isn't reported, since the new file is already in place.
    switched = [new for _, _, _, new in outcomes]
    assert switched == sorted(switched), outcomes
    assert not switched[0], outcomes
    assert switched[-1] == (failure == "crash"), outcomes


def test_recovery_interrupted_at_every_step_keeps_a_way_in(
    vault_folder: Path, recovery_code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Old passphrase and code, or new passphrase and code: a crash never strands the person."""
    original = (vault_folder / SLOTS_NAME).read_bytes()
    attempts = Attempts(vault_folder)
    for fail_at in range(1, 30):
        _restore(vault_folder, original)
        with monkeypatch.context() as patch:
            counter = StepCounter(patch, fail_at, SimulatedCrash)
            try:
                vault, _ = Vault.unlock_with_recovery_code(
                    vault_folder, recovery_code, NEW_PASSPHRASE, kdf=KdfParams()
                )
            except SimulatedCrash:
                pass
            else:
                vault.lock()
                break
        if attempts.opens(PASSPHRASE):
            assert attempts.recovers(recovery_code), "old passphrase but not the old code"
        else:
            assert attempts.opens(NEW_PASSPHRASE), f"no way in after {counter.steps}"
            assert not attempts.recovers(recovery_code), "the new file still takes the old code"
    else:
        raise AssertionError("recovery never finished")
    assert fail_at > 5
    assert attempts.opens(NEW_PASSPHRASE)


def test_a_full_disk_during_change_leaves_no_temp_files(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        StepCounter(patch, 1, _disk_full)
        with pytest.raises(DiskFull) as caught:
            vault.change_passphrase(NEW_PASSPHRASE)
    assert isinstance(caught.value, KnownError)
    assert "Everything saved before is safe" in caught.value.sentence
    assert sorted(p.name for p in vault.folder.iterdir() if p.name.startswith(".")) == []
