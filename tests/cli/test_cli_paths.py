"""Paths a person hands the command line that aren't plain files (a pipe, a device, a folder), or
that are the journal's own files: one sentence, exit 2, nothing waited for, nothing written.

These run the real CLI in a child: a pipe that is opened waits forever, so a child that still
opens one is stopped by ``run_cli``'s safety-net timeout and the test fails.
"""

from __future__ import annotations

import os
import shutil
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from iop_companion.errors import BackupDamaged, BackupTargetTaken, NotAFile, SavesOverJournal
from iop_companion.export.files import check_open_path, check_save_path
from iop_companion.vault.layout import (
    BACKUPS_DIR,
    DB_NAME,
    SLOTS_BACKUP_NAME,
    SLOTS_NAME,
    WAL_NAME,
)
from tests.robustness.support import assert_one_plain_sentence, run_cli
from tests.vault.helpers import fingerprint


def _args(template: list[str], **paths: Path) -> list[str]:
    return [part.format(**{k: str(v) for k, v in paths.items()}) for part in template]


# -- pipes, devices and folders -------------------------------------------------------------------

READ_OR_WRITE = [
    ["import", "{odd}"],
    ["restore", "{odd}"],
    ["export", "--format", "json", "--out", "{odd}"],
    ["export", "--format", "csv", "--out", "{odd}"],
    ["export", "--format", "summary", "--out", "{odd}"],
    ["backup", "--to", "{odd}"],
]


@pytest.mark.slow
@pytest.mark.parametrize("template", READ_OR_WRITE, ids=lambda t: " ".join(t[:3]))
def test_a_pipe_is_refused_at_once_and_left_as_it_was(
    vault_folder: Path, tmp_path: Path, template: list[str]
) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = run_cli(vault_folder.parent, *_args(template, odd=pipe))
    assert result.returncode == NotAFile.exit_code, result.stderr
    assert_one_plain_sentence(result.stderr, NotAFile)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)  # not replaced by a file
    assert not [p.name for p in tmp_path.iterdir() if p.name != "pipe" and p.name != "journal"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "template",
    [["import", "{odd}"], ["export", "--format", "json", "--out", "{odd}"]],
    ids=["import", "export"],
)
def test_a_link_to_a_device_is_refused_and_the_link_stays(
    vault_folder: Path, tmp_path: Path, template: list[str]
) -> None:
    link = tmp_path / "printer"
    link.symlink_to(os.devnull)
    result = run_cli(vault_folder.parent, *_args(template, odd=link))
    assert result.returncode == NotAFile.exit_code, result.stderr
    assert_one_plain_sentence(result.stderr, NotAFile)
    assert link.is_symlink() and os.readlink(link) == os.devnull


# The readers themselves refuse a pipe: the path checks above run before reading, so a file
# swapped for a pipe in between, or a pipe inside a folder the person chose, still gets there.
SWAP_AFTER_THE_CHECK = """
import os
from iop_companion import cli
checked = cli.check_open_path
def check_then_swap(path, **options):
    found = checked(path, **options)
    os.unlink(found)
    os.mkfifo(found)
    return found
cli.check_open_path = check_then_swap
"""


@pytest.mark.slow
@pytest.mark.parametrize("command", ["import", "restore"])
def test_a_file_swapped_for_a_pipe_after_its_check_is_refused(
    vault_folder: Path, tmp_path: Path, command: str
) -> None:
    chosen = tmp_path / "chosen"
    chosen.write_text("{}")
    before = fingerprint(vault_folder)
    result = run_cli(vault_folder.parent, command, str(chosen), before=SWAP_AFTER_THE_CHECK)
    assert result.returncode == NotAFile.exit_code, result.stderr
    assert_one_plain_sentence(result.stderr, NotAFile)
    assert stat.S_ISFIFO(os.lstat(chosen).st_mode)
    assert fingerprint(vault_folder) == before


@pytest.mark.slow
@pytest.mark.parametrize("name", [DB_NAME, WAL_NAME])
def test_restoring_a_journal_folder_with_a_pipe_in_it_is_refused(
    vault_folder: Path, tmp_path: Path, name: str
) -> None:
    kept = tmp_path / "kept journal"
    shutil.copytree(vault_folder, kept)
    (kept / name).unlink(missing_ok=True)
    os.mkfifo(kept / name)
    before = fingerprint(vault_folder)
    result = run_cli(vault_folder.parent, "restore", str(kept))
    assert result.returncode == BackupDamaged.exit_code, result.stderr
    assert_one_plain_sentence(result.stderr, BackupDamaged)
    assert fingerprint(vault_folder) == before
    assert stat.S_ISFIFO(os.lstat(kept / name).st_mode)


