"""The look: readable colours in light and dark, a focus ring on every control, an accent on the
main action, a text size and a scheme chosen in Preferences, and windows that still fit."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from iop_companion.charts.palette import DARK, LIGHT, Colours, Theme
from iop_companion.core.progress_view import Calendar
from iop_companion.ui.preferences import LOOK_TAB, PreferencesDialog
from iop_companion.ui.progress_page import theme_from
from iop_companion.ui.theme import (
    SCHEME_KEY,
    TEXT_SCALES,
    TEXT_SIZE_KEY,
    apply_look,
    apply_saved_look,
    forget_look,
    palette,
)
from iop_companion.ui.widgets import Heading, heading
from tests.ui.helpers import unlock
from tests.ui.test_every_window import WINDOWS, in_front, on_screen, problems

SCHEMES = {"light": LIGHT, "dark": DARK}


@pytest.fixture
def looked(qapp: QApplication) -> Iterator[Callable[[str, str], None]]:
    """Apply a scheme and a text size; Qt's own look and the system's text size come back."""
    usual = QFont(qapp.font())

    def look(scheme: str, size: str) -> None:
        apply_look(qapp, scheme, size)

    yield look
    forget_look(qapp)
    qapp.setFont(usual)


# -- contrast (WCAG 2.2: relative luminance, and the ratio of two of them)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    assert one.alpha() == other.alpha() == 255, "a see-through colour has no fixed contrast"
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


Role, Group = QPalette.ColorRole, QPalette.ColorGroup
SURFACES = (Role.Window, Role.Base, Role.AlternateBase, Role.Button)
TEXTS = (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText, Role.Link)


def palette_pairs(pal: QPalette) -> list[tuple[str, QColor, QColor, float]]:
    """Every text and control colour of the palette, on every surface it is drawn on, with the
    ratio it needs: 4.5 for text (disabled and hint text too), 3 for control edges."""
    pairs = []
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for text in TEXTS:
            for surface in SURFACES:
                name = f"{group.name} {text.name} on {surface.name}"
                pairs.append((name, pal.color(group, text), pal.color(group, surface), 4.5))
        pairs.append(
            (
                f"{group.name} HighlightedText on Highlight",
                pal.color(group, Role.HighlightedText),
                pal.color(group, Role.Highlight),
                4.5,
            )
        )
        pairs.append(
            (
                f"{group.name} ToolTipText on ToolTipBase",
                pal.color(group, Role.ToolTipText),
                pal.color(group, Role.ToolTipBase),
                4.5,
            )
        )
    for surface in (Role.Window, Role.Base):
        pairs.append(
            (f"Mid (borders) on {surface.name}", pal.color(Role.Mid), pal.color(surface), 3.0)
        )
    return pairs


def scheme_pairs(c: Colours) -> list[tuple[str, str, str, float]]:
    """The scheme's own pairs beyond the palette: the accent, the focus ring, selection."""
    pairs = [
        ("text on the accent (the main action)", c.on_accent, c.accent, 4.5),
        ("text on a selected row", c.on_highlight, c.highlight, 4.5),
        ("text on a checked button", c.on_highlight, c.highlight, 4.5),
        ("the tick on a disabled check box", c.on_accent, c.disabled, 3.0),
    ]
    for surface in ("window", "base", "alternate"):
        background = getattr(c, surface)
        pairs += [
            (f"text on {surface}", c.text, background, 4.5),
            (f"hints on {surface}", c.muted, background, 4.5),
            (f"disabled text on {surface}", c.disabled, background, 4.5),
            (f"links on {surface}", c.link, background, 4.5),
            (f"the focus ring on {surface}", c.focus, background, 3.0),
            (f"the accent on {surface}", c.accent, background, 3.0),
            (f"a checked button's edge on {surface}", c.accent, background, 3.0),
        ]
    for surface in ("window", "base"):
        pairs.append((f"a control's edge on {surface}", c.border, getattr(c, surface), 3.0))
    return pairs


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_colour_pair_meets_wcag_aa(scheme: str) -> None:
    colours = SCHEMES[scheme]
    weak = [
        f"{name}: {contrast(fore, back):.2f} < {needed}"
        for name, fore, back, needed in palette_pairs(palette(colours))
        if contrast(fore, back) < needed
    ]
    weak += [
        f"{name}: {contrast(QColor(fore), QColor(back)):.2f} < {needed}"
        for name, fore, back, needed in scheme_pairs(colours)
        if contrast(QColor(fore), QColor(back)) < needed
    ]
    assert weak == []


