"""Picking up from here: after a hard moment, a few questions, one a step, every one skippable.

``PickingUpDialog`` asks what was going on, what the person felt (the HALT check), what they did
and what helped or might help next time; its last step offers to add what was learned to What
I know now, in their words, as a new version of a section. Nothing counts down, nothing resets,
no one is told. Stopping early (Stop here, Escape, closing the window) keeps what was written so
far, or nothing when nothing was; a lock closes it and saves nothing (the person didn't choose).

``PickingUpSection`` is the list of every set of notes, in the Check-ins tab: Change opens the
flow again on those notes, Delete removes them (Undo brings them back).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Part
from iop_companion.core.coping_model import (
    ADD_TO_WHAT_I_KNOW,
    HALT_PROMPT,
    HALT_TITLES,
    MAX_PICKING_UP_CHARS,
    PICKING_UP_INTRO,
    PICKING_UP_PROMPTS,
    PICKING_UP_TITLE,
    Halt,
    PickingUp,
    halt_in_order,
)
from iop_companion.core.notebook_model import SECTION_TITLES, NoteSection
from iop_companion.core.notebook_picking_up import LEARNED_SECTIONS
from iop_companion.core.words import cut_at_word
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, DayForm, say_day, translate
from iop_companion.ui.accessible import Message
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
from iop_companion.ui.theme import mark_primary
from iop_companion.ui.widgets import ems, field_label, heading, muted

TITLE = PICKING_UP_TITLE  # marked in coping_model: translated in that context where shown
# neutral: a title shows in task bars and window lists
WINDOW_TITLE = QT_TRANSLATE_NOOP("picking_up", "A few notes")
DRAFT_NAME = "picking_up"  # a flow half done when the journal locked
STOP_WORDS = QT_TRANSLATE_NOOP(
    "picking_up", "Stop here, or Escape, keeps what you've written so far."
)
SKIP_WORDS = QT_TRANSLATE_NOOP("picking_up", "Leave it empty to skip it.")
PRIVATE_WORDS = QT_TRANSLATE_NOOP(
    "picking_up", "This hard moment is private, so these notes are too: they stay out of exports."
)
ADD_CHOICE = QT_TRANSLATE_NOOP("picking_up", "Add this to What I know now")
SECTION_LABEL = QT_TRANSLATE_NOOP("picking_up", "Add it to")
WORDS_LABEL = QT_TRANSLATE_NOOP("picking_up", "In your words")
VERSION_WORDS = QT_TRANSLATE_NOOP(
    "picking_up",
    "It's saved as a new version of that part. What it said before stays in its history.",
)
KEPT = QT_TRANSLATE_NOOP("picking_up", "Your notes are kept. Undo (Ctrl+Z) takes them back.")
CHANGED_NOTES = QT_TRANSLATE_NOOP(
    "picking_up", "Your notes are changed. Undo (Ctrl+Z) puts them back."
)
ADDED = QT_TRANSLATE_NOOP("picking_up", "Added to What I know now, as a new version.")
ALREADY_THERE = QT_TRANSLATE_NOOP("picking_up", "Those words are in What I know now already.")
AS_THEY_WERE = QT_TRANSLATE_NOOP("picking_up", "Your notes are as they were.")
EMPTIED = QT_TRANSLATE_NOOP(
    "picking_up",
    "Your notes are as they were. To remove them, use Delete in the list of notes "
    "(Check-ins, Picking up from here).",
)
NOTHING_KEPT = QT_TRANSLATE_NOOP("picking_up", "Nothing was written, so nothing was kept.")
OFFER_WORDS = QT_TRANSLATE_NOOP(
    "picking_up",
    "If you want, a few short questions can help you pick up from here: what was going on, "
    "what you felt, what you did, what helped. Skip any, stop any time.",
)
OFFER_BUTTON = QT_TRANSLATE_NOOP("picking_up", "&Pick up from here")
NOT_NOW_BUTTON = QT_TRANSLATE_NOOP("picking_up", "Not &now")
CHANGE_NOTES_BUTTON = QT_TRANSLATE_NOOP("picking_up", "Picking up from &here\u2026")
TEXT_STEPS = ("going_on", "did", "helped")
STEP_COUNT = 5  # what was going on, what I felt, what I did, what helped, what I learned
FIRST_WORDS_CHARS = 80


def step_words(step: int) -> str:
    """E.g. "Step 2 of 5" (``step`` counts from 0)."""
    return translate("picking_up", "Step {step} of {count}").format(step=step + 1, count=STEP_COUNT)


def halt_title(halt: Halt) -> str:
    return translate("coping_model", HALT_TITLES[halt])  # marked where it is defined


def halt_words(ticked: tuple[Halt, ...]) -> str:
    """E.g. "Lonely, tired"."""
    words = ", ".join(halt_title(halt).lower() for halt in halt_in_order(ticked))
    return words[:1].upper() + words[1:]


def first_words(notes: PickingUp) -> str:
    """The start of the notes, for a list: the first answer there is, cut at a word."""
    text = next((t for t in (notes.going_on, notes.did, notes.helped) if t), halt_words(notes.halt))
    return cut_at_word(" ".join(text.split()), FIRST_WORDS_CHARS)


def about_words(notes: PickingUp) -> str:
    """The quieter line under a set of notes: its hard moment's day, and private if it is."""
    day = say_day(notes.day, DayForm.LONG)
    if notes.entry_id is not None:
        said = translate("picking_up", "After a hard moment on {day}.").format(day=day)
    else:
        said = translate(
            "picking_up", "Written on {day}. Its hard moment isn't in the journal now."
        ).format(day=day)
    if not notes.private:
        return said
    return translate("picking_up", "{about} Private, like its hard moment.").format(about=said)


