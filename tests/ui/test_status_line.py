"""The status line says what just happened, then lets it go: a few seconds later, or at once
when the person moves to another tab, it is empty again."""

from __future__ import annotations

from tests.ui.helpers import unlock


def test_the_status_line_clears_itself_after_a_few_seconds(qtbot, window) -> None:
    unlock(qtbot, window)
    window.status.timer.setInterval(50)
    page = window.bring_up_page
    page.entry.setText("A smaller group would help.")
    page.add()
    window.undo()
    assert window.status_text.text() == "Undone."
    qtbot.waitUntil(lambda: window.status_text.text() == "", timeout=2_000)


def test_an_old_message_never_shows_on_another_page(qtbot, window) -> None:
    unlock(qtbot, window)
    window.tabs.setCurrentWidget(window.bring_up_page)
    window.bring_up_page.entry.setText("A smaller group would help.")
    window.bring_up_page.add()
    window.undo()
    assert window.status_text.text() == "Undone."
    window.tabs.setCurrentWidget(window.phrases_page)
    assert window.status_text.text() == ""


def test_a_new_sentence_gets_its_own_few_seconds(qtbot, window) -> None:
    unlock(qtbot, window)
    window.status.say("First.")
    window.status.say("Second.")
    assert window.status_text.text() == "Second."
    assert window.status.timer.isActive()


def test_a_failure_stays_until_the_next_sentence(qtbot, window) -> None:
    """What went wrong must be seen: it neither times out nor goes with a tab change."""
    from iop_companion.errors import KnownError

    unlock(qtbot, window)
    window.status.timer.setInterval(50)
    window._say(KnownError("The disk is full, so today's backup wasn't made."))
    assert not window.status.timer.isActive()
    window.tabs.setCurrentWidget(window.phrases_page)
    assert "disk is full" in window.status_text.text()
    window.status.say("Undone.")
    window.tabs.setCurrentWidget(window.journal_page)
    assert window.status_text.text() == ""
