"""What a screen reader hears beyond Qt's defaults. One accessibility factory (installed when
this module is imported) gives these widgets an accessible object of their own:

- ``widgets.Heading`` (a label class with ``accessible_role``): the heading role, so a screen
  reader's heading keys find each title.
- ``Message``: a sentence that appears under a form or in the status line (a wrong passphrase,
  "Saved. That counts.", "Saved as …pdf"). It has the notification role and, each time it says
  something, tells assistive technology so: on Linux by the notification appearing (what Orca
  reads; it ignores announcements before version 46, and reading both would say it twice), on
  Windows and macOS by an announcement (``QAccessibleAnnouncementEvent``), which NVDA, Narrator
  and VoiceOver read.
- A button that shows and hides a part of the screen (``Disclosure``, ``DisclosureButton``):
  expanded or collapsed, not a check box.
- matplotlib's canvas: a chart, not Qt's plain "client area" (which Orca reads as "filler").

A label read this way is named by the words it shows: what is seen is what is heard.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
    QPalette,
    Qt,  # QtGui's Qt has mightBeRichText
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QPushButton, QWidget

# Orca (Linux) reads a notification as it appears; other platforms' readers, announcements.
SHOWN_NOTIFICATIONS = sys.platform.startswith("linux")


def shown_text(label: QLabel) -> str:
    """A label's words as a person sees them (rich text without its markup)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or not Qt.mightBeRichText(text):
        return text
    return QTextDocumentFragment.fromHtml(text).toPlainText()


class _LabelAccessible(QAccessibleWidget):
    """A label with a role of its own, named by its text unless it was given a name."""

    def __init__(self, label: QLabel, role: QAccessible.Role) -> None:
        super().__init__(label, role)
        self.label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.label.accessibleName() or shown_text(self.label)
        if kind == QAccessible.Text.Description:
            return self.label.accessibleDescription()
        return super().text(kind)


class Message(QLabel):
    """A sentence that appears: hidden while it has nothing to say (unless ``stays``), wrapped,
    plain text, and said by screen readers each time it says something."""

    accessible_role = QAccessible.Role.Notification

    def __init__(self, text: str = "", *, stays: bool = False, muted: bool = False) -> None:
        super().__init__(text)
        self.stays = stays
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if muted:  # a hint's colour, as ``widgets.muted``
            self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if not (stays or text):
            self.hide()  # shown with its parent otherwise: shown now, it would be a window

    def say(self, sentence: str, *, again: bool = True) -> None:
        """Show ``sentence`` (nothing: hide, unless it ``stays``), and have a screen reader say
        it, also when it is the same as before (a second win saved). Not ``again``: a hint
        that holds as a person types is said once, not at every key."""
        shown = self.isVisible()
        if not again and sentence == self.text() and (shown or not sentence):
            return
        self.setText(sentence)
        if not self.stays:
            self.setVisible(bool(sentence))
        if sentence and self.isVisible():  # not while its page or window is out of sight
            _announce(self, sentence, appeared=not shown)

    def clear(self) -> None:
        self.say("")


def _announce(message: Message, sentence: str, *, appeared: bool) -> None:
    """Tell assistive technology that ``message`` now says ``sentence``. On Linux a message
    that has just ``appeared`` was told already: Qt says so as it shows it."""
    if SHOWN_NOTIFICATIONS:
        if not appeared:
            event = QAccessibleEvent(message, QAccessible.Event.ObjectShow)
            QAccessible.updateAccessibility(event)
    else:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(message, sentence))


class _DisclosureAccessible(QAccessibleWidget):
    """A button that shows and hides a part of the screen: its state says expanded or
    collapsed, as a tree's branch does (a checkable button is otherwise read as a check box)."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.Button)
        self.button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.expandable = True
        state.expanded = self.button.isChecked()
        state.collapsed = not self.button.isChecked()
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.button.accessibleName() or self.button.text().replace("&", "")
        if kind == QAccessible.Text.Description:
            return self.button.accessibleDescription() or self.button.toolTip()
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [self.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == self.pressAction():
            self.button.click()
        else:
            super().doAction(name)


def disclosing(button: QAbstractButton) -> None:
    """Make ``button`` (of a class with ``discloses = True``, which Qt's factory needs to see
    from the start) one that shows and hides a part of the screen, checked while shown; a
    screen reader hears it expanded or collapsed, and hears it change."""
    button.setCheckable(True)
    button.toggled.connect(lambda _on: _tell_expanded(button))


def _tell_expanded(button: QAbstractButton) -> None:
    if QAccessible.isActive():
        changed = QAccessible.State()
        changed.expanded = changed.collapsed = True
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(button, changed))


class DisclosureButton(QPushButton):
    """A push button that shows and hides a part of the screen (the journal's filters)."""

    discloses = True

    def __init__(self, text: str) -> None:
        super().__init__(text)
        disclosing(self)


CHART_CANVAS = "FigureCanvasQTAgg"  # matplotlib's Qt canvas, as Qt's meta-object names it


def _factory(class_name: str, target: QObject) -> QAccessibleInterface | None:
    role = getattr(type(target), "accessible_role", None)
    if role is not None and isinstance(target, QLabel):
        return _LabelAccessible(target, role)
    if isinstance(target, QAbstractButton) and getattr(type(target), "discloses", False):
        return _DisclosureAccessible(target)
    if class_name == CHART_CANVAS and isinstance(target, QWidget):
        return QAccessibleWidget(target, QAccessible.Role.Chart)  # not Qt's "filler"
    return None


QAccessible.installFactory(_factory)


def name_of(widget: QWidget) -> str:
    """What assistive technology calls ``widget``."""
    found = QAccessible.queryAccessibleInterface(widget)
    return "" if found is None else found.text(QAccessible.Text.Name)
