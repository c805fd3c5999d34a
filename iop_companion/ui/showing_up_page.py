"""Showing up: today's sessions from the weekly plan, recording a session, and the plan itself.

Being there (late or leaving early too) logs a win in "Showing up"; Undo takes that win back and
keeps the session. A session the person didn't make is recorded without a word of judgement and
changes nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Done, Part
from iop_companion.core.notebook_model import (
    ATTENDANCE_TITLES,
    MAX_PLAN_NOTE_CHARS,
    MAX_SESSION_NOTE_CHARS,
    SESSION_KIND_TITLES,
    Attendance,
    DueSession,
    PlanItem,
    RecordedSession,
    SessionKind,
    SessionRecord,
)
from iop_companion.core.words import date_words
from iop_companion.i18n import (
    QT_TRANSLATE_NOOP,
    Context,
    DayForm,
    say_day,
    say_weekday,
    translate,
)
from iop_companion.ui.day_field import DayEdit
from iop_companion.ui.empty_state import EmptyState
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.notebook_widgets import NotebookPage, keep_field_draft
from iop_companion.ui.widgets import (
    ScaledText,
    day_of,
    field_label,
    heading,
    muted,
    qdate,
    time_words,
)

INTRO = QT_TRANSLATE_NOOP(
    "showing_up_page",
    "Every session you get to counts, late or leaving early too. "
    "One you didn't make takes nothing away.",
)
NOTHING_TODAY = QT_TRANSLATE_NOOP("showing_up_page", "Nothing from your week's plan today.")
NO_SESSIONS = QT_TRANSLATE_NOOP(
    "showing_up_page", "No sessions recorded yet. Coming to one session counts."
)
NO_PLAN = QT_TRANSLATE_NOOP(
    "showing_up_page", "Add the sessions you usually have, and today's show up here for one click."
)
NOTHING_COUNTED_YET = QT_TRANSLATE_NOOP(
    "showing_up_page", "You don't need to be sure. You just need to show up."
)
RECENT_SESSIONS = 60
ITEM_ROLE = Qt.ItemDataRole.UserRole
showing_up_page = Context("showing_up_page")  # counted words


def kind_title(kind: SessionKind) -> str:
    return translate("notebook_model", SESSION_KIND_TITLES[kind])  # marked where it is defined


def attendance_title(attendance: Attendance) -> str:
    return translate("notebook_model", ATTENDANCE_TITLES[attendance])  # marked where defined


def session_title(record: SessionRecord) -> str:
    """E.g. "Group, March 3, 2026"."""
    return translate("showing_up_page", "{kind}, {day}").format(
        kind=kind_title(record.kind), day=date_words(record.day)
    )


def plan_title(item: PlanItem) -> str:
    """The person's label, or e.g. "Group on Tuesdays"."""
    if item.note:
        return item.note
    return translate("showing_up_page", "{kind} on {weekday}s", "e.g. Group on Tuesdays").format(
        kind=kind_title(item.kind), weekday=say_weekday(item.weekday)
    )


def session_line(record: SessionRecord) -> str:
    title, went = session_title(record), attendance_title(record.attendance)
    if record.at is not None:
        line = translate("showing_up_page", "{session} · {time} · {how_it_went}").format(
            session=title, time=time_words(record.at), how_it_went=went
        )
    else:
        line = translate("showing_up_page", "{session} · {how_it_went}").format(
            session=title, how_it_went=went
        )
    return f"{line}\n    {record.note}" if record.note else line


def since_words(first: date, today: date) -> str:
    """How far back, as plainly as the distance allows: "since November 3", "since September",
    "since May 2025" (whole phrases: a language may say a day and a month differently, as
    Spanish's "desde el 3 de noviembre" and "desde septiembre")."""
    if first.year != today.year:
        return translate("showing_up_page", "since {month_year}").format(
            month_year=say_day(first, DayForm.MONTH_YEAR)
        )
    if first.month != today.month:
        return translate("showing_up_page", "since {month}").format(
            month=say_day(first, DayForm.MONTH)
        )
    return translate("showing_up_page", "since {month_day}").format(
        month_day=say_day(first, DayForm.MONTH_DAY)
    )


def showing_up_line(records: list[SessionRecord], today: date) -> str:
    """One warm line about every time the person was there, late or leaving early too, e.g.
    "You showed up 35 times since September." A session they didn't make is not mentioned."""
    days = [r.day for r in records if r.attendance.counts_as_showing_up]
    if not days:
        return translate("showing_up_page", NOTHING_COUNTED_YET)
    first = min(days)
    if len(days) == 1:
        return translate(
            "showing_up_page", "You showed up once so far, on {day}. That counts."
        ).format(day=say_day(first, DayForm.MONTH_DAY))
    since = since_words(first, today)
    if len(days) == 2:
        return translate("showing_up_page", "You showed up twice {since}.").format(since=since)
    count = len(days)
    return showing_up_page.tr("You showed up %Ln time(s) {since}.", None, count).format(since=since)


def plan_line(item: PlanItem) -> str:
    when = say_weekday(item.weekday)
    if item.at is not None:
        when = translate("showing_up_page", "{weekday}, {time}").format(
            weekday=when, time=time_words(item.at)
        )
    kind = kind_title(item.kind)
    if item.note:
        return translate("showing_up_page", "{when} · {name} ({kind})").format(
            when=when, name=item.note, kind=kind
        )
    return translate("showing_up_page", "{when} · {kind}").format(when=when, kind=kind)


class DeletableList(QListWidget):
    """Delete removes the selected item (with Undo); Enter acts on it."""

    def __init__(self, on_delete: Callable[[object], None], on_enter: Callable[[object], None]):
        super().__init__()
        self._on_delete, self._on_enter = on_delete, on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        value = item.data(ITEM_ROLE) if item is not None else None
        if value is not None and event.key() == Qt.Key.Key_Delete:
            self._on_delete(value)
            return
        if value is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_enter(value)
            return
        super().keyPressEvent(event)


def _combo(items: dict[str, str]) -> QComboBox:
    """A drop-down list of ``items`` (a screen reader names it by its label: Qt reads a combo
    box's own accessible name as its current value)."""
    combo = QComboBox()
    for value, title in items.items():
        combo.addItem(title, value)
    return combo


