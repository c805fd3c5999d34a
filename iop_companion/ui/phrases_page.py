"""Phrases for coming back: words from the program, at hand for when it's hard to start.

The list starts with the program's own phrases (the notebook's migration puts them in); the
person copies one, changes it, adds their own, removes or reorders them. Copying goes through
the ``ClipboardGuard``, so the words leave the clipboard again after 30 seconds (and on lock).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidgetItem, QWidget

from iop_companion.core.changes import Part
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.clipboard import ClipboardGuard
from iop_companion.ui.empty_state import EmptyState
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import (
    NotebookList,
    NotebookPage,
    button,
    clear_field,
    item_id,
    section_title,
)
from iop_companion.ui.widgets import muted

TITLE = QT_TRANSLATE_NOOP("phrases_page", "Phrases for coming back")
INTRO = QT_TRANSLATE_NOOP(
    "phrases_page",
    "Words from the program, for when it's hard to start. Copy one, or make it your own.",
)
EMPTY = QT_TRANSLATE_NOOP(
    "phrases_page",
    "No phrases here right now. Add one in your own words. "
    "Something as short as \u201cI'm here now.\u201d is enough.",
)
HINT = QT_TRANSLATE_NOOP(
    "phrases_page",
    "Ctrl+C or a double-click copies the selected phrase. Enter or F2 changes it, "
    "Delete removes it, Alt+Up and Alt+Down move it.",
)
PLACEHOLDER = QT_TRANSLATE_NOOP("phrases_page", "A phrase of your own")
COPIED = QT_TRANSLATE_NOOP("phrases_page", "Copied. It leaves the clipboard again in 30 seconds.")
ADDED = QT_TRANSLATE_NOOP("phrases_page", "Added to your phrases.")


class PhrasesPage(NotebookPage):
    PARTS = frozenset({Part.PHRASES})

    def __init__(self, clipboard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clipboard = clipboard
        # as every notebook tab
        layout = self.wide_layout(
            translate("phrases_page", TITLE), translate("phrases_page", INTRO)
        )

        self.phrase_list = NotebookList(
            translate("phrases_page", "Phrases for coming back"), editable=True, movable=True
        )
        self.phrase_list.editor.edited.connect(self._edited, Qt.ConnectionType.QueuedConnection)
        self.phrase_list.copy_requested.connect(self.copy)
        self.phrase_list.delete_requested.connect(self.delete)
        self.phrase_list.move_requested.connect(self.move_phrase)
        self.phrase_list.itemDoubleClicked.connect(self._double_clicked)
        self.phrase_list.currentRowChanged.connect(self._update_buttons)
        self.phrase_list.set_visible_rows(4)
        layout.addWidget(self.phrase_list, 1)
        self.empty = EmptyState(
            translate("phrases_page", "No phrases yet"),
            translate("phrases_page", EMPTY),
            small=True,
        )
        layout.addWidget(self.empty)

        actions = QHBoxLayout()
        self.copy_button = button(
            translate("phrases_page", "Copy"),
            self.copy_selected,
            translate("phrases_page", "Copy the selected phrase"),
        )
        self.copy_button.setToolTip(translate("phrases_page", "Copy the selected phrase (Ctrl+C)"))
        self.edit_button = button(
            translate("phrases_page", "Change"),
            self.edit_selected,
            translate("phrases_page", "Change the selected phrase"),
        )
        self.edit_button.setToolTip(translate("phrases_page", "Change the selected phrase (F2)"))
        self.up_button = button(
            translate("phrases_page", "Move up"),
            lambda: self._move_selected(-1),
            translate("phrases_page", "Move the phrase up"),
        )
        self.up_button.setToolTip(translate("phrases_page", "Move the selected phrase up (Alt+Up)"))
        self.down_button = button(
            translate("phrases_page", "Move down"),
            lambda: self._move_selected(1),
            translate("phrases_page", "Move the phrase down"),
        )
        self.down_button.setToolTip(
            translate("phrases_page", "Move the selected phrase down (Alt+Down)")
        )
        self.delete_button = button(
            translate("phrases_page", "Delete"),
            self._delete_selected,
            translate("phrases_page", "Delete the selected phrase"),
        )
        self.delete_button.setToolTip(
            translate("phrases_page", "Delete the selected phrase (Delete). Undo brings it back.")
        )
        for widget in (self.copy_button, self.edit_button, self.up_button, self.down_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.hint = muted(translate("phrases_page", HINT))
        layout.addWidget(self.hint)

        layout.addSpacing(8)
        layout.addWidget(section_title(translate("phrases_page", "Add your own")))
        add_row = QHBoxLayout()
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(translate("phrases_page", PLACEHOLDER))
        self.entry.setAccessibleName(translate("phrases_page", "A phrase of your own"))
        self.entry.returnPressed.connect(self.add)
        self.draft_fields = {"entry": self.entry}
        self.draft_lists = {"phrases": self.phrase_list}
        self.add_button = button(
            translate("phrases_page", "Add"), self.add, translate("phrases_page", "Add the phrase")
        )
        add_row.addWidget(self.entry, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.setFocusProxy(self.phrase_list)
        self._show_list(0)
        self._update_buttons()

    # -- the open journal ------------------------------------------------------------------

    def open(self, live: LiveJournal) -> None:
        self.listen(live)
        self.refresh()
        self.restore_draft()
        if self.phrase_list.count() and self.phrase_list.currentRow() < 0:
            self.phrase_list.setCurrentRow(0)

    def close_journal(self) -> None:
        """On lock: let go of the journal and empty every widget that held the person's words."""
        self.stop_listening()
        self.phrase_list.forget()
        clear_field(self.entry)
        self.say("")
        self._show_list(0)
        self._update_buttons()

    def refresh(self) -> None:
        """Fill the list from the notebook (on opening, and whenever the notebook changed)."""
        if self.live is None:
            return
        phrases = self._notebook.phrases()
        self.phrase_list.fill([(phrase.id, phrase.text, "") for phrase in phrases])
        self._show_list(len(phrases))
        self._update_buttons()

    def _show_list(self, count: int) -> None:
        self.phrase_list.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        self.hint.setVisible(count > 0)

    def _update_buttons(self) -> None:
        row, count = self.phrase_list.currentRow(), self.phrase_list.count()
        for widget in (self.copy_button, self.edit_button, self.delete_button):
            widget.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _focus_list(self) -> None:
        if self.phrase_list.count():
            self.phrase_list.setFocus()
        else:
            self.entry.setFocus()

    # -- what the person does --------------------------------------------------------------

    def copy_selected(self) -> None:
        current = item_id(self.phrase_list.currentItem())
        if current is not None:
            self.copy(current)

    def _double_clicked(self, item: QListWidgetItem) -> None:
        current = item_id(item)
        if current is not None:
            self.copy(current)

    def copy(self, phrase_id: int) -> None:
        """Put the phrase on the clipboard, for 30 seconds."""
        if self.live is None:
            return
        notebook = self._notebook
        phrase = self._try(lambda: notebook.phrase(phrase_id))
        if phrase is not None:
            self.clipboard.copy(phrase.text)
            self.say(translate("phrases_page", COPIED))

    def add(self) -> None:
        if self.live is not None:
            self._add_from(
                self.entry,
                self.live.core.add_phrase,
                self.phrase_list,
                translate("phrases_page", ADDED),
            )

    def edit_selected(self) -> None:
        self.phrase_list.edit_current()

    def _edited(self, phrase_id: int, text: str) -> None:
        if self.live is None:
            return
        if self._save_edit(phrase_id, text, self.live.core.edit_phrase):
            self._focus_list()

    def _delete_selected(self) -> None:
        current = item_id(self.phrase_list.currentItem())
        if current is not None:
            self.delete(current)

    def delete(self, phrase_id: int) -> None:
        """Delete at once, no question asked: Undo brings it back."""
        if self.live is None:
            return
        if self._delete(phrase_id, self.live.core.delete_phrase) is not None:
            self._focus_list()

    def _move_selected(self, step: int) -> None:
        current = item_id(self.phrase_list.currentItem())
        if current is not None:
            self.move_phrase(current, step)

    def move_phrase(self, phrase_id: int, step: int) -> None:
        if self.live is None:
            return
        core = self.live.core
        row = self.phrase_list.ids().index(phrase_id)
        if not 0 <= row + step < self.phrase_list.count():
            return
        if self.do(lambda: core.move_phrase(phrase_id, row + step)) is None:
            return
        self.say("")
        self.phrase_list.select_id(phrase_id)
