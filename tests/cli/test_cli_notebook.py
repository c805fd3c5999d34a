"""The notebook from a terminal (What I know now, things to bring up, showing up, the week's
plan, phrases), search across journal and notebook, ``--json`` for scripts, and every command
documented in ``--help`` and the README."""

from __future__ import annotations

import argparse
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from iop_companion import cli_parser
from iop_companion.core.notebook_model import NoteSection
from iop_companion.core.open_journal import OpenJournal
from iop_companion.errors import NotInNotebook
from iop_companion.vault.keychain import MemoryKeychain
from tests.cli.test_cli import Terminal, assert_plain_error, lines_of
from tests.conftest import PASSPHRASE
from tests.robustness.support import run_cli

README = Path(__file__).parents[2] / "README.md"
CLI_JSON = Path(__file__).parents[2] / "docs" / "cli-json.md"


def argument_mistake(shell: Terminal, *argv: str) -> None:
    """A mistake argparse finds: one plain sentence, exit 2 (as ``PlainParser`` says it)."""
    with pytest.raises(SystemExit) as stopped:
        shell(*argv)
    assert stopped.value.code == 2
    said = shell.capsys.readouterr().err
    assert said.endswith("Run 'iop-companion --help' to see what it can do.\n")
    assert "Traceback" not in said


def journal_of(shell: Terminal) -> OpenJournal:
    return OpenJournal.open_with_passphrase(shell.folder, PASSPHRASE, MemoryKeychain())


# -- What I know now ------------------------------------------------------------------------------


