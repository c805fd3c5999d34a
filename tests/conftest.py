"""Shared fixtures. Vaults use the lowest Argon2id settings the app accepts, so tests stay quick
while exercising the real derivation."""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app follows the system's language; tests read it in English wherever they run (a test that
# reads another language asks for it).
os.environ["LANGUAGE"] = "en_US"
os.environ["LC_ALL"] = "en_US.UTF-8"

from iop_companion.core.journal import JournalService
from iop_companion.vault import Vault, keys, slots
from iop_companion.vault.keys import KdfParams

PASSPHRASE = "quiet river morning"
FAST_KDF = KdfParams()  # the floor: 64 MiB, 3 iterations, 4 lanes


SCREENS = Path(__file__).parent / "ui" / "screens.json"


@pytest.fixture(scope="session")
def qapp_args(pytestconfig: pytest.Config) -> list[str]:
    """Offscreen, the app sees a 1366x768 laptop screen, then the same screen under 150% and
    200% display scaling, in the logical pixels Qt lays windows out in (911x512 and 683x384).
    New windows open on the first."""
    args = [pytestconfig.getini("qt_qapp_name")]
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        args += ["-platform", f"offscreen:configfile={SCREENS}"]
    return args


@pytest.fixture(scope="session", autouse=True)
def _english() -> None:
    """Tests read the app in English, whatever this machine's language (a test that reads it in
    another language says so with ``in_language``)."""
    from iop_companion import i18n
    from iop_companion.language import words_for

    i18n.use(words_for("en"))


@pytest.fixture(scope="session", autouse=True)
def _qapp_first(qapp: object) -> None:
    """The test application, with the screens above, before anything else makes one."""


@pytest.fixture(scope="session")
def _template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One vault made per session; each test gets a copy (Argon2id runs once, not per test)."""
    folder = tmp_path_factory.mktemp("template") / "journal"
    vault, code = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    vault.lock()
    return folder, code


@pytest.fixture
def vault_folder(tmp_path: Path, _template_vault: tuple[Path, str]) -> Path:
    """A locked, empty journal folder whose passphrase is ``PASSPHRASE``."""
    folder = tmp_path / "journal"
    shutil.copytree(_template_vault[0], folder)
    return folder


@pytest.fixture
def recovery_code(_template_vault: tuple[Path, str]) -> str:
    return _template_vault[1]


# The passphrase's key for each (passphrase, salt, settings) the ``vault`` fixture has opened:
# every copy of the template has the same salt, so Argon2id (64 MiB and about 0.1 s each time)
# runs once a session for them, not once a test. Tests of opening call ``Vault.unlock``
# themselves, and derive for real.
_template_key = functools.lru_cache(maxsize=4)(keys.derive_passphrase_key)


@pytest.fixture
def vault(vault_folder: Path) -> Iterator[Vault]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(slots, "derive_passphrase_key", _template_key)
        opened = Vault.unlock(vault_folder, PASSPHRASE)
    yield opened
    opened.lock()


class FixedClock:
    """A clock tests can move."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 27, 10, 30).astimezone())


@pytest.fixture
def journal(vault: Vault, clock: FixedClock) -> JournalService:
    return JournalService(vault.db, clock=clock)
