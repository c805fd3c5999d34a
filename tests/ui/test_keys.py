"""The app's keys work from wherever the focus is: Share a summary from the search box (where
focus lands after unlocking, and where Qt's line edit takes Ctrl+E on X11), Preferences on every
platform, and no two mnemonics (Alt+letter) on one letter in any window or menu."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabBar,
    QWidget,
)

from iop_companion.ui.every_window import FieldKeys
from iop_companion.ui.preferences import PreferencesDialog
from iop_companion.ui.share_dialog import ShareDialog
from tests.ui.every_screen import EVERY_SCREEN, open_any
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


MARKED = re.compile(r"(?<!&)&\w")  # a letter marked as a mnemonic ("&&" shows one &)
# Qt's own buttons as the Linux desktops show them (GNOME's and KDE's themes give them a
# mnemonic; offscreen, as on Windows and macOS, they have none): they count as shown there.
STANDARD_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: "&OK",
    QDialogButtonBox.StandardButton.Save: "&Save",
    QDialogButtonBox.StandardButton.Cancel: "&Cancel",
    QDialogButtonBox.StandardButton.Close: "&Close",
}


def button_text(button: QAbstractButton) -> str:
    box = button.parentWidget()
    if isinstance(box, QDialogButtonBox) and "&" not in button.text():
        return STANDARD_TEXTS.get(box.standardButton(button), button.text())
    return button.text()


def plain(label: QLabel) -> bool:
    """Whether ``label`` shows its text as it is (rich text writes a & as &amp;)."""
    shown_as = label.textFormat()
    rich = shown_as == Qt.TextFormat.RichText or (
        shown_as == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    )
    return not rich


def labels_with_keys(window: QWidget) -> tuple[list[str], list[str]]:
    """The texts shown in ``window`` that give it an Alt+letter (the menu bar's menus, tabs,
    buttons, check and radio boxes, group boxes, labels of a field), and the labels that
    show a "&" meant as a mnemonic but have no field to take it."""
    texts, stray = [], []
    if isinstance(window, QMainWindow):
        texts += [menu.text() for menu in window.menuBar().actions() if menu.isVisible()]
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(button_text(widget))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and plain(widget) and MARKED.search(widget.text()):
            stray.append(widget.text())
    return texts, stray


def mnemonic_problems(texts: list[str]) -> list[str]:
    """What is wrong with the mnemonics of ``texts``, shown together in one window or menu: two
    on one letter, two in one text, or a "&" before no letter of the text."""
    problems, by_letter = [], defaultdict(list)
    for text in texts:
        marks = [mark for mark in re.findall(r"&(.?)", text, re.DOTALL) if mark != "&"]
        if len(marks) > 1:
            problems.append(f"{text!r} has {len(marks)} mnemonics")
        elif marks and not marks[0].isalnum():
            problems.append(f"{text!r} shows a & that marks no letter")
        elif marks:
            by_letter[marks[0].lower()].append(text)
    for letter, shared in sorted(by_letter.items()):
        if len(shared) > 1:
            problems.append(f"Alt+{letter.upper()} is {' and '.join(map(repr, shared))}")
    return problems


@pytest.mark.parametrize("screen", EVERY_SCREEN)
def test_no_two_mnemonics_in_a_window_share_a_letter(qtbot, request, screen: str) -> None:
    window = open_any(qtbot, request, screen)
    texts, stray = labels_with_keys(window)
    assert not stray, f"these labels show their & (no field to take it): {stray}"
    problems = mnemonic_problems(texts)
    assert not problems, f"{'; '.join(problems)}. The window's texts: {texts}"


def test_no_two_items_of_a_menu_share_a_mnemonic(qtbot, window) -> None:
    """Each menu is a window of its own while open: its items' letters, checked apart."""
    unlock(qtbot, window)
    for title in window.menuBar().actions():
        menu = title.menu()
        assert menu is not None
        items = [item.text() for item in menu.actions() if item.isVisible() and item.text()]
        problems = mnemonic_problems(items)
        assert not problems, f"In the {title.text()} menu: {'; '.join(problems)}"


def test_the_check_finds_two_mnemonics_on_one_letter(qtbot) -> None:
    """The checks above can fail: two on one letter, a stray & and a label's, in one window."""
    window = QDialog()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    label = QLabel("&Show")  # no field takes it: the & stays on screen
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    for widget in (QPushButton("&Save"), QCheckBox("&Shared"), QPushButton("Save &"), label):
        row.addWidget(widget)
    row.addWidget(buttons)
    window.show()
    texts, stray = labels_with_keys(window)
    assert stray == ["&Show"]
    assert "&Close" in texts  # as GNOME and KDE show it
    assert mnemonic_problems(texts) == [
        "'Save &' shows a & that marks no letter",
        "Alt+S is '&Save' and '&Shared'",
    ]
