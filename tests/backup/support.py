"""Helpers for the backup tests: which journal a folder holds, and file steps made to fail."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from iop_companion.errors import JournalDamaged
from iop_companion.vault import database, files, swap
from iop_companion.vault.layout import DB_NAME, SLOTS_NAME, SWAP_DIR
from iop_companion.vault.slots import SlotFile, open_slot
from iop_companion.vault.vault import Vault

# Every file-system step the backup, restore and rotation code takes goes through one of these.
STEPS = (
    (files, "write_private"),
    (os, "replace"),
    (os, "fsync"),
    (os, "unlink"),
    (os, "mkdir"),
    (shutil, "rmtree"),
)


class SimulatedCrash(BaseException):
    """Stands for the process dying: nothing after this point runs, no clean-up either.

    A ``BaseException``, so no ``except Exception`` on the way up can treat it as an error.
    """


class StepCounter:
    """Counts file-system steps and fails the ``fail_at``-th one before it runs."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, fail_at: int, failure: Callable[[], BaseException]
    ) -> None:
        self.steps: list[str] = []
        self.fail_at = fail_at
        self.failure = failure
        for owner, name in STEPS:
            monkeypatch.setattr(owner, name, self._wrap(name, getattr(owner, name)))

    def _wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            self.steps.append(name)
            if len(self.steps) == self.fail_at:
                raise self.failure()
            return real(*args, **kwargs)

        return step


class Opener:
    """Opens journal folders by passphrase, deriving each key once per key file."""

    def __init__(self) -> None:
        self._keys: dict[tuple[bytes, str], bytes] = {}

    def key(self, slot_bytes: bytes, passphrase: str) -> bytes:
        cached = (slot_bytes, passphrase)
        if cached not in self._keys:
            slots = SlotFile.from_bytes(slot_bytes)
            self._keys[cached] = open_slot(slots, "passphrase", passphrase) or b""
        return self._keys[cached]

    def content(self, folder: Path, passphrase: str) -> dict[str, str] | None:
        """The table digests of the journal in ``folder`` if ``passphrase`` opens it whole."""
        key = self.key((folder / SLOTS_NAME).read_bytes(), passphrase)
        if not key:
            return None
        db = database.open_checked(folder / DB_NAME, key)
        assert db is not None, "the key file opens, but the database beside it doesn't"
        try:
            return database.table_digests(db)
        finally:
            db.conn.close()

    def vault(self, folder: Path, passphrase: str) -> Vault:
        """An unlocked ``Vault`` without running Argon2id again."""
        slot_bytes = (folder / SLOTS_NAME).read_bytes()
        key = self.key(slot_bytes, passphrase)
        assert key
        return Vault(folder, SlotFile.from_bytes(slot_bytes), key)


def settled(folder: Path) -> None:
    """What opening the journal does first: finish or undo a swap a crash cut short."""
    swap.settle(folder)
    assert not (folder / SWAP_DIR).exists()


def cannot_open(path: Path, key: bytes) -> bool:
    try:
        database.connect(path, key).conn.close()
    except JournalDamaged:
        return True
    return False
