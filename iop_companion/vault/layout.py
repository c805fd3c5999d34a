"""The names of the files in a journal folder (one place, so every module agrees)."""

from __future__ import annotations

DB_NAME = "journal.db"
WAL_NAME = f"{DB_NAME}-wal"
SHM_NAME = f"{DB_NAME}-shm"
SLOTS_NAME = "keyslots.json"
SLOTS_BACKUP_NAME = "keyslots.json.bak"
# How far the journal had got when it was last closed here, sealed under its key; it is also the
# file locked while the key file, its copy or the seal is rewritten (see ``seal``).
SEAL_NAME = "journal.seal"
BACKUPS_DIR = "backups"
SWAP_DIR = ".swap"  # a restore or key rotation in progress (see ``swap``)
SCRATCH_PREFIX = ".backup-"  # a backup being made (an encrypted copy, never plaintext)
# The plan for hard times, in plain text, when the person chose to see it on the unlock screen
# (not encrypted, by their choice; see ``core/unlock_copy``). Not a journal file: no backup,
# restore or export takes it.
UNLOCK_COPY_NAME = "unlock-screen.txt"
