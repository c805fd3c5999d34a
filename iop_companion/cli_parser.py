"""The command line's parser: its commands, options and help, and ``--version``.

Light on purpose: it imports no database, keychain, chart or Qt code, so ``--version``,
``--help`` and a mistyped command answer at once. ``cli.py`` runs what is parsed here and
loads what each command needs.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

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
from iop_companion.i18n import QT_TRANSLATE_NOOP, say_number, translate


class Help(str):
    """A help text as the source says it (marked for the catalogue with ``QT_TRANSLATE_NOOP``
    where it is written), said in the reader's language only when help is shown, with its
    ``values`` filled in then: parsing a command loads no language, and so no Qt.

    A value that is itself a ``Help`` is said in the reader's language too. ``context`` is
    where the source was marked: this module's, or a constant's own module."""

    values: dict[str, object]
    context: str

    def __new__(cls, text: str, /, *, context: str = "cli_parser", **values: object) -> Help:
        said = super().__new__(cls, text)
        said.values = values
        said.context = context
        return said

    def say(self) -> str:
        text = translate(self.context, str(self))
        if not self.values:
            return text
        return text.format(**{name: _value(value) for name, value in self.values.items()})


def _value(value: object) -> object:
    """A help text's value as said: a ``Help`` in the reader's language, a tuple of them as a
    list ("calm, tired, lonely"), anything else as it is."""
    if isinstance(value, Help):
        return value.say()
    if isinstance(value, tuple):
        return ", ".join(str(_value(item)) for item in value)
    return value


def _words_of(context: str, words: Iterable[str]) -> tuple[Help, ...]:
    """Suggested words kept (and marked) in another module, each said in the reader's language."""
    return tuple(Help(word, context=context) for word in words)


def said(text: str) -> str:
    """A help text in the reader's language: a ``Help``, or a plain one marked in this module."""
    return text.say() if isinstance(text, Help) else translate("cli_parser", text)


OTHER_APPS = ("daylio", "dayone", "jrnl", "markdown")  # export/other_apps.py's APPS

SEARCH_HELP = QT_TRANSLATE_NOOP(
    "cli_parser",
    "Find entries by words, then what your notebook holds (What I know now, things to bring "
    "up, session notes, phrases, check-ins and the plan for hard times), as the app's search "
    "does. A word's start is enough: hon finds honest.",
)
SEEN_BY_OTHERS = Help(
    QT_TRANSLATE_NOOP(
        "cli_parser",
        "Words typed on the command line can be seen by other users of this computer while the "
        "command runs, in the list of running programs.",
    )
)
LOG_DESCRIPTION = Help(
    QT_TRANSLATE_NOOP(
        "cli_parser",
        "Log a win. {seen_by_others} To keep them out of it, leave the text out: it is asked "
        "for at a prompt, or read from standard input, as in 'iop-companion log < win.txt'. The "
        "same goes for --note given with no words after it. 'iop-companion log -' reads many "
        "wins, one a line, from standard input (blank lines are skipped) and saves them all at "
        "once, each with the options given; if one line can't be saved, none is.",
    ),
    seen_by_others=SEEN_BY_OTHERS,
)
HARD_MOMENT_DESCRIPTION = Help(
    QT_TRANSLATE_NOOP(
        "cli_parser",
        "Note a hard moment; it takes nothing away. {seen_by_others} To keep them out of it, "
        "give --text or --note with no words after it: they are asked for at a prompt, or read "
        "from standard input. 'iop-companion hard-moment -' reads many, one a line (what "
        "happened), from standard input (blank lines are skipped) and notes them all at once, "
        "each with the options given; if one line can't be saved, none is.",
    ),
    seen_by_others=SEEN_BY_OTHERS,
)

