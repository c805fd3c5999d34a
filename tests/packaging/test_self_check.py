"""`iop-companion --self-check`, in this process: every step, and a failing one named."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

from iop_companion import cli, self_check
from iop_companion.paths import DATA_DIR_ENV


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Temporary files go here, so the test can see that none are left behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    # Were the check to look at the person's data folder, it would find this one: it must not.
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    return folder


def test_every_step_passes_and_nothing_is_left(qapp: object, scratch: Path, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert self_check.run_self_check(out, err) == 0, err.getvalue()
    lines = out.getvalue().splitlines()
    assert len(lines) == len(self_check.STEPS) + 1
    assert lines[-1] == "All checks passed."
    assert lines[0].startswith("Made a temporary journal (SQLCipher 4.")
    assert err.getvalue() == ""
    assert list(scratch.iterdir()) == []  # the temporary journal and PDF are gone
    assert not (tmp_path / "data").exists()


def test_a_failing_step_is_named_and_exits_nonzero(
    qapp: object, scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(state: object) -> str:
        raise RuntimeError("no chart today")

    steps = [(t, broken if t == "drawing a chart" else s) for t, s in self_check.STEPS]
    monkeypatch.setattr(self_check, "STEPS", tuple(steps))
    out, err = io.StringIO(), io.StringIO()
    assert self_check.run_self_check(out, err) == 1
    assert "The self-check stopped at drawing a chart: RuntimeError('no chart today')" in (
        err.getvalue()
    )
    assert "All checks passed." not in out.getvalue()
    assert list(scratch.iterdir()) == []  # cleaned up after a failure too


def test_the_command_line_runs_it(
    qapp: object, scratch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["--self-check"]) == 0
    assert capsys.readouterr().out.endswith("All checks passed.\n")
