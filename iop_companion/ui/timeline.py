"""The journal timeline: a paged Qt model over the journal and a delegate that draws day groups.

The model never loads the whole journal: it fetches 200 entries at a time as the view scrolls
(``canFetchMore``/``fetchMore``). Each row is one entry; the delegate draws a day heading above
the first entry of each day.

How I am check-ins (issue 18) are context rows among them, first on their day and drawn more
quietly: they add to the record and take nothing away (no count or chart of wins sees them).
They show on the whole timeline and on a range of days; a search, or a filter by kind, category
or tag, is about entries, so it shows only entries.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from iop_companion.charts.palette import HARD_MOMENT_COLOR, category_color
from iop_companion.core.coping_model import HOW_I_AM_TITLE, HowIAm, how_i_am_lines
from iop_companion.core.journal import JournalService
from iop_companion.core.model import Change, Entry, EntryFilter, Kind, SearchHit
from iop_companion.core.words import date_words, entry_label
from iop_companion.errors import KnownError
from iop_companion.i18n import DayForm, say_day, say_weekday, translate
from iop_companion.ui.background import Task

Index = QModelIndex | QPersistentModelIndex
Snippet = tuple[tuple[str, bool], ...]
WRAP = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
HOW_I_AM_ROLE = Qt.ItemDataRole.UserRole + 4  # a How I am check-in's row: the HowIAm, else None

Row = Entry | HowIAm
# How I am check-ins from ``since`` to ``until`` (either open), as the notebook lists them.
ContextSource = Callable[[date | None, date | None], Sequence[HowIAm]]


def marked(text: str, snippet: Snippet | None) -> Snippet:
    """``text`` as (text, matched) pieces, the words the search matched (from its snippet)
    marked wherever they appear; one plain piece when nothing matched here."""
    words = {piece.strip() for piece, matched in (snippet or ()) if matched and piece.strip()}
    if not text or not words:
        return ((text, False),) if text else ()
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE)
    pieces: list[tuple[str, bool]] = []
    last = 0
    for found in pattern.finditer(text):
        if found.start() > last:
            pieces.append((text[last : found.start()], False))
        pieces.append((found.group(), True))
        last = found.end()
    if last < len(text):
        pieces.append((text[last:], False))
    return tuple(pieces)


def card_lines(entry: Entry, snippet: Snippet | None = None) -> tuple[Snippet, Snippet]:
    """What a card says under its label: the entry's own words first, then its note (for a hard
    moment, what helped), each with a search's matches marked."""
    note = entry.note.strip()
    if note and entry.kind is Kind.HARD_MOMENT:
        note = translate("timeline", "What helped: {note}").format(note=note)
    return marked(entry.text.strip(), snippet), marked(note, snippet)


def how_i_am_text(item: HowIAm) -> str:
    """What a screen reader says of a How I am row, the words a person sees on its card."""
    words, rest = how_i_am_lines(item)
    title = translate("coping_model", HOW_I_AM_TITLE)
    said = translate("timeline", "{title}: {words}").format(title=title, words=words)
    parts = [date_words(item.day), said, rest.replace("  \u00b7  ", ". ")]
    return ". ".join(p for p in parts if p)


def _entry_goes_before(entry: Entry, row: Row) -> bool:
    """Newest first, a day's How I am first on it: ``entry`` belongs above ``row``."""
    if isinstance(row, HowIAm):
        return row.day < entry.day
    return row.order < entry.order


def _context_goes_before(item: HowIAm, row: Row) -> bool:
    if isinstance(row, HowIAm):
        return (row.day, row.id) < (item.day, item.id)
    return row.day <= item.day


def merged(entries: Sequence[Entry], context: Sequence[HowIAm]) -> list[Row]:
    """The entries in their order, each How I am first on its day (newest first there too)."""
    rows: list[Row] = list(entries)
    for item in sorted(context, key=lambda c: (c.day, c.id), reverse=True):
        place = next((i for i, r in enumerate(rows) if _context_goes_before(item, r)), len(rows))
        rows.insert(place, item)
    return rows


