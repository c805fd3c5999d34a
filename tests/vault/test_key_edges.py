"""The edges of what the key code accepts, pinned exactly: a key file or a new journal can't get a
weaker key (or a costlier one) than the format allows without a test noticing."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from iop_companion.errors import KeyFileDamaged, KeySettingsRefused, WeakPassphrase
from iop_companion.vault import Vault
from iop_companion.vault.keys import KdfParams, check_new_passphrase, normalize_passphrase, wrap
from iop_companion.vault.slots import MAX_FILE_BYTES, SlotFile
from iop_companion.vault.vault import SLOTS_NAME
from tests.conftest import PASSPHRASE
from tests.vault.helpers import body_digest

MiB = 1024  # in KiB, as Argon2id counts memory

# -- Argon2id settings a key file may hold ------------------------------------------------------

ACCEPTED = {
    "the floor": (64 * MiB, 3, 4),
    "most memory": (1024 * MiB, 3, 4),
    "most passes": (64 * MiB, 40, 4),
    "most lanes": (64 * MiB, 3, 16),
    "memory and passes at the work limit": (512 * MiB, 6, 4),
}
REFUSED = {
    "a KiB under the memory floor": (64 * MiB - 1, 3, 4),
    "a KiB over the most memory": (1024 * MiB + 1, 3, 4),
    "a pass under the floor": (64 * MiB, 2, 4),
    "a pass over the most": (64 * MiB, 41, 4),
    "a lane under the floor": (64 * MiB, 3, 3),
    "a lane over the most": (64 * MiB, 3, 17),
    "one pass past the work limit": (512 * MiB, 7, 4),
    "the most memory with one more pass": (1024 * MiB, 4, 4),
    "the most memory with the most passes": (1024 * MiB, 40, 16),
}


@pytest.mark.parametrize("settings", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_settings_inside_the_bounds_are_accepted(settings: tuple[int, int, int]) -> None:
    memory, passes, lanes = settings
    KdfParams(memory_kib=memory, iterations=passes, lanes=lanes).check_bounds()


@pytest.mark.parametrize("settings", REFUSED.values(), ids=REFUSED.keys())
def test_settings_one_step_outside_are_refused(settings: tuple[int, int, int]) -> None:
    memory, passes, lanes = settings
    with pytest.raises(KeySettingsRefused):
        KdfParams(memory_kib=memory, iterations=passes, lanes=lanes).check_bounds()


def test_the_floor_is_what_the_architecture_note_says() -> None:
    assert KdfParams() == KdfParams(memory_kib=64 * MiB, iterations=3, lanes=4)


# -- calibration, on a pretend computer ---------------------------------------------------------


class PretendComputer:
    """A clock, and a derivation that moves it on by ``seconds_per_pass`` per Argon2id pass."""

    def __init__(self, seconds_per_pass: float) -> None:
        self.seconds_per_pass = seconds_per_pass
        self.now = 100.0
        self.derived: list[KdfParams] = []

    def clock(self) -> float:
        return self.now

    def derive(self, params: KdfParams) -> None:
        self.derived.append(params)
        self.now += self.seconds_per_pass * params.iterations * params.memory_kib / (64 * MiB)

    def seconds(self, params: KdfParams) -> float:
        return self.seconds_per_pass * params.iterations * params.memory_kib / (64 * MiB)


def calibrated(computer: PretendComputer, target: float | None = None) -> KdfParams:
    if target is None:
        return KdfParams.calibrate(clock=computer.clock, derive=computer.derive)
    return KdfParams.calibrate(target, clock=computer.clock, derive=computer.derive)


# Times a binary fraction can hold exactly, so the arithmetic below has no rounding in it.
@pytest.mark.parametrize("seconds_per_pass", [5 / 256, 1 / 64, 3 / 128, 1 / 32, 1 / 16, 1 / 8])
def test_calibration_raises_the_passes_to_about_half_a_second(seconds_per_pass: float) -> None:
    computer = PretendComputer(seconds_per_pass)
    chosen = calibrated(computer)
    assert computer.derived == [KdfParams()]  # it timed the floor, once
    assert chosen.memory_kib == 64 * MiB and chosen.lanes == 4
    assert chosen.iterations > 3
    # About the target: the chosen passes take at most half a second, and one more would not fit.
    assert (
        computer.seconds(chosen)
        <= 0.5
        < computer.seconds(KdfParams(iterations=chosen.iterations + 1))
    )
    chosen.check_bounds()


def test_calibration_follows_the_target_it_is_given() -> None:
    assert calibrated(PretendComputer(1 / 64)).iterations == 32  # half a second by default
    assert calibrated(PretendComputer(1 / 64), target=0.25).iterations == 16
    assert calibrated(PretendComputer(1 / 64), target=0.125).iterations == 8


@pytest.mark.parametrize("seconds_per_pass", [0.2, 0.5, 3.0])
def test_a_slow_computer_keeps_the_floor_never_less(seconds_per_pass: float) -> None:
    assert calibrated(PretendComputer(seconds_per_pass)) == KdfParams()


@pytest.mark.parametrize("seconds_per_pass", [0.0, 0.0001, 0.001])
def test_a_fast_computer_stops_at_the_most_passes(seconds_per_pass: float) -> None:
    chosen = calibrated(PretendComputer(seconds_per_pass))
    assert chosen == KdfParams(iterations=40)
    chosen.check_bounds()


def test_a_new_journal_gets_the_calibrated_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[float] = []

    def pretend(cls: type[KdfParams], /, target: float = 0.5, **_: Any) -> KdfParams:
        asked.append(target)
        return KdfParams(iterations=5)

    monkeypatch.setattr(KdfParams, "calibrate", classmethod(pretend))
    vault, _ = Vault.create(tmp_path / "journal", PASSPHRASE)  # no settings given
    vault.lock()
    slot = SlotFile.from_bytes((tmp_path / "journal" / SLOTS_NAME).read_bytes()).get("passphrase")
    assert slot is not None and slot.kdf == KdfParams(iterations=5)
    assert asked == [0.5]


# -- the shortest passphrase --------------------------------------------------------------------


@pytest.mark.parametrize(
    "passphrase",
    ["8charsok", "  8charsok  ", "e\u0301" * 8],  # spaces around don't count; é typed as e + ´
    ids=["8 characters", "8 between spaces", "8 combined characters"],
)
def test_eight_characters_are_enough(passphrase: str) -> None:
    check_new_passphrase(passphrase)


@pytest.mark.parametrize(
    "passphrase",
    ["7chars!", "   7chars!   ", "e\u0301" * 7, " " * 20],
    ids=["7 characters", "7 between spaces", "7 combined characters", "only spaces"],
)
def test_seven_are_not(passphrase: str) -> None:
    with pytest.raises(WeakPassphrase):
        check_new_passphrase(passphrase)


# -- the slot parser: only what the format allows -----------------------------------------------


@pytest.fixture
def document(vault_folder: Path) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads((vault_folder / SLOTS_NAME).read_bytes())
    return parsed


def parse(document: dict[str, Any]) -> SlotFile:
    """The document with a checksum that matches, as a tamperer would write it."""
    document["sha256"] = body_digest(document["body"])
    return SlotFile.from_bytes(json.dumps(document).encode())


def slot(document: dict[str, Any], kind: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in document["body"]["slots"] if s["type"] == kind)
    return found


def test_the_real_file_parses(document: dict[str, Any]) -> None:
    parse(document)


@pytest.mark.parametrize("kind", ["recovery", "device"])
def test_only_the_passphrase_slot_may_have_kdf_settings(
    document: dict[str, Any], kind: str
) -> None:
    if kind == "device":  # a file with a device slot: the recovery slot's fields, as device
        device = dict(slot(document, "recovery"), id="device", type="device")
        document["body"]["slots"].append(device)
        parse(document)
    slot(document, kind)["kdf"] = dict(slot(document, "passphrase")["kdf"])
    with pytest.raises(KeyFileDamaged):
        parse(document)


@pytest.mark.parametrize(
    ("field", "length"), [("salt", 16), ("nonce", 12), ("wrapped", 48)], ids=str
)
@pytest.mark.parametrize("kind", ["passphrase", "recovery"])
@pytest.mark.parametrize("change", [-1, +1], ids=["a byte short", "a byte too many"])
def test_every_field_has_its_exact_length(
    document: dict[str, Any], kind: str, field: str, length: int, change: int
) -> None:
    raw = base64.b64decode(slot(document, kind)[field])
    assert len(raw) == length
    slot(document, kind)[field] = base64.b64encode(
        raw[:-1] if change < 0 else raw + b"\x00"
    ).decode()
    with pytest.raises(KeyFileDamaged):
        parse(document)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda text: text[:4] + " " + text[4:],  # a space inside
        lambda text: text + "\n",  # a line break after
        lambda text: text[:4] + "*" + text[4:],  # a character base64 doesn't have
        lambda text: text.rstrip("="),  # padding gone
        lambda text: text[:-3] + chr(ord(text[-3]) ^ 1) + text[-2:],  # same bytes, other spelling
    ],
    ids=["space", "line break", "junk character", "no padding", "not canonical"],
)
def test_base64_is_exact(document: dict[str, Any], spoil: Any) -> None:
    salt = slot(document, "passphrase")["salt"]
    assert salt.endswith("==")  # 16 bytes: two padding characters, four spare bits before them
    slot(document, "passphrase")["salt"] = spoil(salt)
    with pytest.raises(KeyFileDamaged):
        parse(document)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["body"]["slots"].append(dict(slot(d, "recovery"))),  # two recovery slots
        lambda d: d["body"].update(extra=1),
        lambda d: d.update(extra=1),
        lambda d: slot(d, "recovery").update(extra="x"),
        lambda d: slot(d, "passphrase")["kdf"].update(extra=1),
        lambda d: d["body"].update(vault_id=d["body"]["vault_id"].upper()),
        lambda d: d["body"].update(vault_id=d["body"]["vault_id"] + "0"),
        lambda d: d["body"].update(vault_id=d["body"]["vault_id"][:-1]),
        lambda d: d.update(version=True),  # True == 1 to Python: not a version
        lambda d: slot(d, "passphrase")["kdf"].update(lanes=True),
    ],
    ids=[
        "two slots of a type",
        "body key",
        "top key",
        "slot key",
        "kdf key",
        "vault id case",
        "vault id longer",
        "vault id shorter",
        "version true",
        "lanes true",
    ],
)
def test_nothing_the_format_does_not_have(document: dict[str, Any], edit: Any) -> None:
    edit(document)
    with pytest.raises(KeyFileDamaged):
        parse(document)


def test_a_key_file_over_64_kib_is_not_read(vault_folder: Path) -> None:
    """The JSON allows spaces after the document: a real key file padded to exactly the limit
    opens; one byte more is not a key file."""
    path = vault_folder / SLOTS_NAME
    real = path.read_bytes()
    path.write_bytes(real + b" " * (MAX_FILE_BYTES - len(real)))
    Vault.unlock(vault_folder, PASSPHRASE).lock()
    path.write_bytes(real + b" " * (MAX_FILE_BYTES - len(real) + 1))
    with pytest.raises(KeyFileDamaged):
        Vault.unlock(vault_folder, PASSPHRASE)
    with pytest.raises(KeyFileDamaged):
        SlotFile.from_bytes(path.read_bytes())


# -- derivation and wrapping --------------------------------------------------------------------


def test_a_passphrase_is_the_same_bytes_however_it_was_typed() -> None:
    """NFC, as journals made so far were keyed: "é" typed as one character or as e + ´."""
    assert normalize_passphrase("caf\u00e9") == normalize_passphrase("cafe\u0301") == b"caf\xc3\xa9"


def test_every_wrap_has_a_fresh_nonce(vault_folder: Path) -> None:
    nonces = {wrap(bytes(32), bytes(32), b"same")[0] for _ in range(20)}
    assert len(nonces) == 20 and all(len(n) == 12 for n in nonces)
    slots = SlotFile.from_bytes((vault_folder / SLOTS_NAME).read_bytes())
    assert len({s.nonce for s in slots.slots}) == len(slots.slots)
