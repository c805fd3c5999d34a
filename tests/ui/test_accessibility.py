"""What a screen reader gets from every screen: each control named for its purpose, each
label's words as shown, each combo box tied to its label, headings and radio buttons as such,
and each message said the moment it appears.

The tree is read in-process, through the same ``QAccessible`` interfaces Qt's AT-SPI, UIA and
macOS bridges read; ``docs/accessibility.md`` says what was also checked with Orca itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from iop_companion.ui import accessible
from iop_companion.ui.accessible import Message, shown_text
from iop_companion.ui.main_window import LOCKED_WORDS, OPENED_WORDS
from iop_companion.ui.widgets import Heading
from tests.ui.every_screen import EVERY_SCREEN, open_any
from tests.ui.helpers import active_log_dialog, log_win_by_keyboard, unlock
from tests.ui.test_log_dialog import expanded


@pytest.fixture(autouse=True)
def screen_reader_on() -> Iterator[None]:
    """As with a screen reader running: Qt makes each widget's accessible object as the widget
    is made, so a role has to be known from the start (a property set later is too late)."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)


def interface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None, widget
    return found


def labelled_by(widget: QWidget) -> list[str]:
    """The labels a screen reader names ``widget`` by (a form's row label, a buddy)."""
    return [
        other.text(QAccessible.Text.Name)
        for other, relation in interface(widget).relations()
        if relation & QAccessible.RelationFlag.Label
        and other.role() != QAccessible.Role.Grouping  # a box's title names no one field
    ]


