"""A restore cut short at any step, by a crash or a full disk, leaves the old journal or the
restored one, whole, and never neither: each file step is made to fail in turn (as
``tests/vault/test_interrupted_write.py`` does for the key file), and real processes are killed
with SIGKILL just before each of their steps."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from iop_companion.errors import KnownError
from iop_companion.vault import Vault, backup
from iop_companion.vault.layout import BACKUPS_DIR, SWAP_DIR
from tests.backup.conftest import CURRENT, MARKER, Scene
from tests.backup.support import Opener, SimulatedCrash, StepCounter, settled
from tests.conftest import PASSPHRASE
from tests.robustness.support import child_env
from tests.robustness.test_no_plaintext import needles
from tests.vault.helpers import SQLITE_HEADER

KILLER = Path(__file__).with_name("killer.py")


def which_journal(folder: Path, scene: Scene, opener: Opener) -> str:
    """'old' or 'new' when that journal is there whole, after what opening does first."""
    settled(folder)
    old = opener.content(folder, CURRENT)
    if old is not None:
        assert old == scene.journal_content
        return "old"
    assert opener.content(folder, PASSPHRASE) == scene.backup_content, "neither journal opens"
    # The restore went through: the journal it replaced is kept whole, as a backup.
    (previous,) = [b for b in backup.list_backups(folder) if b.kind == "before-restore"]
    assert opener.content(previous.path, CURRENT) == scene.journal_content
    return "new"


def nothing_readable(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not data.startswith(SQLITE_HEADER), path
            assert not any(needle in data for needle in needles(MARKER)), path


def reset(folder: Path, original: dict[str, bytes]) -> None:
    """Put the journal folder back as it was before the restore (its files, byte for byte)."""
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_dir():
            path.rmdir()
        else:
            path.unlink()
    for name, data in original.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def disk_full() -> BaseException:
    return OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("failure", ["crash", "disk full"])
def test_restore_cut_short_at_every_step(
    scene: Scene, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    original = snapshot(scene.folder)
    opener = Opener()
    seen: list[tuple[int, str, str]] = []
    for fail_at in range(1, 80):
        reset(scene.folder, original)
        with monkeypatch.context() as patch:
            counter = StepCounter(
                patch, fail_at, SimulatedCrash if failure == "crash" else disk_full
            )
            try:
                backup.restore(scene.folder, scene.backup_file, scene.code)
                finished = True
            except SimulatedCrash:
                finished = False
            except (KnownError, OSError) as error:
                finished = False
                if isinstance(error, OSError):  # only removing a file may fail that way
                    assert counter.steps[-1] in ("unlink", "rmtree"), counter.steps
                elif failure == "disk full":
                    # Reported, so undone at once: the old journal is back, nothing left over.
                    assert not (scene.folder / SWAP_DIR).exists(), counter.steps
                    assert which_journal(scene.folder, scene, opener) == "old", counter.steps
        if finished and len(counter.steps) < fail_at:
            break
        nothing_readable(scene.folder)  # staged and set-aside files too, before settling
        seen.append((fail_at, counter.steps[-1], which_journal(scene.folder, scene, opener)))
    else:
        raise AssertionError("the restore never finished")
    assert which_journal(scene.folder, scene, opener) == "new"
    outcomes = [journal for _, _, journal in seen]
    assert len(seen) >= 20, seen
    if failure == "crash":
        # Old until the swap is marked done, new from then on: one switch, never back.
        assert outcomes[0] == "old"
        assert outcomes == sorted(outcomes, key=["old", "new"].index), seen
        assert "new" in outcomes, seen


def test_opening_the_journal_undoes_what_a_crash_cut_short(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Right after the old files moved out and before the new ones moved in, the folder holds no
    journal at all; it still counts as one, and unlocking puts the old one back."""
    original = snapshot(scene.folder)
    with monkeypatch.context() as patch:
        counter = StepCounter(patch, 10_000, SimulatedCrash)
        backup.restore(scene.folder, scene.backup_file, scene.code)
    # The replaces: the "ready" marker, four old files out (journal.db, keyslots.json and its
    # .bak, journal.seal), then the first new file in.
    first_in = [n for n, step in enumerate(counter.steps, 1) if step == "replace"][5]
    reset(scene.folder, original)
    with monkeypatch.context() as patch:
        StepCounter(patch, first_in, SimulatedCrash)
        with pytest.raises(SimulatedCrash):
            backup.restore(scene.folder, scene.backup_file, scene.code)
    assert sorted(p.name for p in scene.folder.iterdir()) == [SWAP_DIR]
    assert Vault.exists(scene.folder)
    with Vault.unlock(scene.folder, CURRENT) as vault:
        assert vault.check() == []
    assert snapshot(scene.folder) == original


@pytest.mark.slow
def test_sigkill_mid_restore_leaves_a_whole_journal(scene: Scene, tmp_path: Path) -> None:
    """``iop-companion restore`` killed for real just before each of its file steps (a few
    processes at a time, each on its own copy of the journal)."""
    original = snapshot(scene.folder)
    env = {**child_env(IOP_COMPANION_PASSPHRASE=scene.code), "PYTHONPATH": os.getcwd()}

    def start(kill_at: int) -> tuple[Path, subprocess.Popen[str]]:
        folder = tmp_path / f"kill-{kill_at}" / "data" / "journal"
        folder.mkdir(parents=True)
        reset(folder, original)
        argv = ["--data-dir", str(folder.parent), "restore", str(scene.backup_file)]
        child = subprocess.Popen(
            [sys.executable, str(KILLER), str(kill_at), *argv],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        return folder, child

    folder, dry = start(0)
    _, err = dry.communicate(timeout=120)
    assert dry.returncode == 0, err
    total = int(err.strip().rsplit(" ", 1)[-1])
    assert total >= 20
    opener = Opener()
    outcomes: dict[int, str] = {}
    for batch in range(1, total + 1, 4):
        children = {n: start(n) for n in range(batch, min(batch + 4, total + 1))}
        for n, (folder, child) in children.items():
            _, err = child.communicate(timeout=120)
            assert child.returncode == -signal.SIGKILL, (n, err)
            outcomes[n] = which_journal(folder, scene, opener)
            assert not list((folder / BACKUPS_DIR).glob(".*"))
    ordered = [outcomes[n] for n in sorted(outcomes)]
    assert ordered[0] == "old" and ordered[-1] == "new"
    assert ordered == sorted(ordered, key=["old", "new"].index), ordered
