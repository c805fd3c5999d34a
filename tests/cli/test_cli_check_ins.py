"""The coping tools' check-ins from a terminal (issue 18): What I have going for me (the BARC-10,
by --answers, typed one statement at a time, or piped one line each) and How I am, in words.
Every check-in is kept beside the others; a mistake is one sentence, exit 2, and nothing saved."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest

from iop_companion import cli
from iop_companion.core import barc10
from iop_companion.core.coping_model import CHECK_IN_TITLE, FEELING_WORDS
from iop_companion.errors import NoJournalYet, WrongPassphrase
from tests.cli.test_cli import NEVER_SAID, Result, Terminal, TerminalIO, lines_of
from tests.conftest import PASSPHRASE
from tests.core.test_notebook_check_ins import JUDGEMENTS
from tests.robustness.support import run_cli
from tests.test_language import said_in

ANSWERS = "5,6,4,,3,6,5,4,3,2"  # the fourth skipped
ALL_ANSWERED = "5,6,4,4,3,6,5,4,3,2"  # 42
NOTHING_YET = "No check-ins yet. The check-in command asks its ten statements when you want.\n"


def refused(result: Result, sentence: str) -> None:
    """One plain sentence on stderr, exit 2, nothing on stdout."""
    assert (result.code, result.out, result.err) == (2, "", sentence + "\n")


def typing(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    """What the person types at the terminal, one line each."""
    monkeypatch.setattr("sys.stdin", TerminalIO("".join(f"{line}\n" for line in lines)))


# -- What I have going for me, by --answers -------------------------------------------------------


def test_a_check_in_by_answers_says_its_total_and_is_listed(shell: Terminal) -> None:
    out = shell.ok("check-in", "--answers", ALL_ANSWERED, "--note", "After group")
    assert out == "Saved your check-in for today.\nTotal: 42 (of 10 to 60)\n"
    out = shell.ok("check-in", "--answers", ANSWERS, "--day", "yesterday")
    assert out.endswith("9 of 10 statements answered. The total shows with all 10.\n")
    today = date.today()
    assert shell.ok("check-ins") == (
        f"{today.isoformat()}  Total: 42 (of 10 to 60)\n"
        "    After group\n"
        f"{(today - timedelta(days=1)).isoformat()}  "
        "9 of 10 statements answered. The total shows with all 10.\n"
    )


def test_every_check_in_is_kept_beside_the_others(shell: Terminal) -> None:
    shell.ok("check-in", "--answers", ALL_ANSWERED)
    shell.ok("check-in", "--answers", "1,1,1,1,1,1,1,1,1,1")
    assert [line.split("  ", 1)[1] for line in lines_of(shell.ok("check-ins"))] == [
        "Total: 10 (of 10 to 60)",
        "Total: 42 (of 10 to 60)",
    ]


def test_check_ins_with_answers_shows_each_statement_and_its_answer(shell: Terminal) -> None:
    shell.ok("check-in", "--answers", ANSWERS, "--date", "2026-03-14")
    lines = shell.ok("check-ins", "--answers").splitlines()
    assert lines[0] == "2026-03-14  9 of 10 statements answered. The total shows with all 10."
    assert lines[1:9] == [
        f"   1. {barc10.STATEMENTS[0]}",
        "      5 Agree",
        f"   2. {barc10.STATEMENTS[1]}",
        "      6 Strongly agree",
        f"   3. {barc10.STATEMENTS[2]}",
        "      4 Somewhat agree",
        f"   4. {barc10.STATEMENTS[3]}",
        "      Skipped",
    ]
    assert lines[-2:] == [f"  10. {barc10.STATEMENTS[9]}", "      2 Disagree"]


def test_no_check_ins_yet_and_none_on_those_days(shell: Terminal) -> None:
    assert shell.ok("check-ins") == NOTHING_YET
    shell.ok("check-in", "--answers", ALL_ANSWERED, "-d", "2026-03-14")
    assert shell.ok("check-ins", "--from", "2026-03-15") == "No check-ins match that.\n"
    assert shell.ok("check-ins", "--from", "2026-03-01", "--to", "2026-03-14").startswith(
        "2026-03-14  Total: 42"
    )


@pytest.mark.parametrize(
    ("answers", "sentence"),
    [
        (
            "5,6,4",
            "--answers needs ten answers separated by commas, one for each statement, as in "
            "5,6,4,,3,6,5,4,3,2 (an empty one skips a statement). 3 came in.",
        ),
        (
            ALL_ANSWERED + ",5",
            "--answers needs ten answers separated by commas, one for each statement, as in "
            "5,6,4,,3,6,5,4,3,2 (an empty one skips a statement). 11 came in.",
        ),
        (
            "5,6,7,4,3,6,5,4,3,2",
            "Answer 3 needs to be a number from 1 (Strongly disagree) to 6 (Strongly agree), or "
            "empty to skip that statement.",
        ),
        (
            "5,6,4,4,3,6,5,4,3,lots",
            "Answer 10 needs to be a number from 1 (Strongly disagree) to 6 (Strongly agree), "
            "or empty to skip that statement.",
        ),
        (",,,,,,,,,", "Answer at least one statement. You can skip any of the others."),
    ],
    ids=["too few", "too many", "seven", "a word", "all skipped"],
)
def test_a_mistake_in_the_answers_saves_nothing(
    shell: Terminal, answers: str, sentence: str
) -> None:
    refused(shell("check-in", "--answers", answers), sentence)
    assert shell.ok("check-ins") == NOTHING_YET


def test_a_day_that_hasnt_come_yet_saves_nothing(shell: Terminal) -> None:
    later = (date.today() + timedelta(days=2)).isoformat()
    refused(
        shell("check-in", "--answers", ALL_ANSWERED, "--day", later),
        "That day hasn't come yet. Pick today or an earlier day.",
    )
    refused(
        shell("check-in", "--answers", ALL_ANSWERED, "--day", "14/03/2026"),
        "Write the day as YYYY-MM-DD, for example 2026-03-14.",
    )
    assert shell.ok("check-ins") == NOTHING_YET


def test_the_note_can_be_read_from_standard_input(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Slept well\n"))
    shell.ok("check-in", "--answers", ALL_ANSWERED, "--note")
    assert lines_of(shell.ok("check-ins"))[1] == "    Slept well"


# -- typed at the terminal ----------------------------------------------------------------------


def test_typed_at_the_terminal_each_statement_word_for_word(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Enter skips the second; "7" and "maybe" are asked again; an answer's words work too.
    typing(
        monkeypatch, "5", "", "7", "maybe", "4", "Somewhat agree", "3", "6", "5", "4", "3", "2", ""
    )
    result = shell("check-in")
    assert result.code == 0, result
    assert result.out == (
        "Saved your check-in for today.\n"
        "9 of 10 statements answered. The total shows with all 10.\n"
    )
    shown = result.err
    assert shown.startswith(f"{CHECK_IN_TITLE}\n")
    for number, statement in enumerate(barc10.STATEMENTS, start=1):
        assert f"Statement {number} of 10\n{statement}\n" in shown
    assert shown.count("  1 Strongly disagree   2 Disagree            3 Somewhat disagree\n") == 10
    assert shown.count("  4 Somewhat agree      5 Agree               6 Strongly agree\n") == 10
    assert shown.count(cli.NOT_A_STEP) == 2
    assert shown.count(cli.ANSWER_PROMPT) == 12
    assert shown.endswith(cli.NOTE)
    [listed] = shell.ok("check-ins", "--answers").split("\n\n")
    assert "      5 Agree\n" in listed and listed.count("Skipped") == 1
    assert f"   3. {barc10.STATEMENTS[2]}\n      4 Somewhat agree" in listed
    assert f"   4. {barc10.STATEMENTS[3]}\n      4 Somewhat agree" in listed
    assert "After group" not in listed


def test_typed_with_a_note_and_ctrl_d_saves_nothing(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    typing(monkeypatch, *"6666666666", "After group")
    assert shell("check-in").code == 0
    assert lines_of(shell.ok("check-ins")) == [
        f"{date.today().isoformat()}  Total: 60 (of 10 to 60)",
        "    After group",
    ]
    typing(monkeypatch, "6", "6")  # then Ctrl+D
    result = shell("check-in")
    assert (result.code, result.out) == (2, "")
    assert result.err.endswith(f"{cli.ANSWER_PROMPT}\nNo answer came in, so nothing changed.\n")
    assert len(lines_of(shell.ok("check-ins"))) == 2


def test_piped_one_line_each(shell: Terminal, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("1\n2\n\n4\r\n5\n6\n1\n2\n3\n4\n"))
    assert shell.ok("check-in").endswith(
        "9 of 10 statements answered. The total shows with all 10.\n"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("1\n2\n9\n4\n5\n6\n1\n2\n3\n4\n"))
    refused(
        shell("check-in"),
        "Line 3 needs to be a number from 1 (Strongly disagree) to 6 (Strongly agree), or "
        "empty to skip that statement.",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("1\n2\n"))
    refused(shell("check-in"), "No answer came in, so nothing changed.")
    monkeypatch.setattr("sys.stdin", io.StringIO("1\n" * 10))
    refused(
        shell("check-in", "--note"),
        "Only the answers can come from standard input. Give the note's words after --note, "
        "or type both at a terminal.",
    )
    assert len(lines_of(shell.ok("check-ins"))) == 1


def test_the_help_names_the_source_and_its_licence(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.run(["check-in", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert barc10.SHORT_SOURCE in shown and barc10.LICENCE in shown
    assert "Enter skips one" in shown and ANSWERS in shown


# -- How I am, in words -------------------------------------------------------------------------


def test_how_i_am_records_and_lists(shell: Terminal) -> None:
    out = shell.ok(
        "how-i-am",
        "--word",
        "Calm",
        "-w",
        "my  own word",
        "--halt",
        "Hungry,tired",
        "--halt",
        "hungry",
        "--line",
        "A long day, but I went",
    )
    assert out == "Noted how you are, for today.\n"
    assert shell.ok("how-i-am", "--halt", "lonely", "--day", "2026-03-14") == (
        "Noted how you are, for 14 March 2026.\n"
    )
    today = date.today().isoformat()
    assert shell.ok("how-i-am", "--list") == (
        f"{today}  calm, my own word; Quick check: hungry, tired\n"
        "    A long day, but I went\n"
        "2026-03-14  Quick check: lonely\n"
    )
    assert (
        shell.ok("how-i-am", "--list", "--to", "2026-03-14") == "2026-03-14  Quick check: lonely\n"
    )
    assert shell.ok("how-i-am", "--list", "--from", "2027-01-01") == "Nothing matches that.\n"


def test_how_i_am_line_alone_from_standard_input(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert shell.ok("how-i-am", "--list") == (
        "Nothing here yet. The how-i-am command notes how you are, in words, when you want.\n"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("Tired but\nhere\n"))
    shell.ok("how-i-am", "--line")
    assert shell.ok("how-i-am", "--list") == f"{date.today().isoformat()}  Tired but here\n"


def test_how_i_am_asks_at_the_terminal(shell: Terminal, monkeypatch: pytest.MonkeyPatch) -> None:
    typing(monkeypatch, "hopeful, my own", "hungy", "Tired", "Went to group")
    result = shell("how-i-am")
    assert (result.code, result.out) == (0, "Noted how you are, for today.\n")
    assert result.err.startswith("How I am\n")
    assert all(word in result.err for word in FEELING_WORDS)
    assert result.err.count(cli.HALT_ASKED) == 2 and cli.HALT_RETYPE in result.err
    assert shell.ok("how-i-am", "--list") == (
        f"{date.today().isoformat()}  hopeful, my own; Quick check: tired\n    Went to group\n"
    )


@pytest.mark.parametrize(
    ("argv", "sentence"),
    [
        (("--halt", "hungy"), cli.HALT_WORDS),
        ((), cli.NOTHING_TO_NOTE),
        (("--line", "   "), cli.NOTHING_TO_NOTE),
        (
            ("--list", "--word", "calm"),
            "--list shows what you noted, so it goes without --word, --halt, --line and --day. "
            "Leave it out to note how you are.",
        ),
        (
            ("--word", "calm", "--from", "2026-01-01"),
            "--from and --to choose the days --list shows. Add --list.",
        ),
        (
            ("--word", "calm", "--day", "tomorrow"),
            "Write the day as YYYY-MM-DD, for example 2026-03-14.",
        ),
    ],
    ids=["halt typo", "nothing", "blank line", "list and word", "from without list", "day"],
)
def test_how_i_am_mistakes_save_nothing(
    shell: Terminal, argv: tuple[str, ...], sentence: str
) -> None:
    refused(shell("how-i-am", *argv), sentence)
    assert shell.ok("how-i-am", "--list").startswith("Nothing here yet.")


# -- opening, exit codes, words -----------------------------------------------------------------


def test_the_journal_opens_as_for_every_command(shell: Terminal, tmp_path: Path) -> None:
    shell.passphrase("not my passphrase")
    for argv in (("check-in", "--answers", ALL_ANSWERED), ("check-ins",), ("how-i-am", "--list")):
        result = shell(*argv)
        assert (result.code, result.err) == (3, WrongPassphrase.message + "\n")
    shell.passphrase(None)
    assert shell("check-ins", answers=[PASSPHRASE]).code == 0  # asked at the prompt
    shell.data_dir = tmp_path / "elsewhere"
    assert (shell("check-ins").code, shell.seen[-1]) == (4, NoJournalYet.message + "\n")


def test_nothing_said_is_a_banned_word_or_a_judgement(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell.ok("check-in", "--answers", "1,1,1,1,1,1,1,1,1,1")
    shell("check-in", "--answers", "0,1")
    typing(monkeypatch, *"1111111111", "")
    shell("check-in")
    shell.ok("check-ins", "--answers")
    shell.ok("how-i-am", "--word", "numb")
    shell("how-i-am")
    shell.ok("how-i-am", "--list")
    said = " ".join(shell.seen).lower()
    assert [word for word in (*NEVER_SAID, *JUDGEMENTS, "score") if word in said] == []
    source = Path(cli.__file__).read_text(encoding="utf-8")
    strings = [text.lower() for _, text in said_in(source, "cli.py")]
    assert cli.NO_CHECK_INS.lower() in strings and cli.HALT_WORDS.lower() in strings
    assert [(j, s) for s in strings for j in (*JUDGEMENTS, "score") if j in s] == []


@pytest.mark.slow
def test_a_real_process_reads_the_answers_from_standard_input(vault_folder: Path) -> None:
    data_dir = vault_folder.parent
    done = run_cli(data_dir, "check-in", typed="1\n2\n\n4\n5\n6\n1\n2\n3\n4\n")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.endswith("9 of 10 statements answered. The total shows with all 10.\n")
    bad = run_cli(data_dir, "check-in", "--answers", "9,9")
    assert bad.returncode == 2 and bad.stderr.startswith("--answers needs ten answers")
    assert "Traceback" not in bad.stderr
    listed = run_cli(data_dir, "check-ins")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 1
