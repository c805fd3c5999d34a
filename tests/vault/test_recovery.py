"""The recovery code: opens the journal once, then is replaced together with the passphrase."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from iop_companion.errors import (
    RecoveryCodeTypo,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from iop_companion.vault import Vault
from iop_companion.vault.keys import (
    CODE_SYMBOLS,
    CROCKFORD,
    _check_symbols,
    new_recovery_code,
    parse_recovery_code,
)
from tests.conftest import PASSPHRASE
from tests.vault.helpers import fingerprint

NEW_PASSPHRASE = "lanterns over the harbour"


def test_recovery_code_opens_and_replaces_passphrase_and_code(
    vault_folder: Path, recovery_code: str
) -> None:
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        vault.db.table("notes").insert({"text": "before recovery"})

    vault, new_code = Vault.unlock_with_recovery_code(vault_folder, recovery_code, NEW_PASSPHRASE)
    with vault:
        assert [r["text"] for r in vault.db.query("SELECT text FROM notes")] == ["before recovery"]
    assert new_code != recovery_code
    parse_recovery_code(new_code)  # well formed

    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(vault_folder, recovery_code, "yet another passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_folder, PASSPHRASE)
    Vault.unlock(vault_folder, NEW_PASSPHRASE).lock()

    vault, newest_code = Vault.unlock_with_recovery_code(vault_folder, new_code, PASSPHRASE)
    vault.lock()
    assert newest_code not in (recovery_code, new_code)


def test_recovery_needs_a_new_passphrase_first(vault_folder: Path, recovery_code: str) -> None:
    before = fingerprint(vault_folder)
    with pytest.raises(WeakPassphrase):
        Vault.unlock_with_recovery_code(vault_folder, recovery_code, "short")
    assert fingerprint(vault_folder) == before


def test_code_is_read_as_typed(vault_folder: Path, recovery_code: str) -> None:
    """Lowercase, spaces instead of dashes, O for 0 and l for 1 all read as the same code."""
    sloppy = " " + recovery_code.lower().replace("-", "  ").replace("0", "o").replace("1", "l")
    vault, _ = Vault.unlock_with_recovery_code(vault_folder, sloppy, NEW_PASSPHRASE)
    vault.lock()


def _code_with(*wanted: str) -> str:
    for _ in range(10_000):
        _, code = new_recovery_code()
        if all(symbol in code for symbol in wanted):
            return code
    raise AssertionError("no code with " + ", ".join(wanted))


def test_parsing_is_forgiving_about_look_alikes() -> None:
    code = _code_with("0", "1")
    secret = parse_recovery_code(code)
    variants = [
        code.lower(),
        code.replace("-", ""),
        code.replace("-", " "),
        "  " + code.replace("-", " - ") + "\n",
        code.replace("0", "O"),
        code.replace("0", "o"),
        code.replace("1", "I"),
        code.replace("1", "l"),
        code.replace("1", "L"),
    ]
    for variant in variants:
        assert parse_recovery_code(variant) == secret, variant


def test_new_codes_round_trip() -> None:
    for _ in range(200):
        secret, code = new_recovery_code()
        assert len(secret) == 16
        assert parse_recovery_code(code) == secret


def _flat(code: str) -> str:
    return code.replace("-", "")


@pytest.mark.parametrize("seed", range(5))
def test_every_one_symbol_typo_is_caught(seed: int) -> None:
    """A typo reads as "typo", never as "wrong code": every symbol, every substitute."""
    flat = _flat(new_recovery_code()[1])
    for position, symbol in itertools.product(range(len(flat)), CROCKFORD):
        if symbol == flat[position]:
            continue
        typo = flat[:position] + symbol + flat[position + 1 :]
        with pytest.raises(RecoveryCodeTypo):
            parse_recovery_code(typo)


@pytest.mark.parametrize("seed", range(5))
def test_every_swap_of_neighbours_is_caught(seed: int) -> None:
    flat = _flat(new_recovery_code()[1])
    for position in range(len(flat) - 1):
        a, b = flat[position], flat[position + 1]
        if a == b:
            continue
        swapped = flat[:position] + b + a + flat[position + 2 :]
        with pytest.raises(RecoveryCodeTypo):
            parse_recovery_code(swapped)


@pytest.mark.parametrize(
    "damage",
    [
        lambda c: c[:-1],  # one symbol short
        lambda c: c + "0",  # one symbol too many
        lambda c: c.replace(c[5], "U", 1),  # U is not a code symbol
        lambda c: "",
    ],
    ids=["short", "long", "not-a-symbol", "empty"],
)
def test_malformed_codes_are_typos(damage: object) -> None:
    code = new_recovery_code()[1]
    assert callable(damage)
    with pytest.raises(RecoveryCodeTypo):
        parse_recovery_code(damage(code))


def test_a_code_above_128_bits_is_a_typo_even_with_right_check_symbols() -> None:
    symbols = "8" + "0" * (CODE_SYMBOLS - 1)  # exactly 2**128
    with pytest.raises(RecoveryCodeTypo):
        parse_recovery_code(symbols + _check_symbols(symbols))
    symbols = "7" + "Z" * (CODE_SYMBOLS - 1)  # 2**128 - 1 is fine
    assert parse_recovery_code(symbols + _check_symbols(symbols)) == b"\xff" * 16


def test_typo_changes_no_byte_and_says_typo(vault_folder: Path, recovery_code: str) -> None:
    flat = _flat(recovery_code)
    replacement = next(s for s in CROCKFORD if s != flat[10])
    typo = flat[:10] + replacement + flat[11:]
    before = fingerprint(vault_folder)
    with pytest.raises(RecoveryCodeTypo) as caught:
        Vault.unlock_with_recovery_code(vault_folder, typo, NEW_PASSPHRASE)
    assert "typo" in caught.value.sentence
    assert fingerprint(vault_folder) == before


def test_new_recovery_code_while_unlocked_retires_the_old(
    vault_folder: Path, recovery_code: str
) -> None:
    with Vault.unlock(vault_folder, PASSPHRASE) as vault:
        fresh = vault.new_recovery_code()
    assert fresh != recovery_code
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(vault_folder, recovery_code, NEW_PASSPHRASE)
    Vault.unlock(vault_folder, PASSPHRASE).lock()  # the passphrase is untouched
    Vault.unlock_with_recovery_code(vault_folder, fresh, NEW_PASSPHRASE)[0].lock()
