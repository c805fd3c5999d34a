"""The look, in one place: calm colours in light and dark, a type scale, a spacing grid, an
accent for the one main action on a screen, and a focus ring on every control.

Fusion is the base style; the scheme (``charts/palette.py``) becomes the application's palette,
and a thin proxy of Fusion (``LookStyle``) draws the focus ring and the accent. The person
chooses Light, Dark or Same as the system, and a text size on top of the system's, in
Preferences; both are kept in Qt's settings and applied at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionComplex,
    QWidget,
)

from iop_companion.charts.palette import DARK, LIGHT, Colours
from iop_companion.i18n import QT_TRANSLATE_NOOP
from iop_companion.ui.widgets import SPACE, resize_headings

SCHEME_KEY = "look/scheme"
TEXT_SIZE_KEY = "look/text_size"
SYSTEM = "system"
# Each choice's label (translated where shown, with the context "theme") and its settings value.
SCHEMES = (
    (QT_TRANSLATE_NOOP("theme", "Same as the system"), SYSTEM),
    (QT_TRANSLATE_NOOP("theme", "Light"), "light"),
    (QT_TRANSLATE_NOOP("theme", "Dark"), "dark"),
)
TEXT_SIZES = (
    (QT_TRANSLATE_NOOP("theme", "Small"), "small"),
    (QT_TRANSLATE_NOOP("theme", "Standard"), "standard"),
    (QT_TRANSLATE_NOOP("theme", "Large"), "large"),
    (QT_TRANSLATE_NOOP("theme", "Larger"), "larger"),
)
# Each text size, as a share of the system's: Standard is a little larger than Qt's default.
TEXT_SCALES = {"small": 1.0, "standard": 1.1, "large": 1.25, "larger": 1.45}
STANDARD = "standard"
RADIUS = 8  # rounded cards and fields
PRIMARY = "primary"  # a QPushButton property: the one main action on a screen


def space(steps: float = 1) -> int:
    return round(SPACE * steps)


def mark_primary(button: QPushButton) -> QPushButton:
    """Give ``button`` the accent colour: the screen's one main action."""
    button.setProperty(PRIMARY, True)
    return button


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def colours_for(scheme: str) -> Colours:
    if scheme == SYSTEM:
        return DARK if system_is_dark() else LIGHT
    return DARK if scheme == "dark" else LIGHT


def palette(colours: Colours) -> QPalette:
    """Qt's palette from a scheme: every role a widget paints text or a surface with."""
    pal = QPalette()
    c = {name: QColor(value) for name, value in vars(colours).items() if isinstance(value, str)}
    role = QPalette.ColorRole
    roles = {
        role.Window: c["window"],
        role.WindowText: c["text"],
        role.Base: c["base"],
        role.AlternateBase: c["alternate"],
        role.Text: c["text"],
        role.PlaceholderText: c["muted"],
        role.Button: c["base"],
        role.ButtonText: c["text"],
        role.BrightText: c["on_accent"],
        role.Highlight: c["highlight"],
        role.HighlightedText: c["on_highlight"],
        role.Link: c["link"],
        role.LinkVisited: c["link"],
        role.ToolTipBase: c["base"],
        role.ToolTipText: c["text"],
        role.Accent: c["accent"],
        role.Light: c["base"],
        role.Midlight: c["alternate"],
        role.Mid: c["border"],
        role.Dark: c["border"],
        role.Shadow: c["border"],
    }
    for which, colour in roles.items():
        pal.setColor(which, colour)
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        pal.setColor(disabled, which, c["disabled"])
    pal.setColor(disabled, role.Base, c["window"])
    pal.setColor(disabled, role.Button, c["window"])
    pal.setColor(disabled, role.Highlight, c["alternate"])
    pal.setColor(disabled, role.HighlightedText, c["disabled"])
    return pal


RING = 2  # the focus ring's width, in pixels


