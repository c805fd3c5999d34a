"""The journal's passphrase, recovery code and key on computers kept in step through a folder:
the latest passphrase opens the journal everywhere, and a new key shuts out what has the old."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from iop_companion.errors import (
    CodeNeedsPassphrase,
    KeyChangedElsewhere,
    WrongPassphrase,
)
from tests.conftest import FAST_KDF, PASSPHRASE


def texts(journal: OpenJournal) -> list[str]:
    return sorted(e.text for e in journal.journal.entries())


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[OpenJournal, OpenJournal, Path, str]]:
    """A journal on computer A kept in step with computer B through one folder, and A's code."""
    shared = tmp_path / "shared"
    shared.mkdir()
    a, code = OpenJournal.create(tmp_path / "a", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF)
    a.log_win("Showed up to group", day=date(2026, 11, 2))
    a.keep_in_step_through(shared)
    b, _ = OpenJournal.join_from_folder(
        shared, tmp_path / "b", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF
    )
    yield a, b, shared, code
    for journal in (a, b):
        if not journal.is_locked:
            journal.lock()


def test_a_new_passphrase_on_one_computer_opens_the_journal_on_the_other(
    two: tuple[OpenJournal, OpenJournal, Path, str], tmp_path: Path
) -> None:
    a, b, shared, _ = two
    a.change_passphrase(None, "a new passphrase for both")
    b.sync_pass()
    b.lock()
    again = OpenJournal.open_with_passphrase(
        tmp_path / "b", "a new passphrase for both", MemoryKeychain()
    )
    assert texts(again) == ["Showed up to group"]
    again.lock()
    with pytest.raises(WrongPassphrase):
        OpenJournal.open_with_passphrase(tmp_path / "b", PASSPHRASE, MemoryKeychain())
    # and a third computer joins with it
    c, _ = OpenJournal.join_from_folder(
        shared, tmp_path / "c", "a new passphrase for both", MemoryKeychain(), kdf=FAST_KDF
    )
    assert texts(c) == ["Showed up to group"]
    c.lock()


def test_joining_with_the_recovery_code_needs_a_passphrase_for_this_computer(
    two: tuple[OpenJournal, OpenJournal, Path, str], tmp_path: Path
) -> None:
    _, _, shared, code = two
    with pytest.raises(CodeNeedsPassphrase):
        OpenJournal.join_from_folder(shared, tmp_path / "c", code, MemoryKeychain(), kdf=FAST_KDF)
    assert not OpenJournal.exists(tmp_path / "c")
    c, _ = OpenJournal.join_from_folder(
        shared,
        tmp_path / "c",
        code,
        MemoryKeychain(),
        new_passphrase="this computer's own words",
        kdf=FAST_KDF,
    )
    c.lock()
    opened = OpenJournal.open_with_passphrase(
        tmp_path / "c", "this computer's own words", MemoryKeychain()
    )
    assert texts(opened) == ["Showed up to group"]
    opened.lock()


def test_a_passphrase_chosen_with_the_recovery_code_becomes_the_journals_everywhere(
    two: tuple[OpenJournal, OpenJournal, Path, str], tmp_path: Path
) -> None:
    """Someone who forgot the passphrase joins with the code: the words they chose then open
    the journal here and, once the others have made a pass, there too."""
    a, b, shared, code = two
    a.change_passphrase(None, "words chosen on the first computer")
    c, _ = OpenJournal.join_from_folder(
        shared,
        tmp_path / "c",
        code,
        MemoryKeychain(),
        new_passphrase="words chosen on c",
        kdf=FAST_KDF,
    )
    c.sync_pass()
    assert c.is_passphrase("words chosen on c")
    a.sync_pass()
    b.sync_pass()
    assert a.is_passphrase("words chosen on c")
    assert b.is_passphrase("words chosen on c")
    assert not a.is_passphrase("words chosen on the first computer")
    c.lock()


def test_a_new_key_shuts_out_the_old_one_until_its_passphrase_is_typed(
    two: tuple[OpenJournal, OpenJournal, Path, str], tmp_path: Path
) -> None:
    a, b, shared, _ = two
    a.rotate_key("a whole new key passphrase", kdf=FAST_KDF)
    b.log_win("Called instead of ghosting", day=date(2026, 11, 3))
    with pytest.raises(KeyChangedElsewhere):
        b.sync_pass()
    with pytest.raises(WrongPassphrase):
        b.take_new_key(PASSPHRASE)
    b.take_new_key("a whole new key passphrase")
    a.sync_pass()
    b.sync_pass()
    both = ["Called instead of ghosting", "Showed up to group"]
    assert texts(a) == both
    assert texts(b) == both
    # The old passphrase opens nothing in the folder any more.
    with pytest.raises(WrongPassphrase):
        OpenJournal.join_from_folder(shared, tmp_path / "c", PASSPHRASE, MemoryKeychain())
    assert not OpenJournal.exists(tmp_path / "c")
    b.lock()
    again = OpenJournal.open_with_passphrase(
        tmp_path / "b", "a whole new key passphrase", MemoryKeychain()
    )
    assert texts(again) == both
    again.lock()


def test_changes_made_just_before_locking_go_out_at_lock(
    two: tuple[OpenJournal, OpenJournal, Path, str],
) -> None:
    a, b, _, _ = two
    b.log_win("Said one honest sentence", day=date(2026, 11, 4))
    b.lock()
    a.sync_pass()
    assert "Said one honest sentence" in texts(a)


def test_a_passphrase_changed_on_a_computer_with_the_old_key_leaves_the_new_key_in_the_folder(
    two: tuple[OpenJournal, OpenJournal, Path, str], tmp_path: Path
) -> None:
    """B changes its passphrase before it has taken up A's new key: the folder keeps A's, so A
    goes on and a new computer joins with A's new passphrase."""
    a, b, shared, _ = two
    a.rotate_key("a whole new key passphrase", kdf=FAST_KDF)
    with pytest.raises(KeyChangedElsewhere):
        b.sync_pass()
    b.change_passphrase(None, "b changes its passphrase meanwhile")
    a.sync_pass()
    c, _ = OpenJournal.join_from_folder(
        shared, tmp_path / "c", "a whole new key passphrase", MemoryKeychain(), kdf=FAST_KDF
    )
    assert texts(c) == ["Showed up to group"]
    c.lock()
