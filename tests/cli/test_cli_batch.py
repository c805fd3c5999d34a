"""Many wins or hard moments from standard input, one a line, saved in one go (``log -``,
``hard-moment -``): all of them, or none with one sentence naming the line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from iop_companion.core.checks import MAX_TEXT_CHARS
from iop_companion.core.model import Kind
from iop_companion.core.open_journal import OpenJournal
from iop_companion.errors import InvalidEntry
from iop_companion.paths import DATA_DIR_ENV
from iop_companion.vault.keychain import MemoryKeychain
from tests.cli.test_cli import Terminal, TerminalIO, assert_plain_error, lines_of
from tests.conftest import PASSPHRASE
from tests.robustness.support import run_cli

EMPTY = "Nothing here yet. You don't need to be sure. You just need to show up.\n"


@pytest.fixture
def shell(
    vault_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Terminal:
    """A terminal on the test journal, its passphrase in the environment."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    terminal = Terminal(vault_folder.parent, capsys, monkeypatch)
    terminal.passphrase(PASSPHRASE)
    return terminal


def piped(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_log_dash_saves_each_line_with_the_options(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped(monkeypatch, "Came to group\n\n   \nCalled my sister\r\nAte breakfast")
    out = shell.ok("log", "-", "-c", "Showing up", "-d", "2026-01-05", "-t", "batch")
    assert out == "Saved 3 wins. Each one counts.\n"
    assert lines_of(shell.ok("list")) == [
        "2026-01-05  #3  [Showing up] Ate breakfast  #batch",
        "2026-01-05  #2  [Showing up] Called my sister  #batch",
        "2026-01-05  #1  [Showing up] Came to group  #batch",
    ]


def test_log_dash_keeps_the_note_and_private_for_every_line(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped(monkeypatch, "one\ntwo\n")
    shell.ok("log", "-", "--note", "from my list", "--private", "-d", "2026-01-05")
    with OpenJournal.open_with_passphrase(shell.folder, PASSPHRASE, MemoryKeychain()) as journal:
        entries = journal.journal.entries()
    assert {(e.text, e.note, e.private) for e in entries} == {
        ("one", "from my list", True),
        ("two", "from my list", True),
    }


def test_a_line_too_long_refuses_the_whole_batch(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped(monkeypatch, "fine\n\n" + "x" * (MAX_TEXT_CHARS + 1) + "\nalso fine\n")
    assert_plain_error(
        shell("log", "-"),
        2,
        f"Line 3 is more than one entry can hold ({MAX_TEXT_CHARS:,} characters), so nothing "
        "was saved. Split it into a few lines.",
    )
    assert shell.ok("list") == EMPTY
    piped(monkeypatch, "fine\n" + "y" * (5 * MAX_TEXT_CHARS))  # never read whole
    assert shell("log", "-").err.startswith("Line 2 is more than one entry can hold")


def test_a_line_that_cant_be_saved_refuses_the_whole_batch(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped(monkeypatch, "fine\nnul \x00 here\n")
    assert_plain_error(
        shell("log", "-"),
        2,
        "Line 2 has characters that can't be saved, so nothing was saved. Type that line again.",
    )
    piped(monkeypatch, "fine\n\nnot utf-8 \udcff\n")  # as surrogateescape reads such bytes
    assert_plain_error(
        shell("log", "-"),
        2,
        "Line 3 isn't readable as UTF-8, so nothing was saved. Save the file as UTF-8 and try "
        "again.",
    )
    assert shell.ok("list") == EMPTY


def test_a_mistake_in_the_options_saves_nothing(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped(monkeypatch, "one\ntwo\n")
    assert shell("log", "-", "-c", "no such category").code == 2
    piped(monkeypatch, "one\ntwo\n")
    assert_plain_error(
        shell("log", "-", "-d", "14/03/2026"),
        2,
        "Write the day as YYYY-MM-DD, for example 2026-03-14.",
    )
    piped(monkeypatch, "one\n")
    assert_plain_error(
        shell("log", "-", "--note"),
        2,
        "The lines come from standard input, so --note needs its words after it here, the "
        "same for every line.",
    )
    assert shell.ok("list") == EMPTY


def test_nothing_on_standard_input_saves_nothing(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped(monkeypatch, "\n  \n\n")
    assert_plain_error(
        shell("log", "-"), 2, "No wins came in on standard input, so nothing was saved."
    )
    piped(monkeypatch, "")
    assert_plain_error(
        shell("hard-moment", "-"),
        2,
        "No hard moments came in on standard input, so nothing was saved.",
    )


def test_at_a_terminal_it_says_how_to_finish(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", TerminalIO("one\ntwo\n"))
    result = shell("log", "-")
    assert result.code == 0
    assert result.err == "Type one win a line. Press Ctrl+D when you're done.\n"
    assert result.out == "Saved 2 wins. Each one counts.\n"


def test_hard_moment_dash(shell: Terminal, monkeypatch: pytest.MonkeyPatch) -> None:
    piped(monkeypatch, "I fell off.\n\nGot overwhelmed\n")
    out = shell.ok("hard-moment", "-", "--word", "slip", "--note", "called", "-d", "2026-02-01")
    assert out == "Noted 2 hard moments. Everything you've done still counts.\n"
    assert lines_of(shell.ok("list")) == [
        "2026-02-01  #2  [slip] Got overwhelmed",
        "2026-02-01  #1  [slip] I fell off.",
    ]


def test_hard_moment_dash_mistakes(shell: Terminal, monkeypatch: pytest.MonkeyPatch) -> None:
    shell.passphrase(None)  # each mistake is said before a passphrase is asked for
    piped(monkeypatch, "one\n")
    assert_plain_error(
        shell("hard-moment", "-", "--text", "what"),
        2,
        "With -, each line is what happened, so --text goes without it. Leave --text out.",
    )
    assert_plain_error(
        shell("hard-moment", "I slipped"),
        2,
        "What happened goes after --text. A lone - reads many hard moments from standard "
        "input, one a line.",
    )
    assert_plain_error(
        shell("log", "-", "--note"),
        2,
        "The lines come from standard input, so --note needs its words after it here, the "
        "same for every line.",
    )
    shell.passphrase(PASSPHRASE)
    piped(monkeypatch, "ok\n" + "z" * (MAX_TEXT_CHARS + 1) + "\n")
    assert shell("hard-moment", "-").err.startswith("Line 2 is more than one entry can hold")
    assert shell.ok("list") == EMPTY


def test_one_undo_takes_the_batch_back(vault_folder: Path) -> None:
    with OpenJournal.open_with_passphrase(vault_folder, PASSPHRASE, MemoryKeychain()) as journal:
        done = journal.log_many(Kind.WIN, ["a", "b", "c"], tags=["x"])
        assert len(done.changes.entry_changes) == 3
        assert journal.journal.count() == 3
        assert journal.undo().result == "logging those wins"
        assert journal.journal.count() == 0
        journal.redo()
        assert sorted(e.text for e in journal.journal.entries()) == ["a", "b", "c"]


def test_log_many_saves_all_or_none(vault_folder: Path) -> None:
    with OpenJournal.open_with_passphrase(vault_folder, PASSPHRASE, MemoryKeychain()) as journal:
        with pytest.raises(InvalidEntry):
            journal.log_many(Kind.WIN, ["fine", "   ", "also fine"])
        with pytest.raises(InvalidEntry):
            journal.log_many(Kind.WIN, ["fine", "also fine"], category="no such category")
        assert journal.journal.count() == 0
        moments = journal.log_many(Kind.HARD_MOMENT, ["one", ""], word="slip", tags=["#a"]).result
        assert [(c.entry.text, c.entry.moment_word, c.entry.tags) for c in moments] == [
            ("one", "slip", ("a",)),
            ("", "slip", ("a",)),
        ]
        # logged in the order given: newest first, the last one comes first
        assert [e.id for e in journal.journal.entries()] == [
            moments[1].entry.id,
            moments[0].entry.id,
        ]


@pytest.mark.slow
def test_log_dash_in_a_real_process(vault_folder: Path) -> None:
    data_dir = vault_folder.parent
    done = run_cli(data_dir, "log", "-", "-t", "script", typed="one\ntwo\n\nthree\n")
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "Saved 3 wins. Each one counts.\n",
        "",
    )
    refused = run_cli(data_dir, "log", "-", typed="four\n" + "x" * (MAX_TEXT_CHARS + 1) + "\n")
    assert refused.returncode == 2
    assert refused.stderr.startswith("Line 2 is more than one entry can hold")
    assert "Traceback" not in refused.stderr
    bad_bytes = run_cli(data_dir, "hard-moment", "-", typed=b"fine\n\xff\xfe\n")
    assert bad_bytes.returncode == 2
    assert bad_bytes.stderr.startswith("Line 2 isn't readable as UTF-8, so nothing was saved.")
    listed = run_cli(data_dir, "list")
    assert len(listed.stdout.splitlines()) == 3
