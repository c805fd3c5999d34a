"""``iop-companion import --from APP FILE``: what a person sees, and the exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from iop_companion.errors import ImportRefused, NotFromThatApp
from tests.export.test_cli_import import folder, run
from tests.export.test_other_apps import hostile_daylio
from tests.robustness.support import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "other_apps"
__all__ = ["folder"]  # the journal the terminal opens


def test_import_from_daylio_says_what_the_file_holds_then_what_came_in(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(folder, capsys, "import", "--from", "daylio", str(FIXTURES / "daylio.csv"))
    assert (code, err) == (0, "")
    assert out == (
        "This file holds 5 entries from Daylio. Their moods come in as How I am, each in its "
        "own word. 1 has only a mood, so it comes in as How I am alone.\n"
        "Imported 4 entries. From the notebook: 4 items.\n"
    )
    code, out, _ = run(folder, capsys, "import", "--from", "daylio", str(FIXTURES / "daylio.csv"))
    assert (code, out.splitlines()[-1]) == (
        0,
        "Nothing new to add: all 4 entries were already in the journal.",
    )
    code, out, _ = run(folder, capsys, "list", "-n", "10")
    assert "Went to group" in out


def test_import_a_folder_of_markdown_notes(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(folder, capsys, "import", "--from", "markdown", str(FIXTURES / "markdown"))
    assert (code, out) == (
        0,
        "This folder holds 2 entries from Markdown daily notes.\nImported 2 entries.\n",
    )


@pytest.mark.parametrize(("app", "name"), [("dayone", "dayone.zip"), ("jrnl", "jrnl.json")])
def test_import_from_day_one_and_jrnl(
    folder: Path, capsys: pytest.CaptureFixture[str], app: str, name: str
) -> None:
    code, out, _ = run(folder, capsys, "import", "--from", app, str(FIXTURES / name))
    assert code == 0
    assert out.splitlines()[-1].startswith("Imported ")


def test_a_file_from_another_app_than_named_is_exit_2_and_one_sentence(
    vault_folder: Path,
) -> None:
    done = run_cli(vault_folder.parent, "import", "--from", "jrnl", str(FIXTURES / "daylio.csv"))
    assert (done.returncode, done.stdout) == (NotFromThatApp.exit_code, "")
    assert done.stderr == (
        "That file can't be read as JSON: the problem is at line 1, column 1. "
        "Nothing was imported.\n"
    )
    wrong = run_cli(vault_folder.parent, "import", "--from", "daylio", str(FIXTURES / "jrnl.json"))
    assert (wrong.returncode, wrong.stdout) == (2, "")
    assert wrong.stderr == (
        "That file isn't a Daylio export: its first line should name the columns full_date, "
        "date, weekday, time, mood, activities, note_title, note. Nothing was imported.\n"
    )


def test_a_daylio_cell_too_long_to_read_is_one_sentence_and_adds_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    hostile = hostile_daylio(tmp_path / "daylio.csv")
    code, out, err = run(folder, capsys, "import", "--from", "daylio", str(hostile))
    assert (code, out) == (ImportRefused.exit_code, "")
    assert err == (
        "Entry 2 has over 131,072 characters in one cell, more than this app reads from a "
        "Daylio export. Nothing was imported.\n"
    )
    code, out, _ = run(folder, capsys, "list", "-n", "10")
    assert code == 0
    assert "Went to group" not in out and "Called Sam" not in out
