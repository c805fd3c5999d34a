"""The gentle nudge for "What I have going for me": off by default; when the person turns it
on, at most once every one, two or three months.

``nudge_due`` is pure: it knows the day, the chosen period, the day the person chose it, their
latest check-in and the last day a nudge was shown. A period runs from the latest of those three
days, so a nudge never comes twice in one period, and a check-in made meanwhile starts the
period again (nothing is owed, nothing is counted). The choice and the days are kept inside the
encrypted journal (``core/notebook_check_ins.py``).
"""

from __future__ import annotations

import calendar
from datetime import date

from iop_companion.i18n import QT_TRANSLATE_NOOP, translate

NUDGE_PERIODS = (0, 1, 2, 3)  # months; 0 is off
NUDGE_TITLES: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("check_in_nudge", "No reminder"),
    1: QT_TRANSLATE_NOOP("check_in_nudge", "Every month"),
    2: QT_TRANSLATE_NOOP("check_in_nudge", "Every 2 months"),
    3: QT_TRANSLATE_NOOP("check_in_nudge", "Every 3 months"),
}
NUDGE_TEXT = QT_TRANSLATE_NOOP(
    "check_in_nudge",
    "If you'd like, take about three minutes for What I have going for me. "
    "It's there whenever it feels right.",
)


def nudge_title(months: int) -> str:
    """A choice of reminder (a key of ``NUDGE_TITLES``), in the reader's language."""
    return translate("check_in_nudge", NUDGE_TITLES[months])


def months_later(day: date, months: int) -> date:
    """The same day ``months`` calendar months on, or that month's last day (January 31 and a
    month is February 28 or 29)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def nudge_due(
    day: date,
    *,
    months: int,
    chosen_on: date | None,
    last_check_in: date | None,
    last_shown: date | None,
) -> bool:
    """Whether a nudge is due on ``day``: never when off (``months`` 0); otherwise once a whole
    period has passed since the latest of the day it was turned on, the latest check-in and the
    last nudge shown."""
    if months not in NUDGE_PERIODS or months == 0:
        return False
    known = [d for d in (chosen_on, last_check_in, last_shown) if d is not None]
    if not known:
        return False  # never told when it was turned on: wait for that, never guess
    return day >= months_later(max(known), months)
