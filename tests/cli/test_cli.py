"""The command line, run in process: what a person types, what they see, and the exit codes the
module docstring promises."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from iop_companion import __version__, cli, cli_parser
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService
from iop_companion.core.notebook_model import Attendance, NoteSection, SessionKind
from iop_companion.errors import (
    OLD_KEY_FILE,
    FolderUnavailable,
    JournalDamaged,
    JournalExists,
    KeyFileDamaged,
    NoJournalYet,
    NotAFile,
    RecoveryCodeNotShown,
    RecoveryCodeTypo,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from iop_companion.export.data import EXPORT_VERSION
from iop_companion.paths import DATA_DIR_ENV, AppPaths
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import PASSPHRASE
from tests.language_words import BANNED
from tests.robustness.support import run_cli

CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){6}\b")
NEW_PASSPHRASE = "a new and longer passphrase"
# Words the app never says (shared/design/language.md), and what no CLI output holds.
NEVER_SAID = (*BANNED, "traceback", "!!")


class Answers:
    """A prompt that answers from a list and remembers what it was asked."""

    def __init__(self, *answers: str | BaseException) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, label: str) -> str:
        self.asked.append(label)
        if not self.answers:
            raise AssertionError(f"unexpected prompt: {label!r}")
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class Terminal:
    """Runs ``iop_companion.cli.run`` against one data folder, like a shell would."""

    data_dir: Path
    capsys: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch
    keychain: MemoryKeychain = field(default_factory=MemoryKeychain)
    seen: list[str] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.data_dir / "journal"

    def passphrase(self, value: str | None) -> None:
        if value is None:
            self.monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
        else:
            self.monkeypatch.setenv(cli.PASSPHRASE_ENV, value)

    def __call__(self, *argv: str, answers: Iterable[str | BaseException] = ()) -> Result:
        prompt = Answers(*answers)
        self.capsys.readouterr()
        code = cli.run(
            ["--data-dir", str(self.data_dir), *argv], keychain=self.keychain, prompt=prompt
        )
        captured = self.capsys.readouterr()
        assert not prompt.answers, f"answers left over: {prompt.asked}"
        self.seen += [captured.out, captured.err]
        return Result(code, captured.out, captured.err)

    def ok(self, *argv: str, answers: Iterable[str | BaseException] = ()) -> str:
        result = self(*argv, answers=answers)
        assert result.code == 0, result
        assert result.err == ""
        return result.out


def assert_plain_error(result: Result, code: int, sentence: str) -> None:
    assert result.code == code
    assert result.err == sentence + "\n"
    assert "Traceback" not in result.out + result.err


@pytest.fixture
def term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Terminal:
    """A terminal with no journal yet and no passphrase in the environment."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
    return Terminal(tmp_path / "data", capsys, monkeypatch)


@pytest.fixture
def opened(vault_folder: Path, term: Terminal) -> Terminal:
    """A terminal whose data folder holds the test journal, passphrase in the environment."""
    term.data_dir = vault_folder.parent
    term.passphrase(PASSPHRASE)
    return term


def today_or_after_midnight() -> Callable[[str], bool]:
    before = date.today()

    def check(day: str) -> bool:
        return day in {before.isoformat(), date.today().isoformat()}

    return check


def lines_of(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.strip()]


# -- init ---------------------------------------------------------------------------------------


def test_init_with_typed_passphrase_shows_the_code_once(term: Terminal) -> None:
    prompt_answers = [NEW_PASSPHRASE, NEW_PASSPHRASE]
    out = term.ok("init", answers=prompt_answers)
    assert "If you forget the passphrase and lose the recovery code, no one can open it." in out
    assert "shown only this once" in out
    codes = CODE.findall(out)
    assert len(codes) == 1
    assert NEW_PASSPHRASE not in out
    # The typed passphrase opens it, and the code shown is the real one.
    term.passphrase(NEW_PASSPHRASE)
    assert "Nothing here yet" in term.ok("list")
    term.passphrase(None)
    out = term.ok("recover", answers=[codes[0], "yet another passphrase", "yet another passphrase"])
    assert len(CODE.findall(out)) == 1 and codes[0] not in out


def test_init_asks_twice_and_refuses_a_mismatch(term: Terminal) -> None:
    result = term("init", answers=[NEW_PASSPHRASE, NEW_PASSPHRASE + "x"])
    assert_plain_error(result, 2, "The two passphrases weren't the same. Nothing changed.")
    assert not CODE.search(result.out)
    assert not (term.folder / "keyslots.json").exists()


