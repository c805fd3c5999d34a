"""Failures a person (or their machine) can do something about.

Every ``KnownError`` carries one plain sentence in the spirit of ``shared/design/language.md``:
what happened and what the person can do, with no blame. Anything that is not a ``KnownError`` is a
bug and should fail loudly. Messages never contain entry text, passphrases or keys.
"""

from __future__ import annotations

from iop_companion.i18n import QT_TRANSLATE_NOOP, translate

# -- notices: things a person should hear once, said while the journal opens anyway ------------

STALE_JOURNAL = QT_TRANSLATE_NOOP(
    "KnownError",
    "This journal file is older than the last one this computer closed: some saves may be "
    "missing. If you have a newer copy or a backup, restore it.",
)
OLD_KEY_FILE = QT_TRANSLATE_NOOP(
    "KnownError",
    "The key file was damaged, so the copy from before your last passphrase change opened the "
    "journal. Choose a new passphrase now.",
)
# Said in two parts: the first before the new code is made (so that an output that can't be
# written changes nothing), the second with the code.
CODE_NOT_KEPT = QT_TRANSLATE_NOOP(
    "KnownError",
    "Setting up stopped before your recovery code was kept, so the journal gets a new one now.",
)
NEW_CODE_KEPT_HOW = QT_TRANSLATE_NOOP(
    "KnownError", "The earlier code no longer works. Keep this one somewhere only you can reach:"
)


class KnownError(Exception):
    """A failure with a plain-language message and a documented CLI exit code."""

    exit_code = 1
    message = QT_TRANSLATE_NOOP("KnownError", "Something went wrong. Nothing you saved is lost.")

    def __init__(self, message: str | None = None) -> None:
        """``message`` when given is already in the reader's language (the raiser translated
        it, with its values); the class's own is translated here."""
        super().__init__(message or translate("KnownError", self.message))

    @property
    def sentence(self) -> str:
        return str(self.args[0])


class WrongPassphrase(KnownError):
    exit_code = 3
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "That passphrase didn't open the journal. Check Caps Lock, or use your recovery code.",
    )


class WrongRecoveryCode(KnownError):
    exit_code = 3
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "That recovery code didn't open the journal. Check each group against the copy you kept.",
    )


class RecoveryCodeTypo(KnownError):
    exit_code = 3
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "That recovery code has a typo somewhere. Check each group against the copy you kept.",
    )


class DeviceKeyUnavailable(KnownError):
    exit_code = 3
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "This computer doesn't remember the journal's key. Use your passphrase instead.",
    )


class KeychainUnavailable(KnownError):
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "This computer has no safe keychain to remember the key in, so it isn't saved. "
        "You can keep using your passphrase.",
    )


class NoJournalYet(KnownError):
    exit_code = 4
    message = QT_TRANSLATE_NOOP(
        "KnownError", "There's no journal in this folder yet. Create one first."
    )


class JournalExists(KnownError):
    exit_code = 4
    message = QT_TRANSLATE_NOOP(
        "KnownError", "There's already a journal in this folder. Open it, or choose another folder."
    )


class JournalDamaged(KnownError):
    exit_code = 5
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "The journal file is damaged and can't be read. Your passphrase is fine. "
        "Restore a backup to keep going.",
    )


class KeyFileDamaged(KnownError):
    exit_code = 5
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "The key file beside your journal is damaged. Restore a backup of the journal folder, "
        "or use your recovery code if you have a copy of the key file.",
    )


class KeyFileChanged(KnownError):
    """Another window or command changed the passphrase or the recovery code after this one
    opened the journal, and this change was of the same one. The first change stands; this one
    changed nothing. Exit 1: the README's "another window changed the same thing first"."""

    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "Another window changed the journal's passphrase or recovery code first, so nothing "
        "changed here. Try again if you still want this change.",
    )


class NewPassphraseNeeded(KnownError):
    """Opened from the key file's copy (``OLD_KEY_FILE``), where no new passphrase can be asked
    for: nothing ran, nothing changed."""

    exit_code = 5
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "No new passphrase came in, so nothing changed. Run the command again where you can "
        "type one.",
    )


class KeySettingsRefused(KnownError):
    exit_code = 5
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "The key file asks for settings this app won't use, so it wasn't opened. "
        "It may have been changed. Restore a backup of the journal folder.",
    )


class NewerJournal(KnownError):
    exit_code = 5
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "This journal was made by a newer version of the app. Update the app to open it.",
    )


class FolderUnavailable(KnownError):
    exit_code = 6
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "The journal folder can't be used: it's missing or can't be written to. "
        "Check that the drive is connected and the folder is yours.",
    )


class DiskFull(KnownError):
    exit_code = 6
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "There's no room left on the disk to save this. Free some space and try again. "
        "Everything saved before is safe.",
    )


class DiskProblem(KnownError):
    exit_code = 6
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "The disk didn't take the change. Check that there's free space and the drive is still "
        "connected, then try again. Everything saved before is safe.",
    )


class NotEnoughMemory(KnownError):
    """Argon2id needs its memory (64 MiB or more) in one go, on purpose."""

    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "This computer doesn't have enough free memory to use your passphrase right now. Close "
        "a few programs and try again. Nothing changed.",
    )


class WeakPassphrase(KnownError):
    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "Choose a passphrase of at least 8 characters. A few unrelated words work well.",
    )


class FileNotWritten(KnownError):
    message = QT_TRANSLATE_NOOP(
        "KnownError", "That file couldn't be written. Check the folder and try again."
    )


