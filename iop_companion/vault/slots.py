"""The key-slot file: the data key, wrapped once per way of opening the journal (like LUKS).

The file is small JSON: a body (vault id and slots) plus a SHA-256 of the body's canonical form, so
a flipped byte reads as "damaged" rather than as "wrong passphrase". Parsing is strict: a file
larger than ``MAX_FILE_BYTES`` is refused before it is parsed, and every field is checked for
type, length and alphabet (canonical base64 only, exact lengths, exactly the keys the format has,
one slot of each type, ``kdf`` on the passphrase slot only) before anything is derived from it.
Whatever the bytes, ``from_bytes`` returns a ``SlotFile`` or raises ``KeyFileDamaged`` or
``NewerJournal``, in bounded time (tests/vault/test_forged_key_files.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, replace
from typing import Any, Literal

from iop_companion.errors import KeyFileDamaged, NewerJournal
from iop_companion.vault.keys import KEY_BYTES, NONCE_BYTES, SALT_BYTES, KdfParams

# The name the file gives its format: plain, as discreet as the folder it sits in (anyone who
# opens the file can read it). Version 1 files (0.1.0) carry the app's full name instead.
FORMAT = "companion-keyslots"
EARLIER_FORMATS = frozenset({"iop-companion-keyslots"})
VERSION = 2  # 2: the plain name above. Version 1 files open too, and are written as 2.
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