EXAMPLE_ANSWERS = "5,6,4,,3,6,5,4,3,2"
CHECK_IN_HELP = Help(
    QT_TRANSLATE_NOOP(
        "cli_parser",
        "{title}, the {instrument}. {intro} Each statement is answered from 1 ({lowest}) to 6 "
        "({highest}). Each check-in is kept as it was, beside the others. With no --answers, "
        "the statements are asked one at a time at a terminal (Enter skips one), or read from "
        "standard input, one line each (an empty line skips one). Source: {source}. {licence}",
    ),
    title=Help(CHECK_IN_TITLE, context="vocabulary"),
    intro=Help(CHECK_IN_INTRO, context="vocabulary"),
    # words: not for translation (the validated instrument's name, answers and source)
    instrument=barc10.NAME,
    lowest=barc10.ANSWER_LABELS[0],
    highest=barc10.ANSWER_LABELS[-1],
    source=barc10.SHORT_SOURCE,
    licence=Help(barc10.LICENCE, context="barc10"),
)
HOW_I_AM_HELP = Help(
    QT_TRANSLATE_NOOP(
        "cli_parser",
        "Note how you are, in words: any words that fit (--word, again for each), the HALT "
        "quick check (--halt hungry,tired) and one line (--line). Any one is enough. At a "
        "terminal, with none of them given, each is asked for. {seen_by_others} To keep the "
        "line out of it, give --line with no words after it. --list shows each one noted, "
        "newest first.",
    ),
    seen_by_others=SEEN_BY_OTHERS,
)

# What I know now's parts as --notes names them: the section's own name, with a hyphen.
NOTE_NAMES = {section: section.value.replace("_", "-") for section in NoteSection}
PART_NAMES = ", ".join(NOTE_NAMES.values())
PARTS_HELP = Help(QT_TRANSLATE_NOOP("cli_parser", "one of {parts}"), parts=PART_NAMES)
NOTES_HELP = Help(
    QT_TRANSLATE_NOOP(
        "cli_parser",
        "What I know now: what works, what doesn't work, my limits, my triggers and the "
        "support I need, in your words. Each save keeps a new version; the ones before stay in "
        "its history, as in the app. The parts are named {parts}. With no step, 'notes' shows "
        "every part with words in it. {seen_by_others} To keep them out of it, leave TEXT out "
        "or give -: the words are asked for, or read from standard input.",
    ),
    parts=PART_NAMES,
    seen_by_others=SEEN_BY_OTHERS,
)
BRING_UP_HELP = QT_TRANSLATE_NOOP(
    "cli_parser",
    "Things you want to bring up to your therapist or your group. 'bring-up list' numbers "
    "them; 'bring-up done ID' marks one as brought up, today or on --day. With no step, it "
    "lists them.",
)
KIND_NAMES = {kind.value.replace("_", "-"): kind for kind in SessionKind}
KIND_HELP = Help(QT_TRANSLATE_NOOP("cli_parser", "one of {kinds}"), kinds=", ".join(KIND_NAMES))
ATTENDANCE_NAMES = {
    "was-there": Attendance.ATTENDED,
    "late": Attendance.LATE,
    "left-early": Attendance.LEFT_EARLY,
    "didnt-make-it": Attendance.MISSED,
}
SESSION_HELP = QT_TRANSLATE_NOOP(
    "cli_parser",
    "Showing up: record a session you were at, late or leaving early too (each logs a win in "
    "Showing up), or one you didn't make (it takes nothing away). 'session list' shows them, "
    "newest first. With no step, it lists them.",
)

# export.summary's ``Detail`` values (it loads when a summary is made, not at start-up).
SUMMARY_DETAILS = ("condensed", "full", "none")

# Keeping in step with other computers, through a folder the person keeps in step already.
SYNC_HELP = QT_TRANSLATE_NOOP(
    "cli_parser",
    "Keep the journal in step with your other computers, through a folder you already keep in "
    "step between them (Syncthing, Dropbox, OneDrive, Nextcloud, or a USB stick you carry). "
    "With no step named, it sends what changed here and takes in what changed there, once. "
    "'sync start FOLDER' writes the journal into the folder, encrypted; on the other computer, "
    "'open-from-folder FOLDER' opens it from there.",
)
OPEN_FROM_FOLDER_HELP = QT_TRANSLATE_NOOP(
    "cli_parser",
    "Open a journal kept in step on another computer: it is built on this computer from the "
    "folder, with the passphrase or the recovery code. With the recovery code, you choose a new "
    "passphrase too: it becomes the journal's passphrase on every computer.",
)

