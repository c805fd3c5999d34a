"""A journal and a backup of it that differ, made once per session (Argon2id is slow).

The backup holds the journal as it was (``BACKUP_WINS`` wins, a hard moment, a deleted entry) and
opens with ``PASSPHRASE`` or the recovery code. After it was made, the journal got more entries
(with ``MARKER`` in them) and a new passphrase, ``CURRENT``. So after a restore, which passphrase
opens the journal, and what it holds, say which journal is there.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.vault import Vault, backup, database
from iop_companion.vault.keys import KdfParams
from tests.conftest import FAST_KDF, PASSPHRASE

MARKER = "MARKER-b4c6e1"
CURRENT = "lanterns over the harbour"
BACKUP_WINS = 12


@dataclass(frozen=True)
class Scene:
    """Copies of the journal and the backup file, for one test to change as it likes."""

    folder: Path  # the journal folder, in tmp_path / "data"
    backup_file: Path
    code: str  # the recovery code the backup opens with (the journal's was changed since)
    current_code: str  # the journal's recovery code now
    journal_content: dict[str, str]  # table digests
    backup_content: dict[str, str]

    @property
    def data_dir(self) -> Path:
        return self.folder.parent


@dataclass(frozen=True)
class _Template:
    folder: Path
    backup_file: Path
    code: str
    current_code: str
    journal_content: dict[str, str]
    backup_content: dict[str, str]


def fill(journal: JournalService, wins: int, words: str = "came to group") -> None:
    for n in range(wins):
        journal.log_win(
            f"Win {n}: {words}",
            note=f"note {n}",
            tags=["group", f"week{n % 3}"],
            day=date(2026, 3, 1 + n),
        )


@pytest.fixture(scope="session")
def _scene_template(tmp_path_factory: pytest.TempPathFactory) -> _Template:
    root = tmp_path_factory.mktemp("scene")
    folder = root / "data" / "journal"
    vault, code = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    journal = JournalService(vault.db)
    fill(journal, BACKUP_WINS)
    journal.log_hard_moment(word="slip", text="a hard day", note="called my sponsor")
    journal.delete(journal.log_win("Logged by mistake").entry.id)  # sqlite_sequence moves on
    backup_content = database.table_digests(vault.db)
    made = backup.make_backup(vault, root / "carried.backup")
    fill(journal, 5, words=f"told my counselor about {MARKER}")
    vault.change_passphrase(CURRENT, kdf=KdfParams())
    current_code = vault.new_recovery_code()
    journal_content = database.table_digests(vault.db)
    vault.lock()
    return _Template(folder, made.path, code, current_code, journal_content, backup_content)


@pytest.fixture
def scene(tmp_path: Path, _scene_template: _Template) -> Scene:
    folder = tmp_path / "data" / "journal"
    shutil.copytree(_scene_template.folder, folder)
    carried = tmp_path / "usb" / "carried.backup"
    carried.parent.mkdir()
    shutil.copyfile(_scene_template.backup_file, carried)
    t = _scene_template
    return Scene(folder, carried, t.code, t.current_code, t.journal_content, t.backup_content)
