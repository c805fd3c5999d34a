"""Copied words leave the clipboard after 30 seconds, unless the person copied something since."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication

from iop_companion.ui.clipboard import CLEAR_AFTER_MS, KDE_MANAGER_HINT, ClipboardGuard

WORDS = "I called my sponsor instead of ghosting."


@pytest.fixture
def clipboard(qapp: QGuiApplication) -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def guard(qapp: QGuiApplication) -> Iterator[ClipboardGuard]:
    made = ClipboardGuard()
    yield made
    made.timer.stop()
    made.deleteLater()


def test_copy_puts_the_text_on_the_clipboard_for_30_seconds(
    clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    guard.copy(WORDS)
    assert clipboard.text() == WORDS
    assert guard.timer.isActive() and guard.timer.isSingleShot()
    assert guard.timer.interval() == CLEAR_AFTER_MS == 30_000


def test_cleared_when_still_ours(clipboard: QClipboard, guard: ClipboardGuard) -> None:
    guard.copy(WORDS)
    guard.timer.timeout.emit()  # the 30 seconds are up
    assert clipboard.text() == ""
    assert not guard.holding and not guard.timer.isActive()


def test_not_cleared_when_the_person_copied_something_else(
    clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    guard.copy(WORDS)
    clipboard.setText("a recipe from the browser")
    guard.clear_if_still_ours()
    assert clipboard.text() == "a recipe from the browser"


def test_a_second_copy_restarts_the_wait_and_only_the_latest_is_ours(
    clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    guard.copy("first")
    guard.copy(WORDS)
    assert guard.timer.isActive()
    guard.clear_if_still_ours()
    assert clipboard.text() == ""


def test_clear_now_for_locking(clipboard: QClipboard, guard: ClipboardGuard) -> None:
    guard.copy(WORDS)
    guard.clear_now()
    assert clipboard.text() == ""
    assert not guard.timer.isActive()
    clipboard.setText("theirs")
    guard.clear_now()  # nothing of ours is left: theirs stays
    assert clipboard.text() == "theirs"


def test_clear_now_leaves_what_the_person_copied(
    clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    guard.copy(WORDS)
    clipboard.setText("theirs")
    guard.clear_now()
    assert clipboard.text() == "theirs"


def test_the_copy_asks_clipboard_managers_not_to_keep_it(
    clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    guard.copy(WORDS)
    data = clipboard.mimeData()
    assert data is not None
    assert bytes(data.data(KDE_MANAGER_HINT).data()) == b"secret"
