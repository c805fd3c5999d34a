"""When another computer gave the journal new keys: the window's pass finds it, asks once for
the passphrase chosen there (or the recovery code shown there), and once it is typed the
journal is kept in step again. Two real journals share one folder: computer A, opened here
without a window, and computer B, in the window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from iop_companion.core.open_journal import MemoryKeychain, OpenJournal
from iop_companion.errors import KeyChangedElsewhere, WrongPassphrase, WrongRecoveryCode
from iop_companion.ui.keep_in_step import KeepInStepDialog
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.new_key import NEW_WORDS, TAKEN_WORDS, TITLE, NewKeyDialog
from iop_companion.ui.sync_schedule import NEEDS_KEY_WORDS, SyncSchedule
from iop_companion.ui.widgets import PASSPHRASE_EVERYWHERE, focus_chain
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.every_screen import in_front
from tests.ui.helpers import unlock
from tests.ui.test_every_window import problems
from tests.ui.test_keep_in_step import QUICK, status, timeline_texts
from tests.ui.test_theme import SCHEMES, count, looked  # noqa: F401 (the fixture)

NEW = "a whole new key passphrase"
CHOSEN_ON_B = "words chosen on the laptop"
FIRST_WIN = "Showed up to group"
WIN_ON_A = "Called instead of ghosting"
WIN_ON_B = "Said one honest sentence"
SLOW = 20_000  # Argon2id and a re-encryption, on a busy test machine


@dataclass
class Computers:
    a: OpenJournal  # the computer that gives the journal new keys
    b: MainWindow  # the other one, in its window
    sync_dir: Path

    @property
    def schedule(self) -> SyncSchedule:
        assert self.b.sync_schedule is not None
        return self.b.sync_schedule


def texts(journal: OpenJournal) -> list[str]:
    return [e.text for e in journal.journal.entries()]


def asking(window: MainWindow) -> list[NewKeyDialog]:
    return [d for d in window.findChildren(NewKeyDialog) if d.isVisible()]


@pytest.fixture
def computers(qtbot, make_window, vault_folder: Path, tmp_path: Path) -> Iterator[Computers]:
    """A's journal kept in step with B's through one folder; B's window open and in step."""
    sync_dir = tmp_path / "Sync" / "journal"
    sync_dir.mkdir(parents=True)
    a = OpenJournal.open_with_passphrase(vault_folder, PASSPHRASE, MemoryKeychain())
    a.log_win(FIRST_WIN)
    a.keep_in_step_through(sync_dir)
    b, _ = OpenJournal.join_from_folder(
        sync_dir, tmp_path / "laptop", PASSPHRASE, MemoryKeychain(), kdf=FAST_KDF
    )
    b.lock()
    window = make_window(tmp_path / "laptop")
    window.sync_timing = QUICK
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: status(window).startswith("In step with 1 other computer"))
    yield Computers(a, window, sync_dir)
    if not a.is_locked:
        a.lock()


def new_keys_on_a(qtbot, two: Computers) -> tuple[NewKeyDialog, str]:
    """A gives the journal new keys; B's next pass (its poll) finds it and asks. A's new
    recovery code too."""
    code = two.a.rotate_key(NEW, kdf=FAST_KDF).result.recovery_code
    qtbot.waitUntil(lambda: len(asking(two.b)) == 1, timeout=10_000)
    [dialog] = asking(two.b)
    assert dialog.windowTitle() == TITLE
    in_front(qtbot, dialog)
    return dialog, code


