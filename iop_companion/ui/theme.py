"""The look, in one place: calm colours in light and dark, a type scale, a spacing grid,
rounded cards, an accent for the one main action on a screen, and a focus ring on every control.

Fusion is the base style; the scheme (``charts/palette.py``) becomes the application's palette
and one style sheet. The person chooses Light, Dark or Same as the system, and a text size on top
of the system's, in Preferences; both are kept in Qt's settings and applied at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from iop_companion.assets import asset_path
from iop_companion.charts.palette import DARK, LIGHT, Colours
from iop_companion.ui.widgets import resize_headings

SCHEME_KEY = "look/scheme"
TEXT_SIZE_KEY = "look/text_size"
SYSTEM = "system"
SCHEMES = (("Same as the system", SYSTEM), ("Light", "light"), ("Dark", "dark"))
TEXT_SIZES = (
    ("Small", "small"),
    ("Standard", "standard"),
    ("Large", "large"),
    ("Larger", "larger"),
)
# Each text size, as a share of the system's: Standard is a little larger than Qt's default.
TEXT_SCALES = {"small": 1.0, "standard": 1.1, "large": 1.25, "larger": 1.45}
STANDARD = "standard"
HEADING_SCALES = {1: 1.5, 2: 1.3, 3: 1.1}  # the type scale: page title, section, card title
SPACE = 8  # the spacing grid: margins and gaps are multiples of it
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


FOCUSABLE = (
    "QPushButton",
    "QToolButton",
    "QLineEdit",
    "QPlainTextEdit",
    "QTextEdit",
    "QComboBox",
    "QAbstractSpinBox",
    "QListView",
    "QTreeView",
    "QTableView",
)


def _image(name: str, colours: Colours) -> str:
    """A small drawing of the look (an arrow, a tick) in the scheme's ink, for the sheet."""
    return asset_path(f"look/{name}-{'dark' if colours.dark else 'light'}.svg").as_posix()


