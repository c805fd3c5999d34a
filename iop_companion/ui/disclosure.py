"""A "More details" button that shows and hides the less-used part of a form, and tells a
screen reader whether that part is open (expanded) or closed (collapsed)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAccessibleWidget, QToolButton


class Disclosure(QToolButton):
    """Checked when what it discloses is shown. With ``settings`` and ``key`` it remembers the
    person's own choice: opened once, it opens again next time, until they close it."""

    def __init__(
        self, text: str, settings: QSettings | None = None, key: str = "", shown: bool = False
    ) -> None:
        super().__init__()
        _install_accessibility()
        self.setText(text)
        self.setAccessibleName(text)
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a tool button takes no Tab stop
        self.toggled.connect(self._arrow)
        if settings is not None and key:
            shown = bool(settings.value(key, shown, type=bool))
            self.clicked.connect(lambda on: settings.setValue(key, on))  # the person's choice
        self.setChecked(shown)
        self._arrow(shown)

    def _arrow(self, shown: bool) -> None:
        self.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if QAccessible.isActive():  # a screen reader hears it open or close
            changed = QAccessible.State()
            changed.expanded = changed.collapsed = True
            QAccessible.updateAccessibility(QAccessibleStateChangeEvent(self, changed))


class _DisclosureAccessible(QAccessibleWidget):
    """A button whose state says expanded or collapsed, as a tree's branch does."""

    def __init__(self, button: Disclosure) -> None:
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
            return self.button.accessibleName()
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [self.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == self.pressAction():
            self.button.click()
        else:
            super().doAction(name)


def _accessible(key: str, target: QObject) -> QAccessibleInterface | None:
    return _DisclosureAccessible(target) if isinstance(target, Disclosure) else None


_installed: list[bool] = []


def _install_accessibility() -> None:
    if not _installed:
        QAccessible.installFactory(_accessible)
        _installed.append(True)
