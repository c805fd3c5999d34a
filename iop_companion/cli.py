"""The journal from a terminal: the same services the desktop app uses.

Exit codes: 0 done; 1 something else went wrong (the message says what), such as another window
changing the same passphrase or recovery code first; 2 the input needs a change (for example a
day written the wrong way, a computer's id that matches none, or the journal not kept in step
yet); 3 the journal didn't open (passphrase, recovery code or device key), or its key was changed
on another computer (``sync new-key``); 4 no journal in the folder, or one already there; 5 the
journal or its key file is damaged or from a newer version, or ``check`` found the progress
totals wrong and counted them again (``TALLIES_RECOUNTED``: a repair, so a second ``check`` gives
0); 6 the disk or folder can't be used; 130 stopped with Ctrl+C. ``--help`` gives them too
(``cli_parser.EXIT_CODES``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import getpass
import io
import itertools
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from iop_companion import i18n
from iop_companion.cli_parser import (
    _NOT_TEXT,
    ATTENDANCE_NAMES,
    EXAMPLE_ANSWERS,
    KIND_NAMES,
    MIN_COMPUTER_PREFIX,
    NOTE_NAMES,
    PART_NAMES,
    build_parser,
    terminal_text,
)
from iop_companion.core import barc10
from iop_companion.core.checks import MAX_TEXT_CHARS, check_day, clean_text
from iop_companion.core.coping_model import (
    CHECK_IN_INTRO,
    CHECK_IN_TITLE,
    FEELING_WORDS,
    HOW_I_AM_TITLE,
    SKIPPED,
    CapitalCheckIn,
    Halt,
    HowIAm,
    halt_words,
    total_words,
)
from iop_companion.core.journal import JournalService
from iop_companion.core.model import Entry, EntryFilter, Kind
from iop_companion.core.notebook import NotebookService
from iop_companion.core.notebook_model import (
    ATTENDANCE_TITLES,
    SECTION_TITLES,
    SESSION_KIND_TITLES,
    WEEKDAY_NAMES,
    NoteSection,
    minute_text,
)
from iop_companion.core.open_journal import BackupPreview, Keychain, OpenJournal, SystemKeychain
from iop_companion.core.words import (
    OTHER_WIN,
    date_words,
    first_sentence,
    progress_sentence,
)
from iop_companion.errors import (
    CODE_NOT_KEPT,
    NEW_CODE_KEPT_HOW,
    OLD_KEY_FILE,
    STALE_JOURNAL,
    CodeNeedsPassphrase,
    ComputerNotFound,
    DeviceKeyUnavailable,
    FolderUnavailable,
    InvalidEntry,
    JournalExists,
    KeyChangedElsewhere,
    KnownError,
    NewPassphraseNeeded,
    NoJournalYet,
    NotInNotebook,
    NotSyncing,
    OutputUnwritable,
    RecoveryCodeNotShown,
)
from iop_companion.export.files import check_open_path, check_save_path
from iop_companion.i18n import (
    QT_TRANSLATE_NOOP,
    Context,
    DayForm,
    say_day,
    say_number,
    say_weekday,
    translate,
)
from iop_companion.paths import AppPaths
from iop_companion.terminal_language import terminal_words

if TYPE_CHECKING:
    from iop_companion.core.sync import PassResult
    from iop_companion.export.summary import Detail

cli = Context("cli")

PASSPHRASE_ENV = "IOP_COMPANION_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)
EXIT_INTERRUPTED = 130
NO_ANSWER = QT_TRANSLATE_NOOP("cli", "No answer came in, so nothing changed.")
# Typed at a terminal that isn't set to UTF-8, or piped in from a file saved in another encoding.
UNREADABLE = QT_TRANSLATE_NOOP(
    "cli",
    "That text isn't readable as UTF-8, so nothing was saved. Type it again, or save the file "
    "as UTF-8.",
)

SCALE = tuple(f"{n} {label}" for n, label in enumerate(barc10.ANSWER_LABELS, start=1))
ANSWER_PROMPT = QT_TRANSLATE_NOOP("cli", "Your answer, 1 to 6 (Enter to skip): ")
NOT_A_STEP = QT_TRANSLATE_NOOP(
    "cli", "Type a number from 1 to 6, or press Enter to skip this statement."
)

SCALE_LINES = tuple(
    "  " + "   ".join(f"{step:<19}" for step in SCALE[row : row + 3]).rstrip() for row in (0, 3)
)
STEPS: dict[str, int] = {
    **{str(n): n for n in range(barc10.LOWEST_ANSWER, barc10.HIGHEST_ANSWER + 1)},
    **{label.casefold(): n for n, label in enumerate(barc10.ANSWER_LABELS, start=1)},
}
TALLIES_RECOUNTED = QT_TRANSLATE_NOOP(
    "cli",
    "The totals on the progress page didn't match your entries, so they were counted again "
    "from them, and your entries are as they were.",
)
NO_CHECK_INS = QT_TRANSLATE_NOOP(
    "cli", "No check-ins yet. The check-in command asks its ten statements when you want."
)
HALT_NAMES = frozenset(h.value for h in Halt)
HALT_WORDS = QT_TRANSLATE_NOOP(
    "cli",
    "The quick check's words are hungry, angry, lonely and tired: give any of them, separated "
    "by commas, as in --halt hungry,tired.",
)
HALT_ASKED = QT_TRANSLATE_NOOP(
    "cli",
    "A quick check: hungry, angry, lonely, tired? Any that fit, with commas (Enter for none): ",
)
HALT_RETYPE = QT_TRANSLATE_NOOP(
    "cli", "Type any of hungry, angry, lonely and tired, separated by commas, or press Enter."
)
LINE_PROMPT = QT_TRANSLATE_NOOP("cli", "One line, if you want to say more (Enter for nothing): ")
NOTHING_TO_NOTE = QT_TRANSLATE_NOOP(
    "cli", "Give a word (--word), the quick check (--halt) or a line (--line). Any one is enough."
)
NO_NOTES = QT_TRANSLATE_NOOP(
    "cli",
    "Nothing written in What I know now yet. 'iop-companion notes save PART' keeps what you "
    "know, in your words, whenever you want.",
)
NO_BRING_UP = QT_TRANSLATE_NOOP(
    "cli",
    "Nothing to bring up yet. If something's on your mind, a few words are enough: "
    "'iop-companion bring-up add'.",
)
NO_SESSIONS = QT_TRANSLATE_NOOP(
    "cli", "No sessions yet. 'iop-companion session record group' keeps one. One session counts."
)
NO_PLAN = QT_TRANSLATE_NOOP(
    "cli",
    "Nothing in your week's plan yet. 'iop-companion plan add tuesday group' adds a session "
    "you usually have.",
)
NO_HOW_I_AM = QT_TRANSLATE_NOOP(
    "cli", "Nothing here yet. The how-i-am command notes how you are, in words, when you want."
)

WEEKDAYS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}
NOT_SYNCING = QT_TRANSLATE_NOOP(
    "cli",
    "This journal isn't kept in step with a folder yet. Choose one with 'iop-companion sync "
    "start FOLDER'.",
)
KEY_CHANGED = QT_TRANSLATE_NOOP(
    "cli",
    "This journal's key was changed on another computer. Run 'iop-companion sync new-key' and "
    "type the passphrase chosen there.",
)
SHORT_ID = 8

Prompt = Callable[[str], str]
MAX_READ = MAX_TEXT_CHARS + 1  # from standard input: enough to say "too long", never more
NOTE = QT_TRANSLATE_NOOP("cli", "A note, if you like (Enter for nothing): ")
BATCH = "-"  # ``log -``, ``hard-moment -``: many, one a line, from standard input
BATCH_NOTE = QT_TRANSLATE_NOOP(
    "cli",
    "The lines come from standard input, so --note needs its words after it here, the same "
    "for every line.",
)


_UNDECODED = re.compile(r"[\udc80-\udcff]")  # what surrogateescape makes of bytes that aren't UTF-8


def json_text(document: object) -> str:
    """``document`` as JSON, readable, with every character a terminal takes as a command
    written as a JSON escape (``\\u001b``): the same document to a program, and words on a
    screen."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return _NOT_TEXT.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def entry_json(entry: Entry) -> dict[str, object]:
    """An entry as ``list --json`` and ``search --json`` give it (docs/cli-json.md)."""
    return {
        "id": entry.id,
        "uid": entry.uid,
        "kind": entry.kind.value,
        "day": entry.day.isoformat(),
        "text": entry.text,
        "note": entry.note,
        "category": entry.category,
        "after_hard_moment": entry.after_hard_moment,
        "moment_word": entry.moment_word,
        "tags": list(entry.tags),
        "private": entry.private,
        "created_at": entry.created_at.isoformat() if entry.created_at else None,
        "updated_at": entry.updated_at.isoformat() if entry.updated_at else None,
    }


