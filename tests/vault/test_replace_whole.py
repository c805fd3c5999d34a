"""``files.replace_whole``, the one way the app replaces a file (key file, swap markers, backups,
exports): owner-only, whole or not at all, never written through something left in its way."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

import pytest

from iop_companion.vault import files


def test_replaces_a_shared_file_owner_only_and_keeps_the_old_one(tmp_path: Path) -> None:
    target, kept = tmp_path / "keyslots.json", tmp_path / "keyslots.json.bak"
    target.write_bytes(b"old")
    target.chmod(0o644)
    files.replace_whole(target, b"new", keep_previous=kept, previous_as=b"old, as kept")
    assert target.read_bytes() == b"new"
    assert kept.read_bytes() == b"old, as kept"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == files.PRIVATE_FILE
        assert stat.S_IMODE(kept.stat().st_mode) == files.PRIVATE_FILE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyslots.json", "keyslots.json.bak"]


def test_returns_what_the_writer_returns(tmp_path: Path) -> None:
    def write(out: BinaryIO) -> int:
        return out.write(b"three")

    assert files.replace_whole(tmp_path / "out", write) == 5
    assert (tmp_path / "out").read_bytes() == b"three"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_left_at_the_temp_name_is_never_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"not yours")
    (tmp_path / ".target.tmp").symlink_to(elsewhere)
    files.replace_whole(tmp_path / "target", b"mine")
    assert (tmp_path / "target").read_bytes() == b"mine"
    assert elsewhere.read_bytes() == b"not yours"
    assert not os.path.lexists(tmp_path / ".target.tmp")


class Refused(Exception):
    pass


def test_a_failed_check_or_a_stop_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.write_bytes(b"old")

    def refuse(_: Path) -> None:
        raise Refused()

    with pytest.raises(Refused):
        files.replace_whole(target, b"new", check=refuse)

    def stop(out: BinaryIO) -> None:
        out.write(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        files.replace_whole(target, stop, temp=tmp_path / ".target.part")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["target"]


def test_a_folder_fsync_that_fails_is_reported_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(_: Path) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files, "fsync_dir", fails)
    files.replace_whole(tmp_path / "quiet", b"in place")
    with pytest.raises(OSError):
        files.replace_whole(tmp_path / "marker", b"in place too", must_sync_folder=True)
    assert (tmp_path / "quiet").read_bytes() == b"in place"
    assert (tmp_path / "marker").read_bytes() == b"in place too"  # renamed, not yet durable
