# ruff: noqa: F811  (pytest fixtures imported from other test modules, used as parameters)
"""The coping tools, attacked as a person or a hostile file would: pasted control characters
in the PDFs, the card and the summary sharing a compiler, a full disk or a read-only folder
under the unlock screen's copy, a deleted private hard moment, odd answers at the command
line. Each was a failure once."""

from __future__ import annotations

import errno
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from iop_companion.core import unlock_copy
from iop_companion.core.coping_model import Contact, HardTimesPlan
from iop_companion.core.journal import JournalService
from iop_companion.core.notebook import NotebookService
from iop_companion.errors import DiskFull
from iop_companion.export import pdf
from iop_companion.export.data import write_json
from iop_companion.export.pdf import SummaryDocument
from iop_companion.export.summary import SummaryChoices, build_summary
from iop_companion.export.wallet_card import WalletCard
from iop_companion.ui.hard_times_plan import PlanDialog
from iop_companion.ui.main_window import MainWindow
from iop_companion.vault import Vault
from tests.cli.conftest import shell  # noqa: F401 (a fixture)
from tests.cli.test_cli import Terminal
from tests.conftest import FixedClock
from tests.ui.conftest import keychain, make_window, settings, window  # noqa: F401 (fixtures)
from tests.ui.helpers import unlock

TODAY = date(2026, 11, 27)  # the ``clock`` fixture's day
SAVED = datetime(2026, 11, 27, 18, tzinfo=UTC)
# Characters a paste or an imported file can carry, which the journal keeps (only NUL and lone
# surrogates are refused): DEL, and a Unicode noncharacter.
UNPRINTABLE = ["a\x7fb", "a\ufffeb"]


@pytest.fixture(autouse=True)
def _fresh_compiler() -> None:
    """Each test starts with no summary compiler held (see the last PDF test for why)."""
    pdf.forget()


@pytest.fixture
def notebook(vault: Vault, journal: JournalService, clock: FixedClock) -> NotebookService:
    return NotebookService(vault.db, journal, clock=clock)


# -- the person's words reach the PDFs -----------------------------------------------------------


@pytest.mark.parametrize("odd", UNPRINTABLE, ids=["DEL", "U+FFFE"])
def test_a_plan_with_a_pasted_control_character_still_prints_a_wallet_card(odd: str) -> None:
    """PDF/UA refuses a character DejaVu Sans can't draw (DEL) or a noncharacter; the card
    then says "couldn't be made... Try again", and trying again never helps."""
    plan = HardTimesPlan(1, SAVED, signs=f"I stop answering {odd}", people=(Contact("Sam", "5"),))
    card = WalletCard(plan, "555-0142")
    assert card.pages == 1
    assert "answering" in card.page_text(0)


@pytest.mark.parametrize("odd", UNPRINTABLE, ids=["DEL", "U+FFFE"])
@pytest.mark.parametrize("where", ["how I am's own word", "picking up's notes"])
def test_a_control_character_in_a_coping_tool_still_makes_the_summary(
    journal: JournalService, notebook: NotebookService, odd: str, where: str
) -> None:
    day = TODAY - timedelta(days=2)
    moment = journal.log_hard_moment(word="slip", day=day)
    if where == "how I am's own word":
        notebook.record_how_i_am(day, words=[f"wiped{odd}out"])
    else:
        notebook.record_picking_up(moment.entry.id, going_on=f"Payday {odd}", helped="A walk")
    choices = SummaryChoices(
        since=TODAY - timedelta(days=27),
        until=TODAY,
        include_how_i_am=True,
        include_hard_moments=True,
        include_picking_up=True,
    )
    document = SummaryDocument(build_summary(journal, choices, notebook=notebook))
    assert document.pages >= 1  # SummaryFailed: "Try again, or with fewer parts"


def test_a_summary_made_after_a_wallet_card_uses_its_own_template(
    journal: JournalService, notebook: NotebookService
) -> None:
    """The card compiles ``wallet_card.typ`` with the summary's one held compiler, passing
    ``input=``; that makes the card's template the compiler's main file, so the next summary
    (which gives no ``input``) lays out the card's template with the summary's data: "dictionary
    does not contain key how", SummaryFailed. In the app only ``print_card``'s ``forget()``
    hides it (and drops the share window's warmed-up compiler while doing so)."""
    WalletCard(HardTimesPlan(1, SAVED, signs="Not sleeping"), "").pdf_bytes()
    choices = SummaryChoices(since=TODAY - timedelta(days=27), until=TODAY)
    assert SummaryDocument(build_summary(journal, choices, notebook=notebook)).pages >= 1


