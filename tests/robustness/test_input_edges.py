"""Text and dates a person (or a terminal) can hand the app that it can't keep: each gets a
plain sentence saying what to change, and the journal stays as it was."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from iop_companion import cli
from iop_companion.core.journal import MAX_TEXT_CHARS, JournalService
from iop_companion.errors import InvalidEntry
from iop_companion.vault import Vault
from tests.conftest import PASSPHRASE
from tests.robustness.support import run_cli

# What Python makes of a Latin-1 "café" in argv on a UTF-8 system: a lone surrogate.
CAFE_FROM_ARGV = b"caf\xe9".decode("utf-8", "surrogateescape")


def snapshot(journal: JournalService) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(e.uid, e.text, e.note, e.tags) for e in journal.entries(limit=-1)]


@pytest.fixture
def journal_with_one(journal: JournalService) -> JournalService:
    journal.log_win("Came to one session", note="it was enough", tags=["group"])
    return journal


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"text": ""}, "Write a few words"),
        ({"text": " \n\t "}, "Write a few words"),
        ({"text": "x" * 1_000_000}, f"{MAX_TEXT_CHARS:,} characters"),
        ({"text": "x" * (MAX_TEXT_CHARS + 1)}, f"{MAX_TEXT_CHARS:,} characters"),
        ({"text": "ok", "note": "x" * 1_000_000}, f"{MAX_TEXT_CHARS:,} characters"),
        ({"text": CAFE_FROM_ARGV}, "can't be saved"),
        ({"text": "ok", "note": CAFE_FROM_ARGV}, "can't be saved"),
        ({"text": "ok", "tags": [CAFE_FROM_ARGV]}, "can't be saved"),
        ({"text": "nul\x00byte"}, "can't be saved"),
        ({"text": "ok", "day": date(1, 1, 1)}, "from 1900 on"),
        ({"text": "ok", "day": date(1899, 12, 31)}, "from 1900 on"),
        ({"text": "ok", "day": date(9999, 12, 31)}, "hasn't come yet"),
    ],
    ids=[
        "empty",
        "only spaces",
        "1 MB",
        "one over the limit",
        "1 MB note",
        "lone surrogate",
        "lone surrogate in note",
        "lone surrogate in tag",
        "NUL",
        "year 1",
        "before 1900",
        "year 9999",
    ],
)
def test_win_that_cant_be_kept_says_why_and_changes_nothing(
    journal_with_one: JournalService, fields: dict[str, object], says: str
) -> None:
    before = snapshot(journal_with_one)
    with pytest.raises(InvalidEntry) as caught:
        journal_with_one.log_win(**fields)  # type: ignore[arg-type]
    assert says in caught.value.sentence
    assert snapshot(journal_with_one) == before


def test_edges_that_are_fine(journal: JournalService) -> None:
    """The longest text, the earliest day, today, and text from any script are all kept."""
    longest = "y" * MAX_TEXT_CHARS
    texts = [longest, "Hablé con mi consejera 💬", "وصلت إلى المجموعة", "e\u0301 combining"]
    for text in texts:
        assert journal.log_win(text).entry.text == text
    assert journal.log_win("long ago", day=date(1900, 1, 1)).entry.day == date(1900, 1, 1)
    assert journal.log_win("today", day=journal.today).entry.day == journal.today


def test_edit_that_cant_be_kept_changes_nothing(journal_with_one: JournalService) -> None:
    entry = journal_with_one.entries()[0]
    before = snapshot(journal_with_one)
    for change in (
        {"text": ""},
        {"text": "x" * 1_000_000},
        {"text": CAFE_FROM_ARGV},
        {"note": CAFE_FROM_ARGV},
        {"day": date(1, 1, 1)},
        {"day": journal_with_one.today + timedelta(days=1)},
        {"tags": ["ok", CAFE_FROM_ARGV]},
    ):
        with pytest.raises(InvalidEntry):
            journal_with_one.edit(entry.id, **change)
    assert snapshot(journal_with_one) == before


def test_search_with_text_from_a_broken_terminal(journal_with_one: JournalService) -> None:
    assert journal_with_one.search(CAFE_FROM_ARGV) == []
    assert journal_with_one.search("\udce9") == []
    assert [h.entry.text for h in journal_with_one.search(f"sess{CAFE_FROM_ARGV}")] == []


# -- through the command line --------------------------------------------------------------------


@pytest.fixture
def in_process_cli(vault_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    return vault_folder.parent


def cli_entries(vault_folder: Path) -> list[str]:
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        return [e.text for e in JournalService(vault.db).entries(limit=-1)]


@pytest.mark.parametrize(
    "args",
    [
        ["log", CAFE_FROM_ARGV],
        ["log", "ok", "--note", CAFE_FROM_ARGV],
        ["log", "ok", "--tag", CAFE_FROM_ARGV],
        ["log", "ok", "--category", CAFE_FROM_ARGV],
        ["hard-moment", "--word", CAFE_FROM_ARGV],
        ["hard-moment", "--text", CAFE_FROM_ARGV],
        ["list", "--category", CAFE_FROM_ARGV],
        ["list", "--tag", CAFE_FROM_ARGV],
        ["log", "ok", "--date", "99999-01-01"],
        ["log", "ok", "--date", "0001-01-01"],
        ["log", "ok", "--date", "9999-12-31"],
        ["log", "ok", "--date", CAFE_FROM_ARGV],
        ["list", "--from", "99999-01-01"],
        ["list", "--to", "2026-02-30"],
    ],
    ids=lambda args: " ".join(args).encode("ascii", "backslashreplace").decode(),
)
def test_cli_input_it_cant_use_gets_a_plain_sentence(
    in_process_cli: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.run(["--data-dir", str(in_process_cli), *args])
    err = capsys.readouterr().err
    assert code == InvalidEntry.exit_code, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    if args[0] != "list":
        assert cli_entries(in_process_cli / "journal") == []


@pytest.mark.parametrize("limit", ["99999999999999999999", "-99999999999999999999"])
def test_cli_huge_limit_gets_a_plain_answer(
    in_process_cli: Path, limit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["list", "-n", limit], ["search", "session", "-n", limit]):
        try:
            code = cli.run(["--data-dir", str(in_process_cli), *command])
        except SystemExit as stop:  # argparse refusing the number is a plain answer too
            code = int(stop.code or 0)
        assert code in (0, 2)
        assert "Traceback" not in capsys.readouterr().err


@pytest.mark.slow
def test_cli_subprocess_with_non_utf8_argv(vault_folder: Path) -> None:
    """Bytes that aren't UTF-8 on the command line, as a Latin-1 terminal sends them."""
    data_dir = bytes(vault_folder.parent)
    result = run_cli(data_dir, b"log", b"Fui al grupo, caf\xe9 despu\xe9s")
    assert result.returncode == InvalidEntry.exit_code
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("Some characters in that text can't be saved.")
    result = run_cli(data_dir, b"log", b"ok", b"--date", b"99999-01-01")
    assert result.returncode == InvalidEntry.exit_code
    assert result.stderr.strip().startswith("Write the day as YYYY-MM-DD")
    assert cli_entries(vault_folder) == []


