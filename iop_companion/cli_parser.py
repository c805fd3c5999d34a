"""The command line's parser: its commands, options and help, and ``--version``.

Light on purpose: it imports no database, keychain, chart or Qt code, so ``--version``,
``--help`` and a mistyped command answer at once. ``cli.py`` runs what is parsed here and
loads what each command needs.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import NoReturn

from iop_companion import __version__
from iop_companion.core import barc10
from iop_companion.core.vocabulary import (
    CHECK_IN_INTRO,
    CHECK_IN_TITLE,
    FEELING_WORDS,
    MOMENT_WORDS,
    Attendance,
    Halt,
    NoteSection,
    SessionKind,
)
from iop_companion.formats import BACKUP_FORMAT_VERSION, KEY_FILE_VERSION, SCHEMA_VERSION

OTHER_APPS = ("daylio", "dayone", "jrnl", "markdown")  # export/other_apps.py's APPS

SEARCH_HELP = (
    "Find entries by words, then what your notebook holds (What I know now, things to bring "
    "up, session notes, phrases, check-ins and the plan for hard times), as the app's search "
    "does. A word's start is enough: hon finds honest."
)
SEEN_BY_OTHERS = (
    "Words typed on the command line can be seen by other users of this computer while the "
    "command runs, in the list of running programs."
)
LOG_DESCRIPTION = (
    f"Log a win. {SEEN_BY_OTHERS} To keep them out of it, leave the text out: it is asked for "
    "at a prompt, or read from standard input, as in 'iop-companion log < win.txt'. The same "
    "goes for --note given with no words after it. 'iop-companion log -' reads many wins, one "
    "a line, from standard input (blank lines are skipped) and saves them all at once, each "
    "with the options given; if one line can't be saved, none is."
)
HARD_MOMENT_DESCRIPTION = (
    f"Note a hard moment; it takes nothing away. {SEEN_BY_OTHERS} To keep them out of it, give "
    "--text or --note with no words after it: they are asked for at a prompt, or read from "
    "standard input. 'iop-companion hard-moment -' reads many, one a line (what happened), from "
    "standard input (blank lines are skipped) and notes them all at once, each with the options "
    "given; if one line can't be saved, none is."
)

EXAMPLE_ANSWERS = "5,6,4,,3,6,5,4,3,2"
CHECK_IN_HELP = (
    f"{CHECK_IN_TITLE}, the {barc10.NAME}. {CHECK_IN_INTRO} Each statement is answered from 1 "
    f"({barc10.ANSWER_LABELS[0]}) to 6 ({barc10.ANSWER_LABELS[-1]}). Each "
    "check-in is kept as it was, beside the others. With no --answers, the statements are asked "
    "one at a time at a terminal (Enter skips one), or read from standard input, one line each "
    f"(an empty line skips one). Source: {barc10.SHORT_SOURCE}. {barc10.LICENCE}"
)
HOW_I_AM_HELP = (
    "Note how you are, in words: any words that fit (--word, again for each), the HALT quick "
    "check (--halt hungry,tired) and one line (--line). Any one is enough. At a terminal, with "
    f"none of them given, each is asked for. {SEEN_BY_OTHERS} To keep the line out of it, give "
    "--line with no words after it. --list shows each one noted, newest first."
)

# What I know now's parts as --notes names them: the section's own name, with a hyphen.
NOTE_NAMES = {section: section.value.replace("_", "-") for section in NoteSection}
NOTES_HELP = (
    "What I know now: what works, what doesn't work, my limits, my triggers and the support I "
    "need, in your words. Each save keeps a new version; the ones before stay in its history, as "
    f"in the app. The parts are named {', '.join(NOTE_NAMES.values())}. With no step, 'notes' "
    f"shows every part with words in it. {SEEN_BY_OTHERS} To keep them out of it, leave TEXT "
    "out or give -: the words are asked for, or read from standard input."
)
BRING_UP_HELP = (
    "Things you want to bring up to your therapist or your group. 'bring-up list' numbers "
    "them; 'bring-up done ID' marks one as brought up, today or on --day. With no step, it lists "
    "them."
)
KIND_NAMES = {kind.value.replace("_", "-"): kind for kind in SessionKind}
KIND_HELP = f"one of {', '.join(KIND_NAMES)}"
ATTENDANCE_NAMES = {
    "was-there": Attendance.ATTENDED,
    "late": Attendance.LATE,
    "left-early": Attendance.LEFT_EARLY,
    "didnt-make-it": Attendance.MISSED,
}
SESSION_HELP = (
    "Showing up: record a session you were at, late or leaving early too (each logs a win in "
    "Showing up), or one you didn't make (it takes nothing away). 'session list' shows them, "
    "newest first. With no step, it lists them."
)

PART_NAMES = ", ".join(NOTE_NAMES.values())

# export.summary's ``Detail`` values (it loads when a summary is made, not at start-up).
SUMMARY_DETAILS = ("condensed", "full", "none")

# Keeping in step with other computers, through a folder the person keeps in step already.
SYNC_HELP = (
    "Keep the journal in step with your other computers, through a folder you already keep in "
    "step between them (Syncthing, Dropbox, OneDrive, Nextcloud, or a USB stick you carry). "
    "With no step named, it sends what changed here and takes in what changed there, once. "
    "'sync start FOLDER' writes the journal into the folder, encrypted; on the other computer, "
    "'open-from-folder FOLDER' opens it from there."
)
OPEN_FROM_FOLDER_HELP = (
    "Open a journal kept in step on another computer: it is built on this computer from the "
    "folder, with the passphrase or the recovery code. With the recovery code, you choose a new "
    "passphrase too: it becomes the journal's passphrase on every computer."
)

MIN_COMPUTER_PREFIX = 6  # of an id as 'sync status' shows it (8 or more characters)

MAX_LIMIT = 100_000


def _item_id(text: str) -> int:
    """An item's number, as a list shows it (with or without its "#")."""
    try:
        number = int(text.strip().lstrip("#"))
    except ValueError:
        number = 0
    if not 1 <= number <= 2**63 - 1:
        raise argparse.ArgumentTypeError("write the number the list shows, as in 3")
    return number


