"""Keeping the journal in step from a terminal (issue 19): two computers, each with its own data
folder, sharing one folder. ``sync`` makes one pass, ``sync status`` says how it stands,
``sync start`` / ``stop`` / ``forget`` / ``new-key``, and ``open-from-folder`` builds the
journal on a second computer, with the passphrase or with the recovery code."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from iop_companion import cli
from iop_companion.core.open_journal import OpenJournal
from iop_companion.core.sync import FolderSync, PassResult
from iop_companion.core.words import first_sentence
from iop_companion.errors import (
    CodeNeedsPassphrase,
    ComputerNotFound,
    JournalExists,
    NoJournalInFolder,
    WrongPassphrase,
)
from iop_companion.paths import DATA_DIR_ENV
from tests.cli.test_cli import (
    CODE,
    NEVER_SAID,
    Answers,
    Result,
    Terminal,
    TerminalIO,
    assert_plain_error,
)
from tests.conftest import PASSPHRASE

WIN_ON_A = "Called instead of ghosting"
WIN_ON_B = "Sat in group without saying a word"
CHOSEN_ON_B = "lamp orchard tuesday violin"
NEW_KEY_PASSPHRASE = "a whole new key for both"
WHEN = r"(today|yesterday) at \d\d:\d\d"


@dataclass
class Computer(Terminal):
    """A terminal on one computer: its own passphrase, put in the environment for each of its
    commands (two computers in one test share one environment)."""

    secret: str | None = None

    def passphrase(self, value: str | None) -> None:
        self.secret = value

    def __call__(self, *argv: str, answers: Iterable[str | BaseException] = ()) -> Result:
        super().passphrase(self.secret)
        return super().__call__(*argv, answers=answers)


@pytest.fixture
def computers(
    vault_folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Terminal, Terminal, Path]]:
    """Computer A (the test journal) and B (no journal yet), each with its own data folder,
    the passphrase in the environment, and the folder they will share (empty)."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    a = Computer(vault_folder.parent, capsys, monkeypatch)
    b = Computer(tmp_path / "computer b", capsys, monkeypatch)
    a.passphrase(PASSPHRASE)
    b.passphrase(PASSPHRASE)
    shared = tmp_path / "Sync" / "journal"
    shared.mkdir(parents=True)
    yield a, b, shared
    said = "\n".join(a.seen + b.seen).casefold()
    assert [word for word in NEVER_SAID if word in said] == []


@pytest.fixture
def in_step(computers: tuple[Terminal, Terminal, Path]) -> tuple[Terminal, Terminal, Path]:
    """A with a win, kept in step through the shared folder; B opened from it."""
    a, b, shared = computers
    a.ok("log", "Showed up to group")
    a.ok("sync", "start", str(shared))
    b.ok("open-from-folder", str(shared))
    return a, b, shared


def listed(terminal: Terminal) -> str:
    return terminal.ok("list")


def status_of(terminal: Terminal) -> dict[str, str]:
    """``sync status``'s "name: value" lines (the first line, what the pass did, as "pass")."""
    lines = terminal.ok("sync", "status").splitlines()
    found = {"pass": lines[0]}
    for line in lines[1:]:
        name, _, value = line.partition(": ")
        found[name] = value
    return found


def computer_lines(out: str) -> list[str]:
    """The other computers, one indented line each."""
    return [line.strip() for line in out.splitlines() if line.startswith("  ")]


# -- two computers, one folder ------------------------------------------------------------------


