"""The coping tools' windows have plain titles: a title shows in task bars, window lists and
screen sharing, so it never says what the app is for (the privacy note)."""

from __future__ import annotations

from iop_companion.core.model import Kind
from iop_companion.ui.main_window import MainWindow
from tests.ui.helpers import unlock

TELLING = ("hard", "recovery", "going for me", "picking up", "slip", "plan for")


def test_the_check_in_the_flow_and_the_plan_have_plain_titles(qtbot, window: MainWindow) -> None:
    unlock(qtbot, window)
    live = window.live
    assert live is not None
    moment = live.apply(live.core.log_hard_moment(word="a slip")).entry
    assert moment.kind is Kind.HARD_MOMENT
    window.tabs.setCurrentWidget(window.check_ins_page)
    opened = [
        window.capital_section.start_check_in(),
        window.open_picking_up(moment.id),
        window.hard_times_plan(),
    ]
    titles = [dialog.windowTitle() for dialog in opened if dialog is not None]
    assert titles == ["Check in", "A few notes", "My plan"]
    for title in titles:
        assert not any(word in title.casefold() for word in TELLING), title
