"""What the robustness tests share: running the CLI or the worker in a child process, reading
its output, and making a folder read-only even for a test process that runs as root."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from iop_companion.cli import PASSPHRASE_ENV
from iop_companion.errors import KnownError
from tests.conftest import PASSPHRASE

WORKER = Path(__file__).with_name("worker.py")
WORKER_PASSPHRASE_ENV = "IOP_TEST_PASSPHRASE"

Preexec = Callable[[], None]
Arg = str | bytes


def child_env(*, passphrase: str | None = PASSPHRASE, **extra: str) -> dict[str, str]:
    """The environment of a child: this one, with ``passphrase`` given (None: none, so the CLI
    asks for it) and no other data dir."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_COMPANION_")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if passphrase is not None:
        env.update({PASSPHRASE_ENV: passphrase, WORKER_PASSPHRASE_ENV: passphrase})
    env.update(extra)
    return env


def cli_command(data_dir: Path | bytes, *args: Arg, before: str | None = None) -> list[Arg]:
    """``python -m iop_companion --data-dir DATA_DIR ARGS``.

    ``before``: Python run in the child first, to arrange what a person can't do on cue (a file
    swapped for a pipe just after the CLI checked it, say); then the CLI runs as ``-m`` does.
    """
    start: list[Arg] = ["-m", "iop_companion"]
    if before is not None:
        start = [
            "-c",
            f"{before}\nimport sys\nfrom iop_companion.__main__ import main\nsys.exit(main())",
        ]
    return [sys.executable, *start, "--data-dir", os.fspath(data_dir), *args]


def run_cli(
    data_dir: Path | bytes,
    *args: Arg,
    preexec_fn: Preexec | None = None,
    env: dict[str, str] | None = None,
    typed: str | bytes | None = None,
    before: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python -m iop_companion --data-dir DATA_DIR ARGS`` in a child, as a person runs it.

    ``typed``: what the person types at the prompts (one line each), or pipes in on standard
    input (bytes: as they are, in any encoding). The child then has no terminal, so the prompts
    read it from stdin. ``before``: as in
    ``cli_command``. The timeout is a safety net for a child that waits forever (on a pipe, say),
    not a measurement: it fails the test.
    """
    completed = subprocess.run(
        cli_command(data_dir, *args, before=before),
        env=env or child_env(),
        capture_output=True,
        input=typed.encode() if isinstance(typed, str) else typed,
        stdin=subprocess.DEVNULL if typed is None else None,
        preexec_fn=preexec_fn,
        start_new_session=typed is not None,
        check=False,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


def worker_command(job: str, folder: Path, *args: str) -> list[str]:
    return [sys.executable, str(WORKER), job, str(folder), *args]


def killed_while_saving(folder: Path, saves: int, size: int) -> list[str]:
    """Run the worker's ``loop`` on ``folder`` (wins of ``size`` characters) and SIGKILL it once
    it has reported ``saves`` saves, when it is already busy with the next: power lost, or the
    OS killing the app mid-save. Returns the lines it printed, one per save that returned."""
    child = subprocess.Popen(
        worker_command("loop", folder, str(size)),
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    lines: list[str] = []
    try:
        while len(lines) < saves:
            line = child.stdout.readline()
            assert line, f"the writer stopped early: {child.communicate()[1]}"
            lines.append(line)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL
    return lines


def assert_one_plain_sentence(stderr: str, *allowed: type[KnownError]) -> None:
    """The person sees exactly one of the app's sentences: no traceback, no Python words."""
    assert "Traceback" not in stderr
    assert stderr.strip() in {cls.message for cls in allowed}, stderr


def read_ids(lines: Sequence[str]) -> dict[int, int]:
    """Worker output ``"<entry id> <n>"`` lines as {entry id: n}."""
    saved: dict[int, int] = {}
    for line in lines:
        entry_id, n = line.split()
        saved[int(entry_id)] = int(n)
    return saved


# -- read-only folders, for root too ---------------------------------------------------------

# Linux capability numbers (linux/capability.h) that let root ignore file modes.
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3
PR_CAPBSET_DROP = 24

_libc = ctypes.CDLL(None, use_errno=True) if sys.platform == "linux" else None


def drop_root_file_powers() -> None:
    """In a child before ``exec``: root keeps its uid but file modes now bind it as any owner.

    Removing the capabilities from the bounding set means the program ``exec``-ed next never
    gets them. The child stays uid 0, so it can still run the venv under /root.
    """
    assert _libc is not None
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def bound_by_file_modes() -> tuple[Preexec | None, str]:
    """A ``preexec_fn`` under which a child can't write a 0o555 folder, or why there is none.

    Not root: file modes already bind, so no ``preexec_fn`` is needed.
    """
    if os.geteuid() != 0:
        return None, ""
    if _libc is None:
        return None, "runs as root on a system without Linux capabilities to drop"
    return drop_root_file_powers, ""


def probe_read_only(folder: Path, preexec_fn: Preexec | None) -> bool:
    """Whether a child started with ``preexec_fn`` really can't create a file in ``folder``."""
    folder.mkdir()
    folder.chmod(0o555)
    code = "import sys; open(sys.argv[1] + '/probe', 'w').close()"
    try:
        result = subprocess.run(
            [sys.executable, "-c", code, str(folder)],
            capture_output=True,
            preexec_fn=preexec_fn,
            check=False,
        )
    except subprocess.SubprocessError:  # the preexec_fn itself failed (no CAP_SETPCAP)
        return False
    finally:
        folder.chmod(0o755)
    return result.returncode != 0 and not (folder / "probe").exists()
