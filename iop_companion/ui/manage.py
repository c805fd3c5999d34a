"""Manage categories and quick wins: add, rename, hide, reorder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Changes, Done, Part
from iop_companion.errors import KnownError
from iop_companion.i18n import translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.widgets import ems, muted


def _list_words(what: str) -> dict[str, str]:
    """Each sentence about a list of ``what`` ("category" or "quick win"), whole, in the
    reader's language: the name of the thing can't be put into a sentence made elsewhere."""
    if what == "category":
        return {
            "hint": translate("manage", "Untick a category to hide it. Entries keep it."),
            "list": translate("manage", "Category list"),
            "add": translate("manage", "Add category"),
            "rename": translate("manage", "Rename category"),
            "up": translate("manage", "Move up category"),
            "down": translate("manage", "Move down category"),
            "add_title": translate("manage", "Add a category"),
            "rename_title": translate("manage", "Rename category"),
        }
    return {
        "hint": translate("manage", "Untick a quick win to hide it. Entries keep it."),
        "list": translate("manage", "Quick win list"),
        "add": translate("manage", "Add quick win"),
        "rename": translate("manage", "Rename quick win"),
        "up": translate("manage", "Move up quick win"),
        "down": translate("manage", "Move down quick win"),
        "add_title": translate("manage", "Add a quick win"),
        "rename_title": translate("manage", "Rename quick win"),
    }


class ListEditor(QWidget):
    """A list of named things. Unticking hides one; it stays on the entries that use it."""

    def __init__(
        self,
        what: str,
        live: LiveJournal,
        part: Part,
        load: Callable[[], list[Any]],
        add: Callable[[str], Done[Any]],
        rename: Callable[[int, str], Done[Any]],
        set_hidden: Callable[[int, bool], Done[Any]],
        move: Callable[[int, int], Done[Any]],
    ) -> None:
        """The actions are the core's: each change goes through ``live``, so the list (and
        every other view of ``part``) shows it, an Undo too."""
        super().__init__()
        self.what, self.live, self.part = what, live, part
        self._load, self._add, self._rename = load, add, rename
        self._set_hidden, self._move = set_hidden, move
        self._select: int | None = None  # what to select when the list shows a change
        live.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        self.words = words = _list_words(what)
        layout.addWidget(muted(words["hint"]))
        row = QHBoxLayout()
        self.items = QListWidget()
        self.items.setAccessibleName(words["list"])
        self.items.itemChanged.connect(self._toggled)
        row.addWidget(self.items, 1)
        buttons = QVBoxLayout()
        for label, name, slot in (
            (translate("manage", "Add…"), words["add"], self.add),
            (translate("manage", "Rename…"), words["rename"], self.rename),
            (translate("manage", "Move up"), words["up"], lambda: self.move_selected(-1)),
            (translate("manage", "Move down"), words["down"], lambda: self.move_selected(1)),
        ):
            button = QPushButton(label)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)
        self.message = Message()
        layout.addWidget(self.message)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for thing in self._load():
            item = QListWidgetItem(getattr(thing, "name", None) or thing.text)
            item.setData(Qt.ItemDataRole.UserRole, thing.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if thing.hidden else Qt.CheckState.Checked)
            self.items.addItem(item)
            if thing.id == select_id:
                self.items.setCurrentItem(item)
        self.items.blockSignals(False)

    def _current_id(self) -> int | None:
        item = self.items.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _changed(self, changes: Changes) -> None:
        if changes.touches(self.part):
            self.reload(self._select if self._select is not None else self._current_id())

    def _run(self, action: Callable[[], Done[Any]], select_id: int | None) -> None:
        """Do ``action`` through the core; the list shows it (``_changed``) with ``select_id``
        selected, or what it added."""
        try:
            done = action()
        except KnownError as error:
            self.message.say(error.sentence)
            return
        self.message.clear()
        self._select = select_id if select_id is not None else getattr(done.result, "id", None)
        try:
            self.live.apply(done)
        finally:
            self._select = None

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.words["add_title"], translate("manage", "Name"))
        if ok and name.strip():
            self._run(lambda: self._add(name), None)

    def rename(self) -> None:
        current = self._current_id()
        if current is None:
            return
        item = self.items.currentItem()
        name, ok = QInputDialog.getText(
            self, self.words["rename_title"], translate("manage", "Name"), text=item.text()
        )
        if ok and name.strip():
            self._run(lambda: self._rename(current, name), current)

    def move_selected(self, step: int) -> None:
        current = self._current_id()
        if current is not None:
            row = self.items.currentRow()
            self._run(lambda: self._move(current, row + step), current)

    def _toggled(self, item: QListWidgetItem) -> None:
        thing_id = int(item.data(Qt.ItemDataRole.UserRole))
        hidden = item.checkState() != Qt.CheckState.Checked
        self._run(lambda: self._set_hidden(thing_id, hidden), thing_id)


class ManageDialog(QDialog):
    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("manage", "Categories and quick wins"))
        self.setMinimumSize(ems(self, 87), 420)
        journal, core = live.journal, live.core
        tabs = QTabWidget()
        self.categories = ListEditor(
            "category",  # words: not for translation (which list: its words are in _list_words)
            live,
            Part.CATEGORIES,
            lambda: journal.categories(include_hidden=True),
            core.add_category,
            core.rename_category,
            core.set_category_hidden,
            core.move_category,
        )
        self.templates = ListEditor(
            "quick win",  # words: not for translation (which list: its words are in _list_words)
            live,
            Part.TEMPLATES,
            lambda: journal.templates(include_hidden=True),
            core.add_template,
            lambda template_id, text: core.edit_template(template_id, text=text),
            core.set_template_hidden,
            core.move_template,
        )
        tabs.addTab(self.categories, translate("manage", "Categories"))
        tabs.addTab(self.templates, translate("manage", "Quick wins"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
