"""Nothing a person writes is readable on disk: not in the database, its WAL and shared-memory
files, the key file, backups, or any temporary file, while the journal is open or after."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.export.data import write_json
from iop_companion.vault import Vault
from iop_companion.vault.vault import DB_NAME
from tests.conftest import PASSPHRASE
from tests.robustness.support import child_env, worker_command
from tests.robustness.worker import use_with_marker

MARKER = "MARKER-7f3a9c"
SQLITE_HEADER = b"SQLite format 3"


def needles(marker: str) -> list[bytes]:
    """The marker, and the word the search index keeps of it, in every likely form on disk."""
    words = {marker, marker.split("-")[-1]}
    forms = {form for word in words for form in (word, word.upper(), word.lower())}
    return [
        form.encode(encoding)
        for form in forms
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le")
    ]


def files_under(*folders: Path) -> list[Path]:
    return [path for folder in folders for path in sorted(folder.rglob("*")) if path.is_file()]


def assert_nothing_readable(vault_folder: Path, *others: Path) -> list[str]:
    """No form of the marker in any file; journal.db doesn't look like SQLite. Returns the names
    looked at, so a test can say which files it saw."""
    looked_at = []
    for path in files_under(vault_folder, *others):
        data = path.read_bytes()
        for needle in needles(MARKER):
            assert needle not in data, f"{needle!r} is readable in {path}"
        looked_at.append(path.name)
    assert not (vault_folder / DB_NAME).read_bytes().startswith(SQLITE_HEADER)
    return looked_at


def test_in_process_nothing_readable_on_disk_or_in_temp(
    vault_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        use_with_marker(JournalService(vault.db), MARKER)
        seen = assert_nothing_readable(vault_folder, temp)
        assert {f"{DB_NAME}-wal", f"{DB_NAME}-shm"} <= set(seen)  # looked while they exist
        vault.change_passphrase("a new quiet passphrase")
    assert_nothing_readable(vault_folder, temp)
    with Vault.unlock(vault_folder, "a new quiet passphrase") as vault:
        journal = JournalService(vault.db)
        assert len(journal.search(MARKER)) == 5  # six wins and a hard moment; two deleted
        # The scan finds the marker where it is in the clear: an export the person asked for.
        export = tmp_path / "export.json"
        with export.open("w", encoding="utf-8") as handle:
            write_json(journal, handle)
    assert any(needle in export.read_bytes() for needle in needles(MARKER))


@pytest.mark.slow
def test_child_process_with_its_own_temp_folder_leaves_nothing_readable(
    vault_folder: Path, tmp_path: Path
) -> None:
    """SQLite reads TMPDIR once, when a process starts: a child shows what it really uses."""
    temp = tmp_path / "temp"
    temp.mkdir()
    env = child_env(TMPDIR=str(temp), SQLITE_TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    child = subprocess.Popen(
        worker_command("marker", vault_folder, MARKER),
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdin is not None
    try:
        ready = child.stdout.readline()
        assert ready == "in use\n", child.communicate()[1]
        seen = assert_nothing_readable(vault_folder, temp)  # while the child has it open
        assert f"{DB_NAME}-wal" in seen
        _, errors = child.communicate("done\n")
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, errors
    assert_nothing_readable(vault_folder, temp)