def test_qt_s_own_hint_text_was_too_faint() -> None:
    """Why the palette sets hint text: Qt's is half-transparent black, about 4:1 on white."""
    hint = QPalette().color(Role.PlaceholderText)
    seen = hint.alphaF() * hint.redF() + (1 - hint.alphaF())  # over white paper
    assert contrast(QColor.fromRgbF(seen, seen, seen), QColor("#ffffff")) < 4.5
    assert contrast(palette(LIGHT).color(Role.PlaceholderText), QColor(LIGHT.base)) >= 4.5


# -- what a person sees


def count(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(
        image.pixel(x, y) == wanted for y in range(image.height()) for x in range(image.width())
    )


def _flat() -> QWidget:
    button = QPushButton("Help now")
    button.setFlat(True)
    return button


def _default() -> QWidget:
    button = QPushButton("Save")
    button.setDefault(True)
    return button


def _tabs() -> QWidget:
    bar = QTabBar()
    bar.addTab("Journal")
    bar.addTab("Progress")
    return bar


def _list_widget() -> QWidget:
    found = QListWidget()
    found.addItems(["Went for a walk", "Called my sister"])
    return found


def beside(qtbot, control: QWidget) -> tuple[QDialog, QPushButton]:
    """Show ``control`` in a dialog of its own, after a button that can take the focus."""
    window = QDialog()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before = QPushButton("Before")
    before.setAutoDefault(False)
    layout.addWidget(before)
    layout.addWidget(control)
    window.show()
    in_front(qtbot, window)
    return window, before


CONTROLS: dict[str, Callable[[], QWidget]] = {
    "a button": lambda: QPushButton("Undo"),
    "a flat button": _flat,
    "a default button": _default,
    "a line field": QLineEdit,
    "a text field": QPlainTextEdit,
    "a drop-down": QComboBox,
    "a check box": lambda: QCheckBox("Private"),
    "a radio button": lambda: QRadioButton("Light"),
    "a list": QListView,
    "a list of items": _list_widget,
    "tabs": _tabs,
    "a date field": QDateEdit,
}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", CONTROLS)
def test_every_control_shows_a_focus_ring(qtbot, looked, scheme: str, kind: str) -> None:
    looked(scheme, "standard")
    control = CONTROLS[kind]()
    _window, before = beside(qtbot, control)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    ring = SCHEMES[scheme].focus
    unfocused = count(control.grab().toImage(), ring)
    control.setFocus()
    qtbot.waitUntil(control.hasFocus)
    focused = count(control.grab().toImage(), ring)
    # A 2px ring around the control: at least its height twice over, in the focus colour.
    assert focused - unfocused >= 2 * min(control.height(), 20), (focused, unfocused)


def _plain_button() -> QWidget:
    button = QPushButton("Undo")
    button.setAutoDefault(False)  # not a dialog's default: that one wears the accent
    return button


EDGED: dict[str, Callable[[], QWidget]] = {
    "a button": _plain_button,
    "a line field": QLineEdit,
    "a drop-down": QComboBox,
    "a date field": QDateEdit,
    "a check box": lambda: QCheckBox("Private"),
}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", EDGED)
def test_a_control_s_edge_stands_out(qtbot, looked, scheme: str, kind: str) -> None:
    """Fusion's edges are the window's colour darkened, which all but vanish in the dark."""
    looked(scheme, "standard")
    control = EDGED[kind]()
    _window, before = beside(qtbot, control)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    assert count(control.grab().toImage(), SCHEMES[scheme].border) >= 24  # Fusion's: none


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_main_action_wears_the_accent(qtbot, looked, window, scheme: str) -> None:
    looked(scheme, "standard")
    unlock(qtbot, window)
    colours = SCHEMES[scheme]
    QApplication.processEvents()
    log_button = window.journal_page.log_button
    image = log_button.grab().toImage()
    assert count(image, colours.accent) > image.width() * image.height() // 2
    undo = window.undo_button
    assert count(undo.grab().toImage(), colours.accent) == 0  # the others stay quiet
    dialog = window.log_win()
    assert dialog is not None
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = next(b for b in buttons.buttons() if isinstance(b, QPushButton) and b.isDefault())
    image = save.grab().toImage()
    assert count(image, colours.accent) > image.width() * image.height() // 3


def test_the_window_takes_the_scheme(qtbot, looked, window) -> None:
    looked("dark", "standard")
    qtbot.waitUntil(lambda: window.palette().color(Role.Window) == QColor(DARK.window))
    assert window.unlock_page.palette().color(Role.Text) == QColor(DARK.text)
    looked("light", "standard")
    qtbot.waitUntil(lambda: window.palette().color(Role.Window) == QColor(LIGHT.window))


# -- Preferences: colours and text size, kept and applied at once


def open_look(qtbot, window) -> PreferencesDialog:
    unlock(qtbot, window)
    window.menus.preferences.trigger()
    dialog = next(d for d in window.findChildren(PreferencesDialog) if d.isVisible())
    dialog.tabs.setCurrentIndex(LOOK_TAB)
    return dialog


def test_a_text_size_applies_at_once_and_is_kept(
    qtbot, qapp, looked, window, settings: QSettings
) -> None:
    looked("light", "standard")
    system = qapp.font().pointSizeF() / TEXT_SCALES["standard"]
    title = heading("A window of its own")  # a window hears of the new size another way
    qtbot.addWidget(title)
    titles = [*window.findChildren(Heading), title]
    before = [t.font().pointSizeF() for t in titles]
    dialog = open_look(qtbot, window)
    assert dialog.text_size.currentText() == "Standard"
    dialog.text_size.setCurrentIndex(dialog.text_size.findText("Larger"))
    assert qapp.font().pointSizeF() == pytest.approx(system * TEXT_SCALES["larger"])
    qtbot.waitUntil(
        lambda: (
            window.journal_page.search.font().pointSizeF()
            == pytest.approx(system * TEXT_SCALES["larger"])
        )
    )
    qtbot.waitUntil(  # headings grow with it, in proportion
        lambda: (
            [t.font().pointSizeF() for t in titles]
            == pytest.approx([b / TEXT_SCALES["standard"] * TEXT_SCALES["larger"] for b in before])
        )
    )
    assert all(t.font().bold() for t in titles)
    assert settings.value(TEXT_SIZE_KEY) == "larger"
    forget_look(qapp)
    apply_saved_look(qapp, settings)  # the next start
    assert qapp.font().pointSizeF() == pytest.approx(system * TEXT_SCALES["larger"])


def test_a_scheme_applies_at_once_and_is_kept(
    qtbot, qapp, looked, window, settings: QSettings
) -> None:
    looked("system", "standard")
    dialog = open_look(qtbot, window)
    assert dialog.scheme.currentText() == "Same as the system"  # the default
    dialog.scheme.setCurrentIndex(dialog.scheme.findText("Dark"))
    qtbot.waitUntil(lambda: window.palette().color(Role.Window) == QColor(DARK.window))
    assert dialog.palette().color(Role.Base) == QColor(DARK.base)
    assert settings.value(SCHEME_KEY) == "dark"
    forget_look(qapp)
    apply_saved_look(qapp, settings)
    assert qapp.palette().color(Role.Window) == QColor(DARK.window)


def form_rows(page: QWidget) -> Iterator[tuple[QFormLayout, QLabel, QWidget]]:
    """The visible rows of every form on ``page``: the form, its label and its field."""
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            text = label.widget() if label is not None else None
            widget = field.widget() if field is not None else None
            if isinstance(text, QLabel) and widget is not None and widget.isVisible():
                yield form, text, widget


def test_preferences_fields_start_at_one_x(qtbot, looked, window) -> None:
    looked("light", "standard")
    dialog = open_look(qtbot, window)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = dialog.tabs.widget(index)
        assert page is not None
        starts, label_ends = set(), set()
        for form, label, field in form_rows(page):
            starts.add(field.mapTo(page, QPoint(0, 0)).x())
            if label.text():
                assert form.labelAlignment() & Qt.AlignmentFlag.AlignRight
                assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
                label_ends.add(label.mapTo(page, QPoint(label.width(), 0)).x())
        name = dialog.tabs.tabText(index)
        assert len(starts) == 1, (name, starts)  # one column of fields
        assert len(label_ends) == 1, (name, label_ends)  # labels end at that column


# -- charts


@pytest.mark.parametrize("scheme", SCHEMES)
def test_charts_follow_the_scheme(scheme: str) -> None:
    colours = SCHEMES[scheme]
    chart = theme_from(palette(colours), 10.0)
    assert chart.dark is colours.dark
    assert (chart.background, chart.text, chart.muted) == (
        QColor(colours.window).name(),
        QColor(colours.text).name(),
        QColor(colours.muted).name(),
    )
    assert (chart.grid, chart.empty_day, chart.line, chart.calendar) == (
        colours.grid,
        colours.empty_day,
        colours.line,
        colours.calendar,
    )


def drawn_calendar_colours(theme: Theme) -> list[QColor]:
    """The colours the year calendar draws a quiet day in, then a day with 1, 2, 3 and 4 wins
    (4 being the fullest day, so each of its steps shows once)."""
    from iop_companion.charts import figures

    weeks = ((0, 1, 2, 3, 4, 0, 0),) + ((0,) * 7,) * 52
    figure = figures.calendar(
        figures.new_figure(theme, 8, 2), Calendar(date(2026, 1, 5), weeks), theme
    )
    (mesh,) = figure.axes[0].collections
    mesh.update_scalarmappable()  # the colours, as drawing the figure would map them
    faces = np.asarray(mesh.get_facecolor())  # row by row: a weekday a row, a week a column
    return [QColor.fromRgbF(*faces[weekday * len(weeks)][:3]) for weekday in range(5)]


@pytest.mark.parametrize("scheme", [*SCHEMES, "paper"])
def test_a_day_with_one_win_stands_out_from_a_quiet_day(scheme: str) -> None:
    """WCAG 1.4.11: a day with one win is 3:1 against a quiet day (it was 1.1:1 in the light
    scheme); each step stays told apart from the next; a quiet day is a neutral grey."""
    theme = Theme() if scheme == "paper" else theme_from(palette(SCHEMES[scheme]), 10.0)
    quiet, *steps = drawn_calendar_colours(theme)
    assert contrast(steps[0], quiet) >= 3.0
    assert [
        round(contrast(a, b), 2) for a, b in itertools.pairwise(steps) if contrast(a, b) < 1.4
    ] == []
    assert (
        max(quiet.redF(), quiet.greenF(), quiet.blueF())
        - min(quiet.redF(), quiet.greenF(), quiet.blueF())
        < 0.05
    )  # no hue to speak of: never a warning colour


def test_open_charts_follow_a_new_scheme_at_once(qtbot, looked, window) -> None:
    from tests.ui.test_progress_page import open_progress

    looked("light", "standard")
    unlock(qtbot, window)
    page = open_progress(qtbot, window)
    figure = page.boxes["running"].figure
    assert figure is not None
    qtbot.waitUntil(lambda: QColor.fromRgbF(*figure.get_facecolor()) == QColor(LIGHT.window))
    looked("dark", "standard")
    qtbot.waitUntil(lambda: QColor.fromRgbF(*figure.get_facecolor()) == QColor(DARK.window))


# -- every window still fits a 1366x768 laptop, at the largest text size


TEXT = {  # the system's text size, and the one chosen in Preferences on top of it
    "100% and Larger": (1.0, "larger"),
    "200% and Standard": (2.0, "standard"),
}


@pytest.mark.parametrize("text", TEXT)
@pytest.mark.parametrize("kind", WINDOWS)
def test_every_window_fits_with_the_chosen_text_size(
    qtbot, qapp, looked, make_window, vault_folder: Path, text: str, kind: str
) -> None:
    system, size = TEXT[text]
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * system)
    qapp.setFont(font)
    looked("light", size)
    window = on_screen(qtbot, make_window, vault_folder, 0)
    unlock(qtbot, window)
    assert problems(window) == []
    opened = WINDOWS[kind](window)
    in_front(qtbot, opened)
    QApplication.processEvents()
    assert problems(opened) == []


def test_small_text_is_kept_when_preferences_open_again(qtbot, looked, window, settings) -> None:
    looked("light", "standard")
    dialog = open_look(qtbot, window)
    dialog.text_size.setCurrentIndex(dialog.text_size.findData("small"))
    dialog.close()
    again = open_look(qtbot, window)
    assert again.text_size.currentData() == "small"
    again.scheme.setCurrentIndex(again.scheme.findData("dark"))  # another choice keeps it
    assert settings.value(TEXT_SIZE_KEY) == "small"
