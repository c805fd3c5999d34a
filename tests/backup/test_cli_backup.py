"""``backup``, ``backups``, ``restore`` and ``rotate-key`` from a terminal: what a person sees and
the exit codes ``cli.py`` documents."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from iop_companion import cli
from iop_companion.errors import (
    BackupDamaged,
    BackupLocked,
    BackupNotFound,
    BackupTargetTaken,
    InvalidEntry,
    KnownError,
    NoJournalYet,
)
from iop_companion.paths import DATA_DIR_ENV
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.layout import BACKUPS_DIR
from tests.backup.conftest import BACKUP_WINS, CURRENT, Scene
from tests.backup.support import Opener
from tests.conftest import PASSPHRASE
from tests.robustness.support import assert_one_plain_sentence, run_cli
from tests.vault.helpers import fingerprint

CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){6}\b")
ROTATED = "a kettle on the stove"


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class Terminal:
    data_dir: Path
    capsys: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch
    keychain: MemoryKeychain = field(default_factory=MemoryKeychain)

    def __call__(
        self, *argv: str, secret: str | None = None, answers: tuple[str, ...] = ()
    ) -> Result:
        if secret is None:
            self.monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
        else:
            self.monkeypatch.setenv(cli.PASSPHRASE_ENV, secret)
        left = list(answers)

        def prompt(label: str) -> str:
            assert left, f"unexpected prompt: {label!r}"
            return left.pop(0)

        self.capsys.readouterr()
        code = cli.run(
            ["--data-dir", str(self.data_dir), *argv], keychain=self.keychain, prompt=prompt
        )
        out, err = self.capsys.readouterr()
        assert not left, "answers left over"
        assert "Traceback" not in out + err
        return Result(code, out, err)


@pytest.fixture
def term(
    scene: Scene, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Terminal:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    return Terminal(scene.data_dir, capsys, monkeypatch)


def refused(result: Result, error: type[KnownError], code: int) -> None:
    assert (result.code, result.err) == (code, error.message + "\n"), result


def test_backup_then_list(term: Terminal, scene: Scene, tmp_path: Path) -> None:
    made = term("backup", secret=CURRENT)
    assert made.code == 0 and made.err == ""
    assert "Backup saved:" in made.out and "opens with your passphrase or recovery code" in made.out
    carried = term("backup", "--to", str(tmp_path / "stick.backup"), secret=CURRENT)
    assert carried.code == 0 and str(tmp_path / "stick.backup") in carried.out
    listed = term("backups")  # no passphrase needed to see them
    assert listed.code == 0
    (line, where) = listed.out.strip().splitlines()
    assert line.startswith("backup-") and line.endswith("made by you")
    assert str(scene.folder / BACKUPS_DIR) in where
    letter = tmp_path / "letter.txt"
    letter.write_text("mine")
    refused(term("backup", "--to", str(letter), secret=CURRENT), BackupTargetTaken, 2)


def test_no_backups_yet(term: Terminal, tmp_path: Path) -> None:
    listed = term("backups")
    assert (listed.code, listed.out) == (0, "No backups yet. The backup command makes one.\n")
    term.data_dir = tmp_path / "nothing here"
    refused(term("backups"), NoJournalYet, 4)


def test_restore_and_undo(term: Terminal, scene: Scene) -> None:
    restored = term("restore", str(scene.backup_file), secret=scene.code)
    assert restored.code == 0, restored
    assert (
        f"Restored. The journal holds {BACKUP_WINS} wins and 1 hard moment, from 1 March 2026"
        in restored.out
    )
    assert (
        "It opens with the passphrase or recovery code it had when the backup was made."
        in restored.out
    )
    previous = re.search(r"kept as backup (\S+):", restored.out)
    assert previous is not None
    opener = Opener()
    assert opener.content(scene.folder, PASSPHRASE) == scene.backup_content
    undone = term("restore", previous.group(1), secret=CURRENT)
    assert undone.code == 0, undone
    assert opener.content(scene.folder, CURRENT) == scene.journal_content


def test_restore_refusals_leave_the_journal_alone(term: Terminal, scene: Scene) -> None:
    before = fingerprint(scene.folder)
    refused(term("restore", "no-such-backup", secret=scene.code), BackupNotFound, 2)
    refused(term("restore", str(scene.backup_file), secret=CURRENT), BackupLocked, 3)
    data = scene.backup_file.read_bytes()
    scene.backup_file.write_bytes(data[: len(data) // 2])
    refused(term("restore", str(scene.backup_file), secret=scene.code), BackupDamaged, 5)
    assert fingerprint(scene.folder) == before


def test_restore_asks_for_the_backups_secret(term: Terminal, scene: Scene) -> None:
    assert term("restore", str(scene.backup_file), answers=(scene.code,)).code == 0


def test_rotate_key(term: Terminal, scene: Scene) -> None:
    assert term("backup", secret=CURRENT).code == 0
    done = term("rotate-key", secret=CURRENT, answers=(ROTATED, ROTATED))
    assert done.code == 0, done
    assert "The old passphrase and recovery code no longer open the journal." in done.out
    assert "1 backup made before now still opens with the old passphrase" in done.out
    codes = CODE.findall(done.out)
    assert len(codes) == 1 and codes[0] != scene.current_code
    assert ROTATED not in done.out
    assert term("list", secret=CURRENT).code == 3
    assert term("list", secret=ROTATED).code == 0
    mismatch = term("rotate-key", secret=ROTATED, answers=("one new phrase", "another one"))
    assert mismatch.code == InvalidEntry.exit_code


@pytest.mark.slow
def test_as_a_real_process(scene: Scene) -> None:
    """One plain sentence and the documented exit code, never a traceback."""
    data = scene.backup_file.read_bytes()
    scene.backup_file.write_bytes(data[:-1])
    damaged = run_cli(scene.data_dir, "restore", str(scene.backup_file))
    assert damaged.returncode == BackupDamaged.exit_code
    assert_one_plain_sentence(damaged.stderr, BackupDamaged)
    listed = run_cli(scene.data_dir, "backups")
    assert (listed.returncode, listed.stderr) == (0, "")
