"""The files a journal keeps in a folder that is in step between computers (Qt-free).

The person picks a folder they already keep in step (Syncthing, Dropbox, OneDrive, Nextcloud, a
USB stick carried between computers). The folder holds:

- a **key file**: the journal's key file without any computer's own slot, so a new computer can
  join with the passphrase or the recovery code;
- for each computer, a **computer file** (that it takes part) and its **segments**: its changes,
  in order, each segment written once and never changed.

Every file has a random-looking name of 32 hex digits and no date; its size is padded to a fixed
step; its bytes are a nonce and AES-256-GCM ciphertext. A segment's key is made from the data key
(HKDF) and its associated data binds it to the journal (vault id), the computer and its number,
so no segment can pass for another. Names come from an HMAC of the same, so only a computer that
has the key can tell which file is which. The key file can't be under the data key (it is how a
new computer gets it): it is sealed under a key made from the journal's id, which is the first
16 bytes of the file. That hides the words; it adds no secrecy beyond the passphrase and recovery
code slots inside, which are as strong as they are in the journal's own key file.

A computer only ever writes and deletes its own files (and conflict copies of them). The sync
tools' habits are expected: a file still being copied is short or fails authentication, and is
read on a later pass; a conflict copy (``<name>.sync-conflict-…``, ``<name> (… conflicted
copy …)``) is read as the same file.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from iop_companion.errors import FolderUnavailable, KeyFileDamaged
from iop_companion.i18n import translate
from iop_companion.vault.files import atomic_replace, fsync_dir, raise_for_os_error, read_small
from iop_companion.vault.keys import NONCE_BYTES, derive_subkey
from iop_companion.vault.slots import SlotFile

NAME = re.compile(r"[0-9a-f]{32}")
_COPY = re.compile(r"([0-9a-f]{32})(.+)")  # a sync tool's conflict copy of one of our files
_STEPS = (4096, 16384, 65536, 262144, 1048576)  # sizes a file is padded to; then whole MiB
MAX_FILE_BYTES = 64 * 1048576
_MIB = 1048576
_SEALED = "iop-companion sync"


def padded(data: bytes) -> bytes:
    """``data`` with its length in front, zeros after, to the next size step."""
    whole = struct.pack(">I", len(data)) + data
    size = next((step for step in _STEPS if len(whole) <= step), 0)
    if not size:
        size = -(-len(whole) // _MIB) * _MIB
    return whole + bytes(size - len(whole))


def unpadded(data: bytes) -> bytes | None:
    if len(data) < 4:
        return None
    (length,) = struct.unpack(">I", data[:4])
    if length > len(data) - 4 or any(data[4 + length :]):
        return None
    return data[4 : 4 + length]


def _seal(key: bytes, plain: bytes, associated: bytes) -> bytes:
    # The nonce is random; the cipher adds 16 bytes of tag, so a padded size stays a step apart.
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, padded(zlib.compress(plain)), associated)


def _open(key: bytes, sealed: bytes, associated: bytes) -> bytes | None:
    if len(sealed) < NONCE_BYTES + 16:
        return None
    try:
        inner = AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated)
    except InvalidTag:
        return None
    body = unpadded(inner)
    if body is None:
        return None
    try:
        decompressor = zlib.decompressobj()
        plain = decompressor.decompress(body, MAX_FILE_BYTES)
    except zlib.error:
        return None
    return plain if not decompressor.unconsumed_tail else None


# -- the key file ---------------------------------------------------------------------------------


def _key_file_key(vault_id: bytes) -> bytes:
    return derive_subkey(vault_id, "sync folder key file")


def key_file_name(vault_id: str) -> str:
    return hashlib.sha256(f"{_SEALED} key file|{vault_id}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class FolderKeyFile:
    """The folder's key file: the key file's slots, when they were last changed (``at``, ms
    since 1970, so the latest change of a passphrase wins on every computer), and a check made
    with the data key, which tells a computer whether the file still opens its own journal (it
    doesn't once another computer changed the journal's key)."""

    slots: SlotFile
    at: int
    check: bytes

    def opens(self, data_key: bytes) -> bool:
        return hmac.compare_digest(self.check, _key_check(data_key, self.slots, self.at))


def _key_check(data_key: bytes, slots: SlotFile, at: int) -> bytes:
    key = derive_subkey(data_key, "sync folder key file check")
    return hmac.new(key, f"{at}|".encode() + slots.to_bytes(), hashlib.sha256).digest()


def key_file_bytes(slots: SlotFile, data_key: bytes, at: int) -> bytes:
    """``slots`` (without this computer's own slot) as the folder's key file."""
    kept = slots.without("device")
    raw_id = bytes.fromhex(slots.vault_id)
    document = {
        "slots": kept.to_bytes().decode(),
        "at": at,
        "check": _key_check(data_key, kept, at).hex(),
    }
    plain = json.dumps(document).encode()
    return raw_id + _seal(_key_file_key(raw_id), plain, f"{_SEALED}|key".encode())


def read_key_file(data: bytes) -> FolderKeyFile | None:
    """The key file in ``data``, or None when ``data`` isn't one."""
    raw_id, sealed = data[:16], data[16:]
    document = _json(_open(_key_file_key(raw_id), sealed, f"{_SEALED}|key".encode()))
    if not isinstance(document, dict):
        return None
    text, at, check = document.get("slots"), document.get("at"), document.get("check")
    if not (isinstance(text, str) and type(at) is int and isinstance(check, str)):
        return None
    try:
        slots = SlotFile.from_bytes(text.encode())
        checked = bytes.fromhex(check)
    except (KeyFileDamaged, ValueError):
        return None
    if slots.vault_id != raw_id.hex():
        return None
    return FolderKeyFile(slots, at, checked)


# -- names and keys --------------------------------------------------------------------------


@dataclass(frozen=True)
class FolderKeys:
    """What a computer needs to read and write a journal's files: made from its data key."""

    vault_id: str
    sealing: bytes
    naming: bytes

    @classmethod
    def of(cls, data_key: bytes, vault_id: str) -> FolderKeys:
        return cls(
            vault_id,
            derive_subkey(data_key, "sync folder segments"),
            derive_subkey(data_key, "sync folder names"),
        )

    def _name(self, what: str) -> str:
        return hmac.new(self.naming, what.encode(), hashlib.sha256).hexdigest()[:32]

    def segment_name(self, computer: str, number: int) -> str:
        return self._name(f"segment|{computer}|{number}")

    def computer_name(self, computer: str) -> str:
        return self._name(f"computer|{computer}")

    def _segment_data(self, computer: str, number: int) -> bytes:
        return f"{_SEALED} segment v1|{self.vault_id}|{computer}|{number}".encode()

    def seal_segment(self, computer: str, number: int, document: Any) -> bytes:
        plain = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()
        return _seal(self.sealing, plain, self._segment_data(computer, number))

    def open_segment(self, computer: str, number: int, sealed: bytes) -> Any | None:
        """What the segment holds, or None (not whole yet, or not this one)."""
        plain = _open(self.sealing, sealed, self._segment_data(computer, number))
        return _json(plain)

    def seal_computer(self, computer: str) -> bytes:
        plain = json.dumps({"computer": computer}).encode()
        return _seal(self.sealing, plain, f"{_SEALED} computer v1|{self.vault_id}".encode())

    def open_computer(self, name: str, sealed: bytes) -> str | None:
        """The computer a computer file names, when ``name`` is that computer's."""
        plain = _open(self.sealing, sealed, f"{_SEALED} computer v1|{self.vault_id}".encode())
        document = _json(plain)
        computer = document.get("computer") if isinstance(document, dict) else None
        if isinstance(computer, str) and NAME.fullmatch(computer):
            return computer if self.computer_name(computer) == name else None
        return None


def _json(plain: bytes | None) -> Any | None:
    if plain is None:
        return None
    try:
        return json.loads(plain)
    except (ValueError, RecursionError):
        return None


def new_computer_id() -> str:
    return secrets.token_hex(16)


# -- the folder ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Listing:
    """The files in the folder: ours by name, and the conflict copies of each."""

    names: frozenset[str]
    copies: dict[str, tuple[str, ...]]
    others: tuple[str, ...]  # files that are none of ours (not counting hidden ones)

    def versions(self, name: str) -> list[str]:
        """The file ``name`` and its conflict copies, the file first."""
        found = [name] if name in self.names else []
        return found + list(self.copies.get(name, ()))


def list_folder(folder: Path) -> Listing:
    names: set[str] = set()
    copies: dict[str, list[str]] = {}
    others = []
    try:
        entries = list(os.scandir(folder))
    except OSError as exc:
        raise_for_os_error(exc)
        raise
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue  # a sync tool's own files, or one of ours still being written
        if NAME.fullmatch(name):
            names.add(name)
        elif match := _COPY.fullmatch(name):
            copies.setdefault(match.group(1), []).append(name)
        else:
            others.append(name)
    return Listing(
        frozenset(names), {k: tuple(sorted(v)) for k, v in copies.items()}, tuple(sorted(others))
    )


def read_file(folder: Path, name: str) -> bytes | None:
    """The bytes of one of the folder's files; None when it isn't there (any more) or isn't a
    plain file of a size this app writes."""
    try:
        return read_small(folder / name, MAX_FILE_BYTES)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise_for_os_error(exc)
        raise


def write_file(folder: Path, name: str, data: bytes) -> None:
    """Write one of this computer's files whole (a hidden temp file, then renamed)."""
    try:
        atomic_replace(folder / name, data)
    except FolderUnavailable:  # its sentence is the journal folder's
        raise FolderUnavailable(
            translate(
                "sync_folder",
                "The folder that keeps this journal in step can't be written to. Check that the "
                "drive is connected and the folder is yours.",
            )
        ) from None


def remove_file(folder: Path, name: str) -> None:
    """Remove one of this computer's files (or a conflict copy of one). A folder under that
    name is none of ours and is left as it is."""
    try:
        os.remove(folder / name)
    except (FileNotFoundError, IsADirectoryError):
        return
    except OSError as exc:
        raise_for_os_error(exc)
        raise
    with contextlib.suppress(OSError):
        fsync_dir(folder)