@pytest.mark.slow
def test_a_backup_into_a_folder_where_its_name_is_a_pipe_is_refused(
    vault_folder: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "usb stick"
    folder.mkdir()
    today = date.today()  # the child names the file by its own day (around midnight, the next)
    names = [f"companion-{day:%Y-%m-%d}.backup" for day in (today, today + timedelta(days=1))]
    for name in names:
        os.mkfifo(folder / name)
    result = run_cli(vault_folder.parent, "backup", "--to", str(folder))
    assert result.returncode == BackupTargetTaken.exit_code, result.stderr
    assert_one_plain_sentence(result.stderr, BackupTargetTaken)
    assert sorted(p.name for p in folder.iterdir()) == names
    assert all(stat.S_ISFIFO(os.lstat(folder / name).st_mode) for name in names)


def test_checks_for_a_file_dialog(tmp_path: Path) -> None:
    """What the desktop's open and save dialogs call: a folder is a file only where asked."""
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(NotAFile):
        check_open_path(folder)
    assert check_open_path(folder, folder_ok=True) == folder.resolve()
    with pytest.raises(NotAFile):
        check_save_path(folder, tmp_path / "journal")
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for check in (check_open_path, lambda p: check_save_path(p, tmp_path / "journal")):
        with pytest.raises(NotAFile):
            check(loop)
    # Not there yet: fine to save, and the reader says "not found" in its own words.
    assert check_open_path(tmp_path / "new.json") == (tmp_path / "new.json").resolve()
    # A link to a file: the file is what gets replaced, not the link.
    real = tmp_path / "real.json"
    real.write_text("{}")
    (tmp_path / "link.json").symlink_to(real)
    assert check_save_path(tmp_path / "link.json", tmp_path / "journal") == real.resolve()


# -- the journal's own files ----------------------------------------------------------------------


@pytest.fixture
def journal_with_backup(vault_folder: Path) -> Path:
    """The test journal with a kept copy of its key file and one backup in its backups folder."""
    shutil.copy2(vault_folder / SLOTS_NAME, vault_folder / SLOTS_BACKUP_NAME)
    made = run_cli(vault_folder.parent, "backup")
    assert made.returncode == 0, made.stderr
    assert len(list((vault_folder / BACKUPS_DIR).iterdir())) == 1
    return vault_folder


def _backup_file(folder: Path) -> Path:
    [found] = (folder / BACKUPS_DIR).iterdir()
    return found


def _refused_and_untouched(folder: Path, *args: str) -> None:
    before = fingerprint(folder)
    result = run_cli(folder.parent, *args)
    assert result.returncode == SavesOverJournal.exit_code, result.stderr
    assert_one_plain_sentence(result.stderr, SavesOverJournal)
    assert result.stdout == ""
    assert fingerprint(folder) == before
    assert run_cli(folder.parent, "list").returncode == 0  # still opens


@pytest.mark.slow
@pytest.mark.parametrize(
    "where",
    [DB_NAME, SLOTS_NAME, SLOTS_BACKUP_NAME, "the backup", f"{BACKUPS_DIR}/../{DB_NAME}"],
)
def test_an_export_never_overwrites_the_journal(journal_with_backup: Path, where: str) -> None:
    folder = journal_with_backup
    target = _backup_file(folder) if where == "the backup" else folder / where
    _refused_and_untouched(folder, "export", "--format", "json", "--out", str(target))


@pytest.mark.slow
@pytest.mark.parametrize("how", ["symlink", "hard link", "summary", "csv"])
def test_an_export_through_another_name_never_overwrites_the_journal(
    journal_with_backup: Path, tmp_path: Path, how: str
) -> None:
    folder = journal_with_backup
    other_name = tmp_path / "elsewhere.pdf"
    if how == "symlink":
        other_name.symlink_to(folder / DB_NAME)
    elif how == "hard link":
        os.link(folder / SLOTS_NAME, other_name)
    else:
        other_name = folder / DB_NAME
    fmt = {"summary": "summary", "csv": "csv"}.get(how, "json")
    _refused_and_untouched(folder, "export", "--format", fmt, "--out", str(other_name))


@pytest.mark.slow
def test_a_backup_goes_to_the_backups_folder_but_never_over_the_journal(
    journal_with_backup: Path,
) -> None:
    folder = journal_with_backup
    for where in (DB_NAME, SLOTS_NAME, "."):
        _refused_and_untouched(folder, "backup", "--to", str(folder / where))
    made = run_cli(folder.parent, "backup", "--to", str(folder / BACKUPS_DIR))
    assert made.returncode == 0, made.stderr
    assert len(list((folder / BACKUPS_DIR).iterdir())) == 2
