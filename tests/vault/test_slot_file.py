"""The key-slot file: damage reads as "damaged" (never as a crash), and its backup steps in."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import iop_companion.vault.keys as keys_module
from iop_companion.errors import (
    KeyFileDamaged,
    KeySettingsRefused,
    KnownError,
    NewerJournal,
    WrongPassphrase,
    WrongRecoveryCode,
)
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.keys import KdfParams
from iop_companion.vault.slots import VERSION, SlotFile
from iop_companion.vault.vault import OLD_KEY_FILE_HINT, SLOTS_BACKUP_NAME, SLOTS_NAME
from tests.conftest import PASSPHRASE
from tests.vault.helpers import APP_NAMES, edit_slots, fingerprint, passphrase_slot

NEW_PASSPHRASE = "lanterns over the harbour"


def outcome(folder: Path, passphrase: str = PASSPHRASE) -> type[BaseException] | None:
    """None when the journal opens; the KnownError class otherwise. Anything else fails."""
    try:
        Vault.unlock(folder, passphrase).lock()
    except KnownError as exc:
        return type(exc)
    return None


def damaged_versions(original: bytes) -> list[tuple[str, bytes]]:
    """Every one-bit flip, every truncation, and some junk on the end."""
    versions = [
        (f"flip {i}", original[:i] + bytes([original[i] ^ 0x01]) + original[i + 1 :])
        for i in range(len(original))
    ]
    versions += [(f"cut {n}", original[:n]) for n in range(len(original))]
    for junk in (b"x", b"\x00", b"}", b"{}", b"\xff\xfe", b'{"format": 1}', b"\n\n", b" " * 100):
        versions.append((f"junk {junk!r}", original + junk))
    return versions


def test_every_damage_without_backup_reads_as_damaged(vault_folder: Path) -> None:
    path = vault_folder / SLOTS_NAME
    original = path.read_bytes()
    results: dict[type[BaseException] | None, list[str]] = {}
    for label, data in damaged_versions(original):
        path.write_bytes(data)
        results.setdefault(outcome(vault_folder), []).append(label)
    # Only damage that leaves the same JSON (like a missing final newline) may still open.
    assert set(results) <= {KeyFileDamaged, NewerJournal, None}, {
        k: v[:5] for k, v in results.items()
    }
    for label in results.get(None, []):
        data = dict(damaged_versions(original))[label]
        assert json.loads(data) == json.loads(original), label
    assert len(results[KeyFileDamaged]) > 2 * len(original)
    assert not (vault_folder / SLOTS_BACKUP_NAME).exists()  # nothing was "mended" from nowhere


@pytest.fixture
def changed_folder(vault_folder: Path) -> Path:
    """A journal whose passphrase was changed: keyslots.json.bak opens with the old one."""
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
    return vault_folder


def key_files(folder: Path) -> list[bytes | None]:
    paths = (folder / SLOTS_NAME, folder / SLOTS_BACKUP_NAME)
    return [path.read_bytes() if path.exists() else None for path in paths]


def test_damaged_key_file_opens_from_its_copy_and_says_so(changed_folder: Path) -> None:
    main, backup = changed_folder / SLOTS_NAME, changed_folder / SLOTS_BACKUP_NAME
    good_backup = backup.read_bytes()
    main.write_bytes(main.read_bytes()[:100])

    before = fingerprint(changed_folder)
    with pytest.raises(WrongPassphrase) as caught:
        Vault.unlock(changed_folder, NEW_PASSPHRASE)
    assert caught.value.sentence == OLD_KEY_FILE_HINT
    assert fingerprint(changed_folder) == before  # a wrong guess mends nothing

    files_before = key_files(changed_folder)
    with Vault.unlock(changed_folder, PASSPHRASE) as vault:
        assert vault.opened_from_copy  # the person is told, and asked for a new passphrase
        assert vault.db.table("categories").count > 0
        assert key_files(changed_folder) == files_before  # nothing rewritten behind their back
        vault.change_passphrase("a third passphrase entirely")
        assert not vault.opened_from_copy
    SlotFile.from_bytes(main.read_bytes())  # whole again
    assert backup.read_bytes() == good_backup  # the copy is not replaced by the damaged file

    with Vault.unlock(changed_folder, "a third passphrase entirely") as vault:
        assert not vault.opened_from_copy
    main.unlink()  # the copy still opens with the passphrase it had, and says so
    with Vault.unlock(changed_folder, PASSPHRASE) as vault:
        assert vault.opened_from_copy


def test_until_a_new_passphrase_every_unlock_says_so_again(changed_folder: Path) -> None:
    (changed_folder / SLOTS_NAME).write_bytes(b"{")
    for _ in range(2):
        with Vault.unlock(changed_folder, PASSPHRASE) as vault:
            assert vault.opened_from_copy
    assert (changed_folder / SLOTS_NAME).read_bytes() == b"{"


def test_sampled_damage_with_backup_always_opens_with_old_passphrase(
    changed_folder: Path,
) -> None:
    main = changed_folder / SLOTS_NAME
    original = main.read_bytes()
    versions = damaged_versions(original)
    for label, data in versions[:: len(versions) // 6]:
        try:
            SlotFile.from_bytes(data)
            continue  # the damage left the new file readable
        except KeyFileDamaged:
            pass
        main.write_bytes(data)
        with Vault.unlock(changed_folder, PASSPHRASE) as vault:
            assert vault.opened_from_copy, label


def test_missing_key_file_opens_from_its_copy_until_a_new_passphrase(
    changed_folder: Path,
) -> None:
    (changed_folder / SLOTS_NAME).unlink()
    assert Vault.exists(changed_folder)
    with Vault.unlock(changed_folder, PASSPHRASE) as vault:
        assert vault.opened_from_copy
        assert not (changed_folder / SLOTS_NAME).exists()
        vault.change_passphrase(NEW_PASSPHRASE)
    with Vault.unlock(changed_folder, NEW_PASSPHRASE) as vault:
        assert not vault.opened_from_copy


def test_both_files_damaged_reads_as_damaged(changed_folder: Path) -> None:
    (changed_folder / SLOTS_NAME).write_bytes(b"")
    (changed_folder / SLOTS_BACKUP_NAME).write_bytes(b"{}")
    before = fingerprint(changed_folder)
    assert outcome(changed_folder) is KeyFileDamaged
    assert outcome(changed_folder, NEW_PASSPHRASE) is KeyFileDamaged
    assert fingerprint(changed_folder) == before


def test_newer_key_file_is_not_replaced_by_older_backup(changed_folder: Path) -> None:
    path = changed_folder / SLOTS_NAME
    document = json.loads(path.read_text())
    document["version"] = VERSION + 1
    path.write_text(json.dumps(document))
    before = fingerprint(changed_folder)
    with pytest.raises(NewerJournal) as caught:
        Vault.unlock(changed_folder, PASSPHRASE)
    assert "newer version" in caught.value.sentence
    assert fingerprint(changed_folder) == before


# -- edits with a matching checksum: what a tamperer (or a buggy tool) could write -------------


def test_rewriting_the_same_body_still_opens(vault_folder: Path) -> None:
    before = (vault_folder / SLOTS_NAME).read_bytes()
    edit_slots(vault_folder, lambda body: None)
    assert (vault_folder / SLOTS_NAME).read_bytes() == before


def test_the_key_file_does_not_name_the_app(vault_folder: Path) -> None:
    """Anyone who opens the file can read it: it says as little as the folder's name does."""
    data = (vault_folder / SLOTS_NAME).read_bytes()
    assert json.loads(data)["format"] == "companion-keyslots"
    assert not any(name in data.lower() for name in APP_NAMES)