def test_notes_save_keeps_each_version_and_show_prints_the_latest(
    shell: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert shell.ok("notes").startswith("Nothing written in What I know now yet.")
    saved = "Saved. What works has a new version; the one before stays in its history.\n"
    assert shell.ok("notes", "save", "works", "Walking after group") == saved
    assert shell.ok("notes", "save", "works", "Walking after group") == (
        "What works already says that, so nothing changed.\n"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("A walk\nand a call to Sam\n"))
    assert shell.ok("notes", "save", "works", "-") == saved
    assert shell.ok("notes", "show", "works") == "A walk\nand a call to Sam\n"
    shell.ok("notes", "save", "doesnt-work", "Going alone")
    shown = shell.ok("notes")
    today = date.today().isoformat()
    assert f"What works (saved {today})\n    A walk\n    and a call to Sam\n\n" in shown
    assert f"What doesn't work (saved {today})\n    Going alone\n" in shown
    assert shell.ok("notes", "show", "limits") == "Nothing written in My limits yet.\n"
    with journal_of(shell) as opened:
        history = opened.notebook.note_history(NoteSection.WORKS)
    assert [v.text for v in history] == ["A walk\nand a call to Sam", "Walking after group"]


def test_notes_mistakes(shell: Terminal) -> None:
    assert_plain_error(
        shell("notes", "show", "hopes"),
        2,
        "What I know now has no part called 'hopes'. The parts are works, doesnt-work, limits, "
        "triggers, support.",
    )
    assert shell("notes", "save", "limits", "x" * 20_001).code == 2
    assert shell.ok("notes", "show", "limits") == "Nothing written in My limits yet.\n"


# -- things to bring up ---------------------------------------------------------------------------


def test_bring_up_add_list_and_done(shell: Terminal) -> None:
    assert shell.ok("bring-up").startswith("Nothing to bring up yet.")
    assert shell.ok("bring-up", "add", "I hate being on Zoom.") == "Added to your list. (#1)\n"
    shell.ok("bring-up", "add", "A smaller group would help.")
    done = shell.ok("bring-up", "done", "#1", "--day", "2026-01-05")
    assert done == "Moved to Brought up. Saying it counts.\n"
    today = date.today().isoformat()
    assert lines_of(shell.ok("bring-up", "list")) == [
        "Still to bring up",
        f"{today}  #2  A smaller group would help.",
        "Brought up",
        "2026-01-05  #1  I hate being on Zoom.",
    ]


def test_bring_up_mistakes(shell: Terminal) -> None:
    assert_plain_error(
        shell("bring-up", "done", "7"),
        NotInNotebook.exit_code,
        "Nothing on your list has the number 7. 'iop-companion bring-up list' shows the numbers.",
    )
    argument_mistake(shell, "bring-up", "done", "seven")
    assert_plain_error(
        shell("bring-up", "add", "   "), 2, "Write a few words about what you want to bring up."
    )
    shell.ok("bring-up", "add", "Something")
    future = (date.today() + timedelta(days=2)).isoformat()
    assert_plain_error(
        shell("bring-up", "done", "1", "-d", future),
        2,
        "That day hasn't come yet. Pick today or an earlier day.",
    )


# -- showing up -----------------------------------------------------------------------------------


def test_session_record_logs_a_win_for_being_there(shell: Terminal) -> None:
    assert shell.ok("session").startswith("No sessions yet.")
    said = shell.ok(
        "session", "record", "group", "--how", "late", "-d", "2026-01-06", "--at", "18:30"
    )
    assert said == "Recorded. Showing up counts, and it's in your wins.\n"
    missed = shell.ok(
        "session", "record", "individual", "--how", "didnt-make-it", "-d", "2026-01-07"
    )
    assert missed == "Recorded. It takes nothing away from anything you've done.\n"
    shell.ok("session", "record", "meeting", "-d", "2026-01-08", "--note", "sat at the back")
    assert lines_of(shell.ok("session", "list")) == [
        "2026-01-08  #3  Meeting: Was there",
        "    sat at the back",
        "2026-01-07  #2  Individual session: Didn't make it",
        "2026-01-06  18:30  #1  Group: Was there, late",
    ]
    assert lines_of(shell.ok("session", "list", "--from", "2026-01-07", "--to", "2026-01-07")) == [
        "2026-01-07  #2  Individual session: Didn't make it"
    ]
    assert shell.ok("session", "list", "--from", "2026-02-01") == "No sessions match that.\n"
    assert lines_of(shell.ok("list")) == [  # the sessions the person was at are wins
        "2026-01-08  #2  [Showing up] Went to a meeting",
        "2026-01-06  #1  [Showing up] Went to group, got there late",
    ]


def test_session_mistakes(shell: Terminal) -> None:
    assert_plain_error(
        shell("session", "record", "group", "--at", "half past six"),
        2,
        "Write the time as HH:MM, for example 18:30.",
    )
    argument_mistake(shell, "session", "record", "party")
    argument_mistake(shell, "session", "record", "group", "--how", "skipped")
    future = (date.today() + timedelta(days=1)).isoformat()
    assert_plain_error(
        shell("session", "record", "group", "-d", future),
        2,
        "That day hasn't come yet. Pick today or an earlier day.",
    )
    assert shell.ok("session", "list").startswith("No sessions yet.")


def test_plan_add_and_list(shell: Terminal) -> None:
    assert shell.ok("plan").startswith("Nothing in your week's plan yet.")
    added = shell.ok("plan", "add", "Tue", "group", "--at", "18:00", "--label", "Tuesday group")
    assert added == "Added to your week: Tuesday group. (#1)\n"
    assert shell.ok("plan", "add", "monday", "program-call") == (
        "Added to your week: Call to the program on Mondays. (#2)\n"
    )
    assert lines_of(shell.ok("plan", "list")) == [
        "Monday  #2  Call to the program",
        "Tuesday  18:00  #1  Group  Tuesday group",
    ]
    assert_plain_error(
        shell("plan", "add", "someday", "group"),
        2,
        "Write the day of the week as its name, for example tuesday or tue.",
    )


def test_phrases_lists_the_programs_words(shell: Terminal) -> None:
    phrases = lines_of(shell.ok("phrases"))
    assert phrases[0] == "I'm just here to listen today."
    assert "I ghosted before. I'm here now." in phrases


# -- search, across the journal and the notebook --------------------------------------------------


def test_search_looks_in_the_notebook_too(shell: Terminal) -> None:
    shell.ok("log", "Honest in group", "-d", "2026-01-05")
    shell.ok("notes", "save", "support", "People who are honest with me")
    shell.ok("bring-up", "add", "Being honest about Zoom")
    today = date.today().isoformat()
    found = lines_of(shell.ok("search", "honest"))
    assert found[:2] == ["2026-01-05  #1  [Honest] in group", "In your notebook"]
    assert sorted(found[2:]) == [  # best match first: here, the shorter text
        f"{today}  The support I need: People who are [honest] with me",
        f"{today}  To bring up: Being [honest] about Zoom",
    ]
    assert lines_of(shell.ok("search", "zoom")) == [
        "In your notebook",
        f"{today}  To bring up: Being honest about [Zoom]",
    ]


# -- --json ---------------------------------------------------------------------------------------


def test_list_json_is_one_document_with_every_field(shell: Terminal) -> None:
    assert json.loads(shell.ok("list", "--json")) == {"entries": []}
    shell.ok("log", "Came back \x1b[2J", "-d", "2026-01-05", "-t", "group", "--private")
    out = shell.ok("list", "--json")
    assert "\x1b" not in out and "\\u001b" in out  # the terminal gets no command
    [entry] = json.loads(out)["entries"]
    assert entry["text"] == "Came back \x1b[2J"  # the words as kept
    assert {k: entry[k] for k in ("id", "kind", "day", "tags", "private", "category")} == {
        "id": 1,
        "kind": "win",
        "day": "2026-01-05",
        "tags": ["group"],
        "private": True,
        "category": None,
    }
    assert set(entry) == {
        "id",
        "uid",
        "kind",
        "day",
        "text",
        "note",
        "category",
        "after_hard_moment",
        "moment_word",
        "tags",
        "private",
        "created_at",
        "updated_at",
    }


def test_search_json_holds_entries_and_notebook(shell: Terminal) -> None:
    shell.ok("log", "Honest in group", "-d", "2026-01-05")
    shell.ok("bring-up", "add", "Being honest")
    found = json.loads(shell.ok("search", "honest", "--json"))
    assert found["query"] == "honest"
    [hit] = found["entries"]
    assert hit["entry"]["text"] == "Honest in group"
    assert hit["snippet"] == [
        {"text": "Honest", "match": True},
        {"text": " in group", "match": False},
    ]
    [item] = found["notebook"]
    assert (item["part"], item["id"], item["title"]) == ("bring_up", 1, "To bring up")
    assert json.loads(shell.ok("search", "kayak", "--json")) == {
        "query": "kayak",
        "entries": [],
        "notebook": [],
    }


def test_stats_and_backups_json(shell: Terminal) -> None:
    shell.ok("log", "one", "-d", "2026-01-05")
    stats = json.loads(shell.ok("stats", "--json"))
    assert stats["wins"] == 1 and stats["first_day"] == "2026-01-05"
    assert stats["sentence"].startswith("You've logged 1 win since January 2026.")
    assert json.loads(shell.ok("backups", "--json"))["backups"] == []
    shell.ok("backup")
    listed = json.loads(shell.ok("backups", "--json"))
    [made] = listed["backups"]
    assert made["kind"] == "chosen" and made["complete"] is True
    assert Path(made["path"]).parent == Path(listed["folder"])


# -- every command documented -----------------------------------------------------------------


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def _helps(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {action.dest: action.help for action in sub._choices_actions}


def _readme_commands() -> list[str]:
    """The lines of the README's command table that say a command."""
    text = README.read_text(encoding="utf-8")
    block = text.split("## The command line", 1)[1].split("```", 2)[1]
    return [line for line in block.splitlines() if line.startswith("iop-companion")]


def test_every_command_has_help_and_is_in_the_readme() -> None:
    lines = _readme_commands()
    parser = cli_parser.build_parser()
    for name, command in _commands(parser).items():
        assert _helps(parser)[name], f"{name} has no help text"
        said = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        assert any(said.search(line.split("  ")[0]) for line in lines), f"{name} not in README"
        steps = [a for a in command._actions if isinstance(a, argparse._SubParsersAction)]
        if steps:
            for step in _commands(command):
                assert _helps(command)[step], f"{name} {step} has no help text"
                named = (f"{name} {step}", f"{name} [{step}]")  # [list]: the step with none named
                assert any(n in line for n in named for line in lines), f"{name} {step}"


def test_the_json_shapes_are_documented() -> None:
    assert "(docs/cli-json.md)" in README.read_text(encoding="utf-8")
    documented = CLI_JSON.read_text(encoding="utf-8")
    for command in ("list --json", "search --json", "stats --json", "backups --json"):
        assert command in documented


# -- in a real process ------------------------------------------------------------------------


@pytest.mark.slow
def test_notebook_commands_exit_codes_in_a_real_process(vault_folder: Path) -> None:
    data_dir = vault_folder.parent
    added = run_cli(data_dir, "bring-up", "add", "-", typed="I need more one-on-one time.\n")
    assert (added.returncode, added.stdout, added.stderr) == (0, "Added to your list. (#1)\n", "")
    missing = run_cli(data_dir, "bring-up", "done", "5")
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == (
        "Nothing on your list has the number 5. 'iop-companion bring-up list' shows the numbers.\n"
    )
    part = run_cli(data_dir, "notes", "save", "hopes", "x")
    assert part.returncode == 2 and part.stderr.startswith("What I know now has no part called")
    saved = run_cli(data_dir, "notes", "save", "triggers", "-", typed="Late nights\n")
    assert saved.returncode == 0
    shown = run_cli(data_dir, "notes", "show", "triggers")
    assert shown.stdout == "Late nights\n"
    found = run_cli(data_dir, "search", "nights", "--json")
    assert found.returncode == 0
    assert json.loads(found.stdout)["notebook"][0]["title"] == "My triggers"
    for done in (added, missing, part, saved, shown, found):
        assert "Traceback" not in done.stderr