class LookStyle(QProxyStyle):
    """Fusion, drawn in the scheme: a 2px ring in the focus colour around whatever has the
    keyboard (buttons, flat and default ones too, fields, lists, drop-downs, tabs, check boxes),
    and the accent on the one main action. A style rather than a style sheet: a sheet costs
    every widget a second polish, and the window a tenth of a second more to open."""

    def __init__(self, colours: Colours) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.colours = colours

    def ring(self, painter: QPainter, rect: QRect, radius: float = RADIUS - 2) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(self.colours.focus), RING))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        Element = QStyle.PrimitiveElement
        if element == Element.PE_FrameFocusRect:
            self.ring(painter, option.rect, 3)  # tabs, check boxes, radio buttons, list rows
            return
        if element == Element.PE_FrameGroupBox:
            self._card(painter, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        framed = isinstance(widget, QLineEdit) and widget.hasFrame()  # not a drop-down's inside
        if element == Element.PE_PanelLineEdit and framed and focused:
            self.ring(painter, option.rect)
        elif (
            element == Element.PE_PanelLineEdit and framed
        ) or element == Element.PE_IndicatorCheckBox:
            self._edge(painter, option)
        elif element == Element.PE_IndicatorRadioButton:
            self._edge(painter, option, round_=True)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        Element = QStyle.ControlElement
        bevel = element == Element.CE_PushButtonBevel
        if (
            bevel
            and isinstance(option, QStyleOptionButton)
            and self._bevel(option, painter, widget)
        ):
            return
        if element == Element.CE_PushButtonLabel and _accented(option, widget):
            assert isinstance(option, QStyleOptionButton)
            option = QStyleOptionButton(option)
            option.palette.setColor(QPalette.ColorRole.ButtonText, QColor(self.colours.on_accent))
        super().drawControl(element, option, painter, widget)
        scrolls = isinstance(widget, QAbstractScrollArea)  # a list, a text field
        if element == Element.CE_ShapedFrame and scrolls and widget and widget.hasFocus():
            self.ring(painter, option.rect)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == Element.CE_TabBarTabLabel and focused:  # Fusion draws no tab's focus
            self.ring(painter, option.rect.adjusted(RING, RING, -RING, -RING), 3)

    def _bevel(self, option: QStyleOptionButton, painter: QPainter, widget: QWidget | None) -> bool:
        """A button's face: the main action in the accent, a checked button in the selection's
        tint with an accent edge, any other on the fields' colour with an edge that stands out
        (3:1) from the window. When focused, a gap of the window's colour between the face and
        the ring keeps the ring visible. A flat button keeps Fusion's face, and gets the ring."""
        state, c, flag = option.state, self.colours, QStyle.StateFlag
        if option.features & QStyleOptionButton.ButtonFeature.Flat:
            super().drawControl(QStyle.ControlElement.CE_PushButtonBevel, option, painter, widget)
            if state & flag.State_HasFocus:
                self.ring(painter, option.rect)
            return True
        enabled = bool(state & flag.State_Enabled)
        primary = _accented(option, widget)
        checked = bool(state & flag.State_On) and enabled
        pressed = bool(state & flag.State_Sunken) and enabled
        if primary:
            fill, edge = QColor(c.accent), QColor(c.accent)
            if pressed:
                fill = fill.darker(115)
        elif checked or pressed:
            fill, edge = QColor(c.highlight), QColor(c.accent)
        elif not enabled:
            fill, edge = QColor(c.window), QColor(c.grid)
        else:
            hovered = bool(state & flag.State_MouseOver)
            fill, edge = QColor(c.alternate if hovered else c.base), QColor(c.border)
        focused = bool(state & flag.State_HasFocus)
        inset = RING + 1 if focused else 0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(fill)
        painter.setPen(QPen(edge, RING if checked and not primary else 1))
        face = QRectF(option.rect.adjusted(inset, inset, -inset, -inset)).adjusted(
            0.5, 0.5, -0.5, -0.5
        )
        painter.drawRoundedRect(face, RADIUS - 3, RADIUS - 3)
        painter.restore()
        if focused:
            self.ring(painter, option.rect)
        return True

    def _card(self, painter: QPainter, rect: QRect) -> None:
        """A group of settings as a rounded card, a shade lighter than the window."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(QColor(self.colours.base))
        painter.setPen(QPen(QColor(self.colours.grid), 1))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.restore()

    def _edge(self, painter: QPainter, option: QStyleOption, *, round_: bool = False) -> None:
        """A field's or an indicator's edge in the scheme's border colour (Fusion darkens the
        window's colour, which all but vanishes in the dark)."""
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(self.colours.border if enabled else self.colours.grid), 1))
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        fields = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
        if control in fields:
            if option.state & QStyle.StateFlag.State_HasFocus:
                self.ring(painter, option.rect)
            else:
                self._edge(painter, option)

    def sizeFromContents(
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        """Buttons with room around their words."""
        found = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]
        if contents == QStyle.ContentsType.CT_PushButton:
            found += QSize(space(1.5), space(0.5))
        return found


