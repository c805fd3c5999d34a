"""The app's keys work from wherever the focus is: Share a summary from the search box (where
focus lands after unlocking, and where Qt's line edit takes Ctrl+E on X11), Preferences on every
platform, and no two mnemonics of the main window's menus and tabs on one letter."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from iop_companion.ui.every_window import FieldKeys
from iop_companion.ui.preferences import PreferencesDialog
from iop_companion.ui.share_dialog import ShareDialog
from tests.ui.helpers import unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def overridden(field: QLineEdit, key: Qt.Key) -> bool:
    """Whether ``field`` keeps ``key`` for itself (Qt asks before any shortcut sees it)."""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, CTRL)
    QApplication.sendEvent(field, event)
    return event.isAccepted()


def test_a_field_lets_the_app_s_keys_through_and_keeps_its_own(qtbot) -> None:
    """Offscreen, a line edit keeps Ctrl+A (select all) as X11 has it keep Ctrl+E: an action on
    that key gets it once the field is watched, and the field's other keys stay its own."""
    holder = QWidget()
    qtbot.addWidget(holder)
    field = QLineEdit(holder)
    assert overridden(field, Qt.Key.Key_A)
    share = QAction("Share", holder)
    share.setShortcut(QKeySequence("Ctrl+A"))
    FieldKeys([share], holder).watch(holder)
    assert not overridden(field, Qt.Key.Key_A)  # the action's now
    assert overridden(field, Qt.Key.Key_Z)  # the field's own undo stays the field's


def test_the_window_s_fields_let_its_keys_through(qtbot, window) -> None:
    unlock(qtbot, window)
    search = window.journal_page.search
    window.menus.share.setShortcuts([QKeySequence("Ctrl+E"), QKeySequence("Ctrl+A")])
    assert not overridden(search, Qt.Key.Key_A)  # as Ctrl+E where the field would keep it
    assert overridden(search, Qt.Key.Key_Z)


def test_ctrl_e_from_the_search_box_opens_share(qtbot, window) -> None:
    unlock(qtbot, window)
    window.activateWindow()
    search = window.journal_page.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ShareDialog)))


def test_preferences_has_a_key_on_every_platform(qtbot, window) -> None:
    unlock(qtbot, window)
    assert window.menus.preferences.shortcuts()  # Ctrl+, where the system has none
    window.menus.preferences.trigger()
    assert any(d.isVisible() for d in window.findChildren(PreferencesDialog))


def test_no_two_menus_or_tabs_share_a_mnemonic(qtbot, window) -> None:
    unlock(qtbot, window)
    titles = [action.text() for action in window.menuBar().actions()]
    titles += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    letters = [m.group(1).lower() for t in titles if (m := re.search(r"&(\w)", t))]
    assert len(letters) == len(titles)  # each has one
    assert len(set(letters)) == len(letters), titles


def test_the_passphrase_field_takes_a_paste(qtbot, window) -> None:
    """Password managers paste (WCAG 3.3.8): the unlock field takes it, and Unlock opens."""
    from tests.conftest import PASSPHRASE

    field = window.unlock_page.passphrase
    QApplication.clipboard().setText(PASSPHRASE)
    field.setFocus()
    field.paste()
    assert field.text() == PASSPHRASE
    QApplication.clipboard().clear()
