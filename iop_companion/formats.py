"""The version of each file format this version writes, known without opening anything:
``iop-companion --version`` reads them here, so it loads no database code."""

from __future__ import annotations

# The key file (vault/slots.py). 2: its plain format name. Version 1 files open too, and are
# written as 2.
KEY_FILE_VERSION = 2
# The database schema: the number of migrations in vault/schema.py (a test keeps them equal, so
# a new migration moves this too).
SCHEMA_VERSION = 9
# The backup file (vault/backup_file.py). 2: the key file inside is key file format 2. Version 1
# backups still open; the version moved so that 0.1.0 says "made by a newer version", not
# "damaged".
BACKUP_FORMAT_VERSION = 2
