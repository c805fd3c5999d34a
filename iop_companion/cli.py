"""The journal from a terminal: the same services the desktop app uses.

Exit codes: 0 done; 1 something else went wrong (the message says what); 2 the input needs a
change (for example a day written the wrong way); 3 the journal didn't open (passphrase, recovery
code or device key); 4 no journal in the folder, or one already there; 5 the journal or its key
file is damaged or from a newer version; 6 the disk or folder can't be used; 130 stopped with
Ctrl+C.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import NoReturn, TextIO

from iop_companion import __version__
from iop_companion.core.journal import JournalService
from iop_companion.core.model import MOMENT_WORDS, Entry, EntryFilter, Kind
from iop_companion.core.notebook import NotebookService
from iop_companion.core.words import plural, progress_sentence
from iop_companion.errors import (
    OLD_KEY_FILE,
    STALE_JOURNAL,
    DeviceKeyUnavailable,
    FolderUnavailable,
    InvalidEntry,
    JournalExists,
    KnownError,
    NewPassphraseNeeded,
    NoJournalYet,
    WrongPassphrase,
)
from iop_companion.export.data import export_to_file, write_csv, write_json
from iop_companion.export.importer import import_export, result_words
from iop_companion.paths import AppPaths
from iop_companion.vault import Vault, backup
from iop_companion.vault.keychain import Keychain, SystemKeychain
from iop_companion.vault.slots import VERSION as KEY_FILE_VERSION
from iop_companion.vault.vault import BACKUPS_DIR, DB_NAME

PASSPHRASE_ENV = "IOP_COMPANION_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)
EXIT_INTERRUPTED = 130

Prompt = Callable[[str], str]
MAX_LIMIT = 100_000


def _limit(text: str) -> int:
    """How many entries to show: a whole number SQLite can bind, refused in plain words."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"write a number from 1 to {MAX_LIMIT:,}")
    return number


class PlainParser(argparse.ArgumentParser):
    """Mistakes on the command line get one plain sentence, not "usage: ... error: ..."."""

    def error(self, message: str) -> NoReturn:
        sentence = message[:1].upper() + message[1:].rstrip(".")
        self.exit(2, f"{sentence}. Run 'iop-companion --help' to see what it can do.\n")


def version_text() -> str:
    """The app's version and the version of each file format it writes. The schema version is
    the number of migrations, counted on an empty in-memory database (sqlite-utils loads here)."""
    from sqlite_utils import Database

    from iop_companion.vault.schema import migrations

    schema = len(migrations.pending(Database(memory=True)))
    return (
        f"iop-companion {__version__} (journal format {KEY_FILE_VERSION}, "
        f"database schema {schema}, backup format {backup.FORMAT_VERSION})"
    )