class NotAFile(KnownError):
    """A path to read or write that is a folder, a device, a pipe or a socket (after its links):
    reading a pipe waits forever, and saving over a device replaces it."""

    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "That's a folder, a device or a pipe, not a file, so nothing was done with it. "
        "Choose a file.",
    )


class SavesOverJournal(KnownError):
    """A file to write inside the journal's own folder, or a second name of one of its files."""

    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "Saving there could overwrite the journal itself, so nothing was written. "
        "Choose a folder outside the journal's folder.",
    )


class OutputUnwritable(KnownError):
    """Standard output is closed, or its disk or device is full or gone."""

    exit_code = 6
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "What the command had to show couldn't be written: the place it goes to is full or "
        "closed. Your journal is safe.",
    )


class RecoveryCodeNotShown(KnownError):
    exit_code = 6
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "The recovery code couldn't be shown, because the output is full or closed, so no "
        "journal was made. Run init again where you can see what it prints.",
    )


class InvalidEntry(KnownError):
    """Input the person can correct; the message says how."""

    exit_code = 2


class ImportRefused(KnownError):
    """A file that can't be imported; the message names the record, never its text."""

    exit_code = 2
    message = QT_TRANSLATE_NOOP("KnownError", "That file can't be imported. Nothing was imported.")


class NotFromThatApp(ImportRefused):
    """A file (or folder) given as another app's journal that isn't what that app makes."""

    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError", "That file isn't from the app you chose. Nothing was imported."
    )


class NotFound(KnownError):
    exit_code = 2
    message = QT_TRANSLATE_NOOP("KnownError", "That entry isn't in the journal anymore.")


class JournalLocked(KnownError):
    exit_code = 3
    message = QT_TRANSLATE_NOOP("KnownError", "The journal is locked. Unlock it to keep going.")


class JournalBusy(KnownError):
    message = QT_TRANSLATE_NOOP(
        "KnownError", "The journal is open in another window. Close it there, then try again."
    )


class JournalStillWriting(KnownError):
    """Another connection (an import on the worker, the CLI) held the write lock past SQLite's
    wait."""

    message = QT_TRANSLATE_NOOP(
        "KnownError", "The journal is busy for a moment. Try again in a few seconds."
    )


class NotABackup(KnownError):
    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError", "That file isn't a backup of the journal. Choose a file made with Backup."
    )


class BackupNotFound(KnownError):
    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "There's no backup with that name. The list of backups shows the names to use.",
    )


class BackupDamaged(KnownError):
    exit_code = 5
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "That backup file is damaged or incomplete, so it can't be restored. "
        "Your current journal is unchanged.",
    )


class NewerBackup(KnownError):
    exit_code = 5
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "That backup was made by a newer version of the app. Update the app to restore it. "
        "Your current journal is unchanged.",
    )


class BackupLocked(KnownError):
    exit_code = 3
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "That didn't open the backup. A backup opens with the passphrase or recovery code "
        "the journal had when the backup was made.",
    )


class BackupTargetTaken(KnownError):
    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "There's already a file with that name, and it isn't a backup. "
        "Choose another name so nothing gets overwritten.",
    )


class CopyNotVerified(KnownError):
    exit_code = 5
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "The copy of the journal didn't pass its check, so it wasn't kept and nothing changed. "
        "Check the journal for damage, then try again.",
    )


class BackupUnwritable(KnownError):
    exit_code = 6
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "The backup can't be written there. Check that the drive is connected and the folder "
        "can be written to, then try again. Your journal is unchanged.",
    )


class BackupUnreadable(KnownError):
    exit_code = 6
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "That backup can't be read. Check that the drive is connected, then try again. "
        "Your journal is unchanged.",
    )


class NotInNotebook(KnownError):
    """A notebook item (a note, something to bring up, a session, a plan item, a phrase) that
    another window or an undo has already removed."""

    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError", "That isn't in the notebook anymore. It may have been removed a moment ago."
    )


class NotSyncing(KnownError):
    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "This journal isn't kept in step with a folder yet. Choose one with "
        "Use this journal on another computer.",
    )


class SyncFolderNotEmpty(KnownError):
    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "That folder has other files in it. Choose an empty folder, or make a new one.",
    )


class SyncFolderTaken(KnownError):
    exit_code = 4
    message = QT_TRANSLATE_NOOP(
        "KnownError", "That folder keeps a different journal in step. Choose another folder."
    )


class NoJournalInFolder(KnownError):
    exit_code = 4
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "There's no journal in that folder yet. On the computer that has it, choose "
        "Use this journal on another computer first.",
    )


class SyncStopped(KnownError):
    exit_code = 130
    message = QT_TRANSLATE_NOOP("KnownError", "Stopped. Nothing was changed on this computer.")


class CodeNeedsPassphrase(KnownError):
    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "That's the recovery code, so choose a new passphrase too: it becomes your journal's "
        "passphrase on every computer.",
    )


class KeyChangedElsewhere(KnownError):
    exit_code = 3
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "This journal's key was changed on another computer. Type the passphrase chosen there "
        "to keep this computer in step.",
    )


class ComputerNotFound(KnownError):
    """``sync forget`` with an id that matches none of the other computers, or more than one.
    Exit 2, as for a backup's name that matches none: the input needs a change."""

    exit_code = 2
    message = QT_TRANSLATE_NOOP(
        "KnownError",
        "No other computer here has an id that starts like that. 'sync status' shows the ids "
        "to use.",
    )
