"""Small building blocks shared by the screens."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAccessible, QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iop_companion.core.open_journal import check_new_passphrase
from iop_companion.errors import KnownError
from iop_companion.i18n import QT_TRANSLATE_NOOP, translate
from iop_companion.ui import accessible  # installs the roles headings use

NARROWEST_COLUMN = 46  # characters: a centered column's least width, where the window allows
SPACE = 8  # the spacing grid (``theme.space``): margins and gaps are multiples of it


class ScaledText(QLabel):
    """Words ``scale`` times the text size (bold if asked), that grow and shrink with it at
    once (a font set on a widget no longer follows the application's)."""

    def __init__(self, text: str, scale: float, *, bold: bool = False) -> None:
        super().__init__(text)
        self.scale, self.bold = scale, bold
        self.setWordWrap(True)
        self._size_font()

    def _size_font(self) -> None:
        font = QFont(QApplication.font(self))
        font.setPointSizeF(font.pointSizeF() * self.scale)
        font.setBold(self.bold)
        if font != self.font():
            self.setFont(font)

    def event(self, event: QEvent) -> bool:
        # A window hears of the application's new font; a widget inside one, of its own
        # (but not under a style sheet: ``resize_headings``).
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self._size_font()
        return super().event(event)


class Heading(ScaledText):
    """A bold title on the type scale, a heading to screen readers (``ui/accessible.py``)."""

    accessible_role = QAccessible.Role.Heading

    def __init__(self, text: str, scale: float) -> None:
        super().__init__(text, scale, bold=True)


def resize_headings() -> None:
    """Every heading, at its scale of the application's text size (after it changed)."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, ScaledText):
            widget._size_font()


def heading(text: str, scale: float = 1.5) -> QLabel:
    """A title, on the type scale: 1.5 for a page, 1.3 for a section, 1.1 for a card."""
    return Heading(text, scale)


def scaled_font(font: QFont, scale: float) -> QFont:
    """``font`` ``scale`` times the application's text size (as chosen in Preferences)."""
    sized = QFont(font)
    sized.setPointSizeF(QApplication.font().pointSizeF() * scale)
    return sized


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def muted(text: str = "") -> QLabel:
    label = paragraph(text)
    label.setForegroundRole(label.foregroundRole().PlaceholderText)
    return label


def field_label(text: str, field: QWidget) -> QLabel:
    """A visible label for ``field`` outside a form, tied to it as a form's are, so a screen
    reader names the field by it (Qt on Linux reads a combo box by its value otherwise)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def labelled(text: str, field: QWidget, row: QHBoxLayout | None = None) -> QVBoxLayout:
    """``field`` (in ``row``, if it shares one) under its visible label, close to it."""
    layout = QVBoxLayout()
    layout.setSpacing(SPACE // 2)
    layout.addWidget(field_label(text, field))
    if row is None:
        layout.addWidget(field)
    else:
        layout.addLayout(row)
    return layout


def without_mnemonic(text: str) -> str:
    """A label's words as a screen reader says them: without the "&" that marks its key."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class EnterButton(QPushButton):
    """A button Enter presses as Space does. Outside a dialog Qt's buttons ignore Enter, and
    ``setAutoDefault`` would make a focused one look like the screen's main action."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)


def secret_field(accessible_name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(320)
    field.setClearButtonEnabled(False)
    return field


def code_field(accessible_name: str) -> QLineEdit:
    """A recovery code to copy down: large, fixed-width letters in a read-only field, so a
    screen reader can read it out one character at a time (a label can only be read whole)."""
    field = QLineEdit()
    field.setReadOnly(True)
    field.setAccessibleName(accessible_name)
    field.setFont(scaled_font(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont), 1.3))
    field.setAlignment(Qt.AlignmentFlag.AlignCenter)
    field.setMinimumWidth(ems(field, 40))  # seven groups of four, and room around them
    field.setTextMargins(SPACE, SPACE, SPACE, SPACE)
    return field


def ems(widget: QWidget, count: float) -> int:
    """``count`` average characters of the widget's font, in pixels: sizes that grow with the
    system's text size instead of cutting words off."""
    return round(widget.fontMetrics().averageCharWidth() * count)


def fit_to_screen(window: QWidget, *, natural: bool = False) -> None:
    """Keep a window whole on its screen, and tall enough for its wrapped text.

    Qt sizes a new window from its width-free size hint, which cuts off wrapped paragraphs under
    large system fonts, and widths in ``ems`` (or a size restored from an earlier session on a
    larger screen) can outgrow a small one. The window is made no larger than the screen's free
    area, frame included, and moved inside it; what it holds scrolls (``ScrollArea``) rather
    than being cut off. ``natural`` (for a window just shown) first gives it the size it asks
    for, where Qt gave it less."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    if frame == inner:  # not framed by the window manager yet: leave room for a title bar
        style = window.style()
        extra_h = style.pixelMetric(style.PixelMetric.PM_TitleBarHeight) + 2 * ems(window, 1)
        extra_w = ems(window, 1)
    most_w, most_h = area.width() - extra_w, area.height() - extra_h
    # Never wider or taller than the screen, even where a minimum says otherwise: the
    # window's edges (its buttons, Help now and Hide now) matter more than a roomy layout.
    window.setMinimumSize(min(window.minimumWidth(), most_w), min(window.minimumHeight(), most_h))
    width, height = window.width(), window.height()
    if natural:
        wanted = window.sizeHint()
        width, height = max(width, wanted.width()), max(height, wanted.height())
    width, height = min(width, most_w), min(height, most_h)
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        layout.activate()
        height = max(height, min(layout.heightForWidth(width), most_h))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    left = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    top = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        window.move(max(left, area.left()), max(top, area.top()))


class ScrollArea(QScrollArea):
    """Holds a screen's or a dialog's content, and scrolls it only where the window can't be
    as large as the content wants (a small screen, large text).

    Unlike a plain ``QScrollArea`` (whose size hint is capped at a few dozen characters), it
    asks for the room its content wants, wrapped text included, so windows open at their usual
    size; its minimum is small, so no window is ever forced past its screen's edge."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.content = content
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the content, not here
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _extra(self) -> QSize:
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right() + bar, margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        content = self.content
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        if content.hasHeightForWidth():
            hint.setHeight(max(hint.height(), content.heightForWidth(hint.width())))
        return hint + self._extra()

    def minimumSizeHint(self) -> QSize:
        wanted, lines = self.sizeHint(), self.fontMetrics().lineSpacing()
        return QSize(min(ems(self, 24), wanted.width()), min(lines * 6, wanted.height()))

    def hasHeightForWidth(self) -> bool:
        return self.content.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        extra = self._extra()
        return self.content.heightForWidth(width - extra.width()) + extra.height()


def _scroll_to_focus(old: QWidget | None, new: QWidget | None) -> None:
    if old is None or new is None or QApplication.mouseButtons() != Qt.MouseButton.NoButton:
        return  # a window coming back, or a click: what the person sees stays put
    inner, holder = new, new.parentWidget()
    while holder is not None and not inner.isWindow():
        if isinstance(holder, QScrollArea) and holder.widget() is not None:
            holder.ensureWidgetVisible(new)  # Qt does only for moves inside one scroll area
        inner, holder = holder, holder.parentWidget()


_focus_followed: list[bool] = []


def scroll_to_focus() -> None:
    """Whatever Tab or Shift+Tab moves to is scrolled into view, also when it comes from
    outside the scrolling part (Shift+Tab from Help now to the last chart's button)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not _focus_followed:
        app.focusChanged.connect(_scroll_to_focus)
        _focus_followed.append(True)


def take_typed(
    earlier: QWidget, page: QWidget, names: tuple[str, ...], focus: QWidget | None = None
) -> None:
    """What is typed in ``earlier``'s line fields ``names``, typed in ``page``'s (made again in
    another language), with the cursor where it was; the ``focus`` too, where it was in one of
    them. A field either of them lacks is left alone."""
    for name in names:
        old, new = getattr(earlier, name, None), getattr(page, name, None)
        if isinstance(old, QLineEdit) and isinstance(new, QLineEdit):
            new.setText(old.text())
            new.setCursorPosition(old.cursorPosition())
            if old is focus:
                new.setFocus()


def replace_page(pages: QStackedWidget | QTabWidget, page: QWidget, new: QWidget) -> None:
    """Show ``new`` where ``page`` is: in its ``ScrollArea`` (so on the same tab, or the same
    screen), scrolled as it was where it can be. ``page`` is deleted soon after."""
    area = pages.widget(_index_of(pages, page))
    assert isinstance(area, ScrollArea)  # a page of its own (``add_page``)
    scrolled = area.verticalScrollBar().value()
    area.takeWidget()
    area.content = new
    area.setWidget(new)
    page.deleteLater()
    QTimer.singleShot(0, area, lambda: area.verticalScrollBar().setValue(scrolled))


def _page_of(found: QWidget | None) -> QWidget | None:
    return found.content if isinstance(found, ScrollArea) else found


def _index_of(pages: QStackedWidget | QTabWidget, page: QWidget) -> int:
    for index in range(pages.count()):
        if _page_of(pages.widget(index)) is page:
            return index
    raise ValueError("not one of these pages")


class PageStack(QStackedWidget):
    """Screens that each sit in a ``ScrollArea`` of their own (a screen too tall for a small
    screen scrolls by itself, and doesn't make every other one scroll too), named by
    themselves: ``currentWidget`` and ``setCurrentWidget`` speak of the screen, not its area."""

    def add_page(self, page: QWidget, *, scroll: bool = True) -> None:
        self.addWidget(ScrollArea(page) if scroll else page)

    def currentWidget(self) -> QWidget | None:
        return _page_of(super().currentWidget())

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(_index_of(self, page))


class PageTabs(QTabWidget):
    """Tabs whose pages scroll each on its own, named by themselves (as ``PageStack``)."""

    def add_page(self, page: QWidget, title: str) -> None:
        self.addTab(ScrollArea(page), title)

    def currentWidget(self) -> QWidget:
        found = _page_of(super().currentWidget())
        assert found is not None  # a tab always has a page
        return found

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(_index_of(self, page))


def scrolling(layout: QBoxLayout) -> QVBoxLayout:
    """A column inside a ``ScrollArea`` added to ``layout``: what goes in it scrolls when the
    window can't show it whole (the buttons below it, added to ``layout``, never do)."""
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(ScrollArea(body), 1)
    return column


def focus_chain(window: QWidget) -> list[QWidget]:
    """Every widget of ``window`` in the order of Qt's focus chain, which Tab follows."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def tab_in_order(*parts: QWidget) -> None:
    """Tab goes through ``parts`` one after the other, and through each one's own fields in
    the order they already have.

    Qt's Tab follows the order widgets joined the window, not the order they are shown in: a
    box inserted above others joined after them, and a dialog's buttons made before its
    fields come before them. Give the parts in the order the screen shows them."""
    if not parts:
        return
    chain = focus_chain(parts[0].window())
    stops = [
        widget
        for part in parts
        for widget in chain
        if (widget is part or part.isAncestorOf(widget))
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None  # Tab passes by a widget that hands its focus on
    ]
    for first, second in itertools.pairwise(stops):
        QWidget.setTabOrder(first, second)


def tab_as_shown(buttons: QDialogButtonBox) -> None:
    """Tab goes through a dialog's buttons left to right as they are shown. Qt places them by
    the platform's rule (Save left or right of Cancel), but Tab by the order they were added."""
    tab_in_order(*laid_out(buttons.layout()))


def laid_out(layout: QLayout | None) -> list[QWidget]:
    """The widgets ``layout`` holds, in its order (for a box layout, the order it shows them)."""
    if layout is None:
        return []
    items = (layout.itemAt(i) for i in range(layout.count()))
    return [widget for item in items if item is not None and (widget := item.widget()) is not None]


def busy_bar() -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setAccessibleName(translate("widgets", "Working"))
    bar.hide()
    return bar


class ReadableColumn(QWidget):
    """A column about ``chars`` characters of its font wide, measured again when the text
    size changes: a width in pixels cut off buttons under large text and in longer languages."""

    def __init__(self, chars: int) -> None:
        super().__init__()
        self.chars = chars
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def _fit(self) -> None:
        self.setMaximumWidth(ems(self, self.chars))
        self.setMinimumWidth(ems(self, min(self.chars, NARROWEST_COLUMN)))


def centered_column(chars: int = 74) -> tuple[QWidget, QVBoxLayout]:
    """A page whose content sits in a readable column in the middle of the window."""
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.setContentsMargins(SPACE * 4, SPACE * 4, SPACE * 4, SPACE * 4)
    column = ReadableColumn(chars)
    layout = QVBoxLayout(column)
    layout.setSpacing(SPACE * 3 // 2)
    layout.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 10)  # the column takes what it may; the sides share the rest
    row.addStretch(1)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page, layout


def new_passphrase_problem(new: str, again: str) -> str | None:
    """What is wrong with a new passphrase typed twice, in one plain sentence; None if nothing."""
    if new != again:
        return translate("widgets", "The two passphrases aren't the same yet.")
    try:
        check_new_passphrase(new)
    except KnownError as error:
        return error.sentence
    return None


# Under a new passphrase chosen with the recovery code: it is the journal's, not one computer's.
PASSPHRASE_EVERYWHERE = QT_TRANSLATE_NOOP(  # translated where shown (context "widgets")
    "widgets",
    "It becomes your journal's passphrase, here and on your other computers.",
)


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, each under its visible label, with honest words on its
    strength as it is typed (``strength``, as setup's). For a passphrase chosen with the
    recovery code: opening a journal from a folder, and taking up another computer's new key.
    ``submitted`` is Enter in the second field."""

    submitted = Signal()

    def __init__(
        self,
        label: str,
        again_label: str,
        *,
        description: str = "",
        strength: Callable[[str], str] = lambda _: "",
    ) -> None:
        super().__init__()
        self.passphrase = secret_field(without_mnemonic(label))
        self.passphrase.setAccessibleDescription(description)
        self.confirm = secret_field(without_mnemonic(again_label))
        self.strength = accessible.Message(stays=True, muted=True)  # said as it changes
        self.passphrase.textChanged.connect(
            lambda text: self.strength.say(strength(text), again=False)
        )
        self.confirm.returnPressed.connect(self.submitted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE * 3 // 2)
        layout.addLayout(labelled(label, self.passphrase))
        layout.addWidget(self.strength)
        layout.addLayout(labelled(again_label, self.confirm))
        self.setFocusProxy(self.passphrase)

    def text(self) -> str:
        return self.passphrase.text()

    def problem(self) -> str | None:
        """What is wrong with what is typed, in one plain sentence; None if nothing."""
        return new_passphrase_problem(self.passphrase.text(), self.confirm.text())

    def set_read_only(self, read_only: bool) -> None:
        for field in (self.passphrase, self.confirm):
            field.setReadOnly(read_only)

    def clear(self) -> None:
        for field in (self.passphrase, self.confirm):
            field.setText("")  # unlike clear(), keeps nothing in the field's undo history
        self.strength.clear()


def qdate(day: date) -> QDate:
    """A Python date as a QDate (PySide6 converts it too, but not every release's stubs say so)."""
    return QDate(day.year, day.month, day.day)


def time_words(at: time | None) -> str:
    """A time of day the way this computer's locale writes it ("7:00 PM", "19:00")."""
    if at is None:
        return ""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def day_of(edit: QDateEdit) -> date:
    """The day a date field shows, as a Python date."""
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


def save_and_cancel(
    dialog: QDialog, save: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save and Cancel for ``dialog``, and its Save button: Save calls ``save``, Cancel
    rejects, and Enter anywhere in the dialog presses Save, the one default button (Qt's own
    dialog rule; no other button takes Enter for itself)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    save_button = QPushButton(translate("widgets", "Save"))
    buttons.addButton(save_button, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    for box_button in buttons.buttons():
        if isinstance(box_button, QPushButton):
            box_button.setAutoDefault(False)
    save_button.setDefault(True)
    return buttons, save_button
