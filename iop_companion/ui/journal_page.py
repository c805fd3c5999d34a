"""The journal: search, filters, a welcome-back card, and the timeline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core import progress
from iop_companion.core.changes import Changes, Part
from iop_companion.core.model import Entry, EntryFilter, Kind
from iop_companion.core.notebook_model import NotebookHit, NoteSection, NoteVersion
from iop_companion.core.words import progress_sentence
from iop_companion.errors import KnownError
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.timeline import ENTRY_ROLE, TimelineDelegate, TimelineModel
from iop_companion.ui.widgets import day_of, heading, muted, paragraph, qdate

EMPTY_JOURNAL = (
    "Nothing here yet. You don't need to be sure. You just need to show up. "
    "Log one small thing you did today, even just opening this."
)
NO_MATCHES = "No entries match. Try fewer words, or clear the filters."
WELCOME_BACK = "Welcome back. You're not starting over. You're picking up from here."
WELCOME_BACK_MORE = "Everything you did before still counts. What's one small thing from today?"
SEARCH_DELAY_MS = 120
NOTE_PREVIEW_CHARS = 160
SHOWN = (Part.ENTRIES, Part.CATEGORIES)  # what the page shows: a change to them redraws it


def welcome_notes(notes: dict[NoteSection, NoteVersion]) -> str:
    """What the person wrote they know now, briefly, to come back with."""
    if not notes:
        return ""
    lines = ["What you know now:"]
    for version in notes.values():
        text = " ".join(version.text.split())
        if len(text) > NOTE_PREVIEW_CHARS:
            text = text[: NOTE_PREVIEW_CHARS - 1].rstrip() + "…"
        lines.append(f"{version.title}: {text}")
    return "\n".join(lines)


class TimelineView(QListView):
    """Enter edits the selected entry; Delete removes it (with undo)."""

    edit_requested = Signal(object)  # Entry
    delete_requested = Signal(object)  # Entry

    def keyPressEvent(self, event: QKeyEvent) -> None:
        entry = self.currentIndex().data(ENTRY_ROLE) if self.currentIndex().isValid() else None
        if entry is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(entry)
            return
        if entry is not None and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(entry)
            return
        super().keyPressEvent(event)


class JournalPage(QWidget):
    log_wanted = Signal()
    edit_wanted = Signal(object)  # Entry
    delete_wanted = Signal(object)  # Entry
    notebook_hit_chosen = Signal(object)  # NotebookHit

    def __init__(self) -> None:
        super().__init__()
        self.live: LiveJournal | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search your journal")
        self.search.setAccessibleName("Search")
        self.search.setClearButtonEnabled(True)
        self.log_button = QPushButton("Log a win")
        self.log_button.setToolTip("Log a win (Ctrl+N)")
        self.log_button.setDefault(True)
        self.log_button.clicked.connect(self.log_wanted)
        top.addWidget(self.search, 1)
        top.addWidget(self.log_button)
        layout.addLayout(top)
        self.progress = muted("")
        self.progress.setAccessibleName("Your progress")
        layout.addWidget(self.progress)

        filters = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName("Show")
        self.kind.addItem("Everything", None)
        self.kind.addItem("Wins", Kind.WIN)
        self.kind.addItem("Hard moments", Kind.HARD_MOMENT)
        self.category = QComboBox()
        self.category.setAccessibleName("Category")
        self.tag = QComboBox()
        self.tag.setAccessibleName("Tag")
        self.use_dates = QCheckBox("From")
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit, name in ((self.since, "From day"), (self.until, "To day")):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.setDisplayFormat("MMM d, yyyy")
        self.use_dates.toggled.connect(self.since.setEnabled)
        self.use_dates.toggled.connect(self.until.setEnabled)
        for widget in (self.kind, self.category, self.tag):
            filters.addWidget(widget)
        filters.addSpacing(12)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel("to"))
        filters.addWidget(self.until)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.welcome = QFrame()
        self.welcome.setFrameShape(QFrame.Shape.StyledPanel)
        self.welcome.setObjectName("welcomeBack")
        welcome_layout = QHBoxLayout(self.welcome)
        welcome_text = QVBoxLayout()
        welcome_text.addWidget(heading(WELCOME_BACK, 1.15))
        welcome_text.addWidget(paragraph(WELCOME_BACK_MORE))
        self.welcome_notes = paragraph("")
        self.welcome_notes.setAccessibleName("What you know now")
        welcome_text.addWidget(self.welcome_notes)
        welcome_layout.addLayout(welcome_text, 1)
        close = QPushButton("Close")
        close.setAccessibleName("Close welcome message")
        close.clicked.connect(self.welcome.hide)
        welcome_layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.welcome.hide()
        layout.addWidget(self.welcome)

        # The notebook answers the same search, in a short list of its own above the entries.
        self.notebook_label = QLabel("<b>In your notebook</b>")
        self.notebook_hits = QListWidget()
        self.notebook_hits.setAccessibleName("In your notebook")
        self.notebook_hits.setMaximumHeight(110)
        self.notebook_hits.itemActivated.connect(
            lambda item: self.notebook_hit_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.notebook_label)
        layout.addWidget(self.notebook_hits)
        self._show_notebook_hits([])

        self.model = TimelineModel()
        self.model.loaded.connect(self._loaded)
        self.view = TimelineView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self._today, self.view.viewport().width))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        # Lay out rows in small batches between events, so a new page never holds up typing.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(40)
        self.view.setAccessibleName("Journal entries")
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.doubleClicked.connect(lambda index: self.edit_wanted.emit(index.data(ENTRY_ROLE)))
        self.view.edit_requested.connect(self.edit_wanted)
        self.view.delete_requested.connect(self.delete_wanted)
        layout.addWidget(self.view, 1)
        self.empty = muted(EMPTY_JOURNAL)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName("No entries")
        layout.addWidget(self.empty)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_view)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.kind, self.category, self.tag):
            combo.currentIndexChanged.connect(self.apply_view)
        self.use_dates.toggled.connect(self.apply_view)
        self.since.dateChanged.connect(self.apply_view)
        self.until.dateChanged.connect(self.apply_view)
        self.setFocusProxy(self.search)

    def _today(self) -> date:
        return self.live.journal.today if self.live else date.today()

    # -- the open journal ------------------------------------------------------------------

    def open(self, live: LiveJournal) -> None:
        self.live = live
        live.changed.connect(self._changed)
        self._fill_filters()
        today = qdate(live.journal.today)
        self.since.setDate(today.addDays(-30))
        self.until.setDate(today)
        self.model.set_journal(live.journal, (live.worker_journal, live.pool))
        self.apply_view()
        days = live.day_counts()
        back = progress.is_welcome_back(days, live.journal.today)
        self.welcome.setVisible(back)
        if back:
            self.welcome_notes.setText(welcome_notes(live.notebook.latest_notes()))
            self.welcome_notes.setVisible(bool(self.welcome_notes.text()))
        self._show_progress()

    def _show_progress(self) -> None:
        assert self.live is not None
        today = self.live.journal.today
        self.progress.setText(progress_sentence(progress.summarize(self.live.day_counts(), today)))

    def close_journal(self) -> None:
        """On lock: forget every entry and everything typed into this page."""
        if self.live is not None:
            self.live.changed.disconnect(self._changed)
        self.live = None
        self.model.clear()
        self.search.setText("")  # unlike clear(), leaves nothing in the field's undo history
        self.progress.clear()
        self.tag.clear()
        self.category.clear()
        self.reset_filters()
        self.welcome.hide()
        self.welcome_notes.clear()
        self._show_notebook_hits([])

    def reset_filters(self) -> None:
        """Back to everything, with no dates: the next unlock opens on the whole journal, never
        on a list of only hard moments someone chose before the lock."""
        for widget in (self.kind, self.use_dates):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        for widget in (self.kind, self.use_dates):
            widget.blockSignals(False)

    def _fill_filters(self) -> None:
        assert self.live is not None
        journal = self.live.journal
        for combo in (self.category, self.tag):
            combo.blockSignals(True)
        current_category = self.category.currentData()
        current_tag = self.tag.currentData()
        self.category.clear()
        self.category.addItem("All categories", None)
        for category in journal.categories(include_hidden=True):
            self.category.addItem(category.name, category.id)
        self.category.setCurrentIndex(max(self.category.findData(current_category), 0))
        self.tag.clear()
        self.tag.addItem("All tags", None)
        for tag in journal.tags():
            self.tag.addItem(f"#{tag}", tag)
        self.tag.setCurrentIndex(max(self.tag.findData(current_tag), 0))
        for combo in (self.category, self.tag):
            combo.blockSignals(False)

    def current_filter(self) -> EntryFilter:
        kind = self.kind.currentData()  # Qt hands enum data back as its plain value
        category = self.category.currentData()
        return EntryFilter(
            kinds=frozenset({Kind(kind)}) if kind else frozenset(),
            category_ids=frozenset({category}) if category else frozenset(),
            tag=self.tag.currentData(),
            since=day_of(self.since) if self.use_dates.isChecked() else None,
            until=day_of(self.until) if self.use_dates.isChecked() else None,
        )

    def apply_view(self) -> None:
        """Show what the search box and filters ask for (a search answers a moment later)."""
        if self.live is None:
            return
        self._search_timer.stop()
        self.model.set_view(self.current_filter(), self.search.text())
        query = self.search.text().strip()
        try:
            hits = self.live.notebook.search(query, limit=20) if query else []
        except KnownError:
            hits = []
        self._show_notebook_hits(hits)

    def _show_notebook_hits(self, hits: list[NotebookHit]) -> None:
        self.notebook_hits.clear()
        for hit in hits:
            snippet = "".join(text for text, _ in hit.snippet)
            item = QListWidgetItem(f"{hit.title}: {snippet}" if snippet else hit.title)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.notebook_hits.addItem(item)
        self.notebook_label.setVisible(bool(hits))
        self.notebook_hits.setVisible(bool(hits))

    def _loaded(self) -> None:
        empty = self.model.rowCount() == 0
        filtered = bool(self.search.text().strip()) or self.current_filter() != EntryFilter()
        self.empty.setText(NO_MATCHES if filtered else EMPTY_JOURNAL)
        self.empty.setVisible(empty and self.live is not None)
        self.view.setVisible(not empty)

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(*SHOWN):
            return
        entry_changes = () if changes.reload else changes.entry_changes
        tags = any(c.entry.tags or (c.before and c.before.tags) for c in entry_changes)
        if not entry_changes or tags or changes.touches(Part.CATEGORIES):
            self._fill_filters()
        if any(c.what == "logged" for c in entry_changes):
            self.welcome.hide()
        self._show_progress()
        if entry_changes and all(self.model.apply_change(c) for c in entry_changes):
            self._loaded()  # the empty-journal note may come or go
        else:
            self.apply_view()
        last = entry_changes[-1] if entry_changes else None
        if last is not None and last.what != "deleted" and not self.model.searching:
            self.select(last.entry)
            self.view.setFocus()  # so Ctrl+Z reaches Undo, not an empty search box

    def select(self, entry: Entry) -> None:
        row = self.model.row_of(entry.id)
        if row >= 0:
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def selected_entry(self) -> Entry | None:
        index = self.view.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None