def _limit(text: str) -> int:
    """How many entries to show: a whole number SQLite can bind, refused in plain words."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"write a number from 1 to {MAX_LIMIT:,}")
    return number


# Characters a terminal takes as commands, not text: C0 and C1 controls and DEL (a lone carriage
# return too, which can write over a line); the bidi marks (LRM, RLM, ALM), embeddings, overrides
# and isolates that can show words in another order than they are stored; the invisible ones
# that can hide or split words (zero-width space, non-joiner and joiner, word joiner, byte-order
# mark) and the line and paragraph separators; and lone surrogates (a file name that isn't
# UTF-8), which can't be printed at all. Newlines, tabs and a CRLF line end stay as they are.
# The exit codes, as the README and cli.py's docstring give them (in more words there).
EXIT_CODES = (
    "Exit codes: 0 done; 1 something else went wrong (the message says what); 2 the input "
    "needs a change; 3 the journal didn't open (passphrase, recovery code or device key), or "
    "its key was changed on another computer; 4 no journal in the folder, or one already "
    "there; 5 the journal or its key file is damaged or from a newer version, or 'check' found "
    "the progress totals wrong and counted them again; 6 the disk or folder can't be used; 130 "
    "stopped with Ctrl+C."
)
CHECK_HELP = (
    "Check the journal file for damage, and the totals on the progress page against your "
    "entries, and say what was found in one sentence. Exit codes: 0 the file is whole; 5 it has "
    "damage (restore a backup to keep going), or the progress totals didn't match your entries "
    "and were counted again from them: your entries are as they were, and a second check says "
    "the file is whole."
)
_NOT_TEXT = re.compile(
    r"\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028\u2029"
    r"\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]"
)


def terminal_text(text: str) -> str:
    """``text`` safe to print on a terminal: each control character shown as an escape, like
    ``\\x1b`` or ``\\u202e``, so words from an entry or a file name can't drive the terminal."""
    return _NOT_TEXT.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class PlainParser(argparse.ArgumentParser):
    """Mistakes on the command line get one plain sentence, not "usage: ... error: ..."."""

    def error(self, message: str) -> NoReturn:
        sentence = terminal_text(message[:1].upper() + message[1:].rstrip("."))
        self.exit(2, f"{sentence}. Run 'iop-companion --help' to see what it can do.\n")