@dataclass(frozen=True)
class Answers:
    going_on: str = ""
    halt: tuple[Halt, ...] = ()
    did: str = ""
    helped: str = ""

    @property
    def empty(self) -> bool:
        return not (self.going_on or self.halt or self.did or self.helped)


def learned_from(answers: Answers, section: NoteSection) -> str:
    """The words offered for ``section``, from the person's own answers: what was going on for
    their triggers, what helped for what works. Nothing is offered for what doesn't work: what
    someone did in a hard moment is theirs to call that, not the app's."""
    if section is NoteSection.TRIGGERS:
        felt = halt_words(answers.halt)
        feeling = translate("picking_up", "Feeling {feelings}").format(feelings=felt.lower())
        parts = [answers.going_on, feeling if felt else ""]
        return ". ".join(p.rstrip(".") for p in parts if p) + ("." if any(parts) else "")
    if section is NoteSection.WORKS:
        return answers.helped
    return ""


def labelled(label: str) -> str:
    """A label as it stands before its field, e.g. "Add it to:"."""
    return translate("picking_up", "{label}:", "a label before its field").format(label=label)


class PickingUpDialog(QDialog):
    """The flow, one question a step: Back, Next, Stop here. Done on the last step, Stop here
    and Escape all keep what is written (nothing, when nothing is)."""

    def __init__(
        self,
        live: LiveJournal,
        entry_id: int | None,
        parent: QWidget | None = None,
        *,
        notes: PickingUp | None = None,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.entry_id = entry_id
        if notes is None and entry_id is not None:
            notes = live.notebook.picking_up_for(entry_id)
        self.notes = notes
        self.outcome = ""  # what finishing did, in a sentence (also said in the status line)
        self.finished_by_person = False
        self.setWindowTitle(translate("picking_up", WINDOW_TITLE))
        self.setMinimumWidth(ems(self, 30))
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        outer.addWidget(heading(translate("coping_model", TITLE), 1.3))
        intro = translate("coping_model", PICKING_UP_INTRO)
        stop = translate("picking_up", STOP_WORDS)
        outer.addWidget(muted(f"{intro} {stop}"))  # two whole sentences, one after the other
        if self._private():
            outer.addWidget(muted(translate("picking_up", PRIVATE_WORDS)))
        # Seen here; heard as the description of each step's first field, once, with it (an
        # announcement as well made Orca read the whole window again at every step).
        self.step_label = muted()
        outer.addSpacing(4)
        outer.addWidget(self.step_label)

        self.steps = QStackedWidget()
        self.fields: dict[str, QLineEdit] = {}
        self.halt_boxes: dict[Halt, QCheckBox] = {}
        self.steps.addWidget(self._text_step("going_on"))
        self.steps.addWidget(self._halt_step())
        self.steps.addWidget(self._text_step("did"))
        self.steps.addWidget(self._text_step("helped"))
        self.steps.addWidget(self._learned_step())
        outer.addWidget(self.steps, 1)
        self.message = Message()
        outer.addWidget(self.message)

        row = QHBoxLayout()
        self.stop_button = button(
            translate("picking_up", "&Stop here"), self.finish, translate("picking_up", STOP_WORDS)
        )
        self.back_button = button(
            translate("picking_up", "&Back"),
            lambda: self.go(-1),
            translate("picking_up", "The step before"),
        )
        self.next_button = button(
            translate("picking_up", "&Next"),
            self.next_step,
            translate("picking_up", "The next step"),
        )
        row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        outer.addLayout(row)
        mark_primary(self.next_button)
        self.next_button.setDefault(True)  # Enter goes on, from a field or a tick box alike
        if notes is not None:
            self._fill(notes)
        self._show_step(0)

    # -- building ---------------------------------------------------------------------------

    def _page(self, prompt: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(prompt, 1.1))
        return page, column

    def _text_step(self, key: str) -> QWidget:
        prompt = translate("coping_model", PICKING_UP_PROMPTS[key])
        page, column = self._page(prompt)
        field = QLineEdit()
        field.setAccessibleName(prompt)
        field.setPlaceholderText(translate("picking_up", "A line is plenty"))
        field.setMaxLength(MAX_PICKING_UP_CHARS)
        self.fields[key] = field
        column.addWidget(field)
        column.addWidget(muted(translate("picking_up", SKIP_WORDS)))
        column.addStretch(1)
        return page

    def _halt_step(self) -> QWidget:
        page, column = self._page(translate("coping_model", PICKING_UP_PROMPTS["halt"]))
        column.addWidget(muted(translate("coping_model", HALT_PROMPT)))
        boxes = QHBoxLayout()
        for halt in Halt:
            box = QCheckBox(halt_title(halt))
            self.halt_boxes[halt] = box
            boxes.addWidget(box)
        boxes.addStretch(1)
        column.addLayout(boxes)
        column.addStretch(1)
        return page

    def _learned_step(self) -> QWidget:
        page, column = self._page(translate("coping_model", ADD_TO_WHAT_I_KNOW))
        # Unticked until the person ticks it: What I know now changes only by their choice.
        self.add_box = QCheckBox(translate("picking_up", ADD_CHOICE))
        column.addWidget(self.add_box)
        self.section = QComboBox()
        for section in LEARNED_SECTIONS:
            self.section.addItem(
                translate("notebook_model", SECTION_TITLES[section]), section.value
            )
        self.section.setAccessibleName(translate("picking_up", SECTION_LABEL))
        self.learned = QLineEdit()
        self.learned.setAccessibleName(translate("picking_up", WORDS_LABEL))
        self.learned.setMaxLength(MAX_PICKING_UP_CHARS)
        self.learned.setPlaceholderText(translate("picking_up", "What you learned, in a line"))
        form = QHBoxLayout()
        form.addWidget(field_label(labelled(translate("picking_up", SECTION_LABEL)), self.section))
        form.addWidget(self.section)
        form.addStretch(1)
        column.addLayout(form)
        column.addWidget(field_label(labelled(translate("picking_up", WORDS_LABEL)), self.learned))
        column.addWidget(self.learned)
        column.addWidget(muted(translate("picking_up", VERSION_WORDS)))
        column.addStretch(1)
        self._offered = ""  # the words last offered, while the person hasn't changed them
        self.section.currentIndexChanged.connect(lambda _index: self._offer_words())
        self.learned.textEdited.connect(lambda _text: self.add_box.setChecked(True))
        return page

    def _private(self) -> bool:
        if self.notes is not None:
            return self.notes.private
        if self.entry_id is None:
            return False
        try:
            return self.live.journal.get(self.entry_id).private
        except KnownError:
            return False

    def _fill(self, notes: PickingUp) -> None:
        for key in TEXT_STEPS:
            self.fields[key].setText(getattr(notes, key))
        for halt, box in self.halt_boxes.items():
            box.setChecked(halt in notes.halt)

    # -- moving through -----------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def answers(self) -> Answers:
        return Answers(
            going_on=self.fields["going_on"].text().strip(),
            halt=tuple(h for h, box in self.halt_boxes.items() if box.isChecked()),
            did=self.fields["did"].text().strip(),
            helped=self.fields["helped"].text().strip(),
        )

    def go(self, step: int) -> None:
        self._show_step(self.step + step)

    def next_step(self) -> None:
        if self.step == STEP_COUNT - 1:
            self.finish()
        else:
            self.go(1)

    def _show_step(self, step: int) -> None:
        step = max(0, min(step, STEP_COUNT - 1))
        self.steps.setCurrentIndex(step)
        last = step == STEP_COUNT - 1
        self.back_button.setEnabled(step > 0)
        self.next_button.setText(
            translate("picking_up", "&Done") if last else translate("picking_up", "&Next")
        )
        self.next_button.setAccessibleDescription(
            translate("picking_up", "Keep what you've written")
            if last
            else translate("picking_up", "The next step")
        )
        if last:
            self._choose_section()
        self.message.say("")
        self.step_label.setText(step_words(step))
        first = self._first_field(step)
        first.setAccessibleDescription(step_words(step))
        first.setFocus()

    def _first_field(self, step: int) -> QWidget:
        if step == 1:
            return self.halt_boxes[Halt.HUNGRY]
        if step == STEP_COUNT - 1:
            return self.add_box
        return self.fields[{0: "going_on", 2: "did", 3: "helped"}[step]]

    def _choose_section(self) -> None:
        """On reaching the last step: the part the answers speak to, and their words."""
        if self._offered != self.learned.text():
            return  # the person's own words by now: left as they are
        answers = self.answers()
        wanted = NoteSection.WORKS if answers.helped or not answers.going_on else None
        wanted = wanted or NoteSection.TRIGGERS
        index = self.section.findData(wanted.value)
        if index != self.section.currentIndex():
            self.section.setCurrentIndex(index)  # offers its words
        else:
            self._offer_words()

    def _offer_words(self) -> None:
        if self._offered != self.learned.text():
            return
        section = NoteSection(self.section.currentData())
        self._offered = learned_from(self.answers(), section)
        self.learned.setText(self._offered)

    # -- what a lock keeps ---------------------------------------------------------------------

    def draft(self) -> dict[str, Any] | None:
        """What is written and ticked here, and the step, if anything is (else None)."""
        answers = self.answers()
        if answers.empty and not self.learned.text().strip() and self.notes is None:
            return None
        return {
            "entry_id": self.entry_id,
            "notes_id": self.notes.id if self.notes is not None else None,
            "fields": {key: self.fields[key].text() for key in TEXT_STEPS},
            "halt": [halt.value for halt in answers.halt],
            "add": self.add_box.isChecked(),
            "section": self.section.currentData(),
            "learned": self.learned.text(),
            "step": self.step,
        }

    def restore(self, body: dict[str, Any]) -> None:
        """Put back what ``draft`` kept, at the step it was at."""
        fields = body.get("fields")
        if isinstance(fields, dict):
            for key in TEXT_STEPS:
                self.fields[key].setText(str(fields.get(key, "")))
        halt = body.get("halt")
        if isinstance(halt, list):
            for value, box in self.halt_boxes.items():
                box.setChecked(value.value in halt)
        index = self.section.findData(body.get("section"))
        if index >= 0:
            self.section.setCurrentIndex(index)
        self.learned.setText(str(body.get("learned", "")))
        self._offered = "" if self.learned.text() else self._offered
        self.add_box.setChecked(body.get("add") is True)
        step = body.get("step")
        self._show_step(step if isinstance(step, int) else 0)

    # -- keeping ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.finish()  # as Stop here: what's written is kept
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self.finished_by_person:
            self.finish()  # the window's close button, as Stop here
        super().closeEvent(event)

    def finish(self) -> None:
        """Keep what is written and close; what the person ticked on the last step is added to
        What I know now. Nothing written: nothing kept. A problem keeps the dialog open."""
        try:
            said = [self._keep_notes(), self._keep_learned()]
        except KnownError as error:
            self.message.say(error.sentence)
            return
        self.outcome = " ".join(s for s in said if s) or translate("picking_up", NOTHING_KEPT)
        self.finished_by_person = True
        self.live.notice.emit(self.outcome)
        self.accept()

    def _keep_notes(self) -> str:
        answers, core = self.answers(), self.live.core
        going_on, halt, did, helped = answers.going_on, answers.halt, answers.did, answers.helped
        if self.notes is not None:
            before = self.notes
            same = (before.going_on, before.halt, before.did, before.helped)
            if answers.empty:
                # they stay: Delete, in the list of notes, removes them
                return translate("picking_up", EMPTIED)
            if same == (going_on, halt, did, helped):
                return translate("picking_up", AS_THEY_WERE)
            self.notes = self.live.apply(
                core.edit_picking_up(
                    before.id, going_on=going_on, halt=halt, did=did, helped=helped
                )
            )
            return translate("picking_up", CHANGED_NOTES)
        if answers.empty or self.entry_id is None:
            return ""
        self.notes = self.live.apply(
            core.record_picking_up(
                self.entry_id, going_on=going_on, halt=halt, did=did, helped=helped
            )
        )
        return translate("picking_up", KEPT)

    def _keep_learned(self) -> str:
        words = self.learned.text().strip()
        if not (self.add_box.isChecked() and words):
            return ""
        section = NoteSection(self.section.currentData())
        added = self.live.apply(self.live.core.add_to_what_i_know_now(section, words))
        return (
            translate("picking_up", ADDED)
            if added is not None
            else translate("picking_up", ALREADY_THERE)
        )


# -- the list of notes, in the Check-ins tab ------------------------------------------------------

INTRO = QT_TRANSLATE_NOOP(
    "picking_up", "What you noted after a hard moment, newest first. Change them any time."
)
EMPTY = QT_TRANSLATE_NOOP(
    "picking_up",
    "Nothing here yet. After you write down a hard moment, you can note what was going on "
    "and what helped, if you want to.",
)
HINT = QT_TRANSLATE_NOOP(
    "picking_up",
    "Enter or Change opens the notes again. Delete removes them, and Undo brings them back.",
)
LIST_NAME = QT_TRANSLATE_NOOP("picking_up", "Notes after a hard moment")


class PickingUpSection(NotebookPage):
    """Every set of notes, newest first: the first words, and the hard moment's day."""

    PARTS = frozenset({Part.PICKING_UP, Part.ENTRIES})  # a hard moment's day or privacy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(translate("coping_model", TITLE)))
        layout.addWidget(muted(translate("picking_up", INTRO)))
        self.notes_list = NotebookList(
            translate("picking_up", LIST_NAME), editable=False, movable=False
        )
        self.notes_list.set_visible_rows(3)
        self.notes_list.delete_requested.connect(self.delete)
        self.notes_list.itemActivated.connect(self._activated)
        self.notes_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.notes_list, 1)
        self.empty = EmptyState(
            translate("picking_up", "No notes yet"), translate("picking_up", EMPTY), small=True
        )
        layout.addWidget(self.empty)
        actions = QHBoxLayout()
        self.change_button = button(
            translate("picking_up", "Change"),
            self.change_selected,
            translate("picking_up", "Change the selected notes"),
        )
        self.delete_button = button(
            translate("picking_up", "Delete"),
            self._delete_selected,
            translate("picking_up", "Delete the selected notes"),
        )
        self.delete_button.setToolTip(
            translate("picking_up", "Delete the selected notes (Delete). Undo brings them back.")
        )
        actions.addWidget(self.change_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.hint = muted(translate("picking_up", HINT))
        layout.addWidget(self.hint)
        self.flow: PickingUpDialog | None = None  # the notes open for a change, if any
        self.setFocusProxy(self.notes_list)
        self._show_list(0)

    # -- the open journal ------------------------------------------------------------------

    def open(self, live: LiveJournal) -> None:
        self.listen(live)
        self.refresh()
        self.restore_draft()

    def close_journal(self) -> None:
        """On lock: let go of the journal, and of every word shown (an open flow closes, saving
        nothing: the lock chose that, not the person)."""
        self.stop_listening()
        if self.flow is not None and shiboken6.isValid(self.flow):
            for field in self.flow.findChildren(QLineEdit):
                clear_field(field)
            self.flow.reject()
            self.flow = None
        self.notes_list.forget()
        self.say("")
        self._show_list(0)

    def refresh(self) -> None:
        if self.live is None:
            return
        found = self._notebook.picking_up_list()
        self.notes_list.fill([(n.id, first_words(n), about_words(n)) for n in found])
        self._show_list(len(found))

    def select(self, item_id: int) -> None:
        """Show and select one set of notes (a search found it)."""
        self.notes_list.select_id(item_id)
        self.notes_list.setFocus()

    def _show_list(self, count: int) -> None:
        self.notes_list.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        self.hint.setVisible(count > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.notes_list.currentRow() >= 0 and self.notes_list.count() > 0
        self.change_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- what the person does --------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        wanted = item_id(item)
        if wanted is not None:
            self.change(wanted)

    def change_selected(self) -> None:
        wanted = item_id(self.notes_list.currentItem())
        if wanted is not None:
            self.change(wanted)

    def change(self, wanted: int) -> PickingUpDialog | None:
        """Open the flow again on these notes."""
        if self.live is None:
            return None
        notebook = self._notebook
        notes = self._try(lambda: notebook.picking_up(wanted))
        if notes is None:
            return None
        return self.open_flow(notes.entry_id, notes)

    def open_flow(self, entry_id: int | None, notes: PickingUp | None = None) -> PickingUpDialog:
        """The flow for the hard moment ``entry_id`` (its notes, if it has some), held here
        while open, so a lock keeps what is written in it as a draft."""
        assert self.live is not None
        if self.flow is not None and shiboken6.isValid(self.flow):
            self.flow.reject()  # one flow at a time
        flow = PickingUpDialog(self.live, entry_id, self.window(), notes=notes)
        flow.finished.connect(lambda _result: self._flow_closed(flow))
        self.flow = flow
        self.open_window(flow)
        return flow

    # -- drafts: a flow half done when the journal locks ------------------------------------

    def keep_draft(self) -> None:
        super().keep_draft()
        flow, live = self.flow, self.live
        if live is None or flow is None or not shiboken6.isValid(flow) or not flow.isVisible():
            return
        if (body := flow.draft()) is not None:
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
        notebook, journal = self._notebook, live.journal
        notes_id, entry_id = body.get("notes_id"), body.get("entry_id")
        try:  # the notes being changed, or the hard moment new notes are for
            notes = notebook.picking_up(notes_id) if isinstance(notes_id, int) else None
            if notes is None and isinstance(entry_id, int):
                journal.get(entry_id)
                notes = notebook.picking_up_for(entry_id)
            elif notes is None:
                return
        except KnownError:
            return  # deleted meanwhile: nothing left to write about
        self.open_flow(notes.entry_id if notes else entry_id, notes).restore(dict(body))

    def _flow_closed(self, flow: PickingUpDialog) -> None:
        if self.flow is flow:
            self.flow = None
        if self.live is not None:  # what the flow did is said once, in the status line
            self.notes_list.setFocus()

    def _delete_selected(self) -> None:
        wanted = item_id(self.notes_list.currentItem())
        if wanted is not None:
            self.delete(wanted)

    def delete(self, wanted: int) -> None:
        """Delete at once, no question asked: Undo brings them back; the hard moment stays."""
        if self.live is None:
            return
        if self._delete(wanted, self.live.core.delete_picking_up) is not None:
            self.notes_list.setFocus()
