"""Damaged database pages, opened with the right key: the person hears "damaged, your passphrase
is fine", never "wrong passphrase", and never a traceback."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_companion.core.journal import JournalService
from iop_companion.errors import JournalDamaged
from iop_companion.export.data import write_json
from iop_companion.vault import Vault
from iop_companion.vault.layout import SEAL_NAME
from iop_companion.vault.vault import DB_NAME
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.robustness.support import assert_one_plain_sentence, run_cli

ENTRIES = 2000
PAGE = 4096


@pytest.fixture(scope="session")
def _big_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A locked journal of 2000 entries (a few hundred pages), its WAL checkpointed away."""
    folder = tmp_path_factory.mktemp("big") / "journal"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    journal = JournalService(vault.db)
    with vault.db.atomic():
        for n in range(ENTRIES):
            journal.log_win(
                f"Win {n}: came to group and listened", note=f"note {n}", tags=[f"week{n % 9}"]
            )
    vault.lock()
    assert sorted(p.name for p in folder.iterdir()) == [DB_NAME, SEAL_NAME, "keyslots.json"]
    return folder


@pytest.fixture
def big_journal(tmp_path: Path, _big_journal: Path) -> Path:
    folder = tmp_path / "journal"
    shutil.copytree(_big_journal, folder)
    return folder


def flip(start: int, length: int) -> Callable[[bytearray], bytearray]:
    def change(data: bytearray) -> bytearray:
        for i in range(start, start + length):
            data[i] ^= 0xA5
        return data

    return change


def middle_pages(data: bytearray) -> bytearray:
    middle = len(data) // 2
    return flip(middle, 2 * PAGE)(data)


def zero_middle_pages(data: bytearray) -> bytearray:
    start = (len(data) // 2) // PAGE * PAGE
    data[start : start + 3 * PAGE] = bytes(3 * PAGE)
    return data


def last_page(data: bytearray) -> bytearray:
    return flip(len(data) - PAGE + 100, 200)(data)


def cut_in_half(data: bytearray) -> bytearray:
    return data[: len(data) // 2 + 1000]


DAMAGE = {
    "middle pages": middle_pages,
    "middle pages zeroed": zero_middle_pages,
    "last page": last_page,
    "cut short": cut_in_half,
    "page 1 salt": flip(0, 16),
    "page 1 body": flip(200, 300),
}


def damage(folder: Path, how: Callable[[bytearray], bytearray]) -> None:
    path = folder / DB_NAME
    path.write_bytes(bytes(how(bytearray(path.read_bytes()))))


def read_everything(vault: Vault) -> list[str]:
    """Everything the app can show, as the app reads it; then the file checks."""
    journal = JournalService(vault.db)
    journal.entries(limit=-1)
    journal.search("group")
    journal.search("note")
    journal.day_counts()
    journal.tags()
    write_json(journal, io.StringIO())
    return vault.check()


@pytest.mark.parametrize("how", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_pages_read_as_damaged_not_as_a_wrong_passphrase(
    big_journal: Path, how: Callable[[bytearray], bytearray]
) -> None:
    damage(big_journal, how)
    try:
        with Vault.unlock(big_journal, PASSPHRASE) as vault:
            problems = read_everything(vault)
    except JournalDamaged:
        return  # any other exception, WrongPassphrase included, fails the test
    assert problems, "damage went unnoticed by every read and by check()"


@pytest.mark.slow
@pytest.mark.parametrize("how", [flip(200, 300), middle_pages], ids=["page 1", "middle pages"])
def test_cli_says_the_journal_is_damaged(
    big_journal: Path, how: Callable[[bytearray], bytearray]
) -> None:
    damage(big_journal, how)
    exported = run_cli(big_journal.parent, "export", "--format", "json")
    assert "Traceback" not in exported.stderr
    if exported.returncode == 0:
        # The damage fell on pages the export doesn't read (an index it doesn't use; where a page
        # lands varies from run to run with the random uids). Then nothing may be missing from it.
        entries = json.loads(exported.stdout)["entries"]
        assert sorted(int(e["text"].split(":")[0][4:]) for e in entries) == list(range(ENTRIES))
    else:
        assert exported.returncode == JournalDamaged.exit_code, exported.stderr
        assert_one_plain_sentence(exported.stderr, JournalDamaged)

    checked = run_cli(big_journal.parent, "check")  # check finds damage wherever it fell
    assert checked.returncode == JournalDamaged.exit_code, checked.stderr
    assert "Traceback" not in checked.stderr
    if checked.stderr:
        assert_one_plain_sentence(checked.stderr, JournalDamaged)
    else:  # check found the damage without tripping over it
        assert "damage" in checked.stdout


def test_page_1_damage_shows_at_unlock(big_journal: Path) -> None:
    damage(big_journal, flip(100, 100))
    with pytest.raises(JournalDamaged) as caught:
        Vault.unlock(big_journal, PASSPHRASE)
    assert "passphrase is fine" in caught.value.sentence


# -- a file cut short (or grown) is damage, never an empty journal -----------------------------

CUT = {
    "cut to 1 byte": lambda data: data[:1],
    "cut inside the last page": lambda data: data[:-100],
    "one byte short": lambda data: data[:-1],
    "one byte too many": lambda data: data + b"\x00",
    "a page of zeros too many": lambda data: data + bytes(PAGE),
}


@pytest.mark.slow
@pytest.mark.parametrize("how", CUT.values(), ids=CUT.keys())
def test_a_file_of_the_wrong_length_is_damaged_never_empty(
    big_journal: Path, how: Callable[[bytearray], bytearray]
) -> None:
    damage(big_journal, how)
    cut = (big_journal / DB_NAME).read_bytes()
    exported = run_cli(big_journal.parent, "export", "--format", "json")
    assert (exported.returncode, exported.stdout) == (JournalDamaged.exit_code, "")
    assert_one_plain_sentence(exported.stderr, JournalDamaged)
    checked = run_cli(big_journal.parent, "check")
    assert (checked.returncode, checked.stdout) == (JournalDamaged.exit_code, "")
    assert_one_plain_sentence(checked.stderr, JournalDamaged)
    # Nothing was written over it: no fresh schema, no checkpoint into it.
    assert (big_journal / DB_NAME).read_bytes() == cut


def test_a_short_file_whose_pages_are_in_the_wal_opens_whole(tmp_path: Path) -> None:
    """Right after a journal is made (or while another window has it open), page 1 may be all
    the file holds: every other page is still in the WAL. That journal is whole."""
    folder = tmp_path / "journal"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    JournalService(vault.db).log_win("Came to one session")
    copy = tmp_path / "copy"  # as a crash would leave it: no checkpoint, no clean close
    copy.mkdir()
    for path in folder.iterdir():
        shutil.copy2(path, copy / path.name)
    vault.lock()
    assert (copy / DB_NAME).stat().st_size == PAGE
    assert (copy / f"{DB_NAME}-wal").stat().st_size > 10 * PAGE

    with Vault.unlock(copy, PASSPHRASE) as opened:
        assert [e.text for e in JournalService(opened.db).entries()] == ["Came to one session"]
        assert opened.check() == []
