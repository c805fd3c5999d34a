"""Key derivation and wrapping, all through the ``cryptography`` package.

- Passphrases are stretched with Argon2id; the parameters are calibrated at setup and refused on
  read when they fall outside ``KdfParams`` bounds (a tampered file must not make us allocate
  gigabytes or derive a weak key).
- Recovery codes are 128 random bits, so HKDF-SHA256 is enough to turn them into a wrapping key.
- The data key is wrapped with AES-256-GCM, bound by associated data to the vault, slot and type.
"""

from __future__ import annotations

import math
import os
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from iop_companion.errors import (
    KeySettingsRefused,
    NotEnoughMemory,
    RecoveryCodeTypo,
    WeakPassphrase,
)

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
MIN_PASSPHRASE_CHARS = 8
TARGET_UNLOCK_SECONDS = 0.5


@dataclass(frozen=True)
class KdfParams:
    """Argon2id settings stored with a passphrase slot."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    MIN_MEMORY_KIB = 64 * 1024
    MAX_MEMORY_KIB = 1024 * 1024
    MIN_ITERATIONS = 3
    MAX_ITERATIONS = 40
    MIN_LANES = 4
    MAX_LANES = 16
    # Memory times passes: each bound alone still lets a file ask for 1 GiB forty times over
    # (a minute or more of work at unlock). This allows the largest memory at the fewest passes
    # and the most passes at the smallest memory (where calibration goes), not both at once.
    MAX_WORK_KIB = MAX_MEMORY_KIB * MIN_ITERATIONS

    def check_bounds(self) -> None:
        """Refuse parameters that are too weak or too costly, before any derivation."""
        ok = (
            self.MIN_MEMORY_KIB <= self.memory_kib <= self.MAX_MEMORY_KIB
            and self.MIN_ITERATIONS <= self.iterations <= self.MAX_ITERATIONS
            and self.MIN_LANES <= self.lanes <= self.MAX_LANES
            and self.memory_kib * self.iterations <= self.MAX_WORK_KIB
        )
        if not ok:
            raise KeySettingsRefused()

    @classmethod
    def calibrate(
        cls,
        target_seconds: float = TARGET_UNLOCK_SECONDS,
        *,
        clock: Callable[[], float] = time.perf_counter,
        derive: Callable[[KdfParams], object] | None = None,
    ) -> KdfParams:
        """Raise the iteration count from the floor until one derivation takes about the target
        (never past it, never below the floor, never above ``MAX_ITERATIONS``).

        One derivation at the floor is timed; Argon2id's time grows in step with its passes, so
        the passes that fit the target follow from it. ``clock`` and ``derive`` are for tests.
        """
        floor = cls()
        run = derive or (
            lambda params: derive_passphrase_key("calibration", os.urandom(SALT_BYTES), params)
        )
        started = clock()
        run(floor)
        elapsed = max(clock() - started, 1e-3)
        iterations = math.floor(floor.iterations * target_seconds / elapsed)
        return cls(iterations=min(max(iterations, cls.MIN_ITERATIONS), cls.MAX_ITERATIONS))


def normalize_passphrase(passphrase: str) -> bytes:
    """The same passphrase typed on any keyboard gives the same bytes (Unicode NFC)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def check_new_passphrase(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase).strip()) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase()


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    params.check_bounds()
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    try:
        return kdf.derive(normalize_passphrase(passphrase))
    except MemoryError:
        raise NotEnoughMemory() from None


def derive_secret_key(secret: bytes, salt: bytes, purpose: str) -> bytes:
    """Wrapping key for a random secret (recovery code, device key): no stretching needed."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=salt,
        info=f"iop-companion {purpose} slot v1".encode(),
    ).derive(secret)


def derive_subkey(data_key: bytes, purpose: str) -> bytes:
    """A key for one use, made from the data key (HKDF-SHA256): it tells nothing about the data
    key, and keys for different purposes tell nothing about each other."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=f"iop-companion {purpose} v1".encode(),
    ).derive(data_key)


def wrap(wrapping_key: bytes, data_key: bytes, associated: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, data_key, associated)


def unwrap(wrapping_key: bytes, nonce: bytes, wrapped: bytes, associated: bytes) -> bytes | None:
    """The data key, or ``None`` when this key (or the slot) doesn't match."""
    try:
        return AESGCM(wrapping_key).decrypt(nonce, wrapped, associated)
    except InvalidTag:
        return None


# Recovery codes: 128 random bits in Crockford base32 (26 symbols) plus two check symbols,
# shown as seven groups of four so a typo can be told apart from a wrong code.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_SYMBOLS = 26
CHECK_SYMBOLS = 2
GROUP = 4


def _gf32_times(a: int, b: int) -> int:
    """Multiply in GF(32), modulo the primitive polynomial x^5 + x^2 + 1."""
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= 0b100101
    return product


def _check_symbols(symbols: str) -> str:
    """Two check symbols that catch every typo in one or two symbols, and every swap.

    A Reed-Solomon-style parity over GF(32): the plain sum of the symbols and their sum weighted
    by distinct powers of a generator. A truncated hash would let about one typo in a thousand
    through, and that typo would then read as "wrong code".
    """
    plain = weighted = 0
    weight = 1
    for ch in symbols:
        value = CROCKFORD.index(ch)
        weight = _gf32_times(weight, 2)
        plain ^= value
        weighted ^= _gf32_times(weight, value)
    return CROCKFORD[plain] + CROCKFORD[weighted]


def new_recovery_code() -> tuple[bytes, str]:
    """Return the 16 secret bytes and the grouped text to show the person once."""
    secret = secrets.token_bytes(16)
    number = int.from_bytes(secret, "big")
    symbols = "".join(CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(CODE_SYMBOLS)))
    text = symbols + _check_symbols(symbols)
    return secret, "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_code(text: str) -> bytes:
    """Read a code back as typed: any case, spaces or dashes, O for 0 and I/L for 1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_READ_AS)
    if len(cleaned) != CODE_SYMBOLS + CHECK_SYMBOLS or any(ch not in CROCKFORD for ch in cleaned):
        raise RecoveryCodeTypo()
    symbols, check = cleaned[:CODE_SYMBOLS], cleaned[CODE_SYMBOLS:]
    if _check_symbols(symbols) != check:
        raise RecoveryCodeTypo()
    number = 0
    for ch in symbols:
        number = number * 32 + CROCKFORD.index(ch)
    if number >= 1 << 128:
        raise RecoveryCodeTypo()
    return number.to_bytes(16, "big")