def test_init_refuses_a_short_passphrase(term: Terminal) -> None:
    result = term("init", answers=["short", "short"])
    assert_plain_error(result, 2, WeakPassphrase.message)
    assert not (term.folder / "keyslots.json").exists()


def test_init_from_the_environment(term: Terminal) -> None:
    term.passphrase(NEW_PASSPHRASE)
    out = term.ok("init")
    assert len(CODE.findall(out)) == 1
    assert "Nothing here yet" in term.ok("list")


class FullAtTheCode(io.StringIO):
    """An output that takes the first lines, then is full when the recovery code comes."""

    def write(self, text: str) -> int:
        if CODE.search(text):
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(text)


@pytest.mark.parametrize("folder", ["not there yet", "there, with a file of yours"])
def test_init_removes_what_it_made_when_the_code_cant_be_shown(term: Terminal, folder: str) -> None:
    theirs = term.folder / "notes.txt"
    if folder != "not there yet":
        theirs.parent.mkdir(parents=True)
        theirs.write_text("mine")
    term.passphrase(NEW_PASSPHRASE)
    out = FullAtTheCode()
    shell = cli.Cli(AppPaths(term.data_dir), prompt=Answers(), out=out)
    with pytest.raises(RecoveryCodeNotShown):
        shell.run(cli_parser.build_parser().parse_args(["init"]))
    assert "no one can open it" in out.getvalue()  # the first lines went out; the code didn't
    if folder == "not there yet":
        assert not term.data_dir.exists()
    else:
        assert [p.name for p in term.folder.iterdir()] == ["notes.txt"]
        assert theirs.read_text() == "mine"


def test_init_twice_says_a_journal_is_there_without_asking(opened: Terminal) -> None:
    opened.passphrase(None)
    assert_plain_error(opened("init"), 4, JournalExists.message)


def test_no_answer_changes_nothing(term: Terminal) -> None:
    result = term("init", answers=[EOFError()])
    assert_plain_error(result, 2, "No answer came in, so nothing changed.")


def test_ctrl_c_exits_130(term: Terminal) -> None:
    result = term("init", answers=[KeyboardInterrupt()])
    assert result.code == 130
    assert "Nothing was half-saved." in result.err
    assert "Traceback" not in result.err


# -- opening ------------------------------------------------------------------------------------


def test_wrong_passphrase_says_what_to_do(opened: Terminal) -> None:
    opened.passphrase("not the right one")
    result = opened("list")
    assert_plain_error(result, 3, WrongPassphrase.message)
    assert (
        result.err
        == "That passphrase didn't open the journal. Check Caps Lock, or use your recovery code.\n"
    )
    assert result.out == ""


def test_typed_passphrase_when_none_in_the_environment(opened: Terminal) -> None:
    opened.passphrase(None)
    assert "Nothing here yet" in opened.ok("list", answers=[PASSPHRASE])
    assert_plain_error(opened("list", answers=["wrong wrong"]), 3, WrongPassphrase.message)


def test_no_journal_yet_says_so_before_asking_anything(term: Terminal) -> None:
    for argv in (["list"], ["log", "x"], ["stats"], ["recover"], ["export", "--format", "json"]):
        assert_plain_error(term(*argv), 4, NoJournalYet.message)


