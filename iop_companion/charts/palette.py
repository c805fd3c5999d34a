"""Colours shared by the window, the timeline and the charts. No Qt, no matplotlib.

``LIGHT`` and ``DARK`` are the app's two calm schemes (warm paper and a soft charcoal, one teal
accent for the main action); ``ui/theme.py`` turns them into Qt's palette and style sheet, and
``Theme`` (below) into the charts' colours. Every text colour on every background here meets
WCAG 2.2 AA (4.5:1), disabled and hint text included; borders, the accent and the focus ring
meet 3:1 (``tests/ui/test_theme.py`` computes each ratio).

Okabe–Ito for categories: distinguishable with the common colour-vision deficiencies, and strong
enough on both light and dark backgrounds. Hard moments get a quiet blue-grey: present, never
alarming.
"""

from __future__ import annotations

from dataclasses import dataclass

CATEGORY_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
UNCATEGORISED_COLOR = "#999999"
HARD_MOMENT_COLOR = "#8C8FA6"

# The year calendar's blues, from one win a day to the most: the first step is at least 3:1
# against a quiet day (WCAG 1.4.11), and each step about 1.5:1 against the next, so a day with
# one win stands out from a quiet one and the steps stay told apart. On paper and in the light
# scheme they darken; in the dark scheme they brighten. (The earlier pale first step was 1.1:1
# against a quiet day in the light scheme and 1.5:1 in the dark.)
CALENDAR_LIGHT: tuple[str, str, str, str] = ("#2F82CD", "#0763AB", "#024981", "#012F55")
CALENDAR_DARK: tuple[str, str, str, str] = ("#3F81C1", "#5B9EE0", "#81BFFE", "#C4E0FE")


def category_color(category_id: int | None) -> str:
    if category_id is None:
        return UNCATEGORISED_COLOR
    return CATEGORY_COLORS[(category_id - 1) % len(CATEGORY_COLORS)]


@dataclass(frozen=True)
class Colours:
    """One scheme. ``window`` is the page, ``base`` fields, lists and cards, ``alternate`` a
    quiet band (a list's every other row, a hovered button)."""

    dark: bool
    window: str
    base: str
    alternate: str
    text: str
    muted: str  # hints, captions, placeholder text
    disabled: str
    border: str  # a control's edge
    accent: str  # the one main action on a screen
    on_accent: str
    focus: str  # the focus ring
    highlight: str  # a selected row
    on_highlight: str
    link: str
    grid: str  # chart grid lines (decoration, not text)
    empty_day: str  # a day with nothing logged: neutral, never a warning colour
    line: str  # the chart's running line
    calendar: tuple[str, str, str, str]  # the year calendar's steps, from one win a day to the most


LIGHT = Colours(
    dark=False,
    window="#F5F3EE",
    base="#FFFFFF",
    alternate="#EFECE6",
    text="#24272A",
    muted="#595C60",
    disabled="#65686C",
    border="#85888C",
    accent="#2D6A64",
    on_accent="#FFFFFF",
    focus="#2458A6",
    highlight="#D3E6E3",
    on_highlight="#1D2022",
    link="#1F5A9E",
    grid="#DDDAD3",
    empty_day="#E9E6E0",
    line=CATEGORY_COLORS[0],
    calendar=CALENDAR_LIGHT,
)

DARK = Colours(
    dark=True,
    window="#1D2023",
    base="#26292D",
    alternate="#2C3034",
    text="#E9E6E0",
    muted="#B3AFA8",
    disabled="#A29E97",
    border="#80848A",
    accent="#7FC4BA",
    on_accent="#102220",
    focus="#8AB4F8",
    highlight="#33524E",
    on_highlight="#F1EFEA",
    link="#8AB4F8",
    grid="#3A3E43",
    empty_day="#2E3236",
    line="#56B4E9",
    calendar=CALENDAR_DARK,
)


@dataclass(frozen=True)
class Theme:
    """The window's colours and text size, so charts match light mode, dark mode and scaling.
    The defaults are for paper (the PDF summary): white, and the light scheme's ink."""

    background: str = "#ffffff"
    text: str = LIGHT.text
    muted: str = LIGHT.muted
    grid: str = "#dddddd"
    empty_day: str = "#ececec"
    line: str = LIGHT.line
    calendar: tuple[str, str, str, str] = CALENDAR_LIGHT
    font_size: float = 10.0
    dark: bool = False


def chart_theme(colours: Colours, font_size: float) -> Theme:
    """The charts' colours from one of the app's schemes."""
    return Theme(
        background=colours.window,
        text=colours.text,
        muted=colours.muted,
        grid=colours.grid,
        empty_day=colours.empty_day,
        line=colours.line,
        calendar=colours.calendar,
        font_size=font_size,
        dark=colours.dark,
    )