# The exit codes, as the README and cli.py's docstring give them (in more words there).
EXIT_CODES = QT_TRANSLATE_NOOP(
    "cli_parser",
    "Exit codes: 0 done; 1 something else went wrong (the message says what); 2 the input "
    "needs a change; 3 the journal didn't open (passphrase, recovery code or device key), or "
    "its key was changed on another computer; 4 no journal in the folder, or one already "
    "there; 5 the journal or its key file is damaged or from a newer version, or 'check' found "
    "the progress totals wrong and counted them again; 6 the disk or folder can't be used; 130 "
    "stopped with Ctrl+C.",
)
CHECK_HELP = QT_TRANSLATE_NOOP(
    "cli_parser",
    "Check the journal file for damage, and the totals on the progress page against your "
    "entries, and say what was found in one sentence. Exit codes: 0 the file is whole; 5 it has "
    "damage (restore a backup to keep going), or the progress totals didn't match your entries "
    "and were counted again from them: your entries are as they were, and a second check says "
    "the file is whole.",
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
        raise argparse.ArgumentTypeError(
            translate("cli_parser", "write the number the list shows, as in 3")
        )
    return number


def _limit(text: str) -> int:
    """How many entries to show: a whole number SQLite can bind, refused in plain words."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            translate("cli_parser", "write a number from 1 to {most}").format(
                most=say_number(MAX_LIMIT)
            )
        )
    return number


# Characters a terminal takes as commands, not text: C0 and C1 controls and DEL (a lone carriage
# return too, which can write over a line); the bidi marks (LRM, RLM, ALM), embeddings, overrides
# and isolates that can show words in another order than they are stored; the invisible ones
# that can hide or split words (zero-width space, non-joiner and joiner, word joiner, byte-order
# mark) and the line and paragraph separators; and lone surrogates (a file name that isn't
# UTF-8), which can't be printed at all. Newlines, tabs and a CRLF line end stay as they are.
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


class SaidHelp(argparse.HelpFormatter):
    """Help in the reader's language, said as it is shown (``said``), so that only ``--help``
    loads the language. argparse's own headings are marked here (``PlainParser``)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        # argparse fills in %(default)s and the like after this: a translation's own % stays.
        return said(action.help or "").replace("%", "%%")

    def _format_text(self, text: str) -> str:
        return super()._format_text(said(text))

    def start_section(self, heading: str | None) -> None:
        super().start_section(said(heading) if heading else heading)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("cli_parser", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class PlainParser(argparse.ArgumentParser):
    """Mistakes on the command line get one plain sentence, not "usage: ... error: ...", and
    help is said in the reader's language (``SaidHelp``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", SaidHelp)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # argparse's own, untranslated: ours is added below
        super().__init__(*args, **kwargs)
        self._positionals.title = QT_TRANSLATE_NOOP("cli_parser", "positional arguments")
        self._optionals.title = QT_TRANSLATE_NOOP("cli_parser", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=QT_TRANSLATE_NOOP("cli_parser", "show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        mistake = terminal_text(message[:1].upper() + message[1:].rstrip("."))
        self.exit(
            2,
            translate(
                "cli_parser", "{mistake}. Run 'iop-companion --help' to see what it can do."
            ).format(mistake=mistake)
            + "\n",
        )


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
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli_parser", "one JSON document, for scripts (docs/cli-json.md)"),
    )


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser. Its help is translated only when it is printed, in the
    terminal's language (``terminal_language.py``): ``--version`` says nothing that needs it."""
    parser = PlainParser(
        prog="iop-companion",
        description=QT_TRANSLATE_NOOP(
            "cli_parser", "A private journal of small wins. With no command, the desktop app opens."
        ),
        epilog=EXIT_CODES,
    )
    parser.add_argument(
        "--version",
        action=_ShowVersion,
        help=QT_TRANSLATE_NOOP("cli_parser", "show the version and file formats"),
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli_parser", "check this installation in a temporary folder"),
    )
    parser.add_argument(
        "--data-dir",
        help=QT_TRANSLATE_NOOP("cli_parser", "folder that holds the journal (default: app data)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=PlainParser)

    sub.add_parser("init", help=QT_TRANSLATE_NOOP("cli_parser", "make a new journal"))

    log = sub.add_parser(
        "log", help=QT_TRANSLATE_NOOP("cli_parser", "log a win"), description=LOG_DESCRIPTION
    )
    log.add_argument(
        "text",
        nargs="?",
        help=QT_TRANSLATE_NOOP(
            "cli_parser",
            "the win in a few words (left out: asked for, or read from stdin; -: many wins, "
            "one a line, from stdin)",
        ),
    )
    log.add_argument("--category", "-c")
    log.add_argument(
        "--date",
        "-d",
        help=QT_TRANSLATE_NOOP("cli_parser", "YYYY-MM-DD, today or yesterday (default: today)"),
    )
    log.add_argument(
        "--note",
        nargs="?",
        default="",
        help=QT_TRANSLATE_NOOP("cli_parser", "a note (with no words: asked for)"),
    )
    log.add_argument("--tag", "-t", action="append", default=[])
    log.add_argument("--after-hard-moment", action="store_true")
    log.add_argument(
        "--private",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli_parser", "never include it in any export"),
    )

    hard = sub.add_parser(
        "hard-moment",
        help=QT_TRANSLATE_NOOP("cli_parser", "note a hard moment (it takes nothing away)"),
        description=HARD_MOMENT_DESCRIPTION,
    )
    hard.add_argument(
        "lines",
        nargs="?",
        metavar="-",
        help=QT_TRANSLATE_NOOP(
            "cli_parser",
            "many hard moments from stdin, one a line (what happened), all noted at once",
        ),
    )
    hard.add_argument(
        "--word",
        default="hard moment",
        help=Help(
            QT_TRANSLATE_NOOP("cli_parser", "your word for it, e.g. {words}"),
            words=_words_of("vocabulary", MOMENT_WORDS),
        ),
    )
    hard.add_argument(
        "--text",
        nargs="?",
        default="",
        help=QT_TRANSLATE_NOOP("cli_parser", "what happened, if you want to say (no words: asked)"),
    )
    hard.add_argument(
        "--note",
        nargs="?",
        default="",
        help=QT_TRANSLATE_NOOP("cli_parser", "what helped (no words: asked for)"),
    )
    hard.add_argument("--date", "-d")
    hard.add_argument("--tag", "-t", action="append", default=[])
    hard.add_argument("--private", action="store_true")

    check_in = sub.add_parser(
        "check-in",
        help=QT_TRANSLATE_NOOP("cli_parser", "what I have going for me: ten statements"),
        description=CHECK_IN_HELP,
    )
    check_in.add_argument(
        "--answers",
        metavar="ANSWERS",
        help=Help(
            QT_TRANSLATE_NOOP(
                "cli_parser",
                "the ten answers, 1 to 6, separated by commas; an empty one skips a statement, "
                "as in {example} (left out: asked, one statement at a time)",
            ),
            example=EXAMPLE_ANSWERS,
        ),
    )
    _day_option(check_in)
    check_in.add_argument(
        "--note",
        nargs="?",
        default="",
        help=QT_TRANSLATE_NOOP("cli_parser", "a note (with no words: asked)"),
    )

    check_ins = sub.add_parser(
        "check-ins", help=QT_TRANSLATE_NOOP("cli_parser", "every check-in, newest first")
    )
    check_ins.add_argument(
        "--answers",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli_parser", "show each statement and its answer"),
    )
    check_ins.add_argument("--from", dest="since", metavar="DAY")
    check_ins.add_argument("--to", dest="until", metavar="DAY")

    how = sub.add_parser(
        "how-i-am",
        help=QT_TRANSLATE_NOOP("cli_parser", "note how you are, in words (or --list them)"),
        description=HOW_I_AM_HELP,
    )
    how.add_argument(
        "--word",
        "-w",
        action="append",
        default=[],
        help=Help(
            QT_TRANSLATE_NOOP(
                "cli_parser", "a word that fits, e.g. {words}, or your own (again for more)"
            ),
            words=_words_of("vocabulary", FEELING_WORDS),
        ),
    )
    how.add_argument(
        "--halt",
        action="append",
        default=[],
        metavar="WORDS",
        help=Help(
            QT_TRANSLATE_NOOP("cli_parser", "the quick check: any of {names}, separated by commas"),
            names=",".join(Halt),
        ),
    )
    how.add_argument(
        "--line",
        nargs="?",
        default="",
        help=QT_TRANSLATE_NOOP("cli_parser", "one line, to say more (with no words: asked)"),
    )
    _day_option(how)
    how.add_argument(
        "--list",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli_parser", "show each one noted, newest first"),
    )
    how.add_argument(
        "--from",
        dest="since",
        metavar="DAY",
        help=QT_TRANSLATE_NOOP("cli_parser", "with --list: the first day"),
    )
    how.add_argument(
        "--to",
        dest="until",
        metavar="DAY",
        help=QT_TRANSLATE_NOOP("cli_parser", "with --list: the last day"),
    )

    notes = sub.add_parser(
        "notes",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "what I know now: show it, or save a new version of a part"
        ),
        description=NOTES_HELP,
    )
    note_steps = notes.add_subparsers(dest="notes_step", metavar="STEP", parser_class=PlainParser)
    show = note_steps.add_parser(
        "show",
        help=QT_TRANSLATE_NOOP("cli_parser", "every part with words in it, or the one named"),
    )
    show.add_argument("section", nargs="?", metavar="PART", help=PARTS_HELP)
    save = note_steps.add_parser(
        "save",
        help=QT_TRANSLATE_NOOP("cli_parser", "a new version of a part (the one before is kept)"),
    )
    save.add_argument("section", metavar="PART", help=PARTS_HELP)
    save.add_argument(
        "text",
        nargs="?",
        metavar="TEXT|-",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "its words (left out or -: asked for, or read from stdin whole)"
        ),
    )

    bring_up = sub.add_parser(
        "bring-up",
        help=QT_TRANSLATE_NOOP("cli_parser", "things I want to bring up to my therapist or group"),
        description=BRING_UP_HELP,
    )
    bring_steps = bring_up.add_subparsers(
        dest="bring_up_step", metavar="STEP", parser_class=PlainParser
    )
    bring_add = bring_steps.add_parser(
        "add", help=QT_TRANSLATE_NOOP("cli_parser", "add one at the end of the list")
    )
    bring_add.add_argument(
        "text",
        nargs="?",
        metavar="TEXT|-",
        help=QT_TRANSLATE_NOOP("cli_parser", "its words (left out or -: asked for, or stdin)"),
    )
    bring_steps.add_parser(
        "list",
        help=QT_TRANSLATE_NOOP("cli_parser", "what's still to bring up, then what was brought up"),
    )
    bring_done = bring_steps.add_parser(
        "done", help=QT_TRANSLATE_NOOP("cli_parser", "mark one as brought up")
    )
    bring_done.add_argument(
        "item",
        type=_item_id,
        metavar="ID",
        help=QT_TRANSLATE_NOOP("cli_parser", "its number, as list shows"),
    )
    _day_option(bring_done)

    session = sub.add_parser(
        "session",
        help=QT_TRANSLATE_NOOP("cli_parser", "showing up: record a session, or list them"),
        description=SESSION_HELP,
    )
    session_steps = session.add_subparsers(
        dest="session_step", metavar="STEP", parser_class=PlainParser
    )
    record = session_steps.add_parser(
        "record", help=QT_TRANSLATE_NOOP("cli_parser", "record a session (being there logs a win)")
    )
    record.add_argument("kind", choices=list(KIND_NAMES), metavar="KIND", help=KIND_HELP)
    record.add_argument(
        "--how",
        choices=list(ATTENDANCE_NAMES),
        default="was-there",
        help=Help(
            QT_TRANSLATE_NOOP("cli_parser", "how it went: {names} (default: was-there)"),
            names=", ".join(ATTENDANCE_NAMES),
        ),
    )
    _day_option(record)
    record.add_argument(
        "--at", metavar="HH:MM", help=QT_TRANSLATE_NOOP("cli_parser", "the time, if you like")
    )
    record.add_argument(
        "--note",
        nargs="?",
        default="",
        help=QT_TRANSLATE_NOOP("cli_parser", "a note (with no words: asked)"),
    )
    sessions = session_steps.add_parser(
        "list", help=QT_TRANSLATE_NOOP("cli_parser", "the sessions recorded, newest first")
    )
    sessions.add_argument("--from", dest="since", metavar="DAY")
    sessions.add_argument("--to", dest="until", metavar="DAY")

    plan = sub.add_parser(
        "plan", help=QT_TRANSLATE_NOOP("cli_parser", "your week: the sessions you usually have")
    )
    plan_steps = plan.add_subparsers(dest="plan_step", metavar="STEP", parser_class=PlainParser)
    plan_steps.add_parser(
        "list", help=QT_TRANSLATE_NOOP("cli_parser", "your week's plan, Monday first")
    )
    plan_add = plan_steps.add_parser(
        "add", help=QT_TRANSLATE_NOOP("cli_parser", "add a session you usually have each week")
    )
    plan_add.add_argument(
        "weekday",
        metavar="WEEKDAY",
        help=QT_TRANSLATE_NOOP("cli_parser", "monday to sunday (or mon to sun)"),
    )
    plan_add.add_argument("kind", choices=list(KIND_NAMES), metavar="KIND", help=KIND_HELP)
    plan_add.add_argument(
        "--at",
        metavar="HH:MM",
        help=QT_TRANSLATE_NOOP("cli_parser", "the time, if it has a set one"),
    )
    plan_add.add_argument(
        "--label",
        default="",
        help=QT_TRANSLATE_NOOP("cli_parser", 'a name for it, like "Tuesday group"'),
    )

    sub.add_parser("phrases", help=QT_TRANSLATE_NOOP("cli_parser", "phrases for coming back"))

    listing = sub.add_parser(
        "list", help=QT_TRANSLATE_NOOP("cli_parser", "show entries, newest first")
    )
    listing.add_argument("--limit", "-n", type=_limit, default=20)
    listing.add_argument("--kind", choices=["win", "hard-moment"])
    listing.add_argument("--category", "-c")
    listing.add_argument("--tag", "-t")
    listing.add_argument("--from", dest="since")
    listing.add_argument("--to", dest="until")
    _json_option(listing)

    search = sub.add_parser(
        "search",
        help=QT_TRANSLATE_NOOP("cli_parser", "find entries and notebook items by words"),
        description=SEARCH_HELP,
    )
    search.add_argument("query")
    search.add_argument("--limit", "-n", type=_limit, default=20)
    search.add_argument(
        "--newest",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli_parser", "newest first instead of best match"),
    )
    _json_option(search)

    _json_option(
        sub.add_parser("stats", help=QT_TRANSLATE_NOOP("cli_parser", "what you've done so far"))
    )
    sub.add_parser("passwd", help=QT_TRANSLATE_NOOP("cli_parser", "change the passphrase"))
    sub.add_parser(
        "recover",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "open with the recovery code and choose a new passphrase"
        ),
    )
    sub.add_parser(
        "remember-device",
        help=QT_TRANSLATE_NOOP("cli_parser", "let this computer's keychain open the journal"),
    )
    sub.add_parser(
        "forget-device",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "stop this computer from opening the journal by itself"
        ),
    )
    sub.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "check the journal file for damage, and the progress totals against it"
        ),
        description=CHECK_HELP,
    )

    export = sub.add_parser(
        "export", help=QT_TRANSLATE_NOOP("cli_parser", "export entries (private ones never leave)")
    )
    export.add_argument("--format", choices=["json", "csv", "summary"], required=True)
    export.add_argument(
        "--out",
        "-o",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "file to write (default or -: print; summary: a PDF file)"
        ),
    )
    export.add_argument(
        "--from",
        dest="since",
        metavar="DAY",
        help=QT_TRANSLATE_NOOP("cli_parser", "summary: first day (default: 4 weeks ago)"),
    )
    export.add_argument(
        "--to",
        dest="until",
        metavar="DAY",
        help=QT_TRANSLATE_NOOP("cli_parser", "summary: last day (default: today)"),
    )
    export.add_argument(
        "--name",
        default="",
        help=QT_TRANSLATE_NOOP("cli_parser", "summary: your name or initials, on page 1"),
    )
    export.add_argument(
        "--message",
        nargs="?",
        default="",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "summary: a few words for your therapist (with no words: asked for)"
        ),
    )
    export.add_argument(
        "--since-last-session",
        metavar="DAY",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "summary: the day of your last session, to say what happened since"
        ),
    )
    export.add_argument(
        "--detail",
        choices=SUMMARY_DETAILS,
        help=QT_TRANSLATE_NOOP(
            "cli_parser",
            "summary: after page 1, week by week (condensed, the default), every entry (full), "
            "or nothing (none)",
        ),
    )
    export.add_argument("--no-entries", action="store_true", help=argparse.SUPPRESS)
    export.add_argument(
        "--hard-moments",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli_parser", "summary: include hard moments"),
    )
    export.add_argument(
        "--notes",
        nargs="?",
        const="",
        metavar="SECTIONS",
        help=Help(
            QT_TRANSLATE_NOOP(
                "cli_parser",
                "summary: what I know now, every part with words in it, or only the parts named "
                "({parts}), as in --notes {example}",
            ),
            parts=PART_NAMES,
            example=f"{NOTE_NAMES[NoteSection.WORKS]},{NOTE_NAMES[NoteSection.LIMITS]}",
        ),
    )
    export.add_argument(
        "--bring-up",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "summary: things I want to bring up (the open ones first)"
        ),
    )
    export.add_argument(
        "--sessions",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli_parser", "summary: sessions I showed up to"),
    )
    export.add_argument(
        "--language",
        metavar="LANGUAGE",
        help=QT_TRANSLATE_NOOP(
            "cli_parser",
            "summary: its language, e.g. en or es (default: the terminal's); your own words "
            "stay as you wrote them",
        ),
    )

    importing = sub.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP("cli_parser", "add the entries of a JSON export (never twice)"),
    )
    importing.add_argument(
        "file",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "cli_parser",
            "a file made by export --format json (with --from: the other app's file, or the "
            "folder of Markdown daily notes)",
        ),
    )
    importing.add_argument(
        "--from",
        dest="from_app",
        choices=OTHER_APPS,
        help=QT_TRANSLATE_NOOP(
            "cli_parser",
            "a journal from another app: Daylio's CSV, Day One's JSON zip, jrnl's JSON, "
            "or a folder of Markdown daily notes named like 2026-03-14.md",
        ),
    )

    backing = sub.add_parser(
        "backup", help=QT_TRANSLATE_NOOP("cli_parser", "make an encrypted backup of the journal")
    )
    backing.add_argument(
        "--to",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "file or folder to write it to (default: the backups folder)"
        ),
    )
    _json_option(
        sub.add_parser(
            "backups",
            help=QT_TRANSLATE_NOOP("cli_parser", "list the backups in the backups folder"),
        )
    )
    restore = sub.add_parser(
        "restore",
        help=QT_TRANSLATE_NOOP("cli_parser", "replace the journal with a backup (can be undone)"),
    )
    restore.add_argument(
        "source",
        metavar="FILE|ID",
        help=QT_TRANSLATE_NOOP("cli_parser", "a backup file, or an ID from backups"),
    )
    sub.add_parser(
        "rotate-key",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "a new key, passphrase and recovery code for the journal"
        ),
    )

    sync = sub.add_parser(
        "sync",
        help=QT_TRANSLATE_NOOP("cli_parser", "keep the journal in step with your other computers"),
        description=SYNC_HELP,
    )
    steps = sync.add_subparsers(dest="sync_step", metavar="STEP", parser_class=PlainParser)
    steps.add_parser(
        "status",
        help=QT_TRANSLATE_NOOP("cli_parser", "the folder, the other computers, and what waits"),
    )
    start = steps.add_parser(
        "start",
        help=QT_TRANSLATE_NOOP("cli_parser", "write the journal into a folder and keep it in step"),
    )
    start.add_argument(
        "folder",
        metavar="FOLDER",
        help=QT_TRANSLATE_NOOP("cli_parser", "an empty folder, or one with this journal"),
    )
    steps.add_parser(
        "stop",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "stop keeping in step here (the folder is left as it is)"
        ),
    )
    forget = steps.add_parser(
        "forget",
        help=QT_TRANSLATE_NOOP("cli_parser", "stop reading the changes of a computer that's gone"),
    )
    forget.add_argument(
        "computer",
        metavar="COMPUTER",
        help=Help(
            QT_TRANSLATE_NOOP(
                "cli_parser",
                "its id as sync status shows it (the first {count} characters or more)",
            ),
            count=MIN_COMPUTER_PREFIX,
        ),
    )
    steps.add_parser(
        "new-key",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "take up the key the journal was given on another computer"
        ),
    )
    from_folder = sub.add_parser(
        "open-from-folder",
        help=QT_TRANSLATE_NOOP("cli_parser", "open a journal kept in step on another computer"),
        description=OPEN_FROM_FOLDER_HELP,
    )
    from_folder.add_argument(
        "folder",
        metavar="FOLDER",
        help=QT_TRANSLATE_NOOP(
            "cli_parser", "the folder the other computer keeps it in step through"
        ),
    )
    return parser


def _day_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--day",
        "--date",
        "-d",
        dest="day",
        metavar="DAY",
        help=QT_TRANSLATE_NOOP("cli_parser", "YYYY-MM-DD, today or yesterday (default: today)"),
    )
