"""Pieces the notebook pages share: one page layout, roomy lists with in-place editing, a
flow layout for suggestion buttons, and a page base that reports known errors in one sentence."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.changes import Changes, Done, Part
from iop_companion.core.notebook import NotebookService
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui.accessible import Message
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.widgets import fit_to_screen, heading, muted

T = TypeVar("T")
# Said in a page's message line; translated where said (context "notebook_widgets").
CHANGED = QT_TRANSLATE_NOOP("notebook_widgets", "Changed.")
DELETED = QT_TRANSLATE_NOOP("notebook_widgets", "Deleted. Undo (Ctrl+Z) brings it back.")


class HasIdAndText(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def text(self) -> str: ...


Item = TypeVar("Item", bound=HasIdAndText)
ID_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # a quieter second line, such as the day
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def section_title(text: str) -> QLabel:
    return heading(text, 1.1)


def button(text: str, slot: Callable[[], object], description: str = "") -> QPushButton:
    """A button named by its words, as shown; ``description`` says more, to a screen reader."""
    made = QPushButton(text)
    made.setAccessibleDescription(description)
    made.setAutoDefault(False)
    made.clicked.connect(lambda _checked=False: slot())
    return made


def clear_field(field: QLineEdit) -> None:
    field.setText("")  # unlike clear(), leaves nothing in the field's undo history


def item_id(item: QListWidgetItem | None) -> int | None:
    if item is None:
        return None
    value = item.data(ID_ROLE)
    return value if isinstance(value, int) else None


class RowDelegate(QStyledItemDelegate):
    """Draws a row with room around its words, and a quieter second line (``DETAIL_ROLE``).

    Editing happens in place, but the new words go to ``edited`` instead of into the list: the
    page hands them to the service and fills the list again from what was saved. ``edited`` is
    meant for a queued connection, so it is handled after the editor has closed.
    """

    edited = Signal(int, str)  # item id, the words as typed
    PAD_X, PAD_Y = 8, 6

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width() if option.rect.isValid() else 0
        return max(width - 2 * self.PAD_X, 80) if width else 100_000

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        width = self._text_width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = metrics.boundingRect(QRect(0, 0, width, 0), flags, text).height()
        detail = index.data(DETAIL_ROLE)
        if detail:
            height += 2 + metrics.boundingRect(QRect(0, 0, width, 0), flags, str(detail)).height()
        return QSize(
            option.rect.width() if option.rect.isValid() else width, height + 2 * self.PAD_Y
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if not state & QStyle.StateFlag.State_Enabled:
            group = QPalette.ColorGroup.Disabled
        elif state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        palette = option.palette
        main_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        detail_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        area = option.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        flags = int(
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        painter.save()
        painter.setFont(option.font)
        painter.setPen(palette.color(group, main_role))
        used = painter.boundingRect(area, flags, text)
        painter.drawText(area, flags, text)
        detail = index.data(DETAIL_ROLE)
        if detail:
            painter.setPen(palette.color(group, detail_role))
            painter.drawText(area.adjusted(0, used.height() + 2, 0, 0), flags, str(detail))
        painter.restore()

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(ID_ROLE)
        if not isinstance(editor, QLineEdit) or not isinstance(value, int):
            return
        if editor.text() != index.data(Qt.ItemDataRole.EditRole):
            self.edited.emit(value, editor.text())


class NotebookList(QListWidget):
    """A list of the person's words, by keyboard: Enter or F2 edits in place (when editable),
    Delete removes, Alt+Up and Alt+Down move, Ctrl+C asks to copy.

    The view's own Ctrl+C is never used: it would put the words on the clipboard past the
    ``ClipboardGuard``. Where nobody listens to ``copy_requested``, Ctrl+C does nothing.
    """

    delete_requested = Signal(int)
    move_requested = Signal(int, int)  # item id, -1 (up) or 1 (down)
    copy_requested = Signal(int)

    def __init__(self, accessible_name: str, *, editable: bool, movable: bool) -> None:
        super().__init__()
        self.editable, self.movable = editable, movable
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(3)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self._pending_edit: tuple[int, str] | None = None  # to open when next on screen
        self.editor = RowDelegate(self)
        self.setItemDelegate(self.editor)

    def fill(self, rows: list[tuple[int, str, str]]) -> None:
        """Show ``rows`` (id, words, a quieter second line or ""). The current row stays
        current; when it is gone, the one now in its place is. An edit in place stays open,
        with its words, while its row is still there."""
        editing = self._editing()
        kept_edit = (editing[0], editing[1].text()) if editing is not None else None
        keep = item_id(self.currentItem())
        keep_row = self.currentRow()
        self.clear()
        for row_id, text, detail in rows:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row_id)
            if detail:
                item.setData(DETAIL_ROLE, detail)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text} {detail}")
            if self.editable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.addItem(item)
        ids = [row[0] for row in rows]
        if keep in ids:
            self.setCurrentRow(ids.index(keep))
        elif ids and keep_row >= 0:
            self.setCurrentRow(min(keep_row, len(ids) - 1))
        if kept_edit is not None:
            self.reopen_edit(*kept_edit)

    def set_visible_rows(self, rows: float) -> None:
        """Never shorter than about ``rows`` rows of one line, however large the font."""
        line = self.fontMetrics().lineSpacing() + 2 * RowDelegate.PAD_Y + 2 * self.spacing()
        self.setMinimumHeight(int(rows * line) + 2 * self.frameWidth())

    def sizeHint(self) -> QSize:
        # As tall as its minimum: a page that scrolls asks for no more, and a window with
        # room to spare gives the rest to the lists through their stretch.
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), 1))

    def ids(self) -> list[int]:
        return [value for i in range(self.count()) if (value := item_id(self.item(i))) is not None]

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def edit_current(self) -> None:
        """Open the selected row's words for editing in place."""
        current = self.currentItem()
        if current is not None:
            self.setFocus()
            self.editItem(current)

    def _editing(self) -> tuple[int, QLineEdit] | None:
        current = self.currentItem()
        row = item_id(current)
        if row is None or self.state() != QAbstractItemView.State.EditingState:
            return None
        editor = self.indexWidget(self.indexFromItem(current))
        return (row, editor) if isinstance(editor, QLineEdit) else None

    def open_edit(self) -> tuple[int, str] | None:
        """The row being edited in place and its editor's words, if they differ from the row's
        (or an edit waiting to open again)."""
        if self._pending_edit is not None:
            return self._pending_edit
        editing = self._editing()
        if editing is None or editing[1].text() == self.currentItem().text():
            return None
        return editing[0], editing[1].text()

    def reopen_edit(self, wanted: int, text: str) -> None:
        """Open row ``wanted`` for editing again, holding ``text``; nothing if it's gone.
        Off screen, it opens when the list is next shown (an editor that opened hidden would
        lose its focus, and with it the words, at the first switch of tabs)."""
        if not self.isVisible():
            self._pending_edit = (wanted, text)
            return
        self._pending_edit = None
        if wanted not in self.ids():
            return
        self.select_id(wanted)
        self.editItem(self.currentItem())
        editor = self.indexWidget(self.currentIndex())
        if isinstance(editor, QLineEdit):
            editor.setText(text)

    def select_id(self, wanted: int) -> None:
        ids = self.ids()
        if wanted in ids:
            self.setCurrentRow(ids.index(wanted))
            self.scrollToItem(self.currentItem())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = item_id(self.currentItem())
        if event.matches(QKeySequence.StandardKey.Copy):
            if current is not None:
                self.copy_requested.emit(current)
            event.accept()
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if current is None or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
        elif event.key() == Qt.Key.Key_Delete and plain:
            self.delete_requested.emit(current)
        elif event.key() in _ENTER_KEYS and plain and self.editable:
            self.editItem(self.currentItem())
        elif (
            event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and modifiers == Qt.KeyboardModifier.AltModifier
            and self.movable
        ):
            self.move_requested.emit(current, -1 if event.key() == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_edit is not None:
            self.reopen_edit(*self._pending_edit)

    def forget(self) -> None:
        """Empty every row, and an editor left open, so none of the words linger."""
        self._pending_edit = None
        for field in self.findChildren(QLineEdit):
            clear_field(field)
        self.clear()


class FlowLayout(QLayout):
    """Lays widgets out in rows, wrapping to the next row when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem:
        return self._items[index] if 0 <= index < len(self._items) else None  # type: ignore[return-value]

    def takeAt(self, index: int) -> QLayoutItem:
        return self._items.pop(index) if 0 <= index < len(self._items) else None  # type: ignore[return-value]

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no room
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, row_height = rect.x(), y + row_height + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


# -- the page ---------------------------------------------------------------------------------


def keep_field_draft(
    live: LiveJournal,
    name: str,
    fields: dict[str, QLineEdit],
    more: dict[str, object] | None = None,
) -> None:
    """Before a lock: what is typed in ``fields`` (and ``more``) stays, encrypted in the vault,
    as ``name``."""
    body: dict[str, object] = {key: field.text() for key, field in fields.items() if field.text()}
    body.update(more or {})
    if body:
        live.apply(live.core.keep_draft(name, body))


def restore_field_draft(
    live: LiveJournal, name: str, fields: dict[str, QLineEdit]
) -> dict[str, object]:
    """After an unlock: put back what was typed; the fields hold it again from here on.
    The whole draft is returned ({} when there was none), for whatever else it kept."""
    with contextlib.suppress(KnownError):
        body = live.drafts.get(name)
        if body is None:
            return {}
        for key, field in fields.items():
            if key in body:
                field.setText(str(body[key]))
        live.apply(live.core.drop_draft(name))
        return dict(body)
    return {}


RESTORED_WORDS = QT_TRANSLATE_NOOP(
    "notebook_widgets",
    "Here is what you were writing when the journal locked. It isn't saved yet.",
)


def open_alone(dialog: QDialog) -> QDialog:
    """How a page opens a dialog on its own (in a test): window-modal, deleted when closed,
    whole on its screen. The main window gives its pages its own way instead
    (``MainWindow._open``), so the dialog answers Lock, Hide now and Help now."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    fit_to_screen(dialog, natural=True)
    return dialog


class NotebookPage(QWidget):
    """What the notebook pages share: the open journal, what they refresh on (``PARTS``), and
    one line that says what happened.

    A ``KnownError`` from the core is shown there as its sentence, never raised.
    """

    PARTS: frozenset[Part] = frozenset()  # the parts of the journal this page shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live: LiveJournal | None = None
        self.draft_fields: dict[str, QLineEdit] = {}  # half-typed words a lock must not lose
        self.draft_lists: dict[str, NotebookList] = {}  # and the words of an edit left open
        self.message = Message()
        self.open_window: Callable[[QDialog], object] = open_alone  # how its dialogs open

    def listen(self, live: LiveJournal) -> None:
        """Show ``live``; refresh when a change touches one of ``PARTS``."""
        self.stop_listening()
        self.live = live
        live.changed.connect(self._heard)

    def stop_listening(self) -> None:
        if self.live is not None:
            self.live.changed.disconnect(self._heard)
        self.live = None

    def _heard(self, changes: Changes) -> None:
        if changes.touches(*self.PARTS):
            self.refresh()

    def wide_layout(self, title: str, intro: str) -> QVBoxLayout:
        """The layout every notebook tab has: across the whole window, the same margins, its
        title and a quiet first line. (The tab's ``ScrollArea`` scrolls it when it can't fit.)"""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.setSpacing(10)
        outer.addWidget(heading(title, 1.3))
        outer.addWidget(muted(intro))
        return outer

    @property
    def _notebook(self) -> NotebookService:
        assert self.live is not None
        return self.live.notebook

    @property
    def draft_name(self) -> str:
        return f"fields:{type(self).__name__}"

    def keep_draft(self) -> None:
        if self.live is None:
            return
        # An edit the focus just closed waits in the event queue to be saved: save it now,
        # while the journal is still open.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        edits: dict[str, object] = {}
        for key, view in self.draft_lists.items():
            if (opened := view.open_edit()) is not None:
                edits[f"editing:{key}"] = list(opened)
        keep_field_draft(self.live, self.draft_name, self.draft_fields, edits)

    def restore_draft(self) -> None:
        if self.live is None:
            return
        body = restore_field_draft(self.live, self.draft_name, self.draft_fields)
        for key, view in self.draft_lists.items():
            match body.get(f"editing:{key}"):
                case [int(row), str(text)]:
                    view.reopen_edit(row, text)

    def say(self, sentence: str) -> None:
        self.message.say(sentence)

    def _try(self, action: Callable[[], T]) -> T | None:
        """Run a service call; a ``KnownError`` is shown as its sentence and gives None."""
        try:
            return action()
        except KnownError as error:
            self.say(error.sentence)
            return None

    def do(self, change: Callable[[], Done[T]]) -> T | None:
        """Make a change through the core (the views hear of it, Undo can take it back); a
        ``KnownError`` is shown as its sentence and gives None."""
        live = self.live
        if live is None:
            return None
        return self._try(lambda: live.apply(change()))

    def _add_from(
        self, entry: QLineEdit, add: Callable[[str], Done[Item]], view: NotebookList, said: str
    ) -> None:
        """Add what ``entry`` holds (Undo removes it again)."""
        item = self.do(lambda: add(entry.text()))
        if item is None:
            return
        clear_field(entry)
        self.say(said)
        view.select_id(item.id)

    def _save_edit(self, wanted: int, text: str, change: Callable[[int, str], Done[Item]]) -> bool:
        """Save an in-place edit (Undo puts the words back). False when it didn't go through."""
        if self.do(lambda: change(wanted, text)) is None:
            self.refresh()  # the list shows what is saved
            return False
        self.say(translate("notebook_widgets", CHANGED))
        return True

    def _delete(self, wanted: int, delete: Callable[[int], Done[T]]) -> T | None:
        """Delete at once, no question asked (Undo brings it back). The item, if it went."""
        item = self.do(lambda: delete(wanted))
        if item is not None:
            self.say(translate("notebook_widgets", DELETED))
        return item

    def open(self, live: LiveJournal) -> None:
        """Show ``live`` (on unlock): ``listen``, ``refresh`` and ``restore_draft``."""
        raise NotImplementedError

    def close_journal(self) -> None:
        """On lock: ``stop_listening`` and empty every widget that held the person's words."""
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError
