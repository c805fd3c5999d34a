"""Keeping in step through a folder when the folder works against it: someone reading it, files
damaged or swapped, things that aren't files, another journal's files, a full disk, a crash.

The two computers share one folder here (a sync tool that copies at once); a test that needs a
file "not arrived yet" puts something else under its name and the right bytes back later.
"""

from __future__ import annotations

import errno
import os
import secrets
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from iop_companion.core.notebook_model import NoteSection
from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from iop_companion.errors import (
    DiskFull,
    FolderUnavailable,
    KnownError,
    SyncFolderTaken,
)
from iop_companion.vault import files, sync_folder
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.test_sync_simulation import exported
from tests.language_words import banned_in

MIB = 1048576
STEPS = (4096, 16384, 65536, 262144, MIB)  # a file's padded sizes (then whole MiB)
SEALING = 12 + 16  # AES-GCM's nonce in front, its tag after
OTHER_PASSPHRASE = "another journal entirely"


def texts(journal: OpenJournal) -> list[str]:
    return sorted(e.text for e in journal.journal.entries())


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def new_journal(path: Path, passphrase: str = PASSPHRASE) -> OpenJournal:
    journal, _ = OpenJournal.create(path, passphrase, MemoryKeychain(), kdf=FAST_KDF)
    return journal


def join(shared: Path, path: Path, passphrase: str = PASSPHRASE) -> OpenJournal:
    journal, _ = OpenJournal.join_from_folder(
        shared, path, passphrase, MemoryKeychain(), kdf=FAST_KDF
    )
    return journal


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[OpenJournal, OpenJournal, Path]]:
    """Computer A's journal, kept in step with computer B through one folder."""
    shared = tmp_path / "shared"
    shared.mkdir()
    a = new_journal(tmp_path / "a")
    a.log_win("Showed up to group", day=date(2026, 11, 2))
    a.keep_in_step_through(shared)
    b = join(shared, tmp_path / "b")
    a.sync_pass()
    yield a, b, shared
    for journal in (a, b):
        if not journal.is_locked:
            journal.lock()


def sent_segment(journal: OpenJournal, shared: Path, text: str) -> tuple[str, bytes]:
    """Log ``text`` on ``journal`` and pass: the name and bytes of the one segment it wrote."""
    before = set(files_in(shared))
    journal.log_win(text, day=date(2026, 11, 3))
    journal.sync_pass()
    (name,) = set(files_in(shared)) - before
    return name, (shared / name).read_bytes()


# -- 1. nothing in the folder says what the journal is -----------------------------------------


def test_nothing_in_the_folder_says_what_the_journal_holds(tmp_path: Path) -> None:
    """Someone who opens the folder sees files with random names and sizes in a few steps;
    no word the person wrote, no tag or category, and no id of the journal or the computer."""
    shared = tmp_path / "shared"
    shared.mkdir()
    a = new_journal(tmp_path / "a")
    category = a.add_category("Quillhouse").result
    a.log_win(
        "Zanzibarquill at group tonight",
        day=date(2026, 11, 2),
        category=category.id,
        tags=["featherwick"],
        note="Marrowlight said hello",
    )
    a.save_note(NoteSection.SUPPORT, "Calling Zanzibarquill's sister")
    a.keep_in_step_through(shared)
    b = join(shared, tmp_path / "b")
    b.log_win("Zanzibarquill again", day=date(2026, 11, 3), tags=["featherwick"])
    b.sync_pass()
    a.sync_pass()
    assert "Zanzibarquill again" in texts(a)

    secrets = ["Zanzibarquill", "Quillhouse", "featherwick", "Marrowlight"]
    ids = [a.vault.vault_id, a.folder_sync.computer, b.folder_sync.computer]
    words = ["companion", "journal", "passphrase", "recovery", "Showing up"]  # the app's own
    found = files_in(shared)
    assert len(found) >= 5  # the key file, two computer files, segments
    for name, data in found.items():
        assert sync_folder.NAME.fullmatch(name), name
        lowered = data.lower()
        for word in [*secrets, *ids, *words]:
            assert word.lower().encode() not in lowered, (name, word)
            assert word.lower().encode("utf-16-le") not in lowered, (name, word)
        for computer in ids[1:]:
            assert bytes.fromhex(computer) not in data, name
        key_file = name == sync_folder.key_file_name(a.vault.vault_id)
        inner = len(data) - SEALING - (16 if key_file else 0)  # the key file starts with the id
        assert inner in STEPS or inner % MIB == 0, (name, len(data))
    for journal in (a, b):
        journal.lock()


