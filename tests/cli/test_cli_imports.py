"""Start-up that pays only for what a command uses (issue 20).

Each command runs in a fresh interpreter, as a person runs it; the child writes down, as it
exits, which of the heavy packages it loaded. ``--version`` loads none of them; ``--help`` and a
mistyped command load only the person's language (QtCore's catalogues and locale, issue 21), and
the journal's commands load the database and the language, but no charts, no Qt GUI, and no
keychain for a journal that isn't remembered on this computer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from iop_companion import __version__
from tests.robustness.support import run_cli

QT = frozenset({"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"})
HEAVY = frozenset({"sqlite_utils", "numpy", "matplotlib", "keyring", "PySide6", "shiboken6"}) | QT
# What saying anything in the person's language loads (i18n's Words, from language.py).
LANGUAGE = frozenset({"PySide6", "shiboken6", "PySide6.QtCore"})
DESKTOP_ONLY = frozenset({"matplotlib", "PySide6.QtGui", "PySide6.QtWidgets"})

# Run in the child before the app's own ``main``: at exit, the top-level packages it loaded, and
# which of Qt's modules.
WRITES_LOADED = """
import atexit, sys
def _write_loaded():
    loaded = {{name.split(".")[0] for name in sys.modules}}
    loaded |= {{name for name in sys.modules if name.startswith("PySide6.Qt")}}
    with open({path!r}, "w", encoding="utf-8") as out:
        out.write("\\n".join(sorted(loaded)))
atexit.register(_write_loaded)
"""

# The desktop app, stood in for: it says what folder it was asked to open, and opens nothing.
DESKTOP_STAND_IN = """
import sys, types
app = types.ModuleType("iop_companion.ui.app")
app.run_app = lambda data_dir: print(f"the desktop app, for {data_dir}") or 0
sys.modules["iop_companion.ui.app"] = app
"""


def loaded_by(data_dir: Path, *args: str, before: str = "") -> tuple[set[str], str]:
    """The heavy packages that ``iop-companion --data-dir DATA_DIR ARGS`` loaded, and what it
    printed; it must have finished without a traceback."""
    record = data_dir.parent / "loaded.txt"
    record.unlink(missing_ok=True)
    done = run_cli(data_dir, *args, before=before + WRITES_LOADED.format(path=str(record)))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 2), done.stderr  # 2: --help of nothing, or a mistyped command
    return set(record.read_text(encoding="utf-8").split()) & HEAVY, done.stdout


def test_version_and_help_load_nothing_heavy(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    heavy, said = loaded_by(data_dir, "--version")
    assert said.startswith(f"iop-companion {__version__} (journal format ")
    assert heavy == set()
    heavy, said = loaded_by(data_dir, "--help")  # said in the person's language
    assert "open-from-folder" in said
    assert heavy == LANGUAGE
    heavy, said = loaded_by(data_dir, "log", "--help")
    assert "--after-hard-moment" in said
    assert heavy == LANGUAGE
    heavy, _ = loaded_by(data_dir, "no-such-command")  # its sentence, in the person's language
    assert heavy <= LANGUAGE


def test_no_command_still_opens_the_desktop_app(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    heavy, said = loaded_by(data_dir, before=DESKTOP_STAND_IN)
    assert said == f"the desktop app, for {data_dir}\n"
    assert heavy == set()  # the stand-in loads no Qt; the command line loaded nothing either


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [["list"], ["log", "Came to one session"], ["search", "came"], ["check"], ["sync", "status"]],
    ids=" ".join,
)
def test_journal_commands_load_no_charts_no_qt_and_no_keychain(
    vault_folder: Path, command: list[str]
) -> None:
    heavy, said = loaded_by(vault_folder.parent, *command)
    assert said  # the command did its work and said so
    assert "sqlite_utils" in heavy  # the journal was opened: the check sees real imports
    assert not heavy & DESKTOP_ONLY  # QtCore, for the person's language, and no more of Qt
    assert "keyring" not in heavy  # this journal isn't remembered on this computer
