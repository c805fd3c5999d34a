"""Safe from the people nearby: idle lock, screen lock, quick hide, the cover, settings kept."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from iop_companion.ui.clipboard import KDE_MANAGER_HINT
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.quick_hide import is_covered
from tests.conftest import FAST_KDF
from tests.ui.helpers import log_win_by_keyboard, unlock, visible_texts


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def window_with_clock(qtbot, folder, settings, keychain, clock, idle_clock) -> MainWindow:
    window = MainWindow(
        folder, keychain, settings=settings, kdf=FAST_KDF, clock=clock, idle_clock=idle_clock
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_journal_locks_after_the_chosen_idle_time(
    qtbot, vault_folder, settings, keychain, clock
) -> None:
    idle = FakeClock()
    window = window_with_clock(qtbot, vault_folder, settings, keychain, clock, idle)
    unlock(qtbot, window)
    log_win_by_keyboard(qtbot, window, "MARKER before stepping away")
    idle.now += 4 * 60
    window.lock_triggers.idle.check()
    assert window.live is not None  # 4 minutes: still open (default is 5)
    idle.now += 61
    window.lock_triggers.idle.check()
    assert window.live is None
    assert not any("MARKER" in text for text in visible_texts(window))


def test_idle_lock_can_be_turned_off_and_the_choice_is_kept(
    qtbot, vault_folder, settings: QSettings, keychain, clock
) -> None:
    idle = FakeClock()
    window = window_with_clock(qtbot, vault_folder, settings, keychain, clock, idle)
    unlock(qtbot, window)
    preferences = window.preferences()
    assert preferences is not None
    preferences.idle.setCurrentIndex(preferences.idle.findText("Off"))
    idle.now += 24 * 3600
    window.lock_triggers.idle.check()
    assert window.live is not None
    assert int(settings.value("privacy/idle_minutes")) == 0


def test_the_screen_locking_locks_the_journal(qtbot, window) -> None:
    unlock(qtbot, window)
    window.lock_triggers.screen.screen_locked()  # what the desktop's screensaver signal calls
    assert window.live is None
    assert window.pages.currentWidget() is window.unlock_page


def test_a_screen_lock_on_the_unlock_screen_keeps_what_is_typed(qtbot, window) -> None:
    window.unlock_page.passphrase.setText("half typ")
    window.lock_triggers.screen.screen_locked()
    assert window.unlock_page.passphrase.text() == "half typ"


def test_quick_hide_locks_and_minimises_from_any_window(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    dialog.text.setText("MARKER in the dialog")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(
        dialog.text,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.live is None
    assert window.isMinimized() or window.windowState() & Qt.WindowState.WindowMinimized
    assert not any("MARKER" in text for text in visible_texts(window))


def test_the_cover_when_away_is_a_choice_that_is_kept(qtbot, window, settings: QSettings) -> None:
    unlock(qtbot, window)
    preferences = window.preferences()
    assert preferences is not None
    assert not preferences.cover.isChecked()  # off by default
    preferences.cover.setChecked(True)
    window.cover_away.application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert is_covered(window) and is_covered(preferences)  # every window, dialogs too
    window.cover_away.application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert not is_covered(window) and not is_covered(preferences)
    assert settings.value("privacy/blur_when_away", type=bool) is True


def test_locking_clears_what_the_app_copied(qtbot, window) -> None:
    unlock(qtbot, window)
    window.clipboard_guard.copy("MARKER copied from the app")
    window.lock()
    assert QGuiApplication.clipboard().text() != "MARKER copied from the app"


def test_the_sync_folder_warning_shows_at_start(qtbot, make_window, tmp_path) -> None:
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    (synced / ".dropbox").write_text("")
    window = make_window(synced / "journal")
    assert "Dropbox" in window.status_text.text()


def test_an_open_journal_is_never_left_open_by_a_lock(qtbot, window) -> None:
    unlock(qtbot, window)
    live = window.live
    assert isinstance(live, LiveJournal)
    window.quick_hide()
    assert live.core.is_locked


def test_what_the_person_copies_inside_the_app_leaves_the_clipboard_too(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    window.clipboard_guard.timer.setInterval(50)
    unlock(qtbot, window)
    log_win_by_keyboard(qtbot, window, "Told my sister")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None)
    view = window.journal_page.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert "Told my sister" in clipboard.text()
    assert window.clipboard_guard.holding
    qtbot.waitUntil(lambda: clipboard.text() == "")

    search = window.journal_page.search
    search.setText("sister")
    search.selectAll()
    qtbot.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "sister"
    qtbot.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # the same again
    data = clipboard.mimeData()
    assert clipboard.text() == "sister" and data is not None and data.hasFormat(KDE_MANAGER_HINT)
    qtbot.waitUntil(lambda: clipboard.text() == "")


def test_a_copy_made_in_another_program_is_left_alone(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None)
    # As on X11, Wayland, Windows and macOS: the clipboard tells whose copy it is.
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    clipboard = QGuiApplication.clipboard()
    monkeypatch.setattr(clipboard, "ownsClipboard", lambda: False)
    clipboard.setText("a password from another program")
    assert not window.clipboard_guard.holding
    window.lock()
    assert clipboard.text() == "a password from another program"
    monkeypatch.setattr(clipboard, "ownsClipboard", lambda: True)
    clipboard.setText("words copied in the app")
    assert window.clipboard_guard.holding
    window.clipboard_guard.clear_now()
    assert clipboard.text() == ""


def test_on_macos_a_copy_made_in_the_app_is_still_taken_off_the_clipboard(
    qtbot, window, monkeypatch
) -> None:
    """Qt's macOS clipboard never says the app owns it: there, the focus tells."""
    from PySide6.QtWidgets import QApplication

    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None)
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "cocoa"))
    clipboard = QGuiApplication.clipboard()
    monkeypatch.setattr(clipboard, "ownsClipboard", lambda: False)
    clipboard.setText("MARKER copied in the app")
    assert window.clipboard_guard.holding
    window.lock()
    assert clipboard.text() == ""


def test_nothing_of_the_journal_shows_through_the_cover(
    qtbot, make_window, vault_folder, copy_folder
) -> None:
    """A window covered while another program is in front looks the same, pixel for pixel,
    whether the journal is full of entries (near the bottom edge too) or empty."""
    empty_folder = copy_folder(vault_folder, "empty")
    covered = []
    for folder, wins in ((vault_folder, 80), (empty_folder, 0)):
        window = make_window(folder)
        window.resize(880, 680)
        unlock(qtbot, window)
        for i in range(wins):
            window.live.log_win(f"MARKER said one honest sentence, week {i}")
        dialog = window.share()
        assert dialog is not None
        window.cover_away.set_enabled(True)
        window.cover_away.application_state_changed(Qt.ApplicationState.ApplicationInactive)
        QApplication.processEvents()
        covered.append((window.grab().toImage(), dialog.grab().toImage()))
        window.cover_away.application_state_changed(Qt.ApplicationState.ApplicationActive)
        dialog.reject()
        window.lock()
    (full_window, full_dialog), (empty_window, empty_dialog) = covered
    assert full_window.size() == empty_window.size()
    assert full_window == empty_window  # no pixel differs
    assert full_dialog.size() == empty_dialog.size() and full_dialog == empty_dialog
