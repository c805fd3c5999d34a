"""My plan for hard times: the window to write and change it, and the copy for the unlock screen.

``PlanDialog`` holds the plan's five parts, the people with their numbers, the program's number
(the one in the person's own details: one copy, the same Preferences changes) and the choice to
keep a copy on the unlock screen, with its plain warning beside it. Save keeps a new version
(the one before stays in the history, and Undo takes the new one back); Cancel keeps nothing.
"Save as a PDF wallet card…" saves the plan as it is on screen as a PDF, owner-only.

``UnlockCopy`` keeps the unlock screen's copy (``core/unlock_copy``) in step with the
open journal. The words are the app's own, never those of a published form.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Changes, Part
from iop_companion.core.coping_model import (
    MAX_CONTACT_NAME_CHARS,
    MAX_CONTACT_NUMBER_CHARS,
    MAX_PLAN_PEOPLE,
    PLAN_TITLE,
    PLAN_TITLES,
    UNLOCK_SCREEN_CHOICE,
    UNLOCK_SCREEN_WARNING,
    Contact,
    HardTimesPlan,
)
from iop_companion.core.notebook_hard_times import plan_part, plan_people
from iop_companion.core.own_details import MAX_PHONE_CHARS
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import RESTORED_WORDS
from iop_companion.ui.recent_files import ask_save_path
from iop_companion.ui.widgets import (
    SPACE,
    ems,
    fit_to_screen,
    heading,
    muted,
    scrolling,
    tab_as_shown,
)

TEXT_PARTS = ("signs", "on_my_own", "places", "remember")
INTRO = QT_TRANSLATE_NOOP(
    "hard_times_plan",
    "A plan for when things get hard, in your own words. Write as much or as little as you "
    "like: every part is optional. Each time you save, the plan before is kept too.",
)
HINTS = {
    "signs": QT_TRANSLATE_NOOP(
        "hard_times_plan", "What you notice first: a feeling, a thought, a place, a time of day."
    ),
    "on_my_own": QT_TRANSLATE_NOOP(
        "hard_times_plan", "Things that help you get through it, even a little."
    ),
    "places": QT_TRANSLATE_NOOP(
        "hard_times_plan", "Somewhere you feel steadier: a meeting, a library, a friend's kitchen."
    ),
    "remember": QT_TRANSLATE_NOOP("hard_times_plan", "Words for yourself, for when it's hard."),
}
hard_times_plan = Context("hard_times_plan")  # counted words


def key_letter(key: str) -> str:
    """The key each field's label offers (Alt+letter), placed at that letter's first place in
    the title as translated (a translator picks a letter of their title)."""
    letters = {
        "signs": translate("hard_times_plan", "w", "Alt+letter of: What tells me a hard time…"),
        "on_my_own": translate("hard_times_plan", "d", "Alt+letter of: What I can do on my own"),
        "people": translate("hard_times_plan", "t", "Alt+letter of: People I can call or text"),
        "places": translate("hard_times_plan", "l", "Alt+letter of: Places that help"),
        "remember": translate("hard_times_plan", "m", "Alt+letter of: What I want to remember"),
        "program": translate("hard_times_plan", "g", "Alt+letter of: My program's number"),
    }
    return letters[key]


def plan_title(key: str) -> str:
    return translate("coping_model", PLAN_TITLES[key])  # marked where it is defined


PEOPLE_HINT = QT_TRANSLATE_NOOP(
    "hard_times_plan", "A name and a number for each, or just one of them."
)

PROGRAM_NOTE = QT_TRANSLATE_NOOP(
    "hard_times_plan",
    "The same number Help now shows, and the one in Preferences: change it here and it "
    "changes there too.",
)
COPY_OFF = QT_TRANSLATE_NOOP("hard_times_plan", "Turn this off and the copy is removed at once.")
SAVED = QT_TRANSLATE_NOOP("hard_times_plan", "Your plan is saved. The plan before it is kept too.")
SAVED_FIRST = QT_TRANSLATE_NOOP(
    "hard_times_plan", "Your plan is saved. It's at the top of Help now (F1)."
)
SAVED_OTHER = QT_TRANSLATE_NOOP("hard_times_plan", "Saved.")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("hard_times_plan", "Nothing changed, so nothing new was saved.")
# to print, cut out and fold
CARD_BUTTON = QT_TRANSLATE_NOOP("hard_times_plan", "Save as a &PDF wallet card…")
# neutral: a title shows in task bars and window lists
WINDOW_TITLE = QT_TRANSLATE_NOOP("hard_times_plan", "My plan")
DRAFT_NAME = "hard_times_plan"  # what was written here when the journal locked
CARD_CAPTION = QT_TRANSLATE_NOOP("hard_times_plan", "Save the wallet card")
CARD_SAVED = QT_TRANSLATE_NOOP(
    "hard_times_plan",
    "Saved as {name}. Only you can open the file on this computer. Print it at its actual "
    "size (100%), not fitted to the page, so each card is wallet-sized.",
)


def with_key(title: str, letter: str) -> str:
    """``title`` with ``&`` before the first ``letter`` (either case), for Alt+letter."""
    at = title.lower().find(letter)
    return title if at < 0 else f"{title[:at]}&{title[at:]}"


def copy_note() -> str:
    """The unlock screen's warning, then how to undo the choice: two whole sentences."""
    warning = translate("coping_model", UNLOCK_SCREEN_WARNING)
    turn_off = translate("hard_times_plan", COPY_OFF)
    return f"{warning} {turn_off}"