class _ShowVersion(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> NoReturn:
        print(version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = PlainParser(
        prog="iop-companion",
        description="A private journal of small wins. With no command, the desktop app opens.",
    )
    parser.add_argument("--version", action=_ShowVersion, help="show the version and file formats")
    parser.add_argument(
        "--self-check", action="store_true", help="check this installation in a temporary folder"
    )
    parser.add_argument("--data-dir", help="folder that holds the journal (default: app data)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=PlainParser)

    sub.add_parser("init", help="make a new journal")

    log = sub.add_parser("log", help="log a win")
    log.add_argument("text")
    log.add_argument("--category", "-c")
    log.add_argument("--date", "-d", help="YYYY-MM-DD, today or yesterday (default: today)")
    log.add_argument("--note", default="")
    log.add_argument("--tag", "-t", action="append", default=[])
    log.add_argument("--after-hard-moment", action="store_true")
    log.add_argument("--private", action="store_true", help="never include it in any export")

    hard = sub.add_parser("hard-moment", help="note a hard moment (it takes nothing away)")
    hard.add_argument(
        "--word", default="hard moment", help=f"your word for it, e.g. {', '.join(MOMENT_WORDS)}"
    )
    hard.add_argument("--text", default="", help="what happened, if you want to say")
    hard.add_argument("--note", default="", help="what helped")
    hard.add_argument("--date", "-d")
    hard.add_argument("--tag", "-t", action="append", default=[])
    hard.add_argument("--private", action="store_true")

    listing = sub.add_parser("list", help="show entries, newest first")
    listing.add_argument("--limit", "-n", type=_limit, default=20)
    listing.add_argument("--kind", choices=["win", "hard-moment"])
    listing.add_argument("--category", "-c")
    listing.add_argument("--tag", "-t")
    listing.add_argument("--from", dest="since")
    listing.add_argument("--to", dest="until")

    search = sub.add_parser("search", help="find entries by words")
    search.add_argument("query")
    search.add_argument("--limit", "-n", type=_limit, default=20)
    search.add_argument("--newest", action="store_true", help="newest first instead of best match")

    sub.add_parser("stats", help="what you've done so far")
    sub.add_parser("passwd", help="change the passphrase")
    sub.add_parser("recover", help="open with the recovery code and choose a new passphrase")
    sub.add_parser("remember-device", help="let this computer's keychain open the journal")
    sub.add_parser("forget-device", help="stop this computer from opening the journal by itself")
    sub.add_parser("check", help="check the journal file for damage")

    export = sub.add_parser("export", help="export entries (private ones never leave)")
    export.add_argument("--format", choices=["json", "csv", "summary"], required=True)
    export.add_argument("--out", "-o", help="file to write (default: print; a PDF for summary)")
    export.add_argument("--from", dest="since", help="summary: first day (default: 4 weeks ago)")
    export.add_argument("--to", dest="until", help="summary: last day (default: today)")
    export.add_argument("--hard-moments", action="store_true", help="summary: include hard moments")
    export.add_argument("--no-entries", action="store_true", help="summary: counts only")
    export.add_argument("--notes", action="store_true", help="summary: what I know now")
    export.add_argument(
        "--bring-up", action="store_true", help="summary: things I want to bring up (open ones)"
    )
    export.add_argument("--sessions", action="store_true", help="summary: sessions I showed up to")

    importing = sub.add_parser("import", help="add the entries of a JSON export (never twice)")
    importing.add_argument("file", metavar="FILE", help="a file made by export --format json")

    backing = sub.add_parser("backup", help="make an encrypted backup of the journal")
    backing.add_argument(
        "--to", metavar="FILE", help="file or folder to write it to (default: the backups folder)"
    )
    sub.add_parser("backups", help="list the backups in the backups folder")
    restore = sub.add_parser("restore", help="replace the journal with a backup (can be undone)")
    restore.add_argument("source", metavar="FILE|ID", help="a backup file, or an ID from backups")
    sub.add_parser("rotate-key", help="a new key, passphrase and recovery code for the journal")
    return parser


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
        self.out = out or sys.stdout  # looked up now, not at import, so redirection works
        self.today = today
        self.passphrase_checked = False  # set when the journal was opened with the passphrase

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    # -- secrets ----------------------------------------------------------------------------

    def _ask(self, label: str) -> str:
        try:
            return self.prompt(label)
        except EOFError:
            raise InvalidEntry("No answer came in, so nothing changed.") from None

    def _new_passphrase(self, *, from_env_ok: bool = True) -> str:
        from_env = os.environ.get(PASSPHRASE_ENV) if from_env_ok else None
        if from_env:
            return from_env
        first = self._ask("New passphrase: ")
        if self._ask("Type it once more: ") != first:
            raise InvalidEntry("The two passphrases weren't the same. Nothing changed.")
        return first

    def open_vault(self, *, mend: bool = True) -> Vault:
        """The journal, opened; what opening found is said on stderr (stdout may be an export).

        Opened from the key file's copy, a new passphrase is asked for right away, before the
        command runs (``mend``; ``passwd`` and ``rotate-key`` ask for one of their own). Where
        none can be typed, nothing runs and nothing changes (``NewPassphraseNeeded``).
        """
        vault = self._unlock()
        try:
            if vault.stale:
                print(STALE_JOURNAL, file=sys.stderr)
            if vault.opened_from_copy:
                print(OLD_KEY_FILE, file=sys.stderr)
                if mend:
                    self._mend_key_file(vault)
        except BaseException:
            vault.lock()
            raise
        return vault

    def _mend_key_file(self, vault: Vault) -> None:
        if not self.passphrase_checked and not vault.is_passphrase(
            self._ask("Current passphrase: ")
        ):
            raise WrongPassphrase("That isn't the current passphrase, so nothing changed.")
        try:
            first = self.prompt("New passphrase: ")
            again = self.prompt("Type it once more: ")
        except EOFError:
            raise NewPassphraseNeeded() from None
        if again != first:
            raise InvalidEntry("The two passphrases weren't the same. Nothing changed.")
        vault.change_passphrase(first)
        print("Your passphrase is changed. The recovery code still works.", file=sys.stderr)

    def _unlock(self) -> Vault:
        """This computer's keychain first (when the person chose that), then the passphrase."""
        self._require_journal()
        if Vault.remembers_device(self.folder):
            try:
                return Vault.unlock_with_device(self.folder, self.keychain)
            except DeviceKeyUnavailable:
                pass
        passphrase = os.environ.get(PASSPHRASE_ENV) or self._ask("Passphrase: ")
        vault = Vault.unlock(self.folder, passphrase)
        self.passphrase_checked = True
        return vault

    def _journal_present(self) -> bool:
        try:
            return Vault.exists(self.folder) or (self.folder / DB_NAME).exists()
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
            Vault.forget_device(self.folder, self.keychain)
            self.say("This computer no longer opens the journal by itself.")
            return 0
        if command == "backups":  # no key needed to list them
            return self.list_backups()
        if command == "restore":  # the current journal may not open: that's why people restore
            return self.restore(args.source)
        with self.open_vault(mend=command not in ("passwd", "rotate_key")) as vault:
            handler: Callable[[Vault, argparse.Namespace], int] = getattr(self, f"cmd_{command}")
            return handler(vault, args)

    def init(self) -> int:
        if self._journal_present():
            raise JournalExists()  # before the passphrase is typed twice for nothing
        self.say("Your journal is encrypted on this computer with a passphrase only you know.")
        self.say("If you forget the passphrase and lose the recovery code, no one can open it.")
        vault, code = Vault.create(self.folder, self._new_passphrase())
        vault.lock()
        self._show_code(code)
        return 0

    def recover(self) -> int:
        self._require_journal()
        code = self._ask("Recovery code: ")
        vault, new_code = Vault.unlock_with_recovery_code(self.folder, code, self._new_passphrase())
        vault.lock()
        self.say("Your new passphrase is set. The old recovery code no longer works.")
        self._show_code(new_code)
        return 0

    def _show_code(self, code: str) -> None:
        self.say()
        self.say("Your recovery code (it is shown only this once):")
        self.say(f"    {code}")
        self.say("Write it down or keep it somewhere safe. It opens the journal if you forget")
        self.say("the passphrase.")

    def journal(self, vault: Vault) -> JournalService:
        return JournalService(vault.db)

    def cmd_log(self, vault: Vault, args: argparse.Namespace) -> int:
        change = self.journal(vault).log_win(
            args.text,
            category=args.category,
            day=self._day(args.date),
            note=args.note,
            after_hard_moment=args.after_hard_moment,
            private=args.private,
            tags=args.tag,
        )
        self.say(f"Saved. That counts. (entry {change.entry.id})")
        return 0

    def cmd_hard_moment(self, vault: Vault, args: argparse.Namespace) -> int:
        self.journal(vault).log_hard_moment(
            word=args.word,
            text=args.text,
            note=args.note,
            day=self._day(args.date),
            private=args.private,
            tags=args.tag,
        )
        self.say("Noted. Everything you've done still counts. You're picking up from here.")
        return 0

    def cmd_list(self, vault: Vault, args: argparse.Namespace) -> int:
        journal = self.journal(vault)
        kinds = {"win": Kind.WIN, "hard-moment": Kind.HARD_MOMENT}
        category_ids: frozenset[int] = frozenset()
        if args.category:
            found = journal.find_category(args.category)
            if found is None:
                raise InvalidEntry("There's no category called that.")
            category_ids = frozenset({found.id})
        where = EntryFilter(
            kinds=frozenset({kinds[args.kind]}) if args.kind else frozenset(),
            category_ids=category_ids,
            tag=args.tag,
            since=self._day(args.since),
            until=self._day(args.until),
        )
        entries = journal.entries(where, limit=args.limit)
        if not entries and where != EntryFilter():
            self.say("No entries match that.")
        elif not entries:
            self.say("Nothing here yet. You don't need to be sure. You just need to show up.")
        for entry in entries:
            self.say(self._line(entry))
        return 0

    def cmd_search(self, vault: Vault, args: argparse.Namespace) -> int:
        hits = self.journal(vault).search(
            args.query, limit=args.limit, order="newest" if args.newest else "rank"
        )
        if not hits:
            self.say("No entries have those words.")
        for hit in hits:
            snippet = "".join(f"[{text}]" if matched else text for text, matched in hit.snippet)
            self.say(f"{hit.entry.day.isoformat()}  #{hit.entry.id}  {snippet}")
        return 0

    def cmd_stats(self, vault: Vault, args: argparse.Namespace) -> int:
        self.say(progress_sentence(self.journal(vault).summary()))  # as the app says it
        return 0

    def cmd_passwd(self, vault: Vault, args: argparse.Namespace) -> int:
        # Opened by this computer's keychain: the current passphrase is asked first.
        if not self.passphrase_checked and not vault.is_passphrase(
            self._ask("Current passphrase: ")
        ):
            raise WrongPassphrase("That isn't the current passphrase, so nothing changed.")
        # The environment variable opened the journal; the new passphrase is typed.
        vault.change_passphrase(self._new_passphrase(from_env_ok=False))
        self.say("Your passphrase is changed. The recovery code still works.")
        return 0

    def cmd_remember_device(self, vault: Vault, args: argparse.Namespace) -> int:
        vault.remember_device(self.keychain)
        self.say("This computer now opens the journal without the passphrase.")
        self.say("Anyone logged in as you can open it too. Turn it off with forget-device.")
        return 0

    def cmd_check(self, vault: Vault, args: argparse.Namespace) -> int:
        problems = vault.check()
        if problems:
            self.say("The journal file has damage. Restore a backup to keep going.")
            return 5
        self.say("The journal file is whole.")
        return 0

    def cmd_export(self, vault: Vault, args: argparse.Namespace) -> int:
        journal = self.journal(vault)
        if args.format == "summary":
            return self._export_summary(journal, NotebookService(vault.db, journal), args)
        notebook = NotebookService(vault.db, journal)
        writer = (
            functools.partial(write_json, notebook=notebook) if args.format == "json" else write_csv
        )
        if not args.out:
            writer(journal, self.out)
            return 0
        target = Path(args.out).expanduser()
        count = export_to_file(journal, target, writer)
        self.say(f"Exported {plural(count, 'entry', 'entries')} to {target}.")
        self.say("Private entries stayed out.")
        return 0

    def _export_summary(
        self, journal: JournalService, notebook: NotebookService, args: argparse.Namespace
    ) -> int:
        from iop_companion.export.pdf import default_file_name, write_summary
        from iop_companion.export.summary import SummaryChoices, build_summary

        until = self._day(args.until) or self.today()
        since = self._day(args.since) or until - timedelta(days=27)
        choices = SummaryChoices(
            since=min(since, until),
            until=max(since, until),
            include_hard_moments=args.hard_moments,
            include_entries=not args.no_entries,
            include_notes=args.notes,
            include_bring_up=args.bring_up,
            include_sessions=args.sessions,
        )
        target = Path(args.out or default_file_name(self.today())).expanduser()
        write_summary(build_summary(journal, choices, notebook=notebook), target)
        self.say(f"Saved the summary as {target}. Private entries stayed out.")
        return 0

    def cmd_import(self, vault: Vault, args: argparse.Namespace) -> int:
        """The whole file is checked first; then everything goes in, or nothing does."""
        journal = self.journal(vault)
        notebook = NotebookService(vault.db, journal)
        result = import_export(journal, Path(args.file).expanduser(), notebook=notebook)
        self.say(result_words(result))
        return 0

    # -- backups ----------------------------------------------------------------------------

    def cmd_backup(self, vault: Vault, args: argparse.Namespace) -> int:
        target = Path(args.to).expanduser() if args.to else None
        made = backup.make_backup(vault, target)
        self.say(f"Backup saved: {made.path} ({_size(made.size)}).")
        self.say("It opens with your passphrase or recovery code, and nothing else.")
        return 0

    def list_backups(self) -> int:
        self._require_journal()
        found = backup.list_backups(self.folder)
        if not found:
            self.say("No backups yet. The backup command makes one.")
            return 0
        width = max(len(b.id) for b in found)
        for item in found:
            when = item.when.astimezone().strftime("%Y-%m-%d %H:%M")
            label = BACKUP_KINDS[item.kind] + ("" if item.complete else ", incomplete")
            self.say(f"{item.id:<{width}}  {when}  {_size(item.size):>9}  {label}")
        self.say(f"They are in {self.folder / BACKUPS_DIR}.")
        return 0

    def restore(self, source: str) -> int:
        chosen = backup.find(self.folder, source)
        secret = os.environ.get(PASSPHRASE_ENV) or self._ask(
            "Passphrase or recovery code of that backup: "
        )
        result = backup.restore(self.folder, chosen, secret)
        held = result.preview
        holds = plural(held.wins, "win", "wins")
        if held.hard_moments:
            holds += " and " + plural(held.hard_moments, "hard moment", "hard moments")
        if held.first_day and held.last_day and held.first_day != held.last_day:
            holds += f", from {_long_day(held.first_day)} to {_long_day(held.last_day)}"
        elif held.first_day:
            holds += f", from {_long_day(held.first_day)}"
        self.say(f"Restored. The journal holds {holds}.")
        self.say("It opens with the passphrase or recovery code it had when the backup was made.")
        if result.previous is not None:
            self.say(
                f"The journal you had before is kept as backup {result.previous.id}: "
                "restore that to undo this."
            )
        return 0

    def cmd_rotate_key(self, vault: Vault, args: argparse.Namespace) -> int:
        self.say("The journal gets a new key, a new passphrase and a new recovery code.")
        rotation = vault.rotate_key(self._new_passphrase(from_env_ok=False), keychain=self.keychain)
        self.say("Done. The old passphrase and recovery code no longer open the journal.")
        if rotation.device_forgotten:
            self.say("This computer no longer opens it by itself; remember-device turns that on.")
        if rotation.old_backups:
            count = len(rotation.old_backups)
            self.say(
                f"{plural(count, 'backup')} made before now still "
                f"{'opens' if count == 1 else 'open'} with the old passphrase or recovery code. "
                f"You may delete {'it' if count == 1 else 'them'} from "
                f"{self.folder / BACKUPS_DIR}, and any copies elsewhere."
            )
        self._show_code(rotation.recovery_code)
        return 0

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
            raise InvalidEntry("Write the day as YYYY-MM-DD, for example 2026-03-14.") from None

    @staticmethod
    def _line(entry: Entry) -> str:
        if entry.kind is Kind.WIN:
            label = entry.category or "win"
            text = entry.text
        else:
            label = entry.moment_word
            text = entry.text or entry.note
        flags = " (private)" if entry.private else ""
        tags = "  " + " ".join(f"#{t}" for t in entry.tags) if entry.tags else ""
        return f"{entry.day.isoformat()}  #{entry.id}  [{label}] {text}{flags}{tags}"


BACKUP_KINDS = {
    "daily": "daily",
    "chosen": "made by you",
    "before-restore": "before a restore",
    "before-migration": "before an update",
}


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size, 1) / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _long_day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def run(
    argv: Sequence[str], *, keychain: Keychain | None = None, prompt: Prompt = getpass.getpass
) -> int:
    """Parse ``argv`` and run the command; returns the exit code. Known errors print one line."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_check:
        from iop_companion.self_check import run_self_check

        return run_self_check()
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return Cli(AppPaths.resolve(args.data_dir), keychain=keychain, prompt=prompt).run(args)
    except KnownError as error:
        print(error.sentence, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("\nStopped. Nothing was half-saved.", file=sys.stderr)
        return EXIT_INTERRUPTED
