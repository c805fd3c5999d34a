"""Forged key files: whatever ``keyslots.json`` holds, opening it ends in one of the app's plain
sentences (``KnownError``) or a journal, never in another exception, and never in work without
bound (a huge file, deep nesting, Argon2id settings that would take minutes)."""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import iop_companion.vault.keys as keys_module
from iop_companion.errors import KeyFileDamaged, KnownError, NewerJournal
from iop_companion.vault import Vault
from iop_companion.vault.keys import KdfParams
from iop_companion.vault.slots import MAX_FILE_BYTES, SlotFile
from iop_companion.vault.vault import SLOTS_NAME
from tests.vault.helpers import body_digest

# Any JSON value, nested a few levels: what a tamperer or a broken tool could put anywhere.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=80),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=12,
)
# Values that look almost right: base64 with junk in it or one byte too many, ids, big numbers.
near_misses = st.sampled_from(
    [
        "AAAAAAAAAAAAAAAAAAAAAA==",
        "AAAAAAAAAAAAAAAAAAAAAAA=",
        "AAAA AAAAAAAAAAAAAAAAAA==",
        "AAAAAAAAAAAAAAAAAAAAAA==\n",
        "AAAAAAAAAAAAAAAAAAAAAB==",
        "A" * 88,
        "0" * 32,
        "0" * 31,
        "Z" * 32,
        "passphrase",
        "recovery",
        "device",
        "argon2id",
        2**31,
        2**63,
        10**30,
        -1,
        0,
        1,
        2,
        3,
        True,
        [],
        {},
        {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4},
        {"name": "argon2id", "memory_kib": 2**20, "iterations": 40, "lanes": 16},
    ]
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document a value sits (the document itself included), down to a
    depth of 20 (a forgery may already hold something nested thousands deep)."""
    found = [path]
    if len(path) >= 20:
        return found
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            found += _paths(inner, (*path, i))
    return found


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


@st.composite
def forged_documents(draw: st.DrawFn, original: dict[str, Any]) -> bytes:
    """A real key file with some of its values replaced, removed or added; the checksum made to
    match most of the time, so the parser looks past it."""
    document = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        places = _paths(document)
        place = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "replace", "remove", "add", "nest"]))
        if not place:  # the document itself
            document = copy.deepcopy(draw(st.one_of(json_values, near_misses)))
            break
        *parent_path, last = place
        parent: Any = document
        for step in parent_path:
            parent = parent[step]
        if action == "remove" and isinstance(parent, dict):
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(json_values)
        elif action == "nest":
            parent[last] = _nested(draw(st.integers(1, 3000)))
        else:  # a copy: a sampled value is one object, shared by every example
            parent[last] = copy.deepcopy(draw(json_values | near_misses))
    matching = draw(st.booleans()) or draw(st.booleans())
    if matching and isinstance(document, dict) and isinstance(document.get("body"), dict | list):
        with contextlib.suppress(RecursionError):
            document["sha256"] = body_digest(document["body"])
    try:
        return json.dumps(document).encode()
    except RecursionError:  # too deep for Python's own encoder: write it by hand
        return b'{"body": ' + b"[" * 5000 + b"]" * 5000 + b"}"


raw_bytes = (
    st.binary(max_size=300)
    | st.integers(1, 200_000).map(lambda n: b"[" * n + b"]" * n)
    | st.integers(1, 200_000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n)
    | st.just(b" " * (MAX_FILE_BYTES + 1) + b"{}")
    | st.just(b'{"version": ' + b"9" * 10_000 + b"}")
)


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("forged") / "journal"
    from tests.conftest import FAST_KDF, PASSPHRASE

    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    vault.lock()
    document: dict[str, Any] = json.loads((folder / SLOTS_NAME).read_bytes())
    return document


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
@example(data=None)
def test_the_parser_says_damaged_or_newer_and_nothing_else(
    original: dict[str, Any], data: st.DataObject | None
) -> None:
    if data is None:  # the forgeries that gave tracebacks before
        forged = [
            {**original, "format": []},
            {**original, "format": {}},
            {**original, "body": _nested(5000)},
        ]
        samples = [json.dumps(d).encode() for d in forged[:2]]
        samples.append(b'{"format": "companion-keyslots", "body": ' + b"[" * 50_000)
    else:
        samples = [data.draw(forged_documents(original) | raw_bytes)]
    for sample in samples:
        with contextlib.suppress(KeyFileDamaged, NewerJournal):
            SlotFile.from_bytes(sample)


@pytest.fixture
def no_slow_derivation(monkeypatch: pytest.MonkeyPatch) -> list[KdfParams]:
    """Argon2id replaced by a spy that derives nothing: the test sees every set of settings a
    derivation would have used, and none takes time."""
    asked: list[KdfParams] = []

    class Spy:
        def __init__(self, *, memory_cost: int, iterations: int, lanes: int, **_: Any) -> None:
            asked.append(KdfParams(memory_kib=memory_cost, iterations=iterations, lanes=lanes))

        def derive(self, data: bytes) -> bytes:
            return bytes(32)

    monkeypatch.setattr(keys_module, "Argon2id", Spy)
    return asked


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_unlocking_a_forged_key_file_ends_in_a_plain_sentence_within_bounds(
    vault_folder: Path,
    original: dict[str, Any],
    no_slow_derivation: list[KdfParams],
    data: st.DataObject,
) -> None:
    (vault_folder / SLOTS_NAME).write_bytes(data.draw(forged_documents(original) | raw_bytes))
    no_slow_derivation.clear()
    with contextlib.suppress(KnownError):
        Vault.unlock(vault_folder, "quiet river morning").lock()
    for params in no_slow_derivation:  # anything derived stayed within the settings' bounds
        params.check_bounds()
        assert params.memory_kib * params.iterations <= KdfParams.MAX_WORK_KIB


@pytest.mark.parametrize("what", ["a folder", "a pipe"])
def test_something_else_in_place_of_the_key_file_is_damage(vault_folder: Path, what: str) -> None:
    import os

    path = vault_folder / SLOTS_NAME
    path.unlink()
    if what == "a folder":
        path.mkdir()
    else:
        os.mkfifo(path)  # reading it would wait forever for a writer
    with pytest.raises(KeyFileDamaged):
        Vault.unlock(vault_folder, "quiet river morning")