class ShowingUpPage(NotebookPage):
    PARTS = frozenset({Part.SESSIONS, Part.PLAN})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing: SessionRecord | None = None
        outer = self.wide_layout(
            translate("showing_up_page", "Showing up"), translate("showing_up_page", INTRO)
        )
        self.tally = ScaledText(
            translate("showing_up_page", NOTHING_COUNTED_YET), 1.15
        )  # read as it is shown
        outer.insertWidget(1, self.tally)  # the first thing under the title
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns, 1)

        # Today, from the plan: one click each.
        today_box = QGroupBox(translate("showing_up_page", "Today"))
        self.today_layout = QVBoxLayout(today_box)
        left.addWidget(today_box)

        # Record a session (or change one picked from the list).
        record_box = QGroupBox(translate("showing_up_page", "Record a session"))
        form = QFormLayout(record_box)
        self.kind = _combo({kind.value: kind_title(kind) for kind in SESSION_KIND_TITLES})
        self.attendance = _combo({a.value: attendance_title(a) for a in ATTENDANCE_TITLES})
        self.day = DayEdit()
        self.day.setAccessibleName(translate("showing_up_page", "Day of the session"))
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("showing_up_page", "Note about the session"))
        self.note.setPlaceholderText(
            translate("showing_up_page", "Optional: anything you want to remember")
        )
        self.note.setMaxLength(MAX_SESSION_NOTE_CHARS)
        self.note.returnPressed.connect(self.save_session)
        form.addRow(translate("showing_up_page", "Session"), self.kind)
        form.addRow(translate("showing_up_page", "Day"), self.day)
        form.addRow(translate("showing_up_page", "How it went"), self.attendance)
        form.addRow(translate("showing_up_page", "Note"), self.note)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("showing_up_page", "Record it"))
        self.save_button.clicked.connect(self.save_session)
        self.cancel_edit_button = QPushButton(translate("showing_up_page", "Cancel"))
        self.cancel_edit_button.clicked.connect(self.reset_form)
        self.cancel_edit_button.hide()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_edit_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        form.addRow(self.message)
        left.addWidget(record_box)
        left.addStretch(1)

        # The record, newest first.
        right.addWidget(heading(translate("showing_up_page", "Recent sessions"), 1.0))
        self.sessions = DeletableList(self._delete_session, self._edit_session)
        self.sessions.setAccessibleName(translate("showing_up_page", "Recent sessions"))
        self.sessions.setWordWrap(True)
        self.sessions.setSpacing(3)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.itemDoubleClicked.connect(
            lambda item: self._edit_session(item.data(ITEM_ROLE))
        )
        # The sessions and the calm "none yet" take turns in one place.
        self.sessions_empty = EmptyState(
            translate("showing_up_page", "No sessions yet"),
            translate("showing_up_page", NO_SESSIONS),
            small=True,
        )
        self.sessions_area = QStackedWidget()
        self.sessions_area.addWidget(self.sessions)
        self.sessions_area.addWidget(self.sessions_empty)
        right.addWidget(self.sessions_area, 1)
        right.addWidget(
            muted(
                translate(
                    "showing_up_page", "Enter changes the selected session; Delete removes it."
                )
            )
        )

        # The weekly plan.
        plan_box = QGroupBox(translate("showing_up_page", "Your week"))
        plan_layout = QVBoxLayout(plan_box)
        self.plan = DeletableList(self._remove_plan_item, lambda _: None)
        self.plan.setAccessibleName(translate("showing_up_page", "Your week's plan"))
        self.plan.setSpacing(2)
        plan_layout.addWidget(self.plan, 1)
        add_row = QHBoxLayout()
        self.plan_weekday = _combo({str(i): say_weekday(i) for i in range(7)})
        self.plan_has_time = QCheckBox(translate("showing_up_page", "at"))
        self.plan_has_time.setAccessibleName(translate("showing_up_page", "At a set time"))
        self.plan_time = QTimeEdit(QTime(18, 0))
        self.plan_time.setAccessibleName(translate("showing_up_page", "Time"))
        self.plan_time.setEnabled(False)
        self.plan_has_time.toggled.connect(self.plan_time.setEnabled)
        self.plan_kind = _combo({kind.value: kind_title(kind) for kind in SESSION_KIND_TITLES})
        add_row.addWidget(self.plan_weekday, 1)
        add_row.addWidget(self.plan_has_time)  # "at" sits by its time, not across a gap
        add_row.addWidget(self.plan_time)
        plan_form = QFormLayout()  # labels a screen reader names the two lists by
        plan_form.addRow(
            field_label(translate("showing_up_page", "Day"), self.plan_weekday), add_row
        )
        plan_form.addRow(translate("showing_up_page", "Session"), self.plan_kind)
        plan_layout.addLayout(plan_form)
        label_row = QHBoxLayout()
        self.plan_label = QLineEdit()
        self.plan_label.setAccessibleName(translate("showing_up_page", "Name for it"))
        self.plan_label.setPlaceholderText(
            translate("showing_up_page", "Optional name, like Tuesday group")
        )
        self.plan_label.setMaxLength(MAX_PLAN_NOTE_CHARS)
        self.plan_label.returnPressed.connect(self.add_plan_item)
        add_plan = QPushButton(translate("showing_up_page", "Add to my week"))
        add_plan.clicked.connect(self.add_plan_item)
        label_row.addWidget(self.plan_label, 1)
        label_row.addWidget(add_plan)
        plan_layout.addLayout(label_row)
        self.plan_empty = muted(translate("showing_up_page", NO_PLAN))
        plan_layout.addWidget(self.plan_empty)
        right.addWidget(plan_box)
        self.plan_box, self.right = plan_box, right
        self.draft_fields = {"note": self.note, "plan_label": self.plan_label}

    # -- the open journal ------------------------------------------------------------------

    def open(self, live: LiveJournal) -> None:
        self.listen(live)
        self.reset_form()
        self.refresh()
        self.restore_draft()

    def keep_draft(self) -> None:
        """Before a lock: a half-typed note or plan name stays, encrypted in the vault. A change
        to a recorded session that wasn't saved is not kept: the session stays as recorded."""
        if self.live is not None:
            kept = {
                key: field
                for key, field in self.draft_fields.items()
                if not (self.editing is not None and key == "note")
            }
            keep_field_draft(self.live, self.draft_name, kept)

    def close_journal(self) -> None:
        """On lock: nothing the person wrote stays in a widget."""
        self.stop_listening()
        self.editing = None
        self.sessions.clear()
        self.plan.clear()
        self._clear_today()
        self.tally.setText(translate("showing_up_page", NOTHING_COUNTED_YET))
        for field in (self.note, self.plan_label):
            field.setText("")
        self.say("")

    def refresh(self) -> None:
        if self.live is None:
            return
        notebook = self.live.notebook
        self.day.setMaximumDate(qdate(notebook.today))
        self._fill_today(notebook.due_on(notebook.today))
        self.sessions.clear()
        every = notebook.sessions()
        self.tally.setText(showing_up_line(every, notebook.today))
        records = every[:RECENT_SESSIONS]
        for record in records:
            item = QListWidgetItem(session_line(record))
            item.setData(ITEM_ROLE, record)
            self.sessions.addItem(item)
        self.sessions_area.setCurrentWidget(self.sessions if records else self.sessions_empty)
        self.plan.clear()
        items = notebook.plan()
        for plan_item in items:
            item = QListWidgetItem(plan_line(plan_item))
            item.setData(ITEM_ROLE, plan_item)
            self.plan.addItem(item)
        # An empty plan is one line and its form; the room goes to the recent sessions.
        self.plan_empty.setVisible(not items)
        self.plan.setVisible(bool(items))
        self.right.setStretchFactor(self.sessions_area, 3 if items else 1)
        self.right.setStretchFactor(self.plan_box, 2 if items else 0)

    def _clear_today(self) -> None:
        while self.today_layout.count():
            child = self.today_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()

    def _fill_today(self, due: list[DueSession]) -> None:
        self._clear_today()
        if not due:
            self.today_layout.addWidget(muted(translate("showing_up_page", NOTHING_TODAY)))
        self.today_buttons: list[QPushButton] = []
        for session in due:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            title = plan_title(session.plan)
            if session.plan.at is not None:
                title = translate("showing_up_page", "{session} at {time}").format(
                    session=title, time=time_words(session.plan.at)
                )
            line.addWidget(QLabel(title), 1)
            if session.recorded is not None:
                line.addWidget(muted(attendance_title(session.recorded.attendance)))
            if session.recorded is None or not session.recorded.attendance.counts_as_showing_up:
                button = QPushButton(translate("showing_up_page", "I was there"))
                button.setAccessibleName(
                    translate("showing_up_page", "I was there: {session}").format(
                        session=plan_title(session.plan)
                    )
                )
                button.clicked.connect(lambda _=False, p=session.plan.id: self.i_was_there(p))
                self.today_buttons.append(button)
                line.addWidget(button)
            self.today_layout.addWidget(row)

    # -- recording -------------------------------------------------------------------------

    def i_was_there(self, plan_id: int) -> None:
        """One click from the plan (Undo puts back what that day had, say "Didn't make it")."""
        if self.live is not None:
            core = self.live.core
            self._do(lambda: core.i_was_there(plan_id))

    def save_session(self) -> None:
        kind = SessionKind(self.kind.currentData())
        attendance = Attendance(self.attendance.currentData())
        day, note = day_of(self.day), self.note.text()
        if self.live is None:
            return
        core = self.live.core
        if self.editing is not None:
            session_id = self.editing.id
            self._do(
                lambda: core.edit_session(
                    session_id, kind=kind, attendance=attendance, day=day, note=note
                ),
                was_edit=True,
            )
        else:
            self._do(lambda: core.record_session(day, kind, attendance, note))

    def _do(self, action: Callable[[], Done[RecordedSession]], *, was_edit: bool = False) -> None:
        """Record (or change) a session through the core: one Undo takes back all it did, the
        win that came with it too."""
        recorded = self.do(action)
        if recorded is None:
            return
        self.reset_form()
        if was_edit:
            self.say(translate("showing_up_page", "Changes saved."))
        elif recorded.session.attendance.counts_as_showing_up:
            self.say(
                translate("showing_up_page", "Recorded. Showing up counts, and it's in your wins.")
            )
        else:
            self.say(
                translate(
                    "showing_up_page", "Recorded. It takes nothing away from anything you've done."
                )
            )

    def reset_form(self) -> None:
        self.editing = None
        if self.live is not None:
            self.day.setDate(qdate(self.live.notebook.today))
        self.note.setText("")
        self.attendance.setCurrentIndex(0)
        self.save_button.setText(translate("showing_up_page", "Record it"))
        self.cancel_edit_button.hide()

    def _edit_session(self, value: object) -> None:
        if not isinstance(value, SessionRecord):
            return
        self.editing = value
        self.kind.setCurrentIndex(self.kind.findData(value.kind.value))
        self.attendance.setCurrentIndex(self.attendance.findData(value.attendance.value))
        self.day.setDate(qdate(value.day))
        self.note.setText(value.note)
        self.save_button.setText(translate("showing_up_page", "Save changes"))
        self.cancel_edit_button.show()
        self.say("")
        self.note.setFocus()

    def _delete_session(self, value: object) -> None:
        if not isinstance(value, SessionRecord) or self.live is None:
            return
        core = self.live.core
        if self.do(lambda: core.delete_session(value.id)) is None:
            return
        self.say(translate("showing_up_page", "Deleted. Its win stays in your journal."))

    # -- the plan --------------------------------------------------------------------------

    def add_plan_item(self) -> None:
        assert self.live is not None
        core = self.live.core
        at = self.plan_time.time().toPython() if self.plan_has_time.isChecked() else None
        item = self.do(
            lambda: core.add_plan_item(
                int(self.plan_weekday.currentData()),
                at if isinstance(at, time) else None,
                SessionKind(self.plan_kind.currentData()),
                self.plan_label.text(),
            )
        )
        if item is not None:
            self.plan_label.setText("")

    def _remove_plan_item(self, value: object) -> None:
        if not isinstance(value, PlanItem) or self.live is None:
            return
        core = self.live.core
        self.do(lambda: core.remove_plan_item(value.id))