def _accented(option: QStyleOption, widget: QWidget | None) -> bool:
    """An enabled main action: a dialog's default button, or one marked ``primary``."""
    if not option.state & QStyle.StateFlag.State_Enabled or not isinstance(
        option, QStyleOptionButton
    ):
        return False
    if option.features & QStyleOptionButton.ButtonFeature.DefaultButton:
        return True
    return widget is not None and bool(widget.property(PRIMARY))


@dataclass
class Look:
    """The chosen scheme and text size, applied to the running application."""

    scheme: str = SYSTEM
    text_size: str = STANDARD
    system_point_size: float = 0.0  # the system's text size, before ours
    style: str = "fusion"  # the style before ours

    @property
    def colours(self) -> Colours:
        return colours_for(self.scheme)

    @property
    def point_size(self) -> float:
        return self.system_point_size * TEXT_SCALES.get(self.text_size, 1.0)


_look: Look | None = None
_listening = False  # to the system's light or dark, and to focus moving


def current_colours() -> Colours:
    """The colours in use: the applied scheme's, or the system's before any is applied."""
    return (_look or Look()).colours


def apply_look(app: QApplication, scheme: str, text_size: str) -> Look:
    """Apply a scheme and a text size to ``app`` at once; every open window follows."""
    global _look, _listening
    if _look is None:
        system = app.font().pointSizeF()
        _look = Look(system_point_size=system if system > 0 else 9.0, style=app.style().name())
    if not _listening:
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _: _follow_system(app))
        app.focusChanged.connect(_repaint_focus)
        _listening = True
    _look.scheme = scheme if scheme in {value for _, value in SCHEMES} else SYSTEM
    _look.text_size = text_size if text_size in TEXT_SCALES else STANDARD
    colours = _look.colours
    font = QFont(app.font())
    font.setPointSizeF(_look.point_size)
    app.setStyle(LookStyle(colours))
    app.setPalette(palette(colours))
    app.setFont(font)
    resize_headings()
    return _look


def _repaint_focus(old: QWidget | None, new: QWidget | None) -> None:
    """A list's or a text field's frame shows the ring: it is repainted as focus moves."""
    if _look is None:
        return
    for widget in (old, new):
        if isinstance(widget, QAbstractScrollArea):
            widget.update()


def _follow_system(app: QApplication) -> None:
    if _look is not None and _look.scheme == SYSTEM:
        apply_look(app, _look.scheme, _look.text_size)


def apply_saved_look(app: QApplication, settings: QSettings) -> Look:
    """The look kept in ``settings`` (the system's scheme and Standard text, at first)."""
    return apply_look(
        app,
        str(settings.value(SCHEME_KEY, SYSTEM)),
        str(settings.value(TEXT_SIZE_KEY, STANDARD)),
    )


def forget_look(app: QApplication) -> None:
    """Back to Qt's own style, palette and the system's text size (for tests and tools)."""
    global _look
    if _look is None:
        return
    font = QFont(app.font())
    font.setPointSizeF(_look.system_point_size)
    app.setStyle(_look.style)
    app.setPalette(QPalette())
    app.setFont(font)
    _look = None
    resize_headings()
