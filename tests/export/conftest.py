import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.vault import Vault
from tests.conftest import PASSPHRASE, FixedClock
from tests.export.helpers import fill


@pytest.fixture
def source(journal: JournalService) -> JournalService:
    """The test journal with a bit of everything in it, private entries included."""
    return fill(journal)


@pytest.fixture
def other_journal(
    tmp_path: Path, _template_vault: tuple[Path, str], clock: FixedClock
) -> Iterator[JournalService]:
    """A second, empty journal in its own folder, on the same clock as ``journal``."""
    folder = tmp_path / "other"
    shutil.copytree(_template_vault[0], folder)
    vault = Vault.unlock(folder, PASSPHRASE)
    yield JournalService(vault.db, clock=clock)
    vault.lock()
