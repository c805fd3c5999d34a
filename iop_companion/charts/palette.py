"""Colours shared by the timeline and the charts. No Qt, no matplotlib.

Okabe–Ito: distinguishable with the common colour-vision deficiencies, and strong enough on both
light and dark backgrounds. Hard moments get a quiet blue-grey: present, never alarming.
"""

from __future__ import annotations

from dataclasses import dataclass

CATEGORY_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
UNCATEGORISED_COLOR = "#999999"
HARD_MOMENT_COLOR = "#8C8FA6"


def category_color(category_id: int | None) -> str:
    if category_id is None:
        return UNCATEGORISED_COLOR
    return CATEGORY_COLORS[(category_id - 1) % len(CATEGORY_COLORS)]


@dataclass(frozen=True)
class Theme:
    """The window's colours and text size, so charts match light mode, dark mode and scaling."""

    background: str = "#ffffff"
    text: str = "#222222"
    muted: str = "#767676"
    grid: str = "#dddddd"
    empty_day: str = "#ececec"  # a day with nothing logged: neutral, never a warning colour
    line: str = CATEGORY_COLORS[0]
    font_size: float = 10.0
    dark: bool = False