def version_text() -> str:
    """The app's version and the version of each file format it writes."""
    return (
        f"iop-companion {__version__} (journal format {KEY_FILE_VERSION}, "
        f"database schema {SCHEMA_VERSION}, backup format {BACKUP_FORMAT_VERSION})"
    )


class _ShowVersion(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> NoReturn:
        print(version_text())
        parser.exit()


def _json_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--json", action="store_true", help="one JSON document, for scripts (docs/cli-json.md)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = PlainParser(
        prog="iop-companion",
        description="A private journal of small wins. With no command, the desktop app opens.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action=_ShowVersion, help="show the version and file formats")
    parser.add_argument(
        "--self-check", action="store_true", help="check this installation in a temporary folder"
    )
    parser.add_argument("--data-dir", help="folder that holds the journal (default: app data)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=PlainParser)

    sub.add_parser("init", help="make a new journal")

    log = sub.add_parser("log", help="log a win", description=LOG_DESCRIPTION)
    log.add_argument(
        "text",
        nargs="?",
        help="the win in a few words (left out: asked for, or read from stdin; -: many wins, "
        "one a line, from stdin)",
    )
    log.add_argument("--category", "-c")
    log.add_argument("--date", "-d", help="YYYY-MM-DD, today or yesterday (default: today)")
    log.add_argument("--note", nargs="?", default="", help="a note (with no words: asked for)")
    log.add_argument("--tag", "-t", action="append", default=[])
    log.add_argument("--after-hard-moment", action="store_true")
    log.add_argument("--private", action="store_true", help="never include it in any export")

    hard = sub.add_parser(
        "hard-moment",
        help="note a hard moment (it takes nothing away)",
        description=HARD_MOMENT_DESCRIPTION,
    )
    hard.add_argument(
        "lines",
        nargs="?",
        metavar="-",
        help="many hard moments from stdin, one a line (what happened), all noted at once",
    )
    hard.add_argument(
        "--word", default="hard moment", help=f"your word for it, e.g. {', '.join(MOMENT_WORDS)}"
    )
    hard.add_argument(
        "--text", nargs="?", default="", help="what happened, if you want to say (no words: asked)"
    )
    hard.add_argument("--note", nargs="?", default="", help="what helped (no words: asked for)")
    hard.add_argument("--date", "-d")
    hard.add_argument("--tag", "-t", action="append", default=[])
    hard.add_argument("--private", action="store_true")

    check_in = sub.add_parser(
        "check-in", help="what I have going for me: ten statements", description=CHECK_IN_HELP
    )
    check_in.add_argument(
        "--answers",
        metavar="ANSWERS",
        help="the ten answers, 1 to 6, separated by commas; an empty one skips a statement, "
        f"as in {EXAMPLE_ANSWERS} (left out: asked, one statement at a time)",
    )
    _day_option(check_in)
    check_in.add_argument("--note", nargs="?", default="", help="a note (with no words: asked)")

    check_ins = sub.add_parser("check-ins", help="every check-in, newest first")
    check_ins.add_argument(
        "--answers", action="store_true", help="show each statement and its answer"
    )
    check_ins.add_argument("--from", dest="since", metavar="DAY")
    check_ins.add_argument("--to", dest="until", metavar="DAY")

    how = sub.add_parser(
        "how-i-am", help="note how you are, in words (or --list them)", description=HOW_I_AM_HELP
    )
    how.add_argument(
        "--word",
        "-w",
        action="append",
        default=[],
        help=f"a word that fits, e.g. {', '.join(FEELING_WORDS)}, or your own (again for more)",
    )
    how.add_argument(
        "--halt",
        action="append",
        default=[],
        metavar="WORDS",
        help=f"the quick check: any of {','.join(Halt)}, separated by commas",
    )
    how.add_argument(
        "--line", nargs="?", default="", help="one line, to say more (with no words: asked)"
    )
    _day_option(how)
    how.add_argument("--list", action="store_true", help="show each one noted, newest first")
    how.add_argument("--from", dest="since", metavar="DAY", help="with --list: the first day")
    how.add_argument("--to", dest="until", metavar="DAY", help="with --list: the last day")

    notes = sub.add_parser(
        "notes",
        help="what I know now: show it, or save a new version of a part",
        description=NOTES_HELP,
    )
    note_steps = notes.add_subparsers(dest="notes_step", metavar="STEP", parser_class=PlainParser)
    show = note_steps.add_parser("show", help="every part with words in it, or the one named")
    show.add_argument("section", nargs="?", metavar="PART", help=f"one of {PART_NAMES}")
    save = note_steps.add_parser("save", help="a new version of a part (the one before is kept)")
    save.add_argument("section", metavar="PART", help=f"one of {PART_NAMES}")
    save.add_argument(
        "text",
        nargs="?",
        metavar="TEXT|-",
        help="its words (left out or -: asked for, or read from stdin whole)",
    )

    bring_up = sub.add_parser(
        "bring-up",
        help="things I want to bring up to my therapist or group",
        description=BRING_UP_HELP,
    )
    bring_steps = bring_up.add_subparsers(
        dest="bring_up_step", metavar="STEP", parser_class=PlainParser
    )
    bring_add = bring_steps.add_parser("add", help="add one at the end of the list")
    bring_add.add_argument(
        "text", nargs="?", metavar="TEXT|-", help="its words (left out or -: asked for, or stdin)"
    )
    bring_steps.add_parser("list", help="what's still to bring up, then what was brought up")
    bring_done = bring_steps.add_parser("done", help="mark one as brought up")
    bring_done.add_argument("item", type=_item_id, metavar="ID", help="its number, as list shows")
    _day_option(bring_done)

    session = sub.add_parser(
        "session", help="showing up: record a session, or list them", description=SESSION_HELP
    )
    session_steps = session.add_subparsers(
        dest="session_step", metavar="STEP", parser_class=PlainParser
    )
    record = session_steps.add_parser("record", help="record a session (being there logs a win)")
    record.add_argument("kind", choices=list(KIND_NAMES), metavar="KIND", help=KIND_HELP)
    record.add_argument(
        "--how",
        choices=list(ATTENDANCE_NAMES),
        default="was-there",
        help=f"how it went: {', '.join(ATTENDANCE_NAMES)} (default: was-there)",
    )
    _day_option(record)
    record.add_argument("--at", metavar="HH:MM", help="the time, if you like")
    record.add_argument("--note", nargs="?", default="", help="a note (with no words: asked)")
    sessions = session_steps.add_parser("list", help="the sessions recorded, newest first")
    sessions.add_argument("--from", dest="since", metavar="DAY")
    sessions.add_argument("--to", dest="until", metavar="DAY")

    plan = sub.add_parser("plan", help="your week: the sessions you usually have")
    plan_steps = plan.add_subparsers(dest="plan_step", metavar="STEP", parser_class=PlainParser)
    plan_steps.add_parser("list", help="your week's plan, Monday first")
    plan_add = plan_steps.add_parser("add", help="add a session you usually have each week")
    plan_add.add_argument("weekday", metavar="WEEKDAY", help="monday to sunday (or mon to sun)")
    plan_add.add_argument("kind", choices=list(KIND_NAMES), metavar="KIND", help=KIND_HELP)
    plan_add.add_argument("--at", metavar="HH:MM", help="the time, if it has a set one")
    plan_add.add_argument("--label", default="", help='a name for it, like "Tuesday group"')

    sub.add_parser("phrases", help="phrases for coming back")

    listing = sub.add_parser("list", help="show entries, newest first")
    listing.add_argument("--limit", "-n", type=_limit, default=20)
    listing.add_argument("--kind", choices=["win", "hard-moment"])
    listing.add_argument("--category", "-c")
    listing.add_argument("--tag", "-t")
    listing.add_argument("--from", dest="since")
    listing.add_argument("--to", dest="until")
    _json_option(listing)

    search = sub.add_parser(
        "search", help="find entries and notebook items by words", description=SEARCH_HELP
    )
    search.add_argument("query")
    search.add_argument("--limit", "-n", type=_limit, default=20)
    search.add_argument("--newest", action="store_true", help="newest first instead of best match")
    _json_option(search)

    _json_option(sub.add_parser("stats", help="what you've done so far"))
    sub.add_parser("passwd", help="change the passphrase")
    sub.add_parser("recover", help="open with the recovery code and choose a new passphrase")
    sub.add_parser("remember-device", help="let this computer's keychain open the journal")
    sub.add_parser("forget-device", help="stop this computer from opening the journal by itself")
    sub.add_parser(
        "check",
        help="check the journal file for damage, and the progress totals against it",
        description=CHECK_HELP,
    )

    export = sub.add_parser("export", help="export entries (private ones never leave)")
    export.add_argument("--format", choices=["json", "csv", "summary"], required=True)
    export.add_argument(
        "--out", "-o", help="file to write (default or -: print; summary: a PDF file)"
    )
    export.add_argument(
        "--from", dest="since", metavar="DAY", help="summary: first day (default: 4 weeks ago)"
    )
    export.add_argument(
        "--to", dest="until", metavar="DAY", help="summary: last day (default: today)"
    )
    export.add_argument("--name", default="", help="summary: your name or initials, on page 1")
    export.add_argument(
        "--message",
        nargs="?",
        default="",
        help="summary: a few words for your therapist (with no words: asked for)",
    )
    export.add_argument(
        "--since-last-session",
        metavar="DAY",
        help="summary: the day of your last session, to say what happened since",
    )
    export.add_argument(
        "--detail",
        choices=SUMMARY_DETAILS,
        help="summary: after page 1, week by week (condensed, the default), every entry (full), "
        "or nothing (none)",
    )
    export.add_argument("--no-entries", action="store_true", help=argparse.SUPPRESS)
    export.add_argument("--hard-moments", action="store_true", help="summary: include hard moments")
    export.add_argument(
        "--notes",
        nargs="?",
        const="",
        metavar="SECTIONS",
        help="summary: what I know now, every part with words in it, or only the parts named "
        f"({', '.join(NOTE_NAMES.values())}), as in --notes "
        f"{NOTE_NAMES[NoteSection.WORKS]},{NOTE_NAMES[NoteSection.LIMITS]}",
    )
    export.add_argument(
        "--bring-up",
        action="store_true",
        help="summary: things I want to bring up (the open ones first)",
    )
    export.add_argument("--sessions", action="store_true", help="summary: sessions I showed up to")

    importing = sub.add_parser("import", help="add the entries of a JSON export (never twice)")
    importing.add_argument(
        "file",
        metavar="FILE",
        help="a file made by export --format json (with --from: the other app's file, or the "
        "folder of Markdown daily notes)",
    )
    importing.add_argument(
        "--from",
        dest="from_app",
        choices=OTHER_APPS,
        help="a journal from another app: Daylio's CSV, Day One's JSON zip, jrnl's JSON, "
        "or a folder of Markdown daily notes named like 2026-03-14.md",
    )

    backing = sub.add_parser("backup", help="make an encrypted backup of the journal")
    backing.add_argument(
        "--to", metavar="FILE", help="file or folder to write it to (default: the backups folder)"
    )
    _json_option(sub.add_parser("backups", help="list the backups in the backups folder"))
    restore = sub.add_parser("restore", help="replace the journal with a backup (can be undone)")
    restore.add_argument("source", metavar="FILE|ID", help="a backup file, or an ID from backups")
    sub.add_parser("rotate-key", help="a new key, passphrase and recovery code for the journal")

    sync = sub.add_parser(
        "sync", help="keep the journal in step with your other computers", description=SYNC_HELP
    )
    steps = sync.add_subparsers(dest="sync_step", metavar="STEP", parser_class=PlainParser)
    steps.add_parser("status", help="the folder, the other computers, and what waits")
    start = steps.add_parser("start", help="write the journal into a folder and keep it in step")
    start.add_argument("folder", metavar="FOLDER", help="an empty folder, or one with this journal")
    steps.add_parser("stop", help="stop keeping in step here (the folder is left as it is)")
    forget = steps.add_parser("forget", help="stop reading the changes of a computer that's gone")
    forget.add_argument(
        "computer",
        metavar="COMPUTER",
        help=f"its id as sync status shows it (the first {MIN_COMPUTER_PREFIX} characters or more)",
    )
    steps.add_parser("new-key", help="take up the key the journal was given on another computer")
    from_folder = sub.add_parser(
        "open-from-folder",
        help="open a journal kept in step on another computer",
        description=OPEN_FROM_FOLDER_HELP,
    )
    from_folder.add_argument(
        "folder", metavar="FOLDER", help="the folder the other computer keeps it in step through"
    )
    return parser


def _day_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--day",
        "--date",
        "-d",
        dest="day",
        metavar="DAY",
        help="YYYY-MM-DD, today or yesterday (default: today)",
    )
