"""What I know now shows, in its list of sections, which ones have words in them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from iop_companion.core.notebook_model import SECTION_TITLES, NoteSection
from iop_companion.ui.know_now_page import SECTIONS, WRITTEN
from iop_companion.ui.notebook_widgets import DETAIL_ROLE
from tests.ui.helpers import unlock


def marks(page) -> dict[NoteSection, object]:
    return {s: page.sections.item(row).data(DETAIL_ROLE) for row, s in enumerate(SECTIONS)}


def heard(page, section: NoteSection) -> str:
    item = page.sections.item(SECTIONS.index(section))
    return str(item.data(Qt.ItemDataRole.AccessibleTextRole))


def test_the_sections_with_words_are_marked_written(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.know_now_page
    assert not any(marks(page).values())
    triggers = NoteSection.TRIGGERS
    assert heard(page, triggers) == f"{SECTION_TITLES[triggers]}, not written yet"
    page.sections.setCurrentRow(SECTIONS.index(triggers))
    page.editor.setPlainText("Late evenings alone")
    page.save()
    assert marks(page)[triggers] == WRITTEN
    assert heard(page, triggers) == f"{SECTION_TITLES[triggers]}, written"
    assert [s for s, mark in marks(page).items() if mark] == [triggers]
    window.undo()  # Undo takes the words back, and the mark with them
    assert not any(marks(page).values())


def test_an_emptied_section_is_not_marked_and_a_lock_leaves_no_marks(qtbot, window) -> None:
    unlock(qtbot, window)
    page = window.know_now_page
    page.editor.setPlainText("Morning walks")
    page.save()
    assert marks(page)[SECTIONS[0]] == WRITTEN
    window.lock()
    assert not any(marks(page).values())  # nothing about the journal shows while it's locked
    unlock(qtbot, window)
    assert marks(page)[SECTIONS[0]] == WRITTEN
    page.editor.setPlainText("")
    page.save()
    assert not any(marks(page).values())
