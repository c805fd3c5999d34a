"""How I am, in words: a check-in without a score, one section of the Check-ins tab.

Words from a short list or the person's own, the HALT quick check, one optional line and a day;
then the earlier ones, newest first, each to change or delete (Undo brings it back). Nothing
here is a score: saving says thank you, and nothing else.
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Part
from iop_companion.core.checks import MAX_NAME_CHARS
from iop_companion.core.coping_model import (
    FEELING_WORDS,
    HALT_PROMPT,
    HALT_TITLES,
    HOW_I_AM_LINE_PROMPT,
    HOW_I_AM_PROMPT,
    HOW_I_AM_TITLE,
    MAX_HOW_I_AM_LINE_CHARS,
    Halt,
    HowIAm,
    halt_in_order,
)
from iop_companion.core.notebook_how_i_am import how_i_am_words
from iop_companion.core.words import date_words, first_upper
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.day_field import DayEdit
from iop_companion.ui.empty_state import EmptyState
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import (
    CHANGED,
    FlowLayout,
    NotebookList,
    NotebookPage,
    button,
    clear_field,
    item_id,
    keep_field_draft,
    restore_field_draft,
    section_title,
)
from iop_companion.ui.widgets import field_label, muted, qdate

TITLE = HOW_I_AM_TITLE  # marked in coping_model: translated in that context where shown
INTRO = HOW_I_AM_PROMPT  # the same
OWN_WORD = QT_TRANSLATE_NOOP("how_i_am_section", "Your own word")
OWN_WORD_HINT = QT_TRANSLATE_NOOP(
    "how_i_am_section", "Type a word and press Enter. It joins the others, ticked. Commas make two."
)
SAVE = QT_TRANSLATE_NOOP("how_i_am_section", "Save how I am")
SAVE_CHANGE = QT_TRANSLATE_NOOP("how_i_am_section", "Save the change")
# "check-ins" are the ones of What I have going for me
EARLIER = QT_TRANSLATE_NOOP("how_i_am_section", "How you were before")
EMPTY = QT_TRANSLATE_NOOP(
    "how_i_am_section", "Nothing here yet. When you check in, it shows here, with its day."
)
LIST_HINT = QT_TRANSLATE_NOOP(
    "how_i_am_section",
    "Enter changes the selected one. Delete removes it, and Undo brings it back.",
)
THANKS = QT_TRANSLATE_NOOP("how_i_am_section", "Thank you for checking in.")
CHANGING = QT_TRANSLATE_NOOP(
    "how_i_am_section", "Changing how you were on {day}. Escape leaves it as it was."
)


def saved_words(day: date, today: date) -> str:
    """What saving says: where it went, and thank you. No score, no judgement."""
    if day == today:
        kept = translate("how_i_am_section", "Kept for today.")
    else:
        kept = translate("how_i_am_section", "Kept for {day}.").format(day=date_words(day))
    thanks = translate("how_i_am_section", THANKS)
    return f"{kept} {thanks}"  # two whole sentences, one after the other


def halt_title(halt: Halt) -> str:
    return translate("coping_model", HALT_TITLES[halt])  # marked where it is defined


def lines_of(item: HowIAm) -> tuple[str, str]:
    """What a check-in says, in two lines: its words ("Calm, tired, wobbly"), then what else
    it holds (the HALT ticks, then the line). With no words, the first of those comes first.
    (As ``coping_model.how_i_am_lines``, in the reader's language.)"""
    ticks = ", ".join(halt_title(halt).lower() for halt in halt_in_order(item.halt))
    halt = translate("how_i_am_section", "Quick check: {ticks}").format(ticks=ticks)
    parts = [part for part in (", ".join(item.words), halt if ticks else "", item.line) if part]
    if not parts:
        return "", ""
    first = parts[0]
    return first[:1].upper() + first[1:], "  \u00b7  ".join(parts[1:])


def row_of(item: HowIAm) -> tuple[int, str, str]:
    """An earlier check-in as a list row: its words, then its day and what else it holds."""
    words, rest = lines_of(item)
    return item.id, words, "  \u00b7  ".join(p for p in (date_words(item.day), rest) if p)


class HowIAmSection(NotebookPage):
    PARTS = frozenset({Part.HOW_I_AM})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: int | None = None  # the check-in the form is changing, if any
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(section_title(translate("coping_model", TITLE)))
        layout.addWidget(muted(translate("coping_model", INTRO)))

        # The words: the list's, then the person's own as they add them.
        self.words_area = QWidget()
        self.words_area.setAccessibleName(translate("how_i_am_section", "Words that fit"))
        self.words_flow = FlowLayout(self.words_area, spacing=6)
        self.word_boxes: dict[str, QCheckBox] = {}
        # The list's words in the reader's language: once ticked and saved they are the
        # person's words, as they read them (marked where they are defined).
        self.list_words = tuple(translate("vocabulary", word) for word in FEELING_WORDS)
        for word in self.list_words:
            self._add_word_box(word, own=False)
        layout.addWidget(self.words_area)

        own_row = QHBoxLayout()
        self.own_word = QLineEdit()
        self.own_word.setPlaceholderText(translate("how_i_am_section", OWN_WORD))
        self.own_word.setAccessibleName(translate("how_i_am_section", OWN_WORD))
        self.own_word.setAccessibleDescription(translate("how_i_am_section", OWN_WORD_HINT))
        self.own_word.setToolTip(translate("how_i_am_section", OWN_WORD_HINT))
        self.own_word.setMaxLength(4 * MAX_NAME_CHARS)
        self.own_word.returnPressed.connect(self.add_own_words)
        self.add_word_button = button(
            translate("how_i_am_section", "Add word"),
            self.add_own_words,
            translate("how_i_am_section", "Add your own word, ticked"),
        )
        own_row.addWidget(self.own_word, 1)
        own_row.addWidget(self.add_word_button)
        layout.addLayout(own_row)

        # HALT, as a quick check beside the words.
        layout.addWidget(muted(translate("coping_model", HALT_PROMPT)))
        halt_area = QWidget()
        halt_area.setAccessibleName(translate("how_i_am_section", "Quick check"))
        halt_flow = FlowLayout(halt_area, spacing=12)
        self.halt_boxes: dict[Halt, QCheckBox] = {}
        for halt in Halt:
            box = QCheckBox(halt_title(halt))
            box.setAccessibleDescription(
                translate("how_i_am_section", "Quick check: hungry, angry, lonely, tired")
            )
            box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            halt_flow.addWidget(box)
            self.halt_boxes[halt] = box
        layout.addWidget(halt_area)

        self.line = QLineEdit()
        line_prompt = translate("coping_model", HOW_I_AM_LINE_PROMPT)
        self.line.setPlaceholderText(line_prompt)
        self.line.setAccessibleName(line_prompt)
        self.line.setMaxLength(MAX_HOW_I_AM_LINE_CHARS)
        self.line.returnPressed.connect(self.save)
        layout.addWidget(self.line)

        save_row = QHBoxLayout()
        self.day = DayEdit()
        self.day.setAccessibleName(translate("how_i_am_section", "Day"))
        self.day.setDisplayFormat(
            translate("how_i_am_section", "MMM d, yyyy", "a day as Qt writes it: month, day, year")
        )
        self.save_button = button(
            translate("how_i_am_section", SAVE),
            self.save,
            translate("how_i_am_section", "Keep how you are, for the day shown"),
        )
        self.cancel_button = button(
            translate("how_i_am_section", "Cancel"),
            self.cancel_change,
            translate("how_i_am_section", "Leave the check-in as it was"),
        )
        save_row.addWidget(field_label(translate("how_i_am_section", "Day"), self.day))
        save_row.addWidget(self.day)
        save_row.addSpacing(8)
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.cancel_button)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        self.changing = QLabel()
        self.changing.setWordWrap(True)
        layout.addWidget(self.changing)
        layout.addWidget(self.message)

        # The earlier ones, newest first.
        layout.addSpacing(4)
        self.earlier_title = section_title(translate("how_i_am_section", EARLIER))
        layout.addWidget(self.earlier_title)
        self.earlier = NotebookList(
            translate("how_i_am_section", EARLIER), editable=False, movable=False
        )
        self.earlier.itemActivated.connect(self._activated)
        self.earlier.delete_requested.connect(self.delete)
        self.earlier.currentRowChanged.connect(self._update_buttons)
        self.earlier.set_visible_rows(5)
        self.earlier_box = QWidget()
        box_layout = QVBoxLayout(self.earlier_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.earlier, 1)
        actions = QHBoxLayout()
        self.change_button = button(
            translate("how_i_am_section", "Change"),
            self.change_selected,
            translate("how_i_am_section", "Change the selected check-in"),
        )
        self.change_button.setToolTip(
            translate("how_i_am_section", "Change the selected check-in (Enter)")
        )
        self.delete_button = button(
            translate("how_i_am_section", "Delete"),
            self._delete_selected,
            translate("how_i_am_section", "Delete the selected check-in"),
        )
        self.delete_button.setToolTip(
            translate(
                "how_i_am_section", "Delete the selected check-in (Delete). Undo brings it back."
            )
        )
        actions.addWidget(self.change_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        box_layout.addLayout(actions)
        box_layout.addWidget(muted(translate("how_i_am_section", LIST_HINT)))
        layout.addWidget(self.earlier_box)
        self.empty = EmptyState(
            translate("how_i_am_section", "No check-ins yet"),
            translate("how_i_am_section", EMPTY),
            small=True,
        )
        layout.addWidget(self.empty)
        layout.addStretch(1)  # room to spare goes below, not into the list

        self.draft_fields = {"own_word": self.own_word, "line": self.line}
        self.setFocusProxy(self.word_boxes[self.list_words[0]])
        self._show_editing()
        self._show_list(0)
        self._update_buttons()

    # -- the open journal ------------------------------------------------------------------

    def open(self, live: LiveJournal) -> None:
        self.listen(live)
        self._set_today()
        self.refresh()
        self.restore_draft()
        if self.earlier.count() and self.earlier.currentRow() < 0:
            self.earlier.setCurrentRow(0)

    def close_journal(self) -> None:
        """On lock: let go of the journal and empty every widget that held the person's words."""
        self.stop_listening()
        self._empty_form()
        self.earlier.forget()
        self.message.clear()
        self._show_list(0)
        self._update_buttons()

    def refresh(self) -> None:
        """Fill the list from the notebook (on opening, and whenever it changed)."""
        if self.live is None:
            return
        items = self._notebook.how_i_am_list()
        self.earlier.fill([row_of(item) for item in items])
        self.day.setMaximumDate(qdate(self._notebook.today))
        if self._editing is not None and self._editing not in self.earlier.ids():
            self._editing = None  # deleted (or undone) meanwhile: the form is a new one again
            self._show_editing()
        self._show_list(len(items))
        self._update_buttons()

    def select(self, wanted: int) -> None:
        """Show and select check-in ``wanted`` (as a search result names it)."""
        if wanted in self.earlier.ids():
            self.earlier.select_id(wanted)
            self.earlier.setFocus()

    def keep_draft(self) -> None:
        """Before a lock: the typed words, and what is ticked, stay as an encrypted draft."""
        if self.live is None:
            return
        more: dict[str, object] = {}
        if chosen := self.chosen_words():
            more["words"] = list(chosen)
        if ticked := self.chosen_halt():
            more["halt"] = [h.value for h in ticked]
        if self._editing is not None:
            more["editing"] = self._editing
        if more or any(field.text() for field in self.draft_fields.values()):
            more["day"] = self._day().isoformat()
        keep_field_draft(self.live, self.draft_name, self.draft_fields, more)

    def restore_draft(self) -> None:
        if self.live is None:
            return
        body = restore_field_draft(self.live, self.draft_name, self.draft_fields)
        words, halt = body.get("words"), body.get("halt")
        if isinstance(words, list):
            self._tick_words([str(w) for w in words])
        if isinstance(halt, list):
            for value in halt:
                if value in {h.value for h in Halt}:
                    self.halt_boxes[Halt(value)].setChecked(True)
        editing = body.get("editing")
        if isinstance(editing, int) and editing in self.earlier.ids():
            self._editing = editing
            self._show_editing()
        if isinstance(day := body.get("day"), str):
            with contextlib.suppress(ValueError):
                self.day.setDate(qdate(date.fromisoformat(day)))

    # -- the form --------------------------------------------------------------------------

    def _add_word_box(self, word: str, *, own: bool) -> QCheckBox:
        box = QCheckBox(first_upper(word))
        box.setProperty("word", word)
        if own:
            box.setAccessibleDescription(translate("how_i_am_section", "Your own word"))
        box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.words_flow.addWidget(box)
        self.word_boxes[word] = box
        if own:  # Tab goes from the last word to this one, then on to the field for your own
            boxes = list(self.word_boxes.values())
            QWidget.setTabOrder(boxes[-2], box)
        return box

    def chosen_words(self) -> tuple[str, ...]:
        """The ticked words: the list's, then the person's own, as shown."""
        return tuple(word for word, box in self.word_boxes.items() if box.isChecked())

    def chosen_halt(self) -> tuple[Halt, ...]:
        return tuple(halt for halt, box in self.halt_boxes.items() if box.isChecked())

    def _tick_words(self, words: list[str]) -> None:
        """Tick these words, adding the person's own as boxes of their own."""
        listed = {word.casefold(): word for word in self.word_boxes}
        for word in words:
            found = listed.get(word.casefold())
            if found is None:
                self._add_word_box(word, own=True)
                listed[word.casefold()] = word
                found = word
            self.word_boxes[found].setChecked(True)

    def add_own_words(self) -> None:
        """The typed word(s), ticked beside the others for this check-in."""
        typed = self.own_word.text().split(",")
        words = self._try(lambda: how_i_am_words(typed))
        if words is None:
            return
        if not words:
            self.say(translate("how_i_am_section", "Type a word first, then press Enter."))
            return
        self._tick_words(list(words))
        clear_field(self.own_word)
        self.say("")

    def save(self) -> None:
        """Keep the check-in (or the change to one); the form empties and says thank you."""
        if self.live is None:
            return
        if self.own_word.text().strip():
            self.add_own_words()  # a word typed but not yet added is meant too
            if self.own_word.text().strip():
                return  # it didn't fit: the message says why
        core, day = self.live.core, self._day()
        words, halt, line = self.chosen_words(), self.chosen_halt(), self.line.text()
        editing = self._editing
        if editing is None:
            item = self.do(lambda: core.record_how_i_am(day, words=words, halt=halt, line=line))
            said = saved_words(day, self._notebook.today)
        else:
            item = self.do(
                lambda: core.edit_how_i_am(editing, day=day, words=words, halt=halt, line=line)
            )
            said = translate("notebook_widgets", CHANGED)
        if item is None:
            return
        self._empty_form()
        self.say(said)
        self.earlier.select_id(item.id)

    def change_selected(self) -> None:
        current = item_id(self.earlier.currentItem())
        if current is not None:
            self.change(current)

    def _activated(self, item: QListWidgetItem) -> None:
        current = item_id(item)
        if current is not None:
            self.change(current)

    def change(self, wanted: int) -> None:
        """Open check-in ``wanted`` in the form, to change it."""
        if self.live is None:
            return
        notebook = self._notebook
        item = self._try(lambda: notebook.how_i_am(wanted))
        if item is None:
            return
        self._empty_form()
        self._editing = item.id
        self._tick_words(list(item.words))
        for halt in item.halt:
            self.halt_boxes[halt].setChecked(True)
        self.line.setText(item.line)
        self.day.setDate(qdate(item.day))
        self._show_editing()
        self.say("")
        first = next((box for box in self.word_boxes.values() if box.isChecked()), None)
        (first or self.word_boxes[self.list_words[0]]).setFocus()

    def cancel_change(self) -> None:
        """Leave the check-in as it was; the form is a new one again."""
        wanted = self._editing
        self._empty_form()
        self.say("")
        if wanted is not None:
            self.earlier.select_id(wanted)
            self.earlier.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._editing is not None:
            self.cancel_change()
            event.accept()
            return
        super().keyPressEvent(event)

    def _empty_form(self) -> None:
        """Nothing ticked, nothing typed, the person's own words gone, today's day."""
        self._editing = None
        for word in list(self.word_boxes):
            if word not in self.list_words:
                box = self.word_boxes.pop(word)
                self.words_flow.removeWidget(box)
                box.setText("")
                box.hide()  # gone at once, not when the event loop gets to it
                box.deleteLater()
        for box in [*self.word_boxes.values(), *self.halt_boxes.values()]:
            box.setChecked(False)
        clear_field(self.own_word)
        clear_field(self.line)
        self._set_today()
        self._show_editing()

    def _set_today(self) -> None:
        if self.live is not None:
            today = qdate(self._notebook.today)
            self.day.setMaximumDate(today)
            self.day.setDate(today)

    def _day(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def _show_editing(self) -> None:
        editing = self._editing is not None
        self.save_button.setText(
            translate("how_i_am_section", SAVE_CHANGE)
            if editing
            else translate("how_i_am_section", SAVE)
        )
        self.cancel_button.setVisible(editing)
        self.changing.setVisible(editing)
        self.changing.setText(
            translate("how_i_am_section", CHANGING).format(day=date_words(self._day()))
            if editing
            else ""
        )

    # -- the list --------------------------------------------------------------------------

    def _show_list(self, count: int) -> None:
        self.earlier_box.setVisible(count > 0)
        self.empty.setVisible(count == 0)

    def _update_buttons(self) -> None:
        has = self.earlier.currentItem() is not None
        self.change_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _delete_selected(self) -> None:
        current = item_id(self.earlier.currentItem())
        if current is not None:
            self.delete(current)

    def delete(self, wanted: int) -> None:
        """Delete at once, no question asked: Undo brings it back."""
        if self.live is None:
            return
        if self._delete(wanted, self.live.core.delete_how_i_am) is None:
            return
        if self.earlier.count():
            self.earlier.setFocus()
