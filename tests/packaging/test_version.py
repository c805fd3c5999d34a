"""`iop-companion --version`: the app's version and the version of every file format."""

from __future__ import annotations

import pytest

from iop_companion import __version__, cli
from iop_companion.vault import Vault
from iop_companion.vault.backup import FORMAT_VERSION
from iop_companion.vault.schema import schema_version
from iop_companion.vault.slots import VERSION


def test_version_names_every_format(vault: Vault, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.run(["--version"])
    assert stopped.value.code == 0
    # The schema version is what a new journal gets: every migration this version has.
    assert capsys.readouterr().out == (
        f"iop-companion {__version__} (journal format {VERSION}, "
        f"database schema {schema_version(vault.db)}, backup format {FORMAT_VERSION})\n"
    )


def test_help_lists_the_self_check(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.run(["--help"])
    assert "--self-check" in capsys.readouterr().out