def test_folder_that_is_a_file_is_unusable(term: Terminal, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    term.data_dir = blocker
    term.passphrase(PASSPHRASE)
    assert_plain_error(term("list"), 6, FolderUnavailable.message)
    assert_plain_error(term("init"), 6, FolderUnavailable.message)


def test_damaged_key_file_exits_5(opened: Terminal) -> None:
    (opened.folder / "keyslots.json").write_text("{ this is not the key file")
    assert_plain_error(opened("list"), 5, KeyFileDamaged.message)


def test_damaged_journal_file_exits_5(opened: Terminal) -> None:
    opened.ok("log", "something to keep")
    db = opened.folder / "journal.db"
    for leftover in opened.folder.glob("journal.db-*"):
        leftover.unlink()
    db.write_bytes(os.urandom(db.stat().st_size))
    assert_plain_error(opened("list"), 5, JournalDamaged.message)


def test_no_command_prints_help(term: Terminal) -> None:
    result = term()
    assert result.code == 2
    assert "usage:" in result.out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.run(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.startswith(f"iop-companion {__version__} ")


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "pdf"],
        ["list", "-n", "0"],
        ["list", "-n", "-1"],
        ["list", "-n", "many"],
        ["search", "x", "-n", "99999999999999999999"],
    ],
)
def test_argument_mistakes_exit_2(opened: Terminal, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        opened(*argv)
    assert stopped.value.code == 2
    assert "Traceback" not in opened.capsys.readouterr().err


# -- logging and reading ------------------------------------------------------------------------


def test_log_and_list(opened: Terminal) -> None:
    out = opened.ok(
        "log", "Said one honest sentence", "-c", "honesty", "-t", "#group", "-t", "Zoom"
    )
    assert out.startswith("Saved. That counts. (entry ")
    is_today = today_or_after_midnight()
    [line] = lines_of(opened.ok("list"))
    day, rest = line.split("  ", 1)
    assert is_today(day)
    assert rest.endswith("[Honesty] Said one honest sentence  #group #Zoom")


class TerminalIO(io.StringIO):
    """A stream that says it is a terminal: what the person types, or what their screen shows."""

    def isatty(self) -> bool:
        return True


def test_log_without_text_asks_for_it_at_the_terminal(
    opened: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", TerminalIO("Came to group\nSat near the door\n"))
    result = opened("log", "--note")
    assert result.code == 0 and result.out.startswith("Saved. That counts.")
    assert result.err == "Your win, in a few words: A note, if you like (Enter for nothing): "
    [line] = lines_of(opened.ok("list"))
    assert line.endswith("[Other win] Came to group")
    monkeypatch.setattr("sys.stdin", TerminalIO(""))  # Ctrl+D at the prompt
    result = opened("log")
    assert (result.code, result.err) == (
        2,
        "Your win, in a few words: \nNo answer came in, so nothing changed.\n",
    )


def test_log_help_says_typed_words_show_to_other_users(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("log", "hard-moment"):
        with pytest.raises(SystemExit):
            cli.run([command, "--help"])
        said = " ".join(capsys.readouterr().out.split())
        assert "can be seen by other users of this computer while the command runs" in said
        assert "asked for at a prompt, or read from standard input" in said


def test_log_with_days(opened: Terminal) -> None:
    opened.ok("log", "on a set day", "--date", "2026-01-05")
    before = date.today()
    opened.ok("log", "yesterday's", "-d", "yesterday")
    after = date.today()
    listed = lines_of(opened.ok("list"))
    assert listed[-1].startswith("2026-01-05  #1  [Other win] on a set day")
    [line] = [line for line in listed if "yesterday's" in line]
    assert line[:10] in {(day - timedelta(days=1)).isoformat() for day in (before, after)}


def test_log_input_mistakes_exit_2_and_save_nothing(opened: Terminal) -> None:
    bad_day = opened("log", "x", "--date", "14/03/2026")
    assert_plain_error(bad_day, 2, "Write the day as YYYY-MM-DD, for example 2026-03-14.")
    future = opened("log", "x", "--date", (date.today() + timedelta(days=2)).isoformat())
    assert_plain_error(future, 2, "That day hasn't come yet. Pick today or an earlier day.")
    assert opened("log", "x", "-c", "gym").code == 2
    assert opened("log", "   ").code == 2
    assert "Nothing here yet" in opened.ok("list")


def test_hard_moment(opened: Terminal) -> None:
    out = opened.ok("hard-moment", "--word", "slip", "--text", "I fell off.", "-d", "2026-02-01")
    assert out == "Noted. Everything you've done still counts. You're picking up from here.\n"
    opened.ok("hard-moment", "--note", "Called my sponsor", "-d", "2026-02-02")
    assert lines_of(opened.ok("list")) == [
        "2026-02-02  #2  [hard moment] Called my sponsor",
        "2026-02-01  #1  [slip] I fell off.",
    ]


def test_list_filters(opened: Terminal) -> None:
    opened.ok("log", "first", "-c", "Showing up", "-d", "2026-01-01", "-t", "group")
    opened.ok("log", "second", "-d", "2026-01-10", "--private")
    opened.ok("hard-moment", "--text", "third", "-d", "2026-01-20", "-t", "group")
    opened.ok("log", "fourth", "-c", "showing up", "-d", "2026-01-30")

    def texts(*argv: str) -> list[str]:
        return [
            line.split("] ", 1)[1].split("  ")[0] for line in lines_of(opened.ok("list", *argv))
        ]

    assert texts() == ["fourth", "third", "second (private)", "first"]
    assert texts("-n", "2") == ["fourth", "third"]
    assert texts("--kind", "hard-moment") == ["third"]
    assert texts("--kind", "win") == ["fourth", "second (private)", "first"]
    assert texts("-c", "SHOWING UP") == ["fourth", "first"]
    assert texts("-t", "#group") == ["third", "first"]
    assert texts("--from", "2026-01-10", "--to", "2026-01-20") == ["third", "second (private)"]
    assert opened.ok("list", "--from", "2026-02-01") == "No entries match that.\n"
    assert opened("list", "-c", "nope").code == 2


def test_search(opened: Terminal) -> None:
    opened.ok("log", "Said one honest sentence", "-d", "2026-01-01")
    opened.ok("log", "Honest with my counselor", "-d", "2026-01-05")
    out = opened.ok("search", "hon")
    assert len(lines_of(out)) == 2
    assert "[honest]" in out and "[Honest]" in out
    newest = lines_of(opened.ok("search", "honest", "--newest"))
    assert [line[:10] for line in newest] == ["2026-01-05", "2026-01-01"]
    nothing = "Nothing in your journal or notebook has those words.\n"
    assert opened.ok("search", "bicycle") == nothing
    for query in ('"', "NEAR(", "a AND", "*", "(", "honest OR", "-x"):
        assert opened("search", "--", query).code == 0
    assert "[Honest]" in opened.ok("search", "--", "-honest")


def test_stats(opened: Terminal) -> None:
    assert opened.ok("stats") == "Your first small win will show up here. Every one counts.\n"
    opened.ok("log", "one", "-d", "2026-01-05")
    assert opened.ok("stats").startswith("You've logged 1 win since January 2026.")
    opened.ok("hard-moment", "-d", "2026-01-06")
    opened.ok("log", "two", "-d", "2026-01-07")
    out = opened.ok("stats")  # the same sentence the app shows above the journal
    assert out == "You've logged 2 wins since January 2026. You came back 1 time.\n"


# -- keys ---------------------------------------------------------------------------------------


def test_passwd_types_the_new_passphrase(opened: Terminal, recovery_code: str) -> None:
    out = opened.ok("passwd", answers=[NEW_PASSPHRASE, NEW_PASSPHRASE])
    assert out == "Your passphrase is changed. The recovery code still works.\n"
    assert_plain_error(opened("list"), 3, WrongPassphrase.message)
    opened.passphrase(NEW_PASSPHRASE)
    assert opened("list").code == 0
    # The recovery code still works.
    opened.passphrase(None)
    assert opened("recover", answers=[recovery_code, PASSPHRASE, PASSPHRASE]).code == 0


def test_opened_from_the_old_key_file_asks_for_a_new_passphrase_first(opened: Terminal) -> None:
    opened.ok("passwd", answers=[NEW_PASSPHRASE, NEW_PASSPHRASE])
    (opened.folder / "keyslots.json").write_bytes(b"{")  # damaged after the change
    opened.passphrase(NEW_PASSPHRASE)
    assert opened("list").code == 3  # the new one opens nothing; the message says why
    opened.passphrase(PASSPHRASE)
    chosen = "a third passphrase, chosen now"
    result = opened("log", "Came to group", answers=[chosen, chosen])
    assert result.code == 0
    assert result.out.startswith("Saved.")  # stdout stays the command's own
    assert result.err == (
        f"{OLD_KEY_FILE}\nYour passphrase is changed. The recovery code still works.\n"
    )
    opened.passphrase(chosen)
    assert "Came to group" in opened.ok("list")  # and nothing is said any more


def test_passwd_from_the_old_key_file_says_so_and_asks_once(opened: Terminal) -> None:
    opened.ok("passwd", answers=[NEW_PASSPHRASE, NEW_PASSPHRASE])
    (opened.folder / "keyslots.json").unlink()
    chosen = "a third passphrase, chosen now"
    result = opened("passwd", answers=[chosen, chosen])
    assert (result.code, result.err) == (0, OLD_KEY_FILE + "\n")
    opened.passphrase(chosen)
    opened.ok("list")


def test_passwd_mismatch_keeps_the_old_one(opened: Terminal) -> None:
    result = opened("passwd", answers=[NEW_PASSPHRASE, "something else entirely"])
    assert result.code == 2
    assert opened("list").code == 0


def test_recover(opened: Terminal, recovery_code: str) -> None:
    opened.ok("log", "kept through recovery")
    opened.passphrase(None)
    out = opened.ok("recover", answers=[recovery_code.lower(), NEW_PASSPHRASE, NEW_PASSPHRASE])
    assert "The old recovery code no longer works." in out
    [new_code] = CODE.findall(out)
    assert new_code != recovery_code
    assert "kept through recovery" in opened.ok("list", answers=[NEW_PASSPHRASE])
    assert_plain_error(opened("list", answers=[PASSPHRASE]), 3, WrongPassphrase.message)
    old = opened("recover", answers=[recovery_code, PASSPHRASE, PASSPHRASE])
    assert_plain_error(old, 3, WrongRecoveryCode.message)
    assert opened.ok("recover", answers=[new_code, PASSPHRASE, PASSPHRASE])


def test_recover_with_a_typo(opened: Terminal, recovery_code: str) -> None:
    opened.passphrase(None)
    typo = recovery_code[:-1] + ("0" if recovery_code[-1] != "0" else "1")
    result = opened("recover", answers=[typo, NEW_PASSPHRASE, NEW_PASSPHRASE])
    assert_plain_error(result, 3, RecoveryCodeTypo.message)
    assert opened("list", answers=[PASSPHRASE]).code == 0


def test_remember_and_forget_device(opened: Terminal) -> None:
    out = opened.ok("remember-device")
    assert "Turn it off with forget-device." in out
    assert len(opened.keychain.secrets) == 1
    opened.passphrase(None)
    # No prompt is answered: the keychain opens it.
    assert opened.ok("log", "opened by this computer").startswith("Saved.")
    assert opened.ok("forget-device") == "This computer no longer opens the journal by itself.\n"
    assert opened.keychain.secrets == {}
    assert_plain_error(opened("list", answers=["wrong wrong"]), 3, WrongPassphrase.message)
    assert "opened by this computer" in opened.ok("list", answers=[PASSPHRASE])


def test_remembered_key_gone_from_keychain_falls_back_to_passphrase(opened: Terminal) -> None:
    opened.ok("remember-device")
    opened.keychain.secrets.clear()
    opened.passphrase(None)
    assert opened.ok("list", answers=[PASSPHRASE])


def test_check(opened: Terminal) -> None:
    assert opened.ok("check") == "The journal file is whole.\n"


def test_check_counts_the_progress_totals_again_when_they_are_wrong(opened: Terminal) -> None:
    opened.ok("log", "Called my sponsor", "-d", "2026-01-02")
    opened.ok("log", "Went to group", "-d", "2026-01-02")
    with Vault.unlock(opened.folder, PASSPHRASE) as vault, vault.db.atomic():
        vault.db.execute("UPDATE day_tallies SET wins = 7")  # as a fault could leave them
    assert "7 wins" in opened.ok("stats")
    result = opened("check")
    assert result.code == 5
    assert result.out == (
        "The totals on the progress page didn't match your entries, so they were counted "
        "again from them, and your entries are as they were.\n"
    )
    assert opened.ok("check") == "The journal file is whole.\n"
    assert "2 wins" in opened.ok("stats")


def test_check_exits_5_once_it_counted_the_totals_again_as_its_help_says(
    vault_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.unlock(vault_folder, PASSPHRASE) as vault, vault.db.atomic():
        JournalService(vault.db).log_win("Went to group")
        vault.db.execute("UPDATE day_tallies SET wins = 7")  # as a fault could leave them
    found = run_cli(vault_folder.parent, "check")  # a child process, as a script runs it
    assert (found.returncode, found.stdout, found.stderr) == (5, cli.TALLIES_RECOUNTED + "\n", "")
    again = run_cli(vault_folder.parent, "check")
    assert (again.returncode, again.stdout) == (0, "The journal file is whole.\n")
    for argv, says in (
        (["--help"], "or 'check' found the progress totals wrong and counted them again;"),
        (["check", "--help"], "5 it has damage (restore a backup to keep going), or the progress"),
    ):
        with pytest.raises(SystemExit):
            cli.run(argv)
        assert says in " ".join(capsys.readouterr().out.split())


def test_check_finds_damage_deep_in_the_file(opened: Terminal) -> None:
    vault = Vault.unlock(opened.folder, PASSPHRASE)
    journal = JournalService(vault.db)
    with vault.db.atomic():
        for i in range(200):
            journal.log_win(f"entry {i} " + "words " * 100)
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    db = opened.folder / "journal.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 4096 + 100] ^= 0xFF  # one byte in the last page
    db.write_bytes(bytes(data))
    result = opened("check")
    assert result.code == 5
    assert "Restore a backup" in result.out + result.err
    assert "Traceback" not in result.out + result.err


# -- export -------------------------------------------------------------------------------------


@pytest.fixture
def with_private(opened: Terminal) -> Terminal:
    opened.ok("log", "Shareable win", "-c", "Honesty", "-t", "group", "-d", "2026-01-02")
    opened.ok("log", "secret words", "--private", "-t", "hiddentag", "--note", "secret note")
    opened.ok("hard-moment", "--word", "slip", "--text", "private slip", "--private")
    opened.ok("hard-moment", "--word", "slip", "--note", "what helped", "-d", "2026-01-03")
    return opened


def test_export_json_leaves_private_entries_out(with_private: Terminal) -> None:
    out = with_private.ok("export", "--format", "json")
    document = json.loads(out)
    assert document["format"] == "iop-companion-export"
    assert document["version"] == EXPORT_VERSION
    assert document["app_version"] == __version__
    assert [c["name"] for c in document["categories"]][:2] == ["Showing up", "Honesty"]
    entries = document["entries"]
    assert [(e["kind"], e["day"]) for e in entries] == [
        ("hard_moment", "2026-01-03"),
        ("win", "2026-01-02"),
    ]
    assert entries[1]["text"] == "Shareable win"
    assert entries[1]["category"] == "Honesty"
    assert entries[1]["tags"] == ["group"]
    assert entries[0]["moment_word"] == "slip"
    for word in ("secret", "hiddentag", "private slip", '"private"'):
        assert word not in out


def test_export_json_of_an_empty_journal_is_valid(opened: Terminal) -> None:
    assert json.loads(opened.ok("export", "--format", "json"))["entries"] == []


def test_export_csv_leaves_private_entries_out(with_private: Terminal) -> None:
    out = with_private.ok("export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["text"] for row in rows] == ["", "Shareable win"]
    assert rows[1]["tags"] == "group"
    assert "secret" not in out and "hiddentag" not in out and "private slip" not in out


def test_export_csv_neutralises_formulas(opened: Terminal) -> None:
    opened.ok("log", '=HYPERLINK("http://example.invalid","x")', "--note", "+1 call", "-t", "@me")
    opened.ok("hard-moment", "--word=-dash", "--text", "@SUM(A1)", "--note", "-2")
    out = opened.ok("export", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))[1:]
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    assert '\'=HYPERLINK("http://example.invalid","x")' in cells
    assert "'+1 call" in cells and "'@me" in cells
    assert "'-dash" in cells and "'@SUM(A1)" in cells and "'-2" in cells


def test_export_to_a_file_is_private_to_the_owner(with_private: Terminal, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    out = with_private.ok("export", "--format", "json", "--out", str(target))
    assert out == f"Exported 2 entries to {target}.\nPrivate entries stayed out.\n"
    assert len(json.loads(target.read_text(encoding="utf-8"))["entries"]) == 2
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    csv_target = tmp_path / "export.csv"
    with_private.ok("export", "--format", "csv", "-o", str(csv_target))
    with csv_target.open(encoding="utf-8", newline="") as rows:
        assert len(list(csv.DictReader(rows))) == 2


def test_export_to_an_unwritable_place_exits_1(opened: Terminal, tmp_path: Path) -> None:
    result = opened("export", "--format", "json", "--out", str(tmp_path / "not made" / "x.json"))
    assert_plain_error(result, 1, "That file couldn't be written. Check the folder and try again.")


def test_export_to_a_folder_needs_a_file_name(opened: Terminal, tmp_path: Path) -> None:
    assert_plain_error(
        opened("export", "--format", "json", "--out", str(tmp_path)), 2, NotAFile.message
    )


def test_export_out_dash_prints_it(
    opened: Terminal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    opened.ok("log", "Came to group")
    printed = opened.ok("export", "--format", "csv", "--out", "-")
    [row] = csv.DictReader(io.StringIO(printed))
    assert row["text"] == "Came to group"
    summary = opened("export", "--format", "summary", "--out", "-")
    assert_plain_error(summary, 2, "A summary is a PDF, so it needs a file name after --out.")
    assert not (tmp_path / "-").exists()


# -- the way the app speaks ---------------------------------------------------------------------


def test_a_whole_session_never_uses_words_the_app_avoids(
    term: Terminal, recovery_code: str
) -> None:
    term.passphrase(PASSPHRASE)
    term.ok("init")
    term.ok("stats")
    term.ok("list")
    term.ok("log", "Came back", "-c", "Coming back", "-d", "2026-01-01")
    term.ok("hard-moment", "--word", "return to use", "-d", "2026-01-10")
    term.ok("log", "Showed up to group after a slip", "-d", "2026-01-11", "--after-hard-moment")
    term.ok("log", "Called instead of ghosting", "-d", "2026-02-01")
    term.ok("stats")
    term.ok("list")
    term.ok("search", "group")
    term.ok("search", "nothing-like-this")
    term.ok("export", "--format", "csv")
    term.ok("check")
    term("list", "-c", "nope")
    term("log", "x", "-d", "someday")
    term.passphrase("wrong passphrase")
    term("list")
    term.passphrase(None)
    term("recover", answers=["0000-0000-0000-0000-0000-0000-0000", "x" * 9, "x" * 9])
    said = "\n".join(term.seen).casefold()
    for word in NEVER_SAID:
        assert word not in said, word


def test_a_typo_in_a_command_gets_one_plain_sentence(term: Terminal) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.run(["export", "--format", "pdf"])
    assert stopped.value.code == 2
    err = term.capsys.readouterr().err
    assert "usage:" not in err and "error:" not in err
    assert err.endswith("Run 'iop-companion --help' to see what it can do.\n")


def test_passwd_after_a_keychain_open_asks_for_the_current_passphrase(
    opened: Terminal,
) -> None:
    opened.ok("remember-device")
    opened.passphrase(None)  # the keychain opens it now
    result = opened("passwd", answers=["not it"])
    assert_plain_error(result, 3, "That isn't the current passphrase, so nothing changed.")
    out = opened.ok("passwd", answers=[PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE])
    assert "passphrase is changed" in out


def test_export_summary_pdf(opened: Terminal, tmp_path: Path) -> None:
    from pypdf import PdfReader

    opened.ok("log", "Came to group")
    opened.ok("log", "SECRET thing", "--private")
    opened.ok("hard-moment", "--text", "HARD evening")
    target = tmp_path / "summary.pdf"
    out = opened.ok("export", "--format", "summary", "--out", str(target))
    assert "Private entries stayed out" in out
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "Came to group" in text and "SECRET" not in text and "HARD" not in text
    opened.ok("export", "--format", "summary", "--hard-moments", "--out", str(target))
    assert "HARD" in " ".join(page.extract_text() for page in PdfReader(target).pages)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_exporting_over_a_shared_file_leaves_it_private(opened: Terminal, tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old")
    target.chmod(0o644)
    opened.ok("export", "--format", "csv", "--out", str(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


# -- the notebook ---------------------------------------------------------------------------------


def fill_notebook(folder: Path) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        journal = JournalService(vault.db)
        notebook = NotebookService(vault.db, journal)
        notebook.save_note(NoteSection.LIMITS, "Two groups a week")
        notebook.add_bring_up("I hate being on Zoom.")
        notebook.record_session(notebook.today, SessionKind.GROUP, Attendance.ATTENDED)


def test_the_json_export_carries_the_notebook_and_import_brings_it_back(
    opened: Terminal, tmp_path: Path
) -> None:
    fill_notebook(opened.folder)
    document = json.loads(opened.ok("export", "--format", "json"))
    assert "Two groups a week" in json.dumps(document["notebook"])

    other = Terminal(tmp_path / "other", opened.capsys, opened.monkeypatch)
    other.ok("init")
    export = tmp_path / "export.json"
    export.write_text(json.dumps(document))
    said = other.ok("import", str(export))
    assert "From the notebook:" in said
    with Vault.unlock(other.folder, PASSPHRASE) as vault:
        notebook = NotebookService(vault.db, JournalService(vault.db))
        note = notebook.note(NoteSection.LIMITS)
        assert note is not None and note.text == "Two groups a week"


def test_the_summary_holds_the_notebook_only_when_asked(opened: Terminal, tmp_path: Path) -> None:
    fill_notebook(opened.folder)

    def summary(name: str, *flags: str) -> str:
        out = tmp_path / name
        opened.ok("export", "--format", "summary", "--out", str(out), *flags)
        return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))

    plain = summary("plain.pdf")
    assert "Two groups a week" not in plain and "Zoom" not in plain
    full = summary("full.pdf", "--notes", "--bring-up", "--sessions")
    assert "Two groups a week" in full and "I hate being on Zoom." in full
    assert "group session" in full


# -- the summary's choices ----------------------------------------------------------------------


def summary_text(opened: Terminal, target: Path, *flags: str, answers: Iterable[str] = ()) -> str:
    opened.ok("export", "--format", "summary", "--out", str(target), *flags, answers=answers)
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(target).pages))


def test_the_summary_carries_a_name_a_message_and_the_last_session(
    opened: Terminal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened.ok("log", "Came to group")
    text = summary_text(
        opened,
        tmp_path / "a.pdf",
        "--name",
        "J. R.",
        "--message",
        "Can we talk about group size?",
        "--since-last-session",
        "yesterday",
    )
    assert "J. R." in text and "Can we talk about group size?" in text
    assert "since my last session" in text.lower()
    plain = summary_text(opened, tmp_path / "b.pdf")
    assert "J. R." not in plain and "since my last session" not in plain.lower()
    # --message with no words after it: asked for, so it never shows in the list of programs
    monkeypatch.setattr("sys.stdin", TerminalIO("I hate being on Zoom.\n"))
    target = tmp_path / "c.pdf"
    result = opened("export", "--format", "summary", "--out", str(target), "--message")
    assert result.code == 0
    assert result.err == "A few words for your therapist (Enter for nothing): "
    assert "I hate being on Zoom." in " ".join(p.extract_text() for p in PdfReader(target).pages)


def test_the_last_session_is_before_the_summary_ends(opened: Terminal, tmp_path: Path) -> None:
    target = str(tmp_path / "a.pdf")
    for day in ("today", "2026-13-01"):
        result = opened(
            "export", "--format", "summary", "--out", target, "--since-last-session", day
        )
        assert result.code == 2 and "Traceback" not in result.err
    assert_plain_error(
        opened("export", "--format", "summary", "--out", target, "--since-last-session", "today"),
        2,
        "The day of your last session needs to be before the summary's last day, so there is "
        "something to tell since then.",
    )
    assert not Path(target).exists()


def test_the_detail_after_page_one_is_chosen(opened: Terminal, tmp_path: Path) -> None:
    for _ in range(3):
        opened.ok("log", "Went to group")
    condensed = summary_text(opened, tmp_path / "condensed.pdf")
    full = summary_text(opened, tmp_path / "full.pdf", "--detail", "full")
    none = summary_text(opened, tmp_path / "none.pdf", "--detail", "none")
    assert "Went to group" in condensed and "Went to group" in full
    assert full.count("Went to group") > condensed.count("Went to group")  # folded: once
    assert "Went to group" not in none
    assert summary_text(opened, tmp_path / "old.pdf", "--no-entries") == none  # as it was
    assert_plain_error(
        opened("export", "--format", "summary", "--no-entries", "--detail", "full"),
        2,
        "--no-entries is --detail none, so it can't go with --detail full. Use one.",
    )


def test_no_entries_is_kept_but_not_shown_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.run(["export", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "--no-entries" not in said
    for flag in ("--name", "--message", "--since-last-session DAY", "--detail", "--notes"):
        assert flag in said
    assert "works, doesnt-work, limits, triggers, support" in said


def test_notes_takes_the_parts_of_what_i_know_now(opened: Terminal, tmp_path: Path) -> None:
    with Vault.unlock(opened.folder, PASSPHRASE) as vault:
        notebook = NotebookService(vault.db, JournalService(vault.db))
        notebook.save_note(NoteSection.WORKS, "Group in the morning")
        notebook.save_note(NoteSection.LIMITS, "Two groups a week")
        notebook.save_note(NoteSection.DOESNT_WORK, "Zoom at night")
    every = summary_text(opened, tmp_path / "every.pdf", "--notes")
    assert all(w in every for w in ("Group in the morning", "Two groups a week", "Zoom at night"))
    some = summary_text(opened, tmp_path / "some.pdf", "--notes", "works, doesnt-work")
    assert "Group in the morning" in some and "Zoom at night" in some
    assert "Two groups a week" not in some
    assert "Zoom at night" in summary_text(opened, tmp_path / "u.pdf", "--notes", "DOESNT_WORK")
    none = summary_text(opened, tmp_path / "none.pdf")
    assert "Group in the morning" not in none
    assert_plain_error(
        opened("export", "--format", "summary", "--notes", "works,hopes"),
        2,
        "What I know now has no part called 'hopes'. The parts are works, doesnt-work, limits, "
        "triggers, support, separated by commas.",
    )
