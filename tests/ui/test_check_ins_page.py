"""The Check-ins tab in the window: its three sections, what a search finds in them, the
timeline's How I am rows, and the lock that empties them all."""

from __future__ import annotations

from PySide6.QtCore import Qt

from iop_companion.core.coping_model import Halt
from iop_companion.ui.capital_check_in import CheckInDialog
from iop_companion.ui.hard_times_plan import PlanDialog
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.picking_up import PickingUpDialog
from tests.ui.helpers import unlock, visible_texts


def opened(qtbot, window: MainWindow) -> LiveJournal:
    unlock(qtbot, window)
    assert window.live is not None
    return window.live


def search_and_open(qtbot, window: MainWindow, words: str) -> None:
    page = window.journal_page
    page.search.setText(words)
    page.apply_view()
    qtbot.waitUntil(lambda: page.notebook_hits.count() == 1)
    page.notebook_hits.itemActivated.emit(page.notebook_hits.item(0))


def test_the_check_ins_tab_holds_the_three_sections(qtbot, window: MainWindow) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.check_ins_page
    texts = visible_texts(window.check_ins_page)
    for title in ("What I have going for me", "How I am", "Picking up from here"):
        assert title in texts


def test_a_search_opens_each_check_in_where_it_is(qtbot, window: MainWindow) -> None:
    live = opened(qtbot, window)
    core, today = live.core, live.journal.today
    check_in = live.apply(core.record_check_in(today, [4] * 10, "a quieter week"))
    how = live.apply(core.record_how_i_am(today, words=["calm"], line="a sunny walk"))
    moment = live.apply(core.log_hard_moment(word="a slip")).entry
    notes = live.apply(core.record_picking_up(moment.id, helped="a long shower"))

    search_and_open(qtbot, window, "quieter")
    assert window.tabs.currentWidget() is window.check_ins_page
    assert window.capital_section.check_in_list.currentItem().data(Qt.ItemDataRole.UserRole) == (
        check_in.id
    )
    search_and_open(qtbot, window, "sunny")
    assert window.how_i_am_section.earlier.ids()[window.how_i_am_section.earlier.currentRow()] == (
        how.id
    )
    search_and_open(qtbot, window, "shower")
    section = window.picking_up_section
    assert section.notes_list.ids()[section.notes_list.currentRow()] == notes.id


def test_enter_on_a_how_i_am_row_of_the_timeline_opens_it_to_change(
    qtbot, window: MainWindow
) -> None:
    live = opened(qtbot, window)
    how = live.apply(live.core.record_how_i_am(live.journal.today, words=["hopeful"]))
    timeline = window.journal_page.view
    qtbot.waitUntil(lambda: timeline.model().rowCount() == 1)
    timeline.setCurrentIndex(timeline.model().index(0, 0))
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.check_ins_page
    section = window.how_i_am_section
    assert section.save_button.text() == "Save the change" and section.cancel_button.isVisible()
    assert section.line.text() == "" and section.earlier.ids() == [how.id]


def test_the_lock_closes_the_check_in_and_the_flow_and_empties_the_tab(
    qtbot, window: MainWindow
) -> None:
    live = opened(qtbot, window)
    core, today = live.core, live.journal.today
    live.apply(core.record_how_i_am(today, words=["proud"], line="Said it out loud"))
    moment = live.apply(core.log_hard_moment(word="a slip")).entry
    window.tabs.setCurrentWidget(window.check_ins_page)
    check_in = window.capital_section.start_check_in()
    flow = window.open_picking_up(moment.id)
    assert isinstance(check_in, CheckInDialog) and isinstance(flow, PickingUpDialog)
    assert check_in.windowModality() == Qt.WindowModality.WindowModal and flow.isVisible()
    window.lock()
    assert not check_in.isVisible() and not flow.isVisible()
    texts = " ".join(visible_texts(window.check_ins_page))
    assert "Said it out loud" not in texts and "proud" not in texts.split()
    assert window.live is None


def test_a_search_finds_the_plan_and_opens_it(qtbot, window: MainWindow) -> None:
    live = opened(qtbot, window)
    live.apply(live.core.save_hard_times_plan(places="The library on Main Street"))
    search_and_open(qtbot, window, "library")
    [plan] = [d for d in window.findChildren(PlanDialog) if d.isVisible()]
    assert "The library on Main Street" in visible_texts(plan)


def test_a_flow_half_done_at_a_lock_comes_back_after_unlocking(qtbot, window: MainWindow) -> None:
    live = opened(qtbot, window)
    moment = live.apply(live.core.log_hard_moment(word="a slip")).entry
    flow = window.open_picking_up(moment.id)
    assert flow is not None
    flow.fields["going_on"].setText("A long shift")
    flow.next_step()
    flow.halt_boxes[Halt.TIRED].setChecked(True)
    window.lock()
    assert not flow.isVisible()
    live = opened(qtbot, window)
    [again] = [d for d in window.findChildren(PickingUpDialog) if d.isVisible()]
    assert again.fields["going_on"].text() == "A long shift"
    assert again.halt_boxes[Halt.TIRED].isChecked() and again.step == 1
    again.finish()
    notes = live.notebook.picking_up_for(moment.id)
    assert notes is not None and notes.going_on == "A long shift"
    assert notes.halt == (Halt.TIRED,)
    window.lock()
    opened(qtbot, window)  # kept, so the draft is gone: nothing opens again
    assert not [d for d in window.findChildren(PickingUpDialog) if d.isVisible()]


def test_a_plan_half_written_at_a_lock_comes_back_after_unlocking(
    qtbot, window: MainWindow
) -> None:
    live = opened(qtbot, window)
    plan = window.hard_times_plan()
    assert plan is not None
    plan.parts["places"].setPlainText("The library")
    plan.rows[0].name.setText("Sam")
    plan.rows[0].number.setText("555-0101")
    window.lock()
    assert not plan.isVisible()
    live = opened(qtbot, window)
    [again] = [d for d in window.findChildren(PlanDialog) if d.isVisible()]
    assert again.parts["places"].toPlainText() == "The library"
    assert [(p.name, p.number) for p in again.people] == [("Sam", "555-0101")]
    assert live.notebook.hard_times_plan() is None  # not saved until Save
    again.save()
    saved = live.notebook.hard_times_plan()
    assert saved is not None and saved.places == "The library"
    window.lock()
    opened(qtbot, window)  # saved, so the draft is gone: nothing opens again
    assert not [d for d in window.findChildren(PlanDialog) if d.isVisible()]


def test_a_plan_opened_and_left_as_it_was_keeps_no_draft(qtbot, window: MainWindow) -> None:
    opened(qtbot, window)
    assert window.hard_times_plan() is not None
    window.lock()
    opened(qtbot, window)
    assert not [d for d in window.findChildren(PlanDialog) if d.isVisible()]