# -- the unlock screen's copy --------------------------------------------------------------------


def open_plan(window: MainWindow) -> PlanDialog:
    window.menus.plan.trigger()
    [dialog] = [d for d in window.findChildren(PlanDialog) if d.isVisible()]
    return dialog


def plan_on_unlock_screen(qtbot, window: MainWindow, words: str) -> None:
    unlock(qtbot, window)
    dialog = open_plan(window)
    dialog.parts["signs"].setPlainText(words)
    dialog.on_unlock_screen.setChecked(True)
    dialog.save_button.click()
    assert words in unlock_copy.read(window.folder)


def disk_full(*_: object, **__: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_plan_changed_while_the_disk_is_full_leaves_no_old_words_on_the_unlock_screen(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The person takes a line (a number they no longer want seen) out of the plan; the copy
    can't be rewritten, so the old plan, line and all, stays readable without the passphrase."""
    plan_on_unlock_screen(qtbot, window, "Call Alex at 555-0199")
    monkeypatch.setattr(unlock_copy, "replace_whole", disk_full)
    dialog = open_plan(window)
    dialog.parts["signs"].setPlainText("I stop answering texts")
    dialog.save_button.click()
    window.lock()
    assert "555-0199" not in unlock_copy.read(window.folder)


def test_a_copy_that_could_not_be_written_is_said_and_stays_said(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy's disk problem is said, and the plan's own "saved" doesn't replace it: the
    person learns the unlock screen shows no copy now."""
    plan_on_unlock_screen(qtbot, window, "Call Alex")
    monkeypatch.setattr(unlock_copy, "replace_whole", disk_full)
    dialog = open_plan(window)
    dialog.parts["signs"].setPlainText("Something new")
    dialog.save_button.click()
    assert window.status_text.text() == DiskFull().sentence
    assert window.status.warning
    assert unlock_copy.read(window.folder) == ""  # nothing old left readable


def test_turning_the_copy_off_when_the_file_cant_be_removed_leaves_nothing_readable(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder made read-only (a sync client, a backup tool, a changed permission): unlink
    fails, the choice is off in the journal, "Saved." is said, and the locked screen still
    offers the plan."""
    plan_on_unlock_screen(qtbot, window, "SECRET-PLAN-7731")
    real_unlink = Path.unlink

    def unlink(self: Path, *args: object, **kwargs: object) -> None:
        if self.name == unlock_copy.copy_path(window.folder).name:
            raise PermissionError(errno.EACCES, "Permission denied")
        real_unlink(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "unlink", unlink)
    dialog = open_plan(window)
    dialog.on_unlock_screen.setChecked(False)
    dialog.save_button.click()
    window.lock()
    assert "SECRET-PLAN-7731" not in unlock_copy.read(window.folder)
    assert not window.unlock_page.plan_button.isVisible()


# -- privacy: notes after a private hard moment -------------------------------------------------


def test_notes_of_a_private_hard_moment_stay_out_of_the_export_after_it_is_deleted(
    journal: JournalService, notebook: NotebookService
) -> None:
    """The notes are private only through a join on their hard moment; once it is deleted (the
    notes are kept), ``private`` is False and the next JSON export carries them."""
    moment = journal.log_hard_moment(word="slip", day=TODAY, private=True)
    notebook.record_picking_up(moment.entry.id, going_on="PRIVATE-NOTES-4410")
    journal.delete(moment.entry.id)
    out = io.StringIO()
    write_json(journal, out, notebook=notebook)
    assert "PRIVATE-NOTES-4410" not in out.getvalue()
    assert json.loads(out.getvalue())["notebook"]["picking_up"] == []


# -- the command line ---------------------------------------------------------------------------


def test_answers_in_words_are_taken_as_the_error_message_spells_them(shell: Terminal) -> None:
    """ "strongly agree" is taken but "Strongly agree", as every sentence writes it, is not:
    ``_answer`` doesn't casefold as ``_typed_answer`` does."""
    result = shell("check-in", "--answers", "5,6,4,4,3,6,5,4,3,Strongly agree")
    assert result.code == 0, result.err


def test_how_i_am_with_only_blank_words_gets_the_command_lines_sentence(shell: Terminal) -> None:
    """A blank --word passes the CLI's own check and reaches the app's sentence ("tick one of
    HALT"), which names no option a terminal has."""
    result = shell("how-i-am", "--word", "  ")
    assert result.code == 2
    assert "--word" in result.err and "tick" not in result.err
