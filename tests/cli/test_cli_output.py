"""Where the CLI's output goes can fail: a reader that stops early (``list | head -n 1``), a full
disk or device (``> /dev/full``), or an output the shell closed (``>&-``). The real CLI in a
child, its standard output made so before it starts."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_companion.errors import OutputUnwritable, RecoveryCodeNotShown
from tests.robustness.support import assert_one_plain_sentence, run_cli


def _reader_gone() -> None:
    """Standard output is a pipe whose reader has already stopped reading."""
    read, write = os.pipe()
    os.close(read)
    os.dup2(write, 1)
    os.close(write)


def _full() -> None:
    full = os.open("/dev/full", os.O_WRONLY)
    os.dup2(full, 1)
    os.close(full)


def _closed() -> None:
    os.close(1)


needs_dev_full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
OUTPUTS: dict[str, Callable[[], None]] = {"full": _full, "closed": _closed}
COMMANDS = [["list"], ["export", "--format", "json"], ["export", "--format", "csv"]]


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_reader_that_stops_early_is_a_quiet_end(vault_folder: Path, command: list[str]) -> None:
    result = run_cli(vault_folder.parent, *command, preexec_fn=_reader_gone)
    assert (result.returncode, result.stderr) == (0, "")


@needs_dev_full
@pytest.mark.slow
@pytest.mark.parametrize("output", sorted(OUTPUTS))
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_an_output_that_cant_be_written_is_one_sentence(
    vault_folder: Path, command: list[str], output: str
) -> None:
    result = run_cli(vault_folder.parent, *command, preexec_fn=OUTPUTS[output])
    assert result.returncode == OutputUnwritable.exit_code, result.stderr
    assert_one_plain_sentence(result.stderr, OutputUnwritable)


@needs_dev_full
@pytest.mark.slow
@pytest.mark.parametrize("output", ["full", "closed", "reader gone"])
def test_init_whose_recovery_code_no_one_sees_makes_no_journal(tmp_path: Path, output: str) -> None:
    data_dir = tmp_path / "data"
    result = run_cli(data_dir, "init", preexec_fn={**OUTPUTS, "reader gone": _reader_gone}[output])
    assert result.returncode == RecoveryCodeNotShown.exit_code, result.stderr
    assert_one_plain_sentence(result.stderr, RecoveryCodeNotShown)
    assert not data_dir.exists()
    made = run_cli(data_dir, "init")  # where the code can be seen, it works
    assert made.returncode == 0, made.stderr
    assert "shown only this once" in made.stdout