def test_a_win_logged_on_one_computer_shows_up_on_the_other(
    computers: tuple[Terminal, Terminal, Path],
) -> None:
    a, b, shared = computers
    a.ok("log", "Showed up to group")
    out = a.ok("sync", "start", str(shared))
    assert re.match(
        rf"Your journal is written into {re.escape(str(shared))}, encrypted \(\d+ changes\), "
        "and kept in step from now on.\n",
        out,
    )
    assert "open-from-folder" in out and "type your passphrase" in out
    assert any(shared.iterdir())

    out = b.ok("open-from-folder", str(shared))
    assert out == (
        "Your journal is on this computer now (1 entry).\n"
        f"It is kept in step through {shared}.\n"
        "It opens with the same passphrase as on your other computer.\n"
    )
    assert "Showed up to group" in listed(b)

    a.ok("log", WIN_ON_A)  # it goes out as the command closes the journal
    out = b.ok("sync")
    assert re.fullmatch(r"Took in \d+ changes? from other computers.\n", out)
    assert WIN_ON_A in listed(b)
    b.ok("log", WIN_ON_B)
    assert re.fullmatch(r"Took in \d+ changes? from other computers.\n", a.ok("sync"))
    assert WIN_ON_B in listed(a)
    assert a.ok("sync") == "Nothing new here or there.\n"
    assert b.ok("sync") == "Nothing new here or there.\n"


def test_a_pass_sends_what_waited_here_and_takes_in_what_came_from_there(
    in_step: tuple[Terminal, Terminal, Path],
) -> None:
    """The folder on a USB stick that was away: what was logged meanwhile waits, and goes with
    the next sync once the stick is back, as what the other computer wrote comes in."""
    a, b, shared = in_step
    away = shared.with_name("on the stick")
    shared.rename(away)
    a.ok("log", WIN_ON_A)
    status = status_of(a)
    assert status["pass"].startswith("The folder that keeps this journal in step isn't there.")
    assert int(status["Changes made here, waiting to be sent"]) >= 1
    assert_plain_error(a("sync"), 6, status["pass"])
    away.rename(shared)
    b.ok("log", WIN_ON_B)
    out = a.ok("sync")
    assert re.fullmatch(r"Sent \d+ changes? and took in \d+ from other computers.\n", out)
    assert WIN_ON_B in listed(a)
    b.ok("sync")
    assert WIN_ON_A in listed(b)


def test_sync_status_says_where_who_and_when(in_step: tuple[Terminal, Terminal, Path]) -> None:
    a, b, shared = in_step
    b_said = status_of(b)
    assert b_said["Kept in step through"] == str(shared)
    assert b_said["Other computers"] == "1"
    b_id = b_said["This computer"]
    assert re.fullmatch(r"[0-9a-f]{8}", b_id)

    out = a.ok("sync", "status")
    a_said = status_of(a)
    assert a_said["Other computers"] == "1"
    assert computer_lines(out) == [f"{b_id}  not heard from yet"]  # B has written nothing yet
    assert re.fullmatch(WHEN, a_said["Last in step"])
    assert a_said["Changes made here, waiting to be sent"] == "0"
    assert a_said["Still being copied into the folder"] == "nothing"

    b.ok("log", WIN_ON_B)
    out = a.ok("sync", "status")
    assert re.fullmatch(r"Took in \d+ changes? from other computers.", out.splitlines()[0])
    [line] = computer_lines(out)
    assert re.fullmatch(rf"{b_id}  heard from {WHEN}", line)
    # Each computer lists the other under the id the other shows as its own.
    [line] = computer_lines(b.ok("sync", "status"))
    assert line.startswith(status_of(a)["This computer"] + "  heard from ")
    assert status_of(b)["This computer"] == b_id  # the same id, every time it is asked


def test_status_and_a_pass_on_a_journal_not_kept_in_step(
    computers: tuple[Terminal, Terminal, Path],
) -> None:
    a, _, _ = computers
    assert a.ok("sync", "status") == (
        "This journal isn't kept in step with a folder.\n"
        "'iop-companion sync start FOLDER' writes it into one and keeps it in step.\n"
    )
    assert_plain_error(a("sync"), 2, cli.NOT_SYNCING)
    assert_plain_error(a("sync", "new-key"), 2, cli.NOT_SYNCING)


def test_a_pass_with_the_wrong_passphrase_opens_nothing(
    in_step: tuple[Terminal, Terminal, Path],
) -> None:
    a, _, _ = in_step
    a.passphrase("not the right one")
    assert_plain_error(a("sync"), 3, WrongPassphrase.message)
    a.passphrase(None)
    assert_plain_error(a("sync", "status", answers=["wrong again"]), 3, WrongPassphrase.message)