def day_label(day: date, today: date) -> str:
    if day == today:
        return translate("timeline", "Today")
    if day == today - timedelta(days=1):
        return translate("timeline", "Yesterday")
    if day.year != today.year:
        return say_day(day, DayForm.LONG)
    return translate("timeline", "{weekday}, {month_day}").format(
        weekday=say_weekday(day.weekday()), month_day=say_day(day, DayForm.MONTH_DAY)
    )


class TimelineModel(QAbstractListModel):
    PAGE = 200
    loaded = Signal()  # the rows now answer the latest view (searches arrive a moment later)

    def __init__(
        self,
        journal: JournalService | None = None,
        background: tuple[JournalService, QThreadPool] | None = None,
    ) -> None:
        super().__init__()
        self._journal = journal
        self._background = background  # a second connection and a thread for searches
        self._context_source: ContextSource | None = None  # How I am, for its context rows
        self._entries: list[Row] = []  # entries, and How I am rows among them
        self._snippets: dict[int, Snippet] = {}
        self._filter = EntryFilter()
        self._query = ""
        self._exhausted = True
        self._generation = 0  # which view a search result belongs to; older ones are dropped
        self.reload()

    # -- what to show ------------------------------------------------------------------------

    def set_journal(
        self,
        journal: JournalService | None,
        background: tuple[JournalService, QThreadPool] | None = None,
        context: ContextSource | None = None,
    ) -> None:
        """Show ``journal``; ``context`` gives the How I am check-ins to show among its entries
        (the notebook's ``how_i_am_list``)."""
        self._journal, self._background = journal, background
        self._context_source = context if journal is not None else None
        self.reload()

    @property
    def journal(self) -> JournalService | None:
        return self._journal

    def set_view(self, where: EntryFilter, query: str = "") -> None:
        self._filter, self._query = where, query.strip()
        self.reload()

    @property
    def searching(self) -> bool:
        return bool(self._query)

    @property
    def shows_context(self) -> bool:
        """How I am shows on the whole timeline and on a range of days, not under a search or
        a filter by kind, category or tag (those are about entries)."""
        where = self._filter
        return (
            self._context_source is not None
            and not self._query
            and not (where.kinds or where.category_ids or where.tag is not None)
        )

    def _context(self, oldest: date | None, newest: date | None = None) -> list[HowIAm]:
        """The How I am check-ins from ``oldest`` to ``newest`` (None: open) in the filter's
        range, or none when they aren't shown."""
        if not self.shows_context or self._context_source is None:
            return []
        since, until = self._filter.since, self._filter.until
        if oldest is not None:
            since = oldest if since is None else max(since, oldest)
        if newest is not None:
            until = newest if until is None else min(until, newest)
        if since is not None and until is not None and since > until:
            return []
        return list(self._context_source(since, until))

    def _oldest_day(self, page: Sequence[Row], exhausted: bool) -> date | None:
        """How far back context rows go: to the oldest entry read, or all the way when every
        entry is read (a later page brings the rest)."""
        if exhausted:
            return None
        return next((r.day for r in reversed(page) if isinstance(r, Entry)), None)

    def entries_shown(self) -> list[Entry]:
        return [row for row in self._entries if isinstance(row, Entry)]

    def entry_count(self) -> int:
        """How many entries are read (the How I am rows are context, never counted)."""
        return sum(isinstance(row, Entry) for row in self._entries)

    def refresh_context(self) -> None:
        """Show the How I am check-ins as they are now, in place (the scroll position stays)."""
        if self._journal is None:
            return
        entries = self.entries_shown()
        self._become(merged(entries, self._context(self._oldest_day(entries, self._exhausted))))

    def reload(self) -> None:
        self._generation += 1
        self._snippets = {}
        self._exhausted = True  # no paging on rows that are about to be replaced
        if self._journal is None:
            self._show([])
        elif self._query and self._background is not None:
            self._search_in_background(self._generation)
        else:
            self._show(self._fetch(self._journal, None))

    def clear(self) -> None:
        """Forget every entry and snippet (on lock): nothing of the journal stays here."""
        self.set_journal(None)
        self._snippets = {}

    def _search_in_background(self, generation: int) -> None:
        assert self._background is not None
        journal, pool = self._background
        query, where = self._query, self._filter
        task = Task(
            lambda: journal.search(query, where, limit=self.PAGE, order="newest"), self, pool
        )
        task.done.connect(lambda hits: self._search_done(generation, hits))
        task.failed.connect(lambda error: self._search_failed(generation, error))
        task.done.connect(task.deleteLater)
        task.failed.connect(task.deleteLater)
        task.start()

    def _search_done(self, generation: int, hits: list[SearchHit]) -> None:
        if generation == self._generation:
            self._show(self._page_of(hits))

    def _search_failed(self, generation: int, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error
        if generation == self._generation:  # e.g. locked mid-search: nothing to show
            self._show([])

    def _show(self, page: list[Entry]) -> None:
        self.beginResetModel()
        self._exhausted = self._journal is None or len(page) < self.PAGE
        self._entries = merged(page, self._context(self._oldest_day(page, self._exhausted)))
        self.endResetModel()
        self.loaded.emit()

    def _become(self, rows: list[Row]) -> None:
        """Change the rows to ``rows`` in place: the ones gone removed, the new ones inserted
        (in runs), those in both left alone. Both lists keep one order, newest first."""
        wanted = set(rows)
        for row in reversed(range(len(self._entries))):
            if self._entries[row] not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                self.endRemoveRows()
        at = 0
        new: list[Row] = []
        for row_value in [*rows, None]:
            kept = at < len(self._entries) and self._entries[at] == row_value
            if (kept or row_value is None) and new:
                self.beginInsertRows(QModelIndex(), at, at + len(new) - 1)
                self._entries[at:at] = new
                self.endInsertRows()
                at += len(new)
                new = []
            if row_value is None:
                break
            if kept:
                at += 1
            else:
                new.append(row_value)

    def _page_of(self, hits: list[SearchHit]) -> list[Entry]:
        self._snippets.update((h.entry.id, h.snippet) for h in hits)
        return [h.entry for h in hits]

    def _fetch(self, journal: JournalService, after: Entry | None) -> list[Entry]:
        if self._query:
            return self._page_of(
                journal.search(
                    self._query, self._filter, limit=self.PAGE, order="newest", after=after
                )
            )
        return journal.entries(self._filter, limit=self.PAGE, after=after)

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        entries = self.entries_shown()
        if parent.isValid() or self._exhausted or not entries or self._journal is None:
            return
        page = self._fetch(self._journal, entries[-1])
        self._exhausted = len(page) < self.PAGE
        everything = entries + page
        if not self.shows_context:
            if page:
                first = len(self._entries)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._entries.extend(page)
                self.endInsertRows()
            return
        self._become(merged(everything, self._context(self._oldest_day(page, self._exhausted))))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if isinstance(entry, HowIAm):
            return self._context_data(index.row(), entry, role)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text or entry.note or entry_label(entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [date_words(entry.day), entry_label(entry)]
            parts += [entry.text, entry.note]
            if entry.private:
                parts.append(translate("timeline", "private"))
            return ". ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.note or None
        if role == DAY_HEADING_ROLE:
            previous = self._entries[index.row() - 1] if index.row() else None
            return previous is None or previous.day != entry.day
        if role == SNIPPET_ROLE:
            return self._snippets.get(entry.id)
        return None

    def _context_data(self, row: int, item: HowIAm, role: int) -> Any:
        if role == HOW_I_AM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return how_i_am_lines(item)[0]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return how_i_am_text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.line or None
        if role == DAY_HEADING_ROLE:
            return row == 0 or self._entries[row - 1].day != item.day
        return None

    def apply_change(self, change: Change) -> bool:
        """Add, edit or remove one row in place, so the list keeps its scroll position.

        False when the rows must be read again: during a search, or with a filter the change
        may move the entry in or out of."""
        if self._query or self._filter != EntryFilter():
            return False
        entry, row = change.entry, self.row_of(change.entry.id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()
        if change.what == "deleted":
            return True
        # Newest first: the entry goes before the first one that is older than it.
        place = next(
            (i for i, row in enumerate(self._entries) if _entry_goes_before(entry, row)),
            len(self._entries),
        )
        if place == len(self._entries) and not self._exhausted:
            return True  # it belongs to a page not read yet; scrolling will bring it
        self.beginInsertRows(QModelIndex(), place, place)
        self._entries.insert(place, entry)
        self.endInsertRows()
        return True

    def row_of(self, entry_id: int) -> int:
        return next(
            (i for i, e in enumerate(self._entries) if isinstance(e, Entry) and e.id == entry_id),
            -1,
        )

    def context_row_of(self, item_id: int) -> int:
        """The row of How I am check-in ``item_id``; -1 when it isn't shown."""
        return next(
            (i for i, e in enumerate(self._entries) if isinstance(e, HowIAm) and e.id == item_id),
            -1,
        )


class Card(NamedTuple):
    """What one row's card shows: its day, the quiet line above its words, its words and
    note (search matches marked), its tags, and whether it is context (How I am)."""

    day: date
    marks: str
    text: Snippet
    note: Snippet
    tags: tuple[str, ...]
    entry: Entry | None


def card_of(index: Index) -> Card | None:
    entry: Entry | None = index.data(ENTRY_ROLE)
    if entry is not None:
        marks = [entry_label(entry)]
        if entry.after_hard_moment:
            marks.append(translate("timeline", "after a hard moment"))
        if entry.private:
            marks.append(translate("timeline", "private"))
        text, note = card_lines(entry, index.data(SNIPPET_ROLE))
        return Card(entry.day, "  ·  ".join(marks), text, note, entry.tags, entry)
    item: HowIAm | None = index.data(HOW_I_AM_ROLE)
    if item is None:
        return None
    words, rest = how_i_am_lines(item)
    return Card(
        item.day,
        translate("coping_model", HOW_I_AM_TITLE),
        marked(words, None),
        marked(rest, None),
        (),
        None,
    )


class TimelineDelegate(QStyledItemDelegate):
    """Draws an entry as a calm card, with a day heading above the first entry of a day."""

    PAD = 10
    GAP = 4
    HEADING = 34
    MAX_BODY_LINES = 3
    MAX_NOTE_LINES = 2

    def __init__(self, today: Callable[[], date], width: Callable[[], int]) -> None:
        super().__init__()
        self._today = today
        self._width = width  # the view's width, so rows can size to their wrapped text

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        body = QFont(option.font)
        heading = QFont(option.font)
        heading.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.88, 7.0))
        return body, heading, small

    def _lines_height(self, text: str, font: QFont, width: int, most: int) -> int:
        if not text:
            return 0
        metrics = QFontMetrics(font)
        bounds = metrics.boundingRect(QRect(0, 0, max(width, 50), 10_000), WRAP, text)
        return min(bounds.height(), metrics.lineSpacing() * most)

    def _heights(self, card: Card, font: QFont, width: int) -> tuple[int, int]:
        """The height of the card's own words, and of its note, at ``width``."""
        text, note = plain(card.text), plain(card.note)
        return (
            self._lines_height(text, font, width, self.MAX_BODY_LINES),
            self._lines_height(note, font, width, self.MAX_NOTE_LINES),
        )

    def _heading_height(self, font: QFont) -> int:
        return max(self.HEADING, QFontMetrics(font).lineSpacing() + 14)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        card = card_of(index)
        body, heading, small = self._fonts(option)
        width = self._width() or option.rect.width() or 400
        if card is None:
            return QSize(width, 0)
        small_line = QFontMetrics(small).lineSpacing()
        text_height, note_height = self._heights(card, body, self._text_width(width))
        height = small_line + 2 + text_height  # the label, a little space, the words
        if note_height:
            height += self.GAP + note_height
        if card.tags:
            height += small_line + self.GAP
        height += self.PAD * 2 + 8
        if index.data(DAY_HEADING_ROLE):
            height += self._heading_height(heading)
        return QSize(width, height)

    def _text_width(self, row_width: int) -> int:
        return row_width - 2 * self.PAD - 2 * self.PAD - 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        shown = card_of(index)
        if shown is None:
            return
        entry = shown.entry
        body_font, heading_font, small_font = self._fonts(option)
        palette = option.palette
        rect = QRect(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        if index.data(DAY_HEADING_ROLE):
            heading_height = self._heading_height(heading_font)
            heading_rect = QRect(rect.left() + self.PAD, rect.top(), rect.width(), heading_height)
            painter.setFont(heading_font)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                heading_rect.adjusted(0, 6, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                day_label(shown.day, self._today()),
            )
            rect.setTop(rect.top() + heading_height)

        card = rect.adjusted(self.PAD, 4, -self.PAD, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # Context (How I am) sits back: the window's colour, not a card's, and no colour bar.
        fill = QColor(
            palette.color(QPalette.ColorRole.Base if entry else QPalette.ColorRole.Window)
        )
        if selected:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(60)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 8, 8)
        if entry is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent_color(entry, palette))
            painter.drawRoundedRect(QRect(card.left(), card.top(), 5, card.height()), 2, 2)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 8, 8)

        inner = card.adjusted(self.PAD + 6, self.PAD, -self.PAD, -self.PAD)
        small_metrics = QFontMetrics(small_font)
        painter.setFont(small_font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), small_metrics.lineSpacing()),
            Qt.AlignmentFlag.AlignLeft,
            shown.marks,
        )

        text, note = shown.text, shown.note
        text_height, note_height = self._heights(shown, body_font, inner.width())
        top = inner.top() + small_metrics.lineSpacing() + 2
        text_color = palette.color(QPalette.ColorRole.Text)
        note_color = quieter(text_color, palette.color(QPalette.ColorRole.Base))
        bottom = top
        for pieces, height, color in (
            (text, text_height, text_color),
            (note, note_height, note_color),
        ):
            if not pieces:
                continue
            if bottom > top:
                bottom += self.GAP
            area = QRect(inner.left(), bottom, inner.width(), height)
            if any(matched for _, matched in pieces):
                draw_snippet(painter, area, pieces, body_font, color)
            else:  # plain words: drawn directly, quicker than a text document
                painter.setFont(body_font)
                painter.setPen(color)
                painter.setClipRect(area)
                painter.drawText(area, WRAP, plain(pieces))
                painter.setClipping(False)
            bottom += height

        if shown.tags:
            painter.setFont(small_font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRect(inner.left(), bottom + self.GAP, inner.width(), small_metrics.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft,
                small_metrics.elidedText(
                    "  ".join(f"#{t}" for t in shown.tags),
                    Qt.TextElideMode.ElideRight,
                    inner.width(),
                ),
            )
        painter.restore()


def plain(pieces: Snippet) -> str:
    return "".join(text for text, _ in pieces)


def quieter(color: QColor, background: QColor) -> QColor:
    """``color`` a quarter of the way towards ``background``: still easy to read, a step back."""
    return QColor(
        round(color.red() * 0.75 + background.red() * 0.25),
        round(color.green() * 0.75 + background.green() * 0.25),
        round(color.blue() * 0.75 + background.blue() * 0.25),
    )


def accent_color(entry: Entry, palette: QPalette) -> QColor:
    if entry.kind is Kind.HARD_MOMENT:
        return QColor(HARD_MOMENT_COLOR)
    if entry.category_id is None:
        return palette.color(QPalette.ColorRole.Mid)
    return QColor(category_color(entry.category_id))


def draw_snippet(
    painter: QPainter,
    rect: QRect,
    pieces: tuple[tuple[str, bool], ...],
    font: QFont,
    color: QColor,
) -> None:
    """The search snippet with the matched words in bold, wrapped inside ``rect``."""
    markup = "".join(
        f"<b><u>{html.escape(text)}</u></b>" if matched else html.escape(text)
        for text, matched in pieces
    ).replace("\n", "<br>")
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setTextWidth(rect.width())
    document.setDefaultStyleSheet(f"body {{ color: {color.name()}; }}")
    document.setHtml(f"<body>{markup}</body>")
    painter.save()
    painter.translate(rect.topLeft())
    painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
    document.drawContents(painter)
    painter.restore()
