"""What the terminal shows of the person's words is words: an imported entry, a category, a tag or
a file name can't move the cursor, clear the screen, retitle the window or reorder the line.
What is stored, and what an export to a file holds, stays exactly as it was written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from iop_companion import cli, cli_parser
from iop_companion.paths import AppPaths
from iop_companion.vault.layout import BACKUPS_DIR
from tests.cli.test_cli import TerminalIO
from tests.conftest import PASSPHRASE
from tests.robustness.support import run_cli

# Clear the screen, retitle the window, a C1 "CSI", a right-to-left override and an isolate, and a
# carriage return that would write over the start of the line.
COMMANDS = "\x1b[2J\x1b]0;owned\x07\x9b31m\u202eevil\u2066 \rover"
# Marks that turn text around (LRM, RLM, ALM), separators that break a line where none shows,
# and characters that show as nothing (zero-width space, non-joiner, joiner, word joiner, BOM).
INVISIBLE = "\u200e\u200f\u061c\u2028\u2029\u200b\u200c\u200d\u2060\ufeff"
TEXT = f"Came to group {COMMANDS}\nsecond line\tand a tab, hid{INVISIBLE}den"
CATEGORY = "Group\x1b[5m"
TAG = "tag\x1b[8m"
WORD = "slip\x9b2J"
# What a terminal would take as a command (a CRLF line end is only a line end).
NOT_WORDS = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060"
    r"\u2066-\u2069\ufeff]"
)


def shows_only_words(out: str) -> None:
    assert not NOT_WORDS.search(out.replace("\r\n", "\n")), ascii(out)


@pytest.fixture
def imported(vault_folder: Path, tmp_path: Path) -> Path:
    """The test journal after importing a file whose entries carry terminal commands."""
    document = {
        "format": "iop-companion-export",
        "version": 1,
        "entries": [
            {
                "uid": "u1",
                "kind": "win",
                "day": "2026-01-02",
                "text": TEXT,
                "category": CATEGORY,
                "tags": [TAG],
            },
            {"uid": "u2", "kind": "hard_moment", "day": "2026-01-03", "moment_word": WORD},
        ],
    }
    path = tmp_path / "from-a-stranger.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    done = run_cli(vault_folder.parent, "import", str(path))
    assert done.returncode == 0, done.stderr
    shows_only_words(done.stdout + done.stderr)
    return vault_folder


@pytest.mark.slow
def test_list_and_search_show_escapes_and_the_export_keeps_the_words(
    imported: Path, tmp_path: Path
) -> None:
    listed = run_cli(imported.parent, "list")
    assert listed.returncode == 0, listed.stderr
    shows_only_words(listed.stdout)
    assert "Came to group \\x1b[2J\\x1b]0;owned\\x07\\x9b31m\\u202eevil\\u2066 \\x0dover" in (
        listed.stdout
    )
    assert "\nsecond line\tand a tab" in listed.stdout  # newlines and tabs read as before
    assert "hid\\u200e\\u200f\\u061c\\u2028\\u2029\\u200b\\u200c\\u200d\\u2060\\ufeffden" in (
        listed.stdout
    )
    assert "[Group\\x1b[5m]" in listed.stdout and "#tag\\x1b[8m" in listed.stdout
    assert "[slip\\x9b2J]" in listed.stdout

    found = run_cli(imported.parent, "search", "group")
    assert found.returncode == 0, found.stderr
    shows_only_words(found.stdout)
    assert "\\x1b[2J" in found.stdout

    # Stored as written: an export to a file, or to another program, holds the words exactly.
    target = tmp_path / "copy.json"
    done = run_cli(imported.parent, "export", "--format", "json", "--out", str(target))
    assert done.returncode == 0, done.stderr
    entries = json.loads(target.read_text(encoding="utf-8"))["entries"]
    assert [(e["text"], e["category"]) for e in entries if e["kind"] == "win"] == [(TEXT, CATEGORY)]
    assert COMMANDS in run_cli(imported.parent, "export", "--format", "csv").stdout


@pytest.mark.slow
def test_backup_names_and_mistyped_arguments_show_as_escapes(vault_folder: Path) -> None:
    (vault_folder / BACKUPS_DIR).mkdir()
    (vault_folder / BACKUPS_DIR / "odd\x1b[2J\u202e.backup").write_bytes(b"not a backup")
    listed = run_cli(vault_folder.parent, "backups")
    assert listed.returncode == 0, listed.stderr
    shows_only_words(listed.stdout)
    assert "odd\\x1b[2J\\u202e" in listed.stdout
    typo = run_cli(vault_folder.parent, "list", "\x1b]0;owned\x07")
    assert typo.returncode == 2
    shows_only_words(typo.stderr)


def test_an_export_printed_on_a_terminal_shows_escapes(
    imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Printed to the terminal itself, an export is for the eyes; into a pipe it stays exact."""
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    screen = TerminalIO()
    args = cli_parser.build_parser().parse_args(["export", "--format", "csv"])
    assert cli.Cli(AppPaths(imported.parent), out=screen).run(args) == 0
    shows_only_words(screen.getvalue())
    assert "Came to group \\x1b[2J" in screen.getvalue()