def test_a_folder_with_other_files_is_refused_at_start(
    computers: tuple[Terminal, Terminal, Path],
) -> None:
    a, _, shared = computers
    (shared / "holiday.jpg").write_bytes(b"mine")
    result = a("sync", "start", str(shared))
    assert result.code == 2 and result.err.startswith("That folder has other files in it.")
    assert_plain_error(a("sync"), 2, cli.NOT_SYNCING)


def test_start_makes_a_new_folder_on_a_drive_that_is_there(
    computers: tuple[Terminal, Terminal, Path],
) -> None:
    a, b, shared = computers
    new = shared / "new folder"
    a.ok("sync", "start", str(new))
    b.ok("open-from-folder", str(new))


# -- stop ---------------------------------------------------------------------------------------


def test_stop_leaves_the_folder_and_starting_again_sends_what_waited(
    in_step: tuple[Terminal, Terminal, Path],
) -> None:
    a, b, shared = in_step
    files = sorted(p.name for p in shared.iterdir())
    assert a.ok("sync", "stop") == (
        "This computer doesn't keep the journal in step any more.\n"
        "The folder is left as it is, so your other computers keep what is in it.\n"
    )
    assert sorted(p.name for p in shared.iterdir()) == files
    assert_plain_error(a("sync"), 2, cli.NOT_SYNCING)
    assert a.ok("sync", "status").startswith("This journal isn't kept in step with a folder.")
    assert a.ok("sync", "stop") == (
        "This journal isn't kept in step with a folder, so nothing changed.\n"
    )

    a.ok("log", WIN_ON_A)  # noted, not sent
    assert b.ok("sync") == "Nothing new here or there.\n"
    assert WIN_ON_A not in listed(b)
    assert a.ok("sync", "start", str(shared)) == (
        f"This computer keeps the journal in step through {shared} again, from where it was "
        "(1 change made here since went out).\n"
    )
    b.ok("sync")
    assert WIN_ON_A in listed(b)


# -- forget -------------------------------------------------------------------------------------


def test_a_forgotten_computer_is_no_longer_read(in_step: tuple[Terminal, Terminal, Path]) -> None:
    a, b, _ = in_step
    b_id = status_of(b)["This computer"]
    # Before A has looked in the folder since B joined, A doesn't know B yet.
    assert_plain_error(a("sync", "forget", b_id), 2, ComputerNotFound.message)
    assert computer_lines(a.ok("sync", "status")) == [f"{b_id}  not heard from yet"]
    out = a.ok("sync", "forget", b_id[:6].upper())  # as typed, in either case
    assert out == (
        "That computer is forgotten here: its changes won't be read here any more.\n"
        "To stop it reading your journal too, give the journal new keys with rotate-key.\n"
    )
    assert status_of(a)["Other computers"] == "0"
    b.ok("log", WIN_ON_B)
    assert a.ok("sync") == "Nothing new here or there.\n"
    assert WIN_ON_B not in listed(a)
    # Forgotten once, it matches nothing any more.
    assert_plain_error(a("sync", "forget", b_id), 2, ComputerNotFound.message)


def test_forget_refuses_an_id_that_matches_none_or_is_too_short(
    in_step: tuple[Terminal, Terminal, Path],
) -> None:
    a, _, _ = in_step
    assert_plain_error(a("sync", "forget", "not-an-id"), 2, ComputerNotFound.message)
    [b_line] = computer_lines(a.ok("sync", "status"))
    b_id = b_line.split()[0]
    assert_plain_error(
        a("sync", "forget", b_id[:5]),
        2,
        "Type at least the first 6 characters of the computer's id, as 'sync status' shows it.",
    )
    a_id = status_of(a)["This computer"]
    assert_plain_error(a("sync", "forget", a_id), 2, ComputerNotFound.message)  # not itself
    assert status_of(a)["Other computers"] == "1"


