"""The optional "remember on this computer" key, kept in the OS keychain through ``keyring``.

Only a real keychain counts. keyring's plaintext, null and fail backends (and anything else not in
the list of OS keychains below) are refused, and a stored key is read back before it is trusted.
``keyring`` is imported only when the keychain is used: it costs about 140 ms. Where it is safe,
the platform's own keychain is loaded directly (``platform_keychain``), which skips keyring's
slow search through every installed backend. On Linux a key is read (``load``, at every
command) from the Secret Service directly through SecretStorage, the library keyring's own
backend uses, without importing keyring (about 30 ms of keyring's own imports); storing and
deleting still go through keyring.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from iop_companion.errors import KeychainUnavailable

SERVICE = "companion-journal"

# Backends that keep secrets in the operating system's own protected store.
REAL_KEYCHAIN_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)


# Each platform's own keychain: the one keyring chooses there when the person chose none. Loaded
# directly, it skips keyring's discovery (every installed package's entry points read, every
# backend asked whether it works), which takes a few hundred milliseconds.
SECRET_SERVICE = ("keyring.backends.SecretService", "Keyring")
PLATFORM_KEYCHAINS = {
    "linux": SECRET_SERVICE,
    "darwin": ("keyring.backends.macOS", "Keyring"),
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
}
CHOSEN_BACKEND = "PYTHON_KEYRING_BACKEND"  # keyring's own variable for a backend the person chose


def platform_keychain(platform: str, environ: Mapping[str, str]) -> Any | None:
    """The platform's own keychain, working, where keyring would choose it too; else None, and
    keyring chooses: where the person chose a backend (``PYTHON_KEYRING_BACKEND`` or keyring's
    ``keyringrc.cfg``), in a KDE session (keyring puts KWallet first there), on another
    platform, or when the platform's keychain isn't there."""
    named = PLATFORM_KEYCHAINS.get(platform)
    if named is None or CHOSEN_BACKEND in environ:
        return None
    if platform == "linux" and "KDE" in environ.get("XDG_CURRENT_DESKTOP", "").split(":"):
        return None
    try:
        from keyring.util import platform_ as keyring_folders

        if (keyring_folders.config_root() / "keyringrc.cfg").exists():
            return None
        module, name = named
        backend_class = getattr(importlib.import_module(module), name)
        return backend_class() if backend_class.viable else None
    except Exception:  # not installed, or broken: keyring's own search decides
        return None


def _keyring_config(environ: Mapping[str, str]) -> Path:
    """Where keyring reads the person's choice of backend on Linux (``keyring.util.platform_``,
    without importing keyring)."""
    root = environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(root, "python_keyring", "keyringrc.cfg")


def reads_secret_service(platform: str, environ: Mapping[str, str]) -> bool:
    """Whether a key is read from the Secret Service directly: where ``platform_keychain``
    would load keyring's Secret Service backend (Linux, outside KDE, no backend chosen)."""
    if PLATFORM_KEYCHAINS.get(platform) != SECRET_SERVICE or CHOSEN_BACKEND in environ:
        return False
    if "KDE" in environ.get("XDG_CURRENT_DESKTOP", "").split(":"):
        return False
    try:
        return not _keyring_config(environ).exists()
    except (OSError, RuntimeError):  # no home folder to look in: keyring decides
        return False


def secret_service_password(service: str, username: str) -> str | None:
    """What keyring's Secret Service backend keeps for ``service`` and ``username``, read as it
    reads it (the default collection, the same attributes, unlocked when locked), or None when
    nothing is kept. Raises when the Secret Service can't be asked or stays locked."""
    import secretstorage

    with contextlib.closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked():
            collection.unlock()
            if collection.is_locked():  # the person dismissed the prompt
                raise KeychainUnavailable()
        for item in collection.search_items({"username": username, "service": service}):
            if item.is_locked():
                item.unlock()
                if item.is_locked():
                    raise KeychainUnavailable()
            return item.get_secret().decode("utf-8")
    return None


class Keychain(Protocol):
    """Somewhere to keep one secret per vault. ``load`` returns None when nothing is kept."""

    def store(self, vault_id: str, secret: str) -> None: ...

    def load(self, vault_id: str) -> str | None: ...

    def delete(self, vault_id: str) -> None: ...


def _leaf_backends(backend: Any) -> list[Any]:
    nested = getattr(backend, "backends", None)
    if nested is not None:  # keyring's ChainerBackend
        return [leaf for inner in nested for leaf in _leaf_backends(inner)]
    return [backend]


def is_real_keychain(backend: Any) -> bool:
    leaves = _leaf_backends(backend)
    return bool(leaves) and all(
        type(leaf).__module__.startswith(REAL_KEYCHAIN_MODULES) for leaf in leaves
    )


class SystemKeychain:
    """The OS keychain. Refuses to store anything in a backend that isn't one."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend
        self._looked = backend is not None  # for the platform's keychain, once

    def _real_backend(self) -> Any:
        if not self._looked:
            self._looked = True
            self._backend = platform_keychain(sys.platform, os.environ)
        backend = self._backend
        if backend is None:
            import keyring

            backend = keyring.get_keyring()
        if not is_real_keychain(backend):
            raise KeychainUnavailable()
        return backend

    def store(self, vault_id: str, secret: str) -> None:
        backend = self._real_backend()
        try:
            backend.set_password(SERVICE, vault_id, secret)
            read_back = backend.get_password(SERVICE, vault_id)
        except Exception:  # any keyring backend error means "not saved"
            raise KeychainUnavailable() from None
        if read_back != secret:
            raise KeychainUnavailable()

    def load(self, vault_id: str) -> str | None:
        if not self._looked and reads_secret_service(sys.platform, os.environ):
            with contextlib.suppress(Exception):  # not reachable that way: keyring looks
                return secret_service_password(SERVICE, vault_id)
        try:
            backend = self._real_backend()
            value = backend.get_password(SERVICE, vault_id)
        except KeychainUnavailable:
            return None
        except Exception:  # a locked or missing keychain reads as "nothing kept"
            return None
        return value if isinstance(value, str) else None

    def delete(self, vault_id: str) -> None:
        try:
            backend = self._real_backend()
            backend.delete_password(SERVICE, vault_id)
        except Exception:  # nothing kept, or keychain gone: either way nothing is left to delete
            return


class MemoryKeychain:
    """A keychain that lives only as long as the process. For tests and benchmarks."""

    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}

    def store(self, vault_id: str, secret: str) -> None:
        self.secrets[vault_id] = secret

    def load(self, vault_id: str) -> str | None:
        return self.secrets.get(vault_id)

    def delete(self, vault_id: str) -> None:
        self.secrets.pop(vault_id, None)
