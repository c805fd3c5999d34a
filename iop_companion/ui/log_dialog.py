"""Log a win (or a hard moment) in seconds; the same dialog edits an entry."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.model import MOMENT_WORDS, Entry, Kind
from iop_companion.core.words import OTHER_WIN
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.day_field import DayField
from iop_companion.ui.disclosure import Disclosure
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.picking_up import (
    CHANGE_NOTES_BUTTON,
    NOT_NOW_BUTTON,
    OFFER_BUTTON,
    OFFER_WORDS,
)
from iop_companion.ui.widgets import (
    ScrollArea,
    day_of,
    fit_to_screen,
    muted,
    paragraph,
    qdate,
    save_and_cancel,
    scrolling,
)

DRAFT_NAME = "log"
MORE_DETAILS_KEY = "log/more_details"  # QSettings: "More details" stays open once opened
QUICK_WINS_WORDS = QT_TRANSLATE_NOOP(
    "log_dialog", "Small things count. Pick one, or write your own."
)
QUICK_SAVE_HINT = QT_TRANSLATE_NOOP("log_dialog", "Double-click one to save it at once.")
QUICK_SAVE_WORDS = QT_TRANSLATE_NOOP(
    "log_dialog", "Double-click, or press Ctrl+Enter, to save this win at once."
)
WIN_DETAILS_WORDS = QT_TRANSLATE_NOOP(
    "log_dialog", "The category, the day, a note, tags, and keeping it private"
)
HARD_DETAILS_WORDS = QT_TRANSLATE_NOOP("log_dialog", "The day, tags, and keeping it private")
SAVED_HARD_MOMENT = QT_TRANSLATE_NOOP("log_dialog", "It's written down.")
ADD_NOTES_WORDS = QT_TRANSLATE_NOOP(
    "log_dialog", "A few questions about this hard moment, if you want them"
)
CHANGE_NOTES_WORDS = QT_TRANSLATE_NOOP(
    "log_dialog", "Your notes about this hard moment: what was going on, what helped"
)
RESTORED_WORDS = QT_TRANSLATE_NOOP(
    "log_dialog", "Here is what you were writing when the journal locked."
)
HARD_MOMENT_WORDS = QT_TRANSLATE_NOOP(
    "log_dialog",
    "Writing it down takes nothing away from anything you've done. You're picking up from here.",
)


def _tags(text: str) -> list[str]:
    return [t for t in (part.strip() for part in text.split(",")) if t]


class QuickWin(QPushButton):
    """A quick win: a click fills in its words and category; where it ``saves`` (a new
    entry, not an edit), a double-click, or Ctrl+Enter on it, saves it at once."""

    save_now = Signal()

    def __init__(self, text: str, *, saves: bool) -> None:
        super().__init__(text)
        self.saves = saves
        self.setAccessibleName(translate("log_dialog", "Quick win: {text}").format(text=text))
        if saves:
            self.setToolTip(translate("log_dialog", QUICK_SAVE_WORDS))
            self.setAccessibleDescription(translate("log_dialog", QUICK_SAVE_WORDS))
        self.setAutoDefault(False)
        # Never squeezed below its text: with large system fonts the dialog grows instead.
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.saves and event.button() == Qt.MouseButton.LeftButton:
            self.save_now.emit()
        else:
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if self.saves and ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_now.emit()
        else:
            super().keyPressEvent(event)


class LogDialog(QDialog):
    """Enter saves. Quick-win buttons fill in the words and the category; the rest waits
    behind "More details".

    A new hard moment, once saved, leaves a last word in the dialog: an offer to pick up from
    here (``picking_up_wanted``), or not now. An edit of a hard moment offers it as a button."""

    picking_up_wanted = Signal(int)  # the hard moment's entry id: open the flow on it

    def __init__(
        self,
        live: LiveJournal,
        parent: QWidget | None = None,
        entry: Entry | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.entry = entry
        self.saved_change: Any = None
        self.setWindowTitle(
            translate("log_dialog", "Edit entry") if entry else translate("log_dialog", "Log a win")
        )
        outer = self._outer = QVBoxLayout(self)
        layout = scrolling(outer)  # the fields scroll on a small screen; Save stays in view
        layout.setSpacing(10)

        # One or the other, as radio buttons are (arrow keys move between them).
        kind_row = QHBoxLayout()
        self.win_button = QRadioButton(translate("log_dialog", "A win"))
        self.hard_button = QRadioButton(translate("log_dialog", "A hard moment"))
        self.kind_group = QButtonGroup(self)
        for button in (self.win_button, self.hard_button):
            self.kind_group.addButton(button)
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        self.win_button.setChecked(True)
        layout.addLayout(kind_row)

        # One form, so every label sits in one column and every field starts at one x; the
        # rows of the other kind, and the details while closed, are hidden.
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self._win_rows()
        self._hard_rows()
        self.more = Disclosure(translate("log_dialog", "More details"), settings, MORE_DETAILS_KEY)
        self.form.addRow("", self.more)
        self._detail_rows()
        self.more.toggled.connect(self._details_toggled)
        self.win_button.toggled.connect(self._kind_changed)

        self.message = Message()
        layout.addWidget(self.message)
        buttons, self.save_button = save_and_cancel(self, self.save)
        outer.addWidget(buttons)
        self.buttons = buttons
        self.offer: QWidget | None = None  # the last word after a new hard moment is saved
        if entry is not None:
            self._fill(entry)
            self.more.setChecked(True)  # an edit shows all there is; the memory stays as it was
        self._show_rows()
        self._as_opened = self._fields()
        self.draft_kept = False  # set when a lock keeps what's typed here as a draft
        (self.word if self.hard_button.isChecked() else self.text).setFocus()

    def _win_rows(self) -> None:
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            translate("log_dialog", "What did you do? One line is plenty.")
        )
        self.text.setAccessibleName(translate("log_dialog", "What you did"))
        self.text.setMaxLength(20_000)
        self.form.addRow(translate("log_dialog", "Win"), self.text)
        self.quick_wins = QWidget()
        column = QVBoxLayout(self.quick_wins)
        column.setContentsMargins(0, 0, 0, 0)
        saves = self.entry is None  # an edit's words change only with Save
        pick = translate("log_dialog", QUICK_WINS_WORDS)
        hint = translate("log_dialog", QUICK_SAVE_HINT)
        column.addWidget(muted(f"{pick} {hint}" if saves else pick))
        grid = QGridLayout()
        grid.setSpacing(6)
        self.template_buttons: list[QuickWin] = []
        for i, template in enumerate(self.live.journal.templates()):
            button = QuickWin(template.text, saves=saves)
            button.clicked.connect(
                lambda _=False, t=template.text, c=template.category_id: self._use_template(t, c)
            )
            button.save_now.connect(
                lambda t=template.text, c=template.category_id: self._save_template(t, c)
            )
            self.template_buttons.append(button)
            grid.addWidget(button, i // 2, i % 2)
        column.addLayout(grid)
        self.form.addRow(translate("log_dialog", "Quick wins"), self.quick_wins)

    def _hard_rows(self) -> None:
        self.hard_words = paragraph(translate("log_dialog", HARD_MOMENT_WORDS))
        self.form.addRow(self.hard_words)
        self.word = QComboBox()
        self.word.setEditable(True)
        # Offered in the reader's language; the word chosen is then the person's own.
        self.word.addItems([translate("vocabulary", word) for word in MOMENT_WORDS])
        self.form.addRow(translate("log_dialog", "Your word for it"), self.word)
        self.what_happened = QPlainTextEdit()
        self.what_happened.setPlaceholderText(translate("log_dialog", "Optional: what happened"))
        self.what_happened.setAccessibleName(translate("log_dialog", "What happened"))
        self.what_happened.setTabChangesFocus(True)
        self.what_happened.setMaximumHeight(80)
        self.form.addRow(translate("log_dialog", "What happened"), self.what_happened)
        self.what_helped = QPlainTextEdit()
        self.what_helped.setPlaceholderText(
            translate("log_dialog", "Optional: what helped, even a little")
        )
        self.what_helped.setAccessibleName(translate("log_dialog", "What helped"))
        self.what_helped.setTabChangesFocus(True)
        self.what_helped.setMaximumHeight(80)
        self.form.addRow(translate("log_dialog", "What helped"), self.what_helped)
        self.picking_up_button = QPushButton(translate("picking_up", CHANGE_NOTES_BUTTON))
        self.picking_up_button.setAutoDefault(False)
        self.picking_up_button.clicked.connect(lambda _checked=False: self._pick_up_edited())
        if self.entry is not None and self.entry.kind is Kind.HARD_MOMENT:
            notes = None
            with contextlib.suppress(KnownError):  # unreadable now: offered as new notes
                notes = self.live.notebook.picking_up_for(self.entry.id)
            self.picking_up_button.setAccessibleDescription(
                translate("log_dialog", CHANGE_NOTES_WORDS)
                if notes
                else translate("log_dialog", ADD_NOTES_WORDS)
            )
            self.picking_up_button.setToolTip(
                translate("log_dialog", CHANGE_NOTES_WORDS)
                if notes
                else translate("log_dialog", ADD_NOTES_WORDS)
            )
        self.form.addRow("", self.picking_up_button)

    def _detail_rows(self) -> None:
        self.category = QComboBox()
        self.category.addItem(translate("words", OTHER_WIN), None)
        for category in self.live.journal.categories():
            self.category.addItem(category.name, category.id)
        self.form.addRow(translate("log_dialog", "Category"), self.category)
        self.day_field = DayField(
            self.live.journal.today, translate("log_dialog", "Day it happened")
        )
        self.day = self.day_field.edit
        self.form.addRow(translate("log_dialog", "Day"), self.day_field)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            translate("log_dialog", "Optional: anything you want to remember about it")
        )
        self.note.setAccessibleName(translate("log_dialog", "Note"))
        self.form.addRow(translate("log_dialog", "Note"), self.note)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(
            translate("log_dialog", "Optional, separated by commas: group, family")
        )
        self.tags.setAccessibleName(translate("log_dialog", "Tags"))
        self.form.addRow(translate("log_dialog", "Tags"), self.tags)
        self.after_hard = QCheckBox(translate("log_dialog", "This came after a hard moment"))
        self.form.addRow("", self.after_hard)
        self.private = QCheckBox(translate("log_dialog", "Private: never goes into an export"))
        self.form.addRow("", self.private)

    def _show_rows(self) -> None:
        hard, more = self.hard_button.isChecked(), self.more.isChecked()
        rows: list[tuple[QWidget, bool]] = [
            (self.text, not hard),
            (self.quick_wins, not hard),
            (self.hard_words, hard),
            (self.word, hard),
            (self.what_happened, hard),
            (self.what_helped, hard),
            (self.picking_up_button, hard and self.entry is not None),
            (self.category, more and not hard),
            (self.day_field, more),
            (self.note, more and not hard),
            (self.tags, more),
            (self.after_hard, more and not hard),
            (self.private, more),
        ]
        for field, shown in rows:
            self.form.setRowVisible(field, shown)
        self.more.setToolTip(
            translate("log_dialog", HARD_DETAILS_WORDS)
            if hard
            else translate("log_dialog", WIN_DETAILS_WORDS)
        )

    def _resize_to_rows(self) -> None:
        """As tall as the rows now shown want (more details: taller), within the screen."""
        if not self.isVisible():
            return
        area = self.findChild(ScrollArea)
        if area is not None:
            area.updateGeometry()  # it asks for its content's new size
        self.resize(self.width(), self.sizeHint().height())
        fit_to_screen(self)

    def _details_toggled(self) -> None:
        self._show_rows()
        self._resize_to_rows()

    def _kind_changed(self) -> None:
        hard = self.hard_button.isChecked()
        self._show_rows()
        self._resize_to_rows()
        if self.entry is None:
            self.setWindowTitle(
                translate("log_dialog", "Write it down")
                if hard
                else translate("log_dialog", "Log a win")
            )
        (self.word if hard else self.text).setFocus()

    def show_hard_moment(self) -> None:
        self.hard_button.setChecked(True)

    def _use_template(self, text: str, category_id: int | None) -> None:
        self.text.setText(text)
        index = self.category.findData(category_id)
        self.category.setCurrentIndex(max(index, 0))
        self.text.setFocus()

    def _save_template(self, text: str, category_id: int | None) -> None:
        """A quick win saved in one step, with its category (Undo takes it back)."""
        self._use_template(text, category_id)
        self.save()

    def _fill(self, entry: Entry) -> None:
        hard = entry.kind is Kind.HARD_MOMENT
        self.win_button.setEnabled(not hard)
        self.hard_button.setEnabled(hard)
        (self.hard_button if hard else self.win_button).setChecked(True)
        self.day.setDate(qdate(entry.day))
        self.tags.setText(", ".join(entry.tags))
        self.private.setChecked(entry.private)
        if hard:
            self.word.setCurrentText(entry.moment_word)
            self.what_happened.setPlainText(entry.text)
            self.what_helped.setPlainText(entry.note)
        else:
            self.text.setText(entry.text)
            self.note.setText(entry.note)
            self.after_hard.setChecked(entry.after_hard_moment)
            index = self.category.findData(entry.category_id)
            if index < 0 and entry.category:  # a hidden category stays on its entries
                self.category.addItem(entry.category, entry.category_id)
                index = self.category.count() - 1
            self.category.setCurrentIndex(max(index, 0))

    # -- drafts: nothing typed is lost to a lock ----------------------------------------------

    def _fields(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry.id if self.entry else None,
            "hard": self.hard_button.isChecked(),
            "text": self.text.text(),
            "category": self.category.currentData(),
            "note": self.note.text(),
            "after_hard_moment": self.after_hard.isChecked(),
            "word": self.word.currentText(),
            "what_happened": self.what_happened.toPlainText(),
            "what_helped": self.what_helped.toPlainText(),
            "day": day_of(self.day).isoformat(),
            "tags": self.tags.text(),
            "private": self.private.isChecked(),
        }

    def draft(self) -> dict[str, Any] | None:
        """What is typed here, if anything changed since the dialog opened (and isn't saved)."""
        if self.offer is not None:
            return None
        fields = self._fields()
        return fields if fields != self._as_opened else None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Fill the dialog from ``draft`` and say so. A draft of an edit opens as that edit."""
        if draft.get("hard"):
            self.hard_button.setChecked(True)
        self.text.setText(str(draft.get("text", "")))
        self.category.setCurrentIndex(max(self.category.findData(draft.get("category")), 0))
        self.note.setText(str(draft.get("note", "")))
        self.after_hard.setChecked(bool(draft.get("after_hard_moment")))
        self.word.setCurrentText(str(draft.get("word", "")) or self.word.itemText(0))
        self.what_happened.setPlainText(str(draft.get("what_happened", "")))
        self.what_helped.setPlainText(str(draft.get("what_helped", "")))
        with contextlib.suppress(ValueError, TypeError):
            self.day.setDate(qdate(date.fromisoformat(str(draft.get("day")))))
        self.tags.setText(str(draft.get("tags", "")))
        self.private.setChecked(bool(draft.get("private")))
        if self._details_filled():
            self.more.setChecked(True)  # what was typed there is in sight, not behind a button
        self.message.say(translate("log_dialog", RESTORED_WORDS))

    def _details_filled(self) -> bool:
        """Whether anything behind "More details" differs from a new entry's."""
        hard = self.hard_button.isChecked()
        win_details = bool(
            self.category.currentData() is not None
            or self.note.text()
            or self.after_hard.isChecked()
        )
        return bool(
            (win_details and not hard)
            or self.tags.text()
            or self.private.isChecked()
            or day_of(self.day) != self.live.journal.today
        )

    def keep_draft(self) -> None:
        """Before a lock: keep what's typed, encrypted in the vault, for the next unlock."""
        draft = self.draft()
        if draft is not None:
            self.live.apply(self.live.core.keep_draft(DRAFT_NAME, draft))
            self.draft_kept = True

    def done(self, result: int) -> None:
        # Saved or closed by the person: the draft has done its job. Closed by a lock: it stays.
        if self.isVisible() and not self.draft_kept:
            with contextlib.suppress(KnownError):
                self.live.apply(self.live.core.drop_draft(DRAFT_NAME))
        super().done(result)

    def save(self) -> None:
        try:
            self.saved_change = self._save()
        except KnownError as error:
            self.message.say(error.sentence)
            return
        if self.entry is None and self.hard_button.isChecked():
            self._offer_picking_up()
        else:
            self.accept()

    # -- picking up from here -------------------------------------------------------------

    def _offer_picking_up(self) -> None:
        """The saved hard moment's last word: an offer, never a nag. Enter takes it; Escape or
        "Not now" closes, the hard moment saved either way."""
        area = self.findChild(ScrollArea)
        if area is not None:
            area.hide()
        self.buttons.hide()
        self.offer = QWidget()
        column = QVBoxLayout(self.offer)
        column.setContentsMargins(0, 0, 0, 0)
        saved = translate("log_dialog", SAVED_HARD_MOMENT)
        words = Message(f"{saved} {translate('picking_up', OFFER_WORDS)}")
        column.addWidget(words)
        column.addStretch(1)
        row = QHBoxLayout()
        self.pick_up_button = QPushButton(translate("picking_up", OFFER_BUTTON))
        self.not_now_button = QPushButton(translate("picking_up", NOT_NOW_BUTTON))
        self.pick_up_button.clicked.connect(lambda _checked=False: self._pick_up_new())
        self.not_now_button.clicked.connect(lambda _checked=False: self.accept())
        row.addStretch(1)
        row.addWidget(self.not_now_button)
        row.addWidget(self.pick_up_button)
        column.addLayout(row)
        self._outer.addWidget(self.offer, 1)
        self.offer.show()
        self.pick_up_button.setDefault(True)
        self.pick_up_button.setFocus()
        words.say(words.text())  # a screen reader hears the offer as it appears
        # The dialog keeps its size: the words stay where the person was looking.

    def reject(self) -> None:
        if self.offer is not None:
            self.accept()  # the hard moment is saved: closing is "Not now"
        else:
            super().reject()

    def _pick_up_new(self) -> None:
        change = self.saved_change
        self.accept()
        if change is not None:
            self.picking_up_wanted.emit(change.entry.id)

    def _pick_up_edited(self) -> None:
        """From an edit: the changes made here are saved first, then the notes open."""
        if self.entry is None:
            return
        if self.draft() is not None:
            try:
                self.saved_change = self._save()
            except KnownError as error:
                self.message.say(error.sentence)
                return
        self.accept()
        self.picking_up_wanted.emit(self.entry.id)

    def _save(self) -> Any:
        common = {
            "day": day_of(self.day),
            "private": self.private.isChecked(),
            "tags": _tags(self.tags.text()),
        }
        hard = self.hard_button.isChecked()
        if hard:
            fields = {
                "text": self.what_happened.toPlainText(),
                "note": self.what_helped.toPlainText(),
                **common,
            }
            if self.entry is not None:
                return self.live.edit(self.entry.id, moment_word=self.word.currentText(), **fields)
            return self.live.log_hard_moment(word=self.word.currentText(), **fields)
        fields = {
            "note": self.note.text(),
            "category": self.category.currentData(),
            "after_hard_moment": self.after_hard.isChecked(),
            **common,
        }
        if self.entry is not None:
            return self.live.edit(self.entry.id, text=self.text.text(), **fields)
        return self.live.log_win(self.text.text(), **fields)
