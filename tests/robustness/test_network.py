"""The app makes no network connection. The suite itself blocks inet sockets (pytest-socket), and
the commands a person runs open none."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_socket import SocketBlockedError

from iop_companion import cli
from tests.conftest import PASSPHRASE


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_the_suite_blocks_inet_sockets() -> None:
    for family in (socket.AF_INET, socket.AF_INET6):
        with pytest.raises(SocketBlockedError):
            socket.socket(family, socket.SOCK_STREAM)
    with pytest.raises(SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9))


@pytest.fixture
def network_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every attempt to reach the network, even one whose error the app would swallow."""
    calls: list[str] = []
    blocked = socket.socket

    class Recording(blocked):  # type: ignore[misc, valid-type]
        def __new__(cls, family: Any = -1, *args: Any, **kwargs: Any) -> Any:
            if family not in (socket.AF_UNIX, -1):
                calls.append(f"socket({family})")
            return super().__new__(cls, family, *args, **kwargs)

        def connect(self, address: Any) -> None:
            calls.append(f"connect({address!r})")
            super().connect(address)

    def record(name: str) -> Any:
        real = getattr(socket, name)

        def recorded(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return real(*args, **kwargs)

        return recorded

    monkeypatch.setattr(socket, "socket", Recording)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, record(name))
    yield calls


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_cli_commands_open_no_inet_socket(
    vault_folder: Path, network_calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    data_dir = str(vault_folder.parent)
    commands = [
        ["log", "Came to one session", "--tag", "group"],
        ["hard-moment", "--word", "slip"],
        ["search", "session"],
        ["list"],
        ["stats"],
        ["check"],
        ["export", "--format", "json"],
    ]
    for command in commands:
        assert cli.run(["--data-dir", data_dir, *command]) == 0
    assert network_calls == []

    with pytest.raises(SocketBlockedError):  # the recording sees an attempt when there is one
        socket.create_connection(("127.0.0.1", 9))
    assert network_calls