def snippet_json(snippet: Sequence[tuple[str, bool]]) -> list[dict[str, object]]:
    return [{"text": text, "match": matched} for text, matched in snippet]


class Cli:
    def __init__(
        self,
        paths: AppPaths,
        *,
        keychain: Keychain | None = None,
        prompt: Prompt = getpass.getpass,
        out: TextIO | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.folder = paths.vault_dir
        self.keychain = keychain or SystemKeychain()
        self.prompt = prompt
        # Looked up now, not at import, so redirection works; None when the shell closed it.
        self.out: TextIO | None = out or sys.stdout
        self.today = today
        self.passphrase_checked = False  # set when the journal was opened with the passphrase

    def say(self, text: str = "") -> None:
        with self._writing() as out:
            print(terminal_text(text), file=out)

    def flush(self) -> None:
        with self._writing() as out:
            out.flush()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[TextIO]:
        """Standard output, for one write. A closed, full or vanished output is one sentence
        (``OutputUnwritable``); a reader that went away (``list | head``) is ``BrokenPipeError``,
        which ``main`` ends quietly. Either way nothing more is written to it."""
        if self.out is None:
            raise OutputUnwritable()
        try:
            yield self.out
        except OSError as exc:
            discard_output(self.out)
            if isinstance(exc, BrokenPipeError):
                raise
            raise OutputUnwritable() from None

    # -- secrets ----------------------------------------------------------------------------

    def _ask(self, label: str, no_answer: KnownError | None = None) -> str:
        """What the person typed at ``label``; at the end of input (nothing can be typed),
        ``no_answer``, by default "No answer came in" (``InvalidEntry``)."""
        try:
            return self.prompt(label)
        except EOFError:
            raise (no_answer or InvalidEntry(translate("cli", NO_ANSWER))) from None

    def _words(self, *fields: tuple[str, str | None]) -> list[str]:
        """Each field's words: as given on the command line, or, for one left out (None) so that
        the words don't show in the list of running programs, typed at a prompt on a terminal or
        read from standard input. ``fields`` are (prompt, value) pairs."""
        stdin = sys.stdin
        asked = [label for label, value in fields if value is None]
        if asked and stdin is None:
            raise InvalidEntry(translate("cli", NO_ANSWER))
        if len(asked) > 1 and not stdin.isatty():
            raise InvalidEntry(
                translate(
                    "cli",
                    "Only one part of the entry can come from standard input. Give the other "
                    "part's words on the command line, or type both at a terminal.",
                )
            )
        words = []
        for label, value in fields:
            if value is None:
                try:
                    value = _typed(stdin, label) if stdin.isatty() else stdin.read(MAX_READ)
                except UnicodeDecodeError:  # a strict decoder
                    raise InvalidEntry(translate("cli", UNREADABLE)) from None
                if _UNDECODED.search(value):  # bytes kept as lone surrogates (C.UTF-8, POSIX)
                    raise InvalidEntry(translate("cli", UNREADABLE))
            words.append(value)
        return words

    def _new_passphrase(
        self, *, from_env_ok: bool = True, no_answer: KnownError | None = None
    ) -> str:
        from_env = os.environ.get(PASSPHRASE_ENV) if from_env_ok else None
        if from_env:
            return from_env
        first = self._ask(translate("cli", "New passphrase: "), no_answer)
        if self._ask(translate("cli", "Type it once more: "), no_answer) != first:
            raise InvalidEntry(
                translate("cli", "The two passphrases weren't the same. Nothing changed.")
            )
        return first

    def _passphrase_change(
        self, opened: OpenJournal, *, no_answer: KnownError | None = None
    ) -> str:
        """The new passphrase for a change of it: first the current one, when the journal was
        opened without it (by this computer's keychain), then the new one typed twice (never
        from the environment, whose passphrase opened the journal). ``no_answer`` as in
        ``_ask``."""
        if not self.passphrase_checked:
            opened.check_current_passphrase(
                self._ask(translate("cli", "Current passphrase: "), no_answer)
            )
        return self._new_passphrase(from_env_ok=False, no_answer=no_answer)

    def open_journal(self, *, mend: bool = True, finish_setup: bool = True) -> OpenJournal:
        """The journal, opened; what opening found is said on stderr (stdout may be an export).

        Opened from the key file's copy, a new passphrase is asked for right away, before the
        command runs (``mend``; ``passwd`` and ``rotate-key`` ask for one of their own). Where
        none can be typed, nothing runs and nothing changes (``NewPassphraseNeeded``).

        A journal whose setup stopped before its recovery code was kept (the desktop's first
        run, left at that step) gets a new code on stderr before the command runs, as the
        desktop gives one at its next unlock (``finish_setup``; ``rotate-key`` makes a new code
        of its own).
        """
        opened = self._unlock()
        try:
            if opened.stale:
                tell(translate("KnownError", STALE_JOURNAL))
            if opened.opened_from_copy:
                tell(translate("KnownError", OLD_KEY_FILE))
                if mend:
                    self._mend_key_file(opened)
            if finish_setup and not opened.own.recovery_code_kept:
                self._new_code_for_setup(opened)
        except BaseException:
            opened.lock()
            raise
        return opened

    def _new_code_for_setup(self, opened: OpenJournal) -> None:
        """A new recovery code, on stderr (never stdout, where an export goes), kept once it is
        written out. If stderr can't be written, nothing changes: the notice goes first, before
        the code is made, and the command doesn't run (``OutputUnwritable``)."""
        if not tell(translate("KnownError", CODE_NOT_KEPT)):
            raise OutputUnwritable()
        code = opened.new_recovery_code().result
        if not tell(translate("KnownError", NEW_CODE_KEPT_HOW), f"    {code}"):
            raise OutputUnwritable()  # still not kept: the next opening makes another
        opened.set_recovery_code_kept(True)

    def _mend_key_file(self, opened: OpenJournal) -> None:
        """Opened from the key file's copy: a new passphrase, before anything else runs. Where
        none can be typed, nothing runs (``NewPassphraseNeeded``)."""
        new = self._passphrase_change(opened, no_answer=NewPassphraseNeeded())
        opened.change_passphrase(None, new)  # the current one was checked, or just opened it
        tell(translate("cli", "Your passphrase is changed. The recovery code still works."))

    def _unlock(self) -> OpenJournal:
        """This computer's keychain first (when the person chose that), then the passphrase."""
        self._require_journal()
        with contextlib.suppress(DeviceKeyUnavailable):
            remembered = OpenJournal.open_remembered(self.folder, self.keychain)
            if remembered is not None:
                return remembered
        passphrase = os.environ.get(PASSPHRASE_ENV) or self._ask(translate("cli", "Passphrase: "))
        opened = OpenJournal.open_with_passphrase(self.folder, passphrase, self.keychain)
        self.passphrase_checked = True
        return opened

    def _journal_present(self) -> bool:
        try:
            return OpenJournal.exists(self.folder)
        except OSError:
            raise FolderUnavailable() from None

    def _require_journal(self) -> None:
        """Say there's no journal before asking for a passphrase or a code it can't open."""
        if self._journal_present():
            return
        nearest = next((p for p in (self.folder, *self.folder.parents) if os.path.lexists(p)), None)
        if nearest is not None and not nearest.is_dir():
            raise FolderUnavailable()
        raise NoJournalYet()

    # -- commands ---------------------------------------------------------------------------

    def run(self, args: argparse.Namespace) -> int:
        command = args.command.replace("-", "_")
        if command == "init":
            return self.init()
        if command == "recover":
            return self.recover()
        if command == "forget_device":
            OpenJournal.forget_device(self.folder, self.keychain)
            self.say(translate("cli", "This computer no longer opens the journal by itself."))
            return 0
        if command == "backups":  # no key needed to list them
            return self.list_backups(json_wanted=args.json)
        if command == "restore":  # the current journal may not open: that's why people restore
            return self.restore(args.source)
        if command == "open_from_folder":  # no journal here yet: it comes from the folder
            return self.open_from_folder(args.folder)
        _check_batch(command, args)  # before a passphrase is typed for nothing
        opened = self.open_journal(
            mend=command not in ("passwd", "rotate_key"), finish_setup=command != "rotate_key"
        )
        with opened:
            handler: Callable[[OpenJournal, argparse.Namespace], int] = getattr(
                self, f"cmd_{command}"
            )
            return handler(opened, args)

    def init(self) -> int:
        """The recovery code is seen, or no journal is made: a code shown to no one (output
        closed or full) would leave a journal that only the passphrase opens."""
        if self._journal_present():
            raise JournalExists()  # before the passphrase is typed twice for nothing
        try:
            self.say(
                translate(
                    "cli",
                    "Your journal is encrypted on this computer with a passphrase only you know.",
                )
            )
            self.say(
                translate(
                    "cli",
                    "If you forget the passphrase and lose the recovery code, no one can open it.",
                )
            )
            self.flush()
        except (OutputUnwritable, BrokenPipeError):
            raise RecoveryCodeNotShown() from None
        undo = _undo_for_new(self.folder)
        opened, code = OpenJournal.create(self.folder, self._new_passphrase(), self.keychain)
        opened.lock()
        try:
            self._show_code(code)
            self.flush()
        except (OutputUnwritable, BrokenPipeError):
            undo()
            raise RecoveryCodeNotShown() from None
        return 0

    def recover(self) -> int:
        self._require_journal()
        code = self._ask(translate("cli", "Recovery code: "))
        opened, new_code = OpenJournal.open_with_recovery_code(
            self.folder, code, self._new_passphrase(), self.keychain
        )
        with opened:
            self.say(
                translate(
                    "cli", "Your new passphrase is set. The old recovery code no longer works."
                )
            )
            self._show_code(new_code)
            self.flush()
            opened.set_recovery_code_kept(True)  # shown: the desktop must not replace it
        return 0

    def _show_code(self, code: str) -> None:
        self.say()
        self.say(translate("cli", "Your recovery code (it is shown only this once):"))
        self.say(f"    {code}")
        self.say(  # one sentence for the translator, on two lines as the terminal shows it
            translate(
                "cli",
                "Write it down or keep it somewhere safe. It opens the journal if you forget\n"
                "the passphrase.",
            )
        )

    def cmd_log(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        if args.text == BATCH:
            return self._log_batch(opened, args)
        text, note = self._words(
            (translate("cli", "Your win, in a few words: "), args.text),
            (translate("cli", NOTE), args.note),
        )
        change = opened.log_win(
            text,
            category=args.category,
            day=self._day(args.date),
            note=note,
            after_hard_moment=args.after_hard_moment,
            private=args.private,
            tags=args.tag,
        ).result
        self.say(translate("cli", "Saved. That counts. (entry {id})").format(id=change.entry.id))
        return 0

    def cmd_hard_moment(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        if args.lines is not None:
            return self._hard_moment_batch(opened, args)
        text, note = self._words(
            (
                translate("cli", "What happened, if you want to say (Enter for nothing): "),
                args.text,
            ),
            (translate("cli", "What helped (Enter for nothing): "), args.note),
        )
        opened.log_hard_moment(
            word=args.word,
            text=text,
            note=note,
            day=self._day(args.date),
            private=args.private,
            tags=args.tag,
        )
        self.say(
            translate(
                "cli", "Noted. Everything you've done still counts. You're picking up from here."
            )
        )
        return 0

    def _log_batch(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        """``log -``: one win a line from standard input, all saved in one transaction."""
        texts = self._batch_lines(
            translate("cli", "Type one win a line. Press Ctrl+D when you're done."),
            translate("cli", "No wins came in on standard input, so nothing was saved."),
        )
        changes = opened.log_many(
            Kind.WIN,
            texts,
            category=args.category,
            day=self._day(args.date),
            note=args.note,
            after_hard_moment=args.after_hard_moment,
            private=args.private,
            tags=args.tag,
        ).result
        self.say(cli.tr("Saved %Ln win(s). Each one counts.", None, len(changes)))
        return 0

    def _hard_moment_batch(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        """``hard-moment -``: one a line (what happened), all noted in one transaction."""
        texts = self._batch_lines(
            translate(
                "cli", "Type one hard moment a line (what happened). Press Ctrl+D when you're done."
            ),
            translate("cli", "No hard moments came in on standard input, so nothing was saved."),
        )
        changes = opened.log_many(
            Kind.HARD_MOMENT,
            texts,
            word=args.word,
            note=args.note,
            day=self._day(args.date),
            private=args.private,
            tags=args.tag,
        ).result
        self.say(
            cli.tr(
                "Noted %Ln hard moment(s). Everything you've done still counts.", None, len(changes)
            )
        )
        return 0

    def _batch_lines(self, hint: str, none_came: str) -> list[str]:
        """Standard input's lines that aren't blank, each checked as an entry's words are: a
        line that can't be saved refuses them all, in one sentence naming its number."""
        stdin = sys.stdin
        if stdin is None:
            raise InvalidEntry(translate("cli", NO_ANSWER))
        if stdin.isatty():
            self._show(hint)
        texts: list[str] = []
        for number in itertools.count(1):
            try:
                line = stdin.readline(MAX_READ)
            except UnicodeDecodeError:  # a strict decoder
                raise InvalidEntry(_line_unreadable(number)) from None
            if not line:
                break
            if _UNDECODED.search(line):
                raise InvalidEntry(_line_unreadable(number))
            if len(line) == MAX_READ and not line.endswith("\n"):
                raise InvalidEntry(_line_too_long(number))
            text = clean_text(
                line,
                limit=MAX_TEXT_CHARS,
                too_long=_line_too_long(number),
                unsaveable=translate(
                    "cli",
                    "Line {number} has characters that can't be saved, so nothing was saved. "
                    "Type that line again.",
                ).format(number=number),
            )
            if text:
                texts.append(text)
        if not texts:
            raise InvalidEntry(none_came)
        return texts

    # -- check-ins ---------------------------------------------------------------------------

    def cmd_check_in(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        """What I have going for me: ten answers from --answers, or asked one at a time."""
        today = opened.notebook.today
        day = check_day(self._day(args.day) or today, today)  # before ten answers are typed
        if args.answers is not None:
            answers = parse_answers(args.answers)
            [note] = self._words((translate("cli", NOTE), args.note))
        else:
            answers, note = self._asked_check_in(args.note)
        check_in = opened.record_check_in(day, answers, note).result
        self.say(_for_day(check_in.day, today, saved_check_in=True))
        self.say(total_words(check_in))
        return 0

    def _asked_check_in(self, note: str | None) -> tuple[list[int | None], str]:
        """Each statement word for word with the six answers, typed at a terminal (Enter
        skips one, a mistyped answer is asked again); or, from a pipe, one line each."""
        stdin = sys.stdin
        if stdin is None:
            raise InvalidEntry(translate("cli", NO_ANSWER))
        if not stdin.isatty():
            if note is None:
                raise InvalidEntry(
                    translate(
                        "cli",
                        "Only the answers can come from standard input. Give the note's words "
                        "after --note, or type both at a terminal.",
                    )
                )
            lines = [self._read_line(stdin, "") for _ in barc10.STATEMENTS]
            return [_answer(line, n, line_of_input=True) for n, line in enumerate(lines, 1)], note
        self._show(translate("vocabulary", CHECK_IN_TITLE), translate("vocabulary", CHECK_IN_INTRO))
        answers: list[int | None] = []
        count = len(barc10.STATEMENTS)
        for number, statement in enumerate(barc10.STATEMENTS, start=1):
            self._show(
                "",
                translate("cli", "Statement {number} of {count}").format(
                    number=number, count=count
                ),
                statement,  # words: not for translation (the validated instrument, as it is)
                *SCALE_LINES,
            )
            while True:
                try:
                    answers.append(
                        _typed_answer(self._read_line(stdin, translate("cli", ANSWER_PROMPT)))
                    )
                except ValueError:
                    self._show(translate("cli", NOT_A_STEP))
                    continue
                break
        if not note:  # at a terminal the note is asked too, unless its words were given
            self._show("")
            note = self._read_line(stdin, translate("cli", NOTE))
        return answers, note

    def cmd_check_ins(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        found = opened.notebook.check_ins(self._day(args.since), self._day(args.until))
        if not found:
            self.say(
                translate("cli", "No check-ins match that.")
                if args.since or args.until
                else translate("cli", NO_CHECK_INS)
            )
        for number, check_in in enumerate(found):
            if args.answers and number:
                self.say()
            for line in check_in_lines(check_in, answers=args.answers):
                self.say(line)
        return 0

    # -- how I am ----------------------------------------------------------------------------

    def cmd_how_i_am(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        if args.list:
            if args.word or args.halt or args.line != "" or args.day:
                raise InvalidEntry(
                    translate(
                        "cli",
                        "--list shows what you noted, so it goes without --word, --halt, --line "
                        "and --day. Leave it out to note how you are.",
                    )
                )
            return self._list_how_i_am(opened, args)
        if args.since or args.until:
            raise InvalidEntry(
                translate("cli", "--from and --to choose the days --list shows. Add --list.")
            )
        today = opened.notebook.today
        day = check_day(self._day(args.day) or today, today)
        words = [word for word in args.word if word.strip()]  # a blank one is no word
        halt, line = parse_halt(args.halt), args.line
        stdin = sys.stdin
        if not (words or halt or line is None or line):
            if stdin is None or not stdin.isatty():
                raise InvalidEntry(translate("cli", NOTHING_TO_NOTE))
            words, halt, line = self._asked_how_i_am(stdin)
        else:
            [line] = self._words((translate("cli", LINE_PROMPT), line))
            if not (words or halt or line.strip()):
                raise InvalidEntry(translate("cli", NOTHING_TO_NOTE))
        item = opened.record_how_i_am(day, words=words, halt=halt, line=line).result
        self.say(_for_day(item.day, today, saved_check_in=False))
        return 0

    def _asked_how_i_am(self, stdin: TextIO) -> tuple[list[str], list[Halt], str]:
        self._show(
            translate("coping_model", HOW_I_AM_TITLE),
            translate("cli", "Say it in words. Any one part is enough."),
            "",
        )
        typed = self._read_line(stdin, _words_prompt())
        words = [word for word in typed.split(",") if word.strip()]
        while True:
            try:
                halt = parse_halt(
                    [self._read_line(stdin, translate("cli", HALT_ASKED))],
                    mistyped=translate("cli", HALT_RETYPE),
                )
            except InvalidEntry as again:
                self._show(again.sentence)
                continue
            break
        return words, halt, self._read_line(stdin, translate("cli", LINE_PROMPT))

    def _list_how_i_am(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        found = opened.notebook.how_i_am_list(self._day(args.since), self._day(args.until))
        if not found:
            self.say(
                translate("cli", "Nothing matches that.")
                if args.since or args.until
                else translate("cli", NO_HOW_I_AM)
            )
        for item in found:
            for line in how_i_am_lines(item):
                self.say(line)
        return 0

    def _read_line(self, stdin: TextIO, label: str) -> str:
        """One line: typed at ``label`` on a terminal, or the next line of standard input."""
        try:
            line = _typed(stdin, label) if stdin.isatty() else _next_line(stdin)
        except UnicodeDecodeError:  # a strict decoder
            raise InvalidEntry(translate("cli", UNREADABLE)) from None
        if _UNDECODED.search(line):
            raise InvalidEntry(translate("cli", UNREADABLE))
        return line

    # -- the notebook -------------------------------------------------------------------------

    def cmd_notes(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        notebook = opened.notebook
        if args.notes_step == "save":
            section = _section(args.section)
            title = _section_title(section)
            text = None if args.text == BATCH else args.text
            [words] = self._words(
                (translate("cli", "{title}, in your words: ").format(title=title), text)
            )
            if opened.save_note(section, words).result is None:
                self.say(
                    translate("cli", "{title} already says that, so nothing changed.").format(
                        title=title
                    )
                )
            else:
                self.say(
                    translate(
                        "cli",
                        "Saved. {title} has a new version; the one before stays in its history.",
                    ).format(title=title)
                )
            return 0
        if args.notes_step == "show" and args.section:
            section = _section(args.section)
            note = notebook.note(section)
            if note is None:
                self.say(
                    translate("cli", "Nothing written in {title} yet.").format(
                        title=_section_title(section)
                    )
                )
            else:
                self.say(note.text)
            return 0
        latest = notebook.latest_notes()
        if not latest:
            self.say(translate("cli", NO_NOTES))
        for number, (section, version) in enumerate(latest.items()):
            if number:
                self.say()
            self.say(
                translate("cli", "{title} (saved {day})").format(
                    title=_section_title(section), day=version.day.isoformat()
                )
            )
            for line in version.text.splitlines():
                self.say(f"    {line}")
        return 0

    def cmd_bring_up(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        if args.bring_up_step == "add":
            text = None if args.text == BATCH else args.text
            [words] = self._words((translate("cli", "Something to bring up: "), text))
            item = opened.add_bring_up(words).result
            self.say(translate("cli", "Added to your list. (#{id})").format(id=item.id))
            return 0
        if args.bring_up_step == "done":
            today = opened.notebook.today
            day = check_day(self._day(args.day) or today, today)
            try:
                opened.mark_brought_up(args.item, day)
            except NotInNotebook:
                raise NotInNotebook(
                    translate(
                        "cli",
                        "Nothing on your list has the number {number}. 'iop-companion bring-up "
                        "list' shows the numbers.",
                    ).format(number=args.item)
                ) from None
            self.say(translate("cli", "Moved to Brought up. Saying it counts."))
            return 0
        items = opened.notebook.bring_up_items()
        if not items:
            self.say(translate("cli", NO_BRING_UP))
            return 0
        waiting = [item for item in items if item.is_open]
        said = [item for item in items if not item.is_open]
        self.say(translate("cli", "Still to bring up"))
        if not waiting:
            self.say("    " + translate("cli", "Nothing right now."))
        for item in waiting:
            self.say(f"{item.added_on.isoformat()}  #{item.id}  {item.text}")
        if said:
            self.say()
            self.say(translate("cli", "Brought up"))
        for item in said:
            assert item.brought_up_on is not None
            self.say(f"{item.brought_up_on.isoformat()}  #{item.id}  {item.text}")
        return 0

    def cmd_session(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        notebook = opened.notebook
        if args.session_step == "record":
            today = notebook.today
            day = check_day(self._day(args.day) or today, today)
            at = _time(args.at)
            [note] = self._words((translate("cli", NOTE), args.note))
            attendance = ATTENDANCE_NAMES[args.how]
            opened.record_session(day, KIND_NAMES[args.kind], attendance, note, at)
            if attendance.counts_as_showing_up:
                self.say(translate("cli", "Recorded. Showing up counts, and it's in your wins."))
            else:
                self.say(
                    translate("cli", "Recorded. It takes nothing away from anything you've done.")
                )
            return 0
        since = self._day(getattr(args, "since", None))
        until = self._day(getattr(args, "until", None))
        found = notebook.sessions(since, until)
        if not found:
            self.say(
                translate("cli", "No sessions match that.")
                if since or until
                else translate("cli", NO_SESSIONS)
            )
        for session in found:
            when = f"  {minute_text(session.at)}" if session.at else ""
            self.say(
                f"{session.day.isoformat()}{when}  #{session.id}  "
                + translate("cli", "{kind}: {attendance}").format(
                    kind=translate("notebook_model", SESSION_KIND_TITLES[session.kind]),
                    attendance=translate("notebook_model", ATTENDANCE_TITLES[session.attendance]),
                )
            )
            for line in session.note.splitlines():
                self.say(f"    {line}")
        return 0

    def cmd_plan(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        if args.plan_step == "add":
            weekday = _weekday(args.weekday)
            item = opened.add_plan_item(
                weekday, _time(args.at), KIND_NAMES[args.kind], args.label
            ).result
            self.say(
                translate("cli", "Added to your week: {title}. (#{id})").format(
                    title=item.title, id=item.id
                )
            )
            return 0
        items = opened.notebook.plan()
        if not items:
            self.say(translate("cli", NO_PLAN))
        for item in items:
            when = f"  {minute_text(item.at)}" if item.at else ""
            kind = translate("notebook_model", SESSION_KIND_TITLES[item.kind])
            label = f"  {item.note}" if item.note else ""
            self.say(f"{say_weekday(item.weekday)}{when}  #{item.id}  {kind}{label}")
        return 0

    def cmd_phrases(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        phrases = opened.notebook.phrases()
        if not phrases:
            self.say(
                translate("cli", "No phrases yet. The app keeps your own, to have words at hand.")
            )
        for phrase in phrases:
            self.say(phrase.text)
        return 0

    @staticmethod
    def _show(*lines: str) -> None:
        """What a prompt shows before it asks, on stderr as the prompts are."""
        if not tell(*lines):
            raise OutputUnwritable()

    def cmd_list(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        journal = opened.journal
        kinds = {"win": Kind.WIN, "hard-moment": Kind.HARD_MOMENT}
        category_ids: frozenset[int] = frozenset()
        if args.category:
            found = journal.find_category(args.category)
            if found is None:
                raise InvalidEntry(translate("cli", "There's no category called that."))
            category_ids = frozenset({found.id})
        where = EntryFilter(
            kinds=frozenset({kinds[args.kind]}) if args.kind else frozenset(),
            category_ids=category_ids,
            tag=args.tag,
            since=self._day(args.since),
            until=self._day(args.until),
        )
        entries = journal.entries(where, limit=args.limit)
        if args.json:
            self._json({"entries": [entry_json(entry) for entry in entries]})
            return 0
        if not entries and where != EntryFilter():
            self.say(translate("cli", "No entries match that."))
        elif not entries:
            self.say(
                translate(
                    "cli", "Nothing here yet. You don't need to be sure. You just need to show up."
                )
            )
        for entry in entries:
            self.say(self._line(entry))
        return 0

    def cmd_search(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        """The journal's entries, then what the notebook holds, as the desktop's search shows
        them (the notebook's best matches, up to the same limit)."""
        hits = opened.journal.search(
            args.query, limit=args.limit, order="newest" if args.newest else "rank"
        )
        found = opened.notebook.search(args.query, limit=args.limit)
        if args.json:
            self._json(
                {
                    "query": args.query,
                    "entries": [
                        {"entry": entry_json(hit.entry), "snippet": snippet_json(hit.snippet)}
                        for hit in hits
                    ],
                    "notebook": [
                        {
                            "part": item.part,
                            "id": item.item_id,
                            "title": item.title,
                            "day": item.day.isoformat() if item.day else None,
                            "snippet": snippet_json(item.snippet),
                        }
                        for item in found
                    ],
                }
            )
            return 0
        if not hits and not found:
            self.say(translate("cli", "Nothing in your journal or notebook has those words."))
        for hit in hits:
            self.say(f"{hit.entry.day.isoformat()}  #{hit.entry.id}  {_marked(hit.snippet)}")
        if found:
            if hits:
                self.say()
            self.say(translate("cli", "In your notebook"))
        for item in found:
            day = item.day.isoformat() if item.day else " " * 10
            snippet = _marked(item.snippet)
            self.say(f"{day}  {item.title}: {snippet}" if snippet else f"{day}  {item.title}")
        return 0

    def _json(self, document: object) -> None:
        """One JSON document on standard output (``json_text``)."""
        with self._writing() as out:
            out.write(json_text(document) + "\n")

    def cmd_stats(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        summary = opened.journal.summary()
        sentence = progress_sentence(summary)  # as the app says it
        if args.json:
            self._json(
                {
                    "sentence": sentence,
                    "wins": summary.total_wins,
                    "wins_this_week": summary.wins_this_week,
                    "hard_moments": summary.hard_moments,
                    "comebacks": summary.comebacks,
                    "first_day": summary.first_day.isoformat() if summary.first_day else None,
                    "last_day": summary.last_day.isoformat() if summary.last_day else None,
                    "days_since_last_entry": summary.days_since_last_entry,
                }
            )
            return 0
        self.say(sentence)
        return 0

    def cmd_passwd(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        opened.change_passphrase(None, self._passphrase_change(opened))  # current one checked
        self.say(translate("cli", "Your passphrase is changed. The recovery code still works."))
        return 0

    def cmd_remember_device(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        opened.remember_device()
        self.say(translate("cli", "This computer now opens the journal without the passphrase."))
        self.say(
            translate(
                "cli", "Anyone logged in as you can open it too. Turn it off with forget-device."
            )
        )
        return 0

    def cmd_check(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        problems = opened.check()
        if problems:
            self.say(
                translate("cli", "The journal file has damage. Restore a backup to keep going.")
            )
            return 5
        if not opened.check_tallies():
            self.say(translate("cli", TALLIES_RECOUNTED))
            return 5
        self.say(translate("cli", "The journal file is whole."))
        return 0

    def cmd_export(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        journal, notebook = opened.journal, opened.notebook
        if args.format == "summary":
            return self._export_summary(journal, notebook, args)
        from iop_companion.export.data import export_to_file, write_csv, write_json

        writer = (
            functools.partial(write_json, notebook=notebook) if args.format == "json" else write_csv
        )
        if not args.out or args.out == "-":
            with self._writing() as out:
                if not out.isatty():
                    writer(journal, out)  # exactly as stored, for a file or another program
                    return 0
                shown = io.StringIO()  # for the eyes: the person's words, never terminal commands
                writer(journal, shown)
                out.write(terminal_text(shown.getvalue()))
            return 0
        target = Path(args.out).expanduser()
        count = export_to_file(journal, check_save_path(target, self.folder), writer)
        self.say(cli.tr("Exported %Ln entr(y|ies) to {file}.", None, count).format(file=target))
        self.say(translate("cli", "Private entries stayed out."))
        return 0

    def _export_summary(
        self, journal: JournalService, notebook: NotebookService, args: argparse.Namespace
    ) -> int:
        from iop_companion.export.pdf import default_file_name, write_summary
        from iop_companion.export.summary import SummaryChoices, build_summary

        today = self.today()
        if args.out == "-":
            raise InvalidEntry(
                translate("cli", "A summary is a PDF, so it needs a file name after --out.")
            )
        # The days as asked; the summary holds them to the journal's own (``build_summary``).
        until = self._day(args.until) or today
        since = self._day(args.since) or _four_weeks_to(min(until, today))
        since, until = min(since, until), max(since, until)
        last_session = self._day(args.since_last_session)
        if last_session is not None and last_session >= min(until, today):
            raise InvalidEntry(
                translate(
                    "cli",
                    "The day of your last session needs to be before the summary's last day, so "
                    "there is something to tell since then.",
                )
            )
        sections = _note_sections(args.notes, notebook)
        target = Path(args.out or default_file_name(today)).expanduser()
        writable = check_save_path(target, self.folder)
        [message] = self._words(
            (translate("cli", "A few words for your therapist (Enter for nothing): "), args.message)
        )
        choices = SummaryChoices(
            since=since,
            until=until,
            name=args.name,
            message=message,
            last_session=last_session,
            detail=_summary_detail(args.detail, no_entries=args.no_entries),
            include_hard_moments=args.hard_moments,
            note_sections=sections,
            include_bring_up=args.bring_up,
            include_sessions=args.sessions,
        )
        with i18n.speaking(_summary_words(args.language)):
            write_summary(build_summary(journal, choices, notebook=notebook), writable)
        self.say(
            translate("cli", "Saved the summary as {file}. Private entries stayed out.").format(
                file=target
            )
        )
        return 0

    def cmd_import(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        """The whole file is checked first; then everything goes in, or nothing does."""
        from iop_companion.export.importer import file_words, read_export_file, result_words

        app = args.from_app
        source = check_open_path(Path(args.file).expanduser(), folder_ok=app == "markdown")
        today = opened.journal.today
        if app is None:
            checked = read_export_file(source, today=today)
        else:  # what the file holds, and what of it stays out, first
            from iop_companion.export.other_apps import read_other_app

            checked = read_other_app(app, source, today=today)
            self.say(file_words(checked))
        result = opened.import_plans(checked.entries, checked.notebook, on_worker=False).result
        self.say(result_words(result))
        return 0

    # -- backups ----------------------------------------------------------------------------

    def cmd_backup(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        target = None
        if args.to:  # a file, or a folder for it; the journal's backups folder is where it goes
            target = check_save_path(
                Path(args.to).expanduser(), self.folder, folder_ok=True, backups_ok=True
            )
        made = opened.make_backup(target).result
        self.say(
            translate("cli", "Backup saved: {file} ({size}).").format(
                file=made.path, size=_size(made.size)
            )
        )
        self.say(
            translate("cli", "It opens with your passphrase or recovery code, and nothing else.")
        )
        return 0

    def list_backups(self, *, json_wanted: bool = False) -> int:
        self._require_journal()
        found = OpenJournal.list_backups(self.folder)
        if json_wanted:
            self._json(
                {
                    "folder": str(OpenJournal.backups_folder(self.folder)),
                    "backups": [
                        {
                            "id": item.id,
                            "path": str(item.path),
                            "made_at": item.when.astimezone(UTC).isoformat(),
                            "size": item.size,
                            "kind": item.kind,
                            "complete": item.complete,
                        }
                        for item in found
                    ],
                }
            )
            return 0
        if not found:
            self.say(translate("cli", "No backups yet. The backup command makes one."))
            return 0
        width = max(len(b.id) for b in found)
        for item in found:
            when = item.when.astimezone().strftime("%Y-%m-%d %H:%M")
            kind = translate("cli", BACKUP_KINDS[item.kind])
            label = (
                kind if item.complete else translate("cli", "{kind}, incomplete").format(kind=kind)
            )
            self.say(f"{item.id:<{width}}  {when}  {_size(item.size):>9}  {label}")
        self.say(
            translate("cli", "They are in {folder}.").format(
                folder=OpenJournal.backups_folder(self.folder)
            )
        )
        return 0

    def restore(self, source: str) -> int:
        check_open_path(Path(source).expanduser(), folder_ok=True)  # a journal's folder is too
        chosen = OpenJournal.find_backup(self.folder, source)
        secret = os.environ.get(PASSPHRASE_ENV) or self._ask(
            translate("cli", "Passphrase or recovery code of that backup: ")
        )
        result = OpenJournal.restore(self.folder, chosen, secret).result
        self.say(_restored_words(result.preview))
        self.say(
            translate(
                "cli",
                "It opens with the passphrase or recovery code it had when the backup was made.",
            )
        )
        if result.previous is not None:
            self.say(
                translate(
                    "cli",
                    "The journal you had before is kept as backup {id}: restore that to undo this.",
                ).format(id=result.previous.id)
            )
        return 0

    def cmd_rotate_key(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        self.say(
            translate(
                "cli", "The journal gets a new key, a new passphrase and a new recovery code."
            )
        )
        rotation = opened.rotate_key(self._new_passphrase(from_env_ok=False)).result
        self.say(
            translate(
                "cli", "Done. The old passphrase and recovery code no longer open the journal."
            )
        )
        if rotation.device_forgotten:
            self.say(
                translate(
                    "cli",
                    "This computer no longer opens it by itself; remember-device turns that on.",
                )
            )
        if rotation.old_backups:
            self.say(
                cli.tr(
                    "%Ln backup(s) made before now still open(s|) with the old passphrase or "
                    "recovery code. You may delete (it|them) from {folder}, and any copies "
                    "elsewhere.",
                    None,
                    len(rotation.old_backups),
                ).format(folder=OpenJournal.backups_folder(self.folder))
            )
        self._show_code(rotation.recovery_code)
        self.flush()
        opened.set_recovery_code_kept(True)  # the re-keyed journal carries this mark over
        return 0

    # -- keeping in step with other computers ---------------------------------------------------

    def cmd_sync(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        """One pass with no step named; else the step. The core's sentences for a journal that
        isn't kept in step, or whose key changed elsewhere, name the desktop's way: here, the
        command's."""
        steps: dict[str | None, Callable[[OpenJournal, argparse.Namespace], int]] = {
            None: self._sync_pass,
            "status": self._sync_status,
            "start": self._sync_start,
            "stop": self._sync_stop,
            "forget": self._sync_forget,
            "new-key": self._sync_new_key,
        }
        try:
            return steps[args.sync_step](opened, args)
        except NotSyncing:
            raise NotSyncing(translate("cli", NOT_SYNCING)) from None
        except KeyChangedElsewhere:
            raise KeyChangedElsewhere(translate("cli", KEY_CHANGED)) from None

    def _sync_pass(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        self.say(pass_words(opened.sync_pass().result))
        return 0

    def _sync_status(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        """A pass first (each command makes one as it closes the journal anyway), so what waits
        is what waits now; a pass that can't go through is said in place of what it did."""
        if opened.in_step_folder is None:
            self.say(translate("cli", "This journal isn't kept in step with a folder."))
            self.say(
                translate(
                    "cli",
                    "'iop-companion sync start FOLDER' writes it into one and keeps it in step.",
                )
            )
            return 0
        try:
            self.say(pass_words(opened.sync_pass().result))
        except KeyChangedElsewhere:
            self.say(translate("cli", KEY_CHANGED))
        except KnownError as problem:
            self.say(problem.sentence)
        status = opened.sync_status()
        others = opened.folder_sync.computers()
        this = opened.folder_sync.computer
        short = short_ids([this, *(computer for computer, _ in others)])
        now = datetime.now(UTC)
        self.say(translate("cli", "Kept in step through: {folder}").format(folder=status.folder))
        self.say(translate("cli", "This computer: {id}").format(id=short[this]))
        self.say(
            translate("cli", "Other computers: {count}").format(count=say_number(status.computers))
        )
        for computer, heard in others:
            heard_words = (
                translate("cli", "not heard from yet")
                if heard is None
                else translate("cli", "heard from {when}").format(when=when_words(heard, now))
            )
            self.say(f"  {short[computer]}  {heard_words}")
        self.say(
            translate("cli", "Last in step: {when}").format(
                when=when_words(status.last_pass_at, now)
            )
        )
        self.say(
            translate("cli", "Changes made here, waiting to be sent: {count}").format(
                count=say_number(status.unsent)
            )
        )
        self.say(
            translate("cli", "Still being copied into the folder: {what}").format(
                what=copying_words(status.waiting)
            )
        )
        return 0

    def _sync_start(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        folder = Path(args.folder).expanduser()
        if folder.parent.is_dir():  # a new folder on a USB stick, say: made here
            with contextlib.suppress(OSError):
                folder.mkdir(exist_ok=True)
        result = opened.keep_in_step_through(folder).result
        where = opened.in_step_folder or folder
        if result.went_on:
            self.say(
                cli.tr(
                    "This computer keeps the journal in step through {folder} again, from where "
                    "it was (%Ln change(s) made here since went out).",
                    None,
                    result.sent,
                ).format(folder=where)
            )
            return 0
        self.say(
            cli.tr(
                "Your journal is written into {folder}, encrypted (%Ln change(s)), and kept in "
                "step from now on.",
                None,
                result.sent,
            ).format(folder=where)
        )
        if result.received:
            self.say(
                cli.tr("It took in %Ln change(s) from your other computers.", None, result.received)
            )
        self.say(
            translate(
                "cli",
                "On your other computer, run 'iop-companion open-from-folder FOLDER' with the "
                "folder there (or choose Open a journal from a folder), and type your passphrase.",
            )
        )
        return 0

    def _sync_stop(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        if opened.in_step_folder is None:
            self.say(
                translate(
                    "cli", "This journal isn't kept in step with a folder, so nothing changed."
                )
            )
            return 0
        opened.stop_keeping_in_step()
        self.say(translate("cli", "This computer doesn't keep the journal in step any more."))
        self.say(
            translate(
                "cli", "The folder is left as it is, so your other computers keep what is in it."
            )
        )
        return 0

    def _sync_forget(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        typed = args.computer.strip().lower()
        if len(typed) < MIN_COMPUTER_PREFIX:
            raise InvalidEntry(
                translate(
                    "cli",
                    "Type at least the first {count} characters of the computer's id, as "
                    "'sync status' shows it.",
                ).format(count=MIN_COMPUTER_PREFIX)
            )
        matching = [c for c, _ in opened.folder_sync.computers() if c.startswith(typed)]
        if not matching:
            raise ComputerNotFound()
        if len(matching) > 1:
            raise ComputerNotFound(
                translate(
                    "cli",
                    "More than one computer has an id that starts like that. Type more of it, as "
                    "'sync status' shows it.",
                )
            )
        opened.forget_computer(matching[0])
        self.say(
            translate(
                "cli", "That computer is forgotten here: its changes won't be read here any more."
            )
        )
        self.say(
            translate(
                "cli",
                "To stop it reading your journal too, give the journal new keys with rotate-key.",
            )
        )
        return 0

    def _sync_new_key(self, opened: OpenJournal, args: argparse.Namespace) -> int:
        """The passphrase chosen on the computer that changed the key (never the environment's,
        which opened the journal here), or the recovery code and a passphrase for here."""
        try:
            opened.sync_pass()
        except KeyChangedElsewhere:
            pass
        else:
            self.say(
                translate(
                    "cli",
                    "The journal's key hasn't changed on another computer, so nothing changed.",
                )
            )
            return 0
        typed = self._ask(
            translate("cli", "Passphrase chosen on the other computer (or the recovery code): ")
        )
        try:
            opened.take_new_key(typed)
            self.say(
                translate(
                    "cli", "This computer has the journal's new key now, and is in step again."
                )
            )
            self.say(
                translate(
                    "cli",
                    "Here too, the journal opens with the passphrase chosen on that computer.",
                )
            )
        except CodeNeedsPassphrase as needed:
            self._show(first_sentence(needed.sentence))
            chosen = self._new_passphrase(from_env_ok=False)
            opened.take_new_key(typed, new_passphrase=chosen)
            self.say(
                translate(
                    "cli", "This computer has the journal's new key now, and is in step again."
                )
            )
            self.say(
                translate(
                    "cli", "The passphrase you chose opens it, here and on your other computers."
                )
            )
        return 0

    def open_from_folder(self, source: str) -> int:
        """A new journal here, built from the folder's logs; nothing is left of it when that
        stops part-way (a wrong passphrase, Ctrl+C)."""
        if self._journal_present():
            raise JournalExists()  # before anything is typed for nothing
        sync_dir = Path(source).expanduser()
        if not sync_dir.is_dir():
            raise FolderUnavailable(
                translate(
                    "cli", "That folder isn't there. Check its name, or connect the drive it is on."
                )
            )
        typed = os.environ.get(PASSPHRASE_ENV) or self._ask(
            translate("cli", "Passphrase or recovery code: ")
        )
        undo = _undo_for_new(self.folder)
        try:
            try:
                opened = self._join(sync_dir, typed, None)
                chose = False
            except CodeNeedsPassphrase as needed:
                self._show(first_sentence(needed.sentence))
                opened = self._join(sync_dir, typed, self._new_passphrase(from_env_ok=False))
                chose = True
        except BaseException:
            undo()
            raise
        with opened:
            self.say(
                cli.tr(
                    "Your journal is on this computer now (%Ln entr(y|ies)).",
                    None,
                    opened.journal.count(),
                )
            )
            self.say(
                translate("cli", "It is kept in step through {folder}.").format(
                    folder=opened.in_step_folder or sync_dir
                )
            )
            if chose:
                self.say(
                    translate(
                        "cli",
                        "The passphrase you chose opens it, here and on your other computers.",
                    )
                )
            else:
                self.say(
                    translate("cli", "It opens with the same passphrase as on your other computer.")
                )
        return 0

    def _join(self, sync_dir: Path, typed: str, new_passphrase: str | None) -> OpenJournal:
        """``OpenJournal.join_from_folder``, its progress on stderr when that is a terminal."""
        shown = _Progress.on_terminal()
        try:
            opened, _ = OpenJournal.join_from_folder(
                sync_dir,
                self.folder,
                typed,
                self.keychain,
                new_passphrase=new_passphrase,
                progress=shown,
            )
        finally:
            if shown is not None:
                shown.done()
        return opened

    # -- helpers ----------------------------------------------------------------------------

    def _day(self, text: str | None) -> date | None:
        if not text:
            return None
        words = {"today": 0, "yesterday": 1}
        if text.lower() in words:
            return self.today() - timedelta(days=words[text.lower()])
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise InvalidEntry(
                translate("cli", "Write the day as YYYY-MM-DD, for example 2026-03-14.")
            ) from None

    @staticmethod
    def _line(entry: Entry) -> str:
        if entry.kind is Kind.WIN:
            label = entry.category or translate("words", OTHER_WIN)
            text = entry.text
        else:
            label = entry.moment_word
            text = entry.text or entry.note
        flags = " " + translate("cli", "(private)") if entry.private else ""
        tags = "  " + " ".join(f"#{t}" for t in entry.tags) if entry.tags else ""
        return f"{entry.day.isoformat()}  #{entry.id}  [{label}] {text}{flags}{tags}"


class _Progress:
    """How far opening a journal from a folder is, on one line of stderr at a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = False

    @classmethod
    def on_terminal(cls) -> _Progress | None:
        stream = sys.stderr
        try:
            return cls(stream) if stream is not None and stream.isatty() else None
        except (OSError, ValueError):
            return None

    def __call__(self, read: int, total: int) -> None:
        with contextlib.suppress(OSError, ValueError):  # progress matters less than the work
            said = translate("cli", "Reading changes: {read} of {total}").format(
                read=say_number(read), total=say_number(total)
            )
            print(f"\r{said}", end="", file=self.stream)
            self.stream.flush()
            self.shown = True

    def done(self) -> None:
        if self.shown:
            with contextlib.suppress(OSError, ValueError):
                print(file=self.stream, flush=True)


def pass_words(result: PassResult) -> str:
    """What a pass did, in one line: "Sent 3 changes and took in 5 from other computers."."""
    sent, received = result.sent, result.received
    if sent and received:
        said = cli.tr(
            "Sent %Ln change(s) and took in {received} from other computers.", None, sent
        ).format(received=say_number(received))
    elif sent:
        said = cli.tr("Sent %Ln change(s) to your other computers.", None, sent)
    elif received:
        said = cli.tr("Took in %Ln change(s) from other computers.", None, received)
    else:
        said = translate("cli", "Nothing new here or there.")
    if result.waiting:
        said += " " + cli.tr(
            "Changes from %Ln other computer(s) are still being copied into the folder; the next "
            "sync takes them in.",
            None,
            result.waiting,
        )
    return said


def copying_words(waiting: int) -> str:
    if not waiting:
        return translate("cli", "nothing")
    return cli.tr("changes from %Ln other computer(s)", None, waiting)


def when_words(at: datetime | None, now: datetime) -> str:
    """``at`` in local time, as a terminal shows it: "today at 10:30", "yesterday at 21:05",
    "on November 27, 2026 at 09:12"; "not yet" for None."""
    if at is None:
        return translate("cli", "not yet")
    local = at.astimezone()
    day, today = local.date(), now.astimezone().date()
    clock = f"{local:%H:%M}"  # a terminal's 24-hour clock, the same in every language
    if day == today:
        return translate("cli", "today at {time}").format(time=clock)
    if day == today - timedelta(days=1):
        return translate("cli", "yesterday at {time}").format(time=clock)
    return translate("cli", "on {day} at {time}").format(day=date_words(day), time=clock)


def short_ids(computers: Sequence[str]) -> dict[str, str]:
    """Each computer's id as ``sync status`` shows it: its first 8 characters, or as many more
    as it takes to tell them all apart."""
    length = SHORT_ID
    while len({c[:length] for c in computers}) < len(set(computers)):
        length += 1
    return {c: c[:length] for c in computers}


BACKUP_KINDS = {
    "daily": QT_TRANSLATE_NOOP("cli", "daily"),
    "chosen": QT_TRANSLATE_NOOP("cli", "made by you"),
    "before-restore": QT_TRANSLATE_NOOP("cli", "before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("cli", "before an update"),
}


def _undo_for_new(folder: Path) -> Callable[[], None]:
    """What removes, later, only what making a journal in ``folder`` adds: the folders that
    aren't there yet, or the new files in a folder that is."""
    missing = list(itertools.takewhile(lambda p: not os.path.lexists(p), (folder, *folder.parents)))
    try:
        before = set() if missing else {p.name for p in folder.iterdir()}
    except OSError:
        before = None  # not a folder to make a journal in: making one says so

    def undo() -> None:
        if before is None:
            return
        if missing:
            shutil.rmtree(missing[-1], ignore_errors=True)
            return
        with contextlib.suppress(OSError):  # what can't be removed stays; the sentence still goes
            for path in folder.iterdir():
                if path.name in before:
                    continue
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)

    return undo


def discard_output(stream: TextIO | None = None) -> None:
    """Point ``stream`` (standard output) at the null device, so the words still waiting in its
    buffer go nowhere instead of failing again at exit ("Exception ignored ..."), as the Python
    docs advise for a broken pipe."""
    try:
        fd = (stream or sys.stdout).fileno()
    except (AttributeError, OSError, ValueError):  # closed, or not a real file (tests)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def tell(*lines: str) -> bool:
    """``lines`` on stderr, flushed; False when they couldn't be written (stderr closed, full or
    gone). Never falls back to stdout, where an export may be going."""
    stream = sys.stderr
    if stream is None:  # closed by the shell (2>&-): print would write to stdout instead
        return False
    try:
        for line in lines:
            print(terminal_text(line), file=stream)
        stream.flush()
    except (OSError, ValueError):
        return False
    return True


def _check_batch(command: str, args: argparse.Namespace) -> None:
    """``log -`` and ``hard-moment -`` take their words from standard input alone."""
    if command == "hard_moment" and args.lines not in (None, BATCH):
        raise InvalidEntry(
            translate(
                "cli",
                "What happened goes after --text. A lone - reads many hard moments from standard "
                "input, one a line.",
            )
        )
    batch = (command == "log" and args.text == BATCH) or (
        command == "hard_moment" and args.lines == BATCH
    )
    if not batch:
        return
    if command == "hard_moment" and args.text != "":
        raise InvalidEntry(
            translate(
                "cli",
                "With -, each line is what happened, so --text goes without it. Leave --text out.",
            )
        )
    if args.note is None:
        raise InvalidEntry(translate("cli", BATCH_NOTE))


def _line_unreadable(number: int) -> str:
    return translate(
        "cli",
        "Line {number} isn't readable as UTF-8, so nothing was saved. Save the file as UTF-8 "
        "and try again.",
    ).format(number=number)


def _line_too_long(number: int) -> str:
    return translate(
        "cli",
        "Line {number} is more than one entry can hold ({most} characters), so nothing was "
        "saved. Split it into a few lines.",
    ).format(number=number, most=say_number(MAX_TEXT_CHARS))


def _typed(stdin: TextIO, label: str) -> str:
    """One line typed at the terminal (it shows as it is typed: the person's own words)."""
    print(label, end="", file=sys.stderr, flush=True)
    line = stdin.readline()
    if not line:  # Ctrl+D: the answer goes on a line of its own
        print(file=sys.stderr)
        raise InvalidEntry(translate("cli", NO_ANSWER))
    return line.rstrip("\n")


def _next_line(stdin: TextIO) -> str:
    """The next line of standard input that isn't a terminal; at its end, no answer."""
    line = stdin.readline(MAX_READ)
    if not line:
        raise InvalidEntry(translate("cli", NO_ANSWER))
    return line.rstrip("\r\n")


def parse_answers(text: str) -> list[int | None]:
    """``--answers``: ten answers separated by commas, each 1 to 6 or empty (skipped)."""
    parts = text.split(",")
    if len(parts) != len(barc10.STATEMENTS):
        raise InvalidEntry(
            translate(
                "cli",
                "--answers needs ten answers separated by commas, one for each statement, as in "
                "{example} (an empty one skips a statement). {count} came in.",
            ).format(example=EXAMPLE_ANSWERS, count=len(parts))
        )
    return [_answer(part, n) for n, part in enumerate(parts, start=1)]


def _answer(text: str, number: int, *, line_of_input: bool = False) -> int | None:
    """One answer as written: a step from 1 to 6 (by its number or its words, as typed at the
    terminal), or nothing (a skipped statement). ``number``: of the answer in --answers, or of
    the line of standard input (``line_of_input``)."""
    try:
        return _typed_answer(text)
    except ValueError:
        if line_of_input:
            said = translate(
                "cli",
                "Line {number} needs to be a number from 1 ({lowest}) to 6 ({highest}), or "
                "empty to skip that statement.",
            )
        else:
            said = translate(
                "cli",
                "Answer {number} needs to be a number from 1 ({lowest}) to 6 ({highest}), or "
                "empty to skip that statement.",
            )
        raise InvalidEntry(
            said.format(
                number=number,
                lowest=barc10.ANSWER_LABELS[0],  # the validated instrument's words, as they are
                highest=barc10.ANSWER_LABELS[-1],
            )
        ) from None


def _typed_answer(text: str) -> int | None:
    """An answer typed at the terminal: a step, by its number or its words, or None (Enter) to
    skip the statement. Anything else is a ``ValueError``, to ask again."""
    word = " ".join(text.split()).casefold()
    if not word:
        return None
    if word not in STEPS:
        raise ValueError("not an answer step")
    return STEPS[word]


def check_in_lines(check_in: CapitalCheckIn, *, answers: bool = False) -> list[str]:
    """A check-in as ``check-ins`` shows it: its day and total words, its note, and (with
    ``answers``) each statement with its answer."""
    lines = [f"{check_in.day.isoformat()}  {total_words(check_in)}"]
    if check_in.note:
        lines += [f"    {line}" for line in check_in.note.splitlines()]
    if answers:
        for number, (statement, answer) in enumerate(
            zip(barc10.STATEMENTS, check_in.answers, strict=True), start=1
        ):
            shown = translate("coping_model", SKIPPED) if answer is None else SCALE[answer - 1]
            lines += [f"  {number:>2}. {statement}", f"      {shown}"]
    return lines


def parse_halt(values: Sequence[str], *, mistyped: str = "") -> list[Halt]:
    """``--halt``'s words (each given once or more, separated by commas), in any case."""
    ticked: list[Halt] = []
    for value in values:
        for word in value.split(","):
            name = word.strip().casefold()
            if not name:
                continue
            if name not in HALT_NAMES:
                raise InvalidEntry(mistyped or translate("cli", HALT_WORDS))
            ticked.append(Halt(name))
    return ticked


def how_i_am_lines(item: HowIAm) -> list[str]:
    """How I am as ``how-i-am --list`` shows it: the day, the words and HALT ticks, the line."""
    parts = [", ".join(item.words)] if item.words else []
    if item.halt:
        parts.append(halt_words(item.halt))  # as the app says it: "Quick check: hungry"
    head = f"{item.day.isoformat()}  {'; '.join(parts)}"
    if not parts:
        return [head + item.line]
    return [head, f"    {item.line}"] if item.line else [head]


def _for_day(day: date, today: date, *, saved_check_in: bool) -> str:
    """What a check-in (``saved_check_in``) or a how I am was saved for: today, or its day."""
    if saved_check_in and day == today:
        return translate("cli", "Saved your check-in for today.")
    if saved_check_in:
        return translate("cli", "Saved your check-in for {day}.").format(day=_long_day(day))
    if day == today:
        return translate("cli", "Noted how you are, for today.")
    return translate("cli", "Noted how you are, for {day}.").format(day=_long_day(day))


def _section_title(section: NoteSection) -> str:
    """A part of What I know now by its title, in the reader's language."""
    return translate("notebook_model", SECTION_TITLES[section])


def _words_prompt() -> str:
    return translate(
        "cli", "Words that fit ({words}, or your own), with commas (Enter for none): "
    ).format(words=", ".join(translate("vocabulary", word) for word in FEELING_WORDS))


def _restored_words(held: BackupPreview) -> str:
    """What a restored journal holds, in one sentence."""
    wins = cli.tr("%Ln win(s)", None, held.wins)
    hard = cli.tr("%Ln hard moment(s)", None, held.hard_moments)
    first, last = held.first_day, held.last_day
    if held.hard_moments:
        if first and last and first != last:
            said = translate(
                "cli",
                "Restored. The journal holds {wins} and {hard_moments}, from {first} to {last}.",
            )
        elif first:
            said = translate(
                "cli", "Restored. The journal holds {wins} and {hard_moments}, from {first}."
            )
        else:
            said = translate("cli", "Restored. The journal holds {wins} and {hard_moments}.")
    elif first and last and first != last:
        said = translate("cli", "Restored. The journal holds {wins}, from {first} to {last}.")
    elif first:
        said = translate("cli", "Restored. The journal holds {wins}, from {first}.")
    else:
        said = translate("cli", "Restored. The journal holds {wins}.")
    return said.format(
        wins=wins,
        hard_moments=hard,
        first=_long_day(first) if first else "",
        last=_long_day(last) if last else "",
    )


def _four_weeks_to(day: date) -> date:
    """The first of the 28 days that end on ``day`` (as far back as dates go)."""
    return date.fromordinal(max(day.toordinal() - 27, 1))


def _summary_detail(chosen: str | None, *, no_entries: bool) -> Detail:
    """``--detail``; the older ``--no-entries`` is ``--detail none``."""
    from iop_companion.export.summary import Detail

    if no_entries and chosen not in (None, Detail.NONE.value):
        raise InvalidEntry(
            translate(
                "cli",
                "--no-entries is --detail none, so it can't go with --detail {detail}. Use one.",
            ).format(detail=chosen)
        )
    if no_entries:
        return Detail.NONE
    return Detail(chosen) if chosen else Detail.CONDENSED


def _note_sections(asked: str | None, notebook: NotebookService) -> frozenset[NoteSection]:
    """``--notes``: left out, none; with no names, every part of What I know now that has
    words; else the parts named, separated by commas."""
    if asked is None:
        return frozenset()
    if not asked.strip():
        return frozenset(notebook.latest_notes())
    by_name = {name: section for section, name in NOTE_NAMES.items()}
    chosen: set[NoteSection] = set()
    for word in asked.split(","):
        name = word.strip().lower().replace("_", "-")
        if not name:
            continue
        if name not in by_name:
            raise InvalidEntry(
                translate(
                    "cli",
                    "What I know now has no part called {name}. The parts are {parts}, "
                    "separated by commas.",
                ).format(name=repr(word.strip()), parts=PART_NAMES)
            )
        chosen.add(by_name[name])
    return frozenset(chosen)


def _marked(snippet: Sequence[tuple[str, bool]]) -> str:
    """A search snippet with its matching words in [brackets]."""
    return "".join(f"[{text}]" if matched else text for text, matched in snippet)


def _section(name: str) -> NoteSection:
    """A part of What I know now by its name, as ``--notes`` takes it."""
    by_name = {name: section for section, name in NOTE_NAMES.items()}
    section = by_name.get(name.strip().lower().replace("_", "-"))
    if section is None:
        raise InvalidEntry(
            translate(
                "cli", "What I know now has no part called {name}. The parts are {parts}."
            ).format(name=repr(name.strip()), parts=PART_NAMES)
        )
    return section


def _time(text: str | None) -> time | None:
    """``--at``: a time of day as HH:MM (None for none)."""
    if text is None:
        return None
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise InvalidEntry(
            translate("cli", "Write the time as HH:MM, for example 18:30.")
        ) from None


def _weekday(text: str) -> int:
    """A day of the week by its name or its first three letters, in any case."""
    word = text.strip().lower()
    found = [n for name, n in WEEKDAYS.items() if len(word) >= 3 and name.startswith(word)]
    if not found:
        raise InvalidEntry(
            translate("cli", "Write the day of the week as its name, for example tuesday or tue.")
        )
    return found[0]


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return translate("cli", "{size} KB").format(size=say_number(max(size, 1) / 1024))
    return translate("cli", "{size} MB").format(size=say_number(size / (1024 * 1024), 1))


def _long_day(day: date) -> str:
    """27 November 2026"""
    return translate("cli", "{day} {month_year}").format(
        day=day.day, month_year=say_day(day, DayForm.MONTH_YEAR)
    )


def _summary_words(language: str | None) -> i18n.Words:
    """The words a summary is made in: ``--language``, else the command line's own."""
    if language is None:
        return i18n.current()
    if language not in i18n.languages():
        raise InvalidEntry(
            translate(
                "cli", "The summary can be made in {languages}; {language} isn't one of them."
            ).format(languages=", ".join(i18n.languages()), language=language)
        )
    from iop_companion.language import words_for

    return words_for(language)


def run(
    argv: Sequence[str],
    *,
    keychain: Keychain | None = None,
    prompt: Prompt = getpass.getpass,
    parsed: argparse.Namespace | None = None,
) -> int:
    """Parse ``argv`` (unless ``__main__`` did: ``parsed``) and run the command; returns the
    exit code. Known errors print one line."""
    i18n.use_when_needed(terminal_words)
    args = build_parser().parse_args(argv) if parsed is None else parsed
    if args.self_check:
        from iop_companion.self_check import run_self_check

        return run_self_check()
    if args.command is None:
        build_parser().print_help()
        return 2
    try:
        shell = Cli(AppPaths.resolve(args.data_dir), keychain=keychain, prompt=prompt)
        code = shell.run(args)
        shell.flush()  # here, not at exit: a full disk gets its sentence and exit code
        return code
    except KnownError as error:
        tell(error.sentence)
        return error.exit_code
    except KeyboardInterrupt:
        tell("", translate("cli", "Stopped. Nothing was half-saved."))
        return EXIT_INTERRUPTED
