"""The key-slot file: the data key, wrapped once per way of opening the journal (like LUKS).

The file is small JSON: a body (vault id and slots) plus a SHA-256 of the body's canonical form, so
a flipped byte reads as "damaged" rather than as "wrong passphrase". Parsing is strict: a file
larger than ``MAX_FILE_BYTES`` is refused before it is parsed, and every field is checked for
type, length and alphabet (canonical base64 only, exact lengths, exactly the keys the format has,
one slot of each type, ``kdf`` on the passphrase slot only) before anything is derived from it.
Whatever the bytes, ``from_bytes`` returns a ``SlotFile`` or raises ``KeyFileDamaged`` or
``NewerJournal``, in bounded time (tests/vault/test_forged_key_files.py).

Making a slot and opening one happen here too, and only here: ``make_slot`` and ``open_slot``
derive a slot's wrapping key the one way (Argon2id for a passphrase, HKDF for the random secret
of a recovery code or a device key) for the vault (unlock, recovery, this computer, passphrase
changes, key rotation) and for backups (preview, restore).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from iop_companion.errors import KeyFileDamaged, KeySettingsRefused, NewerJournal, RecoveryCodeTypo
from iop_companion.formats import KEY_FILE_VERSION
from iop_companion.vault import files
from iop_companion.vault.keys import (
    KEY_BYTES,
    NONCE_BYTES,
    SALT_BYTES,
    KdfParams,
    derive_passphrase_key,
    derive_secret_key,
    parse_recovery_code,
    unwrap,
    wrap,
)

# The name the file gives its format: plain, as discreet as the folder it sits in (anyone who
# opens the file can read it). Version 1 files (0.1.0) carry the app's full name instead.
FORMAT = "companion-keyslots"
EARLIER_FORMATS = frozenset({"iop-companion-keyslots"})
VERSION = KEY_FILE_VERSION  # 2: the plain name above (formats.py, so --version reads it fast)
READABLE_VERSIONS = frozenset({1, VERSION})
# Bound into every wrapped key (AES-GCM associated data), never written: fixed for good, so a
# new format name or version never touches the keys.
_SEALED_AS = "iop-companion-keyslots|v1"
SlotType = Literal["passphrase", "recovery", "device"]
SLOT_TYPES: tuple[SlotType, ...] = ("passphrase", "recovery", "device")
WRAPPED_BYTES = KEY_BYTES + 16  # AES-GCM adds a 16-byte tag
# A key file is about 1 KB; anything much larger is not one (and is not read whole).
MAX_FILE_BYTES = 64 * 1024
_DOCUMENT_KEYS = frozenset({"format", "version", "body", "sha256"})
_BODY_KEYS = frozenset({"vault_id", "slots"})
_SLOT_KEYS = frozenset({"id", "type", "salt", "nonce", "wrapped"})
_KDF_KEYS = frozenset({"name", "memory_kib", "iterations", "lanes"})
_VAULT_ID = re.compile(r"[0-9a-f]{32}")  # secrets.token_hex(16)


@dataclass(frozen=True)
class Slot:
    type: SlotType
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams | None = None  # passphrase slots only

    @property
    def id(self) -> str:
        # One slot of each type; the id is kept separate from the type in the associated data
        # so the format can grow to several passphrase slots without a new version.
        return self.type


@dataclass(frozen=True)
class SlotFile:
    vault_id: str
    slots: tuple[Slot, ...]

    def associated_data(self, slot: Slot) -> bytes:
        return f"{_SEALED_AS}|{self.vault_id}|{slot.id}|{slot.type}".encode()

    def get(self, slot_type: SlotType) -> Slot | None:
        return next((s for s in self.slots if s.type == slot_type), None)

    def with_slot(self, slot: Slot) -> SlotFile:
        kept = tuple(s for s in self.slots if s.type != slot.type)
        return replace(self, slots=(*kept, slot))

    def without(self, slot_type: SlotType) -> SlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.type != slot_type))

    def to_bytes(self) -> bytes:
        body = {"vault_id": self.vault_id, "slots": [_slot_to_json(s) for s in self.slots]}
        document = {"format": FORMAT, "version": VERSION, "body": body, "sha256": _digest(body)}
        return (json.dumps(document, indent=1, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotFile:
        """The slot file in ``data``; ``KeyFileDamaged`` for anything that isn't one this
        version wrote (or an earlier one), ``NewerJournal`` for one from a newer version."""
        if len(data) > MAX_FILE_BYTES:
            raise KeyFileDamaged()
        try:
            return cls._parse(json.loads(data.decode("utf-8")))
        except (UnicodeDecodeError, ValueError, TypeError, KeyError, RecursionError):
            raise KeyFileDamaged() from None

    @classmethod
    def _parse(cls, document: Any) -> SlotFile:
        if not isinstance(document, dict):
            raise TypeError("document")
        name = document.get("format")
        if not isinstance(name, str) or name not in {FORMAT, *EARLIER_FORMATS}:
            raise ValueError("format")
        version = document.get("version")
        if type(version) is not int:
            raise TypeError("version")
        if version > VERSION:
            raise NewerJournal()
        body = document.get("body")
        if (
            version not in READABLE_VERSIONS
            or set(document) != _DOCUMENT_KEYS
            or not isinstance(body, dict)
            or set(body) != _BODY_KEYS
            or document["sha256"] != _digest(body)
        ):
            raise ValueError("document")
        vault_id = body["vault_id"]
        if not isinstance(vault_id, str) or not _VAULT_ID.fullmatch(vault_id):
            raise ValueError("vault_id")
        slots = tuple(_slot_from_json(raw) for raw in _list(body, "slots"))
        if len({slot.type for slot in slots}) != len(slots):
            raise ValueError("two slots of one type")
        return cls(vault_id=vault_id, slots=slots)


def _digest(body: Any) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_to_json(slot: Slot) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "id": slot.id,
        "type": slot.type,
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
    }
    if slot.kdf is not None:
        raw["kdf"] = {
            "name": "argon2id",
            "memory_kib": slot.kdf.memory_kib,
            "iterations": slot.kdf.iterations,
            "lanes": slot.kdf.lanes,
        }
    return raw


def _slot_from_json(raw: Any) -> Slot:
    if not isinstance(raw, dict):
        raise TypeError("slot")
    slot_type = raw.get("type")
    if not isinstance(slot_type, str) or slot_type not in SLOT_TYPES or raw["id"] != slot_type:
        raise ValueError("slot type")
    kdf = None
    if slot_type == "passphrase":
        if set(raw) != _SLOT_KEYS | {"kdf"}:
            raise ValueError("slot")
        params = raw["kdf"]
        if not isinstance(params, dict) or set(params) != _KDF_KEYS:
            raise ValueError("kdf")
        if params["name"] != "argon2id":
            raise ValueError("kdf")
        kdf = KdfParams(
            memory_kib=_int(params, "memory_kib"),
            iterations=_int(params, "iterations"),
            lanes=_int(params, "lanes"),
        )
    elif set(raw) != _SLOT_KEYS:  # a recovery or device slot has no kdf, nor anything else
        raise ValueError("slot")
    return Slot(
        type=slot_type,  # one of SLOT_TYPES, checked above
        salt=_bytes(raw, "salt", SALT_BYTES),
        nonce=_bytes(raw, "nonce", NONCE_BYTES),
        wrapped=_bytes(raw, "wrapped", WRAPPED_BYTES),
        kdf=kdf,
    )


def _int(raw: dict[str, Any], key: str) -> int:
    value = raw[key]
    if type(value) is not int:
        raise TypeError(key)
    return value


def _list(raw: dict[str, Any], key: str) -> list[Any]:
    value = raw[key]
    if not isinstance(value, list) or len(value) > len(SLOT_TYPES):
        raise TypeError(key)
    return value


def _bytes(raw: dict[str, Any], key: str, length: int) -> bytes:
    """Exactly ``length`` bytes, written as canonical base64 (no other characters, no other
    spelling of the same bytes)."""
    value = raw[key]
    if not isinstance(value, str) or not value.isascii():
        raise TypeError(key)
    decoded = base64.b64decode(value, validate=True)
    if len(decoded) != length or _b64(decoded) != value:
        raise ValueError(key)
    return decoded


def read_slot_file(path: Path) -> SlotFile:
    """A key file, read without reading more than a key file can hold (and never waiting on a
    pipe in its place): ``KeyFileDamaged`` for anything else there. ``OSError`` as reading raises
    it (``FileNotFoundError``...)."""
    data = files.read_small(path, MAX_FILE_BYTES)
    if data is None:
        raise KeyFileDamaged()
    return SlotFile.from_bytes(data)


# -- making and opening slots -------------------------------------------------------------------


def _wrapping_key(slot: Slot, secret: str | bytes) -> bytes:
    """The key that wraps the data key in ``slot``: Argon2id of the passphrase with the slot's
    settings (``KeySettingsRefused`` before deriving anything when they are out of bounds), or
    HKDF of the random secret of a recovery code or a device key."""
    if slot.type == "passphrase":
        if not isinstance(secret, str) or slot.kdf is None:
            raise TypeError("a passphrase slot is made and opened with a passphrase and settings")
        return derive_passphrase_key(secret, slot.salt, slot.kdf)
    if not isinstance(secret, bytes):
        raise TypeError(f"a {slot.type} slot is made and opened with its random secret")
    return derive_secret_key(secret, slot.salt, slot.type)


def make_slot(
    slots: SlotFile,
    slot_type: SlotType,
    secret: str | bytes,
    data_key: bytes,
    *,
    kdf: KdfParams | None = None,
) -> Slot:
    """A new slot of ``slot_type`` for ``slots`` (a fresh salt and nonce) that holds ``data_key``
    and opens with ``secret``: the passphrase, with its Argon2id settings ``kdf``, or the random
    bytes of a recovery code (``keys.new_recovery_code``) or a device key."""
    if (kdf is not None) != (slot_type == "passphrase"):
        raise TypeError("Argon2id settings go with a passphrase slot, and only with one")
    draft = Slot(slot_type, os.urandom(SALT_BYTES), b"", b"", kdf)
    nonce, wrapped = wrap(_wrapping_key(draft, secret), data_key, slots.associated_data(draft))
    return replace(draft, nonce=nonce, wrapped=wrapped)


def open_slot(slots: SlotFile, slot_type: SlotType, secret: str | bytes) -> bytes | None:
    """The data key in the slot of ``slot_type``, when ``secret`` opens it (see ``make_slot``);
    None when there is no such slot or ``secret`` isn't the one. ``KeySettingsRefused`` for a
    passphrase slot whose settings are out of bounds, before anything is derived."""
    slot = slots.get(slot_type)
    if slot is None:
        return None
    key = _wrapping_key(slot, secret)
    return unwrap(key, slot.nonce, slot.wrapped, slots.associated_data(slot))


def open_with_passphrase_or_code(slots: SlotFile, typed: str) -> bytes | None:
    """The data key, from what a person typed: a recovery code when it reads as one and opens
    the recovery slot, else the passphrase (as ``open_slot``)."""
    try:
        code: bytes | None = parse_recovery_code(typed)
    except RecoveryCodeTypo:
        code = None
    key = open_slot(slots, "recovery", code) if code is not None else None
    return key or open_slot(slots, "passphrase", typed)


def stored_kdf(slots: SlotFile) -> KdfParams:
    """The passphrase slot's settings, for a new passphrase slot; the defaults when they are
    missing or refused.

    Refused settings must not block the recovery code, the way out of a tampered key file.
    """
    slot = slots.get("passphrase")
    if slot is None or slot.kdf is None:
        return KdfParams()
    try:
        slot.kdf.check_bounds()
    except KeySettingsRefused:
        return KdfParams()
    return slot.kdf