def closed(dialog: NewKeyDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def take_it(qtbot, dialog: NewKeyDialog, field) -> None:
    """Enter in ``field``; the busy bar while the key is taken up, then the dialog closes."""
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.busy.isVisible() and not dialog.keep_button.isEnabled()
    qtbot.waitUntil(lambda: closed(dialog), timeout=SLOW)


def test_the_passphrase_chosen_there_keeps_this_computer_in_step(qtbot, computers) -> None:
    two = computers
    dialog, _ = new_keys_on_a(qtbot, two)
    assert dialog.passphrase.hasFocus() and not dialog.code_part.isVisible()
    assert status(two.b) == NEEDS_KEY_WORDS
    assert two.b.in_step_status.toolTip() == KeyChangedElsewhere().sentence
    assert not two.b.new_key_button.isVisible()  # the dialog is open: no second way in
    assert two.b.live is not None
    two.b.live.log_win(WIN_ON_B)  # written here while the key is unknown: kept, sent later

    qtbot.keyClicks(dialog.passphrase, NEW)
    take_it(qtbot, dialog, dialog.passphrase)
    assert two.b.status_text.text() == TAKEN_WORDS
    qtbot.waitUntil(lambda: status(two.b).startswith("In step with 1 other computer"))
    assert not two.b.new_key_button.isVisible()
    # The timeline reads through the journal's new connections: what was there, and more.
    assert any(FIRST_WIN in text for text in timeline_texts(two.b))
    assert any(WIN_ON_B in text for text in timeline_texts(two.b))

    two.a.log_win(WIN_ON_A)
    two.a.sync_pass()  # a win logged on A arrives on B, through B's own passes
    qtbot.waitUntil(lambda: any(WIN_ON_A in t for t in timeline_texts(two.b)), timeout=10_000)
    two.a.sync_pass()
    assert WIN_ON_B in texts(two.a)  # and what B wrote meanwhile reached A

    two.b.lock()  # B opens with the new passphrase now, and only with it
    two.b.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(two.b.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: two.b.unlock_page.message.text() == WrongPassphrase().sentence)
    unlock(qtbot, two.b, NEW)
    assert any(WIN_ON_A in text for text in timeline_texts(two.b))


def test_the_recovery_code_shown_there_and_a_new_passphrase(qtbot, computers) -> None:
    two = computers
    dialog, code = new_keys_on_a(qtbot, two)
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.code_part.isVisible() and not dialog.passphrase_part.isVisible()
    assert dialog.code.hasFocus()
    assert dialog.switch_button.text() == "Use the pass&phrase instead"
    # What the new passphrase becomes is seen, not only heard in the field's description.
    assert NEW_WORDS in [label.text() for label in dialog.code_part.findChildren(QLabel)]
    assert PASSPHRASE_EVERYWHERE in NEW_WORDS
    assert dialog.new_fields.passphrase.accessibleDescription() == PASSPHRASE_EVERYWHERE
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClicks(dialog.new_fields.passphrase, CHOSEN_ON_B)
    assert dialog.new_fields.strength.text()  # honest words on it, as at setup
    qtbot.keyClicks(dialog.new_fields.confirm, "words chosen")
    qtbot.keyClick(dialog.new_fields.confirm, Qt.Key.Key_Return)
    assert dialog.message.text() == "The two passphrases aren't the same yet."
    assert dialog.new_fields.passphrase.hasFocus() and not dialog.working
    qtbot.keyClicks(dialog.new_fields.confirm, " on the laptop")
    take_it(qtbot, dialog, dialog.new_fields.confirm)
    qtbot.waitUntil(lambda: status(two.b).startswith("In step with 1 other computer"))

    passes = two.schedule.passes
    two.a.log_win(WIN_ON_A)
    two.a.sync_pass()
    qtbot.waitUntil(lambda: any(WIN_ON_A in t for t in timeline_texts(two.b)), timeout=10_000)
    assert two.schedule.passes > passes  # the passes that follow keep the chosen passphrase
    two.b.lock()
    unlock(qtbot, two.b, CHOSEN_ON_B)
    two.a.sync_pass()
    assert two.a.is_passphrase(CHOSEN_ON_B)  # the journal's, on the other computer too


def test_a_passphrase_that_doesnt_open_the_new_key_is_said_and_kept(qtbot, computers) -> None:
    two = computers
    dialog, _ = new_keys_on_a(qtbot, two)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)  # the one from before the new keys
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.working, timeout=SLOW)
    assert dialog.isVisible() and dialog.message.text() == WrongPassphrase().sentence
    assert dialog.passphrase.text() == PASSPHRASE and dialog.passphrase.hasFocus()
    assert dialog.keep_button.isEnabled() and not dialog.busy.isVisible()
    assert status(two.b) == NEEDS_KEY_WORDS  # the dialog says what went wrong, not the status

    dialog.use_code()
    qtbot.keyClicks(dialog.code, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345")
    dialog.new_fields.passphrase.setText(CHOSEN_ON_B)
    dialog.new_fields.confirm.setText(CHOSEN_ON_B)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.working, timeout=SLOW)
    assert dialog.message.text() == WrongRecoveryCode().sentence
    assert dialog.code.hasFocus() and dialog.new_fields.text() == CHOSEN_ON_B

    dialog.use_code(False)  # and the right one still works after
    dialog.passphrase.selectAll()
    qtbot.keyClicks(dialog.passphrase, NEW)
    take_it(qtbot, dialog, dialog.passphrase)
    qtbot.waitUntil(lambda: status(two.b).startswith("In step with 1 other computer"))


