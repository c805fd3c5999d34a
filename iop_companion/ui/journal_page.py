"""The journal: search, filters behind one button, a welcome-back card, a look-back now and
then, and the timeline (with How I am check-ins among the entries, as context)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core import progress
from iop_companion.core.changes import Changes, Part
from iop_companion.core.look_back import look_back
from iop_companion.core.model import Entry, EntryFilter, Kind
from iop_companion.core.notebook_model import NotebookHit
from iop_companion.core.words import found_words, progress_sentence
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, Context, translate
from iop_companion.ui.accessible import DisclosureButton
from iop_companion.ui.day_field import DayEdit
from iop_companion.ui.empty_state import EmptyState
from iop_companion.ui.icons import on_button
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.timeline import (
    ENTRY_ROLE,
    HOW_I_AM_ROLE,
    TimelineDelegate,
    TimelineModel,
)
from iop_companion.ui.widgets import SPACE, day_of, field_label, heading, paragraph, qdate

EMPTY_JOURNAL = QT_TRANSLATE_NOOP(
    "journal_page",
    "Nothing here yet. You don't need to be sure. You just need to show up.\n"
    "Log one small thing you did today, even just opening this.",
)
NO_MATCHES = QT_TRANSLATE_NOOP(
    "journal_page", "No entries match. Try fewer words, or clear the filters."
)
WELCOME_BACK = QT_TRANSLATE_NOOP("journal_page", "Welcome back.")
WELCOME_BACK_LINE = QT_TRANSLATE_NOOP(
    "journal_page", "You're not starting over. You're picking up from here."
)
LOOK_BACK_INTRO = QT_TRANSLATE_NOOP("journal_page", "About a month ago, you wrote:")
# a setting, ticked when on
LOOK_BACK_MENU = QT_TRANSLATE_NOOP("journal_page", "A &win from a month ago")
journal_page = Context("journal_page")  # counted words
SEARCH_DELAY_MS = 120
SHOWN = (Part.ENTRIES, Part.CATEGORIES)  # what the page shows: a change to them redraws it

# Kept in QSettings: no entry text, only on/off and days.
WELCOME_CLOSED_KEY = "journal/welcome_closed_on"  # the day the welcome-back card was closed
LOOK_BACK_KEY = "journal/look_back"  # whether the look-back is shown at all
LOOK_BACK_SHOWN_KEY = "journal/look_back_shown_on"  # the last day it was shown


def filter_button_text(active: int) -> str:
    if not active:
        return translate("journal_page", "Filter")
    return translate("journal_page", "Filter ({count})").format(count=active)


def _day_setting(settings: QSettings, key: str) -> date | None:
    try:
        return date.fromisoformat(str(settings.value(key, "")))
    except ValueError:
        return None


class TimelineView(QListView):
    """Enter edits the selected entry; Delete removes it (with undo). On a How I am row, the
    same keys ask to open it, or to delete it."""

    edit_requested = Signal(object)  # Entry
    delete_requested = Signal(object)  # Entry
    how_i_am_requested = Signal(int)  # a How I am check-in's id
    how_i_am_delete_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        item = index.data(HOW_I_AM_ROLE) if index.isValid() else None
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        delete = event.key() == Qt.Key.Key_Delete
        if entry is not None and enter:
            self.edit_requested.emit(entry)
            return
        if entry is not None and delete:
            self.delete_requested.emit(entry)
            return
        if item is not None and (enter or delete):
            (self.how_i_am_requested if enter else self.how_i_am_delete_requested).emit(item.id)
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class PageView:
    """What the page shows, to show again on a page made afresh (in another language)."""

    search: str
    kind: object
    category: object
    tag: object
    dates: bool
    since: QDate
    until: QDate
    filters_shown: bool
    welcome: bool
    look_back_id: int | None
    found_for: tuple[str, EntryFilter] | None  # what the status line was told was found


def _card(name: str) -> tuple[QFrame, QVBoxLayout, QPushButton]:
    """A quiet framed card with its words on the left and a Close button at the top right."""
    card = QFrame()
    card.setObjectName(name)
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setBackgroundRole(QPalette.ColorRole.AlternateBase)
    card.setAutoFillBackground(True)
    row = QHBoxLayout(card)
    words = QVBoxLayout()
    row.addLayout(words, 1)
    close = QPushButton(translate("journal_page", "Close"))
    row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
    card.hide()
    return card, words, close


class JournalPage(QWidget):
    log_wanted = Signal()
    edit_wanted = Signal(object)  # Entry
    delete_wanted = Signal(object)  # Entry
    notebook_hit_chosen = Signal(object)  # NotebookHit
    how_i_am_wanted = Signal(int)  # Enter or a double-click on a How I am row: open it there
    how_i_am_delete_wanted = Signal(int)  # Delete on a How I am row
    found = Signal(str)  # what a search or the filters found, in a sentence ("": no longer)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.live: LiveJournal | None = None
        self.settings = settings or QSettings()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("journal_page", "Search your journal"))
        self.search.setAccessibleName(translate("journal_page", "Search"))
        self.search.setClearButtonEnabled(True)
        self.filter_button = DisclosureButton(filter_button_text(0))  # shows the filters
        self.filter_button.setToolTip(translate("journal_page", "Show only some entries"))
        on_button(self.filter_button, "filter")
        self.filter_button.toggled.connect(self._show_filters)
        self.clear_filters = QPushButton(translate("journal_page", "Clear filters"))
        self.clear_filters.clicked.connect(self.clear_all_filters)
        self.log_button = QPushButton(translate("journal_page", "Log a win"))
        self.log_button.setToolTip(translate("journal_page", "Log a win (Ctrl+N)"))
        self.log_button.setDefault(True)
        self.log_button.clicked.connect(self.log_wanted)
        on_button(self.log_button, "log a win")
        top.addWidget(self.search, 1)
        top.addWidget(self.filter_button)
        top.addWidget(self.clear_filters)
        top.addWidget(self.log_button)
        layout.addLayout(top)
        self.progress = paragraph("")
        layout.addWidget(self.progress)

        # Two short lines rather than one long one, so they fit under large text too.
        self.filter_row = QWidget()
        lines = QVBoxLayout(self.filter_row)
        lines.setContentsMargins(0, 0, 0, 0)
        filters, dates = QHBoxLayout(), QHBoxLayout()
        lines.addLayout(filters)
        lines.addLayout(dates)
        self.kind = QComboBox()
        self.kind.addItem(translate("journal_page", "Everything"), None)
        self.kind.addItem(translate("journal_page", "Wins"), Kind.WIN)
        self.kind.addItem(translate("journal_page", "Hard moments"), Kind.HARD_MOMENT)
        self.category = QComboBox()
        self.tag = QComboBox()
        self.use_dates = QCheckBox(translate("journal_page", "From"))
        self.since = DayEdit()
        self.until = DayEdit()
        from_day, to_day = (
            translate("journal_page", "From day"),
            translate("journal_page", "To day"),
        )
        for edit, name in ((self.since, from_day), (self.until, to_day)):
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.setDisplayFormat(
                translate("journal_page", "MMM d, yyyy", "a day as Qt writes it: month, day, year")
            )
        self.use_dates.toggled.connect(self.since.setEnabled)
        self.use_dates.toggled.connect(self.until.setEnabled)
        for text, combo in (
            (translate("journal_page", "Show"), self.kind),
            (translate("journal_page", "Category"), self.category),
            (translate("journal_page", "Tag"), self.tag),
        ):
            filters.addWidget(field_label(text, combo))
            filters.addWidget(combo)
            filters.addSpacing(SPACE)
        filters.addStretch(1)
        dates.addWidget(self.use_dates)
        dates.addWidget(self.since)
        dates.addWidget(QLabel(translate("journal_page", "to", "From a day to a day")))
        dates.addWidget(self.until)
        dates.addStretch(1)
        layout.addWidget(self.filter_row)

        self.welcome, welcome_words, close = _card("welcomeBack")
        welcome_words.addWidget(heading(translate("journal_page", WELCOME_BACK), 1.15))
        welcome_words.addWidget(paragraph(translate("journal_page", WELCOME_BACK_LINE)))
        self.welcome_log = QPushButton(translate("journal_page", "Log a win"))
        self.welcome_log.clicked.connect(self.log_wanted)
        on_button(self.welcome_log, "log a win")
        welcome_words.addWidget(self.welcome_log, 0, Qt.AlignmentFlag.AlignLeft)
        close.setAccessibleName(translate("journal_page", "Close welcome message"))
        close.clicked.connect(self.close_welcome)
        layout.addWidget(self.welcome)

        self.look_back_card, look_words, close = _card("lookBack")
        intro = QLabel(f"<b>{translate('journal_page', LOOK_BACK_INTRO)}</b>")
        look_words.addWidget(intro)
        self.look_back_text = paragraph("")  # no name of its own: a screen reader reads the win
        look_words.addWidget(self.look_back_text)
        close.setAccessibleName(translate("journal_page", "Close the win from a month ago"))
        close.clicked.connect(self._hide_look_back)
        layout.addWidget(self.look_back_card)
        self._look_back_id: int | None = None
        self.look_back_action = QAction(translate("journal_page", LOOK_BACK_MENU), self)
        self.look_back_action.setCheckable(True)
        self.look_back_action.setChecked(bool(self.settings.value(LOOK_BACK_KEY, True, type=bool)))
        self.look_back_action.toggled.connect(self._look_back_toggled)

        self.model = TimelineModel()
        self.model.loaded.connect(self._loaded)
        self.view = TimelineView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self._today, self.view.viewport().width))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        # Lay out rows in small batches between events, so a new page never holds up typing.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(40)
        self.view.setAccessibleName(translate("journal_page", "Journal entries"))
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.edit_requested.connect(self.edit_wanted)
        self.view.delete_requested.connect(self.delete_wanted)
        self.view.how_i_am_requested.connect(self.how_i_am_wanted)
        self.view.how_i_am_delete_requested.connect(self.how_i_am_delete_wanted)
        # The entries and the empty state take turns in one place, so nothing above them moves.
        self.empty = EmptyState()
        self.entries_area = QStackedWidget()
        self.entries_area.addWidget(self.view)
        self.entries_area.addWidget(self.empty)
        layout.addWidget(self.entries_area, 1)

        # The notebook answers the same search, in a short list of its own under the entries:
        # when it comes and goes, the entries' first rows stay where the eye is.
        self.notebook_label = heading(translate("journal_page", "In your notebook"), 1.0)
        self.notebook_hits = QListWidget()
        self.notebook_hits.setAccessibleName(translate("journal_page", "In your notebook"))
        self.notebook_hits.setMaximumHeight(110)
        self.notebook_hits.itemActivated.connect(
            lambda item: self.notebook_hit_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.notebook_label)
        layout.addWidget(self.notebook_hits)
        self._notebook_count = 0  # the notebook's matches for the search now shown
        self._found_for: tuple[str, EntryFilter] | None = None  # the view ``found`` spoke of
        self._show_notebook_hits([])

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
        self._show_filters(False)
        self._count_filters()

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
        self._read_from(live)
        self.apply_view()
        self.welcome.setVisible(self._welcome_due())
        if not self.welcome.isVisible():
            self._maybe_look_back()
        self._show_progress()

    def _read_from(self, live: LiveJournal) -> None:
        """The timeline reads through the journal's services as they are now (new ones after
        the journal took up a new key: its connections are new)."""
        self.model.set_journal(
            live.journal, (live.worker_journal, live.pool), live.notebook.how_i_am_list
        )

    def _welcome_due(self) -> bool:
        """After time away, unless the person closed the card during this same time away."""
        assert self.live is not None
        days, today = self.live.day_counts(), self.live.journal.today
        if not progress.is_welcome_back(days, today):
            return False
        closed = _day_setting(self.settings, WELCOME_CLOSED_KEY)
        gap = progress.days_since_last_entry(days, today) or 0
        return closed is None or today - timedelta(days=gap) >= closed

    def close_welcome(self) -> None:
        """Closed until the next time away (an entry after today starts a new one)."""
        self.welcome.hide()
        if self.live is not None:
            self.settings.setValue(WELCOME_CLOSED_KEY, self.live.journal.today.isoformat())

    def _maybe_look_back(self) -> None:
        """A win from about a month ago, at most once a day, if the person wants it."""
        assert self.live is not None
        today = self.live.journal.today
        if not self.look_back_action.isChecked():
            return
        if _day_setting(self.settings, LOOK_BACK_SHOWN_KEY) == today:
            return
        entry = look_back(self.live.journal)
        if entry is None:
            return
        self._show_look_back(entry)
        self.settings.setValue(LOOK_BACK_SHOWN_KEY, today.isoformat())

    def _show_look_back(self, entry: Entry) -> None:
        self._look_back_id = entry.id
        quoted = translate("journal_page", "\u201c{words}\u201d", "the person's words, quoted")
        self.look_back_text.setText(quoted.format(words=entry.text))
        self.look_back_card.show()

    def view_now(self) -> PageView:
        """What the page shows now: the search, the filters and the cards."""
        return PageView(
            search=self.search.text(),
            kind=self.kind.currentData(),
            category=self.category.currentData(),
            tag=self.tag.currentData(),
            dates=self.use_dates.isChecked(),
            since=self.since.date(),
            until=self.until.date(),
            filters_shown=self.filter_button.isChecked(),
            welcome=not self.welcome.isHidden(),
            look_back_id=None if self.look_back_card.isHidden() else self._look_back_id,
            found_for=self._found_for,
        )

    def show_view(self, view: PageView, *, say_found: bool) -> None:
        """Show what an earlier page showed (``view_now``), once the journal is open here;
        what the search found is said again only when ``say_found`` (the page is in view)."""
        assert self.live is not None
        self._found_for = None if say_found else view.found_for
        widgets = (self.kind, self.category, self.tag, self.use_dates, self.since, self.until)
        for widget in widgets:
            widget.blockSignals(True)
        for combo, data in ((self.kind, view.kind), (self.category, view.category)):
            combo.setCurrentIndex(max(combo.findData(data), 0))
        self.tag.setCurrentIndex(max(self.tag.findData(view.tag), 0))
        self.use_dates.setChecked(view.dates)
        self.since.setEnabled(view.dates)
        self.until.setEnabled(view.dates)
        self.since.setDate(view.since)
        self.until.setDate(view.until)
        for widget in widgets:
            widget.blockSignals(False)
        self.search.setText(view.search)
        self.filter_button.setChecked(view.filters_shown)
        self.apply_view()
        self.welcome.setVisible(view.welcome)
        self._hide_look_back()
        if view.look_back_id is not None:
            with contextlib.suppress(KnownError):  # gone meanwhile: nothing to look back on
                self._show_look_back(self.live.journal.get(view.look_back_id))

    def _look_back_toggled(self, on: bool) -> None:
        self.settings.setValue(LOOK_BACK_KEY, on)
        if not on:
            self._hide_look_back()

    def _hide_look_back(self) -> None:
        self.look_back_card.hide()
        self.look_back_text.clear()
        self._look_back_id = None

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
        self._hide_look_back()
        self._show_notebook_hits([])

    def reset_filters(self) -> None:
        """Back to everything, with no dates: the next unlock opens on the whole journal, never
        on a list of only hard moments someone chose before the lock."""
        self._no_filters()
        self.filter_button.setChecked(False)
        self._count_filters()

    def clear_all_filters(self) -> None:
        """Every entry again (the search stays as typed)."""
        self._no_filters()
        self.apply_view()
        (self.kind if self.filter_row.isVisible() else self.search).setFocus()

    def _no_filters(self) -> None:
        """Every filter back to "all", quietly (the caller shows the result)."""
        widgets = (self.kind, self.category, self.tag, self.use_dates)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.kind, self.category, self.tag):
            combo.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        for widget in widgets:
            widget.blockSignals(False)

    def _show_filters(self, on: bool) -> None:
        self.filter_row.setVisible(on)
        if on and self.filter_button.hasFocus():
            self.kind.setFocus()

    def _count_filters(self) -> int:
        """How many filters are on, said on the Filter button, with a way out when any is."""
        where = self.current_filter()
        active = sum(
            (
                bool(where.kinds),
                bool(where.category_ids),
                where.tag is not None,
                where.since is not None,
            )
        )
        self.filter_button.setText(filter_button_text(active))
        self.filter_button.setAccessibleDescription(
            journal_page.tr("%n filter(s) on", None, active) if active else ""
        )
        self.clear_filters.setVisible(bool(active))
        return active

    def _fill_filters(self) -> None:
        assert self.live is not None
        journal = self.live.journal
        for combo in (self.category, self.tag):
            combo.blockSignals(True)
        current_category = self.category.currentData()
        current_tag = self.tag.currentData()
        self.category.clear()
        self.category.addItem(translate("journal_page", "All categories"), None)
        for category in journal.categories(include_hidden=True):
            self.category.addItem(category.name, category.id)
        self.category.setCurrentIndex(max(self.category.findData(current_category), 0))
        self.tag.clear()
        self.tag.addItem(translate("journal_page", "All tags"), None)
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
        self._count_filters()
        if self.live is None:
            return
        self._search_timer.stop()
        query = self.search.text().strip()
        try:
            hits = self.live.notebook.search(query, limit=20) if query else []
        except KnownError:
            hits = []
        self._show_notebook_hits(hits)
        self.model.set_view(self.current_filter(), self.search.text())  # then ``_loaded``

    def _show_notebook_hits(self, hits: list[NotebookHit]) -> None:
        self._notebook_count = len(hits)
        self.notebook_hits.clear()
        for hit in hits:
            snippet = "".join(text for text, _ in hit.snippet)
            said = translate("journal_page", "{title}: {words}", "a notebook part, then its words")
            item = QListWidgetItem(
                said.format(title=hit.title, words=snippet) if snippet else hit.title
            )
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.notebook_hits.addItem(item)
        self.notebook_label.setVisible(bool(hits))
        self.notebook_hits.setVisible(bool(hits))

    def _loaded(self) -> None:
        empty = self.model.rowCount() == 0 and self.live is not None
        filtered = bool(self.search.text().strip()) or self.current_filter() != EntryFilter()
        self.empty.setText(
            translate("journal_page", NO_MATCHES)
            if filtered
            else translate("journal_page", EMPTY_JOURNAL)
        )
        # What a search or the filters found, for the status line (and a screen reader): said
        # when they change, not again when an entry is saved under them; taken back with them.
        view = (self.search.text().strip(), self.current_filter()) if filtered else None
        if view != self._found_for and self.live is not None:
            more = self.model.canFetchMore(QModelIndex())
            count, notes = self.model.entry_count(), self._notebook_count
            self.found.emit(found_words(count, more=more, notes=notes) if filtered else "")
        self._found_for = view
        self.entries_area.setCurrentWidget(self.empty if empty else self.view)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Part.HOW_I_AM) and not changes.reload:
            self.model.refresh_context()  # context only: no count or tally of wins changed
            if not changes.touches(*SHOWN):
                self._loaded()
        if not changes.touches(*SHOWN):
            return
        if changes.reload or any(c.entry.id == self._look_back_id for c in changes.entry_changes):
            self._hide_look_back()  # edited, deleted or made private: not shown as it was
        if changes.reload and self.live is not None and self.model.journal is not self.live.journal:
            self._read_from(self.live)  # the journal took up a new key: new connections
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

    def _double_clicked(self, index: QModelIndex) -> None:
        entry, item = index.data(ENTRY_ROLE), index.data(HOW_I_AM_ROLE)
        if entry is not None:
            self.edit_wanted.emit(entry)
        elif item is not None:
            self.how_i_am_wanted.emit(item.id)

    def select_how_i_am(self, item_id: int) -> None:
        """Show and select How I am check-in ``item_id`` on the timeline, if it is shown."""
        row = self.model.context_row_of(item_id)
        if row >= 0:
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def selected_entry(self) -> Entry | None:
        index = self.view.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None
