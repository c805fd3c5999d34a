"""No passphrase, recovery code, key or entry text in logs, on the terminal, or in any error
(its message, its repr, its traceback), whatever goes wrong."""

from __future__ import annotations

import io
import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from iop_companion import cli
from iop_companion.core.journal import MAX_TEXT_CHARS, JournalService
from iop_companion.errors import (
    FolderUnavailable,
    InvalidEntry,
    JournalDamaged,
    JournalLocked,
    KnownError,
    NotFound,
    RecoveryCodeTypo,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from iop_companion.export.data import write_csv, write_json
from iop_companion.vault import Vault, database
from iop_companion.vault.keychain import MemoryKeychain
from iop_companion.vault.vault import DB_NAME
from tests.conftest import FAST_KDF

MARKER = "MARKER-7f3a9c"
SECRET_PASSPHRASE = "plum lantern 4417 harbor"
NEW_PASSPHRASE = "copper kettle 8802 meadow"


class Secrets:
    """Everything that must never be written anywhere but where the person asked."""

    def __init__(self) -> None:
        self.values: set[str] = {MARKER, MARKER.lower(), MARKER.upper(), "7f3a9c"}
        self.keys = 0
        for passphrase in (SECRET_PASSPHRASE, NEW_PASSPHRASE):
            self.values |= {passphrase, passphrase.upper()}

    def add_code(self, code: str) -> None:
        self.values |= {code, code.replace("-", ""), code.lower()}

    def add_key(self, key: bytes) -> None:
        if any(key):
            self.values |= {key.hex(), key.hex().upper()}
            self.keys += 1

    def assert_not_in(self, text: str, where: str, *, except_: tuple[str, ...] = ()) -> None:
        for secret in self.values - set(except_):
            assert secret not in text, f"a secret is in {where}"


@pytest.fixture
def secrets(monkeypatch: pytest.MonkeyPatch) -> Iterator[Secrets]:
    """Records every data key the database is opened with."""
    found = Secrets()
    connect = database.connect

    def spy(path: Path, key: bytes) -> Any:
        found.add_key(bytes(key))
        return connect(path, key)

    monkeypatch.setattr(database, "connect", spy)
    yield found


def point_cli_at_this_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``Cli`` write to the captured stdout of the running test.

    Call it in the test body: pytest swaps ``sys.stdout`` for capfd's only while the test runs.
    Needed while ``Cli(out=sys.stdout)`` binds the stream at import; harmless once it doesn't.
    """
    defaults = cli.Cli.__init__.__kwdefaults__
    if defaults is not None and defaults.get("out") is not None:
        monkeypatch.setitem(defaults, "out", sys.stdout)


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


class Errors:
    def __init__(self) -> None:
        self.caught: list[BaseException] = []

    def expect(
        self,
        kind: type[BaseException] | tuple[type[BaseException], ...],
        call: Callable[[], object],
    ) -> None:
        with pytest.raises(kind) as info:
            call()
        self.caught.append(info.value)

    def check(self, secrets: Secrets) -> None:
        assert self.caught
        for error in self.caught:
            name = type(error).__name__
            secrets.assert_not_in(str(error), f"str({name})")
            secrets.assert_not_in(repr(error), f"repr({name})")
            secrets.assert_not_in("".join(traceback.format_exception(error)), f"{name} traceback")
            if isinstance(error, KnownError):
                secrets.assert_not_in(error.sentence, f"{name}.sentence")


@pytest.mark.slow
def test_nothing_secret_in_logs_output_or_errors_of_the_library(
    tmp_path: Path,
    secrets: Secrets,
    all_logs: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    errors = Errors()
    folder = tmp_path / "data" / "journal"
    errors.expect(WeakPassphrase, lambda: Vault.create(folder, "plum"))
    vault, code = Vault.create(folder, SECRET_PASSPHRASE, kdf=FAST_KDF)
    secrets.add_code(code)
    secrets.add_key(bytes(vault._key))
    journal = JournalService(vault.db)

    change = journal.log_win(f"Called {MARKER}", note=f"note {MARKER}", tags=[MARKER])
    journal.log_hard_moment(word="slip", text=f"{MARKER} happened", note=MARKER)
    hits = journal.search(MARKER)
    entry = change.entry
    for shown in (repr(entry), str(entry), repr(hits), repr(change), str(change)):
        secrets.assert_not_in(shown, "an Entry's repr")
    errors.expect(InvalidEntry, lambda: journal.log_win(MARKER * (MAX_TEXT_CHARS // 10)))
    errors.expect(InvalidEntry, lambda: journal.log_win(f"caf\udce9 {MARKER}"))
    errors.expect(InvalidEntry, lambda: journal.log_win(f"{MARKER}\x00"))
    errors.expect(InvalidEntry, lambda: journal.log_win("ok", tags=[MARKER * 10]))
    errors.expect(InvalidEntry, lambda: journal.log_hard_moment(word=MARKER * 10))
    errors.expect(InvalidEntry, lambda: journal.log_win("ok", category=MARKER))
    errors.expect(InvalidEntry, lambda: journal.add_category(MARKER * 10))
    errors.expect(InvalidEntry, lambda: journal.edit(entry.id, text=MARKER * MAX_TEXT_CHARS))
    errors.expect(NotFound, lambda: journal.edit(entry.id + 100, text=MARKER))
    write_json(journal, io.StringIO())
    write_csv(journal, io.StringIO())

    keychain = MemoryKeychain()
    vault.remember_device(keychain)
    for device_secret in keychain.secrets.values():
        secrets.values.add(device_secret)
    vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    secrets.add_code(vault.new_recovery_code())
    vault.lock()
    errors.expect(JournalLocked, lambda: vault.db)

    errors.expect(WrongPassphrase, lambda: Vault.unlock(folder, SECRET_PASSPHRASE))
    errors.expect(WrongPassphrase, lambda: Vault.unlock(folder, NEW_PASSPHRASE.upper()))
    errors.expect(
        (WrongRecoveryCode, RecoveryCodeTypo),
        lambda: Vault.unlock_with_recovery_code(folder, code, SECRET_PASSPHRASE, kdf=FAST_KDF),
    )
    Vault.unlock(folder, NEW_PASSPHRASE).lock()
    Vault.unlock_with_device(folder, keychain).lock()

    # Disk and folder problems.
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    errors.expect(FolderUnavailable, lambda: Vault.create(blocker / "j", SECRET_PASSPHRASE))
    db = folder / DB_NAME
    db.write_bytes(db.read_bytes()[:5000])
    errors.expect(JournalDamaged, lambda: Vault.unlock(folder, NEW_PASSPHRASE))

    assert secrets.keys >= 3  # the key the journal was made and opened with, seen by the spy
    errors.check(secrets)
    out, err = capfd.readouterr()
    secrets.assert_not_in(out, "stdout")
    secrets.assert_not_in(err, "stderr")
    for record in all_logs.records:
        secrets.assert_not_in(record.getMessage(), f"a log record from {record.name}")
    secrets.assert_not_in(all_logs.text, "the log")


@pytest.mark.slow
def test_nothing_secret_on_the_terminal_from_the_cli(
    tmp_path: Path,
    secrets: Secrets,
    all_logs: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    point_cli_at_this_stdout(monkeypatch)
    data_dir = tmp_path / "data"
    vault, code = Vault.create(data_dir / "journal", SECRET_PASSPHRASE, kdf=FAST_KDF)
    vault.lock()
    secrets.add_code(code)
    capfd.readouterr()

    def no_prompt(label: str) -> str:
        raise AssertionError("the CLI asked for something")

    def run(*args: str, passphrase: str = SECRET_PASSPHRASE) -> int:
        monkeypatch.setenv(cli.PASSPHRASE_ENV, passphrase)
        argv = ["--data-dir", str(data_dir), *args]
        return cli.run(argv, keychain=MemoryKeychain(), prompt=no_prompt)

    assert run("log", f"Called {MARKER}", "--note", MARKER, "--tag", MARKER) == 0
    assert run("hard-moment", "--text", MARKER, "--note", MARKER) == 0
    assert run("log", MARKER * MAX_TEXT_CHARS) == InvalidEntry.exit_code
    assert run("log", f"caf\udce9 {MARKER}") == InvalidEntry.exit_code
    assert run("log", MARKER, "--date", f"{MARKER}") == InvalidEntry.exit_code
    assert run("log", MARKER, "--category", MARKER) == InvalidEntry.exit_code
    assert run("list", "--category", MARKER) == InvalidEntry.exit_code
    assert run("stats") == 0
    assert run("check") == 0
    assert run("list", passphrase=SECRET_PASSPHRASE.upper()) == WrongPassphrase.exit_code
    blocked = tmp_path / "blocker"
    blocked.write_text("")
    assert run("export", "--format", "json", "--out", str(blocked / "x.json")) != 0
    assert secrets.keys >= 1  # the data key each command opened the journal with
    out, err = capfd.readouterr()
    secrets.assert_not_in(out, "the CLI's output")
    secrets.assert_not_in(err, "the CLI's error output")

    # Showing entries is what list, search and export print by design; nothing else may show.
    assert run("search", MARKER) == 0
    assert run("list") == 0
    assert run("export", "--format", "csv") == 0
    out, err = capfd.readouterr()
    assert MARKER in out
    shown = (MARKER, MARKER.lower(), MARKER.upper(), "7f3a9c")
    secrets.assert_not_in(out, "entries the CLI shows", except_=shown)
    secrets.assert_not_in(err, "the CLI's error output")
    secrets.assert_not_in(all_logs.text, "the log")