def test_esc_and_close_wait_while_the_new_key_is_taken_up(qtbot, computers) -> None:
    """It can't stop half-way: closed meanwhile, what came of it would be said nowhere."""
    dialog, _ = new_keys_on_a(qtbot, computers)
    dialog._set_working(True)  # as while Argon2id and the re-encryption run
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.close()
    assert dialog.isVisible()
    dialog._set_working(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Not now, as ever
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_recovery_code_typed_as_the_passphrase_asks_for_a_new_one(qtbot, computers) -> None:
    two = computers
    dialog, code = new_keys_on_a(qtbot, two)
    qtbot.keyClicks(dialog.passphrase, code)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.code_part.isVisible(), timeout=SLOW)
    assert dialog.code.text() == code and dialog.new_fields.passphrase.hasFocus()
    assert "passphrase" in dialog.message.text()


def test_not_now_asks_no_more_until_the_person_does(qtbot, computers) -> None:
    two = computers
    dialog, _ = new_keys_on_a(qtbot, two)
    schedule = two.schedule
    passes = schedule.passes
    assert not schedule._poll.isActive()  # no pass is tried while the key is unknown
    schedule.request()
    assert not schedule.running and len(asking(two.b)) == 1  # and no second dialog

    qtbot.mouseClick(dialog.not_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not asking(two.b))
    assert status(two.b) == NEEDS_KEY_WORDS
    assert two.b.new_key_button.isVisible()
    assert two.b.live is not None
    two.b.live.log_win(WIN_ON_B)  # a change here asks for no pass either
    assert not schedule._debounce.isActive()
    schedule.request()
    assert not schedule.running and schedule.passes == passes and not asking(two.b)

    # Use this journal on another computer says so too, with the way back.
    keep = two.b.keep_in_step()
    assert isinstance(keep, KeepInStepDialog)
    in_front(qtbot, keep)
    assert keep.new_key_part.isVisible() and keep.new_key_button.isEnabled()
    assert keep.new_key_button.hasFocus()  # it opens on the way on
    tab = Qt.FocusPolicy.TabFocus
    stops = [w for w in focus_chain(keep) if w.isVisible() and w.focusPolicy() & tab]
    [forget] = keep.forget_buttons.values()
    assert stops.index(keep.new_key_button) < stops.index(forget) < stops.index(keep.stop_button)
    qtbot.mouseClick(keep.new_key_button, Qt.MouseButton.LeftButton)
    [again] = asking(two.b)
    assert again.parent() is keep  # in front of the dialog it was asked from
    again.reject()
    keep.reject()

    in_front(qtbot, two.b)
    two.b.new_key_button.setFocus()
    qtbot.keyClick(two.b.new_key_button, Qt.Key.Key_Space)  # the status bar's
    [again] = asking(two.b)
    assert not two.b.new_key_button.isVisible()
    qtbot.mouseClick(again.not_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not asking(two.b))
    assert two.b.focusWidget() is two.b.new_key_button  # where it was asked from, not Hide now
    qtbot.mouseClick(two.b.new_key_button, Qt.MouseButton.LeftButton)
    [again] = asking(two.b)
    in_front(qtbot, again)
    qtbot.keyClicks(again.passphrase, NEW)
    take_it(qtbot, again, again.passphrase)
    qtbot.waitUntil(lambda: status(two.b).startswith("In step with 1 other computer"))
    assert schedule._poll.isActive() and schedule.passes > passes
    two.a.sync_pass()
    assert WIN_ON_B in texts(two.a)