def test_a_key_file_with_the_earlier_format_name_opens_and_is_rewritten_plainly(
    vault_folder: Path,
) -> None:
    path = vault_folder / SLOTS_NAME
    document = json.loads(path.read_bytes())
    document["format"], document["version"] = "iop-companion-keyslots", 1  # as 0.1.0 wrote it
    path.write_text(json.dumps(document), encoding="utf-8")
    assert outcome(vault_folder) is None
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
    for name in (SLOTS_NAME, SLOTS_BACKUP_NAME):  # the copy kept of the file before, too
        data = (vault_folder / name).read_bytes()
        assert json.loads(data)["format"] == "companion-keyslots"
        assert json.loads(data)["version"] == 2
        assert not any(app in data.lower() for app in APP_NAMES)
    assert outcome(vault_folder, NEW_PASSPHRASE) is None
    (vault_folder / SLOTS_NAME).unlink()  # the kept copy opens with the passphrase it had
    assert outcome(vault_folder, PASSPHRASE) is None


def test_slots_are_bound_to_their_journal(vault_folder: Path) -> None:
    """A slot copied from another journal, or a changed vault id, doesn't open anything."""

    def new_id(body: dict[str, Any]) -> None:
        body["vault_id"] = "0" * 32

    edit_slots(vault_folder, new_id)
    assert outcome(vault_folder) is WrongPassphrase


def test_slots_are_bound_to_their_type(vault_folder: Path) -> None:
    def swap(body: dict[str, Any]) -> None:
        slot = passphrase_slot(body)
        recovery = next(s for s in body["slots"] if s["type"] == "recovery")
        slot["wrapped"], recovery["wrapped"] = recovery["wrapped"], slot["wrapped"]
        slot["nonce"], recovery["nonce"] = recovery["nonce"], slot["nonce"]

    edit_slots(vault_folder, swap)
    assert outcome(vault_folder) is WrongPassphrase


WRONG_VALUES: list[Any] = [None, True, 0, -1, 2**64, 1.5, "", "x", "AAAA", [], {}, [1], {"a": 1}]


def _leaf_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [path] + [p for k, v in value.items() for p in _leaf_paths(v, (*path, k))]
    if isinstance(value, list):
        return [path] + [p for i, v in enumerate(value) for p in _leaf_paths(v, (*path, i))]
    return [path]


