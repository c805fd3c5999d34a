"""The idle lock, driven by a fake clock: no waiting."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from iop_companion.ui.idle import DEFAULT_IDLE_MINUTES, IDLE_CHOICES, IdleWatcher
from tests.language_words import BANNED


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Counter:
    def __init__(self, watcher: IdleWatcher) -> None:
        self.count = 0
        watcher.idle.connect(self.add)

    def add(self) -> None:
        self.count += 1


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make(
    qapp: QApplication, clock: FakeClock
) -> Iterator[Callable[..., tuple[IdleWatcher, Counter]]]:
    made: list[IdleWatcher] = []

    def make_watcher(minutes: int | None = 5) -> tuple[IdleWatcher, Counter]:
        watcher = IdleWatcher(minutes, clock=clock)
        made.append(watcher)
        return watcher, Counter(watcher)

    yield make_watcher
    for watcher in made:
        watcher.uninstall()
        watcher.deleteLater()


def test_the_choices_are_plain_and_default_to_five_minutes(qapp: QApplication) -> None:
    labels = dict(IDLE_CHOICES)
    assert list(labels) == [
        "Off",
        "After 1 minute",
        "After 5 minutes",
        "After 15 minutes",
        "After 1 hour",
    ]
    assert [minutes for _, minutes in IDLE_CHOICES] == [None, 1, 5, 15, 60]
    watcher = IdleWatcher()
    assert DEFAULT_IDLE_MINUTES == 5 and watcher.minutes == 5
    watcher.uninstall()
    assert not any(word in label.lower() for label in labels for word in BANNED)


def test_fires_after_the_limit_not_before(make, clock: FakeClock) -> None:
    watcher, idle = make(5)
    clock.advance(5 * 60 - 1)
    watcher.check()
    assert idle.count == 0
    clock.advance(1)
    watcher.check()
    assert idle.count == 1


@pytest.mark.parametrize("minutes", [1, 5, 15, 60])
def test_every_choice_is_honoured(make, clock: FakeClock, minutes: int) -> None:
    watcher, idle = make(minutes)
    clock.advance(minutes * 60 - 0.5)
    watcher.check()
    assert idle.count == 0
    clock.advance(0.5)
    watcher.check()
    assert idle.count == 1


def test_fires_once_until_there_is_activity(make, clock: FakeClock) -> None:
    watcher, idle = make(1)
    clock.advance(61)
    for _ in range(5):
        watcher.check()
        clock.advance(60)
    assert idle.count == 1
    watcher.note_activity()
    clock.advance(60)
    watcher.check()
    assert idle.count == 2


def test_activity_counts_from_zero_again(make, clock: FakeClock) -> None:
    watcher, idle = make(5)
    clock.advance(4 * 60)
    watcher.note_activity()
    clock.advance(4 * 60)
    watcher.check()
    assert idle.count == 0
    assert watcher.idle_for() == 4 * 60


def test_off_never_fires(make, clock: FakeClock) -> None:
    watcher, idle = make(None)
    assert not watcher.timer.isActive()
    clock.advance(24 * 3600)
    watcher.check()
    assert idle.count == 0


def test_turning_it_off_and_on(make, clock: FakeClock) -> None:
    watcher, idle = make(5)
    assert watcher.timer.isActive()
    watcher.set_minutes(None)
    assert not watcher.timer.isActive()
    clock.advance(3600)
    watcher.check()
    watcher.set_minutes(15)  # the new limit counts from the moment it was chosen
    assert watcher.timer.isActive()
    clock.advance(14 * 60)
    watcher.check()
    assert idle.count == 0
    clock.advance(60)
    watcher.check()
    assert idle.count == 1


def test_stopped_while_locked(make, clock: FakeClock) -> None:
    watcher, idle = make(1)
    watcher.stop()
    assert not watcher.timer.isActive()
    clock.advance(3600)
    watcher.check()
    assert idle.count == 0
    watcher.start()
    clock.advance(60)
    watcher.check()
    assert idle.count == 1


def test_the_timer_asks_every_few_seconds(make, clock: FakeClock) -> None:
    watcher, idle = make(1)
    assert 1_000 <= watcher.timer.interval() <= 10_000
    clock.advance(60)
    watcher.timer.timeout.emit()  # what the timer does when it runs out
    assert idle.count == 1


def test_input_to_any_widget_is_activity(make, clock: FakeClock, qtbot: QtBot) -> None:
    watcher, idle = make(1)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)

    def quiet_then(act: object) -> None:
        clock.advance(59)
        assert callable(act)
        act()
        clock.advance(59)
        watcher.check()

    quiet_then(lambda: qtbot.keyClick(field, Qt.Key.Key_A))
    quiet_then(lambda: qtbot.mouseClick(field, Qt.MouseButton.LeftButton))
    quiet_then(lambda: qtbot.mouseMove(field, QPoint(5, 5)))
    quiet_then(lambda: qtbot.mouseMove(field, QPoint(15, 8)))
    assert idle.count == 0
    clock.advance(2)
    watcher.check()
    assert idle.count == 1


def test_other_events_are_not_activity(make, clock: FakeClock, qtbot: QtBot) -> None:
    watcher, idle = make(1)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    clock.advance(30)
    field.setText("typed by the app, not the person")
    field.repaint()
    field.resize(300, 40)
    QApplication.processEvents()
    clock.advance(30)
    watcher.check()
    assert idle.count == 1


def test_the_filter_lets_every_event_through(make, qtbot: QtBot) -> None:
    make(1)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field, "still here")
    assert field.text() == "still here"
