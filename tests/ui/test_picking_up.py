"""Picking up from here: the flow by keyboard, skipping and stopping (what's kept), adding what was
learned to What I know now as a new version, the offer after a hard moment (and not after a
win), the list of notes with change, delete and undo, and nothing left behind on lock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from iop_companion.core.coping_model import Halt
from iop_companion.core.notebook_model import NoteSection
from iop_companion.core.open_journal import OpenJournal
from iop_companion.ui.live_journal import LiveJournal
from iop_companion.ui.log_dialog import LogDialog
from iop_companion.ui.main_window import MainWindow
from iop_companion.ui.picking_up import (
    ADDED,
    KEPT,
    NOTHING_KEPT,
    PickingUpDialog,
    PickingUpSection,
)
from iop_companion.vault import Vault
from iop_companion.vault.keychain import MemoryKeychain
from tests.conftest import FixedClock
from tests.language_words import banned_in
from tests.ui.helpers import active_log_dialog, log_win_by_keyboard, unlock
from tests.ui.test_accessibility import problems as unheard
from tests.ui.test_bring_up_page import details, on_screen, rows, widget_texts
from tests.ui.test_every_window import in_front
from tests.ui.test_large_text import cut_off, large_text  # noqa: F401 (a fixture)

GOING_ON = "Payday, and home alone"
DID = "Went to the store"
HELPED = "Texting Sam"


@pytest.fixture
def live(vault: Vault, clock: FixedClock) -> LiveJournal:
    return LiveJournal(OpenJournal(vault, MemoryKeychain(), clock))


@pytest.fixture
def moment(live: LiveJournal) -> int:
    return live.log_hard_moment(word="slip", text="A rough night").entry.id


@pytest.fixture
def flow(qtbot, live: LiveJournal, moment: int) -> Iterator[PickingUpDialog]:
    dialog = PickingUpDialog(live, moment)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    yield dialog


@pytest.fixture
def section(qtbot, live: LiveJournal) -> Iterator[PickingUpSection]:
    yield from on_screen(qtbot, PickingUpSection(), live)  # type: ignore[type-var]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_and_enter(qtbot, text: str) -> None:
    if text:
        qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def heard(widget: QWidget, kind: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(kind)


def test_the_whole_flow_by_keyboard(qtbot, flow: PickingUpDialog, live: LiveJournal) -> None:
    assert flow.step_label.text() == "Step 1 of 5"
    assert focused() is flow.fields["going_on"]
    assert heard(focused(), QAccessible.Text.Name) == "What was going on?"
    assert heard(focused(), QAccessible.Text.Description) == "Step 1 of 5"
    type_and_enter(qtbot, GOING_ON)

    assert flow.step_label.text() == "Step 2 of 5"
    assert heard(focused(), QAccessible.Text.Description) == "Step 2 of 5"  # heard as well
    assert focused() is flow.halt_boxes[Halt.HUNGRY]
    for _ in range(2):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is flow.halt_boxes[Halt.LONELY]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert flow.step_label.text() == "Step 3 of 5"
    type_and_enter(qtbot, DID)
    assert flow.step_label.text() == "Step 4 of 5"
    type_and_enter(qtbot, HELPED)

    assert flow.step_label.text() == "Step 5 of 5"
    assert focused() is flow.add_box and not flow.add_box.isChecked()  # the person's choice
    assert flow.section.currentText() == "What works"
    assert flow.learned.text() == HELPED  # their own words, ready to change
    assert flow.next_button.text() == "&Done"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert not flow.isVisible()
    notes = live.notebook.picking_up_list()[0]
    assert (notes.going_on, notes.halt, notes.did, notes.helped) == (
        GOING_ON,
        (Halt.LONELY,),
        DID,
        HELPED,
    )
    assert flow.outcome == KEPT
    assert live.notebook.note(NoteSection.WORKS) is None  # not ticked: not added
    assert live.undo_description == "the notes"


def test_back_keeps_what_was_typed(qtbot, flow: PickingUpDialog) -> None:
    type_and_enter(qtbot, GOING_ON)
    qtbot.keyClick(focused(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: flow.step_label.text() == "Step 1 of 5")
    assert not flow.back_button.isEnabled()
    assert flow.fields["going_on"].text() == GOING_ON


def test_a_step_is_skipped_by_leaving_it_empty(
    qtbot, flow: PickingUpDialog, live: LiveJournal
) -> None:
    type_and_enter(qtbot, "")  # what was going on: skipped
    type_and_enter(qtbot, "")  # no HALT ticks
    type_and_enter(qtbot, DID)
    type_and_enter(qtbot, "")
    type_and_enter(qtbot, "")  # Done
    notes = live.notebook.picking_up_list()[0]
    assert (notes.going_on, notes.halt, notes.did, notes.helped) == ("", (), DID, "")


def test_stopping_early_keeps_what_was_written(
    qtbot, flow: PickingUpDialog, live: LiveJournal
) -> None:
    type_and_enter(qtbot, GOING_ON)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not flow.isVisible()
    [notes] = live.notebook.picking_up_list()
    assert notes.going_on == GOING_ON and notes.did == "" and notes.halt == ()
    assert flow.outcome == KEPT


def test_stop_here_with_nothing_written_keeps_nothing(
    qtbot, flow: PickingUpDialog, live: LiveJournal
) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Stop here
    qtbot.waitUntil(lambda: not flow.isVisible())
    assert live.notebook.picking_up_list() == []
    assert flow.outcome == NOTHING_KEPT
    assert "Escape" in " ".join(widget_texts(flow))  # the dialog says what stopping does


def test_the_last_step_adds_a_new_version_in_the_persons_words(
    qtbot, flow: PickingUpDialog, live: LiveJournal
) -> None:
    earlier = live.apply(live.core.save_note(NoteSection.TRIGGERS, "Fridays"))
    assert earlier is not None
    type_and_enter(qtbot, GOING_ON)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to Angry
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    for _ in range(3):
        type_and_enter(qtbot, "")
    assert flow.section.currentText() == "My triggers"  # nothing helped was written
    assert flow.learned.text() == f"{GOING_ON}. Feeling angry."
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # tick "Add this to What I know now"
    assert flow.add_box.isChecked()
    flow.learned.setFocus()
    qtbot.keyClicks(flow.learned, " Payday is hard")
    qtbot.keyClick(flow.learned, Qt.Key.Key_Return)

    assert not flow.isVisible()
    latest = live.notebook.note(NoteSection.TRIGGERS)
    assert latest is not None
    assert latest.text == f"Fridays\n{GOING_ON}. Feeling angry. Payday is hard"
    history = [v.text for v in live.notebook.note_history(NoteSection.TRIGGERS)]
    assert sorted(history) == sorted(["Fridays", latest.text])  # the earlier one is kept
    assert ADDED in flow.outcome


def test_changing_the_section_offers_its_words_until_the_person_writes_their_own(
    qtbot, flow: PickingUpDialog
) -> None:
    flow.fields["going_on"].setText(GOING_ON)
    flow.fields["helped"].setText(HELPED)
    flow.go(4)
    assert flow.learned.text() == HELPED
    flow.section.setCurrentIndex(flow.section.findText("My triggers"))
    assert flow.learned.text() == f"{GOING_ON}."
    flow.section.setCurrentIndex(flow.section.findText("What doesn't work"))
    assert flow.learned.text() == ""  # nothing presumed about what didn't work
    qtbot.keyClicks(flow.learned, "Staying in")
    assert flow.add_box.isChecked()  # writing there is choosing to add it
    flow.section.setCurrentIndex(flow.section.findText("What works"))
    assert flow.learned.text() == "Staying in"  # their words stay


def test_opening_again_changes_the_notes(qtbot, live: LiveJournal, moment: int) -> None:
    live.apply(live.core.record_picking_up(moment, going_on=GOING_ON, halt=[Halt.TIRED]))
    again = PickingUpDialog(live, moment)
    qtbot.addWidget(again)
    again.show()
    assert again.fields["going_on"].text() == GOING_ON
    assert again.halt_boxes[Halt.TIRED].isChecked()
    again.go(2)
    again.fields["did"].setText(DID)
    again.finish()
    [notes] = live.notebook.picking_up_list()
    assert notes.did == DID and notes.going_on == GOING_ON
    assert live.undo_description == "the change to your notes"


def test_a_lock_closes_the_flow_and_saves_nothing(qtbot, flow: PickingUpDialog, live) -> None:
    flow.fields["going_on"].setText(GOING_ON)
    flow.halt_boxes[Halt.TIRED].setChecked(True)
    flow.reject()  # as the window's lock closes every dialog
    assert live.notebook.picking_up_list() == []


# -- the offer, in the window -------------------------------------------------------------------


def save_hard_moment(qtbot, window: MainWindow) -> LogDialog:
    dialog = window.log_hard_moment()
    assert dialog is not None
    in_front(qtbot, dialog)
    dialog.what_happened.setPlainText("A rough night")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def flows(window: MainWindow) -> list[PickingUpDialog]:
    return [d for d in window.findChildren(PickingUpDialog) if d.isVisible()]


def test_the_offer_comes_after_a_hard_moment_and_enter_takes_it(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = save_hard_moment(qtbot, window)
    assert dialog.isVisible() and dialog.offer is not None and dialog.offer.isVisible()
    assert not dialog.save_button.isVisible()
    assert dialog.focusWidget() is dialog.pick_up_button
    assert len(window.live.journal.entries()) == 1  # saved already
    assert dialog.draft() is None  # nothing to keep across a lock: it's saved
    qtbot.keyClick(dialog.pick_up_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [flow] = flows(window)
    assert flow.entry_id == window.live.journal.entries()[0].id
    flow.fields["going_on"].setText(GOING_ON)
    window.lock()  # the lock wipes and closes it, saving nothing
    assert flows(window) == []
    unlock(qtbot, window)
    assert window.live.notebook.picking_up_list() == []


def test_not_now_and_escape_just_close(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = save_hard_moment(qtbot, window)
    qtbot.keyClick(dialog.pick_up_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert flows(window) == []
    again = save_hard_moment(qtbot, window)
    qtbot.keyClick(again.pick_up_button, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(LogDialog)))
    assert flows(window) == []
    assert len(window.live.journal.entries()) == 2


def test_no_offer_after_a_win(qtbot, window) -> None:
    unlock(qtbot, window)
    log_win_by_keyboard(qtbot, window, "Went to group")
    assert flows(window) == []
    assert not any(d.isVisible() for d in window.findChildren(LogDialog))


def test_editing_a_hard_moment_offers_its_notes(qtbot, window) -> None:
    unlock(qtbot, window)
    entry_id = window.live.log_hard_moment(word="slip").entry.id
    window.live.apply(window.live.core.record_picking_up(entry_id, helped=HELPED))
    dialog = window.edit_entry(window.live.journal.get(entry_id))
    assert dialog is not None and dialog.picking_up_button.isVisible()
    assert "&here" in dialog.picking_up_button.text()
    dialog.what_helped.setPlainText("A walk")
    qtbot.mouseClick(dialog.picking_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.live.journal.get(entry_id).note == "A walk"  # the edit is saved first
    [flow] = flows(window)
    assert flow.fields["helped"].text() == HELPED
    flow.finish()
    assert not window.log_win().picking_up_button.isVisible()  # a new entry: not there


# -- the section --------------------------------------------------------------------------------


def test_the_section_lists_notes_newest_first_and_says_which_are_private(
    qtbot, section: PickingUpSection, live: LiveJournal, clock: FixedClock
) -> None:
    assert section.empty.isVisible() and not section.notes_list.isVisible()
    first = live.log_hard_moment(word="slip").entry.id
    live.apply(live.core.record_picking_up(first, going_on=GOING_ON))
    private = live.log_hard_moment(word="slip", private=True).entry.id
    clock.now = clock.now.replace(hour=11)
    live.apply(live.core.record_picking_up(private, halt=[Halt.LONELY, Halt.TIRED]))
    assert rows(section.notes_list) == ["Lonely, tired", GOING_ON]
    assert details(section.notes_list) == [
        "After a hard moment on Friday, November 27, 2026. Private, like its hard moment.",
        "After a hard moment on Friday, November 27, 2026.",
    ]
    assert section.notes_list.isVisible() and not section.empty.isVisible()


def test_change_delete_and_undo_in_the_section(
    qtbot, section: PickingUpSection, live: LiveJournal, moment: int
) -> None:
    notes = live.apply(live.core.record_picking_up(moment, did=DID))
    section.select(notes.id)
    assert section.notes_list.currentRow() == 0 and section.notes_list.hasFocus()
    qtbot.keyClick(section.notes_list, Qt.Key.Key_Return)
    flow = section.flow
    assert flow is not None and flow.isVisible()
    assert flow.fields["did"].text() == DID
    flow.fields["helped"].setText(HELPED)
    qtbot.keyClick(flow, Qt.Key.Key_Escape)  # stopping keeps the change
    assert section.flow is None
    assert rows(section.notes_list) == [DID]
    assert live.notebook.picking_up(notes.id).helped == HELPED

    section.notes_list.setFocus()
    qtbot.keyClick(section.notes_list, Qt.Key.Key_Delete)
    assert rows(section.notes_list) == []
    assert section.message.text() == "Deleted. Undo (Ctrl+Z) brings it back."
    assert live.journal.get(moment).id == moment  # the hard moment stays
    live.undo()
    assert rows(section.notes_list) == [DID]
    assert live.notebook.picking_up_for(moment) is not None


def test_close_journal_leaves_no_words_behind(
    qtbot, section: PickingUpSection, live: LiveJournal, moment: int
) -> None:
    notes = live.apply(live.core.record_picking_up(moment, going_on=GOING_ON))
    section.change(notes.id)
    assert section.flow is not None
    section.close_journal()
    assert rows(section.notes_list) == []
    assert not [t for t in widget_texts(section) if GOING_ON in t]
    assert live.notebook.picking_up(notes.id).going_on == GOING_ON  # the lock saved nothing


def test_no_banned_words(qtbot, flow: PickingUpDialog, section: PickingUpSection, window) -> None:
    texts = widget_texts(flow) + widget_texts(section)
    for step in range(5):
        flow.go(step - flow.step)
        texts += [flow.step_label.text()]
    unlock(qtbot, window)
    offer = save_hard_moment(qtbot, window)
    texts += widget_texts(offer)
    assert [t for t in texts if banned_in(t)] == []
    assert active_log_dialog(window) is offer


# -- heard whole, and large text ------------------------------------------------------------------


def test_every_step_reads_whole_and_nothing_is_cut_off_in_large_text(
    qtbot,
    large_text,  # noqa: F811 (the fixture)
    live: LiveJournal,
    moment: int,
) -> None:
    flow = PickingUpDialog(live, moment)
    qtbot.addWidget(flow)
    flow.show()
    for step in range(5):
        flow.go(step - flow.step)
        QApplication.processEvents()
        assert unheard(flow) == [], step
        assert cut_off(flow) == [], step


def test_the_offer_and_the_section_read_whole(
    qtbot, window, section: PickingUpSection, live: LiveJournal, moment: int
) -> None:
    live.apply(live.core.record_picking_up(moment, did=DID))
    assert unheard(section) == []
    unlock(qtbot, window)
    offer = save_hard_moment(qtbot, window)
    QApplication.processEvents()
    assert unheard(offer) == []
    assert cut_off(offer) == []
