"""Fixtures the command-line tests share."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from iop_companion.paths import DATA_DIR_ENV
from tests.cli.test_cli import Terminal
from tests.conftest import PASSPHRASE


@pytest.fixture
def shell(
    vault_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Terminal:
    """A terminal on the test journal, its passphrase in the environment, nothing on stdin."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    terminal = Terminal(vault_folder.parent, capsys, monkeypatch)
    terminal.passphrase(PASSPHRASE)
    return terminal
