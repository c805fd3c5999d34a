"""Things I want to bring up: what the person wants to say to their therapist or their group.

Items wait on an open list (in the person's order) until they are marked as brought up, with the
day; then they move to a second list. Every change goes through the open journal
(``OpenJournal``), which offers it to Undo. On lock nothing the person wrote stays in a widget.

"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Part
from iop_companion.core.journal import EARLIEST_DAY
from iop_companion.core.notebook_model import BRING_UP_SUGGESTIONS, BringUpItem
from iop_companion.core.words import date_words
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.day_field import DayEdit
from iop_companion.ui.empty_state import EmptyState
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import (
    FlowLayout,
    NotebookList,
    NotebookPage,
    button,
    clear_field,
    item_id,
    section_title,
)
from iop_companion.ui.widgets import day_of, muted, qdate

TITLE = QT_TRANSLATE_NOOP("bring_up_page", "Things I want to bring up")
INTRO = QT_TRANSLATE_NOOP(
    "bring_up_page",
    "Things worth saying to your therapist or your group. Honesty gets you help, not trouble.",
)
PLACEHOLDER = QT_TRANSLATE_NOOP("bring_up_page", "What do you want to say? A few words are enough.")
SUGGESTIONS_NOTE = QT_TRANSLATE_NOOP(
    "bring_up_page", "Things others have said. Pick one to put it in the box, and change any word."
)
EMPTY_OPEN = QT_TRANSLATE_NOOP(
    "bring_up_page",
    "Nothing here yet. If something's on your mind, a few words are enough. "
    "You don't need to be sure it matters.",
)
EMPTY_BROUGHT_UP = QT_TRANSLATE_NOOP(
    "bring_up_page",
    "When you've said one of these, choose Brought it up. It moves here, with the day.",
)
OPEN_HINT = QT_TRANSLATE_NOOP(
    "bring_up_page",
    "Enter or F2 changes the selected one, Delete removes it, Alt+Up and Alt+Down move it.",
)
ADDED = QT_TRANSLATE_NOOP("bring_up_page", "Added to your list.")
MARKED = QT_TRANSLATE_NOOP("bring_up_page", "Moved to Brought up. Saying it counts.")
BACK_ON_LIST = QT_TRANSLATE_NOOP("bring_up_page", "Back on your list, at the end.")


class BringUpPage(NotebookPage):
    PARTS = frozenset({Part.BRING_UP})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # as every notebook tab
        layout = self.wide_layout(
            translate("bring_up_page", TITLE), translate("bring_up_page", INTRO)
        )

        add_row = QHBoxLayout()
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(translate("bring_up_page", PLACEHOLDER))
        self.entry.setAccessibleName(translate("bring_up_page", "Something to bring up"))
        self.entry.returnPressed.connect(self.add)
        self.add_button = button(
            translate("bring_up_page", "Add"),
            self.add,
            translate("bring_up_page", "Add it to the list"),
        )
        add_row.addWidget(self.entry, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.suggestions = QWidget()
        suggestions_layout = QVBoxLayout(self.suggestions)
        suggestions_layout.setContentsMargins(0, 0, 0, 4)
        suggestions_layout.setSpacing(6)
        suggestions_layout.addWidget(muted(translate("bring_up_page", SUGGESTIONS_NOTE)))
        chips = QWidget()
        flow = FlowLayout(chips, spacing=6)
        self.suggestion_buttons: dict[str, QPushButton] = {}
        for suggestion in BRING_UP_SUGGESTIONS:
            text = translate("notebook_model", suggestion)  # marked where it is defined
            chip = button(
                text,
                partial(self.use_suggestion, text),
                translate("bring_up_page", "Suggestion: {text}").format(text=text),
            )
            chip.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            flow.addWidget(chip)
            self.suggestion_buttons[text] = chip
        suggestions_layout.addWidget(chips)
        layout.addWidget(self.suggestions)

        layout.addWidget(self.message)

        # Still to bring up.
        layout.addWidget(section_title(translate("bring_up_page", "Still to bring up")))
        self.open_list = NotebookList(
            translate("bring_up_page", "Things to bring up"), editable=True, movable=True
        )
        self.open_list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.open_list.editor.edited.connect(self._edited, Qt.ConnectionType.QueuedConnection)
        self.open_list.delete_requested.connect(self.delete)
        self.open_list.move_requested.connect(self.move_item)
        self.open_list.currentRowChanged.connect(self._update_buttons)
        self.open_box = QWidget()
        open_layout = QVBoxLayout(self.open_box)
        open_layout.setContentsMargins(0, 0, 0, 0)
        open_layout.addWidget(self.open_list, 1)
        actions = QHBoxLayout()
        self.brought_up_button = button(
            translate("bring_up_page", "Brought it up"),
            self.mark_brought_up,
            translate("bring_up_page", "Mark the selected one as brought up"),
        )
        self.brought_up_button.setToolTip(
            translate("bring_up_page", "Moves it to Brought up, with the day you choose")
        )
        self.brought_up_day = DayEdit()
        self.brought_up_day.setDisplayFormat(
            translate("bring_up_page", "MMM d, yyyy", "a day as Qt writes it: month, day, year")
        )
        self.brought_up_day.setAccessibleName(translate("bring_up_page", "Day you brought it up"))
        self.brought_up_day.setMinimumDate(qdate(EARLIEST_DAY))
        self.edit_button = button(
            translate("bring_up_page", "Change"),
            self.edit_selected,
            translate("bring_up_page", "Change the selected one"),
        )
        self.delete_button = button(
            translate("bring_up_page", "Delete"),
            lambda: self._delete_selected(self.open_list),
            translate("bring_up_page", "Delete the selected one"),
        )
        actions.addWidget(self.brought_up_button)
        actions.addWidget(QLabel(translate("bring_up_page", "on", "Brought it up on a day")))
        actions.addWidget(self.brought_up_day)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        open_layout.addLayout(actions)
        open_layout.addWidget(muted(translate("bring_up_page", OPEN_HINT)))
        layout.addWidget(self.open_box, 3)
        self.open_empty = EmptyState(
            translate("bring_up_page", "Nothing to bring up yet"),
            translate("bring_up_page", EMPTY_OPEN),
            small=True,
        )
        layout.addWidget(self.open_empty)

        # Brought up.
        layout.addSpacing(8)
        layout.addWidget(section_title(translate("bring_up_page", "Brought up")))
        self.done_list = NotebookList(
            translate("bring_up_page", "Brought up"), editable=False, movable=False
        )
        self.done_list.delete_requested.connect(self.delete)
        self.done_list.currentRowChanged.connect(self._update_buttons)
        self.done_box = QWidget()
        done_layout = QVBoxLayout(self.done_box)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.addWidget(self.done_list, 1)
        done_actions = QHBoxLayout()
        self.not_yet_button = button(
            translate("bring_up_page", "Not yet"),
            self.not_yet,
            translate("bring_up_page", "Put the selected one back on the list"),
        )
        self.not_yet_button.setToolTip(
            translate("bring_up_page", "Puts it back on the list of things still to bring up")
        )
        self.done_delete_button = button(
            translate("bring_up_page", "Delete"),
            lambda: self._delete_selected(self.done_list),
            translate("bring_up_page", "Delete the selected brought-up one"),
        )
        done_actions.addWidget(self.not_yet_button)
        done_actions.addStretch(1)
        done_actions.addWidget(self.done_delete_button)
        done_layout.addLayout(done_actions)
        layout.addWidget(self.done_box, 2)
        self.done_empty = EmptyState(
            translate("bring_up_page", "Nothing brought up yet"),
            translate("bring_up_page", EMPTY_BROUGHT_UP),
            small=True,
        )
        layout.addWidget(self.done_empty)
        layout.addStretch(0)

        self.open_list.set_visible_rows(3)
        self.done_list.set_visible_rows(2)
        self.setFocusProxy(self.entry)
        self.draft_fields = {"entry": self.entry}
        self.draft_lists = {"open": self.open_list}
        self._show_lists(open_count=0, done_count=0)
        self._update_buttons()

    # -- the open journal ------------------------------------------------------------------

    def open(self, live: LiveJournal) -> None:
        self.listen(live)
        today = qdate(live.notebook.today)
        self.brought_up_day.setMaximumDate(today)
        self.brought_up_day.setDate(today)
        self.refresh()
        self.restore_draft()

    def close_journal(self) -> None:
        """On lock: let go of the journal and empty every widget that held the person's words."""
        self.stop_listening()
        self.open_list.forget()
        self.done_list.forget()
        clear_field(self.entry)
        self.message.clear()
        for chip in self.suggestion_buttons.values():
            chip.show()
        self.suggestions.show()
        self._show_lists(open_count=0, done_count=0)
        self._update_buttons()

    def select(self, wanted: int) -> None:
        """Show the item ``wanted`` (as a search result names it), on whichever list holds it."""
        for items in (self.open_list, self.done_list):
            if wanted in items.ids():
                items.select_id(wanted)
                items.setFocus()

    def refresh(self) -> None:
        """Fill both lists from the notebook (on opening, and whenever the notebook changed)."""
        if self.live is None:
            return
        items = self._notebook.bring_up_items()
        still = [item for item in items if item.is_open]
        done = [item for item in items if not item.is_open]
        self.open_list.fill([(item.id, item.text, "") for item in still])
        self.done_list.fill([(item.id, item.text, brought_up_words(item)) for item in done])
        self.brought_up_day.setMaximumDate(qdate(self._notebook.today))
        waiting = {item.text.strip().casefold() for item in still}
        for text, chip in self.suggestion_buttons.items():
            chip.setVisible(text.strip().casefold() not in waiting)
        self.suggestions.setVisible(
            any(t.strip().casefold() not in waiting for t in self.suggestion_buttons)
        )
        self._show_lists(open_count=len(still), done_count=len(done))
        self._update_buttons()

    def _show_lists(self, *, open_count: int, done_count: int) -> None:
        self.open_box.setVisible(open_count > 0)
        self.open_empty.setVisible(open_count == 0)
        self.done_box.setVisible(done_count > 0)
        self.done_empty.setVisible(done_count == 0)

    def _update_buttons(self) -> None:
        has_open = self.open_list.currentItem() is not None
        for widget in (self.brought_up_button, self.edit_button, self.delete_button):
            widget.setEnabled(has_open)
        has_done = self.done_list.currentItem() is not None
        for widget in (self.not_yet_button, self.done_delete_button):
            widget.setEnabled(has_done)

    # -- what the person does --------------------------------------------------------------

    def use_suggestion(self, text: str) -> None:
        """Put the program's words in the box, for the person to change before adding."""
        self.entry.setText(text)
        self.entry.setFocus()
        self.entry.end(False)

    def add(self) -> None:
        if self.live is not None:
            self._add_from(
                self.entry,
                self.live.core.add_bring_up,
                self.open_list,
                translate("bring_up_page", ADDED),
            )

    def edit_selected(self) -> None:
        self.open_list.edit_current()

    def _edited(self, edited_id: int, text: str) -> None:
        if self.live is None:
            return
        if self._save_edit(edited_id, text, self.live.core.edit_bring_up):
            self._focus_a_list(self.open_list)

    def _delete_selected(self, view: NotebookList) -> None:
        current = item_id(view.currentItem())
        if current is not None:
            self.delete(current)

    def delete(self, deleted_id: int) -> None:
        """Delete at once, no question asked: Undo brings it back."""
        if self.live is None:
            return
        had_focus = self.open_list.hasFocus() or self.done_list.hasFocus()
        item = self._delete(deleted_id, self.live.core.delete_bring_up)
        if item is not None and had_focus:
            self._focus_a_list(self.done_list if item.brought_up_on else self.open_list)

    def mark_brought_up(self) -> None:
        current = item_id(self.open_list.currentItem())
        if current is None or self.live is None:
            return
        core, day = self.live.core, day_of(self.brought_up_day)
        if self.do(lambda: core.mark_brought_up(current, day)) is None:
            return
        self.say(translate("bring_up_page", MARKED))
        self._focus_a_list(self.open_list)

    def not_yet(self) -> None:
        current = item_id(self.done_list.currentItem())
        if current is None or self.live is None:
            return
        core = self.live.core
        if self.do(lambda: core.mark_brought_up(current, None)) is None:
            return
        self.say(translate("bring_up_page", BACK_ON_LIST))
        self.open_list.select_id(current)
        self._focus_a_list(self.open_list)

    def move_item(self, moved_id: int, step: int) -> None:
        if self.live is None:
            return
        core = self.live.core
        row = self.open_list.ids().index(moved_id)
        if not 0 <= row + step < self.open_list.count():
            return
        if self.do(lambda: core.move_bring_up(moved_id, row + step)) is None:
            return
        self.say("")
        self.open_list.select_id(moved_id)

    def _focus_a_list(self, view: NotebookList) -> None:
        """Keep the keyboard on ``view``; on the entry field once that list is empty."""
        if view.count():
            view.setFocus()
        else:
            self.entry.setFocus()


def brought_up_words(item: BringUpItem) -> str:
    """E.g. "Brought up on November 27, 2026"."""
    day: date | None = item.brought_up_on
    if day is None:
        return ""
    return translate("bring_up_page", "Brought up on {day}").format(day=date_words(day))