def people_full() -> str:
    return hard_times_plan.tr("The plan holds up to %n people.", None, MAX_PLAN_PEOPLE)


class PersonRow(QWidget):
    """One person the plan names: a name, a number, and a button to take them off."""

    def __init__(self, person: Contact, remove: Callable[[PersonRow], None]) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(person.name)
        self.name.setPlaceholderText(translate("hard_times_plan", "Name"))
        self.name.setMaxLength(MAX_CONTACT_NAME_CHARS)
        self.number = QLineEdit(person.number)
        self.number.setPlaceholderText(translate("hard_times_plan", "Number"))
        self.number.setMaxLength(MAX_CONTACT_NUMBER_CHARS)
        self.remove_button = QPushButton(translate("hard_times_plan", "Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda _checked=False: remove(self))
        row.addWidget(self.name, 3)
        row.addWidget(self.number, 2)
        row.addWidget(self.remove_button)

    def number_as(self, place: int) -> None:
        """Name the fields for a screen reader by the row's place ("person 2")."""
        self.name.setAccessibleName(
            translate("hard_times_plan", "Name of person {place}").format(place=place)
        )
        self.number.setAccessibleName(
            translate("hard_times_plan", "Number of person {place}").format(place=place)
        )
        self.remove_button.setAccessibleName(
            translate("hard_times_plan", "Remove person {place}").format(place=place)
        )

    @property
    def person(self) -> Contact:
        return Contact(self.name.text(), self.number.text())


class PlanDialog(QDialog):
    """Write or change the plan. ``saved`` says, in a sentence, what Save did."""

    saved = Signal(str)

    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.draft_kept = False
        self.run_file_dialog: Callable[[QFileDialog], int] = QFileDialog.exec  # tests: no wait
        self.setWindowTitle(translate("hard_times_plan", WINDOW_TITLE))
        self.setMinimumWidth(ems(self, 72))
        plan = live.notebook.hard_times_plan()
        self._had_plan = plan is not None
        self._phone = live.own.program_phone
        self._on_unlock_screen = live.notebook.plan_on_unlock_screen

        outer = QVBoxLayout(self)
        outer.setContentsMargins(SPACE * 3, SPACE * 5 // 2, SPACE * 3, SPACE * 2)
        body = scrolling(outer)
        body.setSpacing(SPACE)
        body.addWidget(heading(translate("coping_model", PLAN_TITLE), 1.3))
        body.addWidget(muted(translate("hard_times_plan", INTRO)))
        self.parts: dict[str, QPlainTextEdit] = {}
        for key in ("signs", "on_my_own"):
            self._add_part(body, key, getattr(plan, key, ""))
        self._add_people(body, plan.people if plan is not None else ())
        for key in ("places", "remember"):
            self._add_part(body, key, getattr(plan, key, ""))
        self._add_program(body)
        self._add_copy_choice(body)
        body.addStretch(1)

        self.message = Message()
        outer.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.card_button = QPushButton(translate("hard_times_plan", CARD_BUTTON))
        self.card_button.setAccessibleDescription(
            translate(
                "hard_times_plan",
                "Saves your plan, as it is here, as a PDF of small cards to cut out and fold.",
            )
        )
        self.card_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.card_button.clicked.connect(self.print_card)
        row = QHBoxLayout()  # the card on its own at the left; Save and Cancel where usual
        row.addWidget(self.card_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        outer.addLayout(row)
        tab_as_shown(self.buttons)
        self.parts["signs"].setFocus()

    # -- building ---------------------------------------------------------------------------

    def _label(self, key: str, field: QWidget) -> QLabel:
        label = heading(with_key(plan_title(key), key_letter(key)), 1.05)
        label.setTextFormat(label.textFormat().PlainText)
        label.setBuddy(field)
        return label

    def _add_part(self, body: QVBoxLayout, key: str, text: str) -> None:
        editor = QPlainTextEdit(text)
        editor.setTabChangesFocus(True)  # Tab moves on; Enter starts a new line
        editor.setAccessibleName(plan_title(key))
        editor.setAccessibleDescription(translate("hard_times_plan", HINTS[key]))
        editor.setPlaceholderText(translate("hard_times_plan", HINTS[key]))
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + SPACE * 2)
        self.parts[key] = editor
        body.addSpacing(SPACE // 2)
        body.addWidget(self._label(key, editor))
        body.addWidget(editor)

    def _add_people(self, body: QVBoxLayout, people: tuple[Contact, ...]) -> None:
        self.rows: list[PersonRow] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(SPACE // 2)
        self.add_button = QPushButton(translate("hard_times_plan", "&Add a person"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda _checked=False: self.add_person())
        self.people_note = muted(translate("hard_times_plan", PEOPLE_HINT))
        body.addSpacing(SPACE // 2)
        body.addWidget(self._label("people", self.add_button))
        body.addWidget(self.people_note)
        body.addLayout(self.rows_box)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        body.addLayout(row)
        for person in people or (Contact(),):
            self.add_person(person, focus=False)

    def _add_program(self, body: QVBoxLayout) -> None:
        self.program_phone = QLineEdit(self._phone)
        self.program_phone.setAccessibleName(plan_title("program"))
        self.program_phone.setAccessibleDescription(translate("hard_times_plan", PROGRAM_NOTE))
        self.program_phone.setPlaceholderText(
            translate("hard_times_plan", "For example: my program, 555-0142")
        )
        self.program_phone.setMaxLength(MAX_PHONE_CHARS)
        body.addSpacing(SPACE // 2)
        body.addWidget(self._label("program", self.program_phone))
        body.addWidget(self.program_phone)
        body.addWidget(muted(translate("hard_times_plan", PROGRAM_NOTE)))

    def _add_copy_choice(self, body: QVBoxLayout) -> None:
        choice = translate("coping_model", UNLOCK_SCREEN_CHOICE)
        letter = translate(
            "hard_times_plan", "u", "Alt+letter of: Also show my plan on the unlock…"
        )
        self.on_unlock_screen = QCheckBox(with_key(choice, letter))
        self.on_unlock_screen.setChecked(self._on_unlock_screen)
        self.on_unlock_screen.setAccessibleDescription(copy_note())
        self.copy_note = QLabel(copy_note())
        self.copy_note.setWordWrap(True)
        self.copy_note.setTextFormat(self.copy_note.textFormat().PlainText)
        style, metric = self.on_unlock_screen.style(), QStyle.PixelMetric
        beside = style.pixelMetric(metric.PM_IndicatorWidth) + style.pixelMetric(
            metric.PM_CheckBoxLabelSpacing
        )
        self.copy_note.setContentsMargins(beside, 0, 0, 0)  # under the choice's words
        body.addSpacing(SPACE)
        body.addWidget(self.on_unlock_screen)
        body.addWidget(self.copy_note)

    # -- the people -------------------------------------------------------------------------

    def add_person(self, person: Contact | None = None, *, focus: bool = True) -> None:
        if len(self.rows) >= MAX_PLAN_PEOPLE:
            return
        row = PersonRow(person or Contact(), self.remove_person)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self._people_changed()
        if focus:
            row.name.setFocus()

    def remove_person(self, row: PersonRow) -> None:
        at = self.rows.index(row)
        self.rows.remove(row)
        row.name.setText("")  # nothing typed outlives the row
        row.number.setText("")
        row.hide()
        row.deleteLater()
        self._people_changed()
        if self.rows:
            self.rows[min(at, len(self.rows) - 1)].name.setFocus()
        else:
            self.add_button.setFocus()

    def _people_changed(self) -> None:
        for place, row in enumerate(self.rows, 1):
            row.number_as(place)
        previous: QWidget = self.parts["on_my_own"]
        for row in self.rows:  # Tab goes through the rows in the order they are shown
            for field in (row.name, row.number, row.remove_button):
                QWidget.setTabOrder(previous, field)
                previous = field
        QWidget.setTabOrder(previous, self.add_button)
        full = len(self.rows) >= MAX_PLAN_PEOPLE
        self.add_button.setEnabled(not full)
        self.people_note.setText(
            people_full() if full else translate("hard_times_plan", PEOPLE_HINT)
        )

    @property
    def people(self) -> list[Contact]:
        return [row.person for row in self.rows]

    # -- what a lock keeps ------------------------------------------------------------------

    def draft(self) -> dict[str, Any] | None:
        """What is written here, if it differs from what is saved (else None)."""
        saved = self.live.notebook.hard_times_plan()
        try:
            typed = self.plan_as_typed()
            same = (
                saved is not None
                and all(getattr(typed, key) == getattr(saved, key) for key in self.parts)
                and typed.people == saved.people
            ) or (saved is None and typed.is_empty)
        except KnownError:  # too long to save as it is: all the more worth keeping
            same = False
        if (
            same
            and " ".join(self.program_phone.text().split()) == self._phone
            and self.on_unlock_screen.isChecked() == self._on_unlock_screen
        ):
            return None
        texts = self._texts()
        people = [[p.name, p.number] for p in self.people if p.name.strip() or p.number.strip()]
        return {
            "parts": texts,
            "people": people,
            "program_phone": self.program_phone.text(),
            "on_unlock_screen": self.on_unlock_screen.isChecked(),
        }

    def keep_draft(self) -> None:
        """Before a lock: keep what's written, encrypted in the vault, for the next unlock."""
        if (body := self.draft()) is not None:
            self.live.apply(self.live.core.keep_draft(DRAFT_NAME, body))
            self.draft_kept = True

    def restore_draft(self, body: dict[str, Any]) -> None:
        """Fill the window from ``draft`` (it isn't saved until Save) and say so."""
        parts = body.get("parts")
        if isinstance(parts, dict):
            for key, editor in self.parts.items():
                editor.setPlainText(str(parts.get(key, "")))
        people = body.get("people")
        if isinstance(people, list):
            for row in list(self.rows):
                self.remove_person(row)
            for person in people:
                if isinstance(person, list) and len(person) == 2:
                    self.add_person(Contact(str(person[0]), str(person[1])), focus=False)
            if not self.rows:
                self.add_person(focus=False)
        self.program_phone.setText(str(body.get("program_phone", self._phone)))
        self.on_unlock_screen.setChecked(body.get("on_unlock_screen") is True)
        self.say(translate("notebook_widgets", RESTORED_WORDS))
        self.parts["signs"].setFocus()

    def done(self, result: int) -> None:
        # Saved or closed by the person: a draft from a lock has done its job. Closed by a
        # lock: it stays.
        if self.isVisible() and not self.draft_kept:
            with contextlib.suppress(KnownError):
                self.live.apply(self.live.core.drop_draft(DRAFT_NAME))
        super().done(result)

    # -- saving -----------------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        return {key: editor.toPlainText() for key, editor in self.parts.items()}

    def save(self) -> None:
        """Keep a new version, the number and the choice, through the core as one step (so
        Help now, the unlock screen's copy and Undo all hear of it)."""
        live, core = self.live, self.live.core
        phone, on = self.program_phone.text(), self.on_unlock_screen.isChecked()
        other_change = " ".join(phone.split()) != self._phone or on != self._on_unlock_screen
        try:
            version = live.apply(
                core.save_plan_window(
                    **self._texts(), people=self.people, program_phone=phone, on_unlock_screen=on
                )
            )
        except KnownError as error:
            self.say(error.sentence)
            return
        if version is not None:
            words = (
                translate("hard_times_plan", SAVED)
                if self._had_plan
                else translate("hard_times_plan", SAVED_FIRST)
            )
        else:
            words = (
                translate("hard_times_plan", SAVED_OTHER)
                if other_change
                else translate("hard_times_plan", NOTHING_CHANGED)
            )
        self.saved.emit(words)
        self.accept()

    def say(self, sentence: str) -> None:
        self.message.say(sentence)
        if self.isVisible():
            fit_to_screen(self)

    # -- the wallet card --------------------------------------------------------------------

    def plan_as_typed(self) -> HardTimesPlan:
        """The plan as it is on screen, saved or not, checked as Save would check it."""
        texts = {key: plan_part(text) for key, text in self._texts().items()}
        return HardTimesPlan(
            id=0, saved_at=datetime.now(UTC), people=plan_people(self.people), **texts
        )

    def print_card(self) -> Path | None:
        """Ask where, then save the card there (owner-only). The path saved to, if any."""
        from iop_companion.export.files import check_save_path, with_ending
        from iop_companion.export.pdf import forget, save
        from iop_companion.export.wallet_card import WalletCard, default_file_name
        from iop_companion.ui.share_dialog import busy

        folder = self.live.folder
        try:
            card = WalletCard(self.plan_as_typed(), " ".join(self.program_phone.text().split()))
            start = Path.home() / default_file_name(self.live.journal.today)
            path, _ = ask_save_path(
                self,
                translate("hard_times_plan", CARD_CAPTION),
                start,
                translate("hard_times_plan", "PDF (*.pdf)"),
                journal=folder,
                run=self.run_file_dialog,
                suffix="pdf",
            )
            if path is None:
                return None
            with busy():
                saved = save(card.pdf_bytes(), check_save_path(with_ending(path, "pdf"), folder))
        except KnownError as error:
            self.say(error.sentence)
            return None
        finally:
            forget()  # the compiler holds the card's words: let them go
        self.say(translate("hard_times_plan", CARD_SAVED).format(name=saved.name))
        return saved


class UnlockCopy(QObject):
    """Keeps the unlock screen's copy of the plan in step with the open journal: written when
    it opens (a change made elsewhere is caught up), then after every change to the plan, the
    choice or the program's number; removed as soon as the choice is off or there is nothing
    to show. ``problem`` is the sentence of the last disk problem ("" when the copy is as it
    should be), ``said`` at once."""

    def __init__(self, live: LiveJournal, said: Callable[[str], None]) -> None:
        super().__init__(live)
        self.live, self.said = live, said
        self.problem = ""
        live.changed.connect(self._heard)
        self.keep()

    def _heard(self, changes: Changes) -> None:
        if changes.reload or changes.touches(Part.HARD_TIMES_PLAN, Part.OWN_DETAILS):
            self.keep()

    def keep(self) -> None:
        try:
            self.live.core.keep_unlock_copy()
        except KnownError as error:
            self.problem = error.sentence
            self.said(self.problem)
        else:
            self.problem = ""
