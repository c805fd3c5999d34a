"""The platform's own keychain, loaded directly where keyring would choose it too (issue 20):
keyring's search through every installed backend is slow. Where the person chose a backend,
or the platform's keychain isn't there, keyring still chooses; and only a real keychain counts,
however it was found."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import keyring
import pytest

from iop_companion.errors import KeychainUnavailable
from iop_companion.vault import keychain
from iop_companion.vault.keychain import PLATFORM_KEYCHAINS, SystemKeychain, platform_keychain
from tests.vault.test_device import FakeSecretService

FAKE_MODULE = "tests_platform_keychain_fake"


class WorkingKeychain(FakeSecretService):
    viable = True


class MissingKeychain(FakeSecretService):
    viable = False  # as keyring says of a backend whose service isn't running


class PlaintextLookalike(WorkingKeychain):
    """Works, but keeps secrets in a file: not a real keychain."""


WorkingKeychain.__module__ = MissingKeychain.__module__ = FakeSecretService.__module__
PlaintextLookalike.__module__ = "keyrings.alt.file"


@pytest.fixture
def platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> types.ModuleType:
    """This platform's keychain is a stand-in module (its ``Keyring`` is a working one); no
    backend chosen by the person; keyring's own search would fail the test."""
    module = types.ModuleType(FAKE_MODULE)
    module.Keyring = WorkingKeychain  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, FAKE_MODULE, module)
    monkeypatch.setitem(PLATFORM_KEYCHAINS, sys.platform, (FAKE_MODULE, "Keyring"))
    for name in (keychain.CHOSEN_BACKEND, "XDG_CURRENT_DESKTOP"):
        monkeypatch.delenv(name, raising=False)
    for name in ("XDG_CONFIG_HOME", "LOCALAPPDATA"):  # where keyring looks for keyringrc.cfg
        monkeypatch.setenv(name, str(tmp_path / "config"))

    def searched() -> None:
        raise AssertionError("keyring searched its backends")

    monkeypatch.setattr(keyring, "get_keyring", searched)
    return module


def test_the_platforms_keychain_is_used_without_keyrings_search(
    platform: types.ModuleType,
) -> None:
    system = SystemKeychain()
    system.store("journal-id", "secret")
    assert system.load("journal-id") == "secret"
    system.delete("journal-id")
    assert system.load("journal-id") is None


def test_only_a_real_keychain_counts_when_found_directly(platform: types.ModuleType) -> None:
    platform.Keyring = PlaintextLookalike  # type: ignore[attr-defined]
    with pytest.raises(KeychainUnavailable):
        SystemKeychain().store("journal-id", "secret")
    assert SystemKeychain().load("journal-id") is None


def test_a_keychain_that_isnt_there_leaves_the_choice_to_keyring(
    platform: types.ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    platform.Keyring = MissingKeychain  # type: ignore[attr-defined]
    assert platform_keychain(sys.platform, {}) is None
    chosen = FakeSecretService()
    monkeypatch.setattr(keyring, "get_keyring", lambda: chosen)
    SystemKeychain().store("journal-id", "secret")
    assert chosen.passwords == {(keychain.SERVICE, "journal-id"): "secret"}


def test_without_a_session_bus_the_secret_service_isnt_there(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The real Secret Service backend, asked with no D-Bus session to reach it."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert platform_keychain("linux", {}) is None


def test_a_backend_the_person_chose_is_left_to_keyring(
    platform: types.ModuleType, tmp_path: Path
) -> None:
    assert platform_keychain(sys.platform, {}) is not None
    chosen = {keychain.CHOSEN_BACKEND: "keyring.backends.kwallet.DBusKeyring"}
    assert platform_keychain(sys.platform, chosen) is None
    config = tmp_path / "config" / "Python Keyring" / "keyringrc.cfg"
    if sys.platform != "win32":
        config = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text("[backend]\ndefault-keyring=keyring.backends.kwallet.DBusKeyring\n")
    assert platform_keychain(sys.platform, {}) is None


def test_a_kde_session_and_other_platforms_are_left_to_keyring(
    platform: types.ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(PLATFORM_KEYCHAINS, "linux", (FAKE_MODULE, "Keyring"))
    assert platform_keychain("linux", {"XDG_CURRENT_DESKTOP": "GNOME"}) is not None
    assert platform_keychain("linux", {"XDG_CURRENT_DESKTOP": "KDE"}) is None
    assert platform_keychain("sunos5", {}) is None


def test_on_linux_a_key_is_read_from_the_secret_service_without_keyring(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Where keyring would use the Secret Service, a command reads its key from it directly;
    where that can't be done, keyring reads it, as before."""
    monkeypatch.delenv(keychain.CHOSEN_BACKEND, raising=False)
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(sys, "platform", "linux")
    asked: list[tuple[str, str]] = []

    def kept(service: str, username: str) -> str:
        asked.append((service, username))
        return "secret"

    monkeypatch.setattr(keychain, "secret_service_password", kept)
    monkeypatch.setattr(keychain, "platform_keychain", lambda *_: None)
    monkeypatch.setattr(keyring, "get_keyring", lambda: pytest.fail("keyring was asked"))
    assert SystemKeychain().load("journal-id") == "secret"
    assert asked == [(keychain.SERVICE, "journal-id")]

    def unreachable(service: str, username: str) -> str:
        raise OSError("no session bus")

    chosen = FakeSecretService()
    chosen.passwords[(keychain.SERVICE, "journal-id")] = "from keyring"
    monkeypatch.setattr(keychain, "secret_service_password", unreachable)
    monkeypatch.setattr(keyring, "get_keyring", lambda: chosen)
    assert SystemKeychain().load("journal-id") == "from keyring"


def test_the_secret_service_is_read_directly_only_where_keyring_would_use_it(
    tmp_path: Path,
) -> None:
    home = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    assert keychain.reads_secret_service("linux", home)
    assert not keychain.reads_secret_service("linux", {**home, "XDG_CURRENT_DESKTOP": "KDE"})
    chosen = {**home, keychain.CHOSEN_BACKEND: "keyring.backends.kwallet.DBusKeyring"}
    assert not keychain.reads_secret_service("linux", chosen)
    assert not keychain.reads_secret_service("darwin", home)
    config = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text("[backend]\ndefault-keyring=keyring.backends.kwallet.DBusKeyring\n")
    assert not keychain.reads_secret_service("linux", home)