def test_forget_refuses_an_id_that_starts_more_than_one(
    in_step: tuple[Terminal, Terminal, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two computers whose ids start alike (rare with 32 random hex digits, so made here):
    both are listed apart, and a prefix of both forgets neither."""
    a, _, _ = in_step
    heard = datetime.now(UTC)
    twins = [("abcdef0123" + "0" * 22, heard), ("abcdef0199" + "0" * 22, None)]
    monkeypatch.setattr(FolderSync, "computers", lambda self: twins)
    forgotten: list[str] = []
    monkeypatch.setattr(OpenJournal, "forget_computer", lambda self, c: forgotten.append(c))
    out = a.ok("sync", "status")
    assert computer_lines(out)[0].startswith("abcdef012  heard from ")
    assert computer_lines(out)[1] == "abcdef019  not heard from yet"
    assert_plain_error(
        a("sync", "forget", "abcdef01"),
        2,
        "More than one computer has an id that starts like that. Type more of it, as "
        "'sync status' shows it.",
    )
    assert forgotten == []
    a.ok("sync", "forget", "abcdef019")
    assert forgotten == [twins[1][0]]


# -- open-from-folder ---------------------------------------------------------------------------


def test_open_from_folder_with_the_recovery_code_and_a_passphrase_for_this_computer(
    in_step: tuple[Terminal, Terminal, Path], tmp_path: Path, recovery_code: str
) -> None:
    a, _, shared = in_step
    c = Computer(tmp_path / "computer c", a.capsys, a.monkeypatch)
    c.passphrase(None)
    result = c("open-from-folder", str(shared), answers=[recovery_code, CHOSEN_ON_B, CHOSEN_ON_B])
    assert result.code == 0, result
    first = first_sentence(CodeNeedsPassphrase.message)
    assert result.err == first + "\n"  # asked on stderr, beside the prompts
    assert result.out.endswith(
        "The passphrase you chose opens it, here and on your other computers.\n"
    )
    c.passphrase(CHOSEN_ON_B)
    assert "Showed up to group" in listed(c)
    # On A, the words chosen on C open the journal once A has made a pass.
    a.ok("sync")
    a.passphrase(CHOSEN_ON_B)
    assert "Showed up to group" in listed(a)


def test_open_from_folder_refuses_where_a_journal_is_already(
    in_step: tuple[Terminal, Terminal, Path],
) -> None:
    _, b, shared = in_step
    b.passphrase(None)
    assert_plain_error(b("open-from-folder", str(shared)), 4, JournalExists.message)  # unasked


def test_open_from_folder_with_a_wrong_passphrase_leaves_nothing(
    in_step: tuple[Terminal, Terminal, Path], tmp_path: Path
) -> None:
    a, _, shared = in_step
    c = Computer(tmp_path / "computer c", a.capsys, a.monkeypatch)
    c.passphrase(None)
    result = c("open-from-folder", str(shared), answers=["not the passphrase"])
    assert_plain_error(result, 3, WrongPassphrase.message)
    assert not c.data_dir.exists()
    assert not OpenJournal.exists(c.folder)


def test_open_from_folder_says_when_the_folder_has_no_journal_or_isnt_there(
    computers: tuple[Terminal, Terminal, Path], tmp_path: Path
) -> None:
    _, b, shared = computers
    b.passphrase(None)
    assert_plain_error(
        b("open-from-folder", str(tmp_path / "nowhere")),
        6,
        "That folder isn't there. Check its name, or connect the drive it is on.",
    )
    b.passphrase(PASSPHRASE)
    assert_plain_error(b("open-from-folder", str(shared)), 4, NoJournalInFolder.message)
    assert not OpenJournal.exists(b.folder)


def test_open_from_folder_shows_how_far_it_is_on_a_terminal_only(
    in_step: tuple[Terminal, Terminal, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, b, shared = in_step
    # In in_step, B's stderr wasn't a terminal: nothing was said there (``Terminal.ok``).
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    screen = TerminalIO()
    monkeypatch.setattr("sys.stderr", screen)
    code = cli.run(
        ["--data-dir", str(tmp_path / "computer c"), "open-from-folder", str(shared)],
        keychain=b.keychain,
        prompt=Answers(),
    )
    assert code == 0
    shown = screen.getvalue()
    assert re.fullmatch(r"(\rReading changes: \d+ of \d+)+\n", shown), shown


# -- a key changed on another computer ----------------------------------------------------------


@pytest.fixture
def key_changed_on_a(in_step: tuple[Terminal, Terminal, Path]) -> tuple[Terminal, Terminal, str]:
    """A gives the journal a new key (and passphrase and code); B, a pass later, is shut out.
    Returns A, B and A's new recovery code."""
    a, b, _ = in_step
    out = a.ok("rotate-key", answers=[NEW_KEY_PASSPHRASE, NEW_KEY_PASSPHRASE])
    [code] = CODE.findall(out)
    a.passphrase(NEW_KEY_PASSPHRASE)
    a.ok("log", WIN_ON_A)
    b.passphrase(PASSPHRASE)  # B's own passphrase still opens B's journal
    assert_plain_error(b("sync"), 3, cli.KEY_CHANGED)
    assert WIN_ON_A not in listed(b)
    return a, b, code


def test_new_key_with_the_passphrase_chosen_there(
    key_changed_on_a: tuple[Terminal, Terminal, str],
) -> None:
    a, b, _ = key_changed_on_a
    assert_plain_error(b("sync", "new-key", answers=[PASSPHRASE]), 3, WrongPassphrase.message)
    out = b.ok("sync", "new-key", answers=[NEW_KEY_PASSPHRASE])
    assert out == (
        "This computer has the journal's new key now, and is in step again.\n"
        "Here too, the journal opens with the passphrase chosen on that computer.\n"
    )
    assert_plain_error(b("list"), 3, WrongPassphrase.message)
    b.passphrase(NEW_KEY_PASSPHRASE)
    assert WIN_ON_A in listed(b)
    b.ok("log", WIN_ON_B)
    a.ok("sync")
    assert WIN_ON_B in listed(a)
    assert b.ok("sync", "new-key") == (
        "The journal's key hasn't changed on another computer, so nothing changed.\n"
    )


def test_new_key_with_the_recovery_code_and_a_passphrase_for_this_computer(
    key_changed_on_a: tuple[Terminal, Terminal, str],
) -> None:
    a, b, code = key_changed_on_a
    result = b("sync", "new-key", answers=[code, CHOSEN_ON_B, CHOSEN_ON_B])
    assert result.code == 0, result
    assert result.err == first_sentence(CodeNeedsPassphrase.message) + "\n"
    assert result.out.endswith(
        "The passphrase you chose opens it, here and on your other computers.\n"
    )
    b.passphrase(CHOSEN_ON_B)
    assert WIN_ON_A in listed(b)
    a.ok("sync")
    a.passphrase(CHOSEN_ON_B)
    assert WIN_ON_A in listed(a)


# -- the commands, as help lists them -----------------------------------------------------------


def test_sync_help_names_each_step(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.run(["sync", "--help"])
    assert stopped.value.code == 0
    shown = capsys.readouterr().out
    for step in ("status", "start", "stop", "forget", "new-key"):
        assert step in shown
    with pytest.raises(SystemExit):
        cli.run(["--help"])
    assert "open-from-folder" in capsys.readouterr().out


def test_times_ids_and_pass_words_as_the_terminal_shows_them() -> None:
    now = datetime(2026, 11, 27, 10, 30).astimezone()
    assert cli.when_words(None, now) == "not yet"
    assert cli.when_words(now - timedelta(minutes=5), now) == "today at 10:25"
    assert cli.when_words(now - timedelta(days=1), now) == "yesterday at 10:30"
    assert cli.when_words(now - timedelta(days=3), now) == "on November 24, 2026 at 10:30"
    assert cli.short_ids(["abcdef0123aa", "99887766aa"]) == {
        "abcdef0123aa": "abcdef01",
        "99887766aa": "99887766",
    }
    assert cli.short_ids(["abcdef0123aa", "abcdef0199aa"]) == {
        "abcdef0123aa": "abcdef012",
        "abcdef0199aa": "abcdef019",
    }
    passed = PassResult(sent=1, received=0, waiting=2)
    assert cli.pass_words(passed) == (
        "Sent 1 change to your other computers. Changes from 2 other computers are still "
        "being copied into the folder; the next sync takes them in."
    )