# -- 2. files that aren't what their names say --------------------------------------------------


def flipped(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes(x ^ 0xFF for x in data[middle : middle + 8]) + data[middle + 8 :]


Hostile = Callable[[Path, bytes, bytes], object]  # (where, the right bytes, the next segment's)


def sparse(size: int) -> Hostile:
    def make(path: Path, *_: bytes) -> None:
        with open(path, "wb") as handle:
            handle.truncate(size)

    return make


HOSTILE: dict[str, Hostile] = {
    "bytes flipped": lambda path, right, _: path.write_bytes(flipped(right)),
    "cut short": lambda path, right, _: path.write_bytes(right[: len(right) // 2]),
    "empty": lambda path, *_: path.write_bytes(b""),
    "the next segment's bytes": lambda path, _, later: path.write_bytes(later),
    "50 MB of nothing": sparse(50 * 1000 * 1000),
    "1 GiB of nothing": sparse(1024 * MIB),
    "a pipe": lambda path, *_: os.mkfifo(path),
    "a folder": lambda path, *_: path.mkdir(),
    "a link to /etc/passwd": lambda path, *_: path.symlink_to("/etc/passwd"),
}


def take_away(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        path.rmdir()
    else:
        path.unlink()


@pytest.mark.parametrize("kind", HOSTILE)
def test_something_else_under_a_segments_name_waits_for_the_right_file(
    two: tuple[OpenJournal, OpenJournal, Path], kind: str
) -> None:
    """Where B's segment should be there is something else: A's journal doesn't change, the
    pass completes, and once the right file is there B's changes all arrive."""
    a, b, shared = two
    name, right = sent_segment(b, shared, "Called instead of ghosting")
    _, later = sent_segment(b, shared, "Asked for a smaller group")
    path = shared / name
    path.unlink()
    HOSTILE[kind](path, right, later)
    before = exported(a)

    for _ in range(2):  # and again: nothing is remembered as damaged
        result = a.sync_pass().result
        assert result.received == 0
        assert a.sync_status().waiting == 1
        assert exported(a) == before
    b.sync_pass()  # B doesn't stumble over it either

    take_away(path)
    path.write_bytes(right)  # the sync tool brings the right file
    assert a.sync_pass().result.received
    assert texts(a) == texts(b)
    assert "Asked for a smaller group" in texts(a)
    assert a.sync_status().waiting == 0


def test_a_huge_file_is_never_read_whole(tmp_path: Path) -> None:
    """A file far larger than anything the app writes is refused, read no further than the
    largest file the app would write (so the computer doesn't freeze on it)."""
    sparse(1024 * MIB)(tmp_path / ("0" * 32), b"", b"")
    tracemalloc.start()
    try:
        assert sync_folder.read_file(tmp_path, "0" * 32) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < sync_folder.MAX_FILE_BYTES + 16 * MIB


@pytest.mark.parametrize("kind", ["a pipe", "a folder", "a link to /etc/passwd"])
def test_something_else_named_as_a_conflict_copy_of_ones_own_segment(
    two: tuple[OpenJournal, OpenJournal, Path], kind: str
) -> None:
    """A sync tool's conflict copy of one of A's own segments is cleaned away after a pass;
    something that isn't a file under such a name doesn't stop A's passes."""
    a, b, shared = two
    name, right = sent_segment(a, shared, "Told my sister about the slip")
    copy = shared / f"{name}.sync-conflict-20261202-101010-ABCDEFG"
    HOSTILE[kind](copy, right, right)
    a.log_win("Stayed for the whole session", day=date(2026, 11, 4))
    a.sync_pass()
    a.sync_pass()
    b.sync_pass()
    assert texts(b) == texts(a)
    assert "Stayed for the whole session" in texts(b)
    assert Path("/etc/passwd").is_file()  # a link is removed, never what it points at


# -- 3. another journal's files ----------------------------------------------------------------


def test_a_folder_with_another_journals_key_file_is_refused(tmp_path: Path) -> None:
    """Choosing a folder that another journal uses (copied in from elsewhere) says so, and
    this journal writes nothing there and isn't kept in step."""
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = new_journal(tmp_path / "x", OTHER_PASSPHRASE)
    other.log_win("Someone else's win", day=date(2026, 11, 1))
    other.keep_in_step_through(other_folder)
    other.lock()
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    for name, data in files_in(other_folder).items():
        (chosen / name).write_bytes(data)

    a = new_journal(tmp_path / "a")
    with pytest.raises(SyncFolderTaken) as raised:
        a.keep_in_step_through(chosen)
    assert not banned_in(raised.value.sentence)
    assert a.in_step_folder is None
    assert files_in(chosen) == files_in(other_folder)
    a.lock()


@pytest.fixture
def opened() -> Iterator[list[OpenJournal]]:
    """Journals a test opens: locked at its end, whatever happened."""
    journals: list[OpenJournal] = []
    yield journals
    for journal in journals:
        if not journal.is_locked:
            journal.lock()


def mix_in_another_journal(
    shared: Path,
    tmp_path: Path,
    opened: list[OpenJournal],
    monkeypatch: pytest.MonkeyPatch,
    *,
    first: bool,
) -> OpenJournal:
    """Copy another journal's folder into ``shared``, twice (before and after a change there).
    Its key file's name sorts before (``first``) or after this journal's: the other journal is
    made with a vault id picked so that it does (names come from the id)."""
    (ours,) = [n for n in files_in(shared) if sync_folder.read_key_file((shared / n).read_bytes())]
    chosen = next(
        candidate
        for candidate in iter(lambda: secrets.token_hex(16), "")
        if (sync_folder.key_file_name(candidate) < ours) == first
    )
    real = secrets.token_hex
    ids = [chosen]
    with monkeypatch.context() as patched:
        patched.setattr(
            secrets, "token_hex", lambda n=None: ids.pop() if n == 16 and ids else real(n)
        )
        other = new_journal(tmp_path / "other", OTHER_PASSPHRASE)
    opened.append(other)
    assert other.vault.vault_id == chosen
    folder = tmp_path / "other-folder"
    folder.mkdir()
    other.log_win("Someone else's win", day=date(2026, 11, 1))
    other.keep_in_step_through(folder)
    for text in [None, "Another of someone else's"]:
        if text:
            other.log_win(text, day=date(2026, 11, 2))
            other.sync_pass()
        for name, data in files_in(folder).items():
            (shared / name).write_bytes(data)
    return other


@pytest.mark.parametrize("first", [True, False], ids=["its key file first", "its key file last"])
def test_another_journals_files_mixed_in_are_left_alone(
    two: tuple[OpenJournal, OpenJournal, Path],
    tmp_path: Path,
    opened: list[OpenJournal],
    monkeypatch: pytest.MonkeyPatch,
    first: bool,
) -> None:
    """Someone copies another journal's folder into this one: both computers go on as before
    and neither takes in a word of the other journal, nor counts its computer."""
    a, b, shared = two
    other = mix_in_another_journal(shared, tmp_path, opened, monkeypatch, first=first)
    b.log_win("Called instead of ghosting", day=date(2026, 11, 3))
    b.sync_pass()
    a.sync_pass()
    both = ["Called instead of ghosting", "Showed up to group"]
    assert texts(a) == texts(b) == both
    assert a.sync_status().computers == b.sync_status().computers == 1
    assert a.sync_status().waiting == b.sync_status().waiting == 0
    assert texts(other) == ["Another of someone else's", "Someone else's win"]


@pytest.mark.parametrize("first", [True, False], ids=["its key file first", "its key file last"])
def test_a_new_computer_joins_a_folder_with_another_journal_mixed_in(
    two: tuple[OpenJournal, OpenJournal, Path],
    tmp_path: Path,
    opened: list[OpenJournal],
    monkeypatch: pytest.MonkeyPatch,
    first: bool,
) -> None:
    """With another journal's files in the folder, a third computer still opens this journal
    from it with this journal's passphrase, and gets this journal's wins only."""
    _, _, shared = two
    mix_in_another_journal(shared, tmp_path, opened, monkeypatch, first=first)
    c = join(shared, tmp_path / "c")
    opened.append(c)
    assert texts(c) == ["Showed up to group"]


# -- 4. a full disk, a folder that can't be written to ----------------------------------------


def no_room(*_: Any, **__: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def read_only(*_: Any, **__: Any) -> None:
    raise OSError(errno.EROFS, "Read-only file system")


@pytest.mark.parametrize(
    ("why", "error"), [(no_room, DiskFull), (read_only, FolderUnavailable)], ids=["full", "ro"]
)
@pytest.mark.parametrize("written", [0, 2], ids=["no segment", "two segments"])
def test_a_pass_that_cant_write_says_so_and_the_next_sends_everything_once(
    two: tuple[OpenJournal, OpenJournal, Path],
    monkeypatch: pytest.MonkeyPatch,
    why: Callable[..., None],
    error: type[KnownError],
    written: int,
) -> None:
    """The disk fills (or the folder turns read-only) as A writes its segments, before any or
    after two: the pass says so in a plain sentence and A's journal is as it was; once there's
    room, the next pass sends every change and B has each one once."""
    from iop_companion.core import sync

    a, b, shared = two
    monkeypatch.setattr(sync, "CHANGES_PER_SEGMENT", 1)  # a segment per change
    wins = [f"Win number {n}" for n in range(4)]
    for text in wins:
        a.log_win(text, day=date(2026, 11, 5))
    before, unsent = exported(a), a.sync_status().unsent
    writes = 0
    real = files.replace_whole

    def fills_up(*args: Any, **kwargs: Any) -> Any:
        nonlocal writes
        writes += 1
        if writes > written:
            why()
        return real(*args, **kwargs)

    monkeypatch.setattr(files, "replace_whole", fills_up)
    with pytest.raises(error) as raised:
        a.sync_pass()
    sentence = raised.value.sentence
    assert sentence.endswith(".") and not banned_in(sentence) and "error" not in sentence.lower()
    if error is FolderUnavailable:  # the folder in step, not the journal's own
        assert sentence.startswith("The folder that keeps this journal in step")
    assert exported(a) == before
    assert a.sync_status().unsent == unsent
    assert not [p for p in shared.iterdir() if p.name.startswith(".")]  # no half-written file

    monkeypatch.setattr(files, "replace_whole", real)
    a.sync_pass()
    assert a.sync_status().unsent == 0
    b.sync_pass()
    a.sync_pass()
    b.sync_pass()
    entries = [e.text for e in b.journal.entries()]
    assert sorted(entries) == sorted([*wins, "Showed up to group"])
    assert exported(a) == exported(b)


# -- 5. stopped part-way through a pass ----------------------------------------------------------


class Killed(BaseException):
    """The app stops dead (the power goes, the process is killed)."""


@pytest.mark.parametrize("segments", [1, 3])
def test_a_pass_killed_after_writing_but_before_noting_loses_and_repeats_nothing(
    two: tuple[OpenJournal, OpenJournal, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    segments: int,
) -> None:
    """A's pass writes its segments and the app is killed before the journal notes them: the
    journal opened again and its next pass leave B with each change once, none lost."""
    from iop_companion.core import sync

    a, b, _ = two
    monkeypatch.setattr(sync, "CHANGES_PER_SEGMENT", 1)
    wins = [f"Before the crash {n}" for n in range(segments)]
    for text in wins:
        a.log_win(text, day=date(2026, 11, 6))
    real = sync_folder.write_file
    written = 0

    def then_killed(folder: Path, name: str, data: bytes) -> None:
        nonlocal written
        real(folder, name, data)
        written += 1
        if written == segments:
            raise Killed()

    monkeypatch.setattr(sync_folder, "write_file", then_killed)
    with pytest.raises(Killed):
        a.sync_pass()
    monkeypatch.setattr(sync_folder, "write_file", real)
    a.vault.lock()  # what a killed app leaves: nothing noted, no last pass
    a = OpenJournal.open_with_passphrase(tmp_path / "a", PASSPHRASE, MemoryKeychain())
    a.log_win("After the crash", day=date(2026, 11, 7))
    a.sync_pass()
    b.sync_pass()
    a.sync_pass()
    expected = sorted([*wins, "After the crash", "Showed up to group"])
    assert sorted(e.text for e in b.journal.entries()) == expected
    assert sorted(e.text for e in a.journal.entries()) == expected
    assert exported(a) == exported(b)
    a.lock()
