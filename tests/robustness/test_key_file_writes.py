"""The key file on a failing disk: changing the passphrase either happens whole or not at all,
the person gets a plain sentence, and no half-written temp file stays beside the journal."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from iop_companion.errors import DiskFull, DiskProblem, KnownError, WrongPassphrase
from iop_companion.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"


def fail_nth(real: Callable[..., Any], n: int, error: int) -> Callable[..., Any]:
    """``real``, except that its ``n``-th call (from 1) fails with OS error ``error``."""
    calls = 0

    def failing(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == n:
            raise OSError(error, os.strerror(error))
        return real(*args, **kwargs)

    return failing


CASES = {
    # name: (function in os, which call fails, errno, what the person is told)
    "no room for the new file": ("fsync", 1, errno.ENOSPC, DiskFull),
    "no room for the copy of the old file": ("fsync", 2, errno.ENOSPC, DiskFull),
    "drive fails keeping the old file": ("replace", 1, errno.EIO, DiskProblem),
    "drive fails putting the new file in place": ("replace", 2, errno.EIO, DiskProblem),
    "network drive gone": ("replace", 2, errno.ESTALE, DiskProblem),
}


@pytest.mark.parametrize(("function", "nth", "error", "told"), CASES.values(), ids=CASES.keys())
def test_passphrase_change_on_a_failing_disk(
    vault: Vault,
    vault_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    function: str,
    nth: int,
    error: int,
    told: type[KnownError],
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(os, function, fail_nth(getattr(os, function), nth, error))
        with pytest.raises(told):
            vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    vault.lock()

    assert [p.name for p in vault_folder.iterdir() if p.name.endswith(".tmp")] == []
    Vault.unlock(vault_folder, PASSPHRASE).lock()  # the old passphrase still opens it
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_folder, NEW_PASSPHRASE)