def _set(body: Any, *, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        body = body[step]
    if value is _DELETE:
        del body[path[-1]]
    else:
        body[path[-1]] = value


_DELETE = object()


def test_every_field_with_a_wrong_type_is_refused_plainly(vault_folder: Path) -> None:
    """Parsing is strict: a field of the wrong type or length is "damaged", never a crash."""
    path = vault_folder / SLOTS_NAME
    original = path.read_bytes()
    body = json.loads(original)["body"]
    leaves = [p for p in _leaf_paths(body) if p]
    assert len(leaves) > 15
    opened: list[str] = []
    for leaf in leaves:
        for value in [*WRONG_VALUES, _DELETE]:
            if value is _DELETE and leaf[0] == "slots" and len(leaf) == 2:
                continue  # dropping a whole slot leaves a well-formed file (tested below)
            path.write_bytes(original)
            edit_slots(vault_folder, functools.partial(_set, path=leaf, value=value))
            result = outcome(vault_folder)
            assert result is None or issubclass(result, KnownError), (leaf, value)
            if result is None:
                opened.append(f"{leaf}={value!r}")
    # Every slot is parsed strictly before any is used, so even a malformed recovery slot stops
    # a passphrase unlock: the file is damaged, and the person should hear so.
    assert opened == []


def test_a_file_without_a_recovery_slot_still_opens_with_the_passphrase(
    vault_folder: Path, recovery_code: str
) -> None:
    edit_slots(vault_folder, lambda body: body["slots"].pop(1))
    assert outcome(vault_folder) is None
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(vault_folder, recovery_code, NEW_PASSPHRASE)


@pytest.mark.parametrize(
    "settings",
    [
        {"memory_kib": 2**30},
        {"memory_kib": 1024},
        {"iterations": 1},
        {"iterations": 10**9},
        {"lanes": 1000},
        {"lanes": 1},
        {"memory_kib": 0, "iterations": 0, "lanes": 0},
        # Each within its own bound, but together a minute or more of work at every unlock.
        {"memory_kib": 2**20, "iterations": 40, "lanes": 16},
        {"memory_kib": 2**19, "iterations": 7},
    ],
    ids=lambda s: ",".join(f"{k}={v}" for k, v in s.items()),
)
def test_kdf_settings_out_of_bounds_are_refused_before_deriving(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch, settings: dict[str, int]
) -> None:
    edit_slots(vault_folder, lambda body: passphrase_slot(body)["kdf"].update(settings))

    def no_derivation(**kwargs: Any) -> None:
        raise AssertionError("Argon2id ran with settings that should have been refused")

    monkeypatch.setattr(keys_module, "Argon2id", no_derivation)
    before = fingerprint(vault_folder)
    with pytest.raises(KeySettingsRefused) as caught:
        Vault.unlock(vault_folder, PASSPHRASE)
    assert "backup" in caught.value.sentence
    assert fingerprint(vault_folder) == before


def test_kdf_settings_in_bounds_do_reach_argon2(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guard above is not vacuous: in-bounds settings from the file are derived with."""
    seen: list[dict[str, Any]] = []

    class Spy:
        def __init__(self, **kwargs: Any) -> None:
            seen.append(kwargs)

        def derive(self, data: bytes) -> bytes:
            return bytes(32)

    edit_slots(vault_folder, lambda body: passphrase_slot(body)["kdf"].update(iterations=7))
    monkeypatch.setattr(keys_module, "Argon2id", Spy)
    assert outcome(vault_folder) is WrongPassphrase
    assert [(s["iterations"], s["memory_cost"], s["lanes"]) for s in seen] == [(7, 65536, 4)]


def test_recovery_code_still_works_when_kdf_settings_were_tampered(
    vault_folder: Path, recovery_code: str
) -> None:
    """The recovery code is the way out of a bad key file; it writes sane settings back."""
    edit_slots(vault_folder, lambda body: passphrase_slot(body)["kdf"].update(iterations=1))
    assert outcome(vault_folder) is KeySettingsRefused
    vault, _ = Vault.unlock_with_recovery_code(vault_folder, recovery_code, NEW_PASSPHRASE)
    vault.lock()
    slot = SlotFile.from_bytes((vault_folder / SLOTS_NAME).read_bytes()).get("passphrase")
    assert slot is not None and slot.kdf is not None
    slot.kdf.check_bounds()
    assert slot.kdf == KdfParams()
    Vault.unlock(vault_folder, NEW_PASSPHRASE).lock()


def test_the_device_key_opening_from_the_copy_says_so_too(vault_folder: Path) -> None:
    keychain = MemoryKeychain()
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.remember_device(keychain)
        vault.change_passphrase(NEW_PASSPHRASE)  # the copy kept has the device slot too
    (vault_folder / SLOTS_NAME).write_bytes(b"")
    with Vault.unlock_with_device(vault_folder, keychain) as vault:
        assert vault.opened_from_copy