def one_line(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def problems(window: QWidget) -> list[str]:
    """Everything on screen a screen reader would miss or misname."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        face = interface(widget)
        name = face.text(QAccessible.Text.Name).strip()
        kind = type(widget).__name__
        if isinstance(widget, QComboBox):
            if not labelled_by(widget):
                found.append(f"combo box {widget.currentText()!r} has no label")
        elif isinstance(widget, CONTROLS):
            if isinstance(widget.parent(), QLineEdit | QAbstractSpinBox | QComboBox):
                continue  # the text part, clear button or arrow of a field: read with it
            if isinstance(widget, QHeaderView):
                continue  # a table's headers: read with each cell
            if not name and not labelled_by(widget):
                found.append(f"{kind} has no name")
            shown = (
                one_line(widget.text()).rstrip("…") if isinstance(widget, QAbstractButton) else ""
            )
            if shown and shown.lower() not in one_line(name).lower():  # WCAG 2.5.3
                found.append(f"button {shown!r} is read as {name!r}, without its words")
        elif isinstance(widget, QLabel) and widget.text().strip():
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            shown = one_line(shown_text(widget))
            if one_line(name) != shown:
                found.append(f"label {shown!r} is read as {name!r}")
        if isinstance(widget, Heading) and face.role() != QAccessible.Role.Heading:
            found.append(f"heading {widget.text()!r} is not a heading")
        if isinstance(widget, QRadioButton) and face.role() != QAccessible.Role.RadioButton:
            found.append(f"radio button {widget.text()!r} is not a radio button")
    return found


@pytest.mark.parametrize("name", EVERY_SCREEN)
def test_every_screen_reads_whole(qtbot, request, name: str) -> None:
    """Each screen, those that fold parts away with them open, and each first-run step."""
    assert problems(open_any(qtbot, request, name)) == []


def test_the_check_finds_what_it_looks_for(qtbot) -> None:
    """The check above fails on each kind of problem it names."""
    page = QWidget()
    qtbot.addWidget(page)
    hidden_words = QLabel("988: call or text", page)
    hidden_words.setAccessibleName("Help phone numbers")
    QComboBox(page).addItem("Everything")
    QLineEdit(page)
    page.show()
    assert sorted(problems(page)) == [
        "QLineEdit has no name",
        "combo box 'Everything' has no label",
        "label '988: call or text' is read as 'Help phone numbers'",
    ]


# -- messages are said as they appear -------------------------------------------------------


@pytest.fixture(params=["Linux", "Windows and macOS"])
def heard(request, monkeypatch) -> Iterator[list[str]]:
    """What assistive technology is told, in words, on either kind of platform."""
    monkeypatch.setattr(accessible, "SHOWN_NOTIFICATIONS", request.param == "Linux")
    said: list[str] = []
    real = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        elif event.type() == QAccessible.Event.ObjectShow:
            shown = event.accessibleInterface()
            if shown is not None and shown.role() == QAccessible.Role.Notification:
                said.append(shown.text(QAccessible.Text.Name))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    if request.param == "Linux":  # Qt itself tells AT-SPI a widget appeared, as it shows it
        shown, app = ShownMessages(said), QApplication.instance()
        assert app is not None
        app.installEventFilter(shown)
        yield said
        app.removeEventFilter(shown)
    else:
        yield said


class ShownMessages(QObject):
    """Qt's own "it appeared" event for a message, which Python can't see: its Show event."""

    def __init__(self, said: list[str]) -> None:
        super().__init__()
        self.said = said

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, Message) and event.type() == QEvent.Type.Show and watched.text():
            self.said.append(watched.text())
        return False


def test_a_wrong_passphrase_is_said(qtbot, window, heard) -> None:
    page = window.unlock_page
    page.passphrase.setText("not the passphrase at all")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "didn't open" in page.message.text())
    assert page.message.text() in heard


def test_a_wrong_recovery_code_is_said(qtbot, window, heard) -> None:
    window.show_recovery()
    page = window.recovery_page
    page.code.setText("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    page.new_passphrase.setText("a brand new passphrase here")
    page.confirm.setText("a brand new passphrase here")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.isVisible() and page.message.text() in heard)


def test_saving_an_empty_win_is_said(qtbot, window, heard) -> None:
    unlock(qtbot, window)
    dialog = window.log_win()
    assert dialog is not None
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.message.isVisible() and dialog.message.text() in heard


def test_a_saved_win_is_said(qtbot, window, heard) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = active_log_dialog(window)
    qtbot.keyClicks(dialog.text, "Went to group")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert heard[-1] == "Saved. That counts."


def test_what_a_search_found_is_said(qtbot, full_window, heard) -> None:
    unlock(qtbot, full_window)
    page = full_window.journal_page
    qtbot.keyClicks(page.search, "group")
    found = "2 entries match. 2 in your notebook too."
    qtbot.waitUntil(lambda: full_window.status_text.text() == found)
    assert found in heard


def test_what_a_search_found_gives_way_to_what_just_happened(qtbot, full_window) -> None:
    """A win saved while searching is "Saved. That counts.", not the search again; clearing
    the search takes its sentence back; a warning stays over it."""
    unlock(qtbot, full_window)
    page, status = full_window.journal_page, full_window.status_text
    qtbot.keyClicks(page.search, "group")
    qtbot.waitUntil(lambda: "match" in status.text())
    log_win_by_keyboard(qtbot, full_window, "Went to group again")
    qtbot.wait_until(lambda: page.model.rowCount() == 3)
    assert status.text() == "Saved. That counts."
    page.search.clear()
    qtbot.waitUntil(lambda: not page.model.searching)
    assert status.text() == "Saved. That counts."  # not taken back: it isn't the search's
    qtbot.keyClicks(page.search, "group")
    qtbot.waitUntil(lambda: "match" in status.text())
    page.search.clear()
    qtbot.waitUntil(lambda: status.text() == "")
    full_window.status.say("This folder is synced.", warning=True)
    qtbot.keyClicks(page.search, "group")
    qtbot.waitUntil(lambda: page.model.searching and page.model.rowCount() == 3)
    assert status.text() == "This folder is synced."


def test_a_saved_summary_is_said(qtbot, window, heard, tmp_path: Path) -> None:
    unlock(qtbot, window)
    dialog = window.share()
    assert dialog is not None
    dialog.save_to(tmp_path / "summary.pdf")
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved as summary.pdf"))
    assert dialog.status.text() in heard


def test_lock_and_unlock_are_said(qtbot, window, heard) -> None:
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: OPENED_WORDS in heard)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: heard[-1] == LOCKED_WORDS)


def test_a_hint_is_said_once_while_it_stays_the_same(qtbot, heard) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    message = Message(stays=True)
    message.setParent(page)
    page.show()
    for _ in range(3):  # a key at a time
        message.say("The two passphrases aren't the same yet.", again=False)
    assert heard == ["The two passphrases aren't the same yet."]


def test_the_same_message_twice_is_said_twice(qtbot, window, heard) -> None:
    unlock(qtbot, window)
    for text in ("Went to group", "Called my sister"):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        dialog = active_log_dialog(window)
        qtbot.keyClicks(dialog.text, text)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert heard.count("Saved. That counts.") == 2


def test_a_hint_that_stays_is_no_window_of_its_own_before_it_is_placed(qtbot) -> None:
    """A passphrase's strength is made before it is placed in a window. Shown meanwhile, it was
    a window of its own for a moment, which Orca said as an empty "notification"."""
    message = Message(stays=True)
    assert not message.isVisible()
    page = QWidget()
    qtbot.addWidget(page)
    message.setParent(page)
    page.show()
    assert message.isVisible()  # it stays, with its page


def test_a_message_appearing_is_said_once(qtbot, heard) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    message = Message()
    message.setParent(page)
    page.show()
    message.say("Type your passphrase first.")
    message.say("")
    assert heard == ["Type your passphrase first."]
    assert not message.isVisible()


def test_nothing_is_said_from_a_page_out_of_sight(qtbot, window, heard) -> None:
    window.recovery_page.message.say("Not on screen")
    assert "Not on screen" not in heard
    assert QApplication.activeWindow() is not None


def test_the_filter_button_says_whether_the_filters_show(qtbot, window) -> None:
    """A button that shows a part of the screen is read as expanded or collapsed, not as a
    check box."""
    unlock(qtbot, window)
    button = window.journal_page.filter_button
    assert interface(button).role() == QAccessible.Role.Button
    assert not expanded(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert expanded(button) and window.journal_page.filter_row.isVisible()