def test_non_utf8_data_dir_works(tmp_path: Path, vault_folder: Path) -> None:
    """A folder whose name isn't UTF-8 is still a folder: the journal opens there."""
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))
    odd.mkdir()
    vault_folder.rename(odd / "journal")
    with Vault.unlock(odd / "journal", PASSPHRASE) as vault:
        assert vault.check() == []


@pytest.mark.slow
def test_cli_reads_left_out_words_from_standard_input(vault_folder: Path) -> None:
    """``log`` with no text, and ``--note`` with no words, read standard input: the words never
    stand on the command line, where other users of the computer could see them."""
    data_dir = vault_folder.parent
    logged = run_cli(data_dir, "log", "-c", "Showing up", typed="Came to group\nand stayed\n")
    assert logged.returncode == 0, logged.stderr
    noted = run_cli(data_dir, "hard-moment", "--word", "slip", "--note", typed="Called Sam\n")
    assert noted.returncode == 0, noted.stderr
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        entries = JournalService(vault.db).entries(limit=-1)
    assert [(e.text, e.note) for e in entries] == [
        ("", "Called Sam"),
        ("Came to group\nand stayed", ""),
    ]

    both = run_cli(data_dir, "hard-moment", "--text", "--note", typed="which one?\n")
    nothing = run_cli(data_dir, "log", typed="")
    for refused, says in ((both, "Only one part of the entry"), (nothing, "Write a few words")):
        assert refused.returncode == InvalidEntry.exit_code
        assert refused.stderr.startswith(says) and len(refused.stderr.splitlines()) == 1
    assert len(cli_entries(vault_folder)) == 2


@pytest.mark.slow
@pytest.mark.parametrize("command", [["log"], ["hard-moment", "--note"]])
def test_words_piped_in_from_a_file_that_isnt_utf8_are_refused_in_words_that_fit(
    vault_folder: Path, command: list[str]
) -> None:
    """A file saved as Latin-1: the person hears what to do about the file, not only "type
    it again", and nothing is saved."""
    done = run_cli(vault_folder.parent, *command, typed="Caf\u00e9 with Sam\n".encode("latin-1"))
    assert done.returncode == InvalidEntry.exit_code
    assert done.stderr == cli.UNREADABLE + "\n"
    assert "save the file as UTF-8" in done.stderr
    assert cli_entries(vault_folder) == []


@pytest.mark.slow
def test_cli_summary_of_every_day_there_is_holds_every_entry(
    vault_folder: Path, tmp_path: Path
) -> None:
    """The widest range a person can type means "all of it": from the first entry to today, as
    the desktop's progress view draws it, never from 1900 over a century of empty chart. A range
    before any of that is an empty summary, not a traceback."""
    from pypdf import PdfReader

    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        JournalService(vault.db).log_win("Came back in 1999", day=date(1999, 5, 1))

    def summary(*days: str) -> str:
        target = tmp_path / "summary.pdf"
        args = ["export", "--format", "summary", *days, "--out", str(target)]
        result = run_cli(vault_folder.parent, *args)
        assert result.returncode == 0, result.stderr
        return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)

    everything = summary("--from", "0001-01-01", "--to", "9999-12-31")
    assert "1 win logged between May 1, 1999 and" in everything
    assert "1900" not in everything and "9999" not in everything
    assert "Came back in 1999" in everything
    assert "No wins logged on January 1, 1900." in summary("--to", "0001-01-01")
