"""What I have going for me: the recovery capital check-in (BARC-10), its section on the
Check-ins tab and the dialog a check-in is made in.

The dialog shows all ten statements on one page, not one statement per step. It is quicker
(about three minutes: Tab to a statement, the arrow keys across its answers, Tab on; no Next
and Back between ten screens) and clearer for a screen-reader user: every statement is one Tab
stop, read as "statement, answer" (each answer's accessible name holds its statement), and the
whole check-in, answers and skips, can be read over before Save, which a step-by-step flow
hides. A screen reader's Tab goes to the chosen answer of a statement, or its first while none
is chosen; "Skip" takes an answer back. The page scrolls on a small screen; Save stays in view.

The statements and answer labels are ``barc10``'s, word for word. The total is shown as a
number only: no colour, band, cut-off, comparison with another check-in, or advice.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core import barc10
from iop_companion.core.changes import Part
from iop_companion.core.check_in_nudge import NUDGE_PERIODS, NUDGE_TEXT, NUDGE_TITLES
from iop_companion.core.coping_model import (
    CHECK_IN_INTRO,
    CHECK_IN_TITLE,
    CHECK_IN_TOTAL_NOTE,
    MAX_CHECK_IN_NOTE_CHARS,
    CapitalCheckIn,
    answer_words,
    total_words,
    totals_over_time,
)
from iop_companion.core.words import date_words
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, current, say_number, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.day_field import DayField
from iop_companion.ui.disclosure import Disclosure
from iop_companion.ui.empty_state import EmptyState
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import (
    FlowLayout,
    NotebookList,
    NotebookPage,
    RowDelegate,
    button,
    clear_field,
    item_id,
    section_title,
)
from iop_companion.ui.widgets import (
    SPACE,
    ems,
    field_label,
    fit_to_screen,
    heading,
    muted,
    paragraph,
    save_and_cancel,
    scrolling,
)

TITLE = CHECK_IN_TITLE  # marked in vocabulary: translated in that context where shown
INTRO = QT_TRANSLATE_NOOP(
    "capital_check_in", "A short check-in on what supports you right now, whenever you want one."
)
START = QT_TRANSLATE_NOOP("capital_check_in", "Start a check-in")
EMPTY = QT_TRANSLATE_NOOP(
    "capital_check_in", "No check-ins yet. When you want one, it takes about three minutes."
)
LIST_NAME = QT_TRANSLATE_NOOP("capital_check_in", "Your check-ins, newest first")
ANSWERS_TITLE = QT_TRANSLATE_NOOP("capital_check_in", "Answers")
ANSWERS_TIP = QT_TRANSLATE_NOOP(
    "capital_check_in", "Show or hide the ten answers of the selected check-in"
)
ANSWERS_NAME = QT_TRANSLATE_NOOP("capital_check_in", "The answers of the selected check-in")
NOTE_WORDS = QT_TRANSLATE_NOOP("capital_check_in", "Note: {note}")
SHOW_TOTALS = QT_TRANSLATE_NOOP("capital_check_in", "Show the total over time")
TOTALS_NAME = QT_TRANSLATE_NOOP("capital_check_in", "The total over time")
TOTALS_EMPTY = QT_TRANSLATE_NOOP(
    "capital_check_in", "The total shows here for each check-in with all ten statements answered."
)
REMINDER = QT_TRANSLATE_NOOP("capital_check_in", "A gentle reminder")
REMINDER_HINT = QT_TRANSLATE_NOOP(
    "capital_check_in", "Only ever a quiet line here, while your journal is open."
)
REMINDER_ON = QT_TRANSLATE_NOOP(
    "capital_check_in", "Saved. A quiet line here will offer a check-in when it's time."
)
REMINDER_OFF = QT_TRANSLATE_NOOP("capital_check_in", "Saved. No reminder.")
SAVED = QT_TRANSLATE_NOOP("capital_check_in", "Saved. It's kept beside your other check-ins.")
DELETE_TIP = QT_TRANSLATE_NOOP(
    "capital_check_in", "Delete the selected check-in (Delete). Undo brings it back."
)

# a plain action, as every window's title: it shows in task bars
DIALOG_TITLE = QT_TRANSLATE_NOOP("capital_check_in", "Check in")
SKIP = QT_TRANSLATE_NOOP("capital_check_in", "Skip")
STATEMENT_NUMBER = QT_TRANSLATE_NOOP("capital_check_in", "Statement {n} of {count}")
NOTE_PLACEHOLDER = QT_TRANSLATE_NOOP("capital_check_in", "Optional: a note, in your words")
NOTE_NAME = QT_TRANSLATE_NOOP("capital_check_in", "Note")
DAY_NAME = QT_TRANSLATE_NOOP("capital_check_in", "Day of this check-in")
KEYS_HINT = QT_TRANSLATE_NOOP(
    "capital_check_in",
    "Tab goes from statement to statement, the arrow keys across the answers. "
    "Skip takes an answer back.",
)

SETTINGS_KEY = "check_ins/show_totals"  # QSettings: only whether the table is shown
ANSWERS_KEY = "check_ins/show_answers"  # and whether the answers are
DRAFT_NAME = "check_in"  # a check-in half done when the journal locked, kept encrypted


# -- the dialog -----------------------------------------------------------------------------


class AnswerButton(QRadioButton):
    """One answer to one statement. Tab lands on the statement's chosen answer (its first while
    none is chosen), so each statement is one Tab stop; the arrow keys go through the answers in
    their order, however they wrap on screen, and choose as they go."""

    def __init__(self, text: str, statement: str, value: int) -> None:
        super().__init__(text)
        self.value = value
        self.setAccessibleName(f"{statement} {text}")

    def _group_buttons(self) -> list[AnswerButton]:
        group = self.group()
        if group is None:
            return [self]
        return [b for b in group.buttons() if isinstance(b, AnswerButton)]

    def focusInEvent(self, event: QFocusEvent) -> None:
        group = self.group()
        chosen = group.checkedButton() if group is not None else None
        tabbed = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        )
        if tabbed and chosen is not None and chosen is not self:
            chosen.setFocus(event.reason())
            return
        if tabbed and chosen is None and self is not self._group_buttons()[0]:
            self._group_buttons()[0].setFocus(event.reason())
            return
        super().focusInEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the statement: past its other answers, to the next statement or field.
        buttons = self._group_buttons()
        edge = buttons[-1] if next else buttons[0]
        if edge is not self:
            edge.setFocus(Qt.FocusReason.OtherFocusReason)
            # From the edge of the group, Qt's own Tab goes on to what follows it.
            return edge.focusNextPrevChild(next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
        }.get(Qt.Key(event.key()))
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        buttons = self._group_buttons()
        where = buttons.index(self) + step
        if 0 <= where < len(buttons):
            buttons[where].setFocus(Qt.FocusReason.OtherFocusReason)
            buttons[where].setChecked(True)
        event.accept()


class StatementChoice(QWidget):
    """A statement, word for word, and its six answers and Skip, in one exclusive group."""

    changed = Signal()

    def __init__(self, number: int, statement: str) -> None:
        super().__init__()
        self.statement = statement
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(
            muted(
                translate("capital_check_in", STATEMENT_NUMBER).format(
                    n=number, count=len(barc10.STATEMENTS)
                )
            )
        )
        self.label = heading(statement, 1.0)
        column.addWidget(self.label)
        # The disagree half, the agree half and Skip wrap as wholes: one row where there is
        # room, else a row each, so the six steps never break in the middle of a half.
        row = QWidget()
        flow = FlowLayout(row, spacing=SPACE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        labels = [*barc10.ANSWER_LABELS, translate("capital_check_in", SKIP)]
        values = [*range(barc10.LOWEST_ANSWER, barc10.HIGHEST_ANSWER + 1), 0]
        self.buttons: list[AnswerButton] = []
        half: QHBoxLayout | None = None
        for text, value in zip(labels, values, strict=True):
            if value in (barc10.LOWEST_ANSWER, 4, 0):  # 4: "Somewhat agree" starts a half
                part = QWidget()
                half = QHBoxLayout(part)
                half.setContentsMargins(0, 0, ems(self, 2), 0)  # room between the halves
                half.setSpacing(ems(self, 2))
                flow.addWidget(part)
            answer = AnswerButton(text, statement, value)
            self.group.addButton(answer, value)
            assert half is not None
            half.addWidget(answer)
            self.buttons.append(answer)
        self.group.idToggled.connect(self._toggled)
        column.addWidget(row)

    def _toggled(self, _value: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def answer(self) -> int | None:
        """1 to 6, or None while unanswered or skipped."""
        value = self.group.checkedId()
        return value if value >= barc10.LOWEST_ANSWER else None

    def set_answer(self, answer: int | None) -> None:
        chosen = self.group.button(answer or 0)
        if chosen is not None:
            chosen.setChecked(True)


class CheckInDialog(QDialog):
    """Ten statements, each answered or skipped, an optional note, the day; Save keeps it as a
    new check-in (Undo takes it back), Cancel keeps nothing."""

    saved = Signal(int)  # the new check-in's id

    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setWindowTitle(translate("capital_check_in", DIALOG_TITLE))
        outer = QVBoxLayout(self)
        layout = scrolling(outer)
        layout.setSpacing(ems(self, 2.5))
        layout.addWidget(heading(translate("vocabulary", CHECK_IN_TITLE), 1.3))
        layout.addWidget(paragraph(translate("vocabulary", CHECK_IN_INTRO)))
        layout.addWidget(muted(translate("capital_check_in", KEYS_HINT)))
        if current().code != SOURCE_LANGUAGE:
            # BARC-10 has been validated in English only; its statements are never translated.
            layout.addWidget(paragraph(translate("barc10", barc10.BARC10_ENGLISH_ONLY)))
        self.choices: list[StatementChoice] = []
        for number, statement in enumerate(barc10.STATEMENTS, start=1):
            choice = StatementChoice(number, statement)
            choice.changed.connect(self._show_total)
            layout.addWidget(choice)
            self.choices.append(choice)

        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("capital_check_in", NOTE_PLACEHOLDER))
        self.note.setAccessibleName(translate("capital_check_in", NOTE_NAME))
        self.note.setMaxLength(MAX_CHECK_IN_NOTE_CHARS)
        self.day_field = DayField(live.journal.today, translate("capital_check_in", DAY_NAME))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("capital_check_in", NOTE_NAME), self.note)
        form.addRow(translate("capital_check_in", "Day"), self.day_field)
        layout.addLayout(form)
        self.total = paragraph("")
        layout.addWidget(self.total)
        layout.addWidget(muted(translate("coping_model", CHECK_IN_TOTAL_NOTE)))
        layout.addStretch(1)

        self.message = Message()
        outer.addWidget(self.message)
        buttons, self.save_button = save_and_cancel(self, self.save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        outer.addWidget(buttons)
        self._show_total()
        self.resize(ems(self, 100), self.sizeHint().height())
        self.choices[0].buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def answers(self) -> list[int | None]:
        return [choice.answer() for choice in self.choices]

    def _show_total(self) -> None:
        answers = self.answers()
        self.total.setText(
            total_words(CapitalCheckIn(0, "", date.min, tuple(answers)))
            if any(a is not None for a in answers)
            else ""
        )
        self.total.setVisible(bool(self.total.text()))

    def save(self) -> None:
        live = self.live
        try:
            check_in = live.apply(
                live.core.record_check_in(self.day_field.day(), self.answers(), self.note.text())
            )
        except KnownError as error:
            self.message.say(error.sentence)
            if self.isVisible():
                fit_to_screen(self)
            return
        self.saved.emit(check_in.id)
        self.accept()

    # -- what a lock keeps ------------------------------------------------------------------

    def draft(self) -> dict[str, Any] | None:
        """What is chosen and typed here, if anything."""
        answers = [choice.group.checkedId() for choice in self.choices]
        if all(a < 0 for a in answers) and not self.note.text():
            return None
        return {
            "answers": answers,
            "note": self.note.text(),
            "day": self.day_field.day().isoformat(),
        }

    def restore(self, body: dict[str, Any]) -> None:
        answers = body.get("answers")
        if isinstance(answers, list) and len(answers) == len(self.choices):
            for choice, answer in zip(self.choices, answers, strict=True):
                if isinstance(answer, int) and answer >= 0:
                    choice.set_answer(answer or None)
                    if answer == 0:
                        choice.buttons[-1].setChecked(True)
        self.note.setText(str(body.get("note", "")))
        with contextlib.suppress(ValueError):
            self.day_field.set_day(date.fromisoformat(str(body.get("day", ""))))

    def wipe(self) -> None:
        """Forget every answer and the note (before a lock closes it)."""
        for choice in self.choices:
            choice.group.setExclusive(False)
            for answer in choice.buttons:
                answer.setChecked(False)
            choice.group.setExclusive(True)
        clear_field(self.note)
        self.total.setText("")


# -- the section ----------------------------------------------------------------------------


class CapitalSection(NotebookPage):
    """The check-ins kept, newest first; the answers of the one selected; the total over time
    when the person asks for it; the gentle reminder's choice, and its quiet line when due."""

    PARTS = frozenset({Part.CHECK_INS})

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.dialog: CheckInDialog | None = None
        self._showing: int | None = None  # the check-in whose answers are shown

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(section_title(translate("vocabulary", TITLE)))
        layout.addWidget(muted(translate("capital_check_in", INTRO)))

        self.nudge_line = muted(translate("check_in_nudge", NUDGE_TEXT))  # marked where defined
        self.nudge_line.hide()
        layout.addWidget(self.nudge_line)
        start_row = QHBoxLayout()
        self.start_button = button(
            translate("capital_check_in", START),
            self.start_check_in,
            translate("vocabulary", CHECK_IN_INTRO),
        )
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        layout.addLayout(start_row)

        self.check_in_list = NotebookList(
            translate("capital_check_in", LIST_NAME), editable=False, movable=False
        )
        self.check_in_list.set_visible_rows(6)  # three check-ins, each on two lines
        self.check_in_list.delete_requested.connect(self.delete)
        self.check_in_list.currentRowChanged.connect(self._selection_changed)
        layout.addWidget(self.check_in_list)
        self.empty = EmptyState(
            translate("capital_check_in", "No check-ins yet"),
            translate("capital_check_in", EMPTY),
            small=True,
        )
        layout.addWidget(self.empty)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.delete_button = button(
            translate("capital_check_in", "Delete"),
            self._delete_selected,
            translate("capital_check_in", DELETE_TIP),
        )
        self.delete_button.setToolTip(translate("capital_check_in", DELETE_TIP))
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        layout.addWidget(self.message)

        self.answers_title = Disclosure(
            translate("capital_check_in", ANSWERS_TITLE), settings, ANSWERS_KEY
        )
        self.answers_title.setToolTip(translate("capital_check_in", ANSWERS_TIP))
        self.answers_title.setAccessibleDescription(translate("capital_check_in", ANSWERS_TIP))
        self.answers_title.toggled.connect(lambda _on: self._show_answers())
        layout.addWidget(self.answers_title, 0, Qt.AlignmentFlag.AlignLeft)
        self.answer_list = NotebookList(
            translate("capital_check_in", ANSWERS_NAME), editable=False, movable=False
        )
        self._fit_answer_list()
        layout.addWidget(self.answer_list)
        self.note_label = paragraph("")
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.note_label)
        layout.addWidget(muted(translate("coping_model", CHECK_IN_TOTAL_NOTE)))

        self.show_totals = QCheckBox(translate("capital_check_in", SHOW_TOTALS))
        shown = bool(settings.value(SETTINGS_KEY, False, type=bool)) if settings else False
        self.show_totals.setChecked(shown)
        self.show_totals.toggled.connect(self._totals_toggled)
        layout.addWidget(self.show_totals)
        self.totals = QTableWidget(0, 2)
        self.totals.setAccessibleName(translate("capital_check_in", TOTALS_NAME))
        self.totals.setHorizontalHeaderLabels(
            [translate("capital_check_in", "Day"), translate("capital_check_in", "Total")]
        )
        self.totals.verticalHeader().hide()
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.totals.setTabKeyNavigation(False)
        self.totals.setWordWrap(False)
        header = self.totals.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.totals.setMaximumWidth(ems(self.totals, 60))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.totals)
        self.totals_empty = muted(translate("capital_check_in", TOTALS_EMPTY))
        layout.addWidget(self.totals_empty)

        reminder_row = QHBoxLayout()
        self.reminder = QComboBox()
        for months in NUDGE_PERIODS:
            self.reminder.addItem(translate("check_in_nudge", NUDGE_TITLES[months]), months)
        self.reminder.setAccessibleName(translate("capital_check_in", REMINDER))
        self.reminder.setAccessibleDescription(translate("capital_check_in", REMINDER_HINT))
        self.reminder.setToolTip(translate("capital_check_in", REMINDER_HINT))
        self.reminder.currentIndexChanged.connect(self._reminder_chosen)
        reminder_row.addWidget(field_label(translate("capital_check_in", REMINDER), self.reminder))
        reminder_row.addWidget(self.reminder)
        reminder_row.addStretch(1)
        layout.addLayout(reminder_row)

        self.setFocusProxy(self.start_button)
        self._fill([])

    # -- the open journal ------------------------------------------------------------------

    def open(self, live: LiveJournal) -> None:
        self.listen(live)
        self.refresh()
        if self.check_in_list.count() and self.check_in_list.currentRow() < 0:
            self.check_in_list.setCurrentRow(0)
        if self._try(lambda: live.notebook.nudge_due()):
            self.nudge_line.show()
            self.do(live.core.note_check_in_nudge_shown)
        self.restore_draft()

    def close_journal(self) -> None:
        """On lock: let go of the journal and empty every widget that showed a check-in."""
        self.stop_listening()
        dialog = self.dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.wipe()
            dialog.reject()
        self.dialog = None
        self.nudge_line.hide()
        self._fill([])
        self._set_reminder(0)
        self.say("")

    def refresh(self) -> None:
        if self.live is None:
            return
        check_ins = self._try(self._notebook.check_ins)
        if check_ins is None:
            return
        self._fill(check_ins)
        months = self._notebook.nudge_months
        self._set_reminder(months)
        if months == 0:
            self.nudge_line.hide()

    def _fill(self, check_ins: list[CapitalCheckIn]) -> None:
        self._check_ins = {c.id: c for c in check_ins}
        if not check_ins:
            self.check_in_list.forget()
        else:
            self.check_in_list.fill([(c.id, date_words(c.day), total_words(c)) for c in check_ins])
        self.check_in_list.setVisible(bool(check_ins))
        self.empty.setVisible(not check_ins)
        self._show_answers()
        totals = totals_over_time(check_ins)
        self.totals.setRowCount(0)
        for row, (day, value) in enumerate(reversed(totals)):  # newest first, as the list
            self.totals.insertRow(row)
            self.totals.setItem(row, 0, QTableWidgetItem(date_words(day)))
            number = QTableWidgetItem(say_number(value))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.totals.setItem(row, 1, number)
        self._show_totals()

    def _show_totals(self) -> None:
        on = self.show_totals.isChecked()
        rows = self.totals.rowCount()
        self.totals.setVisible(on and rows > 0)
        self.totals_empty.setVisible(on and rows == 0)
        if rows:
            height = self.totals.horizontalHeader().sizeHint().height()
            height += sum(self.totals.rowHeight(r) for r in range(min(rows, 8)))
            self.totals.setFixedHeight(height + 2 * self.totals.frameWidth())

    def _totals_toggled(self, on: bool) -> None:
        if self.settings is not None:
            self.settings.setValue(SETTINGS_KEY, on)
        self._show_totals()

    def _selection_changed(self) -> None:
        self._show_answers()
        self.delete_button.setEnabled(self.check_in_list.currentRow() >= 0)

    def _show_answers(self) -> None:
        current = item_id(self.check_in_list.currentItem())
        check_in = self._check_ins.get(current) if current is not None else None
        self.delete_button.setEnabled(check_in is not None)
        opened = self.answers_title.isChecked()
        self.answers_title.setVisible(check_in is not None)
        self.answer_list.setVisible(check_in is not None and opened)
        if check_in is None:
            self._showing = None
            self.answers_title.setText(translate("capital_check_in", ANSWERS_TITLE))
            self.answer_list.forget()
            self.note_label.setText("")
            self.note_label.hide()
            return
        if self._showing != check_in.id:
            self.answer_list.forget()  # a new one starts at its first statement
        self._showing = check_in.id
        self.answers_title.setText(
            translate("capital_check_in", "{answers}, {day}").format(
                answers=translate("capital_check_in", ANSWERS_TITLE), day=date_words(check_in.day)
            )
        )
        self.answer_list.fill(
            [
                (n, statement, answer_words(answer))
                for n, (statement, answer) in enumerate(
                    zip(barc10.STATEMENTS, check_in.answers, strict=True)
                )
            ]
        )
        self.note_label.setText(
            translate("capital_check_in", NOTE_WORDS).format(note=check_in.note)
            if check_in.note
            else ""
        )
        self.note_label.setVisible(bool(check_in.note) and opened)

    def _fit_answer_list(self) -> None:
        """Tall enough for the ten answers, each a statement and its answer, on two lines."""
        view = self.answer_list
        lines = view.fontMetrics().lineSpacing()
        row = 2 * lines + 2 + 2 * RowDelegate.PAD_Y + 2 * view.spacing()
        view.setMinimumHeight(round((len(barc10.STATEMENTS) + 0.5) * row) + 2 * view.frameWidth())

    def _set_reminder(self, months: int) -> None:
        self.reminder.blockSignals(True)
        self.reminder.setCurrentIndex(max(self.reminder.findData(months), 0))
        self.reminder.blockSignals(False)

    # -- what the person does --------------------------------------------------------------

    def start_check_in(self) -> CheckInDialog | None:
        if self.live is None:
            return None
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = CheckInDialog(self.live, self.window())
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        self.open_window(dialog)
        return dialog

    def _saved(self, check_in_id: int) -> None:
        self.nudge_line.hide()
        self.check_in_list.select_id(check_in_id)
        self.check_in_list.setFocus()
        self.say(translate("capital_check_in", SAVED))

    def select(self, item_id: int) -> None:
        """Show and select check-in ``item_id`` (a search hit), its answers and note open under
        it (for now: the person's own choice to keep them closed stays as it was)."""
        self.refresh()
        self.answers_title.setChecked(True)
        self.check_in_list.select_id(item_id)
        if self.check_in_list.isVisible():
            self.check_in_list.setFocus()

    def _delete_selected(self) -> None:
        current = item_id(self.check_in_list.currentItem())
        if current is not None:
            self.delete(current)

    def delete(self, check_in_id: int) -> None:
        """Delete at once, no question asked: Undo brings it back."""
        if self.live is None:
            return
        if self._delete(check_in_id, self.live.core.delete_check_in) is not None:
            (self.check_in_list if self.check_in_list.count() else self.start_button).setFocus()

    def _reminder_chosen(self) -> None:
        if self.live is None:
            return
        months = self.reminder.currentData()
        core = self.live.core
        if self.do(lambda: core.set_check_in_nudge(int(months))) is not None:
            self.say(
                translate("capital_check_in", REMINDER_ON)
                if months
                else translate("capital_check_in", REMINDER_OFF)
            )

    # -- drafts: a check-in half done when the journal locks ---------------------------------

    def keep_draft(self) -> None:
        super().keep_draft()
        dialog = self.dialog
        if self.live is None or dialog is None or not shiboken6.isValid(dialog):
            return
        if dialog.isVisible() and (body := dialog.draft()) is not None:
            live = self.live
            self._try(lambda: live.apply(live.core.keep_draft(DRAFT_NAME, body)))

    def restore_draft(self) -> None:
        super().restore_draft()
        live = self.live
        if live is None:
            return
        body = self._try(lambda: live.drafts.get(DRAFT_NAME))
        if not body:
            return
        self._try(lambda: live.apply(live.core.drop_draft(DRAFT_NAME)))
        dialog = self.start_check_in()
        if dialog is not None:
            dialog.restore(dict(body))