def style_sheet(colours: Colours, point_size: float = 9.0) -> str:
    """The one application style sheet: surfaces, the accent, and a 2px focus ring on every
    control (for check boxes, radio buttons and tabs, around their indicator or label)."""
    c = colours
    pad, half = space(1), space(0.5)
    box = round(point_size * 1.5)  # a check box's square, as large as the text beside it
    arrow = round(point_size * 1.1)
    focus_rules = ",\n".join(f"{name}:focus" for name in FOCUSABLE)
    return f"""
QToolTip {{ color: {c.text}; background: {c.base}; border: 1px solid {c.border};
    padding: {half}px; }}
QGroupBox {{ background: {c.base}; border: 1px solid {c.grid}; border-radius: {RADIUS}px;
    margin-top: {space(3)}px; padding: {pad}px; }}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left;
    left: {pad}px; padding: 0 {half}px; color: {c.text}; }}
QPushButton, QToolButton {{ color: {c.text}; background: {c.base};
    border: 1px solid {c.border}; border-radius: {RADIUS - 2}px; padding: {half}px {space(2)}px;
    min-height: 1.4em; }}
QPushButton:hover, QToolButton:hover {{ background: {c.alternate}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {c.highlight}; }}
QPushButton:checked, QToolButton:checked {{ color: {c.on_highlight}; background: {c.highlight};
    border: 2px solid {c.accent}; }}
QPushButton:flat {{ background: transparent; border: 1px solid transparent; color: {c.link}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c.disabled}; background: {c.window};
    border-color: {c.grid}; }}
QPushButton[primary="true"], QPushButton:default {{ color: {c.on_accent};
    background: {c.accent}; border: 1px solid {c.accent}; }}
QPushButton[primary="true"]:disabled, QPushButton:default:disabled {{ color: {c.disabled};
    background: {c.window}; border-color: {c.grid}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox {{ color: {c.text};
    background: {c.base}; border: 1px solid {c.border}; border-radius: {RADIUS - 2}px;
    padding: {half}px; selection-background-color: {c.highlight};
    selection-color: {c.on_highlight}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled {{
    color: {c.disabled}; background: {c.window}; border-color: {c.grid}; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: {space(3)}px; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QAbstractSpinBox::down-arrow {{
    image: url({_image("arrow", c)}); width: {arrow}px; height: {arrow}px; }}
QAbstractSpinBox::up-arrow {{ image: url({_image("up", c)}); width: {arrow}px;
    height: {arrow}px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ border: none;
    width: {space(2.5)}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px;
    background: {c.base}; border: 1px solid {c.border}; border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: {box // 2}px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {c.accent};
    border-color: {c.accent}; }}
QCheckBox::indicator:checked {{ image: url({_image("tick", c)}); }}
QRadioButton::indicator:checked {{ image: url({_image("dot", c)}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ background: {c.window};
    border-color: {c.disabled}; }}
QCheckBox::indicator:checked:disabled, QRadioButton::indicator:checked:disabled {{
    background: {c.disabled}; }}
QComboBox QAbstractItemView {{ background: {c.base}; color: {c.text};
    selection-background-color: {c.highlight}; selection-color: {c.on_highlight}; }}
QListView, QTreeView, QTableView {{ background: {c.base}; color: {c.text};
    border: 1px solid {c.grid}; border-radius: {RADIUS}px; }}
{focus_rules} {{
    border: 2px solid {c.focus}; }}
QPushButton[primary="true"]:focus, QPushButton:default:focus {{
    border: 2px solid {c.focus}; padding: 1px {space(1.5)}px; background-clip: content;
    background-origin: content; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {c.focus}; border-radius: 4px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; padding: 1px; }}
QTabWidget::pane {{ border: 1px solid {c.grid}; border-radius: {RADIUS}px; top: -1px;
    background: {c.window}; }}
QTabBar::tab {{ color: {c.muted}; background: transparent; padding: {half}px {space(2)}px;
    border: 2px solid transparent; border-bottom: 3px solid transparent; }}
QTabBar::tab:selected {{ color: {c.text}; border-bottom: 3px solid {c.accent}; }}
QTabBar::tab:hover {{ color: {c.text}; }}
QTabBar::tab:focus {{ border: 2px solid {c.focus}; border-radius: 4px; }}
QTabBar:focus {{ outline: none; }}
"""


@dataclass
class Look:
    """The chosen scheme and text size, applied to the running application."""

    scheme: str = SYSTEM
    text_size: str = STANDARD
    system_point_size: float = 0.0  # the system's text size, before ours

    @property
    def colours(self) -> Colours:
        return colours_for(self.scheme)

    @property
    def point_size(self) -> float:
        return self.system_point_size * TEXT_SCALES.get(self.text_size, 1.0)


_look: Look | None = None
_following = False  # listening for the system's light or dark


def current_look() -> Look | None:
    """The look applied to this application, if any (tests and tools may run without one)."""
    return _look


def apply_look(app: QApplication, scheme: str, text_size: str) -> Look:
    """Apply a scheme and a text size to ``app`` at once; every open window follows."""
    global _look, _following
    if _look is None:
        system = app.font().pointSizeF()
        _look = Look(system_point_size=system if system > 0 else 9.0)
        app.setStyle("Fusion")
    if not _following:
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _: _follow_system(app))
        _following = True
    _look.scheme = scheme if scheme in {value for _, value in SCHEMES} else SYSTEM
    _look.text_size = text_size if text_size in TEXT_SCALES else STANDARD
    colours = _look.colours
    font = QFont(app.font())
    font.setPointSizeF(_look.point_size)
    app.setPalette(palette(colours))
    app.setFont(font)
    app.setStyleSheet(style_sheet(colours, _look.point_size))
    resize_headings()
    return _look


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
    """Back to Qt's own look and the system's text size (for tests and tools)."""
    global _look
    if _look is None:
        return
    font = QFont(app.font())
    font.setPointSizeF(_look.system_point_size)
    _look = None
    app.setStyleSheet("")
    app.setPalette(QPalette())
    app.setFont(font)
    resize_headings()
