"""Small tools the vault tests share: fingerprints of a folder, and edits to the key-slot file."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from iop_companion.vault.vault import SLOTS_BACKUP_NAME, SLOTS_NAME

SQLITE_HEADER = b"SQLite format 3\x00"
# What the app is called, in the forms a file could hold it (looked for in lower case).
APP_NAMES = (b"iop-companion", b"iop_companion", b"iop companion")


def fingerprint(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (hidden ones, -wal and -shm included)."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def body_digest(body: Any) -> str:
    """The key-slot file's checksum, computed the way the file format defines it."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def edit_slots(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Edit the body of ``keyslots.json`` and give it a matching checksum, as a tamperer would."""
    path = folder / SLOTS_NAME
    document = json.loads(path.read_text())
    change(document["body"])
    document["sha256"] = body_digest(document["body"])
    path.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n")


def passphrase_slot(body: dict[str, Any]) -> dict[str, Any]:
    slot: dict[str, Any] = next(s for s in body["slots"] if s["type"] == "passphrase")
    return slot


def slot_types(folder: Path, name: str = SLOTS_NAME) -> list[str]:
    return [s["type"] for s in json.loads((folder / name).read_text())["body"]["slots"]]


def remove_backup(folder: Path) -> None:
    (folder / SLOTS_BACKUP_NAME).unlink(missing_ok=True)