def test_it_waits_for_the_dialog_the_person_is_typing_in(qtbot, computers) -> None:
    two = computers
    log = two.b.log_win()
    assert log is not None
    in_front(qtbot, log)
    qtbot.keyClicks(log.text, "Said one")
    two.a.rotate_key(NEW, kdf=FAST_KDF)
    qtbot.waitUntil(lambda: status(two.b) == NEEDS_KEY_WORDS, timeout=10_000)
    assert not asking(two.b)  # not on top of what is being written
    qtbot.keyClicks(log.text, " honest sentence")
    assert log.text.text() == WIN_ON_B and log.text.hasFocus()
    log.reject()
    qtbot.waitUntil(lambda: len(asking(two.b)) == 1)  # as soon as it closed


def test_lock_closes_it_and_the_next_unlock_asks_again(qtbot, computers) -> None:
    two = computers
    dialog, _ = new_keys_on_a(qtbot, two)
    typed = dialog.passphrase
    typed.setText(NEW[:5])
    two.b.lock()
    assert not asking(two.b) and typed.text() == ""  # nothing typed outlives the lock
    assert not two.b.new_key_button.isVisible() and status(two.b) == ""
    unlock(qtbot, two.b)  # the journal here still opens with its own passphrase
    qtbot.waitUntil(lambda: len(asking(two.b)) == 1, timeout=10_000)


@pytest.mark.parametrize("size", ["standard", "large"])
def test_the_fields_stay_whole_as_words_on_the_strength_appear(
    qtbot,
    looked,  # noqa: F811 (the fixture)
    window,
    size: str,
) -> None:
    """Words on a new passphrase's strength appear under it as it is typed, a line or two: the
    dialog grows with them, and the fields keep their whole height (at 150% on a laptop, the
    window stayed at its minimum size and squeezed them)."""
    looked("light", size)
    unlock(qtbot, window)
    dialog = window.ask_for_new_key()
    assert dialog is not None
    dialog.use_code()
    in_front(qtbot, dialog)
    dialog.resize(dialog.width(), dialog.minimumHeight())  # as a window manager may leave it
    fields = dialog.new_fields
    fields.passphrase.setText("password1")  # words on it that take two lines at any size
    assert len(fields.strength.text()) > 80
    fields.confirm.setText("password1")
    layout = dialog.layout()
    assert layout is not None
    qtbot.waitUntil(lambda: dialog.height() >= layout.totalHeightForWidth(dialog.width()))
    assert fields.confirm.geometry().bottom() < fields.height()
    assert problems(dialog) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_it_reads_and_fits_in_light_and_dark(
    qtbot,
    looked,  # noqa: F811 (the fixture)
    window,
    scheme: str,
) -> None:
    looked(scheme, "standard")
    unlock(qtbot, window)
    dialog = window.ask_for_new_key()
    assert dialog is not None
    in_front(qtbot, dialog)
    QApplication.processEvents()
    assert problems(dialog) == []
    colours = SCHEMES[scheme]
    assert dialog.palette().color(QPalette.ColorRole.Window) == QColor(colours.window)
    image = dialog.keep_button.grab().toImage()  # the main action wears the accent
    assert count(image, colours.accent) > image.width() * image.height() // 3
