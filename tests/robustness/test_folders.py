"""Missing and read-only folders: a plain sentence, nothing created where it shouldn't be, and
nothing lost once the folder is usable again.

Tests run as root in CI, where chmod binds nobody. The child processes here drop root's power
to ignore file modes (see ``support.drop_root_file_powers``), so a 0o555 folder is read-only for
them as for anyone.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.errors import (
    DiskProblem,
    FolderUnavailable,
    KnownError,
    NoJournalYet,
)
from iop_companion.vault import Vault
from iop_companion.vault.vault import DB_NAME, SLOTS_NAME
from tests.conftest import PASSPHRASE
from tests.robustness.support import (
    Preexec,
    assert_one_plain_sentence,
    bound_by_file_modes,
    probe_read_only,
    run_cli,
)

# -- a folder that isn't there ------------------------------------------------------------------


@pytest.mark.parametrize("command", ["list", "log", "export", "recover"])
def test_cli_on_a_missing_data_folder_says_there_is_no_journal(
    tmp_path: Path, command: str
) -> None:
    data_dir = tmp_path / "not-made-yet"
    args = {"log": ["log", "Came back"], "export": ["export", "--format", "json"]}
    result = run_cli(data_dir, *args.get(command, [command]))
    assert result.returncode == NoJournalYet.exit_code
    assert_one_plain_sentence(result.stderr, NoJournalYet)
    assert not data_dir.exists()


def test_cli_on_an_empty_data_folder_creates_nothing(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "list")
    assert result.returncode == NoJournalYet.exit_code
    assert_one_plain_sentence(result.stderr, NoJournalYet)
    assert list(tmp_path.iterdir()) == []


def test_unlocking_a_missing_folder_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "gone" / "journal"
    with pytest.raises((NoJournalYet, FolderUnavailable)):
        Vault.unlock(folder, PASSPHRASE)
    assert not Vault.remembers_device(folder)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_init_into_a_missing_nested_folder_makes_it_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "a" / "b" / "c"
    result = run_cli(data_dir, "init")
    assert result.returncode == 0, result.stderr
    folder = data_dir / "journal"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in (DB_NAME, SLOTS_NAME):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    assert run_cli(data_dir, "log", "Made a journal").returncode == 0
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert [e.text for e in JournalService(vault.db).entries()] == ["Made a journal"]


def test_init_where_a_file_stands_in_the_way(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    result = run_cli(blocker, "init")
    assert result.returncode == FolderUnavailable.exit_code
    assert_one_plain_sentence(result.stderr, FolderUnavailable)
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize(
    ("link", "command"),
    [
        ("loop", ["init"]),
        ("loop", ["restore", "backup-20260101T000000Z"]),
        ("loop", ["forget-device"]),
        ("dangling", ["init"]),
        ("dangling journal folder", ["init"]),
    ],
    ids=lambda value: value if isinstance(value, str) else " ".join(value),
)
def test_a_data_folder_behind_a_broken_link_says_it_cant_be_used(
    tmp_path: Path, link: str, command: list[str]
) -> None:
    """A link loop or a link to nothing (a drive that isn't plugged in) is a folder that can't
    be used: one sentence, and nothing made at the far end of the link."""
    data_dir = tmp_path / "data"
    nowhere = tmp_path / "unplugged-drive"
    if link == "loop":
        data_dir.symlink_to(tmp_path / "other")
        (tmp_path / "other").symlink_to(data_dir)
    elif link == "dangling":
        data_dir.symlink_to(nowhere)
    else:
        data_dir.mkdir()
        (data_dir / "journal").symlink_to(nowhere)
    result = run_cli(data_dir, *command)
    assert result.returncode == FolderUnavailable.exit_code, result.stderr
    assert_one_plain_sentence(result.stderr, FolderUnavailable)
    assert not nowhere.exists()


# -- a folder that can't be written ---------------------------------------------------------------


@pytest.fixture(scope="session")
def unprivileged(tmp_path_factory: pytest.TempPathFactory) -> Preexec | None:
    """How to start a child for which file modes bind; skips when this system has no way."""
    preexec_fn, why_not = bound_by_file_modes()
    if why_not:
        pytest.skip(f"can't make a folder read-only for this test process: {why_not}")
    if not probe_read_only(tmp_path_factory.mktemp("probe") / "ro", preexec_fn):
        pytest.skip(
            "can't make a folder read-only for this test process: it runs as root and can't "
            "drop CAP_DAC_OVERRIDE (no CAP_SETPCAP in this container)"
        )
    return preexec_fn


@pytest.fixture
def read_only() -> Iterator[list[Path]]:
    """Paths to make writable again after the test, whatever happens."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        path.chmod(0o700)


def snapshot(folder: Path) -> list[tuple[str, str]]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.check() == []
        return [(e.uid, e.text) for e in JournalService(vault.db).entries(limit=-1)]


def test_init_into_a_folder_that_cant_be_written(
    tmp_path: Path, unprivileged: Preexec | None, read_only: list[Path]
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o555)
    read_only.append(data_dir)
    result = run_cli(data_dir, "init", preexec_fn=unprivileged)
    assert result.returncode == FolderUnavailable.exit_code
    assert_one_plain_sentence(result.stderr, FolderUnavailable)
    assert list(data_dir.iterdir()) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("what", "mode"),
    [
        ("folder", 0o500),  # the journal folder: no room for the WAL beside the database
        ("database", 0o400),  # journal.db itself
    ],
    ids=["folder read-only", "database read-only"],
)
def test_log_into_a_read_only_journal_loses_nothing(
    vault_folder: Path,
    unprivileged: Preexec | None,
    read_only: list[Path],
    what: str,
    mode: int,
) -> None:
    data_dir = vault_folder.parent
    assert run_cli(data_dir, "log", "Showed up", preexec_fn=unprivileged).returncode == 0
    before = snapshot(vault_folder)

    target = vault_folder if what == "folder" else vault_folder / DB_NAME
    target.chmod(mode)
    read_only.append(target)
    result = run_cli(data_dir, "log", "Said one honest sentence", preexec_fn=unprivileged)
    assert result.returncode == 6, result.stderr
    assert result.stdout == ""
    assert_one_plain_sentence(result.stderr, FolderUnavailable, DiskProblem)

    target.chmod(0o700 if what == "folder" else 0o600)
    assert snapshot(vault_folder) == before
    after = run_cli(data_dir, "log", "Came back", preexec_fn=unprivileged)
    assert after.returncode == 0, after.stderr
    assert len(snapshot(vault_folder)) == len(before) + 1


def test_unreadable_key_file_says_the_folder_cant_be_used(
    vault_folder: Path, unprivileged: Preexec | None, read_only: list[Path]
) -> None:
    slots = vault_folder / SLOTS_NAME
    slots.chmod(0o000)
    read_only.append(slots)
    result = run_cli(vault_folder.parent, "list", preexec_fn=unprivileged)
    assert result.returncode == 6
    assert_one_plain_sentence(result.stderr, FolderUnavailable)


def test_known_errors_from_folders_are_the_only_ones(tmp_path: Path) -> None:
    """A folder problem in the library surfaces as a KnownError, never as a bare OSError."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(KnownError):
        Vault.create(blocker / "journal", PASSPHRASE)
    with pytest.raises(KnownError):
        Vault.unlock(blocker / "journal", PASSPHRASE)
